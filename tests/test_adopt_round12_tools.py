"""Round 12 of issue 15: finding columns by the field names of the tools registers are
exported from (Jira, Azure DevOps, ServiceNow, MS Project, Planner, Asana, Monday,
Smartsheet, Wrike). Every shape was written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt as _adopt
from adopt_sheets import book as _book
from adopt_sheets import only as _only

from addin.adopt.match import candidates
from addin.adopt.report import TableReport
from addin.adopt.synonyms import KNOWN_UNMAPPED, TOOL_FIELDS, tool_column

DAY = date(2026, 3, 14)
PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee"]


def _targets(table: TableReport) -> dict[str, tuple[str | None, float]]:
    return {c.header: (c.target, c.confidence) for c in table.columns}


# --- tool export field names ------------------------------------------------------------


def _tool_cases() -> list[tuple[str, str, str, str]]:
    cases = []
    for tool, fields in TOOL_FIELDS.items():
        for field, meaning in fields.items():
            for register in ("risks", "issues", "dependencies", "assumptions", "milestones"):
                column = tool_column(register, meaning)
                if column:
                    cases.append((tool, field, register, column))
    return cases


@pytest.mark.parametrize(("tool", "field", "register", "column"), _tool_cases())
def test_every_tool_field_reads_as_its_column_in_each_register(
    tool: str, field: str, register: str, column: str
) -> None:
    found = candidates(field.title(), register)
    assert found, f"{tool} {field!r} reads as nothing in {register}"
    assert (found[0].column_key, found[0].confidence) == (column, 1.0), (tool, field)


def test_tool_fields_with_no_standard_column_are_listed_with_why() -> None:
    listed = {f: m[1:] for fs in TOOL_FIELDS.values() for f, m in fs.items() if m[0] == "!"}
    assert listed
    for field in listed:
        assert field in KNOWN_UNMAPPED


def test_a_servicenow_problem_export_maps_every_field_with_a_meaning(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Number", "Short description", "Assigned to", "State", "Opened", "Opened by"],
        ["PRB0001", "Login fails", PEOPLE[0], "Open", DAY, PEOPLE[1]],
        ["PRB0002", "Slow page", PEOPLE[1], "Closed", DAY, PEOPLE[2]],
        ["PRB0003", "Crash", PEOPLE[2], "Open", DAY, PEOPLE[0]],
    ]
    adoption = _adopt(_book(tmp_path / "sn.xlsx", "Problems", rows))
    table = _only(adoption)
    assert table.register == "issues"
    got = _targets(table)
    # "Short description" was found only by its values before round 12 (0.70, flagged)
    assert got["Short description"] == ("title", 1.0)
    assert got["Opened by"] == (None, 0.0)
    (opened_by,) = [c for c in table.columns if c.header == "Opened by"]
    assert opened_by.note == "who raised it has no standard column"
    assert [i.title for i in adoption.project.items("issues")] == [
        "Login fails",
        "Slow page",
        "Crash",
    ]


def test_ms_project_resource_names_are_the_milestone_owner(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Task Name", "Duration", "Baseline Finish", "Resource Names", "Milestone"],
        [1, "Design sign-off", "0 days", DAY, PEOPLE[0], "Yes"],
        [2, "Build", "10 days", DAY, PEOPLE[1], "No"],
        [3, "Go live", "0 days", DAY, PEOPLE[2], "Yes"],
    ]
    adoption = _adopt(_book(tmp_path / "msp.xlsx", "Plan", rows))
    table = _only(adoption)
    got = _targets(table)
    assert got["Resource Names"] == ("owner", 1.0)  # by its values only (0.70) before
    (duration,) = [c for c in table.columns if c.header == "Duration"]
    assert duration.note == "a task's duration has no standard column"
    milestones = adoption.project.items("milestones")
    assert [(m.milestone, m.owner) for m in milestones] == [
        ("Design sign-off", "Jane Smith"),
        ("Go live", "Ann Lee"),
    ]


def test_a_tools_name_field_says_no_assumption_or_decision_log(tmp_path: Path) -> None:
    """A board of Name / Person / Status / Date is no assumption log because it has a Name:
    the generic name column is a title only where the register's own noun is not needed."""
    rows: list[list[object]] = [
        ["Name", "Person", "Status", "Date"],
        ["Server out of disk", PEOPLE[0], "Stuck", DAY],
        ["Invoice disputed", PEOPLE[1], "Working on it", DAY],
        ["Spec missing fields", PEOPLE[2], "Done", DAY],
    ]
    adoption = _adopt(_book(tmp_path / "board.xlsx", "Board", rows))
    assert not adoption.project.items("assumptions")
    assert not adoption.project.items("decisions")
