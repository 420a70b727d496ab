"""Clean finance and resources for one demo project (iterations: addin.demo.agile_history).

Finance is long format (one row per month and cost line) from the start month to the
planned end month: budgets throughout, actuals up to the report month (with the forecast
equal to the actual there), forecasts after it. The Project sheet's Cost RAG is then set
from :func:`addin.derived.finance_figures`, the same figures the rules recompute.
"""

from __future__ import annotations

from datetime import date

from addin.demo.plan import ProjectPlan
from addin.demo.portfolio import SIZES, add_months
from addin.demo.vocabulary import COST_LINES, ROLES
from addin.derived import finance_figures, month_start
from addin.models import FinanceLine, ResourceLine
from addin.standards import Standards

_BASE_MONTHLY = {"small": 6_000.0, "medium": 18_000.0, "large": 45_000.0}


def _months(plan: ProjectPlan) -> list[date]:
    header = plan.data.header
    start = month_start(header.start_date or plan.as_of)
    return [add_months(start, n) for n in range(SIZES[plan.size][0])]


def make_finance(plan: ProjectPlan, standards: Standards) -> list[FinanceLine]:
    rng = plan.rng
    cost_lines = [line for line in COST_LINES if line[1] in standards.lists["cost_category"]]
    chosen = [cost_lines[0], *rng.sample(cost_lines[1:], SIZES[plan.size][6] - 1)]
    report_month = month_start(plan.report_date)
    months = _months(plan)
    lines: list[FinanceLine] = []
    for number, month in enumerate(months):
        ramp = 0.6 if number < 2 or number >= len(months) - 2 else 1.0
        for name, category, capex_opex, weight in chosen:
            budget = round(_BASE_MONTHLY[plan.size] * weight * ramp / 100) * 100
            spend = round(budget * rng.uniform(0.93, 1.06) / 10) * 10
            past = month <= report_month
            lines.append(
                FinanceLine(
                    month=month,
                    cost_line=name,
                    category=category,
                    capex_opex=capex_opex if capex_opex in standards.lists["capex_opex"] else None,
                    budget=budget,
                    actual=spend if past else None,
                    forecast=spend,
                    notes="Accrued; invoice expected next month"
                    if past and rng.random() < 0.03
                    else None,
                )
            )
    _keep_on_budget(lines, plan, standards)
    return lines


def _keep_on_budget(lines: list[FinanceLine], plan: ProjectPlan, standards: Standards) -> None:
    """Scale the forecasts after the report month so that EAC stays within half the amber
    overrun (a clean project's Cost RAG is Green whatever the standards' thresholds)."""
    figures = finance_figures(lines, plan.report_date, standards)
    limit = figures.bac * (1 + standards.cost_rag.amber_overrun_pct / 200)
    if figures.eac <= limit or figures.etc <= 0:
        return
    factor = max(0.0, (limit - figures.actual_to_date) / figures.etc)
    report_month = month_start(plan.report_date)
    for line in lines:
        if line.month is not None and line.month > report_month and line.forecast:
            line.forecast = float(int(line.forecast * factor / 10) * 10)


def settle_cost_rag(plan: ProjectPlan, standards: Standards) -> None:
    """Set the Project sheet's Cost RAG (and an Overall RAG no better) from the finance."""
    header = plan.data.header
    figures = finance_figures(plan.data.finance, header.report_date, standards)
    header.cost_rag = figures.cost_rag
    rags = standards.lists["rag"]  # best first: Green, Amber, Red
    if header.cost_rag in rags and header.overall_rag in rags:
        worst = max(rags.index(header.cost_rag), rags.index(header.overall_rag))
        header.overall_rag = rags[worst]


def make_resources(plan: ProjectPlan) -> list[ResourceLine]:
    """Planned days per role for the report month, the two before and the three after."""
    rng = plan.rng
    report_month = month_start(plan.report_date)
    roles = ROLES[: {"small": 3, "medium": 5, "large": 7}[plan.size]]
    lines: list[ResourceLine] = []
    for month in _months_in_dates(plan, [add_months(report_month, n) for n in range(-2, 4)]):
        for number, role in enumerate(roles):
            lines.append(
                ResourceLine(
                    role=role,
                    person=plan.team[number % len(plan.team)],
                    month=month,
                    planned_days=rng.choice((5, 8, 10, 12, 15, 18, 20)),
                )
            )
    return lines


def _months_in_dates(plan: ProjectPlan, months: list[date]) -> list[date]:
    """The months the project runs (demand outside its dates is CAP-004); at least one."""
    header = plan.data.header
    ends = [d for d in (header.planned_end_date, header.forecast_end_date) if d is not None]
    first = month_start(header.start_date) if header.start_date else None
    last = month_start(max(ends)) if ends else None
    inside = [m for m in months if (first is None or m >= first) and (last is None or m <= last)]
    return inside or [first or last or months[0]]
