"""The file host's write side, on an openpyxl workbook that will be saved as a COPY.

Kept apart from :mod:`addin.filehost` so reading never imports openpyxl. Text is written
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

from addin.host import CellMark, CellValue, ErrorValue
from addin.marks import MARKS_HEADER, MARKS_SHEET, NOTE_AUTHOR, SEVERITY_FILLS

_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def safe_sheet_title(name: str) -> str:
    """A sheet name Excel accepts: no ``[]:*?/\\``, at most 31 characters."""
    return _BAD_SHEET_CHARS.sub("_", name)[:31] or "Sheet"


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
    bold = Font(bold=True)
    for c, text in enumerate(header, start=1):
        cell = sheet.cell(row=1, column=c)
        _set(cell, str(text))
        cell.font = bold
    for r, line in enumerate(rows, start=2):
        for c, value in enumerate(line, start=1):
            _set(sheet.cell(row=r, column=c), value)
    for (r, c), target in links.items():
        cell = sheet.cell(row=r + 2, column=c + 1)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=target, display=str(cell.value))
        cell.style = "Hyperlink"
    if table_name and header:
        last = f"{get_column_letter(len(header))}{max(len(rows), 1) + 1}"
        table = Table(displayName=table_name, ref=f"A1:{last}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        # openpyxl does not take column names from the cells; Excel repairs a table without
        table.tableColumns = [
            TableColumn(id=i, name=str(text)) for i, text in enumerate(header, start=1)
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


def apply_marks(book: Any, marks: list[CellMark]) -> None:
    """Fill and annotate each cell; cells marked twice keep their first original."""
    record = _marks_sheet(book)
    already = {(row[0], row[1]) for row in record.iter_rows(min_row=2, max_col=2, values_only=True)}
    notes: dict[tuple[str, str], list[str]] = {}
    severity_of: dict[tuple[str, str], str] = {}
    order = {"error": 0, "warning": 1, "info": 2}
    for mark in marks:
        key = (mark.sheet, mark.cell)
        notes.setdefault(key, []).append(mark.note)
        old = severity_of.get(key)
        if old is None or order.get(mark.severity, 3) < order.get(old, 3):
            severity_of[key] = mark.severity
    for (sheet_name, ref), texts in notes.items():
        if sheet_name not in book.sheetnames:
            continue
        cell = book[sheet_name][ref]
        if (sheet_name, ref) not in already:
            original_note = cell.comment.text if cell.comment is not None else ""
            line = [sheet_name, ref, _fill_record(cell.fill), original_note]
            next_row = record.max_row + 1
            for c, value in enumerate(line, start=1):
                target = record.cell(row=next_row, column=c, value=value)
                target.data_type = "s"
            already.add((sheet_name, ref))
        colour = SEVERITY_FILLS.get(severity_of[(sheet_name, ref)], SEVERITY_FILLS["info"])
        cell.fill = PatternFill(fill_type="solid", fgColor=colour, bgColor=colour)
        comment = Comment("\n".join(texts), NOTE_AUTHOR)
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
