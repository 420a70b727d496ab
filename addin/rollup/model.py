"""The roll-up as data: sheets of tables with typed columns, before any file is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

#: How a column's values are written and formatted.
ColumnKind = Literal[
    "text", "int", "number", "money", "pct", "date", "month", "rag", "rating", "severity", "status"
]


@dataclass(frozen=True)
class OutColumn:
    header: str
    kind: ColumnKind = "text"
    width: float = 14


@dataclass
class OutTable:
    """An Excel table: a unique name, columns, rows (values in column order)."""

    name: str
    columns: list[OutColumn]
    rows: Sequence[Sequence[object]]
    title: str | None = None  # written in the row above the table (Summary)


@dataclass
class OutSheet:
    """A sheet holding tables, each anchored at (row, col), 0-based."""

    name: str
    tables: list[tuple[int, int, OutTable]] = field(default_factory=list)
    freeze_rows: int = 1
    tab_colour: str | None = None
    #: Called as decorate(workbook, worksheet, standards) after the sheet's tables are
    #: declared: charts and the like (Trends).
    decorate: Callable[[Any, Any, Any], None] | None = None
