"""The current template's own pieces that an upgrade adds to an older workbook.

The pieces are taken from the template itself, built with the same standards, so that an
upgraded workbook's new rows, validations and input messages are exactly the template's:
labels, notes, row heights, column widths and the ``<dataValidation>`` elements (their
ranges are set per workbook). Styles are not taken: a PM's workbook saved by Excel has
its own style table, so the upgrader copies each new cell's style from its neighbour.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from addin import layout, template_versions
from addin.files.xml_parts import unescape_text
from addin.standards import Standards
from addin.upgrade.package import Package
from addin.upgrade.sheet_xml import SheetXml, attrs, covers

#: The register columns (and Project fields) that version 2 turned into 1-5 dropdowns.
SCALE_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (r.key, c.key) for r in layout.REGISTERS for c in r.columns if c.kind == "scale"
)
SCALE_FIELDS: tuple[str, ...] = tuple(f.key for f in layout.PROJECT_FIELDS if f.kind == "scale")


@dataclass(frozen=True)
class NewField:
    """A Project field the upgrade adds: its template row's texts and validation."""

    field: layout.ProjectField
    note: str
    row_attrs: dict[str, str]
    validation: str | None  # a <dataValidation> element (sqref to be set)


@dataclass(frozen=True)
class NewColumn:
    """A register column the upgrade adds to the end of its table."""

    register: layout.Register
    column: layout.Column
    width: float
    validation: str | None


@dataclass
class TemplatePieces:
    fields: list[NewField] = field(default_factory=list)
    columns: list[NewColumn] = field(default_factory=list)
    #: (register key or "project", column or field key) -> the template's validation
    scale_validations: dict[tuple[str, str], str] = field(default_factory=dict)
    #: the Iterations burn-up chart: its chart part, its drawing anchor, the helper
    #: block's hidden ``<col>`` elements (see :mod:`addin.upgrade.burnup_part`)
    burnup: BurnupPieces | None = None


@dataclass(frozen=True)
class BurnupPieces:
    chart: str  # the chart part's XML (series refs and caches set per workbook)
    anchor: str  # the drawing's <xdr:twoCellAnchor> element
    anchor_col: int  # its from-column (0-based) in the template
    cols: str  # the <col> element(s) hiding the helper block


def _cell_text(sheet: SheetXml, strings: list[str], row: int, col: int) -> str:
    for found in sheet.rows():
        if found.number == row:
            cell = found.cell(col)
            if cell is None:
                return ""
            return cell_text(cell.xml, strings)
    return ""


def cell_text(cell_xml: str, strings: list[str]) -> str:
    """The text a cell shows (shared, inline or formula string; numbers as written)."""

    a = attrs(cell_xml)
    kind = a.get("t", "n")
    if kind == "inlineStr":
        return "".join(unescape_text(t) for t in re.findall(r"<t\b[^>]*>(.*?)</t>", cell_xml, re.S))
    value = re.search(r"<v>(.*?)</v>", cell_xml, re.S)
    if value is None:
        return ""
    text = unescape_text(value.group(1))
    if kind == "s":
        try:
            return strings[int(text)]
        except (ValueError, IndexError):
            return ""
    return text


def _validation_at(sheet: SheetXml, row: int, col: int) -> str | None:
    for xml, a, _span in sheet.validations():
        if covers(a.get("sqref", ""), row, col):
            return xml
    return None


def _sheet_part(package: Package, sheet_name: str) -> str:
    from addin.upgrade.workbook_xml import sheet_parts

    return sheet_parts(package)[sheet_name]


@lru_cache(maxsize=4)
def _pieces(standards_json: str) -> TemplatePieces:
    standards = Standards.model_validate_json(standards_json)
    return template_pieces(standards)


def pieces_for(standards: Standards) -> TemplatePieces:
    """:func:`template_pieces`, remembered per standards (building takes a second)."""
    return _pieces(standards.model_dump_json())


def template_pieces(standards: Standards) -> TemplatePieces:
    """Build the current template with ``standards`` and take out what version 2 added."""
    from addin.templates.builder import build_project_workbook

    with tempfile.TemporaryDirectory(prefix="pmo-upgrade-") as folder:
        path = build_project_workbook(Path(folder) / "template.xlsx", standards)
        package = Package.read(path)
    strings = package.shared_strings()
    pieces = TemplatePieces()
    new_fields, new_columns = template_versions.new_in(2)

    project = SheetXml(package.text(_sheet_part(package, layout.PROJECT_SHEET)))
    rows = {r.number: r for r in project.rows()}
    for index, project_field in enumerate(layout.PROJECT_FIELDS):
        row = layout.PROJECT_FIRST_ROW + index
        if project_field in new_fields:
            found = rows.get(row)
            row_attrs = (
                {k: v for k, v in attrs(found.start_tag).items() if k in ("ht", "customHeight")}
                if found is not None
                else {}
            )
            pieces.fields.append(
                NewField(
                    project_field,
                    _cell_text(project, strings, row, 3),
                    row_attrs,
                    _validation_at(project, row, 2),
                )
            )
        if project_field.key in SCALE_FIELDS:
            xml = _validation_at(project, row, 2)
            if xml is not None:
                pieces.scale_validations[("project", project_field.key)] = xml

    for register in layout.REGISTERS:
        keys = [c.key for c in register.columns]
        sheet: SheetXml | None = None
        for column_key in keys:
            wanted_new = column_key in new_columns.get(register.key, [])
            wanted_scale = (register.key, column_key) in SCALE_COLUMNS
            if not (wanted_new or wanted_scale):
                continue
            if sheet is None:
                sheet = SheetXml(package.text(_sheet_part(package, register.sheet)))
            col = keys.index(column_key) + 1
            xml = _validation_at(sheet, 2, col)
            if wanted_scale and xml is not None:
                pieces.scale_validations[(register.key, column_key)] = xml
            if wanted_new:
                column = register.column(column_key)
                pieces.columns.append(NewColumn(register, column, column.width + 0.7109375, xml))
    pieces.burnup = _burnup_pieces(package)
    return pieces


def _burnup_pieces(package: Package) -> BurnupPieces | None:
    """The burn-up chart's parts from the template's Iterations sheet."""
    part = _sheet_part(package, layout.ITERATIONS.sheet)
    drawing = next((t for k, t in package.rels(part).values() if k == "drawing"), None)
    if drawing is None:
        return None
    chart = next((t for k, t in package.rels(drawing).values() if k == "chart"), None)
    anchor = re.search(r"<xdr:twoCellAnchor\b.*?</xdr:twoCellAnchor>", package.text(drawing), re.S)
    hidden = re.findall(r'<col\b[^>]*hidden="1"[^>]*/>', package.text(part))
    if chart is None or anchor is None or not hidden:
        return None
    start = re.search(r"<xdr:col>(\d+)</xdr:col>", anchor.group(0))
    return BurnupPieces(
        package.text(chart), anchor.group(0), int(start.group(1)) if start else 0, "".join(hidden)
    )
