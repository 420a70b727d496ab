"""Section title rows inside a register (round 25's last hour, issue 15).

A PM splits a register's items into sections (a workstream, a phase, a team) by writing
the section's name alone in the table's first column, on a row of its own, above its
items: ``Team North`` over ``14407 | Printer fails | ...``. A person reads that row as no
item. The rows reader lists it (``group heading``), but what a column HOLDS was read from
every data row, the title rows too, so a column of numeric IDs with ``Team North`` in it
read as no run of numbers, and a register found by its values only (headers no vocabulary
reads) was read as another register or none.

The rule a person states: a row that fills ONE cell, in the table's first column, with a
short label, while the table's items fill three cells or more, and whose label is not of
the kind the column's other rows hold (a word among IDs or numbers), is a section title.
An item whose other cells are still empty is no title: its lone value is of its column's
kind (``R-009`` under ``R-001`` ... ``R-008``), so it stays an item. A first column of
texts (titles) says nothing either way here, and its lone rows stay rows (the rows reader
decides them with the mapping in hand).
"""

from __future__ import annotations

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank

#: Items fill at least this many cells (the median row) before a one-cell row can be a
#: section's title (the rows reader's ``group heading`` uses the same bar).
ITEM_CELLS = 3
#: A section title is a label a person reads at a glance, not an item's sentence.
LONGEST_TITLE = 60
#: The share of the first column's other rows that must hold an ID or a number.
ID_SHARE = 0.8


def looks_like_id(value: object) -> bool:
    """``7``, ``R7``, ``RSK-107``, ``A.1``: a number or a short code with a digit."""
    if isinstance(value, int | float):
        return True
    text = str(value).strip()
    return len(text) <= 20 and any(ch.isdigit() for ch in text) and text.count(" ") <= 1


def section_title_rows(block: TableBlock, grid: Grid) -> set[int]:
    """The block's data rows that are section titles (see the module docstring)."""
    rows = range(block.first_data_row, block.last_data_row + 1)
    filled = {r: grid.nonblank_cols(r, block.first_col, block.last_col) for r in rows}
    widths = sorted(len(cols) for cols in filled.values() if cols)
    if not widths or widths[len(widths) // 2] < ITEM_CELLS:
        return set()
    lone = {
        r
        for r, cols in filled.items()
        if cols == [block.first_col] and _label(grid.value(r, block.first_col))
    }
    if not lone:
        return set()
    others = [
        grid.value(r, block.first_col)
        for r, cols in filled.items()
        if r not in lone and len(cols) > 1 and not is_blank(grid.value(r, block.first_col))
    ]
    if len(others) < ITEM_CELLS:
        return set()
    if sum(looks_like_id(v) for v in others) < ID_SHARE * len(others):
        return set()
    return lone


def _label(value: object) -> bool:
    """A short text that is no ID: a section's name."""
    return (
        isinstance(value, str)
        and 0 < len(value.strip()) <= LONGEST_TITLE
        and not looks_like_id(value)
    )
