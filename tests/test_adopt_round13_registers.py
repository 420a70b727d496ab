"""Round 13 of issue 15: every register table found, and its register right, when the
register goes by another name (a tool's or a contract's), is written in a Nordic language,
says what each row is in a type column, or heads its fields with a tool's field codes.
Every shape was written for these tests (none is a batch layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.report import TableReport
from addin.standards import default_standards

DAY = date(2026, 3, 14)
PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


def _book(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(path)
    return path


def _adopt(path: Path) -> Adoption:
    return adopt_host(open_source(path), default_standards())


def _only(adoption: Adoption) -> TableReport:
    (table,) = adoption.report.adopted_tables
    return table


def _targets(table: TableReport) -> dict[str, str | None]:
    return {c.header: c.target for c in table.columns}


# --- 1. registers by the names tools, contracts and audits give them -------------------------


def test_a_defect_log_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Defect ID", "Summary", "Assigned To", "Status"],
        ["D-101", "Totals do not reconcile on the month-end report", PEOPLE[0], "Open"],
        ["D-102", "Login fails for single sign-on users", PEOPLE[1], "Closed"],
        ["D-103", "Invoice PDF cuts off the last line", PEOPLE[2], "Open"],
    ]
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Defects", rows)))
    assert table.register == "issues"
    assert _targets(table)["Summary"] == "title"
    assert _targets(table)["Assigned To"] == "owner"


def test_a_bug_list_titled_so_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["UAT bug list - release 4", None, None],
        [None, None, None],
        ["Title", "Owner", "Status"],
        ["Search returns no results for accented names", PEOPLE[0], "Open"],
        ["Export to CSV drops the header row", PEOPLE[1], "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "b.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert [i.title for i in adoption.project.items("issues")] == [
        "Search returns no results for accented names",
        "Export to CSV drops the header row",
    ]


def test_audit_findings_are_issues_not_risks_despite_a_risk_rating(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Internal audit findings - finance system review", None, None, None, None],
        [None, None, None, None, None],
        ["Finding No.", "Finding Title", "Risk Rating", "Action Owner", "Status"],
        ["F-1", "Journals posted without approval", "High", PEOPLE[0], "Open"],
        ["F-2", "Supplier bank details changed without a call-back", "Medium", PEOPLE[1], "Open"],
        ["F-3", "Leavers kept system access", "Low", PEOPLE[2], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "f.xlsx", "Findings", rows))
    table = _only(adoption)
    assert table.register == "issues"
    targets = _targets(table)
    assert targets["Finding Title"] == "title"
    assert targets["Action Owner"] == "owner"
    assert [i.owner for i in adoption.project.items("issues")] == PEOPLE[:3]


def test_an_nec_early_warning_register_is_a_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Early Warning Register", None, None, None],
        [None, None, None, None],
        ["EW No.", "Description", "Owner", "Status"],
        ["EW-001", "Utility drawings not received from the water company", PEOPLE[0], "Open"],
        ["EW-002", "Road closure permit may be refused for the weekend", PEOPLE[1], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "ew.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert len(adoption.project.items("risks")) == 2


def test_a_warning_alone_names_no_register(tmp_path: Path) -> None:
    """``Early warning`` is NEC4's risk notice; ``Warnings`` alone (a build's compiler
    warnings, a weather log) names nothing."""
    rows: list[list[object]] = [
        ["Warning", "Raised by", "Date"],
        ["Low disk space on the build agent", PEOPLE[0], DAY],
        ["Deprecated API call in the payments module", PEOPLE[1], DAY],
    ]
    adoption = _adopt(_book(tmp_path / "w.xlsx", "Warnings", rows))
    assert not adoption.report.adopted_tables
