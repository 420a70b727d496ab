"""Resources: planned effort by role and month that a calendar can hold."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from addin.catalogue import declare
from addin.findings import Finding
from addin.models import ResourceLine
from addin.rules.base import RuleContext, blank, check, fmt

REQUIRED = declare(
    "RES-001",
    "Resource line without role or month",
    "error",
    "resources",
    "A resource line has no Role or no Month.",
    "Enter the role and the first day of the month.",
)
NEGATIVE_DAYS = declare(
    "RES-002",
    "Negative planned days",
    "error",
    "resources",
    "Planned Days is negative.",
    "Enter the days as 0 or more.",
)
MORE_THAN_MONTH = declare(
    "RES-003",
    "More days than the month has working days",
    "warning",
    "resources",
    "A named person is planned for more days in a month than it has weekdays (Monday to Friday).",
    "Reduce the days, or split the work across people (leave Person empty for a role's "
    "total demand).",
)


def weekdays(month: date) -> int:
    """Monday-to-Friday days in ``month``."""
    days = calendar.monthrange(month.year, month.month)[1]
    return sum(1 for day in range(1, days + 1) if date(month.year, month.month, day).weekday() < 5)


def _label(line: ResourceLine) -> str:
    role = str(line.role).strip() if not blank(line.role) else "no role"
    month = line.month.strftime("%Y-%m") if line.month else "no month"
    return f"{month} {role}"


@check(REQUIRED, NEGATIVE_DAYS, MORE_THAN_MONTH)
def resource_lines(ctx: RuleContext) -> Iterator[Finding | None]:
    for line in ctx.project.resources:
        for key, name in (("role", "Role"), ("month", "Month")):
            if blank(getattr(line, key)):
                yield ctx.item_finding(
                    REQUIRED, line, key, f"{name} is empty; it is required", label=_label(line)
                )
        days = line.planned_days
        if days is None:
            continue
        if days < 0:
            yield ctx.item_finding(
                NEGATIVE_DAYS,
                line,
                "planned_days",
                f"Planned Days {fmt(days)} is negative; enter 0 or more",
                value=days,
                label=_label(line),
            )
        elif line.month is not None and not blank(line.person):
            limit = weekdays(line.month)
            if days > limit:
                yield ctx.item_finding(
                    MORE_THAN_MONTH,
                    line,
                    "planned_days",
                    f"{str(line.person).strip()} is planned for {fmt(days)} days in "
                    f"{line.month.strftime('%Y-%m')}, which has {limit} working days; reduce "
                    "the days or split the work",
                    value=days,
                    label=_label(line),
                )
