"""`pmo upgrade` on bad input and on what cannot be carried: each refused with its reason,
the source untouched, the batch going on."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from ooxml_strict import problems
from upgrade_corpus import decorated_v1, parts, plain_v1

from addin.cli import main
from addin.reading.project_reader import read_project_file
from addin.standards import Standards
from addin.upgrade import BACKUP_FOLDER, upgrade_file


def _rewrite(path: Path, edit: dict[str, tuple[bytes, bytes]]) -> None:
    """Replace bytes inside parts of a package (part -> (old, new))."""
    with zipfile.ZipFile(path) as zf:
        entries = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in entries:
            if info.filename in edit:
                old, new = edit[info.filename]
                assert old in data, (info.filename, old)
                data = data.replace(old, new)
            zf.writestr(info, data)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["upgrade", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def batch(tmp_path: Path, standards: Standards, features_corpus: Path) -> Path:
    """One good version 1 workbook among every kind of bad input."""
    folder = tmp_path / "batch"
    folder.mkdir()
    plain_v1(folder / "a-good.xlsx", standards)
    truncated = plain_v1(folder / "b-damaged.xlsx", standards)
    truncated.write_bytes(truncated.read_bytes()[:20_000])
    shutil.copy(features_corpus / "protected_passtika.xlsx", folder / "c-password.xlsx")
    plain_v1(folder / "d-open-in-excel.xlsx", standards)
    (folder / "~$d-open-in-excel.xlsx").write_bytes(b"\x0bAnna Keller" + b" " * 42)
    shutil.copy(features_corpus / "picture.xlsx", folder / "e-not-a-project.xlsx")
    plain_v1(folder / "f-newer.xlsx", standards)
    _rewrite(
        folder / "f-newer.xlsx",
        {"xl/worksheets/sheet14.xml": (b'<c r="B2"><v>1</v></c>', b'<c r="B2"><v>3</v></c>')},
    )
    decorated_v1(
        folder / "g-pm-remaining-points.xlsx",
        standards,
        extra_iteration_column="Remaining Points",
    )
    for copied in ("c-password.xlsx", "e-not-a-project.xlsx"):
        (folder / copied).chmod(0o644)  # the corpus files are read-only themselves
    readonly = plain_v1(folder / "h-read-only.xlsx", standards)
    readonly.chmod(0o444)
    return folder


def test_every_bad_input_is_refused_with_its_reason_and_left_untouched(
    batch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p.name: p.read_bytes() for p in batch.iterdir()}
    code, report = _run(capsys, str(batch), "--in-place")
    by_name = {Path(f["path"]).name: f for f in report["files"]}
    assert "~$d-open-in-excel.xlsx" not in by_name  # lock files are never workbooks
    assert by_name["a-good.xlsx"]["status"] == "upgraded"
    expected = {
        "b-damaged.xlsx": "truncated",
        "c-password.xlsx": "password-protected",
        "d-open-in-excel.xlsx": "open in Excel by Anna Keller",
        "e-not-a-project.xlsx": "not a project workbook",
        "f-newer.xlsx": "newer than this tool's 2",
        "g-pm-remaining-points.xlsx": "already has a column 'Remaining Points'",
        "h-read-only.xlsx": "read-only",
    }
    for name, words in expected.items():
        entry = by_name[name]
        assert entry["status"] == "refused", entry
        assert words in entry["reason"], entry["reason"]
        assert (batch / name).read_bytes() == before[name], f"{name} was changed"
    assert report["counts"] == {"upgraded": 1, "current": 0, "refused": 7, "failed": 0}
    assert code == 2  # damaged and password-protected inputs are unreadable
    assert [p.name for p in (batch / BACKUP_FOLDER).iterdir()] == ["a-good.xlsx"]


def test_refusal_without_unreadable_input_exits_1(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    path = decorated_v1(tmp_path / "pm.xlsx", standards, extra_iteration_column="Remaining Points")
    before = path.read_bytes()
    code, report = _run(capsys, str(path), "--in-place")
    assert code == 1
    assert report["files"][0]["status"] == "refused"
    assert "--force" in report["files"][0]["reason"]
    assert path.read_bytes() == before


def test_force_keeps_the_pms_column_and_upgrades_the_rest(
    tmp_path: Path, standards: Standards
) -> None:
    path = decorated_v1(tmp_path / "pm.xlsx", standards, extra_iteration_column="Remaining Points")
    result = upgrade_file(path, standards, mode="out", out_path=tmp_path / "out.xlsx", force=True)
    assert result.status == "upgraded"
    assert any("Remaining Points" in note for note in result.notes)
    read = read_project_file(tmp_path / "out.xlsx", standards)
    assert read.project.meta.template_version == 2
    assert read.project_cells["mandatory"] == ("Project", "B26")
    assert read.registers["iterations"].columns["remaining_points"] == 7  # the PM's column G
    assert problems(tmp_path / "out.xlsx") == []


def _refused_in_place(path: Path, standards: Standards) -> str:
    """Upgrade ``path`` in place, which must refuse and leave every byte as it was; the
    reason the PM is given."""
    before = path.read_bytes()
    result = upgrade_file(path, standards, mode="in_place")
    assert result.status == "refused"
    assert path.read_bytes() == before
    return result.reason


def test_protected_sheet_is_named_and_refused(tmp_path: Path, standards: Standards) -> None:
    path = plain_v1(tmp_path / "locked.xlsx", standards)
    _rewrite(
        path,
        {
            "xl/worksheets/sheet11.xml": (
                b"<dataValidations",
                b'<sheetProtection sheet="1" objects="1"/><dataValidations',
            )
        },
    )
    assert "sheet 'Iterations' is protected" in _refused_in_place(path, standards)


def test_renamed_table_is_named_and_refused(tmp_path: Path, standards: Standards) -> None:
    path = plain_v1(tmp_path / "renamed.xlsx", standards)
    _rewrite(
        path,
        {
            "xl/tables/table8.xml": (
                b'name="tblIterations" displayName="tblIterations"',
                b'name="Sprints" displayName="Sprints"',
            )
        },
    )
    assert "no table tblIterations" in _refused_in_place(path, standards)


def test_pm_cells_right_of_the_table_block_the_column(tmp_path: Path, standards: Standards) -> None:
    path = plain_v1(tmp_path / "beside.xlsx", standards)
    _rewrite(
        path,
        {
            "xl/worksheets/sheet11.xml": (
                b'</row><row r="6" ',
                b'<c r="G5" t="inlineStr"><is><t>mine</t></is></c></row><row r="6" ',
            )
        },
    )
    result = upgrade_file(path, standards, mode="dry_run")
    assert result.status == "refused"
    assert "Iterations!G5" in result.reason


def test_pm_cells_below_the_form_move_the_new_fields_down(
    tmp_path: Path, standards: Standards
) -> None:
    path = plain_v1(tmp_path / "notes.xlsx", standards)
    _rewrite(
        path,
        {
            "xl/worksheets/sheet2.xml": (
                b"</sheetData>",
                b'<row r="27"><c r="A27" t="inlineStr"><is><t>PM: see the plan</t></is></c></row></sheetData>',
            )
        },
    )
    result = upgrade_file(path, standards, mode="out", out_path=tmp_path / "out.xlsx")
    assert result.status == "upgraded"
    assert "start at row 28" in result.reason
    read = read_project_file(tmp_path / "out.xlsx", standards)
    assert read.project_cells["mandatory"] == ("Project", "B28")
    assert read.project_cells["expected_benefits"] == ("Project", "B30")
    assert problems(tmp_path / "out.xlsx") == []


def test_out_folder_keeps_sub_folders_and_copies_current_files(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    plain_v1(src / "north" / "a.xlsx", standards)
    (src / "north" / "b.xlsx").write_bytes((tmp_path / "src" / "north" / "a.xlsx").read_bytes())
    upgrade_file(src / "north" / "b.xlsx", standards, mode="in_place")
    shutil.rmtree(src / "north" / BACKUP_FOLDER)
    current = (src / "north" / "b.xlsx").read_bytes()
    code, report = _run(capsys, str(src), "--out", str(tmp_path / "out"))
    assert code == 0
    assert [f["status"] for f in report["files"]] == ["upgraded", "current"]
    assert (tmp_path / "out" / "north" / "a.xlsx").is_file()
    assert (tmp_path / "out" / "north" / "b.xlsx").read_bytes() == current


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upgrade", str(tmp_path)]) == 2
    assert "--in-place" in capsys.readouterr().err
    assert main(["upgrade", str(tmp_path), "--in-place", "--out", str(tmp_path / "o")]) == 2
    assert main(["upgrade", str(tmp_path / "missing.xlsx"), "--in-place"]) == 2


def test_libreoffice_saved_version_1_upgrades_too(tmp_path: Path, standards: Standards) -> None:
    """A workbook another program re-saved (LibreOffice: other styles, shared strings, XML
    layout) upgrades as well: the new cells take their neighbours' styles."""
    from addin.libreoffice import recalculate, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed; apt-get install libreoffice-calc")
    source = plain_v1(tmp_path / "src" / "lo.xlsx", standards)
    saved = recalculate([source], tmp_path / "lo")[source]
    result = upgrade_file(saved, standards, mode="out", out_path=tmp_path / "up.xlsx")
    assert result.status == "upgraded", result.reason
    assert problems(tmp_path / "up.xlsx") == []
    read = read_project_file(tmp_path / "up.xlsx", standards)
    assert read.project.meta.template_version == 2
    assert "mandatory" in read.project_cells
    assert "remaining_points" in read.registers["iterations"].columns
    untouched = {k for k, v in parts(saved).items() if parts(tmp_path / "up.xlsx")[k] == v}
    assert "xl/styles.xml" in untouched and "xl/sharedStrings.xml" in untouched


def test_libreoffice_opens_the_upgraded_workbook_and_reads_the_new_cells(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.libreoffice import check_opens, soffice_available

    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed; apt-get install libreoffice-calc")
    path = decorated_v1(tmp_path / "src" / "pm.xlsx", standards)
    upgrade_file(path, standards, mode="in_place")
    checks = check_opens([path], tmp_path / "lo")
    check = checks[path]
    assert check.ok, check.problems
    assert check.converted is not None
    import openpyxl

    book = openpyxl.load_workbook(check.converted, data_only=True)
    try:
        assert book["Project"]["A26"].value == "Mandatory"
        assert book["Project"]["A28"].value == "Expected Benefits"
        assert book["Iterations"]["H1"].value == "Remaining Points"
        risks = len(read_project_file(path, standards).project.risks)
        assert book["PM Dashboard"]["B2"].value == risks  # the PM's formula, recalculated
        assert book["_pmo"]["B2"].value == 2
    finally:
        book.close()


def test_a_macro_enabled_workbook_keeps_its_vba_project(
    tmp_path: Path, standards: Standards, features_corpus: Path
) -> None:
    """An .xlsm whose VBA project Excel made (SimpleMacro.xlsm's) upgrades with the macros
    byte for byte and its content types kept (only the burn-up chart's two parts added)."""
    from addin.templates.builder import build_project_workbook

    with zipfile.ZipFile(features_corpus / "SimpleMacro.xlsm") as zf:
        (tmp_path / "vbaProject.bin").write_bytes(zf.read("xl/vbaProject.bin"))
    built = build_project_workbook(
        tmp_path / "macros.xlsx",
        standards,
        template_version=1,
        extend=lambda workbook, _sheets: workbook.add_vba_project(str(tmp_path / "vbaProject.bin")),
    )
    path = built.rename(tmp_path / "macros.xlsm")
    before = parts(path)
    assert "xl/vbaProject.bin" in before
    result = upgrade_file(path, standards, mode="in_place")
    assert result.status == "upgraded", result.reason
    after = parts(path)
    assert after["xl/vbaProject.bin"] == before["xl/vbaProject.bin"]
    types = after["[Content_Types].xml"].decode()
    added = (
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName='
        '"/xl/drawings/drawing1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.drawing+xml"/>'
    )
    assert types == before["[Content_Types].xml"].decode().replace("</Types>", added + "</Types>")
    assert "macroEnabled" in types
    assert problems(path) == []


def test_scale_checks_excel_merged_over_columns_become_dropdowns(
    tmp_path: Path, standards: Standards
) -> None:
    """Excel merges identical validations into one element over several ranges; the
    template's version 1 check is still recognised (a whole number from 1 to 5)."""
    path = plain_v1(tmp_path / "merged.xlsx", standards)
    with zipfile.ZipFile(path) as zf:
        risks = zf.read("xl/worksheets/sheet3.xml").decode()
    import re

    prob = re.search(
        r'<dataValidation type="whole"[^>]*sqref="H2:H501">.*?</dataValidation>', risks
    )
    resid = re.search(
        r'<dataValidation type="whole"[^>]*sqref="O2:O501">.*?</dataValidation>', risks
    )
    assert prob and resid
    merged = prob.group(0).replace('sqref="H2:H501"', 'sqref="H2:H501 O2:O501"')
    edited = risks.replace(resid.group(0), "").replace(prob.group(0), merged)
    edited = re.sub(
        r'<dataValidations count="(\d+)">',
        lambda m: f'<dataValidations count="{int(m.group(1)) - 1}">',
        edited,
    )
    _rewrite(path, {"xl/worksheets/sheet3.xml": (risks.encode(), edited.encode())})
    out = tmp_path / "out.xlsx"
    assert upgrade_file(path, standards, mode="out", out_path=out).status == "upgraded"
    text = parts(out)["xl/worksheets/sheet3.xml"].decode()
    assert 'type="whole"' not in text
    assert re.search(r'type="list"[^>]*sqref="H2:H501 O2:O501"', text)
    assert problems(out) == []


def test_an_out_folder_inside_the_source_folder_is_not_read_again(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.upgrade import upgrade_paths

    src = tmp_path / "src"
    plain_v1(src / "a.xlsx", standards)
    upgrade_paths([src], standards, mode="out", out_dir=src / "upgraded")
    second = upgrade_paths([src], standards, mode="out", out_dir=src / "upgraded")
    assert [f.path.name for f in second.files] == ["a.xlsx"]
    assert second.files[0].status == "upgraded"


def test_old_zip64_records_are_dropped_and_other_extra_fields_kept() -> None:
    from addin.upgrade.package import _without_zip64

    unix_time = b"\x55\x54\x05\x00\x01\x00\x00\x00\x00"  # 0x5455, 5 bytes
    zip64 = b"\x01\x00\x10\x00" + b"\x00" * 16
    assert _without_zip64(zip64 + unix_time) == unix_time
    assert _without_zip64(unix_time) == unix_time
    assert _without_zip64(b"") == b""


def test_two_sources_never_write_one_output(tmp_path: Path, standards: Standards) -> None:
    from addin.upgrade import upgrade_paths

    plain_v1(tmp_path / "north" / "a.xlsx", standards)
    plain_v1(tmp_path / "south" / "a.xlsx", standards, 2)
    report = upgrade_paths(
        [tmp_path / "north", tmp_path / "south", tmp_path / "north" / "a.xlsx"],
        standards,
        mode="out",
        out_dir=tmp_path / "out",
    )
    assert [f.status for f in report.files] == ["upgraded", "refused"]  # the repeat is done once
    assert "already the upgrade of" in report.files[1].reason
    assert read_project_file(tmp_path / "out" / "a.xlsx", standards).project.header.project_id == (
        read_project_file(tmp_path / "north" / "a.xlsx", standards).project.header.project_id
    )


def test_out_folder_that_is_the_source_refuses_every_file_instead_of_doing_nothing(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--out` naming the source folder (or the folder of a file named directly) used to
    skip every workbook as "inside the --out folder": '0 workbooks', exit 0, nothing done."""
    src = tmp_path / "src"
    plain_v1(src / "a.xlsx", standards)
    before = (src / "a.xlsx").read_bytes()
    for source in (src, src / "a.xlsx"):
        code, report = _run(capsys, str(source), "--out", str(src))
        assert code == 1
        assert [(f["path"], f["status"]) for f in report["files"]] == [
            (str(src / "a.xlsx"), "refused")
        ]
        assert "--out would overwrite the source itself" in report["files"][0]["reason"]
        assert (src / "a.xlsx").read_bytes() == before
        assert sorted(p.name for p in src.iterdir()) == ["a.xlsx"]
