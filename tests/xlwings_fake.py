"""A small fake of the xlwings object model (Book, Sheets, Sheet, Range, Note, Table, Name,
App) holding cells in memory and counting every call that would cross into Excel.

It implements only what :class:`macros_bridge.xlwings_host.XlwingsHost` and
:mod:`macros_bridge.entry` use, with xlwings' shapes: ``options(ndim=2)`` reads give
2-D lists, a one-cell ``formula`` is a string, a block ``formula`` a tuple of tuples,
errors read as text only with ``err_to_str``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from addin.cells import address, column_index, parse_range
from addin.host import ErrorValue, WorkbookHost


class FakeNote:
    def __init__(self, sheet: FakeSheet, key: tuple[int, int]) -> None:
        self.sheet, self.key = sheet, key

    @property
    def text(self) -> str:
        return self.sheet.notes[self.key]

    def delete(self) -> None:
        self.sheet.book.calls["note.delete"] += 1
        del self.sheet.notes[self.key]


class FakeRange:
    def __init__(self, sheet: FakeSheet, r1: int, c1: int, r2: int, c2: int) -> None:
        self.sheet, self.r1, self.c1, self.r2, self.c2 = sheet, r1, c1, r2, c2
        self._options: dict[str, Any] = {}

    @property
    def calls(self) -> Counter[str]:
        return self.sheet.book.calls

    row = property(lambda self: self.r1)
    column = property(lambda self: self.c1)
    shape = property(lambda self: (self.r2 - self.r1 + 1, self.c2 - self.c1 + 1))

    @property
    def address(self) -> str:
        a, b = address(self.r1, self.c1), address(self.r2, self.c2)
        return re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", f"{a}:{b}" if a != b else a)

    @property
    def left(self) -> float:  # points, as if every column were 48 wide and every row 15 high
        return (self.c1 - 1) * 48.0

    @property
    def top(self) -> float:
        return (self.r1 - 1) * 15.0

    def options(self, **kwargs: Any) -> FakeRange:
        other = FakeRange(self.sheet, self.r1, self.c1, self.r2, self.c2)
        other._options = kwargs
        return other

    def _cell(self, r: int, c: int) -> Any:
        value = self.sheet.cells.get((r, c))
        if isinstance(value, ErrorValue):
            return value.text if self._options.get("err_to_str") else None
        return value

    @property
    def value(self) -> Any:
        self.calls["range.value.get"] += 1
        rows = [
            [self._cell(r, c) for c in range(self.c1, self.c2 + 1)]
            for r in range(self.r1, self.r2 + 1)
        ]
        if self._options.get("ndim") == 2:
            return rows
        if self.shape == (1, 1):
            return rows[0][0]
        return rows

    @value.setter
    def value(self, block: Any) -> None:
        self.calls["range.value.set"] += 1
        if not isinstance(block, list):
            block = [[block]]
        if block and isinstance(block[0], list):
            widths = {len(line) for line in block}
            assert len(widths) == 1, "All elements of a 2d list must be of the same length"
        for i, line in enumerate(block):
            for j, v in enumerate(line):
                key = (self.r1 + i, self.c1 + j)
                if isinstance(v, str) and v.startswith("="):
                    self.sheet.formulas[key] = v
                    self.sheet.cells[key] = None
                else:
                    self.sheet.formulas.pop(key, None)
                    self.sheet.cells[key] = v.removeprefix("'") if isinstance(v, str) else v
                    if isinstance(v, str) and v.startswith("'"):
                        self.sheet.text_prefixed.add(key)

    @property
    def formula(self) -> Any:
        # Like Excel's Range.Formula: the formula, else the constant as text (a text
        # constant written as '=... therefore reads back starting with "=").
        self.calls["range.formula.get"] += 1
        rows = tuple(
            tuple(
                self.sheet.formulas.get((r, c))
                or ("" if self.sheet.cells.get((r, c)) is None else str(self.sheet.cells[(r, c)]))
                for c in range(self.c1, self.c2 + 1)
            )
            for r in range(self.r1, self.r2 + 1)
        )
        return rows[0][0] if self.shape == (1, 1) else rows

    def _single(self) -> tuple[int, int]:
        assert self.shape == (1, 1), "a one-cell property used on a block"
        return (self.r1, self.c1)

    @property
    def color(self) -> tuple[int, int, int] | None:
        self.calls["range.color.get"] += 1
        return self.sheet.fills.get(self._single())

    @color.setter
    def color(self, value: tuple[int, int, int] | None) -> None:
        self.calls["range.color.set"] += 1
        key = self._single()
        if value is None:
            self.sheet.fills.pop(key, None)
        else:
            self.sheet.fills[key] = value

    @property
    def note(self) -> FakeNote | None:
        self.calls["range.note.get"] += 1
        key = self._single()
        return FakeNote(self.sheet, key) if key in self.sheet.notes else None

    @property
    def api(self) -> FakeRangeApi:
        return FakeRangeApi(self)

    def add_note(self, text: str) -> None:
        self.calls["range.add_note"] += 1
        key = self._single()
        assert key not in self.sheet.notes, "xlwings refuses a second note"
        self.sheet.notes[key] = text


class FakeValidation:
    """Excel's Range.Validation, for the cells of one range (stored per cell on the sheet)."""

    def __init__(self, rng: FakeRange) -> None:
        object.__setattr__(self, "rng", rng)

    def _keys(self) -> list[tuple[int, int]]:
        r = self.rng
        return [(a, b) for a in range(r.r1, r.r2 + 1) for b in range(r.c1, r.c2 + 1)]

    def __getattr__(self, name: str) -> Any:
        rules = self.rng.sheet.validations
        first = rules.get(self._keys()[0])
        if first is None:
            raise RuntimeError("no validation (Excel raises a COM error here)")
        return first[name]

    def __setattr__(self, name: str, value: Any) -> None:
        for key in self._keys():
            self.rng.sheet.validations[key][name] = value

    def Delete(self) -> None:
        self.rng.calls["validation.delete"] += 1
        for key in self._keys():
            self.rng.sheet.validations.pop(key, None)

    def Add(self, **kwargs: Any) -> None:
        self.rng.calls["validation.add"] += 1
        for key in self._keys():
            assert key not in self.rng.sheet.validations, "Excel refuses Add over a validation"
            self.rng.sheet.validations[key] = dict(kwargs)


class FakeRangeApi:
    """The COM object behind a FakeRange (only what the upgrade uses)."""

    def __init__(self, rng: FakeRange) -> None:
        self.rng = rng
        self.Validation = FakeValidation(rng)
        self.EntireRow = self
        self.EntireColumn = self

    def Copy(self) -> None:
        self.rng.sheet.book.clipboard = self.rng

    def PasteSpecial(self, kind: int) -> None:
        source = self.rng.sheet.book.clipboard
        assert source is not None, "nothing copied"
        rows, cols = source.shape
        for i in range(rows):
            for j in range(cols):
                fmt = source.sheet.formats.get((source.r1 + i, source.c1 + j))
                if fmt is not None:
                    self.rng.sheet.formats[(self.rng.r1 + i, self.rng.c1 + j)] = fmt

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("WrapText", "RowHeight", "ColumnWidth", "Hidden"):
            self.rng.sheet.layout[(name, self.rng.r1, self.rng.c1)] = value
            return
        object.__setattr__(self, name, value)


class FakeListColumn:
    def __init__(self, table: FakeTable, col: int) -> None:
        self.table, self.col = table, col

    @property
    def Name(self) -> str:
        return str(self.table.range.sheet.cells.get((self.table.range.r1, self.col)))

    @Name.setter
    def Name(self, value: str) -> None:
        self.table.range.sheet.cells[(self.table.range.r1, self.col)] = value


class FakeListColumns:
    def __init__(self, table: FakeTable) -> None:
        self.table = table

    def Add(self) -> FakeListColumn:
        old = self.table.range
        old.sheet.book.calls["listcolumns.add"] += 1
        self.table.range = FakeRange(old.sheet, old.r1, old.c1, old.r2, old.c2 + 1)
        column = FakeListColumn(self.table, old.c2 + 1)
        column.Name = f"Column{old.c2 - old.c1 + 2}"
        return column


class FakeTableApi:
    def __init__(self, table: FakeTable) -> None:
        self.ListColumns = FakeListColumns(table)


class FakeTable:
    def __init__(self, name: str, rng: FakeRange, show_totals: bool = False) -> None:
        self.name, self.range, self.show_headers, self.show_totals = name, rng, True, show_totals
        self.api = FakeTableApi(self)


class FakeTables(list[FakeTable]):
    def __init__(self, sheet: FakeSheet) -> None:
        super().__init__()
        self.sheet = sheet

    def add(self, source: FakeRange, name: str) -> FakeTable:
        self.sheet.book.calls["tables.add"] += 1
        table = FakeTable(name, source)
        self.append(table)
        return table


class FakeSeries:
    """Excel's Series: Name, XValues and Values (ranges' COM objects)."""

    Name = ""
    XValues: Any = None
    Values: Any = None


class FakeChartCom:
    """Excel's Chart object (``chart.api[1]``)."""

    def __init__(self) -> None:
        self.series: list[FakeSeries] = []
        self.PlotVisibleOnly = True
        self.HasTitle = False
        self.ChartTitle = type("ChartTitle", (), {"Text": ""})()

    def SeriesCollection(self) -> FakeChartCom:
        return self

    def NewSeries(self) -> FakeSeries:
        self.series.append(FakeSeries())
        return self.series[-1]


class FakeChart:
    def __init__(self, left: float, top: float, width: float, height: float) -> None:
        self.left, self.top, self.width, self.height = left, top, width, height
        self.chart_type = "column_clustered"
        self.com = FakeChartCom()

    @property
    def api(self) -> tuple[object, FakeChartCom]:
        return (object(), self.com)


class FakeCharts(list[FakeChart]):
    def add(
        self, left: float = 0, top: float = 0, width: float = 355, height: float = 211
    ) -> FakeChart:
        self.append(FakeChart(left, top, width, height))
        return self[-1]


class FakeSheetApi:
    ProtectContents = False


class FakeSheet:
    def __init__(self, book: FakeBook, name: str) -> None:
        self.book, self.name = book, name
        self.cells: dict[tuple[int, int], Any] = {}
        self.formulas: dict[tuple[int, int], str] = {}
        self.fills: dict[tuple[int, int], tuple[int, int, int]] = {}
        self.notes: dict[tuple[int, int], str] = {}
        self.text_prefixed: set[tuple[int, int]] = set()
        self.validations: dict[tuple[int, int], dict[str, Any]] = {}
        self.formats: dict[tuple[int, int], str] = {}  # a style name per cell
        self.layout: dict[tuple[str, int, int], Any] = {}  # WrapText, RowHeight, ColumnWidth
        self.tables = FakeTables(self)
        self.charts = FakeCharts()
        self.visible = True
        self.api = FakeSheetApi()

    @property
    def used_range(self) -> FakeRange:
        self.book.calls["sheet.used_range"] += 1
        keys = [k for k, v in self.cells.items() if v is not None] + list(self.formulas)
        if not keys:
            return FakeRange(self, 1, 1, 1, 1)
        rows = [r for r, _ in keys]
        cols = [c for _, c in keys]
        return FakeRange(self, min(rows), min(cols), max(rows), max(cols))

    def range(self, first: Any, last: Any = None) -> FakeRange:
        if isinstance(first, str):
            r1, c1, r2, c2 = parse_range(first)
            return FakeRange(self, r1, c1, r2, c2)
        r2, c2 = last if last is not None else first
        return FakeRange(self, first[0], first[1], r2, c2)

    def delete(self) -> None:
        self.book.calls["sheet.delete"] += 1
        self.book.sheets.remove(self)

    def autofit(self) -> None:
        self.book.calls["sheet.autofit"] += 1

    def value(self, ref: str) -> Any:
        """Test helper (not xlwings): a cell's value, or its formula."""
        r, c = parse_range(ref)[:2]
        return self.formulas.get((r, c), self.cells.get((r, c)))


class FakeSheets(list[FakeSheet]):
    def __init__(self, book: FakeBook) -> None:
        super().__init__()
        self.book = book

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            for sheet in self:
                if sheet.name.lower() == key.lower():
                    return sheet
            raise KeyError(key)
        return super().__getitem__(key)

    def add(self, name: str, after: FakeSheet | None = None) -> FakeSheet:
        self.book.calls["sheets.add"] += 1
        sheet = FakeSheet(self.book, name)
        index = self.index(after) + 1 if after is not None else 0
        self.insert(index, sheet)
        return sheet


class FakeName:
    def __init__(self, name: str, refers_to: str) -> None:
        self.name, self.refers_to = name, refers_to


class FakeNames(list[FakeName]):
    def add(self, name: str, refers_to: str) -> FakeName:
        assert all(n.name.lower() != name.lower() for n in self), f"name {name} exists"
        added = FakeName(name, refers_to)
        self.append(added)
        return added


class FakeAppApi:
    CutCopyMode = False


class FakeApp:
    def __init__(self) -> None:
        self.alerts: list[dict[str, Any]] = []
        self.opened: list[str] = []
        self.books = self
        self.api = FakeAppApi()

    def alert(self, prompt: str, title: str = "", mode: str | None = None, **_: Any) -> None:
        self.alerts.append({"prompt": prompt, "title": title, "mode": mode})

    def open(self, path: str) -> None:
        self.opened.append(path)


class FakeBook:
    def __init__(self, name: str = "Book1.xlsx", fullname: str | None = None) -> None:
        self.name = name
        self.fullname = fullname or name
        self.calls: Counter[str] = Counter()
        self.sheets = FakeSheets(self)
        self.names = FakeNames()
        self.app = FakeApp()
        self.clipboard: FakeRange | None = None

    def add_sheet(self, name: str, rows: list[list[Any]], top_left: str = "A1") -> FakeSheet:
        """Test helper: a sheet holding ``rows`` from ``top_left``."""
        sheet = FakeSheet(self, name)
        self.sheets.append(sheet)
        m = re.match(r"([A-Z]+)(\d+)", top_left)
        assert m
        r0, c0 = int(m.group(2)), column_index(m.group(1))
        for i, line in enumerate(rows):
            for j, v in enumerate(line):
                if v is not None:
                    sheet.cells[(r0 + i, c0 + j)] = v
        return sheet


def book_from_host(host: WorkbookHost, path: Path) -> FakeBook:
    """A fake live workbook with the same sheets, values, formulas, tables and names."""
    book = FakeBook(path.name, str(path))
    for name in host.sheet_names():
        grid = host.read_sheet(name)
        sheet = book.add_sheet(name, grid.rows)
        sheet.visible = grid.visible
        for key, text in grid.formulas.items():
            sheet.formulas[key] = text if text.startswith("=") else "=" + text
    for table in host.tables():
        r1, c1, r2, c2 = parse_range(table.ref)
        sheet = book.sheets[table.sheet]
        sheet.tables.append(
            FakeTable(table.name, FakeRange(sheet, r1, c1, r2, c2), bool(table.totals_rows))
        )
    book.names = FakeNames(FakeName(n, "=" + ref) for n, ref in host.defined_names().items())
    book.calls.clear()
    return book
