"""Defects a model cannot hold, planted as raw cells: text in a date or number column, an
error value, a formula saved without a value."""

from __future__ import annotations

from addin.demo.plan import Planted, ProjectPlan, Spot
from addin.demo.plant_base import is_open, planted, take
from addin.host import ErrorValue
from addin.standards import Standards


def text_in_date_column(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "issues", is_open(standards, "issues"))
    if index is None:
        return None
    issue = plan.data.issues[index]
    issue.due_date = None
    plan.raw[Spot("issues", "due_date", index)] = "end of month"
    return planted(
        "text_in_date_column",
        "issues",
        "due_date",
        index,
        issue.id,
        "Due Date typed as the text 'end of month'",
    )


def error_value(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "risks", lambda item: True)
    if index is None:
        return None
    risk = plan.data.risks[index]
    risk.impact = None
    plan.raw[Spot("risks", "impact", index)] = ErrorValue("#REF!")
    return planted(
        "error_value", "risks", "impact", index, risk.id, "Impact holds #REF! (a broken link)"
    )


def text_in_number_column(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "resources", lambda item: True)
    if index is None:
        return None
    line = plan.data.resources[index]
    typed = f"{line.planned_days:g} days"
    line.planned_days = None
    plan.raw[Spot("resources", "planned_days", index)] = typed
    return planted(
        "text_in_number_column",
        "resources",
        "planned_days",
        index,
        None,
        f"Planned Days typed as the text '{typed}'",
    )


def formula_in_input(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "resources", lambda item: True)
    if index is None:
        return None
    line = plan.data.resources[index]
    days = int(line.planned_days or 10)
    line.planned_days = None
    plan.raw[Spot("resources", "planned_days", index)] = f"={days - 2}+2"
    return planted(
        "formula_without_cached_value",
        "resources",
        "planned_days",
        index,
        None,
        f"Planned Days typed as the formula ={days - 2}+2, saved without being calculated",
    )
