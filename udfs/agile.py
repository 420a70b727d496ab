"""PMO functions for agile delivery (SPEC section 16): velocity, say/do and the forecast
finish over a project's Iterations table, as the Agile roll-up sheet computes them."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin.agile.grid import NoAgileFigure, figure, metrics_from_range
from addin.agile.metrics import AgileMetrics
from addin.errors import UsageError
from addin.excel_values import ExcelInputError, date_arg, excel_call, grid_arg, text_arg
from udfs.registry import pmo_function, standards

_ITERATIONS = (
    "The Iterations table with its header row (tblIterations[#All]): Iteration, Start, End, "
    "Committed Points, Completed Points, Scope Added, Remaining Points."
)
_AS_OF = "Count iterations ended on or before this date (default today)."
_WHICH = ("forecast", "optimistic", "pessimistic")


def _metrics(iterations: Any, as_of: Any) -> AgileMetrics:
    judged = date_arg(as_of, "as_of") or date.today()
    return metrics_from_range(grid_arg(iterations), standards(), judged)


def _figure(iterations: Any, as_of: Any, name: str) -> float | date:
    try:
        return figure(_metrics(iterations, as_of), name)
    except NoAgileFigure as exc:
        raise ExcelInputError(f"#N/A {exc}") from None


def _forecast(iterations: Any, as_of: Any, which: Any) -> float | date:
    kind = (text_arg(which, "which") or "forecast").casefold()
    if kind not in _WHICH:
        raise UsageError(f"which is {kind!r}; use forecast, optimistic or pessimistic")
    return _figure(iterations, as_of, kind)


@pmo_function(
    args={"iterations": _ITERATIONS, "as_of": _AS_OF},
    returns="Mean Completed Points of the last N ended iterations (N from the standards, "
    "default 3); #N/A with the reason when no iteration has ended.",
    example="=PMO_VELOCITY(tblIterations[#All], DATE(2026,11,30)) -> 27",
    ranges=("iterations",),
)
def PMO_VELOCITY(iterations: Any, as_of: Any = None) -> Any:
    """Velocity: the mean Completed Points of the last N iterations ended by the as-of date."""
    return excel_call(lambda: _figure(iterations, as_of, "velocity"))


@pmo_function(
    args={"iterations": _ITERATIONS, "as_of": _AS_OF},
    returns="Sum Completed / sum Committed over the last N ended iterations (0.88 = 88 %), "
    "leaving out any whose Committed Points is blank; #N/A with the reason when nothing was committed or no iteration has ended.",
    example="=PMO_SAYDO(tblIterations[#All], DATE(2026,11,30)) -> 0.88",
    ranges=("iterations",),
)
def PMO_SAYDO(iterations: Any, as_of: Any = None) -> Any:
    """Say/do ratio: points completed over points committed in the last N iterations."""
    return excel_call(lambda: _figure(iterations, as_of, "say_do"))


@pmo_function(
    args={
        "iterations": _ITERATIONS,
        "as_of": _AS_OF,
        "which": "forecast (default), optimistic (highest of the N velocities) or "
        "pessimistic (lowest).",
    },
    returns="The forecast finish date: end of the last ended iteration + ceil(Remaining "
    "Points / velocity) x mean iteration length; #N/A with the reason when there is none "
    "(Remaining Points empty, velocity 0, no iteration ended), never a made-up date.",
    example='=PMO_FORECASTFINISH(tblIterations[#All], DATE(2026,11,30), "pessimistic") -> 2027-01-10',
    ranges=("iterations",),
)
def PMO_FORECASTFINISH(iterations: Any, as_of: Any = None, which: Any = None) -> Any:
    """Forecast finish of an agile project from its iterations (SPEC 16)."""
    return excel_call(lambda: _forecast(iterations, as_of, which))
