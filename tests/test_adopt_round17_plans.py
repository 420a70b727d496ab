"""Round 17: plans exported from scheduling and work-management tools (docs/adopt.md,
"Round 17: mechanisms (scheduling-tool exports and transposed tables)").

Shapes written here from the tools' documented export fields (MS Project, Smartsheet,
Primavera P6, Wrike, TeamGantt, Monday, Asana), never from a batch layout."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from addin.adopt.row_kinds import duration_of, is_milestone_word
from addin.adopt.subtotals import indent_of, outline_children
from addin.adopt.units import cells_unit, effort_value
from tests.adopt_sheets import adopt, book, field, only, targets

D = datetime

# --------------------------------------------------------------------------------------
# 1. A plan's rows of several kinds: only the milestone rows are milestones
# --------------------------------------------------------------------------------------


def test_wrike_item_types_keep_the_milestones_and_list_the_rest(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Item type", "Title", "Start Date", "End Date", "Assignee", "Notes"],
        ["Folder", "Mobilisation", "2026-02-02", "2026-03-13", None, None],
        ["Task", "Site survey", "2026-02-02", "2026-02-20", "Ann Lee", None],
        ["Milestone", "Survey accepted", "2026-02-27", "2026-02-27", "Bob Ray", None],
        ["Task", "Permits", "2026-02-23", "2026-03-13", "Ann Lee", None],
        ["Milestone", "Permits granted", "2026-03-13", "2026-03-13", "Cara Diaz", "on time"],
    ]
    adoption = adopt(book(tmp_path / "wrike.xlsx", "Export", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert field(adoption, "milestones", "milestone") == ["Survey accepted", "Permits granted"]
    assert field(adoption, "milestones", "owner") == ["Bob Ray", "Cara Diaz"]
    assert field(adoption, "milestones", "forecast_date") == [date(2026, 2, 27), date(2026, 3, 13)]
    assert targets(table)["Item type"] is None
    (left,) = [r.reason for r in table.skipped_rows if "rows of other kinds" in r.reason]
    assert left.startswith("1 folder row(s) (row 2) and 2 task row(s) (rows 3, 5) left out")
    assert adoption.project.risks == [] and adoption.project.issues == []


def test_p6_activity_types_mixed_tasks_and_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Activity ID", "Activity Name", "Activity Type", "Start", "Finish", "Responsible"],
        ["A1000", "Design", "WBS Summary", D(2026, 1, 5), D(2026, 3, 27), None],
        ["A1010", "Detailed design", "Task Dependent", D(2026, 1, 5), D(2026, 3, 20), "Ann Lee"],
        ["A1020", "Design freeze", "Finish Milestone", D(2026, 3, 27), D(2026, 3, 27), "Bob Ray"],
        ["A1030", "Construction start", "Start Milestone", D(2026, 4, 6), D(2026, 4, 6), "Bob Ray"],
    ]
    adoption = adopt(book(tmp_path / "p6.xlsx", "TASK", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert field(adoption, "milestones", "milestone") == ["Design freeze", "Construction start"]
    assert any("1 wbs summary row(s)" in r.reason for r in table.skipped_rows)


def test_smartsheet_zero_durations_are_the_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Task Name", "Start", "Finish", "Duration", "Assigned To", "% Complete"],
        ["Kick-off", "01/06/26", "01/06/26", "0d", "Ann Lee", 1],
        ["Requirements", "01/07/26", "01/30/26", "18d", "Bob Ray", 0.5],
        ["Requirements signed off", "01/30/26", "01/30/26", "0d", "Bob Ray", 0],
        ["Build", "02/02/26", "03/27/26", "40d", "Cara Diaz", 0],
    ]
    adoption = adopt(book(tmp_path / "smartsheet.xlsx", "Project plan", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert field(adoption, "milestones", "milestone") == ["Kick-off", "Requirements signed off"]
    # a tool's % complete gives the status where no column does
    assert field(adoption, "milestones", "status") == ["Complete", "Not Started"]
    assert any("no duration in 'Duration'" in n for n in table.notes)


def test_start_equal_to_finish_marks_the_milestones(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Name", "Owner", "Start", "End"],
        ["Discovery", "Ann Lee", D(2026, 1, 5), D(2026, 1, 30)],
        ["Discovery complete", "Ann Lee", D(2026, 1, 30), D(2026, 1, 30)],
        ["Alpha", "Bob Ray", D(2026, 2, 2), D(2026, 3, 27)],
        ["Alpha assessment", "Bob Ray", D(2026, 3, 27), D(2026, 3, 27)],
    ]
    adoption = adopt(book(tmp_path / "monday.xlsx", "Board", rows))
    assert field(adoption, "milestones", "milestone") == ["Discovery complete", "Alpha assessment"]


def test_a_task_list_with_no_milestone_row_is_no_milestone_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Type", "Name", "Start date", "End date", "Assigned to"],
        ["group", "Discovery", "2026-01-05", "2026-01-30", None],
        ["task", "Interviews", "2026-01-05", "2026-01-16", "Ann Lee"],
        ["task", "Synthesis", "2026-01-19", "2026-01-30", "Bob Ray"],
    ]
    adoption = adopt(book(tmp_path / "tasks.xlsx", "Sheet1", rows))
    assert adoption.report.adopted_tables == []
    assert adoption.project.milestones == []


def test_a_milestone_plan_of_milestones_only_is_not_narrowed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Milestone", "Owner", "Planned date", "Start", "Finish"],
        ["Go-live", "Ann Lee", D(2026, 5, 1), D(2026, 5, 1), D(2026, 5, 1)],
        ["Hypercare exit", "Bob Ray", D(2026, 6, 1), D(2026, 5, 4), D(2026, 6, 1)],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "Milestones", rows))
    assert field(adoption, "milestones", "milestone") == ["Go-live", "Hypercare exit"]


def test_a_type_column_of_other_words_decides_nothing(tmp_path: Path) -> None:
    # a milestone plan whose `Type` classifies its milestones (no plan row kinds)
    rows: list[list[object]] = [
        ["Milestone", "Type", "Owner", "Due date"],
        ["Contract signed", "Commercial", "Ann Lee", D(2026, 2, 1)],
        ["Go-live", "Milestone", "Bob Ray", D(2026, 5, 1)],
    ]
    adoption = adopt(book(tmp_path / "m.xlsx", "Milestones", rows))
    assert len(adoption.project.milestones) == 2


def test_milestone_words_and_durations() -> None:
    assert is_milestone_word("Finish Milestone") and is_milestone_word("Meilenstein")
    assert is_milestone_word("Jalon") and not is_milestone_word("Task")
    assert not is_milestone_word("Milestone review meeting")
    assert duration_of("0 days") == 0 and duration_of("1.5 wks") == 1.5
    assert duration_of("5 days?") == 5 and duration_of("next week") is None


# --------------------------------------------------------------------------------------
# 2-3. Effort with its unit in the cell; a tool's outline of resources and assignments
# --------------------------------------------------------------------------------------

MONTHS = ["January 2026", "February 2026", "March 2026"]


def test_resource_usage_outline_counts_each_resource_once(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource Name", "Group", "Work", "Details", *MONTHS],
        ["Ann Lee", "Analyst", "120h", "Work", "40h", "80h", None],
        ["    Workshops", None, "56h", "Work", "40h", "16h", None],
        ["    Test design", None, "64h", "Work", None, "64h", None],
        ["Bob Ray", "Developer", "160h", "Work", "80h", "40h", "40h"],
        ["    Build", None, "160h", "Work", "80h", "40h", "40h"],
    ]
    adoption = adopt(book(tmp_path / "usage.xlsx", "Resource Usage", rows))
    table = only(adoption)
    assert table.register == "resources"
    got = [(r.person, r.role, r.month, r.planned_days) for r in adoption.project.resources]
    assert got == [
        ("Ann Lee", "Analyst", date(2026, 1, 1), 5.0),
        ("Ann Lee", "Analyst", date(2026, 2, 1), 10.0),
        ("Bob Ray", "Developer", date(2026, 1, 1), 10.0),
        ("Bob Ray", "Developer", date(2026, 2, 1), 5.0),
        ("Bob Ray", "Developer", date(2026, 3, 1), 5.0),
    ]
    parts = [r for r in table.skipped_rows if "an assignment under" in r.reason]
    assert [r.row for r in parts] == [3, 4, 6]
    assert any("state their unit in each cell (hours)" in n for n in table.notes)


def test_days_and_weeks_written_in_the_cells(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Role", "Name", *MONTHS],
        ["Analyst", "Ann Lee", "5d", "10d", "2.5d"],
        ["Tester", "Bob Ray", "4d", None, "1d"],
    ]
    adoption = adopt(book(tmp_path / "days.xlsx", "Sheet1", rows))
    assert [r.planned_days for r in adoption.project.resources] == [5.0, 10.0, 2.5, 4.0, 1.0]
    rows = [["Role", "Name", *MONTHS], ["Analyst", "Ann Lee", "1 wk", "1.5 wks", "2w"]]
    adoption = adopt(book(tmp_path / "weeks.xlsx", "Sheet1", rows))
    assert [r.planned_days for r in adoption.project.resources] == [5.0, 7.5, 10.0]


def test_an_outline_level_column_tells_the_assignments(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Outline Level", "Resource Name", *MONTHS],
        [1, "Ann Lee", "16h", "8h", "8h"],
        [2, "Workshops", "16h", "8h", "8h"],
    ]
    adoption = adopt(book(tmp_path / "lvl.xlsx", "Resource Usage", rows))
    assert [r.person for r in adoption.project.resources] == ["Ann Lee"] * 3


def test_people_indented_under_a_team_heading_are_the_lines(tmp_path: Path) -> None:
    # the heading holds no figures: the rows under it are people, each counted
    rows: list[list[object]] = [
        ["Resource Name", *MONTHS],
        ["Data team", None, None, None],
        ["  Ann Lee", "16h", "8h", "8h"],
        ["  Bob Ray", "8h", "8h", "8h"],
    ]
    adoption = adopt(book(tmp_path / "team.xlsx", "Resource plan", rows))
    assert sorted({r.person for r in adoption.project.resources}) == ["Ann Lee", "Bob Ray"]


def test_a_timesheet_of_days_is_no_resource_plan(tmp_path: Path) -> None:
    days = [D(2026, 3, d) for d in (2, 3, 4, 5, 6)]
    rows: list[list[object]] = [
        ["Employee", *days],
        ["Ann Lee", "8h", "7.5h", "8h", "8h", "4h"],
        ["Bob Ray", "8h", "8h", "8h", "8h", "8h"],
    ]
    adoption = adopt(book(tmp_path / "timesheet.xlsx", "Sheet1", rows))
    assert adoption.project.resources == []


def test_unit_values_and_outline_helpers() -> None:
    assert effort_value("40h") == (40.0, "hours") and effort_value("40 hrs") == (40.0, "hours")
    assert effort_value("1.5 wks") == (1.5, "weeks") and effort_value("5d") == (5.0, "days")
    assert effort_value("40") is None and effort_value("Dec") is None
    assert cells_unit(["40h", None, "8h"]) == "hours" and cells_unit(["40h", "5d"]) is None
    assert indent_of("    Build") == 4 and indent_of("\tBuild") == 4 and indent_of("Ann") == 0
    figures = {1: {5: 40.0}, 2: {5: 40.0}, 3: {5: 8.0}, 4: {5: 3.0}}
    # rows 2 under 1 add up: parts; row 4 under 3 does not: kept
    assert outline_children([1, 2, 3, 4], {1: 0, 2: 4, 3: 0, 4: 4}, figures) == {2: 1}


# --------------------------------------------------------------------------------------
# 4. A transposed table read as the table it is
# --------------------------------------------------------------------------------------


def _gate_tracker() -> list[list[object]]:
    return [
        ["Stage-gate tracker - Project Vega"],
        [],
        ["Gate", "G0 Idea", "G1 Concept", "G2 Build"],
        ["Gate owner", "Ann Lee", "Bob Ray", "Cara Diaz"],
        ["Planned date", D(2026, 1, 9), D(2026, 3, 6), D(2026, 6, 5)],
        ["Actual date", D(2026, 1, 12), None, None],
        ["Status", "Passed", "Scheduled", "Scheduled"],
    ]


def test_a_gate_tracker_across_is_read(tmp_path: Path) -> None:
    adoption = adopt(book(tmp_path / "gates.xlsx", "Gates", _gate_tracker()))
    table = only(adoption)
    assert (table.register, table.ref, table.header_row) == ("milestones", "A3:D7", 3)
    assert field(adoption, "milestones", "milestone") == ["G0 Idea", "G1 Concept", "G2 Build"]
    assert field(adoption, "milestones", "gate") == ["Y", "Y", "Y"]
    assert field(adoption, "milestones", "owner") == ["Ann Lee", "Bob Ray", "Cara Diaz"]
    assert field(adoption, "milestones", "actual_date") == [date(2026, 1, 12), None, None]
    assert field(adoption, "milestones", "status")[0] == "Complete"
    assert {c.column: c.target for c in table.columns}["row 5"] == "baseline_date"
    assert table.notes[0].startswith("read transposed: fields down column A (rows 3-7)")
    assert not any("transposed" in w for w in adoption.report.warnings)


def test_a_transposed_risk_list_and_its_mapping_next_month(tmp_path: Path) -> None:
    import json

    from addin.adopt.mapping_file import AdoptionMapping
    from addin.standards import default_standards

    rows: list[list[object]] = [
        ["ID", "R1", "R2"],
        ["Risk", "Supplier late", "Key engineer leaves"],
        ["Owner", "Ann Lee", "Bob Ray"],
        ["Probability", "High", "Low"],
        ["Impact", "Medium", "High"],
        ["Status", "Open", "Closed"],
    ]
    path = book(tmp_path / "risks.xlsx", "Risks", rows)
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == ["Supplier late", "Key engineer leaves"]
    assert field(adoption, "risks", "probability") == [5, 1]
    saved = adoption.mapping.to_dict()
    (entry,) = saved["tables"]
    assert (entry["transposed"], entry["header_row"], entry["first_column"]) == (True, 1, "A")
    rows[0].append("R3")
    for row, value in zip(
        rows[1:], ["Data late", "Cara Diaz", "Medium", "Low", "Open"], strict=True
    ):
        row.append(value)
    path = book(tmp_path / "risks2.xlsx", "Risks", rows)
    from addin.adopt import adopt_host, open_source

    again = adopt_host(
        open_source(path),
        default_standards(),
        mapping=AdoptionMapping.from_dict(json.loads(json.dumps(saved))),
    )
    assert [r.title for r in again.project.risks] == [
        "Supplier late",
        "Key engineer leaves",
        "Data late",
    ]


def test_a_key_value_title_block_is_no_transposed_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Project", "Orion"],
        ["Project Manager", "Ann Lee"],
        ["Status", "Amber"],
        ["Owner", "Bob Ray"],
        [],
        ["Risk ID", "Risk", "Owner", "Status"],
        ["R1", "Supplier late", "Ann Lee", "Open"],
        ["R2", "Key engineer leaves", "Bob Ray", "Open"],
    ]
    adoption = adopt(book(tmp_path / "tb.xlsx", "Risks", rows))
    table = only(adoption)
    assert table.header_row == 6 and len(adoption.project.risks) == 2


def test_years_across_are_no_transposed_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Metric", "2024", "2025", "2026"],
        ["Revenue", 10, 12, 14],
        ["Headcount", 5, 6, 7],
        ["Sites", 1, 2, 2],
    ]
    adoption = adopt(book(tmp_path / "kpi.xlsx", "KPIs", rows))
    assert adoption.report.adopted_tables == []


@pytest.mark.parametrize("label", ["Owner", "Status"])
def test_a_transposed_table_of_no_register_stays_listed(tmp_path: Path, label: str) -> None:
    # three fields naming no register's main text and no item names: listed as before
    rows: list[list[object]] = [
        ["Colour", "Red", "Blue"],
        [label, "Ann Lee", "Bob Ray"],
        ["Size", "Small", "Large"],
    ]
    adoption = adopt(book(tmp_path / "x.xlsx", "Sheet1", rows))
    assert adoption.report.adopted_tables == []


def test_ms_project_milestone_flag_keeps_the_flagged_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Task Name", "Duration", "Start", "Finish", "Milestone", "Resource Names"],
        [1, "Design", "20 days", D(2026, 1, 5), D(2026, 1, 30), "No", "Ann Lee"],
        [2, "Design approved", "0 days", D(2026, 1, 30), D(2026, 1, 30), "Yes", "Bob Ray"],
        [3, "Build", "40 days", D(2026, 2, 2), D(2026, 3, 27), "No", "Cara Diaz"],
        [4, "Ready for test", "0 days", D(2026, 3, 27), D(2026, 3, 27), "Yes", "Cara Diaz"],
    ]
    adoption = adopt(book(tmp_path / "msp.xlsx", "Task_Table1", rows))
    assert field(adoption, "milestones", "milestone") == ["Design approved", "Ready for test"]
    assert field(adoption, "milestones", "owner") == ["Bob Ray", "Cara Diaz"]


def test_a_glossary_of_plan_row_kinds_is_no_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Term", "Type", "Definition"],
        ["Kick-off", "Milestone", "The first meeting of the project team and its sponsor"],
        ["Sprint", "Task", "A fixed period in which the team builds an increment"],
        ["Release", "Milestone", "The point at which the product reaches its users"],
    ]
    adoption = adopt(book(tmp_path / "glossary.xlsx", "Glossary", rows))
    assert adoption.project.milestones == []


def test_a_calendar_of_events_is_no_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Event", "Type", "End"],
        [D(2026, 4, 3), "Good Friday", "Holiday", D(2026, 4, 3)],
        [D(2026, 4, 20), "Board meeting", "Milestone", D(2026, 4, 20)],
        [D(2026, 5, 4), "Offsite", "Event", D(2026, 5, 6)],
    ]
    adoption = adopt(book(tmp_path / "calendar.xlsx", "Calendar", rows))
    assert adoption.project.milestones == []


def test_usage_view_detail_rows_other_than_work_are_listed(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Resource Name", "Details", *MONTHS],
        ["Ann Lee", "Work", "40h", "40h", "16h"],
        ["Ann Lee", "Act. Work", "32h", "8h", None],
        ["Bob Ray", "Work", "8h", "16h", "8h"],
    ]
    adoption = adopt(book(tmp_path / "details.xlsx", "Resource Usage", rows))
    assert [r.planned_days for r in adoption.project.resources if r.person == "Ann Lee"] == [
        5.0,
        5.0,
        2.0,
    ]
    table = only(adoption)
    assert any("'Act. Work'" in r.reason for r in table.skipped_rows)


def test_a_transposed_mapping_that_no_longer_fits_says_so(tmp_path: Path) -> None:
    import json

    from addin.adopt import adopt_host, open_source
    from addin.adopt.mapping_file import AdoptionMapping
    from addin.standards import default_standards

    adoption = adopt(book(tmp_path / "gates.xlsx", "Gates", _gate_tracker()))
    saved = json.loads(json.dumps(adoption.mapping.to_dict()))
    moved = [["Gate tracker moved"], [], [], [], [], [], [], [], [], ["nothing here"]]
    again = adopt_host(
        open_source(book(tmp_path / "moved.xlsx", "Gates", moved)),
        default_standards(),
        mapping=AdoptionMapping.from_dict(saved),
    )
    assert again.project.milestones == []
    assert any(
        "the mapping file's transposed table" in why and why.startswith("A3:")
        for _, why in again.report.left_out_sheets
    )


def test_a_transposed_decision_log_is_not_read_as_a_header_row(tmp_path: Path) -> None:
    # read as rows, `Decision | Use vendor A | ...` was a header and the decisions were
    # 'Made by', 'Date', 'Rationale'; turned, four fields read for certain
    rows: list[list[object]] = [
        ["Decision log - Phoenix"],
        [],
        ["Decision", "Use vendor A", "Delay go-live", "Close phase 1"],
        ["Made by", "Steering board", "Ann Lee", "Bob Ray"],
        ["Date", D(2026, 1, 5), D(2026, 2, 5), D(2026, 3, 5)],
        ["Rationale", "Cheapest bid", "Risk too high", "Scope delivered"],
    ]
    adoption = adopt(book(tmp_path / "decisions.xlsx", "Sheet1", rows))
    table = only(adoption)
    assert (table.register, table.ref) == ("decisions", "A3:D6")
    assert field(adoption, "decisions", "decision") == [
        "Use vendor A",
        "Delay go-live",
        "Close phase 1",
    ]
    assert field(adoption, "decisions", "made_by") == ["Steering board", "Ann Lee", "Bob Ray"]
