"""The project reader's public face for other workbooks read by the same rules (the
EPMO's capacity workbook): the hidden ``_pmo`` sheet, and a table found by its name,
falling back to its header row, every value typed by its column's kind and what cannot be
typed reported (WB-012, WB-013...) with its cell.

Thin wrappers over :mod:`addin.reading.project_reader`; they add no reading logic, so a
table read here is read exactly as a project workbook's register is.
"""

from __future__ import annotations

from dataclasses import dataclass

from addin import layout
from addin.findings import Finding
from addin.host import TableInfo, WorkbookHost
from addin.models import Item, WorkbookMeta
from addin.reading.project_reader import ProjectReader
from addin.reading.result import RegisterLocation
from addin.standards import Standards


@dataclass
class TableRead:
    """One table read: where it is and its rows, as models of the register's kind."""

    location: RegisterLocation
    items: list[Item]


class WorkbookTables:
    """Reads the ``_pmo`` sheet and tables of one workbook; ``findings`` collects what the
    reader reported (one list for every read, as for a project workbook)."""

    def __init__(self, host: WorkbookHost, standards: Standards) -> None:
        self._host = host
        self._reader = ProjectReader(host, standards)
        self._reader.sheet_names = host.sheet_names()
        self._tables: dict[str, TableInfo] | None = None

    @property
    def findings(self) -> list[Finding]:
        return self._reader.findings

    def meta(self, sheet: str = layout.META_SHEET) -> WorkbookMeta | None:
        """What the hidden ``sheet`` (``_pmo``) says; None when the workbook has none."""
        found = self._reader.sheet(sheet)
        return self._reader._read_meta(found) if found is not None else None

    def read_table(self, register: layout.Register) -> TableRead | None:
        """``register``'s table (by its name, else by its header row); None when neither
        is in the workbook."""
        if self._tables is None:
            self._tables = {t.name.lower(): t for t in self._host.tables()}
        located = self._reader._locate(register, self._tables.get(register.table.lower()))
        if located is None:
            return None
        location, grid = located
        return TableRead(location, self._reader._read_items(register, location, grid))


__all__ = ["TableRead", "WorkbookTables"]
