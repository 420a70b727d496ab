"""The fifty-second held-out batch (``HELD_OUT_52``, round 31): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is SPARSE AND
EARLY-LIFE WORKBOOKS: registers and trackers from projects in their first weeks, or from
PMs who fill templates reluctantly: a template's placeholder and example rows left above
two or three real items, blank cells, columns present but empty, `TBC` / `TBD` / `TBA` /
`n/a` / `-` / `?` cells, a template's instructions and lists sheets left in, in sectors no
earlier batch's docstring names (an ice cream plant, a falconry centre, an escape room, a
clock tower, a reindeer meat chiller, a puppet theatre, a pipe organ, a sauna and spa
block, a cigar humidor, a violin workshop, an alpaca fibre mill, a ylang-ylang distillery).

Registers:

- ``sz_ice_cream_risk_register``: an Eswatini ice cream plant's risk register template:
  a title, a `Project:` line, the header on row 4, an `Example` row (`e.g. Supplier delay`)
  first, then two to four real risks `R-001`.., then template rows whose `ID` is
  pre-numbered and whose `Risk Description` is `<Enter risk description>`; `Category`,
  `Likelihood (1-5)`, `Impact (1-5)`, `Owner`, `Date Raised` (date cells), `Status`,
  `Mitigation`; some cells `TBC`, `?` or blank.
- ``sm_falconry_raid_template``: a San Marino falconry centre's RAID log template with its
  `Instructions` sheet and its `Lists` sheet left in, the log on sheet `RAID Log`: `ID`,
  `Type` Risk / Assumption / Issue / Dependency, `Description`, `Owner`, `Date Raised`
  (date cells), `Due Date`, `Status`, `Comments` (empty); one example row per type (`Ex1`..
  `Ex4`, `Example:` descriptions) above three to five real items.
- ``bn_escape_room_issue_log``: a Brunei escape room fit-out's issue log with ONE issue:
  `Issue ID`, `Date Logged`, `Issue`, `Priority`, `Owner`, `Target Date` (`TBC`), `Status`,
  `Resolution` (empty), `Date Closed` (empty).
- ``me_clock_tower_decision_log``: a Kotor clock tower restoration's decision log: a
  title, the header on row 3, `Ref` DEC-01.., `Date`, `Decision`, `Rationale`, `Decided
  by`, `Impact` (empty); two or three real decisions then rows `TBD` in `Decision`.
- ``gl_reindeer_dependencies``: a Greenland reindeer meat chiller's dependency register:
  `ID` D-001.., `Dependency`, `In / Out`, `Provider / Receiver`, `Need by` (date cells or
  `TBC` / `Q3`), `Committed` (mostly `-`), `Status`, `Owner` (`TBA` on some).
- ``md_puppet_theatre_raid_workbook``: a Chisinau puppet theatre's workbook of several
  registers, one a sheet: `Risks` (two or three risks under a `<Enter risk>` row),
  `Issues` (one or two issues), `Actions` (no standard register; header only) and
  `Lookups`.

Trackers:

- ``xk_pipe_organ_budget_only``: a Kosovo church pipe organ restoration's finance tracker
  in EUR (`€` in the title): each cost line on two rows, `Budget` filled for every month,
  `Actual` left blank (the project has not started spending), months as date cells shown
  `mmm-yy` across, a `Total` column.
- ``sc_sauna_spa_monthly_tracker``: a Seychelles resort's sauna and spa block costs in a
  long table, `(SCR)` in the title: `Month` (date cells shown `mmm yyyy`), `Cost line`,
  `Planned`, `Actual`, `Comment`; actuals for the first one or two months only, later
  rows `-` or blank, one planned cell `TBC` (a row with no number is not counted).
- ``ni_cigar_humidor_cost_report``: a Nicaraguan cigar factory's humidor expansion: `Amounts in USD`,
  one reporting month in the title, `Cost line`, `Budget`, `Actual this month`, `Notes`;
  several lines `n/a` or blank in actual.
- ``hn_violin_workshop_resource_plan``: a Honduran youth orchestra's violin workshop
  resource plan in days per month: `Role`, `Name` (`TBA`, `Vacancy 1`, `Vacancy 2` on some rows),
  months as text `Jan-27`.. across, blank cells.
- ``ls_alpaca_mill_milestones``: a Lesotho alpaca fibre mill's milestone plan: `No.`,
  `Milestone`, `Owner` (some blank), `Target date` (a date cell, `TBC` or `Q3 2027`),
  `Actual date` (empty), `Status` (some blank).
- ``km_perfume_status_report``: a Comoros ylang-ylang distillery's first status report:
  label / value rows partly filled (`Project Name`, `Project Manager`, `Sponsor` `TBC`,
  `Report Date` a date cell, `Overall RAG` filled, `Schedule` / `Cost` blank, `Summary`),
  then a `Milestones` table (`Milestone`, `Planned`, `Forecast` mostly blank, `Status`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- a column present but empty whose header is clear (the RAID template's `Comments`, the
  escape room's `Resolution` and `Date Closed`, the decision log's `Impact`, the milestone
  plan's `Actual date`) is MAPPED in the truth columns to its field (or None where the
  header names no standard field), with no value facts: a blank cell has no fact;
- placeholder and example rows (`Example`, `e.g. ..`, `Ex1`, `Example:`, `<Enter risk
  description>`, `TBD` decisions, a row holding only a pre-numbered id) are no items and
  are not counted; the template's pre-numbered ids below the real items are no items;
- `TBC`, `TBD`, `TBA`, `Vacancy 1`, `n/a`, `-`, `?`, `Q3 2027` cells get no fact (no date, no
  person, no amount, no score) and are not errors to adopt; `Vacancy 1` and `TBA` rows of
  the resource plan are counted (their days are planned) with no person fact;
- the reindeer register's `In / Out` In is Inbound and Out is Outbound; `Provider /
  Receiver` (a project or an organisation?): left out, no fact;
- the RAID template's `Due Date` is an issue's due date and an assumption's validate-by;
  a risk's and a dependency's (due, review, need-by?): no fact; a dependency's `Date
  Raised`: no fact;
- the sauna tracker's `Planned` is the budget; SCR is not on the standard's list: no
  currency fact; `Comment`: left out;
- the humidor report's one month is the month named in the title; `Actual this month` is
  the actual; `Notes`: left out; `Amounts in USD` is USD;
- the pipe organ's `Total` column is no month; blank actuals are no zero; `€` is EUR;
- the status report's blank RAG cells and `TBC` sponsor get no fact; `Cost` is the cost
  RAG; its milestones' blank `Forecast` is no forecast; `In progress` is In Progress;
- the ice cream register's `Mitigation` is the response; `Category` words are the
  standard's; `Open` is Open.

Readings used: date cells are what they hold; there are no text dates except placeholders;
ids in the standard's shape (R-001, I-001, D-001) are ids; `DEC-01` is DC-001 (audit,
round 31). It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 31 (docs/adopt.md, "Round 31: the fifty-second batch's truth audited"): the
clock tower's `DEC-01`.. ARE ids, DC-001.. (SPEC section 3's decision id; the fourteenth,
twenty-second, twenty-eighth and later batches and round 24's audit read `DEC-01` so), and
its `Ref` column is `id`, where the writer gave no id fact; the reindeer register's
`Provider / Receiver` (names of the other party: `KNI`, `Port`) is the counterparty project
or left out (`Provider` is the counterparty's party word, as round 5's `Provider Team`),
where the writer allowed only left out; the ice cream register's `Project: Matsapha Ice
Cream Plant` line is the project's name (a `Project:` label with its value in one cell, as
the rounds 24 and 25 audits added), where the writer gave no fact. No cell changed; every
other reading above was checked against the cells and kept.
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

ICE_RISKS = [
    ("Power cuts spoil stock in the cold store", "Operational", "Standby generator quote"),
    ("Dairy cooperative cannot supply enough milk", "Third Party", "Second supplier in Manzini"),
    ("Food safety licence delayed", "Legal", "Early meeting with the inspector"),
    ("Freezer truck import held at the border", "Schedule", "Clear paperwork in advance"),
    ("Sugar price rise", "Financial", "Fix the price for six months"),
]
ICE_OWNERS = ["Thandeka Dlamini", "Sipho Nxumalo", "Lindiwe Simelane"]


def sz_ice_cream_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Eswatini ice cream plant's risk register template: an `Example` row, two to four
    real risks, pre-numbered template rows with `<Enter risk description>`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "RISK REGISTER"
    ws["A2"] = "Project: Matsapha Ice Cream Plant"
    head = ["ID", "Risk Description", "Category", "Likelihood (1-5)", "Impact (1-5)"]
    head += ["Owner", "Date Raised", "Status", "Mitigation"]
    _put(ws, 4, 1, [head])
    _put(ws, 5, 1, [["Example", "e.g. Supplier delay", "e.g. Third Party", 3, 4, "Name"]])
    n = rng.randint(2, 4)
    made = _days(rng, n, date(2026, 9, 1))
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", "Matsapha Ice Cream Plant")]
    for i, (text, cat, plan) in enumerate(rng.sample(ICE_RISKS, n)):
        p = rng.choice([1, 2, 3, 4, 5, "?"])
        c = rng.choice([2, 3, 4, 5, None])
        who = rng.choice([*ICE_OWNERS, "TBC"])
        cat_cell = cat if rng.random() < 0.7 else "TBC"
        cells: list[object] = [f"R-{i + 1:03d}", text, cat_cell, p, c, who, made[i], "Open"]
        cells += [plan if rng.random() < 0.6 else None]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "status", "Open"),
        ]
        if cat_cell != "TBC":
            values.append(ValueFact("risks", i, "category", cat))
        if isinstance(p, int):
            values.append(ValueFact("risks", i, "probability", float(p)))
        if c is not None:
            values.append(ValueFact("risks", i, "impact", float(c)))
        if who != "TBC":
            values.append(ValueFact("risks", i, "owner", who))
        if cells[8]:
            values.append(ValueFact("risks", i, "response", plan))
    for k in range(n, 10):
        _put(ws, 6 + k, 1, [[f"R-{k + 1:03d}", "<Enter risk description>"]])
    targets: Targets = _cols("A", ["id", "title", "category", "probability", "impact"])
    targets |= _cols("F", ["owner", "raised_date", "status", "response"])
    path = _save(wb, folder, "sz_ice_cream_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


FALCON_ROWS = [
    ("Risk", "Bird flu outbreak closes the aviary"),
    ("Risk", "Tourist numbers below forecast in the first season"),
    ("Assumption", "The Castello authority grants the display licence"),
    ("Issue", "Mews roof leaks after the storm"),
    ("Dependency", "Veterinary clinic contract signed by the Secretariat"),
    ("Issue", "Hooding supplier has not delivered"),
]
FALCON_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
FALCON_REG |= {"Dependency": "dependencies"}
FALCON_LETTER = {"Risk": "R", "Assumption": "A", "Issue": "I", "Dependency": "D"}
FALCON_PEOPLE = ["Marco Gasperoni", "Elena Valentini", "Luca Guidi"]


def sm_falconry_raid_template(folder: Path, rng: random.Random) -> Built:
    """A San Marino falconry centre's RAID template: `Instructions` and `Lists` sheets left
    in, one `Example:` row per type above three to five real items, an empty `Comments`."""
    wb = openpyxl.Workbook()
    ins = _sheet(wb, "Instructions")
    ins["A1"] = "How to use this RAID log"
    ins["A3"] = "1. Enter one item per row on the RAID Log sheet."
    ins["A4"] = "2. Pick the Type and Status from the drop-downs (see Lists)."
    ins["A5"] = "3. Delete the example rows before circulating."
    ws = wb.create_sheet("RAID Log")
    ws["A1"] = "Monte Titano Falconry Centre - RAID Log"
    head = ["ID", "Type", "Description", "Owner", "Date Raised", "Due Date", "Status"]
    head += ["Comments"]
    _put(ws, 3, 1, [head])
    for k, kind in enumerate(FALCON_LETTER):
        _put(ws, 4 + k, 1, [[f"Ex{k + 1}", kind, f"Example: describe the {kind.lower()}"]])
    kept = [r for r in FALCON_ROWS if r[0] in ("Assumption", "Dependency")]
    rows = kept + rng.sample([r for r in FALCON_ROWS if r not in kept], rng.randint(1, 3))
    rng.shuffle(rows)  # every type is there, so each truth column's meanings are
    logged = _days(rng, len(rows), date(2026, 10, 1))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = FALCON_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice([*FALCON_PEOPLE, None])
        due = logged[k] + timedelta(days=rng.choice([14, 30])) if rng.random() < 0.6 else None
        ident = f"{FALCON_LETTER[kind]}-{i + 1:03d}"
        _put(ws, 8 + k, 1, [[ident, kind, text, who, logged[k], due, "Open"]])
        for c in (5, 6):
            ws.cell(8 + k, c).number_format = "dd/mm/yyyy"
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, "id", ident),
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "status", "Open"),
        ]
        if who:
            values.append(ValueFact(reg, i, "owner", who))
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        dues = {"issues": "due_date", "assumptions": "validate_by"}
        if due and reg in dues:
            values.append(ValueFact(reg, i, dues[reg], due))
    lists = wb.create_sheet("Lists")
    _put(lists, 1, 1, [["Type", "Status"], ["Risk", "Open"], ["Assumption", "Closed"]])
    _put(lists, 4, 1, [["Issue"], ["Dependency"]])
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [("raised_date", None), due_cols, "status", None])
    path = _save(wb, folder, "sm_falconry_raid_template")
    return Built(path, [TruthTable("RAID Log", 3, "raid", targets, counts)], values)


ESCAPE_ISSUES = [
    ("Magnetic door locks fail the fire officer's check", "High"),
    ("Theme props held at Muara port customs", "Medium"),
    ("Shophouse landlord objects to the sound-proofing", "High"),
    ("Booking system vendor cannot integrate payments", "Low"),
]


def bn_escape_room_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Brunei escape room fit-out's issue log holding one issue, `Target Date` TBC and
    `Resolution` / `Date Closed` columns empty."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    head = ["Issue ID", "Date Logged", "Issue", "Priority", "Owner", "Target Date"]
    head += ["Status", "Resolution", "Date Closed"]
    _put(ws, 1, 1, [head])
    text, pr = rng.choice(ESCAPE_ISSUES)
    logged = date(2026, 11, rng.randint(13, 28))
    who = rng.choice(["Hajah Noraini", "Awang Faizal", "Siti Rahmah"])
    _put(ws, 2, 1, [["I-001", logged, text, pr, who, "TBC", rng.choice(["Open", "In Progress"])]])
    ws.cell(2, 2).number_format = "dd/mm/yyyy"
    st = ws.cell(2, 7).value
    values = [
        ValueFact("issues", 0, "id", "I-001"),
        ValueFact("issues", 0, "raised_date", logged),
        ValueFact("issues", 0, "title", text),
        ValueFact("issues", 0, "priority", pr),
        ValueFact("issues", 0, "owner", who),
        ValueFact("issues", 0, "status", st),
    ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "priority", "owner"])
    targets |= _cols("F", ["due_date", "status", "resolution", "closed_date"])
    path = _save(wb, folder, "bn_escape_room_issue_log")
    return Built(path, [_one("issues", "Issue Log", 1, targets, 1)], values)


CLOCK_DECISIONS = [
    ("Keep the 1602 clock face and restore it in place", "Heritage Institute advice"),
    ("Lime mortar only on the tower walls", "Cement traps moisture"),
    ("Night works to keep the Old Town gate open", "Tourist season traffic"),
    ("Local clockmaker from Perast appointed", "Only bidder with tower clock experience"),
]
CLOCK_PEOPLE = ["Steering Group", "Milica Radović", "Ivan Đurović"]


def me_clock_tower_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Kotor clock tower restoration's decision log: `DEC-01` refs, an empty `Impact`
    column, `TBD` rows after two or three real decisions."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Kotor Clock Tower Restoration - Decision Log"
    _put(ws, 3, 1, [["Ref", "Date", "Decision", "Rationale", "Decided by", "Impact"]])
    n = rng.randint(2, 3)
    days = _days(rng, n, date(2026, 9, 15))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(CLOCK_DECISIONS, n)):
        who = rng.choice(CLOCK_PEOPLE)
        why_cell = why if rng.random() < 0.7 else None
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", days[i], text, why_cell, who]])
        ws.cell(4 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
        if why_cell:
            values.append(ValueFact("decisions", i, "rationale", why))
    for k in range(n, n + rng.randint(2, 4)):
        _put(ws, 4 + k, 1, [[f"DEC-{k + 1:02d}", None, "TBD"]])
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "me_clock_tower_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


REINDEER_DEPS = [
    ("Harbour crane slot for the chiller units", "In"),
    ("Nukissiorfiit power connection", "In"),
    ("Veterinary export approval from Nuuk", "In"),
    ("Meat samples to the Danish lab", "Out"),
    ("Herders' slaughter calendar", "In"),
]
REINDEER_OWNERS = ["Aputsiaq Lynge", "Naja Kleist", "TBA"]


def gl_reindeer_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Greenland reindeer meat chiller's dependency register: `In / Out`, `Need by` date
    cells or `TBC` / `Q3`, `Committed` mostly `-`, owners `TBA` on some."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    head = ["ID", "Dependency", "In / Out", "Provider / Receiver", "Need by", "Committed"]
    head += ["Status", "Owner"]
    _put(ws, 1, 1, [head])
    n = rng.randint(2, 4)
    need = _days(rng, n, date(2027, 1, 10))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(REINDEER_DEPS, n)):
        need_cell: object = need[i] if rng.random() < 0.6 else rng.choice(["TBC", "Q3"])
        committed: object = "-"
        if isinstance(need_cell, date) and rng.random() < 0.4:
            committed = need[i] + timedelta(days=rng.choice([0, 7]))
        who = rng.choice(REINDEER_OWNERS)
        st = rng.choice(["Open", "On Track", None])
        cells: list[object] = [f"D-{i + 1:03d}", text, way, rng.choice(["KNI", "Port", "?"])]
        _put(ws, 2 + i, 1, [[*cells, need_cell, committed, st, who]])
        for c in (5, 6):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
        ]
        if isinstance(need_cell, date):
            values.append(ValueFact("dependencies", i, "need_by", need_cell))
        if isinstance(committed, date):
            values.append(ValueFact("dependencies", i, "committed_date", committed))
        if st:
            values.append(ValueFact("dependencies", i, "status", st))
        if who != "TBA":
            values.append(ValueFact("dependencies", i, "owner", who))
    party = ("counterparty_project_id", None)
    targets: Targets = _cols("A", ["id", "title", "direction", party, "need_by"])
    targets |= _cols("F", ["committed_date", "status", "owner"])
    path = _save(wb, folder, "gl_reindeer_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


PUPPET_RISKS = [
    ("Marionette makers leave for jobs abroad", "People"),
    ("Stage rigging fails the safety inspection", "Technical"),
    ("Ministry of Culture grant paid late", "Financial"),
    ("Winter heating costs exceed the budget", "Financial"),
]
PUPPET_ISSUES = [
    ("Rehearsal hall roof leaking", "High"),
    ("Lighting desk delivered without the Romanian manual", "Low"),
    ("Touring van failed its inspection", "Medium"),
]
PUPPET_PEOPLE = ["Ana Ceban", "Victor Rusu", "Doina Lungu"]


def md_puppet_theatre_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """A Chisinau puppet theatre's workbook of registers, one a sheet: `Risks` under a
    `<Enter risk>` row, `Issues`, an `Actions` sheet with its header only, `Lookups`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    head = ["Ref", "Risk", "Category", "Owner", "Raised", "Score", "Status"]
    _put(ws, 1, 1, [head, [None, "<Enter risk>", "<Select>", None, None, None, "<Select>"]])
    n = rng.randint(2, 3)
    made = _days(rng, n, date(2026, 8, 3))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(PUPPET_RISKS, n)):
        who = rng.choice([*PUPPET_PEOPLE, None])
        _put(ws, 3 + i, 1, [[f"R-{i + 1:03d}", text, cat, who, made[i], None, "Open"]])
        ws.cell(3 + i, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "status", "Open"),
        ]
        if who:
            values.append(ValueFact("risks", i, "owner", who))
    risks: Targets = _cols("A", ["id", "title", "category", "owner", "raised_date", "score"])
    risks |= {"G": "status"}
    iss = wb.create_sheet("Issues")
    _put(iss, 1, 1, [["Ref", "Issue", "Priority", "Owner", "Raised", "Due", "Status"]])
    m = rng.randint(1, 2)
    raised = _days(rng, m, date(2026, 9, 1))
    for i, (text, pr) in enumerate(rng.sample(PUPPET_ISSUES, m)):
        who = rng.choice(PUPPET_PEOPLE)
        _put(iss, 2 + i, 1, [[f"I-{i + 1:03d}", text, pr, who, raised[i], "n/a", "Open"]])
        iss.cell(2 + i, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "status", "Open"),
        ]
    issues: Targets = _cols("A", ["id", "title", "priority", "owner", "raised_date"])
    issues |= {"F": "due_date", "G": "status"}
    act = wb.create_sheet("Actions")
    _put(act, 1, 1, [["Ref", "Action", "Owner", "Due", "Done?"]])
    look = wb.create_sheet("Lookups")
    _put(look, 1, 1, [["Category", "Status"], ["People", "Open"], ["Technical", "Closed"]])
    path = _save(wb, folder, "md_puppet_theatre_raid_workbook")
    tables = [_one("risks", "Risks", 1, risks, n), _one("issues", "Issues", 1, issues, m)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ORGAN_LINES = ["Organ builder", "Pipe metal", "Scaffolding", "Bellows leather", "Tuning"]


def xk_pipe_organ_budget_only(folder: Path, rng: random.Random) -> Built:
    """A Kosovo church pipe organ's tracker in EUR: each line on a `Budget` row (filled) and
    an `Actual` row (blank), months as date cells across, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Prizren Cathedral Pipe Organ Restoration - Cost Tracker (€)"
    months = _months(date(2027, 1, 1), rng.randint(6, 9))
    _put(ws, 3, 1, [["Cost line", "Type", *months, "Total"]])
    for c in range(3, 3 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(ORGAN_LINES, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(1, 40) * 500) for _ in months]
        _put(ws, 4 + 2 * r, 1, [[line, "Budget", *amounts, sum(amounts)]])
        _put(ws, 5 + 2 * r, 1, [[line, "Actual"]])
        for month, amount in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "budget", amount))
    table = TruthTable("Tracker", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    path = _save(wb, folder, "xk_pipe_organ_budget_only")
    return Built(path, [table], values)


SAUNA_LINES = ["Sauna cabin", "Plunge pool", "Timber decking", "Electrical"]


def sc_sauna_spa_monthly_tracker(folder: Path, rng: random.Random) -> Built:
    """A Seychelles resort's sauna and spa block: a long table `Month` (date cells) / `Cost
    line` / `Planned` / `Actual` / `Comment`, actuals for the first months only, `-` or
    blank later, one planned cell `TBC`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Anse Royale Resort - Sauna & Spa Block - costs (SCR)"
    _put(ws, 3, 1, [["Month", "Cost line", "Planned", "Actual", "Comment"]])
    months = _months(date(2026, 11, 1), rng.randint(3, 5))
    lines = rng.sample(SAUNA_LINES, 2)
    spent = rng.randint(1, 2)
    values: list[ValueFact] = []
    row = 4
    tbc = (rng.randrange(len(months)), rng.randrange(2))
    keys = 0
    for m, month in enumerate(months):
        for k, line in enumerate(lines):
            plan: object = float(rng.randrange(10, 300) * 1000)
            if (m, k) == tbc:
                plan = "TBC"
            actual: object = rng.choice(["-", None])
            if m < spent:
                actual = float(rng.randrange(5, 300) * 1000)
            note = "deposit paid" if m == 0 and k == 0 else None
            _put(ws, row, 1, [[month, line, plan, actual, note]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            row += 1
            if isinstance(plan, float):
                values.append(ValueFact("finance", (month, line), "budget", plan))
            if isinstance(actual, float):
                values.append(ValueFact("finance", (month, line), "actual", actual))
            if isinstance(plan, float) or isinstance(actual, float):
                keys += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual", "E": None}
    table = TruthTable("Costs", 3, "finance", targets, {"finance": keys})
    path = _save(wb, folder, "sc_sauna_spa_monthly_tracker")
    return Built(path, [table], values)


HUMIDOR_LINES = ["Cedar shelving", "Humidity control", "Rolling tables", "Building works"]
HUMIDOR_LINES += ["Training", "Transport"]


def ni_cigar_humidor_cost_report(folder: Path, rng: random.Random) -> Built:
    """A Nicaraguan cigar factory's humidor expansion cost report for one month: `Amounts in USD`,
    `Budget`, `Actual this month` (`n/a` or blank on some lines), `Notes`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    month = date(2026, rng.choice([9, 10, 11]), 1)
    ws["A1"] = "Tabacalera Estelí - Cigar Humidor Expansion"
    ws["A2"] = f"Cost report: {month:%B %Y}"
    ws["A3"] = "Amounts in USD"
    _put(ws, 5, 1, [["Cost line", "Budget", "Actual this month", "Notes"]])
    lines = rng.sample(HUMIDOR_LINES, rng.randint(4, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        budget = float(rng.randrange(5, 80) * 100)
        actual: object = rng.choice(["n/a", None, float(rng.randrange(1, 40) * 50)])
        _put(ws, 6 + r, 1, [[line, budget, actual, rng.choice([None, "awaiting invoice"])]])
        values.append(ValueFact("finance", (month, line), "budget", budget))
        if isinstance(actual, float):
            values.append(ValueFact("finance", (month, line), "actual", actual))
    targets: Targets = {"A": "cost_line", "B": "budget", "C": "actual", "D": None}
    table = TruthTable("Report", 5, "finance", targets, {"finance": len(lines)})
    path = _save(wb, folder, "ni_cigar_humidor_cost_report")
    return Built(path, [table], values)


VIOLIN_ROLES = [
    ("Master luthier", "Óscar Mejía"),
    ("Apprentice", "TBA"),
    ("Workshop coordinator", "Karla Zelaya"),
    ("Apprentice", "Vacancy 1"),
    ("Wood supplier liaison", "Vacancy 2"),
]


def hn_violin_workshop_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Honduran youth orchestra's violin workshop resource plan in days: `Role`, `Name`
    (`TBA` / `Vacancy 1` on some rows), months as text `Jan-27` across, blank cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Tegucigalpa Youth Orchestra - Violin Workshop - Resource Plan (days)"
    months = _months(date(2027, 1, 1), 6)
    _put(ws, 3, 1, [["Role", "Name", *[f"{m:%b}-{m:%y}" for m in months]]])
    count = 0
    for r, (role, name) in enumerate(rng.sample(VIOLIN_ROLES, rng.randint(3, 5))):
        days = [rng.choice([None, None, 5, 10, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, name, *days]])
    table = TruthTable("Resource Plan", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "hn_violin_workshop_resource_plan")
    return Built(path, [table], [])


ALPACA_MILESTONES = [
    "Site lease signed with the community council",
    "Scouring line delivered",
    "Spinning frames installed",
    "First yarn batch",
    "Export permit",
]
ALPACA_OWNERS = ["Palesa Mokoena", "Teboho Lerotholi", None]


def ls_alpaca_mill_milestones(folder: Path, rng: random.Random) -> Built:
    """A Lesotho alpaca fibre mill's milestone plan: `Target date` a date cell, `TBC` or
    `Q3 2027`, an empty `Actual date`, blank owners and statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Maseru Alpaca Fibre Mill - Milestone Plan (draft)"
    _put(ws, 3, 1, [["No.", "Milestone", "Owner", "Target date", "Actual date", "Status"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2027, 2, 1))
    values: list[ValueFact] = []
    for i, name in enumerate(ALPACA_MILESTONES[:n]):
        target: object = due[i] if i < 2 or rng.random() < 0.5 else rng.choice(["TBC", "Q3 2027"])
        who = rng.choice(ALPACA_OWNERS)
        st = rng.choice(["Not Started", None]) if i else rng.choice(["In Progress", "Not Started"])
        _put(ws, 4 + i, 1, [[i + 1, name, who, target, None, st]])
        ws.cell(4 + i, 4).number_format = "dd/mm/yyyy"
        values.append(ValueFact("milestones", i, "milestone", name))
        if who:
            values.append(ValueFact("milestones", i, "owner", who))
        if isinstance(target, date):
            values.append(ValueFact("milestones", i, "baseline_date", target))
        if st:
            values.append(ValueFact("milestones", i, "status", st))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= {"E": "actual_date", "F": "status"}
    path = _save(wb, folder, "ls_alpaca_mill_milestones")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


YLANG_MILESTONES = [
    "Stills refurbished",
    "First distillation run",
    "Essential oil grading lab",
    "Export contract with Grasse buyer",
]
YLANG_STATUS = {"Not started": "Not Started", "In progress": "In Progress", "": None}


def km_perfume_status_report(folder: Path, rng: random.Random) -> Built:
    """A Comoros ylang-ylang distillery's first status report: label / value rows partly
    filled (`Sponsor` TBC, `Schedule` / `Cost` blank), a `Milestones` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, pm = "Anjouan Ylang-Ylang Distillery Upgrade", "Said Abdallah"
    report = date(2026, 12, rng.choice([4, 11, 18]))
    rag = rng.choice(["Green", "Amber"])
    ws["A1"] = "Project Status Report"
    rows: list[list[object]] = [["Project Name", project], ["Project Manager", pm]]
    rows += [["Sponsor", "TBC"], ["Report Date", report], ["Overall RAG", rag]]
    rows += [["Schedule", None], ["Cost", None], ["Scope", None]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    summary = rng.choice(
        ["Mobilisation; stills survey done.", "Kick-off held; supplier quotes awaited."]
    )
    _put(ws, 12, 1, [["Summary", summary]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rag),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A14"] = "Milestones"
    _put(ws, 15, 1, [["Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(3, 4)
    due = _days(rng, n, date(2027, 1, 15))
    for i, name in enumerate(YLANG_MILESTONES[:n]):
        fc = due[i] + timedelta(days=14) if rng.random() < 0.3 else None
        st = rng.choice(list(YLANG_STATUS))
        _put(ws, 16 + i, 1, [[name, due[i], fc, st or None]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
        ]
        if fc:
            values.append(ValueFact("milestones", i, "forecast_date", fc))
        if YLANG_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", YLANG_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "km_perfume_status_report")
    return Built(path, [_one("milestones", "Status Report", 15, targets, n)], values)


HELD_OUT_52: tuple[Layout, ...] = (
    Layout(
        "sz_ice_cream_risk_register",
        "Eswatini ice cream plant risk register template (Example row, placeholder rows)",
        sz_ice_cream_risk_register,
    ),
    Layout(
        "sm_falconry_raid_template",
        "San Marino falconry centre RAID template (Instructions / Lists sheets, examples)",
        sm_falconry_raid_template,
    ),
    Layout(
        "bn_escape_room_issue_log",
        "Brunei escape room issue log with one issue (TBC date, empty columns)",
        bn_escape_room_issue_log,
    ),
    Layout(
        "me_clock_tower_decision_log",
        "Kotor clock tower decision log (DEC-01, TBD rows, empty Impact column)",
        me_clock_tower_decision_log,
    ),
    Layout(
        "gl_reindeer_dependencies",
        "Greenland reindeer chiller dependencies (In / Out, TBC / Q3 dates, TBA owners)",
        gl_reindeer_dependencies,
    ),
    Layout(
        "md_puppet_theatre_raid_workbook",
        "Moldovan puppet theatre workbook of Risks / Issues / Actions / Lookups sheets",
        md_puppet_theatre_raid_workbook,
    ),
    Layout(
        "xk_pipe_organ_budget_only",
        "Kosovo pipe organ tracker, Budget rows filled and Actual rows blank (€)",
        xk_pipe_organ_budget_only,
    ),
    Layout(
        "sc_sauna_spa_monthly_tracker",
        "Seychelles sauna and spa long cost table (Planned / Actual, TBC, - cells)",
        sc_sauna_spa_monthly_tracker,
    ),
    Layout(
        "ni_cigar_humidor_cost_report",
        "Nicaraguan cigar humidor one-month cost report (USD, n/a actuals)",
        ni_cigar_humidor_cost_report,
    ),
    Layout(
        "hn_violin_workshop_resource_plan",
        "Honduran violin workshop resource plan (TBA / Vacancy names, Jan-27 text)",
        hn_violin_workshop_resource_plan,
    ),
    Layout(
        "ls_alpaca_mill_milestones",
        "Lesotho alpaca mill milestone plan (TBC / Q3 2027 targets, empty Actual date)",
        ls_alpaca_mill_milestones,
    ),
    Layout(
        "km_perfume_status_report",
        "Comoros ylang-ylang status report, partly filled (TBC sponsor, blank RAGs)",
        km_perfume_status_report,
    ),
)
