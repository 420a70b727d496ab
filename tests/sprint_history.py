"""Iterations registers of two-week sprints, as the agile tests (the rules, the roll-up's
Agile sheet, the burn-up chart, the UDFs, the upgrade corpus) build them: one place for
the sprint calendar, so every test that compares figures reads the same dates."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from addin.models import Iteration

FIRST = date(2026, 8, 10)  # a Monday; two-week sprints Monday to Sunday
SPRINT_DAYS = 14

#: (committed, completed, scope added, remaining) points of one sprint.
SprintRow = tuple[float, float | None, float, float | None]


def sprint_history(
    rows: Sequence[SprintRow], *, first: date = FIRST, first_row: int | None = None
) -> list[Iteration]:
    """One sprint per row, "Sprint 1" starting on ``first``, each 14 days (Monday to
    Sunday) after the one before. ``first_row``, when given, is the sheet row of Sprint 1
    (``source_row``), for the rules whose findings name a cell."""
    sprints = []
    for n, (committed, completed, added, remaining) in enumerate(rows):
        start = first + timedelta(days=SPRINT_DAYS * n)
        sprints.append(
            Iteration(
                iteration=f"Sprint {n + 1}",
                start=start,
                end=start + timedelta(days=SPRINT_DAYS - 1),
                committed_points=committed,
                completed_points=completed,
                scope_added=added,
                remaining_points=remaining,
                source_row=None if first_row is None else first_row + n,
            )
        )
    return sprints
