"""Hidden columns and rows of the source: read like the others, and said.

A column hidden in a legacy register (an old field nobody deleted, a helper column) and rows
hidden by hand or by an autofilter still hold the register's data: adoption reads them like
any other (the reader sees every cell) and each adopted table's report says which of its
columns and rows were hidden, so nobody is surprised to find them in the standard workbook.
Read from the package's sheet XML (``<col hidden="1">``, ``<row hidden="1">``); other
formats say nothing.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from addin.adopt.report import AdoptionReport
from addin.cells import column_letter, parse_range
from addin.files.xml_parts import worksheet_xml

_COL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?col\s([^>]*)>")
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row\s([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_MIN = re.compile(rb'\bmin="(\d{1,5})"')
_MAX = re.compile(rb'\bmax="(\d{1,5})"')
_R = re.compile(rb'\br="(\d{1,7})"')


@dataclass
class Hidden:
    """One sheet's hidden columns and rows (1-based)."""

    cols: set[int] = field(default_factory=set)
    rows: set[int] = field(default_factory=set)


def hidden_parts(path: Path | None) -> dict[str, Hidden]:
    """Every sheet's hidden columns and rows; empty for a file that is not an Excel
    package. Rows are looked for only in sheets whose XML says ``hidden`` at all."""
    if path is None:
        return {}
    try:
        with zipfile.ZipFile(str(path)) as zf:
            out: dict[str, Hidden] = {}
            for name, data in worksheet_xml(zf):
                found = _scan(data)
                if found.cols or found.rows:
                    out[name] = found
            return out
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, RuntimeError):
        return {}


def _scan(data: bytes) -> Hidden:
    found = Hidden()
    if not _HIDDEN.search(data):
        return found
    start = data.find(b"sheetData")
    head = data[: start if start > 0 else len(data)]
    for match in _COL.finditer(head):
        attrs = match.group(1)
        low, high = _MIN.search(attrs), _MAX.search(attrs)
        if _HIDDEN.search(attrs) and low and high:
            first, last = int(low.group(1)), min(int(high.group(1)), 16384)
            if last - first < 1000:  # a hidden tail of the sheet (max="16384") is no column
                found.cols.update(range(first, last + 1))
    for match in _ROW.finditer(data):
        attrs = match.group(1)
        if _HIDDEN.search(attrs):
            row = _R.search(attrs)
            if row:
                found.rows.add(int(row.group(1)))
    return found


def note_hidden(report: AdoptionReport, hidden: dict[str, Hidden]) -> None:
    """Say in each adopted table's report which of its columns and rows were hidden."""
    from addin.adopt.rows import _ranges

    for table in report.tables:
        sheet = hidden.get(table.sheet)
        if sheet is None or not table.adopted:
            continue
        try:
            r1, c1, r2, c2 = parse_range(table.ref)
        except ValueError:
            continue
        cols = sorted(c for c in sheet.cols if c1 <= c <= c2)
        rows = sorted(r for r in sheet.rows if r1 < r <= r2)
        if cols:
            letters = ", ".join(column_letter(c) for c in cols)
            table.notes.append(
                f"column{'s' if len(cols) > 1 else ''} {letters} hidden in the source: "
                "read like the others"
            )
        if rows:
            table.notes.append(
                f"{_ranges(rows)} hidden in the source (by hand or a filter): read like the others"
            )
