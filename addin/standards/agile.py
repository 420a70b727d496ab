"""The standards' ``[agile]`` table (SPEC section 16): how many iterations the agile
metrics look back over, and the thresholds of rules ITR-101..104."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator


class AgilePolicy(BaseModel):
    """Agile delivery: the window of the metrics and the thresholds of the ITR-1xx rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Delivery methods whose projects get velocity, say/do and a forecast finish.
    methods: list[str] = ["Agile", "Hybrid"]
    #: The metrics use the last N iterations ended on or before the as-of date.
    last_n: int = Field(default=3, ge=1, le=52)
    #: ITR-101: say/do (completed / committed) below this.
    say_do_threshold: float = Field(default=0.7, ge=0, le=10)
    #: ITR-102: forecast finish later than the Planned End Date by more than this many days.
    late_threshold_days: int = Field(default=14, ge=0)
    #: ITR-103: no iteration ended within this many days before the as-of date.
    no_iteration_days: int = Field(default=30, ge=1)
    #: ITR-103 applies to these delivery methods (a hybrid project may have phases
    #: without sprints)...
    iteration_methods: list[str] = ["Agile"]
    #: ... in these stages only (before Delivery there are no
    #: sprints yet; after it, none are expected).
    active_stages: list[str] = ["Delivery"]
    #: ITR-104: Remaining Points rising over this many consecutive ended iterations.
    rising_iterations: int = Field(default=3, ge=2, le=52)

    @field_validator("methods")
    @classmethod
    def _methods(cls, methods: list[str]) -> list[str]:
        if not methods or any(not m.strip() for m in methods):
            raise ValueError("name at least one delivery method, none of them blank")
        return methods

    def applies_to(self, delivery_method: str | None) -> bool:
        """True when a project of this delivery method gets the agile metrics."""
        return _among(delivery_method, self.methods)

    def expects_iterations(self, delivery_method: str | None) -> bool:
        """True when ITR-103 expects a project of this method to end iterations."""
        return _among(delivery_method, self.iteration_methods)

    def is_active_stage(self, stage: str | None) -> bool:
        return _among(stage, self.active_stages)


def _among(value: str | None, names: list[str]) -> bool:
    """Case- and space-insensitive membership (as the dropdowns compare)."""
    if value is None:
        return False
    text = value.strip().casefold()
    return any(text == name.strip().casefold() for name in names)
