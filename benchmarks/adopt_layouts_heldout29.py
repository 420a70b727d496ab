"""The twenty-ninth held-out batch (``HELD_OUT_29``, issue 15 round 24): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY: what a PMO in a large English-speaking organisation receives from its project
managers, in English, from web templates, tool exports and hand-built trackers, in sectors
no earlier batch's docstring names (a wind farm, a theme park, a tea estate, a rugby union,
a courier company, an ambulance service, a textile mill, a cinema chain, a cocoa processor,
a community radio station, a leisure centre, a pharmacy chain).

Registers:

- ``nz_wind_farm_risk_register``: a New Zealand wind farm's hand-built risk register: a
  title, a `Prepared by` line, the header on row 4, `Risk #` R-01.., `Date Identified` as
  `3 Mar 2026` text, `Risk Description`, a blank spacer column, `Likelihood` and
  `Consequence` 1-5 numbers, `Rating` as a colour word (Red / Amber / Green), `Owner` as
  initials, `Treatment`, `Status`.
- ``us_theme_park_notion_issues``: a US theme park's Notion database exported to Excel:
  header on row 1, `Name`, `Status` Not started / In progress / Done, `Assignee`, `Priority`
  P1 / P2 / P3, `Date raised` and `Due` as `March 4, 2026` text, `Tags`.
- ``in_tea_estate_assumptions``: an Indian tea estate's assumption log: a title and a
  project line, `S.No.` 1, 2, 3, `Assumption`, `Category`, `Owner` as e-mail addresses,
  `Confidence` High / Med / Low, `Validation Date` date cells shown `dd.mm.yyyy`, `Status`,
  `Impact if Incorrect`.
- ``ie_rugby_dependencies``: an Irish rugby union's dependency tracker: a title, a merged
  `Dates` group over `Required` / `Committed` (a two-row header), `Ref` DEP01..,
  `Dependency`, `Dependent On`, `Internal Owner`, `Status`, `RAG` colour words.
- ``ke_courier_decision_log``: a Kenyan courier company's web-template decision log: a
  title, `Project:` and `Project Manager:` label lines, the header on row 6, `ID` DEC-01,
  `Date` as `04-Mar-2026` text, `Decision`, `Alternatives Considered`, `Rationale`,
  `Approved By` as initials, `Impact`.
- ``sg_ambulance_ado_risks``: a Singapore ambulance service's Azure DevOps query exported to
  Excel: `ID` work item numbers, `Work Item Type` Risk, `Title`, `Assigned To` as
  `Name <e-mail>`, `State` New / Active / Closed, `Probability` and `Impact` 1-5, `Created
  Date` date cells, `Mitigation Plan`.

Trackers:

- ``za_textile_budget_actual_sheets``: a South African textile mill's monthly tracker:
  `Budget` and `Actual` sheets, each a title, months across as `Jan-26` text, `Line Item`
  down, amounts as `R 125 000` text (space grouping), a `Subtotal` row and a `Grand Total`
  row; the actual sheet holds only the first three months.
- ``ca_cinema_resource_plan``: a Canadian cinema chain's resource plan: people as e-mail
  addresses, `Role`, months across as `Apr-26` text, days per month, a `Total` row.
- ``ng_cocoa_milestone_plan``: a Nigerian cocoa processor's hand-built milestone plan: a
  title, phase rows (`Phase 1 - Civil works`) holding only a name, `Milestone`, `Owner`
  initials, `Baseline Date`, `Forecast Date`, `Actual Date` date cells shown `dd/mm/yyyy`,
  `Status`, `RAG` colour words, `Comments`.
- ``uk_radio_status_report``: a UK community radio station's one-page status report: two
  label / value column pairs (A:B and D:E), RAG as letters G / A / R, `Report Date` a date
  cell, and a `Top Risks` table (`Risk`, `Owner`, `Mitigation`, `Status`).
- ``au_leisure_centre_forecast``: an Australian leisure centre's finance tracker: a title
  `(AUD, ex GST)`, `Cost Code`, `Description`, `Measure` Budget / Actual / Forecast per row
  (three rows per line), financial-year months `Jul-25`.. as date cells shown `mmm-yy`,
  amounts as numbers shown `$#,##0`, a GST note under the table.
- ``us_pharmacy_planner_milestones``: a US pharmacy chain's Microsoft Planner export:
  `Task ID`, `Task Name`, `Bucket Name`, `Progress` Not started / In progress / Completed,
  `Priority`, `Assigned To`, `Created Date`, `Due Date` and `Completed Date` as US
  `03/16/2026` text.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the wind farm's `Rating` (a colour word, not the standard's rating words): mapped to
  ``rating`` or left out, no fact; `Owner` initials are the owner as written; `R-01` is
  R-001;
- Notion's `Status` `Done` (Resolved or Closed): no fact, `Not started` is Open, `In
  progress` In Progress; `Priority` P1 / P2 / P3 (Critical or High ...): no fact; `Tags`:
  left out;
- the tea estate's `S.No.` (an id or only a row number): no id fact; `Category`: left out;
  `Med` is Medium; the e-mail owner is the owner as written;
- the rugby union's `RAG` (a dependency status or not): no fact, the column may be mapped
  to status or left out; `Dependent On` (a team, not a person or project id): no fact;
  `DEP01` is D-001; `Required` is ``need_by`` and `Committed` ``committed_date``;
- the courier's `DEC-01` is DC-001 (the standard's decision id, SPEC section 3; the
  fourteenth, twenty-second and twenty-eighth batches read it so: audited in round 24); `Alternatives Considered` and `Impact`: left out; initials in
  `Approved By` are ``made_by`` as written; the `Project:` and `Project Manager:` label
  lines are the project's name and manager (audited in round 24, as the sixteenth and
  seventeenth batches' label lines);
- Azure DevOps `ID` (a work item number): no id fact; `Assigned To` `Name <e-mail>` (the name
  or the whole text): no owner fact; `State` `New` / `Active` (Open or Monitoring): no
  fact, `Closed` is Closed; `Work Item Type`: left out;
- the textile mill's amounts in rand as written; no currency fact (ZAR is not on the
  standard's currency list: audited in round 24, as earlier batches' rand); the `Subtotal`
  and `Grand Total` rows are no cost line; the months' `Jan-26` is January 2026 (not day 26 of
  January: no day ever follows a month word in the tracker);
- the resource plan: counts only, no value facts (like earlier batches' resource plans);
  the `Total` row is no person;
- the cocoa plan's phase rows are no milestones; `RAG`: left out (status holds the words);
  `Comments`: left out;
- the radio report's letters G / A / R are Green / Amber / Red; its `Budget` label (in the
  RAG block beside `Schedule` and `Scope`, holding a letter) is ``cost_rag``; its top risks carry no
  score, so only title, owner, response and status facts;
- the leisure centre's `(AUD, ex GST)` is AUD; `Cost Code`: left out (the description is
  the cost line); the GST note is no line;
- Planner's `Completed Date` is the actual date (one completed day past the 12th, so the
  column's month-first order is known on its own); `Due Date` (forecast or baseline): no fact, the column may be either or left
  out; `Progress` `Completed` is Complete, `Not started` Not Started, `In progress` In
  Progress; `Bucket Name`, `Priority`, `Created Date`: left out; `Task ID`: the id or left out
  (round 26, as the other Planner truths).

Readings used: text dates are day first (one day past the 12th in each column) except the US
Planner export (month first, one day past the 12th); ids in the standard's shape keep their
number. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date
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

WIND_RISKS = [
    "Turbine blades held at the port by biosecurity checks",
    "Iwi consultation on the access road not concluded",
    "Grid connection study from Transpower delayed",
    "High winds stop crane lifts for weeks at a time",
    "Resource consent appeal to the Environment Court",
    "Foundation concrete supplier short of cement",
    "Bat monitoring finds a protected species on site",
]
WIND_OWNERS = ["JT", "MH", "AR", "KP"]


def nz_wind_farm_risk_register(folder: Path, rng: random.Random) -> Built:
    """A NZ wind farm's risk register: text dates, a spacer column, colour-word rating."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Kaimai Ridge Wind Farm - Risk Register"
    ws["A2"] = "Prepared by: Project Controls   Last review: 12 Feb 2026"
    header: list[object] = ["Risk #", "Date Identified", "Risk Description", None]
    header += ["Likelihood", "Consequence", "Rating", "Owner", "Treatment", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(WIND_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        rag = "Red" if p * c >= 15 else "Amber" if p * c >= 8 else "Green"
        owner = rng.choice(WIND_OWNERS)
        plan = rng.choice(["Early engagement and weekly updates", "Float held in programme"])
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        d = raised[i]
        cells: list[object] = [f"R-{i + 1:02d}", f"{d.day} {d:%b} {d.year}", title, None]
        cells += [p, c, rag, owner, plan, status]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", d),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "nz_wind_farm_risk_register")
    targets: Targets = _cols("A", ["id", "raised_date", "title"])
    targets |= _cols("E", ["probability", "impact", ("rating", None), "owner", "response"])
    targets |= {"J": "status"}
    return Built(path, [_one("risks", "Risks", 4, targets, n)], values)


PARK_ISSUES = [
    "Queue-time screens at the coaster show stale data",
    "Season pass scanners reject renewed passes",
    "Water ride pump seal leaking again",
    "Parade float lighting fails the fire marshal check",
    "Food court POS double-charges split tenders",
    "Mobile app map missing the new kids' zone",
    "Parking lot shuttle contract not signed",
]
PARK_PEOPLE = ["Megan Rodriguez", "Tyler Brooks", "Aisha Johnson", "Kevin O'Neil"]


def _us_long(d: date) -> str:
    """Notion's US date text (``March 4, 2026``)."""
    return f"{d:%B} {d.day}, {d.year}"


def us_theme_park_notion_issues(folder: Path, rng: random.Random) -> Built:
    """A US theme park's Notion database export: long US date text, P1 / P2 / P3."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    _put(ws, 1, 1, [["Name", "Status", "Assignee", "Priority", "Date raised", "Due", "Tags"]])
    n = rng.randint(5, 7)
    raised = _days(rng, n, date(2026, 1, 19))
    due = _days(rng, n, date(2026, 3, 2))
    state = {"Not started": "Open", "In progress": "In Progress", "Done": None}
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(PARK_ISSUES, n)):
        who, st = rng.choice(PARK_PEOPLE), rng.choice(list(state))
        tag = rng.choice(["Ops", "Guest experience", "IT", "Safety"])
        cells = [title, st, who, rng.choice(["P1", "P2", "P3"])]
        cells += [_us_long(raised[i]), _us_long(due[i]), tag]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if state[st]:
            values.append(ValueFact("issues", i, "status", state[st]))
    path = _save(wb, folder, "us_theme_park_notion_issues")
    targets: Targets = _cols("A", ["title", "status", "owner", ("priority", None)])
    targets |= _cols("E", ["raised_date", "due_date", None])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


TEA_ASSUMPTIONS = [
    ("Monsoon arrives in the first half of June", "Weather"),
    ("Tea Board subsidy for the withering troughs is released", "Funding"),
    ("Pluckers' wage agreement holds for the season", "People"),
    ("Auction prices at Kolkata stay above last year's average", "Market"),
    ("Boiler fuel switch to briquettes needs no new consent", "Regulatory"),
    ("The factory roof can carry the solar panels", "Technical"),
]
TEA_OWNERS = ["r.menon@hillviewtea.in", "s.bora@hillviewtea.in", "p.gogoi@hillviewtea.in"]


def in_tea_estate_assumptions(folder: Path, rng: random.Random) -> Built:
    """An Indian tea estate's assumption log: serial numbers, e-mail owners, Med."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Hillview Tea Estate - Factory Modernisation"
    ws["A2"] = "Assumption Log"
    header = ["S.No.", "Assumption", "Category", "Owner", "Confidence", "Validation Date"]
    header += ["Status", "Impact if Incorrect"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    by = _days(rng, n, date(2026, 3, 2))
    conf = {"High": "High", "Med": "Medium", "Low": "Low"}
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(TEA_ASSUMPTIONS, n)):
        owner, c = rng.choice(TEA_OWNERS), rng.choice(list(conf))
        status = rng.choice(["Open", "Open", "Validated", "Invalid"])
        wrong = rng.choice(["Second flush output falls", "Capex rises by Rs 40 lakh"])
        _put(ws, 5 + i, 1, [[i + 1, text, cat, owner, c, by[i], status, wrong]])
        ws.cell(5 + i, 6).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", by[i]),
            ValueFact("assumptions", i, "status", status),
            ValueFact("assumptions", i, "impact_if_false", wrong),
        ]
    path = _save(wb, folder, "in_tea_estate_assumptions")
    targets: Targets = _cols("A", [("id", None), "assumption", None, "owner", "confidence"])
    targets |= _cols("F", ["validate_by", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


RUGBY_DEPS = [
    ("Stadium pitch handed over after the concert season", "Stadium Operations"),
    ("Broadcast rights partner confirms the camera positions", "Media Partner"),
    ("World Rugby approves the new TMO system", "World Rugby"),
    ("Ticketing platform migration finished", "Ticketing Supplier"),
    ("Garda traffic plan signed off for match days", "Garda Síochána"),
    ("Provincial academies release players for camp", "Provinces"),
]
RUGBY_PEOPLE = ["Ciara Doyle", "Eoin Walsh", "Niamh Brennan", "Conor Fitzgerald"]


def ie_rugby_dependencies(folder: Path, rng: random.Random) -> Built:
    """An Irish rugby union's dependency tracker: a merged `Dates` group, RAG words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Six Nations Venue Readiness - Dependency Tracker"
    ws["E3"] = "Dates"
    ws.merge_cells("E3:F3")
    header = ["Ref", "Dependency", "Dependent On", "Internal Owner", "Required", "Committed"]
    header += ["Status", "RAG"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 1, 12))
    promised = _days(rng, n, date(2026, 1, 19))
    rag = {"On Track": "Green", "At Risk": "Amber", "Late": "Red", "Delivered": "Green"}
    values: list[ValueFact] = []
    for i, (title, party) in enumerate(rng.sample(RUGBY_DEPS, n)):
        owner, st = rng.choice(RUGBY_PEOPLE), rng.choice(list(rag))
        cells = [f"DEP{i + 1:02d}", title, party, owner, need[i], promised[i], st, rag[st]]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 5).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 6).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised[i]),
            ValueFact("dependencies", i, "status", st),
        ]
    path = _save(wb, folder, "ie_rugby_dependencies")
    targets: Targets = _cols("A", ["id", "title"])
    targets |= {"C": ("counterparty_owner", "counterparty_project_id", None), "D": "owner"}
    targets |= _cols("E", ["need_by", "committed_date", "status", ("status", None)])
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


COURIER_DECISIONS = [
    "Lease electric motorbikes instead of buying them",
    "Open the Eldoret hub before the Kisumu one",
    "Use M-Pesa as the only cash-on-delivery channel",
    "Keep the legacy tracking app running until June",
    "Outsource the last-mile routing software",
]
COURIER_DECIDERS = ["WK", "AO", "JM", "Steering Committee"]


def ke_courier_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Kenyan courier's template decision log: label lines above, initials as deciders."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "DECISION LOG"
    ws["A3"] = "Project:"
    ws["B3"] = "Upcountry Hub Expansion"
    ws["A4"] = "Project Manager:"
    ws["B4"] = "Wanjiru Kamau"
    header = ["ID", "Date", "Decision", "Alternatives Considered", "Rationale"]
    header += ["Approved By", "Impact"]
    _put(ws, 6, 1, [header])
    n = rng.randint(3, 5)
    days = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = [  # the labelled lines above the table (round 24 audit)
        ValueFact("project", 0, "project_name", "Upcountry Hub Expansion"),
        ValueFact("project", 0, "project_manager", "Wanjiru Kamau"),
    ]
    for i, text in enumerate(rng.sample(COURIER_DECISIONS, n)):
        who = rng.choice(COURIER_DECIDERS)
        why = rng.choice(["Lower cost per parcel", "Faster to go live", "Less cash risk"])
        alt = rng.choice(["Do nothing", "Partner with a local firm"])
        d = days[i]
        cells = [f"DEC-{i + 1:02d}", f"{d.day:02d}-{d:%b}-{d.year}", text, alt, why, who]
        cells += [rng.choice(["Budget", "Schedule", "None"])]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),  # `DEC-01` (round 24 audit)
            ValueFact("decisions", i, "date", d),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "ke_courier_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", None, "rationale", "made_by"])
    targets |= {"G": None}
    return Built(path, [_one("decisions", "Decision Log", 6, targets, n)], values)


AMBULANCE_RISKS = [
    "Dispatch system cutover overlaps the National Day peak",
    "Vehicle telematics vendor misses the integration date",
    "Paramedic training backlog on the new ePCR tablets",
    "Mobile data coverage gaps in the new expressway tunnels",
    "Hospital handover interface rejected by the cluster",
    "Spare ambulances not delivered before the old fleet retires",
]
AMBULANCE_PEOPLE = [("Tan Wei Ming", "weiming.tan"), ("Nur Aisyah", "aisyah.nur"),
                    ("Rajesh Kumar", "rajesh.kumar"), ("Lim Hui Ling", "huiling.lim")]  # fmt: skip


def sg_ambulance_ado_risks(folder: Path, rng: random.Random) -> Built:
    """A Singapore ambulance service's Azure DevOps risk query export."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["ID", "Work Item Type", "Title", "Assigned To", "State", "Probability"]
    header += ["Impact", "Created Date", "Mitigation Plan"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 6)
    created = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(AMBULANCE_RISKS, n)):
        name, mail = rng.choice(AMBULANCE_PEOPLE)
        st = rng.choice(["New", "Active", "Active", "Closed"])
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        plan = rng.choice(["Freeze window agreed with ops", "Fallback to radio dispatch"])
        cells: list[object] = [31200 + i * 7, "Risk", title, f"{name} <{mail}@scdf.example.sg>"]
        cells += [st, p, imp, created[i], plan]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 8).number_format = "d/m/yyyy"
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "raised_date", created[i]),
            ValueFact("risks", i, "response", plan),
        ]
        if st == "Closed":
            values.append(ValueFact("risks", i, "status", "Closed"))
    path = _save(wb, folder, "sg_ambulance_ado_risks")
    targets: Targets = _cols("A", [("id", None), None, "title", ("owner", None), "status"])
    targets |= _cols("F", ["probability", "impact", "raised_date", "response"])
    return Built(path, [_one("risks", "Risks", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

TEXTILE_LINES = [("Spinning frames", "Capex"), ("Dye house effluent plant", "Capex"),
                 ("Installation contractor", "Capex"), ("Operator training", "Opex"),
                 ("Project office", "Opex")]  # fmt: skip


def _rand(amount: int) -> str:
    """Rand as a South African PM writes it (``R 125 000``)."""
    return "R " + f"{amount:,}".replace(",", " ")


def za_textile_budget_actual_sheets(folder: Path, rng: random.Random) -> Built:
    """A SA textile mill's Budget and Actual sheets: `Jan-26` text, `R 125 000`, subtotals."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{m:%b}-{m:%y}" for m in months]
    lines = rng.sample(TEXTILE_LINES, 4)
    lines.sort(key=lambda x: x[1])
    # No currency fact: ZAR is not on the standard's currency list (round 24's audit).
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    plan = {(line, m): rng.randrange(5, 90) * 5000 for line, _k in lines for m in range(6)}
    for s, (sheet, measure, upto) in enumerate((("Budget", "budget", 6), ("Actual", "actual", 3))):
        ws = wb.active if s == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = sheet
        ws["A1"] = f"Newcastle Mill Spinning Upgrade - {sheet} (ZAR)"
        _put(ws, 3, 1, [["Line Item", *labels]])
        row = 4
        grand = [0] * 6
        for kind in ("Capex", "Opex"):
            sub = [0] * 6
            for line, k in lines:
                if k != kind:
                    continue
                ws.cell(row, 1, line)
                for m, month in enumerate(months[:upto]):
                    amount = plan[(line, m)]
                    if measure == "actual":
                        amount = round(amount * rng.uniform(0.8, 1.2) / 100) * 100
                    ws.cell(row, 2 + m, _rand(amount))
                    sub[m] += amount
                    values.append(ValueFact("finance", (month, line), measure, float(amount)))
                row += 1
            if any(sub):
                _put(ws, row, 1, [[f"Subtotal {kind}", *[_rand(a) for a in sub[:upto]]]])
                grand = [a + b for a, b in zip(grand, sub, strict=True)]
                row += 1
        _put(ws, row + 1, 1, [["Grand Total", *[_rand(a) for a in grand[:upto]]]])
        counts = {"finance": len(months) * len(lines)} if s == 0 else {}
        tables.append(TruthTable(sheet, 3, "finance", {"A": "cost_line"}, counts))
    path = _save(wb, folder, "za_textile_budget_actual_sheets")
    return Built(path, tables, values)


CINEMA_STAFF = [("j.tremblay@northlightcinemas.ca", "Project Manager"),
                ("a.singh@northlightcinemas.ca", "Projection Engineer"),
                ("m.leblanc@northlightcinemas.ca", "Business Analyst"),
                ("k.wong@northlightcinemas.ca", "POS Developer"),
                ("s.macdonald@northlightcinemas.ca", "Trainer")]  # fmt: skip


def ca_cinema_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Canadian cinema chain's resource plan: e-mail people, `Apr-26` text, a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Laser Projection Rollout - Resource Plan (days)"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["Resource", "Role", *[f"{m:%b}-{m:%y}" for m in months]]])
    staff = rng.sample(CINEMA_STAFF, 4)
    count, tot = 0, [0] * len(months)
    for r, (who, role) in enumerate(staff):
        days = [rng.choice([0, 3, 5, 10, 15]) for _ in months]
        count += sum(1 for d in days if d)
        tot = [a + b for a, b in zip(tot, days, strict=True)]
        _put(ws, 4 + r, 1, [[who, role, *[d or None for d in days]]])
    _put(ws, 4 + len(staff), 1, [["Total", None, *tot]])
    path = _save(wb, folder, "ca_cinema_resource_plan")
    table = TruthTable("Resource Plan", 3, "resources", {"A": "person", "B": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


COCOA_PHASES = {
    "Phase 1 - Civil works": ["Site cleared", "Warehouse slab poured", "Roof on"],
    "Phase 2 - Plant": ["Roaster delivered", "Winnowing line installed", "Press commissioned"],
    "Phase 3 - Go-live": ["First export batch shipped", "Handover to operations"],
}
COCOA_OWNERS = ["OA", "CE", "BO", "FA"]


def ng_cocoa_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Nigerian cocoa processor's milestone plan: phase rows, initials, RAG beside status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Ondo Cocoa Processing Plant - Milestone Plan"
    header = ["Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date"]
    header += ["Status", "RAG", "Comments"]
    _put(ws, 3, 1, [header])
    names = [m for ms in COCOA_PHASES.values() for m in ms]
    base = _days(rng, len(names), date(2026, 1, 5))
    done = rng.randint(2, 3)
    rag = {"Complete": "Green", "In Progress": "Green", "At Risk": "Amber", "Late": "Red"}
    rag["Not Started"] = "Green"
    row, k = 4, 0
    values: list[ValueFact] = []
    for phase, ms in COCOA_PHASES.items():
        ws.cell(row, 1, phase)
        row += 1
        for name in ms:
            fc = base[k] + rng.choice([0, 0, 7, 14, 28]) * date.resolution
            actual = fc if k < done else None
            if actual:
                status = "Complete"
            else:
                status = rng.choice(["Not Started", "In Progress", "At Risk", "Late"])
            owner = rng.choice(COCOA_OWNERS)
            note = rng.choice([None, "Awaiting customs release", "Contractor mobilised"])
            _put(ws, row, 1, [[name, owner, base[k], fc, actual, status, rag[status], note]])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "dd/mm/yyyy"
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "owner", owner),
                ValueFact("milestones", k, "baseline_date", base[k]),
                ValueFact("milestones", k, "forecast_date", fc),
                ValueFact("milestones", k, "status", status),
            ]
            if actual:
                values.append(ValueFact("milestones", k, "actual_date", actual))
            row += 1
            k += 1
    path = _save(wb, folder, "ng_cocoa_milestone_plan")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", "status", None, None])
    return Built(path, [_one("milestones", "Milestones", 3, targets, k)], values)


RADIO_RISKS = [
    "Transmitter licence renewal not granted in time",
    "Volunteer presenters leave before the new schedule",
    "Studio soundproofing contractor unavailable",
    "Lottery grant tranche two held back",
    "Streaming provider changes its pricing",
]
RADIO_PEOPLE = ["Dave Pritchard", "Amira Hussain", "Sian Evans"]


def uk_radio_status_report(folder: Path, rng: random.Random) -> Built:
    """A UK community radio's status report: label pairs in A:B and D:E, G / A / R letters."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    letters = {"G": "Green", "A": "Amber", "R": "Red"}
    overall, sched, cost, scope = (rng.choice(list(letters)) for _ in range(4))
    ws["A1"] = "Project Highlight Report"
    left = [
        ("Project Name", "New Studio and DAB Launch"),
        ("Project Manager", "Sian Evans"),
        ("Sponsor", "Gareth Morgan"),
        ("Report Date", date(2026, 3, 27)),
    ]
    right = [("Overall RAG", overall), ("Schedule", sched), ("Budget", cost),
             ("Scope", scope)]  # fmt: skip
    for r, ((la, va), (lb, vb)) in enumerate(zip(left, right, strict=True)):
        _put(ws, 3 + r, 1, [[la, va, None, lb, vb]])
    ws["B6"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "New Studio and DAB Launch"),
        ValueFact("project", 0, "project_manager", "Sian Evans"),
        ValueFact("project", 0, "sponsor", "Gareth Morgan"),
        ValueFact("project", 0, "report_date", date(2026, 3, 27)),
        ValueFact("project", 0, "overall_rag", letters[overall]),
        ValueFact("project", 0, "schedule_rag", letters[sched]),
        ValueFact("project", 0, "cost_rag", letters[cost]),
        ValueFact("project", 0, "scope_rag", letters[scope]),
    ]
    ws["A9"] = "Top Risks"
    _put(ws, 10, 1, [["Risk", "Owner", "Mitigation", "Status"]])
    n = rng.randint(3, 4)
    for i, title in enumerate(rng.sample(RADIO_RISKS, n)):
        who = rng.choice(RADIO_PEOPLE)
        plan = rng.choice(["Chase Ofcom weekly", "Keep a reserve list", "Second quote"])
        status = rng.choice(["Open", "Monitoring"])
        _put(ws, 11 + i, 1, [[title, who, plan, status]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "uk_radio_status_report")
    targets: Targets = _cols("A", ["title", "owner", "response", "status"])
    return Built(path, [_one("risks", "Highlight Report", 10, targets, n)], values)


LEISURE_LINES = [("4100", "Pool hall refurbishment"), ("4120", "Changing rooms"),
                 ("4200", "Gym equipment"), ("4300", "Solar hot water"),
                 ("4900", "Project management")]  # fmt: skip


def au_leisure_centre_forecast(folder: Path, rng: random.Random) -> Built:
    """An Australian leisure centre's tracker: three measure rows per line, FY months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financials")
    ws["A1"] = "Aquatic and Leisure Centre Upgrade - Financial Tracker (AUD, ex GST)"
    months = _months(date(2025, 7, 1), 6)
    _put(ws, 3, 1, [["Cost Code", "Description", "Measure", *months]])
    for c in range(4, 4 + len(months)):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(LEISURE_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 4
    for code, line in lines:
        plan = [float(rng.randrange(4, 120) * 1000) for _ in months]
        actual = [float(round(p * rng.uniform(0.8, 1.2))) for p in plan[:3]]
        fc = actual + plan[3:]
        for measure, amounts in (("Budget", plan), ("Actual", actual), ("Forecast", fc)):
            _put(ws, row, 1, [[code, line, measure, *amounts]])
            for c in range(4, 4 + len(amounts)):
                ws.cell(row, c).number_format = "$#,##0"
            for m, amount in enumerate(amounts):
                values.append(ValueFact("finance", (months[m], line), measure.lower(), amount))
            row += 1
    ws.cell(row + 1, 1, "All figures exclude GST. Forecast = actuals to date + remaining budget.")
    path = _save(wb, folder, "au_leisure_centre_forecast")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    table = TruthTable("Financials", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(path, [table], values)


PHARMACY_MILESTONES = [
    ("Pilot store e-prescribing live", "Pilot"),
    ("State board of pharmacy approval", "Compliance"),
    ("Inventory system cutover", "Systems"),
    ("Pharmacist training complete", "People"),
    ("Wave 1 stores live", "Rollout"),
    ("Wave 2 stores live", "Rollout"),
    ("Project closure", "Rollout"),
]
PHARMACY_PEOPLE = ["Jessica Nguyen", "Robert Hall", "Maria Gonzalez", "Brian Patel"]


def us_pharmacy_planner_milestones(folder: Path, rng: random.Random) -> Built:
    """A US pharmacy chain's Microsoft Planner export: US text dates, Progress words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tasks")
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To"]
    header += ["Created Date", "Due Date", "Completed Date"]
    _put(ws, 1, 1, [header])
    n = len(PHARMACY_MILESTONES)
    due = _days(rng, n, date(2026, 2, 2))
    created = _days(rng, n, date(2025, 12, 1))
    done = rng.randint(2, 3)
    finished_days = due[:done]
    if not any(d.day > 12 for d in finished_days):
        finished_days[0] = finished_days[0].replace(day=20)
    prog = {"Completed": "Complete", "In progress": "In Progress", "Not started": "Not Started"}
    values: list[ValueFact] = []
    for i, (name, bucket) in enumerate(PHARMACY_MILESTONES):
        who = rng.choice(PHARMACY_PEOPLE)
        p = "Completed" if i < done else rng.choice(["In progress", "Not started"])
        finished = finished_days[i] if i < done else None
        cells: list[object] = [f"tK{rng.randrange(10**6):06d}", name, bucket, p]
        cells += [rng.choice(["Important", "Medium"]), who, f"{created[i]:%m/%d/%Y}"]
        cells += [f"{due[i]:%m/%d/%Y}", f"{finished:%m/%d/%Y}" if finished else None]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "status", prog[p]),
            ValueFact("milestones", i, "owner", who),
        ]
        if finished:
            values.append(ValueFact("milestones", i, "actual_date", finished))
    path = _save(wb, folder, "us_pharmacy_planner_milestones")
    targets: Targets = _cols("A", [None, "milestone", None, "status", None, "owner", None])
    targets |= {"H": ("forecast_date", "baseline_date", None), "I": "actual_date"}
    # Planner's opaque `Task ID`: the id or left out, no fact (round 26: as the nineteenth's
    # and the thirty-fifth's Planner truths read the same column)
    targets |= {"A": ("id", None)}
    return Built(path, [_one("milestones", "Tasks", 1, targets, n)], values)


HELD_OUT_29: tuple[Layout, ...] = (
    Layout(
        "nz_wind_farm_risk_register",
        "NZ wind farm risk register (text dates, spacer column, colour-word rating, initials)",
        nz_wind_farm_risk_register,
    ),
    Layout(
        "us_theme_park_notion_issues",
        "US theme park Notion database export (March 4, 2026 text, P1/P2/P3)",
        us_theme_park_notion_issues,
    ),
    Layout(
        "in_tea_estate_assumptions",
        "Indian tea estate assumption log (S.No., e-mail owners, Med, dd.mm.yyyy)",
        in_tea_estate_assumptions,
    ),
    Layout(
        "ie_rugby_dependencies",
        "Irish rugby union dependency tracker (merged Dates group, DEP01, RAG words)",
        ie_rugby_dependencies,
    ),
    Layout(
        "ke_courier_decision_log",
        "Kenyan courier web-template decision log (label lines, DEC-01, initials)",
        ke_courier_decision_log,
    ),
    Layout(
        "sg_ambulance_ado_risks",
        "Singapore ambulance service Azure DevOps risk query export (Name <e-mail>)",
        sg_ambulance_ado_risks,
    ),
    Layout(
        "za_textile_budget_actual_sheets",
        "SA textile mill Budget / Actual sheets (Jan-26 text, R 125 000, subtotals)",
        za_textile_budget_actual_sheets,
    ),
    Layout(
        "ca_cinema_resource_plan",
        "Canadian cinema chain resource plan (e-mail people, Apr-26 text, total row)",
        ca_cinema_resource_plan,
    ),
    Layout(
        "ng_cocoa_milestone_plan",
        "Nigerian cocoa processor milestone plan (phase rows, initials, RAG column)",
        ng_cocoa_milestone_plan,
    ),
    Layout(
        "uk_radio_status_report",
        "UK community radio highlight report (A:B and D:E label pairs, G/A/R, top risks)",
        uk_radio_status_report,
    ),
    Layout(
        "au_leisure_centre_forecast",
        "Australian leisure centre tracker (measure rows, FY months, AUD ex GST)",
        au_leisure_centre_forecast,
    ),
    Layout(
        "us_pharmacy_planner_milestones",
        "US pharmacy chain Microsoft Planner export (Progress words, 03/16/2026 text)",
        us_pharmacy_planner_milestones,
    ),
)
