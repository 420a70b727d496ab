"""Score and rank projects (SPEC 13), exactly as the Prioritisation sheet's formulas do.

WSJF: score = (w1 x Strategic Value + w2 x Time Criticality + w3 x Risk Reduction) / Job
Size through :func:`addin.derived.wsjf` (the weights are 1 by default), value = its
numerator (the cost of delay). Weighted: score = value = sum of weight x criterion.
A project is scored only when every criterion the method reads is a whole number on the
standards' 1-5 scale; otherwise it is listed with what is wrong and never ranked.

Rank: 1 for the highest score; equal scores rank in the order the projects are listed
(by Project ID), the same tie-break the sheet's ``COUNTIF`` formulas apply. Scores are
compared as Excel compares them, at 15 significant digits.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin import derived
from addin.prioritise.candidates import Candidate
from addin.standards import Standards
from addin.standards.prioritisation import CRITERIA, WSJF_PARTS

METHODS = ("wsjf", "weighted")


@dataclass(frozen=True)
class Method:
    """What to score with: the method, its weights (criterion key -> weight), the scale."""

    name: str
    weights: dict[str, float]
    scale_min: int
    scale_max: int

    @classmethod
    def from_standards(cls, standards: Standards) -> Method:
        p = standards.prioritisation
        scale = standards.scales.wsjf
        return cls(p.method, p.weights(), scale.min, scale.max)

    @property
    def fields(self) -> list[str]:
        """Criteria the method reads, in sheet order."""
        if self.name == "wsjf":
            return [*WSJF_PARTS, "job_size"]
        return list(self.weights)


@dataclass
class Score:
    score: float | None
    value: float | None
    problems: list[str]  # empty when the criteria are valid


def criterion_problem(label: str, raw: object, method: Method) -> str | None:
    """Why ``raw`` is not a usable criterion value, or None when it is."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return f"{label} is blank"
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return f"{label} is {str(raw)!r}, not a number"
    if not float(raw).is_integer() or not method.scale_min <= raw <= method.scale_max:
        return f"{label} is {raw:g}, outside the {method.scale_min}-{method.scale_max} scale"
    return None


def score_candidate(candidate: Candidate, method: Method) -> Score:
    problems = []
    values: dict[str, float] = {}
    for key in method.fields:
        raw = candidate.criteria.get(key)
        problem = criterion_problem(CRITERIA[key], raw, method)
        if problem:
            problems.append(problem)
        else:
            values[key] = float(raw)  # type: ignore[arg-type]
    if problems:
        return Score(None, None, problems)
    if method.name == "wsjf":
        w = method.weights
        parts = [w[k] * values[k] for k in WSJF_PARTS]
        score = derived.wsjf(parts[0], parts[1], parts[2], values["job_size"])
        return Score(score, sum(parts), [])
    total = sum(weight * values[key] for key, weight in method.weights.items())
    return Score(total, total, [])


def excel_number(value: float) -> float:
    """``value`` as Excel compares it in a COUNTIF criterion (15 significant digits)."""
    return float(f"{value:.15g}")


def ranks(scores: list[float | None]) -> list[int | None]:
    """Rank of each score (None stays unranked): the sheet's
    ``COUNTIF(all, ">"&s) + COUNTIF(rows above, s) + 1``."""
    keyed = sorted(
        (i for i, s in enumerate(scores) if s is not None),
        key=lambda i: (-excel_number(scores[i]), i),  # type: ignore[arg-type]
    )
    out: list[int | None] = [None] * len(scores)
    for position, i in enumerate(keyed, start=1):
        out[i] = position
    return out
