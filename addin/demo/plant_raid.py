"""Defects planted in the RAID registers (risks, assumptions, issues, dependencies)."""

from __future__ import annotations

from datetime import timedelta

from addin.demo.plan import Planted, ProjectPlan, Spot
from addin.demo.plant_base import is_closed, is_open, planted, scores_rated, take
from addin.demo.registers import open_statuses
from addin.derived import next_id, rating, risk_score
from addin.models import Dependency, Item
from addin.standards import Standards


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
    return planted(
        "duplicate_id", "risks", "id", index, copied, f"{copied} used for two risks (copy-paste)"
    )


def placeholder_owner(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.owner = standards.risk.placeholder_owners[0]
    return planted("placeholder_owner", "issues", "owner", index, issue.id, f"Owner {issue.owner}")


def value_not_in_list(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.category = "IT"  # an old category the EPMO's list no longer has
    return planted(
        "value_not_in_list", "risks", "category", index, risk.id, "Category 'IT' is not in the list"
    )


def probability_out_of_range(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability = standards.scales.probability.max * 2  # scored on a 1-10 habit
    risk.residual_probability = None
    risk.residual_impact = None
    return planted(
        "probability_out_of_range",
        "risks",
        "probability",
        index,
        risk.id,
        f"Probability {risk.probability:g} on a {standards.scales.probability.min}-"
        f"{standards.scales.probability.max} scale",
    )


def typed_score(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    score = (risk.probability or 0) * (risk.impact or 0)
    typed = score + 4 if score < 20 else score - 4
    plan.raw[Spot("risks", "score", index)] = typed
    return planted(
        "typed_score",
        "risks",
        "score",
        index,
        risk.id,
        f"Score typed over as {typed:g}; Probability x Impact is {score:g}",
    )


def high_risk_without_response(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
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
    return planted(
        "high_risk_without_response",
        "risks",
        "response",
        index,
        risk.id,
        f"Open {band} risk ({risk.probability:g} x {risk.impact:g}) with no response",
    )


def overdue_item(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.due_date = plan.as_of - timedelta(days=12)
    issue.raised_date = min(issue.raised_date or issue.due_date, issue.due_date)
    return planted(
        "overdue_item", "issues", "due_date", index, issue.id, "Open issue 12 days past due"
    )


def closed_without_date(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_closed(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.closed_date = None
    return planted(
        "closed_without_date",
        "risks",
        "closed_date",
        index,
        risk.id,
        "Closed risk with no Closed Date",
    )


def stale_item(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    days = standards.staleness.item_days + 25
    risk.last_updated = plan.as_of - timedelta(days=days)
    risk.raised_date = min(risk.raised_date or risk.last_updated, risk.last_updated)
    return planted(
        "stale_item",
        "risks",
        "last_updated",
        index,
        risk.id,
        f"Open risk not updated for {days} days",
    )


def residual_above_inherent(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability, risk.impact = 2, 3
    risk.residual_probability, risk.residual_impact = 3, 3
    return planted(
        "residual_above_inherent",
        "risks",
        "residual_probability",
        index,
        risk.id,
        "Residual score 9 above inherent score 6",
    )


def assumption_past_validate_by(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "assumptions", is_open(standards, "assumptions"))
    if index is None:
        return None
    item = plan.data.assumptions[index]
    item.validate_by = plan.as_of - timedelta(days=9)
    item.raised_date = min(item.raised_date or item.validate_by, item.validate_by)
    return planted(
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
        return (
            is_open(standards, "dependencies")(item) and getattr(item, "direction", "") == inbound
        )

    index = take(plan, "dependencies", wanted)
    if index is None:
        return None
    dep = plan.data.dependencies[index]
    assert dep.need_by is not None
    dep.committed_date = dep.need_by + timedelta(days=10)
    return planted(
        "committed_after_need_by",
        "dependencies",
        "committed_date",
        index,
        dep.id,
        "Inbound dependency committed 10 days after it is needed",
    )


def severe_issue_not_escalated(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.severity = standards.risk.escalate_severity_from
    issue.escalation_level = standards.lists["escalation_level"][0]
    return planted(
        "severe_issue_not_escalated",
        "issues",
        "escalation_level",
        index,
        issue.id,
        f"Severity {issue.severity:g} issue kept at {issue.escalation_level} level",
    )


def missing_owner(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "assumptions", is_open(standards, "assumptions"))
    if index is None:
        return None
    item = plan.data.assumptions[index]
    item.owner = None
    return planted("missing_owner", "assumptions", "owner", index, item.id, "Owner left empty")


def closed_before_raised(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_closed(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    assert issue.closed_date is not None and issue.raised_date is not None
    issue.closed_date -= timedelta(days=365)  # the previous year typed
    if issue.closed_date >= issue.raised_date:
        issue.closed_date = issue.raised_date - timedelta(days=30)
    return planted(
        "closed_before_raised",
        "issues",
        "closed_date",
        index,
        issue.id,
        f"Closed Date {issue.closed_date:%d/%m/%Y}, before its Raised Date "
        f"{issue.raised_date:%d/%m/%Y} (wrong year typed)",
    )


def closed_date_on_open_item(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.closed_date = max(risk.raised_date or plan.as_of, plan.as_of - timedelta(days=3))
    return planted(
        "closed_date_on_open_item",
        "risks",
        "closed_date",
        index,
        risk.id,
        f"Closed Date entered but the status is still {risk.status}",
    )


def malformed_item_id(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", lambda item: True)
    if index is None:
        return None
    issue = plan.data.issues[index]
    old = issue.id or "I-001"
    issue.id = old.replace("-", "").replace("I0", "I").replace("I0", "I")
    return planted(
        "malformed_item_id", "issues", "id", index, issue.id, f"ID typed as {issue.id}, not {old}"
    )


def unknown_linked_id(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.linked_ids = f"I-{len(plan.data.issues) + 7:03d}"
    return planted(
        "unknown_linked_id",
        "risks",
        "linked_ids",
        index,
        risk.id,
        f"Linked to {risk.linked_ids}, an issue deleted from the register",
    )


def future_raised_date(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.raised_date = plan.as_of + timedelta(days=40)
    if issue.due_date is not None and issue.due_date < issue.raised_date:
        issue.due_date = issue.raised_date + timedelta(days=30)
    return planted(
        "future_raised_date",
        "issues",
        "raised_date",
        index,
        issue.id,
        "Raised Date 40 days after the as-of date (a typing slip)",
    )


def dependency_without_counterparty(plan: ProjectPlan, standards: Standards) -> Planted | None:
    deps = plan.data.dependencies
    inbound = standards.lists["dependency_direction"][0]
    need_by = plan.as_of + timedelta(days=plan.rng.randint(30, 120))
    deps.append(
        Dependency(
            id=next_id("D", [d.id for d in deps]),
            title="Vendor API release for the integration layer",
            direction=inbound,
            deliverable="Vendor API release",
            owner=plan.person(),
            counterparty_owner="Vendor account manager",
            need_by=need_by,
            committed_date=need_by - timedelta(days=7),
            status=open_statuses(standards, "dependency")[0],
            last_updated=plan.as_of - timedelta(days=2),
        )
    )
    index = len(deps) - 1
    plan.used.add(("dependencies", index))
    return planted(
        "dependency_without_counterparty",
        "dependencies",
        "counterparty_project_id",
        index,
        deps[index].id,
        "Inbound dependency on a vendor, with no counterparty project",
    )
