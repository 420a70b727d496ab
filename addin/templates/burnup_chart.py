"""The Iterations sheet's burn-up chart (SPEC section 16): completed points (cumulative)
against total scope (completed so far + Remaining Points), over each iteration's End date.

The chart reads a hidden helper block of formulas beside tblIterations, one row per table
row plus room for a year of sprints more, so it follows what the PM types without any
code: a row without an End date or Completed Points gives ``#N/A``, which a scatter chart
skips. Cached values are computed here from the same rows, so the chart shows before
Excel or LibreOffice recalculates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.cells import column_letter, excel_serial
from addin.layout import ITERATIONS
from addin.models import Iteration
from addin.templates.register_sheets import table_row_count

#: Rows the helper block covers beyond the table's rows (a year of two-week sprints).
SPARE_ROWS = 26
#: 0-based column of the helper block (hidden), well right of the table and the chart.
HELPER_COL = 20
#: 0-based column where the chart is placed (right of the table).
CHART_COL = len(ITERATIONS.columns) + 1
NA = "#N/A"
HEADERS = ("Burn-up: End", "Completed (cumulative)", "Total Scope")


def _letter(key: str) -> str | None:
    keys = [c.key for c in ITERATIONS.columns]
    return column_letter(keys.index(key) + 1) if key in keys else None


def _cached(items: Sequence[Iteration], rows: int) -> list[tuple[object, object, object]]:
    """(End, cumulative completed, total scope) per helper row, as the formulas give."""
    out: list[tuple[object, object, object]] = []
    total = 0.0
    for index in range(rows):
        item = items[index] if index < len(items) else None
        done = item.completed_points if item is not None else None
        total += done or 0.0
        end: date | None = item.end if item is not None else None
        if end is None or done is None:
            out.append((NA, NA, NA))
            continue
        remaining = item.remaining_points if item is not None else None
        out.append((excel_serial(end), total, NA if remaining is None else total + remaining))
    return out


def write_burnup_chart(
    workbook: Workbook, sheet: Worksheet, items: Sequence[Iteration], *, cache_values: bool = True
) -> None:
    """The helper block (hidden) and the burn-up chart beside tblIterations."""
    end, done, remaining = _letter("end"), _letter("completed_points"), _letter("remaining_points")
    if end is None or done is None:
        return
    rows = table_row_count(items) + SPARE_ROWS
    x, y1, y2 = (column_letter(HELPER_COL + i + 1) for i in range(3))
    header = workbook.add_format({"bold": True, "font_color": "#595959"})
    serial_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    for i, text in enumerate(HEADERS if remaining else HEADERS[:2]):
        sheet.write_string(0, HELPER_COL + i, text, header)
    cached = _cached(items, rows)
    for index in range(rows):
        r = index + 2  # Excel row: the table's header is row 1
        cx, c1, c2 = cached[index] if cache_values else (0, 0, 0)
        sheet.write_formula(
            r - 1,
            HELPER_COL,
            f'=IF(OR(${end}{r}="",${done}{r}=""),NA(),${end}{r})',
            serial_format,
            cx,
        )
        sheet.write_formula(
            r - 1, HELPER_COL + 1, f"=IF(ISNA({x}{r}),NA(),SUM(${done}$2:${done}{r}))", None, c1
        )
        if remaining:
            sheet.write_formula(
                r - 1,
                HELPER_COL + 2,
                f'=IF(OR(ISNA({x}{r}),${remaining}{r}=""),NA(),{y1}{r}+${remaining}{r})',
                None,
                c2,
            )
    width = 3 if remaining else 2
    sheet.set_column(HELPER_COL, HELPER_COL + width - 1, 12, None, {"hidden": True})
    last = rows + 1
    chart = workbook.add_chart({"type": "scatter", "subtype": "straight_with_markers"})
    series = [("Completed (cumulative)", y1, "#2E75B6")]
    if remaining:
        series.append(("Total scope", y2, "#C00000"))
    for name, column, colour in series:
        chart.add_series(
            {
                "name": name,
                "categories": f"='{ITERATIONS.sheet}'!${x}$2:${x}${last}",
                "values": f"='{ITERATIONS.sheet}'!${column}$2:${column}${last}",
                "line": {"color": colour, "width": 2},
                "marker": {"type": "circle", "size": 4, "fill": {"color": colour}},
            }
        )
    chart.set_title({"name": "Burn-up: completed against total scope"})
    chart.set_x_axis({"name": "Iteration end", "date_axis": False, "num_format": "mmm yy"})
    chart.set_y_axis({"name": "Points", "min": 0})
    chart.set_legend({"position": "bottom"})
    chart.show_hidden_data()
    sheet.insert_chart(1, CHART_COL, chart, {"x_scale": 1.3, "y_scale": 1.2})
