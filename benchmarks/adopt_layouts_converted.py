"""Round 28's converted and pasted workbooks (``CONVERTED_TUNED``, ``CONVERTED_KEPT``): twelve
seeded registers and trackers that reached Excel by another route than typing into Excel,
written in round 28 by the engineer who tunes on half of them (docs/adopt.md, "Round 28:
converted and pasted workbooks"). Not a copy of any batch: every layout stresses what a
conversion or an export leaves in a workbook, as a PMO analyst finds it:

- a PDF-to-Excel or Word-table conversion: one header split over two rows without merges
  (``Date`` / ``Raised``), a long description cut over two rows (a continuation row: no id,
  no date, only text under the previous item's description), the PDF's page header and
  footer left as rows (``Page 2 of 3``, the document's title again, the header repeated);
- every number and date as TEXT: stray and non-breaking spaces, zero-width spaces, bullets,
  line breaks, leading apostrophes, quotes around ids (``"R-014"``), ``1,234.50``, ``£ 1
  234,50``, ``(1,200.00)`` and ``1,200.00-`` negatives, ``USD 4,000``, ``TRUE`` / ``FALSE``,
  ISO, US and UK text dates (the file's other dates settle the order);
- a SharePoint list export (``Item Type``, ``Path``, ``Created By``, ``Modified``,
  ``Created`` beside the list's own columns), a Google Sheets export (``Sheet1``, a checkbox
  column of ``TRUE`` / ``FALSE``), a Numbers export (``Table 1`` above the header), a Power
  BI "export data" file, a CSV opened in Excel, an ERP report pasted as a finance tracker
  (five report lines: company, report name, period, run date, page).

Truth (the readings this batch decides, each as a PMO analyst states it):

- a continuation row's text belongs to the item above (its description or title goes on);
  it is no item;
- a page header, a page footer and a repeated header row are no items;
- a SharePoint list's own system columns (``Item Type``, ``Path``, ``Created By``,
  ``Modified``) are not the register's fields; ``Created`` is the item's date raised ONLY
  when the list has no raised date of its own (then a person maps it), else it is left out;
- a checkbox column ``Resolved`` / ``Closed`` of ``TRUE`` / ``FALSE`` with no status column
  is the status: TRUE is the state it names; FALSE says only that the item has not reached
  it (Open or In Progress: two readings, no fact; round 20's flag precedent);
- ``(1,200.00)`` and ``1,200.00-`` are negative; ``£ 1 234,50`` is 1234.5; a currency code
  before an amount is the amount's currency.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

NBSP = "\u00a0"
ZWSP = "\u200b"

RISKS = [
    "Vendor cannot supply the replacement signalling cabinets before the possession",
    "Ground investigation finds contaminated fill under the depot",
    "Key design reviewer leaves the consultancy mid-stage",
    "Planning condition on night working is not discharged in time",
    "Third-party utility diversion overruns into the main works",
    "Access road shared with the quarry is closed for repairs",
    "Tender prices exceed the cost plan by more than ten percent",
    "Asbestos found in the plant room during strip-out",
]
ISSUES = [
    "Survey data for the north abutment is missing",
    "Change request CR-12 was not approved by the board",
    "Site welfare cabins delivered to the wrong compound",
    "Design drawings issued without a checker's signature",
    "Temporary power supply trips under load",
    "Subcontractor insurance certificate has expired",
    "Monthly valuation disputed by the contractor",
]
PEOPLE = ["Fiona Grant", "Oluwaseun Adeyemi", "Marek Nowak", "Hannah Price", "Tom Ellis"]
LINES = ["Design fees", "Main contractor", "Client staff", "Surveys", "Contingency", "IT kit"]


def _uk(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _cut(text: str) -> tuple[str, str]:
    """A long text cut at a word boundary past its middle, as a PDF conversion cuts a cell
    at the page's line break."""
    words = text.split()
    half = max(2, len(words) // 2 + 1)
    return " ".join(words[:half]), " ".join(words[half:])


# ---------------------------------------------------------------------------------------
# Tuned on
# ---------------------------------------------------------------------------------------


def pdf_risk_register_split(folder: Path, rng: random.Random) -> Built:
    """A risk register converted from a PDF: the header split over two rows at odd places
    (``Risk`` / ``ID``, ``Date`` / ``Raised``, ``Risk`` / ``Owner``), long titles cut over a
    continuation row, a page footer and the repeated title and header on page 2."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Table 1")
    ws["A1"] = "Depot Renewal Programme - Risk Register"
    top = ["Risk", "Risk", "Date", "Risk", "Likeli-", "Impact", "Status", "Mitigation"]
    bottom = ["ID", "Description", "Raised", "Owner", "hood", None, None, None]
    _put(ws, 3, 1, [top, bottom])
    n = rng.randint(6, 8)
    titles = rng.sample(RISKS, n)
    raised = _days(rng, n, date(2025, 9, 1))
    states = {"Open": "Open", "Closed": "Closed", "Monitoring": "Monitoring"}
    values: list[ValueFact] = []
    row = 5
    page_break = n // 2
    for i in range(n):
        if i == page_break:
            _put(ws, row, 1, [["Page 1 of 2"]])
            _put(ws, row + 1, 1, [["Depot Renewal Programme - Risk Register"]])
            _put(ws, row + 2, 1, [top, bottom])
            row += 4
        owner = rng.choice(PEOPLE)
        state = rng.choice(list(states))
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        first, rest = _cut(titles[i])
        cells: list[object] = [f"R-{i + 1:03d}", first, f" {_uk(raised[i])}", owner]
        cells += [f"{p}{NBSP}", str(imp), state, "Weekly review"]
        _put(ws, row, 1, [cells])
        row += 1
        if rest:
            _put(ws, row, 2, [[rest]])
            row += 1
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", states[state]),
        ]
    _put(ws, row, 1, [["Page 2 of 2"]])
    path = _save(wb, folder, "pdf_risk_register_split")
    targets: Targets = _cols("A", [("id",), ("title", "description"), "raised_date", "owner"])
    targets |= _cols("E", ["probability", "impact", "status", "response"])
    return Built(path, [_one("risks", "Table 1", 4, targets, n)], values)


def sharepoint_issue_list(folder: Path, rng: random.Random) -> Built:
    """A SharePoint list export: the list's own columns, then SharePoint's ``Item Type``,
    ``Path``, ``Created By``, ``Modified``, ``Created``; the list has its own ``Date Raised``
    so ``Created`` is left out."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "query")
    header = ["Title", "Issue Status", "Priority", "Assigned To", "Date Raised", "Due Date"]
    header += ["Item Type", "Path", "Created By", "Modified", "Created"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    states = {"Active": "Open", "Resolved": "Resolved", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        state = rng.choice(list(states))
        prio = rng.choice(["(1) High", "(2) Normal", "(3) Low"])
        due = raised[i] + timedelta(days=rng.choice([7, 14, 28]))
        created = raised[i] + timedelta(days=rng.randint(0, 3))
        modified = created + timedelta(days=rng.randint(1, 9))
        cells: list[object] = [titles[i], state, prio, owner, raised[i], due]
        cells += ["Item", "sites/PMO/Lists/Issues", rng.choice(PEOPLE)]
        cells += [f"{modified:%m/%d/%Y} 10:14 AM", f"{created:%m/%d/%Y} 9:02 AM"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "priority", prio.split()[1].replace("Normal", "Medium")),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
        ]
    path = _save(wb, folder, "sharepoint_issue_list")
    targets: Targets = _cols("A", ["title", "status", "priority", "owner", "raised_date"])
    targets |= _cols("F", ["due_date", None, None, None, (None, "last_updated"), None])
    return Built(path, [_one("issues", "query", 1, targets, n)], values)


def google_sheets_issue_checkbox(folder: Path, rng: random.Random) -> Built:
    """A Google Sheets export on ``Sheet1``: a ``Resolved`` checkbox column of TRUE /
    FALSE and no status column; ISO text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    header = ["ID", "Issue", "Owner", "Logged", "Target", "Resolved"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(ISSUES, n)
    logged = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        done = rng.random() < 0.4
        target = logged[i] + timedelta(days=rng.choice([5, 10, 20]))
        cells: list[object] = [f"ISS-{i + 1:02d}", titles[i], owner, logged[i].isoformat()]
        cells += [target.isoformat(), done]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "due_date", target),
        ]
        if done:  # an unticked box is Open or In Progress: two readings, no fact
            values.append(ValueFact("issues", i, "status", "Resolved"))
    path = _save(wb, folder, "google_sheets_issue_checkbox")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date", "status"])
    return Built(path, [_one("issues", "Sheet1", 1, targets, n)], values)


def _erp_amount(x: float, style: str) -> str:
    if style == "trail":
        return f"{abs(x):,.2f}-" if x < 0 else f"{x:,.2f}"
    if style == "paren":
        return f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f}"
    return f"USD {x:,.0f}"


def erp_finance_report(folder: Path, rng: random.Random) -> Built:
    """An ERP cost report pasted as a finance tracker: five report lines (company, report
    name, period, run date, page), months across as text, amounts ``4,000.00`` with SAP's
    trailing-minus credits, the currency in the report's period line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 1, 1, [["Northwind Utilities Ltd"], ["Project Cost Report S_ALR_87013542"]])
    _put(ws, 3, 1, [["Period: 01.2026 - 06.2026   Currency: USD"]])
    _put(ws, 4, 1, [["Run date: 07.07.2026 08:41"], ["Page: 1"]])
    labels = [f"{m:%m}.{m:%Y}" for m in months]
    _put(ws, 7, 1, [["Cost Element", "Value Type", *labels]])
    lines = rng.sample(LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 8
    for line in lines:
        plan = [float(rng.randrange(20, 200) * 100) for _ in months]
        actual = [round(b * rng.uniform(0.7, 1.2), 2) for b in plan[:4]]
        if line == lines[-1]:
            actual[1] = -abs(actual[1])
        _put(ws, row, 1, [[line, "Plan", *(_erp_amount(b, "trail") for b in plan)]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_erp_amount(a, "trail") for a in actual)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m]))
            if m < 4:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Sheet1", 7, "finance", targets, {"finance": 6 * len(lines)})
    path = _save(wb, folder, "erp_finance_report")
    return Built(path, [table], values)


MILESTONES = ["Contract award", "Design freeze", "Enabling works complete", "Structure complete"]
MILESTONES += ["Fit-out complete", "Commissioning", "Handover"]


def numbers_milestones(folder: Path, rng: random.Random) -> Built:
    """A Numbers export: ``Table 1`` in A1 above the header, US text dates, ``TRUE`` /
    ``FALSE`` in a ``Done`` checkbox beside a status column (the status wins)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Table 1"
    header = ["Milestone", "Owner", "Baseline", "Forecast", "Done", "Status"]
    _put(ws, 2, 1, [header])
    n = len(MILESTONES)
    base = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, name in enumerate(MILESTONES):
        owner = rng.choice(PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14]))
        done = i < 2
        status = "Complete" if done else rng.choice(["Not Started", "In Progress"])
        cells: list[object] = [name, owner, _us(base[i]), _us(fc), "TRUE" if done else "FALSE"]
        _put(ws, 3 + i, 1, [[*cells, status]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
    path = _save(wb, folder, "numbers_milestones")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", [None, "status"])
    return Built(path, [_one("milestones", "Milestones", 2, targets, n)], values)


STAFF = [("Fiona Grant", "Project Manager"), ("Marek Nowak", "Engineer")]
STAFF += [("Hannah Price", "Planner"), ("Tom Ellis", "QS"), ("Aisha Khan", "Analyst")]


def csv_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A resource plan exported to CSV (``resource_plan_fte.csv``) and opened in Excel: the
    sheet named after the file, every cell text, months as ``2026-04`` text, allocations
    ``0.5`` as text with stray spaces."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "resource_plan_fte")
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 1, 1, [["Name", "Role", *(f"{m:%Y-%m}" for m in months)]])
    staff = rng.sample(STAFF, 4)
    count = 0
    values: list[ValueFact] = []
    k = 0
    for i, (name, role) in enumerate(staff):
        cells = [rng.choice(["0.5", "1", " 0.25", "1.0 "]) for _ in months]
        _put(ws, 2 + i, 1, [[name, role, *cells]])
        values.append(ValueFact("resources", k, "person", name))
        k += len(cells)
        count += len(cells)
    path = _save(wb, folder, "csv_resource_plan")
    targets: Targets = {"A": "person", "B": "role"}
    table = TruthTable("resource_plan_fte", 1, "resources", targets, {"resources": count})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Kept untouched while tuning
# ---------------------------------------------------------------------------------------

DECISIONS = ["Adopt the modular plant room design", "Defer the car park to phase two"]
DECISIONS += ["Use the framework contractor for enabling works", "Accept the revised programme"]
DECISIONS += ["Close the temporary site office early", "Fund two extra inspectors"]


def word_decision_log(folder: Path, rng: random.Random) -> Built:
    """A decision log pasted from a Word table: line breaks and bullets in cells, UK text
    dates with a stray non-breaking space, a repeated header after a page break."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Decision Log"
    header = ["No.", "Decision", "Date", "Decided by", "Rationale"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(DECISIONS, n)
    dates = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    row = 4
    for i in range(n):
        if i == 3:
            _put(ws, row, 1, [header])
            row += 1
        who = rng.choice(["Programme Board", *PEOPLE[:3]])
        cells: list[object] = [f"{i + 1}.", f"• {picks[i]}", f"{_uk(dates[i])}{NBSP}", who]
        cells += ["Cost and programme\nbenefit"]
        _put(ws, row, 1, [cells])
        row += 1
        values += [
            ValueFact("decisions", i, "decision", picks[i]),
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "word_decision_log")
    targets: Targets = _cols("A", [("id", None), "decision", "date", "made_by", "rationale"])
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


def powerbi_risk_export(folder: Path, rng: random.Random) -> Built:
    """A Power BI "export data" of a risk register: quoted ids, zero-width spaces, a
    trailing ``Applied filters`` note."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    header = ["Risk ID", "Risk Title", "Risk Owner", "Probability", "Impact", "Risk Status"]
    header += ["Date Identified"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(RISKS, n)
    raised = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(["Open", "Closed"])
        cells: list[object] = [f'"R-{i + 14:03d}"', f"{titles[i]}{ZWSP}", owner, str(p), imp]
        cells += [state, raised[i].isoformat()]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 14:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    _put(ws, n + 3, 1, [["Applied filters:\nRisk Status is Open or Closed"]])
    path = _save(wb, folder, "powerbi_risk_export")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    targets |= {"G": "raised_date"}
    return Built(path, [_one("risks", "Export", 1, targets, n)], values)


def pdf_issue_log_us(folder: Path, rng: random.Random) -> Built:
    """An issue log converted from a PDF: US text dates, leading apostrophes kept as text,
    a page header row and the header repeated, a continuation row under a description."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Page 1")
    header = ["Issue No", "Description", "Priority", "Owner", "Opened", "Due", "Status"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 7)
    titles = rng.sample(ISSUES, n)
    opened = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    row = 2
    for i in range(n):
        if i == 4:
            _put(ws, row, 1, [["Issue Log - Stadium Upgrade", None, None, None, None, "Page 2"]])
            _put(ws, row + 1, 1, [header])
            row += 2
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "Closed"])
        due = opened[i] + timedelta(days=rng.choice([7, 14]))
        first, rest = _cut(titles[i])
        cells: list[object] = [f"'{i + 101}", first, prio, owner, _us(opened[i]), _us(due), state]
        _put(ws, row, 1, [cells])
        row += 1
        if i % 2 == 0 and rest:
            _put(ws, row, 2, [[rest]])
            row += 1
        else:
            ws.cell(row - 1, 2, titles[i])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", state),
        ]
    path = _save(wb, folder, "pdf_issue_log_us")
    targets: Targets = _cols("A", ["id", ("title", "description"), "priority", "owner"])
    targets |= _cols("E", ["raised_date", "due_date", "status"])
    return Built(path, [_one("issues", "Page 1", 1, targets, n)], values)


def _eu(x: float) -> str:
    text = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return f"(£ {text})" if x < 0 else f"£ {text}"


def erp_budget_report_gbp(folder: Path, rng: random.Random) -> Built:
    """An ERP budget report pasted: a five-line report header, ``£ 1 234,50`` amounts with
    bracketed credits, months ``Jan 2026`` as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    months = _months(date(2026, 1, 1), 4)
    head = [["Harbour Trust plc"], ["Budget vs Actual by Cost Centre"], ["Period 1-4 FY2026"]]
    head += [["Printed 05/05/2026"], ["Page 1 of 1"]]
    _put(ws, 1, 1, head)
    _put(ws, 7, 1, [["Cost Centre", "Measure", *(f"{m:%b %Y}" for m in months)]])
    lines = rng.sample(LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 8
    for line in lines:
        bud = [round(rng.uniform(1000, 9000), 2) for _ in months]
        act = [round(b * rng.uniform(0.8, 1.1), 2) for b in bud[:3]]
        if line == lines[0]:
            act[2] = -act[2]
        _put(ws, row, 1, [[line, "Budget", *(_eu(b) for b in bud)]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_eu(a) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", act[m]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Report", 7, "finance", targets, {"finance": 4 * len(lines)})
    path = _save(wb, folder, "erp_budget_report_gbp")
    return Built(path, [table], values)


def sharepoint_risk_list_created(folder: Path, rng: random.Random) -> Built:
    """A SharePoint risk list whose only date is SharePoint's ``Created``: the register's
    date raised; ``Modified`` and ``Created By`` are SharePoint's and left out."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "owssvr")
    header = ["Title", "Risk Owner", "Likelihood", "Impact", "Risk Status", "Item Type", "Path"]
    header += ["Modified", "Created", "Created By"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(RISKS, n)
    created = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(["Open", "Closed"])
        modified = created[i] + timedelta(days=rng.randint(1, 20))
        cells: list[object] = [titles[i], owner, p, imp, state, "Item", "sites/pmo/Lists/Risks"]
        cells += [modified, created[i], rng.choice(PEOPLE)]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = _save(wb, folder, "sharepoint_risk_list_created")
    targets: Targets = _cols("A", ["title", "owner", "probability", "impact", "status"])
    targets |= _cols("F", [None, None, (None, "last_updated"), "raised_date", None])
    return Built(path, [_one("risks", "owssvr", 1, targets, n)], values)


DEPS = ["Land transfer from the council", "Power connection from the DNO"]
DEPS += ["Rail possession booked", "Fibre route survey by the telco", "Funding letter"]


def tableau_dependency_export(folder: Path, rng: random.Random) -> Built:
    """A Tableau crosstab export of a dependency log: every value text with stray spaces,
    UK text dates, a ``Delivered`` column of TRUE / FALSE beside the status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet 1")
    header = ["Dependency ID", "Dependency", "Owner", "Need By", "Status", "Delivered"]
    _put(ws, 1, 1, [header])
    n = len(DEPS)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, dep in enumerate(DEPS):
        owner = rng.choice(PEOPLE)
        state = rng.choice(["On Track", "At Risk", "Delivered"])
        cells: list[object] = [f" DEP-{i + 1:02d} ", f"{dep} ", owner, f" {_uk(need[i])}"]
        cells += [state, "TRUE" if state == "Delivered" else "FALSE"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", dep),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", state),
        ]
    path = _save(wb, folder, "tableau_dependency_export")
    targets: Targets = _cols("A", ["id", "title", ("owner",), "need_by", "status", None])
    return Built(path, [_one("dependencies", "Sheet 1", 1, targets, n)], values)


CONVERTED_TUNED = [
    Layout("pdf_risk_register_split", "risk register converted from a PDF", pdf_risk_register_split),
    Layout("sharepoint_issue_list", "SharePoint list export of an issue log", sharepoint_issue_list),
    Layout("google_sheets_issue_checkbox", "Google Sheets issue log, checkbox", google_sheets_issue_checkbox),
    Layout("erp_finance_report", "ERP cost report pasted as a finance tracker", erp_finance_report),
    Layout("numbers_milestones", "Numbers export of a milestone plan", numbers_milestones),
    Layout("csv_resource_plan", "resource plan CSV opened in Excel", csv_resource_plan),
]  # fmt: skip

CONVERTED_KEPT = [
    Layout("word_decision_log", "decision log pasted from Word", word_decision_log),
    Layout("powerbi_risk_export", "Power BI export data of a risk register", powerbi_risk_export),
    Layout("pdf_issue_log_us", "issue log converted from a PDF, US dates", pdf_issue_log_us),
    Layout("erp_budget_report_gbp", "ERP budget report pasted, £ 1 234,50", erp_budget_report_gbp),
    Layout("sharepoint_risk_list_created", "SharePoint risk list, Created only date", sharepoint_risk_list_created),
    Layout("tableau_dependency_export", "Tableau crosstab of a dependency log", tableau_dependency_export),
]  # fmt: skip
