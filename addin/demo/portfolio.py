"""The demo portfolio's projects: who runs them, how big they are, where they stand.

Everything is drawn from a generator seeded by (seed, project number), and every date is
relative to the as-of date, so the demo stays current and the same seed gives the same
portfolio.
"""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from addin.demo.plan import ProjectPlan
from addin.demo.vocabulary import FIRST_NAMES, LAST_NAMES, PROGRAMMES, Programme
from addin.derived import month_start
from addin.models import ProjectHeader
from addin.standards import Standards

#: size -> (months of finance, risks, assumptions, issues, decisions, milestones, cost lines)
SIZES: dict[str, tuple[int, int, int, int, int, int, int]] = {
    "small": (12, 10, 4, 5, 3, 6, 2),
    "medium": (24, 30, 10, 15, 8, 12, 4),
    "large": (36, 75, 25, 35, 15, 24, 6),
}
_SIZE_CYCLE = ("medium", "small", "large", "medium", "small", "medium", "large", "small")
_METHODS = ("Waterfall", "Agile", "Hybrid")
_STAGE_CYCLE = ("Delivery", "Planning", "Delivery", "Initiation", "Delivery", "Closure", "Delivery")


def add_months(value: date, months: int) -> date:
    """The first day of the month ``months`` after ``value``'s month."""
    total = value.year * 12 + value.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def month_end(value: date) -> date:
    return add_months(value, 1) - timedelta(days=1)


def _people(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in names:
            names.append(name)
    return names


def _slot(index: int) -> tuple[Programme, str, int]:
    """The programme and title of project ``index``; titles repeat as "Phase 2" past the pool."""
    pool = [(prog, title) for prog in PROGRAMMES for title in prog.projects]
    # interleave programmes so that a small portfolio still spans them all
    pool.sort(key=lambda pair: (pair[0].projects.index(pair[1]), PROGRAMMES.index(pair[0])))
    programme, title = pool[index % len(pool)]
    return programme, title, index // len(pool) + 1


def file_name(project_id: str, name: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9 &()\-]", "", name)
    return f"{project_id} {safe}.xlsx"


def plan_project(index: int, seed: int, as_of: date, standards: Standards) -> ProjectPlan:
    """Project number ``index`` of the portfolio, with its Project sheet filled (clean)."""
    rng = random.Random(f"pmo-demo/{seed}/{index}")
    programme, title, phase = _slot(index)
    name = title if phase == 1 else f"{title} Phase {phase}"
    size = _SIZE_CYCLE[(index + seed) % len(_SIZE_CYCLE)]
    method = _METHODS[rng.randrange(3)]
    stage = _STAGE_CYCLE[(index * 3 + seed) % len(_STAGE_CYCLE)]
    months = SIZES[size][0]
    team = _people(rng, {"small": 4, "medium": 6, "large": 9}[size])
    project_id = f"PRJ-{101 + index:04d}"
    plan = ProjectPlan(
        index=index,
        project_id=project_id,
        name=name,
        portfolio=programme.portfolio,
        programme=programme.name,
        method=method,
        stage=stage,
        size=size,
        workstreams=programme.workstreams,
        team=team,
        rng=rng,
        as_of=as_of,
        folder=f"{programme.portfolio}/{programme.name}",
        file_name=file_name(project_id, name),
    )
    report_date = as_of - timedelta(
        days=rng.randint(0, min(6, standards.staleness.report_days - 1))
    )
    elapsed = {
        "Initiation": 1,
        "Planning": rng.randint(2, 3),
        "Delivery": rng.randint(months // 4, months * 3 // 4),
        "Closure": months - 1,
    }[stage]
    start = add_months(month_start(report_date), -elapsed)
    planned_end = month_end(add_months(start, months - 1))
    sponsor, manager = _people(rng, 2)
    plan.team[0] = manager
    plan.data.header = ProjectHeader(
        project_id=project_id,
        project_name=name,
        portfolio=programme.portfolio,
        programme=programme.name,
        sponsor=sponsor,
        project_manager=manager,
        delivery_method=method,
        stage=stage,
        start_date=start,
        planned_end_date=planned_end,
        forecast_end_date=planned_end,
        report_date=report_date,
        overall_rag="Green",
        schedule_rag="Green",
        cost_rag="Green",
        scope_rag="Green",
        status_summary="",
        currency=standards.lists["currency"][0],
        strategic_value=rng.randint(2, 5),
        time_criticality=rng.randint(1, 5),
        risk_reduction=rng.randint(1, 4),
        job_size={"small": 2, "medium": 3, "large": 5}[size],
    )
    return plan
