"""Agile figures for a project as read, and the portfolio line over every agile project."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from addin.agile.metrics import AgileMetrics, agile_metrics
from addin.models import ProjectData
from addin.reading.result import ReadResult
from addin.standards import Standards


def project_metrics(
    project: ProjectData, standards: Standards, as_of: date, *, remaining_column: bool = True
) -> AgileMetrics | None:
    """The project's agile figures; None when its delivery method is not one the
    standards' ``[agile] methods`` name (waterfall projects get none)."""
    header = project.header
    if not standards.agile.applies_to(header.delivery_method):
        return None
    return agile_metrics(
        project.iterations,
        as_of,
        standards.agile,
        planned_end=header.planned_end_date,
        remaining_column=remaining_column,
    )


def metrics_for_result(
    result: ReadResult, standards: Standards, as_of: date
) -> AgileMetrics | None:
    """:func:`project_metrics` of a workbook as read: a workbook whose Iterations table has
    no Remaining Points column (template version 1) gets a reason that says so."""
    location = result.registers.get("iterations")
    remaining_column = location is None or "remaining_points" in location.columns
    return project_metrics(result.project, standards, as_of, remaining_column=remaining_column)


@dataclass(frozen=True)
class PortfolioAgile:
    """The Agile sheet's portfolio line."""

    projects: int  # agile and hybrid projects
    with_forecast: int
    median_say_do: float | None
    median_velocity: float | None
    forecast_late: int  # forecast finish after the Planned End Date
    late_beyond_threshold: int  # ... by more than [agile] late_threshold_days


def portfolio_agile(metrics: Sequence[AgileMetrics], standards: Standards) -> PortfolioAgile:
    """Median say/do and velocity, and how many projects are forecast late."""
    say_dos = [m.say_do for m in metrics if m.say_do is not None]
    velocities = [m.velocity for m in metrics if m.velocity is not None]
    lates = [m.days_late for m in metrics if m.days_late is not None]
    threshold = standards.agile.late_threshold_days
    return PortfolioAgile(
        projects=len(metrics),
        with_forecast=sum(1 for m in metrics if m.forecast_finish is not None),
        median_say_do=statistics.median(say_dos) if say_dos else None,
        median_velocity=statistics.median(velocities) if velocities else None,
        forecast_late=sum(1 for d in lates if d > 0),
        late_beyond_threshold=sum(1 for d in lates if d > threshold),
    )


def summary_line(entries: Sequence[dict[str, object]], late_threshold_days: int) -> str | None:
    """The closing line a person reads after a consolidation (from the ``agile`` JSON
    entries); None when no project is agile."""
    if not entries:
        return None
    say_dos = [v for e in entries if isinstance(v := e.get("say_do"), int | float)]
    lates = [v for e in entries if isinstance(v := e.get("days_late"), int)]
    forecast = sum(1 for e in entries if e.get("forecast_finish"))
    median = f"{statistics.median(say_dos):.0%}" if say_dos else "-"
    late = sum(1 for d in lates if d > 0)
    beyond = sum(1 for d in lates if d > late_threshold_days)
    return (
        f"  Agile: {len(entries)} agile/hybrid projects, {forecast} with a forecast; median "
        f"say/do {median}; forecast late: {late} ({beyond} by more than "
        f"{late_threshold_days} days) (Agile sheet)"
    )
