"""Every kind of workbook the product writes passes a strict, independent OOXML check for the
package mistakes that make Excel offer to repair a file (which LibreOffice, openpyxl and
calamine accept silently). The checker itself is proven by breaking a good file on purpose.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from consolidate_inputs import make_project, write_portfolio
from ooxml_strict import formula_problems, problems
from test_check_file import build_defects

from addin.adopt import adopt_file
from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.files.filehost import FileHost
from addin.findings import Finding
from addin.macros.context import MacroContext
from addin.macros.registry import run_macro
from addin.rollup import spill
from addin.rollup.text import sheet_ref
from addin.standards import Standards, default_standards
from addin.templates import build_project_workbook

AS_OF = date(2026, 11, 30)
CORPUS = Path(__file__).parent / "data" / "corpus"


def sheet_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())


@pytest.fixture(scope="module")
def project_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("project") / "PRJ-0001.xlsx"
    build_project_workbook(path, default_standards(), make_project(1, 3, raid=40, months=12))
    return path


def test_filled_project_workbook_opens_without_repair(project_book: Path) -> None:
    assert problems(project_book) == []


def test_pmo_new_workbook_opens_without_repair(tmp_path: Path) -> None:
    out = tmp_path / "new.xlsx"
    assert main(["new", str(out), "--project-id", "PRJ-0042"]) == 0
    assert problems(out) == []


@pytest.fixture(scope="module")
def rollup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rollup")
    standards = default_standards()
    write_portfolio(folder / "in", 3, standards, raid=40, months=12)
    (folder / "in" / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    out = folder / "rollup.xlsx"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(spill, "MAX_TABLE_ROWS", 25)  # as if 25 rows filled a sheet: spill
        consolidate_folder(folder / "in", out, standards, AS_OF)
    return out


def test_rollup_with_spilled_sheets_opens_without_repair(rollup: Path) -> None:
    names = sheet_names(rollup)
    assert {"Risks (2)", "Finance (2)", "Load Report"} <= set(names)  # the risky paths ran
    assert problems(rollup) == []


@pytest.mark.parametrize("source", sorted(CORPUS.glob("*.xlsx")), ids=lambda p: p.stem)
def test_adopted_workbook_opens_without_repair(
    source: Path, tmp_path: Path, standards: Standards
) -> None:
    out = tmp_path / "adopted.xlsx"
    adopt_file(source, out, standards)
    assert "Adoption Report" in sheet_names(out)
    assert problems(out) == []


@pytest.fixture(scope="module")
def defects(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_defects(tmp_path_factory.mktemp("check") / "defects.xlsx", default_standards())


def test_check_report_workbook_opens_without_repair(defects: Path) -> None:
    report = defects.with_name("report.xlsx")
    assert main(["check", str(defects), "--as-of", "2026-11-30", "--report", str(report)]) == 1
    assert problems(report) == []


def test_checked_copy_from_the_check_macro_opens_without_repair(defects: Path) -> None:
    result = run_macro("check", MacroContext(default_standards(), AS_OF, book=FileHost(defects)))
    assert result.output is not None and "Checks" in sheet_names(result.output)
    with zipfile.ZipFile(result.output) as z:
        assert any(n.startswith("xl/comments") for n in z.namelist())  # the marks' notes
    assert problems(result.output) == []
    # checked again (old marks replaced), then cleared: still no repair
    again = run_macro(
        "check", MacroContext(default_standards(), AS_OF, book=FileHost(result.output))
    )
    assert again.output is not None and problems(again.output) == []
    cleared = run_macro(
        "clear_checks", MacroContext(default_standards(), AS_OF, book=FileHost(again.output))
    )
    assert cleared.output is not None and "Checks" not in sheet_names(cleared.output)
    assert problems(cleared.output) == []


def test_addin_package_opens_without_repair(tmp_path: Path) -> None:
    out = tmp_path / "PMO.xlam"
    assert main(["addin", "build", "--out", str(out)]) == 0
    assert problems(out) == []


def test_demo_portfolio_projects_open_without_repair(tmp_path: Path) -> None:
    from addin.demo import generate_portfolio

    manifest = generate_portfolio(tmp_path, default_standards(), AS_OF, projects=3, hostile=False)
    books = sorted(tmp_path.rglob("*.xlsx"))
    assert len(books) >= 3 and manifest is not None
    assert {b.name: problems(b) for b in books} == {b.name: [] for b in books}


# --- the checker finds what Excel would repair -------------------------------------------


def rewrite(src: Path, dst: Path, part: str, edit: Callable[[str], str]) -> Path:
    """A copy of ``src`` with one part's XML text changed by ``edit`` (the edit must apply)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                before = data.decode("utf-8")
                after = edit(before)
                assert after != before, f"the edit did not apply to {part}"
                data = after.encode("utf-8")
            zout.writestr(item, data)
    return dst


def sub(pattern: str, repl: str, count: int = 1) -> Callable[[str], str]:
    return lambda text: re.sub(pattern, repl, text, count=count)


def table_part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        for part in z.namelist():
            if part.startswith("xl/tables/") and f'displayName="{name}"' in z.read(part).decode():
                return part
    raise AssertionError(f"no table {name}")


BREAKAGES: list[tuple[str, str, Callable[[str], str], str]] = [
    # (id, part, edit, words the finding must contain)
    (
        "header-text",
        "TABLE:tblRisks",
        sub(r'(<tableColumn [^>]*name=")([^"]+)"', r'\1\2 "'),
        "!= tableColumn name",
    ),
    ("column-count", "TABLE:tblRisks", sub(r"<tableColumn [^>]*/>", ""), "tableColumns for"),
    (
        "autofilter",
        "TABLE:tblRisks",
        sub(r'<autoFilter ref="[^"]+"', '<autoFilter ref="A1:B2"'),
        "autoFilter ref",
    ),
    ("table-id", "TABLE:tblIssues", sub(r' id="\d+"', ' id="1"'), "also used by"),
    (
        "table-name",
        "TABLE:tblIssues",
        sub(r'displayName="tblIssues"', 'displayName="tblRisks"'),
        "also used by",
    ),
    ("sheet-name", "xl/workbook.xml", sub(r'name="Issues"', 'name="RISKS"'), "used twice"),
    (
        "sheet-chars",
        "xl/workbook.xml",
        sub(r'name="Issues"', 'name="Issues/Log"'),
        "invalid sheet name",
    ),
    (
        "rel-target",
        "xl/_rels/workbook.xml.rels",
        sub(r'Target="styles.xml"', 'Target="nostyles.xml"'),
        "missing part",
    ),
    ("rel-id", "xl/_rels/workbook.xml.rels", sub(r'Id="rId2"', 'Id="rId1"'), "used twice"),
    (
        "content-type",
        "[Content_Types].xml",
        sub(r'<Override PartName="/xl/styles.xml"[^>]*/>', ""),
        "has content type application/xml",
    ),
    (
        "shared-string",
        "xl/sharedStrings.xml",
        sub(r"<si>.*?</si>", "", count=0),
        "shared string index",
    ),
    (
        "unique-count",
        "xl/sharedStrings.xml",
        sub(r'uniqueCount="\d+"', 'uniqueCount="1"'),
        "uniqueCount",
    ),
    ("row-order", "xl/worksheets/sheet1.xml", sub(r'<row r="2"', '<row r="1"'), "rows must ascend"),
    ("cell-row", "xl/worksheets/sheet1.xml", sub(r'<c r="A2"', '<c r="A3"'), "is inside row"),
    ("style-index", "xl/worksheets/sheet1.xml", sub(r' s="\d+"', ' s="9999"'), "cellXfs count"),
    (
        "boolean",
        "xl/worksheets/sheet1.xml",
        sub(r'<c r="A1"([^>]*)t="s"><v>\d+</v>', r'<c r="A1"\1t="b"><v>2</v>'),
        "boolean value",
    ),
    (
        "element-order",
        "xl/worksheets/sheet3.xml",
        lambda x: re.sub(r"<pageMargins[^>]*/>", "", x).replace(
            "<sheetData",
            '<pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><sheetData',
        ),
        "out of the schema's order",
    ),
    (
        "prompt-title",
        "xl/worksheets/sheet3.xml",
        sub(r'promptTitle="[^"]*"', 'promptTitle="' + "T" * 33 + '"'),
        "promptTitle longer than 32",
    ),
    ("col-overlap", "xl/worksheets/sheet3.xml", sub(r"(<col [^>]*/>)", r"\1\1"), "overlapping"),
    (
        "all-hidden",
        "xl/workbook.xml",
        sub(r"<sheet (?![^>]*state=)", '<sheet state="hidden" ', count=0),
        "no visible sheet",
    ),
    (
        "core-date",
        "docProps/core.xml",
        sub(r"(<dcterms:created[^>]*>)[^<]+", r"\g<1>2026-11-30"),
        "W3CDTF",
    ),
]


@pytest.mark.parametrize(
    ("part", "edit", "words"), [b[1:] for b in BREAKAGES], ids=[b[0] for b in BREAKAGES]
)
def test_the_checker_finds_each_defect_excel_repairs(
    project_book: Path, tmp_path: Path, part: str, edit: Callable[[str], str], words: str
) -> None:
    if part.startswith("TABLE:"):
        part = table_part(project_book, part[6:])
    broken = rewrite(project_book, tmp_path / "broken.xlsx", part, edit)
    found = problems(broken)
    assert any(words in line for line in found), found


def test_the_checker_finds_duplicate_members_and_validation_counts(
    project_book: Path, tmp_path: Path
) -> None:
    dup = tmp_path / "dup.xlsx"
    shutil.copy(project_book, dup)
    with zipfile.ZipFile(dup, "a") as z, pytest.warns(UserWarning, match="Duplicate name"):
        z.writestr("xl/styles.xml", "<x/>")
    assert any("appears 2 times" in line for line in problems(dup))
    with zipfile.ZipFile(project_book) as z:
        part = next(
            n
            for n in z.namelist()
            if n.startswith("xl/worksheets/s") and b"<dataValidations count" in z.read(n)
        )
    count = rewrite(
        project_book,
        tmp_path / "dv.xlsx",
        part,
        sub(r'<dataValidations count="\d+"', '<dataValidations count="99"'),
    )
    assert any("dataValidations count=99" in line for line in problems(count))


def test_excel_made_feature_files_pass_where_excel_opens_them(features_corpus: Path) -> None:
    """Calibration against files Excel writes itself: no false alarms on real features."""
    for name in (
        "DataValidations-49244.xlsx",
        "NewStyleConditionalFormattings.xlsx",
        "WithDrawing.xlsx",
        "ExcelPivotTableSample.xlsx",
        "commentTest.xlsx",
        "SimpleMacro.xlsm",
    ):
        path = features_corpus / name
        if path.exists():
            assert problems(path) == [], name


@pytest.mark.parametrize(
    ("formula", "words"),
    [
        ("Risks (2)!A1", "not quoted"),
        ("FY2026!A1", "not quoted"),
        ("Nowhere!A1", "missing sheet 'Nowhere'"),
        ('IF(A1="x",1,2', "unbalanced parentheses"),
    ],
)
def test_the_checker_finds_bad_sheet_references_in_formulas(formula: str, words: str) -> None:
    sheets = {"Risks (2)": "", "FY2026": "", "Summary": ""}
    assert any(words in p for p in formula_problems(formula, sheets))
    assert formula_problems("SUM('Risks (2)'!A1:A3)+'FY2026'!B2+Summary!#REF!", sheets) == []


@pytest.mark.parametrize("sheet", ["Q1", "FY2026", "R1C1", "Finance Summary", "Bob's"])
def test_links_to_sheets_named_like_cells_are_quoted(sheet: str) -> None:
    """Excel reads ``Q1!A1`` as a cell, not a sheet: links and source references quote it."""
    sheets = {sheet: ""}
    link = Finding("X-1", "error", "m", sheet=sheet, cell="B2").address
    assert formula_problems(link, sheets) == [], link
    assert formula_problems(sheet_ref(sheet, "B2"), sheets) == []


HOSTILE_TEXT = [
    "bell\x07char",
    "nul\x00byte",
    "_x0041_ looks like an escape",
    "  leading and trailing  ",
    "line1\nline2\r\nline3",
    "x" * 40_000,
    "emoji \U0001f680",
    '=HYPERLINK("http://example.com")',
]


def test_hostile_text_in_a_project_and_its_rollup_opens_without_repair(tmp_path: Path) -> None:
    standards = default_standards()
    project = make_project(1, 2, raid=20, months=6)
    risks = [
        risk.model_copy(update={"title": text, "description": text})
        for risk, text in zip(project.risks, HOSTILE_TEXT, strict=False)
    ]
    project = project.model_copy(update={"risks": risks + list(project.risks[len(risks) :])})
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "PRJ-0001.xlsx"
    build_project_workbook(source, standards, project)
    rollup = tmp_path / "rollup.xlsx"
    consolidate_folder(tmp_path / "in", rollup, standards, AS_OF)
    assert problems(source) == []
    assert problems(rollup) == []
    with zipfile.ZipFile(rollup) as z:
        text = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert b"_x005F_x0041_ looks like an escape" in text  # the literal text, not an "A"
