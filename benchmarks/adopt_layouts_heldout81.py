"""The eighty-first held-out batch (``HELD_OUT_81``, round 35): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
SUPPLIER AND CONSULTANCY REPORTS: workbooks a project receives from (or sends to) its
contractors, consultancies, integrators and outsourcers, which the PMO adopts as the
client project's registers and trackers, in sectors no earlier batch's docstring names (a
biogas plant, a lithium brine plant, a soju distillery, a tequila distillery, a cricket
farm, an airship hangar, a bicycle parking garage, a sugar refinery, an e-bus depot, a
hyperbaric centre, an ice factory, a vertical farm).

Registers:

- ``dk_biogas_epc_raid_extract``: a Danish biogas plant's EPC contractor's RAID extract
  sent to the client: a title block (contractor, `Client:` and `Project:` lines), the
  header on row 5, `Item No.` 1.. running across every type, `Type` Risk / Assumption /
  Issue / Dependency words, `Title`, `Owner`, `Party` Contractor / Employer, `Raised` and
  `Target` date cells shown `dd.mm.yyyy`, `Status` Open / Closed.
- ``cl_lithium_consultancy_risk_register``: a Chilean lithium brine plant's engineering
  consultancy's risk register: `Risk ID` R-001.., `Consultant ref` (the consultancy's own
  job code), `Date Identified` as `dd-mm-yyyy` text, `Risk`, `Category` (standard words),
  `P (1-5)`, `I (1-5)`, `Score`, `Risk Owner`, `Mitigation`, `Status` Open / Monitoring /
  Closed.
- ``kr_soju_distillery_site_issue_log``: a Korean soju distillery's main contractor's site
  issue log: `No.` 1.., `Date` as `2026.03.05` text, `Location`, `Issue`, `Responsible`,
  `Priority` H / M / L, `Due` date cells shown `yyyy-mm-dd`, `Status` Open / In Progress /
  Closed.
- ``mx_tequila_design_decision_log``: a Mexican tequila distillery's design consultancy's
  decision log: `DEC-01`.., `Date Agreed` date cells shown `d/m/yyyy`, `Decision`,
  `Rationale`, `Agreed by`, `Fee impact`.
- ``th_cricket_farm_client_dependencies``: a Thai cricket farm automation integrator's list
  of what it needs from the client: `Ref` CD-01.., `What we need`, `Client owner`,
  `Supplier lead`, `Needed by` / `Agreed date` date cells shown `dd/mm/yyyy`, `Status` On
  Track / At Risk / Late / Delivered.
- ``de_airship_hangar_raid_workbook``: a German airship hangar refurbishment's structural
  consultancy's workbook with two registers, sheet `Risks` (`ID` R01.., `Risk`, `Owner`,
  `Raised` date cells shown `dd.mm.yyyy`, `Mitigation`, `Status` Open / Monitoring /
  Closed) and sheet `Assumptions` (`ID` A01.., `Assumption`, `Owner`, `Confirm by` date
  cells, `Status` Open / Validated / Invalid).

Trackers:

- ``nl_bicycle_parking_fee_tracker``: a Dutch bicycle parking garage's consultancy fee tracker:
  `Fees in EUR excl. BTW` in the title, `Workstream`, `Measure` Budget / Actual, month date
  cells shown `mmm-yy` across, actuals for the months invoiced so far.
- ``ae_sugar_refinery_payment_applications``: a UAE sugar refinery contractor's payment
  applications: `AED excl. VAT` in the title, `Application No.`, `Period ending` month-end
  date cells, the packages ACROSS with the amount certified in each period, `Total`.
- ``jp_e_bus_invoice_log``: a Japanese e-bus depot charging system integrator's invoice
  log, one invoice a row: `(JPY)` in the title, `Invoice No.`, `Invoice date` cells shown
  `yyyy/mm/dd`, `Workstream`, `Amount (tax excl.)`, `Consumption tax`, `Amount (tax
  incl.)`, `Paid` Yes / No.
- ``ch_hyperbaric_staffing_plan``: a Swiss hyperbaric centre's consultancy staffing plan in
  FTE per month: `Consultant`, `Grade`, `Day rate (CHF)`, months as text `Jan 26`.. across.
- ``mv_ice_factory_sow_milestones``: a Maldivian ice factory supplier's statement of work
  milestones: `MS` M1.., `Deliverable`, `Contractual date`, `Forecast date`, `Achieved`
  date cells shown `dd-mmm-yy`, `Payment %`, `Acceptance` Accepted / Submitted / Not due.
- ``ca_vertical_farm_supplier_status_pack``: a Canadian vertical farm's growing-systems
  supplier's monthly status pack: label / value rows (`Client project`, `Supplier
  contract`, `Client sponsor`, `Supplier PM`, `Client PM`, `Reporting period ending` cell),
  RAG words for `Overall`, `Schedule`, `Budget`, `Summary`, an `All values CAD excl. GST`
  line, then a `Milestones` table (`Milestone`, `Baseline`, `Forecast`, `Actual`, `Status`
  Complete / On track / At risk).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the cricket farm's two people: `Client owner` (the client is the adopting project: its
  owner, or the counterparty's, since the list is the supplier's?) and `Supplier lead`
  (the counterparty, or the owner?): no owner and no counterparty fact; the direction (a
  dependency on the client seen from the supplier: inbound or outbound to the client's
  project?): no fact; `CD-01` is D-001 (audit, round 35); `Needed by` is the
  need-by date, `Agreed date` the committed date;
- the status pack's `Supplier PM` and `Client PM` (whose project manager is the project's?):
  no project manager fact; `Supplier contract` (the supplier's contract name and number):
  left out, the project is the `Client project`; `Client sponsor` is the sponsor;
  `Reporting period ending` is the report date; `Budget` is the cost RAG; `CAD excl. GST`
  is CAD; the milestones' `On track` (In Progress or Not Started?): no status fact,
  `At risk` is At Risk, `Complete` Complete; `Baseline` / `Forecast` / `Actual` as named;
- the invoice log: the amount is the tax-excluded one (what the project's cost is kept
  in; the tax-included amount and the tax: left out), its month the invoice date's;
  `Paid` and `Invoice No.`: left out; `(JPY)` is JPY;
- the SOW milestones' `Submitted` (Complete or In Progress, awaiting acceptance?) and `Not
  due` (Not Started, or no status?): no status fact, `Accepted` is Complete; `MS` M1..
  is M-001.. (audit, round 35); `Contractual date` is the baseline, `Forecast date` the forecast,
  `Achieved` the actual date; `Payment %`: left out;
- the biogas extract's `Item No.` (one number run across every type): no id fact (the ID
  column or left out);
  `Party` (Contractor / Employer, not a person): left out, `Owner` is the owner; `Target`
  is an issue's due date and an assumption's validate-by date, for a risk (due or review?)
  and a dependency (need-by or committed?) no fact; a dependency's `Raised`: no fact (no
  raised date in the standard); the `Client:` line: no project fact, the `Project:` line is the project name (audit,
  round 35);
- the payment applications' amounts are the month's actuals (certified in the period
  ending that month); `Application No.` and `Total`: no line; `AED` (not on the
  standard's list): no currency fact;
- the staffing plan's FTE per month: counts only, no value facts (as earlier batches'
  resource plans); `Grade` (a role or a pay band?): role or left out, no value; `Day rate
  (CHF)`: left out;
- the lithium register's `Consultant ref` (the consultancy's job code): left out, no fact;
  `Score`: left out; `R-001` is the id;
- the soju log's `No.` 1, 2, 3: no id fact; `Location`: left out; `H` / `M` / `L` are
  High / Medium / Low; `Responsible` is the owner; `2026.03.05` is year first;
- the tequila log's `DEC-01` is DC-001 (audit, round 35); `Fee impact`: left out;
  `Agreed by` is the maker;
- the airship hangar's `R01` / `A01` are R-001 / A-001 (as `R1` / `A1` were ruled);
- the fee tracker's blank actual months are no zero; `EUR excl. BTW` is EUR.

Audit, round 35 (docs/adopt.md, "Round 35: the eighty-first batch's truth audited"): the
tequila log's `DEC-01` read as DC-001, the cricket farm's `CD-01` as D-001 and the ice
factory SOW's `M1` as M-001, each column A now `id` (earlier audits ruled each of these
shapes so); the biogas extract's `Project:` line added as the project name (a labelled
project line, as the seventy-seventh batch's cannery extract); a writer's slip mended in
the staffing plan (the Analyst's day rate equalled the Consultant's; the rate card now
ranks the grades, no draw moves). Seed 2026: 396 -> 413 facts (values 277 -> 294).

Readings used: date cells are what they hold; text dates are day first except year-first
text; ids in no standard shape get no id fact. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.
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

BIOGAS_ROWS = [
    ("Risk", "Digester tank steel delivery slips past the frost window"),
    ("Risk", "Odour complaints from Hjallerup residents during commissioning"),
    ("Assumption", "Employer supplies slurry from the three named farms"),
    ("Assumption", "Gas grid operator accepts the upgraded biomethane spec"),
    ("Issue", "Pile test failed on the north digester foundation"),
    ("Issue", "CHP engine vendor changed the control cabinet layout"),
    ("Dependency", "Evida grid injection point ready"),
    ("Dependency", "Municipal environmental approval issued"),
]
BIOGAS_PEOPLE = ["Mikkel Sørensen", "Freja Kristensen", "Lars Madsen", "Ida Nielsen"]
BIOGAS_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
BIOGAS_REG["Dependency"] = "dependencies"


def dk_biogas_epc_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A Danish biogas plant EPC contractor's RAID extract for the client: one running
    `Item No.` across types, `Party` Contractor / Employer, `dd.mm.yyyy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Nordic Biogas Engineering A/S - RAID extract"
    ws["A2"] = "Client: Vendsyssel Bioenergi"
    ws["A3"] = "Project: Hjallerup Biogas Plant EPC"
    head = ["Item No.", "Type", "Title", "Owner", "Party", "Raised", "Target", "Status"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(BIOGAS_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2025, 11, 3))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = BIOGAS_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(BIOGAS_PEOPLE)
        party = rng.choice(["Contractor", "Employer"])
        target = raised[k] + timedelta(days=rng.choice([14, 28, 42]))
        st = rng.choice(["Open", "Open", "Closed"])
        _put(ws, 6 + k, 1, [[k + 1, kind, text, who, party, raised[k], target, st]])
        for c in (6, 7):
            ws.cell(6 + k, c).number_format = "dd.mm.yyyy"
        field = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, field, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    values.append(ValueFact("project", 0, "project_name", "Hjallerup Biogas Plant EPC"))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption")])
    targets |= _cols("D", ["owner", None])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("F", [("raised_date", None), due_cols, "status"])
    path = _save(wb, folder, "dk_biogas_epc_raid_extract")
    return Built(path, [TruthTable("RAID extract", 5, "raid", targets, counts)], values)


LITHIUM_RISKS = [
    ("Brine evaporation rates below the design basis", "Technical", "Pilot pond data review"),
    ("Indigenous consultation extends the permit timeline", "Legal", "Early community plan"),
    ("Lime reagent price rises with the peso", "Financial", "Fixed-price supply contract"),
    ("Altitude sickness limits site crew productivity", "People", "Rotation and acclimatisation"),
    ("EPCM contractor loses its process lead", "Third Party", "Named-person clause"),
    ("Water rights challenged by neighbouring farms", "Legal", "Hydrogeology study shared"),
]
LITHIUM_OWNERS = ["Camila Rojas", "Matías Fuentes", "Valentina Soto", "Diego Araya"]


def cl_lithium_consultancy_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Chilean lithium brine plant consultancy's risk register: `R-001` ids and a
    `Consultant ref` job code, `dd-mm-yyyy` text dates, 1-5 scores, a `Score`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Salar Norte Lithium Carbonate Plant - Risk Register (prepared by Andes Process)"
    head = ["Risk ID", "Consultant ref", "Date Identified", "Risk", "Category", "P (1-5)"]
    head += ["I (1-5)", "Score", "Risk Owner", "Mitigation", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    job = rng.randint(2100, 2400)
    for i, (text, cat, plan) in enumerate(rng.sample(LITHIUM_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who = rng.choice(LITHIUM_OWNERS)
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", f"AP-{job}-{rng.randint(1, 40)}"]
        cells += [f"{made[i]:%d-%m-%Y}", text, cat, p, c, p * c, who, plan, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", None, "raised_date", "title", "category"])
    targets |= _cols("F", ["probability", "impact", None, "owner", "response", "status"])
    path = _save(wb, folder, "cl_lithium_consultancy_risk_register")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


SOJU_ISSUES = [
    ("Fermentation room", "Floor drain falls the wrong way"),
    ("Still house", "Copper still flange leaks at hydro test"),
    ("Bottling hall", "Conveyor clashes with the fire door"),
    ("Boiler room", "Gas safety inspection booked late"),
    ("Rice store", "Humidity above the rice storage limit"),
    ("Roof", "Solar panel fixings not to the approved detail"),
    ("Yard", "Tanker turning circle too tight"),
]
SOJU_PEOPLE = ["Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Choi Yuna"]
SOJU_PRIORITY = {"H": "High", "M": "Medium", "L": "Low"}


def kr_soju_distillery_site_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Korean soju distillery contractor's site issue log: `No.` numbers, `2026.03.05`
    text dates, `Location`, `H` / `M` / `L`, `yyyy-mm-dd` due cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Site Issues")
    ws["A1"] = "Andong Soju Distillery Expansion - Site Issue Log (Main Contractor)"
    head = ["No.", "Date", "Location", "Issue", "Responsible", "Priority", "Due", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 7)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (where, text) in enumerate(rng.sample(SOJU_ISSUES, n)):
        who, pr = rng.choice(SOJU_PEOPLE), rng.choice(list(SOJU_PRIORITY))
        due = made[i] + timedelta(days=rng.choice([3, 7, 14]))
        st = rng.choice(["Open", "In Progress", "Closed"])
        _put(ws, 4 + i, 1, [[i + 1, f"{made[i]:%Y.%m.%d}", where, text, who, pr, due, st]])
        ws.cell(4 + i, 7).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", SOJU_PRIORITY[pr]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", None, "title", "owner"])
    targets |= _cols("F", ["priority", "due_date", "status"])
    path = _save(wb, folder, "kr_soju_distillery_site_issue_log")
    return Built(path, [_one("issues", "Site Issues", 3, targets, n)], values)


TEQUILA_DECISIONS = [
    ("Autoclaves kept instead of a diffuser", "Keeps the 100% agave cooked profile"),
    ("Stainless fermenters over wooden vats", "Cleaning and NOM inspection"),
    ("Vinasse treated on site", "CONAGUA discharge limits"),
    ("Visitor route through the barrel room", "Tourism revenue"),
    ("Second column still deferred", "Phase 2 budget"),
    ("Agave pinas weighed at the gate", "Supplier payments by weight"),
]
TEQUILA_BY = ["Client board", "Project Director", "Design review meeting"]


def mx_tequila_design_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Mexican tequila distillery design consultancy's decision log: `DEC-01` refs,
    `d/m/yyyy` date cells, `Agreed by`, `Fee impact`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Destilería Los Altos - Design Decisions Log"
    head = ["Ref", "Date Agreed", "Decision", "Rationale", "Agreed by", "Fee impact"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(TEQUILA_DECISIONS, n)):
        who = rng.choice(TEQUILA_BY)
        fee = rng.choice(["None", "None", f"Variation V{rng.randint(1, 9):02d}"])
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", when[i], text, why, who, fee]])
        ws.cell(4 + i, 2).number_format = "d/m/yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "mx_tequila_design_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


CRICKET_DEPS = [
    "Three-phase power to the rearing hall",
    "Wi-Fi coverage in the grow rooms",
    "Feed recipe signed off by the nutritionist",
    "Access to the existing SCADA server",
    "Rearing crates emptied for the sensor fit",
    "Factory acceptance test witnesses named",
]
CRICKET_CLIENT = ["Somchai Wongsa", "Nattaya Chaiyaporn", "Pimchanok Saetang"]
CRICKET_SUPPLIER = ["Ben Hartley", "Anucha Boonmee"]
CRICKET_STATUS = ["On Track", "At Risk", "Late", "Delivered"]


def th_cricket_farm_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Thai cricket farm automation integrator's client dependency list: `CD-01` refs,
    `Client owner` and `Supplier lead`, `Needed by` / `Agreed date` `dd/mm/yyyy` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    ws["A1"] = "Khon Kaen Cricket Farm Automation - Client Dependencies"
    head = ["Ref", "What we need", "Client owner", "Supplier lead", "Needed by"]
    head += ["Agreed date", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CRICKET_DEPS, n)):
        agreed = need[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        st = rng.choice(CRICKET_STATUS)
        cells: list[object] = [f"CD-{i + 1:02d}", text, rng.choice(CRICKET_CLIENT)]
        cells += [rng.choice(CRICKET_SUPPLIER), need[i], agreed, st]
        _put(ws, 4 + i, 1, [cells])
        for c in (5, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", agreed),
            ValueFact("dependencies", i, "status", st),
        ]
    people = ("owner", "counterparty_owner", None)
    targets: Targets = _cols("A", ["id", "title", people, people, "need_by"])
    targets |= _cols("F", ["committed_date", "status"])
    path = _save(wb, folder, "th_cricket_farm_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 3, targets, n)], values)


HANGAR_RISKS = [
    ("Corrosion in the arch trusses worse than surveyed", "Rope access survey of all arches"),
    ("Roof membrane supplier cannot meet the span", "Second supplier tendered"),
    ("Bats roosting in the gable delay works", "Ecology licence applied early"),
    ("Crane hire clashes with the airship test flights", "Fixed crane windows agreed"),
    ("Fire engineering approval needs sprinklers", "Early meeting with the Bauamt"),
]
HANGAR_ASSUMPTIONS = [
    "Existing foundations carry the new roof loads",
    "The hangar stays in use during the works",
    "Original 1930s drawings are accurate",
    "No lead paint on the secondary steel",
]
HANGAR_PEOPLE = ["Jonas Becker", "Anna Schulz", "Felix Wagner", "Lea Hoffmann"]


def de_airship_hangar_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """A German airship hangar refurbishment's structural consultancy workbook: `Risks` and
    `Assumptions` sheets, `R01` / `A01` ids, `dd.mm.yyyy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Luftschiffhalle Refurbishment - Structural Risks (Ingenieurbüro Krause)"
    _put(ws, 3, 1, [["ID", "Risk", "Owner", "Raised", "Mitigation", "Status"]])
    n = rng.randint(3, 5)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(HANGAR_RISKS, n)):
        who = rng.choice(HANGAR_PEOPLE)
        st = rng.choice(["Open", "Monitoring", "Closed"])
        _put(ws, 4 + i, 1, [[f"R{i + 1:02d}", text, who, made[i], plan, st]])
        ws.cell(4 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    risk_t: Targets = _cols("A", ["id", "title", "owner", "raised_date", "response", "status"])
    wa = wb.create_sheet("Assumptions")
    _put(wa, 1, 1, [["ID", "Assumption", "Owner", "Confirm by", "Status"]])
    m = rng.randint(2, 4)
    confirm = _days(rng, m, date(2026, 1, 15))
    for i, text in enumerate(rng.sample(HANGAR_ASSUMPTIONS, m)):
        who = rng.choice(HANGAR_PEOPLE)
        st = rng.choice(["Open", "Validated", "Invalid"])
        _put(wa, 2 + i, 1, [[f"A{i + 1:02d}", text, who, confirm[i], st]])
        wa.cell(2 + i, 4).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", confirm[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    ass_t: Targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    path = _save(wb, folder, "de_airship_hangar_raid_workbook")
    tables = [_one("risks", "Risks", 3, risk_t, n), _one("assumptions", "Assumptions", 1, ass_t, m)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

BIKE_STREAMS = ["Structural design", "Wayfinding", "Access control IT", "Permits", "PMO"]


def nl_bicycle_parking_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A Dutch bicycle parking garage's consultancy fee tracker: `Workstream`, `Measure`
    Budget / Actual rows, `mmm-yy` month cells across, `EUR excl. BTW` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = (
        "Utrecht Centraal Bicycle Parking Garage Extension - Consultancy fees (EUR excl. BTW)"
    )
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Workstream", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    streams = rng.sample(BIKE_STREAMS, rng.randint(3, 4))
    done = rng.randint(2, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for s in streams:
        budget = [rng.randrange(4, 40) * 1000.0 for _ in months]
        actual: list[float | None] = [
            round(b * rng.uniform(0.8, 1.2), -1) if m < done else None for m, b in enumerate(budget)
        ]
        _put(ws, row, 1, [[s, "Budget", *budget], [s, "Actual", *actual]])
        for r in (row, row + 1):
            for c in range(3, 9):
                ws.cell(r, c).number_format = "#,##0"
        for month, b, a in zip(months, budget, actual, strict=True):
            values.append(ValueFact("finance", (month, s), "budget", b))
            if a is not None:
                values.append(ValueFact("finance", (month, s), "actual", a))
        row += 2
    path = _save(wb, folder, "nl_bicycle_parking_fee_tracker")
    table = TruthTable("Fees", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(streams)})  # fmt: skip
    return Built(path, [table], values)


SUGAR_PACKAGES = ["Civil works", "Melt house", "Centrifugals", "MEP", "Warehouse"]


def ae_sugar_refinery_payment_applications(folder: Path, rng: random.Random) -> Built:
    """A UAE sugar refinery contractor's payment applications: `Application No.`, `Period
    ending` month-end cells, packages across certified per period, `Total`, `AED`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment Applications")
    ws["A1"] = "Jebel Ali Sugar Refinery Extension - Amounts certified (AED excl. VAT)"
    pkgs = rng.sample(SUGAR_PACKAGES, rng.randint(3, 4))
    _put(ws, 3, 1, [["Application No.", "Period ending", *pkgs, "Total"]])
    months = _months(date(2025, 11, 1), rng.randint(4, 6))
    values: list[ValueFact] = []
    for r, month in enumerate(months):
        nxt = _months(month, 2)[1]
        end = nxt - timedelta(days=1)
        amounts = [rng.randrange(20, 900) * 1000.0 for _ in pkgs]
        _put(ws, 4 + r, 1, [[f"PA-{r + 1:02d}", end, *amounts, sum(amounts)]])
        ws.cell(4 + r, 2).number_format = "dd/mm/yyyy"
        for c in range(3, len(pkgs) + 4):
            ws.cell(4 + r, c).number_format = "#,##0.00"
        for p, a in zip(pkgs, amounts, strict=True):
            values.append(ValueFact("finance", (month, p), "actual", a))
    path = _save(wb, folder, "ae_sugar_refinery_payment_applications")
    table = TruthTable("Payment Applications", 3, "finance", {"A": None, "B": "month"},
                       {"finance": len(months) * len(pkgs)})  # fmt: skip
    return Built(path, [table], values)


EBUS_STREAMS = ["Charger hardware", "Depot software", "Grid works", "Training"]


def jp_e_bus_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A Japanese e-bus depot integrator's invoice log: one invoice a row, `yyyy/mm/dd`
    date cells, `Workstream`, tax-excluded and tax-included amounts, `Paid`, `(JPY)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "Yokohama E-Bus Depot Charging System - Invoice Log (JPY)"
    head = ["Invoice No.", "Invoice date", "Workstream", "Amount (tax excl.)"]
    head += ["Consumption tax", "Amount (tax incl.)", "Paid"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    row, count = 4, 0
    for month in months:
        for s in rng.sample(EBUS_STREAMS, rng.randint(1, 3)):
            net = rng.randrange(50, 3000) * 10000.0
            tax = round(net * 0.1)
            when = month + timedelta(days=rng.randint(0, 27))
            cells: list[object] = [f"INV-{rng.randint(10000, 99999)}", when, s, net, tax]
            cells += [net + tax, rng.choice(["Yes", "No"])]
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "yyyy/mm/dd"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0"
            values.append(ValueFact("finance", (month, s), "actual", net))
            row, count = row + 1, count + 1
    targets: Targets = _cols("A", [None, "month", "cost_line", "actual", None, None, None])
    path = _save(wb, folder, "jp_e_bus_invoice_log")
    return Built(path, [TruthTable("Invoices", 3, "finance", targets, {"finance": count})], values)


HYPERBARIC_PEOPLE = [
    ("Laura Meier", "Principal"),
    ("Simon Keller", "Senior Consultant"),
    ("Nina Brunner", "Consultant"),
    ("Marco Rossi", "Analyst"),
    ("Elena Weber", "Senior Consultant"),
]
# A consultancy's rate card ranks its grades (audit, round 35: the Analyst was at the
# Consultant's 1,300).
HYPERBARIC_RATES = {"Principal": 2400, "Senior Consultant": 1800, "Consultant": 1300}
HYPERBARIC_RATES["Analyst"] = 950


def ch_hyperbaric_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """A Swiss hyperbaric centre consultancy's staffing plan in FTE: `Consultant`, `Grade`,
    `Day rate (CHF)`, months as `Jan 26` text across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Hyperbaric Centre Lausanne - Consultancy staffing plan (FTE)"
    months = _months(date(2026, 3, 1), 6)
    labels = [f"{m:%b} {m:%y}" for m in months]
    _put(ws, 3, 1, [["Consultant", "Grade", "Day rate (CHF)", *labels]])
    count = 0
    for r, (name, grade) in enumerate(rng.sample(HYPERBARIC_PEOPLE, rng.randint(3, 5))):
        fte = [rng.choice([0, 0, 0.2, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        rate = HYPERBARIC_RATES[grade]
        _put(ws, 4 + r, 1, [[name, grade, rate, *[f or None for f in fte]]])
    path = _save(wb, folder, "ch_hyperbaric_staffing_plan")
    targets: Targets = {"A": "person", "B": ("role", None), "C": None}
    return Built(path, [TruthTable("Staffing", 3, "resources", targets, {"resources": count})], [])


ICE_MILESTONES = [
    "Detailed design approved",
    "Ice machines shipped from Singapore",
    "Cold room panels installed",
    "Generator and RO plant commissioned",
    "Performance test (20 t/day)",
    "Operator training and handover",
]
ICE_ACCEPT = {"Accepted": "Complete", "Submitted": None, "Not due": None}


def mv_ice_factory_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A Maldivian ice factory supplier's SOW milestones: `MS` M1.., `Contractual date` /
    `Forecast date` / `Achieved` cells shown `dd-mmm-yy`, `Payment %`, `Acceptance`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "Addu City Ice Plant - Statement of Work 2 - Milestones"
    head = ["MS", "Deliverable", "Contractual date", "Forecast date", "Achieved"]
    head += ["Payment %", "Acceptance"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 12, 1))
    accepted = rng.randint(1, 3)
    values: list[ValueFact] = []
    pays = [0.2, 0.1, 0.2, 0.2, 0.2, 0.1]
    for i, name in enumerate(ICE_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 20]))
        if i < accepted:
            acc, done = "Accepted", fc
        else:
            acc, done = rng.choice(["Submitted", "Not due", "Not due"]), None
        _put(ws, 4 + i, 1, [[f"M{i + 1}", name, base[i], fc, done, pays[i], acc]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd-mmm-yy"
        ws.cell(4 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", done))
        if ICE_ACCEPT[acc]:
            values.append(ValueFact("milestones", i, "status", ICE_ACCEPT[acc]))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, "status"])
    path = _save(wb, folder, "mv_ice_factory_sow_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 3, targets, n)], values)


FARM_MILESTONES = [
    "Racking installed on levels 1-3",
    "LED grow lights energised",
    "Irrigation and dosing commissioned",
    "First trial crop harvested",
    "Controls handed over to the client",
]
FARM_STATUS = {"Complete": "Complete", "On track": None, "At risk": "At Risk"}


def ca_vertical_farm_supplier_status_pack(folder: Path, rng: random.Random) -> Built:
    """A Canadian vertical farm growing-systems supplier's monthly status pack: client and
    supplier label rows, RAG words, `All values CAD excl. GST`, a `Milestones` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, sponsor = "Calgary Vertical Farm Phase 2", "Heather MacLeod"
    report = date(2026, 3, 31) if rng.random() < 0.5 else date(2026, 4, 30)
    ws["A1"] = "GrowStack Systems Inc. - Monthly Status Report"
    rows: list[list[object]] = [["Client project", project]]
    rows += [["Supplier contract", f"GS-{rng.randint(400, 499)} Growing systems supply"]]
    rows += [["Client sponsor", sponsor], ["Supplier PM", "Raj Patel"]]
    rows += [["Client PM", "Emily Tremblay"], ["Reporting period ending", report]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "mmmm d, yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 10, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Budget", rags[2]]])
    summary = rng.choice(
        [
            "Lights energised on two levels; dosing skid delayed at the border.",
            "Racking complete; waiting on the client's electrical sign-off for level 3.",
        ]
    )
    _put(ws, 14, 1, [["Summary", summary], ["All values CAD excl. GST"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", summary),
        ValueFact("project", 0, "currency", "CAD"),
    ]
    ws["A17"] = "Milestones"
    _put(ws, 18, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(FARM_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        if fc < report:
            st, actual = "Complete", fc
        else:
            st, actual = rng.choice(["On track", "At risk"]), None
        _put(ws, 19 + i, 1, [[name, base[i], fc, actual, st]])
        for c in (2, 3, 4):
            ws.cell(19 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if FARM_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", FARM_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "ca_vertical_farm_supplier_status_pack")
    return Built(path, [_one("milestones", "Status", 18, targets, n)], values)


HELD_OUT_81: tuple[Layout, ...] = (
    Layout(
        "dk_biogas_epc_raid_extract",
        "Danish biogas EPC contractor's RAID extract (one running number, Party column)",
        dk_biogas_epc_raid_extract,
    ),
    Layout(
        "cl_lithium_consultancy_risk_register",
        "Chilean lithium consultancy risk register (R-001, consultant job code, 1-5)",
        cl_lithium_consultancy_risk_register,
    ),
    Layout(
        "kr_soju_distillery_site_issue_log",
        "Korean soju distillery contractor's site issue log (2026.03.05 text, H / M / L)",
        kr_soju_distillery_site_issue_log,
    ),
    Layout(
        "mx_tequila_design_decision_log",
        "Mexican tequila distillery design decisions (DEC-01, Agreed by, Fee impact)",
        mx_tequila_design_decision_log,
    ),
    Layout(
        "th_cricket_farm_client_dependencies",
        "Thai cricket farm integrator's client dependencies (Client owner, Supplier lead)",
        th_cricket_farm_client_dependencies,
    ),
    Layout(
        "de_airship_hangar_raid_workbook",
        "German airship hangar consultancy workbook (Risks and Assumptions sheets)",
        de_airship_hangar_raid_workbook,
    ),
    Layout(
        "nl_bicycle_parking_fee_tracker",
        "Dutch bicycle parking consultancy fee tracker (Budget / Actual rows, EUR excl. BTW)",
        nl_bicycle_parking_fee_tracker,
    ),
    Layout(
        "ae_sugar_refinery_payment_applications",
        "UAE sugar refinery payment applications (period ending down, packages across)",
        ae_sugar_refinery_payment_applications,
    ),
    Layout(
        "jp_e_bus_invoice_log",
        "Japanese e-bus depot integrator's invoice log (tax excl. / incl., one per row)",
        jp_e_bus_invoice_log,
    ),
    Layout(
        "ch_hyperbaric_staffing_plan",
        "Swiss hyperbaric centre consultancy staffing plan (FTE, day rate, Jan 26 text)",
        ch_hyperbaric_staffing_plan,
    ),
    Layout(
        "mv_ice_factory_sow_milestones",
        "Maldivian ice factory SOW milestones (contractual / forecast / achieved, Acceptance)",
        mv_ice_factory_sow_milestones,
    ),
    Layout(
        "ca_vertical_farm_supplier_status_pack",
        "Canadian vertical farm supplier status pack (client / supplier PMs, milestones)",
        ca_vertical_farm_supplier_status_pack,
    ),
)
