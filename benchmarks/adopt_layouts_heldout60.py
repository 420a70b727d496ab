"""The sixtieth held-out batch (``HELD_OUT_60``, round 33): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is SUPPLIER
AND CONSULTANCY REPORTS: workbooks a project receives from (or sends to) its suppliers,
contractors and consultancies, which the PMO adopts as the CLIENT project's registers and
trackers, in sectors no earlier batch's docstring names (a toll plaza, a pilot boat, a
sugar beet factory, a hop kiln, banknote printing, a laundrette chain, parking meters, bus
shelters, a karting track, a paintball park, a bingo hall, a zip line). Every country has
been named by some earlier batch; the places here are cities and regions.

Registers:

- ``toll_plaza_contractor_raid_extract``: the civils contractor's RAID extract for the
  client's Ringway toll plaza upgrade (sheet `RAID extract`, header on row 4 under a
  `Contractor:` / `Client:` block): `Item No.` in the contractor's scheme `TPC-0xx`,
  `Type` Risk / Issue, `Description`, `Raised` date cells `dd/mm/yyyy`, `Action owner`
  (a person and, in brackets, `Client` or `Contractor`), `Target date`, `Status` Open /
  Closed.
- ``pilot_boat_shipyard_tq_log``: a shipyard's technical query log for the client's new
  pilot boat: `TQ No.`, `Subject`, `Raised by` (the yard or the client), `Date raised` as
  `dd.mm.yyyy` text, `Reply required by` date cells, `Responsible`, `Status` Open /
  Answered / Closed.
- ``sugar_beet_consultancy_decision_record``: the process consultancy's decision record for
  a sugar beet factory's pulp press line: `Ref` DR-01.., `Date agreed` date cells shown
  `d-mmm-yy`, `Decision`, `Basis`, `Agreed by`, `Consultant contact`.
- ``hop_kiln_consultant_risk_register``: a heritage consultant's risk register for a hop
  kiln conversion, in the consultant's scheme: `Risk`, `Cause`, `L` and `S` scored 1-5,
  `Owner (party)` Client / Consultant / Contractor, `Owner (name)`, `Mitigation`, `Status`
  Live / Closed, `Identified` date cells.
- ``banknote_press_client_dependencies``: a press supplier's list of CLIENT dependencies
  from its SOW for a banknote printing works: `Dep #` 1.., `Client dependency`, `Needed
  by` date cells shown `yyyy-mm-dd`, `Client owner`, `Status` Met / At risk / Not met /
  Not yet due.
- ``laundrette_outsourcer_sow_assumptions``: an IT outsourcer's SOW assumptions table for
  a laundrette chain's payment terminals: `Assumption ID` A1.., `Assumption`, `Owner`,
  `Validate by` date cells shown `d/m/yyyy`, `Status` Open / Validated / Invalid.

Trackers:

- ``parking_meter_consultancy_fee_tracker``: a consultancy's fees for a city's parking
  meter replacement: `Fees excl. VAT (EUR)` in the title, `Workstream` rows, month date
  cells shown `mmm yyyy` across with invoiced fees for the months billed, a `Total` column.
- ``bus_shelter_contractor_invoice_log``: an advertising contractor's invoice log for a
  bus shelter roll-out as the client's AP team keeps it: `PO No.`, `Invoice No.`,
  `Invoice date` date cells, `Supplier`, `Description`, `Amount ex GST (AUD)`, `Paid` Y / N.
- ``karting_track_design_fee_budget_actual``: a design consultancy's fee report for a
  karting track, LONG: `Month` text `Jan-26`, `Workstream`, `Budget (CAD)`, `Actual (CAD)`
  per row, actuals blank for months not yet billed.
- ``paintball_contractor_staffing_plan``: a contractor's staffing plan for a paintball park
  build: `Name`, `Grade`, `Day rate (GBP)`, months as `Jan 2026` text across in days.
- ``zip_line_sow_payment_milestones``: a fixed-price SOW's payment milestones for a zip
  line: `MS`, `Milestone / deliverable`, `Contractual date`, `Forecast date`, `Actual date`
  cells shown `dd/mm/yyyy`, `Payment (USD)`, `Acceptance` Accepted / Submitted / Not due.
- ``bingo_hall_supplier_status_pack``: an AV supplier's monthly status pack to its client
  for a bingo hall refit: a `Supplier` / `Client` / `Client project` / `Client project
  manager` / `Supplier account manager` block, `Period ending` a date cell, RAG words for
  `Overall`, `Schedule`, `Cost`, `Scope`, `Headline`, a `Milestones` table (`Milestone`,
  `Baseline`, `Forecast`, `Status` Done / On plan / At risk).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the banknote press's dependencies: the SOW lists what the CLIENT owes the supplier, so
  for the client's register they are Outbound, but a PMO copying the supplier's own word
  "dependency" may file them Inbound: no direction fact; `Met` is Delivered, `At risk` At
  Risk, `Not met` (Late or Open?) and `Not yet due` (Open or On Track?): no status fact;
  `Dep #` 1..n: no id fact; `Needed by` is the need-by date; `Client owner` the owner;
- the status pack's project is the CLIENT's (`Client project`), not the supplier's
  engagement name; `Client project manager` is the project manager and the `Supplier
  account manager` is left out; `Done` is Complete and `At risk` At Risk; `On plan`
  (In Progress or Not Started?): no status fact; `Period ending` is the report date;
- the toll plaza extract's `TPC-0xx` (the contractor's own numbering across both types):
  no id fact; `Action owner` (the whole cell or the person before the bracket?): no owner
  fact (audit, round 33); `Target date` is an issue's due date; for a risk (due or
  review?): no fact;
- the TQ log's `Answered` (Resolved or still Open until closed?): no status fact; `TQ No.`
  (`TQ-0xx`, a query number, not an issue id form): no id fact; `Raised by`: left out;
  `Reply required by` is the due date; `Responsible` the owner; `dd.mm.yyyy` is day first;
- the hop kiln register's `Owner (party)`: left out, `Owner (name)` is the owner;
  `Cause` (description or left out?): no fact; `Live` (Open or Monitoring?): no status
  fact, `Closed` is Closed (audit, round 33); `L` / `S` are probability and impact; its
  rows have no id column;
- the fee tracker's figures are invoiced fees, so actuals (not budget); blank months no
  zero; `Total`: no month; `EUR` from the title;
- the invoice log: each invoice's actual is `Amount ex GST` in its invoice-date month, the
  cost line the `Supplier` (one invoice per supplier per month); `Paid`, `PO No.`,
  `Invoice No.` and `Description`: left out; `AUD` from the header;
- the karting report's rows are one (month, workstream) line each: budget and actual;
  blank actuals are no zero; `CAD` from the headers;
- the staffing plan: days are counts only, no value facts; `Day rate (GBP)`: left out
  (no currency fact: a rate, not the project's money); `Grade` is the role;
- the zip line SOW: `Contractual date` is the baseline, `Forecast date` the forecast,
  `Actual date` the actual; `Accepted` is Complete; `Submitted` (Complete or In
  Progress?) and `Not due` (Not Started?): no status fact; `MS` M1.. is M-001.. (audit,
  round 33); `Payment (USD)`: left out;
- the decision record's `DR-01` is DC-001 (a register of decisions only); `Basis` is the
  rationale, `Agreed by` the maker; `Consultant contact`: left out;
- the outsourcer's `A1` is A-001; statuses as written; `Client IT` (a team): no owner
  fact (audit, round 33).

Readings used: date cells are what they hold; text dates are day first; ids in no standard
shape get no id fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 33 (docs/adopt.md, "Round 33: the sixtieth batch's truth audited"), to the
earlier audits' rulings: the toll extract's owners with a party in brackets lose their
owner fact and column E is the owner or left out (round 31's audits of the fifty-first and
fifty-fourth batches: a name with its company in brackets, the whole cell or the name?);
the hop kiln's `Live` risks lose their status fact (round 27's audit: `Live` is Open or
Monitoring); the laundrette's `Client IT` assumptions lose their owner fact (a team is no
owner, as round 23's `Fleet team` and `ICT service desk`); the zip line's `M1`.. are
M-001.. under an `id` column (the standard's letter keeping its number, as rounds 11, 22,
24, 28 and 29 read `MS1`, `M01` and `MS-01`, and this batch reads `A1` as A-001). Values
at seed 2026 209 -> 206 (seed 7 239 -> 234, seed 99 213 -> 210); no cell changed.
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

TOLL_ROWS = [
    ("Risk", "ANPR camera gantry steel delivery late from fabricator"),
    ("Risk", "Lane closures refused by the highway authority at peak"),
    ("Risk", "Back-office integration tests slip with the client's IT vendor"),
    ("Issue", "Existing ducting under lane 3 collapsed"),
    ("Issue", "Client design change to the canopy not yet instructed"),
    ("Issue", "Night works noise complaint from the retail park"),
]
TOLL_PEOPLE = [("G. Okafor", "Contractor"), ("S. Brennan", "Client"), ("T. Ahmed", "Contractor")]
TOLL_PEOPLE += [("L. Novak", "Client")]


def toll_plaza_contractor_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A civils contractor's RAID extract for the client's toll plaza: a contractor /
    client block, `TPC-0xx` numbers across types, `Action owner` with a party in brackets."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Contractor: Hallam Civils Ltd"
    ws["A2"] = "Client: Ringway Tolling Authority - Plaza 4 Upgrade"
    head = ["Item No.", "Type", "Description", "Raised", "Action owner", "Target date"]
    _put(ws, 4, 1, [[*head, "Status"]])
    rows = [r for k, r in enumerate(TOLL_ROWS) if k in (0, 3) or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    first = rng.randint(10, 60)
    for k, (kind, text) in enumerate(rows):
        reg = "risks" if kind == "Risk" else "issues"
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, party = rng.choice(TOLL_PEOPLE)
        target = raised[k] + timedelta(days=rng.choice([14, 28, 42]))
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"TPC-{first + k:03d}", kind, text, raised[k], f"{who} ({party})"]
        _put(ws, 5 + k, 1, [[*cells, target, st]])
        for c in (4, 6):
            ws.cell(5 + k, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "title", text),
            ValueFact(reg, i, "raised_date", raised[k]),
            ValueFact(reg, i, "status", st),
        ]
        if reg == "issues":
            values.append(ValueFact(reg, i, "due_date", target))
    targets: Targets = _cols(
        "A", [("id", None), "register", "title", "raised_date", ("owner", None)]
    )
    targets |= {"F": ("due_date", "last_updated", None), "G": "status"}
    path = _save(wb, folder, "toll_plaza_contractor_raid_extract")
    return Built(path, [TruthTable("RAID extract", 4, "raid", targets, counts)], values)


TQ_ROWS = [
    "Hull plate thickness at the fendering line",
    "Client-supplied radar mounting bracket drawing",
    "Wheelhouse seat model to be confirmed",
    "Engine room fire suppression agent",
    "Boarding platform non-slip finish colour",
    "Waterjet supplier's reduced warranty terms",
]
TQ_PEOPLE = ["Hans Eide", "Marit Solberg", "Client PM office", "Jonas Berg"]


def pilot_boat_shipyard_tq_log(folder: Path, rng: random.Random) -> Built:
    """A shipyard's technical query log for the client's pilot boat: `TQ-0xx`, `dd.mm.yyyy`
    text raised dates, `Reply required by` date cells, Open / Answered / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "TQ Log")
    ws["A1"] = "Yard no. 214 - 16 m pilot boat - Technical Query Log"
    head = ["TQ No.", "Subject", "Raised by", "Date raised", "Reply required by"]
    _put(ws, 3, 1, [[*head, "Responsible", "Status"]])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TQ_ROWS, n)):
        who = rng.choice(["Hans Eide", "Marit Solberg", "Jonas Berg"])
        due = made[i] + timedelta(days=rng.choice([5, 10, 14]))
        st = rng.choice(["Open", "Answered", "Closed"])
        cells: list[object] = [f"TQ-{i + 1:03d}", text, rng.choice(["Yard", "Client"])]
        _put(ws, 4 + i, 1, [[*cells, f"{made[i]:%d.%m.%Y}", due, who, st]])
        ws.cell(4 + i, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "owner", who),
        ]
        if st != "Answered":
            values.append(ValueFact("issues", i, "status", st))
    targets: Targets = _cols("A", [("id", None), "title", None, "raised_date", "due_date"])
    targets |= {"F": "owner", "G": "status"}
    path = _save(wb, folder, "pilot_boat_shipyard_tq_log")
    return Built(path, [_one("issues", "TQ Log", 3, targets, n)], values)


BEET_DECISIONS = [
    ("Twin-screw pulp presses, not single", "Throughput at campaign peak"),
    ("Press water returned to the diffuser", "Sugar recovery and water permit"),
    ("Pellet mill kept in its current hall", "Avoids a new building consent"),
    ("Motor drives to the client's standard vendor", "Spares commonality"),
    ("Tie-in during the inter-campaign shutdown", "No loss of slicing days"),
]
BEET_BY = ["Client steering group", "Works manager", "Client engineering lead"]


def sugar_beet_consultancy_decision_record(folder: Path, rng: random.Random) -> Built:
    """A process consultancy's decision record for a sugar beet factory: `DR-01` refs,
    `Date agreed` cells shown `d-mmm-yy`, `Basis`, `Agreed by`, `Consultant contact`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Pulp Press Line Replacement - Decision Record (issued by Ferrand Process Eng.)"
    head = ["Ref", "Date agreed", "Decision", "Basis", "Agreed by", "Consultant contact"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(BEET_DECISIONS, n)):
        who = rng.choice(BEET_BY)
        _put(ws, 4 + i, 1, [[f"DR-{i + 1:02d}", when[i], text, why, who, "P. Ferrand"]])
        ws.cell(4 + i, 2).number_format = "d-mmm-yy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    path = _save(wb, folder, "sugar_beet_consultancy_decision_record")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


KILN_RISKS = [
    ("Roundel brickwork worse than surveyed", "Frost damage hidden by ivy", "Contractor"),
    ("Bats found in the cowl", "Roost survey only partial", "Consultant"),
    ("Listed building consent conditions delay start", "Officer workload", "Client"),
    ("Budget cannot carry the oak cowl replica", "Quote above allowance", "Client"),
    ("Flood risk assessment required", "Site near the river", "Consultant"),
]
KILN_NAMES = {"Client": "Helen Shaw", "Consultant": "Owen Pryce", "Contractor": "Dan Kemp"}


def hop_kiln_consultant_risk_register(folder: Path, rng: random.Random) -> Built:
    """A heritage consultant's risk register for a hop kiln conversion: no id column, `L`
    / `S` 1-5, owner party and name columns, `Live` / `Closed`, `Identified` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Oast & Kiln Conversion, Pett Lane - Consultant's Risk Register"
    head = ["Risk", "Cause", "L", "S", "Owner (party)", "Owner (name)", "Mitigation"]
    _put(ws, 3, 1, [[*head, "Status", "Identified"]])
    n = rng.randint(3, 5)
    made = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, cause, party) in enumerate(rng.sample(KILN_RISKS, n)):
        p, s = rng.randint(1, 5), rng.randint(1, 5)
        plan = rng.choice(["Early survey", "Monthly review", "Hold contingency"])
        st = rng.choice(["Live", "Live", "Closed"])
        cells: list[object] = [text, cause, p, s, party, KILN_NAMES[party], plan, st, made[i]]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 9).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(s)),
            ValueFact("risks", i, "owner", KILN_NAMES[party]),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "raised_date", made[i]),
        ]
        if st == "Closed":
            values.append(ValueFact("risks", i, "status", "Closed"))
    targets: Targets = _cols("A", ["title", ("description", None), "probability", "impact"])
    targets |= _cols("E", [None, "owner", "response", "status", "raised_date"])
    path = _save(wb, folder, "hop_kiln_consultant_risk_register")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


PRESS_DEPS = [
    "Foundation slab cured and handed over",
    "Compressed air at 7 bar to the press hall",
    "Security vetting of the installation crew",
    "Ink and substrate samples for trials",
    "Client operators released for training",
    "Secure store for the intaglio plates",
]
PRESS_OWNERS = ["Ruth Adeyemi", "Marco Bellini", "Siobhan Quinn"]
PRESS_STATUS = {"Met": "Delivered", "At risk": "At Risk", "Not met": None, "Not yet due": None}


def banknote_press_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A press supplier's SOW list of client dependencies for a banknote printing works:
    `Dep #` 1.., `Needed by` cells `yyyy-mm-dd`, Met / At risk / Not met / Not yet due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    ws["A1"] = "Intaglio Press Line 3 - Client Dependencies (SOW Schedule 4)"
    head = ["Dep #", "Client dependency", "Needed by", "Client owner", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PRESS_DEPS, n)):
        who, st = rng.choice(PRESS_OWNERS), rng.choice(list(PRESS_STATUS))
        _put(ws, 4 + i, 1, [[i + 1, text, need[i], who, st]])
        ws.cell(4 + i, 3).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "owner", who),
        ]
        if PRESS_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", PRESS_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "need_by", "owner", "status"])
    path = _save(wb, folder, "banknote_press_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 3, targets, n)], values)


LAUNDRETTE_ASSUMPTIONS = [
    "Every site has a wired broadband line",
    "Client supplies the card acquirer's test credentials",
    "Coin mechanisms stay in place for a year",
    "Store managers attend one two-hour training session",
    "Terminals mount on the existing change machine plinths",
]
LAUNDRETTE_OWNERS = ["Priya Nair", "Tom Whitfield", "Client IT"]


def laundrette_outsourcer_sow_assumptions(folder: Path, rng: random.Random) -> Built:
    """An IT outsourcer's SOW assumptions for a laundrette chain's payment terminals:
    `A1`.. ids, `Validate by` cells shown `d/m/yyyy`, Open / Validated / Invalid."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    _put(ws, 1, 1, [["Assumption ID", "Assumption", "Owner", "Validate by", "Status"]])
    n = rng.randint(3, 5)
    by = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(LAUNDRETTE_ASSUMPTIONS, n)):
        who = rng.choice(LAUNDRETTE_OWNERS)
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        _put(ws, 2 + i, 1, [[f"A{i + 1}", text, who, by[i], st]])
        ws.cell(2 + i, 4).number_format = "d/m/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
        ]
        if who != "Client IT":
            values.append(ValueFact("assumptions", i, "owner", who))
    targets: Targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    path = _save(wb, folder, "laundrette_outsourcer_sow_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

METER_STREAMS = ["Procurement support", "Site surveys", "Back-office integration"]
METER_STREAMS += ["Public consultation", "Project management"]


def parking_meter_consultancy_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A consultancy's invoiced fees for a parking meter replacement: `Fees excl. VAT
    (EUR)`, workstreams down, month cells shown `mmm yyyy` across, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Parking Meter Replacement - Consultancy fees invoiced, excl. VAT (EUR)"
    months = _months(date(2025, 9, 1), 6)
    billed = rng.randint(3, 6)
    _put(ws, 3, 1, [["Workstream", *months, "Total"]])
    for c in range(2, 8):
        ws.cell(3, c).number_format = "mmm yyyy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    streams = rng.sample(METER_STREAMS, rng.randint(3, 4))
    for r, stream in enumerate(streams):
        fees: list[float | None] = []
        for m, month in enumerate(months):
            fee = float(rng.randrange(8, 90) * 125) if m < billed else None
            fees.append(fee)
            if fee is not None:
                values.append(ValueFact("finance", (month, stream), "actual", fee))
        _put(ws, 4 + r, 1, [[stream, *fees, sum(f for f in fees if f)]])
        for c in range(2, 9):
            ws.cell(4 + r, c).number_format = "#,##0.00"
    path = _save(wb, folder, "parking_meter_consultancy_fee_tracker")
    table = TruthTable("Fees", 3, "finance", {"A": "cost_line"}, {"finance": billed * len(streams)})
    return Built(path, [table], values)


SHELTER_SUPPLIERS = ["Streetline Media", "Adshel Services", "Kerbside Electrical"]
SHELTER_SUPPLIERS += ["Metro Glass & Glazing"]
SHELTER_WORK = ["Shelter install batch", "Digital panel fit", "Power connections"]


def bus_shelter_contractor_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A client AP team's log of contractor invoices for a bus shelter roll-out: `PO No.`,
    `Invoice No.`, `Invoice date` cells, `Supplier`, `Amount ex GST (AUD)`, `Paid` Y / N."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "Bus Shelter Renewal Program - Supplier invoice register"
    head = ["PO No.", "Invoice No.", "Invoice date", "Supplier", "Description"]
    _put(ws, 3, 1, [[*head, "Amount ex GST (AUD)", "Paid"]])
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    rows: list[tuple[date, str]] = []
    for month in _months(date(2026, 1, 1), 4):
        for sup in rng.sample(SHELTER_SUPPLIERS, rng.randint(1, 3)):
            rows.append((month.replace(day=rng.randint(1, 28)), sup))
    for r, (when, sup) in enumerate(rows):
        amount = round(rng.randrange(20, 600) * 100 + rng.choice([0.0, 50.0, 12.5]), 2)
        po = f"PO{4500100 + SHELTER_SUPPLIERS.index(sup)}"
        cells: list[object] = [po, f"INV-{rng.randint(1000, 9999)}", when, sup]
        cells += [rng.choice(SHELTER_WORK), amount, rng.choice(["Y", "N"])]
        _put(ws, 4 + r, 1, [cells])
        ws.cell(4 + r, 3).number_format = "dd/mm/yyyy"
        ws.cell(4 + r, 6).number_format = "#,##0.00"
        values.append(ValueFact("finance", (when.replace(day=1), sup), "actual", amount))
    targets: Targets = _cols("A", [None, None, "month", "cost_line", None, "actual", None])
    path = _save(wb, folder, "bus_shelter_contractor_invoice_log")
    return Built(path, [TruthTable("Invoices", 3, "finance", targets, {"finance": len(rows)})],
                 values)  # fmt: skip


KART_STREAMS = ["Track layout", "Pit building", "Drainage & civils", "Timing system"]


def karting_track_design_fee_budget_actual(folder: Path, rng: random.Random) -> Built:
    """A design consultancy's fee report for a karting track, long: `Month` text `Jan-26`,
    `Workstream`, `Budget (CAD)`, `Actual (CAD)` (blank for months not yet billed)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fee report")
    ws["A1"] = "Lakeshore Karting Circuit - Design fees, budget vs actual"
    _put(ws, 3, 1, [["Month", "Workstream", "Budget (CAD)", "Actual (CAD)"]])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    billed = rng.randint(2, len(months) - 1)
    streams = rng.sample(KART_STREAMS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    r = 4
    for m, month in enumerate(months):
        for stream in streams:
            budget = float(rng.randrange(4, 40) * 500)
            actual = round(budget * rng.uniform(0.7, 1.3), 2) if m < billed else None
            _put(ws, r, 1, [[f"{month:%b}-{month:%y}", stream, budget, actual]])
            for c in (3, 4):
                ws.cell(r, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, stream), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, stream), "actual", actual))
            r += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    table = TruthTable("Fee report", 3, "finance", targets, {"finance": len(months) * 3})
    path = _save(wb, folder, "karting_track_design_fee_budget_actual")
    return Built(path, [table], values)


PAINTBALL_STAFF = [
    ("Callum Reid", "Site Manager", 420),
    ("Bethany Hale", "Quantity Surveyor", 390),
    ("Kofi Mensah", "Groundworks Foreman", 310),
    ("Ella Morgan", "Carpenter", 260),
    ("Jack Doyle", "Labourer", 180),
]


def paintball_contractor_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A contractor's staffing plan for a paintball park build: `Name`, `Grade`, `Day rate
    (GBP)`, months as `Jan 2026` text across, days per month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Woodland Paintball Arena Build - Contractor staffing plan (days)"
    months = _months(date(2026, 3, 1), 5)
    _put(ws, 3, 1, [["Name", "Grade", "Day rate (GBP)", *[f"{m:%b %Y}" for m in months]]])
    count = 0
    for r, (name, grade, rate) in enumerate(rng.sample(PAINTBALL_STAFF, rng.randint(3, 5))):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, grade, rate, *[d or None for d in days]]])
    path = _save(wb, folder, "paintball_contractor_staffing_plan")
    table = TruthTable("Staffing", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


ZIP_MILESTONES = [
    "Detailed design accepted",
    "Towers fabricated and inspected",
    "Cable strung and tensioned",
    "Braking system load tested",
    "Operator training delivered",
    "Final acceptance and handover",
]
ZIP_STATUS = {"Accepted": "Complete", "Submitted": None, "Not due": None}


def zip_line_sow_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """A fixed-price SOW's payment milestones for a zip line: `Contractual date` /
    `Forecast date` / `Actual date` cells, `Payment (USD)`, Accepted / Submitted / Not due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment Milestones")
    ws["A1"] = "Canyon Rim Zip Line - SOW 2 Payment Milestone Schedule (fixed price)"
    head = ["MS", "Milestone / deliverable", "Contractual date", "Forecast date"]
    _put(ws, 3, 1, [[*head, "Actual date", "Payment (USD)", "Acceptance"]])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 12, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(ZIP_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if i < done:
            st, actual = "Accepted", fc
        elif i == done:
            st, actual = rng.choice(["Submitted", "Not due"]), None
        else:
            st, actual = "Not due", None
        pay = float(rng.randrange(20, 120) * 1000)
        _put(ws, 4 + i, 1, [[f"M{i + 1}", name, base[i], fc, actual, pay, st]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 6).number_format = "#,##0"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if ZIP_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", ZIP_STATUS[st]))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, "status"])
    path = _save(wb, folder, "zip_line_sow_payment_milestones")
    return Built(path, [_one("milestones", "Payment Milestones", 3, targets, n)], values)


BINGO_MILESTONES = [
    "Survey of the hall and caller's stage",
    "LED number boards delivered",
    "Handset system installed",
    "Sound system commissioned",
    "Staff trained on the new caller console",
]
BINGO_STATUS = {"Done": "Complete", "On plan": None, "At risk": "At Risk"}


def bingo_hall_supplier_status_pack(folder: Path, rng: random.Random) -> Built:
    """An AV supplier's monthly status pack to its client for a bingo hall refit: a
    supplier / client block naming the client's project and PM, `Period ending` cell, RAG
    words, a `Milestones` table with Done / On plan / At risk."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, pm = "Gala Parade Hall Refit", "Denise Walsh"
    report = date(2026, 3, 31) if rng.random() < 0.5 else date(2026, 2, 28)
    ws["A1"] = "Monthly Client Status Pack"
    rows: list[list[object]] = [["Supplier", "Soundwave AV Solutions"]]
    rows += [["Client", "Parade Leisure Group"], ["Client project", project]]
    rows += [["Client project manager", pm], ["Supplier account manager", "Raj Patel"]]
    rows += [["Period ending", report]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 10, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]]])
    _put(ws, 13, 1, [["Scope", rags[3]]])
    headline = rng.choice(
        [
            "Handsets installed; sound commissioning booked for the quiet week.",
            "Number boards held at customs; install re-planned around Saturday sessions.",
        ]
    )
    _put(ws, 14, 1, [["Headline", headline]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", headline),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Baseline", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(BINGO_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        st = "Done" if fc < report else rng.choice(["On plan", "At risk"])
        _put(ws, 18 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if BINGO_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", BINGO_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "bingo_hall_supplier_status_pack")
    return Built(path, [_one("milestones", "Status", 17, targets, n)], values)


HELD_OUT_60: tuple[Layout, ...] = (
    Layout(
        "toll_plaza_contractor_raid_extract",
        "Contractor's RAID extract for a client toll plaza (TPC-0xx, owner with party)",
        toll_plaza_contractor_raid_extract,
    ),
    Layout(
        "pilot_boat_shipyard_tq_log",
        "Shipyard technical query log (dd.mm.yyyy text, Answered status)",
        pilot_boat_shipyard_tq_log,
    ),
    Layout(
        "sugar_beet_consultancy_decision_record",
        "Process consultancy decision record (DR-01, Basis, Agreed by)",
        sugar_beet_consultancy_decision_record,
    ),
    Layout(
        "hop_kiln_consultant_risk_register",
        "Heritage consultant risk register (L / S, owner party and name, Live)",
        hop_kiln_consultant_risk_register,
    ),
    Layout(
        "banknote_press_client_dependencies",
        "Press supplier's SOW client dependencies (Met / Not met, no direction)",
        banknote_press_client_dependencies,
    ),
    Layout(
        "laundrette_outsourcer_sow_assumptions",
        "IT outsourcer SOW assumptions (A1, d/m/yyyy cells)",
        laundrette_outsourcer_sow_assumptions,
    ),
    Layout(
        "parking_meter_consultancy_fee_tracker",
        "Consultancy fees invoiced by workstream, months across (EUR excl. VAT)",
        parking_meter_consultancy_fee_tracker,
    ),
    Layout(
        "bus_shelter_contractor_invoice_log",
        "Client AP log of contractor invoices (ex GST AUD, one row per invoice)",
        bus_shelter_contractor_invoice_log,
    ),
    Layout(
        "karting_track_design_fee_budget_actual",
        "Design fee budget vs actual, long by month and workstream (CAD)",
        karting_track_design_fee_budget_actual,
    ),
    Layout(
        "paintball_contractor_staffing_plan",
        "Contractor staffing plan in days (Grade, Day rate, Jan 2026 text months)",
        paintball_contractor_staffing_plan,
    ),
    Layout(
        "zip_line_sow_payment_milestones",
        "Fixed-price SOW payment milestones (Contractual / Forecast / Actual, Accepted)",
        zip_line_sow_payment_milestones,
    ),
    Layout(
        "bingo_hall_supplier_status_pack",
        "AV supplier's client status pack (client project and PM, Done / On plan)",
        bingo_hall_supplier_status_pack,
    ),
)
