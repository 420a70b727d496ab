"""Registers laid out other than one item per row (round 11): recognised, said, not guessed.

Two shapes people use for short registers are not tables of rows:

- a **transposed table**: the fields down one column (``ID``, ``Risk``, ``Owner``,
  ``Status`` in A2:A8) and one item per column to its right;
- a **form layout**: one item per block of ``Label: value`` rows (``Issue ID:``,
  ``Title:``, ``Owner:``), one block after another down the sheet.

Read as rows, a transposed table is a table of nonsense (its first item's values become
headers) and a form is nothing at all. Reading either as items would need the report's
cells, the mapping file and next month's file to follow a shape they do not describe, so
adoption does not guess: the shape is recognised and listed as **not adopted** with its
range, the fields it found and the fix (transpose it, or put one item per row), and a
warning says so. Recognising needs the register's words: three field labels or more that
name register columns certainly, and two items or more (columns, or blocks repeating the
same labels); a project's title block (one value per label, not repeated) is neither.
Round 17 reads a transposed table (:mod:`addin.adopt.transposed` turns the region a quarter
and adoption reads it as rows); only one the turned reading does not adopt stays listed so.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin.adopt.classify import ADOPTED_REGISTERS, MAIN_COLUMNS, explains_terms
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.match import CERTAIN, candidates
from addin.cells import address, column_letter

#: Field labels naming a register column needed before a shape is called a register.
FIELDS_NEEDED = 3
#: The most fields a transposed register has (the standard's longest has 22 columns): a
#: longer run of labels down a column is a table's column of texts, not fields.
MAX_FIELDS = 40


def _field(value: object) -> str:
    """A cell's text as a field label ('' when it is none): short text, a colon dropped."""
    if not isinstance(value, str):
        return ""
    text = cell_text(value).rstrip(":").strip()
    if not text or len(text) > 40 or not any(ch.isalpha() for ch in text):
        return ""
    return text


def transposed_tables(grid: Grid, adopted: list[TableBlock]) -> list[str]:
    """The transposed tables of a sheet outside the adopted tables, each said as the reason
    it is not adopted."""
    return [region.said for region in transposed_regions(grid, adopted)]


@dataclass
class TransposedRegion:
    """A transposed table: its fields down ``col`` (rows ``rows``), one item per column of
    ``items``; ``said`` is why it is not adopted as rows (round 17 reads it when it can)."""

    col: int
    rows: list[int]
    items: list[int]
    said: str

    @property
    def ref(self) -> str:
        return f"{address(self.rows[0], self.col)}:{address(self.rows[-1], self.items[-1])}"


def transposed_regions(grid: Grid, adopted: list[TableBlock]) -> list[TransposedRegion]:
    """The transposed tables of a sheet outside the adopted tables."""
    out: list[TransposedRegion] = []
    for col in range(1, min(grid.n_cols, 12) + 1):
        row = 1
        while row <= grid.n_rows:
            run = _label_run(grid, row, col)
            if len(run) < FIELDS_NEEDED:
                row += max(len(run), 1)
                continue
            inside = any(_covers(b, run[0], run[-1], col) for b in adopted)
            said = None if inside or len(run) > MAX_FIELDS else _transposed(grid, run, col)
            if said:
                out.append(said)
            row = run[-1] + 1
    return out


def _label_run(grid: Grid, row: int, col: int) -> list[int]:
    """Consecutive rows from ``row`` whose cell in ``col`` is a field label."""
    rows = []
    while row <= grid.n_rows and _field(grid.value(row, col)):
        rows.append(row)
        row += 1
    return rows


def names_a_register(labels: list[str], items_named: bool = False) -> bool:
    """True when :data:`FIELDS_NEEDED` labels or more name columns of one register certainly,
    its ID or main text among them (a finance tracker's ``Budget`` / ``Actual`` /
    ``Forecast`` rows name amounts, not fields of items). ``items_named``: the first row
    names each item (a gate tracker's ``Gate | G0 Idea | G1 Concept``, round 13), which
    stands for the main text when one more field than needed names the register's columns."""
    for register in ADOPTED_REGISTERS:
        if register == "finance":
            continue
        keys = set()
        for text in labels:
            found = candidates(text, register)
            if found and found[0].confidence >= CERTAIN:
                keys.add(found[0].column_key)
        if len(keys) >= FIELDS_NEEDED and keys & {"id", *MAIN_COLUMNS[register]}:
            return True
        if items_named and len(keys) > FIELDS_NEEDED:
            return True
    return False


def _items_named(grid: Grid, row: int, items: list[int]) -> bool:
    """True when ``row`` names every item of a transposed table: a different text (no
    number, no date, no period) in each item column."""
    texts = [grid.value(row, c) for c in items]
    if not all(isinstance(t, str) and _field(t) for t in texts):
        return False
    if names_periods([cell_text(t) for t in texts]):
        return False
    if explains_terms([cell_text(grid.value(row, items[0] - 1)), *map(cell_text, texts)]):
        return False
    return len({cell_text(t).casefold() for t in texts}) == len(texts)


def names_periods(texts: list[str]) -> bool:
    """True when every text names a period (``Q1 2026``, ``Jan-26``, ``2026-01``, ``H2
    2026``, ``P01``, ``March``): the columns are one item's history (a risk reassessed each
    quarter, a milestone's forecast at each report), not items side by side (red team of
    round 18)."""
    from addin.adopt.dates import period_bounds
    from addin.adopt.detect import HeaderCell
    from addin.adopt.periods import month_label

    return bool(texts) and all(
        period_bounds(t) is not None or month_label(HeaderCell(0, t, value=t)) for t in texts
    )


def _covers(block: TableBlock, first: int, last: int, col: int) -> bool:
    """True when rows ``first``-``last`` of column ``col`` lie in ``block`` (a table
    adopted as rows: its columns are no transposed table's fields)."""
    top = min(block.header_rows or (block.header_row,))
    return (
        not (last < top or first > max(block.last_data_row, block.header_row))
        and block.first_col <= col <= block.last_col
    )


def _transposed(grid: Grid, rows: list[int], col: int) -> TransposedRegion | None:
    labels = [_field(grid.value(r, col)) for r in rows]
    if len({t.casefold() for t in labels}) < len(labels):
        return None  # a field repeated down the column: a form's blocks, not one item each
    items = []
    for item_col in range(col + 1, grid.n_cols + 1):
        filled = sum(1 for r in rows if not is_blank(grid.value(r, item_col)))
        if filled * 2 < len(rows):
            break
        items.append(item_col)
    if len(items) < 2:
        return None  # one value per label: a title block or a form, not items side by side
    first, last = rows[0], rows[-1]
    if (first > 1 and not grid.row_is_blank(first - 1, col, items[-1])) or (
        last < grid.n_rows and not grid.row_is_blank(last + 1, col, items[-1])
    ):
        return None  # a block of its own, not a run of texts down a column of a wider table
    if not names_a_register(labels, _items_named(grid, first, items)):
        return None
    ref = f"{address(first, col)}:{address(last, items[-1])}"
    said = (
        f"{ref}: a transposed table (fields down column {column_letter(col)}: "
        f"{_list(labels)}; one item per column, {column_letter(items[0])}-"
        f"{column_letter(items[-1])}, {len(items)} items): not adopted, a shape that cannot be "
        "read safely as rows; transpose it in Excel (Copy, then Paste Special > Transpose on "
        "a new sheet) and adopt again"
    )
    return TransposedRegion(col, rows, items, said)


def form_blocks(grid: Grid, adopted: list[TableBlock]) -> list[str]:
    """The form layouts of a sheet outside the adopted tables (blocks of ``Label: value``
    rows repeating the same labels), each said as the reason it is not adopted."""
    out: list[str] = []
    for col in range(1, min(grid.n_cols, 12) + 1):
        lines = [
            (r, _field(grid.value(r, col)).casefold())
            for r in range(1, grid.n_rows + 1)
            if _field(grid.value(r, col))
            and not is_blank(grid.value(r, col + 1))
            and not any(_covers(b, r, r, col) for b in adopted)
        ]
        if len(lines) < 2 * FIELDS_NEEDED:
            continue
        opener = lines[0][1]
        starts = [i for i, (_r, label) in enumerate(lines) if label == opener]
        if len(starts) < 2:
            continue
        blocks = [
            [label for _r, label in lines[a:b]]
            for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)
        ]
        shared = set(blocks[0]).intersection(*blocks[1:])
        if len(shared) > MAX_FIELDS:
            continue
        labels = [_field(grid.value(r, col)) for r, _label in lines[: len(blocks[0])]]
        if len(shared) < FIELDS_NEEDED or not names_a_register(
            [t for t in labels if t.casefold() in shared]
        ):
            continue
        first_row, last_row = lines[0][0], lines[-1][0]
        out.append(
            f"{address(first_row, col)}:{address(last_row, col + 1)}: a form layout (one item "
            f"per block of 'Label: value' rows: {len(blocks)} blocks of {_list(labels)}): not "
            "adopted, a shape that cannot be read safely as rows; put one item per row under "
            "one header row of those labels and adopt again"
        )
    return out


def _list(labels: list[str]) -> str:
    shown = ", ".join(repr(t) for t in labels[:6])
    return shown + (", ..." if len(labels) > 6 else "")


__all__ = ["TransposedRegion", "form_blocks", "transposed_regions", "transposed_tables"]
