"""The exact selection is solved by HiGHS's binding without importing scipy.optimize
(addin/prioritise/highs.py): the same model, the same options, so the same selection as
``scipy.optimize.milp`` gave before, to the bit, ties included."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.optimize._milp import _milp_iv
from scipy.sparse import coo_matrix

from addin.prioritise import highs, optimise
from addin.prioritise.optimise import Problem


def _problem(seed: int, n: int) -> Problem:
    """Projects with ties (values 0-6, few distinct costs, some zero), dependencies, and
    some forced in or out."""
    rnd = random.Random(seed)
    depends: list[list[int]] = [[] for _ in range(n)]
    for p in range(1, n):
        if rnd.random() < 0.35:
            depends[p] = sorted({rnd.randrange(0, p) for _ in range(rnd.randint(1, 2))})
    forced_out = {i for i in range(n) if rnd.random() < 0.05}
    forced_out |= {p for p in range(n) if any(q in forced_out for q in depends[p])}
    forced_in = {i for i in range(n) if i not in forced_out and rnd.random() < 0.05}
    return Problem(
        values=[float(rnd.randint(0, 6)) * rnd.choice((1.0, 0.3)) for _ in range(n)],
        costs=[rnd.choice((0.0, 1.5e5, 2.0e5, 2.25e5, 3.1e5, 7.77e5)) for _ in range(n)],
        forced_in=forced_in,
        forced_out=forced_out,
        depends=depends,
    )


def _milp_arguments(problem: Problem, budget: float, min_value: float | None) -> tuple:
    """``milp``'s arguments for the program, as optimise.py built them before round 8c."""
    n = len(problem)
    base = optimise.must_have(problem)
    scale = max((c for c in problem.costs if c > 0), default=1.0)
    lower, upper = np.zeros(n), np.ones(n)
    for i in base:
        lower[i] = 1
    for i in problem.forced_out:
        upper[i] = 0
    costs = np.array(problem.costs) / scale
    values = np.array(problem.values)
    rows, cols, data = [], [], []
    r = 0
    for p, qs in enumerate(problem.depends):
        for q in qs:
            if p != q:
                rows += [r, r]
                cols += [p, q]
                data += [1.0, -1.0]
                r += 1
    limit = budget / scale
    constraints = [LinearConstraint(costs.reshape(1, n), -np.inf, limit * (1 + 1e-9))]
    if r:
        links = coo_matrix((data, (rows, cols)), shape=(r, n)).tocsr()
        constraints.append(LinearConstraint(links, -np.inf, 0.0))
    objective = -values
    if min_value is not None:
        objective = costs
        constraints.append(LinearConstraint(values.reshape(1, n), min_value - 1e-6, np.inf))
    return objective, Bounds(lower, upper), constraints


def _milp_choice(problem: Problem, budget: float, min_value: float | None = None) -> set[int]:
    objective, bounds, constraints = _milp_arguments(problem, budget, min_value)
    result = milp(
        objective,
        integrality=np.ones(len(problem)),
        bounds=bounds,
        constraints=constraints,
        options={"mip_rel_gap": 0.0, "disp": False},
    )
    assert result.x is not None
    return {i for i in range(len(problem)) if result.x[i] > 0.5}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("with_value_row", [False, True])
def test_the_model_is_the_one_milp_hands_to_highs(seed: int, with_value_row: bool) -> None:
    problem = _problem(seed, 40)
    budget = sum(problem.costs) * 0.4
    min_value = 7.0 if with_value_row else None
    objective, bounds, constraints = _milp_arguments(problem, budget, min_value)
    c, _, lb, ub, indptr, indices, data, b_l, b_u, _ = _milp_iv(
        objective, np.ones(len(problem)), bounds, constraints, {}
    )
    scale = max((x for x in problem.costs if x > 0), default=1.0)
    costs = np.array(problem.costs) / scale
    values = np.array(problem.values)
    model = optimise._model(problem, costs, (values, 7.0 - 1e-6) if with_value_row else None)
    model.row_upper[0] = budget / scale * (1 + 1e-9)
    for mine, theirs in (
        (model.start, indptr),
        (model.index, indices),
        (model.value, data),
        (model.row_lower, b_l),
        (model.row_upper, b_u),
    ):
        assert mine.dtype == theirs.dtype
        assert mine.tobytes() == theirs.tobytes()
    assert (-values if min_value is None else costs).tobytes() == c.tobytes()
    assert len(lb) == len(ub) == len(problem)


@pytest.mark.parametrize("seed", range(10))
def test_the_selection_is_the_one_milp_finds(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    problem = _problem(100 + seed, 60)
    total = sum(problem.costs)
    floor = sum(problem.costs[i] for i in optimise.must_have(problem))
    for share in (0.1, 0.25, 0.5, 0.8):
        budget = max(floor, total * share) + 1.0
        expected = _milp_choice(problem, budget)
        got = optimise.optimal(problem, budget)
        assert got.chosen == expected
        assert got.value == sum(problem.values[i] for i in expected)
        cheapest = optimise.cheapest(problem, got.value, got.cost)
        assert cheapest.chosen == _milp_choice(problem, got.cost, got.value)
        # Where the binding cannot be loaded, milp itself: the same selections.
        monkeypatch.setattr(highs, "_loaded", [None])
        assert optimise.optimal(problem, budget).chosen == expected
        monkeypatch.undo()


def test_a_consolidation_never_imports_scipy_optimize_and_scipy_still_works() -> None:
    code = textwrap.dedent(
        """
        import sys
        from addin.prioritise.optimise import Problem, optimal
        problem = Problem([3.0, 5.0, 4.0], [2.0, 3.0, 2.5], set(), set(), [[], [0], []])
        print(sorted(optimal(problem, 5.0).chosen))
        print("scipy.optimize" in sys.modules, "scipy.sparse" in sys.modules)
        import scipy.optimize
        from scipy.optimize._highspy import _core
        from addin.prioritise import highs
        print(_core is highs.binding())
        result = scipy.optimize.milp([-1.0, -2.0], integrality=[1, 1], bounds=(0, 1))
        print(result.x.tolist())
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:4] == ["[0, 1]", "False False", "True", "[1.0, 1.0]"]


def test_a_binding_of_another_shape_falls_back_to_milp(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later scipy may keep the binding's names but change what they take: the
    selection then comes from milp, scipy's public API, not from an error."""
    problem = _problem(7, 30)
    budget = sum(problem.costs) * 0.4 + 1.0
    expected = _milp_choice(problem, budget)

    class Changed:
        def __getattr__(self, name: str) -> object:
            raise AttributeError(f"no {name} in this binding")

    monkeypatch.setattr(highs, "_loaded", [Changed()])
    assert optimise.optimal(problem, budget).chosen == expected
