"""The twenty-third tuning batch (``TUNING_23``, round 32): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what
a PMO in a large English-speaking organisation receives from its project managers, in
English, from a tool export (Productive), hand-built registers and trackers and
accountants' sheets, in sectors no earlier batch's docstring names (a sail loft, a nutmeg
receiving station, a park bandstand, a thoroughbred stud, a village hall, a heritage
rope walk, lime kilns, a model ship workshop, a darts arena, a houseboat yard, a sail
training brig, a wet market), in NZ, Grenada, Bermuda, Australia, the UK, Canada, South
Africa, Mauritius, the US, India, Ireland and Singapore.

Registers:

- ``nz_sail_loft_productive_issues``: a NZ sail loft's issues kept as tasks in Productive
  and exported (sheet `Tasks`, header on row 1): `Task ID` (a seven-digit tool number),
  `Task`, `Task list` Issues, `Assignee`, `Workflow status` Not started / In progress /
  Done, `Created at` and `Due date` as ISO text.
- ``gd_nutmeg_station_risk_register``: a Grenadian nutmeg station's risk register: a title
  and a `Reviewed monthly` line, the header on row 4, `No.` 1.., `Date identified` cells shown
  `dd-mmm-yy`, `Risk Description`, `Category` (standard words), `Likelihood` / `Impact` as
  H / M / L, `Mitigation`, `Risk Owner` as `Ms A. Mitchell`, `Status` Open / Closed.
- ``bm_bandstand_raid_log``: a Bermuda park bandstand restoration's mixed RAID log on one
  sheet: `ID` one running number across types, `Type` Risk / Assumption / Issue /
  Dependency words, `Description`, `Owner` as `T. Outerbridge`, `Logged` as `05/03/2026`
  text, `Open?` Y / N, `Comments`.
- ``au_stud_farm_decision_log``: an Australian thoroughbred stud's decision register: a
  title, the header on row 3, `Decision No.` DEC-01.., `Date` cells shown `d/mm/yyyy`,
  `Decision`, `Rationale`, `Decided by` (a body, a role or a name), `Impact` words.
- ``uk_village_hall_issue_log``: a UK village hall's refurbishment issue log: a title, the header on
  row 3, `Ref` I-001.., `Date raised` and `Target date` as `05/03/2026` text, `Issue`,
  `Impact` H / M / L, `Action owner`, `Status` Open / In Progress / Closed, `Update`.
- ``ca_rope_walk_dependency_register``: a Nova Scotia heritage rope walk's dependency
  register: a title and an `In = .. Out = ..` note, the header on row 4, `ID` D-001..,
  `Dependency`, `In / Out`, `Owner`, `Needed by` cells shown `yyyy-mm-dd`, `Status` On
  Track / At Risk / Delivered.

Trackers:

- ``za_lime_kiln_budget_actual_pairs``: a South African lime kiln restoration's tracker:
  `(Rand)` in the title, month labels `Jul 2026` .. as text over a `Budget` / `Actual`
  pair of columns each (two header rows), cost lines down, `"R" #,##0.00` amounts, actuals
  for the months closed so far.
- ``mu_model_ship_workshop_fy_budget``: a Mauritian model ship workshop's approved budget FY
  2026/27: `(MUR)` in the title, `Jul-26` .. `Jun-27` text across, a `Full Year` column.
- ``us_darts_arena_monthly_log``: a US darts arena fit-out's monthly cost log as one long
  table: `Month` date cells shown `mmm yyyy`, `Cost Item`, `Budget ($)`, `Actual ($)`
  (blank for months not closed), `Variance ($)`.
- ``in_houseboat_yard_resource_plan``: a Kerala houseboat yard's resource loading in days:
  `Role` first, `Resource`, month labels `Apr'26` text across, a `Total` column.
- ``ie_sail_training_brig_milestone_plan``: an Irish sail training brig's refit milestone
  plan: a `Status at ..` line, `Ref` M1.., `Milestone`, `Owner`, `Planned` / `Forecast` /
  `Actual` as `12-Mar-2026` text, `Status` (standard words and `On schedule`), `Comments`.
- ``sg_wet_market_status_report``: a Singapore wet market refurbishment's status report:
  `Project:` / `PM:` / `Sponsor:` / `Period ending:` labels with values beside (a date
  cell), `Overall RAG` / `Schedule RAG` / `Cost RAG` words, `All amounts in SGD`, then a
  `Milestones` table (`Milestone`, `Target`, `Forecast` date cells, standard statuses).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the bandstand log's `Open?` Y / N (N: Closed, or for an assumption Validated or
  Invalid?): no status fact; its running `ID` 1.. across types (renumbered per register
  or kept?): no id fact; a dependency's `Logged` (no raised date in the standard): no
  fact; the `Type` words are the register; `Comments`: left out;
- the Productive export's `Done` (Resolved or Closed?): no status fact, `Not started` is
  Open and `In progress` In Progress; `Task ID` (a tool number, not an issue id): left
  out; `Task list`: left out; `Created at` is the raised date;
- the nutmeg register's H / M / L likelihood and impact (which of the 1-5 levels?): no
  fact; `No.` 1..: no id fact; `Mitigation` is the response;
- the village hall log's `Impact` H / M / L (priority or severity, and which level?): no
  fact; `Update`: left out; text dates are day first (a day past 12 in each column);
- the stud's `DEC-01` is DC-001 (a register of decisions numbers its decisions: as the
  forty-seventh batch's audit read `D01`); `Impact`: left out; `Decided by` is the maker
  as written;
- the brig plan's `On schedule` (In Progress or Not Started?): no status fact; `Ref` M1..:
  the ID or left out, no value; the `Status at` line: no report date (no month's year
  doubt, but a plan, not a report); text dates are what they say;
- the lime kiln tracker's `Rand` and the model ship workshop's `MUR` (not on the standard's
  currency list): no currency fact; the kiln's blank actual months are no zero and no
  item; the model ship workshop's `Full Year` column: no month; its amounts are budgets (the
  title says `Approved Budget`); its `Jul-26` labels are July 2026 (FY 2026/27);
- the darts log's `Variance ($)`: left out; blank actuals are no fact; `($)` names no currency (lead, round 32: a bare `$` is several dollars, as round 31's audit ruled);
- the houseboat plan's days per month: counts only, no value facts (as earlier batches'
  resource plans); `Total`: no month;
- the wet market report's `Period ending` date cell is the report date; `Cost RAG` the
  cost RAG; `All amounts in SGD` the currency; `Target` the baseline and `Forecast` the
  forecast.

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
    _past_twelfth,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

SAIL_ISSUES = [
    "Dacron roll delivered in the wrong weight",
    "Loft floor needs resealing before cutting",
    "Plotter software licence expired",
    "Racing client disputes the mainsail drawing",
    "Sewing machine motor burnt out",
    "Courier lost the Auckland batten order",
]
SAIL_PEOPLE = ["Mere Tane", "Josh Hollis", "Kate Brennan", "Sam Iti"]
SAIL_STATUS = {"Not started": "Open", "In progress": "In Progress", "Done": None}


def nz_sail_loft_productive_issues(folder: Path, rng: random.Random) -> Built:
    """A NZ sail loft's issues kept as tasks in Productive and exported to Excel: `Task`,
    `Task list` Issues, `Assignee`, `Workflow status`, `Created at` / `Due date` ISO text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    head = ["Task ID", "Task", "Task list", "Assignee", "Workflow status", "Created at"]
    head += ["Due date"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SAIL_ISSUES, n)):
        who, st = rng.choice(SAIL_PEOPLE), rng.choice(list(SAIL_STATUS))
        due = made[i] + timedelta(days=rng.choice([5, 10, 20]))
        cells: list[object] = [rng.randint(4100000, 4199999), text, "Issues", who, st]
        cells += [made[i].isoformat(), due.isoformat()]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if SAIL_STATUS[st]:
            values.append(ValueFact("issues", i, "status", SAIL_STATUS[st]))
    targets: Targets = _cols("A", [None, "title", None, "owner", ("status", None)])
    targets |= _cols("F", ["raised_date", "due_date"])
    path = _save(wb, folder, "nz_sail_loft_productive_issues")
    return Built(path, [_one("issues", "Tasks", 1, targets, n)], values)


NUTMEG_RISKS = [
    ("Hurricane damage to the drying sheds", "Operational"),
    ("Export certificate rules change in the EU", "Legal"),
    ("Grant tranche from the development bank delayed", "Financial"),
    ("Sorting staff leave for the cruise season", "People"),
    ("Mace grading machine spares unavailable", "Technical"),
    ("Shipping line drops the Grenada call", "Third Party"),
]
NUTMEG_OWNERS = ["Mr K. Charles", "Ms A. Mitchell", "Mr D. St. Bernard", "Ms R. Noel"]


def gd_nutmeg_station_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Grenadian nutmeg receiving station's risk register: a title and a `Last updated`
    line above the header on row 4, `No.` 1.., `Date identified` cells shown `dd-mmm-yy`,
    `H / M / L` likelihood and impact words, `Risk Owner` with a title, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Gouyave Nutmeg Station Modernisation - RISK REGISTER"
    ws["A2"] = "Reviewed monthly by the station committee"
    head = ["No.", "Date identified", "Risk Description", "Category", "Likelihood"]
    head += ["Impact", "Mitigation", "Risk Owner", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    hml = {"H": 4.0, "M": 3.0, "L": 2.0}
    for i, (text, cat) in enumerate(rng.sample(NUTMEG_RISKS, n)):
        p, c = rng.choice(list(hml)), rng.choice(list(hml))
        who = rng.choice(NUTMEG_OWNERS)
        st = rng.choice(["Open", "Open", "Closed"])
        plan = rng.choice(["Insure and monitor", "Second supplier", "Early booking"])
        _put(ws, 5 + i, 1, [[i + 1, made[i], text, cat, p, c, plan, who, st]])
        ws.cell(5 + i, 2).number_format = "dd-mmm-yy"
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "category"])
    targets |= _cols("E", [("probability", None), ("impact", None), "response", "owner"])
    targets |= {"I": "status"}
    path = _save(wb, folder, "gd_nutmeg_station_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


BANDSTAND_ROWS = [
    ("Risk", "Cast iron columns more corroded than surveyed"),
    ("Risk", "Hurricane season stops work on the roof"),
    ("Assumption", "Corporation of Hamilton keeps the park open during works"),
    ("Assumption", "Heritage grant covers the ironwork"),
    ("Issue", "Lead paint found on the balustrade"),
    ("Issue", "Replacement lanterns held at customs"),
    ("Dependency", "BELCO power disconnection for the lighting"),
    ("Dependency", "Parks department tree pruning around the site"),
]
BANDSTAND_PEOPLE = ["T. Outerbridge", "S. Trott", "K. DeSilva", "M. Furbert"]
BANDSTAND_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
BANDSTAND_REG["Dependency"] = "dependencies"
BANDSTAND_ID = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}


def bm_bandstand_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Bermuda park bandstand restoration's mixed RAID log: `Type` words, one running `ID`
    1.. across types, `Logged` text dates `dd/mm/yyyy`, `Owner` as initial and surname,
    `Open?` Y / N, `Comments`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Victoria Park Bandstand Restoration - RAID"
    head = ["ID", "Type", "Description", "Owner", "Logged", "Open?", "Comments"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(BANDSTAND_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = BANDSTAND_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(BANDSTAND_PEOPLE)
        cells: list[object] = [k + 1, kind, text, who, _dmy(logged[k]), rng.choice("YN")]
        cells += [rng.choice(["Discussed at site meeting", None])]
        _put(ws, 4 + k, 1, [cells])
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), ("status", None), None])
    path = _save(wb, folder, "bm_bandstand_raid_log")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


STUD_DECISIONS = [
    ("Rebuild the foaling unit on the old site", "Drainage already in place"),
    ("Use steel rather than timber for the yards", "Lower upkeep over 20 years"),
    ("Defer the second round yard to next FY", "Cash flow after the yearling sales"),
    ("Appoint a local builder from Scone", "Quicker call-outs"),
    ("Add CCTV to the stallion barn", "Insurer's requirement"),
    ("Move the vet crush closer to the laneway", "Float access"),
]
STUD_PEOPLE = ["Steering Committee", "Owner (G. Hartley)", "Farm Manager"]


def au_stud_farm_decision_log(folder: Path, rng: random.Random) -> Built:
    """An Australian thoroughbred stud's decision register: a title, the header on row 3,
    `Decision No.` DEC-01.., `Date` cells shown `d/mm/yyyy`, `Decision`, `Rationale`,
    `Decided by`, `Impact`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Hunter Valley Stud - Stables Redevelopment Decision Register"
    head = ["Decision No.", "Date", "Decision", "Rationale", "Decided by", "Impact"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(STUD_DECISIONS, n)):
        who = rng.choice(STUD_PEOPLE)
        cells: list[object] = [f"DEC-{i + 1:02d}", when[i], text, why, who]
        cells += [rng.choice(["Cost", "Schedule", "None", "Scope"])]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 2).number_format = "d/mm/yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "au_stud_farm_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


HALL_ISSUES = [
    "Bat survey found roosts in the roof void",
    "Access ramp blocks the fire exit",
    "Listed building consent conditions unclear",
    "Heat pump noise complaint from a neighbour",
    "Stone mason off sick for three weeks",
    "Committee not quorate to sign the variation",
]
HALL_PEOPLE = ["Hall Committee Chair", "Helen Ashworth", "Gareth Pryce", "Tom Beale"]
HALL_STATUS = {"Open": "Open", "In Progress": "In Progress", "Closed": "Closed"}


def uk_village_hall_issue_log(folder: Path, rng: random.Random) -> Built:
    """A UK village hall's refurbishment issue log: title and a blank row, `Ref`
    I-001.., `Date raised` text `05/03/2026`, `Issue`, `Impact` H / M / L, `Action owner`,
    `Target date` text, `Status`, `Update`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Little Bardfield Village Hall Refurbishment - Issue Log"
    head = ["Ref", "Date raised", "Issue", "Impact", "Action owner", "Target date", "Status"]
    head += ["Update"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 5))
    dues = _past_twelfth([d + timedelta(days=rng.choice([7, 14, 28])) for d in made])
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(HALL_ISSUES, n)):
        who, st = rng.choice(HALL_PEOPLE), rng.choice(list(HALL_STATUS))
        due = dues[i]
        imp = rng.choice(["H", "M", "L"])
        cells: list[object] = [f"I-{i + 1:03d}", _dmy(made[i]), text, imp, who, _dmy(due), st]
        cells += [rng.choice(["Chased", "With architect", None])]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", HALL_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", ("priority", "severity", None)])
    targets |= _cols("E", ["owner", "due_date", "status", None])
    path = _save(wb, folder, "uk_village_hall_issue_log")
    return Built(path, [_one("issues", "Issue Log", 3, targets, n)], values)


ROPE_DEPS = [
    ("Parks Canada heritage sign-off", "Inbound"),
    ("Hemp supplier sample approval", "Inbound"),
    ("Town of Lunenburg water connection", "Inbound"),
    ("Exhibit text to the museum's tourism campaign", "Outbound"),
    ("Rope samples to the fisheries museum", "Outbound"),
]
ROPE_PEOPLE = ["Claire Zwicker", "Ben Knickle", "Ruth Oickle"]
ROPE_STATUS = {"On Track": "On Track", "At Risk": "At Risk", "Delivered": "Delivered"}


def ca_rope_walk_dependency_register(folder: Path, rng: random.Random) -> Built:
    """A Nova Scotia heritage rope walk's dependency register: a title and a note, the
    header on row 4, `ID` D-001.., `In / Out`, `Needed by` cells shown `yyyy-mm-dd`,
    `Status`, `Owner`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Ropewalk Heritage Centre - Dependency Register"
    ws["A2"] = "In = we need it from others; Out = others need it from us"
    head = ["ID", "Dependency", "In / Out", "Owner", "Needed by", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(ROPE_DEPS, n)):
        who, st = rng.choice(ROPE_PEOPLE), rng.choice(list(ROPE_STATUS))
        word = "In" if way == "Inbound" else "Out"
        _put(ws, 5 + i, 1, [[f"D-{i + 1:03d}", text, word, who, need[i], st]])
        ws.cell(5 + i, 5).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", ROPE_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "title", "direction", "owner", "need_by", "status"])
    path = _save(wb, folder, "ca_rope_walk_dependency_register")
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

KILN_LINES = ["Masonry", "Scaffolding", "Professional fees", "Interpretation boards"]
KILN_LINES += ["Access path", "Contingency"]


def za_lime_kiln_budget_actual_pairs(folder: Path, rng: random.Random) -> Built:
    """A South African lime kiln restoration's tracker: month labels `Jul 2026` .. over a
    `Budget` / `Actual` pair each (two header rows), cost lines down, `R` amounts, actuals
    for the months closed so far."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Kalk Bay Lime Kilns Restoration - Budget vs Actual (Rand)"
    months = _months(date(2026, 7, 1), 6)
    closed = rng.randint(1, 5)
    lines = rng.sample(KILN_LINES, rng.randint(3, 5))
    ws.cell(4, 1, "Cost line")
    for m, month in enumerate(months):
        ws.cell(3, 2 + 2 * m, f"{month:%b %Y}")
        ws.cell(4, 2 + 2 * m, "Budget")
        ws.cell(4, 3 + 2 * m, "Actual")
    # `Rand` (ZAR is not on the standard's currency list): no currency fact
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            budget = rng.randrange(10, 250) * 500.0
            ws.cell(5 + r, 2 + 2 * m, budget).number_format = '"R" #,##0.00'
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < closed:
                actual = round(budget * rng.uniform(0.7, 1.3), 2)
                ws.cell(5 + r, 3 + 2 * m, actual).number_format = '"R" #,##0.00'
                values.append(ValueFact("finance", (month, line), "actual", actual))
    path = _save(wb, folder, "za_lime_kiln_budget_actual_pairs")
    table = TruthTable("Tracker", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SHIP_LINES = ["Showroom fit-out", "Teak and camphor wood", "Building works", "Display cases"]
SHIP_LINES += ["Staff", "Marketing"]


def mu_model_ship_workshop_fy_budget(folder: Path, rng: random.Random) -> Built:
    """A Mauritian model ship workshop's new showroom FY 2026/27 budget: July to June as `Jul-26` text
    across, cost lines down, `Rs` amounts, `Budget` in the title, a `Full Year` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget FY26-27")
    ws["A1"] = "Curepipe Model Ship Workshop - New Showroom"
    ws["A2"] = "Approved Budget FY 2026/27 (MUR)"
    months = _months(date(2026, 7, 1), 12)
    _put(ws, 4, 1, [["Cost line", *[f"{m:%b}-{m:%y}" for m in months], "Full Year"]])
    lines = rng.sample(SHIP_LINES, rng.randint(3, 5))
    # `MUR` is not on the standard's currency list: no currency fact
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        amounts = [rng.randrange(2, 90) * 5000.0 for _ in months]
        _put(ws, 5 + r, 1, [[line, *amounts, sum(amounts)]])
        for c in range(2, 15):
            ws.cell(5 + r, c).number_format = "#,##0"
        for month, amount in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "budget", amount))
    path = _save(wb, folder, "mu_model_ship_workshop_fy_budget")
    table = TruthTable("Budget FY26-27", 4, "finance", {"A": "cost_line"},
                       {"finance": 12 * len(lines)})  # fmt: skip
    return Built(path, [table], values)


DARTS_LINES = ["Oche & boards", "Lighting rig", "Seating", "Bar", "PA system"]


def us_darts_arena_monthly_log(folder: Path, rng: random.Random) -> Built:
    """A US darts arena fit-out's monthly cost log, one row per month and line: `Month`
    date cells shown `mmm yyyy`, `Cost Item`, `Budget ($)`, `Actual ($)` (blank for months
    not closed), `Variance ($)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Bullseye Arena Fit-Out - Monthly Cost Log"
    head = ["Month", "Cost Item", "Budget ($)", "Actual ($)", "Variance ($)"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(DARTS_LINES, 3)
    # a bare `($)` names no currency: `$` is several dollars (lead, round 32, as round 31's
    # audit of the fiftieth batch ruled on the same headers): no currency fact
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            budget = rng.randrange(20, 300) * 100.0
            values.append(ValueFact("finance", (month, line), "budget", budget))
            cells: list[object] = [month, line, budget]
            if m < closed:
                actual = round(budget * rng.uniform(0.8, 1.25), 2)
                cells += [actual, round(budget - actual, 2)]
                values.append(ValueFact("finance", (month, line), "actual", actual))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm yyyy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    path = _save(wb, folder, "us_darts_arena_monthly_log")
    table = TruthTable("Monthly", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


HOUSEBOAT_PEOPLE = [
    ("Deepa Nair", "Site Engineer"),
    ("Arjun Menon", "Project Manager"),
    ("Lakshmi Pillai", "Boat Designer"),
    ("Rahul Varghese", "Quantity Surveyor"),
    ("Anita Thomas", "Electrician"),
]


def in_houseboat_yard_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Kerala houseboat builder's new yard resource plan: `Role` first, `Resource`,
    month labels `Apr'26` text across, days per month, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Alleppey Houseboat Yard Expansion - Resource Loading (days)"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b}'{m:%y}" for m in months]
    _put(ws, 3, 1, [["Role", "Resource", *labels, "Total"]])
    count = 0
    for r, (name, role) in enumerate(rng.sample(HOUSEBOAT_PEOPLE, 4)):
        days = [rng.choice([0, 5, 10, 15, 22]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, name, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "in_houseboat_yard_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


IE_MILESTONE_STATUS = {"Complete": "Complete", "At Risk": "At Risk", "Late": "Late"}
IE_MILESTONE_STATUS |= {"Not Started": "Not Started", "On schedule": None}


def ie_sail_training_brig_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """An Irish sail training ship's refit milestone plan: `Ref` M1.., `Milestone`, `Owner`,
    `Planned` / `Forecast` / `Actual` text dates `12-Mar-2026`, `Status`, `Comments`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Sail Training Ireland - Brig Refit - Milestone Plan"
    ws["A2"] = f"Status at {rng.randint(1, 28)} March 2026"
    head = ["Ref", "Milestone", "Owner", "Planned", "Forecast", "Actual", "Status", "Comments"]
    _put(ws, 4, 1, [head])
    names = ["Dry docking slot confirmed", "Hull survey complete", "Rigging removed"]
    names += ["New sails delivered", "Sea trials", "Back in service"]
    n = rng.randint(4, 6)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for i, name in enumerate(names[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14]))
        who = rng.choice(["Capt. F. Doyle", "Aoife Brennan", "Cormac Lynch"])
        st = "Complete" if i < done else rng.choice([s for s in IE_MILESTONE_STATUS][1:])
        actual = fc if i < done else None

        def txt(d: date | None) -> str | None:
            return f"{d.day:02d}-{mon[d.month - 1]}-{d.year}" if d else None

        cells = [f"M{i + 1}", name, who, txt(base[i]), txt(fc), txt(actual), st, None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if IE_MILESTONE_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", IE_MILESTONE_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None])
    path = _save(wb, folder, "ie_sail_training_brig_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 4, targets, n)], values)


def sg_wet_market_status_report(folder: Path, rng: random.Random) -> Built:
    """A Singapore wet market refurbishment's status report: `Project:` /
    `PM:` / `Sponsor:` / `Period ending:` labels with the value beside, RAG words, `All
    amounts in SGD`, a `Milestones` table with `Target` and `Forecast` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    project, pm, sponsor = "Tekka Wet Market Refurbishment", "Tan Wei Ling", "Mr Lim Boon Keng"
    report = date(2026, 3, rng.choice([13, 20, 27]))
    ws["A1"] = "Monthly Project Status Report"
    rows: list[list[object]] = [["Project:", project], ["PM:", pm], ["Sponsor:", sponsor]]
    rows += [["Period ending:", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    _put(ws, 8, 1, [["Overall RAG", rags[0]], ["Schedule RAG", rags[1]], ["Cost RAG", rags[2]]])
    ws["A12"] = "All amounts in SGD"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "currency", "SGD"),
    ]
    ws["A14"] = "Milestones"
    _put(ws, 15, 1, [["Milestone", "Target", "Forecast", "Status"]])
    names = ["Stallholders decanted", "Drainage relaid", "Fish section re-tiled"]
    names += ["Cooked food stalls fit-out", "Reopening"]
    n = rng.randint(3, 5)
    due = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(names[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 0, 21]))
        st = "Complete" if fc < report else rng.choice(["Not Started", "At Risk", "Late"])
        _put(ws, 16 + i, 1, [[name, due[i], fc, st]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", st),
        ]
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "sg_wet_market_status_report")
    return Built(path, [_one("milestones", "Report", 15, targets, n)], values)


TUNING_23: tuple[Layout, ...] = (
    Layout(
        "nz_sail_loft_productive_issues",
        "NZ sail loft Productive task export as issues (Workflow status, ISO text dates)",
        nz_sail_loft_productive_issues,
    ),
    Layout(
        "gd_nutmeg_station_risk_register",
        "Grenadian nutmeg station risk register (header on row 4, H / M / L, No. 1..)",
        gd_nutmeg_station_risk_register,
    ),
    Layout(
        "bm_bandstand_raid_log",
        "Bermuda bandstand mixed RAID log (Type words, running ID, Open? Y / N)",
        bm_bandstand_raid_log,
    ),
    Layout(
        "au_stud_farm_decision_log",
        "Australian stud decision register (DEC-01, d/mm/yyyy cells, Decided by)",
        au_stud_farm_decision_log,
    ),
    Layout(
        "uk_village_hall_issue_log",
        "UK village hall issue log (I-001, dd/mm/yyyy text, Impact H / M / L)",
        uk_village_hall_issue_log,
    ),
    Layout(
        "ca_rope_walk_dependency_register",
        "Canadian rope walk dependency register (In / Out, yyyy-mm-dd cells)",
        ca_rope_walk_dependency_register,
    ),
    Layout(
        "za_lime_kiln_budget_actual_pairs",
        "SA lime kiln tracker, a Budget / Actual pair per month across (Rand)",
        za_lime_kiln_budget_actual_pairs,
    ),
    Layout(
        "mu_model_ship_workshop_fy_budget",
        "Mauritian model ship workshop FY 2026/27 budget (Jul-26 text across, MUR)",
        mu_model_ship_workshop_fy_budget,
    ),
    Layout(
        "us_darts_arena_monthly_log",
        "US darts arena monthly cost log, months down (Budget / Actual / Variance $)",
        us_darts_arena_monthly_log,
    ),
    Layout(
        "in_houseboat_yard_resource_plan",
        "Kerala houseboat yard resource loading in days (Role first, Apr'26 text)",
        in_houseboat_yard_resource_plan,
    ),
    Layout(
        "ie_sail_training_brig_milestone_plan",
        "Irish sail training brig milestone plan (M1 refs, 12-Mar-2026 text, On schedule)",
        ie_sail_training_brig_milestone_plan,
    ),
    Layout(
        "sg_wet_market_status_report",
        "Singapore wet market status report (Period ending, RAG words, Milestones table)",
        sg_wet_market_status_report,
    ),
)
