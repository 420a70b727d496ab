"""A register pasted as a range (header row + rows) read with the workbook reader.

``PMO.CHECKRANGE`` gets a 2-D list of values, not a workbook. Here it becomes a one-sheet
in-memory workbook holding the range where it sits in Excel (``top_left``) as the
register's table, and :func:`addin.reading.project_reader.read_project` reads it exactly
as it reads a file, so the conversions, findings and cell addresses are the reader's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from addin import layout
from addin.cells import address, parse_address
from addin.errors import UsageError
from addin.host import CellValue, ReadOnlyHost, SheetGrid, TableInfo
from addin.reading.project_reader import read_project
from addin.reading.result import ReadResult
from addin.standards import Standards

PASTED_FILE = "(range)"


def find_register(name: str) -> layout.Register:
    """A register by key, sheet, table, item word or ID prefix: ``risks``, ``Risks``,
    ``tblRisks``, ``risk`` or ``R``."""
    wanted = name.strip().casefold()
    for register in layout.REGISTERS:
        names = {register.key, register.sheet, register.table, register.item}
        if register.id_prefix:
            names.add(register.id_prefix)
        if wanted in {n.casefold() for n in names}:
            return register
    known = ", ".join(r.key for r in layout.REGISTERS)
    raise UsageError(f"{name!r} is not a register; use one of: {known}")


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


def read_register_range(
    values: list[list[Any]],
    register_name: str,
    standards: Standards,
    top_left: str = "A1",
) -> tuple[layout.Register, ReadResult]:
    """Read a pasted register: the items, and the reader's findings about this register
    only (the in-memory workbook lacks the other sheets, which is not the user's fault)."""
    register = find_register(register_name)
    result = read_project(range_host(values, register, top_left), standards)
    result.findings = [f for f in result.findings if f.register == register.key]
    return register, result
