"""Milestone rules: a milestone that breaks each rule, and a near miss that does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rules_support import AS_OF, HEADER_ROW, cell, check, good_milestone, make_result, only

ROW = HEADER_ROW + 1

CASES: list[tuple[str, str, dict[str, Any], dict[str, Any], str, str]] = [
    (
        "MS-001",
        "forecast_date",
        {"forecast_date": date(2026, 12, 26)},
        {"forecast_date": date(2026, 12, 25)},
        "warning",
        "is 11 days after the baseline",
    ),
    (
        "MS-002",
        "forecast_date",
        {"forecast_date": date(2026, 11, 29), "baseline_date": date(2026, 11, 29)},
        {"forecast_date": AS_OF, "baseline_date": AS_OF},
        "warning",
        "has passed (1 days ago)",
    ),
    (
        "MS-003",
        "actual_date",
        {"actual_date": date(2026, 12, 1), "status": "Complete"},
        {"actual_date": AS_OF, "status": "Complete"},
        "error",
        "after the as-of date",
    ),
    (
        "MS-004",
        "actual_date",
        {"status": "Complete"},
        {"status": "Complete", "actual_date": date(2026, 11, 2)},
        "error",
        "status is Complete but Actual Date is empty",
    ),
    (
        "MS-005",
        "baseline_date",
        {"gate": "N", "baseline_date": None},
        {"gate": "N"},
        "warning",
        "no Baseline Date",
    ),
    (
        "MS-006",
        "baseline_date",
        {"gate": "y", "baseline_date": None},
        {"gate": "Y"},
        "error",
        "gate milestone has no Baseline Date",
    ),
    (
        "MS-007",
        "actual_date",
        {"actual_date": date(2026, 11, 2)},
        {"actual_date": date(2026, 11, 2), "status": "Closed"},
        "warning",
        "but status In Progress; set it to Complete",
    ),
    (
        "MS-008",
        "slippage_days",
        {"slippage_days": 0},
        {"slippage_days": 3},
        "warning",
        "Slippage Days 0 does not match the dates (3)",
    ),
    (
        "MS-009",
        "status",
        {"status": "Done"},
        {"status": "at risk"},
        "error",
        "Status 'Done' is not in the list",
    ),
    (
        "MS-010",
        "milestone",
        {"milestone": None},
        {"owner": "Another Owner"},
        "error",
        "Milestone is empty",
    ),
]


@pytest.mark.parametrize(("code", "column", "broken", "ok", "severity", "text"), CASES)
def test_milestone_rule_break_and_near_miss(
    code: str, column: str, broken: dict[str, Any], ok: dict[str, Any], severity: str, text: str
) -> None:
    found = only(check(make_result(milestones=[good_milestone(**broken)])), code)
    assert len(found) == 1, found
    f = found[0]
    assert (f.sheet, f.cell, f.item_id, f.severity) == (
        "Milestones",
        cell("milestones", ROW, column),
        "M-001",
        severity,
    )
    assert text in f.message
    assert check(make_result(milestones=[good_milestone(**ok)])) == []


def test_every_milestone_code_has_a_case() -> None:
    from addin.catalogue import all_rules

    assert {r.code for r in all_rules() if r.code.startswith("MS-")} == {c[0] for c in CASES}


def test_the_slip_threshold_comes_from_the_standards(standards: Any) -> None:
    loose = standards.model_copy(
        update={"milestones": standards.milestones.model_copy(update={"slip_warning_days": 30})}
    )
    slipped = make_result(milestones=[good_milestone(forecast_date=date(2027, 1, 10))])
    assert [f.code for f in check(slipped)] == ["MS-001"]
    assert check(slipped, loose) == []
