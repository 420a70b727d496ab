"""Round 23 (its last hour): the twenty-seventh batch's English tools' misses, by general
rules (issue 15). Every workbook here is written for this test (none is a benchmark
layout); each mechanism has a near-miss that must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, only, targets

STAFF = [("Ines Duarte", "Surveyor"), ("Tomas Berg", "Planner")]


def _long(header: list[str], month_cells: list[object], days: list[float]) -> list[list[object]]:
    rows: list[list[object]] = [header]
    for person, role in STAFF:
        for month, d in zip(month_cells, days, strict=True):
            rows.append([person, role, month, d, 20.0])
    return rows


def test_a_long_export_of_days_planned_is_a_resource_plan(tmp_path: Path) -> None:
    """Person, role, month and the days booked, one row each: a resource plan whatever the
    tool; the days available beside them are left out (capacity, not demand)."""
    rows = _long(
        ["Team member", "Job title", "Month", "Booked days", "Days available"],
        ["2026-09", "2026-10", "2026-11"],
        [4.0, 8.5, 12.0],
    )
    adoption = adopt(book(tmp_path / "bookings.xlsx", "Bookings", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table) == {
        "Team member": "person",
        "Job title": "role",
        "Month": "month",
        "Booked days": "planned_days",
        "Days available": None,
    }
    assert len(adoption.project.resources) == 6
    assert field(adoption, "resources", "month")[:3] == [
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]
    assert field(adoption, "resources", "planned_days")[:3] == [4.0, 8.5, 12.0]
    assert field(adoption, "resources", "role")[0] == "Surveyor"
    assert "'Days available' left out" in table.reason  # listed with its reason


def test_the_days_symbol_and_month_date_cells(tmp_path: Path) -> None:
    """``Allocated (d)`` says days as ``(h)`` says hours; months as date cells on the 1st."""
    rows = _long(
        ["Resource", "Position", "Period", "Allocated (d)", "Capacity (d)"],
        [date(2026, 1, 1), date(2026, 2, 1)],
        [3.0, 6.0],
    )
    adoption = adopt(book(tmp_path / "alloc.xlsx", "Allocation", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert targets(table)["Allocated (d)"] == "planned_days"
    assert targets(table)["Capacity (d)"] is None
    assert field(adoption, "resources", "planned_days") == [3.0, 6.0, 3.0, 6.0]


def test_a_timesheet_is_no_resource_plan(tmp_path: Path) -> None:
    """Days worked on each day's date: a timesheet (the past, by day), not a plan."""
    rows: list[list[object]] = [["Name", "Role", "Date", "Days worked"]]
    for person, role in STAFF:
        for day in (3, 4, 5):
            rows.append([person, role, date(2026, 3, day), 1.0])
    adoption = adopt(book(tmp_path / "timesheet.xlsx", "Timesheet", rows))
    assert all(t.register != "resources" for t in adoption.report.tables)
    assert adoption.project.resources == []
    # by month, days worked are still no plan
    rows = _long(
        ["Name", "Role", "Month", "Days worked", "Days available"],
        ["Jan 2026", "Feb 2026"],
        [5.0, 6.0],
    )
    adoption = adopt(book(tmp_path / "timesheet_m.xlsx", "Hours", rows))
    assert adoption.project.resources == []


def test_a_holiday_list_is_no_resource_plan(tmp_path: Path) -> None:
    """People's days of leave by month: a holiday list, not days planned on the work."""
    rows = _long(
        ["Employee", "Department", "Month", "Leave days", "Days available"],
        ["Jul 2026", "Aug 2026"],
        [5.0, 10.0],
    )
    adoption = adopt(book(tmp_path / "leave.xlsx", "Holidays", rows))
    assert adoption.project.resources == []
    rows[0][3] = "Planned days"  # the sheet says holidays: still no plan
    adoption = adopt(book(tmp_path / "leave2.xlsx", "Holiday planner", rows))
    assert adoption.project.resources == []


def _report(strip: list[list[object]]) -> list[list[object]]:
    """A monthly report: a label / value block, a strip, then an issues log whose owner and
    due date are headed as an action plan's (``By whom | By when``)."""
    return [
        ["HIGHLIGHT REPORT"],
        [],
        ["Project Title", "Harbour wall repair", None, "Month", "May 2026"],
        ["Project Leader", "Nadia Okafor", None, "Fund", "Cohesion"],
        [],
        *strip,
        [],
        ["Issues"],
        ["Ref", "Issue", "Action", "By whom", "By when"],
        [1, "Crane hire delayed by the port", "Escalate to port", "Sam Ruiz", "12/06/2026"],
        [2, "Survey found voids behind the wall", "Grout trial", "Nadia Okafor", "30/06/2026"],
    ]


def test_a_rag_strip_under_its_dimensions_and_an_action_plans_pair(tmp_path: Path) -> None:
    rows = _report([["Schedule", "Budget", "Scope"], ["RED", "GREEN", "AMBER"]])
    adoption = adopt(book(tmp_path / "report.xlsx", "Report", rows))
    project = adoption.project.header
    assert (project.schedule_rag, project.cost_rag, project.scope_rag) == ("Red", "Green", "Amber")
    assert project.project_manager == "Nadia Okafor"
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table)["By whom"] == "owner" and targets(table)["By when"] == "due_date"
    assert field(adoption, "issues", "due_date") == [date(2026, 6, 12), date(2026, 6, 30)]


def test_no_rag_strip_where_the_cells_are_no_colours_or_a_column_of_them(tmp_path: Path) -> None:
    """``Schedule | Budget`` over ``6 weeks | 1.2m`` says no colour; a table of colours (a
    portfolio's projects, one row each) is no strip of the project's."""
    rows = _report([["Schedule", "Budget", "Scope"], ["6 weeks", "1.2m", "4 sites"]])
    project = adopt(book(tmp_path / "r1.xlsx", "Report", rows)).project.header
    assert (project.schedule_rag, project.cost_rag, project.scope_rag) == (None, None, None)
    rows = _report(
        [["Schedule", "Budget", "Scope"], ["Red", "Green", "Amber"], ["Green", "Red", "Red"]]
    )
    project = adopt(book(tmp_path / "r2.xlsx", "Report", rows)).project.header
    assert (project.schedule_rag, project.cost_rag, project.scope_rag) == (None, None, None)


def test_a_decisions_action_owner_is_not_who_made_it(tmp_path: Path) -> None:
    """A decision log's ``Action owner`` follows the decision up; ``Decided by`` made it."""
    rows: list[list[object]] = [
        ["Decision log"],
        ["Ref", "Date", "Decision", "Follow-up action", "Action owner"],
        ["D1", "02/03/2026", "Use the north access road", "Tell the haulier", "Priya Nair"],
        ["D2", "09/03/2026", "Drop the night shift", "Revise the rota", "Owen Price"],
    ]
    table = only(adopt(book(tmp_path / "decisions.xlsx", "Decisions", rows)))
    assert table.register == "decisions"
    assert targets(table)["Action owner"] is None
    # near miss: a header that says who made it stays the maker
    rows[1][4] = "Decided by"
    adoption = adopt(book(tmp_path / "decisions2.xlsx", "Decisions", rows))
    assert targets(only(adoption))["Decided by"] == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Priya Nair", "Owen Price"]


def test_a_wish_is_the_lowest_severity(tmp_path: Path) -> None:
    """An issue tracker's ``Wishlist`` is below ``Minor``: 1 on the 1-5 scale; a word no
    scale knows (``Cosmic``) is not read as a level."""
    rows: list[list[object]] = [["Key", "Summary", "Severity", "Status"]]
    for n, sev in enumerate(["Wishlist", "Minor", "Normal", "Important", "Critical"]):
        rows.append([f"BUG-{n}", f"Fault {n} in the booking screen", sev, "Open"])
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert field(adoption, "issues", "severity") == [1, 2, 3, 4, 5]


def test_a_level_word_no_scale_knows_is_not_read(tmp_path: Path) -> None:
    """Near miss: ``Cosmic`` is no level; it is listed unconverted, not guessed."""
    rows: list[list[object]] = [["Key", "Summary", "Severity", "Status"]]
    for n, sev in enumerate(["Cosmic", "Minor", "Critical"]):
        rows.append([f"BUG-{n}", f"Fault {n} in the booking screen", sev, "Open"])
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issues", rows))
    assert field(adoption, "issues", "severity") == [None, 2, 5]
