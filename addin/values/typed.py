"""Typing cell values by a column's kind: dates, numbers and text.

Each converter returns ``(value, problem)``: the typed value (None for an empty cell or
one that could not be converted) and, when it could not, a short phrase saying why
("is not a date"). The reader turns problems into findings; nothing here raises.

Dates are read from real dates, Excel serial numbers in a plausible range (1950-2100),
and text: ISO (``2026-04-03``), day-first numeric (``03/04/2026`` = 3 April, as UK PMOs
write it; also with ``-`` or ``.``, and two-digit years), and month names (``3 Apr 2026``,
``April 3, 2026``). Month columns also take ``Apr 2026``, ``April 2026`` and ``2026-04``.
Numbers are read from numbers and from text with thousands separators, a currency sign,
a trailing % (``12%`` = 0.12) or accounting brackets (``(1,200)`` = -1200).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from addin.cells import from_excel_serial
from addin.values.cells import MONTHS, is_blank

#: Excel serials accepted as dates: 1950-01-01 .. 2100-12-31.
SERIAL_MIN = 18264
SERIAL_MAX = 73415

#: ``(value, problem)``: the typed value (None when empty or not convertible) and why not.
Converted = tuple[Any, str | None]

#: A time after a date, as systems export it: `` 10:30``, ``T09:00:00Z``, ``T09:00:00+01:00``.
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + "$")
_ISO_SLASH = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})" + _TIME + "$")
#: A weekday before a date: ``Wed 25 Nov 2026``, ``Wednesday, 25/11/2026``.
_WEEKDAY = re.compile(
    r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTHS = MONTHS
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[\s\-]+([A-Za-z]+)\.?,?[\s\-]+(\d{2}|\d{4})$"
)
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?[\s\-]+(\d{2}|\d{4})$")
_NUMBER_JUNK = re.compile(r"[£$€¥\s\u00a0,]|^(GBP|EUR|USD|CHF|AUD|CAD|INR|SGD|JPY)|(GBP|EUR|USD)$")
#: Commas only as thousands separators: ``1,200`` and ``12,345,678.50``, not ``1.200,50``.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(,\d{3})+(\.\d*)?(?![\d,])")
#: A scale value with its label, as some dropdowns show it: ``3 - Medium``, ``4 (High)``.
_SCALE_LABELLED = re.compile(r"^\s*(\d{1,2})\s*(?:[-\u2013:=.]\s*|\(\s*)?[A-Za-z][A-Za-z ]*\)?\s*$")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$", re.IGNORECASE)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def strip_weekday(text: str) -> str:
    """Text without a leading weekday (``Wed 25 Nov 2026`` -> ``25 Nov 2026``)."""
    return _WEEKDAY.sub("", text.strip())


def parse_date_text(text: str, *, month_only: bool = False) -> date | None:
    """A date from text (see the module docstring), or None."""
    text = _WEEKDAY.sub("", text.strip())
    for pattern in (_ISO, _ISO_SLASH):
        m = pattern.match(text)
        if m:
            return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DAY_FIRST.match(text)
    if m:
        return _make(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DAY_MONTH_YEAR.match(text)
    if m and m.group(2).lower() in _MONTHS:
        return _make(_year(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _MONTH_DAY_YEAR.match(text)
    if m and m.group(1).lower() in _MONTHS:
        return _make(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    if month_only:
        m = _YEAR_MONTH.match(text)
        if m:
            return _make(int(m.group(1)), int(m.group(2)), 1)
        m = _MONTH_YEAR.match(text)
        if m and m.group(1).lower() in _MONTHS:
            return _make(_year(m.group(2)), _MONTHS[m.group(1).lower()], 1)
    return None


def _month_first(text: str) -> date | None:
    """The date a month-first text such as ``04/13/2026`` means, when it is not a valid
    day-first date (so it can only be month first); else None."""
    m = _DAY_FIRST.match(text)
    if m and int(m.group(2)) > 12 >= int(m.group(1)):
        return _make(_year(m.group(3)), int(m.group(1)), int(m.group(2)))
    return None


def to_date(value: Any, *, month_only: bool = False) -> Converted:
    """A date from a date, a datetime, a plausible Excel serial or date text."""
    if is_blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return None, "is not a date"
    if isinstance(value, int | float):
        if math.isfinite(value) and SERIAL_MIN <= value <= SERIAL_MAX:
            return from_excel_serial(float(value)).date(), None
        return None, "is a number, not a date"
    if isinstance(value, time | timedelta):
        return None, "is a time, not a date"
    parsed = parse_date_text(str(value), month_only=month_only)
    if parsed is None:
        us = _month_first(str(value).strip())
        serial = str(value).strip()
        if serial.isdigit() and SERIAL_MIN <= int(serial) <= SERIAL_MAX:
            day = from_excel_serial(float(serial)).date()
            return None, (
                f"is an Excel date number stored as text ({day:%d %B %Y}); enter the date "
                f"itself, e.g. {day:%d/%m/%Y}, or format the cell as a date and type it again"
            )
        if us is not None:
            return None, (
                f"reads as a month-first (US) date, {us:%d %B %Y}; dates are read day "
                f"first, so enter {us:%d/%m/%Y} or {us.isoformat()}"
            )
        return None, "is not a date"
    if not date(1900, 1, 1) <= parsed <= date(2199, 12, 31):
        return None, "is not a plausible date"
    return parsed, None


def parse_number_text(text: str) -> float | None:
    """A number from text such as ``1,200``, ``£1,200.50``, ``12%`` or ``(300)``; else None."""
    text = text.strip()
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    if "," in text and not _GROUPED.search(text):
        return None  # "1.200,50" or "1,2": not thousands separators, so not a UK number
    text = _NUMBER_JUNK.sub("", text)
    if text.startswith("-") and negative:
        return None
    if not _NUMBER.match(text):
        return None
    number = float(text)
    if not math.isfinite(number):
        return None
    if percent:
        number /= 100
    return -number if negative else number


def to_number(value: Any) -> Converted:
    """A float from a number or numeric text; booleans and other text are problems."""
    if is_blank(value):
        return None, None
    if isinstance(value, bool):
        return None, "is TRUE/FALSE, not a number"
    if isinstance(value, int | float):
        number = float(value)
        return (number, None) if math.isfinite(number) else (None, "is not a number")
    if isinstance(value, date | time | timedelta):
        return None, "is a date, not a number"
    parsed = parse_number_text(str(value))
    if parsed is None:
        return None, "is not a number"
    return parsed, None


def to_text(value: Any) -> Converted:
    """Trimmed text; numbers without a needless ``.0``; dates as ISO text."""
    if is_blank(value):
        return None, None
    if isinstance(value, str):
        return value.strip(), None
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), None
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)), None
    if isinstance(value, datetime):
        return (value.date().isoformat() if value.time() == time() else value.isoformat()), None
    if isinstance(value, date):
        return value.isoformat(), None
    return str(value).strip(), None


def convert(value: Any, kind: str) -> Converted:
    """Type ``value`` for a layout column or field of ``kind`` (see :data:`addin.layout.Kind`)."""
    if kind == "date":
        return to_date(value)
    if kind == "month":
        return to_date(value, month_only=True)
    if kind == "scale" and isinstance(value, str):
        labelled = _SCALE_LABELLED.match(value)
        if labelled:
            return float(labelled.group(1)), None
    if kind in ("int", "number", "money", "scale"):
        return to_number(value)
    return to_text(value)


def shown(value: Any) -> str:
    """A value as a message quotes it: ``'next week'``, ``12.5``, ``2026-04-03``."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "..."
        return repr(text)
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("-infinity" if value < 0 else "infinity")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
