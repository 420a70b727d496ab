"""The fifty-third held-out batch (``HELD_OUT_53``, round 31): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what
a PMO in a large English-speaking organisation receives from its project managers, in
English, from tool exports (Scoro, FreshBooks), hand-built registers and trackers and
accountants' sheets, in sectors no earlier batch's docstring names (a steel band panyard,
a tea factory, a kindergarten, a creche, a printing press, an olive press, a hop farm, a
prawn farm, a laundromat chain, a sugar cane railway, a stepwell, an almshouse).

Registers:

- ``tt_panyard_raid_log``: a Trinidad steel band panyard rebuild's mixed RAID log on one
  sheet: a title, the header on row 3, `ID` R-001 / A-001 / I-001 / D-001 numbered per
  type, `Type` words Risk / Assumption / Issue / Dependency, `Description`, `Owner`,
  `Date Logged` cells shown `dd-mmm-yy`, `Status` Open / Closed, `Comments`.
- ``ke_tea_factory_decision_log``: a Kenyan tea factory's decision log: a title block, the
  header on row 5, `Ref` DEC/01.., `Date` as `dd/mm/yyyy` text, `Decision`,
  `Justification`, `Decided by`, `Minute ref`.
- ``sg_kindergarten_scoro_issues``: a Singapore kindergarten fit-out's issues as a Scoro
  task export from row 1: `Task`, `Project`, `Assigned to`, `Priority` Low / Medium / High,
  `Created` / `Deadline` ISO text, `Status` Completed / In progress / Not started.
- ``ie_creche_risk_register``: an Irish community creche's risk register: a title and a
  version line, the header on row 4, `No.` 1.., `Risk`, `Category` (standard words),
  `Likelihood` / `Impact` High / Medium / Low, `Owner`, `Mitigation`, `Status` Open /
  Closed, `Date identified` cells shown `dd/mm/yyyy`.
- ``ng_printing_press_registers``: a Lagos printing press installation's workbook of two
  registers on sheets `Risks` and `Issues`, each under a title with the header on row 3:
  `S/N` 1.., `Date` cells shown `dd/mm/yyyy`, risks' `Probability` / `Impact` 1-5,
  `Responsible`, `Action`, issues' `Priority` and `Target Date`, `Status` Open / Closed.
- ``cy_olive_press_dependencies``: a Cypriot village olive press's dependency list with no
  id column: `Dependency`, `In/Out` Inbound / Outbound, `Owner`, `Needed by` as
  `dd.mm.yyyy` text, `Status` On track / At risk / Done / Late.

Trackers:

- ``nz_hop_farm_monthly_actuals``: a Nelson hop farm's actual costs: `(NZ$)` in the title,
  a `GST exclusive` note, `Cost line` down, months ACROSS as date cells shown `mmm yy`
  from April 2026, a `YTD` column, no total row.
- ``au_prawn_farm_budget_actual_by_month``: a Queensland prawn farm's FY2025-26 budget v
  actual: months DOWN as `Jul-25` text, a `<line> - Budget` and `<line> - Actual` column
  per cost line, `(AUD)` in the title, blank actuals for the months not yet closed.
- ``za_laundromat_freshbooks_expenses``: a Johannesburg laundromat chain's FreshBooks
  `Expense Report` for February 2026: a `February 1, 2026 - February 28, 2026` line, a
  `Currency: ZAR` line, `Category`, `Amount`, `Tax` (15% VAT), `Total`, a `Total` row.
- ``fj_sugar_cane_railway_resource_plan``: a Fiji cane railway relay's resource plan in
  FTE: `Role` before `Name`, months across as `May 2026` text, a blank row between the
  mill's staff and the contractors.
- ``in_stepwell_milestone_plan``: a Gujarat stepwell conservation's milestone plan:
  `S.No.`, `Milestone`, `Responsible`, `Planned Date` / `Actual Date` as `dd-mm-yyyy`
  text, `Remarks`.
- ``uk_almshouse_status_report``: a Yorkshire almshouse charity's monthly highlight report
  from column B: label / value rows (`Project`, `Sponsor`, `Project Manager`, `Period
  ending` a date cell), a `RAG` block (`Overall`, `Time`, `Cost`, `Quality`), a
  `Commentary`, then a `Milestones` table (`Milestone`, `Target date`, `Forecast`,
  `Status` Complete / On schedule / Delayed).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the FreshBooks report's `Amount` (before the 15% VAT) is the actual, `Tax` and `Total`
  left out: a VAT-registered business books its costs net (least sure of the facts kept);
- the Scoro export's `Completed` (Resolved or Closed?): no status fact, `In progress` is
  In Progress, `Not started` Open (since round 31's audit); `Project` (the same name on
  every row): left out, no project fact; `Created` is the raised date and `Deadline` the
  due date; `Assigned to` is the owner;
- the almshouse report's `On schedule` (In Progress or Not Started?) and `Delayed` (At
  Risk or Late?): no status fact, `Complete` is Complete; `Quality` RAG (no standard
  dimension, or the scope RAG?): no fact; `Time` is the schedule RAG and `Cost` the cost
  RAG; `Target date` the baseline and `Forecast` the forecast; `Period ending` (a date
  cell) the report date; `Commentary` the status summary;
- the creche register's `Likelihood` / `Impact` High / Medium / Low are 5 / 3 / 1 (since
  round 31's audit); `No.` 1..: no id fact;
- the tea factory's `DEC/01` is DC-001 (round 31's audit read `DEC-01` so; the slash is
  a separator); `Minute ref`: left out; `Justification` is the rationale, `Decided by`
  the maker;
- the panyard log's `Date Logged` is the raised date of risks, assumptions and issues; a
  dependency's (no raised date in the standard): no fact; `Comments`: left out;
- the printing press's `S/N` 1..: no id fact; `Responsible` the owner, `Action` the
  response, `Target Date` the due date;
- the olive press's `Done` is Delivered, `On track` On Track, `At risk` At Risk;
  `dd.mm.yyyy` text is day first (a day past 12 in the column);
- the hop farm's `(NZ$)` (NZD is not on the standard's list): no currency fact; `YTD`: no
  month; the amounts are actuals (the title says `Actual costs`);
- the prawn farm's blank actuals are no zero and no item; `Jul-25` is July 2025;
  `(AUD)` is AUD;
- the FreshBooks report's `Currency: ZAR` (not on the list): no currency fact; the `Total`
  row is no line; its period is February 2026 and the period's end the report date;
- the cane railway plan's FTE per month: counts only, no value facts (as earlier batches'
  resource plans);
- the stepwell plan's `S.No.`: the ID or left out, no value; `Planned Date` is the
  baseline, `Actual Date` the actual (blank: none); `Remarks`: left out; no status column.

Audit, round 31 (docs/adopt.md, "Round 31: the fifty-third batch's truth audited"): the
creche register's `Likelihood` / `Impact` High / Medium / Low gained their probability and
impact facts as 5 / 3 / 1 (the documented three-level reading, as round 30's audit of the
salt marsh's `Likelihood` / `Severity`), and the Scoro export's `Not started` issue its
status Open (round 19's reading of Planner's `Not started`; `Completed` keeps none). Totals
at seed 2026: values 298 -> 310 (407 -> 419 facts); seed 7 293 -> 303; seed 99 301 -> 314.
No cell changed.

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

PANYARD_ROWS = [
    ("Risk", "Roof over the tuning room not finished before Carnival"),
    ("Risk", "Sponsor pulls out after Panorama semi-finals"),
    ("Assumption", "Regional corporation waives the building permit fee"),
    ("Assumption", "Players bring their own pans for the rehearsal season"),
    ("Issue", "Power supply to the yard cut by T&TEC after the storm"),
    ("Issue", "Scaffold hire invoice disputed"),
    ("Dependency", "Steel drums delivered by the tuner in San Fernando"),
    ("Dependency", "Police permit for the road march rehearsal"),
]
PANYARD_PEOPLE = ["Kern Alexander", "Shelly-Ann Roberts", "Dexter Mohammed", "Keisha Phillip"]
PANYARD_REG = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
PANYARD_REG["Dependency"] = "dependencies"
PANYARD_LETTER = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}


def tt_panyard_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Trinidad steel band panyard rebuild's mixed RAID log: `Type` words, `ID` R-001 ..
    per type, a `Date Logged` date cell shown `dd-mmm-yy`, `Owner`, `Status` Open / Closed,
    `Comments`; a title and a blank row above the header."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "Laventille Steel Orchestra - Panyard Rebuild - RAID Log"
    head = ["ID", "Type", "Description", "Owner", "Date Logged", "Status", "Comments"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(PANYARD_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2025, 10, 6))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = PANYARD_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(PANYARD_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        ref = f"{PANYARD_LETTER[reg]}-{i + 1:03d}"
        cells: list[object] = [ref, kind, text, who, logged[k], st]
        cells += [rng.choice(["Discussed at captains' meeting", None])]
        _put(ws, 4 + k, 1, [cells])
        ws.cell(4 + k, 5).number_format = "dd-mmm-yy"
        values += [
            ValueFact(reg, i, "id", ref),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status", None])
    path = _save(wb, folder, "tt_panyard_raid_log")
    return Built(path, [TruthTable("RAID Log", 3, "raid", targets, counts)], values)


TEA_DECISIONS = [
    ("Withering troughs replaced, not refurbished", "Refurbishment quote within 10% of new"),
    ("Biomass boiler fuelled with eucalyptus from own woodlots", "Cuts firewood buying"),
    ("Leaf collection centres reduced from 14 to 11", "Three centres under 2 t a day"),
    ("CTC line runs 24 hours in the flush season", "Green leaf backlog in April"),
    ("Contract for the sorting machine awarded to the Mombasa bidder", "Lowest evaluated bid"),
    ("Grower bonus paid by M-Pesa", "Growers' committee request"),
]
TEA_BY = ["Factory Board", "Factory Unit Manager", "Project Steering Committee"]


def ke_tea_factory_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan tea factory's decision log: a title and a `Last updated` line, `Ref` DEC/01
    (no standard shape), `Date` as `dd/mm/yyyy` text, `Decision`, `Justification`,
    `Decided by`, `Minute ref`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Kiamokama Tea Factory - Processing Line Upgrade"
    ws["A2"] = "DECISION LOG"
    ws["A3"] = "Last updated by the project office"
    head = ["Ref", "Date", "Decision", "Justification", "Decided by", "Minute ref"]
    _put(ws, 5, 1, [head])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 8, 4))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(TEA_DECISIONS, n)):
        who = rng.choice(TEA_BY)
        cells: list[object] = [f"DEC/{i + 1:02d}", f"{when[i]:%d/%m/%Y}", text, why, who]
        cells += [f"Min {rng.randint(3, 40)}/{when[i]:%Y}"]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    path = _save(wb, folder, "ke_tea_factory_decision_log")
    return Built(path, [_one("decisions", "Decisions", 5, targets, n)], values)


KINDER_ISSUES = [
    "ECDA licence inspection moved forward by two weeks",
    "Playground soft flooring fails the fall-height test",
    "Kitchen exhaust duct clashes with the ceiling",
    "Two teachers resign before the term starts",
    "Fire alarm panel not linked to SCDF monitoring",
    "Parents' portal login fails for some accounts",
]
KINDER_PEOPLE = ["Tan Mei Ling", "Rahul Nair", "Siti Aminah", "Jason Lim"]
# audit, round 31: `Not started` is an issue's Open (round 19's Planner reading); `Completed`
# (Resolved or Closed) keeps no status.
KINDER_STATUS = {"In progress": "In Progress", "Not started": "Open"}


def sg_kindergarten_scoro_issues(folder: Path, rng: random.Random) -> Built:
    """A Singapore kindergarten fit-out's issues exported from Scoro as tasks: `Task`,
    `Project`, `Assigned to`, `Priority` Low / Medium / High, `Created` and `Deadline` as
    ISO text, `Status` Completed / In progress / Not started."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    head = ["Task", "Project", "Assigned to", "Priority", "Created", "Deadline", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(KINDER_ISSUES, n)):
        who = rng.choice(KINDER_PEOPLE)
        pr = rng.choice(["Low", "Medium", "High"])
        due = made[i] + timedelta(days=rng.choice([5, 10, 21]))
        st = rng.choice(["Completed", "In progress", "Not started"])
        cells: list[object] = [text, "Punggol Kindergarten Fit-out", who, pr]
        cells += [made[i].isoformat(), due.isoformat(), st]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if st in KINDER_STATUS:
            values.append(ValueFact("issues", i, "status", KINDER_STATUS[st]))
    targets: Targets = _cols("A", ["title", None, "owner", "priority", "raised_date"])
    targets |= _cols("F", ["due_date", ("status", None)])
    path = _save(wb, folder, "sg_kindergarten_scoro_issues")
    return Built(path, [_one("issues", "Tasks", 1, targets, n)], values)


CRECHE_RISKS = [
    ("Tusla registration delayed", "Legal", "Submit the pack eight weeks early"),
    ("Staff ratios not met at opening", "People", "Recruit two relief practitioners"),
    ("Modular unit delivery slips", "Third Party", "Weekly call with the supplier"),
    ("Core funding rate cut", "Financial", "Keep fees review ready for the board"),
    ("Outdoor play area drainage", "Technical", "Soakaway design checked"),
    ("Garda vetting backlog", "Schedule", "Vet the first hires in January"),
]
CRECHE_OWNERS = ["Aoife Brennan", "Ciara Doyle", "Sean Walsh"]
# audit, round 31: High / Medium / Low are 5 / 3 / 1 on the 1-5 scales (the documented
# three-level reading; round 30's audit of the salt marsh's Likelihood / Severity).
CRECHE_SCORE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}


def ie_creche_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Irish community creche extension's risk register: the header on row 4 under a
    title and a version line, `No.` 1.., `Risk`, `Category`, `Likelihood` / `Impact` as
    High / Medium / Low, `Owner`, `Mitigation`, `Status`, `Date identified` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Ballyfermot Community Creche Extension - Risk Register"
    ws["A2"] = f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}"
    head = ["No.", "Risk", "Category", "Likelihood", "Impact", "Owner", "Mitigation"]
    head += ["Status", "Date identified"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(CRECHE_RISKS, n)):
        lk, im = rng.choice(list(CRECHE_SCORE)), rng.choice(list(CRECHE_SCORE))
        who = rng.choice(CRECHE_OWNERS)
        st = rng.choice(["Open", "Open", "Closed"])
        _put(ws, 5 + i, 1, [[i + 1, text, cat, lk, im, who, plan, st, made[i]]])
        ws.cell(5 + i, 9).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", CRECHE_SCORE[lk]),
            ValueFact("risks", i, "impact", CRECHE_SCORE[im]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
            ValueFact("risks", i, "raised_date", made[i]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "category", "probability", "impact"])
    targets |= _cols("F", ["owner", "response", "status", "raised_date"])
    path = _save(wb, folder, "ie_creche_risk_register")
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


PRESS_RISKS = [
    "Imported plates held at Apapa port",
    "Diesel price rise for the generator",
    "Naira devaluation raises the press instalments",
    "Skilled press operators poached by competitors",
    "Warehouse roof leaks onto paper stock",
]
PRESS_ISSUES = [
    "Folding unit arrived with a cracked frame",
    "NEPA supply down for three days",
    "Ink supplier short-shipped the cyan",
    "Customs duty assessed above the quote",
]
PRESS_PEOPLE = ["Adebayo Ogunleye", "Chiamaka Eze", "Ibrahim Musa", "Funmi Adeyemi"]


def ng_printing_press_registers(folder: Path, rng: random.Random) -> Built:
    """A Lagos printing press installation's workbook of two registers, `Risks` and
    `Issues`: `S/N` numbers, `Date` cells shown `dd/mm/yyyy`, `Responsible`, risk
    `Probability` / `Impact` 1-5 and `Action`, issue `Priority` and `Target Date`,
    `Status` Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Ikeja Web Offset Press Installation - Risk Log"
    head = ["S/N", "Date", "Risk", "Probability", "Impact", "Responsible", "Action", "Status"]
    _put(ws, 3, 1, [head])
    nr = rng.randint(3, 5)
    made = _days(rng, nr, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PRESS_RISKS, nr)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(PRESS_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        act = rng.choice(["Escalate to MD", "Hedge with forward contract", "Monitor monthly"])
        _put(ws, 4 + i, 1, [[i + 1, made[i], text, p, c, who, act, st]])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", act),
            ValueFact("risks", i, "status", st),
        ]
    rt: Targets = _cols("A", [("id", None), "raised_date", "title", "probability", "impact"])
    rt |= _cols("F", ["owner", "response", "status"])
    wi = wb.create_sheet("Issues")
    wi["A1"] = "Ikeja Web Offset Press Installation - Issue Log"
    head = ["S/N", "Date", "Issue", "Priority", "Responsible", "Target Date", "Status"]
    _put(wi, 3, 1, [head])
    ni = rng.randint(2, 4)
    raised = _days(rng, ni, date(2025, 10, 6))
    for i, text in enumerate(rng.sample(PRESS_ISSUES, ni)):
        pr = rng.choice(["High", "Medium", "Low"])
        who, st = rng.choice(PRESS_PEOPLE), rng.choice(["Open", "Closed"])
        due = raised[i] + timedelta(days=rng.choice([7, 14]))
        _put(wi, 4 + i, 1, [[i + 1, raised[i], text, pr, who, due, st]])
        for c in (2, 6):
            wi.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    it: Targets = _cols("A", [("id", None), "raised_date", "title", "priority", "owner"])
    it |= _cols("F", ["due_date", "status"])
    path = _save(wb, folder, "ng_printing_press_registers")
    tables = [_one("risks", "Risks", 3, rt, nr), _one("issues", "Issues", 3, it, ni)]
    return Built(path, tables, values)


OLIVE_DEPS = [
    ("EAC grid connection for the new decanter", "Inbound"),
    ("Water Development Department borehole licence", "Inbound"),
    ("Mill waste figures to the Environment Department", "Outbound"),
    ("Decanter delivered by the Italian supplier", "Inbound"),
    ("Bottling specs to the co-operative's label printer", "Outbound"),
]
OLIVE_PEOPLE = ["Andreas Georgiou", "Eleni Christodoulou", "Marios Ioannou", "Sophia Kyriakou"]
OLIVE_STATUS = {"On track": "On Track", "At risk": "At Risk", "Done": "Delivered"}
OLIVE_STATUS["Late"] = "Late"


def cy_olive_press_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Cypriot village olive press's dependency list: a title, `Dependency`, `In/Out`
    Inbound / Outbound, `Owner`, `Needed by` as `dd.mm.yyyy` text, `Status` On track / At
    risk / Done / Late; no id column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Kakopetria Olive Press Modernisation - Dependencies"
    _put(ws, 3, 1, [["Dependency", "In/Out", "Owner", "Needed by", "Status"]])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(OLIVE_DEPS, n)):
        who, st = rng.choice(OLIVE_PEOPLE), rng.choice(list(OLIVE_STATUS))
        _put(ws, 4 + i, 1, [[text, way, who, f"{need[i]:%d.%m.%Y}", st]])
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", OLIVE_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["title", "direction", "owner", "need_by", "status"])
    path = _save(wb, folder, "cy_olive_press_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

HOP_LINES = ["Kiln rebuild", "Trellis wire & poles", "Picking machine", "Irrigation"]
HOP_LINES += ["Contract labour", "Cool store"]


def nz_hop_farm_monthly_actuals(folder: Path, rng: random.Random) -> Built:
    """A Nelson hop farm kiln project's actuals: `(NZ$)` in the title, cost lines down,
    months ACROSS as date cells shown `mmm yy` from April, a `YTD` column, a `GST
    exclusive` note."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Motueka Hop Garden - Kiln & Picking Upgrade - Actual costs (NZ$)"
    ws["A2"] = "All figures GST exclusive"
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    _put(ws, 4, 1, [["Cost line", *months, "YTD"]])
    for c in range(2, len(months) + 2):
        ws.cell(4, c).number_format = "mmm yy"
    lines = rng.sample(HOP_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        amounts = [float(rng.randrange(2, 90) * 500) for _ in months]
        _put(ws, 5 + r, 1, [[line, *amounts, sum(amounts)]])
        for c in range(2, len(months) + 3):
            ws.cell(5 + r, c).number_format = "$#,##0"
        for month, amount in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    path = _save(wb, folder, "nz_hop_farm_monthly_actuals")
    table = TruthTable("Actuals", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


PRAWN_LINES = ["Pond earthworks", "Aerators", "Hatchery tanks", "Feed", "Electrical"]


def au_prawn_farm_budget_actual_by_month(folder: Path, rng: random.Random) -> Built:
    """A Queensland prawn farm expansion's budget and actual by month, months DOWN as
    `Jul-25` text (the July fiscal year), one `Budget` / `Actual` pair of columns per cost
    line (`Aerators - Budget`, `Aerators - Actual`); blank actuals for months not yet closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26")
    ws["A1"] = "Cardwell Prawn Farm Stage 2 - FY2025-26 Budget v Actual (AUD)"
    lines = rng.sample(PRAWN_LINES, 3)
    top: list[object] = ["Month"]
    for line in lines:
        top += [f"{line} - Budget", f"{line} - Actual"]
    _put(ws, 3, 1, [top])
    months = _months(date(2025, 7, 1), 12)
    closed = rng.randint(3, 8)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    for r, month in enumerate(months):
        cells: list[object] = [f"{month:%b}-{month:%y}"]
        for line in lines:
            budget = float(rng.randrange(4, 60) * 1000)
            actual = float(round(budget * rng.uniform(0.7, 1.3))) if r < closed else None
            cells += [budget, actual]
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
        _put(ws, 4 + r, 1, [cells])
        for c in range(2, 2 * len(lines) + 2):
            ws.cell(4 + r, c).number_format = "#,##0"
    path = _save(wb, folder, "au_prawn_farm_budget_actual_by_month")
    table = TruthTable("FY26", 3, "finance", {"A": "month"}, {"finance": 12 * len(lines)})
    return Built(path, [table], values)


LAUNDRY_CATEGORIES = ["Equipment Rental", "Repairs and Maintenance", "Utilities"]
LAUNDRY_CATEGORIES += ["Professional Fees", "Advertising", "Supplies"]


def za_laundromat_freshbooks_expenses(folder: Path, rng: random.Random) -> Built:
    """A Johannesburg laundromat chain's new-branch expenses from FreshBooks' `Expense
    Report` for February 2026: the business name, a `February 1, 2026 - February 28, 2026`
    line, `Category`, `Amount`, `Tax`, `Total` columns in rand, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Expense Report")
    ws["A1"] = "SudsUp Laundromats (Pty) Ltd - Soweto Branch Fit-out"
    ws["A2"] = "Expense Report"
    ws["A3"] = "February 1, 2026 - February 28, 2026"
    ws["A4"] = "Currency: ZAR"
    _put(ws, 6, 1, [["Category", "Amount", "Tax", "Total"]])
    cats = rng.sample(LAUNDRY_CATEGORIES, rng.randint(3, 5))
    month = date(2026, 2, 1)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", date(2026, 2, 28))]
    sums = [0.0, 0.0, 0.0]
    for r, cat in enumerate(cats):
        amount = round(rng.randrange(800, 90000) + rng.choice([0.0, 0.5]), 2)
        tax = round(amount * 0.15, 2)
        row = [amount, tax, round(amount + tax, 2)]
        sums = [s + v for s, v in zip(sums, row, strict=True)]
        _put(ws, 7 + r, 1, [[cat, *row]])
        for c in (2, 3, 4):
            ws.cell(7 + r, c).number_format = "#,##0.00"
        values.append(ValueFact("finance", (month, cat), "actual", amount))
    _put(ws, 7 + len(cats), 1, [["Total", *[round(s, 2) for s in sums]]])
    for c in (2, 3, 4):
        ws.cell(7 + len(cats), c).number_format = "#,##0.00"
    path = _save(wb, folder, "za_laundromat_freshbooks_expenses")
    targets: Targets = {"A": "cost_line", "B": "actual", "C": None, "D": None}
    table = TruthTable("Expense Report", 6, "finance", targets, {"finance": len(cats)})
    return Built(path, [table], values)


CANE_PEOPLE = [
    ("Ratu Josefa Vakacegu", "Track Gang Supervisor"),
    ("Anjali Prasad", "Project Engineer"),
    ("Sailosi Tuilagi", "Locomotive Fitter"),
    ("Mohammed Azeem Khan", "Planner"),
    ("Litia Naivalu", "Safety Officer"),
]


def fj_sugar_cane_railway_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Fiji sugar cane tramway relay's resource plan in FTE: `Role` before `Name`, months
    across as `Jun 2026` text, a blank row between the mill's staff and contractors."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Lautoka Mill Cane Railway Relay - Resource Plan (FTE)"
    months = _months(date(2026, 5, 1), 6)
    _put(ws, 3, 1, [["Role", "Name", *[f"{m:%b %Y}" for m in months]]])
    people = rng.sample(CANE_PEOPLE, 4)
    count = 0
    for r, (name, role) in enumerate(people):
        fte = [rng.choice([0, 0.5, 1, 1]) for _ in months]
        count += sum(1 for f in fte if f)
        _put(ws, 4 + r + (1 if r >= 2 else 0), 1, [[role, name, *[f or None for f in fte]]])
    path = _save(wb, folder, "fj_sugar_cane_railway_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


STEPWELL_MILESTONES = [
    "Silt removal complete",
    "Structural survey signed off by ASI",
    "Stone pillars re-set",
    "Recharge channels reopened",
    "Lighting and railings installed",
    "Public opening",
]
STEPWELL_OWNERS = ["Rajesh Solanki", "Meera Joshi", "Vikram Chauhan"]


def in_stepwell_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Gujarat stepwell restoration's milestone plan: `S.No.`, `Milestone`, `Responsible`,
    `Planned Date` and `Actual Date` as `dd-mm-yyyy` text, `Remarks`; a blank `Actual Date`
    for milestones not reached."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Rani Vav Stepwell Conservation - Milestone Plan"
    ws["A2"] = "Prepared by: Project Management Unit"
    head = ["S.No.", "Milestone", "Responsible", "Planned Date", "Actual Date", "Remarks"]
    _put(ws, 4, 1, [head])
    n = rng.randint(5, 6)
    plan = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(STEPWELL_MILESTONES[:n]):
        who = rng.choice(STEPWELL_OWNERS)
        actual = plan[i] + timedelta(days=rng.choice([0, 3, 12])) if i < done else None
        cells: list[object] = [i + 1, name, who, f"{plan[i]:%d-%m-%Y}"]
        cells += [f"{actual:%d-%m-%Y}" if actual else None]
        cells += [rng.choice(["", "Awaiting ASI visit", "Monsoon may delay"])]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["actual_date", None])
    path = _save(wb, folder, "in_stepwell_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 4, targets, n)], values)


ALMS_MILESTONES = [
    "Listed building consent granted",
    "Residents decanted to temporary flats",
    "Roof and chimneys repaired",
    "Heat pumps commissioned",
    "Residents return",
]
ALMS_STATUS = {"Complete": "Complete", "On schedule": None, "Delayed": None}


def uk_almshouse_status_report(folder: Path, rng: random.Random) -> Built:
    """A Yorkshire almshouse charity's monthly status report: label / value rows in
    columns B and C under a title (`Project`, `Sponsor`, `Project Manager`, `Period ending`
    a date cell shown `dd/mm/yyyy`), `RAG` rows with Green / Amber / Red for `Overall`,
    `Time`, `Cost`, `Quality`, a `Commentary`, then `Milestones` (`Target date`, `Forecast`
    date cells, `Status`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    project, sponsor, pm = (
        "St Oswald's Almshouses Refurbishment",
        "Rev. Canon Judith Haigh",
        "Gareth Sutcliffe",
    )
    report = date(2026, rng.choice([1, 2, 3]), 28)
    ws["B1"] = "Monthly Highlight Report"
    rows: list[list[object]] = [["Project", project], ["Sponsor", sponsor]]
    rows += [["Project Manager", pm], ["Period ending", report]]
    _put(ws, 3, 2, rows)
    ws["C6"].number_format = "dd/mm/yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 8, 2, [["RAG"], ["Overall", rags[0]], ["Time", rags[1]], ["Cost", rags[2]]])
    _put(ws, 12, 2, [["Quality", rags[3]]])
    note = rng.choice(
        [
            "Roof works ahead of plan; heat pump delivery confirmed for next month.",
            "Bat survey found a roost in the east range; ecologist advising on timing.",
        ]
    )
    _put(ws, 14, 2, [["Commentary", note]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "status_summary", note),
    ]
    ws["B16"] = "Milestones"
    _put(ws, 17, 2, [["Milestone", "Target date", "Forecast", "Status"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2025, 10, 6))
    for i, name in enumerate(ALMS_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        st = "Complete" if fc < report else rng.choice(["On schedule", "Delayed"])
        _put(ws, 18 + i, 2, [[name, due[i], fc, st]])
        for c in (3, 4):
            ws.cell(18 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if ALMS_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", ALMS_STATUS[st]))
    targets: Targets = {"B": "milestone", "C": "baseline_date", "D": "forecast_date"}
    targets |= {"E": "status"}
    path = _save(wb, folder, "uk_almshouse_status_report")
    return Built(path, [_one("milestones", "Highlight Report", 17, targets, n)], values)


HELD_OUT_53: tuple[Layout, ...] = (
    Layout("tt_panyard_raid_log",
           "Trinidad panyard mixed RAID log (Type words, R-001 per type, dd-mmm-yy cells)",
           tt_panyard_raid_log),
    Layout("ke_tea_factory_decision_log",
           "Kenyan tea factory decision log (DEC/01, dd/mm/yyyy text, Minute ref)",
           ke_tea_factory_decision_log),
    Layout("sg_kindergarten_scoro_issues",
           "Singapore kindergarten Scoro task export as issues (Completed / Not started)",
           sg_kindergarten_scoro_issues),
    Layout("ie_creche_risk_register",
           "Irish creche risk register (High / Medium / Low, No. 1.., header on row 4)",
           ie_creche_risk_register),
    Layout("ng_printing_press_registers",
           "Nigerian printing press workbook of Risks and Issues sheets (S/N, Responsible)",
           ng_printing_press_registers),
    Layout("cy_olive_press_dependencies",
           "Cypriot olive press dependency list (no ids, In/Out, dd.mm.yyyy text)",
           cy_olive_press_dependencies),
    Layout("nz_hop_farm_monthly_actuals",
           "NZ hop farm actuals, months across as mmm yy cells, YTD column (NZ$ title)",
           nz_hop_farm_monthly_actuals),
    Layout("au_prawn_farm_budget_actual_by_month",
           "Australian prawn farm budget v actual, months down, Budget / Actual pairs",
           au_prawn_farm_budget_actual_by_month),
    Layout("za_laundromat_freshbooks_expenses",
           "South African laundromat FreshBooks Expense Report for one month (ZAR)",
           za_laundromat_freshbooks_expenses),
    Layout("fj_sugar_cane_railway_resource_plan",
           "Fiji cane railway resource plan in FTE (Role before Name, May 2026 text)",
           fj_sugar_cane_railway_resource_plan),
    Layout("in_stepwell_milestone_plan",
           "Indian stepwell milestone plan (S.No., dd-mm-yyyy text, Planned / Actual)",
           in_stepwell_milestone_plan),
    Layout("uk_almshouse_status_report",
           "UK almshouse highlight report (from column B, RAG rows, Milestones table)",
           uk_almshouse_status_report),
)  # fmt: skip
