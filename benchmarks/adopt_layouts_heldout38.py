"""The thirty-eighth held-out batch (``HELD_OUT_38``, issue 15 round 27): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from tools and hand-built trackers, in sectors and tools no earlier
batch's docstring names (a fire station, a data centre with MeisterTask, an apiary, a
landfill gas plant, an ice rink, an election office, a kelp farm, a solar farm's spend log,
a rubber glove factory, a county bridge in Office Timeline's shape, a post office branch, a
wool scour).

Registers:

- ``uk_fire_station_risk_register``: a UK fire station rebuild's hand-built risk register:
  title and version lines, risks grouped under category heading rows (`PEOPLE`,
  `TECHNICAL`, `COMMERCIAL`), `Ref` `FRS-R01`, `Date Raised` as ordinal text (`14th Jan
  2026`), `Cause` / `Effect`, `P` / `I` / `PxI`, `Proximity` words, owners as e-mail
  addresses, `Actions`, `Status` Live / Closed.
- ``ie_data_centre_meistertask_issues``: an Irish data centre fit-out's MeisterTask CSV
  export kept as the issue log: `Name`, `Notes`, `Section` (the workflow: Logged /
  Investigating / Fixed), `Assignee`, `Status` open / completed, `Due date` `2026-03-14
  17:00` text, `Tags` P1..P3 (sometimes with a second tag), `Created at` date-time text,
  `Checklists` `0/3`, `Comments` counts.
- ``au_apiary_assumptions``: an Australian research apiary's assumptions log: two title
  lines, the template's `e.g.` example row left under the header, `#` 1, 2, 3, `If wrong,
  impact` High / Medium / Low, `Confidence` as percentage cells, owners as dotted initials
  (`R.O'B.`), `Check by` as `14 Mar 2026` text, a blank spacer row mid-table, `Status`
  Confirmed / Not yet checked / Proved wrong.
- ``za_landfill_gas_dependencies``: a South African landfill gas-to-power dependency list:
  `DEP/001` ids, `What we need`, `From whom` (an organisation), `Their contact` (an e-mail),
  `Our owner`, `Date needed` / `Date promised` date cells shown `d mmmm yyyy`, `Status`
  Awaiting / Agreed / Received, an empty `Notes` column, an `Open dependencies: n` line
  under the table.
- ``ca_ice_rink_decision_log``: a Canadian arena's refrigeration replacement decision log: a
  merged title, a version line, NEWEST FIRST, `Ref` `D-1`, `Date` ISO text, `Meeting` (`PSC
  #5`), `Decision`, `Options considered`, `Rationale`, `Decided by`, `Actions arising`.
- ``ng_election_logistics_issue_log``: a Nigerian state election office's logistics issue
  log: a `Last updated:` line, `S/N` 1, 2, 3, `Date Logged` `dd/mm/yyyy` text, `LGA`,
  `Logged By`, `Action Owner`, `Severity` Critical / Major / Minor, `Status` Open / Closed /
  Escalated, `Resolution / Remarks`, `Date Closed` text.

Trackers:

- ``au_kelp_farm_budget_actual_k``: a Tasmanian kelp farm's budget vs actual in THOUSANDS:
  `All figures $k` in the title block, a merged `BUDGET ($k)` block of `Jul-25` text months,
  a blank column, a merged `ACTUAL ($k)` block of the same labels, amounts like `12.5`, a
  `Total` row; actuals for the first three months only.
- ``ke_solar_farm_spend_log``: a Kenyan solar farm's spend log, one invoice a row: `Date`
  cells, `Supplier`, `Invoice No.`, `Description`, `Budget Line`, `Amount` as `KSh
  1,250,000` text, a `TOTAL` row; some months and lines have two invoices.
- ``in_rubber_glove_resource_plan``: an Indian rubber glove factory's manpower plan in
  man-days: `Apr'26` month text, a group heading row per source (`In-house`, `Vendor -
  Kerala Automation`), a `Sub Total` row after each group, a `Total` column.
- ``us_bridge_office_timeline_milestones``: a US county bridge replacement plan in Office
  Timeline's Excel import shape: `Swimlane`, `Title`, `Type` Task / Milestone, `Start Date`
  (tasks only), `End Date`, `Original End Date`, `% Complete`, `Owner`; dates as padded US
  text `03/14/2026`.
- ``uk_post_office_highlight_report``: a UK post office branch refit's weekly highlight
  report: merged label / value cells (`Project:`, `Project Manager:`, `Project Sponsor:`,
  `Reporting period:` `w/e 13/03/2026`, `RAG this week:`, `RAG last week:`), `Time` /
  `Cost` / `Scope` RAG rows, a `Key milestones` table with `dd-mmm` date cells and `Status`
  Complete / On track / At risk.
- ``nz_wool_scour_capex_forecast``: a NZ wool scour upgrade's budget and forecast, TWO ROWS
  A COST LINE: the line's name and `Capex` / `Opex` on its first row only, `Budget` /
  `Forecast` in column B, twelve months as date cells shown `mmm` (Jul..Jun, the year only
  in the title and the cells' values), a `FY Total` column, empty months blank.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the kelp farm's `$k` amounts are thousands: `12.5` is a budget of 12,500 (the title block
  and both block labels say `$k`; a reader who keeps 12.5 reads the unit away). The least
  sure fact of the batch; `(AUD, ex GST)` in the title block is AUD (audit, round 27: as
  batch 29's leisure centre title `(AUD, ex GST)` was read);
- the fire station's category heading rows give each risk below them its category
  (`PEOPLE` is People, on the standard's list); `FRS-R01` (a prefix and the standard's
  letter): no id fact; `Live` (Open or Monitoring): no fact, `Closed` is Closed; owners as
  e-mail addresses (the address, or a name made from it): no owner fact; `Proximity`
  `Imminent` is the standard's word, but `Next 3 months` (within 1 month or 1-3 months?)
  and `Next 6 months` (3-6 months, or anything up to six?) are on no list: no fact (audit,
  round 27, as batch 28's `Q3 2026`); `Cause`: the
  description or left out, `Effect` left out; `PxI`: the score or left out, no fact;
- the wool scour's second row of each line (column A blank) is the same line's forecast;
  `Capex` / `Opex` on the first row hold for both; a month with no amount is no line (no
  zero, no capex/opex fact); no currency fact (`NZ$` in the title);
- the solar spend log: a month and budget line with ONE invoice has that invoice's amount as
  its actual; with two invoices (one line of their sum, or two lines?) no fact; the `Date`
  cell gives the month; KES is no standard currency: no currency fact; the `TOTAL` row is
  no line;
- MeisterTask's `Section` Logged is Open and Investigating In Progress, Fixed (Resolved or
  Closed): no fact; `Status` open / completed is mapped to status or left out (the section
  carries the workflow); `Tags` P1..P3 (P1 Critical or High?): no priority fact; `Created
  at` is the raised date; no id column, no id fact;
- the election log's `Severity` Major is 4 and Minor 2 (the standard's severity labels
  Minimal, Minor, Moderate, Major, Severe); Critical (on no severity label; 5, or a
  priority?): no fact; `Escalated` (Open or In Progress): no fact; `Action Owner` is the
  owner and `Logged By` left out; `S/N` (a row number): no id fact;
- the apiary's `e.g.` example row is no assumption and the spacer row is no gap in the
  count; `Confirmed` is Validated, `Proved wrong` Invalid, `Not yet checked` Open;
  `Confidence` 70% (the field is free text: `70%` or `0.7`?): no fact; `If wrong, impact`
  words are the impact-if-false as written; `#` 1, 2, 3: no id fact;
- the landfill's `DEP/001` is D-001 (the standard's letter keeps the number, as earlier
  batches' `DEP-1` and `DEP-01` were read); `Received` is Delivered, `Awaiting` (Open or At
  Risk?) and `Agreed` (On Track or Open?): no fact; `From whom` (an organisation, not a
  project id) and `Their contact` (an e-mail): mapped or left out, no fact; no direction
  column (every row is a need, but no fact is made from the header's wording); the `Open
  dependencies` line is no dependency;
- the ice rink's `D-1` in a decision log's `Ref` column is decision 1: DC-001, the
  standard's letter keeping the number (audit, round 27: as `DEC-7` was DC-007 and `DN-01`
  DC-001 in batches 35 and 34; newest first, the top row is the highest number); the rows'
  source order (newest first) is the items' order; `Meeting` and `Options considered` left
  out;
- Office Timeline's `Task` rows are no milestones (only the `Milestone` rows count);
  `End Date` is the forecast and `Original End Date` the baseline; `% Complete` (0 % or
  100 % on a milestone: a status?): no fact; `Swimlane`: the gate or left out, no fact;
- the highlight report's `RAG this week` is the overall RAG (`RAG last week` is history, no
  fact); `Time` is the schedule RAG, `Cost` the cost RAG, `Scope` the scope RAG;
  `Reporting period: w/e 13/03/2026` is the report date, 13 March 2026 (audit, round 27:
  `w/e` is week ending, as batch 31's `Week ending` and batch 30's `Period ending:` gave
  the report date; the 13th also fixes the day-first order);
  `On track` (Not Started or In Progress?): no status fact; `Complete` and `At risk` as
  the standard's;
- the rubber glove plan's man-days, group heading rows, `Sub Total` rows and `Total`
  column: counts only, no value facts (like earlier batches' resource plans).

Readings used: text dates are day first except the US plan's (month first), one day past
the 12th in each truth column; ISO and ordinal dates read as written. It was written and
checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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


def _ordinal(d: date) -> str:
    """A British text date with an ordinal day (``14th Jan 2026``)."""
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {d:%b %Y}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

FIRE_RISKS = {
    "PEOPLE": [
        "On-call crews cannot be housed during the rebuild",
        "Watch managers not released for appliance bay training",
    ],
    "TECHNICAL": [
        "Drill tower foundations hit the old fuel tank",
        "Mobilising system link to control not ready for cut-over",
        "Breathing apparatus wash room drainage undersized",
    ],
    "COMMERCIAL": [
        "Main contractor's steel price fluctuation clause triggered",
        "Temporary station lease extension refused by landlord",
    ],
}
FIRE_OWNERS = ["g.hughes@wmfs.example.gov.uk", "p.osei@wmfs.example.gov.uk",
               "l.barker@wmfs.example.gov.uk"]  # fmt: skip
#: the standard's proximity list holds `Imminent`; `Next 3 months` and `Next 6 months` each
#: span two of its bands (Within 1 month / 1-3 months; 1-3 / 3-6 months), so no fact
FIRE_PROXIMITY_READ = {"Imminent"}


def uk_fire_station_risk_register(folder: Path, rng: random.Random) -> Built:
    """A UK fire station rebuild's hand-built risk register: category heading rows over
    their risks, owners as e-mail addresses, ordinal text dates, `Live` / `Closed`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Tipton Community Fire Station Rebuild"
    ws["A2"] = "RISK REGISTER - v0.7 - owner: Programme Office"
    head = ["Ref", "Date Raised", "Risk", "Cause", "Effect", "P", "I", "PxI", "Proximity"]
    head += ["Owner", "Actions", "Status"]
    _put(ws, 4, 1, [head])
    n = sum(len(v) for v in FIRE_RISKS.values())
    raised = [date(2025, 9, 1) + timedelta(days=rng.randrange(150)) for _ in range(n)]
    values: list[ValueFact] = []
    row, i = 5, 0
    for section, risks in FIRE_RISKS.items():
        ws.cell(row, 1, section)
        row += 1
        for text in risks:
            p, c = rng.randint(1, 5), rng.randint(1, 5)
            prox = rng.choice(["Imminent", "Next 3 months", "Next 6 months"])
            who = rng.choice(FIRE_OWNERS)
            st = rng.choice(["Live", "Live", "Closed"])
            act = rng.choice(["Early works survey booked", "Raise at the monthly client meeting"])
            cells: list[object] = [f"FRS-R{i + 1:02d}", _ordinal(raised[i]), text]
            cells += ["Ageing estate", "Delay to handover", p, c, p * c, prox, who, act, st]
            _put(ws, row, 1, [cells])
            values += [
                ValueFact("risks", i, "raised_date", raised[i]),
                ValueFact("risks", i, "title", text),
                ValueFact("risks", i, "category", section.title()),
                ValueFact("risks", i, "probability", float(p)),
                ValueFact("risks", i, "impact", float(c)),
                ValueFact("risks", i, "response", act),
            ]
            if prox in FIRE_PROXIMITY_READ:  # audit, round 27: off-list words have no fact
                values.append(ValueFact("risks", i, "proximity", prox))
            if st == "Closed":
                values.append(ValueFact("risks", i, "status", "Closed"))
            row, i = row + 1, i + 1
    path = _save(wb, folder, "uk_fire_station_risk_register")
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", ("description", None)])
    targets |= _cols("E", [None, "probability", "impact", ("score", None), "proximity"])
    targets |= _cols("J", [("owner", None), "response", "status"])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


DC_ISSUES = [
    "UPS battery string B fails its discharge test",
    "Raised floor tiles in hall 2 not rated for the new racks",
    "Chilled water valve actuators shipped with the wrong firmware",
    "Fibre duct from the meet-me room blocked by the sprinkler main",
    "Fire suppression gas cylinders held at customs",
    "Generator fuel polishing contractor not yet appointed",
]
DC_PEOPLE = ["Siobhan Keane", "Declan Moran", "Aoife Brennan", "Tomasz Nowak"]


def ie_data_centre_meistertask_issues(folder: Path, rng: random.Random) -> Built:
    """An Irish data centre fit-out's MeisterTask CSV export kept as an issue log: the
    section is the workflow, `open` / `completed`, `Created at` date-time text, tags."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "export")
    head = ["Name", "Notes", "Section", "Assignee", "Status", "Due date", "Tags", "Created at"]
    head += ["Checklists", "Comments"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 6)
    created = _days(rng, n, date(2026, 1, 5))
    sections = {"Logged": "Open", "Investigating": "In Progress", "Fixed": None}
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DC_ISSUES, n)):
        sec, who = rng.choice(list(sections)), rng.choice(DC_PEOPLE)
        due = created[i] + timedelta(days=rng.choice([7, 14, 21]))
        at = datetime.combine(created[i], datetime.min.time()) + timedelta(minutes=540 + 7 * i)
        note = rng.choice(["Found at the IST walkdown", "Raised by the client's CxA"])
        cells: list[object] = [text, note, sec, who, "completed" if sec == "Fixed" else "open"]
        cells += [f"{due:%Y-%m-%d} 17:00", rng.choice(["P1", "P2", "P2, electrical", "P3"])]
        cells += [f"{at:%Y-%m-%d %H:%M:%S}", "0/3", rng.randint(0, 4)]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "description", note),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if sections[sec]:
            values.append(ValueFact("issues", i, "status", sections[sec]))
    path = _save(wb, folder, "ie_data_centre_meistertask_issues")
    targets: Targets = _cols("A", ["title", "description", ("status", None), "owner"])
    targets |= _cols("E", [("status", None), "due_date", ("priority", None), "raised_date"])
    targets |= _cols("I", [None, None])
    return Built(path, [_one("issues", "export", 1, targets, n)], values)


APIARY_ASSUMPTIONS = [
    "Varroa mite stays out of the Bundaberg region this season",
    "University ethics approval covers the hive sensor trial",
    "Macadamia growers keep paying for pollination hives",
    "The extraction shed can run on the existing three-phase supply",
    "Queen bees from the breeder arrive by the end of September",
    "Council allows the honey shop at the front gate",
]
APIARY_OWNERS = ["J.K.", "M.T.", "R.O'B.", "S.P."]
APIARY_STATUS = {"Confirmed": "Validated", "Not yet checked": "Open", "Proved wrong": "Invalid"}


def au_apiary_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Australian research apiary's hand-built assumptions log: the template's example
    row left in under the header, a blank spacer row mid-table, `14 Mar 2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Bundaberg Research Apiary - Stage 2 Expansion"
    ws["A2"] = "Assumptions Log (review at each steering group)"
    head = ["#", "Assumption", "If wrong, impact", "Confidence", "Owner", "Check by", "Status"]
    _put(ws, 4, 1, [head])
    _put(ws, 5, 1, [["e.g.", "Example: suppliers deliver on time", "High", "50%", "PM"]])
    n = rng.randint(5, 6)
    check = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    row = 6
    for i, text in enumerate(rng.sample(APIARY_ASSUMPTIONS, n)):
        if i == 3:
            row += 1  # the blank spacer row a PM leaves between batches of entries
        imp, who = rng.choice(["High", "Medium", "Low"]), rng.choice(APIARY_OWNERS)
        st = rng.choice(list(APIARY_STATUS))
        conf = rng.choice([0.5, 0.7, 0.9])
        _put(ws, row, 1, [[i + 1, text, imp, conf, who, f"{check[i].day} {check[i]:%b %Y}", st]])
        ws.cell(row, 4).number_format = "0%"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", imp),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "status", APIARY_STATUS[st]),
        ]
        row += 1
    path = _save(wb, folder, "au_apiary_assumptions")
    targets: Targets = _cols("A", [("id", None), "assumption", "impact_if_false"])
    targets |= _cols("D", [("confidence", None), "owner", "validate_by", "status"])
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


LANDFILL_DEPS = [
    ("Grid connection approval", "Eskom Distribution", "grid.connections@eskom.example.co.za"),
    ("Air emission licence amendment", "Metro Air Quality Unit", "aqo@metro.example.gov.za"),
    ("Gas well field survey data", "Landfill Operations", "ops.marie@metro.example.gov.za"),
    ("Generator container plinths", "Civils Contract 14/2025", "site@civils.example.co.za"),
    ("Power purchase agreement signed", "Municipal Electricity", "ppa@metro.example.gov.za"),
]
LANDFILL_OWNERS = ["Thabo Nkosi", "Anele Dlamini", "Pieter van Wyk"]


def za_landfill_gas_dependencies(folder: Path, rng: random.Random) -> Built:
    """A South African landfill gas-to-power project's hand-built dependency list: `DEP/001`
    ids, a contact e-mail, `d mmmm yyyy` date cells, a count line under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Bisasar Road Landfill Gas-to-Electricity: Dependency List"
    head = ["Ref", "What we need", "From whom", "Their contact", "Our owner", "Date needed"]
    head += ["Date promised", "Status", "Notes"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, them, mail) in enumerate(rng.sample(LANDFILL_DEPS, n)):
        who = rng.choice(LANDFILL_OWNERS)
        st = rng.choice(["Awaiting", "Agreed", "Received"])
        promised = need[i] + timedelta(days=rng.choice([-7, 0, 14]))
        cells = [f"DEP/{i + 1:03d}", text, them, mail, who, need[i], promised, st, None]
        _put(ws, 4 + i, 1, [cells])
        for c in (6, 7):
            ws.cell(4 + i, c).number_format = "d mmmm yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        if st == "Received":
            values.append(ValueFact("dependencies", i, "status", "Delivered"))
    ws.cell(5 + n, 1, f"Open dependencies: {n}")
    path = _save(wb, folder, "za_landfill_gas_dependencies")
    targets: Targets = _cols("A", ["id", "title", ("counterparty_project_id", None)])
    targets |= _cols("D", [("counterparty_owner", None), "owner", "need_by", "committed_date"])
    targets |= {"H": ("status", None), "I": None}
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


RINK_DECISIONS = [
    ("Replace the ammonia plant with CO2 transcritical", "Lower toxic charge; grant eligible"),
    ("Keep the arena open for minor hockey during the swap", "Season contracts signed"),
    ("Use the existing brine headers", "Survey found them sound"),
    ("Dasher boards replaced in the same shutdown", "One closure instead of two"),
    ("Heat recovery to the pool building deferred", "Outside the federal grant scope"),
]
RINK_MAKERS = ["Project Steering Committee", "Director, Recreation", "Council", "K. Fraser"]


def ca_ice_rink_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Canadian arena's refrigeration replacement decision log: newest first, the meeting
    each decision came from, ISO text dates, `D-1` references."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Centennial Arena Refrigeration Plant Replacement - Decision Log"
    ws.merge_cells("A1:H1")
    ws["A2"] = "Version 0.4 - newest decisions at the top"
    head = ["Ref", "Date", "Meeting", "Decision", "Options considered", "Rationale"]
    head += ["Decided by", "Actions arising"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 5)
    made = _days(rng, n, date(2025, 10, 6))
    picked = rng.sample(RINK_DECISIONS, n)
    values: list[ValueFact] = []
    for i in range(n):
        k = n - 1 - i  # newest at the top
        text, why = picked[k]
        who = rng.choice(RINK_MAKERS)
        cells: list[object] = [f"D-{k + 1}", f"{made[k]:%Y-%m-%d}", f"PSC #{k + 3}", text]
        cells += ["See meeting pack", why, who, rng.choice(["None", "PM to update schedule"])]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "id", f"DC-{k + 1:03d}"),  # audit, round 27: `D-1`
            ValueFact("decisions", i, "date", made[k]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "ca_ice_rink_decision_log")
    targets: Targets = _cols("A", ["id", "date", None, "decision", None, "rationale"])
    targets |= {"G": "made_by", "H": None}
    return Built(path, [_one("decisions", "Decisions", 4, targets, n)], values)


POLL_ISSUES = [
    ("BVAS units for Ward 7 not charged", "Ikeja"),
    ("Boat hire for riverine polling units not confirmed", "Epe"),
    ("RAC building has no working toilet", "Badagry"),
    ("Ad hoc staff list missing 40 presiding officers", "Alimosho"),
    ("Result sheets for two polling units misprinted", "Ikeja"),
    ("Police escort roster clashes with the market day", "Epe"),
    ("Generator at the LGA office stolen", "Badagry"),
]
POLL_PEOPLE = ["Adebayo Ogunleye", "Chiamaka Eze", "Musa Danjuma", "Funmilayo Adeyemi"]
#: the standard's severity scale labels (Minimal, Minor, Moderate, Major, Severe)
POLL_SEVERITY = {"Major": 4.0, "Minor": 2.0, "Critical": None}
POLL_STATUS = {"Open": "Open", "Closed": "Closed", "Escalated": None}


def ng_election_logistics_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerian state election office's logistics issue log: `S/N`, day-first text
    dates, a logger and an action owner, Critical / Major / Minor, `Escalated`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "LAGOS STATE - ELECTION LOGISTICS ISSUE LOG"
    ws["A2"] = "Last updated:"
    ws["B2"] = "see date in file name"
    head = ["S/N", "Date Logged", "Issue", "LGA", "Logged By", "Action Owner", "Severity"]
    head += ["Status", "Resolution / Remarks", "Date Closed"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    logged = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, (text, lga) in enumerate(rng.sample(POLL_ISSUES, n)):
        by, who = rng.choice(POLL_PEOPLE), rng.choice(POLL_PEOPLE)
        sev, st = rng.choice(list(POLL_SEVERITY)), rng.choice(list(POLL_STATUS))
        closed = logged[i] + timedelta(days=14 + rng.randint(0, 6)) if st == "Closed" else None
        if closed and closed.day <= 12:  # past the 12th, so the column's own order is known
            closed = closed.replace(day=closed.day + 13)
        remark = "Resolved with the vendor" if closed else "Awaiting HQ"
        cells: list[object] = [i + 1, f"{logged[i]:%d/%m/%Y}", text, lga, by, who, sev, st]
        cells += [remark, f"{closed:%d/%m/%Y}" if closed else None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "resolution", remark),
        ]
        if POLL_SEVERITY[sev]:
            values.append(ValueFact("issues", i, "severity", POLL_SEVERITY[sev]))
        if POLL_STATUS[st]:
            values.append(ValueFact("issues", i, "status", POLL_STATUS[st]))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    path = _save(wb, folder, "ng_election_logistics_issue_log")
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, None, "owner"])
    targets |= _cols("G", ["severity", "status", "resolution", "closed_date"])
    return Built(path, [_one("issues", "Issue Log", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

KELP_LINES = ["Longline moorings", "Seed string hatchery", "Harvest vessel charter",
              "Processing shed lease", "Marine survey", "Staff"]  # fmt: skip


def au_kelp_farm_budget_actual_k(folder: Path, rng: random.Random) -> Built:
    """A Tasmanian kelp farm's budget vs actual in thousands: a `BUDGET ($k)` block of
    `Jul-25` text months, a blank column, an `ACTUAL ($k)` block, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Storm Bay Kelp Farm Pilot - Budget vs Actual FY26"
    ws["A2"] = "All figures $k (AUD, ex GST)"
    months = _months(date(2025, 7, 1), 6)
    k = len(months)
    ws.cell(4, 2, "BUDGET ($k)")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + k)
    ws.cell(4, 3 + k, "ACTUAL ($k)")
    ws.merge_cells(start_row=4, start_column=3 + k, end_row=4, end_column=2 + 2 * k)
    labels = [f"{m:%b-%y}" for m in months]
    _put(ws, 5, 1, [["Cost line", *labels, None, *labels]])
    done = 3
    lines = rng.sample(KELP_LINES, 4)
    # audit, round 27: `All figures $k (AUD, ex GST)` names the currency, on the standard's list
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    tot = [0.0] * (2 * k + 1)
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            plan = rng.randrange(4, 120) / 2  # $k to one decimal: 2.0 .. 59.5
            ws.cell(6 + r, 2 + m, plan)
            tot[m] += plan
            values.append(ValueFact("finance", (month, line), "budget", plan * 1000))
            if m < done:
                spent = round(plan * rng.uniform(0.7, 1.3), 1)
                ws.cell(6 + r, 3 + k + m, spent)
                tot[k + 1 + m] += spent
                values.append(
                    ValueFact("finance", (month, line), "actual", float(round(spent * 1000)))
                )
    row = 6 + len(lines)
    ws.cell(row, 1, "Total")
    for m in range(k):
        ws.cell(row, 2 + m, round(tot[m], 1))
        if m < done:
            ws.cell(row, 3 + k + m, round(tot[k + 1 + m], 1))
    path = _save(wb, folder, "au_kelp_farm_budget_actual_k")
    table = TruthTable("BvA", 5, "finance", {"A": "cost_line"}, {"finance": k * len(lines)})
    return Built(path, [table], values)


SOLAR_LINES = ["PV modules", "Inverters", "Mounting structures", "Civil works", "Grid tie-in"]
SOLAR_SUPPLIERS = ["Sunpower EA Ltd", "Nairobi Steel Fabricators", "Rift Civils", "KPLC"]


def ke_solar_farm_spend_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan solar farm's spend log, one invoice a row: date cells, supplier, invoice
    number, the budget line it was charged to, `KSh 1,250,000` text amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend Log")
    ws["A1"] = "Garissa 10MW Solar Extension - Spend Log (actuals)"
    head = ["Date", "Supplier", "Invoice No.", "Description", "Budget Line", "Amount"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), 3)
    lines = rng.sample(SOLAR_LINES, 3)
    invoices: list[tuple[date, str, int]] = []
    for month in months:
        for line in lines:
            for _ in range(rng.choice([1, 1, 1, 2])):
                day = month.replace(day=rng.randint(2, 27))
                invoices.append((day, line, rng.randrange(10, 400) * 12500))
    invoices.sort()
    per: dict[tuple[date, str], list[int]] = {}
    for r, (day, line, amount) in enumerate(invoices):
        cells: list[object] = [day, rng.choice(SOLAR_SUPPLIERS), f"INV-{4100 + r}"]
        cells += [f"{line} - stage payment", line, f"KSh {amount:,}"]
        _put(ws, 4 + r, 1, [cells])
        ws.cell(4 + r, 1).number_format = "dd/mm/yyyy"
        per.setdefault((day.replace(day=1), line), []).append(amount)
    row = 5 + len(invoices)
    ws.cell(row, 5, "TOTAL")
    ws.cell(row, 6, f"KSh {sum(a for _, _, a in invoices):,}")
    # a month and line with two invoices: one line of their sum, or two lines? No fact.
    values = [
        ValueFact("finance", key, "actual", float(amounts[0]))
        for key, amounts in per.items()
        if len(amounts) == 1
    ]
    path = _save(wb, folder, "ke_solar_farm_spend_log")
    targets: Targets = {"A": "month", "B": None, "C": None, "D": ("notes", None)}
    targets |= {"E": "cost_line", "F": "actual"}
    table = TruthTable("Spend Log", 3, "finance", targets, {"finance": len(per)})
    return Built(path, [table], values)


GLOVE_PEOPLE = {
    "In-house": [("R. Krishnan", "Project Engineer"), ("Anitha Menon", "Process Engineer"),
                 ("S. Thomas", "Electrical Supervisor")],
    "Vendor - Kerala Automation": [("Vivek Nair", "PLC Programmer"),
                                   ("Joseph K. Mathew", "Commissioning Engineer")],
}  # fmt: skip


def in_rubber_glove_resource_plan(folder: Path, rng: random.Random) -> Built:
    """An Indian rubber glove factory line-expansion resource plan in man-days: `Apr'26`
    month text, a group heading row per source of people, a `Sub Total` row after each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Manpower")
    ws["A1"] = "Dipping Line 4 Expansion, Kottayam - Manpower Plan (man-days)"
    months = _months(date(2026, 4, 1), 5)
    _put(ws, 3, 1, [["Name", "Role", *[f"{m:%b}'{m:%y}" for m in months], "Total"]])
    row, count = 4, 0
    for group, people in GLOVE_PEOPLE.items():
        ws.cell(row, 1, group)
        row += 1
        sub = [0] * len(months)
        for who, role in people:
            days = [rng.choice([0, 5, 10, 20, 22]) for _ in months]
            count += sum(1 for d in days if d)
            sub = [a + b for a, b in zip(sub, days, strict=True)]
            _put(ws, row, 1, [[who, role, *[d or None for d in days], sum(days)]])
            row += 1
        _put(ws, row, 1, [["Sub Total", None, *sub, sum(sub)]])
        row += 1
    path = _save(wb, folder, "in_rubber_glove_resource_plan")
    table = TruthTable("Manpower", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


BRIDGE_PLAN = [
    ("Design", "Task", "Preliminary design"),
    ("Design", "Milestone", "30% plans submitted to DOT"),
    ("Design", "Milestone", "NEPA categorical exclusion approved"),
    ("Right of Way", "Task", "Easement negotiations"),
    ("Right of Way", "Milestone", "Right of way certified"),
    ("Construction", "Milestone", "Bid opening"),
    ("Construction", "Task", "Detour and demolition"),
    ("Construction", "Milestone", "Bridge open to traffic"),
]
BRIDGE_OWNERS = ["Dana Kowalski", "Luis Ortega", "Beth Ann Carter"]


def us_bridge_office_timeline_milestones(folder: Path, rng: random.Random) -> Built:
    """A US county bridge replacement's plan kept in Office Timeline's Excel import shape:
    swimlanes, a `Type` column of Task and Milestone rows, `03/14/2026` padded US text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Timeline Data")
    head = ["Swimlane", "Title", "Type", "Start Date", "End Date", "Original End Date"]
    head += ["% Complete", "Owner"]
    _put(ws, 1, 1, [head])
    ms = sum(1 for _, t, _ in BRIDGE_PLAN if t == "Milestone")
    base = _days(rng, len(BRIDGE_PLAN), date(2025, 11, 3))
    values: list[ValueFact] = []
    k = 0
    for r, (lane, kind, title) in enumerate(BRIDGE_PLAN):
        end = base[r] + timedelta(days=rng.choice([0, 0, 14, 30]))
        if r == len(BRIDGE_PLAN) - 1 and end.day <= 12:
            end = end.replace(day=end.day + 13)  # the column's own order known too
        start = f"{base[r] - timedelta(days=40):%m/%d/%Y}" if kind == "Task" else None
        done = 1.0 if r < 2 else rng.choice([0, 0.25, 0.5]) if kind == "Task" else 0
        who = rng.choice(BRIDGE_OWNERS)
        cells: list[object] = [lane, title, kind, start, f"{end:%m/%d/%Y}"]
        cells += [f"{base[r]:%m/%d/%Y}", done, who]
        _put(ws, 2 + r, 1, [cells])
        ws.cell(2 + r, 7).number_format = "0%"
        if kind == "Milestone":
            values += [
                ValueFact("milestones", k, "milestone", title),
                ValueFact("milestones", k, "owner", who),
                ValueFact("milestones", k, "baseline_date", base[r]),
                ValueFact("milestones", k, "forecast_date", end),
            ]
            k += 1
    path = _save(wb, folder, "us_bridge_office_timeline_milestones")
    targets: Targets = _cols("A", [("gate", None), "milestone", None, None, "forecast_date"])
    targets |= _cols("F", ["baseline_date", ("status", None), "owner"])
    return Built(path, [_one("milestones", "Timeline Data", 1, targets, ms)], values)


POST_MILESTONES = [
    "Branch survey complete",
    "Counter design signed off",
    "Strip-out of the old counter",
    "New counter and safe installed",
    "Horizon terminals live",
    "Branch reopens",
]
POST_STATUS = {"Complete": "Complete", "On track": None, "At risk": "At Risk"}


def uk_post_office_highlight_report(folder: Path, rng: random.Random) -> Built:
    """A UK post office branch refit's weekly highlight report: merged label / value cells,
    `RAG this week` and `RAG last week`, a `w/e` period, Time / Cost / Scope RAG rows, a
    key milestones table with `dd-mmm` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    ws["A1"] = "HIGHLIGHT REPORT"
    ws.merge_cells("A1:F1")
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(5)]
    pairs: list[tuple[str, object]] = [
        ("Project:", "Kendal Crown Post Office Refit"),
        ("Project Manager:", "Gemma Lockwood"),
        ("Project Sponsor:", "Ian Pritchard"),
        ("Reporting period:", "w/e 13/03/2026"),
        ("RAG this week:", rags[0]),
        ("RAG last week:", rags[1]),
    ]
    for r, (label, value) in enumerate(pairs):
        ws.cell(3 + r, 1, label)
        ws.merge_cells(start_row=3 + r, start_column=1, end_row=3 + r, end_column=2)
        ws.cell(3 + r, 3, value)
        ws.merge_cells(start_row=3 + r, start_column=3, end_row=3 + r, end_column=6)
    _put(ws, 10, 1, [["Time", rags[2]], ["Cost", rags[3]], ["Scope", rags[4]]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Kendal Crown Post Office Refit"),
        ValueFact("project", 0, "project_manager", "Gemma Lockwood"),
        ValueFact("project", 0, "sponsor", "Ian Pritchard"),
        ValueFact("project", 0, "report_date", date(2026, 3, 13)),  # audit, round 27: w/e
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[2]),
        ValueFact("project", 0, "cost_rag", rags[3]),
        ValueFact("project", 0, "scope_rag", rags[4]),
    ]
    ws["A14"] = "Key milestones"
    _put(ws, 15, 1, [["Milestone", "Baseline", "Forecast", "Status"]])
    base = _days(rng, len(POST_MILESTONES), date(2026, 1, 12))
    done = rng.randint(1, 2)
    for i, name in enumerate(POST_MILESTONES):
        fc = base[i] + timedelta(days=0 if i < done else rng.choice([0, 7, 21]))
        st = "Complete" if i < done else rng.choice(["On track", "On track", "At risk"])
        _put(ws, 16 + i, 1, [[name, base[i], fc, st]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd-mmm"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if POST_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", POST_STATUS[st]))
    path = _save(wb, folder, "uk_post_office_highlight_report")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    table = _one("milestones", "Highlight Report", 15, targets, len(POST_MILESTONES))
    return Built(path, [table], values)


SCOUR_LINES = [("Wool dryer replacement", "CapEx"), ("Effluent DAF unit", "CapEx"),
               ("Scour bowl relining", "CapEx"), ("Contract engineering", "OpEx"),
               ("Trial runs - wool and energy", "OpEx")]  # fmt: skip


def nz_wool_scour_capex_forecast(folder: Path, rng: random.Random) -> Built:
    """A NZ wool scour upgrade's budget and forecast, two rows a cost line: the line's name
    and `Capex` / `Opex` on its first row only, `Budget` / `Forecast` in column B, months
    as date cells shown `mmm` (the financial year Jul-Jun in the title)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex Forecast")
    ws["A1"] = "Clive Scour Upgrade - Budget & Forecast FY2026 (Jul 25 - Jun 26), NZ$"
    months = _months(date(2025, 7, 1), 12)
    _put(ws, 3, 1, [["Cost line", "Measure", "Capex/Opex", *months, "FY Total"]])
    for c in range(4, 4 + len(months)):
        ws.cell(3, c).number_format = "mmm"
    lines = rng.sample(SCOUR_LINES, 4)
    values: list[ValueFact] = []
    row, pairs = 4, 0
    for line, kind in lines:
        budget = [rng.choice([0, 0, 20, 45, 80]) * 1000 for _ in months]
        budget[rng.randrange(len(months))] = 60000  # every line has a month of money
        forecast = [b + rng.choice([0, 0, 5000, -5000]) if b else 0 for b in budget]
        word = "Capex" if kind == "CapEx" else "Opex"
        _put(ws, row, 1, [[line, "Budget", word, *[b or None for b in budget], sum(budget)]])
        _put(ws, row + 1, 2, [["Forecast", None, *[f or None for f in forecast]]])
        ws.cell(row + 1, 4 + len(months), sum(forecast))
        for r in (row, row + 1):
            for c in range(4, 5 + len(months)):
                ws.cell(r, c).number_format = "#,##0"
        for m, month in enumerate(months):
            if not budget[m]:  # an empty month is no line and no zero
                continue
            pairs += 1
            values.append(ValueFact("finance", (month, line), "capex_opex", kind))
            values.append(ValueFact("finance", (month, line), "budget", float(budget[m])))
            values.append(ValueFact("finance", (month, line), "forecast", float(forecast[m])))
        row += 2
    ws.cell(row, 1, "Total")
    path = _save(wb, folder, "nz_wool_scour_capex_forecast")
    targets: Targets = {"A": "cost_line", "B": "measure", "C": "capex_opex"}
    table = TruthTable("Capex Forecast", 3, "finance", targets,
                       {"finance": pairs})  # fmt: skip
    return Built(path, [table], values)


HELD_OUT_38: tuple[Layout, ...] = (
    Layout(
        "uk_fire_station_risk_register",
        "UK fire station rebuild risk register (category heading rows, e-mail owners, 14th Jan 2026)",
        uk_fire_station_risk_register,
    ),
    Layout(
        "ie_data_centre_meistertask_issues",
        "Irish data centre MeisterTask CSV export as an issue log (sections, open/completed)",
        ie_data_centre_meistertask_issues,
    ),
    Layout(
        "au_apiary_assumptions",
        "Australian apiary assumptions log (template example row left in, spacer row, % confidence)",
        au_apiary_assumptions,
    ),
    Layout(
        "za_landfill_gas_dependencies",
        "SA landfill gas-to-power dependency list (DEP/001, contact e-mails, d mmmm yyyy)",
        za_landfill_gas_dependencies,
    ),
    Layout(
        "ca_ice_rink_decision_log",
        "Canadian arena refrigeration decision log (newest first, meeting column, D-1 refs)",
        ca_ice_rink_decision_log,
    ),
    Layout(
        "ng_election_logistics_issue_log",
        "Nigerian election logistics issue log (S/N, Critical/Major/Minor, Escalated, dd/mm/yyyy)",
        ng_election_logistics_issue_log,
    ),
    Layout(
        "au_kelp_farm_budget_actual_k",
        "Tasmanian kelp farm budget vs actual in $k (two month blocks, Jul-25 text)",
        au_kelp_farm_budget_actual_k,
    ),
    Layout(
        "ke_solar_farm_spend_log",
        "Kenyan solar farm spend log (one invoice a row, KSh 1,250,000 text, budget line)",
        ke_solar_farm_spend_log,
    ),
    Layout(
        "in_rubber_glove_resource_plan",
        "Indian rubber glove factory manpower plan (man-days, Apr'26, group and Sub Total rows)",
        in_rubber_glove_resource_plan,
    ),
    Layout(
        "us_bridge_office_timeline_milestones",
        "US county bridge plan in Office Timeline's import shape (Task/Milestone rows, swimlanes)",
        us_bridge_office_timeline_milestones,
    ),
    Layout(
        "uk_post_office_highlight_report",
        "UK post office refit highlight report (merged label cells, RAG this/last week, milestones)",
        uk_post_office_highlight_report,
    ),
    Layout(
        "nz_wool_scour_capex_forecast",
        "NZ wool scour budget & forecast (two rows a line, Budget/Forecast column, mmm date cells)",
        nz_wool_scour_capex_forecast,
    ),
)
