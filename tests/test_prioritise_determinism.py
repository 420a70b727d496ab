"""The roll-up's Prioritisation sheet is the same on a fast and a slow machine: the same
inputs give the same roll-up (SPEC 7), so its frontier has no wall-clock cap."""

from __future__ import annotations

import itertools
import random

import pytest

from addin.prioritise import optimise
from addin.prioritise.candidates import Candidate
from addin.rollup.prioritisation_rollup import rollup_frontier_points, rollup_prioritisation
from addin.standards import default_standards


def _candidates(count: int, seed: int) -> list[Candidate]:
    rng = random.Random(seed)
    return [
        Candidate(
            project_id=f"PRJ-{i:04d}",
            currency="GBP",
            criteria={
                "strategic_value": rng.randint(1, 5),
                "time_criticality": rng.randint(1, 5),
                "risk_reduction": rng.randint(1, 5),
                "job_size": rng.randint(1, 5),
            },
            mandatory=i % 9 == 0,
            cost=float(rng.randint(50, 900) * 1000),
            cost_basis="ETC",
        )
        for i in range(count)
    ]


@pytest.mark.parametrize("count", [12, 140])  # exact breakpoints; even budgets
def test_the_rollup_frontier_is_the_same_on_a_slow_machine(
    count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    standards = default_standards()
    candidates = _candidates(count, seed=count)
    normal = rollup_prioritisation(candidates, standards)
    clock = itertools.count(step=60.0)  # every clock reading a minute after the last
    monkeypatch.setattr(optimise.time, "perf_counter", lambda: float(next(clock)))
    slow = rollup_prioritisation(candidates, standards)
    assert slow.frontier == normal.frontier
    assert slow.frontier_kind == normal.frontier_kind != "partial"
    assert len(normal.frontier) >= min(rollup_frontier_points(count), 3)


def test_large_portfolios_get_fewer_frontier_points() -> None:
    assert rollup_frontier_points(30) > rollup_frontier_points(1_000)
    assert rollup_frontier_points(1_000) >= rollup_frontier_points(5_000) >= 3
