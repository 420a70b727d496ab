"""Formula columns with no value saved: no source of values, and said (round 29).

A register built as a tool computes some of its columns (``Score = Likelihood x Impact``,
a RAG by ``IF``, ``Days Open = TODAY() - Raised``, a ``Total`` by ``SUM``). Excel saves each
formula with the value it last computed; a file written by a program (openpyxl, a script, a
generator of templates) and never opened and recalculated in Excel saves the formula alone,
and every reader, adoption's too, sees an empty cell. Nothing in such a column can be read,
whatever its header says: a ``Due Date`` of ``=E5+30`` with no value gives no due date, and
taking the column for the register's due date would promise values it has not got.

:func:`note_uncomputed` reads that, after every table is adopted, from the package's sheet
XML (:mod:`addin.adopt.sheet_xml`, ``<c r="H5"><f>F5*G5</f></c>``: no ``<v>``): a column of
an adopted table whose data cells are all empty, half of them or more formulas with no value
saved, is left out (a column mapped by its header is unmapped, and so in the saved mapping)
and listed, with an example formula, in the column's line and in the table's notes
(``formula columns with no value saved ...: H 'Score' (=F5*G5), I 'RAG'``). A column with
a value anywhere (typed over the formula, or computed and saved) is read as before.
"""

from __future__ import annotations

from addin.adopt.grid import Grid, is_blank
from addin.adopt.mapping_file import AdoptionMapping
from addin.adopt.report import AdoptionReport, ColumnReport, TableReport
from addin.adopt.sheet_xml import WorkbookFacts
from addin.cells import column_index, parse_range

#: What the column's line says.
REASON = (
    "formulas with no value saved in the file (never recalculated in Excel): no source of values"
)
#: The longest example formula quoted.
MAX_FORMULA = 40


def uncomputed_column(
    cells: dict[tuple[int, int], str], grid: Grid, col: int, rows: range
) -> str | None:
    """The example formula of column ``col`` when its cells on ``rows`` are all empty and
    half of them or more hold a formula with no value saved; else None."""
    found = [r for r in rows if (r, col) in cells]
    if not found or len(found) * 2 < len(rows):
        return None
    if any(not is_blank(grid.value(r, col)) for r in rows):
        return None
    example = next((cells[(r, col)] for r in found if cells[(r, col)]), "")
    if len(example) > MAX_FORMULA:
        example = example[: MAX_FORMULA - 3] + "..."
    return f"={example}" if example else "(a shared formula)"


def _columns_of(
    table: TableReport, grid: Grid, cells: dict[tuple[int, int], str]
) -> list[tuple[ColumnReport, str]]:
    try:
        _r1, _c1, last_row, _c2 = parse_range(table.ref)
    except ValueError:
        return []
    rows = range(table.header_row + 1, last_row + 1)
    if not rows:
        return []
    out = []
    for column in table.columns:
        if "month" in column.method:
            continue  # a tracker's period column: its amounts are the items' own
        try:
            col = column_index(column.column)
        except ValueError:
            continue
        example = uncomputed_column(cells, grid, col, rows)
        if example is not None:
            out.append((column, example))
    return out


def note_uncomputed(
    report: AdoptionReport,
    facts: WorkbookFacts,
    grids: dict[str, Grid],
    mapping: AdoptionMapping,
) -> None:
    """Leave out and list every adopted table's formula columns with no value saved."""
    for table in report.adopted_tables:
        cells = facts.of(table.sheet).uncomputed
        grid = grids.get(table.sheet)
        if not cells or grid is None or any(n.startswith("read transposed") for n in table.notes):
            continue
        found = _columns_of(table, grid, cells)
        if not found:
            continue
        listed = []
        for column, example in found:
            if column.target is not None:
                for spec in mapping.for_sheet(table.sheet):
                    if spec.header_row == table.header_row and column.header in spec.columns:
                        spec.columns[column.header] = None
            column.target, column.target_name, column.confidence, column.method = (
                None,
                None,
                0.0,
                "",
            )
            column.note = f"{REASON} ({example})"
            listed.append(f"{column.column} '{column.header}' ({example})")
        table.notes.append(
            "formula columns with no value saved in the file (never recalculated in Excel; no "
            "source of values, left out): " + ", ".join(listed)
        )
