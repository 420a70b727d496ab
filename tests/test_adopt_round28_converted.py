"""Round 28 (issue 15): registers and trackers that reached Excel by another route than
typing into Excel (a PDF or Word conversion, a list or sheet export, a CSV), read as a PMO
analyst reads them (docs/adopt.md, "Round 28: converted and pasted workbooks"). Each rule
on a small workbook of its own, and a near-miss where it must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.continuation_rows import joined
from addin.adopt.pasted_text import pasted_text, unquoted_id
from tests.adopt_sheets import adopt, book, books, field, finance_by_line, only, targets

# -- a long text cut over two rows by a conversion --------------------------------------


def _change_log(tmp_path: Path, extra: list[list[object]] | None = None) -> Path:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Logged"]]
    rows += [
        ["CH-1", "Badge readers at the west gate reject", "Leah Moss", "02/03/2026"],
        [None, "contractor passes after 18:00", None, None],
        ["CH-2", "Flooding", "Sam Ortiz", "04/03/2026"],
        ["CH-3", "Lift maintenance contract ends in April", "Leah Moss", "19/03/2026"],
    ]
    return book(tmp_path / "changes.xlsx", "Issue Log", rows + (extra or []))


def test_a_row_continuing_the_text_above_is_joined_to_that_item_and_listed(
    tmp_path: Path,
) -> None:
    adoption = adopt(_change_log(tmp_path))
    table = only(adoption)
    assert field(adoption, "issues", "title") == [
        "Badge readers at the west gate reject contractor passes after 18:00",
        "Flooding",
        "Lift maintenance contract ends in April",
    ]
    reasons = {r.row: r.reason for r in table.skipped_rows}
    assert "continues row 2's 'Issue'" in reasons[3]


def test_near_miss_a_one_word_title_and_a_row_of_a_title_alone_are_not_joined(
    tmp_path: Path,
) -> None:
    # `Flooding` is a real issue of one word (it has its ref); `Supplier insolvency`, alone
    # in its row under an item cut mid-sentence, starts with a capital: a title of its own,
    # never the rest of the text above (read as before this round: a label alone in its
    # row is a group heading, listed)
    extra: list[list[object]] = [
        ["CH-4", "Scaffold tower on the east side blocks", "Sam Ortiz", "20/03/2026"],
        [None, "Supplier insolvency", None, None],
    ]
    adoption = adopt(_change_log(tmp_path, extra))
    titles = field(adoption, "issues", "title")
    assert "Flooding" in titles
    assert titles[-1] == "Scaffold tower on the east side blocks"
    reasons = {r.row: r.reason for r in only(adoption).skipped_rows}
    assert "continues" not in reasons[7]


def test_near_miss_lower_case_text_under_a_finished_sentence_is_not_joined(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [["Ref", "Issue", "Owner", "Logged"]]
    rows += [
        ["CH-1", "Badge readers reject contractor passes.", "Leah Moss", "02/03/2026"],
        [None, "iPad kiosk at reception is offline", None, None],
        ["CH-2", "Lift maintenance contract ends in April", "Sam Ortiz", "04/03/2026"],
    ]
    adoption = adopt(book(tmp_path / "changes.xlsx", "Issue Log", rows))
    # not joined: the text above ends its sentence (the row is read as before this round)
    assert field(adoption, "issues", "title")[0] == "Badge readers reject contractor passes."
    reasons = {r.row: r.reason for r in only(adoption).skipped_rows}
    assert "continues" not in reasons.get(3, "")


def test_a_cut_text_before_a_page_break_stays_in_its_table(tmp_path: Path) -> None:
    # the PDF's page 1 ends with a cut description, then its footer, the document's title
    # and the header again: the cut text is the item's, the footer and title are no items
    header = ["Ref", "Description", "Owner", "Raised"]
    rows: list[list[object]] = [["Harbour Wall Repairs - Risk Log"], [], header]
    rows += [
        ["HW-1", "Storm surge overtops the cofferdam", "Ivo Petrov", "05/01/2026"],
        ["HW-2", "Crane hire rates rise after the", "Mia Chen", "14/01/2026"],
        [None, "harbour authority's new tariff", None, None],
        ["Page 1 of 2"],
        ["Harbour Wall Repairs - Risk Log"],
        header,
        ["HW-3", "Diver availability in winter", "Ivo Petrov", "20/01/2026"],
        ["Page 2 of 2"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risk Log", rows))
    assert field(adoption, "risks", "title") == [
        "Storm surge overtops the cofferdam",
        "Crane hire rates rise after the harbour authority's new tariff",
        "Diver availability in winter",
    ]


def test_two_parts_are_joined_with_one_space_and_none_after_a_hyphen() -> None:
    assert joined("Crane hire rates rise after the ", " harbour tariff") == (
        "Crane hire rates rise after the harbour tariff"
    )
    assert joined("Third-", "party diversion") == "Third-party diversion"


# -- a checkbox exported as TRUE / FALSE ----------------------------------------------------


def _checkbox_log(tmp_path: Path, header: str) -> Path:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Logged", header]]
    rows += [
        ["Q-1", "Printer queue jams nightly", "Ada Kerr", "2026-03-02", True],
        ["Q-2", "Visitor Wi-Fi drops at noon", "Raj Iyer", "2026-03-05", False],
        ["Q-3", "Meeting room screens mismatch", "Ada Kerr", "2026-03-16", True],
    ]
    return book(tmp_path / "log.xlsx", "Issues", rows)


def test_a_checkbox_under_a_closing_status_is_the_status(tmp_path: Path) -> None:
    adoption = adopt(_checkbox_log(tmp_path, "Resolved"))
    assert targets(only(adoption))["Resolved"] == "status"
    # ticked: Resolved; unticked: not resolved, but Open or In Progress is not said
    assert field(adoption, "issues", "status") == ["Resolved", None, "Resolved"]


def test_near_miss_a_checkbox_of_another_meaning_is_no_status(tmp_path: Path) -> None:
    adoption = adopt(_checkbox_log(tmp_path, "Escalated"))
    assert targets(only(adoption)).get("Escalated") != "status"
    assert "Resolved" not in field(adoption, "issues", "status")


# -- a CSV opened in Excel: its sheet named after its file ---------------------------------


def _csv_plan(tmp_path: Path, sheet: str) -> Path:
    rows: list[list[object]] = [["Name", "Role", "2026-04", "2026-05", "2026-06"]]
    rows += [
        ["Ada Kerr", "Planner", "0.5", "0.5", "1"],
        ["Raj Iyer", "Engineer", "1", " 1", "0.25"],
    ]
    return books(tmp_path / f"{sheet}.xlsx", {sheet: rows})


def test_a_sheet_named_as_its_csv_file_says_what_its_words_say(tmp_path: Path) -> None:
    adoption = adopt(_csv_plan(tmp_path, "team_allocation_fte"))
    assert only(adoption).register == "resources"
    assert len(adoption.project.resources) == 6
    assert field(adoption, "resources", "person")[0] == "Ada Kerr"


def test_near_miss_a_csv_sheet_whose_name_says_no_unit_is_still_refused(tmp_path: Path) -> None:
    # `team_allocation` says the figures are effort, not whether they are days, FTE or
    # hours: the plan is found and refused with the fix, as a typed one would be
    adoption = adopt(_csv_plan(tmp_path, "team_allocation"))
    assert adoption.project.resources == []
    (table,) = adoption.report.tables
    assert "nothing says whether the figures are days, FTE or hours" in table.reason


# -- a SharePoint list export: its system columns ----------------------------------------


def test_sharepoint_columns_are_left_out_and_created_is_the_raised_date_only_alone(
    tmp_path: Path,
) -> None:
    own = ["Title", "Owner", "Date Raised", "Item Type", "Path", "Created By", "Created"]
    rows: list[list[object]] = [own]
    rows += [
        ["Scaffold permit lapses", "Ada Kerr", "2026-02-02", "Item", "sites/x", "Raj Iyer", "2026-02-03"],
        ["Hoist fails inspection", "Raj Iyer", "2026-02-16", "Item", "sites/x", "Ada Kerr", "2026-02-17"],
    ]  # fmt: skip
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    mapped = targets(only(adoption))
    assert mapped["Date Raised"] == "raised_date"
    assert mapped["Created"] is None and mapped["Created By"] is None and mapped["Path"] is None
    # near-miss: the same list with no date of its own: `Created` is when it was raised
    alone = [[c for k, c in enumerate(r) if k != 2] for r in rows]
    adoption = adopt(book(tmp_path / "issues2.xlsx", "Issues", alone))
    assert targets(only(adoption))["Created"] == "raised_date"


# -- what a conversion or a paste leaves in a cell's text ---------------------------------


def test_quotes_apostrophes_invisibles_and_bullets_are_read_away(tmp_path: Path) -> None:
    zw = "\u200b"
    rows: list[list[object]] = [["Risk ID", "Risk Title", "Owner", "Date Raised", "Status"]]
    rows += [
        ['"R-021"', f"• Quay{zw} crane outage", "Ada Kerr", f"14/03/2026{zw}", "Open"],
        [f"R-022{zw}", "Tug charter lapses", "Raj Iyer", "• 02/04/2026", "Closed"],
        ["'R-023", "Pilot boat refit overruns", "Ada Kerr", "'20/04/2026", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risk Register", rows))
    assert field(adoption, "risks", "id") == ["R-021", "R-022", "R-023"]
    assert field(adoption, "risks", "title")[0] == "Quay crane outage"
    assert field(adoption, "risks", "raised_date") == [
        date(2026, 3, 14),
        date(2026, 4, 2),
        date(2026, 4, 20),
    ]


def test_an_amount_after_an_apostrophe_or_an_invisible_character_is_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Cost Line", "Measure", "Jan 2026", "Feb 2026", "Mar 2026"]]
    rows += [
        ["Dredging", "Budget", "\u200b£ 1 234,50", "£ 300,00", "£ 300,00"],
        ["Dredging", "Actual", "'£ 250,00", "(1 200,00)", "1 100,00-"],
    ]
    adoption = adopt(book(tmp_path / "budget.xlsx", "Budget", rows))
    lines = finance_by_line(adoption)
    jan, feb, mar = (date(2026, m, 1) for m in (1, 2, 3))
    assert lines[(jan, "Dredging")].budget == 1234.5
    assert lines[(jan, "Dredging")].actual == 250.0
    assert lines[(feb, "Dredging")].actual == -1200.0
    assert lines[(mar, "Dredging")].actual == -1100.0


def test_near_miss_quotes_inside_a_title_a_dash_and_a_bulleted_list_are_kept() -> None:
    assert unquoted_id('"Big Bang" cut-over') == '"Big Bang" cut-over'
    assert pasted_text('Vendor says "no" to the dates') == 'Vendor says "no" to the dates'
    assert pasted_text("- 5 days slip") == "- 5 days slip"
    # a cell of several bulleted lines is a list: its bullets stay
    assert pasted_text("• Crane outage\n• Tug charter") == "• Crane outage\n• Tug charter"


# -- two short columns in one cell ----------------------------------------------------------


def _paired(tmp_path: Path, header: str, cells: list[str], extra: str | None = None) -> Path:
    rows: list[list[object]] = [
        ["Issue ID", "Issue", header, "Status", *([extra] if extra else [])]
    ]
    titles = ["Gatehouse barrier jams", "Perimeter fence down", "Yard lights out"]
    for i, (title, cell) in enumerate(zip(titles, cells, strict=True)):
        rows.append([f"GT-{i + 1}", title, cell, "Open", *(["30/04/2026"] if extra else [])])
    return book(tmp_path / "issues.xlsx", "Issues", rows)


def test_a_cell_of_two_short_fields_is_read_as_both(tmp_path: Path) -> None:
    for sep in (" / ", "\n"):
        cells = [f"Ada Kerr{sep}14/03/2026", f"Raj Iyer{sep}02/04/2026", f"Ada Kerr{sep}20/04/2026"]
        adoption = adopt(_paired(tmp_path, f"Owner{sep}Due Date", cells))
        assert field(adoption, "issues", "owner") == ["Ada Kerr", "Raj Iyer", "Ada Kerr"]
        assert field(adoption, "issues", "due_date") == [
            date(2026, 3, 14),
            date(2026, 4, 2),
            date(2026, 4, 20),
        ]
        assert any("holds two fields in one cell" in n for n in only(adoption).notes)


def test_near_miss_a_column_of_one_field_is_not_split(tmp_path: Path) -> None:
    # the header names two fields, but its cells hold one: the owner, read whole
    adoption = adopt(_paired(tmp_path, "Owner / Due Date", ["Ada Kerr", "Raj Iyer", "Ada Kerr"]))
    assert field(adoption, "issues", "owner") == ["Ada Kerr", "Raj Iyer", "Ada Kerr"]
    assert field(adoption, "issues", "due_date") == [None, None, None]
    # the table has its own due date column: the second half is no second field
    cells = ["Ada Kerr / 14/03/2026", "Raj Iyer / 02/04/2026", "Ada Kerr / 20/04/2026"]
    adoption = adopt(_paired(tmp_path, "Owner / Due Date", cells, extra="Due Date"))
    assert field(adoption, "issues", "due_date") == [date(2026, 4, 30)] * 3
