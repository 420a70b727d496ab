"""The frontier's best values without the solver (addin/prioritise/forest.py): wherever a
budget is decided there, the value is the one HiGHS gives, to the bit and the type; the
frontier drawn is the one the solver alone draws."""

from __future__ import annotations

import math
import random

import pytest

from addin.prioritise import forest, optimise
from addin.prioritise.graph import dependants_closure
from addin.prioritise.optimise import Infeasible, Problem, frontier, optimal


def _forest(seed: int, n: int, *, forced: bool = True) -> Problem:
    """A roll-up-like portfolio: whole values (some 0), costs with cents (some equal, some
    zero), each project depending on at most one earlier one, some forced in or out."""
    rnd = random.Random(seed)
    depends: list[list[int]] = [[] for _ in range(n)]
    for p in range(1, n):
        if rnd.random() < 0.8:
            depends[p] = [rnd.randrange(0, p)]
    shared = [round(rnd.uniform(2e5, 2e6), 2) for _ in range(4)]
    costs = [
        rnd.choice((0.0, *shared)) if rnd.random() < 0.2 else round(rnd.uniform(1e5, 3e6), 2)
        for _ in range(n)
    ]
    values = [float(rnd.choice((0, 3, 4, 5, 7, 9, 12, 15))) for _ in range(n)]
    forced_out: set[int] = set()
    forced_in: set[int] = set()
    if forced:
        forced_out = dependants_closure({i for i in range(n) if rnd.random() < 0.04}, depends)
        forced_in = {i for i in range(n) if i not in forced_out and rnd.random() < 0.03}
    return Problem(values, costs, forced_in, forced_out, depends)


def _budgets(problem: Problem, seed: int) -> list[float]:
    """The roll-up's even budgets, random ones, and budgets on a selection's exact cost."""
    rnd = random.Random(seed)
    out = dependants_closure(problem.forced_out, problem.depends)
    total = sum(c for i, c in enumerate(problem.costs) if i not in out)
    budgets = [total * k / 10 for k in range(11)] + [rnd.uniform(0, total) for _ in range(5)]
    least = forest.least_costs(problem)
    if least is not None:
        exact = [float(c) for c in least if math.isfinite(c) and c > 0]
        for c in rnd.sample(exact, min(4, len(exact))):
            budgets += [c, c * (1 + 1e-10), c * (1 - 1e-10), c * (1 + 2e-9)]
    return budgets


def _solver_value(problem: Problem, budget: float) -> float | int | None:
    try:
        return optimal(problem, budget).value
    except Infeasible:
        return None


@pytest.mark.parametrize("seed", range(12))
def test_every_decided_budget_has_the_solvers_value_and_type(seed: int) -> None:
    problem = _forest(seed, 20 + 7 * seed, forced=seed % 3 != 0)
    budgets = _budgets(problem, seed)
    decided = forest.decided_values(problem, budgets)
    for budget, value in decided.items():
        try:
            optimise._must_fit(problem, budget)
        except Infeasible:
            continue  # the frontier asks the must-have check first: None either way
        solved = _solver_value(problem, budget)
        assert (value, type(value)) == (solved, type(solved)), (seed, budget)
    # not vacuous: the even budgets are nearly all decided
    even = budgets[:11]
    assert sum(b in decided for b in even) >= 9


def test_the_roll_up_shape_is_decided_at_every_even_budget() -> None:
    """300 projects as the benchmark's roll-up (each depending on one, whole WSJF values,
    no zero cost): all 11 budgets without a solve, each the solver's."""
    rnd = random.Random(2026)
    n = 300
    problem = Problem(
        values=[float(rnd.randint(3, 15)) for _ in range(n)],
        costs=[round(rnd.uniform(9e5, 1.4e6), 2) for _ in range(n)],
        forced_in=set(),
        forced_out=set(),
        depends=[[]] + [[rnd.randrange(0, p)] for p in range(1, n)],
    )
    total = sum(problem.costs)
    budgets = [total * k / 10 for k in range(11)]
    decided = forest.decided_values(problem, budgets)
    assert sorted(decided) == budgets
    assert decided[0.0] == 0 and type(decided[0.0]) is int
    assert decided[budgets[-1]] == sum(problem.values)
    for budget in budgets:
        solved = _solver_value(problem, budget)
        assert (decided[budget], type(decided[budget])) == (solved, type(solved))


@pytest.mark.parametrize("seed", range(3))
def test_the_frontier_is_the_one_the_solver_alone_draws(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = _forest(100 + seed, 130 + 20 * seed)  # above BREAKPOINT_PROJECTS: even budgets
    taken: list[dict[float, float | int]] = []

    def spy(problem: Problem, budgets: list[float]) -> dict[float, float | int]:
        taken.append(forest.decided_values(problem, budgets))
        return taken[-1]

    monkeypatch.setattr(optimise, "decided_values", spy)
    fast = frontier(problem, 11, math.inf)
    assert len(taken[0]) >= 8  # most budgets without a solve
    monkeypatch.setattr(optimise, "decided_values", lambda problem, budgets: {})
    slow = frontier(problem, 11, math.inf)
    assert [(b, v, type(v)) for b, v in fast[0]] == [(b, v, type(v)) for b, v in slow[0]]
    assert fast[1] == slow[1] == "even"


def _shapes() -> dict[str, Problem]:
    def problem(values: list[float], depends: list[list[int]]) -> Problem:
        return Problem(values, [1e5] * len(values), set(), set(), depends)

    return {
        "two dependencies": problem([3.0, 4.0, 5.0], [[], [], [0, 1]]),
        "a cycle": problem([3.0, 4.0, 5.0], [[2], [0], [1]]),
        "a fractional value": problem([3.0, 4.5], [[], [0]]),
        "a negative value": problem([3.0, -1.0], [[], [0]]),
        "an int value": problem([3.0, 4], [[], [0]]),  # the solver's sum would be an int
        "too much value": problem([float(forest.MAX_TOTAL_VALUE), 1.0], [[], []]),
        "nothing": problem([], []),
    }


@pytest.mark.parametrize("shape", list(_shapes()))
def test_other_shapes_are_left_to_the_solver(shape: str) -> None:
    assert forest.decided_values(_shapes()[shape], [0.0, 1e5, 3e5]) == {}


def test_a_self_dependency_is_no_dependency() -> None:
    problem = Problem([3.0, 4.0], [1e5, 2e5], set(), set(), [[0], [1, 0]])
    assert forest.decided_values(problem, [1.5e5, 3e5]) == {1.5e5: 3.0, 3e5: 7.0}


def test_near_the_budget_the_solver_decides() -> None:
    """A selection costing the budget within the margin, or a better one just above it:
    left to the solver (its tolerance decides there, not the arithmetic)."""
    problem = Problem([5.0, 6.0], [1e6, 1.5e6], set(), set(), [[], []])
    inside = 1e6 * (1 + forest.MARGIN / 2)  # project 0 fits by less than the margin
    above = 1.5e6 * (1 - forest.MARGIN / 2)  # project 1 misses by less than the margin
    clear = 1.2e6
    assert forest.decided_values(problem, [inside, above, clear]) == {clear: 5.0}


def test_value_zero_with_projects_worth_zero_is_left_to_the_solver() -> None:
    """Within a budget that buys no value the solver may still choose a project worth 0
    (its sum is then 0.0, not 0)."""
    worth_nothing = Problem([0.0, 5.0], [0.0, 1e6], set(), set(), [[], []])
    assert 0.0 not in forest.decided_values(worth_nothing, [0.0, 2e6])
    assert forest.decided_values(worth_nothing, [2e6]) == {2e6: 5.0}


@pytest.mark.parametrize("shape", ["chain", "pairs"])
def test_a_large_portfolio_is_decided_as_the_solver_decides(shape: str) -> None:
    """1,000 projects, one long chain of dependencies or pairs (the roll-up's 5 budgets
    above 500 projects): decided without a solve, each value the solver's."""
    rnd = random.Random(1000)
    n = 1000
    depends = (
        [[i + 1] for i in range(n - 1)] + [[]]
        if shape == "chain"
        else [[i - 1] if i % 2 else [] for i in range(n)]
    )
    problem = Problem(
        values=[float(rnd.randint(3, 15)) for _ in range(n)],
        costs=[round(rnd.uniform(9e5, 1.4e6), 2) for _ in range(n)],
        forced_in=set(),
        forced_out=set(),
        depends=depends,
    )
    total = sum(problem.costs)
    budgets = [total * k / 4 for k in range(5)]
    decided = forest.decided_values(problem, budgets)
    assert sorted(decided) == budgets
    for budget in budgets[1:4]:
        assert decided[budget] == _solver_value(problem, budget)


def test_the_benchmarks_5000_project_chain_is_decided() -> None:
    """The roll-up's 3 budgets at 5,000 projects in one chain (solved in the main process
    there: about 11 CPU s of HiGHS) are within the bounds: nothing, half, everything."""
    rnd = random.Random(5000)
    n = 5000
    problem = Problem(
        values=[float(rnd.randint(3, 15)) for _ in range(n)],
        costs=[round(rnd.uniform(9e5, 1.4e6), 2) for _ in range(n)],
        forced_in=set(),
        forced_out=set(),
        depends=[[i + 1] for i in range(n - 1)] + [[]],
    )
    total = sum(problem.costs)
    decided = forest.decided_values(problem, [0.0, total / 2, total])
    assert decided[0.0] == 0 and decided[total] == sum(problem.values)
    assert 0 < decided[total / 2] < decided[total]
