"""An amount column's two decisions, taken once from the whole column and kept in the
mapping file so next month's file reads the same way (round 11):

* **the unit** its header states (``Budget (£k)``: 12 is 12,000): reading ``amount_units``,
  header -> factor. A PMO who finds the figures were already in pounds sets it to 1.
* **the decimal mark** its amounts show (``12,50`` and ``1.234,56``: a decimal comma, so
  ``2.500`` is 2,500): reading ``decimal_marks``, header -> ``","`` or ``"."``. Next month,
  a column whose amounts cannot tell (only ``2.500``-like cells) is read with the mark
  this month's showed; values that tell always win, and a change is said on the column.
"""

from __future__ import annotations

from collections.abc import Iterable

from addin.adopt.amounts import decimal_mark_of_column
from addin.adopt.readings import (
    record_amount_unit,
    record_decimal_mark,
    stated_amount_unit,
    stated_decimal_mark,
)
from addin.adopt.units import header_unit, unit_name

_COMMA_NOTE = (
    "amounts written with a decimal comma (1.234,56): a dot before three digits separates "
    "thousands ('2.500' = 2500)"
)


def amount_unit_for_column(header: str, said_by: str = "header") -> tuple[float, str | None]:
    """``(factor, note)``: the factor the mapping file gives the column, else the unit its
    header (or, ``said_by="title"``, the table's title) states (recorded), else 1."""
    stated = stated_amount_unit(header)
    if stated is not None:
        if stated == 1:
            return 1.0, None
        return stated, f"amounts x {stated:,g} (reading amount_units for {header!r})"
    unit = header_unit(header)
    if unit is None:
        return 1.0, None
    factor, words = unit
    record_amount_unit(header, factor)
    return factor, (
        f"amounts in {unit_name(factor)}, as the {said_by} says ({words!r}): x {factor:,g} "
        "(reading amount_units)"
    )


def decimal_mark_for_column(values: Iterable[object], header: str) -> tuple[bool, str | None]:
    """``(decimal comma?, note)`` for an amount column, from its values, else the mark the
    mapping file recorded for it."""
    shown = decimal_mark_of_column(values)
    stated = stated_decimal_mark(header)
    if shown is not None:
        record_decimal_mark(header, shown)
        if stated is not None and stated != shown:
            said = "comma" if stated == "," else "point"
            now = "comma" if shown == "," else "point"
            return shown == ",", (
                f"amounts now show a decimal {now} where the mapping file recorded a decimal "
                f"{said} for {header!r}: read as the values show; check"
            )
        return shown == ",", _COMMA_NOTE if shown == "," else None
    if stated == ",":
        return True, f"{_COMMA_NOTE} (reading decimal_marks for {header!r})"
    return False, None
