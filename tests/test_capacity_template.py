"""The capacity template: built by code, checked in, created by `pmo new --template capacity`."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from addin.capacity.layout import CAPACITY_FILE_NAME
from addin.capacity.template import build_capacity_template
from addin.cli import cli
from addin.standards import Standards
from addin.templates import checkout_template_dir

REBUILD = "run `pmo templates build` and commit workbook_templates/capacity.xlsx"


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_checked_in_capacity_template_equals_a_fresh_build(
    tmp_path: Path, standards: Standards
) -> None:
    folder = checkout_template_dir()
    assert folder is not None
    checked_in = folder / CAPACITY_FILE_NAME
    assert checked_in.is_file(), f"{checked_in} is missing: {REBUILD}"
    fresh = _members(build_capacity_template(tmp_path, standards))
    stored = _members(checked_in)
    assert sorted(stored) == sorted(fresh), REBUILD
    changed = [name for name in fresh if fresh[name] != stored[name]]
    assert not changed, f"{checked_in} is out of date ({', '.join(changed)} differ): {REBUILD}"


def test_pmo_new_capacity_has_the_table_dropdowns_guide_and_hidden_pmo(tmp_path: Path) -> None:
    out = tmp_path / "capacity.xlsx"
    run = CliRunner().invoke(cli, ["new", "--template", "capacity", str(out), "--json"])
    assert run.exit_code == 0, run.output
    assert json.loads(run.output)["template_id"] == "capacity"
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Guide", "Capacity", "Lists", "_pmo"]
    table = wb["Capacity"].tables["tblCapacity"]
    headers = [c.value for c in wb["Capacity"][1]]
    assert headers == ["Person", "Role", "Team", "Month", "Available Days"]
    assert table.ref.startswith("A1:E")
    sources = {
        str(dv.sqref).split(":")[0]: dv.formula1
        for dv in wb["Capacity"].data_validations.dataValidation
        if dv.type == "list"
    }
    assert sources == {"B2": "lst_capacity_role", "C2": "lst_capacity_team"}
    assert [c.value for c in wb["Lists"]["A"][1:6]] == [
        "Architect",
        "Business Analyst",
        "Developer",
        "Project Manager",
        "Tester",
    ]
    meta = {r[0]: r[1] for r in wb["_pmo"].iter_rows(values_only=True)}
    assert meta["template_id"] == "capacity" and meta["template_version"] == 1
    assert wb["_pmo"].sheet_state == "hidden"
    assert "pooled capacity" in " ".join(str(c.value) for c in wb["Guide"]["A"] if c.value)


def test_pmo_new_capacity_refuses_project_fields_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "capacity.xlsx"
    run = CliRunner().invoke(cli, ["new", "--template", "capacity", str(out), "--name", "X"])
    assert run.exit_code == 2
    assert "--name: a capacity workbook has no Project fields" in run.output
    assert not out.exists()


def test_pmo_new_capacity_keeps_an_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "capacity.xlsx"
    out.write_bytes(b"precious")
    run = CliRunner().invoke(cli, ["new", "--template", "capacity", str(out)])
    assert run.exit_code == 2 and "already exists; pass --force" in run.output
    assert out.read_bytes() == b"precious"


def test_templates_build_writes_both(tmp_path: Path) -> None:
    run = CliRunner().invoke(cli, ["templates", "build", "--out", str(tmp_path)])
    assert run.exit_code == 0, run.output
    assert (tmp_path / "project.xlsx").is_file() and (tmp_path / "capacity.xlsx").is_file()
