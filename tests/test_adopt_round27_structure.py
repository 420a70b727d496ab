"""Round 27 of issue 15: structural changes round 26 left (an empty spacer column inside a
tracker). Each rule is tried on workbooks written for these tests (no benchmark layout),
each with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line

# ---------------------------------------------------------------------------------------
# a finance tracker's line columns one spacer left of its amounts are the tracker's
# ---------------------------------------------------------------------------------------

_MONTHS = [date(2026, m, 1) for m in (4, 5, 6)]


def test_line_written_once_left_of_a_spacer_joins_its_measure_rows(tmp_path: Path) -> None:
    # a theatre refit's tracker: each work package on two rows (Plan / Actual), the work
    # package written once, a spacer between it and the measures, a section row above
    rows: list[list[object]] = [
        ["Work package", None, "Measure", *_MONTHS],
        ["Stage works", None, None, None, None, None],
        ["Fly tower rigging", None, "Plan", 4000, 6000, 2000],
        [None, None, "Actual", 4200, 5800, None],
        ["Orchestra pit lift", None, "Plan", 9000, 1000, 3000],
        [None, None, "Actual", 8700, 1500, None],
        ["Seating", None, "Plan", 2500, 2500, 2500],
        [None, None, "Actual", 2400, 2600, None],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Refit costs", rows))
    lines = finance_by_line(adoption)
    # before: the months right of the spacer were read as a tracker of nameless lines
    assert {line for _, line in lines} == {"Fly tower rigging", "Orchestra pit lift", "Seating"}
    assert lines[(date(2026, 5, 1), "Orchestra pit lift")].budget == 1000
    assert lines[(date(2026, 5, 1), "Orchestra pit lift")].actual == 1500


def test_line_names_left_of_a_spacer_join_a_grid_with_no_line_header(tmp_path: Path) -> None:
    # a ledger export: `Account` one spacer left of the months, a heading row for a group
    rows: list[list[object]] = [
        ["Account", None, "Apr 2026", "May 2026", "Jun 2026"],
        ["Operating costs", None, None, None, None],
        ["Hull survey", None, 1200, 800, 650],
        ["Dry dock fees", None, 15000, 15000, 0],
        ["Paint and coatings", None, 3100, 2900, 2750],
    ]
    adoption = adopt(book(tmp_path / "l.xlsx", "Vessel budget", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Dry dock fees")].budget == 15000
    assert {line for _, line in lines} == {"Hull survey", "Dry dock fees", "Paint and coatings"}


def test_near_miss_a_short_list_left_of_a_spacer_is_not_the_lines(tmp_path: Path) -> None:
    # a list of the two approvers one blank column left of a grid that names its own
    # lines: the list is not the tracker's, and the lines stay the grid's own
    rows: list[list[object]] = [
        ["Approver", None, "Cost line", *_MONTHS],
        ["Ngaio Ruatapu", None, "Survey fees", 1200, 900, 400],
        ["Dmitri Vasquez", None, "Scaffold hire", 3000, 3000, 2500],
        [None, None, "Skip hire", 350, 350, 700],
        [None, None, "Welfare cabins", 800, 800, 800],
    ]
    adoption = adopt(book(tmp_path / "n.xlsx", "Budget", rows))
    lines = finance_by_line(adoption)
    assert {line for _, line in lines} == {
        "Survey fees",
        "Scaffold hire",
        "Skip hire",
        "Welfare cabins",
    }


def test_near_miss_a_list_beside_nameless_amounts_on_other_rows(tmp_path: Path) -> None:
    # a two-row list of contacts left of a grid of amounts whose rows it does not name
    # (one run of four nameless rows under it): the blank column separates two tables,
    # and the contacts are not read as cost lines
    rows: list[list[object]] = [
        ["Contact", None, "Measure", *_MONTHS],
        ["Harbour master", None, "Budget", 100, 200, 300],
        ["Pilot station", None, "Actual", 110, 190, None],
        [None, None, "Budget", 400, 500, 600],
        [None, None, "Actual", 420, 480, None],
        [None, None, "Budget", 700, 800, 900],
        [None, None, "Actual", 690, 810, None],
    ]
    adoption = adopt(book(tmp_path / "c.xlsx", "Budget", rows))
    names = {line for _, line in finance_by_line(adoption)}
    assert not names & {"Harbour master", "Pilot station"}


# ---------------------------------------------------------------------------------------
# the spacer join counts a part's guidance rows (a row of units) as no item
# ---------------------------------------------------------------------------------------

_ISSUES_LEFT: list[list[object]] = [
    ["IS-1", "Lift pit floods after heavy rain"],
    ["IS-2", "Fire door hardware on long lead time"],
    ["IS-3", "Sprinkler tank inspection failed"],
    ["IS-4", "Tenant fit-out drawings late"],
    ["IS-5", "Crane oversail licence not granted"],
]


def _scored(units: list[object]) -> list[list[object]]:
    """An issue log whose fields right of a spacer start with ``units`` (a row under the
    header over the right part only)."""
    rows: list[list[object]] = [
        ["Issue ID", "Issue", None, "Priority score", "Days open", "Assigned to", "Status"],
        [None, None, None, *units],
    ]
    owners = ["Aroha Tane", "Bilal Qureshi", "Aroha Tane", "Sun Li", "Bilal Qureshi"]
    for n, (ref, title) in enumerate(_ISSUES_LEFT):
        rows.append([ref, title, None, n + 2, 10 * n + 3, owners[n], "Open"])
    return rows


def test_units_row_right_of_a_spacer_does_not_stop_the_join(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "u.xlsx", "Issues", _scored(["#", "days"])))
    issues = adoption.project.items("issues")
    # before: the units row filled the right part's first row only, the two parts' rows
    # were counted unlike, and the owner and status right of the spacer were lost
    assert [i.title for i in issues] == [t for _, t in _ISSUES_LEFT]
    assert issues[1].owner == "Bilal Qureshi"
    assert issues[3].status == "Open"


def test_near_miss_a_first_item_right_of_a_spacer_is_no_guidance(tmp_path: Path) -> None:
    # the right part's first row is an item's fields (a score, days, an owner), the left
    # part's row blank: not a row of units, so the rows are unlike as before and the
    # parts stay apart (the owner is not read onto the issues)
    rows = _scored([7, 12, "Rangi Parata", "Open"])
    adoption = adopt(book(tmp_path / "n.xlsx", "Issues", rows))
    issues = adoption.project.items("issues")
    assert all(i.owner != "Rangi Parata" for i in issues)
    assert all(not i.owner for i in issues)
