"""Round 11 of issue 15: registers people break up.

Section rows, blank rows, total and note rows inside and under a table are no items (listed
with their rows); a register split over sheets with the same columns is one register, each
sheet name's meaning said (a status sets the items' status where the table has none; IDs
numbered per sheet are kept apart); a transposed table and a form layout are recognised and
listed as not adopted with the fix, never read as nonsense. Every shape was written for
these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from adopt_sheets import adopt as _adopt

HEADER = ["ID", "Risk", "Owner", "Probability", "Impact", "Status", "Due Date"]


def _risk(n: int, title: str, owner: str, status: str = "Open") -> list[object]:
    return [f"R{n}", title, owner, 3, 4, status, date(2026, 3, n)]


def _save(wb: openpyxl.Workbook, path: Path) -> Path:
    wb.save(path)
    return path


def test_sections_blank_total_and_note_rows_are_no_items(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Register"
    ws.append(["Programme risk register"])
    ws.append([])
    ws.append(HEADER)
    ws.append(["Open risks"])  # row 4
    ws.append(_risk(1, "Supplier late", "Ann Lee"))
    ws.append(_risk(2, "Data migration fails", "Bob Ray"))
    ws.append([])  # row 7
    ws.append(_risk(3, "Key person leaves", "Cy Dunn"))
    ws.append(["Workstream B - Infrastructure"])  # row 9, merged across the table
    ws.merge_cells("A9:G9")
    ws.append(_risk(4, "Network upgrade slips", "Di Moss"))
    ws.append(["Closed risks"])  # row 11
    ws.append(_risk(5, "Budget cut", "Ed Fox", "Closed"))
    ws.append(["Total risks", 5])  # row 13
    ws.append([])
    ws.append(["Notes: risks are reviewed monthly at the programme board"])
    ws.append(["Key: probability and impact are scored 1 (low) to 5 (high)"])
    adoption = _adopt(_save(wb, tmp_path / "r.xlsx"))
    (table,) = adoption.report.tables
    assert table.items == {"risks": 5}
    assert [r.title for r in adoption.project.risks] == [
        "Supplier late",
        "Data migration fails",
        "Key person leaves",
        "Network upgrade slips",
        "Budget cut",
    ]
    assert [r.status for r in adoption.project.risks] == ["Open"] * 4 + ["Closed"]
    assert [row.row for row in table.skipped_rows] == [4, 9, 11]
    (outside,) = [why for sheet, why in adoption.report.left_out_sheets if sheet == "Risk Register"]
    assert outside.startswith("rows 13, 15-16 ")
    assert "'Total risks'" in outside and "not adopted" in outside


def _split(path: Path, sheets: dict[str, list[list[object]]], header: list[str]) -> Path:
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        assert ws is not None
        ws.title = name
        first = False
        ws.append(header)
        for row in rows:
            ws.append(row)
    return _save(wb, path)


NO_STATUS = ["ID", "Risk", "Owner", "Probability", "Impact", "Due Date"]


def _no_status(n: int, title: str, owner: str) -> list[object]:
    return [f"R{n}", title, owner, 3, 4, date(2026, 3, n)]


def test_a_register_split_by_status_takes_each_sheets_status(tmp_path: Path) -> None:
    """'Open' and 'Closed Risks' sheets with the same columns and no Status column: one
    register of four risks, the closed ones Closed (not counted open), and each sheet's
    table says so."""
    path = _split(
        tmp_path / "s.xlsx",
        {
            "Open": [
                _no_status(1, "Supplier late", "Ann Lee"),
                _no_status(2, "Data fails", "Bob Ray"),
            ],
            "Closed Risks": [
                _no_status(3, "Budget cut", "Ed Fox"),
                _no_status(4, "Old server", "Fi Gee"),
            ],
        },
        NO_STATUS,
    )
    adoption = _adopt(path)
    assert [(r.id, r.status) for r in adoption.project.risks] == [
        ("R-001", "Open"),
        ("R-002", "Open"),
        ("R-003", "Closed"),
        ("R-004", "Closed"),
    ]
    opened, closed = adoption.report.tables
    together = (
        "one register over 2 sheets with the same columns ('Open', 'Closed Risks'; 4 risks in all)"
    )
    assert together in opened.notes and together in closed.notes
    assert (
        "the sheet name 'Closed Risks' is a status: its 2 item(s) take the status Closed "
        "(the table has no status column)"
    ) in closed.notes


def test_a_status_column_wins_over_the_sheet_name(tmp_path: Path) -> None:
    path = _split(
        tmp_path / "s.xlsx",
        {
            "Open": [_risk(1, "Supplier late", "Ann Lee")],
            "Closed": [_risk(2, "Budget cut", "Ed Fox", "Open")],  # reopened, as its cell says
        },
        HEADER,
    )
    adoption = _adopt(path)
    assert [r.status for r in adoption.project.risks] == ["Open", "Open"]
    assert (
        "the sheet name 'Closed' is a status (Closed); the status column is read as it says"
        in adoption.report.tables[1].notes
    )


def test_sheets_per_workstream_numbered_from_one_keep_their_ids_apart(tmp_path: Path) -> None:
    path = _split(
        tmp_path / "s.xlsx",
        {
            "Data Platform": [
                _risk(1, "Supplier late", "Ann Lee"),
                _risk(2, "Data fails", "Bob Ray"),
            ],
            "Applications": [
                _risk(1, "Licences cost more", "Ed Fox"),
                _risk(3, "Old server", "Fi Gee"),
            ],
        },
        HEADER,
    )
    adoption = _adopt(path)
    assert [(r.id, r.title) for r in adoption.project.risks] == [
        ("R-001", "Supplier late"),
        ("R-002", "Data fails"),
        ("R-004", "Licences cost more"),  # R1 of Applications: the next free number
        ("R-003", "Old server"),
    ]
    apps = adoption.report.tables[1]
    assert ("R1", "R-004") in apps.id_changes
    assert (
        "IDs an earlier table of the register already gave, renumbered: R-001 -> R-004"
        in apps.notes
    )
    assert any(
        n.startswith("the sheet name 'Applications' is no status and no year") for n in apps.notes
    )


def test_sheets_per_year_are_said_to_be_years(tmp_path: Path) -> None:
    path = _split(
        tmp_path / "s.xlsx",
        {
            "2025": [_risk(1, "Supplier late", "Ann Lee")],
            "FY2026": [_risk(2, "Data fails", "Bob Ray")],
        },
        HEADER,
    )
    adoption = _adopt(path)
    assert adoption.report.item_counts == {"risks": 2}
    assert (
        "the sheet name '2025' is a year: its items keep their own dates"
        in adoption.report.tables[0].notes
    )
    assert (
        "the sheet name 'FY2026' is a year: its items keep their own dates"
        in adoption.report.tables[1].notes
    )


def test_sheets_with_other_columns_or_one_sheet_are_no_split_register(tmp_path: Path) -> None:
    """A 'Closed' sheet alone, and two sheets whose columns differ: nothing is said and no
    status is set from a sheet name."""
    path = _split(
        tmp_path / "a.xlsx", {"Closed": [_no_status(1, "Budget cut", "Ed Fox")]}, NO_STATUS
    )
    adoption = _adopt(path)
    assert [r.status for r in adoption.project.risks] == [None]
    assert not any("sheet name" in n for n in adoption.report.tables[0].notes)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Open"
    ws.append(NO_STATUS)
    ws.append(_no_status(1, "Supplier late", "Ann Lee"))
    other = wb.create_sheet("Closed")
    other.append(["ID", "Risk", "Owner", "Probability", "Due Date"])
    other.append(["R2", "Budget cut", "Ed Fox", 2, date(2026, 3, 2)])
    other.append(["R3", "Old server", "Fi Gee", 4, date(2026, 3, 3)])
    adoption = _adopt(_save(wb, tmp_path / "b.xlsx"))
    assert [r.status for r in adoption.project.risks] == [None, None, None]
    assert not any("one register over" in n for t in adoption.report.tables for n in t.notes)


def test_a_transposed_register_is_read_not_as_nonsense(tmp_path: Path) -> None:
    # round 11 listed it with the fix; round 17 reads it as the table it is
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    for row in [
        ["ID", "R1", "R2", "R3"],
        ["Risk", "Supplier late", "Data migration fails", "Budget cut"],
        ["Owner", "Ann Lee", "Bob Ray", "Ed Fox"],
        ["Probability", 3, 2, 4],
        ["Impact", 4, 5, 2],
        ["Status", "Open", "Open", "Closed"],
    ]:
        ws.append(row)
    adoption = _adopt(_save(wb, tmp_path / "t.xlsx"))
    assert adoption.report.item_counts == {"risks": 3}
    assert [r.title for r in adoption.project.risks] == [
        "Supplier late",
        "Data migration fails",
        "Budget cut",
    ]
    assert [r.owner for r in adoption.project.risks] == ["Ann Lee", "Bob Ray", "Ed Fox"]
    (table,) = adoption.report.adopted_tables
    assert table.ref == "A1:D6" and table.notes[0].startswith("read transposed")
    assert not any("transposed" in why for _, why in adoption.report.left_out_sheets)


def test_a_form_layout_is_listed_with_its_blocks(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Issues"
    issues = [("Vendor cannot staff the build", "Ann Lee"), ("Test env down", "Bob Ray")]
    for n, (title, owner) in enumerate(issues, 1):
        for row in (
            ["Issue ID:", f"I-00{n}"],
            ["Title:", title],
            ["Owner:", owner],
            ["Status:", "Open"],
        ):
            ws.append(row)
        ws.append([])
    adoption = _adopt(_save(wb, tmp_path / "f.xlsx"))
    assert adoption.report.left_out_sheets == [
        (
            "Issues",
            "A1:B9: a form layout (one item per block of 'Label: value' rows: 2 blocks of "
            "'Issue ID', 'Title', 'Owner', 'Status'): not adopted, a shape that cannot be read "
            "safely as rows; put one item per row under one header row of those labels and "
            "adopt again",
        )
    ]
    assert adoption.report.needs_review


def test_a_title_block_and_measure_rows_are_no_transposed_register(tmp_path: Path) -> None:
    """A project form (one value per label) above a risk log, and a finance tracker's
    Budget / Actual / Forecast rows across months: adopted as before, nothing listed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Log"
    for row in (
        ["Project ID:", "PRJ-7"],
        ["Project Name:", "Apollo"],
        ["Owner:", "Ann Lee"],
        ["Status:", "Green"],
    ):
        ws.append(row)
    ws.append([])
    ws.append(HEADER)
    ws.append(_risk(1, "Supplier late", "Ann Lee"))
    ws.append(_risk(2, "Data migration fails", "Bob Ray"))
    fin = wb.create_sheet("Budget")
    fin.append(["Cost line", "Measure", "Jan-26", "Feb-26", "Mar-26"])
    for measure in ("Budget", "Actual", "Forecast"):
        fin.append(["Cloud hosting", measure, 100, 110, 120])
    adoption = _adopt(_save(wb, tmp_path / "x.xlsx"))
    assert adoption.report.item_counts["risks"] == 2
    assert not any(
        "transposed" in why or "form layout" in why for _s, why in adoption.report.left_out_sheets
    )


def test_status_headings_inside_a_table_without_a_status_column(tmp_path: Path) -> None:
    """'Open risks' and 'Closed risks' rows inside a register with no Status column give the
    risks under each their status; a heading that is no status ('Workstream B') ends the
    one above and sets nothing, so those risks stay without a status for a person to set."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Log"
    ws.append(NO_STATUS)
    ws.append(["Open risks"])  # row 2
    ws.append(_no_status(1, "Supplier late", "Ann Lee"))
    ws.append(_no_status(2, "Data migration fails", "Bob Ray"))
    ws.append(["Workstream B"])  # row 5
    ws.append(_no_status(3, "Network upgrade slips", "Di Moss"))
    ws.append(["Closed risks"])  # row 7
    ws.append(_no_status(4, "Budget cut", "Ed Fox"))
    ws.append(_no_status(5, "Old server dies", "Fi Gee"))
    adoption = _adopt(_save(wb, tmp_path / "h.xlsx"))
    assert [(r.title, r.status) for r in adoption.project.risks] == [
        ("Supplier late", "Open"),
        ("Data migration fails", "Open"),
        ("Network upgrade slips", None),
        ("Budget cut", "Closed"),
        ("Old server dies", "Closed"),
    ]
    notes = adoption.report.tables[0].notes
    assert (
        "the group heading 'Closed risks' (row 7) is a status: the 2 item(s) under it take "
        "the status Closed (the table has no status column)"
    ) in notes
    assert not any("'Workstream B'" in n for n in notes)
