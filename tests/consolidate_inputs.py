"""Realistic project data for the consolidation tests and benchmark (deterministic).

Each project: ~150 RAID items (60 risks, 25 assumptions, 35 issues, 15 dependencies,
15 decisions), 20 milestones and 36 months x 3 cost lines of finance. Dependencies pair
up across the portfolio: project i needs a deliverable from project i+1, which lists
the matching outbound one (every fifth one with a later commitment).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from addin.models import (
    Assumption,
    Decision,
    Dependency,
    FinanceLine,
    Issue,
    Milestone,
    ProjectData,
    ProjectHeader,
    Risk,
    WorkbookMeta,
)
from addin.standards import Standards

AS_OF = date(2026, 11, 30)
START = date(2025, 6, 1)


def project_id(i: int) -> str:
    return f"PRJ-{i:04d}"


def _month(offset: int) -> date:
    y, m = divmod(START.month - 1 + offset, 12)
    return date(START.year + y, m + 1, 1)


def make_project(i: int, n: int, *, raid: int = 150, months: int = 36) -> ProjectData:
    rnd = random.Random(i * 7919 + 17)
    pick = rnd.choice
    day = lambda lo, hi: AS_OF + timedelta(days=rnd.randint(lo, hi))  # noqa: E731
    owners = ["Alice Smith", "Bob Jones", "Chen Li", "Dana Patel", "Eve Martin"]
    share = raid / 150
    n_risks, n_ass, n_iss = int(60 * share), int(25 * share), int(35 * share)
    n_dec = int(15 * share)
    header = ProjectHeader(
        project_id=project_id(i),
        project_name=f"Project {i} {pick(['Atlas', 'Borealis', 'Cobalt', 'Delta'])}",
        portfolio=pick(["Digital", "Operations", "Estates"]),
        programme=f"Programme {i % 7}",
        sponsor="Sam Sponsor",
        project_manager=pick(owners),
        delivery_method=pick(["Waterfall", "Agile", "Hybrid"]),
        stage=pick(["Planning", "Delivery", "Delivery", "Closure"]),
        start_date=START,
        planned_end_date=_month(months) - timedelta(days=1),
        forecast_end_date=_month(months) + timedelta(days=rnd.randint(-20, 60)),
        report_date=AS_OF - timedelta(days=rnd.randint(1, 20)),
        overall_rag=pick(["Green", "Amber", "Red", "Green"]),
        schedule_rag=pick(["Green", "Amber", "Red"]),
        cost_rag=pick(["Green", "Amber", "Red"]),
        scope_rag=pick(["Green", "Amber"]),
        status_summary="On track overall; see risks.",
        currency="GBP",
        strategic_value=rnd.randint(1, 5),
        time_criticality=rnd.randint(1, 5),
        risk_reduction=rnd.randint(1, 5),
        job_size=rnd.randint(1, 5),
    )
    risks = []
    for k in range(n_risks):
        status = pick(["Open", "Open", "Monitoring", "Closed"])
        risks.append(
            Risk(
                id=f"R-{k + 1:03d}",
                title=f"Risk {k + 1} of project {i}",
                description="Supplier may deliver late because of capacity constraints.",
                category=pick(["Technical", "Commercial", "People", "Schedule"]),
                owner=pick(owners),
                raised_date=day(-300, -30),
                status=status,
                probability=rnd.randint(1, 5),
                impact=rnd.randint(1, 5),
                proximity=pick(["Imminent", "1-3 months"]),
                response_type=pick(["Reduce", "Accept", "Avoid"]),
                response="Weekly supplier review and contingency plan.",
                residual_probability=rnd.randint(1, 2),
                residual_impact=rnd.randint(1, 3),
                escalation_level="Project",
                due_date=day(-60, 120),
                last_updated=day(-40, -1),
                closed_date=day(-20, -1) if status == "Closed" else None,
            )
        )
    assumptions = [
        Assumption(
            id=f"A-{k + 1:03d}",
            assumption=f"Assumption {k + 1}: the vendor keeps current pricing.",
            owner=pick(owners),
            raised_date=day(-300, -60),
            status=pick(["Open", "Validated", "Open"]),
            validate_by=day(-30, 90),
            confidence=pick(["High", "Medium", "Low"]),
            impact_if_false="Budget increase.",
            last_updated=day(-30, -1),
        )
        for k in range(n_ass)
    ]
    issues = [
        Issue(
            id=f"I-{k + 1:03d}",
            title=f"Issue {k + 1}",
            description="Environment not available for testing.",
            type=pick(["Problem", "Concern"]),
            owner=pick(owners),
            raised_date=day(-200, -10),
            status=pick(["Open", "In Progress", "Resolved", "Closed"]),
            severity=rnd.randint(1, 3),
            priority=pick(["High", "Medium", "Low"]),
            escalation_level="Project",
            due_date=day(-45, 60),
            last_updated=day(-20, -1),
        )
        for k in range(n_iss)
    ]
    deps = []
    if n > 1:
        nxt, prev = (i % n) + 1, ((i - 2) % n) + 1
        need = AS_OF + timedelta(days=30 + i)
        deps.append(
            Dependency(
                id="D-001",
                title=f"Data feed from {project_id(nxt)}",
                direction="Inbound",
                counterparty_project_id=project_id(nxt),
                deliverable=f"Feed {i}",
                owner=pick(owners),
                need_by=need,
                committed_date=need,
                status="On Track",
            )
        )
        prev_need = AS_OF + timedelta(days=30 + prev)
        late = prev % 5 == 0
        deps.append(
            Dependency(
                id="D-002",
                title=f"Data feed to {project_id(prev)}",
                direction="Outbound",
                counterparty_project_id=project_id(prev),
                deliverable=f"Feed {prev}",
                owner=pick(owners),
                need_by=prev_need,
                committed_date=prev_need + timedelta(days=14) if late else prev_need,
                status="At Risk" if late else "On Track",
            )
        )
    for k in range(len(deps), int(15 * share)):
        deps.append(
            Dependency(
                id=f"D-{k + 1:03d}",
                title=f"Internal dependency {k + 1}",
                direction="Inbound",
                counterparty_project_id="EXT-SUPPLIER",
                deliverable=f"Item {k}",
                owner=pick(owners),
                need_by=day(-10, 120),
                committed_date=day(-10, 120),
                status=pick(["Open", "On Track", "Delivered"]),
            )
        )
    decisions = [
        Decision(
            id=f"DC-{k + 1:03d}",
            decision=f"Decision {k + 1}: proceed with option B.",
            made_by="Steering Board",
            date=day(-300, -5),
            rationale="Lowest cost and risk.",
        )
        for k in range(n_dec)
    ]
    milestones = []
    for k in range(20):
        baseline = _month(k * months // 20) + timedelta(days=14)
        done = baseline < AS_OF - timedelta(days=30)
        milestones.append(
            Milestone(
                id=f"M-{k + 1:03d}",
                milestone=f"Milestone {k + 1}",
                owner=pick(owners),
                gate=pick(["Y", "N"]),
                baseline_date=baseline,
                forecast_date=baseline + timedelta(days=rnd.randint(-5, 30)),
                actual_date=baseline + timedelta(days=rnd.randint(0, 10)) if done else None,
                status="Complete" if done else pick(["Not Started", "In Progress", "At Risk"]),
            )
        )
    finance = []
    for m in range(months):
        month = _month(m)
        for line, cat, capex in (
            ("Delivery team", "Labour", "OpEx"),
            ("Contractors", "Contractors", "OpEx"),
            ("Licences", "Software", "CapEx"),
        ):
            budget = float(rnd.randint(5, 40) * 1000)
            past = month <= AS_OF
            actual = round(budget * rnd.uniform(0.8, 1.25), 2) if past else None
            finance.append(
                FinanceLine(
                    month=month,
                    cost_line=line,
                    category=cat,
                    capex_opex=capex,
                    budget=budget,
                    actual=actual,
                    forecast=actual if past else round(budget * rnd.uniform(0.9, 1.2), 2),
                )
            )
    return ProjectData(
        header=header,
        risks=risks,
        assumptions=assumptions,
        issues=issues,
        dependencies=deps,
        decisions=decisions,
        milestones=milestones,
        finance=finance,
        meta=WorkbookMeta(template_id="project", template_version=1),
    )


def write_portfolio(
    folder: Path, n: int, standards: Standards, *, raid: int = 150, months: int = 36
) -> list[Path]:
    """``n`` standard project workbooks in ``folder`` (built with the template builder)."""
    from addin.templates import build_project_workbook

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(1, n + 1):
        path = folder / f"{project_id(i)}.xlsx"
        build_project_workbook(path, standards, make_project(i, n, raid=raid, months=months))
        paths.append(path)
    return paths
