"""The demo's capacity workbook (SPEC section 14): every person the projects ask for, with
enough days, and roles pooled to 70-95 % utilisation; then a few realistic
over-allocations planted on projects that already carry defects (the clean ones stay
clean): one architect across three projects, a data engineer across two, and a
contractor the capacity workbook does not know."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from addin.capacity.model import CapacityLine
from addin.capacity.names import name_key
from addin.capacity.template import build_capacity_workbook
from addin.demo.plan import ProjectPlan
from addin.derived import month_start
from addin.models import ResourceLine
from addin.standards import Standards

CAPACITY_FILE = "capacity.xlsx"
#: What a person can usually give projects in a month (after leave and BAU work).
USUAL_DAYS = 16
ARCHITECT = ("Priya Raman", "Solution Architect", (12, 10, 8))
ENGINEER = ("Tom Okafor", "Data Engineer", (14, 11))
CONTRACTOR = ("Lee Contractor", "Developer", 10)


@dataclass
class PlantedCapacity:
    """What the demo planted, to print and to find in the roll-up."""

    over: list[str] = field(default_factory=list)  # "Priya Raman 2026-11: 30 days ..."
    unknown: list[str] = field(default_factory=list)


def _add_months(month: date, n: int) -> date:
    y, m = divmod(month.month - 1 + n, 12)
    return date(month.year + y, m + 1, 1)


def _in_dates(plan: ProjectPlan, month: date) -> bool:
    header = plan.data.header
    ends = [d for d in (header.planned_end_date, header.forecast_end_date) if d]
    start_ok = header.start_date is None or month >= month_start(header.start_date)
    return start_ok and (not ends or month <= month_start(max(ends)))


def tell_apart(plans: list[ProjectPlan]) -> None:
    """The demo draws each project's team at random, so two projects may each have a
    "Freya Hughes": in their Resources sheets the later ones get a middle initial (as the
    EPMO would ask), so that only the planted people are over-allocated."""
    owner: dict[str, int] = {}
    for plan in plans:
        renamed: dict[str, str] = {}
        for line in plan.data.resources:
            key = name_key(line.person)
            if not key:
                continue
            if owner.setdefault(key, plan.index) == plan.index:
                continue
            if key not in renamed:
                first, _, last = str(line.person).strip().partition(" ")
                for letter in "ABCDEFGHJKLMNPRSTW":
                    candidate = f"{first} {letter}. {last}"
                    if name_key(candidate) not in owner:
                        break
                owner[name_key(candidate)] = plan.index
                renamed[key] = candidate
            line.person = renamed[key]


def plant_capacity(plans: list[ProjectPlan], clean: set[str], seed: int) -> PlantedCapacity:
    """Add the over-allocated people's demand to projects that are not clean."""
    tell_apart(plans)
    planted = PlantedCapacity()
    rng = random.Random(seed * 31 + 7)
    hosts = [p for p in plans if p.relpath not in clean and p.data.header.project_id]
    for person, role, days in (ARCHITECT, ENGINEER):
        month = None
        chosen: list[ProjectPlan] = []
        for plan in hosts:
            candidate = _add_months(month_start(plan.report_date), 1)
            if month is None and _in_dates(plan, candidate):
                month = candidate
            if month is not None and _in_dates(plan, month) and plan not in chosen:
                chosen.append(plan)
            if len(chosen) == len(days):
                break
        if month is None or len(chosen) < len(days):
            continue
        for plan, asked in zip(chosen, days, strict=True):
            plan.data.resources.append(
                ResourceLine(role=role, person=person, month=month, planned_days=asked)
            )
        ids = ", ".join(
            f"{p.data.header.project_id} {d} d" for p, d in zip(chosen, days, strict=True)
        )
        planted.over.append(
            f"{person} ({role}) in {month:%Y-%m}: {sum(days)} days asked ({ids}), "
            f"{USUAL_DAYS} available"
        )
        hosts = [h for h in hosts if h not in chosen] + chosen  # spread the next one
    rng.shuffle(hosts)
    person, role, asked = CONTRACTOR
    for plan in hosts:
        month = month_start(plan.report_date)
        if _in_dates(plan, month):
            plan.data.resources.append(
                ResourceLine(role=role, person=person, month=month, planned_days=asked)
            )
            planted.unknown.append(f"{person} ({role}), asked for by {plan.data.header.project_id}")
            break
    return planted


def capacity_lines(plans: list[ProjectPlan], seed: int) -> list[CapacityLine]:
    """Every person asked for (bar the contractor), with the days they are asked for and a
    little slack (the planted people: :data:`USUAL_DAYS`); each role topped up by a pooled
    row when its people fall short of 70-95 % utilisation."""
    rng = random.Random(seed * 17 + 3)
    person_days: dict[tuple[str, date], float] = {}
    person_roles: dict[str, Counter[str]] = {}
    names: dict[str, str] = {}
    role_demand: dict[tuple[str, date], float] = {}
    for plan in plans:
        for line in plan.data.resources:
            if not line.role or not line.month or not line.planned_days:
                continue
            month = month_start(line.month)
            role_demand[(line.role, month)] = role_demand.get((line.role, month), 0.0) + float(
                line.planned_days
            )
            key = name_key(line.person)
            if not key or line.person == CONTRACTOR[0]:
                continue
            names.setdefault(key, " ".join(str(line.person).split()))
            person_roles.setdefault(key, Counter())[line.role] += 1
            person_days[(key, month)] = person_days.get((key, month), 0.0) + float(
                line.planned_days
            )
    planted = {name_key(ARCHITECT[0]), name_key(ENGINEER[0])}
    months = sorted({m for _, m in role_demand})
    lines: list[CapacityLine] = []
    named: dict[tuple[str, date], float] = {}
    for key in sorted(names):
        role = person_roles[key].most_common(1)[0][0]
        for month in months:
            asked = person_days.get((key, month), 0.0)
            if key in planted:
                days = float(USUAL_DAYS)
            elif asked:  # what they are asked for and a little slack
                days = asked + rng.choice((0, 1, 2, 3))
            else:  # a month on business-as-usual work
                days = float(rng.choice((0, 5, 10)))
            lines.append(
                CapacityLine(
                    person=names[key], role=role, team="Delivery", month=month, available_days=days
                )
            )
            named[(role, month)] = named.get((role, month), 0.0) + days
    for role in sorted({r for r, _ in role_demand}):
        target = rng.uniform(0.70, 0.95)
        for month in months:
            needed = role_demand.get((role, month), 0.0) / target
            pooled = round(max(0.0, needed - named.get((role, month), 0.0)))
            if pooled:
                lines.append(
                    CapacityLine(
                        role=role, team="Contractors", month=month, available_days=pooled + 1
                    )
                )
    return lines


def write_demo_capacity(
    folder: Path, plans: list[ProjectPlan], standards: Standards, seed: int
) -> Path:
    return build_capacity_workbook(folder / CAPACITY_FILE, standards, capacity_lines(plans, seed))


def capacity_story(capacity: dict[str, Any] | None) -> list[str]:
    """The demo's closing lines about capacity, from what the consolidation found."""
    if not capacity:
        return [f"a capacity workbook ({CAPACITY_FILE}); consolidate to see the Capacity sheet"]
    lines = []
    for over in capacity["over_allocated"]:
        asks = ", ".join(f"{pid} {days:g} d" for pid, days in over["projects"].items())
        lines.append(
            f"{over['person']} over-allocated in {over['month'][:7]}: {over['demand']:g} days "
            f"asked ({asks}), {over['capacity']:g} available (Capacity sheet, CAP-001)"
        )
    if capacity["unknown_people"]:
        lines.append(
            f"asked for but not in {CAPACITY_FILE}: {', '.join(capacity['unknown_people'])} "
            "(CAP-003)"
        )
    return lines
