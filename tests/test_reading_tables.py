"""The project reader's public table API (addin/reading/tables.py) reads a table exactly
as the project reader reads that register: same rows, same cells, same findings."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from consolidate_inputs import make_project

from addin import layout
from addin.files.filehost import FileHost
from addin.models import Risk
from addin.reading.project_reader import read_project
from addin.reading.tables import WorkbookTables
from addin.standards import Standards
from addin.templates import build_project_workbook


def test_a_table_reads_as_the_project_reader_reads_its_register(
    tmp_path: Path, standards: Standards
) -> None:
    project = make_project(1, 1, raid=15, months=3)
    project.risks[0].probability = None
    path = tmp_path / "p.xlsx"
    build_project_workbook(path, standards, project)
    wb = openpyxl.load_workbook(path)
    wb["Risks"]["H5"] = "very likely"  # Probability of the first risk: not a number
    wb.save(path)
    with FileHost(path) as host:
        whole = read_project(host, standards)
    with FileHost(path) as host:
        tables = WorkbookTables(host, standards)
        meta = tables.meta()
        risks = tables.read_table(layout.RISKS)
    assert meta is not None and meta.template_id == "project"
    assert risks is not None
    assert risks.location == whole.registers["risks"]
    assert [r.model_dump() for r in risks.items] == [r.model_dump() for r in whole.project.risks]
    assert all(isinstance(r, Risk) for r in risks.items)
    bad = [(f.code, f.sheet, f.cell) for f in tables.findings]
    assert ("WB-013", "Risks", "H5") in bad


def test_a_workbook_without_pmo_or_the_table_gives_none(tmp_path: Path, standards: Standards):
    path = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Something", "Else"])
    wb.save(path)
    with FileHost(path) as host:
        tables = WorkbookTables(host, standards)
        assert tables.meta() is None
        assert tables.read_table(layout.RISKS) is None
