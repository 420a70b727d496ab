"""A read-only :class:`~addin.host.WorkbookHost` over python-calamine.

Adoption exists for legacy files, including BIFF8 ``.xls`` workbooks that the standard
file host may refuse. This host reads any format calamine reads (.xlsx, .xlsm, .xls,
.xlsb, .ods) and offers exactly what adoption needs: sheet names and whole-sheet grids
with merged ranges. It never writes: adoption writes a new workbook, never the source.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from addin.cells import address
from addin.errors import UnreadableWorkbookError
from addin.host import CellValue, ReadOnlyHost, SheetGrid, TableInfo

#: Reads stop here, so a hostile "used range" cannot exhaust memory.
MAX_ROWS = 20_000
MAX_COLS = 400


class CalamineHost(ReadOnlyHost):
    """Read-only host for adoption over python-calamine (formats: xlsx, xlsm, xls, xlsb, ods)."""

    read_only_reason = "the adoption reader never writes to a source workbook"

    def __init__(self, path: Path) -> None:
        import python_calamine

        self._path = Path(path)
        try:
            # by content, not by name: an old .xls saved as "plan.xlsx" still reads
            with open(self._path, "rb") as handle:
                self._book = python_calamine.CalamineWorkbook.from_filelike(handle)
        except BaseException as exc:  # calamine's errors and pyo3's PanicException
            _reraise_interrupts(exc)
            raise UnreadableWorkbookError(
                str(self._path),
                f"a damaged workbook that cannot be read ({type(exc).__name__}: {exc})",
                "open it in Excel and save it as Excel Workbook (.xlsx)",
            ) from exc
        if not self._book.sheet_names:
            raise UnreadableWorkbookError(
                str(self._path),
                "a workbook file with no readable sheet",
                "open it in Excel and save it as Excel Workbook (.xlsx)",
            )
        self._cache: dict[str, SheetGrid] = {}

    @property
    def name(self) -> str:
        return self._path.name

    @property
    def path(self) -> Path | None:
        return self._path

    def sheet_names(self) -> list[str]:
        return list(self._book.sheet_names)

    def read_sheet(self, name: str) -> SheetGrid:
        if name in self._cache:
            return self._cache[name]
        try:
            sheet = self._book.get_sheet_by_name(name)
            raw_rows = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
        except BaseException as exc:  # a Rust panic in calamine is a BaseException
            _reraise_interrupts(exc)
            raise UnreadableWorkbookError(
                str(self._path),
                f"sheet {name!r} cannot be read ({type(exc).__name__}: {exc})",
                "open it in Excel and save it as Excel Workbook (.xlsx)",
            ) from exc
        truncated = len(raw_rows) > MAX_ROWS
        rows: list[list[CellValue]] = []
        for raw in raw_rows[:MAX_ROWS]:
            line = [_value(v) for v in raw[:MAX_COLS]]
            truncated = truncated or len(raw) > MAX_COLS
            while line and line[-1] is None:
                line.pop()
            rows.append(line)
        while rows and not rows[-1]:
            rows.pop()
        merged: list[str] = []
        for first, last in sheet.merged_cell_ranges or []:
            merged.append(
                f"{address(first[0] + 1, first[1] + 1)}:{address(last[0] + 1, last[1] + 1)}"
            )
        grid = SheetGrid(name=name, rows=rows, merged=merged, truncated=truncated)
        self._cache[name] = grid
        return grid

    def tables(self) -> list[TableInfo]:
        return []

    def defined_names(self) -> dict[str, str]:
        return {}


def _value(value: object) -> CellValue:
    if isinstance(value, str):
        return value if value != "" else None
    if isinstance(value, datetime | date):
        return value
    if isinstance(value, time):
        return value
    if isinstance(value, timedelta):
        return value.total_seconds() / 86400
    return value


def _reraise_interrupts(exc: BaseException) -> None:
    """Ctrl+C and exits go through; anything else calamine raises is a damaged file."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc
