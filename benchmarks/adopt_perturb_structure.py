"""Is adoption invariant when a PM MOVES a table? Structural perturbations of the tuning layouts.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/adopt_perturb_structure.py [--seed N]
        [--only TEXT] [--change NAME[,NAME]] [--layouts N] [--json]

Eleven rounds of tuning on batches' misses taught that a fix for one batch rarely reaches
the next fresh one. A miss found by PERTURBING a layout whose truth is known is general by
construction: it is not about one file's words. This script builds every layout of the
TUNING halves of ``adopt_generalisation.py`` (never a ``held-out`` half) as the scorer
does, scores it, then makes seeded variants by the structural changes a PM really makes
when re-using a template (rows inserted above, a spacer column, a notes column, the table
moved, a sheet put first or renamed, a legend below or a lookup list beside, columns
reordered, a frozen and filtered header, a styled header; round 24: a merged group label
over a run of columns, the items split into titled sections with or without subtotals, a
contacts list one or two blank columns right, a key one blank row below, the header over
two rows without a merge, a running-number column left of the ID, a margin and a five-line
title block; round 25: the table far right and far down under a logo area and a title
block, a row of filter hints under the header, hidden item rows, a hidden helper column
inside the table, a column of row-level comments between fields), moves the truth with the
change (a ``TruthTable``'s sheet, header row and column letters; value facts are keyed by
item index, so they hold) and scores the variant.

Per change it reports the facts KEPT: facts right in the variant AND in the original, over
facts right in the original (a fact the original already misses says nothing about the
change), and lists the layouts and facts lost.

What is left out, and why:

- a layout whose workbook is not ``.xlsx``/``.xlsm`` (CSV, ``.xls``, HTML exports): openpyxl
  cannot re-write it;
- from every change that moves cells (rows or columns inserted, the table moved, columns
  swapped, a sheet renamed): a sheet holding a formula, a conditional format, a data
  validation, an Excel table object or an autofilter, whose references openpyxl does not
  shift; and a merged range the moved block cuts through (the change would tear it);
- a second table that really CONTINUES the first (more rows of the same register under a
  blank row, a second page of the same log): a person reads it as more items, so the truth
  would change with it; the generator only adds tables a person reads as NOT items (a RAG
  key, a priority definition list, a lookup list);
- round 24: a section title row that is really an item (an item whose other cells are
  empty) and a subtotal row that restates an item: a person would count them, so the truth
  would change; a unit in brackets on a header (``Cost (£)``) the cells do not show; a
  running-number column beside a table with no ID (a person may take it as the ID: the
  truth would change); and a second table BELOW that continues the items. Headers in upper
  case, with a trailing colon or asterisk, or wrapped with a line break are
  ``adopt_perturb.py``'s in-place perturbations (``headers_upper``, ``headers_marked``,
  ``headers_line_break``), not repeated here;
- round 25: a date column with a few text cells (``TBC``, ``Q3``, ``ongoing``) and an ID
  written with brackets or a marker (``[R-001]``, ``R-001 *``) change the values a person
  reads in those cells (no date; an ID with a mark that may mean something), so the truth's
  value facts would change with them, and a change here moves cells, never facts; the same
  table repeated per month on one sheet (monthly snapshots stacked) repeats every item: a
  person reads the latest snapshot, or counts the items again, so the truth would change;
  an autofilter row is ``frozen_filtered`` already (Excel's own filter buttons are no cells),
  and its home-made form is ``filter_hints_row``;
- ``resave`` is a control, not a change: the workbook loaded and saved by openpyxl untouched,
  so that a fact lost by the re-write itself is not blamed on a change.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import adopt_generalisation as gen
import openpyxl
from adopt_layouts import Built, Layout, TruthTable
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards


class Skip(Exception):
    """The change does not apply to this layout (the reason is reported)."""


# --------------------------------------------------------------------------------------
# the tuning halves, read from the scorer itself (one source of truth: a batch promoted to
# tuning there is perturbed here; a held-out half is never built)


def tuning_halves(only: str | None = None) -> list[tuple[str, tuple[Layout, ...]]]:
    """The scorer's halves (``adopt_generalisation.HALVES``) whose name starts with
    ``tuning``, in its order, named as the scorer names their folders (the name seeds each
    variant); ``only`` keeps the halves whose name holds it, as the scorer's ``--only``."""
    return [
        (half.replace(", ", "-").replace(" ", "-"), tuple(layouts))
        for half, layouts in gen.HALVES
        if half.startswith("tuning") and (not only or only in half)
    ]


# --------------------------------------------------------------------------------------
# facts, one flag each, in the scorer's order


def score_facts(built: Built) -> list[tuple[bool, str]]:
    """Adopt the built workbook and score it as the scorer does, one flag per fact in truth
    order (the scorer's ``Score.outcomes``; the changes keep that order, so fact i of a
    variant is fact i of its original)."""
    try:
        adoption = adopt_host(open_source(built.path), default_standards())
    except Exception as exc:
        score = gen.score_layout(built, gen._empty(built))
        return [
            (False, f"adoption failed: {exc}: {kind}: {what}") for kind, _, what in score.outcomes
        ]
    score = gen.score_layout(built, adoption)
    return [(ok, f"{kind}: {what}") for kind, ok, what in score.outcomes]


# --------------------------------------------------------------------------------------
# moving cells with the truth


def _letter_shift(letter: str, at: int, by: int) -> str:
    col = column_index_from_string(letter)
    return get_column_letter(col + by) if col >= at else letter


def _frozen(ws: Worksheet) -> str | None:
    """Why cells of this sheet cannot be moved by openpyxl without breaking it, or None."""
    if ws.conditional_formatting and len(list(ws.conditional_formatting)):
        return "conditional formatting"
    if ws.data_validations.dataValidation:
        return "data validation"
    if ws.tables:
        return "an Excel table object"
    if ws.auto_filter.ref:
        return "an autofilter"
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                return f"a formula at {cell.coordinate}"
    return None


def shift_block(ws: Worksheet, top: int, left: int, rows: int, cols: int) -> None:
    """Move every cell at or below ``top`` and at or right of ``left`` by (rows, cols), with
    the merged ranges, row heights/hidden flags (rows) and column widths/hidden flags
    (columns) that go with them, as Excel's Insert does."""
    why = _frozen(ws)
    if why:
        raise Skip(f"{ws.title}: {why}")
    max_row, max_col = ws.max_row, ws.max_column
    for m in list(ws.merged_cells.ranges):
        cut_rows = m.min_row < top <= m.max_row and m.max_col >= left
        cut_cols = m.min_col < left <= m.max_col and m.max_row >= top
        if cut_rows or cut_cols:
            raise Skip(f"{ws.title}: merged {m.coord} cut by the move")
    if cols and top > 1:
        for c in range(left, max_col + 1):
            dim = ws.column_dimensions.get(get_column_letter(c))
            if dim is not None and (dim.hidden or dim.outlineLevel):
                raise Skip(f"{ws.title}: hidden column {get_column_letter(c)} right of the move")
    moved = [m for m in ws.merged_cells.ranges if m.min_row >= top and m.min_col >= left]
    for m in moved:
        ws.merged_cells.remove(m)
    if max_row >= top and max_col >= left:
        ref = f"{get_column_letter(left)}{top}:{get_column_letter(max_col)}{max_row}"
        ws.move_range(ref, rows=rows, cols=cols, translate=True)
    for m in moved:
        m.shift(col_shift=cols, row_shift=rows)
        ws.merged_cells.add(m)
    if rows and left == 1:
        dims = {
            r: ws.row_dimensions[r] for r in range(max_row, top - 1, -1) if r in ws.row_dimensions
        }
        for r, dim in dims.items():
            new = ws.row_dimensions[r + rows]
            new.height, new.hidden, new.outlineLevel = dim.height, dim.hidden, dim.outlineLevel
            dim.height, dim.hidden, dim.outlineLevel = None, False, 0
    if cols and top == 1:
        for c in range(max_col, left - 1, -1):
            old = ws.column_dimensions.get(get_column_letter(c))
            if old is None:
                continue
            new = ws.column_dimensions[get_column_letter(c + cols)]
            new.width, new.hidden, new.outlineLevel = old.width, old.hidden, old.outlineLevel
            old.width, old.hidden, old.outlineLevel = None, False, 0


def move_truth(
    tables: list[TruthTable], sheet: str, top: int, left: int, rows: int, cols: int
) -> list[TruthTable]:
    """The truth of a sheet after :func:`shift_block`: a table whose header starts at or
    below ``top`` moves down; its columns at or right of ``left`` move right."""
    out = []
    for t in tables:
        if t.sheet != sheet or t.header_row < top:
            out.append(t)
            continue
        columns = {_letter_shift(k, left, cols): v for k, v in t.columns.items()}
        out.append(replace(t, header_row=t.header_row + rows, columns=columns))
    return out


@dataclass
class Extent:
    """Where one truth table sits: its header row(s), its columns, its last item row."""

    top: int  # the first header row (header_row - 1 when the row above is part of it)
    header_row: int
    first_col: int
    last_col: int
    last_row: int


def extent(ws: Worksheet, truth: TruthTable, others: list[TruthTable]) -> Extent:
    cols = [column_index_from_string(k) for k in truth.columns]
    first, last = min(cols), max(cols)
    while ws.cell(truth.header_row, last + 1).value not in (None, ""):
        last += 1
    below = [
        t.header_row - 1
        for t in others
        if t.sheet == truth.sheet and t.header_row > truth.header_row
    ]
    stop = min(below, default=ws.max_row)
    last_row, blank, r = truth.header_row, 0, truth.header_row + 1
    while r <= stop and blank < 3:
        if any(ws.cell(r, c).value not in (None, "") for c in range(first, last + 1)):
            last_row, blank = r, 0
        else:
            blank += 1
        r += 1
    top = truth.header_row
    above = truth.header_row - 1
    if above >= 1:
        span = [ws.cell(above, c).value for c in range(first, last + 1)]
        in_merge = any(
            m.min_row <= above <= m.max_row and m.max_col >= first and m.min_col <= last
            for m in ws.merged_cells.ranges
        )
        if in_merge or sum(v not in (None, "") for v in span) >= 2:
            top = above
    return Extent(top, truth.header_row, first, last, last_row)


# --------------------------------------------------------------------------------------
# the changes: each takes the loaded workbook, the truth tables and a seeded rng, edits the
# workbook in place and returns the moved truth (or raises Skip)

Change = Callable[[Workbook, list[TruthTable], random.Random], list[TruthTable]]


def _pick(tables: list[TruthTable], rng: random.Random) -> TruthTable:
    if not tables:  # round 37 (px42): a layout whose truth is project facts only
        raise Skip("no truth table to change")
    return tables[rng.randrange(len(tables))]


def resave(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """CONTROL: nothing changed; openpyxl loads and saves the workbook (what every change
    also does), so a fact this loses is the re-write's, not a change's."""
    return tables


def _insert_top(wb: Workbook, tables: list[TruthTable], sheet: str, n: int) -> list[TruthTable]:
    shift_block(wb[sheet], 1, 1, n, 0)
    return move_truth(tables, sheet, 1, 1, n, 0)


def title_block_above(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A title block of label : value lines put above everything on a table's sheet (the
    template's own cover lines: who keeps it, its classification, its version), then a
    blank row. The labels name no project field, so the truth's project facts hold."""
    sheet = _pick(tables, rng).sheet
    lines = [
        ("Maintained by", "PMO office"),
        ("Classification", "Internal"),
        ("Template version", "3.2"),
    ]
    lines = lines[: rng.randint(2, 3)]
    out = _insert_top(wb, tables, sheet, len(lines) + 1)
    ws = wb[sheet]
    for r, (label, value) in enumerate(lines, start=1):
        ws.cell(r, 1, f"{label}:")
        ws.cell(r, 2, value)
    return out


def logo_rows_above(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """Empty rows put above everything on a table's sheet, tall, where a logo sits (the
    picture itself is not in the cells)."""
    sheet = _pick(tables, rng).sheet
    n = rng.randint(3, 6)
    out = _insert_top(wb, tables, sheet, n)
    for r in range(1, n + 1):
        wb[sheet].row_dimensions[r].height = 24
    return out


def last_updated_line(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A one-cell "Last updated: <date>" line and a blank row above everything on a
    table's sheet."""
    sheet = _pick(tables, rng).sheet
    out = _insert_top(wb, tables, sheet, 2)
    wb[sheet].cell(1, 1, f"Last updated: {rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2025")
    return out


def spacer_column_before(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A narrow blank column inserted at A of a table's sheet (a margin): everything moves
    one column right."""
    sheet = _pick(tables, rng).sheet
    shift_block(wb[sheet], 1, 1, 0, 1)
    wb[sheet].column_dimensions["A"].width = 2
    return move_truth(tables, sheet, 1, 1, 0, 1)


def spacer_column_inside(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A blank column inserted between two columns of one table, from its header down (a
    PM's visual separator between the item's fields and its tracking fields); the header
    continues after it."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.last_col - ext.first_col < 2:
        raise Skip(f"{truth.sheet}: table too narrow")
    at = rng.randint(ext.first_col + 1, ext.last_col)
    shift_block(ws, ext.top, at, 0, 1)
    return move_truth(tables, truth.sheet, ext.top, at, 0, 1)


def notes_column_right(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A "Notes" column appended right of one table, free text in some item rows (truth
    unchanged: a person maps it to notes or leaves it, and the scorer does not check it)."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    col = ext.last_col + 1
    if any(ws.cell(r, col).value not in (None, "") for r in range(ext.top, ext.last_row + 1)):
        raise Skip(f"{truth.sheet}: the column right of the table is taken")
    ws.cell(ext.header_row, col, "Notes")
    texts = ["chased by email", "see steering pack", "agreed with sponsor", "waiting on vendor"]
    for r in range(ext.header_row + 1, ext.last_row + 1):
        filled = any(
            ws.cell(r, c).value not in (None, "") for c in range(ext.first_col, ext.last_col + 1)
        )
        if filled and rng.random() < 0.5:
            ws.cell(r, col, rng.choice(texts))
    return tables


def table_moved(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """Everything on a table's sheet moved down and right (the template pasted at D5)."""
    sheet = _pick(tables, rng).sheet
    rows, cols = rng.randint(2, 6), rng.randint(1, 3)
    shift_block(wb[sheet], 1, 1, rows, cols)
    return move_truth(tables, sheet, 1, 1, rows, cols)


def empty_sheet_first(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """An empty sheet put first (Excel's leftover "Sheet1")."""
    name = "Sheet1" if "Sheet1" not in wb.sheetnames else "Sheet0"
    wb.create_sheet(name, 0)
    wb.active = 0
    return tables


def instructions_sheet_first(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """An instructions sheet put first: a title and a few numbered lines of prose."""
    ws = wb.create_sheet("How to use" if "How to use" not in wb.sheetnames else "Read me", 0)
    lines = [
        "How to use this workbook",
        "1. Add one line per item on the register sheet.",
        "2. Keep the owner's full name; do not merge cells.",
        "3. Review every open line at the fortnightly meeting.",
        "4. Send questions to the PMO mailbox.",
    ]
    for r, line in enumerate(lines[: rng.randint(3, 5)], start=1):
        ws.cell(r, 1, line)
    wb.active = 0
    return tables


def sheet_renamed(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """A table's sheet renamed as Excel names a copied sheet, "<name> (2)"."""
    sheet = _pick(tables, rng).sheet
    if wb.defined_names:
        raise Skip("defined names refer to sheets by name")
    for ws in wb.worksheets:
        why = _frozen(ws)
        if why and why.startswith("a formula"):
            raise Skip(f"{ws.title}: {why}")
    new = f"{sheet[:27]} (2)"
    if new in wb.sheetnames:
        raise Skip(f"{new} exists")
    wb[sheet].title = new
    return [replace(t, sheet=new) if t.sheet == sheet else t for t in tables]


def legend_below(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """A RAG key put below everything on a table's sheet, under its first column, after
    two or three blank rows: a second small table a person does not read as items."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    top = ws.max_row + rng.randint(3, 4)
    rows = [
        ("Key", "Meaning"),
        ("Red", "Off track: needs a decision"),
        ("Amber", "At risk: recovery plan in place"),
        ("Green", "On track"),
    ]
    for r, (a, b) in enumerate(rows):
        ws.cell(top + r, ext.first_col, a)
        ws.cell(top + r, ext.first_col + 1, b)
    return tables


def lookup_beside(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """A lookup list (the scale's definitions) put beside a table at its header row, after
    two blank columns: a second small table a person does not read as items or columns."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    col = ws.max_column + 3
    rows = [
        ("Priority", "Definition"),
        ("High", "Escalate to the board"),
        ("Medium", "Manage in the project"),
        ("Low", "Monitor"),
    ]
    for r, (a, b) in enumerate(rows):
        ws.cell(truth.header_row + r, col, a)
        ws.cell(truth.header_row + r, col + 1, b)
    return tables


def columns_reordered(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """Two columns of one table swapped, header and values (a person still maps each one
    by its header)."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    why = _frozen(ws)
    if why:
        raise Skip(f"{ws.title}: {why}")
    ext = extent(ws, truth, tables)
    letters = [k for k in truth.columns]
    if len(letters) < 3:
        raise Skip(f"{truth.sheet}: fewer than three columns")
    a, b = rng.sample(letters, 2)
    ca, cb = column_index_from_string(a), column_index_from_string(b)
    for m in ws.merged_cells.ranges:
        if (
            m.max_row >= ext.top
            and m.min_row <= ext.last_row
            and (m.min_col <= ca <= m.max_col or m.min_col <= cb <= m.max_col)
        ):
            raise Skip(f"{truth.sheet}: merged {m.coord} in a swapped column")
    for other in tables:
        if other is not truth and other.sheet == truth.sheet:
            o = extent(ws, other, tables)
            if o.top <= ext.last_row and o.last_row >= ext.top:
                raise Skip(f"{truth.sheet}: a table beside shares the rows")
    for r in range(ext.top, ext.last_row + 1):
        x, y = ws.cell(r, ca), ws.cell(r, cb)
        x.value, y.value = y.value, x.value
        x._style, y._style = y._style, x._style
    swap = {a: b, b: a}
    columns = {swap.get(k, k): v for k, v in truth.columns.items()}
    return [replace(t, columns=columns) if t is truth else t for t in tables]


def frozen_filtered(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """The header row frozen and an autofilter put on one table."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    ws.freeze_panes = f"A{ext.header_row + 1}"
    if not ws.auto_filter.ref:
        first, last = get_column_letter(ext.first_col), get_column_letter(ext.last_col)
        ws.auto_filter.ref = (
            f"{first}{ext.header_row}:{last}{max(ext.last_row, ext.header_row + 1)}"
        )
    return tables


def header_styled(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """One table's header row made bold white on a dark blue fill."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    for c in range(ext.first_col, ext.last_col + 1):
        cell = ws.cell(ext.header_row, c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    return tables


def units_row_under_header(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A row of formats under one table's header (round 23), as a template tells its users
    how to fill each column: ``dd/mm/yyyy`` over a column of real dates, ``#`` over whole
    numbers, nothing over the rest. The items move one row down; the header stays."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.last_row <= ext.header_row:
        raise Skip(f"{truth.sheet}: no items")
    formats: dict[int, str] = {}
    for c in range(ext.first_col, ext.last_col + 1):
        values = [ws.cell(r, c).value for r in range(ext.header_row + 1, ext.last_row + 1)]
        filled = [v for v in values if v not in (None, "")]
        if filled and all(isinstance(v, datetime) for v in filled):
            formats[c] = "dd/mm/yyyy"
        elif filled and all(isinstance(v, int) and not isinstance(v, bool) for v in filled):
            formats[c] = "#"
    if not formats:
        raise Skip(f"{truth.sheet}: no date or number column to say a format over")
    shift_block(ws, ext.header_row + 1, 1, 1, 0)
    for c, text in formats.items():
        ws.cell(ext.header_row + 1, c, text)
    return move_truth(tables, truth.sheet, ext.header_row + 1, 1, 1, 0)


def field_codes_row_above(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A row of an export's field codes above one table's header (round 23: ``FLD_001``,
    ``FLD_002``..., the system's own names, which a person skips): the header moves one
    row down and stays the header a person reads."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.top != ext.header_row:
        raise Skip(f"{truth.sheet}: a group row over the header")
    shift_block(ws, ext.header_row, 1, 1, 0)
    for n, c in enumerate(range(ext.first_col, ext.last_col + 1), start=1):
        if ws.cell(ext.header_row + 1, c).value not in (None, ""):
            ws.cell(ext.header_row, c, f"FLD_{n:03d}")
    return move_truth(tables, truth.sheet, ext.header_row, 1, 1, 0)


# --------------------------------------------------------------------------------------
# round 24: whole-table structure fresh workbooks keep showing


def _beside(ws: Worksheet, truth: TruthTable, tables: list[TruthTable], ext: Extent) -> None:
    """Skip when another table of the sheet shares this table's rows (a row inserted
    through the table would cut it)."""
    for other in tables:
        if other is not truth and other.sheet == truth.sheet:
            o = extent(ws, other, tables)
            if o.top <= ext.last_row and o.last_row >= ext.top:
                raise Skip(f"{truth.sheet}: a table beside shares the rows")


def _header_cells(ws: Worksheet, ext: Extent) -> list[int]:
    return [
        c
        for c in range(ext.first_col, ext.last_col + 1)
        if isinstance(ws.cell(ext.header_row, c).value, str)
        and ws.cell(ext.header_row, c).value.strip()
    ]


def _item_rows(ws: Worksheet, ext: Extent) -> list[int]:
    return [
        r
        for r in range(ext.header_row + 1, ext.last_row + 1)
        if any(
            ws.cell(r, c).value not in (None, "") for c in range(ext.first_col, ext.last_col + 1)
        )
    ]


def _record_rows(ws: Worksheet, ext: Extent) -> list[int]:
    """The item rows that fill two cells or more: a note under the table (``Scoring: L x
    I``, one cell) is no row a PM writes a helper key or a comment on (round 25)."""
    return [
        r
        for r in _item_rows(ws, ext)
        if sum(
            ws.cell(r, c).value not in (None, "") for c in range(ext.first_col, ext.last_col + 1)
        )
        >= 2
    ]


def _column_is_dates(ws: Worksheet, ext: Extent, col: int) -> bool:
    values = [ws.cell(r, col).value for r in _item_rows(ws, ext)]
    filled = [v for v in values if v not in (None, "")]
    return bool(filled) and all(isinstance(v, datetime) for v in filled)


def _row_above_free(ws: Worksheet, truth: TruthTable, ext: Extent) -> None:
    if ext.top != ext.header_row:
        raise Skip(f"{truth.sheet}: a group row over the header already")


def group_label_over_columns(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A merged group label put over a run of two or three adjacent columns of one table
    (``Dates`` over ``Raised | Due``, ``Assessment`` over ``Likelihood | Impact | Score``),
    so the header becomes two rows; the names stay on the lower row, which the truth keeps
    as the header. Never over the table's first column (a PM groups the tracking fields,
    not the item's key)."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    _row_above_free(ws, truth, ext)
    cells = _header_cells(ws, ext)[1:]
    runs = [
        cells[i : i + n]
        for n in (3, 2)
        for i in range(len(cells) - n + 1)
        if cells[i + n - 1] - cells[i] == n - 1
    ]
    if not runs:
        raise Skip(f"{truth.sheet}: no run of adjacent named columns")
    dated = [run for run in runs if all(_column_is_dates(ws, ext, c) for c in run)]
    run = rng.choice(dated) if dated and rng.random() < 0.6 else rng.choice(runs)
    label = "Dates" if run in dated else rng.choice(("Assessment", "Tracking", "Details"))
    shift_block(ws, ext.header_row, 1, 1, 0)
    ws.cell(ext.header_row, run[0], label)
    ws.merge_cells(
        start_row=ext.header_row, start_column=run[0], end_row=ext.header_row, end_column=run[-1]
    )
    return move_truth(tables, truth.sheet, ext.header_row, 1, 1, 0)


SECTION_TITLES = (
    ("Workstream: Finance", "Workstream: Operations", "Workstream: Technology"),
    ("Phase 1 - Discovery", "Phase 2 - Build", "Phase 3 - Rollout"),
    ("Team North", "Team South", "Team Central"),
)


def _sections(
    wb: Workbook, tables: list[TruthTable], rng: random.Random, subtotal: bool
) -> list[TruthTable]:
    truth = _pick(tables, rng)
    if not truth.counts:
        raise Skip(f"{truth.sheet}: not an item register")
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    _beside(ws, truth, tables, ext)
    items = _item_rows(ws, ext)
    if len(items) < 4 or items != list(range(items[0], items[0] + len(items))):
        raise Skip(f"{truth.sheet}: fewer than four items, or blank rows among them")
    groups = min(3, len(items) // 2)
    cuts = sorted(rng.sample(range(1, len(items)), groups - 1))
    starts = [items[0]] + [items[k] for k in cuts]
    names = rng.choice(SECTION_TITLES)
    blank = rng.random() < 0.5
    numeric = [
        c
        for c in range(ext.first_col, ext.last_col + 1)
        if any(isinstance(ws.cell(r, c).value, int | float) for r in items)
        and all(
            isinstance(ws.cell(r, c).value, int | float) or ws.cell(r, c).value in (None, "")
            for r in items
        )
        and not all(isinstance(ws.cell(r, c).value, bool) for r in items)
    ]
    # bottom up, so each insert leaves the rows above it where they are
    ends = [*starts[1:], items[-1] + 1]
    for k in range(groups - 1, -1, -1):
        start, end = starts[k], ends[k]
        if subtotal:
            shift_block(ws, end, 1, 1, 0)
            ws.cell(end, ext.first_col, f"Subtotal ({end - start})")
            # round 24's last hour: the label stays; a numeric first column (an ID) is not
            # summed over it (the sum overwrote the label: a row of sums with no label)
            for c in numeric:
                if c == ext.first_col:
                    continue
                total = sum(
                    ws.cell(r, c).value or 0
                    for r in range(start, end)
                    if isinstance(ws.cell(r, c).value, int | float)
                )
                ws.cell(end, c, total)
        lead = 2 if blank and k > 0 else 1
        shift_block(ws, start, 1, lead, 0)
        ws.cell(start + lead - 1, ext.first_col, names[k])
        ws.cell(start + lead - 1, ext.first_col).font = Font(bold=True)
    return tables


def sections_titled(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """One table's items split into two or three SECTIONS, a section title row before
    each (a workstream, a phase, a team: bold text in the table's first column, the rest of
    the row empty), with or without a blank row between sections. The items, their order
    and the header stay; the title rows are no items."""
    return _sections(wb, tables, rng, subtotal=False)


def sections_subtotalled(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """As :func:`sections_titled`, with a subtotal row after each section (``Subtotal
    (3)`` in the first column, the section's sums under its number columns, as values)."""
    return _sections(wb, tables, rng, subtotal=True)


def contacts_right_close(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A contacts list (``Name | Role | Email``) put right of one table at its header row,
    ONE or two blank columns apart: a second table a person reads as no items and no
    columns of the first (people names beside a register must not become its owners)."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    col = ext.last_col + 1 + rng.randint(1, 2)
    rows = [
        ("Name", "Role", "Email"),
        ("Alex Morgan", "Project manager", "alex.morgan@example.org"),
        ("Sam Patel", "PMO analyst", "sam.patel@example.org"),
        ("Jo Lindqvist", "Sponsor", "jo.lindqvist@example.org"),
    ]
    for r in range(ext.top, ext.header_row + len(rows)):
        for c in range(col - 1, col + 4):
            if ws.cell(r, c).value not in (None, ""):
                raise Skip(f"{truth.sheet}: the cells right of the table are taken")
    for r, line in enumerate(rows):
        for k, text in enumerate(line):
            ws.cell(ext.header_row + r, col + k, text)
    return tables


def key_below_one_blank(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A RAG key (``Key | Meaning``) put under one table after ONE blank row only, under
    its first two columns: round 22's ``legend_below`` left two or three."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    top = ext.last_row + 2
    rows = [
        ("Key", "Meaning"),
        ("Red", "Off track: needs a decision"),
        ("Amber", "At risk: recovery plan in place"),
        ("Green", "On track"),
    ]
    for r in range(top - 1, top + len(rows) + 1):
        for c in range(ext.first_col, ext.last_col + 1):
            if ws.cell(r, c).value not in (None, ""):
                raise Skip(f"{truth.sheet}: the rows under the table are taken")
    for r, (a, b) in enumerate(rows):
        ws.cell(top + r, ext.first_col, a)
        ws.cell(top + r, ext.first_col + 1, b)
    return tables


def header_two_rows(wb: Workbook, tables: list[TruthTable], rng: random.Random) -> list[TruthTable]:
    """One table's header written over two rows WITHOUT a merge: a header of two words or
    more has its last word on the lower row and the rest above (``Due`` over ``Date``), a
    header of one word stays on the lower row. The truth's header is the lower row."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    _row_above_free(ws, truth, ext)
    split = {
        c: ws.cell(ext.header_row, c).value.strip().rsplit(" ", 1)
        for c in _header_cells(ws, ext)
        if " " in ws.cell(ext.header_row, c).value.strip()
    }
    if len(split) < 2:
        raise Skip(f"{truth.sheet}: fewer than two headers of two words")
    shift_block(ws, ext.header_row, 1, 1, 0)
    for c, (upper, lower) in split.items():
        ws.cell(ext.header_row, c, upper)
        ws.cell(ext.header_row + 1, c, lower)
    return move_truth(tables, truth.sheet, ext.header_row, 1, 1, 0)


def running_number_column(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A running-number column (``No.`` or ``#``: 1, 2, 3...) inserted at the left of one
    table that has its own ID column: the real ID stays the ID. The new column is not in
    the truth (a person leaves it out or keeps it as a note)."""
    truth = _pick(tables, rng)
    if "id" not in truth.columns.values():
        raise Skip(f"{truth.sheet}: no ID column beside which to number")
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    _beside(ws, truth, tables, ext)
    items = _item_rows(ws, ext)
    shift_block(ws, ext.top, ext.first_col, 0, 1)
    ws.cell(ext.header_row, ext.first_col, rng.choice(("No.", "#")))
    for n, r in enumerate(items, start=1):
        ws.cell(r, ext.first_col, n)
    return move_truth(tables, truth.sheet, ext.top, ext.first_col, 0, 1)


def margin_and_title_block(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """An empty first row and first column kept as a margin AND a title block of five or
    six lines over everything on a table's sheet (the register's name, then label : value
    lines naming no project field), a blank row, then the tables; the panes frozen under
    the block as a template's are."""
    sheet = _pick(tables, rng).sheet
    lines = [
        ("Maintained by", "PMO office"),
        ("Classification", "Internal"),
        ("Template version", "3.2"),
        ("Review cycle", "Monthly"),
        ("Distribution", "Project board"),
    ]
    lines = lines[: rng.randint(4, 5)]
    n = 1 + 1 + len(lines) + 1  # margin, title, lines, blank
    shift_block(wb[sheet], 1, 1, n, 1)
    ws = wb[sheet]
    ws.column_dimensions["A"].width = 2
    ws.cell(2, 2, sheet)
    ws.cell(2, 2).font = Font(bold=True, size=14)
    for r, (label, value) in enumerate(lines, start=3):
        ws.cell(r, 2, f"{label}:")
        ws.cell(r, 3, value)
    return move_truth(tables, sheet, 1, 1, n, 1)


# --------------------------------------------------------------------------------------
# round 25: more structural changes PMs make


def table_far_placed(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """Everything on a table's sheet moved far right and far down (the table at about H30)
    under a large title block: a logo area of tall empty rows, the register's name, and a
    few label : value lines naming no project field, as a corporate template lays it out."""
    sheet = _pick(tables, rng).sheet
    rows, cols = rng.randint(24, 29), rng.randint(5, 7)
    shift_block(wb[sheet], 1, 1, rows, cols)
    ws = wb[sheet]
    for r in range(1, 6):
        ws.row_dimensions[r].height = 24
    ws.cell(7, 2, sheet)
    ws.cell(7, 2).font = Font(bold=True, size=16)
    lines = [
        ("Maintained by", "PMO office"),
        ("Classification", "Internal"),
        ("Template version", "3.2"),
        ("Review cycle", "Monthly"),
    ]
    for r, (label, value) in enumerate(lines[: rng.randint(2, 4)], start=9):
        ws.cell(r, 2, f"{label}:")
        ws.cell(r, 3, value)
    return move_truth(tables, sheet, 1, 1, rows, cols)


FILTER_HINTS = ("(All)", "(Alle)", "Filter...")


def filter_hints_row(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A row of filter hints under one table's header (``(All)`` under every named column,
    as a PM's home-made filter row or a pivot's page fields show), the header frozen above
    it: the items move one row down, the header stays."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.last_row <= ext.header_row:
        raise Skip(f"{truth.sheet}: no items")
    _beside(ws, truth, tables, ext)
    hint = rng.choice(FILTER_HINTS)
    cols = _header_cells(ws, ext)
    shift_block(ws, ext.header_row + 1, 1, 1, 0)
    for c in cols:
        ws.cell(ext.header_row + 1, c, hint)
    ws.freeze_panes = f"A{ext.header_row + 2}"
    return move_truth(tables, truth.sheet, ext.header_row + 1, 1, 1, 0)


def hidden_rows_inside(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """One or two item rows of one table hidden (a PM hides closed items rather than
    deleting them): they are still items, and the truth keeps them."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    items = _item_rows(ws, ext)
    if len(items) < 3:
        raise Skip(f"{truth.sheet}: fewer than three items")
    for r in rng.sample(items[1:], min(2, len(items) - 1)):
        ws.row_dimensions[r].hidden = True
    return tables


def hidden_helper_column(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A hidden helper column inserted inside one table (a lookup key a PM's formulas use:
    the first column's value joined to the row's number, header ``Helper`` or ``Key``), the
    header going on past it. Not in the truth: a person never sees it."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.last_col - ext.first_col < 2:
        raise Skip(f"{truth.sheet}: table too narrow")
    _beside(ws, truth, tables, ext)
    items = _record_rows(ws, ext)
    at = rng.randint(ext.first_col + 1, ext.last_col)
    shift_block(ws, ext.top, at, 0, 1)
    ws.cell(ext.header_row, at, rng.choice(("Helper", "Key")))
    for n, r in enumerate(items, start=1):
        first = ws.cell(r, ext.first_col).value
        ws.cell(r, at, f"{first}|{n}")
    ws.column_dimensions[get_column_letter(at)].hidden = True
    return move_truth(tables, truth.sheet, ext.top, at, 0, 1)


COMMENT_TEXTS = (
    "chased by email on Monday",
    "see the steering pack",
    "agreed with the sponsor",
    "waiting on the vendor's reply",
    "raised again at the board",
)


def comment_column_between(
    wb: Workbook, tables: list[TruthTable], rng: random.Random
) -> list[TruthTable]:
    """A column of row-level comments inserted between two fields of one table (``PM
    comments`` or ``Comments``; free text in about half the item rows): the header goes on
    past it. Not in the truth (the scorer checks no notes column)."""
    truth = _pick(tables, rng)
    ws = wb[truth.sheet]
    ext = extent(ws, truth, tables)
    if ext.last_col - ext.first_col < 2:
        raise Skip(f"{truth.sheet}: table too narrow")
    _beside(ws, truth, tables, ext)
    items = _record_rows(ws, ext)
    at = rng.randint(ext.first_col + 1, ext.last_col)
    shift_block(ws, ext.top, at, 0, 1)
    ws.cell(ext.header_row, at, rng.choice(("PM comments", "Comments")))
    for r in items:
        if rng.random() < 0.5:
            ws.cell(r, at, rng.choice(COMMENT_TEXTS))
    return move_truth(tables, truth.sheet, ext.top, at, 0, 1)


CHANGES: dict[str, Change] = {
    f.__name__: f
    for f in (
        resave,
        title_block_above,
        logo_rows_above,
        last_updated_line,
        spacer_column_before,
        spacer_column_inside,
        notes_column_right,
        table_moved,
        empty_sheet_first,
        instructions_sheet_first,
        sheet_renamed,
        legend_below,
        lookup_beside,
        columns_reordered,
        frozen_filtered,
        header_styled,
        units_row_under_header,
        field_codes_row_above,
        group_label_over_columns,
        sections_titled,
        sections_subtotalled,
        contacts_right_close,
        key_below_one_blank,
        header_two_rows,
        running_number_column,
        margin_and_title_block,
        table_far_placed,
        filter_hints_row,
        hidden_rows_inside,
        hidden_helper_column,
        comment_column_between,
    )
}


# --------------------------------------------------------------------------------------
# running


@dataclass
class Tally:
    kept: int = 0
    base: int = 0
    layouts: int = 0
    skipped: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    gained: int = 0


def variant(built: Built, change: Change, rng: random.Random, folder: Path) -> Built:
    """The built workbook after one change, with its moved truth."""
    suffix = built.path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm"):
        raise Skip(f"a {suffix} workbook")
    path = folder / f"{built.path.stem}-{change.__name__}{suffix}"
    shutil.copy(built.path, path)
    wb = openpyxl.load_workbook(path, keep_vba=suffix == ".xlsm")
    tables = change(wb, list(built.tables), rng)
    wb.save(path)
    return Built(path, tables, built.values)


def run(
    halves: list[tuple[str, tuple[Layout, ...]]],
    changes: list[str],
    seed: int,
    limit: int | None = None,
    progress: bool = False,
    names: set[str] | None = None,
) -> dict[str, Tally]:
    tallies = {name: Tally() for name in changes}
    with tempfile.TemporaryDirectory() as tmp:
        for half, layouts in halves:
            folder = Path(tmp) / half
            folder.mkdir()
            for n, layout in enumerate(layouts[:limit] if limit else layouts):
                if names and layout.name not in names:
                    continue
                built = layout.build(folder, random.Random(seed * 1000 + n))
                if not built.tables:
                    continue
                original = score_facts(built)
                for name in changes:
                    tally = tallies[name]
                    rng = random.Random(f"{seed}:{half}:{n}:{name}")
                    try:
                        moved = variant(built, CHANGES[name], rng, folder)
                    except Skip as why:
                        tally.skipped.append(f"{layout.name}: {why}")
                        continue
                    got = score_facts(moved)
                    tally.layouts += 1
                    for (ok0, _what0), (ok1, what1) in zip(original, got, strict=True):
                        tally.base += ok0
                        tally.kept += ok0 and ok1
                        tally.gained += ok1 and not ok0
                        if ok0 and not ok1:
                            tally.lost.append(f"{half} / {layout.name}: {what1}")
                if progress:
                    print(f"  .. {half} {layout.name}", file=sys.stderr, flush=True)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", metavar="TEXT", help="the tuning halves whose name holds TEXT")
    parser.add_argument("--change", metavar="NAMES", help="comma-separated change names")
    parser.add_argument("--layouts", type=int, help="only the first N layouts of each half")
    parser.add_argument("--layout", metavar="NAMES", help="comma-separated layout names only")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--progress", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="no list of facts lost")
    args = parser.parse_args(argv)
    changes = args.change.split(",") if args.change else list(CHANGES)
    unknown = [c for c in changes if c not in CHANGES]
    if unknown:
        parser.error(f"unknown change(s) {unknown}; known: {', '.join(CHANGES)}")
    halves = tuning_halves(args.only)
    names = set(args.layout.split(",")) if args.layout else None
    tallies = run(halves, changes, args.seed, args.layouts, args.progress, names)
    if args.json:
        print(
            json.dumps(
                {
                    n: {
                        "kept": t.kept,
                        "base": t.base,
                        "layouts": t.layouts,
                        "skipped": len(t.skipped),
                        "lost": t.lost,
                    }
                    for n, t in tallies.items()
                },
                indent=2,
            )
        )
        return 0
    print(f"== structural invariance, seed {args.seed}, {len(halves)} tuning halves ==")
    for name, t in tallies.items():
        pct = f"{100 * t.kept / t.base:.1f}%" if t.base else "-"
        print(
            f"  {name:26s} kept {t.kept}/{t.base} ({pct})  layouts {t.layouts}, skipped {len(t.skipped)}, gained {t.gained}"
        )
    if not args.quiet:
        for name, t in tallies.items():
            if t.lost:
                print(f"-- {name}: {len(t.lost)} facts lost")
                for line in t.lost:
                    print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
