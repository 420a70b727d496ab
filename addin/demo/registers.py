"""Clean RAID registers and milestones for one demo project.

Clean means: every value the standards allow, open items due after the as-of date and
updated within the staleness window, closed items with a closed date, scores that agree.
The planted defects (:mod:`addin.demo.defects`) then break a few of them on purpose.
"""

from __future__ import annotations

from datetime import date, timedelta

from addin.demo.plan import ProjectPlan
from addin.demo.portfolio import SIZES
from addin.demo.vocabulary import (
    ASSUMPTIONS,
    DECISIONS,
    ISSUES,
    MILESTONES,
    RESPONSES,
    RISK_EVENTS,
)
from addin.derived import rating, risk_score
from addin.models import Assumption, Decision, Issue, Milestone, Risk
from addin.standards import Standards


def open_statuses(standards: Standards, register: str) -> list[str]:
    """The statuses of ``register``'s list that do not close an item."""
    return [
        s for s in standards.lists[f"{register}_status"] if not standards.is_closed(register, s)
    ]


def _dates(plan: ProjectPlan, standards: Standards, closed: bool) -> tuple[date, date | None, date]:
    """(raised, closed, last updated) for an item, all on or before the as-of date."""
    header = plan.data.header
    start = header.start_date or plan.as_of
    report = plan.report_date
    raised = plan.day_between(start, max(start, report - timedelta(days=10)))
    if closed:
        closed_on = plan.day_between(raised + timedelta(days=3), report)
        return raised, closed_on, closed_on
    fresh = max(1, min(20, standards.staleness.item_days - 1))
    window = plan.as_of - timedelta(days=plan.rng.randint(1, fresh))
    return raised, None, max(raised, min(window, report))


def _due(plan: ProjectPlan) -> date:
    return plan.as_of + timedelta(days=plan.rng.randint(14, 150))


def _item_id(prefix: str, number: int) -> str:
    return f"{prefix}-{number:03d}"


def make_risks(plan: ProjectPlan, standards: Standards) -> list[Risk]:
    rng = plan.rng
    count = SIZES[plan.size][1]
    categories = [c for c in standards.lists["risk_category"] if c in RISK_EVENTS]
    opened = open_statuses(standards, "risk")
    closed_status = standards.closed_statuses.risk[0]
    escalation = standards.lists["escalation_level"]
    risks: list[Risk] = []
    titles: set[str] = set()
    for n in range(1, count + 1):
        for _attempt in range(8):  # a register rarely holds the same risk twice
            category = rng.choice(categories)
            title, cause, effect = rng.choice(RISK_EVENTS[category])
            area = plan.area()
            if title.format(area=area) not in titles:
                break
        titles.add(title.format(area=area))
        closed = rng.random() < 0.2
        raised, closed_on, updated = _dates(plan, standards, closed)
        p = rng.choices((1, 2, 3, 4, 5), (3, 5, 5, 2, 0.6))[0]
        i = rng.choices((1, 2, 3, 4, 5), (2, 4, 5, 3, 1))[0]
        if p * i >= 20 and rng.random() < 0.6:  # a few Critical risks, not dozens
            p -= 1
        band = rating(risk_score(p, i), standards)
        response_type = rng.choice(standards.lists["response_type"])
        residual_p = max(1, p - rng.randint(0, 2))
        residual_i = max(1, i - rng.randint(0, 1))
        risks.append(
            Risk(
                id=_item_id("R", n),
                title=title.format(area=area),
                description=f"Because {cause}, there is a risk of {effect}.",
                category=category,
                owner=plan.person(),
                raised_date=raised,
                status=closed_status if closed else rng.choice(opened),
                probability=p,
                impact=i,
                proximity=rng.choice(standards.lists["proximity"]),
                response_type=response_type,
                response=RESPONSES.get(response_type, "Mitigation agreed for {area}.").format(
                    area=area
                ),
                residual_probability=residual_p,
                residual_impact=residual_i,
                escalation_level=escalation[1]
                if band in standards.risk.response_required_ratings
                else escalation[0],
                due_date=closed_on if closed else _due(plan),
                last_updated=updated,
                closed_date=closed_on,
            )
        )
    return risks


def make_assumptions(plan: ProjectPlan, standards: Standards) -> list[Assumption]:
    rng = plan.rng
    statuses = standards.lists["assumption_status"]
    opened = open_statuses(standards, "assumption")
    closed_statuses = [s for s in statuses if s not in opened]
    items: list[Assumption] = []
    for n in range(1, SIZES[plan.size][2] + 1):
        text, impact = rng.choice(ASSUMPTIONS)
        area = plan.area()
        closed = rng.random() < 0.35
        raised, closed_on, updated = _dates(plan, standards, closed)
        status = rng.choice(closed_statuses) if closed else rng.choice(opened)
        items.append(
            Assumption(
                id=_item_id("A", n),
                assumption=text.format(area=area),
                owner=plan.person(),
                raised_date=raised,
                status=status,
                validate_by=closed_on if closed else _due(plan),
                confidence=rng.choice(standards.lists["confidence"]),
                impact_if_false=impact,
                outcome=f"{status} at the project board." if closed else None,
                last_updated=updated,
                closed_date=closed_on,
            )
        )
    return items


def make_issues(plan: ProjectPlan, standards: Standards) -> list[Issue]:
    rng = plan.rng
    opened = open_statuses(standards, "issue")
    closed_statuses = [s for s in standards.lists["issue_status"] if s not in opened]
    escalation = standards.lists["escalation_level"]
    priorities = standards.lists["priority"]  # most urgent first
    types = standards.lists["issue_type"]
    risk_ids = [r.id for r in plan.data.risks]
    items: list[Issue] = []
    for n in range(1, SIZES[plan.size][3] + 1):
        title, kind, description = rng.choice(ISSUES)
        area = plan.area()
        closed = rng.random() < 0.4
        raised, closed_on, updated = _dates(plan, standards, closed)
        severity = rng.choices((1, 2, 3, 4, 5), (2, 4, 4, 2, 1))[0]
        escalated = severity >= standards.risk.escalate_severity_from
        items.append(
            Issue(
                id=_item_id("I", n),
                title=title.format(area=area),
                description=description.format(area=area),
                type=kind if kind in types else types[0],
                owner=plan.person(),
                raised_date=raised,
                status=rng.choice(closed_statuses) if closed else rng.choice(opened),
                severity=severity,
                priority=priorities[min(len(priorities) - 1, max(0, 5 - severity))],
                resolution="Resolved and verified by the workstream lead." if closed else None,
                escalation_level=escalation[rng.randint(1, 2)] if escalated else escalation[0],
                due_date=closed_on if closed else _due(plan),
                source_risk_id=rng.choice(risk_ids) if risk_ids and rng.random() < 0.2 else None,
                last_updated=updated,
                closed_date=closed_on,
            )
        )
    return items


def make_decisions(plan: ProjectPlan) -> list[Decision]:
    rng = plan.rng
    header = plan.data.header
    items: list[Decision] = []
    for n in range(1, SIZES[plan.size][4] + 1):
        text, why = rng.choice(DECISIONS)
        area = plan.area()
        items.append(
            Decision(
                id=_item_id("DC", n),
                decision=text.format(area=area),
                made_by=rng.choice([header.sponsor, header.project_manager, "Steering group"]),
                date=plan.day_between(header.start_date or plan.as_of, plan.report_date),
                rationale=why,
            )
        )
    return items


def make_milestones(plan: ProjectPlan, standards: Standards) -> list[Milestone]:
    """Baselines spread over the plan; past ones complete (a few days either side), future
    ones forecast on or near the baseline."""
    rng = plan.rng
    header = plan.data.header
    start = header.start_date or plan.as_of
    end = header.planned_end_date or plan.as_of
    count = SIZES[plan.size][5]
    complete = standards.closed_statuses.milestone_complete
    opened = open_statuses(standards, "milestone")
    not_started, in_progress = opened[0], opened[min(1, len(opened) - 1)]
    span = (end - start).days
    yes, no = standards.lists["yes_no"][0], standards.lists["yes_no"][-1]
    slip_limit = standards.milestones.slip_warning_days
    items: list[Milestone] = []
    for n in range(1, count + 1):
        baseline = start + timedelta(days=span * n // count - rng.randint(0, 5))
        name = MILESTONES[min(len(MILESTONES) - 1, (n - 1) * len(MILESTONES) // count)]
        gate = n in (1, count) or "sign-off" in name or "Go-live" in name
        if baseline < plan.as_of:
            actual = min(baseline + timedelta(days=rng.randint(-3, 5)), plan.as_of - timedelta(1))
            status, forecast, actual_date = complete, actual, actual
        else:
            # some slip a little, within the warning threshold (the planted defect goes beyond)
            small = min(4, slip_limit)
            slip = rng.randint(0, small) if rng.random() < 0.7 else rng.randint(small, slip_limit)
            forecast = baseline + timedelta(days=slip)
            soon = (baseline - plan.as_of).days < 45
            status, actual_date = (in_progress if soon else not_started), None
        items.append(
            Milestone(
                id=_item_id("M", n),
                milestone=name.format(area=plan.area()),
                owner=plan.person(),
                gate=yes if gate else no,
                baseline_date=baseline,
                forecast_date=forecast,
                actual_date=actual_date,
                status=status,
            )
        )
    return items
