"""Formats and safe cell writing shared by the status page, the portfolio page and feedback."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.report.content import as_date, as_number
from addin.rollup.dates import date_cell
from addin.rollup.text import clean_text
from addin.standards import Standards

NAVY = "#1F3864"
LIGHT = "#D9E1F2"
GREY_TEXT = "#595959"
A4 = 9  # XlsxWriter's paper code for A4


class Formats:
    """One workbook's formats, made once."""

    def __init__(self, wb: Workbook, standards: Standards) -> None:
        self.wb = wb
        self.standards = standards
        self.title = wb.add_format({"bold": True, "font_size": 18, "font_color": NAVY})
        self.subtitle = wb.add_format({"font_size": 11, "font_color": GREY_TEXT})
        self.section = wb.add_format(
            {"bold": True, "font_size": 12, "font_color": "white", "bg_color": NAVY}
        )
        small = {"border": 1, "valign": "top", "font_size": 8}
        self.header = wb.add_format({**small, "bold": True, "bg_color": LIGHT, "text_wrap": True})
        self.cell = wb.add_format(small)
        self.wrap = wb.add_format({**small, "text_wrap": True})
        self.money = wb.add_format({**small, "num_format": "#,##0"})
        self.pct = wb.add_format({**small, "num_format": "0.0%"})
        self.int = wb.add_format({**small, "num_format": "0"})
        self.date = wb.add_format({**small, "num_format": "yyyy-mm-dd"})
        self.month = wb.add_format({"num_format": "mmm yyyy"})
        self.plain_money = wb.add_format({"num_format": "#,##0"})
        self.big_money = wb.add_format(
            {"bold": True, "font_size": 11, "num_format": "#,##0", "border": 1, "align": "center"}
        )
        self.big_pct = wb.add_format(
            {"bold": True, "font_size": 11, "num_format": "0.0%", "border": 1, "align": "center"}
        )
        self.big_text = wb.add_format(
            {"bold": True, "font_size": 11, "border": 1, "align": "center"}
        )
        self.label = wb.add_format(
            {
                "bold": True,
                "bg_color": LIGHT,
                "border": 1,
                "align": "center",
                "text_wrap": True,
                "font_size": 8,
            }
        )
        self.summary = wb.add_format(
            {"text_wrap": True, "valign": "top", "border": 1, "font_size": 9}
        )
        self.note = wb.add_format({"italic": True, "font_color": GREY_TEXT, "font_size": 9})
        self._fills: dict[tuple[str, str], Format] = {}

    def filled(self, colour: str, kind: str = "rag") -> Format:
        """A bold, centred, bordered cell filled with ``colour``."""
        key = (colour, kind)
        if key not in self._fills:
            props: dict[str, Any] = {
                "bg_color": colour,
                "border": 1,
                "align": "center",
                "font_size": 8,
            }
            if kind == "rag":
                props.update({"bold": True, "font_size": 13, "valign": "vcenter"})
            self._fills[key] = self.wb.add_format(props)
        return self._fills[key]

    def rag(self, value: object) -> Format:
        colour = self.standards.rag_colours.get(str(value)) if value else None
        return self.filled(colour or "#D9D9D9")

    def rating(self, value: object) -> Format:
        for band in self.standards.score_bands:
            if band.name == value:
                return self.filled(band.colour, "cell")
        return self.cell


#: Characters of one cell shown on a printed page (the page is a summary, not the register).
PAGE_TEXT = 160
#: Row heights (points) of a table's header and item rows on a page: two lines of 8 pt.
HEADER_HEIGHT = 24
ITEM_HEIGHT = 22


def shorten(value: str, limit: int = PAGE_TEXT) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"


def put(ws: Worksheet, row: int, col: int, value: object, fmt: Format | None = None) -> None:
    """Write a value safely: text never as a formula, dates as dates, blanks formatted."""
    number = as_number(value)
    day = as_date(value)
    if number is not None:
        ws.write_number(row, col, number, fmt)
    elif day is not None:
        serial = date_cell(day)
        if isinstance(serial, str):
            ws.write_string(row, col, serial, fmt)
        else:
            ws.write_number(row, col, serial, fmt)
    elif value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    else:
        ws.write_string(row, col, clean_text(shorten(str(value))), fmt)


def put_merged(
    ws: Worksheet, row: int, first: int, last: int, value: object, fmt: Format | None
) -> None:
    """``value`` in cells ``first..last`` of ``row``, merged when they are several."""
    if first == last:
        put(ws, row, first, value, fmt)
        return
    ws.merge_range(row, first, row, last, "", fmt)
    put(ws, row, first, value, fmt)


_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique sheet name (31 characters, none of []:*?/\\) for ``wanted``."""
    base = _BAD_SHEET.sub("_", clean_text(wanted)).strip("'").strip() or "Project"
    name = base[:31]
    n = 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(name.casefold())
    return name


def print_setup(ws: Worksheet, last_row: int, last_col: int) -> None:
    """A4 landscape, one page, the given print area."""
    ws.set_landscape()
    ws.set_paper(A4)
    ws.fit_to_pages(1, 1)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.center_horizontally()
    ws.print_area(0, 0, last_row, last_col)
    ws.hide_gridlines(2)


def iso(value: date | None) -> str:
    return value.isoformat() if value else "not set"
