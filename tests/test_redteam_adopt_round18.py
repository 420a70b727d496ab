"""Red team of round 18 (issue 15): round 17's new mechanisms (registers told by their
fields, plans with rows of several kinds, transposed tables, pivots, bilingual cells, CLDR
months, effort units) set against workbooks that are NOT what they look like, and registers
in the everyday forms of many countries. Each test of a fix failed before it; the others
guard what must stay right. See "Red team of round 18 (round 17's new mechanisms)" in
docs/adopt.md."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, field
from adopt_sheets import registers as _registers

from addin.adopt import Adoption


def _days(adoption: Adoption) -> dict[tuple[str, date], float]:
    return {
        (item.role or item.person, item.month): item.planned_days  # type: ignore[attr-defined]
        for item in adoption.project.items("resources")
    }


# --- effort with its unit in the cell, written with thousands separators ----------------------


def test_hours_written_with_a_thousands_comma_are_read_whole(tmp_path: Path) -> None:
    # MS Project's Resource Usage view writes a team's work as "1,200h": the comma groups
    # thousands; it was read as 1.2 hours (0.15 days for a month of a team of developers)
    path = book(
        tmp_path / "plan.xlsx",
        "Plan",
        [
            ["Role", "Jan-26", "Feb-26", "Mar-26"],
            ["Developers", "1,200h", "1,040h", "1,320h"],
            ["Testers", "320h", "400h", "480h"],
        ],
    )
    days = _days(adopt(path))
    assert days[("Developers", date(2026, 1, 1))] == 150  # 1,200 hours at 8 a day
    assert days[("Developers", date(2026, 3, 1))] == 165
    assert days[("Testers", date(2026, 2, 1))] == 50


def test_hours_with_a_decimal_comma_stay_decimal(tmp_path: Path) -> None:
    path = book(
        tmp_path / "plan.xlsx",
        "Ressourcen",
        [
            ["Ressource", "Jan 26", "Feb 26", "Mär 26"],
            ["Anna Becker", "2,5d", "10d", "12,5d"],
            ["Jonas Weber", "5d", "7,5d", "1d"],
        ],
    )
    days = _days(adopt(path))
    assert days[("Anna Becker", date(2026, 1, 1))] == 2.5
    assert days[("Jonas Weber", date(2026, 2, 1))] == 7.5


# --- a pivot of hours pasted as values ----------------------------------------------------------


def test_a_pivot_summing_hours_is_no_budget(tmp_path: Path) -> None:
    # Excel writes the pivot's measure in its corner ("Sum of Hours") over "Row Labels": a
    # timesheet's hours by person and month were adopted as the project's budget, 150 a month
    path = book(
        tmp_path / "timesheets.xlsx",
        "Pivot",
        [
            ["Sum of Hours", "Column Labels"],
            ["Row Labels", "Jan", "Feb", "Mar", "Grand Total"],
            ["Ann Lee", 150, 140, 160, 450],
            ["Tom Brown", 80, 75, 90, 245],
            ["Grand Total", 230, 215, 250, 695],
        ],
    )
    adoption = adopt(path)
    assert "finance" not in _registers(adoption)
    assert adoption.project.items("finance") == []


def test_a_pivot_summing_a_budget_is_still_finance(tmp_path: Path) -> None:
    path = book(
        tmp_path / "costs.xlsx",
        "Pivot",
        [
            ["Sum of Budget", "Column Labels"],
            ["Row Labels", "Jan", "Feb", "Mar", "Grand Total"],
            ["Hosting", 150, 140, 160, 450],
            ["Travel", 80, 75, 90, 245],
            ["Grand Total", 230, 215, 250, 695],
        ],
    )
    budgets = {
        (i.cost_line, i.month): i.budget  # type: ignore[attr-defined]
        for i in adopt(path).project.items("finance")
    }
    assert budgets[("Hosting", date(2026, 1, 1))] == 150
    assert budgets[("Travel", date(2026, 3, 1))] == 90


# --- one item's history written across: periods name no items ----------------------------------


def test_a_risks_quarterly_trend_across_is_not_three_risks(tmp_path: Path) -> None:
    # one risk reassessed each quarter, the quarters across: adopted as three risks titled
    # 'Q1 2026', 'Q2 2026', 'Q3 2026' (the first row "named each item")
    path = book(
        tmp_path / "top risk.xlsx",
        "Top risk",
        [
            ["Top risk trend: supplier insolvency"],
            [],
            ["Quarter", "Q1 2026", "Q2 2026", "Q3 2026"],
            ["Probability", "High", "Medium", "Low"],
            ["Impact", "High", "High", "Medium"],
            ["Owner", "Ann Lee", "Ann Lee", "Tom Brown"],
            ["Status", "Open", "Open", "Closed"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == []


def test_a_milestones_forecast_by_month_across_is_not_three_milestones(tmp_path: Path) -> None:
    # a status report's history of one milestone: 'Jan-26', 'Feb-26', 'Mar-26' adopted as
    # three milestones, each with the go-live's dates
    path = book(
        tmp_path / "go-live.xlsx",
        "Milestones",
        [
            ["Go-live milestone: forecast by report"],
            [],
            ["Report", "Jan-26", "Feb-26", "Mar-26"],
            ["Baseline date", date(2026, 6, 30), date(2026, 6, 30), date(2026, 6, 30)],
            ["Forecast date", date(2026, 6, 30), date(2026, 7, 15), date(2026, 7, 31)],
            ["Status", "On Track", "At Risk", "Late"],
            ["Owner", "Ann Lee", "Ann Lee", "Ann Lee"],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == []


def test_a_gate_tracker_across_still_names_its_gates(tmp_path: Path) -> None:
    path = book(
        tmp_path / "gates.xlsx",
        "Gates",
        [
            ["Gate", "G0 Idea", "G1 Concept", "G2 Design"],
            ["Gate owner", "Ann Lee", "Tom Brown", "Jane Smith"],
            ["Baseline date", date(2026, 1, 15), date(2026, 3, 1), date(2026, 5, 1)],
            ["Forecast date", date(2026, 1, 15), date(2026, 3, 20), date(2026, 5, 30)],
            ["Status", "Complete", "In Progress", "Not Started"],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == ["G0 Idea", "G1 Concept", "G2 Design"]


# --- people's leave by month is no plan of the project's days -----------------------------------


def test_a_leave_planner_in_days_is_not_the_projects_demand(tmp_path: Path) -> None:
    # days of annual leave by person and month were adopted as the days the project plans
    # on each person (Ann Lee planned 5 days in March: the week she is away)
    path = book(
        tmp_path / "team.xlsx",
        "Leave",
        [
            ["Annual leave planner (days)"],
            ["Name", "Jan-26", "Feb-26", "Mar-26"],
            ["Ann Lee", 2, 0, 5],
            ["Tom Brown", 1, 3, 0],
        ],
    )
    adoption = adopt(path)
    assert adoption.project.items("resources") == []
    (table,) = adoption.report.tables
    assert "leave" in table.reason


def test_a_resource_plan_net_of_leave_is_still_a_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "team.xlsx",
        "Resources",
        [
            ["Resource plan (days, net of annual leave)"],
            ["Name", "Jan-26", "Feb-26", "Mar-26"],
            ["Ann Lee", 18, 20, 15],
        ],
    )
    days = _days(adopt(path))
    assert days[("Ann Lee", date(2026, 3, 1))] == 15


# --- two statuses either side of a slash ------------------------------------------------------


def test_a_status_of_two_values_either_side_of_a_slash_is_not_the_first(tmp_path: Path) -> None:
    # 'Complete / Cancelled' (a milestone cancelled after being reported complete) was read
    # as Complete, 'On Track / At Risk' as In Progress: the first alternative won
    path = book(
        tmp_path / "plan.xlsx",
        "Milestones",
        [
            ["Milestone", "Owner", "Baseline", "Forecast", "Status"],
            [
                "Design sign-off",
                "Ann Lee",
                date(2026, 3, 1),
                date(2026, 3, 1),
                "Complete / Cancelled",
            ],
            [
                "Build complete",
                "Tom Brown",
                date(2026, 5, 1),
                date(2026, 5, 20),
                "On Track / At Risk",
            ],
            ["UAT", "Jane Smith", date(2026, 6, 1), date(2026, 6, 15), "In Progress"],
            ["Go-live", "Jane Smith", date(2026, 7, 1), date(2026, 7, 1), "Not Started"],
            ["Handover", "Ann Lee", date(2026, 8, 1), date(2026, 8, 1), "Not Started"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "milestones", "status") == [
        *(None, None, "In Progress", "Not Started", "Not Started")
    ]
    (table,) = adoption.report.adopted_tables
    assert {u.value for u in table.unconverted} >= {"Complete / Cancelled", "On Track / At Risk"}


def test_a_status_whose_second_half_agrees_or_is_another_language_still_reads(
    tmp_path: Path,
) -> None:
    path = book(
        tmp_path / "log.xlsx",
        "Issue Log",
        [
            ["ID", "Issue", "Owner", "Status"],
            ["I-1", "Vendor delay on hardware", "Ann Lee", "Open / Ouvert"],
            ["I-2", "Test environment unstable", "Tom Brown", "Closed / Fermé"],
            ["I-3", "Budget approval late", "Jane Smith", "Closed - Accepted"],
        ],
    )
    assert field(adopt(path), "issues", "status") == ["Open", "Closed", "Closed"]


# --- a portfolio's projects are no milestones of a project ----------------------------------------


def test_a_portfolio_list_of_projects_is_not_a_milestone_plan(tmp_path: Path) -> None:
    # each project's baseline and forecast finish: adopted as milestones 'CRM Replacement',
    # 'Data Platform', 'HR Portal' of the project being adopted (told by its fields)
    path = book(
        tmp_path / "portfolio.xlsx",
        "Portfolio",
        [
            ["Project", "Project Manager", "Baseline finish", "Forecast finish", "RAG"],
            ["CRM Replacement", "Ann Lee", date(2026, 6, 30), date(2026, 7, 31), "Amber"],
            ["Data Platform", "Tom Brown", date(2026, 9, 30), date(2026, 9, 30), "Green"],
            ["HR Portal", "Jane Smith", date(2026, 5, 31), date(2026, 8, 31), "Red"],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == []


def test_a_portfolio_summary_written_across_is_not_a_milestone_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "summary.xlsx",
        "Summary",
        [
            ["Portfolio summary - March 2026"],
            [],
            ["Project", "CRM Replacement", "Data Platform", "HR Portal"],
            ["Owner", "Ann Lee", "Tom Brown", "Jane Smith"],
            ["Status", "Amber", "Green", "Red"],
            ["Baseline finish", date(2026, 6, 30), date(2026, 9, 30), date(2026, 5, 31)],
            ["Forecast finish", date(2026, 7, 31), date(2026, 9, 30), date(2026, 8, 31)],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == []


def test_milestones_named_in_a_column_of_their_own_are_still_told_by_their_fields(
    tmp_path: Path,
) -> None:
    path = book(
        tmp_path / "plan.xlsx",
        "Plan",
        [
            ["Key date", "Planned date", "Actual date", "Lead"],
            ["Strategic outline case", date(2026, 1, 15), date(2026, 1, 20), "Ann Lee"],
            ["Outline business case", date(2026, 4, 1), None, "Tom Brown"],
        ],
    )
    names = field(adopt(path), "milestones", "milestone")
    assert names == ["Strategic outline case", "Outline business case"]


# --- a one-day task is no milestone: start and finish at the same instant -------------------------


def test_a_one_day_task_whose_times_differ_is_not_a_milestone(tmp_path: Path) -> None:
    # a tool's plan exported with times: the kick-off meeting runs 09:00-17:00 on one day,
    # the design approval starts and finishes at 17:00; both were read as milestones
    path = book(
        tmp_path / "plan.xlsx",
        "Plan",
        [
            ["Name", "Start", "Finish"],
            ["Kick-off meeting", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17)],
            ["Design", datetime(2026, 3, 3, 9), datetime(2026, 3, 13, 17)],
            ["Design approved", datetime(2026, 3, 13, 17), datetime(2026, 3, 13, 17)],
            ["Build", datetime(2026, 3, 16, 9), datetime(2026, 4, 24, 17)],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == ["Design approved"]


def test_a_training_schedule_with_times_is_no_milestone_plan(tmp_path: Path) -> None:
    path = book(
        tmp_path / "training.xlsx",
        "Plan",
        [
            ["Title", "Trainer", "Start", "Finish"],
            ["Induction", "Ann Lee", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17)],
            ["PM foundation", "Tom Brown", datetime(2026, 3, 9, 9), datetime(2026, 3, 11, 17)],
            ["Risk workshop", "Ann Lee", datetime(2026, 3, 16, 9), datetime(2026, 3, 16, 13)],
        ],
    )
    assert field(adopt(path), "milestones", "milestone") == []


# --- a percentage written with a decimal comma --------------------------------------------------


def test_a_probability_of_35_comma_5_percent_is_not_5_percent(tmp_path: Path) -> None:
    # '35,5 %' (French, German, Nordic registers) was read as '5 %': band 1 instead of 3
    path = book(
        tmp_path / "risques.xlsx",
        "Risques",
        [
            ["ID", "Risque", "Responsable", "Probabilité", "Impact"],
            ["R1", "Défaillance du fournisseur", "Marie Tremblay", "35,5 %", "Élevé"],
            ["R2", "Perte de données", "Jean Roy", "12,5%", "Moyen"],
            ["R3", "Départ d'un expert", "Luc Gagnon", "90 %", "Faible"],
        ],
    )
    assert field(adopt(path), "risks", "probability") == [3.0, 2.0, 5.0]


# --- a glossary or a data dictionary is no register written across -------------------------------


def test_a_risk_glossary_is_not_turned_into_risks(tmp_path: Path) -> None:
    # Term | Definition | Example over the risk register's field names: turned a quarter and
    # adopted as two risks titled 'Definition' and 'Example' (probability 4, impact 5)
    rows: list[list[object]] = [
        ["Term", "Definition", "Example"],
        ["Probability", "The chance that the risk will occur, scored 1-5", "4 - Likely"],
        ["Impact", "The effect on the project if the risk occurs", "5 - Severe"],
        ["Risk owner", "The person accountable for managing the risk", "Head of IT"],
        ["Proximity", "How soon the risk could occur", "Within 3 months"],
    ]
    for sheet in ("Risk Glossary", "Risks"):
        adoption = adopt(book(tmp_path / f"{sheet}.xlsx", sheet, rows))
        assert field(adoption, "risks", "title") == [], sheet


def test_a_data_dictionary_of_an_issue_log_is_not_turned_into_issues(tmp_path: Path) -> None:
    path = book(
        tmp_path / "guide.xlsx",
        "Guidance",
        [
            ["Field", "Description", "Format"],
            ["Issue ID", "A unique number for the issue", "I-nnn"],
            ["Owner", "Who resolves the issue", "Name"],
            ["Priority", "How urgent the issue is", "High / Medium / Low"],
            ["Due date", "When it must be resolved", "dd/mm/yyyy"],
            ["Status", "Where the issue stands", "Open / Closed"],
        ],
    )
    assert field(adopt(path), "issues", "title") == []
