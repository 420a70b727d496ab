"""Round 25's last hour: a tracker read turned is recorded in the mapping file and re-read
next month (docs/adopt.md, "Round 25 (its last hour): a turned tracker in the mapping
file"). End to end through ``pmo adopt``: this month's file saves the mapping; next month's
(one more period, a line or person added, values changed) read with ``--mapping`` gives the
same reading; a file whose layout no longer fits the recorded turn (a recorded column gone,
the periods across now) is refused with file, sheet, cell and fix, and nothing is written.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl

from addin.cli import main
from addin.commands._options import EXIT_USAGE

LINES = ["Staff", "Cloud", "Training"]


def _costs(
    path: Path,
    months: int = 3,
    lines: list[str] | None = None,
    bump: float = 0,
    across: bool = False,
) -> Path:
    """A cost tracker with its periods down (``Period | Figure | Staff | Cloud``), in
    thousands by its title; ``across`` writes the same figures with the periods across."""
    lines = lines or LINES
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Spend"
    ws.append(["Harbour upgrade spend (£k)"])
    ws.append([])
    if across:
        ws.append(["Figure", "Line", *(datetime(2025, 10 + m, 1) for m in range(months))])
        for k, figure in enumerate(("Budget", "Actual")):
            for i, line in enumerate(lines):
                ws.append([figure, line, *(5 * (i + 1) + m + k for m in range(months))])
    else:
        ws.append(["Period", "Figure", *lines])
        for m in range(months):
            for k, figure in enumerate(("Budget", "Actual")):
                ws.append(
                    [
                        datetime(2025 + (9 + m) // 12, (9 + m) % 12 + 1, 1),
                        figure,
                        *(5 * (i + 1) + m + k + (bump if i == 0 else 0) for i in range(len(lines))),
                    ]
                )
    wb.save(path)
    return path


def _plan(path: Path, weeks: int = 3, people: int = 2, bump: float = 0, team: bool = True) -> Path:
    """A resource plan written long: one row per person and week."""
    who = [("Ida Moss", "Planner"), ("Tom Reyes", "Engineer"), ("Una Park", "Surveyor")]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staffing"
    ws.append(["Staffing plan (days)"])
    ws.append([])
    ws.append(["Person", *(["Team"] if team else []), "Week starting", "Days"])
    for name, role in who[:people]:
        for w in range(weeks):
            ws.append(
                [
                    name,
                    *([role] if team else []),
                    datetime(2026, 6, 1) + timedelta(days=7 * w),
                    2 + w + bump,
                ]
            )
    wb.save(path)
    return path


def _adopt(src: Path, out: Path, mapping: Path | None = None) -> int:
    """``pmo adopt SRC --out OUT --json [--mapping M]``: the exit code (the report is
    printed as JSON)."""
    args = ["adopt", str(src), "--out", str(out), "--json"]
    if mapping is not None:
        args += ["--mapping", str(mapping)]
    return main(args)


def _finance_rows(out: Path) -> list[tuple[Any, ...]]:
    ws = openpyxl.load_workbook(out)["Finance"]
    rows = list(ws.iter_rows(values_only=True))
    head = list(rows[0])
    at = {h: head.index(h) for h in ("Month", "Cost Line", "Budget", "Actual")}
    return [
        (r[at["Month"]].date(), r[at["Cost Line"]], r[at["Budget"]], r[at["Actual"]])
        for r in rows[1:]
        if r[at["Cost Line"]]
    ]


def _misfits(report: dict[str, Any]) -> list[str]:
    """The report's lines saying a mapping-file entry no longer fits (each with its fix)."""
    return [w for w in report["warnings"] if "mapping file" in w and "fix:" in w]


def test_a_periods_down_tracker_is_recorded_and_read_again_next_month(
    tmp_path: Path, capsys: Any
) -> None:
    """The mapping records the turn; next month (one more month, a line added, a value
    changed) applied with --mapping reads every line and month, exit 0, no misfit."""
    code = _adopt(_costs(tmp_path / "oct.xlsx"), tmp_path / "oct.out.xlsx")
    assert code in (0, 1)
    mapping = tmp_path / "oct.out.mapping.json"
    (entry,) = json.loads(mapping.read_text(encoding="utf-8"))["tables"]
    assert entry["register"] == "finance" and entry["header_row"] == 3
    assert entry["turned"]["shape"] == "periods down"
    assert entry["turned"]["period_column"] == "Period"
    assert entry["turned"]["measure_column"] == "Figure"
    assert entry["turned"]["line_columns"] == LINES
    assert entry["turned"]["unit"] == "amounts x 1,000"
    before = _finance_rows(tmp_path / "oct.out.xlsx")
    assert (datetime(2025, 10, 1).date(), "Staff", 5000, 6000) in before
    capsys.readouterr()

    src = _costs(tmp_path / "nov.xlsx", months=4, lines=[*LINES, "Legal"], bump=1)
    code = _adopt(src, tmp_path / "nov.out.xlsx", mapping)
    report = json.loads(capsys.readouterr().out)
    assert _misfits(report) == []
    after = _finance_rows(tmp_path / "nov.out.xlsx")
    assert len(after) == 4 * 4  # four lines, four months
    assert (datetime(2025, 10, 1).date(), "Staff", 6000, 7000) in after  # the value changed
    assert (datetime(2026, 1, 1).date(), "Legal", 23000, 24000) in after  # new line, new month
    unchanged = [r for r in before if r[1] != "Staff"]
    assert set(unchanged) <= set(after)


def test_a_long_plan_is_recorded_and_read_again_next_month(tmp_path: Path, capsys: Any) -> None:
    code = _adopt(_plan(tmp_path / "may.xlsx"), tmp_path / "may.out.xlsx")
    mapping = tmp_path / "may.out.mapping.json"
    (entry,) = json.loads(mapping.read_text(encoding="utf-8"))["tables"]
    assert entry["register"] == "resources"
    assert entry["turned"] == {
        "shape": "long plan",
        "who_columns": ["Person", "Team"],
        "period_column": "Week starting",
        "figure_column": "Days",
        "unit": None,
    }
    capsys.readouterr()
    src = _plan(tmp_path / "jun.xlsx", weeks=4, people=3, bump=1)
    code = _adopt(src, tmp_path / "jun.out.xlsx", mapping)
    report = json.loads(capsys.readouterr().out)
    assert _misfits(report) == [] and code == 0
    ws = openpyxl.load_workbook(tmp_path / "jun.out.xlsx")["Resources"]
    rows = [r[:4] for r in ws.iter_rows(min_row=2, values_only=True) if r[1]]
    # four weeks of 3, 4, 5, 6 days, all in June: 18 days each, the new person too
    assert sorted((r[1], r[2].date(), r[3]) for r in rows) == [
        ("Ida Moss", datetime(2026, 6, 1).date(), 18),
        ("Tom Reyes", datetime(2026, 6, 1).date(), 18),
        ("Una Park", datetime(2026, 6, 1).date(), 18),
    ]


def test_a_recorded_line_column_gone_is_refused_with_its_reason(
    tmp_path: Path, capsys: Any
) -> None:
    """Near miss: next month's tracker lacks the recorded line 'Cloud': the table is not
    read (its figures would vanish silently), the misfit names file, sheet, cell and fix,
    and with nothing adopted the CLI writes nothing (exit 2, "nothing written")."""
    _adopt(_costs(tmp_path / "oct.xlsx"), tmp_path / "oct.out.xlsx")
    mapping = tmp_path / "oct.out.mapping.json"
    capsys.readouterr()
    src = _costs(tmp_path / "nov.xlsx", lines=["Staff", "Training"])
    code = _adopt(src, tmp_path / "nov.out.xlsx", mapping)
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_USAGE and report["adopted"] is False  # nothing written
    (line,) = _misfits(report)
    assert line.startswith("nov.xlsx: Spend!A3:")
    assert "'Cloud'" in line and "fix:" in line
    assert not (tmp_path / "nov.out.xlsx").exists()


def test_periods_across_now_are_refused_with_the_cell_that_says_so(
    tmp_path: Path, capsys: Any
) -> None:
    _adopt(_costs(tmp_path / "oct.xlsx"), tmp_path / "oct.out.xlsx")
    mapping = tmp_path / "oct.out.mapping.json"
    capsys.readouterr()
    src = _costs(tmp_path / "nov.xlsx", across=True)
    code = _adopt(src, tmp_path / "nov.out.xlsx", mapping)
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_USAGE and report["adopted"] is False  # nothing written
    (line,) = _misfits(report)
    assert "Spend!A3" in line and "periods are across now (C3" in line
    assert "adopt without the mapping file" in line
    assert not (tmp_path / "nov.out.xlsx").exists()


def test_a_plans_who_column_gone_is_refused(tmp_path: Path, capsys: Any) -> None:
    _adopt(_plan(tmp_path / "may.xlsx"), tmp_path / "may.out.xlsx")
    mapping = tmp_path / "may.out.mapping.json"
    capsys.readouterr()
    code = _adopt(_plan(tmp_path / "jun.xlsx", team=False), tmp_path / "jun.out.xlsx", mapping)
    report = json.loads(capsys.readouterr().out)
    assert code == EXIT_USAGE and report["adopted"] is False  # nothing written
    (line,) = _misfits(report)
    assert "jun.xlsx: Staffing!A3" in line and "'Team'" in line and "fix:" in line
    assert not (tmp_path / "jun.out.xlsx").exists()


def test_an_unknown_turned_shape_is_a_usage_error_naming_the_file(tmp_path: Path) -> None:
    _adopt(_costs(tmp_path / "oct.xlsx"), tmp_path / "oct.out.xlsx")
    mapping = tmp_path / "oct.out.mapping.json"
    data = json.loads(mapping.read_text(encoding="utf-8"))
    data["tables"][0]["turned"]["shape"] = "sideways"
    mapping.write_text(json.dumps(data), encoding="utf-8")
    code = main(["adopt", str(tmp_path / "oct.xlsx"), "--out", str(tmp_path / "x.xlsx"),
                 "--mapping", str(mapping)])  # fmt: skip
    assert code != 0 and not (tmp_path / "x.xlsx").exists()


def _sectioned_plan(path: Path, sections: bool) -> Path:
    """A long plan whose people sit under team headings (a row with the team's name alone)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Crew"
    ws.append(["Crew plan (days)"])
    ws.append([])
    ws.append(["Person", "Role", "Week of", "Days"])
    teams = (("Survey crew", [("Al Gray", "Surveyor")]), ("Site crew", [("Di Fox", "Foreman")]))
    for team, people in teams:
        if sections:
            ws.append([team])
        for name, role in people:
            for w in range(3):
                ws.append([name, role, datetime(2026, 6, 1) + timedelta(days=7 * w), 2])
    wb.save(path)
    return path


def test_a_long_plans_team_headings_are_listed_not_dropped(tmp_path: Path, capsys: Any) -> None:
    """Nothing is dropped without being listed: a team's heading row (no period, no figure)
    in a long plan is no plan row, and the report lists it with its row and reason."""
    _adopt(_sectioned_plan(tmp_path / "s.xlsx", True), tmp_path / "s.out.xlsx")
    report = json.loads(capsys.readouterr().out)
    (table,) = [t for t in report["tables"] if t["register"] == "resources"]
    listed = [(r["row"], r["value"]) for r in table["skipped_rows"]]
    assert listed == [(4, "Survey crew"), (8, "Site crew")]
    assert all("no period (column C)" in r["reason"] for r in table["skipped_rows"])
    assert report["item_counts"] == {"resources": 2}


def test_a_long_plan_without_headings_lists_no_row(tmp_path: Path, capsys: Any) -> None:
    """Near miss: every row has its period; none is listed as a heading."""
    _adopt(_sectioned_plan(tmp_path / "s.xlsx", False), tmp_path / "s.out.xlsx")
    report = json.loads(capsys.readouterr().out)
    (table,) = [t for t in report["tables"] if t["register"] == "resources"]
    assert table["skipped_rows"] == []
    assert report["item_counts"] == {"resources": 2}
