"""PMO functions for risks: score, rating, residual score."""

from __future__ import annotations

from typing import Any

from addin import derived
from addin.excel_values import excel_call, number_arg
from udfs.registry import pmo_function, standards

_P = "Probability, 1 (rare) to 5 (almost certain)."
_I = "Impact, 1 (minimal) to 5 (severe)."


def _score(probability: Any, impact: Any) -> float | None:
    """Probability x impact from the cells Excel passes, each converted (or refused with
    its name) as the score and the rating both need it."""
    return derived.risk_score(number_arg(probability, "probability"), number_arg(impact, "impact"))


@pmo_function(
    args={"probability": _P, "impact": _I},
    returns="Probability x Impact (a number); empty when either is blank.",
    example="=PMO_RISKSCORE(4, 5) -> 20",
)
def PMO_RISKSCORE(probability: Any, impact: Any) -> Any:
    """Risk score: probability x impact, as the Risks sheet and the rules compute it."""
    return excel_call(lambda: _score(probability, impact))


@pmo_function(
    args={"probability": _P, "impact": _I},
    returns="The rating band of the score (e.g. Low, Medium, High, Critical).",
    example="=PMO_RISKRATING(4, 5) -> Critical",
)
def PMO_RISKRATING(probability: Any, impact: Any) -> Any:
    """Risk rating: the standards' score band for probability x impact."""
    return excel_call(lambda: derived.rating(_score(probability, impact), standards()))


@pmo_function(
    args={
        "residual_probability": "Probability once the response has worked, 1 to 5.",
        "residual_impact": "Impact once the response has worked, 1 to 5.",
    },
    returns="Residual probability x residual impact; empty when either is blank.",
    example="=PMO_RESIDUALSCORE(2, 3) -> 6",
)
def PMO_RESIDUALSCORE(residual_probability: Any, residual_impact: Any) -> Any:
    """Residual risk score: residual probability x residual impact."""
    return excel_call(
        lambda: derived.residual_score(
            number_arg(residual_probability, "residual_probability"),
            number_arg(residual_impact, "residual_impact"),
        )
    )
