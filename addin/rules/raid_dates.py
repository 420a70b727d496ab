"""RAID dates: overdue items, closing without (or before) dates, staleness, future dates.

Open, overdue and stale follow SPEC section 4: open = status not in the register's closed
statuses; overdue = open with a due date before the as-of date; stale = open and not
updated within ``staleness.item_days`` of the as-of date.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from addin import layout
from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, check, column_name

#: Registers with a lifecycle (Status, Last Updated, Closed Date).
LIFECYCLE = ("risks", "assumptions", "issues", "dependencies")
#: Register key -> the column holding its due date (assumptions have their own rule).
DUE_COLUMN = {key: layout.DUE_COLUMNS[key] for key in ("risks", "issues", "dependencies")}

OVERDUE = declare(
    "RAID-012",
    "Open item past its due date",
    "warning",
    "raid",
    "An open risk or issue whose Due Date, or an open dependency whose Need By date, is "
    "before the as-of date.",
    "Close the item if it is done, or agree a new date and update it.",
)
CLOSED_NO_DATE = declare(
    "RAID-013",
    "Closed without a closed date",
    "warning",
    "raid",
    "A risk, assumption, issue or dependency has a closed status but no Closed Date.",
    "Enter the date it was closed.",
)
CLOSED_BEFORE_RAISED = declare(
    "RAID-014",
    "Closed before it was raised",
    "error",
    "raid",
    "An item's Closed Date is before its Raised Date.",
    "Correct whichever of the two dates is wrong.",
)
STALE = declare(
    "RAID-015",
    "Not updated within the staleness window",
    "warning",
    "raid",
    "An open item's Last Updated (or, when empty, its Raised Date) is more than "
    "staleness.item_days (30 by default) before the as-of date.",
    "Review the item with its owner and set Last Updated to the review date.",
)
VALIDATE_BY_PASSED = declare(
    "RAID-017",
    "Assumption past its validate-by date",
    "warning",
    "raid",
    "An assumption is still open after its Validate By date.",
    "Validate it (status Validated or Invalid, with the Outcome) or agree a new date.",
)
CLOSED_DATE_OPEN = declare(
    "RAID-024",
    "Closed date on an open item",
    "warning",
    "raid",
    "An item has a Closed Date but its status is still open.",
    "Set the status to a closed one, or clear the Closed Date.",
)
FUTURE_DATE = declare(
    "RAID-025",
    "Date in the future",
    "warning",
    "raid",
    "A Raised Date, Last Updated or Closed Date (or a decision's Date) is after the as-of date "
    "(and after the Report Date: when the Report Date itself is after the as-of date, PRJ-008 "
    "says so once and dates up to the Report Date are not reported again).",
    "Enter the date it happened; these dates cannot be in the future.",
)


@check(OVERDUE)
def overdue(ctx: RuleContext) -> Iterator[Finding | None]:
    for key, column in DUE_COLUMN.items():
        label = column_name(key, column)
        for item, due, is_open in zip(
            ctx.items(key), ctx.column(key, column), ctx.open_flags(key), strict=True
        ):
            if due is None or due >= ctx.as_of or not is_open:
                continue
            days = (ctx.as_of - due).days
            yield ctx.item_finding(
                OVERDUE,
                item,
                column,
                f"still open {days} days after its {label} {due.isoformat()}; close it or "
                "agree a new date",
                value=due,
            )


@check(VALIDATE_BY_PASSED)
def assumption_validate_by(ctx: RuleContext) -> Iterator[Finding | None]:
    for item, due, is_open in zip(
        ctx.project.assumptions,
        ctx.column("assumptions", "validate_by"),
        ctx.open_flags("assumptions"),
        strict=True,
    ):
        if due is None or due >= ctx.as_of or not is_open:
            continue
        yield ctx.item_finding(
            VALIDATE_BY_PASSED,
            item,
            "validate_by",
            f"still open {(ctx.as_of - due).days} days after its Validate By date "
            f"{due.isoformat()}; validate it or agree a new date",
            value=due,
        )


@check(CLOSED_NO_DATE, CLOSED_DATE_OPEN)
def closed_dates(ctx: RuleContext) -> Iterator[Finding | None]:
    for key in LIFECYCLE:
        for item, status, closed_date, is_closed, is_open in zip(
            ctx.items(key),
            ctx.column(key, "status"),
            ctx.column(key, "closed_date"),
            ctx.closed_flags(key),
            ctx.open_flags(key),
            strict=True,
        ):
            if status is None:
                continue
            if is_closed and closed_date is None:
                yield ctx.item_finding(
                    CLOSED_NO_DATE,
                    item,
                    "closed_date",
                    f"status is {status.strip()} but Closed Date is empty; enter the date "
                    "it was closed",
                )
            elif closed_date is not None and is_open:
                yield ctx.item_finding(
                    CLOSED_DATE_OPEN,
                    item,
                    "closed_date",
                    f"has Closed Date {closed_date.isoformat()} but status {status.strip()}; "
                    "set a closed status or clear the date",
                    value=closed_date,
                )


@check(CLOSED_BEFORE_RAISED)
def closed_before_raised(ctx: RuleContext) -> Iterator[Finding | None]:
    for key in LIFECYCLE:
        for item, raised, closed in zip(
            ctx.items(key),
            ctx.column(key, "raised_date"),
            ctx.column(key, "closed_date"),
            strict=True,
        ):
            if raised is not None and closed is not None and closed < raised:
                yield ctx.item_finding(
                    CLOSED_BEFORE_RAISED,
                    item,
                    "closed_date",
                    f"Closed Date {closed.isoformat()} is before Raised Date "
                    f"{raised.isoformat()}; correct the wrong one",
                    value=closed,
                )


@check(STALE)
def stale(ctx: RuleContext) -> Iterator[Finding | None]:
    window = ctx.standards.staleness.item_days
    cutoff = ctx.as_of - timedelta(days=window)
    for key in LIFECYCLE:
        has_raised = any(c.key == "raised_date" for c in layout.REGISTERS_BY_KEY[key].columns)
        for item, is_open, updated, raised in zip(
            ctx.items(key),
            ctx.open_flags(key),
            ctx.column(key, "last_updated"),
            ctx.column(key, "raised_date"),
            strict=True,
        ):
            if not is_open:
                continue
            column = "last_updated"
            if updated is None and has_raised:
                updated = raised
                if updated is None:
                    continue
                what = f"never updated since it was raised on {updated.isoformat()}"
            elif updated is None:
                continue
            else:
                what = f"last updated {updated.isoformat()}"
            if updated < cutoff:
                yield ctx.item_finding(
                    STALE,
                    item,
                    column,
                    f"open and {what}, {(ctx.as_of - updated).days} days ago (more than "
                    f"{window}); review it and set Last Updated",
                    value=updated,
                )


_FUTURE_COLUMNS = ("raised_date", "last_updated", "closed_date", "date")


@check(FUTURE_DATE)
def future_dates(ctx: RuleContext) -> Iterator[Finding | None]:
    limit = ctx.happened_by
    for key in (*LIFECYCLE, "decisions"):
        columns = [
            (c.key, c)
            for c in layout.REGISTERS_BY_KEY[key].columns
            if c.key in _FUTURE_COLUMNS and c.kind == "date"
        ]
        for column_key, column in columns:
            for item, value in zip(ctx.items(key), ctx.column(key, column_key), strict=True):
                if isinstance(value, date) and value > limit:
                    yield ctx.item_finding(
                        FUTURE_DATE,
                        item,
                        column_key,
                        f"{column.name} {value.isoformat()} is after the as-of date "
                        f"{ctx.as_of.isoformat()}; enter the date it happened",
                        value=value,
                    )
