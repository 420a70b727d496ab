"""Resources: demand in a month the project does not run (SPEC section 14, CAP-004)."""

from __future__ import annotations

from collections.abc import Iterator

from addin.catalogue import declare
from addin.derived import month_start
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check, fmt

OUTSIDE_DATES = declare(
    "CAP-004",
    "Demand in a month outside the project's dates",
    "warning",
    "resources",
    "A resource line asks for days in a month before the Start Date's month or after the "
    "month of the later of Planned End Date and Forecast End Date.",
    "Correct the month, or the project dates if the project really runs that long.",
)


@check(OUTSIDE_DATES)
def demand_in_project_dates(ctx: RuleContext) -> Iterator[Finding | None]:
    for line in ctx.project.resources:
        if line.month is None or not line.planned_days:
            continue
        month = month_start(line.month)
        why = ctx.outside_project_months(month)
        if why is None:
            continue
        who = str(line.person).strip() if not blank(line.person) else str(line.role or "")
        yield ctx.item_finding(
            OUTSIDE_DATES,
            line,
            "month",
            f"{who or 'demand'} is asked for {fmt(line.planned_days)} days in {month:%Y-%m}, "
            f"{why}; correct the month or the project dates",
            value=line.month,
            label=f"{month:%Y-%m} {str(line.role or 'no role').strip()}",
        )
