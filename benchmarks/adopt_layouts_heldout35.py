"""The thirty-fifth held-out batch (``HELD_OUT_35``, issue 15 round 26): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from web templates, tool exports and hand-built trackers, in sectors
no earlier batch's docstring names (a courthouse, a velodrome, an abattoir, a polytechnic, a
macadamia processor, a sawmill, a citrus packhouse, a bottling plant, a skate park, an
animal shelter, a herbarium, a tannery).

Registers:

- ``uk_courthouse_raid_tabs``: a UK courthouse refurbishment's web-template RAID log, one
  tab per register (`Risks`, `Assumptions`, `Issues`, `Dependencies`), each with a title on
  row 1 and the header on row 3; ids `R001` / `A001` / `I001` / `D001`; owners as initials;
  risks' `Likelihood (1-5)`, `Impact (1-5)` and a typed `Rating`; issues' `Priority` High /
  Med / Low; dates as date cells shown `dd/mm/yyyy`.
- ``us_velodrome_planner_issues``: a US velodrome's Microsoft Planner export used as an
  issue log: `Task ID` (Planner's opaque id), `Task Name`, `Bucket Name`, `Progress` Not
  started / In progress / Completed, `Priority` Urgent / Important / Medium / Low,
  `Assigned To` (one name, or two joined by `;`), `Created By`, `Created Date` and `Due Date`
  as US `3/14/2026` text, `Late`, `Description`.
- ``ca_abattoir_risk_register``: a Canadian abattoir's hand-built risk register: a title
  and a notes line, a blank spacer column after the description, `Probability` as
  percentage cells (`25%`), `Impact (1-5)`, `Category` (Food Safety off the standard list),
  `Response` Mitigate / Accept / Transfer, owners `J. Tremblay`, `Date Identified` date cells
  shown `yyyy-mm-dd`, a `Last reviewed` line under the table.
- ``au_polytechnic_decision_log``: an Australian polytechnic (TAFE) campus decision log: a
  one-cell title block `Project: ... | Sponsor: ...`, `DEC-01` ids, `Date Made` as
  `3/03/2026` text (day first), `Decision`, `Rationale`, `Made By`, `Impacted Areas`.
- ``ke_macadamia_dependencies``: a Kenyan macadamia processor's dependency tracker: a merged
  `Dates` group over `Needed By` / `Promised By` (date cells shown `dd-mmm-yyyy`), `Dep #`
  DEP-1.., `In/Out` as In / Out, `Other Team`, `Contact`, `Owner`, a `RAG` column.
- ``ie_sawmill_assumptions``: an Irish sawmill's assumption log: `No.` 1, 2, 3,
  `Assumption`, `Date Logged` date cells shown `dd-mmm-yy`, `Owner`, `Validated? (Y/N)`,
  `Validation Date`, `Comments`.

Trackers:

- ``za_citrus_packhouse_budget_actual``: a South African citrus packhouse's budget vs
  actual: merged month labels `Mar 26` over `Budget` / `Actual` sub-columns (a two-row
  header), `CAPEX` / `OPEX` section rows, a `Subtotal` row per section, amounts as `R125 000`
  text (space grouping), `(ZAR, excl VAT)` in the title.
- ``ng_bottling_plant_rolling_forecast``: a Nigerian bottling plant's rolling forecast:
  months as date cells shown `mmm-yy`, a row above them of `A` / `F` (actual / forecast),
  cost lines, a `Total` column and row, amounts shown `#,##0`.
- ``nz_skate_park_resource_plan``: a NZ council skate park's resource plan: `Resource`,
  `Organisation`, `Role`, months as `Jan` text with the year in the title, FTE fractions,
  a blank spacer row and a `Total FTE` row.
- ``us_animal_shelter_milestones``: a US animal shelter's milestone plan: phase heading rows
  (`Phase 1 - Design`), `Milestone`, `Owner`, `Baseline` / `Forecast` / `Actual` as US
  `3/14/2026` text, a `RAG` colour word column, `Comments`.
- ``sg_herbarium_status_report``: a Singapore herbarium digitisation project's status
  report: label / value pairs down column A and B (`Project Name`, `Project Manager`,
  `Sponsor`, `Report Date` a date cell, `Overall RAG`, `Schedule`, `Budget`), then a `Top
  Risks` table with H / M / L likelihood and impact.
- ``in_tannery_budget_long``: an Indian tannery effluent plant's budget and expenditure
  statement in long form: `Month` `Apr-26` text, `Head of Account`, `Sanctioned Budget`,
  `Expenditure`, `Balance`, a `Sub-total` row after each month, `(Amount in Rs.)` in the
  title, amounts shown `#,##,##0`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the herbarium report's H / M / L likelihood and impact are 5 / 3 / 1 (audit, round 26:
  the writer had no value facts; the documented three-level reading, which the 11th, 12th,
  13th, 15th and 18th batches' truth uses, the 15th on the same `Key risks` table); the report's `Budget` RAG row is the cost RAG (a status report's
  Budget line is its cost status); `Schedule` the schedule RAG;
- Planner's `Urgent` and `Important` are Critical and High (audit, round 26: the writer had
  no fact; the nineteenth and twenty-fourth batches' Planner exports read them so, rounds 19
  and 22), `Medium` / `Low` as written; `Progress` `Completed` (Resolved or Closed): no fact, `Not
  started` is Open, `In progress` In Progress; `Task ID` (Planner's opaque id, not the
  I-001 shape): the id or left out, no fact; `Bucket Name`: the type or left out, no fact;
  two names joined by `;`: no owner fact; `Created By`: left out; `Late`: left out;
- the sawmill's `Validated? (Y/N)` `Y` is Validated, `N` (still Open, or Invalid): no
  fact; `Validation Date` (validated on, or to validate by): the validate-by date, the
  closed date or left out, no fact; `No.` 1, 2, 3 (an id or a row number): no id fact;
- the macadamia tracker's `RAG` (a dependency's status is no colour): the status or left
  out, no fact; `Other Team` (a team, not a project id): mapped or left out, no fact; `In`
  is Inbound and `Out` Outbound; `DEP-1` is D-001 (audit, round 26: the writer had no
  fact; earlier batches read `DEP-01` and `DEP01` as D-001 and the fourth batch's unpadded
  `DEC-7` as DC-007);
- the courthouse `Rating` (typed Likelihood x Impact): the score or left out, no fact; its
  issues' `Med` is Medium; the dependencies' `Depends On` (another project's name): mapped
  or left out, no fact; `Required By` is the need-by date;
- the abattoir's `Probability` `25%` reads by the standard's percent bands (5 % -> 1, 15 %
  and 25 % -> 2, 40 % -> 3, 60 % -> 4, 80 % and 90 % -> 5; no value on a band's edge);
  `Mitigate` is Reduce (audit, round 26: the writer had no fact; the sixteenth and
  thirty-fourth batches read it so), `Accept` / `Transfer` as written; `Food Safety` (on no standard list): no category fact; the `Last reviewed` line
  is no risk;
- the polytechnic's `DEC-01` is DC-001 (audit, round 26: the writer had no fact; the
  standard's decision id is `DC-001`, SPEC section 3, and the 14th, 22nd, 28th and 29th
  batches read `DEC-01` so);
  `Impacted Areas`: left out; the title cell's `Project:` and `Sponsor:` are the project's
  name and sponsor;
- the animal shelter's `RAG` (Amber: At Risk or In Progress?): the status or left out, no
  fact; an empty `Actual` is no actual date; phase heading rows are no milestones;
- the citrus `CAPEX` / `OPEX` section rows give each line below them its capex / opex;
  `Subtotal` / `TOTAL` rows are no lines; `R125 000` is 125,000; ZAR is not on the
  standard's currency list: no currency fact; an empty actual month is no zero;
- the bottling plant's `A` months are actuals and `F` months forecasts, no budget; the
  `Total` column and row are no month and no line; NGN: no currency fact;
- the skate park's FTE fractions (days or FTE?) and the `Total FTE` row: counts only, no
  value facts (like earlier batches' resource plans);
- the tannery's `Rs.` is INR; `Sub-total` rows are no lines; `Balance` left out.

Readings used: text dates are day first, except the US exports' and trackers' (month
first), one day past the 12th in each column; ids in the standard's shape keep their
number. It was written and checked for internal consistency only
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
    _past_twelfth,
    _put,
    _save,
    _sheet,
)


def _us(d: date) -> str:
    """A US text date, month first, no leading zeros (``3/14/2026``)."""
    return f"{d.month}/{d.day}/{d.year}"


def _au(d: date) -> str:
    """An Australian text date, day first without a leading zero (``3/03/2026``)."""
    return f"{d.day}/{d.month:02d}/{d.year}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

COURT_RISKS = [
    "Asbestos found behind the courtroom panelling",
    "Listed building consent conditions delay the lift shaft",
    "Custody suite cannot close for more than two weekends",
    "Jury assembly room heating plant fails before replacement",
    "Security contractor's vetting takes longer than planned",
]
COURT_ASSUMPTIONS = [
    "Crown Court sittings move to the annexe from June",
    "The fire strategy from 2019 is still accepted",
    "No change to the court estate budget this year",
]
COURT_ISSUES = [
    "Witness room CCTV not recording",
    "Scaffold blocks the public entrance ramp",
    "Glazing supplier in administration",
    "Roof leak over Court 2",
]
COURT_DEPS = [
    ("Video platform upgrade for remote hearings", "Digital Courts Programme"),
    ("Secure van dock reopened", "Estates Lifecycle"),
    ("New judges' car park access control", "Security Modernisation"),
]
COURT_OWNERS = ["KM", "DH", "PW", "SA"]


def uk_courthouse_raid_tabs(folder: Path, rng: random.Random) -> Built:
    """A UK courthouse's web-template RAID log: one tab per register, title rows, initials."""
    wb = openpyxl.Workbook()
    title = "Leeds Combined Court - Refurbishment RAID Log"
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    # Risks
    ws = _sheet(wb, "Risks")
    ws["A1"] = title
    head = ["ID", "Date Raised", "Risk Description", "Likelihood (1-5)", "Impact (1-5)"]
    head += ["Rating", "Owner", "Mitigation", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    raised = _days(rng, n, date(2025, 10, 6))
    for i, text in enumerate(rng.sample(COURT_RISKS, n)):
        p, c, who = rng.randint(1, 5), rng.randint(1, 5), rng.choice(COURT_OWNERS)
        plan = rng.choice(["Survey before strip-out", "Weekly call with the listing officer"])
        st = rng.choice(["Open", "Open", "Closed"])
        _put(ws, 4 + i, 1, [[f"R{i + 1:03d}", raised[i], text, p, c, p * c, who, plan, st]])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description")])
    targets |= _cols("D", ["probability", "impact", ("score", None), "owner", "response"])
    targets |= {"I": "status"}
    tables.append(_one("risks", "Risks", 3, targets, n))
    # Assumptions
    ws = wb.create_sheet("Assumptions")
    ws["A1"] = title
    _put(ws, 3, 1, [["ID", "Assumption", "Owner", "Date to Validate", "Status"]])
    n = len(COURT_ASSUMPTIONS)
    by = _days(rng, n, date(2026, 2, 2))
    for i, text in enumerate(COURT_ASSUMPTIONS):
        who, st = rng.choice(COURT_OWNERS), rng.choice(["Open", "Validated"])
        _put(ws, 4 + i, 1, [[f"A{i + 1:03d}", text, who, by[i], st]])
        ws.cell(4 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", st),
        ]
    targets = _cols("A", ["id", "assumption", "owner", "validate_by", "status"])
    tables.append(_one("assumptions", "Assumptions", 3, targets, n))
    # Issues
    ws = wb.create_sheet("Issues")
    ws["A1"] = title
    _put(ws, 3, 1, [["ID", "Issue", "Date Raised", "Owner", "Priority", "Target Date", "Status"]])
    n = len(COURT_ISSUES)
    raised = _days(rng, n, date(2026, 1, 5))
    prio = {"High": "High", "Med": "Medium", "Low": "Low"}
    for i, text in enumerate(COURT_ISSUES):
        who, p = rng.choice(COURT_OWNERS), rng.choice(list(prio))
        due = raised[i] + timedelta(days=rng.choice([7, 14, 28]))
        st = rng.choice(["Open", "In Progress", "Closed"])
        _put(ws, 4 + i, 1, [[f"I{i + 1:03d}", text, raised[i], who, p, due, st]])
        for c in (3, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", st),
        ]
    targets = _cols("A", ["id", "title", "raised_date", "owner", "priority", "due_date"])
    targets |= {"G": "status"}
    tables.append(_one("issues", "Issues", 3, targets, n))
    # Dependencies
    ws = wb.create_sheet("Dependencies")
    ws["A1"] = title
    _put(ws, 3, 1, [["ID", "Dependency", "Depends On", "Owner", "Required By", "Status"]])
    n = len(COURT_DEPS)
    need = _days(rng, n, date(2026, 3, 2))
    for i, (text, other) in enumerate(COURT_DEPS):
        who, st = rng.choice(COURT_OWNERS), rng.choice(["Open", "On Track", "Late"])
        _put(ws, 4 + i, 1, [[f"D{i + 1:03d}", text, other, who, need[i], st]])
        ws.cell(4 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    targets = _cols("A", ["id", "title", ("counterparty_project_id", None), "owner", "need_by"])
    targets |= {"F": "status"}
    tables.append(_one("dependencies", "Dependencies", 3, targets, n))
    return Built(_save(wb, folder, "uk_courthouse_raid_tabs"), tables, values)


VELO_ISSUES = [
    "Track surface delamination at turn 3",
    "Timing system loses sync with the scoreboard",
    "Infield HVAC too loud for broadcast",
    "Spectator ramp fails ADA slope check",
    "Bike storage racks back-ordered",
    "Locker room drains backing up",
    "Sponsor banners block the emergency exit signs",
]
VELO_PEOPLE = ["Megan Alvarez", "Chris Donnelly", "Tasha Brooks", "Kevin Yamamoto"]


def us_velodrome_planner_issues(folder: Path, rng: random.Random) -> Built:
    """A US velodrome's Microsoft Planner export used as an issue log: US text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    head = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To"]
    head += ["Created By", "Created Date", "Due Date", "Late", "Description"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    created = _days(rng, n, date(2026, 1, 12))
    due = _past_twelfth([d + timedelta(days=rng.choice([5, 10, 21])) for d in created])
    progress = {"Not started": "Open", "In progress": "In Progress", "Completed": None}
    # audit (round 26): Planner's four priorities fall one for one on the standard's four, as
    # the nineteenth and twenty-fourth batches' Planner exports read them (rounds 19 and 22)
    prio = {"Urgent": "Critical", "Important": "High", "Medium": "Medium", "Low": "Low"}
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(VELO_ISSUES, n)):
        pr, p = rng.choice(list(progress)), rng.choice(list(prio))
        two = rng.random() < 0.3
        who = ";".join(rng.sample(VELO_PEOPLE, 2)) if two else rng.choice(VELO_PEOPLE)
        cells: list[object] = [f"Xq{rng.randrange(10**6):06d}kT{i}", text]
        cells += [rng.choice(["Facility", "Track", "Events"]), pr, p, who, "Dana Whitfield"]
        cells += [_us(created[i]), _us(due[i]), "false", "Logged at the Tuesday site walk"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "description", "Logged at the Tuesday site walk"),
        ]
        if progress[pr]:
            values.append(ValueFact("issues", i, "status", progress[pr]))
        values.append(ValueFact("issues", i, "priority", prio[p]))
        if not two:
            values.append(ValueFact("issues", i, "owner", who))
    targets: Targets = _cols("A", [("id", None), "title", ("type", None), "status", "priority"])
    targets |= _cols("F", ["owner", None, "raised_date", "due_date", None, "description"])
    path = _save(wb, folder, "us_velodrome_planner_issues")
    return Built(path, [_one("issues", "Tasks", 1, targets, n)], values)


ABATTOIR_RISKS = [
    ("CFIA inspector not available for the new kill line sign-off", "Schedule"),
    ("Effluent exceeds the municipal discharge permit", "Legal"),
    ("Chiller compressors delivered late from the US", "Third Party"),
    ("Listeria found in the new boning room swabs", "Food Safety"),
    ("Night shift cannot be staffed at the new line speed", "People"),
    ("Hide processing contract lapses during the shutdown", "Commercial"),
]
ABATTOIR_OWNERS = ["J. Tremblay", "M. Singh", "R. Cote", "A. MacLeod"]
#: percent -> the level the standard's percent bands read (no value on a band's edge).
PERCENT_LEVEL = {5: 1.0, 15: 2.0, 25: 2.0, 40: 3.0, 60: 4.0, 80: 5.0, 90: 5.0}
#: audit (round 26): `Mitigate` is the standard's Reduce (the sixteenth and thirty-fourth
#: batches read it so; the standard's list has no Mitigate and Reduce is its other name)
RESPONSE_TYPES = {"Mitigate": "Reduce", "Accept": "Accept", "Transfer": "Transfer"}


def ca_abattoir_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Canadian abattoir's hand-built risk register: a blank spacer column, percentage
    cells, an off-list category, a `Last reviewed` line under the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Red Deer Plant - Kill Line 2 Upgrade: Risk Register"
    ws["A2"] = "Probability as % chance; Impact 1 (minor) to 5 (severe). Review fortnightly."
    head: list[object] = ["Risk #", "Date Identified", "Risk", None, "Category", "Probability"]
    head += ["Impact (1-5)", "Response", "Action Plan", "Owner", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    found = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(ABATTOIR_RISKS, n)):
        pct, c = rng.choice(list(PERCENT_LEVEL)), rng.randint(1, 5)
        rt, who = rng.choice(list(RESPONSE_TYPES)), rng.choice(ABATTOIR_OWNERS)
        plan = rng.choice(["Book the inspector in writing", "Temporary tanker removal"])
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", found[i], text, None, cat, pct / 100, c]
        cells += [rt, plan, who, st]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 2).number_format = "yyyy-mm-dd"
        ws.cell(5 + i, 6).number_format = "0%"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", PERCENT_LEVEL[pct]),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", st),
        ]
        if cat != "Food Safety":
            values.append(ValueFact("risks", i, "category", cat))
        values.append(ValueFact("risks", i, "response_type", RESPONSE_TYPES[rt]))
    ws.cell(6 + n, 1, "Last reviewed 2026-03-02 by the project board")
    path = _save(wb, folder, "ca_abattoir_risk_register")
    targets: Targets = _cols("A", ["id", "raised_date", ("title", "description")])
    targets |= _cols("E", ["category", "probability", "impact", "response_type", "response"])
    targets |= _cols("J", ["owner", "status"])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


TAFE_DECISIONS = [
    "Automotive workshop moves to Building K during the refit",
    "Hospitality kitchen kept open for apprentices in term 2",
    "Solar array procured through the state panel, not tendered",
    "Library collection digitised before the move, not after",
    "Student hub furniture from the existing supplier",
]
TAFE_MAKERS = ["Campus Director", "Project Control Group", "Leanne Nguyen", "Facilities Manager"]


def au_polytechnic_decision_log(folder: Path, rng: random.Random) -> Built:
    """An Australian TAFE campus decision log: a one-cell title block with two fields,
    `DEC-01` ids, day-first `3/03/2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Project: Ultimo Campus Refresh | Sponsor: Mark Hennessy"
    head = ["ID", "Date Made", "Decision", "Rationale", "Made By", "Impacted Areas"]
    _put(ws, 3, 1, [head])
    n = rng.randint(3, 5)
    made = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Ultimo Campus Refresh"),
        ValueFact("project", 0, "sponsor", "Mark Hennessy"),
    ]
    for i, text in enumerate(rng.sample(TAFE_DECISIONS, n)):
        who = rng.choice(TAFE_MAKERS)
        why = rng.choice(["Keeps teaching on campus", "Saves $180k", "Avoids a second move"])
        area = rng.choice(["Teaching", "Facilities", "IT; Library"])
        _put(ws, 4 + i, 1, [[f"DEC-{i + 1:02d}", _au(made[i]), text, why, who, area]])
        values += [
            # audit (round 26): `DEC-01` is the standard's DC-001 (SPEC section 3), as the
            # 14th, 22nd, 28th and 29th batches read it (round 24's audit)
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "au_polytechnic_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "rationale", "made_by", None])
    return Built(path, [_one("decisions", "Decision Log", 3, targets, n)], values)


MAC_DEPS = [
    "Kenya Power transformer upgrade at the Thika site",
    "KEBS certification of the new cracking line",
    "Export permit template from the Nuts and Oil Crops Directorate",
    "Outgrower payment app from the finance team",
    "Cold store racking from the logistics project",
]
MAC_TEAMS = ["Kenya Power", "Quality & Compliance", "Finance Systems", "Logistics"]
MAC_PEOPLE = ["Wanjiru Kamau", "Otieno Ouma", "Faith Njeri"]


def ke_macadamia_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Kenyan macadamia processor's dependency tracker: a merged `Dates` group over
    `Needed By` / `Promised By` date cells, In / Out, a RAG column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Thika Macadamia Factory Expansion - Dependency Tracker"
    ws["G2"] = "Dates"
    ws.merge_cells("G2:H2")
    head = ["Dep #", "Dependency", "In/Out", "Other Team", "Contact", "Owner", "Needed By"]
    head += ["Promised By", "RAG"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(MAC_DEPS, n)):
        way = rng.choice(["In", "Out"])
        team, them, who = rng.choice(MAC_TEAMS), rng.choice(MAC_PEOPLE), rng.choice(MAC_PEOPLE)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 10]))
        cells: list[object] = [f"DEP-{i + 1}", text, way, team, them, who, need[i], promised]
        cells += [rng.choice(["Green", "Amber", "Red"])]
        _put(ws, 4 + i, 1, [cells])
        for c in (7, 8):
            ws.cell(4 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            # audit (round 26): `DEP-1` is D-001 (the standard's letter keeps the number, as
            # `DEP-01`, `DEP01` and the unpadded `DEC-7` were read in earlier batches)
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
    path = _save(wb, folder, "ke_macadamia_dependencies")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["counterparty_owner", "owner", "need_by", "committed_date"])
    targets |= {"I": ("status", None)}
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


SAW_ASSUMPTIONS = [
    "Coillte log supply stays at 40,000 m3 a year",
    "The kiln grant from Enterprise Ireland is paid on completion",
    "ESB can supply 1.5 MVA to the new kiln house",
    "Planning permission covers the night-time saw shift",
    "Existing forklift drivers can be trained on the new loaders",
]
SAW_OWNERS = ["Declan Ryan", "Siobhan Kelly", "Eoin Brennan"]


def ie_sawmill_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Irish sawmill's assumption log: numbered rows, `Validated? (Y/N)`, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions Log")
    ws["A1"] = "Kiln House Extension - Assumptions Log"
    head = ["No.", "Assumption", "Date Logged", "Owner", "Validated? (Y/N)", "Validation Date"]
    head += ["Comments"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    logged = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SAW_ASSUMPTIONS, n)):
        who, yes = rng.choice(SAW_OWNERS), rng.random() < 0.4
        when = logged[i] + timedelta(days=30) if yes else None
        note = rng.choice(["Confirmed by e-mail", "Check at next board", None])
        _put(ws, 4 + i, 1, [[i + 1, text, logged[i], who, "Y" if yes else "N", when, note]])
        for c in (3, 6):
            ws.cell(4 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "owner", who),
        ]
        if yes:
            values.append(ValueFact("assumptions", i, "status", "Validated"))
    path = _save(wb, folder, "ie_sawmill_assumptions")
    targets: Targets = _cols("A", [("id", None), "assumption", "raised_date", "owner", "status"])
    targets |= _cols("F", [("validate_by", "closed_date", None), None])
    return Built(path, [_one("assumptions", "Assumptions Log", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CITRUS_LINES = {
    "CAPEX": ["Optical sorter", "Cold room panels", "Bin tippers"],
    "OPEX": ["Seasonal labour", "Electricity", "Packaging"],
}


def _rand(amount: int) -> str:
    """Rand as a South African PM writes them (``R125 000``: space grouping)."""
    return "R" + f"{amount:,}".replace(",", " ")


def za_citrus_packhouse_budget_actual(folder: Path, rng: random.Random) -> Built:
    """A South African citrus packhouse's budget vs actual: merged month labels over Budget /
    Actual sub-columns, CAPEX / OPEX sections with subtotals, `R125 000` text amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Letsitele Packhouse Upgrade - Budget vs Actual (ZAR, excl VAT)"
    months = _months(date(2026, 3, 1), 4)
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(4, col, f"{month:%b} {month:%y}")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Budget")
        ws.cell(5, col + 1, "Actual")
    ws.cell(5, 1, "Cost Line")
    done = 2  # actuals for the first two months only
    values: list[ValueFact] = []
    row, n_lines = 6, 0
    grand = [0] * (2 * len(months))
    for section, lines in CITRUS_LINES.items():
        ws.cell(row, 1, section)
        row += 1
        sub = [0] * (2 * len(months))
        kind = "CapEx" if section == "CAPEX" else "OpEx"
        for line in rng.sample(lines, 2):
            n_lines += 1
            ws.cell(row, 1, line)
            for m, month in enumerate(months):
                plan = rng.randrange(2, 90) * 5000
                ws.cell(row, 2 + 2 * m, _rand(plan))
                sub[2 * m] += plan
                values.append(ValueFact("finance", (month, line), "budget", float(plan)))
                values.append(ValueFact("finance", (month, line), "capex_opex", kind))
                if m < done:
                    spent = round(plan * rng.uniform(0.8, 1.2) / 100) * 100
                    ws.cell(row, 3 + 2 * m, _rand(spent))
                    sub[2 * m + 1] += spent
                    values.append(ValueFact("finance", (month, line), "actual", float(spent)))
            row += 1
        ws.cell(row, 1, "Subtotal")
        for k, amount in enumerate(sub):
            if amount:
                ws.cell(row, 2 + k, _rand(amount))
        grand = [a + b for a, b in zip(grand, sub, strict=True)]
        row += 2
    ws.cell(row, 1, "TOTAL")
    for k, amount in enumerate(grand):
        if amount:
            ws.cell(row, 2 + k, _rand(amount))
    path = _save(wb, folder, "za_citrus_packhouse_budget_actual")
    table = TruthTable("BvA", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * n_lines})  # fmt: skip
    return Built(path, [table], values)


BOTTLING_LINES = ["Blow moulder", "Filler and capper", "Labeller", "Water treatment",
                  "Civil works", "Commissioning"]  # fmt: skip


def ng_bottling_plant_rolling_forecast(folder: Path, rng: random.Random) -> Built:
    """A Nigerian bottling plant's rolling forecast: a row of `A` / `F` over month date
    cells, a `Total` column and row, `#,##0` amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Agbara Bottling Line 3 - Rolling Forecast (NGN)"
    ws["A2"] = "A = actual, F = forecast"
    months = _months(date(2026, 1, 1), 6)
    done = 3
    _put(ws, 3, 2, [["A" if m < done else "F" for m in range(len(months))]])
    _put(ws, 4, 1, [["Cost Line", *months, "Total"]])
    for c in range(2, 2 + len(months)):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(BOTTLING_LINES, 4)
    values: list[ValueFact] = []
    tot = [0] * len(months)
    for r, line in enumerate(lines):
        amounts = [rng.randrange(4, 120) * 250000 for _ in months]
        tot = [a + b for a, b in zip(tot, amounts, strict=True)]
        _put(ws, 5 + r, 1, [[line, *amounts, sum(amounts)]])
        for c in range(2, 3 + len(months)):
            ws.cell(5 + r, c).number_format = "#,##0"
        for m, month in enumerate(months):
            measure = "actual" if m < done else "forecast"
            values.append(ValueFact("finance", (month, line), measure, float(amounts[m])))
    _put(ws, 5 + len(lines), 1, [["Total", *tot, sum(tot)]])
    path = _save(wb, folder, "ng_bottling_plant_rolling_forecast")
    table = TruthTable("Forecast", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SKATE_PEOPLE = [
    ("Aroha Ngata", "Christchurch City Council", "Project Manager"),
    ("Liam O'Sullivan", "Christchurch City Council", "Landscape Architect"),
    ("Mere Tuhoe", "Bowl Builders Ltd", "Site Supervisor"),
    ("Josh Patel", "Bowl Builders Ltd", "Concrete Finisher"),
    ("Hannah Brown", "Stantec", "Structural Engineer"),
]


def nz_skate_park_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A NZ council skate park's resource plan: `Jan` month text with the year in the title,
    FTE fractions, a blank spacer row and a `Total FTE` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Linwood Skate Park Renewal - Resource Plan 2026 (FTE)"
    labels = ["Feb", "Mar", "Apr", "May", "Jun", "Jul"]
    _put(ws, 3, 1, [["Resource", "Organisation", "Role", *labels]])
    people = rng.sample(SKATE_PEOPLE, 4)
    count, tot = 0, [0.0] * len(labels)
    for r, (who, org, role) in enumerate(people):
        fte = [rng.choice([0, 0.2, 0.5, 1.0]) for _ in labels]
        count += sum(1 for f in fte if f)
        tot = [a + b for a, b in zip(tot, fte, strict=True)]
        _put(ws, 4 + r, 1, [[who, org, role, *[f or None for f in fte]]])
    _put(ws, 5 + len(people), 1, [["Total FTE", None, None, *[round(t, 1) for t in tot]]])
    path = _save(wb, folder, "nz_skate_park_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


SHELTER_PHASES = {
    "Phase 1 - Design": ["Schematic design approved", "Permit drawings submitted"],
    "Phase 2 - Construction": ["Building permit issued", "Kennel block topped out",
                               "Clinic fit-out complete"],
    "Phase 3 - Move-in": ["Animals moved from the old shelter", "Public open day"],
}  # fmt: skip
SHELTER_OWNERS = ["Rachel Kim", "Marcus Bell", "Dr. Olivia Grant"]


def us_animal_shelter_milestones(folder: Path, rng: random.Random) -> Built:
    """A US animal shelter's milestone plan: phase heading rows, US text dates, a RAG
    column of colour words, empty actuals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Riverside County Animal Shelter - Milestone Plan"
    head = ["Milestone", "Owner", "Baseline", "Forecast", "Actual", "RAG", "Comments"]
    _put(ws, 3, 1, [head])
    names = [m for ms in SHELTER_PHASES.values() for m in ms]
    base = _days(rng, len(names), date(2025, 10, 6))
    done = rng.randint(1, 2)
    fcs = _past_twelfth([d + timedelta(days=rng.choice([0, 0, 10, 24])) for d in base])
    if fcs[0].day <= 12:  # the first actual (the forecast met) past the 12th too
        fcs[0] = fcs[0].replace(day=fcs[0].day + 13)
    row, k = 4, 0
    values: list[ValueFact] = []
    for phase, ms in SHELTER_PHASES.items():
        ws.cell(row, 1, phase)
        row += 1
        for name in ms:
            fc = fcs[k]
            who = rng.choice(SHELTER_OWNERS)
            actual = _us(fc) if k < done else None
            rag = "Green" if k < done else rng.choice(["Green", "Amber", "Red"])
            cells = [name, who, _us(base[k]), _us(fc), actual, rag, None]
            _put(ws, row, 1, [cells])
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "owner", who),
                ValueFact("milestones", k, "baseline_date", base[k]),
                ValueFact("milestones", k, "forecast_date", fc),
            ]
            if actual:
                values.append(ValueFact("milestones", k, "actual_date", fc))
            row, k = row + 1, k + 1
    path = _save(wb, folder, "us_animal_shelter_milestones")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", ("status", None), None])
    return Built(path, [_one("milestones", "Milestones", 3, targets, k)], values)


HERB_RISKS = [
    "Imaging contractor's scanner calibration drifts",
    "Fragile type specimens damaged in handling",
    "Metadata vendor misses the taxonomy import",
    "Volunteer transcribers drop after the pilot",
    "Storage costs exceed the cloud estimate",
]
HERB_OWNERS = ["Tan Wei Ling", "Dr. Rajesh Menon", "Nurul Huda"]
#: H / M / L on the 1-5 scale (the documented three-level reading, as earlier batches read it)
THREE_LEVELS = {"H": 5.0, "M": 3.0, "L": 1.0}


def sg_herbarium_status_report(folder: Path, rng: random.Random) -> Built:
    """A Singapore herbarium digitisation status report: label / value pairs down columns A
    and B, a report date cell, RAG words, a `Top Risks` table with H / M / L."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "PROJECT STATUS REPORT"
    report = date(2026, 2, 27)
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(3)]
    pairs: list[list[object]] = [
        ["Project Name", "Herbarium Digitisation Phase 2"],
        ["Project Manager", "Tan Wei Ling"],
        ["Sponsor", "Prof. Lim Siew Hoon"],
        ["Report Date", report],
        ["Overall RAG", rags[0]],
        ["Schedule", rags[1]],
        ["Budget", rags[2]],
    ]
    _put(ws, 3, 1, pairs)
    ws["B6"].number_format = "d mmm yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Herbarium Digitisation Phase 2"),
        ValueFact("project", 0, "project_manager", "Tan Wei Ling"),
        ValueFact("project", 0, "sponsor", "Prof. Lim Siew Hoon"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
    ]
    ws["A12"] = "Top Risks"
    _put(ws, 13, 1, [["Risk", "Likelihood", "Impact", "Owner", "Mitigation"]])
    n = rng.randint(3, 4)
    for i, text in enumerate(rng.sample(HERB_RISKS, n)):
        who = rng.choice(HERB_OWNERS)
        plan = rng.choice(["Weekly calibration log", "Handling training for all staff"])
        p, c = rng.choice("HML"), rng.choice("HML")
        _put(ws, 14 + i, 1, [[text, p, c, who, plan]])
        values += [
            ValueFact("risks", i, "title", text),
            # audit (round 26): H / M / L on a likelihood or impact are 5 / 3 / 1 (the
            # documented three-level reading; the fifteenth batch's highlight report's `Key
            # risks` with the same letters has these facts)
            ValueFact("risks", i, "probability", THREE_LEVELS[p]),
            ValueFact("risks", i, "impact", THREE_LEVELS[c]),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
        ]
    path = _save(wb, folder, "sg_herbarium_status_report")
    targets: Targets = _cols("A", ["title", "probability", "impact", "owner", "response"])
    return Built(path, [_one("risks", "Status Report", 13, targets, n)], values)


TANNERY_HEADS = ["Civil works", "ETP equipment", "Piping & valves", "Electrical",
                 "Consultancy fees"]  # fmt: skip


def in_tannery_budget_long(folder: Path, rng: random.Random) -> Built:
    """An Indian tannery effluent plant's budget and expenditure statement in long form:
    `Apr-26` month text, heads of account, a `Sub-total` row after each month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Statement")
    ws["A1"] = "Common Effluent Treatment Plant, Vaniyambadi - Budget & Expenditure"
    ws["A2"] = "(Amount in Rs.)"
    head = ["Month", "Head of Account", "Sanctioned Budget", "Expenditure", "Balance"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 4, 1), 3)
    heads = rng.sample(TANNERY_HEADS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 5
    for month in months:
        sb = se = 0
        for h in heads:
            budget = rng.randrange(2, 60) * 50000
            spent = round(budget * rng.uniform(0.6, 1.1) / 1000) * 1000
            _put(ws, row, 1, [[f"{month:%b}-{month:%y}", h, budget, spent, budget - spent]])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##,##0"
            sb, se = sb + budget, se + spent
            values.append(ValueFact("finance", (month, h), "budget", float(budget)))
            values.append(ValueFact("finance", (month, h), "actual", float(spent)))
            row += 1
        _put(ws, row, 2, [["Sub-total", sb, se, sb - se]])
        row += 1
    path = _save(wb, folder, "in_tannery_budget_long")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual", "E": None}
    table = TruthTable("Statement", 4, "finance", targets, {"finance": len(months) * len(heads)})
    return Built(path, [table], values)


HELD_OUT_35: tuple[Layout, ...] = (
    Layout(
        "uk_courthouse_raid_tabs",
        "UK courthouse web-template RAID log (one tab per register, R001, initials)",
        uk_courthouse_raid_tabs,
    ),
    Layout(
        "us_velodrome_planner_issues",
        "US velodrome Microsoft Planner export as an issue log (Urgent..Low, 3/14/2026 text)",
        us_velodrome_planner_issues,
    ),
    Layout(
        "ca_abattoir_risk_register",
        "Canadian abattoir risk register (spacer column, % probability, response types)",
        ca_abattoir_risk_register,
    ),
    Layout(
        "au_polytechnic_decision_log",
        "Australian TAFE decision log (Project | Sponsor in one cell, DEC-01, 3/03/2026)",
        au_polytechnic_decision_log,
    ),
    Layout(
        "ke_macadamia_dependencies",
        "Kenyan macadamia dependency tracker (merged Dates group, In/Out, RAG column)",
        ke_macadamia_dependencies,
    ),
    Layout(
        "ie_sawmill_assumptions",
        "Irish sawmill assumption log (numbered rows, Validated? (Y/N), dd-mmm-yy cells)",
        ie_sawmill_assumptions,
    ),
    Layout(
        "za_citrus_packhouse_budget_actual",
        "SA citrus packhouse budget vs actual (merged months over Budget/Actual, R125 000)",
        za_citrus_packhouse_budget_actual,
    ),
    Layout(
        "ng_bottling_plant_rolling_forecast",
        "Nigerian bottling plant rolling forecast (A / F row over mmm-yy date cells)",
        ng_bottling_plant_rolling_forecast,
    ),
    Layout(
        "nz_skate_park_resource_plan",
        "NZ council skate park resource plan (Feb..Jul text, FTE fractions, Total FTE)",
        nz_skate_park_resource_plan,
    ),
    Layout(
        "us_animal_shelter_milestones",
        "US animal shelter milestone plan (phase rows, 3/14/2026 text, RAG words)",
        us_animal_shelter_milestones,
    ),
    Layout(
        "sg_herbarium_status_report",
        "Singapore herbarium status report (label / value pairs, Top Risks with H/M/L)",
        sg_herbarium_status_report,
    ),
    Layout(
        "in_tannery_budget_long",
        "Indian tannery budget & expenditure, long form (Apr-26 text, Sub-total rows, Rs.)",
        in_tannery_budget_long,
    ),
)
