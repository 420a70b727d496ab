"""Round 28's print-ready workbooks (``PRINT_TUNED``, ``PRINT_KEPT``): twelve seeded
registers and trackers laid out for printing and board packs, written in round 28 by the
engineer who tunes on half of them (docs/adopt.md, "Round 28: print-ready workbooks"). Not a
copy of any batch: every layout is what a PMO receives when the workbook IS the report:

- the table's header row repeated at each page break (every 20-40 rows), sometimes with
  the page's title line above it again;
- page lines between rows (``Page 2 of 4``, ``Printed 03/03/2026``, ``COMMERCIAL IN
  CONFIDENCE``, ``Continued overleaf``);
- a cover block and a version-control table (``Version | Date | Author | Change``) above
  the register;
- items grouped under workstream / category heading rows, subtotal rows per group and a
  grand total;
- an approval / sign-off block below (``Approved by: ____``, ``Signature``);
- a 5x5 scoring key (heat map) with ``Likelihood`` / ``Impact`` axis labels beside or above;
- narrow blank spacer columns between column groups, wrapped multi-line headers;
- a register too wide for one page split over ``Risks`` and ``Risks (cont.)`` (both with
  the id column);
- a finance tracker with quarter subtotal columns between the months, ``YTD``, ``Full
  year``, ``Variance`` and ``Variance %`` columns;
- a status report of labelled boxes; a milestone plan with a Gantt bar of ``x`` cells.

Truth (each as a PMO analyst states it):

- a repeated header row, a repeated title line, a page line, a subtotal or grand total row,
  a group heading row and a sign-off block are no items;
- a change log (version-control table) is no register, nor is a scoring key;
- the second sheet of a split register is the same register: its items are the first
  sheet's, joined by id (no extra items); its columns are mapped;
- the group heading fills an empty category column (the item's category is its group's);
- a quarter, YTD, full-year or variance column of a tracker with months is derived: left
  out (the months are the data), never read as a month;
- a Gantt bar is no data (its columns left out);
- a real item whose title starts with ``Page`` is an item; a row whose id is empty but
  whose title, owner and status are filled is an item.
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
from openpyxl.styles import Alignment, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

PEOPLE = ["Hannah Price", "Ravi Menon", "Chloe Dubois", "Marek Nowak", "Ines Duarte"]
PEOPLE += ["Kwame Boateng", "Lucy Fairbairn", "Tariq Aziz"]

RISK_TITLES = [
    "Contractor resourcing shortfall in summer",
    "Ground conditions worse than survey",
    "Late design changes from the client",
    "Long-lead switchgear delivery slips",
    "Access agreement with neighbour not signed",
    "Key subcontractor enters administration",
    "Inflation on steel above allowance",
    "Utility diversion takes longer than planned",
    "Commissioning staff unavailable",
    "Stakeholder objection to the night works",
    "Cyber assessment finds critical gaps",
    "Scope creep from the operations team",
    "Page load times exceed SLA on the customer portal",
    "Training materials not ready for go-live",
    "Data quality in the asset register is poor",
    "Insurance premium rises at renewal",
    "Test environment unavailable for UAT",
    "Benefits owner leaves the organisation",
    "Archaeological finds on the east plot",
    "Weather delays the roofing package",
    "Permit to work process too slow",
    "Interface with the ticketing system untested",
    "Budget transfer not approved in time",
    "Vendor licence terms change",
    "Noise complaints halt piling",
    "Supplier quality failures on cabling",
    "Decant space not available",
    "Fire strategy requires redesign",
    "Asbestos found in the plant room",
    "Traffic management plan rejected",
    "Lead engineer on long-term leave",
    "Handover documentation incomplete",
    "Security clearance delays for installers",
    "Currency movement on imported plant",
    "Planning condition discharge delayed",
    "Warranty terms disputed by supplier",
]

ISSUE_TITLES = [
    "Crane hire invoice disputed",
    "Site cabin power failure",
    "Drawings issued at the wrong revision",
    "Welfare facilities below standard",
    "Server room cooling fault",
    "Payroll interface rejecting files",
    "Page numbering wrong in the O&M manuals",
    "Missing fire stopping on level 2",
    "Delivery vehicle damaged the gate",
    "Test scripts not signed off",
    "Helpdesk backlog over SLA",
    "Licence keys not received",
    "Contractor timesheets late",
    "Snagging list growing weekly",
    "Temporary works design not checked",
    "Network outage in the east wing",
]

CONFIDENTIAL = "COMMERCIAL IN CONFIDENCE"


def _cover(ws: Worksheet, title: str, project: str, rng: random.Random) -> int:
    """A cover block and a version-control table; returns the next free row."""
    ws["A1"] = title
    _put(ws, 2, 1, [["Project:", project], ["Document owner:", rng.choice(PEOPLE)]])
    ws["A4"] = CONFIDENTIAL
    _put(ws, 6, 1, [["Version", "Date", "Author", "Change"]])
    day = date(2025, 9, 1)
    for v in range(3):
        day += timedelta(days=rng.randint(20, 50))
        ws.cell(7 + v, 1, f"0.{v + 1}" if v < 2 else "1.0")
        ws.cell(7 + v, 2, day)
        ws.cell(7 + v, 2).number_format = "dd/mm/yyyy"
        ws.cell(7 + v, 3, rng.choice(PEOPLE))
        ws.cell(7 + v, 4, ["First draft", "Added owners after workshop", "Approved by board"][v])
    return 11


def _sign_off(ws: Worksheet, row: int) -> None:
    """An approval block below the table."""
    _put(
        ws,
        row + 1,
        1,
        [
            ["Approved by:", "____________", "Date:", "__________"],
            ["Signature:", "____________"],
            ["Reviewed by (PMO):", "____________", "Date:", "__________"],
        ],
    )


def _page_lines(ws: Worksheet, row: int, page: int, pages: int, printed: date) -> int:
    """The page's foot lines, written between rows; returns the next free row."""
    ws.cell(row, 1, f"Page {page} of {pages}")
    ws.cell(row, 4, f"Printed {printed:%d/%m/%Y}")
    ws.cell(row + 1, 1, "Continued overleaf")
    return row + 2


def print_risk_register_pages(folder: Path, rng: random.Random) -> Built:
    """A programme risk register for the board pack: a cover block and version table
    above, the header row repeated every 20 items (at the first break with page lines and
    the page's title line above it, at the next written alone, as Excel's rows to repeat at
    top copied in), a sign-off block below; a real risk whose title starts with ``Page``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    row = _cover(ws, "Harbour Bridge Refurbishment", "Harbour Bridge Refurbishment", rng)
    page_title = "Risk Register - Board Pack"
    header = ["Risk ID", "Risk Description", "Owner", "Likelihood", "Impact", "Status"]
    header += ["Mitigation"]
    n = rng.randint(42, 52)
    titles = list(RISK_TITLES[:n]) if n <= len(RISK_TITLES) else []
    while len(titles) < n:
        titles.append(f"{RISK_TITLES[len(titles) % len(RISK_TITLES)]} (phase 2)")
    per_page = 20
    pages = (n + per_page - 1) // per_page
    printed = date(2026, 3, 3)
    values: list[ValueFact] = []
    ws.cell(row, 1, page_title)
    first_header = row + 1
    _put(ws, first_header, 1, [header])
    row = first_header + 1
    for i in range(n):
        if i and i % per_page == 0 and i // per_page == 1:
            row = _page_lines(ws, row, i // per_page, pages, printed)
            ws.cell(row, 1, page_title)
            _put(ws, row + 1, 1, [header])
            row += 2
        elif i and i % per_page == 0:  # "rows to repeat at top" copied in: the header alone
            _put(ws, row, 1, [header])
            row += 1
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Open", "Closed", "Monitoring"])
        _put(ws, row, 1, [[f"R-{i + 1:03d}", titles[i], owner, p, imp, status, "Review monthly"]])
        row += 1
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "status", status),
        ]
    _page_lines(ws, row, pages, pages, printed)
    _sign_off(ws, row + 2)
    path = _save(wb, folder, "print_risk_register_pages")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    targets |= {"G": "response"}
    return Built(path, [_one("risks", "Risk Register", first_header, targets, n)], values)


WORKSTREAMS = ["Design", "Construction", "Systems", "Operations readiness"]


def print_issue_log_groups(folder: Path, rng: random.Random) -> Built:
    """An issue log grouped under workstream heading rows, a subtotal row per group and a
    grand total, ``COMMERCIAL IN CONFIDENCE`` above and below; one issue's id left empty
    (a real item nonetheless)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = CONFIDENTIAL
    ws["A2"] = "Issue Log by Workstream"
    ws["A3"] = "Printed 14/04/2026"
    header = ["Ref", "Issue", "Raised", "Owner", "Priority", "Status"]
    _put(ws, 5, 1, [header])
    row = 6
    titles = rng.sample(ISSUE_TITLES, 12)
    raised = _days(rng, 12, date(2026, 1, 5))
    values: list[ValueFact] = []
    k = 0
    blank_id = rng.randint(2, 10)
    for w, stream in enumerate(WORKSTREAMS):
        ws.cell(row, 1, f"WORKSTREAM {w + 1}: {stream.upper()}")
        row += 1
        count = 0
        for _ in range(3):
            owner = rng.choice(PEOPLE)
            status = rng.choice(["Open", "In Progress", "Closed"])
            ident = None if k == blank_id else f"ISS-{k + 1:02d}"
            cells = [ident, titles[k], raised[k], owner, rng.choice(["High", "Medium", "Low"])]
            _put(ws, row, 1, [[*cells, status]])
            ws.cell(row, 3).number_format = "dd/mm/yyyy"
            values += [
                ValueFact("issues", k, "title", titles[k]),
                ValueFact("issues", k, "owner", owner),
                ValueFact("issues", k, "raised_date", raised[k]),
                ValueFact("issues", k, "status", status),
            ]
            row += 1
            k += 1
            count += 1
        _put(ws, row, 1, [[f"Subtotal {stream}", None, None, None, None, f"{count} issues"]])
        row += 1
    _put(ws, row, 1, [["GRAND TOTAL", None, None, None, None, f"{k} issues"]])
    ws.cell(row + 2, 1, CONFIDENTIAL)
    path = _save(wb, folder, "print_issue_log_groups")
    targets: Targets = _cols("A", ["id", "title", "raised_date", "owner", "priority", "status"])
    return Built(path, [_one("issues", "Issues", 5, targets, k)], values)


def _heat_map(ws: Worksheet, top: int, left: int) -> None:
    """A 5x5 scoring key: ``Impact`` across, ``Likelihood`` down, each cell the product."""
    ws.cell(top, left, "Risk Scoring Matrix")
    ws.cell(top + 1, left + 1, "Impact")
    _put(ws, top + 2, left + 1, [[1, 2, 3, 4, 5]])
    ws.cell(top + 3, left - 1 if left > 1 else left, "Likelihood")
    for li in range(5, 0, -1):
        r = top + 3 + (5 - li)
        ws.cell(r, left, li)
        for im in range(1, 6):
            ws.cell(r, left + im, li * im)


def print_risk_heat_map(folder: Path, rng: random.Random) -> Built:
    """A risk register under a 5x5 scoring key (a heat map with ``Likelihood`` and
    ``Impact`` axis labels), wrapped two-line headers and narrow blank spacer columns
    between its column groups."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Depot Electrification - Risk Register"
    _heat_map(ws, 3, 2)
    header_row = 12
    header = ["Risk\nRef", "Risk\nTitle", "Risk\nOwner", None, "Likeli-\nhood", "Impact\n(1-5)"]
    header += ["Risk\nScore", None, "Current\nStatus", "Response\nActions"]
    _put(ws, header_row, 1, [header])
    for c in range(1, len(header) + 1):
        ws.cell(header_row, c).alignment = Alignment(wrap_text=True)
    ws.column_dimensions["D"].width = 2
    ws.column_dimensions["H"].width = 2
    n = rng.randint(9, 14)
    titles = rng.sample(RISK_TITLES, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Closed"])
        cells = [f"DE-R{i + 1:02d}", titles[i], owner, None, p, imp, p * imp, None, status]
        _put(ws, header_row + 1 + i, 1, [[*cells, "Weekly review"]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "print_risk_heat_map")
    # the spacer columns D and H are empty from the header down: no column to list
    targets: Targets = _cols("A", ["id", "title", "owner"])
    targets |= _cols("E", ["probability", "impact", (None, "score")])
    targets |= _cols("I", ["status", "response"])
    return Built(path, [_one("risks", "Risks", header_row, targets, n)], values)


def print_risks_split_sheets(folder: Path, rng: random.Random) -> Built:
    """A register too wide for one page: ``Risks`` holds id, title, likelihood and impact;
    ``Risks (cont.)`` holds the id again with owner, status and mitigation."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    cont = wb.create_sheet("Risks (cont.)")
    for sheet in (ws, cont):
        sheet["A1"] = "Clinic Relocation - Risk Register"
        sheet["A2"] = CONFIDENTIAL
    _put(ws, 4, 1, [["Risk ID", "Description", "Raised", "Likelihood", "Impact"]])
    _put(cont, 4, 1, [["Risk ID", "Owner", "Status", "Mitigation", "Target date"]])
    n = rng.randint(8, 12)
    titles = rng.sample(RISK_TITLES, n)
    raised = _days(rng, n, date(2025, 11, 3))
    due = _days(rng, n, date(2026, 4, 6))
    values: list[ValueFact] = []
    for i in range(n):
        ident = f"CR-{i + 1:03d}"
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Closed", "Open"])
        _put(ws, 5 + i, 1, [[ident, titles[i], raised[i], p, imp]])
        ws.cell(5 + i, 3).number_format = "dd/mm/yyyy"
        _put(cont, 5 + i, 1, [[ident, owner, status, "Agree plan with estates", due[i]]])
        cont.cell(5 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
        ]
    ws.cell(6 + n, 1, "Page 1 of 2")
    cont.cell(6 + n, 1, "Page 2 of 2")
    path = _save(wb, folder, "print_risks_split_sheets")
    first: Targets = _cols("A", ["id", "title", "raised_date", "probability", "impact"])
    second: Targets = _cols("A", ["id", "owner", "status", "response", "due_date"])
    tables = [_one("risks", "Risks", 4, first, n)]
    tables.append(TruthTable("Risks (cont.)", 4, "risks", second, {"risks": 0}))
    return Built(path, tables, values)


COST_LINES = ["Design fees", "Main contractor", "Equipment", "Project team", "Contingency"]
COST_LINES += ["Surveys", "Legal"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _with_quarters(labels: list[str], quarter: str) -> tuple[list[str], list[int | None]]:
    """Month labels with a quarter subtotal after each third month; and, per column, the
    month index it holds (None for a quarter)."""
    out: list[str] = []
    where: list[int | None] = []
    for m, label in enumerate(labels):
        out.append(label)
        where.append(m)
        if m % 3 == 2:
            out.append(quarter.format(q=m // 3 + 1))
            where.append(None)
    return out, where


def print_finance_quarters(folder: Path, rng: random.Random) -> Built:
    """A finance tracker for the board: Budget and Actual rows per cost line, quarter
    subtotal columns between the months (``Jan | Feb | Mar | Q1 | Apr ...``), then ``YTD``,
    ``Full year``, ``Variance`` and ``Variance %``; a grand total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Library Extension - Financial Summary 2026 (GBP)"
    ws["A2"] = "Printed 02/02/2027"
    labels, where = _with_quarters(MON, "Q{q}")
    _put(ws, 4, 1, [["Cost line", "Type", *labels, "YTD", "Full year", "Variance", "Variance %"]])
    lines = rng.sample(COST_LINES, 4)
    months = _months(date(2026, 1, 1), 12)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for line in lines:
        budget = [float(rng.randrange(5, 60) * 1000) for _ in months]
        actual = [float(round(b * rng.uniform(0.85, 1.15))) for b in budget]
        for measure, amounts in (("Budget", budget), ("Actual", actual)):
            cells: list[object] = []
            for k, m in enumerate(where):
                if m is None:
                    q = sum(1 for x in where[:k] if x is None)
                    cells.append(sum(amounts[3 * q : 3 * q + 3]))
                else:
                    cells.append(amounts[m])
            ytd = sum(amounts)
            var = sum(actual) - sum(budget) if measure == "Actual" else None
            pct = round(var / sum(budget), 3) if var is not None else None
            _put(ws, row, 1, [[line, measure, *cells, ytd, ytd, var, pct]])
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    _put(ws, row, 1, [["Grand total", None, *[None] * len(labels)]])
    path = _save(wb, folder, "print_finance_quarters")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Finance", 4, "finance", targets, {"finance": 12 * len(lines)})
    return Built(path, [table], values)


MILESTONES = ["Business case approved", "Design freeze", "Tender issued", "Contract award"]
MILESTONES += ["Enabling works complete", "Frame complete", "Fit-out complete", "Handover"]


def print_milestone_gantt(folder: Path, rng: random.Random) -> Built:
    """A milestone plan printed with a Gantt bar: month columns (``Jan`` ... ``Dec``) of
    ``x`` cells, shaded, beside the dates; a key line below."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone Plan")
    ws["A1"] = "Milestone Plan - Community Hub"
    ws["A2"] = "Page 1 of 1"
    header = ["No.", "Milestone", "Owner", "Baseline", "Forecast", "Actual", "RAG", *MON]
    _put(ws, 4, 1, [header])
    fill = PatternFill("solid", fgColor="4472C4")
    n = len(MILESTONES)
    base = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    done = rng.randint(2, 3)
    for i, name in enumerate(MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14]))
        actual = fc if i < done else None
        owner = rng.choice(PEOPLE)
        _put(ws, 5 + i, 1, [[i + 1, name, owner, base[i], fc, actual, rng.choice("GAR")]])
        for c in (4, 5, 6):
            ws.cell(5 + i, c).number_format = "dd-mmm-yy"
        start = max(0, fc.month - 2 if fc.year == 2026 else 11)
        for m in range(start, min(12, fc.month if fc.year == 2026 else 12)):
            ws.cell(5 + i, 8 + m, "x").fill = fill
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    ws.cell(6 + n, 1, "Key: x = planned activity")
    path = _save(wb, folder, "print_milestone_gantt")
    targets: Targets = _cols("A", [(None, "id"), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", (None, "status")])
    targets |= _cols("H", [None] * 12)
    return Built(path, [_one("milestones", "Milestone Plan", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# The half kept untouched while tuning (scored before and after, never read for misses)
# ---------------------------------------------------------------------------------------

DECISION_TITLES = [
    "Proceed with option B for the car park",
    "Appoint the framework contractor",
    "Defer the café fit-out to phase 2",
    "Use the existing substation",
    "Accept the revised fee proposal",
    "Close the north entrance during works",
    "Fund surveys from contingency",
    "Extend the programme by four weeks",
    "Adopt the standard signage pack",
    "Retain the heritage windows",
    "Move the data centre cut-over to Easter",
    "Approve the temporary classrooms",
    "Cancel the second tender round",
    "Release the design team early",
    "Single-source the lift maintenance",
    "Hold the board meeting monthly",
    "Transfer the asset register to estates",
    "Agree the staff parking arrangement",
    "Approve overtime for commissioning",
    "Publish the stakeholder newsletter",
    "Accept the fire engineer's strategy",
    "Pause the landscaping package",
    "Commission an independent review",
    "Approve the communications plan",
    "Buy rather than lease the generators",
    "Close the project bank account",
    "Reuse the old furniture",
    "Adopt the revised risk appetite",
]


def print_decision_log_pages(folder: Path, rng: random.Random) -> Built:
    """A decision log printed for the board: a cover block and version table, the title
    lines and header repeated on each page (every 25 rows), ``Continued overleaf`` and page
    lines, a sign-off block; one decision starts with ``Page``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    row = _cover(ws, "Decision Log", "Riverside Campus", rng)
    header = ["Decision No.", "Decision", "Decided by", "Date", "Rationale"]
    titles = list(DECISION_TITLES)
    titles[rng.randint(3, 20)] = "Page turner study approved for the archive wing"
    n = rng.randint(26, 28)
    days = _days(rng, n, date(2025, 5, 5))
    per_page = 25
    pages = 2
    values: list[ValueFact] = []
    lines = ["Riverside Campus", "Decision Log (continued)"]
    ws.cell(row, 1, lines[0])
    first_header = row + 1
    _put(ws, first_header, 1, [header])
    row = first_header + 1
    for i in range(n):
        if i == per_page:
            ws.cell(row, 1, "Continued overleaf")
            ws.cell(row + 1, 1, "Page 1 of 2")
            row += 2
            _put(ws, row, 1, [[lines[0]], [lines[1]], header])
            row += 3
        who = rng.choice(PEOPLE)
        _put(ws, row, 1, [[f"DEC-{i + 1:02d}", titles[i], who, days[i], "Board paper"]])
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
        row += 1
        values += [
            ValueFact("decisions", i, "decision", titles[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", days[i]),
        ]
    ws.cell(row, 1, f"Page {pages} of {pages}")
    _sign_off(ws, row + 1)
    path = _save(wb, folder, "print_decision_log_pages")
    targets: Targets = _cols("A", ["id", "decision", "made_by", "date", "rationale"])
    return Built(path, [_one("decisions", "Decision Log", first_header, targets, n)], values)


CATEGORIES = ["Commercial", "Technical", "People", "Regulatory"]


def print_risk_register_categories(folder: Path, rng: random.Random) -> Built:
    """A risk register grouped under category heading rows whose ``Category`` column is
    left empty on the items (the heading says it), a count row per group, a scoring key
    beside the table and a sign-off block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Waste Plant Upgrade"
    ws["A2"] = "Risk Register as at 31/03/2026"
    header = ["ID", "Category", "Risk", "Owner", "L", "I", "Status"]
    _put(ws, 4, 1, [header])
    _heat_map(ws, 4, 11)
    row = 5
    titles = rng.sample(RISK_TITLES, 12)
    values: list[ValueFact] = []
    k = 0
    for cat in CATEGORIES:
        ws.cell(row, 1, cat.upper())
        row += 1
        for _ in range(3):
            owner = rng.choice(PEOPLE)
            p, imp = rng.randint(1, 5), rng.randint(1, 5)
            status = rng.choice(["Open", "Closed"])
            _put(ws, row, 1, [[f"WP{k + 1:02d}", None, titles[k], owner, p, imp, status]])
            values += [
                ValueFact("risks", k, "title", titles[k]),
                ValueFact("risks", k, "owner", owner),
                ValueFact("risks", k, "category", cat),
                ValueFact("risks", k, "probability", float(p)),
                ValueFact("risks", k, "status", status),
            ]
            row += 1
            k += 1
        _put(ws, row, 1, [[None, None, f"Total {cat.lower()} risks: 3"]])
        row += 1
    _put(ws, row, 1, [[None, None, f"Total risks: {k}"]])
    _sign_off(ws, row + 1)
    path = _save(wb, folder, "print_risk_register_categories")
    targets: Targets = _cols("A", ["id", "category", "title", "owner", "probability", "impact"])
    targets |= {"G": "status"}
    return Built(path, [_one("risks", "Risk Register", 4, targets, k)], values)


def print_finance_ytd(folder: Path, rng: random.Random) -> Built:
    """An actuals tracker grouped under category headings, one row per cost line, months
    ``Jan-26`` ... with ``Q1 Total`` columns between them, then ``YTD Actual``, ``Full Year
    Budget``, ``Variance`` and ``Var %``; a subtotal row per category and a grand total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Museum Roof Project - Actual Spend (EUR)"
    ws["A2"] = CONFIDENTIAL
    months = _months(date(2026, 1, 1), 6)
    labels, where = _with_quarters([f"{m:%b}-{m:%y}" for m in months], "Q{q} Total")
    head = ["Cost line", *labels, "YTD Actual", "Full Year Budget", "Variance", "Var %"]
    _put(ws, 4, 1, [head])
    groups = {"Capital": rng.sample(COST_LINES[:3], 2), "Revenue": ["Project team", "Surveys"]}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    n_lines = 0
    for group, lines in groups.items():
        ws.cell(row, 1, group.upper())
        row += 1
        for line in lines:
            actual = [float(rng.randrange(2, 40) * 500) for _ in months]
            cells = [
                actual[m] if m is not None else sum(actual[3 * (k // 4) : 3 * (k // 4) + 3])
                for k, m in enumerate(where)
            ]
            budget = float(rng.randrange(60, 200) * 1000)
            ytd = sum(actual)
            _put(ws, row, 1, [[line, *cells, ytd, budget, budget - ytd, round(ytd / budget, 3)]])
            row += 1
            n_lines += 1
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
        _put(ws, row, 1, [[f"Subtotal {group}"]])
        row += 1
    _put(ws, row, 1, [["TOTAL"]])
    path = _save(wb, folder, "print_finance_ytd")
    targets: Targets = {"A": "cost_line"}
    table = TruthTable("Actuals", 4, "finance", targets, {"finance": 6 * n_lines})
    return Built(path, [table], values)


ASSUMPTIONS = [
    "Funding continues at current levels",
    "Site remains available from June",
    "Staff transfer under existing terms",
    "Supplier prices held for 12 months",
    "Regulator approves the design in one round",
    "No change to building regulations",
    "Users available for testing in May",
    "Existing network has spare capacity",
    "Partner agency signs the data sharing agreement",
    "No major incident during cut-over",
]


def print_assumptions_split(folder: Path, rng: random.Random) -> Built:
    """An assumptions register split over ``Assumptions`` and ``Assumptions (cont.)`` for
    printing (both with the id column), a version table above the first part."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    cont = wb.create_sheet("Assumptions (cont.)")
    row = _cover(ws, "Assumptions Register", "Shared Services Move", rng)
    _put(ws, row + 1, 1, [["Ref", "Assumption", "Owner", "Raised"]])
    _put(cont, 2, 1, [["Ref", "Impact if false", "Validate by", "Status"]])
    cont["A1"] = "Assumptions Register (continued)"
    n = rng.randint(7, 10)
    picks = rng.sample(ASSUMPTIONS, n)
    raised = _days(rng, n, date(2025, 10, 6))
    check = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Validated", "Open"])
        _put(ws, row + 2 + i, 1, [[f"A{i + 1:02d}", picks[i], owner, raised[i]]])
        ws.cell(row + 2 + i, 4).number_format = "dd/mm/yyyy"
        _put(cont, 3 + i, 1, [[f"A{i + 1:02d}", "Re-plan needed", check[i], status]])
        cont.cell(3 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", picks[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "status", status),
        ]
    path = _save(wb, folder, "print_assumptions_split")
    first: Targets = _cols("A", ["id", "assumption", "owner", "raised_date"])
    second: Targets = _cols("A", ["id", "impact_if_false", "validate_by", "status"])
    tables = [_one("assumptions", "Assumptions", row + 1, first, n)]
    tables.append(TruthTable("Assumptions (cont.)", 2, "assumptions", second, {"assumptions": 0}))
    return Built(path, tables, values)


def print_status_report(folder: Path, rng: random.Random) -> Built:
    """A one-page status report of labelled boxes (project, manager, report date, overall
    RAG, summary) and a key-milestones table below them; a sign-off line at the foot."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    pm = rng.choice(PEOPLE)
    _put(
        ws,
        1,
        1,
        [
            ["PROJECT STATUS REPORT"],
            [],
            ["Project name", "Coastal Path Restoration", None, "Report date", date(2026, 3, 27)],
            ["Project manager", pm, None, "Overall RAG", "Amber"],
            ["Sponsor", "Director of Place"],
            [],
            ["Summary", "Works progressing; two milestones at risk from weather."],
        ],
    )
    ws["E3"].number_format = "dd/mm/yyyy"
    _put(ws, 9, 1, [["KEY MILESTONES"]])
    _put(ws, 10, 1, [["Milestone", "Baseline", "Forecast", "Status"]])
    names = MILESTONES[:6]
    base = _days(rng, len(names), date(2026, 2, 2))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Coastal Path Restoration"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", date(2026, 3, 27)),
    ]
    for i, name in enumerate(names):
        fc = base[i] + timedelta(days=rng.choice([0, 14]))
        status = "Complete" if i < 2 else rng.choice(["On track", "At risk"])
        _put(ws, 11 + i, 1, [[name, base[i], fc, status]])
        for c in (2, 3):
            ws.cell(11 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    _put(ws, 18, 1, [["Approved by:", "____________", None, "Date:", "________"]])
    ws["A20"] = "Page 1 of 1"
    path = _save(wb, folder, "print_status_report")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    return Built(path, [_one("milestones", "Status Report", 10, targets, len(names))], values)


TEAM = {
    "Delivery": [("Hannah Price", "Project Manager"), ("Ravi Menon", "Engineer")],
    "Business": [("Chloe Dubois", "Analyst"), ("Marek Nowak", "Change Lead")],
    "Supplier": [("Ines Duarte", "Architect"), ("Kwame Boateng", "Developer")],
}


def print_resource_plan_quarters(folder: Path, rng: random.Random) -> Built:
    """A resource plan (FTE by month) grouped under team headings with a subtotal row per
    team, quarter subtotal columns between the months and a ``Total`` column; page lines
    at the foot."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Resource Plan FY26/27"
    months = _months(date(2026, 4, 1), 6)
    labels, where = _with_quarters([f"{m:%b} {m:%y}" for m in months], "Q{q}")
    _put(ws, 3, 1, [["Name", "Role", *labels, "Total"]])
    row = 4
    count = 0
    values: list[ValueFact] = []
    k = 0
    for team, staff in TEAM.items():
        ws.cell(row, 1, f"{team} team")
        row += 1
        for name, role in staff:
            fte = [rng.choice([0.5, 1.0]) for _ in months]
            cells = [
                fte[m] if m is not None else sum(fte[3 * (j // 4) : 3 * (j // 4) + 3])
                for j, m in enumerate(where)
            ]
            _put(ws, row, 1, [[name, role, *cells, sum(fte)]])
            row += 1
            values.append(ValueFact("resources", k, "person", name))
            k += len(months)
            count += len(months)
        _put(ws, row, 1, [[f"{team} subtotal"]])
        row += 1
    ws.cell(row + 1, 1, "Page 1 of 1")
    ws.cell(row + 1, 4, "Printed 01/04/2026")
    path = _save(wb, folder, "print_resource_plan_quarters")
    targets: Targets = {"A": "person", "B": "role"}
    table = TruthTable("Resource Plan", 3, "resources", targets, {"resources": count})
    return Built(path, [table], values)


PRINT_TUNED = [
    Layout("print_risk_register_pages", "board-pack risk register, repeated headers, cover", print_risk_register_pages),
    Layout("print_issue_log_groups", "issue log grouped by workstream with subtotals", print_issue_log_groups),
    Layout("print_risk_heat_map", "risk register under a 5x5 heat map, spacer columns", print_risk_heat_map),
    Layout("print_risks_split_sheets", "risk register split over Risks and Risks (cont.)", print_risks_split_sheets),
    Layout("print_finance_quarters", "finance tracker with quarter, YTD and variance columns", print_finance_quarters),
    Layout("print_milestone_gantt", "milestone plan with a Gantt bar", print_milestone_gantt),
]  # fmt: skip

PRINT_KEPT = [
    Layout("print_decision_log_pages", "decision log, title and header repeated per page", print_decision_log_pages),
    Layout("print_risk_register_categories", "risk register grouped by category, key beside", print_risk_register_categories),
    Layout("print_finance_ytd", "actuals tracker grouped, quarter and YTD columns", print_finance_ytd),
    Layout("print_assumptions_split", "assumptions register split over two sheets", print_assumptions_split),
    Layout("print_status_report", "status report of labelled boxes with milestones", print_status_report),
    Layout("print_resource_plan_quarters", "resource plan by team with quarter columns", print_resource_plan_quarters),
]  # fmt: skip
