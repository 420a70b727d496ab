"""Planted defects: the typical mistakes a PMO meets, each put into a demo project on
purpose and recorded with the rule code that must find it and where.

A defect is planted by *kind*; :data:`DEFECT_KINDS` maps each kind to the rule code of the
catalogue (docs/rules.md) that reports it. ``pmo demo``'s tests check every planted
defect is found at its code and cell: issue 3's done criterion.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from addin import layout
from addin.demo.plan import Planted, ProjectPlan, Spot
from addin.demo.portfolio import add_months
from addin.derived import finance_figures, month_start, rating, risk_score
from addin.host import ErrorValue
from addin.models import FinanceLine, Item
from addin.standards import Standards

Plant = Callable[[ProjectPlan, Standards], Planted | None]


def _take(plan: ProjectPlan, register: str, wanted: Callable[[Item], bool]) -> int | None:
    """A random item of ``register`` that ``wanted`` accepts and no other defect took."""
    items = plan.data.items(register)
    choices = [n for n, item in enumerate(items) if (register, n) not in plan.used and wanted(item)]
    if not choices:
        return None
    index = plan.rng.choice(choices)
    plan.used.add((register, index))
    return index


def _open(standards: Standards, register: str) -> Callable[[Item], bool]:
    item_name = layout.REGISTERS_BY_KEY[register].item
    return lambda item: not standards.is_closed(item_name, getattr(item, "status", None))


def _closed(standards: Standards, register: str) -> Callable[[Item], bool]:
    item_name = layout.REGISTERS_BY_KEY[register].item
    return lambda item: standards.is_closed(item_name, getattr(item, "status", None))


def _planted(
    kind: str, register: str, column: str | None, index: int | None, item_id: str | None, text: str
) -> Planted:
    return Planted(kind, Spot(register, column, index), item_id, text)


# -- project sheet --------------------------------------------------------------------------


def missing_project_id(plan: ProjectPlan, standards: Standards) -> Planted:
    plan.data.header.project_id = None
    plan.file_name = f"{plan.name} status report.xlsx"
    return _planted(
        "missing_project_id", "project", "project_id", None, None, "Project ID left empty"
    )


def stale_report_date(plan: ProjectPlan, standards: Standards) -> Planted:
    days = standards.staleness.report_days + 9
    plan.data.header.report_date = plan.as_of - timedelta(days=days)
    return _planted(
        "stale_report_date",
        "project",
        "report_date",
        None,
        None,
        f"Report Date {days} days before the as-of date (not refreshed)",
    )


def scores_rated(standards: Standards, ratings: set[str]) -> tuple[int, int]:
    """The lowest (probability, impact) pair whose score band is one of ``ratings``."""
    p_scale, i_scale = standards.scales.probability, standards.scales.impact
    pairs = sorted(
        (
            (p, i)
            for p in range(p_scale.min, p_scale.max + 1)
            for i in range(i_scale.min, i_scale.max + 1)
        ),
        key=lambda pair: (pair[0] * pair[1], -pair[0]),
    )
    for p, i in pairs:
        if rating(risk_score(p, i), standards) in ratings:
            return p, i
    return p_scale.max, i_scale.max


def green_with_critical_risk(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability, risk.impact = scores_rated(standards, {standards.risk.critical_rating})
    risk.residual_probability = risk.residual_impact = standards.scales.impact.min
    plan.data.header.overall_rag = standards.lists["rag"][0]
    return _planted(
        "green_with_critical_risk",
        "project",
        "overall_rag",
        None,
        None,
        f"Overall RAG Green while {risk.id} is open and rated Critical",
    )


# -- RAID -----------------------------------------------------------------------------------


def duplicate_id(plan: ProjectPlan, standards: Standards) -> Planted | None:
    risks = plan.data.risks
    if len(risks) < 3 or ("risks", len(risks) - 1) in plan.used:
        return None
    index = len(risks) - 1
    plan.used.add(("risks", index))
    lost, copied = risks[index].id, risks[1].id
    risks[index].id = copied
    for issue in plan.data.issues:
        if issue.source_risk_id == lost:
            issue.source_risk_id = None
    return _planted(
        "duplicate_id", "risks", "id", index, copied, f"{copied} used for two risks (copy-paste)"
    )


def placeholder_owner(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "issues", _open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.owner = standards.risk.placeholder_owners[0]
    return _planted("placeholder_owner", "issues", "owner", index, issue.id, f"Owner {issue.owner}")


def value_not_in_list(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.category = "IT"  # an old category the EPMO's list no longer has
    return _planted(
        "value_not_in_list", "risks", "category", index, risk.id, "Category 'IT' is not in the list"
    )


def probability_out_of_range(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability = standards.scales.probability.max * 2  # scored on a 1-10 habit
    risk.residual_probability = None
    risk.residual_impact = None
    return _planted(
        "probability_out_of_range",
        "risks",
        "probability",
        index,
        risk.id,
        f"Probability {risk.probability:g} on a {standards.scales.probability.min}-"
        f"{standards.scales.probability.max} scale",
    )


def typed_score(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    score = (risk.probability or 0) * (risk.impact or 0)
    typed = score + 4 if score < 20 else score - 4
    plan.raw[Spot("risks", "score", index)] = typed
    return _planted(
        "typed_score",
        "risks",
        "score",
        index,
        risk.id,
        f"Score typed over as {typed:g}; Probability x Impact is {score:g}",
    )


def high_risk_without_response(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    wanted = set(standards.risk.response_required_ratings) - {standards.risk.critical_rating}
    risk.probability, risk.impact = scores_rated(
        standards, wanted or {standards.risk.critical_rating}
    )
    risk.residual_probability = risk.residual_impact = standards.scales.impact.min
    risk.response = None
    band = rating(risk_score(risk.probability, risk.impact), standards)
    return _planted(
        "high_risk_without_response",
        "risks",
        "response",
        index,
        risk.id,
        f"Open {band} risk ({risk.probability:g} x {risk.impact:g}) with no response",
    )


def overdue_item(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "issues", _open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.due_date = plan.as_of - timedelta(days=12)
    issue.raised_date = min(issue.raised_date or issue.due_date, issue.due_date)
    return _planted(
        "overdue_item", "issues", "due_date", index, issue.id, "Open issue 12 days past due"
    )


def closed_without_date(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _closed(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.closed_date = None
    return _planted(
        "closed_without_date",
        "risks",
        "closed_date",
        index,
        risk.id,
        "Closed risk with no Closed Date",
    )


def stale_item(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    days = standards.staleness.item_days + 25
    risk.last_updated = plan.as_of - timedelta(days=days)
    risk.raised_date = min(risk.raised_date or risk.last_updated, risk.last_updated)
    return _planted(
        "stale_item",
        "risks",
        "last_updated",
        index,
        risk.id,
        f"Open risk not updated for {days} days",
    )


def residual_above_inherent(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", _open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability, risk.impact = 2, 3
    risk.residual_probability, risk.residual_impact = 3, 3
    return _planted(
        "residual_above_inherent",
        "risks",
        "residual_probability",
        index,
        risk.id,
        "Residual score 9 above inherent score 6",
    )


def assumption_past_validate_by(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "assumptions", _open(standards, "assumptions"))
    if index is None:
        return None
    item = plan.data.assumptions[index]
    item.validate_by = plan.as_of - timedelta(days=9)
    item.raised_date = min(item.raised_date or item.validate_by, item.validate_by)
    return _planted(
        "assumption_past_validate_by",
        "assumptions",
        "validate_by",
        index,
        item.id,
        "Open assumption 9 days past its Validate By date",
    )


def committed_after_need_by(plan: ProjectPlan, standards: Standards) -> Planted | None:
    inbound = standards.lists["dependency_direction"][0]

    def wanted(item: Item) -> bool:
        return _open(standards, "dependencies")(item) and getattr(item, "direction", "") == inbound

    index = _take(plan, "dependencies", wanted)
    if index is None:
        return None
    dep = plan.data.dependencies[index]
    assert dep.need_by is not None
    dep.committed_date = dep.need_by + timedelta(days=10)
    return _planted(
        "committed_after_need_by",
        "dependencies",
        "committed_date",
        index,
        dep.id,
        "Inbound dependency committed 10 days after it is needed",
    )


def severe_issue_not_escalated(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "issues", _open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.severity = standards.risk.escalate_severity_from
    issue.escalation_level = standards.lists["escalation_level"][0]
    return _planted(
        "severe_issue_not_escalated",
        "issues",
        "escalation_level",
        index,
        issue.id,
        f"Severity {issue.severity:g} issue kept at {issue.escalation_level} level",
    )


def text_in_date_column(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "issues", _open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.due_date = None
    plan.raw[Spot("issues", "due_date", index)] = "end of month"
    return _planted(
        "text_in_date_column",
        "issues",
        "due_date",
        index,
        issue.id,
        "Due Date typed as the text 'end of month'",
    )


def error_value(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.impact = None
    plan.raw[Spot("risks", "impact", index)] = ErrorValue("#REF!")
    return _planted(
        "error_value", "risks", "impact", index, risk.id, "Impact holds #REF! (a broken link)"
    )


def text_in_number_column(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "resources", lambda item: True)
    if index is None:
        return None
    line = plan.data.resources[index]
    typed = f"{line.planned_days:g} days"
    line.planned_days = None
    plan.raw[Spot("resources", "planned_days", index)] = typed
    return _planted(
        "text_in_number_column",
        "resources",
        "planned_days",
        index,
        None,
        f"Planned Days typed as the text '{typed}'",
    )


def formula_in_input(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "resources", lambda item: True)
    if index is None:
        return None
    line = plan.data.resources[index]
    days = int(line.planned_days or 10)
    line.planned_days = None
    plan.raw[Spot("resources", "planned_days", index)] = f"={days - 2}+2"
    return _planted(
        "formula_without_cached_value",
        "resources",
        "planned_days",
        index,
        None,
        f"Planned Days typed as the formula ={days - 2}+2, saved without being calculated",
    )


# -- finance --------------------------------------------------------------------------------


def actual_in_future_month(plan: ProjectPlan, standards: Standards) -> Planted | None:
    later = add_months(month_start(plan.report_date), 1)
    index = _take(plan, "finance", lambda line: getattr(line, "month", None) == later)
    if index is None:
        return None
    line = plan.data.finance[index]
    line.actual = line.forecast
    return _planted(
        "actual_in_future_month",
        "finance",
        "actual",
        index,
        None,
        f"Actual entered for {later:%b %Y}, after the report month ({line.cost_line})",
    )


def duplicate_finance_line(plan: ProjectPlan, standards: Standards) -> Planted | None:
    report = month_start(plan.report_date)
    index = _take(
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
    return _planted(
        "duplicate_finance_line",
        "finance",
        "cost_line",
        new,
        None,
        f"{original.cost_line} entered twice for {original.month:%b %Y}",
    )


def negative_amount(plan: ProjectPlan, standards: Standards) -> Planted | None:
    report = month_start(plan.report_date)
    index = _take(
        plan,
        "finance",
        lambda line: (
            isinstance(line, FinanceLine)
            and line.month is not None
            and line.month < report
            and bool(line.actual)
        ),
    )
    if index is None:
        return None
    line = plan.data.finance[index]
    line.actual = -(line.actual or 0)
    line.forecast = line.actual
    line.notes = "Credit note"
    return _planted(
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
    return _planted(
        "eac_over_budget",
        "finance",
        None,
        None,
        None,
        f"Forecasts raised so EAC is about {standards.cost_rag.red_overrun_pct + 6:g}% over budget",
    )


# -- milestones -----------------------------------------------------------------------------


def milestone_slipped(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = _take(plan, "milestones", _open(standards, "milestones"))
    if index is None:
        return None
    ms = plan.data.milestones[index]
    assert ms.baseline_date is not None
    days = standards.milestones.slip_warning_days + 35
    ms.forecast_date = ms.baseline_date + timedelta(days=days)
    plan.data.header.schedule_rag = standards.lists["rag"][1]
    return _planted(
        "milestone_slipped",
        "milestones",
        "forecast_date",
        index,
        ms.id,
        f"Forecast {days} days after baseline",
    )


def milestone_complete_without_actual(plan: ProjectPlan, standards: Standards) -> Planted | None:
    complete = standards.closed_statuses.milestone_complete
    index = _take(plan, "milestones", lambda item: getattr(item, "status", None) == complete)
    if index is None:
        return None
    ms = plan.data.milestones[index]
    ms.actual_date = None
    return _planted(
        "milestone_complete_without_actual",
        "milestones",
        "actual_date",
        index,
        ms.id,
        "Marked Complete with no Actual Date",
    )


@dataclass(frozen=True)
class DefectKind:
    """A kind of defect: the rule code that must report it, and how to plant it."""

    kind: str
    code: str | None  # None: no rule reports it yet (the demo's test lists it as missing)
    title: str
    plant: Plant
    phase: str = "content"  # "header": planted before the registers are generated


DEFECT_KINDS: tuple[DefectKind, ...] = (
    DefectKind("missing_project_id", "PRJ-001", "Project ID missing", missing_project_id, "header"),
    DefectKind("stale_report_date", "PRJ-004", "Report date stale", stale_report_date, "header"),
    DefectKind("green_with_critical_risk", "PRJ-006", "Overall Green with a Critical risk open", green_with_critical_risk),
    DefectKind("duplicate_id", "RAID-002", "Duplicate ID", duplicate_id),
    DefectKind("placeholder_owner", "RAID-007", "Placeholder owner (TBC)", placeholder_owner),
    DefectKind("value_not_in_list", "RAID-008", "Value not in the list", value_not_in_list),
    DefectKind("probability_out_of_range", "RAID-003", "Probability out of range", probability_out_of_range),
    DefectKind("typed_score", "RAID-009", "Typed score differs from P x I", typed_score),
    DefectKind("high_risk_without_response", "RAID-011", "Open High risk without a response", high_risk_without_response),
    DefectKind("overdue_item", "RAID-012", "Open item past its due date", overdue_item),
    DefectKind("closed_without_date", "RAID-013", "Closed without a closed date", closed_without_date),
    DefectKind("stale_item", "RAID-015", "Item not updated within the window", stale_item),
    DefectKind("residual_above_inherent", "RAID-016", "Residual score above inherent", residual_above_inherent),
    DefectKind("assumption_past_validate_by", "RAID-017", "Assumption past its validate-by date", assumption_past_validate_by),
    DefectKind("committed_after_need_by", "RAID-020", "Dependency committed after need-by", committed_after_need_by),
    DefectKind("severe_issue_not_escalated", "RAID-021", "Severity-4 issue not escalated", severe_issue_not_escalated),
    DefectKind("actual_in_future_month", "FIN-001", "Actual in a future month", actual_in_future_month),
    DefectKind("duplicate_finance_line", "FIN-004", "Duplicate month and cost line", duplicate_finance_line),
    DefectKind("negative_amount", "FIN-003", "Negative amount", negative_amount),
    DefectKind("eac_over_budget", "FIN-008", "EAC over budget beyond red", eac_over_budget),
    DefectKind("milestone_slipped", "MS-001", "Milestone slipped past baseline", milestone_slipped),
    DefectKind("milestone_complete_without_actual", "MS-004", "Complete without an actual date", milestone_complete_without_actual),
    DefectKind("text_in_date_column", "WB-012", "Text in a date column", text_in_date_column),
    DefectKind("error_value", "WB-011", "Error value (#REF!) in an input", error_value),
    DefectKind("text_in_number_column", "WB-013", "Text in a number column", text_in_number_column),
    DefectKind("formula_without_cached_value", "WB-010", "Formula typed into an input, never calculated", formula_in_input),
)  # fmt: skip

DEFECTS_BY_KIND = {d.kind: d for d in DEFECT_KINDS}
