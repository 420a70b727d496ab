"""Defects planted on the Project sheet."""

from __future__ import annotations

from datetime import timedelta

from addin.demo.plan import Planted, ProjectPlan
from addin.demo.plant_base import is_open, planted, scores_rated, take
from addin.standards import Standards


def missing_project_id(plan: ProjectPlan, standards: Standards) -> Planted:
    plan.data.header.project_id = None
    plan.file_name = f"{plan.name} status report.xlsx"
    return planted(
        "missing_project_id", "project", "project_id", None, None, "Project ID left empty"
    )


def stale_report_date(plan: ProjectPlan, standards: Standards) -> Planted:
    days = standards.staleness.report_days + 9
    plan.data.header.report_date = plan.as_of - timedelta(days=days)
    return planted(
        "stale_report_date",
        "project",
        "report_date",
        None,
        None,
        f"Report Date {days} days before the as-of date (not refreshed)",
    )


def green_with_critical_risk(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", is_open(standards, "risks"))
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.probability, risk.impact = scores_rated(standards, {standards.risk.critical_rating})
    risk.residual_probability = risk.residual_impact = standards.scales.impact.min
    plan.data.header.overall_rag = standards.lists["rag"][0]
    return planted(
        "green_with_critical_risk",
        "project",
        "overall_rag",
        None,
        None,
        f"Overall RAG Green while {risk.id} is open and rated Critical",
    )


def malformed_project_id(plan: ProjectPlan, standards: Standards) -> Planted:
    header = plan.data.header
    header.project_id = plan.project_id.replace("-", " ")
    return planted(
        "malformed_project_id",
        "project",
        "project_id",
        None,
        None,
        f"Project ID typed as '{header.project_id}' (a space instead of the dash)",
    )
