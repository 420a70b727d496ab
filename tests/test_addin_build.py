"""`pmo addin build` on Linux: the .xlam package, its VBA read back by olevba, its ribbon
valid against Microsoft's schema; `pmo addin install` planned with a faked platform."""

from __future__ import annotations

import importlib.metadata
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from customui_schema import customui14
from oletools.olevba import VBA_Parser

from addin.cli import main
from macros_bridge import install as install_mod
from macros_bridge.ovba import normalise_source
from macros_bridge.ribbon import CALLBACK, buttons
from macros_bridge.xlam import ADDIN_CONTENT_TYPE, VBA_DIR, build_xlam

REPO = Path(__file__).resolve().parent.parent
NS = "{http://schemas.microsoft.com/office/2009/07/customui}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("addin") / "PMO.xlam"
    assert main(["addin", "build", "--out", str(out)]) == 0
    return out


def _vba_sources(path: Path) -> dict[str, str]:
    parser = VBA_Parser(str(path), relaxed=False)
    try:
        return {name: code for _, _, name, code in parser.extract_macros()}
    finally:
        parser.close()


def test_build_writes_an_addin_package(built: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        names = set(archive.namelist())
        types = archive.read("[Content_Types].xml").decode()
        rels = archive.read("_rels/.rels").decode()
        wb_rels = archive.read("xl/_rels/workbook.xml.rels").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert {"xl/workbook.xml", "xl/vbaProject.bin", "customUI/customUI14.xml"} <= names
    assert f'PartName="/xl/workbook.xml" ContentType="{ADDIN_CONTENT_TYPE}"' in types
    assert (
        'Type="http://schemas.microsoft.com/office/2007/relationships/ui/extensibility" '
        'Target="customUI/customUI14.xml"' in rels
    )
    assert 'relationships/vbaProject" Target="vbaProject.bin"' in wb_rels
    assert 'codeName="ThisWorkbook"' in workbook


def test_olevba_reads_the_ribbon_module_back_identical(built: Path) -> None:
    sources = _vba_sources(built)
    text = (VBA_DIR / "PMO.bas").read_text(encoding="utf-8")
    assert sources["PMORibbon.bas"] == normalise_source("PMORibbon", text)
    assert {"ThisWorkbook.cls", "Sheet1.cls"} <= set(sources)


def test_every_on_action_is_a_sub_in_the_vba_read_back(built: Path) -> None:
    code = _vba_sources(built)["PMORibbon.bas"]
    with zipfile.ZipFile(built) as archive:
        ribbon = archive.read("customUI/customUI14.xml").decode()
    actions = set(re.findall(r'onAction="([^"]+)"', ribbon))
    assert actions == {CALLBACK}
    for action in actions:
        assert re.search(rf"^Public Sub {action}\(control As Object\)", code, re.M), action
    # The callback hands the tag to the one Python entry point.
    assert "e.run_button('\" & macroName & \"')" in code
    assert "Application.Run \"'xlwings.xlam'!RunPython\"" in code


def test_ribbon_xml_in_the_package_validates_against_customui14(built: Path) -> None:
    schema = customui14()
    with zipfile.ZipFile(built) as archive:
        schema.validate(archive.read("customUI/customUI14.xml").decode())


def test_tags_in_the_package_are_the_ribbon_definition(built: Path) -> None:
    with zipfile.ZipFile(built) as archive:
        ribbon = archive.read("customUI/customUI14.xml").decode()
    assert re.findall(r'tag="([^"]+)"', ribbon) == [b.tag for b in buttons()]


def test_build_is_deterministic(tmp_path: Path, built: Path) -> None:
    again = build_xlam(tmp_path / "again.xlam").path
    assert again.read_bytes() == built.read_bytes()


def _as_xlsm(path: Path) -> bytes:
    """The same package typed as a macro-enabled workbook (readers that refuse add-ins)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    ADDIN_CONTENT_TYPE.encode(),
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            target.writestr(info, data)
    return out.getvalue()


def test_zip_readers_open_it(built: Path) -> None:
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(str(built))
    assert book.sheet_names == ["PMO"]
    assert str(book.get_sheet_by_name("PMO").to_python()[0][0]).startswith("PMO add-in")
    # openpyxl only knows workbook/template content types; typed as .xlsm it reads every part.
    wb = openpyxl.load_workbook(io.BytesIO(_as_xlsm(built)), keep_vba=True)
    assert wb.sheetnames == ["PMO"]
    assert wb.vba_archive is not None and "xl/vbaProject.bin" in wb.vba_archive.namelist()
    wb.vba_archive.close()


@pytest.mark.libreoffice
def test_libreoffice_imports_the_vba_project(built: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    # LibreOffice 7.4 does not open the add-in content type; typed as .xlsm it opens the
    # package and imports the VBA project with its own MS-OVBA reader.
    source = tmp_path / "pmo.xlsm"
    source.write_bytes(_as_xlsm(built))
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    ods = tmp_path / "pmo.ods"
    assert ods.is_file(), "LibreOffice could not open the package"
    with zipfile.ZipFile(ods) as archive:
        module = archive.read("Basic/PMOAddin/PMORibbon.xml").decode()
    assert "Public Sub PMO_OnAction(control As Object)" in module


# -- install -----------------------------------------------------------------------------


def test_install_on_linux_says_excel_is_not_available(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["addin", "install", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "Excel is not available on Linux" in err
    assert "pmo addin build" in err


def test_install_dry_run_on_windows_lists_what_xlwings_install_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(install_mod, "current_platform", lambda: "windows")
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData"))
    assert main(["addin", "install", "--dry-run"]) == 0
    out = capsys.readouterr().out
    xlstart = tmp_path / "AppData" / "Microsoft" / "Excel" / "XLSTART"
    assert f"-> {xlstart / 'xlwings.xlam'}" in out
    assert f"build PMO.xlam into {xlstart / 'PMO.xlam'}" in out
    assert '"INTERPRETER_WIN",' in out and '"UDF MODULES","udfs"' in out
    assert not xlstart.exists()  # a dry run changes nothing


def test_install_on_macos_copies_addins_script_and_merges_config(tmp_path: Path) -> None:
    home = tmp_path / "home"
    config = home / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "xlwings.conf"
    config.parent.mkdir(parents=True)
    config.write_text('"LICENSE_KEY","abc"\n"UDF MODULES","old"\n', encoding="utf-8")
    plan = install_mod.plan_install(
        platform="macos", home=home, env={}, python="/opt/py/bin/python"
    )
    done = install_mod.apply_install(plan)
    startup = install_mod.default_startup_dir("macos", home, {})
    assert (startup / "xlwings.xlam").is_file()
    assert zipfile.is_zipfile(startup / "PMO.xlam")
    scripts = (home / "Library" / "Application Scripts" / "com.microsoft.Excel").iterdir()
    assert [p.name for p in scripts] == [
        f"xlwings-{importlib.metadata.version('xlwings')}.applescript"
    ]
    assert install_mod.read_config(config) == {
        "LICENSE_KEY": "abc",
        "UDF MODULES": "udfs",
        "INTERPRETER_MAC": "/opt/py/bin/python",
    }
    assert any("wrote" in line for line in done)


def test_install_with_a_given_addin_copies_it(tmp_path: Path, built: Path) -> None:
    plan = install_mod.plan_install(
        platform="windows", home=tmp_path, env={}, startup_dir=tmp_path / "start", addin=built
    )
    install_mod.apply_install(plan)
    assert (tmp_path / "start" / "PMO.xlam").read_bytes() == built.read_bytes()
    assert install_mod.read_config(tmp_path / ".xlwings" / "xlwings.conf")["UDF MODULES"] == "udfs"
