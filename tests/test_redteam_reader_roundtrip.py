"""Red team: a PM's real edit cycle. A filled workbook (clean, and one with the demo's
planted defects) opened and re-saved by a spreadsheet program (LibreOffice: shared
strings, recalculated cached values, its own styles) or by a PM's openpyxl script reads
the same items and gives the same findings as the original."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from addin.check import CheckReport, check_file
from addin.demo.generate import plan_portfolio, plan_raw_cells
from addin.libreoffice import recalculate, soffice_available
from addin.standards import Standards, default_standards
from addin.templates.builder import build_project_workbook

AS_OF = date(2026, 11, 30)
REGISTERS = ("risks", "assumptions", "issues", "dependencies", "decisions", "milestones")


@pytest.fixture(scope="module")
def standards() -> Standards:
    return default_standards()


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory, standards: Standards) -> list[Path]:
    """Project 0 of the demo plan is clean; projects 2 and 4 carry planted defects."""
    folder = tmp_path_factory.mktemp("orig")
    plans = plan_portfolio(standards, AS_OF, 6, 7).plans
    return [
        build_project_workbook(
            folder / f"p{p.index}.xlsx", standards, p.data, raw_cells=plan_raw_cells(p)
        )
        for p in plans
        if p.index in (0, 2, 4)
    ]


def summary(
    report: CheckReport,
) -> tuple[list[tuple[str, str | None, str]], dict[str, list[object]]]:
    assert report.project is not None, report.unreadable
    items = {
        key: [i.model_dump() for i in getattr(report.project, key)]
        for key in (*REGISTERS, "finance")
    }
    items["header"] = [report.project.header.model_dump()]
    findings = sorted((f.code, f.cell, f.message) for f in report.findings)
    return findings, items


def test_libreoffice_resave_reads_the_same(
    originals: list[Path], tmp_path: Path, standards: Standards
) -> None:
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    saved = recalculate(originals, tmp_path / "lo")
    for source in originals:
        before = summary(check_file(source, standards, AS_OF))
        after = summary(check_file(saved[source], standards, AS_OF))
        assert after == before, source.name


def test_openpyxl_resave_reads_the_same(
    originals: list[Path], tmp_path: Path, standards: Standards
) -> None:
    for source in originals:
        copy = tmp_path / source.name
        openpyxl.load_workbook(source).save(copy)  # drops every cached formula value
        before = summary(check_file(source, standards, AS_OF))
        after = summary(check_file(copy, standards, AS_OF))
        assert after == before, source.name


def test_saved_as_old_xls_reads_the_same_data(
    originals: list[Path], tmp_path: Path, standards: Standards
) -> None:
    """LibreOffice's 'Save as Excel 97-2003': no tables, formulas invisible (calamine reads
    some results as 0). The data and the data findings are the same; each register says
    once that an .xls cannot hold its table."""
    if not soffice_available():
        pytest.skip("LibreOffice (soffice) is not installed")
    source = originals[1]  # one with planted defects
    xls = tmp_path / "xls"
    xls.mkdir()
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "xls",
            "--outdir",
            str(xls),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    report = check_file(xls / f"{source.stem}.xls", standards, AS_OF)
    before, items = summary(check_file(source, standards, AS_OF))
    after, after_items = summary(report)
    assert [f for f in after if f[0] != "WB-004"] == before
    assert after_items == items
    tables = [f for f in report.findings if f.code == "WB-004"]
    assert len(tables) == 9
    assert tables[0].message.endswith(
        "An old .xls file cannot hold Excel tables: save the workbook as Excel Workbook "
        "(.xlsx), or copy its data into a fresh one from `pmo new`."
    )
