"""The forty-fourth held-out batch (``HELD_OUT_44``, round 29): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what
a PMO in a large English-speaking organisation receives from its project managers, in
English, from tool exports (Jira Work Management, TallyPrime), hand-built registers and
trackers, in sectors no earlier batch's docstring names (a mussel farm, a bowling centre, a
canal lock, an abalone farm, a carillon, an orchid nursery, a coffee roaster, a kiwifruit
packhouse, a racetrack grandstand, an avocado packhouse, a dairy goat co-op, a rooibos
processor).

Registers:

- ``nz_mussel_farm_jwm_risks``: a NZ mussel farm's risks in a Jira Work Management project,
  `Export CSV (all fields)` opened in Excel and saved (sheet `Jira`): `Issue Type` Risk,
  `Issue key` RISK-11.., `Issue id`, `Summary`, `Assignee`, `Reporter`, `Priority`,
  `Status` To Do / In Progress / Done, `Created` / `Updated` as `12/Mar/26 3:14 PM` text,
  `Due date` as `25/Mar/26` text, `Likelihood` Rare / Possible / Likely and `Consequence`
  Minor / Moderate / Major words.
- ``uk_bowling_alley_issue_log``: a UK tenpin bowling centre refit's hand-built issue log:
  a title, a `Last updated: dd/mm/yyyy` line, a blank row, `Ref` I-001.., `Date raised` /
  `Date closed` as `05/03/2026` text, `Issue`, `Impact` (Delays opening / Cost / Safety),
  `Priority` High / Medium / Low, `Owner`, `Action / update`, `Status` Open / Being worked /
  On hold / Closed.
- ``ie_canal_lock_raid_log``: an Irish canal lock restoration's mixed RAID log on one
  sheet: `ID` RAID-01.. across types, `Type` Risk / Assumption / Issue / Dependency words,
  `Description`, `Owner`, `Date logged` and `Target date` cells shown `d-mmm-yy`, `Status`
  Open / Closed, `Comments`.
- ``za_abalone_farm_decisions_assumptions``: a South African abalone farm expansion's
  workbook of two registers: `Decisions` (project name and `Decisions log` above, `Date` as
  `3 March 2026` text, `Decision`, `Why`, `Decided by`) and `Assumptions` (`#`, `Owner`,
  `Check by` as `Apr 2026` text, `Status` Confirmed / Wrong / Still open, `Notes`).
- ``ca_carillon_dependencies``: a Canadian carillon restoration's dependency register: a
  legend line (`In = we need it from them; Out = they need it from us`), `In/Out`, `What`,
  `Other workstream`, `Their PM`, `Our lead`, `Needed by` / `Promised` as ISO text,
  `Status` On track / At risk / Done.
- ``sg_orchid_nursery_risk_register``: a Singapore orchid nursery's hand-kept risk register:
  a scoring legend line, `Risk No.` R01.., `Date identified` cells shown `dd-mmm-yy`,
  `Category` (standard words), `L` / `I` 1-5, a typed `Score`, a `Rating` H / M / L,
  `Mitigation`, `Owner`, `Status` Open / Monitor / Closed.

Trackers:

- ``in_coffee_roaster_tally_cost_centre``: an Indian coffee roaster's TallyPrime `Cost
  Centre Break-up` exported to Excel: company and town lines, the report name, the cost
  centre line, a period line `1-Apr-26 to 30-Apr-26`, `Particulars` / `Debit` / `Credit`
  with Indian digit grouping (`#,##,##0.00`), a `Grand Total` row.
- ``nz_kiwifruit_budget_actual_pairs``: a NZ kiwifruit packhouse's FY27 (April 2026 to
  March 2027) budget-versus-actual tracker in NZ$: two rows per cost line (the name on the
  first only, `Budget` / `Actual` in a `Measure` column), twelve month date cells shown
  `mmm-yy` across, actuals for the months closed so far, a `FY27 total` column.
- ``us_racetrack_long_cost_report``: a US racetrack grandstand's monthly cost report as one
  long table: `All amounts in USD` under the title, `Period` date cells shown `mmm yyyy`,
  `Cost Code`, `Cost Line`, `Budget` / `Actual` / `Forecast` shown `$#,##0.00` (actuals for
  the closed months, forecasts for the later ones).
- ``ke_avocado_packhouse_resource_plan``: a Kenyan avocado packhouse's resource plan in FTE:
  `Name` before `Role`, month words `January` .. `June` with the year only in the title, a
  blank row under the header, a `Grand total` row.
- ``au_dairy_goat_milestone_plan``: an Australian dairy goat co-op's milestone plan: a `PM:`
  line, `Stage gate` Gate 1..3, `Milestone`, `Owner`, `Baseline` / `Forecast` / `Actual`
  cells shown `d-mmm-yy`, `Status` Achieved / Not started / In progress / Delayed, `RAG`
  G / A / R.
- ``za_rooibos_monthly_status``: a South African rooibos processor's monthly status report:
  label / value rows (`Project`, `Sponsor`, `Project manager`, `Reporting month` `March
  2026` text), a `Status` block of rows (`Overall` / `Schedule` / `Cost` with R / A / G
  letters), `Key messages`, then a `Milestones` table with `Planned` / `Forecast` cells
  shown `yyyy/mm/dd` and `Status` Done / On schedule / Behind.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the rooibos report's `Reporting month: March 2026` (the month's start, its end, or the
  day it was written?): no report date fact; `On schedule` (no standard word: In Progress
  or Not Started?) and `Behind` (At Risk or Late?): no status fact, `Done` is Complete;
  `Planned` is the baseline and `Forecast` the forecast; R / A / G letters are Red / Amber /
  Green, `Cost` the cost RAG;
- the dairy goat plan's `Delayed` (At Risk or Late?): no status fact; `Achieved` is
  Complete, `Not started` Not Started, `In progress` In Progress; the `RAG` letters (no
  milestone field): left out; `Stage gate` (`Gate 1`..`Gate 3`) mapped to the gate or left
  out, no value fact (lead's correction, round 29's last hour: SPEC section 3 makes a
  milestone's Gate a Y/N field and the earlier batches' gate facts are "Y" / "N"; a column
  naming the stage each milestone sits in reads two ways, the milestone is a gate or it
  belongs to a gate's stage, so the gate NAME the writer gave was no fact any reader would
  take); `PM:` is the project manager;
- the Jira Work Management risks' `In Progress` (Open or Monitoring?): no status fact, `To
  Do` is Open and `Done` Closed; `Likelihood` / `Consequence` words (a 3-, 4- or 5-point
  scale?): no probability / impact fact; `Issue key` is the ID column (audit, round 29)
  but RISK-11 (kept or renumbered R-011?) has no id fact; `Priority` (no risk field), `Issue Type`, `Issue id`, `Reporter`: left out;
  `Created` is the raised date, `Updated` the last update, `Due date` the due date (Jira's
  text forms carry their month word, so their order is known);
- the carillon's `Done` is Delivered (audit, round 29); `In` is Inbound and `Out`
  Outbound as its legend line says; `Other workstream` (a name, not a project id): mapped
  or left out, no fact; `Promised` is the committed date; `Their PM` the counterparty
  owner and `Our lead` the owner;
- the bowling log's `On hold` (Open or In Progress?): no status fact, `Being worked` is In
  Progress; `Impact` (a word or two: the description or left out): no fact; `Action /
  update` (the resolution or left out): no fact; `Last updated:` (a register's, not a
  report's date): no fact; `I-001` is the id;
- the canal RAID log's `Target date` is the due date of a risk or issue and the validate-by
  date of an assumption; a dependency's (need-by or committed?) has no fact (audit, round
  29); `RAID-01` (one running
  number across types, no standard shape): no id fact; `Comments`: left out; a
  dependency's `Date logged` (the standard has no raised date for one): no fact;
- the abalone assumptions' `Check by` is a month (`Apr 2026`, no day): no validate-by fact;
  `Confirmed` is Validated, `Wrong` Invalid, `Still open` Open; `#` 1, 2, 3: no id fact;
  `Why` is the rationale and `Decided by` the maker;
- the orchid register's `Rating` H / M / L (the standard's rating words?): no fact; `Monitor`
  is Monitoring; `Score` (typed as L x I): the score or left out, no value fact (lead's
  correction, round 29's last hour: SPEC section 3 computes a risk's score from its inputs,
  never takes a typed one, as round 25's audit ruled a typed score); `Risk No.` R01 is
  R-001 (audit, round 29); `Mitigation` is the response;
- the Tally report's `Debit` amounts are April 2026's actuals (the period line); its end (30
  April 2026) is the report date (round 28's audit of a period line); no currency is
  written (rupees by the digit grouping, but not stated): no currency fact; `Credit`
  (empty) and the `Grand Total` row: no line;
- the kiwifruit tracker's NZ$ (NZD is not on the standard's currency list): no currency
  fact; blank actual months are no zero and no item; `FY27 total`: no month; the months
  are date cells, so FY27 needs no reading;
- the racetrack report's blank `Actual` (later months) and blank `Forecast` (closed months)
  are no value; `Cost Code`: left out; `All amounts in USD` is the currency;
- the avocado plan's FTE per month: counts only, no value facts (as earlier batches'
  resource plans); the months are 2026 (the title); `Grand total` is no person.

Audit, round 29 (docs/adopt.md, "Round 29: the forty-fourth batch's truth audited"):
the Jira `Issue key` column is the ID column (every audited Jira export maps it), its
values still with no fact; the orchid's `R01` is R-001 (every audited batch's `R01`); the
carillon's `Done` is Delivered (the audited Coda and Jira Align dependencies); the canal
log's dependencies have no need-by fact from the one `Target date` (round 25's audit of
the mixed logs), which may map to the committed date too. Cells mended: the bowling log's
`Last updated:` is its latest entry's day (a fixed 20/03/2026 stood above later issues);
each orchid risk has its own mitigation (three drawn at random had mismatched them).
Values at seed 2026: 360 -> 363.

Lead's correction, round 29's last hour (docs/adopt.md, "Round 29 (its last hour): ..."):
the dairy goat plan's `Stage gate` (`Gate 1`..`Gate 3`) keeps no gate value fact (SPEC's
Gate is Y/N; the column reads two ways) and is mapped to the gate or left out. Values at
seed 2026: 363 -> 357.

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
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

MUSSEL_RISKS = [
    "Marine farm consent variation not granted before spat season",
    "Toxic algal bloom closes the Pelorus harvest area",
    "New longline barge delivered late from Nelson",
    "Seed mussel supply from Ninety Mile Beach fails",
    "Harvest vessel skipper resigns before the upgrade",
    "Iwi consultation extends the consent timetable",
]
MUSSEL_PEOPLE = ["Aroha Ngata", "Callum Reid", "Mere Tipene", "Josh Barnett"]
JWM_STATUS = {"To Do": "Open", "In Progress": None, "Done": "Closed"}


def _jira_stamp(d: date, rng: random.Random) -> str:
    """Jira's CSV time stamp, `12/Mar/26 3:14 PM`."""
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    return f"{d.day:02d}/{d:%b}/{d:%y} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


def nz_mussel_farm_jwm_risks(folder: Path, rng: random.Random) -> Built:
    """A NZ mussel farm's risks kept in a Jira Work Management project and exported to CSV
    (opened in Excel and saved): `Issue key` RISK-n, `To Do` / `In Progress` / `Done`,
    `Created` as `12/Mar/26 3:14 PM` text, `Likelihood` / `Consequence` words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Jira")
    head = ["Issue Type", "Issue key", "Issue id", "Summary", "Assignee", "Reporter"]
    head += ["Priority", "Status", "Created", "Updated", "Due date", "Likelihood", "Consequence"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(MUSSEL_RISKS, n)):
        who, st = rng.choice(MUSSEL_PEOPLE), rng.choice(list(JWM_STATUS))
        due = made[i] + timedelta(days=rng.choice([30, 60, 90]))
        upd = made[i] + timedelta(days=rng.randint(1, 20))
        cells: list[object] = ["Risk", f"RISK-{11 + 3 * i}", 10400 + 17 * i, text, who]
        cells += ["Callum Reid", rng.choice(["High", "Medium", "Low"]), st]
        cells += [_jira_stamp(made[i], rng), _jira_stamp(upd, rng)]
        cells += [f"{due.day:02d}/{due:%b}/{due:%y}", rng.choice(["Likely", "Possible", "Rare"])]
        cells += [rng.choice(["Major", "Moderate", "Minor"])]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "last_updated", upd),
        ]
        if JWM_STATUS[st]:
            values.append(ValueFact("risks", i, "status", JWM_STATUS[st]))
    targets: Targets = _cols("A", [None, "id", None, "title", "owner", None, None])
    targets |= _cols("H", ["status", "raised_date", "last_updated", "due_date"])
    targets |= _cols("L", [("probability", None), ("impact", None)])
    path = _save(wb, folder, "nz_mussel_farm_jwm_risks")
    return Built(path, [_one("risks", "Jira", 1, targets, n)], values)


BOWLING_ISSUES = [
    ("Pinsetter on lanes 9-12 jams after the refit", "High"),
    ("Lane oiling machine quoted in USD, not GBP", "Medium"),
    ("Fire door to the arcade fails the inspection", "High"),
    ("Scoring screens arrive without wall brackets", "Low"),
    ("Bar licence variation delayed by the council", "Medium"),
    ("Asbestos found behind the old shoe-hire counter", "High"),
    ("Carpet fitter double-booked for the opening week", "Low"),
]
BOWLING_OWNERS = ["Dave Lomas", "Priya Mistry", "Kerry Walsh"]
BOWLING_STATUS = {"Open": "Open", "Being worked": "In Progress", "Closed": "Closed"}
BOWLING_STATUS["On hold"] = None


def uk_bowling_alley_issue_log(folder: Path, rng: random.Random) -> Built:
    """A UK tenpin bowling centre refit's hand-built issue log: a title and a `Last updated`
    line, a blank row, ids `I-001`, dates as `05/03/2026` text, an `On hold` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Strikes Leeds - Lanes Refit - Issue Log"
    head = ["Ref", "Date raised", "Issue", "Impact", "Priority", "Owner", "Action / update"]
    head += ["Status", "Date closed"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    latest = raised[0]
    for i, (text, pr) in enumerate(rng.sample(BOWLING_ISSUES, n)):
        st, who = rng.choice(list(BOWLING_STATUS)), rng.choice(BOWLING_OWNERS)
        closed = raised[i] + timedelta(days=rng.randint(2, 25)) if st == "Closed" else None
        ref = f"I-{i + 1:03d}"
        cells: list[object] = [ref, f"{raised[i]:%d/%m/%Y}", text]
        cells += [rng.choice(["Delays opening", "Cost", "Safety"]), pr, who]
        cells += [rng.choice(["Chased supplier", "Awaiting quote", None]), st]
        cells += [f"{closed:%d/%m/%Y}" if closed else None]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", ref),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
        ]
        if BOWLING_STATUS[st]:
            values.append(ValueFact("issues", i, "status", BOWLING_STATUS[st]))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
        latest = max(latest, closed or raised[i])
    # the log was last updated on its latest entry's day, never before it (audit, round 29:
    # a fixed 20/03/2026 stood above issues raised and closed after it)
    ws["A2"] = f"Last updated: {latest.day:02d}/{latest.month:02d}/{latest.year}"
    targets: Targets = _cols("A", ["id", "raised_date", "title", ("description", None)])
    targets |= _cols("E", ["priority", "owner", ("resolution", None), "status", "closed_date"])
    path = _save(wb, folder, "uk_bowling_alley_issue_log")
    return Built(path, [_one("issues", "Issues", 4, targets, n)], values)


CANAL_ROWS = [
    ("Risk", "Lock gates rot further before Waterways Ireland's stoppage"),
    ("Risk", "Otter holt found in the bank beside the lock chamber"),
    ("Assumption", "The canal can be drained for six weeks in winter"),
    ("Assumption", "Heritage masonry can be reused from the old weir"),
    ("Issue", "Crane access across the towpath refused by the landowner"),
    ("Issue", "Lime mortar supplier has no stock until May"),
    ("Dependency", "Stoppage notice published by Waterways Ireland"),
    ("Dependency", "ESB diverts the overhead line at the lock house"),
]
CANAL_PEOPLE = ["Siobhan Daly", "Eoin Byrne", "Aoife Nolan"]
CANAL_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
CANAL_REG["Dependency"] = "dependencies"
CANAL_TITLE = {"risks": "title", "assumptions": "assumption", "issues": "title"}
CANAL_TITLE["dependencies"] = "title"


def ie_canal_lock_raid_log(folder: Path, rng: random.Random) -> Built:
    """An Irish canal lock restoration's mixed RAID log on one sheet: `Type` as words, ids
    `RAID-01` running across types, a `Target date` meaning due / validate-by / need-by,
    `d-mmm-yy` date cells, one `Status` column of Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Lock 19 Restoration, Royal Canal - RAID Log"
    head = ["ID", "Type", "Description", "Owner", "Date logged", "Target date", "Status"]
    head += ["Comments"]
    _put(ws, 3, 1, [head])
    # every type once or twice, in the log's order
    rows = [r for k, r in enumerate(CANAL_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    logged = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = CANAL_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(CANAL_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        target = logged[k] + timedelta(days=rng.choice([14, 28, 42]))
        cells: list[object] = [f"RAID-{k + 1:02d}", kind, text, who, logged[k], target, st]
        cells += [rng.choice(["Discussed at site meeting", None])]
        _put(ws, 4 + k, 1, [cells])
        for c in (5, 6):
            ws.cell(4 + k, c).number_format = "d-mmm-yy"
        values += [
            ValueFact(reg, i, CANAL_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
        ]
        if reg != "dependencies":  # a dependency has no raised date: `Date logged` left out
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        # a dependency's one generic target date is its need-by or its committed date: no
        # fact (audit, round 29, as round 25's audit of the mixed logs)
        due = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
        values.append(ValueFact(reg, i, "status", st))
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date")
    targets |= _cols("E", ["raised_date", due_cols, "status"])
    targets |= {"H": None}
    path = _save(wb, folder, "ie_canal_lock_raid_log")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


ABALONE_DECISIONS = [
    ("Grow-out tanks to be fibreglass, not concrete", "Faster to install; lower leak risk"),
    ("Pump station moved above the storm surge line", "Insurer's condition"),
    ("Kelp feed bought in, not harvested", "Harvest permit uncertain"),
    ("Hatchery kept running during the works", "Protects next year's stock"),
    ("Second borehole drilled for fresh water", "Municipal supply unreliable"),
    ("Security fence to the full erf boundary", "Poaching incidents in 2025"),
]
ABALONE_ASSUMPTIONS = [
    "Eskom load-shedding stays at or below stage 4",
    "Seawater temperature stays below 20 degrees in summer",
    "DFFE permit amendment needs no new EIA",
    "Local labour available from Hawston",
    "Feed price rises no more than CPI",
]
ABALONE_BY = ["Exco", "Farm Manager", "Project Steering Committee"]
ABALONE_OWNERS = ["Pieter Louw", "Nomsa Dlamini", "Craig Jacobs"]


def za_abalone_farm_decisions_assumptions(folder: Path, rng: random.Random) -> Built:
    """A South African abalone farm expansion's workbook of two registers: a `Decisions`
    sheet with dates as `3 March 2026` text and a `Assumptions` sheet with `Confirmed` /
    `Wrong` / `Still open` statuses and a `Check by` month (`Apr 2026`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Hermanus Abalone Grow-out Expansion"
    ws["A2"] = "Decisions log"
    _put(ws, 4, 1, [["Date", "Decision", "Why", "Decided by"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(ABALONE_DECISIONS, n)):
        who = rng.choice(ABALONE_BY)
        _put(ws, 5 + i, 1, [[f"{when[i].day} {when[i]:%B} {when[i].year}", text, why, who]])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    wa = wb.create_sheet("Assumptions")
    wa["A1"] = "Assumptions"
    _put(wa, 2, 1, [["#", "Assumption", "Owner", "Check by", "Status", "Notes"]])
    m = rng.randint(3, 5)
    status = {"Confirmed": "Validated", "Wrong": "Invalid", "Still open": "Open"}
    for i, text in enumerate(rng.sample(ABALONE_ASSUMPTIONS, m)):
        who, st = rng.choice(ABALONE_OWNERS), rng.choice(list(status))
        month = date(2026, rng.randint(2, 9), 1)
        cells: list[object] = [i + 1, text, who, f"{month:%b} {month.year}", st]
        cells += [rng.choice(["See Eskom schedule", None])]
        _put(wa, 3 + i, 1, [cells])
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "status", status[st]),
        ]
    t1: Targets = _cols("A", ["date", "decision", "rationale", "made_by"])
    t2: Targets = _cols("A", [("id", None), "assumption", "owner", ("validate_by", None)])
    t2 |= {"E": "status", "F": None}
    path = _save(wb, folder, "za_abalone_farm_decisions_assumptions")
    tables = [
        _one("decisions", "Decisions", 4, t1, n),
        _one("assumptions", "Assumptions", 2, t2, m),
    ]
    return Built(path, tables, values)


CARILLON_DEPS = [
    ("Bell frame steel from the foundry", "Foundry contract", "In"),
    ("Tower scaffold kept up for the bell hang", "Masonry repointing", "In"),
    ("Clavier room ready for the organ builder", "Organ restoration", "Out"),
    ("Heritage permit from the City", "Heritage planning", "In"),
    ("Recital programme dates to the events team", "Centennial events", "Out"),
    ("Lightning protection re-certified", "Building services", "In"),
]
CARILLON_PEOPLE = ["Marie-Claude Roy", "Ben Osei", "Heather Lam"]


def ca_carillon_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Canadian carillon restoration's dependency register: `In` / `Out` for the
    direction, ISO text dates, `Their PM` and `Our lead`, statuses On track / At risk /
    Done."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Peace Tower Carillon Restoration - Interproject Dependencies"
    ws["A2"] = "In = we need it from them; Out = they need it from us"
    head = ["In/Out", "What", "Other workstream", "Their PM", "Our lead", "Needed by"]
    head += ["Promised", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    status = {"On track": "On Track", "At risk": "At Risk", "Done": "Delivered"}
    values: list[ValueFact] = []
    for i, (text, other, way) in enumerate(rng.sample(CARILLON_DEPS, n)):
        them, ours = rng.sample(CARILLON_PEOPLE, 2)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 10]))
        st = rng.choice(list(status))
        cells: list[object] = [way, text, other, them, ours, need[i].isoformat()]
        cells += [promised.isoformat(), st]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        if status[st]:
            values.append(ValueFact("dependencies", i, "status", status[st]))
    targets: Targets = _cols("A", ["direction", "title", ("counterparty_project_id", None)])
    targets |= _cols("D", ["counterparty_owner", "owner", "need_by", "committed_date", "status"])
    path = _save(wb, folder, "ca_carillon_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


ORCHID_RISKS = [
    ("Greenhouse cooling fails in the hottest months", "Technical"),
    ("Tissue-culture lab contamination", "Operational"),
    ("Export permit (CITES) delays to Japan", "Legal"),
    ("Growers poached by the Kranji farms", "People"),
    ("Fertigation controller vendor exits Singapore", "Third Party"),
    ("Land lease renewal terms worsen", "Commercial"),
]
#: Each risk's own mitigation (audit, round 29: three lines drawn at random had given
#: `Standby chiller on order` to a poached grower and a CITES permit).
ORCHID_PLANS = {
    "Greenhouse cooling fails in the hottest months": "Standby chiller on order",
    "Tissue-culture lab contamination": "Weekly swab tests; sterile room audit",
    "Export permit (CITES) delays to Japan": "Apply eight weeks ahead via NParks",
    "Growers poached by the Kranji farms": "Retention bonus at harvest",
    "Fertigation controller vendor exits Singapore": "Second supplier qualified",
    "Land lease renewal terms worsen": "Monthly review with SLA",
}
ORCHID_OWNERS = ["Tan Wei Ming", "Siti Rahman", "Rajesh Kumar", "Lim Hui Ling"]


def sg_orchid_nursery_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Singapore orchid nursery's hand-kept risk register: `L` / `I` scores 1-5, a typed
    `Score` (L x I), a `Rating` of H / M / L, `Date identified` as `05-Mar-26` cells,
    `Mitigation`, status Open / Closed / Monitor."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Lim Chu Kang Orchid Nursery Automation - Risk Register"
    ws["A2"] = "Scoring: L = likelihood 1-5, I = impact 1-5, Score = L x I"
    head = ["Risk No.", "Date identified", "Risk description", "Category", "L", "I"]
    head += ["Score", "Rating", "Mitigation", "Owner", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 12, 1))
    status = {"Open": "Open", "Monitor": "Monitoring", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(ORCHID_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        rating = "H" if p * c >= 15 else "M" if p * c >= 6 else "L"
        who, st = rng.choice(ORCHID_OWNERS), rng.choice(list(status))
        plan = ORCHID_PLANS[text]
        cells: list[object] = [f"R{i + 1:02d}", made[i], text, cat, p, c, p * c, rating, plan]
        cells += [who, st]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 2).number_format = "dd-mmm-yy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # R01 is R-001 (audit, round 29)
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", status[st]),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category"])
    # lead's correction, round 29's last hour: a typed score is recomputed (SPEC section 3)
    targets |= _cols("E", ["probability", "impact", ("score", None), ("rating", None), "response"])
    targets |= _cols("J", ["owner", "status"])
    path = _save(wb, folder, "sg_orchid_nursery_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ROASTER_LEDGERS = [
    "Roaster Machine Installation",
    "Civil Works - Roastery Floor",
    "Electrical Contractor",
    "Afterburner & Ducting",
    "Green Coffee Silo",
    "Consultancy Charges",
]
INR = "#,##,##0.00"


def in_coffee_roaster_tally_cost_centre(folder: Path, rng: random.Random) -> Built:
    """An Indian coffee roaster's TallyPrime `Cost Centre Break-up` for one month exported to
    Excel: company block, the cost centre, a `1-Apr-26 to 30-Apr-26` period line,
    `Particulars` / `Debit` / `Credit` with Indian digit grouping, a `Grand Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Centre Break-up")
    ws["A1"] = "Baba Budan Coffee Works Pvt Ltd"
    ws["A2"] = "Chikkamagaluru, Karnataka"
    ws["A3"] = "Cost Centre Break-up"
    ws["A4"] = "Cost Centre: New Roastery Line 2"
    ws["A5"] = "1-Apr-26 to 30-Apr-26"
    _put(ws, 7, 1, [["Particulars", "Debit", "Credit"]])
    lines = rng.sample(ROASTER_LEDGERS, rng.randint(4, 5))
    month = date(2026, 4, 1)
    # a report for a period is as at its period's end (round 28's audit of MYOB's period line)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", date(2026, 4, 30))]
    total = 0.0
    for r, line in enumerate(lines):
        amount = rng.randrange(40, 900) * 1000.0 + rng.choice([0.0, 500.0])
        total += amount
        _put(ws, 8 + r, 1, [[line, amount]])
        ws.cell(8 + r, 2).number_format = INR
        values.append(ValueFact("finance", (month, line), "actual", amount))
    _put(ws, 8 + len(lines), 1, [["Grand Total", total]])
    ws.cell(8 + len(lines), 2).number_format = INR
    path = _save(wb, folder, "in_coffee_roaster_tally_cost_centre")
    targets: Targets = {"A": "cost_line", "B": "actual", "C": None}
    table = TruthTable("Cost Centre Break-up", 7, "finance", targets, {"finance": len(lines)})
    return Built(path, [table], values)


KIWI_LINES = ["Grader upgrade", "Coolstore panels", "Refrigeration plant", "Packline labour"]
KIWI_LINES += ["Project management"]


def nz_kiwifruit_budget_actual_pairs(folder: Path, rng: random.Random) -> Built:
    """A NZ kiwifruit packhouse's budget-versus-actual tracker for FY27 (April to March):
    two rows per cost line (`Budget` / `Actual` in a measure column, the line's name only on
    the first), month date cells shown `mmm-yy` across, actuals to date only, NZ$."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY27 Tracker")
    ws["A1"] = "Te Puke Packhouse Coolstore Expansion - FY27 Budget v Actual (NZ$)"
    months = _months(date(2026, 4, 1), 12)
    _put(ws, 3, 1, [["Cost line", "", *months, "FY27 total"]])
    ws["B3"] = "Measure"
    for c in range(3, 15):
        ws.cell(3, c).number_format = "mmm-yy"
    done = rng.randint(2, 5)
    lines = rng.sample(KIWI_LINES, 4)
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        budget = [rng.randrange(1, 40) * 2500.0 for _ in months]
        actual = [round(b * rng.uniform(0.8, 1.2), 0) for b in budget[:done]]
        row = 4 + 2 * r
        _put(ws, row, 1, [[line, "Budget", *budget, sum(budget)]])
        _put(ws, row + 1, 2, [["Actual", *actual]])
        ws.cell(row + 1, 15, sum(actual))
        for c in range(3, 16):
            ws.cell(row, c).number_format = "#,##0"
            ws.cell(row + 1, c).number_format = "#,##0"
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            if m < done:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    path = _save(wb, folder, "nz_kiwifruit_budget_actual_pairs")
    table = TruthTable("FY27 Tracker", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


RACETRACK_LINES = ["Grandstand steel", "Seating", "Concourse MEP", "Video board", "Design fees"]


def us_racetrack_long_cost_report(folder: Path, rng: random.Random) -> Built:
    """A US racetrack grandstand's monthly cost report as one long table (one row per month
    and cost line), `Period` date cells shown `mmm yyyy`, `Budget` / `Actual` / `Forecast`
    columns in USD (the header says so), months closed so far with actuals, later ones
    forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Oaklawn Grandstand Renovation - Monthly Cost Report"
    ws["A2"] = "All amounts in USD"
    _put(ws, 4, 1, [["Period", "Cost Code", "Cost Line", "Budget", "Actual", "Forecast"]])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(RACETRACK_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for m, month in enumerate(months):
        for k, line in enumerate(lines):
            budget = rng.randrange(20, 300) * 1000.0
            cells: list[object] = [month, f"{10 + k:02d}-{100 * (k + 1)}", line, budget]
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < closed:
                actual = round(budget * rng.uniform(0.85, 1.1), 2)
                cells += [actual, None]
                values.append(ValueFact("finance", (month, line), "actual", actual))
            else:
                fc = round(budget * rng.uniform(0.95, 1.15), -2)
                cells += [None, fc]
                values.append(ValueFact("finance", (month, line), "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "$#,##0.00"
            row += 1
    path = _save(wb, folder, "us_racetrack_long_cost_report")
    targets: Targets = {"A": "month", "B": None, "C": "cost_line", "D": "budget"}
    targets |= {"E": "actual", "F": "forecast"}
    table = TruthTable("Cost Report", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


AVOCADO_PEOPLE = [
    ("Project Manager", "Wanjiru Kamau"),
    ("Refrigeration Engineer", "Otieno Odhiambo"),
    ("Electrician", "Kiprop Chebet"),
    ("QA Lead", "Achieng Mboya"),
    ("Site Foreman", "Mutua Musyoka"),
]


def ke_avocado_packhouse_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Kenyan avocado packhouse's resource plan in FTE: `Name` before `Role`, month words
    `January` .. across with the year only in the title, a blank row between the header
    and the people, a `Grand total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Murang'a Avocado Packhouse Cold Chain - Resource Plan 2026 (FTE)"
    names = ["January", "February", "March", "April", "May", "June"]
    _put(ws, 3, 1, [["Name", "Role", *names]])
    people = rng.sample(AVOCADO_PEOPLE, 4)
    count = 0
    tot = [0.0] * len(names)
    for r, (role, name) in enumerate(people):
        fte = [rng.choice([0, 0.2, 0.5, 1.0]) for _ in names]
        count += sum(1 for f in fte if f)
        tot = [a + b for a, b in zip(tot, fte, strict=True)]
        _put(ws, 5 + r, 1, [[name, role, *[f or None for f in fte]]])
    _put(ws, 5 + len(people), 1, [["Grand total", None, *tot]])
    path = _save(wb, folder, "ke_avocado_packhouse_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


GOAT_MILESTONES = [
    ("Gate 1", "Business case approved by the co-op board"),
    ("Gate 1", "Site resource consent lodged"),
    ("Gate 2", "Milking shed slab poured"),
    ("Gate 2", "Rotary platform installed"),
    ("Gate 3", "Cheese room fit-out complete"),
    ("Gate 3", "First goat milk processed"),
]
GOAT_OWNERS = ["Bronwyn Hale", "Stavros Kiriakou", "Jess Nguyen"]
GOAT_STATUS = {"Achieved": "Complete", "Not started": "Not Started"}
GOAT_STATUS |= {"In progress": "In Progress", "Delayed": None}


def au_dairy_goat_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """An Australian dairy goat co-op's milestone plan: a `Stage gate` column, `Baseline` /
    `Forecast` / `Actual` date cells shown `d-mmm-yy`, a `RAG` of G / A / R, a `Delayed`
    status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Goulburn Valley Goat Dairy - Milestone Plan"
    ws["A2"] = "PM: Bronwyn Hale"
    head = ["Stage gate", "Milestone", "Owner", "Baseline", "Forecast", "Actual", "Status"]
    head += ["RAG"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Bronwyn Hale")]
    for i, (gate, name) in enumerate(GOAT_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        if i < done:
            st, actual = "Achieved", fc
        else:
            st, actual = rng.choice(["Not started", "In progress", "Delayed"]), None
        who = rng.choice(GOAT_OWNERS)
        cells: list[object] = [gate, name, who, base[i], fc, actual, st]
        cells += [rng.choice(["G", "A", "R"])]
        _put(ws, 5 + i, 1, [cells])
        for c in (4, 5, 6):
            ws.cell(5 + i, c).number_format = "d-mmm-yy"
        # lead's correction, round 29's last hour: `Gate 1`.. names the stage a milestone
        # sits in, and SPEC's Gate is a Y/N field: no gate fact (see the module's docstring)
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if GOAT_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", GOAT_STATUS[st]))
    targets: Targets = _cols("A", [("gate", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None])
    path = _save(wb, folder, "au_dairy_goat_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 4, targets, n)], values)


ROOIBOS_MILESTONES = [
    "Steam pasteuriser delivered",
    "Sieving line commissioned",
    "FSSC 22000 audit passed",
    "Bulk bag filler running",
    "Handover to operations",
]
ROOIBOS_STATUS = {"Done": "Complete", "On schedule": None, "Behind": None}


def za_rooibos_monthly_status(folder: Path, rng: random.Random) -> Built:
    """A South African rooibos processor's monthly status report in a label column: project,
    sponsor, PM, `Reporting month: March 2026`, RAGs as `R` / `A` / `G` letters in a
    `Status` block of rows, a `Key messages` paragraph, then a milestones table with
    `Planned` / `Forecast` date cells shown `yyyy/mm/dd`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, sponsor, pm = "Clanwilliam Rooibos Pasteuriser Line", "Hennie du Toit", "Lerato Molefe"
    ws["A1"] = "MONTHLY PROJECT STATUS REPORT"
    rows: list[list[object]] = [["Project", project], ["Sponsor", sponsor]]
    rows += [["Project manager", pm], ["Reporting month", "March 2026"]]
    _put(ws, 3, 1, rows)
    rag = {"G": "Green", "A": "Amber", "R": "Red"}
    picks = [rng.choice(list(rag)) for _ in range(3)]
    ws["A8"] = "Status"
    _put(ws, 9, 1, [["Overall", picks[0]], ["Schedule", picks[1]], ["Cost", picks[2]]])
    message = rng.choice(
        [
            "Pasteuriser cleared customs; commissioning starts next month.",
            "Sieving line late by two weeks; no impact on the harvest start.",
        ]
    )
    _put(ws, 13, 1, [["Key messages", message]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "overall_rag", rag[picks[0]]),
        ValueFact("project", 0, "schedule_rag", rag[picks[1]]),
        ValueFact("project", 0, "cost_rag", rag[picks[2]]),
        ValueFact("project", 0, "status_summary", message),
    ]
    ws["A15"] = "Milestones"
    _put(ws, 16, 1, [["Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    plan = _days(rng, n, date(2026, 1, 5))
    for i, name in enumerate(ROOIBOS_MILESTONES[:n]):
        fc = plan[i] + timedelta(days=rng.choice([0, 7, 21]))
        st = "Done" if fc < date(2026, 3, 1) else rng.choice(["On schedule", "Behind"])
        _put(ws, 17 + i, 1, [[name, plan[i], fc, st]])
        for c in (2, 3):
            ws.cell(17 + i, c).number_format = "yyyy/mm/dd"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if ROOIBOS_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", ROOIBOS_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "za_rooibos_monthly_status")
    return Built(path, [_one("milestones", "Status Report", 16, targets, n)], values)


HELD_OUT_44: tuple[Layout, ...] = (
    Layout(
        "nz_mussel_farm_jwm_risks",
        "NZ mussel farm Jira Work Management risk export (RISK-n, 12/Mar/26 3:14 PM text)",
        nz_mussel_farm_jwm_risks,
    ),
    Layout(
        "uk_bowling_alley_issue_log",
        "UK bowling centre hand-built issue log (I-001, dd/mm/yyyy text, On hold)",
        uk_bowling_alley_issue_log,
    ),
    Layout(
        "ie_canal_lock_raid_log",
        "Irish canal lock mixed RAID log (Type words, one Target date column)",
        ie_canal_lock_raid_log,
    ),
    Layout(
        "za_abalone_farm_decisions_assumptions",
        "SA abalone farm workbook of decisions and assumptions sheets (3 March 2026 text)",
        za_abalone_farm_decisions_assumptions,
    ),
    Layout(
        "ca_carillon_dependencies",
        "Canadian carillon dependency register (In / Out, ISO text dates, Done)",
        ca_carillon_dependencies,
    ),
    Layout(
        "sg_orchid_nursery_risk_register",
        "Singapore orchid nursery risk register (L / I / Score, H / M / L rating, Monitor)",
        sg_orchid_nursery_risk_register,
    ),
    Layout(
        "in_coffee_roaster_tally_cost_centre",
        "Indian coffee roaster TallyPrime Cost Centre Break-up for one month (Debit / Credit)",
        in_coffee_roaster_tally_cost_centre,
    ),
    Layout(
        "nz_kiwifruit_budget_actual_pairs",
        "NZ kiwifruit packhouse FY27 budget v actual, two rows per line, mmm-yy cells (NZ$)",
        nz_kiwifruit_budget_actual_pairs,
    ),
    Layout(
        "us_racetrack_long_cost_report",
        "US racetrack monthly cost report as a long table (Period cells, USD line)",
        us_racetrack_long_cost_report,
    ),
    Layout(
        "ke_avocado_packhouse_resource_plan",
        "Kenyan avocado packhouse resource plan in FTE (month words, year in the title)",
        ke_avocado_packhouse_resource_plan,
    ),
    Layout(
        "au_dairy_goat_milestone_plan",
        "Australian dairy goat milestone plan (stage gates, baseline / forecast / actual)",
        au_dairy_goat_milestone_plan,
    ),
    Layout(
        "za_rooibos_monthly_status",
        "SA rooibos monthly status report (R / A / G letters, milestones yyyy/mm/dd cells)",
        za_rooibos_monthly_status,
    ),
)
