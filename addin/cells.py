"""Cell addresses and Excel date serials."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

_EXCEL_EPOCH = datetime(1899, 12, 30)


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA."""
    if index < 1:
        raise ValueError(f"column index {index} must be 1 or more")
    letters = ""
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """A -> 1, AA -> 27."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index


def address(row: int, col: int) -> str:
    """(12, 6) -> "F12" (both 1-based)."""
    return f"{column_letter(col)}{row}"


_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d+)$")


def parse_address(ref: str) -> tuple[int, int]:
    """ "F12" -> (12, 6)."""
    match = _REF.match(ref.strip())
    if not match:
        raise ValueError(f"{ref!r} is not a cell address like F12")
    return int(match.group(2)), column_index(match.group(1))


def parse_range(ref: str) -> tuple[int, int, int, int]:
    """ "A4:P24" -> (first_row, first_col, last_row, last_col)."""
    start, _, end = ref.partition(":")
    r1, c1 = parse_address(start)
    r2, c2 = parse_address(end or start)
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


def excel_serial(value: date | datetime) -> float:
    """A date as Excel's 1900-system serial number (1900-01-01 is 1; dates before
    1900-03-01 follow Excel's phantom 29 February 1900, so 1900-02-28 is 59)."""
    if not isinstance(value, datetime):
        value = datetime(value.year, value.month, value.day)
    delta = value - _EXCEL_EPOCH
    serial = delta.days + delta.seconds / 86400
    return serial - 1 if serial < 61 else serial


def from_excel_serial(serial: float) -> datetime:
    """Excel's 1900-system serial number as a datetime (serials below 61 follow Excel's leap-year bug)."""
    if serial < 61:
        serial += 1  # Excel counts a 29 Feb 1900 that never was
    return _EXCEL_EPOCH + timedelta(days=serial)
