"""The Lists sheet: every standards list, the score bands, closed statuses and thresholds.

Each block is a column with its key in row 1 and values below, and a defined name over
the values, so that dropdowns and formulas refer to names (see :mod:`.names`).
"""

from __future__ import annotations

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.cells import column_letter
from addin.layout import LISTS_SHEET, REGISTERS
from addin.standards import Standards
from addin.templates import names
from addin.templates.styles import Styles
from addin.templates.values import clean_text


def closed_status_lists(standards: Standards) -> dict[str, list[str]]:
    """Register item ("risk", ...) -> the statuses that close it, for registers that have any."""
    closed: dict[str, list[str]] = {}
    for register in REGISTERS:
        statuses = getattr(standards.closed_statuses, register.item, None)
        if isinstance(statuses, list):
            closed[register.item] = statuses
    return closed


def _quoted_sheet() -> str:
    return f"'{LISTS_SHEET}'" if " " in LISTS_SHEET else LISTS_SHEET


def _column(
    workbook: Workbook,
    sheet: Worksheet,
    col: int,
    key: str,
    values: list[str] | list[int],
    range_name: str,
    styles: Styles,
) -> None:
    sheet.write_string(0, col, key, styles.header)
    for offset, value in enumerate(values, start=1):
        if isinstance(value, str):
            sheet.write_string(offset, col, clean_text(value))
        else:
            sheet.write_number(offset, col, value)
    letter = column_letter(col + 1)
    last = max(len(values), 1) + 1
    workbook.define_name(range_name, f"={_quoted_sheet()}!${letter}$2:${letter}${last}")


def write_lists_sheet(
    workbook: Workbook, sheet: Worksheet, standards: Standards, styles: Styles
) -> None:
    """Fill the Lists sheet from ``standards`` and define its names."""
    col = 0
    for key, values in standards.lists.items():
        _column(workbook, sheet, col, key, values, names.list_range_name(key), styles)
        sheet.set_column(col, col, max(12, min(28, 2 + max(len(v) for v in [key, *values]))))
        col += 1

    col += 1  # a blank column between the lists and the score bands
    bands = sorted(standards.score_bands, key=lambda band: band.min)
    _column(workbook, sheet, col, "band_min", [b.min for b in bands], names.BAND_MIN, styles)
    _column(workbook, sheet, col + 1, "band_max", [b.max for b in bands], names.BAND_MAX, styles)
    _column(workbook, sheet, col + 2, "band_name", [b.name for b in bands], names.BAND_NAME, styles)
    sheet.write_string(0, col + 3, "band_colour", styles.header)
    for offset, band in enumerate(bands, start=1):
        colour = workbook.add_format({"bg_color": band.colour})
        sheet.write_string(offset, col + 3, band.colour, colour)
    sheet.set_column(col, col + 3, 12)
    col += 5

    for item, statuses in closed_status_lists(standards).items():
        _column(
            workbook, sheet, col, f"closed_{item}", statuses, names.closed_range_name(item), styles
        )
        sheet.set_column(col, col, 16)
        col += 1

    col += 1
    sheet.write_string(0, col, "setting", styles.header)
    sheet.write_string(0, col + 1, "value", styles.header)
    settings = (
        ("cost_amber_overrun_pct", standards.cost_rag.amber_overrun_pct, names.COST_AMBER_PCT),
        ("cost_red_overrun_pct", standards.cost_rag.red_overrun_pct, names.COST_RED_PCT),
    )
    for offset, (key, value, range_name) in enumerate(settings, start=1):
        sheet.write_string(offset, col, key)
        sheet.write_number(offset, col + 1, value)
        letter = column_letter(col + 2)
        workbook.define_name(range_name, f"={_quoted_sheet()}!${letter}${offset + 1}")
    sheet.set_column(col, col, 24)
    sheet.freeze_panes(1, 0)
    sheet.protect("", {"autofilter": True, "sort": True})
