"""The exact best selection within a budget, as an integer program (HiGHS, as
``scipy.optimize.milp`` runs it: :mod:`addin.prioritise.highs`), the greedy selection by
rank beside it, and the efficient frontier.

Variables x_i in {0, 1} for the projects that can be chosen. Maximise sum value_i x_i
subject to sum cost_i x_i <= budget, x_i = 1 for every mandatory or required project,
x_i = 0 for a project that cannot be chosen (excluded, or it depends on one that cannot),
and x_p <= x_q whenever p depends on q. Solved to a zero optimality gap: the optimum,
not an approximation.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from addin.prioritise.forest import decided_values
from addin.prioritise.graph import closure

if TYPE_CHECKING:
    from addin.prioritise.highs import Model

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


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Some HiGHS builds print debug lines straight to file descriptor 1, which would spoil
    ``--json`` output: point it at the null device while the solver runs."""
    sys.stdout.flush()
    try:
        saved = os.dup(1)
    except OSError:  # no descriptor 1 (a GUI host): nothing to protect
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


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
    _must_fit(problem, budget)
    if len(problem) == 0:
        return Selection()
    return _solve(problem, budget=budget)


def _must_fit(problem: Problem, budget: float) -> None:
    """Raise :class:`Infeasible` when the forced-in projects cannot be had within ``budget``."""
    base = must_have(problem)
    if base & problem.forced_out:
        raise Infeasible("a project that must be in depends on one that cannot be chosen")
    if sum(problem.costs[i] for i in base) > budget * (1 + _TOLERANCE):
        raise Infeasible("the projects that must be in cost more than the budget")


def cheapest(problem: Problem, value: float, budget: float) -> Selection:
    """The cheapest selection worth at least ``value`` within ``budget`` (which must admit
    one: the caller found a selection of that value there)."""
    return _solve(problem, budget=budget, min_value=value)


def _solve(problem: Problem, *, budget: float, min_value: float | None = None) -> Selection:
    """Maximise value within ``budget``; or, with ``min_value``, minimise cost among the
    selections worth at least that much."""
    n = len(problem)
    if n == 0:
        return Selection()
    # numpy (about 0.08 s to import) and HiGHS load with the first solve, not with this
    # module: a process that only writes a prioritisation computed elsewhere (the
    # roll-up's, in a child process) or reads its classes never pays for them.
    import numpy as np

    from addin.prioritise.highs import solve

    base = must_have(problem)
    # Costs in units of the largest one: coefficients of order 1 for the solver, however
    # large the amounts (HiGHS treats coefficients below 1e-9 as zero).
    scale = max((c for c in problem.costs if c > 0), default=1.0)
    lower = np.zeros(n)
    upper = np.ones(n)
    lower[list(base)] = 1
    upper[list(problem.forced_out)] = 0
    costs = np.array(problem.costs) / scale
    values = np.array(problem.values)
    limit = budget / scale
    if min_value is None:
        # Values are whole numbers for WSJF (and multiples of the weights' resolution for
        # weighted scores), so HiGHS can prove optimality with a zero gap quickly.
        objective = -values
        value_row = None
    else:
        objective = costs
        value_row = (values, min_value - 1e-6)
    model = _model(problem, costs, value_row)
    model.cost, model.lower, model.upper = objective, lower, upper
    # HiGHS accepts a budget row violated by up to its feasibility tolerance (about 1e-6
    # of the largest cost): tighten the row by what was overspent until it is not.
    model.row_upper[0] = limit * (1 + _TOLERANCE)
    for _ in range(5):
        with _quiet_stdout():
            result = solve(model)
        if result.x is None:  # cannot happen once the forced-in set fits; said plainly
            raise Infeasible(f"the solver found no selection ({result.message})")
        chosen = {i for i in range(n) if result.x[i] > 0.5}
        found = _total(problem, chosen)
        over = found.cost - budget
        if over <= budget * _TOLERANCE:
            return found
        limit -= (over / scale) + 1e-6
        model.row_upper[0] = limit
    raise Infeasible("the solver could not keep the selection within the budget")


def _model(problem: Problem, costs: Any, value_row: tuple[Any, float] | None) -> Model:
    """The constraint rows of :func:`_solve`'s program, column-wise, exactly as
    ``scipy.optimize.milp`` would pass them to HiGHS (:mod:`addin.prioritise.highs`): the
    budget row (its bound set by the caller), one row ``x_p - x_q <= 0`` for each
    dependency of p on q, then the value row when there is one; no zero coefficient, each
    column's rows ascending."""
    import numpy as np

    from addin.prioritise.highs import Model

    n = len(problem)
    pairs = [(p, q) for p, qs in enumerate(problem.depends) for q in qs if p != q]
    links = len(pairs)
    row_parts, col_parts, data_parts = [], [], []
    budget_cols = np.flatnonzero(costs)
    row_parts.append(np.zeros(len(budget_cols), dtype=np.int64))
    col_parts.append(budget_cols)
    data_parts.append(costs[budget_cols])
    if links:
        ends = np.array(pairs, dtype=np.int64)  # (p, q) per link row
        link_rows = np.arange(1, links + 1, dtype=np.int64)
        row_parts += [link_rows, link_rows]
        col_parts += [ends[:, 0], ends[:, 1]]
        data_parts += [np.ones(links), np.full(links, -1.0)]
    row_lower = [-np.inf] + [-np.inf] * links
    row_upper = [0.0] + [0.0] * links
    if value_row is not None:
        values, least = value_row
        value_cols = np.flatnonzero(values)
        row_parts.append(np.full(len(value_cols), links + 1, dtype=np.int64))
        col_parts.append(value_cols)
        data_parts.append(values[value_cols].astype(np.float64))
        row_lower.append(least)
        row_upper.append(np.inf)
    rows = np.concatenate(row_parts)
    cols = np.concatenate(col_parts)
    data = np.concatenate(data_parts).astype(np.float64)
    order = np.lexsort((rows, cols))  # by column, then row
    start = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(cols, minlength=n), out=start[1:])
    return Model(
        cost=None,
        lower=None,
        upper=None,
        start=start,
        index=rows[order].astype(np.int32),
        value=data[order],
        row_lower=np.array(row_lower, dtype=np.float64),
        row_upper=np.array(row_upper, dtype=np.float64),
    )


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


#: Seconds the frontier may take; past them it keeps the points it has (coarse first).
FRONTIER_SECONDS = 20.0


def _coarse_first(count: int) -> list[int]:
    """0..count-1 with the ends first, then midpoints, then the points between them."""
    order = [0, count - 1] if count > 1 else [0]
    step = count - 1
    while step > 1:
        half = step // 2
        order += [k for k in range(half, count, step) if k not in order]
        step = half
    return order + [k for k in range(count) if k not in order]


#: Most breakpoints the exact frontier looks for before falling back to even budgets,
#: and the most projects it is tried for (beyond, breakpoints are too many to draw).
MAX_BREAKPOINTS = 150
BREAKPOINT_PROJECTS = 100


def breakpoints(problem: Problem, seconds: float) -> list[tuple[float, float]] | None:
    """The exact efficient frontier: every selection that is optimal for some budget, as
    (its cost, its value), found from the top: the optimum with every budget, then the
    optimum with just less than that selection's cost, and so on down to the must-have
    projects. Between two breakpoints the best value stays that of the lower one.
    None when it would take more than ``seconds`` or :data:`MAX_BREAKPOINTS` points."""
    deadline = time.perf_counter() + seconds
    total = sum(c for i, c in enumerate(problem.costs) if i not in problem.forced_out)
    step = max(total, 1.0) * 1e-7  # below any real difference of cost, above the tolerance
    budget = total
    points: list[tuple[float, float]] = []
    while len(points) <= MAX_BREAKPOINTS:
        if time.perf_counter() > deadline:
            return None
        try:
            best = optimal(problem, budget)
        except Infeasible:
            break
        best = cheapest(problem, best.value, best.cost)  # where this value starts
        if points and best.cost >= points[-1][0]:
            return None  # no progress (cannot happen within the budget; never loop)
        points.append((best.cost, best.value))
        if best.cost <= 0:
            break
        budget = best.cost - step
    else:
        return None
    return sorted(points)


#: How a frontier was drawn: its exact breakpoints, or optimal values at even budgets
#: (all of them, or as many as the time allowed).
FrontierKind = Literal["breakpoints", "even", "partial"]


def frontier(
    problem: Problem, points: int = 21, seconds: float = FRONTIER_SECONDS
) -> tuple[list[tuple[float, float | None]], FrontierKind]:
    """(budget, optimal value) from budget 0 to the total cost of every project that can be
    chosen. First the exact breakpoints (:func:`breakpoints`), with (0, None) in front when
    the must-have projects cost anything; when there are too many of them for the time,
    ``points`` budgets: 0, then evenly from what the must-have projects cost to the total.
    Each point is an exact optimum; when ``seconds`` run out, fewer points are returned
    (ends and midpoints first, so the curve keeps its shape); the kind says which."""
    exact = breakpoints(problem, seconds / 2) if len(problem) <= BREAKPOINT_PROJECTS else None
    if exact is not None:
        curve: list[tuple[float, float | None]] = list(exact)
        if not curve or curve[0][0] > 0:
            curve.insert(0, (0.0, None))
        return curve, "breakpoints"
    total = sum(c for i, c in enumerate(problem.costs) if i not in problem.forced_out)
    base = must_have(problem)
    floor = sum(problem.costs[i] for i in base)
    if floor <= 0:
        budgets = [total * k / max(1, points - 1) for k in range(points)]
    else:
        steps = max(1, points - 2)
        budgets = [0.0] + [floor + (total - floor) * k / steps for k in range(steps + 1)]
    budgets = sorted(set(budgets))
    deadline = time.perf_counter() + seconds / 2
    # The best value at most budgets without a solve, where that is certain to be the
    # solver's (addin.prioritise.forest): the rest are solved.
    decided = decided_values(problem, budgets)
    out: list[tuple[float, float | None]] = []
    kind: FrontierKind = "even"
    for k in _coarse_first(len(budgets)):
        if len(out) >= 3 and time.perf_counter() > deadline:
            kind = "partial"
            break
        budget = budgets[k]
        try:
            if budget in decided:
                _must_fit(problem, budget)
                out.append((budget, decided[budget]))
            else:
                out.append((budget, optimal(problem, budget).value))
        except Infeasible:
            out.append((budget, None))
    return sorted(out), kind
