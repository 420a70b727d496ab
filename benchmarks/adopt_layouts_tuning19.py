"""The nineteenth tuning batch (``TUNING_19``, round 31): twelve seeded legacy layouts with
ground truth, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what a
PMO in a large English-speaking organisation receives from its project managers, in
English, from a tool export (Redbooth), hand-built registers and trackers and accountants'
sheets, in sectors no earlier batch's docstring names (a beekeeping co-operative, a croquet
club, a piggery, an ice cream factory, a gin distillery, an aviary, a lawn bowls club, a
caravan park, mopane worm processing, a cannabis facility, a car wash chain, a pipe band
hall). Another engineer tunes on it.

Registers:

- ``nz_beekeeping_redbooth_tasks``: a NZ beekeeping co-operative's extraction shed issues
  kept as Redbooth tasks and exported (sheet `Tasks`, header on row 1): `Project`, `Task
  List`, `Task Name`, `Description`, `Assigned To`, `Created At` / `Due On` ISO text,
  `Status` new / open / hold / resolved.
- ``uk_croquet_club_risk_register``: a UK croquet club's pavilion risk register: a title
  and a `Last reviewed` line, the header on row 4, `No.` 1.., `Date identified` as
  `dd.mm.yyyy` text, `Risk description`, `Category` (standard words), `Likelihood` /
  `Impact` H / M / L, `Owner`, `Mitigation`, `Status` Open / Closed.
- ``pg_piggery_raid_log``: a Papua New Guinea piggery's mixed RAID log: a title, the header
  on row 3, `ID` RAID-01.. over all types, `Type` Risk / Assumption / Issue / Dependency in
  words, `Description`, `Owner`, `Raised` cells shown `dd-mmm-yy`, `Status` Open / Closed.
- ``bb_ice_cream_decision_log``: a Barbados ice cream factory's decision log from row 1:
  `Decision ID` DEC-001.., `Date` cells shown `dd/mm/yyyy`, `Decision`, `Rationale`,
  `Decided by`.
- ``gi_gin_distillery_dependencies``: a Gibraltar gin distillery's dependency log: a title,
  the header on row 3, `Ref` 1.., `Dependency`, `In / Out` In / Out, `Owner`, `Need by`
  cells shown `d mmm yyyy`, `Status` On Track / At Risk / Late / Delivered / Met.
- ``sg_aviary_issue_log``: a Singapore aviary's issue log: a title, the header on row 2,
  `S/N` 1.., `Issue`, `Raised on` cells shown `d/m/yyyy`, `PIC`, `Priority` High / Medium /
  Low, `Target date`, `Status` Open / In Progress / Closed, `Remarks`.

Trackers:

- ``au_lawn_bowls_budget_actual_rows``: an Australian lawn bowls club's FY 2025-26 tracker:
  `(AUD)` in the title, `Cost line`, a `Type` column Budget / Actual, months Jul-25 ..
  Jun-26 as date cells shown `mmm-yy` across, actuals for closed months only.
- ``ie_caravan_park_forecast``: an Irish caravan park's cost forecast: `(€)` in the title,
  `Cost line`, months as `Jan-26` text across, a `Total` column.
- ``bw_mopane_processing_ledger``: a Botswana mopane worm processing plant's monthly actuals
  kept long: `Month` cells shown `mmm yyyy`, `Cost line`, `Amount (BWP)`.
- ``ca_cannabis_facility_resource_plan``: a Canadian licensed cannabis facility's resource
  plan in FTE: `Resource`, `Role`, months as `Jan 2026` text across.
- ``za_car_wash_milestone_plan``: a South African car wash chain's milestone plan: `Ref`
  M1.., `Milestone`, `Responsible`, `Planned date` / `Forecast date` / `Actual date`
  text `dd/mm/yyyy`, `Status` Complete / In Progress / Not Started / Delayed.
- ``uk_pipe_band_hall_status_report``: a Scottish pipe band hall's status report: label /
  value rows (`Project`, `Sponsor`, `Project Manager`, `Period ending` date cell),
  RAG words `Overall`, `Time`, `Cost`, `Scope`, `Commentary`, `All figures in GBP`, then a
  `Milestones` table (`Milestone`, `Planned`, `Forecast`, `Status`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Redbooth `Status` `new` (Open, or not yet an issue?) and `hold` (Open or In
  Progress?): no status fact; `open` is Open and `resolved` Resolved; `Project` and `Task
  List`: left out; `Created At` is the raised date, `Due On` the due date;
- the croquet register's `Likelihood` / `Impact` H / M / L (on a 1-5 scale: 4, 5 or 3?):
  no probability or impact fact; `No.` 1..: no id fact; `dd.mm.yyyy` text is day first
  (UK); `Mitigation` is the response;
- the piggery log's `RAID-01` numbered across all types (which register's id?): no id
  fact; a dependency's `Raised` (no raised date in the standard): no fact;
- the decision log's `DEC-001` (DC-001, or a prefix kept?): no id fact;
- the gin distillery's `Met` (Delivered or Closed?): no status fact; `In` is Inbound and
  `Out` Outbound; `Ref` 1..: no id fact;
- the aviary log's `PIC` (person in charge) is the owner; `S/N`: no id fact; `Remarks`:
  left out; `Target date` is the due date;
- the car wash plan's `Delayed` (At Risk or Late?): no status fact; `Ref` M1..: the ID or
  left out, no value; text dates are day first (South Africa, a day past 12 in each);
- the pipe band report's milestone `Status` Complete / In Progress / Not Started are the
  standard words; `Time` is the schedule RAG, `Cost` the cost RAG; `Period ending` is the
  report date; `All figures in GBP` is GBP;
- the mopane ledger's `Amount (BWP)` (not on the standard's list): no currency fact;
- the bowls tracker's blank actual months are no zero and no item; `(AUD)` is AUD;
- the caravan park's `Total` column is no month; `(€)` is EUR; the amounts are forecasts
  (the title says `Cost forecast`);
- the cannabis facility's FTE per month: counts only, no value facts (as earlier batches'
  resource plans).

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact. It was written and checked for internal
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

BEE_ISSUES = [
    ("Honey extractor motor burnt out", "Spare on order from Hamilton"),
    ("Manuka test results delayed by the lab", "MPI export certificate waits on them"),
    ("Drum store floor not food grade", "Needs an epoxy coat before audit"),
    ("Hot room thermostat reading 4 degrees high", "Recalibration booked"),
    ("Extraction shed consent conditions unclear", "Council planner to confirm"),
    ("Forklift operator certificate expired", "Refresher course next month"),
]
BEE_PEOPLE = ["Aroha Tane", "Graham Whitley", "Mere Paewai", "Josh Keane"]
REDBOOTH_STATUS = {"new": None, "open": "Open", "hold": None, "resolved": "Resolved"}


def nz_beekeeping_redbooth_tasks(folder: Path, rng: random.Random) -> Built:
    """A NZ beekeeping co-operative's issues as a Redbooth task export: ISO text dates,
    `Status` new / open / hold / resolved."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    head = ["Project", "Task List", "Task Name", "Description", "Assigned To", "Created At"]
    head += ["Due On", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i, (text, desc) in enumerate(rng.sample(BEE_ISSUES, n)):
        who = rng.choice(BEE_PEOPLE)
        due = made[i] + timedelta(days=rng.choice([7, 10, 21]))
        st = rng.choice(list(REDBOOTH_STATUS))
        cells: list[object] = ["Waikato Honey Co-op Extraction Shed", "Issues", text, desc]
        cells += [who, made[i].isoformat(), due.isoformat(), st]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if REDBOOTH_STATUS[st]:
            values.append(ValueFact("issues", i, "status", REDBOOTH_STATUS[st]))
    targets: Targets = _cols("A", [None, None, "title", "description", "owner", "raised_date"])
    targets |= {"G": "due_date", "H": "status"}
    path = _save(wb, folder, "nz_beekeeping_redbooth_tasks")
    return Built(path, [_one("issues", "Tasks", 1, targets, n)], values)


CROQUET_RISKS = [
    ("Lawn drainage fails after winter rain", "Technical", "Slit drainage before spring"),
    ("Lottery grant smaller than bid", "Financial", "Phase the veranda work"),
    ("Volunteer groundsman retires mid-project", "People", "Train a second volunteer"),
    ("Listed building consent for the pavilion roof", "Legal", "Early talks with the council"),
    ("Builder's quote expires before the AGM vote", "Commercial", "Ask for a 90-day hold"),
    ("Tournament calendar clashes with the works", "Schedule", "Move works to October"),
]
CROQUET_OWNERS = ["Hugh Pemberton", "Margaret Ellis", "Clive Ashdown"]


def uk_croquet_club_risk_register(folder: Path, rng: random.Random) -> Built:
    """A UK croquet club's risk register: header on row 4, `dd.mm.yyyy` text dates, H / M / L
    likelihood and impact."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Budleigh Croquet Club - Pavilion Refurbishment Risk Register"
    ws["A2"] = f"Last reviewed at committee, {rng.choice(['February', 'March'])} 2026"
    head = ["No.", "Date identified", "Risk description", "Category", "Likelihood", "Impact"]
    head += ["Owner", "Mitigation", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(CROQUET_RISKS, n)):
        who, st = rng.choice(CROQUET_OWNERS), rng.choice(["Open", "Open", "Closed"])
        cells: list[object] = [i + 1, f"{made[i]:%d.%m.%Y}", text, cat]
        cells += [rng.choice("HML"), rng.choice("HML"), who, plan, st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "category"])
    targets |= _cols("E", ["probability", "impact", "owner", "response", "status"])
    path = _save(wb, folder, "uk_croquet_club_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


PIGGERY_ROWS = [
    ("Risk", "African swine fever reaches the Highlands"),
    ("Risk", "Feed mill prices rise with the kina"),
    ("Assumption", "Provincial government funds the access road"),
    ("Assumption", "Local clans agree the land lease"),
    ("Issue", "Borrowed boar pens too small for the new sows"),
    ("Issue", "Water tank delivery stuck at Lae wharf"),
    ("Dependency", "DAL veterinary inspection before stocking"),
    ("Dependency", "PNG Power line extension to the farm"),
]
PIGGERY_PEOPLE = ["Kila Wari", "John Kaupa", "Mary Sione", "Peter Yakam"]
PIGGERY_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
PIGGERY_REG["Dependency"] = "dependencies"


def pg_piggery_raid_log(folder: Path, rng: random.Random) -> Built:
    """A PNG piggery's mixed RAID log: `Type` in words, `RAID-01` ids across all types,
    `dd-mmm-yy` date cells, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Mount Hagen Piggery Expansion - RAID Log"
    _put(ws, 3, 1, [["ID", "Type", "Description", "Owner", "Raised", "Status"]])
    rows = [r for k, r in enumerate(PIGGERY_ROWS) if k % 2 == 0 or rng.random() < 0.5]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = PIGGERY_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(PIGGERY_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        _put(ws, 4 + k, 1, [[f"RAID-{k + 1:02d}", kind, text, who, logged[k], st]])
        ws.cell(4 + k, 5).number_format = "dd-mmm-yy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= {"E": ("raised_date", None), "F": "status"}
    path = _save(wb, folder, "pg_piggery_raid_log")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


ICE_DECISIONS = [
    ("Second batch freezer bought second-hand", "New unit lead time 9 months"),
    ("Coconut and rum flavours launched first", "Tourist demand in the west coast hotels"),
    ("Cold store moved to Wildey", "Closer to the port and the hotels"),
    ("Switch to recyclable tubs", "Hotel buyers asked for it"),
    ("Night deliveries stopped", "Driver safety and overtime cost"),
]
ICE_BY = ["Board of Directors", "Operations Manager", "Steering Group"]


def bb_ice_cream_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Barbados ice cream factory's decision log from row 1: `DEC-001` ids, `dd/mm/yyyy`
    date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    _put(ws, 1, 1, [["Decision ID", "Date", "Decision", "Rationale", "Decided by"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(ICE_DECISIONS, n)):
        who = rng.choice(ICE_BY)
        _put(ws, 2 + i, 1, [[f"DEC-{i + 1:03d}", when[i], text, why, who]])
        ws.cell(2 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "bb_ice_cream_decision_log")
    return Built(path, [_one("decisions", "Decisions", 1, targets, n)], values)


GIN_DEPS = [
    ("Duty-free licence from HM Customs Gibraltar", "In"),
    ("Botanicals import clearance at the frontier", "In"),
    ("Label artwork to the Spanish printer", "Out"),
    ("Still delivered from the German maker", "In"),
    ("Tasting room plans to the Development and Planning Commission", "Out"),
]
GIN_PEOPLE = ["Nadia Sacramento", "Kevin Bossino", "Lucia Payas"]
GIN_STATUS = {"On Track": "On Track", "At Risk": "At Risk", "Late": "Late"}
GIN_STATUS |= {"Delivered": "Delivered", "Met": None}


def gi_gin_distillery_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Gibraltar gin distillery's dependency log: header on row 3, `In / Out`, `Need by`
    cells shown `d mmm yyyy`, a `Met` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Rock Gin Distillery Fit-out - Dependencies"
    _put(ws, 3, 1, [["Ref", "Dependency", "In / Out", "Owner", "Need by", "Status"]])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(GIN_DEPS, n)):
        who, st = rng.choice(GIN_PEOPLE), rng.choice(list(GIN_STATUS))
        _put(ws, 4 + i, 1, [[i + 1, text, way, who, need[i], st]])
        ws.cell(4 + i, 5).number_format = "d mmm yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
        ]
        if GIN_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", GIN_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "direction", "owner", "need_by"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "gi_gin_distillery_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


AVIARY_ISSUES = [
    "Mesh canopy tension cable snapped",
    "Misting system nozzles clogging",
    "Hornbill holding pens not ready",
    "NParks tree permit for the boardwalk pending",
    "Keeper rota short during the move",
    "Visitor path lighting disturbs the night birds",
]
AVIARY_PIC = ["Tan Wei Ming", "Siti Nurhaliza", "Rajesh Kumar", "Jasmine Lim"]


def sg_aviary_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Singapore aviary's issue log: header on row 2, `S/N`, `PIC` owner, `d/m/yyyy`
    date cells, a `Remarks` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Mandai Rainforest Aviary Upgrade - Issue Log"
    head = ["S/N", "Issue", "Raised on", "PIC", "Priority", "Target date", "Status", "Remarks"]
    _put(ws, 2, 1, [head])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(AVIARY_ISSUES, n)):
        who, pr = rng.choice(AVIARY_PIC), rng.choice(["High", "Medium", "Low"])
        due = raised[i] + timedelta(days=rng.choice([7, 14, 30]))
        st = rng.choice(["Open", "In Progress", "Closed"])
        cells: list[object] = [i + 1, text, raised[i], who, pr, due, st]
        cells += [rng.choice(["Follow up with contractor", None])]
        _put(ws, 3 + i, 1, [cells])
        for c in (3, 6):
            ws.cell(3 + i, c).number_format = "d/m/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "raised_date", "owner", "priority"])
    targets |= _cols("F", ["due_date", "status", None])
    path = _save(wb, folder, "sg_aviary_issue_log")
    return Built(path, [_one("issues", "Issues", 2, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

BOWLS_LINES = ["Synthetic green", "Clubhouse kitchen", "Shade sails", "Lighting", "Irrigation"]


def au_lawn_bowls_budget_actual_rows(folder: Path, rng: random.Random) -> Built:
    """An Australian lawn bowls club's FY 2025-26 tracker: a `Type` column Budget / Actual
    under each cost line, month date cells `mmm-yy` across, `(AUD)` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26")
    ws["A1"] = "Mornington Bowls Club Green Replacement - Budget vs Actual FY 2025-26 (AUD)"
    months = _months(date(2025, 7, 1), 12)
    _put(ws, 3, 1, [["Cost line", "Type", *months]])
    for c in range(3, 15):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(BOWLS_LINES, rng.randint(3, 4))
    done = rng.randint(3, 8)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 4
    for line in lines:
        for kind in ("Budget", "Actual"):
            amounts: list[float | None] = []
            for m, month in enumerate(months):
                if kind == "Actual" and m >= done:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(2, 80) * 500)
                amounts.append(amount)
                values.append(ValueFact("finance", (month, line), kind.lower(), amount))
            _put(ws, row, 1, [[line, kind, *amounts]])
            for c in range(3, 15):
                ws.cell(row, c).number_format = "#,##0"
            row += 1
    table = TruthTable("FY26", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 12 * len(lines)})  # fmt: skip
    path = _save(wb, folder, "au_lawn_bowls_budget_actual_rows")
    return Built(path, [table], values)


CARAVAN_LINES = ["Hardstands", "Shower block", "EV chargers", "Reception cabin", "Wastewater"]


def ie_caravan_park_forecast(folder: Path, rng: random.Random) -> Built:
    """An Irish caravan park's cost forecast: `Jan-26` text months across, `(€)` in the
    title, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Strandhill Caravan Park Upgrade - Cost forecast (€)"
    months = _months(date(2026, 1, 1), rng.randint(6, 9))
    _put(ws, 3, 1, [["Cost line", *[f"{m:%b-%y}" for m in months], "Total"]])
    lines = rng.sample(CARAVAN_LINES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(1, 60) * 750) for _ in months]
        _put(ws, 4 + r, 1, [[line, *amounts, sum(amounts)]])
        for c in range(2, len(months) + 3):
            ws.cell(4 + r, c).number_format = "€#,##0"
        for month, amount in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "forecast", amount))
    table = TruthTable("Forecast", 3, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    path = _save(wb, folder, "ie_caravan_park_forecast")
    return Built(path, [table], values)


MOPANE_LINES = ["Harvester payments", "Drying racks", "Packaging", "Transport", "Wages"]


def bw_mopane_processing_ledger(folder: Path, rng: random.Random) -> Built:
    """A Botswana mopane worm processing plant's actuals kept long: `Month` cells shown
    `mmm yyyy`, `Cost line`, `Amount (BWP)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Francistown Mopane Processing Plant - Monthly actuals"
    _put(ws, 3, 1, [["Month", "Cost line", "Amount (BWP)"]])
    months = _months(date(2025, 4, 1), rng.randint(3, 5))
    values: list[ValueFact] = []
    row = 4
    for month in months:
        for line in rng.sample(MOPANE_LINES, rng.randint(2, 4)):
            amount = round(rng.randrange(200, 9000) * 10 + rng.choice([0.0, 0.5]), 2)
            _put(ws, row, 1, [[month, line, amount]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            ws.cell(row, 3).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, line), "actual", amount))
            row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "actual"}
    table = TruthTable("Actuals", 3, "finance", targets, {"finance": row - 4})
    path = _save(wb, folder, "bw_mopane_processing_ledger")
    return Built(path, [table], values)


CANNABIS_PEOPLE = [
    ("Megan Tremblay", "Quality Assurance Person"),
    ("Arjun Sidhu", "Grow Room Lead"),
    ("Chris Nakamura", "HVAC Engineer"),
    ("Ashley Roy", "Security Coordinator"),
    ("Brandon Olsen", "Project Manager"),
]


def ca_cannabis_facility_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Canadian licensed cannabis facility's resource plan in FTE: `Resource`, `Role`,
    `Jan 2026` text months across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Kelowna Cultivation Facility Expansion - Resource Plan (FTE)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 2, 1, [["Resource", "Role", *[f"{m:%b %Y}" for m in months]]])
    count = 0
    for r, (name, role) in enumerate(rng.sample(CANNABIS_PEOPLE, rng.randint(3, 5))):
        fte = [rng.choice([0, 0.2, 0.5, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        _put(ws, 3 + r, 1, [[name, role, *[f or None for f in fte]]])
    table = TruthTable("Resource Plan", 2, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "ca_cannabis_facility_resource_plan")
    return Built(path, [table], [])


CARWASH_MILESTONES = [
    "Site lease signed in Centurion",
    "Water recycling plant approved by the municipality",
    "Tunnel equipment landed in Durban",
    "Building works complete",
    "Staff trained",
    "First site open",
]
CARWASH_PEOPLE = ["Thabo Nkosi", "Lerato Mokoena", "Pieter van Wyk"]
CARWASH_STATUS = {"In Progress": "In Progress", "Not Started": "Not Started", "Delayed": None}


def za_car_wash_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A South African car wash chain's milestone plan: `Ref` M1.., `Responsible`,
    `dd/mm/yyyy` text dates, a `Delayed` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "SparkleWash Gauteng Rollout - Milestone Plan"
    head = ["Ref", "Milestone", "Responsible", "Planned date", "Forecast date", "Actual date"]
    _put(ws, 3, 1, [[*head, "Status"]])
    n = rng.randint(4, 6)
    plan = _days(rng, n, date(2025, 11, 3))
    fcs = [p + timedelta(days=rng.choice([0, 0, 7, 20])) for p in plan]
    if not any(f.day > 12 for f in fcs):
        fcs[-1] = fcs[-1].replace(day=25)
    done = rng.randint(0, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(CARWASH_MILESTONES[:n]):
        who = rng.choice(CARWASH_PEOPLE)
        if i < done:
            st, actual = "Complete", fcs[i]
        else:
            st, actual = rng.choice(list(CARWASH_STATUS)), None
        cells: list[object] = [f"M{i + 1}", name, who, _dmy(plan[i]), _dmy(fcs[i])]
        cells += [_dmy(actual) if actual else None, st]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", fcs[i]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        mapped = "Complete" if st == "Complete" else CARWASH_STATUS[st]
        if mapped:
            values.append(ValueFact("milestones", i, "status", mapped))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    path = _save(wb, folder, "za_car_wash_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


PIPE_MILESTONES = [
    "Practice hall roof replaced",
    "Drum store and lockers fitted",
    "Acoustic panels installed",
    "Accessible toilet complete",
    "Hall reopened for the winter season",
]


def uk_pipe_band_hall_status_report(folder: Path, rng: random.Random) -> Built:
    """A Scottish pipe band hall's status report: label / value rows, a `Period ending` date
    cell, RAG words (`Time`, `Cost`), `All figures in GBP`, a `Milestones` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    project, sponsor, pm = "Kintyre Pipe Band Hall Refurbishment", "Alasdair Munro", "Fiona Reid"
    report = date(2026, 2, rng.choice([13, 20, 27]))
    ws["A1"] = "Monthly Highlight Report"
    _put(ws, 3, 1, [["Project", project], ["Sponsor", sponsor], ["Project Manager", pm]])
    _put(ws, 6, 1, [["Period ending", report]])
    ws["B6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 8, 1, [["Overall", rags[0]], ["Time", rags[1]], ["Cost", rags[2]]])
    _put(ws, 11, 1, [["Scope", rags[3]]])
    summary = rng.choice(
        [
            "Roof done; joiner starts on the drum store next week.",
            "Slater delayed by the weather; hall still closed to practice.",
        ]
    )
    _put(ws, 13, 1, [["Commentary", summary], ["All figures in GBP"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", summary),
        ValueFact("project", 0, "currency", "GBP"),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(3, 5)
    planned = _days(rng, n, date(2025, 11, 10))
    for i, name in enumerate(PIPE_MILESTONES[:n]):
        fc = planned[i] + timedelta(days=rng.choice([0, 0, 14]))
        st = "Complete" if fc < report else rng.choice(["In Progress", "Not Started"])
        _put(ws, 18 + i, 1, [[name, planned[i], fc, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "uk_pipe_band_hall_status_report")
    return Built(path, [_one("milestones", "Report", 17, targets, n)], values)


TUNING_19: tuple[Layout, ...] = (
    Layout(
        "nz_beekeeping_redbooth_tasks",
        "NZ beekeeping co-op Redbooth task export as issues (new / open / hold / resolved)",
        nz_beekeeping_redbooth_tasks,
    ),
    Layout(
        "uk_croquet_club_risk_register",
        "UK croquet club risk register (header on row 4, dd.mm.yyyy text, H / M / L)",
        uk_croquet_club_risk_register,
    ),
    Layout(
        "pg_piggery_raid_log",
        "PNG piggery mixed RAID log (Type in words, RAID-01 ids across types)",
        pg_piggery_raid_log,
    ),
    Layout(
        "bb_ice_cream_decision_log",
        "Barbados ice cream factory decision log (DEC-001, dd/mm/yyyy cells)",
        bb_ice_cream_decision_log,
    ),
    Layout(
        "gi_gin_distillery_dependencies",
        "Gibraltar gin distillery dependency log (In / Out, d mmm yyyy cells, Met)",
        gi_gin_distillery_dependencies,
    ),
    Layout(
        "sg_aviary_issue_log",
        "Singapore aviary issue log (S/N, PIC, d/m/yyyy cells, Remarks)",
        sg_aviary_issue_log,
    ),
    Layout(
        "au_lawn_bowls_budget_actual_rows",
        "Australian lawn bowls FY 2025-26 Budget / Actual rows per line, months across (AUD)",
        au_lawn_bowls_budget_actual_rows,
    ),
    Layout(
        "ie_caravan_park_forecast",
        "Irish caravan park cost forecast (Jan-26 text months across, Total column, €)",
        ie_caravan_park_forecast,
    ),
    Layout(
        "bw_mopane_processing_ledger",
        "Botswana mopane processing monthly actuals kept long (Month / Cost line / BWP)",
        bw_mopane_processing_ledger,
    ),
    Layout(
        "ca_cannabis_facility_resource_plan",
        "Canadian cannabis facility resource plan in FTE (Jan 2026 text months across)",
        ca_cannabis_facility_resource_plan,
    ),
    Layout(
        "za_car_wash_milestone_plan",
        "South African car wash milestone plan (M1 refs, dd/mm/yyyy text, Delayed)",
        za_car_wash_milestone_plan,
    ),
    Layout(
        "uk_pipe_band_hall_status_report",
        "Scottish pipe band hall highlight report (Time / Cost RAG, Milestones table)",
        uk_pipe_band_hall_status_report,
    ),
)
