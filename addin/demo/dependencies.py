"""Dependencies between demo projects, so that the roll-up's Dependencies Map has
something to show: each inbound dependency is matched by the counterparty's outbound one,
except a few planted mismatches (dates that disagree, a counterpart that is missing)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from addin.demo.plan import ProjectPlan
from addin.demo.registers import open_statuses
from addin.demo.vocabulary import DELIVERABLES
from addin.models import Dependency
from addin.standards import Standards

#: The counterparty named by an inbound dependency whose project is not in the portfolio.
OUTSIDE_PROJECT_ID = "PRJ-0999"
#: The n-th pair (1-based) that is planted as a mismatch, and how.
_MISMATCH_AT = {2: "dates_disagree", 3: "counterpart_missing", 4: "outside"}


@dataclass(frozen=True)
class DependencyMismatch:
    """A dependency the Dependencies Map must flag."""

    kind: str  # "dates_disagree" | "counterpart_missing" | "counterparty_not_in_portfolio"
    project_id: str
    dependency_id: str
    counterparty_project_id: str
    description: str


def link_projects(
    plans: list[ProjectPlan],
    standards: Standards,
    seed: int,
    prefer: list[ProjectPlan] | None = None,
) -> list[DependencyMismatch]:
    """Add matching inbound/outbound dependencies across ``plans``; returns the mismatches.

    The planted mismatches go to projects of ``prefer`` (those already carrying defects)
    when there are any, so that the clean projects stay clean in the roll-up too.
    """
    if len(plans) < 2:
        return []
    rng = random.Random(f"pmo-demo/{seed}/dependencies")
    inbound, outbound = standards.lists["dependency_direction"][:2]
    opened = open_statuses(standards, "dependency")[:2]
    closed = standards.closed_statuses.dependency
    as_of = plans[0].as_of
    pairs = max(4, len(plans) + 2)
    planned: list[tuple[str, ProjectPlan, Dependency, ProjectPlan | None, Dependency | None]] = []
    mismatched = 0
    for number in range(pairs):
        kind = _MISMATCH_AT.get(number + 1, "match") if len(plans) >= 4 else "match"
        delivered = kind == "match" and rng.random() < 0.2  # a mismatch is still open
        needer = plans[number % len(plans)]  # every project needs something from another
        if kind != "match" and prefer:
            needer = prefer[mismatched % len(prefer)]
            mismatched += 1
        same = [p for p in plans if p is not needer and p.portfolio == needer.portfolio]
        others = [p for p in plans if p is not needer]
        giver = rng.choice(same if same and rng.random() < 0.7 else others)
        area = needer.area()
        deliverable = rng.choice(DELIVERABLES).format(area=area)
        if delivered:
            need_by = as_of - timedelta(days=rng.randint(10, 60))
        else:
            need_by = as_of + timedelta(days=rng.randint(20, 200))
        committed = need_by - timedelta(days=rng.randint(0, 14))
        status = rng.choice(closed) if delivered else rng.choice(opened)
        closed_date = committed if delivered else None
        fresh = max(1, min(15, standards.staleness.item_days - 1))
        updated = closed_date or as_of - timedelta(days=rng.randint(1, fresh))
        asker, owner = needer.person(), giver.person()

        need = Dependency(
            title=deliverable,
            direction=inbound,
            counterparty_project_id=giver.project_id,
            deliverable=deliverable,
            owner=asker,
            counterparty_owner=owner,
            need_by=need_by,
            committed_date=committed,
            status=status,
            last_updated=updated,
            closed_date=closed_date,
        )
        give: Dependency | None = need.model_copy(
            update={
                "direction": outbound,
                "counterparty_project_id": needer.project_id,
                "owner": owner,
                "counterparty_owner": asker,
            }
        )

        if kind == "dates_disagree" and give is not None:
            later = need_by + timedelta(days=28)
            give.need_by, give.committed_date = later, later - timedelta(days=7)
        elif kind == "counterpart_missing":
            give = None
        elif kind == "outside":
            need.counterparty_project_id = OUTSIDE_PROJECT_ID
            need.counterparty_owner = "External programme office"
            give = None
        planned.append((kind, needer, need, giver if give else None, give))

    for _kind, needer, need, taker, give in planned:
        needer.data.dependencies.append(need)
        if taker is not None and give is not None:
            taker.data.dependencies.append(give)
    for plan in plans:
        for number, dependency in enumerate(plan.data.dependencies, start=1):
            dependency.id = f"D-{number:03d}"

    mismatches: list[DependencyMismatch] = []
    for kind, needer, need, counterpart, _give in planned:
        assert need.id is not None and need.counterparty_project_id is not None
        if kind == "dates_disagree" and counterpart is not None:
            text = (
                f"{needer.project_id} needs '{need.deliverable}' by {need.need_by}; "
                f"{counterpart.project_id} records it 28 days later"
            )
        elif kind == "counterpart_missing":
            text = (
                f"{needer.project_id} needs '{need.deliverable}' from "
                f"{need.counterparty_project_id}, whose workbook has no matching outbound dependency"
            )
        elif kind == "outside":
            kind = "counterparty_not_in_portfolio"
            text = f"{needer.project_id} names {OUTSIDE_PROJECT_ID}, which is not in the portfolio"
        else:
            continue
        mismatches.append(
            DependencyMismatch(kind, needer.project_id, need.id, need.counterparty_project_id, text)
        )
    return mismatches
