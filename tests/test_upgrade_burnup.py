"""`pmo upgrade` adds the Iterations burn-up chart (SPEC 15 + 16) without touching the PM's parts:
their own chart on the sheet stays, the helper block is refused when the PM's cells are there,
and LibreOffice recalculates the helper block to the values the upgrade cached."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from consolidate_inputs import make_project
from ooxml_strict import problems
from upgrade_corpus import decorated_v1, parts, plain_v1, with_iterations
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.standards import Standards
from addin.templates.builder import build_project_workbook
from addin.upgrade import upgrade_file, upgrade_paths


def _pm_chart_on_iterations(workbook: Workbook, sheets: dict[str, Worksheet]) -> None:
    """A PM's own column chart of Completed Points, placed on the Iterations sheet."""
    chart = workbook.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": "My velocity",
            "categories": "='Iterations'!$A$2:$A$7",
            "values": "='Iterations'!$E$2:$E$7",
        }
    )
    chart.set_title({"name": "PM velocity"})
    sheets["Iterations"].insert_chart("J30", chart)


def _helper(path: Path, first: int = 2, last: int = 8) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path, data_only=True)
    try:
        ws = book["Iterations"]
        return [
            tuple(c.value for c in row)
            for row in ws.iter_rows(min_row=first, max_row=last, min_col=21, max_col=23)
        ]
    finally:
        book.close()


def _iterations_drawing(data: dict[str, bytes]) -> tuple[str, str]:
    """(drawing part, its XML) of the Iterations sheet (sheet11 in the template order)."""
    rels = data["xl/worksheets/_rels/sheet11.xml.rels"].decode()
    target = re.search(r'Target="\.\./drawings/(drawing\d+\.xml)"', rels)
    assert target is not None, rels
    name = f"xl/drawings/{target.group(1)}"
    return name, data[name].decode()


def test_a_pm_chart_on_iterations_is_kept_and_the_burnup_joins_its_drawing(
    tmp_path: Path, standards: Standards
) -> None:
    project = with_iterations(make_project(1, 4, raid=5))
    path = build_project_workbook(
        tmp_path / "pm.xlsx",
        standards,
        project,
        template_version=1,
        extend=_pm_chart_on_iterations,
    )
    before = parts(path)
    drawing, pm_drawing = _iterations_drawing(before)
    assert "PM velocity" in before["xl/charts/chart1.xml"].decode()
    result = upgrade_file(path, standards, mode="in_place")
    assert result.status == "upgraded", result.reason
    assert any("joins the drawing already on 'Iterations'" in n for n in result.notes)
    after = parts(path)
    assert after["xl/charts/chart1.xml"] == before["xl/charts/chart1.xml"]  # the PM's chart
    assert b"Burn-up" in after["xl/charts/chart2.xml"]  # a new name, no collision
    same_drawing, merged = _iterations_drawing(after)
    assert same_drawing == drawing  # no second drawing: the PM's own part holds both
    assert merged.startswith(pm_drawing[: pm_drawing.rindex("</xdr:wsDr>")])  # kept as it was
    assert merged.count("<xdr:twoCellAnchor") == 2
    ids = re.findall(r'<xdr:cNvPr id="(\d+)"', merged)
    assert len(ids) == len(set(ids)) == 2
    drawing_rels = after[drawing.replace("drawings/", "drawings/_rels/") + ".rels"].decode()
    assert "../charts/chart1.xml" in drawing_rels and "../charts/chart2.xml" in drawing_rels
    assert not [n for n in after if n.startswith("xl/drawings/drawing") and n not in before]
    assert problems(path) == []
    book = openpyxl.load_workbook(path)
    try:
        assert len(book["Iterations"]._charts) == 2
    finally:
        book.close()
    # the burn-up's cached points: cumulative Completed over the six sprints' End dates
    completed = [float(25 + n) for n in range(1, 7)]
    helper = _helper(path)
    assert [row[1] for row in helper[:6]] == [sum(completed[: i + 1]) for i in range(6)]
    assert [row[0].date() for row in helper[:6]] == [s.end for s in project.iterations]  # type: ignore[union-attr]
    assert all(row[2] == "#N/A" for row in helper)  # Remaining Points still empty
    again = upgrade_paths([path], standards, mode="in_place")
    assert [f.status for f in again.files] == ["current"]
    assert parts(path) == after


def test_pm_cells_where_the_helper_block_goes_refuse_unless_forced(
    tmp_path: Path, standards: Standards
) -> None:
    path = decorated_v1(
        tmp_path / "busy.xlsx", standards, raw_cells={("Iterations", "V5"): "my sums"}
    )
    before = path.read_bytes()
    refused = upgrade_file(path, standards, mode="in_place")
    assert refused.status == "refused"
    assert "'Iterations'!V5 hold the PM's own cells" in refused.reason
    assert "U1:W33" in refused.reason and "--force" in refused.reason
    assert path.read_bytes() == before  # untouched
    forced = upgrade_file(path, standards, mode="in_place", force=True)
    assert forced.status == "upgraded"
    assert any("forced" in n and "V5" in n for n in forced.notes)
    after = parts(path)
    assert not any(b"Burn-up" in body for name, body in after.items() if "charts/" in name)
    book = openpyxl.load_workbook(path)
    try:
        assert book["Iterations"]["V5"].value == "my sums"
        assert book["Iterations"]["U2"].value is None  # no helper block at all
        assert book["Iterations"]["H1"].value == "Remaining Points"  # the rest is done
    finally:
        book.close()


def _pm_remaining_points(tmp_path: Path, standards: Standards) -> Path:
    """A version 1 workbook where the PM made their own Remaining Points column (G) and
    typed values, one sprint left without an End date; upgraded with --force, the burn-up
    plots the PM's column."""
    remaining = {2: 180, 3: 160, 4: None, 5: 150, 6: 120, 7: 95}
    cells: dict[tuple[str, str], object] = {
        ("Iterations", f"G{r}"): v for r, v in remaining.items() if v is not None
    }
    cells[("Iterations", "C5")] = None  # sprint 4: no End date yet
    path = decorated_v1(
        tmp_path / "src" / "remaining.xlsx",
        standards,
        raw_cells=cells,
        extra_iteration_column="Remaining Points",
    )
    result = upgrade_file(path, standards, mode="in_place", force=True)
    assert result.status == "upgraded", result.reason
    return path


def test_the_burnup_reads_the_workbooks_own_columns(tmp_path: Path, standards: Standards) -> None:
    path = _pm_remaining_points(tmp_path, standards)
    book = openpyxl.load_workbook(path)
    try:
        ws = book["Iterations"]
        assert ws["W3"].value == '=IF(OR(ISNA(U3),$G3=""),NA(),V3+$G3)'
        assert ws["V3"].value == "=IF(ISNA(U3),NA(),SUM($E$2:$E3))"
        assert ws.column_dimensions["U"].hidden
    finally:
        book.close()
    helper = _helper(path)
    assert helper[1][1:] == (26 + 27, 26 + 27 + 160)
    assert helper[3] == ("#N/A", "#N/A", "#N/A")  # no End date: the chart skips it
    assert helper[4][1:] == (26 + 27 + 28 + 29 + 30, 26 + 27 + 28 + 29 + 30 + 120)
    assert problems(path) == []


def test_libreoffice_opens_the_upgrade_and_recalculates_the_same_values(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.libreoffice import recalculate, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the helper block")
    path = _pm_remaining_points(tmp_path, standards)
    plain = plain_v1(tmp_path / "src" / "plain.xlsx", standards)
    assert upgrade_file(plain, standards, mode="in_place").status == "upgraded"
    cached = {p: _helper(p, 2, 33) for p in (path, plain)}
    # strip the cached values, so that what is read back is LibreOffice's own result
    for p in (path, plain):
        _strip_helper_values(p)
        assert all(v is None for row in _helper(p, 2, 33) for v in row)
    converted = recalculate([path, plain], tmp_path / "out")
    for p in (path, plain):
        recalculated = _helper(converted[p], 2, 33)
        assert recalculated == cached[p], p.name
    assert [row[2] for row in cached[path][:6]] == [206, 213, "#N/A", "#N/A", 260, 266]


def _strip_helper_values(path: Path) -> None:
    with zipfile.ZipFile(path) as zf:
        entries = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, body in entries:
            if info.filename == "xl/worksheets/sheet11.xml":
                body = re.sub(
                    rb'(<c r="[UVW]\d+"[^>]*?)( t="e")?(><f>[^<]*</f>)<v>[^<]*</v>',
                    rb"\1\3",
                    body,
                )
            zf.writestr(info, body)


def test_text_in_the_table_leaves_the_helper_to_excel(tmp_path: Path, standards: Standards) -> None:
    """A value the formulas' Python twin cannot follow (text in End): no cached values, and
    Excel is asked to calculate on open; the note says so."""
    path = decorated_v1(tmp_path / "text.xlsx", standards, raw_cells={("Iterations", "C3"): "TBD"})
    result = upgrade_file(path, standards, mode="in_place")
    assert result.status == "upgraded"
    assert any("no cached values" in n for n in result.notes)
    data = parts(path)
    assert b'fullCalcOnLoad="1"' in data["xl/workbook.xml"]
    assert re.search(rb'<c r="U2"[^>]*><f>[^<]*</f></c>', data["xl/worksheets/sheet11.xml"])
    assert problems(path) == []


def test_a_pm_column_format_spanning_the_helper_columns_is_split_around_them() -> None:
    from addin.upgrade.burnup_part import _hide_columns
    from addin.upgrade.sheet_xml import SheetXml

    sheet = SheetXml(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>'
        '<col min="1" max="7" width="12" customWidth="1"/>'
        '<col min="8" max="16384" width="9" style="4" customWidth="1"/></cols>'
        "<sheetData/></worksheet>"
    )
    template = '<col min="21" max="23" width="12.7109375" hidden="1" customWidth="1"/>'
    _hide_columns(sheet, template, 3)
    cols = re.findall(r"<col\b[^>]*/>", sheet.text)
    assert cols == [
        '<col min="1" max="7" width="12" customWidth="1"/>',
        '<col min="8" max="20" width="9" style="4" customWidth="1"/>',
        template,
        '<col min="24" max="16384" width="9" style="4" customWidth="1"/>',
    ]
