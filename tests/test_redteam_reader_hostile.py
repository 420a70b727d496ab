"""Red team: damaged and odd files get one line saying what is wrong with them (never a
traceback, never a misleading 'not the standard workbook'), and odd but sound files read."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from addin.check import check_file
from addin.cli import cli
from addin.standards import Standards, default_standards
from addin.templates.builder import build_project_workbook

AS_OF = date(2026, 11, 30)
Edit = Callable[[str, bytes], bytes | None]


@pytest.fixture(scope="module")
def standards() -> Standards:
    return default_standards()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, standards: Standards) -> Path:
    return build_project_workbook(tmp_path_factory.mktemp("t") / "t.xlsx", standards)


def repack(source: Path, target: Path, edit: Edit) -> Path:
    """A copy of ``source`` whose parts pass through ``edit`` (None drops the part)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = edit(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def _drop(part: str) -> Edit:
    return lambda name, data: None if name == part else data


def _garble(part: str, keep: int) -> Edit:
    return lambda name, data: data[:keep] if name == part else data


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (
            _drop("xl/workbook.xml"),
            "a damaged workbook (its main part xl/workbook.xml is missing) - open it in Excel "
            "(it offers to repair it) and save it, or copy it again from its source",
        ),
        (
            _garble("xl/styles.xml", 40),
            "a damaged workbook: its part xl/styles.xml is not well-formed XML",
        ),
        (
            _garble("xl/sharedStrings.xml", 120),
            "a damaged workbook: its part xl/sharedStrings.xml is not well-formed XML",
        ),
    ],
    ids=["no-workbook-part", "bad-styles", "bad-shared-strings"],
)
def test_a_damaged_part_is_named(
    template: Path, tmp_path: Path, standards: Standards, edit: Edit, reason: str
) -> None:
    report = check_file(repack(template, tmp_path / "d.xlsx", edit), standards, AS_OF)
    assert report.status == "unreadable"
    assert report.unreadable is not None and report.unreadable.startswith(reason)
    assert [f.code for f in report.findings] == ["WB-001"]


def test_an_empty_lock_file_is_called_a_lock_file(tmp_path: Path, standards: Standards) -> None:
    lock = tmp_path / "~$plan.xlsx"
    lock.write_bytes(b"")
    assert check_file(lock, standards, AS_OF).unreadable == (
        "an Excel lock file (Excel creates ~$ files while the workbook is open), not a "
        "workbook - skip it; read plan.xlsx instead"
    )


def test_a_folder_named_like_a_workbook(tmp_path: Path) -> None:
    folder = tmp_path / "plan.xlsx"
    folder.mkdir()
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert (result.exit_code, result.output.strip()) == (
        2,
        f"error: {folder} is a folder, not a workbook, and holds no workbooks",
    )


def test_a_symlink_and_a_unicode_name_with_spaces_read(
    template: Path, tmp_path: Path, standards: Standards
) -> None:
    named = tmp_path / "Ünïcødé plan 🚀 v2.xlsx"
    named.write_bytes(template.read_bytes())
    link = tmp_path / "link.xlsx"
    link.symlink_to(named)
    for path in (named, link):
        assert check_file(path, standards, AS_OF).status == "checked"
    result = CliRunner().invoke(cli, ["check", "--json", "--as-of", "2026-11-30", str(named)])
    assert json.loads(result.output)["files"][0]["file"] == str(named)
    dangling = tmp_path / "gone.xlsx"
    dangling.symlink_to(tmp_path / "nowhere.xlsx")
    assert check_file(dangling, standards, AS_OF).unreadable == "no such file - check the path"


def test_an_external_entity_in_workbook_xml_is_refused(
    template: Path, tmp_path: Path, standards: Standards
) -> None:
    def xxe(name: str, data: bytes) -> bytes:
        if name != "xl/workbook.xml":
            return data
        return data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)

    report = check_file(repack(template, tmp_path / "x.xlsx", xxe), standards, AS_OF)
    assert report.unreadable == (
        "a hostile workbook: xl/workbook.xml declares a DOCTYPE (XML entity expansion) - do "
        "not open it; ask the sender to re-save it from Excel"
    )


def nan_workbook(folder: Path, standards: Standards) -> Path:
    """A filled workbook whose Risks!H2 holds ``<v>NaN</v>`` and I2 ``<v>inf</v>``."""
    from addin.demo.generate import plan_portfolio

    plan = plan_portfolio(standards, AS_OF, 3, 7).plans[0]
    source = build_project_workbook(folder / "src.xlsx", standards, plan.data)

    def poison(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet3.xml":  # the Risks sheet
            return data
        data = re.sub(rb'<c r="H2"[^>]*?(/>|>.*?</c>)', b'<c r="H2"><v>NaN</v></c>', data, count=1)
        return re.sub(rb'<c r="I2"[^>]*?(/>|>.*?</c>)', b'<c r="I2"><v>inf</v></c>', data, count=1)

    return repack(source, folder / "nan.xlsx", poison)


def test_a_copy_openpyxl_cannot_load_is_a_message_not_a_traceback(
    tmp_path: Path, standards: Standards
) -> None:
    from addin.files.filehost import FileHost
    from addin.macros.context import MacroContext
    from addin.macros.registry import run_macro

    path = nan_workbook(tmp_path, standards)
    with FileHost(path) as host:
        result = run_macro("check", MacroContext(standards, AS_OF, book=host))
    assert not result.ok
    assert "its checked copy cannot be written: openpyxl cannot load the workbook" in (
        result.message
    )
    assert not (tmp_path / "nan.checked.xlsx").exists()


def test_nan_and_infinity_in_a_sheet_stay_out_of_json(tmp_path: Path, standards: Standards) -> None:
    path = nan_workbook(tmp_path, standards)
    result = CliRunner().invoke(cli, ["check", "--json", "--as-of", "2026-11-30", str(path)])

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    document = json.loads(result.output, parse_constant=refuse)
    findings = [
        (f["code"], f["cell"], f["value"], f["message"]) for f in document["files"][0]["findings"]
    ]
    assert findings == [
        (
            "WB-013",
            "H2",
            "NaN",
            "Probability NaN in Risks!H2 is not a number; enter a whole number from the scale "
            "(1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain).",
        ),
        (
            "WB-013",
            "I2",
            "infinity",
            "Impact infinity in Risks!I2 is not a number; enter a whole number from the scale "
            "(1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Severe).",
        ),
    ]


@pytest.mark.parametrize(
    "part", ["xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet3.xml"]
)
def test_a_part_damaged_inside_its_compressed_data_is_damaged_not_hostile(
    tmp_path: Path, standards: Standards, part: str
) -> None:
    from addin.demo.generate import plan_portfolio

    plan = plan_portfolio(standards, AS_OF, 3, 7).plans[0]
    source = build_project_workbook(tmp_path / "src.xlsx", standards, plan.data)
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as package:
        info = package.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    spot = start + int(info.compress_size * 0.3)
    data[spot : spot + 4] = b"\xff\x00\xff\x00"  # a disk or transfer error
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))

    report = check_file(damaged, standards, AS_OF)
    assert report.unreadable is not None
    assert report.unreadable.startswith("a damaged workbook"), report.unreadable
    assert "open it in Excel (it offers to repair it)" in report.unreadable


@pytest.mark.parametrize(
    "rename",
    [lambda n: n.replace("/", "\\"), lambda n: n.replace("tables/table", "Tables/Table")],
    ids=["backslashes", "other-case"],
)
def test_member_names_from_windows_zip_tools_still_find_the_tables(
    tmp_path: Path, standards: Standards, rename: Callable[[str], str]
) -> None:
    from addin.demo.generate import plan_portfolio

    plan = plan_portfolio(standards, AS_OF, 3, 7).plans[0]
    source = build_project_workbook(tmp_path / "src.xlsx", standards, plan.data)
    target = tmp_path / "renamed.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            inside = name.startswith(("xl/tables/", "xl/worksheets/_rels/"))
            new.writestr(rename(name) if inside else name, old.read(name))
    report = check_file(target, standards, AS_OF)
    assert report.findings == []  # not "no Excel table named tblRisks" nine times
    assert report.project is not None and len(report.project.risks) == 10
