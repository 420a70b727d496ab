"""The closing summary's capacity line (`pmo consolidate` without --json)."""

from __future__ import annotations

from typing import Any


def capacity_summary(capacity: dict[str, Any] | None) -> list[str]:
    if not capacity:
        return []
    over = capacity.get("over_allocated", [])
    roles = [r for r in capacity.get("roles", []) if r.get("capacity") is not None]
    if not roles:
        return ["  Capacity: no capacity workbook (demand by role only; see the Capacity sheet)"]
    people = len({o["person"] for o in over})
    hot = sum(1 for r in roles if r["demand"] > r["capacity"])
    unknown = len(capacity.get("unknown_people", []))
    return [
        f"  Capacity: {_count(people, 'person', 'people')} over-allocated in "
        f"{_count(len(over), 'person-month', 'person-months')}, "
        f"{_count(hot, 'role-month', 'role-months')} over capacity, "
        f"{_count(unknown, 'person', 'people')} not in the capacity workbook (Capacity sheet)"
    ]


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
