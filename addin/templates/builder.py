"""Build the standard project workbook (SPEC section 3) with XlsxWriter.

One function, :func:`build_project_workbook`, makes both the empty template and filled
project workbooks (``pmo new``, the demo, adoption's output). The output is deterministic:
the same layout, standards and data give the same file contents.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin import template_versions
from addin.cells import parse_address
from addin.errors import PmoError
from addin.layout import (
    FINANCE_SUMMARY_SHEET,
    GUIDE_SHEET,
    ITERATIONS,
    LISTS_SHEET,
    META_SHEET,
    PROJECT_SHEET,
    REGISTERS,
    SHEET_ORDER,
    Register,
)
from addin.models import ProjectData
from addin.standards import Standards
from addin.templates.burnup_chart import write_burnup_chart
from addin.templates.finance_summary import write_finance_summary
from addin.templates.guide_sheet import write_guide_sheet
from addin.templates.lists_sheet import write_lists_sheet
from addin.templates.meta_sheet import write_meta_sheet
from addin.templates.project_sheet import write_project_sheet
from addin.templates.register_sheets import write_register_sheet
from addin.templates.styles import Styles, make_styles
from addin.templates.values import write_raw
from addin.templates.workbook_file import open_template_workbook, write_atomically
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION

RawCells = Mapping[tuple[str, str], object]
#: Called with the workbook and its sheets just before it is closed (tests add features).
Extend = Callable[[Workbook, dict[str, Worksheet]], None]


_PREPARED: dict[tuple[str, bool, bool], str] = {}


class _Worksheet(Worksheet):
    """XlsxWriter's worksheet, remembering how it prepared each formula text.

    XlsxWriter runs some thirty regular expressions over every formula it writes (to
    prefix newer functions); the template repeats each computed-column formula on every
    row, so remembering the (pure) result makes building about twice as fast. Should a
    later XlsxWriter rename the private hook, this is simply never called.
    """

    def _prepare_formula(self, formula: str, expand_future_functions: bool = False) -> str:
        key = (formula, expand_future_functions, bool(self.use_future_functions))
        prepared = _PREPARED.get(key)
        if prepared is None:
            prepared = super()._prepare_formula(formula, expand_future_functions)
            if len(_PREPARED) < 50_000:
                _PREPARED[key] = prepared
        return prepared


def build_project_workbook(
    path: Path,
    standards: Standards,
    project: ProjectData | None = None,
    *,
    raw_cells: RawCells | None = None,
    template_version: int = TEMPLATE_VERSION,
    extend: Extend | None = None,
    registers: tuple[Register, ...] | None = None,
) -> Path:
    """Write the standard project workbook to ``path`` and return ``path``.

    ``project=None`` gives the empty template. Otherwise the Project fields and each
    register's items are written (items in list order; ``source_row`` is ignored).
    Computed columns are always formulas, cached with the value addin.derived gives.

    ``raw_cells`` maps ``(sheet name, "H5")`` to a value written last, over whatever is
    there: used to plant defects. A string starting with ``=`` is written as a formula
    (with no cached result); an :class:`addin.host.ErrorValue` as that error; a sheet
    name the workbook lacks adds that sheet at the end.

    ``template_version`` builds an older version's layout (version 1: no version 2
    fields, whole-number scale checks); ``registers`` replaces the registers' layouts
    (same keys; tests add a PM's column); ``extend`` adds anything else before closing.

    The file is written to a temporary file beside ``path`` and then moved into place,
    so a failure never leaves half a workbook.
    """
    return write_project_workbook(
        path,
        standards,
        project,
        raw_cells=raw_cells,
        template_version=template_version,
        extend=extend,
        registers=registers,
    )


def write_project_workbook(
    path: Path,
    standards: Standards,
    project: ProjectData | None = None,
    *,
    raw_cells: RawCells | None = None,
    cache_values: bool = True,
    template_version: int = TEMPLATE_VERSION,
    extend: Extend | None = None,
    registers: tuple[Register, ...] | None = None,
) -> Path:
    """:func:`build_project_workbook`, with the cached values of formulas optional
    (``cache_values=False`` caches 0 everywhere; tests use it to prove a recalculation)."""
    version = _Version(template_version, extend, registers)
    return write_atomically(
        Path(path),
        lambda temp: _write(temp, standards, project, raw_cells or {}, cache_values, version),
    )


def _write(
    path: Path,
    standards: Standards,
    project: ProjectData | None,
    raw_cells: RawCells,
    cache_values: bool,
    version: _Version | None = None,
) -> None:
    version = version or _Version()
    workbook = open_template_workbook(
        path,
        "Project workbook",
        f"PMO template '{TEMPLATE_ID}' version {version.number}",
        standards,
    )
    _check_sheet_order()
    styles = make_styles(workbook)
    sheets = {name: workbook.add_worksheet(name, _Worksheet) for name in SHEET_ORDER}
    _fill(workbook, sheets, standards, project, styles, cache_values, version)
    for (sheet_name, ref), value in raw_cells.items():
        sheet = sheets.get(sheet_name)
        if sheet is None:
            sheet = sheets[sheet_name] = workbook.add_worksheet(sheet_name, _Worksheet)
        row, col = parse_address(ref)
        write_raw(sheet, row - 1, col - 1, value, styles)
    if version.extend is not None:
        version.extend(workbook, sheets)
    workbook.close()


def _fill(
    workbook: Workbook,
    sheets: dict[str, Worksheet],
    standards: Standards,
    project: ProjectData | None,
    styles: Styles,
    cache_values: bool,
    version: _Version,
) -> None:
    header = project.header if project is not None else None
    dropdowns = template_versions.scale_dropdowns(version.number)
    write_guide_sheet(workbook, sheets[GUIDE_SHEET], standards, styles)
    write_project_sheet(
        workbook,
        sheets[PROJECT_SHEET],
        header,
        standards,
        styles,
        fields=template_versions.project_fields(version.number),
        scale_dropdown=dropdowns,
    )
    for register in version.registers or template_versions.registers(version.number):
        items = project.items(register.key) if project is not None else []
        write_register_sheet(
            workbook,
            sheets[register.sheet],
            register,
            items,
            standards,
            styles,
            cache_values=cache_values,
            scale_dropdown=dropdowns,
        )
    iterations = project.iterations if project is not None else []
    if template_versions.burnup_chart(version.number):
        write_burnup_chart(
            workbook, sheets[ITERATIONS.sheet], iterations, cache_values=cache_values
        )
    finance = project.finance if project is not None else []
    write_finance_summary(
        workbook,
        sheets[FINANCE_SUMMARY_SHEET],
        finance,
        header.report_date if header is not None else None,
        standards,
        styles,
        cache_values=cache_values,
    )
    write_lists_sheet(workbook, sheets[LISTS_SHEET], standards, styles)
    write_meta_sheet(sheets[META_SHEET], standards, version.number)


@dataclass(frozen=True)
class _Version:
    """Which template version to build, and the test hooks that decorate it."""

    number: int = TEMPLATE_VERSION
    extend: Extend | None = None
    registers: tuple[Register, ...] | None = None


def _check_sheet_order() -> None:
    """Every sheet of layout.SHEET_ORDER must be one this module knows how to fill."""
    known = {GUIDE_SHEET, PROJECT_SHEET, FINANCE_SUMMARY_SHEET, LISTS_SHEET, META_SHEET}
    known |= {r.sheet for r in REGISTERS}
    unknown = [name for name in SHEET_ORDER if name not in known]
    if unknown:
        raise PmoError(
            f"layout.SHEET_ORDER names {unknown}, which the template builder does not "
            "know how to fill; add them to addin/templates/builder.py"
        )
