"""Finding register-like tables in a sheet: header rows, extents, several tables per sheet.

A header row is a row of at least three short text labels (a month axis of date cells
counts too) that either reads like register vocabulary or has data rows under it. Title
blocks, project details and KPI cards above the best header are its *preamble*, not
tables. A table ends at two blank rows running, at the next header row, or at the end of
the sheet; tables side by side are split at empty columns, and a row is judged block by
block so that a header beside a heat map or a chart's data is still one; a narrower header
or label/value lines right under a table end it (round 5). Merged header blocks are read
from every column they cover; a row of group labels above the field names (``Qualitative
Rating`` over ``Probability | Impact``) and a row of sub-labels below merged headers are
folded into each column's header text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise

from addin import layout
from addin.adopt.bilingual import halves
from addin.adopt.continuation_rows import continues_cell_above
from addin.adopt.convert import (
    is_date_to_confirm,
    is_no_date,
    month_number,
    parse_number,
    week_date,
)
from addin.adopt.dated_labels import take_dated_labels, take_numbered_months
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.header_shape import another_shape, header_by_shape, inside_shape_table
from addin.adopt.match import CERTAIN, candidates
from addin.adopt.print_furniture import page_line
from addin.adopt.translated_header import joined, translated
from addin.adopt.units import CURRENCY_CODES
from addin.host import CellValue

MAX_LABEL_LENGTH = 90
BLANK_ROWS_END_TABLE = 2
MAX_GAP = 6  # blank rows a table may hold when more rows of its shape follow

_GUIDANCE = re.compile(
    r"^(add|enter|describe|insert|type|select|choose|list|record|state|give|provide|a brief|"
    r"brief|e\.?g\.?|example|estimated|probability of|what|who|when|how|use this|please|"
    r"name of)\b",
    re.IGNORECASE,
)
#: A cell that only says what to type: "(dd/mm/yyyy)", "H/M/L", "Y/N", "1-5", "(text)";
#: round 20: a scale's legend ("1 = rare, 5 = almost certain", "1=Low") and the values
#: allowed, listed between spaced slashes ("Open / Closed", "Alto / Medio / Baixo").
_HINT_CELL = re.compile(
    r"^\(.*\)$|^\[.*\]$|^[hml](\s*/\s*[hml]){1,2}$|^y\s*/\s*n$|^\d\s*(-|to)\s*\d+$"
    r"|^(text|free text|date|number|name|list|drop-?down|select|£|\$|%)$"
    r"|^\d\s*=\s*[^\W\d_]"
    r"|^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?(?: / [^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?){1,5}$",
    re.IGNORECASE,
)
_DATE_FORMAT = re.compile(r"^(dd|mm|yy|yyyy)([/.\-](dd|mm|yy|yyyy)){1,2}$", re.IGNORECASE)
#: Round 27's last hour: what a template writes on its example row, in the languages
#: registers are most often kept in: a marker alone in its cell (``e.g.``, ``Example``,
#: ``Sample``, ``z.B.``, ``p.ex.``, ``ej.``, ``bijv.``), or opening a text before a colon or
#: a space (``Example: suppliers deliver on time``, ``e.g. late delivery``).
_EXAMPLE_MARK = (
    r"(?:e\.\s?g\.?|eg\.|for example|example|sample|z\.\s?b\.?|beispiel|p\.\s?ex\.?|exemple"
    r"|ej\.|ejemplo|es\.|esempio|bijv\.|voorbeeld|exemplo)"
)
_EXAMPLE_ALONE = re.compile(rf"^\(?{_EXAMPLE_MARK}\)?\s*:?$", re.IGNORECASE)
#: Round 31: the marker before a dash (``Example - Travel``, ``Sample – site visit``), or
#: closing the text in brackets or after a dash (``Travel (example)``, ``Travel - e.g.``).
_EXAMPLE_OPENING = re.compile(
    rf"^\(?{_EXAMPLE_MARK}\)?\s*:\s*\S|^e\.\s?g\.\s+\S|^\(?{_EXAMPLE_MARK}\)?\s+[-\u2013\u2014]\s*\S"
    rf"|\S.*(?:\({_EXAMPLE_MARK}\)|\[{_EXAMPLE_MARK}\]|\s[-\u2013\u2014]\s*{_EXAMPLE_MARK})\s*$",
    re.IGNORECASE,
)


@dataclass
class HeaderCell:
    """One column of a detected table: its position and header text(s)."""

    col: int
    text: str  # the field label (merged blocks filled), "" when the column has none
    group: str = ""  # the group label above, when the header has two tiers
    value: CellValue = None  # the raw header cell (a date for month axes)
    # round 24's last hour: the group is the first half of ONE phrase written over two rows
    # without a merge (``Block`` over ``Reason``), not a label over several columns
    split: bool = False
    #: round 32: the group label was typed once over the run's first column, nothing
    #: merged, and carried over this one (:func:`_groups_written_once`)
    carried: bool = False

    @property
    def full(self) -> str:
        """Group and field together, e.g. ``"Actual % Complete"``."""
        if self.group and self.group.casefold() != self.text.casefold():
            return f"{self.group} {self.text}".strip()
        return self.text


@dataclass
class TableBlock:
    """A table found on a sheet (positions are 1-based Excel rows and columns)."""

    sheet: str
    header_row: int
    first_col: int
    last_col: int
    first_data_row: int
    last_data_row: int  # < first_data_row when the table has no rows
    headers: list[HeaderCell]
    header_rows: tuple[int, ...] = ()
    preamble: list[tuple[int, int, str]] = field(default_factory=list)  # (row, col, text) above
    guidance_rows: list[int] = field(default_factory=list)
    vocabulary: float = 0.0
    #: columns with a dropdown list in the source -> the values it allows (round 11,
    #: :mod:`addin.adopt.recorded`): evidence of the column's field beside its values
    allowed: dict[int, list[str]] = field(default_factory=dict)

    @property
    def ref(self) -> str:
        from addin.cells import address

        return f"{address(self.header_row, self.first_col)}:{address(max(self.last_data_row, self.header_row), self.last_col)}"

    @property
    def titles(self) -> list[str]:
        """The texts above the table and its sheet's name: where a title states the
        table's year, financial year or unit (``Project costs FY2026/27``)."""
        return [t for _, _, t in self.preamble] + [self.sheet]

    def header_at(self, col: int) -> HeaderCell | None:
        for cell in self.headers:
            if cell.col == col:
                return cell
        return None


def header_texts(block: TableBlock) -> dict[int, str]:
    """Each column's header as written (its own label, not the group's), by position:
    what :func:`addin.adopt.match.assign` reads a field's own word in (round 32)."""
    return {cell.col: cell.text for cell in block.headers if cell.text}


def is_label(value: CellValue) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip()
    first_line = text.split("\n", 1)[0]
    if not text or len(first_line) > MAX_LABEL_LENGTH or len(text) > 250 or text.startswith("="):
        return False
    if text not in ("#", "№") and not re.search(r"[^\W\d_]", text):
        return False  # glyphs, codes and symbols are not labels
    return parse_number(text) is None


def is_axis(value: CellValue) -> bool:
    """A month/period axis cell: a date, or a month name such as ``Jan`` / ``Apr-26``."""
    if isinstance(value, date):
        return True
    return (
        isinstance(value, str)
        and len(value) <= 24
        and (
            month_number(value) is not None
            or week_date(value) is not None
            or _period_and_year(value)
            or _financial_year(value)
        )
    )


def _financial_year(text: str) -> bool:
    """A whole financial year (``2026-27``, ``2026/2027``, ``FY27``; round 30,
    ``quarters.year_label``): it heads a business case's column of a year's costs as a
    month's name does (``2026-27`` has no letter, so it is no label either)."""
    from addin.adopt.quarters import year_label

    return year_label(text) is not None


def _period_and_year(text: str) -> bool:
    """An ERP's period and fiscal year in one label (``001.2026``, ``P03.2026``; round 13,
    ``period_year_value`` in ``periods.py``, which reads this module)."""
    from addin.adopt.periods import period_year_value

    return period_year_value(text) is not None


def _vocabulary(texts: list[str]) -> float:
    """How much the labels read like register headers: the sum over labels of their best
    certain match in any register (capped at 1 each).

    Labels are told apart ignoring case but read as written (round 36): a currency's code
    after a label (``Budget CHF``) is read only in capitals, so ``budget chf`` said nothing.
    """
    unique: dict[str, str] = {}
    for text in texts:
        unique.setdefault(text.casefold(), text)
    return sum(label_vocabulary(text) for text in unique.values())


@lru_cache(maxsize=8192)
def label_vocabulary(text: str) -> float:
    """The best certain match of one label in any register (0 when none is certain)."""
    if len(text) > 50:
        return 0.0
    best = 0.0
    for register in layout.REGISTERS:
        found = candidates(text, register.key)
        if found and found[0].confidence > best:
            best = found[0].confidence
    return best if best >= CERTAIN else 0.0


def _reads_only_joined(alone: list[str], joined: list[str]) -> bool:
    """Whether a column's label reads nothing alone but reads certainly joined with the
    row under it (``Financial`` over ``Period``)."""
    return any(
        a and j != a and label_vocabulary(a) == 0 and label_vocabulary(j) > 0
        for a, j in zip(alone, joined, strict=True)
    )


def _ends_with_colon(value: object) -> bool:
    return not is_blank(value) and str(value).strip().endswith(":")


def _field_label(value: object) -> bool:
    """A form field's label: a label ending in a colon or in a required-field mark
    (``Owner*``); never a pair's value."""
    return is_label(value) and str(value).strip().endswith((":", "*"))


def _pair_labels(grid: Grid, row: int, labels: list[int]) -> int:
    """How many of a row's labels are a label/value pair's label (``Project Name:`` with
    its value beside it): a label ending in a colon, unless the cell to its right is
    another field label (``Title:``, ``Owner*``). A pair's value sits between its label
    and the next one, so colon labels side by side (``Ref: | Title: | Owner*``) are a
    form's field row, a header whose cells carry a colon, not pairs (round 22: a header's
    shape is not its meaning)."""
    return sum(
        1
        for c in labels
        if _ends_with_colon(grid.value(row, c)) and not _field_label(grid.value(row, c + 1))
    )


def column_letters_row(grid: Grid, row: int) -> bool:
    """Round 33: a form's row of column letters over its headings (AIA G703's ``A | B | C |
    ... | I``, a government return's lettered columns): four or more cells, each one capital
    letter, in alphabetical order left to right with no letter twice. Such a row names no
    field; the headings under it are the header."""
    letters = [
        str(v).strip()
        for col in range(1, grid.n_cols + 1)
        if not is_blank(v := grid.value(row, col))
    ]
    if len(letters) < _LETTERS_ROW or not all(len(t) == 1 and "A" <= t <= "Z" for t in letters):
        return False
    return all(a < b for a, b in pairwise(letters))


#: How many lettered columns make a row of column letters (three could be a legend's
#: ``H | M | L``, which :func:`column_letters_row` refuses anyway: not in order).
_LETTERS_ROW = 4


def _row_profile(grid: Grid, row: int) -> tuple[list[int], list[int], int]:
    """(label columns, axis columns, non-blank count) of a row, merged blocks filled. A
    row of column letters (:func:`column_letters_row`, round 33) has no labels."""
    labels: list[int] = []
    axis: list[int] = []
    nonblank = 0
    if column_letters_row(grid, row):
        return (
            labels,
            axis,
            sum(1 for col in range(1, grid.n_cols + 1) if not is_blank(grid.value(row, col))),
        )
    for col in range(1, grid.n_cols + 1):
        value = grid.value(row, col)
        if is_blank(value):
            continue
        nonblank += 1
        if is_label(value):
            labels.append(col)
        if is_axis(value):
            axis.append(col)
    return labels, axis, nonblank


def _units_under_labels(grid: Grid, row: int, labels: list[int]) -> list[int]:
    """Columns of a row holding a bracketed unit alone (``($)``) under a label of the row
    above (``Fees``), beside the row's labels: a header's lower half wrapped over two rows
    (round 36, px40), no label alone, so the run of the row's labels ended before it."""
    if row < 2 or not labels:
        return []
    return [
        col
        for col in range(1, grid.n_cols + 1)
        if col not in labels
        and re.fullmatch(r"\(.*\)", cell_text(grid.value(row, col)).strip())
        and is_label(grid.value(row - 1, col))
        and (col - 1 in labels or col + 1 in labels)
    ]


def _segments(cols: list[int], grid: Grid, row: int) -> list[tuple[int, int]]:
    """Split header columns into runs; a gap of 2+ empty columns (1 when nothing is under
    it either, :func:`_gap_splits`) separates two tables standing side by side."""
    if not cols:
        return []
    runs: list[tuple[int, int]] = []
    start = prev = cols[0]
    for col in cols[1:]:
        gap = range(prev + 1, col)
        covered = all(grid.merged_origin(row, g) is not None for g in gap)
        covered = covered or _sub_labels_over_gap(grid, row, prev, col)
        if len(gap) == 0 or covered or (len(gap) == 1 and not _gap_splits(grid, row, prev, col)):
            prev = col
            continue
        if len(gap) == 1 and (
            _narrow_side_of_one_table(cols, grid, row, start, prev, col)
            or _unused_fields_right(cols, grid, row, start, prev, col)
        ):
            prev = col
            continue
        runs.append((start, prev))
        start = prev = col
    runs.append((start, prev))
    return runs


def _sub_labels_over_gap(grid: Grid, row: int, left: int, right: int) -> bool:
    """True when the empty header cells between ``left`` and ``right`` are a group's, the
    group label at ``left`` written once and its sub-labels on the row under it, nothing
    merged (round 30): a Trello board flattened to a sheet (``Dates`` over ``Created |
    Due``), a register whose header grew a second row (``Dates`` over ``Baseline |
    Forecast | Actual``). The row under holds a label under the group label and under every
    empty cell, and nothing under the label right of the gap (a label standing alone over
    both rows); two tables side by side have their first items, not labels, under their
    headers, and the right table's first item fills the cell under its label."""
    below = row + 1
    if below > grid.n_rows or not is_blank(grid.value(below, right)):
        return False
    under = [grid.value(below, c) for c in range(left, right)]
    return all(not is_blank(v) and is_label(v) and not is_axis(v) for v in under) and all(
        is_blank(grid.value(row, c)) for c in range(left + 1, right)
    )


#: the fewest header labels a run of columns needs to stand as a table of its own beside
#: another across one empty column (a register's header has three fields or more)
MIN_SIDE_TABLE_COLUMNS = 3
#: the fewest labels of the narrow run: a single label beside a table is its caption or
#: the next table's title, never a field cut off by a spacer column
MIN_SPACED_RUN_COLUMNS = 2


def _narrow_side_of_one_table(
    cols: list[int], grid: Grid, row: int, start: int, left: int, right: int
) -> bool:
    """True when one empty spacer column splits ONE table, not two standing side by side.

    Round 21: a decision log's `Nro` and `Päivämäärä` stood left of a narrow empty column,
    `Päätös` and four more fields right of it; the gap rule took them for two tables and
    the id and date columns were lost. The rule a PMO analyst states: a run of fewer than
    three header labels is too narrow to be a register, and when every row filled under it
    is filled under its neighbour across the gap, and no other (the same items), the two
    runs are one table with a spacer column. Only a run on the LEFT is taken (a register's
    leading number and date); a short key to the right of a register, even filling the same
    rows, stays a block of its own, as do tables side by side that fill other rows.
    """
    right_end = right
    while right_end + 1 in cols:
        right_end += 1
    narrow, wide = left - start + 1, right_end - right + 1
    if not MIN_SPACED_RUN_COLUMNS <= narrow < MIN_SIDE_TABLE_COLUMNS <= wide:
        # one lone label ("ISSUES" over the next table) is a caption, no run; and only the
        # LEADING columns (a number, a date) are cut off so: a narrow run to the right of a
        # register is a key or legend beside it (Rating | Meaning), a block of its own
        return False
    filled_left: list[int] = []
    filled_right: list[int] = []
    r = row + 1
    while r <= grid.n_rows:
        a = not is_blank(grid.value(r, left))
        b = not is_blank(grid.value(r, right))
        ended = not a and not b and (filled_left or filled_right)
        if ended and grid.row_is_blank(r + 1, start, right_end):
            break  # two blank rows end the table; one is a spacer between items
        if a:
            filled_left.append(r)
        if b:
            filled_right.append(r)
        r += 1
    if len(filled_left) < 2 or filled_left != filled_right:
        return False
    return _identity_columns(grid, filled_left, start, left)


#: Red team of round 21: the kinds of values a register's leading columns hold when a
#: spacer cuts them off (its number or reference and its date), as :mod:`addin.adopt.kinds`
#: names them.
_IDENTITY_KINDS = ("numbers", "dates")


def _identity_columns(grid: Grid, rows: list[int], first: int, last: int) -> bool:
    """True when every column of the narrow run holds a register's identity: numbers, dates
    or references (``R-01``), the ``No.`` and ``Date`` a decision log leads with. Red team of
    round 21: a team list (``Name | Role``) or a rating key (``Rating | Meaning``) left of a
    register that happens to fill the same rows is a table of its own; joined, the names
    became the issues' titles and the issues' own titles were lost."""
    from addin.adopt.kinds import column_kind  # kinds reads evidence, which reads this

    for col in range(first, last + 1):
        kind = column_kind([grid.value(r, col) for r in rows])
        if kind != "empty" and kind not in _IDENTITY_KINDS and not kind.startswith("IDs"):
            return False
    return True


def _unused_fields_right(
    cols: list[int], grid: Grid, row: int, start: int, left: int, right: int
) -> bool:
    """True when the header continues, across one empty spacer column, with a field or two
    nobody has filled yet: one table, not a table and an empty one beside it.

    Round 22 (structural perturbations): a PM inserts a blank column inside a register to
    space the printout, and the fields right of it are ones no item has reached yet (the
    ``Closure Date`` of open issues). :func:`_narrow_side_of_one_table` needs the same rows
    filled on both sides, which an unused field never is, so the gap rule cut the register
    at the spacer and the field was lost. The rule a PMO analyst states: a blank column is
    not the end of a register when the header continues after it with fewer labels than a
    table of its own has (:data:`MIN_SIDE_TABLE_COLUMNS`) and nothing at all is written under
    them down to the register's last item. A key or legend beside a register has values
    under its labels and stays a block of its own, as does a wider empty table beside one.
    """
    right_end = right
    while right_end + 1 in cols:
        right_end += 1
    if left - start + 1 < MIN_SIDE_TABLE_COLUMNS or right_end - right + 1 >= MIN_SIDE_TABLE_COLUMNS:
        return False
    filled = 0
    r = row + 1
    while r <= grid.n_rows:
        if grid.row_is_blank(r, start, left):
            if filled and grid.row_is_blank(r + 1, start, left):
                break  # two blank rows end the register; one is a spacer between items
        else:
            filled += 1
        if not grid.row_is_blank(r, left + 1, right_end):
            return False
        r += 1
    return filled >= 2


def _month_of_head(value: CellValue) -> int | None:
    """The calendar month (1-12) a header cell names, a date's or a month's word's."""
    if isinstance(value, date):
        return value.month
    if isinstance(value, str) and len(value) <= 24:
        return month_number(value)
    return None


def next_months_spaced(grid: Grid, row: int, left: int, right: int) -> bool:
    """Round 35: True when the one empty column between ``left`` and ``right`` on header row
    ``row`` is a spacer between a month and the NEXT month (``Cost line | Jan-26 | |
    Feb-26 | | Mar-26``: a spacer after every month, to space the printout): the gap is
    empty on the header row and under it down to the first blank row, and each month's
    column has values on the same rows. Two trackers side by side do not run on from one
    month to the next across the gap (``.. Jun-26 | | Jan-26 ..``), and a quarter's spacer
    (``Mar-26 | | Apr-26``) joins the same way round 30's quarter join reads it."""
    first, second = _month_of_head(grid.value(row, left)), _month_of_head(grid.value(row, right))
    if first is None or second is None or second != first % 12 + 1:
        return False
    gap = left + 1
    if not is_blank(grid.value(row, gap)):
        return False
    rows: list[int] = []
    for r in range(row + 1, min(row + 200, grid.n_rows) + 1):
        # round 36: the rows go on to a row blank from the sheet's edge to the later month,
        # not to one blank across the two months alone: a tracker of one line per measure
        # (``Budget``, ``Actual``, ``Forecast``) leaves an actual's later months empty
        if grid.row_is_blank(r, 1, right):
            break
        rows.append(r)
    if len(rows) < 2 or any(not is_blank(grid.value(r, gap)) for r in rows):
        return False
    filled = [r for r in rows if not is_blank(grid.value(r, left))]
    alike = [r for r in filled if not is_blank(grid.value(r, right))]
    return len(filled) >= 2 and len(alike) >= 0.9 * len(filled)


def _gap_splits(grid: Grid, row: int, left: int, right: int) -> bool:
    """True when the one empty column between ``left`` and ``right`` on header row ``row``
    separates two tables: it is empty under the header down to the first row blank across
    the gap and its two neighbours, and each neighbour has two values or more in those rows
    (round 8: what stands further down the sheet, a table below, says nothing of this gap);
    else, as before, when it is empty for 30 rows (KPI cards of one value each, whatever
    lies below them, are one strip)."""
    if next_months_spaced(grid, row, left, right):
        return False
    gap = left + 1
    last = min(row + 30, grid.n_rows)
    depth, seen = row + 1, False
    while depth <= last:
        blank = all(is_blank(grid.value(depth, c)) for c in (left, gap, right))
        if blank and seen:
            break
        seen = seen or not blank
        depth += 1
    body = range(row + 1, depth)
    if all(is_blank(grid.value(r, gap)) for r in body) and all(
        sum(1 for r in body if not is_blank(grid.value(r, c))) >= 2 for c in (left, right)
    ):
        return True
    return all(is_blank(grid.value(r, gap)) for r in range(row + 1, last + 1))


def _header_blocks(grid: Grid, row: int, labels: list[int], axis: list[int]) -> list[int]:
    """The header-like columns of the blocks of ``row`` that read as a header on their own.

    A row is split into blocks where an empty column stands between filled ones (the same
    split as tables side by side, :func:`_segments`); a block of two or more cells, seven
    in ten of them labels or month cells, is a header even when the row beside it holds a
    heat map's numbers, a chart's data or a key. Returns the columns of those blocks (none
    when no block reads so)."""
    filled = grid.nonblank_cols(row)
    header_like = set(labels) | set(axis)
    out: list[int] = []
    for first, last in _segments(filled, grid, row):
        inside = [c for c in filled if first <= c <= last]
        heads = [c for c in inside if c in header_like]
        if len(heads) >= 2 and len(heads) >= 0.7 * len(inside):
            out.extend(heads)
    return sorted(out)


def _merge_end(grid: Grid, row: int, col: int) -> int:
    """The last column of the merged block starting at (row, col), else col."""
    span = grid.merged_span(row, col)
    return span[3] if span is not None else col


def _header_cells(grid: Grid, row: int, first: int, last: int) -> list[HeaderCell]:
    cells = []
    for col in range(first, last + 1):
        value = grid.filled(row, col)
        cells.append(HeaderCell(col, cell_text(value), value=value))
    return cells


#: How many label / amount lines under a title make a summary (round 24's last hour).
SUMMARY_LINES = 2


def _titled_summary(grid: Grid, row: int, first: int, last: int, narrowest: int) -> bool:
    """Round 24's last hour: after a blank row, a title alone on its row (``Finance summary
    ($)``) over :data:`SUMMARY_LINES` lines or more of a label and an amount (``Approved
    budget | 48,500,000``) is a summary of figures under the table, not its rows: every row
    of the table holds more cells than the two a line has. A title over rows as wide as
    the table's (a section of items) is not one."""
    if narrowest <= 2 or len(grid.nonblank_cols(row, first, last)) != 1:
        return False
    if not is_label(grid.value(row, grid.nonblank_cols(row, first, last)[0])):
        return False
    lines = 0
    for r in range(row + 1, grid.n_rows + 1):
        cols = grid.nonblank_cols(r, first, last)
        if not cols:
            break
        values = [grid.value(r, c) for c in cols]
        if not (
            len(cols) == 2
            and is_label(values[0])
            and not isinstance(values[1], bool)
            and isinstance(values[1], int | float)
        ):
            return False
        lines += 1
    return lines >= SUMMARY_LINES


def _data_end(grid: Grid, row: int, first: int, last: int, stop_rows: set[int]) -> int:
    """Last row of the table whose header (or last header tier) is ``row``.

    Two blank rows end it, unless more rows of the same shape (two or more values inside
    the table's columns, nothing just outside them) follow within :data:`MAX_GAP` rows.
    """
    last_data = row
    blanks = 0
    widths: list[int] = []
    narrow: list[int] = []
    header_width = len(grid.nonblank_cols(row, first, last))
    r = row + 1
    while r <= grid.n_rows:
        if last_data > row and _page_break_repeat(grid, r, row, first, last):
            # round 28's last hour: the header written again at a printed page's top, only
            # page lines (or nothing) between it and the last item: the table goes on, the
            # repeat and the page lines are its listed rows (``rows.row_kind``)
            last_data, narrow, blanks = r, [], 0
            r += 1
            continue
        if r in stop_rows:
            if narrow and narrow[-1] == r - 1:
                # short lines right above the next header are its title ("Issues"), not
                # rows of this table (round 5); but a line continuing the text of the row
                # above (a PDF's cut cell before its page break) is this table's (round 28)
                return _with_continuations(grid, last_data, narrow, first, last)
            if last_data == r - 1 and last_data > row + 1 and _title_line(grid, last_data):
                last_data -= 1
                while last_data > row and grid.row_is_blank(last_data, first, last):
                    last_data -= 1
                return last_data
            break
        if grid.row_is_blank(r, first, last):
            blanks += 1
            if blanks >= BLANK_ROWS_END_TABLE:
                if narrow:
                    last_data, narrow = narrow[-1], []
                nxt = r + 1
                while (
                    nxt <= grid.n_rows
                    and nxt - last_data <= MAX_GAP
                    and grid.row_is_blank(nxt, first, last)
                ):
                    nxt += 1
                if (
                    nxt <= grid.n_rows
                    and nxt - last_data <= MAX_GAP
                    and nxt not in stop_rows
                    and not (last_data > row + 1 and another_shape(grid, row, nxt, first, last))
                    and len(grid.nonblank_cols(nxt, first, last))
                    >= max(2, sorted(widths)[len(widths) // 2] // 2 + 1 if widths else 2)
                    and is_blank(grid.value(nxt, last + 1))
                    and (first == 1 or is_blank(grid.value(nxt, first - 1)))
                ):
                    r, blanks = nxt, 0
                    continue
                break
        else:
            if blanks and last_data > row + 1 and _kind_break(grid, r, first, last, row):
                break  # a header of another table after a blank row (round 8)
            if blanks and last_data > row + 1 and _header_again(grid, r, row, first, last):
                break  # the same header again after a blank row: the next block's table
            if blanks and last_data > row + 1 and another_shape(grid, row, r, first, last):
                break  # a legend or lookup list under a blank row: another table (round 25)
            if blanks and widths and _titled_summary(grid, r, first, last, min(widths)):
                break  # a titled summary of label / amount lines under the table
            blanks = 0
            width = len(grid.nonblank_cols(r, first, last))
            if len(widths) >= 2 and _narrower_header(grid, r, first, last, header_width, row):
                break  # another, narrower table starts right under this one (round 5)
            # two rows give the table's width when the short row holds a label (a summary
            # line ``Open | 2``, round 5); a row number alone is a stub of the template
            labelled = any(is_label(grid.value(r, c)) for c in grid.nonblank_cols(r, first, last))
            median = (
                sorted(widths)[len(widths) // 2]
                if len(widths) >= 3 or (len(widths) == 2 and labelled)
                else 0
            )
            if last_data > row and _month_laid_ahead(grid, r, first, last, last_data):
                # round 32's last hour: a spend log's months written down in advance, the
                # month alone on its row (amounts to come): the log's row, not a label line
                last_data, narrow = r, []
                r += 1
                continue
            if median >= 4 and width <= 2 and not _merged_down_into(grid, r, first, last, row):
                narrow.append(r)
                if len(narrow) >= 3:  # label/value lines below the table, not its rows
                    return _with_continuations(grid, narrow[0] - 1, narrow, first, last)
                r += 1
                continue
            last_data = r
            narrow = []
            widths.append(width)
        r += 1
    if narrow:
        last_data = narrow[-1]  # fewer than three short rows: still the table's (stubs)
    return last_data


def _merged_down_into(grid: Grid, row: int, first: int, last: int, header_row: int) -> bool:
    """Round 38 (t46b): True when a cell of ``row`` is covered by a block merged down from
    an item row above it (a month written once, merged over its lines' rows: ``2026年4月``
    over four cost lines). The row is then that item's, its merged cell filled (the merge's
    value holds for every row it spans), never a short label / value line under the
    table, however few cells it holds itself."""
    for col in range(first, last + 1):
        origin = grid.merged_origin(row, col)
        if origin is not None and header_row < origin[0] < row and origin[1] == col:
            return True
    return False


def _month_laid_ahead(grid: Grid, row: int, first: int, last: int, above: int) -> bool:
    """Round 32's last hour: True for a row holding only a month, in the column whose cell
    on the table's last row ``above`` holds the month before it (``Mar 2026`` then ``Apr
    2026`` alone), as a spend log or a monthly return is laid out for the year ahead and
    filled as each month closes: the months still to come are the log's rows (empty of
    amounts), not label / value lines under it. The months must follow one another: a
    lone date or a label under the table is no month laid ahead."""
    from addin.adopt.finance import month_of_value

    cells = grid.nonblank_cols(row, first, last)
    if len(cells) != 1 or not is_blank(grid.value(row, last + 1)):
        return False
    month = month_of_value(grid.value(row, cells[0]))
    before = month_of_value(grid.value(above, cells[0]))
    if month is None or before is None:
        return False
    return (month.year * 12 + month.month) - (before.year * 12 + before.month) == 1


def _page_break_repeat(grid: Grid, row: int, header_row: int, first: int, last: int) -> bool:
    """Whether ``row`` is the table's header written again at the top of a printed page
    (round 28's last hour): it repeats the header row cell for cell (:func:`_header_again`'s
    test, three cells or more), and the rows between the table's last item and it are a
    page's lines (its foot: ``Page 1 of 2``, ``COMMERCIAL IN CONFIDENCE``), or none. Blank
    rows may stand between only beside a page line (a blank row alone before the same
    header is round 22's next block: ``BUDGET`` then ``ACTUAL``); a heading of its own
    (``Closed issues``) makes the header the next table's."""
    header = {c: grid.value(header_row, c) for c in grid.nonblank_cols(header_row, first, last)}
    cols = grid.nonblank_cols(row, first, last)
    if len(header) < 3 or {c: grid.value(row, c) for c in cols} != header:
        return False
    above, paged = row - 1, False
    while above > header_row:
        if page_line(grid.row_values(above, first, last)) is not None:
            paged = True
        elif not grid.row_is_blank(above, first, last):
            break
        above -= 1
    # ``above`` is the last item (two values or more: one label alone is the next table's
    # heading, ``Closed issues``), right above the repeat or above page lines only
    return (
        above > header_row
        and (paged or above == row - 1)
        and len(grid.nonblank_cols(above, first, last)) >= 2
    )


def _with_continuations(
    grid: Grid, last_data: int, narrow: list[int], first: int, last: int
) -> int:
    """The table's last row once the short lines right under it that continue the text of
    the row above (:func:`continues_cell_above`: a cell a PDF conversion cut over two rows)
    are taken back into it (round 28); the other short lines stay out (a title, a page
    footer, label / value lines)."""
    for short in narrow:
        if short != last_data + 1 or not continues_cell_above(grid, short, first, last):
            break
        last_data = short
    return last_data


def _narrower_header(
    grid: Grid, row: int, first: int, last: int, header_width: int, header_row: int
) -> bool:
    """True when ``row``, inside a table's columns, is the header of another table: only
    short labels, two or more, all different, fewer than the table's header has, at least
    two of them and half of them reading as register columns (``Action | Owner | Due``
    under a risk list), none of them a value seen in its column above."""
    cols = grid.nonblank_cols(row, first, last)
    if len(cols) < 2 or len(cols) >= header_width:
        return False
    values = [grid.value(row, c) for c in cols]
    if not all(is_label(v) and len(cell_text(v)) <= 30 for v in values):
        return False
    texts = {cell_text(v).casefold() for v in values}
    if len(texts) < len(values) or any(len(t) < 2 for t in texts):
        return False  # repeated words and letters (``L | L``, ``H``) are values, not labels
    known = sum(1 for t in texts if label_vocabulary(t) > 0)
    if known < 2 or known * 2 < len(texts):
        return False
    # a value seen in its column above is data (``Approved``), a header is not repeated
    return not any(
        cell_text(grid.value(r, c)).casefold() == cell_text(grid.value(row, c)).casefold()
        for c in cols
        for r in range(header_row + 1, row)
    )


def _header_again(grid: Grid, row: int, header_row: int, first: int, last: int) -> bool:
    """Whether ``row`` (or the row under it, when ``row`` holds one heading alone: ``ACTUAL``,
    ``Phase 2``) repeats the table's header row cell for cell, three cells or more (round 22's
    last hour): after a blank row, the same header again starts a block of its own, one
    table under the other (a ``BUDGET`` block, then an ``ACTUAL`` block with the same
    ``Budget Line | Jan-26 | ... | Total`` header). A header row repeated with no blank row
    before it is a printout's page header, not this rule's."""
    header = {c: grid.value(header_row, c) for c in grid.nonblank_cols(header_row, first, last)}
    if len(header) < 3:
        return False
    for r in (row, row + 1):
        cols = grid.nonblank_cols(r, first, last)
        if {c: grid.value(r, c) for c in cols} == header:
            return True
        if r == row and (len(cols) != 1 or not is_label(grid.value(row, cols[0]))):
            return False
    return False


def _kind_break(grid: Grid, row: int, first: int, last: int, header_row: int) -> bool:
    """True when ``row`` reads as the header of another table by its structure alone
    (round 8): three labels or more, all different, none a value seen in its column above
    nor a placeholder (``TBC``, ``N/A``), standing in at least two columns where the rows
    above and the row below hold dates (or numbers): labels over values of one kind are a
    header, not values of those columns."""
    from addin.adopt.dates import parse_text_date, period_bounds
    from addin.adopt.evidence import id_prefix
    from addin.adopt.kinds import CONSISTENT, value_kind  # kinds reads evidence, above this

    cols = grid.nonblank_cols(row, first, last)
    values = [grid.value(row, c) for c in cols]
    if len(cols) < 3 or not all(is_label(v) and len(cell_text(v)) <= 40 for v in values):
        return False
    texts = [cell_text(v).casefold() for v in values]
    if len(set(texts)) < len(texts):
        return False
    if any(is_no_date(t) or is_date_to_confirm(t) for t in texts):
        return False  # "TBC", "N/A" in a date column: a row of the table, not a header
    breaks = 0
    for col, text in zip(cols, texts, strict=True):
        above = [grid.value(r, col) for r in range(header_row + 1, row)]
        kinds = [k for k in (value_kind(v) for v in above) if k is not None]
        if any(cell_text(v).casefold() == text for v in above):
            return False
        kind = next(
            (k for k in ("date", "number") if kinds.count(k) >= CONSISTENT * len(kinds)), None
        )
        label = cell_text(grid.value(row, col))
        if kind == "date" and (parse_text_date(label) or period_bounds(label)):
            return False  # "Q3 2026" where dates stand: a row dated loosely, no header
        ids = [v for v in above if not is_blank(v)]
        if len(ids) >= 2 and id_prefix(ids) and id_prefix([*ids, label]):
            return False  # "M4" after M1-M3: the next item of the table, no header
        # the label stands over that kind both above (the table before) and right below
        # (the table it heads)
        if len(kinds) >= 2 and kind is not None and value_kind(grid.value(row + 1, col)) == kind:
            breaks += 1
    return breaks >= 2


def _title_line(grid: Grid, row: int) -> bool:
    """True when the row holds one short label and nothing else: a title line."""
    cols = grid.nonblank_cols(row)
    return (
        len(cols) == 1
        and is_label(grid.value(row, cols[0]))
        and len(cell_text(grid.value(row, cols[0]))) <= 60
    )


def _under_section_heading(grid: Grid, row: int, first: int, last: int, body: int) -> bool:
    """Round 39 (t48a): a header row right under a heading alone on its line (``Top-Risiken``,
    ``Hindrances``) with a blank row above the heading: a report's next section, whose own
    header starts a new table (a status report's milestones, then its top risks). A row
    under a phase's heading that repeats two values written in its columns by the table's
    items above (``body`` on: an owner, a status) is another item, never a header (round
    24's text items, each reading like a header), and so is a row holding a date or a
    number (a RAID log's ``ASSUMPTIONS`` heading over its dated items)."""
    if row < 3 or not _title_line(grid, row - 1) or not grid.row_is_blank(row - 2, first, last):
        return False
    cells = [grid.value(row, c) for c in range(first, last + 1)]
    if any(not is_blank(v) and not isinstance(v, str) for v in cells):
        return False  # a date or a number: an item under a section's heading, not a header
    repeats = 0
    for c in range(first, last + 1):
        text = cell_text(grid.value(row, c)).casefold()
        if text and text in {cell_text(grid.value(r, c)).casefold() for r in range(body, row - 1)}:
            repeats += 1
    return repeats < 2


def is_guidance_row(
    grid: Grid, row: int, first: int, last: int, headers: Sequence[HeaderCell] = ()
) -> bool:
    texts = [grid.value(row, c) for c in range(first, last + 1)]
    texts = [t.strip() for t in texts if isinstance(t, str) and t.strip()]
    if not texts:
        return False
    if len(texts) == 1 and _lone_instruction(grid, row, first, last, texts[0], headers):
        return True
    if any(_DATE_FORMAT.match(t) for t in texts):
        return True
    if _one_hint_across(grid, row, first, last, texts):
        return True
    if _units_row(grid, row, first, last):
        return True
    if example_row(texts):
        return True
    if _letters_under_headings(texts, last - first + 1):
        return True
    hits = sum(
        1
        for c in range(first, last + 1)
        if isinstance(t := grid.value(row, c), str)
        and (t := t.strip())
        and (_GUIDANCE.match(t) or (_HINT_CELL.match(t) and not _column_in_halves(grid, row, c)))
    )
    return hits >= max(2, (len(texts) + 1) // 2)


def _letters_under_headings(texts: list[str], width: int) -> bool:
    """Round 34 (round 33's left line): a row of column letters UNDER the headings (``A |
    B | C | D | E``, as a form letters its columns below their names to refer to them:
    ``E = C - D``) is no item, as over them it is no header (:func:`column_letters_row`):
    four or more cells, each one capital letter, in alphabetical order with none twice, in
    half the table's columns at least. A row of grades or levels (``A | C | B | A``) is
    not in order, and is read as before."""
    if len(texts) < _LETTERS_ROW or len(texts) * 2 < width:
        return False
    if not all(len(t) == 1 and "A" <= t <= "Z" for t in texts):
        return False
    return all(a < b for a, b in pairwise(texts))


def _column_in_halves(grid: Grid, row: int, col: int) -> bool:
    """Round 27 (its last hour): True when the column's cells under ``row`` are written in
    two halves around a spaced slash as well, at least half of those filled (read as far
    as :data:`UNITS_ROWS_READ` rows). A PMO analyst reads a choices hint (``Open /
    Closed``) as the template's help because the items under it pick ONE of its halves;
    a column whose every item is written in two halves (a bilingual workbook's ``Valmis
    / Klar``, ``Kyllä / Ja``, ``Site handover / تسليم الموقع``) is written so, and its
    first row written like the others is its first item."""
    below = [
        grid.value(r, col) for r in range(row + 1, min(grid.n_rows, row + UNITS_ROWS_READ) + 1)
    ]
    texts = [v.strip() for v in below if isinstance(v, str) and v.strip()]
    written_so = sum(1 for t in texts if halves(t) is not None)  # bilingual.halves (round 17)
    return written_so > 0 and 2 * written_so >= len(texts)


def hint_cell(text: str) -> bool:
    """Round 31: whether a cell only says what to type (:data:`_HINT_CELL`: ``(text)``,
    ``Name``, ``H/M/L``, ``1-5``) or a date's format (``dd/mm/yyyy``)."""
    text = text.strip()
    return bool(_HINT_CELL.match(text) or _DATE_FORMAT.match(text))


def example_row(texts: Sequence[str]) -> bool:
    """Round 27's last hour: whether a row's texts say it is the template's example (a
    cell ``e.g.`` or ``Example`` alone, or a text opening ``Example:`` / ``e.g.``): a
    template shows one filled row under its header for its users to copy, and a PM who
    leaves it in has not made it an item. Asked of the rows right under the header only
    (``is_guidance_row``); an item that merely names an example (``Example Street depot
    lease``, no colon) is an item."""
    return any(_EXAMPLE_ALONE.match(t) or _EXAMPLE_OPENING.match(t) for t in texts)


#: A cell that states a unit or a format by a symbol alone: a count (``#``, ``No.``), a
#: percentage, a currency mark or code (round 26's units row).
_UNIT_SYMBOL = re.compile(rf"^(?:#|№|no\.?|nr\.?|%|[£$€¥₹]|{CURRENCY_CODES})$", re.IGNORECASE)
#: how many rows under a units row are read to see what its columns hold
UNITS_ROWS_READ = 12


def _unit_cell(value: CellValue) -> bool:
    """True when a cell says only the unit its column is counted in: ``#``, ``%``, ``£``,
    ``£k``, ``$m``, ``days``, ``hrs``, ``FTE`` (the money multiples units.py reads, the
    effort units resources.py reads), or a date format (``dd/mm/yyyy``)."""
    from addin.adopt.resources import effort_unit_said
    from addin.adopt.units import header_unit

    if not isinstance(value, str):
        return False
    text = value.strip().strip("()[]").strip()
    if not text or len(text) > 12 or len(text.split()) > 2:
        return False
    if _UNIT_SYMBOL.match(text) or _DATE_FORMAT.match(text):
        return True
    unit = header_unit(text)
    if unit is not None and unit[1].casefold() == text.casefold():
        return True
    return effort_unit_said(text)


def _units_row(grid: Grid, row: int, first: int, last: int) -> bool:
    """Round 26: a row right under the header that says each column's unit (``#``, ``£k``,
    ``%``, ``days``, ``dd/mm/yyyy``) belongs to the header, as a template tells its users
    what to write: no item. Every filled cell is a unit, and each stands over a column of
    numbers or dates (what a unit counts). A row of units over a column that holds units
    (a list of measures' ``Unit`` column: ``%``, ``days``) or beside an item's title is an
    item."""
    from addin.adopt.kinds import CONSISTENT, value_kind  # kinds reads evidence, above this

    cols = grid.nonblank_cols(row, first, last)
    if not cols or not all(_unit_cell(grid.value(row, c)) for c in cols):
        return False
    for col in cols:
        below = [
            grid.value(r, col) for r in range(row + 1, min(grid.n_rows, row + UNITS_ROWS_READ) + 1)
        ]
        kinds = [value_kind(v) for v in below if not is_blank(v)]
        counted = sum(1 for k in kinds if k in ("number", "date"))
        if len(kinds) < 2 or counted < CONSISTENT * len(kinds):
            return False
    return True


#: The fewest cells a row must fill with one same text to be a filter row (round 25).
MIN_FILTER_CELLS = 3


def _one_hint_across(grid: Grid, row: int, first: int, last: int, texts: list[str]) -> bool:
    """Round 25: a row that writes one same text in every filled cell, three cells or more,
    right under the header (a filter row's ``(All)`` or ``Filter...`` under each column, a
    pivot's page fields) is no item: an item's fields differ. A text the table's rows write
    again further down (``TBC`` across a placeholder item and in later rows) is data."""
    if len(texts) < MIN_FILTER_CELLS or len({t.casefold() for t in texts}) != 1:
        return False
    if len(grid.nonblank_cols(row, first, last)) != len(texts):
        return False  # numbers or dates beside it: a row of values
    said = texts[0].casefold()
    return not any(
        cell_text(grid.value(r, c)).casefold() == said
        for r in range(row + 1, grid.n_rows + 1)
        for c in range(first, last + 1)
    )


#: Red team of round 21: a lone instruction is a verb in the imperative telling the user
#: what to write, so the verb is followed by what to write (an article, a determiner, a
#: pronoun: ``Describe the ...``, ``Enter one ...``, ``List all ...``) or opened by
#: ``Please`` / ``Use this``. A genuine first item that opens with the same word as a noun
#: or an adjective (``List price rises may exceed the Impact allowance``, ``State grant
#: ...``) or with a question word (``When the lease ends the Owner may reclaim the site``)
#: and names another column is an item, not the template's guidance.
_INSTRUCTION = re.compile(
    r"^(?:please\b|use this\b|"
    r"(?:add|enter|describe|insert|type|select|choose|list|record|state|give|provide)\s+"
    r"(?:the|a|an|one|each|every|all|any|your|this|these|here|how|what|who|when|which|"
    r"whether|details?|briefly)\b)",
    re.IGNORECASE,
)
#: the fewest cells the first item row below a lone instruction must fill: a row of one
#: sentence over a table whose items fill several columns is the template's guidance
MIN_ITEM_CELLS_BELOW_INSTRUCTION = 3


def _lone_instruction(
    grid: Grid, row: int, first: int, last: int, text: str, headers: Sequence[HeaderCell]
) -> bool:
    """True when a row's only cell is a sentence telling the user how to fill the table.

    Round 21: a template's instruction under the header ("Describe the assumption in one
    sentence; confidence is H, M or L.") fills one cell only, so the guidance rule that
    counts two or more hint cells never fired and the sentence became the first item. The
    rule a PMO analyst states: a lone cell that opens with an instruction verb and names
    ANOTHER column of the table (it explains how to fill that column), above a row that
    fills several columns, is guidance, not an item. An item whose title merely opens with
    such a verb ("Record retention policy agreed") names no other column and stays an item.
    """
    if not _INSTRUCTION.match(text):
        return False
    col = next(c for c in range(first, last + 1) if isinstance(grid.value(row, c), str))
    said = " " + re.sub(r"[^\w]+", " ", text.casefold()) + " "
    others = [h.text for h in headers if h.col != col and h.text]
    named = [
        h
        for h in others
        if len(h.strip()) >= 4 and " " + re.sub(r"[^\w]+", " ", h.casefold()).strip() + " " in said
    ]
    if not named:
        return False
    below = row + 1
    while below <= grid.n_rows and grid.row_is_blank(below, first, last):
        below += 1
    return len(grid.nonblank_cols(below, first, last)) >= MIN_ITEM_CELLS_BELOW_INSTRUCTION


def _group_row(grid: Grid, row: int, first: int, last: int, n_fields: int) -> bool:
    """True when ``row`` holds group labels over the field row below it."""
    if row < 1:
        return False
    cols = grid.nonblank_cols(row, first, last)
    if not cols or (len(cols) >= n_fields and not _repeated_groups(grid, row, cols)):
        return False
    values = [grid.value(row, c) for c in cols]
    spans = [grid.merged_span(row, c) for c in cols]
    wide = [s for s in spans if s is not None and s[3] > s[1]]
    if not all(
        is_label(v) or _merged_period(v, s) or merged_year(v, s)
        for v, s in zip(values, spans, strict=True)
    ) and not _periods_written_once(grid, row, cols):
        return False
    if any(str(v).strip().endswith(":") for v in values):
        return False
    if not wide:
        below = [grid.value(row + 1, c) for c in cols]
        # unmerged group labels: two or more, each right above a field label, or written
        # out over every field of their group
        return (
            len(cols) >= 2
            and (len(cols) * 2 <= n_fields or _repeated_groups(grid, row, cols))
            # round 16: or over dates (``Actual`` / ``Forecast`` written over each month)
            and all(is_label(v) or isinstance(v, date) for v in below)
        )
    return (
        len(cols) >= 2
        or not (wide[0][1] <= first and wide[0][3] >= last)
        or _month_groups_across_spacers(grid, row, wide[0])
    )


def _month_groups_across_spacers(grid: Grid, row: int, span: tuple[int, int, int, int]) -> bool:
    """Round 27's last hour: a month merged over the whole part between two spacer columns
    (``Enero 2026`` over ``Badyet | Aktwal``, an empty column, ``Pebrero 2026`` over the same)
    is that part's group, not a title over a table: a title is written once, and a month
    merged over its measures is written again, as wide, after the spacer. Both must be a
    month (a date, or a month's name with its year, in any language the vocabularies
    know)."""
    from addin.adopt.dates import month_period

    def month(value: CellValue) -> bool:
        return isinstance(value, date) or (
            isinstance(value, str) and month_period(value.strip()) is not None
        )

    r1, c1, r2, c2 = span
    if r1 != r2 or not month(grid.value(r1, c1)):
        return False
    for gap, other in ((c2 + 1, c2 + 2), (c1 - 1, c1 - 2 - (c2 - c1))):
        beside = grid.merged_span(row, other) if other >= 1 else None
        if (
            is_blank(grid.value(row, gap))
            and beside is not None
            and beside[3] - beside[1] == c2 - c1
            and beside[3] == (other + c2 - c1)
            and month(grid.value(row, other))
        ):
            return True
    return False


def _groups_written_once(grid: Grid, upper: int, cells: list[HeaderCell]) -> dict[int, str]:
    """Round 32: group labels written once, at the left of their run, nothing merged, over
    the same run of sub-labels again and again (``Jul 2026`` over ``Budget | Actual``, then
    ``Aug 2026`` over ``Budget | Actual``; ``Budget`` over ``Q1 | Q2 | Q3 | Q4``, then
    ``Actual`` over the same quarters). A person reads each label over its whole run, as a
    merge or Excel's "centre across selection" shows it; unmerged, the cells right of the
    label are empty. Returns column -> its run's label for every column of every run
    (nothing when the runs are not alike).

    Every run starts at a label over a sub-label and spans two columns or more, each with a
    sub-label under an empty group cell; two runs or more, all of one width and the same
    sub-labels in the same order (the last run may stop early, a prefix of the others, and
    ends at the others' width: a column after it is no part of it). A
    header whose lone labels above stand over different fields (``Risk`` over ``ID``,
    ``Due`` over ``Date``: one phrase each) has no such runs, and one label over its
    fields (a single group) is left as it is."""
    cols = [c.col for c in cells if c.text]
    if not cols:
        return {}
    lower = {c.col: c.text.strip().casefold() for c in cells if c.text}

    def top(col: int) -> CellValue:
        return grid.filled(upper, col)

    starts = [c for c in cols if not is_blank(top(c))]
    runs: list[list[int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else cols[-1] + 1
        run = [start]
        col = start + 1
        while col < end and col in lower and is_blank(top(col)):
            run.append(col)
            col += 1
        runs.append(run)
    if len(runs) >= 2:
        # the last run ends where the others' width does: a column after it with no group
        # of its own (``Owner`` after ``After mitigation`` over ``Likelihood | Impact``)
        # stands outside every run
        runs[-1] = runs[-1][: len(runs[-2])]
    grouped = [r for r in runs if len(r) >= 2]
    if len(grouped) < 2:
        return {}
    first = grouped[0]
    if any(grid.merged_span(upper, r[0]) is not None for r in grouped):
        return {}
    pattern = [lower[c] for c in first]
    if len(set(pattern)) < 2:
        return {}
    before = first[0] - 1
    if lower.get(before) == pattern[-1] and is_blank(top(before)):
        # red team of round 32's first wave: the run's last field stands before the first
        # label with no label over it (``Budget`` under nothing, then ``Jan 2026`` over
        # ``Actual | Budget``): the month was typed over the second column of each
        # ``Budget | Actual`` pair, and read from its label on every month's budget went
        # to the month before. Where a run starts is not known: no runs read
        return {}
    last_run = runs.index(grouped[-1])
    inner = runs[runs.index(first) : last_run + 1]
    for run in inner:
        labels = [lower[c] for c in run]
        if run is inner[-1]:
            if labels != pattern[: len(labels)]:
                return {}
        elif labels != pattern:
            return {}
    out: dict[int, str] = {}
    for run in inner:
        label = cell_text(top(run[0]))
        out |= {c: label for c in run}
    return out


def _one_phrase(grid: Grid, upper: int, col: int) -> bool:
    """True when the label over ``col`` is the first half of one header written over two
    rows (``Block`` over ``Reason``, round 24's last hour), not a group's: it is not merged
    and neither neighbour on its row repeats it (a group written out over each of its
    fields, ``Budget`` over every month, stays a group)."""
    if grid.merged_origin(upper, col) is not None or grid.merged_span(upper, col) is not None:
        return False
    here = cell_text(grid.value(upper, col)).casefold()
    return all(
        cell_text(grid.value(upper, c)).casefold() != here
        for c in (col - 1, col + 1)
        if 1 <= c <= grid.n_cols
    )


def _merged_period(value: object, span: tuple[int, int, int, int] | None) -> bool:
    """True when a group label is a month's date merged over its fields (round 23's last
    hour: ``Jan 2026`` typed as a date and merged over ``Budget | Actual``, each month so;
    a date is no label, and the months' row was not read as the groups over the fields,
    so the budget-vs-actual table was never found). A date alone in one cell stays what
    it is (a value, a report date)."""
    return isinstance(value, date) and span is not None and span[3] > span[1]


def merged_year(value: object, span: tuple[int, int, int, int] | None) -> bool:
    """Round 38 (t47b): a year typed as a number (``2026``, ``2027``) merged over the month
    names under it (``syyskuu | lokakuu | ..``, a follow-up across a year end) is the year
    group of those months, as ``Jan 2026`` typed as a date merged over its fields is a
    month's (:func:`_merged_period`): a number is no label, so the year row was not read and
    the months took the title's status year. A number alone in one cell stays a value."""
    if isinstance(value, bool) or span is None or span[3] <= span[1]:
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return isinstance(value, int) and 1900 <= value <= 2100


def _periods_written_once(grid: Grid, row: int, cols: list[int]) -> bool:
    """Round 32: a row of month dates, nothing merged, each typed once in the first cell of
    its run (``Apr-26`` over ``Budget | Actual``, then ``May-26``): two dates or more,
    rising, as many columns apart each time (two or more), each with an empty cell right of
    it, and nothing else on the row but labels. A date alone on its row is a value (a
    report date), and dates side by side (a month axis) are a header of their own."""
    dates = [c for c in cols if isinstance(grid.value(row, c), date)]
    if len(dates) < 2 or not all(c in dates or is_label(grid.value(row, c)) for c in cols):
        return False
    steps = {b - a for a, b in pairwise(dates)}
    values = [grid.value(row, c) for c in dates]
    return (
        len(steps) == 1
        and min(steps) >= 2
        and all(a < b for a, b in pairwise(values))
        and all(is_blank(grid.value(row, c + 1)) for c in dates)
    )


def _repeated_groups(grid: Grid, row: int, cols: list[int]) -> bool:
    """True when the labels of ``row`` are group labels written out in every cell
    (``Identification | Identification | Assessment | Assessment``, unmerged): at most
    half as many different labels as cells, each label's cells side by side (round 12)."""
    texts = [cell_text(grid.value(row, c)).casefold() for c in cols]
    if len(texts) < 4 or len(set(texts)) * 2 > len(texts):
        return False
    runs = [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1]]
    return len(runs) == len(set(runs))


def _sub_row(grid: Grid, row: int, first: int, last: int) -> bool:
    """True when ``row`` holds sub-labels under horizontally merged header blocks."""
    cols = grid.nonblank_cols(row, first, last)
    if len(cols) < 2 or not all(is_label(grid.value(row, c)) for c in cols):
        return False
    under_merge = sum(
        1
        for c in cols
        if grid.merged_origin(row - 1, c) is not None or grid.merged_span(row - 1, c)
    )
    if under_merge == 0 and marks_under_dates(grid, row, cols):
        return True
    return under_merge >= max(2, len(cols) // 2) and len(cols) < len(
        grid.nonblank_cols(row - 1, first, last)
    ) + len(cols)


def marks_under_dates(grid: Grid, row: int, cols: list[int]) -> bool:
    """Round 35 (t38c): month DATE cells typed once, nothing merged, each over the same run
    of labels (``Jan-26`` in B4 over ``Bud | Act`` in B5:C5, ``Feb-26`` in D4 over
    ``Bud | Act``): the labels' row is the header's second tier, as under merged months.
    Two runs or more, each starting under a date with blanks over the rest, all of one
    width (the last may stop early) and the same labels in the same order."""
    runs: list[list[str]] = []
    for c in cols:
        above = grid.value(row - 1, c)
        text = cell_text(grid.value(row, c)).strip().casefold()
        if isinstance(above, date):
            runs.append([text])
        elif is_blank(above) and runs and c - 1 in cols:
            runs[-1].append(text)
        else:
            return False
    if len(runs) < 2 or len(runs[0]) < 2 or len(set(runs[0])) < 2:
        return False
    return all(r == runs[0] for r in runs[:-1]) and runs[-1] == runs[0][: len(runs[-1])]


def _unlabelled_edges(
    grid: Grid,
    row: int,
    first: int,
    last: int,
    data: list[int],
    cells: list[HeaderCell],
    taken: list[tuple[int, int, int, int]],
    sub: int | None = None,
) -> tuple[int, int]:
    """Take in a column just left or right of the header that has no header but values in
    most rows (a row number, a group label): reported as "(no header)", never lost. Round
    21: when the header's groups stand over a sub-row (``Planned (€)`` merged over the cost
    lines), that column's label on the sub-row is its header (``Month`` under nothing)."""
    if len(data) < 2:
        return first, last
    for side in (-1, 1):
        col = first - 1 if side < 0 else last + 1
        if col < 1 or col > grid.n_cols or not is_blank(grid.filled(row, col)):
            continue
        if any(lo <= col <= hi and top <= data[0] <= bot for top, bot, lo, hi in taken):
            continue
        filled = sum(1 for r in data if not is_blank(grid.filled(r, col)))
        if filled * 2 < len(data):
            continue
        label = grid.value(sub, col) if sub is not None else None
        cell = (
            HeaderCell(col, cell_text(label), value=label)
            if label is not None and is_label(label)
            else HeaderCell(col, "")
        )
        if side < 0:
            first = col
            cells.insert(0, cell)
        else:
            last = col
            cells.append(cell)
    return first, last


def _rows_below(grid: Grid, row: int, first: int, last: int, n: int) -> bool:
    """True when the ``n`` rows under ``row`` hold values in the columns."""
    return all(not grid.row_is_blank(r, first, last) for r in range(row + 1, row + n + 1))


#: Signs that are the first half of a header written over two rows (``%`` over
#: ``Complete``, round 24's last hour): no label alone, a header with the word under them.
HALF_SIGNS = ("%",)


#: A rate written as text under its label (``VAT @`` over ``23%``, ``Retention`` over
#: ``5 %``): round 35, a fee tracker's header wrapped over two rows lost the whole tracker
#: on ``VAT`` over ``8.1%``.
_RATE = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%")

#: Round 38 (px43): a currency written alone under its label, by its mark or its code in
#: capitals (``Budget`` over ``£``, ``Actual`` over ``EUR``): the amounts' unit, as ``(£)``
#: is. A code in lower case is a word (``top``, ``all``), not a currency.
_MONEY_MARK = re.compile(rf"^(?:[£$€¥₹]|{CURRENCY_CODES.upper()})$")


def _half_label(value: CellValue) -> bool:
    """True for a header's half that is no label alone: a unit in brackets (``(%)``,
    ``(1-5)``), a sign of :data:`HALF_SIGNS`, a rate written as text (:data:`_RATE`), or a
    currency's mark or code alone (:data:`_MONEY_MARK`)."""
    text = str(value).strip() if isinstance(value, str) else ""
    return (
        bool(re.fullmatch(r"\(.*\)", text) or _RATE.fullmatch(text) or _MONEY_MARK.fullmatch(text))
        or text in HALF_SIGNS
    )


def _year_of(value: CellValue) -> int | None:
    """The year a cell under a period label writes (``26``, ``2026``, typed as a number or
    a text), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip() if isinstance(value, str | int) else ""
    return int(text) if re.fullmatch(r"(?:19|20)?\d{2}", text) else None


def _year_under_period(upper: CellValue, lower: CellValue) -> bool:
    """Whether ``lower`` is the year of the period label ``upper`` written over two rows
    without a merge (round 28): a month's name over ``26`` or ``2026`` reads as the period
    ``Jan 26``. A number under anything else (``Stage`` over ``2``) is no year."""
    year = _year_of(lower)
    if year is None or not isinstance(upper, str):
        return False
    return is_axis(upper) and is_axis(f"{upper.strip()} {year}")


def _one_calendar(years: Iterable[int]) -> bool:
    """Whether the years under a run of periods, left to right, are one year or two in a
    row (a run across a year end): ``26 26 26`` or ``25 25 26``. Figures that change
    otherwise (``20 21 19``: days in each month) are a row's amounts, no years."""
    seen = list(years)
    return all(0 <= b - a <= 1 for a, b in pairwise(seen)) and len(set(seen)) <= 2


def _split_header(grid: Grid, upper: int, lower: int, cells: list[HeaderCell]) -> bool:
    """Fold a header written over two rows without merges ("Risk" over "ID", "Probability"
    over "(1-5)") into ``cells`` when reading both rows together says more than either.

    Both rows must hold only short labels; the joined texts must match at least one more
    standard column than the row alone, or tell apart labels repeated in one row.
    """
    if upper < 1 or lower > grid.n_rows:
        return False
    cols = [c.col for c in cells]
    top = [grid.value(upper, c) for c in cols]
    bottom = [grid.value(lower, c) for c in cols]
    # round 28: a period's year under its name (``Jan`` over ``26``) is the label's half
    years = {c for c, t, b in zip(cols, top, bottom, strict=True) if _year_under_period(t, b)}
    if not _one_calendar(_year_of(grid.value(lower, c)) or 0 for c in sorted(years)):
        years = set()  # figures that change across the months are a row's amounts
    # round 36 (px39): a run of month dates on the lower row under blank upper cells
    # (``Fee`` over ``stage``, then ``01/01/2026 | 01/02/2026 | ..`` under nothing): the
    # months axis of a header wrapped over two rows
    months = _month_dates_under_blanks(cols, top, bottom)
    for values in (top, bottom):
        filled = [v for c, v in zip(cols, values, strict=True) if not is_blank(v)]
        if len(filled) < 2 or not all(
            (isinstance(v, str) and len(v) <= 40) or c in years or c in months
            for c, v in zip(cols, values, strict=True)
            if not is_blank(v)
        ):
            return False
        if not all(
            is_label(v) or _half_label(v) or c in years or c in months
            for c, v in zip(cols, values, strict=True)
            if not is_blank(v)
        ):
            return False
    joined = [
        " ".join(cell_text(v) for v in pair if not is_blank(v))
        for pair in zip(top, bottom, strict=True)
    ]
    on_top = cells[0].text == cell_text(top[0])  # the header row found is the upper one
    alone = [cell_text(v) for v in top] if on_top else [cell_text(v) for v in bottom]
    gain = _vocabulary([j for j in joined if j]) - _vocabulary([a for a in alone if a])
    grouped = _group_over_gap(top, bottom)
    if grouped:
        # round 31: a group label written once over its sub-labels, the header cells
        # right of it empty (``Score`` over ``L | I | Total``): the sub-labels are the
        # fields (the group's name alone says less than its parts)
        fields = [
            cell_text(b) if not is_blank(b) else cell_text(t)
            for t, b in zip(top, bottom, strict=True)
        ]
        gain = max(
            gain, _vocabulary([x for x in fields if x]) - _vocabulary([a for a in alone if a])
        )
    repeated = [a for a in alone if a]
    duplicates = len(repeated) != len({a.casefold() for a in repeated})
    distinct_after = len({j.casefold() for j in joined if j}) == len([j for j in joined if j])
    # round 28: two periods or more whose years stand under their names say the two rows
    # are one header, when the other labels read better together (``Cost`` over
    # ``Centre``), or each lower one is a header's word or a wrapped header's lower-case
    # rest (``Cost`` over ``line``), or none is filled; a line's name beside them
    # (``Hosting`` over ``10 10 10``, a first item whose amounts are alike) is a data row
    others = [
        b
        for c, b in zip(cols, bottom, strict=True)
        if c not in years and c not in months and not is_blank(b)
    ]
    header_words = all(
        isinstance(b, str) and (b.strip()[:1].islower() or _vocabulary([b]) > 0) for b in others
    )
    # round 35 (px37a): years written in full (``Jan`` over ``2026``) are a period's half,
    # never an item's amounts alike by chance, so the labels beside them need not read
    # better joined (``Control`` over ``Account``, ``Cost`` over ``Set``)
    full_years = all(
        re.fullmatch(r"(?:19|20)\d{2}", cell_text(grid.value(lower, c)).strip()) for c in years
    )
    by_years = len(years) >= 2 and (gain > 0 or header_words or full_years)
    if (
        months
        and others
        and all(isinstance(b, str) and (b.strip()[:1].islower() or _half_label(b)) for b in others)
    ):
        # every other lower label the rest of the one above it (``stage``, ``(ex GST)``,
        # ``invoiced``): the rows are one header, the months under nothing its axis
        gain = max(gain, 1.0)
    if duplicates and distinct_after and gain < 0:
        # round 35 (px37a): labels repeated in the lower row (``Hours | Hours | Cost |
        # Cost``) that the upper row tells apart as standard columns (``Budget`` and
        # ``Actual`` over them) are one header, even where a one-word label beside them
        # reads a little less certainly joined (``Project`` over ``Task``): the gain is
        # counted over the repeated columns alone
        counts = Counter(a.casefold() for a in alone if a)
        twice = [i for i, a in enumerate(alone) if a and counts[a.casefold()] > 1]
        if _vocabulary([joined[i] for i in twice]) - _vocabulary([alone[i] for i in twice]) >= 1.0:
            gain = 0.0
    under = [b for t, b in zip(top, bottom, strict=True) if not is_blank(t)]
    if len(under) >= 2 and all(re.fullmatch(r"\(.*\)", cell_text(b).strip()) for b in under):
        # round 36 (px40): a bracketed unit under every upper label (``Blended rate`` over
        # ``($/hr)``, ``Fees`` over ``($)``) is each label's lower half: one header
        gain = max(gain, 1.0)
    if duplicates and distinct_after and gain < 0 and _reads_only_joined(alone, joined):
        # round 36 (px40): labels repeated in one row (``Project | Project``) that the
        # other tells apart (``ID | Task``), and a column that reads only joined
        # (``Financial`` over ``Period``): the rows are one header, even where phrases
        # joined read less than their upper words (``Account Group``)
        gain = 0.0
    if gain < 1.0 and not on_top and _lower_case_rests(top, bottom):
        # round 37 (px42): capitalised labels over the lower-case rest of each phrase
        # (``Client`` over ``dependency``, ``Needed`` over ``by``) above a header that
        # writes its own labels capitalised (``Status`` under nothing): one header wrapped
        # over two rows, even where the rests alone read more (``owner``)
        gain = 1.0
    if distinct_after and gain < 0 and _halves_under_repeats(top, bottom):
        # round 37 (px42): an upper row that repeats a label (``Invoice | Invoice``) over
        # the words that tell its columns apart (``No. | date``), every lower cell under a
        # label its half (a header's word, a lower-case rest, a unit or a rate): the rows
        # are one header, even where the upper row alone reads more (``PO`` over ``No.``)
        gain = 0.0
        duplicates = True
    if distinct_after and gain < 0 and not on_top and _halves_over_repeats(top, bottom):
        # round 38 (px43): the header found repeats a label (``Costs | Costs``,
        # ``valuation | valuation``) that the row above tells apart (``Committed`` and
        # ``Actual`` over them), every cell under an upper label its half: the rows are one
        # header wrapped over two, even where the lower row alone reads more (``No.``,
        # ``date`` under ``Val``, ``Valuation``)
        gain = 0.0
        duplicates = True
    if not by_years and gain < 1.0 and not (duplicates and distinct_after and gain >= 0):
        # round 35: the upper row blank over the lower row's labels beside it (``Month |
        # Workstream`` under nothing, ``Budget`` over ``(CHF ex VAT)`` right of them): the
        # lower row is the whole header, and what its edge labels name counts too
        gain += _vocabulary(_lower_edge_labels(grid, upper, lower, cols))
    if not by_years and gain < 1.0 and not (duplicates and distinct_after and gain >= 0):
        return False
    group_over = ""
    for cell, top_value, bottom_value in zip(cells, top, bottom, strict=True):
        upper_text, lower_text = cell_text(top_value), cell_text(bottom_value)
        if grouped:
            # the group written once stands over the empty header cells right of it
            group_over = upper_text or (group_over if lower_text else "")
            upper_text = group_over if lower_text else upper_text
        if by_years and upper_text and lower_text:
            # one label per column, as the periods show the row was written: ``Jan 26``
            # read as the axis reads it, ``Cost Centre`` as one phrase
            lower_text = str(_year_of(bottom_value) or lower_text)
            cell.group, cell.text, cell.split = "", f"{upper_text} {lower_text}", False
            cell.value = cell.text
            continue
        cell.group = upper_text if lower_text else ""
        cell.text = lower_text or upper_text
        cell.value = bottom_value if lower_text else top_value
        # (a group written once over its sub-labels is a group, not one phrase's half)
        cell.split = bool(cell.group) and not grouped
    return True


def _lower_case_rests(top: list[CellValue], bottom: list[CellValue]) -> bool:
    """Round 37 (px42): whether ``bottom`` is the lower-case rest of the capitalised labels
    of ``top`` in a header that capitalises its labels: every cell of ``bottom`` under a
    label of ``top`` begins in lower case (``dependency``, ``by``) or is a sign or unit
    (``#``, ``(NZD)``), two at least begin in lower case, every label of ``top`` begins in
    capitals, and ``bottom`` writes a label of its own in capitals (``Status`` under
    nothing, a label over both rows; or a capitalised half). A header written all in lower
    case (an export's ``id | title | owner``) says nothing by its case."""
    pairs = [(t, b) for t, b in zip(top, bottom, strict=True) if not is_blank(t)]
    if not pairs or not all(isinstance(t, str) and t.strip()[:1].isupper() for t, _ in pairs):
        return False
    rests = 0
    for _, b in pairs:
        text = b.strip() if isinstance(b, str) else ""
        if text[:1].islower():
            rests += 1
        elif not (_half_label(text) or text in ("#", "№")):
            return False
    capitals = [b for b in bottom if isinstance(b, str) and b.strip()[:1].isupper()]
    return rests >= 2 and bool(capitals)


def _halves_under_repeats(top: list[CellValue], bottom: list[CellValue]) -> bool:
    """Round 37 (px42): whether ``top`` repeats a label in two cells side by side
    (``Invoice | Invoice``) and every cell of ``bottom`` under a label of ``top`` is that
    label's lower half: a header's word alone (``No.``, ``date``), a lower-case rest
    (``item``, ``tax``), a unit in brackets or a rate (:func:`_half_label`). An item's row
    under such labels (``INV-0042 | Consulting``) writes values, no halves."""
    texts = [cell_text(t).strip().casefold() for t in top]
    if not any(a and a == b for a, b in pairwise(texts)):
        return False
    under = [b for t, b in zip(top, bottom, strict=True) if not is_blank(t)]
    return all(
        isinstance(b, str)
        and (b.strip()[:1].islower() or label_vocabulary(b.strip()) > 0 or _half_label(b))
        for b in under
    )


def _halves_over_repeats(top: list[CellValue], bottom: list[CellValue]) -> bool:
    """Round 38 (px43): whether ``bottom`` repeats a label (``Costs | Costs``) under upper
    labels that tell its cells apart (``Committed`` over one, ``Actual`` over the other),
    and every cell of ``bottom`` under a label of ``top`` is that label's lower half: a
    header's word alone (``Code``, ``Title``), a lower-case rest (``date``, ``package``),
    a unit or a rate (:func:`_half_label`). The mirror of :func:`_halves_under_repeats`."""
    lower = [cell_text(b).strip().casefold() for b in bottom]
    upper = [cell_text(t).strip().casefold() for t in top]
    repeated = {b for b in lower if b and lower.count(b) > 1}
    if not repeated:
        return False
    for label in repeated:
        over = [u for u, b in zip(upper, lower, strict=True) if b == label]
        if not all(over) or len(set(over)) != len(over):
            return False  # a repeat no upper label tells apart
    under = [b for t, b in zip(top, bottom, strict=True) if not is_blank(t)]
    return all(
        isinstance(b, str)
        and (b.strip()[:1].islower() or label_vocabulary(b.strip()) > 0 or _half_label(b))
        for b in under
    )


def _month_dates_under_blanks(
    cols: list[int], top: list[CellValue], bottom: list[CellValue]
) -> set[int]:
    """Round 36 (px39): the columns whose lower cell is a date under a blank upper cell,
    when there are two or more and they are the same day of consecutive months, left to
    right (an axis of months, not a first item's dates); else the empty set."""
    dated: list[tuple[int, date]] = [
        (c, b)
        for c, t, b in zip(cols, top, bottom, strict=True)
        if is_blank(t) and isinstance(b, date)
    ]
    if len(dated) < 2:
        return set()
    for (_, a), (_, b) in pairwise(dated):
        if (b.year * 12 + b.month) - (a.year * 12 + a.month) != 1 or a.day != b.day:
            return set()
    return {c for c, _ in dated}


def _lower_edge_labels(grid: Grid, upper: int, lower: int, cols: list[int]) -> list[str]:
    """The labels of the ``lower`` row next to ``cols`` (left and right, up to a blank)
    under which the ``upper`` row is blank: a header wrapped over two rows whose one-word
    headers stand on the lower row alone (round 35)."""
    out: list[str] = []
    for step, start in ((-1, min(cols) - 1), (1, max(cols) + 1)):
        col = start
        while 1 <= col <= grid.n_cols and is_blank(grid.value(upper, col)):
            below = grid.value(lower, col)
            if not is_label(below) or grid.merged_origin(lower, col) is not None:
                break
            out.append(cell_text(below))
            col += step
    return out


def _group_over_gap(top: list[CellValue], bottom: list[CellValue]) -> bool:
    """Round 31: whether a header over two rows, nothing merged, writes a group label once
    over its sub-labels (``Score`` over ``L | I | Total``, round 30's worn register): a
    label over a sub-label, the header cells right of it empty over a sub-label each, and
    every other label standing alone over both rows (nothing under it). A header whose
    lower row fills under labels elsewhere too (a first item) is not one."""
    pairs = list(zip(top, bottom, strict=True))
    starts = [
        i
        for i, (t, b) in enumerate(pairs)
        if not is_blank(t)
        and not is_blank(b)
        and i + 1 < len(pairs)
        and is_blank(pairs[i + 1][0])
        and not is_blank(pairs[i + 1][1])
    ]
    if not starts:
        return False
    covered: set[int] = set()
    for i in starts:
        covered.add(i)
        j = i + 1
        while j < len(pairs) and is_blank(pairs[j][0]) and not is_blank(pairs[j][1]):
            covered.add(j)
            j += 1
    return all(is_blank(b) for i, (_, b) in enumerate(pairs) if i not in covered)


def _months_under_groups(grid: Grid, row: int, cells: list[HeaderCell]) -> bool:
    """Round 36 (t42c): the row under the header holds only month dates (each the first
    of its month), two or more, each under a label of the header merged across several
    columns (``Budget`` merged over B4:E4 and ``Actual`` over F4:I4, ``Jan-26 | Feb-26``
    typed as dates in row 5): the header's second tier, as labels under merged blocks
    are (``_sub_row``, which takes labels only). A row of dates with anything else in it
    (a line's name, an amount), or whose dates stand under unmerged labels, is data."""
    below = row + 1
    if below > grid.n_rows:
        return False
    dates = 0
    for cell in cells:
        value = grid.value(below, cell.col)
        if is_blank(value):
            continue
        if not isinstance(value, date) or value.day != 1:
            return False
        span = grid.merged_origin(row, cell.col) or grid.merged_span(row, cell.col)
        if span is None:
            return False
        dates += 1
    return dates >= 2


def _dated_sub_row(grid: Grid, row: int, cells: list[HeaderCell]) -> bool:
    """True when the row under the header holds only dates, rising, three or more, each
    under a label of the header (round 16): a cash flow forecast's ``Month 1 | Month 2``
    over the month-end dates of its valuations, a programme's ``Week 1`` over its Mondays,
    a plan's ``Q1`` over its quarter ends. The labels count periods from the start; the dates
    say which. A row of dates with anything else in it (a line's name, an amount), or under
    labels of different shapes, is data."""
    below = row + 1
    if below > grid.n_rows:
        return False
    dates: list[date] = []
    shapes: set[str] = set()
    for cell in cells:
        value = grid.value(below, cell.col)
        if is_blank(value):
            continue
        if not isinstance(value, date) or not re.search(r"\d", cell.text):
            return False
        dates.append(value)
        shapes.add(re.sub(r"\d+", "#", cell.text.casefold()))
    # the labels count one kind of period (``Month 1``, ``Month 2``: one shape, numbered):
    # a milestone's ``Baseline | Forecast | Actual`` over its dates is a header and its data
    return len(dates) >= 3 and len(shapes) == 1 and all(a < b for a, b in pairwise(dates))


def _tall_labels(
    grid: Grid, row: int, first: int, last: int, cells: list[HeaderCell]
) -> tuple[int, int]:
    """Take in the labels merged down both rows of a two-row header at its edges
    (``Status`` and ``Next Steps`` over rows 5-6 beside ``Dates`` over ``Raised | Due``):
    the field row has nothing in those columns, so it alone ends the table early (round 6).
    Since round 32 also a label typed on the upper row only, unmerged, with values under
    it, right beside the group row's labels (``Cost line`` beside ``Jan-26`` over ``Plan |
    Actual``)."""

    def tall(col: int, inner: int) -> bool:
        span = grid.merged_span(row - 1, col)
        if not is_label(grid.value(row - 1, col)):
            return False
        if span is not None:
            return span[2] >= row and span[1] == span[3]
        # round 32: or typed on the upper row only, nothing merged, nothing under it in the
        # field row and values under it (``Cost line`` beside the months over ``Budget |
        # Actual``): the column's own label, as a merge down both rows would show it; the
        # group row goes on right beside it (a title standing alone over the edge is none)
        return (
            not is_blank(grid.filled(row - 1, inner))
            and grid.merged_origin(row - 1, col) is None
            and is_blank(grid.value(row, col))
            and grid.merged_origin(row, col) is None
            and row + 1 <= grid.n_rows
            and not is_blank(grid.value(row + 1, col))
        )

    col = last + 1
    while col <= grid.n_cols and tall(col, col - 1):
        value = grid.value(row - 1, col)
        cells.append(HeaderCell(col, cell_text(value), value=value))
        last = col
        col += 1
    col = first - 1
    while col >= 1 and tall(col, col + 1):
        value = grid.value(row - 1, col)
        cells.insert(0, HeaderCell(col, cell_text(value), value=value))
        first = col
        col -= 1
    return first, last


def _split_edges(
    grid: Grid, upper: int, first: int, last: int, cells: list[HeaderCell]
) -> tuple[int, int]:
    """Widen a header split over two rows without merges to every column its LOWER row
    labels, next to the columns already read (round 24's last hour). The upper row holds a
    word only over the headers of two words or more (``Risk`` over ``ID``, ``Due`` over
    ``Date``) and is blank over a header of one word (``Cause``, ``Owner``), so it alone
    breaks into pieces and ends the table early; the lower row is whole."""
    lower = upper + 1

    def cell(col: int) -> HeaderCell | None:
        below, above = grid.value(lower, col), grid.value(upper, col)
        if grid.merged_origin(lower, col) is not None or not (
            is_label(below) or (is_label(above) and _half_label(below))
        ):
            return None  # a word below, or ``(%)`` under ``Probability``
        if not is_blank(above) and not is_label(above):
            return None
        group = cell_text(above)
        return HeaderCell(col, cell_text(below), group=group, value=below, split=bool(group))

    col = first - 1
    while col >= 1 and (new := cell(col)) is not None:
        cells.insert(0, new)
        first = col
        col -= 1
    col = last + 1
    while col <= grid.n_cols and (new := cell(col)) is not None:
        cells.append(new)
        last = col
        col += 1
    return first, last


def _fold_tiers(
    grid: Grid, row: int, first: int, last: int, cells: list[HeaderCell]
) -> tuple[list[int], int]:
    """Fold group labels above, sub-labels below, or a header split over two rows into
    ``cells``; returns the header rows used and the first body row."""
    header_rows_used = [row]
    n_fields = sum(1 for c in cells if c.text)
    # round 28's last hour: a printed page's foot right above a header (``COMMERCIAL IN
    # CONFIDENCE | Printed 26/11/2026 | Page 1 of 2``) is no tier of it
    page_foot = page_line(grid.row_values(row - 1, first, last)) is not None if row > 1 else False
    if not page_foot and _group_row(grid, row - 1, first, last, n_fields):
        header_rows_used.insert(0, row - 1)
        for cell in cells:
            above = grid.filled(row - 1, cell.col)
            cell.group = cell_text(above)
            if not cell.text and cell.group:
                cell.text, cell.group = cell.group, ""
            elif isinstance(above, date) and isinstance(cell.value, str):
                cell.value = above  # a month's date over its measure: the column's month
            elif cell.group and cell.text:
                cell.split = _one_phrase(grid, row - 1, cell.col)
    body_start = row + 1
    if _translation_below(grid, row, cells):
        # round 27: the header written again in another language (English over French)
        header_rows_used.append(row + 1)
        body_start = row + 2
    elif _sub_row(grid, row + 1, first, last):
        header_rows_used.append(row + 1)
        for cell in cells:
            sub = cell_text(grid.value(row + 1, cell.col))
            if sub:
                cell.group, cell.text = cell.text, sub
        body_start = row + 2
    elif _months_under_groups(grid, row, cells) or _dated_sub_row(grid, row, cells):
        # round 36 (t42c): ``Budget`` merged over ``Jan-26 | Feb-26`` typed as dates; round
        # 16: the dates of relative periods (``Month 1`` over ``31/01/2026``)
        header_rows_used.append(row + 1)
        for cell in cells:
            sub = grid.value(row + 1, cell.col)
            if isinstance(sub, date):
                cell.group, cell.text, cell.value = cell.text, cell_text(sub), sub
        body_start = row + 2
    elif len(header_rows_used) == 1 and _split_header(grid, row, row + 1, cells):
        header_rows_used.append(row + 1)
        body_start = row + 2
    elif len(header_rows_used) == 1 and not page_foot and _split_header(grid, row - 1, row, cells):
        header_rows_used.insert(0, row - 1)
    return header_rows_used, body_start


def _translation_below(grid: Grid, row: int, cells: list[HeaderCell]) -> bool:
    """Fold the row under the header into ``cells`` when it is the header's translation
    (round 27, ``translated_header.py``): each column's two labels become one bilingual
    cell, read as ``bilingual.py`` reads two lines of one cell."""
    if row + 1 > grid.n_rows:
        return False
    upper = [grid.value(row, c.col) for c in cells]
    lower = [grid.value(row + 1, c.col) for c in cells]
    if not translated(upper, lower, is_label):
        return False
    for cell, top, bottom in zip(cells, upper, lower, strict=True):
        if is_blank(top) and is_blank(bottom):
            continue
        cell.value = joined(top, bottom)
        cell.text = cell_text(cell.value)
    return True


#: What a header row named by Excel's records weighs (round 11): as much as a title naming
#: the register, so it ranks above a title block's label strip and a text table's rows.
RECORDED_HEADER = 2.0


#: Two labels make a header only when both are register columns: their vocabulary (the
#: sum of each label's best reading) reaches this (a ``Key | Meaning`` strip does not).
TWO_LABELS_VOCABULARY = 1.9


def heads_a_table(block: TableBlock) -> bool:
    """Whether ``block``'s header row would head a table of its own by :func:`find_tables`'
    rule: three labels or more, or two that both read as register columns (round 25: a
    key cut from under a register is listed as a table only when it would be one alone)."""
    texts = [c.text for c in block.headers if c.text and is_label(c.value)]
    return len(texts) >= 3 or (len(texts) == 2 and block.vocabulary >= TWO_LABELS_VOCABULARY)


def find_tables(grid: Grid, recorded: Mapping[int, bool] | None = None) -> list[TableBlock]:
    """Every table-like block on the sheet, top to bottom, left to right.

    ``recorded``: rows Excel's own records name as a header -> whether the record stands
    on the row itself (an autofilter's first row, the last print-title row) rather than
    under it (the last row above frozen panes); :mod:`addin.adopt.sheet_xml`. Such a row
    of two or more different labels (and, for frozen panes, labels in half its cells at
    least) is weighed as a header by :data:`RECORDED_HEADER` more, and is one even with
    few known words or one row under it; a row that is no header by its cells (a title,
    blanks) is not made one."""
    recorded = recorded or {}
    candidates_by_row: list[tuple[float, int, int, int, list[HeaderCell]]] = []
    previous: tuple[int, set[int]] = (0, set())  # labels of the row above when it was a candidate
    # round 24: a text table's last row (or header) before a section title row, kept across
    # the title (and a blank row), with whether that row was taken as a header candidate
    section: tuple[int, set[int], bool] | None = None
    header_rows: set[int] = set()
    for row in range(1, grid.n_rows + 1):
        labels, axis, nonblank = _row_profile(grid, row)
        labels = sorted([*labels, *_units_under_labels(grid, row, labels)])
        header_like = sorted(set(labels) | set(axis))
        named = row in recorded and _distinct_labels(grid, row, labels, recorded[row])
        if len(header_like) < 2 or (len(header_like) < 0.7 * nonblank and not named):
            # the row as a whole is no header; a block of it beside other content (a heat
            # map's numbers, a chart's data, a key) may still be one (round 5)
            header_like = _header_blocks(grid, row, labels, axis)
            labels = [c for c in labels if c in header_like]
        if len(header_like) < 2:
            if nonblank <= 1 and previous[1] and section is None:
                section = (previous[0], previous[1], previous[0] in header_rows)
            elif nonblank > 1 or (section is not None and row - section[0] > SECTION_GAP):
                section = None
            previous = (row, set())
            continue
        colon = _pair_labels(grid, row, labels)
        above_row, above_labels = previous
        if section is not None and not above_labels and _section_item(grid, row, labels, section):
            above_row, above_labels = row - 1, section[1]
        section = None
        previous = (row, set(labels))
        if _field_codes_over_titles(grid, row, labels):
            previous = (row, set())  # the titles below are the header (round 13)
            continue
        if colon * 2 >= len(labels) + len(set(axis) - set(labels)):
            continue  # "Project Name:" label/value pairs, not a header
        if (
            above_row == row - 1
            and len(above_labels & set(labels)) >= len(labels) * 0.8
            and len(above_labels) >= len(labels)
            and not _repeated_groups(grid, above_row, sorted(above_labels))
            and not (
                # round 36 (px39): labels over labels, the months under blank cells of the
                # row above: a header wrapped over two rows (a row of dates alone is not)
                above_labels
                and labels
                and _month_dates_under_blanks(
                    axis,
                    [grid.value(above_row, c) for c in axis],
                    [grid.value(row, c) for c in axis],
                )
            )
        ):
            continue  # another row of a text table whose header is above
        for first, last in _segments(header_like, grid, row):
            last = _merge_end(grid, row, last)  # a merged last header covers more columns
            cells = _header_cells(grid, row, first, last)
            texts = [
                c.text
                for c in cells
                if c.text and is_label(c.value) and grid.merged_origin(row, c.col) is None
            ]
            n_axis = sum(
                1 for c in cells if is_axis(c.value) and grid.merged_origin(row, c.col) is None
            )
            if len(texts) + n_axis < 2:
                continue
            vocab = _vocabulary(texts) + min(3.0, 0.5 * n_axis)
            if named:
                vocab += RECORDED_HEADER
            elif len(texts) + n_axis == 2 and (
                vocab < TWO_LABELS_VOCABULARY or not _rows_below(grid, row, first, last, 2)
            ):
                continue  # two labels make a header only when both are register columns
            candidates_by_row.append((vocab, row, first, last, cells))
            header_rows.add(row)

    candidates_by_row = _without_data_rows(grid, candidates_by_row)
    blocks: list[TableBlock] = []
    taken: list[tuple[int, int, int, int]] = []  # (top, bottom, first, last) of accepted tables
    # strongest vocabulary first: the real header beats KPI cards and project-detail strips
    for vocab, row, first, last, cells in sorted(candidates_by_row, key=lambda c: (-c[0], c[1])):
        if any(top <= row <= bot and not (last < lo or first > hi) for top, bot, lo, hi in taken):
            continue
        header_rows_used, body_start = _fold_tiers(grid, row, first, last, cells)
        if header_rows_used[0] == row - 1:
            first, last = _tall_labels(grid, row, first, last, cells)
            if any(c.split for c in cells):
                first, last = _split_edges(grid, row - 1, first, last, cells)
        elif header_rows_used == [row, row + 1] and body_start == row + 2:
            first, last = _split_edges(grid, row, first, last, cells)
        if len(header_rows_used) == 2:
            # round 32: a group written once over its run, nothing merged
            upper = header_rows_used[0]
            runs = _groups_written_once(grid, upper, cells)
            for cell in cells:
                if cell.col in runs:
                    cell.group, cell.split = runs[cell.col], False
                    cell.carried = is_blank(grid.value(upper, cell.col))
                    start = max(c for c in runs if c <= cell.col and grid.value(upper, c))
                    if isinstance(grid.value(upper, start), date) and (
                        isinstance(cell.value, str) or cell.value is None
                    ):
                        cell.value = grid.value(upper, start)  # the run's month
        stops = {
            rr
            for v, rr, ff, ll, _ in candidates_by_row
            if rr >= body_start
            and not (ll < first or ff > last)
            and (
                v >= 4
                or (v >= 2 and grid.row_is_blank(rr - 1, first, last))
                or (v >= 2 and _under_section_heading(grid, rr, first, last, body_start))
                or (_under_page_line(grid, rr) and _next_block_header(grid, rr, cells))
            )
        }
        end = _data_end(grid, body_start - 1, first, last, stops)
        if any(
            not (end < top or min(header_rows_used) > bot) and not (last < lo or first > hi)
            for top, bot, lo, hi in taken
        ):
            continue  # overlaps a table already found
        data = [r for r in range(body_start, end + 1) if not grid.row_is_blank(r, first, last)]
        sub = row + 1 if row + 1 in header_rows_used else None
        first, last = _unlabelled_edges(grid, row, first, last, data, cells, taken, sub)
        if vocab < 2 and len(data) < 2 and not _one_row_totalled(grid, data, cells):
            continue  # a strip of labels, not a table
        if (
            len(data) <= 1
            and vocab < 6
            and all(
                is_blank(v) or parse_number(v) is not None
                for r in data
                for v in grid.row_values(r, first, last)
            )
        ):
            continue  # KPI cards: labels over one row of counts
        guidance = []
        r = body_start
        while r <= end and is_guidance_row(grid, r, first, last, cells):
            guidance.append(r)
            r += 1
        block = TableBlock(
            sheet=grid.name,
            header_row=row,
            first_col=first,
            last_col=last,
            first_data_row=body_start,
            last_data_row=end,
            headers=cells,
            header_rows=tuple(header_rows_used),
            guidance_rows=guidance,
            vocabulary=vocab,
        )
        blocks.append(block)
        taken.append((min(header_rows_used), max(end, row), first, last))

    blocks.sort(key=lambda b: (b.header_row, b.first_col))
    for index, block in enumerate(blocks):
        above = max(
            (b.last_data_row for b in blocks[:index] if b.last_data_row < block.header_row),
            default=0,
        )
        top = min(block.header_rows)
        for r in range(above + 1, top):
            for c in range(1, grid.n_cols + 1):
                text = cell_text(grid.value(r, c))
                if text:
                    block.preamble.append((r, c, text))
        if top - 1 > above:
            _dates_over_counted_periods(grid, block, top - 1)
        take_dated_labels(block)  # round 26: ``neb/ric 05/01/2026`` across, a week apart
        take_numbered_months(block)  # round 37 (t45d): ``Draw 4 / 01/31/2026``, monthly
    return blocks


#: The most a row's total may differ from the sum of its other amounts (rounding).
TOTAL_ACROSS_TOLERANCE = 0.005


def _one_row_totalled(grid: Grid, data: list[int], cells: list[HeaderCell]) -> bool:
    """Round 37 (rx38): one row under a header whose column headed as a total
    (``Total``, ``Summe``, ``Celkem``: ``total_rows.is_total_label``) holds the sum of the
    row's other amounts (two or more) is a table's first row, not a strip of labels over
    a value: a person sees the row summed across. A header of words no vocabulary holds
    (``Virke | Tak | VVS | Summe``) over one month booked so far was not found at all."""
    from addin.adopt.total_rows import is_total_label

    if len(data) != 1:
        return False
    row = data[0]
    totals = [c.col for c in cells if c.text and is_total_label(c.text)]
    if len(totals) != 1:
        return False
    total = parse_number(grid.value(row, totals[0]))
    others = [
        n
        for c in cells
        if c.col != totals[0]
        and not isinstance(grid.value(row, c.col), (date, datetime, bool))
        and (n := parse_number(grid.value(row, c.col))) is not None
    ]
    if total is None or len(others) < 2:
        return False
    return abs(sum(others) - total) <= TOTAL_ACROSS_TOLERANCE * max(1.0, abs(total))


def _under_page_line(grid: Grid, row: int) -> bool:
    """Whether the header candidate on ``row`` (or the tier of labels right over it) stands
    under a printed page's line (``Page 2 of 2``): round 28's last hour. A printout writes
    the header again at each page break, a tier of ``Actual`` / ``Forecast`` over it too,
    so the row above the header is not blank and the rows above ran on into the next
    page's block, which then overlapped the table found there and was lost unlisted. A
    page line starts a page: a header of its own under it (new months, new columns) ends
    the table above, as a blank row does; the same header written again does not, nor does
    an item (:func:`_next_block_header`: the table goes on, round 28's ``header_repeated``)."""
    for above in (row - 1, row - 2):
        if above < 1:
            return False
        values = grid.row_values(above)
        if page_line(values) is not None:
            return True
        if not any(cell_text(v).strip() for v in values) or above == row - 2:
            return False
    return False


def _next_block_header(grid: Grid, row: int, cells: list[HeaderCell]) -> bool:
    """Whether ``row`` is the next printed block's header of the table ``cells`` head: it
    starts as that header does (its first label written again, ``Cost Line``) and goes on
    with columns of its own (new months). An item under a page line does not start with
    the header's first label; the same header written again is the same table going on."""

    def same(c: HeaderCell) -> bool:
        return (
            " ".join(cell_text(grid.value(row, c.col)).split()).casefold()
            == " ".join(c.text.split()).casefold()
        )

    labelled = [c for c in cells if c.text]
    if labelled and not any(cell_text(grid.value(row, c.col)).strip() for c in labelled[:1]):
        row += 1  # a tier of group labels (``Forecast``) over the block's header
    return bool(labelled) and same(labelled[0]) and not all(same(c) for c in cells)


#: A period counted rather than dated: one word and its number (``Month 1``, ``Week 12``,
#: ``Mes 3``, ``Monat 4``), in any language: the word is the same on every column.
_COUNTED = re.compile(r"^\s*([^\W\d_]+)\.?\s*(\d{1,3})\s*$")


def _dates_over_counted_periods(grid: Grid, block: TableBlock, row: int) -> None:
    """Round 24's last hour: periods counted in the header (``Month 1``, ``Month 2``...: the
    same word, numbered one up from the last) under a row of dates, one over each (a plan
    template whose months are set once, in the row above): the dates are the periods, so
    each such header takes its date as its value and group, as a two-tier header's month
    does. Three columns in a row at least, the dates rising; a counted header under text,
    or under no date, is left as it is."""
    runs: list[list[tuple[HeaderCell, date]]] = [[]]
    last: tuple[int, str, int, date] | None = None  # column, word, number, day
    for cell in block.headers:
        above = grid.value(row, cell.col)
        counted = _COUNTED.match(cell.text or "")
        if counted is None or not isinstance(above, date):
            runs.append([])
            last = None
            continue
        word, number, day = counted.group(1).casefold(), int(counted.group(2)), _as_day(above)
        follows = last is not None and (last[0], last[1], last[2]) == (
            cell.col - 1,
            word,
            number - 1,
        )
        if not (follows and last is not None and last[3] < day):
            runs.append([])
        runs[-1].append((cell, above))
        last = (cell.col, word, number, day)
    for found in runs:
        if len(found) < 3:
            continue
        for cell, when in found:
            cell.group, cell.value = cell_text(when), when


def _as_day(value: date) -> date:
    """The day a date or date-and-time cell holds."""
    return value.date() if isinstance(value, datetime) else value


#: Rows a section title (and a blank row before it) may put between a text table's rows.
SECTION_GAP = 3


def _section_item(
    grid: Grid, row: int, labels: list[int], section: tuple[int, set[int], bool]
) -> bool:
    """Round 24: whether ``row``, under a section title row (one label alone: a workstream,
    a phase, a team), is another item of the text table above rather than a new table's
    header. Its filled columns are the table's (eight in ten of them), and either the title
    stands right under the table's header (the first section) or two cells of the row
    repeat a value written in the same column of the items above (a status, a type, a
    priority: items share their columns' words, a new header does not). A title between a
    table and the next table's header stays a title: that header repeats no item's value."""
    top, cols, is_header = section
    if len(cols & set(labels)) < 0.8 * len(labels) or len(cols) < len(labels):
        return False
    between = range(top + 1, row)
    lone = [r for r in between if grid.nonblank_cols(r, 1, grid.n_cols)]
    if is_header and row == top + 2 and len(lone) == 1:
        return True
    repeats = 0
    for c in labels:
        text = cell_text(grid.value(row, c)).casefold()
        if not text:
            continue
        seen = {cell_text(grid.value(r, c)).casefold() for r in range(max(1, top - 30), top + 1)}
        repeats += text in seen
    return repeats >= 2


def _without_data_rows(
    grid: Grid, found: list[tuple[float, int, int, int, list[HeaderCell]]]
) -> list[tuple[float, int, int, int, list[HeaderCell]]]:
    """The candidate header rows less those that are data rows of a header found by its
    shape above them (round 24, :mod:`addin.adopt.header_shape`): under a header of words
    no vocabulary holds, an item row holding a register word (``Closed``) would otherwise
    outweigh the header and take its table, and end the real table early as a stop."""
    shaped = [
        (row, first, last)
        for _, row, first, last, _ in found
        if header_by_shape(grid, row, first, last)
    ]
    if not shaped:
        return found
    return [c for c in found if not inside_shape_table(grid, c[1], c[2], c[3], shaped)]


#: A tool's field code: words or numbers joined by underscores (P6's ``task_code``,
#: ``base_end_date``; a database export's ``created_at``; round 23: in any case, as SAP's
#: ``ZZ_DUE_DT``, Salesforce's ``Due_Date__c`` or a form tool's ``FLD_001`` write them).
_FIELD_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:_+[A-Za-z0-9]+)+_*$")


def _field_codes_over_titles(grid: Grid, row: int, labels: list[int]) -> bool:
    """True when ``row`` holds a tool's field codes and the row below their titles: a
    Primavera P6 export writes ``task_code | task_name | status_code`` over ``Activity ID |
    Activity Name | Activity Status``; so do database and reporting-tool exports that keep
    the internal names on top. The titles are the header and the codes row its preamble
    (round 13). It needs three codes at least, every label of the row a code, and under
    them as many labels that are no codes and read as headers (half the codes' vocabulary
    at least); a ``snake_case`` header over a first row of item texts is no such pair (its
    row below reads as no headers).

    Round 26: a row of NUMBERED codes (``FLD_001 | FLD_002 | FLD_003``: one prefix, a
    running number) names no field at all, it numbers the export's columns; under it, the
    titles may be codes themselves (``RAID_REF | SHORT_DESC``, ``created_at``) or a period
    axis (``Cost line | Measure | Jul 2025 | Aug 2025``), and they are the header when they
    read as one: all different, none written again in its column below (an item's value
    recurs, a header's word does not), and a register's words (a vocabulary of one at
    least, the axis counting as for any header)."""
    if len(labels) < 3:
        return False
    codes = [cell_text(grid.value(row, c)).strip() for c in labels]
    if not all(_FIELD_CODE.match(code) for code in codes):
        return False
    if _numbered_codes(codes):
        return _titles_under_numbered_codes(grid, row, labels)
    below = [grid.value(row + 1, c) for c in labels]
    if not all(is_label(v) for v in below):
        return False
    titles = [cell_text(v).strip() for v in below]
    if any(_FIELD_CODE.match(t) for t in titles):
        return False
    return _vocabulary(titles) >= max(1.0, 0.5 * _vocabulary(codes))


#: A numbered field code: a prefix and a running number (``FLD_001``, ``COL_12``).
_NUMBERED_CODE = re.compile(r"^(.*?[^\d])(\d+)$")


def _numbered_codes(codes: list[str]) -> bool:
    """True when the codes share one prefix and count up by one (``FLD_001``,
    ``FLD_002``...): the export's column numbers, no field's name."""
    parts = [_NUMBERED_CODE.match(c) for c in codes]
    if not all(parts):
        return False
    prefixes = {p.group(1).casefold() for p in parts if p}
    numbers = [int(p.group(2)) for p in parts if p]
    return len(prefixes) == 1 and all(b == a + 1 for a, b in pairwise(numbers))


def _titles_under_numbered_codes(grid: Grid, row: int, labels: list[int]) -> bool:
    """True when the row under numbered field codes reads as the table's header (see
    :func:`_field_codes_over_titles`)."""
    below = [grid.value(row + 1, c) for c in labels]
    if not all(is_label(v) or is_axis(v) for v in below):
        return False
    words = [cell_text(v).strip() for v in below if is_label(v)]
    if len({cell_text(v).strip().casefold() for v in below}) != len(below):
        return False
    for col, value in zip(labels, below, strict=True):
        said = cell_text(value).strip().casefold()
        if any(
            cell_text(grid.value(r, col)).strip().casefold() == said
            for r in range(row + 2, grid.n_rows + 1)
        ):
            return False  # the word recurs in its column: an item's value, no header
    n_axis = len(below) - len(words)
    return _vocabulary(words) + min(3.0, 0.5 * n_axis) >= 1.0


def _distinct_labels(grid: Grid, row: int, labels: list[int], on_the_row: bool) -> bool:
    """True when ``row`` holds two labels or more, all different (a header Excel's records
    name; a row of repeated words is not); a row named only by frozen panes needs labels
    in half its cells too (week numbers beside the fields are a header's, a data row's
    numbers are not)."""
    texts = [cell_text(grid.value(row, c)).casefold() for c in labels]
    if len(texts) < 2 or len(set(texts)) != len(texts):
        return False
    return on_the_row or len(texts) * 2 >= len(grid.nonblank_cols(row))


def block_from_range(
    grid: Grid,
    header_row: int,
    first: int,
    last: int,
    last_row: int | None = None,
    stop_rows: set[int] | None = None,
) -> TableBlock:
    """A table whose header row and columns are known (an Excel table, a mapping file).

    ``last_row`` given: the rows end there (trailing blank rows dropped); else the table
    runs to two blank rows, as for detected tables, or to the next table's header row in
    ``stop_rows`` (and its title lines above it; round 23: tables a mapping file stacks on
    one sheet, one blank row apart, as detection ends them).
    """
    cells = _header_cells(grid, header_row, first, last)
    rows, body_start = _fold_tiers(grid, header_row, first, last, cells)
    if last_row is None:
        end = _data_end(grid, body_start - 1, first, last, stop_rows or set())
    else:
        end = last_row
        while end >= body_start and grid.row_is_blank(end, first, last):
            end -= 1
    guidance = []
    r = body_start
    while r <= end and is_guidance_row(grid, r, first, last, cells):
        guidance.append(r)
        r += 1
    texts = [c.text for c in cells if c.text and is_label(c.value)]
    block = TableBlock(
        sheet=grid.name,
        header_row=header_row,
        first_col=first,
        last_col=last,
        first_data_row=body_start,
        last_data_row=end,
        headers=cells,
        header_rows=tuple(rows),
        guidance_rows=guidance,
        vocabulary=_vocabulary(texts),
    )
    for r in range(1, min(rows)):
        for c in range(1, grid.n_cols + 1):
            text = cell_text(grid.value(r, c))
            if text:
                block.preamble.append((r, c, text))
    return block


def merge_known_tables(
    grid: Grid, known: list[TableBlock], found: list[TableBlock]
) -> list[TableBlock]:
    """Excel tables first; detected tables that overlap none of them added; top to bottom."""
    blocks = list(known)
    for block in found:
        top, bottom = (
            min(block.header_rows or (block.header_row,)),
            max(block.last_data_row, block.header_row),
        )
        overlaps = any(
            not (
                bottom < min(k.header_rows or (k.header_row,))
                or top > max(k.last_data_row, k.header_row)
            )
            and not (block.last_col < k.first_col or block.first_col > k.last_col)
            for k in known
        )
        if not overlaps:
            blocks.append(block)
    blocks.sort(key=lambda b: (b.header_row, b.first_col))
    return blocks
