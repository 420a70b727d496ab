"""Round 20's eleventh tuning batch (``TUNING_11``): twelve seeded layouts of ORDINARY
English-language PMO workbooks with ground truth, written in round 20 by an engineer who
tunes adoption ("tuning, eleventh batch (round 20, ordinary)"; docs/adopt.md, "Round 20: an
eleventh tuning batch (ordinary English workbooks), and mechanisms for it"). Tables and
columns of ordinary workbooks are found; their VALUES are where the ordinary held-out batch
lost facts, so every layout here stresses values as English-speaking PMs write them:
statuses (`Active`, `WIP`, `Done`, `Closed - Resolved`, `Not Started`, `On Hold`),
priorities (`P1`, `(1) High`, `Med`, `1-High`, `H/M/L`), RAG words and letters,
probabilities as percentages, scores 1-5 and 1-25, text dates in UK and US orders with
month names, ordinals and weekdays, date-times, people as names, e-mail addresses and
`Last, First`, IDs with prefixes, money with `£` / `$` / `k` / `m`, percentages complete.

Registers:

- ``council_risk_register_percent``: an English district council's corporate risk register
  (title block, header row 4): `Risk Ref` CR-01, `Risk Owner` as `Last, First`,
  `Likelihood %` `40%`, `Impact (1-5)`, `Score (1-25)`, `RAG` words, `Status` Active /
  Closed / Monitoring, `Date Raised` as `14 March 2026`, `Next Review` `dd/mm/yyyy`,
  `Last Updated` as a UK date-time `14/03/2026 09:30`.
- ``jira_issues_p_levels``: a US SaaS company's Jira issue export: `Issue key` OPS-214,
  `Priority` P1-P4, `Status` WIP / Open / Closed - Resolved / Done, `Assignee` as e-mail
  addresses, `Created` as US date-times `3/14/2026 9:32 AM`, `Due Date` `Mar 20, 2026`.
- ``ontario_issue_log_bracket_levels``: a Canadian hospital's issue log: `Issue #`
  ISS-1, `Priority` `(1) High` .. `(3) Low` and `1-High` / `2-Med` / `3-Low` in one column, `Status` Not Started / In Progress / On Hold /
  Resolved, `Date Logged` ISO text, `Target Date` `2026-04-03`.
- ``nsw_decision_log``: an Australian state agency's decision log: `Decision No.` DEC-007,
  `Date` as `3-Mar-26`, `Decision Maker`, `Rationale`.
- ``irish_dependency_tracker_ordinals``: an Irish utility's dependency tracker: `Dep ID`
  DEP-01, `Inbound / Outbound`, `Need By` as `14th March 2026`, `Status` On Track / At
  Risk / Delivered / Late.
- ``nz_assumptions_log_hml``: a New Zealand council's assumptions log: `Confidence` H / M
  / L, `Validate By` as `Fri 13 Mar 2026`, `Status` Open / Validated / Invalid.

Trackers:

- ``smartsheet_milestones_us``: a US construction firm's Smartsheet milestone sheet:
  `Assigned To` e-mails, `Baseline Finish` / `Finish` as `03/14/26`, `% Complete` `100%`,
  `Status` Complete / In Progress / Not Started / At Risk.
- ``msproject_milestones_weekday``: an Indian IT firm's MS Project table export in the UK
  date order with the weekday: `Mon 16/03/26`, `Actual Finish` `NA`.
- ``uk_budget_tracker_pound_k``: a UK housing association's capital budget tracker:
  `Cost Line`, `Type` Budget / Actual, months `Apr-26` .. `Sep-26`, amounts `£12.5k`.
- ``us_budget_actuals_dollars``: a US county's project budget vs actuals: months
  `January 2026` .. `June 2026`, `Scenario` Budget / Actual / Forecast, amounts as text
  `$12,500` with credits `($1,200)`.
- ``resource_plan_fte_percent``: a South African bank's resource plan: `Resource` as
  `Last, First`, `Role`, months as date cells, allocation `50%`.
- ``status_report_rag_words``: an ordinary one-page status report: a label / value block
  (`Report Date` `14th March 2026`, `Overall Status` Amber, `Schedule` G, `Budget` Red),
  then a `Key Milestones` table (`Due Date` `14-Mar-2026`, `Status` Complete / On Schedule /
  Behind Schedule / Not Yet Started).

Truth (a fact a reasonable PMO analyst could read two ways gets none): an issue `Done`
(Resolved or Closed) or `On Hold` (Open or In Progress); a risk RAG (a rating the standard
computes); a milestone `On Track` or `On Schedule` (not started or in progress); a score
1-25 (computed); `% Complete` (left out); money without a stated currency. Readings used, each an earlier batch's
precedent: `Active` risk is Open, `Not Started` issue is Open, `WIP` is In Progress,
`Closed - Resolved` is Closed, `Behind Schedule` is Late (as `behind`), a dependency
`Complete` is Delivered (as `Done`), P1-P4 and `(1) High`.. onto the standard's priorities in
order, H / M / L confidence High / Medium / Low, a percentage probability banded 1-5 at 10
/ 30 / 50 / 70, `Last, First` is `First Last`, an e-mail's name is the person, `k` is
thousands, `($1,200)` is negative, `CR-01` is R-001, a milestone's `Late` is Late.
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

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS += ["September", "October", "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _long(d: date) -> str:
    """``14 March 2026``."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _ordinal(d: date) -> str:
    """``14th March 2026``."""
    suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MONTHS[d.month - 1]} {d.year}"


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@acme-corp.com"


def _band(pct: int) -> float:
    for top, score in ((10, 1.0), (30, 2.0), (50, 3.0), (70, 4.0)):
        if pct <= top:
            return score
    return 5.0


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

UK_RISKS = [
    "Loss of key planning officers to neighbouring authorities",
    "Cyber attack on the revenues and benefits system",
    "Leisure centre contractor enters administration",
    "Local plan found unsound at examination",
    "Temporary accommodation costs exceed budget",
    "Flooding of the town centre car park",
    "Delay to the waste fleet replacement",
    "Failure to meet the housing delivery test",
]
UK_PEOPLE = [("Hughes", "Sarah"), ("Patel", "Ravi"), ("Thompson", "Mark"), ("Walsh", "Emma")]


def council_risk_register_percent(folder: Path, rng: random.Random) -> Built:
    """A district council's corporate risk register: likelihood as a percentage, owners
    surname first, UK text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Corporate Risk Register")
    ws["A1"] = "Corporate Risk Register 2026/27"
    ws["A2"] = "Owner: Corporate Management Team"
    header = ["Risk Ref", "Risk Title", "Risk Owner", "Date Raised", "Likelihood %"]
    header += ["Impact (1-5)", "Score (1-25)", "RAG", "Mitigating Actions", "Status"]
    header += ["Next Review", "Last Updated"]
    _put(ws, 4, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(UK_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    states = {"Active": "Open", "Monitoring": "Monitoring", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        last, first = rng.choice(UK_PEOPLE)
        pct = rng.choice([5, 20, 40, 60, 80, 90])
        imp = rng.randint(1, 5)
        score = _band(pct) * imp
        rag = "Red" if score >= 15 else "Amber" if score >= 8 else "Green"
        state = rng.choice(list(states))
        review = raised[i] + timedelta(days=rng.choice([30, 60, 90]))
        written = f"{last}, {first[0]}." if i % 3 == 0 else f"{last}, {first}"
        cells: list[object] = [f"CR-{i + 1:02d}", titles[i], written]
        cells += [_long(raised[i]), f"{pct}%", imp, score, rag, "Quarterly review at CMT"]
        cells += [state, f"{review.day:02d}/{review.month:02d}/{review.year}"]
        updated = raised[i] + timedelta(days=rng.randint(1, 20))
        cells += [f"{updated:%d/%m/%Y} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact(
                "risks", i, "owner", f"{first[0]}. {last}" if i % 3 == 0 else f"{first} {last}"
            ),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "last_updated", updated),
        ]
    path = _save(wb, folder, "council_risk_register_percent")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "probability"])
    targets |= _cols("F", ["impact", ("score", "rating", None), None, "response", "status"])
    targets |= {"K": ("due_date", None), "L": "last_updated"}
    return Built(path, [_one("risks", "Corporate Risk Register", 4, targets, n)], values)


US_ISSUES = [
    "SSO login loops for Okta users on Safari",
    "Invoice PDF totals round differently from the ledger",
    "Webhook retries flood the partner endpoint",
    "Data export times out for accounts over 1M rows",
    "Customer success dashboard shows stale ARR",
    "Sandbox environment refresh fails nightly",
    "Rate limiter blocks the mobile app on launch",
    "Audit log missing entries after the migration",
]
US_PEOPLE = ["Jessica Miller", "Tyler Johnson", "Ashley Davis", "Brandon Wilson", "Megan Clark"]


def jira_issues_p_levels(folder: Path, rng: random.Random) -> Built:
    """A Jira export: P1-P4 priorities, WIP / Closed - Resolved statuses, e-mail assignees,
    US date-times."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Issue key", "Summary", "Issue Type", "Status", "Priority", "Assignee"]
    header += ["Reporter", "Created", "Due Date", "Labels"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(US_ISSUES, n)
    created = _days(rng, n, date(2026, 1, 5))
    prio = {"P1": "Critical", "P2": "High", "P3": "Medium", "P4": "Low"}
    states = {"Open": "Open", "WIP": "In Progress", "Closed - Resolved": "Closed", "Done": None}
    values: list[ValueFact] = []
    for i in range(n):
        p = rng.choice(list(prio))
        state = rng.choice(list(states))
        owner = rng.choice(US_PEOPLE)
        hour = rng.randint(8, 17)
        stamp = f"{created[i]:%d/%b/%y} "
        stamp += f"{(hour - 1) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}"
        due = created[i] + timedelta(days=rng.choice([7, 14, 21]))
        cells: list[object] = [f"OPS-{200 + i * 3}", titles[i], "Bug", state, p, _email(owner)]
        cells += [_email(rng.choice(US_PEOPLE)), stamp, f"{due:%d/%b/%y}"]
        cells += ["customer-impact"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{200 + i * 3:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
    path = _save(wb, folder, "jira_issues_p_levels")
    targets: Targets = _cols("A", ["id", "title", ("type", None), "status", "priority", "owner"])
    targets |= _cols("G", [None, "raised_date", "due_date", None])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


CA_ISSUES = [
    "Nurse call system integration not tested",
    "Pharmacy formulary load has duplicate DINs",
    "Wireless coverage gaps on 4 West",
    "Privacy impact assessment not signed",
    "Lab analyser interface drops results",
    "Super-user training dates clash with March break",
    "Downtime procedures not approved by the clinical council",
]
CA_PEOPLE = ["Catherine Tremblay", "Daniel Roy", "Priya Sharma", "Kevin MacDonald"]


def ontario_issue_log_bracket_levels(folder: Path, rng: random.Random) -> Built:
    """A hospital's issue log: `(1) High` priorities, `Not Started` / `On Hold` statuses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Clinical Information System Go-Live - Issue Log"
    header = ["Issue #", "Issue Description", "Priority", "Owner", "Date Logged"]
    header += ["Target Date", "Status", "Resolution / Comments"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(CA_ISSUES, n)
    logged = _days(rng, n, date(2026, 2, 2))
    prio = {"(1) High": "High", "(2) Medium": "Medium", "(3) Low": "Low"}
    states = {"Not Started": "Open", "In Progress": "In Progress", "On Hold": None}
    states |= {"Resolved": "Resolved"}
    values: list[ValueFact] = []
    for i in range(n):
        p = rng.choice(list(prio))
        written = p if i % 2 else {"(1) High": "1-High", "(2) Medium": "2-Med"}.get(p, "3-Low")
        state = rng.choice(list(states))
        owner = rng.choice(CA_PEOPLE)
        target = logged[i] + timedelta(days=rng.choice([5, 10, 20]))
        cells: list[object] = [f"ISS-{i + 1}", titles[i], written, owner, logged[i].isoformat()]
        cells += [
            target.isoformat(),
            state,
            "Escalated to the steering committee" if i == 0 else None,
        ]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "due_date", target),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
    path = _save(wb, folder, "ontario_issue_log_bracket_levels")
    targets: Targets = _cols("A", ["id", "title", "priority", "owner", "raised_date"])
    targets |= _cols("F", ["due_date", "status", ("resolution", "description", None)])
    return Built(path, [_one("issues", "Issue Log", 3, targets, n)], values)


AU_DECISIONS = [
    "Adopt the whole-of-government identity platform",
    "Defer the regional office fit-out to FY27",
    "Procure the case management system via the ICT panel",
    "Retain the legacy document store read-only for seven years",
    "Run the pilot in the Hunter region first",
    "Fund two extra change managers from contingency",
]
AU_WHO = ["Steering Committee", "Deputy Secretary", "Chloe Nguyen", "Liam O'Brien"]


def nsw_decision_log(folder: Path, rng: random.Random) -> Built:
    """A state agency's decision log: `3-Mar-26` text dates, prefixed decision numbers."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    header = ["Decision No.", "Decision", "Date", "Decision Maker", "Rationale", "Impact"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(AU_DECISIONS, n)
    dates = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(AU_WHO)
        d = dates[i]
        cells: list[object] = [f"DEC-{i + 7:03d}", picks[i], f"{d.day}-{d:%b}-{d:%y}", who]
        cells += ["Lower cost and risk than the alternatives", "Schedule"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 7:03d}"),
            ValueFact("decisions", i, "decision", picks[i]),
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "nsw_decision_log")
    targets: Targets = _cols("A", ["id", "decision", "date", "made_by", "rationale"])
    targets |= {"F": None}
    return Built(path, [_one("decisions", "Decision Log", 1, targets, n)], values)


IE_DEPS = [
    ("Smart meter data feed from the networks business", "Inbound"),
    ("Billing platform upgrade delivered by IT", "Inbound"),
    ("Tariff tables handed to the regulator team", "Outbound"),
    ("Customer comms approved by Marketing", "Inbound"),
    ("Test data extract provided to the vendor", "Outbound"),
    ("CRU sign-off of the new tariff", "Inbound"),
]
IE_PEOPLE = ["Aoife Kelly", "Conor Byrne", "Siobhan Ryan", "Declan Murphy"]


def irish_dependency_tracker_ordinals(folder: Path, rng: random.Random) -> Built:
    """A utility's dependency tracker: need-by dates with ordinals (`14th March 2026`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["Dep ID", "Dependency", "Inbound / Outbound", "Owner", "Need By", "Status"]
    header += ["Notes"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    deps = rng.sample(IE_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (title, way) in enumerate(deps):
        owner = rng.choice(IE_PEOPLE)
        status = rng.choice(["On Track", "At Risk", "Complete", "Late"])
        _put(ws, 2 + i, 1, [[f"DEP-{i + 1:02d}", title, way, owner, _ordinal(needs[i]), status]])
        status = "Delivered" if status == "Complete" else status
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", way),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "status", status),
        ]
    path = _save(wb, folder, "irish_dependency_tracker_ordinals")
    targets: Targets = _cols("A", ["id", "title", "direction", "owner", "need_by", "status"])
    targets |= {"G": None}
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


NZ_ASSUMPTIONS = [
    "Ratepayers accept the targeted rate for the stormwater upgrade",
    "Waka Kotahi co-funds the cycleway at 51%",
    "Consents are granted without a hearing",
    "The contractor's crews are available from October",
    "Iwi partners endorse the cultural design principles",
    "No contaminated land is found under the depot",
]
NZ_PEOPLE = ["Aroha Ngata", "James Wilson", "Sophie Chen", "Tama Parata"]


def nz_assumptions_log_hml(folder: Path, rng: random.Random) -> Built:
    """A council's assumptions log: confidence H / M / L, `Fri 13 Mar 2026` dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Assumptions Log"
    header = ["Ref", "Assumption", "Owner", "Confidence (H/M/L)", "Validate By", "Status"]
    _put(ws, 2, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(NZ_ASSUMPTIONS, n)
    by = _days(rng, n, date(2026, 2, 2))
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(NZ_PEOPLE)
        c = rng.choice(list(conf))
        status = rng.choice(["Open", "Validated", "Invalid"])
        d = by[i]
        text = f"{DAYS[d.weekday()]} {d.day} {d:%b} {d.year}"
        _put(ws, 3 + i, 1, [[f"A{i + 1}", picks[i], owner, c, text, status]])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", picks[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", d),
            ValueFact("assumptions", i, "status", status),
        ]
    path = _save(wb, folder, "nz_assumptions_log_hml")
    targets: Targets = _cols("A", ["id", "assumption", "owner", "confidence", "validate_by"])
    targets |= {"F": "status"}
    return Built(path, [_one("assumptions", "Assumptions", 2, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

US_MILESTONES = [
    "Notice to proceed",
    "Foundations poured",
    "Steel topped out",
    "Building dried in",
    "MEP rough-in complete",
    "Substantial completion",
    "Certificate of occupancy",
]


def smartsheet_milestones_us(folder: Path, rng: random.Random) -> Built:
    """A Smartsheet milestone sheet: `03/14/26` US dates, e-mail owners, `100%`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["Task Name", "Assigned To", "Baseline Finish", "Finish", "% Complete", "Status"]
    _put(ws, 1, 1, [header])
    n = len(US_MILESTONES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(2, 3)
    values: list[ValueFact] = []
    for i, name in enumerate(US_MILESTONES):
        owner = rng.choice(US_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        if i < done:
            status, pct = "Complete", "100%"
        else:
            status = rng.choice(["In Progress", "Not Started", "At Risk"])
            pct = "0%" if status == "Not Started" else f"{rng.choice([20, 50, 75])}%"
        stamp = f"{base[i].month}/{base[i].day}/{base[i]:%y} 5:00 PM"
        cells: list[object] = [name, _email(owner), stamp, f"{fc:%m/%d/%y}"]
        _put(ws, 2 + i, 1, [[*cells, pct, status]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
    path = _save(wb, folder, "smartsheet_milestones_us")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", [None, "status"])
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


IN_MILESTONES = [
    "Requirements signed off",
    "Design freeze",
    "Build complete",
    "System integration testing exit",
    "User acceptance testing exit",
    "Go-live",
    "Hypercare exit",
]


def msproject_milestones_weekday(folder: Path, rng: random.Random) -> Built:
    """MS Project's table copied to Excel in the UK order with the weekday (`Mon 16/03/26`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["ID", "Task Name", "Baseline Finish", "Finish", "Actual Finish", "% Complete"]
    _put(ws, 1, 1, [header])
    n = len(IN_MILESTONES)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(2, 3)
    values: list[ValueFact] = []

    def ms(d: date) -> str:
        return f"{DAYS[d.weekday()]} {d:%d/%m/%y}"

    for i, name in enumerate(IN_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 3, 10, 28]))
        actual = fc if i < done else None
        row = [i + 2, name, ms(base[i]), ms(fc), ms(actual) if actual else "NA"]
        _put(ws, 2 + i, 1, [[*row, "100%" if actual else "0%"]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "msproject_milestones_weekday")
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None])
    return Built(path, [_one("milestones", "Milestones", 1, targets, n)], values)


UK_LINES = ["Roof replacement", "Kitchens and bathrooms", "Fire safety works", "Windows"]
UK_LINES += ["Professional fees", "Contingency"]


def uk_budget_tracker_pound_k(folder: Path, rng: random.Random) -> Built:
    """A housing association's capital budget tracker: `£12.5k` amounts, `Apr-26` months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Tracker")
    ws["A1"] = "Planned Investment Programme 2026/27 - Budget Tracker"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b}-{m:%y}" for m in months]
    _put(ws, 3, 1, [["Cost Line", "Type", *labels, "Total"]])
    lines = rng.sample(UK_LINES, 4)
    closed = 3
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 4
    for line in lines:
        budget = [rng.randrange(20, 400) / 2 for _ in months]
        actual = [round(b * rng.uniform(0.7, 1.2), 1) for b in budget[:closed]]
        _put(ws, row, 1, [[line, "Budget", *(f"£{b:g}k" for b in budget), f"£{sum(budget):g}k"]])
        _put(ws, row + 1, 1, [[line, "Actual", *(f"£{a:g}k" for a in actual)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m] * 1000))
            if m < closed:
                values.append(ValueFact("finance", (month, line), "actual", actual[m] * 1000))
    _put(ws, row, 1, [["Total", "Budget", *[None] * 6, "see Summary"]])
    path = _save(wb, folder, "uk_budget_tracker_pound_k")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Budget Tracker", 3, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


US_LINES = ["Software licenses", "Implementation vendor", "County staff backfill"]
US_LINES += ["Hardware", "Training", "Vendor credits"]


def _usd(x: float) -> str:
    text = f"${abs(x):,.0f}"
    return f"({text})" if x < 0 else text


def us_budget_actuals_dollars(folder: Path, rng: random.Random) -> Built:
    """A county's budget vs actuals: `January 2026` months, `$12,500` and `($1,200)` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actuals")
    ws["A1"] = "Permitting System Replacement - Budget vs Actuals (USD)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 3, 1, [["Line Item", "Scenario", *labels]])
    lines = [*rng.sample(US_LINES[:5], 3), "Vendor credits"]
    closed = 3
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for line in lines:
        sign = -1 if line == "Vendor credits" else 1
        budget = [sign * float(rng.randrange(2, 80) * 500) for _ in months]
        actual = [float(round(b * rng.uniform(0.8, 1.2))) for b in budget[:closed]]
        forecast = [float(round(b * rng.uniform(0.9, 1.1))) for b in budget[closed:]]
        _put(ws, row, 1, [[line, "Budget", *map(_usd, budget)]])
        _put(ws, row + 1, 1, [[line, "Actual", *map(_usd, actual)]])
        in_k = [f"{'-' if f < 0 else ''}${abs(f) / 1000:g}K" for f in forecast]
        _put(ws, row + 2, 1, [[line, "Forecast", *[None] * closed, *in_k]])
        row += 3
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            if m < closed:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
            else:
                values.append(ValueFact("finance", (month, line), "forecast", forecast[m - closed]))
    path = _save(wb, folder, "us_budget_actuals_dollars")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Budget vs Actuals", 3, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


ZA_STAFF = [
    ("Naidoo", "Kavitha", "Business Analyst"),
    ("van der Merwe", "Johan", "Solution Architect"),
    ("Dlamini", "Sipho", "Developer"),
    ("Botha", "Annelie", "Test Lead"),
    ("Mokoena", "Thabo", "Project Manager"),
    ("Pillay", "Reshma", "Developer"),
]


def resource_plan_fte_percent(folder: Path, rng: random.Random) -> Built:
    """A bank's resource plan: `Last, First` names, month date cells, `50%` allocations."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Resource Plan - Card Platform Migration"
    months = _months(date(2026, 3, 1), 6)
    _put(ws, 3, 1, [["Resource", "Role", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    staff = rng.sample(ZA_STAFF, 5)
    count = 0
    for i, (last, first, role) in enumerate(staff):
        cells = [rng.choice([None, "25%", "50%", "100%"]) for _ in months]
        count += sum(1 for c in cells if c)
        _put(ws, 4 + i, 1, [[f"{last}, {first}", role, *cells]])
    path = _save(wb, folder, "resource_plan_fte_percent")
    targets: Targets = {"A": "person", "B": "role"}
    table = TruthTable("Resource Plan", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


SR_MILESTONES = [
    "Business case approved",
    "Supplier contract signed",
    "Pilot site live",
    "Rollout wave 1 complete",
    "Rollout wave 2 complete",
    "Project closure report",
]


def status_report_rag_words(folder: Path, rng: random.Random) -> Built:
    """A one-page status report: label / value block with RAG words and letters, then a
    key milestones table with `14-Mar-2026` dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Project Status Report"
    block = [
        ("Project Name", "Fleet Telematics Rollout"),
        ("Project Manager", "Rebecca Evans"),
        ("Project Sponsor", "Gareth Jones"),
        ("Report Date", "14th March 2026"),
        ("Overall Status", "Amber"),
        ("Schedule", "G"),
        ("Budget", "Red"),
    ]
    for r, (label, value) in enumerate(block):
        ws.cell(3 + r, 1, label)
        ws.cell(3 + r, 2, value)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Fleet Telematics Rollout"),
        ValueFact("project", 0, "project_manager", "Rebecca Evans"),
        ValueFact("project", 0, "sponsor", "Gareth Jones"),
        ValueFact("project", 0, "report_date", date(2026, 3, 14)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "schedule_rag", "Green"),
        ValueFact("project", 0, "cost_rag", "Red"),
    ]
    ws["A12"] = "Key Milestones"
    _put(ws, 13, 1, [["Milestone", "Owner", "Due Date", "Status", "Comments"]])
    n = len(SR_MILESTONES)
    due = _days(rng, n, date(2026, 1, 12))
    done = rng.randint(1, 2)
    read = {"On Schedule": None, "Behind Schedule": "Late", "Not Yet Started": "Not Started"}
    for i, name in enumerate(SR_MILESTONES):
        owner = rng.choice(["Rebecca Evans", "Owen Price", "Megan Lloyd"])
        status = "Complete" if i < done else rng.choice(list(read))
        d = due[i]
        _put(ws, 14 + i, 1, [[name, owner, f"{d.day:02d}-{d:%b}-{d.year}", status]])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", d),
        ]
        if status == "Complete":
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif read[status]:
            values.append(ValueFact("milestones", i, "status", read[status]))
    path = _save(wb, folder, "status_report_rag_words")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date"])
    targets |= _cols("D", ["status", None])
    return Built(path, [_one("milestones", "Status Report", 13, targets, n)], values)


TUNING_11 = [
    Layout("council_risk_register_percent", "UK council corporate risk register", council_risk_register_percent),
    Layout("jira_issues_p_levels", "Jira issue export (US)", jira_issues_p_levels),
    Layout("ontario_issue_log_bracket_levels", "Canadian hospital issue log", ontario_issue_log_bracket_levels),
    Layout("nsw_decision_log", "Australian agency decision log", nsw_decision_log),
    Layout("irish_dependency_tracker_ordinals", "Irish utility dependency tracker", irish_dependency_tracker_ordinals),
    Layout("nz_assumptions_log_hml", "NZ council assumptions log", nz_assumptions_log_hml),
    Layout("smartsheet_milestones_us", "Smartsheet milestone sheet (US)", smartsheet_milestones_us),
    Layout("msproject_milestones_weekday", "MS Project table, UK dates with weekday", msproject_milestones_weekday),
    Layout("uk_budget_tracker_pound_k", "UK housing association budget tracker", uk_budget_tracker_pound_k),
    Layout("us_budget_actuals_dollars", "US county budget vs actuals", us_budget_actuals_dollars),
    Layout("resource_plan_fte_percent", "South African bank resource plan", resource_plan_fte_percent),
    Layout("status_report_rag_words", "one-page project status report", status_report_rag_words),
]  # fmt: skip
