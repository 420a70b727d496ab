"""What every value converter needs: blank tests, month names, the converted result."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

#: Month names and abbreviations (lower case) -> 1..12.
MONTHS: dict[str, int] = {
    name: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def month_of_word(word: str) -> int | None:
    """1..12 for a month name or abbreviation (any case), else None."""
    return MONTHS.get(word.strip().lower().rstrip("."))


def is_blank(value: Any) -> bool:
    """None, or text that is only whitespace (a standard workbook's empty cell)."""
    return value is None or (isinstance(value, str) and not value.strip())


def is_empty(value: Any) -> bool:
    """:func:`is_blank`, and NaN too (legacy ``.xls`` readers give NaN for empty numbers)."""
    return is_blank(value) or (isinstance(value, float) and math.isnan(value))


@dataclass(frozen=True)
class Converted:
    """A converted value; ``problem`` says why it could not be converted (the value is then
    kept as text), ``note`` how it was read when that is worth saying."""

    value: object
    problem: str | None = None
    note: str | None = None

    @property
    def pair(self) -> tuple[object, str | None]:
        """``(value, problem)``, the shape of the strict converters in :mod:`addin.values.typed`."""
        return self.value, self.problem
