"""Defects planted in the Milestones register."""

from __future__ import annotations

from datetime import timedelta

from addin.demo.plan import Planted, ProjectPlan
from addin.demo.plant_base import is_open, planted, take
from addin.standards import Standards


def milestone_slipped(plan: ProjectPlan, standards: Standards) -> Planted | None:
    index = take(plan, "milestones", is_open(standards, "milestones"))
    if index is None:
        return None
    ms = plan.data.milestones[index]
    assert ms.baseline_date is not None
    days = standards.milestones.slip_warning_days + 35
    ms.forecast_date = ms.baseline_date + timedelta(days=days)
    plan.data.header.schedule_rag = standards.lists["rag"][1]
    return planted(
        "milestone_slipped",
        "milestones",
        "forecast_date",
        index,
        ms.id,
        f"Forecast {days} days after baseline",
    )


def milestone_complete_without_actual(plan: ProjectPlan, standards: Standards) -> Planted | None:
    complete = standards.closed_statuses.milestone_complete
    index = take(plan, "milestones", lambda item: getattr(item, "status", None) == complete)
    if index is None:
        return None
    ms = plan.data.milestones[index]
    ms.actual_date = None
    return planted(
        "milestone_complete_without_actual",
        "milestones",
        "actual_date",
        index,
        ms.id,
        "Marked Complete with no Actual Date",
    )


def milestone_overdue(plan: ProjectPlan, standards: Standards) -> Planted | None:
    opened = [
        s for s in standards.lists["milestone_status"] if not standards.is_closed("milestone", s)
    ]
    index = take(plan, "milestones", is_open(standards, "milestones"))
    if index is None:
        return None
    ms = plan.data.milestones[index]
    ms.baseline_date = ms.forecast_date = plan.as_of - timedelta(days=6)
    ms.status = opened[min(1, len(opened) - 1)]
    return planted(
        "milestone_overdue",
        "milestones",
        "forecast_date",
        index,
        ms.id,
        "Forecast date passed 6 days ago and not marked complete",
    )


def milestone_without_baseline(plan: ProjectPlan, standards: Standards) -> Planted | None:
    no = standards.lists["yes_no"][-1]
    index = take(plan, "milestones", lambda item: getattr(item, "gate", None) == no)
    if index is None:
        return None
    ms = plan.data.milestones[index]
    ms.baseline_date = None
    return planted(
        "milestone_without_baseline",
        "milestones",
        "baseline_date",
        index,
        ms.id,
        "Baseline Date left empty",
    )
