"""The standards as a pydantic model. Validation here is what makes a broken file fail
with one clear message instead of odd behaviour later."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from addin.standards.agile import AgilePolicy
from addin.standards.prioritisation import Prioritisation

Severity = Literal["error", "warning", "info", "off"]

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Meta(_Strict):
    name: str = "Enterprise PMO standards"
    version: str = Field(min_length=1)


class Scale(_Strict):
    """An ordinal 1..N scale (probability, impact, severity)."""

    min: int = Field(ge=0)
    max: int = Field(ge=1, le=100)
    labels: list[str] = []
    #: ``[upper %, level]`` pairs, rising: a likelihood written as a percentage (``35%``,
    #: ``0.35``) up to ``upper`` is that level. Adoption reads percentages by them
    #: (probability only; empty on the other scales).
    percent_bands: list[tuple[float, int]] = []

    @model_validator(mode="after")
    def _check(self) -> Scale:
        if self.max <= self.min:
            raise ValueError(f"max ({self.max}) must be greater than min ({self.min})")
        uppers = [upper for upper, _ in self.percent_bands]
        if uppers != sorted(uppers) or any(
            not self.min <= level <= self.max for _, level in self.percent_bands
        ):
            raise ValueError(
                f"percent_bands {self.percent_bands} must rise, each level within "
                f"{self.min}..{self.max}: [[10, 1], [30, 2], [50, 3], [70, 4], [100, 5]]"
            )
        if self.labels and len(self.labels) != self.max - self.min + 1:
            raise ValueError(
                f"labels has {len(self.labels)} entries; the scale {self.min}..{self.max} "
                f"needs {self.max - self.min + 1}"
            )
        return self

    def contains(self, value: float) -> bool:
        return float(value).is_integer() and self.min <= value <= self.max


class ImpactMoneyBands(_Strict):
    """Round 31: how adoption reads a risk's impact written as money (``Impact (£)``,
    ``Cost impact $k``) onto the impact scale: ``[upper amount, level]`` pairs, rising; an
    amount up to ``upper`` (in the register's own currency, after its header's unit) is
    that level, above the last the last level. Empty: not read (listed), as before."""

    bands: list[tuple[float, int]] = []

    @model_validator(mode="after")
    def _check(self) -> ImpactMoneyBands:
        uppers = [upper for upper, _ in self.bands]
        levels = [level for _, level in self.bands]
        if uppers != sorted(uppers) or levels != sorted(levels) or any(u < 0 for u in uppers):
            raise ValueError(
                f"impact_money_bands {self.bands} must rise, amounts and levels: "
                "[[10000, 1], [50000, 2], [250000, 3], [1000000, 4], [5000000, 5]]"
            )
        return self


class Scales(_Strict):
    probability: Scale
    impact: Scale
    severity: Scale
    wsjf: Scale


class ScoreBand(_Strict):
    name: str = Field(min_length=1)
    min: int = Field(ge=0)
    max: int = Field(ge=0)
    colour: str

    @field_validator("colour")
    @classmethod
    def _colour(cls, value: str) -> str:
        if not _COLOUR.match(value):
            raise ValueError(f"colour {value!r} must look like #RRGGBB")
        return value.upper()


class ClosedStatuses(_Strict):
    risk: list[str]
    assumption: list[str]
    issue: list[str]
    dependency: list[str]
    milestone: list[str]
    milestone_complete: str


class RiskPolicy(_Strict):
    response_required_ratings: list[str]
    critical_rating: str
    escalate_severity_from: int = Field(ge=1)
    placeholder_owners: list[str]


class CostRag(_Strict):
    amber_overrun_pct: float = Field(ge=0)
    red_overrun_pct: float = Field(ge=0)

    @model_validator(mode="after")
    def _order(self) -> CostRag:
        if self.red_overrun_pct < self.amber_overrun_pct:
            raise ValueError(
                f"red_overrun_pct ({self.red_overrun_pct}) must not be below "
                f"amber_overrun_pct ({self.amber_overrun_pct})"
            )
        return self


class Staleness(_Strict):
    report_days: int = Field(ge=1)
    item_days: int = Field(ge=1)


class MilestonePolicy(_Strict):
    slip_warning_days: int = Field(ge=0)


#: Roles and teams the capacity workbook's dropdowns offer when a standards file names none.
DEFAULT_CAPACITY_ROLES = [
    "Architect",
    "Business Analyst",
    "Developer",
    "Project Manager",
    "Tester",
]
DEFAULT_CAPACITY_TEAMS = ["Change", "Data", "Digital", "Infrastructure"]


class CapacityPolicy(_Strict):
    """SPEC section 14: role utilisation bands and the capacity workbook's dropdowns."""

    amber_above_pct: float = Field(default=85.0, ge=0)
    red_above_pct: float = Field(default=100.0, ge=0)
    roles: list[str] = Field(default_factory=lambda: list(DEFAULT_CAPACITY_ROLES))
    teams: list[str] = Field(default_factory=lambda: list(DEFAULT_CAPACITY_TEAMS))

    @model_validator(mode="after")
    def _order(self) -> CapacityPolicy:
        if self.red_above_pct < self.amber_above_pct:
            raise ValueError(
                f"red_above_pct ({self.red_above_pct}) must not be below "
                f"amber_above_pct ({self.amber_above_pct})"
            )
        return self

    def band(self, utilisation: float | None) -> str | None:
        """ "Red", "Amber" or "Green" for a utilisation (1.0 = 100 %); None when unknown."""
        if utilisation is None:
            return None
        pct = utilisation * 100
        if pct > self.red_above_pct:
            return "Red"
        if pct > self.amber_above_pct:
            return "Amber"
        return "Green"


#: Lists the template, rules and adoption rely on; a standards file may add more.
REQUIRED_LISTS = (
    "delivery_method",
    "stage",
    "rag",
    "currency",
    "risk_category",
    "risk_status",
    "proximity",
    "response_type",
    "escalation_level",
    "assumption_status",
    "confidence",
    "issue_type",
    "issue_status",
    "priority",
    "dependency_direction",
    "dependency_status",
    "milestone_status",
    "yes_no",
    "cost_category",
    "capex_opex",
)


class Standards(_Strict):
    """The EPMO's rulebook. Load it with :func:`addin.standards.load_standards`."""

    meta: Meta
    lists: dict[str, list[str]]
    closed_statuses: ClosedStatuses
    scales: Scales
    score_bands: list[ScoreBand] = Field(min_length=1)
    risk: RiskPolicy
    cost_rag: CostRag
    staleness: Staleness
    milestones: MilestonePolicy
    rag_colours: dict[str, str]
    rules: dict[str, Severity] = {}
    agile: AgilePolicy = AgilePolicy()  # SPEC section 16
    prioritisation: Prioritisation = Prioritisation()
    capacity: CapacityPolicy = Field(default_factory=CapacityPolicy)
    #: round 31: money impacts of risks banded onto the impact scale (adoption)
    impact_money_bands: ImpactMoneyBands = Field(default_factory=ImpactMoneyBands)

    @property
    def version(self) -> str:
        return self.meta.version

    @field_validator("lists")
    @classmethod
    def _lists(cls, lists: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [name for name in REQUIRED_LISTS if name not in lists]
        if missing:
            raise ValueError(f"missing list(s) {', '.join(missing)}")
        for name, values in lists.items():
            if not values:
                raise ValueError(f"list {name!r} is empty; give at least one value")
            seen: set[str] = set()
            for value in values:
                if not value.strip():
                    raise ValueError(f"list {name!r} has a blank value")
                key = value.strip().casefold()
                if key in seen:
                    raise ValueError(f"list {name!r} has {value!r} twice")
                seen.add(key)
        return lists

    @field_validator("rag_colours")
    @classmethod
    def _rag_colours(cls, colours: dict[str, str]) -> dict[str, str]:
        for name, value in colours.items():
            if not _COLOUR.match(value):
                raise ValueError(f"colour for {name!r} is {value!r}; it must look like #RRGGBB")
        return {k: v.upper() for k, v in colours.items()}

    @model_validator(mode="after")
    def _cross_checks(self) -> Standards:
        bands = sorted(self.score_bands, key=lambda b: b.min)
        for band in bands:
            if band.max < band.min:
                raise ValueError(
                    f"score band {band.name!r}: max {band.max} is below min {band.min}"
                )
        for lower, upper in itertools.pairwise(bands):
            if upper.min <= lower.max:
                raise ValueError(
                    f"score bands {lower.name!r} ({lower.min}-{lower.max}) and "
                    f"{upper.name!r} ({upper.min}-{upper.max}) overlap"
                )
        p, i = self.scales.probability, self.scales.impact
        for score in sorted(
            {a * b for a in range(p.min, p.max + 1) for b in range(i.min, i.max + 1)}
        ):
            if not any(b.min <= score <= b.max for b in bands):
                raise ValueError(
                    f"score {score} (a possible probability x impact) falls in no score band; "
                    "make the bands cover it"
                )
        names = {b.name for b in bands}
        for rating in [*self.risk.response_required_ratings, self.risk.critical_rating]:
            if rating not in names:
                raise ValueError(
                    f"risk rating {rating!r} is not a score band; use one of {sorted(names)}"
                )
        for register in ("risk", "assumption", "issue", "dependency", "milestone"):
            statuses = self.lists[f"{register}_status"]
            for status in getattr(self.closed_statuses, register):
                if status not in statuses:
                    raise ValueError(
                        f"closed_statuses.{register} names {status!r}, which is not in "
                        f"lists.{register}_status {statuses}"
                    )
        if self.closed_statuses.milestone_complete not in self.closed_statuses.milestone:
            raise ValueError(
                "closed_statuses.milestone_complete must be one of closed_statuses.milestone"
            )
        for rag in self.lists["rag"]:
            if rag not in self.rag_colours:
                raise ValueError(f"rag_colours has no colour for {rag!r}")
        impact = self.scales.impact
        for _, level in self.impact_money_bands.bands:
            if not impact.min <= level <= impact.max:
                raise ValueError(
                    f"impact_money_bands level {level} is off the impact scale "
                    f"{impact.min}..{impact.max}"
                )
        return self

    # -- helpers every part uses alike ---------------------------------------------------

    def band_for(self, score: float) -> ScoreBand | None:
        """The score band holding ``score`` (None when outside every band)."""
        for band in self.score_bands:
            if band.min <= score <= band.max:
                return band
        return None

    def is_closed(self, register: str, status: str | None) -> bool:
        """True when ``status`` ends an item's life in ``register`` (risk, issue, ...)."""
        if status is None:
            return False
        closed = _casefolded(tuple(getattr(self.closed_statuses, register)))
        return status.strip().casefold() in closed

    def severity_for(self, code: str, default: Severity) -> Severity:
        """The severity the EPMO set for a rule code, else the rule's own default."""
        return self.rules.get(code, default)


@functools.lru_cache(maxsize=256)
def _casefolded(statuses: tuple[str, ...]) -> frozenset[str]:
    """The closed statuses as a set to look a status up in (asked once per item)."""
    return frozenset(s.casefold() for s in statuses)
