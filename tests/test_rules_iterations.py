"""Iteration rules: a sprint that breaks each rule, and a near miss that does not."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rules_support import cell, check, make_result, only

from addin.models import Iteration


def sprint(n: int, **changes: Any) -> Iteration:
    start = date(2026, 9, 1 + 14 * (n - 1)) if n < 3 else date(2026, 9, 29)
    data: dict[str, Any] = {
        "iteration": f"Sprint {n}",
        "start": start,
        "end": date.fromordinal(start.toordinal() + 13),
        "committed_points": 30,
        "completed_points": 28,
        "scope_added": 3,
        "remaining_points": 100,
    }
    data.update(changes)
    return Iteration(**data)


# code, column of the second sprint (row 6), its changes, near-miss changes, text
CASES: list[tuple[str, str, dict[str, Any], dict[str, Any], str]] = [
    ("ITR-001", "end", {"end": None}, {"scope_added": None}, "Sprint 2: End is empty"),
    ("ITR-002", "end", {"end": date(2026, 9, 14)}, {"end": date(2026, 9, 15)},
     "End 2026-09-14 is before Start 2026-09-15"),
    ("ITR-003", "start", {"start": date(2026, 9, 14)}, {"start": date(2026, 9, 15)},
     "starts 2026-09-14, before Sprint 1 ends (2026-09-14)"),
    ("ITR-004", "completed_points", {"completed_points": -1},
     {"completed_points": 0, "committed_points": 0},  # (0 of 30 would be a say/do finding)
     "Completed Points -1 is negative"),
    ("ITR-004", "scope_added", {"scope_added": -2}, {"scope_added": 0},
     "Scope Added -2 is negative"),
    # the template's Remaining Points check (0 or more) is bypassed by a paste: the rule
    # must catch it, on any row (not only the last ended one, whose forecast says so)
    ("ITR-004", "remaining_points", {"remaining_points": -5}, {"remaining_points": 0},
     "Remaining Points -5 is negative"),
    ("ITR-005", "committed_points", {"committed_points": None}, {"committed_points": 0},
     "Completed Points 28 without Committed Points"),
    ("ITR-006", "start", {"start": date(2026, 8, 18), "end": date(2026, 8, 31)},
     {"start": date(2026, 9, 15)}, "starts 2026-08-18, before Sprint 1 (2026-09-01)"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "column", "broken", "ok", "text"), CASES)
def test_iteration_rule_break_and_near_miss(
    code: str, column: str, broken: dict[str, Any], ok: dict[str, Any], text: str
) -> None:
    found = only(check(make_result(iterations=[sprint(1), sprint(2, **broken)])), code)
    assert [(f.sheet, f.cell, f.register) for f in found] == [
        ("Iterations", cell("iterations", 6, column), "iterations")
    ]
    assert text in found[0].message
    assert check(make_result(iterations=[sprint(1), sprint(2, **ok)])) == []


def test_every_iteration_code_has_a_case() -> None:
    from addin.catalogue import all_rules

    # ITR-1xx (agile delivery) are tested in test_agile_rules.py
    assert {r.code for r in all_rules() if r.code.startswith("ITR-0")} == {c[0] for c in CASES}
