"""Project sheet rules: a header that breaks each rule, and a near miss that does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rules_support import (
    check,
    finance_line,
    good_finance,
    good_header,
    good_risk,
    make_result,
    only,
    project_cell,
)

# code, field whose cell is reported, breaking header changes, near-miss changes, severity, text
CASES: list[tuple[str, str, dict[str, Any], dict[str, Any], str, str]] = [
    (
        "PRJ-001",
        "project_id",
        {"project_id": None},
        {"project_id": "X1"},
        "error",
        "Project ID is empty",
    ),
    (
        "PRJ-002",
        "project_id",
        {"project_id": "PRJ 42"},
        {"project_id": "PRJ-42"},
        "error",
        "'PRJ 42' is not a project code",
    ),
    (
        "PRJ-002",
        "project_id",
        {"project_id": "Billing"},
        {"project_id": "BILL.7"},
        "error",
        "not a project code",
    ),
    ("PRJ-003", "sponsor", {"sponsor": " "}, {"programme": None}, "error", "Sponsor is empty"),
    (
        "PRJ-003",
        "report_date",
        {"report_date": None},
        {"forecast_end_date": None},
        "error",
        "Report Date is empty",
    ),
    (
        "PRJ-004",
        "report_date",
        {"report_date": date(2026, 11, 15)},
        {"report_date": date(2026, 11, 16)},
        "warning",
        "is 15 days old (more than 14)",
    ),
    (
        "PRJ-005",
        "planned_end_date",
        {"planned_end_date": date(2025, 12, 31)},
        {"planned_end_date": date(2026, 1, 5)},
        "error",
        "before the Start Date 2026-01-05",
    ),
    (
        "PRJ-005",
        "forecast_end_date",
        {"forecast_end_date": date(2025, 1, 1)},
        {"forecast_end_date": date(2027, 9, 1)},
        "error",
        "Forecast End Date 2025-01-01",
    ),
    (
        "PRJ-008",
        "report_date",
        {"report_date": date(2026, 12, 1)},
        {"report_date": date(2026, 11, 30)},
        "warning",
        "after the as-of date",
    ),
    (
        "PRJ-009",
        "stage",
        {"stage": "Build"},
        {"stage": "delivery"},
        "error",
        "Stage 'Build' is not in the list",
    ),
    (
        "PRJ-009",
        "overall_rag",
        {"overall_rag": "Blue"},
        {"overall_rag": "Amber"},
        "error",
        "pick one of Green, Amber, Red",
    ),
    ("PRJ-010", "job_size", {"job_size": 8}, {"job_size": 5}, "error", "Job Size 8 is outside 1-5"),
]


@pytest.mark.parametrize(("code", "field", "broken", "ok", "severity", "text"), CASES)
def test_project_rule_break_and_near_miss(
    code: str, field: str, broken: dict[str, Any], ok: dict[str, Any], severity: str, text: str
) -> None:
    found = only(check(make_result(good_header(**broken))), code)
    assert len(found) == 1, found
    f = found[0]
    assert (f.sheet, f.cell, f.register, f.severity) == (
        "Project",
        project_cell(field),
        "project",
        severity,
    )
    assert text in f.message
    assert check(make_result(good_header(**ok))) == []


def test_green_with_an_open_critical_risk() -> None:
    critical = good_risk(id="R-009", probability=5, impact=4)
    found = only(check(make_result(risks=[good_risk(), critical])), "PRJ-006")
    assert [(f.cell, f.item_id) for f in found] == [(project_cell("overall_rag"), "PRJ-0042")]
    assert "1 Critical risk is open (R-009)" in found[0].message
    # Amber overall, or the critical risk closed: nothing to say.
    assert check(make_result(good_header(overall_rag="Amber"), risks=[critical])) == []
    closed = good_risk(
        id="R-009", probability=5, impact=4, status="Closed", closed_date=date(2026, 11, 1)
    )
    assert check(make_result(risks=[closed])) == []


def test_green_with_a_red_cost_rag_as_entered() -> None:
    found = only(check(make_result(good_header(cost_rag="Red"))), "PRJ-007")
    assert [f.cell for f in found] == [project_cell("overall_rag")]
    assert "Cost RAG is Red" in found[0].message
    assert only(check(make_result(good_header(cost_rag="Amber"))), "PRJ-007") == []


def test_green_with_finance_that_computes_red() -> None:
    lines = good_finance()
    lines[-1] = finance_line(date(2026, 12, 1), forecast=3000.0)  # EAC 14,000 vs BAC 12,000
    findings = check(make_result(finance=lines))
    assert "PRJ-007" in {f.code for f in findings}
    assert "the finance figures give Cost RAG Red" in only(findings, "PRJ-007")[0].message


def test_cost_rag_that_disagrees_with_the_finance_figures() -> None:
    lines = good_finance()
    lines[-1] = finance_line(date(2026, 12, 1), forecast=1700.0)  # 7,000/12,000: 5.8% over
    found = only(check(make_result(good_header(overall_rag="Amber"), finance=lines)), "PRJ-011")
    assert [(f.cell, f.severity) for f in found] == [(project_cell("cost_rag"), "warning")]
    assert "Cost RAG is Green but the Finance sheet gives Amber" in found[0].message
    header = good_header(overall_rag="Amber", cost_rag="Amber")
    assert only(check(make_result(header, finance=lines)), "PRJ-011") == []


def test_project_rules_wait_for_a_project_sheet() -> None:
    result = make_result(good_header(project_id=None, sponsor=None))
    result.project_cells.clear()  # the reader found no Project sheet (its own finding)
    assert [f for f in check(result) if f.code.startswith("PRJ-")] == []
