"""The seventy-third held-out batch (``HELD_OUT_73``, round 35): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption (task w81) and
who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. Its
kind is SUPPLIER AND CONSULTANCY REPORTS: workbooks a client's project receives from its
contractors, consultancies, architects and studios (or keeps about them), which the PMO
adopts as the client project's registers and trackers, in sectors no earlier batch's
docstring names (an observation wheel, a flower auction, a dhow boatyard, a salt mine
visitor route, a cacao co-operative programme, a rodeo grounds arena, a pumpkin cannery,
a ryokan, a cog railway, an alpaca wool mill, basilica mosaics, a pilgrim albergue).

Registers:

- ``uk_ferris_wheel_contractor_raid``: an erection contractor's RAID extract for a UK
  council's seafront observation wheel: a client / contractor / meeting block, the header
  on row 5, `Log No.` in the contractor's own `NLE-###` codes, `Category` Risk / Issue /
  Assumption / Dependency, `Title`, `Party` Contractor / Client, `Action Owner`, `Raised` /
  `Target` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Comment`.
- ``nl_flower_auction_consultant_risks``: an engineering consultancy's risk register for a
  Dutch flower auction's cold store renewal: `Risk ID` R01.., `Date identified` ISO text,
  `Category` (standard words), `Probability` / `Impact` H / M / L, `Risk owner` sometimes
  written `Client PM (Sanne de Vries)`, `Mitigation`, `Status` Open / Closed.
- ``om_dhow_boatyard_issue_log``: an Omani boatyard's issue log for a client's replica
  dhow: `Issue Ref` in the yard's `SUR-Q##` codes, `Date Logged` as `dd/mm/yyyy` text,
  `Raised by` Yard / Client, `Responsible`, `Priority` P1 / P2 / P3, `Required by` cells,
  `Status` Open / In Progress / Closed, `Action taken`.
- ``pl_salt_mine_client_items``: an exhibition fit-out contractor's schedule of
  client-supplied items for a Polish salt mine's visitor route: `Item No.` 1.., `Item`,
  `Client contact`, `Needed by` / `Promised` cells shown `dd.mm.yyyy`, `Status` Received /
  Late / Due / Outstanding.
- ``ec_cacao_consultancy_registers``: a development consultancy's workbook of two
  registers for an Ecuadorian cacao programme: `Risks` (`No.` 1.., `Likelihood` / `Impact`
  1-5, `Owner`, `Response`, `Status` Open / Monitoring / Closed) and `Decisions` (`Ref`
  DEC-01.., `Date` cells shown `d-mmm-yy`, `Rationale`, `Decided by`).
- ``ca_rodeo_grounds_design_assumptions``: an architect's design-assumptions register sent
  with a Canadian rodeo arena's schematic design: `No.` A-01.., `Assumption`, `Basis`,
  `Owner`, `Confirm by` cells shown `yyyy-mm-dd`, `Status` Open / Confirmed / Not valid /
  Closed.

Trackers:

- ``us_pumpkin_cannery_tm_fees``: a consultancy's time-and-materials fee tracker for a US
  pumpkin cannery: a `Not-to-exceed` line, one row per month and workstream, `Month` cells
  shown `mmm yyyy`, `Hours`, `Blended rate ($/hr)`, `Fees ($)`.
- ``jp_ryokan_invoice_log``: a client PM's log of a contractor's invoices for a Hakone
  ryokan annex: `PO No.`, `Invoice No.`, `Invoice date` cells shown `yyyy/mm/dd`, `Cost
  item`, `Amount excl. tax (JPY)`, `Consumption tax 10%`, `Total incl. tax`, `Paid` Yes /
  No; one invoice per cost item a month.
- ``ch_cog_railway_contractor_cashflow``: a rail contractor's cash-flow forecast for a
  Swiss cog railway renewal: `CHF excl. VAT` in the title, `Package`, `Basis` Contract /
  Forecast (two rows a package), months across as `04.2026` text, a `Total` column.
- ``pe_wool_mill_consultancy_staffing``: a consultancy's staffing plan for a Peruvian
  alpaca wool mill's ERP roll-out: `Consultant`, `Grade`, `Day rate (USD)`, days per month
  as date cells shown `mmm-yy`, a `Days` column.
- ``it_mosaic_sow_payment_milestones``: a conservation studio's SOW payment milestones for
  Ravenna basilica mosaics: a fixed-price line, `Contract date` / `Forecast date` / `Actual
  date` cells shown `dd/mm/yyyy`, `Payment %`, `Payment (EUR, excl. VAT)`, `Acceptance`
  Accepted / Submitted / Not due.
- ``es_pilgrim_albergue_supplier_status``: a building contractor's monthly progress report
  on a Galician pilgrim albergue: `Client project`, `Contract`, `Client sponsor`, `Client
  PM`, `Contractor PM`, `Report date` cell, `Overall` / `Programme` / `Cost` RAG words, a
  `Prices in EUR excl. IVA` line, a `Milestones` table (`Contract`, `Forecast`, `Status`
  Done / On schedule / Delayed).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the albergue report's project manager (the client's PM or the contractor's, whose
  report it is?): no project_manager fact; the project is the CLIENT's (`Client project`,
  not the contractor's `Contract` ref or the contractor's name in the title); `Client
  sponsor` is the sponsor; `Programme` is the schedule RAG and `Cost` the cost RAG; `On
  schedule` (In Progress or Not Started?): no status fact, `Done` is Complete and `Delayed`
  Late; `Contract` is the baseline and `Forecast` the forecast; `EUR excl. IVA` is EUR;
- the ryokan invoice log's actual is the amount excluding consumption tax (the header says
  so; tax and the total incl. tax are left out) in the invoice date's month, paid or not
  (an invoice is a cost incurred; `Paid` is left out); `PO No.` / `Invoice No.`: left out;
- the wheel extract's `Log No.` (the contractor's own codes, not numbered per register):
  no id fact; `Party` (whose action, not the owner): left out; `Target` is an issue's due
  date and an assumption's validate-by date, a risk's (due or review?) and a dependency's
  (need-by or committed?) get no fact; a dependency's `Raised`: no fact (no such field);
- the salt mine schedule's direction (inbound to the contractor, outbound from the
  client's project whose PMO adopts it?): no direction fact; `Client contact` (the owner or
  the counterparty's?): no fact; `Due` and `Outstanding` (Open or On Track?): no status
  fact, `Received` is Delivered and `Late` Late; `Item No.` 1..: no id fact; `Needed by`
  is the need-by date and `Promised` the committed date;
- the flower auction's `H` / `M` / `L` are 5 / 3 / 1 (audit, round 35); `Client PM (Sanne de Vries)` (the role or the person?): no
  owner fact, a bare name is the owner; `R01` is R-001; ISO text is the raised date;
- the mosaic milestones' `Submitted` (awaiting acceptance: In Progress or Complete?) and
  `Not due`: no status fact, `Accepted` is Complete; `Payment %` and the payment: left out
  (a milestone's payment is no standard field);
- the dhow log's `SUR-Q##` codes: no id fact; `P1` / `P2` / `P3` (Critical or High
  first?): no priority fact; `Raised by` Yard / Client (a party, not the owner): left out;
  `Responsible` is the owner; `Required by` the due date; `dd/mm/yyyy` text is day first
  (Oman, and a day past 12 in the column);
- the cacao workbook's risk `No.` 1..: no id fact; `DEC-01` is DC-001 (a decision
  register's own numbering); `Decided by` is the maker;
- the rodeo register's `A-01` is A-001; `Confirmed` is Validated and `Not valid` Invalid;
  `Confirm by` is the validate-by date; `Basis`: left out;
- the cog railway's `Contract` rows are the budget (the contract payment plan) and
  `Forecast` rows the forecast; `Total`: no month; `CHF excl. VAT` is CHF;
- the pumpkin fees are actuals (fees billed per month), `Hours` and the rate are left out,
  the not-to-exceed is no line and no budget by month; `($)` / `USD` is USD;
- the wool mill plan's days per month: counts only, no value facts; `Day rate (USD)`:
  left out (no currency fact: a rate, not the plan's money); `Grade` is the role.

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact; amounts are as the header states them (ex tax
where the header says so). It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 35 (docs/adopt.md, "Round 35: the seventy-third batch's truth audited"): the
flower auction's `Probability` / `Impact` H / M / L now have probability and impact facts,
5 / 3 / 1 (the documented three-level reading, which round 16's audit restored for the same
"which numbers?" doubt); the mosaic milestones' project currency EUR added (the fixed price
line and the `Payment (EUR, excl. VAT)` header name one currency, as the albergue report's
`Prices in EUR` line does). No cell changed; the rest was checked and left.
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

WHEEL_ROWS = [
    ("Risk", "Slewing ring delivery from the Dutch fabricator slips past week 20"),
    ("Risk", "High winds stop the crawler crane lifts on the rim segments"),
    ("Risk", "Capsule glazing fails the impact test"),
    ("Issue", "Pile cap 3 poured 40 mm out of position"),
    ("Issue", "Client's HV supply not energised for the drive test"),
    ("Assumption", "Promenade closed to the public during the lifts"),
    ("Assumption", "Client's operator staff available for training in March"),
    ("Dependency", "Harbour authority approval of the crane barge"),
    ("Dependency", "Client's ticketing system interface specification"),
]
WHEEL_OWNERS = ["Gareth Pryce", "Lisa Marchetti", "Tom Ashworth", "Priya Nair"]
WHEEL_REG = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
WHEEL_REG["Dependency"] = "dependencies"


def uk_ferris_wheel_contractor_raid(folder: Path, rng: random.Random) -> Built:
    """The erection contractor's RAID extract for a seaside observation wheel, sent to the
    client's PM: a client / contractor block, the contractor's `Log No.` codes, a
    `Category` word, `Party` Contractor / Client, `Raised` and `Target` date cells shown
    `dd/mm/yyyy`, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Extract")
    ws["A1"] = "Client: Brightwater Borough Council - Seafront Observation Wheel"
    ws["A2"] = "Contractor: Northgate Lifting & Erection Ltd    Contract NLE/4471"
    ws["A3"] = f"RAID extract for the progress meeting, week {rng.randint(8, 20)}"
    head = ["Log No.", "Category", "Title", "Party", "Action Owner", "Raised", "Target"]
    head += ["Status", "Comment"]
    _put(ws, 5, 1, [head])
    rows = [r for k, r in enumerate(WHEEL_ROWS) if k in (0, 3, 5, 7) or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2025, 12, 1))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (cat, text) in enumerate(rows):
        reg = WHEEL_REG[cat]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(WHEEL_OWNERS)
        target = raised[k] + timedelta(days=rng.choice([14, 28, 42]))
        st = rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"NLE-{rng.randint(100, 999)}", cat, text]
        cells += [rng.choice(["Contractor", "Client"]), who, raised[k], target, st]
        cells += [rng.choice(["Discussed at PM meeting", None, "Awaiting client"])]
        _put(ws, 6 + k, 1, [cells])
        for c in (6, 7):
            ws.cell(6 + k, c).number_format = "dd/mm/yyyy"
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), None])
    targets |= _cols("E", ["owner", ("raised_date", None)])
    targets |= _cols("G", [("due_date", "validate_by", "need_by", "committed_date", None)])
    targets |= {"H": "status", "I": None}
    path = _save(wb, folder, "uk_ferris_wheel_contractor_raid")
    return Built(path, [TruthTable("RAID Extract", 5, "raid", targets, counts)], values)


FLOWER_RISKS = [
    ("Cold store compressors delivered late from Italy", "Schedule", "Order in week 2"),
    ("Auction clock IT cut-over during peak Mothering Sunday trade", "Operational",
     "Freeze window in March"),
    ("Ammonia permit conditions tightened by the province", "Legal", "Early pre-application"),
    ("Growers' trolleys do not fit the new dock levellers", "Technical", "Mock-up trial"),
    ("Energy price rise erodes the business case", "Financial", "Fix the tariff for 3 years"),
    ("Installer loses key refrigeration engineers", "Third Party", "Named staff in contract"),
]  # fmt: skip
FLOWER_OWNERS = ["Client PM (Sanne de Vries)", "Consultant (Ruud Jansen)", "Pieter Bakker"]


# H / M / L on the 1-5 scale: the documented three-level reading (audit, round 35).
LEVEL_HML = {"H": 5.0, "M": 3.0, "L": 1.0}


def nl_flower_auction_consultant_risks(folder: Path, rng: random.Random) -> Built:
    """An engineering consultancy's risk register for a Dutch flower auction's cold store
    renewal, sent with its monthly report: `Risk ID` R01.., `Date identified` as ISO text,
    `Probability` and `Impact` H / M / L, `Risk owner` partly written as `Client PM
    (name)`, `Mitigation`, `Status` Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Aalsmeer Cold Store Renewal - Risk Register (prepared by Van Loon Advies)"
    ws["A2"] = f"Issue {rng.randint(4, 12)} - for the client's steering group"
    head = ["Risk ID", "Date identified", "Risk description", "Category", "Probability"]
    head += ["Impact", "Risk owner", "Mitigation", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(FLOWER_RISKS, n)):
        p, c = rng.choice("LMH"), rng.choice("LMH")
        who, st = rng.choice(FLOWER_OWNERS), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [f"R{i + 1:02d}", made[i].isoformat(), text, cat, p, c, who]
        cells += [plan, st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", LEVEL_HML[p]),
            ValueFact("risks", i, "impact", LEVEL_HML[c]),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
        if "(" not in who:
            values.append(ValueFact("risks", i, "owner", who))
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category"])
    targets |= _cols("E", ["probability", "impact", "owner", "response", "status"])
    path = _save(wb, folder, "nl_flower_auction_consultant_risks")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


DHOW_ISSUES = [
    "Teak planks from Kerala fail the moisture check",
    "Client's change to the cabin layout not yet signed",
    "Coir rope supplier short of stock",
    "Engine bed drawings clash with the keel timber",
    "Launch slipway booking clashes with the naval yard",
    "Surveyor's stability calculation returned with comments",
]
DHOW_PEOPLE = ["Salim Al-Harthy", "Ahmed Al-Balushi", "Rashid Al-Farsi", "Khalid Al-Amri"]
DHOW_STATUS = {"Open": "Open", "In Progress": "In Progress", "Closed": "Closed"}


def om_dhow_boatyard_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Sur boatyard's issue log for the client's replica trading dhow: `Issue Ref` in the
    yard's own `SUR-Q` codes, `Date Logged` as `dd/mm/yyyy` text, `Raised by` Yard /
    Client, `Responsible`, `Priority` P1 / P2 / P3, `Required by` cells, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Al Sur Traditional Boatbuilding LLC"
    ws["A2"] = "Issue Log - Client: Oman Heritage Voyages, Replica Baghlah 'Fath al Khair II'"
    head = ["Issue Ref", "Date Logged", "Issue", "Raised by", "Responsible", "Priority"]
    head += ["Required by", "Status", "Action taken"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 10))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DHOW_ISSUES, n)):
        who, st = rng.choice(DHOW_PEOPLE), rng.choice(list(DHOW_STATUS))
        need = made[i] + timedelta(days=rng.choice([10, 20, 30]))
        cells: list[object] = [f"SUR-Q{rng.randint(10, 99)}", _dmy(made[i]), text]
        cells += [rng.choice(["Yard", "Client"]), who, rng.choice(["P1", "P2", "P3"]), need]
        cells += [st, rng.choice(["Chased supplier", None, "Meeting held"])]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", need),
            ValueFact("issues", i, "status", DHOW_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, "owner"])
    targets |= _cols("F", [("priority", None), "due_date", "status", None])
    path = _save(wb, folder, "om_dhow_boatyard_issue_log")
    return Built(path, [_one("issues", "Issues", 4, targets, n)], values)


SALT_ITEMS = [
    "Shaft access permit for the fitting crew",
    "Mine surveyor's as-built of chamber IV",
    "Emergency lighting circuits isolated",
    "Heritage conservator sign-off of the carved altar",
    "Ventilation shutdown window agreed with the mine",
    "Visitor route closure notice",
]
SALT_CLIENT = ["Marta Nowak", "Tomasz Kowalczyk", "Ewa Zielinska"]
SALT_STATUS = {"Received": "Delivered", "Late": "Late", "Due": None, "Outstanding": None}


def pl_salt_mine_client_items(folder: Path, rng: random.Random) -> Built:
    """An exhibition fit-out contractor's `Client-supplied items` schedule for a Polish salt
    mine's visitor route: `Item No.` 1.., `Item`, `Client contact`, `Needed by` and
    `Promised` cells shown `dd.mm.yyyy`, `Status` Received / Late / Due / Outstanding."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Client Items")
    ws["A1"] = "Chamber IV Visitor Route Fit-out - Client-supplied items and information"
    ws["A2"] = "Contractor: Atelier Ekspo sp. z o.o."
    head = ["Item No.", "Item", "Client contact", "Needed by", "Promised", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SALT_ITEMS, n)):
        who, st = rng.choice(SALT_CLIENT), rng.choice(list(SALT_STATUS))
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 7]))
        _put(ws, 5 + i, 1, [[i + 1, text, who, need[i], promised, st]])
        for c in (4, 5):
            ws.cell(5 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        if SALT_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", SALT_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title"])
    targets |= _cols("C", [("owner", "counterparty_owner", None), "need_by", "committed_date"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "pl_salt_mine_client_items")
    return Built(path, [_one("dependencies", "Client Items", 4, targets, n)], values)


CACAO_RISKS = [
    ("Co-operative members leave for higher street prices", "Commercial", "Premium clause"),
    ("Fermentation boxes not ready for the May harvest", "Schedule", "Local carpenter"),
    ("EU deforestation rule evidence incomplete", "Legal", "GPS mapping of farms"),
    ("Witches' broom outbreak in the Manabi plots", "Technical", "Pruning brigade"),
    ("Grant tranche 2 delayed by the donor", "Financial", "Bridge loan option"),
]
CACAO_DECISIONS = [
    ("Solar dryers chosen over gas dryers", "Running cost and the buyers' carbon ask"),
    ("Quality lab sited in Portoviejo", "Road access for all co-operatives"),
    ("Farm mapping outsourced to a local firm", "Faster than training staff"),
    ("Pilot limited to two co-operatives", "Grant budget"),
    ("Payments to farmers by bank transfer only", "Traceability"),
]
CACAO_PEOPLE = ["Maria Jose Cedeno", "Luis Zambrano", "Andrea Vera", "Jorge Mendoza"]


def ec_cacao_consultancy_registers(folder: Path, rng: random.Random) -> Built:
    """A development consultancy's register workbook for an Ecuadorian cacao co-operative
    programme: a `Risks` sheet (`No.`, `Risk`, `Category`, `Likelihood` and `Impact` 1-5,
    `Owner`, `Response`, `Status`) and a `Decisions` sheet (`Ref`, `Date` cells shown
    `d-mmm-yy`, `Decision`, `Rationale`, `Decided by`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Cacao Fino de Aroma Value Chain Programme - Risks"
    head = ["No.", "Risk", "Category", "Likelihood", "Impact", "Owner", "Response"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(3, 5)
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(CACAO_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(CACAO_PEOPLE), rng.choice(["Open", "Monitoring", "Closed"])
        _put(ws, 4 + i, 1, [[i + 1, text, cat, p, c, who, plan, st]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    t1: Targets = _cols("A", [("id", None), "title", "category", "probability", "impact"])
    t1 |= _cols("F", ["owner", "response", "status"])
    ws2 = wb.create_sheet("Decisions")
    ws2["A1"] = "Cacao Fino de Aroma Value Chain Programme - Decisions"
    _put(ws2, 3, 1, [["Ref", "Date", "Decision", "Rationale", "Decided by"]])
    m = rng.randint(3, 5)
    when = _days(rng, m, date(2025, 10, 1))
    for i, (text, why) in enumerate(rng.sample(CACAO_DECISIONS, m)):
        who = rng.choice(["Steering Committee", "Programme Director", "Donor"])
        _put(ws2, 4 + i, 1, [[f"DEC-{i + 1:02d}", when[i], text, why, who]])
        ws2.cell(4 + i, 2).number_format = "d-mmm-yy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    t2: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "ec_cacao_consultancy_registers")
    tables = [_one("risks", "Risks", 3, t1, n), _one("decisions", "Decisions", 3, t2, m)]
    return Built(path, tables, values)


RODEO_ASSUMPTIONS = [
    "Existing grandstand footings can carry the new roof",
    "City waives the development levy for the arena",
    "Chute steel available from the Edmonton mill",
    "Livestock barns stay in use during construction",
    "Geotechnical report from 2019 still valid",
]
RODEO_PEOPLE = ["Dana Whitford", "Kyle Henderson", "Amrit Sandhu"]
RODEO_STATUS = {"Open": "Open", "Confirmed": "Validated", "Not valid": "Invalid"}
RODEO_STATUS |= {"Closed": "Closed"}


def ca_rodeo_grounds_design_assumptions(folder: Path, rng: random.Random) -> Built:
    """An architect's design-assumptions register for a Canadian rodeo grounds arena, sent
    with the schematic design: `A-##` numbers, `Assumption`, `Basis`, `Owner`, `Confirm
    by` cells shown `yyyy-mm-dd`, `Status` Open / Confirmed / Not valid / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Foothills Rodeo Grounds Covered Arena - Design Assumptions Register"
    ws["A2"] = "Issued by Prairie Form Architects with the Schematic Design report"
    head = ["No.", "Assumption", "Basis", "Owner", "Confirm by", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(3, 5)
    by = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(RODEO_ASSUMPTIONS, n)):
        who, st = rng.choice(RODEO_PEOPLE), rng.choice(list(RODEO_STATUS))
        basis = rng.choice(["Client brief", "Site visit", "Structural review"])
        _put(ws, 5 + i, 1, [[f"A-{i + 1:02d}", text, basis, who, by[i], st]])
        ws.cell(5 + i, 5).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", RODEO_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "assumption", None, "owner", "validate_by", "status"])
    path = _save(wb, folder, "ca_rodeo_grounds_design_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

PUMPKIN_STREAMS = ["Process design", "Food safety (FSMA)", "Automation", "Commissioning"]
PUMPKIN_STREAMS += ["Project management"]


def us_pumpkin_cannery_tm_fees(folder: Path, rng: random.Random) -> Built:
    """A process engineering consultancy's time-and-materials fee tracker for an Illinois
    pumpkin cannery's new puree line: one row per month and workstream, `Month` date cells
    shown `mmm yyyy`, `Hours`, `Blended rate ($/hr)`, `Fees ($)`, a `Not-to-exceed`
    line above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "T&M Fees")
    ws["A1"] = "Prairie Gold Foods - Puree Line 3 Expansion"
    ws["A2"] = "Consultant fees, time & materials (USD). Not-to-exceed: $1,250,000"
    _put(ws, 4, 1, [["Month", "Workstream", "Hours", "Blended rate ($/hr)", "Fees ($)"]])
    months = _months(date(2025, 9, 1), rng.randint(3, 5))
    streams = rng.sample(PUMPKIN_STREAMS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for month in months:
        for s in streams:
            hours, rate = float(rng.randrange(20, 400)), rng.choice([165.0, 180.0, 210.0])
            fee = hours * rate
            _put(ws, row, 1, [[month, s, hours, rate, fee]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            for c in (4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, s), "actual", fee))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", None, None, "actual"])
    path = _save(wb, folder, "us_pumpkin_cannery_tm_fees")
    table = TruthTable("T&M Fees", 4, "finance", targets,
                       {"finance": len(months) * len(streams)})  # fmt: skip
    return Built(path, [table], values)


RYOKAN_LINES = ["Bath house fit-out", "Tatami & shoji", "Kitchen equipment", "Garden works"]
RYOKAN_LINES += ["Design fees"]


def jp_ryokan_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A main contractor's invoice log for a Hakone ryokan's annex, kept by the client's
    PM: `PO No.`, `Invoice No.`, `Invoice date` cells shown `yyyy/mm/dd`, `Cost item`,
    `Amount excl. tax (JPY)`, `Consumption tax 10%`, `Total incl. tax`, `Paid` Yes / No;
    one invoice a cost item a month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoice Log")
    ws["A1"] = "Hakone Yumoto Ryokan Annex - Contractor Invoice Log"
    head = ["PO No.", "Invoice No.", "Invoice date", "Cost item", "Amount excl. tax (JPY)"]
    head += ["Consumption tax 10%", "Total incl. tax", "Paid"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    row, count = 4, 0
    for month in months:
        for line in rng.sample(RYOKAN_LINES, rng.randint(2, 3)):
            net = float(rng.randrange(50, 900) * 10000)
            day = month.replace(day=rng.choice([10, 20, 25, 28]))
            po = f"PO-{RYOKAN_LINES.index(line) + 1:02d}"
            cells: list[object] = [po, f"INV-{rng.randint(1000, 9999)}", day, line, net]
            cells += [net * 0.1, net * 1.1, rng.choice(["Yes", "No"])]
            _put(ws, row, 1, [cells])
            ws.cell(row, 3).number_format = "yyyy/mm/dd"
            for c in (5, 6, 7):
                ws.cell(row, c).number_format = "#,##0"
            values.append(ValueFact("finance", (month, line), "actual", net))
            row += 1
            count += 1
    targets: Targets = _cols("A", [None, None, "month", "cost_line", "actual", None, None])
    targets |= {"H": None}
    path = _save(wb, folder, "jp_ryokan_invoice_log")
    return Built(path, [TruthTable("Invoice Log", 3, "finance", targets, {"finance": count})],
                 values)  # fmt: skip


COG_PACKAGES = ["Rack & track renewal", "Rolling stock overhaul", "Signalling"]
COG_PACKAGES += ["Valley station", "Catenary"]


def ch_cog_railway_contractor_cashflow(folder: Path, rng: random.Random) -> Built:
    """A rail contractor's cash-flow forecast for a Swiss cog railway renewal: `Package`,
    `Basis` Contract / Forecast rows per package, months across as `MM.YYYY` text, CHF
    excl. VAT in the title, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Zahnradbahn Erneuerung Los 2 - Cash-flow forecast, CHF excl. VAT"
    ws["A2"] = "Contract values per the payment plan; forecast as of the last valuation"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 4, 1, [["Package", "Basis", *[f"{m:%m.%Y}" for m in months], "Total"]])
    pkgs = rng.sample(COG_PACKAGES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row = 5
    for pkg in pkgs:
        plan = [float(rng.randrange(1, 60) * 5000) for _ in months]
        fc = [round(p * rng.choice([0.9, 1.0, 1.0, 1.15]), -3) for p in plan]
        for basis, amounts, measure in (("Contract", plan, "budget"), ("Forecast", fc, "forecast")):
            _put(ws, row, 1, [[pkg, basis, *amounts, sum(amounts)]])
            for c in range(3, 10):
                ws.cell(row, c).number_format = "#,##0"
            for month, a in zip(months, amounts, strict=True):
                values.append(ValueFact("finance", (month, pkg), measure, a))
            row += 1
    path = _save(wb, folder, "ch_cog_railway_contractor_cashflow")
    table = TruthTable("Cash Flow", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(pkgs)})  # fmt: skip
    return Built(path, [table], values)


WOOL_STAFF = [
    ("Carmen Quispe", "Engagement Manager", 950),
    ("Diego Huaman", "Senior Consultant", 720),
    ("Lucia Mamani", "Consultant", 540),
    ("Renzo Paredes", "Analyst", 380),
    ("Valeria Condori", "Textile Specialist", 680),
]


def pe_wool_mill_consultancy_staffing(folder: Path, rng: random.Random) -> Built:
    """A management consultancy's staffing plan for a Peruvian alpaca wool mill's ERP
    roll-out: `Consultant`, `Grade`, `Day rate (USD)`, days per month across as date cells
    shown `mmm-yy`, a `Days` total column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing")
    ws["A1"] = "Arequipa Alpaca Mill ERP Programme - Consultancy Staffing Plan (days)"
    months = _months(date(2026, rng.randint(2, 5), 1), 5)
    _put(ws, 3, 1, [["Consultant", "Grade", "Day rate (USD)", *months, "Days"]])
    for c in range(4, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (name, grade, rate) in enumerate(rng.sample(WOOL_STAFF, 4)):
        days = [rng.choice([0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, grade, rate, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "pe_wool_mill_consultancy_staffing")
    table = TruthTable("Staffing", 3, "resources", {"A": "person", "B": "role", "C": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


MOSAIC_MILESTONES = [
    "M1 Survey and condition report accepted",
    "M2 Conservation method statement approved",
    "M3 Apse mosaic consolidation complete",
    "M4 Nave floor lifting and relaying complete",
    "M5 Final report and photographic record",
]
MOSAIC_STATUS = {"Accepted": "Complete", "Submitted": None, "Not due": None}


def it_mosaic_sow_payment_milestones(folder: Path, rng: random.Random) -> Built:
    """A conservation studio's statement-of-work payment milestones for a Ravenna basilica's
    mosaics: `Milestone`, `Contract date` / `Forecast date` / `Actual date` cells shown
    `dd/mm/yyyy`, `Payment %`, `Payment (EUR, excl. VAT)`, `Acceptance` Accepted /
    Submitted / Not due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "SOW Milestones")
    ws["A1"] = "Basilica Mosaics Conservation - SOW 2 payment milestones"
    ws["A2"] = "Studio Restauro Musivo s.r.l. - fixed price EUR 480,000 excl. VAT"
    head = ["Milestone", "Contract date", "Forecast date", "Actual date", "Payment %"]
    head += ["Payment (EUR, excl. VAT)", "Acceptance"]
    _put(ws, 4, 1, [head])
    n = 5
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    shares = [0.1, 0.2, 0.3, 0.3, 0.1]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for i, name in enumerate(MOSAIC_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        if i < done:
            st, actual = "Accepted", fc
        else:
            st, actual = rng.choice(["Submitted", "Not due"]), None
        _put(ws, 5 + i, 1, [[name, base[i], fc, actual, shares[i], 480000 * shares[i], st]])
        for c in (2, 3, 4):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 5).number_format = "0%"
        ws.cell(5 + i, 6).number_format = "#,##0"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if MOSAIC_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", MOSAIC_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    targets |= _cols("D", ["actual_date", None, None, "status"])
    path = _save(wb, folder, "it_mosaic_sow_payment_milestones")
    return Built(path, [_one("milestones", "SOW Milestones", 4, targets, n)], values)


PILGRIM_MILESTONES = [
    "Structural repairs to the stone barn",
    "Dormitory fit-out",
    "Kitchen and refectory",
    "Fire authority inspection",
    "Albergue opens to pilgrims",
]
PILGRIM_STATUS = {"Done": "Complete", "On schedule": None, "Delayed": "Late"}


def es_pilgrim_albergue_supplier_status(folder: Path, rng: random.Random) -> Built:
    """A building contractor's monthly status report to a Galician parish's pilgrim
    albergue project: a `Client project` / `Contract` / `Client PM` / `Contractor PM`
    block, `Report date` cell shown `dd/mm/yyyy`, `Overall` / `Programme` / `Cost` RAG
    words, a `Prices in EUR excl. IVA` line, then a `Milestones` table (`Milestone`,
    `Contract`, `Forecast`, `Status` Done / On schedule / Delayed)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    project = "Albergue de Peregrinos San Xoan - Restoration"
    client_pm, sponsor = "Ines Castro", "Fr. Manuel Otero"
    report = date(2026, rng.choice([2, 3, 4]), rng.choice([5, 20, 27]))
    ws["A1"] = "Construcciones Barreiro S.L. - Monthly Progress Report"
    rows: list[list[object]] = [["Client project", project], ["Contract", "CB-2025-118"]]
    rows += [["Client sponsor", sponsor], ["Client PM", client_pm]]
    rows += [["Contractor PM", "Xabier Pena"], ["Report date", report]]
    _put(ws, 3, 1, rows)
    ws["B8"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 10, 1, [["Overall", rags[0]], ["Programme", rags[1]], ["Cost", rags[2]]])
    _put(ws, 14, 1, [["Prices in EUR excl. IVA"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "currency", "EUR"),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Contract", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(PILGRIM_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 0, 10, 25]))
        st = "Done" if fc < report else rng.choice(["On schedule", "Delayed"])
        _put(ws, 18 + i, 1, [[name, due[i], fc, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if PILGRIM_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", PILGRIM_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "es_pilgrim_albergue_supplier_status")
    return Built(path, [_one("milestones", "Report", 17, targets, n)], values)


HELD_OUT_73: tuple[Layout, ...] = (
    Layout(
        "uk_ferris_wheel_contractor_raid",
        "UK observation wheel contractor's RAID extract (own Log No. codes, Party column)",
        uk_ferris_wheel_contractor_raid,
    ),
    Layout(
        "nl_flower_auction_consultant_risks",
        "Dutch flower auction consultancy risk register (H / M / L, 'Client PM (name)')",
        nl_flower_auction_consultant_risks,
    ),
    Layout(
        "om_dhow_boatyard_issue_log",
        "Omani boatyard issue log for a client's dhow (yard codes, P1-P3, dd/mm/yyyy text)",
        om_dhow_boatyard_issue_log,
    ),
    Layout(
        "pl_salt_mine_client_items",
        "Polish salt mine fit-out contractor's client-supplied items (dd.mm.yyyy cells)",
        pl_salt_mine_client_items,
    ),
    Layout(
        "ec_cacao_consultancy_registers",
        "Ecuadorian cacao programme consultancy workbook: Risks and Decisions sheets",
        ec_cacao_consultancy_registers,
    ),
    Layout(
        "ca_rodeo_grounds_design_assumptions",
        "Canadian rodeo arena architect's design assumptions register (Confirm by)",
        ca_rodeo_grounds_design_assumptions,
    ),
    Layout(
        "us_pumpkin_cannery_tm_fees",
        "US pumpkin cannery consultancy T&M fee tracker (month x workstream rows, USD)",
        us_pumpkin_cannery_tm_fees,
    ),
    Layout(
        "jp_ryokan_invoice_log",
        "Japanese ryokan contractor invoice log (excl. / incl. consumption tax, JPY)",
        jp_ryokan_invoice_log,
    ),
    Layout(
        "ch_cog_railway_contractor_cashflow",
        "Swiss cog railway contractor cash-flow (Contract / Forecast rows, MM.YYYY text)",
        ch_cog_railway_contractor_cashflow,
    ),
    Layout(
        "pe_wool_mill_consultancy_staffing",
        "Peruvian wool mill consultancy staffing plan in days (day rate column)",
        pe_wool_mill_consultancy_staffing,
    ),
    Layout(
        "it_mosaic_sow_payment_milestones",
        "Italian mosaic conservation SOW payment milestones (Accepted / Submitted)",
        it_mosaic_sow_payment_milestones,
    ),
    Layout(
        "es_pilgrim_albergue_supplier_status",
        "Spanish pilgrim albergue contractor's monthly status report (Client PM block)",
        es_pilgrim_albergue_supplier_status,
    ),
)
