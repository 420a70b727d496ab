"""Red team of round 15's adoption mechanisms (issue 15): registers and trackers written for
this purpose, each a result a PMO would trust that was wrong before its fix (a task list in a
document's ``Issue 3`` adopted as open issues, a variance report's figures adopted as the
budget), and guards of what must stay right. See "Red team of round 15 (tables, finance,
resources)" in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field
from adopt_sheets import registers as _registers

from addin.adopt import Adoption

PEOPLE = ("Jane Smith", "Tom Brown", "Ann Lee")


def _tracker() -> list[list[object]]:
    """A task tracker export: nothing in it names a register."""
    return [
        ["#", "Subject", "Assignee", "Status", "Priority", "Due date"],
        [1, "Draft scope", PEOPLE[0], "New", "High", date(2026, 3, 2)],
        [2, "Stakeholder map", PEOPLE[1], "In Progress", "Normal", date(2026, 3, 9)],
        [3, "Kick-off pack", PEOPLE[2], "Closed", "Low", date(2026, 3, 16)],
    ]


# --- a document's issue number in the file's name is no issue log --------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Project Plan Issue 3.xlsx",
        "Status Report - Issue 2.xlsx",
        "PID_Issue_2.xlsx",
        "Work plan v1.2 (Issue 4).xlsx",
        "Delivery plan Issue2.xlsx",
    ],
)
def test_a_documents_issue_number_in_the_files_name_names_no_issue_log(
    tmp_path: Path, name: str
) -> None:
    # PRINCE2 and UK public-sector documents are versioned by issue ("Issue 3"): the task
    # tracker on Sheet1 was adopted as three issues, an open one among them
    adoption = adopt(book(tmp_path / name, "Sheet1", _tracker()))
    assert _registers(adoption) == []


@pytest.mark.parametrize("name", ["Issue Log 2.xlsx", "Issues 2026.xlsx", "Line 2 Issues.xlsx"])
def test_an_issue_log_numbered_in_its_files_name_stays_an_issue_log(
    tmp_path: Path, name: str
) -> None:
    adoption = adopt(book(tmp_path / name, "Sheet1", _tracker()))
    assert _registers(adoption) == ["issues"]


# --- a variance report over the months is no budget -----------------------------------------


@pytest.mark.parametrize(
    ("title", "sheet"),
    [
        ("Budget variance report 2026", "Variance"),
        ("Budget variances by month", "Finance"),
        ("Under/(Over) budget by month - 2026", "Budget"),
        ("Cost report 2026: fav/(unfav) to budget", "Costs"),
    ],
)
def test_a_variance_report_over_the_months_is_not_read_as_the_budget(
    tmp_path: Path, title: str, sheet: str
) -> None:
    # every figure is budget minus actual: read as the budget (Hosting's February budget -5)
    rows: list[list[object]] = [
        [title],
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Hosting", 10, -5, 3],
        ["Travel", 2, 2, -1],
    ]
    adoption = adopt(book(tmp_path / "var.xlsx", sheet, rows))
    assert not adoption.project.finance


@pytest.mark.parametrize("title", ["Project Delta - budget 2026", "Budget vs Actual 2026"])
def test_a_budget_titled_without_a_variance_stays_the_budget(tmp_path: Path, title: str) -> None:
    # a project named Delta; a budget-vs-actual title whose measures the rows say
    rows: list[list[object]] = [
        [title],
        ["Cost line", "Measure", "Jan-26", "Feb-26", "Mar-26"],
        ["Hosting", "Budget", 10, 20, 30],
        ["Hosting", "Actual", 9, 21, 30],
    ]
    adoption = adopt(book(tmp_path / "b.xlsx", "Budget", rows))
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Hosting")].budget == 20
    assert lines[(date(2026, 2, 1), "Hosting")].actual == 21


def test_a_budget_whose_months_name_the_measure_under_a_variance_title(tmp_path: Path) -> None:
    # the measures are said over the months: the title's variance word changes nothing
    rows: list[list[object]] = [
        ["Budget variance report 2026"],
        ["Cost line", "Jan-26 Budget", "Jan-26 Actual", "Feb-26 Budget", "Feb-26 Actual"],
        ["Hosting", 10, 9, 20, 21],
    ]
    adoption = adopt(book(tmp_path / "bva.xlsx", "Report", rows))
    lines = {(f.month, f.cost_line): f for f in adoption.project.finance}
    assert lines[(date(2026, 2, 1), "Hosting")].budget == 20
    assert lines[(date(2026, 1, 1), "Hosting")].actual == 9


# --- a Buddhist-era year among dates of the common era is a typo ---------------------------


def _issues_due(dates: list[object]) -> list[list[object]]:
    rows: list[list[object]] = [["ID", "Issue", "Owner", "Status", "Due Date"]]
    for n, due in enumerate(dates, start=1):
        rows.append([n, f"Issue {n}", PEOPLE[n % 3], "Open", due])
    return rows


@pytest.mark.parametrize("typo", ["14/03/2500", "30/06/2602", "31/12/2599"])
def test_a_year_of_the_buddhist_era_among_common_era_dates_is_no_date(
    tmp_path: Path, typo: str
) -> None:
    # a typo (2500 for 2050, 2602 for 2026) or a far horizon among dates of 2026: read as
    # 1957, 2059 or 2056 by round 15's Buddhist-era reading, a date nobody wrote
    adoption = adopt(book(tmp_path / "i.xlsx", "Issues", _issues_due(["14/03/2026", typo])))
    assert field(adoption, "issues", "due_date") == [date(2026, 3, 14), None]
    (table,) = adoption.report.adopted_tables
    assert any(typo in u.value and "common era" in u.reason for u in table.unconverted)


def test_a_column_of_buddhist_era_dates_is_still_read_less_543(tmp_path: Path) -> None:
    adoption = adopt(
        book(tmp_path / "th.xlsx", "Issues", _issues_due(["14/03/2569", "2569-04-01"]))
    )
    assert field(adoption, "issues", "due_date") == [date(2026, 3, 14), date(2026, 4, 1)]


# --- a story list on a release plan: the release each story ships in names no milestone -----


def test_stories_grouped_by_release_are_no_milestones_named_by_their_release(
    tmp_path: Path,
) -> None:
    # an agile release plan lists stories and the release each ships in: adopted as three
    # milestones "R1", "R2", "R2" (two milestones of one name, the stories gone)
    rows: list[list[object]] = [
        ["Story", "Owner", "Status", "Target Date", "Release"],
        ["Login page", PEOPLE[0], "Done", date(2026, 1, 10), "R1"],
        ["Export CSV", PEOPLE[1], "In Progress", date(2026, 2, 14), "R2"],
        ["Audit log", PEOPLE[2], "To Do", date(2026, 3, 20), "R2"],
    ]
    adoption = adopt(book(tmp_path / "rp.xlsx", "Release plan", rows))
    assert "R2" not in field(adoption, "milestones", "milestone")


def test_a_release_plan_naming_each_release_once_is_still_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Release", "Owner", "Status", "Target Date", "Released on"],
        ["R1 - Pilot", PEOPLE[0], "Released", date(2026, 1, 10), date(2026, 1, 12)],
        ["R2 - Rollout", PEOPLE[1], "Planned", date(2026, 3, 14), None],
        ["R3 - Hypercare", PEOPLE[2], "Planned", date(2026, 5, 20), None],
    ]
    adoption = adopt(book(tmp_path / "rp.xlsx", "Release plan", rows))
    assert field(adoption, "milestones", "milestone") == [
        "R1 - Pilot",
        "R2 - Rollout",
        "R3 - Hypercare",
    ]
    assert field(adoption, "milestones", "status")[0] == "Complete"


# --- resource plans: weekly rates over months, over-allocations in fractions ---------------


def _plan(
    title: str, figures: list[float], months: tuple[str, ...] = ("Jan-26", "Feb-26", "Mar-26")
) -> list[list[object]]:
    return [
        [title],
        [None],
        ["Role", "Name", *months],
        ["Developer", PEOPLE[0], *figures],
        ["Tester", PEOPLE[1], *(f / 2 for f in figures)],
    ]


def _days(adoption: Adoption) -> dict[tuple[str | None, date], float]:
    return {(r.person, r.month): r.planned_days for r in adoption.project.resources}


@pytest.mark.parametrize(
    ("title", "months"),
    [
        ("Hours per week", ("Jan-26", "Feb-26", "Mar-26")),
        ("Resource plan", ("Jan-26 (hrs/wk)", "Feb-26 (hrs/wk)", "Mar-26 (hrs/wk)")),
        ("Weekly hours by month", ("Jan-26", "Feb-26", "Mar-26")),
        ("Allocation (days per week)", ("Jan-26", "Feb-26", "Mar-26")),
    ],
)
def test_a_weekly_rate_over_months_is_not_read_as_the_months_effort(
    tmp_path: Path, title: str, months: tuple[str, ...]
) -> None:
    # 37.5 hours a week in January is some 22 days, not the 5 days of 37.5 hours
    figures = [37.5, 37.5, 30.0] if "days" not in title else [5.0, 5.0, 3.0]
    adoption = adopt(book(tmp_path / "wk.xlsx", "Plan", _plan(title, figures, months)))
    assert not adoption.project.resources
    assert any("a week" in t.reason for t in adoption.report.tables)


def test_hours_by_week_columns_still_add_up_into_their_month(tmp_path: Path) -> None:
    weeks = ("w/c 05/01/2026", "w/c 12/01/2026", "w/c 19/01/2026")
    adoption = adopt(
        book(tmp_path / "w.xlsx", "Plan", _plan("Hours per week", [37.5, 37.5, 30], weeks))
    )
    assert _days(adoption)[("Jane Smith", date(2026, 1, 1))] == 14


def test_an_over_allocation_in_fractions_keeps_the_plan_in_fractions(tmp_path: Path) -> None:
    # 0.5, 1.6, 1.0 of a person's time (160 %: double-booked in February): the 1.6 made the
    # whole plan whole percents, every figure a hundredth (0.11 days in January)
    adoption = adopt(book(tmp_path / "pct.xlsx", "Plan", _plan("Allocation (%)", [0.5, 1.6, 1.0])))
    days = _days(adoption)
    assert days[("Jane Smith", date(2026, 1, 1))] == 11
    assert days[("Jane Smith", date(2026, 2, 1))] == 32
    assert days[("Tom Brown", date(2026, 3, 1))] == 11


def test_whole_percents_above_a_hundred_stay_whole_percents(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "pct.xlsx", "Plan", _plan("Allocation %", [150, 120, 100])))
    days = _days(adoption)
    assert days[("Jane Smith", date(2026, 1, 1))] == 33
    assert days[("Tom Brown", date(2026, 2, 1))] == 12


# --- a document's revision history on Sheet1 is no register its file names -----------------


@pytest.mark.parametrize("name", ["Decision Log.xlsx", "Issue Log v2.xlsx", "Risk Register.xlsx"])
def test_a_revision_history_on_sheet1_is_no_register_its_file_names(
    tmp_path: Path, name: str
) -> None:
    # templates open with document control: three versions of the log adopted as three
    # decisions ("First draft", "Review comments"...) approved by their reviewer
    rows: list[list[object]] = [
        ["Version", "Date", "Author", "Description of change", "Approved By", "Status"],
        ["0.1", date(2026, 1, 10), PEOPLE[0], "First draft", PEOPLE[2], "Draft"],
        ["0.2", date(2026, 2, 14), PEOPLE[1], "Review comments", PEOPLE[2], "Draft"],
        ["1.0", date(2026, 3, 20), PEOPLE[2], "Approved by the board", PEOPLE[2], "Approved"],
    ]
    adoption = adopt(book(tmp_path / name, "Sheet1", rows))
    assert _registers(adoption) == []


def test_an_issue_export_with_a_fix_version_stays_the_issue_log_its_file_names(
    tmp_path: Path,
) -> None:
    rows = _tracker()
    rows[0].append("Fix Version")
    for row, version in zip(rows[1:], ("2.1", "2.1", "2.2"), strict=True):
        row.append(version)
    adoption = adopt(book(tmp_path / "Issue Log.xlsx", "Sheet1", rows))
    assert _registers(adoption) == ["issues"]


# --- the column after the codes must name each line, not group them --------------------------


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("Status", ("Active", "Active", "Closed")),
        ("Region", ("North", "North", "South")),
        ("Comments", ("On track", "Delayed", "On track")),
    ],
)
@pytest.mark.parametrize("code_header", ["Code", "Account"])
def test_codes_do_not_give_way_to_a_column_that_groups_the_lines(
    tmp_path: Path, header: str, values: tuple[str, str, str], code_header: str
) -> None:
    # GL-4100 and GL-4200 were added into one line named "Active" (or "North", "On track")
    rows: list[list[object]] = [
        ["Budget 2026"],
        [code_header, header, "Jan", "Feb", "Mar"],
        ["GL-4100", values[0], 10, 20, 30],
        ["GL-4200", values[1], 5, 5, 5],
        ["GL-4300", values[2], 7, 7, 7],
    ]
    adoption = adopt(book(tmp_path / "codes.xlsx", "Budget", rows))
    lines = {(f.month, f.cost_line): f.budget for f in adoption.project.finance}
    assert lines[(date(2026, 1, 1), "GL-4100")] == 10
    assert lines[(date(2026, 1, 1), "GL-4200")] == 5


# --- a person planned at 10 FTE: the figures are no FTE --------------------------------------


def test_a_person_planned_at_more_than_two_fte_is_refused(tmp_path: Path) -> None:
    # a plan titled FTE whose figures are days (10, 12, 8): Jane Smith read as 220 days in
    # January, a month of 22 working days
    adoption = adopt(book(tmp_path / "f.xlsx", "Plan", _plan("Resource plan (FTE)", [10, 12, 8])))
    assert not adoption.project.resources
    assert any("FTE" in t.reason and "one person" in t.reason for t in adoption.report.tables)


def test_a_roles_fte_above_two_is_a_team_and_stays_read(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource plan (FTE)"],
        [None],
        ["Role", "Jan-26", "Feb-26", "Mar-26"],
        ["Developer", 4, 5, 6],
        ["Tester", 2, 2, 3],
    ]
    adoption = adopt(book(tmp_path / "t.xlsx", "Plan", rows))
    assert {(r.role, r.month): r.planned_days for r in adoption.project.resources}[
        ("Developer", date(2026, 1, 1))
    ] == 88


# --- resolutions beside another register's own word in the headers ------------------------


def test_a_problem_and_its_resolution_on_a_resolutions_sheet_are_no_decisions(
    tmp_path: Path,
) -> None:
    # a support team's known problems and their fixes: adopted as three decisions made by
    # the owner ("Restart spooler" decided on 14 February)
    rows: list[list[object]] = [
        ["Problem", "Resolution", "Date", "Owner"],
        ["VPN drops", "Update client to 5.2", date(2026, 1, 10), PEOPLE[0]],
        ["Printer offline", "Restart spooler", date(2026, 2, 14), PEOPLE[1]],
        ["Slow login", "Clear profile cache", date(2026, 3, 20), PEOPLE[2]],
    ]
    adoption = adopt(book(tmp_path / "kb.xlsx", "Resolutions", rows))
    assert "decisions" not in _registers(adoption)


def test_a_boards_resolutions_with_their_motion_stay_decisions(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No.", "Resolution", "Meeting Date", "Moved By"],
        ["R1/26", "Adopt the 2026 budget", date(2026, 1, 10), PEOPLE[0]],
        ["R2/26", "Appoint the auditor", date(2026, 2, 14), PEOPLE[1]],
        ["R3/26", "Defer the depot capex", date(2026, 3, 20), PEOPLE[2]],
    ]
    adoption = adopt(book(tmp_path / "board.xlsx", "Resolutions", rows))
    assert _registers(adoption) == ["decisions"]


# --- variance and remaining-budget rows under the lines, no measure column -----------------


def test_variance_and_remaining_rows_under_the_lines_are_no_lines(tmp_path: Path) -> None:
    # read as two more cost lines: the budget went from 15 to 101 a month
    rows: list[list[object]] = [
        ["Budget 2026"],
        ["Cost line", "Jan-26", "Feb-26", "Mar-26"],
        ["Hosting", 10, 10, 10],
        ["Travel", 5, 5, 5],
        ["Contingency remaining", 20, 20, 20],
        ["Budget remaining", 85, 70, 55],
        ["Variance", 1, -2, 3],
    ]
    adoption = adopt(book(tmp_path / "b.xlsx", "Budget", rows))
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Hosting", "Travel", "Contingency remaining"}
    (table,) = adoption.report.adopted_tables
    assert sum("variance" in r.reason for r in table.skipped_rows) == 2
