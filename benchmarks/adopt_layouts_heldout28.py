"""The twenty-eighth held-out batch (``HELD_OUT_28``, issue 15 round 23): twelve seeded
LIVED-IN legacy workbooks with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses
or scores. Each is a template someone downloaded, then kept by three successive project
managers for a year or two, in English, in sectors no earlier batch names (a zoo, an opera
house, a fire and rescue service, a botanic garden, a lighthouse authority, a racecourse, a
shipyard, a cathedral, a crematorium, a football club, an observatory, a hospice). What
life did to them: columns added at the right with other conventions, an old column renamed
`(old)` and left empty or stale, items copied in from another register with their own
IDs, a closed-items section below the open ones, a second table on the sheet (a lessons
list, a legend, a contacts list), grouped or hidden rows, autofilter left on, cell comments
(`see email 3/4`), dates typed every way one PM types them in a hurry (date cells,
`3/4/26`, `03.04.2026`, `3 Apr 26`), owners as names, initials, teams or `TBC`, amounts
with `k` and `m`, a finance sheet extended month by month into a second year under another
label form, totals rows in the middle, a status report copied each month onto a new sheet.

Registers:

- ``zoo_raid_log_lived_in``: a zoo's RAID log (`Elephant House Redevelopment`): header on
  row 3, `ID` R01 / A01 / I01 / D01 per type, `Type` Risk / Assumption / Issue /
  Dependency, `Summary`, `Owner` (names, initials, `TBC`), `Raised` date cells, `Status`,
  a stale `Action Owner (old)` column left empty, `Target Date` typed every way, a
  `Comments` column (`see email 3/4`), cell comments, autofilter on; a blank row, a `CLOSED
  ITEMS` label row, then the closed items in the same columns.
- ``opera_risk_register_copied``: an opera house refurbishment's risk register: `Risk ID`
  R-001.., two risks copied in from the main contractor's register keeping their ids
  (`BC-R14`), `Likelihood (1-5)`, `Impact (1-5)`, a `Score` of typed numbers, `Owner (old)`
  (stale names), `Mitigation`, `Status`; added at the right by later PMs: `Proximity`
  (`Q3 2026`), `Last Reviewed` (typed every way), `Risk Owner` (the current owner).
- ``fire_service_issue_log_lessons``: a fire and rescue service's issue log: `Issue No.`
  1, 2, 3.., `Date Logged` typed every way, `Issue`, `Raised By`, `Assigned To` (names,
  teams, `TBC`), `Priority` H / M / L, `Status`, `Resolution`, `Date Closed` date cells;
  added at the right: `Category`; below it, after two blank rows, a `LESSONS LEARNED`
  list (`Lesson`, `Date`, `From`).
- ``botanic_garden_assumption_log``: a botanic garden glasshouse project's assumption
  log: `Ref` A1, A2.., `Assumption`, `Owner`, `Raised` date cells, `Confidence` H / M / L,
  `Validate by` typed every way, `Validated? (Y/N)`, `Outcome`; added later: `Impact if
  wrong`; a `Confidence key` legend to the right (H / M / L and their meaning).
- ``lighthouse_dependency_register_grouped``: a lighthouse authority's dependency
  register, rows grouped under workstream rows (`Workstream: Lantern`, outline level 1
  under them), `Dep ID` DEP-001, `Dependency`, `In/Out` In / Out, `From / To` (a team),
  `Owner`, `Needed By` date cells, `Promised` typed every way, `Status`; added at the
  right: `Jira link`; two delivered items in hidden rows.
- ``racecourse_decision_log_two_eras``: a racecourse grandstand project's decision log:
  `Decision No.` DEC-01.. then decisions copied from the board minutes with their own
  ids (`BM-2026-04`), `Date` (date cells, then typed text by the second PM), `Decision`,
  `Made By` (names, `Board`, `SteerCo`), `Rationale`, `Impact (old)` left empty, `Linked
  to` (risk ids).

Trackers:

- ``shipyard_finance_two_year``: a shipyard refit's actual spend (`(£)` in the title):
  cost lines down under `Labour` / `Materials` section rows, each section closed by a
  `Total ...` row in the middle and a `GRAND TOTAL` row; months across, the first financial
  year as date cells `Apr-25`..`Mar-26`, a `FY25/26 Total` column, then the next year added
  as text `Apr 26`, `May 26`, `Jun 26`; amounts typed as numbers, `12.5k` or `1.2m`.
- ``cathedral_budget_vs_actual_extended``: a cathedral restoration's budget vs actual:
  a two-row header (month labels `Jan 2026`.. merged over `Budget` / `Actual`) for six
  months, then months added by the next PM as one-row headers `Jul-26 Budget` / `Jul-26
  Actual`; a `Fabric works total` row in the middle; a `Notes` column with cell comments.
- ``crematorium_finance_months_down``: a crematorium replacement's finance log, months
  down, typed every way (`Jan-26`, `Feb 26`, `March 2026`, `04/2026`), `Workstream`,
  `Budget (£)`, `Actual (£)`, `Forecast (£)`, `Comment`, a `Month total` row after each
  month's lines, amounts sometimes `12k`.
- ``football_club_resource_plan``: a football club stadium project's resource plan in
  days per month: `Name` (names, initials, `TBC`, `Contractor 1`), `Role`, `Team`, months
  of 2026 as date cells `Jan-26`.., a `2026 Total` column, then `Jan 27` .. `Mar 27` text;
  two leavers' rows hidden and empty.
- ``observatory_milestone_plan``: an observatory telescope upgrade's milestone plan:
  `Ref` M1.., `Milestone`, `Owner`, `Baseline` date cells, `Forecast` typed every way,
  `Actual` date cells, `Status`, `Comments`; added later: `Gate`, `Baseline (old)` left
  empty, `Slip (days)` formulas; a `Status key` legend to the right; autofilter on.
- ``hospice_status_reports_monthly``: a hospice's monthly status report copied onto a new
  sheet each month (`Jan 26`, `Feb 26`, `Mar 26`, the newest last): a title block
  (`Project:`, `Project Manager:`, `Sponsor:`, `Report date:`), `Overall` / `Schedule` /
  `Cost` / `Scope` RAG words, a `Top risks` table (`Ref` R-001.., `Risk`, `Owner`, `L`,
  `I`, `Action`), and a `Contacts` list below it.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the hospice's earlier monthly sheets (`Jan 26`, `Feb 26`): history a PMO would not adopt
  as the project's present (the newest sheet is the report); their `Top risks` tables are
  no truth tables, and the project facts (report date, RAGs) are the newest sheet's. A
  reader who adopts every month's table as history has a case: the truth has only the
  newest sheet's table;
- the zoo RAID log's closed-items section (under a `CLOSED ITEMS` label, one blank row
  below the open items, no header of its own): the same table's items (counted, their
  facts kept); its `Target Date` for dependencies (need-by or committed): no fact; owners
  `TBC`: no owner fact; initials (`KM`) are the owner as written (earlier batches' audits;
  audit, round 23: the botanic garden's `AH`, also Dr Amelia Hart's initials, no fact);
- the opera register's copied ids (`BC-R14`, the contractor's numbering): kept as written
  or renumbered: no id fact; `Owner (old)` (stale) is left out and `Risk Owner` is the
  owner; `Score` typed numbers: may be mapped to ``score`` or left out; `Proximity`
  (`Q3 2026`): may be mapped or left out, no fact; `Last Reviewed` (``last_updated``):
  no fact (the day-first order is seen, but a year-less `3 Apr` cell is also typed);
- the fire service's `Issue No.` plain numbers (the id or a row number): no id fact;
  `Category` (``type`` or nothing): no fact; `Assigned To` teams (`Fleet team`) and `TBC`:
  no owner fact; `Raised By`: left out (the standard has no raiser); the `LESSONS
  LEARNED` list is no register of the standard: a person leaves it out (no truth table);
- the botanic garden's `Validated? (Y/N)` (a status Validated / Open, or nothing): no
  status fact (audit, round 23: the column is the status, `Y` is Validated; `N` and blank
  no fact); its `Outcome`: ``outcome``; the `Confidence key` legend: no table, a person
  reads it as the meaning of H / M / L and leaves it out;
- the lighthouse's workstream rows (`Workstream: Lantern`): no items; the hidden rows
  are items (delivered, still in the log); `From / To` (a team, no project id): mapped
  to the counterparty or left out, no fact; `Jira link`: left out; `Promised` is the
  committed date;
- the racecourse's copied board ids (`BM-2026-04`): no id fact; `Made By` `Board` /
  `SteerCo` are the maker as written; a date typed without its year (`12th May`): no date
  fact; `Linked to` risk ids are ``linked_ids`` as written;
- the shipyard's `1.2m`: 1,200,000 (a lower-case m is a million in UK finance; an
  accountant's `M` for thousand is upper case and absent); `12.5k` is 12,500; section and
  total rows are no cost lines; the `FY25/26 Total` column is left out;
- the cathedral's total row is no cost line; `Notes` is left out (audit, round 23: notes
  or left out, no value: one note per line across the months);
- the crematorium's `Month total` rows are no lines (audit, round 23: its `Comment` is the
  lines' notes, each comment a value as written);
- the resource plan's days: counts only, no value facts (as earlier batches' resource
  plans); `TBC` and `Contractor 1` rows are demand lines (counted);
- the observatory's `Slip (days)` formulas: ``slippage_days`` or left out, no fact; the
  `Status key` legend: no table; `Gate` G1..G4 is the gate (audit, round 23: gate or left
  out, no value: the standard's Gate is Y/N); `Baseline (old)`: left out.

Readings used: text dates are day first (each text-date column holds a day past the 12th);
`3 Apr 26` is 2026-04-03; `Apr 26` / `Jan 27` month labels are months of 2026 / 2027; `£`
is GBP; H / M / L are High / Medium / Low; `In` / `Out` are Inbound / Outbound; status
words are the standard's in its case (`On track` a dependency's On Track, `At risk` At
Risk); `In progress` is only an issue's In Progress, `On hold` no status, a milestone's `On
track` no status (each no fact); ids in the standard's shape keep their number (`R01`
R-001, `A1` A-001, `DEP-001` D-001, `M1` M-001, `DEC-01` DC-001 as the twenty-second
batch reads it).
It was written and checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output. Its truth was audited in round 23 by an engineer who does
not tune (docs/adopt.md, "Round 23: the twenty-eighth batch's truth audited"): the changes
are marked "audit, round 23" here and in the code. ``benchmarks/adopt_generalisation.py`` prints only its
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
from openpyxl.comments import Comment
from openpyxl.worksheet.worksheet import Worksheet

# ---------------------------------------------------------------------------------------
# How one PM in a hurry types things
# ---------------------------------------------------------------------------------------

#: The forms one PM types a date in: a date cell, `3/4/26`, `03.04.2026`, `3 Apr 26`.
_FORMS = ("cell", "slash", "dots", "words")


def _typed(d: date, form: str) -> object:
    """``d`` as typed in ``form`` (all day first)."""
    if form == "cell":
        return d
    if form == "slash":
        return f"{d.day}/{d.month}/{d:%y}"
    if form == "dots":
        return f"{d:%d.%m.%Y}"
    return f"{d.day} {d:%b %y}"


def _forms(rng: random.Random, days: list[date]) -> list[str]:
    """A typing form per date; the first date past the 12th is typed `d/m/yy`, so the
    column's day-first order is seen in its text (with no such date, only date cells and
    month words are typed: nothing to read two ways)."""
    late = next((i for i, d in enumerate(days) if d.day > 12), None)
    if late is None:
        return [rng.choice(("cell", "words")) for _ in days]
    forms = [rng.choice(_FORMS) for _ in days]
    forms[late] = "slash"
    return forms


def _amount(rng: random.Random, value: float) -> object:
    """``value`` as typed: a number, or `12.5k` / `1.2m` text."""
    if value >= 1_000_000 and value % 100_000 == 0 and rng.random() < 0.5:
        return f"{value / 1_000_000:g}m"
    if value % 500 == 0 and rng.random() < 0.3:
        return f"{value / 1000:g}k"
    return value


def _note(ws: Worksheet, cell: str, text: str, who: str) -> None:
    ws[cell].comment = Comment(text, who)


def _filter(ws: Worksheet, ref: str) -> None:
    ws.auto_filter.ref = ref


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

ZOO_ITEMS = [
    ("Risk", "Elephant barn steel frame delivery slips past the winter"),
    ("Risk", "Planning condition on noise from the viewing deck"),
    ("Risk", "Keepers' union objects to the new shift pattern"),
    ("Risk", "Sand substrate supplier goes out of business"),
    ("Assumption", "The herd can stay in the old house until March"),
    ("Assumption", "Lottery heritage grant is paid in two tranches"),
    ("Issue", "Drainage survey found a collapsed culvert"),
    ("Issue", "Vet sign-off of the crush design outstanding"),
    ("Issue", "Visitor path closure not in the events calendar"),
    ("Dependency", "Council highways agree the service road closure"),
    ("Dependency", "EAZA studbook keeper approves the transfer plan"),
]
ZOO_OWNERS = ["Hannah Pike", "Gareth Lowe", "KM", "Sunita Rao", "TBC"]


def zoo_raid_log_lived_in(folder: Path, rng: random.Random) -> Built:
    """A zoo's RAID log kept by three PMs: an empty `(old)` column, typed target dates,
    comments, autofilter, and the closed items below a label row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Elephant House Redevelopment - RAID log (v7 FINAL use this one)"
    header = ["ID", "Type", "Summary", "Owner", "Raised", "Status", "Action Owner (old)"]
    header += ["Target Date", "Comments"]
    _put(ws, 3, 1, [header])
    items = rng.sample(ZOO_ITEMS, 9)
    raised = _days(rng, len(items), date(2025, 3, 3))
    target = [d + timedelta(days=rng.choice([14, 30, 45, 60])) for d in raised]
    forms = _forms(rng, target)
    closed = set(rng.sample(range(len(items)), 3))
    order = [i for i in range(len(items)) if i not in closed] + sorted(closed)
    reg = {"Risk": "risks", "Assumption": "assumptions", "Issue": "issues"}
    reg["Dependency"] = "dependencies"
    text = {"risks": "title", "issues": "title", "dependencies": "title"}
    text["assumptions"] = "assumption"
    due = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
    letter = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    row = 4
    for pos, i in enumerate(order):
        if pos == len(items) - len(closed):
            ws.cell(row + 1, 1, "CLOSED ITEMS")
            row += 2
        kind, title = items[i]
        r = reg[kind]
        k = counts.get(r, 0)
        counts[r] = k + 1
        owner = rng.choice(ZOO_OWNERS)
        status = "Closed" if i in closed else rng.choice(["Open", "Open", "In progress"])
        comment = rng.choice([None, None, "see email 3/4", "chased again - no reply", "per SB"])
        cells: list[object] = [f"{letter[r]}{k + 1:02d}", kind, title, owner, raised[i]]
        cells += [status, None, _typed(target[i], forms[i]), comment]
        _put(ws, row, 1, [cells])
        ws.cell(row, 5).number_format = "dd/mm/yyyy"
        if forms[i] == "cell":
            ws.cell(row, 8).number_format = "dd/mm/yyyy"
        if rng.random() < 0.25:
            _note(ws, f"C{row}", "Reworded after the March board", "Gareth Lowe")
        values += [
            ValueFact(r, k, "id", f"{letter[r]}-{k + 1:03d}"),
            ValueFact(r, k, text[r], title),
        ]
        if r != "dependencies":  # a dependency has no raised date in the standard
            values.append(ValueFact(r, k, "raised_date", raised[i]))
        # `In progress` is an issue's In Progress; a risk, assumption or dependency has no
        # such status (Open or Monitoring, Open or On Track): no fact
        if status != "In progress" or r == "issues":
            values.append(ValueFact(r, k, "status", status.title() if r == "issues" else status))
        if owner != "TBC":
            values.append(ValueFact(r, k, "owner", owner))
        if r != "dependencies":
            values.append(ValueFact(r, k, due[r], target[i]))
        row += 1
    _filter(ws, f"A3:I{row - 1}")
    path = _save(wb, folder, "zoo_raid_log_lived_in")
    # each register's meaning of the text and target-date columns, for the registers the
    # log holds (audit, round 23: a seed whose nine items have no assumption or dependency
    # named a field of no register in the table, and ``check_truth`` failed there)
    dates = {"dependencies": ("need_by", "committed_date")} | {r: (f,) for r, f in due.items()}
    text_cols = tuple(dict.fromkeys(text[r] for r in reg.values() if r in counts))
    due_cols = tuple(dict.fromkeys(f for r in reg.values() if r in counts for f in dates[r]))
    targets: Targets = _cols("A", ["id", "register", text_cols, "owner"])
    targets |= _cols("E", ["raised_date", "status", None, due_cols, None])
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


OPERA_RISKS = [
    "Asbestos found behind the fly tower panels",
    "Stage machinery supplier delivers late",
    "Orchestra pit acoustic target not met",
    "Listed building consent for the new foyer glazing refused",
    "Box office system cutover during the panto season",
    "Fundraising campaign falls short of the match target",
    "Heritage plasterwork damaged during scaffold strike",
]
OPERA_COPIED = [
    "Crane oversail licence not granted",
    "Steel price rise over the tender allowance",
    "Subcontractor insolvency on the M&E package",
]
OPERA_PEOPLE = ["Isabel Carter", "Tomasz Nowak", "Ruth Adeyemi", "Ciaran Doyle"]


def opera_risk_register_copied(folder: Path, rng: random.Random) -> Built:
    """An opera house's risk register: contractor risks copied in with their ids, a stale
    `Owner (old)` column and the current `Risk Owner` added at the right."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Grand Opera House Refurbishment"
    ws["A2"] = "Risk Register - owner column moved to col K (Jan)"
    header = ["Risk ID", "Risk", "Likelihood (1-5)", "Impact (1-5)", "Score", "Owner (old)"]
    header += ["Mitigation", "Status", "Proximity", "Last Reviewed", "Risk Owner"]
    _put(ws, 4, 1, [header])
    ours = rng.sample(OPERA_RISKS, rng.randint(4, 6))
    theirs = rng.sample(OPERA_COPIED, 2)
    rows = [(f"R-{i + 1:03d}", t) for i, t in enumerate(ours)]
    rows += [(f"BC-R{rng.randint(10, 40)}", t) for t in theirs]
    reviewed = _days(rng, len(rows), date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, (rid, title) in enumerate(rows):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        old, new = rng.choice(OPERA_PEOPLE), rng.choice(OPERA_PEOPLE)
        plan = rng.choice(["Survey early and hold contingency", "Weekly call with supplier"])
        status = rng.choice(["Open", "Open", "Closed"])
        prox = rng.choice(["Q2 2026", "Q3 2026", "Q4 2026"])
        seen: object = _typed(reviewed[i], rng.choice(_FORMS))
        if i == 0:
            seen = f"{reviewed[i].day} {reviewed[i]:%b}"  # no year: typed in a hurry
        cells: list[object] = [rid, title, p, imp, p * imp, old, plan, status, prox, seen, new]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", new),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", status),
        ]
        if rid.startswith("R-"):
            values.append(ValueFact("risks", i, "id", rid))
    path = _save(wb, folder, "opera_risk_register_copied")
    targets: Targets = _cols("A", ["id", "title", "probability", "impact", ("score", None)])
    targets |= _cols("F", [None, "response", "status", ("proximity", None)])
    targets |= _cols("J", [("last_updated", None), "owner"])
    return Built(path, [_one("risks", "Risk Register", 4, targets, len(rows))], values)


FIRE_ISSUES = [
    "Two appliances off the run awaiting pump parts",
    "Mobile data terminals drop signal in the valleys",
    "Breathing apparatus servicing contract lapsed",
    "New station alerting system fails the acceptance test",
    "Training tower closed after the fire safety inspection",
    "Crewing system double-books the retained firefighters",
    "Hydrant data from the water company is two years old",
    "Fleet workshop roof leaks onto the lift",
]
FIRE_OWNERS = ["Sarah Kent", "Mark Dunmore", "Fleet team", "ICT service desk", "TBC",
               "Jo Whitfield"]  # fmt: skip


def fire_service_issue_log_lessons(folder: Path, rng: random.Random) -> Built:
    """A fire and rescue service's issue log: plain numbers, dates typed every way, H/M/L,
    team owners, a lessons-learned list below the log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Mobilising System Replacement - Issue Log"
    header = ["Issue No.", "Date Logged", "Issue", "Raised By", "Assigned To", "Priority"]
    header += ["Status", "Resolution", "Date Closed", "Category"]
    _put(ws, 2, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(FIRE_ISSUES, n)
    logged = _days(rng, n, date(2025, 6, 2))
    forms = _forms(rng, logged)
    prio = {"H": "High", "M": "Medium", "L": "Low"}
    values: list[ValueFact] = []
    for i, title in enumerate(titles):
        owner = rng.choice(FIRE_OWNERS)
        p = rng.choice(list(prio))
        status = rng.choice(["Open", "On hold", "Closed"])
        closed = logged[i] + timedelta(days=rng.choice([5, 12, 26])) if status == "Closed" else None
        res = "Replaced under warranty" if closed else None
        cat = rng.choice(["Fleet", "ICT", "Estates", "Training"])
        cells: list[object] = [i + 1, _typed(logged[i], forms[i]), title, "Station Mgr Hale"]
        cells += [owner, p, status, res, closed, cat]
        _put(ws, 3 + i, 1, [cells])
        for c in (2, 9):
            ws.cell(3 + i, c).number_format = "dd/mm/yyyy"
        if i == 1:
            _note(ws, f"G{3 + i}", "see email 3/4 from the supplier", "Jo Whitfield")
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "priority", prio[p]),
        ]
        if status != "On hold":  # `On hold` is no status of the standard's (Open or not)
            values.append(ValueFact("issues", i, "status", status))
        if owner in ("Sarah Kent", "Mark Dunmore", "Jo Whitfield"):
            values.append(ValueFact("issues", i, "owner", owner))
        if closed:
            values += [
                ValueFact("issues", i, "closed_date", closed),
                ValueFact("issues", i, "resolution", res),
            ]
    _filter(ws, f"A2:J{2 + n}")
    top = 2 + n + 3
    ws.cell(top, 1, "LESSONS LEARNED")
    _put(ws, top + 1, 1, [
        ["Lesson", "Date", "From"],
        ["Order pump spares before the warranty ends", "12/02/2026", "Fleet"],
        ["Test alerting at every station, not a sample", "03/03/2026", "Control"],
    ])  # fmt: skip
    path = _save(wb, folder, "fire_service_issue_log_lessons")
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", None, "owner"])
    targets |= _cols("F", ["priority", "status", "resolution", "closed_date", ("type", None)])
    return Built(path, [_one("issues", "Issue Log", 2, targets, n)], values)


GARDEN_ASSUMPTIONS = [
    "The palm house can stay open during the boiler works",
    "Heritage glass can be sourced from the Belgian supplier",
    "Volunteers will move the tender collection in spring",
    "The ground source heat pump meets the tropical zone load",
    "Plant health certificates cover the imported cycads",
    "Scaffolding can bear on the original cast-iron gutters",
]
GARDEN_PEOPLE = ["Dr Amelia Hart", "Ben Carroway", "AH", "Priya Sood"]


def botanic_garden_assumption_log(folder: Path, rng: random.Random) -> Built:
    """A botanic garden's assumption log: `A1` refs, H/M/L, typed dates, a `(Y/N)` column
    and a legend to the right."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Temperate House Restoration - Assumptions"
    header = ["Ref", "Assumption", "Owner", "Raised", "Confidence", "Validate by"]
    header += ["Validated? (Y/N)", "Outcome", "Impact if wrong"]
    _put(ws, 3, 1, [header])
    _put(ws, 3, 11, [["Confidence key"], ["H", "Evidence in hand"],
                     ["M", "Expert view"], ["L", "Best guess"]])  # fmt: skip
    n = rng.randint(4, 6)
    texts = rng.sample(GARDEN_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2025, 9, 1))
    by = [d + timedelta(days=rng.choice([30, 60, 90])) for d in raised]
    forms = _forms(rng, by)
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    values: list[ValueFact] = []
    for i, text in enumerate(texts):
        owner = rng.choice(GARDEN_PEOPLE)
        c = rng.choice(list(conf))
        yn = rng.choice(["Y", "N", None])
        outcome = "Confirmed by the survey" if yn == "Y" else None
        hit = rng.choice(["Closure extended", "Cost +£40k", None])
        cells: list[object] = [f"A{i + 1}", text, owner, raised[i], c]
        cells += [_typed(by[i], forms[i]), yn, outcome, hit]
        _put(ws, 4 + i, 1, [cells])
        ws.cell(4 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", by[i]),
        ]
        # audit (round 23): `AH` are also Dr Amelia Hart's initials, who owns other rows of
        # the same column: the owner as written or her name, no fact (as round 22's audit
        # left the mine's `TN` / `JvdM`, the initials of people named on the sheet)
        if owner != "AH":
            values.append(ValueFact("assumptions", i, "owner", owner))
        # audit (round 23): `Validated? (Y/N)` answered `Y` is the standard's Validated (its
        # outcome says so); `N` (not yet, or found false: Open or Invalid) and blank: no fact
        if yn == "Y":
            values.append(ValueFact("assumptions", i, "status", "Validated"))
        if outcome:
            values.append(ValueFact("assumptions", i, "outcome", outcome))
        if hit:
            values.append(ValueFact("assumptions", i, "impact_if_false", hit))
    path = _save(wb, folder, "botanic_garden_assumption_log")
    targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date", "confidence"])
    # audit (round 23): the `Validated? (Y/N)` column is the status a person maps it to
    targets |= _cols("F", ["validate_by", "status", "outcome", "impact_if_false"])
    return Built(path, [_one("assumptions", "Assumptions", 3, targets, n)], values)


LIGHTHOUSE_DEPS = {
    "Lantern": [
        ("In", "LED optic delivered by the manufacturer", "Procurement"),
        ("In", "Helicopter lift slot booked", "Aviation unit"),
        ("Out", "Notice to Mariners issued for the outage", "Navigation"),
    ],
    "Power": [
        ("In", "Solar array consent from the island trust", "Estates"),
        ("In", "Battery room fire strategy approved", "Fire engineer"),
    ],
    "Monitoring": [
        ("Out", "Telemetry feed to the operations centre", "Ops centre"),
        ("In", "Satellite link contract renewed", "ICT"),
    ],
}
LIGHTHOUSE_PEOPLE = ["Morag Sinclair", "Peter Quayle", "Ellen Voss", "Hamish Reid"]


def lighthouse_dependency_register_grouped(folder: Path, rng: random.Random) -> Built:
    """A lighthouse authority's dependency register: rows grouped under workstream rows,
    `In` / `Out`, typed promised dates, a link column, hidden delivered rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Skerry Point Automation - Dependency Register"
    header = ["Dep ID", "Dependency", "In/Out", "From / To", "Owner", "Needed By", "Promised"]
    header += ["Status", "Jira link"]
    _put(ws, 3, 1, [header])
    flat = [(ws_name, d) for ws_name, deps in LIGHTHOUSE_DEPS.items() for d in deps]
    need = _days(rng, len(flat), date(2026, 2, 2))
    promised = [d + timedelta(days=rng.choice([-5, 0, 0, 10])) for d in need]
    forms = _forms(rng, promised)
    delivered = set(rng.sample(range(len(flat)), 2))
    values: list[ValueFact] = []
    row, k, current = 4, 0, ""
    for i, (stream, (direction, title, party)) in enumerate(flat):
        if stream != current:
            ws.cell(row, 1, f"Workstream: {stream}")
            current, row = stream, row + 1
        owner = rng.choice(LIGHTHOUSE_PEOPLE)
        status = "Delivered" if i in delivered else rng.choice(["On track", "At risk", "Late"])
        link = f"https://nlb.atlassian.net/browse/SKP-{rng.randint(100, 400)}"
        cells: list[object] = [f"DEP-{k + 1:03d}", title, direction, party, owner, need[i]]
        cells += [_typed(promised[i], forms[i]), status, link]
        _put(ws, row, 1, [cells])
        ws.cell(row, 6).number_format = "dd/mm/yyyy"
        ws.row_dimensions[row].outline_level = 1
        if i in delivered:
            ws.row_dimensions[row].hidden = True
        values += [
            ValueFact("dependencies", k, "id", f"D-{k + 1:03d}"),
            ValueFact("dependencies", k, "title", title),
            ValueFact(
                "dependencies", k, "direction", "Inbound" if direction == "In" else "Outbound"
            ),
            ValueFact("dependencies", k, "owner", owner),
            ValueFact("dependencies", k, "need_by", need[i]),
            ValueFact("dependencies", k, "committed_date", promised[i]),
            ValueFact("dependencies", k, "status", status.title()),
        ]
        k += 1
        row += 1
    path = _save(wb, folder, "lighthouse_dependency_register_grouped")
    party_cols = ("counterparty_project_id", "counterparty_owner", None)
    targets: Targets = _cols("A", ["id", "title", "direction", party_cols, "owner"])
    targets |= _cols("F", ["need_by", "committed_date", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, k)], values)


RACE_DECISIONS = [
    "Keep the old weighing room and convert it to hospitality",
    "Run the spring meeting with temporary stands",
    "Appoint the cost consultant on a fixed fee",
    "Drop the rooftop bar from phase 1",
    "Move the parade ring closer to the new stand",
    "Use precast terracing units",
    "Close the south car park during the works",
]
RACE_MAKERS = ["Board", "SteerCo", "Lord Ashby", "Fiona Brennan", "Tom Hadley"]


def racecourse_decision_log_two_eras(folder: Path, rng: random.Random) -> Built:
    """A racecourse's decision log kept by two PMs: date cells, then typed dates; board
    decisions copied in with their own ids; an empty `(old)` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    header = ["Decision No.", "Date", "Decision", "Made By", "Rationale", "Impact (old)"]
    header += ["Linked to"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    texts = rng.sample(RACE_DECISIONS, n)
    days = _days(rng, n, date(2025, 10, 6))
    copied = {n - 2}
    values: list[ValueFact] = []
    for i, text in enumerate(texts):
        who = rng.choice(RACE_MAKERS)
        why = rng.choice(["Saves 6 weeks on the programme", "Keeps fixtures running", None])
        link = rng.choice([None, "R-004", "R-002, R-007"])
        rid = f"BM-2026-{i:02d}" if i in copied else f"DEC-{i + 1:02d}"
        if i < n // 2:
            when: object = days[i]
        elif i == n - 1:
            day = days[i].day
            th = "th" if 4 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            when = f"{day}{th} {days[i]:%B}"  # no year
        else:
            when = f"{days[i].day} {days[i]:%b %y}"
        _put(ws, 2 + i, 1, [[rid, when, text, who, why, None, link]])
        ws.cell(2 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
        ]
        if i not in copied:  # `DEC-01` is the standard's DC-001 (as the 22nd batch reads it)
            values.append(ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"))
        if i != n - 1:
            values.append(ValueFact("decisions", i, "date", days[i]))
        if why:
            values.append(ValueFact("decisions", i, "rationale", why))
        if link:
            values.append(ValueFact("decisions", i, "linked_ids", link))
    path = _save(wb, folder, "racecourse_decision_log_two_eras")
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale", None])
    targets |= {"G": "linked_ids"}
    return Built(path, [_one("decisions", "Decisions", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SHIPYARD_LINES = {
    "Labour": ["Steelworkers", "Electricians", "Agency welders"],
    "Materials": ["Hull steel plate", "Cabling", "Paint and coatings"],
}


def shipyard_finance_two_year(folder: Path, rng: random.Random) -> Built:
    """A shipyard's actual spend: section and total rows in the middle, a year of date-cell
    months, a year total, then the next year's months typed as text; `k` and `m` amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actual Spend")
    ws["A1"] = "Hull 812 Mid-Life Refit - Actual Spend (£)"
    first = _months(date(2025, 4, 1), 12)
    later = _months(date(2026, 4, 1), 3)
    header: list[object] = ["Cost Line", *first, "FY25/26 Total", *[f"{m:%b %y}" for m in later]]
    _put(ws, 3, 1, [header])
    for c in range(2, 14):
        ws.cell(3, c).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row, count = 4, 0
    grand = [0.0] * 15
    for section, lines in SHIPYARD_LINES.items():
        ws.cell(row, 1, section.upper())
        row += 1
        sub = [0.0] * 15
        for line in rng.sample(lines, 2):
            big = line == "Hull steel plate"
            amounts = [
                float(rng.randrange(8, 25) * 100_000) if big else float(rng.randrange(10, 90) * 500)
                for _ in range(15)
            ]
            typed = [_amount(rng, a) for a in amounts]
            _put(ws, row, 1, [[line, *typed[:12], sum(amounts[:12]), *typed[12:]]])
            for m, month in enumerate(first + later):
                sub[m] += amounts[m]
                values.append(ValueFact("finance", (month, line), "actual", amounts[m]))
            count += 15
            row += 1
        _put(ws, row, 1, [[f"Total {section}", *sub[:12], sum(sub[:12]), *sub[12:]]])
        grand = [g + s for g, s in zip(grand, sub, strict=True)]
        row += 1
    _put(ws, row + 1, 1, [["GRAND TOTAL", *grand[:12], sum(grand[:12]), *grand[12:]]])
    path = _save(wb, folder, "shipyard_finance_two_year")
    targets: Targets = {"A": "cost_line", "N": None}
    return Built(path, [TruthTable("Actual Spend", 3, "finance", targets, {"finance": count})],
                 values)  # fmt: skip


CATHEDRAL_LINES = ["Stonemasonry", "Roof lead", "Scaffolding", "Stained glass", "Architect"]


def cathedral_budget_vs_actual_extended(folder: Path, rng: random.Random) -> Built:
    """A cathedral's budget vs actual: six months under merged two-row headers, then months
    added as one-row `Jul-26 Budget` headers; a total row in the middle; notes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "West Front Restoration - Budget v Actual (£)"
    months = _months(date(2026, 1, 1), 8)
    ws["A5"] = "Cost line"
    col = 2
    for m, month in enumerate(months):
        if m < 6:
            ws.cell(4, col, f"{month:%b %Y}")
            ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
            ws.cell(5, col, "Budget")
            ws.cell(5, col + 1, "Actual")
        else:
            ws.cell(5, col, f"{month:%b-%y} Budget")
            ws.cell(5, col + 1, f"{month:%b-%y} Actual")
        col += 2
    notes_col = col
    ws.cell(5, notes_col, "Notes")
    lines = rng.sample(CATHEDRAL_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 6
    fabric = [0.0] * (2 * len(months))
    for r, line in enumerate(lines):
        cells: list[object] = [line]
        for m, month in enumerate(months):
            bud = float(rng.randrange(4, 60) * 500)
            act = float(round(bud * rng.uniform(0.7, 1.3) / 100) * 100)
            cells += [_amount(rng, bud), _amount(rng, act)]
            fabric[2 * m] += bud
            fabric[2 * m + 1] += act
            values += [
                ValueFact("finance", (month, line), "budget", bud),
                ValueFact("finance", (month, line), "actual", act),
            ]
        _put(ws, row, 1, [cells])
        if r == 1:
            ws.cell(row, notes_col, "see email 3/4 re lead theft claim")
            _note(ws, f"A{row}", "Insurer pays part of March", "Canon Treasurer")
        row += 1
        if r == 1:
            _put(ws, row, 1, [["Fabric works total", *fabric]])
            row += 1
    path = _save(wb, folder, "cathedral_budget_vs_actual_extended")
    from openpyxl.utils import get_column_letter

    # audit (round 23): `Notes` is the standard's Finance Notes by name, but one note per
    # line across eight months: mapped (to every month's line) or left out, no value (as the
    # twenty-fifth batch's wide `Observações`)
    targets: Targets = {"A": "cost_line", get_column_letter(notes_col): ("notes", None)}
    count = {"finance": len(months) * len(lines)}
    return Built(path, [TruthTable("BvA", 5, "finance", targets, count)], values)


CREM_STREAMS = ["Cremators", "Building works", "Mercury abatement", "Memorial garden"]


def crematorium_finance_months_down(folder: Path, rng: random.Random) -> Built:
    """A crematorium's finance log, months down typed every way, a `Month total` row after
    each month, `12k` amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Bereavement Services - New Crematorium: monthly finance"
    header = ["Month", "Workstream", "Budget (£)", "Actual (£)", "Forecast (£)", "Comment"]
    _put(ws, 3, 1, [header])
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{months[0]:%b-%y}", f"{months[1]:%b %y}", f"{months[2]:%B %Y}",
              f"{months[3]:%m/%Y}", f"{months[4]:%b-%Y}", f"{months[5]:%b %y}"]  # fmt: skip
    streams = rng.sample(CREM_STREAMS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 4
    for m, month in enumerate(months):
        tot = [0.0, 0.0, 0.0]
        for s in streams:
            bud = float(rng.randrange(6, 80) * 1000)
            act = float(rng.randrange(5, 85) * 1000) if m < 4 else None
            fc = act if act is not None else bud
            comment = rng.choice([None, "see email 3/4", "accrual - invoice late"])
            _put(ws, row, 1, [[labels[m], s, _amount(rng, bud), act, _amount(rng, fc), comment]])
            tot = [tot[0] + bud, tot[1] + (act or 0.0), tot[2] + fc]
            values += [
                ValueFact("finance", (month, s), "budget", bud),
                ValueFact("finance", (month, s), "forecast", fc),
            ]
            if act is not None:
                values.append(ValueFact("finance", (month, s), "actual", act))
            # audit (round 23): a row's `Comment` is its line's notes, as written (the
            # eighth batch's months-down `Comment` column is so)
            if comment:
                values.append(ValueFact("finance", (month, s), "notes", comment))
            row += 1
        _put(ws, row, 1, [[None, "Month total", *tot]])
        row += 1
    _filter(ws, f"A3:F{row - 1}")
    path = _save(wb, folder, "crematorium_finance_months_down")
    # audit (round 23): `Comment` is the Notes of the standard's Finance table (one row per
    # month and line, as here): a person maps it
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    count = {"finance": len(months) * len(streams)}
    return Built(path, [TruthTable("Finance", 3, "finance", targets, count)], values)


CLUB_STAFF = [
    ("Declan O'Rourke", "Project Manager", "PMO"),
    ("RB", "Commercial Lead", "Commercial"),
    ("TBC", "Safety Advisor", "Stadium Ops"),
    ("Contractor 1", "Quantity Surveyor", "Cost"),
    ("Leah Moss", "Ticketing Analyst", "IT"),
    ("Sam Whelan", "Groundsman", "Stadium Ops"),
]


def football_club_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A football club's resource plan in days: a year of date-cell months, a year total,
    next year's months typed as text; two leavers' rows hidden and empty."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "North Stand Expansion - resource plan (days per month)"
    first = _months(date(2026, 1, 1), 12)
    later = _months(date(2027, 1, 1), 3)
    header: list[object] = ["Name", "Role", "Team", *first, "2026 Total"]
    header += [f"{m:%b %y}" for m in later]
    _put(ws, 4, 1, [header])
    for c in range(4, 16):
        ws.cell(4, c).number_format = "mmm-yy"
    staff = rng.sample(CLUB_STAFF, 5)
    count, row = 0, 5
    for name, role, team in staff:
        days = [rng.choice([0, 2, 4, 8, 10]) for _ in range(15)]
        count += sum(1 for d in days if d)
        cells: list[object] = [name, role, team, *[d or None for d in days[:12]], sum(days[:12])]
        cells += [d or None for d in days[12:]]
        _put(ws, row, 1, [cells])
        row += 1
    for leaver in ("Gary Finch", "Nadia Bloom"):
        _put(ws, row, 1, [[leaver, "Site Engineer (left)", "Estates"]])
        ws.row_dimensions[row].hidden = True
        row += 1
    path = _save(wb, folder, "football_club_resource_plan")
    targets: Targets = {"A": "person", "B": "role", "C": None, "P": None}
    table = TruthTable("Resource Plan", 4, "resources", targets, {"resources": count})
    return Built(path, [table], [])


OBS_MILESTONES = [
    ("G1", "Design review of the secondary mirror cell passed"),
    ("G1", "Dome drive contract awarded"),
    ("G2", "Old instrument decommissioned"),
    ("G2", "Adaptive optics bench installed"),
    ("G3", "First light with the new camera"),
    ("G3", "Science verification complete"),
    ("G4", "Handover to the observing programme"),
]
OBS_PEOPLE = ["Dr Ines Moreau", "Kofi Mensah", "Alicja Zielinska", "Rob Tate"]


def observatory_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """An observatory's milestone plan: typed forecasts, columns added later (`Gate`, an
    empty `Baseline (old)`, slip formulas), a status legend to the right, autofilter on."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Telescope Upgrade Programme - Milestone Plan"
    header = ["Ref", "Milestone", "Owner", "Baseline", "Forecast", "Actual", "Status"]
    header += ["Comments", "Gate", "Baseline (old)", "Slip (days)"]
    _put(ws, 3, 1, [header])
    _put(ws, 3, 13, [["Status key"], ["Complete", "Done, actual date entered"],
                     ["On track", "Forecast within 2 weeks of baseline"],
                     ["At risk", "Forecast slipped over 2 weeks"], ["Late", "Past baseline"]])  # fmt: skip
    n = len(OBS_MILESTONES)
    base = _days(rng, n, date(2025, 11, 3))
    fc = [d + timedelta(days=rng.choice([0, 0, 10, 21, 40])) for d in base]
    forms = _forms(rng, fc)
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i, (gate, name) in enumerate(OBS_MILESTONES):
        row = 4 + i
        owner = rng.choice(OBS_PEOPLE)
        actual = fc[i] if i < done else None
        status = "Complete" if actual else rng.choice(["On track", "At risk", "Late"])
        comment = rng.choice([None, "see email 3/4", "weather window"])
        cells: list[object] = [f"M{i + 1}", name, owner, base[i], _typed(fc[i], forms[i])]
        cells += [actual, status, comment, gate, None, f'=IFERROR(E{row}-D{row},"")']
        _put(ws, row, 1, [cells])
        for c in (4, 6):
            ws.cell(row, c).number_format = "dd-mmm-yy"
        if forms[i] == "cell":
            ws.cell(row, 5).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc[i]),
        ]
        # audit (round 23): no gate fact: the standard's Gate is Y/N (is the milestone a
        # gate), and `G1`..`G4` name the stage gate a milestone falls under, neither Y nor N
        # `On track` is no milestone status of the standard's (Not Started or In Progress)
        if status != "On track":
            values.append(ValueFact("milestones", i, "status", status.title()))
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _filter(ws, f"A3:K{3 + n}")
    path = _save(wb, folder, "observatory_milestone_plan")
    targets: Targets = _cols("A", ["id", "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status", None, ("gate", None), None])
    targets |= {"K": ("slippage_days", None)}
    return Built(path, [_one("milestones", "Milestones", 3, targets, n)], values)


HOSPICE_RISKS = [
    "Inpatient unit decant rooms not ready",
    "Charity shop income falls short of the capital appeal",
    "Nurse call system incompatible with the old wing",
    "CQC registration variation delayed",
    "Contractor access conflicts with family visiting hours",
]
HOSPICE_PEOPLE = ["Helen Marsh", "Dr Omar Said", "Julie Franks"]


def hospice_status_reports_monthly(folder: Path, rng: random.Random) -> Built:
    """A hospice's monthly status report copied to a new sheet each month (newest last):
    a title block, RAG words, a top risks table, a contacts list."""
    wb = openpyxl.Workbook()
    months = [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 31)]
    risks = rng.sample(HOSPICE_RISKS, 4)
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, when in enumerate(months):
        name = f"{when:%b %y}"
        ws = _sheet(wb, name) if s == 0 else wb.create_sheet(name)
        overall, sched, cost, scope = (rng.choice(["Green", "Amber", "Red"]) for _ in range(4))
        _put(ws, 1, 1, [
            ["Monthly Status Report"],
            ["Project:", "Inpatient Unit Rebuild"],
            ["Project Manager:", "Helen Marsh"],
            ["Sponsor:", "Dr Omar Said"],
            ["Report date:", when],
            [],
            ["Overall", overall, "Schedule", sched, "Cost", cost, "Scope", scope],
            [],
            ["Top risks"],
            ["Ref", "Risk", "Owner", "L", "I", "Action"],
        ])  # fmt: skip
        ws["B5"].number_format = "dd/mm/yyyy"
        shown = risks[: 3 + (s > 0)]
        for i, title in enumerate(shown):
            owner = rng.choice(HOSPICE_PEOPLE)
            p, imp = rng.randint(1, 5), rng.randint(1, 5)
            action = rng.choice(["Agree phasing with the ward manager", "Monthly appeal review"])
            _put(ws, 11 + i, 1, [[f"R-{i + 1:03d}", title, owner, p, imp, action]])
            if s == len(months) - 1:
                values += [
                    ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
                    ValueFact("risks", i, "title", title),
                    ValueFact("risks", i, "owner", owner),
                    ValueFact("risks", i, "probability", float(p)),
                    ValueFact("risks", i, "impact", float(imp)),
                    ValueFact("risks", i, "response", action),
                ]
        top = 11 + len(shown) + 2
        _put(ws, top, 1, [["Contacts"], ["Name", "Role", "Phone"],
                          ["Helen Marsh", "Project Manager", "01632 960123"],
                          ["Dr Omar Said", "Medical Director", "01632 960456"]])  # fmt: skip
        if s == len(months) - 1:
            values += [
                ValueFact("project", 0, "project_name", "Inpatient Unit Rebuild"),
                ValueFact("project", 0, "project_manager", "Helen Marsh"),
                ValueFact("project", 0, "sponsor", "Dr Omar Said"),
                ValueFact("project", 0, "report_date", when),
                ValueFact("project", 0, "overall_rag", overall),
                ValueFact("project", 0, "schedule_rag", sched),
                ValueFact("project", 0, "cost_rag", cost),
                ValueFact("project", 0, "scope_rag", scope),
            ]
            targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
            targets |= {"F": "response"}
            tables.append(_one("risks", name, 10, targets, len(shown)))
    path = _save(wb, folder, "hospice_status_reports_monthly")
    return Built(path, tables, values)


HELD_OUT_28: tuple[Layout, ...] = (
    Layout(
        "zoo_raid_log_lived_in",
        "Zoo RAID log kept by three PMs (closed items below, (old) column, typed dates)",
        zoo_raid_log_lived_in,
    ),
    Layout(
        "opera_risk_register_copied",
        "Opera house risk register (contractor risks copied in, Owner (old), owner at right)",
        opera_risk_register_copied,
    ),
    Layout(
        "fire_service_issue_log_lessons",
        "Fire and rescue issue log (H/M/L, team owners, a lessons list below)",
        fire_service_issue_log_lessons,
    ),
    Layout(
        "botanic_garden_assumption_log",
        "Botanic garden assumption log (A1 refs, H/M/L, a legend to the right)",
        botanic_garden_assumption_log,
    ),
    Layout(
        "lighthouse_dependency_register_grouped",
        "Lighthouse authority dependency register (workstream groups, hidden rows, In/Out)",
        lighthouse_dependency_register_grouped,
    ),
    Layout(
        "racecourse_decision_log_two_eras",
        "Racecourse decision log (two PMs' date habits, board ids copied in)",
        racecourse_decision_log_two_eras,
    ),
    Layout(
        "shipyard_finance_two_year",
        "Shipyard actual spend, section totals mid-table, FY months then text months, k/m",
        shipyard_finance_two_year,
    ),
    Layout(
        "cathedral_budget_vs_actual_extended",
        "Cathedral budget v actual (merged month headers, then one-row month headers)",
        cathedral_budget_vs_actual_extended,
    ),
    Layout(
        "crematorium_finance_months_down",
        "Crematorium finance log, months down typed every way, month total rows",
        crematorium_finance_months_down,
    ),
    Layout(
        "football_club_resource_plan",
        "Football club resource plan in days (two years' month forms, hidden leavers)",
        football_club_resource_plan,
    ),
    Layout(
        "observatory_milestone_plan",
        "Observatory milestone plan (typed forecasts, added columns, a status legend)",
        observatory_milestone_plan,
    ),
    Layout(
        "hospice_status_reports_monthly",
        "Hospice status report copied to a new sheet each month (newest last)",
        hospice_status_reports_monthly,
    ),
)
