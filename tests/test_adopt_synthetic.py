"""Adoption of hostile legacy layouts built here: title block + KPI cards + header at row
11 from column C, merged and two-row headers, two tables on one sheet, months as columns,
day-first and month-first text dates, L/M/H, and an unrelated table that must be left out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from addin.adopt import adopt_file, adopt_host, load_mapping, open_source
from addin.standards import Standards


def legacy_workbook(path: Path, *, owner_header: str = "Risk Owner (who)") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Log"
    ws["A1"] = "ACME PROGRAMME - RISK LOG"
    ws["B3"], ws["C3"] = "Project Name:", "Apollo"
    ws["E3"], ws["F3"] = "Project Manager:", "Jane Roe"
    ws["B4"], ws["C4"] = "Project Code:", "PRJ-0099"
    for col, label in zip("CEGI", ["TOTAL", "OPEN", "HIGH", "CLOSED"], strict=True):
        ws[f"{col}7"] = label
        ws[f"{col}8"] = 3
    headers = [
        "Ref",
        "Risk Title",
        "Description",
        "Likelihood (L/M/H)",
        "Impact (L/M/H)",
        owner_header,
        "Date Raised",
        "Status",
        "Mitigation",
    ]
    for i, text in enumerate(headers):
        ws.cell(11, 3 + i, text)
    rows = [
        [
            "R1",
            "Supplier late",
            "Chip supplier may slip",
            "H",
            "M",
            "Ann Lee",
            "13/02/2025",
            "Open",
            "Chase weekly",
        ],
        [
            "R2",
            "Key person leaves",
            "Architect may leave",
            "L",
            "H",
            "Bob Ray",
            "03/04/2025",
            "WIP",
            "Pair up",
        ],
        [
            "R3",
            "Budget cut",
            "Funding may be cut",
            "Medium",
            "High",
            "TBC",
            "01/05/2025",
            "Closed",
            "",
        ],
        [
            "",
            "No id here",
            "Row without an ID",
            "L",
            "L",
            "Cy Dee",
            "2025-06-01 (Sunday)",
            "open",
            "",
        ],
    ]
    for r, values in enumerate(rows, start=12):
        for i, value in enumerate(values):
            if value != "":
                ws.cell(r, 3 + i, value)
    ws.cell(16, 3, "R5")  # a stub: only an ID

    issues = wb.create_sheet("Log")
    issues["A1"] = "Issues and decisions"
    issues.merge_cells("A2:B2")
    issues["A2"] = "Identification"
    issues.merge_cells("C2:E2")
    issues["C2"] = "Assessment"
    for i, text in enumerate(["ID", "Issue", "Severity", "Priority", "Raised On", "Owner"]):
        issues.cell(3, 1 + i, text)
    issue_rows = [
        ["1", "Server down", "Critical", "Urgent", "03/25/2025", "Dan"],
        ["2", "Login slow", "Minor", "Low", "04/02/2025", "Eve"],
    ]
    for r, values in enumerate(issue_rows, start=4):
        for i, value in enumerate(values):
            issues.cell(r, 1 + i, value)
    issues["A9"] = "DECISIONS"
    for i, text in enumerate(["Decision", "Decided By", "Decision Date", "Rationale"]):
        issues.cell(10, 1 + i, text)
    issues.append(["Use vendor B", "Steering board", "2025-03-01", "Cheaper"])
    issues.append(["Delay go-live", "Sponsor", "2025-04-15", "Testing incomplete"])

    money = wb.create_sheet("Budget 2025")
    money["A1"] = "Budget 2025"
    money.merge_cells("C2:E2")
    money["C2"] = "Budget"
    money.merge_cells("F2:H2")
    money["F2"] = "Actual"
    for i, text in enumerate(["Cost Line", "Category", "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"]):
        money.cell(3, 1 + i, text)
    money.append(["Developers", "Labour", 1000, 1000, 1200, 900, 1100, None])
    money.append(["Servers", "Hardware", 500, 0, 0, 450, 0, None])
    money.append(["Total", None, 1500, 1000, 1200, 1350, 1100, None])

    people = wb.create_sheet("Stakeholders")
    people.append(["Name", "Role", "Department", "Email"])
    people.append(["Ann Lee", "Sponsor", "Finance", "ann@example.com"])
    people.append(["Bob Ray", "Architect", "IT", "bob@example.com"])
    wb.save(path)
    return path


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    return legacy_workbook(tmp_path / "legacy.xlsx")


def test_every_table_found_and_classified(legacy: Path, standards: Standards) -> None:
    report = adopt_host(open_source(legacy), standards).report
    found = [(t.sheet, t.header_row, t.register, t.items) for t in report.tables]
    assert found == [
        ("Risk Log", 11, "risks", {"risks": 4}),
        ("Log", 3, "issues", {"issues": 2}),
        ("Log", 10, "decisions", {"decisions": 2}),
        ("Budget 2025", 3, "finance", {"finance": 6}),
        ("Stakeholders", 1, None, {}),
    ]
    stakeholders = report.tables[-1]
    assert stakeholders.reason.startswith("not a register table")
    assert report.tables[0].ref.startswith("C11")


def test_values_converted(legacy: Path, standards: Standards) -> None:
    project = adopt_host(open_source(legacy), standards).project
    r1, r2, r3, r4 = project.risks
    assert (r1.id, r1.title, r1.probability, r1.impact) == ("R-001", "Supplier late", 5, 3)  # H, M
    assert r1.raised_date == date(2025, 2, 13)
    assert r2.raised_date == date(2025, 4, 3)  # day-first: 13/02/2025 decides the column
    assert (r2.probability, r2.impact, r2.status) == (1, 5, "Open")  # L, H, WIP
    assert (r3.probability, r3.impact, r3.status) == (3, 5, "Closed")  # Medium, High
    assert r3.owner == "TBC"  # kept: the check flags placeholder owners
    assert r4.id == "R-004" and r4.raised_date == date(2025, 6, 1)  # generated; "(Sunday)"
    assert r1.response == "Chase weekly"
    i1, i2 = project.issues
    assert (i1.id, i1.severity, i1.priority) == ("I-001", 5, "Critical")
    assert i1.raised_date == date(2025, 3, 25)  # month-first: 03/25/2025 decides the column
    assert i2.raised_date == date(2025, 4, 2)
    d1 = project.decisions[0]
    assert (d1.id, d1.decision, d1.made_by, d1.date) == (
        "DC-001",
        "Use vendor B",
        "Steering board",
        date(2025, 3, 1),
    )
    h = project.header
    assert (h.project_id, h.project_name, h.project_manager) == ("PRJ-0099", "Apollo", "Jane Roe")


def test_months_as_columns_unpivoted_with_measures_from_group_labels(
    legacy: Path, standards: Standards
) -> None:
    adoption = adopt_host(open_source(legacy), standards)
    lines = {(f.cost_line, f.month): f for f in adoption.project.finance}
    dev_jan = lines[("Developers", date(2025, 1, 1))]
    assert (dev_jan.budget, dev_jan.actual, dev_jan.category) == (1000, 900, "Labour")
    assert lines[("Developers", date(2025, 3, 1))].actual is None
    assert ("Total", date(2025, 1, 1)) not in lines
    table = next(t for t in adoption.report.tables if t.register == "finance")
    assert [r.row for r in table.skipped_rows] == [6]


def test_report_lists_left_out_columns_rows_and_id_changes(
    legacy: Path, standards: Standards
) -> None:
    report = adopt_host(open_source(legacy), standards).report
    risks = report.tables[0]
    by_header = {c.header: c for c in risks.columns}
    assert by_header["Likelihood (L/M/H)"].target == "probability"
    assert (
        by_header["Risk Owner (who)"].target == "owner"
        and by_header["Risk Owner (who)"].confidence >= 0.9
    )
    assert ("R1", "R-001") in risks.id_changes
    assert any("stub" in r.reason and r.row == 16 for r in risks.skipped_rows)
    assert any("generated" in n for n in risks.notes)
    assert not report.low_confidence


def test_adopt_file_writes_standard_workbook_report_sheet_and_mapping(
    legacy: Path, tmp_path: Path, standards: Standards
) -> None:
    out = tmp_path / "adopted.xlsx"
    adoption = adopt_file(legacy, out, standards)
    assert out.is_file() and adoption.report.output == str(out)
    book = openpyxl.load_workbook(out, read_only=True)
    assert "Adoption Report" in book.sheetnames and "Risks" in book.sheetnames
    risks = book["Risks"]
    assert [c.value for c in next(risks.iter_rows(min_row=2, max_row=2))][:2] == [
        "R-001",
        "Supplier late",
    ]
    mapping = json.loads((tmp_path / "adopted.mapping.json").read_text())
    assert mapping["tables"][0]["columns"]["Risk Owner (who)"] == "owner"
    with pytest.raises(Exception, match="already exists"):
        adopt_file(legacy, out, standards)


def test_saved_mapping_reused_next_month_and_edited(
    legacy: Path, tmp_path: Path, standards: Standards
) -> None:
    first = adopt_file(legacy, tmp_path / "m1.xlsx", standards)
    mapping_path = Path(first.report.mapping_file or "")
    data = json.loads(mapping_path.read_text())
    data["tables"][0]["columns"]["Mitigation"] = None  # the PMO leaves it out
    mapping_path.write_text(json.dumps(data))
    next_month = legacy_workbook(tmp_path / "legacy-next.xlsx", owner_header="Owner Name")
    second = adopt_file(next_month, tmp_path / "m2.xlsx", standards, mapping_path=mapping_path)
    risks = second.report.tables[0]
    assert risks.reason == "as the mapping file says"
    assert second.project.risks[0].response is None
    assert second.project.risks[0].owner == "Ann Lee"  # new header matched automatically
    assert any("'Owner Name' is new" in n for n in risks.notes)
    assert any("'Risk Owner (who)'" in n and "missing" in n for n in risks.notes)
    assert load_mapping(mapping_path).tables[0].register == "risks"


def test_source_is_never_modified(legacy: Path, tmp_path: Path, standards: Standards) -> None:
    before = legacy.read_bytes()
    adopt_file(legacy, tmp_path / "x.xlsx", standards)
    assert legacy.read_bytes() == before
    with pytest.raises(Exception, match="overwrite the source"):
        adopt_file(legacy, legacy, standards, force=True)


def second_layout(path: Path) -> Path:
    """Side-by-side tables under their own titles, a header merged over two rows with
    sub-labels, finance by dated month columns with a Budget/Actual/Forecast column."""
    from datetime import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RAID"
    ws["A3"], ws["H3"] = "RISKS", "ISSUES"
    for i, h in enumerate(["Risk #", "Risk", "Prob %", "Impact (1-10)", "Owner", "Status"]):
        ws.cell(5, 1 + i, h)
    risks = [
        ["1", "Vendor insolvency", "60%", 8, "Al", "Open - monitoring"],
        ["2", "Scope creep", "20%", 4, "Bo", "Closed"],
    ]
    for r, values in enumerate(risks, start=6):
        for i, value in enumerate(values):
            ws.cell(r, 1 + i, value)
    for i, h in enumerate(["Issue #", "Issue", "Raised", "Severity", "Assigned To"]):
        ws.cell(5, 8 + i, h)
    for i, value in enumerate(["I-1", "Server outage", "March 3, 2025", "High", "Dee"]):
        ws.cell(6, 8 + i, value)
    matrix = wb.create_sheet("Risk Matrix")
    for ref, text in (
        ("A4:A5", "ID"),
        ("B4:B5", "Description"),
        ("C4:D4", "Assessment"),
        ("E4:E5", "Owner"),
    ):
        matrix.merge_cells(ref)
        matrix[ref.split(":")[0]] = text
    matrix["C5"], matrix["D5"] = "Likelihood", "Impact"
    for r, values in enumerate(
        [["A1", "Data loss", 2, 5, "Kim"], ["A2", "Overrun", 4, 3, "Lee"]], start=6
    ):
        for i, value in enumerate(values):
            matrix.cell(r, 1 + i, value)
    spend = wb.create_sheet("Spend")
    for i, h in enumerate(
        ["Cost Line", "Type", datetime(2025, 4, 1), datetime(2025, 5, 1), "Total"]
    ):
        spend.cell(3, 1 + i, h)
    for r, values in enumerate(
        [["Contractors", "Budget", 100, 100, 200], ["Contractors", "Actual", 90, 110, 200]], start=4
    ):
        for i, value in enumerate(values):
            spend.cell(r, 1 + i, value)
    wb.save(path)
    return path


def test_side_by_side_tables_merged_two_row_header_and_measure_column(
    tmp_path: Path, standards: Standards
) -> None:
    adoption = adopt_host(open_source(second_layout(tmp_path / "second.xlsx")), standards)
    found = [(t.sheet, t.ref, t.register, t.items) for t in adoption.report.tables]
    assert found == [
        ("RAID", "A5:F7", "risks", {"risks": 2}),
        ("RAID", "H5:L6", "issues", {"issues": 1}),
        ("Risk Matrix", "A4:E7", "risks", {"risks": 2}),
        ("Spend", "A3:E5", "finance", {"finance": 2}),
    ]
    r1 = adoption.project.risks[0]
    assert (r1.probability, r1.impact, r1.status) == (
        4,
        4,
        "Open",
    )  # 60%, 8 of 10, "Open - monitoring"
    assert adoption.project.issues[0].raised_date == date(2025, 3, 3)
    matrix = adoption.project.risks[2]
    # its "A1" reads as R-001, which the RAID sheet's first risk already is: the next free
    # number, so no two risks share an ID (round 11)
    assert (matrix.id, matrix.probability, matrix.impact, matrix.title) == (
        "R-003",
        2,
        5,
        "Data loss",
    )
    assert ("A1", "R-003") in adoption.report.tables[2].id_changes
    assert len({r.id for r in adoption.project.risks}) == len(adoption.project.risks)
    april = adoption.project.finance[0]
    assert (april.month, april.budget, april.actual) == (date(2025, 4, 1), 100, 90)


def test_excel_table_range_is_trusted_over_blank_rows(tmp_path: Path, standards: Standards) -> None:
    import xlsxwriter

    path = tmp_path / "listobject.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Log")
    rows = [
        ["R-1", "Vendor late", "High", "Ann"],
        [None, None, None, None],
        [None, None, None, None],
        ["R-2", "Scope creep", "Low", "Bob"],
    ]
    sheet.add_table(
        "B3:E7",
        {
            "name": "tblLog",
            "data": rows,
            "columns": [{"header": h} for h in ("ID", "Risk", "Likelihood", "Owner")],
        },
    )
    book.close()
    adoption = adopt_host(open_source(path), standards)
    assert [(t.ref, t.register, t.items) for t in adoption.report.tables] == [
        ("B3:E7", "risks", {"risks": 2})
    ]
    assert [r.title for r in adoption.project.risks] == ["Vendor late", "Scope creep"]


def test_budget_and_actuals_sheets_make_one_line_per_month(
    tmp_path: Path, standards: Standards
) -> None:
    wb = openpyxl.Workbook()
    budget = wb.active
    budget.title = "Budget"
    budget.append(["Cost Line", "Jan-25", "Feb-25", "Mar-25"])
    budget.append(["Licences", 100, 100, 100])
    actuals = wb.create_sheet("Actuals")
    actuals.append(["Item", "Cost", "Date"])
    actuals.append(["Licences", 60, "2025-01-05"])
    actuals.append(["Licences", 50, "2025-01-20"])  # same month: added up
    actuals.append(["Licences", 95, "2025-02-03"])
    path = tmp_path / "money.xlsx"
    wb.save(path)
    adoption = adopt_host(open_source(path), standards)
    lines = [(f.month, f.cost_line, f.budget, f.actual) for f in adoption.project.finance]
    assert lines == [
        (date(2025, 1, 1), "Licences", 100, 110),
        (date(2025, 2, 1), "Licences", 100, 95),
        (date(2025, 3, 1), "Licences", 100, None),
    ]
    notes = " ".join(adoption.report.tables[1].notes)
    assert "added into one Finance line" in notes and "joined" in notes


def test_header_split_over_two_rows_and_stacked_sections(
    tmp_path: Path, standards: Standards
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A4"] = "RISKS"
    ws.append(["Risk", "Risk", "Probability", "Impact", "Risk", "Target"])  # row 5
    ws.append(["ID", "Description", "(1-5)", "(1-5)", "Owner*", "Date"])  # row 6
    ws.append(["R01", "Supplier fails", 4, 5, "Ann", "30/06/2025"])
    ws.append(["R02", "Key staff leave", 2, 3, "Bob", "15/07/2025"])
    ws.append([])
    ws.append([])
    ws.append(["ASSUMPTIONS"])
    ws.append(["Ref", "Assumption", "Owner", "Validate By", "Status"])
    ws.append(["A01", "Budget approved in Q3", "Cy", "2025-09-30", "Open"])
    path = tmp_path / "split.xlsx"
    wb.save(path)
    out = tmp_path / "split.adopted.xlsx"
    adoption = adopt_file(path, out, standards)
    assert [(t.header_row, t.register, t.items) for t in adoption.report.tables] == [
        (5, "risks", {"risks": 2}),
        (12, "assumptions", {"assumptions": 1}),
    ]
    r1 = adoption.project.risks[0]
    assert (r1.id, r1.probability, r1.impact, r1.owner, r1.due_date) == (
        "R-001",
        4,
        5,
        "Ann",
        date(2025, 6, 30),
    )
    assert {c.header for c in adoption.report.tables[0].columns} >= {"Risk ID", "Probability (1-5)"}
    # the saved mapping re-applies to the same layout with the same result
    again = adopt_file(
        path,
        tmp_path / "again.xlsx",
        standards,
        mapping_path=Path(adoption.report.mapping_file or ""),
    )
    assert [(r.probability, r.impact) for r in again.project.risks] == [(4, 5), (2, 3)]


def test_hint_row_and_group_headings_are_listed_not_adopted(
    tmp_path: Path, standards: Standards
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issue Log"
    ws.append(["Issue ID", "Issue", "Date Raised", "Priority", "Owner", "Status"])
    ws.append(["(text)", "(text)", "(dd/mm/yyyy)", "H/M/L", "(name)", "(list)"])
    ws.append(["Workstream A"])
    ws.append(["1", "Server down", "02/03/2025", "H", "Ann", "Open"])
    ws.append(["2", "Slow login", "04/03/2025", "L", "Bob", "Closed"])
    ws.append(["Workstream B"])
    ws.append(["3", "No licences", "13/03/2025", "M", "Cy", "WIP"])
    path = tmp_path / "issues.xlsx"
    wb.save(path)
    adoption = adopt_host(open_source(path), standards)
    table = adoption.report.tables[0]
    assert table.items == {"issues": 3}
    reasons = {r.row: r.reason for r in table.skipped_rows}
    assert reasons[2].startswith("guidance row")
    assert reasons[3].startswith("group heading") and reasons[6].startswith("group heading")
    assert [i.priority for i in adoption.project.issues] == ["High", "Low", "Medium"]
    assert adoption.project.issues[2].raised_date == date(2025, 3, 13)


def test_legacy_xls_file(tmp_path: Path, standards: Standards) -> None:
    # tests/data/adopt_legacy_generated.xls: legacy_workbook() saved as BIFF8 .xls by
    # LibreOffice (generated here, no third-party content)
    src = Path(__file__).parent / "data" / "adopt_legacy_generated.xls"
    adoption = adopt_file(src, tmp_path / "from-xls.xlsx", standards)
    assert adoption.report.item_counts == {"risks": 4, "issues": 2, "decisions": 2, "finance": 6}
    r1 = adoption.project.risks[0]
    assert (r1.id, r1.probability, r1.impact, r1.raised_date) == ("R-001", 5, 3, date(2025, 2, 13))
    finance = next(t for t in adoption.report.tables if t.register == "finance")
    assert finance.header_row == 3  # group labels Budget / Actual merged over the months in row 2


def test_months_merged_over_budget_and_actual_sub_columns(
    tmp_path: Path, standards: Standards
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cost Tracker"
    ws["A1"] = "Cost Line"
    for i, month in enumerate(["Jan-25", "Feb-25", "Mar-25"]):
        col = 2 + 2 * i
        ws.cell(1, col, month)
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
        ws.cell(2, col, "Budget")
        ws.cell(2, col + 1, "Actual")
    ws.append(["Licences", 100, 90, 100, 95, 100, None])
    ws.append(["Staff", 500, 510, 500, 480, 500, None])
    path = tmp_path / "merged-months.xlsx"
    wb.save(path)
    adoption = adopt_host(open_source(path), standards)
    assert adoption.report.tables[0].ref == "A1:G4"
    lines = [(f.month, f.cost_line, f.budget, f.actual) for f in adoption.project.finance]
    assert lines[:2] == [
        (date(2025, 1, 1), "Licences", 100, 90),
        (date(2025, 2, 1), "Licences", 100, 95),
    ]
    assert (date(2025, 3, 1), "Staff", 500, None) in lines and len(lines) == 6


def test_inherent_and_residual_group_labels(tmp_path: Path, standards: Standards) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Log"
    ws["C1"], ws["E1"] = "Inherent", "Residual"
    ws.merge_cells("C1:D1")
    ws.merge_cells("E1:F1")
    ws.append(["ID", "Risk", "Probability", "Impact", "Probability", "Impact", "Owner"])
    ws.append(["R1", "Vendor", 4, 5, 2, 3, "Ann"])
    path = tmp_path / "residual.xlsx"
    wb.save(path)
    risk = adopt_host(open_source(path), standards).project.risks[0]
    assert (risk.probability, risk.impact, risk.residual_probability, risk.residual_impact) == (
        4,
        5,
        2,
        3,
    )
