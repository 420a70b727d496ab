"""The roll-up's Agile sheet and `agile` in the consolidation JSON (SPEC 16), from real
project workbooks built by the template builder and consolidated end to end."""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sprint_history import sprint_history

from addin.consolidate import ConsolidationResult, consolidate_folder
from addin.models import Iteration, ProjectData, ProjectHeader, WorkbookMeta
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


def project(pid: str, method: str, planned_end: date, rows: list[Any]) -> ProjectData:
    return ProjectData(
        header=ProjectHeader(
            project_id=pid,
            project_name=f"{method} project {pid}",
            delivery_method=method,
            stage="Delivery",
            start_date=date(2026, 8, 1),
            planned_end_date=planned_end,
            report_date=date(2026, 11, 27),
            currency="GBP",
        ),
        iterations=sprint_history(rows),
        meta=WorkbookMeta(template_id="project", template_version=1),
    )


STEADY = [(30, 28, 2, 250), (30, 30, 0, 220), (32, 29, 3, 194), (30, 30, 0, 164),
          (30, 27, 1, 138), (30, 30, 2, 110), (32, 24, 5, 91), (30, 27, 3, 67)]  # fmt: skip
CREEP = [(30, 28, 2, 250), (30, 30, 0, 220), (32, 29, 3, 194), (30, 30, 0, 164),
         (30, 27, 1, 138), (30, 27, 20, 140), (30, 28, 25, 150), (30, 26, 30, 160)]  # fmt: skip
NO_REMAINING = [(20, 18, 0, 90), (20, 19, 0, 71), (20, 20, 0, None)]

PROJECTS = {
    "PRJ-A01.xlsx": project("PRJ-A01", "Agile", date(2027, 1, 31), STEADY),
    "PRJ-A02.xlsx": project("PRJ-A02", "Agile", date(2026, 12, 31), CREEP),
    "PRJ-H03.xlsx": project("PRJ-H03", "Hybrid", date(2027, 3, 31), NO_REMAINING),
    "PRJ-W04.xlsx": project("PRJ-W04", "Waterfall", date(2027, 3, 31), STEADY),
    "PRJ-A05.xlsx": project("PRJ-A05", "Agile", date(2027, 6, 30), []),
}
# PRJ-A05 starts its first sprint after the as-of date: listed, with no figures, said why
PROJECTS["PRJ-A05.xlsx"].header.stage = "Planning"
PROJECTS["PRJ-A05.xlsx"].iterations = [
    Iteration(
        iteration="Sprint 1", start=date(2026, 12, 7), end=date(2026, 12, 20), committed_points=20
    )
]


@dataclass
class Run:
    out: Path
    result: ConsolidationResult


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    from addin.templates import build_project_workbook

    standards = default_standards()
    root = tmp_path_factory.mktemp("agile")
    folder = root / "portfolio"
    folder.mkdir()
    for name, data in PROJECTS.items():
        build_project_workbook(folder / name, standards, data)
    out = root / "out" / "rollup.xlsx"
    saved = os.environ.get("PMO_STATE_DIR")
    os.environ["PMO_STATE_DIR"] = str(root / "state")
    try:
        yield Run(out, consolidate_folder(folder, out, standards, AS_OF, jobs=1))
    finally:
        if saved is None:
            os.environ.pop("PMO_STATE_DIR", None)
        else:
            os.environ["PMO_STATE_DIR"] = saved


def _table(ws: Any, name: str) -> list[dict[str, Any]]:
    cells = [[c.value for c in row] for row in ws[ws.tables[name].ref]]
    header = [str(h) for h in cells[0]]
    return [dict(zip(header, r, strict=True)) for r in cells[1:]]


def _agile_rows(path: Path) -> tuple[list[list[Any]], list[dict[str, Any]]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    try:
        ws = wb["Agile"]
        top = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=1)]
        rows = _table(ws, "tblAgile")
        top.append(list(_table(ws, "tblAgilePortfolio")[0].items()))
    finally:
        wb.close()
    return top, rows


def test_agile_sheet_sits_after_the_dependencies_map_and_before_findings(run: Run) -> None:
    wb = openpyxl.load_workbook(run.out, read_only=True)
    names = wb.sheetnames
    wb.close()
    assert names.index("Dependencies Map") < names.index("Agile") < names.index("Findings")


def test_one_row_per_agile_or_hybrid_project_with_the_spec_figures(run: Run) -> None:
    _, rows = _agile_rows(run.out)
    by_id = {r["Project ID"]: r for r in rows}
    assert list(by_id) == ["PRJ-A01", "PRJ-A02", "PRJ-A05", "PRJ-H03"]  # no waterfall one
    steady = by_id["PRJ-A01"]
    assert steady["Velocity"] == 27
    assert steady["Say/Do"] == pytest.approx(81 / 92)
    assert steady["Scope Change"] == pytest.approx(10 / 92)
    assert steady["Forecast Finish"].date() == date(2027, 1, 10)
    assert steady["Forecast Pessimistic"].date() == date(2027, 1, 10)
    assert steady["Planned End"].date() == date(2027, 1, 31)
    assert steady["Days Late"] == -21
    # creep: velocity 27, 160 left -> 6 sprints = 84 days after 2026-11-29; 30 -> 6; 26 -> 7
    creep = by_id["PRJ-A02"]
    assert creep["Forecast Finish"].date() == date(2027, 2, 21)
    assert creep["Forecast Optimistic"].date() == date(2027, 2, 21)
    assert creep["Forecast Pessimistic"].date() == date(2027, 3, 7)
    assert creep["Days Late"] == 52
    assert by_id["PRJ-A05"]["Velocity"] is None and by_id["PRJ-A05"]["Iterations Ended"] == 0
    hybrid = by_id["PRJ-H03"]
    assert hybrid["Forecast Finish"] is None and hybrid["Days Late"] is None
    assert hybrid["Note"] == (
        "no forecast: Remaining Points is empty on Sprint 3, the last ended iteration; fill it"
    )


def test_portfolio_line_gives_median_say_do_and_projects_forecast_late(run: Run) -> None:
    top, _ = _agile_rows(run.out)
    assert top[0][0] == "Agile delivery as of 2026-11-30"
    line = dict(top[1])
    assert line["Agile / Hybrid Projects"] == 4
    assert line["With a Forecast"] == 2
    # say/do: A01 81/92 = 0.880, A02 81/90 = 0.9, H03 57/60 = 0.95 -> median 0.9
    assert line["Median Say/Do"] == pytest.approx(0.9)
    assert line["Forecast Late"] == 1
    assert line["Late by More than 14 Days"] == 1


def test_each_row_has_a_native_sparkline_and_the_forecasts_are_coloured(run: Run) -> None:
    with zipfile.ZipFile(run.out) as z:
        book = z.read("xl/workbook.xml").decode()
        rels = z.read("xl/_rels/workbook.xml.rels").decode()
        rid = re.search(r'<sheet name="Agile" sheetId="\d+" r:id="(rId\d+)"', book)
        assert rid is not None
        target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels)
        assert target is not None
        xml = z.read("xl/" + target.group(1)).decode()
    groups = re.findall(r"<x14:sparkline><xm:f>([^<]+)</xm:f><xm:sqref>([^<]+)</xm:sqref>", xml)
    ranges = {cell: data for data, cell in groups}
    assert sorted(ranges) == ["G3", "G4", "G6"]  # PRJ-A05 (row 5) has no ended iteration
    assert ranges["G3"] == "Agile!S3:Z3"  # the 8 sprints of PRJ-A01, in hidden columns
    assert ranges["G6"] == "Agile!X6:Z6"  # the 3 of PRJ-H03
    assert 'type="column"' in xml
    # red beyond the threshold, amber late, green on time, on all three forecast columns
    for col in "KLM":  # Forecast Finish, Optimistic, Pessimistic against Planned End (N)
        assert f"${col}3-$N3&gt;14)" in xml and f"${col}3-$N3&lt;=0)" in xml
    assert "ISNUMBER($H3),$H3&lt;0.7)" in xml  # say/do below the threshold


def test_libreoffice_opens_the_rollup_with_its_agile_sheet(run: Run, tmp_path: Path) -> None:
    from addin.libreoffice import check_opens, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed: cannot check the roll-up opens")
    checks = check_opens([run.out], tmp_path)
    assert [p for c in checks.values() for p in c.problems] == []


def test_the_sparkline_data_is_each_projects_completed_points_in_hidden_columns(run: Run) -> None:
    wb = openpyxl.load_workbook(run.out)
    ws = wb["Agile"]
    trend = [[v for v in row.values() if v is not None] for row in _table(ws, "tblAgileVelocity")]
    hidden = ws.column_dimensions["S"]
    hidden = (hidden.hidden, hidden.min, hidden.max)
    wb.close()
    assert trend == [
        [28, 30, 29, 30, 27, 30, 24, 27],
        [28, 30, 29, 30, 27, 27, 28, 26],
        [],
        [18, 19, 20],
    ]
    assert hidden == (True, 19, 26)  # columns S:Z


def test_consolidate_json_has_agile_exactly_as_spec_16(run: Run) -> None:
    agile = run.result.to_json()["agile"]
    assert [a["project_id"] for a in agile] == ["PRJ-A01", "PRJ-A02", "PRJ-A05", "PRJ-H03"]
    assert agile[2]["velocity"] is None and agile[2]["reason"] == (
        "no iteration has ended (with Completed Points) on or before 2026-11-30"
    )
    spec_keys = {
        "project_id",
        "velocity",
        "say_do",
        "scope_change",
        "forecast_finish",
        "forecast_optimistic",
        "forecast_pessimistic",
        "planned_end",
        "days_late",
    }
    assert all(spec_keys <= set(a) for a in agile)
    assert agile[1] == {
        "project_id": "PRJ-A02",
        "velocity": 27.0,
        "say_do": 0.9,
        "scope_change": 0.8333,
        "forecast_finish": "2027-02-21",
        "forecast_optimistic": "2027-02-21",
        "forecast_pessimistic": "2027-03-07",
        "planned_end": "2026-12-31",
        "days_late": 52,
        "iterations_ended": 8,
        "reason": None,
    }
    assert agile[3]["forecast_finish"] is None and "Remaining Points is empty" in agile[3]["reason"]


def test_the_rules_show_in_findings_at_the_cells(run: Run) -> None:
    found = {(f.code, f.file, f.address) for f in run.result.findings if f.code.startswith("ITR-1")}
    assert ("ITR-102", "PRJ-A02.xlsx", "Iterations!G9") in found
    assert ("ITR-104", "PRJ-A02.xlsx", "Iterations!G9") in found
    assert ("ITR-105", "PRJ-H03.xlsx", "Iterations!G4") in found
    assert not any(code for code, file, _ in found if file in {"PRJ-A01.xlsx", "PRJ-W04.xlsx"})


def test_the_command_line_prints_agile_in_json_and_a_closing_line(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from addin.cli import main

    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    folder = run.out.parent.parent / "portfolio"
    argv = ["consolidate", str(folder), "--out", str(tmp_path / "r.xlsx"), "--as-of", "2026-11-30"]
    assert main([*argv, "--json"]) in (0, 1)
    agile = json.loads(capsys.readouterr().out)["agile"]
    assert [a["project_id"] for a in agile] == ["PRJ-A01", "PRJ-A02", "PRJ-A05", "PRJ-H03"]
    assert agile[1]["forecast_pessimistic"] == "2027-03-07" and agile[1]["days_late"] == 52
    assert main(argv) in (0, 1)
    text = capsys.readouterr().out
    assert (
        "  Agile: 4 agile/hybrid projects, 2 with a forecast; median say/do 90%; forecast "
        "late: 1 (1 by more than 14 days) (Agile sheet)"
    ) in text
