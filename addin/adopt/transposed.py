"""A transposed table read as the table it is (round 17).

Round 11 recognised a register written across (its fields down one column, one item per
column: a stage-gate tracker's ``Gate | G0 Idea | G1 Concept`` over ``Gate owner``,
``Planned date``, ``Status``; a short risk list kept sideways) and listed it with the fix
(Paste Special > Transpose). A PMO receives such plans every month, so adoption now reads
them, whatever the register: the region is turned a quarter (:func:`view`: the field labels
become a header row, each item column a row, the title lines above it kept above it) and
the turned sheet goes through the same detection, classification and reading as any table.
What the report says is put back in the source's terms (:func:`in_source_terms`): the
table's range and first row are the source's, each "column" is the source row holding that
field (``row 5 'Planned date' -> Baseline Date``), and a row not adopted or a value not
read names the source cell. A region the turned reading does not adopt as a register stays
listed with the fix, as before.

The mapping file marks such a table ``"transposed": true`` (its ``header_row`` the first
field row, ``first_column`` the labels' column): applied next month, the region from there
(fields down to the first blank, items to the right up to the first empty column) is turned
and read by the file's columns.
"""

from __future__ import annotations

from addin.adopt.classify import (
    ADOPTED_REGISTERS,
    MAIN_COLUMNS,
    Classification,
    explains_terms,
)
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.report import RowIssue, TableReport
from addin.adopt.shapes import TransposedRegion, names_periods
from addin.adopt.signatures import portfolio_items
from addin.cells import address, column_index, column_letter, parse_range
from addin.host import CellValue, SheetGrid

#: Title lines above a region kept above the turned table (its title, a project line).
TITLE_LINES = 3


def view(grid: Grid, region: TransposedRegion) -> tuple[Grid, int]:
    """The region turned a quarter, as a sheet of the same name: the title lines above it,
    a blank row, the field labels as a header row, one row per item. Also the header row's
    number in the turned sheet."""
    first = region.rows[0]
    above = [
        r
        for r in range(max(1, first - TITLE_LINES), first)
        if not grid.row_is_blank(r, region.col, region.items[-1])
    ]
    rows: list[list[CellValue]] = [
        [grid.value(r, c) for c in range(region.col, region.items[-1] + 1)] for r in above
    ]
    if rows:
        rows.append([])
    header_row = len(rows) + 1
    rows.append([grid.value(r, region.col) for r in region.rows])
    for c in region.items:
        rows.append([grid.value(r, c) for r in region.rows])
    return Grid(SheetGrid(name=grid.name, rows=rows)), header_row


def region_from(grid: Grid, header_row: int, first_column: str) -> TransposedRegion | None:
    """The region a mapping file's transposed table names (its first field row and labels'
    column): the fields down to the first blank label, the items right to the first empty
    column. None when nothing is there."""
    col = column_index(first_column)
    rows: list[int] = []
    row = header_row
    while row <= grid.n_rows and not is_blank(grid.value(row, col)):
        rows.append(row)
        row += 1
    items: list[int] = []
    for c in range(col + 1, grid.n_cols + 1):
        if all(is_blank(grid.value(r, c)) for r in rows):
            break
        items.append(c)
    if len(rows) < 2 or not items:
        return None
    return TransposedRegion(col, rows, items, "")


def source_cell(region: TransposedRegion, header_row: int, row: int, col: int) -> tuple[int, int]:
    """The source (row, column) of the turned sheet's cell (``row``, ``col``)."""
    item = row - header_row - 1
    field_row = region.rows[min(max(col - 1, 0), len(region.rows) - 1)]
    item_col = region.items[min(max(item, 0), len(region.items) - 1)]
    return field_row, item_col


def in_source_terms(table: TableReport, region: TransposedRegion, header_row: int) -> None:
    """The turned table's report said in the source's cells (see the module's docstring)."""
    table.ref = region.ref
    table.header_row = region.rows[0]
    for column in table.columns:
        try:
            index = column_index(column.column)
        except ValueError:
            continue
        if 1 <= index <= len(region.rows):
            column.column = f"row {region.rows[index - 1]}"
    for issues in (table.skipped_rows, table.unconverted):
        for n, issue in enumerate(issues):
            col = 1
            if issue.cell:
                try:
                    _, col, _, _ = parse_range(issue.cell)
                except ValueError:
                    col = 1
            row, item_col = source_cell(region, header_row, issue.row, col)
            cell = address(row, item_col) if issue.cell else ""
            issues[n] = RowIssue(
                row if issue.cell else region.rows[0],
                cell,
                f"item in column {column_letter(item_col)}: {issue.reason}",
                issue.header,
                issue.value,
            )
    table.notes.insert(
        0,
        f"read transposed: fields down column {column_letter(region.col)} (rows "
        f"{region.rows[0]}-{region.rows[-1]}), one item per column "
        f"({column_letter(region.items[0])}-{column_letter(region.items[-1])}, "
        f"{len(region.items)} items); each column listed here is the source row holding "
        "that field",
    )


def names_its_items(
    block: TableBlock, grid: Grid, classification: Classification
) -> Classification | None:
    """A turned table no register claimed whose first field names each item (a gate
    tracker's ``Gate | G0 Idea | G1 Concept``: a different text in every row, round 13's
    items named): the register whose columns its other fields name certainly, three or
    more, with that first field as the items' main text (at 0.70, for review). None when
    no register's fields are named so."""
    first = block.first_col
    texts = [
        cell_text(grid.value(r, first)).casefold()
        for r in range(block.first_data_row, block.last_data_row + 1)
    ]
    if len(texts) < 2 or not all(texts) or len(set(texts)) < len(texts):
        return None
    if names_periods(texts):  # red team of round 18: one item's history, not items
        return None
    label = block.header_at(first)
    if label is not None and portfolio_items(label.text):  # red team of round 18: projects
        return None
    if label is not None and explains_terms([label.text, *texts]):  # ... and a glossary
        return None
    best: tuple[int, str] | None = None
    for key in ADOPTED_REGISTERS:
        if key in ("finance", "resources"):
            continue
        chosen = classification.mappings.get(key, {})
        certain = {
            m.column_key for c, m in chosen.items() if c != first and m.confidence >= CERTAIN
        }
        if len(certain) >= 3 and (best is None or len(certain) > best[0]):
            best = (len(certain), key)
    if best is None:
        return None
    key = best[1]
    columns = {
        c: m
        for c, m in classification.mappings[key].items()
        if c != first and m.column_key not in MAIN_COLUMNS[key]
    }
    columns[first] = Candidate(MAIN_COLUMNS[key][0], CONTENT, "(the row naming each item)")
    return Classification(
        key,
        CONTENT,
        f"a transposed table whose first row names each item and whose fields are a {key} "
        "register's (no word names the register: check)",
        {**classification.mappings, key: columns},
    )


__all__ = ["in_source_terms", "names_its_items", "region_from", "source_cell", "view"]
