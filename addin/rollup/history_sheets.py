"""The Changes and Trends sheets (SPEC section 12), from what the store learnt this run.

Changes: one row per change, an Excel table sorted by project. Trends: one row per
snapshot (oldest first) with native line charts, and a project-by-snapshot grid of
Overall RAG for the last 12 snapshots, coloured by the standards' RAG colours.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from addin.rollup.figures import UNRATED
from addin.rollup.model import OutColumn, OutSheet, OutTable
from addin.standards import Standards

if TYPE_CHECKING:
    from addin.store.history import History

CHANGES_SHEET = "Changes"
TRENDS_SHEET = "Trends"
NOT_SET = "Not Set"

CHANGE_COLUMNS = [
    OutColumn("Project ID", "text", 12),
    OutColumn("Project Name", "text", 28),
    OutColumn("Area", "text", 13),
    OutColumn("Item ID", "text", 14),
    OutColumn("Field", "text", 16),
    OutColumn("From", "text", 22),
    OutColumn("To", "text", 22),
    OutColumn("Delta", "number", 12),
]


def changes_sheet(history: History) -> OutSheet:
    diff = history.diff
    if diff is None:
        why = "; ".join(history.notes) or "this is the first snapshot"
        title = (
            f"No earlier snapshot in the store to compare with ({why}): the next "
            f"consolidation will show what changed since {history.as_of.isoformat()}."
        )
        rows: list[tuple[object, ...]] = []
    else:
        title = (
            f"Changes from {diff.from_date.isoformat()} to {diff.to_date.isoformat()}: "
            f"{diff.total} (store: {history.store})"
        )
        rows = diff.rows
    table = OutTable("tblChanges", CHANGE_COLUMNS, rows, title=title)
    return OutSheet(CHANGES_SHEET, [(2, 0, table)], freeze_rows=3)


def _money_headers(currencies: list[str]) -> list[tuple[str, str, str]]:
    """(BAC, EAC, VAC) headers: one set, or one per currency when the portfolio mixes them
    (amounts are never added across currencies)."""
    if len(currencies) <= 1:
        return [("Budget (BAC)", "EAC", "VAC")]
    return [(f"Budget (BAC) {c}", f"EAC {c}", f"VAC {c}") for c in currencies]


def _trend_columns(bands: list[str], rags: list[str], currencies: list[str]) -> list[OutColumn]:
    return [
        OutColumn("As Of", "date", 12),
        OutColumn("Projects", "int", 9),
        *[OutColumn(h, "money", 14) for trio in _money_headers(currencies) for h in trio],
        *[OutColumn(f"Open {b} Risks", "int", 9) for b in bands],
        OutColumn("Open Issues", "int", 8),
        OutColumn("Overdue Items", "int", 8),
        *[OutColumn(f"{r} Projects", "int", 9) for r in rags],
        OutColumn("Errors", "int", 8),
        OutColumn("Warnings", "int", 9),
        OutColumn("Info", "int", 7),
    ]


def _rag_counts(counts: dict[str, int], rags: list[str]) -> list[int]:
    """Projects per RAG of the list; Not Set takes the rest (empty or outside the list)."""
    known = [counts.get(name, 0) for name in rags[:-1]]
    return [*known, sum(counts.values()) - sum(known)]


def trends_sheet(history: History, standards: Standards) -> OutSheet:
    t = history.trends
    bands = [*[b.name for b in standards.score_bands][::-1], UNRATED]
    rags = [*standards.lists["rag"], NOT_SET]
    currencies = t.currencies if t.mixed_currencies else []

    def money(r: Any) -> tuple[float, ...]:
        if not currencies:
            return (r.bac, r.eac, r.vac)
        return tuple(v for c in currencies for v in r.money(c))

    rows = [
        (
            r.as_of,
            r.projects,
            *money(r),
            *[r.open_risks.get(b, 0) for b in bands],
            r.open_issues,
            r.overdue_items,
            *_rag_counts(r.rag, rags),
            r.findings.get("error", 0),
            r.findings.get("warning", 0),
            r.findings.get("info", 0),
        )
        for r in t.rows
    ]
    columns = _trend_columns(bands, rags, currencies)
    trend_table = OutTable("tblTrends", columns, rows)
    grid_columns = [
        OutColumn("Project ID", "text", 12),
        OutColumn("Project Name", "text", 26),
        *[OutColumn(d.isoformat(), "rag", 11) for d in t.grid_dates],
    ]
    grid_rows = [
        (pid, t.names.get(pid), *[by_date.get(d) for d in t.grid_dates])
        for pid, by_date in t.grid.items()
    ]
    grid_row0 = len(rows) + 4
    grid = OutTable(
        "tblRagGrid",
        grid_columns,
        grid_rows,
        title=f"Overall RAG by project, last {len(t.grid_dates)} snapshots",
    )
    sheet = OutSheet(TRENDS_SHEET, [(0, 0, trend_table), (grid_row0, 0, grid)])
    sheet.decorate = _charts(len(rows), columns, bands, rags, currencies)
    return sheet


def _charts(
    n: int, columns: list[OutColumn], bands: list[str], rags: list[str], currencies: list[str]
) -> Any:
    """Native line charts over the Trends table, to the right of it."""
    index = {c.header: i for i, c in enumerate(columns)}
    at_col = len(columns) + 1

    def decorate(wb: Any, ws: Any, standards: Standards) -> None:
        if n == 0:
            return
        cats = [TRENDS_SHEET, 1, 0, n, 0]
        specs = [
            (
                "Budget and EAC",
                [h for bac, eac, _ in _money_headers(currencies) for h in (bac, eac)],
                {},
            ),
            (
                "Open risks, issues and overdue items",
                [f"Open {b} Risks" for b in bands[:-1]] + ["Open Issues", "Overdue Items"],
                {},
            ),
            (
                "Projects by Overall RAG",
                [f"{r} Projects" for r in rags],
                {f"{r} Projects": standards.rag_colours.get(r) for r in rags},
            ),
        ]
        for k, (title, headers, colours) in enumerate(specs):
            chart = wb.add_chart({"type": "line"})
            for header in headers:
                col = index[header]
                series: dict[str, Any] = {
                    "name": header,
                    "categories": cats,
                    "values": [TRENDS_SHEET, 1, col, n, col],
                    "marker": {"type": "circle"},
                }
                if colours.get(header):
                    series["line"] = {"color": colours[header]}
                chart.add_series(series)
            chart.set_title({"name": title})
            chart.set_x_axis({"num_format": "yyyy-mm-dd"})
            ws.insert_chart(k * 16, at_col, chart, {"x_scale": 1.3, "y_scale": 1.05})

    return decorate


def history_sheets(history: History | None, standards: Standards) -> list[OutSheet]:
    """Changes and Trends, or nothing when the run kept no history (--no-store)."""
    if history is None:
        return []
    return [changes_sheet(history), trends_sheet(history, standards)]
