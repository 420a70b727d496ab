"""`pmo upgrade`: version 1 workbooks decorated by PMs become version 2, losing nothing."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from ooxml_strict import problems
from upgrade_corpus import (
    PM_ITERATION_COLUMN,
    PM_RISK_COLUMN,
    decorated_v1,
    parts,
    plain_v1,
)

from addin.cli import main
from addin.layout import PROJECT_FIELDS
from addin.reading.project_reader import read_project_file
from addin.standards import Standards
from addin.upgrade import BACKUP_FOLDER, upgrade_file, upgrade_paths
from addin.version import TEMPLATE_VERSION

#: The parts an upgrade of the template's layout may change (by what they hold).
EDITED_SHEETS = {"Project", "Risks", "Issues", "Iterations", "_pmo"}


def _sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> part path, read independently of the upgrader."""
    with zipfile.ZipFile(path) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    return {
        name: "xl/" + targets[rid]
        for name, rid in re.findall(
            r'<sheet name="([^"]+)" sheetId="\d+"(?: state="\w+")? r:id="(rId\d+)"', book
        )
    }


def _cells(path: Path) -> dict[tuple[str, str], object]:
    book = openpyxl.load_workbook(path)
    try:
        return {
            (ws.title, cell.coordinate): cell.value
            for ws in book.worksheets
            for row in ws.iter_rows()
            for cell in row
            if cell.value is not None
        }
    finally:
        book.close()


def _rels(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels"


@pytest.fixture
def decorated(tmp_path: Path, standards: Standards) -> Path:
    folder = tmp_path / "portfolio"
    folder.mkdir()
    return decorated_v1(folder / "PRJ-0001.xlsx", standards)


def test_upgrade_adds_the_template_pieces_and_keeps_every_other_part_byte_for_byte(
    decorated: Path, tmp_path: Path, standards: Standards
) -> None:
    before = parts(decorated)
    result = upgrade_file(decorated, standards, mode="out", out_path=tmp_path / "out.xlsx")
    assert (result.status, result.from_version, result.to_version) == ("upgraded", 1, 2)
    assert parts(decorated) == before  # --out never touches the source
    after = parts(tmp_path / "out.xlsx")
    # the PM's parts in the same order; then the burn-up chart's new parts, named so that
    # they do not collide with the PM's chart1 and drawing1 (on the PM Dashboard)
    assert list(after)[: len(before)] == list(before)
    added = list(after)[len(before) :]
    assert added == [
        "xl/charts/chart2.xml",
        "xl/drawings/_rels/drawing2.xml.rels",
        "xl/drawings/drawing2.xml",
    ]
    assert b"Burn-up: completed against total scope" in after["xl/charts/chart2.xml"]
    sheets = _sheet_parts(decorated)
    allowed = {sheets[name] for name in EDITED_SHEETS} | {"xl/workbook.xml"}
    allowed.add("xl/tables/table8.xml")  # tblIterations
    allowed |= {"[Content_Types].xml", _rels(sheets["Iterations"])}  # the chart's parts, listed
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= allowed, f"parts changed that the template does not own: {changed - allowed}"
    # the PM's own parts: chart, image, comments, drawings, thumbnail, styles, strings
    for name in before:
        if name.startswith(("xl/charts/", "xl/media/", "xl/comments", "xl/drawings/", "docProps/")):
            assert after[name] == before[name], name
    assert after[sheets["PM Dashboard"]] == before[sheets["PM Dashboard"]]
    assert after["xl/sharedStrings.xml"] == before["xl/sharedStrings.xml"]
    assert after["xl/styles.xml"] == before["xl/styles.xml"]
    assert problems(tmp_path / "out.xlsx") == []


def test_every_cell_name_and_validation_the_pm_made_survives(
    decorated: Path, tmp_path: Path, standards: Standards
) -> None:
    out = tmp_path / "out.xlsx"
    upgrade_file(decorated, standards, mode="out", out_path=out)
    old, new = _cells(decorated), _cells(out)
    lost = {k: v for k, v in old.items() if new.get(k) != v}
    assert lost == {("_pmo", "B2"): 1}  # the template version, and nothing else
    assert new[("_pmo", "B2")] == 2
    added = {k: v for k, v in new.items() if k not in old}
    assert added[("Project", "A26")] == "Mandatory"
    assert added[("Project", "A27")] == "Funding Requested"
    assert added[("Project", "A28")] == "Expected Benefits"
    assert added[("Iterations", "H1")] == "Remaining Points"  # after the PM's own column G
    assert new[("Iterations", "G1")] == PM_ITERATION_COLUMN
    assert new[("PM Dashboard", "B2")] == "=COUNTA(Risks!A2:A1000)"
    book = openpyxl.load_workbook(out)
    try:
        assert book["Iterations"].tables["tblIterations"].ref == "A1:H7"
        headers = [c.name for c in book["Iterations"].tables["tblIterations"].tableColumns]
        assert headers[-2:] == [PM_ITERATION_COLUMN, "Remaining Points"]
        assert PM_RISK_COLUMN in [c.name for c in book["Risks"].tables["tblRisks"].tableColumns]
        names = book.defined_names
        assert names["PM_Threshold"].attr_text == "'PM Dashboard'!$B$10"
        assert names["Mandatory"].attr_text == "Project!$B$26"
        assert names["FundingRequested"].attr_text == "Project!$B$27"
        assert names["ExpectedBenefits"].attr_text == "Project!$B$28"
        risks = book["Risks"]
        kinds = {
            str(dv.sqref): (dv.type, dv.formula1) for dv in risks.data_validations.dataValidation
        }
        assert kinds["H2:H501"] == ("list", '"1,2,3,4,5"')  # Probability: now a dropdown
        assert kinds["I2:I501"] == ("list", '"1,2,3,4,5"')
        assert kinds["W2:W501"] == ("textLength", "200")  # the PM's own validation, kept
        impact = next(
            dv for dv in risks.data_validations.dataValidation if str(dv.sqref) == "I2:I501"
        )
        assert "1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Severe" in impact.prompt
        project = book["Project"]
        by_cell = {str(dv.sqref): dv for dv in project.data_validations.dataValidation}
        assert by_cell["B26"].formula1 == "lst_yes_no"
        assert by_cell["B25"].type == "list" and "5 Very high" in by_cell["B25"].prompt
        dash = book["PM Dashboard"]
        assert [str(dv.sqref) for dv in dash.data_validations.dataValidation] == ["B10"]
        assert len(dash._charts) == 1
        drawing = parts(out)["xl/drawings/drawing1.xml"].decode()
        assert "<xdr:pic>" in drawing and "xl/media/image1.png" in parts(out)
        assert risks["B2"].comment is not None and "sponsor" in risks["B2"].comment.text
        assert project["E5"].number_format == "dddd d mmmm yyyy"
        assert book["_pmo"]["B2"].value == TEMPLATE_VERSION
    finally:
        book.close()


def test_upgraded_reads_as_before_plus_the_new_fields(
    decorated: Path, tmp_path: Path, standards: Standards
) -> None:
    out = tmp_path / "out.xlsx"
    upgrade_file(decorated, standards, mode="out", out_path=out)
    old, new = read_project_file(decorated, standards), read_project_file(out, standards)
    assert [f.code for f in old.findings if f.code == "WB-017"] == ["WB-017"]
    assert "pmo upgrade" in next(f.message for f in old.findings if f.code == "WB-017")
    assert not [f for f in new.findings if f.code in ("WB-017", "WB-006", "WB-014")]
    assert new.project.meta.template_version == 2
    old_data = old.project.model_dump(exclude={"meta"})
    new_data = new.project.model_dump(exclude={"meta"})
    assert new_data == old_data  # the new fields are empty on both sides
    assert new.project_cells["mandatory"] == ("Project", "B26")
    assert new.registers["iterations"].columns["remaining_points"] == 8


def test_a_pm_typing_into_the_new_cells_is_read(
    decorated: Path, tmp_path: Path, standards: Standards
) -> None:
    """The new cells are real cells of the form and the table: values typed there read."""
    out = tmp_path / "out.xlsx"
    upgrade_file(decorated, standards, mode="out", out_path=out)
    data = parts(out)
    sheets = _sheet_parts(out)
    project = (
        data[sheets["Project"]]
        .decode()
        .replace('<c r="B27" s="17"/>', '<c r="B27" s="17"><v>250000</v></c>')
    )
    iterations = data[sheets["Iterations"]].decode()
    iterations = re.sub(r'<c r="H2"( s="\d+")?/>', r'<c r="H2"\1><v>42</v></c>', iterations)
    typed = tmp_path / "typed.xlsx"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(typed, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == sheets["Project"]:
                body = project.encode()
            elif info.filename == sheets["Iterations"]:
                body = iterations.encode()
            dst.writestr(info, body)
    result = read_project_file(typed, standards)
    assert result.project.header.funding_requested == 250000
    assert result.project.iterations[0].remaining_points == 42


def test_second_run_changes_nothing(decorated: Path, standards: Standards) -> None:
    first = upgrade_paths([decorated.parent], standards, mode="in_place")
    assert [f.status for f in first.files] == ["upgraded"]
    upgraded = decorated.read_bytes()
    second = upgrade_paths([decorated.parent], standards, mode="in_place")
    assert [(f.status, f.from_version) for f in second.files] == [("current", 2)]
    assert decorated.read_bytes() == upgraded
    backups = sorted((decorated.parent / BACKUP_FOLDER).iterdir())
    assert [b.name for b in backups] == [decorated.name]  # only the first run backed up


def test_in_place_keeps_the_original_byte_for_byte_in_pmo_backup(
    decorated: Path, standards: Standards
) -> None:
    original = decorated.read_bytes()
    report = upgrade_paths([decorated], standards, mode="in_place")
    backup = decorated.parent / BACKUP_FOLDER / decorated.name
    assert report.files[0].backup == backup
    assert backup.read_bytes() == original
    assert decorated.read_bytes() != original
    assert report.exit_code == 0


def test_dry_run_writes_nothing(decorated: Path, standards: Standards) -> None:
    before = decorated.read_bytes()
    code = main(["upgrade", str(decorated.parent), "--dry-run"])
    assert code == 0
    assert decorated.read_bytes() == before
    assert not (decorated.parent / BACKUP_FOLDER).exists()


def test_consolidating_before_and_after_gives_the_same_figures(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.consolidate import consolidate_folder

    folder = tmp_path / "portfolio"
    for i in (1, 2):
        decorated_v1(folder / f"PRJ-000{i}.xlsx", standards, i)
    plain_v1(folder / "PRJ-0003.xlsx", standards, 3)
    as_of = date(2026, 11, 30)
    before = consolidate_folder(
        folder, tmp_path / "before.xlsx", standards, as_of, jobs=1, use_cache=False
    )
    report = upgrade_paths([folder], standards, mode="in_place")
    assert [f.status for f in report.files] == ["upgraded"] * 3
    after = consolidate_folder(
        folder, tmp_path / "after.xlsx", standards, as_of, jobs=1, use_cache=False
    )
    b, a = before.to_json(), after.to_json()
    assert (a["projects"], a["totals"]) == (b["projects"], b["totals"])
    # the backups in .pmo-backup/ are never read: three files found, before and after
    assert len(after.files) == len(before.files) == 3
    old_codes = sorted(f.code for f in before.findings if f.code != "WB-017")
    # the one new finding: the upgraded sprints now ask for Remaining Points (ITR-105, info)
    new_field = [f for f in after.findings if f.code == "ITR-105"]
    assert len(new_field) == 3 and all("Remaining Points is empty" in f.message for f in new_field)
    assert sorted(f.code for f in after.findings if f.code != "ITR-105") == old_codes
    assert sum(1 for f in before.findings if f.code == "WB-017") == 3
    old_rows, old_header = _projects_sheet(tmp_path / "before.xlsx")
    new_rows, new_header = _projects_sheet(tmp_path / "after.xlsx")
    assert new_header == old_header
    version = new_header.index("Template Version")
    assert [r[:version] + r[version + 1 :] for r in new_rows] == [
        r[:version] + r[version + 1 :] for r in old_rows
    ]
    assert {r[version] for r in old_rows} == {1} and {r[version] for r in new_rows} == {2}


def _projects_sheet(path: Path) -> tuple[list[tuple[object, ...]], list[object]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(book["Projects"].iter_rows(values_only=True))
    finally:
        book.close()
    header = list(rows[0])
    return [r for r in rows[1:] if any(v is not None for v in r)], header


def test_consolidation_never_reads_dot_folders(tmp_path: Path, standards: Standards) -> None:
    from addin.consolidate.discovery import discover

    folder = tmp_path / "portfolio"
    plain_v1(folder / "PRJ-0001.xlsx", standards)
    upgrade_paths([folder], standards, mode="in_place")
    assert (folder / BACKUP_FOLDER / "PRJ-0001.xlsx").is_file()
    found = [f.rel for f in discover(folder)]
    assert found == ["PRJ-0001.xlsx"]


def test_pmo_new_makes_version_2(tmp_path: Path, standards: Standards) -> None:
    out = tmp_path / "new.xlsx"
    assert main(["new", str(out), "--project-id", "PRJ-0100", "--name", "New"]) == 0
    result = read_project_file(out, standards)
    assert result.project.meta.template_version == 2
    assert set(result.project_cells) >= {f.key for f in PROJECT_FIELDS}
    assert upgrade_file(out, standards, mode="dry_run").status == "current"


def _what_excel_sees(path: Path) -> dict[str, object]:
    """Cell values, validations, names and tables, as an independent reader sees them."""
    book = openpyxl.load_workbook(path)
    try:
        seen: dict[str, object] = {}
        for ws in book.worksheets:
            seen[f"{ws.title}:cells"] = {
                c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None
            }
            seen[f"{ws.title}:validations"] = sorted(
                (str(dv.sqref), dv.type, dv.operator, dv.formula1, dv.formula2, dv.prompt, dv.error)
                for dv in ws.data_validations.dataValidation
            )
            seen[f"{ws.title}:tables"] = {
                name: (ws.tables[name].ref, [c.name for c in ws.tables[name].tableColumns])
                for name in ws.tables
            }
        seen["names"] = {n: d.attr_text for n, d in book.defined_names.items()}
        return seen
    finally:
        book.close()


def test_upgraded_empty_version_1_is_what_the_current_template_is(
    tmp_path: Path, standards: Standards
) -> None:
    """Upgrading the version 1 template gives what a reader sees in the version 2 template:
    the same cells (the burn-up chart's hidden helper block included), validations (input
    messages included), names and tables, and the same burn-up chart and drawing parts."""
    from addin.templates.builder import build_project_workbook

    v1 = build_project_workbook(tmp_path / "v1.xlsx", standards, template_version=1)
    v2 = build_project_workbook(tmp_path / "v2.xlsx", standards)
    assert upgrade_file(v1, standards, mode="in_place").status == "upgraded"
    upgraded, current = _what_excel_sees(v1), _what_excel_sees(v2)
    assert upgraded.keys() == current.keys()
    for key in current:
        assert upgraded[key] == current[key], key
    new, fresh = parts(v1), parts(v2)
    for name in ("xl/charts/chart1.xml", "xl/drawings/drawing1.xml"):
        assert new[name] == fresh[name], name
