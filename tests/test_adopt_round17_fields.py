"""Round 17 of issue 15: a register told by its FIELDS when no word names it
(``addin/adopt/signatures.py``). Tools and PMOs hand over item lists on sheets named
``Export``, ``Items``, ``Plan`` or ``Tracker`` under generic work-item fields; a person says
what they are from the fields: a title with a priority or severity, an owner, a status and
dates is an issue log; names with planned and actual dates are a milestone plan. Every
shape was written for these tests (no batch layout); the negatives are lists with the same
generic fields that are NO register (task plans, timesheets, purchase orders, asset and
training lists, contacts, a holiday calendar, a summary panel, a glossary, a tool's stories)
and must stay listed.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import column as _column
from adopt_sheets import field as _field
from adopt_sheets import only as _only

from addin.adopt import adopt_host, load_mapping, open_source
from addin.adopt.signatures import FOUND_BY_FIELDS, TOLD_CONFIDENCE
from addin.standards import default_standards

PEOPLE = ["Aoife Byrne", "Tom Walsh", "Grace Lee", "Dev Patel"]
TEXTS = [
    "Supplier portal rejects invoices over the limit",
    "Test environment refresh overruns by a week",
    "Data migration scripts fail on archived records",
    "Security review findings still open",
]
RAISED = [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16), date(2026, 3, 2)]
DUE = [date(2026, 2, 20), date(2026, 3, 6), date(2026, 3, 13), date(2026, 3, 27)]


def _rows(header: list[str], *columns: list[object]) -> list[list[object]]:
    return [header] + [list(row) for row in zip(*columns, strict=True)]


def _left_out(adoption: object) -> list[str]:
    report = adoption.report  # type: ignore[attr-defined]
    return [t.reason for t in report.tables if not t.adopted]


# --- 1. item lists told by their fields -------------------------------------------------------


def test_a_card_export_with_a_priority_is_an_issue_log_for_review(tmp_path: Path) -> None:
    rows = _rows(
        ["Key", "Summary", "Assignee", "Priority", "State", "Created", "Due"],
        [f"K-{i}" for i in range(1, 5)],
        TEXTS,
        PEOPLE,
        ["High", "Low", "Average", "High"],  # Businessmap's priorities: Average is Medium
        ["Open", "In Progress", "Closed", "Open"],
        RAISED,
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "board.xlsx", "Export", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert FOUND_BY_FIELDS in table.reason
    assert table.confidence == TOLD_CONFIDENCE < 0.7  # CHECK in the report
    assert adoption.report.needs_review  # exit code 1
    assert _field(adoption, "issues", "title") == TEXTS
    assert _field(adoption, "issues", "priority") == ["High", "Low", "Medium", "High"]
    assert _field(adoption, "issues", "raised_date") == RAISED
    assert _field(adoption, "issues", "due_date") == DUE
    assert _field(adoption, "issues", "owner") == PEOPLE


def test_a_severity_list_on_an_unnamed_sheet_is_an_issue_log(tmp_path: Path) -> None:
    rows = _rows(
        ["Ref", "Description", "Severity", "Owner", "Date Logged", "Target Date"],
        ["1", "2", "3", "4"],
        TEXTS,
        ["Major", "Minor", "Critical", "Major"],
        PEOPLE,
        RAISED,
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "list.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert (table.register, FOUND_BY_FIELDS in table.reason) == ("issues", True)
    assert _column(table, "Severity").target == "severity"
    assert _field(adoption, "issues", "due_date") == DUE


MILESTONES = ["Discovery complete", "Design approved", "Pilot live", "Full rollout"]
PLANNED = [date(2026, 1, 30), date(2026, 3, 13), date(2026, 5, 29), date(2026, 9, 30)]
ACTUAL: list[object] = [date(2026, 2, 4), date(2026, 3, 20), None, None]


def test_names_with_planned_and_actual_dates_are_a_milestone_plan(tmp_path: Path) -> None:
    rows = _rows(["Item", "Planned", "Actual", "Lead"], MILESTONES, PLANNED, ACTUAL, PEOPLE)
    adoption = _adopt(_book(tmp_path / "plan.xlsx", "Tracker", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert FOUND_BY_FIELDS in table.reason
    assert table.confidence < 0.7
    assert _field(adoption, "milestones", "milestone") == MILESTONES
    assert _field(adoption, "milestones", "baseline_date") == PLANNED
    assert _field(adoption, "milestones", "actual_date") == ACTUAL


def test_gate_names_mark_gates_and_a_colour_rating_is_listed(tmp_path: Path) -> None:
    rows = _rows(
        ["Decision point", "Purpose", "Baseline", "Forecast", "Assurance rating"],
        ["DCP 1", "DCP 2", "DCP 3", "DCP 4"],
        ["Concept", "Business case", "Contract award", "Handover to operations"],
        PLANNED,
        [date(2026, 2, 6), date(2026, 3, 27), date(2026, 6, 12), date(2026, 10, 9)],
        ["Green", "Amber", "Amber/Red", "Green"],
    )
    adoption = _adopt(_book(tmp_path / "gates.xlsx", "Plan", rows))
    table = _only(adoption)
    assert table.register == "milestones"
    assert _column(table, "Decision point").target == "gate"
    assert _column(table, "Purpose").target == "milestone"
    assert _column(table, "Assurance rating").target is None  # a rating, not guessed
    assert _field(adoption, "milestones", "gate") == ["Y"] * 4
    assert _field(adoption, "milestones", "milestone")[2] == "Contract award"


# --- 2. no clear fit: listed, with the closest register and the fix ----------------------------


def _no_priority_rows() -> list[list[object]]:
    return _rows(
        ["Title", "Owner", "Status", "Created", "Due"],
        TEXTS,
        PEOPLE,
        ["Open", "Open", "Closed", "In Progress"],
        RAISED,
        DUE,
    )


def test_a_list_without_a_telling_field_is_listed_with_its_closest_register(
    tmp_path: Path,
) -> None:
    adoption = _adopt(_book(tmp_path / "items.xlsx", "Items", _no_priority_rows()))
    assert adoption.report.adopted_tables == []
    (reason,) = _left_out(adoption)
    assert "as close to a risk or an issue or an assumption register" in reason
    assert "A title" in reason and "E due date" in reason
    assert '"register": "risks" or "issues"' in reason and "--mapping" in reason


def test_the_mapping_file_names_the_register_and_the_rerun_gives_it(tmp_path: Path) -> None:
    path = _book(tmp_path / "items.xlsx", "Items", _no_priority_rows())
    mapping = {
        "format": "pmo-adoption-mapping",
        "version": 1,
        "tables": [
            {
                "sheet": "Items",
                "header_row": 1,
                "first_column": "A",
                "last_column": "E",
                "register": "issues",
                "type_column": None,
                "columns": {
                    "Title": "title",
                    "Owner": "owner",
                    "Status": "status",
                    "Created": "raised_date",
                    "Due": "due_date",
                },
            }
        ],
    }
    (tmp_path / "m.json").write_text(json.dumps(mapping), encoding="utf-8")
    adoption = adopt_host(
        open_source(path), default_standards(), mapping=load_mapping(tmp_path / "m.json")
    )
    table = _only(adoption)
    assert (table.register, table.reason) == ("issues", "as the mapping file says")
    assert _field(adoption, "issues", "title") == TEXTS
    assert _field(adoption, "issues", "due_date") == DUE


# --- 3. lists with generic fields that are no register -----------------------------------------

N = ["a", "b", "c", "d"]

NOT_REGISTERS: dict[str, tuple[str, list[list[object]]]] = {
    "task plan": (
        "Plan",
        _rows(
            ["Task Name", "Duration", "Start", "Finish", "Resource Names", "Priority"],
            MILESTONES,
            # every row a task (a row of no duration would be a milestone in a plan of
            # several row kinds: round 17's scheduling-tool exports, test_adopt_round17_plans)
            ["5 days", "10 days", "2 days", "3 days"],
            RAISED,
            DUE,
            PEOPLE,
            ["High", "Low", "Medium", "High"],
        ),
    ),
    "planner tasks with a priority": (
        "Export",
        _rows(
            ["Task", "Assigned To", "Priority", "Progress", "Created", "Due date"],
            TEXTS,
            PEOPLE,
            ["Urgent", "Important", "Medium", "Low"],
            ["Not started", "In progress", "Completed", "In progress"],
            RAISED,
            DUE,
        ),
    ),
    "tool stories": (
        "Export",
        _rows(
            ["Key", "Summary", "Type", "Priority", "Status", "Assignee", "Created", "Due"],
            ["K-1", "K-2", "K-3", "K-4"],
            TEXTS,
            ["Story", "Task", "Story", "Sub-task"],
            ["High", "Low", "Medium", "High"],
            ["Open", "Done", "Open", "Open"],
            PEOPLE,
            RAISED,
            DUE,
        ),
    ),
    "timesheet": (
        "Sheet1",
        _rows(
            ["Date", "Employee", "Description", "Priority", "Status", "Hours"],
            RAISED,
            PEOPLE,
            TEXTS,
            ["High", "Low", "Medium", "High"],
            ["Submitted", "Approved", "Submitted", "Approved"],
            [7.5, 8, 6, 7.5],
        ),
    ),
    "purchase orders": (
        "Export",
        _rows(
            [
                *("PO Number", "Description", "Requested By", "Priority", "Status"),
                *("Order Date", "Delivery Date", "Amount"),
            ],
            ["PO-1001", "PO-1002", "PO-1003", "PO-1004"],
            TEXTS,
            PEOPLE,
            ["High", "Low", "Medium", "High"],
            ["Ordered", "Received", "Ordered", "Open"],
            RAISED,
            DUE,
            [1200.5, 89.99, 15000, 420],
        ),
    ),
    "asset register": (
        "Items",
        _rows(
            [
                *("Asset Tag", "Description", "Owner", "Priority", "Status"),
                *("Purchase Date", "Warranty Expiry", "Units"),
            ],
            ["AT-1", "AT-2", "AT-3", "AT-4"],
            ["Dell laptop 14 inch", "Meeting room screen", "Core switch 48 port", "Label printer"],
            PEOPLE,
            ["High", "Low", "Medium", "High"],
            ["In use", "In use", "Retired", "In store"],
            RAISED,
            [date(2029, 2, 2), date(2029, 2, 9), date(2029, 2, 16), date(2029, 3, 2)],
            [14, 9, 32, 150],
        ),
    ),
    "training log": (
        "Log",
        _rows(
            ["Course Title", "Attendee", "Priority", "Status", "Date Booked", "Completion Due"],
            ["Fire safety awareness", "Data protection basics", "Manual handling", "First aid"],
            PEOPLE,
            ["High", "Low", "Medium", "High"],
            ["Booked", "Completed", "Booked", "Overdue"],
            RAISED,
            DUE,
        ),
    ),
    "contact list": (
        "Export",
        _rows(
            ["Name", "Organisation", "Role", "Email", "Phone"],
            PEOPLE,
            ["Acme", "Globex", "Initech", "Umbrella"],
            ["Sponsor", "Supplier", "User", "Finance"],
            [f"{n}@example.com" for n in N],
            ["0113 496 0000", "0113 496 0001", "0113 496 0002", "0113 496 0003"],
        ),
    ),
    "holiday calendar": (
        "Calendar",
        _rows(
            ["Date", "Holiday", "Day"],
            RAISED,
            ["New Year", "Good Friday", "Easter Monday", "May Day"],
            ["Mon", "Fri", "Mon", "Mon"],
        ),
    ),
    "summary panel": (
        "Summary",
        _rows(["Priority", "Open", "Closed"], ["P1", "P2", "P3", "P4"], [1, 2, 3, 0], [4, 0, 1, 2]),
    ),
    "glossary": (
        "Glossary",
        _rows(
            ["Term", "Definition"],
            ["Baseline", "Forecast", "Owner", "Priority"],
            [
                "The agreed plan dates",
                "The latest expected date",
                "The person accountable",
                "How urgent an item is",
            ],
        ),
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_REGISTERS))
def test_lists_with_generic_fields_that_are_no_register_stay_listed(
    tmp_path: Path, kind: str
) -> None:
    sheet, rows = NOT_REGISTERS[kind]
    adoption = _adopt(_book(tmp_path / "x.xlsx", sheet, rows))
    told = [t for t in adoption.report.adopted_tables if FOUND_BY_FIELDS in t.reason]
    assert told == [], f"{kind} was adopted as {told[0].register}"
    assert adoption.report.adopted_tables == [], kind


@pytest.mark.parametrize("sheet", ["Tasks", "Stories", "Training"])
def test_a_sheet_naming_its_rows_as_other_items_is_not_told_an_issue_log(
    tmp_path: Path, sheet: str
) -> None:
    rows = _rows(
        ["Key", "Summary", "Assignee", "Priority", "State", "Created", "Due"],
        [f"K-{i}" for i in range(1, 5)],
        TEXTS,
        PEOPLE,
        ["High", "Low", "Medium", "High"],
        ["Open", "In Progress", "Closed", "Open"],
        RAISED,
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "t.xlsx", sheet, rows))
    assert adoption.report.adopted_tables == []


def test_a_tracker_with_due_dates_only_names_nothing(tmp_path: Path) -> None:
    """Round 13's rule stands: an issue log ages its issues from the day each was raised."""
    rows = _rows(
        ["#", "Subject", "Assignee", "Status", "Priority", "Due date"],
        [1, 2, 3, 4],
        TEXTS,
        PEOPLE,
        ["New", "Closed", "New", "In Progress"],
        ["High", "Low", "Normal", "High"],
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "t.xlsx", "Sheet1", rows))
    assert adoption.report.adopted_tables == []
    assert "closest to" in _left_out(adoption)[0] or "close to" in _left_out(adoption)[0]


def test_a_plan_with_a_priority_is_no_milestone_plan(tmp_path: Path) -> None:
    rows = _rows(
        ["Item", "Priority", "Planned", "Actual"], MILESTONES, ["High"] * 4, PLANNED, ACTUAL
    )
    adoption = _adopt(_book(tmp_path / "p.xlsx", "Tracker", rows))
    assert [t.register for t in adoption.report.adopted_tables] != ["milestones"]


def test_an_action_log_with_the_same_fields_stays_an_action_log(tmp_path: Path) -> None:
    rows = _rows(
        ["Title", "Owner", "Priority", "Status", "Raised", "Due"],
        TEXTS,
        PEOPLE,
        ["High", "Low", "Medium", "High"],
        ["Open", "Open", "Closed", "Open"],
        RAISED,
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "a.xlsx", "Actions", rows))
    assert adoption.report.adopted_tables == []
    assert "an action log" in _left_out(adoption)[0]


def test_a_register_named_by_its_words_reads_as_before(tmp_path: Path) -> None:
    rows = _rows(
        ["Issue ID", "Title", "Owner", "Priority", "Status", "Raised", "Due"],
        ["I-1", "I-2", "I-3", "I-4"],
        TEXTS,
        PEOPLE,
        ["High", "Low", "Medium", "High"],
        ["Open", "Open", "Closed", "Open"],
        RAISED,
        DUE,
    )
    adoption = _adopt(_book(tmp_path / "i.xlsx", "Issue Log", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert FOUND_BY_FIELDS not in table.reason
    assert table.confidence >= 0.7


def _dependency_rows(parties: list[str]) -> list[list[object]]:
    return _rows(
        ["Title", "Other Team", "Needed By", "Owner", "Status"],
        [
            "Customer extract from the CRM",
            "Single sign-on for agents",
            "Firewall rules",
            "Test SIMs",
        ],
        parties,
        DUE,
        PEOPLE,
        ["Open", "Open", "Closed", "Open"],
    )


def test_an_item_list_with_another_team_and_a_need_by_date_is_a_dependency_log(
    tmp_path: Path,
) -> None:
    rows = _dependency_rows(["Data Platform", "Identity", "Network", "Mobile"])
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Export", rows))
    table = _only(adoption)
    assert (table.register, FOUND_BY_FIELDS in table.reason) == ("dependencies", True)
    assert _field(adoption, "dependencies", "need_by") == DUE
    assert _column(table, "Other Team").target == "counterparty_project_id"


def test_people_as_the_other_party_tell_no_dependency_log(tmp_path: Path) -> None:
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Export", _dependency_rows(PEOPLE[::-1])))
    assert [t.register for t in adoption.report.adopted_tables] != ["dependencies"]


def test_a_left_out_task_plan_says_its_rows_are_tasks(tmp_path: Path) -> None:
    sheet, rows = NOT_REGISTERS["task plan"]
    adoption = _adopt(_book(tmp_path / "x.xlsx", sheet, rows))
    (reason,) = _left_out(adoption)
    assert "'Duration' says its rows are tasks" in reason
    assert "closest to" not in reason  # no hint to name it a register


def test_a_bare_project_column_and_a_due_date_tell_no_dependency_log(tmp_path: Path) -> None:
    """Negative (round 14's rule): every portfolio register names its project; one project
    on every row under a due date is no other party needed by a date."""
    rows = _rows(
        ["Title", "Project", "Due date", "Owner", "Status"],
        TEXTS,
        ["PRJ0012 - HR Cloud"] * 4,
        DUE,
        PEOPLE,
        ["Open", "Open", "Closed", "Open"],
    )
    adoption = _adopt(_book(tmp_path / "x.xlsx", "Export", rows))
    assert "dependencies" not in [t.register for t in adoption.report.adopted_tables]
