"""A prioritisation as JSON (docs/prioritise.md) and as text for the terminal."""

from __future__ import annotations

from typing import Any

from addin.prioritise.run import BudgetOutcome, Prioritisation


def _ids(run: Prioritisation, chosen: set[int]) -> list[str]:
    """Project IDs in rank order (unranked mandatory ones last, by ID)."""
    return [
        run.projects[i].project_id
        for i in sorted(chosen, key=lambda i: (run.projects[i].rank or 10**9, i))
    ]


def outcome_json(run: Prioritisation, outcome: BudgetOutcome) -> dict[str, Any]:
    """One budget's result: SPEC 13's keys and more."""
    return {
        "method": run.method.name,
        "weights": run.method.weights,
        "budget": outcome.budget,
        "currency": run.currency,
        "portfolio": run.portfolio,
        "feasible": outcome.feasible,
        "message": outcome.message,
        "selected": _ids(run, outcome.optimal.chosen),
        "value_selected": outcome.optimal.value,
        "cost_selected": outcome.optimal.cost,
        "greedy": {
            "selected": _ids(run, outcome.greedy.chosen),
            "value": outcome.greedy.value,
            "cost": outcome.greedy.cost,
        },
        "projects": [
            {
                "project_id": p.project_id,
                "name": p.candidate.name,
                "portfolio": p.candidate.portfolio,
                "score": p.score,
                "value": p.value,
                "cost": p.candidate.cost,
                "cost_basis": p.candidate.cost_basis,
                "rank": p.rank,
                "mandatory": p.candidate.mandatory,
                "required": p.required,
                "excluded": p.excluded,
                "depends_on": [run.projects[q].project_id for q in p.depends_on],
                "selected": i in outcome.optimal.chosen,
                "greedy_selected": i in outcome.greedy.chosen,
                "reason": outcome.reasons.get(i, ""),
            }
            for i, p in enumerate(run.projects)
        ],
        "invalid": [
            {"project_id": p.project_id, "problems": p.problems, "source": p.candidate.source}
            for p in run.invalid
        ],
        "cycles": [[run.projects[i].project_id for i in g] for g in run.cycles],
        "frontier": [{"budget": b, "value": v} for b, v in run.frontier],
        "frontier_kind": run.frontier_kind,
        "notes": run.notes,
    }


def to_json(run: Prioritisation) -> dict[str, Any] | list[dict[str, Any]]:
    """One budget: an object; several budgets: a list of such objects, one per budget."""
    items = [outcome_json(run, o) for o in run.outcomes]
    return items[0] if len(items) == 1 else items


def _money(value: float) -> str:
    return f"{value:,.0f}"


def format_text(run: Prioritisation, *, limit: int = 60) -> str:
    cur = f" {run.currency}" if run.currency else ""
    lines = [
        f"Prioritisation ({run.method.name}) of {len(run.projects)} projects"
        + (f" in portfolio {run.portfolio}" if run.portfolio else "")
        + (f", costs in{cur}" if cur else "")
    ]
    lines += [f"note: {n}" for n in run.notes]
    for outcome in run.outcomes:
        lines.append("")
        lines.append(f"Budget {_money(outcome.budget)}{cur}")
        if not outcome.feasible:
            lines.append(f"  NOT POSSIBLE: {outcome.message}")
            continue
        opt, gr = outcome.optimal, outcome.greedy
        lines.append(
            f"  optimal selection: {len(opt.chosen)} projects, value {opt.value:g}, "
            f"cost {_money(opt.cost)}{cur}"
        )
        lines.append(
            f"  greedy by rank:    {len(gr.chosen)} projects, value {gr.value:g}, "
            f"cost {_money(gr.cost)}{cur}"
        )
        ids = _ids(run, opt.chosen)
        more = f" ... and {len(ids) - limit} more" if len(ids) > limit else ""
        lines.append("  selected: " + ", ".join(ids[:limit]) + more)
        out = [i for i in range(len(run.projects)) if i not in opt.chosen]
        if out:
            lines.append("  not selected:")
            for i in out[:limit]:
                lines.append(f"    {run.projects[i].project_id}: {outcome.reasons[i]}")
            if len(out) > limit:
                lines.append(f"    ... and {len(out) - limit} more (see --json or --out)")
    if run.cycles:
        lines.append("")
        for g in run.cycles:
            members = ", ".join(run.projects[i].project_id for i in g)
            lines.append(f"dependency cycle: {members} (selected together or not at all)")
    if run.invalid:
        lines.append("")
        lines.append(f"{len(run.invalid)} project(s) cannot be selected until their data is fixed:")
        for p in run.invalid[:limit]:
            lines.append(f"  {p.project_id}: {'; '.join(p.problems)}")
    return "\n".join(lines)
