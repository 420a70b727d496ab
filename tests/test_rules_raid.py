"""RAID rules: for each code, a row that breaks it (found, right code, sheet, cell, item ID)
and a near-miss row that does not (no finding)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from rules_support import (
    AS_OF,
    FILE,
    HEADER_ROW,
    cell,
    check,
    good_assumption,
    good_decision,
    good_dependency,
    good_issue,
    good_milestone,
    good_risk,
    make_result,
    only,
)

from addin import layout

ROW = HEADER_ROW + 2  # the case's item is the second row of its register


@dataclass
class Case:
    code: str
    register: str
    column: str
    broken: Callable[[], Any]
    ok: Callable[[], Any]
    item_id: str | None = None
    severity: str = "error"
    message: str = ""  # a fragment the user must see


FIRST = {
    "risks": lambda: good_risk(id="R-100"),
    "assumptions": lambda: good_assumption(id="A-100"),
    "issues": lambda: good_issue(id="I-100"),
    "dependencies": lambda: good_dependency(id="D-100"),
    "decisions": lambda: good_decision(id="DC-100"),
    "milestones": lambda: good_milestone(id="M-100"),
}

CASES = [
    Case(
        "RAID-001",
        "risks",
        "id",
        lambda: good_risk(id=None),
        lambda: good_risk(id="R-007"),
        None,
        "error",
        "has no ID",
    ),
    Case(
        "RAID-001",
        "decisions",
        "id",
        lambda: good_decision(id="  "),
        good_decision,
        None,
        "error",
        "has no ID",
    ),
    Case(
        "RAID-002",
        "issues",
        "id",
        lambda: good_issue(id="i-100"),
        lambda: good_issue(id="I-101"),
        "i-100",
        "error",
        "used twice",
    ),
    Case(
        "RAID-003",
        "risks",
        "probability",
        lambda: good_risk(probability=7),
        lambda: good_risk(probability=4),
        "R-001",
        "error",
        "Probability 7 is outside 1-5",
    ),
    Case(
        "RAID-003",
        "risks",
        "residual_impact",
        lambda: good_risk(residual_impact=2.5),
        lambda: good_risk(residual_impact=2),
        "R-001",
        "error",
        "outside 1-5",
    ),
    Case(
        "RAID-003",
        "issues",
        "severity",
        lambda: good_issue(severity=0),
        lambda: good_issue(severity=1),
        "I-001",
        "error",
        "Severity 0",
    ),
    Case(
        "RAID-004",
        "risks",
        "id",
        lambda: good_risk(id="Risk 4"),
        lambda: good_risk(id="R-4"),
        "Risk 4",
        "warning",
        "not in the form R-001",
    ),
    Case(
        "RAID-005",
        "risks",
        "id",
        lambda: good_risk(id="I-003"),
        lambda: good_risk(id="R-003"),
        "I-003",
        "warning",
        "IDs start with R-",
    ),
    Case(
        "RAID-006",
        "dependencies",
        "owner",
        lambda: good_dependency(owner=None),
        good_dependency,
        "D-001",
        "error",
        "has no owner",
    ),
    Case(
        "RAID-006",
        "milestones",
        "owner",
        lambda: good_milestone(owner=""),
        good_milestone,
        "M-001",
        "error",
        "has no owner",
    ),
    Case(
        "RAID-007",
        "risks",
        "owner",
        lambda: good_risk(owner="t.b.c."),
        lambda: good_risk(owner="Tabitha"),
        "R-001",
        "warning",
        "placeholder",
    ),
    Case(
        "RAID-007",
        "assumptions",
        "owner",
        lambda: good_assumption(owner="N/A"),
        lambda: good_assumption(owner="Nadia"),
        "A-001",
        "warning",
        "placeholder",
    ),
    Case(
        "RAID-008",
        "risks",
        "category",
        lambda: good_risk(category="Weather"),
        lambda: good_risk(category="technical"),
        "R-001",
        "error",
        "'Weather' is not in the list",
    ),
    Case(
        "RAID-008",
        "dependencies",
        "direction",
        lambda: good_dependency(direction="Both"),
        lambda: good_dependency(direction="Outbound"),
        "D-001",
        "error",
        "pick one of Inbound, Outbound",
    ),
    Case(
        "RAID-009",
        "risks",
        "score",
        lambda: good_risk(score=10),
        lambda: good_risk(score=12),
        "R-001",
        "warning",
        "Score 10 is not Probability x Impact = 12",
    ),
    Case(
        "RAID-009",
        "risks",
        "rating",
        lambda: good_risk(rating="Low"),
        lambda: good_risk(rating="High"),
        "R-001",
        "warning",
        "which is High",
    ),
    Case(
        "RAID-009",
        "risks",
        "residual_score",
        lambda: good_risk(residual_score=9),
        lambda: good_risk(residual_score=6),
        "R-001",
        "warning",
        "Residual Score 9",
    ),
    Case(
        "RAID-009",
        "dependencies",
        "slack_days",
        lambda: good_dependency(slack_days=3),
        lambda: good_dependency(slack_days=16),
        "D-001",
        "warning",
        "Slack Days 3",
    ),
    Case(
        "RAID-011",
        "risks",
        "response",
        lambda: good_risk(probability=4, impact=5, response=None),
        lambda: good_risk(
            probability=4, impact=5, response=None, status="Closed", closed_date=date(2026, 11, 1)
        ),
        "R-001",
        "error",
        "open Critical risk (score 20) has no response",
    ),
    Case(
        "RAID-011",
        "risks",
        "response",
        lambda: good_risk(probability=3, impact=4, response=" "),
        lambda: good_risk(probability=3, impact=3, response=None),
        "R-001",
        "error",
        "open High risk",
    ),
    Case(
        "RAID-012",
        "risks",
        "due_date",
        lambda: good_risk(due_date=date(2026, 11, 20)),
        lambda: good_risk(due_date=AS_OF),
        "R-001",
        "warning",
        "still open 10 days after its Due Date",
    ),
    Case(
        "RAID-012",
        "issues",
        "due_date",
        lambda: good_issue(due_date=date(2026, 11, 1)),
        lambda: good_issue(
            due_date=date(2026, 11, 1), status="Resolved", closed_date=date(2026, 11, 3)
        ),
        "I-001",
        "warning",
        "Due Date 2026-11-01",
    ),
    Case(
        "RAID-012",
        "dependencies",
        "need_by",
        lambda: good_dependency(need_by=date(2026, 11, 29), committed_date=None),
        lambda: good_dependency(
            need_by=date(2026, 11, 29),
            committed_date=None,
            status="Delivered",
            closed_date=date(2026, 11, 28),
        ),
        "D-001",
        "warning",
        "Need By 2026-11-29",
    ),
    Case(
        "RAID-013",
        "risks",
        "closed_date",
        lambda: good_risk(status="Closed"),
        lambda: good_risk(status="Closed", closed_date=date(2026, 11, 2)),
        "R-001",
        "warning",
        "status is Closed but Closed Date is empty",
    ),
    Case(
        "RAID-013",
        "assumptions",
        "closed_date",
        lambda: good_assumption(status="Validated"),
        lambda: good_assumption(status="Validated", closed_date=date(2026, 11, 2)),
        "A-001",
        "warning",
        "Validated",
    ),
    Case(
        "RAID-014",
        "issues",
        "closed_date",
        lambda: good_issue(status="Closed", closed_date=date(2026, 11, 1)),
        lambda: good_issue(status="Closed", closed_date=date(2026, 11, 2)),
        "I-001",
        "error",
        "before Raised Date 2026-11-02",
    ),
    Case(
        "RAID-015",
        "risks",
        "last_updated",
        lambda: good_risk(last_updated=date(2026, 10, 30)),
        lambda: good_risk(last_updated=date(2026, 10, 31)),
        "R-001",
        "warning",
        "31 days ago",
    ),
    Case(
        "RAID-015",
        "issues",
        "last_updated",
        lambda: good_issue(last_updated=None, raised_date=date(2026, 9, 1)),
        lambda: good_issue(last_updated=None, raised_date=date(2026, 11, 1)),
        "I-001",
        "warning",
        "never updated since it was raised",
    ),
    Case(
        "RAID-016",
        "risks",
        "residual_probability",
        lambda: good_risk(residual_probability=4, residual_impact=4),
        lambda: good_risk(residual_probability=3, residual_impact=4),
        "R-001",
        "warning",
        "residual score 16 is above the score 12",
    ),
    Case(
        "RAID-017",
        "assumptions",
        "validate_by",
        lambda: good_assumption(validate_by=date(2026, 11, 1)),
        lambda: good_assumption(
            validate_by=date(2026, 11, 1),
            status="Invalid",
            closed_date=date(2026, 11, 2),
            outcome="No space",
        ),
        "A-001",
        "warning",
        "29 days after its Validate By date",
    ),
    Case(
        "RAID-018",
        "dependencies",
        "counterparty_project_id",
        lambda: good_dependency(counterparty_project_id=None),
        good_dependency,
        "D-001",
        "error",
        "no Counterparty Project ID",
    ),
    Case(
        "RAID-019",
        "dependencies",
        "need_by",
        lambda: good_dependency(need_by=None),
        good_dependency,
        "D-001",
        "error",
        "no Need By date",
    ),
    Case(
        "RAID-020",
        "dependencies",
        "committed_date",
        lambda: good_dependency(committed_date=date(2027, 2, 10)),
        lambda: good_dependency(committed_date=date(2027, 1, 31)),
        "D-001",
        "warning",
        "10 days after it is needed",
    ),
    Case(
        "RAID-021",
        "issues",
        "escalation_level",
        lambda: good_issue(severity=4),
        lambda: good_issue(severity=4, escalation_level="Programme"),
        "I-001",
        "error",
        "must be escalated beyond Project",
    ),
    Case(
        "RAID-021",
        "issues",
        "escalation_level",
        lambda: good_issue(severity=5, escalation_level=None),
        lambda: good_issue(severity=3, escalation_level=None),
        "I-001",
        "error",
        "Escalation Level empty",
    ),
    Case(
        "RAID-022",
        "risks",
        "linked_ids",
        lambda: good_risk(linked_ids="I-100, D-009"),
        lambda: good_risk(linked_ids="I-100; D-100"),
        "R-001",
        "warning",
        "names D-009",
    ),
    Case(
        "RAID-022",
        "issues",
        "source_risk_id",
        lambda: good_issue(source_risk_id="R-404"),
        lambda: good_issue(source_risk_id="R-100"),
        "I-001",
        "warning",
        "Source Risk ID names R-404",
    ),
    Case(
        "RAID-023",
        "risks",
        "title",
        lambda: good_risk(title=None),
        good_risk,
        "R-001",
        "error",
        "Title is empty",
    ),
    Case(
        "RAID-023",
        "decisions",
        "made_by",
        lambda: good_decision(made_by=""),
        good_decision,
        "DC-001",
        "error",
        "Made By is empty",
    ),
    Case(
        "RAID-024",
        "risks",
        "closed_date",
        lambda: good_risk(closed_date=date(2026, 11, 2)),
        lambda: good_risk(closed_date=date(2026, 11, 2), status="closed"),
        "R-001",
        "warning",
        "set a closed status or clear the date",
    ),
    Case(
        "RAID-025",
        "issues",
        "raised_date",
        lambda: good_issue(raised_date=date(2026, 12, 1)),
        lambda: good_issue(raised_date=AS_OF),
        "I-001",
        "warning",
        "after the as-of date",
    ),
    Case(
        "RAID-025",
        "decisions",
        "date",
        lambda: good_decision(date=date(2027, 1, 1)),
        good_decision,
        "DC-001",
        "warning",
        "Date 2027-01-01",
    ),
]


def _workbook(case: Case, item: Any) -> Any:
    """Every ID register gets one good first row (the link targets); the case's item is
    the second row of its register."""
    registers = {key: [make()] for key, make in FIRST.items()}
    registers[case.register].append(item)
    return make_result(**registers)


def _id(case: Case) -> str:
    return f"{case.code}-{case.register}-{case.column}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_row_that_breaks_the_rule_is_found_at_its_cell(case: Case) -> None:
    findings = only(check(_workbook(case, case.broken())), case.code)
    assert len(findings) == 1, findings
    finding = findings[0]
    sheet = layout.REGISTERS_BY_KEY[case.register].sheet
    assert (finding.file, finding.sheet, finding.cell) == (
        FILE,
        sheet,
        cell(case.register, ROW, case.column),
    )
    assert finding.register == case.register
    assert finding.item_id == case.item_id
    assert finding.severity == case.severity
    assert case.message in finding.message
    assert finding.address == f"{sheet}!{finding.cell}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_row_that_keeps_the_rule_gives_no_finding(case: Case) -> None:
    assert check(_workbook(case, case.ok())) == []


def test_every_raid_code_has_a_case() -> None:
    from addin.catalogue import all_rules

    raid = {r.code for r in all_rules() if r.code.startswith("RAID-")}
    assert raid == {c.code for c in CASES}


def test_the_message_starts_with_the_item_id_and_says_the_fix() -> None:
    findings = check(make_result(risks=[good_risk(id="R-004", probability=7)]))
    assert [f.message for f in findings] == [
        "R-004: Probability 7 is outside 1-5; enter a whole number 1-5"
    ]
    assert findings[0].address == "Risks!H5"


def test_a_row_without_an_id_is_named_by_its_row() -> None:
    findings = only(check(make_result(risks=[good_risk(id=None)])), "RAID-001")
    assert findings[0].message.startswith("row 5: this risk has no ID")


def test_every_bad_row_is_reported_not_only_the_first() -> None:
    risks = [good_risk(id=f"R-{n:03d}", probability=9) for n in range(1, 41)]
    findings = only(check(make_result(risks=risks)), "RAID-003")
    assert [f.cell for f in findings] == [f"H{row}" for row in range(5, 45)]


def test_a_stricter_placeholder_list_in_the_standards_is_used(standards: Any) -> None:
    strict = standards.model_copy(
        update={"risk": standards.risk.model_copy(update={"placeholder_owners": ["Someone"]})}
    )
    result = make_result(risks=[good_risk(owner="someone"), good_risk(id="R-002", owner="TBC")])
    assert [f.item_id for f in only(check(result, strict), "RAID-007")] == ["R-001"]
