"""What reading a project workbook gives: the data, where each value came from, and findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from addin.cells import address
from addin.findings import Finding
from addin.models import ProjectData


@dataclass
class RegisterLocation:
    """Where a register was found: its sheet, table, header row and column positions."""

    register_key: str
    sheet: str
    table: str | None  # the Excel table's name; None when found by header matching
    header_row: int  # 1-based Excel row of the header
    columns: dict[str, int]  # column key -> 1-based Excel column
    first_data_row: int
    last_data_row: int  # last row read (may be < first_data_row when empty)

    def cell(self, row: int, column_key: str) -> str | None:
        """The A1 address of ``column_key`` in Excel row ``row`` (None if the column is absent)."""
        col = self.columns.get(column_key)
        return address(row, col) if col else None


@dataclass
class ReadResult:
    """One workbook read into the canonical models.

    ``project`` holds what could be converted; what could not is in ``findings`` (with the
    value left None in the model). ``is_standard`` is False for a workbook that is not
    the standard template (no _pmo sheet and none of its tables).
    """

    file: str
    project: ProjectData
    findings: list[Finding] = field(default_factory=list)
    registers: dict[str, RegisterLocation] = field(default_factory=dict)
    project_cells: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (sheet, A1)
    is_standard: bool = True

    def cell_of(
        self, register_key: str, row: int | None, column_key: str
    ) -> tuple[str, str] | None:
        """(sheet, A1 address) of an item's value, or None when unknown."""
        location = self.registers.get(register_key)
        if location is None or row is None:
            return None
        cell = location.cell(row, column_key)
        return (location.sheet, cell) if cell else None
