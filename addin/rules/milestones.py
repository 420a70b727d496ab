"""Milestones: baselines, slippage, overdue forecasts and achieved dates.

Open = status not in closed_statuses.milestone; achieved = closed_statuses.milestone_complete.
Slippage comes from :func:`addin.derived.slippage_days`.
"""

from __future__ import annotations

from collections.abc import Iterator

from addin import derived
from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check, fmt, same_text

SLIPPED = declare(
    "MS-001",
    "Milestone slipped past its baseline",
    "warning",
    "milestones",
    "An open milestone's Forecast Date is later than its Baseline Date by more than "
    "milestones.slip_warning_days (10 by default).",
    "Recover the plan, or re-baseline through change control and record the decision.",
)
OVERDUE = declare(
    "MS-002",
    "Milestone past its forecast date and not complete",
    "warning",
    "milestones",
    "An open milestone's Forecast Date is before the as-of date.",
    "Mark it Complete with its Actual Date, or move the Forecast Date to when it will land.",
)
FUTURE_ACTUAL = declare(
    "MS-003",
    "Actual date in the future",
    "error",
    "milestones",
    "A milestone's Actual Date is after the as-of date (and after the Report Date, when "
    "that is later: PRJ-008 reports the Report Date itself).",
    "Enter the date it was achieved; a date still to come belongs in Forecast Date.",
)
COMPLETE_NO_ACTUAL = declare(
    "MS-004",
    "Complete without an actual date",
    "error",
    "milestones",
    "A milestone whose status is closed_statuses.milestone_complete (Complete) has no Actual Date.",
    "Enter the date it was achieved.",
)
NO_BASELINE = declare(
    "MS-005",
    "Milestone without a baseline date",
    "warning",
    "milestones",
    "A milestone (not a gate) has no Baseline Date, so slippage cannot be measured.",
    "Enter the approved baseline date.",
)
GATE_NO_BASELINE = declare(
    "MS-006",
    "Gate milestone without a baseline date",
    "error",
    "milestones",
    "A governance gate (Gate = Y) has no Baseline Date.",
    "Enter the gate's approved baseline date.",
)
ACTUAL_BUT_OPEN = declare(
    "MS-007",
    "Actual date on an open milestone",
    "warning",
    "milestones",
    "A milestone has an Actual Date but its status is not closed.",
    "Set the status to Complete, or clear the Actual Date if it was not achieved.",
)
STORED_SLIPPAGE = declare(
    "MS-008",
    "Stored slippage does not match the dates",
    "warning",
    "milestones",
    "Slippage Days was typed over and differs from (Actual or Forecast Date) - Baseline Date.",
    "Clear the typed value so the column's formula computes it.",
)


@check(NO_BASELINE, GATE_NO_BASELINE)
def baselines(ctx: RuleContext) -> Iterator[Finding | None]:
    yes = ctx.standards.lists["yes_no"][0]
    baselines = ctx.column("milestones", "baseline_date")
    if None not in baselines:
        return  # the usual plan: every milestone has its baseline
    for ms, baseline in zip(ctx.project.milestones, baselines, strict=True):
        if baseline is not None:
            continue
        if same_text(ms.gate, yes):
            yield ctx.item_finding(
                GATE_NO_BASELINE,
                ms,
                "baseline_date",
                "gate milestone has no Baseline Date; enter its approved baseline",
            )
        else:
            yield ctx.item_finding(
                NO_BASELINE,
                ms,
                "baseline_date",
                "no Baseline Date, so slippage cannot be measured; enter the approved baseline",
            )


@check(SLIPPED, OVERDUE)
def forecast(ctx: RuleContext) -> Iterator[Finding | None]:
    limit = ctx.standards.milestones.slip_warning_days
    for ms, is_open, forecast_date in zip(
        ctx.project.milestones,
        ctx.open_flags("milestones"),
        ctx.column("milestones", "forecast_date"),
        strict=True,
    ):
        if forecast_date is None or not is_open:
            continue
        slip = derived.slippage_days(ms.baseline_date, forecast_date)
        if slip is not None and slip > limit:
            yield ctx.item_finding(
                SLIPPED,
                ms,
                "forecast_date",
                f"Forecast Date {forecast_date.isoformat()} is {slip} days after the "
                f"baseline {ms.baseline_date.isoformat() if ms.baseline_date else ''} (more "
                f"than {limit}); recover or re-baseline through change control",
                value=forecast_date,
            )
        if forecast_date < ctx.as_of:
            yield ctx.item_finding(
                OVERDUE,
                ms,
                "forecast_date",
                f"Forecast Date {forecast_date.isoformat()} has passed "
                f"({(ctx.as_of - forecast_date).days} days ago) and it is not complete; "
                "mark it Complete or move the forecast",
                value=forecast_date,
            )


@check(FUTURE_ACTUAL, COMPLETE_NO_ACTUAL, ACTUAL_BUT_OPEN)
def actual_dates(ctx: RuleContext) -> Iterator[Finding | None]:
    complete = ctx.standards.closed_statuses.milestone_complete
    for ms in ctx.project.milestones:
        if ms.actual_date is not None and ms.actual_date > ctx.happened_by:
            yield ctx.item_finding(
                FUTURE_ACTUAL,
                ms,
                "actual_date",
                f"Actual Date {ms.actual_date.isoformat()} is after the as-of date "
                f"{ctx.as_of.isoformat()}; a date still to come belongs in Forecast Date",
                value=ms.actual_date,
            )
        if same_text(ms.status, complete) and ms.actual_date is None:
            yield ctx.item_finding(
                COMPLETE_NO_ACTUAL,
                ms,
                "actual_date",
                f"status is {complete} but Actual Date is empty; enter the date it was achieved",
            )
        elif (
            ms.actual_date is not None
            and not blank(ms.status)
            and ctx.is_open("milestones", ms.status)
        ):
            yield ctx.item_finding(
                ACTUAL_BUT_OPEN,
                ms,
                "actual_date",
                f"has Actual Date {ms.actual_date.isoformat()} but status "
                f"{str(ms.status).strip()}; set it to {complete} or clear the date",
                value=ms.actual_date,
            )


@check(STORED_SLIPPAGE)
def stored_slippage(ctx: RuleContext) -> Iterator[Finding | None]:
    for ms, stored in zip(
        ctx.project.milestones, ctx.column("milestones", "slippage_days"), strict=True
    ):
        if stored is None:
            continue
        slip = derived.slippage_days(ms.baseline_date, ms.forecast_date, ms.actual_date)
        if slip is not None and abs(stored - slip) > 1e-9:
            yield ctx.item_finding(
                STORED_SLIPPAGE,
                ms,
                "slippage_days",
                f"Slippage Days {fmt(ms.slippage_days)} does not match the dates ({slip}); "
                "clear the typed value so the formula computes it",
                value=ms.slippage_days,
            )
