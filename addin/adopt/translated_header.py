"""A header written twice, one row per language (round 27, issue 15).

Registers of bilingual countries often carry their header twice: English over French
(Canada), French over Dutch (Belgium), English over Afrikaans (South Africa), each row the
other's translation, sometimes under a merged group label. Read one row at a time, the
second row is an item whose every cell is a header word (``Probleem``, ``Verantwoordelijke``)
and the table has one item too many. The rule a PMO analyst states: **a row of labels right
under (or over) the header row whose cells read as the same columns as the cells beside them
in the header row, and as no other column, is the header's translation** - a header row,
not an item. Each column's two labels are then read as one bilingual cell (two lines, as
``bilingual.py`` reads ``Statws`` over ``Status``): the column is what its two labels agree
on, or what the one that reads for certain says.

Not a translation: a sub-header splitting one phrase (``Risk`` over ``ID``: ``ID`` is
another column than ``Risk``), a first item whose cells happen to be words (it has text no
header reads), a row repeating the header (the same labels: a repeated header, read
elsewhere), or two rows where fewer than two columns agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from addin import layout
from addin.adopt.match import CERTAIN, candidates
from addin.host import CellValue

#: Columns whose two labels read as the same column, at least: one agreement is a chance.
MIN_AGREEING = 2


@lru_cache(maxsize=4096)
def label_columns(text: str) -> frozenset[tuple[str, str]]:
    """Every (register, column) a label reads as for certain (``Eienaar`` -> the owner of
    every register that has one); empty when it reads as none."""
    out: set[tuple[str, str]] = set()
    if not text or len(text) > 50:
        return frozenset()
    for register in layout.REGISTERS:
        for found in candidates(text, register.key):
            if found.confidence >= CERTAIN:
                out.add((register.key, found.column_key))
    return frozenset(out)


def translated(
    upper: Sequence[CellValue], lower: Sequence[CellValue], is_label: Callable[[CellValue], bool]
) -> bool:
    """Whether two rows of labels over the same columns are one header in two languages.

    Every filled cell of both rows is a label, the lower row fills most columns the upper
    fills, two columns or more read as the same column in both rows, none reads as two
    different columns, and the rows are not one another's copy."""
    pairs = [(u, v) for u, v in zip(upper, lower, strict=True) if isinstance(u, str) and u.strip()]
    if len(pairs) < 3 or not all(is_label(u) for u, _ in pairs):
        return False
    filled_below = [v for v in lower if isinstance(v, str) and v.strip()]
    if not all(is_label(v) for v in filled_below):
        return False
    if len(filled_below) < max(3, 2 * len(pairs) / 3):
        return False
    same_text = sum(
        1 for u, v in pairs if isinstance(v, str) and u.strip().casefold() == v.strip().casefold()
    )
    if same_text == len(pairs):
        return False  # a repeated header, not a translation
    agree = 0
    for u, v in pairs:
        if not isinstance(v, str) or not v.strip():
            continue
        top, bottom = label_columns(u.strip()), label_columns(v.strip())
        if top and bottom:
            if top & bottom:
                agree += 1
            else:
                return False  # two columns in one: a split phrase or an item, not a translation
    return agree >= max(MIN_AGREEING, len(pairs) // 3)


def joined(upper: CellValue, lower: CellValue) -> CellValue:
    """One column's two labels as one bilingual cell (two lines), or the one label."""
    top = upper.strip() if isinstance(upper, str) else ""
    bottom = lower.strip() if isinstance(lower, str) else ""
    if top and bottom and top.casefold() != bottom.casefold():
        return f"{top}\n{bottom}"
    return top or bottom or upper
