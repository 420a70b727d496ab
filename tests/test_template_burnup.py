"""The Iterations sheet's burn-up chart (SPEC 16): a native scatter chart of completed
points (cumulative) against total scope, over a hidden block of formulas whose cached
values equal what LibreOffice computes when it recalculates them."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sprint_history import sprint_history

from addin.check import check_file
from addin.models import ProjectData, ProjectHeader
from addin.standards import default_standards
from addin.templates import build_project_workbook, write_project_workbook

ROWS = [
    (30, 28, 2, 250),
    (30, 30, 0, 220),
    (32, 29, 3, 194),
    (30, 27, 20, 190),
    (30, None, 0, None),
]


def _project() -> ProjectData:
    iterations = sprint_history(ROWS)
    header = ProjectHeader(project_id="PRJ-0042", delivery_method="Agile", stage="Delivery")
    return ProjectData(header=header, iterations=iterations)


#: (End, cumulative completed, total scope): the last sprint has not ended (no points yet)
EXPECTED = [
    (date(2026, 8, 23), 28, 278),
    (date(2026, 9, 6), 58, 278),
    (date(2026, 9, 20), 87, 281),
    (date(2026, 10, 4), 114, 304),
    (None, None, None),
]


def _helper(path: Path) -> list[tuple[object, object, object]]:
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Iterations"]
    rows = [
        tuple(c.value for c in row)
        for row in ws.iter_rows(min_row=2, max_row=6, min_col=21, max_col=23)
    ]
    wb.close()

    def day(v: object) -> object:
        return v.date() if hasattr(v, "date") else v

    return [tuple(None if v == "#N/A" else day(v) for v in row) for row in rows]


def _chart_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        return "".join(z.read(n).decode() for n in charts)


def test_the_chart_plots_cumulative_completed_and_total_scope(tmp_path: Path) -> None:
    path = build_project_workbook(tmp_path / "p.xlsx", default_standards(), _project())
    xml = _chart_xml(path)
    assert "<c:scatterChart>" in xml and "Burn-up: completed against total scope" in xml
    assert re.findall(r"<c:f>([^<]+)</c:f>", xml)[:4] == [
        "'Iterations'!$U$2:$U$32",  # End dates of 5 rows + 26 spare
        "'Iterations'!$V$2:$V$32",
        "'Iterations'!$U$2:$U$32",
        "'Iterations'!$W$2:$W$32",
    ]
    assert "Completed (cumulative)" in xml and "Total scope" in xml
    assert _helper(path) == EXPECTED  # the cached values


def test_libreoffice_recalculates_the_same_values(tmp_path: Path) -> None:
    from addin.libreoffice import recalculate, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed: cannot recalculate the chart data")
    path = write_project_workbook(
        tmp_path / "src" / "p.xlsx", default_standards(), _project(), cache_values=False
    )
    assert _helper(path)[0][1:] == (0, 0)  # nothing cached: the values below are LibreOffice's
    converted = recalculate([path], tmp_path / "out")[path]
    assert _helper(converted) == EXPECTED


def test_the_empty_template_has_the_chart_and_the_chart_adds_no_finding(tmp_path: Path) -> None:
    standards = default_standards()
    empty = build_project_workbook(tmp_path / "t.xlsx", standards)
    assert "<c:scatterChart>" in _chart_xml(empty)
    filled = build_project_workbook(tmp_path / "p.xlsx", standards, _project())
    report = check_file(filled, standards, date(2026, 10, 10))
    assert [f.code for f in report.findings if f.sheet == "Iterations"] == []


def test_the_guide_names_the_agile_checks_with_the_standards_thresholds(tmp_path: Path) -> None:
    from addin.standards import standards_from_text

    standards = standards_from_text("[agile]\nsay_do_threshold = 0.8\nlate_threshold_days = 21\n")
    book = openpyxl.load_workbook(build_project_workbook(tmp_path / "t.xlsx", standards))
    text = " ".join(str(c.value) for row in book["Guide"].iter_rows() for c in row if c.value)
    book.close()
    assert "say/do (completed / committed) at least 0.8" in text
    assert "no more than 21 days after the Planned End Date" in text
