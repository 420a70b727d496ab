"""The hidden _pmo sheet: which template and standards made the workbook."""

from __future__ import annotations

from collections.abc import Mapping

from xlsxwriter.worksheet import Worksheet

from addin.layout import META_KEYS
from addin.standards import Standards
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION, __version__


def meta_values(
    standards: Standards, template_version: int = TEMPLATE_VERSION
) -> dict[str, str | int]:
    """The _pmo sheet's keys (layout.META_KEYS) and values."""
    values: dict[str, str | int] = {
        "template_id": TEMPLATE_ID,
        "template_version": template_version,
        "standards_version": standards.version,
        "tool_version": __version__,
    }
    missing = [key for key in META_KEYS if key not in values]
    if missing:
        raise KeyError(f"addin/templates/meta_sheet.py has no value for {missing}")
    return {key: values[key] for key in META_KEYS}


def write_meta_sheet(
    sheet: Worksheet, standards: Standards, template_version: int = TEMPLATE_VERSION
) -> None:
    """Keys in column A, values in column B; the sheet is hidden."""
    write_key_values(sheet, meta_values(standards, template_version))


def write_key_values(sheet: Worksheet, values: Mapping[str, str | int]) -> None:
    """A hidden _pmo sheet of ``values``: keys in column A, values in column B (text as
    text, numbers as numbers), for every template (project, capacity) the tools must
    recognise."""
    for row, (key, value) in enumerate(values.items()):
        sheet.write_string(row, 0, key)
        if isinstance(value, str):
            sheet.write_string(row, 1, value)
        else:
            sheet.write_number(row, 1, value)
    sheet.set_column(0, 1, 20)
    sheet.hide()
