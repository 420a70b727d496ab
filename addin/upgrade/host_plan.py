"""The template upgrade as steps a live workbook host carries out (Excel through xlwings).

In Excel the workbook is open: Excel itself must add the rows, the column, the
validations, the names and the ``_pmo`` version, so that Excel keeps everything else.
:func:`plan_host_upgrade` works the steps out from what the host interface reads (sheets,
tables, names); a host that can apply them has ``apply_template_upgrade(plan)``
(:class:`TemplateUpgradeHost`). The validations are the template's own, as XlsxWriter
dicts from :mod:`addin.templates.guidance`, so the hosts and the template agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from addin import layout, template_versions
from addin.cells import column_letter, parse_range
from addin.host import WorkbookHost
from addin.reading.project_reader import header_key
from addin.standards import Standards
from addin.templates.burnup_chart import HEADERS, HELPER_COL, SPARE_ROWS, helper_formulas
from addin.templates.guidance import input_message, validation
from addin.upgrade.upgrader import LABEL_COLUMNS, VALIDATED_ROWS, Refusal
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION


@dataclass(frozen=True)
class FieldStep:
    """Add one Project field: label, empty value cell, note, validation, name."""

    sheet: str
    row: int
    label_col: int
    label: str
    note: str
    rule: dict[str, Any] | None
    name: str
    format_from_row: int  # copy cell formats of this row (the Job Size row)
    wrap: bool  # a long-text field: the value cell wraps, the row is taller


@dataclass(frozen=True)
class ColumnStep:
    """Add one column at the right end of a table, with its validation."""

    sheet: str
    table: str
    header: str
    col: int  # the new column (1-based)
    first_row: int  # first data row
    last_row: int  # last row the validation covers
    rule: dict[str, Any] | None
    width: float


@dataclass(frozen=True)
class DropdownStep:
    """Make a scale range a 1..5 dropdown, replacing only a whole-number check."""

    sheet: str
    ref: str  # "H2:H501"
    rule: dict[str, Any]


@dataclass(frozen=True)
class BurnupStep:
    """The Iterations burn-up chart: the helper block's headers and formulas (hidden
    columns), and a scatter chart over it right of the table, as the template has them."""

    sheet: str
    block: str  # "U1:W52": headers, then one row of formulas per table row and spare row
    cells: list[list[str]]
    chart_cell: str  # the chart's top-left cell ("I2")
    x: str  # the X values (End): "U2:U52"
    series: list[tuple[str, str]]  # (name, Y values) as the template's chart has them
    title: str = "Burn-up: completed against total scope"
    chart_type: str = "xy_scatter_lines"  # xlwings' name for Excel's xlXYScatterLines
    width: float = 468.0  # points: the template's chart size
    height: float = 259.2


@dataclass
class HostUpgradePlan:
    from_version: int
    meta_sheet: str
    meta_cell: str
    fields: list[FieldStep] = field(default_factory=list)
    columns: list[ColumnStep] = field(default_factory=list)
    dropdowns: list[DropdownStep] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    burnup: BurnupStep | None = None

    @property
    def to_version(self) -> int:
        return TEMPLATE_VERSION


@runtime_checkable
class TemplateUpgradeHost(Protocol):
    """A host that can carry out a :class:`HostUpgradePlan` in the open workbook."""

    def apply_template_upgrade(self, plan: HostUpgradePlan) -> Path | None: ...


def _sheet(host: WorkbookHost, wanted: str) -> str | None:
    names = host.sheet_names()
    return next((n for n in names if n.strip().lower() == wanted.lower()), None)


def _meta(host: WorkbookHost) -> tuple[str, str, int]:
    sheet = _sheet(host, layout.META_SHEET)
    if sheet is None:
        raise Refusal(f"not a project workbook: it has no {layout.META_SHEET} sheet")
    grid = host.read_sheet(sheet)
    values: dict[str, tuple[Any, int]] = {}
    for r in range(1, min(len(grid.rows), 50) + 1):
        key = grid.value(r, 1)
        if isinstance(key, str) and key.strip() in layout.META_KEYS:
            values.setdefault(key.strip(), (grid.value(r, 2), r))
    template_id = values.get("template_id", (None, 0))[0]
    if template_id != TEMPLATE_ID:
        raise Refusal(f"not a project workbook: its {layout.META_SHEET} sheet says {template_id!r}")
    raw, row = values.get("template_version", (None, 0))
    try:
        version = int(float(str(raw)))
    except ValueError:
        raise Refusal(f"its {layout.META_SHEET} sheet has no readable template_version") from None
    return sheet, f"B{row}", version


def plan_host_upgrade(host: WorkbookHost, standards: Standards) -> HostUpgradePlan:
    """The steps that bring the host's workbook to the current template (raises
    :class:`Refusal` for a workbook that is not a project workbook or is newer)."""
    meta_sheet, meta_cell, version = _meta(host)
    plan = HostUpgradePlan(version, meta_sheet, meta_cell)
    if version >= TEMPLATE_VERSION:
        if version > TEMPLATE_VERSION:
            raise Refusal(f"built from template version {version}, newer than this tool's")
        return plan
    _plan_fields(host, standards, plan)
    _plan_tables(host, standards, plan)
    if template_versions.burnup_chart(TEMPLATE_VERSION):
        _plan_burnup(host, plan)
    return plan


def _plan_burnup(host: WorkbookHost, plan: HostUpgradePlan) -> None:
    """The burn-up chart's step, over tblIterations as it will be (with Remaining Points)."""
    table = next(
        (t for t in host.tables() if t.name.lower() == layout.ITERATIONS.table.lower()), None
    )
    if table is None:
        return  # already named as a problem by the column step
    r1, c1, r2, c2 = parse_range(table.ref)
    grid = host.read_sheet(table.sheet)
    headers = {header_key(grid.value(r1, c)): c for c in range(c1, c2 + 1)}
    added = next((c for c in plan.columns if c.table.lower() == table.name.lower()), None)
    if added is not None:
        headers[header_key(added.header)] = added.col
        c2 = added.col
    if "end" not in headers or "completed_points" not in headers or c2 > HELPER_COL:
        plan.problems.append(
            "tblIterations has no End or Completed Points column, or reaches column U: "
            "the burn-up chart is not added"
        )
        return
    remaining = headers.get("remaining_points")
    width = 3 if remaining else 2
    rows = max(r2 - r1 - table.totals_rows, 1) + SPARE_ROWS
    last_row = r1 + rows
    busy = [
        f"{column_letter(c)}{r}"
        for r in range(r1, last_row + 1)
        for c in range(HELPER_COL + 1, HELPER_COL + width + 1)
        if grid.value(r, c) not in (None, "")
    ]
    if busy:
        plan.problems.append(
            f"'{table.sheet}'!{busy[0]} holds the PM's own cell where the burn-up chart's hidden "
            "helper block goes: the chart is not added"
        )
        return
    end, done = column_letter(headers["end"]), column_letter(headers["completed_points"])
    cells = [list(HEADERS[:width])]
    for r in range(r1 + 1, last_row + 1):
        formulas = helper_formulas(
            r, r1 + 1, end, done, column_letter(remaining) if remaining else None
        )
        cells.append([f"={f}" for f in formulas[:width] if f is not None])
    block = f"{column_letter(HELPER_COL + 1)}{r1}:{column_letter(HELPER_COL + width)}{last_row}"

    def values(offset: int) -> str:
        letter = column_letter(HELPER_COL + 1 + offset)
        return f"{letter}{r1 + 1}:{letter}{last_row}"

    series = [("Completed (cumulative)", values(1))]
    if remaining:
        series.append(("Total scope", values(2)))
    plan.burnup = BurnupStep(
        table.sheet, block, cells, f"{column_letter(c2 + 2)}{r1 + 1}", values(0), series
    )


def _plan_fields(host: WorkbookHost, standards: Standards, plan: HostUpgradePlan) -> None:
    sheet = _sheet(host, layout.PROJECT_SHEET)
    if sheet is None:
        plan.problems.append(f"no '{layout.PROJECT_SHEET}' sheet: the new fields are not added")
        return
    grid = host.read_sheet(sheet)
    by_key = {f.key: f for f in layout.PROJECT_FIELDS}
    found: dict[str, tuple[int, int]] = {}
    for r, line in enumerate(grid.rows, start=1):
        for c, text in enumerate(line[:LABEL_COLUMNS], start=1):
            key = header_key(text)
            if key in by_key and key not in found:
                found[key] = (r, c)
                break
    old = [k for k in found if template_versions.field_in_version(k, 1)]
    if not old:
        plan.problems.append(f"the '{sheet}' sheet has none of the Project field labels")
        return
    last = max(found[k][0] for k in old)
    label_col = found[old[-1]][1]
    anchor = found.get("job_size", found[old[-1]])[0]
    names = {n.lower() for n in host.defined_names()}
    new_fields, _ = template_versions.new_in(TEMPLATE_VERSION)
    wanted = []
    for f in new_fields:
        if f.key in found or f.range_name.lower() in names:
            plan.problems.append(
                f"a '{f.label}' label or name is already in the workbook (the PM's own): "
                "the template's field is not added"
            )
            continue
        wanted.append(f)
    row = last + 1
    while any(
        grid.value(r, c) not in (None, "")
        for r in range(row, row + len(wanted))
        for c in range(label_col, label_col + 3)
    ):
        row += 1
    for offset, f in enumerate(wanted):
        plan.fields.append(
            FieldStep(
                sheet,
                row + offset,
                label_col,
                f.label,
                input_message(f, standards),
                validation(f, standards),
                f.range_name,
                anchor,
                f.kind == "longtext",
            )
        )
    for key in ("strategic_value", "time_criticality", "risk_reduction", "job_size"):
        if key in found:
            rule = validation(by_key[key], standards)
            if rule is not None:
                r = found[key][0]
                ref = f"{column_letter(label_col + 1)}{r}"
                plan.dropdowns.append(DropdownStep(sheet, ref, rule))


def _plan_tables(host: WorkbookHost, standards: Standards, plan: HostUpgradePlan) -> None:
    tables = {t.name.lower(): t for t in host.tables()}
    _, new_columns = template_versions.new_in(TEMPLATE_VERSION)
    for register in layout.REGISTERS:
        scale_keys = [c.key for c in register.columns if c.kind == "scale"]
        added = new_columns.get(register.key, [])
        if not scale_keys and not added:
            continue
        table = tables.get(register.table.lower())
        if table is None:
            plan.problems.append(f"no table {register.table} (renamed or deleted?)")
            continue
        r1, c1, r2, c2 = parse_range(table.ref)
        grid = host.read_sheet(table.sheet)
        headers = [header_key(grid.value(r1, c)) for c in range(c1, c2 + 1)]
        for key in scale_keys:
            if key in headers:
                col = column_letter(c1 + headers.index(key))
                rule = validation(register.column(key), standards, register.id_prefix)
                if rule is not None:
                    last = max(r2, r1 + VALIDATED_ROWS)
                    plan.dropdowns.append(
                        DropdownStep(table.sheet, f"{col}{r1 + 1}:{col}{last}", rule)
                    )
        for key in added:
            column = register.column(key)
            if key in headers:
                plan.problems.append(
                    f"{register.table} already has a column '{column.name}' (the PM's own): kept"
                )
                continue
            busy = [r for r in range(r1, r2 + 1) if grid.value(r, c2 + 1) not in (None, "")]
            if busy:
                plan.problems.append(
                    f"{register.table} cannot grow into column {column_letter(c2 + 1)}: "
                    f"{table.sheet}!{column_letter(c2 + 1)}{busy[0]} holds the PM's own cell"
                )
                continue
            plan.columns.append(
                ColumnStep(
                    table.sheet,
                    table.name,
                    column.name,
                    c2 + 1,
                    r1 + 1,
                    max(r2, r1 + VALIDATED_ROWS),
                    validation(column, standards, register.id_prefix),
                    column.width,
                )
            )
