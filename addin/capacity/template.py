"""Build the capacity workbook (template ``capacity``, SPEC section 14) with XlsxWriter.

The empty template (``pmo new --template capacity``, ``workbook_templates/capacity.xlsx``)
and filled ones (the demo) come from :func:`build_capacity_workbook`; the output is
deterministic, so the checked-in template can be compared with a fresh build.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.capacity.layout import (
    CAPACITY,
    CAPACITY_SHEET,
    CAPACITY_TEMPLATE_ID,
    CAPACITY_TEMPLATE_VERSION,
    GUIDE_SHEET,
    LIST_ROWS,
    LISTS_SHEET,
    META_SHEET,
    ROLE_LIST,
    SHEET_ORDER,
    TEAM_LIST,
)
from addin.capacity.model import CapacityLine
from addin.standards import Standards
from addin.templates import names
from addin.templates.meta_sheet import write_key_values
from addin.templates.register_sheets import write_register_sheet
from addin.templates.styles import Styles, make_styles
from addin.templates.values import clean_text
from addin.templates.workbook_file import (
    new_workbook_target,
    open_template_workbook,
    write_atomically,
)
from addin.version import __version__

GUIDE_LINES = (
    "Capacity workbook: who is available to projects, month by month.",
    "",
    "One row per person per month on the Capacity sheet (table tblCapacity): Person, Role, "
    "Team, Month (its first day) and Available Days (days they can give to projects after "
    "leave and business-as-usual work).",
    "A row with no Person is a role's pooled capacity (e.g. a test contractor pool of 40 "
    "days): it adds to the role's capacity, not to any person's.",
    "Write names as the projects write them in their Resources sheets. Case, extra spaces "
    "and accents do not matter ('Ana Lopez' = 'ana  lópez'); any other difference does.",
    "Pick Role and Team from the dropdowns; the EPMO keeps them on the Lists sheet (add new "
    "ones below the last).",
    "Put this workbook in the folder you consolidate (or pass it with `pmo consolidate "
    "--capacity FILE`): the roll-up's Capacity sheet then sets every project's demand "
    "against it. Check it first with `pmo check FILE`.",
    "Do not rename the Capacity sheet, the table or its headers, or the hidden _pmo sheet: "
    "they are how the tools recognise this workbook.",
)


def build_capacity_workbook(
    path: Path, standards: Standards, lines: Sequence[CapacityLine] = ()
) -> Path:
    """Write the capacity workbook to ``path`` (atomically) and return ``path``."""
    return write_atomically(Path(path), lambda temp: _write(temp, standards, lines), mode=0o644)


def create_capacity_workbook(path: Path, standards: Standards, *, overwrite: bool = False) -> Path:
    """``pmo new --template capacity OUT.xlsx``: the empty template at ``path``."""
    target = new_workbook_target(path, "capacity", overwrite=overwrite)
    return build_capacity_workbook(target, standards)


def _write(path: Path, standards: Standards, lines: Sequence[CapacityLine]) -> None:
    workbook = open_template_workbook(
        path,
        "Capacity workbook",
        f"PMO template '{CAPACITY_TEMPLATE_ID}' version {CAPACITY_TEMPLATE_VERSION}",
        standards,
    )
    styles = make_styles(workbook)
    sheets = {name: workbook.add_worksheet(name) for name in SHEET_ORDER}
    _guide(sheets[GUIDE_SHEET], standards, styles)
    write_register_sheet(workbook, sheets[CAPACITY_SHEET], CAPACITY, list(lines), standards, styles)
    _lists(workbook, sheets[LISTS_SHEET], standards, styles)
    write_key_values(sheets[META_SHEET], meta_values(standards))
    sheets[CAPACITY_SHEET].activate()
    workbook.close()


def _guide(sheet: Worksheet, standards: Standards, styles: Styles) -> None:
    sheet.set_column(0, 0, 110)
    sheet.write_string(0, 0, clean_text(GUIDE_LINES[0]), styles.title)
    for row, text in enumerate(GUIDE_LINES[1:], start=1):
        if text:
            sheet.write_string(row, 0, clean_text(text), styles.wrap)
    policy = standards.capacity
    row = len(GUIDE_LINES) + 1
    sheet.write_string(row, 0, "How the roll-up judges capacity", styles.subtitle)
    notes = (
        f"A role is Amber above {policy.amber_above_pct:g}% utilisation (demand / capacity) "
        f"and Red above {policy.red_above_pct:g}% in a month.",
        "A person is over-allocated (CAP-001) when the projects together ask for more days "
        "in a month than their Available Days.",
        "The checks of this workbook: CAP-101 a person twice in a month, CAP-102 negative or "
        "impossible days, CAP-103 a month not on the 1st, CAP-104 one name in two roles, "
        "CAP-105 a row without role or month (docs/rules.md).",
    )
    for offset, text in enumerate(notes, start=1):
        sheet.write_string(row + offset, 0, clean_text(text), styles.wrap)


def _lists(workbook: Workbook, sheet: Worksheet, standards: Standards, styles: Styles) -> None:
    blocks = (
        (ROLE_LIST, "Role", standards.capacity.roles),
        (TEAM_LIST, "Team", standards.capacity.teams),
    )
    for col, (list_name, header, values) in enumerate(blocks):
        sheet.write_string(0, col, header, styles.header)
        for offset, value in enumerate(values, start=1):
            sheet.write_string(offset, col, clean_text(value))
        letter = "AB"[col]
        workbook.define_name(
            names.list_range_name(list_name),
            f"={LISTS_SHEET}!${letter}$2:${letter}${LIST_ROWS + 1}",
        )
        sheet.set_column(col, col, 24)
    sheet.freeze_panes(1, 0)


def meta_values(standards: Standards) -> dict[str, str | int]:
    return {
        "template_id": CAPACITY_TEMPLATE_ID,
        "template_version": CAPACITY_TEMPLATE_VERSION,
        "standards_version": standards.version,
        "tool_version": __version__,
    }


def build_capacity_template(out_dir: Path, standards: Standards) -> Path:
    """The empty capacity template as ``out_dir/capacity.xlsx`` (``pmo templates build``)."""
    from addin.capacity.layout import CAPACITY_FILE_NAME

    return build_capacity_workbook(Path(out_dir) / CAPACITY_FILE_NAME, standards)
