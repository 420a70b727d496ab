"""Agile delivery figures of one project (SPEC section 16), from its iteration rows.

Only iterations **ended on or before the as-of date** count (an End date, a Start not
after it, and Completed Points filled: a sprint whose result is not yet recorded has not
closed). Of those, the last N (standards ``[agile] last_n``, by End date) give:

- **velocity** = mean Completed Points;
- **say/do** = sum Completed / sum Committed;
- **scope change** = sum Scope Added / sum Committed;
- **forecast finish** = End of the last ended iteration + ceil(Remaining Points of that
  iteration / velocity) x mean iteration length in days (Start to End inclusive),
  rounded to whole days; the **optimistic** and **pessimistic** dates use the highest and
  the lowest of those N velocities instead;
- **days late** = forecast finish - Planned End Date.

No date is ever made up: when there is no forecast, :attr:`AgileMetrics.reason` says why
(no iteration ended yet, Remaining Points missing on the last ended iteration, velocity
zero).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from addin.models import Iteration
from addin.standards.agile import AgilePolicy


@dataclass(frozen=True)
class AgileMetrics:
    """Velocity, say/do, scope change and forecast of one project at one as-of date."""

    ended: int  # iterations ended on or before the as-of date
    window: tuple[Iteration, ...]  # the last N of them, oldest first
    velocity: float | None = None
    say_do: float | None = None
    scope_change: float | None = None
    remaining_points: float | None = None  # of the last ended iteration
    mean_length_days: float | None = None
    forecast_finish: date | None = None
    forecast_optimistic: date | None = None
    forecast_pessimistic: date | None = None
    planned_end: date | None = None
    days_late: int | None = None
    reason: str | None = None  # why there is no forecast finish (None when there is one)
    notes: tuple[str, ...] = ()  # what else a reader should know (no pessimistic date...)
    #: Completed Points of every ended iteration, oldest first (the velocity sparkline).
    history: tuple[float, ...] = field(default=())

    @property
    def last(self) -> Iteration | None:
        """The last ended iteration."""
        return self.window[-1] if self.window else None

    def to_json(self, project_id: str | None) -> dict[str, object]:
        """One entry of ``agile`` in ``pmo consolidate --json`` (docs/consolidate.md)."""

        def iso(value: date | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "project_id": project_id,
            "velocity": _rounded(self.velocity),
            "say_do": _rounded(self.say_do, 4),
            "scope_change": _rounded(self.scope_change, 4),
            "forecast_finish": iso(self.forecast_finish),
            "forecast_optimistic": iso(self.forecast_optimistic),
            "forecast_pessimistic": iso(self.forecast_pessimistic),
            "planned_end": iso(self.planned_end),
            "days_late": self.days_late,
            "iterations_ended": self.ended,
            "reason": self.reason,
        }


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _points(value: float | None) -> float | None:
    """A usable points figure: a finite number, else None."""
    if value is None or isinstance(value, bool):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def iteration_label(it: Iteration) -> str:
    """How a message names an iteration: its name, else its End date, else its row."""
    if it.iteration is not None and str(it.iteration).strip():
        return str(it.iteration).strip()
    if it.end is not None:
        return f"the iteration ending {it.end.isoformat()}"
    return f"row {it.source_row}" if it.source_row else "an iteration"


def ended_iterations(iterations: Sequence[Iteration], as_of: date) -> list[Iteration]:
    """Iterations ended on or before ``as_of`` with their result recorded, oldest first.

    An iteration counts when it has an End on or before the as-of date, a Start not after
    its End, and Completed Points. Rows are taken by date, whatever order they are in.
    """
    ended = [
        it
        for it in iterations
        if it.end is not None
        and it.start is not None
        and it.start <= it.end <= as_of
        and _points(it.completed_points) is not None
    ]
    ended.sort(key=lambda it: (it.end, it.start, it.source_row or 0))
    return ended


def velocity(window: Sequence[Iteration]) -> float | None:
    """Mean Completed Points; None for no iteration."""
    done = [_points(it.completed_points) or 0.0 for it in window]
    return sum(done) / len(done) if done else None


def committed_known(window: Sequence[Iteration]) -> list[Iteration]:
    """The iterations of ``window`` whose Committed Points is known: say/do and scope
    change are judged over these only (a blank or unreadable commitment, ITR-005/WB-013,
    would otherwise count completed points against nothing)."""
    return [it for it in window if _points(it.committed_points) is not None]


def _ratio(key: str, window: Sequence[Iteration]) -> float | None:
    judged = committed_known(window)
    committed = sum(_points(it.committed_points) or 0.0 for it in judged)
    numerator = sum(_points(getattr(it, key)) or 0.0 for it in judged)
    return numerator / committed if committed > 0 else None


def say_do(window: Sequence[Iteration]) -> float | None:
    """Sum Completed / sum Committed over the iterations with Committed Points known;
    None when nothing was committed."""
    return _ratio("completed_points", window)


def scope_change(window: Sequence[Iteration]) -> float | None:
    """Sum Scope Added / sum Committed over the iterations with Committed Points known;
    None when nothing was committed."""
    return _ratio("scope_added", window)


def mean_length_days(window: Sequence[Iteration]) -> float | None:
    """Mean iteration length in days, Start to End inclusive (a Monday-to-Sunday
    two-week sprint is 14 days)."""
    lengths = [
        (it.end - it.start).days + 1 for it in window if it.start is not None and it.end is not None
    ]
    return sum(lengths) / len(lengths) if lengths else None


def finish_date(last_end: date, remaining: float, speed: float, length_days: float) -> date | None:
    """``last_end`` + ceil(remaining / speed) x length, rounded to whole days; None when
    the speed is not positive (no finish can be computed)."""
    if speed <= 0:
        return None
    iterations = math.ceil(remaining / speed) if remaining > 0 else 0
    return last_end + timedelta(days=math.floor(iterations * length_days + 0.5))


def agile_metrics(
    iterations: Sequence[Iteration],
    as_of: date,
    policy: AgilePolicy,
    *,
    planned_end: date | None = None,
    remaining_column: bool = True,
) -> AgileMetrics:
    """Every SPEC 16 figure of one project. ``remaining_column`` is False for a workbook
    without a Remaining Points column (template version 1): its reason says so."""
    ended = ended_iterations(iterations, as_of)
    history = tuple(_points(it.completed_points) or 0.0 for it in ended)
    if not ended:
        return AgileMetrics(
            ended=0,
            window=(),
            planned_end=planned_end,
            reason=f"no iteration has ended (with Completed Points) on or before "
            f"{as_of.isoformat()}",
        )
    window = tuple(ended[-policy.last_n :])
    last = window[-1]
    speed = velocity(window)
    remaining = _points(last.remaining_points)
    length = mean_length_days(window)
    figures = AgileMetrics(
        ended=len(ended),
        window=window,
        velocity=speed,
        say_do=say_do(window),
        scope_change=scope_change(window),
        remaining_points=remaining,
        mean_length_days=length,
        planned_end=planned_end,
        history=history,
    )
    label = iteration_label(last)
    if remaining is None:
        why = (
            "the workbook has no Remaining Points column (template version 1); "
            "run `pmo upgrade` and fill it"
            if not remaining_column
            else f"Remaining Points is empty on {label}, the last ended iteration; fill it"
        )
        return replace(figures, reason=f"no forecast: {why}")
    if remaining < 0:
        return replace(figures, reason=f"no forecast: Remaining Points on {label} is negative")
    if speed is None or speed <= 0 or length is None or last.end is None:
        shown = f"{speed:g}" if speed is not None else "unknown"
        return replace(
            figures,
            reason=f"no forecast: velocity is {shown} over the last {len(window)} ended "
            "iteration(s)",
        )
    done = [_points(it.completed_points) or 0.0 for it in window]
    forecast = finish_date(last.end, remaining, speed, length)
    optimistic = finish_date(last.end, remaining, max(done), length)
    pessimistic = finish_date(last.end, remaining, min(done), length)
    notes: tuple[str, ...] = ()
    if pessimistic is None:
        notes += ("no pessimistic date: the lowest velocity of the window is 0",)
    if planned_end is None:
        notes += ("no Planned End Date on the Project sheet: days late cannot be judged",)
    late = (forecast - planned_end).days if forecast and planned_end else None
    return replace(
        figures,
        forecast_finish=forecast,
        forecast_optimistic=optimistic,
        forecast_pessimistic=pessimistic,
        days_late=late,
        notes=notes,
    )
