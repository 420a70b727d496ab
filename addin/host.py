"""The small workbook interface every macro is written against (SPEC section 2).

The hosts that implement it:

- :class:`addin.files.filehost.FileHost`: a workbook file (calamine reads, openpyxl writes
  a copy); used by the CLI, batch jobs and tests.
- :class:`addin.files.range_host.RangeHost`: a register pasted as a range (read-only).
- :class:`addin.adopt.legacy_host.CalamineHost`: a legacy workbook being adopted (read-only).
- ``macros_bridge.xlwings_host.XlwingsHost``: the live workbook in Excel (Windows/macOS).

A macro takes a host and the standards and never asks which host it has. What only some
hosts know (what the file really is, why a sheet was cut short, sheet-scoped names) is
asked through the optional capabilities below, whose "not supported" results
:class:`HostCapabilities` gives every host that does not know better.

Reads are whole-sheet; writes are whole-range. Both hosts must keep it that way so
that the live host makes one call to Excel per range, not one per cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
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


class CellFormats(Mapping[tuple[int, int], str]):
    """(row, col) -> number format, held as runs of rows per column (red team of round 37,
    rt37): a ledger of two million cells shown in ``[$£-809]`` is twenty runs, not two
    million entries. Cells are added in the sheet's order (row by row)."""

    def __init__(self) -> None:
        self._starts: dict[int, list[int]] = {}
        self._runs: dict[int, list[list[Any]]] = {}  # col -> [[first, last, code], ...]
        self._count = 0

    def add(self, row: int, col: int, code: str) -> None:
        runs = self._runs.setdefault(col, [])
        last = runs[-1] if runs else None
        if last is not None and row <= last[1]:
            return  # the same cell twice or out of order (a malformed sheet): the first stands
        self._count += 1
        if last is not None and last[1] == row - 1 and last[2] == code:
            last[1] = row
            return
        runs.append([row, row, code])
        self._starts.setdefault(col, []).append(row)

    def __getitem__(self, key: tuple[int, int]) -> str:
        row, col = key
        starts = self._starts.get(col)
        if starts:
            at = bisect_right(starts, row) - 1
            if at >= 0 and row <= self._runs[col][at][1]:
                return str(self._runs[col][at][2])
        raise KeyError(key)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for col, runs in self._runs.items():
            for first, last, _ in runs:
                for row in range(first, last + 1):
                    yield row, col

    def __len__(self) -> int:
        return self._count


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
    #: round 37 (px41): the number format of the cells shown with text beside their number
    #: (``#,##0 "SGD"``, ``[$€-407] #,##0.00``), by 1-based (row, col); only hosts that read
    #: the file's styles fill it (the file host: .xlsx, .xlsm), others leave it empty
    number_formats: Mapping[tuple[int, int], str] = field(default_factory=dict)

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

    # --- optional capabilities: HostCapabilities gives the "not supported" results ---

    def unreadable_reason(self) -> str | None:
        """Why the workbook cannot be read at all, with the fix (an old .xls saved under
        another name, a CSV...); None when it can be read or the host cannot tell."""
        ...

    def formulas_hidden(self) -> bool:
        """True when only the last results of formulas are visible (an old .xls)."""
        ...

    def truncation(self, name: str) -> str:
        """Why :meth:`read_sheet` stopped early on sheet ``name``; '' when it did not or
        the host does not say."""
        ...

    def sheet_defined_names(self) -> dict[tuple[str, str], str]:
        """Sheet-scoped defined names: (sheet, name) -> reference; {} when the host has none."""
        ...


class HostCapabilities:
    """The "not supported" results of :class:`WorkbookHost`'s optional capabilities, for
    every host to inherit; a host that knows more overrides them (the file host does)."""

    def unreadable_reason(self) -> str | None:
        return None

    def formulas_hidden(self) -> bool:
        return False

    def truncation(self, name: str) -> str:
        return ""

    def sheet_defined_names(self) -> dict[tuple[str, str], str]:
        return {}


class ReadOnlyHost(HostCapabilities):
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
