"""Derived values, recomputed from inputs (SPEC section 4).

The template's Excel formulas compute the same things; a test has LibreOffice
recalculate the template and compares. The rules, the PMO functions (UDFs) and the
roll-up call these functions and nothing else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from addin.models import FinanceLine
from addin.standards import Standards


def _number(value: object) -> float | None:
    if type(value) is float:  # the common case first (called for every score and amount)
        return value if value - value == 0.0 else None  # NaN and infinities give NaN
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return None if math.isnan(value) or math.isinf(value) else float(value)
    return None


#: A finite number as a float; None for anything else (text, booleans, NaN, infinities).
number = _number


def risk_score(probability: object, impact: object) -> float | None:
    """Probability x Impact; None when either is not a number."""
    p, i = _number(probability), _number(impact)
    if p is None or i is None:
        return None
    return p * i


def residual_score(residual_probability: object, residual_impact: object) -> float | None:
    """Residual probability x residual impact; None when either is not a number."""
    return risk_score(residual_probability, residual_impact)


def rating(score: float | None, standards: Standards) -> str | None:
    """The score band's name ("Low" ... "Critical"); None for no score or one outside every band."""
    if score is None:
        return None
    band = standards.band_for(score)
    return band.name if band else None


def _days(later: date | None, earlier: date | None) -> int | None:
    if later is None or earlier is None:
        return None
    return (later - earlier).days


def slippage_days(
    baseline_date: date | None, forecast_date: date | None, actual_date: date | None = None
) -> int | None:
    """Days the milestone lands after its baseline (actual date when achieved, else forecast).

    Negative when early; None without a baseline or without both forecast and actual.
    """
    return _days(actual_date if actual_date is not None else forecast_date, baseline_date)


def slack_days(need_by: date | None, committed_date: date | None) -> int | None:
    """Days between the committed date and the need-by date (negative: committed too late)."""
    return _days(need_by, committed_date)


def days_overdue(due: date | None, as_of: date, *, is_open: bool = True) -> int:
    """Days past ``due`` at ``as_of`` for an open item; 0 when closed, not due or undated."""
    if not is_open or due is None or due >= as_of:
        return 0
    return (as_of - due).days


def month_start(value: date) -> date:
    """The first day of ``value``'s month."""
    return date(value.year, value.month, 1)


@dataclass(frozen=True)
class FinanceFigures:
    """SPEC section 4's finance definitions for one project (or one month of it)."""

    bac: float
    actual_to_date: float
    etc: float
    eac: float
    vac: float
    vac_pct: float | None
    cost_rag: str | None


def finance_figures(
    lines: Iterable[FinanceLine], report_date: date | None, standards: Standards
) -> FinanceFigures:
    """BAC, actual to date, ETC, EAC, VAC, VAC % and cost RAG from finance lines.

    Actual to date: actuals of months up to and including the report month.
    ETC: forecast of the months after it. Without a report date every month counts as
    reported (actuals all count, nothing is left to forecast).
    Non-numeric amounts count as zero here (the rules report them).
    """
    report_month = month_start(report_date) if report_date else None
    bac = actual = etc = 0.0
    for line in lines:
        bac += _number(line.budget) or 0.0
        if line.month is None:
            continue
        if report_month is None or month_start(line.month) <= report_month:
            actual += _number(line.actual) or 0.0
        else:
            etc += _number(line.forecast) or 0.0
    eac = actual + etc
    vac = bac - eac
    pct = vac_pct(bac, eac)
    return FinanceFigures(bac, actual, etc, eac, vac, pct, cost_rag(pct, standards))


def eac(actual_to_date: float, etc: float) -> float:
    """Estimate at completion = actual to date + estimate to complete."""
    return actual_to_date + etc


def vac(bac: float, eac_value: float) -> float:
    """Variance at completion = BAC - EAC (negative: forecast overspend)."""
    return bac - eac_value


def vac_pct(bac: float | None, eac_value: float | None) -> float | None:
    """VAC / BAC as a fraction (-0.12 = 12 % over budget); None when BAC is not positive."""
    if bac is None or eac_value is None or bac <= 0:
        return None
    return (bac - eac_value) / bac


def cost_rag(vac_fraction: float | None, standards: Standards) -> str | None:
    """Cost RAG from VAC %: Red beyond the red overrun, Amber beyond amber, else Green."""
    if vac_fraction is None:
        return None
    overrun_pct = round(-vac_fraction * 100, 9)
    if overrun_pct > standards.cost_rag.red_overrun_pct:
        return "Red"
    if overrun_pct > standards.cost_rag.amber_overrun_pct:
        return "Amber"
    return "Green"


def cpi(earned_value: float | None, actual_cost: float | None) -> float | None:
    """Cost performance index EV / AC; None when AC is zero or missing."""
    if earned_value is None or not actual_cost:
        return None
    return earned_value / actual_cost


def spi(earned_value: float | None, planned_value: float | None) -> float | None:
    """Schedule performance index EV / PV; None when PV is zero or missing."""
    if earned_value is None or not planned_value:
        return None
    return earned_value / planned_value


def wsjf(
    strategic_value: float | None,
    time_criticality: float | None,
    risk_reduction: float | None,
    job_size: float | None,
) -> float | None:
    """Weighted shortest job first: cost of delay (value + criticality + risk reduction) / size."""
    parts = [_number(v) for v in (strategic_value, time_criticality, risk_reduction, job_size)]
    if any(p is None for p in parts) or not parts[3]:
        return None
    value, crit, reduction, size = (p or 0.0 for p in parts)
    return (value + crit + reduction) / size


_ID = re.compile(r"^\s*([A-Za-z]+)-?(\d+)\s*$")


def next_id(prefix: str, existing: Sequence[object]) -> str:
    """The next free ID of a register: ``next_id("R", ["R-001", "R-007"])`` -> ``"R-008"``."""
    highest = 0
    for value in existing:
        if value is None:
            continue
        match = _ID.match(str(value))
        if match and match.group(1).upper() == prefix.upper():
            highest = max(highest, int(match.group(2)))
    return f"{prefix}-{highest + 1:03d}"
