"""Python's value of the Prioritisation sheet's Cumulative Cost formula for each project:
the costs of every ranked project whose rank is at most its own (of its currency, when
the projects ask in several), added one after the other in the order the projects are
listed, as the sheet has always cached it.

That is a sum over up to every project for each project: 25 million additions at 5,000
projects, 1.6 CPU s in Python (benchmarks/README.md, round 8c). Above
:data:`VECTOR_FROM` projects numpy does the same additions in the same order, each
project's cost added to all the projects it counts for in one slice, so the values are
the same to the bit (``tests/test_rollup_cumulative_cost.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from addin.prioritise.run import Prioritisation

#: Above this many projects the sums are vectorised (below it Python takes at most
#: about 0.06 CPU s, less than importing numpy where it is not loaded yet).
VECTOR_FROM = 1_000


def cumulative_costs(
    run: Prioritisation, multi_currency: bool, vector_from: int = VECTOR_FROM
) -> list[float | None]:
    """Each project's cumulative cost (None when it is unranked or its cost unknown)."""
    if len(run.projects) <= vector_from or not all(
        type(p.candidate.cost) is float for p in run.projects if p.candidate.cost is not None
    ):  # (a sum of ints is an int, written without ".0": Python's way then)
        return _one_by_one(run, multi_currency)
    return _vectorised(run, multi_currency)


def _one_by_one(run: Prioritisation, multi_currency: bool) -> list[float | None]:
    out: list[float | None] = []
    for p in run.projects:
        if p.rank is None or p.candidate.cost is None:
            out.append(None)
            continue
        out.append(
            sum(
                q.candidate.cost or 0.0
                for q in run.projects
                if q.rank is not None
                and q.rank <= p.rank
                and (not multi_currency or q.candidate.currency == p.candidate.currency)
            )
        )
    return out


def _vectorised(run: Prioritisation, multi_currency: bool) -> list[float | None]:
    """The same additions in the same order: the projects (of one currency) sorted by
    rank, a project's cost is added to every one ranked at or below it, project after
    project in the order they are listed; each addition is one numpy slice."""
    import numpy as np

    projects = run.projects
    # currency (or None for all) -> (the ranked projects in listed order, those with a cost)
    groups: dict[str | None, tuple[list[int], list[int]]] = {}
    for i, p in enumerate(projects):
        if p.rank is None:
            continue
        adding, shown = groups.setdefault(
            p.candidate.currency if multi_currency else None, ([], [])
        )
        adding.append(i)
        if p.candidate.cost is not None:
            shown.append(i)
    out: list[float | None] = [None] * len(projects)
    for adding, shown in groups.values():
        shown.sort(key=lambda i: projects[i].rank or 0)
        ranks = np.array([projects[i].rank for i in shown])
        # From 0.0, as Python's sum from 0: neither ever ends on -0.0.
        totals = np.zeros(len(shown))
        starts = np.searchsorted(ranks, np.array([projects[q].rank for q in adding]), side="left")
        for q, first in zip(adding, starts.tolist(), strict=True):
            totals[first:] += projects[q].candidate.cost or 0.0
        for i, total in zip(shown, totals.tolist(), strict=True):
            out[i] = total
    return out
