"""The forty-seventh held-out batch (``HELD_OUT_47``, round 30): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY: what
a PMO in a large English-speaking organisation receives from its project managers, in
English, from tool exports (Paymo, Zoho Books), hand-built registers and trackers and
accountants' sheets, in sectors no earlier batch's docstring names (a mosque restoration,
salt pans, a hurling club, a pineapple cannery, a lobster pound, a hospital laundry, a
handloom weaving shed, a snooker hall, a temple, a ski field, a synagogue hall, a jerk
sauce factory).

Registers:

- ``za_mosque_paymo_issues``: a Cape Town mosque restoration's issues kept as tasks in a
  Paymo task list and exported to Excel (sheet `Tasks`): `Project`, `Task list` Issues,
  `Task`, `Description`, `Users` (one name or two joined by a comma), `Priority` Low /
  Normal / High / Critical, `Created on` as `2026-03-05 14:22` text, `Due date` as ISO text,
  `Complete` Yes / No.
- ``mt_salt_pans_risk_register``: a Maltese salt pans restoration's hand-kept risk
  register: a title, `Prepared by` and `Version` lines, a scoring note, the header on row
  6, `Risk Ref` SP-R01.., `Date Raised` as `5/3/2026` text (no leading zeros), `Risk`,
  `Effect`, `Category` (standard words), `Likelihood (1-5)`, `Impact (1-5)`, `Owner` as
  `J. Camilleri`, `Treatment`, `Status` Open / Monitoring / Closed, `Review date` cells, a
  blank row left where a risk was deleted.
- ``ie_hurling_club_raid_log``: an Irish hurling club's new pavilion mixed RAID log on one
  sheet: a legend line (`R = Risk, A = Assumption, I = Issue, D = Dependency`), `Ref` R1 /
  A1 / I1 / D1 per type, `Type` letters, `Description`, `Owner`, `Date raised` and `Due /
  review` cells shown `dd/mm/yyyy`, `Status` Open / Closed, `Latest update`.
- ``gh_pineapple_cannery_decision_log``: a Ghanaian pineapple cannery's decision log: a
  title, `Decision Log` and a `Log owner` line, `No.` D01.., `Date` as `dd-mm-yyyy` text,
  `Decision`, `Reason`, `Approved by`, `Meeting`.
- ``ca_lobster_pound_dependencies``: a Nova Scotia lobster pound's dependency register as
  an Excel table from row 1: `Dep ID` DEP-001.., `Dependency`, `Direction` Incoming /
  Outgoing, `Other project`, `Contact`, `Owner`, `Required by` / `Committed` cells shown
  `yyyy-mm-dd`, `Status` On Track / At Risk / Late / Delivered / TBC, `Notes`.
- ``au_hospital_laundry_issue_log``: an Australian hospital laundry's issue log: a title,
  a key line, the header on row 5, `Issue #` 1.., `Date Raised` cells shown `d/mm/yyyy`,
  `Raised By`, `Issue Description`, `Priority` Critical / High / Medium / Low, `Assigned To`,
  `Target Resolution Date`, `Status` Open / In progress / Resolved / Closed, `Resolution`,
  `Date Closed`.

Trackers:

- ``in_handloom_budget_actual_sheets``: an Indian handloom weaving shed's FY 2026-27
  tracker on two sheets, `Budget` and `Actuals`: `Amount in ₹` in the title block, `Cost
  head`, month labels `Apr-26` .. `Mar-27` as text across, Indian digit grouping, actuals
  for the months closed so far, a `Total` column and a `Total` row.
- ``uk_snooker_hall_monthly_spend``: a UK snooker hall refurbishment's actual spend with
  the months DOWN (date cells shown `mmm-yy`) and the cost lines ACROSS, `(£)` in the title,
  a `Total` column and a `Total` row.
- ``sg_temple_zoho_expenses_by_category``: a Singapore temple's Zoho Books `Expenses by
  Category` report for March 2026 exported to Excel: organisation and report lines, a
  `From 01/03/2026 To 31/03/2026` line, `Category Name`, `Expense Count`, `Amount (SGD)`, a
  `Total` row.
- ``nz_ski_field_resource_plan``: a NZ ski field chairlift replacement's resource plan in
  person-days: `Name`, `Company`, `Role`, months across as date cells shown `mmm-yy`, a
  `Total days` column.
- ``us_synagogue_milestone_plan``: a US synagogue social hall renovation's milestone plan:
  `#`, `Milestone`, `Owner`, `Baseline Finish` / `Forecast Finish` / `Actual Finish` cells
  shown `m/d/yyyy`, `% Complete`, `Status` Complete / On Track / At Risk / Late / Not
  Started.
- ``jm_jerk_sauce_status_report``: a Jamaican jerk sauce factory's status report: label /
  value rows (`Project Name`, `Project Sponsor`, `Project Manager`, `Report Date` cell shown
  `d mmmm yyyy`), RAG words for `Overall Status`, `Schedule`, `Budget`, `Scope`, a
  `Summary`, a `Currency: JMD` line, then a `Key Milestones` table (`Milestone`, `Due`,
  `Revised`, `Status` Complete / On track / Slipping).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Paymo issues' `Complete` Yes / No (Yes: Resolved or Closed? No: Open or In Progress?):
  no status fact; `Users` with two names (which one owns it?): no owner fact, one name is
  the owner; `Project` (the project's name on every row, or the client workspace's?):
  left out, no project fact; `Task list` (Issues): left out; `Normal` is Medium (the
  second of Paymo's four priorities); `Created on` is the raised date (its time dropped);
- the jerk sauce report's `Slipping` (At Risk or Late?) and `On track` (In Progress or Not
  Started?): no status fact, `Complete` is Complete; `Due` is the baseline and `Revised`
  the forecast (a blank `Revised` is no forecast); `Budget` is the cost RAG; `Currency:
  JMD` (not on the standard's list): no currency fact; `Report Date` is a date cell, so it
  is the report date;
- the hurling RAID log's `Due / review` is an issue's due date and an assumption's
  validate-by date; for a risk (due or review date?) and a dependency (need-by or
  committed?): no fact; a dependency's `Date raised` (no raised date in the standard): no
  fact; `R1` / `A1` / `I1` / `D1` (numbered per type): R-001 / A-001 / .. (audit);
  `Latest update`: left out;
- the salt pans register's `SP-R01` (a prefix before R01: kept or renumbered?): no id fact;
  `Effect` (the description or left out): no fact; `Review date` (no standard risk field:
  due date or last update?): no fact; `5/3/2026` text is day first (Malta, and a day past
  12 in the column); `J. Camilleri` is the owner as written; the blank row is no risk;
- the lobster pound's `DEP-001` is D-001 (audit); `TBC` (Open or no status?): no
  status fact; `Incoming` is Inbound and `Outgoing` Outbound; `Other project` (a name, not
  an id): mapped or left out, no fact; `Contact` is the counterparty owner; `Required by`
  the need-by date, `Committed` the committed date; `Notes`: left out;
- the laundry log's `Issue #` 1, 2, 3: no id fact; `Raised By`: left out (not the owner);
  `Resolved` is Resolved and `In progress` In Progress; `Target Resolution Date` is the due
  date, `Date Closed` the closed date, `Resolution` the resolution;
- the pineapple log's `D01` is DC-001 (audit); `Meeting`:
  left out; `Reason` is the rationale and `Approved by` the maker;
- the handloom tracker's blank actual months are no zero and no item; the `Total` column
  and row are no month and no line; `Amount in ₹` is INR;
- the snooker hall's `Total` column and row are no line and no month; the amounts are
  actuals (the title says `Actual spend`); `(£)` is GBP;
- the Zoho report's period is March 2026 (the `From .. To` line, day first as `31/03`
  shows) and its end the report date (round 28's audit of a period line); `Expense Count`:
  left out; `Total`: no line; `Amount (SGD)` is SGD;
- the ski field plan's person-days per month: counts only, no value facts (as earlier
  batches' resource plans); `Company`: left out; `Total days`: no month;
- the synagogue plan's `On Track` (no standard milestone word: In Progress or Not
  Started?): no status fact; `% Complete`: left out; `#`: the ID or left out, no value.

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 30 (docs/adopt.md, "Round 30: the forty-seventh batch's truth audited"; an
engineer who does not tune, the cells read at seeds 2026 and 7): the ids the writer left
without a fact are in the standard's form where earlier audits ruled the same shape:
the hurling log's per-type `R1` / `A1` / `I1` / `D1` are R-001 / A-001 / I-001 / D-001
(each register's number kept and its next free number agree, as the Estonian RAID log's
`R1` / `P1` were read), the pineapple log's `D01` is DC-001 (in a register of decisions
only `D` numbers the decision: the ice rink's `D-1`, Belgium's `D1`, the rum distillery's
`D-001`), the lobster pound's `DEP-001` is D-001 (round 29's audit of `DEP-001`); those
three `Ref` / `No.` / `Dep ID` columns are the ID. The synagogue plan's `#` (1..n) is the
ID column or left out, with no value (not "left out" only: rounds 10 and 12's `#`). A
writer's slip mended: the handloom, snooker hall and Zoho `Total` rows now show their
lines' number format (round 29's audit mended the same slip). Left as written: `SP-R01`
(a project-keyed compound ref, as `FRS-R01`), `Issue #` numbers, every other reading above.
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

MOSQUE_ISSUES = [
    ("Minaret scaffold permit lapsed", "City permit expired before the lime render started"),
    ("Lime plaster mix fails the adhesion test", "Lab result below spec on the east wall"),
    ("Prayer hall carpet delivery short by two rolls", "Supplier in Durban to re-ship"),
    ("Heritage officer asks for new window drawings", "Teak frame detail not approved"),
    ("Ablution block drain blocked by old footings", "Found during excavation"),
    ("Electrical contractor's COC not issued", "Certificate of compliance outstanding"),
    ("Roof sheeting colour differs from sample", "Batch mismatch on delivery"),
]
MOSQUE_USERS = ["Yusuf Adams", "Fatima Jacobs", "Ebrahim Salie", "Nadia Hendricks"]
PAYMO_PRIORITY = {"Low": "Low", "Normal": "Medium", "High": "High", "Critical": "Critical"}


def za_mosque_paymo_issues(folder: Path, rng: random.Random) -> Built:
    """A Cape Town mosque restoration's issues kept as Paymo tasks and exported to Excel:
    `Users` one or two names, `Complete` Yes / No, `Created on` ISO text with a time."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    head = ["Project", "Task list", "Task", "Description", "Users", "Priority", "Created on"]
    head += ["Due date", "Complete"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    made = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i, (text, desc) in enumerate(rng.sample(MOSQUE_ISSUES, n)):
        users = rng.sample(MOSQUE_USERS, rng.choice([1, 1, 1, 2]))
        pr = rng.choice(list(PAYMO_PRIORITY))
        due = made[i] + timedelta(days=rng.choice([7, 14, 21, 30]))
        stamp = f"{made[i].isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"
        cells: list[object] = ["Bo-Kaap Masjid Restoration", "Issues", text, desc]
        cells += [", ".join(users), pr, stamp, due.isoformat(), rng.choice(["Yes", "No"])]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "priority", PAYMO_PRIORITY[pr]),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if len(users) == 1:
            values.append(ValueFact("issues", i, "owner", users[0]))
    targets: Targets = _cols("A", [None, None, "title", "description", "owner", "priority"])
    targets |= _cols("G", ["raised_date", "due_date", ("status", None)])
    path = _save(wb, folder, "za_mosque_paymo_issues")
    return Built(path, [_one("issues", "Tasks", 1, targets, n)], values)


SALT_RISKS = [
    ("Storm surge breaches the pan walls in winter", "Technical", "Rebuild the seaward lip first"),
    ("Planning Authority refuses the new viewing deck", "Legal", "Pre-consultation with PA"),
    ("Skilled stone masons unavailable in Gozo", "People", "Book the Gozo mason team early"),
    ("Tourist footfall damages restored pans", "Operational", "Rope barriers and signage"),
    ("EU co-funding claim rejected", "Financial", "Monthly claim review with the auditor"),
    ("Limestone supplier quarry closes", "Third Party", "Second quarry quoted"),
]
SALT_OWNERS = ["J. Camilleri", "M. Grech", "A. Vella", "R. Zammit"]
SALT_EFFECT = ["Season lost", "Cost overrun", "Delay to opening", "Reputation"]


def mt_salt_pans_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Maltese salt pans restoration's risk register: header on row 6 under a title,
    `Prepared by`, `Version` and a scoring note, `SP-R01` refs, `5/3/2026` text dates, 1-5
    likelihood and impact, a blank row where a risk was deleted."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Xwejni Salt Pans Restoration - Risk Register"
    ws["A2"] = "Prepared by: J. Camilleri"
    ws["A3"] = f"Version {rng.randint(3, 9)}"
    ws["A5"] = "Likelihood and impact scored 1 (low) to 5 (high)"
    head = ["Risk Ref", "Date Raised", "Risk", "Effect", "Category", "Likelihood (1-5)"]
    head += ["Impact (1-5)", "Owner", "Treatment", "Status", "Review date"]
    _put(ws, 6, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 10, 1))
    gap = rng.randint(1, n - 1)  # the blank row sits before this risk
    values: list[ValueFact] = []
    for i, (text, cat, plan) in enumerate(rng.sample(SALT_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who = rng.choice(SALT_OWNERS)
        st = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        review = made[i] + timedelta(days=rng.choice([30, 60]))
        row = 7 + i + (1 if i >= gap else 0)
        cells: list[object] = [f"SP-R{i + 1:02d}", f"{made[i].day}/{made[i].month}/{made[i].year}"]
        cells += [text, rng.choice(SALT_EFFECT), cat, p, c, who, plan, st, review]
        _put(ws, row, 1, [cells])
        ws.cell(row, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", st),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", ("description", None)])
    targets |= _cols("E", ["category", "probability", "impact", "owner", "response", "status"])
    targets |= {"K": ("due_date", "last_updated", None)}
    path = _save(wb, folder, "mt_salt_pans_risk_register")
    return Built(path, [_one("risks", "Risks", 6, targets, n)], values)


HURLING_ROWS = [
    ("R", "Floodlight poles delayed by the steel supplier"),
    ("R", "Neighbours object to the floodlight spill"),
    ("A", "County board grant is paid in two instalments"),
    ("A", "Volunteers clear the old dressing rooms"),
    ("I", "Pitch drainage contractor has gone into examinership"),
    ("I", "Sports capital grant form rejected for a missing signature"),
    ("D", "ESB connection for the new pavilion"),
    ("D", "Council road opening licence for the car park entrance"),
]
HURLING_PEOPLE = ["Donal Ryan", "Niamh Kiely", "Padraig O'Brien", "Sinead Hayes"]
HURLING_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
HURLING_TITLE = {"risks": "title", "assumptions": "assumption", "issues": "title"}
HURLING_TITLE["dependencies"] = "title"


def ie_hurling_club_raid_log(folder: Path, rng: random.Random) -> Built:
    """An Irish hurling club's pavilion mixed RAID log on one sheet: `Type` letters R / A /
    I / D under a legend line, refs numbered per type, `dd/mm/yyyy` date cells, a `Due /
    review` column meaning something else per type, Open / Closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "St. Colman's Hurling Club - New Pavilion & Floodlights"
    ws["A2"] = "RAID Log - Type: R = Risk, A = Assumption, I = Issue, D = Dependency"
    head = ["Ref", "Type", "Description", "Owner", "Date raised", "Due / review", "Status"]
    head += ["Latest update"]
    _put(ws, 4, 1, [head])
    rows = [r for k, r in enumerate(HURLING_ROWS) if k % 2 == 0 or rng.random() < 0.5]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = HURLING_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(HURLING_PEOPLE), rng.choice(["Open", "Open", "Closed"])
        target = logged[k] + timedelta(days=rng.choice([14, 21, 35]))
        cells: list[object] = [f"{kind}{i + 1}", kind, text, who, logged[k], target, st]
        cells += [rng.choice(["Raised at committee", "Chased by email", None])]
        _put(ws, 5 + k, 1, [cells])
        for c in (5, 6):
            ws.cell(5 + k, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "id", f"{kind}-{i + 1:03d}"),
            ValueFact(reg, i, HURLING_TITLE[reg], text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", st),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], target))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [("raised_date", None), due_cols, "status", None])
    path = _save(wb, folder, "ie_hurling_club_raid_log")
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


PINEAPPLE_DECISIONS = [
    ("Aseptic filler bought from the Italian supplier", "Best price with local service"),
    ("Second shift added during the MD2 season", "Fruit intake peaks in June"),
    ("Solar PV on the warehouse roof deferred", "Capex freeze until Q3"),
    ("Out-grower payments moved to mobile money", "Farmers asked for it"),
    ("Boiler converted from diesel to LPG", "Running cost and emissions"),
    ("Cold room sized for 400 tonnes", "Export contract volume"),
]
PINEAPPLE_BY = ["Board", "Managing Director", "Project Steering Committee"]
PINEAPPLE_MEETING = ["SteerCo", "Board meeting", "Site meeting"]


def gh_pineapple_cannery_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Ghanaian pineapple cannery's decision log: a title block with a log owner line,
    `No.` D01.., `Date` as `dd-mm-yyyy` text, `Reason`, `Approved by`, `Meeting`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Nsawam Pineapple Cannery - Aseptic Line Upgrade"
    ws["A2"] = "Decision Log"
    ws["A3"] = "Log owner: Akosua Mensah (PMO)"
    _put(ws, 5, 1, [["No.", "Date", "Decision", "Reason", "Approved by", "Meeting"]])
    n = rng.randint(4, 6)
    when = _days(rng, n, date(2025, 9, 15))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(PINEAPPLE_DECISIONS, n)):
        who = rng.choice(PINEAPPLE_BY)
        cells: list[object] = [f"D{i + 1:02d}", f"{when[i]:%d-%m-%Y}", text, why, who]
        cells += [rng.choice(PINEAPPLE_MEETING)]
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
    path = _save(wb, folder, "gh_pineapple_cannery_decision_log")
    return Built(path, [_one("decisions", "Decision Log", 5, targets, n)], values)


LOBSTER_DEPS = [
    ("Three-phase power upgrade by Nova Scotia Power", "Grid connection", "Incoming"),
    ("Wharf repairs finished by the harbour authority", "Wharf rehabilitation", "Incoming"),
    ("Tank room drawings to the refrigeration vendor", "Refrigeration retrofit", "Outgoing"),
    ("CFIA export licence renewed", "Export compliance", "Incoming"),
    ("Holding capacity figures to the sales team", "Asia sales plan", "Outgoing"),
    ("Seawater intake permit from DFO", "Intake permitting", "Incoming"),
]
LOBSTER_PEOPLE = ["Colin MacDonald", "Renee Comeau", "Scott LeBlanc", "Jenna Boudreau"]
LOBSTER_STATUS = {"On Track": "On Track", "At Risk": "At Risk", "Late": "Late"}
LOBSTER_STATUS |= {"Delivered": "Delivered", "TBC": None}


def ca_lobster_pound_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Nova Scotia lobster pound's dependency register as an Excel table from row 1:
    `DEP-001` ids, `Incoming` / `Outgoing`, `Contact` and `Owner`, `yyyy-mm-dd` date cells,
    a `TBC` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    head = ["Dep ID", "Dependency", "Direction", "Other project", "Contact", "Owner"]
    head += ["Required by", "Committed", "Status", "Notes"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 16))
    values: list[ValueFact] = []
    for i, (text, other, way) in enumerate(rng.sample(LOBSTER_DEPS, n)):
        them, ours = rng.sample(LOBSTER_PEOPLE, 2)
        promised = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        st = rng.choice(list(LOBSTER_STATUS))
        cells: list[object] = [f"DEP-{i + 1:03d}", text, way, other, them, ours, need[i]]
        cells += [promised, st, rng.choice(["Chasing weekly", None, None])]
        _put(ws, 2 + i, 1, [cells])
        for c in (7, 8):
            ws.cell(2 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Incoming" else "Outbound"
            ),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        if LOBSTER_STATUS[st]:
            values.append(ValueFact("dependencies", i, "status", LOBSTER_STATUS[st]))
    targets: Targets = _cols("A", ["id", "title", "direction"])
    targets |= _cols("D", [("counterparty_project_id", None), "counterparty_owner", "owner"])
    targets |= _cols("G", ["need_by", "committed_date", "status", None])
    path = _save(wb, folder, "ca_lobster_pound_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


LAUNDRY_ISSUES = [
    "Tunnel washer controller fails after the software update",
    "Steam supply pressure too low on the new ironer",
    "Soiled linen chute blocked at level 2",
    "Infection control sign-off of the clean room pending",
    "Trolley wash bay floor grade ponds water",
    "Chemical dosing pump supplier withdraws support",
    "Night shift short of trained operators",
]
LAUNDRY_PEOPLE = ["Kylie Bennett", "Tran Van Duc", "Mick O'Connor", "Priya Sharma"]
LAUNDRY_STATUS = {"Open": "Open", "In progress": "In Progress", "Resolved": "Resolved"}
LAUNDRY_STATUS["Closed"] = "Closed"


def au_hospital_laundry_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Australian hospital laundry's issue log: the header on row 5 under a title and a
    key line, `Issue #` numbers, `d/mm/yyyy` date cells, `Raised By` beside `Assigned To`,
    a `Resolution` and `Date Closed`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Westmead Linen Services - Laundry Automation Project - Issue Log"
    ws["A3"] = "Key: Priority Critical / High / Medium / Low"
    head = ["Issue #", "Date Raised", "Raised By", "Issue Description", "Priority"]
    head += ["Assigned To", "Target Resolution Date", "Status", "Resolution", "Date Closed"]
    _put(ws, 5, 1, [head])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(LAUNDRY_ISSUES, n)):
        st = rng.choice(list(LAUNDRY_STATUS))
        who, by = rng.choice(LAUNDRY_PEOPLE), rng.choice(LAUNDRY_PEOPLE)
        pr = rng.choice(["Critical", "High", "Medium", "Low"])
        due = raised[i] + timedelta(days=rng.choice([7, 14, 28]))
        fix = rng.choice(["Vendor patch applied", "Rework by contractor"]) if st in (
            "Resolved", "Closed") else None  # fmt: skip
        closed = raised[i] + timedelta(days=rng.randint(3, 30)) if st == "Closed" else None
        cells: list[object] = [i + 1, raised[i], by, text, pr, who, due, st, fix, closed]
        _put(ws, 6 + i, 1, [cells])
        for c in (2, 7, 10):
            ws.cell(6 + i, c).number_format = "d/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "priority", pr),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", LAUNDRY_STATUS[st]),
        ]
        if fix:
            values.append(ValueFact("issues", i, "resolution", fix))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", [("id", None), "raised_date", None, "title", "priority"])
    targets |= _cols("F", ["owner", "due_date", "status", "resolution", "closed_date"])
    path = _save(wb, folder, "au_hospital_laundry_issue_log")
    return Built(path, [_one("issues", "Issue Log", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

HANDLOOM_HEADS = ["Loom Shed Civil Works", "Jacquard Looms", "Dyeing Unit", "Weaver Training"]
HANDLOOM_HEADS += ["Solar Rooftop", "Consultancy"]
INR = "#,##,##0"


def in_handloom_budget_actual_sheets(folder: Path, rng: random.Random) -> Built:
    """An Indian handloom weaving shed's FY 2026-27 tracker on `Budget` and `Actuals`
    sheets: `Apr-26` .. `Mar-27` text month labels across, Indian digit grouping, `Amount
    in ₹`, actuals for closed months only, `Total` column and row."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 4, 1), 12)
    labels = [f"{m:%b}-{m:%y}" for m in months]
    heads = rng.sample(HANDLOOM_HEADS, 4)
    done = rng.randint(2, 6)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    tables: list[TruthTable] = []
    for s, (sheet, measure) in enumerate((("Budget", "budget"), ("Actuals", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = "Varanasi Handloom Cluster - Weaving Shed Modernisation"
        ws["A2"] = f"{sheet} FY 2026-27 (Amount in ₹)"
        _put(ws, 4, 1, [["Cost head", *labels, "Total"]])
        totals = [0.0] * 13
        for r, head in enumerate(heads):
            amounts: list[float | None] = []
            for m, month in enumerate(months):
                if measure == "actual" and m >= done:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(5, 400) * 1000)
                amounts.append(amount)
                values.append(ValueFact("finance", (month, head), measure, amount))
            total = sum(a for a in amounts if a)
            _put(ws, 5 + r, 1, [[head, *amounts, total]])
            totals = [t + (a or 0.0) for t, a in zip(totals, [*amounts, total], strict=True)]
            for c in range(2, 15):
                ws.cell(5 + r, c).number_format = INR
        _put(ws, 5 + len(heads), 1, [["Total", *totals]])
        for c in range(2, 15):
            ws.cell(5 + len(heads), c).number_format = INR
        tables.append(TruthTable(sheet, 4, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": 12 * len(heads)}
    path = _save(wb, folder, "in_handloom_budget_actual_sheets")
    return Built(path, tables, values)


SNOOKER_LINES = ["Tables & cloths", "Lighting", "Bar fit-out", "Carpets", "Air con", "Signage"]


def uk_snooker_hall_monthly_spend(folder: Path, rng: random.Random) -> Built:
    """A UK snooker hall refurbishment's actual spend: months DOWN as date cells shown
    `mmm-yy`, cost lines ACROSS, `(£)` in the title, a `Total` column and row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Crucible Cue Club Refurbishment - Actual spend by month (£)"
    lines = rng.sample(SNOOKER_LINES, rng.randint(3, 5))
    _put(ws, 3, 1, [["Month", *lines, "Total"]])
    months = _months(date(2025, 10, 1), rng.randint(4, 7))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    col_tot = [0.0] * (len(lines) + 1)
    for r, month in enumerate(months):
        amounts = [round(rng.randrange(1, 120) * 250.0 + rng.choice([0, 49.99]), 2) for _ in lines]
        row_vals = [*amounts, round(sum(amounts), 2)]
        col_tot = [a + b for a, b in zip(col_tot, row_vals, strict=True)]
        _put(ws, 4 + r, 1, [[month, *row_vals]])
        ws.cell(4 + r, 1).number_format = "mmm-yy"
        for c in range(2, len(lines) + 3):
            ws.cell(4 + r, c).number_format = "#,##0.00"
        for line, amount in zip(lines, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    _put(ws, 4 + len(months), 1, [["Total", *[round(t, 2) for t in col_tot]]])
    for c in range(2, len(lines) + 3):
        ws.cell(4 + len(months), c).number_format = "#,##0.00"
    path = _save(wb, folder, "uk_snooker_hall_monthly_spend")
    table = TruthTable("Spend", 3, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


TEMPLE_CATEGORIES = ["Roof Tiles & Gilding", "Scaffolding Hire", "Stone Carving"]
TEMPLE_CATEGORIES += ["Electrical Works", "Consultant Fees", "Fire Safety"]


def sg_temple_zoho_expenses_by_category(folder: Path, rng: random.Random) -> Built:
    """A Singapore temple's Zoho Books `Expenses by Category` report for March 2026: an
    organisation block, a `From 01/03/2026 To 31/03/2026` line, `Amount (SGD)`, `Total`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Expenses by Category")
    ws["A1"] = "Thian Hock Heritage Temple Restoration Fund"
    ws["A2"] = "Expenses by Category"
    ws["A3"] = "From 01/03/2026 To 31/03/2026"
    _put(ws, 5, 1, [["Category Name", "Expense Count", "Amount (SGD)"]])
    cats = rng.sample(TEMPLE_CATEGORIES, rng.randint(3, 5))
    month = date(2026, 3, 1)
    values: list[ValueFact] = [
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "currency", "SGD"),
    ]
    total = 0.0
    for r, cat in enumerate(cats):
        amount = round(rng.randrange(500, 60000) + rng.choice([0.0, 0.5, 0.25]), 2)
        total += amount
        _put(ws, 6 + r, 1, [[cat, rng.randint(1, 9), amount]])
        ws.cell(6 + r, 3).number_format = "#,##0.00"
        values.append(ValueFact("finance", (month, cat), "actual", amount))
    _put(ws, 6 + len(cats), 1, [["Total", None, round(total, 2)]])
    ws.cell(6 + len(cats), 3).number_format = "#,##0.00"
    path = _save(wb, folder, "sg_temple_zoho_expenses_by_category")
    targets: Targets = {"A": "cost_line", "B": None, "C": "actual"}
    table = TruthTable("Expenses by Category", 5, "finance", targets, {"finance": len(cats)})
    return Built(path, [table], values)


SKI_PEOPLE = [
    ("Hamish Grant", "Doppelmayr NZ", "Lift Engineer"),
    ("Te Rangi Walker", "Ruapehu Alpine Lifts", "Project Manager"),
    ("Sophie Clarke", "Ruapehu Alpine Lifts", "Snowmaking Lead"),
    ("Liam Foster", "Downer", "Civil Foreman"),
    ("Anna Kowalski", "Beca", "Structural Engineer"),
]


def nz_ski_field_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A NZ ski field chairlift replacement's resource plan in person-days: `Name` first,
    `Company`, `Role`, month date cells shown `mmm-yy` across, a `Total days` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Whakapapa Chairlift Replacement - Resource Plan (person-days)"
    months = _months(date(2026, 10, 1), 6)
    _put(ws, 3, 1, [["Name", "Company", "Role", *months, "Total days"]])
    for c in range(4, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    count = 0
    for r, (name, firm, role) in enumerate(rng.sample(SKI_PEOPLE, 4)):
        days = [rng.choice([0, 0, 4, 8, 12, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, firm, role, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "nz_ski_field_resource_plan")
    table = TruthTable("Resourcing", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


SYNAGOGUE_MILESTONES = [
    "Design development approved by the board",
    "Building permit issued",
    "Asbestos abatement complete",
    "Kitchen kosher certification walkthrough",
    "HVAC commissioning",
    "Certificate of occupancy",
]
SYNAGOGUE_OWNERS = ["Rachel Goldberg", "David Feldman", "Marcus Webb"]
SYNAGOGUE_STATUS = {"On Track": None, "At Risk": "At Risk", "Late": "Late"}
SYNAGOGUE_STATUS |= {"Not Started": "Not Started"}


def us_synagogue_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A US synagogue social hall's milestone plan: `Baseline Finish` / `Forecast Finish` /
    `Actual Finish` cells shown `m/d/yyyy`, `% Complete`, an `On Track` status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Temple Beth Shalom Social Hall Renovation - Milestone Plan"
    head = ["#", "Milestone", "Owner", "Baseline Finish", "Forecast Finish", "Actual Finish"]
    head += ["% Complete", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(5, 6)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(SYNAGOGUE_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 10, 21]))
        who = rng.choice(SYNAGOGUE_OWNERS)
        if i < done:
            st, actual, pct = "Complete", fc, 1.0
        else:
            st, actual = rng.choice(list(SYNAGOGUE_STATUS)), None
            pct = 0.0 if st == "Not Started" else rng.choice([0.25, 0.5, 0.75])
        _put(ws, 4 + i, 1, [[i + 1, name, who, base[i], fc, actual, pct, st]])
        for c in (4, 5, 6):
            ws.cell(4 + i, c).number_format = "m/d/yyyy"
        ws.cell(4 + i, 7).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        mapped = "Complete" if st == "Complete" else SYNAGOGUE_STATUS[st]
        if mapped:
            values.append(ValueFact("milestones", i, "status", mapped))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", None, "status"])
    path = _save(wb, folder, "us_synagogue_milestone_plan")
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


JERK_MILESTONES = [
    "Pepper mash fermentation tanks installed",
    "Bottling line commissioned",
    "Bureau of Standards Jamaica approval",
    "First export shipment to Toronto",
    "Handover to operations",
]
JERK_STATUS = {"Complete": "Complete", "On track": None, "Slipping": None}


def jm_jerk_sauce_status_report(folder: Path, rng: random.Random) -> Built:
    """A Jamaican jerk sauce factory's status report: label / value rows with a `Report
    Date` cell, RAG words per dimension (`Budget` the cost RAG), a `Currency: JMD` line, a
    `Key Milestones` table with `Due` / `Revised` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, sponsor, pm = (
        "St Elizabeth Jerk Sauce Plant Expansion",
        "Marcia Campbell",
        "Andre Bailey",
    )
    report = date(2026, 3, rng.choice([6, 13, 20, 27]))
    ws["A1"] = "PROJECT STATUS REPORT"
    rows: list[list[object]] = [["Project Name", project], ["Project Sponsor", sponsor]]
    rows += [["Project Manager", pm], ["Report Date", report]]
    _put(ws, 3, 1, rows)
    ws["B6"].number_format = "d mmmm yyyy"
    rags = [rng.choice(["Green", "Amber", "Red"]) for _ in range(4)]
    _put(ws, 8, 1, [["Overall Status", rags[0]], ["Schedule", rags[1]], ["Budget", rags[2]]])
    _put(ws, 11, 1, [["Scope", rags[3]]])
    summary = rng.choice(
        [
            "Bottling line running trials; export labels awaiting approval.",
            "Scotch bonnet supply tight after the drought; buying ahead from Manchester.",
        ]
    )
    _put(ws, 13, 1, [["Summary", summary], ["Currency: JMD"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", rags[0]),
        ValueFact("project", 0, "schedule_rag", rags[1]),
        ValueFact("project", 0, "cost_rag", rags[2]),
        ValueFact("project", 0, "scope_rag", rags[3]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A16"] = "Key Milestones"
    _put(ws, 17, 1, [["Milestone", "Due", "Revised", "Status"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(JERK_MILESTONES[:n]):
        slip = rng.choice([0, 0, 14, 28])
        revised = due[i] + timedelta(days=slip) if slip else None
        end = revised or due[i]
        st = "Complete" if end < report else rng.choice(["On track", "Slipping"])
        _put(ws, 18 + i, 1, [[name, due[i], revised, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
        ]
        if revised:
            values.append(ValueFact("milestones", i, "forecast_date", revised))
        if JERK_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", JERK_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "jm_jerk_sauce_status_report")
    return Built(path, [_one("milestones", "Status", 17, targets, n)], values)


HELD_OUT_47: tuple[Layout, ...] = (
    Layout(
        "za_mosque_paymo_issues",
        "SA mosque restoration Paymo task export as issues (Users, Complete Yes / No)",
        za_mosque_paymo_issues,
    ),
    Layout(
        "mt_salt_pans_risk_register",
        "Maltese salt pans risk register (header on row 6, 5/3/2026 text, a blank row)",
        mt_salt_pans_risk_register,
    ),
    Layout(
        "ie_hurling_club_raid_log",
        "Irish hurling club mixed RAID log (R / A / I / D letters, Due / review column)",
        ie_hurling_club_raid_log,
    ),
    Layout(
        "gh_pineapple_cannery_decision_log",
        "Ghanaian pineapple cannery decision log (D01, dd-mm-yyyy text, Approved by)",
        gh_pineapple_cannery_decision_log,
    ),
    Layout(
        "ca_lobster_pound_dependencies",
        "Canadian lobster pound dependency table (Incoming / Outgoing, DEP-001, TBC)",
        ca_lobster_pound_dependencies,
    ),
    Layout(
        "au_hospital_laundry_issue_log",
        "Australian hospital laundry issue log (Issue #, Raised By / Assigned To, Resolved)",
        au_hospital_laundry_issue_log,
    ),
    Layout(
        "in_handloom_budget_actual_sheets",
        "Indian handloom FY 2026-27 Budget and Actuals sheets (Apr-26 text, lakh grouping)",
        in_handloom_budget_actual_sheets,
    ),
    Layout(
        "uk_snooker_hall_monthly_spend",
        "UK snooker hall actual spend, months down and cost lines across (£)",
        uk_snooker_hall_monthly_spend,
    ),
    Layout(
        "sg_temple_zoho_expenses_by_category",
        "Singapore temple Zoho Books Expenses by Category for one month (SGD)",
        sg_temple_zoho_expenses_by_category,
    ),
    Layout(
        "nz_ski_field_resource_plan",
        "NZ ski field resource plan in person-days (Name / Company / Role, mmm-yy cells)",
        nz_ski_field_resource_plan,
    ),
    Layout(
        "us_synagogue_milestone_plan",
        "US synagogue hall milestone plan (m/d/yyyy cells, % Complete, On Track)",
        us_synagogue_milestone_plan,
    ),
    Layout(
        "jm_jerk_sauce_status_report",
        "Jamaican jerk sauce status report (RAG words, Report Date cell, Due / Revised)",
        jm_jerk_sauce_status_report,
    ),
)
