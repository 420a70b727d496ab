"""Agile figures from a pasted Iterations range (what the PMO functions are given): the
header row and the rows below it, read by the same reader as a workbook."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin.agile.metrics import AgileMetrics, agile_metrics
from addin.errors import UsageError
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
