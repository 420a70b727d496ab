"""The Prioritisation sheet is a live model: LibreOffice recalculates it after a weight and
a criterion are changed, and its ranks, scores and cumulative costs equal Python's."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from ooxml_strict import problems

from addin.libreoffice import recalculate, soffice_available
from addin.prioritise.candidates import Candidate
from addin.prioritise.run import prioritise
from addin.prioritise.scoring import Method
from addin.prioritise.workbook import write_workbook
from addin.rollup.prioritisation_sheet import HEADER_ROW, WEIGHT_ROW, Columns

WSJF = Method(
    "wsjf", {"strategic_value": 1.0, "time_criticality": 1.0, "risk_reduction": 1.0}, 1, 5
)


def _cands() -> list[Candidate]:
    rows = [
        ("PRJ-001", 5, 4, 3, 2, 400.0, False),
        ("PRJ-002", 2, 2, 2, 3, 300.0, True),
        ("PRJ-003", 3, 3, 3, 3, 250.0, False),
        ("PRJ-004", 3, 3, 3, 3, 150.0, False),  # ties PRJ-003: listed order breaks it
        ("PRJ-005", 1, 5, 1, 1, 500.0, False),
        ("PRJ-006", 4, None, 2, 2, 100.0, False),  # criteria missing: never ranked
        ("PRJ-007", 5, 5, 5, 5, 50.0, False),
    ]
    return [
        Candidate(
            project_id=pid,
            currency="GBP",
            criteria={
                "strategic_value": sv,
                "time_criticality": tc,
                "risk_reduction": rr,
                "job_size": js,
            },
            mandatory=m,
            cost=cost,
            cost_basis="ETC",
        )
        for pid, sv, tc, rr, js, cost, m in rows
    ]


def _sheet_values(path: Path) -> dict[str, dict[str, object]]:
    book = openpyxl.load_workbook(path, data_only=True)
    ws = book["Prioritisation"]
    header = [c.value for c in ws[HEADER_ROW + 1]]
    out = {}
    for row in ws.iter_rows(min_row=HEADER_ROW + 2, values_only=True):
        if row[0] is None:
            break
        out[str(row[0])] = dict(zip(header, row, strict=False))
    return out


def _python_view(cands: list[Candidate], method: Method, budget: float) -> dict[str, tuple]:
    run = prioritise(cands, method, [budget])
    cum: dict[str, float] = {}
    for p in run.projects:
        if p.rank is not None:
            cum[p.project_id] = sum(
                q.candidate.cost or 0
                for q in run.projects
                if q.rank is not None and q.rank <= p.rank
            )
    return {
        p.project_id: (
            p.rank,
            p.score,
            cum.get(p.project_id),
            None if p.rank is None else ("Yes" if cum[p.project_id] <= budget else "No"),
        )
        for p in run.projects
    }


WEIGHTED = Method(
    "weighted", {"strategic_value": 3.0, "time_criticality": 1.0, "job_size": -1.0}, 1, 5
)


@pytest.mark.libreoffice
@pytest.mark.parametrize("method", [WSJF, WEIGHTED], ids=["wsjf", "weighted"])
def test_libreoffice_reranks_after_a_weight_and_a_criterion_change(
    tmp_path: Path, method: Method
) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the sheet")
    cands = _cands()
    budget = 1000.0
    run = prioritise(cands, method, [budget])
    source = tmp_path / "prio.xlsx"
    write_workbook(run, source)
    before = source.read_bytes()

    # The EPMO sets the second weight (Time Criticality) to 2 and re-scores PRJ-003's
    # Strategic Value.
    edited = tmp_path / "edited" / "prio.xlsx"
    edited.parent.mkdir()
    shutil.copy(source, edited)
    book = openpyxl.load_workbook(edited)
    ws = book["Prioritisation"]
    assert ws.cell(WEIGHT_ROW + 1, 1).value == "Weight"
    assert ws.cell(WEIGHT_ROW, 3).value == "Time Criticality"
    ws.cell(WEIGHT_ROW + 1, 3).value = 2.0  # Time Criticality's weight (column C)
    cols = Columns(method.fields)
    assert ws.cell(HEADER_ROW + 1, cols.first_criterion + 1).value == "Strategic Value"
    ws.cell(HEADER_ROW + 2 + 2, cols.first_criterion + 1).value = 5  # PRJ-003 SV 3 -> 5
    book.save(edited)

    converted = recalculate([edited], tmp_path / "recalc")[edited]
    got = _sheet_values(converted)
    changed_method = replace(method, weights={**method.weights, "time_criticality": 2.0})
    changed = list(cands)
    changed[2] = replace(cands[2], criteria={**cands[2].criteria, "strategic_value": 5})
    want = _python_view(changed, changed_method, budget)
    assert want != _python_view(cands, method, budget)  # the change really moves the ranking
    for pid, (rank, score, cum, within) in want.items():
        row = got[pid]
        assert row["Rank"] == (rank if rank is not None else None), pid
        if score is None:
            assert row["Score"] in (None, ""), pid
        else:
            assert row["Score"] == pytest.approx(score), pid
            assert row["Cumulative Cost"] == pytest.approx(cum), pid
            assert row["Within Budget"] == within, pid
    assert [pid for pid, r in sorted(got.items(), key=lambda kv: kv[1]["Rank"] or 99)][:3] == [
        pid for pid, _ in sorted(want.items(), key=lambda kv: kv[1][0] or 99)
    ][:3]
    assert source.read_bytes() == before  # the written workbook itself is untouched


def test_cached_values_are_pythons_and_optimal_column_filled(tmp_path: Path) -> None:
    cands = _cands()
    run = prioritise(cands, WSJF, [1000.0, 600.0])
    out = tmp_path / "prio.xlsx"
    write_workbook(run, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Prioritisation", "Prioritisation 2"]
    got = _sheet_values(out)
    want = _python_view(cands, WSJF, 1000.0)
    for pid, (rank, _score, _cum, _within) in want.items():
        assert got[pid]["Rank"] == rank  # openpyxl reads the cached "" as None
    chosen = {run.projects[i].project_id for i in run.outcomes[0].optimal.chosen}
    assert {pid for pid, row in got.items() if row["Optimal Selection"] == "Yes"} == chosen
    assert got["PRJ-006"]["Reason"].startswith("criteria missing or invalid: Time Criticality")
    assert got["PRJ-002"]["Mandatory"] == "Y" and got["PRJ-002"]["Optimal Selection"] == "Yes"
    assert problems(out) == []  # opens in Excel without a repair (the strict checker)
    formulas = openpyxl.load_workbook(out)["Prioritisation"]
    rank_cell = formulas.cell(HEADER_ROW + 2, Columns(WSJF.fields).at["Rank"] + 1).value
    assert isinstance(rank_cell, str) and rank_cell.startswith("=IF(") and "COUNTIF(" in rank_cell


def test_source_text_in_the_sheet_is_text_never_a_formula(tmp_path: Path) -> None:
    cands = _cands()
    cands[0] = replace(cands[0], name='=HYPERLINK("http://x","click")', portfolio="=1+1")
    cands[1] = replace(cands[1], criteria={**cands[1].criteria, "job_size": "=2*2"})
    out = tmp_path / "p.xlsx"
    write_workbook(prioritise(cands, WSJF, [1000.0]), out)
    ws = openpyxl.load_workbook(out)["Prioritisation"]
    name, portfolio = ws.cell(HEADER_ROW + 2, 2), ws.cell(HEADER_ROW + 2, 3)
    assert (name.value, name.data_type) == ('=HYPERLINK("http://x","click")', "s")
    assert (portfolio.value, portfolio.data_type) == ("=1+1", "s")
    job_size = ws.cell(HEADER_ROW + 3, Columns(WSJF.fields).first_criterion + 4)
    assert (job_size.value, job_size.data_type) == ("=2*2", "s")
    formula_columns = {"Score", "Value", "Rank", "Cumulative Cost", "Within Budget"}
    cols = Columns(WSJF.fields)
    for row in ws.iter_rows(min_row=HEADER_ROW + 2):
        for cell in row:
            if cell.data_type == "f":
                assert cols.names[cell.column - 1] in formula_columns, cell.coordinate
