"""Portfolio findings for Check in Excel: what the last roll-up found about this workbook
that checking it alone cannot (a duplicate Project ID, a dependency that does not match
the counterparty's entry). Added to the Checks sheet when a roll-up is known: the one the
macro is given (``ctx.options["rollup"]``), else the last one `pmo consolidate` wrote."""

from __future__ import annotations

import contextlib
from pathlib import Path, PurePosixPath

from addin.findings import Finding, sort_findings
from addin.report.content import text

#: Codes that only consolidation can raise, which the project's own check cannot see.
PORTFOLIO_PREFIX = "PORT-DEP-"
DUPLICATE_CODE = "PORT-DUPLICATE-ID"
SEVERITIES = ("error", "warning", "info")


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        if sheet not in book.sheet_names:
            return []
        rows = book.get_sheet_by_name(sheet).to_python()
    finally:
        with contextlib.suppress(Exception):
            book.close()
    if not rows:
        return []
    headers = [text(h) for h in rows[0]]
    return [dict(zip(headers, r, strict=False)) for r in rows[1:]]


def portfolio_findings(project_id: str | None, workbook_name: str, rollup: Path) -> list[Finding]:
    """The roll-up's PORT- findings about this workbook: same Project ID, and the roll-up
    read a file of this name (so another project's copy never lends its findings)."""
    pid = " ".join((project_id or "").split()).casefold()
    if not pid:
        return []
    name = PurePosixPath(workbook_name.replace("\\", "/")).name.casefold()
    files = [
        text(r.get("File"))
        for r in _rows(rollup, "Load Report")
        if PurePosixPath(text(r.get("File"))).name.casefold() == name
    ]
    if not files:
        return []
    found = []
    for row in _rows(rollup, "Findings"):
        code = text(row.get("Code"))
        if text(row.get("File")) not in files:
            continue
        if not (code.startswith(PORTFOLIO_PREFIX) or code == DUPLICATE_CODE):
            continue
        severity = text(row.get("Severity"))
        found.append(
            Finding(
                code=code,
                severity=severity if severity in SEVERITIES else "warning",  # type: ignore[arg-type]
                message=f"{text(row.get('Message'))} (from the roll-up {rollup.name})",
                file=workbook_name,
                sheet=text(row.get("Sheet")) or None,
                cell=text(row.get("Cell")) or None,
                register=text(row.get("Register")) or None,
                item_id=text(row.get("Item ID")) or None,
                value=row.get("Value") if row.get("Value") != "" else None,
            )
        )
    return sort_findings(found)


def known_rollup(given: object) -> Path | None:
    """The roll-up to take portfolio findings from: the one given, else the last run's."""
    if given:
        path = Path(str(given))
        return path if path.is_file() else None
    from addin.consolidate.state import last_rollup_path

    return last_rollup_path()
