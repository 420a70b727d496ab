"""Excel's sheet limit: a table with more rows than a sheet holds continues on more sheets.

An Excel sheet has 1,048,576 rows; a table's header takes one, so a sheet holds 1,048,575
data rows. A register (or the Findings) of a large portfolio can hold more: writing it
anyway gives a file Excel must repair. So its rows continue on ``Risks (2)``,
``Risks (3)``... each a table of its own (``tblRisks2``...), and the Summary says so.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import overload

from addin.rollup.model import OutSheet, OutTable

EXCEL_MAX_ROWS = 1_048_576
#: Data rows one sheet holds under its header row (a module value, so tests can lower it).
MAX_TABLE_ROWS = EXCEL_MAX_ROWS - 1


class RowWindow(Sequence[Sequence[object]]):
    """Rows ``start:stop`` of a (possibly lazy) sequence, read by iterating it once."""

    def __init__(self, rows: Sequence[Sequence[object]], start: int, stop: int) -> None:
        self.rows, self.start, self.stop = rows, start, min(stop, len(rows))

    def __len__(self) -> int:
        return max(0, self.stop - self.start)

    def __iter__(self) -> Iterator[Sequence[object]]:
        return itertools.islice(iter(self.rows), self.start, self.stop)

    @overload
    def __getitem__(self, index: int) -> Sequence[object]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Sequence[object]]: ...

    def __getitem__(self, index: int | slice) -> Sequence[object] | Sequence[Sequence[object]]:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("row out of range")
        return self.rows[self.start + index]


def _continued_name(name: str, part: int) -> str:
    suffix = f" ({part})"
    return name[: 31 - len(suffix)] + suffix  # Excel's sheet names hold 31 characters


def spill_sheets(sheets: list[OutSheet]) -> tuple[list[OutSheet], list[str]]:
    """``sheets`` with every over-long first table continued on extra sheets, and a note
    for each sheet that was continued."""
    limit = MAX_TABLE_ROWS
    out: list[OutSheet] = []
    notes: list[str] = []
    for sheet in sheets:
        out.append(sheet)
        if not sheet.tables:
            continue
        row0, col0, table = sheet.tables[0]
        n = len(table.rows)
        if row0 != 0 or n <= limit:
            continue
        sheet.tables[0] = (
            0,
            col0,
            OutTable(table.name, table.columns, RowWindow(table.rows, 0, limit), table.title),
        )
        parts = 1
        for start in range(limit, n, limit):
            parts += 1
            part = OutTable(
                f"{table.name}{parts}", table.columns, RowWindow(table.rows, start, start + limit)
            )
            out.append(
                OutSheet(
                    _continued_name(sheet.name, parts),
                    [(0, 0, part)],
                    sheet.freeze_rows,
                    sheet.tab_colour,
                )
            )
        notes.append(
            f"{sheet.name} has {n:,} rows, more than one Excel sheet holds "
            f"({limit:,}): continued on "
            + ", ".join(_continued_name(sheet.name, p) for p in range(2, parts + 1))
            + "."
        )
    return out, notes
