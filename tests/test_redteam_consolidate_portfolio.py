"""Red team: a portfolio nobody here designed for. Odd folders (nesting, unicode, a
symlink loop, a folder named like a workbook, a roll-up copied in, .xlsm, .XLSX, a legacy
.xls under an .xlsx name), odd data (IDs differing by case and space, missing IDs, GBP and
EUR, dependencies to unknown and to each other, finance months far outside the plan) and
odd values for the writer (32,767+ characters, 1e308, a formula-like text, January 1900).
Every assertion is on what the EPMO sees: the Load Report, the Projects rows, the Summary,
the finding codes, the closing summary and the exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import python_calamine
from consolidate_inputs import make_project

from addin.consolidate import ConsolidationResult, consolidate_folder, format_summary
from addin.demo.hostile import old_xls_bytes
from addin.models import Dependency, FinanceLine, ProjectData
from addin.standards import default_standards
from addin.templates import build_project_workbook

AS_OF = date(2026, 11, 30)
LONG = 40_000


@dataclass
class Odd:
    folder: Path
    out: Path
    result: ConsolidationResult
    files: dict[str, dict[str, Any]]


def _sheet(path: Path, name: str) -> list[dict[str, Any]]:
    rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name)
    values = rows.to_python()
    header = values[0]
    first = [header.index(name) for name in dict.fromkeys(header)]  # side-by-side tables
    return [{header[i]: row[i] for i in first} for row in values[1:]]


def _lengthen_text(path: Path, text: str, longer: str) -> None:
    """Rewrite ``text`` as ``longer`` inside the package (no Excel-made writer would
    store more than 32,767 characters in a cell; a script can)."""
    with zipfile.ZipFile(path) as zin:
        parts = {info: zin.read(info) for info in zin.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts.items():
            zout.writestr(info, data.replace(text.encode(), longer.encode()))


def _build(folder: Path) -> None:
    st = default_standards()

    def put(rel: str, i: int, **header: Any) -> ProjectData:
        project = make_project(i, 20, raid=15, months=6)
        for key, value in header.items():
            setattr(project.header, key, value)
        return project

    def save(rel: str, project: ProjectData) -> None:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        build_project_workbook(path, st, project)

    save("a/PRJ-001.xlsx", put("", 1, project_id="PRJ-001", currency="GBP"))
    save("b/prj-001 copy.xlsx", put("", 2, project_id="prj-001 ", currency="EUR"))
    save("c/status.xlsx", put("", 3, project_id=None))
    save("d/status.xlsx", put("", 4, project_id=None))
    save("l1/l2/l3/l4/l5/l6 ü/Projet été 2026 – π.xlsx", put("", 5, project_id="PRJ-005"))
    save("m/PRJ-006.xlsx", put("", 6, project_id="PRJ-006"))
    (folder / "m/PRJ-006.xlsx").rename(folder / "m/PRJ-006.xlsm")
    save("m/PRJ-007.XLSX", put("", 7, project_id="PRJ-007"))
    p8 = put("", 8, project_id="PRJ-008")
    p8.dependencies = [
        Dependency(id="D-001", title="API", direction="Inbound", counterparty_project_id="PRJ-009",
                   deliverable="API", need_by=date(2026, 12, 15), status="Open"),
        Dependency(id="D-002", title="Ghost", direction="Inbound", counterparty_project_id="PRJ-404",
                   deliverable="X", need_by=date(2026, 12, 15), status="Open"),
    ]  # fmt: skip
    save("deps/PRJ-008.xlsx", p8)
    p9 = put("", 9, project_id="PRJ-009")
    p9.dependencies = [
        Dependency(id="D-001", title="Data", direction="Inbound", counterparty_project_id="PRJ-008",
                   deliverable="Data", need_by=date(2026, 12, 20), status="Open"),
    ]  # fmt: skip
    save("deps/PRJ-009.xlsx", p9)
    p10 = put("", 10, project_id="PRJ-010")
    p10.finance += [
        FinanceLine(month=date(1999, 1, 1), cost_line="Labour", budget=1000, actual=500, forecast=500),
        FinanceLine(month=date(2090, 1, 1), cost_line="Labour", budget=1000, actual=0, forecast=700),
    ]  # fmt: skip
    save("fin/PRJ-010.xlsx", p10)
    p11 = put("", 11, project_id="PRJ-011")
    for key in ("finance", "risks", "issues", "assumptions", "decisions", "milestones"):
        setattr(p11, key, [])
    p11.dependencies = []
    save("thin/PRJ-011.xlsx", p11)
    p12 = put("", 12, project_id="PRJ-012")
    p12.risks[0].description = "y" * 32_767
    p12.risks[1].description = "z" * 100
    p12.risks[2].description = '=HYPERLINK("http://evil.example","click")'
    p12.risks[3].due_date = date(1900, 2, 1)
    p12.finance.append(FinanceLine(month=date(2026, 1, 1), cost_line="Huge", budget=1e308))
    save("w/PRJ-012.xlsx", p12)
    _lengthen_text(folder / "w/PRJ-012.xlsx", "z" * 100, "z" * LONG)
    (folder / "x.xlsx").mkdir()
    (folder / "x.xlsx" / "inner.txt").write_text("a folder named like a workbook")
    os.symlink(folder, folder / "loop")
    os.symlink(folder / "a/PRJ-001.xlsx", folder / "link-to-001.xlsx")
    (folder / "Steering pack 2019.xlsx").write_bytes(old_xls_bytes())


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Odd]:
    root = tmp_path_factory.mktemp("odd")
    folder = root / "portfolio"
    _build(folder)
    saved = os.environ.get("PMO_STATE_DIR")
    os.environ["PMO_STATE_DIR"] = str(root / "state")
    try:
        first = root / "first.xlsx"
        consolidate_folder(folder, first, default_standards(), AS_OF, jobs=2, use_cache=False)
        shutil.copy(first, folder / "old rollup copy.xlsx")  # a roll-up copied into the folder
        out = root / "rollup.xlsx"
        result = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=2)
        files = {e["file"]: e for e in result.to_json()["files"]}
        yield Odd(folder, out, result, files)
    finally:
        if saved is None:
            os.environ.pop("PMO_STATE_DIR", None)
        else:
            os.environ["PMO_STATE_DIR"] = saved


def test_a_legacy_xls_under_an_xlsx_name_says_what_it_is_and_the_fix(odd: Odd) -> None:
    entry = odd.files["Steering pack 2019.xlsx"]
    assert entry["status"] == "rejected"
    assert entry["kind"] == "xls"
    assert "an old Excel 97-2003 workbook (.xls) named .xlsx" in entry["reason"]
    assert "save it as Excel Workbook (.xlsx)" in entry["reason"]
    assert 'pmo adopt "Steering pack 2019.xlsx"' in entry["reason"]
    assert "Zip" not in entry["reason"] and "EOCD" not in entry["reason"]
    findings = [f for f in _sheet(odd.out, "Findings") if f["File"] == "Steering pack 2019.xlsx"]
    assert [f["Code"] for f in findings] == ["PORT-REJECTED"]


def test_ids_differing_by_case_and_space_are_one_project_reported_twice(odd: Odd) -> None:
    a, b = odd.files["a/PRJ-001.xlsx"], odd.files["b/prj-001 copy.xlsx"]
    assert (a["used"], b["used"]) == (False, True)  # b has the later report date
    assert a["status"] == "skipped" and "duplicate Project ID" in a["reason"]
    dup = {
        f["File"]: f["Message"]
        for f in _sheet(odd.out, "Findings")
        if f["Code"] == "PORT-DUPLICATE-ID"
    }
    assert sorted(dup) == ["a/PRJ-001.xlsx", "b/prj-001 copy.xlsx"]
    assert "'PRJ-001' in a/PRJ-001.xlsx" in dup["a/PRJ-001.xlsx"]
    assert "differ only by case or spaces" in dup["b/prj-001 copy.xlsx"]


def test_missing_project_ids_are_never_merged(odd: Odd) -> None:
    rows = [r for r in _sheet(odd.out, "Projects") if not r["Project ID"]]
    assert sorted(r["Source File"] for r in rows) == ["c/status.xlsx", "d/status.xlsx"]
    assert rows[0]["Budget (BAC)"] != rows[1]["Budget (BAC)"]
    for name in ("c/status.xlsx", "d/status.xlsx"):
        assert odd.files[name]["used"] is True
        codes = {f["Code"] for f in _sheet(odd.out, "Findings") if f["File"] == name}
        assert "PORT-DUPLICATE-ID" not in codes


def test_folder_oddities_each_get_their_line(odd: Odd) -> None:
    f = odd.files
    assert f["l1/l2/l3/l4/l5/l6 ü/Projet été 2026 – π.xlsx"]["project_id"] == "PRJ-005"
    assert f["m/PRJ-006.xlsm"]["used"] and f["m/PRJ-007.XLSX"]["used"]
    assert f["link-to-001.xlsx"]["status"] == "skipped"
    assert "symbolic link" in f["link-to-001.xlsx"]["reason"]
    assert f["loop/"]["reason"] == "a symbolic link to a folder (not followed)"
    assert [name for name in f if name.startswith("loop/")] == ["loop/"]  # not followed
    assert f["x.xlsx/inner.txt"]["status"] == "skipped"
    assert "x.xlsx" not in f  # a folder, not a file
    old = f["old rollup copy.xlsx"]
    assert (old["status"], old["kind"]) == ("skipped", "rollup")
    assert old["reason"] == "a roll-up written by pmo consolidate, not a project workbook"
    projects = _sheet(odd.out, "Projects")
    assert len(projects) == odd.result.projects == 11


def test_mixed_currencies_are_not_silently_added(odd: Odd) -> None:
    by = odd.result.totals["by_currency"]
    assert sorted(by) == ["EUR", "GBP"]
    eur = [r for r in _sheet(odd.out, "Projects") if r["Currency"] == "EUR"]
    assert by["EUR"]["projects"] == 1
    assert by["EUR"]["bac"] == pytest.approx(eur[0]["Budget (BAC)"])
    summary = python_calamine.CalamineWorkbook.from_path(str(odd.out))
    cells = summary.get_sheet_by_name("Summary").to_python()
    assert "several currencies (EUR, GBP)" in cells[1][0]
    measures = {row[0]: row[1] for row in cells if row and isinstance(row[0], str)}
    assert measures["Budget (BAC), EUR"] == pytest.approx(by["EUR"]["bac"])
    assert "Budget (BAC), GBP" in measures
    text = format_summary(odd.result)
    assert "Several currencies, NOT converted" in text
    assert "1e+308" in text  # an absurd amount is shown short, not as 309 digits


def test_dependencies_to_unknown_and_circular_projects(odd: Odd) -> None:
    rows = {
        (r["Project ID"], r["Counterparty Project ID"]): r["Match"]
        for r in _sheet(odd.out, "Dependencies Map")
    }
    assert rows[("PRJ-008", "PRJ-404")] == "Counterparty not in roll-up"
    assert rows[("PRJ-008", "PRJ-009")] == "No matching outbound"
    assert rows[("PRJ-009", "PRJ-008")] == "No matching outbound"


def test_finance_months_far_outside_the_plan_are_kept(odd: Odd) -> None:
    months = {r["Month"] for r in _sheet(odd.out, "Finance") if r["Project ID"] == "PRJ-010"}
    assert date(1999, 1, 1) in months and date(2090, 1, 1) in months
    assert odd.files["fin/PRJ-010.xlsx"]["used"]


def test_writer_limits_text_numbers_and_dates(odd: Odd) -> None:
    risks = {r["ID"]: r for r in _sheet(odd.out, "Risks") if r["Project ID"] == "PRJ-012"}
    assert risks["R-001"]["Description"] == "y" * 32_767
    cut = risks["R-002"]["Description"]
    assert len(cut) == 32_767 and cut.endswith("[truncated]")
    assert risks["R-003"]["Description"] == '=HYPERLINK("http://evil.example","click")'
    assert risks["R-004"]["Due Date"] == date(1900, 2, 1)  # was 1900-02-02
    huge = [r for r in _sheet(odd.out, "Projects") if r["Project ID"] == "PRJ-012"]
    assert huge[0]["Budget (BAC)"] == pytest.approx(1e308)


def test_json_is_valid_and_the_exit_code_says_errors(odd: Odd, tmp_path: Path) -> None:
    json.dumps(odd.result.to_json(), allow_nan=False)
    env = {**os.environ, "PMO_STATE_DIR": str(tmp_path / "state")}
    done = subprocess.run(
        [sys.executable, "-m", "addin.cli", "consolidate", str(odd.folder), "--json",
         "--out", str(tmp_path / "r.xlsx"), "--as-of", AS_OF.isoformat(), "--jobs", "2"],
        capture_output=True, text=True, env=env, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["projects"] == 11
    assert sorted(data["totals"]["by_currency"]) == ["EUR", "GBP"]


def test_the_odd_rollup_opens_in_libreoffice(odd: Odd, tmp_path: Path) -> None:
    from addin.libreoffice import check_opens, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    checks = check_opens([odd.out], tmp_path / "lo")
    assert checks[odd.out].problems == []
