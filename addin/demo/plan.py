"""The shape of one demo project while it is being generated: its data, the raw cells a
model cannot hold, and the defects planted in it (by position, resolved to cells later)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from addin.models import ProjectData


@dataclass(frozen=True)
class Spot:
    """Where a planted defect lives before the workbook exists.

    ``register`` is a register key ("risks", ...) with ``index`` the item's position in
    that register and ``column`` a column key; or ``register == "project"`` with
    ``column`` a Project field key; or a whole sheet (``column`` None).
    """

    register: str
    column: str | None = None
    index: int | None = None


@dataclass
class Planted:
    """A defect planted in a project, by kind (mapped to a rule code by :mod:`addin.demo.defects`)."""

    kind: str
    spot: Spot
    item_id: str | None
    description: str


@dataclass
class ProjectPlan:
    """One demo project: who and what it is, its data and its planted defects."""

    index: int
    project_id: str
    name: str
    portfolio: str
    programme: str
    method: str
    stage: str
    size: str  # "small" | "medium" | "large"
    workstreams: tuple[str, ...]
    team: list[str]
    rng: random.Random
    as_of: date
    data: ProjectData = field(default_factory=ProjectData)
    raw: dict[Spot, object] = field(default_factory=dict)  # values a model cannot hold
    planted: list[Planted] = field(default_factory=list)
    used: set[tuple[str, int]] = field(default_factory=set)  # items a defect already took
    folder: str = ""  # relative folder inside the portfolio
    file_name: str = ""

    @property
    def relpath(self) -> str:
        return f"{self.folder}/{self.file_name}" if self.folder else self.file_name

    @property
    def report_date(self) -> date:
        value = self.data.header.report_date
        return value if value is not None else self.as_of

    def person(self) -> str:
        return self.rng.choice(self.team)

    def area(self) -> str:
        return self.rng.choice(self.workstreams)

    def day_between(self, start: date, end: date) -> date:
        """A random day in [start, end] (start when the range is empty)."""
        span = (end - start).days
        return start + timedelta(days=self.rng.randint(0, span)) if span > 0 else start
