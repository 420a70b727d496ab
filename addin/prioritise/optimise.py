"""The exact best selection within a budget, as an integer program (``scipy.optimize.milp``,
HiGHS), the greedy selection by rank beside it, and the efficient frontier.

Variables x_i in {0, 1} for the projects that can be chosen. Maximise sum value_i x_i
subject to sum cost_i x_i <= budget, x_i = 1 for every mandatory or required project,
x_i = 0 for a project that cannot be chosen (excluded, or it depends on one that cannot),
and x_p <= x_q whenever p depends on q. Solved to a zero optimality gap: the optimum,
not an approximation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_matrix

from addin.prioritise.graph import closure

#: Relative slack for rounding in the solver's budget row (costs are scaled to the budget).
_TOLERANCE = 1e-9


@dataclass
class Problem:
    """Projects that may be chosen: values, costs, forced in / out, and what each needs."""

    values: list[float]
    costs: list[float]
    forced_in: set[int]
    forced_out: set[int]
    depends: list[list[int]]  # i -> the projects i depends on

    def __len__(self) -> int:
        return len(self.values)


@dataclass
class Selection:
    chosen: set[int] = field(default_factory=set)
    value: float = 0.0
    cost: float = 0.0


class Infeasible(Exception):
    """The projects that must be in do not fit the budget (or cannot be chosen)."""


def must_have(problem: Problem) -> set[int]:
    """Every forced-in project and everything it depends on."""
    return closure(problem.forced_in, problem.depends)


def _total(problem: Problem, chosen: set[int]) -> Selection:
    return Selection(
        chosen,
        sum(problem.values[i] for i in chosen),
        sum(problem.costs[i] for i in chosen),
    )


def optimal(problem: Problem, budget: float) -> Selection:
    """The selection of greatest value that costs at most ``budget`` and honours every
    constraint. Raises :class:`Infeasible` when the forced-in projects cannot be had."""
    base = must_have(problem)
    if base & problem.forced_out:
        raise Infeasible("a project that must be in depends on one that cannot be chosen")
    if sum(problem.costs[i] for i in base) > budget * (1 + _TOLERANCE):
        raise Infeasible("the projects that must be in cost more than the budget")
    n = len(problem)
    if n == 0:
        return Selection()
    scale = budget if budget > 0 else 1.0
    lower = np.zeros(n)
    upper = np.ones(n)
    for i in base:
        lower[i] = 1
    for i in problem.forced_out:
        upper[i] = 0
    costs = np.array(problem.costs) / scale
    rows, cols, data = [], [], []
    r = 0
    for p, qs in enumerate(problem.depends):
        for q in qs:
            if p == q:
                continue
            rows += [r, r]
            cols += [p, q]
            data += [1.0, -1.0]
            r += 1
    constraints = [LinearConstraint(costs.reshape(1, n), -np.inf, 1.0 + _TOLERANCE)]
    if r:
        links = coo_matrix((data, (rows, cols)), shape=(r, n)).tocsr()
        constraints.append(LinearConstraint(links, -np.inf, 0.0))
    # Among selections of equal value prefer the cheaper one (a tie-break far below any
    # difference in value), so the result does not depend on the solver's path.
    values = np.array(problem.values)
    spread = float(np.abs(values).max()) if n else 1.0
    tie = 1e-7 * max(spread, 1.0) / (n + 1)
    objective = -(values - tie * costs)
    result = milp(
        objective,
        integrality=np.ones(n),
        bounds=Bounds(lower, upper),
        constraints=constraints,
        options={"mip_rel_gap": 0.0},
    )
    if result.x is None:  # cannot happen once the forced-in set fits; said plainly if it does
        raise Infeasible(f"the solver found no selection ({result.message})")
    chosen = {i for i in range(n) if result.x[i] > 0.5}
    return _total(problem, chosen)


def greedy(problem: Problem, budget: float, order: list[int], groups: list[list[int]]) -> Selection:
    """Follow the ranking: the must-have projects first, then each project (or a cycle's
    projects together) that fits what is left and whose dependencies are already in."""
    chosen = set(must_have(problem))
    spent = sum(problem.costs[i] for i in chosen)
    group_of = {i: g for g in groups for i in g}
    for i in order:
        if i in chosen or i in problem.forced_out:
            continue
        unit = group_of.get(i, [i])
        if any(j in problem.forced_out for j in unit):
            continue
        needs = {q for j in unit for q in problem.depends[j]} - set(unit)
        if not needs <= chosen:
            continue
        cost = sum(problem.costs[j] for j in unit if j not in chosen)
        if spent + cost <= budget * (1 + _TOLERANCE):
            chosen.update(unit)
            spent += cost
    return _total(problem, chosen)


def frontier(problem: Problem, points: int = 21) -> list[tuple[float, float | None]]:
    """(budget, optimal value) from budget 0 to the total cost of every project that can be
    chosen: 0 first (value None when the must-have projects cost anything), then
    ``points - 1`` budgets evenly from what the must-have projects cost to the total."""
    total = sum(c for i, c in enumerate(problem.costs) if i not in problem.forced_out)
    base = must_have(problem)
    floor = sum(problem.costs[i] for i in base)
    budgets = [0.0]
    if total > 0 and points > 1:
        steps = max(1, points - 2)
        budgets += [floor + (total - floor) * k / steps for k in range(steps + 1)]
    out: list[tuple[float, float | None]] = []
    for budget in sorted(set(budgets)):
        try:
            out.append((budget, optimal(problem, budget).value))
        except Infeasible:
            out.append((budget, None))
    return out
