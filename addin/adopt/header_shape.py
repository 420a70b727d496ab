"""A header row known by its shape, whatever its words (issue 15, round 24).

Table finding weighs a header row by its words (:func:`addin.adopt.detect.label_vocabulary`).
A header in words no vocabulary holds (a language we lack, a team's abbreviations,
``Column1..N``) weighs nothing, and a data row under it that holds one register word
(``Closed``, ``Problem``) then outweighs it: the data row was taken for the header and the
rows above it lost. A PMO analyst finds the header by its shape instead: *a row of short,
different words over rows whose cells keep one type down each column (numbers, dates,
codes), where the row's own cell in such a column is a word, is the header, whatever its
words.* A data row is no such row: its cell in a column of dates is a date.

The rule here is used only to say which candidate rows are DATA rows of a header found by
shape above them (:func:`inside_shape_table`), so a known header's weight is untouched.
"""

from __future__ import annotations

import re
from datetime import date

from addin.adopt.by_values import names_nothing
from addin.adopt.convert import parse_date, parse_number
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.host import CellValue

#: Rows under a candidate header read for the types of its columns.
ROWS_READ = 5
#: Filled cells a column needs under the header for its type to be read.
MIN_FILLED = 2
#: Longest header word-cell by shape (a sentence is an item's text, not a label).
MAX_LABEL = 40
#: An item code: a short prefix of letters and a number (``PRB-20``, ``A1``, ``WI 4500``).
_CODE = re.compile(r"^[^\W\d_]{1,6}\s?[-_.#/]?\s?\d{1,6}$")
#: A code's prefix: its letters before the number.
_PREFIX = re.compile(r"^([^\W\d_]{1,6})\s?[-_.#/]?\s?\d{1,6}$")


def cell_kind(value: CellValue) -> str:
    """The type a column keeps: ``blank``, ``number``, ``date``, ``code`` or ``text``."""
    if is_blank(value):
        return "blank"
    if isinstance(value, bool):
        return "text"
    if isinstance(value, date):
        return "date"
    if isinstance(value, int | float):
        return "number"
    text = cell_text(value).strip()
    if _CODE.match(text):
        return "code"
    if parse_number(text) is not None:
        return "number"
    if any(ch.isdigit() for ch in text) and parse_date(text) is not None:
        return "date"
    return "text"


def _word(value: CellValue) -> bool:
    """A header's word: text, or a placeholder Excel writes (``Column3``, ``Spalte3``),
    which reads as a code by its letters and number but names a column."""
    kind = cell_kind(value)
    return kind == "text" or (kind == "code" and names_nothing(cell_text(value)))


def field_codes(values: list[CellValue]) -> bool:
    """Whether a row's filled cells are a tool's field codes (``cf_10101``, ``cf_10102``,
    ``F1 .. F6``; round 25): three codes or more, all different, all of one prefix. An
    export that names its columns by codes writes them so; an item row holds one code (its
    ID), not one per column of one prefix."""
    texts = [cell_text(v).strip() for v in values if not is_blank(v)]
    if len(texts) < 3 or len(set(t.casefold() for t in texts)) != len(texts):
        return False
    prefixes = {m.group(1).casefold() if (m := _PREFIX.match(t)) else None for t in texts}
    return len(prefixes) == 1 and None not in prefixes


def _row_words(grid: Grid, row: int, first: int, last: int) -> bool:
    """Whether the row's cells may be read as a header's words although they are codes:
    the row is a tool's field codes (:func:`field_codes`)."""
    return field_codes([grid.value(row, c) for c in range(first, last + 1)])


def typed_columns(grid: Grid, row: int, first: int, last: int) -> list[int]:
    """The columns of ``first..last`` whose filled cells in the rows under ``row`` (up to
    :data:`ROWS_READ`, stopping at a blank row) are all of one type that is not text, and
    whose cell on ``row`` is text: a word over dates, numbers or codes."""
    return list(column_types(grid, row, first, last))


def column_types(grid: Grid, row: int, first: int, last: int) -> dict[int, str]:
    """:func:`typed_columns` with the type each keeps (``date``, ``number``, ``code``)."""
    rows: list[int] = []
    r = row + 1
    while r <= grid.n_rows and len(rows) < ROWS_READ and not grid.row_is_blank(r, first, last):
        rows.append(r)
        r += 1
    out: dict[int, str] = {}
    codes = _row_words(grid, row, first, last)
    for col in range(first, last + 1):
        if not (codes or _word(grid.value(row, col))):
            continue
        kinds = [cell_kind(grid.value(r, col)) for r in rows]
        filled = [k for k in kinds if k != "blank"]
        if len(filled) >= MIN_FILLED and len(set(filled)) == 1 and filled[0] != "text":
            out[col] = filled[0]
    return out


def header_by_shape(grid: Grid, row: int, first: int, last: int) -> bool:
    """True when ``row`` is a header by its shape: three short texts or more, all different,
    no cell of it a number, date or code (``Column3`` is a word), and at least one column
    under it keeping a type that is not text (:func:`typed_columns`)."""
    filled = [v for c in range(first, last + 1) if not is_blank(v := grid.value(row, c))]
    if len(filled) < 3 or not (all(_word(v) for v in filled) or field_codes(filled)):
        return False
    texts = [cell_text(v).strip().casefold() for v in filled]
    if any(len(t) > MAX_LABEL for t in texts) or len(set(texts)) != len(texts):
        return False
    return bool(typed_columns(grid, row, first, last))


def inside_shape_table(
    grid: Grid, row: int, first: int, last: int, headers: list[tuple[int, int, int]]
) -> bool:
    """True when candidate ``row`` (columns ``first..last``) is a data row of a table whose
    header was found by shape above it: a row of ``headers`` (row, first, last) over the
    same columns, every row between them filled, and ``row`` itself no header by shape. Its
    cells in the header's typed columns are of their types (a date under a word over
    dates), so it is an item, however many register words it holds."""
    if header_by_shape(grid, row, first, last):
        return False
    for top, lo, hi in headers:
        if top >= row or hi < first or lo > last:
            continue
        if all(not grid.row_is_blank(r, lo, hi) for r in range(top + 1, row + 1)):
            typed = typed_columns(grid, top, lo, hi)
            if typed and all(
                cell_kind(grid.value(row, c)) in ("blank", cell_kind(grid.value(top + 1, c)))
                for c in typed
            ):
                return True
    return False


def another_shape(grid: Grid, header_row: int, row: int, first: int, last: int) -> bool:
    """True when ``row``, after a blank row under the table headed at ``header_row``, starts
    a block of another shape (round 25): it and the row under it (when filled) each fill
    two cells or more, and in the header's typed columns (:func:`typed_columns`: codes,
    dates, numbers down the column) neither keeps its column's type while each puts another
    type in one of them at least. A RAG legend (``Red | Behind plan | Escalate``) or a
    lookup list under a log is another table, not more items; a section heading (one
    cell) over items of the table's shape, or an item whose date is missing, is not."""
    kinds = column_types(grid, header_row, first, last)  # not the first row's: a guidance
    typed = list(kinds)  # row under the header (round 25: ``Describe the assumption``)
    if not typed:
        return False
    rows = [row]
    if row + 1 <= grid.n_rows and not grid.row_is_blank(row + 1, first, last):
        rows.append(row + 1)
    for r in rows:
        if len(grid.nonblank_cols(r, first, last)) < 2:
            return False
        seen = {c: cell_kind(grid.value(r, c)) for c in typed}
        if any(seen[c] == kinds[c] for c in typed):
            return False
        if all(k == "blank" for k in seen.values()):
            return False
    return True
