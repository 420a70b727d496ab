"""Values as Excel hands them to a function, typed for the core, and results typed back.

Excel (through xlwings) passes numbers as floats (``3.0`` for 3), empty cells as ``None``
(or ``""``), dates as datetimes when the cell is formatted as a date and as serial numbers
otherwise, text dates as text, error cells as their text (``"#N/A"``) and ranges as 2-D
lists. The PMO functions (``udfs/``) convert every argument here, call the core, and
convert the result back. No xlwings here: this is plain Python, tested as such.

Conventions the PMO functions follow (docs/udfs.md):

- a blank required argument gives an empty result (``""``), as Excel shows nothing;
- an argument that is an Excel error gives that same error text back (``"#N/A"``);
- an argument that cannot be used gives ``"#VALUE! <argument> <value> <why>"``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from addin.errors import PmoError
from addin.host import ErrorValue
from addin.values import is_blank, shown, to_date, to_number, to_text

#: Excel's error values as text (what xlwings passes with ``err_to_str``).
EXCEL_ERRORS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
    }
)


class ExcelInputError(PmoError, ValueError):
    """An argument a PMO function cannot use; ``shown`` is what the cell displays."""

    def __init__(self, shown_text: str) -> None:
        self.shown = shown_text
        super().__init__(shown_text)


def error_text(value: Any) -> str | None:
    """The Excel error a value stands for (``"#REF!"``), or None when it is no error."""
    if isinstance(value, ErrorValue):
        return value.text
    if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
        return value.strip().upper()
    return None


def _checked(value: Any, name: str) -> bool:
    """True when the value is blank; raises for an error value."""
    error = error_text(value)
    if error is not None:
        raise ExcelInputError(error)
    return is_blank(value)


def _invalid(name: str, value: Any, problem: str) -> ExcelInputError:
    return ExcelInputError(f"#VALUE! {name} {shown(value)} {problem}")


def number_arg(value: Any, name: str) -> float | None:
    """A number from a cell value: floats, ints, numeric text (``"1,200"``, ``"12%"``)."""
    if _checked(value, name):
        return None
    number, problem = to_number(value)
    if problem:
        raise _invalid(name, value, problem)
    result: float | None = number
    return result


def date_arg(value: Any, name: str) -> date | None:
    """A date from a datetime, a date serial (1950-2100) or date text (ISO or day-first)."""
    if _checked(value, name):
        return None
    parsed, problem = to_date(value)
    if problem:
        raise _invalid(name, value, problem)
    result: date | None = parsed
    return result


def text_arg(value: Any, name: str) -> str | None:
    """Trimmed text; numbers lose a needless ``.0`` (``3.0`` -> ``"3"``)."""
    if _checked(value, name):
        return None
    text, _ = to_text(value)
    result: str | None = text
    return result


def grid_arg(value: Any) -> list[list[Any]]:
    """A range as rows: a 2-D list stays, a 1-D list is one row, a single value one cell.

    Error values stay in the grid (as :class:`ErrorValue`) for the reader to report.
    """
    if isinstance(value, list | tuple):
        if value and all(isinstance(row, list | tuple) for row in value):
            rows = [list(row) for row in value]
        else:
            rows = [list(value)]
    else:
        rows = [[value]]
    return [[_cell(v) for v in row] for row in rows]


def _cell(value: Any) -> Any:
    error = error_text(value)
    if error is not None:
        return ErrorValue(error)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def flat_arg(value: Any) -> list[Any]:
    """Every cell of a range, row by row, blanks dropped."""
    return [v for row in grid_arg(value) for v in row if not is_blank(v)]


def to_excel(value: Any) -> Any:
    """A core result as Excel shows it: None -> ``""``, dates -> datetimes, ints as ints."""
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    if isinstance(value, date) and not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, list):
        return [to_excel(v) for v in value]
    return value


def excel_call(compute: Callable[[], Any]) -> Any:
    """Run a function body, turning unusable input into the text Excel shows."""
    try:
        return to_excel(compute())
    except ExcelInputError as exc:
        return exc.shown
    except PmoError as exc:
        return f"#VALUE! {exc}"
