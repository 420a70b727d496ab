"""Agile delivery rules (SPEC section 16): the patterns that precede a miss.

Each reads the project's figures from :mod:`addin.agile` (the same functions the Agile
roll-up sheet and the PMO functions use) and the thresholds of the standards' ``[agile]``
table, and points at the cell the figure rests on.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from addin.agile import (
    AgileMetrics,
    committed_known,
    ended_iterations,
    iteration_label,
    project_metrics,
)
from addin.catalogue import declare
from addin.findings import Finding
from addin.models import Iteration
from addin.rules.base import RuleContext, check, fmt

SAY_DO = declare(
    "ITR-101",
    "Say/do below the threshold",
    "warning",
    "iterations",
    "Over the last N ended iterations of an agile or hybrid project ([agile] last_n, "
    "default 3), completed points divided by committed points is below the standards' "
    "threshold ([agile] say_do_threshold, default 0.7): the team delivers much less than "
    "it commits to.",
    "Commit to what the team's recent velocity supports, or find what stops committed work "
    "from finishing; check the Committed and Completed Points are right.",
)
FORECAST_LATE = declare(
    "ITR-102",
    "Forecast finish after the Planned End Date",
    "warning",
    "iterations",
    "The forecast finish (end of the last ended iteration + Remaining Points / velocity "
    "iterations) is later than the Project sheet's Planned End Date by more than the "
    "standards' threshold ([agile] late_threshold_days, default 14).",
    "Re-plan (cut scope, add capacity) or move the Planned End Date through change control; "
    "check Remaining Points is up to date.",
)
NO_RECENT = declare(
    "ITR-103",
    "No iteration ended recently",
    "warning",
    "iterations",
    "A project whose delivery method runs in iterations throughout ([agile] "
    "iteration_methods, default Agile: a hybrid project may have phases without sprints) "
    "and that is in an active stage ([agile] active_stages, default Delivery) has no "
    "iteration that ended within the last [agile] no_iteration_days (default 30) before the "
    "as-of date.",
    "Add the iterations that ended since, with their points, or correct the project's stage "
    "or delivery method.",
)
RISING = declare(
    "ITR-104",
    "Remaining Points rising",
    "warning",
    "iterations",
    "Remaining Points rose from each ended iteration to the next over the last [agile] "
    "rising_iterations (default 3): scope is growing faster than the team delivers, so the "
    "finish moves away.",
    "Review the backlog growth with the product owner and re-plan; check Remaining Points is "
    "filled correctly.",
)
NO_FORECAST = declare(
    "ITR-105",
    "No forecast finish",
    "info",
    "iterations",
    "An agile or hybrid project has ended iterations but no forecast finish can be computed: "
    "Remaining Points is empty on the last ended iteration, or velocity over the last N is 0. "
    "No date is made up; the Agile roll-up sheet gives the same reason.",
    "Fill Remaining Points on the last ended iteration (template version 2), or record the "
    "Completed Points.",
)


def _metrics(ctx: RuleContext) -> AgileMetrics | None:
    return project_metrics(
        ctx.project,
        ctx.standards,
        ctx.as_of,
        remaining_column=not ctx.column_absent("iterations", "remaining_points"),
    )


def _span(ctx: RuleContext, window: tuple[Iteration, ...], column_key: str) -> str:
    """``Iterations!E6:E8`` for the window's cells of one column (rows by date, so the
    span names the first and the last)."""
    first = ctx.result.cell_of("iterations", window[0].source_row, column_key)
    last = ctx.result.cell_of("iterations", window[-1].source_row, column_key)
    if not first or not last:
        return "the Iterations sheet"
    cells = first[1] if first == last else f"{first[1]}:{last[1]}"
    return f"{first[0]}!{cells}"


def _names(window: tuple[Iteration, ...]) -> str:
    if len(window) == 1:
        return iteration_label(window[0])
    return f"{iteration_label(window[0])} to {iteration_label(window[-1])}"


@check(SAY_DO)
def say_do_low(ctx: RuleContext) -> Iterator[Finding | None]:
    metrics = _metrics(ctx)
    if metrics is None or metrics.say_do is None or metrics.last is None:
        return
    threshold = ctx.standards.agile.say_do_threshold
    if metrics.say_do >= threshold:
        return
    judged = committed_known(metrics.window)
    done = sum(it.completed_points or 0 for it in judged)
    committed = sum(it.committed_points or 0 for it in judged)
    yield ctx.item_finding(
        SAY_DO,
        metrics.last,
        "completed_points",
        f"say/do {metrics.say_do:.2f} over {_names(metrics.window)} ({fmt(float(done))} of "
        f"{fmt(float(committed))} committed points completed, "
        f"{_span(ctx, metrics.window, 'completed_points')}) is below {threshold:g}; commit to "
        "what the team delivers",
        value=round(metrics.say_do, 4),
        label=iteration_label(metrics.last),
    )


@check(FORECAST_LATE)
def forecast_late(ctx: RuleContext) -> Iterator[Finding | None]:
    metrics = _metrics(ctx)
    if metrics is None or metrics.days_late is None or metrics.last is None:
        return
    threshold = ctx.standards.agile.late_threshold_days
    if metrics.days_late <= threshold or metrics.forecast_finish is None:
        return
    planned = metrics.planned_end.isoformat() if metrics.planned_end else "?"
    yield ctx.item_finding(
        FORECAST_LATE,
        metrics.last,
        "remaining_points",
        f"forecast finish {metrics.forecast_finish.isoformat()} ({fmt(metrics.remaining_points)} "
        f"points left at velocity {fmt(metrics.velocity)}) is {metrics.days_late} days after "
        f"the Planned End Date {planned} (more than {threshold}); re-plan or change the "
        "Planned End Date through change control",
        value=metrics.forecast_finish,
        label=iteration_label(metrics.last),
    )


@check(NO_RECENT)
def no_recent_iteration(ctx: RuleContext) -> Iterator[Finding | None]:
    policy = ctx.standards.agile
    header = ctx.header
    if not policy.expects_iterations(header.delivery_method) or not policy.is_active_stage(
        header.stage
    ):
        return
    iterations = ctx.project.iterations
    days = policy.no_iteration_days
    since = ctx.as_of.toordinal() - days
    if header.start_date is not None and header.start_date.toordinal() > since:
        return  # the project started too recently to have ended an iteration
    ended = [it for it in iterations if it.end is not None and it.end <= ctx.as_of]
    latest = max(ended, key=lambda it: (it.end, it.source_row or 0), default=None)
    if latest is not None and latest.end is not None and latest.end.toordinal() >= since:
        return
    if latest is None or latest.end is None:
        yield ctx.sheet_finding(
            NO_RECENT,
            "iterations",
            f"no iteration has ended by {ctx.as_of.isoformat()} although the project is in "
            f"{header.stage}; add its iterations",
        )
        return
    yield ctx.item_finding(
        NO_RECENT,
        latest,
        "end",
        f"the last iteration ended {latest.end.isoformat()}, "
        f"{(ctx.as_of - latest.end).days} days before {ctx.as_of.isoformat()} (more than "
        f"{days}); add the iterations since",
        value=latest.end,
        label=iteration_label(latest),
    )


@check(RISING)
def remaining_rising(ctx: RuleContext) -> Iterator[Finding | None]:
    if not ctx.standards.agile.applies_to(ctx.header.delivery_method):
        return
    count = ctx.standards.agile.rising_iterations
    tail = ended_iterations(ctx.project.iterations, ctx.as_of)[-count:]
    values = [it.remaining_points for it in tail]
    if len(tail) < count or any(v is None for v in values):
        return
    numbers = [float(v) for v in values if v is not None]
    if not all(b > a for a, b in itertools.pairwise(numbers)):
        return
    window = tuple(tail)
    yield ctx.item_finding(
        RISING,
        tail[-1],
        "remaining_points",
        f"Remaining Points rose over {_names(window)}: "
        f"{', '.join(fmt(n) for n in numbers)} ({_span(ctx, window, 'remaining_points')}); "
        "the backlog grows faster than the team delivers",
        value=numbers[-1],
        label=iteration_label(tail[-1]),
    )


@check(NO_FORECAST)
def no_forecast(ctx: RuleContext) -> Iterator[Finding | None]:
    metrics = _metrics(ctx)
    if metrics is None or metrics.reason is None or metrics.last is None:
        return
    column = "remaining_points" if metrics.remaining_points is None else "completed_points"
    yield ctx.item_finding(
        NO_FORECAST,
        metrics.last,
        column,
        metrics.reason,
        value=getattr(metrics.last, column),
        label=iteration_label(metrics.last),
    )
