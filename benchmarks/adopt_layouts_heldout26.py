"""The twenty-sixth held-out batch (``HELD_OUT_26``, issue 15 round 23): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from web templates, tool exports and hand-built trackers, in sectors
no earlier batch names (a zoo, an orchestra, a surf life saving club, a sugar mill, a
hospice, an aquarium, a fire service, a cricket stadium, a veterinary practice group, a
botanic garden, a film studio, a coffee co-operative).

Registers:

- ``uk_zoo_risk_register``: a UK zoo's hand-built risk register: a title and a version
  line, a merged `Inherent Rating` group over `L` / `I` / `Score` (1-5 numbers, the score
  typed as a number), `Ref` R01.., `Risk Description`, `Category` (the standard's words), a
  blank spacer column, `Risk Owner`, `Mitigation`, `Status`, `Date Raised` date cells shown
  `dd-mmm-yy`, and a scoring note two rows under the table.
- ``us_orchestra_jira_issues``: a US orchestra's Jira issue search exported to Excel: a
  title and a `Displaying 7 issues at ...` line, `Issue Type`, `Key` (SHT-14, Jira's
  project key), `Summary`, `Assignee` (some `Unassigned`), `Reporter`, `Priority` Highest ..
  Lowest, `Status` To Do / In Progress / Done, `Created` and `Updated` as Jira's `12/Mar/26
  9:14 AM` text, `Due date` as `20/Mar/26` text.
- ``au_surf_club_assumptions_smartsheet``: an Australian surf life saving club's
  Smartsheet assumption log: the header on row 1, two parent rows (`Clubhouse`, `Events`)
  holding only a name, `Assumption`, `Owner`, `Confidence` as H / M / L, `Status`,
  `Validate By` and `Date Logged` date cells shown `dd/mm/yy`, `If Wrong`, `Comments`; no
  id column.
- ``za_sugar_mill_dependencies``: a South African sugar mill's hand-built dependency log:
  a title, the header on row 3, `Dep ID` DEP-001, `Description`, `Type` In / Out, `From /
  To`, `Owner`, `Needed By` date cells shown `yyyy/mm/dd`, `Promised Date` as `2026/03/15`
  text, `Status` On track / At risk / Late / Delivered (sentence case), and a count line
  under the table.
- ``ie_hospice_decision_log``: an Irish hospice's decision log: a title, a notes line, the
  header on row 4, `No.` 1, 2, 3, `Date` date cells shown `dd/mm/yyyy`, `Decision`,
  `Rationale`, `Decided By` (a person or a body: `Board`, `SMT`), `Forum`.
- ``sg_aquarium_monday_raid``: a Singapore aquarium's monday.com board export: the board
  name, then three groups (`Risks`, `Issues`, `Decisions`), each a group-name row, its own
  header row (`Name`, `Person`, ...) and its items, a blank row between groups; dates as
  `2026-03-15` text.

Trackers:

- ``ca_fire_service_budget_vs_actual``: a Canadian fire service's station rebuild budget
  vs actual in CAD: months as date cells shown `mmm yyyy` merged over a `Budget` / `Actual`
  pair each (a two-row header), `Cost Line` down, a `Total` row; actuals only for the
  first two months.
- ``in_stadium_capex_tracker``: an Indian cricket stadium's floodlight capex tracker in
  rupees: two rows per cost head (`Plan`, `Actual` in a `Type` column), the cost head merged
  over both rows, months across as `Apr 2026` text, amounts as `₹12,50,000` text (Indian
  digit grouping), a `Total` column.
- ``uk_vet_resource_plan``: a UK veterinary practice group's resource plan in days per
  month: people as `Surname, First`, `Role`, `Team`, a blank spacer column, months as date
  cells shown `mmm-yy`, team section rows (`Clinical`, `Digital`) and a `Team total` row
  under each team, a `Total days` column.
- ``us_botanic_garden_msproject_milestones``: a US botanic garden's Microsoft Project
  milestone view exported to Excel: `ID`, `Task Name`, `Duration` (`0 days`), `Start`,
  `Finish`, `Baseline Finish`, `Actual Finish` as `Mon 3/16/26` text (`NA` when none), `%
  Complete`, `Resource Names`.
- ``ng_film_studio_status_report``: a Nigerian film studio's monthly status
  report: label / value pairs (labels in column A, values in column C, column B blank),
  RAG as upper-case colour words (`AMBER`), `Reporting Period: April 2026`, budget in NGN,
  and a `Key Milestones` table (`Milestone`, `Baseline`, `Forecast`, `Actual` date cells,
  `Status`, `Comment`).
- ``ke_coffee_coop_airtable_finance``: a Kenyan coffee co-operative's Airtable finance
  table exported to Excel (donor funded, in USD): `Name` (Airtable's primary field, the
  line and month joined), `Cost Line`, `Month` as `Mar 2026` text, `Type` Capex / Opex,
  `Budget (USD)`, `Actual (USD)`, `Forecast (USD)` as `$12,500.00` text.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the zoo's `Score` (typed as a number, L x I): may be mapped to ``score`` or left out, no
  score fact; its `L` / `I` under the `Inherent Rating` group are probability and impact
  (the inherent, not residual, pair); the scoring note under the table is no risk;
- the Jira export: `Key` SHT-14 is the issue's ID column (every earlier Jira export's
  truth maps `Key` / `Issue key` to the ID; audit, round 23), but a project key is no id in
  the standard's shape (`SHT-14` as written or `I-014`): no id value fact;
  `Issue Type` (Bug / Task / Issue: a type or nothing): no fact; `Priority` `Highest`
  (Critical or High) and `Lowest` (Low or nothing): no fact, `High` / `Medium` / `Low` are
  as written; `Status` `Done` (Resolved or Closed): no fact, `To Do` is Open; `Assignee`
  `Unassigned`: no owner fact; `Reporter` is no owner; `Updated` is ``last_updated``;
- the Smartsheet parent rows (`Clubhouse`, `Events`, a name and nothing else) are group
  labels, not assumptions (the counts leave them out); `Comments` may be the ``outcome``
  or nothing: no fact; `H` / `M` / `L` are High / Medium / Low;
- the sugar mill's `From / To` (a team or company, not a project id or a person): mapped
  to a counterparty or left out, no fact; `Type` In / Out are Inbound / Outbound; `Promised
  Date` is the ``committed_date``; the count line under the table is no dependency;
- the hospice's `No.` 1, 2, 3 (an id or only a row number): no id fact; `Decided By`
  `Board` / `SMT` (a body, not a person) is ``made_by`` as written; `Forum`: left out;
- the monday.com board's `Status` `Done` on an issue (Resolved or Closed): no fact;
  `Working on it` is In Progress and `Stuck` is no status (no fact); a risk's `Status` holds
  the standard's words; the decisions' `Person` is ``made_by``;
- the fire service's title `(CAD)` is the currency; the `Total` row is no cost line;
- the stadium's amounts in rupees as written (not lakhs); the merged cost head names both
  its rows; its `Plan` rows are the ``budget`` (a plan, not a forecast); `₹` is INR; the `Total` column is left out;
  `Capex Tracker` in the title makes every head CapEx (added by the audit, round 23);
- the resource plan: counts only, no value facts (like earlier batches' resource plans);
  the team section and `Team total` rows are no person;
- MS Project's `ID` (a row number): no id fact; `% Complete` (100% is Complete, but 0% is
  Not Started or only late): no status fact; `Start` equals `Finish` for a milestone:
  left out; `NA` is no date;
- the film studio's NGN (not in the standard's currency list): no currency fact;
  `Reporting Period: April 2026` (a month, not a report date): no fact; `Report Date` is;
  the milestones' `Comment`: left out;
- the Airtable `Name` column (line and month joined): left out; `Capex` / `Opex` are CapEx
  / OpEx; `$` with `(USD)` in the header is USD.

Readings used: text dates are day first (one day past the 12th in each column) except
MS Project's US `Mon 3/16/26` (month first, its weekday agrees); ids in the standard's
shape keep their number (`R01` R-001, `DEP-001` D-001); AMBER / GREEN / RED are Amber /
Green / Red.
It was written and checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its
totals unless ``--show-held-out``.
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

ZOO_RISKS = [
    ("Elephant transfer permit from the EAZA programme delayed", "Third Party"),
    ("Heated floor contractor goes into administration", "Commercial"),
    ("Visitor numbers fall during the construction summer", "Financial"),
    ("Keeper training on the protected contact system not finished", "People"),
    ("Groundworks find archaeology under the old paddock", "Schedule"),
    ("Pool filtration design fails the welfare inspection", "Technical"),
    ("Gift Aid claims on the appeal donations rejected", "Financial"),
    ("Public footpath diversion order challenged", "Legal"),
]
ZOO_PEOPLE = ["Harriet Collins", "Tom Whitaker", "Priya Shah", "Gareth Jones"]


def uk_zoo_risk_register(folder: Path, rng: random.Random) -> Built:
    """A UK zoo's risk register: a merged inherent-rating group, a spacer column, a note."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Northmoor Zoo - New Elephant House - Risk Register"
    ws["A2"] = "Version 1.3   Reviewed at Programme Board"
    ws["E4"] = "Inherent Rating"
    ws.merge_cells("E4:G4")
    header: list[object] = ["Ref", "Risk Description", "Category", None, "L", "I", "Score"]
    header += ["Risk Owner", "Mitigation", "Status", "Date Raised"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(ZOO_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i, (title, cat) in enumerate(risks):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(ZOO_PEOPLE)
        plan = rng.choice(["Weekly call with the supplier", "Contingency in the budget"])
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R{i + 1:02d}", title, cat, None, p, imp, p * imp, owner]
        cells += [plan, status, raised[i]]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 11).number_format = "dd-mmm-yy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    ws.cell(6 + n + 1, 1, "Scoring: L x I (1-25). 15 and above is escalated to the Board.")
    path = _save(wb, folder, "uk_zoo_risk_register")
    targets: Targets = _cols("A", ["id", "title", "category"])
    targets |= _cols("E", ["probability", "impact", ("score", None), "owner", "response"])
    targets |= _cols("J", ["status", "raised_date"])
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


ORCHESTRA_ISSUES = [
    "Season ticket renewals double-charge some patrons",
    "Seat map for the balcony boxes is wrong",
    "Box office card readers drop the connection",
    "Donor database import truncates the gift history",
    "Mobile tickets not scanning at the stage door",
    "Subscription discount code stacks with the student rate",
    "Accessibility seating not bookable online",
    "Email receipts land in spam for some providers",
]
ORCHESTRA_PEOPLE = ["Emily Carter", "Marcus Bell", "Sofia Alvarez", "Daniel Kim"]


def _jira_time(d: date, rng: random.Random) -> str:
    hour, minute = rng.randint(8, 17), rng.randrange(60)
    h12, ampm = (hour - 12, "PM") if hour > 12 else (hour, "PM" if hour == 12 else "AM")
    return f"{d.day:02d}/{d:%b}/{d:%y} {h12}:{minute:02d} {ampm}"


def us_orchestra_jira_issues(folder: Path, rng: random.Random) -> Built:
    """A US orchestra's Jira issue search exported to Excel: Jira's own date text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "general_report")
    n = rng.randint(6, 8)
    ws["A1"] = "Symphony Hall Ticketing Upgrade - open and recent issues"
    ws["A2"] = f"Displaying {n} issues at 03/Aug/26 3:05 PM"
    header = ["Issue Type", "Key", "Summary", "Assignee", "Reporter", "Priority", "Status"]
    header += ["Created", "Updated", "Due date"]
    _put(ws, 4, 1, [header])
    titles = rng.sample(ORCHESTRA_ISSUES, n)
    created = _days(rng, n, date(2026, 1, 12))
    prio = {"Highest": None, "High": "High", "Medium": "Medium", "Low": "Low", "Lowest": None}
    state = {"To Do": "Open", "In Progress": "In Progress", "Done": None}
    values: list[ValueFact] = []
    for i, title in enumerate(titles):
        kind = rng.choice(["Bug", "Task", "Bug"])
        who = rng.choice([*ORCHESTRA_PEOPLE, "Unassigned"])
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        updated = created[i] + timedelta(days=rng.randint(1, 20))
        due = created[i] + timedelta(days=rng.choice([14, 21, 30]))
        key = f"SHT-{10 + i * 3 + rng.randint(0, 2)}"
        cells: list[object] = [kind, key, title, who, "Marcus Bell", p, s]
        cells += [_jira_time(created[i], rng), _jira_time(updated, rng)]
        cells += [f"{due.day:02d}/{due:%b}/{due:%y}"]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "last_updated", updated),
            ValueFact("issues", i, "due_date", due),
        ]
        if who != "Unassigned":
            values.append(ValueFact("issues", i, "owner", who))
        if prio[p]:
            values.append(ValueFact("issues", i, "priority", prio[p]))
        if state[s]:
            values.append(ValueFact("issues", i, "status", state[s]))
    path = _save(wb, folder, "us_orchestra_jira_issues")
    # `Key` is the issue's ID in every Jira export (audit, round 23): the column is mapped;
    # SHT-14 is no ID in the standard's shape, so no value fact.
    targets: Targets = _cols("A", [("type", None), "id", "title", "owner", None])
    targets |= _cols("F", ["priority", "status", "raised_date", "last_updated", "due_date"])
    return Built(path, [_one("issues", "general_report", 4, targets, n)], values)


SURF_ASSUMPTIONS = [
    ("Clubhouse", "Council approves the extension under the existing lease"),
    ("Clubhouse", "The builder holds the quote until the grant is paid"),
    ("Clubhouse", "Solar rebate still open when the panels go in"),
    ("Events", "Nippers numbers hold at last season's level"),
    ("Events", "Carnival date is not moved by the state association"),
    ("Events", "Volunteer patrols cover the summer weekends"),
]
SURF_PEOPLE = ["Bec Thompson", "Josh Nguyen", "Kirra Walsh", "Sam O'Brien"]


def au_surf_club_assumptions_smartsheet(folder: Path, rng: random.Random) -> Built:
    """An Australian surf club's Smartsheet assumption log: parent rows, H / M / L."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumption Log")
    header = ["Assumption", "Owner", "Confidence", "Status", "Validate By", "Date Logged"]
    header += ["If Wrong", "Comments"]
    _put(ws, 1, 1, [header])
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    row, k = 2, 0
    values: list[ValueFact] = []
    for group in ("Clubhouse", "Events"):
        ws.cell(row, 1, group)
        row += 1
        texts = [t for g, t in SURF_ASSUMPTIONS if g == group]
        texts = rng.sample(texts, rng.randint(2, 3))
        logged = _days(rng, len(texts), date(2026, 2, 2))
        by = _days(rng, len(texts), date(2026, 5, 4))
        for j, text in enumerate(texts):
            owner = rng.choice(SURF_PEOPLE)
            c = rng.choice(list(conf))
            status = rng.choice(["Open", "Open", "Validated", "Invalid"])
            wrong = rng.choice(["Extension slips a season", "Raise fees by $20"])
            note = rng.choice([None, "Checked with the treasurer", "Ask the council officer"])
            _put(ws, row, 1, [[text, owner, c, status, by[j], logged[j], wrong, note]])
            ws.cell(row, 5).number_format = "dd/mm/yy"
            ws.cell(row, 6).number_format = "dd/mm/yy"
            values += [
                ValueFact("assumptions", k, "assumption", text),
                ValueFact("assumptions", k, "owner", owner),
                ValueFact("assumptions", k, "confidence", conf[c]),
                ValueFact("assumptions", k, "status", status),
                ValueFact("assumptions", k, "validate_by", by[j]),
                ValueFact("assumptions", k, "raised_date", logged[j]),
                ValueFact("assumptions", k, "impact_if_false", wrong),
            ]
            row += 1
            k += 1
    path = _save(wb, folder, "au_surf_club_assumptions_smartsheet")
    targets: Targets = _cols("A", ["assumption", "owner", "confidence", "status"])
    targets |= _cols("E", ["validate_by", "raised_date", "impact_if_false", ("outcome", None)])
    return Built(path, [_one("assumptions", "Assumption Log", 1, targets, k)], values)


MILL_DEPS = [
    ("In", "Eskom confirms the new 11 kV feeder", "Eskom"),
    ("In", "Boiler inspection certificate issued", "Department of Employment and Labour"),
    ("In", "Cane growers agree the crush season start", "Growers' Association"),
    ("Out", "Molasses offtake volumes sent to the distillery", "Distillery client"),
    ("Out", "Shutdown plan shared with the refinery", "Refinery"),
    ("In", "Water use licence amendment granted", "Department of Water and Sanitation"),
]
MILL_PEOPLE = ["Sipho Dlamini", "Anika Pillay", "Pieter Botha", "Lerato Mokoena"]


def za_sugar_mill_dependencies(folder: Path, rng: random.Random) -> Built:
    """A South African sugar mill's dependency log: In / Out, y/m/d dates, a count line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Felixton Mill Boiler Replacement - Dependency Log"
    header = ["Dep ID", "Description", "Type", "From / To", "Owner", "Needed By"]
    header += ["Promised Date", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 6)
    deps = rng.sample(MILL_DEPS, n)
    need = _days(rng, n, date(2026, 2, 9))
    words = {"On track": "On Track", "At risk": "At Risk", "Late": "Late"}
    words["Delivered"] = "Delivered"
    values: list[ValueFact] = []
    late = 0
    for i, (kind, title, party) in enumerate(deps):
        owner = rng.choice(MILL_PEOPLE)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 0, 10]))
        status = rng.choice(list(words))
        late += status == "Late"
        cells: list[object] = [f"DEP-{i + 1:03d}", title, kind, party, owner, need[i]]
        cells += [f"{promised:%Y/%m/%d}", status]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 6).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if kind == "In" else "Outbound"),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", words[status]),
        ]
    ws.cell(4 + n + 1, 1, f"Total dependencies: {n}   Late: {late}")
    path = _save(wb, folder, "za_sugar_mill_dependencies")
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= _cols("D", [("counterparty_owner", "counterparty_project_id", None), "owner"])
    targets |= _cols("F", ["need_by", "committed_date", "status"])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


HOSPICE_DECISIONS = [
    "Move the day hospice to four days a week during the build",
    "Appoint a clerk of works for the in-patient unit extension",
    "Use the Sláintecare grant for the family rooms first",
    "Keep the charity shop open through the refit",
    "Buy, not lease, the two new pressure-relief beds",
    "Defer the chapel refurbishment to phase 2",
]
HOSPICE_DECIDERS = ["Board", "SMT", "Aoife Byrne", "Declan Murphy", "Siobhan Kelly"]


def ie_hospice_decision_log(folder: Path, rng: random.Random) -> Built:
    """An Irish hospice's decision log: a notes line, row numbers, bodies as deciders."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "In-Patient Unit Extension - Decision Log"
    ws["A2"] = "Decisions are logged after each Steering Group; see the minutes for detail."
    header = ["No.", "Date", "Decision", "Rationale", "Decided By", "Forum"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    decisions = rng.sample(HOSPICE_DECISIONS, n)
    days = _days(rng, n, date(2026, 1, 14))
    values: list[ValueFact] = []
    for i, text in enumerate(decisions):
        who = rng.choice(HOSPICE_DECIDERS)
        why = rng.choice(["Keeps services running for patients", "Lower whole-life cost"])
        forum = rng.choice(["Steering Group", "Board meeting", "Finance Committee"])
        _put(ws, 5 + i, 1, [[i + 1, days[i], text, why, who, forum]])
        ws.cell(5 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "ie_hospice_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    return Built(path, [_one("decisions", "Decisions", 4, targets, n)], values)


AQUARIUM_RISKS = [
    "Acrylic panel delivery from Japan slips",
    "Coral quarantine tanks not ready before the move",
    "Life support system contractor short of divers",
    "Night works permit refused by the estate",
    "Ticketing revenue falls during the partial closure",
]
AQUARIUM_ISSUES = [
    "Leak found in the shark tunnel seal",
    "Chiller unit 2 tripping in the afternoons",
    "Signage translations in Malay not approved",
    "Animal care records system locked after the upgrade",
    "Contractor hoarding blocks the fire exit route",
]
AQUARIUM_DECISIONS = [
    "Close the jellyfish gallery for six weeks",
    "Rehome the sea turtles to the partner facility during works",
    "Extend the night works to Sundays",
    "Use local fabricators for the new rock work",
]
AQUARIUM_PEOPLE = ["Chen Jia Hui", "Muhammad Faizal", "Priya Nair", "Jonathan Teo"]


def sg_aquarium_monday_raid(folder: Path, rng: random.Random) -> Built:
    """A Singapore aquarium's monday.com board export: three groups, each its own header."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Refurb RAID")
    ws["A1"] = "Ocean Gallery Refurbishment - RAID"
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    row = 3
    # risks
    ws.cell(row, 1, "Risks")
    _put(ws, row + 1, 1, [["Name", "Person", "Status", "Due date", "Mitigation"]])
    n = rng.randint(3, 5)
    due = _days(rng, n, date(2026, 3, 2))
    for i, title in enumerate(rng.sample(AQUARIUM_RISKS, n)):
        who, st = rng.choice(AQUARIUM_PEOPLE), rng.choice(["Open", "Monitoring", "Closed"])
        plan = rng.choice(["Second supplier on standby", "Weekly review with the contractor"])
        _put(ws, row + 2 + i, 1, [[title, who, st, f"{due[i]:%Y-%m-%d}", plan]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "response", plan),
        ]
    tables.append(
        _one("risks", "Refurb RAID", row + 1, _cols("A", ["title", "owner", "status",
                                                          "due_date", "response"]), n)
    )  # fmt: skip
    row += n + 3
    # issues
    ws.cell(row, 1, "Issues")
    _put(ws, row + 1, 1, [["Name", "Person", "Status", "Due date", "Priority"]])
    n = rng.randint(3, 5)
    due = _days(rng, n, date(2026, 3, 9))
    state = {"Working on it": "In Progress", "Stuck": None, "Done": None}
    for i, title in enumerate(rng.sample(AQUARIUM_ISSUES, n)):
        who, st = rng.choice(AQUARIUM_PEOPLE), rng.choice(list(state))
        p = rng.choice(["Critical", "High", "Medium", "Low"])
        _put(ws, row + 2 + i, 1, [[title, who, st, f"{due[i]:%Y-%m-%d}", p]])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", p),
        ]
        if state[st]:
            values.append(ValueFact("issues", i, "status", state[st]))
    tables.append(
        _one("issues", "Refurb RAID", row + 1, _cols("A", ["title", "owner", "status",
                                                           "due_date", "priority"]), n)
    )  # fmt: skip
    row += n + 3
    # decisions
    ws.cell(row, 1, "Decisions")
    _put(ws, row + 1, 1, [["Name", "Person", "Date", "Rationale"]])
    n = rng.randint(2, 4)
    days = _days(rng, n, date(2026, 2, 16))
    for i, text in enumerate(rng.sample(AQUARIUM_DECISIONS, n)):
        who = rng.choice(AQUARIUM_PEOPLE)
        why = rng.choice(["Animal welfare comes first", "Shortens the closure"])
        _put(ws, row + 2 + i, 1, [[text, who, f"{days[i]:%Y-%m-%d}", why]])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "rationale", why),
        ]
    tables.append(
        _one("decisions", "Refurb RAID", row + 1,
             _cols("A", ["decision", "made_by", "date", "rationale"]), n)
    )  # fmt: skip
    path = _save(wb, folder, "sg_aquarium_monday_raid")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

FIRE_LINES = ["Design consultant", "General contractor", "Apparatus bay doors",
              "Fire alerting system", "Furniture and fit-out"]  # fmt: skip


def ca_fire_service_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A Canadian fire service's budget vs actual: months merged over Budget / Actual."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA 2026")
    ws["A1"] = "Station 7 Rebuild - Budget vs Actual (CAD)"
    months = _months(date(2026, 1, 1), 4)
    lines = rng.sample(FIRE_LINES, 4)
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(3, col, month).number_format = "mmm yyyy"
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Budget")
        ws.cell(4, col + 1, "Actual")
    ws.cell(4, 1, "Cost Line")
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    totals = [0.0] * (2 * len(months))
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            plan = float(rng.randrange(8, 160) * 500)
            ws.cell(5 + r, 2 + 2 * m, plan).number_format = "$#,##0"
            totals[2 * m] += plan
            values.append(ValueFact("finance", (month, line), "budget", plan))
            if m < 2:
                actual = float(round(plan * rng.uniform(0.7, 1.25)))
                ws.cell(5 + r, 3 + 2 * m, actual).number_format = "$#,##0"
                totals[2 * m + 1] += actual
                values.append(ValueFact("finance", (month, line), "actual", actual))
    _put(ws, 5 + len(lines), 1, [["Total", *[t or None for t in totals]]])
    path = _save(wb, folder, "ca_fire_service_budget_vs_actual")
    table = TruthTable("BvA 2026", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


STADIUM_HEADS = [("Floodlight towers", "Contractors"), ("LED luminaires", "Hardware"),
                 ("Control software", "Software"), ("Structural consultant", "Services"),
                 ("Site electricals", "Contractors")]  # fmt: skip


def _inr(amount: int) -> str:
    """Rupees with Indian digit grouping (``₹12,50,000``)."""
    s = str(amount)
    if len(s) <= 3:
        return f"₹{s}"
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return "₹" + ",".join(groups) + "," + tail


def in_stadium_capex_tracker(folder: Path, rng: random.Random) -> Built:
    """An Indian stadium's capex tracker: Plan / Actual row pairs, `₹12,50,000` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex")
    ws["A1"] = "Rajkot Stadium Floodlight Upgrade - Capex Tracker (₹)"
    months = _months(date(2026, 4, 1), 5)
    labels = [f"{m:%b %Y}" for m in months]
    _put(ws, 3, 1, [["Cost Head", "Type", *labels, "Total"]])
    heads = rng.sample(STADIUM_HEADS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 4
    for head, _cat in heads:
        ws.cell(row, 1, head)
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        plan = [rng.randrange(2, 60) * 25000 for _ in months]
        actual = [round(p * rng.uniform(0.8, 1.2) / 1000) * 1000 for p in plan[:3]]
        _put(ws, row, 2, [["Plan", *[_inr(p) for p in plan], _inr(sum(plan))]])
        _put(ws, row + 1, 2, [["Actual", *[_inr(a) for a in actual]]])
        ws.cell(row + 1, 3 + len(months), _inr(sum(actual)))
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, head), "budget", float(plan[m])))
            # "Capex Tracker" in the title and the sheet's name: every head is capital spend
            # (audit, round 23; as the tenth batch's Indian `Actual Capex` tracker reads)
            values.append(ValueFact("finance", (month, head), "capex_opex", "CapEx"))
            if m < len(actual):
                values.append(ValueFact("finance", (month, head), "actual", float(actual[m])))
        row += 2
    path = _save(wb, folder, "in_stadium_capex_tracker")
    targets: Targets = {"A": "cost_line", "B": "measure", "H": None}
    table = TruthTable("Capex", 3, "finance", targets, {"finance": len(months) * len(heads)})
    return Built(path, [table], values)


VET_STAFF = {
    "Clinical": [("Morgan, Alice", "Lead Vet"), ("Patel, Ravi", "Senior Nurse"),
                 ("Hughes, Bethan", "Practice Manager")],
    "Digital": [("Okafor, Daniel", "Business Analyst"), ("Reid, Fiona", "Developer"),
                ("Singh, Jas", "Tester")],
}  # fmt: skip


def uk_vet_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A UK veterinary group's resource plan in days: team sections and team totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Practice Management System Rollout - Resource Plan (days per month)"
    months = _months(date(2026, 3, 1), 5)
    header: list[object] = ["Resource", "Role", "Team", None, *months, "Total days"]
    _put(ws, 3, 1, [header])
    for c in range(5, 5 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    row, count = 4, 0
    for team, staff in VET_STAFF.items():
        ws.cell(row, 1, team)
        row += 1
        tot = [0] * len(months)
        for name, role in rng.sample(staff, rng.randint(2, 3)):
            days = [rng.choice([0, 2, 4, 8, 10]) for _ in months]
            count += sum(1 for d in days if d)
            tot = [a + b for a, b in zip(tot, days, strict=True)]
            _put(ws, row, 1, [[name, role, team, None, *[d or None for d in days], sum(days)]])
            row += 1
        _put(ws, row, 1, [["Team total", None, None, None, *tot, sum(tot)]])
        row += 2
    path = _save(wb, folder, "uk_vet_resource_plan")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Resourcing", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


GARDEN_MILESTONES = [
    "Glasshouse design signed off",
    "Heritage commission approval",
    "Old palm house cleared",
    "Steel frame erected",
    "Glazing complete",
    "Irrigation and misting commissioned",
    "Plant collection moved in",
    "Public opening",
]
GARDEN_PEOPLE = ["Laura Mitchell", "Carlos Mendez", "Hannah Lee", "Greg Olsen"]


def _workday(d: date) -> date:
    """A weekend date moved to the Monday after (MS Project schedules on working days)."""
    return d + timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d


def _msp(d: date) -> str:
    """MS Project's US date text with its weekday (``Mon 3/16/26``)."""
    return f"{d:%a} {d.month}/{d.day}/{d:%y}"


def us_botanic_garden_msproject_milestones(folder: Path, rng: random.Random) -> Built:
    """A US botanic garden's MS Project milestone view: `Mon 3/16/26` text, NA."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["ID", "Task Name", "Duration", "Start", "Finish", "Baseline Finish"]
    header += ["Actual Finish", "% Complete", "Resource Names"]
    _put(ws, 1, 1, [header])
    n = len(GARDEN_MILESTONES)
    base = [_workday(d) for d in _days(rng, n, date(2026, 1, 5))]
    done = rng.randint(2, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(GARDEN_MILESTONES):
        fc = _workday(base[i] + timedelta(days=rng.choice([0, 0, 7, 21])))
        actual = fc if i < done else None
        who = rng.choice(GARDEN_PEOPLE)
        cells: list[object] = [4 + i * 5, name, "0 days", _msp(fc), _msp(fc), _msp(base[i])]
        cells += [_msp(actual) if actual else "NA", "100%" if actual else "0%", who]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "owner", who),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "us_botanic_garden_msproject_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", None, None, "forecast_date"])
    targets |= _cols("F", ["baseline_date", "actual_date", ("status", None), "owner"])
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


STUDIO_MILESTONES = [
    "Sound stage shell complete",
    "Acoustic treatment installed",
    "Lighting grid rigged and certified",
    "Post-production suite fitted out",
    "First production shoots on the stage",
]


def ng_film_studio_status_report(folder: Path, rng: random.Random) -> Built:
    """A Nigerian film studio's status report: labels in A, values in C, AMBER."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    rag = ["GREEN", "AMBER", "RED"]
    overall, sched, cost, scope = (rng.choice(rag) for _ in range(4))
    ws["A1"] = "MONTHLY PROJECT STATUS REPORT"
    labels: list[tuple[str, object]] = [
        ("Project", "Lekki Sound Stage Build"),
        ("Project Sponsor", "Adaeze Nwosu"),
        ("Project Manager", "Tunde Bakare"),
        ("Report Date", date(2026, 4, 28)),
        ("Reporting Period: April 2026", None),
        ("Overall Status", overall),
        ("Schedule", sched),
        ("Cost", cost),
        ("Scope", scope),
        ("Approved Budget (NGN)", 4_850_000_000),
    ]
    for r, (label, value) in enumerate(labels):
        ws.cell(3 + r, 1, label)
        if value is not None:
            ws.cell(3 + r, 3, value)
    ws["C6"].number_format = "dd-mmm-yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Lekki Sound Stage Build"),
        ValueFact("project", 0, "sponsor", "Adaeze Nwosu"),
        ValueFact("project", 0, "project_manager", "Tunde Bakare"),
        ValueFact("project", 0, "report_date", date(2026, 4, 28)),
        ValueFact("project", 0, "overall_rag", overall.title()),
        ValueFact("project", 0, "schedule_rag", sched.title()),
        ValueFact("project", 0, "cost_rag", cost.title()),
        ValueFact("project", 0, "scope_rag", scope.title()),
    ]
    ws["A15"] = "Key Milestones"
    _put(ws, 16, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status", "Comment"]])
    n = len(STUDIO_MILESTONES)
    base = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 2)
    for i, name in enumerate(STUDIO_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 14, 30]))
        actual = fc if i < done else None
        if actual:
            status = "Complete"
        elif fc < date(2026, 4, 28):
            status = rng.choice(["At Risk", "Late"])
        else:
            status = rng.choice(["Not Started", "In Progress", "At Risk"])
        note = rng.choice([None, "Awaiting the generator delivery", "On plan"])
        _put(ws, 17 + i, 1, [[name, base[i], fc, actual, status, note]])
        for c in (2, 3, 4):
            ws.cell(17 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "ng_film_studio_status_report")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    targets |= {"E": "status", "F": None}
    return Built(path, [_one("milestones", "Status Report", 16, targets, n)], values)


COFFEE_LINES = [("Washing station", "Capex"), ("Solar dryers", "Capex"),
                ("Farmer training", "Opex"), ("Field officers", "Opex"),
                ("Cupping lab equipment", "Capex")]  # fmt: skip


def ke_coffee_coop_airtable_finance(folder: Path, rng: random.Random) -> Built:
    """A Kenyan coffee co-operative's Airtable finance table: `$12,500.00` text, Capex."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grid view")
    header = ["Name", "Cost Line", "Month", "Type", "Budget (USD)", "Actual (USD)"]
    header += ["Forecast (USD)"]
    _put(ws, 1, 1, [header])
    months = _months(date(2026, 3, 1), 3)
    lines = rng.sample(COFFEE_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 2
    for m, month in enumerate(months):
        for line, kind in lines:
            plan = float(rng.randrange(4, 90) * 250)
            actual = float(round(plan * rng.uniform(0.85, 1.15))) if m < 2 else None
            fc = actual if actual is not None else plan
            label = f"{month:%b %Y}"
            cells: list[object] = [f"{line} - {label}", line, label, kind, f"${plan:,.2f}"]
            cells += [f"${actual:,.2f}" if actual is not None else None, f"${fc:,.2f}"]
            _put(ws, row, 1, [cells])
            row += 1
            values += [
                ValueFact("finance", (month, line), "budget", plan),
                ValueFact("finance", (month, line), "forecast", fc),
                ValueFact("finance", (month, line), "capex_opex", "CapEx" if kind == "Capex"
                          else "OpEx"),
            ]  # fmt: skip
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
    path = _save(wb, folder, "ke_coffee_coop_airtable_finance")
    targets: Targets = _cols("A", [None, "cost_line", "month", "capex_opex", "budget"])
    targets |= {"F": "actual", "G": "forecast"}
    table = TruthTable("Grid view", 1, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


HELD_OUT_26: tuple[Layout, ...] = (
    Layout(
        "uk_zoo_risk_register",
        "UK zoo risk register (merged Inherent Rating group, spacer column, note row)",
        uk_zoo_risk_register,
    ),
    Layout(
        "us_orchestra_jira_issues",
        "US orchestra Jira issue export (Jira date text, Highest..Lowest, Unassigned)",
        us_orchestra_jira_issues,
    ),
    Layout(
        "au_surf_club_assumptions_smartsheet",
        "Australian surf club Smartsheet assumption log (parent rows, H/M/L)",
        au_surf_club_assumptions_smartsheet,
    ),
    Layout(
        "za_sugar_mill_dependencies",
        "South African sugar mill dependency log (In/Out, yyyy/mm/dd, count line)",
        za_sugar_mill_dependencies,
    ),
    Layout(
        "ie_hospice_decision_log",
        "Irish hospice decision log (notes line, row numbers, Board / SMT deciders)",
        ie_hospice_decision_log,
    ),
    Layout(
        "sg_aquarium_monday_raid",
        "Singapore aquarium monday.com board export (Risks / Issues / Decisions groups)",
        sg_aquarium_monday_raid,
    ),
    Layout(
        "ca_fire_service_budget_vs_actual",
        "Canadian fire service budget vs actual (months merged over Budget/Actual, CAD)",
        ca_fire_service_budget_vs_actual,
    ),
    Layout(
        "in_stadium_capex_tracker",
        "Indian cricket stadium capex tracker (Plan/Actual row pairs, ₹12,50,000 text)",
        in_stadium_capex_tracker,
    ),
    Layout(
        "uk_vet_resource_plan",
        "UK veterinary group resource plan in days (team sections, Surname, First)",
        uk_vet_resource_plan,
    ),
    Layout(
        "us_botanic_garden_msproject_milestones",
        "US botanic garden MS Project milestone export (Mon 3/16/26 text, NA)",
        us_botanic_garden_msproject_milestones,
    ),
    Layout(
        "ng_film_studio_status_report",
        "Nigerian film studio status report (labels A, values C, AMBER, milestones)",
        ng_film_studio_status_report,
    ),
    Layout(
        "ke_coffee_coop_airtable_finance",
        "Kenyan coffee co-operative Airtable finance export ($12,500.00 text, Capex/Opex)",
        ke_coffee_coop_airtable_finance,
    ),
)
