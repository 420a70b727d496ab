"""What the roll-up needs from one project workbook, computed where the workbook is read.

Workers turn a :class:`~addin.reading.result.ReadResult` into a :class:`ProjectPayload`
(plain tuples of values, already derived with :mod:`addin.derived`) so that what crosses
the process boundary, what the cache stores and what the main process holds for a
thousand projects stays small: no model objects per item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from addin import derived
from addin.agile import AgileMetrics, metrics_for_result
from addin.cells import address
from addin.models import Dependency, ProjectHeader, WorkbookMeta
from addin.reading.codes import NOT_A_NUMBER
from addin.reading.result import ReadResult
from addin.rollup.figures import DUE_FIELDS, ProjectFigures, open_test, project_figures
from addin.rollup.packed_rows import PackedRows
from addin.rollup.register_sheets import ROLLUP_REGISTERS, register_rows
from addin.rollup.text import sheet_ref
from addin.rules.base import RuleContext
from addin.standards import Standards

#: Open risks kept per project for the Summary's top-risks table.
TOP_RISKS_PER_PROJECT = 10


@dataclass
class TopRisk:
    score: float
    source_row: int
    id: str | None
    title: str | None
    owner: str | None
    response: str | None


@dataclass
class ProjectPayload:
    header: ProjectHeader
    meta: WorkbookMeta
    figures: ProjectFigures
    #: register key -> rows: the register's columns, Days Overdue (registers with a due
    #: date), then the source cell ("Risks!A12" or None); in source order. Packed per
    #: register until read (:mod:`addin.rollup.packed_rows`): memory stays small.
    rows: PackedRows = field(default_factory=PackedRows)
    dependencies: list[tuple[Dependency, str | None]] = field(default_factory=list)
    risk_grid: dict[tuple[int, int], int] = field(default_factory=dict)  # open, by (P, I)
    top_risks: list[TopRisk] = field(default_factory=list)
    #: month -> (budget, actual, forecast, EAC basis)
    months: dict[date, tuple[float, float, float, float]] = field(default_factory=dict)
    agile: AgileMetrics | None = None  # agile and hybrid projects (SPEC 16)
    #: Project field key -> (what the PM typed, "Project!B27") for the fields the reader
    #: could not read (WB-013): filled, but not a number. Prioritisation names them.
    unreadable: dict[str, tuple[object, str]] = field(default_factory=dict)
    #: tblResources' column key -> 1-based column in the source workbook, so a capacity
    #: finding about a person points at the Person cell of a row (the rows' source cell is
    #: the table's first column)
    resource_columns: dict[str, int] = field(default_factory=dict)

    @property
    def project_id(self) -> str:
        return self.header.project_id or ""


def make_payload(
    result: ReadResult, standards: Standards, as_of: date, *, context: RuleContext | None = None
) -> ProjectPayload:
    """What the roll-up needs from one workbook. ``context``: the rules' context of the same
    result, standards and as-of date, whose finance figures and months are used as they
    are (the same functions of the same lines) instead of being worked out again."""
    project = result.project
    if context is None:
        context = RuleContext(result, standards, as_of)
    opened = open_test(standards)
    rows = PackedRows()
    overdue: dict[str, int] = {}
    for register in ROLLUP_REGISTERS:
        made = register_rows(register, result, standards, as_of, opened)
        if register.key in DUE_FIELDS:  # Days Overdue follows the register's columns
            overdue[register.key] = _overdue_rows(made, len(register.columns))
        rows[register.key] = made
    payload = ProjectPayload(
        header=project.header,
        meta=project.meta,
        # the overdue items counted from the rows above, in the figures' register order
        # (every register with a due date has a roll-up sheet; were one without, the
        # figures would count them from the items)
        figures=project_figures(
            project,
            standards,
            as_of,
            overdue={key: overdue[key] for key in DUE_FIELDS}
            if len(overdue) == len(DUE_FIELDS)
            else None,
            opened=opened,
            finance=context.finance,
        ),
        rows=rows,
    )
    location = result.registers.get("dependencies")
    anchor = min(location.columns.values()) if location and location.columns else 1
    for dep in project.dependencies:
        cell = (
            sheet_ref(location.sheet, address(dep.source_row, anchor))
            if location and dep.source_row
            else None
        )
        payload.dependencies.append((dep, cell))
    top: list[TopRisk] = []
    for risk in project.risks:
        if not opened("risks", risk):
            continue
        p, i = risk.probability, risk.impact
        if p is not None and i is not None and float(p).is_integer() and float(i).is_integer():
            key = (int(p), int(i))
            payload.risk_grid[key] = payload.risk_grid.get(key, 0) + 1
        score = derived.risk_score(p, i)
        if score is not None:
            top.append(
                TopRisk(score, risk.source_row or 0, risk.id, risk.title, risk.owner, risk.response)
            )
    top.sort(key=lambda r: (-r.score, r.source_row))
    payload.top_risks = top[:TOP_RISKS_PER_PROJECT]
    payload.months = _month_sums(context, payload.header.report_date)
    payload.agile = metrics_for_result(result, standards, as_of)
    payload.unreadable = unreadable_fields(result)
    resources = result.registers.get("resources")
    payload.resource_columns = dict(resources.columns) if resources else {}
    return payload


def _overdue_rows(rows: list[tuple[object, ...]], at: int) -> int:
    """How many rows have a Days Overdue (at position ``at``) above 0."""
    count = 0
    for row in rows:
        days = row[at]
        if isinstance(days, int) and days > 0:
            count += 1
    return count


def unreadable_fields(result: ReadResult) -> dict[str, tuple[object, str]]:
    """Project fields filled with what the reader could not read (its WB-013 findings)."""
    by_cell = {cell: key for key, cell in result.project_cells.items()}
    out: dict[str, tuple[object, str]] = {}
    for finding in result.findings:
        key = by_cell.get((finding.sheet or "", finding.cell or ""))
        if finding.code == NOT_A_NUMBER.code and key is not None:
            out[key] = (finding.value, f"{finding.sheet}!{finding.cell}")
    return out


def _num(value: object) -> float:
    number = derived.number(value)  # a finite number or None, by the one rule
    return number if number is not None else 0.0


def _month_sums(
    context: RuleContext, report: date | None
) -> dict[date, tuple[float, float, float, float]]:
    """Budget, actual, forecast and EAC basis by month (EAC basis: the actual up to the
    report month, the forecast after it); the lines' months and amounts as the context
    holds them (the rules read them already)."""
    report_month = derived.month_start(report) if report else None
    sums: dict[date, list[float]] = {}
    for month, budget, actual, forecast in zip(
        context.finance_months,
        context.column("finance", "budget"),
        map(_num, context.column("finance", "actual")),
        map(_num, context.column("finance", "forecast")),
        strict=True,
    ):
        if month is None:
            continue
        acc = sums.setdefault(month, [0.0, 0.0, 0.0, 0.0])
        acc[0] += _num(budget)
        acc[1] += actual
        acc[2] += forecast
        acc[3] += actual if report_month is None or month <= report_month else forecast
    return {m: (a[0], a[1], a[2], a[3]) for m, a in sums.items()}
