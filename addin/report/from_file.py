"""A status report straight from one project workbook, by the roll-up's own code path.

The workbook is read and checked exactly as consolidation reads and checks it
(:func:`addin.check.check_file`, then :func:`addin.rollup.payload.make_payload`), and its
Projects row and register rows come from the roll-up's table builders, so the page shows
the numbers the roll-up would show for the same as-of date. The file is only read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from addin.check import CheckReport, check_file, check_host
from addin.findings import count_by_severity
from addin.host import WorkbookHost
from addin.report.content import StatusReport, build_status_report, cumulative_points
from addin.rollup.agile_sheet import page_figures
from addin.rollup.figures import data_quality_score
from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutTable
from addin.rollup.payload import make_payload
from addin.rollup.projects_sheet import projects_table
from addin.rollup.register_sheets import ROLLUP_REGISTERS, register_table
from addin.standards import Standards


@dataclass
class FileReport:
    """A status report from a file, or why there is none."""

    file: str
    report: StatusReport | None
    check: CheckReport

    @property
    def problem(self) -> str | None:
        if self.check.unreadable is not None:
            return self.check.unreadable
        if self.report is None:
            return (
                "not a standard project workbook (no _pmo sheet and none of the template's "
                f'tables) - convert it with `pmo adopt "{self.file}"` first'
            )
        return None


def table_dicts(table: OutTable) -> list[dict[str, Any]]:
    """An OutTable's rows as ``{header: value}`` dicts (as a roll-up reader sees them)."""
    headers = [c.header for c in table.columns]
    return [dict(zip(headers, row, strict=False)) for row in table.rows]


def rows_of(project: ProjectInput, standards: Standards) -> tuple[dict[str, Any], dict[str, Any]]:
    """The project's Projects row and its register rows, built by the roll-up's builders."""
    row = table_dicts(projects_table([project], standards))[0]
    registers = {r.key: table_dicts(register_table(r, [project])) for r in ROLLUP_REGISTERS}
    return row, registers


def _agile(project: ProjectInput) -> dict[str, Any] | None:
    """The Agile sheet's figures for an agile or hybrid project (computed once, in the
    payload, by the same agile core as the roll-up)."""
    metrics = project.payload.agile
    return page_figures(metrics) if metrics is not None else None


def report_from_check(check: CheckReport, standards: Standards, as_of: date) -> FileReport:
    """The status report of a checked workbook (None when it is not a standard one)."""
    read = check.read
    if read is None or not read.is_standard:
        return FileReport(check.file, None, check)
    counts = count_by_severity(check.findings)
    payload = make_payload(read, standards, as_of)
    project = ProjectInput(
        source=Path(check.file).name,
        payload=payload,
        errors=counts["error"],
        warnings=counts["warning"],
        quality=data_quality_score(counts["error"], counts["warning"]),
    )
    row, registers = rows_of(project, standards)
    report = build_status_report(
        row,
        registers,
        standards,
        as_of,
        findings=counts,
        agile=_agile(project),
        source=check.file,
        months=cumulative_points(payload.months, payload.header.report_date),
    )
    return FileReport(check.file, report, check)


def report_for_file(path: Path, standards: Standards, as_of: date) -> FileReport:
    """Read and check ``path`` (never modified) and build its status report."""
    return report_from_check(check_file(Path(path), standards, as_of), standards, as_of)


def report_for_host(host: WorkbookHost, standards: Standards, as_of: date) -> FileReport:
    """The status report of the workbook a host holds (the open workbook in Excel)."""
    return report_from_check(check_host(host, standards, as_of), standards, as_of)


def reports_for_files(paths: Sequence[Path], standards: Standards, as_of: date) -> list[FileReport]:
    return [report_for_file(p, standards, as_of) for p in paths]
