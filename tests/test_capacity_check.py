"""`pmo check` on a capacity workbook: CAP-101..105 and the reader's WB- codes, at cells."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from addin.capacity.model import CapacityLine as Line
from addin.capacity.names import name_key
from addin.capacity.template import build_capacity_workbook
from addin.check import check_file
from addin.cli import cli
from addin.standards import Standards

AS_OF = date(2026, 3, 1)
MARCH = date(2026, 3, 1)


def test_names_match_ignoring_case_spaces_and_accents_only() -> None:
    assert name_key("Ana Lopez") == name_key("  ana  lópez ") == name_key("ANA LÓPEZ")
    assert name_key("Ana Lopez") != name_key("Ana Lopes")
    assert name_key("Jo Smith") != name_key("Joe Smith")
    assert name_key(None) == "" and name_key("   ") == ""


def _codes(path: Path, standards: Standards) -> list[tuple[str, str | None]]:
    return [(f.code, f.address) for f in check_file(path, standards, AS_OF).findings]


def test_every_capacity_problem_is_reported_at_its_cell(
    tmp_path: Path, standards: Standards
) -> None:
    path = build_capacity_workbook(
        tmp_path / "cap.xlsx",
        standards,
        [
            Line(person="Ana Lopez", role="Architect", team="Data", month=MARCH, available_days=15),
            Line(
                person="ana  lópez", role="Architect", team="Data", month=MARCH, available_days=12
            ),
            Line(
                person="ANA LOPEZ",
                role="Developer",
                team="Data",
                month=date(2026, 4, 1),
                available_days=9,
            ),
            Line(person="Bo", role="Tester", month=date(2026, 3, 15), available_days=-2),
            Line(person="Cy", role="Tester", month=date(2026, 2, 1), available_days=40),
            Line(role="Tester", month=date(2026, 2, 1), available_days=60),
            Line(person="Dee", month=MARCH, available_days=6),
        ],
    )
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    found = _codes(path, standards)
    assert ("CAP-101", "Capacity!D3") in found  # same person, role, team and month twice
    assert ("CAP-104", "Capacity!B4") in found  # the same name as a Developer
    assert ("CAP-103", "Capacity!D5") in found  # 15 March
    assert ("CAP-102", "Capacity!E5") in found  # -2 days
    assert ("CAP-102", "Capacity!E6") in found  # 40 days in February
    assert ("CAP-105", "Capacity!B8") in found  # no role
    assert not any(a == "Capacity!E7" for _, a in found)  # a pool of 60 days is fine
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # only read


def test_text_in_days_and_months_is_a_reader_finding(tmp_path: Path, standards: Standards) -> None:

    path = build_capacity_workbook(
        tmp_path / "cap.xlsx",
        standards,
        [
            Line(person="Ana", role="Architect", month=MARCH, available_days=10),
            Line(person="Bo", role="Tester", month=MARCH, available_days=10),
        ],
    )
    import openpyxl

    wb = openpyxl.load_workbook(path)
    wb["Capacity"]["E2"] = "ten"
    wb["Capacity"]["D3"] = "sometime"
    wb.save(path)
    found = _codes(path, standards)
    assert ("WB-013", "Capacity!E2") in found
    assert ("WB-012", "Capacity!D3") in found


def test_empty_template_checks_clean_from_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "capacity.xlsx"
    assert CliRunner().invoke(cli, ["new", "--template", "capacity", str(out)]).exit_code == 0
    run = CliRunner().invoke(cli, ["check", str(out), "--as-of", "2026-03-01"])
    assert run.exit_code == 0, run.output
    assert "No findings" in run.output
    assert "WB-002" not in run.output  # not taken for a broken project workbook


def test_a_capacity_sheet_without_its_table_is_read_by_its_header_row(
    tmp_path: Path, standards: Standards
) -> None:
    import openpyxl

    from addin.capacity.reader import read_capacity_file

    path = build_capacity_workbook(
        tmp_path / "cap.xlsx",
        standards,
        [Line(person="Ana", role="Architect", month=MARCH, available_days=10)],
    )
    wb = openpyxl.load_workbook(path)
    del wb["Capacity"].tables["tblCapacity"]  # a PM pasted the data over a plain sheet
    wb.save(path)
    read = read_capacity_file(path, standards)
    assert [(line.person, line.available_days) for line in read.lines] == [("Ana", 10.0)]
    assert ("WB-004", "Capacity!A1") in [(f.code, f.address) for f in read.findings]
