"""The twentieth tuning batch (``TUNING_20``, round 31): twelve seeded legacy layouts with
ground truth, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores; another engineer tunes
on it. It is SUPPLIER AND CONSULTANCY REPORTS: workbooks a project receives from (or sends
to) its suppliers, contractors and consultancies, which the PMO adopts as the client
project's registers and trackers, in sectors and countries no earlier batch's docstring
names (a Moldovan sunflower oil press, a Honduran cigar factory, a Seychelles tuna loining
plant, a Bahraini perfume filling line, a Guatemalan cardamom dryer, a Vanuatu copra mill,
Maldives water villas, a Kosovan pasta factory, a Gabonese manganese rail siding, a
Djiboutian submarine cable landing station, a Kuwaiti air cargo terminal).

Registers:

- ``md_sunflower_integrator_raid``: an Austrian automation integrator's RAID log for a
  Moldovan oil press line: title and `Client:` lines, `ID` R-001 / A-001 / I-001 / D-001
  per type, `Type` words (every type each seed), `Description`, `Client owner` and
  `Supplier owner`, `Raised` cells shown `dd.mm.yyyy`, `Status` (standard words per type),
  `Next action`.
- ``hn_cigar_contractor_risks``: a fit-out contractor's risk register issued to the client:
  `Ref` DN-0417-R1.. (job number and sequence), `Risk`, `Category` (standard words),
  `Likelihood` / `Consequence` 1-5, a typed `Rating`, `Response type` (standard words),
  `Action`, `Owner`, `Review by` cells shown `dd/mm/yyyy`, `Status`.
- ``sc_tuna_loining_vendor_issue_log``: a refrigeration vendor's open points / issue log:
  `Issue No.` I-001.., `Date logged` and `Target date` cells shown `d-mmm-yy`,
  `Description`, `Priority` standard words, `Raised by` Client / Vendor, `Assigned to`,
  `Status` standard words, `Vendor response`.
- ``bh_perfume_sow_assumptions_dependencies``: a line supplier's SOW annex, two sheets:
  `Assumptions` (`No.` 1.., `Assumption`, `Owner`, `Confirm by` cells, `Confidence`,
  `Status` Open / Validated / Invalid) and `Dependencies` (`Ref` DEP-01.., `Direction`
  Inbound / Outbound, `Owner`, `Required by` / `Committed` cells shown `dd-mm-yyyy`,
  `Status`).
- ``gt_cardamom_consultancy_decision_log``: an agri-consultancy's decision log: `Decision
  #` 1.., `Date` cells shown `d/m/yyyy`, `Decision`, `Rationale`, `Decided by`, `Recorded
  by` (always the consultant).
- ``vu_copra_mill_risk_issue_log``: an equipment supplier's one-table risk and issue log: a
  legend line `R = Risk, I = Issue`, `Item` 1.., `R/I` letters, `Description`, `Owner`,
  `Date raised` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Comments`.

Trackers:

- ``mv_water_villa_payment_applications``: a marine contractor's interim payment
  applications as one long table, `(USD)` in the title: `Application No.`, `Period` cells
  shown `mmm yyyy`, `Section`, `Contract sum`, `Value of work this period`, `Retention
  (5%)`, `Net due`, `Certified` Yes / No.
- ``xk_pasta_consultancy_fees_days``: an owner's engineer's fees and days tracker: a day
  rate line, `Month` cells shown `mmm-yy`, `Workstream`, `Days budget`, `Days used`, `Fees
  budget (EUR)`, `Fees invoiced (EUR)` for months closed, `Fees forecast (EUR)` after.
- ``bh_perfume_vendor_budget_vs_actual``: a supplier's budget versus actual by PO line:
  `Currency: USD`, month cells shown `mmm-yy` each merged over a `Budget` / `Actual` pair,
  actuals for the months closed so far.
- ``ga_manganese_supplier_staffing_plan``: a design-and-build supplier's staffing plan:
  `Role`, `Name`, `Day rate (EUR)`, six month cells shown `mmm-yy` with planned days,
  `Total days`, `Total cost (EUR)`.
- ``dj_cable_landing_sow_milestones``: a SOW milestone and payment plan: `MS` 1..,
  `Milestone`, `Planned date` / `Forecast date` / `Achieved` cells shown `dd mmm yyyy`,
  `Payment %` percent cells, `Payment (USD)`, `Status` standard words.
- ``kw_air_cargo_integrator_status_pack``: a systems integrator's weekly status pack:
  label / value rows `Client project`, `Client project manager`, `Integrator account
  manager`, `Engagement code` (the integrator's, GLS-2231-KW), `Week ending` (a date
  cell), `Overall status` RAG word, `Currency` USD, a `Summary` line, then `Key
  milestones` (`Milestone`, `Contract date` / `Forecast` cells, `Status`).

Truth a person could read two ways has no fact (least sure first):

- the payment applications: `Value of work this period` is the month's Actual (the cost of
  work done that month); `Net due` (after retention) and `Retention (5%)` could be read as
  what the client pays, so they are left out, as are `Contract sum` (a section's total,
  not a month's budget: no budget fact), `Application No.` and `Certified`; `(USD)` in the
  title is the currency;
- the fees tracker's `Days budget` / `Days used` (days, not money): left out; `Fees
  invoiced (EUR)` is the Actual (a consultancy's fees are spent when invoiced, and nothing
  else in the sheet could be), `Fees budget` the Budget, `Fees forecast` the Forecast;
- the RAID log's `Client owner` and `Supplier owner`: which is the item's owner? no owner
  fact (either column may be mapped to the owner or left out); `Next action` (a response
  for a risk, a resolution for an issue, nothing for an assumption): mapped or left out,
  no fact;
- the status pack's project: the client's (`Client project`, `Client project manager`);
  the integrator's `Engagement code` is the supplier's own, no project id fact; the
  `Integrator account manager` is no project field; `Week ending` is the report date;
  `Summary` is the status summary; `Contract date` is the milestone's baseline;
- the contractor's `DN-0417-R3` refs (job number and sequence, no standard shape) and
  the copra log's `Item`, the assumptions' `No.`, the decision log's `Decision #` and the
  SOW's `MS` numbers and the SOW annex's `DEP-01`: no id facts; R-001 / A-001 / I-001 /
  D-001 are;
- the cigar register's `Review by` (the standard's due date, or only a review?): mapped to
  the due date or left out, no fact; the typed `Rating` (P x I): left out; `Action` is the
  response; the tuna log's `Vendor response` (a resolution or a note?): mapped or left
  out, no fact; its `Raised by` Client / Vendor: left out (not the owner);
- the staffing plan's days per month: counts only, no value facts (as earlier batches'
  resource plans); `Day rate (EUR)`, `Total days`, `Total cost (EUR)`: no field, left out;
- the SOW's `Payment %` and `Payment (USD)`: no milestone field, left out;
- a dependency's raised date (the RAID log's `Raised` for D- rows): no standard field, no
  fact; the decision log's `Recorded by` (the consultant, not the decider): left out.

Readings used: every date is a date cell (no text dates); the project a supplier's pack
is for is the client's project; statuses, categories, priorities, response types,
confidences and directions are standard words. Totals (``fact_totals``): 397 facts at
seed 2026 (13 tables, 30 register, 85 columns, 269 values), 433 at 7, 418 at 99. It was
written and checked for internal consistency only (``adopt_truth.check_truth``, seeds
0-199 and 2026), never against adoption's output.
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

SUNFLOWER_ITEMS = [
    ("Risk", "Expeller gearbox lead time exceeds the harvest window"),
    ("Risk", "PLC firmware not certified for the existing SCADA"),
    ("Risk", "Client electricians unavailable for the tie-in weekend"),
    ("Assumption", "Client provides compressed air at 7 bar to the press hall"),
    ("Assumption", "Existing cable trays can carry the new instrument cabling"),
    ("Issue", "Seed conditioner temperature probes read 6 C high"),
    ("Issue", "Factory acceptance test slipped by the panel builder"),
    ("Dependency", "Gas connection upgrade by the Balti distribution company"),
    ("Dependency", "Client IT opens the VPN for remote commissioning"),
]
SUNFLOWER_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
SUNFLOWER_REG["Dependency"] = "dependencies"
SUNFLOWER_PREFIX = {"Risk": "R", "Assumption": "A", "Issue": "I", "Dependency": "D"}
SUNFLOWER_STATUS = {
    "risks": ["Open", "Monitoring", "Closed"],
    "assumptions": ["Open", "Validated", "Closed"],
    "issues": ["Open", "In Progress", "Resolved"],
    "dependencies": ["Open", "On Track", "At Risk", "Delivered"],
}
SUNFLOWER_CLIENT = ["Ion Rusu", "Natalia Ceban", "Vasile Munteanu"]
SUNFLOWER_SUPPLIER = ["Markus Huber", "Petra Lang"]


def md_sunflower_integrator_raid(folder: Path, rng: random.Random) -> Built:
    """A Moldovan sunflower oil press plant's RAID log kept by the Austrian automation
    integrator: `ID` R-001 / A-001 / I-001 / D-001 per type, `Type` words, `Client owner`
    and `Supplier owner` columns side by side, `Raised` cells shown `dd.mm.yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Balti Oil Press Line 2 Automation - RAID Log (Huber Automation GmbH)"
    ws["A2"] = "Client: SA Floarea Soarelui"
    head = ["ID", "Type", "Description", "Client owner", "Supplier owner", "Raised"]
    head += ["Status", "Next action"]
    _put(ws, 4, 1, [head])
    # one item of each type at least, so the table is a four-register RAID log every seed
    kinds = {kind: [j for j, (k, _) in enumerate(SUNFLOWER_ITEMS) if k == kind]
             for kind in SUNFLOWER_REG}  # fmt: skip
    first = [rng.choice(js) for js in kinds.values()]
    rest = [j for j in range(len(SUNFLOWER_ITEMS)) if j not in first]
    picked = sorted(first + rng.sample(rest, rng.randint(2, 4)))
    raised = _days(rng, len(picked), date(2026, 1, 12))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for k, j in enumerate(picked):
        kind, text = SUNFLOWER_ITEMS[j]
        reg = SUNFLOWER_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        rid = f"{SUNFLOWER_PREFIX[kind]}-{i + 1:03d}"
        st = rng.choice(SUNFLOWER_STATUS[reg])
        client, supplier = rng.choice(SUNFLOWER_CLIENT), rng.choice(SUNFLOWER_SUPPLIER)
        action = rng.choice(["Chase at weekly call", "Raise with site manager", "None"])
        cells: list[object] = [rid, kind, text, client, supplier, raised[k], st, action]
        _put(ws, 5 + k, 1, [cells])
        ws.cell(5 + k, 6).number_format = "dd.mm.yyyy"
        values += [
            ValueFact(reg, i, "id", rid),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption")])
    targets |= _cols("D", [("owner", None), ("owner", None), ("raised_date", None), "status"])
    targets |= {"H": ("response", "resolution", None)}
    path = _save(wb, folder, "md_sunflower_integrator_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


CIGAR_RISKS = [
    ("Humidor climate units fail the 70 % RH hold test", "Technical", "Reduce"),
    ("Tobacco leaf store roof replacement finds asbestos", "Legal", "Avoid"),
    ("Rolling tables delivered from Nicaragua late", "Third Party", "Transfer"),
    ("Rollers leave for the harvest season mid-fit-out", "People", "Accept"),
    ("Fire engineer rejects the cedar lining", "Technical", "Reduce"),
    ("Lempira devaluation raises imported fittings cost", "Financial", "Share"),
]
CIGAR_OWNERS = ["Carlos Mejia", "Rosa Alvarado", "Jorge Zelaya"]


def hn_cigar_contractor_risks(folder: Path, rng: random.Random) -> Built:
    """A Honduran cigar factory extension's fit-out contractor's risk register sent to the
    client: contractor codes `DN-0417-R3` (job number and a sequence), `Likelihood` and
    `Consequence` 1-5, a typed `Rating`, `Response type` standard words, `Review by` date
    cells shown `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Constructora del Norte - Job 0417 - Danli Cigar Factory Extension"
    ws["A2"] = "Contractor's risk register issued to the client for information"
    head = ["Ref", "Risk", "Category", "Likelihood", "Consequence", "Rating"]
    head += ["Response type", "Action", "Owner", "Review by", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    review = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, cat, kind) in enumerate(rng.sample(CIGAR_RISKS, n)):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(CIGAR_OWNERS), rng.choice(["Open", "Open", "Monitoring", "Closed"])
        action = f"{kind} - see method statement {rng.randint(10, 40)}"
        cells: list[object] = [f"DN-0417-R{i + 1}", text, cat, p, imp, p * imp, kind]
        cells += [action, who, review[i], st]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 10).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response_type", kind),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "category", "probability", "impact"])
    targets |= _cols("F", [None, "response_type", "response", "owner"])
    targets |= {"J": ("due_date", None), "K": "status"}
    path = _save(wb, folder, "hn_cigar_contractor_risks")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


TUNA_ISSUES = [
    "Blast freezer door seals frosting within a shift",
    "Pre-cooker steam valve chatter above 80 % load",
    "Ammonia detector alarms not relayed to the control room",
    "Thawing tank drain pump undersized",
    "Loin conveyor belt tracking off at the skinning table",
    "HMI language pack missing French",
]
TUNA_ASSIGNEES = ["Jean-Paul Hoareau", "Marie-Claire Payet", "Kwame Boateng"]
TUNA_STATUS = ["Open", "In Progress", "Resolved", "Closed"]


def sc_tuna_loining_vendor_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Seychelles tuna loining plant's refrigeration vendor's punch list kept as an issue
    log: `Issue No.` I-001.., `Date logged` cells shown `d-mmm-yy`, `Priority` standard
    words, `Raised by` Client / Vendor, `Assigned to`, `Target date` cells, `Status`,
    `Vendor response`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Victoria Tuna Loining Plant - Refrigeration Package - Open Points / Issue Log"
    head = ["Issue No.", "Date logged", "Description", "Priority", "Raised by"]
    head += ["Assigned to", "Target date", "Status", "Vendor response"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    logged = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TUNA_ISSUES, n)):
        pr, st = rng.choice(["Critical", "High", "Medium", "Low"]), rng.choice(TUNA_STATUS)
        who = rng.choice(TUNA_ASSIGNEES)
        due = logged[i] + timedelta(days=rng.choice([7, 14, 21]))
        reply = rng.choice(["Parts on order", "Site visit booked", "Under investigation"])
        cells: list[object] = [f"I-{i + 1:03d}", logged[i], text, pr]
        cells += [rng.choice(["Client", "Vendor"]), who, due, st, reply]
        _put(ws, 4 + i, 1, [cells])
        for c in (2, 7):
            ws.cell(4 + i, c).number_format = "d-mmm-yy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "priority", None, "owner"])
    targets |= _cols("G", ["due_date", "status", ("resolution", None)])
    path = _save(wb, folder, "sc_tuna_loining_vendor_issue_log")
    return Built(path, [_one("issues", "Issue Log", 3, targets, n)], values)


PERFUME_ASSUMPTIONS = [
    "Client supplies glass bottles to the line's specification",
    "Clean room class ISO 8 is certified before installation",
    "Two operators per shift are released for training",
    "Existing nitrogen generator has spare capacity",
    "Alcohol storage permit covers the new day tank",
]
PERFUME_DEPENDENCIES = [
    ("Crimping heads from the Italian OEM", "Inbound"),
    ("Civil works by the client's contractor", "Inbound"),
    ("Line layout drawings to the client's architect", "Outbound"),
    ("Validation protocols to the client's QA", "Outbound"),
]
PERFUME_PEOPLE = ["Fatima Al-Khalifa", "Hassan Jaffar", "Luca Bernardi"]


def bh_perfume_sow_assumptions_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Bahraini perfume filling line's statement-of-work annex from the line supplier:
    two sheets, `Assumptions` (`No.` 1.., `Assumption`, `Owner`, `Confirm by` date cells,
    `Confidence` High / Medium / Low, `Status`) and `Dependencies` (`Ref` DEP-01..,
    `Direction` Inbound / Outbound, `Required by` / `Committed` cells shown
    `dd-mm-yyyy`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "SOW Annex C - Sitra Fragrance Filling Line - Assumptions"
    _put(ws, 3, 1, [["No.", "Assumption", "Owner", "Confirm by", "Confidence", "Status"]])
    n = rng.randint(3, 5)
    confirm = _days(rng, n, date(2026, 4, 6))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PERFUME_ASSUMPTIONS, n)):
        who, conf = rng.choice(PERFUME_PEOPLE), rng.choice(["High", "Medium", "Low"])
        st = rng.choice(["Open", "Validated", "Invalid"])
        _put(ws, 4 + i, 1, [[i + 1, text, who, confirm[i], conf, st]])
        ws.cell(4 + i, 4).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", confirm[i]),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "status", st),
        ]
    wd = wb.create_sheet("Dependencies")
    wd["A1"] = "SOW Annex C - Sitra Fragrance Filling Line - Dependencies"
    head = ["Ref", "Dependency", "Direction", "Owner", "Required by", "Committed", "Status"]
    _put(wd, 3, 1, [head])
    m = rng.randint(3, 4)
    need = _days(rng, m, date(2026, 4, 6))
    for i, (text, way) in enumerate(rng.sample(PERFUME_DEPENDENCIES, m)):
        who, st = rng.choice(PERFUME_PEOPLE), rng.choice(["Open", "On Track", "At Risk"])
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        _put(wd, 4 + i, 1, [[f"DEP-{i + 1:02d}", text, way, who, need[i], committed, st]])
        for c in (5, 6):
            wd.cell(4 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", st),
        ]
    t1: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by"])
    t1 |= {"E": "confidence", "F": "status"}
    # `DEP-01` is in no standard shape (as round 30's `DEP-001`): no id fact
    t2: Targets = _cols("A", [("id", None), "title", "direction", "owner", "need_by"])
    t2 |= {"F": "committed_date", "G": "status"}
    path = _save(wb, folder, "bh_perfume_sow_assumptions_dependencies")
    tables = [
        _one("assumptions", "Assumptions", 3, t1, n),
        _one("dependencies", "Dependencies", 3, t2, m),
    ]
    return Built(path, tables, values)


CARDAMOM_DECISIONS = [
    ("Biomass dryer chosen over LPG", "Lower running cost; husk available on site"),
    ("Cooperative, not the mill, owns the dryer", "Eligible for the export grant"),
    ("Phase 2 sorting line deferred to 2027", "Budget held for the warehouse roof"),
    ("Moisture target set at 11 % for export lots", "Buyer specification from Dubai"),
    ("Steering group meets monthly, not fortnightly", "Harvest season workload"),
]
CARDAMOM_DECIDERS = ["Steering group", "Cooperative board", "Project sponsor"]


def gt_cardamom_consultancy_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Guatemalan cardamom drying plant's decision log kept by the agri-consultancy:
    `Decision #` 1.., `Date` cells shown `d/m/yyyy`, `Decision`, `Rationale`, `Decided by`,
    `Recorded by` (the consultant)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Coban Cardamom Drying Plant - Decision Log (AgroConsult Centroamerica)"
    head = ["Decision #", "Date", "Decision", "Rationale", "Decided by", "Recorded by"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(CARDAMOM_DECISIONS, n)):
        who = rng.choice(CARDAMOM_DECIDERS)
        _put(ws, 4 + i, 1, [[i + 1, made[i], text, why, who, "Ana Lucia Choc"]])
        ws.cell(4 + i, 2).number_format = "d/m/yyyy"
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "gt_cardamom_consultancy_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


COPRA_ITEMS = [
    ("Risk", "Cyclone season closes the Luganville wharf for the install"),
    ("Risk", "Expeller spares held at customs in Port Vila"),
    ("Risk", "Solar dryer output short in the wet season"),
    ("Issue", "Generator fuel contract expired with the supplier"),
    ("Issue", "Village growers paid late for the first copra lots"),
    ("Issue", "Oil filter press leaking at the platen"),
]
COPRA_PEOPLE = ["Joel Tari", "Leah Molisa", "Ben Whitaker"]


def vu_copra_mill_risk_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Vanuatu copra mill upgrade's risk and issue log from the Australian equipment
    supplier, one table: `Item` numbers 1.., `R/I` letters, `Description`, `Owner`,
    `Date raised` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Comments`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks & Issues")
    ws["A1"] = "Santo Copra Mill Upgrade - Supplier Risk & Issue Log"
    ws["A2"] = "R = Risk, I = Issue"
    head = ["Item", "R/I", "Description", "Owner", "Date raised", "Status", "Comments"]
    _put(ws, 4, 1, [head])
    picked = sorted(rng.sample(range(len(COPRA_ITEMS)), rng.randint(4, 6)))
    raised = _days(rng, len(picked), date(2026, 1, 19))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for k, j in enumerate(picked):
        kind, text = COPRA_ITEMS[j]
        reg = "risks" if kind == "Risk" else "issues"
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(COPRA_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        note = rng.choice(["Discussed at site meeting", "Awaiting client", ""])
        _put(ws, 5 + k, 1, [[k + 1, kind[0], text, who, raised[k], st, note or None]])
        ws.cell(5 + k, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "raised_date", raised[k]),
            ValueFact(reg, i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "register", "title", "owner", "raised_date"])
    targets |= {"F": "status", "G": None}
    path = _save(wb, folder, "vu_copra_mill_risk_issue_log")
    return Built(path, [TruthTable("Risks & Issues", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

VILLA_SECTIONS = ["Piling and decks", "Villa superstructures", "MEP services"]
VILLA_SECTIONS += ["Overwater walkway", "Preliminaries"]


def mv_water_villa_payment_applications(folder: Path, rng: random.Random) -> Built:
    """A Maldives resort's water villa contractor's interim payment applications as one
    long table (USD in the title): `Application No.`, `Period` date cells shown `mmm yyyy`,
    `Section`, `Contract sum`, `Value of work this period`, `Retention (5%)`, `Net due`,
    `Certified` Yes / No."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Applications")
    ws["A1"] = "Baa Atoll Water Villas (42 No.) - Interim Payment Applications (USD)"
    ws["A2"] = "Contractor: Atoll Marine Builders Pvt Ltd"
    head = ["Application No.", "Period", "Section", "Contract sum"]
    head += ["Value of work this period", "Retention (5%)", "Net due", "Certified"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(3, 5))
    sections = rng.sample(VILLA_SECTIONS, 3)
    contract = {s: rng.randrange(300, 2500) * 1000.0 for s in sections}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for a, month in enumerate(months):
        for sec in sections:
            work = rng.randrange(10, 250) * 500.0
            cells: list[object] = [a + 1, month, sec, contract[sec], work]
            cells += [work * 0.05, work * 0.95, "Yes" if a < len(months) - 1 else "No"]
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "mmm yyyy"
            values.append(ValueFact("finance", (month, sec), "actual", work))
            row += 1
    targets: Targets = _cols("A", [None, "month", "cost_line", None, "actual", None, None])
    targets |= {"H": None}
    path = _save(wb, folder, "mv_water_villa_payment_applications")
    table = TruthTable("Applications", 4, "finance", targets,
                       {"finance": len(months) * len(sections)})  # fmt: skip
    return Built(path, [table], values)


PASTA_WORKSTREAMS = ["Plant layout", "Dryer specification", "Tender support"]
PASTA_WORKSTREAMS += ["Food safety (HACCP)", "Project management"]


def xk_pasta_consultancy_fees_days(folder: Path, rng: random.Random) -> Built:
    """A Kosovan pasta factory's engineering consultancy's fees and days tracker: `Month`
    date cells shown `mmm-yy`, `Workstream`, `Days budget`, `Days used`, `Fees budget (EUR)`,
    `Fees invoiced (EUR)` for months closed, `Fees forecast (EUR)` for later ones."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees & Days")
    ws["A1"] = "Prizren Pasta Factory - Owner's Engineer - Fees and Days Tracker"
    ws["A2"] = "Day rate EUR 650 (senior) / EUR 420 (engineer)"
    head = ["Month", "Workstream", "Days budget", "Days used", "Fees budget (EUR)"]
    head += ["Fees invoiced (EUR)", "Fees forecast (EUR)"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 3), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    streams = rng.sample(PASTA_WORKSTREAMS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for ws_name in streams:
            days = rng.randint(2, 12)
            budget = days * 650.0
            cells: list[object] = [month, ws_name, days, None, budget, None, None]
            values.append(ValueFact("finance", (month, ws_name), "budget", budget))
            if m < closed:
                used = max(1, days + rng.randint(-2, 3))
                cells[3], cells[5] = used, used * 650.0
                values.append(ValueFact("finance", (month, ws_name), "actual", used * 650.0))
            else:
                cells[6] = budget
                values.append(ValueFact("finance", (month, ws_name), "forecast", budget))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", None, None, "budget"])
    targets |= {"F": "actual", "G": "forecast"}
    path = _save(wb, folder, "xk_pasta_consultancy_fees_days")
    table = TruthTable("Fees & Days", 4, "finance", targets,
                       {"finance": len(months) * len(streams)})  # fmt: skip
    return Built(path, [table], values)


PERFUME_PO_LINES = ["Filling monobloc", "Crimping station", "Labeller", "Cartoner"]
PERFUME_PO_LINES += ["Installation and commissioning"]


def bh_perfume_vendor_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A Bahraini perfume filling line supplier's monthly budget versus actual by PO line:
    month date cells shown `mmm-yy` each merged over a `Budget` / `Actual` pair, `Currency:
    USD` under the title, actuals for the months closed so far."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Sitra Fragrance Filling Line - Supplier Budget vs Actual by PO Line"
    ws["A2"] = "Currency: USD"
    months = _months(date(2026, rng.randint(2, 5), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws.cell(5, 1, "PO line")
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(4, col, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Budget")
        ws.cell(5, col + 1, "Actual")
    lines = rng.sample(PERFUME_PO_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            budget = rng.randrange(5, 80) * 1000.0
            ws.cell(6 + r, 2 + 2 * m, budget).number_format = "#,##0"
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < closed:
                actual = round(budget * rng.uniform(0.8, 1.2), -2)
                ws.cell(6 + r, 3 + 2 * m, actual).number_format = "#,##0"
                values.append(ValueFact("finance", (month, line), "actual", actual))
    path = _save(wb, folder, "bh_perfume_vendor_budget_vs_actual")
    table = TruthTable("Budget vs Actual", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


MANGANESE_STAFF = [
    ("Project Director", "Olivier Mba", 1450),
    ("Rail Design Lead", "Sandrine Nze", 1100),
    ("Track Engineer", "Paul Ondo", 850),
    ("Signalling Engineer", "Claire Dubois", 950),
    ("Site Supervisor", "Rodrigue Mintsa", 600),
    ("Planner", "Nadia Obame", 700),
]


def ga_manganese_supplier_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A Gabonese manganese rail siding's design-and-build supplier's staffing plan: `Role`,
    `Name`, `Day rate (EUR)`, month date cells shown `mmm-yy` across with planned days, a
    `Total days` column and a `Total cost (EUR)` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing Plan")
    ws["A1"] = "Moanda Manganese Rail Siding - Supplier Staffing Plan (days per month)"
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    _put(ws, 3, 1, [["Role", "Name", "Day rate (EUR)", *months, "Total days", "Total cost (EUR)"]])
    for c in range(4, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    staff = rng.sample(MANGANESE_STAFF, rng.randint(4, 5))
    count = 0
    for r, (role, name, rate) in enumerate(staff):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        cells = [role, name, rate, *[d or None for d in days], sum(days), sum(days) * rate]
        _put(ws, 4 + r, 1, [cells])
    path = _save(wb, folder, "ga_manganese_supplier_staffing_plan")
    table = TruthTable("Staffing Plan", 3, "resources", {"A": "role", "B": "person", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


CABLE_MILESTONES = [
    ("Site survey and design report accepted", 10),
    ("Beach manhole and ducts complete", 15),
    ("Landing station building handed over", 20),
    ("Power and cooling commissioned", 15),
    ("Cable landed and terminated", 25),
    ("Final acceptance certificate", 15),
]


def dj_cable_landing_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A Djiboutian submarine cable landing station's statement of work milestone and
    payment plan (USD): `MS` numbers 1.., `Milestone`, `Planned date` / `Forecast date` /
    `Achieved` date cells shown `dd mmm yyyy`, `Payment %`, `Payment (USD)`, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "SOW 2026-07 - Djibouti Cable Landing Station - Milestone and Payment Plan"
    head = ["MS", "Milestone", "Planned date", "Forecast date", "Achieved", "Payment %"]
    head += ["Payment (USD)", "Status"]
    _put(ws, 3, 1, [head])
    price = rng.randrange(3000, 9000) * 1000.0
    base = _days(rng, len(CABLE_MILESTONES), date(2026, 1, 12))
    done = rng.randint(0, 3)
    values: list[ValueFact] = []
    for i, (name, pct) in enumerate(CABLE_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        actual = fc if i < done else None
        st = "Complete" if actual else rng.choice(["Not Started", "In Progress", "At Risk"])
        cells: list[object] = [i + 1, name, base[i], fc, actual, pct / 100, price * pct / 100]
        cells += [st]
        _put(ws, 4 + i, 1, [cells])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd mmm yyyy"
        ws.cell(4 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "dj_cable_landing_sow_milestones")
    n = len(CABLE_MILESTONES)
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


CARGO_MILESTONES = [
    "Sorter hardware installed",
    "Warehouse management system go-live",
    "Customs interface tested",
    "Cold room handed over",
    "Operational readiness trials complete",
]


def kw_air_cargo_integrator_status_pack(folder: Path, rng: random.Random) -> Built:
    """A Kuwaiti air cargo terminal's systems integrator's weekly status pack: label / value
    rows (`Client project`, `Client project manager`, `Integrator account manager`,
    `Engagement code` the integrator's own, `Week ending` a date cell, `Overall status`
    RAG word, `Currency` USD), a `Summary` line, then a `Key milestones` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, pm = "KWI Cargo Terminal 2 Automation", "Abdullah Al-Sabah"
    week = date(2026, rng.randint(2, 6), 1)
    week += timedelta(days=(3 - week.weekday()) % 7 + 7 * rng.randint(0, 3))
    rag = rng.choice(["Green", "Amber", "Red"])
    ws["A1"] = "WEEKLY STATUS REPORT - Gulf Logistics Systems"
    rows: list[list[object]] = [["Client project", project]]
    rows += [["Client project manager", pm], ["Integrator account manager", "Priya Menon"]]
    rows += [["Engagement code", f"GLS-{rng.randint(2200, 2299)}-KW"], ["Week ending", week]]
    rows += [["Overall status", rag], ["Currency", "USD"]]
    _put(ws, 3, 1, rows)
    ws["B7"].number_format = "dd/mm/yyyy"
    ws["A11"] = "Summary"
    ws["B11"] = "Sorter install on plan; WMS data migration dry run moved a week."
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rag),
        ValueFact("project", 0, "currency", "USD"),
        ValueFact("project", 0, "status_summary", ws["B11"].value),
    ]
    ws["A13"] = "Key milestones"
    _put(ws, 14, 1, [["Milestone", "Contract date", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2026, 3, 2))
    for i, name in enumerate(CARGO_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        st = rng.choice(["In Progress", "Not Started", "At Risk"])
        _put(ws, 15 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(15 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "kw_air_cargo_integrator_status_pack")
    return Built(path, [_one("milestones", "Status", 14, targets, n)], values)


TUNING_20: tuple[Layout, ...] = (
    Layout("md_sunflower_integrator_raid",
           "Moldovan oil press integrator's RAID log (client and supplier owners)",
           md_sunflower_integrator_raid),
    Layout("hn_cigar_contractor_risks",
           "Honduran cigar factory contractor's risk register (job-coded refs, 1-5 scores)",
           hn_cigar_contractor_risks),
    Layout("sc_tuna_loining_vendor_issue_log",
           "Seychelles tuna loining plant refrigeration vendor's issue log (punch list)",
           sc_tuna_loining_vendor_issue_log),
    Layout("bh_perfume_sow_assumptions_dependencies",
           "Bahraini perfume line SOW annex: assumptions and dependencies sheets",
           bh_perfume_sow_assumptions_dependencies),
    Layout("gt_cardamom_consultancy_decision_log",
           "Guatemalan cardamom dryer consultancy's decision log",
           gt_cardamom_consultancy_decision_log),
    Layout("vu_copra_mill_risk_issue_log",
           "Vanuatu copra mill supplier's one-table risk and issue log (R/I letters)",
           vu_copra_mill_risk_issue_log),
    Layout("mv_water_villa_payment_applications",
           "Maldives water villa contractor's interim payment applications (USD, long)",
           mv_water_villa_payment_applications),
    Layout("xk_pasta_consultancy_fees_days",
           "Kosovan pasta factory consultancy fees and days tracker (EUR, long)",
           xk_pasta_consultancy_fees_days),
    Layout("bh_perfume_vendor_budget_vs_actual",
           "Bahraini perfume line supplier's budget vs actual, month pairs across (USD)",
           bh_perfume_vendor_budget_vs_actual),
    Layout("ga_manganese_supplier_staffing_plan",
           "Gabonese rail siding supplier staffing plan (day rates, days per month)",
           ga_manganese_supplier_staffing_plan),
    Layout("dj_cable_landing_sow_milestones",
           "Djiboutian cable landing station SOW milestone and payment plan",
           dj_cable_landing_sow_milestones),
    Layout("kw_air_cargo_integrator_status_pack",
           "Kuwaiti air cargo terminal integrator's weekly status pack with milestones",
           kw_air_cargo_integrator_status_pack),
)  # fmt: skip
