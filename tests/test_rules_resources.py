"""Resource rules: a line that breaks each rule, and a near miss that does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rules_support import cell, check, make_result, only

from addin.models import ResourceLine
from addin.rules.resources import weekdays


def line(**changes: Any) -> ResourceLine:
    data: dict[str, Any] = {
        "role": "Business Analyst",
        "person": "Ana Lyst",
        "month": date(2026, 11, 1),
        "planned_days": 15,
    }
    data.update(changes)
    return ResourceLine(**data)


CASES: list[tuple[str, str, dict[str, Any], dict[str, Any], str]] = [
    ("RES-001", "role", {"role": " "}, {"person": None}, "Role is empty"),
    ("RES-002", "planned_days", {"planned_days": -3}, {"planned_days": 0},
     "Planned Days -3 is negative"),
    ("RES-003", "planned_days", {"planned_days": 22}, {"planned_days": 21},
     "Ana Lyst is planned for 22 days in 2026-11, which has 21 working days"),
    ("RES-003", "planned_days", {"planned_days": 40}, {"planned_days": 40, "person": None},
     "40 days"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "column", "broken", "ok", "text"), CASES)
def test_resource_rule_break_and_near_miss(
    code: str, column: str, broken: dict[str, Any], ok: dict[str, Any], text: str
) -> None:
    found = only(check(make_result(resources=[line(**broken)])), code)
    assert [(f.sheet, f.cell, f.register) for f in found] == [
        ("Resources", cell("resources", 5, column), "resources")
    ]
    assert text in found[0].message
    assert check(make_result(resources=[line(**ok)])) == []


def test_weekdays() -> None:
    assert [weekdays(date(2026, m, 1)) for m in (2, 11, 12)] == [20, 21, 23]


def test_every_resource_code_has_a_case() -> None:
    from addin.catalogue import all_rules

    assert {r.code for r in all_rules() if r.code.startswith("RES-")} == {c[0] for c in CASES}
