"""Fields of a found register read from the content alone (round 23, issue 15).

A workbook's headers may be in no language the vocabularies hold: a team's private
abbreviations, a tool's field codes, invented words, or Excel's ``Column1..ColumnN``. The
register is still found (by its sheet's name, its title, or the columns that are read) and
several of its columns are read by their values already (``evidence.content_candidates``:
people, statuses; ``date_order``: raised before due; ``unread_columns``: the one free
text). Two fields a PMO analyst places from the values alone were still left out:

- **the ID down the left**: the table's leftmost column, under a header that says nothing
  (a placeholder such as ``Column1``, or words no vocabulary knows in a table kept in
  another language: in an English table such a word is an English word of its own sense,
  as ``unread_columns`` holds since round 18), whose every row
  holds a code of one prefix and a number (``OPS-200``, ``OPS-203``), or (round 27) a
  compound code of one shape once its numbers are set aside (``HW-R01``, ``PRJ-042-R-007``,
  ``R.2.14``: ``evidence.compound_id_prefix``, the item's letters the last before its
  number), no two alike, while the register's ID is read nowhere else, is the register's
  ID. Not when a cell is blank
  (codes on some rows are links to other items), not when the prefix names another thing
  a PMO numbers (``CR-``, ``PO-``: :data:`~addin.adopt.evidence.OTHER_OBJECTS`) or another
  register's items (``MS-`` in an issue log), not when every code is a period's label
  (red team of round 23: a decision log kept week by week, ``W10``, ``W11``, or quarter by
  quarter, ``Q1``..``Q4``, numbers its weeks, not its items: the week is a value of its
  own, listed, not turned into ``D-010``), and never for a column that is not the
  leftmost (a code in the middle of a row is a reference: a ticket, a parent). Round 42
  (ce42): in a table kept in English too, under a header of no word any vocabulary knows
  (``Zorbat``, a stranger's coinage), when the codes are numbered in order down the rows
  (a register numbers its items as they come: flights or rooms fall in any order) and the
  prefix abbreviates no word of the header (``Asset`` over ``AST-001``: the asset's codes);
- **the one date field**: in a register with ONE date field (a decision's date), the one
  column of dates under a header that says nothing is that field. A register with several
  date fields (raised, due, closed) is left to ``date_order``, which reads them by their
  order; two date columns in a decision log are left out: which one is the decision's
  date the values do not say.

Each mapping is at :data:`~addin.adopt.evidence.CONTENT` confidence, below CERTAIN, so the
report flags it for a person to confirm, with a note saying which values decided it. A
column neither rule takes is left out and listed by ``unread_columns.unclear_roles``: a
wrong mapping is worse than none.
"""

from __future__ import annotations

import re
from itertools import pairwise

from addin import layout
from addin.adopt.by_values import names_nothing, reads_as_nothing
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import (
    CONTENT,
    OTHER_OBJECTS,
    abbreviates,
    another_registers,
    compound_id_prefix,
    date_share,
    id_prefix,
)
from addin.adopt.grid import Grid, is_blank
from addin.adopt.languages import words_of
from addin.adopt.match import Candidate
from addin.adopt.quarters import quarter_label, year_label
from addin.adopt.total_rows import item_rows
from addin.adopt.unread_columns import NO_WORD, foreign_table, header_unknown
from addin.adopt.weeks import week_label
from addin.host import CellValue

#: The share of a column's filled values that must be dates for it to be a column of dates.
DATES_SHARE = 0.8
#: What the synonym of an ID mapped here says (shown as "mapped by content: ...").
ID_READING = f"values are distinct codes of one prefix down the left: {NO_WORD}"
#: What the synonym of a date mapped here says.
DATE_READING = f"values are dates, the register's one date field: {NO_WORD}"


def says_nothing(header: str, headers: list[str] | None = None) -> bool:
    """True when a header names nothing a vocabulary reads: a placeholder (``Column3``,
    ``Field 7``), or words no language of ``languages.toml`` holds (``Cigid siv``) in a table
    kept in another language (``headers``: the table's headers; None: judged alone). In a
    table kept in English a word nobody listed is an English word of its own sense (``Data``
    over a decision's dates may be what the decision rests on; round 13's test), not a
    field code."""
    if not header.strip():
        return False
    if names_nothing(header):
        return True
    return header_unknown(header) and (headers is None or foreign_table(headers))


def period_label(text: str) -> bool:
    """Whether a code is a period's label, as the period readers read one (a week ``W10``,
    ``KW 12``; a quarter ``Q1``, ``Q3 FY26``): it says when, not which item (red team of
    round 23)."""
    return (
        week_label(text) is not None
        or quarter_label(text) is not None
        or year_label(text) is not None  # round 30: a financial year (``2026-27``, ``FY27``)
    )


def _values(block: TableBlock, grid: Grid, col: int) -> list[CellValue]:
    """The column's values on the item rows: a totals row is no item and does not decide
    what a column holds (round 25)."""
    return [grid.value(r, col) for r in item_rows(block, grid)]


def _heads(block: TableBlock) -> list[str]:
    return [c.text for c in block.headers if c.text]


def _leftmost(block: TableBlock, grid: Grid) -> int | None:
    """The table's first column that holds a value on some row."""
    for cell in sorted(block.headers, key=lambda c: c.col):
        if any(not is_blank(v) for v in _values(block, grid, cell.col)):
            return cell.col
    return None


def id_down_the_left(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str
) -> None:
    """In place: the leftmost column's distinct codes are the register's ID (the module
    docstring says when)."""
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None or "id" not in {c.key for c in register.columns}:
        return
    if any(c.column_key == "id" for c in chosen.values()):
        return
    col = _leftmost(block, grid)
    cell = block.header_at(col) if col is not None else None
    if col is None or cell is None or col in chosen or not cell.text.strip():
        return
    values = _values(block, grid, col)
    if any(is_blank(v) for v in values):
        return  # an item's code is on every row; codes on some rows link to other items
    prefix = id_prefix(values) or compound_id_prefix(values)  # round 27: ``HW-R01``
    if prefix is None or prefix in OTHER_OBJECTS or another_registers(prefix, register_key):
        return
    if not (
        says_nothing(cell.text, _heads(block))
        or (unknown_word_over_codes(cell.text, prefix, register_key) and numbered_in_order(values))
    ):
        return
    if all(period_label(str(v)) for v in values):
        return  # weeks or quarters down the left: when each item was, not which item
    chosen[col] = Candidate("id", CONTENT, f"({ID_READING})")


def unknown_word_over_codes(header: str, prefix: str, register_key: str) -> bool:
    """Round 42 (ce42): whether a header in a table kept in English still says nothing about
    the codes under it: no word any vocabulary knows (``Qzv``, ``Zorbat``), no field of the
    register, no known non-column or another register's column, and no word the codes'
    prefix abbreviates. ``Asset`` over ``AST-001``, ``Room`` over ``RM-12``, ``Batch`` over
    ``B-7``: the header names what the codes number, another thing than the item, so the
    codes are that thing's, not the register's IDs (left out, as before)."""
    if not header_unknown(header) or not reads_as_nothing(header, register_key):
        return False
    return not any(
        abbreviates(prefix, w) or w.startswith(prefix.casefold())
        for w in words_of(header)
        if len(w) > 1
    )


def numbered_in_order(values: list[CellValue]) -> bool:
    """Round 42 (ce42): whether the codes' last numbers run one way down the rows (``R-001``,
    ``R-002``, ``R-005``; or newest first), three rows at least: a register numbers its items
    as they come, while codes of other things (flights, rooms, assets) fall in any order."""
    numbers = []
    for value in values:
        found = re.findall(r"\d+", str(value))
        if not found:
            return False
        numbers.append(int(found[-1]))
    if len(numbers) < 3:
        return False
    steps = [b - a for a, b in pairwise(numbers)]
    return all(s > 0 for s in steps) or all(s < 0 for s in steps)


def one_date_field(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str
) -> None:
    """In place: in a register with one date field, the one column of dates under a
    header that says nothing is that field (the module docstring says when)."""
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None:
        return
    fields = [c.key for c in register.columns if c.kind == "date" and not c.computed]
    taken = {c.column_key for c in chosen.values()}
    if len(fields) != 1 or fields[0] in taken:
        return
    dated = [
        cell.col
        for cell in block.headers
        if cell.col not in chosen and date_share(_values(block, grid, cell.col)) >= DATES_SHARE
    ]
    if len(dated) != 1:
        return  # two columns of dates: which is the field's, the values do not say
    cell = block.header_at(dated[0])
    if cell is not None and says_nothing(cell.text, _heads(block)):
        chosen[dated[0]] = Candidate(fields[0], CONTENT, f"({DATE_READING})")
