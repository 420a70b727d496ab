"""The thirty-second held-out batch (``HELD_OUT_32``, issue 15 round 25): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from web templates, tool exports and hand-built trackers, in sectors
no earlier batch's docstring names (a golf club, a toll road, a seed bank, a correctional
centre, a zinc mine, a bus depot, an orchard, a flour mill, a tyre plant, a rowing club, a
fishery port, a university hostel).

Registers:

- ``sco_golf_club_raid_log``: a Scottish golf club's web-template RAID log: a title, a
  `Project:` line, the header on row 4, `Ref` R01 / A01 / I01 / D01 numbered per type,
  `Type` Risk / Assumption / Issue / Dependency, `Description`, `Owner` initials, `Date
  Raised` and `Target Date` date cells shown `dd/mm/yyyy`, `Status` Open / Closed,
  `Priority` H / M / L.
- ``in_toll_road_jira_issues``: an Indian toll road's Jira export: header on row 1, `Issue
  key` NHTR-140.., `Summary`, `Issue Type` Task, `Status` To Do / In Progress / Done,
  `Priority` Highest / High / Medium / Low, `Assignee`, `Reporter`, `Created` as `12/Mar/26
  10:15 AM` text, `Due date` as `20/Mar/26` text.
- ``ke_seed_bank_assumptions``: a Kenyan seed bank's hand-built assumption log starting in
  column B: a title and a note line (`H/M/L = confidence`), `Ref` A-01.., `Assumption`,
  `Owner`, `Confidence (H/M/L)`, `Validate By` as `14 Mar 26` text, `Status`, `Impact if
  wrong`.
- ``ca_prison_smartsheet_dependencies``: a Canadian correctional centre's Smartsheet
  export: `Dependency`, `Direction` Inbound / Outbound, `Other Project` (a project's name),
  `Our Owner`, `Their Contact`, `Need By` and `Committed` date cells shown `yyyy-mm-dd`,
  `Status`, `At Risk` a checkbox (TRUE / FALSE), `Modified` a system timestamp as text.
- ``au_zinc_mine_decision_register``: an Australian zinc mine's decision register: a title,
  a notes line, the header on row 4, row 5 left blank, `Decision No.` 1, 2, 3, `Date` date
  cells shown `d/mm/yyyy`, `Decision Description`, `Decision Maker`, `Reason /
  Justification`, `Related Risk / Issue` (R-007, I-003 or blank), `Forum`.
- ``ie_bus_depot_risk_register``: an Irish bus depot's risk register: a two-row header,
  merged `Inherent` over `L` / `I` / `Score` and merged `Residual` over `L` / `I` / `Score`
  (the sub-labels repeat), `Risk ID` R-001, `Date Raised` as `14/03/2026` text, `Category`,
  `Owner` e-mail addresses, `Mitigation Actions` between the groups, `Status`.

Trackers:

- ``nz_orchard_budget_actual_grouped``: a NZ orchard's budget v actual: a merged `Budget`
  group over six `Apr 2026` text months and a `Total`, a blank spacer column, a merged
  `Actual` group over the same months (three filled) and a `Total`, a `TOTAL` row, `(NZ$,
  excl GST)` in the title.
- ``in_flour_mill_actuals``: an Indian flour mill's monthly actual expenditure: a title and
  `(in ₹)`, `Sr. No.`, `Particulars`, `Apr'26`.. month text, amounts as `₹12,50,000` text
  (lakh grouping), a `Total` column and a `Total` row.
- ``za_tyre_plant_resource_plan``: a South African tyre plant's resource plan: people as
  `Naidoo, P.`, `Role`, team heading rows (`Engineering`) and a blank row between teams,
  months as date cells shown `mmm yyyy`, person-days, a `Total days` row.
- ``uk_rowing_club_msproject_milestones``: a UK rowing club's MS Project milestone view
  pasted to Excel: `ID`, `Task Name` (summary rows `Boathouse` with a duration in days,
  milestones indented with `0 days`), `Start` / `Finish` / `Baseline Finish` as `Mon
  16/03/26` text, `NA` for an unbaselined milestone, `% Complete`, `Resource Names` (one
  or two names joined by a comma).
- ``sg_fishery_port_status_report``: a Singapore fishery port's monthly status report:
  `Project:`, `Project Manager:` and `Reporting Period:` in one cell, a row of RAG labels
  (`Overall`, `Schedule`, `Cost`, `Scope`) over a row of colour words, a `Key Milestones`
  table (`Milestone`, `Baseline`, `Forecast`, `Actual`, `Status`) of date cells `d-mmm-yy`.
- ``ng_hostel_budget_actual_blocks``: a Nigerian university hostel's cost tracker: a
  `BUDGET` block and an `ACTUAL` block stacked on one sheet, each a section label, a header
  of month date cells shown `mmm` with `Q1` / `Q2` total columns between the months, cost
  lines, a `Total` row; amounts are numbers shown `₦#,##0`; `(Naira)` in the title.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the rowing club's summary rows (`Boathouse`, `Pontoon`, `Fleet`) are phases, no
  milestones; `Start` of a `0 days` milestone (equal to `Finish`): forecast or left out, no
  second fact; `% Complete` `100%` (Complete, and `Finish` then an actual date?): no status
  and no actual fact; `Resource Names` with two names: no owner fact (one name: the owner);
  `ID` (MS Project's row number): no id fact; the last milestone's `NA` baseline: no fact;
- the golf club's `Target Date` on a dependency (need by or committed): no fact, the
  column's targets name both; a dependency has no raised-date fact (the standard has none);
  `Priority` H / M / L is an issue's priority (High / Medium / Low); on risks, assumptions
  and dependencies (no priority field): no fact; `R01` is R-001, `A01` A-001, `I01` I-001,
  `D01` D-001; `Project: Clubhouse Refurbishment 2026` is the project's name (added by the
  audit, round 25);
- the bus depot's repeated `L` / `I` / `Score` are read through the merged group above:
  `Inherent` is probability / impact / score, `Residual` the residual ones; the two typed
  `Score` columns are the score (residual score) or left out, no value (the audit, round
  25: SPEC computes the score, as every earlier batch's typed score); `Category` is
  the category (the audit, round 25): Technical / Commercial / People as written,
  `Regulatory` (on no standard list) no fact; the lone `Risk Description` is the title or
  the description, the title values standing (the audit, round 25, as round 20's); e-mail
  owners are the owner as written;
- Jira's `Issue key` is the ID column (the audit, round 25, as round 23's audit read every
  Jira export's key); NHTR-140 (not the standard's I-001 shape): no id value fact; `Done`
  (Resolved or Closed): no fact, `To Do` is Open, `In Progress` In Progress; `Highest`
  (Critical or High): no fact, High / Medium / Low as written; `Issue Type` `Task`: type or
  left out, no fact; `Reporter`: left out; `Created` `12/Mar/26 10:15 AM` is 12 March 2026
  (the time dropped);
- Smartsheet's `Other Project` (a project's name, not its id): mapped or left out, no fact;
  `At Risk` checkbox: left out (the status holds the words); `Modified` is the last update,
  its date (the audit, round 25, as round 20's audit read SharePoint's and Smartsheet's);
- the zinc mine's `Decision No.` 1, 2, 3 (an id or a row number): no id fact; `Related
  Risk / Issue` (linked ids): no fact; `Forum` left out; the blank row 5 is no decision;
- the seed bank's H / M / L in `Confidence (H/M/L)` are High / Medium / Low; `A-01` is
  A-001; `14 Mar 26` is 14 March 2026;
- the fishery report's one title cell gives the project's name and manager; `Reporting
  Period: Feb 2026` (a report date on the 1st, the 28th or none): no fact;
- the orchard's `NZ$` and the hostel's `Naira`: no currency fact (NZD and NGN are not on
  the standard's currency list); the flour mill's `₹` is INR; `Total` / `TOTAL` rows and
  columns and the hostel's `Q1` / `Q2` columns are no lines and no months; the hostel's
  `ACTUAL` block and the orchard's `Actual` group give actual facts only for the filled
  months (an empty month is no zero);
- the flour mill's `Apr'26` is April 2026; `Sr. No.`: left out; `₹12,50,000` is 1,250,000;
- the tyre plant's team heading rows and the `Total days` row are no people; counts only,
  no value facts (like earlier batches' resource plans); `Naidoo, P.` is the person as
  written.

Readings used: text dates are day first (one day past the 12th in each column); ids in the
standard's shape keep their number. It was written and checked for internal consistency
only (``adopt_truth.check_truth``), never against adoption's output.
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

GOLF_ITEMS = [
    ("Risk", "Planning consent for the new clubhouse extension refused"),
    ("Risk", "Greenkeeping staff leave during the construction season"),
    ("Risk", "Course drainage works overrun into the Open qualifier"),
    ("Assumption", "Members vote the capital levy through at the AGM"),
    ("Assumption", "The bank holds the loan offer open until April"),
    ("Issue", "Pro shop till system will not read the new member cards"),
    ("Issue", "Temporary changing rooms have no hot water"),
    ("Dependency", "Council road closure for the crane delivery"),
    ("Dependency", "Scottish Water connection for the new wash bay"),
]
GOLF_OWNERS = ["AM", "RD", "FK", "JS"]


def sco_golf_club_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Scottish golf club's web-template RAID log: one table, a `Type` column, H/M/L."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "RAID Log"
    ws["A2"] = "Project: Clubhouse Refurbishment 2026"
    header = ["Ref", "Type", "Description", "Owner", "Date Raised", "Target Date", "Status"]
    header += ["Priority"]
    _put(ws, 4, 1, [header])
    items = rng.sample(GOLF_ITEMS, 7)
    raised = _days(rng, len(items), date(2025, 11, 3))
    target = [d + timedelta(days=rng.choice([21, 30, 45])) for d in raised]
    reg = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
    reg["Dependency"] = "dependencies"
    letter = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}
    text = {"risks": "title", "issues": "title", "dependencies": "title"}
    text["assumptions"] = "assumption"
    due = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
    prio = {"H": "High", "M": "Medium", "L": "Low"}
    counts: dict[str, int] = {}
    # the labelled `Project:` line is the project's name (audit, round 25, as the 22nd batch's
    # RAID log and this batch's fishery report read a `Project:` label in one cell)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Clubhouse Refurbishment 2026")
    ]
    for i, (kind, title) in enumerate(items):
        r = reg[kind]
        k = counts.get(r, 0)
        counts[r] = k + 1
        owner, status, p = (
            rng.choice(GOLF_OWNERS),
            rng.choice(["Open", "Open", "Closed"]),
            rng.choice(list(prio)),
        )
        cells: list[object] = [f"{letter[r]}{k + 1:02d}", kind, title, owner, raised[i]]
        cells += [target[i], status, p]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 5).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 6).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(r, k, "id", f"{letter[r]}-{k + 1:03d}"),
            ValueFact(r, k, text[r], title),
            ValueFact(r, k, "owner", owner),
            ValueFact(r, k, "status", status),
        ]
        if r != "dependencies":  # a dependency has no raised date in the standard
            values += [
                ValueFact(r, k, "raised_date", raised[i]),
                ValueFact(r, k, due[r], target[i]),
            ]
        if r == "issues":  # only an issue has a priority in the standard
            values.append(ValueFact(r, k, "priority", prio[p]))
    path = _save(wb, folder, "sco_golf_club_raid_log")
    dates = {"dependencies": ("need_by", "committed_date")} | {r: (f,) for r, f in due.items()}
    text_cols = tuple(dict.fromkeys(text[r] for r in reg.values() if r in counts))
    due_cols = tuple(dict.fromkeys(f for r in reg.values() if r in counts for f in dates[r]))
    prio_col = ("priority", None) if "issues" in counts else None
    targets: Targets = _cols("A", ["id", "register", text_cols, "owner", "raised_date"])
    targets |= _cols("F", [due_cols, "status", prio_col])
    return Built(path, [TruthTable("RAID Log", 4, "raid", targets, counts)], values)


TOLL_ISSUES = [
    "FASTag reader at plaza 3 drops one tag in fifty",
    "Service road encroachment near the river bridge",
    "Lane closure permit from NHAI not received",
    "Contractor's labour camp water supply failed",
    "ATMS cameras delivered without night mode",
    "Concessionaire disputes the toll rate notification",
    "Median crash barrier short by 400 m",
]
TOLL_PEOPLE = ["Priya Raghavan", "Anil Deshmukh", "Sandeep Rao", "Kavita Iyer"]


def _jira(d: date, time: bool) -> str:
    """Jira's date text (``12/Mar/26 10:15 AM``)."""
    text = f"{d.day:02d}/{d:%b}/{d:%y}"
    return f"{text} {_clock(d)}" if time else text


def _clock(d: date) -> str:
    """A working-hours time of day, fixed by the date (Jira's `Created` carries one)."""
    hour, minute = 9 + d.day % 8, (d.day * 7) % 60
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def in_toll_road_jira_issues(folder: Path, rng: random.Random) -> Built:
    """An Indian toll road project's Jira issue export: keys, `12/Mar/26` text, Highest."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Jira")
    header = ["Issue key", "Summary", "Issue Type", "Status", "Priority", "Assignee"]
    header += ["Reporter", "Created", "Due date"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 12))
    due = [d + timedelta(days=rng.choice([7, 14, 21])) for d in raised]
    state = {"To Do": "Open", "In Progress": "In Progress", "Done": None}
    prio = {"Highest": None, "High": "High", "Medium": "Medium", "Low": "Low"}
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(TOLL_ISSUES, n)):
        who, st, p = rng.choice(TOLL_PEOPLE), rng.choice(list(state)), rng.choice(list(prio))
        cells: list[object] = [f"NHTR-{140 + i * 3}", title, "Task", st, p, who]
        cells += [rng.choice(TOLL_PEOPLE), _jira(raised[i], True), _jira(due[i], False)]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if state[st]:
            values.append(ValueFact("issues", i, "status", state[st]))
        if prio[p]:
            values.append(ValueFact("issues", i, "priority", prio[p]))
    path = _save(wb, folder, "in_toll_road_jira_issues")
    # `Issue key` is the ID column of every Jira export's truth (audit, round 23: the 26th
    # batch's `Key`); NHTR-140 is a project key, not the I-001 shape, so still no id value
    targets: Targets = _cols("A", ["id", "title", ("type", None), "status", "priority"])
    targets |= _cols("F", ["owner", None, "raised_date", "due_date"])
    return Built(path, [_one("issues", "Jira", 1, targets, n)], values)


SEED_ASSUMPTIONS = [
    "Cold room holds -18 C through the grid outages",
    "KEPHIS keeps the current germination test protocol",
    "Donor grant for the drying room is released in Q2",
    "County farmers' groups deliver landrace samples on time",
    "The generator contract covers weekend call-outs",
    "Seed packets from the old store are still viable",
]
SEED_OWNERS = ["Dr. Achieng Otieno", "Peter Mwangi", "Grace Wambui"]


def ke_seed_bank_assumptions(folder: Path, rng: random.Random) -> Built:
    """A Kenyan seed bank's hand-built assumption log: starts in column B, a notes row,
    H/M/L confidence, `14 Mar 26` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["B1"] = "Muguga Genebank Cold Store Upgrade"
    ws["B2"] = "Assumptions Log - review at every project board; H/M/L = confidence"
    header = ["Ref", "Assumption", "Owner", "Confidence (H/M/L)", "Validate By", "Status"]
    header += ["Impact if wrong"]
    _put(ws, 4, 2, [header])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 2, 2))
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(SEED_ASSUMPTIONS, n)):
        owner, c = rng.choice(SEED_OWNERS), rng.choice(list(conf))
        status = rng.choice(["Open", "Open", "Validated", "Invalid"])
        wrong = rng.choice(["Collection lost", "Six-week delay", "KES 2.4m extra cost"])
        d = by[i]
        cells = [f"A-{i + 1:02d}", text, owner, c, f"{d.day} {d:%b} {d:%y}", status, wrong]
        _put(ws, 5 + i, 2, [cells])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", d),
            ValueFact("assumptions", i, "status", status),
            ValueFact("assumptions", i, "impact_if_false", wrong),
        ]
    path = _save(wb, folder, "ke_seed_bank_assumptions")
    targets: Targets = _cols("B", ["id", "assumption", "owner", "confidence", "validate_by"])
    targets |= _cols("G", ["status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


PRISON_DEPS = [
    ("Perimeter fence cameras on the new VMS", "Security Systems Renewal"),
    ("Kitchen gas line shut-off approved", "Facilities Lifecycle"),
    ("Inmate phone system moved to the new network", "Telecom Modernisation"),
    ("Fire alarm panel replacement finished", "Life Safety Upgrades"),
    ("Staff ID badges reissued for the new doors", "Access Control Program"),
    ("Sally port gate motors delivered", "Security Systems Renewal"),
]
PRISON_OWNERS = ["Marc Gagnon", "Heather Campbell", "Daniel Okafor"]
PRISON_CONTACTS = ["Lisa Chen", "Raj Malhotra", "Sophie Tremblay"]


def ca_prison_smartsheet_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Canadian correctional centre's Smartsheet dependency sheet export: ISO date
    cells, an `At Risk` checkbox, a `Modified` system column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["Dependency", "Direction", "Other Project", "Our Owner", "Their Contact"]
    header += ["Need By", "Committed", "Status", "At Risk", "Modified"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 9))
    promised = [d + timedelta(days=rng.choice([-7, 0, 0, 14])) for d in need]
    values: list[ValueFact] = []
    for i, (title, other) in enumerate(rng.sample(PRISON_DEPS, n)):
        way, owner, them = (
            rng.choice(["Inbound", "Outbound"]),
            rng.choice(PRISON_OWNERS),
            rng.choice(PRISON_CONTACTS),
        )
        st = rng.choice(["On Track", "At Risk", "Late", "Delivered"])
        cells: list[object] = [title, way, other, owner, them, need[i], promised[i], st]
        modified = date(2026, 3, 1 + i % 5)
        cells += [st in ("At Risk", "Late"), f"{modified.isoformat()} 14:{20 + i}"]
        _put(ws, 2 + i, 1, [cells])
        for c in (6, 7):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised[i]),
            ValueFact("dependencies", i, "status", st),
            # Smartsheet's `Modified` is the row's last update (audit, round 25, as round 20's
            # audit read SharePoint's and adopt_layouts' Smartsheet `Modified`): its ISO date
            ValueFact("dependencies", i, "last_updated", modified),
        ]
    path = _save(wb, folder, "ca_prison_smartsheet_dependencies")
    targets: Targets = _cols("A", ["title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("D", ["owner", "counterparty_owner", "need_by", "committed_date"])
    targets |= _cols("H", ["status", None, "last_updated"])
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


ZINC_DECISIONS = [
    "Haul road realigned around the Aboriginal heritage site",
    "Second ball mill deferred to stage two",
    "Camp accommodation leased, not built",
    "Tailings dam raised by downstream method",
    "Ore trucked to Townsville, not railed",
]
ZINC_MAKERS = ["Steering Committee", "Project Director", "Karen O'Brien", "Board"]


def au_zinc_mine_decision_register(folder: Path, rng: random.Random) -> Built:
    """An Australian zinc mine's decision register: a notes row, a blank spacer row, numbered
    decisions, `d/mm/yyyy` date cells, a `Related Risk / Issue` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Register")
    ws["A1"] = "Dugald River Expansion - Decision Register"
    ws["A2"] = "Record decisions once approved. Do not delete rows; mark superseded decisions."
    header = ["Decision No.", "Date", "Decision Description", "Decision Maker"]
    header += ["Reason / Justification", "Related Risk / Issue", "Forum"]
    _put(ws, 4, 1, [header])
    n = rng.randint(3, 5)
    days = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(ZINC_DECISIONS, n)):
        who = rng.choice(ZINC_MAKERS)
        why = rng.choice(["Saves $4.2m capex", "Avoids a Section 18 permit", "Shorter schedule"])
        link = rng.choice([None, f"R-{rng.randint(1, 30):03d}", f"I-{rng.randint(1, 12):03d}"])
        cells: list[object] = [i + 1, days[i], text, who, why, link]
        cells += [rng.choice(["SteerCo", "Project Control Group"])]
        _put(ws, 6 + i, 1, [cells])  # row 5 left blank under the header, as the PM did
        ws.cell(6 + i, 2).number_format = "d/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = _save(wb, folder, "au_zinc_mine_decision_register")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "made_by", "rationale"])
    targets |= _cols("F", [("linked_ids", None), None])
    return Built(path, [_one("decisions", "Decision Register", 4, targets, n)], values)


BUS_RISKS = [
    "Grid upgrade at the depot not energised before the first buses",
    "Chargers delivered without the agreed software version",
    "Fitters not certified for high-voltage work in time",
    "Depot roof cannot carry the pantograph gantry",
    "Battery fire plan not accepted by the fire service",
    "Electric bus range falls short on winter routes",
    "Planning condition on night-time noise at the depot",
]
#: The bus depot's categories on the standards' `risk_category` list (defaults.toml).
RISK_CATEGORIES = {"Technical", "Commercial", "People"}
BUS_OWNERS = ["c.byrne@depotbus.ie", "s.kavanagh@depotbus.ie", "m.oconnor@depotbus.ie"]


def ie_bus_depot_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Irish bus depot's electrification risk register: merged `Inherent` and `Residual`
    groups over `L` / `I` / `Score` (a two-row header), e-mail owners, `14/03/2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Broadstone Depot Electrification - Risk Register"
    ws["F3"] = "Inherent"
    ws.merge_cells("F3:H3")
    ws["J3"] = "Residual"
    ws.merge_cells("J3:L3")
    header: list[object] = ["Risk ID", "Date Raised", "Risk Description", "Category", "Owner"]
    header += ["L", "I", "Score", "Mitigation Actions", "L", "I", "Score", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(BUS_RISKS, n)):
        p, c = rng.randint(2, 5), rng.randint(2, 5)
        rp, rc = max(1, p - rng.randint(0, 2)), max(1, c - rng.randint(0, 1))
        owner = rng.choice(BUS_OWNERS)
        plan = rng.choice(["Weekly call with ESB Networks", "Factory acceptance test first"])
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cat = rng.choice(["Technical", "Commercial", "Regulatory", "People"])
        cells: list[object] = [f"R-{i + 1:03d}", _dmy(raised[i]), title, cat, owner]
        cells += [p, c, p * c, plan, rp, rc, rp * rc, status]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "residual_probability", float(rp)),
            ValueFact("risks", i, "residual_impact", float(rc)),
            ValueFact("risks", i, "status", status),
        ]
        # a risk register's `Category` is the category (audit, round 25, as the 3rd-6th, 8th,
        # 10th, 14th, 17th-23rd and 26th batches read it); `Regulatory` is on no standard list
        # (Legal? Third Party?): no fact, as the 10th and 14th batches left their off-list words
        if cat in RISK_CATEGORIES:
            values.append(ValueFact("risks", i, "category", cat))
    path = _save(wb, folder, "ie_bus_depot_risk_register")
    # a lone `Risk Description` is the title or the description (audit, round 25, as round
    # 20's audit and the 6th, 16th and 22nd batches map it); the title values stand
    desc = ("title", "description")
    targets: Targets = _cols("A", ["id", "raised_date", desc, "category", "owner"])
    # the typed `Score` columns are the score or left out, with no value (audit, round 25):
    # SPEC computes Score from the inputs, never typed, and every earlier batch's typed
    # score (8th-11th, 13th, 17th, 19th, 22nd, 24th, 26th, 28th) reads so
    targets |= _cols("F", ["probability", "impact", ("score", None), "response"])
    targets |= _cols("J", ["residual_probability", "residual_impact", ("residual_score", None)])
    targets |= {"M": "status"}
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ORCHARD_LINES = ["Hail netting", "Frost fans", "Irrigation upgrade", "Packhouse grader",
                 "Orchard labour", "Consultants"]  # fmt: skip


def nz_orchard_budget_actual_grouped(folder: Path, rng: random.Random) -> Built:
    """A NZ apple orchard's tracker: a merged `Budget` group over six `Apr 2026` text months
    and a `Total`, a blank spacer column, the same under a merged `Actual` group; a TOTAL
    row; `(NZ$)` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget v Actual")
    ws["A1"] = "Hawke's Bay Orchard Redevelopment - Budget v Actual (NZ$, excl GST)"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b} {m.year}" for m in months]
    ws["B3"] = "Budget"
    ws.merge_cells("B3:H3")
    ws["J3"] = "Actual"
    ws.merge_cells("J3:P3")
    _put(ws, 4, 1, [["Cost Item", *labels, "Total", None, *labels, "Total"]])
    lines = rng.sample(ORCHARD_LINES, 4)
    # No currency fact: NZD is not on the standard's currency list (as earlier batches).
    values: list[ValueFact] = []
    tot_b, tot_a = [0] * 7, [0] * 7
    for r, line in enumerate(lines):
        plan = [rng.randrange(2, 60) * 1000 for _ in months]
        actual = [round(p * rng.uniform(0.85, 1.15) / 10) * 10 for p in plan[:3]]
        row: list[object] = [line, *plan, sum(plan), None, *actual, None, None, None]
        row += [sum(actual)]
        _put(ws, 5 + r, 1, [row])
        for c in range(2, 17):
            ws.cell(5 + r, c).number_format = "#,##0"
        tot_b = [a + b for a, b in zip(tot_b, [*plan, sum(plan)], strict=True)]
        tot_a = [a + b for a, b in zip(tot_a, [*actual, 0, 0, 0, sum(actual)], strict=True)]
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", float(plan[m])))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", float(actual[m])))
    total_row: list[object] = ["TOTAL", *tot_b, None, *tot_a[:3], None, None, None, tot_a[6]]
    _put(ws, 5 + len(lines), 1, [total_row])
    path = _save(wb, folder, "nz_orchard_budget_actual_grouped")
    table = TruthTable("Budget v Actual", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


FLOUR_LINES = ["Roller mills", "Plansifters", "Silo civil work", "Electricals",
               "Dust collection", "Consultancy"]  # fmt: skip


def _rupees(amount: int) -> str:
    """Rupees as an Indian PM writes them (``₹12,50,000``: lakh grouping)."""
    s = str(amount)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return "₹" + ",".join([*groups, tail]) if groups else "₹" + tail


def in_flour_mill_actuals(folder: Path, rng: random.Random) -> Built:
    """An Indian flour mill's monthly actual expenditure: `Sr. No.`, `Particulars`, `Apr'26`
    month text, amounts as `₹12,50,000` text (lakh grouping), a `Total` column and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actual Expenditure")
    ws["A1"] = "Roller Flour Mill Expansion, Indore"
    ws["A2"] = "Monthly Actual Expenditure (in ₹)"
    months = _months(date(2026, 4, 1), 5)
    _put(ws, 4, 1, [["Sr. No.", "Particulars", *[f"{m:%b}'{m:%y}" for m in months], "Total"]])
    lines = rng.sample(FLOUR_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    col_tot = [0] * len(months)
    for r, line in enumerate(lines):
        amounts = [rng.randrange(1, 40) * 25000 for _ in months]
        col_tot = [a + b for a, b in zip(col_tot, amounts, strict=True)]
        cells = [r + 1, line, *[_rupees(a) for a in amounts], _rupees(sum(amounts))]
        _put(ws, 5 + r, 1, [cells])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "actual", float(amounts[m])))
    _put(ws, 5 + len(lines), 2, [["Total", *[_rupees(a) for a in col_tot], _rupees(sum(col_tot))]])
    path = _save(wb, folder, "in_flour_mill_actuals")
    table = TruthTable("Actual Expenditure", 4, "finance", {"A": None, "B": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


TYRE_TEAMS = {
    "Engineering": [("Naidoo, P.", "Process Engineer"), ("van der Merwe, J.", "Electrical Engineer"),
                    ("Dlamini, S.", "Mechanical Fitter")],
    "Production": [("Mokoena, T.", "Shift Supervisor"), ("Botha, A.", "Planner"),
                   ("Pillay, R.", "Quality Lead")],
}  # fmt: skip


def za_tyre_plant_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A South African tyre plant's resource plan: `Surname, I.` people, team heading rows
    and a blank row between teams, months as date cells shown `mmm yyyy`, days, a total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Curing Press Line 4 - Resource Plan (person-days per month)"
    months = _months(date(2026, 3, 1), 6)
    _put(ws, 3, 1, [["Name", "Role", *months]])
    for c in range(3, 3 + len(months)):
        ws.cell(3, c).number_format = "mmm yyyy"
    row, count, tot = 4, 0, [0] * len(months)
    for team, people in TYRE_TEAMS.items():
        ws.cell(row, 1, team)
        row += 1
        for who, role in rng.sample(people, 2):
            days = [rng.choice([0, 2, 4, 8, 12, 20]) for _ in months]
            count += sum(1 for d in days if d)
            tot = [a + b for a, b in zip(tot, days, strict=True)]
            _put(ws, row, 1, [[who, role, *[d or None for d in days]]])
            row += 1
        row += 1  # a blank row between teams
    _put(ws, row, 1, [["Total days", None, *tot]])
    path = _save(wb, folder, "za_tyre_plant_resource_plan")
    table = TruthTable("Resourcing", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


ROWING_PHASES = {
    "Boathouse": ["Planning permission granted", "Contractor appointed", "Boathouse handover"],
    "Pontoon": ["Marine licence granted", "Pontoon installed"],
    "Fleet": ["New eights delivered", "Launch regatta"],
}
ROWING_PEOPLE = ["Hannah Price", "Tom Ellis", "Hannah Price,Tom Ellis", "Olu Adeyemi"]


def _msp(d: date) -> str:
    """MS Project's UK date text (``Mon 16/03/26``)."""
    return f"{d:%a} {d.day:02d}/{d.month:02d}/{d:%y}"


def uk_rowing_club_msproject_milestones(folder: Path, rng: random.Random) -> Built:
    """A UK rowing club's MS Project milestone view pasted to Excel: summary rows, `0 days`,
    `Mon 16/03/26` text, `NA` baselines, `% Complete`, `Resource Names`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["ID", "Task Name", "Duration", "Start", "Finish", "Baseline Finish"]
    header += ["% Complete", "Resource Names"]
    _put(ws, 1, 1, [header])
    names = [m for ms in ROWING_PHASES.values() for m in ms]
    finish = _days(rng, len(names), date(2026, 1, 12))
    done = rng.randint(1, 2)
    row, uid, k = 2, 1, 0
    values: list[ValueFact] = []
    for phase, ms in ROWING_PHASES.items():
        span = (finish[k + len(ms) - 1] - finish[k]).days
        ws.cell(row, 1, uid)
        ws.cell(row, 2, phase)
        ws.cell(row, 3, f"{span} days")
        ws.cell(row, 4, _msp(finish[k]))
        ws.cell(row, 5, _msp(finish[k + len(ms) - 1]))
        row, uid = row + 1, uid + 1
        for name in ms:
            base = None if k == len(names) - 1 else finish[k] - timedelta(rng.choice([0, 0, 7]))
            who = rng.choice(ROWING_PEOPLE)
            pct = "100%" if k < done else "0%"
            cells: list[object] = [uid, "   " + name, "0 days", _msp(finish[k]), _msp(finish[k])]
            cells += [_msp(base) if base else "NA", pct, who]
            _put(ws, row, 1, [cells])
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "forecast_date", finish[k]),
            ]
            if base:
                values.append(ValueFact("milestones", k, "baseline_date", base))
            if "," not in who:  # two resources: the owner or not, no fact
                values.append(ValueFact("milestones", k, "owner", who))
            row, uid, k = row + 1, uid + 1, k + 1
    path = _save(wb, folder, "uk_rowing_club_msproject_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", None, ("forecast_date", None)])
    targets |= _cols("E", ["forecast_date", "baseline_date", ("status", None), "owner"])
    return Built(path, [_one("milestones", "Milestones", 1, targets, k)], values)


FISHERY_MILESTONES = ["Wharf piling complete", "Cold store roof on", "Auction hall fit-out",
                      "Ice plant commissioned", "Operations handover"]  # fmt: skip


def sg_fishery_port_status_report(folder: Path, rng: random.Random) -> Built:
    """A Singapore fishery port's monthly status report: several fields in one title cell,
    a row of RAG labels over a row of colour words, a key milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "MONTHLY PROJECT STATUS REPORT"
    ws["A2"] = ("Project: Jurong Fishery Port Upgrade     Project Manager: Lim Boon Keng     "
                "Reporting Period: Feb 2026")  # fmt: skip
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 4, 1, [["Overall", "Schedule", "Cost", "Scope"], rags])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Jurong Fishery Port Upgrade"),
        ValueFact("project", 0, "project_manager", "Lim Boon Keng"),
    ]
    for field, rag in zip(
        ("overall_rag", "schedule_rag", "cost_rag", "scope_rag"), rags, strict=True
    ):
        values.append(ValueFact("project", 0, field, rag))
    ws["A8"] = "Key Milestones"
    _put(ws, 9, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status"]])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 2)
    for i, name in enumerate(FISHERY_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 30]))
        actual = fc if i < done else None
        status = "Complete" if actual else rng.choice(["Not Started", "In Progress", "At Risk"])
        _put(ws, 10 + i, 1, [[name, base[i], fc, actual, status]])
        for c in (2, 3, 4):
            ws.cell(10 + i, c).number_format = "d-mmm-yy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "sg_fishery_port_status_report")
    targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    targets |= _cols("D", ["actual_date", "status"])
    return Built(path, [_one("milestones", "Status Report", 9, targets, n)], values)


HOSTEL_LINES = ["Substructure", "Superstructure", "Roofing", "Plumbing", "Solar inverters",
                "Furniture"]  # fmt: skip


def ng_hostel_budget_actual_blocks(folder: Path, rng: random.Random) -> Built:
    """A Nigerian university hostel's tracker: a `BUDGET` block and an `ACTUAL` block stacked
    on one sheet, months as date cells shown `mmm`, `Q1` / `Q2` total columns between the
    months, `₦` number formats, a total row per block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Female Hostel Block C - Cost Tracker 2026 (Naira)"
    months = _months(date(2026, 1, 1), 6)
    head: list[object] = ["Cost Line", *months[:3], "Q1", *months[3:], "Q2"]
    month_cols = [2, 3, 4, 6, 7, 8]
    lines = rng.sample(HOSTEL_LINES, 4)
    plan = {(line, m): rng.randrange(5, 80) * 250000 for line in lines for m in range(6)}
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    top = 3
    for block, measure, upto in (("BUDGET", "budget", 6), ("ACTUAL", "actual", 3)):
        ws.cell(top, 1, block)
        _put(ws, top + 1, 1, [head])
        for c in month_cols:
            ws.cell(top + 1, c).number_format = "mmm"
        tot = [0] * 6
        for r, line in enumerate(lines):
            ws.cell(top + 2 + r, 1, line)
            amounts = [plan[(line, m)] for m in range(upto)]
            if measure == "actual":
                amounts = [round(a * rng.uniform(0.8, 1.2) / 1000) * 1000 for a in amounts]
            for m, amount in enumerate(amounts):
                ws.cell(top + 2 + r, month_cols[m], amount).number_format = "₦#,##0"
                tot[m] += amount
                values.append(ValueFact("finance", (months[m], line), measure, float(amount)))
            ws.cell(top + 2 + r, 5, sum(amounts[:3]))
            if upto > 3:
                ws.cell(top + 2 + r, 9, sum(amounts[3:]))
        total_row = top + 2 + len(lines)
        ws.cell(total_row, 1, "Total")
        for m in range(upto):
            ws.cell(total_row, month_cols[m], tot[m])
        counts = {"finance": len(months) * len(lines)} if measure == "budget" else {}
        tables.append(TruthTable("Tracker", top + 1, "finance", {"A": "cost_line"}, counts))
        top = total_row + 3
    # No currency fact: NGN is not on the standard's currency list.
    path = _save(wb, folder, "ng_hostel_budget_actual_blocks")
    return Built(path, tables, values)


HELD_OUT_32: tuple[Layout, ...] = (
    Layout(
        "sco_golf_club_raid_log",
        "Scottish golf club web-template RAID log (Type column, R01/A01, H/M/L, initials)",
        sco_golf_club_raid_log,
    ),
    Layout(
        "in_toll_road_jira_issues",
        "Indian toll road Jira issue export (NHTR keys, 12/Mar/26 text, Highest..Low)",
        in_toll_road_jira_issues,
    ),
    Layout(
        "ke_seed_bank_assumptions",
        "Kenyan seed bank assumption log (from column B, H/M/L, 14 Mar 26 text)",
        ke_seed_bank_assumptions,
    ),
    Layout(
        "ca_prison_smartsheet_dependencies",
        "Canadian correctional centre Smartsheet dependency export (ISO dates, checkbox)",
        ca_prison_smartsheet_dependencies,
    ),
    Layout(
        "au_zinc_mine_decision_register",
        "Australian zinc mine decision register (notes row, spacer row, numbered decisions)",
        au_zinc_mine_decision_register,
    ),
    Layout(
        "ie_bus_depot_risk_register",
        "Irish bus depot risk register (merged Inherent / Residual over L / I / Score)",
        ie_bus_depot_risk_register,
    ),
    Layout(
        "nz_orchard_budget_actual_grouped",
        "NZ orchard budget v actual (merged Budget / Actual groups, Apr 2026 text, totals)",
        nz_orchard_budget_actual_grouped,
    ),
    Layout(
        "in_flour_mill_actuals",
        "Indian flour mill monthly actuals (Apr'26 text, ₹12,50,000 lakh grouping)",
        in_flour_mill_actuals,
    ),
    Layout(
        "za_tyre_plant_resource_plan",
        "SA tyre plant resource plan (Surname, I. people, team rows, mmm yyyy date cells)",
        za_tyre_plant_resource_plan,
    ),
    Layout(
        "uk_rowing_club_msproject_milestones",
        "UK rowing club MS Project milestone view (summary rows, Mon 16/03/26, NA baselines)",
        uk_rowing_club_msproject_milestones,
    ),
    Layout(
        "sg_fishery_port_status_report",
        "Singapore fishery port status report (fields in one title cell, RAG row, milestones)",
        sg_fishery_port_status_report,
    ),
    Layout(
        "ng_hostel_budget_actual_blocks",
        "Nigerian university hostel tracker (stacked BUDGET / ACTUAL blocks, Q1/Q2 columns)",
        ng_hostel_budget_actual_blocks,
    ),
)
