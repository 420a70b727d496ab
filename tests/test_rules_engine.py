"""The engine: severities from the standards, switched-off codes, a crashing rule, order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from rules_support import check, good_issue, good_risk, make_result, only

from addin import catalogue
from addin.catalogue import all_rules, declare
from addin.findings import Finding
from addin.rules import base
from addin.rules.engine import load_rules, run_rules
from addin.standards import Standards, standards_from_text


def _broken_workbook() -> object:
    return make_result(
        risks=[good_risk(owner="TBC", probability=9), good_risk(id="R-002", owner=None)],
        issues=[good_issue(severity=5)],
    )


def test_off_in_the_standards_removes_the_code_and_keeps_the_others() -> None:
    standards = standards_from_text('[rules]\n"RAID-007" = "off"\n"RAID-003" = "off"\n')
    default = {f.code for f in check(_broken_workbook())}  # type: ignore[arg-type]
    assert {"RAID-003", "RAID-006", "RAID-007", "RAID-021"} <= default
    switched = {f.code for f in check(_broken_workbook(), standards)}  # type: ignore[arg-type]
    assert switched == default - {"RAID-003", "RAID-007"}


def test_info_in_the_standards_changes_the_severity() -> None:
    standards = standards_from_text('[rules]\n"RAID-006" = "info"\n')
    found = only(check(_broken_workbook(), standards), "RAID-006")  # type: ignore[arg-type]
    assert [(f.item_id, f.severity) for f in found] == [("R-002", "info")]


def test_an_unknown_code_in_the_standards_is_refused() -> None:
    with pytest.raises(ValueError, match=r"rules\.RAID-999' is not a rule code"):
        standards_from_text('[rules]\n"RAID-999" = "off"\n')


def test_findings_are_sorted_by_sheet_row_and_column() -> None:
    findings = check(_broken_workbook())  # type: ignore[arg-type]
    keys = [(f.sheet, int(f.cell[1:]) if f.cell else 0) for f in findings]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    risk_rows = [row for sheet, row in keys if sheet == "Risks"]
    assert risk_rows == sorted(risk_rows)


def test_a_crashing_rule_becomes_one_finding_and_the_others_still_run(
    standards: Standards,
) -> None:
    boom = declare("TEST-998", "test only", "error", "raid", "test", "test")

    @base.check(boom)
    def explode(ctx: base.RuleContext) -> Iterator[Finding | None]:
        yield ctx.item_finding(boom, ctx.project.risks[0], "title", "before the crash")
        raise ZeroDivisionError("division by zero")

    load_rules.cache_clear()
    try:
        findings = run_rules(_broken_workbook(), standards, date(2026, 11, 30))  # type: ignore[arg-type]
    finally:
        base._CHECKS.pop(f"{explode.__module__}.{explode.__qualname__}", None)
        catalogue._REGISTRY.pop("TEST-998", None)
        load_rules.cache_clear()
    crash = only(findings, "RULE-ERROR")
    assert len(crash) == 1
    assert "rule explode (TEST-998) stopped: ZeroDivisionError" in crash[0].message
    assert crash[0].file == "plan.xlsx"
    assert len(only(findings, "TEST-998")) == 1  # what it found before the crash is kept
    assert "RAID-003" in {f.code for f in findings}  # the other rules ran


def test_a_workbook_that_is_not_the_template_is_not_judged() -> None:
    result = make_result(risks=[good_risk(owner=None)])
    result.is_standard = False
    assert check(result) == []


def test_every_rule_emits_only_declared_codes() -> None:
    declared = {r.code for r in all_rules()}
    for rule in load_rules():
        assert set(rule.codes) <= declared, rule.name


def test_no_rule_finding_at_a_cell_the_reader_already_reported(standards: Standards) -> None:
    from addin.findings import Finding as F

    result = make_result(risks=[good_risk(impact=None)])  # the reader read #REF! as None
    reader = F(
        "WB-011", "error", "Impact in Risks!I5 is the error #REF!.", "plan.xlsx", "Risks", "I5"
    )
    result.findings.append(reader)
    assert [f.code for f in run_rules(result, standards, date(2026, 11, 30))] == []
    result.findings.clear()
    assert [f.code for f in run_rules(result, standards, date(2026, 11, 30))] == ["RAID-023"]


def test_a_probability_off_its_scale_does_not_make_a_risk_critical() -> None:
    # 10 x 2 = 20 would be Critical; the probability is wrong (RAID-003), not the RAG.
    findings = check(make_result(risks=[good_risk(probability=10, impact=2, response=None)]))
    assert [f.code for f in findings] == ["RAID-003"]


def test_every_rule_code_is_exercised_by_a_test() -> None:
    """Each code of addin/rules appears in a test file (break and near-miss cases)."""
    from pathlib import Path

    tests = Path(__file__).parent
    text = "\n".join(
        p.read_text(encoding="utf-8")
        for pattern in ("test_rules_*.py", "test_check_*.py")
        for p in tests.glob(pattern)
    )
    prefixes = ("PRJ-", "RAID-", "FIN-", "MS-", "ITR-", "RES-", "RULE-")
    ours = [r.code for r in all_rules() if r.code.startswith(prefixes)]
    assert [code for code in ours if f'"{code}"' not in text] == []


def test_check_items_judges_one_register_alone(standards: Standards) -> None:
    from addin.rules.engine import check_items

    risks = [
        good_risk(linked_ids="I-009", source_row=2),  # Issues not given: link not judged
        good_risk(id="R-001", probability=0, source_row=3),
    ]
    findings = check_items("risks", risks, standards, date(2026, 11, 30))
    assert [(f.code, f.address) for f in findings] == [
        ("RAID-002", "Risks!A3"),
        ("RAID-003", "Risks!H3"),
    ]
