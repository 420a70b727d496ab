"""The sixty-fifth held-out batch (``HELD_OUT_65``, round 34): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a project receives from, or sends to, its suppliers,
contractors, consultancies and outsourcers, which the PMO adopts as the project's registers
and trackers (a supplier's RAID extract, a contractor's site issue log, a consultancy's
design decision register, a ride vendor's risks, an integrator's client dependencies, a
consultant's project log, a fee tracker, a progress claim, an invoice log, a staffing plan,
a statement of work's payment milestones, a consultancy's status pack), in sectors no
earlier batch's docstring names (a toboggan run, a drive-in cinema, a bagpipe workshop, a
roller coaster, a waterpark, a hedge maze, a wax museum, a miniature railway, a cricket bat
factory, a dinosaur park, a hovercraft terminal, an indoor mini golf), in Switzerland, the
US, Scotland, Japan, Canada, Ireland, Singapore, Australia, India, Portugal, England and
Germany. The project is always the CLIENT's project the pack reports on, never the
supplier's engagement.

Registers:

- ``ch_toboggan_run_supplier_raid``: a Swiss track maker's RAID extract for its client's
  summer toboggan run renewal: a supplier title, a `Client project:` line, an `Extract
  date:` cell, the header on row 5, `Supplier ref` in the supplier's own numbering
  (`ARX-26-0412`), `Log type` Risk / Assumption / Issue / Dependency words, `Title`,
  `Owner` and `Party` Client / Supplier, `Raised` and `Target` cells shown `dd.mm.yyyy`,
  `Status` Open / Closed.
- ``us_drive_in_cinema_av_issue_log``: an AV contractor's site issue log for a drive-in
  cinema's digital projection upgrade: a title and `Contractor:` line, `Issue No.` SI-001..,
  `Date Logged` cells shown `m/d/yyyy`, `Description`, `Logged By`, `Responsible`,
  `Priority` High / Med / Low, `Need Date`, `Status` Open / In Progress / On Hold / Closed,
  `Date Closed`.
- ``gb_bagpipe_workshop_design_decisions``: an architects' design decision register for a
  Glasgow bagpipe maker's new workshop: `DDR ref` DDR-01.., `Date agreed` cells shown
  `dd/mm/yyyy`, `Decision`, `Options considered`, `Rationale`, `Agreed by`, `RIBA stage`.
- ``jp_roller_coaster_vendor_risks``: a ride vendor's risk register for a Japanese theme
  park's new coaster, in English: `No.` 1.., `Risk Description`, `Risk Owner` (a person,
  or `Client` / `Vendor` / `Joint`), `Raised` ISO text, `P (1-5)`, `I (1-5)`,
  `Countermeasure`, `Status` Open / Closed / Transferred.
- ``ca_waterpark_client_dependencies``: a ride-controls integrator's client dependency
  tracker for a Canadian waterpark, a table from row 1: `Ref` CD-01.., `Client deliverable`,
  `Required by` cells shown `yyyy-mm-dd`, `Client owner`, `Integrator contact`, `Status`
  Received / Outstanding / Overdue, `Comments`.
- ``ie_hedge_maze_consultant_project_log``: a heritage consultant's project log workbook
  for an Irish estate's hedge maze: a `Cover` sheet, `Risks` (`ID` R01.., `Date` cells,
  `Risk`, `Owner`, 1-5 `Likelihood` / `Impact`, `Mitigation`, `Status` Open / Closed),
  `Issues` (`ID` I01.., `Date`, `Issue`, `Owner`, `Priority` High / Medium / Low, `Due`,
  `Status` Open / In Progress / Closed) and `Actions` (`Action`, `Owner`, `Due`, `Done`).

Trackers:

- ``sg_wax_museum_consultancy_fees``: an exhibition consultancy's fee tracker for a
  Singapore wax museum: `Fees in SGD, excluding GST` under the title, a long table of
  `Month` cells shown `mmm-yy`, `Workstream`, `Fee budget`, `Fees invoiced` (months
  invoiced so far), `GST 9%`, `Invoice no.`.
- ``au_miniature_railway_progress_claim``: a contractor's progress claim for an Australian
  miniature railway extension: `Progress Claim No.`, `Project:`, `Period ending` cell,
  `All amounts AUD excluding GST`, `Item`, `Description`, `Contract value`, `Previous
  claimed`, `This claim`, `Claimed to date`, `% complete`, then `Total`, `GST 10%` and
  `Total incl. GST` rows.
- ``in_cricket_bat_factory_invoice_log``: a cricket bat factory's seasoning kiln project's
  supplier invoice log kept by the PM: `Inv. date` cells shown `dd-mm-yyyy`, `Supplier`,
  `Invoice no.`, `PO no.`, `Description`, `Taxable value (₹)`, `GST (₹)`, `Paid on`; at
  most one invoice per supplier a month.
- ``pt_dinosaur_park_staffing_plan``: an animatronics supplier's staffing plan for a
  Portuguese dinosaur park: `Role`, `Name` (some `TBC`), `Grade`, `Day rate (EUR)`, six
  month cells shown `mmm-yy` of days, `Total days`.
- ``gb_hovercraft_terminal_sow_milestones``: a ticketing supplier's statement of work
  payment milestones for a hovercraft terminal: `MS` M1.., `Milestone / deliverable`,
  `Contract date`, `Forecast`, `Accepted on` cells shown `d mmm yyyy`, `Payment (GBP ex
  VAT)`, `Acceptance` Accepted / Submitted / Not due.
- ``de_mini_golf_consultancy_status_pack``: a consultancy's fortnightly status report to
  its client, an indoor mini golf chain: label / value rows (`Client`, `Client project`,
  `Engagement`, `Client project manager`, `Engagement lead`, `Period` text, `Report date`
  cell), RAG words for `Overall`, `Timeline`, `Budget (fees)`, `Scope`, `Key messages`,
  then a `Deliverables & milestones` table (`Deliverable`, `Planned` / `Forecast` as
  `dd.mm.yyyy` text, `Status` Complete / On track / At risk / Late).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the status pack's `Budget (fees)` RAG (the client project's cost RAG, or the
  consultancy's own fee burn?): no fact; `Engagement` and `Engagement lead` (the
  supplier's engagement, not the project): no fact, `Client project` is the project name
  and `Client project manager` the project manager; `Period` text: no fact, `Report date`
  is the report date; `Timeline` is the schedule RAG; `On track` (In Progress or Not
  Started?): no status fact; `Planned` is the baseline, `Forecast` the forecast;
- the toboggan extract's `Supplier ref` `ARX-26-0412` (the supplier's own code, kept or
  renumbered per type?): no id fact; `Extract date` (report date of the log or only when
  it was exported?): no fact; `Target` is an issue's due date and an assumption's
  validate-by; for a risk (due or review?) and a dependency (need-by or committed?): no
  fact; a dependency's `Raised`: no fact; `Party`: left out, `Owner` the owner; `Client
  project` is the project name (the client's project, not the supplier's);
- the vendor risks' `Risk Owner` `Client` / `Vendor` / `Joint` (a party, no person): no
  owner fact, a person's name is the owner; `Transferred` (Closed, or a response type?):
  no status fact; `No.` 1, 2..: no id fact; `Countermeasure` is the response;
- the progress claim's `This claim` is the actual of the period ending's month (ex GST, as
  the note says); `Contract value` (a whole-contract sum, no month) and `Previous claimed` /
  `Claimed to date` (cumulative over months nobody names): no fact; `Item` numbers: left
  out, `Description` is the cost line; `Period ending`: no report date fact (a claim
  period, not a report); the `Total`, `GST` and `Total incl. GST` rows: no line;
  `Project:` is the project name;
- the drive-in log's `SI-001` (site issue numbers: I-001 or kept?): no id fact; `On Hold`
  (Open or In Progress?): no status fact; `Logged By`: left out, `Responsible` is the
  owner; `Med` is Medium; `Need Date` the due date, `Date Closed` the closed date;
- the integrator's `CD-01` (client dependency: D-001 or kept?): no id fact; `Outstanding`
  (Open or On Track?): no status fact, `Received` is Delivered and `Overdue` Late; no
  direction column: no direction fact; `Client owner` is the owner, `Integrator contact`
  the counterparty owner; `Comments`: left out;
- the SOW milestones' `MS` M1..: no id fact; `Submitted` (Complete, or In Progress until
  accepted?) and `Not due` (Not Started?): no status fact, `Accepted` is Complete;
  `Contract date` is the baseline, `Forecast` the forecast (blank once accepted),
  `Accepted on` the actual; `Payment`: left out;
- the design decisions' `DDR-01`: no id fact; `Options considered` and `RIBA stage`: left
  out; `Rationale` is the rationale, `Agreed by` the maker, `Date agreed` the date;
- the fee tracker's `Fees invoiced` is the actual (ex GST, as the title line says), `Fee
  budget` the budget; `GST 9%` and `Invoice no.`: left out; blank invoiced months are no
  actual; SGD;
- the invoice log's `Taxable value (₹)` is the actual of the invoice date's month on the
  supplier's line; `GST (₹)`, `Invoice no.`, `PO no.`, `Description`, `Paid on`: left out;
  INR;
- the hedge maze log's `R01` / `I01` are R-001 / I-001 (each sheet one register); the
  `Actions` sheet is no register (no truth table, no items); the `Cover` sheet: no facts;
- the staffing plan's days per month: counts only, no value facts (as earlier batches'
  resource plans); `Grade`, `Day rate (EUR)`, `Total days`: left out; a `TBC` name is still
  a planned row.

Readings used: date cells are what they hold; text dates are day first except ISO text
(the German `dd.mm.yyyy` column has a day past 12); ids in no standard shape get no id
fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 34 (docs/adopt.md, "Round 34: the sixty-fifth batch's truth audited"): the
design decisions' `DDR-01` .. are DC-001 .. (a decision register's prefixed running number,
as round 33 read `DR-01` and `DL-01`), the integrator's `CD-01` .. are D-001 .. (round 31's
ruling on this very shape), the SOW's `M1` .. under `MS` are M-001 .. (round 33's ruling on
this very shape), each column A now `id`; a decision `Agreed by` a name with its party in
brackets (`Iain MacLeod (client)`) has no maker fact (the whole cell or the name? as round
33 ruled such owners). The other readings above were looked at and left.
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

TOBOGGAN_ROWS = [
    ("Risk", "Steel rail batch fails Swiss weld inspection"),
    ("Risk", "Early snow stops the track assembly on the upper section"),
    ("Risk", "Helicopter lift of the drive unit grounded by wind"),
    ("Assumption", "Existing cable car station foundations carry the new brake unit"),
    ("Assumption", "Canton approves the forest clearing within the current permit"),
    ("Issue", "Bobsled carriages delivered with the wrong seat belts"),
    ("Issue", "Survey points on curve 7 disagree by 12 cm"),
    ("Dependency", "Client's electrician connects the 400 V supply at the top station"),
    ("Dependency", "Client's ticketing gate interface specification"),
]
TOBOGGAN_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
TOBOGGAN_REG |= {"Dependency": "dependencies"}
TOBOGGAN_PEOPLE = [("M. Odermatt", "Client"), ("S. Gasser", "Supplier")]
TOBOGGAN_PEOPLE += [("L. Bucher", "Client"), ("R. Imfeld", "Supplier")]


def ch_toboggan_run_supplier_raid(folder: Path, rng: random.Random) -> Built:
    """A Swiss track maker's RAID extract for its client's toboggan run: `Log type` words,
    the supplier's own refs, `Owner` and `Party`, `dd.mm.yyyy` cells, a `Target` column
    meaning one thing per type."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Extract")
    project = "Fräkmüntegg Summer Toboggan Run Renewal"
    ws["A1"] = "Alpine Rodel AG - RAID extract"
    ws["A2"] = f"Client project: {project}"
    ws["A3"] = "Extract date:"
    ws["B3"] = date(2026, 4, rng.randint(1, 28))
    ws["B3"].number_format = "dd.mm.yyyy"
    head = ["Supplier ref", "Log type", "Title", "Owner", "Party", "Raised", "Target", "Status"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(TOBOGGAN_ROWS) if k % 3 != 1 or rng.random() < 0.5]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2025, 11, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", project)]
    counts: dict[str, int] = {}
    first = rng.randint(300, 500)
    for k, (kind, text) in enumerate(rows):
        reg = TOBOGGAN_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, party = rng.choice(TOBOGGAN_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        target = logged[k] + timedelta(days=rng.choice([10, 20, 45]))
        first += rng.randint(1, 9)  # the supplier's log holds other clients' items between
        cells: list[object] = [f"ARX-26-{first:04d}", kind, text]
        cells += [who, party, logged[k], target, st]
        _put(ws, 6 + k, 1, [cells])
        for c in (6, 7):
            ws.cell(6 + k, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [None, ("raised_date", None), due_cols, "status"])
    path = _save(wb, folder, "ch_toboggan_run_supplier_raid")
    return Built(path, [TruthTable("RAID Extract", 5, "raid", targets, counts)], values)


DRIVE_IN_ISSUES = [
    "Projector booth too warm for the laser projector",
    "FM transmitter bleeds into the neighbouring station",
    "Screen tower anchor bolts need re-torque",
    "Concession POS not on the new network",
    "Fibre run to screen 2 cut by the grading crew",
    "Server rack delivered without the UPS",
    "Lens shift motor faulty on delivery",
]
DRIVE_IN_PEOPLE = ["Dale Hutchins", "Maria Lopez", "Kevin O'Brien", "Tasha Reed"]
DRIVE_IN_PRIORITY = {"High": "High", "Med": "Medium", "Low": "Low"}
DRIVE_IN_STATUS = {"Open": "Open", "In Progress": "In Progress", "On Hold": None}
DRIVE_IN_STATUS |= {"Closed": "Closed"}


def us_drive_in_cinema_av_issue_log(folder: Path, rng: random.Random) -> Built:
    """An AV contractor's site issue log for a drive-in cinema: SI-001 numbers, `m/d/yyyy`
    cells, `Logged By` and `Responsible`, High / Med / Low, an `On Hold` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Site Issues")
    ws["A1"] = "Starlite Drive-In - Digital Projection & FM Audio Upgrade"
    ws["A2"] = "Contractor: Keystone AV Systems LLC - Site Issue Log"
    head = ["Issue No.", "Date Logged", "Description", "Logged By", "Responsible", "Priority"]
    head += ["Need Date", "Status", "Date Closed"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DRIVE_IN_ISSUES, n)):
        by, resp = rng.sample(DRIVE_IN_PEOPLE, 2)
        pr = rng.choice(list(DRIVE_IN_PRIORITY))
        st = rng.choice(list(DRIVE_IN_STATUS))
        need = made[i] + timedelta(days=rng.choice([3, 7, 14]))
        closed = made[i] + timedelta(days=rng.randint(2, 20)) if st == "Closed" else None
        cells: list[object] = [f"SI-{i + 1:03d}", made[i], text, by, resp, pr, need, st, closed]
        _put(ws, 5 + i, 1, [cells])
        for c in (2, 7, 9):
            ws.cell(5 + i, c).number_format = "m/d/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", resp),
            ValueFact("issues", i, "priority", DRIVE_IN_PRIORITY[pr]),
            ValueFact("issues", i, "due_date", need),
        ]
        if DRIVE_IN_STATUS[st]:
            values.append(ValueFact("issues", i, "status", DRIVE_IN_STATUS[st]))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, "owner"])
    targets |= _cols("F", ["priority", "due_date", "status", "closed_date"])
    path = _save(wb, folder, "us_drive_in_cinema_av_issue_log")
    return Built(path, [_one("issues", "Site Issues", 4, targets, n)], values)


BAGPIPE_DECISIONS = [
    ("Timber drying room moved to the north bay", "Steadier temperature for blackwood"),
    ("Reed-making bench gets its own extract", "Cane dust at the turning lathes"),
    ("Shop front kept in the listed facade", "Conservation officer's pre-app advice"),
    ("Underfloor heating dropped", "Humidity swings would crack the drones"),
    ("Mezzanine for bag stitching", "Frees the ground floor for the lathes"),
    ("Air source heat pump chosen", "Gas connection quote too high"),
]
BAGPIPE_PEOPLE = ["Iain MacLeod (client)", "Fiona Drummond", "Project board"]


def gb_bagpipe_workshop_design_decisions(folder: Path, rng: random.Random) -> Built:
    """An architects' design decision register for a Glasgow bagpipe workshop: DDR-01
    refs, `dd/mm/yyyy` cells, options, rationale, `Agreed by`, a RIBA stage."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "MacLeod Pipes New Workshop, Govan - Design Decision Register (Rev C)"
    head = ["DDR ref", "Date agreed", "Decision", "Options considered", "Rationale"]
    head += ["Agreed by", "RIBA stage"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(BAGPIPE_DECISIONS, n)):
        who = rng.choice(BAGPIPE_PEOPLE)
        opts = rng.choice(["A / B", "A / B / C", "Do nothing / A"])
        cells: list[object] = [f"DDR-{i + 1:02d}", when[i], text, opts, why, who]
        cells += [rng.choice([2, 3, 3, 4])]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
        ]
        if "(" not in who:  # audit, round 34: a name with its party in brackets has none
            values.append(ValueFact("decisions", i, "made_by", who))
    targets: Targets = _cols("A", ["id", "date", "decision", None, "rationale"])
    targets |= _cols("F", ["made_by", None])
    path = _save(wb, folder, "gb_bagpipe_workshop_design_decisions")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


COASTER_RISKS = [
    ("Typhoon season delays the lift hill crane work", "Crane booked with a two-week float"),
    ("Track steel from Europe held at Kobe customs", "Broker engaged, documents pre-filed"),
    ("Ride certification test finds wheel wear", "Spare wheel sets on site"),
    ("Neighbour noise complaint at night testing", "Test window 09:00-18:00 only"),
    ("Queue line theming late from the local fabricator", "Weekly site check by the vendor"),
    ("Seismic review asks for larger footings", "Early geotechnical data shared"),
]
COASTER_OWNERS = ["Kenji Watanabe", "Hans Vogel", "Client", "Vendor", "Joint", "Yuki Sato"]
COASTER_STATUS = {"Open": "Open", "Closed": "Closed", "Transferred": None}


def jp_roller_coaster_vendor_risks(folder: Path, rng: random.Random) -> Built:
    """A ride vendor's risk register for a Japanese park's coaster: `No.` 1.., owners that
    are a person or a party, ISO text dates, 1-5 scores, a `Transferred` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Project KAZE - Launch Coaster, Nagashima - Vendor Risk Register"
    head = ["No.", "Risk Description", "Risk Owner", "Raised", "P (1-5)", "I (1-5)"]
    head += ["Countermeasure", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(COASTER_RISKS, n)):
        who = rng.choice(COASTER_OWNERS)
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Open", "Closed", "Transferred"])
        _put(ws, 4 + i, 1, [[i + 1, text, who, made[i].isoformat(), p, c, plan, st]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
        ]
        if who not in ("Client", "Vendor", "Joint"):
            values.append(ValueFact("risks", i, "owner", who))
        if COASTER_STATUS[st]:
            values.append(ValueFact("risks", i, "status", COASTER_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date"])
    targets |= _cols("E", ["probability", "impact", "response", "status"])
    path = _save(wb, folder, "jp_roller_coaster_vendor_risks")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


WATERPARK_DEPS = [
    "Wave pool pump schedules from the park engineer",
    "Network VLAN for the slide dispatch PLCs",
    "Lifeguard station layout sign-off",
    "Access to the plant room for cable pulls",
    "Water chemistry controller IP addresses",
    "Park opening hours for the test plan",
]
WATERPARK_CLIENT = ["Chantal Roy", "Derek MacNeil", "Priya Nair"]
WATERPARK_US = ["Olivier Tremblay", "Sam Greene"]
WATERPARK_STATUS = {"Received": "Delivered", "Outstanding": None, "Overdue": "Late"}


def ca_waterpark_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A ride-controls integrator's client dependencies for a Canadian waterpark, from row
    1: CD-01 refs, `yyyy-mm-dd` cells, client owner and integrator contact, Received /
    Outstanding / Overdue."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    head = ["Ref", "Client deliverable", "Required by", "Client owner", "Integrator contact"]
    head += ["Status", "Comments"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(WATERPARK_DEPS, n)):
        ours, them = rng.choice(WATERPARK_CLIENT), rng.choice(WATERPARK_US)
        st = rng.choice(list(WATERPARK_STATUS))
        note = rng.choice([None, "Chased at the weekly call", "Blocks FAT"])
        _put(ws, 2 + i, 1, [[f"CD-{i + 1:02d}", text, need[i], ours, them, st, note]])
        ws.cell(2 + i, 3).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "counterparty_owner", them),
        ]
        if WATERPARK_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", WATERPARK_STATUS[st]))
    targets: Targets = _cols("A", ["id", "title", "need_by", "owner"])
    targets |= _cols("E", ["counterparty_owner", "status", None])
    path = _save(wb, folder, "ca_waterpark_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 1, targets, n)], values)


MAZE_RISKS = [
    ("Yew hedging stock fails on the wet clay", "Drainage trial before planting"),
    ("Archaeology found under the old maze path", "Archaeologist on watching brief"),
    ("Visitor numbers exceed the car park", "Timed tickets on weekends"),
    ("Box blight spreads from the walled garden", "Clean tools, no box in the new plan"),
    ("Heritage Council grant drawdown late", "Phase the payments to the nursery"),
]
MAZE_ISSUES = [
    "Nursery short of 400 yews for the autumn planting",
    "Survey missed the 1890s path edge",
    "Gate lodge roof leaking onto the ticket desk",
    "Signage text not yet in Irish",
    "Topsoil delivery blocked the avenue",
]
MAZE_PEOPLE = ["Aoife Byrne", "Declan Walsh", "Siobhán Kelly", "Rory Nolan"]


def ie_hedge_maze_consultant_project_log(folder: Path, rng: random.Random) -> Built:
    """A heritage consultant's project log for an Irish estate's hedge maze: a `Cover`
    sheet, `Risks` and `Issues` sheets with R01 / I01 ids, an `Actions` sheet."""
    wb = openpyxl.Workbook()
    cover = _sheet(wb, "Cover")
    cover["A1"] = "Birr Demesne Hedge Maze Restoration"
    cover["A2"] = "Project log kept by Fernhill Heritage Consultants for the estate trustees"
    cover["A4"] = "Tabs: Risks, Issues, Actions"
    values: list[ValueFact] = []
    rs = wb.create_sheet("Risks")
    _put(rs, 1, 1, [["ID", "Date", "Risk", "Owner", "Likelihood", "Impact", "Mitigation"]])
    rs["H1"] = "Status"
    nr = rng.randint(3, 5)
    made = _days(rng, nr, date(2025, 10, 6))
    for i, (text, plan) in enumerate(rng.sample(MAZE_RISKS, nr)):
        who, p, c = rng.choice(MAZE_PEOPLE), rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(["Open", "Open", "Closed"])
        _put(rs, 2 + i, 1, [[f"R{i + 1:02d}", made[i], text, who, p, c, plan, st]])
        rs.cell(2 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    risk_targets: Targets = _cols("A", ["id", "raised_date", "title", "owner", "probability"])
    risk_targets |= _cols("F", ["impact", "response", "status"])
    iss = wb.create_sheet("Issues")
    _put(iss, 1, 1, [["ID", "Date", "Issue", "Owner", "Priority", "Due", "Status"]])
    ni = rng.randint(3, 5)
    made = _days(rng, ni, date(2025, 11, 3))
    for i, text in enumerate(rng.sample(MAZE_ISSUES, ni)):
        who, pr = rng.choice(MAZE_PEOPLE), rng.choice(["High", "Medium", "Low"])
        st = rng.choice(["Open", "In Progress", "Closed"])
        due = made[i] + timedelta(days=rng.choice([7, 14, 28]))
        _put(iss, 2 + i, 1, [[f"I{i + 1:02d}", made[i], text, who, pr, due, st]])
        for c in (2, 6):
            iss.cell(2 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    issue_targets: Targets = _cols("A", ["id", "raised_date", "title", "owner", "priority"])
    issue_targets |= _cols("F", ["due_date", "status"])
    acts = wb.create_sheet("Actions")
    _put(acts, 1, 1, [["Action", "Owner", "Due", "Done"]])
    for k in range(rng.randint(2, 4)):
        when = date(2026, 3, 2) + timedelta(days=7 * k)
        _put(acts, 2 + k, 1, [[f"Send minutes of site walk {k + 1}", rng.choice(MAZE_PEOPLE)]])
        acts.cell(2 + k, 3, when).number_format = "dd/mm/yyyy"
        acts.cell(2 + k, 4, rng.choice(["Y", "N"]))
    path = _save(wb, folder, "ie_hedge_maze_consultant_project_log")
    tables = [_one("risks", "Risks", 1, risk_targets, nr)]
    tables.append(_one("issues", "Issues", 1, issue_targets, ni))
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

WAX_STREAMS = ["Figure sculpting", "Exhibition design", "Lighting design", "AV & media"]
WAX_STREAMS += ["Project management"]


def sg_wax_museum_consultancy_fees(folder: Path, rng: random.Random) -> Built:
    """An exhibition consultancy's fee tracker for a Singapore wax museum: a long table of
    `Month` cells, `Workstream`, `Fee budget`, `Fees invoiced` (ex GST), `GST 9%`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fee Tracker")
    ws["A1"] = "Sentosa Wax Gallery Fit-out - Consultancy Fee Tracker"
    ws["A2"] = "Fees in SGD, excluding GST"
    head = ["Month", "Workstream", "Fee budget", "Fees invoiced", "GST 9%", "Invoice no."]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    streams = rng.sample(WAX_STREAMS, rng.randint(3, 4))
    billed = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "SGD")]
    row, inv = 5, rng.randint(2100, 2400)
    for m, month in enumerate(months):
        for stream in streams:
            budget = float(rng.randrange(8, 60) * 500)
            cells: list[object] = [month, stream, budget]
            values.append(ValueFact("finance", (month, stream), "budget", budget))
            if m < billed:
                fee = round(budget * rng.choice([0.8, 0.9, 1.0, 1.1]), 2)
                cells += [fee, round(fee * 0.09, 2), f"INV-{inv}"]
                inv += 1
                values.append(ValueFact("finance", (month, stream), "actual", fee))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    path = _save(wb, folder, "sg_wax_museum_consultancy_fees")
    table = TruthTable("Fee Tracker", 4, "finance", targets,
                       {"finance": len(months) * len(streams)})  # fmt: skip
    return Built(path, [table], values)


RAILWAY_ITEMS = [
    "Preliminaries",
    "Earthworks & drainage",
    "Track laying (7¼ inch gauge)",
    "Tunnel portal",
    "Station platform",
    "Signalling",
    "Landscaping",
]


def au_miniature_railway_progress_claim(folder: Path, rng: random.Random) -> Built:
    """A contractor's progress claim for an Australian miniature railway: a title block
    with `Period ending` and `All amounts AUD excluding GST`, contract / previous / this
    claim / to date columns, `Total`, `GST 10%` and `Total incl. GST` rows."""
    wb = openpyxl.Workbook()
    claim = rng.randint(4, 9)
    ws = _sheet(wb, f"Claim {claim}")
    project = "Wombat Creek Miniature Railway Extension"
    month = date(2026, rng.randint(2, 6), 1)
    end = (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    ws["A1"] = f"Progress Claim No. {claim}"
    _put(ws, 2, 1, [["Project:", project], ["Period ending", end]])
    ws["B3"].number_format = "dd/mm/yyyy"
    ws["A4"] = "All amounts AUD excluding GST"
    head = ["Item", "Description", "Contract value", "Previous claimed", "This claim"]
    head += ["Claimed to date", "% complete"]
    _put(ws, 6, 1, [head])
    items = RAILWAY_ITEMS[: rng.randint(5, 7)]
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "currency", "AUD"),
    ]
    sums = [0.0] * 4
    for i, item in enumerate(items):
        contract = float(rng.randrange(20, 300) * 1000)
        prev = round(contract * rng.choice([0.0, 0.2, 0.4, 0.6]), 2)
        this = round(contract * rng.choice([0.05, 0.1, 0.15, 0.2]), 2)
        todate = prev + this
        row_vals = [contract, prev, this, todate]
        sums = [a + b for a, b in zip(sums, row_vals, strict=True)]
        _put(ws, 7 + i, 1, [[i + 1, item, *row_vals, round(todate / contract, 2)]])
        for c in (3, 4, 5, 6):
            ws.cell(7 + i, c).number_format = "#,##0.00"
        ws.cell(7 + i, 7).number_format = "0%"
        values.append(ValueFact("finance", (month, item), "actual", this))
    low = 7 + len(items)
    _put(ws, low, 2, [["Total", *sums]])
    _put(ws, low + 1, 2, [["GST 10%", None, None, round(sums[2] * 0.1, 2)]])
    _put(ws, low + 2, 2, [["Total incl. GST", None, None, round(sums[2] * 1.1, 2)]])
    for r in range(low, low + 3):
        for c in (3, 4, 5, 6):
            ws.cell(r, c).number_format = "#,##0.00"
    targets: Targets = _cols("A", [None, "cost_line", None, None, "actual", None, None])
    path = _save(wb, folder, "au_miniature_railway_progress_claim")
    table = TruthTable(f"Claim {claim}", 6, "finance", targets, {"finance": len(items)})
    return Built(path, [table], values)


CRICKET_SUPPLIERS = [
    ("Anantnag Willow Traders", "Cleft willow, grade 1"),
    ("Kiln Tech Engineers Pvt Ltd", "Seasoning kiln fabrication"),
    ("Jammu Electricals", "Kiln wiring and panel"),
    ("Srinagar Civil Works", "Kiln shed plinth"),
    ("Thermo Controls India", "Humidity controllers"),
]
INR = "#,##,##0.00"


def in_cricket_bat_factory_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A cricket bat factory's kiln project's supplier invoice log: `Inv. date` cells shown
    `dd-mm-yyyy`, `Supplier`, invoice and PO numbers, `Taxable value (₹)`, `GST (₹)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoice Log")
    ws["A1"] = "Sangam Bats - Willow Seasoning Kiln Project - Supplier invoices"
    head = ["Inv. date", "Supplier", "Invoice no.", "PO no.", "Description"]
    head += ["Taxable value (₹)", "GST (₹)", "Paid on"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 4
    for month in months:
        picked = rng.sample(CRICKET_SUPPLIERS, rng.randint(2, 3))
        days = sorted(rng.sample(range(1, 28), len(picked)))
        for (supplier, desc), day in zip(picked, days, strict=True):
            when = month.replace(day=day)
            amount = float(rng.randrange(20, 900) * 1000)
            paid = when + timedelta(days=rng.choice([15, 30])) if rng.random() < 0.7 else None
            cells: list[object] = [when, supplier, f"{supplier[:3].upper()}/{rng.randint(10, 999)}"]
            cells += [f"PO-{rng.randint(100, 199)}", desc, amount, round(amount * 0.18, 2), paid]
            _put(ws, row, 1, [cells])
            for c in (1, 8):
                ws.cell(row, c).number_format = "dd-mm-yyyy"
            for c in (6, 7):
                ws.cell(row, c).number_format = INR
            values.append(ValueFact("finance", (month, supplier), "actual", amount))
            row += 1
    pairs = sum(1 for v in values if v.register == "finance")
    targets: Targets = _cols("A", ["month", "cost_line", None, None, None, "actual", None, None])
    path = _save(wb, folder, "in_cricket_bat_factory_invoice_log")
    return Built(path, [TruthTable("Invoice Log", 3, "finance", targets, {"finance": pairs})],
                 values)  # fmt: skip


DINO_STAFF = [
    ("Animatronics Engineer", "Tomás Ferreira", "Senior"),
    ("Animatronics Engineer", "TBC", "Mid"),
    ("Sculptor", "Inês Carvalho", "Senior"),
    ("Painter / Finisher", "Rui Matos", "Mid"),
    ("Controls Programmer", "Jack Holden", "Senior"),
    ("Site Supervisor", "TBC", "Lead"),
]


def pt_dinosaur_park_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """An animatronics supplier's staffing plan for a Portuguese dinosaur park: `Role`,
    `Name` (some TBC), `Grade`, `Day rate (EUR)`, month cells of days, `Total days`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Lourinhã Dino Trail - Animatronics Supply - Staffing Plan (days)"
    months = _months(date(2026, rng.choice([3, 4, 5]), 1), 6)
    _put(ws, 3, 1, [["Role", "Name", "Grade", "Day rate (EUR)", *months, "Total days"]])
    for c in range(5, 11):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    staff = rng.sample(DINO_STAFF, rng.randint(4, 6))
    for r, (role, name, grade) in enumerate(staff):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        rate = {"Mid": 520, "Senior": 680, "Lead": 750}[grade]
        _put(ws, 4 + r, 1, [[role, name, grade, rate, *[d or None for d in days], sum(days)]])
    targets: Targets = {"A": "role", "B": "person", "C": None, "D": None}
    path = _save(wb, folder, "pt_dinosaur_park_staffing_plan")
    return Built(path, [TruthTable("Staffing", 3, "resources", targets, {"resources": count})],
                 [])  # fmt: skip


HOVER_MILESTONES = [
    "Discovery report accepted",
    "Ticket gate hardware delivered",
    "Booking engine integrated with the fare system",
    "User acceptance testing passed",
    "Go-live at Southsea terminal",
    "Go-live at Ryde terminal",
    "Hypercare exit",
]
HOVER_STATUS = {"Accepted": "Complete", "Submitted": None, "Not due": None}


def gb_hovercraft_terminal_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """A ticketing supplier's SOW payment milestones for a hovercraft terminal: `MS` M1..,
    contract / forecast / accepted dates shown `d mmm yyyy`, payments ex VAT, acceptance
    words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "Solent Hover Terminals - Smart Ticketing"
    ws["A2"] = "SOW 03 - Payment milestones (fixed price)"
    head = ["MS", "Milestone / deliverable", "Contract date", "Forecast", "Accepted on"]
    head += ["Payment (GBP ex VAT)", "Acceptance"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(HOVER_MILESTONES[:n]):
        slip = base[i] + timedelta(days=rng.choice([0, 7, 14]))
        if i < done:
            st, forecast, actual = "Accepted", None, slip
        else:
            st, forecast, actual = rng.choice(["Submitted", "Not due", "Not due"]), slip, None
        pay = float(rng.randrange(10, 80) * 1000)
        _put(ws, 5 + i, 1, [[f"M{i + 1}", name, base[i], forecast, actual, pay, st]])
        for c in (3, 4, 5):
            ws.cell(5 + i, c).number_format = "d mmm yyyy"
        ws.cell(5 + i, 6).number_format = "£#,##0"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
        ]
        if forecast:
            values.append(ValueFact("milestones", i, "forecast_date", forecast))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if HOVER_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", HOVER_STATUS[st]))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, "status"])
    path = _save(wb, folder, "gb_hovercraft_terminal_sow_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 4, targets, n)], values)


GOLF_DELIVERABLES = [
    "Site shortlist for the Leipzig venue",
    "Blacklight course concept design",
    "Booking system vendor selection",
    "Fit-out tender pack",
    "Staff training plan",
    "Opening marketing plan",
]
GOLF_STATUS = {"Complete": "Complete", "On track": None, "At risk": "At Risk", "Late": "Late"}


def de_mini_golf_consultancy_status_pack(folder: Path, rng: random.Random) -> Built:
    """A consultancy's fortnightly status report to an indoor mini golf chain: client and
    engagement rows, a `Period` text and a `Report date` cell, RAG words, a deliverables
    table with `dd.mm.yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project = "GlowPutt Leipzig Venue Launch"
    pm, lead = "Katrin Schäfer", "Jonas Albrecht"
    report = date(2026, 3, rng.choice([13, 27]))
    start = report - timedelta(days=13)
    ws["A1"] = "Fortnightly Status Report"
    rows: list[list[object]] = [["Client", "GlowPutt Indoor Minigolf GmbH"]]
    rows += [["Client project", project], ["Engagement", "Venue roll-out advisory (SOW 2)"]]
    rows += [["Client project manager", pm], ["Engagement lead", lead]]
    rows += [["Period", f"{start:%d.%m.%Y} - {report:%d.%m.%Y}"], ["Report date", report]]
    _put(ws, 3, 1, rows)
    ws["B9"].number_format = "dd.mm.yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 11, 1, [["Overall", rags[0]], ["Timeline", rags[1]], ["Budget (fees)", rags[2]]])
    _put(ws, 14, 1, [["Scope", rags[3]]])
    summary = rng.choice(
        [
            "Lease for the Leipzig site signed; fit-out tender out next week.",
            "Booking vendor demo slipped a week; concept design approved by the board.",
        ]
    )
    _put(ws, 16, 1, [["Key messages", summary]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A18"] = "Deliverables & milestones"
    _put(ws, 19, 1, [["Deliverable", "Planned", "Forecast", "Status"]])
    n = rng.randint(4, 6)
    planned = _days(rng, n, date(2026, 1, 12))
    for i, name in enumerate(GOLF_DELIVERABLES[:n]):
        fc = planned[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        st = "Complete" if fc < report else rng.choice(["On track", "At risk", "Late"])
        _put(ws, 20 + i, 1, [[name, f"{planned[i]:%d.%m.%Y}", f"{fc:%d.%m.%Y}", st]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if GOLF_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", GOLF_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "de_mini_golf_consultancy_status_pack")
    return Built(path, [_one("milestones", "Status", 19, targets, n)], values)


HELD_OUT_65: tuple[Layout, ...] = (
    Layout(
        "ch_toboggan_run_supplier_raid",
        "Swiss track maker's RAID extract for a client's toboggan run (supplier refs, Party)",
        ch_toboggan_run_supplier_raid,
    ),
    Layout(
        "us_drive_in_cinema_av_issue_log",
        "US drive-in cinema AV contractor's site issue log (SI-001, Med, On Hold)",
        us_drive_in_cinema_av_issue_log,
    ),
    Layout(
        "gb_bagpipe_workshop_design_decisions",
        "Scottish bagpipe workshop architects' design decision register (DDR-01, RIBA stage)",
        gb_bagpipe_workshop_design_decisions,
    ),
    Layout(
        "jp_roller_coaster_vendor_risks",
        "Japanese roller coaster vendor risk register (party owners, ISO text, Transferred)",
        jp_roller_coaster_vendor_risks,
    ),
    Layout(
        "ca_waterpark_client_dependencies",
        "Canadian waterpark integrator's client dependencies (CD-01, Received / Overdue)",
        ca_waterpark_client_dependencies,
    ),
    Layout(
        "ie_hedge_maze_consultant_project_log",
        "Irish hedge maze consultant's project log (Cover, Risks, Issues, Actions sheets)",
        ie_hedge_maze_consultant_project_log,
    ),
    Layout(
        "sg_wax_museum_consultancy_fees",
        "Singapore wax museum consultancy fee tracker, long (budget / invoiced ex GST)",
        sg_wax_museum_consultancy_fees,
    ),
    Layout(
        "au_miniature_railway_progress_claim",
        "Australian miniature railway contractor's progress claim (this claim, ex GST)",
        au_miniature_railway_progress_claim,
    ),
    Layout(
        "in_cricket_bat_factory_invoice_log",
        "Indian cricket bat factory supplier invoice log (taxable value and GST in ₹)",
        in_cricket_bat_factory_invoice_log,
    ),
    Layout(
        "pt_dinosaur_park_staffing_plan",
        "Portuguese dinosaur park supplier staffing plan in days (TBC names, day rates)",
        pt_dinosaur_park_staffing_plan,
    ),
    Layout(
        "gb_hovercraft_terminal_sow_milestones",
        "English hovercraft terminal SOW payment milestones (Accepted / Submitted / Not due)",
        gb_hovercraft_terminal_sow_milestones,
    ),
    Layout(
        "de_mini_golf_consultancy_status_pack",
        "German mini golf consultancy status pack (client project, fee RAG, dd.mm text)",
        de_mini_golf_consultancy_status_pack,
    ),
)
