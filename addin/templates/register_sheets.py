"""One register sheet: its Excel table at A1, validations, formulas and colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin import layout
from addin.cells import column_letter
from addin.layout import Register
from addin.models import Item
from addin.standards import Standards
from addin.templates import names
from addin.templates.formulas import ComputedColumn, cached, computed_column
from addin.templates.guidance import validation
from addin.templates.styles import Styles
from addin.templates.values import write_typed

#: Blank rows an empty register's table gets, ready to type in (formulas included).
EMPTY_TABLE_ROWS = 25
#: Rows below the header that carry dropdowns and input messages (at least).
VALIDATED_ROWS = 500
#: The date column that makes an open item overdue (SPEC section 4), by register.
OVERDUE_DATE_COLUMN = layout.DUE_COLUMNS
OVERDUE_FORMAT = {"bg_color": "#FFC7CE", "font_color": "#9C0006", "bold": True}
TABLE_STYLE = "Table Style Light 9"


def table_row_count(items: Sequence[Item]) -> int:
    """Data rows of a register's table: its items, or blank rows when it has none."""
    return len(items) if items else EMPTY_TABLE_ROWS


@dataclass(frozen=True)
class _Cell:
    """How one column's cells are written, worked out once per sheet (not per row)."""

    key: str
    fmt: Format
    formula: str | None = None
    computed: ComputedColumn | None = None


def _cells(register: Register, styles: Styles) -> list[_Cell]:
    cells = []
    for column in register.columns:
        key = column.key
        if column.computed:
            computed = computed_column(register, key)
            cells.append(
                _Cell(
                    key,
                    styles.computed_for_kind(column.kind),
                    computed.formula(register),
                    computed,
                )
            )
        else:
            cells.append(_Cell(key, styles.for_kind(column.kind)))
    return cells


def write_register_sheet(
    workbook: Workbook,
    sheet: Worksheet,
    register: Register,
    items: Sequence[Item],
    standards: Standards,
    styles: Styles,
    *,
    cache_values: bool = True,
    scale_dropdown: bool = True,
) -> None:
    """The register's table at A1 (header in row 1), one row per item in list order
    (``scale_dropdown=False``: the 1-5 scale cells of template version 1)."""
    rows = table_row_count(items)
    cells = _cells(register, styles)
    columns: list[dict[str, Any]] = []
    for col, (column, cell) in enumerate(zip(register.columns, cells, strict=True)):
        spec: dict[str, Any] = {"header": column.name, "header_format": styles.header}
        if cell.formula is not None:
            spec["formula"] = cell.formula
            spec["format"] = cell.fmt
        columns.append(spec)
        sheet.set_column(col, col, column.width)
    sheet.add_table(
        0,
        0,
        rows,
        len(register.columns) - 1,
        {"name": register.table, "style": TABLE_STYLE, "columns": columns},
    )
    sheet.set_row(0, 30)
    for index in range(rows):
        item = items[index] if index < len(items) else None
        _write_row(sheet, index + 1, cells, item, standards, styles, cache_values)
    last_row = max(VALIDATED_ROWS, rows + 100)
    _add_validations(sheet, register, standards, last_row, scale_dropdown)
    _add_conditional_formats(workbook, sheet, register, standards, last_row)
    sheet.freeze_panes(1, 1 if register.id_prefix else 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # one page wide, as many long as needed
    sheet.repeat_rows(0)


def _write_row(
    sheet: Worksheet,
    row: int,
    cells: list[_Cell],
    item: Item | None,
    standards: Standards,
    styles: Styles,
    cache_values: bool,
) -> None:
    for col, cell in enumerate(cells):
        if cell.computed is not None and cell.formula is not None:
            value = cell.computed.value(item, standards) if item is not None else None
            sheet.write_formula(
                row, col, cell.formula, cell.fmt, cached(value) if cache_values else 0
            )
        elif item is None:
            sheet.write_blank(row, col, None, cell.fmt)
        else:
            # a layout column the model lacks (a PM's own column, in tests) is written blank
            write_typed(sheet, row, col, getattr(item, cell.key, None), cell.fmt, styles)


def _add_validations(
    sheet: Worksheet,
    register: Register,
    standards: Standards,
    last_row: int,
    scale_dropdown: bool = True,
) -> None:
    for col, column in enumerate(register.columns):
        if column.computed:
            rule: dict[str, Any] | None = {
                "validate": "any",
                "input_title": column.name[:32],
                "input_message": "Calculated by a formula from the row's inputs; do not type here.",
            }
        else:
            rule = validation(column, standards, register.id_prefix, scale_dropdown=scale_dropdown)
        if rule is not None:
            sheet.data_validation(1, col, last_row, col, rule)


def _add_conditional_formats(
    workbook: Workbook, sheet: Worksheet, register: Register, standards: Standards, last_row: int
) -> None:
    keys = [c.key for c in register.columns]
    if "rating" in keys:
        col = keys.index("rating")
        for band in standards.score_bands:
            fmt = workbook.add_format({"bg_color": band.colour})
            sheet.conditional_format(
                1,
                col,
                last_row,
                col,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": _text_literal(band.name),
                    "format": fmt,
                },
            )
    date_key = OVERDUE_DATE_COLUMN.get(register.key)
    if date_key and "status" in keys:
        col = keys.index(date_key)
        date_ref = f"${column_letter(col + 1)}2"
        status_ref = f"${column_letter(keys.index('status') + 1)}2"
        closed = names.closed_range_name(register.item)
        sheet.conditional_format(
            1,
            col,
            last_row,
            col,
            {
                "type": "formula",
                "criteria": (
                    f"=AND(ISNUMBER({date_ref}),{date_ref}<TODAY(),"
                    f"ISNA(MATCH({status_ref},{closed},0)))"
                ),
                "format": workbook.add_format(OVERDUE_FORMAT),
            },
        )


def _text_literal(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'
