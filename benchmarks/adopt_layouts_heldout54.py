"""The fifty-fourth held-out batch (``HELD_OUT_54``, round 31's final measure): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
SUPPLIER AND CONSULTANCY REPORTS: workbooks a client's PMO receives from its systems
integrators, consultancies, contractors and managed-service providers and must adopt as the
project's registers and trackers (a writer's slip, found after writing: every country
here and several sectors, tolling, pension, dental, ferry, tram, court, pharmacy and
ticketing, are named in earlier batches' docstrings; the coastguard radio network, port
crane, customs data warehouse and water meter roll-out are not) (Dutch road tolling, a Turkish coastguard radio network, Thai rail ticketing, a South
Korean port crane, a Luxembourg pension platform, a Slovak dental chain, a Greek ferry
booking system, an Egyptian tram depot, a Thai customs data warehouse, a Hungarian water
meter roll-out, a Portuguese court e-filing system, a Danish hospital pharmacy robot).

Registers:

- ``nl_tolling_si_raid_extract``: a systems integrator's RAID extract for a Dutch road
  tolling back office: the supplier's title and a `Client project:` line, `Supplier Ref`
  in the supplier's scheme (`TLX-0412`..), `Type` Risk / Assumption / Issue / Dependency,
  `Title`, `Party` Client / Supplier / Joint, `Owner` a named person with the company in
  brackets, `Raised` cells shown `dd-mm-yyyy`, `Status` Open / Closed.
- ``tr_coastguard_msp_risk_log``: a managed-service provider's risk log: `Risk ID` R-001..,
  `Risk Description`, `Category` (standard words), `P` / `I` 1-5, `Client Owner` and
  `Supplier Owner`, `Mitigation`, `Status` Open / Monitoring / Closed, `Logged` as
  `dd.mm.yyyy` text.
- ``kr_port_crane_contractor_issues``: a crane contractor's issue log sent to a Busan port
  authority: `Issue No.` 1.., `Date Raised` ISO date cells, `Issue`, `Priority` High /
  Medium / Low, `Action Owner` as `Kim Min-jun (Client)`, `Target Date`, `Status` Open / In
  Progress / Closed.
- ``lu_pension_consultancy_decisions``: a consultancy's decision log for a Luxembourg
  pension platform: `Dec #` DEC-01.., `Date Agreed` `d/m/yyyy` text, `Decision`,
  `Rationale`, `Agreed by`.
- ``sk_dental_sow_dependencies``: a practice-software vendor's dependencies on the client
  for a Slovak dental chain: `Ref` D-001.., `Dependency`, `Client Lead`, `Vendor Lead`,
  `Needed By` cells, `Status` On Track / At Risk / Late / Delivered.
- ``gr_ferry_booking_raid_workbook``: a Greek ferry booking system supplier's workbook with
  `Risks` and `Issues` sheets: `ID` R-001 / I-001, `Description`, `Owner` Client / Supplier /
  Joint, `Raised` cells, `Status`.

Trackers:

- ``eg_tram_depot_valuation``: a contractor's interim valuation (payment application) for an
  Egyptian tram depot: title, `Valuation No.`, `Period ending` date cell, `All amounts in
  USD excl. VAT`, `Package`, `Contract Sum`, `Previous`, `This Valuation`, `Cumulative`, a
  `Gross valuation` row, `Less retention 5%` and `Amount certified` rows.
- ``th_customs_consultancy_fees``: a consultancy's engagement tracker for Thai customs: fees
  by month ACROSS (date cells shown `mmm-yy`), workstreams DOWN on two blocks: `Fee budget`
  and `Invoiced`, a `Total` column; `USD, ex VAT` in the title.
- ``hu_water_meter_invoice_log``: a meter installer's long invoice tracker: `Month` date
  cells, `Work package`, `Budget (EUR)`, `Invoiced (EUR)`, `Paid (EUR)`, `Basis` Fixed /
  T&M.
- ``pt_court_efiling_supplier_resources``: a supplier's resource plan: `Consultant`,
  `Grade`, `Day rate (EUR)`, months across as `Jan 2026` text, `Total days`.
- ``dk_pharmacy_robot_sow_milestones``: a statement-of-work payment milestone plan: `PM#`
  PM01.., `Payment milestone`, `Contract date`, `Forecast`, `Accepted` date cells, `Payment
  %`, `Value (DKK)`, `Invoice status`.
- ``th_rail_ticketing_si_status_pack``: a systems integrator's weekly status pack for a Thai
  rail ticketing project: `Client`, `Client project`, `Supplier PM`, `Week ending` date
  cell, RAG words `Overall`, `Schedule`, `Cost`, `Scope`, `Summary`, then `Contract
  Milestones` (`Milestone`, `Contract Date`, `Forecast`, `RAG`).

Truth a person could read two ways has no fact (least sure first):

- the tolling RAID extract's `Supplier Ref` `TLX-0412` (one number across types in the
  supplier's scheme: kept or renumbered?): no id fact; `Owner` `Eva de Vries (Client)` (the
  name, or the name with its company?): no owner fact; `Party`: left out; a dependency's
  `Raised` (no raised date in the standard): no fact;
- the coastguard log's `Client Owner` / `Supplier Owner` (which is the owner?): no owner
  fact, both columns mapped or left out; `Logged` `dd.mm.yyyy` is the raised date;
- the crane issues' `Action Owner` `Kim Min-jun (Client)`: no owner fact (as above);
  `Issue No.` 1..: no id fact;
- the ferry workbook's `Owner` Client / Supplier / Joint (a party, not a person): no owner
  fact;
- the valuation's `Contract Sum` (the whole contract, no month): no budget fact;
  `Previous` and `Cumulative`: no month, no fact; `This Valuation` is the period's actual
  for the month of `Period ending`; the gross, retention and certified rows: no line; the
  currency is USD;
- the invoice log's `Paid` (cash, not cost): no fact; `Invoiced` is the actual, `Budget`
  the budget; `Basis`: left out;
- the fees tracker's blank invoiced months are no zero; `Total`: no month;
- the resource plan's day rates: left out; person-days are counts only (no value facts);
- the SoW plan's `Invoice status` (Raised / Paid / Not due: not a milestone status): no
  status fact; `Payment %` and `Value (DKK)`: left out (DKK not on the standard's list:
  no currency fact); `PM01` (not a standard shape): no id fact; `Accepted` is the actual;
- the status pack's milestone `RAG` (Green / Amber / Red: no milestone status word): no
  status fact; `Client project` is the project's name (the pack is the client's project,
  not the supplier's engagement); `Supplier PM` (the supplier's PM, not the project's):
  no project manager fact; `Client` (the organisation): no fact.

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 31 (docs/adopt.md, "Round 31: the fifty-fourth batch's truth audited"): the
pension log's `DEC-01` .. are decisions DC-001 .. under an `id` column (SPEC section 3's
decision id keeps its number, as round 24's and the fifty-second batch's audits ruled; the
writer's "no standard shape" went against them); the tolling extract's `Client project: A24
Road Tolling Back Office` line is the project's name (a labelled field of the client's
project, as the fifty-first and fifty-second batches' audits read `Client project` and
`Project:`); a writer's slip mended: the supplier refs `400 + k * (1..3) + k` could repeat
(k = 1 and 2 both give 404) and were written `TLX-400`, not the `TLX-0412` of this
docstring: now `TLX-04nn`, rising, never repeated (the same random draws, so no other cell
moved). Fact totals at seed 2026: values 224 -> 228 (341 -> 345).
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

TOLL_ROWS = [
    ("Risk", "ANPR camera vendor firmware late", "risks"),
    ("Risk", "Rijkswaterstaat test slots cut", "risks"),
    ("Assumption", "Client supplies vehicle registry extract monthly", "assumptions"),
    ("Assumption", "Payment gateway stays on the current API", "assumptions"),
    ("Issue", "Duplicate toll events in the SIT build", "issues"),
    ("Issue", "Performance test environment unavailable", "issues"),
    ("Dependency", "RDW data feed connection live", "dependencies"),
]
TOLL_PEOPLE = ["Eva de Vries (Client)", "Jeroen Bakker (Supplier)", "Sanne Visser (Client)"]
TITLE = {"risks": "title", "assumptions": "assumption", "issues": "title"}
TITLE["dependencies"] = "title"


def nl_tolling_si_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's mixed RAID extract: supplier refs, Party, named owners with
    the company in brackets, `dd-mm-yyyy` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Tolinx B.V. - Weekly RAID extract"
    ws["A2"] = "Client project: A24 Road Tolling Back Office"
    head = ["Supplier Ref", "Type", "Title", "Party", "Owner", "Raised", "Status"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(TOLL_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    raised = _days(rng, len(rows), date(2026, 1, 12))
    project = ValueFact("project", 0, "project_name", "A24 Road Tolling Back Office")
    values: list[ValueFact] = [project]
    counts: dict[str, int] = {}
    for k, (kind, text, reg) in enumerate(rows):
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"TLX-{400 + 4 * k + rng.randint(1, 3):04d}", kind, text]
        cells += [rng.choice(["Client", "Supplier", "Joint"]), rng.choice(TOLL_PEOPLE)]
        cells += [raised[k], st]
        _put(ws, 5 + k, 1, [cells])
        ws.cell(5 + k, 6).number_format = "dd-mm-yyyy"
        values += [
            ValueFact(reg, i, TITLE[reg], text),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), None])
    targets |= _cols("E", [("owner", None), ("raised_date", None), "status"])
    path = _save(wb, folder, "nl_tolling_si_raid_extract")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


COAST_RISKS = [
    ("VHF repeater site lease expires", "Legal", "Renew lease in Q1"),
    ("Backhaul microwave link outage in storms", "Technical", "Diverse satellite route"),
    ("Radio engineers leave the MSP", "People", "Retention bonus"),
    ("Spare parts import delays", "Third Party", "Hold local stock"),
    ("Service credits exceed cap", "Commercial", "Monthly SLA review"),
    ("Cyber attack on the NOC", "Security", "SOC monitoring"),
]
COAST_CLIENT = ["Cdr. Emre Yilmaz", "Lt. Ayse Demir"]
COAST_SUPPLIER = ["Murat Kaya", "Selin Aksoy"]


def tr_coastguard_msp_risk_log(folder: Path, rng: random.Random) -> Built:
    """A managed-service provider's risk log: client and supplier owners, 1-5 scores,
    `dd.mm.yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Log")
    ws["A1"] = "Coastguard Radio Network - Managed Service Risk Log"
    head = ["Risk ID", "Logged", "Risk Description", "Category", "P", "I", "Client Owner"]
    head += ["Supplier Owner", "Mitigation", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    logged = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(COAST_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", f"{logged[i]:%d.%m.%Y}", text, cat, p, c]
        cells += [rng.choice(COAST_CLIENT), rng.choice(COAST_SUPPLIER), plan, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", logged[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    targets |= _cols("F", ["impact", ("owner", None), ("owner", None), "response", "status"])
    path = _save(wb, folder, "tr_coastguard_msp_risk_log")
    return Built(path, [_one("risks", "Risk Log", 3, targets, n)], values)


CRANE_ISSUES = [
    "Spreader twistlock sensor faults",
    "Crane rail alignment out of tolerance",
    "Port authority permit for night lifts pending",
    "Anti-collision software version mismatch",
    "Operator training slots not booked",
]
CRANE_OWNERS = ["Kim Min-jun (Client)", "Park Ji-ho (Contractor)", "Lee Soo-ah (Client)"]


def kr_port_crane_contractor_issues(folder: Path, rng: random.Random) -> Built:
    """A crane contractor's issue log: numbered issues, ISO date cells, owners with the
    company in brackets."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Issue No.", "Date Raised", "Issue", "Priority", "Action Owner", "Target Date"]
    _put(ws, 1, 1, [[*head, "Status"]])
    n = rng.randint(3, 5)
    raised = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CRANE_ISSUES, n)):
        due = raised[i] + timedelta(days=rng.choice([7, 14, 28]))
        pr, st = (
            rng.choice(["High", "Medium", "Low"]),
            rng.choice(["Open", "In Progress", "Closed"]),
        )
        _put(ws, 2 + i, 1, [[i + 1, raised[i], text, pr, rng.choice(CRANE_OWNERS), due, st]])
        for c in (2, 6):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority"])
    targets |= _cols("E", [("owner", None), "due_date", "status"])
    path = _save(wb, folder, "kr_port_crane_contractor_issues")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


PENSION_DECISIONS = [
    ("Contribution engine built on the vendor's product", "Lower build risk"),
    ("Member portal in French and German first", "Most members"),
    ("Parallel run for two payroll cycles", "CSSF expectation"),
    ("Legacy data archived, not migrated", "Cost"),
    ("Go-live moved to a quarter end", "Reconciliation is simpler"),
]
PENSION_BY = ["Steering Committee", "Client CIO", "Design Authority"]


def lu_pension_consultancy_decisions(folder: Path, rng: random.Random) -> Built:
    """A consultancy's decision log: `DEC-01` numbers, `d/m/yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Pension Administration Platform - Decision Log (prepared by the consultancy)"
    _put(ws, 3, 1, [["Dec #", "Date Agreed", "Decision", "Rationale", "Agreed by"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(PENSION_DECISIONS, n)):
        who = rng.choice(PENSION_BY)
        d = when[i]
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", f"{d.day}/{d.month}/{d.year}", text, why, who]])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "lu_pension_consultancy_decisions")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


DENTAL_DEPS = [
    "Clinic patient data extract from the old system",
    "Network upgrade in the Kosice clinics",
    "Insurer (VsZP) test credentials",
    "Signed data processing agreement",
    "Clinic staff available for training",
]
DENTAL_CLIENT = ["Zuzana Horvathova", "Peter Kovac"]
DENTAL_VENDOR = ["Martin Novak", "Lucia Bielikova"]


def sk_dental_sow_dependencies(folder: Path, rng: random.Random) -> Built:
    """A vendor's dependencies on its client: D-001 refs, client and vendor leads."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    _put(ws, 1, 1, [["Ref", "Dependency", "Client Lead", "Vendor Lead", "Needed By", "Status"]])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DENTAL_DEPS, n)):
        st = rng.choice(["On Track", "At Risk", "Late", "Delivered"])
        them, us = rng.choice(DENTAL_CLIENT), rng.choice(DENTAL_VENDOR)
        _put(ws, 2 + i, 1, [[f"D-{i + 1:03d}", text, them, us, need[i], st]])
        ws.cell(2 + i, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    owners = ("owner", "counterparty_owner", None)
    targets: Targets = _cols("A", ["id", "title", owners, owners, "need_by", "status"])
    path = _save(wb, folder, "sk_dental_sow_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 1, targets, n)], values)


FERRY = {
    "risks": ["Peak season load exceeds the booking engine", "Port agents resist new fares"],
    "issues": ["Payment provider rejects Cypriot cards", "Seat map wrong on the Naxos route"],
}
FERRY["risks"] += ["Ministry changes the passenger manifest format"]
FERRY["issues"] += ["Overnight batch runs past 06:00"]


def gr_ferry_booking_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """A supplier's workbook with `Risks` and `Issues` sheets, owners as parties."""
    wb = openpyxl.Workbook()
    tables: list[TruthTable] = []
    values: list[ValueFact] = []
    for s, (sheet, reg, letter) in enumerate((("Risks", "risks", "R"), ("Issues", "issues", "I"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        _put(ws, 1, 1, [["ID", "Description", "Owner", "Raised", "Status"]])
        items = rng.sample(FERRY[reg], rng.randint(2, 3))
        raised = _days(rng, len(items), date(2026, 1, 19))
        for i, text in enumerate(items):
            st = rng.choice(["Open", "Closed"])
            cells = [f"{letter}-{i + 1:03d}", text, rng.choice(["Client", "Supplier", "Joint"])]
            _put(ws, 2 + i, 1, [[*cells, raised[i], st]])
            ws.cell(2 + i, 4).number_format = "dd/mm/yyyy"
            values += [
                ValueFact(reg, i, "id", f"{letter}-{i + 1:03d}"),
                ValueFact(reg, i, "title", text),
                ValueFact(reg, i, "raised_date", raised[i]),
                ValueFact(reg, i, "status", st),
            ]
        targets: Targets = _cols("A", ["id", "title", ("owner", None), "raised_date", "status"])
        tables.append(_one(reg, sheet, 1, targets, len(items)))
    path = _save(wb, folder, "gr_ferry_booking_raid_workbook")
    return Built(path, tables, values)


TRAM_PACKAGES = ["Preliminaries", "Earthworks", "Depot shed steelwork", "Track & points"]
TRAM_PACKAGES += ["Overhead line", "MEP services"]


def eg_tram_depot_valuation(folder: Path, rng: random.Random) -> Built:
    """A contractor's interim valuation: contract sum, previous, this valuation, cumulative
    per package, then gross, retention and certified rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuation")
    n_val = rng.randint(4, 9)
    month = date(2026, rng.randint(1, 6), 1)
    end = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    ws["A1"] = "Alexandria Tram Depot - Interim Valuation"
    _put(ws, 2, 1, [["Valuation No.", n_val], ["Period ending", end]])
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["A4"] = "All amounts in USD excl. VAT"
    _put(ws, 6, 1, [["Package", "Contract Sum", "Previous", "This Valuation", "Cumulative"]])
    lines = rng.sample(TRAM_PACKAGES, rng.randint(4, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    gross = 0.0
    for r, line in enumerate(lines):
        whole = float(rng.randrange(200, 2000) * 1000)
        prev = float(rng.randrange(0, 50) * 1000)
        this = float(rng.randrange(5, 90) * 1000)
        gross += prev + this
        _put(ws, 7 + r, 1, [[line, whole, prev, this, prev + this]])
        for c in range(2, 6):
            ws.cell(7 + r, c).number_format = "#,##0"
        values.append(ValueFact("finance", (month, line), "actual", this))
    foot = 7 + len(lines) + 1
    ret = round(gross * 0.05, 2)
    _put(ws, foot, 1, [["Gross valuation", None, None, None, gross]])
    _put(ws, foot + 1, 1, [["Less retention 5%", None, None, None, -ret]])
    _put(ws, foot + 2, 1, [["Amount certified", None, None, None, gross - ret]])
    targets: Targets = {"A": "cost_line", "B": None, "C": None, "D": "actual", "E": None}
    path = _save(wb, folder, "eg_tram_depot_valuation")
    return Built(
        path, [TruthTable("Valuation", 6, "finance", targets, {"finance": len(lines)})], values
    )


THAI_STREAMS = ["Data architecture", "ETL build", "Reporting", "Change & training", "PMO"]


def th_customs_consultancy_fees(folder: Path, rng: random.Random) -> Built:
    """A consultancy's fee tracker: `Fee budget` and `Invoiced` blocks, months across as
    date cells shown `mmm-yy`, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Customs Data Warehouse - Engagement fee tracker (USD, ex VAT)"
    months = _months(date(2026, 1, 1), 6)
    streams = rng.sample(THAI_STREAMS, rng.randint(3, 4))
    done = rng.randint(2, 5)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    tables: list[TruthTable] = []
    top = 3
    for title, measure in (("Fee budget", "budget"), ("Invoiced", "actual")):
        ws.cell(top, 1, title)
        _put(ws, top + 1, 1, [["Workstream", *months, "Total"]])
        for c in range(2, 8):
            ws.cell(top + 1, c).number_format = "mmm-yy"
        for r, line in enumerate(streams):
            amounts: list[float | None] = []
            for m, month in enumerate(months):
                if measure == "actual" and m >= done:
                    amounts.append(None)
                    continue
                a = float(rng.randrange(4, 60) * 500)
                amounts.append(a)
                values.append(ValueFact("finance", (month, line), measure, a))
            _put(ws, top + 2 + r, 1, [[line, *amounts, sum(a for a in amounts if a)]])
        tables.append(TruthTable("Fees", top + 1, "finance", {"A": "cost_line"}, {}))
        top += len(streams) + 4
    tables[0].counts = {"finance": 6 * len(streams)}
    path = _save(wb, folder, "th_customs_consultancy_fees")
    return Built(path, tables, values)


METER_PACKAGES = ["Survey", "Meter supply", "Installation", "AMR gateways", "Data migration"]


def hu_water_meter_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A meter installer's long invoice tracker: month and package per row, budget,
    invoiced and paid amounts, Fixed / T&M basis."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    head = ["Month", "Work package", "Budget (EUR)", "Invoiced (EUR)", "Paid (EUR)", "Basis"]
    _put(ws, 1, 1, [head])
    months = _months(date(2025, 9, 1), rng.randint(3, 5))
    lines = rng.sample(METER_PACKAGES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    r = 2
    for month in months:
        for line in lines:
            b = float(rng.randrange(10, 80) * 1000)
            inv = round(b * rng.choice([0.8, 0.95, 1.0, 1.1]), 2)
            paid = inv if rng.random() < 0.6 else None
            _put(ws, r, 1, [[month, line, b, inv, paid, rng.choice(["Fixed", "T&M"])]])
            ws.cell(r, 1).number_format = "mmm yyyy"
            values.append(ValueFact("finance", (month, line), "budget", b))
            values.append(ValueFact("finance", (month, line), "actual", inv))
            r += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    path = _save(wb, folder, "hu_water_meter_invoice_log")
    table = TruthTable("Invoices", 1, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], values)


COURT_STAFF = [
    ("Ana Ferreira", "Principal"),
    ("Rui Costa", "Senior Consultant"),
    ("Joana Silva", "Consultant"),
    ("Tiago Santos", "Analyst"),
    ("Marta Lopes", "Senior Consultant"),
]


def pt_court_efiling_supplier_resources(folder: Path, rng: random.Random) -> Built:
    """A supplier's resource plan: named consultants, grades, day rates, `Jan 2026` text
    months across, a `Total days` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Court E-Filing Programme - Supplier resource plan (days)"
    months = _months(date(2026, 1, 1), 5)
    _put(ws, 3, 1, [["Consultant", "Grade", "Day rate (EUR)", *[f"{m:%b %Y}" for m in months]]])
    ws.cell(3, 4 + len(months), "Total days")
    count = 0
    for r, (name, grade) in enumerate(rng.sample(COURT_STAFF, rng.randint(3, 5))):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        rate = {"Principal": 1450, "Senior Consultant": 1100}.get(grade, 850)
        _put(ws, 4 + r, 1, [[name, grade, rate, *[d or None for d in days], sum(days)]])
    targets: Targets = {"A": "person", "B": "role", "C": None}
    path = _save(wb, folder, "pt_court_efiling_supplier_resources")
    return Built(
        path, [TruthTable("Resource Plan", 3, "resources", targets, {"resources": count})], []
    )


ROBOT_MILESTONES = [
    "Detailed design accepted",
    "Factory acceptance test",
    "Delivery to hospital pharmacy",
    "Site acceptance test",
    "Go-live and handover",
]


def dk_pharmacy_robot_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A statement-of-work payment milestone plan: contract / forecast / accepted dates,
    payment % and value in DKK, an invoice status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment Milestones")
    ws["A1"] = "SOW 2 - Hospital Pharmacy Dispensing Robot - Payment milestones"
    head = ["PM#", "Payment milestone", "Contract date", "Forecast", "Accepted", "Payment %"]
    _put(ws, 3, 1, [[*head, "Value (DKK)", "Invoice status"]])
    base = _days(rng, 5, date(2026, 2, 2))
    done = rng.randint(0, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(ROBOT_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        acc = fc if i < done else None
        pct = [0.2, 0.2, 0.2, 0.3, 0.1][i]
        inv = rng.choice(["Raised", "Paid"]) if acc else "Not due"
        _put(ws, 4 + i, 1, [[f"PM{i + 1:02d}", name, base[i], fc, acc, pct, pct * 4.8e6, inv]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if acc:
            values.append(ValueFact("milestones", i, "actual_date", acc))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, None])
    path = _save(wb, folder, "dk_pharmacy_robot_sow_milestones")
    return Built(path, [_one("milestones", "Payment Milestones", 3, targets, 5)], values)


RAIL_MILESTONES = ["Design freeze", "Gate hardware installed", "SIT complete", "UAT signed off"]
RAIL_MILESTONES += ["Go-live on the Blue Line"]


def th_rail_ticketing_si_status_pack(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's weekly status pack: client and project rows, the supplier's
    PM, a week-ending cell, RAG words, a contract milestones table with a RAG column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project = "Bangkok Rail Smart Ticketing"
    week = date(2026, 4, 3) + timedelta(days=7 * rng.randint(0, 5))
    ws["A1"] = "Weekly Status Pack"
    rows: list[list[object]] = [["Client", "Metro Transit Authority"], ["Client project", project]]
    rows += [["Supplier PM", "Somchai Wongsakul"], ["Week ending", week]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd mmm yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(
        ws,
        8,
        1,
        [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]], ["Scope", rags[3]]],
    )
    summary = rng.choice(
        ["Gate firmware fixed; SIT restarted.", "UAT scripts agreed with the client."]
    )
    _put(ws, 13, 1, [["Summary", summary]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A15"] = "Contract Milestones"
    _put(ws, 16, 1, [["Milestone", "Contract Date", "Forecast", "RAG"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2026, 2, 2))
    for i, name in enumerate(RAIL_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        _put(ws, 17 + i, 1, [[name, due[i], fc, rng.choice(["Green", "Amber", "Red"])]])
        for c in (2, 3):
            ws.cell(17 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date", "D": None}
    path = _save(wb, folder, "th_rail_ticketing_si_status_pack")
    return Built(path, [_one("milestones", "Status", 16, targets, n)], values)


HELD_OUT_54: tuple[Layout, ...] = (
    Layout(
        "nl_tolling_si_raid_extract",
        "Dutch tolling SI RAID extract (supplier refs, owners (Company))",
        nl_tolling_si_raid_extract,
    ),
    Layout(
        "tr_coastguard_msp_risk_log",
        "Turkish coastguard MSP risk log (client / supplier owners)",
        tr_coastguard_msp_risk_log,
    ),
    Layout(
        "kr_port_crane_contractor_issues",
        "Korean crane contractor issue log (owners with company)",
        kr_port_crane_contractor_issues,
    ),
    Layout(
        "lu_pension_consultancy_decisions",
        "Luxembourg pension consultancy decision log (DEC-01)",
        lu_pension_consultancy_decisions,
    ),
    Layout(
        "sk_dental_sow_dependencies",
        "Slovak dental vendor's client dependencies (client / vendor lead)",
        sk_dental_sow_dependencies,
    ),
    Layout(
        "gr_ferry_booking_raid_workbook",
        "Greek ferry booking supplier Risks and Issues sheets",
        gr_ferry_booking_raid_workbook,
    ),
    Layout(
        "eg_tram_depot_valuation",
        "Egyptian tram depot contractor's interim valuation (USD excl. VAT)",
        eg_tram_depot_valuation,
    ),
    Layout(
        "th_customs_consultancy_fees",
        "Thai customs consultancy fee budget and invoiced blocks",
        th_customs_consultancy_fees,
    ),
    Layout(
        "hu_water_meter_invoice_log",
        "Hungarian water meter installer's long invoice log (EUR)",
        hu_water_meter_invoice_log,
    ),
    Layout(
        "pt_court_efiling_supplier_resources",
        "Portuguese court e-filing supplier resource plan (day rates)",
        pt_court_efiling_supplier_resources,
    ),
    Layout(
        "dk_pharmacy_robot_sow_milestones",
        "Danish pharmacy robot SOW payment milestones (DKK)",
        dk_pharmacy_robot_sow_milestones,
    ),
    Layout(
        "th_rail_ticketing_si_status_pack",
        "Thai rail ticketing SI weekly status pack",
        th_rail_ticketing_si_status_pack,
    ),
)
