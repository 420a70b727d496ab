"""``pmo check --report OUT.xlsx``: the findings as a separate workbook (never the source).

Written with XlsxWriter, text always as text (a message starting with ``=`` stays text),
to a temporary file beside the target that is then moved into place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from xlsxwriter import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.check import CheckReport
from addin.check_output import at_least, totals
from addin.errors import UsageError

FINDINGS_HEADER = (
    "File",
    "Severity",
    "Code",
    "Sheet",
    "Cell",
    "Register",
    "Item ID",
    "Message",
    "Value",
)
FILES_HEADER = ("File", "Status", "Reason", "Project ID", "Errors", "Warnings", "Info")


def _put(sheet: Worksheet, row: int, col: int, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value)
    else:
        text = value.isoformat() if isinstance(value, date) else str(value)
        sheet.write_string(row, col, text)


def _table(
    book: Workbook,
    name: str,
    table: str,
    header: Sequence[str],
    rows: list[list[Any]],
    widths: Sequence[float],
) -> None:
    sheet = book.add_worksheet(name)
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            _put(sheet, r, c, value)
    sheet.add_table(
        0,
        0,
        max(len(rows), 1),
        len(header) - 1,
        {"name": table, "columns": [{"header": h} for h in header], "style": "Table Style Light 9"},
    )
    for c, width in enumerate(widths):
        sheet.set_column(c, c, width)
    sheet.freeze_panes(1, 0)


def write_report(
    path: Path,
    reports: Sequence[CheckReport],
    *,
    as_of: date,
    standards_version: str,
    min_severity: str = "info",
) -> Path:
    """Write the findings workbook (sheets Findings and Files) atomically; returns ``path``."""
    target = Path(path)
    sources = {Path(r.file).resolve() for r in reports}
    if target.resolve() in sources:
        raise UsageError(f"{target}: is one of the files being checked; sources are never written")
    if target.suffix.lower() != ".xlsx":
        raise UsageError(f"{target}: the report must be an .xlsx file")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        book = Workbook(
            str(temp),
            {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
        )
        finding_rows = [
            [
                f.file or r.file,
                f.severity,
                f.code,
                f.sheet,
                f.cell,
                f.register,
                f.item_id,
                f.message,
                f.value,
            ]
            for r in reports
            for f in at_least(r.findings, min_severity)
        ]
        _table(
            book,
            "Findings",
            "tblFindings",
            FINDINGS_HEADER,
            finding_rows,
            (28, 9, 10, 14, 7, 12, 9, 90, 16),
        )
        file_rows = []
        for r in reports:
            counts = r.counts()
            project_id = r.project.header.project_id if r.project else None
            file_rows.append(
                [
                    r.file,
                    r.status,
                    r.unreadable,
                    project_id,
                    counts["error"],
                    counts["warning"],
                    counts["info"],
                ]
            )
        _table(book, "Files", "tblFiles", FILES_HEADER, file_rows, (40, 11, 60, 12, 8, 9, 6))
        about = book.add_worksheet("About")
        total = totals(reports)
        for row, (label, value) in enumerate(
            [
                ("As of", as_of.isoformat()),
                ("Standards version", standards_version),
                ("Minimum severity shown", min_severity),
                ("Files", total["files"]),
                ("Unreadable", total["unreadable"]),
                ("Errors", total["error"]),
                ("Warnings", total["warning"]),
                ("Info", total["info"]),
            ]
        ):
            _put(about, row, 0, label)
            _put(about, row, 1, value)
        about.set_column(0, 0, 24)
        book.close()
        with temp.open("rb+") as handle_:
            os.fsync(handle_.fileno())
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target
