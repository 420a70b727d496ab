"""Dates as the roll-up writes them: Excel serials, or text where Excel has no serial.

Excel's 1900 date system starts at 1900-01-01 (serial 1) and counts a 29 February 1900
that never was (serial 60), so serials of January and February 1900 are one less than a
plain day count from 1899-12-30 gives. Dates before 1900 have no serial at all (Excel
shows ``#####``): they are written as ISO text, so the user still sees the date.
"""

from __future__ import annotations

from datetime import date, datetime

from addin.cells import excel_serial

_FIRST_EXCEL_DAY = date(1900, 1, 1)
_FIRST_TRUE_SERIAL_DAY = date(1900, 3, 1)  # serial 61: from here the plain count is right


def date_cell(value: date) -> float | str:
    """The serial Excel shows as ``value``, or ISO text for a date before 1900."""
    day = value.date() if isinstance(value, datetime) else value
    if day < _FIRST_EXCEL_DAY:
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    serial = excel_serial(value)
    return serial - 1 if day < _FIRST_TRUE_SERIAL_DAY else serial
