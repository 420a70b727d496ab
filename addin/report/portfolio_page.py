"""The pack's first page: the roll-up Summary's figures and charts, the projects that need
attention, and what changed since the last snapshot when the store has it."""

from __future__ import annotations

from collections import Counter
from typing import Any

from xlsxwriter.workbook import Workbook

from addin.report.content import as_number, text
from addin.report.document import pack_order
from addin.report.from_rollup import RollupContent
from addin.report.styles import (
    HEADER_HEIGHT,
    ITEM_HEIGHT,
    Formats,
    print_setup,
    put,
    put_merged,
)

LAST_COL = 13
DATA_COL = 16
PROJECTS_LISTED = 24
CHANGES_LISTED = 8
BUDGET_BARS = 12

PROJECT_COLUMNS = (
    ("Project ID", 0, 0, "cell"),
    ("Project Name", 1, 2, "cell"),
    ("Portfolio", 3, 3, "cell"),
    ("Project Manager", 4, 4, "cell"),
    ("Overall RAG", 5, 5, "rag"),
    ("Budget (BAC)", 6, 6, "money"),
    ("EAC", 7, 7, "money"),
    ("VAC %", 8, 8, "pct"),
    ("Next Milestone", 9, 10, "cell"),
    ("Next Milestone Slippage Days", 11, 11, "int"),
    ("Overdue Items", 12, 12, "int"),
    ("Data Quality Score", 13, 13, "int"),
)
_SHORT = {"Next Milestone Slippage Days": "Slip (days)", "Data Quality Score": "Data quality"}
CHANGE_COLUMNS = (
    ("Project ID", 0, 0),
    ("Area", 1, 2),
    ("Item ID", 3, 3),
    ("Field", 4, 5),
    ("From", 6, 8),
    ("To", 9, 11),
    ("Delta", 12, 13),
)


def _totals(ws: Any, fmts: Formats, content: RollupContent, row: int) -> int:
    put_merged(ws, row, 0, 5, "Portfolio totals (as on the roll-up's Summary)", fmts.section)
    row += 1
    for measure, value in content.totals:
        put_merged(ws, row, 0, 3, measure, fmts.cell)
        fmt = fmts.pct if measure.endswith("%") else fmts.money
        put_merged(ws, row, 4, 5, value, fmt)
        row += 1
    return row


def _charts(wb: Workbook, ws: Any, fmts: Formats, content: RollupContent) -> None:
    name = ws.get_name()
    ws.write_string(0, DATA_COL, "RAG")
    ws.write_string(0, DATA_COL + 1, "Projects (overall RAG)")
    rags = [(text(r.get("RAG")), as_number(r.get("Overall")) or 0) for r in content.rag_counts]
    for i, (rag, n) in enumerate(rags, start=1):
        ws.write_string(i, DATA_COL, rag)
        ws.write_number(i, DATA_COL + 1, n)
    if rags:
        chart = wb.add_chart({"type": "column"})
        chart.add_series(
            {
                "name": "Overall RAG",
                "categories": [name, 1, DATA_COL, len(rags), DATA_COL],
                "values": [name, 1, DATA_COL + 1, len(rags), DATA_COL + 1],
                "points": [
                    {"fill": {"color": fmts.standards.rag_colours.get(rag, "#D9D9D9")}}
                    for rag, _ in rags
                ],
                "data_labels": {"value": True},
            }
        )
        chart.set_title({"name": "Projects by overall RAG", "name_font": {"size": 10}})
        chart.set_legend({"none": True})
        chart.set_size({"width": 250, "height": 230})
        ws.insert_chart(2, 6, chart, {"x_offset": 6, "object_position": 1})
    biggest = sorted(content.projects, key=lambda p: -(as_number(p.get("Budget (BAC)")) or 0.0))[
        :BUDGET_BARS
    ]
    top = 0
    ws.write_string(top, DATA_COL + 3, "Project")
    ws.write_string(top, DATA_COL + 4, "Budget (BAC)")
    ws.write_string(top, DATA_COL + 5, "EAC")
    for i, p in enumerate(biggest, start=1):
        ws.write_string(i, DATA_COL + 3, text(p.get("Project ID")))
        put(ws, i, DATA_COL + 4, p.get("Budget (BAC)"), fmts.plain_money)
        put(ws, i, DATA_COL + 5, p.get("EAC"), fmts.plain_money)
    if biggest:
        bar = wb.add_chart({"type": "bar"})
        for col, label, colour in ((4, "Budget (BAC)", "#5B9BD5"), (5, "EAC", "#ED7D31")):
            bar.add_series(
                {
                    "name": label,
                    "categories": [name, 1, DATA_COL + 3, len(biggest), DATA_COL + 3],
                    "values": [name, 1, DATA_COL + col, len(biggest), DATA_COL + col],
                    "fill": {"color": colour},
                }
            )
        bar.set_title(
            {"name": f"Budget vs EAC (largest {len(biggest)})", "name_font": {"size": 10}}
        )
        bar.set_y_axis({"reverse": True, "num_font": {"size": 7}})
        bar.set_x_axis({"num_format": "#,##0", "min": 0, "num_font": {"size": 7}})
        bar.set_legend({"position": "bottom", "font": {"size": 8}})
        bar.set_size({"width": 420, "height": 300})
        ws.insert_chart(2, 9, bar, {"x_offset": 2, "object_position": 1})


def _projects(ws: Any, fmts: Formats, content: RollupContent, row: int) -> int:
    ordered = [r.project for r in pack_order(content.reports)]
    put_merged(
        ws,
        row,
        0,
        LAST_COL,
        f"Projects by portfolio and RAG ({len(ordered)}; each has its own page after this one)",
        fmts.section,
    )
    row += 1
    for header, first, last, _ in PROJECT_COLUMNS:
        put_merged(
            ws,
            row,
            first,
            last,
            _SHORT.get(header, header),
            fmts.header,
        )
    ws.set_row(row, HEADER_HEIGHT)
    row += 1
    for project in ordered[:PROJECTS_LISTED]:
        for header, first, last, kind in PROJECT_COLUMNS:
            value = project.get(header)
            fmt = fmts.rag(value) if kind == "rag" else getattr(fmts, kind)
            if kind == "rag":
                fmt = fmts.filled(fmts.standards.rag_colours.get(text(value), "#D9D9D9"), "cell")
            put_merged(ws, row, first, last, value, fmt)
        row += 1
    if len(ordered) > PROJECTS_LISTED:
        put_merged(
            ws,
            row,
            0,
            LAST_COL,
            f"... and {len(ordered) - PROJECTS_LISTED} more (the roll-up's Projects sheet lists all)",
            fmts.note,
        )
        row += 1
    return row


def _changes(ws: Any, fmts: Formats, content: RollupContent, row: int) -> int:
    put_merged(ws, row, 0, LAST_COL, "What changed since the last snapshot", fmts.section)
    row += 1
    if not content.changes:
        why = content.changes_note or (
            "No change history in this roll-up: the portfolio store records a snapshot at "
            "each consolidation, and the next roll-up shows what changed."
        )
        put_merged(ws, row, 0, LAST_COL, why, fmts.note)
        return row + 1
    areas = Counter(text(c.get("Area")) or "other" for c in content.changes)
    line = f"{len(content.changes)} changes: " + ", ".join(
        f"{n} {a}" for a, n in areas.most_common()
    )
    put_merged(ws, row, 0, LAST_COL, line, fmts.cell)
    row += 1
    for header, first, last in CHANGE_COLUMNS:
        put_merged(ws, row, first, last, header, fmts.header)
    row += 1
    for change in content.changes[:CHANGES_LISTED]:
        for header, first, last in CHANGE_COLUMNS:
            put_merged(ws, row, first, last, change.get(header), fmts.wrap)
        ws.set_row(row, ITEM_HEIGHT)
        row += 1
    if len(content.changes) > CHANGES_LISTED:
        put_merged(ws, row, 0, LAST_COL, "... the rest on the roll-up's Changes sheet", fmts.note)
        row += 1
    return row


def write_portfolio_page(wb: Workbook, fmts: Formats, sheet: str, content: RollupContent) -> None:
    ws = wb.add_worksheet(sheet)
    ws.set_column(0, LAST_COL, 11.5)
    put_merged(ws, 0, 0, 9, f"Portfolio pack as of {content.as_of.isoformat()}", fmts.title)
    severities = Counter(text(f.get("Severity")) for f in content.findings)
    put_merged(
        ws,
        1,
        0,
        LAST_COL,
        f"{len(content.reports)} projects from {content.path.name}; findings: "
        f"{severities.get('error', 0)} errors, {severities.get('warning', 0)} warnings, "
        f"{severities.get('info', 0)} info",
        fmts.subtitle,
    )
    end = _totals(ws, fmts, content, 2)
    _charts(wb, ws, fmts, content)
    row = max(end, 18) + 1
    row = _changes(ws, fmts, content, row) + 1
    row = _projects(ws, fmts, content, row)
    print_setup(ws, row, LAST_COL)
    ws.set_header("&L&8Portfolio&R&8Portfolio pack")
