"""The built workbook matches SPEC section 3 and the standards, read back independently."""

from __future__ import annotations

import warnings
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from addin import derived
from addin.host import ErrorValue
from addin.layout import (
    FINANCE_SUMMARY_SHEET,
    GUIDE_SHEET,
    LISTS_SHEET,
    META_KEYS,
    META_SHEET,
    PROJECT_FIELDS,
    PROJECT_FIRST_ROW,
    PROJECT_SHEET,
    REGISTERS,
    REGISTERS_BY_KEY,
    SHEET_ORDER,
)
from addin.models import FinanceLine, ProjectData, ProjectHeader, Risk
from addin.standards import Standards
from addin.templates import build_project_workbook
from addin.templates.formulas import COMPUTED
from addin.templates.register_sheets import EMPTY_TABLE_ROWS, VALIDATED_ROWS
from addin.version import TEMPLATE_ID, TEMPLATE_VERSION, __version__


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from addin.standards import default_standards

    return build_project_workbook(
        tmp_path_factory.mktemp("tpl") / "project.xlsx", default_standards()
    )


@pytest.fixture(scope="module")
def book(template: Path) -> Any:
    return openpyxl.load_workbook(template)


def _validations(sheet: Any) -> list[Any]:
    return list(sheet.data_validations.dataValidation)


def _validation_at(sheet: Any, cell: str) -> Any:
    found = [dv for dv in _validations(sheet) if cell in dv.sqref]
    assert len(found) == 1, f"{sheet.title}!{cell} has {len(found)} validations"
    return found[0]


def test_sheets_in_layout_order_and_meta_hidden(book: Any) -> None:
    assert book.sheetnames == list(SHEET_ORDER)
    hidden = [ws.title for ws in book.worksheets if ws.sheet_state != "visible"]
    assert hidden == [META_SHEET]


def test_every_register_is_a_table_at_a1_with_layout_headers(book: Any) -> None:
    for register in REGISTERS:
        sheet = book[register.sheet]
        assert list(sheet.tables) == [register.table]
        table = sheet.tables[register.table]
        assert (
            table.ref
            == f"A1:{openpyxl.utils.get_column_letter(len(register.columns))}{EMPTY_TABLE_ROWS + 1}"
        )
        assert [c.name for c in table.tableColumns] == register.headers
        assert [cell.value for cell in sheet[1]][: len(register.columns)] == register.headers
        assert sheet.freeze_panes in ("A2", "B2")


def test_calamine_reads_the_same_sheets_headers_and_meta(
    template: Path, standards: Standards
) -> None:
    workbook = CalamineWorkbook.from_path(str(template))
    assert list(workbook.sheet_names) == list(SHEET_ORDER)
    for register in REGISTERS:
        rows = workbook.get_sheet_by_name(register.sheet).to_python()
        assert rows[0][: len(register.columns)] == register.headers
    meta = {row[0]: row[1] for row in workbook.get_sheet_by_name(META_SHEET).to_python()}
    assert list(meta) == list(META_KEYS)
    assert meta == {
        "template_id": TEMPLATE_ID,
        "template_version": TEMPLATE_VERSION,
        "standards_version": standards.version,
        "tool_version": __version__,
    }
    labels = workbook.get_sheet_by_name(PROJECT_SHEET).to_python()
    assert [labels[PROJECT_FIRST_ROW - 1 + i][0] for i in range(len(PROJECT_FIELDS))] == [
        f.label for f in PROJECT_FIELDS
    ]


def test_project_fields_have_named_value_cells(book: Any) -> None:
    for offset, field in enumerate(PROJECT_FIELDS):
        row = PROJECT_FIRST_ROW + offset
        assert book.defined_names[field.range_name].attr_text == f"{PROJECT_SHEET}!$B${row}"
        assert book[PROJECT_SHEET].cell(row, 1).value == field.label


def test_lists_sheet_holds_every_standards_list_under_its_name(
    book: Any, standards: Standards
) -> None:
    sheet = book[LISTS_SHEET]
    for name, values in standards.lists.items():
        ref = book.defined_names[f"lst_{name}"].attr_text
        sheet_name, cells = ref.split("!")
        assert sheet_name == LISTS_SHEET
        got = [row[0].value for row in sheet[cells.replace("$", "")]]
        assert got == values, name
        header_col = cells.split(":")[0].replace("$", "").rstrip("0123456789")
        assert sheet[f"{header_col}1"].value == name


def test_list_columns_validate_against_the_lists_sheet(book: Any, standards: Standards) -> None:
    checked = 0
    for register in REGISTERS:
        sheet = book[register.sheet]
        for index, column in enumerate(register.columns, start=1):
            letter = openpyxl.utils.get_column_letter(index)
            if column.kind == "list":
                dv = _validation_at(sheet, f"{letter}2")
                assert dv.type == "list"
                assert dv.formula1 == f"lst_{column.list_name}"
                assert f"{letter}{VALIDATED_ROWS + 1}" in dv.sqref
                assert dv.prompt, f"{register.sheet}!{letter}: no input message"
                checked += 1
            elif column.kind == "scale":
                scale = getattr(standards.scales, column.scale or "")
                dv = _validation_at(sheet, f"{letter}2")
                # template version 2: a dropdown of the levels, each level's label in the
                # input message (SPEC section 15)
                assert dv.type == "list"
                levels = ",".join(str(n) for n in range(scale.min, scale.max + 1))
                assert dv.formula1 == f'"{levels}"'
                assert f"{letter}{VALIDATED_ROWS + 1}" in dv.sqref
                for level, label in enumerate(scale.labels, start=scale.min):
                    assert f"{level} {label}" in dv.prompt
    assert checked >= 15
    project = book[PROJECT_SHEET]
    for offset, field in enumerate(PROJECT_FIELDS):
        if field.kind == "list":
            dv = _validation_at(project, f"B{PROJECT_FIRST_ROW + offset}")
            assert dv.formula1 == f"lst_{field.list_name}"


def test_custom_standards_change_the_lists_and_bands(tmp_path: Path, standards: Standards) -> None:
    data = standards.model_dump()
    data["lists"]["risk_status"] = ["Open", "Escalated", "Monitoring", "Closed"]
    data["score_bands"] = [
        {"name": "Minor", "min": 1, "max": 6, "colour": "#EEEEEE"},
        {"name": "Major", "min": 7, "max": 25, "colour": "#CC0000"},
    ]
    data["risk"]["response_required_ratings"] = ["Major"]
    data["risk"]["critical_rating"] = "Major"
    data["cost_rag"] = {"amber_overrun_pct": 3.0, "red_overrun_pct": 8.0}
    data["meta"]["version"] = "2.0"
    custom = Standards.model_validate(data)
    book = openpyxl.load_workbook(build_project_workbook(tmp_path / "c.xlsx", custom))
    lists = book[LISTS_SHEET]

    def named(name: str) -> list[Any]:
        cells = book.defined_names[name].attr_text.split("!")[1].replace("$", "")
        block = lists[cells]
        return [row[0].value for row in block] if isinstance(block, tuple) else [block.value]

    assert named("lst_risk_status") == ["Open", "Escalated", "Monitoring", "Closed"]
    assert named("lst_band_name") == ["Minor", "Major"]
    assert named("lst_band_min") == [1, 7]
    assert named("std_cost_amber_pct") == [3.0]
    assert named("std_cost_red_pct") == [8.0]
    meta = {row[0].value: row[1].value for row in book[META_SHEET].iter_rows()}
    assert meta["standards_version"] == "2.0"
    colours = {
        rule.dxf.fill.bgColor.rgb[-6:]
        for rng in book["Risks"].conditional_formatting
        for rule in rng.rules
        if rule.type == "cellIs"
    }
    assert {"EEEEEE", "CC0000"} <= colours


def test_computed_columns_are_formulas_in_every_row(book: Any) -> None:
    computed = [(r, c) for r in REGISTERS for c in r.columns if c.computed]
    assert {(r.key, c.key) for r, c in computed} == set(COMPUTED)
    for register, column in computed:
        sheet = book[register.sheet]
        col = register.columns.index(column) + 1
        for row in range(2, EMPTY_TABLE_ROWS + 2):
            value = sheet.cell(row, col).value
            assert isinstance(value, str) and value.startswith("=IF("), (register.sheet, row)
            assert f"{register.table}[[#This Row]," in value


def test_conditional_formats_colour_ratings_rags_and_overdue(
    book: Any, standards: Standards
) -> None:
    def rules(sheet: str) -> list[tuple[str, Any]]:
        return [
            (str(rng.sqref), rule)
            for rng in book[sheet].conditional_formatting
            for rule in rng.rules
        ]

    rating_rules = [rule for ref, rule in rules("Risks") if ref.startswith("K2:")]
    assert sorted(rule.formula[0] for rule in rating_rules) == sorted(
        f'"{b.name}"' for b in standards.score_bands
    )
    overdue = [rule for ref, rule in rules("Risks") if ref.startswith("S2:")]
    assert len(overdue) == 1 and "TODAY()" in overdue[0].formula[0]
    assert "lst_closed_risk" in overdue[0].formula[0]
    rag_cells = [
        f"B{PROJECT_FIRST_ROW + i}" for i, f in enumerate(PROJECT_FIELDS) if f.list_name == "rag"
    ]
    project_refs = {ref for ref, _ in rules(PROJECT_SHEET)}
    assert set(rag_cells) <= project_refs
    fs_rules = rules(FINANCE_SUMMARY_SHEET)
    assert {rule.formula[0] for _, rule in fs_rules} == {
        f'"{rag}"' for rag in standards.rag_colours
    }


def test_guide_tells_a_pm_what_to_do(book: Any, standards: Standards) -> None:
    text = " ".join(str(c.value) for row in book[GUIDE_SHEET].iter_rows() for c in row if c.value)
    for register in REGISTERS:
        if register.id_prefix:
            assert f"{register.id_prefix}-001" in text
        assert register.sheet in text
    for band in standards.score_bands:
        assert band.name in text
    assert f"{standards.staleness.report_days} days" in text
    assert f"{standards.cost_rag.red_overrun_pct:g}%" in text


def test_rows_text_numbers_and_dates_are_written_safely(
    tmp_path: Path, standards: Standards
) -> None:
    hostile = ["=1+1", "+SUM(A1)", "-3", "@cmd", '=HYPERLINK("http://x")']
    risks = [
        Risk(
            id=f"R-{n:03d}",
            title=text,
            owner="A\x00nn\x07 Lee",
            probability=4,
            impact=5,
            raised_date=date(2026, 3, 1),
        )
        for n, text in enumerate(hostile, start=1)
    ]
    project = ProjectData(
        header=ProjectHeader(
            project_id="=PRJ",
            project_name="Tab\there",
            report_date=date(2026, 6, 30),
            strategic_value=3,
        ),
        risks=risks,
        finance=[
            FinanceLine(
                month=date(2026, 6, 1),
                cost_line="Build",
                capex_opex="OpEx",
                budget=100.0,
                actual=110.0,
            )
        ],
    )
    path = build_project_workbook(tmp_path / "p.xlsx", standards, project)
    book = openpyxl.load_workbook(path)
    sheet = book["Risks"]
    assert sheet.tables["tblRisks"].ref == f"A1:V{len(risks) + 1}"
    for row, text in enumerate(hostile, start=2):
        cell = sheet.cell(row, 2)
        assert (cell.value, cell.data_type) == (text, "s")
        assert sheet.cell(row, 5).value == "Ann Lee"
        assert sheet.cell(row, 6).is_date and "yyyy" in sheet.cell(row, 6).number_format
        assert sheet.cell(row, 8).value == 4 and sheet.cell(row, 8).data_type == "n"
        assert str(sheet.cell(row, 10).value).startswith("=IF(")
    project_sheet = book[PROJECT_SHEET]
    assert (project_sheet["B4"].value, project_sheet["B4"].data_type) == ("=PRJ", "s")
    assert project_sheet["B5"].value == "Tab\there"
    report_row = PROJECT_FIRST_ROW + [f.key for f in PROJECT_FIELDS].index("report_date")
    assert project_sheet.cell(report_row, 2).is_date
    # formulas carry their Python value as cached result: readers see it without Excel
    cached = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Risks").to_python()
    assert cached[1][9] == 20.0 and cached[1][10] == derived.rating(20, standards)
    summary = (
        CalamineWorkbook.from_path(str(path)).get_sheet_by_name(FINANCE_SUMMARY_SHEET).to_python()
    )
    figures = derived.finance_figures(project.finance, date(2026, 6, 30), standards)
    assert [summary[r][1] for r in range(6, 13)] == [
        figures.bac,
        figures.actual_to_date,
        figures.etc,
        figures.eac,
        figures.vac,
        figures.vac_pct,
        figures.cost_rag,
    ]


def test_raw_cells_plant_defects_last(tmp_path: Path, standards: Standards) -> None:
    project = ProjectData(risks=[Risk(id="R-001", probability=2, impact=3)])
    path = build_project_workbook(
        tmp_path / "raw.xlsx",
        standards,
        project,
        raw_cells={
            ("Risks", "J2"): 99,  # a typed score over the formula
            ("Risks", "H2"): "high",  # text in a number column
            ("Risks", "S2"): ErrorValue("#REF!"),
            ("Risks", "A3"): "=1/0",
            ("Notes", "A1"): "an extra sheet",
        },
    )
    book = openpyxl.load_workbook(path)
    sheet = book["Risks"]
    assert sheet["J2"].value == 99
    assert (sheet["H2"].value, sheet["H2"].data_type) == ("high", "s")
    assert sheet["S2"].value == "=#REF!"
    assert sheet["A3"].value == "=1/0"
    assert book.sheetnames[-1] == "Notes"
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet3.xml").decode()
    assert '<c r="A3"><f>1/0</f><v></v></c>' in xml  # planted formula: no cached result
    assert '<c r="S2" t="e"><f>#REF!</f><v>#REF!</v></c>' in xml


def test_builds_are_reproducible(tmp_path: Path, standards: Standards) -> None:
    project = ProjectData(header=ProjectHeader(project_id="PRJ-1"), risks=[Risk(id="R-001")])
    first = build_project_workbook(tmp_path / "a.xlsx", standards, project).read_bytes()
    second = build_project_workbook(tmp_path / "b.xlsx", standards, project).read_bytes()
    assert first == second


def test_empty_template_rows_and_validated_range(book: Any) -> None:
    risks = book[REGISTERS_BY_KEY["risks"].sheet]
    dv = _validation_at(risks, "G2")
    assert f"G{VALIDATED_ROWS + 1}" in dv.sqref
    for row in risks.iter_rows(min_row=2, max_row=EMPTY_TABLE_ROWS + 1, max_col=9):
        assert all(cell.value is None for cell in row)


def test_xlsxwriter_accepts_everything_without_warnings(
    tmp_path: Path, standards: Standards
) -> None:
    """XlsxWriter warns and drops what Excel would reject (an input message over 255
    characters, a bad defined name, a too-long title...): the build must not warn."""
    project = ProjectData(
        header=ProjectHeader(project_id="PRJ-W", report_date=date(2026, 6, 30)),
        risks=[Risk(id="R-001", title="x" * 40_000, probability=3, impact=3)],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        build_project_workbook(tmp_path / "empty.xlsx", standards)
        path = build_project_workbook(tmp_path / "filled.xlsx", standards, project)
    title = openpyxl.load_workbook(path)["Risks"]["B2"].value
    assert title == "x" * 32_767  # cut to Excel's cell limit, not dropped
