"""The check and clear-checks macros on the file host: a Checks sheet with links, marked
cells, old marks cleared first, and the source workbook byte-for-byte unchanged."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from test_check_file import PLANTED, build_clean, build_defects

from addin.files.filehost import FileHost
from addin.macros.context import MacroContext
from addin.macros.registry import run_macro
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ctx(path: Path, output: Path | None = None) -> MacroContext:
    return MacroContext(default_standards(), AS_OF, book=FileHost(path, output=output))


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("macro")
    source = build_defects(folder / "defects.xlsx", default_standards())
    before = sha256(source)
    result = run_macro("check", ctx(source))
    return {"source": source, "before": before, "result": result}


def test_the_source_is_never_touched(checked: dict[str, Any]) -> None:
    assert sha256(checked["source"]) == checked["before"]
    assert checked["result"].output == checked["source"].with_name("defects.checked.xlsx")


def test_the_checks_sheet_lists_every_finding_with_a_link(checked: dict[str, Any]) -> None:
    result = checked["result"]
    assert result.ok
    assert result.message == (
        "defects.xlsx: 6 errors, 3 warnings, 0 info - see the Checks sheet; written to "
        "defects.checked.xlsx (the original is unchanged)"
    )
    book = openpyxl.load_workbook(result.output)
    sheet = book["Checks"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Severity", "Code", "Sheet", "Cell", "Item ID", "Message", "Value")
    assert sorted((r[1], f"{r[2]}!{r[3]}") for r in rows[1:]) == sorted(
        (code, address) for code, address, _ in PLANTED
    )
    probability = next(r for r in rows if r[1] == "RAID-003")
    assert probability[:5] == ("ERROR", "RAID-003", "Risks", "H3", "R-002")
    for row in range(2, len(rows) + 1):
        link = sheet.cell(row=row, column=4).hyperlink
        assert link is not None and link.location == f"{rows[row - 1][2]}!{rows[row - 1][3]}"
    assert "tblChecks" in sheet.tables


def test_offending_cells_are_filled_and_annotated(checked: dict[str, Any]) -> None:
    book = openpyxl.load_workbook(checked["result"].output)
    cell = book["Risks"]["H3"]
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")  # error fill
    assert cell.comment is not None
    assert "RAID-003 (error): R-002: Probability 7 is outside 1-5" in cell.comment.text
    owner = book["Risks"]["E3"]
    assert owner.fill.fgColor.rgb.endswith("FFEB9C")  # warning fill
    assert book["Risks"]["H2"].comment is None  # a good cell is left alone
    assert checked["result"].data["marked"] == len(PLANTED)


def test_a_second_check_clears_the_old_marks_first(checked: dict[str, Any], tmp_path: Path) -> None:
    first_copy = checked["result"].output
    before = sha256(first_copy)
    again = run_macro("check", ctx(first_copy, tmp_path / "again.xlsx"))
    assert again.data["cleared"] == len(PLANTED)
    assert sha256(first_copy) == before  # the file host never writes over what it reads
    book = openpyxl.load_workbook(again.output)
    comment = book["Risks"]["H3"].comment
    assert comment is not None and comment.text.count("RAID-003") == 1  # not stacked
    assert book.sheetnames.count("Checks") == 1


def test_clear_checks_restores_the_cells_and_removes_the_sheet(
    checked: dict[str, Any], tmp_path: Path
) -> None:
    result = run_macro("clear_checks", ctx(checked["result"].output, tmp_path / "clean.xlsx"))
    assert result.data == {"cleared": len(PLANTED), "sheet_removed": True}
    book = openpyxl.load_workbook(result.output)
    assert "Checks" not in book.sheetnames
    assert book["Risks"]["H3"].comment is None
    assert book["Risks"]["H3"].fill.fgColor.rgb == "00000000"


def test_a_clean_workbook_gets_no_findings(tmp_path: Path) -> None:
    source = build_clean(tmp_path / "clean.xlsx", default_standards())
    result = run_macro("check", ctx(source))
    assert result.message.startswith("clean.xlsx: no findings.")
    rows = list(openpyxl.load_workbook(result.output)["Checks"].iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[1][5] == "No findings (as of 2026-11-30, standards 1.0)"


def test_without_a_workbook_the_macro_says_so() -> None:
    result = run_macro("check", MacroContext(default_standards(), AS_OF))
    assert (result.ok, result.message) == (
        False,
        "Open a project workbook first, then press Check.",
    )


def test_an_unreadable_workbook_is_one_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_text("Risk,Owner\n", encoding="utf-8")
    result = run_macro("check", ctx(bad))
    assert not result.ok
    assert result.message.startswith("bad.xlsx: a CSV/text file")
    assert result.output is None and not bad.with_name("bad.checked.xlsx").exists()


def test_an_old_xls_is_checked_but_says_why_nothing_was_written(
    public_corpus: Path, tmp_path: Path
) -> None:
    source = public_corpus / "pgmp-risk-log.xls"
    result = run_macro("check", ctx(source, tmp_path / "copy.xlsx"))
    assert not result.ok
    assert result.message.startswith("pgmp-risk-log.xls: 0 errors, 0 warnings, 1 info")
    assert "the findings could not be written" in result.message
    assert "see the Checks sheet" not in result.message  # there is no Checks sheet to see
    assert "save it in Excel as Excel Workbook (.xlsx)" in result.message
    assert [f.code for f in result.findings] == ["WB-002"]
    assert not (tmp_path / "copy.xlsx").exists()


def test_formula_like_text_stays_text_on_the_checks_sheet(tmp_path: Path) -> None:
    from rules_support import good_header, good_risk

    from addin.models import ProjectData
    from addin.templates.builder import build_project_workbook

    hostile = "=1+2"
    source = build_project_workbook(
        tmp_path / "hostile.xlsx",
        default_standards(),
        ProjectData(header=good_header(), risks=[good_risk(category=hostile)]),
    )
    result = run_macro("check", ctx(source))
    sheet = openpyxl.load_workbook(result.output)["Checks"]
    value = next(r[6] for r in sheet.iter_rows(min_row=2) if r[1].value == "RAID-008")
    assert (value.value, value.data_type) == (hostile, "s")
