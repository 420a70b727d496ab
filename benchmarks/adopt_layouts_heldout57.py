"""The fifty-seventh held-out batch (``HELD_OUT_57``, round 32's final measure): twelve
seeded legacy layouts with ground truth, written by an engineer who does not tune adoption
and who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores.
It is ORDINARY: what a PMO in a large English-speaking organisation receives from its
project managers, in English, from a tool export (Accelo), hand-built registers and
trackers and accountants' sheets, in sectors no earlier batch's docstring names (a ginger
packing shed, a flower farm, a carob mill, a composting plant, a river levee, a bamboo
bicycle workshop, a trout farm, a blueberry packhouse, a sandalwood plantation, a
brickworks, a squash centre, a turmeric processing plant).

Registers:

- ``fj_ginger_accelo_issues``: a Fijian ginger packing shed's issues exported from Accelo
  (sheet `Issues`, header on row 1): `Issue #` numbers, `Title`, `Class`, `Assignee`,
  `Priority` Low / Medium / High / Extreme, `Status` Open / Active / Closed, `Date Opened`
  and `Date Due` as ISO text.
- ``ke_flower_farm_risk_register``: a Kenyan rose farm's greenhouse extension risk
  register: a title, a `Project Manager` line and a scoring note, the header on row 5,
  `Risk ID` R-001.., `Date Identified` as `05/03/2026` text, `Risk Description`,
  `Category` (standard words), `Likelihood` / `Impact` 1-5, `Score` (their product),
  `Risk Owner`, `Mitigation`, `Status` Open / Monitoring / Closed.
- ``cy_carob_mill_risks_issues``: a Cypriot carob mill's workbook holding a `Risks` sheet
  and an `Issues` sheet, headers on row 1: `No.` 1.., `Date logged` cells shown
  `dd/mm/yyyy`, owners as `A. Georgiou`; risks with `Probability` H / M / L and `Status`
  Open / Closed; issues with `Priority` High / Medium / Low, `Target date`, `Status` Open /
  Closed.
- ``nz_composting_decision_log``: a NZ council composting plant's decision log: a title, a
  blank row, the header on row 3, `Decision ID` DC-001.., `Date` cells shown `d/mm/yyyy`,
  `Decision`, `Rationale`, `Decided by`, `Forum`.
- ``tt_levee_dependencies``: a Trinidad river levee upgrade's dependency register: a title,
  the header on row 3, `ID` D-001.., `Dependency`, `In/Out` In / Out, `Other party` (an
  agency), `Our owner`, `Need date` as `05-Mar-2026` text, `Status` On Track / At Risk /
  Late / Delivered.
- ``ng_bamboo_bike_raid_log``: a Nigerian bamboo bicycle workshop's mixed RAID log on one
  sheet: `S/N` 1.. running across the types, `Category` spelled out (Risk / Assumption /
  Issue / Dependency), `Description`, `Owner`, `Date Raised` cells shown `dd/mm/yyyy`,
  `Status` Open / Closed, `Comments`.

Trackers:

- ``ie_trout_farm_budget_actual``: an Irish trout farm's recirculation unit tracker: `(€)`
  in the title, `Cost line`, a `Measure` column (Budget / Actual per line), months across
  as date cells shown `mmm-yy`, actuals blank for months not yet closed.
- ``ca_blueberry_packhouse_ledger``: a Canadian blueberry packhouse's monthly cost summary
  as an accountant keeps it, one row per month and cost line: `Period` as `Apr 2026` text
  (fiscal year April to March), `Cost line`, `Budget ($CAD)`, `Actual ($CAD)` (blank
  where the month is not closed), `Variance`.
- ``au_sandalwood_actuals``: an Australian sandalwood plantation's FY 2026-27 actual cost
  by month: `Actual cost (AUD)` in the title, cost lines down, `Jul 2026` .. text months
  across (July start), a `YTD` column, actuals for the closed months only.
- ``za_brickworks_resource_plan``: a South African brickworks kiln rebuild's resource plan
  in FTE: `Role`, `Resource`, months across as `Jan-26` text, a `Notes` column.
- ``sg_squash_centre_milestones``: a Singapore squash centre's milestone plan: `S/N`,
  `Milestone`, `PIC`, `Planned Date` / `Actual Date` cells shown `dd-mmm-yy`, `Status`
  Completed / In Progress / Not Started / Delayed, `Remarks`.
- ``in_turmeric_status_report``: an Indian turmeric processing plant's monthly status
  report: label / value rows (`Project`, `Sponsor`, `Project Manager`, `Reporting date` a
  date cell), RAG words for `Overall`, `Schedule`, `Cost`, `Scope`, `Key message`, a
  `Currency: INR` line, a `Milestones` table (`Milestone`, `Baseline`, `Forecast`,
  `Status` Complete / On Track / At Risk / Late).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Accelo issues' `Extreme` priority (Critical, or High on a five-step scale?): no
  priority fact; `Active` (In Progress, or Open as Accelo's open state?): no status fact;
  `Open` is Open, `Closed` Closed; `Issue #` numbers: no id fact; `Class`: left out;
  `Date Opened` is the raised date, `Date Due` the due date;
- the carob mill's `Probability` H / M / L: 5 / 3 / 1 since the round-32 audit; `No.`
  1, 2..: no id fact; `A. Georgiou` is the owner as written; an issue's `Target date` is
  its due date;
- the levee's `Other party` (an agency: the counterparty project or its owner?): no fact;
  `In` is Inbound and `Out` Outbound; `Need date` is the need-by date; `Our owner` the
  owner;
- the bamboo RAID log's `S/N` running across the types: no id fact; a dependency's `Date
  Raised` (no raised date in the standard): no fact; `Comments`: left out;
- the squash centre's `Delayed` (At Risk or Late?): no status fact; `Completed` is
  Complete; `PIC` (person in charge) is the owner; `Planned Date` is the baseline date;
  `S/N`: the ID or left out, no value; `Remarks`: left out;
- the turmeric report's `On Track` (In Progress or Not Started?): no status fact; `Cost`
  is the cost RAG; `Key message` the status summary; `Currency: INR` is INR;
- the flower farm's `Score`: the score or left out, no value (a product of the two
  scores); `Mitigation` is the response; `Date Identified` text is day first (Kenya, and a
  day past 12 in the column);
- the composting log's `Forum`: left out; `Decided by` is the maker;
- the trout farm's blank actual months are no zero and no item; `(€)` is EUR;
- the blueberry ledger's `Variance`: left out; a blank `Actual` is no actual; `Apr 2026`
  is April 2026 (the month, not the fiscal period);
- the sandalwood `YTD` column is no month; `Actual cost (AUD)` is AUD and actuals;
- the brickworks plan's FTE per month: counts only, no value facts (as earlier batches'
  resource plans); `Notes`: left out.

Audit, round 32 (docs/adopt.md, "Round 32: the fifty-seventh batch's truth audited"): the
carob mill's `Probability` H / M / L is now read as 5 / 3 / 1 (the documented three-level
reading rounds 26 and 30 ruled; the writer's "which of 1-5?" had no fact), its column E
`probability`; the flower farm's labelled `Project Manager: Wanjiru Kamau` line is the
project's manager (round 29's ruling on the same label line); a writer's slip mended: the
Accelo `Issue #` numbers were ``first + i * step`` with a fresh step per row, so they
repeated or went back at 184 of seeds 0-199 and 2026; they now rise by that same draw, so
no other cell moves. 433 -> 437 facts at seed 2026 (values 318 -> 322).

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
    _mon,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

GINGER_ISSUES = [
    "Wash line pump seized during the peak intake",
    "Biosecurity permit for the Auckland shipment delayed",
    "Cold room door seal failing",
    "Grower payments missed the fortnightly run",
    "Forklift operator certificate expired",
    "Packing cartons printed with the wrong grade",
    "Rain has washed out the Navua access road",
]
GINGER_CLASS = ["Operations", "Compliance", "Facilities", "Finance"]
GINGER_PEOPLE = ["Ratu Seru Nailatikau", "Priya Lal", "Jone Vakacegu", "Shalini Prasad"]
GINGER_PRIORITY = {"Low": "Low", "Medium": "Medium", "High": "High", "Extreme": None}
GINGER_STATUS = {"Open": "Open", "Active": None, "Closed": "Closed"}


def fj_ginger_accelo_issues(folder: Path, rng: random.Random) -> Built:
    """A Fijian ginger packing shed's Accelo issues export: `Issue #` numbers, `Extreme`
    priority, `Active` status, ISO text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Issue #", "Title", "Class", "Assignee", "Priority", "Status", "Date Opened"]
    head += ["Date Due"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    opened = _days(rng, n, date(2026, 1, 5))
    first = rng.randint(120, 480)
    values: list[ValueFact] = []
    number = first
    for i, text in enumerate(rng.sample(GINGER_ISSUES, n)):
        who, pr = rng.choice(GINGER_PEOPLE), rng.choice(list(GINGER_PRIORITY))
        st = rng.choice(list(GINGER_STATUS))
        due = opened[i] + timedelta(days=rng.choice([5, 10, 14, 30]))
        # Accelo numbers issues upwards; audit, round 32: the same draw, now a running step
        # (it was ``first + i * step``, which repeated and went back at some seeds).
        step = rng.randint(1, 4)
        number += step if i else 0
        cells: list[object] = [number, text, rng.choice(GINGER_CLASS)]
        cells += [who, pr, st, opened[i].isoformat(), due.isoformat()]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if GINGER_PRIORITY[pr]:
            values.append(ValueFact("issues", i, "priority", GINGER_PRIORITY[pr]))
        if GINGER_STATUS[st]:
            values.append(ValueFact("issues", i, "status", GINGER_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", None, "owner", "priority", "status"])
    targets |= _cols("G", ["raised_date", "due_date"])
    path = _save(wb, folder, "fj_ginger_accelo_issues")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


FLOWER_RISKS = [
    ("Botrytis outbreak in the new greenhouse", "Operational", "Humidity control and spraying"),
    ("Lake Naivasha abstraction permit not renewed", "Legal", "Early application to WRA"),
    ("Polythene supplier delivers late from Nairobi", "Third Party", "Second supplier quoted"),
    ("Dutch auction prices fall in the season", "Commercial", "Direct sales contracts"),
    ("Skilled grafters leave for a rival farm", "People", "Retention bonus at harvest"),
    ("Borehole pump fails in the dry season", "Technical", "Standby pump on site"),
]
FLOWER_OWNERS = ["Wanjiru Kamau", "Peter Otieno", "Grace Njeri", "Samuel Kiprop"]


def ke_flower_farm_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Kenyan rose farm's risk register: header on row 5 under a title, a PM line and a
    scoring note, `R-001` ids, `05/03/2026` text dates, a `Score` product column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Naivasha Roses - Greenhouse Block 7 Extension - Risk Register"
    ws["A2"] = "Project Manager: Wanjiru Kamau"
    ws["A3"] = "Likelihood and Impact scored 1-5; Score = L x I"
    head = ["Risk ID", "Date Identified", "Risk Description", "Category", "Likelihood"]
    head += ["Impact", "Score", "Risk Owner", "Mitigation", "Status"]
    _put(ws, 5, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    # audit, round 32: the labelled `Project Manager:` line is the project's manager
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Wanjiru Kamau")]
    for i, (text, cat, plan) in enumerate(rng.sample(FLOWER_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(FLOWER_OWNERS), rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", _dmy(made[i]), text, cat, p, c, p * c, who]
        cells += [plan, st]
        _put(ws, 6 + i, 1, [cells])
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
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    targets |= _cols("F", ["impact", ("score", None), "owner", "response", "status"])
    path = _save(wb, folder, "ke_flower_farm_risk_register")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


CAROB_RISKS = [
    "Carob kibble moisture too high after a wet harvest",
    "Roaster burner parts from Italy delayed",
    "Environmental permit for the dust filter refused",
    "Farmers sell pods to the Limassol co-op instead",
    "Power cuts in August stop the grinding line",
]
CAROB_ISSUES = [
    "Seed separator jams on broken pods",
    "Mill floor fails the food safety audit",
    "Syrup tank leaks at the outlet valve",
    "Forklift hire contract lapsed",
    "Export labels missing the Greek text",
]
CAROB_LEVEL = {"H": 5.0, "M": 3.0, "L": 1.0}
CAROB_OWNERS = ["A. Georgiou", "M. Christodoulou", "E. Ioannou", "K. Papadopoulos"]


def cy_carob_mill_risks_issues(folder: Path, rng: random.Random) -> Built:
    """A Cypriot carob mill's workbook of a `Risks` sheet and an `Issues` sheet: `No.`
    numbers, `dd/mm/yyyy` date cells, initialled owners, H / M / L probability."""
    wb = openpyxl.Workbook()
    rs = _sheet(wb, "Risks")
    _put(rs, 1, 1, [["No.", "Date logged", "Risk", "Owner", "Probability", "Status"]])
    nr = rng.randint(3, 5)
    made = _days(rng, nr, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CAROB_RISKS, nr)):
        who, st = rng.choice(CAROB_OWNERS), rng.choice(["Open", "Open", "Closed"])
        letter = rng.choice("HML")
        _put(rs, 2 + i, 1, [[i + 1, made[i], text, who, letter, st]])
        rs.cell(2 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            # audit, round 32: H / M / L are 5 / 3 / 1 (the documented three-level reading)
            ValueFact("risks", i, "probability", CAROB_LEVEL[letter]),
            ValueFact("risks", i, "status", st),
        ]
    iss = wb.create_sheet("Issues")
    head = ["No.", "Date logged", "Issue", "Owner", "Priority", "Target date", "Status"]
    _put(iss, 1, 1, [head])
    ni = rng.randint(3, 5)
    logged = _days(rng, ni, date(2026, 2, 2))
    for i, text in enumerate(rng.sample(CAROB_ISSUES, ni)):
        who, st = rng.choice(CAROB_OWNERS), rng.choice(["Open", "Open", "Closed"])
        pr = rng.choice(["High", "Medium", "Low"])
        due = logged[i] + timedelta(days=rng.choice([7, 14, 21]))
        _put(iss, 2 + i, 1, [[i + 1, logged[i], text, who, pr, due, st]])
        for c in (2, 6):
            iss.cell(2 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    rt: Targets = _cols("A", [("id", None), "raised_date", "title", "owner", "probability"])
    rt |= {"F": "status"}
    it: Targets = _cols("A", [("id", None), "raised_date", "title", "owner", "priority"])
    it |= {"F": "due_date", "G": "status"}
    path = _save(wb, folder, "cy_carob_mill_risks_issues")
    tables = [_one("risks", "Risks", 1, rt, nr), _one("issues", "Issues", 1, it, ni)]
    return Built(path, tables, values)


COMPOST_DECISIONS = [
    ("Windrows replaced by aerated static piles", "Odour complaints from Rolleston"),
    ("Food waste accepted from commercial kitchens", "Gate fee income"),
    ("Screening plant leased, not bought", "Capital budget cut"),
    ("Compost sold in bulk only in year one", "Bagging line not yet consented"),
    ("Stormwater pond enlarged", "Regional council consent condition"),
    ("Weekend opening dropped", "Staffing cost"),
]
COMPOST_BY = ["Project Board", "Waste Manager", "Council Infrastructure Committee"]
COMPOST_FORUM = ["Board meeting", "Site meeting", "Email"]


def nz_composting_decision_log(folder: Path, rng: random.Random) -> Built:
    """A NZ council composting plant's decision log: header on row 3 under a title and a
    blank row, `DC-001` ids, `d/mm/yyyy` date cells, `Decided by`, `Forum`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Selwyn Organics Processing Facility - Decision Log"
    _put(ws, 3, 1, [["Decision ID", "Date", "Decision", "Rationale", "Decided by", "Forum"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 20))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(COMPOST_DECISIONS, n)):
        who = rng.choice(COMPOST_BY)
        _put(ws, 4 + i, 1, [[f"DC-{i + 1:03d}", when[i], text, why, who,
                             rng.choice(COMPOST_FORUM)]])  # fmt: skip
        ws.cell(4 + i, 2).number_format = "d/mm/yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    path = _save(wb, folder, "nz_composting_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


LEVEE_DEPS = [
    ("Topographic survey of the Caroni banks", "Lands and Surveys Division", "In"),
    ("Drainage Division releases the excavators", "Drainage Division", "In"),
    ("Road closure approved for the Uriah Butler crossing", "Ministry of Works", "In"),
    ("Flood model results to the regional corporation", "Tunapuna/Piarco RC", "Out"),
    ("Land acquisition for the widened berm", "Commissioner of State Lands", "In"),
    ("Levee crest levels to WASA for the pipeline", "WASA", "Out"),
]
LEVEE_OWNERS = ["Kavita Ramdass", "Marlon Joseph", "Renee Baptiste", "Andre Mohammed"]
LEVEE_STATUS = ["On Track", "On Track", "At Risk", "Late", "Delivered"]


def tt_levee_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Trinidad river levee upgrade's dependency register: header on row 3, `D-001`
    ids, `In` / `Out`, an agency as `Other party`, `05-Mar-2026` text need dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Caroni River Levee Upgrade - Dependency Register"
    head = ["ID", "Dependency", "In/Out", "Other party", "Our owner", "Need date", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, party, way) in enumerate(rng.sample(LEVEE_DEPS, n)):
        who, st = rng.choice(LEVEE_OWNERS), rng.choice(LEVEE_STATUS)
        _put(ws, 4 + i, 1, [[f"D-{i + 1:03d}", text, way, party, who, _mon(need[i]), st]])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= {"D": ("counterparty_project_id", "counterparty_owner", None)}
    targets |= _cols("E", ["owner", "need_by", "status"])
    path = _save(wb, folder, "tt_levee_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


BAMBOO_ROWS = [
    ("Risk", "Bamboo stock cracks in the harmattan dry spell"),
    ("Risk", "Import duty on hub gears rises"),
    ("Assumption", "Lagos State grant covers the second workshop bay"),
    ("Assumption", "Apprentices stay for the full twelve months"),
    ("Issue", "Epoxy resin shipment held at Apapa port"),
    ("Issue", "Generator diesel costs double the estimate"),
    ("Dependency", "Frame jig design from the Accra partner workshop"),
    ("Dependency", "SON product certificate for the frames"),
]
BAMBOO_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
BAMBOO_REG["Dependency"] = "dependencies"
BAMBOO_PEOPLE = ["Chinedu Okafor", "Aisha Bello", "Tunde Adeyemi", "Ngozi Eze"]


def ng_bamboo_bike_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerian bamboo bicycle workshop's mixed RAID log: `S/N` running across the types,
    `Category` words, `dd/mm/yyyy` date cells, Open / Closed, `Comments`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Bamboo Bikes Lagos - Workshop Expansion RAID Log"
    head = ["S/N", "Category", "Description", "Owner", "Date Raised", "Status", "Comments"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(BAMBOO_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = BAMBOO_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(BAMBOO_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        note = rng.choice(["Discussed at Monday meeting", None, "Follow up"])
        _put(ws, 4 + k, 1, [[k + 1, kind, text, who, raised[k], st, note]])
        ws.cell(4 + k, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", raised[k]))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status", None])
    path = _save(wb, folder, "ng_bamboo_bike_raid_log")
    return Built(path, [TruthTable("RAID Log", 3, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TROUT_LINES = ["Tanks & pipework", "Biofilter", "Oxygen plant", "Electrical", "Fish stock"]
TROUT_LINES += ["Engineering fees"]


def ie_trout_farm_budget_actual(folder: Path, rng: random.Random) -> Built:
    """An Irish trout farm's tracker: `(€)` in the title, a `Measure` column (Budget /
    Actual per cost line), month date cells shown `mmm-yy` across, open months blank."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Lough Mask Trout Farm - Recirculation Unit - Budget v Actual (€)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Cost line", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(TROUT_LINES, rng.randint(3, 4))
    done = rng.randint(2, 5)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for line in lines:
        for measure in ("Budget", "Actual"):
            amounts: list[float | None] = []
            for m, month in enumerate(months):
                if measure == "Actual" and m >= done:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(2, 80) * 500)
                amounts.append(amount)
                values.append(ValueFact("finance", (month, line), measure.lower(), amount))
            _put(ws, row, 1, [[line, measure, *amounts]])
            for c in range(3, 9):
                ws.cell(row, c).number_format = "#,##0"
            row += 1
    path = _save(wb, folder, "ie_trout_farm_budget_actual")
    table = TruthTable("Tracker", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    return Built(path, [table], values)


BLUEBERRY_LINES = ["Optical sorter", "Cold storage", "Packing labour", "Clamshells"]
BLUEBERRY_LINES += ["Electrical upgrade"]


def ca_blueberry_packhouse_ledger(folder: Path, rng: random.Random) -> Built:
    """A Canadian blueberry packhouse's monthly cost summary, one row per month and cost
    line: `Apr 2026` text periods, `Budget ($CAD)` / `Actual ($CAD)`, a `Variance`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly Summary")
    ws["A1"] = "Fraser Valley Berry Co-op - Packhouse Expansion"
    ws["A2"] = "Monthly cost summary, fiscal year April 2026 - March 2027"
    _put(ws, 4, 1, [["Period", "Cost line", "Budget ($CAD)", "Actual ($CAD)", "Variance"]])
    months = _months(date(2026, 4, 1), rng.randint(3, 5))
    lines = rng.sample(BLUEBERRY_LINES, 3)
    done = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = round(rng.randrange(10, 300) * 100.0, 2)
            actual = round(budget * rng.uniform(0.7, 1.3), 2) if m < done else None
            var = round(budget - actual, 2) if actual is not None else None
            _put(ws, row, 1, [[f"{month:%b %Y}", line, budget, actual, var]])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    path = _save(wb, folder, "ca_blueberry_packhouse_ledger")
    table = TruthTable("Monthly Summary", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SANDALWOOD_LINES = ["Seedlings & hosts", "Irrigation", "Fencing", "Contract labour"]
SANDALWOOD_LINES += ["Fertiliser", "Security patrols"]


def au_sandalwood_actuals(folder: Path, rng: random.Random) -> Built:
    """An Australian sandalwood plantation's FY 2026-27 actual cost: `(AUD)` in the title,
    `Jul 2026` .. text months across, a `YTD` column, closed months only."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Kununurra Sandalwood Block 12 Establishment"
    ws["A2"] = "Actual cost (AUD) - FY 2026-27"
    months = _months(date(2026, 7, 1), 12)
    _put(ws, 4, 1, [["Cost line", *[f"{m:%b %Y}" for m in months], "YTD"]])
    done = rng.randint(3, 8)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    lines = rng.sample(SANDALWOOD_LINES, rng.randint(4, 5))
    for r, line in enumerate(lines):
        amounts = [round(rng.randrange(5, 200) * 100.0 + rng.choice([0, 50]), 2)
                   for _ in range(done)]  # fmt: skip
        _put(ws, 5 + r, 1, [[line, *amounts]])
        ws.cell(5 + r, 14, round(sum(amounts), 2))
        for c in range(2, 15):
            ws.cell(5 + r, c).number_format = "#,##0"
        for month, amount in zip(months, amounts, strict=False):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    path = _save(wb, folder, "au_sandalwood_actuals")
    table = TruthTable("Actuals", 4, "finance", {"A": "cost_line"},
                       {"finance": done * len(lines)})  # fmt: skip
    return Built(path, [table], values)


BRICK_PEOPLE = [
    ("Project Manager", "Thabo Nkosi"),
    ("Kiln Engineer", "Pieter van der Merwe"),
    ("Refractory Specialist", "Lerato Mokoena"),
    ("Site Supervisor", "Sipho Dlamini"),
    ("Safety Officer", "Zanele Khumalo"),
]


def za_brickworks_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A SA brickworks kiln rebuild's resource plan in FTE: `Role` then `Resource`,
    `Jan-26` text months across, a `Notes` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Olifantsfontein Brickworks - Tunnel Kiln Rebuild - Resource Plan (FTE)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Role", "Resource", *[f"{m:%b-%y}" for m in months], "Notes"]])
    count = 0
    for r, (role, name) in enumerate(rng.sample(BRICK_PEOPLE, 4)):
        fte = [rng.choice([0, 0.25, 0.5, 1.0, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        note = rng.choice([None, "Contractor", "Shared with Plant 2"])
        _put(ws, 4 + r, 1, [[role, name, *[f or None for f in fte], note]])
    path = _save(wb, folder, "za_brickworks_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "role", "B": "person", "I": None},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


SQUASH_MILESTONES = [
    "Design approved by SportSG",
    "Building plan approval from BCA",
    "Glass-back courts delivered",
    "Sprung floors laid",
    "Fire safety certificate (FSC)",
    "Temporary occupation permit",
]
SQUASH_PIC = ["Tan Wei Ming", "Nurul Huda", "Rajesh Kumar", "Grace Lim"]
SQUASH_STATUS = {"In Progress": "In Progress", "Not Started": "Not Started", "Delayed": None}


def sg_squash_centre_milestones(folder: Path, rng: random.Random) -> Built:
    """A Singapore squash centre's milestone plan: `S/N`, `PIC`, `Planned Date` / `Actual
    Date` cells shown `dd-mmm-yy`, Completed / Delayed, `Remarks`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Kallang Squash Centre Redevelopment - Key Milestones"
    head = ["S/N", "Milestone", "PIC", "Planned Date", "Actual Date", "Status", "Remarks"]
    _put(ws, 2, 1, [head])
    n = rng.randint(5, 6)
    planned = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(SQUASH_MILESTONES[:n]):
        who = rng.choice(SQUASH_PIC)
        if i < done:
            st, actual = "Completed", planned[i] + timedelta(days=rng.choice([0, 3, 9]))
        else:
            st, actual = rng.choice(list(SQUASH_STATUS)), None
        note = rng.choice([None, "Awaiting agency reply", "On schedule"])
        _put(ws, 3 + i, 1, [[i + 1, name, who, planned[i], actual, st, note]])
        for c in (4, 5):
            ws.cell(3 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", planned[i]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        mapped = "Complete" if st == "Completed" else SQUASH_STATUS[st]
        if mapped:
            values.append(ValueFact("milestones", i, "status", mapped))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["actual_date", "status", None])
    path = _save(wb, folder, "sg_squash_centre_milestones")
    return Built(path, [_one("milestones", "Milestones", 2, targets, n)], values)


TURMERIC_MILESTONES = [
    "Boiling and drying yard completed",
    "Polishing drums commissioned",
    "FSSAI licence received",
    "Curcumin extraction pilot batch",
    "First dispatch to Kochi exporters",
]
TURMERIC_STATUS = {"Complete": "Complete", "On Track": None, "At Risk": "At Risk"}
TURMERIC_STATUS["Late"] = "Late"


def in_turmeric_status_report(folder: Path, rng: random.Random) -> Built:
    """An Indian turmeric processing plant's status report: label / value rows with a
    `Reporting date` cell, RAG words (`Cost` the cost RAG), `Key message`, a `Currency: INR`
    line, a `Milestones` table with `Baseline` / `Forecast` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, sponsor, pm = "Erode Turmeric Processing Unit", "S. Ramasamy", "Divya Krishnan"
    report = date(2026, 3, rng.choice([2, 9, 16, 23, 30]))
    ws["A1"] = "Monthly Project Status Report"
    rows: list[list[object]] = [["Project", project], ["Sponsor", sponsor]]
    rows += [["Project Manager", pm], ["Reporting date", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd-mm-yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 8, 1, [["Overall", rags[0]], ["Schedule", rags[1]], ["Cost", rags[2]]])
    _put(ws, 11, 1, [["Scope", rags[3]]])
    message = rng.choice(
        [
            "Drying yard ready before the harvest; boiler inspection due next week.",
            "Polishing drums delayed by the vendor; dispatch plan holds for now.",
        ]
    )
    _put(ws, 12, 1, [["Key message", message]])
    ws["A14"] = "Currency: INR"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", message),
        ValueFact("project", 0, "currency", "INR"),
    ]
    ws["A16"] = "Milestones"
    _put(ws, 17, 1, [["Milestone", "Baseline", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(TURMERIC_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        st = "Complete" if fc < report else rng.choice(["On Track", "At Risk", "Late"])
        _put(ws, 18 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if TURMERIC_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", TURMERIC_STATUS[st]))
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    path = _save(wb, folder, "in_turmeric_status_report")
    return Built(path, [_one("milestones", "Status Report", 17, targets, n)], values)


HELD_OUT_57: tuple[Layout, ...] = (
    Layout(
        "fj_ginger_accelo_issues",
        "Fijian ginger packing shed Accelo issues export (Extreme, Active, ISO text)",
        fj_ginger_accelo_issues,
    ),
    Layout(
        "ke_flower_farm_risk_register",
        "Kenyan rose farm risk register (header on row 5, R-001, 05/03/2026 text, Score)",
        ke_flower_farm_risk_register,
    ),
    Layout(
        "cy_carob_mill_risks_issues",
        "Cypriot carob mill workbook of Risks and Issues sheets (No., H / M / L)",
        cy_carob_mill_risks_issues,
    ),
    Layout(
        "nz_composting_decision_log",
        "NZ council composting plant decision log (DC-001, d/mm/yyyy cells, Forum)",
        nz_composting_decision_log,
    ),
    Layout(
        "tt_levee_dependencies",
        "Trinidad river levee dependency register (In / Out, Other party, 05-Mar-2026)",
        tt_levee_dependencies,
    ),
    Layout(
        "ng_bamboo_bike_raid_log",
        "Nigerian bamboo bicycle workshop mixed RAID log (S/N across types, Category words)",
        ng_bamboo_bike_raid_log,
    ),
    Layout(
        "ie_trout_farm_budget_actual",
        "Irish trout farm Budget / Actual rows per cost line, mmm-yy month cells (€)",
        ie_trout_farm_budget_actual,
    ),
    Layout(
        "ca_blueberry_packhouse_ledger",
        "Canadian blueberry packhouse cost summary, a row per month and line ($CAD)",
        ca_blueberry_packhouse_ledger,
    ),
    Layout(
        "au_sandalwood_actuals",
        "Australian sandalwood FY 2026-27 actuals, Jul 2026 text months across, YTD",
        au_sandalwood_actuals,
    ),
    Layout(
        "za_brickworks_resource_plan",
        "SA brickworks kiln rebuild resource plan in FTE (Role / Resource, Jan-26 text)",
        za_brickworks_resource_plan,
    ),
    Layout(
        "sg_squash_centre_milestones",
        "Singapore squash centre milestone plan (S/N, PIC, dd-mmm-yy, Completed / Delayed)",
        sg_squash_centre_milestones,
    ),
    Layout(
        "in_turmeric_status_report",
        "Indian turmeric plant status report (RAG words, Reporting date, Currency: INR)",
        in_turmeric_status_report,
    ),
)
