"""Realistic sprint histories for the demo's agile and hybrid projects (SPEC 16), and the
two agile patterns the demo plants: scope creep (ITR-104) and falling say/do (ITR-101).

A clean history has a team velocity that wobbles around its capacity, commitments close
to it, a little scope added each sprint, and a backlog (Remaining Points) sized so that
the forecast lands on or before the Planned End Date: the Agile sheet shows it green and
no rule fires. The planted patterns rewrite the last sprints of a defective project.
"""

from __future__ import annotations

import math
from datetime import timedelta

from addin.agile import ended_iterations
from addin.demo.manifest import PlantedDefect
from addin.demo.plan import Planted, ProjectPlan
from addin.demo.plant_base import planted
from addin.models import Iteration
from addin.standards import Standards

#: Sprint length in days (Monday to Sunday, two weeks).
SPRINT_DAYS = 14
#: Sprints a planted pattern rewrites (the rules look at the last 3 by default).
PATTERN_SPRINTS = 3


def make_iterations(plan: ProjectPlan, standards: Standards) -> list[Iteration]:
    """Two-week sprints from the start until a month past the report date (agile and
    hybrid projects only); the ended ones with their points and Remaining Points."""
    if plan.method == "Waterfall":
        return []
    rng = plan.rng
    header = plan.data.header
    start = header.start_date or plan.as_of
    horizon = min(plan.report_date + timedelta(days=30), header.planned_end_date or plan.as_of)
    capacity = rng.randint(22, 38)  # the team's points per sprint
    items: list[Iteration] = []
    number = 1
    while start + timedelta(days=SPRINT_DAYS - 1) <= horizon:
        end = start + timedelta(days=SPRINT_DAYS - 1)
        committed = max(5, capacity + rng.randint(-3, 4))
        done = end <= plan.report_date
        items.append(
            Iteration(
                iteration=f"Sprint {number}",
                start=start,
                end=end,
                committed_points=committed,
                completed_points=round(committed * rng.uniform(0.86, 1.02)) if done else None,
                scope_added=rng.randint(0, 4) if done else None,
            )
        )
        start = end + timedelta(days=1)
        number += 1
    _size_backlog(plan, items, standards)
    return items


def _size_backlog(plan: ProjectPlan, items: list[Iteration], standards: Standards) -> None:
    """Remaining Points of the ended sprints: what is left at the last one fits in the
    sprints before the Planned End Date at the slowest recent pace, and each earlier
    sprint had what it completed (less what was added) more."""
    ended = ended_iterations(items, plan.report_date)
    if not ended:
        return
    last_end = ended[-1].end
    planned_end = plan.data.header.planned_end_date
    assert last_end is not None
    window = ended[-standards.agile.last_n :]
    slowest = min(it.completed_points or 0 for it in window)
    left = max(0, (planned_end - last_end).days // SPRINT_DAYS - 1) if planned_end else 0
    remaining = float(math.floor(slowest * left * 0.9))
    for it in reversed(ended):
        it.remaining_points = remaining
        remaining += (it.completed_points or 0) - (it.scope_added or 0)
        remaining = max(remaining, 0.0)


def _pattern_window(plan: ProjectPlan, standards: Standards) -> list[int] | None:
    """Positions (in the Iterations table) of the last sprints a pattern rewrites; None
    for a project that is not agile or has too short a history."""
    if not standards.agile.applies_to(plan.data.header.delivery_method):
        return None
    iterations = plan.data.iterations
    ended = ended_iterations(iterations, plan.report_date)
    if len(ended) < PATTERN_SPRINTS + 1 or ended[-1].remaining_points is None:
        return None
    return [iterations.index(it) for it in ended[-PATTERN_SPRINTS:]]


def _carry_remaining(iterations: list[Iteration], positions: list[int]) -> None:
    """Remaining Points of the rewritten sprints, carried on from the sprint before."""
    before = iterations[positions[0] - 1].remaining_points or 0.0
    for position in positions:
        it = iterations[position]
        before = max(0.0, before - (it.completed_points or 0) + (it.scope_added or 0))
        it.remaining_points = before


def scope_creep(plan: ProjectPlan, standards: Standards) -> Planted | None:
    """The product owner keeps adding: every sprint of the window adds more points than
    the team completes (the backlog grows ~6 % a sprint), so Remaining Points rises
    sprint after sprint (ITR-104) and the forecast finish moves past the planned end."""
    positions = _pattern_window(plan, standards)
    if positions is None:
        return None
    iterations = plan.data.iterations
    remaining = iterations[positions[0] - 1].remaining_points or 0.0
    for position in positions:
        it = iterations[position]
        growth = 5 + math.ceil(0.06 * remaining)  # the backlog grows ~6 % a sprint
        it.scope_added = (it.completed_points or 0) + growth
        remaining += growth
    _carry_remaining(iterations, positions)
    last = iterations[positions[-1]]
    plan.data.header.scope_rag = standards.lists["rag"][1]
    return planted(
        "scope_creep",
        "iterations",
        "remaining_points",
        positions[-1],
        None,
        f"Scope added beyond what was completed in each of the last {PATTERN_SPRINTS} sprints: "
        f"Remaining Points rising to {last.remaining_points:g}",
    )


def falling_say_do(plan: ProjectPlan, standards: Standards) -> Planted | None:
    """The team keeps committing to its old pace but completes less and less: say/do
    over the window falls below the threshold (ITR-101)."""
    positions = _pattern_window(plan, standards)
    if positions is None:
        return None
    iterations = plan.data.iterations
    threshold = standards.agile.say_do_threshold
    previous: float | None = None
    for step, position in enumerate(positions):
        it = iterations[position]
        share = max(0.0, threshold - 0.05 - 0.1 * step)  # e.g. 65 %, 55 %, 45 %
        done = float(math.floor((it.committed_points or 0) * share))
        if previous is not None:
            done = max(0.0, min(done, previous - 1))  # less each sprint
        it.completed_points = previous = done
    _carry_remaining(iterations, positions)
    committed = sum(iterations[p].committed_points or 0 for p in positions)
    completed = sum(iterations[p].completed_points or 0 for p in positions)
    return planted(
        "falling_say_do",
        "iterations",
        "completed_points",
        positions[-1],
        None,
        f"Completed {completed:g} of {committed:g} committed points over the last "
        f"{PATTERN_SPRINTS} sprints, less each sprint",
    )


#: The codes of the agile patterns the demo plants.
AGILE_PATTERN_CODES = frozenset({"ITR-101", "ITR-104"})


def agile_story(patterns: list[PlantedDefect]) -> str:
    """The demo's closing line about the agile patterns it planted."""
    kinds = {"ITR-104": "scope creep", "ITR-101": "falling say/do"}
    where = ", ".join(
        f"{kinds.get(p.code or '', p.kind)} in {p.file.rsplit('/', 1)[-1]}" for p in patterns
    )
    return (
        f"agile projects heading for a miss: {where} (Agile sheet: velocity sparklines, "
        "say/do, forecast against the planned end; Findings: ITR-101, ITR-104)"
    )
