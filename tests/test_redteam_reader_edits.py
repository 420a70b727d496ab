"""Red team: a PM edits a clean, filled project workbook with a script (openpyxl) the way
people do, and the check must still say the right thing (or nothing) at the right cell."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from addin.check import CheckReport, check_file
from addin.demo.generate import plan_portfolio
from addin.standards import Standards, default_standards
from addin.templates.builder import build_project_workbook

AS_OF = date(2026, 11, 30)


@pytest.fixture(scope="module")
def standards() -> Standards:
    return default_standards()


@pytest.fixture(scope="module")
def clean_book(tmp_path_factory: pytest.TempPathFactory, standards: Standards) -> Path:
    """A realistic clean project (the demo's project 0 has no planted defects)."""
    plan = plan_portfolio(standards, AS_OF, 3, 7).plans[0]
    path = tmp_path_factory.mktemp("clean") / "clean.xlsx"
    build_project_workbook(path, standards, plan.data)
    assert check_file(path, standards, AS_OF).findings == []
    return path


def edited(
    clean_book: Path, tmp_path: Path, standards: Standards, edit: Callable[[Workbook], None]
) -> CheckReport:
    book = openpyxl.load_workbook(clean_book)
    edit(book)
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return check_file(path, standards, AS_OF)


def seen(report: CheckReport) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.sheet, f.cell) for f in report.findings]


def test_rows_pasted_below_a_table_are_read_and_reported(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def shrink(book: Workbook) -> None:
        book["Risks"].tables["tblRisks"].ref = "A1:V5"  # rows 6-11 now sit below it

    report = edited(clean_book, tmp_path, standards, shrink)
    assert seen(report) == [("WB-016", "Risks", "A6")]
    assert report.findings[0].message.startswith(
        "Rows 6-11 are filled directly below table tblRisks on sheet 'Risks' (the table ends "
        "at row 5) but are not part of it; they were read as risk items."
    )
    assert report.project is not None and len(report.project.risks) == 10


def test_a_row_typed_under_a_table_is_checked_not_lost(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def append(book: Workbook) -> None:
        sheet = book["Risks"]
        for col in range(1, 23):
            sheet.cell(12, col).value = sheet.cell(11, col).value
        sheet["A12"], sheet["H12"] = "R-099", 9

    report = edited(clean_book, tmp_path, standards, append)
    codes = seen(report)
    assert ("WB-016", "Risks", "A12") in codes
    assert ("RAID-003", "Risks", "H12") in codes  # its probability 9 is judged


def test_a_missing_column_is_reported_once_not_per_item(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def rename(book: Workbook) -> None:
        book["Risks"]["E1"] = "Accountable"

    report = edited(clean_book, tmp_path, standards, rename)
    assert seen(report) == [("WB-005", "Risks", "A1")]
    assert "no 'Owner' column" in report.findings[0].message
    assert all(f.cell for f in report.findings)


def test_a_pm_wording_of_a_header_still_maps(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def reword(book: Workbook) -> None:
        sheet = book["Risks"]
        sheet["E1"], sheet["H1"], sheet["I1"] = "Risk Owner", "Prob.", "Imp."
        sheet["H2"] = 7  # and a bad value under the reworded header is still found

    report = edited(clean_book, tmp_path, standards, reword)
    assert seen(report) == [("RAID-003", "Risks", "H2")]
    assert "Probability 7 is outside 1-5" in report.findings[0].message


def test_a_renamed_project_sheet_is_still_read(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def rename(book: Workbook) -> None:
        book["Project"].title = "Project Details"

    report = edited(clean_book, tmp_path, standards, rename)
    assert report.findings == []
    assert report.read is not None
    assert report.read.project_cells["project_id"] == ("Project Details", "B4")
    assert report.project is not None and report.project.header.project_id == "PRJ-0101"


def test_a_numeric_id_gets_a_concrete_suggestion(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def number(book: Workbook) -> None:
        book["Risks"]["A2"] = 7

    report = edited(clean_book, tmp_path, standards, number)
    messages = [f.message for f in report.findings if f.code == "RAID-004"]
    assert messages == ["7: ID '7' is not in the form R-001; rewrite it as R-007"]


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b["Risks"].delete_rows(4, 2),  # table ref left as it was
        lambda b: b["Risks"].insert_cols(23),  # a PM's extra column beside the table
        lambda b: setattr(b["Risks"].row_dimensions[3], "hidden", True),
        lambda b: setattr(b["Risks"].auto_filter, "ref", "A1:V11"),
        lambda b: setattr(b["Risks"].protection, "sheet", True),
        lambda b: setattr(b["Risks"], "title", "Risks (2)"),  # found by its table
        lambda b: setattr(b["Issues"], "title", "Bob's Issues"),
    ],
    ids=["rows-deleted", "extra-column", "hidden-row", "filter", "protected", "paren", "quote"],
)
def test_harmless_edits_give_no_findings(
    clean_book: Path, tmp_path: Path, standards: Standards, edit: Callable[[Workbook], None]
) -> None:
    assert seen(edited(clean_book, tmp_path, standards, edit)) == []


def test_a_formula_to_a_deleted_cell_is_an_error_even_uncached(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def break_refs(book: Workbook) -> None:
        book["Risks"]["I2"] = "=#REF!"  # openpyxl stores no result for it
        book["Risks"]["H3"] = "=Lists!#REF!+1"
        book["Risks"]["B4"] = '="#REF!"'  # text that merely says #REF!: a plain uncached formula

    report = edited(clean_book, tmp_path, standards, break_refs)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        (
            "WB-011",
            "I2",
            "Impact in Risks!I2 is the error #REF!. Fix the formula or type the value.",
        ),
        (
            "WB-011",
            "H3",
            "Probability in Risks!H3 is the error #REF!. Fix the formula or type the value.",
        ),
        (
            "WB-010",
            "B4",
            'Title in Risks!B4 is a formula (="#REF!") without a cached value, so its value '
            "cannot be read. Open and save the workbook in Excel so its values are stored, or "
            "type the value.",
        ),
    ]


def test_rows_inserted_above_a_table_by_a_script(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def insert(book: Workbook) -> None:
        book["Risks"].insert_rows(1, 2)  # openpyxl leaves the table at A1:V11
        book["Risks"]["H5"] = 9  # R-003's probability, now in row 5

    report = edited(clean_book, tmp_path, standards, insert)
    assert seen(report) == [("WB-016", "Risks", "A3"), ("RAID-003", "Risks", "H5")]
    assert report.findings[0].message.startswith(
        "Table tblRisks's range A1:V11 does not hold the Risks header row, which is row 3"
    )
    assert report.project is not None and len(report.project.risks) == 10


def test_amounts_and_scales_typed_as_text(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def type_text(book: Workbook) -> None:
        finance, risks = book["Finance"], book["Risks"]
        finance["E2"], finance["E3"], finance["E4"] = "£1,200", "1.200,50", "GBP 1 200.50"
        risks["H2"], risks["I2"], risks["I3"] = "3 - Medium", "4 (High)", "Medium"

    report = edited(clean_book, tmp_path, standards, type_text)
    reader = [(f.code, f.cell, f.message) for f in report.findings if f.code.startswith("WB")]
    assert reader == [
        (
            "WB-013",
            "E3",
            "Budget '1.200,50' in Finance!E3 is not a number; enter an amount, e.g. 1200 or "
            "1,200.50.",
        ),
        (
            "WB-013",
            "I3",
            "Impact 'Medium' in Risks!I3 is not a number; enter a whole number from the scale "
            "(1 Minimal, 2 Minor, 3 Moderate, 4 Major, 5 Severe).",
        ),
    ]
    assert report.project is not None
    assert [f.budget for f in report.project.finance[:3]] == [1200.0, None, 1200.5]
    assert (report.project.risks[0].probability, report.project.risks[0].impact) == (3.0, 4.0)


def test_a_value_merged_over_rows_belongs_to_each_row(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def merge(book: Workbook) -> None:
        book["Risks"].merge_cells("E2:E4")  # one owner for three risks

    report = edited(clean_book, tmp_path, standards, merge)
    assert report.findings == []  # not "R-002: this risk has no owner"
    assert report.project is not None
    owners = [r.owner for r in report.project.risks[:3]]
    assert owners == [report.project.risks[0].owner] * 3 and owners[0]


def test_dates_as_systems_and_people_type_them(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    typed = [
        "2026-03-02T09:00:00Z",  # an export from a tracker
        "2026/03/02 00:00:00",
        "2026.03.02",
        "Mon 2 Mar 2026",
        "Monday, 02/03/2026",
        datetime(2026, 3, 2, 15, 30),  # a date with a time
    ]

    def type_dates(book: Workbook) -> None:
        for row, value in enumerate(typed, start=2):
            book["Risks"].cell(row, 6).value = value  # Raised Date

    report = edited(clean_book, tmp_path, standards, type_dates)
    assert report.findings == []
    assert report.project is not None
    assert {r.raised_date for r in report.project.risks[: len(typed)]} == {date(2026, 3, 2)}


def test_a_status_not_in_the_list_is_said_once(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def statuses(book: Workbook) -> None:
        book["Risks"]["G3"] = "Done"  # R-002 is closed, with a closed date and an old due date
        book["Milestones"]["H2"] = "Completed"  # M-001 has its actual date

    report = edited(clean_book, tmp_path, standards, statuses)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        (
            "MS-009",
            "H2",
            "M-001: Status 'Completed' is not in the list (did you mean 'Complete'?); pick "
            "one of Not Started, In Progress, At Risk, Late, Complete, Closed",
        ),
        (
            "RAID-008",
            "G3",
            "R-002: Status 'Done' is not in the list; pick one of Open, Monitoring, Closed",
        ),
    ]  # not also "still open after its due date", "stale", "closed date but status Done"


def test_a_date_number_stored_as_text_says_which_date(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def as_text(book: Workbook) -> None:
        cell = book["Risks"]["S2"]  # Due Date, in a cell formatted as text
        cell.number_format = "@"
        cell.value = "46300"

    report = edited(clean_book, tmp_path, standards, as_text)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        (
            "WB-012",
            "S2",
            "Due Date '46300' in Risks!S2 is an Excel date number stored as text (05 October "
            "2026); enter the date itself, e.g. 05/10/2026, or format the cell as a date and "
            "type it again.",
        )
    ]


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        (
            "Project",
            "The 'Project' sheet is missing, so the project's ID, dates and RAGs cannot be read. "
            "Restore it from the template (`pmo new`).",
        ),
        (
            "Lists",
            "The 'Lists' sheet is missing, so the workbook's dropdowns have no values to offer "
            "(the checks still use the EPMO's lists). Restore it from the template (`pmo new`) "
            "or copy the data into a fresh workbook.",
        ),
    ],
)
def test_a_deleted_sheet_is_one_finding(
    clean_book: Path, tmp_path: Path, standards: Standards, sheet: str, message: str
) -> None:
    def delete(book: Workbook) -> None:
        del book[sheet]  # openpyxl keeps the defined names that pointed into it

    report = edited(clean_book, tmp_path, standards, delete)
    assert [(f.code, f.message) for f in report.findings] == [("WB-003", message)]


def test_true_in_a_y_n_column_suggests_y(
    clean_book: Path, tmp_path: Path, standards: Standards
) -> None:
    def booleans(book: Workbook) -> None:
        book["Milestones"]["D2"] = True  # Gate (Y/N), as a script or Excel's TRUE writes it
        book["Milestones"]["D3"] = "No"

    report = edited(clean_book, tmp_path, standards, booleans)
    assert [(f.code, f.cell, f.message) for f in report.findings] == [
        (
            "MS-009",
            "D2",
            "M-001: Gate 'TRUE' is not in the list (did you mean 'Y'?); pick one of Y, N",
        ),
        (
            "MS-009",
            "D3",
            "M-002: Gate 'No' is not in the list (did you mean 'N'?); pick one of Y, N",
        ),
    ]
