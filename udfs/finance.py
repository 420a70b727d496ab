"""PMO functions for money: EAC, VAC, VAC %, cost RAG, CPI, SPI (SPEC section 4)."""

from __future__ import annotations

from typing import Any

from addin import derived
from addin.excel_values import excel_call, number_arg
from udfs.registry import pmo_function, standards

_BAC = "Budget at completion: the total budget."
_EAC = "Estimate at completion: actual to date + estimate to complete."


def _both(a: Any, a_name: str, b: Any, b_name: str) -> tuple[float, float] | None:
    first, second = number_arg(a, a_name), number_arg(b, b_name)
    if first is None or second is None:
        return None
    return first, second


@pmo_function(
    args={
        "actual_to_date": "Actuals of the months up to and including the report month.",
        "etc": "Estimate to complete: the forecast of the months after the report month.",
    },
    returns="EAC = actual to date + ETC; empty when either is blank.",
    example="=PMO_EAC(60000, 45000) -> 105000",
)
def PMO_EAC(actual_to_date: Any, etc: Any) -> Any:
    """Estimate at completion (EAC): actual to date plus estimate to complete."""

    def compute() -> float | None:
        pair = _both(actual_to_date, "actual_to_date", etc, "etc")
        return derived.eac(*pair) if pair else None

    return excel_call(compute)


@pmo_function(
    args={"bac": _BAC, "eac": _EAC},
    returns="VAC = BAC - EAC (negative: forecast overspend); empty when either is blank.",
    example="=PMO_VAC(100000, 105000) -> -5000",
)
def PMO_VAC(bac: Any, eac: Any) -> Any:
    """Variance at completion (VAC): budget minus estimate at completion."""

    def compute() -> float | None:
        pair = _both(bac, "bac", eac, "eac")
        return derived.vac(*pair) if pair else None

    return excel_call(compute)


@pmo_function(
    args={"bac": _BAC, "eac": _EAC},
    returns="VAC / BAC as a fraction (-0.05 = 5 % over budget); empty when BAC is not positive.",
    example="=PMO_VACPCT(100000, 105000) -> -0.05",
)
def PMO_VACPCT(bac: Any, eac: Any) -> Any:
    """VAC %: variance at completion as a fraction of the budget."""
    return excel_call(lambda: derived.vac_pct(number_arg(bac, "bac"), number_arg(eac, "eac")))


@pmo_function(
    args={"bac": _BAC, "eac": _EAC},
    returns="Green, Amber or Red by the standards' overrun thresholds; empty without a budget.",
    example="=PMO_COSTRAG(100000, 108000) -> Amber",
)
def PMO_COSTRAG(bac: Any, eac: Any) -> Any:
    """Cost RAG from the forecast overrun (VAC %) and the standards' thresholds."""
    return excel_call(
        lambda: derived.cost_rag(
            derived.vac_pct(number_arg(bac, "bac"), number_arg(eac, "eac")), standards()
        )
    )


@pmo_function(
    args={
        "earned_value": "Earned value (EV): the budgeted cost of the work done.",
        "actual_cost": "Actual cost (AC) of that work.",
    },
    returns="CPI = EV / AC (below 1: over cost); empty when AC is zero or blank.",
    example="=PMO_CPI(50000, 40000) -> 1.25",
)
def PMO_CPI(earned_value: Any, actual_cost: Any) -> Any:
    """Cost performance index (CPI): earned value / actual cost."""
    return excel_call(
        lambda: derived.cpi(
            number_arg(earned_value, "earned_value"), number_arg(actual_cost, "actual_cost")
        )
    )


@pmo_function(
    args={
        "earned_value": "Earned value (EV): the budgeted cost of the work done.",
        "planned_value": "Planned value (PV): the budgeted cost of the work scheduled.",
    },
    returns="SPI = EV / PV (below 1: behind schedule); empty when PV is zero or blank.",
    example="=PMO_SPI(45000, 50000) -> 0.9",
)
def PMO_SPI(earned_value: Any, planned_value: Any) -> Any:
    """Schedule performance index (SPI): earned value / planned value."""
    return excel_call(
        lambda: derived.spi(
            number_arg(earned_value, "earned_value"), number_arg(planned_value, "planned_value")
        )
    )
