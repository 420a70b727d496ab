"""Defects planted in the Finance register."""

from __future__ import annotations

from addin.demo.plan import Planted, ProjectPlan
from addin.demo.plant_base import planted, take
from addin.demo.portfolio import add_months
from addin.derived import finance_figures, month_start
from addin.models import FinanceLine
from addin.standards import Standards


def actual_in_future_month(plan: ProjectPlan, standards: Standards) -> Planted | None:
    later = add_months(month_start(plan.report_date), 1)
    index = take(plan, "finance", lambda line: getattr(line, "month", None) == later)
    if index is None:
        return None
    line = plan.data.finance[index]
    line.actual = line.forecast
    return planted(
        "actual_in_future_month",
        "finance",
        "actual",
        index,
        None,
        f"Actual entered for {later:%b %Y}, after the report month ({line.cost_line})",
    )


def duplicate_finance_line(plan: ProjectPlan, standards: Standards) -> Planted | None:
    report = month_start(plan.report_date)
    index = take(
        plan, "finance", lambda line: getattr(line, "month", None) == add_months(report, -1)
    )
    if index is None:
        return None
    original = plan.data.finance[index]
    copy = FinanceLine(
        month=original.month,
        cost_line=original.cost_line,
        category=original.category,
        capex_opex=original.capex_opex,
        budget=0,
        actual=round((original.actual or 0) * 0.1),
        forecast=round((original.actual or 0) * 0.1),
        notes="Late invoice",
    )
    plan.data.finance.append(copy)
    new = len(plan.data.finance) - 1
    plan.used.add(("finance", new))
    return planted(
        "duplicate_finance_line",
        "finance",
        "cost_line",
        new,
        None,
        f"{original.cost_line} entered twice for {original.month:%b %Y}",
    )


def negative_amount(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take_reported_line_with_actual(plan)
    if index is None:
        return None
    line = plan.data.finance[index]
    line.actual = -(line.actual or 0)
    line.forecast = line.actual
    line.notes = "Credit note"
    return planted(
        "negative_amount",
        "finance",
        "actual",
        index,
        None,
        f"Actual {line.actual:,.0f} entered as a negative amount",
    )


def eac_over_budget(plan: ProjectPlan, standards: Standards) -> Planted | None:
    report = month_start(plan.report_date)
    future = [line for line in plan.data.finance if line.month and line.month > report]
    if len(future) < 3:
        return None
    figures = finance_figures(plan.data.finance, plan.report_date, standards)
    target = figures.bac * (1 + (standards.cost_rag.red_overrun_pct + 6) / 100)
    extra = (target - figures.eac) / sum(line.forecast or 0 for line in future)
    for line in future:
        line.forecast = round((line.forecast or 0) * (1 + extra), -1)
    rags = standards.lists["rag"]
    plan.data.header.cost_rag = plan.data.header.overall_rag = rags[-1]
    return planted(
        "eac_over_budget",
        "finance",
        None,
        None,
        None,
        f"Forecasts raised so EAC is about {standards.cost_rag.red_overrun_pct + 6:g}% over budget",
    )


def forecast_differs_from_actual(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take_reported_line_with_actual(plan)
    if index is None:
        return None
    line = plan.data.finance[index]
    line.forecast = round((line.actual or 0) * 1.15, -1)
    return planted(
        "forecast_differs_from_actual",
        "finance",
        "forecast",
        index,
        None,
        f"Forecast left at {line.forecast:,.0f} after the actual ({line.actual:,.0f}) came in",
    )


def capex_opex_missing(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "finance", lambda line: True)
    if index is None:
        return None
    line = plan.data.finance[index]
    line.capex_opex = None
    return planted(
        "capex_opex_missing",
        "finance",
        "capex_opex",
        index,
        None,
        f"CapEx/OpEx left empty for {line.cost_line}",
    )


def month_outside_project(plan: ProjectPlan, standards: Standards) -> Planted | None:
    header = plan.data.header
    if header.planned_end_date is None or not plan.data.finance:
        return None
    last = plan.data.finance[-1]
    month = add_months(month_start(header.planned_end_date), 1)
    plan.data.finance.append(
        FinanceLine(
            month=month,
            cost_line=last.cost_line,
            category=last.category,
            capex_opex=last.capex_opex,
            budget=0,
            forecast=2500,
            notes="Decommissioning the old system",
        )
    )
    index = len(plan.data.finance) - 1
    plan.used.add(("finance", index))
    return planted(
        "month_outside_project",
        "finance",
        "month",
        index,
        None,
        f"Forecast for {month:%b %Y}, after the planned end date",
    )


def _take_reported_line_with_actual(plan: ProjectPlan) -> int | None:
    """Claim a finance line of a month before the report month that has an actual."""
    report = month_start(plan.report_date)
    return take(
        plan,
        "finance",
        lambda line: (
            isinstance(line, FinanceLine)
            and line.month is not None
            and line.month < report
            and bool(line.actual)
        ),
    )
