"""Status reports: the same numbers as the roll-up, print-ready pages, sources untouched."""

from __future__ import annotations

import hashlib
import json
import math
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.demo import generate_portfolio
from addin.report import read_rollup, report_for_file
from addin.report.document import write_reports
from addin.standards import Standards

AS_OF = date(2026, 11, 30)
FIGURES = (
    "Budget (BAC)",
    "Actual to Date",
    "ETC",
    "EAC",
    "VAC",
    "VAC %",
    "Open Critical Risks",
    "Open High Risks",
    "Open Issues",
    "Overdue Items",
    "Next Milestone",
    "Next Milestone Date",
    "Next Milestone Slippage Days",
    "Overall RAG",
    "Sponsor",
    "Status Summary",
)


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from addin.standards import default_standards

    root = tmp_path_factory.mktemp("report")
    folder = root / "portfolio"
    generate_portfolio(folder, default_standards(), AS_OF, projects=6, legacy=False, hostile=False)
    rollup = root / "rollup.xlsx"
    consolidate_folder(folder, rollup, default_standards(), AS_OF, jobs=1, use_cache=False)
    return folder, rollup


def _projects_sheet(rollup: Path) -> list[dict[str, object]]:
    """The roll-up's Projects rows, read with openpyxl (not the report's own reader)."""
    wb = openpyxl.load_workbook(rollup, read_only=True, data_only=True)
    rows = list(wb["Projects"].iter_rows(values_only=True))
    wb.close()
    headers = [str(h) for h in rows[0]]
    return [dict(zip(headers, r, strict=False)) for r in rows[1:]]


def _same(a: object, b: object) -> bool:
    a, b = (v.date() if isinstance(v, datetime) else v for v in (a, b))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
    return (a or None) == (b or None)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_report_shows_the_rollups_numbers_for_the_same_project_and_as_of(
    portfolio: tuple[Path, Path], standards: Standards
) -> None:
    folder, rollup = portfolio
    rows = _projects_sheet(rollup)
    assert len(rows) >= 5
    for row in rows:
        source = folder / str(row["Source File"])
        before = _sha(source)
        made = report_for_file(source, standards, AS_OF)
        assert made.report is not None, made.problem
        report = made.report
        for header in FIGURES:
            assert _same(report.project.get(header), row.get(header)), (
                f"{row['Project ID']} {header}: report {report.project.get(header)!r}, "
                f"roll-up {row.get(header)!r}"
            )
        # the chart's lines end at the roll-up's BAC and EAC
        if report.months:
            assert math.isclose(report.months[-1].budget, float(row["Budget (BAC)"]), abs_tol=1e-6)
            assert math.isclose(report.months[-1].forecast, float(row["EAC"]), abs_tol=1e-6)
        assert _sha(source) == before  # the source is only read


def test_the_pack_read_from_the_rollup_agrees_with_each_workbooks_own_report(
    portfolio: tuple[Path, Path], standards: Standards
) -> None:
    folder, rollup = portfolio
    content = read_rollup(rollup, standards)
    assert content.as_of == AS_OF  # the roll-up's own as-of date, from its Manifest
    # its figures were computed for that date, so another --as-of does not relabel them
    assert read_rollup(rollup, standards, date(2030, 1, 1)).as_of == AS_OF
    assert [t[0] for t in content.totals][:2] == ["Projects in the roll-up", "Files found"]
    for from_rollup in content.reports:
        source = folder / from_rollup.project["Source File"]
        own = report_for_file(source, standards, AS_OF).report
        assert own is not None
        a, b = own.to_json(), from_rollup.to_json()
        for key in ("bac", "actual_to_date", "eac", "vac", "rag", "next_milestones", "top_risks"):
            assert json.dumps(a[key], sort_keys=True) == json.dumps(b[key], sort_keys=True), key
        assert a["top_issues"] == b["top_issues"]
        # consolidation may add findings (duplicate IDs, dependency mismatches), never fewer
        assert sum(b["open_findings"].values()) >= sum(a["open_findings"].values())
        # the chart: the payload's month sums (file) and the roll-up's Finance rows agree
        assert own.months == from_rollup.months


def test_the_page_is_a4_landscape_on_one_page_with_the_figures_shown(
    portfolio: tuple[Path, Path], standards: Standards, tmp_path: Path
) -> None:
    folder, rollup = portfolio
    row = _projects_sheet(rollup)[0]
    report = report_for_file(folder / str(row["Source File"]), standards, AS_OF).report
    assert report is not None
    out = write_reports(tmp_path / "one.xlsx", [report], standards)
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == "9"  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    # 1 page wide, 1 tall: 1 is OOXML's default, which XlsxWriter leaves out of the file
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight in (None, 1)
    assert ws.print_area
    below = {
        ws.cell(r, c).value: ws.cell(r + 1, c).value
        for r in range(1, 40)
        for c in range(1, 15)
        if isinstance(ws.cell(r, c).value, str)
    }
    assert math.isclose(below["Budget (BAC)"], float(row["Budget (BAC)"]))
    assert math.isclose(below["EAC"], float(row["EAC"]))
    assert below["Overall"] == row["Overall RAG"]
    assert ws._charts, "the finance chart is a native chart"
    values = [c.value for line in ws.iter_rows() for c in line]
    assert f"{report.name} ({report.project_id})" in values


def test_cli_writes_reports_keeps_going_past_a_bad_file_and_says_why(
    portfolio: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = portfolio
    good = sorted(folder.rglob("PRJ-*.xlsx"))[0]
    bad = tmp_path / "notes.xlsx"
    bad.write_text("not a workbook", "utf-8")
    before = _sha(good)
    code = main(
        [
            "report",
            str(bad),
            str(good),
            "--out",
            str(tmp_path / "out"),
            "--as-of",
            "2026-11-30",
            "--json",
        ]
    )
    document = json.loads(capsys.readouterr().out)
    assert code == 2  # one input could not be read
    statuses = {Path(r["source"]).name: r for r in document["reports"]}
    assert statuses["notes.xlsx"]["status"] == "unreadable"
    assert "text" in statuses["notes.xlsx"]["reason"].lower()
    written = statuses[good.name]
    assert written["status"] == "written" and Path(written["xlsx"]).is_file()
    assert written["report"]["as_of"] == "2026-11-30"
    assert _sha(good) == before


def test_pack_of_something_that_is_not_a_rollup_is_refused_plainly(
    portfolio: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = portfolio
    project = sorted(folder.rglob("PRJ-*.xlsx"))[0]
    code = main(["report", str(project), "--pack", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2
    assert str(project) in err and "not a roll-up" in err and "pmo consolidate" in err
    assert list(tmp_path.iterdir()) == []


def test_without_libreoffice_the_xlsx_is_still_written_and_the_note_says_how_to_get_it(
    portfolio: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import addin.libreoffice

    _, rollup = portfolio
    monkeypatch.setattr(addin.libreoffice, "soffice_path", lambda: None)
    code = main(
        ["report", str(rollup), "--pack", "--format", "pdf", "--out", str(tmp_path), "--json"]
    )
    document = json.loads(capsys.readouterr().out)
    assert code == 1  # written; the demo's planted defects are errors in the data
    assert Path(document["pack"]["xlsx"]).is_file()
    assert document["pack"]["pdf"] is None
    assert "apt-get install" in document["pdf_note"] and "xlsx" in document["pdf_note"]


def test_a_rollup_given_without_pack_gives_a_report_per_project(
    portfolio: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, rollup = portfolio
    rows = _projects_sheet(rollup)
    code = main(["report", str(rollup), "--out", str(tmp_path), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1  # written; the demo's planted defects are errors in the data
    written = document["reports"]
    assert len(written) == len(rows) == len(list(tmp_path.glob("*-status-report.xlsx")))
    by_source = {w["report"]["source"].split(" > ")[-1]: w["report"] for w in written}
    for row in rows:
        report = by_source[str(row["Source File"])]
        assert math.isclose(report["eac"], float(row["EAC"]))  # type: ignore[arg-type]
        assert report["as_of"] == AS_OF.isoformat()
