"""What the rules work out once per workbook (RuleContext's columns, status flags, scores,
months) equals what each item gives when asked one by one; the payload made with the rules'
context equals the one made alone; and the roll-up's rows equal the items' values."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest
from consolidate_inputs import write_portfolio

from addin import derived, layout
from addin.models import ProjectData, Risk
from addin.reading.project_reader import read_project_file
from addin.reading.result import ReadResult
from addin.rollup.payload import make_payload
from addin.rules.base import RuleContext
from addin.rules.engine import run_rules
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list[ReadResult]:
    folder = tmp_path_factory.mktemp("columns")
    paths = write_portfolio(folder, 3, default_standards(), raid=40, months=6)
    return [read_project_file(Path(p), default_standards()) for p in paths]


def test_columns_and_flags_are_each_items_own(results: list[ReadResult]) -> None:
    standards = default_standards()
    checked = 0
    for result in results:
        ctx = RuleContext(result, standards, AS_OF)
        for register in layout.REGISTERS:
            items = result.project.items(register.key)
            for column in register.columns:
                assert ctx.column(register.key, column.key) == [
                    getattr(item, column.key, None) for item in items
                ]
                checked += len(items)
            assert ctx.column(register.key, "no_such_field") == [None] * len(items)
            if any(c.key == "status" for c in register.columns):
                assert ctx.open_flags(register.key) == [
                    ctx.is_open(register.key, getattr(i, "status", None)) for i in items
                ]
                assert ctx.closed_flags(register.key) == [
                    ctx.is_closed(register.key, getattr(i, "status", None)) for i in items
                ]
        risks = result.project.risks
        assert ctx.risk_scores == [ctx.valid_score(r.probability, r.impact) for r in risks]
        assert ctx.residual_scores == [
            ctx.valid_score(r.residual_probability, r.residual_impact) for r in risks
        ]
        assert ctx.risk_ratings == [ctx.risk_rating(r.probability, r.impact) for r in risks]
        assert ctx.finance_months == [
            derived.month_start(line.month) if line.month else None
            for line in result.project.finance
        ]
    assert checked > 1000


def test_scores_off_the_scale_are_none_and_unknown_statuses_neither_open_nor_closed() -> None:
    standards = default_standards()
    risks = [
        Risk(id="R-001", probability=4, impact=5, status="Open", source_row=2),
        Risk(id="R-002", probability=7, impact=5, status="Closed", source_row=3),
        Risk(id="R-003", probability=2.5, impact=2, status="Done", source_row=4),
        Risk(id="R-004", probability=4, impact=5, status=None, source_row=5),
    ]

    result = ReadResult(file="x.xlsx", project=ProjectData(risks=risks))
    ctx = RuleContext(result, standards, AS_OF)
    assert ctx.risk_scores == [20.0, None, None, 20.0]
    assert ctx.risk_ratings == ["Critical", None, None, "Critical"]
    assert ctx.open_flags("risks") == [True, False, False, True]
    assert ctx.closed_flags("risks") == [False, True, False, False]


def test_the_payload_with_the_rules_context_is_the_payload_alone(
    results: list[ReadResult],
) -> None:
    standards = default_standards()
    for result in results:
        ctx = RuleContext(result, standards, AS_OF)
        findings = run_rules(result, standards, AS_OF, context=ctx)
        assert findings == run_rules(result, standards, AS_OF)
        shared = make_payload(result, standards, AS_OF, context=ctx)
        alone = make_payload(result, standards, AS_OF)
        assert shared.figures == alone.figures
        assert shared.months == alone.months
        assert {k: shared.rows[k] for k in shared.rows} == {k: alone.rows[k] for k in alone.rows}


def test_register_rows_hold_each_items_values_and_share_equal_texts(
    results: list[ReadResult],
) -> None:
    standards = default_standards()
    result = results[0]
    payload = make_payload(result, standards, AS_OF)
    rows = payload.rows["risks"]
    risks = result.project.risks
    assert len(rows) == len(risks) > 0
    keys = [c.key for c in layout.RISKS.columns]
    for row, risk in zip(rows, risks, strict=True):
        for pos, key in enumerate(keys):
            column = layout.RISKS.columns[pos]
            if key == "score":
                assert row[pos] == derived.risk_score(risk.probability, risk.impact)
            elif key == "rating":
                assert row[pos] == derived.rating(
                    derived.risk_score(risk.probability, risk.impact), standards
                )
            elif key == "residual_score":
                assert row[pos] == derived.residual_score(
                    risk.residual_probability, risk.residual_impact
                )
            elif not column.computed:
                assert row[pos] == getattr(risk, key)
                assert type(row[pos]) is type(getattr(risk, key))
        assert row[-1] == f"Risks!A{risk.source_row}"
    owners = [row[keys.index("owner")] for row in rows]
    for a in owners:  # equal owners are one object, so a pickle holds each once
        assert all(a is b for b in owners if b == a)
    assert pickle.loads(pickle.dumps(rows)) == rows
