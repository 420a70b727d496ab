"""How check results are shown: the text of ``pmo check`` and its JSON document.

Both shapes are documented in docs/check.md; keep them in step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from addin import layout
from addin.check import CheckReport
from addin.findings import SEVERITY_ORDER, Finding

#: The JSON document's shape version; bump when a field changes meaning or goes away.
JSON_SCHEMA_VERSION = 1


def at_least(findings: Iterable[Finding], min_severity: str) -> list[Finding]:
    """The findings of ``min_severity`` or worse (error > warning > info)."""
    limit = SEVERITY_ORDER[min_severity]
    return [f for f in findings if SEVERITY_ORDER[f.severity] <= limit]


def in_workbook_order(findings: Iterable[Finding]) -> list[Finding]:
    """Findings with their sheets in the standard workbook's order (Project, Risks, ...
    Finance; whole-file findings first, unknown sheets last), row order kept within a sheet."""
    rank = {name: n for n, name in enumerate(layout.SHEET_ORDER, start=1)}
    last = len(rank) + 1
    return sorted(
        findings, key=lambda f: (0, "") if not f.sheet else (rank.get(f.sheet, last), f.sheet)
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 or word == "info" else f"{count} {word}s"


def counts_text(counts: dict[str, int]) -> str:
    """``2 errors, 1 warning, 0 info``."""
    return ", ".join(_plural(counts[s], s) for s in ("error", "warning", "info"))


def summary_line(report: CheckReport) -> str:
    """``plan.xlsx: 2 errors, 1 warning, 0 info`` (or ``unreadable``)."""
    if report.unreadable is not None:
        return f"{report.file}: {report.unreadable}"
    return f"{report.file}: {counts_text(report.counts())}"


def text_lines(report: CheckReport, min_severity: str = "info") -> list[str]:
    """The text block of one file: grouped by sheet, one line per finding, then counts."""
    if report.unreadable is not None:
        return [summary_line(report)]
    lines = [report.file]
    shown = in_workbook_order(at_least(report.findings, min_severity))
    width = max((len(f.address) for f in shown), default=0)
    current: str | None = None
    for finding in shown:
        sheet = finding.sheet or "(workbook)"
        if sheet != current:
            lines.append(f"  {sheet}")
            current = sheet
        where = finding.address.ljust(width)
        lines.append(
            f"    {finding.severity.upper():<7}  {finding.code:<9} {where}  {finding.message}"
        )
    if not report.findings:
        lines.append("  No findings.")
    elif not shown:
        lines.append(f"  No findings of severity {min_severity} or worse.")
    lines.append(summary_line(report))
    return lines


def totals(reports: Sequence[CheckReport]) -> dict[str, int]:
    """Counts over every file, plus how many files were checked and unreadable."""
    result = {
        "files": len(reports),
        "checked": 0,
        "unreadable": 0,
        "error": 0,
        "warning": 0,
        "info": 0,
    }
    for report in reports:
        result[report.status] += 1
        if report.unreadable is None:
            for severity, count in report.counts().items():
                result[severity] += count
    return result


def totals_line(reports: Sequence[CheckReport]) -> str:
    """``3 files: 2 checked, 1 unreadable; 4 errors, 1 warning, 0 info``."""
    t = totals(reports)
    return (
        f"{t['files']} files: {t['checked']} checked, {t['unreadable']} unreadable; "
        f"{counts_text(t)}"
    )


def json_document(
    reports: Sequence[CheckReport],
    *,
    as_of: date,
    standards_version: str,
    exit_code: int,
    min_severity: str = "info",
) -> dict[str, Any]:
    """The ``pmo check --json`` document (docs/check.md)."""
    files = []
    for report in reports:
        entry = report.to_dict()
        if report.unreadable is None:
            entry["findings"] = [f.to_dict() for f in at_least(report.findings, min_severity)]
        for finding in entry["findings"]:
            value = finding.get("value")
            if isinstance(value, float) and not math.isfinite(value):
                finding["value"] = str(value)  # valid JSON: no NaN or Infinity
        files.append(entry)
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "as_of": as_of.isoformat(),
        "standards_version": standards_version,
        "min_severity": min_severity,
        "exit_code": exit_code,
        "totals": totals(reports),
        "files": files,
    }


def exit_code(reports: Sequence[CheckReport]) -> int:
    """2 when a file was unreadable, else 1 when any file has errors, else 0 (SPEC 10)."""
    if any(r.unreadable is not None for r in reports):
        return 2
    if any(r.has_errors() for r in reports):
        return 1
    return 0
