"""Demand as the roll-up holds it: each project's tblResources rows from its payload."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from addin.capacity.compute import CapacityView, DemandSource, compute_capacity
from addin.standards import Standards

if TYPE_CHECKING:
    from addin.rollup.inputs import ProjectInput


def demand_sources(projects: Sequence[ProjectInput]) -> list[DemandSource]:
    return [
        DemandSource(
            p.project_id,
            p.source,
            p.payload.rows.get("resources", ()),
            p.payload.resource_columns,
        )
        for p in projects
    ]


def demand_only_view(projects: Sequence[ProjectInput], standards: Standards) -> CapacityView:
    """Demand by role and month alone (a roll-up built without a capacity step)."""
    policy = standards.capacity
    return compute_capacity(
        demand_sources(projects), None, policy.amber_above_pct, policy.red_above_pct
    )
