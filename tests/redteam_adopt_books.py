"""Legacy PMO workbooks in layouts the adoption code was not tuned on (red team).

Each builder writes one workbook into a folder and returns its path. The layouts are
the ones PMOs really keep: tool exports (Jira, Smartsheet), PRINCE2 risk registers,
one-sheet-per-register RAID templates, mixed RAID lists, finance trackers with months
across or in long format, milestone plans, decision and dependency logs, side-by-side
tables, two-row headers, other header spellings, non-English sheet names, hidden lookup
sheets, pivot-like summaries, .xls and .xlsm. Built here, so free to ship in tests.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

BAND = PatternFill("solid", fgColor="DDEBF7")


def _rows(ws: Worksheet, top: int, left: int, rows: list[list[object]]) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(top + r, left + c, value)


def jira_export(folder: Path) -> Path:
    """A Jira CSV-like export saved as xlsx: flat, many columns, header in row 1."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Jira Export"
    header = [
        "Issue Type",
        "Issue key",
        "Issue id",
        "Summary",
        "Assignee",
        "Reporter",
        "Priority",
        "Status",
        "Status Category",
        "Resolution",
        "Created",
        "Updated",
        "Due date",
        "Resolved",
        "Labels",
        "Description",
        "Sprint",
        "Story Points",
    ]
    data = [
        [
            "Bug",
            "PMO-101",
            10101,
            "Login fails on SSO",
            "Ann Lee",
            "Bob Ray",
            "Highest",
            "In Progress",
            "In Progress",
            None,
            datetime(2026, 2, 1, 9, 30),
            datetime(2026, 3, 1, 10, 0),
            date(2026, 3, 15),
            None,
            "sso",
            "Users locked out",
            "Sprint 4",
            3,
        ],
        [
            "Task",
            "PMO-102",
            10102,
            "Data migration slow",
            "Cy Dee",
            "Bob Ray",
            "High",
            "To Do",
            "To Do",
            None,
            datetime(2026, 2, 3, 9, 30),
            datetime(2026, 3, 2, 10, 0),
            date(2026, 4, 1),
            None,
            "",
            "Batch takes 9h",
            "Sprint 4",
            5,
        ],
        [
            "Bug",
            "PMO-103",
            10103,
            "Report totals wrong",
            "Ann Lee",
            "Di Eve",
            "Medium",
            "Done",
            "Done",
            "Fixed",
            datetime(2026, 1, 10, 9, 0),
            datetime(2026, 2, 2, 10, 0),
            date(2026, 2, 1),
            datetime(2026, 2, 2, 10, 0),
            "",
            "",
            "Sprint 3",
            2,
        ],
        [
            "Story",
            "PMO-104",
            10104,
            "Vendor API not ready",
            None,
            "Di Eve",
            "Low",
            "Blocked",
            "In Progress",
            None,
            datetime(2026, 2, 20, 9, 0),
            datetime(2026, 3, 3, 10, 0),
            None,
            None,
            "vendor",
            "Waiting on vendor",
            None,
            None,
        ],
        [
            "Bug",
            "PMO-105",
            10105,
            "Typos in UI",
            "Cy Dee",
            "Di Eve",
            "Lowest",
            "Closed",
            "Done",
            "Won't Do",
            datetime(2026, 1, 5, 9, 0),
            datetime(2026, 1, 9, 10, 0),
            None,
            datetime(2026, 1, 9, 10, 0),
            "",
            "",
            None,
            1,
        ],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "jira_export.xlsx")
    return folder / "jira_export.xlsx"


def prince2_risks(folder: Path) -> Path:
    """PRINCE2 risk register: cause/event/effect, % probability, impact in money."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = "PRINCE2 Risk Register"
    ws["A2"], ws["B2"] = "Project:", "Harbour Bridge Refit"
    header = [
        "Risk Identifier",
        "Risk Author",
        "Date Registered",
        "Risk Category",
        "Cause",
        "Event",
        "Effect",
        "Probability",
        "Impact (£)",
        "Expected Value",
        "Proximity",
        "Risk Response Category",
        "Risk Response",
        "Risk Status",
        "Risk Owner",
        "Risk Actionee",
    ]
    data = [
        [
            "RSK-01",
            "PM",
            date(2026, 1, 12),
            "Technical",
            "Old steel",
            "Corrosion found",
            "Rework of deck",
            0.3,
            120000,
            36000,
            "Next 3 months",
            "Reduce",
            "Survey early",
            "Open",
            "Ann Lee",
            "Bob Ray",
        ],
        [
            "RSK-02",
            "PM",
            date(2026, 1, 20),
            "Commercial",
            "Single supplier",
            "Supplier insolvent",
            "Delay 2 months",
            0.1,
            250000,
            25000,
            "Within 1 month",
            "Fallback",
            "Second source",
            "Open",
            "Cy Dee",
            "Cy Dee",
        ],
        [
            "RSK-03",
            "PM",
            date(2026, 2, 2),
            "Environmental",
            "Wet season",
            "Flooding",
            "Site closed",
            0.7,
            40000,
            28000,
            "Next 6 months",
            "Accept",
            "",
            "Open",
            "Di Eve",
            "Ed Fox",
        ],
        [
            "RSK-04",
            "PM",
            date(2026, 2, 9),
            "Legal",
            "New regulation",
            "Permit rules change",
            "Redesign",
            0.9,
            80000,
            72000,
            "Imminent",
            "Transfer",
            "Insure",
            "Closed",
            "Ann Lee",
            "Bob Ray",
        ],
        [
            "RSK-05",
            "PM",
            date(2026, 2, 16),
            "People",
            "Skills gap",
            "Welders unavailable",
            "Slower work",
            0.5,
            15000,
            7500,
            "Far away",
            "Reduce",
            "Train two",
            "Open",
            "Ed Fox",
            "Ed Fox",
        ],
    ]
    _rows(ws, 4, 1, [header, *data])
    for r in range(5, 10):
        ws.cell(r, 8).number_format = "0%"
    wb.save(folder / "prince2_risks.xlsx")
    return folder / "prince2_risks.xlsx"


def _titled_sheet(
    ws: Worksheet, title: str, header: list[str], notes: list[str], rows: list[list[object]]
) -> None:
    ws["A1"] = "[LOGO]"
    ws["C1"] = title
    ws["C1"].font = Font(size=18, bold=True)
    ws["C2"] = "Project: Orion CRM replacement"
    ws["C3"] = "Version 1.2 - last reviewed 01/03/2026"
    ws.merge_cells("A1:B3")
    _rows(ws, 6, 1, [header, notes, *rows])
    for c in range(1, len(header) + 1):
        ws.cell(6, c).font = Font(bold=True)
        for r in range(8, 30, 2):
            ws.cell(r, c).fill = BAND
    ws.freeze_panes = "B8"
    dv = DataValidation(type="list", formula1='"Open,Closed,In Progress"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("F8:F200")


def raid_template_sheets(folder: Path) -> Path:
    """A RAID template: one register per sheet, logo/title area, notes row, 2 filled rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    _titled_sheet(
        ws,
        "RISK LOG",
        [
            "Risk No.",
            "Risk Description",
            "Likelihood",
            "Impact",
            "Owner",
            "Status",
            "Mitigating Actions",
            "Date Raised",
        ],
        [
            "Auto",
            "Describe the risk: cause, event, effect",
            "H/M/L",
            "H/M/L",
            "Name of owner",
            "Select",
            "What will be done",
            "dd/mm/yyyy",
        ],
        [
            [1, "Legacy data is dirty", "H", "M", "Ann Lee", "Open", "Cleanse early", "02/02/2026"],
            [
                2,
                "Users resist change",
                "M",
                "H",
                "Bob Ray",
                "Open",
                "Champions network",
                "09/02/2026",
            ],
        ],
    )
    ws = wb.create_sheet("Issues")
    _titled_sheet(
        ws,
        "ISSUE LOG",
        [
            "Issue No.",
            "Issue Description",
            "Priority",
            "Raised By",
            "Owner",
            "Status",
            "Resolution / Action",
            "Date Raised",
        ],
        [
            "Auto",
            "What has happened",
            "H/M/L",
            "Name",
            "Name of owner",
            "Select",
            "Action taken",
            "dd/mm/yyyy",
        ],
        [
            [1, "Test environment down", "H", "Cy Dee", "Di Eve", "Open", "Rebuild", "16/02/2026"],
            [
                2,
                "Licence count short",
                "M",
                "Cy Dee",
                "Ann Lee",
                "Closed",
                "Bought 20",
                "20/02/2026",
            ],
        ],
    )
    ws = wb.create_sheet("Assumptions")
    _titled_sheet(
        ws,
        "ASSUMPTIONS",
        ["Ref", "Assumption", "Owner", "Date Raised", "Validate By", "Status", "Comments"],
        ["Auto", "What we take as true", "Name", "dd/mm/yyyy", "dd/mm/yyyy", "Select", ""],
        [
            [1, "Vendor keeps price", "Ann Lee", "01/02/2026", "31/03/2026", "Open", ""],
            [2, "Staff available in May", "Bob Ray", "01/02/2026", "30/04/2026", "Open", ""],
        ],
    )
    ws = wb.create_sheet("Dependencies")
    _titled_sheet(
        ws,
        "DEPENDENCIES",
        ["Ref", "Dependency Description", "Dependent On", "Owner", "Need By", "Status"],
        ["Auto", "What we need", "Team / project", "Name", "dd/mm/yyyy", "Select"],
        [
            [1, "SSO from IAM programme", "IAM programme", "Cy Dee", "15/04/2026", "Open"],
            [2, "Network upgrade", "Infra", "Di Eve", "01/05/2026", "Open"],
        ],
    )
    wb.save(folder / "raid_template_sheets.xlsx")
    return folder / "raid_template_sheets.xlsx"


def mixed_raid_words(folder: Path) -> Path:
    """One RAID list with a Type column: Risk, Assumption, Issue, Dependency, Action, Decision."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RAID"
    ws["A1"] = "RAID Log - Project Falcon"
    header = [
        "ID",
        "Type",
        "Title",
        "Description",
        "Owner",
        "Date Raised",
        "Status",
        "Due Date",
        "Comments",
    ]
    data = [
        [
            1,
            "Risk",
            "Vendor delay",
            "Vendor may slip",
            "Ann Lee",
            date(2026, 1, 5),
            "Open",
            date(2026, 4, 1),
            "",
        ],
        [
            2,
            "Issue",
            "Server outage",
            "Prod server down",
            "Bob Ray",
            date(2026, 1, 9),
            "Open",
            date(2026, 2, 1),
            "",
        ],
        [
            3,
            "Assumption",
            "Budget holds",
            "No cut this FY",
            "Cy Dee",
            date(2026, 1, 10),
            "Open",
            date(2026, 3, 31),
            "",
        ],
        [
            4,
            "Dependency",
            "IAM go-live",
            "Needs IAM by April",
            "Di Eve",
            date(2026, 1, 12),
            "Open",
            date(2026, 4, 15),
            "",
        ],
        [
            5,
            "Action",
            "Book workshop",
            "Book room",
            "Ann Lee",
            date(2026, 1, 14),
            "Closed",
            date(2026, 1, 20),
            "",
        ],
        [
            6,
            "Decision",
            "Go with SaaS",
            "SaaS over on-prem",
            "Board",
            date(2026, 1, 15),
            "Closed",
            None,
            "Approved at SteerCo",
        ],
        [
            7,
            "Risk",
            "Key staff leave",
            "Architect may leave",
            "Bob Ray",
            date(2026, 1, 20),
            "Open",
            date(2026, 5, 1),
            "",
        ],
    ]
    _rows(ws, 3, 1, [header, *data])
    wb.save(folder / "mixed_raid_words.xlsx")
    return folder / "mixed_raid_words.xlsx"


def mixed_raid_letters(folder: Path) -> Path:
    """A RAID list whose Type column says R / A / I / D."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Log"
    header = ["Ref", "R/A/I/D", "Summary", "Owner", "Raised", "Status", "Next Action"]
    data = [
        ["001", "R", "Scope creep", "Ann Lee", "03/02/2026", "Open", "Change board"],
        ["002", "A", "Users trained by go-live", "Bob Ray", "03/02/2026", "Open", ""],
        ["003", "I", "Budget overspent", "Cy Dee", "10/02/2026", "Open", "Escalate"],
        ["004", "D", "Data from finance system", "Di Eve", "12/02/2026", "Open", ""],
        ["005", "R", "Regulator review", "Ann Lee", "15/02/2026", "Closed", ""],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "mixed_raid_letters.xlsx")
    return folder / "mixed_raid_letters.xlsx"


def us_dates_issues(folder: Path) -> Path:
    """An issue log with MM/DD/YYYY text dates (one day above 12 proves the order)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issues"
    header = [
        "Issue #",
        "Issue",
        "Severity",
        "Opened",
        "Target date",
        "Closure date",
        "Status",
        "Resp.",
    ]
    data = [
        ["I1", "Printer fleet failing", "High", "03/02/2026", "03/20/2026", "", "Open", "Ann Lee"],
        [
            "I2",
            "Scanner driver bug",
            "Medium",
            "02/14/2026",
            "03/01/2026",
            "02/28/2026",
            "Closed",
            "Bob Ray",
        ],
        ["I3", "Toner shortage", "Low", "01/05/2026", "04/30/2026", "", "Open", "Cy Dee"],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "us_dates_issues.xlsx")
    return folder / "us_dates_issues.xlsx"


def mixed_date_formats(folder: Path) -> Path:
    """Risks whose dates are 'Mar 3, 2026', '3-Mar-26', '2026/03/03' and Excel serials."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Log"
    header = ["Risk ID", "Risk", "Probability", "Impact", "OWNER", "Raised on", "Due", "Status"]
    data = [
        [
            "R-1",
            "Power cut at DC",
            "Very High",
            "Med",
            "Ann Lee",
            "Mar 3, 2026",
            "3-Mar-26",
            "Open",
        ],
        ["R-2", "Contract dispute", "V.Low", "Very High", "Bob Ray", "2026/03/03", 46100, "Open"],
        ["R-3", "Late hardware", "High", "High", "Cy Dee", 46085, "Apr 30, 2026", "Open"],
        ["R-4", "Test data gaps", "Low", "V.Low", "Di Eve", "15-Jan-26", "2026/02/28", "Closed"],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "mixed_date_formats.xlsx")
    return folder / "mixed_date_formats.xlsx"


def rag_words_milestones(folder: Path) -> Path:
    """A milestone plan: Baseline, Current Forecast, Actual, RAG (R/A/G, Amber-Red), % Complete."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Milestone Plan"
    ws["A1"] = "Key Milestones"
    ws["A2"] = "Report date:"
    ws["B2"] = date(2026, 3, 1)
    header = [
        "Milestone",
        "Gate",
        "Owner(s)",
        "Baseline",
        "Current Forecast",
        "Actual",
        "RAG",
        "% Complete",
    ]
    data = [
        [
            "Business case approved",
            "Gate 1",
            "Ann Lee",
            date(2026, 1, 15),
            date(2026, 1, 15),
            date(2026, 1, 14),
            "G",
            1.0,
        ],
        [
            "Design signed off",
            "Gate 2",
            "Bob Ray",
            date(2026, 2, 28),
            date(2026, 3, 14),
            None,
            "Amber",
            0.8,
        ],
        [
            "Build complete",
            "",
            "Cy Dee",
            date(2026, 5, 31),
            date(2026, 7, 15),
            None,
            "Amber-Red",
            0.3,
        ],
        ["UAT exit", "Gate 3", "Di Eve", date(2026, 6, 30), date(2026, 8, 30), None, "R", 0.0],
        ["Go live", "Gate 4", "Ann Lee", date(2026, 7, 31), date(2026, 9, 30), None, "Red", 0.0],
    ]
    _rows(ws, 4, 1, [header, *data])
    wb.save(folder / "milestone_plan.xlsx")
    return folder / "milestone_plan.xlsx"


def finance_months_across(folder: Path) -> Path:
    """Months across (Apr-25..Mar-26) under an FY header, Budget/Actual/Forecast rows per
    cost line, subtotal rows, a Grand Total column, currency text with (negatives)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Finance"
    ws["A1"] = "Project Finance Tracker"
    ws["C3"] = "FY 2025/26"
    ws.merge_cells("C3:N3")
    months = [
        "Apr-25",
        "May-25",
        "Jun-25",
        "Jul-25",
        "Aug-25",
        "Sep-25",
        "Oct-25",
        "Nov-25",
        "Dec-25",
        "Jan-26",
        "Feb-26",
        "Mar-26",
    ]
    _rows(ws, 4, 1, [["Cost Line", "Measure", *months, "Grand Total"]])
    row = 5
    lines = [("Contractors", 10000), ("Licences", 2000)]
    for name, base in lines:
        sub = [0.0] * 12
        for measure in ("Budget", "Actual", "Forecast"):
            values: list[object] = []
            for m in range(12):
                amount = base + 100 * m if measure != "Actual" or m < 11 else None
                if amount is None:
                    values.append(None)
                    continue
                if measure == "Actual" and m == 3:
                    amount = -1200  # a credit note
                values.append(f"£{amount:,.0f}" if amount >= 0 else f"({-amount:,.0f})")
            total = sum(
                (
                    -float(v[1:-1].replace(",", ""))
                    if v.startswith("(")
                    else float(v[1:].replace(",", ""))
                )
                for v in values
                if isinstance(v, str)
            )
            _rows(ws, row, 1, [[name, measure, *values, total]])
            row += 1
        _ = sub
    _rows(
        ws,
        row,
        1,
        [
            [
                "Total Budget",
                "Budget",
                *[sum(b + 100 * m for _, b in lines) for m in range(12)],
                sum(sum(b + 100 * m for _, b in lines) for m in range(12)),
            ]
        ],
    )
    wb.save(folder / "finance_months_across.xlsx")
    return folder / "finance_months_across.xlsx"


def finance_long_period(folder: Path) -> Path:
    """Long-format finance: one row per month and cost line; Period = '2026-04'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Costs"
    header = ["Period", "Cost Line", "Cost Type", "Budget", "Actual", "Forecast"]
    data = []
    for i, period in enumerate(["2026-04", "2026-05", "2026-06"]):
        data.append([period, "Staff", "OpEx", 5000, 4800 + i * 10, 5000])
        data.append([period, "Hardware", "CapEx", 2000, 2500, 2000])
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "finance_long_period.xlsx")
    return folder / "finance_long_period.xlsx"


def finance_long_fiscal(folder: Path) -> Path:
    """Long-format finance whose Period says 'P01 FY26' (fiscal periods, April start)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ledger"
    header = ["Period", "Cost Centre", "Description", "Budget", "Actuals", "Forecast"]
    data = [
        ["P01 FY26", "CC100", "Consultancy", 8000, 7900, 8000],
        ["P02 FY26", "CC100", "Consultancy", 8000, 8100, 8000],
        ["P03 FY26", "CC100", "Consultancy", 8000, 8000, 8000],
        ["P01 FY26", "CC200", "Cloud hosting", 1500, 1450, 1500],
        ["P02 FY26", "CC200", "Cloud hosting", 1500, 1600, 1500],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "finance_long_fiscal.xlsx")
    return folder / "finance_long_fiscal.xlsx"


def decision_log(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Decision Log"
    ws["A1"] = "DECISION LOG"
    header = [
        "Decision Ref",
        "Decision Description",
        "Decided By",
        "Date Decided",
        "Rationale / Justification",
        "Impact",
        "Related Items",
    ]
    data = [
        [
            "DEC-01",
            "Adopt agile delivery",
            "SteerCo",
            date(2026, 1, 8),
            "Faster feedback",
            "Process",
            "R-1",
        ],
        ["DEC-02", "Defer reporting module", "Sponsor", date(2026, 2, 3), "Budget", "Scope", ""],
        ["DEC-03", "Hire two testers", "PM", date(2026, 2, 20), "Test backlog", "Cost", ""],
    ]
    _rows(ws, 3, 1, [header, *data])
    wb.save(folder / "decision_log.xlsx")
    return folder / "decision_log.xlsx"


def dependency_log(folder: Path) -> Path:
    """Dependencies between projects: Provider / Receiver project columns."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dependency Log"
    header = [
        "Dep ID",
        "Dependency",
        "Provider Project",
        "Receiver Project",
        "Provider Owner",
        "Receiver Owner",
        "Required Date",
        "Committed Date",
        "Status",
    ]
    data = [
        [
            "D01",
            "Identity service",
            "PRJ-0200",
            "PRJ-0100",
            "Ann Lee",
            "Bob Ray",
            date(2026, 4, 1),
            date(2026, 3, 20),
            "On Track",
        ],
        [
            "D02",
            "Data lake feed",
            "PRJ-0100",
            "PRJ-0300",
            "Bob Ray",
            "Cy Dee",
            date(2026, 5, 1),
            date(2026, 6, 1),
            "At Risk",
        ],
        [
            "D03",
            "Network refresh",
            "PRJ-0400",
            "PRJ-0100",
            "Di Eve",
            "Bob Ray",
            date(2026, 3, 1),
            None,
            "Late",
        ],
    ]
    _rows(ws, 1, 1, [header, *data])
    wb.save(folder / "dependency_log.xlsx")
    return folder / "dependency_log.xlsx"


def side_by_side(folder: Path) -> Path:
    """Risks in A:F and issues in H:M on one sheet, empty column G, notes block below."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Log"
    ws["A1"], ws["H1"] = "Risks", "Issues"
    _rows(
        ws,
        2,
        1,
        [
            ["Risk ID", "Risk Description", "Probability", "Impact", "Risk Owner", "Status"],
            ["R1", "Budget overrun", 4, 3, "Ann Lee", "Open"],
            ["R2", "Vendor exit", 2, 5, "Bob Ray", "Open"],
            ["R3", "Skills gap", 3, 3, "Cy Dee", "Closed"],
        ],
    )
    _rows(
        ws,
        2,
        8,
        [
            ["Issue ID", "Issue Description", "Priority", "Issue Owner", "Date Raised", "Status"],
            ["I1", "Server failed", "High", "Di Eve", date(2026, 2, 1), "Open"],
            ["I2", "Late invoice", "Low", "Ann Lee", date(2026, 2, 8), "Open"],
        ],
    )
    ws["A9"] = "Notes:"
    ws["A10"] = "1. Scores use a 1-5 scale; review monthly at the project board."
    ws["A11"] = "2. Close items only with sponsor agreement."
    wb.save(folder / "side_by_side.xlsx")
    return folder / "side_by_side.xlsx"


def inherent_residual(folder: Path) -> Path:
    """Two-row header: merged 'Inherent' over P/I/Score and 'Residual' over P/I/Score."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risk Register"
    ws["A1"] = "Corporate Risk Register"
    ws["D3"], ws["H3"] = "Inherent", "Residual"
    ws.merge_cells("D3:F3")
    ws.merge_cells("H3:J3")
    _rows(
        ws,
        4,
        1,
        [
            ["Ref", "Risk", "Owner", "P", "I", "Score", "Controls", "P", "I", "Score", "Status"],
            ["CR01", "Cyber attack", "CIO", 4, 5, 20, "MFA, SOC", 2, 5, 10, "Open"],
            ["CR02", "Fraud", "CFO", 3, 4, 12, "Audit", 2, 3, 6, "Open"],
            ["CR03", "Fire at HQ", "COO", 1, 5, 5, "Sprinklers", 1, 3, 3, "Open"],
        ],
    )
    wb.save(folder / "inherent_residual.xlsx")
    return folder / "inherent_residual.xlsx"


def odd_headers(folder: Path) -> Path:
    """Other spellings: 'OWNER', 'owner(s)', 'Action Owner', 'Date raised', 'Raised on',
    'Target date', 'Due', 'Closure date'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issue Tracker"
    _rows(
        ws,
        2,
        2,
        [
            [
                "Issue Ref",
                "Issue Title",
                "owner(s)",
                "Date raised",
                "Target date",
                "Closure date",
                "Current Status",
                "Severity (1-5)",
            ],
            [
                "ISS-7",
                "Interface spec late",
                "Ann Lee",
                date(2026, 1, 3),
                date(2026, 2, 1),
                None,
                "Open",
                4,
            ],
            [
                "ISS-8",
                "Test rig broken",
                "Bob Ray",
                date(2026, 1, 9),
                date(2026, 1, 30),
                date(2026, 1, 28),
                "Closed",
                2,
            ],
        ],
    )
    ws = wb.create_sheet("Assumption Log")
    _rows(
        ws,
        1,
        1,
        [
            ["No", "Assumption", "Action Owner", "Raised on", "Due", "Status"],
            [1, "Site access granted by May", "Cy Dee", date(2026, 2, 2), date(2026, 5, 1), "Open"],
            [2, "Tariff unchanged", "Di Eve", date(2026, 2, 2), date(2026, 6, 1), "Open"],
        ],
    )
    wb.save(folder / "odd_headers.xlsx")
    return folder / "odd_headers.xlsx"


def foreign_sheets_with_helpers(folder: Path) -> Path:
    """Non-English sheet names, a hidden lookup sheet and a pivot-like summary sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Übersicht"
    _rows(
        ws,
        1,
        1,
        [
            ["Row Labels", "Count of Risk ID", "Sum of Score"],
            ["Open", 3, 37],
            ["Closed", 1, 6],
            ["Grand Total", 4, 43],
        ],
    )
    ws = wb.create_sheet("Risiken")
    _rows(
        ws,
        1,
        1,
        [
            ["Risk ID", "Risk Title", "Likelihood", "Impact", "Owner", "Status", "Mitigation"],
            ["R-001", "Lieferverzug", "High", "Medium", "Anna", "Open", "Zweitlieferant"],
            ["R-002", "Budgetkürzung", "Low", "High", "Bernd", "Open", "Reserve"],
            ["R-003", "Personalmangel", "Medium", "Medium", "Clara", "Open", "Rekrutieren"],
            ["R-004", "Datenschutz", "Low", "Low", "Dora", "Closed", ""],
        ],
    )
    ws = wb.create_sheet("Listen")
    _rows(
        ws,
        1,
        1,
        [
            ["Status", "Likelihood", "Impact", "Category"],
            ["Open", "Low", "Low", "Technical"],
            ["Closed", "Medium", "Medium", "Commercial"],
            [None, "High", "High", "People"],
        ],
    )
    ws.sheet_state = "hidden"
    wb.save(folder / "foreign_sheets.xlsx")
    return folder / "foreign_sheets.xlsx"


def smartsheet_plan(folder: Path) -> Path:
    """A Smartsheet/MS Project task export: a schedule, not a register (must be left out),
    beside a milestone-flagged task list."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Project Plan"
    _rows(
        ws,
        1,
        1,
        [
            [
                "Task Name",
                "Duration",
                "Start",
                "Finish",
                "Predecessors",
                "Assigned To",
                "% Complete",
                "Status",
            ],
            [
                "Discovery",
                "10d",
                date(2026, 1, 5),
                date(2026, 1, 16),
                "",
                "Ann Lee",
                1.0,
                "Complete",
            ],
            [
                "Design",
                "15d",
                date(2026, 1, 19),
                date(2026, 2, 6),
                "1",
                "Bob Ray",
                0.5,
                "In Progress",
            ],
            [
                "Build",
                "30d",
                date(2026, 2, 9),
                date(2026, 3, 20),
                "2",
                "Cy Dee",
                0.0,
                "Not Started",
            ],
            ["Test", "10d", date(2026, 3, 23), date(2026, 4, 3), "3", "Di Eve", 0.0, "Not Started"],
        ],
    )
    wb.save(folder / "smartsheet_plan.xlsx")
    return folder / "smartsheet_plan.xlsx"


def issue_log_rag_letters(folder: Path) -> Path:
    """An issue log with 'Highest..Lowest' priorities and an R/A/G column, header in row 8."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issue Log"
    ws["B2"] = "ISSUE LOG"
    ws["B4"], ws["C4"] = "Project Name", "Neptune"
    ws["B5"], ws["C5"] = "Project Manager", "Jo Park"
    _rows(
        ws,
        8,
        2,
        [
            [
                "#",
                "Description",
                "Priority",
                "RAG",
                "Action Owner",
                "Date Opened",
                "Due Date",
                "Status",
                "Update",
            ],
            [
                1,
                "Interface failing intermittently",
                "Highest",
                "R",
                "Ann Lee",
                date(2026, 1, 2),
                date(2026, 1, 20),
                "Open",
                "Vendor engaged",
            ],
            [
                2,
                "Training material late",
                "Medium",
                "A",
                "Bob Ray",
                date(2026, 1, 12),
                date(2026, 2, 10),
                "Open",
                "",
            ],
            [
                3,
                "Minor UI glitches",
                "Lowest",
                "G",
                "Cy Dee",
                date(2026, 1, 14),
                None,
                "Closed",
                "Fixed in 1.2",
            ],
        ],
    )
    wb.save(folder / "issue_log_rag.xlsx")
    return folder / "issue_log_rag.xlsx"


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "jira_export": jira_export,
    "prince2_risks": prince2_risks,
    "raid_template_sheets": raid_template_sheets,
    "mixed_raid_words": mixed_raid_words,
    "mixed_raid_letters": mixed_raid_letters,
    "us_dates_issues": us_dates_issues,
    "mixed_date_formats": mixed_date_formats,
    "milestone_plan": rag_words_milestones,
    "finance_months_across": finance_months_across,
    "finance_long_period": finance_long_period,
    "finance_long_fiscal": finance_long_fiscal,
    "decision_log": decision_log,
    "dependency_log": dependency_log,
    "side_by_side": side_by_side,
    "inherent_residual": inherent_residual,
    "odd_headers": odd_headers,
    "foreign_sheets": foreign_sheets_with_helpers,
    "smartsheet_plan": smartsheet_plan,
    "issue_log_rag": issue_log_rag_letters,
}


def convert_with_libreoffice(src: Path, fmt: str, folder: Path) -> Path | None:
    """``src`` converted by LibreOffice to ``fmt`` ('xls' or 'xlsm'), or None without it."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    filters = {"xls": "xls:MS Excel 97", "xlsm": "xlsm:Calc MS Excel 2007 VBA XML"}
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                filters[fmt],
                "--outdir",
                str(folder),
                str(src),
            ],
            capture_output=True,
            timeout=120,
            check=False,
        )
    out = folder / f"{src.stem}.{fmt}"
    return out if out.exists() else None


def build_all(folder: Path) -> dict[str, Path]:
    """Every red-team workbook, plus an .xls and an .xlsm conversion, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: build(folder) for name, build in BUILDERS.items()}
    conv = folder / "converted"
    conv.mkdir(exist_ok=True)
    xls = convert_with_libreoffice(paths["mixed_raid_words"], "xls", conv)
    if xls is not None:
        paths["xls"] = xls
    xlsm = convert_with_libreoffice(paths["prince2_risks"], "xlsm", conv)
    if xlsm is not None:
        paths["xlsm"] = xlsm
    return paths


# --- second batch: harder variants -----------------------------------------------------


def msproject_export(folder: Path) -> Path:
    """An MS Project export: tasks with a Milestone Yes/No flag and baseline finish."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Task_Table1"
    _rows(
        ws,
        1,
        1,
        [
            [
                "ID",
                "Name",
                "Duration",
                "Start",
                "Finish",
                "Baseline Finish",
                "Milestone",
                "% Complete",
                "Resource Names",
            ],
            [
                1,
                "Initiation",
                "5 days",
                date(2026, 1, 5),
                date(2026, 1, 9),
                date(2026, 1, 9),
                "No",
                1.0,
                "PM",
            ],
            [
                2,
                "Project charter approved",
                "0 days",
                date(2026, 1, 9),
                date(2026, 1, 9),
                date(2026, 1, 9),
                "Yes",
                1.0,
                "Sponsor",
            ],
            [
                3,
                "Design",
                "20 days",
                date(2026, 1, 12),
                date(2026, 2, 6),
                date(2026, 2, 6),
                "No",
                0.6,
                "Architect",
            ],
            [
                4,
                "Design approved",
                "0 days",
                date(2026, 2, 20),
                date(2026, 2, 20),
                date(2026, 2, 6),
                "Yes",
                0.0,
                "Sponsor",
            ],
        ],
    )
    wb.save(folder / "msproject_export.xlsx")
    return folder / "msproject_export.xlsx"


def finance_quarters_ytd(folder: Path) -> Path:
    """Months as bare names (April..March) under 'FY2025/26', with Q1..Q4 subtotal columns
    and a YTD column that must not become months; 'Subtotal - Staff' rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget v Actual"
    ws["A1"] = "Budget v Actual FY2025/26"
    names = [
        "April",
        "May",
        "June",
        "Q1",
        "July",
        "August",
        "September",
        "Q2",
        "October",
        "November",
        "December",
        "Q3",
        "January",
        "February",
        "March",
        "Q4",
        "YTD",
    ]
    _rows(ws, 3, 1, [["Cost Line", "Type", *names]])
    row = 4
    for line, base in (("Developers", 20000), ("Testers", 8000)):
        for kind in ("Budget", "Actual"):
            vals: list[object] = []
            q: list[float] = []
            months = 0
            for n in names:
                if n.startswith("Q"):
                    vals.append(sum(q))
                    q = []
                elif n == "YTD":
                    vals.append(
                        sum(
                            v
                            for v, nm in zip(vals, names, strict=False)
                            if isinstance(v, int | float) and not nm.startswith("Q")
                        )
                    )
                else:
                    v = base + (0 if kind == "Budget" else 500) if months < 11 else base
                    months += 1
                    vals.append(v)
                    q.append(v)
            _rows(ws, row, 1, [[line, kind, *vals]])
            row += 1
    wb.save(folder / "finance_quarters_ytd.xlsx")
    return folder / "finance_quarters_ytd.xlsx"


def excel_tables_hidden_cols(folder: Path) -> Path:
    """Real Excel tables (ListObjects) named tblRisk / tblActions, a hidden helper column,
    dotted European dates '03.03.2026', probability '10 %' with a space."""
    from openpyxl.worksheet.table import Table

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risiko-Log"
    _rows(
        ws,
        1,
        1,
        [
            [
                "Nr.",
                "Risk",
                "Probability (%)",
                "Impact (1-5)",
                "Owner",
                "Raised",
                "helper",
                "Status",
            ],
            ["1", "Vendor exit", "10 %", 4, "Anna", "03.03.2026", "x", "Open"],
            ["2", "Scope creep", "70 %", 3, "Bernd", "15.02.2026", "x", "Open"],
            ["3", "Key staff", "50 %", 5, "Clara", "01.12.2025", "x", "Closed"],
        ],
    )
    ws.column_dimensions["G"].hidden = True
    ws.add_table(Table(displayName="tblRisk", ref="A1:H4"))
    ws2 = wb.create_sheet("Actions")
    _rows(
        ws2,
        1,
        1,
        [
            ["Action", "Owner", "Due", "Done?"],
            ["Send RFP", "Anna", date(2026, 3, 1), "N"],
            ["Book venue", "Bernd", date(2026, 3, 8), "Y"],
        ],
    )
    ws2.add_table(Table(displayName="tblActions", ref="A1:D3"))
    wb.save(folder / "excel_tables.xlsx")
    return folder / "excel_tables.xlsx"


def dates_group_header(folder: Path) -> Path:
    """A merged 'Dates' group over Raised / Due / Closed, header at row 11, KPI cards above."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Issues & Risks"
    ws["B2"] = "PROGRAMME ATLAS - ISSUE REGISTER"
    for col, label in zip("BDFH", ["Open", "Overdue", "High", "Closed"], strict=True):
        ws[f"{col}5"] = label
        ws[f"{col}6"] = 2
    ws["F10"] = "Dates"
    ws.merge_cells("F10:H10")
    _rows(
        ws,
        11,
        2,
        [
            [
                "Issue ID",
                "Title",
                "Impact",
                "Owner",
                "Raised",
                "Due",
                "Closed",
                "Status",
                "Escalated? (Y/N)",
            ],
            [
                "ISS-001",
                "Build server down",
                "Very High",
                "Ann Lee",
                date(2026, 2, 1),
                date(2026, 2, 10),
                None,
                "Open",
                "Y",
            ],
            [
                "ISS-002",
                "Licence audit",
                "Low",
                "Bob Ray",
                date(2026, 1, 20),
                date(2026, 3, 30),
                None,
                "Open",
                "N",
            ],
            [
                "ISS-003",
                "Office move",
                "Medium",
                "Cy Dee",
                date(2026, 1, 2),
                date(2026, 1, 31),
                date(2026, 1, 30),
                "Closed",
                "N",
            ],
        ],
    )
    wb.save(folder / "dates_group_header.xlsx")
    return folder / "dates_group_header.xlsx"


def dependency_give_get(folder: Path) -> Path:
    """A dependency log with a Give/Get (Inbound/Outbound) type column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Interdependencies"
    _rows(
        ws,
        2,
        1,
        [
            [
                "Ref",
                "Give / Get",
                "Description",
                "Other Project",
                "Our Owner",
                "Their Owner",
                "Date Needed",
                "Agreed Date",
                "RAG",
            ],
            [
                "DEP1",
                "Get",
                "API spec",
                "PRJ-0300",
                "Ann Lee",
                "Zed Ka",
                date(2026, 4, 1),
                date(2026, 4, 15),
                "A",
            ],
            [
                "DEP2",
                "Give",
                "Test data",
                "PRJ-0400",
                "Bob Ray",
                "Yu Li",
                date(2026, 5, 1),
                date(2026, 4, 20),
                "G",
            ],
        ],
    )
    wb.save(folder / "dependency_give_get.xlsx")
    return folder / "dependency_give_get.xlsx"


def risk_matrix_scores(folder: Path) -> Path:
    """A risk register scored 1-3 with a typed (wrong) score, category words, a raised
    date column in text like '2026/03/03', and owners with placeholders."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks"
    _rows(
        ws,
        1,
        1,
        [
            [
                "Risk Ref",
                "Risk Title",
                "Category",
                "Likelihood (1-3)",
                "Impact (1-3)",
                "Risk Score",
                "Risk Owner",
                "Date Identified",
                "Response Strategy",
                "Response Actions",
                "Status",
            ],
            [
                "RR-01",
                "Outage",
                "Technology",
                3,
                3,
                6,
                "TBC",
                "2026/03/03",
                "Mitigate",
                "Failover",
                "Open",
            ],
            ["RR-02", "Strike", "Resource", 1, 2, 2, "Ann Lee", "2026/02/14", "Accept", "", "Open"],
            [
                "RR-03",
                "Fines",
                "Compliance",
                2,
                3,
                6,
                "Bob Ray",
                "2026/01/09",
                "Transfer",
                "Insurance",
                "Closed",
            ],
        ],
    )
    wb.save(folder / "risk_matrix_scores.xlsx")
    return folder / "risk_matrix_scores.xlsx"


BUILDERS.update(
    {
        "msproject_export": msproject_export,
        "finance_quarters_ytd": finance_quarters_ytd,
        "excel_tables": excel_tables_hidden_cols,
        "dates_group_header": dates_group_header,
        "dependency_give_get": dependency_give_get,
        "risk_matrix_scores": risk_matrix_scores,
    }
)


# --- third batch: messy cells ------------------------------------------------------------


def messy_cells(folder: Path) -> Path:
    """Line breaks and non-breaking spaces in headers, a units row under the header,
    duplicate IDs, 'N/A' dates, a sheet named 'Risks (2)' with trailing space."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Risks (2) "
    _rows(
        ws,
        1,
        1,
        [
            [
                "Risk\nNo",
                "Risk\u00a0Title",
                "Date\nRaised",
                "Prob-\nability",
                "Impact",
                "Owner\u00a0",
                "Status",
            ],
            [None, None, "dd/mm/yyyy", "1-5", "1-5", None, None],
            ["R01", "Late design", "05/01/2026", 3, 4, "Ann Lee", "Open"],
            ["R01", "Late build", "N/A", 4, 4, "Bob Ray", "Open"],
            ["R03", "Cost growth", "20/01/2026", 2, 5, "Cy Dee", "Open - monitoring"],
        ],
    )
    wb.save(folder / "messy_cells.xlsx")
    return folder / "messy_cells.xlsx"


def smartsheet_raid(folder: Path) -> Path:
    """A Smartsheet RAID export: 'Row ID', 'Primary', hierarchy parent rows, 'Modified'."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RAID Sheet"
    _rows(
        ws,
        1,
        1,
        [
            [
                "Row ID",
                "Primary",
                "Category",
                "Description",
                "Assigned To",
                "Date Logged",
                "Target Resolution Date",
                "Status",
                "Modified",
                "Modified By",
            ],
            [1, "RISKS", None, None, None, None, None, None, None, None],
            [
                2,
                "Funding gap",
                "Risk",
                "Q3 funds not confirmed",
                "ann@corp.com",
                date(2026, 1, 4),
                date(2026, 3, 31),
                "Open",
                datetime(2026, 2, 1, 12),
                "ann@corp.com",
            ],
            [
                3,
                "Data centre move",
                "Risk",
                "Move may clash",
                "bob@corp.com",
                date(2026, 1, 8),
                date(2026, 4, 30),
                "Open",
                datetime(2026, 2, 2, 12),
                "bob@corp.com",
            ],
            [4, "ISSUES", None, None, None, None, None, None, None, None],
            [
                5,
                "Test env unstable",
                "Issue",
                "Crashes daily",
                "cy@corp.com",
                date(2026, 1, 9),
                date(2026, 2, 15),
                "In Progress",
                datetime(2026, 2, 3, 12),
                "cy@corp.com",
            ],
        ],
    )
    wb.save(folder / "smartsheet_raid.xlsx")
    return folder / "smartsheet_raid.xlsx"


def decision_log_alt(folder: Path) -> Path:
    """A decision register: 'Decision Date', 'Approved By', 'Options Considered', header
    at row 5 under a merged title, with an empty template tail of numbered rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Decisions"
    ws["A1"] = "Decision Register"
    ws.merge_cells("A1:F2")
    _rows(
        ws,
        5,
        1,
        [
            [
                "No.",
                "Decision Summary",
                "Options Considered",
                "Approved By",
                "Decision Date",
                "Reason",
            ],
            [1, "Use vendor X", "X, Y, build", "SteerCo", date(2026, 1, 14), "Lowest cost"],
            [2, "Delay pilot", "Delay, descoping", "Sponsor", date(2026, 2, 11), "Readiness"],
            [3],
            [4],
            [5],
        ],
    )
    wb.save(folder / "decision_log_alt.xlsx")
    return folder / "decision_log_alt.xlsx"


BUILDERS.update(
    {
        "messy_cells": messy_cells,
        "smartsheet_raid": smartsheet_raid,
        "decision_log_alt": decision_log_alt,
    }
)


def status_pack(folder: Path) -> Path:
    """A monthly status pack: a project details block with other labels, an action log
    (not a register), a change request log and a risk table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cover"
    _rows(
        ws,
        2,
        2,
        [
            ["Project Title", "Mercury Data Platform"],
            ["Project Code", "DP-2291"],
            ["PM", "Kim Lowe"],
            ["Project Sponsor", "Pat Grey"],
            ["Programme", "Data Transformation"],
            ["Start date", date(2025, 10, 1)],
            ["End date", date(2026, 12, 31)],
            ["Reporting period ending", date(2026, 2, 27)],
            ["Overall RAG", "Amber"],
        ],
    )
    ws = wb.create_sheet("Actions")
    _rows(
        ws,
        1,
        1,
        [
            ["Action ID", "Action", "Owner", "Due Date", "Status"],
            ["A1", "Send RFP", "Kim Lowe", date(2026, 3, 6), "Open"],
            ["A2", "Book SteerCo", "Pat Grey", date(2026, 3, 2), "Closed"],
        ],
    )
    ws = wb.create_sheet("Change Log")
    _rows(
        ws,
        1,
        1,
        [
            [
                "CR No",
                "Change Description",
                "Requested By",
                "Date Requested",
                "Impact",
                "Decision",
                "Status",
            ],
            [
                "CR-01",
                "Add GDPR reporting",
                "Legal",
                date(2026, 1, 10),
                "2 weeks",
                "Approved",
                "Closed",
            ],
            ["CR-02", "Second data centre", "Ops", date(2026, 2, 3), "£40k", "Pending", "Open"],
        ],
    )
    ws = wb.create_sheet("Key Risks")
    _rows(
        ws,
        1,
        1,
        [
            ["ID", "Risk", "Likelihood", "Impact", "Owner", "Mitigation", "Trend"],
            ["1", "Data quality poor", "High", "High", "Kim Lowe", "Profiling", "↑"],
            ["2", "Cloud costs rise", "Medium", "Medium", "Pat Grey", "FinOps", "→"],
        ],
    )
    wb.save(folder / "status_pack.xlsx")
    return folder / "status_pack.xlsx"


BUILDERS["status_pack"] = status_pack


def terse_raid(folder: Path) -> Path:
    """A terse RAID workbook: sheets named R, I, numbers stored as text, '1 - Rare' labels,
    likelihood words (Unlikely, Likely, Almost Certain), 'Sev 1' severities, P1..P4."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "R"
    _rows(
        ws,
        1,
        1,
        [
            ["Ref", "Risk Description", "Likelihood", "Consequence", "Owner", "Status"],
            [
                "1",
                "Design authority delays sign-off",
                "4 - Likely",
                "3 - Moderate",
                "Ann Lee",
                "Open",
            ],
            ["2", "Vendor misses sprint", "Almost Certain", "Minor", "Bob Ray", "Open"],
            ["3", "Budget freeze", "Unlikely", "Severe", "Cy Dee", "Open"],
        ],
    )
    ws = wb.create_sheet("I")
    _rows(
        ws,
        1,
        1,
        [
            ["Ref", "Issue Description", "Severity", "Priority", "Owner", "Raised", "Status"],
            ["1", "Build pipeline broken", "Sev 1", "P1", "Di Eve", "2026-02-02", "Open"],
            ["2", "Docs out of date", "Sev 4", "P4", "Ann Lee", "2026-02-09", "Open"],
        ],
    )
    wb.save(folder / "terse_raid.xlsx")
    return folder / "terse_raid.xlsx"


BUILDERS["terse_raid"] = terse_raid


def finance_grouped_dates(folder: Path) -> Path:
    """Months as date cells, Budget block then Actual block side by side under merged group
    labels, CAPEX / OPEX heading rows grouping the cost lines, a TOTAL row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Spend Profile"
    months = [date(2026, m, 1) for m in (1, 2, 3)]
    ws["B2"], ws["E2"] = "Budget", "Actual"
    ws.merge_cells("B2:D2")
    ws.merge_cells("E2:G2")
    _rows(
        ws,
        3,
        1,
        [
            ["Cost Line", *months, *months],
            ["CAPEX", None, None, None, None, None, None],
            ["Servers", 5000, 5000, 0, 4800, 5200, None],
            ["Licences", 1000, 1000, 1000, 1000, 1000, None],
            ["OPEX", None, None, None, None, None, None],
            ["Contractors", 8000, 8000, 8000, 8100, 7900, None],
            ["TOTAL", 14000, 14000, 9000, 13900, 14100, None],
        ],
    )
    for c in range(2, 8):
        ws.cell(3, c).number_format = "mmm-yy"
    wb.save(folder / "finance_grouped_dates.xlsx")
    return folder / "finance_grouped_dates.xlsx"


BUILDERS["finance_grouped_dates"] = finance_grouped_dates
