"""The value readings adoption uses, which a PMO can change in the mapping file.

How a word or number in a legacy register becomes a standard value is a reading, not a
fact: one PMO reads ``High`` as 5 on a 1-5 scale, another as 4. Every reading used is
saved in the mapping file (``"readings"``), stated in the report, and applied again when
the mapping is re-used, so a PMO edits one line (``"high": 4``) and re-runs::

    "readings": {
      "three_level": {"low": 1, "medium": 3, "high": 5},
      "five_level": {"very low": 1, "low": 2, "medium": 3, "high": 4, "very high": 5},
      "one_to_three": {"1": 1, "2": 3, "3": 5},
      "percent_bands": [[10, 1], [30, 2], [50, 3], [70, 4], [100, 5]],
      "date_order": "auto",
      "fiscal_year_start": 4
    }

``date_order``: ``"auto"`` decides per column from the values (a first part above 12 is
day-first) and, when the values cannot tell, reads day-first and warns; ``"dmy"`` or
``"mdy"`` is the order used when the values cannot tell (no warning). ``fiscal_year_start``
is the first month (1-12) of the financial year for fiscal periods (``P01``) when the
source's title does not say.

Adoption runs inside :func:`using`, so the converters read :func:`current` without the
readings being passed through every call.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from addin.errors import UsageError

DEFAULT_THREE_LEVEL: dict[str, int] = {"low": 1, "medium": 3, "high": 5}
DEFAULT_FIVE_LEVEL: dict[str, int] = {
    "very low": 1,
    "low": 2,
    "medium": 3,
    "high": 4,
    "very high": 5,
}
DEFAULT_PERCENT_BANDS: tuple[tuple[float, int], ...] = (
    (10, 1),
    (30, 2),
    (50, 3),
    (70, 4),
    (100, 5),
)
DEFAULT_ONE_TO_THREE: dict[int, int] = {1: 1, 2: 3, 3: 5}
DEFAULT_FISCAL_YEAR_START = 4
DATE_ORDERS = ("auto", "dmy", "mdy")


@dataclass
class ValueReadings:
    """Every value reading adoption applies (defaults: docs/adopt.md "Value conversions")."""

    three_level: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_THREE_LEVEL))
    five_level: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_FIVE_LEVEL))
    one_to_three: dict[int, int] = field(default_factory=lambda: dict(DEFAULT_ONE_TO_THREE))
    percent_bands: tuple[tuple[float, int], ...] = DEFAULT_PERCENT_BANDS
    date_order: str = "auto"
    fiscal_year_start: int = DEFAULT_FISCAL_YEAR_START

    def to_dict(self) -> dict[str, Any]:
        return {
            "three_level": dict(self.three_level),
            "five_level": dict(self.five_level),
            "one_to_three": {str(k): v for k, v in self.one_to_three.items()},
            "percent_bands": [[upper, level] for upper, level in self.percent_bands],
            "date_order": self.date_order,
            "fiscal_year_start": self.fiscal_year_start,
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "mapping") -> ValueReadings:
        """Readings from a mapping file's ``"readings"``; a missing key keeps its default.
        Raises :class:`UsageError` naming the key and the fix when a value is wrong."""
        readings = cls()
        if data is None:
            return readings
        if not isinstance(data, dict):
            raise UsageError(f'{where}: "readings" must be an object (see docs/adopt.md)')
        unknown = set(data) - set(readings.to_dict())
        if unknown:
            raise UsageError(
                f'{where}: "readings" has unknown key(s) {sorted(unknown)}; '
                f"use {sorted(readings.to_dict())}"
            )
        for key in ("three_level", "five_level"):
            if key in data:
                setattr(readings, key, _levels(data[key], key, where, words=True))
        if "one_to_three" in data:
            levels = _levels(data["one_to_three"], "one_to_three", where, words=False)
            readings.one_to_three = {int(k): v for k, v in levels.items()}
        if "percent_bands" in data:
            readings.percent_bands = _bands(data["percent_bands"], where)
        if "date_order" in data:
            if data["date_order"] not in DATE_ORDERS:
                raise UsageError(
                    f'{where}: readings "date_order" is {data["date_order"]!r}; use one of '
                    f"{list(DATE_ORDERS)}"
                )
            readings.date_order = str(data["date_order"])
        if "fiscal_year_start" in data:
            start = data["fiscal_year_start"]
            if not isinstance(start, int) or isinstance(start, bool) or not 1 <= start <= 12:
                raise UsageError(
                    f'{where}: readings "fiscal_year_start" is {start!r}; use a month 1-12 '
                    "(4 = April, 7 = July, 10 = October)"
                )
            readings.fiscal_year_start = start
        return readings

    def describe(self) -> list[str]:
        """One line per reading, for the report."""

        def levels(mapping: dict[str, int]) -> str:
            return ", ".join(f"{word.title()} = {n}" for word, n in mapping.items())

        bands = ", ".join(f"<= {upper:g}% = {level}" for upper, level in self.percent_bands[:-1])
        order = {
            "auto": "decided per column from the values; day-first when they cannot tell (warned)",
            "dmy": "day-first when the values cannot tell",
            "mdy": "month-first when the values cannot tell",
        }[self.date_order]
        return [
            f"three-level words (L/M/H): {levels(self.three_level)}",
            f"five-level words: {levels(self.five_level)}",
            "a 1-3 scale: " + ", ".join(f"{k} -> {v}" for k, v in self.one_to_three.items()),
            f"percentages: {bands}, above = {self.percent_bands[-1][1]}",
            f"text dates: {order}",
            f"fiscal periods: the financial year starts in month {self.fiscal_year_start} "
            "unless the title says",
        ]


def _levels(raw: object, key: str, where: str, *, words: bool) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise UsageError(f'{where}: readings "{key}" must be an object such as {{"high": 5}}')
    out: dict[str, int] = {}
    for name, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise UsageError(
                f'{where}: readings "{key}" gives {name!r} the value {value!r}; use a whole '
                "number 1-5"
            )
        if not words and str(name) not in ("1", "2", "3"):
            raise UsageError(f'{where}: readings "{key}" keys are "1", "2" and "3"')
        out[str(name).strip().lower()] = value
    return out


def _bands(raw: object, where: str) -> tuple[tuple[float, int], ...]:
    fix = "use [[10, 1], [30, 2], [50, 3], [70, 4], [100, 5]]: up to that percent, that level"
    if not isinstance(raw, list) or not raw:
        raise UsageError(f'{where}: readings "percent_bands" must be a list; {fix}')
    bands: list[tuple[float, int]] = []
    for pair in raw:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not isinstance(pair[0], int | float)
            or not isinstance(pair[1], int)
            or not 1 <= pair[1] <= 5
        ):
            raise UsageError(f'{where}: readings "percent_bands" has {pair!r}; {fix}')
        bands.append((float(pair[0]), int(pair[1])))
    if [b[0] for b in bands] != sorted(b[0] for b in bands):
        raise UsageError(f'{where}: readings "percent_bands" must rise; {fix}')
    return tuple(bands)


_CURRENT: ContextVar[ValueReadings | None] = ContextVar("adoption_readings", default=None)
_DEFAULT = ValueReadings()


def current() -> ValueReadings:
    """The readings of the adoption running now (the defaults outside one)."""
    return _CURRENT.get() or _DEFAULT


@contextmanager
def using(readings: ValueReadings) -> Iterator[ValueReadings]:
    token = _CURRENT.set(readings)
    try:
        yield readings
    finally:
        _CURRENT.reset(token)
