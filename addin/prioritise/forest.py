"""The efficient frontier's optimal values without the solver, where that is exact and
certain: projects whose values are whole numbers and whose dependencies form a forest
(each project depends on at most one other, no cycle), the usual shape of a roll-up.

The frontier (:func:`addin.prioritise.optimise.frontier`, at even budgets) keeps only the
best value at each budget, not which projects give it: the value is the same whichever
optimal selection the solver picks. A dynamic programme over the forest gives, once for
every budget, the least cost of each whole value (a project's subtree: the project, then
any choice in each of its dependants' subtrees, combined by a min-plus convolution). The
best value within a budget is the greatest whose least cost fits it.

HiGHS (:mod:`addin.prioritise.highs`) accepts a budget row violated by its feasibility
tolerance (about 1e-6 of the largest cost), and :func:`addin.prioritise.optimise._solve`
then tightens the row: near such a boundary its answer is decided by tolerances, not by the
arithmetic. A budget is therefore decided here only when the best value's least cost lies
well inside the budget and the next value's well outside it (:data:`MARGIN` of the largest
cost, far beyond every tolerance in play); any other budget, and any problem of another
shape, is left to the solver, so the frontier is the one the solver gives
(``tests/test_prioritise_forest.py`` compares the two on random portfolios).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from addin.prioritise.optimise import Problem

#: How far (a fraction of the largest cost) the best value's least cost must lie below the
#: budget, and the next value's above it, for the budget to be decided here: 1e-4, a
#: hundred times HiGHS's feasibility tolerance, plus that tolerance once per project (a
#: solution's rounding could add it on each column).
MARGIN = 1e-4
MARGIN_PER_PROJECT = 1e-6
#: Largest total value (the table's length) and work (cells combined) tried here; beyond
#: them the solver decides (the table would cost more than the solves it saves).
MAX_TOTAL_VALUE = 100_000
MAX_WORK = 300_000_000
#: Relative slack of the budget, as :func:`addin.prioritise.optimise.optimal` allows it.
_TOLERANCE = 1e-9


def least_costs(problem: Problem) -> Any | None:
    """The least cost of each whole value (index) of a selection that honours every
    constraint (numpy array, ``inf`` where no selection has that value); None when the
    problem is not of the shape decided here."""
    import numpy as np

    from addin.prioritise.graph import closure, dependants_closure

    n = len(problem)
    if n == 0:
        return None
    for v in problem.values:
        if type(v) is not float or not v >= 0 or not v.is_integer():
            return None
    if sum(problem.values) > MAX_TOTAL_VALUE:
        return None
    parent: list[int] = [-1] * n
    for i, needs in enumerate(problem.depends):
        distinct = {q for q in needs if q != i}
        if len(distinct) > 1:
            return None
        if distinct:
            parent[i] = distinct.pop()
    order = _bottom_up(parent)
    if order is None:
        return None
    out = dependants_closure(problem.forced_out, problem.depends)
    must = closure(problem.forced_in, problem.depends)
    if must & out:
        return None
    children: list[list[int]] = [[] for _ in range(n)]
    roots: list[int] = []
    for i in range(n):
        if i in out:
            continue
        (children[parent[i]] if parent[i] >= 0 else roots).append(i)
    if _work(order, children, roots, problem.values) > MAX_WORK:
        return None
    table: list[Any] = [None] * n
    for i in order:
        if i in out:
            continue
        below = _combine(np, [(table[c], c in must) for c in children[i]])
        for c in children[i]:
            table[c] = None
        shift = int(problem.values[i])
        table[i] = np.concatenate((np.full(shift, math.inf), below + problem.costs[i]))
    return _combine(np, [(table[r], r in must) for r in roots])


def _bottom_up(parent: list[int]) -> list[int] | None:
    """Every project after all that depend on it (dependants first); None on a cycle."""
    n = len(parent)
    depth = [-1] * n
    for start in range(n):
        path: list[int] = []
        node = start
        while node >= 0 and depth[node] < 0:
            if len(path) > n:
                return None  # round a cycle
            path.append(node)
            node = parent[node]
        base = depth[node] if node >= 0 else -1
        for step, member in enumerate(reversed(path)):
            depth[member] = base + 1 + step
    return sorted(range(n), key=lambda i: -depth[i])


def _work(
    order: list[int], children: list[list[int]], roots: list[int], values: list[float]
) -> float:
    """Cells the tables' making touches (an upper bound): each convolution loops over the
    values a part can take (at most one more than the product of its children's, and its
    total value plus one) and shifts the other's table; each table is copied once."""
    total = [0.0] * len(values)  # a subtree's total value
    takes = [0.0] * len(values)  # how many values its selections can take, at most
    work = 0.0

    def combined(parts: list[int]) -> tuple[float, float, float]:
        size, count, cost = 1.0, 1.0, 0.0
        for c in parts:
            cost += min(count, takes[c] + 1) * (size + total[c] + 1)
            size += total[c]
            count = min(size, count * (takes[c] + 1))
        return size, count, cost

    for i in order:
        size, count, cost = combined(children[i])
        total[i] = size - 1 + values[i]
        takes[i] = count
        work += cost + size
    return work + combined(roots)[2]


def _combine(np: Any, parts: list[tuple[Any, bool]]) -> Any:
    """The min-plus convolution of the parts' tables; a part not forced in may also give
    nothing (value 0 at cost 0)."""
    result = np.zeros(1)
    for part, forced in parts:
        if not forced:
            part = part.copy()
            part[0] = min(part[0], 0.0)
        combined = np.full(len(result) + len(part) - 1, math.inf)
        # (the sums are the same either way round: loop over the fewer values)
        small, large = result, part
        at = np.flatnonzero(np.isfinite(small))
        other = np.flatnonzero(np.isfinite(large))
        if len(other) < len(at):
            small, large, at = large, small, other
        for k in at:
            window = combined[k : k + len(large)]
            np.minimum(window, large + small[k], out=window)
        result = combined
    return result


def decided_values(problem: Problem, budgets: list[float]) -> dict[float, float | int]:
    """The best value within each budget that is certain here (see the module's note), as
    :func:`addin.prioritise.optimise.optimal` would give it (``Selection.value``: the sum of
    the chosen projects' values, 0 for none); budgets left out are for the solver."""
    costs = least_costs(problem)
    if costs is None:
        return {}
    import numpy as np

    from addin.prioritise.graph import dependants_closure

    scale = max((c for c in problem.costs if c > 0), default=1.0)
    margin = scale * (MARGIN + MARGIN_PER_PROJECT * len(problem))
    out = dependants_closure(problem.forced_out, problem.depends)
    usable = [c for i, c in enumerate(problem.costs) if i not in out]
    cheapest = min((c for c in usable if c > 0), default=math.inf)
    everything = sum(usable)
    zero_valued = any(v == 0 for v in problem.values)
    decided: dict[float, float | int] = {}
    for budget in budgets:
        limit = budget + budget * _TOLERANCE
        fits = np.flatnonzero(costs <= limit)
        if len(fits) == 0:
            continue
        best = int(fits[-1])
        beyond = costs[best + 1 :]
        if len(beyond) and beyond.min() <= limit + margin:
            continue  # a better selection within the solver's tolerance of the budget
        # The solver's row is tightened only after it overspends; the best selection must
        # fit whatever it is tightened to: it lies well inside, or no selection can
        # overspend (every one fits; or only those that cost nothing do, and they fit).
        inside = float(costs[best]) <= limit - margin
        if not (inside or everything * (1 + 1e-12) <= limit or limit + margin < cheapest):
            continue
        if best == 0:
            if zero_valued:  # the solver may choose projects worth 0: 0.0, not 0
                continue
            decided[budget] = 0
        else:
            decided[budget] = float(best)
    return decided
