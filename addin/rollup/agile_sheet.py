"""The roll-up's **Agile** sheet (SPEC section 16): one row per agile or hybrid project
with velocity, say/do, scope change, the forecast finish and its range beside the Planned
End Date (coloured), a native velocity sparkline per row, and a portfolio line below.

The project rows, the portfolio line and the sparklines' data are ordinary streamed
tables (:class:`AgileSheet` is an :class:`~addin.rollup.model.OutSheet`);
:attr:`AgileSheet.decorate` adds what a table cannot hold: the title, the colours,
and the sparklines over the hidden table of each project's Completed Points. Every
figure comes from :mod:`addin.agile`, as the rules and the PMO functions compute it.
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
TREND_TABLE = "tblAgileVelocity"
PORTFOLIO_TABLE = "tblAgilePortfolio"
#: The title (and a note) above the table; the portfolio line below it; the sparkline
#: data in hidden columns to its right (every cell in a streamed table, so the sheet's
#: rows are written once and its dimension covers them).
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
#: 0-based column of the hidden sparkline data, after a gap right of the main table.
TREND_COL = len(COLUMNS) + 1


@dataclass
class AgileSheet(OutSheet):
    """The Agile sheet: its tables (streamed like every other) and what goes around them;
    ``portfolio`` is the portfolio line's figures (also in ``tblAgilePortfolio``)."""

    metrics: list[AgileMetrics] = field(default_factory=list)
    portfolio: PortfolioAgile | None = None
    as_of: date | None = None
    say_do_threshold: float = 0.7
    late_threshold_days: int = 14
    last_n: int = 3

    def __post_init__(self) -> None:
        # title, colours and sparklines, through the roll-up writer's one decorate hook
        self.decorate = lambda wb, ws, standards: _write_extras(self, wb, ws)


def _note(m: AgileMetrics) -> str:
    return "; ".join([*([m.reason] if m.reason else []), *m.notes])


#: The figures a status page shows for an agile project, by the Agile sheet's headers.
PAGE_FIGURES = (
    "Velocity",
    "Say/Do",
    "Scope Change",
    "Forecast Finish",
    "Forecast Optimistic",
    "Forecast Pessimistic",
    "Days Late",
)


def page_figures(m: AgileMetrics) -> dict[str, object]:
    """The Agile sheet's figures of one project, by header, for its status page (the note
    says why when there is no forecast)."""
    values = {
        "Velocity": m.velocity,
        "Say/Do": m.say_do,
        "Scope Change": m.scope_change,
        "Forecast Finish": m.forecast_finish,
        "Forecast Optimistic": m.forecast_optimistic,
        "Forecast Pessimistic": m.forecast_pessimistic,
        "Days Late": m.days_late,
    }
    return {**{k: values[k] for k in PAGE_FIGURES}, "Note": _note(m)}


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
    line = portfolio_agile(metrics, standards)
    below = TABLE_ROW + 1 + max(1, len(rows)) + 2  # a blank row and the title between
    tables = [
        (TABLE_ROW, 0, OutTable(AGILE_TABLE, COLUMNS, table_rows)),
        (TABLE_ROW, TREND_COL, _trend_table(metrics)),
        (below, 0, _portfolio_table(line, policy.late_threshold_days)),
    ]
    return AgileSheet(
        AGILE_SHEET,
        tables,
        freeze_rows=TABLE_ROW + 1,
        metrics=metrics,
        portfolio=line,
        as_of=as_of,
        say_do_threshold=policy.say_do_threshold,
        late_threshold_days=policy.late_threshold_days,
        last_n=policy.last_n,
    )


def _trend_table(metrics: Sequence[AgileMetrics]) -> OutTable:
    """The sparklines' data: each project's Completed Points per ended iteration (the most
    recent :data:`SPARKLINE_ITERATIONS`), beside the main table in hidden columns."""
    width = max([1, *(min(len(m.history), SPARKLINE_ITERATIONS) for m in metrics)])
    columns = [OutColumn(f"Iteration -{width - i}", "number", 6) for i in range(width)]
    rows = []
    for m in metrics:
        points = list(m.history[-SPARKLINE_ITERATIONS:])
        rows.append([None] * (width - len(points)) + points)
    return OutTable(TREND_TABLE, columns, rows)


def _portfolio_table(line: PortfolioAgile, late_days: int) -> OutTable:
    columns = [
        OutColumn("Agile / Hybrid Projects", "int", 14),
        OutColumn("With a Forecast", "int", 12),
        OutColumn("Median Say/Do", "pct", 12),
        OutColumn("Median Velocity", "number", 12),
        OutColumn("Forecast Late", "int", 12),
        OutColumn(f"Late by More than {late_days} Days", "int", 14),
    ]
    row = (
        line.projects,
        line.with_forecast,
        line.median_say_do,
        line.median_velocity,
        line.forecast_late,
        line.late_beyond_threshold,
    )
    return OutTable(PORTFOLIO_TABLE, columns, [row], title="Portfolio")


def agile_json(projects: Sequence[ProjectInput]) -> list[dict[str, Any]]:
    """``agile`` of ``pmo consolidate --json`` (SPEC 16, docs/consolidate.md)."""
    return [m.to_json(p.project_id) for p, m in agile_rows(projects)]


def _write_extras(sheet: AgileSheet, wb: Workbook, ws: Worksheet) -> None:
    bold = wb.add_format({"bold": True, "font_size": 16})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    as_of = sheet.as_of.isoformat() if sheet.as_of else ""
    ws.write_string(0, 0, f"Agile delivery as of {as_of}", bold)
    ws.set_row(0, 24)
    n = len(sheet.metrics)
    ws.write_string(
        0,
        3,
        (
            f"Iterations ended on or before {as_of}; the last {sheet.last_n} give velocity, "
            "say/do and scope change. Forecast = end of the last ended iteration + Remaining "
            "Points / velocity iterations (optimistic, pessimistic: the highest and lowest of "
            "those velocities). Forecast on or before the Planned End green, up to "
            f"{sheet.late_threshold_days} days late amber, later red; say/do below "
            f"{sheet.say_do_threshold:g} red. No forecast: the Note says why."
        )
        if n
        else "No agile or hybrid project in this roll-up.",
        note,
    )
    ws.set_landscape()
    ws.fit_to_pages(1, 0)  # printed one page wide
    trend_width = len(sheet.tables[1][2].columns)
    ws.set_column(TREND_COL, TREND_COL + trend_width - 1, 6, None, {"hidden": True})
    if not n:
        return
    _colour(sheet, wb, ws, n)
    _sparklines(sheet, ws, n, trend_width)


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


def _sparklines(sheet: AgileSheet, ws: Worksheet, n: int, width: int) -> None:
    """A column sparkline of Completed Points per iteration in each row's Velocity Trend
    cell, over the project's row of the hidden trend table: one sparkline group for the
    whole column (XlsxWriter builds its style tables once per group, ~3 ms each)."""
    trend = _COL["Velocity Trend"]
    locations: list[str] = []
    ranges: list[str] = []
    for i, m in enumerate(sheet.metrics):
        if not m.history:
            continue
        row = TABLE_ROW + 1 + i
        first = xl_rowcol_to_cell(row, TREND_COL + width - min(len(m.history), width))
        last = xl_rowcol_to_cell(row, TREND_COL + width - 1)
        locations.append(xl_rowcol_to_cell(row, trend))
        ranges.append(f"{AGILE_SHEET}!{first}:{last}")
    if locations:
        ws.add_sparkline(
            TABLE_ROW + 1,
            trend,
            {
                "location": locations,
                "range": ranges,
                "type": "column",
                "high_point": True,
                "low_point": True,
            },
        )


__all__ = ["AGILE_SHEET", "AgileSheet", "agile_json", "agile_sheet"]
