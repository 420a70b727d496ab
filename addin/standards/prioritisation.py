"""The standards' ``[prioritisation]`` table (SPEC section 13): how projects are scored,
and the funding envelope of each portfolio."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


#: The Project fields a criterion may name (1-5 scales of the template), key -> label.
CRITERIA: dict[str, str] = {
    "strategic_value": "Strategic Value",
    "time_criticality": "Time Criticality",
    "risk_reduction": "Risk Reduction",
    "job_size": "Job Size",
}

#: WSJF's cost-of-delay parts, weighted 1 each unless the EPMO says otherwise.
WSJF_PARTS = ("strategic_value", "time_criticality", "risk_reduction")


class Criterion(Strict):
    """One weighted criterion: a Project 1-5 field and its weight."""

    field: str
    weight: float

    @field_validator("field")
    @classmethod
    def _field(cls, value: str) -> str:
        key = value.strip().casefold().replace(" ", "_")
        if key not in CRITERIA:
            raise ValueError(
                f"criterion field {value!r} is not a Project 1-5 field; use one of "
                f"{', '.join(CRITERIA)}"
            )
        return key

    @field_validator("weight")
    @classmethod
    def _weight(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError(f"weight {value!r} must be a finite number")
        return value


class Prioritisation(Strict):
    """``method = "wsjf"`` (default): score = (Strategic Value + Time Criticality + Risk
    Reduction) / Job Size, value = the cost of delay (the numerator); ``wsjf_weights`` may
    weight the three parts. ``method = "weighted"``: score = value = sum of weight x
    criterion over ``criteria``. ``envelopes``: funding per portfolio name (the default
    budget of ``pmo prioritise --portfolio NAME``)."""

    method: Literal["wsjf", "weighted"] = "wsjf"
    wsjf_weights: dict[str, float] = Field(default_factory=lambda: dict.fromkeys(WSJF_PARTS, 1.0))
    criteria: list[Criterion] = []
    envelopes: dict[str, float] = {}

    @field_validator("wsjf_weights")
    @classmethod
    def _wsjf_weights(cls, weights: dict[str, float]) -> dict[str, float]:
        unknown = [k for k in weights if k not in WSJF_PARTS]
        if unknown:
            raise ValueError(
                f"wsjf_weights names {', '.join(map(repr, unknown))}; only "
                f"{', '.join(WSJF_PARTS)} can be weighted"
            )
        for key, value in weights.items():
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"wsjf_weights.{key} is {value!r}; give a number >= 0")
        merged = dict.fromkeys(WSJF_PARTS, 1.0)
        merged.update(weights)
        if not any(merged.values()):
            raise ValueError("wsjf_weights are all 0; at least one part must count")
        return merged

    @field_validator("envelopes")
    @classmethod
    def _envelopes(cls, envelopes: dict[str, float]) -> dict[str, float]:
        for name, amount in envelopes.items():
            if not name.strip():
                raise ValueError("envelopes has a blank portfolio name")
            if not math.isfinite(amount) or amount <= 0:
                raise ValueError(
                    f"envelopes.{name!r} is {amount!r}; a funding envelope must be above 0"
                )
        return envelopes

    @model_validator(mode="after")
    def _method(self) -> Prioritisation:
        if self.method == "weighted":
            if not self.criteria:
                raise ValueError(
                    'method = "weighted" needs criteria, e.g. '
                    '[[prioritisation.criteria]] field = "strategic_value" weight = 3'
                )
            seen: set[str] = set()
            for criterion in self.criteria:
                if criterion.field in seen:
                    raise ValueError(f"criterion {criterion.field!r} is given twice")
                seen.add(criterion.field)
            if not any(c.weight for c in self.criteria):
                raise ValueError("every criterion weight is 0; at least one must count")
        return self

    def weights(self) -> dict[str, float]:
        """Criterion key -> weight, in the order the sheet shows them."""
        if self.method == "wsjf":
            return dict(self.wsjf_weights)
        return {c.field: c.weight for c in self.criteria}

    def envelope(self, portfolio: str | None) -> float | None:
        if portfolio is None:
            return None
        want = portfolio.strip().casefold()
        for name, amount in self.envelopes.items():
            if name.strip().casefold() == want:
                return amount
        return None
