"""Read a capacity workbook with the project reader's public table API
(:mod:`addin.reading.tables`): the table by its name (tblCapacity), falling back to its
header row; every value typed by its column's kind, and what cannot be typed reported
(WB-012/WB-013) with its cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from addin.capacity.layout import CAPACITY, CAPACITY_TEMPLATE_ID, META_SHEET
from addin.capacity.model import CapacityLine  # importing it registers it with the reader
from addin.files.filehost import FileHost
from addin.files.sniff import ensure_readable
from addin.findings import Finding
from addin.host import WorkbookHost
from addin.models import WorkbookMeta
from addin.reading.result import RegisterLocation
from addin.reading.tables import WorkbookTables
from addin.standards import Standards


@dataclass
class CapacityRead:
    """A capacity workbook read: its rows, where they are, and the reader's findings."""

    file: str
    lines: list[CapacityLine] = field(default_factory=list)
    location: RegisterLocation | None = None
    meta: WorkbookMeta = field(default_factory=WorkbookMeta)
    findings: list[Finding] = field(default_factory=list)

    def cell(self, row: int | None, column_key: str) -> tuple[str, str] | None:
        """(sheet, A1) of a row's value, or None."""
        if self.location is None or row is None:
            return None
        cell = self.location.cell(row, column_key)
        return (self.location.sheet, cell) if cell else None


def workbook_template_id(host: WorkbookHost, standards: Standards) -> str | None:
    """What the hidden _pmo sheet's template_id says (None without one)."""
    meta = WorkbookTables(host, standards).meta(META_SHEET)
    return meta.template_id if meta is not None else None


def read_capacity(host: WorkbookHost, standards: Standards) -> CapacityRead:
    """Read tblCapacity from any readable workbook."""
    reader = WorkbookTables(host, standards)
    result = CapacityRead(file=host.name)
    result.meta = reader.meta(META_SHEET) or WorkbookMeta()
    table = reader.read_table(CAPACITY)
    if table is not None:
        result.location = table.location
        result.lines = [i for i in table.items if isinstance(i, CapacityLine)]
    result.findings = reader.findings
    return result


def read_capacity_file(path: Path, standards: Standards) -> CapacityRead:
    """Sniff ``path`` (raises :class:`addin.errors.UnreadableWorkbookError` for a file it
    rejects), then read it; the file is only read."""
    kind = ensure_readable(Path(path))
    with FileHost(Path(path), kind=kind) as host:
        return read_capacity(host, standards)


def is_capacity_file(path: Path, standards: Standards) -> bool:
    """True when ``path`` is a readable workbook whose _pmo says template_id=capacity."""
    try:
        kind = ensure_readable(Path(path))
        with FileHost(Path(path), kind=kind) as host:
            return workbook_template_id(host, standards) == CAPACITY_TEMPLATE_ID
    except Exception:  # an unreadable file is simply not a capacity workbook
        return False
