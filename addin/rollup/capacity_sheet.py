"""The roll-up's Capacity sheet (SPEC section 14): tables as data (:func:`capacity_sheet`,
placed by addin/rollup/build.py), then the colours and the chart that tables alone cannot
carry (its ``decorate`` hook, called by addin/rollup/writer.py)."""

from __future__ import annotations

from typing import Any

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.capacity.compute import CapacityView, RoleMonth
from addin.rollup.model import ColumnKind, OutColumn, OutSheet, OutTable
from addin.standards import Standards

CAPACITY_SHEET = "Capacity"
GRID_TABLE = "tblCapacityGrid"
ROLES_TABLE = "tblCapacityRoles"
#: Roles drawn in the chart (those with the most demand); the tables hold every role.
CHART_ROLES = 8
CHART_COLOURS = (
    "#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47", "#264478", "#9E480E",
)  # fmt: skip
GAP = 3  # blank rows between tables (one holds the next table's title)

NO_CAPACITY_NOTE = (
    "No capacity workbook was found, so this sheet shows demand by role and month only. "
    "To set it against capacity: `pmo new --template capacity capacity.xlsx`, fill one row "
    "per person per month, and put it in the consolidated folder (or pass --capacity FILE)."
)


def _month(value: Any) -> str:
    return f"{value:%Y-%m}"


def _projects(asks: list[Any]) -> str:
    return ", ".join(f"{a.project_id or a.source} {a.days:g} d" for a in asks)


def _grid(view: CapacityView) -> OutTable:
    """Role by month: utilisation (demand / capacity), or demand days without capacity."""
    kind: ColumnKind = "pct" if view.has_capacity else "number"
    columns = [OutColumn("Role", "text", 22)]
    columns += [OutColumn(_month(m), kind, 9) for m in view.months]
    by_role: dict[str, dict[Any, RoleMonth]] = {}
    for line in view.roles:
        by_role.setdefault(line.role, {})[line.month] = line
    rows: list[list[object]] = []
    for role, months in by_role.items():
        row: list[object] = [role]
        for month in view.months:
            cell = months.get(month)
            if cell is None:
                row.append(None)
            elif view.has_capacity:
                no_capacity = cell.capacity == 0 and cell.demand > 0
                row.append("no capacity" if no_capacity else cell.utilisation)
            else:
                row.append(cell.demand)
        rows.append(row)
    title = (
        "Role utilisation by month (demand / capacity; blank: no capacity in that month)"
        if view.has_capacity
        else NO_CAPACITY_NOTE
    )
    return OutTable(GRID_TABLE, columns, rows, title)


def _roles(view: CapacityView) -> OutTable:
    columns = [
        OutColumn("Role", "text", 22),
        OutColumn("Month", "month", 10),
        OutColumn("Demand Days", "number", 11),
        OutColumn("Demand With No Person", "number", 12),
        OutColumn("Capacity Days", "number", 11),
        OutColumn("Utilisation", "pct", 10),
        OutColumn("Band", "rag", 8),
    ]
    rows = [
        (r.role, r.month, r.demand, r.unnamed, r.capacity, r.utilisation, r.band)
        for r in view.roles
    ]
    return OutTable(ROLES_TABLE, columns, rows, "Demand and capacity by role and month")


def _over(view: CapacityView) -> OutTable:
    columns = [
        OutColumn("Person", "text", 22),
        OutColumn("Role", "text", 18),
        OutColumn("Month", "month", 10),
        OutColumn("Demand Days", "number", 11),
        OutColumn("Available Days", "number", 11),
        OutColumn("Over By", "number", 9),
        OutColumn("Projects (days asked)", "text", 40),
        OutColumn("Source Cells", "text", 40),
    ]
    rows = [
        (
            o.person,
            o.role,
            o.month,
            o.demand,
            o.capacity,
            o.demand - o.capacity,
            _projects(o.projects),
            "; ".join(f"{a.source} {', '.join(a.cells())}" for a in o.projects),
        )
        for o in view.over_allocated
    ]
    return OutTable("tblOverAllocations", columns, rows, "People over-allocated (CAP-001)")


def _unknown(view: CapacityView) -> OutTable:
    columns = [
        OutColumn("Person", "text", 22),
        OutColumn("Roles Asked", "text", 18),
        OutColumn("Demand Days", "number", 11),
        OutColumn("First Month", "month", 10),
        OutColumn("Last Month", "month", 10),
        OutColumn("Projects (days asked)", "text", 40),
        OutColumn("Why", "text", 40),
    ]
    rows = [
        (
            u.name,
            ", ".join(u.roles),
            u.days,
            u.months[0] if u.months else None,
            u.months[-1] if u.months else None,
            _projects(u.projects),
            "same name under several roles in the capacity workbook"
            if u.ambiguous
            else "not in the capacity workbook",
        )
        for u in view.unknown
    ]
    return OutTable(
        "tblCapacityUnknown", columns, rows, "People asked for but not in the capacity workbook"
    )


def capacity_sheet(view: CapacityView) -> OutSheet:
    """The tables, stacked: the grid, over-allocations, unknown people, role by month."""
    tables = [_grid(view)]
    if view.has_capacity:
        tables += [_over(view), _unknown(view)]
    tables.append(_roles(view))
    placed: list[tuple[int, int, OutTable]] = []
    row = 2
    for table in tables:
        placed.append((row, 0, table))
        row += max(1, len(table.rows)) + 1 + GAP
    sheet = OutSheet(CAPACITY_SHEET, placed, freeze_rows=1)  # the sheet title stays in view
    sheet.decorate = lambda wb, ws, standards: _decorate(sheet, wb, ws, standards)
    return sheet


def _decorate(sheet: OutSheet, wb: Workbook, ws: Worksheet, standards: Standards) -> None:
    """Colour the grid by the standards' bands and add the demand-vs-capacity chart (called
    by the roll-up writer through the sheet's decorate hook)."""
    tables = {t.name: (r, c, t) for r, c, t in sheet.tables}
    ws.write_string(0, 0, "Capacity against demand", wb.add_format({"bold": True, "size": 16}))
    g_row, _, grid = tables[GRID_TABLE]
    if grid.rows and len(grid.columns) > 1 and grid.columns[1].kind == "pct":
        policy = standards.capacity
        rng = (g_row + 1, 1, g_row + len(grid.rows), len(grid.columns) - 1)
        colours = standards.rag_colours
        for criteria, value, band in (
            (">", policy.red_above_pct / 100, "Red"),
            (">", policy.amber_above_pct / 100, "Amber"),
            (">=", 0, "Green"),
        ):
            fill = wb.add_format({"bg_color": colours.get(band, "#FFFFFF"), "num_format": "0%"})
            ws.conditional_format(
                *rng,
                {
                    "type": "cell",
                    "criteria": criteria,
                    "value": value,
                    "format": fill,
                    "stop_if_true": True,
                },
            )
    r_row, _, roles = tables[ROLES_TABLE]
    _chart(wb, ws, r_row, roles, len(grid.columns) + 1, g_row)


def _chart(wb: Workbook, ws: Any, r_row: int, roles: OutTable, col: int, row: int) -> None:
    """A line per role: demand solid, capacity dashed, over the months."""
    lines = list(roles.rows)
    if not lines:
        return
    spans: dict[str, tuple[int, int]] = {}
    totals: dict[str, float] = {}
    for i, line in enumerate(lines):
        role = str(line[0])
        first, _ = spans.get(role, (i, i))
        spans[role] = (first, i)
        totals[role] = totals.get(role, 0.0) + float(line[2] or 0)  # type: ignore[arg-type]
    chosen = sorted(spans, key=lambda r: (-totals[r], r))[:CHART_ROLES]
    chart = wb.add_chart({"type": "line"})
    has_capacity = any(line[4] is not None for line in lines)
    for index, role in enumerate(sorted(chosen, key=lambda r: spans[r][0])):
        first, last = spans[role]
        colour = CHART_COLOURS[index % len(CHART_COLOURS)]
        top, bottom = r_row + 1 + first, r_row + 1 + last
        categories = [CAPACITY_SHEET, top, 1, bottom, 1]
        chart.add_series(
            {
                "name": f"{role} demand",
                "categories": categories,
                "values": [CAPACITY_SHEET, top, 2, bottom, 2],
                "line": {"color": colour, "width": 2.25},
            }
        )
        if has_capacity:
            chart.add_series(
                {
                    "name": f"{role} capacity",
                    "categories": categories,
                    "values": [CAPACITY_SHEET, top, 4, bottom, 4],
                    "line": {"color": colour, "width": 1.5, "dash_type": "dash"},
                }
            )
    what = "Demand against capacity" if has_capacity else "Demand"
    more = f" (the {CHART_ROLES} roles with most demand)" if len(spans) > CHART_ROLES else ""
    chart.set_title({"name": f"{what} by role, days per month{more}"})
    chart.set_x_axis({"num_format": "mmm yyyy", "date_axis": False})
    chart.set_y_axis({"name": "Days", "min": 0})
    chart.set_legend({"position": "right"})
    ws.insert_chart(row, col, chart, {"x_scale": 1.8, "y_scale": 1.5})
