"""The roll-up's **Agile** sheet (SPEC section 16): one row per agile or hybrid project
with velocity, say/do, scope change, the forecast finish and its range beside the Planned
End Date (coloured), a native velocity sparkline per row, and a portfolio line above.

The project rows are an ordinary streamed table (:class:`AgileSheet` is an
:class:`~addin.rollup.model.OutSheet`); :meth:`AgileSheet.write_extras` adds what a table
cannot hold: the title and portfolio line above it, the colours, and the sparklines over a
hidden helper block of each project's Completed Points below it. Every figure comes from
:mod:`addin.agile`, as the rules and the PMO functions compute it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.agile import AgileMetrics, PortfolioAgile, portfolio_agile
from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutColumn, OutSheet, OutTable
from addin.standards import Standards

AGILE_SHEET = "Agile"
AGILE_TABLE = "tblAgile"
#: The title above the table; below it: the portfolio line, the notes, the sparkline data.
TABLE_ROW = 1
#: Iterations a sparkline shows at most (the most recent).
SPARKLINE_ITERATIONS = 26
GREEN, AMBER, RED = "#C6EFCE", "#FFEB9C", "#FFC7CE"

COLUMNS = [
    OutColumn("Project ID", "text", 12),
    OutColumn("Project Name", "text", 28),
    OutColumn("Method", "text", 10),
    OutColumn("Stage", "text", 11),
    OutColumn("Iterations Ended", "int", 11),
    OutColumn("Velocity", "number", 10),
    OutColumn("Velocity Trend", "text", 16),
    OutColumn("Say/Do", "pct", 9),
    OutColumn("Scope Change", "pct", 12),
    OutColumn("Remaining Points", "number", 12),
    OutColumn("Forecast Finish", "date", 12),
    OutColumn("Forecast Optimistic", "date", 13),
    OutColumn("Forecast Pessimistic", "date", 13),
    OutColumn("Planned End", "date", 12),
    OutColumn("Days Late", "int", 9),
    OutColumn("Note", "text", 45),
    OutColumn("Source File", "text", 30),
]
_COL = {c.header: i for i, c in enumerate(COLUMNS)}


@dataclass
class AgileSheet(OutSheet):
    """The Agile sheet: its table (streamed like every other) and what goes around it."""

    metrics: list[AgileMetrics] = field(default_factory=list)
    portfolio: PortfolioAgile | None = None
    as_of: date | None = None
    say_do_threshold: float = 0.7
    late_threshold_days: int = 14
    last_n: int = 3

    def write_extras(self, wb: Workbook, ws: Worksheet) -> None:
        """Title, portfolio line, colours and sparklines (called by the roll-up writer)."""
        _write_extras(self, wb, ws)


def _note(m: AgileMetrics) -> str:
    return "; ".join([*([m.reason] if m.reason else []), *m.notes])


def agile_rows(projects: Sequence[ProjectInput]) -> list[tuple[ProjectInput, AgileMetrics]]:
    """The agile and hybrid projects of the roll-up, in roll-up order, with their figures."""
    return [(p, p.payload.agile) for p in projects if p.payload.agile is not None]


def agile_sheet(projects: Sequence[ProjectInput], standards: Standards, as_of: date) -> AgileSheet:
    """The Agile sheet of the roll-up (an empty table, said so, when no project is agile)."""
    rows = agile_rows(projects)
    table_rows = [
        (
            p.project_id,
            p.header.project_name,
            p.header.delivery_method,
            p.header.stage,
            m.ended,
            m.velocity,
            None,  # the sparkline's cell
            m.say_do,
            m.scope_change,
            m.remaining_points,
            m.forecast_finish,
            m.forecast_optimistic,
            m.forecast_pessimistic,
            m.planned_end,
            m.days_late,
            _note(m),
            p.source,
        )
        for p, m in rows
    ]
    metrics = [m for _, m in rows]
    policy = standards.agile
    return AgileSheet(
        AGILE_SHEET,
        [(TABLE_ROW, 0, OutTable(AGILE_TABLE, COLUMNS, table_rows))],
        freeze_rows=TABLE_ROW + 1,
        metrics=metrics,
        portfolio=portfolio_agile(metrics, standards),
        as_of=as_of,
        say_do_threshold=policy.say_do_threshold,
        late_threshold_days=policy.late_threshold_days,
        last_n=policy.last_n,
    )


def agile_json(projects: Sequence[ProjectInput]) -> list[dict[str, Any]]:
    """``agile`` of ``pmo consolidate --json`` (SPEC 16, docs/consolidate.md)."""
    return [m.to_json(p.project_id) for p, m in agile_rows(projects)]


def _portfolio_cells(sheet: AgileSheet) -> list[tuple[str, Any, str | None]]:
    line = sheet.portfolio
    if line is None:
        return []
    return [
        ("Agile / hybrid projects", line.projects, None),
        ("With a forecast", line.with_forecast, None),
        ("Median say/do", line.median_say_do, "0%"),
        ("Median velocity", line.median_velocity, "0.0"),
        ("Forecast late", line.forecast_late, None),
        (f"Late by more than {sheet.late_threshold_days} days", line.late_beyond_threshold, None),
    ]


def _write_extras(sheet: AgileSheet, wb: Workbook, ws: Worksheet) -> None:
    bold = wb.add_format({"bold": True, "font_size": 16})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    label = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    as_of = sheet.as_of.isoformat() if sheet.as_of else ""
    ws.write_string(0, 0, f"Agile delivery as of {as_of}", bold)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)  # printed one page wide
    n = len(sheet.metrics)
    below = TABLE_ROW + 1 + max(1, n) + 1  # a blank row after the table
    ws.write_string(below, 0, "Portfolio", wb.add_format({"bold": True, "font_size": 12}))
    for i, (text, value, number_format) in enumerate(_portfolio_cells(sheet)):
        ws.write_string(below + 1, i, text, label)
        cell_format = wb.add_format({"border": 1, "num_format": number_format or "0"})
        if value is None:
            ws.write_string(below + 2, i, "-", cell_format)
        else:
            ws.write_number(below + 2, i, value, cell_format)
    ws.set_row(below + 1, 30)
    wrapped = wb.add_format({"italic": True, "font_color": "#595959", "text_wrap": True})
    ws.set_row(below + 4, 48)
    ws.merge_range(
        below + 4,
        0,
        below + 4,
        len(COLUMNS) - 2,
        f"From each project's Iterations sheet: iterations ended on or before {as_of}, the "
        f"last {sheet.last_n} for velocity, say/do and scope change. Forecast = end of the "
        "last ended iteration + Remaining Points / velocity iterations; optimistic and "
        "pessimistic from the highest and lowest of those velocities. Colours: forecast on "
        f"or before the Planned End green, up to {sheet.late_threshold_days} days late "
        "amber, later red; say/do below "
        f"{sheet.say_do_threshold:g} red. No forecast: the Note says why.",
        wrapped,
    )
    if not n:
        ws.write_string(below + 5, 0, "No agile or hybrid project in this roll-up.", note)
        return
    _colour(sheet, wb, ws, n)
    _sparklines(sheet, ws, n, below + 7)


def _colour(sheet: AgileSheet, wb: Workbook, ws: Worksheet, n: int) -> None:
    """Forecast dates against the Planned End (green / amber / red), say/do and days late."""
    fills = {c: wb.add_format({"bg_color": c}) for c in (GREEN, AMBER, RED)}
    first, last = TABLE_ROW + 1, TABLE_ROW + n
    planned = xl_col_to_name(_COL["Planned End"])
    late = sheet.late_threshold_days
    for header in ("Forecast Finish", "Forecast Optimistic", "Forecast Pessimistic"):
        col = _COL[header]
        top = xl_rowcol_to_cell(first, col, row_abs=False, col_abs=True)
        base = f"AND(ISNUMBER({top}),ISNUMBER(${planned}{first + 1}))"
        diff = f"{top}-${planned}{first + 1}"
        for criteria, colour in (
            (f"=AND({base},{diff}>{late})", RED),
            (f"=AND({base},{diff}>0)", AMBER),
            (f"=AND({base},{diff}<=0)", GREEN),
        ):
            ws.conditional_format(
                first,
                col,
                last,
                col,
                {
                    "type": "formula",
                    "criteria": criteria,
                    "format": fills[colour],
                    "stop_if_true": True,
                },
            )
    days = _COL["Days Late"]
    for criteria, value, colour in ((">", late, RED), (">", 0, AMBER), ("<=", 0, GREEN)):
        ws.conditional_format(
            first,
            days,
            last,
            days,
            {
                "type": "cell",
                "criteria": criteria,
                "value": value,
                "format": fills[colour],
                "stop_if_true": True,
            },
        )
    say_do = _COL["Say/Do"]
    top = xl_rowcol_to_cell(first, say_do, row_abs=False, col_abs=True)
    ws.conditional_format(
        first,
        say_do,
        last,
        say_do,
        {
            "type": "formula",
            "criteria": f"=AND(ISNUMBER({top}),{top}<{sheet.say_do_threshold})",
            "format": fills[RED],
        },
    )


def _sparklines(sheet: AgileSheet, ws: Worksheet, n: int, helper: int) -> None:
    """A column sparkline of Completed Points per iteration in each row's Velocity Trend
    cell, over a hidden helper block below the table (one row per project)."""
    ws.write_string(helper - 1, 0, "Completed Points per ended iteration (sparkline data)")
    ws.set_row(helper - 1, None, None, {"hidden": True})
    trend = _COL["Velocity Trend"]
    for i, m in enumerate(sheet.metrics):
        row = helper + i
        # every hidden row holds a cell: the roll-up's cell streaming reads rows with cells
        ws.set_row(row, None, None, {"hidden": True})
        ws.write_number(row, 0, i + 1)
        points = m.history[-SPARKLINE_ITERATIONS:]
        if not points:
            continue
        for j, value in enumerate(points):
            ws.write_number(row, 1 + j, value)
        data = f"{AGILE_SHEET}!{xl_rowcol_to_cell(row, 1, True, True)}:" + xl_rowcol_to_cell(
            row, len(points), True, True
        )
        ws.add_sparkline(
            TABLE_ROW + 1 + i,
            trend,
            {"range": data, "type": "column", "high_point": True, "low_point": True},
        )


__all__ = ["AGILE_SHEET", "AgileSheet", "agile_json", "agile_sheet"]
