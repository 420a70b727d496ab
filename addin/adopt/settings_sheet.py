"""A hand-built tool's settings sheet: the financial year it states (round 29).

An Excel power user who builds a register or a tracker as a small tool keeps the project's
fields on a sheet of their own (``Control``, ``Settings``, ``Setup``): one ``label | value``
line each, ``Project Name | ...``, ``Currency | AUD``, ``Financial Year | FY2026/27``,
``Financial year start month | July``. The project fields were read from such lines before
(:mod:`addin.adopt.project` reads every sheet's label/value blocks); the financial year was
not: a tracker of fiscal periods (``P01`` ... ``P12``) or of month names with no year read
its titles only, and fell back to the readings' April and a guessed year.

A PMO analyst reads the tool's settings as its author meant them: the periods count from
the month the settings name, in the financial year they name. :func:`settings_lines` finds
the lines (on a sheet where no table was found, three label/value lines or more, each a short
label and one value beside it); :func:`fiscal_texts` gives a finance table the lines that
name the financial year or its first month, as title lines (``Financial year starts: July``,
``Financial Year FY2026/27``), when the table's own titles state neither, with the note
saying where they were read. A label that names no financial year (``Start date``,
``Report date``) is never read for it: its year is the project's, not the tracker's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime

from addin.adopt.convert import month_number
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.cells import address

#: A label naming the financial year (``Financial Year``, ``Fiscal year``, ``FY``,
#: ``Budget year``).
_FINANCIAL_LABEL = re.compile(r"\b(?:financial|fiscal|budget|tax)\s+year\b|\bf/?y\b", re.I)
#: A label naming where a year starts (``Financial year start month``, ``Year starts in``,
#: ``FY begins``, ``First month of the year``).
_START_LABEL = re.compile(r"\b(?:start\w*|begin\w*|first\s+month)\b", re.I)
#: The most words a label has; the longest value read (a sentence is no setting).
MAX_LABEL_WORDS = 7
MAX_VALUE_CHARS = 40
#: The fewest label/value lines a settings sheet holds; the rows looked at.
FEWEST_LINES = 3
ROWS_READ = 60


@dataclass(frozen=True)
class SettingLine:
    """One ``label | value`` line of a settings sheet."""

    sheet: str
    row: int
    col: int  # the value's column
    label: str
    value: str

    @property
    def where(self) -> str:
        return f"{self.sheet}!{address(self.row, self.col)}"


_SETTINGS: ContextVar[tuple[SettingLine, ...]] = ContextVar("adoption_settings", default=())


def _value_text(value: object) -> str:
    if isinstance(value, datetime | date):
        return f"{value:%Y-%m-%d}"
    return cell_text(value).strip()


def settings_lines(grids: Iterable[Grid], with_tables: set[str]) -> list[SettingLine]:
    """Every settings line of the sheets where no table was found (``with_tables`` names
    the others): a row of exactly two filled cells, a short text label (a colon after it
    allowed) and a value of one line, on a sheet holding three such rows or more."""
    out: list[SettingLine] = []
    for grid in grids:
        if grid.name in with_tables:
            continue
        lines = []
        for row in range(1, min(grid.n_rows, ROWS_READ) + 1):
            cols = grid.nonblank_cols(row)
            if len(cols) != 2:
                continue
            label_value, value = grid.value(row, cols[0]), grid.value(row, cols[1])
            if not isinstance(label_value, str) or is_blank(value):
                continue
            label = label_value.strip().rstrip(":").strip()
            text = _value_text(value)
            if (
                not label
                or len(label.split()) > MAX_LABEL_WORDS
                or not text
                or len(text) > MAX_VALUE_CHARS
                or "\n" in text
            ):
                continue
            lines.append(SettingLine(grid.name, row, cols[1], label, text))
        if len(lines) >= FEWEST_LINES:
            out.extend(lines)
    return out


@contextmanager
def settings_read(lines: Iterable[SettingLine]) -> Iterator[None]:
    """Within the block, :func:`fiscal_texts` reads ``lines`` as the workbook's settings."""
    token = _SETTINGS.set(tuple(lines))
    try:
        yield
    finally:
        _SETTINGS.reset(token)


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
_MONTHS += ["September", "October", "November", "December"]


def _start_month(line: SettingLine) -> int | None:
    """The month a start line names: a month's name (``July``, ``Jul``), a date cell (its
    month: ``01/07/2026``), or a month's number under a label saying month (``FY start
    month | 7``); None for anything else (``2026``)."""
    dated = re.fullmatch(r"\d{4}-(\d{2})-\d{2}", line.value)
    if dated:
        return int(dated.group(1))
    number = re.fullmatch(r"(\d{1,2})(?:\.0)?", line.value)
    if number:
        n = int(number.group(1))
        return n if 1 <= n <= 12 and re.search(r"\bmonth\b", line.label, re.I) else None
    if re.search(r"\d", line.value):
        return None
    return month_number(line.value)


def fiscal_lines(lines: Iterable[SettingLine]) -> tuple[list[str], list[SettingLine]]:
    """The settings naming the financial year's first month or the financial year itself,
    as title lines (``Financial year starts: July``; ``Financial Year FY2026/27``), and the
    lines read."""
    texts: list[str] = []
    used: list[SettingLine] = []
    for line in lines:
        financial = bool(_FINANCIAL_LABEL.search(line.label))
        starts = bool(_START_LABEL.search(line.label)) and re.search(
            r"\byear\b|\bfy\b", line.label, re.I
        )
        if (financial or starts) and _START_LABEL.search(line.label):
            number = _start_month(line)
            if number is not None:
                texts.append(f"Financial year starts: {_MONTHS[number - 1]}")
                used.append(line)
            continue
        if financial and re.search(r"\d{2}", line.value):
            value = line.value
            if not re.match(r"\s*(?:fy|f/y|financial|fiscal)", value, re.I):
                value = f"Financial year {value}"
            texts.append(value)
            used.append(line)
    return texts, used


def fiscal_texts(own_titles: list[str]) -> tuple[list[str], str | None]:
    """The settings' financial-year lines a finance table reads after its own titles, and
    the note saying where they come from; none when the table's titles state the financial
    year's start or year themselves, or when no settings sheet names either."""
    from addin.adopt.finance import year_in
    from addin.adopt.periods import fiscal_start_in

    if fiscal_start_in(own_titles) is not None and year_in(own_titles) is not None:
        return [], None
    texts, used = fiscal_lines(_SETTINGS.get())
    if not texts:
        return [], None
    said = "; ".join(f"{line.where} '{line.label}: {line.value}'" for line in used)
    return texts, f"the financial year read from the workbook's settings sheet: {said}"
