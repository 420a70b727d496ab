"""The demo's portfolio build (SPEC 13): a few Mandatory projects (regulatory and
end-of-life work), Funding Requested on the projects still in Initiation or Planning, and
the selection `pmo demo` prints for a realistic budget."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from addin.demo.plan import ProjectPlan
from addin.standards import Standards

#: Every this-many projects, one is Mandatory (at least one in any demo of 5 or more).
MANDATORY_EVERY = 9
#: Funding asked for per size of project, before a little spread.
FUNDING = {"small": 180_000, "medium": 450_000, "large": 1_200_000}
#: The demo's budget: this share of what every project would cost, rounded.
BUDGET_SHARE = 0.6


def plan_portfolio_build(plans: list[ProjectPlan]) -> None:
    """Mark the Mandatory projects and fill Funding Requested where a PM would."""
    for plan in plans:
        header = plan.data.header
        header.mandatory = "Y" if plan.index % MANDATORY_EVERY == 4 else "N"
        if plan.stage in ("Initiation", "Planning"):
            spread = 0.8 + 0.4 * plan.rng.random()
            header.funding_requested = float(round(FUNDING[plan.size] * spread, -4))


def demo_budget(total_cost: float) -> float:
    """A realistic budget: about 60% of everything asked for, in round hundred-thousands."""
    return max(100_000.0, math.floor(total_cost * BUDGET_SHARE / 100_000) * 100_000)


def demo_selection(rollup: Path, standards: Standards) -> dict[str, Any] | None:
    """Prioritise the demo's roll-up for a realistic budget: the figures the demo prints
    (None when the roll-up cannot be prioritised, e.g. several currencies)."""
    from addin.errors import PmoError
    from addin.prioritise.run import prioritise
    from addin.prioritise.scoring import Method
    from addin.prioritise.sources import from_rollup

    try:
        candidates = from_rollup(rollup, standards)
        method = Method.from_standards(standards)
        probe = prioritise(candidates, method, [1.0e12], frontier_points=0)
        total = sum(p.candidate.cost or 0.0 for p in probe.projects if not p.problems)
        budget = demo_budget(total)
        run = prioritise(candidates, method, [budget], frontier_points=0)
    except PmoError:
        return None
    outcome = run.outcomes[0]
    if not outcome.feasible:
        return {"budget": budget, "currency": run.currency, "message": outcome.message}
    mandatory = [p.project_id for p in run.projects if p.candidate.mandatory]
    return {
        "budget": budget,
        "currency": run.currency,
        "projects": len(run.projects),
        "selected": len(outcome.optimal.chosen),
        "value": outcome.optimal.value,
        "cost": outcome.optimal.cost,
        "greedy_selected": len(outcome.greedy.chosen),
        "greedy_value": outcome.greedy.value,
        "mandatory": mandatory,
        "not_ranked": len(run.invalid),
    }


def selection_story(figures: dict[str, Any] | None, rollup: Path) -> list[str]:
    """The lines `pmo demo` prints about the portfolio build."""
    if figures is None:
        return []
    cur = f" {figures['currency']}" if figures.get("currency") else ""
    budget = f"{figures['budget']:,.0f}{cur}"
    if "message" in figures:
        return [f"Portfolio build for a budget of {budget}: not possible: {figures['message']}"]
    not_ranked = figures["not_ranked"]
    unranked = (
        f" {not_ranked} {'project is' if not_ranked == 1 else 'projects are'} not ranked "
        "(criteria missing)."
        if not_ranked
        else ""
    )
    return [
        f"  portfolio build:         for a budget of {budget}: the optimal selection funds "
        f"{figures['selected']} of {figures['projects']} projects (value {figures['value']:g}, "
        f"cost {figures['cost']:,.0f}{cur}), every one of the {len(figures['mandatory'])} "
        f"Mandatory projects in; following the ranking alone would fund "
        f"{figures['greedy_selected']} (value {figures['greedy_value']:g}).{unranked}",
        f"    see why each other project is out: pmo prioritise {rollup} --budget "
        f"{figures['budget']:.0f}  (the roll-up's Prioritisation sheet re-ranks live)",
    ]
