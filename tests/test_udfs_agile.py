"""PMO.VELOCITY, PMO.SAYDO and PMO.FORECASTFINISH over an Iterations range as Excel passes
it (2-D lists, floats, datetimes or serials): the same figures as the Agile roll-up sheet."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sprint_history import sprint_history

import udfs
from addin.agile import agile_metrics
from addin.cells import excel_serial
from addin.layout import ITERATIONS
from addin.standards import default_standards

NOV30 = dt.datetime(2026, 11, 30)
FIRST = dt.datetime(2026, 8, 10)
ROWS = [(30, 28, 2, 250), (30, 30, 0, 220), (32, 29, 3, 194), (30, 30, 0, 164),
        (30, 27, 1, 138), (30, 30, 2, 110), (32, 24, 5, 91), (30, 27, 3, 67)]  # fmt: skip


def grid(rows: list[tuple[Any, ...]] = ROWS, *, serials: bool = False) -> list[list[Any]]:
    """tblIterations[#All] as xlwings passes it: header row, floats, datetimes."""
    out: list[list[Any]] = [list(ITERATIONS.headers)]
    for n, (committed, completed, added, remaining) in enumerate(rows):
        start = FIRST + dt.timedelta(days=14 * n)
        end = start + dt.timedelta(days=13)
        out.append(
            [
                f"Sprint {n + 1}",
                excel_serial(start) if serials else start,
                excel_serial(end) if serials else end,
                float(committed),
                None if completed is None else float(completed),
                float(added),
                None if remaining is None else float(remaining),
            ]
        )
    return out


def test_the_functions_equal_the_core() -> None:
    core = agile_metrics(
        sprint_history(ROWS, first=FIRST.date()),
        NOV30.date(),
        default_standards().agile,
    )
    assert udfs.PMO_VELOCITY(grid(), NOV30) == core.velocity == 27
    assert udfs.PMO_SAYDO(grid(), NOV30) == pytest.approx(81 / 92)
    assert udfs.PMO_FORECASTFINISH(grid(), NOV30) == dt.datetime(2027, 1, 10)
    assert udfs.PMO_FORECASTFINISH(grid(), NOV30, "optimistic") == dt.datetime(2027, 1, 10)
    assert udfs.PMO_FORECASTFINISH(grid(), NOV30, "Pessimistic") == dt.datetime(2027, 1, 10)


def test_dates_as_serials_and_the_as_of_date_as_a_serial() -> None:
    assert udfs.PMO_VELOCITY(grid(serials=True), excel_serial(NOV30)) == 27
    # on 2026-11-28 sprint 8 (ends 11-29) has not ended: sprints 5-7 -> (27+30+24)/3
    assert udfs.PMO_VELOCITY(grid(), dt.datetime(2026, 11, 28)) == 27


def test_no_forecast_gives_the_reason_never_a_date() -> None:
    no_remaining = [*ROWS[:7], (30, 27, 3, None)]
    assert udfs.PMO_FORECASTFINISH(grid(no_remaining), NOV30) == (
        "#N/A no forecast: Remaining Points is empty on Sprint 8, the last ended iteration; fill it"
    )
    stalled = [(20, 0, 0, 80)] * 3
    assert udfs.PMO_FORECASTFINISH(grid(stalled), NOV30) == (
        "#N/A no forecast: velocity is 0 over the last 3 ended iteration(s)"
    )
    assert udfs.PMO_VELOCITY(grid(), dt.datetime(2026, 8, 1)) == (
        "#N/A no iteration has ended (with Completed Points) on or before 2026-08-01"
    )
    v1 = [row[:6] for row in grid()]  # a version 1 table: no Remaining Points column
    assert udfs.PMO_FORECASTFINISH(v1, NOV30).startswith(
        "#N/A no forecast: the workbook has no Remaining Points column (template version 1)"
    )
    assert udfs.PMO_VELOCITY(v1, NOV30) == 27  # velocity needs no Remaining Points


def test_bad_arguments_say_what_is_wrong() -> None:
    assert udfs.PMO_FORECASTFINISH(grid(), NOV30, "soon") == (
        "#VALUE! which is 'soon'; use forecast, optimistic or pessimistic"
    )
    assert udfs.PMO_VELOCITY([["Name", "Owner"], ["x", "y"]], NOV30).startswith(
        "#VALUE! the range has no End or Completed Points column"
    )
    assert udfs.PMO_SAYDO(grid(), "#REF!") == "#REF!"
    assert udfs.PMO_SAYDO(grid(), "someday").startswith("#VALUE! as_of 'someday'")


def test_say_do_without_commitments_and_a_zero_lowest_velocity_say_why() -> None:
    uncommitted = [(0, 28, 2, 250), (0, 30, 0, 220), (0, 29, 3, 194)]
    assert (
        udfs.PMO_SAYDO(grid(uncommitted), NOV30)
        == "#N/A no committed points in the last iterations"
    )
    stalled_once = [(20, 0, 0, 80), (20, 20, 0, 60), (20, 20, 0, 40)]
    # 40 left at velocity (0 + 20 + 20) / 3: 3 sprints of 14 days after 2026-09-20
    assert udfs.PMO_FORECASTFINISH(grid(stalled_once), NOV30) == dt.datetime(2026, 11, 1)
    assert udfs.PMO_FORECASTFINISH(grid(stalled_once), NOV30, "pessimistic") == (
        "#N/A no pessimistic date: the lowest velocity of the window is 0"
    )
