"""Dates as the roll-up writes them: Excel serials, or text where Excel has no serial.

Excel's 1900 date system starts at 1900-01-01 (serial 1) and counts a 29 February 1900
that never was (serial 60); :func:`addin.cells.excel_serial` follows it. Dates before
1900 have no serial at all (Excel shows ``#####``): they are written as ISO text, so the
user still sees the date.
"""

from __future__ import annotations

from datetime import date, datetime

from addin.cells import excel_serial

_FIRST_EXCEL_DAY = date(1900, 1, 1)


def date_cell(value: date) -> float | str:
    """The serial Excel shows as ``value``, or ISO text for a date before 1900."""
    day = value.date() if isinstance(value, datetime) else value
    if day < _FIRST_EXCEL_DAY:
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return excel_serial(value)
