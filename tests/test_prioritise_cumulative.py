"""The Prioritisation sheet's Cumulative Cost (the value cached in each formula): the costs
of the projects ranked at or above a project, added in the sheet's row order, so a roll-up
of 5,000 projects shows the same figures as before its one vector pass a project
(issue 16, round 8d of benchmarks/README.md)."""

from __future__ import annotations

import math
import random
from types import SimpleNamespace
from typing import Any

import pytest

from addin.rollup.cumulative_cost import _one_by_one, _vectorised, cumulative_costs


def _run(rows: list[tuple[int | None, Any, str | None]]) -> Any:
    """A prioritisation run's projects as the sheet reads them: (rank, cost, currency)."""
    return SimpleNamespace(
        projects=[
            SimpleNamespace(rank=rank, candidate=SimpleNamespace(cost=cost, currency=currency))
            for rank, cost, currency in rows
        ]
    )


def _texts(values: list[float | None]) -> list[str]:
    return [repr(v) for v in values]  # bit for bit: 0.6 and 0.6000000000000001 differ


def test_costs_are_added_in_row_order_not_rank_order() -> None:
    # Rows: 0.1 ranked 3rd, 0.2 ranked 1st, 0.3 ranked 2nd. The 3rd's cumulative is
    # 0.1 + 0.2 + 0.3 in row order (0.6000000000000001), not 0.2 + 0.3 + 0.1 (0.6).
    run = _run([(3, 0.1, "GBP"), (1, 0.2, "GBP"), (2, 0.3, "GBP"), (None, 9.0, "GBP")])
    assert cumulative_costs(run, vector_from=0, multi_currency=False) == [
        0.6000000000000001,
        0.2,
        0.5,
        None,
    ]


def test_unknown_costs_count_as_nothing_and_have_no_cumulative() -> None:
    run = _run([(1, 100.5, "GBP"), (2, None, "GBP"), (3, 50.25, "GBP")])
    assert cumulative_costs(run, vector_from=0, multi_currency=False) == [100.5, None, 150.75]


def test_several_currencies_each_add_their_own() -> None:
    run = _run([(2, 10.0, "EUR"), (1, 1.5, "GBP"), (3, 2.5, "GBP"), (4, 20.0, "EUR")])
    assert cumulative_costs(run, vector_from=0, multi_currency=True) == [10.0, 1.5, 4.0, 30.0]
    assert cumulative_costs(run, vector_from=0, multi_currency=False) == [11.5, 1.5, 14.0, 34.0]


def test_integer_costs_stay_integers() -> None:
    run = _run([(2, 3, "GBP"), (1, 4, "GBP")])
    got = cumulative_costs(run, vector_from=0, multi_currency=False)
    assert got == [7, 4]
    assert all(type(v) is int for v in got)


@pytest.mark.parametrize("seed", range(6))
def test_the_vector_pass_equals_the_one_by_one_sums_bit_for_bit(seed: int) -> None:
    rnd = random.Random(seed)
    awkward = [0.0, -0.0, 0.1, 1e-300, 1e16, -1e16, math.inf, -math.inf, math.nan]
    for size in (1, 2, 7, 40, 150):
        ranks = list(range(1, size + 1))
        rnd.shuffle(ranks)
        rows: list[tuple[int | None, Any, str | None]] = []
        for rank in ranks:
            cost = rnd.choice(
                [*awkward, None, rnd.uniform(-1e6, 1e9), round(rnd.random() * 1e7, 2)]
            )
            currency = rnd.choice(["GBP", "EUR", "gbp", None])
            rows.append((None if rnd.random() < 0.2 else rank, cost, currency))
        run = _run(rows)
        for multi in (False, True):
            assert _texts(_vectorised(run, multi)) == _texts(_one_by_one(run, multi))
