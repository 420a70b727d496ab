"""Build ``PMO.xlam``: the OOXML add-in package with the ribbon and the VBA project.

Parts: ``[Content_Types].xml`` (workbook part typed as a macro-enabled add-in), the root
relationships (office document, the customUI14 ribbon part, document properties), a
one-sheet workbook whose code names match the VBA document modules, ``xl/styles.xml``,
and ``xl/vbaProject.bin`` written from ``vba/*.bas`` by :mod:`macros_bridge.ovba`.
The zip is deterministic (fixed time stamps, fixed order): the same sources give the
same bytes.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from addin.version import TEMPLATE_VERSION, __version__
from macros_bridge import ribbon_xml
from macros_bridge.ovba import (
    WORKBOOK_BASE,
    WORKSHEET_BASE,
    VbaModule,
    build_vba_project,
    document_module,
)

VBA_DIR = Path(__file__).with_name("vba")
ADDIN_FILE_NAME = "PMO.xlam"
VBA_PROJECT_NAME = "PMOAddin"
SHEET_NAME = "PMO"
WORKBOOK_CODE_NAME = "ThisWorkbook"
SHEET_CODE_NAME = "Sheet1"

ADDIN_CONTENT_TYPE = "application/vnd.ms-excel.addin.macroEnabled.main+xml"
VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject"
VBA_RELATIONSHIP = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BuildResult:
    """What ``pmo addin build`` wrote."""

    path: Path
    modules: list[str]
    callbacks: list[str]
    size: int


def vba_modules(vba_dir: Path = VBA_DIR) -> list[VbaModule]:
    """The workbook's document modules, then every ``.bas`` file as a standard module."""
    modules = [
        document_module(WORKBOOK_CODE_NAME, WORKBOOK_BASE),
        document_module(SHEET_CODE_NAME, WORKSHEET_BASE),
    ]
    for path in sorted(vba_dir.glob("*.bas")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        name = path.stem
        if first.startswith("Attribute VB_Name"):
            name = first.split("=", 1)[1].strip().strip('"')
        modules.append(VbaModule(name, text))
    return modules


def _content_types() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Default Extension="bin" ContentType="{VBA_CONTENT_TYPE}"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{ADDIN_CONTENT_TYPE}"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )


def _root_rels() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{_PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="xl/workbook.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{_R}/extended-properties" Target="docProps/app.xml"/>'
        f'<Relationship Id="rId4" Type="{ribbon_xml.RELATIONSHIP_TYPE}" '
        f'Target="{ribbon_xml.PART_NAME}"/>'
        "</Relationships>"
    )


def _workbook() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_R}">'
        f'<workbookPr codeName="{WORKBOOK_CODE_NAME}"/>'
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16000" windowHeight="9000"/></bookViews>'
        f'<sheets><sheet name="{SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )


def _workbook_rels() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Relationships xmlns="{_PKG_RELS}">'
        f'<Relationship Id="rId1" Type="{_R}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_R}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{VBA_RELATIONSHIP}" Target="vbaProject.bin"/>'
        "</Relationships>"
    )


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def _sheet() -> str:
    rows = [
        f"PMO add-in {__version__} (template version {TEMPLATE_VERSION})",
        "The PMO tab's buttons run Python macros through xlwings; see docs/excel.md.",
    ]
    cells = "".join(
        f'<row r="{i}">{_inline(f"A{i}", text)}</row>' for i, text in enumerate(rows, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{_MAIN}" xmlns:r="{_R}">'
        f'<sheetPr codeName="{SHEET_CODE_NAME}"/>'
        f'<dimension ref="A1:A{len(rows)}"/>'
        f"<sheetData>{cells}</sheetData>"
        "</worksheet>"
    )


def _styles() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<styleSheet xmlns="{_MAIN}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def _core() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<dc:title>PMO add-in</dc:title><dc:creator>pmo-addin</dc:creator>"
        "</cp:coreProperties>"
    )


def _app() -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>pmo-addin {escape(__version__)}</Application>"
        "</Properties>"
    )


def package_parts(vba_dir: Path = VBA_DIR) -> dict[str, bytes]:
    """Every part of the add-in package, by its name in the zip, in writing order."""
    modules = vba_modules(vba_dir)
    return {
        "[Content_Types].xml": _content_types().encode(),
        "_rels/.rels": _root_rels().encode(),
        "docProps/core.xml": _core().encode(),
        "docProps/app.xml": _app().encode(),
        "xl/workbook.xml": _workbook().encode(),
        "xl/_rels/workbook.xml.rels": _workbook_rels().encode(),
        "xl/worksheets/sheet1.xml": _sheet().encode(),
        "xl/styles.xml": _styles().encode(),
        "xl/vbaProject.bin": build_vba_project(VBA_PROJECT_NAME, modules),
        ribbon_xml.PART_NAME: ribbon_xml.ribbon_xml(),
    }


def build_xlam(out: Path, vba_dir: Path = VBA_DIR) -> BuildResult:
    """Write the add-in to ``out`` (a file path, or a folder to hold ``PMO.xlam``).

    The file is written to a temporary name in the same folder and moved into place,
    so a failed build never leaves half an add-in behind.
    """
    target = out / ADDIN_FILE_NAME if out.is_dir() or out.suffix == "" else out
    target.parent.mkdir(parents=True, exist_ok=True)
    parts = package_parts(vba_dir)
    handle, temp_name = tempfile.mkstemp(prefix=".pmo-", suffix=".xlam", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in parts.items():
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
        os.replace(temp_name, target)
    finally:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
    modules = [m.name for m in vba_modules(vba_dir)]
    return BuildResult(target, modules, [ribbon_xml_callback()], target.stat().st_size)


def ribbon_xml_callback() -> str:
    """The VBA callback the ribbon XML names."""
    from macros_bridge.ribbon import CALLBACK

    return CALLBACK
