"""The file host's write side, on an openpyxl workbook that will be saved as a COPY.

Kept apart from :mod:`addin.files.filehost` so reading never imports openpyxl. Text is written
as text (``data_type = "s"``), never as a formula; internal links use a cell's location.
Marks remember each cell's original fill and note in the hidden :data:`MARKS_SHEET`, so
:func:`remove_marks` can put them back.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from addin.cells import parse_address
from addin.host import CellMark, CellValue, ErrorValue
from addin.marks import MARKS_HEADER, MARKS_SHEET, NOTE_AUTHOR, SEVERITY_FILLS

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def safe_sheet_title(name: str) -> str:
    """A sheet name Excel accepts: no ``[]:*?/\\``, at most 31 characters."""
    return _BAD_SHEET_CHARS.sub("_", name)[:31] or "Sheet"


def unique_headers(header: list[str]) -> list[str]:
    """Header texts as an Excel table needs them: non-empty and unique ("Cell", "Cell 2")."""
    seen: set[str] = set()
    out: list[str] = []
    for i, text in enumerate(header, start=1):
        base = str(text).strip() or f"Column{i}"
        name, n = base, 2
        while name.lower() in seen:
            name, n = f"{base} {n}", n + 1
        seen.add(name.lower())
        out.append(name)
    return out


def _free_table_name(book: Any, wanted: str) -> str:
    """A valid table name, not used by another sheet's table (``tblChecks``, ``tblChecks2``)."""
    base = re.sub(r"[^A-Za-z0-9_.]", "_", wanted)
    if not re.match(r"[A-Za-z_]", base):
        base = "_" + base
    used = {name.lower() for sheet in book.worksheets for name in sheet.tables}
    used |= {name.lower() for name in book.defined_names}
    name, n = base, 2
    while name.lower() in used:
        name, n = f"{base}{n}", n + 1
    return name


def _set(cell: Any, value: CellValue) -> None:
    if isinstance(value, ErrorValue):
        cell.value = str(value)
        cell.data_type = "s"
    elif isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, even when it starts with "="
    elif isinstance(value, bool | int | float | date | datetime) or value is None:
        cell.value = value
        if isinstance(value, datetime):
            cell.number_format = "yyyy-mm-dd hh:mm"
        elif isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"
    else:
        cell.value = str(value)
        cell.data_type = "s"


def write_table_sheet(
    book: Any,
    name: str,
    header: list[str],
    rows: list[list[CellValue]],
    table_name: str | None,
    links: dict[tuple[int, int], str],
) -> None:
    """Replace (or append) sheet ``name`` with ``header`` + ``rows``, optionally as a table."""
    title = safe_sheet_title(name)
    index = None
    if title in book.sheetnames:
        index = book.sheetnames.index(title)
        del book[title]
    sheet = book.create_sheet(title, index)
    header = unique_headers(header)
    bold = Font(bold=True)
    for c, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=c)
        _set(cell, text)
        cell.font = bold
    for r, line in enumerate(rows, start=2):
        for c, value in enumerate(line, start=1):
            _set(sheet.cell(row=r, column=c), value)
    for (r, c), target in links.items():
        cell = sheet.cell(row=r + 2, column=c + 1)
        shown = "" if cell.value is None else str(cell.value)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=target, display=shown)
        cell.style = "Hyperlink"
    if table_name and header:
        last = f"{get_column_letter(len(header))}{max(len(rows), 1) + 1}"
        table = Table(displayName=_free_table_name(book, table_name), ref=f"A1:{last}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        # openpyxl does not take column names from the cells; Excel repairs a table without
        table.tableColumns = [
            TableColumn(id=i, name=text) for i, text in enumerate(header, start=1)
        ]
        sheet.add_table(table)
    for c, text in enumerate(header, start=1):
        width = max(
            [len(str(text))] + [len(str(line[c - 1])) for line in rows[:200] if c <= len(line)]
        )
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 8), 60)
    sheet.freeze_panes = "A2"


def _colour(color: Color | None) -> dict[str, Any] | None:
    if color is None:
        return None
    return {"type": color.type, "value": color.value, "tint": color.tint}


def _fill_record(fill: Any) -> str:
    return json.dumps(
        {
            "patternType": fill.patternType,
            "fgColor": _colour(fill.fgColor),
            "bgColor": _colour(fill.bgColor),
        }
    )


def _restore_colour(data: dict[str, Any] | None) -> Color | None:
    if not data or data.get("value") is None:
        return None
    kind = data.get("type") or "rgb"
    return Color(**{kind: data["value"]}, tint=data.get("tint") or 0.0)


def _fill_from(record: str) -> PatternFill:
    try:
        data = json.loads(record)
    except (TypeError, ValueError):
        return PatternFill()
    return PatternFill(
        patternType=data.get("patternType"),
        fgColor=_restore_colour(data.get("fgColor")) or Color(),
        bgColor=_restore_colour(data.get("bgColor")) or Color(),
    )


def _marks_sheet(book: Any) -> Any:
    if MARKS_SHEET in book.sheetnames:
        return book[MARKS_SHEET]
    sheet = book.create_sheet(MARKS_SHEET)
    sheet.sheet_state = "hidden"
    for c, text in enumerate(MARKS_HEADER, start=1):
        sheet.cell(row=1, column=c, value=text)
    return sheet


def _target_cell(book: Any, sheet_name: str, ref: str) -> Any:
    """The cell to mark: the top-left cell of a merged range; None for a bad address."""
    if sheet_name not in book.sheetnames:
        return None
    sheet = book[sheet_name]
    try:
        row, col = parse_address(ref)
    except ValueError:
        return None
    for merged in sheet.merged_cells.ranges:
        if merged.min_row <= row <= merged.max_row and merged.min_col <= col <= merged.max_col:
            row, col = merged.min_row, merged.min_col
            break
    return sheet.cell(row=row, column=col)


def apply_marks(book: Any, marks: list[CellMark]) -> None:
    """Fill and annotate each cell (the worst severity wins; the notes are joined).

    A cell marked by an earlier, uncleared check keeps its first recorded original, so
    :func:`remove_marks` always restores what the PM had. Marks on a merged range land on
    its top-left cell; marks on unknown sheets or bad addresses are skipped.
    """
    record = _marks_sheet(book)
    already = {(row[0], row[1]) for row in record.iter_rows(min_row=2, max_col=2, values_only=True)}
    order = {"error": 0, "warning": 1, "info": 2}
    cells: dict[tuple[str, str], Any] = {}
    notes: dict[tuple[str, str], list[str]] = {}
    severity_of: dict[tuple[str, str], str] = {}
    for mark in marks:
        cell = _target_cell(book, mark.sheet, mark.cell)
        if cell is None:
            continue
        key = (mark.sheet, cell.coordinate)
        cells[key] = cell
        if mark.note not in notes.setdefault(key, []):
            notes[key].append(mark.note)
        old = severity_of.get(key)
        if old is None or order.get(mark.severity, 3) < order.get(old, 3):
            severity_of[key] = mark.severity
    for key, cell in cells.items():
        if key not in already:
            original_note = cell.comment.text if cell.comment is not None else ""
            line = [key[0], key[1], _fill_record(cell.fill), original_note]
            next_row = record.max_row + 1
            for c, value in enumerate(line, start=1):
                target = record.cell(row=next_row, column=c, value=value)
                target.data_type = "s"
            already.add(key)
        colour = SEVERITY_FILLS.get(severity_of[key], SEVERITY_FILLS["info"])
        cell.fill = PatternFill(fill_type="solid", fgColor=colour, bgColor=colour)
        comment = Comment("\n".join(notes[key]), NOTE_AUTHOR)
        comment.width, comment.height = 300, 120
        cell.comment = comment


def remove_marks(book: Any) -> int:
    """Restore every recorded cell's fill and note, drop the record; returns the count."""
    record = book[MARKS_SHEET]
    count = 0
    for row in record.iter_rows(min_row=2, max_col=4, values_only=True):
        sheet_name, ref, fill, note = (list(row) + [None] * 4)[:4]
        if not sheet_name or not ref or sheet_name not in book.sheetnames:
            continue
        cell = book[sheet_name][ref]
        cell.fill = _fill_from(str(fill or ""))
        cell.comment = Comment(str(note), NOTE_AUTHOR) if note else None
        count += 1
    del book[MARKS_SHEET]
    return count
