"""Round 23's last hour (t25a): the twenty-sixth and twenty-eighth batches' misses
(ordinary and lived-in English workbooks), mended by general rules and tried here on
workbooks written for these tests (no benchmark layout), each with a near-miss the rule
must not take."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, books, field, finance_by_line, only, targets

# ---------------------------------------------------------------------------------------
# A note under a register (after a blank row, one cell) does not make the part left of a
# spacer column end lower than the part right of it: the two parts are still one table
# ---------------------------------------------------------------------------------------

_ACTIONS = [
    ["A1", "Book the crane for the roof lift", "Priya Nair", date(2026, 4, 2), "Open"],
    ["A2", "Confirm the scaffold licence", "Tom Reid", date(2026, 4, 9), "Closed"],
    ["A3", "Send the drawings to the council", "Priya Nair", date(2026, 4, 16), "Open"],
    ["A4", "Agree the delivery slots", "Ana Costa", date(2026, 4, 23), "Open"],
]


def _risk_log(path: Path, note: list[object], right_rows: int) -> Path:
    """A risk log: ref, risk and owner, a blank spacer column, due date and status;
    ``note`` under it after a blank row; only ``right_rows`` rows filled right of the
    spacer."""
    rows: list[list[object]] = [["Library refurbishment - risk log"], []]
    rows.append(["Ref", "Risk", "Risk Owner", None, "Target Date", "Status"])
    for i, item in enumerate(_ACTIONS):
        right = item[3:] if i < right_rows else [None, None]
        rows.append([*item[:3], None, *right])
    rows += [[], note]
    return book(path, "Risks", rows)


def test_a_note_under_the_left_part_does_not_cut_the_table_at_the_spacer(
    tmp_path: Path,
) -> None:
    note: list[object] = ["Review weekly; anything overdue goes to the project board."]
    table_adoption = adopt(_risk_log(tmp_path / "n.xlsx", note, len(_ACTIONS)))
    table = only(table_adoption)
    assert table.register == "risks"
    got = targets(table)
    assert got["Status"] == "status"
    assert field(table_adoption, "risks", "status") == [a[4] for a in _ACTIONS]
    assert field(table_adoption, "risks", "owner") == [a[2] for a in _ACTIONS]


def test_a_shorter_table_right_of_the_spacer_is_not_joined(tmp_path: Path) -> None:
    # near-miss: right of the spacer only the first two rows are filled, the left part's
    # items go on below them: not the same rows, so not one table (the note rule trims a
    # note, never items)
    note: list[object] = ["Review weekly; anything overdue goes to the project board."]
    adoption = adopt(_risk_log(tmp_path / "s.xlsx", note, 2))
    risks = [t for t in adoption.report.adopted_tables if t.register == "risks"]
    assert len(risks) == 1
    assert "Status" not in targets(risks[0])
    assert field(adoption, "risks", "title") == [a[1] for a in _ACTIONS]


# ---------------------------------------------------------------------------------------
# Months typed as dates and merged over their measures (`Budget | Actual`) are the group
# row over the fields: the budget-vs-actual table is found and each column has its month
# ---------------------------------------------------------------------------------------

_LINES = {
    "Roofing": [(30000.0, 28500.0), (12000.0, 14100.0)],
    "Lifts": [(8000.0, 7600.0), (9000.0, 9900.0)],
}


def _monthly(path: Path) -> Path:
    rows: list[list[object]] = [["Depot rebuild - budget vs actual"], []]
    rows.append([None, date(2026, 7, 1), None, date(2026, 8, 1)])
    rows.append(["Cost Line", "Budget", "Actual", "Budget", "Actual"])
    for line, pairs in _LINES.items():
        rows.append([line, *[x for pair in pairs for x in pair]])
    return book(path, "BvA", rows, merged=("B3:C3", "D3:E3"))


def test_months_typed_as_dates_and_merged_over_their_measures_are_read(tmp_path: Path) -> None:
    rows = finance_by_line(adopt(_monthly(tmp_path / "m.xlsx")))
    assert rows[(date(2026, 7, 1), "Roofing")].budget == 30000.0
    assert rows[(date(2026, 8, 1), "Roofing")].actual == 14100.0
    assert rows[(date(2026, 8, 1), "Lifts")].budget == 9000.0


def test_a_report_date_merged_over_a_whole_register_is_no_group(tmp_path: Path) -> None:
    # near-miss: one date merged across the whole header (the log's report date) is no
    # month over fields: the headers keep their own names and the items read as before
    rows: list[list[object]] = [["Library refurbishment - risk log"], []]
    rows.append([date(2026, 5, 1)])
    rows.append(["Ref", "Risk", "Risk Owner", "Status"])
    rows += [[a[0], a[1], a[2], a[4]] for a in _ACTIONS]
    adoption = adopt(book(tmp_path / "r.xlsx", "Risks", rows, merged=("A3:D3",)))
    got = targets(only(adoption))
    assert got["Risk Owner"] == "owner" and got["Status"] == "status"
    assert field(adoption, "risks", "title") == [a[1] for a in _ACTIONS]


# ---------------------------------------------------------------------------------------
# A status report copied onto a new sheet each month: the sheet with the latest report
# date is the report, the earlier ones are its history (left out and listed)
# ---------------------------------------------------------------------------------------


def _report(project: str, when: date, rag: str, issues: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Project status report"],
        ["Project:", project],
        ["Project Manager:", "Sam Okafor"],
        ["Report date:", when],
        [],
        ["Overall RAG:", rag],
        ["Issue log"],
        ["Issue ID", "Issue Description", "Owner", "Status", "Raised"],
    ]
    rows += [
        [f"I-{i + 1}", text, "Sam Okafor", "Open", date(2026, 3, 2 + i)]
        for i, text in enumerate(issues)
    ]
    return rows


_EARLY = ["Asbestos found in the plant room", "Lift shaft out of true"]
_LATE = [*_EARLY, "Crane hire cancelled"]


def test_the_newest_months_sheet_is_the_report_and_the_rest_history(tmp_path: Path) -> None:

    path = books(
        tmp_path / "c.xlsx",
        {
            "Apr": _report("Clinic Extension", date(2026, 4, 30), "Green", _EARLY),
            "May": _report("Clinic Extension", date(2026, 5, 29), "Red", _LATE),
        },
    )
    adoption = adopt(path)
    assert field(adoption, "issues", "title") == _LATE
    assert adoption.project.header.report_date == date(2026, 5, 29)
    assert adoption.project.header.overall_rag == "Red"
    left = dict(adoption.report.left_out_sheets)
    assert "earlier month's copy" in left["Apr"] and "'May'" in left["Apr"]


def test_two_projects_in_one_template_are_both_adopted(tmp_path: Path) -> None:
    # near-miss: the same template, dated differently, for two projects: not one report's
    # months, so neither sheet is history

    path = books(
        tmp_path / "p.xlsx",
        {
            "Clinic": _report("Clinic Extension", date(2026, 4, 30), "Green", _EARLY),
            "Depot": _report(
                "Bus Depot", date(2026, 5, 29), "Red", ["Crane hire cancelled", "Bus wash late"]
            ),
        },
    )
    adoption = adopt(path)
    assert sorted(field(adoption, "issues", "title")) == sorted(
        [*_EARLY, "Crane hire cancelled", "Bus wash late"]
    )
    assert not any("earlier month" in why for _, why in adoption.report.left_out_sheets)


# ---------------------------------------------------------------------------------------
# A column its header calls old (`Owner (old)`) beside the field as it is now (`Issue
# Owner`, added at the right) is history: the current column is the field
# ---------------------------------------------------------------------------------------

_NOW = ["Dev Patel", "Mia Chen", "Dev Patel"]
_THEN = ["Jo Hart", "Jo Hart", "Leo Brandt"]


def _owners(path: Path, with_current: bool) -> Path:
    header = ["Issue ID", "Issue Description", "Owner (old)", "Status"]
    header += ["Issue Owner"] if with_current else []
    rows: list[list[object]] = [["Ferry terminal - issue log"], [], header]
    for i, (then, now) in enumerate(zip(_THEN, _NOW, strict=True)):
        row: list[object] = [f"IS-{i + 1}", _ACTIONS[i][1], then, "Open"]
        rows.append(row + ([now] if with_current else []))
    return book(path, "Issues", rows)


def test_a_column_called_old_beside_the_current_one_is_history(tmp_path: Path) -> None:
    adoption = adopt(_owners(tmp_path / "o.xlsx", True))
    got = targets(only(adoption))
    assert got["Issue Owner"] == "owner"
    assert got["Owner (old)"] is None
    assert field(adoption, "issues", "owner") == _NOW


def test_a_column_called_old_alone_is_still_the_field(tmp_path: Path) -> None:
    # near-miss: nothing newer stands beside it: the previous owner is the only owner read
    adoption = adopt(_owners(tmp_path / "a.xlsx", False))
    assert targets(only(adoption))["Owner (old)"] == "owner"
    assert field(adoption, "issues", "owner") == _THEN
