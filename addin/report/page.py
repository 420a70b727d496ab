"""One status report page on a worksheet: print-ready, A4 landscape, one page.

Layout (14 columns, A-N): header; the four RAGs coloured and the open findings; the
status summary; next milestones (left) beside the finance figures and a native chart of
cumulative budget, actual and forecast by month (right); top open risks and issues; the
dependencies at risk; the agile forecast for agile projects. The chart's data sits to
the right of the print area (columns Q-T), so it is in the workbook but not printed.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.report.content import RAG_HEADERS, StatusReport, as_date, change_line, text
from addin.report.styles import (
    HEADER_HEIGHT,
    ITEM_HEIGHT,
    Formats,
    print_setup,
    put,
    put_merged,
)
from addin.rollup.agile_sheet import PAGE_FIGURES

LAST_COL = 13  # column N
DATA_COL = 16  # column Q: the chart's data, outside the print area

#: (header, first column, last column, format name) of each block's table.
MILESTONE_COLUMNS = (
    ("ID", 0, 0, "cell"),
    ("Milestone", 1, 2, "wrap"),
    ("Baseline", 3, 3, "date"),
    ("Forecast", 4, 4, "date"),
    ("Slippage Days", 5, 5, "int"),
    ("Status", 6, 6, "cell"),
)
RISK_COLUMNS = (
    ("ID", 0, 0, "cell"),
    ("Title", 1, 2, "wrap"),
    ("Score", 3, 3, "int"),
    ("Rating", 4, 4, "rating"),
    ("Owner", 5, 5, "cell"),
    ("Response", 6, 6, "wrap"),
)
ISSUE_COLUMNS = (
    ("ID", 7, 7, "cell"),
    ("Title", 8, 9, "wrap"),
    ("Severity", 10, 10, "int"),
    ("Priority", 11, 11, "cell"),
    ("Owner", 12, 12, "cell"),
    ("Due Date", 13, 13, "date"),
)
DEPENDENCY_COLUMNS = (
    ("ID", 0, 0, "cell"),
    ("Title", 1, 2, "wrap"),
    ("Direction", 3, 3, "cell"),
    ("Counterparty Project ID", 4, 4, "cell"),
    ("Need By", 5, 5, "date"),
    ("Committed Date", 6, 6, "date"),
    ("Why", 7, 13, "wrap"),
)
#: Row header -> the roll-up row's key, where they differ.
_SOURCE_KEY = {"Baseline": "Baseline Date", "Forecast": "Forecast Date"}
FINANCE_FIGURES = (
    ("Budget (BAC)", "money"),
    ("Actual to Date", "money"),
    ("EAC", "money"),
    ("VAC", "money"),
    ("VAC %", "pct"),
)


def _table(
    ws: Worksheet,
    fmts: Formats,
    row: int,
    columns: tuple[tuple[str, int, int, str], ...],
    items: list[dict[str, Any]],
    empty: str,
) -> int:
    """Header and rows of a block; returns the next free row."""
    for header, first, last, _ in columns:
        put_merged(ws, row, first, last, header, fmts.header)
    ws.set_row(row, HEADER_HEIGHT)
    row += 1
    if not items:
        first, last = columns[0][1], columns[-1][2]
        put_merged(ws, row, first, last, empty, fmts.cell)
        return row + 1
    for item in items:
        for header, first, last, kind in columns:
            value = item.get(_SOURCE_KEY.get(header, header))
            fmt = fmts.rating(value) if kind == "rating" else getattr(fmts, kind)
            put_merged(ws, row, first, last, value, fmt)
        ws.set_row(row, ITEM_HEIGHT)
        row += 1
    return row


def _section(ws: Worksheet, fmts: Formats, row: int, first: int, last: int, title: str) -> None:
    put_merged(ws, row, first, last, title, fmts.section)


def _header(ws: Worksheet, fmts: Formats, report: StatusReport) -> None:
    p = report.project
    put_merged(ws, 0, 0, 9, f"{report.name or 'Unnamed project'} ({report.project_id})", fmts.title)
    report_date = as_date(p.get("Report Date"))
    put_merged(
        ws,
        0,
        10,
        LAST_COL,
        f"Report date {report_date.isoformat() if report_date else 'not set'}",
        fmts.big_text,
    )
    parts = [
        ("Project manager", p.get("Project Manager")),
        ("Sponsor", p.get("Sponsor")),
        ("Stage", p.get("Stage")),
        ("Portfolio", p.get("Portfolio")),
        ("Programme", p.get("Programme")),
        ("Method", p.get("Delivery Method")),
    ]
    line = "   ".join(f"{label}: {text(value) or 'not set'}" for label, value in parts)
    put_merged(ws, 1, 0, LAST_COL, line, fmts.subtitle)


def _rags(ws: Worksheet, fmts: Formats, report: StatusReport) -> None:
    p = report.project
    for n, header in enumerate(RAG_HEADERS):
        first = 2 * n
        put_merged(ws, 3, first, first + 1, header.replace(" RAG", ""), fmts.label)
        value = p.get(header)
        put_merged(ws, 4, first, first + 1, text(value) or "not set", fmts.rag(value))
    computed = p.get("Computed Cost RAG")
    put_merged(ws, 3, 8, 9, "Cost RAG from VAC %", fmts.label)
    put_merged(ws, 4, 8, 9, text(computed) or "no budget", fmts.rag(computed))
    put_merged(ws, 3, 10, LAST_COL, "Open findings", fmts.label)
    counts = report.findings
    detail = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("error", "warning", "info"))
    put_merged(ws, 4, 10, LAST_COL, f"{report.open_findings}  ({detail})", fmts.big_text)
    ws.set_row(4, 26)


def _finance(ws: Worksheet, fmts: Formats, report: StatusReport, row: int) -> None:
    """Finance figures in H-N at ``row``, the chart below them."""
    _section(
        ws,
        fmts,
        row,
        7,
        LAST_COL,
        f"Finance ({text(report.project.get('Currency')) or 'currency not set'})",
    )
    for n, (header, kind) in enumerate(FINANCE_FIGURES):
        col = 7 + n
        put(ws, row + 1, col, header, fmts.label)
        value = report.figure(header)
        put(ws, row + 2, col, value, fmts.big_pct if kind == "pct" else fmts.big_money)
    put(ws, row + 1, 12, "Next milestone slip (days)", fmts.label)
    put(ws, row + 2, 12, report.project.get("Next Milestone Slippage Days"), fmts.big_text)
    put(ws, row + 1, 13, "Overdue items", fmts.label)
    put(ws, row + 2, 13, report.project.get("Overdue Items"), fmts.big_text)
    ws.set_row(row + 1, 30)
    if not report.months:
        put_merged(ws, row + 4, 7, LAST_COL, "No finance rows: nothing to chart.", fmts.note)
        return
    _chart(ws, fmts, report, row + 3)


def _chart(ws: Worksheet, fmts: Formats, report: StatusReport, anchor_row: int) -> None:
    wb: Workbook = fmts.wb
    headers = ("Month", "Cumulative budget", "Cumulative actual", "Cumulative forecast (EAC)")
    for n, header in enumerate(headers):
        ws.write_string(0, DATA_COL + n, header)
    for i, point in enumerate(report.months, start=1):
        put(ws, i, DATA_COL, point.month, fmts.month)
        put(ws, i, DATA_COL + 1, point.budget, fmts.plain_money)
        if point.actual is not None:
            put(ws, i, DATA_COL + 2, point.actual, fmts.plain_money)
        put(ws, i, DATA_COL + 3, point.forecast, fmts.plain_money)
    last = len(report.months)
    chart = wb.add_chart({"type": "line"})
    name = ws.get_name()
    colours = ("#1F3864", "#63BE7B", "#ED7D31")
    for n, colour in enumerate(colours, start=1):
        series: dict[str, Any] = {
            "name": [name, 0, DATA_COL + n],
            "categories": [name, 1, DATA_COL, last, DATA_COL],
            "values": [name, 1, DATA_COL + n, last, DATA_COL + n],
            "line": {"color": colour, "width": 2.25},
        }
        if n == 3:
            series["line"]["dash_type"] = "dash"
        chart.add_series(series)
    chart.set_title({"name": "Cumulative budget, actual and forecast", "name_font": {"size": 10}})
    chart.set_x_axis({"date_axis": True, "num_format": "mmm yy", "num_font": {"size": 8}})
    chart.set_y_axis({"num_format": "#,##0", "num_font": {"size": 8}})
    chart.set_legend({"position": "bottom", "font": {"size": 8}})
    chart.show_blanks_as("gap")
    chart.set_size({"width": 7 * 80, "height": 250})
    ws.insert_chart(anchor_row, 7, chart, {"x_offset": 2, "y_offset": 4, "object_position": 1})


def _agile(ws: Worksheet, fmts: Formats, report: StatusReport, row: int) -> int:
    method = text(report.project.get("Delivery Method")).casefold()
    if method not in ("agile", "hybrid"):
        return row
    _section(ws, fmts, row, 0, LAST_COL, "Agile forecast")
    if not report.agile:
        put_merged(
            ws,
            row + 1,
            0,
            LAST_COL,
            "No agile figures for this project: its roll-up has no Agile sheet.",
            fmts.note,
        )
        return row + 2
    items = [(k, report.agile.get(k)) for k in PAGE_FIGURES]
    for n, (label, value) in enumerate(items):
        put_merged(ws, row + 1, 2 * n, 2 * n + 1, label, fmts.label)
        fmt = fmts.date if as_date(value) else fmts.big_text
        put_merged(ws, row + 2, 2 * n, 2 * n + 1, value, fmt)
    note = text(report.agile.get("Note"))
    if note:
        put_merged(ws, row + 3, 0, LAST_COL, note, fmts.note)
        return row + 4
    return row + 3


def write_status_page(
    wb: Workbook, fmts: Formats, sheet: str, report: StatusReport, footer: str = ""
) -> Worksheet:
    """Add ``sheet`` to ``wb`` holding ``report``'s page."""
    ws = wb.add_worksheet(sheet)
    ws.set_column(0, LAST_COL, 11.5)
    ws.set_column(DATA_COL, DATA_COL + 3, 14)
    _header(ws, fmts, report)
    _rags(ws, fmts, report)
    _section(ws, fmts, 6, 0, LAST_COL, "Status summary")
    put_merged(
        ws, 7, 0, LAST_COL, report.project.get("Status Summary") or "(none given)", fmts.summary
    )
    ws.set_row(7, 48)
    if report.changes:
        put_merged(ws, 8, 0, LAST_COL, change_line(report.changes), fmts.note)
    _section(ws, fmts, 9, 0, 6, "Next milestones")
    left = _table(ws, fmts, 10, MILESTONE_COLUMNS, report.milestones, "No open milestones.")
    _finance(ws, fmts, report, 9)
    row = max(left, 24) + 1
    _section(ws, fmts, row, 0, 6, "Top open risks (by score)")
    _section(ws, fmts, row, 7, LAST_COL, "Top open issues (by severity)")
    risks_end = _table(ws, fmts, row + 1, RISK_COLUMNS, report.risks, "No open risks.")
    issues_end = _table(ws, fmts, row + 1, ISSUE_COLUMNS, report.issues, "No open issues.")
    row = max(risks_end, issues_end) + 1
    _section(ws, fmts, row, 0, LAST_COL, "Dependencies at risk")
    row = _table(
        ws, fmts, row + 1, DEPENDENCY_COLUMNS, report.dependencies, "No dependency at risk."
    )
    row = _agile(ws, fmts, report, row + 1)
    note = footer or (
        f"As of {report.as_of.isoformat()}. Figures as the portfolio roll-up computes them. "
        f"Source: {report.source}"
    )
    put_merged(ws, row + 1, 0, LAST_COL, note, fmts.note)
    print_setup(ws, row + 1, LAST_COL)
    ws.set_header(f"&L&8{report.project_id}&R&8Status report")
    return ws
