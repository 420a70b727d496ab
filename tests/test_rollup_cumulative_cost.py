"""The Prioritisation sheet's cached Cumulative Cost: the same values, to the bit, whether
added one by one in Python or vectorised (large portfolios), and the sheet's formula's
meaning (the costs of every project ranked at or above, of its currency)."""

from __future__ import annotations

import random
import struct
import time

import pytest

from addin.prioritise.candidates import Candidate
from addin.prioritise.run import Prioritisation, prioritise
from addin.prioritise.scoring import Method
from addin.rollup.cumulative_cost import cumulative_costs
from addin.standards import default_standards

WSJF = Method.from_standards(default_standards())


def _run(count: int, seed: int, *, awkward: bool = True) -> Prioritisation:
    rng = random.Random(seed)
    candidates = []
    for i in range(count):
        cost: float | None = rng.randint(1, 90_000) * 10.37 + rng.random()
        if awkward and i % 11 == 0:
            cost = None
        elif awkward and i % 13 == 0:
            cost = -rng.random() * 1e5  # negative: listed with a problem, still ranked
        elif awkward and i % 17 == 0:
            cost = 0.1
        candidates.append(
            Candidate(
                project_id=f"P{i:05d}",
                currency=rng.choice(["GBP", "EUR", None]) if awkward else "GBP",
                criteria={
                    "strategic_value": rng.randint(1, 5),
                    "time_criticality": rng.randint(1, 5) if i % 19 else None,  # unranked
                    "risk_reduction": rng.randint(1, 5),
                    "job_size": rng.randint(1, 5),
                },
                cost=cost,
            )
        )
    return prioritise(candidates, WSJF, [], frontier_points=0, mixed_currencies_ok=True)


def _bits(values: list[float | None]) -> list[bytes | None]:
    return [None if v is None else struct.pack("<d", v) for v in values]


@pytest.mark.parametrize("multi", [False, True])
@pytest.mark.parametrize(("count", "seed"), [(1, 1), (40, 2), (300, 3), (1_200, 4)])
def test_vectorised_sums_are_pythons_to_the_bit(count: int, seed: int, multi: bool) -> None:
    run = _run(count, seed)
    python = cumulative_costs(run, multi, vector_from=10**9)
    vectorised = cumulative_costs(run, multi, vector_from=0)
    assert _bits(vectorised) == _bits(python)
    assert all(type(v) is float for v in vectorised if v is not None)


def test_a_project_adds_every_project_ranked_at_or_above_it_of_its_currency() -> None:
    run = _run(200, 5)
    for multi in (False, True):
        values = cumulative_costs(run, multi, vector_from=0)
        for p, value in zip(run.projects, values, strict=True):
            if p.rank is None or p.candidate.cost is None:
                assert value is None
                continue
            above = [
                q.candidate.cost or 0.0
                for q in run.projects
                if q.rank is not None
                and q.rank <= p.rank
                and (not multi or q.candidate.currency == p.candidate.currency)
            ]
            assert value == pytest.approx(sum(above))


def test_whole_number_costs_stay_pythons_sums() -> None:
    run = _run(50, 6, awkward=False)
    for p in run.projects:
        p.candidate.cost = 1000  # an int (a caller's Candidate): a sum of ints is an int
    assert cumulative_costs(run, False, vector_from=0) == cumulative_costs(
        run, False, vector_from=10**9
    )
    values = [v for v in cumulative_costs(run, False, vector_from=0) if v is not None]
    assert values and all(type(v) is int for v in values)


def test_five_thousand_projects_take_well_under_a_second() -> None:
    run = _run(5_000, 7, awkward=False)
    started = time.process_time()
    values = cumulative_costs(run, False)
    assert time.process_time() - started < 1.0  # 1.6 CPU s one by one (round 8c)
    ranked = sorted((p.rank, v) for p, v in zip(run.projects, values, strict=True) if p.rank)
    assert ranked[-1][1] == pytest.approx(
        sum(p.candidate.cost or 0.0 for p in run.projects if p.rank)
    )
