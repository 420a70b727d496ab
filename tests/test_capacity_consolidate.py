"""Consolidation with a capacity workbook (SPEC section 14): JSON, findings, the sheet."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from capacity_inputs import MARCH, write_capacity, write_projects
from click.testing import CliRunner
from sheet_order import assert_in_order

from addin.capacity.model import CapacityLine as Line
from addin.cli import cli
from addin.standards import Standards


def _consolidate(folder: Path, out: Path, *extra: str) -> tuple[int, dict]:
    run = CliRunner().invoke(
        cli,
        ["consolidate", str(folder), "--out", str(out), "--as-of", "2026-03-20", "--json",
         "--jobs", "1", "--no-cache", *extra],
    )  # fmt: skip
    data = json.loads(run.stdout) if run.stdout.strip().startswith("{") else {}
    return run.exit_code, data if data else {"output": run.output}


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _rows(path: Path, sheet: str) -> list[tuple]:
    wb = openpyxl.load_workbook(path, read_only=True)
    return [r for r in wb[sheet].iter_rows(values_only=True) if any(v is not None for v in r)]


@pytest.fixture
def portfolio(tmp_path: Path, standards: Standards) -> Path:
    folder = tmp_path / "projects"
    write_projects(folder, standards)
    write_capacity(folder / "team-capacity.xlsx", standards)
    return folder


def test_over_allocated_architect_across_three_projects(portfolio: Path, tmp_path: Path) -> None:
    before = _hashes(portfolio)
    code, data = _consolidate(portfolio, tmp_path / "rollup.xlsx")
    assert code in (0, 1), data
    cap = data["capacity"]
    assert sorted(cap) == ["over_allocated", "roles", "unknown_people"]
    assert cap["over_allocated"] == [
        {
            "person": "Ana López",
            "month": "2026-03-01",
            "demand": 25.0,
            "capacity": 18.0,
            "projects": {"PRJ-A": 10.0, "PRJ-B": 8.0, "PRJ-C": 7.0},
        }
    ]
    assert cap["unknown_people"] == ["Zed Unknown"]
    roles = {(r["role"], r["month"]): r for r in cap["roles"]}
    assert roles[("Tester", "2026-03-01")] == {
        "role": "Tester",
        "month": "2026-03-01",
        "demand": 45.0,  # 30 + 15 with no person named, counted in the role's demand
        "capacity": 40.0,
        "utilisation": 1.125,
    }
    assert roles[("Developer", "2026-04-01")]["utilisation"] == pytest.approx(0.8)
    assert data["projects"] == 3  # the capacity workbook is not a project
    entry = next(f for f in data["files"] if f["file"] == "team-capacity.xlsx")
    assert (entry["status"], entry["kind"]) == ("loaded", "capacity")
    assert "capacity workbook" in entry["reason"]
    assert _hashes(portfolio) == before  # sources never modified


def test_findings_point_at_each_projects_resource_rows(portfolio: Path, tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    _consolidate(portfolio, out)
    rows = _rows(out, "Findings")
    header = rows[0]
    at = {name: header.index(name) for name in ("File", "Code", "Address", "Message")}
    cap = sorted(
        (r[at["Code"]], r[at["File"]], r[at["Address"]])
        for r in rows[1:]
        if str(r[at["Code"]]).startswith("CAP-00")
    )
    # A finding about a person points at the person's cell (Person, column B); one
    # about a role at the Role cell (column A).
    assert cap == [
        ("CAP-001", "PRJ-A.xlsx", "Resources!B2"),  # once, at the project asking most
        ("CAP-002", "PRJ-A.xlsx", "Resources!A2"),  # Architect: PRJ-A asks most
        ("CAP-002", "PRJ-A.xlsx", "Resources!A3"),  # Tester
        ("CAP-003", "PRJ-A.xlsx", "Resources!B4"),  # Zed Unknown
    ]
    message = next(r[at["Message"]] for r in rows if r[at["Code"]] == "CAP-001")
    assert "PRJ-A 10 d, PRJ-B 8 d, PRJ-C 7 d" in message and "18 available days" in message
    assert "PRJ-B Resources!B2" in message and "PRJ-C Resources!B2" in message  # every row
    unknown = next(r[at["Message"]] for r in rows if r[at["Code"]] == "CAP-003")
    assert "this project asks 5 days (Resources!B4)" in unknown
    over = _rows(out, "Capacity")
    assert any(
        "PRJ-A.xlsx Resources!B2; PRJ-B.xlsx Resources!B2; PRJ-C.xlsx Resources!B2" in row
        for row in over
    )


def test_person_cells_follow_the_person_column_where_the_pm_moved_it(
    portfolio: Path, tmp_path: Path
) -> None:
    """PRJ-B's PM swapped Role and Person: its cells name column A for the person."""
    path = portfolio / "PRJ-B.xlsx"
    wb = openpyxl.load_workbook(path)
    ws = wb["Resources"]
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=2):
        row[0].value, row[1].value = row[1].value, row[0].value
    wb.save(path)
    out = tmp_path / "rollup.xlsx"
    _consolidate(portfolio, out)
    rows = _rows(out, "Findings")
    header = rows[0]
    at = {name: header.index(name) for name in ("File", "Code", "Address", "Message")}
    message = next(r[at["Message"]] for r in rows if r[at["Code"]] == "CAP-001")
    assert "PRJ-B Resources!A2" in message and "PRJ-C Resources!B2" in message


def test_capacity_sheet_grid_over_allocations_and_chart(portfolio: Path, tmp_path: Path) -> None:
    out = tmp_path / "rollup.xlsx"
    _consolidate(portfolio, out)
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    assert_in_order(names, "Capacity")
    ws = wb["Capacity"]
    assert set(ws.tables) == {
        "tblCapacityGrid",
        "tblOverAllocations",
        "tblCapacityUnknown",
        "tblCapacityRoles",
    }
    grid = ws.tables["tblCapacityGrid"].ref
    cells = [[c.value for c in row] for row in ws[grid]]
    assert cells[0] == ["Role", "2026-03", "2026-04"]
    assert cells[1][0] == "Architect" and cells[1][1] == pytest.approx(25 / 18)
    rules = [r for cf in ws.conditional_formatting for r in cf.rules]
    assert sorted(float(r.formula[0]) for r in rules if r.operator == "greaterThan") == [0.85, 1.0]
    over = [[c.value for c in row] for row in ws[ws.tables["tblOverAllocations"].ref]]
    assert over[1][:2] == ["Ana López", "Architect"] and over[1][3:6] == [25, 18, 7]
    assert over[1][6] == "PRJ-A 10 d, PRJ-B 8 d, PRJ-C 7 d"
    assert len(ws._charts) == 1
    series = ws._charts[0].series
    assert len(series) == 6  # demand and capacity for each of three roles


def test_without_capacity_the_sheet_shows_demand_and_how_to_add_it(
    tmp_path: Path, standards: Standards
) -> None:
    folder = tmp_path / "projects"
    write_projects(folder, standards)
    out = tmp_path / "rollup.xlsx"
    _, data = _consolidate(folder, out)
    cap = data["capacity"]
    assert cap["over_allocated"] == [] and cap["unknown_people"] == []
    march = {r["role"]: r for r in cap["roles"] if r["month"] == "2026-03-01"}
    assert march["Architect"] == {
        "role": "Architect",
        "month": "2026-03-01",
        "demand": 25.0,
        "capacity": None,
        "utilisation": None,
    }
    text = " ".join(str(v) for row in _rows(out, "Capacity") for v in row if v)
    assert "pmo new --template capacity" in text and "--capacity FILE" in text
    assert not any(str(c).startswith("CAP-00") for row in _rows(out, "Findings") for c in row)


def test_two_capacity_workbooks_stop_with_both_named(
    portfolio: Path, tmp_path: Path, standards: Standards
) -> None:
    write_capacity(portfolio / "old-capacity.xlsx", standards)
    out = tmp_path / "rollup.xlsx"
    out.write_bytes(b"yesterday")
    code, data = _consolidate(portfolio, out)
    assert code == 2
    assert "old-capacity.xlsx" in data["output"] and "team-capacity.xlsx" in data["output"]
    assert "--capacity FILE" in data["output"]
    assert out.read_bytes() == b"yesterday"


def test_capacity_option_picks_one(portfolio: Path, tmp_path: Path, standards: Standards) -> None:
    elsewhere = write_capacity(
        tmp_path / "other.xlsx",
        standards,
        [Line(person="Ana Lopez", role="Architect", month=MARCH, available_days=30)],
    )
    write_capacity(portfolio / "old-capacity.xlsx", standards)
    code, data = _consolidate(portfolio, tmp_path / "rollup.xlsx", "--capacity", str(elsewhere))
    assert code in (0, 1), data
    assert data["capacity"]["over_allocated"] == []  # 25 days asked, 30 available
    skipped = {f["file"]: f for f in data["files"] if f["kind"] == "capacity"}
    assert set(skipped) == {"old-capacity.xlsx", "team-capacity.xlsx"}
    assert all("not used: --capacity" in f["reason"] for f in skipped.values())


def test_capacity_option_with_a_project_workbook_is_refused(
    portfolio: Path, tmp_path: Path
) -> None:
    code, data = _consolidate(
        portfolio, tmp_path / "rollup.xlsx", "--capacity", str(portfolio / "PRJ-A.xlsx")
    )
    assert code == 2 and "not a capacity workbook" in data["output"]
    assert not (tmp_path / "rollup.xlsx").exists()


def test_bad_demand_is_reported_and_left_out(tmp_path: Path, standards: Standards) -> None:
    folder = tmp_path / "projects"
    # PRJ-B's architect days as text, PRJ-C's as a negative number; PRJ-A's tester row in
    # a month after the project ends
    write_projects(
        folder,
        standards,
        PRJ_B={("Resources", "D2"): "eight"},
        PRJ_C={("Resources", "D2"): -7},
        PRJ_A={("Resources", "C3"): date(2027, 6, 1)},
    )
    write_capacity(folder / "capacity.xlsx", standards)
    out = tmp_path / "rollup.xlsx"
    _, data = _consolidate(folder, out)
    roles = {(r["role"], r["month"]): r["demand"] for r in data["capacity"]["roles"]}
    assert roles[("Architect", "2026-03-01")] == 10.0  # only PRJ-A's 10 days count
    assert data["capacity"]["over_allocated"] == []
    rows = _rows(out, "Findings")
    at = {n: rows[0].index(n) for n in ("File", "Code", "Address")}
    found = {(r[at["Code"]], r[at["File"]], r[at["Address"]]) for r in rows[1:]}
    assert ("WB-013", "PRJ-B.xlsx", "Resources!D2") in found
    assert ("RES-002", "PRJ-C.xlsx", "Resources!D2") in found
    assert ("CAP-004", "PRJ-A.xlsx", "Resources!C3") in found


def test_same_name_in_two_roles_is_not_merged(tmp_path: Path, standards: Standards) -> None:
    folder = tmp_path / "projects"
    write_projects(folder, standards)
    write_capacity(
        folder / "capacity.xlsx",
        standards,
        [
            Line(person="Ana Lopez", role="Architect", month=MARCH, available_days=20),
            Line(person="ana lópez", role="Tester", month=MARCH, available_days=20),
        ],
    )
    _, data = _consolidate(folder, tmp_path / "rollup.xlsx")
    over = data["capacity"]["over_allocated"]
    # the architect rows match the Architect Ana (25 > 20), never the two added up (40)
    assert [(o["person"], o["demand"], o["capacity"]) for o in over] == [("Ana Lopez", 25.0, 20.0)]
    entry = next(f for f in data["files"] if f["file"] == "capacity.xlsx")
    assert entry["findings"]["warning"] == 1  # CAP-104: one name, two roles


def test_capacity_workbooks_and_rollup_open_without_repair(portfolio: Path, tmp_path: Path) -> None:
    from ooxml_strict import problems

    out = tmp_path / "rollup.xlsx"
    _consolidate(portfolio, out)
    assert problems(out) == []
    assert problems(portfolio / "team-capacity.xlsx") == []


def test_more_days_than_a_month_holds_is_the_resources_rule(
    tmp_path: Path, standards: Standards
) -> None:
    folder = tmp_path / "projects"
    write_projects(folder, standards, PRJ_A={("Resources", "D2"): 40})
    out = tmp_path / "rollup.xlsx"
    _, data = _consolidate(folder, out)
    rows = _rows(out, "Findings")
    at = {n: rows[0].index(n) for n in ("File", "Code", "Address")}
    found = {(r[at["Code"]], r[at["File"]], r[at["Address"]]) for r in rows[1:]}
    assert ("RES-003", "PRJ-A.xlsx", "Resources!D2") in found  # 40 days > 22 weekdays
    march = {
        r["role"]: r["demand"] for r in data["capacity"]["roles"] if r["month"] == "2026-03-01"
    }
    assert march["Architect"] == 40 + 8 + 7  # still demand: the person is asked for it


def test_libreoffice_opens_the_capacity_sheet_with_its_chart(
    portfolio: Path, tmp_path: Path
) -> None:
    from addin.libreoffice import recalculate, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "rollup.xlsx"
    _consolidate(portfolio, out)
    converted = recalculate([out, portfolio / "team-capacity.xlsx"], tmp_path / "lo", timeout=180)
    ws = openpyxl.load_workbook(converted[out])["Capacity"]
    grid = [[c.value for c in row] for row in ws["A3:C4"]]
    assert grid[0] == ["Role", "2026-03", "2026-04"]
    assert grid[1][0] == "Architect" and grid[1][1] == pytest.approx(25 / 18)
    assert len(ws._charts) == 1 and ws.conditional_formatting
    capacity = openpyxl.load_workbook(converted[portfolio / "team-capacity.xlsx"])
    assert list(capacity["Capacity"].tables) == ["tblCapacity"]


@pytest.mark.parametrize(
    ("ref", "column", "cell"),
    [
        ("Resources!A5", 2, "Resources!B5"),
        ("'Team Resources'!$A$12", 28, "'Team Resources'!AB12"),
        ("Resources!C7", 1, "Resources!A7"),
        ("Resources", 2, "Resources"),  # not a cell: left as it is
    ],
)
def test_a_rows_cell_moves_to_the_asked_column(ref: str, column: int, cell: str) -> None:
    from addin.capacity.compute import at_column

    assert at_column(ref, column) == cell
