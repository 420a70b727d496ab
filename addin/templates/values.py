"""Writing one value into a cell safely: text as text, numbers as numbers, dates as dates."""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from addin.host import ErrorValue
from addin.templates.styles import Styles

#: Excel's limit on the characters in one cell.
MAX_CELL_TEXT = 32_767

# C0 control characters other than tab, line feed and carriage return are not allowed in
# the workbook's XML (and mean nothing to a reader); DEL likewise.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without control characters, cut to Excel's cell limit."""
    return _CONTROL.sub("", text)[:MAX_CELL_TEXT]


def _finite(value: float) -> bool:
    return not (math.isnan(value) or math.isinf(value))


def write_typed(
    sheet: Worksheet, row: int, col: int, value: object, fmt: Format | None, styles: Styles
) -> None:
    """Write ``value`` by its Python type; ``fmt`` is the cell format (dates get a date
    format when ``fmt`` has none)."""
    if value is None:
        sheet.write_blank(row, col, None, fmt or styles.plain)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        if _finite(float(value)):
            sheet.write_number(row, col, value, fmt)
        else:
            sheet.write_blank(row, col, None, fmt or styles.plain)
    elif isinstance(value, datetime | date):
        date_fmt = fmt if fmt is not None and fmt.num_format else styles.date
        sheet.write_datetime(row, col, value, date_fmt)
    elif isinstance(value, ErrorValue):
        sheet.write_formula(row, col, f"={value.text}", fmt, value.text)
    else:
        sheet.write_string(row, col, clean_text(str(value)), fmt)


def write_raw(sheet: Worksheet, row: int, col: int, value: object, styles: Styles) -> None:
    """A planted raw value: like :func:`write_typed`, except that a string starting with
    ``=`` is written as a formula with no cached result (as a file never opened in Excel)."""
    if isinstance(value, str) and value.startswith("="):
        sheet.write_formula(row, col, value, None, "")
    else:
        write_typed(sheet, row, col, value, None, styles)
