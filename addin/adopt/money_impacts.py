"""Round 31: a risk's impact written as money, banded onto the impact scale.

Quantified risk registers give each risk's impact as an amount (``Impact (£)``, ``Cost
impact $k``, ``Financial impact``) where the standard keeps a 1-5 level. The EPMO's
standards hold the bands a PMO reads such amounts by (``impact_money_bands`` in
``addin/standards/defaults.toml``: up to 10,000 is 1, up to 50,000 is 2, ...; above the
last band, the last level), one source of truth: adoption reads them through the
``impact_money_bands`` reading (:mod:`addin.adopt.readings`), states them in the report
and keeps them in the mapping file, where a PMO changes them for one workbook. The header's
unit counts first (``$k``: thousands), as every amount column's does; the bands are in the
register's own currency (no exchange). No bands set (``bands = []``, or ``[]`` in the
mapping file): the column is not read and is listed, as before round 31. An impact in days
(``Impact (days)``) is no money and stays unread.
"""

from __future__ import annotations

from addin.adopt.amount_columns import amount_unit_for_column
from addin.adopt.convert import Converted, Converter, number_converter
from addin.adopt.grid import is_blank
from addin.adopt.quantities import money_impact
from addin.adopt.readings import current
from addin.host import CellValue


def level_of(amount: float, bands: tuple[tuple[float, int], ...]) -> int:
    """The impact level of ``amount`` by ``bands`` (module doc)."""
    for upper, level in bands[:-1]:
        if amount <= upper:
            return level
    return bands[-1][1]


def _level_like(value: CellValue, top: int) -> bool:
    """Round 32: a whole number from 1 to the scale's top (``4``): a level as written, or
    that many units of money, which no PM quantifies a risk's impact at."""
    read = number_converter(1.0)(value)
    number = read.value
    return (
        read.problem is None
        and isinstance(number, int | float)
        and float(number).is_integer()
        and 1 <= number <= top
    )


def money_impact_converter(
    header: str, values: list[CellValue] | None = None, top: int = 5
) -> tuple[Converter, str] | None:
    """The converter banding a money impact column's amounts onto the impact scale, with
    its note; None when the header says no money or no bands are set, or (round 32) when
    the header states no multiple and every figure is a level of the scale (1 to ``top``):
    a multi-dimension register's ``Cost impact`` / ``Financial impact`` rated 1-5 is read
    as levels, not as four pounds (level 1). Beside amounts, such a figure is a level or a
    few units of money, not known which: not read, listed."""
    bands = current().impact_money_bands
    if not bands or not money_impact(header):
        return None
    factor, unit_note = amount_unit_for_column(header)
    filled = [v for v in values or [] if not is_blank(v)]
    if factor == 1 and filled and all(_level_like(v, top) for v in filled):
        return None
    if filled and not any(number_converter(factor)(v).problem is None for v in filled):
        return None  # round 32: words (`High`, `3 - Moderate`) are levels, no amounts
    amounts = number_converter(factor)

    def convert(value: CellValue) -> Converted:
        if is_blank(value):
            return Converted(None)
        read = amounts(value)
        if read.problem is not None or not isinstance(read.value, int | float):
            return Converted(None, problem=read.problem or f"{value!r} is no amount")
        if read.value < 0:
            return Converted(None, problem=f"{value!r}: a negative impact reads on no level")
        if factor == 1 and _level_like(value, top):
            return Converted(
                None,
                problem=(
                    f"{value!r} among amounts of money: a level of the scale or {value} of "
                    "money, not known which; not read"
                ),
            )
        return Converted(float(level_of(float(read.value), bands)))

    said = ", ".join(
        f"<= {u:,.0f} = {n}" if float(u).is_integer() else f"<= {u:,g} = {n}" for u, n in bands[:-1]
    )
    note = (
        f"an impact in money, banded onto the impact scale ({said}, above = {bands[-1][1]}; "
        "reading impact_money_bands, from the standards)"
    )
    return convert, "; ".join(n for n in (unit_note, note) if n)
