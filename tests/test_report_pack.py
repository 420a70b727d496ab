"""The portfolio pack (LibreOffice prints it: one page per project plus the portfolio
page) and the feedback workbooks, made by `pmo consolidate --pack --feedback`."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from addin.cli import main
from addin.demo import generate_portfolio
from addin.libreoffice import soffice_available
from addin.report.pdf import pdf_page_count
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def consolidated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("pack")
    folder = root / "portfolio"
    manifest = generate_portfolio(
        folder, default_standards(), AS_OF, projects=8, legacy=False, hostile=False
    )
    hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*.xlsx")}
    code = main(
        [
            "consolidate",
            str(folder),
            "--out",
            str(root / "rollup.xlsx"),
            "--as-of",
            AS_OF.isoformat(),
            "--jobs",
            "1",
            "--pack",
            str(root / "pack.xlsx"),
            "--feedback",
            str(root / "feedback"),
        ]
    )
    return {"root": root, "folder": folder, "manifest": manifest, "hashes": hashes, "code": code}


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = list(wb[sheet].iter_rows(values_only=True))
    wb.close()
    return [dict(zip([str(h) for h in rows[0]], r, strict=False)) for r in rows[1:]]


def test_consolidate_writes_the_pack_and_feedback_and_leaves_the_sources_alone(
    consolidated: dict[str, object],
) -> None:
    root = consolidated["root"]
    assert isinstance(root, Path)
    assert consolidated["code"] in (0, 1)  # the demo's planted defects are data errors
    projects = _rows(root / "rollup.xlsx", "Projects")
    wb = openpyxl.load_workbook(root / "pack.xlsx")
    assert wb.sheetnames[0] == "Portfolio"
    assert len(wb.sheetnames) == len(projects) + 1
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.print_area
    hashes = consolidated["hashes"]
    assert isinstance(hashes, dict)
    for path, digest in hashes.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, path
    feedback = sorted((root / "feedback").glob("*-feedback.xlsx"))
    left_out = [
        e
        for e in _rows(root / "rollup.xlsx", "Load Report")
        if str(e["Reason"] or "").startswith("duplicate Project ID") and e["Status"] == "skipped"
    ]
    assert left_out, "the demo plants a duplicate Project ID"
    assert len(feedback) == len(projects) + len(left_out)  # the left-out copy hears it too


def test_pack_pages_follow_portfolio_then_rag(consolidated: dict[str, object]) -> None:
    root = consolidated["root"]
    assert isinstance(root, Path)
    projects = {str(p["Project ID"] or ""): p for p in _rows(root / "rollup.xlsx", "Projects")}
    wb = openpyxl.load_workbook(root / "pack.xlsx")
    order = []
    for ws in wb.worksheets[1:]:
        title = str(ws["A1"].value)
        match = re.search(r"\(([^()]*)\)$", title)
        assert match, title
        project = projects[match.group(1)]
        rag = {"Red": 0, "Amber": 1, "Green": 2}.get(str(project["Overall RAG"]), 3)
        order.append((str(project["Portfolio"] or "\uffff").casefold(), rag))
    assert order == sorted(order)


def test_feedback_shows_dependency_mismatches_with_the_counterpartys_own_dates(
    consolidated: dict[str, object],
) -> None:
    root = consolidated["root"]
    assert isinstance(root, Path)
    flagged = [
        m for m in _rows(root / "rollup.xlsx", "Dependencies Map") if m["Match"] != "Matched"
    ]
    with_counterparty = [m for m in flagged if m["Counterparty Dependency ID"]]
    assert with_counterparty, "the demo plants dependency mismatches between projects"
    m = with_counterparty[0]
    book = root / "feedback" / f"{m['Project ID']}-feedback.xlsx"
    ws = openpyxl.load_workbook(book)["Feedback"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in cells if r[0] == "Dependency ID")
    shown = [dict(zip(header, r, strict=False)) for r in cells if r[0] == m["Dependency ID"]]
    assert shown, f"{book.name} does not list {m['Dependency ID']}"
    row = shown[0]
    assert row["Counterparty Project ID"] == m["Counterparty Project ID"]
    assert row["Counterparty Need By"] == m["Counterparty Need By"]
    assert row["Counterparty Committed Date"] == m["Counterparty Committed Date"]
    assert row["Match"] == m["Match"]
    # and the counterparty's team sees it from its side
    other = root / "feedback" / f"{m['Counterparty Project ID']}-feedback.xlsx"
    other_cells = [
        c.value for r in openpyxl.load_workbook(other)["Feedback"].iter_rows() for c in r
    ]
    assert m["Dependency ID"] in other_cells


def test_feedback_gives_the_quality_score_against_the_portfolio_median(
    consolidated: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    root = consolidated["root"]
    assert isinstance(root, Path)
    projects = _rows(root / "rollup.xlsx", "Projects")
    scores = sorted(float(p["Data Quality Score"]) for p in projects)  # type: ignore[arg-type]
    n = len(scores)
    median = scores[n // 2] if n % 2 else (scores[n // 2 - 1] + scores[n // 2]) / 2
    code = main(["report", str(root / "rollup.xlsx"), "--feedback", str(root / "fb2"), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    by_id = {f["project_id"]: f for f in document["feedback"] if f["in_rollup"]}
    left_out = [f for f in document["feedback"] if not f["in_rollup"]]
    assert left_out and all(f["duplicate_ids"] >= 1 for f in left_out)
    for p in projects:
        entry = by_id[p["Project ID"] or ""]
        assert entry["portfolio_median_quality"] == median
        assert entry["data_quality"] == p["Data Quality Score"]
        findings = sum(
            1 for f in _rows(root / "rollup.xlsx", "Findings") if f["File"] == p["Source File"]
        )
        assert entry["findings"] == findings


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_prints_the_pack_one_page_per_project_plus_the_portfolio_page(
    consolidated: dict[str, object], tmp_path: Path
) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed; apt-get install libreoffice-calc")
    root = consolidated["root"]
    assert isinstance(root, Path)
    projects = _rows(root / "rollup.xlsx", "Projects")
    code = main(
        ["report", str(root / "rollup.xlsx"), "--pack", "--format", "pdf", "--out", str(tmp_path)]
    )
    assert code == 1  # written; the demo's planted defects are errors in the data
    pdf = tmp_path / "rollup-pack.pdf"
    data = pdf.read_bytes()
    assert pdf_page_count(pdf) == len(projects) + 1
    # every page A4 landscape (842 x 595 points)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert boxes and all(abs(float(w) - 841.9) < 1 and abs(float(h) - 595.3) < 1 for w, h in boxes)


def test_agile_figures_on_the_page_are_the_agile_sheets_and_the_workbooks(
    consolidated: dict[str, object], tmp_path: Path
) -> None:
    """An agile project's page shows the roll-up's Agile sheet figures; its page made from
    the workbook itself shows the same figures (one agile core)."""
    from addin.report import read_rollup
    from addin.standards import default_standards

    root, folder = consolidated["root"], consolidated["folder"]
    assert isinstance(root, Path) and isinstance(folder, Path)
    sheet = openpyxl.load_workbook(root / "rollup.xlsx", read_only=True)["Agile"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r and r[0] == "Project ID")
    header = rows[at]
    agile_rows = [dict(zip(header, r, strict=False)) for r in rows[at + 1 :] if r and r[0]]
    with_velocity = [r for r in agile_rows if isinstance(r.get("Velocity"), int | float)]
    assert with_velocity, "the demo portfolio has agile projects with ended sprints"
    expected = with_velocity[0]
    content = read_rollup(root / "rollup.xlsx", default_standards())
    page = next(r for r in content.reports if r.project_id == expected["Project ID"])
    assert page.agile is not None
    assert page.agile["Velocity"] == pytest.approx(expected["Velocity"])
    assert page.agile["Say/Do"] == pytest.approx(expected["Say/Do"])
    source = folder / str(expected["Source File"])
    code = main(["report", str(source), "--out", str(tmp_path), "--as-of", str(content.as_of)])
    assert code in (0, 1)
    own = openpyxl.load_workbook(next(tmp_path.glob("*.xlsx")))
    cells = [c.value for ws in own.worksheets for row in ws.iter_rows() for c in row]
    assert "Agile forecast" in cells and expected["Velocity"] in cells


def test_a_changes_sheet_plugs_into_the_pack(
    consolidated: dict[str, object], tmp_path: Path
) -> None:
    """What changed (the roll-up's Changes sheet) on the portfolio page and each project's."""
    from addin.report import read_rollup
    from addin.report.document import pack_order
    from addin.standards import default_standards

    root = consolidated["root"]
    assert isinstance(root, Path)
    copy = tmp_path / "with-changes.xlsx"
    wb = openpyxl.load_workbook(root / "rollup.xlsx")
    projects = [
        dict(zip([c.value for c in wb["Projects"][1]], [c.value for c in row], strict=False))
        for row in wb["Projects"].iter_rows(min_row=2)
    ]
    if "Changes" in wb.sheetnames:  # a first snapshot's Changes sheet says so in one line
        del wb["Changes"]
    changes = wb.create_sheet("Changes")
    changes.append(
        ["Project ID", "Project Name", "Area", "Item ID", "Field", "From", "To", "Delta"]
    )
    changes.append(
        [projects[0]["Project ID"], "x", "RAG", None, "Overall RAG", "Green", "Amber", None]
    )
    changes.append([projects[0]["Project ID"], "x", "Risk", "R-001", "Rating", "Low", "High", None])
    wb.save(copy)
    content = read_rollup(copy, default_standards())
    assert [c["Area"] for c in content.changes] == ["RAG", "Risk"]
    code = main(["report", str(copy), "--pack", "--out", str(tmp_path / "out")])
    assert code == 1  # written; the demo's planted defects are errors in the data
    pack = openpyxl.load_workbook(tmp_path / "out" / "with-changes-pack.xlsx")
    portfolio = [c.value for row in pack["Portfolio"].iter_rows() for c in row]
    assert "2 changes: 1 RAG, 1 Risk" in portfolio
    ordered = [r.project_id for r in pack_order(content.reports)]
    first = pack.worksheets[1 + ordered.index(str(projects[0]["Project ID"] or ""))]
    lines = [c.value for row in first.iter_rows() for c in row]
    assert (
        "2 changes since the last snapshot: Overall RAG Green -> Amber; R-001 Rating Low -> High"
        in lines
    )


def test_check_in_excel_adds_the_portfolio_findings_of_the_known_rollup(
    consolidated: dict[str, object], tmp_path: Path
) -> None:
    import shutil

    from addin.files.filehost import FileHost
    from addin.macros.context import MacroContext
    from addin.macros.registry import run_macro

    root, folder = consolidated["root"], consolidated["folder"]
    assert isinstance(root, Path) and isinstance(folder, Path)
    port = [
        f
        for f in _rows(root / "rollup.xlsx", "Findings")
        if str(f["Code"]).startswith("PORT-DEP-") and f["Project ID"]
    ]
    assert port, "the demo plants dependency mismatches"
    source_rel = str(port[0]["File"])
    expected = sorted(str(f["Code"]) + str(f["Cell"]) for f in port if f["File"] == source_rel)
    source = tmp_path / Path(source_rel).name  # a copy: the checked copy goes beside it
    shutil.copy(folder / source_rel, source)
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    ctx = MacroContext(
        default_standards(),
        AS_OF,
        book=FileHost(source),
        options={"rollup": str(root / "rollup.xlsx")},
    )
    result = run_macro("check", ctx)
    assert result.ok, result.message
    assert f"(incl. {len(expected)} from the last roll-up)" in result.message
    checks = list(openpyxl.load_workbook(result.output)["Checks"].iter_rows(values_only=True))
    shown = sorted(str(r[1]) + str(r[3]) for r in checks[1:] if str(r[1]).startswith("PORT-"))
    assert shown == expected
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    # without a roll-up that read this workbook, nothing is added
    other = MacroContext(
        default_standards(), AS_OF, book=FileHost(source), options={"rollup": str(tmp_path / "x")}
    )
    assert "roll-up" not in run_macro("check", other).message


def test_the_pack_and_feedback_open_in_excel_without_repair(
    consolidated: dict[str, object],
) -> None:
    """Held to the strict OOXML checker every generated workbook passes (excel-files.md)."""
    from ooxml_strict import problems

    root = consolidated["root"]
    assert isinstance(root, Path)
    books = [root / "pack.xlsx", *sorted((root / "feedback").glob("*.xlsx"))]
    assert len(books) > 2
    assert {b.name: problems(b) for b in books} == {b.name: [] for b in books}


def test_consolidate_refuses_a_pack_or_feedback_inside_the_folder(
    consolidated: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    root, folder = consolidated["root"], consolidated["folder"]
    assert isinstance(root, Path) and isinstance(folder, Path)
    before = sorted(p.name for p in folder.rglob("*"))
    for option, target in (("--pack", folder / "pack.xlsx"), ("--feedback", folder / "fb")):
        code = main(
            ["consolidate", str(folder), "--out", str(root / "r2.xlsx"), option, str(target)]
        )
        err = capsys.readouterr().err
        assert code == 2
        assert "inside the consolidated folder" in err and str(target) in err
    assert sorted(p.name for p in folder.rglob("*")) == before
    assert not (root / "r2.xlsx").exists()  # refused before anything was read or written


def test_a_rollup_whose_registers_spill_onto_more_sheets_reads_whole(
    consolidated: dict[str, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Registers longer than a sheet continue on `Risks (2)`...: the pack reads them all."""
    from addin.consolidate import consolidate_folder
    from addin.report import read_rollup
    from addin.rollup import spill

    root, folder = consolidated["root"], consolidated["folder"]
    assert isinstance(root, Path) and isinstance(folder, Path)
    monkeypatch.setattr(spill, "MAX_TABLE_ROWS", 40)  # as if 40 rows filled a sheet
    spilled = tmp_path / "spilled.xlsx"
    consolidate_folder(folder, spilled, default_standards(), AS_OF, jobs=1, use_cache=False)
    names = openpyxl.load_workbook(spilled, read_only=True).sheetnames
    assert "Risks (2)" in names and "Finance (2)" in names
    whole = read_rollup(root / "rollup.xlsx", default_standards())
    split = read_rollup(spilled, default_standards())
    assert [r.to_json() for r in split.reports] == [
        {**r.to_json(), "source": r.to_json()["source"].replace("rollup.xlsx", "spilled.xlsx")}
        for r in whole.reports
    ]
    assert [r.months for r in split.reports] == [r.months for r in whole.reports]
    assert any(r.months for r in split.reports)


def test_a_report_saved_in_the_portfolio_folder_is_skipped_with_its_reason(
    consolidated: dict[str, object], tmp_path: Path
) -> None:
    """A PM who saves the status page beside the workbook does not break the next run."""
    import shutil

    from addin.consolidate import consolidate_folder

    root, folder = consolidated["root"], consolidated["folder"]
    assert isinstance(root, Path) and isinstance(folder, Path)
    copy = tmp_path / "portfolio"
    shutil.copytree(folder, copy)
    project = sorted(folder.rglob("PRJ-*.xlsx"))[0]
    assert main(["report", str(project), "--out", str(tmp_path / "pages")]) in (0, 1)
    page = next((tmp_path / "pages").glob("*.xlsx"))
    shutil.copy(page, copy / "my status page.xlsx")
    shutil.copy(root / "pack.xlsx", copy / "steering pack.xlsx")
    shutil.copy(next((root / "feedback").glob("*.xlsx")), copy / "what the PMO said.xlsx")
    before = consolidate_folder(folder, tmp_path / "a.xlsx", default_standards(), AS_OF, jobs=1)
    after = consolidate_folder(copy, tmp_path / "b.xlsx", default_standards(), AS_OF, jobs=1)
    reasons = {e.file: (e.status, e.reason) for e in after.files}
    assert reasons["my status page.xlsx"] == (
        "skipped",
        "a status report written by pmo report, not a project workbook",
    )
    assert reasons["steering pack.xlsx"][1].startswith("a portfolio pack written by pmo report")
    assert reasons["what the PMO said.xlsx"][1].startswith("a portfolio feedback written")
    assert (after.rejected, after.findings_by_severity) == (
        before.rejected,
        before.findings_by_severity,
    )
