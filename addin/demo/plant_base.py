"""What every planting function shares: picking an item no other defect took, telling
open from closed, recording the spot, finding scores by rating."""

from __future__ import annotations

from collections.abc import Callable

from addin import layout
from addin.demo.plan import Planted, ProjectPlan, Spot
from addin.derived import rating, risk_score
from addin.models import Item
from addin.standards import Standards

Plant = Callable[[ProjectPlan, Standards], Planted | None]


def take(plan: ProjectPlan, register: str, wanted: Callable[[Item], bool]) -> int | None:
    """A random item of ``register`` that ``wanted`` accepts and no other defect took."""
    items = plan.data.items(register)
    choices = [n for n, item in enumerate(items) if (register, n) not in plan.used and wanted(item)]
    if not choices:
        return None
    index = plan.rng.choice(choices)
    plan.used.add((register, index))
    return index


def is_open(standards: Standards, register: str) -> Callable[[Item], bool]:
    item_name = layout.REGISTERS_BY_KEY[register].item
    return lambda item: not standards.is_closed(item_name, getattr(item, "status", None))


def is_closed(standards: Standards, register: str) -> Callable[[Item], bool]:
    item_name = layout.REGISTERS_BY_KEY[register].item
    return lambda item: standards.is_closed(item_name, getattr(item, "status", None))


def planted(
    kind: str, register: str, column: str | None, index: int | None, item_id: str | None, text: str
) -> Planted:
    return Planted(kind, Spot(register, column, index), item_id, text)


def scores_rated(standards: Standards, ratings: set[str]) -> tuple[int, int]:
    """The lowest (probability, impact) pair whose score band is one of ``ratings``."""
    p_scale, i_scale = standards.scales.probability, standards.scales.impact
    pairs = sorted(
        (
            (p, i)
            for p in range(p_scale.min, p_scale.max + 1)
            for i in range(i_scale.min, i_scale.max + 1)
        ),
        key=lambda pair: (pair[0] * pair[1], -pair[0]),
    )
    for p, i in pairs:
        if rating(risk_score(p, i), standards) in ratings:
            return p, i
    return p_scale.max, i_scale.max
