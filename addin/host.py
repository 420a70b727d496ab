"""The small workbook interface every macro is written against (SPEC section 2).

Two hosts implement it: a file host (openpyxl/calamine; used by the CLI, batch jobs and
tests) and a live-workbook host in ``macros_bridge`` (xlwings; Excel on Windows/macOS).
A macro takes a host and the standards and never asks which host it has.

Reads are whole-sheet; writes are whole-range. Both hosts must keep it that way so
that the live host makes one call to Excel per range, not one per cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from addin.errors import UsageError

#: A cell value as hosts return it: str, float, int, bool, date/datetime, None,
#: or an :class:`ErrorValue` for Excel errors such as #REF!.
CellValue = Any


@dataclass(frozen=True)
class ErrorValue:
    """An Excel error value (#REF!, #DIV/0!, #N/A, ...) read from a cell."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass
class SheetGrid:
    """A sheet's cells from A1 to the end of its used range (bounded by the host).

    ``rows[r][c]`` is the cell at Excel row ``r + 1``, column ``c + 1``. Rows may be
    shorter than the widest row. ``formulas`` maps (row, col), 1-based, to the formula
    text of cells that hold one; ``uncached`` holds those whose cached value is missing.
    ``merged`` lists merged ranges as "A1:C1".
    """

    name: str
    rows: list[list[CellValue]]
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    uncached: set[tuple[int, int]] = field(default_factory=set)
    merged: list[str] = field(default_factory=list)
    visible: bool = True
    truncated: bool = False  # the host stopped at its row/column bound

    def value(self, row: int, col: int) -> CellValue:
        """The value at 1-based (row, col), None beyond the grid."""
        if row < 1 or col < 1 or row > len(self.rows):
            return None
        line = self.rows[row - 1]
        return line[col - 1] if col <= len(line) else None


@dataclass(frozen=True)
class TableInfo:
    """An Excel table (ListObject): its name, sheet and range, header row included."""

    name: str
    sheet: str
    ref: str  # "A4:V120"
    header_rows: int = 1
    totals_rows: int = 0


@dataclass(frozen=True)
class CellMark:
    """A cell a check marks: fill by severity, and a note with the finding."""

    sheet: str
    cell: str
    severity: str
    note: str


@runtime_checkable
class WorkbookHost(Protocol):
    """What a macro may ask of a workbook."""

    @property
    def name(self) -> str:
        """The workbook's file name, for messages."""
        ...

    @property
    def path(self) -> Path | None:
        """The workbook's path on disk, when it has one."""
        ...

    def sheet_names(self) -> list[str]:
        """Every sheet, in workbook order (hidden ones included)."""
        ...

    def read_sheet(self, name: str) -> SheetGrid:
        """One sheet's values (and formulas) in one read."""
        ...

    def tables(self) -> list[TableInfo]:
        """Every Excel table in the workbook."""
        ...

    def defined_names(self) -> dict[str, str]:
        """Workbook-level defined names -> their reference, e.g. ``"Project!$B$4"``."""
        ...

    def write_sheet(
        self,
        name: str,
        header: list[str],
        rows: list[list[CellValue]],
        *,
        table_name: str | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Replace (or create) a sheet holding one table; text is written as text, never
        as a formula. ``links`` maps (row, col) of ``rows`` (0-based) to an internal
        target such as ``"Risks!F12"``."""
        ...

    def mark_cells(self, marks: list[CellMark]) -> None:
        """Fill and annotate cells; remembers them so :meth:`clear_marks` can undo it."""
        ...

    def clear_marks(self) -> int:
        """Undo every mark an earlier check made; returns how many cells were cleared."""
        ...

    def delete_sheet(self, name: str) -> None:
        """Remove a sheet if it exists."""
        ...

    def save(self) -> Path | None:
        """Persist what was written (the file host writes a separate copy; returns its path)."""
        ...


class ReadOnlyHost:
    """The write half of :class:`WorkbookHost` for hosts that only read (a legacy file
    being adopted, a pasted range): every write is refused with ``read_only_reason``,
    and there are never marks to clear or anything to save."""

    read_only_reason: ClassVar[str] = "this workbook is read-only"

    def write_sheet(
        self,
        name: str,
        header: list[str],
        rows: list[list[CellValue]],
        *,
        table_name: str | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        raise UsageError(self.read_only_reason)

    def mark_cells(self, marks: list[CellMark]) -> None:
        raise UsageError(self.read_only_reason)

    def clear_marks(self) -> int:
        return 0

    def delete_sheet(self, name: str) -> None:
        raise UsageError(self.read_only_reason)

    def save(self) -> Path | None:
        return None
