"""The reader finds tables by name, columns by header and fields by label, types every
value, and reports what it could not read at the right cell."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from addin.errors import UnreadableWorkbookError
from addin.files.filehost import FileHost
from addin.findings import Finding
from addin.host import ErrorValue
from addin.models import FinanceLine, ProjectData, ProjectHeader, Risk
from addin.reading.project_reader import header_key, read_project, read_project_file
from addin.standards import Standards
from addin.version import TEMPLATE_VERSION


def _by_code(findings: list[Finding]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f.address)
    return out


def _one(findings: list[Finding], code: str) -> Finding:
    found = [f for f in findings if f.code == code]
    assert len(found) == 1, [f.message for f in findings]
    return found[0]


def test_header_key_ignores_case_space_colons_and_hints() -> None:
    assert header_key("Project ID") == header_key(" project id: ") == "project_id"
    assert header_key("Probability (1-5)") == "probability"
    assert header_key("Residual\nProbability") == "residual_probability"
    assert header_key(12) == ""


# --- a hand-made standard-like workbook -----------------------------------------------

RISK_HEADERS = [
    "Title",  # moved before ID
    "ID",
    "Notes (ours)",  # an extra column
    "Category",
    "Owner",
    "Raised Date",
    "Status",
    "Probability (1-5)",
    "Impact",
    "Score",
    "Rating",
    "Response",
    "Due Date",
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "project.xlsx"
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    dmy = wb.add_format({"num_format": "dd/mm/yyyy"})

    project = wb.add_worksheet("Project")
    project.write("A1", "Project details")
    rows: list[tuple[str, object]] = [
        ("project id:", "PRJ-0042"),
        ("Project Name", "  Billing upgrade  "),
        ("Report Date (dd/mm/yyyy)", "03/04/2026"),  # text date, day first
        ("Start Date", 46027),  # an Excel serial: 2026-01-05
        ("Planned End Date", datetime(2026, 12, 31)),
        ("Strategic Value", "4"),
        ("Job Size", "big"),  # not a number
    ]
    for i, (label, value) in enumerate(rows, start=3):
        project.write_string(i - 1, 0, label)
        if isinstance(value, datetime):
            project.write_datetime(i - 1, 1, value, dmy)
        elif isinstance(value, int):
            project.write_number(i - 1, 1, value)
        else:
            project.write_string(i - 1, 1, str(value))
    project.write_string("D2", "Jane Sponsor")  # reached only through the defined name
    wb.define_name("Sponsor", "=Project!$D$2")

    risks = wb.add_worksheet("Risks")
    risks.set_column(2, 2, None, None, {"hidden": True})  # the extra column is hidden
    data: list[list[object]] = [
        ["Supplier late", "R-001", "x", "Technical", "Ann", "2026-01-05", "Open", 4, 5, None],
        [None] * 10,  # a blank row
        ["Budget cut", "R-002", None, "Financial", "Bob", "05/02/2026", "Open", "3", "high"],
        ["Scope creep", "R-003", None, "Scope", "Cy", datetime(2026, 3, 1), "Open", 2.5, 2, 99],
        ["Key person", "R-004", None, "People", "Di", "next week", "Closed", 2, None],
    ]
    risks.add_table(
        0,
        0,
        len(data),
        len(RISK_HEADERS) - 1,
        {"name": "tblRisks", "columns": [{"header": h} for h in RISK_HEADERS], "data": data},
    )
    risks.write_formula("J2", "=H2*I2", None, 20)  # computed: formula -> never trusted
    risks.write_formula("I4", "=1/0", None, "#DIV/0!")  # an error value in an input
    risks.write_datetime("F5", datetime(2026, 3, 1), dmy)

    finance = wb.add_worksheet("Finance")  # no table: found by its header row
    finance.write("A1", "Finance")
    finance.write_row(2, 0, ["Month", "Cost Line", "Category", "CapEx/OpEx", "Budget", "Actual"])
    finance.write_row(3, 0, ["Apr 2026", "Licences", "Software", "OpEx", "£1,200.50", "(300)"])
    finance.write_datetime(4, 0, datetime(2026, 5, 1), dmy)
    finance.write_row(4, 1, ["Licences", "Software", "OpEx", 1000, "lots"])
    finance.write_row(5, 0, ["Total", None, None, None, 2200.5])  # not an item

    milestones = wb.add_worksheet("Milestones")
    milestones.add_table(
        "A1:C2",
        {
            "name": "tblMilestones",
            "columns": [{"header": h} for h in ("ID", "Milestone", "Status")],
            "data": [["M-001", "Go live", "Planned"]],
        },
    )

    meta = wb.add_worksheet("_pmo")
    meta.write_column(0, 0, ["template_id", "template_version", "standards_version"])
    meta.write_column(0, 1, ["project", TEMPLATE_VERSION - 1, "0.9"])
    meta.hide()
    wb.close()
    return path


def test_reads_project_fields_by_label_and_name(workbook: Path, standards: Standards) -> None:
    result = read_project_file(workbook, standards)
    assert result.is_standard
    header = result.project.header
    assert header.project_id == "PRJ-0042"
    assert header.project_name == "Billing upgrade"  # trimmed
    assert header.report_date == date(2026, 4, 3)  # 03/04/2026 is 3 April
    assert header.start_date == date(2026, 1, 5)  # from the serial number
    assert header.planned_end_date == date(2026, 12, 31)
    assert header.strategic_value == 4.0
    assert header.job_size is None
    assert header.sponsor == "Jane Sponsor"
    assert result.project_cells["project_id"] == ("Project", "B3")
    assert result.project_cells["sponsor"] == ("Project", "D2")
    job_size = [f for f in result.findings if f.code == "WB-013" and f.register == "project"]
    assert [(f.address, f.value) for f in job_size] == [("Project!B9", "big")]
    assert "Job Size 'big' in Project!B9 is not a number" in job_size[0].message
    missing = {f.message.split("'")[1] for f in result.findings if f.code == "WB-014"}
    assert "Portfolio" in missing and "Sponsor" not in missing and "Project ID" not in missing


def test_reads_register_by_table_with_moved_extra_and_hidden_columns(
    workbook: Path, standards: Standards
) -> None:
    result = read_project_file(workbook, standards)
    risks = result.project.risks
    assert [r.id for r in risks] == ["R-001", "R-002", "R-003", "R-004"]  # blank row skipped
    assert [r.source_row for r in risks] == [2, 4, 5, 6]
    first = risks[0]
    assert (first.title, first.category, first.owner, first.status) == (
        "Supplier late",
        "Technical",
        "Ann",
        "Open",
    )
    assert first.raised_date == date(2026, 1, 5)  # ISO text
    assert (first.probability, first.impact) == (4.0, 5.0)
    assert first.score is None  # a formula: recomputed by the rules, never read
    assert risks[1].raised_date == date(2026, 2, 5)  # "05/02/2026": 5 February
    assert risks[1].probability == 3.0  # numeric text
    assert risks[1].impact is None  # "high" -> finding
    assert risks[2].probability == 2.5  # kept, so that the rules can report the range
    assert risks[2].score == 99  # a typed value: kept for the rules to compare
    assert risks[2].raised_date == date(2026, 3, 1)
    assert risks[3].raised_date is None
    location = result.registers["risks"]
    assert (location.sheet, location.table, location.header_row) == ("Risks", "tblRisks", 1)
    assert location.columns["id"] == 2 and location.columns["title"] == 1
    assert result.cell_of("risks", 4, "impact") == ("Risks", "I4")


def test_bad_values_are_findings_at_their_cells(workbook: Path, standards: Standards) -> None:
    findings = read_project_file(workbook, standards).findings
    codes = _by_code(findings)
    assert "Risks!I4" in codes["WB-011"]  # #DIV/0! in an input
    assert "Risks!F6" in codes["WB-012"]  # "next week"
    assert "Finance!F5" in codes["WB-013"]  # "lots"
    not_a_date = next(f for f in findings if f.address == "Risks!F6")
    assert not_a_date.item_id == "R-004"
    assert not_a_date.register == "risks"
    assert not_a_date.severity == "error"
    assert not_a_date.message == (
        "Raised Date 'next week' in Risks!F6 is not a date; enter a date, "
        "e.g. 03/04/2026 (day first) or 2026-04-03."
    )
    error = next(f for f in findings if f.address == "Risks!I4")
    assert error.value == "#DIV/0!" and "#DIV/0!" in error.message
    # "high" in Impact (I4) is under the error: only the error is reported there
    assert [f.code for f in findings if f.address == "Risks!I4"] == ["WB-011"]


def test_register_without_table_is_found_by_its_header_row(
    workbook: Path, standards: Standards
) -> None:
    result = read_project_file(workbook, standards)
    finance = result.project.finance
    assert finance == [
        FinanceLine(
            source_row=4,
            month=date(2026, 4, 1),
            cost_line="Licences",
            category="Software",
            capex_opex="OpEx",
            budget=1200.5,
            actual=-300.0,
        ),
        FinanceLine(
            source_row=5,
            month=date(2026, 5, 1),
            cost_line="Licences",
            category="Software",
            capex_opex="OpEx",
            budget=1000.0,
        ),
    ]
    table_missing = _one(result.findings, "WB-004")
    assert table_missing.address == "Finance!A3"
    assert "tblFinance" in table_missing.message
    location = result.registers["finance"]
    assert (location.table, location.header_row, location.first_data_row) == (None, 3, 4)


def test_workbook_level_findings(workbook: Path, standards: Standards) -> None:
    findings = read_project_file(workbook, standards).findings
    # a version 1 workbook: one info finding naming `pmo upgrade` (WB-017), not WB-007
    old = _one(findings, "WB-017")
    assert f"template version {TEMPLATE_VERSION - 1}" in old.message
    assert "pmo upgrade" in old.message
    assert old.severity == "info"
    assert not [f for f in findings if f.code == "WB-007"]
    # and the fields version 2 added are not reported missing from it
    assert not [f for f in findings if "Mandatory" in f.message or "Remaining" in f.message]
    assert "standards version 0.9" in _one(findings, "WB-008").message
    missing_sheets = [f.message for f in findings if f.code == "WB-003"]
    assert any("'Issues' sheet" in m for m in missing_sheets)
    required = [f.message for f in findings if f.code == "WB-005" and f.register == "milestones"]
    assert any("'Baseline Date'" in m for m in required)
    optional = [f.message for f in findings if f.code == "WB-006" and f.register == "milestones"]
    assert any("'Forecast Date'" in m for m in optional)


def test_severity_comes_from_the_standards(workbook: Path, standards: Standards) -> None:
    quiet = standards.model_copy(update={"rules": {"WB-004": "off", "WB-012": "warning"}})
    findings = read_project_file(workbook, quiet).findings
    assert not [f for f in findings if f.code == "WB-004"]
    assert {f.severity for f in findings if f.code == "WB-012"} == {"warning"}


# --- rebuilt, non-standard, unreadable, too big ---------------------------------------


def test_rebuilt_workbook_without_names_tables_or_pmo_reads_by_labels(
    tmp_path: Path, standards: Standards
) -> None:
    path = tmp_path / "rebuilt.xlsx"
    wb = xlsxwriter.Workbook(path)
    project = wb.add_worksheet("project")  # other case
    project.write_column(0, 0, ["Project ID", "Report Date"])
    project.write_column(0, 1, ["PRJ-0007", "2026-04-30"])
    risks = wb.add_worksheet("Risks")
    risks.write("A1", "Our risks")
    risks.write_row(1, 1, ["Id", "TITLE", "Owner", "Status", "Probability", "Impact", "Score"])
    risks.write_row(2, 1, ["R-001", "Late", "Ann", "Open", 3, 3, 9])
    wb.close()
    result = read_project_file(path, standards)
    assert result.is_standard
    assert result.project.header.project_id == "PRJ-0007"
    assert result.project.header.report_date == date(2026, 4, 30)
    assert result.project.risks == [
        Risk(
            source_row=3,
            id="R-001",
            title="Late",
            owner="Ann",
            status="Open",
            probability=3,
            impact=3,
            score=9,
        )
    ]
    assert result.registers["risks"].columns["id"] == 2


def test_non_standard_workbook_points_to_adopt(tmp_path: Path, standards: Standards) -> None:
    path = tmp_path / "legacy.xlsx"
    wb = xlsxwriter.Workbook(path)
    wb.add_worksheet("RAID Log").write_row(0, 0, ["Ref", "Description", "Owner"])
    wb.close()
    result = read_project_file(path, standards)
    assert not result.is_standard
    finding = _one(result.findings, "WB-002")
    assert finding.severity == "info"
    assert "'RAID Log'" in finding.message and "pmo adopt" in finding.message
    assert result.project.risks == []


def test_unreadable_file_raises_one_clear_error(tmp_path: Path, standards: Standards) -> None:
    path = tmp_path / "risks.xlsx"
    path.write_text("ID,Title\nR-001,Late\n")
    with pytest.raises(UnreadableWorkbookError) as err:
        read_project_file(path, standards)
    assert str(err.value) == (
        f"{path}: a CSV/text file with a spreadsheet name, not a workbook - open it in Excel "
        "and save it as Excel Workbook (.xlsx), or use `pmo adopt`"
    )


def test_truncated_sheet_is_reported(workbook: Path, standards: Standards) -> None:
    with FileHost(workbook, max_rows=4) as host:
        result = read_project(host, standards)
    truncated = {f.sheet: f.message for f in result.findings if f.code == "WB-009"}
    assert truncated["Risks"].startswith("Sheet 'Risks': only its first 4 rows were read.")
    assert [r.id for r in result.project.risks] == ["R-001", "R-002"]


def test_every_public_corpus_file_reads_without_a_traceback(
    public_corpus: Path, standards: Standards
) -> None:
    for path in sorted(public_corpus.glob("*.xls*")):
        result = read_project_file(path, standards)
        assert not result.is_standard, path.name
        assert [f.code for f in result.findings] == ["WB-002"], path.name


# --- the template builder's workbooks --------------------------------------------------


def test_reads_back_what_the_template_builder_wrote(tmp_path: Path, standards: Standards) -> None:
    templates = pytest.importorskip("addin.templates")
    project = ProjectData(
        header=ProjectHeader(
            project_id="PRJ-0042",
            project_name="Billing",
            start_date=date(2026, 1, 5),
            report_date=date(2026, 3, 31),
            overall_rag="Amber",
            currency="GBP",
            job_size=3,
        ),
        risks=[
            Risk(
                id="R-001",
                title="Supplier late",
                category="Technical",
                owner="Ann",
                raised_date=date(2026, 1, 5),
                status="Open",
                probability=4,
                impact=5,
                response="Second supplier",
            )
        ],
        finance=[
            FinanceLine(
                month=date(2026, m, 1),
                cost_line="Labour",
                category="Labour",
                capex_opex="OpEx",
                budget=1000,
                actual=900,
                forecast=950,
            )
            for m in (1, 2, 3)
        ],
    )
    path = templates.build_project_workbook(
        tmp_path / "built.xlsx",
        standards,
        project,
        raw_cells={
            ("Risks", "H2"): "=2+2",
            ("Risks", "F2"): ErrorValue("#REF!"),
            ("Project", "B9"): "high",
        },
    )
    result = read_project_file(path, standards)
    assert result.is_standard
    assert result.project.meta.template_version == TEMPLATE_VERSION
    header = result.project.header
    assert (header.project_id, header.report_date, header.overall_rag) == (
        "PRJ-0042",
        date(2026, 3, 31),
        "Amber",
    )
    risk = result.project.risks[0]
    assert (risk.id, risk.impact, risk.score, risk.rating) == ("R-001", 5.0, None, None)
    assert risk.probability is None  # a formula typed over the input, never calculated
    uncached = _one(result.findings, "WB-010")
    assert (uncached.address, uncached.value) == ("Risks!H2", "=2+2")
    assert "open and save the workbook in Excel".lower() in uncached.message.lower()
    assert risk.raised_date is None
    error = _one(result.findings, "WB-011")
    assert (error.address, error.value, error.item_id) == ("Risks!F2", "#REF!", "R-001")
    assert [f.month for f in result.project.finance] == [date(2026, m, 1) for m in (1, 2, 3)]
    assert {f.code for f in result.findings} <= {"WB-010", "WB-011", "WB-012", "WB-013"}


# --- typing values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2026-04-03", date(2026, 4, 3)),
        ("2026/04/03", date(2026, 4, 3)),
        ("2026-04-03 10:30:00", date(2026, 4, 3)),
        ("03/04/2026", date(2026, 4, 3)),  # day first
        ("3-4-26", date(2026, 4, 3)),
        ("03.04.2026", date(2026, 4, 3)),
        ("3 Apr 2026", date(2026, 4, 3)),
        ("3rd April 2026", date(2026, 4, 3)),
        ("April 3, 2026", date(2026, 4, 3)),
        (46115, date(2026, 4, 3)),  # Excel serial
        (datetime(2026, 4, 3, 9, 0), date(2026, 4, 3)),
    ],
)
def test_dates(raw: object, expected: date) -> None:
    from addin.values import convert

    assert convert(raw, "date") == (expected, None)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("next week", "is not a date"),
        (
            "04/13/2026",  # month first: no 13th month, so it can only be 13 April
            "reads as a month-first (US) date, 13 April 2026; dates are read day first, "
            "so enter 13/04/2026 or 2026-04-13",
        ),
        ("31/02/2026", "is not a date"),
        (12, "is a number, not a date"),
        (True, "is not a date"),
    ],
)
def test_not_dates(raw: object, problem: str) -> None:
    from addin.values import convert

    assert convert(raw, "date") == (None, problem)


def test_months_and_numbers() -> None:
    from addin.values import convert

    assert convert("Apr 2026", "month") == (date(2026, 4, 1), None)
    assert convert("2026-04", "month") == (date(2026, 4, 1), None)
    assert convert("Apr 2026", "date") == (None, "is not a date")
    assert convert("£1,200.50", "money") == (1200.5, None)
    assert convert("GBP 1200", "money") == (1200.0, None)
    assert convert("12%", "number") == (0.12, None)
    assert convert("(300)", "money") == (-300.0, None)
    assert convert("-5", "money") == (-5.0, None)
    assert convert(" 3 ", "scale") == (3.0, None)
    assert convert("2.5", "scale") == (2.5, None)
    assert convert("lots", "money") == (None, "is not a number")
    assert convert(True, "number") == (None, "is TRUE/FALSE, not a number")
    assert convert("", "number") == (None, None)
    assert convert(3.0, "id") == ("3", None)
    assert convert("  Ann ", "text") == ("Ann", None)
    assert convert(date(2026, 4, 3), "text") == ("2026-04-03", None)


def test_a_value_that_reads_like_a_label_does_not_hide_that_label(
    tmp_path: Path, standards: Standards
) -> None:
    path = tmp_path / "labels.xlsx"
    wb = xlsxwriter.Workbook(path)
    project = wb.add_worksheet("Project")
    project.write_column(0, 1, ["Project ID", "Project Name", "Portfolio"])  # labels in B
    project.write_column(0, 2, ["PRJ-0001", "Portfolio", "Digital"])
    wb.add_worksheet("_pmo")
    wb.close()
    result = read_project_file(path, standards)
    assert result.project.header.project_name == "Portfolio"
    assert result.project.header.portfolio == "Digital"
    assert result.project_cells["portfolio"] == ("Project", "C3")


def test_a_pmo_workbook_of_another_kind_is_not_a_project_workbook(
    tmp_path: Path, standards: Standards
) -> None:
    path = tmp_path / "rollup.xlsx"
    wb = xlsxwriter.Workbook(path)
    wb.add_worksheet("Risks").write_row(0, 0, ["Project ID", "ID", "Title"])
    meta = wb.add_worksheet("_pmo")
    meta.write_row(0, 0, ["template_id", "rollup"])
    wb.close()
    result = read_project_file(path, standards)
    assert not result.is_standard
    finding = _one(result.findings, "WB-002")
    assert "PMO 'rollup' workbook" in finding.message
    assert len(result.findings) == 1


def test_sheet_scoped_names_are_a_fallback_too(tmp_path: Path, standards: Standards) -> None:
    path = tmp_path / "scoped.xlsx"
    wb = xlsxwriter.Workbook(path)
    project = wb.add_worksheet("Project")
    project.write("A1", "Project ID")
    project.write("B1", "PRJ-0009")
    project.write("E7", "Ann Sponsor")
    wb.define_name("Project!Sponsor", "=Project!$E$7")  # scoped to the sheet
    wb.add_worksheet("_pmo")
    wb.close()
    result = read_project_file(path, standards)
    assert result.project.header.sponsor == "Ann Sponsor"
    assert result.project_cells["sponsor"] == ("Project", "E7")


def test_a_us_date_is_reported_with_what_it_means(tmp_path: Path, standards: Standards) -> None:
    path = tmp_path / "us.xlsx"
    wb = xlsxwriter.Workbook(path)
    project = wb.add_worksheet("Project")
    project.write_column(0, 0, ["Project ID", "Report Date"])
    project.write_column(0, 1, ["PRJ-0001", "04/13/2026"])
    wb.add_worksheet("_pmo")
    wb.close()
    finding = next(f for f in read_project_file(path, standards).findings if f.code == "WB-012")
    assert finding.message == (
        "Report Date '04/13/2026' in Project!B2 reads as a month-first (US) date, "
        "13 April 2026; dates are read day first, so enter 13/04/2026 or 2026-04-13."
    )
