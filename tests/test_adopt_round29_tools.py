"""Round 29 of issue 15 (task xl29): registers and trackers built as tools with Excel's own
features. Each rule tried on small workbooks written for these tests (none is a benchmark
layout), with a near-miss that must not fire:

1. **a settings sheet's financial year** (``Control``: ``Financial year start month |
   July``, ``Financial Year | FY2026/27``) is read by a tracker of fiscal periods whose own
   titles say nothing, and the table's notes say where; a ``Start date`` is no financial
   year (near-miss: the readings' April, no note);
2. **a formula column with no value saved** (written by a program, never recalculated in
   Excel) is no source of values: left out and listed, whatever its header says; a column
   of typed values (near-miss) is read;
3. **a drop-down's list** on a hidden ``Lists`` sheet is no project detail (``Phase`` over
   ``Design`` is no stage), while the project's own lines beside it are read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from adopt_sheets import adopt, column, field, finance_by_line, only, targets
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from addin.adopt.sheet_xml import scan

LINES = ["Earthworks", "Pipework", "Pumps"]


def _budget_tool(path: Path, control: list[tuple[str, object]]) -> Path:
    """A budget Table of fiscal periods P01..P12 and a Control sheet of ``control``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Budget"
    ws["A1"] = "Budget by period"
    ws.append([])
    ws.append(["Cost Line", *[f"P{p:02d}" for p in range(1, 13)]])
    for n, line in enumerate(LINES):
        ws.append([line, *[1000 * (n + 1) + p for p in range(1, 13)]])
    ctrl = wb.create_sheet("Control")
    ctrl["A1"] = "Control"
    for r, (label, value) in enumerate(control, start=3):
        ctrl.cell(r, 2, label)
        ctrl.cell(r, 3, value)
    wb.save(path)
    return path


def test_settings_sheet_financial_year_counts_the_periods(tmp_path: Path) -> None:
    path = _budget_tool(
        tmp_path / "budget.xlsx",
        [
            ("Project Name", "Riverbank Pumping Station"),
            ("Currency", "AUD"),
            ("Financial Year", "FY2026/27"),
            ("Financial year start month", "July"),
        ],
    )
    adoption = adopt(path)
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 7, 1), "Earthworks")].budget == 1001
    assert lines[(date(2027, 6, 1), "Pumps")].budget == 3012
    notes = " ".join(only(adoption).notes)
    assert "Control!C5 'Financial Year: FY2026/27'" in notes
    assert "Control!C6 'Financial year start month: July'" in notes


def test_settings_year_starts_in_label_reads_the_month(tmp_path: Path) -> None:
    path = _budget_tool(
        tmp_path / "budget.xlsx",
        [("Project", "Dockside"), ("Year starts in", "October"), ("Financial Year", "2026-27")],
    )
    lines = finance_by_line(adopt(path))
    assert lines[(date(2026, 10, 1), "Pipework")].budget == 2001


def test_near_miss_a_start_date_is_no_financial_year(tmp_path: Path) -> None:
    path = _budget_tool(
        tmp_path / "budget.xlsx",
        [("Project Name", "Dockside"), ("Start date", "July 2025"), ("Currency", "AUD")],
    )
    adoption = adopt(path)
    months = {m for m, _ in finance_by_line(adoption)}
    assert min(months).month == 4  # the readings' April: nothing names the financial year
    assert not any("settings sheet" in n for n in only(adoption).notes)


def _risk_tool(path: Path, due: list[object]) -> Path:
    """A risk Table whose ``Score`` is a formula (no value saved) and whose ``Due Date``
    holds ``due`` (formulas or typed dates)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    ws.append(["Risk ID", "Risk Title", "Owner", "Likelihood", "Impact", "Score", "Due Date"])
    titles = ["Crane hire late", "Ground water ingress", "Design change", "Steel prices"]
    for n, title in enumerate(titles):
        r = n + 2
        ws.append([f"R-{n + 1:03d}", title, "Ana Reyes", 2 + n % 3, 3, f"=D{r}*E{r}", due[n]])
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
    table = Table(displayName="tblRisks", ref=f"A1:G{len(titles) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    wb.save(path)
    return path


def test_formula_column_with_no_value_is_left_out_and_listed(tmp_path: Path) -> None:
    path = _risk_tool(tmp_path / "risks.xlsx", [f"=TODAY()+{7 * (n + 1)}" for n in range(4)])
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["Due Date"] is None
    assert targets(table)["Score"] is None
    assert "formulas with no value saved" in column(table, "Due Date").note
    assert "(=TODAY()+7)" in column(table, "Due Date").note
    listed = [n for n in table.notes if n.startswith("formula columns with no value saved")]
    assert listed and "F 'Score' (=D2*E2)" in listed[0] and "G 'Due Date'" in listed[0]
    assert field(adoption, "risks", "due_date") == [None] * 4
    assert field(adoption, "risks", "title")[0] == "Crane hire late"


def test_near_miss_typed_dates_are_read(tmp_path: Path) -> None:
    days = [date(2026, 5, 4 + n) for n in range(4)]
    adoption = adopt(_risk_tool(tmp_path / "risks.xlsx", list(days)))
    table = only(adoption)
    assert targets(table)["Due Date"] == "due_date"
    assert field(adoption, "risks", "due_date") == days
    assert "Due Date" not in " ".join(table.notes)


def test_scan_tells_a_saved_value_from_none() -> None:
    xml = (
        b'<worksheet><sheetData><row r="2"><c r="F2"><f>D2*E2</f></c>'
        b'<c r="G2"><f>D2+1</f><v>4</v></c><c r="H2" t="str"><f t="shared" si="0"/></c>'
        b'<c r="I2" t="str"><f>IF(D2="","",D2)</f><v></v></c>'
        b'<c r="J2"><f>D2-1</f><v></v></c>'
        b"</row></sheetData></worksheet>"
    )
    facts = scan(xml)
    # J2 as openpyxl writes a formula it cannot compute; I2 an empty text Excel computed
    assert facts.uncomputed == {(2, 6): "D2*E2", (2, 8): "", (2, 10): "D2-1"}


def test_lists_sheet_is_no_project_detail(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws.append(["Milestone", "Phase", "Owner", "Baseline Date", "Forecast Date"])
    for n, text in enumerate(["Design approved", "Contract signed", "Site open"]):
        ws.append([text, "Design", "Ana Reyes", date(2026, 3, 2 + n), date(2026, 3, 9 + n)])
    dv = DataValidation(type="list", formula1="=lstPhase", allow_blank=True)
    dv.add("B2:B50")
    ws.add_data_validation(dv)
    lists = wb.create_sheet("Lists")
    for r, row in enumerate(
        [["Phase", "People"], ["Design", "Ana Reyes"], ["Build", "Ben Ode"]], 1
    ):
        for c, value in enumerate(row, 1):
            lists.cell(r, c, value)
    lists["E1"] = "Project Name"
    lists["F1"] = "Harbour Ferry Terminal"
    lists.sheet_state = "hidden"
    wb.defined_names["lstPhase"] = DefinedName("lstPhase", attr_text="Lists!$A$2:$A$3")
    path = tmp_path / "milestones.xlsx"
    wb.save(path)
    adoption = adopt(path)
    assert adoption.project.header.stage is None  # 'Phase | People' is the lists' names
    assert adoption.project.header.project_name == "Harbour Ferry Terminal"
    assert only(adoption).register == "milestones"


def test_settings_start_as_a_date_or_a_month_number(tmp_path: Path) -> None:
    dated = _budget_tool(
        tmp_path / "dated.xlsx",
        [("Project", "Dockside"), ("Financial year start", date(2026, 7, 1)), ("Currency", "NZD")],
    )
    assert (date(2026, 7, 1), "Earthworks") in finance_by_line(adopt(dated))
    numbered = _budget_tool(
        tmp_path / "numbered.xlsx",
        [("Project", "Dockside"), ("FY start month", 10), ("Financial Year", "FY2026/27")],
    )
    assert finance_by_line(adopt(numbered))[(date(2026, 10, 1), "Earthworks")].budget == 1001


def _issue_table(path: Path, totals: bool) -> Path:
    """An issue Table of five rows; with ``totals`` a totals row of SUBTOTAL formulas, else
    a reviewer's line under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Issue Log"
    ws.append(["Issue ID", "Issue", "Owner", "Raised", "Status", "Cost Impact"])
    for n in range(5):
        raised = date(2026, 2, 2 + n)
        ws.append([f"I-{n + 1:03d}", f"Site problem {n + 1}", "Ana Reyes", raised, "Open", 100 * n])
    if totals:
        ws.append(["Total", None, None, None, "=SUBTOTAL(103,tblIssues[Status])"])
    else:
        ws.append([])
        ws.append(["Last reviewed by the PMO on 02/03/2026"])
    table = Table(displayName="tblIssues", ref="A1:F7" if totals else "A1:F6")
    table.totalsRowCount = 1 if totals else None
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    wb.save(path)
    return path


def test_an_excel_tables_totals_row_is_said_as_such(tmp_path: Path) -> None:
    adoption = adopt(_issue_table(tmp_path / "issues.xlsx", totals=True))
    table = only(adoption)
    assert table.items == {"issues": 5}
    assert "row 7: the Excel table's totals row, no item (not adopted)" in table.notes
    assert not [why for sheet, why in adoption.report.left_out_sheets if "outside" in why]


def test_near_miss_a_line_under_a_table_without_totals_is_still_listed(tmp_path: Path) -> None:
    adoption = adopt(_issue_table(tmp_path / "issues.xlsx", totals=False))
    assert only(adoption).items == {"issues": 5}
    assert not any("totals row" in n for n in only(adoption).notes)
    assert [why for sheet, why in adoption.report.left_out_sheets if "outside" in why]
