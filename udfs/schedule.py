"""PMO functions for dates: days overdue, milestone slippage, dependency slack."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin import derived
from addin.errors import UsageError
from addin.excel_values import date_arg, excel_call, text_arg
from addin.reading.range_reader import find_register
from udfs.registry import pmo_function, standards

#: Registers whose items have a due date and a status that can close them.
_CLOSABLE = ("risk", "assumption", "issue", "dependency", "milestone")


def _days_overdue(due: Any, status: Any, register: Any, as_of: Any) -> int | None:
    due_date = date_arg(due, "due_date")
    item = find_register(text_arg(register, "register") or "risk").item
    if item not in _CLOSABLE:
        raise UsageError(f"register {item!r} has no due dates; use one of: {', '.join(_CLOSABLE)}")
    judged = date_arg(as_of, "as_of") or date.today()
    is_open = not standards().is_closed(item, text_arg(status, "status"))
    return derived.days_overdue(due_date, judged, is_open=is_open)


@pmo_function(
    args={
        "due_date": "The due date (Due Date, Validate By, Need By or milestone Forecast Date).",
        "status": "The item's status; a closed status gives 0.",
        "register": "risk, assumption, issue, dependency or milestone (default risk).",
        "as_of": "Judge at this date (default today; pass your report date to keep it fixed).",
    },
    returns="Whole days past due for an open item; 0 when closed, not yet due or without a due date.",
    example='=PMO_DAYSOVERDUE(DATE(2026,11,1), "Open", "issue", DATE(2026,11,30)) -> 29',
)
def PMO_DAYSOVERDUE(
    due_date: Any, status: Any = None, register: Any = None, as_of: Any = None
) -> Any:
    """Days overdue: how many days an open item is past its due date."""
    return excel_call(lambda: _days_overdue(due_date, status, register, as_of))


@pmo_function(
    args={
        "baseline_date": "The milestone's baseline date.",
        "forecast_date": "Its forecast date.",
        "actual_date": "Its actual date, once achieved (used instead of the forecast).",
    },
    returns="Days after the baseline (negative when early); empty without a baseline or dates.",
    example="=PMO_SLIPPAGEDAYS(DATE(2026,3,1), DATE(2026,3,15)) -> 14",
)
def PMO_SLIPPAGEDAYS(baseline_date: Any, forecast_date: Any, actual_date: Any = None) -> Any:
    """Milestone slippage: days the milestone lands after its baseline."""
    return excel_call(
        lambda: derived.slippage_days(
            date_arg(baseline_date, "baseline_date"),
            date_arg(forecast_date, "forecast_date"),
            date_arg(actual_date, "actual_date"),
        )
    )


@pmo_function(
    args={
        "need_by": "The date the dependency is needed by.",
        "committed_date": "The date the other side committed to.",
    },
    returns="Days of slack (negative: committed too late); empty when either is blank.",
    example="=PMO_SLACKDAYS(DATE(2026,5,1), DATE(2026,4,20)) -> 11",
)
def PMO_SLACKDAYS(need_by: Any, committed_date: Any) -> Any:
    """Dependency slack: days between the committed date and the need-by date."""
    return excel_call(
        lambda: derived.slack_days(
            date_arg(need_by, "need_by"), date_arg(committed_date, "committed_date")
        )
    )
