"""Version 1 project workbooks decorated the way project managers decorate them (test helper).

Each is built with the template builder at ``template_version=1`` from realistic project
data, then given what PMs add in Excel, modelled on ../shared/corpus/excel-features/: an
extra "PM Dashboard" sheet with formulas (cached values), a native chart, an image (the
PNG of WithDrawing.xlsx, made by Excel), a custom number format, a conditional format, a
hyperlink, a PM defined name and a PM validation; comments on register cells; a PM column
inside tblRisks and at the end of tblIterations (so Remaining Points must go after it);
a PM note and a custom-formatted cell beside the Project form; and Excel's own
thumbnail part (docProps/thumbnail.jpeg of commentTest.xlsx) in the package.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from consolidate_inputs import make_project
from sprint_history import sprint_history
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin import layout
from addin.layout import Column, Register
from addin.models import ProjectData
from addin.standards import Standards
from addin.templates.builder import build_project_workbook

FEATURES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "excel-features"
PM_RISK_COLUMN = "PM Notes"
PM_ITERATION_COLUMN = "Team Mood"


def _member(name: str, part: str) -> bytes | None:
    path = FEATURES / name
    if not path.is_file():
        return None
    with zipfile.ZipFile(path) as zf:
        return zf.read(part)


def pm_registers(
    *, extra_iteration_column: str | None = PM_ITERATION_COLUMN
) -> tuple[Register, ...]:
    """The version 1 registers with a PM's own column at the end of tblRisks and tblIterations."""
    from addin import template_versions

    out = []
    for register in template_versions.registers(1):
        if register.key == "risks":
            register = replace(register, columns=(*register.columns, Column(PM_RISK_COLUMN)))
        if register.key == "iterations" and extra_iteration_column:
            register = replace(
                register, columns=(*register.columns, Column(extra_iteration_column, "number"))
            )
        out.append(register)
    return tuple(out)


def with_iterations(project: ProjectData, count: int = 6) -> ProjectData:
    project.iterations = sprint_history(
        [(30 + n, 25 + n, n % 3, None) for n in range(1, count + 1)], first=date(2026, 6, 1)
    )
    return project


def decorate(workbook: Workbook, sheets: dict[str, Worksheet], project: ProjectData) -> None:
    """What a PM adds in Excel (see the module docstring)."""
    money = workbook.add_format({"num_format": '#,##0.00 "k€";[Red]-#,##0.00 "k€"'})
    stamp = workbook.add_format({"num_format": "dddd d mmmm yyyy", "italic": True})
    dash = workbook.add_worksheet("PM Dashboard")
    budget = sum(line.budget or 0 for line in project.finance)
    dash.write_string(0, 0, "My dashboard")
    dash.write_string(1, 0, "Risks")
    dash.write_formula(1, 1, "=COUNTA(Risks!A2:A1000)", None, len(project.risks))
    dash.write_string(2, 0, "Budget")
    dash.write_formula(2, 1, "=SUM(Finance!E2:E5000)/1000", money, budget / 1000)
    dash.write_string(3, 0, "Issues")
    dash.write_formula(3, 1, "=COUNTA(Issues!A2:A1000)", None, len(project.issues))
    dash.write_string(9, 0, "Threshold")
    dash.write_number(9, 1, 0.25)
    dash.data_validation(
        9,
        1,
        9,
        1,
        {
            "validate": "decimal",
            "criteria": "between",
            "minimum": 0,
            "maximum": 1,
            "input_title": "PM threshold",
            "input_message": "My own check.",
        },
    )
    dash.conditional_format(
        1,
        1,
        3,
        1,
        {
            "type": "cell",
            "criteria": ">",
            "value": 10,
            "format": workbook.add_format({"bg_color": "#FFC7CE"}),
        },
    )
    dash.write_url(11, 0, "internal:Risks!A1", string="Go to risks")
    chart = workbook.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": "Counts",
            "categories": "='PM Dashboard'!$A$2:$A$4",
            "values": "='PM Dashboard'!$B$2:$B$4",
        }
    )
    chart.set_title({"name": "PM counts"})
    dash.insert_chart("D2", chart)
    png = _member("WithDrawing.xlsx", "xl/media/image3.png")
    if png is not None:
        dash.insert_image("D18", "excel-made.png", {"image_data": io.BytesIO(png)})
    workbook.define_name("PM_Threshold", "='PM Dashboard'!$B$10")
    sheets["Risks"].write_comment("B2", "PM: confirm this with the sponsor on Friday.")
    sheets["Issues"].write_comment("B2", "PM: raised at the steering group.")
    risks_cols = len(pm_registers()[0].columns)
    sheets["Risks"].data_validation(
        1,
        risks_cols - 1,
        500,
        risks_cols - 1,
        {
            "validate": "length",
            "criteria": "<",
            "value": 200,
            "input_title": "PM notes",
            "input_message": "Short notes only.",
        },
    )
    sheets["Project"].write_string(3, 4, "PM note: steering group every other Friday")
    sheets["Project"].write_datetime(4, 4, date(2026, 11, 6), stamp)


def pm_cells(project: ProjectData) -> dict[tuple[str, str], Any]:
    """Values the PM typed in their own table columns."""
    from addin.cells import column_letter

    risk_col = column_letter(len(pm_registers()[0].columns))
    cells: dict[tuple[str, str], Any] = {}
    for n in range(1, len(project.risks) + 1, 3):
        cells[("Risks", f"{risk_col}{n + 1}")] = f"note {n}"
    iter_col = column_letter(len(layout.ITERATIONS.columns))  # v1 has 6 + the PM's 1 = G
    for n in range(1, len(project.iterations) + 1):
        cells[("Iterations", f"{iter_col}{n + 1}")] = 3 + n % 2
    return cells


def add_thumbnail(path: Path) -> None:
    """Add Excel's thumbnail part (from commentTest.xlsx) the way Excel stores it."""
    thumb = _member("commentTest.xlsx", "docProps/thumbnail.jpeg")
    if thumb is None:
        return
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info)) for info in zf.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdThumb" Type="http://schemas.openxmlformats.org/'
                    b'package/2006/relationships/metadata/thumbnail" '
                    b'Target="docProps/thumbnail.jpeg"/></Relationships>',
                )
            if info.filename == "[Content_Types].xml" and b'Extension="jpeg"' not in data:
                data = data.replace(
                    b"<Default ",
                    b'<Default Extension="jpeg" ContentType="image/jpeg"/><Default ',
                    1,
                )
            zf.writestr(info, data)
        zf.writestr("docProps/thumbnail.jpeg", thumb)
    path.write_bytes(out.getvalue())


def decorated_v1(
    path: Path,
    standards: Standards,
    index: int = 1,
    *,
    raw_cells: dict[tuple[str, str], Any] | None = None,
    extra_iteration_column: str | None = PM_ITERATION_COLUMN,
) -> Path:
    """A version 1 project workbook with everything a PM adds (see the module docstring)."""
    project = with_iterations(make_project(index, 4, raid=30, months=12))
    cells = pm_cells(project) if extra_iteration_column == PM_ITERATION_COLUMN else {}
    cells.update(raw_cells or {})
    build_project_workbook(
        path,
        standards,
        project,
        raw_cells=cells,
        template_version=1,
        registers=pm_registers(extra_iteration_column=extra_iteration_column),
        extend=lambda workbook, sheets: decorate(workbook, sheets, project),
    )
    add_thumbnail(path)
    return path


def plain_v1(path: Path, standards: Standards, index: int = 1) -> Path:
    """A version 1 project workbook as the template made it, filled with data."""
    project = with_iterations(make_project(index, 4, raid=30, months=12))
    return build_project_workbook(path, standards, project, template_version=1)


def parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}
