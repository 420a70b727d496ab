"""Whether a saved mapping still fits next month's file, and where its tables are now.

A mapping file names each table by its sheet, header row and first and last columns, and
each column by its header text. Next month's file is the same register edited by people:
rows inserted above the header, a column added at the right or in the middle, a column
removed, the sheet renamed. Four rules a PMO analyst would state (round 23):

- a mapped table's header row is the row where its headers are: when the saved row no
  longer holds most of the mapping's headers and one row near it does (rows were inserted
  or deleted above), the table is read from there, and the report says so with the fix;
- a mapped table is as wide as its header row runs: headers adjoining the saved columns on
  either side (a column inserted, so the last one moved right; a column added at the end)
  belong to the table, are matched by their header, and reported as new;
- a sheet the mapping names but the file lacks is looked for by its table: the one sheet
  no mapping entry names whose rows hold most of the entry's headers is that sheet renamed,
  adopted as the mapping says and reported with the fix (``"sheet"``); none or several:
  the entry is not applied, and the report says so;
- a mapped column the file no longer has (its values not adopted) is a misfit: a warning
  naming the file, sheet, header row and the fix, and exit code 1, never a silent gap.

A field that holds one value (a person, a date, a number, a level, a list value) takes one
column: when the mapping file maps two columns to it (a PMO's edit), the first is read, the
others are left out, and the report says so with the fix. Text (a title whose tree levels
are two columns, a description, a response) joins its columns, as before.

A sheet the mapping file does not name is detected as without a mapping; a register adopted
from it is said (new since the mapping was saved), so a PMO sees which tables the mapping's
edits did not cover.

"Most" is more than half of the table's saved headers, so a row or sheet holding a few of
the same words (``ID``, ``Status``) is not taken for the table.
"""

from __future__ import annotations

from dataclasses import replace

from addin import layout
from addin.adopt.detect import TableBlock, block_from_range
from addin.adopt.grid import Grid, cell_text
from addin.adopt.mapping_file import AdoptionMapping, TableMapping, header_key
from addin.adopt.match import Candidate
from addin.adopt.people import PERSON_COLUMNS
from addin.adopt.report import TableReport
from addin.cells import column_index, column_letter

#: how far from its saved row a mapped table's header row is looked for (rows inserted or
#: deleted above it: a title, a filter line, a few notes)
ROW_SEARCH = 30


def saved_headers(spec: TableMapping) -> set[str]:
    """The headers the mapping names for the table (compared case and spacing ignored);
    columns saved by their letter (no header) are not headers."""
    return {header_key(h) for h in spec.columns if not h.startswith("(no header)")}


def _row_keys(grid: Grid, row: int, first: int, last: int) -> set[str]:
    """The headers a row holds between two columns, as :func:`header_key` compares them,
    each tier joined as the table reads it and each cell alone."""
    block = block_from_range(grid, row, first, last, row)
    keys = {header_key(c.full) for c in block.headers if c.text}
    return keys | {header_key(c.text) for c in block.headers if c.text}


def _cheap_keys(grid: Grid, row: int) -> set[str]:
    """A row's cell texts alone, to find candidate header rows without reading tables."""
    return {header_key(cell_text(grid.value(row, c))) for c in range(1, grid.n_cols + 1)} - {""}


def _most(found: int, wanted: int) -> bool:
    return wanted > 0 and found * 2 > wanted


def header_row_now(grid: Grid, spec: TableMapping) -> int | None:
    """The row holding the table's headers in this file: the saved row when it still holds
    most of them, else the nearest row that does, else None (not found)."""
    wanted = saved_headers(spec)
    if not wanted:
        return spec.header_row
    first = column_index(spec.first_column) if spec.first_column else 1
    last = column_index(spec.last_column) if spec.last_column else grid.n_cols
    if spec.header_row <= grid.n_rows and _most(
        len(wanted & _row_keys(grid, spec.header_row, first, max(last, grid.n_cols))), len(wanted)
    ):
        return spec.header_row
    rows = range(
        max(1, spec.header_row - ROW_SEARCH), min(grid.n_rows, spec.header_row + ROW_SEARCH) + 1
    )
    best, best_found = None, 0
    for row in sorted(rows, key=lambda r: abs(r - spec.header_row)):
        if not _most(len(wanted & _cheap_keys(grid, row)), len(wanted)):
            continue
        found = len(wanted & _row_keys(grid, row, 1, grid.n_cols))
        if _most(found, len(wanted)) and found > best_found:
            best, best_found = row, found
    return best


def columns_now(grid: Grid, spec: TableMapping, row: int, taken: set[int]) -> tuple[int, int]:
    """The table's first and last columns in this file: the saved ones (or, when the header
    row moved, the span of the saved headers found), widened over adjoining headers on
    either side, never into a column ``taken`` by another mapped table of the sheet."""
    first = column_index(spec.first_column) if spec.first_column else 1
    last = column_index(spec.last_column) if spec.last_column else grid.n_cols
    if row != spec.header_row:
        wanted = saved_headers(spec)
        cols = [
            c
            for c in range(1, grid.n_cols + 1)
            if header_key(cell_text(grid.value(row, c))) in wanted
        ]
        if cols:
            first, last = min(cols), max(cols)
    last = min(last, max(grid.n_cols, first))

    def header_at(col: int) -> bool:
        return 1 <= col <= grid.n_cols and col not in taken and bool(grid.text(row, col))

    while header_at(last + 1):
        last += 1
    while header_at(first - 1):
        first -= 1
    return first, last


def find_renamed_sheets(
    mapping: AdoptionMapping, grids: list[Grid]
) -> tuple[AdoptionMapping, list[str], list[str]]:
    """The mapping with each entry whose sheet the file lacks moved to the one unnamed sheet
    holding most of its headers; a line per entry moved (a warning: the result is as the
    mapping says) and per entry not applied (a misfit: a person should look)."""
    present = {g.name for g in grids}
    named = {t.sheet for t in mapping.tables}
    spare = [g for g in grids if g.name not in named]
    tables: list[TableMapping] = []
    said: list[str] = []
    unfit: list[str] = []
    for spec in mapping.tables:
        if spec.sheet in present:
            tables.append(spec)
            continue
        wanted = saved_headers(spec)
        fits = [g for g in spare if wanted and header_row_now(g, spec) is not None]
        where = f"the mapping file's table on sheet {spec.sheet!r} (header row {spec.header_row})"
        if spec.register is None:
            tables.append(spec)  # a table the mapping leaves out: nothing to apply
        elif len(fits) == 1:
            tables.append(replace(spec, sheet=fits[0].name))
            said.append(
                f"{where}: no sheet of that name in this file; its headers are on sheet "
                f"{fits[0].name!r}, adopted as the mapping says (a renamed sheet); fix: set "
                f'"sheet": {fits[0].name!r} in the mapping file'
            )
        else:
            tables.append(spec)
            which = (
                "no sheet holds its headers"
                if not fits
                else "sheets " + ", ".join(repr(g.name) for g in fits) + " all hold its headers"
            )
            unfit.append(
                f"{where}: no sheet of that name in this file and {which}; the entry was not "
                f"applied (its edits are not used; every sheet was detected instead); fix: "
                f'set "sheet" to the sheet\'s name in this file, or remove the entry'
            )
    return replace(mapping, tables=tables), said, unfit


def missing_columns(block: TableBlock, spec: TableMapping) -> list[str]:
    """The mapping's headers this table's header row no longer has (its ``present`` test is
    the one columns are matched by: the header joined over tiers, or the cell alone)."""
    present = {header_key(c.full) for c in block.headers if c.text} | {
        header_key(c.text) for c in block.headers if c.text
    }
    present |= {
        header_key(f"(no header) {column_letter(c.col)}") for c in block.headers if not c.text
    }
    return [h for h in spec.columns if header_key(h) not in present]


def gone_line(source: str, block: TableBlock, header: str, target: str) -> str:
    """A mapped column the file no longer has, said with the place and the fix."""
    return (
        f"{source}: {block.sheet}!{block.ref}: the mapping file maps column {header!r} to "
        f"{target!r}, but header row {block.header_row} no longer has it: its values are not "
        f'adopted; fix: if it was renamed, put its new header in the table\'s "columns" with '
        f"{target!r} (and remove {header!r}); if it was removed, remove {header!r}"
    )


def sheets_new_since(mapping: AdoptionMapping, adopted: list[TableReport]) -> list[str]:
    """A line per sheet the mapping file does not name whose tables were adopted (detected,
    so the mapping's column edits did not apply to them)."""
    named = {t.sheet for t in mapping.tables}
    sheets = dict.fromkeys(t.sheet for t in adopted if t.sheet not in named)
    return [
        f"sheet {sheet!r} has no entry in the mapping file (new since it was saved?): its "
        "tables were detected, not mapped as the file says; the saved mapping now holds "
        "them, to edit for next month"
        for sheet in sheets
    ]


def holds_one_value(register: layout.Register, key: str) -> bool:
    """A person, a date, a number, a level or a list value: one per item. Text (a title
    whose tree levels are two columns, a description) joins its columns."""
    return key in PERSON_COLUMNS or register.column(key).kind not in ("text", "longtext")


#: how a line of :func:`one_value_fields` starts (the table's caller makes it a misfit)
ONE_VALUE = "the mapping file maps columns"


def one_value_fields(
    block: TableBlock, chosen: dict[int, Candidate], register: layout.Register
) -> list[str]:
    """Columns mapped to one field that holds one value, beyond the first (the mapping
    file's before a new column's automatic match, then left to right): left out of
    ``chosen`` (in place), a line per field saying which and the fix."""
    by_key: dict[str, list[int]] = {}
    # the mapping file's own columns first (a new column matched automatically gives way)
    for col in sorted(chosen, key=lambda c: (chosen[c].synonym != "mapping file", c)):
        by_key.setdefault(chosen[col].column_key, []).append(col)
    said = []
    for key, cols in by_key.items():
        if len(cols) < 2 or not holds_one_value(register, key):
            continue
        for col in cols[1:]:
            del chosen[col]
        headers = [f"{column_letter(c)} {_header(block, c)!r}" for c in cols]
        said.append(
            f"{ONE_VALUE} {', '.join(headers)} to {key!r}, which holds one value: "
            f"{headers[0]} is read, the others are left out; fix: map each of the others to "
            "its own field, or null"
        )
    return said


def _header(block: TableBlock, col: int) -> str:
    cell = block.header_at(col)
    return cell.full if cell is not None else ""
