"""The forty-first held-out batch (``HELD_OUT_41``, issue 15 round 28): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from tool exports (Microsoft Lists, Podio, ZenHub, MYOB AccountRight),
downloaded templates and hand-built trackers, in sectors no earlier batch's docstring names
(a seaside pier, a cashew processor, a salt works, a cemetery, a wharf, a cidery, a creamery,
a glassworks, a playhouse, a fishway, a smokehouse, a hospital helipad).

Registers:

- ``uk_pier_lists_issue_tracker``: a UK seaside pier restoration's Microsoft Lists `Issue
  tracker` (the list template) through Lists' `Export to CSV`, opened in Excel and saved
  (sheet `Issue tracker`, the file's name; no `Item Type` / `Path`, unlike SharePoint's
  `owssvr` export): the template's default view, `Title`, `Description`, `Priority`
  Critical / High / Normal / Low, `Status` New / In progress / Blocked / Completed /
  Duplicate / Won't fix, `Assigned to` display names, `Date reported` date cells, `Issue
  source` links, an empty `Images`, `Issue logged by`.
- ``ng_cashew_podio_risk_register``: a Nigerian cashew processor's risk register kept as a
  Podio app and exported: `Title`, `Created on` date-time cells, `Created by`, `Risk
  category` (one off-list value, `Weather`), `Likelihood` `3 - Possible` and `Impact` `4 -
  Major` (number and word in one category value), `Risk owner`, `Treatment plan`, `Status`
  Active / Closed, `Tags`, Podio's `Item ID`.
- ``in_salt_works_assumptions``: an Indian salt works' assumptions log from a downloaded
  template: a title, a `Project:` line, an `Instructions:` line above the header, the
  template's example row (`Eg.`) left in above the first real row, `S.No.`, `Raised By` as
  e-mail addresses, `Raised On` / `Validate By` date cells shown `dd.mm.yyyy`, `Status`
  Open / Validated / Not valid, `Remarks`.
- ``ie_cemetery_decision_log``: an Irish county council cemetery extension's decision
  register grouped by meeting: a heading row per meeting (`Meeting of 17/02/2026`,
  merged across the table) and the decisions of that meeting under it with no date of their
  own, `No.` running 1, 2, 3 across meetings, `Decision`, `Reason`, `Agreed by`, `Actions
  arising`.
- ``au_wharf_give_get_dependencies``: an Australian port's wharf strengthening dependency
  register with the direction written `Give` / `Get` (and a legend line under the title
  saying which is which), `Other project`, `Their contact`, `Our owner` as e-mail
  addresses, `Date needed` / `Date agreed` date cells shown `d/mm/yy`, `Status` On track /
  At risk / Delivered / Late, `Notes`.
- ``us_cidery_zenhub_issues``: a US cidery's ERP and web-shop rollout issues, a ZenHub
  board export opened in Excel (sheet `zenhub-export`): `Repository`, `Issue` numbers,
  `Title`, `Pipeline` New Issues / Backlog / In Progress / Review/QA / Done / Closed,
  `Estimate`, `Assignees` GitHub handles (one, or two joined by `, `), `Labels`, `Epic`,
  `Milestone`, `Created At` / `Closed At` as ISO `2026-03-14T15:22:08Z` text.

Trackers:

- ``au_creamery_myob_job_report``: an Australian creamery's MYOB AccountRight `Jobs [Budget
  Analysis]` report exported to Excel: the company, address and ABN lines, the report name,
  a period line `1/03/2026 To 31/03/2026`, the job's line, an `Expenses` heading, `Account
  No.` / `Account Name` / `Budget` / `Actual` / `Difference` / `% of Budget`, amounts shown
  `$#,##0.00`, a `Total Expenses` row.
- ``uk_glassworks_spend_tracker``: a UK glassworks furnace rebuild's hand-built spend
  tracker in `£k`: `FY2026/27` in the title, a merged `Actual spend` group over month words
  `Apr` .. `Sep` (the later months still blank), an `Annual budget` column, a `Supplier`
  column, `Spent to date` and `Remaining` columns, a `Total` row.
- ``za_playhouse_resource_plan``: a South African playhouse's stage machinery resource
  plan in days: `Role`, `Who` as initials with a `Key` block of names to the right of the
  table, `Mar-26` .. `Aug-26` text months, a `Total days` column.
- ``ca_fishway_milestones``: a Canadian fishway restoration's milestone tracker: `ID` M1..,
  `Milestone`, `Lead`, `Original date` / `Current date` date cells shown `yyyy-mm-dd`, a
  `Done` column with a tick `✓` for milestones achieved, `Slip (days)`, `Notes`.
- ``uk_smokehouse_weekly_status``: a Scottish smokehouse's weekly status report: label /
  value pairs (`Project:`, `PM:`, `Week ending:` a date cell shown `ddd dd mmm yyyy`), a
  horizontal RAG strip (headings `Overall` / `Scope` / `Schedule` / `Budget` / `Resources`
  in one row, AMBER / GREEN / RED words under them), a `Summary` line, then a `Milestones`
  table with `Due` as `Fri 27 Mar` text (no year) and `Status` Complete / On track / At
  risk.
- ``ke_helipad_cashflow_by_row``: a Kenyan hospital rooftop helipad's cash-flow forecast
  with the months down the rows (`Jan 2026` text) and the cost lines across, a note line
  saying every month is a forecast, `Total` / `Cumulative` columns and a `Total` row,
  amounts shown `#,##0`, `(KSh)` in the title.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the cemetery's decision dates come from the meeting heading row above them (a decision
  is made at its meeting): each decision's `date` fact is its meeting's date; `No.` 1, 2, 3
  (a running number, not the standard's `DC-001`): no id fact; `Actions arising`: left out;
- the wharf's `Give` is Outbound (we deliver) and `Get` Inbound, as its legend line says;
  `Our owner` e-mail addresses: the column is the owner, with no owner value (audit, round
  28: the address as written or a name read from it are both reasonable); `Other
  project` (a project's name, not its id): mapped or left out, no fact; `#` 1, 2, 3: no id
  fact; `Date agreed` is the committed date;
- the Lists tracker's `Normal` priority is Medium (the template's middle of four, Critical
  and High above, Low below); `New` is Open and `In progress` In Progress; `Blocked`
  (Open or In Progress?), `Completed` (Resolved or Closed?), `Duplicate` and `Won't fix`
  (closed, but which?): no status fact; `Issue logged by`, `Issue source`, `Images`: left
  out;
- the Podio register's `3 - Possible` / `4 - Major` are 3 / 4 (the number the value starts
  with); `Created on` (a date-time) is the raised date; `Active` (Open or Monitoring?): no
  status fact, `Closed` is Closed; `Weather` (on no standard list): no category fact;
  `Item ID` (Podio's record number, not the R-001 shape): the id or left out, no fact;
  `Created by` and `Tags`: left out;
- the ZenHub export's `Created At` is the raised date and `Closed At` the closed date (all
  times 13:00 to 20:59 UTC, so the day is the same in every US time zone); `New Issues`
  and `Backlog` are Open, `In Progress` In Progress, `Closed` Closed; `Review/QA` (In
  Progress or Resolved?) and `Done` (Resolved or Closed?): no status fact; two handles
  joined by `, `, or `sarah-tan` (a name written as a handle: the handle or `Sarah Tan`,
  audit round 28): no owner fact; `Issue` number (no I-001 shape): no id fact; `Labels`
  (`bug`, `priority:high` mixed in one cell): the type, the priority or left out, no fact;
- the salt works' example row (`Eg.`) is no assumption; `Raised By` (the raiser, perhaps
  not the owner): the owner or left out, no fact; `Not valid` is Invalid; `S.No.` 1, 2, 3:
  no id fact; `Category`: left out; `Project:` is the project's name;
- the MYOB report's `Budget` is the job's budget, perhaps for the whole job and not for
  March: no budget fact; `Actual` is March 2026's actual (the period line); `$` (Australian
  or US dollars?): no currency fact; `Account No.`, `Difference`, `% of Budget`: left out;
  `Total Expenses` is no line; the period line's end (31 March 2026) is the report date
  (audit, round 28: a report is as at its period's end);
- the glassworks' `£k` amounts are thousands (`42.5` is 42,500) and GBP; `Annual budget`
  (a year, not a month): no budget fact; the blank later months are no zero and no item;
  `Supplier`: left out; `Spent to date` / `Remaining` columns and the `Total` row: no month
  and no line; the months are 2026 (April to September of FY2026/27);
- the fishway's `Original date` is the baseline, `Current date` the forecast; a tick in
  `Done` is Complete, a blank `Done` no status fact; a done milestone's actual date (its
  current date?): no fact; `ID` M1 (no standard milestone id shape): no id fact; `Slip
  (days)`: left out or the slippage, no fact;
- the smokehouse report's `Budget` RAG is the cost RAG, `Schedule` the schedule RAG,
  `Scope` the scope RAG, `Overall` the overall RAG (the upper-case words as Green / Amber /
  Red); `Resources` RAG: no field; `Week ending:` is the report date; the `Summary` text
  is the status summary; milestones' `Due` (baseline or forecast, and no year): no date
  fact; `On track` (no standard word): no status fact, `Complete` and `At risk` are
  Complete and At Risk;
- the helipad's months are forecasts (its note line), not budgets; KES is not on the
  standard's currency list: no currency fact; `Total` / `Cumulative` columns and the
  `Total` row are no line and no month; the note's `as at 5 January 2026` is the report
  date (audit, round 28);
- the playhouse's days per month: counts only, no value facts (as earlier batches'
  resource plans); the `Key` block is no table.

Readings used: date cells are what they hold; text dates are day first except ISO text;
ids in no standard shape get no id fact. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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

PIER_ISSUES = [
    ("Cast-iron column 14 corroded beyond the survey's estimate", "Found by the divers"),
    ("Deck boards delivered in the wrong grade of hardwood", "Supplier to replace"),
    ("Tide window too short for the crane barge this month", "Rebook for spring tides"),
    ("Pavilion roof lead stolen over the weekend", "Police informed"),
    ("Bat survey needed before the kiosk is stripped", "Ecologist booked"),
    ("Kiosk tenant refuses to close for the works", "Lease manager involved"),
    ("Handrail paint fails the salt-spray test", "Spec review with the painter"),
]
PIER_PEOPLE = ["Hannah Cole", "Gareth Pryce", "Sunita Rao", "Tom Ashby"]
#: the Lists issue tracker template's priorities; Normal is the middle one (Medium)
LISTS_PRIORITY = {"Critical": "Critical", "High": "High", "Normal": "Medium", "Low": "Low"}
LISTS_STATUS = {
    "New": "Open",
    "In progress": "In Progress",
    "Blocked": None,
    "Completed": None,
    "Duplicate": None,
    "Won't fix": None,
}


def uk_pier_lists_issue_tracker(folder: Path, rng: random.Random) -> Built:
    """A UK pier restoration's Microsoft Lists issue tracker through `Export to CSV`, opened
    in Excel and saved: the list template's default view, `Normal` priority."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue tracker")
    head = ["Title", "Description", "Priority", "Status", "Assigned to", "Date reported"]
    head += ["Issue source", "Images", "Issue logged by"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    reported = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, desc) in enumerate(rng.sample(PIER_ISSUES, n)):
        pr, st = rng.choice(list(LISTS_PRIORITY)), rng.choice(list(LISTS_STATUS))
        who = rng.choice(PIER_PEOPLE)
        cells: list[object] = [text, desc, pr, st, who, reported[i]]
        cells += [f"https://pierrestoration.sharepoint.com/sites/Works/Photos/{i + 1}", None]
        cells += ["Hannah Cole"]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 6).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "priority", LISTS_PRIORITY[pr]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", reported[i]),
        ]
        if LISTS_STATUS[st]:
            values.append(ValueFact("issues", i, "status", LISTS_STATUS[st]))
    targets: Targets = _cols("A", ["title", "description", "priority", "status", "owner"])
    targets |= _cols("F", ["raised_date", None, None, None])
    path = _save(wb, folder, "uk_pier_lists_issue_tracker")
    return Built(path, [_one("issues", "Issue tracker", 1, targets, n)], values)


CASHEW_RISKS = [
    ("Raw nut supply falls if farm-gate prices rise in Kogi", "Commercial"),
    ("Shelling machines held at Apapa port for clearance", "Third Party"),
    ("Harmattan dust damages the new peeling line", "Weather"),
    ("Trained shellers leave for the new Ogbomosho plant", "People"),
    ("Generator diesel cost doubles before grid connection", "Financial"),
    ("NAFDAC export registration not renewed in time", "Legal"),
]
CASHEW_OWNERS = ["Adaeze Okafor", "Tunde Bakare", "Ibrahim Musa", "Chioma Eze"]
LIKELIHOOD_WORDS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
IMPACT_WORDS = ["Insignificant", "Minor", "Moderate", "Major", "Severe"]


def ng_cashew_podio_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Nigerian cashew processor's Podio risk app exported: `3 - Possible` category
    values, date-time `Created on`, Podio's `Item ID`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    head = ["Title", "Created on", "Created by", "Risk category", "Likelihood", "Impact"]
    head += ["Risk owner", "Treatment plan", "Status", "Tags", "Item ID"]
    _put(ws, 1, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 10, 13))
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(CASHEW_RISKS, n)):
        p, c, who = rng.randint(1, 5), rng.randint(1, 5), rng.choice(CASHEW_OWNERS)
        plan = rng.choice(["Forward contracts with two aggregators", "Weekly clearing agent call"])
        st = rng.choice(["Active", "Active", "Closed"])
        stamp = datetime.combine(made[i], time(rng.randint(8, 17), rng.randint(0, 59)))
        cells: list[object] = [text, stamp, "Kelechi Nwosu", cat]
        cells += [f"{p} - {LIKELIHOOD_WORDS[p - 1]}", f"{c} - {IMPACT_WORDS[c - 1]}", who, plan]
        cells += [st, rng.choice(["ikorodu", "plant2", None]), 2_400_000_000 + rng.randrange(10**7)]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 2).number_format = "yyyy-mm-dd hh:mm"
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
        ]
        if cat != "Weather":
            values.append(ValueFact("risks", i, "category", cat))
        if st == "Closed":
            values.append(ValueFact("risks", i, "status", "Closed"))
    targets: Targets = _cols("A", [("title", "description"), "raised_date", None, "category"])
    targets |= _cols("E", ["probability", "impact", "owner", "response", "status", None])
    targets |= {"K": ("id", None)}
    path = _save(wb, folder, "ng_cashew_podio_risk_register")
    return Built(path, [_one("risks", "Risk Register", 1, targets, n)], values)


SALT_ASSUMPTIONS = [
    "Monsoon ends by the first week of October",
    "Brine wells keep their density above 24 degrees Baume",
    "Harvester supplier's engineers available for commissioning",
    "Gujarat Maritime Board allows the new jetty conveyor",
    "Workers' colony relocation agreed with the panchayat",
]
SALT_RAISERS = ["r.patel@kutchsalt.in", "m.joshi@kutchsalt.in", "a.qureshi@kutchsalt.in"]
SALT_STATUS = {"Open": "Open", "Validated": "Validated", "Not valid": "Invalid"}


def in_salt_works_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Indian salt works' assumptions log from a downloaded template: instructions above
    the header and the template's example row left in, raisers as e-mail addresses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    project = "Kutch Solar Salt Works Mechanisation"
    ws["A1"] = "ASSUMPTIONS LOG"
    ws["A2"] = f"Project: {project}"
    ws["A3"] = (
        "Instructions: list every assumption the plan relies on, review them monthly and "
        "delete the example row before use."
    )
    head = ["S.No.", "Assumption", "Category", "Raised By", "Raised On", "Validate By"]
    head += ["Status", "Remarks"]
    _put(ws, 5, 1, [head])
    example = ["Eg.", "Eg. Vendor will deliver the equipment on time", "Commercial"]
    example += ["name@company.com", None, None, "Open", "Example - delete this row"]
    _put(ws, 6, 1, [example])
    n = rng.randint(4, 5)
    raised = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", project)]
    for i, text in enumerate(rng.sample(SALT_ASSUMPTIONS, n)):
        by = raised[i] + timedelta(days=rng.choice([30, 45, 60]))
        st = rng.choice(list(SALT_STATUS))
        note = rng.choice(["Check with IMD forecast", "Letter awaited", None])
        cells: list[object] = [i + 1, text, rng.choice(["Technical", "Environment", "Commercial"])]
        cells += [rng.choice(SALT_RAISERS), raised[i], by, st, note]
        _put(ws, 7 + i, 1, [cells])
        for c in (5, 6):
            ws.cell(7 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "status", SALT_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "assumption", None, ("owner", None)])
    targets |= _cols("E", ["raised_date", "validate_by", "status", None])
    path = _save(wb, folder, "in_salt_works_assumptions")
    return Built(path, [_one("assumptions", "Assumptions", 5, targets, n)], values)


CEMETERY_DECISIONS = [
    ("Extension laid out for 1,200 plots, not 900", "Council's 20-year burial forecast"),
    ("Columbarium wall added to phase 1", "Demand for cremated remains has doubled"),
    ("Entrance moved to the Ballybetagh road", "Sight lines at the old gate fail"),
    ("Native hedgerow kept along the northern boundary", "Biodiversity plan condition"),
    ("Car park surfaced in permeable paving", "Drainage report"),
    ("Groundworks tendered on the OGP framework", "Quicker than an open tender"),
    ("Caretaker's lodge refurbished, not rebuilt", "Saves EUR 180,000"),
]
CEMETERY_BODIES = ["Project Board", "Chief Executive", "Parks Committee", "Project Board"]


def ie_cemetery_decision_log(folder: Path, rng: random.Random) -> Built:
    """An Irish council cemetery extension's decision register grouped under one heading
    row per meeting, the decisions carrying no date of their own."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    ws["A1"] = "Kilternan Cemetery Extension - Decision Register"
    _put(ws, 3, 1, [["No.", "Decision", "Reason", "Agreed by", "Actions arising"]])
    meetings = [date(2026, 1, 20), date(2026, 2, 17), date(2026, 3, 17)]
    picked = rng.sample(CEMETERY_DECISIONS, rng.randint(5, 7))
    values: list[ValueFact] = []
    row, k = 4, 0
    for m, day in enumerate(meetings):
        ws.cell(row, 1, f"Meeting of {day.day:02d}/{day.month:02d}/{day.year}")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
        row += 1
        share = picked[k : k + (len(picked) - k if m == len(meetings) - 1 else 2)]
        for text, why in share:
            who = rng.choice(CEMETERY_BODIES)
            action = rng.choice(["Architect to revise layout", "PM to inform residents", None])
            _put(ws, row, 1, [[k + 1, text, why, who, action]])
            values += [
                ValueFact("decisions", k, "decision", text),
                ValueFact("decisions", k, "rationale", why),
                ValueFact("decisions", k, "made_by", who),
                ValueFact("decisions", k, "date", day),
            ]
            row, k = row + 1, k + 1
    targets: Targets = _cols("A", [("id", None), "decision", "rationale", "made_by", None])
    path = _save(wb, folder, "ie_cemetery_decision_log")
    return Built(path, [_one("decisions", "Decisions", 3, targets, k)], values)


WHARF_DEPS = [
    ("Dredging of the berth pocket to -14.5 m", "Channel Deepening"),
    ("Shore power cabling to berth 4", "Port Electrification"),
    ("Temporary laydown area at the old grain shed", "Land Use Plan"),
    ("Pile test results shared with the terminal operator", "Terminal Automation"),
    ("Road closure plan for Victoria Quay", "City Traffic Works"),
]
WHARF_CONTACTS = ["Priya Sharma", "Mick O'Brien", "Leah Tran"]
WHARF_OWNERS = ["j.nguyen@fremantleports.com.au", "s.walker@fremantleports.com.au"]
WHARF_STATUS = {"On track": "On Track", "At risk": "At Risk", "Delivered": "Delivered"}
WHARF_STATUS["Late"] = "Late"


def au_wharf_give_get_dependencies(folder: Path, rng: random.Random) -> Built:
    """An Australian wharf strengthening dependency register: `Give` / `Get` for the
    direction with a legend line, owners as e-mail addresses, `d/mm/yy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Berth 4 Wharf Strengthening - Dependency Register"
    ws["A2"] = "Give = we deliver to another project; Get = another project delivers to us"
    head = ["#", "Give / Get", "Dependency", "Other project", "Their contact", "Our owner"]
    head += ["Date needed", "Date agreed", "Status", "Notes"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 5)
    need = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, (text, other) in enumerate(rng.sample(WHARF_DEPS, n)):
        way, st = rng.choice(["Give", "Get"]), rng.choice(list(WHARF_STATUS))
        them, who = rng.choice(WHARF_CONTACTS), rng.choice(WHARF_OWNERS)
        agreed = need[i] + timedelta(days=rng.choice([-7, 0, 14]))
        cells: list[object] = [i + 1, way, text, other, them, who, need[i], agreed, st]
        cells += [rng.choice(["Raised at the interface meeting", None])]
        _put(ws, 5 + i, 1, [cells])
        for c in (7, 8):
            ws.cell(5 + i, c).number_format = "d/mm/yy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Outbound" if way == "Give" else "Inbound"),
            ValueFact("dependencies", i, "counterparty_owner", them),
            # audit (round 28): `Our owner` e-mail addresses get no owner value (the address
            # as written or a name read from it: both reasonable, as rounds 20-27's audits)
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", agreed),
            ValueFact("dependencies", i, "status", WHARF_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "direction", "title"])
    targets |= _cols("D", [("counterparty_project_id", None), "counterparty_owner", "owner"])
    targets |= _cols("G", ["need_by", "committed_date", "status", None])
    path = _save(wb, folder, "au_wharf_give_get_dependencies")
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


CIDERY_ISSUES = [
    "Keg deposits not posting to the ERP ledger",
    "Web shop shows out-of-stock for the seasonal release",
    "State excise report totals differ from the tank log",
    "Wholesale price lists import drops the case size",
    "Tasting room POS double-charges club members",
    "Shipping labels print without the age-verification flag",
    "Batch numbers truncated on the bottling line sync",
]
CIDERY_HANDLES = ["mkowalski", "jreyes-dev", "sarah-tan", "bwhitaker"]
#: audit (round 28): a handle that spells a first and a last name reads as the handle or as
#: the name (`Sarah Tan`), as an e-mail address does: no owner fact
CIDERY_NAME_HANDLES = {"sarah-tan"}
PIPELINES = {
    "New Issues": "Open",
    "Backlog": "Open",
    "In Progress": "In Progress",
    "Review/QA": None,
    "Done": None,
    "Closed": "Closed",
}


def _iso(d: date, rng: random.Random) -> str:
    """GitHub's UTC time stamp as ZenHub exports it, in the US working day (13:00-20:59Z)."""
    hh, mm, ss = rng.randint(13, 20), rng.randint(0, 59), rng.randint(0, 59)
    return f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z"


def us_cidery_zenhub_issues(folder: Path, rng: random.Random) -> Built:
    """A US cidery's ZenHub board export: pipelines, GitHub handles, ISO text time stamps."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "zenhub-export")
    head = ["Repository", "Issue", "Title", "Pipeline", "Estimate", "Assignees", "Labels"]
    head += ["Epic", "Milestone", "Created At", "Closed At"]
    _put(ws, 1, 1, [head])
    n = rng.randint(5, 7)
    created = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CIDERY_ISSUES, n)):
        pipe = rng.choice(list(PIPELINES))
        two = rng.random() < 0.25
        who = ", ".join(rng.sample(CIDERY_HANDLES, 2)) if two else rng.choice(CIDERY_HANDLES)
        closed = created[i] + timedelta(days=rng.randint(3, 20)) if pipe == "Closed" else None
        labels = rng.choice(["bug", "bug, priority:high", "enhancement", "erp, priority:low"])
        cells: list[object] = [rng.choice(["orchard-erp", "webshop"]), 100 + 7 * i, text, pipe]
        cells += [rng.choice([1, 2, 3, 5, 8, None]), who, labels, "Go-live", "Spring release"]
        cells += [_iso(created[i], rng), _iso(closed, rng) if closed else None]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if PIPELINES[pipe]:
            values.append(ValueFact("issues", i, "status", PIPELINES[pipe]))
        if not two and who not in CIDERY_NAME_HANDLES:
            values.append(ValueFact("issues", i, "owner", who))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    targets: Targets = _cols("A", [None, ("id", None), "title", "status", None, "owner"])
    targets |= _cols("G", [("type", "priority", None), None, None, "raised_date", "closed_date"])
    path = _save(wb, folder, "us_cidery_zenhub_issues")
    return Built(path, [_one("issues", "zenhub-export", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

CREAMERY_ACCOUNTS = [
    ("6-1100", "Plant & Equipment - Whey Dryer"),
    ("6-1200", "Installation Labour"),
    ("6-1300", "Electrical Contractor"),
    ("6-1400", "Engineering Consultants"),
    ("6-1500", "Freight & Cartage"),
    ("6-1600", "Commissioning Consumables"),
]
MYOB_MONEY = "$#,##0.00;($#,##0.00)"


def au_creamery_myob_job_report(folder: Path, rng: random.Random) -> Built:
    """An Australian creamery's MYOB AccountRight `Jobs [Budget Analysis]` report for one
    month: company block, period line, job line, account numbers, `Total Expenses`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Jobs Budget Analysis")
    _put(ws, 1, 1, [["Gippsland Creamery Pty Ltd"], ["14 Dairy Lane, Leongatha VIC 3953"]])
    _put(ws, 3, 1, [["ABN: 51 824 753 556"], ["Jobs [Budget Analysis]"]])
    ws["A5"] = "1/03/2026 To 31/03/2026"
    ws["A7"] = "CH-02  Whey Dryer Installation"
    _put(ws, 8, 1, [["Account No.", "Account Name", "Budget", "Actual", "Difference"]])
    ws["F8"] = "% of Budget"
    ws["A9"] = "Expenses"
    month = date(2026, 3, 1)
    lines = rng.sample(CREAMERY_ACCOUNTS, 4)
    # audit (round 28): a report for a period is as at its period's end (round 26's audit of
    # `Reporting Period: 1 January - 31 March 2026`, round 24's `Period ending:`)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", date(2026, 3, 31))]
    tb = ta = 0.0
    for r, (no, name) in enumerate(lines):
        budget = rng.randrange(8, 120) * 1000.0
        actual = round(budget * rng.uniform(0.4, 1.15), 2)
        row = 10 + r
        _put(ws, row, 1, [[no, name, budget, actual, budget - actual, actual / budget]])
        for c in (3, 4, 5):
            ws.cell(row, c).number_format = MYOB_MONEY
        ws.cell(row, 6).number_format = "0.0%"
        tb, ta = tb + budget, ta + actual
        values.append(ValueFact("finance", (month, name), "actual", actual))
    row = 10 + len(lines)
    _put(ws, row, 2, [["Total Expenses", tb, ta, tb - ta, ta / tb]])
    for c in (3, 4, 5):
        ws.cell(row, c).number_format = MYOB_MONEY
    ws.cell(row, 6).number_format = "0.0%"  # audit (round 28): as the lines' `% of Budget`
    path = _save(wb, folder, "au_creamery_myob_job_report")
    targets: Targets = {"A": None, "B": "cost_line", "C": ("budget", None), "D": "actual"}
    targets |= {"E": None, "F": None}
    table = TruthTable("Jobs Budget Analysis", 8, "finance", targets, {"finance": len(lines)})
    return Built(path, [table], values)


GLASS_LINES = [
    ("Refractory bricks", "Vesuvius"),
    ("Burner system", "Fives"),
    ("Batch house conveyors", "Kirk Process"),
    ("Temporary furnace hire", "Glass Service"),
    ("Demolition & strip-out", "Brown & Mason"),
    ("Project team", "Internal"),
]


def uk_glassworks_spend_tracker(folder: Path, rng: random.Random) -> Built:
    """A UK glassworks furnace rebuild spend tracker in £k: month words under a merged
    `Actual spend` group, an annual budget column, later months blank, totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Furnace 3 Rebuild - Spend Tracker FY2026/27 (£k)"
    labels = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    months = _months(date(2026, 4, 1), len(labels))
    ws["D3"] = "Actual spend"
    ws.merge_cells("D3:I3")
    head = ["Cost line", "Supplier", "Annual budget", *labels, "Spent to date", "Remaining"]
    _put(ws, 4, 1, [head])
    done = rng.randint(3, 4)
    lines = rng.sample(GLASS_LINES, 5)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    col_tot = [0.0] * (len(labels) + 3)
    for r, (line, supplier) in enumerate(lines):
        annual = rng.randrange(8, 60) * 25.0
        spent = [round(annual * rng.uniform(0.03, 0.15), 1) for _ in range(done)]
        to_date = round(sum(spent), 1)
        cells: list[object] = [line, supplier, annual, *spent]
        cells += [None] * (len(labels) - done) + [to_date, round(annual - to_date, 1)]
        _put(ws, 5 + r, 1, [cells])
        for m in range(done):
            amount = float(round(spent[m] * 1000))  # £k to pounds
            values.append(ValueFact("finance", (months[m], line), "actual", amount))
        for k, v in enumerate([annual, *spent]):
            col_tot[k] += v
        col_tot[-2] += to_date
        col_tot[-1] += annual - to_date
    tot: list[object] = ["Total", None, col_tot[0], *[round(v, 1) for v in col_tot[1 : 1 + done]]]
    tot += [None] * (len(labels) - done) + [round(col_tot[-2], 1), round(col_tot[-1], 1)]
    _put(ws, 5 + len(lines), 1, [tot])
    path = _save(wb, folder, "uk_glassworks_spend_tracker")
    targets: Targets = {"A": "cost_line", "B": None, "C": ("budget", None)}
    table = TruthTable("Spend", 4, "finance", targets, {"finance": done * len(lines)})
    return Built(path, [table], values)


PLAYHOUSE_PEOPLE = [
    ("Stage Manager", "TM", "Thandi Mokoena"),
    ("Flying System Engineer", "JvdM", "Johan van der Merwe"),
    ("Electrician", "SN", "Sipho Ndlovu"),
    ("Rigger", "RA", "Riaan Adams"),
    ("Project Manager", "ZP", "Zainab Parker"),
]


def za_playhouse_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A South African playhouse's resource plan in days: people as initials with a `Key`
    block of names beside the table, `Mar-26` text months, a `Total days` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resources")
    ws["A1"] = "Playhouse Stage Machinery Upgrade - Resource Plan (days per month)"
    labels = [f"{m:%b}-{m:%y}" for m in _months(date(2026, 3, 1), 6)]
    _put(ws, 3, 1, [["Role", "Who", *labels, "Total days"]])
    people = rng.sample(PLAYHOUSE_PEOPLE, 4)
    count = 0
    for r, (role, initials, _name) in enumerate(people):
        days = [rng.choice([0, 0, 4, 8, 12, 20]) for _ in labels]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[role, initials, *[d or None for d in days], sum(days)]])
    key = 3 + len(labels) + 3
    ws.cell(3, key, "Key")
    for r, (_role, initials, name) in enumerate(people):
        ws.cell(4 + r, key, initials)
        ws.cell(4 + r, key + 1, name)
    path = _save(wb, folder, "za_playhouse_resource_plan")
    table = TruthTable("Resources", 3, "resources", {"A": "role", "B": "person"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


FISHWAY_MILESTONES = [
    "DFO Fisheries Act authorization received",
    "Cofferdam in place before the fish window closes",
    "Vertical-slot baffles installed",
    "Attraction flow pumps commissioned",
    "First salmon counted through the fishway",
    "As-built drawings to the province",
]
FISHWAY_LEADS = ["Nadia Chen", "Pierre Gagnon", "Tyler Morningstar"]


def ca_fishway_milestones(folder: Path, rng: random.Random) -> Built:
    """A Canadian fishway restoration's milestone tracker: original and current date cells,
    a `Done` column of ticks, a typed slip in days."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Hells Gate Fishway Restoration - Milestone Tracker"
    head = ["ID", "Milestone", "Lead", "Original date", "Current date", "Done"]
    head += ["Slip (days)", "Notes"]
    _put(ws, 3, 1, [head])
    names = FISHWAY_MILESTONES[: rng.randint(5, 6)]
    base = _days(rng, len(names), date(2025, 11, 3))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(names):
        slip = rng.choice([0, 0, 7, 21])
        current = base[i] + timedelta(days=slip)
        who = rng.choice(FISHWAY_LEADS)
        cells: list[object] = [f"M{i + 1}", name, who, base[i], current]
        cells += ["✓" if i < done else None, slip, rng.choice(["Waiting on DFO", None])]
        _put(ws, 4 + i, 1, [cells])
        for c in (4, 5):
            ws.cell(4 + i, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", current),
        ]
        if i < done:
            values.append(ValueFact("milestones", i, "status", "Complete"))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "status", ("slippage_days", None), None])
    path = _save(wb, folder, "ca_fishway_milestones")
    return Built(path, [_one("milestones", "Milestones", 3, targets, len(names))], values)


SMOKEHOUSE_MILESTONES = [
    "Old kiln decommissioned",
    "New kiln delivered to Lerwick",
    "Flue and extraction signed off",
    "First production smoke",
    "Environmental health inspection",
]
SMOKE_STATUS = {"Complete": "Complete", "On track": None, "At risk": "At Risk"}


def uk_smokehouse_weekly_status(folder: Path, rng: random.Random) -> Built:
    """A Scottish smokehouse's weekly status report: label / value pairs, a horizontal RAG
    strip of upper-case words, a milestones table with `Fri 27 Mar` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly Status")
    project, pm = "Shetland Smokehouse Kiln Replacement", "Fiona MacRae"
    week = date(2026, 3, 13)
    ws["A1"] = "Weekly Project Status"
    _put(ws, 2, 1, [["Project:", project], ["PM:", pm], ["Week ending:", week]])
    ws["B4"].number_format = "ddd dd mmm yyyy"
    rags = [rng.choice(["GREEN", "AMBER", "RED"]) for _ in range(5)]
    _put(ws, 6, 1, [["Overall", "Scope", "Schedule", "Budget", "Resources"], rags])
    summary = "Kiln shipped a week late; commissioning plan re-sequenced, no cost impact."
    ws["A9"] = "Summary"
    ws["B9"] = summary
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", week),
        ValueFact("project", 0, "overall_rag", rags[0].title()),
        ValueFact("project", 0, "scope_rag", rags[1].title()),
        ValueFact("project", 0, "schedule_rag", rags[2].title()),
        ValueFact("project", 0, "cost_rag", rags[3].title()),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A11"] = "Milestones"
    _put(ws, 12, 1, [["Milestone", "Due", "Status"]])
    n = rng.randint(4, 5)
    due = sorted(week + timedelta(days=7 * rng.randint(-3, 8)) for _ in range(n))
    for i, name in enumerate(SMOKEHOUSE_MILESTONES[:n]):
        st = "Complete" if due[i] <= week else rng.choice(["On track", "At risk"])
        _put(ws, 13 + i, 1, [[name, f"{due[i]:%a} {due[i].day} {due[i]:%b}", st]])
        values.append(ValueFact("milestones", i, "milestone", name))
        if SMOKE_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", SMOKE_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": ("forecast_date", "baseline_date", None)}
    targets |= {"C": "status"}
    path = _save(wb, folder, "uk_smokehouse_weekly_status")
    return Built(path, [_one("milestones", "Weekly Status", 12, targets, n)], values)


HELIPAD_LINES = ["Structural steel deck", "Lighting & nav aids", "Fire suppression"]
HELIPAD_LINES += ["Consultants' fees", "Lift extension"]


def ke_helipad_cashflow_by_row(folder: Path, rng: random.Random) -> Built:
    """A Kenyan hospital helipad's cash-flow forecast with months down the rows and cost
    lines across, `Total` / `Cumulative` columns and a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Rooftop Helipad, Nairobi West Hospital - Cash Flow Forecast (KSh)"
    ws["A2"] = "All months are forecast as at 5 January 2026"
    lines = rng.sample(HELIPAD_LINES, 4)
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 4, 1, [["Month", *lines, "Total", "Cumulative"]])
    # audit (round 28): `as at 5 January 2026` is the forecast's status date, the report
    # date (as the seventh batch's `Aggiornato al:`, "updated as at", is)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", date(2026, 1, 5))]
    col_tot = [0] * len(lines)
    run = 0
    for r, month in enumerate(months):
        amounts = [rng.randrange(0, 60) * 50_000 or 25_000 for _ in lines]
        run += sum(amounts)
        _put(ws, 5 + r, 1, [[f"{month:%b} {month.year}", *amounts, sum(amounts), run]])
        for c in range(2, 4 + len(lines)):
            ws.cell(5 + r, c).number_format = "#,##0"
        col_tot = [a + b for a, b in zip(col_tot, amounts, strict=True)]
        for line, amount in zip(lines, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "forecast", float(amount)))
    _put(ws, 5 + len(months), 1, [["Total", *col_tot, sum(col_tot), None]])
    path = _save(wb, folder, "ke_helipad_cashflow_by_row")
    table = TruthTable("Cash Flow", 4, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


HELD_OUT_41: tuple[Layout, ...] = (
    Layout(
        "uk_pier_lists_issue_tracker",
        "UK pier Microsoft Lists issue tracker, Export to CSV saved as xlsx (Normal priority)",
        uk_pier_lists_issue_tracker,
    ),
    Layout(
        "ng_cashew_podio_risk_register",
        "Nigerian cashew Podio risk app export (3 - Possible, Created on date-times, Item ID)",
        ng_cashew_podio_risk_register,
    ),
    Layout(
        "in_salt_works_assumptions",
        "Indian salt works assumptions template (instructions line, example row left in)",
        in_salt_works_assumptions,
    ),
    Layout(
        "ie_cemetery_decision_log",
        "Irish cemetery decision register grouped by meeting heading rows (dates on them)",
        ie_cemetery_decision_log,
    ),
    Layout(
        "au_wharf_give_get_dependencies",
        "Australian wharf dependency register (Give / Get, e-mail owners, d/mm/yy cells)",
        au_wharf_give_get_dependencies,
    ),
    Layout(
        "us_cidery_zenhub_issues",
        "US cidery ZenHub export (pipelines, GitHub handles, ISO text time stamps)",
        us_cidery_zenhub_issues,
    ),
    Layout(
        "au_creamery_myob_job_report",
        "Australian creamery MYOB Jobs [Budget Analysis] for one month (period line)",
        au_creamery_myob_job_report,
    ),
    Layout(
        "uk_glassworks_spend_tracker",
        "UK glassworks spend tracker in £k (Apr..Sep words, FY2026/27, annual budget)",
        uk_glassworks_spend_tracker,
    ),
    Layout(
        "za_playhouse_resource_plan",
        "SA playhouse resource plan in days (initials with a Key block, Mar-26 text)",
        za_playhouse_resource_plan,
    ),
    Layout(
        "ca_fishway_milestones",
        "Canadian fishway milestone tracker (original / current dates, Done ticks)",
        ca_fishway_milestones,
    ),
    Layout(
        "uk_smokehouse_weekly_status",
        "Scottish smokehouse weekly status (horizontal RAG strip, Fri 27 Mar due text)",
        uk_smokehouse_weekly_status,
    ),
    Layout(
        "ke_helipad_cashflow_by_row",
        "Kenyan helipad cash-flow forecast with months down the rows (KSh)",
        ke_helipad_cashflow_by_row,
    ),
)
