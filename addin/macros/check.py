"""Ribbon > Check: check the workbook, list the findings on a `Checks` sheet with links to
the cells, and mark the offending cells (fill by severity, a note with the finding).

Written once against :class:`addin.host.WorkbookHost`: in Excel it writes into the open
workbook; on the file host it writes a separate copy (``NAME.checked.xlsx``) and never
touches the source. Marks of an earlier check are cleared first.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin import layout
from addin.check import CheckReport, check_host
from addin.check_output import counts_text, in_workbook_order
from addin.errors import UnreadableWorkbookError, UsageError
from addin.findings import Finding
from addin.host import CellMark, CellValue, WorkbookHost
from addin.macros.context import MacroContext, MacroResult

#: The Checks sheet's table: its name and columns.
CHECKS_TABLE = "tblChecks"
CHECKS_HEADER = ["Severity", "Code", "Sheet", "Cell", "Item ID", "Message", "Value"]
_CELL_COLUMN = CHECKS_HEADER.index("Cell")


def _shown(value: object) -> CellValue:
    if value is None or isinstance(value, str | int | float | date | datetime):
        return value
    return str(value)


def checks_rows(
    findings: list[Finding], sheets: set[str]
) -> tuple[list[list[CellValue]], dict[tuple[int, int], str]]:
    """The Checks table's rows and the links of its Cell column (to sheets that exist)."""
    rows: list[list[CellValue]] = []
    links: dict[tuple[int, int], str] = {}
    for finding in findings:
        rows.append(
            [
                finding.severity.upper(),
                finding.code,
                finding.sheet or "",
                finding.cell or "",
                finding.item_id or "",
                finding.message,
                _shown(finding.value),
            ]
        )
        if finding.sheet and finding.sheet in sheets:
            target = finding.address if finding.cell else f"{finding.address}!A1"
            links[(len(rows) - 1, _CELL_COLUMN)] = target
            if not finding.cell:
                rows[-1][_CELL_COLUMN] = "(sheet)"
    return rows, links


def cell_marks(findings: list[Finding], sheets: set[str]) -> list[CellMark]:
    """One mark per finding that points at a cell of a sheet the workbook has."""
    return [
        CellMark(f.sheet, f.cell, f.severity, f"{f.code} ({f.severity}): {f.message}")
        for f in findings
        if f.sheet and f.cell and f.sheet in sheets and f.sheet != layout.CHECKS_SHEET
    ]


def _summary(report: CheckReport, name: str, *, written: bool = True) -> str:
    if not report.findings:
        return f"{name}: no findings."
    text = f"{name}: {counts_text(report.counts())}"
    return f"{text} - see the {layout.CHECKS_SHEET} sheet" if written else text


def _write_feedback(
    host: WorkbookHost, ctx: MacroContext, report: CheckReport, sheets: set[str]
) -> tuple[int, list[CellMark], Path | None]:
    """Clear old marks, write the Checks sheet, mark the cells, save."""
    cleared = host.clear_marks()
    rows, links = checks_rows(in_workbook_order(report.findings), sheets)
    if not rows:
        rows = [
            [
                "",
                "",
                "",
                "",
                "",
                f"No findings (as of {ctx.as_of.isoformat()}, standards {ctx.standards.version})",
                None,
            ]
        ]
    host.write_sheet(layout.CHECKS_SHEET, CHECKS_HEADER, rows, table_name=CHECKS_TABLE, links=links)
    marks = cell_marks(report.findings, sheets)
    host.mark_cells(marks)
    return cleared, marks, host.save()


def run(ctx: MacroContext) -> MacroResult:
    """Check ``ctx.book`` and write the findings into it (or into its checked copy)."""
    host = ctx.book
    if host is None:
        return MacroResult("Open a project workbook first, then press Check.", ok=False)
    report = check_host(host, ctx.standards, ctx.as_of)
    if report.unreadable is not None:
        return MacroResult(f"{host.name}: {report.unreadable}", ok=False, findings=report.findings)
    sheets = set(host.sheet_names())
    portfolio = _portfolio_findings(report, host.name, ctx.options.get("rollup"))
    try:
        cleared, marks, output = _write_feedback(host, ctx, report, sheets)
    except (UnreadableWorkbookError, UsageError) as exc:
        # e.g. an old .xls: it can be checked, but no copy can be written to mark it up
        message = (
            f"{_summary(report, host.name, written=False)}; the findings could not be written "
            f"into the workbook: {exc}. Run `pmo check` on it to see them."
        )
        return MacroResult(message, ok=False, findings=report.findings)
    message = _summary(report, host.name)
    if portfolio:
        message += f" (incl. {portfolio} from the last roll-up)"
    if output is not None and host.path is not None and output != host.path:
        message += f"; written to {output.name} (the original is unchanged)"
    return MacroResult(
        message,
        ok=True,
        output=output,
        findings=report.findings,
        data={
            "counts": report.counts(),
            "marked": len({(m.sheet, m.cell) for m in marks}),
            "cleared": cleared,
        },
    )


def _portfolio_findings(report: CheckReport, name: str, given: object) -> int:
    """Add what the last roll-up found about this workbook (duplicate ID, dependency
    mismatches) to ``report``; returns how many (docs/report.md)."""
    from addin.report.portfolio_findings import known_rollup, portfolio_findings

    rollup = known_rollup(given)
    project = report.project
    if rollup is None or project is None:
        return 0
    try:
        extra = portfolio_findings(project.header.project_id, name, rollup)
    except Exception:  # a roll-up that cannot be read must never spoil the check
        return 0
    report.findings.extend(extra)
    return len(extra)
