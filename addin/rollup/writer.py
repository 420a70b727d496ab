"""Write a built :class:`~addin.rollup.build.Rollup` to an .xlsx file.

XlsxWriter writes the structure and the Summary; the data sheets' cells are streamed
into the package afterwards (:mod:`addin.rollup.stream_cells`), which keeps memory flat.

Every sheet holds real Excel tables (filters, frozen header rows, number and date
formats, RAG / rating / severity / status colours); the Summary has native charts.
Source text is always written with ``write_string`` after :func:`clean_text`, so it is
never a formula and holds no control characters. The workbook has no formulas at all:
every figure was computed in Python by :mod:`addin.derived`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_range
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.rollup import dependency_map as dm
from addin.rollup.build import SUMMARY_SHEET, Rollup
from addin.rollup.dates import date_cell
from addin.rollup.formula_sheet import FormulaWorksheet
from addin.rollup.model import ColumnKind, OutSheet, OutTable
from addin.rollup.prioritisation_rollup import fill_rollup_sheet
from addin.rollup.stored_package import StoredWorkbook
from addin.rollup.stream_cells import (
    StreamedSheet,
    StreamedTable,
    Structure,
    inject_cells,
    inject_cells_later,
    render_beside,
    styled_like,
)
from addin.rollup.summary import CHART_PROJECTS, NOT_SET
from addin.rollup.text import clean_text
from addin.standards import Standards

#: Custom document property that marks a file as a roll-up (so a later run skips it).
ROLLUP_MARKER = "PMO Roll-up"

NUMBER_FORMATS: dict[str, str] = {
    "int": "0",
    "number": "#,##0.00",
    "money": "#,##0",
    "pct": "0.0%",
    "date": "yyyy-mm-dd",
    "month": "mmm yyyy",
}
TABLE_STYLE = "Table Style Light 9"
SEVERITY_COLOURS = {"error": "#F8696B", "warning": "#FFC000", "info": "#BDD7EE"}
GREY = "#D9D9D9"
GREEN, AMBER, RED = "#63BE7B", "#FFC000", "#F8696B"
STATUS_COLOURS = {
    "loaded": GREEN,
    "loaded with findings": AMBER,
    "rejected": RED,
    "skipped": GREY,
    dm.MATCHED: GREEN,
    dm.DATE_MISMATCH: AMBER,
    dm.COMMITTED_LATE: RED,
    dm.NO_OUTBOUND: RED,
    dm.NO_INBOUND: AMBER,
    dm.NOT_IN_ROLLUP: AMBER,
    dm.NO_COUNTERPARTY: RED,
}


class _Formats:
    def __init__(self, wb: Workbook) -> None:
        self.wb = wb
        self.number = {k: wb.add_format({"num_format": v}) for k, v in NUMBER_FORMATS.items()}
        self.title = wb.add_format({"bold": True, "font_size": 16})
        self.subtitle = wb.add_format({"bold": True, "font_size": 12})
        self.note = wb.add_format({"italic": True, "font_color": "#595959"})
        self._fills: dict[str, Format] = {}
        self._grid: dict[str, Format] = {}

    def fill(self, colour: str) -> Format:
        if colour not in self._fills:
            self._fills[colour] = self.wb.add_format({"bg_color": colour})
        return self._fills[colour]

    def grid(self, colour: str) -> Format:
        if colour not in self._grid:
            self._grid[colour] = self.wb.add_format(
                {"bg_color": colour, "align": "center", "border": 1, "bold": True}
            )
        return self._grid[colour]

    def for_kind(self, kind: ColumnKind) -> Format | None:
        return self.number.get(kind)


Writer = Callable[[Worksheet, int, int, Any], None]


def _finite(value: float) -> float | None:
    """``value`` as a number Excel can hold, or None (NaN, infinity, an int beyond float)."""
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _cell_writer(kind: ColumnKind, fmt: Format | None, default_date: Format) -> Writer:
    """One function per column, so the row loop does no format look-ups."""
    date_fmt = fmt if kind in ("date", "month") and fmt is not None else default_date

    def write(ws: Worksheet, row: int, col: int, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, str):
            if value:
                ws.write_string(row, col, clean_text(value))
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, int | float):
            number = _finite(value)
            if number is not None:
                ws.write_number(row, col, number, fmt)
        elif isinstance(value, date):
            serial = date_cell(value)
            if isinstance(serial, str):
                ws.write_string(row, col, serial)
            else:
                ws.write_number(row, col, serial, date_fmt)
        else:
            ws.write_string(row, col, clean_text(str(value)))

    return write


def _colour_rules(
    ws: Worksheet, fmts: _Formats, kind: ColumnKind, rng: tuple[int, int, int, int], st: Standards
) -> None:
    colours: dict[str, str]
    if kind == "rag":
        colours = {rag: st.rag_colours[rag] for rag in st.lists["rag"] if rag in st.rag_colours}
    elif kind == "rating":
        colours = {b.name: b.colour for b in st.score_bands}
    elif kind == "severity":
        colours = SEVERITY_COLOURS
    elif kind == "status":
        colours = STATUS_COLOURS
    else:
        return
    for text, colour in colours.items():
        ws.conditional_format(
            *rng,
            {
                "type": "cell",
                "criteria": "==",
                "value": '"' + text.replace('"', '""') + '"',
                "format": fmts.fill(colour),
            },
        )


def _write_table(
    ws: Worksheet,
    fmts: _Formats,
    row0: int,
    col0: int,
    table: OutTable,
    st: Standards,
    *,
    row_kinds: list[ColumnKind] | None = None,
) -> int:
    """Write ``table`` with its header at (row0, col0); returns the row after its last."""
    if table.title and row0 > 0:
        ws.write_string(row0 - 1, col0, table.title, fmts.subtitle)
    n = len(table.rows)
    last_row = row0 + max(1, n)
    last_col = col0 + len(table.columns) - 1
    ws.add_table(
        row0,
        col0,
        last_row,
        last_col,
        {
            "name": table.name,
            "style": TABLE_STYLE,
            "autofilter": True,
            "columns": [{"header": clean_text(c.header)} for c in table.columns],
        },
    )
    writers = [
        _cell_writer(c.kind, fmts.for_kind(c.kind), fmts.number["date"]) for c in table.columns
    ]
    for c, column in enumerate(table.columns):
        ws.set_column(col0 + c, col0 + c, column.width)
    r = row0 + 1
    for values in table.rows:
        for c, value in enumerate(values):
            writers[c](ws, r, col0 + c, value)
        r += 1
    if row_kinds is not None:  # a key/value table whose Value column changes format by row
        for i, kind in enumerate(row_kinds):
            value = table.rows[i][1]
            fmt = fmts.for_kind(kind)
            if isinstance(value, int | float) and not isinstance(value, bool) and fmt:
                ws.write_number(row0 + 1 + i, col0 + 1, value, fmt)
    for c, column in enumerate(table.columns):
        _colour_rules(ws, fmts, column.kind, (row0 + 1, col0 + c, last_row, col0 + c), st)
    return last_row + 1


def _declare_table(
    ws: Worksheet, fmts: _Formats, row0: int, col0: int, table: OutTable, st: Standards
) -> StreamedTable:
    """The table, its header, widths and colour rules; its cells are streamed later."""
    if table.title and row0 > 0:
        ws.write_string(row0 - 1, col0, table.title, fmts.subtitle)
    last_row = row0 + max(1, len(table.rows))
    last_col = col0 + len(table.columns) - 1
    # XlsxWriter records every cell of a table's range in a dict (to catch overlaps):
    # hundreds of MB for a big roll-up. Declare a one-row table, then give it its range.
    ws.add_table(
        row0,
        col0,
        row0 + 1,
        last_col,
        {
            "name": table.name,
            "style": TABLE_STYLE,
            "autofilter": True,
            "columns": [{"header": clean_text(c.header)} for c in table.columns],
        },
    )
    full = xl_range(row0, col0, last_row, last_col)
    ws.tables[-1].update({"range": full, "a_range": full, "autofilter": full})
    for c, column in enumerate(table.columns):
        ws.set_column(col0 + c, col0 + c, column.width)
        _colour_rules(ws, fmts, column.kind, (row0 + 1, col0 + c, last_row, col0 + c), st)
    styles = []
    for column in table.columns:
        fmt = fmts.for_kind(column.kind)
        styles.append(fmt._get_xf_index() if fmt is not None else 0)
    return StreamedTable(row0, col0, table, styles)


def _write_sheet(
    wb: Workbook, fmts: _Formats, sheet: OutSheet, st: Standards, index: int
) -> StreamedSheet:
    ws = wb.add_worksheet(sheet.name, FormulaWorksheet)  # (the Prioritisation sheet's formulas)
    tables = [_declare_table(ws, fmts, r, c, t, st) for r, c, t in sheet.tables]
    if sheet.freeze_rows:
        ws.freeze_panes(sheet.freeze_rows, 0)
    if sheet.decorate is not None:
        sheet.decorate(wb, ws, st)
    return StreamedSheet(f"xl/worksheets/sheet{index}.xml", tables, sheet.name)


def _write_summary(wb: Workbook, fmts: _Formats, rollup: Rollup, st: Standards) -> None:
    s = rollup.summary
    ws = wb.add_worksheet(SUMMARY_SHEET, FormulaWorksheet)  # (its colour rules' values)
    ws.write_string(0, 0, clean_text(s.title), fmts.title)
    if s.notes:
        ws.write_string(1, 0, clean_text(" ".join(s.notes)), fmts.note)
    ws.freeze_panes(2, 0)
    row = 4
    end = _write_table(ws, fmts, row, 0, s.totals, st, row_kinds=s.totals_kinds)
    rag_row = end + 2
    end = _write_table(ws, fmts, rag_row, 0, s.rag_counts, st)
    heat_row = end + 2
    end = _write_table(ws, fmts, heat_row, 0, s.heat_map, st)
    for i, colours in enumerate(s.heat_map_colours):
        for j, colour in enumerate(colours):
            ws.write_number(heat_row + 1 + i, 1 + j, s.heat_map.rows[i][1 + j], fmts.grid(colour))
    top_row = end + 2
    end = _write_table(ws, fmts, top_row, 0, s.top_risks, st)
    budget_row = end + 2
    _write_table(ws, fmts, budget_row, 0, s.budget_vs_eac, st)
    ws.set_column(0, 0, 30)

    rag_chart = wb.add_chart({"type": "column"})
    n_rag = len(s.rag_counts.rows)
    rag_names = [str(r[0]) for r in s.rag_counts.rows]
    rag_chart.add_series(
        {
            "name": "Overall RAG",
            "categories": [SUMMARY_SHEET, rag_row + 1, 0, rag_row + n_rag, 0],
            "values": [SUMMARY_SHEET, rag_row + 1, 1, rag_row + n_rag, 1],
            "points": [
                {"fill": {"color": st.rag_colours.get(name, GREY) if name != NOT_SET else GREY}}
                for name in rag_names
            ],
            "data_labels": {"value": True},
        }
    )
    rag_chart.set_title({"name": "Projects by overall RAG"})
    rag_chart.set_legend({"none": True})
    ws.insert_chart(row, 9, rag_chart, {"x_scale": 1.2, "y_scale": 1.1})

    n_budget = min(CHART_PROJECTS, len(s.budget_vs_eac.rows))
    if n_budget:
        bar = wb.add_chart({"type": "bar"})
        for col, name, colour in ((2, "Budget (BAC)", "#5B9BD5"), (3, "EAC", "#ED7D31")):
            bar.add_series(
                {
                    "name": name,
                    "categories": [SUMMARY_SHEET, budget_row + 1, 0, budget_row + n_budget, 0],
                    "values": [SUMMARY_SHEET, budget_row + 1, col, budget_row + n_budget, col],
                    "fill": {"color": colour},
                }
            )
        bar.set_title({"name": f"Budget vs EAC (largest {n_budget} budgets)"})
        bar.set_y_axis({"reverse": True})
        bar.set_x_axis({"num_format": "#,##0", "min": 0})
        ws.insert_chart(row + 17, 9, bar, {"x_scale": 1.4, "y_scale": 1.6})


def write_rollup(rollup: Rollup, path: Path, standards: Standards) -> None:
    """Write every sheet of ``rollup`` to ``path`` (the caller makes it atomic)."""
    structure = path.with_name(path.name + ".structure")
    try:
        streamed, date_style = write_structure(rollup, structure, standards)
        inject_cells(structure, path, streamed, date_style)
    finally:
        structure.unlink(missing_ok=True)


def write_structure(
    rollup: Rollup, structure: Path, standards: Standards
) -> tuple[list[StreamedSheet], int]:
    """XlsxWriter's package of ``rollup`` without the data cells, at ``structure``: the
    sheets whose cells are streamed in next, and the date style's index."""
    # Its parts in memory, not in temporary files (92 files made, dated and removed): the
    # package's bytes are the same (stream_cells.PART_DATE); and stored, not deflated,
    # since the roll-up's package is made from them (stored_package.py).
    wb = StoredWorkbook(
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "use_zip64": True,
        }
    )
    run = rollup.inputs.run
    created = datetime(run.as_of.year, run.as_of.month, run.as_of.day)
    wb.set_properties(
        {
            "title": f"Portfolio roll-up as of {run.as_of.isoformat()}",
            "comments": "Written by pmo consolidate",
            "created": created,
        }
    )
    wb.set_custom_property(ROLLUP_MARKER, f"pmo-addin {run.tool_version}")
    fmts = _Formats(wb)
    _write_summary(wb, fmts, rollup, standards)
    streamed = [
        _write_sheet(wb, fmts, sheet, standards, index)
        for index, sheet in enumerate(rollup.sheets, start=2)
    ]
    inputs = rollup.inputs
    streamed = fill_rollup_sheet(wb, inputs.projects, standards, streamed, inputs.prioritisation)
    date_style = fmts.number["date"]._get_xf_index()
    wb.close_stored(structure)
    return streamed, date_style


def write_rollup_later(
    rollup: Rollup, path: Path, standards: Standards, final: Callable[[], Rollup]
) -> None:
    """Write ``rollup`` to ``path`` as :func:`write_rollup` writes ``final()``: the
    roll-up without what only ``final()`` knows (Changes and Trends, from the store's
    answer) gives the data sheets' rows, rendered while ``final()`` waits; the structure
    is then written from ``final()``, and the rows rendered ahead are put into it
    (:func:`~addin.rollup.stream_cells.inject_cells_later`)."""
    early = path.with_name(path.name + ".early")
    structure = path.with_name(path.name + ".structure")
    beside = path.with_name(path.name + ".beside")
    try:
        streamed, date_style = write_structure(rollup, early, standards)

        def then() -> Structure:
            # The sheets only the final roll-up has (Changes, Trends: their rows are known
            # only now) are rendered by a child while this process writes the structure,
            # styled as the first structure styled each kind; not for a roll-up built
            # again (none of its sheets are the first one's).
            done = final()
            new = [
                (f"xl/worksheets/sheet{index}.xml", sheet)
                for index, sheet in enumerate(done.sheets, start=2)
                if not any(sheet is other for other in rollup.sheets)
            ]
            ahead = styled_like(new, streamed) if len(new) < len(done.sheets) else []
            if not ahead:
                return structure, *write_structure(done, structure, standards), []
            with render_beside(beside, ahead, date_style) as child:
                final_streamed, final_style = write_structure(done, structure, standards)
                meanwhile = child.result()
            return structure, final_streamed, final_style, meanwhile

        inject_cells_later(early, path, streamed, date_style, then)
    finally:
        early.unlink(missing_ok=True)
        structure.unlink(missing_ok=True)
        beside.unlink(missing_ok=True)
