"""End to end: a folder of good, ad-hoc and hostile files gives a roll-up whose figures
equal those computed independently from the inputs, and every bad file is named."""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from consolidate_inputs import AS_OF, make_project, project_id

from addin.consolidate import ConsolidationResult, consolidate_folder, format_summary
from addin.consolidate.parse import ABORT_HOOK, HANG_HOOK
from addin.models import ProjectData
from addin.standards import Standards, default_standards

N = 5
RAID = 30
MONTHS = 12
INJECTED = ['=HYPERLINK("http://evil.example","click")', "+1+2", "@SUM(A1:A9)", "-3+cmd"]


def _projects() -> dict[str, ProjectData]:
    projects = {}
    for i in range(1, N + 1):
        project = make_project(i, N, raid=RAID, months=MONTHS)
        if i == 3:  # hostile text inside a good workbook
            for risk, text in zip(project.risks, INJECTED, strict=False):
                risk.title = text
            project.risks[-1].description = "Bell\x07 and escape\x1b[31m red"
        projects[f"{project_id(i)}.xlsx"] = project
    return projects


def _xlsx_bytes(folder: Path, name: str, text: str = "x") -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Sheet"  # type: ignore[union-attr]
    wb.active["A1"] = text  # type: ignore[index]
    path = folder / name
    wb.save(path)
    return path


def _hostile(folder: Path, good: Path) -> dict[str, str]:
    """Hostile and odd files; name -> a word the Load Report reason must contain."""
    expect: dict[str, str] = {}
    (folder / "old-format.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    expect["old-format.xlsx"] = "rejected"
    data = good.read_bytes()
    (folder / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    expect["truncated.xlsx"] = "rejected"
    (folder / "prices.xlsx").write_text("Project,Budget\nA,100\nB,200\n", encoding="utf-8")
    expect["prices.xlsx"] = "rejected"
    bomb = folder / "bomb.xlsx"
    shutil.copy(good, bomb)
    with zipfile.ZipFile(bomb, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/media/padding.bin", b"\x00" * (24 * 1024 * 1024))
    expect["bomb.xlsx"] = "zip bomb"
    doctype = folder / "doctype.xlsx"
    src = _xlsx_bytes(folder, "plain-for-doctype.xlsx")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(doctype, "w") as zout:
        for item in zin.infolist():
            body = zin.read(item)
            if item.filename == "xl/workbook.xml":
                body = body.replace(b"?>", b'?><!DOCTYPE lol [<!ENTITY lol "lol">]>', 1)
            zout.writestr(item, body)
    src.unlink()
    expect["doctype.xlsx"] = "DOCTYPE"
    import xlsxwriter

    corner = xlsxwriter.Workbook(str(folder / "last-cell.xlsx"))
    sheet = corner.add_worksheet("Data")
    sheet.write_string(0, 0, "top")
    sheet.write_string(1_048_575, 16_383, "XFD1048576")  # calamine aborts on this
    corner.close()
    expect["last-cell.xlsx"] = "too large"
    (folder / "~$PRJ-0001.xlsx").write_bytes(b"\x08lock" + b"\x00" * 100)
    expect["~$PRJ-0001.xlsx"] = "lock file"
    (folder / "notes.txt").write_text("minutes", encoding="utf-8")
    expect["notes.txt"] = "not a workbook"
    (folder / "report.pdf").write_bytes(b"%PDF-1.4\n%...")
    expect["report.pdf"] = "not a workbook"
    _xlsx_bytes(folder, "ad-hoc-risks.xlsx", "Risk log (our own layout)")
    expect["ad-hoc-risks.xlsx"] = "pmo adopt"
    shutil.copy(good, folder / "crash-me.xlsx")
    expect["crash-me.xlsx"] = "SIGABRT"
    shutil.copy(good, folder / "hang-me.xlsx")
    expect["hang-me.xlsx"] = "longer than 4 s"
    return expect


@dataclass
class Run:
    folder: Path
    out: Path
    projects: dict[str, ProjectData]
    expect: dict[str, str]
    hashes_before: dict[str, str]
    result: ConsolidationResult
    standards: Standards


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    from addin.templates import build_project_workbook

    standards = default_standards()
    root = tmp_path_factory.mktemp("consolidate")
    folder = root / "portfolio"
    folder.mkdir()
    projects = _projects()
    for name, project in projects.items():
        build_project_workbook(folder / name, standards, project)
    # An older copy of PRJ-0002 in a sub-folder: a duplicate Project ID.
    old = make_project(2, N, raid=RAID, months=MONTHS)
    assert old.header.report_date is not None
    old.header.report_date = date(2026, 1, 31)
    (folder / "archive").mkdir()
    build_project_workbook(folder / "archive" / "PRJ-0002-january.xlsx", standards, old)
    expect = _hostile(folder, folder / "PRJ-0001.xlsx")
    expect["archive/PRJ-0002-january.xlsx"] = "duplicate Project ID PRJ-0002"
    hashes = _hashes(folder)
    out = root / "rollup" / "portfolio-rollup.xlsx"
    saved = {k: os.environ.get(k) for k in (ABORT_HOOK, HANG_HOOK, "PMO_STATE_DIR")}
    os.environ[ABORT_HOOK] = "crash-me.xlsx"
    os.environ[HANG_HOOK] = "hang-me.xlsx"
    os.environ["PMO_STATE_DIR"] = str(root / "state")
    try:
        result = consolidate_folder(folder, out, standards, AS_OF, jobs=2, timeout=4)
        yield Run(folder, out, projects, expect, hashes, result, standards)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _sheet(path: Path, name: str) -> list[dict[str, Any]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()
    header = [str(h) for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:] if any(v is not None for v in r)]


# -- independent expectations (plain Python over the inputs) -----------------------------

CLOSED = {
    "risks": {"Closed"},
    "assumptions": {"Closed", "Validated", "Invalid"},
    "issues": {"Closed", "Resolved"},
    "dependencies": {"Closed", "Delivered"},
    "milestones": {"Complete", "Closed"},
}
DUE = {
    "risks": "due_date",
    "assumptions": "validate_by",
    "issues": "due_date",
    "dependencies": "need_by",
    "milestones": "forecast_date",
}


def _expected(project: ProjectData, standards: Standards) -> dict[str, Any]:
    report = project.header.report_date
    assert report is not None
    report_month = (report.year, report.month)
    bac = sum(line.budget or 0 for line in project.finance)
    actual = sum(
        line.actual or 0
        for line in project.finance
        if line.month and (line.month.year, line.month.month) <= report_month
    )
    etc = sum(
        line.forecast or 0
        for line in project.finance
        if line.month and (line.month.year, line.month.month) > report_month
    )
    bands = {b.name: (b.min, b.max) for b in standards.score_bands}
    open_by_rating = dict.fromkeys(bands, 0)
    for risk in project.risks:
        if risk.status in CLOSED["risks"]:
            continue
        score = (risk.probability or 0) * (risk.impact or 0)
        for name, (lo, hi) in bands.items():
            if lo <= score <= hi:
                open_by_rating[name] += 1
    overdue = 0
    for key, field in DUE.items():
        for item in project.items(key):
            due = getattr(item, field)
            if getattr(item, "status", None) not in CLOSED[key] and due and due < AS_OF:
                overdue += 1
    return {
        "bac": bac,
        "actual": actual,
        "eac": actual + etc,
        "open_by_rating": open_by_rating,
        "open_issues": sum(1 for i in project.issues if i.status not in CLOSED["issues"]),
        "overdue": overdue,
    }


def test_project_figures_equal_an_independent_computation(run: Run) -> None:
    rows = {r["Project ID"]: r for r in _sheet(run.out, "Projects")}
    assert sorted(rows) == [project_id(i) for i in range(1, N + 1)]
    for name, project in run.projects.items():
        want = _expected(project, run.standards)
        row = rows[project.header.project_id]
        assert row["Source File"] == name
        assert row["Budget (BAC)"] == pytest.approx(want["bac"])
        assert row["Actual to Date"] == pytest.approx(want["actual"])
        assert row["EAC"] == pytest.approx(want["eac"])
        assert row["VAC"] == pytest.approx(want["bac"] - want["eac"])
        assert row["VAC %"] == pytest.approx((want["bac"] - want["eac"]) / want["bac"])
        for rating, count in want["open_by_rating"].items():
            assert row[f"Open {rating} Risks"] == count, (name, rating)
        assert row["Open Issues"] == want["open_issues"]
        assert row["Overdue Items"] == want["overdue"]
        assert row["Report Date"].date() == project.header.report_date


def test_portfolio_totals_on_summary_and_in_result(run: Run) -> None:
    wants = [_expected(p, run.standards) for p in run.projects.values()]
    bac = sum(w["bac"] for w in wants)
    eac = sum(w["eac"] for w in wants)
    totals = run.result.totals
    assert totals["bac"] == pytest.approx(bac)
    assert totals["eac"] == pytest.approx(eac)
    assert totals["overdue_items"] == sum(w["overdue"] for w in wants)
    assert totals["open_risks"]["Critical"] == sum(w["open_by_rating"]["Critical"] for w in wants)
    wb = openpyxl.load_workbook(run.out, read_only=True, data_only=True)
    measures = {
        r[0]: r[1] for r in wb["Summary"].iter_rows(min_row=5, max_col=2, values_only=True) if r[0]
    }
    wb.close()
    assert measures["Budget (BAC)"] == pytest.approx(bac)
    assert measures["Estimate at completion (EAC)"] == pytest.approx(eac)
    assert measures["Projects in the roll-up"] == N
    # The month view sums to the same portfolio figures.
    months = _month_view(run.out)
    assert sum(m["Budget"] for m in months) == pytest.approx(bac)
    assert sum(m["EAC Basis"] for m in months) == pytest.approx(eac)


def _month_view(path: Path) -> list[dict[str, Any]]:
    wb = openpyxl.load_workbook(path, read_only=False)
    ws = wb["Finance"]
    ref = ws.tables["tblFinanceByMonth"].ref
    rows = [[c.value for c in row] for row in ws[ref]]
    wb.close()
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_every_register_item_is_in_the_rollup_with_its_source(run: Run) -> None:
    risks = _sheet(run.out, "Risks")
    assert len(risks) == sum(len(p.risks) for p in run.projects.values())
    first = next(r for r in risks if r["Project ID"] == "PRJ-0001" and r["ID"] == "R-001")
    source = run.projects["PRJ-0001.xlsx"].risks[0]
    assert first["Title"] == source.title
    assert first["Score"] == (source.probability or 0) * (source.impact or 0)
    assert first["Source File"] == "PRJ-0001.xlsx"
    assert str(first["Source Cell"]).startswith("Risks!A")
    finance = _sheet(run.out, "Finance")
    assert sum(1 for r in finance if r["Project ID"]) == sum(
        len(p.finance) for p in run.projects.values()
    )


def test_every_bad_file_is_named_in_the_load_report_with_its_reason(run: Run) -> None:
    report = {r["File"]: r for r in _sheet(run.out, "Load Report")}
    for name, word in run.expect.items():
        assert name in report, f"{name} missing from the Load Report"
        row = report[name]
        text = f"{row['Status']} {row['Reason']}"
        assert word.casefold() in text.casefold(), (name, text)
        assert row["Used In Roll-up"] == "N"
    assert report["truncated.xlsx"]["Status"] == "rejected"
    assert report["~$PRJ-0001.xlsx"]["Status"] == "skipped"
    assert report["notes.txt"]["Status"] == "skipped"
    assert report["crash-me.xlsx"]["Status"] == "rejected"
    assert report["hang-me.xlsx"]["Status"] == "rejected"
    assert report["PRJ-0002.xlsx"]["Used In Roll-up"] == "Y"
    assert "duplicate Project ID PRJ-0002" in report["PRJ-0002.xlsx"]["Reason"]
    assert "report date" in report["archive/PRJ-0002-january.xlsx"]["Reason"]
    assert run.result.rejected == sum(1 for r in report.values() if r["Status"] == "rejected")
    assert run.result.errors_found
    summary = format_summary(run.result)
    assert "crash-me.xlsx" in summary and str(run.out) in summary


def test_sources_are_unchanged(run: Run) -> None:
    assert _hashes(run.folder) == run.hashes_before


def test_manifest_lists_the_inputs_with_their_hashes(run: Run) -> None:
    wb = openpyxl.load_workbook(run.out)
    ws = wb["Manifest"]
    ref = ws.tables["tblManifestInputs"].ref
    rows = [[c.value for c in row] for row in ws[ref]][1:]
    facts = {r[0]: r[1] for r in ws.iter_rows(min_row=2, max_row=10, max_col=2, values_only=True)}
    wb.close()
    listed = {r[0]: r[1] for r in rows}
    for name, digest in run.hashes_before.items():
        if listed.get(name):
            assert listed[name] == digest
    assert listed["PRJ-0001.xlsx"] == run.hashes_before["PRJ-0001.xlsx"]
    assert facts["As-of date"] == AS_OF.isoformat()
    assert facts["Standards version"] == run.standards.version


#: Sheets that are live models (SPEC 13): their formulas are the tool's own, over input
#: cells; their source text is checked in tests/test_prioritise_sheet.py.
LIVE_MODEL_SHEETS = {"Prioritisation"}


def test_source_text_is_text_never_a_formula(run: Run) -> None:
    names = _sheet_names(run.out)
    live = {f"xl/worksheets/sheet{i}.xml" for i, n in enumerate(names, 1) if n in LIVE_MODEL_SHEETS}
    with zipfile.ZipFile(run.out) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet") and name not in live:
                assert b"<f>" not in zf.read(name), name
                assert b"<f " not in zf.read(name), name
    titles = {r["Title"] for r in _sheet(run.out, "Risks") if r["Project ID"] == "PRJ-0003"}
    for text in INJECTED:
        assert text in titles
    descriptions = {r["Description"] for r in _sheet(run.out, "Risks")}
    assert "Bell and escape[31m red" in descriptions


def _sheet_names(path: Path) -> list[str]:
    from python_calamine import CalamineWorkbook

    return list(CalamineWorkbook.from_path(str(path)).sheet_names)


def test_rollup_reads_back_with_calamine(run: Run) -> None:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(run.out))
    assert wb.sheet_names[:3] == ["Summary", "Projects", "Risks"]
    for name in ("Dependencies Map", "Findings", "Load Report", "Manifest"):
        assert name in wb.sheet_names
    projects = wb.get_sheet_by_name("Projects").to_python()
    assert len(projects) == N + 1


def test_second_run_takes_unchanged_files_from_the_cache(run: Run, tmp_path: Path) -> None:
    os.environ["PMO_STATE_DIR"] = str(tmp_path / "state")
    # The same user (the same cache-signing key as the first run), another state folder.
    os.environ["PMO_CACHE_KEY_FILE"] = str(run.out.parent.parent / "state" / "cache.key")
    try:
        # Same folder beside the roll-up (so the same cache); another name, so the other
        # tests still see the first roll-up.
        again_out = run.out.with_name("again.xlsx")
        again = consolidate_folder(run.folder, again_out, run.standards, AS_OF, jobs=2)
    finally:
        os.environ.pop("PMO_STATE_DIR", None)
        os.environ.pop("PMO_CACHE_KEY_FILE", None)
    # Nothing changed, so nothing is parsed (crash-me.xlsx has PRJ-0001's bytes: cached).
    assert run.result.parsed > 0
    assert again.parsed == 0
    assert again.from_cache == run.result.parsed + run.result.from_cache
    assert again.totals["bac"] == pytest.approx(run.result.totals["bac"])
    assert _hashes(run.folder) == run.hashes_before


def test_dependencies_map_matches_inbound_to_outbound(run: Run) -> None:
    rows = _sheet(run.out, "Dependencies Map")
    pairs = [r for r in rows if r["Counterparty Dependency ID"]]
    assert pairs, "no dependency was matched"
    for r in pairs:
        assert r["Direction"] == "Inbound"
    late = [r for r in rows if r["Match"] == "Committed after need-by"]
    # Project 1 commits 14 days late to project 5 (its inbound is the one flagged).
    assert [(r["Project ID"], r["Counterparty Project ID"]) for r in late] == [
        ("PRJ-0005", "PRJ-0001")
    ]
    assert late[0]["Slack Days"] == -14
    external = [r for r in rows if r["Counterparty Project ID"] == "EXT-SUPPLIER"]
    assert all(r["Match"] == "Counterparty not in roll-up" for r in external)


def test_each_rejected_file_has_one_finding_with_its_code(run: Run) -> None:
    findings = _sheet(run.out, "Findings")
    codes = {f["File"]: f["Code"] for f in findings if str(f["Code"]).startswith("PORT-")}
    assert codes["ad-hoc-risks.xlsx"] == "PORT-NOT-STANDARD"
    assert codes["bomb.xlsx"] == "PORT-REJECTED"
    assert codes["crash-me.xlsx"] == "PORT-REJECTED"
    assert codes["archive/PRJ-0002-january.xlsx"] == "PORT-DUPLICATE-ID"
    assert codes["PRJ-0002.xlsx"] in ("PORT-DUPLICATE-ID", "PORT-DEP-DATES", "PORT-DEP-UNMATCHED")
    per_file = [f["File"] for f in findings if f["Code"] in ("PORT-REJECTED", "PORT-NOT-STANDARD")]
    assert len(per_file) == len(set(per_file))
