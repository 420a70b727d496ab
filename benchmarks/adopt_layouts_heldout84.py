"""The eighty-fourth held-out batch (``HELD_OUT_84``, round 36): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind: SUPPLIER
AND CONSULTANCY REPORTS from the Americas, Africa and Asia (twelve countries), workbooks a
client's project receives from (or keeps about) its contractors, consultancies, suppliers
and integrators, which the client's PMO adopts as its registers and trackers, in sectors no
earlier batch's docstring names (a tuna cannery, an orphanage, a hammock factory, a nursing
college, a chalk factory, a maize mill, a turtle sanctuary, a hat factory, a sugarcane
research station, a wig factory, a fishing net factory, a marimba school).

Registers:

- ``ph_tuna_cannery_contractor_raid``: a Philippine cannery contractor's RAID log: `Ref`
  MBC-01.. across types, `Type` Risk / Assumption / Issue / Dependency, `Description`,
  `Owner`, `Date raised` as `mm/dd/yyyy` text (month first, as the Philippines writes it;
  a day past 12 in the column), `Status` Open / Closed.
- ``ke_orphanage_builder_snag_log``: a Kenyan builder's snag list (issues): `Snag No.`
  SN001.., `Location`, `Description`, `Date noted` and `Target` cells `dd/mm/yyyy`,
  `Responsible`, `Priority` High / Medium / Low, `Status` Open / WIP / Closed.
- ``br_hammock_factory_integrator_decisions``: a Brazilian integrator's decision log: `Nº`
  1.., `Date` as `dd/mm/yyyy` text, `Decision`, `Justification`, `Approved by`.
- ``gh_nursing_college_client_dependencies``: a Ghanaian contractor's schedule of client
  dependencies: `#`, `Client item`, `Required by` cells, `Client lead`, `Status` On Track
  / At Risk / Late / Delivered, `Remarks`; a two-line note under the table.
- ``eg_chalk_factory_proposal_assumptions``: an Egyptian engineering proposal's
  assumptions: `No.`, `Assumption`, `Owner`, `Validate by` cells, `Status` Open /
  Validated / Invalid.
- ``zm_maize_mill_consultant_risk_register``: a Zambian consultant's risk register: `Risk
  No.` R-001.., `Risk`, `Category` (standard words), `Likelihood` / `Consequence` H / M /
  L, `Mitigation`, `Risk owner`, `Status`; a merged title and a key line under the table.

Trackers:

- ``cr_turtle_sanctuary_contractor_monthly_report``: a Costa Rican contractor's monthly
  report: label / value rows (`Client project`, `Client sponsor`, `Report date` cell shown
  `d/m/yyyy`), `Overall` / `Schedule` / `Budget` RAG words, a `Summary`, then `Key
  milestones` (`Milestone`, `Baseline`, `Forecast`, `Actual`, `Status`).
- ``ec_hat_factory_sow_payment_milestones``: an Ecuadorian SOW payment milestone schedule:
  `Milestone`, `Due date`, `Achieved` cells, `Amount (USD)`, `Invoiced` Sí / No, `Status`,
  a `Total` row.
- ``in_sugarcane_station_consultancy_tm_tracker``: an Indian consultancy's T&M tracker:
  `Month` as `Apr-26` text, `Role`, `Days`, `Day rate (INR)`, `Amount excl. GST (INR)`,
  `GST @ 18%`, `Total (INR)`, amounts in Indian grouping (`##,##,##0.00`).
- ``ng_wig_factory_consultant_invoice_log``: a Nigerian consultant's invoice log in naira:
  `Invoice No`, `Invoice Date` cells, `Month` cells `mmm-yy`, `Description`, `Amount (₦)`,
  `VAT (7.5%)`, `Total`, `Paid`.
- ``vn_fishing_net_factory_cashflow_forecast``: a Vietnamese supplier's payment forecast in
  VND: `Payment item` rows, months across as `01/2026` text, a `Total` column and row.
- ``gt_marimba_school_contractor_staffing``: a Guatemalan contractor's staffing plan:
  `Role`, `Name` (or `Por contratar`), month date cells `mmm-yy` across, days per month.

Truth a person could read two ways has no fact (least-sure readings, least sure first):

- the tuna RAID's `MBC-01` (one sequence across types, the contractor's prefix): no id
  fact; a dependency's `Date raised`: no fact (no raised date in the standard for it); an
  assumption's kept as its raised date (a model field, plainly written, as the
  eighty-second batch's audit kept it); `Open` / `Closed` kept for every type; `Project:
  GenSan ...` on the title block's second line: the project's name since round 36's audit
  (below); `As of April 2026`: no report date (a month, not a date);
- the turtle report's `Budget` RAG is the cost RAG; `Report date` the report date; the
  milestones' `Baseline` the baseline and `Forecast` the forecast; no currency (colones
  are not on the standard list, and no amount is shown);
- the hat SOW's `Due date` (a contract date: baseline, or forecast?): a baseline fact, the
  column may be either; `Amount (USD)` and `Invoiced`: left out, and no currency fact (the
  amounts are payments, not a finance table); the `Total` row is no item;
- the snag list's `SN001` (the contractor's code): no id fact; `Location`: left out; `WIP`
  is In Progress; `Target` is the due date;
- the client dependencies: all owed by the client to the contractor, but no column says
  which way (inbound or outbound for the client's PMO): no direction fact; `#`: no id;
- the decision log's `Nº` 1..: no id fact; `Approved by` is the maker;
- the assumptions' `No.`: no id fact;
- the maize register's H / M / L are probability / impact 5 / 3 / 1 (the audited
  three-level reading);
- the T&M tracker: `Amount excl. GST` is the actual (tax and gross are not the cost); the
  currency is INR; `Days` and `Day rate`: left out;
- the invoice log: `Amount (₦)` before VAT is the actual; no currency fact (NGN is not on
  the standard list); `Invoice No`, `Invoice Date`, `Paid`: left out;
- the cash-flow forecast: amounts are forecasts; the `Total` column and row: no facts; no
  currency fact (VND not listed); a finance item is one month of one payment item;
- the staffing plan: days per month counted as resource rows only (as earlier plans); a
  `Por contratar` name is no person but still a row.

Readings used: date cells are what they hold; text dates follow the country's order, with
a day past 12 in each column. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 36 (docs/adopt.md, "Round 36: the eighty-fourth batch's truth audited"): the
cash-flow forecast's finance count is now the item and month cells holding an amount (it
was six a row, blank months too: a blank month is no line, round 33's audit of the
sixty-third batch); the monthly report's milestones not achieved whose forecast is before
the report date are now `Late` in the cell and the truth (round 29's ruling on the penguin
boardwalk: a past forecast is Complete or Late); the tuna RAID's `As of` month is now no
earlier than its last `Date raised` (the drawn month, or that date's month; no fact reads
it); its `Project:` line is now the project's name (a labelled project line over the
register, as rounds 31-35's audits ruled). No draw moved; the number of facts changed only
by that one name a seed.
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

TUNA_ROWS = [
    ("Risk", "Retort delivery held at Manila customs"),
    ("Risk", "Typhoon season stops the roof works in August"),
    ("Assumption", "Client keeps line 2 canning during the works"),
    ("Assumption", "Existing wastewater permit covers the new line"),
    ("Issue", "Cold store floor cracked under the forklift route"),
    ("Issue", "Brine tank welds failed the dye test"),
    ("Dependency", "SOCOTECO II raises the plant's power supply"),
    ("Dependency", "BFAR inspection of the new receiving bay"),
]
TUNA_PEOPLE = ["Maricel Dela Cruz", "Jun Villanueva", "Rowena Bautista", "Engr. Paolo Reyes"]
TUNA_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
TUNA_REG["Dependency"] = "dependencies"


def ph_tuna_cannery_contractor_raid(folder: Path, rng: random.Random) -> Built:
    """A General Santos tuna cannery expansion's design-build contractor's RAID extract:
    `Ref` numbered across types, `Type` words, `Date raised` as `mm/dd/yyyy` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Mindanao Builders Corp. - RAID log for client"
    ws.merge_cells("A1:F1")
    project = "GenSan Tuna Cannery Line 3 Expansion"
    ws["A2"] = f"Project: {project}"
    as_of = rng.choice([3, 4, 5])
    head = ["Ref", "Type", "Description", "Owner", "Date raised", "Status"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(TUNA_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 5))
    # audit (round 36): the extract is as of a month no item was raised after
    ws["A3"] = f"As of {date(2026, max(as_of, max(raised).month), 1):%B} 2026"
    # audit (round 36): a labelled `Project:` line over the register names the project
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", project)]
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = TUNA_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(TUNA_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        _put(ws, 6 + k, 1, [[f"MBC-{k + 1:02d}", kind, text, who, f"{raised[k]:%m/%d/%Y}", st]])
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg in ("risks", "issues", "assumptions"):
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    path = _save(wb, folder, "ph_tuna_cannery_contractor_raid")
    return Built(path, [TruthTable("RAID Log", 5, "raid", targets, counts)], values)


ORPHAN_SNAGS = [
    ("Dormitory A", "Window stays missing on the east side"),
    ("Kitchen", "Gas line not pressure tested"),
    ("Dining hall", "Ceiling boards sagging near the vent"),
    ("Borehole house", "Pump control panel not earthed"),
    ("Classroom 2", "Door frames out of plumb"),
    ("Ablution block", "Floor falls away from the drain"),
    ("Dormitory B", "Mosquito mesh torn on delivery"),
]
ORPHAN_PEOPLE = ["Wanjiku Kamau", "Otieno Ochieng", "Site foreman", "Mwangi Njoroge"]
ORPHAN_STATUS = {"Open": "Open", "WIP": "In Progress", "Closed": "Closed"}


def ke_orphanage_builder_snag_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan orphanage campus's building contractor's snag list: `Snag No.`, `Location`,
    `Date noted` cells, `Responsible`, `Priority` High / Medium / Low, `Status` with WIP."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Snag List")
    ws["A1"] = "Tumaini Children's Home, Nakuru - Phase 2"
    ws.merge_cells("A1:H1")
    ws["A2"] = "Contractor's snag list (Rift Valley Construction Ltd)"
    head = ["Snag No.", "Location", "Description", "Date noted", "Responsible", "Priority"]
    _put(ws, 4, 1, [[*head, "Target", "Status"]])
    n = rng.randint(5, 7)
    noted = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (place, text) in enumerate(rng.sample(ORPHAN_SNAGS, n)):
        who, pr = rng.choice(ORPHAN_PEOPLE), rng.choice(["High", "Medium", "Low"])
        st = rng.choice(list(ORPHAN_STATUS))
        due = noted[i] + timedelta(days=rng.choice([7, 14]))
        _put(ws, 5 + i, 1, [[f"SN{i + 1:03d}", place, text, noted[i], who, pr, due, st]])
        for c in (4, 7):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", noted[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", ORPHAN_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), None, ("title", "description"), "raised_date"])
    targets |= _cols("E", ["owner", "priority", "due_date", "status"])
    path = _save(wb, folder, "ke_orphanage_builder_snag_log")
    return Built(path, [_one("issues", "Snag List", 4, targets, n)], values)


HAMMOCK_DECISIONS = [
    ("Loom PLCs standardised on one brand", "Spares and training in Fortaleza"),
    ("Dye house moved to phase 2", "Effluent licence not yet granted"),
    ("Cotton yarn stock kept at 30 days", "Supplier lead times"),
    ("ERP interface by flat file, not API", "Client's ERP version too old"),
    ("Night shift kept during the cut-over", "Christmas orders"),
    ("Barcode labels printed in the packing hall", "Fewer handling steps"),
]
HAMMOCK_BY = ["Steering committee", "Client director", "Integrator PM"]


def br_hammock_factory_integrator_decisions(folder: Path, rng: random.Random) -> Built:
    """A Brazilian hammock factory's automation integrator's decision log: `Nº` numbers,
    `Date` as `dd/mm/yyyy` text, `Decision`, `Justification`, `Approved by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Redes do Ceará - Factory automation - Decision log"
    ws["A2"] = "Prepared by Automa Nordeste Integração Ltda."
    _put(ws, 4, 1, [["Nº", "Date", "Decision", "Justification", "Approved by"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(HAMMOCK_DECISIONS, n)):
        who = rng.choice(HAMMOCK_BY)
        _put(ws, 5 + i, 1, [[i + 1, f"{when[i]:%d/%m/%Y}", text, why, who]])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "br_hammock_factory_integrator_decisions")
    return Built(path, [_one("decisions", "Decision Log", 4, targets, n)], values)


NURSING_ITEMS = [
    "Site free of squatters and hawkers",
    "Approved furniture layouts for the skills lab",
    "Ghana Water connection at the boundary",
    "Signed-off room data sheets",
    "Simulation mannequins delivered to site",
    "ECG meter application lodged",
]
NURSING_PEOPLE = ["Akosua Mensah", "Kwame Boateng", "Efua Owusu", "Registrar's office"]
NURSING_STATUS = ["On Track", "At Risk", "Late", "Delivered"]


def gh_nursing_college_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Ghanaian nursing college's contractor's schedule of client dependencies (what the
    client must provide): `Client item`, `Required by` cells, `Client lead`, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    ws["A1"] = "Ho Nursing and Midwifery Training College - Skills block"
    ws["A2"] = "Schedule of client dependencies (Volta Civil Works)"
    _put(ws, 4, 1, [["#", "Client item", "Required by", "Client lead", "Status", "Remarks"]])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 16))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(NURSING_ITEMS, n)):
        who, st = rng.choice(NURSING_PEOPLE), rng.choice(NURSING_STATUS)
        note = rng.choice(["", "Chased at site meeting", "Letter sent"])
        _put(ws, 5 + i, 1, [[i + 1, text, need[i], who, st, note or None]])
        ws.cell(5 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "status", st),
        ]
    ws.cell(6 + n, 1, "Note: dates are when the contractor needs the item on site to hold the")
    ws.cell(7 + n, 1, "programme (rev 4); late items may give rise to a claim for time.")
    targets: Targets = _cols("A", [("id", None), "title", "need_by", "owner", "status", None])
    path = _save(wb, folder, "gh_nursing_college_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 4, targets, n)], values)


CHALK_ASSUMPTIONS = [
    "Client provides limestone samples from each quarry face",
    "Kiln building is structurally sound for the new mill",
    "Power cuts stay under two hours a week",
    "Customs release of the mill within 21 days",
    "Client's QC lab staff join the training",
    "Existing bagging line reused unchanged",
]
CHALK_PEOPLE = ["Ahmed Hassan", "Mona El-Sayed", "Karim Farouk", "Client"]
CHALK_STATUS = ["Open", "Validated", "Invalid"]


def eg_chalk_factory_proposal_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Egyptian school-chalk factory's engineering proposal's assumptions, kept as a
    register: `No.` 1.., `Assumption`, `Owner`, `Validate by` cells, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Minya Chalk Company - Milling line upgrade"
    ws["A2"] = "Proposal assumptions (Nile Process Engineering, rev B)"
    _put(ws, 4, 1, [["No.", "Assumption", "Owner", "Validate by", "Status"]])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CHALK_ASSUMPTIONS, n)):
        who, st = rng.choice(CHALK_PEOPLE), rng.choice(CHALK_STATUS)
        _put(ws, 5 + i, 1, [[i + 1, text, who, by[i], st]])
        ws.cell(5 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by", "status"])
    path = _save(wb, folder, "eg_chalk_factory_proposal_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


MAIZE_RISKS = [
    ("ZESCO load-shedding stops the hammer mills", "Operational", "Standby genset sized"),
    ("Kwacha falls against the rand before the order", "Financial", "Forward cover"),
    ("Roller mill delivery by road delayed at Kasumbalesa", "Schedule", "Ship via Chirundu"),
    ("Silo foundations on black cotton soil", "Technical", "Extra soil tests"),
    ("Food safety audit finds gaps", "Legal", "Pre-audit by consultant"),
    ("Millers leave for the harvest", "People", "Retention bonus"),
]
MAIZE_PEOPLE = ["Mulenga Banda", "Chanda Phiri", "Grace Mwale", "Consultant"]
HML = {"H": 5.0, "M": 3.0, "L": 1.0}


def zm_maize_mill_consultant_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Zambian maize mill's engineering consultant's risk register: `Risk No.` R-001..,
    `Likelihood` and `Consequence` H / M / L, `Mitigation`, `Risk owner`, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Copperbelt Milling - Kitwe Maize Mill Upgrade"
    ws.merge_cells("A1:H1")
    ws["A2"] = "Consultant's risk register (Zambezi Engineering Consultants)"
    head = ["Risk No.", "Risk", "Category", "Likelihood", "Consequence", "Mitigation"]
    _put(ws, 4, 1, [[*head, "Risk owner", "Status"]])
    n = rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(MAIZE_RISKS, n)):
        like, hit = rng.choice(list(HML)), rng.choice(list(HML))
        who, st = rng.choice(MAIZE_PEOPLE), rng.choice(["Open", "Open", "Monitoring", "Closed"])
        _put(ws, 5 + i, 1, [[f"R-{i + 1:03d}", text, cat, like, hit, plan, who, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", HML[like]),
            ValueFact("risks", i, "impact", HML[hit]),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "category", "probability", "impact"])
    targets |= _cols("F", ["response", "owner", "status"])
    ws.cell(6 + n, 1, "Likelihood / Consequence: H = High, M = Medium, L = Low")
    path = _save(wb, folder, "zm_maize_mill_consultant_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TURTLE_MILESTONES = [
    "Hatchery pens rebuilt",
    "Visitor centre roof on",
    "Seawater intake commissioned",
    "Rescue clinic fitted out",
    "Handover to the foundation",
]
TURTLE_STATUS = ["In Progress", "Not Started", "At Risk"]


def cr_turtle_sanctuary_contractor_monthly_report(folder: Path, rng: random.Random) -> Built:
    """A Costa Rican turtle sanctuary's contractor's monthly report: label / value rows
    (`Client project`, `Client sponsor`, `Report date` cell), RAG words, a `Summary`, then
    a milestone table (`Baseline`, `Forecast`, `Actual` cells, `Status`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Informe mensual")
    ws["A1"] = "Constructora Pacífico S.A. - Monthly progress report"
    when = date(2026, 3, 31) + timedelta(days=rng.choice([0, 30, 61]))
    project, sponsor = "Ostional Turtle Sanctuary Rebuild", "Laura Jiménez Mora"
    _put(ws, 3, 1, [["Client project", project], ["Client sponsor", sponsor]])
    _put(ws, 5, 1, [["Report date", when]])
    ws["B5"].number_format = "d/m/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 7, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Budget", rags[2]]])
    note = rng.choice(["Rains slowed the pen works; roof on programme.",
                       "Intake pipe laid; clinic fit-out waiting on steel."])  # fmt: skip
    _put(ws, 10, 1, [["Summary", note]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", when),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", note),
    ]
    ws["A12"] = "Key milestones"
    _put(ws, 13, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(TURTLE_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 24]))
        done = i == 0 or (i == 1 and rng.random() < 0.5)
        actual = fc if done and fc <= when else None
        st = "Complete" if actual else rng.choice(TURTLE_STATUS)
        if not actual and fc < when:  # audit (round 36): a past forecast not achieved is Late
            st = "Late"
        _put(ws, 14 + i, 1, [[name, base[i], fc, actual, st]])
        for c in (2, 3, 4):
            ws.cell(14 + i, c).number_format = "d/m/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    targets |= _cols("D", ["actual_date", "status"])
    path = _save(wb, folder, "cr_turtle_sanctuary_contractor_monthly_report")
    return Built(path, [_one("milestones", "Informe mensual", 13, targets, n)], values)


HAT_MILESTONES = [
    "Mobilisation and kick-off",
    "Weaving workshop design approved",
    "Drying room completed",
    "Blocking presses installed",
    "Final acceptance certificate",
]


def ec_hat_factory_sow_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """An Ecuadorian toquilla straw hat factory's SOW payment milestones from its
    fit-out contractor: `Milestone`, `Due date` and `Achieved` cells shown `dd/mm/yyyy`,
    `Amount (USD)`, `Invoiced` Sí / No, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Payment Milestones")
    ws["A1"] = "Sombreros Montecristi S.A. - Workshop fit-out - SOW 2026-014"
    ws["A2"] = "Payment milestone schedule (Constructora Manabí)"
    head = ["Milestone", "Due date", "Achieved", "Amount (USD)", "Invoiced", "Status"]
    _put(ws, 4, 1, [head])
    base = _days(rng, 5, date(2026, 1, 19))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    total = 0.0
    for i, name in enumerate(HAT_MILESTONES):
        got = base[i] + timedelta(days=rng.choice([0, 3, 9])) if i < done else None
        amount = float(rng.randrange(20, 90) * 500)
        total += amount
        st = "Complete" if got else rng.choice(["In Progress", "Not Started"])
        cells: list[object] = [name, base[i], got, amount, "Sí" if got else "No", st]
        _put(ws, 5 + i, 1, [cells])
        for c in (2, 3):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 4).number_format = "#,##0.00"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "status", st),
        ]
        if got:
            values.append(ValueFact("milestones", i, "actual_date", got))
    _put(ws, 10, 1, [["Total", None, None, total]])
    targets: Targets = _cols("A", ["milestone", ("baseline_date", "forecast_date")])
    targets |= _cols("C", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "ec_hat_factory_sow_payment_milestones")
    return Built(path, [_one("milestones", "Payment Milestones", 4, targets, 5)], values)


CANE_ROLES = ["Agronomy lead", "Data engineer", "Field survey team", "GIS analyst"]


def in_sugarcane_station_consultancy_tm_tracker(folder: Path, rng: random.Random) -> Built:
    """An Indian sugarcane research station's digital consultancy's T&M tracker: `Month`
    as `Apr-26` text, `Role`, `Days`, `Day rate (INR)`, `Amount excl. GST (INR)`, `GST @
    18%`, `Total (INR)` in Indian grouping."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M")
    ws["A1"] = "Sugarcane Breeding Station, Coimbatore - Crop analytics platform"
    ws["A2"] = "Time & materials tracker - Kaveri Digital Consulting Pvt. Ltd."
    head = ["Month", "Role", "Days", "Day rate (INR)", "Amount excl. GST (INR)", "GST @ 18%"]
    _put(ws, 4, 1, [[*head, "Total (INR)"]])
    months = _months(date(2026, 4, 1), rng.randint(3, 5))
    roles = rng.sample(CANE_ROLES, 3)
    rate = {r: float(rng.randrange(12, 40) * 1000) for r in roles}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    r = 0
    for month in months:
        for role in roles:
            if rng.random() < 0.25:
                continue
            days = rng.randint(4, 20)
            amount = days * rate[role]
            gst = round(amount * 0.18, 2)
            _put(ws, 5 + r, 1, [[f"{month:%b-%y}", role, days, rate[role], amount, gst,
                                 amount + gst]])  # fmt: skip
            for c in (4, 5, 6, 7):
                ws.cell(5 + r, c).number_format = "##,##,##0.00"
            values.append(ValueFact("finance", (month, role), "actual", amount))
            r += 1
    targets: Targets = _cols("A", ["month", "cost_line", None, None, "actual", None, None])
    path = _save(wb, folder, "in_sugarcane_station_consultancy_tm_tracker")
    return Built(path, [TruthTable("T&M", 4, "finance", targets, {"finance": r})], values)


WIG_LINES = ["Design fees", "Site supervision", "Machinery sourcing", "Quality audits"]


def ng_wig_factory_consultant_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerian wig factory's engineering consultant's invoice log in naira: `Invoice
    No`, `Invoice Date` cells, `Month` cells shown `mmm-yy`, `Description`, `Amount (₦)`
    before VAT, `VAT (7.5%)`, `Total`, `Paid` Yes / No."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoice Log")
    ws["A1"] = "Lagos Hair Industries - Ikeja wig factory - consultant invoices"
    head = ["Invoice No", "Invoice Date", "Month", "Description", "Amount (₦)", "VAT (7.5%)"]
    _put(ws, 3, 1, [[*head, "Total", "Paid"]])
    months = _months(date(2025, 10, 1), rng.randint(3, 5))
    lines = rng.sample(WIG_LINES, 3)
    values: list[ValueFact] = []
    r = 0
    for month in months:
        for line in lines:
            if rng.random() < 0.3:
                continue
            amount = float(rng.randrange(8, 90) * 50000)
            sent = month + timedelta(days=rng.randint(31, 38))
            vat = round(amount * 0.075, 2)
            cells: list[object] = [f"LHI/{2025 + (month.month < 10)}/{r + 17:03d}", sent]
            cells += [month, line, amount, vat, amount + vat, rng.choice(["Yes", "No"])]
            _put(ws, 4 + r, 1, [cells])
            ws.cell(4 + r, 2).number_format = "dd/mm/yyyy"
            ws.cell(4 + r, 3).number_format = "mmm-yy"
            for c in (5, 6, 7):
                ws.cell(4 + r, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, line), "actual", amount))
            r += 1
    targets: Targets = _cols("A", [None, None, "month", "cost_line", "actual", None, None])
    targets |= {"H": None}
    path = _save(wb, folder, "ng_wig_factory_consultant_invoice_log")
    return Built(path, [TruthTable("Invoice Log", 3, "finance", targets, {"finance": r})], values)


NET_LINES = ["Knotting machines", "Installation", "Training", "Spare parts", "Retention"]


def vn_fishing_net_factory_cashflow_forecast(folder: Path, rng: random.Random) -> Built:
    """A Vietnamese fishing net factory's equipment supplier's cash-flow forecast in VND:
    `Payment item` rows, months across as `01/2026` text, a `Total` column and a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash flow")
    ws["A1"] = "Nhà máy Lưới Cá Hải Phòng - Line 2 equipment"
    ws["A2"] = "Supplier payment forecast (VND)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 4, 1, [["Payment item", *[f"{m:%m/%Y}" for m in months], "Total"]])
    items = rng.sample(NET_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    sums = [0.0] * len(months)
    for r, item in enumerate(items):
        amounts: list[float | None] = []
        for m, month in enumerate(months):
            if rng.random() < 0.35:
                amounts.append(None)
                continue
            amount = float(rng.randrange(5, 400) * 5_000_000)
            amounts.append(amount)
            sums[m] += amount
            values.append(ValueFact("finance", (month, item), "forecast", amount))
        _put(ws, 5 + r, 1, [[item, *amounts, sum(a or 0.0 for a in amounts)]])
        for c in range(2, 9):
            ws.cell(5 + r, c).number_format = "#,##0"
    _put(ws, 5 + len(items), 1, [["Total", *sums, sum(sums)]])
    # audit (round 36): a blank month cell is no finance line; the lines are the amounts
    count = sum(1 for v in values if v.column == "forecast")
    table = TruthTable("Cash flow", 4, "finance", {"A": "cost_line"}, {"finance": count})
    path = _save(wb, folder, "vn_fishing_net_factory_cashflow_forecast")
    return Built(path, [table], values)


MARIMBA_ROLES = [
    ("Project manager", "Carlos Pérez"),
    ("Acoustic engineer", "Ana Lucía Morales"),
    ("Site engineer", "José Ixcoy"),
    ("Carpenter", "Por contratar"),
    ("Electrician", "Byron Xicay"),
]


def gt_marimba_school_contractor_staffing(folder: Path, rng: random.Random) -> Built:
    """A Guatemalan marimba school's contractor staffing plan: `Role`, `Name` (or `Por
    contratar`), months across as date cells shown `mmm-yy`, days per month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing plan")
    ws["A1"] = "Escuela de Marimba, Quetzaltenango - Contractor staffing plan (days/month)"
    months = _months(date(2026, 2, 1), 5)
    _put(ws, 3, 1, [["Role", "Name", *months]])
    for c in range(3, 8):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (role, name) in enumerate(rng.sample(MARIMBA_ROLES, 4)):
        days = [rng.choice([0, 5, 10, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, name, *[d or None for d in days]]])
    table = TruthTable("Staffing plan", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "gt_marimba_school_contractor_staffing")
    return Built(path, [table], [])


HELD_OUT_84: tuple[Layout, ...] = (
    Layout(
        "ph_tuna_cannery_contractor_raid",
        "Philippine tuna cannery contractor's RAID log (mm/dd/yyyy text, Type words)",
        ph_tuna_cannery_contractor_raid,
    ),
    Layout(
        "ke_orphanage_builder_snag_log",
        "Kenyan orphanage builder's snag list (SN001, WIP, Date noted cells)",
        ke_orphanage_builder_snag_log,
    ),
    Layout(
        "br_hammock_factory_integrator_decisions",
        "Brazilian hammock factory integrator's decision log (Nº, dd/mm/yyyy text)",
        br_hammock_factory_integrator_decisions,
    ),
    Layout(
        "gh_nursing_college_client_dependencies",
        "Ghanaian nursing college contractor's client dependencies (Required by)",
        gh_nursing_college_client_dependencies,
    ),
    Layout(
        "eg_chalk_factory_proposal_assumptions",
        "Egyptian chalk factory proposal assumptions (Validate by cells)",
        eg_chalk_factory_proposal_assumptions,
    ),
    Layout(
        "zm_maize_mill_consultant_risk_register",
        "Zambian maize mill consultant's risk register (H / M / L, Consequence)",
        zm_maize_mill_consultant_risk_register,
    ),
    Layout(
        "cr_turtle_sanctuary_contractor_monthly_report",
        "Costa Rican turtle sanctuary contractor's monthly report (RAG, milestones)",
        cr_turtle_sanctuary_contractor_monthly_report,
    ),
    Layout(
        "ec_hat_factory_sow_payment_milestones",
        "Ecuadorian hat factory SOW payment milestones (USD, Invoiced Sí / No)",
        ec_hat_factory_sow_payment_milestones,
    ),
    Layout(
        "in_sugarcane_station_consultancy_tm_tracker",
        "Indian sugarcane station consultancy T&M tracker (INR, GST @ 18%)",
        in_sugarcane_station_consultancy_tm_tracker,
    ),
    Layout(
        "ng_wig_factory_consultant_invoice_log",
        "Nigerian wig factory consultant invoice log (naira, VAT 7.5%)",
        ng_wig_factory_consultant_invoice_log,
    ),
    Layout(
        "vn_fishing_net_factory_cashflow_forecast",
        "Vietnamese fishing net factory supplier cash-flow forecast (VND, 01/2026)",
        vn_fishing_net_factory_cashflow_forecast,
    ),
    Layout(
        "gt_marimba_school_contractor_staffing",
        "Guatemalan marimba school contractor staffing plan (days/month, Por contratar)",
        gt_marimba_school_contractor_staffing,
    ),
)
