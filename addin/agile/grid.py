"""Agile figures from a pasted Iterations range (what the PMO functions are given): the
header row and the rows below it, read by the same reader as a workbook."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin.agile.metrics import AgileMetrics, agile_metrics
from addin.errors import PmoError, UsageError
from addin.reading.range_reader import read_register_range
from addin.standards import Standards


def metrics_from_range(
    values: list[list[Any]],
    standards: Standards,
    as_of: date,
    *,
    planned_end: date | None = None,
) -> AgileMetrics:
    """SPEC 16 figures of the iterations in ``values`` (tblIterations with its header row).

    Raises UsageError when the range is not an Iterations table (no End or Completed
    Points column), naming what is missing.
    """
    _, result = read_register_range(values, "iterations", standards)
    location = result.registers.get("iterations")
    columns = location.columns if location else {}
    missing = [
        name
        for key, name in (("end", "End"), ("completed_points", "Completed Points"))
        if key not in columns
    ]
    if missing:
        raise UsageError(
            f"the range has no {' or '.join(missing)} column; select tblIterations with its "
            "header row (Iteration, Start, End, Committed Points, Completed Points...)"
        )
    return agile_metrics(
        result.project.iterations,
        as_of,
        standards.agile,
        planned_end=planned_end,
        remaining_column="remaining_points" in columns,
    )


class NoAgileFigure(PmoError, LookupError):
    """The figure asked for cannot be computed from the rows; the message says why."""


#: What :func:`figure_from_range` can give: SPEC 16's per-project figures.
FIGURES = ("velocity", "say_do", "forecast", "optimistic", "pessimistic")


def figure(metrics: AgileMetrics, name: str) -> float | date:
    """One figure of ``metrics`` by name; raises :class:`NoAgileFigure` with the reason
    when it has none (never a made-up value)."""
    if name not in FIGURES:
        raise UsageError(f"{name!r} is not an agile figure; use one of {', '.join(FIGURES)}")
    found: float | date | None = {
        "velocity": metrics.velocity,
        "say_do": metrics.say_do,
        "forecast": metrics.forecast_finish,
        "optimistic": metrics.forecast_optimistic,
        "pessimistic": metrics.forecast_pessimistic,
    }[name]
    if found is not None:
        return found
    if name == "say_do" and metrics.ended:
        raise NoAgileFigure("no committed points in the last iterations")
    if name == "pessimistic" and metrics.reason is None and metrics.notes:
        raise NoAgileFigure(metrics.notes[0])  # the lowest velocity of the window is 0
    raise NoAgileFigure(metrics.reason or "no iteration has ended")
