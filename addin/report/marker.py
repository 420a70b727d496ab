"""The document property that marks a workbook `pmo report` wrote (a status report, a
pack, a feedback workbook), so consolidation skips one saved in the portfolio folder
instead of rejecting it as a project workbook it cannot read."""

from __future__ import annotations

import zipfile
from pathlib import Path

from xlsxwriter.workbook import Workbook

#: Custom document property name; its value says which output it is.
REPORT_MARKER = "PMO Report Output"


def mark(wb: Workbook, what: str) -> None:
    """Mark ``wb`` as ``what`` ("status report", "portfolio pack", "portfolio feedback")."""
    wb.set_custom_property(REPORT_MARKER, what)


def report_kind(path: Path) -> str | None:
    """What `pmo report` output ``path`` is, or None for any other file."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("docProps/custom.xml")
            if info.file_size > 1_000_000:
                return None
            xml = zf.read(info).decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None
    start = xml.find(f'name="{REPORT_MARKER}"')
    if start < 0:
        return None
    value = xml[start:].split("<vt:lpwstr>", 1)[-1].split("</vt:lpwstr>", 1)[0]
    return value or "report"
