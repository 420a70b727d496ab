"""The sixteenth held-out batch (``HELD_OUT_16``, issue 15 round 16): fourteen seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: registers and trackers, from tools, sectors and countries no earlier batch
file has.

Registers:

- ``businessmap_blocked_cards``: a telecom operator's Businessmap (Kanbanize) board export
  kept as the issue log: numeric `Card ID`, `Title`, `Owner`, `Priority` Low / Average /
  High / Critical, `Column` Requested / In Progress / Done, `Block Reason`, `Created At`
  as `2026-03-14 09:41:00` text, `Deadline` as ISO text.
- ``philippine_agency_risk_register``: a Philippine government agency's risk register under
  the `Republic of the Philippines` heading and a `Project:` line: `Risk No.`, `Risk
  Description`, `Likelihood` / `Impact` 1-5, `Risk Owner`, `Date Identified` as US
  `03/14/2026` text, `Risk Treatment` Mitigate / Accept / Transfer / Avoid, `Status`.
- ``hk_assumptions_dependencies``: a Hong Kong works department's workbook with an
  `Assumptions` sheet and a `Dependencies` sheet, each under a title row: `Ref` A01 /
  D01, `Confirmed` / `Not valid` assumption statuses, `Incoming` / `Outgoing`
  dependencies, `Other Party`, dates as `14/3/2026` text (day first, no leading zero).
- ``ghana_ngo_decision_log``: a Ghanaian NGO's steering committee decision log: `Decision
  No.` `SC/2026/03`, `Meeting Date` as `14th March 2026` text, `Decision`, `Decided By`,
  `Rationale`, `Action Owner`.
- ``welsh_bilingual_risk_register``: a Welsh public body's bilingual risk register: every
  header Welsh over English in one cell (`Cyfeirnod / Reference`, `Perchennog / Owner`,
  `Tebygolrwydd / Likelihood` 1-5, `Effaith / Impact` 1-5), status `Agored / Open` /
  `Ar gau / Closed`, date cells.
- ``telco_dependency_tracker``: a telecom operator's cross-programme dependency tracker:
  `Dep ID` DEP-014, `Providing Team` / `Receiving Team` instead of a direction (the
  project named in the title), `Required Date` / `Committed Date` cells shown
  `14-Mar-2026`, a `RAG` letter G / A / R as the only status.
- ``scottish_issue_log_summary_panel``: a Scottish health board's issue log under a summary
  panel (open / closed counts, by priority): `Issue No`, `Date Raised`, `Raised By`,
  `Description`, `Priority` P1 / P2 / P3, `Assigned To`, `Target Date`, `Status`, `Date
  Closed` (date cells).

Trackers:

- ``xero_budget_summary``: a New Zealand charity's Xero "Budget Summary" report: the
  organisation, report name, period and budget name above, `Account` over month labels
  `Jan-26` .. `Jun-26` and `Total`, an `Operating Expenses` section row and a `Total
  Operating Expenses` row.
- ``oracle_fusion_budget_lines``: an Oracle Fusion Project Financials budget-vs-actual
  export in long form: one row per task, resource and period, `Period Name` `JAN-26`,
  `Budget Amount`, `Actual Amount`, `Forecast Amount`.
- ``hk_capital_works_cashflow``: a Hong Kong capital works project cash flow in HK$'000:
  sub-heads down, `Estimate` / `Actual` rows per sub-head, months across as `Apr 2026`
  text (the government's April financial year in the title).
- ``msproject_resource_usage``: MS Project's Resource Usage view exported: a resource row
  (its total work per month) with its task assignment rows indented under it, months
  across as `January 2026`, work as `120h` text.
- ``teamgantt_export``: a TeamGantt CSV export: `Type` group / task / milestone rows,
  `Name`, `Start date` / `End date` ISO text, `Percent complete`, `Assigned to`; only the
  milestone rows are milestones.
- ``ipa_gateway_review_plan``: a UK programme's IPA Gateway review plan: `Gateway`,
  `Review`, `Planned date`, `Actual date`, `Delivery Confidence Assessment`, `Review Team
  Leader`; every row is a gate.
- ``nz_monthly_status_report``: a New Zealand transport agency's monthly status report on
  one sheet: a title block in label/value cells (project, project manager, report date), a
  key milestones table, then a top risks table and an issues table below it.

Truth a person could read two ways has no fact: Businessmap's `Done` column (resolved or
closed?), bare numeric card IDs and decision numbers like `SC/2026/03`, the issue log's
P1 / P2 / P3 (three ranks onto four priorities), hours of work as days, the Gateway DCA as
a milestone status, a status report's risk `Rating`, an `Other Party` organisation as a
counterparty project ID.
Readings used: 1-5 numbers are the scale; `Confirmed` assumptions Validated and `Not valid`
Invalid; `Incoming` Inbound and `Outgoing` Outbound; an amount under `HK$'000` is
multiplied by 1000; `Mitigate` is Reduce; a gateway held (an actual date) is Complete;
Businessmap's `Average` (between Low and High of its four) is Medium.
The truth was audited in round 16 (docs/adopt.md, "Round 16: the sixteenth batch's truth
audited"): at seed 2026 two column facts changed, four values removed, twelve added,
and the cash flow's actual totals moved under `Total`.
It was checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals unless
``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTH_NAMES,
    MONTHS,
    PEOPLE,
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


def _ordinal(d: date) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTH_NAMES[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

TELCO_BLOCKERS = [
    "Fibre splice records missing for cabinet 14",
    "Core router firmware not certified",
    "Number porting API returns timeouts",
    "Site access refused by landlord",
    "OSS inventory out of sync with the field",
    "Spectrum licence variation not granted",
    "Vendor RMA backlog on line cards",
]


def businessmap_blocked_cards(folder: Path, rng: random.Random) -> Built:
    """A telecom operator's Businessmap (Kanbanize) board export kept as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cards")
    header = ["Card ID", "Title", "Owner", "Priority", "Column", "Lane", "Block Reason"]
    header += ["Created At", "Deadline"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 7)
    titles = rng.sample(TELCO_BLOCKERS, n)
    created = _days(rng, n, date(2026, 1, 12))
    # Businessmap's four priorities in order onto the standard's four (audit, round 16)
    priorities = {"Low": "Low", "Average": "Medium", "High": "High", "Critical": "Critical"}
    columns = {"Requested": "Open", "In Progress": "In Progress", "Done": ""}
    values: list[ValueFact] = []
    for i in range(n):
        owner, prio, col = (
            rng.choice(PEOPLE),
            rng.choice(list(priorities)),
            rng.choice(list(columns)),
        )
        due = created[i] + timedelta(days=rng.randint(7, 30))
        row = [41200 + 17 * i + rng.randrange(10), titles[i], owner, prio, col]
        row += [rng.choice(["Expedite", "Standard"]), rng.choice(["Waiting on vendor", None])]
        row += [f"{created[i].isoformat()} {rng.randint(8, 17):02d}:{rng.randrange(60):02d}:00"]
        row += [due.isoformat()]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if priorities[prio]:
            values.append(ValueFact("issues", i, "priority", priorities[prio]))
        if columns[col]:
            values.append(ValueFact("issues", i, "status", columns[col]))
    path = _save(wb, folder, "businessmap_blocked_cards")
    targets: Targets = _cols("A", ["id", "title", "owner", "priority", "status", None])
    targets |= _cols("G", [("description", None), "raised_date", "due_date"])
    return Built(path, [_one("issues", "Cards", 1, targets, n)], values)


PH_RISKS = [
    "Right-of-way acquisition delayed by claimants",
    "Typhoon season halts earthworks",
    "Failure of bidding for the bridge package",
    "Price escalation of cement and rebar",
    "Late release of the Special Allotment Release Order",
    "Contractor slippage beyond 15% negative",
    "Informal settlers along the alignment",
]


def philippine_agency_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Philippine government agency's infrastructure risk register under its heading."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Republic of the Philippines"
    ws["A2"] = "Department of Public Works and Highways - Regional Office VII"
    ws["A3"] = "Project: Cebu North Coastal Road Widening (Phase 2)"
    header = ["Risk No.", "Risk Description", "Likelihood", "Impact", "Risk Owner"]
    header += ["Date Identified", "Risk Treatment", "Treatment Plan", "Status"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(PH_RISKS, n)
    found = _days(rng, n, date(2025, 11, 3))
    treatments = {
        "Mitigate": "Reduce",
        "Accept": "Accept",
        "Transfer": "Transfer",
        "Avoid": "Avoid",
    }
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Cebu North Coastal Road Widening (Phase 2)")
    ]
    for i in range(n):
        lik, imp, owner = rng.randint(1, 5), rng.randint(1, 5), rng.choice(PEOPLE)
        treat, status = rng.choice(list(treatments)), rng.choice(["Open", "Open", "Closed"])
        d = found[i]
        row = [i + 1, titles[i], lik, imp, owner, f"{d.month:02d}/{d.day:02d}/{d.year}"]
        plan = "Coordinate with the LGU and the contractor"
        row += [treat, plan, status]
        _put(ws, 6 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", float(lik)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", d),
            ValueFact("risks", i, "response_type", treatments[treat]),
            ValueFact("risks", i, "response", plan),  # the plan as written (audit, round 16)
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "philippine_agency_risk_register")
    targets: Targets = _cols("A", ["id", ("title", "description"), "probability", "impact"])
    targets |= _cols("E", ["owner", "raised_date", "response_type", "response", "status"])
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


HK_ASSUMPTIONS = [
    "Site possession granted by Lands Department in Q2",
    "No archaeological finds at the reclamation edge",
    "Temporary traffic arrangements approved without public hearing",
    "Utility undertakers divert mains within 12 weeks",
    "Marine works permit valid through the typhoon season",
]
HK_DEPENDENCIES = [  # (dependency, the other party named in its own column)
    ("Drainage tunnel handover", "DSD"),
    ("Power supply energisation", "CLP Power"),
    ("Footbridge design approval", "HyD"),
    ("Tree preservation clearance", "LCSD"),
    ("MTR protection zone consent", "MTR Corporation"),
]


def _dmy_short(d: date) -> str:
    return f"{d.day}/{d.month}/{d.year}"


def hk_assumptions_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Hong Kong works department's assumption and dependency logs, one sheet each."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Contract KL/2026/03 - Assumption Log"
    _put(ws, 3, 1, [["Ref", "Assumption", "Owner", "Date Raised", "Validate By", "Status"]])
    na = rng.randint(4, 5)
    texts = rng.sample(HK_ASSUMPTIONS, na)
    raised = _days(rng, na, date(2026, 1, 5))
    states = {"Open": "Open", "Confirmed": "Validated", "Not valid": "Invalid"}
    values: list[ValueFact] = []
    for i in range(na):
        owner, state = rng.choice(PEOPLE), rng.choice(list(states))
        by = raised[i] + timedelta(days=rng.randint(20, 60))
        row = [f"A{i + 1:02d}", texts[i], owner, _dmy_short(raised[i]), _dmy_short(by), state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", texts[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    ws2 = wb.create_sheet("Dependencies")
    ws2["A1"] = "Contract KL/2026/03 - Dependency Log"
    header = ["Ref", "Dependency", "In/Out", "Other Party", "Owner", "Needed By", "Status"]
    _put(ws2, 3, 1, [header])
    nd = rng.randint(4, 5)
    deps = rng.sample(HK_DEPENDENCIES, nd)
    needs = _days(rng, nd, date(2026, 3, 2))
    dirs = {"Incoming": "Inbound", "Outgoing": "Outbound"}
    dstates = {"On Track": "On Track", "At Risk": "At Risk", "Delivered": "Delivered"}
    for i in range(nd):
        owner, dr, st = rng.choice(PEOPLE), rng.choice(list(dirs)), rng.choice(list(dstates))
        title, party = deps[i]
        row = [f"D{i + 1:02d}", title, dr, party, owner, _dmy_short(needs[i]), st]
        _put(ws2, 4 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", dirs[dr]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "status", dstates[st]),
        ]
    path = _save(wb, folder, "hk_assumptions_dependencies")
    a_targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date"])
    a_targets |= _cols("E", ["validate_by", "status"])
    # `Other Party` names an organisation (DSD, CLP Power), not a project ID: mapped to the
    # counterparty project or left out, no value (audit, round 16; rounds 8-14 alike)
    d_targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    d_targets |= _cols("E", ["owner", "need_by", "status"])
    tables = [
        _one("assumptions", "Assumptions", 3, a_targets, na),
        _one("dependencies", "Dependencies", 3, d_targets, nd),
    ]
    return Built(path, tables, values)


GH_DECISIONS = [
    ("Extend the borehole programme to Savelugu district", "Demand survey doubled"),
    ("Switch the cash transfer partner to MTN MoMo", "Lower fees and wider reach"),
    ("Defer the Tamale office refurbishment to 2027", "Funds redirected to field work"),
    ("Approve the revised M&E framework", "Donor asked for outcome indicators"),
    ("Recruit two additional community health nurses", "Caseload above plan"),
    ("Close the Bolgatanga sub-office", "Lease ended; work covered from Tamale"),
]


def ghana_ngo_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Ghanaian NGO's steering committee decision log, meeting dates with ordinals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Northern Water & Health Programme - Steering Committee Decision Log"
    header = ["Decision No.", "Meeting Date", "Decision", "Decided By", "Rationale"]
    header += ["Action Owner"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    picks = rng.sample(GH_DECISIONS, n)
    meetings = _days(rng, n, date(2025, 10, 6))
    bodies = ["Steering Committee", "Country Director", "Board of Trustees"]
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(picks):
        body, owner = rng.choice(bodies), rng.choice(PEOPLE)
        d = meetings[i]
        row = [f"SC/{d.year}/{i + 1:02d}", _ordinal(d), text, body, why, owner]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "made_by", body),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = _save(wb, folder, "ghana_ngo_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale", None])
    return Built(path, [_one("decisions", "Decision Log", 3, targets, n)], values)


WELSH_RISKS = [
    "Welsh language standards not met in the new portal",
    "Grant funding from Welsh Government reduced",
    "Flood defence works delayed by NRW consent",
    "Key staff leave during the restructure",
    "Supplier fails the cyber essentials audit",
    "School transport contract re-tender challenged",
]


def welsh_bilingual_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Welsh public body's bilingual risk register: Welsh over English in each cell."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risgiau - Risks")
    ws["A1"] = "Cofrestr Risg / Risk Register"
    header = ["Cyfeirnod\nReference", "Teitl y Risg\nRisk Title", "Perchennog\nOwner"]
    header += ["Tebygolrwydd\nLikelihood (1-5)", "Effaith\nImpact (1-5)"]
    header += ["Camau Lliniaru\nMitigating Actions", "Dyddiad Codi\nDate Raised"]
    header += ["Statws\nStatus"]
    _put(ws, 3, 1, [header])
    n = len(WELSH_RISKS)
    titles = rng.sample(WELSH_RISKS, n)
    raised = _days(rng, n, date(2025, 12, 1))
    states = {"Agored / Open": "Open", "Ar gau / Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        owner, lik, imp = rng.choice(PEOPLE), rng.randint(1, 5), rng.randint(1, 5)
        st = rng.choice(list(states))
        row = [f"CR{i + 3:02d}", titles[i], owner, lik, imp, "Gweler y cynllun / See plan"]
        row += [raised[i], st]
        _put(ws, 4 + i, 1, [row])
        ws.cell(4 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(lik)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", states[st]),
        ]
    path = _save(wb, folder, "welsh_bilingual_risk_register")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    targets |= _cols("F", ["response", "raised_date", "status"])
    return Built(path, [_one("risks", "Risgiau - Risks", 3, targets, n)], values)


NHS_ISSUES = [
    "Theatre scheduling system interface failing overnight",
    "Agency nurse costs above the ward budget",
    "Clinical safety case not signed off",
    "Single sign-on not working on shared PCs",
    "Pharmacy stock feed missing controlled drugs",
    "Data protection impact assessment outstanding",
    "Training rooms unavailable during winter pressures",
]


def scottish_issue_log_summary_panel(folder: Path, rng: random.Random) -> Built:
    """A Scottish health board's issue log under a summary panel of counts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "NHS Board - Electronic Patient Record Programme: Issue Log"
    n = rng.randint(6, 7)
    titles = rng.sample(NHS_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 5))
    statuses = [rng.choice(["Open", "In Progress", "Closed"]) for _ in range(n)]
    prios = [rng.choice(["P1", "P2", "P3"]) for _ in range(n)]
    ws["A3"], ws["B3"] = "Summary", "Count"
    ws["A4"], ws["B4"] = "Open", sum(s != "Closed" for s in statuses)
    ws["A5"], ws["B5"] = "Closed", sum(s == "Closed" for s in statuses)
    ws["D3"], ws["E3"] = "Priority", "Open"
    for k, p in enumerate(["P1", "P2", "P3"]):
        ws.cell(4 + k, 4, p)
        ws.cell(
            4 + k,
            5,
            sum(1 for s, q in zip(statuses, prios, strict=True) if q == p and s != "Closed"),
        )
    header = ["Issue No", "Date Raised", "Raised By", "Description", "Priority"]
    header += ["Assigned To", "Target Date", "Status", "Date Closed"]
    _put(ws, 9, 1, [header])
    values: list[ValueFact] = []
    for i in range(n):
        by, to = rng.sample(PEOPLE, 2)
        target = raised[i] + timedelta(days=rng.randint(10, 40))
        closed = raised[i] + timedelta(days=rng.randint(3, 30)) if statuses[i] == "Closed" else None
        row = [i + 1, raised[i], by, titles[i], prios[i], to, target, statuses[i], closed]
        _put(ws, 10 + i, 1, [row])
        for c in (2, 7, 9):
            ws.cell(10 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),  # the only text naming it (audit)
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", to),
            ValueFact("issues", i, "due_date", target),
            ValueFact("issues", i, "status", statuses[i]),
        ]
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    path = _save(wb, folder, "scottish_issue_log_summary_panel")
    targets: Targets = _cols("A", ["id", "raised_date", None, ("title", "description")])
    targets |= _cols("E", ["priority", "owner", "due_date", "status", "closed_date"])
    return Built(path, [_one("issues", "Issue Log", 9, targets, n)], values)


TELCO_TEAMS = ["Core Network", "IT Billing", "Field Operations", "Wholesale", "Spectrum"]
TELCO_DEPS = [
    "Interconnect capacity on the new POIs",
    "Billing rating plan for fibre bundles",
    "Field crews for ONT installs",
    "Wholesale access order API",
    "Backhaul links for rural sites",
    "Test SIMs for the eSIM pilot",
]


def telco_dependency_tracker(folder: Path, rng: random.Random) -> Built:
    """A telecom operator's cross-programme dependency tracker: providing and receiving
    teams instead of a direction, the project named in the title, RAG as the only status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "FTTH Rollout Wave 3 - Dependency Tracker"
    header = ["Dep ID", "Dependency", "Providing Team", "Receiving Team", "Dep Owner"]
    header += ["Required Date", "Committed Date", "RAG", "Comments"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    deps = rng.sample(TELCO_DEPS, n)
    need = _days(rng, n, date(2026, 2, 2))
    rags = {"G": "On Track", "A": "At Risk", "R": "Late"}
    values: list[ValueFact] = []
    for i in range(n):
        inbound = rng.random() < 0.6
        other = rng.choice(TELCO_TEAMS)
        give, get = (other, "FTTH Wave 3") if inbound else ("FTTH Wave 3", other)
        owner, rag = rng.choice(PEOPLE), rng.choice(list(rags))
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        number = 14 + 3 * i
        row = [f"DEP-{number:03d}", deps[i], give, get, owner, need[i], committed, rag, None]
        _put(ws, 4 + i, 1, [row])
        for c in (6, 7):
            ws.cell(4 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{number:03d}"),
            ValueFact("dependencies", i, "title", deps[i]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", rags[rag]),
        ]
    path = _save(wb, folder, "telco_dependency_tracker")
    targets: Targets = _cols("A", ["id", "title", None, None, "owner", "need_by"])
    # round 30 (sides.direction_pair): the pair read per row, the providing column as the
    # direction and the receiving one as the other side, is a reading too (the project,
    # `FTTH Wave 3`, stands on one side of every row); left out as before, or so
    targets |= {"C": (None, "direction"), "D": (None, "counterparty_project_id")}
    targets |= _cols("G", ["committed_date", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

NZ_ACCOUNTS = ["Wages and Salaries", "Rent", "Motor Vehicle Expenses", "Printing & Stationery"]
NZ_ACCOUNTS += ["Consulting & Accounting", "Travel - National"]


def xero_budget_summary(folder: Path, rng: random.Random) -> Built:
    """A New Zealand charity's Xero Budget Summary report: budget by month across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Summary")
    ws["A1"] = "Budget Summary"
    ws["A2"] = "Kaitiaki Whenua Trust"
    ws["A3"] = "For the 6 months ending 30 June 2026"
    ws["A4"] = "Budget: Overall Budget"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{MONTHS[m.month - 1]}-26" for m in months]
    _put(ws, 6, 1, [["Account", *labels, "Total"]])
    ws["A7"] = "Operating Expenses"
    lines = rng.sample(NZ_ACCOUNTS, rng.randint(5, 6))
    values: list[ValueFact] = []
    totals = [0.0] * 6
    for i, line in enumerate(lines):
        amounts = [float(rng.randrange(8, 90) * 50) for _ in months]
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        _put(ws, 8 + i, 1, [[line, *amounts, sum(amounts)]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
    _put(ws, 8 + len(lines), 1, [["Total Operating Expenses", *totals, sum(totals)]])
    path = _save(wb, folder, "xero_budget_summary")
    targets: Targets = {"A": "cost_line", "H": None}
    table = TruthTable("Budget Summary", 6, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


ORACLE_TASKS = [("1.1", "Design"), ("1.2", "Build"), ("1.3", "Test"), ("2.1", "Deployment")]


def oracle_fusion_budget_lines(folder: Path, rng: random.Random) -> Built:
    """An Oracle Fusion Project Financials budget-vs-actual export, one row per period."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    header = ["Project Number", "Project Name", "Task Number", "Task Name", "Period Name"]
    header += ["Budget Amount", "Actual Amount", "Forecast Amount", "Currency"]
    _put(ws, 1, 1, [header])
    months = _months(date(2026, 1, 1), 4)
    tasks = rng.sample(ORACLE_TASKS, 4)
    values: list[ValueFact] = []
    row = 2
    for _num, name in tasks:
        for m, month in enumerate(months):
            budget = float(rng.randrange(20, 120) * 500)
            actual = round(budget * rng.uniform(0.7, 1.2), 2) if m < 2 else None
            forecast = actual if actual is not None else float(rng.randrange(20, 120) * 500)
            label = f"{MONTHS[month.month - 1].upper()}-26"
            cells = ["PRJ-10482", "Claims Platform Replatform", _num, name, label]
            cells += [budget, actual, forecast, "USD"]
            _put(ws, row, 1, [cells])
            row += 1
            values.append(ValueFact("finance", (month, name), "budget", budget))
            values.append(ValueFact("finance", (month, name), "forecast", forecast))
            if actual is not None:
                values.append(ValueFact("finance", (month, name), "actual", actual))
    values.append(ValueFact("project", 0, "currency", "USD"))
    path = _save(wb, folder, "oracle_fusion_budget_lines")
    targets: Targets = _cols("A", [None, None, None, "cost_line", "month", "budget", "actual"])
    targets |= _cols("H", ["forecast", None])
    table = TruthTable("Sheet1", 1, "finance", targets, {"finance": len(tasks) * len(months)})
    return Built(path, [table], values)


HK_SUBHEADS = ["Site formation", "Foundation works", "Drainage", "Landscaping"]
HK_SUBHEADS += ["Consultants' fees", "Contingencies"]


def hk_capital_works_cashflow(folder: Path, rng: random.Random) -> Built:
    """A Hong Kong capital works cash flow in HK$'000, estimate and actual rows per sub-head."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cashflow")
    ws["A1"] = "PWP Item 7412CL - Kai Tak Promenade Extension"
    ws["A2"] = "Cash flow 2026-27 (financial year 1 April - 31 March), HK$'000"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 4, 1, [["Sub-head", "Type", *labels, "Total"]])
    heads = rng.sample(HK_SUBHEADS, 4)
    values: list[ValueFact] = []
    row = 5
    for head in heads:
        est = [rng.randrange(50, 900) for _ in months]
        act = [round(e * rng.uniform(0.7, 1.2), 1) for e in est[:3]]
        _put(ws, row, 1, [[head, "Estimate", *est, sum(est)]])
        # the actual row's total under `Total` (it sat under Jul 2026; audit, round 16)
        _put(ws, row + 1, 1, [[None, "Actual", *act, None, None, None, round(sum(act), 1)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, head), "budget", float(est[m] * 1000)))
            if m < 3:
                values.append(
                    ValueFact("finance", (month, head), "actual", round(act[m] * 1000, 2))
                )
    path = _save(wb, folder, "hk_capital_works_cashflow")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Cashflow", 4, "finance", targets, {"finance": 6 * len(heads)})
    return Built(path, [table], values)


MSP_RESOURCES = [("Aoife Byrne", "Business Analyst"), ("Tom Walsh", "Developer")]
MSP_RESOURCES += [("Priya Nair", "Tester"), ("Sam Okafor", "Architect")]
MSP_RESOURCES += [("Grace Lee", "Project Manager")]
MSP_TASKS = ["Requirements workshops", "Build sprint 1", "System test", "Cutover rehearsal"]


def msproject_resource_usage(folder: Path, rng: random.Random) -> Built:
    """MS Project's Resource Usage view exported: resource rows with task rows under them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Usage")
    months = _months(date(2026, 1, 1), 5)
    labels = [f"{MONTH_NAMES[m.month - 1]} {m.year}" for m in months]
    _put(ws, 1, 1, [["Resource Name", "Group", "Work", "Details", *labels]])
    people = rng.sample(MSP_RESOURCES, 4)
    count = 0
    row = 2
    for person, group in people:
        tasks = rng.sample(MSP_TASKS, 2)
        per_task = [[rng.choice([0, 0, 16, 40, 56, 80]) for _ in months] for _ in tasks]
        total = [sum(col) for col in zip(*per_task, strict=True)]
        count += sum(1 for t in total if t)
        work = [f"{t}h" if t else None for t in total]
        _put(ws, row, 1, [[person, group, f"{sum(total)}h", "Work", *work]])
        row += 1
        for task, hours in zip(tasks, per_task, strict=True):
            cells = [f"{h}h" if h else None for h in hours]
            _put(ws, row, 1, [[f"    {task}", None, f"{sum(hours)}h", "Work", *cells]])
            row += 1
    path = _save(wb, folder, "msproject_resource_usage")
    targets: Targets = {"A": "person", "B": "role", "C": None, "D": None}
    table = TruthTable("Resource Usage", 1, "resources", targets, {"resources": count})
    return Built(path, [table], [])


TG_PLAN = [
    ("group", "Discovery"),
    ("task", "Stakeholder interviews"),
    ("milestone", "Discovery report signed off"),
    ("group", "Design"),
    ("task", "Service blueprint"),
    ("milestone", "Design authority approval"),
    ("group", "Build"),
    ("task", "Content migration"),
    ("milestone", "Beta launch"),
    ("task", "Accessibility audit"),
    ("milestone", "Public launch"),
]


def teamgantt_export(folder: Path, rng: random.Random) -> Built:
    """A TeamGantt CSV export: group, task and milestone rows; only milestones count."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "teamgantt_export")
    header = ["Type", "Name", "Start date", "End date", "Percent complete", "Assigned to"]
    header += ["Estimated hours", "Notes"]
    _put(ws, 1, 1, [header])
    day = date(2026, 1, 12) + timedelta(days=rng.randrange(10))
    values: list[ValueFact] = []
    k = 0
    done_until = rng.randint(1, 3)
    for r, (kind, name) in enumerate(TG_PLAN):
        start = day
        end = day if kind == "milestone" else day + timedelta(days=rng.randint(10, 30))
        day = end + timedelta(days=rng.randint(1, 5))
        owner = rng.choice(PEOPLE) if kind != "group" else None
        if kind == "milestone":
            pct = 100 if k < done_until else 0
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "forecast_date", end),
                ValueFact("milestones", k, "owner", owner),
            ]
            if pct == 100:
                values.append(ValueFact("milestones", k, "status", "Complete"))
            k += 1
        else:
            pct = rng.choice([0, 50, 100])
        hours = None if kind == "group" else (0 if kind == "milestone" else rng.randint(8, 80))
        row = [kind, name, start.isoformat(), end.isoformat(), pct, owner, hours, None]
        _put(ws, 2 + r, 1, [row])
    path = _save(wb, folder, "teamgantt_export")
    # `Percent complete` 100 gives the status Complete: mapping it to Status is no error
    targets: Targets = _cols("A", [None, "milestone", None, "forecast_date", (None, "status")])
    targets |= {"F": "owner"}
    targets |= {"G": None}
    return Built(path, [_one("milestones", "teamgantt_export", 1, targets, k)], values)


GATEWAYS = [
    ("Gate 0", "Strategic assessment"),
    ("Gate 1", "Business justification"),
    ("Gate 2", "Delivery strategy"),
    ("Gate 3", "Investment decision"),
    ("Gate 4", "Readiness for service"),
    ("Gate 5", "Operations review and benefits realisation"),
]


def ipa_gateway_review_plan(folder: Path, rng: random.Random) -> Built:
    """A UK programme's IPA Gateway review plan: every row a gate, DCA as the outcome."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assurance Plan")
    ws["A1"] = "Digital Borders Programme - Integrated Assurance and Approval Plan"
    ws["A2"] = "Senior Responsible Owner: Nora Quinn"
    header = ["Gateway", "Review", "Planned date", "Actual date"]
    header += ["Delivery Confidence Assessment", "Review Team Leader"]
    _put(ws, 4, 1, [header])
    held = rng.randint(2, 4)
    day = date(2024, 5, 1) + timedelta(days=rng.randrange(60))
    values: list[ValueFact] = []
    for i, (gate, review) in enumerate(GATEWAYS):
        planned = day
        day = day + timedelta(days=rng.randint(150, 300))
        actual = planned + timedelta(days=rng.randint(-5, 40)) if i < held else None
        dca = rng.choice(["Green", "Amber", "Amber/Red"]) if actual else None
        leader = rng.choice(PEOPLE) if actual else None
        _put(ws, 5 + i, 1, [[gate, review, planned, actual, dca, leader]])
        for c in (3, 4):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "baseline_date", planned),
            ValueFact("milestones", i, "gate", "Y"),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
    values.append(ValueFact("project", 0, "sponsor", "Nora Quinn"))
    path = _save(wb, folder, "ipa_gateway_review_plan")
    targets: Targets = _cols("A", [("gate", "id", None), ("milestone", None), "baseline_date"])
    targets |= _cols("D", ["actual_date", None, None])
    return Built(path, [_one("milestones", "Assurance Plan", 4, targets, len(GATEWAYS))], values)


NZ_MILESTONES = [
    "Detailed business case approved",
    "Resource consents lodged",
    "Main works contract awarded",
    "Bridge deck poured",
    "Road opened to traffic",
]
NZ_RISKS = [
    "Iwi engagement extends consent timeline",
    "Wet winter delays earthworks",
    "Steel price increase on bridge beams",
    "Traffic management plan rejected by council",
]
NZ_ISSUES = [
    "Contaminated fill found at chainage 1200",
    "Council traffic permit lapsed",
    "Survey crew unavailable in July",
]


def nz_monthly_status_report(folder: Path, rng: random.Random) -> Built:
    """A New Zealand transport agency's monthly status report: a title block and three
    tables on one sheet (milestones, top risks, issues)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Monthly Project Status Report"
    ws["A2"], ws["B2"] = "Project:", "SH2 Ngauranga Resilience Upgrade"
    ws["A3"], ws["B3"] = "Project Manager:", "Sam Okafor"
    ws["A4"], ws["B4"] = "Report date:", date(2026, 3, 31)
    ws["B4"].number_format = "d/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "SH2 Ngauranga Resilience Upgrade"),
        ValueFact("project", 0, "project_manager", "Sam Okafor"),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
    ]
    ws["A6"] = "Key Milestones"
    _put(ws, 7, 1, [["Milestone", "Baseline", "Forecast", "Actual", "Status"]])
    base = _days(rng, len(NZ_MILESTONES), date(2025, 11, 3))
    done = rng.randint(1, 2)
    row = 8
    for i, name in enumerate(NZ_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 35]))
        actual = fc if i < done else None
        status = "Complete" if actual else rng.choice(["On Track", "At Risk", "Late"])
        _put(ws, row, 1, [[name, base[i], fc, actual, status]])
        for c in (2, 3, 4):
            ws.cell(row, c).number_format = "d/mm/yyyy"
        row += 1
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if status != "On Track":  # On Track: in progress or not started yet?
            values.append(ValueFact("milestones", i, "status", status))
    risk_top = row + 2
    ws.cell(risk_top - 1, 1, "Top Risks")
    _put(ws, risk_top, 1, [["Ref", "Risk", "Owner", "Likelihood", "Consequence", "Rating"]])
    nr = rng.randint(3, 4)
    risks = rng.sample(NZ_RISKS, nr)
    words = {"Low": 1.0, "Medium": 3.0, "High": 5.0}
    for i in range(nr):
        owner, lik, con = rng.choice(PEOPLE), rng.choice(list(words)), rng.choice(list(words))
        _put(ws, risk_top + 1 + i, 1, [[f"R{i + 1}", risks[i], owner, lik, con, "See matrix"]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", risks[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", words[lik]),
            ValueFact("risks", i, "impact", words[con]),
        ]
    issue_top = risk_top + nr + 3
    ws.cell(issue_top - 1, 1, "Issues")
    _put(ws, issue_top, 1, [["Ref", "Issue", "Owner", "Action", "Due"]])
    ni = rng.randint(2, 3)
    issues = rng.sample(NZ_ISSUES, ni)
    dues = _days(rng, ni, date(2026, 4, 1))
    for i in range(ni):
        owner = rng.choice(PEOPLE)
        _put(ws, issue_top + 1 + i, 1, [[f"I{i + 1}", issues[i], owner, "Escalated", dues[i]]])
        ws.cell(issue_top + 1 + i, 5).number_format = "d/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", issues[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", dues[i]),
        ]
    path = _save(wb, folder, "nz_monthly_status_report")
    m_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    m_targets |= _cols("D", ["actual_date", "status"])
    r_targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", None])
    i_targets: Targets = _cols("A", ["id", "title", "owner", ("resolution", None), "due_date"])
    tables = [
        _one("milestones", "Status Report", 7, m_targets, len(NZ_MILESTONES)),
        _one("risks", "Status Report", risk_top, r_targets, nr),
        _one("issues", "Status Report", issue_top, i_targets, ni),
    ]
    return Built(path, tables, values)


HELD_OUT_16: tuple[Layout, ...] = (
    Layout(
        "businessmap_blocked_cards",
        "Businessmap (Kanbanize) board export (telecom)",
        businessmap_blocked_cards,
    ),
    Layout(
        "philippine_agency_risk_register",
        "Philippine government agency risk register",
        philippine_agency_risk_register,
    ),
    Layout(
        "hk_assumptions_dependencies",
        "Hong Kong works department assumption and dependency logs",
        hk_assumptions_dependencies,
    ),
    Layout("ghana_ngo_decision_log", "Ghanaian NGO steering decision log", ghana_ngo_decision_log),
    Layout(
        "welsh_bilingual_risk_register",
        "Welsh public body bilingual risk register",
        welsh_bilingual_risk_register,
    ),
    Layout(
        "scottish_issue_log_summary_panel",
        "Scottish health board issue log under a summary panel",
        scottish_issue_log_summary_panel,
    ),
    Layout(
        "telco_dependency_tracker",
        "telecom cross-programme dependency tracker",
        telco_dependency_tracker,
    ),
    Layout("xero_budget_summary", "Xero Budget Summary report (NZ charity)", xero_budget_summary),
    Layout(
        "oracle_fusion_budget_lines",
        "Oracle Fusion Project Financials budget-vs-actual export",
        oracle_fusion_budget_lines,
    ),
    Layout(
        "hk_capital_works_cashflow",
        "Hong Kong capital works cash flow (HK$'000)",
        hk_capital_works_cashflow,
    ),
    Layout(
        "msproject_resource_usage",
        "MS Project Resource Usage view export",
        msproject_resource_usage,
    ),
    Layout("teamgantt_export", "TeamGantt CSV export", teamgantt_export),
    Layout("ipa_gateway_review_plan", "UK IPA Gateway review plan", ipa_gateway_review_plan),
    Layout(
        "nz_monthly_status_report",
        "NZ transport agency monthly status report (three tables)",
        nz_monthly_status_report,
    ),
)
