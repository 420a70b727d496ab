"""The Finance sheet (long format: one row per month and cost line).

Report month = the Project sheet's Report Date's month (SPEC section 4); months up to and
including it are closed (actuals), later ones are forecast. Figures come from
:func:`addin.derived.finance_figures`.

Non-numeric amounts cannot reach a model (amounts are numbers); the reader reports them
as WB-013 (Not a number) when it reads the cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from addin.catalogue import declare
from addin.findings import Finding
from addin.models import FinanceLine
from addin.rules.base import RuleContext, blank, check, fmt

ACTUAL_AFTER_REPORT = declare(
    "FIN-001",
    "Actual in a month after the report month",
    "error",
    "finance",
    "A finance line of a month after the Report Date's month holds a non-zero Actual.",
    "Move the amount to Forecast, or update the Report Date if the month is closed.",
)
FORECAST_NOT_ACTUAL = declare(
    "FIN-002",
    "Forecast differs from actual in a closed month",
    "warning",
    "finance",
    "In a month up to the report month, Forecast and Actual are both entered and differ.",
    "Set the closed month's Forecast to its Actual (a closed month's forecast is its actual).",
)
NEGATIVE_AMOUNT = declare(
    "FIN-003",
    "Negative amount",
    "error",
    "finance",
    "A Budget, Actual or Forecast is negative. (A non-numeric amount is reported by the "
    "reader as WB-013, Not a number.)",
    "Enter the amount as a positive number; book credits as a note against the cost line.",
)
DUPLICATE_LINE = declare(
    "FIN-004",
    "Duplicate month and cost line",
    "error",
    "finance",
    "Two finance rows have the same Month and Cost Line, so the amounts would count twice.",
    "Merge the two rows into one, or correct the month or the cost line name.",
)
PHASING_GAP = declare(
    "FIN-005",
    "Gap in the monthly phasing",
    "warning",
    "finance",
    "Between the first and last month of the Finance sheet, a month has no row at all.",
    "Add the missing month's rows (with zero amounts if nothing is planned).",
)
OUTSIDE_PROJECT = declare(
    "FIN-006",
    "Month outside the project dates",
    "warning",
    "finance",
    "A finance line's month is before the Start Date's month or after the month of the "
    "later of Planned End Date and Forecast End Date.",
    "Correct the month, or the project dates if the project really runs that long.",
)
EAC_AMBER = declare(
    "FIN-007",
    "EAC over budget beyond the amber threshold",
    "warning",
    "finance",
    "EAC (actual to date + forecast after the report month) exceeds the budget (BAC) by "
    "more than cost_rag.amber_overrun_pct (5% by default) but not the red threshold.",
    "Bring the forecast back within budget or raise a change request; say so in the Cost RAG.",
)
EAC_RED = declare(
    "FIN-008",
    "EAC over budget beyond the red threshold",
    "error",
    "finance",
    "EAC exceeds the budget by more than cost_rag.red_overrun_pct (10% by default).",
    "Escalate the overrun: re-forecast, raise a change request, and set Cost RAG to Red.",
)
NO_CAPEX_OPEX = declare(
    "FIN-009",
    "CapEx/OpEx missing",
    "warning",
    "finance",
    "A finance line has no CapEx/OpEx classification.",
    "Pick CapEx or OpEx from the dropdown (ask Finance when unsure).",
)


ACTUAL_MISSING = declare(
    "FIN-012",
    "Actual missing in a closed month",
    "warning",
    "finance",
    "A finance line of a month up to the report month has a Budget or Forecast but no "
    "Actual, so actual to date (and EAC) leave it out.",
    "Enter the month's actual spend (0 if nothing was spent).",
)


def _label(line: FinanceLine) -> str:
    month = line.month.strftime("%Y-%m") if line.month else "no month"
    cost_line = str(line.cost_line).strip() if not blank(line.cost_line) else "no cost line"
    return f"{month} {cost_line}"


def _months_between(first: date, last: date) -> Iterator[date]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield date(year, month, 1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@check(ACTUAL_MISSING)
def closed_month_actuals(ctx: RuleContext) -> Iterator[Finding | None]:
    report = ctx.report_month
    if report is None:
        return
    for line, month, actual in zip(
        ctx.project.finance, ctx.finance_months, ctx.column("finance", "actual"), strict=True
    ):
        if month is None or actual is not None or month > report:
            continue
        if line.budget or line.forecast:
            yield ctx.item_finding(
                ACTUAL_MISSING,
                line,
                "actual",
                f"no Actual for a month up to the report month {report.strftime('%Y-%m')}; "
                "enter the spend (0 if none)",
                label=_label(line),
            )


@check(ACTUAL_AFTER_REPORT, FORECAST_NOT_ACTUAL)
def report_month(ctx: RuleContext) -> Iterator[Finding | None]:
    report = ctx.report_month
    if report is None:
        return
    for line, month, actual, forecast in zip(
        ctx.project.finance,
        ctx.finance_months,
        ctx.column("finance", "actual"),
        ctx.column("finance", "forecast"),
        strict=True,
    ):
        if month is None:
            continue
        if month > report:
            if actual:
                yield ctx.item_finding(
                    ACTUAL_AFTER_REPORT,
                    line,
                    "actual",
                    f"Actual {fmt(line.actual)} in a month after the report month "
                    f"{report.strftime('%Y-%m')}; move it to Forecast or update the "
                    "Report Date",
                    label=_label(line),
                    value=line.actual,
                )
        elif actual is not None and forecast is not None and abs(actual - forecast) > 0.005:
            yield ctx.item_finding(
                FORECAST_NOT_ACTUAL,
                line,
                "forecast",
                f"Forecast {fmt(line.forecast)} differs from Actual {fmt(line.actual)} in "
                "a closed month; set the Forecast to the Actual",
                label=_label(line),
                value=line.forecast,
            )


@check(NEGATIVE_AMOUNT)
def negative_amounts(ctx: RuleContext) -> Iterator[Finding | None]:
    lines = ctx.project.finance
    for key, name in (("budget", "Budget"), ("actual", "Actual"), ("forecast", "Forecast")):
        for line, value in zip(lines, ctx.column("finance", key), strict=True):
            if value is not None and value < 0:
                yield ctx.item_finding(
                    NEGATIVE_AMOUNT,
                    line,
                    key,
                    f"{name} {fmt(value)} is negative; enter a positive amount",
                    label=_label(line),
                    value=value,
                )


@check(DUPLICATE_LINE)
def duplicate_lines(ctx: RuleContext) -> Iterator[Finding | None]:
    seen: dict[tuple[date, str], int | None] = {}
    for line, month, cost_line, row in zip(
        ctx.project.finance,
        ctx.finance_months,
        ctx.column("finance", "cost_line"),
        ctx.column("finance", "source_row"),
        strict=True,
    ):
        if month is None or blank(cost_line):
            continue
        key = (month, str(cost_line).strip().casefold())
        if key in seen:
            first = seen[key]
            where = f" row {first}" if first else " another row"
            yield ctx.item_finding(
                DUPLICATE_LINE,
                line,
                "cost_line",
                f"same month and cost line as{where}; merge the rows or correct one",
                label=_label(line),
                value=line.cost_line,
            )
        else:
            seen[key] = row


@check(PHASING_GAP)
def phasing_gaps(ctx: RuleContext) -> Iterator[Finding | None]:
    by_month: dict[date, FinanceLine] = {}
    first_row: dict[date, int] = {}
    for line, month, row in zip(
        ctx.project.finance,
        ctx.finance_months,
        ctx.column("finance", "source_row"),
        strict=True,
    ):
        if month is None:
            continue
        if month not in by_month or (row or 0) < first_row[month]:
            by_month[month] = line
            first_row[month] = row or 0
    if len(by_month) < 2:
        return
    gap: list[date] = []
    for month in _months_between(min(by_month), max(by_month)):
        if month not in by_month:
            gap.append(month)
            continue
        if gap:
            span = gap[0].strftime("%Y-%m")
            if len(gap) > 1:
                span += f" to {gap[-1].strftime('%Y-%m')}"
            yield ctx.item_finding(
                PHASING_GAP,
                by_month[month],
                "month",
                f"no finance rows for {span} (before {month.strftime('%Y-%m')}); add the "
                "missing month(s), with zero amounts if nothing is planned",
                value=span,
                label="Phasing",
            )
            gap = []


@check(OUTSIDE_PROJECT)
def months_in_project(ctx: RuleContext) -> Iterator[Finding | None]:
    for line, month in zip(ctx.project.finance, ctx.finance_months, strict=True):
        why = ctx.outside_project_months(month) if month is not None else None
        if why is None:
            continue
        yield ctx.item_finding(
            OUTSIDE_PROJECT,
            line,
            "month",
            f"month is {why}; correct the month or the project dates",
            label=_label(line),
            value=line.month,
        )


@check(EAC_AMBER, EAC_RED)
def eac_over_budget(ctx: RuleContext) -> Iterator[Finding | None]:
    figures = ctx.finance
    if figures is None or figures.vac_pct is None or figures.cost_rag in (None, "Green"):
        return
    info, limit = (
        (EAC_RED, ctx.standards.cost_rag.red_overrun_pct)
        if figures.cost_rag == "Red"
        else (EAC_AMBER, ctx.standards.cost_rag.amber_overrun_pct)
    )
    overrun = -figures.vac_pct * 100
    yield ctx.sheet_finding(
        info,
        "finance",
        f"EAC {fmt(figures.eac)} is {overrun:.1f}% over the budget {fmt(figures.bac)} (more "
        f"than {limit:g}%): actual to date {fmt(figures.actual_to_date)} + forecast "
        f"{fmt(figures.etc)}; re-forecast or raise a change request",
        value=round(figures.vac_pct, 4),
    )


@check(NO_CAPEX_OPEX)
def capex_opex(ctx: RuleContext) -> Iterator[Finding | None]:
    values = ctx.column("finance", "capex_opex")
    if None not in values and all(map(str.strip, values)):
        return  # the usual case: every line is classified
    for line, value in zip(ctx.project.finance, values, strict=True):
        if blank(value):
            yield ctx.item_finding(
                NO_CAPEX_OPEX,
                line,
                "capex_opex",
                "CapEx/OpEx is empty; pick CapEx or OpEx",
                label=_label(line),
            )
