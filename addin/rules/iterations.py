"""Iterations (agile and hybrid projects): dates that make sense, points that add up."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from addin.catalogue import declare
from addin.findings import Finding
from addin.models import Iteration
from addin.rules.base import RuleContext, blank, check, fmt

REQUIRED = declare(
    "ITR-001",
    "Iteration without name or dates",
    "error",
    "iterations",
    "An iteration row has no Iteration name, Start or End.",
    "Fill the name (e.g. Sprint 14) and its start and end dates.",
)
END_BEFORE_START = declare(
    "ITR-002",
    "Iteration ends before it starts",
    "error",
    "iterations",
    "An iteration's End is before its Start.",
    "Correct whichever date is wrong.",
)
OVERLAP = declare(
    "ITR-003",
    "Iterations overlap",
    "warning",
    "iterations",
    "An iteration starts on or before the end of the iteration before it (by start date).",
    "Correct the dates so that each iteration starts after the previous one ends.",
)
POINTS = declare(
    "ITR-004",
    "Negative points",
    "error",
    "iterations",
    "Committed Points, Completed Points, Scope Added or Remaining Points is negative.",
    "Enter the points as a positive number (or 0).",
)


def _label(it: Iteration) -> str | None:
    return str(it.iteration).strip() if not blank(it.iteration) else None


@check(REQUIRED, END_BEFORE_START)
def iteration_dates(ctx: RuleContext) -> Iterator[Finding | None]:
    for it in ctx.project.iterations:
        for key, name in (("iteration", "Iteration"), ("start", "Start"), ("end", "End")):
            if blank(getattr(it, key)):
                yield ctx.item_finding(
                    REQUIRED, it, key, f"{name} is empty; it is required", label=_label(it)
                )
        if it.start is not None and it.end is not None and it.end < it.start:
            yield ctx.item_finding(
                END_BEFORE_START,
                it,
                "end",
                f"End {it.end.isoformat()} is before Start {it.start.isoformat()}; correct the "
                "wrong date",
                value=it.end,
                label=_label(it),
            )


@check(OVERLAP)
def iteration_overlap(ctx: RuleContext) -> Iterator[Finding | None]:
    dated = sorted(
        (
            (it.start, it.end, it)
            for it in ctx.project.iterations
            if it.start is not None and it.end is not None and it.end >= it.start
        ),
        key=lambda entry: (entry[0], entry[2].source_row or 0),
    )
    for (_, before_end, before), (after_start, _, after) in itertools.pairwise(dated):
        if after_start <= before_end:
            yield ctx.item_finding(
                OVERLAP,
                after,
                "start",
                f"starts {after_start.isoformat()}, before {_label(before) or 'the previous one'} "
                f"ends ({before_end.isoformat()}); correct the dates",
                value=after_start,
                label=_label(after),
            )


@check(POINTS)
def iteration_points(ctx: RuleContext) -> Iterator[Finding | None]:
    for it in ctx.project.iterations:
        for key, name in (
            ("committed_points", "Committed Points"),
            ("completed_points", "Completed Points"),
            ("scope_added", "Scope Added"),
            ("remaining_points", "Remaining Points"),
        ):
            value = getattr(it, key)
            if value is None or value >= 0:
                continue
            yield ctx.item_finding(
                POINTS,
                it,
                key,
                f"{name} {fmt(value)} is negative; enter 0 or more",
                value=value,
                label=_label(it),
            )


COMPLETED_WITHOUT_COMMITTED = declare(
    "ITR-005",
    "Completed points without committed points",
    "warning",
    "iterations",
    "An iteration has Completed Points but no Committed Points, so its say/do and scope "
    "change cannot be judged.",
    "Enter the points the team committed to at the start of the iteration (0 if none).",
)
OUT_OF_ORDER = declare(
    "ITR-006",
    "Iterations out of date order",
    "info",
    "iterations",
    "An iteration row starts before the row above it: the table is not in date order. "
    "The figures are computed by date all the same; a table in date order reads (and charts) "
    "right.",
    "Sort the Iterations table by Start (oldest first).",
)


@check(COMPLETED_WITHOUT_COMMITTED)
def completed_without_committed(ctx: RuleContext) -> Iterator[Finding | None]:
    for it in ctx.project.iterations:
        if it.committed_points is None and it.completed_points is not None:
            yield ctx.item_finding(
                COMPLETED_WITHOUT_COMMITTED,
                it,
                "committed_points",
                f"Completed Points {fmt(it.completed_points)} without Committed Points; enter "
                "what was committed (0 if nothing)",
                value=it.completed_points,
                label=_label(it),
            )


@check(OUT_OF_ORDER)
def iteration_order(ctx: RuleContext) -> Iterator[Finding | None]:
    rows = sorted(
        (it for it in ctx.project.iterations if it.start is not None),
        key=lambda it: it.source_row or 0,
    )
    for before, after in itertools.pairwise(rows):
        if after.start is not None and before.start is not None and after.start < before.start:
            yield ctx.item_finding(
                OUT_OF_ORDER,
                after,
                "start",
                f"starts {after.start.isoformat()}, before {_label(before) or 'the row above'} "
                f"({before.start.isoformat()}) listed above it; sort the table by Start",
                value=after.start,
                label=_label(after),
            )
