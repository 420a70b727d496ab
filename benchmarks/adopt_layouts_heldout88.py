"""The eighty-eighth held-out batch (``HELD_OUT_88``, round 36): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind:
SUPPLIER AND CONSULTANCY REPORTS from CONTRACTORS, INTEGRATORS, MANUFACTURERS AND
FACILITIES SUPPLIERS: workbooks a client's project receives from (or keeps about, or sends
to) its builders, engineering firms, system integrators, equipment makers and facilities
managers, which the client's PMO adopts as its registers and trackers, in twelve countries
(Colombia, Norway, Kenya, Poland, the Philippines, South Africa, New Zealand, the United
Kingdom, India, Germany, Saudi Arabia, Switzerland): a cut flower packhouse, a ship lift,
a pyrethrum extraction plant, a cement silo terminal, a wharf crane, a platinum refinery,
a railway workshop, a bus station, a milk chilling centre, a rotary press, a souq
restoration and a cable way's stations.

Registers:

- ``colombia_cut_flower_packhouse_contractor_raid``: a design-and-build contractor's RAID
  matrix, header on row 4 under a merged title: `Item` 1.., `Category` Risk / Assumption /
  Issue / Dependency, `Description`, `Responsible`, `Date logged` `dd/mm/yyyy` text,
  `Status` Open / Closed; a Spanish note line under the table.
- ``norway_ship_lift_ncr_log``: a steelwork subcontractor's non-conformance log: `NCR nr.`
  NCR-0xx, `Date issued` cells `dd.mm.yyyy`, `Non-conformance`, `Discipline`, `Raised by`,
  `Responsible`, `Disposition` Repair / Use as is / Reject / Rework, `Close-out` date cells
  only on closed rows, `Status` Open / Closed.
- ``kenya_pyrethrum_plant_rfi_log``: an EPC contractor's RFI register read as issues:
  `RFI No.` RFI-001.., `Subject`, `Date sent` `d/m/yyyy` text, `Response required by` date
  cells, `Addressed to` The Engineer / Client / Architect, `Response` (blank while
  awaited), `Status` Awaiting response / Answered / Closed.
- ``poland_cement_silo_change_log``: a systems integrator's change log read as decisions
  (sheet `Rejestr zmian`): `Nr` CR-01.., `Data` `dd.mm.yyyy` text, `Change`, `Reason`,
  `Cost impact (PLN net)`, `Approved by`, `Decision` Approved / Rejected.
- ``philippines_wharf_crane_client_supplied_items``: a crane maker's schedule of
  client-supplied items: `CSI No.`, `Item`, `Qty` (text like `1 lot`), `Required on site`
  cells `m/d/yyyy`, `Client focal person`, `Status` Delivered / Pending / Late, `Remarks`.
- ``south_africa_platinum_refinery_tender_assumptions``: an engineering contractor's tender
  qualifications: a title block with the tender sum in rand (`R 48 250 000,00 excl. VAT`
  text), `No.` A1.., `Assumption`, `Consequence if incorrect`; an `Exclusions` sheet (`No.`
  E1.., `Exclusion`).

Trackers:

- ``nz_railway_workshop_progress_report``: a main contractor's monthly progress report:
  label / value rows (`Project`, `Contract No.`, `Principal`, `Contractor`, `Period ending`
  cell `d/mm/yyyy`), a `Status` / `RAG` block (`Overall`, `Programme`, `Cost`, `Health &
  Safety`), then `Key dates` (`Key date` KD1.., `Description`, `Contract date`, `Forecast`,
  `Achieved` date cells, `Status` Complete / On track / At risk).
- ``uk_bus_station_interim_valuations``: a quantity surveyor's interim valuation log:
  `Val No.`, `Valuation date` cells `dd/mm/yyyy`, `Section`, `Gross to date`, `Previously
  valued`, `This valuation (excl. VAT)` in `£#,##0.00`, a note on retention and VAT.
- ``india_milk_chilling_centre_cash_flow``: a turnkey contractor's cash flow to completion:
  `Cost head` down, `mmm-yy` month cells across from April, an `Actual` / `Projected` row
  under them, rupees in the Indian lakh / crore grouping format, `₹, excl. GST` in the
  title, a `Total` row.
- ``germany_rotary_press_delivery_schedule``: a press maker's delivery milestone plan with
  bilingual headers (`Meilenstein / Milestone`, `Vertragstermin / Contract date`,
  `Prognose / Forecast`, `Ist / Actual` cells `dd.mm.yyyy`), `Pos.` 10, 20.., `Zahlung %`,
  `Verantwortlich`, a `Stand: KW nn/2026` line.
- ``saudi_souq_resource_histogram``: a contractor's manpower histogram: `Trade` down,
  `mmm-yy` month cells across, head counts on site, blanks where a trade is off site, a
  `Total manpower` row.
- ``swiss_cable_way_fm_invoice_log``: a facilities management supplier's invoice log in
  German: `Rechnung Nr.`, `Datum` `dd.mm.yyyy` text, `Leistung` (the service), `Netto CHF`
  with apostrophe thousands, `MWST 8.1%`, `Brutto`; one invoice per service a month.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the change log: a change log read as decisions; a `Rejected` change's text is not what
  was decided: no decision fact on rejected rows (date, reason as rationale and `Approved
  by` as the maker kept); `Decision` column left out; PLN (no standard currency): no
  currency fact, the cost column left out; `CR-01` (no decision prefix): no id fact;
- the tender qualifications' `Exclusions` sheet (assumptions turned inside out, or no
  register at all?): no truth table, no facts; the rand tender sum: no fact (ZAR is no
  standard currency, and a tender sum is no finance line); `A1` is A-001 (the tuning
  batches' reading of `A1` refs); `Consequence if incorrect` is the impact if false;
- the client-supplied items (inbound to the contractor, outbound from the client: whose
  direction?): no direction fact; `Pending` (Open or On Track?): no status fact,
  `Delivered` is Delivered, `Late` Late; `Client focal person` is the owner; `Qty` and
  `Remarks` left out; `CSI-01`: no id fact;
- the RFI register: `Awaiting response` is Open, `Answered` Resolved, `Closed` Closed;
  `Addressed to` (a party, not a person): no owner fact; `Response` is the resolution;
  `Response required by` the due date; `RFI-001` (no issue prefix): no id fact;
- the NCR log: `Disposition` (a resolution or a decision?): left out; `Raised by` and
  `Discipline` left out; `Responsible` the owner; `Close-out` the closed date; `NCR-0xx`:
  no id fact;
- the RAID matrix: `Item` numbers: no id fact; a dependency's `Date logged` (no raised
  date in the dependency standard): no fact; the note line under the table is no item;
- the progress report: `Programme` is the schedule RAG (British and New Zealand usage);
  `Health & Safety` has no standard RAG: no fact; `Principal` and `Contractor` (no
  project manager named): no project manager fact; `Contract No.`: no project id fact;
  `On track` (In Progress or Not Started?): no status fact, `Complete` Complete, `At risk`
  At Risk; `Contract date` is the baseline, `Achieved` the actual; `KD1`: no id fact;
- the valuations: the month is the valuation date's, the cost line the `Section`, the
  actual `This valuation (excl. VAT)`; `Gross to date` and `Previously valued` left out;
  GBP; `Val No.` left out;
- the cash flow: the `Actual` / `Projected` row says each month's measure (`Projected` is
  forecast); INR; `Total`: no line;
- the press schedule: `Vertragstermin / Contract date` is the baseline; `Pos.` and
  `Zahlung %` left out; `Verantwortlich` the owner; no currency; (the round-36 audit: the
  `Stand: KW nn/2026` week is raised to the last `Ist` date's week when it fell before it,
  a cell that contradicted the sheet at 12 of seeds 0-199; no fact changes);
- the manpower histogram: head counts, not days: no truth table at all (the round-36
  audit: SPEC's resources hold planned days, and a headcount grid by month is one of
  adoption's documented not-registers; the writer's reading, a resources table counting
  one line per non-blank trade and month, is withdrawn, 4 facts at seed 2026);
- the invoice log: the month is `Datum`'s, the cost line `Leistung`, the actual the net
  (MWST and Brutto left out); CHF; `Rechnung Nr.` left out.

Readings used: date cells are what they hold; text dates are day first (one past the 12th
in each column); ids in no standard shape get no id fact. It was written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.
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
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

FLOWER_ROWS = [
    ("Risk", "Cold room refrigerant deliveries held at Cartagena customs"),
    ("Risk", "Rainy season delays the packhouse slab pour"),
    ("Assumption", "Grower keeps the existing grading hall running during works"),
    ("Assumption", "Existing 13.2 kV feeder can take the new cold rooms"),
    ("Issue", "Municipal licence for the loading bays still not issued"),
    ("Issue", "Drainage falls in the bouquet hall do not meet the drawings"),
    ("Dependency", "Client's forklift and pallet racking order"),
    ("Dependency", "Airline cargo slot agreement for the pre-cooling tunnel test"),
]
FLOWER_PEOPLE = ["Andrés Restrepo", "Catalina Gómez", "Juan Pablo Ospina", "Luisa Vélez"]
FLOWER_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
FLOWER_REG["Dependency"] = "dependencies"
FLOWER_STATUS = {"risks": ["Open", "Closed"], "assumptions": ["Open", "Closed"]}
FLOWER_STATUS |= {"issues": ["Open", "Closed"], "dependencies": ["Open", "Closed"]}


def colombia_cut_flower_packhouse_contractor_raid(folder: Path, rng: random.Random) -> Built:
    """A design-and-build contractor's RAID matrix for a cut flower packhouse near Bogotá:
    `Item` numbers, `Category` words, `Responsible`, `Date logged` `dd/mm/yyyy` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Poscosecha Sabana - New cut flower packhouse and cold rooms"
    ws["A2"] = "Contractor RAID matrix - Constructora Andina S.A.S. - for the client's PMO"
    ws.merge_cells("A1:F1")
    head = ["Item", "Category", "Description", "Responsible", "Date logged", "Status"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(FLOWER_ROWS) if k % 2 == 0 or rng.random() < 0.7]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 12))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for k, (kind, text) in enumerate(rows):
        reg = FLOWER_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(FLOWER_PEOPLE), rng.choice(FLOWER_STATUS[reg] + ["Open"])
        _put(ws, 5 + k, 1, [[k + 1, kind, text, who, _dmy(logged[k]), st]])
        field = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, field, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    ws.cell(6 + len(rows), 1, "Matriz revisada en el comité de obra semanal.")
    targets: Targets = _cols("A", [None, "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    path = _save(wb, folder, "colombia_cut_flower_packhouse_contractor_raid")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


SHIP_NCRS = [
    ("Weld porosity in the caisson side wall, seam 14", "Mechanical"),
    ("Guide rail alignment outside tolerance at level +6", "Mechanical"),
    ("Concrete cover below spec in the upper sill", "Civil"),
    ("Hydraulic hose routing differs from the approved drawing", "Hydraulics"),
    ("Cable trays installed without earthing bonds", "Electrical"),
    ("Paint dry film thickness low on counterweight sheaves", "Coatings"),
    ("Anchor bolt grout not cured before loading", "Civil"),
]
SHIP_PEOPLE = ["Kari Nordmann", "Ola Haugen", "Ingrid Solberg", "Magnus Berg", "Silje Dahl"]


def norway_ship_lift_ncr_log(folder: Path, rng: random.Random) -> Built:
    """A steelwork subcontractor's non-conformance log for a ship lift on the west coast:
    `NCR nr.` NCR-0xx, `Date issued` cells `dd.mm.yyyy`, `Responsible`, `Disposition`,
    `Close-out` date cells only when closed, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "NCR log")
    ws["A1"] = "Strandvik skipsløft - Non-conformance register (NCR)"
    ws["A2"] = f"Rev. {rng.randint(3, 11)} - issued to the client's site team"
    head = ["NCR nr.", "Date issued", "Non-conformance", "Discipline", "Raised by"]
    _put(ws, 4, 1, [[*head, "Responsible", "Disposition", "Close-out", "Status"]])
    n = rng.randint(4, 7)
    issued = _days(rng, n, date(2025, 11, 17))
    values: list[ValueFact] = []
    for i, (text, disc) in enumerate(rng.sample(SHIP_NCRS, n)):
        who, by = rng.sample(SHIP_PEOPLE, 2)
        st = rng.choice(["Open", "Open", "Closed"])
        disp = rng.choice(["Repair", "Use as is", "Reject", "Rework"])
        shut = issued[i] + timedelta(days=rng.randint(4, 30)) if st == "Closed" else None
        num = f"NCR-{rng.randint(0, 9)}{i + 10}"
        _put(ws, 5 + i, 1, [[num, issued[i], text, disc, by, who, disp, shut, st]])
        ws.cell(5 + i, 2).number_format = "dd.mm.yyyy"
        ws.cell(5 + i, 8).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "raised_date", issued[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", st),
        ]
        if shut:
            values.append(ValueFact("issues", i, "closed_date", shut))
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, None])
    targets |= _cols("F", ["owner", None, "closed_date", "status"])
    path = _save(wb, folder, "norway_ship_lift_ncr_log")
    return Built(path, [_one("issues", "NCR log", 4, targets, n)], values)


PYRETHRUM_RFIS = [
    "Confirm the solvent tank bund height on drawing P-104",
    "Boiler flue route clashes with the flower drying racks",
    "Clarify the fire water ring main pipe class",
    "Extraction column foundation loads not on the civil drawings",
    "Which hazardous area zone applies to the refining room?",
    "Confirm the KPLC metering kiosk position",
    "Finish to the laboratory floor not specified",
]
PYRETHRUM_STATUS = {"Awaiting response": "Open", "Answered": "Resolved", "Closed": "Closed"}
PYRETHRUM_TO = ["The Engineer", "Client", "Architect"]


def kenya_pyrethrum_plant_rfi_log(folder: Path, rng: random.Random) -> Built:
    """An EPC contractor's RFI register for a pyrethrum extraction plant near Nakuru:
    `RFI No.`, `Subject`, `Date sent` `d/m/yyyy` text, `Response required by` date cells,
    `Addressed to`, `Response`, Awaiting response / Answered / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RFI Register")
    ws["A1"] = "PYRETHRUM EXTRACTION PLANT - NAKURU"
    ws["A2"] = "REQUEST FOR INFORMATION REGISTER (Contractor: Rift Valley EPC Ltd)"
    head = ["RFI No.", "Subject", "Date sent", "Response required by", "Addressed to"]
    _put(ws, 4, 1, [[*head, "Response", "Status"]])
    n = rng.randint(4, 7)
    sent = _days(rng, n, date(2026, 1, 6))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PYRETHRUM_RFIS, n)):
        st = rng.choice(list(PYRETHRUM_STATUS))
        due = sent[i] + timedelta(days=rng.choice([7, 10, 14]))
        reply = None if st == "Awaiting response" else "See Engineer's instruction attached"
        d = sent[i]
        row = [f"RFI-{i + 1:03d}", text, f"{d.day}/{d.month}/{d.year}", due]
        _put(ws, 5 + i, 1, [[*row, rng.choice(PYRETHRUM_TO), reply, st]])
        ws.cell(5 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", d),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", PYRETHRUM_STATUS[st]),
        ]
        if reply:
            values.append(ValueFact("issues", i, "resolution", reply))
    targets: Targets = _cols("A", [("id", None), "title", "raised_date", "due_date", None])
    targets |= _cols("F", ["resolution", "status"])
    path = _save(wb, folder, "kenya_pyrethrum_plant_rfi_log")
    return Built(path, [_one("issues", "RFI Register", 4, targets, n)], values)


SILO_CHANGES = [
    ("Second bulk loading spout added to silo 2", "Client request: more truck throughput"),
    ("Aeration blower upgraded to 75 kW", "Cement fineness changed by the client"),
    ("PLC brand changed to the client's site standard", "Maintenance spares policy"),
    ("Weighbridge moved 12 m north", "Conflict with the existing rail siding"),
    ("Dust filter on the silo roof changed to a cartridge type", "Emission permit limit"),
    ("Level radar replaces the rotary paddle switches", "Supplier lead time"),
]
SILO_PEOPLE = ["Tomasz Kowalski", "Agnieszka Nowak", "Piotr Wiśniewski", "Rada budowy"]


def poland_cement_silo_change_log(folder: Path, rng: random.Random) -> Built:
    """A systems integrator's change log for a cement silo terminal near Opole: `Nr`
    CR-01.., `Data` `dd.mm.yyyy` text, `Change`, `Reason`, a PLN net cost, `Approved by`,
    `Decision` Approved / Rejected."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rejestr zmian")
    ws["A1"] = "Terminal cementu Opole - Change log / Rejestr zmian"
    head = ["Nr", "Data", "Change", "Reason", "Cost impact (PLN net)", "Approved by"]
    _put(ws, 3, 1, [[*head, "Decision"]])
    n = rng.randint(3, 6)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(SILO_CHANGES, n)):
        who = rng.choice(SILO_PEOPLE)
        cost = float(rng.randrange(5, 400) * 250)
        verdict = rng.choice(["Approved", "Approved", "Rejected"])
        _put(ws, 4 + i, 1, [[f"CR-{i + 1:02d}", _dmy(when[i], "."), text, why, cost, who]])
        _put(ws, 4 + i, 7, [[verdict]])
        ws.cell(4 + i, 5).number_format = "#,##0.00"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
        if verdict == "Approved":  # a rejected change's text is not what was decided
            values.append(ValueFact("decisions", i, "decision", text))
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", None])
    targets |= _cols("F", ["made_by", None])
    path = _save(wb, folder, "poland_cement_silo_change_log")
    return Built(path, [_one("decisions", "Rejestr zmian", 3, targets, n)], values)


CRANE_ITEMS = [
    ("Shore power 6.6 kV connection at the crane rail", "1 lot"),
    ("Crane rail foundation beam as-built survey", "1 set"),
    ("Port IT network fibre to the crane cabin", "1 lot"),
    ("Hard stand for crane erection", "1 area"),
    ("Customs clearance of the crane boom", "1 shipment"),
    ("Security passes for the erection crew", "24 pcs"),
    ("Tugboat standby during ship unloading", "2 days"),
]
CRANE_PEOPLE = ["Engr. Maria Santos", "Jose Reyes", "Ana Dela Cruz", "Rommel Bautista"]
CRANE_STATUS = {"Delivered": "Delivered", "Pending": None, "Late": "Late"}


def philippines_wharf_crane_client_supplied_items(folder: Path, rng: random.Random) -> Built:
    """A crane maker's schedule of client-supplied items for a wharf crane at a Mindanao
    port: `CSI No.`, `Item`, `Qty`, `Required on site` `m/d/yyyy` cells, `Client focal
    person`, Delivered / Pending / Late."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Supplied Items")
    ws["A1"] = "Supply and Erection of One (1) Ship-to-Shore Wharf Crane"
    ws["A2"] = "Schedule of Owner-furnished / client-supplied items"
    head = ["CSI No.", "Item", "Qty", "Required on site", "Client focal person", "Status"]
    _put(ws, 4, 1, [[*head, "Remarks"]])
    n = rng.randint(4, 7)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, qty) in enumerate(rng.sample(CRANE_ITEMS, n)):
        who, st = rng.choice(CRANE_PEOPLE), rng.choice(list(CRANE_STATUS))
        note = "Follow up at the weekly coordination meeting" if st == "Late" else None
        _put(ws, 5 + i, 1, [[f"CSI-{i + 1:02d}", text, qty, need[i], who, st, note]])
        ws.cell(5 + i, 4).number_format = "m/d/yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "owner", who),
        ]
        if CRANE_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", CRANE_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", None, "need_by", "owner", "status"])
    targets |= {"G": None}
    path = _save(wb, folder, "philippines_wharf_crane_client_supplied_items")
    tables = [_one("dependencies", "Client Supplied Items", 4, targets, n)]
    return Built(path, tables, values)


REFINERY_ASSUMPTIONS = [
    ("Site access via the existing mine gate, 24 hours", "Time and cost claim"),
    ("Eskom supply at 11 kV is available at the substation", "Temporary generators"),
    ("Geotechnical report dated 2025 remains valid", "Foundation redesign"),
    ("Free issue of process water by the client", "Water tankering cost"),
    ("No work stoppage for community unrest", "Extension of time"),
    ("Acid-resistant lining supplied by the client's nominated supplier", "Programme delay"),
    ("Mine induction takes no more than two days a person", "Labour standing time"),
]
REFINERY_EXCLUSIONS = ["Removal of contaminated soil", "Spare parts beyond commissioning"]
REFINERY_EXCLUSIONS += ["Permits under the National Environmental Management Act"]


def south_africa_platinum_refinery_tender_assumptions(folder: Path, rng: random.Random) -> Built:
    """An engineering contractor's tender qualifications for a platinum refinery expansion
    near Rustenburg: a title block with the tender sum in rand (`R 48 250 000,00 excl.
    VAT`), a `No.` / `Assumption` / `Consequence if incorrect` table, an `Exclusions` sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "PGM Refinery Expansion - Tender Qualifications"
    sum_rand = rng.randrange(30, 90) * 1_000_000 + rng.randrange(0, 99) * 10_000
    whole = f"{sum_rand:,}".replace(",", " ")
    ws["A2"] = f"Tender sum: R {whole},00 excl. VAT (validity 90 days)"
    _put(ws, 4, 1, [["No.", "Assumption", "Consequence if incorrect"]])
    n = rng.randint(4, 7)
    values: list[ValueFact] = []
    for i, (text, cons) in enumerate(rng.sample(REFINERY_ASSUMPTIONS, n)):
        _put(ws, 5 + i, 1, [[f"A{i + 1}", text, cons]])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", cons),
        ]
    ws2 = wb.create_sheet("Exclusions")
    _put(ws2, 1, 1, [["No.", "Exclusion"]])
    for i, text in enumerate(REFINERY_EXCLUSIONS):
        _put(ws2, 2 + i, 1, [[f"E{i + 1}", text]])
    targets: Targets = _cols("A", ["id", "assumption", "impact_if_false"])
    path = _save(wb, folder, "south_africa_platinum_refinery_tender_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


WORKSHOP_KEYS = [
    "Site establishment complete",
    "Pit road slab poured",
    "Building enclosed (weathertight)",
    "Overhead crane commissioned",
    "Wheel lathe installed",
    "Separable Portion 1 practical completion",
]
WORKSHOP_STATUS = {"Complete": "Complete", "On track": None, "At risk": "At Risk"}


def nz_railway_workshop_progress_report(folder: Path, rng: random.Random) -> Built:
    """A main contractor's monthly progress report for a railway workshop in Hutt Valley:
    label rows (`Project`, `Contract No.`, `Principal`, `Contractor`, `Period ending` cell
    `d/mm/yyyy`), a RAG block (`Overall`, `Programme`, `Cost`, `Health & Safety`), then key
    dates (`Contract date`, `Forecast`, `Achieved`, Complete / On track / At risk)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly Report")
    project = "Hutt Rail Maintenance Workshop"
    end = date(2026, 3, 31) if rng.random() < 0.5 else date(2026, 4, 30)
    ws["A1"] = f"Monthly Progress Report No. {rng.randint(8, 14)}"
    rows: list[list[object]] = [["Project", project], ["Contract No.", "GW-2291"]]
    rows += [["Principal", "Greater Wellington Rail"], ["Contractor", "Tasman Constructors"]]
    rows += [["Period ending", end]]
    _put(ws, 3, 1, rows)
    ws["B7"].number_format = "d/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 9, 1, [["Status", "RAG"], ["Overall", rags[0]], ["Programme", rags[1]]])
    _put(ws, 12, 1, [["Cost", rags[2]], ["Health & Safety", rags[3]]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "report_date", end),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
    ]
    ws["A15"] = "Key dates"
    head = ["Key date", "Description", "Contract date", "Forecast", "Achieved", "Status"]
    _put(ws, 16, 1, [head])
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2025, 12, 8))
    for i, name in enumerate(WORKSHOP_KEYS[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 35]))
        done = fc <= end
        st = "Complete" if done else ("At risk" if fc > base[i] else "On track")
        _put(ws, 17 + i, 1, [[f"KD{i + 1}", name, base[i], fc, fc if done else None, st]])
        for c in (3, 4, 5):
            ws.cell(17 + i, c).number_format = "d/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", fc))
        if WORKSHOP_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", WORKSHOP_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date"])
    targets |= _cols("D", ["forecast_date", "actual_date", "status"])
    path = _save(wb, folder, "nz_railway_workshop_progress_report")
    return Built(path, [_one("milestones", "Monthly Report", 16, targets, n)], values)


BUS_SECTIONS = ["Preliminaries", "Substructure", "Canopy steel frame", "Concourse fit-out"]
BUS_SECTIONS += ["Mechanical & electrical", "External works"]


def uk_bus_station_interim_valuations(folder: Path, rng: random.Random) -> Built:
    """A quantity surveyor's interim valuation log for a bus station rebuild in the
    Midlands: `Val No.`, `Valuation date` cells `dd/mm/yyyy`, `Section`, `Gross to date`,
    `Previously valued`, `This valuation (excl. VAT)`, GBP."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuations")
    ws["A1"] = "Bus Station Redevelopment - JCT D&B 2016 - Interim valuations (£)"
    head = ["Val No.", "Valuation date", "Section", "Gross to date", "Previously valued"]
    _put(ws, 3, 1, [[*head, "This valuation (excl. VAT)"]])
    months = _months(date(2025, 9, 1), rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    gross: dict[str, float] = {}
    row, count = 4, 0
    for v, month in enumerate(months):
        day = date(month.year, month.month, rng.choice([25, 26, 27, 28]))
        for sec in rng.sample(BUS_SECTIONS, rng.randint(2, 4)):
            this = round(rng.randrange(10, 300) * 437.5, 2)
            before = gross.get(sec, 0.0)
            gross[sec] = before + this
            _put(ws, row, 1, [[v + 1, day, sec, gross[sec], before, this]])
            ws.cell(row, 2).number_format = "dd/mm/yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "£#,##0.00"
            values.append(ValueFact("finance", (month, sec), "actual", this))
            row, count = row + 1, count + 1
    ws.cell(row + 1, 1, "Retention at 3% and VAT at 20% shown on each payment notice.")
    targets: Targets = _cols("A", [None, "month", "cost_line", None, None, "actual"])
    path = _save(wb, folder, "uk_bus_station_interim_valuations")
    table = TruthTable("Valuations", 3, "finance", targets, {"finance": count})
    return Built(path, [table], values)


CHILL_HEADS = ["Civil works", "Bulk milk coolers", "Generator set", "Solar PV"]
CHILL_HEADS += ["Electrical & plumbing", "Contractor overheads"]


INDIAN = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0"


def india_milk_chilling_centre_cash_flow(folder: Path, rng: random.Random) -> Built:
    """A turnkey contractor's cost-to-complete cash flow for a milk chilling centre in
    Gujarat: cost heads down, `mmm-yy` month cells across from April, an `Actual` /
    `Projected` row under them, rupees in Indian grouping (`#,##,##0`), a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash flow")
    ws["A1"] = "Milk Chilling Centre, Anand - Cash flow to completion (Amount in ₹, excl. GST)"
    months = _months(date(2026, 4, 1), 6)
    done = rng.randint(1, 4)
    _put(ws, 3, 1, [["Cost head", *months]])
    for c in range(2, 8):
        ws.cell(3, c).number_format = "mmm-yy"
    _put(ws, 4, 1, [[None, *["Actual" if m < done else "Projected" for m in range(6)]]])
    lines = rng.sample(CHILL_HEADS, rng.randint(3, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    totals = [0.0] * 6
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(2, 90) * 12500) for _ in months]
        _put(ws, 5 + r, 1, [[line, *amounts]])
        for m, (month, amount) in enumerate(zip(months, amounts, strict=True)):
            ws.cell(5 + r, 2 + m).number_format = INDIAN
            measure = "actual" if m < done else "forecast"
            values.append(ValueFact("finance", (month, line), measure, amount))
            totals[m] += amount
    _put(ws, 5 + len(lines), 1, [["Total", *totals]])
    path = _save(wb, folder, "india_milk_chilling_centre_cash_flow")
    table = TruthTable("Cash flow", 3, "finance", {"A": "cost_line"}, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


PRESS_STEPS = [
    "Freigabe Aufstellungsplan / Layout approval",
    "Werksabnahme (FAT) / Factory acceptance test",
    "Lieferung Druckwerke / Printing units delivered",
    "Lieferung Falzapparat / Folder delivered",
    "Montage abgeschlossen / Erection complete",
    "Probedruck / Trial print run",
    "Übergabe / Handover",
]
PRESS_PEOPLE = ["Jürgen Becker", "Sabine Hoffmann", "Lukas Schäfer"]


def germany_rotary_press_delivery_schedule(folder: Path, rng: random.Random) -> Built:
    """A press manufacturer's delivery milestone schedule for a newspaper's rotary press
    near Augsburg: bilingual `Meilenstein / Milestone`, `Vertragstermin / Contract date`,
    `Prognose / Forecast`, `Ist / Actual` cells `dd.mm.yyyy`, `Verantwortlich`, a payment %."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Terminplan")
    ws["A1"] = "Rollenoffset-Rotation - Liefer- und Meilensteinplan"
    week = rng.randint(5, 20)
    head = ["Pos.", "Meilenstein / Milestone", "Vertragstermin / Contract date"]
    head += ["Prognose / Forecast", "Ist / Actual", "Zahlung %", "Verantwortlich"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(0, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(PRESS_STEPS[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 28]))
        actual = fc if i < done else None
        who = rng.choice(PRESS_PEOPLE)
        pct = [0.1, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1][i]
        _put(ws, 5 + i, 1, [[f"{i + 1}0", name, base[i], fc, actual, pct, who]])
        for c in (3, 4, 5):
            ws.cell(5 + i, c).number_format = "dd.mm.yyyy"
        ws.cell(5 + i, 6).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "owner", who),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    # audited in round 36: the status week is never before an achieved (`Ist`) date
    facts = [v for v in values if v.column == "actual_date"]
    achieved = [v.expected for v in facts if isinstance(v.expected, date)]
    if achieved and max(achieved).isocalendar().year == 2026:
        week = max(week, max(achieved).isocalendar().week)
    ws["A2"] = f"Stand: KW {week}/2026"
    targets: Targets = _cols("A", [None, "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, "owner"])
    path = _save(wb, folder, "germany_rotary_press_delivery_schedule")
    return Built(path, [_one("milestones", "Terminplan", 4, targets, n)], values)


SOUQ_TRADES = ["Masons", "Carpenters", "Steel fixers", "Electricians", "Plumbers"]
SOUQ_TRADES += ["Painters", "Scaffolders", "Helpers"]


def saudi_souq_resource_histogram(folder: Path, rng: random.Random) -> Built:
    """A contractor's manpower histogram for a souq restoration in Jeddah's old town:
    `Trade` down, month cells across (`mmm-yy`), head counts, blanks where a trade is off
    site, a `Total manpower` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Manpower histogram")
    ws["A1"] = "Historic Souq Restoration - Planned manpower histogram (heads on site)"
    months = _months(date(2026, 1, 1), 8)
    _put(ws, 3, 1, [["Trade", *months]])
    for c in range(2, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    trades = rng.sample(SOUQ_TRADES, rng.randint(4, 7))
    totals = [0] * 8
    for r, trade in enumerate(trades):
        heads = [rng.choice([0, 0, 4, 8, 12, 20, 35]) for _ in months]
        totals = [t + h for t, h in zip(totals, heads, strict=True)]
        _put(ws, 4 + r, 1, [[trade, *[h or None for h in heads]]])
    _put(ws, 4 + len(trades), 1, [["Total manpower", *totals]])
    path = _save(wb, folder, "saudi_souq_resource_histogram")
    # audited in round 36: heads on site are no planned days (SPEC's tblResources), and a
    # headcount grid by month is no register (docs/adopt.md's not-registers): no truth table
    return Built(path, [], [])


CABLE_SERVICES = ["Unterhaltsreinigung", "Technischer Unterhalt", "Winterdienst"]
CABLE_SERVICES += ["Sicherheitsdienst", "Grünpflege"]


def swiss_cable_way_fm_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A facilities management supplier's invoice log for a cable way's valley and summit
    stations in Graubünden: `Rechnung Nr.`, `Datum` `dd.mm.yyyy` text, `Leistung`, `Netto
    CHF` with apostrophe thousands, `MWST 8.1%`, `Brutto`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rechnungen")
    ws["A1"] = "Luftseilbahn Sils - Facility Management - Rechnungskontrolle"
    head = ["Rechnung Nr.", "Datum", "Leistung", "Netto CHF", "MWST 8.1%", "Brutto"]
    _put(ws, 3, 1, [head])
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row, count = 4, 0
    for month in _months(date(2025, 12, 1), rng.randint(3, 5)):
        for svc in rng.sample(CABLE_SERVICES, rng.randint(1, 4)):
            day = date(month.year, month.month, rng.randint(13, 28))
            net = round(rng.randrange(40, 900) * 25.5, 2)
            vat = round(net * 0.081, 2)
            num = f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
            _put(ws, row, 1, [[num, _dmy(day, "."), svc, net, vat, round(net + vat, 2)]])
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#'##0.00"
            values.append(ValueFact("finance", (month, svc), "actual", net))
            row, count = row + 1, count + 1
    targets: Targets = _cols("A", [None, "month", "cost_line", "actual", None, None])
    path = _save(wb, folder, "swiss_cable_way_fm_invoice_log")
    table = TruthTable("Rechnungen", 3, "finance", targets, {"finance": count})
    return Built(path, [table], values)


HELD_OUT_88: tuple[Layout, ...] = (
    Layout(
        "colombia_cut_flower_packhouse_contractor_raid",
        "Contractor RAID matrix for a cut flower packhouse (Category words, dd/mm/yyyy text)",
        colombia_cut_flower_packhouse_contractor_raid,
    ),
    Layout(
        "norway_ship_lift_ncr_log",
        "Subcontractor NCR log for a ship lift (Disposition, Close-out cells, dd.mm.yyyy)",
        norway_ship_lift_ncr_log,
    ),
    Layout(
        "kenya_pyrethrum_plant_rfi_log",
        "EPC contractor RFI register read as issues (Awaiting response / Answered)",
        kenya_pyrethrum_plant_rfi_log,
    ),
    Layout(
        "poland_cement_silo_change_log",
        "Integrator change log read as decisions (Data dd.mm.yyyy text, PLN, Approved by)",
        poland_cement_silo_change_log,
    ),
    Layout(
        "philippines_wharf_crane_client_supplied_items",
        "Crane maker's client-supplied items schedule (m/d/yyyy, Delivered / Pending)",
        philippines_wharf_crane_client_supplied_items,
    ),
    Layout(
        "south_africa_platinum_refinery_tender_assumptions",
        "Tender qualifications: assumptions with consequences, rand tender sum, exclusions",
        south_africa_platinum_refinery_tender_assumptions,
    ),
    Layout(
        "nz_railway_workshop_progress_report",
        "Contractor monthly progress report (label rows, Programme RAG, key dates)",
        nz_railway_workshop_progress_report,
    ),
    Layout(
        "uk_bus_station_interim_valuations",
        "QS interim valuation log (Gross to date / Previously valued / This valuation, £)",
        uk_bus_station_interim_valuations,
    ),
    Layout(
        "india_milk_chilling_centre_cash_flow",
        "Turnkey cash flow to completion (Actual / Projected row, #,##,##0 rupees)",
        india_milk_chilling_centre_cash_flow,
    ),
    Layout(
        "germany_rotary_press_delivery_schedule",
        "Press maker's delivery milestones (bilingual headers, dd.mm.yyyy, Zahlung %)",
        germany_rotary_press_delivery_schedule,
    ),
    Layout(
        "saudi_souq_resource_histogram",
        "Contractor manpower histogram (trades down, months across, head counts)",
        saudi_souq_resource_histogram,
    ),
    Layout(
        "swiss_cable_way_fm_invoice_log",
        "FM supplier invoice log (Leistung, Netto CHF with apostrophes, MWST 8.1%)",
        swiss_cable_way_fm_invoice_log,
    ),
)
