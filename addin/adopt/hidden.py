"""Hidden columns and rows of the source: read like the others, and said.

A column hidden in a legacy register (an old field nobody deleted, a helper column) and rows
hidden by hand or by an autofilter still hold the register's data: adoption reads them like
any other (the reader sees every cell) and each adopted table's report says which of its
columns and rows were hidden, so nobody is surprised to find them in the standard workbook.
Read from the package's sheet XML (``<col hidden="1">``, ``<row hidden="1">``) by the
one scan of :mod:`addin.adopt.sheet_xml`; other formats say nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from addin.adopt.report import AdoptionReport
from addin.adopt.sheet_xml import WorkbookFacts, read_facts
from addin.cells import column_letter, parse_range


@dataclass
class Hidden:
    """One sheet's hidden columns and rows (1-based)."""

    cols: set[int] = field(default_factory=set)
    rows: set[int] = field(default_factory=set)


def hidden_of(facts: WorkbookFacts) -> dict[str, Hidden]:
    """Every sheet's hidden columns and rows, from the one scan of its XML."""
    return {
        name: Hidden(set(sheet.hidden_cols), set(sheet.hidden_rows))
        for name, sheet in facts.sheets.items()
        if sheet.hidden_cols or sheet.hidden_rows
    }


def hidden_parts(path: Path | None) -> dict[str, Hidden]:
    """Every sheet's hidden columns and rows; empty for a file that is not an Excel
    package."""
    return hidden_of(read_facts(path))


def note_hidden(report: AdoptionReport, hidden: dict[str, Hidden]) -> None:
    """Say in each adopted table's report which of its columns and rows were hidden."""
    from addin.adopt.rows import row_ranges

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
                f"{row_ranges(rows)} hidden in the source (by hand or a filter): read like the others"
            )
