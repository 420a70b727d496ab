"""A sheet seen the way adoption needs it: cell text, merged cells filled, blank tests.

:class:`Grid` wraps a :class:`~addin.host.SheetGrid` (values from A1) and answers with
1-based (row, column) positions, like Excel. Merged ranges are remembered so that a
header written once across a merged block (``F10:G10``) or a group label merged down a
column can be read from any cell it covers, without changing the values themselves.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from addin.cells import parse_range
from addin.host import CellValue, ErrorValue, SheetGrid
from addin.values.cells import is_empty

_SPACES = re.compile(r"\s+")


#: True for None, empty or whitespace-only text, and NaN (shared with reading: one test).
is_blank = is_empty


def cell_text(value: CellValue) -> str:
    """A value as one-line text: whitespace collapsed, whole floats without ``.0``."""
    if is_blank(value):
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, ErrorValue):
        return value.text
    return _SPACES.sub(" ", str(value)).strip()


class Grid:
    """Read-only view of one sheet with merged-cell lookups; rows and columns are 1-based."""

    def __init__(self, sheet: SheetGrid) -> None:
        self.sheet = sheet
        self.name = sheet.name
        self.n_rows = len(sheet.rows)
        self.n_cols = max((len(r) for r in sheet.rows), default=0)
        #: cells in a strikethrough font (set by adoption from the package's records,
        #: ``sheet_xml.py``; round 27: a crossed-out row is no item, ``deleted_rows.py``)
        self.struck: set[tuple[int, int]] = set()
        self._merged_origin: dict[tuple[int, int], tuple[int, int]] = {}
        self._merged_span: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for ref in sheet.merged:
            try:
                r1, c1, r2, c2 = parse_range(ref)
            except ValueError:
                continue
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 20_000:
                continue  # a hostile or sheet-wide merge: ignore rather than expand
            self._merged_span[(r1, c1)] = (r1, c1, r2, c2)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        self._merged_origin[(r, c)] = (r1, c1)

    def value(self, row: int, col: int) -> CellValue:
        """The stored value (None inside a merged block except its top-left cell)."""
        return self.sheet.value(row, col)

    def filled(self, row: int, col: int) -> CellValue:
        """The value, or the merged block's top-left value when the cell is covered by one."""
        origin = self._merged_origin.get((row, col))
        if origin is not None:
            return self.sheet.value(*origin)
        return self.sheet.value(row, col)

    def text(self, row: int, col: int, *, filled: bool = False) -> str:
        return cell_text(self.filled(row, col) if filled else self.value(row, col))

    def merged_origin(self, row: int, col: int) -> tuple[int, int] | None:
        """Top-left (row, col) of the merged block covering a non-origin cell, else None."""
        return self._merged_origin.get((row, col))

    def merged_span(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        """(r1, c1, r2, c2) of the merged block whose top-left cell is (row, col)."""
        return self._merged_span.get((row, col))

    def row_values(
        self, row: int, first_col: int = 1, last_col: int | None = None
    ) -> list[CellValue]:
        last = self.n_cols if last_col is None else last_col
        return [self.value(row, c) for c in range(first_col, last + 1)]

    def row_is_blank(self, row: int, first_col: int = 1, last_col: int | None = None) -> bool:
        return all(is_blank(v) for v in self.row_values(row, first_col, last_col))

    def nonblank_cols(self, row: int, first_col: int = 1, last_col: int | None = None) -> list[int]:
        last = self.n_cols if last_col is None else last_col
        return [c for c in range(first_col, last + 1) if not is_blank(self.value(row, c))]
