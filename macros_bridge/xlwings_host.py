"""The workbook interface (:class:`addin.host.WorkbookHost`) over a live xlwings Book.

Kept tiny and call-frugal, because every call crosses into Excel: a sheet is read with
one call for its values and one for its formulas over the used range; a sheet is written
with one call for all of its cells (header, rows and link formulas together). Marks are
per cell by nature (a fill and a note each), and remember what they replaced in the
hidden marks sheet, like the file host, so Clear checks restores the cells.

The Book is passed in (see :mod:`macros_bridge.entry`, the one place that calls
``xw.Book.caller()``); this module never imports xlwings, so tests drive it with a fake.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from addin.excel_values import error_text
from addin.files.sniff import MAX_SHEET_CELLS
from addin.host import CellMark, CellValue, ErrorValue, HostCapabilities, SheetGrid, TableInfo
from addin.marks import MARKS_HEADER, MARKS_SHEET, SEVERITY_FILLS
from addin.upgrade.host_plan import HostUpgradePlan

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _as_text_cell(value: CellValue) -> CellValue:
    """A value Excel stores as given. Excel parses text written through ``Range.Value``
    as if typed: ``=...`` becomes a formula, ``1-2`` or ``Apr 3`` a date, ``00123`` a
    number. Every text therefore gets Excel's text prefix (an apostrophe, which Excel keeps
    out of the value)."""
    if isinstance(value, ErrorValue):
        return "'" + value.text
    if isinstance(value, str) and value:
        return "'" + value
    return value


def _link_formula(target: str, shown: CellValue) -> str:
    text = "" if shown is None else str(shown)
    return '=HYPERLINK("#{}","{}")'.format(target.replace('"', '""'), text.replace('"', '""'))


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


def _is_visible(state: Any) -> bool:
    """Excel's Sheet.Visible: -1 (or True) visible, 0 hidden, 2 very hidden."""
    return state is True or state == -1


def _add_note(cell: Any, text: str) -> None:
    """A note on one cell (``Range.add_note`` in xlwings 0.37+, else Excel's AddComment)."""
    if hasattr(cell, "add_note"):
        cell.add_note(text)
    else:
        cell.api.AddComment(text)


def _grid(values: Any) -> list[list[Any]]:
    if values is None:
        return []
    if not isinstance(values, list | tuple):
        return [[values]]
    if values and not isinstance(values[0], list | tuple):
        return [list(values)]
    return [list(row) for row in values]


class XlwingsHost(HostCapabilities):
    """A live workbook in Excel, seen through the workbook interface."""

    def __init__(self, book: Any, *, max_cells: int = MAX_SHEET_CELLS) -> None:
        self.book = book
        self.max_cells = max_cells
        self.upgrade_notes: list[str] = []  # validations kept by the last upgrade

    @property
    def name(self) -> str:
        return str(self.book.name)

    @property
    def path(self) -> Path | None:
        full = Path(str(self.book.fullname))
        return full if full.is_file() else None

    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.book.sheets]

    def read_sheet(self, name: str) -> SheetGrid:
        """Values (errors as :class:`ErrorValue`) and formulas of the used range, from A1."""
        sheet = self.book.sheets[name]
        used = sheet.used_range
        top, left = int(used.row), int(used.column)
        rows_count, cols_count = used.shape
        truncated = False
        if rows_count * cols_count > self.max_cells:
            rows_count = max(1, self.max_cells // max(cols_count, 1))
            used = sheet.range((top, left), (top + rows_count - 1, left + cols_count - 1))
            truncated = True
        values = _grid(used.options(ndim=2, err_to_str=True).value)
        formulas = _grid(used.formula)
        rows: list[list[CellValue]] = [[] for _ in range(top - 1)]
        for line in values:
            cells: list[CellValue] = [None] * (left - 1)
            for value in line:
                error = error_text(value) if isinstance(value, str) else None
                cells.append(ErrorValue(error) if error else value)
            rows.append(cells)
        found: dict[tuple[int, int], str] = {}
        for r, line in enumerate(formulas):
            for c, text in enumerate(line):
                if not (isinstance(text, str) and text.startswith("=")):
                    continue
                value = values[r][c] if r < len(values) and c < len(values[r]) else None
                if value != text:  # text typed as '=... reads back as its own "formula"
                    found[(top + r, left + c)] = text
        return SheetGrid(
            name,
            rows,
            formulas=found,
            visible=_is_visible(sheet.visible),
            truncated=truncated,
        )

    def tables(self) -> list[TableInfo]:
        found = []
        for sheet in self.book.sheets:
            for table in sheet.tables:
                found.append(
                    TableInfo(
                        str(table.name),
                        sheet.name,
                        str(table.range.address).replace("$", ""),
                        header_rows=1 if table.show_headers else 0,
                        totals_rows=1 if table.show_totals else 0,
                    )
                )
        return found

    def defined_names(self) -> dict[str, str]:
        names = {}
        for item in self.book.names:
            name = str(item.name)
            if "!" in name:  # a sheet-scoped name; the reader uses workbook-level names
                continue
            names[name] = str(item.refers_to or "").lstrip("=")
        return names

    def write_sheet(
        self,
        name: str,
        header: list[str],
        rows: list[list[CellValue]],
        *,
        table_name: str | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Replace (or add) the sheet; all cells go in one write."""
        self.delete_sheet(name)
        sheets = self.book.sheets
        sheet = sheets.add(name, after=sheets[len(sheets) - 1])
        width = max([len(header)] + [len(line) for line in rows])
        # xlwings refuses ragged 2-D lists: every row is padded to the widest.
        block: list[list[CellValue]] = [
            [_as_text_cell(h) for h in header] + [None] * (width - len(header))
        ]
        for line in rows:
            block.append([_as_text_cell(v) for v in line] + [None] * (width - len(line)))
        for (r, c), target in (links or {}).items():
            shown = rows[r][c] if r < len(rows) and c < len(rows[r]) else target
            block[r + 1][c] = _link_formula(target, shown)
        sheet.range("A1").value = block
        if table_name and header:
            sheet.tables.add(source=sheet.range((1, 1), (len(block), len(header))), name=table_name)
        sheet.autofit()

    def _marks_record(self) -> list[list[Any]]:
        if MARKS_SHEET not in self.sheet_names():
            return []
        grid = self.read_sheet(MARKS_SHEET).rows
        return [list(row) + [None] * (4 - len(row)) for row in grid[1:] if row and row[0]]

    def mark_cells(self, marks: list[CellMark]) -> None:
        """Fill each cell by its worst severity and note every finding on it."""
        record = self._marks_record()
        already = {(str(row[0]), str(row[1])) for row in record}
        notes: dict[tuple[str, str], list[str]] = {}
        worst: dict[tuple[str, str], str] = {}
        for mark in marks:
            key = (mark.sheet, mark.cell)
            notes.setdefault(key, []).append(mark.note)
            if _SEVERITY_ORDER.get(mark.severity, 3) < _SEVERITY_ORDER.get(worst.get(key, ""), 3):
                worst[key] = mark.severity
        names = set(self.sheet_names())
        for (sheet_name, ref), texts in notes.items():
            if sheet_name not in names:
                continue
            cell = self.book.sheets[sheet_name].range(ref)
            note = cell.note
            if (sheet_name, ref) not in already:
                colour = cell.color
                original = "" if colour is None else "{:02X}{:02X}{:02X}".format(*colour)
                record.append([sheet_name, ref, original, note.text if note is not None else ""])
                already.add((sheet_name, ref))
            cell.color = _rgb(SEVERITY_FILLS.get(worst[(sheet_name, ref)], SEVERITY_FILLS["info"]))
            if note is not None:
                note.delete()
            _add_note(cell, "\n".join(texts))
        self._write_record(record)

    def _write_record(self, record: list[list[Any]]) -> None:
        rows: list[list[CellValue]] = [[str(v) if v is not None else "" for v in r] for r in record]
        self.write_sheet(MARKS_SHEET, list(MARKS_HEADER), rows)
        self.book.sheets[MARKS_SHEET].visible = False

    def clear_marks(self) -> int:
        """Put back every marked cell's fill and note; drop the record."""
        record = self._marks_record()
        names = set(self.sheet_names())
        count = 0
        for sheet_name, ref, fill, text in record:
            if str(sheet_name) not in names:
                continue
            cell = self.book.sheets[str(sheet_name)].range(str(ref))
            cell.color = _rgb(str(fill)) if fill else None
            note = cell.note
            if note is not None:
                note.delete()
            if text:
                _add_note(cell, str(text))
            count += 1
        self.delete_sheet(MARKS_SHEET)
        return count

    def delete_sheet(self, name: str) -> None:
        if name in self.sheet_names():
            self.book.sheets[name].delete()

    def save(self) -> Path | None:
        """Nothing: the changes are in the open workbook, which the user saves."""
        return self.path

    def apply_template_upgrade(self, plan: HostUpgradePlan) -> Path | None:
        """Carry out a template upgrade in the open workbook (the user saves it)."""
        from macros_bridge.xlwings_upgrade import apply_template_upgrade

        self.upgrade_notes = apply_template_upgrade(self.book, plan)
        return None
