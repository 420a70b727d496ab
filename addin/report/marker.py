"""The document property that marks a workbook `pmo report` wrote (a status report, a
pack, a feedback workbook), so consolidation skips one saved in the portfolio folder
instead of rejecting it as a project workbook it cannot read."""

from __future__ import annotations

from pathlib import Path

from xlsxwriter.workbook import Workbook

from addin.files.xml_parts import custom_properties_xml

#: Custom document property name; its value says which output it is.
REPORT_MARKER = "PMO Report Output"


def mark(wb: Workbook, what: str) -> None:
    """Mark ``wb`` as ``what`` ("status report", "portfolio pack", "portfolio feedback")."""
    wb.set_custom_property(REPORT_MARKER, what)


def report_kind(path: Path) -> str | None:
    """What `pmo report` output ``path`` is, or None for any other file."""
    return report_kind_in(custom_properties_xml(path))


def report_kind_in(custom_xml: str) -> str | None:
    """:func:`report_kind` from the text of the package's ``docProps/custom.xml``."""
    start = custom_xml.find(f'name="{REPORT_MARKER}"')
    if start < 0:
        return None
    value = custom_xml[start:].split("<vt:lpwstr>", 1)[-1].split("</vt:lpwstr>", 1)[0]
    return value or "report"
