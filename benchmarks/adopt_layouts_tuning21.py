"""The twenty-first tuning batch (``TUNING_21``, round 31): twelve seeded legacy layouts with
ground truth, written by an engineer who does not tune adoption and who read neither the
adoption code (``addin/adopt/``) nor any batch's misses or scores. Its kind is SPARSE AND
EARLY-LIFE workbooks: projects in their first weeks, or PMs who fill templates reluctantly,
so half-filled registers and trackers with a template's example or placeholder rows left
in, blank cells and empty columns, dates not yet known (`TBC`, `TBD`, `Q3`), unnamed
resources, a finance tracker barely started, a partly filled status report, template
instruction and list sheets. Sectors and countries no earlier batch's docstring names (a
Montenegrin ropeway, a Seychelles desalination plant, a Greenland heliport, a Tongan copra
dryer, a Surinamese ferry pontoon, a Brunei water taxi jetty, a Moldovan sunflower press, a
Beninese cotton gin, a Cape Verdean grogue distillery, a Lesotho mohair shed, a Gambian
groundnut store, a Bahraini date palm nursery).

Registers:

- ``me_ropeway_risk_register``: a Montenegrin ropeway's risk register template: title and
  `Project` / `PM` lines, the header on row 5, an italic example row (`e.g.` in `Risk
  Description`, `R-000`), then the real risks `R-001`.., then template rows whose `ID` is
  pre-filled `R-0nn` and nothing else; `Likelihood` / `Impact` 1-5 left blank on some,
  `Owner` `TBC` on some, `Date Raised` date cells, `Status` Open / blank.
- ``sc_desalination_issue_log``: a Seychelles desalination plant's issue log with the
  template's `Instructions` sheet first and a `Lists` sheet (drop-down values) last: `Issue
  ID` I-001.., `Issue`, `Raised`, `Owner` (blank on some), `Priority` (blank on some),
  `Due` a date cell or `TBD`, `Status` Open / In Progress.
- ``gl_heliport_raid_workbook``: a Greenland heliport's RAID workbook with one sheet per
  register: `Risks` (two to four), `Assumptions` (one to three), `Issues` (header only),
  `Dependencies` (only the template's `Example:` row); each sheet's header on row 3 under
  the sheet's title.
- ``to_copra_dryer_decision_log``: a Tongan copra dryer's decision log: `Ref` DEC-01..,
  `Date` a date cell or blank, `Decision`, `Rationale` (blank on some), `Decided by`, an
  `<insert decision>` placeholder row after the real ones.
- ``sr_ferry_pontoon_dependencies``: a Surinamese ferry pontoon's dependency log: `No.`
  1.., `Dependency`, `In / Out` (blank on some), `From / to`, `Need by` a date cell, `Q3` or
  blank, `Status` blank or Open / At Risk, `Comments`.
- ``bn_water_taxi_raid_table``: a Brunei water taxi jetty's mixed RAID table on one sheet:
  `Type` Risk / Assumption / Issue words, `Description`, `Owner`, `Raised` date cells,
  `Status`; blank rows between items and a last template row `Type` filled, nothing else.

Trackers:

- ``md_sunflower_press_budget``: a Moldovan sunflower press's budget: cost lines down,
  month date cells shown `mmm-yy` across (Jan-26 .. Dec-26), amounts for the first months
  only on some lines, template lines `Other (specify)` with no amounts, `Amounts in lei`.
- ``bj_cotton_gin_monthly_long``: a Beninese cotton gin's long tracker: `Month` date cells
  shown `mmm-yy`, `Cost category`, `Budget`, `Actual`, `Forecast` (actuals for past months
  only, forecasts on few rows), an `Example - Travel` row at the top, `FCFA` in the title.
- ``cv_grogue_distillery_measures``: a Cape Verdean grogue distillery's tracker: `Line`,
  `Type` Budget / Actual, months across as text `Jan 2026`.., actual rows filled for one or
  two months, `Values in EUR`.
- ``ls_mohair_shed_resource_plan``: a Lesotho mohair shed's resource plan in days: named
  people with days per month, unnamed `TBC - Shearer` / `Vacancy` rows with a role and no
  days yet; month date cells across.
- ``gm_groundnut_store_milestones``: a Gambian groundnut store's milestone plan: `Baseline`
  a date cell or `TBC`, `Forecast` blank on most, `Status` blank or Not Started / Complete,
  placeholder rows `Milestone 5`.. with no dates.
- ``bh_date_palm_status_report``: a Bahraini date palm nursery's status report partly
  filled: label / value rows (`Project`, `Sponsor` blank, `PM`, `Week ending` a date cell),
  `Overall` RAG filled, `Schedule` blank, `Cost` `TBC`, a milestones table with two or three
  real rows and `[Milestone]` placeholder rows.

Truth a person could read two ways has no fact (least sure first):

- the heliport's empty `Issues` sheet and example-only `Dependencies` sheet: no items
  (counts 0); the `Example:` row is no dependency;
- the ropeway's pre-filled `R-0nn` rows with nothing else: no risks; the `e.g.` row
  (`R-000`) no risk; a blank `Likelihood` / `Impact`: no fact; `TBC` owner: no owner fact;
  a blank `Status`: no status fact;
- the ferry pontoon's `Q3` need-by (a quarter, no day): no fact; a blank `In / Out`: no
  direction fact; `No.` 1, 2, 3: no id fact; `From / to` (a counterparty's name or
  project?): no fact; `Comments`: left out;
- the mohair shed's unnamed rows have no days, so no item; `Total`: no month;
- the date palm report's blank `Sponsor` and `Schedule`: no fact; `Cost` `TBC`: no cost
  RAG fact; `[Milestone]` rows: no milestones; `On track` status: no fact (In Progress or
  Not Started?);
- the groundnut store's `TBC` baseline: no baseline fact; `Milestone 5`.. rows: no items;
  a blank status: no fact;
- the desalination log's `TBD` due: no fact; blank owner / priority: no fact; the
  `Lists` and `Instructions` sheets hold no items;
- the water taxi table's blank rows and its last type-only row: no items; no id column;
- the heliport's per-sheet `R1` / `A1` refs are R-001 / A-001 (earlier audits' reading of
  per-type refs); `Probability` H / M / L (a word, not the 1-5 scale): no fact;
- the copra log's blank `Date` / `Rationale`: no fact; the `<insert decision>` row: no
  decision; `DEC-01` is DC-001;
- the sunflower budget's `Other (specify)` lines: no lines; blank months: no zero;
  `lei` (MDL, not on the standard's list): no currency fact;
- the cotton gin's `Example - Travel` row: no line; blank actual / forecast: no fact;
  `FCFA` (XOF, not on the list): no currency fact;
- the grogue tracker's blank actual months: no fact; `Values in EUR` is EUR.

Readings used: date cells are what they hold; `TBC` / `TBD` / blank is no date; ids in
the standard's shape are kept. It was written and checked for internal consistency only
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
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

ROPEWAY_RISKS = [
    ("Bora winds stop cabin installation", "Technical"),
    ("Lovcen National Park permit delayed", "Legal"),
    ("Tower foundation rock weaker than surveyed", "Technical"),
    ("Cabin supplier's lead time slips", "Third Party"),
    ("EBRD loan drawdown conditions not met", "Financial"),
]
ROPEWAY_OWNERS = ["Milos Vukovic", "Jelena Radonjic", "Nikola Perovic"]


def me_ropeway_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Montenegrin ropeway's risk register template, an example row, a few real risks,
    then template rows with only their ids."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "RISK REGISTER"
    ws["A2"] = "Project: Kotor - Lovcen Ropeway, Upper Station"
    ws["A3"] = "PM: Jelena Radonjic"
    head = ["ID", "Date Raised", "Risk Description", "Category", "Likelihood", "Impact"]
    head += ["Owner", "Mitigation", "Status"]
    _put(ws, 5, 1, [head])
    example = ["R-000", None, "e.g. Key supplier goes out of business", "Third Party", 2, 4]
    example += ["Name", "e.g. Identify a second supplier", "Open"]
    _put(ws, 6, 1, [example])
    for c in range(1, 10):
        ws.cell(6, c).font = Font(italic=True, color="808080")
    n = rng.randint(2, 4)
    made = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(ROPEWAY_RISKS, n)):
        p = rng.choice([None, 2, 3, 4])
        c = rng.choice([None, 3, 4, 5])
        who = rng.choice([*ROPEWAY_OWNERS, "TBC"])
        st = rng.choice(["Open", "Open", None])
        plan = rng.choice(["Wind window in the schedule", None])
        _put(ws, 7 + i, 1, [[f"R-{i + 1:03d}", made[i], text, cat, p, c, who, plan, st]])
        ws.cell(7 + i, 2).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
        ]
        if p:
            values.append(ValueFact("risks", i, "probability", float(p)))
        if c:
            values.append(ValueFact("risks", i, "impact", float(c)))
        if who != "TBC":
            values.append(ValueFact("risks", i, "owner", who))
        if plan:
            values.append(ValueFact("risks", i, "response", plan))
        if st:
            values.append(ValueFact("risks", i, "status", st))
    for k in range(n, n + rng.randint(5, 10)):
        ws.cell(7 + k, 1, f"R-{k + 1:03d}")
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category", "probability"])
    targets |= _cols("F", ["impact", "owner", "response", "status"])
    path = _save(wb, folder, "me_ropeway_risk_register")
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


DESAL_ISSUES = [
    "Membrane delivery held at Port Victoria customs",
    "PUC has not confirmed the grid connection point",
    "Intake pipe route crosses a marine park buffer",
    "Site office container not yet on site",
    "Chemical store design missing from the tender pack",
]
DESAL_PEOPLE = ["Marie-Claire Hoareau", "Jean-Paul Labiche", "Sandra Payet"]


def sc_desalination_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Seychelles desalination plant's issue log between the template's `Instructions`
    and `Lists` sheets: blank owners and priorities, a `TBD` due date."""
    wb = openpyxl.Workbook()
    ins = _sheet(wb, "Instructions")
    _put(ins, 1, 1, [["How to use this log"], ["1. Add one issue per row."]])
    _put(ins, 3, 1, [["2. Choose Priority and Status from the drop-downs."]])
    _put(ins, 4, 1, [["3. Review weekly at the project meeting."]])
    ws = wb.create_sheet("Issue Log")
    ws["A1"] = "La Digue Desalination Plant Extension - Issue Log"
    head = ["Issue ID", "Issue", "Raised", "Owner", "Priority", "Due", "Status", "Notes"]
    _put(ws, 3, 1, [head])
    n = rng.randint(2, 4)
    raised = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(DESAL_ISSUES, n)):
        who = rng.choice([*DESAL_PEOPLE, None])
        pr = rng.choice(["High", "Medium", None])
        due: date | str = rng.choice(["TBD", raised[i] + timedelta(days=rng.choice([10, 21]))])
        st = rng.choice(["Open", "Open", "In Progress"])
        _put(ws, 4 + i, 1, [[f"I-{i + 1:03d}", text, raised[i], who, pr, due, st]])
        for c in (3, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "status", st),
        ]
        if who:
            values.append(ValueFact("issues", i, "owner", who))
        if pr:
            values.append(ValueFact("issues", i, "priority", pr))
        if isinstance(due, date):
            values.append(ValueFact("issues", i, "due_date", due))
    lists = wb.create_sheet("Lists")
    _put(lists, 1, 1, [["Priority", "Status"], ["Critical", "Open"], ["High", "In Progress"]])
    _put(lists, 4, 1, [["Medium", "Resolved"], ["Low", "Closed"]])
    targets: Targets = _cols("A", ["id", "title", "raised_date", "owner", "priority"])
    targets |= _cols("F", ["due_date", "status", None])
    path = _save(wb, folder, "sc_desalination_issue_log")
    return Built(path, [_one("issues", "Issue Log", 3, targets, n)], values)


HELI_RISKS = [
    "Sea ice delays the barge with the steel deck",
    "Fog days exceed the design assumption",
    "Permafrost thaw under the apron",
    "Air Greenland changes the helicopter type",
]
HELI_ASSUMPTIONS = [
    "Naalakkersuisut grant covers the lighting",
    "Local crew available in August",
    "Fuel tank can reuse the old bund",
]
HELI_PEOPLE = ["Aputsiaq Kleist", "Nivi Olsen", "Lars Jensen"]


def gl_heliport_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """A Greenland heliport's RAID workbook, one sheet per register, two of them still
    empty (header only, or only the template's example row)."""
    wb = openpyxl.Workbook()
    values: list[ValueFact] = []
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Qaanaaq Heliport Upgrade - Risks"
    _put(ws, 3, 1, [["Ref", "Risk", "Owner", "Probability", "Impact", "Action", "Status"]])
    nr = rng.randint(2, 4)
    for i, text in enumerate(rng.sample(HELI_RISKS, nr)):
        who, p, c = rng.choice(HELI_PEOPLE), rng.choice(["H", "M", "L"]), rng.randint(1, 5)
        _put(ws, 4 + i, 1, [[f"R{i + 1}", text, who, p, c, None, "Open"]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "status", "Open"),
        ]
    risk_t: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    risk_t |= _cols("F", ["response", "status"])
    wa = wb.create_sheet("Assumptions")
    wa["A1"] = "Qaanaaq Heliport Upgrade - Assumptions"
    _put(wa, 3, 1, [["Ref", "Assumption", "Owner", "Validate by", "Status"]])
    na = rng.randint(1, 3)
    checks = _days(rng, na, date(2026, 5, 4))
    for i, text in enumerate(HELI_ASSUMPTIONS[:na]):
        who = rng.choice(HELI_PEOPLE)
        when = checks[i] if rng.random() < 0.6 else None
        _put(wa, 4 + i, 1, [[f"A{i + 1}", text, who, when, "Open"]])
        wa.cell(4 + i, 4).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "status", "Open"),
        ]
        if when:
            values.append(ValueFact("assumptions", i, "validate_by", when))
    ass_t: Targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    wi = wb.create_sheet("Issues")
    wi["A1"] = "Qaanaaq Heliport Upgrade - Issues"
    _put(wi, 3, 1, [["Ref", "Issue", "Owner", "Raised", "Due", "Status"]])
    iss_t: Targets = _cols("A", [("id", None), "title", "owner", "raised_date", "due_date"])
    iss_t |= {"F": "status"}
    wd = wb.create_sheet("Dependencies")
    wd["A1"] = "Qaanaaq Heliport Upgrade - Dependencies"
    _put(wd, 3, 1, [["Ref", "Dependency", "Owner", "Needed by", "Status"]])
    _put(wd, 4, 1, [["Example:", "Power from Nukissiorfiit to the lights", "Name", None, "Open"]])
    dep_t: Targets = _cols("A", [("id", None), "title", "owner", "need_by", "status"])
    path = _save(wb, folder, "gl_heliport_raid_workbook")
    tables = [
        _one("risks", "Risks", 3, risk_t, nr),
        _one("assumptions", "Assumptions", 3, ass_t, na),
        _one("issues", "Issues", 3, iss_t, 0),
        _one("dependencies", "Dependencies", 3, dep_t, 0),
    ]
    return Built(path, tables, values)


COPRA_DECISIONS = [
    ("Dryer sited at Neiafu wharf", "Shortest haul from the outer islands"),
    ("Coconut husk used as the dryer fuel", "Free and on site"),
    ("Buy copra by weight at the gate", "Growers asked for cash on delivery"),
    ("Solar fans instead of diesel fans", "Fuel shipped from Nuku'alofa is dear"),
]
COPRA_BY = ["Steering group", "Sione Taufa", "Project board"]


def to_copra_dryer_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Tongan copra dryer's decision log: `DEC-01` refs, blank dates and rationales on
    some, an `<insert decision>` placeholder row after the real ones."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Vava'u Copra Dryer Project - Decision Log"
    _put(ws, 3, 1, [["Ref", "Date", "Decision", "Rationale", "Decided by"]])
    n = rng.randint(2, 4)
    when = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(COPRA_DECISIONS, n)):
        day = when[i] if rng.random() < 0.7 else None
        why_cell = why if rng.random() < 0.6 else None
        who = rng.choice(COPRA_BY)
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", day, text, why_cell, who]])
        ws.cell(4 + i, 2).number_format = "d-mmm-yy"
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
        if day:
            values.append(ValueFact("decisions", i, "date", day))
        if why_cell:
            values.append(ValueFact("decisions", i, "rationale", why_cell))
    _put(ws, 4 + n, 1, [[f"DEC-{n + 1:02d}", None, "<insert decision>", "<why>", "<who>"]])
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "to_copra_dryer_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, n)], values)


PONTOON_DEPS = [
    ("Dredging of the berth by MAS", "Maritime Authority Suriname"),
    ("Steel pontoon fabricated in Paramaribo", "Fabricator"),
    ("Road access from the East-West link", "Ministry of Public Works"),
    ("Tariff approval for the ferry service", "Ministry of Transport"),
    ("Shore power from EBS", "EBS"),
]
PONTOON_WAY = {"In": "Inbound", "Out": "Outbound", None: None}


def sr_ferry_pontoon_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Surinamese ferry pontoon's dependency log: `No.` 1.., a blank `In / Out` on
    some, `Need by` a date cell, `Q3` or blank, a blank status on some."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Albina Ferry Pontoon - Dependencies"
    head = ["No.", "Dependency", "In / Out", "From / to", "Need by", "Status", "Comments"]
    _put(ws, 2, 1, [head])
    n = rng.randint(2, 4)
    need = _days(rng, n, date(2026, 4, 6))
    values: list[ValueFact] = []
    for i, (text, other) in enumerate(rng.sample(PONTOON_DEPS, n)):
        way = rng.choice(["In", "In", "Out", None])
        by: date | str | None = rng.choice([need[i], need[i], "Q3", None])
        st = rng.choice(["Open", "At Risk", None])
        _put(ws, 3 + i, 1, [[i + 1, text, way, other, by, st, None]])
        ws.cell(3 + i, 5).number_format = "dd-mm-yyyy"
        values.append(ValueFact("dependencies", i, "title", text))
        if PONTOON_WAY[way]:
            values.append(ValueFact("dependencies", i, "direction", PONTOON_WAY[way]))
        if isinstance(by, date):
            values.append(ValueFact("dependencies", i, "need_by", by))
        if st:
            values.append(ValueFact("dependencies", i, "status", st))
    targets: Targets = _cols("A", [("id", None), "title", "direction", None, "need_by"])
    targets |= _cols("F", ["status", None])
    path = _save(wb, folder, "sr_ferry_pontoon_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 2, targets, n)], values)


JETTY_ROWS = [
    ("Risk", "Tidal range limits piling to neap tides"),
    ("Risk", "Kampong Ayer residents object to the night works"),
    ("Assumption", "Marine Department approves the layout as drawn"),
    ("Issue", "Timber piles rejected for rot on delivery"),
    ("Issue", "Boat operators not consulted on the landing steps"),
]
JETTY_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
JETTY_PEOPLE = ["Hajah Noraini", "Awang Rahman", "Siti Zuraidah"]


def bn_water_taxi_raid_table(folder: Path, rng: random.Random) -> Built:
    """A Brunei water taxi jetty's mixed RAID table: `Type` words, blank rows between
    items, a last template row with only its type."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Kampong Ayer Water Taxi Jetty - RAID"
    _put(ws, 2, 1, [["Type", "Description", "Owner", "Raised", "Status"]])
    rows = [r for k, r in enumerate(JETTY_ROWS) if k in (0, 2) or rng.random() < 0.6]
    raised = _days(rng, len(rows), date(2026, 2, 9))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    row = 3
    for k, (kind, text) in enumerate(rows):
        reg = JETTY_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who = rng.choice(JETTY_PEOPLE)
        _put(ws, row, 1, [[kind, text, who, raised[k], "Open"]])
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "raised_date", raised[k]),
            ValueFact(reg, i, "status", "Open"),
        ]
        row += 2 if rng.random() < 0.4 else 1
    ws.cell(row + 1, 1, "Risk")
    targets: Targets = _cols("A", ["register", ("title", "assumption"), "owner"])
    targets |= _cols("D", ["raised_date", "status"])
    path = _save(wb, folder, "bn_water_taxi_raid_table")
    return Built(path, [TruthTable("RAID", 2, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SUNFLOWER_LINES = ["Press building", "Screw presses", "Seed silo", "Filter line", "Training"]


def md_sunflower_press_budget(folder: Path, rng: random.Random) -> Built:
    """A Moldovan sunflower press's budget barely started: month date cells across, the
    first months filled on some lines, `Other (specify)` template lines, `lei`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Balti Sunflower Oil Press - Budget 2026 (Amounts in lei)"
    months = _months(date(2026, 1, 1), 12)
    _put(ws, 3, 1, [["Cost line", *months, "Total"]])
    for c in range(2, 14):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(SUNFLOWER_LINES, rng.randint(2, 4))
    values: list[ValueFact] = []
    count = 0
    for r, line in enumerate(lines):
        filled = rng.randint(1, 4)
        amounts: list[float | None] = [None] * 12
        for m in range(filled):
            amounts[m] = float(rng.randrange(10, 300) * 1000)
            values.append(ValueFact("finance", (months[m], line), "budget", amounts[m]))
        count += filled
        _put(ws, 4 + r, 1, [[line, *amounts, sum(a for a in amounts if a)]])
        for c in range(2, 15):
            ws.cell(4 + r, c).number_format = "#,##0"
    for k in range(2):
        ws.cell(4 + len(lines) + k, 1, "Other (specify)")
    path = _save(wb, folder, "md_sunflower_press_budget")
    table = TruthTable("Budget", 3, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


GIN_LINES = ["Gin stands", "Bale press", "Civil works", "Wages", "Electricity"]


def bj_cotton_gin_monthly_long(folder: Path, rng: random.Random) -> Built:
    """A Beninese cotton gin's long tracker: `Month`, `Cost category`, `Budget`, `Actual`,
    `Forecast`, an `Example - Travel` row on top, `FCFA` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Parakou Cotton Gin Rehabilitation - Cost tracker (FCFA)"
    _put(ws, 3, 1, [["Month", "Cost category", "Budget", "Actual", "Forecast"]])
    _put(ws, 4, 1, [[None, "Example - Travel", 500000, 450000, None]])
    months = _months(date(2026, 2, 1), rng.randint(2, 3))
    closed = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = []
    row = 5
    for m, month in enumerate(months):
        for line in rng.sample(GIN_LINES, rng.randint(1, 3)):
            bud = float(rng.randrange(2, 60) * 250000)
            act = float(round(bud * rng.uniform(0.7, 1.2), -3)) if m < closed else None
            fc = float(rng.randrange(2, 60) * 250000) if rng.random() < 0.3 else None
            _put(ws, row, 1, [[month, line, bud, act, fc]])
            ws.cell(row, 1).number_format = "mmm-yy"
            values.append(ValueFact("finance", (month, line), "budget", bud))
            if act is not None:
                values.append(ValueFact("finance", (month, line), "actual", act))
            if fc is not None:
                values.append(ValueFact("finance", (month, line), "forecast", fc))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast"])
    path = _save(wb, folder, "bj_cotton_gin_monthly_long")
    table = TruthTable("Tracker", 3, "finance", targets, {"finance": row - 5})
    return Built(path, [table], values)


GROGUE_LINES = ["Copper still", "Cane crusher", "Bottling", "Warehouse roof"]


def cv_grogue_distillery_measures(folder: Path, rng: random.Random) -> Built:
    """A Cape Verdean grogue distillery's tracker: `Line`, `Type` Budget / Actual, text
    months across, actuals for one or two months, `Values in EUR`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Santo Antao Grogue Distillery - Costs"
    ws["A2"] = "Values in EUR"
    months = _months(date(2026, 3, 1), 6)
    _put(ws, 4, 1, [["Line", "Type", *[f"{m:%b %Y}" for m in months]]])
    lines = rng.sample(GROGUE_LINES, rng.randint(2, 3))
    done = rng.randint(1, 2)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line in lines:
        bud = [float(rng.randrange(1, 40) * 500) for _ in months]
        act: list[float | None] = [float(rng.randrange(1, 40) * 500) for _ in range(done)]
        act += [None] * (len(months) - done)
        _put(ws, row, 1, [[line, "Budget", *bud], [line, "Actual", *act]])
        for month, b, a in zip(months, bud, act, strict=True):
            values.append(ValueFact("finance", (month, line), "budget", b))
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a))
        row += 2
    targets: Targets = {"A": "cost_line", "B": "measure"}
    path = _save(wb, folder, "cv_grogue_distillery_measures")
    table = TruthTable("Costs", 4, "finance", targets, {"finance": len(lines) * len(months)})
    return Built(path, [table], values)


MOHAIR_PEOPLE = [
    ("Thabo Mokoena", "Shed manager"),
    ("Palesa Nthako", "Wool classer"),
    ("Lerato Mohapi", "Extension officer"),
    ("Teboho Lebona", "Builder"),
]


def ls_mohair_shed_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Lesotho mohair shed's resource plan in days: named people with days, unnamed
    `TBC - Shearer` / `Vacancy` rows with a role and no days yet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resources")
    ws["A1"] = "Mokhotlong Mohair Shearing Shed - Resource plan (days)"
    months = _months(date(2026, 5, 1), 5)
    _put(ws, 3, 1, [["Name", "Role", *months, "Total"]])
    for c in range(3, 8):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    people = rng.sample(MOHAIR_PEOPLE, rng.randint(2, 3))
    for r, (name, role) in enumerate(people):
        days = [rng.choice([0, 3, 5, 10]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, role, *[d or None for d in days], sum(days)]])
    _put(ws, 4 + len(people), 1, [["TBC - Shearer", "Shearer"], ["Vacancy", "Bookkeeper"]])
    path = _save(wb, folder, "ls_mohair_shed_resource_plan")
    table = TruthTable("Resources", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


GROUNDNUT_MILESTONES = [
    "Land lease signed with the village",
    "Warehouse slab poured",
    "Fumigation bay certified",
    "First season's nuts received",
]


def gm_groundnut_store_milestones(folder: Path, rng: random.Random) -> Built:
    """A Gambian groundnut store's milestone plan: `TBC` baselines, blank forecasts and
    statuses, `Milestone 5`.. placeholder rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Farafenni Groundnut Store - Milestones"
    _put(ws, 3, 1, [["Milestone", "Baseline", "Forecast", "Status", "Owner"]])
    n = rng.randint(2, 4)
    base = _days(rng, n, date(2026, 3, 9))
    values: list[ValueFact] = []
    for i, name in enumerate(GROUNDNUT_MILESTONES[:n]):
        b: date | str = base[i] if i == 0 or rng.random() < 0.7 else "TBC"
        fc = base[i] + timedelta(days=14) if rng.random() < 0.3 else None
        st = rng.choice(["Not Started", None]) if i else rng.choice(["Complete", "Not Started"])
        who = rng.choice(["Lamin Ceesay", "Fatou Jallow", None])
        _put(ws, 4 + i, 1, [[name, b, fc, st, who]])
        for c in (2, 3):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values.append(ValueFact("milestones", i, "milestone", name))
        if isinstance(b, date):
            values.append(ValueFact("milestones", i, "baseline_date", b))
        if fc:
            values.append(ValueFact("milestones", i, "forecast_date", fc))
        if st:
            values.append(ValueFact("milestones", i, "status", st))
        if who:
            values.append(ValueFact("milestones", i, "owner", who))
    for k in range(n, 8):
        ws.cell(4 + k, 1, f"Milestone {k + 1}")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    targets |= {"E": "owner"}
    path = _save(wb, folder, "gm_groundnut_store_milestones")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


PALM_MILESTONES = ["Tissue culture lab fitted", "Greenhouse shading installed"]
PALM_MILESTONES += ["First 5,000 plantlets potted"]


def bh_date_palm_status_report(folder: Path, rng: random.Random) -> Built:
    """A Bahraini date palm nursery's status report partly filled: a blank `Sponsor` and
    `Schedule`, `Cost` `TBC`, `[Milestone]` placeholder rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Weekly Status Report"
    project, pm = "Budaiya Date Palm Nursery", "Fatema Al Khalifa"
    week = date(2026, 4, rng.choice([2, 9, 16, 23]))
    _put(ws, 3, 1, [["Project", project], ["Sponsor"], ["PM", pm], ["Week ending", week]])
    ws["B6"].number_format = "dd/mm/yyyy"
    overall = rng.choice(["Green", "Amber"])
    _put(ws, 8, 1, [["Overall", overall], ["Schedule"], ["Cost", "TBC"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", overall),
    ]
    ws["A12"] = "Milestones"
    _put(ws, 13, 1, [["Milestone", "Due", "Status"]])
    n = rng.randint(2, 3)
    due = _days(rng, n, date(2026, 4, 6))
    for i, name in enumerate(PALM_MILESTONES[:n]):
        st = rng.choice(["On track", "Not Started", None])
        _put(ws, 14 + i, 1, [[name, due[i], st]])
        ws.cell(14 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
        ]
        if st == "Not Started":
            values.append(ValueFact("milestones", i, "status", st))
    for k in range(n, 5):
        ws.cell(14 + k, 1, "[Milestone]")
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "status"}
    path = _save(wb, folder, "bh_date_palm_status_report")
    return Built(path, [_one("milestones", "Status Report", 13, targets, n)], values)


TUNING_21: tuple[Layout, ...] = (
    Layout(
        "me_ropeway_risk_register",
        "Montenegrin ropeway risk register template (e.g. row, id-only template rows, TBC)",
        me_ropeway_risk_register,
    ),
    Layout(
        "sc_desalination_issue_log",
        "Seychelles desalination issue log between Instructions and Lists sheets (TBD due)",
        sc_desalination_issue_log,
    ),
    Layout(
        "gl_heliport_raid_workbook",
        "Greenland heliport RAID workbook, a sheet per register, two still empty",
        gl_heliport_raid_workbook,
    ),
    Layout(
        "to_copra_dryer_decision_log",
        "Tongan copra dryer decision log (DEC-01, blank dates, <insert decision> row)",
        to_copra_dryer_decision_log,
    ),
    Layout(
        "sr_ferry_pontoon_dependencies",
        "Surinamese ferry pontoon dependency log (In / Out blanks, Q3 need-by)",
        sr_ferry_pontoon_dependencies,
    ),
    Layout(
        "bn_water_taxi_raid_table",
        "Brunei water taxi jetty mixed RAID table (Type words, blank rows, type-only row)",
        bn_water_taxi_raid_table,
    ),
    Layout(
        "md_sunflower_press_budget",
        "Moldovan sunflower press budget barely started (mmm-yy cells, Other (specify), lei)",
        md_sunflower_press_budget,
    ),
    Layout(
        "bj_cotton_gin_monthly_long",
        "Beninese cotton gin long tracker (Month / Cost category / B / A / F, Example row)",
        bj_cotton_gin_monthly_long,
    ),
    Layout(
        "cv_grogue_distillery_measures",
        "Cape Verdean grogue distillery Budget / Actual rows per line, text months (EUR)",
        cv_grogue_distillery_measures,
    ),
    Layout(
        "ls_mohair_shed_resource_plan",
        "Lesotho mohair shed resource plan in days (TBC / Vacancy rows with no days)",
        ls_mohair_shed_resource_plan,
    ),
    Layout(
        "gm_groundnut_store_milestones",
        "Gambian groundnut store milestone plan (TBC baselines, Milestone 5 placeholders)",
        gm_groundnut_store_milestones,
    ),
    Layout(
        "bh_date_palm_status_report",
        "Bahraini date palm nursery status report partly filled ([Milestone] rows, TBC)",
        bh_date_palm_status_report,
    ),
)
