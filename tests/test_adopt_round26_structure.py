"""Round 26 of issue 15: structural changes round 25 left (a row of numbered field codes
over the header, a row of units under it). Each rule is tried on workbooks written for
these tests (no benchmark layout), each with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only

# ---------------------------------------------------------------------------------------
# a row of numbered field codes over a header of words is the export's column numbering
# ---------------------------------------------------------------------------------------

#: An issue log a maintenance system exports with its own column names in snake case.
_CODED_HEAD = ["issue_id", "issue_title", "owner", "due_date", "status"]
_ACTIONS: list[list[object]] = [
    ["ISS-11", "Re-lag the chiller pipework", "Tomasz Nowak", date(2026, 5, 4), "Open"],
    ["ISS-12", "Book the crane for the roof plant", "Leila Haddad", date(2026, 5, 11), "Done"],
    ["ISS-13", "Confirm the asbestos survey scope", "Tomasz Nowak", date(2026, 5, 18), "Open"],
    ["ISS-14", "Issue the permit to work template", "Ines Duarte", date(2026, 5, 25), "Open"],
]


def _numbered(n: int, prefix: str = "COL_") -> list[object]:
    return [f"{prefix}{k:02d}" for k in range(1, n + 1)]


def test_numbered_codes_over_coded_titles_are_no_header(tmp_path: Path) -> None:
    rows = [_numbered(5), _CODED_HEAD, *_ACTIONS]
    adoption = adopt(book(tmp_path / "a.xlsx", "Issue log", rows))
    table = only(adoption)
    # before: the titles were codes themselves, so the codes row stayed the header and
    # issue_id... became the first issue
    assert table.header_row == 2
    assert [a.title for a in adoption.project.items("issues")] == [r[1] for r in _ACTIONS]
    assert adoption.project.items("issues")[0].owner == "Tomasz Nowak"


def test_numbered_codes_over_a_month_axis_are_no_header(tmp_path: Path) -> None:
    months = [date(2026, m, 1) for m in (4, 5, 6)]
    rows = [
        _numbered(4, "FLD_"),
        ["Cost line", *months],
        ["Survey fees", 1200, 900, 400],
        ["Scaffold hire", 3000, 3000, 2500],
        ["Skip hire", 350, 350, 700],
    ]
    adoption = adopt(book(tmp_path / "f.xlsx", "Budget", rows))
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    # before: the month dates under the codes were no labels, so the codes row stayed
    # the header and no month was read
    assert len(lines) == 9
    assert lines[(date(2026, 5, 1), "Scaffold hire")].budget == 3000


def test_near_miss_numbered_header_over_a_first_row_of_short_codes(tmp_path: Path) -> None:
    # the numbered codes ARE the header here: the row under them is an item whose cells
    # are short codes its column writes again below (OPN, HI)
    rows = [
        _numbered(4, "FLD_"),
        ["PRJ", "OPN", "HI", "North depot"],
        ["PRJ", "CLS", "LO", "South depot"],
        ["OPS", "OPN", "HI", "Head office"],
        ["OPS", "CLS", "MD", "Wharf"],
    ]
    adoption = adopt(book(tmp_path / "n.xlsx", "Dump", rows))
    (table,) = adoption.report.tables
    assert table.header_row == 1


def test_near_miss_unnumbered_codes_over_codes_stay_as_before(tmp_path: Path) -> None:
    # codes that are no running numbers (field names) over codes: round 13's rule
    # refuses it still (a snake_case header over more codes is no codes/titles pair)
    rows = [["iss_ref", "iss_desc", "iss_owner", "due_dt", "cur_status"], _CODED_HEAD]
    rows += _ACTIONS
    adoption = adopt(book(tmp_path / "u.xlsx", "Issue log", rows))
    (table,) = adoption.report.tables
    assert table.header_row == 1


# ---------------------------------------------------------------------------------------
# a row of units under the header belongs to the header
# ---------------------------------------------------------------------------------------

_COST_HEAD = ["Ref", "Issue", "Raised", "Days lost", "Score", "Status"]
_CHANGES: list[list[object]] = [
    ["CR-1", "Move the plant room door", date(2026, 3, 2), 14, 3, "Approved"],
    ["CR-2", "Add a second lift lobby", date(2026, 3, 9), 120, 20, "Pending"],
    ["CR-3", "Swap the floor finish", date(2026, 3, 16), 9, 0, "Rejected"],
    ["CR-4", "Extend the canopy", date(2026, 3, 23), 31, 5, "Pending"],
]


def test_units_row_under_header_is_no_item(tmp_path: Path) -> None:
    rows = [_COST_HEAD, [None, None, None, "days", "#", None], *_CHANGES]
    adoption = adopt(book(tmp_path / "c.xlsx", "Issue log", rows))
    table = only(adoption)
    # before: "days | #" was read as a first issue with no title
    assert [c.title for c in adoption.project.items("issues")] == [r[1] for r in _CHANGES]
    assert [s.row for s in table.skipped_rows] == [2]
    assert "guidance" in table.skipped_rows[0].reason


def test_near_miss_unit_over_a_column_of_words_is_an_item(tmp_path: Path) -> None:
    # a KPI list whose Unit column holds units: a row filling only its unit ("%") stands
    # over a column of units, not of numbers, so it is an item (left to the rows reader)
    rows = [
        ["KPI", "Unit", "Target", "Owner"],
        [None, "%", None, None],
        ["On-time milestones", "%", 90, "Ama Owusu"],
        ["Open defects", "#", 20, "Ben Carter"],
        ["Average lead time", "days", 12, "Ama Owusu"],
    ]
    adoption = adopt(book(tmp_path / "k.xlsx", "KPIs", rows))
    (table,) = adoption.report.tables
    assert not any("guidance" in s.reason for s in table.skipped_rows)


def test_near_miss_units_beside_a_title_are_an_item(tmp_path: Path) -> None:
    # the first row writes units but also a title and a date: an issue
    first: list[object] = ["CR-0", "Recount the lost days", date(2026, 2, 23), "days", "#", "Open"]
    rows = [_COST_HEAD, first, *_CHANGES]
    adoption = adopt(book(tmp_path / "b.xlsx", "Issue log", rows))
    titles = [c.title for c in adoption.project.items("issues")]
    assert titles == ["Recount the lost days", *(r[1] for r in _CHANGES)]
