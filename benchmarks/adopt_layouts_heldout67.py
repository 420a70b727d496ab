"""The sixty-seventh held-out batch (``HELD_OUT_67``, round 34): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SUPPLIER AND
CONSULTANCY REPORTS: workbooks a client's project receives from (or sends to) its
suppliers, contractors, consultancies and outsourcers, which the client's PMO adopts as the
project's registers and trackers, in sectors no earlier batch's docstring names (a cashmere
scouring mill, a yoghurt plant, a textbook printing press, a whitewater kayak centre, a
paint factory, a pet food plant, a fountain pen works, a crayon factory, a dog shelter, a
nappy factory, a noodle factory, a toy distribution warehouse) in Mongolia, Paraguay,
Bhutan, Andorra, Suriname, Belize, Liechtenstein, Eswatini, Montenegro, Togo, Laos and
Azerbaijan. The project is always the CLIENT's: a supplier's engagement name or code is
not the project.

Registers:

- ``mn_cashmere_consultancy_raid_extract``: a consultancy's RAID extract for an Ulaanbaatar
  cashmere scouring mill's automation project, on one sheet under the consultancy's title
  block and an `Engagement ref` line: `RAID #` one sequence (RAID-014..), `Type` words Risk
  / Issue / Assumption / Dependency, `Title`, `Owner`, `Owner org` Client / Supplier,
  `Raised` date cells shown `dd.mm.yyyy`, `Target date` cells, `RAG`, `Status` Open /
  Closed.
- ``py_yoghurt_contractor_risk_register``: an EPC contractor's risk register for an
  Asuncion yoghurt plant, as sent to the client: `Risk No.` R-001.., `Date identified` as
  `dd/mm/yyyy` text, `Risk description`, `Allocation` Client / Contractor / Shared, `Owner`,
  `P` and `I` 1-5, `P x I` typed, `Mitigation`, `Status` Open / Monitoring / Closed.
- ``bt_textbook_printer_issue_log``: a printing contractor's issue log for a Thimphu
  textbook press upgrade: `Ticket`, `Logged` date cells shown `d-mmm-yy`, `Summary`, `P1` ..
  `P4` priorities, `Assigned to`, `Waiting on` Client / Vendor, `Target` dates, `State`
  New / In progress / Resolved / Closed.
- ``ad_kayak_design_decisions``: an architect's design decision record for an Andorran
  whitewater kayak centre: a title and `Issued to client` line, `DDR` 1.., `Date` cells
  shown `dd/mm/yyyy`, `Decision`, `Options considered`, `Reason`, `Decided by`.
- ``sr_paint_factory_client_dependencies``: a supplier's `Client Dependencies` sheet for a
  Paramaribo paint factory's ERP rollout: `Dep`  CD-01.., `What we need from the client`,
  `Client owner`, `Supplier contact`, `Needed by` / `Promised` date cells shown
  `dd-mmm-yyyy`, `Status` Open / At risk / Late / Received.
- ``bz_pet_food_sow_assumptions``: a consultancy's statement-of-work assumptions for a
  Belize pet food plant, as an Excel table from row 1: `No.` A1.., `Assumption`, `If not
  true`, `Party` Client / Consultant, `Confirm by` date cells, `Confirmed?` Yes / No / blank.

Trackers:

- ``li_fountain_pen_fee_tracker``: a consultancy's fee tracker for a Liechtenstein fountain
  pen works' new nib line, one long table: `Month` cells shown `mmm-yy`, `Workstream`,
  `Budgeted fee`, `Fee invoiced (excl. VAT)`, `VAT 8.1%`, `Invoice total`, `Invoice no.`,
  `CHF` in the title.
- ``sz_crayon_factory_interim_valuation``: a contractor's interim valuation (payment
  application) for an Eswatini crayon factory extension: `Valuation No.`, `Period ending`
  date cell, `Amounts in SZL, excl. VAT`, `Item`, `Description`, `Contract sum`, `Previous
  valuations`, `This valuation`, `Materials on site`, `Cumulative`, `% complete`, a `Total`
  row.
- ``me_dog_shelter_cash_flow``: a builder's cash flow forecast for a Montenegrin dog
  shelter in EUR: `Package`, `Basis` Planned / Forecast rows per package, month labels
  `Jan 2026` .. as text across, a `Total` column.
- ``tg_nappy_factory_staffing_plan``: an integrator's staffing plan for a Lome nappy
  factory's MES rollout: `Resource`, `Grade`, `Location` Onshore / Offshore, `Day rate
  (EUR)`, days per month across as date cells shown `mmm yy`.
- ``la_noodle_factory_sow_milestones``: an automation supplier's SOW milestone and payment
  schedule for a Vientiane noodle factory: `MS`, `Deliverable`, `Contract date` / `Forecast`
  / `Accepted` date cells shown `dd/mm/yyyy`, `Payment %`, `Amount (USD)`, `Acceptance`
  Accepted / Submitted / Not due.
- ``az_toy_warehouse_supplier_status``: a WMS vendor's fortnightly status report for a Baku
  toy distributor's warehouse system: label / value rows (`Client`, `Client project`,
  `Vendor engagement`, `Client sponsor`, `Vendor delivery lead`, `Client PM`, `Period
  ending` date cell), `Overall` / `Schedule` / `Budget` / `Scope` RAG words, `Headline`,
  then a `Milestones` table (`Milestone`, `Plan`, `Forecast`, `Actual`, `Status` Done / On
  track / At risk / Late).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the valuation's `This valuation` is the month's actual, the month the `Period ending`
  date's, and that date the report date (as a report's period line); a line with
  `Materials on site` (paid for, not built: in the actual or not?) gets no actual fact; `Contract sum` (a total, not the month's budget), `Previous
  valuations`, `Cumulative`, `% complete`: left out; `Item` (1.1, 2.0 ..): left out;
  `SZL` (not on the standard's list): no currency fact; the `Total` row is no line;
- the fee tracker's `Fee invoiced (excl. VAT)` is the actual (the client recovers the
  VAT) and `Budgeted fee` the budget; `VAT 8.1%`, `Invoice total` and `Invoice no.`: left
  out; `CHF` in the title is the currency;
- the status report's `Client PM` is the project manager (audit, round 34; `Vendor
  delivery lead` is the supplier's own lead); `Client project` is the project name (the
  `Vendor engagement` name is not); `Client sponsor` is the sponsor; `Period ending` is the
  report date; `Budget` is the cost RAG; `Headline` the summary; milestone `On track` (In
  Progress or Not Started?): no status fact; `Done` is Complete, `At risk` At Risk, `Late`
  Late; `Plan` is the baseline;
- the SOW milestones' `Submitted` (delivered, not yet accepted: In Progress or Complete?)
  and `Not due` (Not Started or In Progress?): no status fact, `Accepted` is Complete and
  the `Accepted` date the actual date; `Contract date` is the baseline; `MS` M1.. is
  M-001.. (audit, round 34); `Payment %` and `Amount (USD)`: left out;
- the RAID extract's `RAID-014` (one sequence across four registers: kept, or renumbered
  per register?): no id fact; `Owner org`: left out; `Target date` is an issue's due date
  and an assumption's validate-by date, for a risk (due or review?) and a dependency
  (need-by or committed?) no fact; a dependency's `Raised`: no fact; `RAG`: left out;
  `Engagement ref` (the consultancy's code): no project fact;
- the dependencies' direction (the client gives the supplier what it needs: inbound or
  outbound for the client's project?): no direction fact; `CD-01` (no standard shape): no
  id fact; `Client owner` is the owner, `Supplier contact` the counterparty owner; `Needed
  by` the need-by and `Promised` the committed date; `Received` is Delivered, `At risk` At
  Risk, `Late` Late, `Open` Open;
- the assumptions' `Party` Client / Consultant (a party, not a person): no owner fact;
  `Confirmed?` Yes (Validated or Closed?), No (Invalid or still Open?), blank: no status
  fact; `A1` is A-001; `If not true` is the impact if false; `Confirm by` the validate-by;
- the contractor's risk register's `Allocation`: left out (not the owner); `P x I` typed:
  the score or left out, no value fact; `dd/mm/yyyy` text is day first (a day past 12 in
  the column);
- the printer's `Ticket` numbers (4-digit, no standard shape): no id fact; `Waiting on`:
  left out; `New` (Open) and `In progress` are Open and In Progress; `P1`..`P4` are
  Critical / High / Medium / Low;
- the design record's `DDR` 1, 2..: no id fact; `Options considered`: left out; `Decided
  by` is the maker and `Reason` the rationale; the `Issued to client` line: no fact;
- the cash flow's `Planned` rows are the budget and `Forecast` rows the forecast; `Total`
  column: no month;
- the staffing plan's days per month: counts only, no value facts (as earlier batches'
  resource plans); `Grade` is the role; `Location` and `Day rate (EUR)`: left out.

Audit, round 34 (an engineer who does not tune, task a75; 410 facts checked at seed 2026):
seven values added (six ids at seed 2026 and a manager), nothing removed or corrected, no
cell mended. The SOW milestones' `MS` `M1` .. are M-001 .. under an `id` column (round 33's
audit read a sailing school's SOW `MS` `M1` so; the letter is the milestone's own). The
status report's `Client PM` is the project manager (one fact at every seed): the pack
reports on the client's project, and round 33's thirtieth tuning batch (the argan pack's
`Client PM` beside a `Supplier PM`) and round 31's reading of `Client PM` ruled so; `Vendor
delivery lead` (the supplier's own lead, as `Vendor PM` / `Supplier PM`) gives none.
Totals: values at seed 2026 291 -> 298 (417 facts), at seed 7 310 -> 316, at seed 99 306 ->
313.

Readings used: date cells are what they hold; text dates are day first; ids in no
standard shape get no id fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CASHMERE_ROWS = [
    ("Risk", "Dehairing line PLC spares held at Tianjin customs"),
    ("Risk", "Winter power cuts stop the scouring trials"),
    ("Issue", "Wool scour effluent test failed the city limit"),
    ("Issue", "Client IT has not opened the VPN for remote support"),
    ("Assumption", "Herder cooperatives deliver raw fibre from May"),
    ("Assumption", "Client operators are released for two weeks' training"),
    ("Dependency", "New 10 kV feeder from the grid company"),
    ("Dependency", "Client's SAP team publishes the batch interface"),
]
CASHMERE_PEOPLE = ["Batbayar Ganbold", "Oyuntsetseg D.", "Tom Whitfield", "Enkhjin Bat"]
CASHMERE_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
CASHMERE_REG["Dependency"] = "dependencies"


def mn_cashmere_consultancy_raid_extract(folder: Path, rng: random.Random) -> Built:
    """A consultancy's RAID extract for a Mongolian cashmere mill: one `RAID-014` sequence
    across types, `Type` words, `Owner org`, `dd.mm.yyyy` cells, a `Target date` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID extract")
    ws["A1"] = "Steppe Automation Partners LLP"
    ws["A2"] = "Client: Gobi Fibre LLC - Scouring Mill Automation - RAID extract"
    ws["A3"] = f"Engagement ref: SAP-{rng.randint(210, 260)}-MN"
    head = ["RAID #", "Type", "Title", "Owner", "Owner org", "Raised", "Target date", "RAG"]
    head += ["Status"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(CASHMERE_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 12))
    first = rng.randint(9, 30)
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = CASHMERE_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(CASHMERE_PEOPLE)
        org = "Supplier" if who == "Tom Whitfield" else "Client"
        target = raised[k] + timedelta(days=rng.choice([14, 28, 42]))
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"RAID-{first + k:03d}", kind, text, who, org, raised[k]]
        cells += [target, rng.choice(["R", "A", "G"]), st]
        _put(ws, 6 + k, 1, [cells])
        for c in (6, 7):
            ws.cell(6 + k, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [None, ("raised_date", None), due_cols, None, "status"])
    path = _save(wb, folder, "mn_cashmere_consultancy_raid_extract")
    return Built(path, [TruthTable("RAID extract", 5, "raid", targets, counts)], values)


YOGHURT_RISKS = [
    ("Imported UHT steriliser delayed at Paranagua port", "Early shipping slot booked"),
    ("ANDE grid connection energised late", "Temporary genset on standby"),
    ("Clean room panels fail the hygiene audit", "Mock-up inspected by the client QA"),
    ("Milk supply from Chaco cooperatives below plan", "Client to confirm supply contract"),
    ("Guarani exchange rate moves against USD equipment", "Price fixed in USD at order"),
    ("Flooding of the access road in the rainy season", "Gravel bypass agreed"),
]
YOGHURT_OWNERS = ["Luis Benitez", "Carolina Ortiz", "Diego Villalba", "Ana Gimenez"]


def py_yoghurt_contractor_risk_register(folder: Path, rng: random.Random) -> Built:
    """An EPC contractor's risk register for a Paraguayan yoghurt plant: `R-001` ids,
    `dd/mm/yyyy` text dates, `Allocation` Client / Contractor / Shared, P and I 1-5, a typed
    `P x I`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Lacteos del Sur - Yoghurt Plant EPC - Contractor's Risk Register"
    ws["A2"] = f"Rev {rng.choice(['B', 'C', 'D'])} - issued for client review"
    head = ["Risk No.", "Date identified", "Risk description", "Allocation", "Owner", "P"]
    head += ["I", "P x I", "Mitigation", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, plan) in enumerate(rng.sample(YOGHURT_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who = rng.choice(YOGHURT_OWNERS)
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", _dmy(when[i]), text]
        cells += [rng.choice(["Client", "Contractor", "Shared"]), who, p, c, p * c, plan, st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", when[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", None, "owner", "probability"])
    targets |= _cols("G", ["impact", ("score", None), "response", "status"])
    path = _save(wb, folder, "py_yoghurt_contractor_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


TEXTBOOK_ISSUES = [
    "Four-colour press misregisters on 60 gsm paper",
    "Dzongkha font missing glyphs in the prepress RIP",
    "Perfect binder glue pot heater failed",
    "Paper shipment from Kolkata held at Phuentsholing",
    "Client proofs returned late for Class VI science",
    "Guillotine safety curtain fails the daily test",
    "Ink supplier changed the cyan formulation",
]
TEXTBOOK_PEOPLE = ["Sonam Wangchuk", "Karma Dema", "Rajesh Iyer", "Pema Choden"]
TEXTBOOK_PRIORITY = {"P1": "Critical", "P2": "High", "P3": "Medium", "P4": "Low"}
TEXTBOOK_STATE = {"New": "Open", "In progress": "In Progress", "Resolved": "Resolved"}
TEXTBOOK_STATE["Closed"] = "Closed"


def bt_textbook_printer_issue_log(folder: Path, rng: random.Random) -> Built:
    """A printing contractor's issue log for a Bhutanese textbook press: 4-digit tickets,
    `d-mmm-yy` cells, `P1` .. `P4`, `Waiting on`, `New` / `In progress` states."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Ticket", "Logged", "Summary", "Priority", "Assigned to", "Waiting on", "Target"]
    head += ["State"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    logged = _days(rng, n, date(2026, 2, 2))
    ticket = rng.randint(3100, 3900)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TEXTBOOK_ISSUES, n)):
        pr, st = rng.choice(list(TEXTBOOK_PRIORITY)), rng.choice(list(TEXTBOOK_STATE))
        who = rng.choice(TEXTBOOK_PEOPLE)
        due = logged[i] + timedelta(days=rng.choice([2, 5, 10, 20]))
        ticket += rng.randint(1, 9)
        cells: list[object] = [ticket, logged[i], text, pr, who]
        cells += [rng.choice(["Client", "Vendor", None]), due, st]
        _put(ws, 2 + i, 1, [cells])
        for c in (2, 7):
            ws.cell(2 + i, c).number_format = "d-mmm-yy"
        values += [
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", TEXTBOOK_PRIORITY[pr]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", TEXTBOOK_STATE[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "priority", "owner"])
    targets |= _cols("F", [None, "due_date", "status"])
    path = _save(wb, folder, "bt_textbook_printer_issue_log")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


KAYAK_DECISIONS = [
    ("Slalom channel lined with precast concrete", "In-situ or gabions", "Faster in winter"),
    ("Pump house moved upstream of the weir", "Two sites", "Shorter intake pipe"),
    ("Boat store clad in local larch", "Larch or zinc", "Comu planning preference"),
    ("Changing rooms share the cafe plant room", "Separate plant", "Lower running cost"),
    ("Spectator terrace cut to 300 places", "300 or 500 places", "Budget"),
    ("LED floodlights for night training", "LED or metal halide", "Energy and glare"),
]
KAYAK_BY = ["Client board", "Project director", "Design team meeting"]


def ad_kayak_design_decisions(folder: Path, rng: random.Random) -> Built:
    """An architect's design decision record for an Andorran kayak centre: `DDR` numbers,
    `dd/mm/yyyy` cells, `Options considered`, `Reason`, `Decided by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "DDR")
    ws["A1"] = "Parc Fluvial La Massana - Whitewater Centre - Design Decision Record"
    ws["A2"] = f"Issued to client {rng.randint(2, 27)}/03/2026"
    _put(ws, 4, 1, [["DDR", "Date", "Decision", "Options considered", "Reason", "Decided by"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, opts, why) in enumerate(rng.sample(KAYAK_DECISIONS, n)):
        who = rng.choice(KAYAK_BY)
        _put(ws, 5 + i, 1, [[i + 1, when[i], text, opts, why, who]])
        ws.cell(5 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", None, "rationale"])
    targets |= {"F": "made_by"}
    path = _save(wb, folder, "ad_kayak_design_decisions")
    return Built(path, [_one("decisions", "DDR", 4, targets, n)], values)


PAINT_DEPS = [
    "Chart of accounts signed off by the client finance team",
    "Test server with SQL licences provided by client IT",
    "Tinting machine recipes exported from the old system",
    "Key users named for each plant area",
    "Bank file format confirmed by the client's bank",
    "Opening stock count completed in the warehouse",
]
PAINT_CLIENT = ["Ravi Ramdin", "Sharon Pinas", "Marcel Kross"]
PAINT_SUPPLIER = ["Joyce van Dijk", "Aditya Sewdien"]
PAINT_STATUS = {"Open": "Open", "At risk": "At Risk", "Late": "Late", "Received": "Delivered"}


def sr_paint_factory_client_dependencies(folder: Path, rng: random.Random) -> Built:
    """A supplier's `Client Dependencies` sheet for a Surinamese paint factory's ERP:
    `CD-01` refs, `Client owner` and `Supplier contact`, `dd-mmm-yyyy` cells, `Received`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Dependencies")
    ws["A1"] = "Caribbean Coatings N.V. - ERP Implementation - Client Dependencies"
    ws["A2"] = "Items the implementation team needs from Caribbean Coatings"
    head = ["Dep", "What we need from the client", "Client owner", "Supplier contact"]
    head += ["Needed by", "Promised", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PAINT_DEPS, n)):
        ours, theirs = rng.choice(PAINT_CLIENT), rng.choice(PAINT_SUPPLIER)
        promised = need[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        st = rng.choice(list(PAINT_STATUS))
        _put(ws, 5 + i, 1, [[f"CD-{i + 1:02d}", text, ours, theirs, need[i], promised, st]])
        for c in (5, 6):
            ws.cell(5 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "counterparty_owner", theirs),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", PAINT_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "owner", "counterparty_owner"])
    targets |= _cols("E", ["need_by", "committed_date", "status"])
    path = _save(wb, folder, "sr_paint_factory_client_dependencies")
    return Built(path, [_one("dependencies", "Client Dependencies", 4, targets, n)], values)


PETFOOD_ASSUMPTIONS = [
    ("Client provides a site office with internet", "Consultant charges for a cabin"),
    ("Extruder vendor supplies load data by week 4", "Structural design delayed"),
    ("No hazardous materials in the existing warehouse", "Survey and removal are extra"),
    ("Department of Environment approval within 60 days", "Programme extends"),
    ("Client's QA manager attends weekly design reviews", "Rework of the hygiene zoning"),
    ("Fees exclude Belize GST", "Fee schedule revised"),
]


def bz_pet_food_sow_assumptions(folder: Path, rng: random.Random) -> Built:
    """A consultancy's SOW assumptions for a Belize pet food plant as a table from row 1:
    `A1` numbers, `If not true`, `Party`, `Confirm by` cells, `Confirmed?` Yes / No."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Assumptions")
    head = ["No.", "Assumption", "If not true", "Party", "Confirm by", "Confirmed?"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 2, 9))
    values: list[ValueFact] = []
    for i, (text, hit) in enumerate(rng.sample(PETFOOD_ASSUMPTIONS, n)):
        cells: list[object] = [f"A{i + 1}", text, hit, rng.choice(["Client", "Consultant"])]
        cells += [by[i], rng.choice(["Yes", "No", None])]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", hit),
            ValueFact("assumptions", i, "validate_by", by[i]),
        ]
    targets: Targets = _cols("A", ["id", "assumption", "impact_if_false", ("owner", None)])
    targets |= _cols("E", ["validate_by", ("status", None)])
    path = _save(wb, folder, "bz_pet_food_sow_assumptions")
    return Built(path, [_one("assumptions", "SOW Assumptions", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

PEN_STREAMS = ["Nib grinding cell design", "Gold alloy sourcing", "Quality system"]
PEN_STREAMS += ["Operator training", "Project management"]


def li_fountain_pen_fee_tracker(folder: Path, rng: random.Random) -> Built:
    """A consultancy's fee tracker for a Liechtenstein pen works, one long table: `Month`
    cells, `Workstream`, `Budgeted fee`, `Fee invoiced (excl. VAT)`, VAT, invoice total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Fees")
    ws["A1"] = "Schaaner Schreibgeräte AG - Nib Line Project - Fee tracker (CHF)"
    head = ["Month", "Workstream", "Budgeted fee", "Fee invoiced (excl. VAT)", "VAT 8.1%"]
    head += ["Invoice total", "Invoice no."]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 3), 1), rng.randint(3, 5))
    streams = rng.sample(PEN_STREAMS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row, inv = 4, rng.randint(400, 700)
    for month in months:
        for ws_name in streams:
            budget = rng.randrange(8, 60) * 500.0
            fee = round(budget * rng.uniform(0.7, 1.2), -1)
            vat = round(fee * 0.081, 2)
            inv += 1
            cells: list[object] = [month, ws_name, budget, fee, vat, round(fee + vat, 2)]
            cells += [f"INV-2026-{inv}"]
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            for c in range(3, 7):
                ws.cell(row, c).number_format = "#,##0.00"
            values += [
                ValueFact("finance", (month, ws_name), "budget", budget),
                ValueFact("finance", (month, ws_name), "actual", fee),
            ]
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None, None])
    path = _save(wb, folder, "li_fountain_pen_fee_tracker")
    table = TruthTable("Fees", 3, "finance", targets, {"finance": len(months) * len(streams)})
    return Built(path, [table], values)


CRAYON_ITEMS = [
    ("1.1", "Preliminaries"),
    ("2.1", "Earthworks and foundations"),
    ("3.1", "Steel frame"),
    ("4.1", "Roof sheeting"),
    ("5.1", "Wax store fire protection"),
    ("6.1", "Electrical installation"),
]


def sz_crayon_factory_interim_valuation(folder: Path, rng: random.Random) -> Built:
    """A contractor's interim valuation for an Eswatini crayon factory: a `Period ending`
    date cell, SZL excl. VAT, `Contract sum`, `Previous valuations`, `This valuation`,
    `Materials on site`, `Cumulative`, `% complete`, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valuation")
    month = date(2026, rng.randint(3, 6), 1)
    end = _months(month, 2)[1] - timedelta(days=1)
    ws["A1"] = "Matsapha Crayon Works Extension - Interim Valuation"
    _put(ws, 2, 1, [["Valuation No.", rng.randint(4, 9)], ["Period ending", end]])
    ws["B3"].number_format = "d mmmm yyyy"
    ws["A4"] = "Amounts in SZL, excl. VAT"
    head = ["Item", "Description", "Contract sum", "Previous valuations", "This valuation"]
    head += ["Materials on site", "Cumulative", "% complete"]
    _put(ws, 6, 1, [head])
    items = CRAYON_ITEMS[: rng.randint(4, 6)]
    # the period's end dates the valuation, as a report's period line (round 28's audit)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", end)]
    tot = [0.0] * 5
    for r, (item, desc) in enumerate(items):
        sum_ = rng.randrange(80, 900) * 1000.0
        prev = round(sum_ * rng.uniform(0.0, 0.6), -2)
        this = round(sum_ * rng.uniform(0.05, 0.3), -2)
        mos = rng.choice([0.0, 0.0, round(sum_ * 0.05, -2)])
        cum = prev + this + mos
        nums = [sum_, prev, this, mos or None, cum]
        _put(ws, 7 + r, 1, [[item, desc, *nums, round(cum / sum_, 2)]])
        for c in range(3, 8):
            ws.cell(7 + r, c).number_format = "#,##0.00"
        ws.cell(7 + r, 8).number_format = "0%"
        tot = [a + (b or 0.0) for a, b in zip(tot, nums, strict=True)]
        if not mos:
            values.append(ValueFact("finance", (month, desc), "actual", this))
    _put(ws, 7 + len(items), 1, [[None, "Total", *tot]])
    for c in range(3, 8):
        ws.cell(7 + len(items), c).number_format = "#,##0.00"
    targets: Targets = _cols("A", [None, "cost_line", None, None, "actual", None])
    targets |= {"G": None, "H": None}
    path = _save(wb, folder, "sz_crayon_factory_interim_valuation")
    table = TruthTable("Valuation", 6, "finance", targets, {"finance": len(items)})
    return Built(path, [table], values)


SHELTER_PACKAGES = ["Groundworks", "Kennel blocks", "Vet clinic fit-out", "Drainage"]
SHELTER_PACKAGES += ["Exercise yards", "Fencing"]
MONTH_LABEL = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
MONTH_LABEL += ["Dec"]


def me_dog_shelter_cash_flow(folder: Path, rng: random.Random) -> Built:
    """A builder's cash flow forecast for a Montenegrin dog shelter in EUR: `Planned` and
    `Forecast` rows per package, `Jan 2026` text labels across, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash flow")
    ws["A1"] = "Podgorica Animal Shelter - Contractor's cash flow forecast (EUR)"
    months = _months(date(2026, rng.randint(1, 4), 1), 6)
    labels = [f"{MONTH_LABEL[m.month - 1]} {m.year}" for m in months]
    _put(ws, 3, 1, [["Package", "Basis", *labels, "Total"]])
    packages = rng.sample(SHELTER_PACKAGES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for pkg in packages:
        plan = [float(rng.randrange(1, 40) * 1000) for _ in months]
        fc = [round(p * rng.choice([1.0, 1.0, 0.9, 1.15]), -2) for p in plan]
        for basis, amounts, measure in (("Planned", plan, "budget"), ("Forecast", fc, "forecast")):
            _put(ws, row, 1, [[pkg, basis, *amounts, sum(amounts)]])
            for c in range(3, 10):
                ws.cell(row, c).number_format = "#,##0"
            for month, amount in zip(months, amounts, strict=True):
                values.append(ValueFact("finance", (month, pkg), measure, amount))
            row += 1
    path = _save(wb, folder, "me_dog_shelter_cash_flow")
    table = TruthTable("Cash flow", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(packages)})  # fmt: skip
    return Built(path, [table], values)


NAPPY_PEOPLE = [
    ("Kossi Agbeko", "Project Manager", "Onshore", 650),
    ("Ama Mensah-Lawson", "Business Analyst", "Onshore", 520),
    ("Vikram Nair", "MES Developer", "Offshore", 280),
    ("Priyanka Das", "Tester", "Offshore", 220),
    ("Jean-Luc Ferrand", "Solution Architect", "Onshore", 900),
]


def tg_nappy_factory_staffing_plan(folder: Path, rng: random.Random) -> Built:
    """An integrator's staffing plan for a Togolese nappy factory's MES: `Resource`,
    `Grade`, `Location`, `Day rate (EUR)`, days per month as `mmm yy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Lome Hygiene Products - MES Rollout - Staffing Plan (days)"
    months = _months(date(2026, rng.randint(2, 5), 1), 5)
    _put(ws, 3, 1, [["Resource", "Grade", "Location", "Day rate (EUR)", *months]])
    for c in range(5, 10):
        ws.cell(3, c).number_format = "mmm yy"
    count = 0
    for r, (name, grade, where, rate) in enumerate(rng.sample(NAPPY_PEOPLE, 4)):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, grade, where, rate, *[d or None for d in days]]])
    path = _save(wb, folder, "tg_nappy_factory_staffing_plan")
    targets: Targets = {"A": "person", "B": "role", "C": None, "D": None}
    return Built(path, [TruthTable("Staffing", 3, "resources", targets, {"resources": count})], [])


NOODLE_DELIVERABLES = [
    "Functional design specification",
    "Factory acceptance test of the steaming line",
    "Site installation complete",
    "Site acceptance test",
    "Operator training delivered",
    "Final acceptance certificate",
]
NOODLE_STATUS = {"Accepted": "Complete", "Submitted": None, "Not due": None}


def la_noodle_factory_sow_milestones(folder: Path, rng: random.Random) -> Built:
    """An automation supplier's SOW milestones for a Lao noodle factory: `Contract date` /
    `Forecast` / `Accepted` cells, `Payment %`, `Amount (USD)`, `Acceptance` words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "Vientiane Instant Noodle Line 3 - SOW 2 - Milestones and Payments"
    head = ["MS", "Deliverable", "Contract date", "Forecast", "Accepted", "Payment %"]
    head += ["Amount (USD)", "Acceptance"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    fee = rng.randrange(300, 900) * 1000.0
    values: list[ValueFact] = []
    for i, name in enumerate(NOODLE_DELIVERABLES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        pct = rng.choice([0.1, 0.15, 0.2])
        if i < done:
            st, acc = "Accepted", fc + timedelta(days=rng.randint(0, 10))
        else:
            st, acc = ("Submitted" if i == done and rng.random() < 0.5 else "Not due"), None
        _put(ws, 4 + i, 1, [[f"M{i + 1}", name, base[i], fc, acc, pct, fee * pct, st]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(4 + i, 6).number_format = "0%"
        ws.cell(4 + i, 7).number_format = "#,##0"
        values += [
            # audit, round 34: `M1` is M-001 (round 33's audit of the sailing school's SOW `MS`)
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if acc:
            values.append(ValueFact("milestones", i, "actual_date", acc))
        if NOODLE_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", NOODLE_STATUS[st]))
    targets: Targets = _cols("A", ["id", "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "la_noodle_factory_sow_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 3, targets, n)], values)


TOY_MILESTONES = [
    "Warehouse design workshops complete",
    "Interfaces to the client ERP built",
    "RF scanners and label printers installed",
    "User acceptance testing signed off",
    "Go-live for the Novruz peak",
    "Hypercare ends",
]
TOY_STATUS = {"Done": "Complete", "On track": None, "At risk": "At Risk", "Late": "Late"}


def az_toy_warehouse_supplier_status(folder: Path, rng: random.Random) -> Built:
    """A WMS vendor's status report for an Azerbaijani toy distributor: label / value rows
    with the client's project, the vendor's engagement, two managers, a `Period ending`
    cell, RAG words, a `Milestones` table with `Plan` / `Forecast` / `Actual`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, sponsor = "Absheron DC Warehouse Management System", "Leyla Mammadova"
    report = date(2026, rng.choice([2, 3]), rng.choice([13, 27]))
    ws["A1"] = "Fortnightly Status Report"
    rows: list[list[object]] = [["Client", "OyunDunyasi MMC"], ["Client project", project]]
    rows += [["Vendor engagement", f"WMS-AZ-{rng.randint(10, 99)} Absheron rollout"]]
    rows += [["Client sponsor", sponsor], ["Vendor delivery lead", "Stefan Kowalczyk"]]
    rows += [["Client PM", "Rashad Aliyev"], ["Period ending", report]]
    _put(ws, 3, 1, rows)
    ws["B9"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 11, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Budget", rags[2]]])
    _put(ws, 14, 1, [["Scope", rags[3]]])
    headline = rng.choice(
        [
            "Scanner rollout on plan; ERP stock interface still failing on returns.",
            "UAT started late after the data migration rerun; go-live date held.",
        ]
    )
    ws["A16"], ws["B16"] = "Headline", headline
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        # audit, round 34: `Client PM` is the client's project's manager (TUNING_30's argan pack)
        ValueFact("project", 0, "project_manager", "Rashad Aliyev"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", headline),
    ]
    ws["A18"] = "Milestones"
    _put(ws, 19, 1, [["Milestone", "Plan", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 6)
    plan = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(TOY_MILESTONES[:n]):
        fc = plan[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        if fc < report:
            st, actual = "Done", fc
        else:
            st, actual = rng.choice(["On track", "At risk", "Late"]), None
        _put(ws, 20 + i, 1, [[name, plan[i], fc, actual, st]])
        for c in (2, 3, 4):
            ws.cell(20 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if TOY_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", TOY_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "az_toy_warehouse_supplier_status")
    return Built(path, [_one("milestones", "Status", 19, targets, n)], values)


HELD_OUT_67: tuple[Layout, ...] = (
    Layout(
        "mn_cashmere_consultancy_raid_extract",
        "Mongolian cashmere mill consultancy RAID extract (RAID-014 sequence, Owner org)",
        mn_cashmere_consultancy_raid_extract,
    ),
    Layout(
        "py_yoghurt_contractor_risk_register",
        "Paraguayan yoghurt plant EPC contractor's risks (Allocation, P x I, text dates)",
        py_yoghurt_contractor_risk_register,
    ),
    Layout(
        "bt_textbook_printer_issue_log",
        "Bhutanese textbook press printer's issue log (tickets, P1-P4, Waiting on)",
        bt_textbook_printer_issue_log,
    ),
    Layout(
        "ad_kayak_design_decisions",
        "Andorran kayak centre architect's design decision record (DDR, Options considered)",
        ad_kayak_design_decisions,
    ),
    Layout(
        "sr_paint_factory_client_dependencies",
        "Surinamese paint factory supplier's client dependencies (CD-01, Received)",
        sr_paint_factory_client_dependencies,
    ),
    Layout(
        "bz_pet_food_sow_assumptions",
        "Belize pet food plant consultancy SOW assumptions (A1, Party, Confirmed?)",
        bz_pet_food_sow_assumptions,
    ),
    Layout(
        "li_fountain_pen_fee_tracker",
        "Liechtenstein pen works consultancy fee tracker (excl. VAT, VAT, invoice total)",
        li_fountain_pen_fee_tracker,
    ),
    Layout(
        "sz_crayon_factory_interim_valuation",
        "Eswatini crayon factory contractor's interim valuation (This valuation, SZL)",
        sz_crayon_factory_interim_valuation,
    ),
    Layout(
        "me_dog_shelter_cash_flow",
        "Montenegrin dog shelter builder's cash flow (Planned / Forecast rows, text months)",
        me_dog_shelter_cash_flow,
    ),
    Layout(
        "tg_nappy_factory_staffing_plan",
        "Togolese nappy factory integrator's staffing plan (Grade, Location, Day rate)",
        tg_nappy_factory_staffing_plan,
    ),
    Layout(
        "la_noodle_factory_sow_milestones",
        "Lao noodle factory SOW milestones and payments (Accepted / Submitted / Not due)",
        la_noodle_factory_sow_milestones,
    ),
    Layout(
        "az_toy_warehouse_supplier_status",
        "Azerbaijani toy warehouse WMS vendor status report (two managers, Milestones)",
        az_toy_warehouse_supplier_status,
    ),
)
