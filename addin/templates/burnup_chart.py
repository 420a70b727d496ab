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
    inputs: list[tuple[float | None, float | None, float | None]] = []
    for index in range(rows):
        item = items[index] if index < len(items) else None
        if item is None:
            inputs.append((None, None, None))
            continue
        end = excel_serial(item.end) if item.end is not None else None
        inputs.append((end, item.completed_points, item.remaining_points))
    return helper_values(inputs)


def helper_values(
    rows: Sequence[tuple[float | None, float | None, float | None]],
) -> list[tuple[object, object, object]]:
    """What the helper formulas give for table rows of (End serial, Completed Points,
    Remaining Points), blanks as None: ``#N/A`` where the chart skips a point."""
    out: list[tuple[object, object, object]] = []
    total = 0.0
    for end, done, remaining in rows:
        total += done or 0.0
        if end is None or done is None:
            out.append((NA, NA, NA))
            continue
        out.append((end, total, NA if remaining is None else total + remaining))
    return out


def helper_formulas(
    r: int, first: int, end: str, done: str, remaining: str | None
) -> tuple[str, str, str | None]:
    """The helper block's formulas of sheet row ``r`` (without ``=``): End, cumulative
    Completed and total scope, over the table's columns ``end``, ``done``, ``remaining``
    whose first data row is ``first``."""
    x, y1 = (column_letter(HELPER_COL + i + 1) for i in range(2))
    return (
        f'IF(OR(${end}{r}="",${done}{r}=""),NA(),${end}{r})',
        f"IF(ISNA({x}{r}),NA(),SUM(${done}${first}:${done}{r}))",
        f'IF(OR(ISNA({x}{r}),${remaining}{r}=""),NA(),{y1}{r}+${remaining}{r})'
        if remaining
        else None,
    )


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
        fx, f1, f2 = helper_formulas(r, 2, end, done, remaining)
        sheet.write_formula(r - 1, HELPER_COL, f"={fx}", serial_format, cx)
        sheet.write_formula(r - 1, HELPER_COL + 1, f"={f1}", None, c1)
        if f2 is not None:
            sheet.write_formula(r - 1, HELPER_COL + 2, f"={f2}", None, c2)
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
