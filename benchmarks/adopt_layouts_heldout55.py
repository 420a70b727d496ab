"""The fifty-fifth held-out batch (``HELD_OUT_55``, round 31's final measure): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
SPARSE AND EARLY-LIFE: workbooks from projects in their first weeks or from PMs who fill
templates reluctantly, two or three real items under a template's placeholder and example
rows, many blank cells, columns present but empty, `TBC` / `TBD` / `Q3` dates, `TBA` and
`Vacancy` names, instructions and lists sheets left in, in sectors no earlier batch's
docstring names (an archery range, an ice plant, a water tower, a bowling alley, a go-kart
track, a trampoline park, a driving range, a cheese cave, a pigeon loft, a climbing wall,
a dog kennel, an abseil tower) and countries none names (Montenegro, Palau, Kiribati, Cabo
Verde, Turkmenistan, Aruba, Curacao, Niue, the Marshall Islands, Micronesia, Sao Tome,
Nauru).

Registers:

- ``me_archery_range_risk_template``: a Montenegrin archery range's risk register filled
  from a template: an `Instructions` sheet first, the `Risk Register` sheet with a title,
  the header on row 4 (`ID`, `Date raised`, `Risk description`, `Category`, `Probability
  (1-5)`, `Impact (1-5)`, `Owner`, `Mitigation`, `Status`, `Date closed`), an `e.g.`
  example row first (`e.g. Supplier delay`), two to three real risks `R-001`.. with blank
  cells, then `<Enter risk description>` prompt rows to row 15; a `Lists` sheet.
- ``pw_ice_plant_issue_log_one_item``: a Palau ice plant's issue log with ONE issue: the
  header on row 3, `Issue ID`, `Title`, `Raised`, `Owner`, `Priority`, `Due`, `Status`,
  `Resolution` (empty), then ten rows with only `=ROW()-3`-like numbers 2..11 in `Issue ID`.
- ``ki_water_tower_raid_template``: a Kiribati water tower's RAID log from a template:
  `Type` Risk / Assumption / Issue / Dependency, an `Example:` row per type, then one or two
  real rows per type, `Due date` cells or `TBC`, `Owner` `TBA` on some rows, Open / Closed.
- ``cv_bowling_alley_decisions``: a Cabo Verde bowling alley's decision log, two or three
  decisions, `Decided by` sometimes `TBD`, `Date` text `dd/mm/yyyy`, a `n/a` rationale.
- ``tm_go_kart_dependencies``: a Turkmen go-kart track's dependency register: `Dependency`,
  `Provider`, `Needed by` date cells or `TBC` or `?`, `Status` On Track / At Risk / `-`,
  an empty `Committed date` column, a placeholder row `TBD` at the end.
- ``aw_trampoline_park_assumptions``: an Aruba trampoline park's assumptions log with three
  or four assumptions, `Validate by` cells or `Q3`, `Owner` blank on some, `Status` Open /
  Validated / blank.

Trackers:

- ``cw_driving_range_budget_only``: a Curacao driving range's monthly tracker with a Budget
  row per cost line and empty `Actual` / `Forecast` rows under each; months across as date
  cells shown `mmm-yy`; the budget filled for each month, nothing else; `(ANG)`.
- ``nu_cheese_cave_spend_down``: a Niue cheese cave's spend log, months DOWN as `mmm yyyy`
  text, cost lines across, actuals for the first one to three months, `-` in months with
  no spend on a line, blank months after; `NZD` in the title.
- ``mh_pigeon_loft_line_measures``: a Marshall Islands pigeon loft's cost tracker: rows per
  cost line and `Measure` (Budget / Actual), months across as `Jan-26` text; one month of
  actuals, the rest blank; a `TBC` budget cell for one line in one month; USD in a note.
- ``fm_climbing_wall_resource_plan``: a Micronesian climbing wall's resource plan in days:
  `Resource`, `Role`, months across as text `Jul 2026`; names include `TBA` and `Vacancy 1`.
- ``st_dog_kennel_milestones``: a Sao Tome dog kennel's milestone plan: `Milestone`,
  `Owner`, `Target date` cells or `TBC` / `Q3` / `Q4 2026`, `Actual date`, `Status`.
- ``nr_abseil_tower_status_report``: a Nauru abseil tower's status report half filled:
  `Project name`, `Sponsor` (blank), `Project manager`, `Report date` cell, `Overall RAG`,
  `Schedule RAG`, `Budget RAG` (`TBC`), `Summary`, then a `Milestones` table with `Planned`
  and `Forecast` cells (blank or `TBC`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the resource plan's `TBA` and `Vacancy 1` rows are planned demand (a resource plan's
  point), so their days count as items; no person fact is stated for any row;
- the RAID template's `TBA` owner is no owner fact; a `TBC` due date no date fact; the
  `Example:` rows are no items; a dependency's `Due date` (need-by or committed?): no fact;
  the `Type` words set the register;
- the status report's `Budget RAG` `TBC`: no cost RAG fact; blank `Sponsor`: no fact;
  milestones' `Forecast` blank or `TBC`: no forecast fact; `On track` (In Progress or Not
  Started?): no status fact; `Done` is Complete;
- the pigeon loft's `TBC` budget cell: no value fact (and not zero); blank actual months:
  no fact; the `Note: amounts in USD` line is USD;
- the driving range's `(ANG)` and the cheese cave's `(NZD)`: not on the standard's
  currency list, no currency fact; the driving range's empty `Actual` / `Forecast` rows:
  no facts; the go-kart `Provider` (an organisation: counterparty owner or left out): no
  fact;
- the cheese cave's `-` cells: no fact (a dash could be zero or nothing; neither stated);
- the go-kart `?` and `TBC` need-by: no fact; a `-` status: no status fact; the trailing
  `TBD` row (only `TBD` in the dependency cell) is no item; the empty `Committed date`
  column is mapped to committed_date (its header is clear) with no value facts;
- the risk template's `e.g.` row and `<Enter ...>` rows are no items; its empty `Date
  closed` column is mapped (a clear header) with no value facts; a blank probability or
  owner cell has no fact;
- the issue log's numbered rows with nothing else are no items; the empty `Resolution`
  column is mapped with no value;
- the decision log's `TBD` decider and `n/a` rationale: no fact; its ids `DEC-01`..: no
  id fact (a shape no audit ruled);
- the assumptions' `Q3` validate-by: no fact; a blank status or owner: no fact.

Readings used: date cells are what they hold; text dates are day first; a placeholder,
example, prompt or `TBC` / `TBD` / `TBA` / `?` / `-` cell states nothing; an empty column
with a clear header is mapped in the truth's columns (its field) and has no value facts.
It was written and checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output.

Audit, round 31 (docs/adopt.md, "Round 31: the fifty-fifth batch's truth audited", by an
engineer who does not tune, from the cells only): the bowling alley's `DEC-01` .. are now
each decision's `id` as `DC-001` .. (column A `id`), as the fifty-second batch's audit and
round 24's ruled (SPEC section 3's decision id keeps the number); the go-kart `Provider`
may also be the counterparty project (as the fifty-second batch's `Provider / Receiver`),
still no value; an archery risk's `Environmental` category (not on the standard's risk
category list: kept word for word or mapped to another?) has no category fact; the RAID
template's `Example: a assumption` / `a issue` cells mended to `an` (a writer's slip, no
fact reads them). At seed 2026: 246 -> 248 facts (values 151 -> 153).
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

ARCHERY_RISKS = [
    ("Target butts arrive late from the Italian maker", "Commercial", "Order in January"),
    ("Municipal permit for the outdoor range delayed", "Legal", "Weekly call with Cetinje"),
    ("Safety berm fails the federation inspection", "Technical", None),
    ("Club volunteers unavailable in tourist season", "People", "Book hours early"),
    ("Winter rain floods the field", "Environmental", None),
]
ARCHERY_OWNERS = ["Milos Vukovic", "Jelena Petrovic", "Dragan Radonjic"]


def me_archery_range_risk_template(folder: Path, rng: random.Random) -> Built:
    """A Montenegrin archery range's risk template, two or three real risks under an
    `e.g.` row and above `<Enter risk description>` prompt rows; an Instructions sheet and a
    Lists sheet left in; an empty `Date closed` column."""
    wb = openpyxl.Workbook()
    ins = _sheet(wb, "Instructions")
    ins["A1"] = "How to use this register"
    ins["A3"] = "1. Delete the example row once you have added your first risk."
    ins["A4"] = "2. Score probability and impact 1 (low) to 5 (high)."
    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Cetinje Archery Range - Risk Register"
    head = ["ID", "Date raised", "Risk description", "Category", "Probability (1-5)"]
    head += ["Impact (1-5)", "Owner", "Mitigation", "Status", "Date closed"]
    _put(ws, 4, 1, [head])
    _put(ws, 5, 1, [["e.g. R-000", None, "e.g. Supplier delay", "Commercial", 3, 3,
                     "Name", "e.g. Order early", "Open"]])  # fmt: skip
    n = rng.randint(2, 3)
    made = _days(rng, n, date(2026, 4, 6))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(ARCHERY_RISKS, n)):
        p = rng.choice([None, 2, 3, 4])
        c = rng.choice([2, 3, 4, 5])
        who = rng.choice([*ARCHERY_OWNERS, None])
        cells: list[object] = [f"R-{i + 1:03d}", made[i], text, cat, p, c, who, plan, "Open"]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "status", "Open"),
        ]
        if cat != "Environmental":  # audit, round 31: off the category list, no fact
            values.append(ValueFact("risks", i, "category", cat))
        if p:
            values.append(ValueFact("risks", i, "probability", float(p)))
        if who:
            values.append(ValueFact("risks", i, "owner", who))
        if plan:
            values.append(ValueFact("risks", i, "response", plan))
    for r in range(6 + n, 16):
        ws.cell(r, 3, "<Enter risk description>")
    lists = wb.create_sheet("Lists")
    _put(lists, 1, 1, [["Category", "Status"], ["Commercial", "Open"], ["Legal", "Monitoring"]])
    _put(lists, 4, 1, [["Technical", "Closed"], ["People"]])
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    targets |= _cols("F", ["impact", "owner", "response", "status", "closed_date"])
    path = _save(wb, folder, "me_archery_range_risk_template")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


ICE_ISSUES = [
    "Ammonia compressor spare parts held at customs in Koror",
    "Block ice moulds cracked on the first freeze",
    "Power outage trips the brine pump",
]


def pw_ice_plant_issue_log_one_item(folder: Path, rng: random.Random) -> Built:
    """A Palau ice plant's issue log holding one issue, then numbered empty rows; an empty
    `Resolution` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Malakal Ice Plant Upgrade - Issue Log"
    head = ["Issue ID", "Title", "Raised", "Owner", "Priority", "Due", "Status", "Resolution"]
    _put(ws, 3, 1, [head])
    raised = date(2026, 5, rng.randint(13, 28))
    due = raised + timedelta(days=rng.choice([7, 14, 21]))
    text = rng.choice(ICE_ISSUES)
    pr = rng.choice(["High", "Medium", "Critical"])
    who = rng.choice(["Kaleb Ngirmang", "Lisa Rengiil", "Tomas Tellei"])
    _put(ws, 4, 1, [[1, text, raised, who, pr, due, "Open"]])
    for c in (3, 6):
        ws.cell(4, c).number_format = "dd/mm/yyyy"
    for k in range(2, rng.randint(8, 12)):
        ws.cell(3 + k, 1, k)
    values = [
        ValueFact("issues", 0, "title", text),
        ValueFact("issues", 0, "raised_date", raised),
        ValueFact("issues", 0, "owner", who),
        ValueFact("issues", 0, "priority", pr),
        ValueFact("issues", 0, "due_date", due),
        ValueFact("issues", 0, "status", "Open"),
    ]
    targets: Targets = _cols("A", [("id", None), "title", "raised_date", "owner", "priority"])
    targets |= _cols("F", ["due_date", "status", "resolution"])
    path = _save(wb, folder, "pw_ice_plant_issue_log_one_item")
    return Built(path, [_one("issues", "Issues", 3, targets, 1)], values)


TOWER_ROWS = {
    "Risk": ["Steel tank corrodes faster in salt air", "Cyclone season delays the crane"],
    "Assumption": ["Ministry pays the contractor within 30 days", "Local labour is available"],
    "Issue": ["Foundation survey found coral voids", "Shipping container of bolts lost"],
    "Dependency": ["PUB pipeline tie-in to the tower", "Freight slot on the Majuro vessel"],
}
TOWER_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
TOWER_REG["Dependency"] = "dependencies"
TOWER_PEOPLE = ["Tiaon Kaiea", "Rereao Tabai", "Bwebwe Teata", "TBA"]


def ki_water_tower_raid_template(folder: Path, rng: random.Random) -> Built:
    """A Kiribati water tower's RAID template: an `Example:` row per type left in, one or
    two real rows per type, `TBC` due dates and `TBA` owners."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Betio Water Tower - RAID Log"
    _put(ws, 3, 1, [["Type", "Description", "Owner", "Raised", "Due date", "Status"]])
    row = 4
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    title = {"assumptions": "assumption"}
    for kind, texts in TOWER_ROWS.items():
        _put(ws, row, 1, [[kind, f"Example: {'an' if kind[0] in 'AI' else 'a'} {kind.lower()} described in one line",
                           "Name", None, None, "Open"]])  # fmt: skip
        row += 1
        reg = TOWER_REG[kind]
        for text in texts[: rng.randint(1, 2)]:
            i = counts.get(reg, 0)
            counts[reg] = i + 1
            who = rng.choice(TOWER_PEOPLE)
            raised = date(2026, 6, rng.randint(1, 28))
            due: object = rng.choice([raised + timedelta(days=rng.choice([14, 30])), "TBC"])
            st = rng.choice(["Open", "Open", "Closed"])
            _put(ws, row, 1, [[kind, text, who, raised, due, st]])
            for c in (4, 5):
                ws.cell(row, c).number_format = "dd/mm/yyyy"
            row += 1
            values += [
                ValueFact(reg, i, title.get(reg, "title"), text),
                ValueFact(reg, i, "status", st),
            ]
            if who != "TBA":
                values.append(ValueFact(reg, i, "owner", who))
            if reg != "dependencies":
                values.append(ValueFact(reg, i, "raised_date", raised))
            key = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
            if isinstance(due, date) and reg in key:
                values.append(ValueFact(reg, i, key[reg], due))
    targets: Targets = _cols("A", ["register", ("title", "assumption"), "owner"])
    targets |= _cols("D", [("raised_date", None)])
    targets |= {"E": ("due_date", "validate_by", "need_by", "committed_date", None)}
    targets |= {"F": "status"}
    path = _save(wb, folder, "ki_water_tower_raid_template")
    return Built(path, [TruthTable("RAID Log", 3, "raid", targets, counts)], values)


BOWLING_DECISIONS = [
    ("Lanes bought refurbished from Lisbon", "Half the cost of new"),
    ("Opening moved to after the Gamboa festival", "n/a"),
    ("Bar run by the alley, not a tenant", "Margin"),
    ("Pinsetters serviced by a Dakar engineer", "No local technician"),
]


def cv_bowling_alley_decisions(folder: Path, rng: random.Random) -> Built:
    """A Cabo Verde bowling alley's decision log: two or three decisions, `DEC-01` ids,
    `dd/mm/yyyy` text dates, a `TBD` decider, an `n/a` rationale."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Praia Bowling Centre - Decision Log"
    _put(ws, 3, 1, [["Ref", "Date", "Decision", "Rationale", "Decided by"]])
    n = rng.randint(2, 3)
    when = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(BOWLING_DECISIONS, n)):
        who = rng.choice(["Owner's board", "Project Sponsor", "TBD"])
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", _dmy(when[i]), text, why, who]])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),  # audit, round 31
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
        ]
        if why != "n/a":
            values.append(ValueFact("decisions", i, "rationale", why))
        if who != "TBD":
            values.append(ValueFact("decisions", i, "made_by", who))
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "cv_bowling_alley_decisions")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


KART_DEPS = [
    ("Track surface asphalt from the Ashgabat plant", "City roads department"),
    ("Electricity connection for the pit building", "Turkmenenergo"),
    ("Karts cleared through customs at Turkmenbashi port", "Freight forwarder"),
    ("Fire service approval of the fuel store", "Fire service"),
]


def tm_go_kart_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Turkmen go-kart track's dependency register: `Needed by` cells or `TBC` / `?`,
    a `-` status, an empty `Committed date` column, a trailing `TBD` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    head = ["Dependency", "Provider", "Owner", "Needed by", "Committed date", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(2, 4)
    values: list[ValueFact] = []
    for i, (text, prov) in enumerate(rng.sample(KART_DEPS, n)):
        need: object = rng.choice([date(2026, rng.randint(7, 11), rng.randint(1, 28)), "TBC", "?"])
        st = rng.choice(["On Track", "At Risk", "-"])
        who = rng.choice(["Merdan Atayev", "Aylar Nurova", None])
        _put(ws, 2 + i, 1, [[text, prov, who, need, None, st]])
        ws.cell(2 + i, 4).number_format = "dd.mm.yyyy"
        values.append(ValueFact("dependencies", i, "title", text))
        if who:
            values.append(ValueFact("dependencies", i, "owner", who))
        if isinstance(need, date):
            values.append(ValueFact("dependencies", i, "need_by", need))
        if st != "-":
            values.append(ValueFact("dependencies", i, "status", st))
    ws.cell(2 + n, 1, "TBD")
    targets: Targets = _cols(
        "A", ["title", ("counterparty_project_id", "counterparty_owner", None)]
    )
    targets |= _cols("C", ["owner", "need_by", "committed_date", "status"])
    path = _save(wb, folder, "tm_go_kart_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


TRAMPOLINE_ASSUMPTIONS = [
    "Insurers accept the foam pit design without extra premium",
    "Cruise ship visitors book in groups of ten",
    "The warehouse lease is renewed for five years",
    "Staff can be trained locally in two weeks",
    "Import duty on the trampolines is waived",
]


def aw_trampoline_park_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Aruba trampoline park's assumptions log: `Validate by` cells or `Q3`, blank
    owners and statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Oranjestad Trampoline Park - Assumptions"
    _put(ws, 2, 1, [["No.", "Assumption", "Owner", "Validate by", "Status"]])
    n = rng.randint(3, 4)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(TRAMPOLINE_ASSUMPTIONS, n)):
        by: object = rng.choice([date(2026, rng.randint(6, 10), rng.randint(1, 28)), "Q3"])
        who = rng.choice(["Ricardo Croes", "Daniela Tromp", None])
        st = rng.choice(["Open", "Validated", None])
        _put(ws, 3 + i, 1, [[i + 1, text, who, by, st]])
        ws.cell(3 + i, 4).number_format = "dd-mm-yyyy"
        values.append(ValueFact("assumptions", i, "assumption", text))
        if who:
            values.append(ValueFact("assumptions", i, "owner", who))
        if isinstance(by, date):
            values.append(ValueFact("assumptions", i, "validate_by", by))
        if st:
            values.append(ValueFact("assumptions", i, "status", st))
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "validate_by"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "aw_trampoline_park_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 2, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

RANGE_LINES = ["Netting & poles", "Ball dispenser", "Mats & bays", "Floodlights", "Groundworks"]


def cw_driving_range_budget_only(folder: Path, rng: random.Random) -> Built:
    """A Curacao driving range's tracker: per cost line a `Budget` row filled and empty
    `Actual` / `Forecast` rows, months across as `mmm-yy` date cells, `(ANG)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Willemstad Driving Range - Cost Tracker (ANG)"
    months = _months(date(2026, rng.choice([5, 6, 7]), 1), 6)
    _put(ws, 3, 1, [["Cost line", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(RANGE_LINES, rng.randint(2, 4))
    values: list[ValueFact] = []  # ANG is not on the standard's list: no currency fact
    row = 4
    for line in lines:
        amounts = [float(rng.randrange(2, 60) * 500) for _ in months]
        _put(ws, row, 1, [[line, "Budget", *amounts], [None, "Actual"], [None, "Forecast"]])
        row += 3
        for m, a in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (m, line), "budget", a))
    table = TruthTable("Tracker", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    path = _save(wb, folder, "cw_driving_range_budget_only")
    return Built(path, [table], values)


CAVE_LINES = ["Cave shoring", "Humidity control", "Shelving", "Milk tanks", "Labels"]


def nu_cheese_cave_spend_down(folder: Path, rng: random.Random) -> Built:
    """A Niue cheese cave's spend log: months down as `mmm yyyy` text, cost lines across,
    actuals for the first months, `-` cells, blank months after; `NZD` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Alofi Cheese Cave - Actual spend (NZD)"
    lines = rng.sample(CAVE_LINES, 3)
    _put(ws, 3, 1, [["Month", *lines]])
    months = _months(date(2026, 3, 1), 8)
    done = rng.randint(1, 3)
    values: list[ValueFact] = []  # NZD is not on the standard's list: no currency fact
    count = 0
    for r, m in enumerate(months):
        cells: list[object] = [f"{m:%b %Y}"]
        for line in lines:
            if r >= done:
                cells.append(None)
            elif rng.random() < 0.3:
                cells.append("-")
            else:
                a = round(rng.randrange(1, 80) * 125.0, 2)
                cells.append(a)
                values.append(ValueFact("finance", (m, line), "actual", a))
                count += 1
        _put(ws, 4 + r, 1, [cells])
    path = _save(wb, folder, "nu_cheese_cave_spend_down")
    table = TruthTable("Spend", 3, "finance", {"A": "month"}, {"finance": count})
    return Built(path, [table], values)


LOFT_LINES = ["Loft timber", "Wire mesh", "Vet & vaccines", "Transport"]


def mh_pigeon_loft_line_measures(folder: Path, rng: random.Random) -> Built:
    """A Marshall Islands pigeon loft's tracker: rows per cost line and `Measure` (Budget
    / Actual), `Jan-26` text months across, one month of actuals, a `TBC` budget cell."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Majuro Racing Pigeon Loft - Costs"
    ws["A2"] = "Note: amounts in USD"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 4, 1, [["Cost line", "Measure", *[f"{m:%b}-{m:%y}" for m in months]]])
    lines = rng.sample(LOFT_LINES, 3)
    tbc = (rng.randrange(3), rng.randrange(1, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for k, line in enumerate(lines):
        bud: list[object] = []
        for j, m in enumerate(months):
            if (k, j) == tbc:
                bud.append("TBC")
                continue
            a = float(rng.randrange(1, 30) * 100)
            bud.append(a)
            values.append(ValueFact("finance", (m, line), "budget", a))
        act = float(rng.randrange(1, 30) * 100)
        values.append(ValueFact("finance", (months[0], line), "actual", act))
        _put(ws, 5 + 2 * k, 1, [[line, "Budget", *bud], [line, "Actual", act]])
    counts = {"finance": 6 * len(lines) - 1}  # the TBC cell's month has no actual
    table = TruthTable("Costs", 4, "finance", {"A": "cost_line", "B": "measure"}, counts)
    path = _save(wb, folder, "mh_pigeon_loft_line_measures")
    return Built(path, [table], values)


WALL_PEOPLE = [("Joachim Mori", "Project Manager"), ("TBA", "Route Setter")]
WALL_PEOPLE += [("Vacancy 1", "Carpenter"), ("Sihna Ehsa", "Safety Officer")]


def fm_climbing_wall_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Micronesian climbing wall's resource plan in days: `Resource`, `Role`, `Jul 2026`
    text months across, `TBA` and `Vacancy 1` names."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resources")
    ws["A1"] = "Kolonia Community Climbing Wall - Resource Plan (days)"
    months = _months(date(2026, 7, 1), 5)
    _put(ws, 3, 1, [["Resource", "Role", *[f"{m:%b %Y}" for m in months]]])
    count = 0
    for r, (name, role) in enumerate(rng.sample(WALL_PEOPLE, rng.randint(3, 4))):
        days = [rng.choice([None, None, 2, 5, 10]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, role, *days]])
    table = TruthTable("Resources", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    path = _save(wb, folder, "fm_climbing_wall_resource_plan")
    return Built(path, [table], [])


KENNEL_MILESTONES = [
    "Site cleared and fenced",
    "Kennel blocks roofed",
    "Veterinary room fitted",
    "First dogs rehomed",
    "Opening day",
]


def st_dog_kennel_milestones(folder: Path, rng: random.Random) -> Built:
    """A Sao Tome dog kennel's milestone plan: `Target date` cells or `TBC` / `Q3` /
    `Q4 2026`, `Actual date`, `Status`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Sao Tome Animal Shelter - Milestones"
    _put(ws, 3, 1, [["Milestone", "Owner", "Target date", "Actual date", "Status"]])
    n = rng.randint(4, 5)
    values: list[ValueFact] = []
    for i, name in enumerate(KENNEL_MILESTONES[:n]):
        who = rng.choice(["Ana Neto", "Joao Costa", None])
        if i == 0:
            target: object = date(2026, 5, rng.randint(4, 28))
            actual: date | None = target + timedelta(days=rng.randint(0, 6))  # type: ignore[operator]
            st = "Complete"
        else:
            target = rng.choice([date(2026, 6 + i, rng.randint(1, 28)), "TBC", "Q3", "Q4 2026"])
            actual, st = None, rng.choice(["Not Started", "In Progress", ""])
        _put(ws, 4 + i, 1, [[name, who, target, actual, st or None]])
        for c in (3, 4):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values.append(ValueFact("milestones", i, "milestone", name))
        if who:
            values.append(ValueFact("milestones", i, "owner", who))
        if isinstance(target, date):
            values.append(ValueFact("milestones", i, "baseline_date", target))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if st:
            values.append(ValueFact("milestones", i, "status", st))
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "actual_date", "status"])
    path = _save(wb, folder, "st_dog_kennel_milestones")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


TOWER_MILESTONES = ["Design signed off", "Tower steel delivered", "Tower erected", "Opened"]


def nr_abseil_tower_status_report(folder: Path, rng: random.Random) -> Built:
    """A Nauru abseil tower's half-filled status report: a blank `Sponsor`, a `TBC` budget
    RAG, a `Milestones` table with blank or `TBC` forecasts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    project, pm = "Nauru Rescue Training Abseil Tower", "Kieren Dowiyogo"
    report = date(2026, 6, rng.choice([5, 12, 19, 26]))
    ws["A1"] = "Weekly Status Report"
    rows: list[list[object]] = [["Project name", project], ["Sponsor"], ["Project manager", pm]]
    rows += [["Report date", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "dd/mm/yyyy"
    o, s = rng.choice(["Green", "Amber"]), rng.choice(["Green", "Amber", "Red"])
    _put(ws, 8, 1, [["Overall RAG", o], ["Schedule RAG", s], ["Budget RAG", "TBC"]])
    summary = rng.choice(["Design with the engineer; steel quotes awaited.", "Mobilising."])
    _put(ws, 12, 1, [["Summary", summary]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", o),
        ValueFact("project", 0, "schedule_rag", s),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A14"] = "Milestones"
    _put(ws, 15, 1, [["Milestone", "Planned", "Forecast", "Status"]])
    n = rng.randint(3, 4)
    for i, name in enumerate(TOWER_MILESTONES[:n]):
        planned = date(2026, 5 + 2 * i, rng.randint(1, 28))
        fc: object = rng.choice([None, "TBC", planned + timedelta(days=14)])
        st = "Done" if planned < report else rng.choice(["On track", "Not started"])
        _put(ws, 16 + i, 1, [[name, planned, fc, st]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", planned),
        ]
        if isinstance(fc, date):
            values.append(ValueFact("milestones", i, "forecast_date", fc))
        mapped = {"Done": "Complete", "Not started": "Not Started"}.get(st)
        if mapped:
            values.append(ValueFact("milestones", i, "status", mapped))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "nr_abseil_tower_status_report")
    return Built(path, [_one("milestones", "Status Report", 15, targets, n)], values)


def _lay(fn, source: str) -> Layout:  # type: ignore[no-untyped-def]
    return Layout(fn.__name__, source, fn)


HELD_OUT_55: tuple[Layout, ...] = (
    _lay(me_archery_range_risk_template, "Montenegrin risk template, e.g. and prompt rows"),
    _lay(pw_ice_plant_issue_log_one_item, "Palau issue log with one issue and numbered rows"),
    _lay(ki_water_tower_raid_template, "Kiribati RAID template, Example: rows, TBC, TBA"),
    _lay(cv_bowling_alley_decisions, "Cabo Verde decision log, TBD decider, n/a rationale"),
    _lay(tm_go_kart_dependencies, "Turkmen dependencies, TBC / ? dates, empty Committed"),
    _lay(aw_trampoline_park_assumptions, "Aruba assumptions log, Q3 validate-by, blanks"),
    _lay(cw_driving_range_budget_only, "Curacao tracker, budget rows only (ANG)"),
    _lay(nu_cheese_cave_spend_down, "Niue spend log, months down, dashes, NZD"),
    _lay(mh_pigeon_loft_line_measures, "Marshall Islands line x measure tracker, TBC cell"),
    _lay(fm_climbing_wall_resource_plan, "Micronesian resource plan, TBA and Vacancy 1"),
    _lay(st_dog_kennel_milestones, "Sao Tome milestones, TBC / Q3 target dates"),
    _lay(nr_abseil_tower_status_report, "Nauru half-filled status report, milestones"),
)
