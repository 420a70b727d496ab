"""A register pasted as a range, as a read-only one-sheet workbook host.

``PMO.CHECKRANGE`` gets a 2-D list of values, not a workbook; :func:`range_host` places
them where they sit in Excel (``top_left``) as the register's table, so the workbook
reader (:mod:`addin.reading.range_reader`) reads them exactly as it reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from addin import layout
from addin.cells import address, parse_address
from addin.errors import UsageError
from addin.host import CellValue, ReadOnlyHost, SheetGrid, TableInfo

PASTED_FILE = "(range)"


@dataclass
class RangeHost(ReadOnlyHost):
    """A read-only workbook of one sheet holding one table (the pasted range)."""

    read_only_reason = "a pasted range is read-only"

    sheet: str
    table: str
    rows: list[list[CellValue]]
    ref: str
    label: str = PASTED_FILE

    @property
    def name(self) -> str:
        return self.label

    @property
    def path(self) -> Path | None:
        return None

    def sheet_names(self) -> list[str]:
        return [self.sheet]

    def read_sheet(self, name: str) -> SheetGrid:
        if name != self.sheet:
            raise UsageError(f"no sheet {name!r} in a pasted range")
        return SheetGrid(name, [list(row) for row in self.rows])

    def tables(self) -> list[TableInfo]:
        return [TableInfo(self.table, self.sheet, self.ref)]

    def defined_names(self) -> dict[str, str]:
        return {}


def range_host(
    values: list[list[Any]], register: layout.Register, top_left: str = "A1"
) -> RangeHost:
    """The in-memory workbook for ``values`` placed at ``top_left`` on the register's sheet."""
    try:
        first_row, first_col = parse_address(top_left)
    except ValueError:
        raise UsageError(f"{top_left!r} is not a cell address like B4") from None
    width = max((len(row) for row in values), default=0)
    if not values or width == 0:
        raise UsageError("the range is empty; select the header row and the rows below it")
    rows: list[list[CellValue]] = [[] for _ in range(first_row - 1)]
    for row in values:
        rows.append([None] * (first_col - 1) + list(row) + [None] * (width - len(row)))
    last = address(first_row + len(values) - 1, first_col + width - 1)
    return RangeHost(register.sheet, register.table, rows, f"{top_left.upper()}:{last}")
