"""The twenty-second held-out batch (``HELD_OUT_22``, issue 15 round 20): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses. It is ORDINARY:
what a PMO in a large English-speaking organisation receives from its project managers, in
English, from common templates and tool exports, with the layouts a PM makes by hand
(title blocks, merged headers, notes rows, spacer rows and columns, totals rows, colour-word
RAG, dates as text or cells, people as names or e-mail addresses).

Registers:

- ``uk_housing_raid_log``: an English housing association's RAID log from a web template:
  a title, a `Project:` / `Project Manager:` pair in ONE cell, a merged `Dates` group over
  `Raised` / `Due` (date cells), `Ref`, `Type` Risk / Assumption / Issue / Dependency,
  `Description`, `Owner`, `RAG` Red / Amber / Green, `Status` Open / Closed, `Latest Update`.
- ``us_agency_risk_register``: a US federal agency contractor's risk register from a
  downloaded Excel template: a spacer column A, a title and a notes row ("Scores: 1 = low,
  5 = high") above the header, `Risk ID` R-001, `Risk Description`, `Category`,
  `Likelihood (1-5)`, `Impact (1-5)`, `Risk Score`, `Risk Owner`, `Mitigation Plan`,
  `Date Identified` as US `03/14/2026` text, `Status` Open / Monitoring / Closed.
- ``au_sharepoint_issue_list``: an Australian state department's SharePoint issue list
  exported to Excel: `Issue ID` ISS-001, `Title`, `Priority` (1) High / (2) Medium / (3)
  Low, `Issue Status` Active / Resolved / Closed, `Assigned To` as e-mail addresses, `Date
  Raised` / `Target Resolution Date` date cells, `Resolution`, `Modified`, `Created By`.
- ``canada_assumption_log``: a Canadian provincial ministry's assumption log: a title, a
  grey instruction row under the header, `#`, `Assumption`, `Category`, `Owner`, `Date
  Logged` / `Validate By` date cells, `Confidence` H / M / L, `Status` Open / Validated /
  Invalidated, `Impact if Incorrect`, and a blank spacer row between two groups of rows.
- ``nz_smartsheet_dependencies``: a New Zealand council's Smartsheet dependency sheet
  exported to Excel: `Dependency ID` DEP001, `Dependency`, `Direction` In / Out,
  `Providing / Receiving Team`, `Dependency Owner`, `Need By` / `Forecast` date cells, `Status`
  On Track / At Risk / Late / Complete, `Comments`.
- ``india_decision_register``: an Indian IT services firm's decision register for a client
  programme: a title row, a `Programme:` line, `S.No.`, `Decision ID` DEC-01, `Decision
  Date` as `14-Mar-2026` text, `Decision`, `Rationale`, `Approved By`, `Forum`, `Impacted
  Workstream`.

Trackers:

- ``uk_budget_vs_actual_pairs``: a UK PM's budget vs actual by month, the month over a
  `Budget` / `Actual` pair (the month a merged group label `Apr-26`, the measures
  sub-labels), cost lines down, a `Total` row, amounts in £ (a `£#,##0` number format).
- ``sa_finance_tracker_months_down``: a South African PM-built finance tracker in rand,
  months DOWN as `Mar 2026` text, `Cost Category`, `Budget`, `Actual`, `Forecast`,
  `Variance`, `Comments`, a blank row between months and a `Grand Total` row.
- ``ca_actuals_then_forecast``: a Canadian PM's cost tracker in CAD: `WBS`, `Cost Line`,
  `Approved Budget` (a year's total), months across as `Apr 2026` text under a merged
  `Actuals` group (April to June) and a merged `Forecast` group (July to September).
- ``ie_milestone_plan_phases``: an Irish semi-state's hand-made milestone plan: a title,
  `No.`, `Milestone`, `Owner`, `Baseline Date` / `Forecast Date` / `Actual Date` date cells
  shown `dd-mmm-yyyy`, `Variance (days)`, `Status` Not Started / In Progress / At Risk /
  Complete, with phase section rows (`Phase 1: Procurement`) inside the table.
- ``us_resource_plan_fte``: a US health system's resource plan: `Name`, `Role`,
  `Department`, months across as date cells shown `mmm-yy`, FTE fractions, a `Total FTE`
  column.
- ``au_one_page_status_report``: an Australian university's one-page status report: a
  title, a `Project:` and `Project Manager:` cell pair on one line, a `Report Date:` date
  cell, `Overall Status:` as the colour word `Amber`, a `Key Milestones` table (`Milestone`,
  `Owner`, `Planned Date`, `Forecast Date`, `Status` Complete / On Track / At Risk / Late)
  and a `Top Risks` table (`Risk`, `Rating` High / Medium / Low, `Owner`, `Mitigation`).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the RAID log's `RAG` column (a rating for risks, a status for issues, nothing for
  assumptions): left out, no fact; its `Ref` (`R3`, `A5`: the table's running row number
  behind the type's letter; kept, or renumbered per register) has no id fact (the column may
  be mapped to the ID or left out: audit, round 20); a dependency's `Due` (need-by or
  committed) has no fact (audit, round 20);
- the SharePoint `Assigned To` e-mail addresses (kept as the address or read as a name): no
  owner fact; its `Active` status (Open or In Progress): no fact; `Modified` is the issue's
  last update, day first (audit, round 20, as earlier SharePoint / MS Lists truth reads it);
- the Smartsheet `Forecast` date of a dependency (the committed date or only a forecast): no
  fact, column may be left out or mapped to ``committed_date``; `Complete` (Delivered or
  Closed): no status fact; the providing / receiving team (a name, no project id): may be
  mapped to ``counterparty_project_id`` or left out, no fact (audit, round 20);
- the US risk `Risk Score` (a product column the standard recomputes): may be mapped to
  ``score`` or left out, no fact;
- the milestone plan's `Variance (days)` (the standard's slippage, which it derives): may be
  mapped to ``slippage_days`` or left out, no fact; its phase section rows are no items and
  no gate (a phase is not a stage gate);
- the status report's milestone `On Track` (Not Started or In Progress): no fact; its
  risks' `Rating` (the standard's rating or a probability): may be mapped to ``rating`` or
  left out, no fact; the risks' ids (none in the sheet);
- the South African rand (ZAR, not in the standard's currency list): no currency fact; its
  `Cost Category` holds the standard's category words but it is the only line column, so it
  is the cost line (``cost_line`` or ``category``: either mapping is accepted, the values
  key on the line);
- the Canadian `Approved Budget` (a year's total, no month): left out, no budget facts;
- FTE fractions of the resource plan (days per month by which calendar): no value facts,
  like the earlier batches' resource plans;
- the Indian `Forum` (who decided, or only where): left out; `Approved By` is made_by; its
  `S.No.` beside the `Decision ID` is left out (the ID is the id).

Readings used: Likelihood / Impact 1-5 are the standard's 1-5; H / M / L confidence is High
/ Medium / Low; `Invalidated` is Invalid; `(1) High` is High; a dependency `In` / `Out` is
Inbound / Outbound; US text dates are month first (one day past the 12th in each column);
`£` in a number format is GBP; `All figures in CAD` is CAD; the colour word `Amber` is the
overall RAG Amber; ids in
the standard's shape keep their number (`R-001` is R-001, `ISS-001` I-001, `DEP001`
D-001, `DEC-01` DC-001); the assumption log's bare `#` 1..n is the ID column or nothing with
no ID value (audit, round 20: the truth's rule for numbers under a number header; round 15's
reading is of letter refs such as `A1`); a lone `Risk Description` is the title or the
description (audit, round 20).
It was written and checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its
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


def _us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

HA_RAID = [
    ("Risk", "Contractor insolvency during the retrofit works"),
    ("Risk", "Tenants refuse access for the heat pump surveys"),
    ("Risk", "Grant claim rejected for late evidence"),
    ("Assumption", "Social Housing Decarbonisation Fund wave 3 award confirmed"),
    ("Assumption", "Planning permission is not needed for external wall insulation"),
    ("Issue", "Asbestos found in 14 properties on the Millfield estate"),
    ("Issue", "Surveyor capacity short by two FTE in May"),
    ("Dependency", "DNO confirms grid capacity for the heat pumps"),
    ("Dependency", "Asset management system upgrade delivers the EPC fields"),
]
HA_PEOPLE = ["Sarah Whitfield", "Tom Barker", "Priya Shah", "Gareth Jones", "Helen O'Neill"]


def uk_housing_raid_log(folder: Path, rng: random.Random) -> Built:
    """An English housing association's RAID log, `Dates` merged over Raised / Due."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    ws["A1"] = "RAID Log"
    ws["A2"] = "Project: Retrofit Wave 3        Project Manager: Sarah Whitfield"
    ws["E4"] = "Dates"
    ws.merge_cells("E4:F4")
    header = ["Ref", "Type", "Description", "Owner", "Raised", "Due", "RAG", "Status"]
    header += ["Latest Update"]
    _put(ws, 5, 1, [header])
    rows = list(HA_RAID)
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 5))
    due_field = {"Risk": "due_date", "Issue": "due_date", "Assumption": "validate_by"}
    due_field["Dependency"] = "need_by"
    reg = {"Risk": "risks", "Issue": "issues", "Assumption": "assumptions"}
    reg["Dependency"] = "dependencies"
    text_field = {"risks": "title", "issues": "title", "assumptions": "assumption"}
    text_field["dependencies"] = "title"
    counts: dict[str, int] = {}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Retrofit Wave 3"),
        ValueFact("project", 0, "project_manager", "Sarah Whitfield"),
    ]
    for i, (kind, text) in enumerate(rows):
        owner = rng.choice(HA_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([14, 28, 42]))
        status = rng.choice(["Open", "Open", "Closed"])
        rag = rng.choice(["Red", "Amber", "Green"])
        note = rng.choice([None, "Discussed at project board", "Awaiting contractor reply"])
        cells: list[object] = [f"{kind[0]}{i + 1}", kind, text, owner, raised[i], due, rag]
        cells += [status, note]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 5).number_format = "dd/mm/yyyy"
        ws.cell(6 + i, 6).number_format = "dd/mm/yyyy"
        r = reg[kind]
        k = counts.get(r, 0)
        counts[r] = k + 1
        values += [
            ValueFact(r, k, text_field[r], text),
            ValueFact(r, k, "owner", owner),
            ValueFact(r, k, "status", status),
        ]
        # a dependency keeps no raised date, and its `Due` is need-by or committed (audit,
        # round 20, as the 18th, 20th and 21st batches' mixed logs read it): no fact
        if r != "dependencies":
            values.append(ValueFact(r, k, due_field[kind], due))
            values.append(ValueFact(r, k, "raised_date", raised[i]))
    path = _save(wb, folder, "uk_housing_raid_log")
    # `Ref` is the ID column or nothing, with no value (audit, round 20, as the 14th, 18th,
    # 20th and 21st batches' mixed logs map their refs)
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date")
    targets |= _cols("E", ["raised_date", due_cols, None])
    targets |= _cols("H", ["status", None])
    return Built(path, [TruthTable("RAID Log", 5, "raid", targets, counts)], values)


US_RISKS = [
    ("Key developer attrition during the ATO process", "People"),
    ("FedRAMP authorization of the SaaS vendor delayed", "Third Party"),
    ("Appropriations lapse stops contractor work", "Financial"),
    ("Section 508 accessibility audit fails", "Scope"),
    ("Legacy COBOL interface undocumented", "Technical"),
    ("Privacy impact assessment not approved in time", "Legal"),
    ("Data center move overlaps with go-live", "Schedule"),
    ("Phishing exposure of the help desk accounts", "Security"),
]
US_PEOPLE = ["Michael Johnson", "Jennifer Davis", "David Martinez", "Ashley Wilson"]


def us_agency_risk_register(folder: Path, rng: random.Random) -> Built:
    """A US agency contractor's risk register template, a spacer column A and a notes row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["B1"] = "PROJECT RISK REGISTER"
    ws["B2"] = "Project Name: Benefits Portal Modernization"
    ws["B3"] = "Scores: 1 = low, 5 = high. Risk Score = Likelihood x Impact."
    header = ["Risk ID", "Risk Description", "Category", "Likelihood (1-5)", "Impact (1-5)"]
    header += ["Risk Score", "Risk Owner", "Mitigation Plan", "Date Identified", "Status"]
    _put(ws, 5, 2, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(US_RISKS, n)
    found = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Benefits Portal Modernization"),
    ]
    for i, (title, cat) in enumerate(risks):
        lik, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(US_PEOPLE)
        plan = rng.choice(["Cross-train a second developer", "Weekly call with the vendor"])
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        cells: list[object] = [f"R-{i + 1:03d}", title, cat, lik, imp, lik * imp, owner]
        cells += [plan, _us(found[i]), status]
        _put(ws, 6 + i, 2, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(lik)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "status", status),
        ]
    path = _save(wb, folder, "us_agency_risk_register")
    # a lone `Risk Description` is the title or the description (audit, round 20, as the 6th
    # and 16th batches' truth maps it); the title value stands
    targets: Targets = _cols("B", ["id", ("title", "description"), "category", "probability"])
    targets |= {"F": "impact"}
    targets |= _cols("G", [("score", None), "owner", "response", "raised_date", "status"])
    return Built(path, [_one("risks", "Risk Register", 5, targets, n)], values)


AU_ISSUES = [
    "Payroll vendor API returns timeouts under load",
    "Stakeholder sign-off on the data migration plan is overdue",
    "Test environment refresh lost two weeks of test data",
    "Change request for the rostering module not costed",
    "Records retention schedule conflicts with the new archive",
    "Single sign-on fails for regional offices",
    "Training venue in Townsville unavailable",
    "Security assessment raised three high findings",
]
AU_PEOPLE = ["chloe.nguyen", "liam.oconnor", "olivia.smith", "jack.taylor"]


def au_sharepoint_issue_list(folder: Path, rng: random.Random) -> Built:
    """An Australian department's SharePoint issue list export, owners as e-mails."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Issue ID", "Title", "Priority", "Issue Status", "Assigned To", "Date Raised"]
    header += ["Target Resolution Date", "Resolution", "Modified", "Created By"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(AU_ISSUES, n)
    raised = _days(rng, n, date(2026, 2, 2))
    prio = {"(1) High": "High", "(2) Medium": "Medium", "(3) Low": "Low"}
    states = {"Active": None, "Resolved": "Resolved", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i, title in enumerate(titles):
        p = rng.choice(list(prio))
        s = rng.choice(list(states))
        who = f"{rng.choice(AU_PEOPLE)}@education.vic.gov.au"
        target = raised[i] + timedelta(days=rng.choice([7, 14, 30]))
        resolution = None if s == "Active" else "Workaround agreed with the vendor"
        cells: list[object] = [f"ISS-{i + 1:03d}", title, p, s, who, raised[i], target]
        cells += [resolution, f"{target:%d/%m/%Y} 9:14 AM", "PMO Admin"]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 6).number_format = "d/mm/yyyy"
        ws.cell(2 + i, 7).number_format = "d/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", target),
        ]
        if states[s]:
            values.append(ValueFact("issues", i, "status", states[s]))
        if resolution:
            values.append(ValueFact("issues", i, "resolution", resolution))
        # SharePoint's `Modified` is the item's last update (audit, round 20, as adopt_layouts'
        # MS Lists and Smartsheet truth and the sixth batch's SharePoint list read it); the
        # text is day first like the list's own d/mm/yyyy dates (a day past 12 in every column)
        values.append(ValueFact("issues", i, "last_updated", target))
    path = _save(wb, folder, "au_sharepoint_issue_list")
    targets: Targets = _cols("A", ["id", "title", "priority", "status", "owner", "raised_date"])
    targets |= _cols("G", ["due_date", "resolution", "last_updated", None])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


CA_ASSUMPTIONS = [
    ("Funding", "Treasury Board approves the second tranche in Q2"),
    ("Staffing", "Two bilingual business analysts are seconded from the ministry"),
    ("Technology", "The provincial identity service supports OIDC by June"),
    ("Vendor", "The case management vendor keeps the 2025 rate card"),
    ("Policy", "No change to the privacy legislation before launch"),
    ("Technology", "Hosting stays in the Canadian region of the cloud provider"),
    ("Staffing", "Union agreement allows weekend cutover work"),
]
CA_PEOPLE = ["Emily Tremblay", "Noah Roy", "Olivia Gagnon", "Liam MacDonald"]


def canada_assumption_log(folder: Path, rng: random.Random) -> Built:
    """A Canadian ministry's assumption log: an instruction row and a spacer row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumption Log")
    ws["A1"] = "Assumption Log - Child Benefit Case Management Replacement"
    header = ["#", "Assumption", "Category", "Owner", "Date Logged", "Validate By"]
    header += ["Confidence", "Status", "Impact if Incorrect"]
    _put(ws, 3, 1, [header])
    ws["B4"] = "Describe the assumption in one sentence; confidence is H, M or L."
    n = rng.randint(6, 7)
    chosen = rng.sample(CA_ASSUMPTIONS, n)
    logged = _days(rng, n, date(2025, 12, 1))
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    states = {"Open": "Open", "Validated": "Validated", "Invalidated": "Invalid"}
    values: list[ValueFact] = []
    row = 5
    for i, (cat, text) in enumerate(chosen):
        if i == 3:
            row += 1  # a blank spacer row the PM left between two groups
        owner = rng.choice(CA_PEOPLE)
        c = rng.choice(list(conf))
        s = rng.choice(list(states))
        check = logged[i] + timedelta(days=rng.choice([21, 45, 60]))
        impact = rng.choice(["Go-live moves by a quarter", "Budget pressure of $400K"])
        cells: list[object] = [i + 1, text, cat, owner, logged[i], check, c, s, impact]
        _put(ws, row, 1, [cells])
        ws.cell(row, 5).number_format = "yyyy-mm-dd"
        ws.cell(row, 6).number_format = "yyyy-mm-dd"
        row += 1
        values += [  # `#` 1..n: the ID column or nothing, no ID value (audit, round 20)
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "status", states[s]),
            ValueFact("assumptions", i, "impact_if_false", impact),
        ]
    path = _save(wb, folder, "canada_assumption_log")
    targets: Targets = _cols("A", [("id", None), "assumption", None, "owner", "raised_date"])
    targets |= _cols("F", ["validate_by", "confidence", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Assumption Log", 3, targets, n)], values)


NZ_DEPS = [
    ("Three Waters asset data handed over", "In", "Water Services Entity"),
    ("GIS basemap refresh from LINZ", "In", "Spatial Team"),
    ("Rates system interface specification", "Out", "Finance Systems"),
    ("Consenting portal go-live date confirmed", "In", "Digital Services"),
    ("Customer contact scripts for the new service", "Out", "Customer Services"),
    ("Network upgrade at the Civic Building", "In", "ICT Infrastructure"),
]
NZ_PEOPLE = ["Aroha Ngata", "James Wilson", "Mere Tipene", "Sophie Clarke"]


def nz_smartsheet_dependencies(folder: Path, rng: random.Random) -> Built:
    """A New Zealand council's Smartsheet dependency sheet exported to Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["Dependency ID", "Dependency", "Direction", "Providing / Receiving Team"]
    header += ["Dependency Owner", "Need By", "Forecast", "Status", "Comments"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    deps = rng.sample(NZ_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 16))
    states = {"On Track": "On Track", "At Risk": "At Risk", "Late": "Late", "Complete": None}
    values: list[ValueFact] = []
    for i, (title, way, team) in enumerate(deps):
        owner = rng.choice(NZ_PEOPLE)
        fc = needs[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        s = rng.choice(list(states))
        comment = rng.choice([None, "Raised at the programme board"])
        cells: list[object] = [f"DEP{i + 1:03d}", title, way, team, owner, needs[i], fc, s]
        cells += [comment]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 6).number_format = "dd/mm/yy"
        ws.cell(2 + i, 7).number_format = "dd/mm/yy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
        ]
        if states[s]:
            values.append(ValueFact("dependencies", i, "status", states[s]))
    path = _save(wb, folder, "nz_smartsheet_dependencies")
    team = ("counterparty_project_id", None)  # a team: the counterparty or nothing, no value
    targets: Targets = _cols("A", ["id", "title", "direction", team, "owner", "need_by"])
    targets |= _cols("G", [("committed_date", None), "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


IN_DECISIONS = [
    ("Adopt a phased rollout by region", "Limits the impact of defects on branches"),
    ("Use the client's Azure tenant for all environments", "Client security policy"),
    ("Defer the loyalty module to release 2", "Scope exceeds the sprint capacity"),
    ("Freeze code two weeks before UAT", "Stabilise the build for business testing"),
    ("Offshore team works the UK shift during cutover", "Cover for the hypercare period"),
    ("Retire the legacy SMS gateway", "Vendor ends support in December"),
]
IN_WHO = ["Steering Committee", "Rahul Sharma", "Ananya Iyer", "Vikram Reddy"]


def india_decision_register(folder: Path, rng: random.Random) -> Built:
    """An Indian IT services firm's decision register, dates as `14-Mar-2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Register")
    ws["A1"] = "DECISION REGISTER"
    ws["A2"] = "Programme: Retail Banking Digital Channels"
    header = ["S.No.", "Decision ID", "Decision Date", "Decision", "Rationale", "Approved By"]
    header += ["Forum", "Impacted Workstream"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    chosen = rng.sample(IN_DECISIONS, n)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = [
        ValueFact("project", 0, "programme", "Retail Banking Digital Channels"),
    ]
    for i, (decision, why) in enumerate(chosen):
        who = rng.choice(IN_WHO)
        forum = rng.choice(["SteerCo", "Design Authority", "Weekly PMO call"])
        text = f"{when[i].day:02d}-{when[i]:%b}-{when[i].year}"
        stream = rng.choice(["Mobile app", "Internet banking", "Integration"])
        cells: list[object] = [i + 1, f"DEC-{i + 1:02d}", text, decision, why, who, forum]
        _put(ws, 5 + i, 1, [[*cells, stream]])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "india_decision_register")
    targets: Targets = _cols("A", [None, "id", "date", "decision", "rationale", "made_by"])
    targets |= _cols("G", [None, None])
    return Built(path, [_one("decisions", "Decision Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

UK_LINES = ["Internal staff", "Contractors", "Software licences", "Hardware", "Training"]


def uk_budget_vs_actual_pairs(folder: Path, rng: random.Random) -> Built:
    """A UK budget vs actual: each month a merged label over a Budget / Actual pair."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Budget vs Actual 2026/27 - Customer Portal Replacement (£)"
    months = _months(date(2026, 4, 1), 6)
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(3, col, f"{month:%b}-{month:%y}")
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Budget")
        ws.cell(4, col + 1, "Actual")
    ws.cell(4, 1, "Cost line")
    lines = rng.sample(UK_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    totals = [0.0] * 12
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            budget = float(rng.randrange(10, 80) * 500)
            ws.cell(5 + r, 2 + 2 * m, budget).number_format = "£#,##0"
            totals[2 * m] += budget
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < 4:
                actual = float(round(budget * rng.uniform(0.75, 1.2)))
                ws.cell(5 + r, 3 + 2 * m, actual).number_format = "£#,##0"
                totals[2 * m + 1] += actual
                values.append(ValueFact("finance", (month, line), "actual", actual))
    ws.cell(5 + len(lines), 1, "Total")
    for c, t in enumerate(totals):
        if t:
            ws.cell(5 + len(lines), 2 + c, t).number_format = "£#,##0"
    path = _save(wb, folder, "uk_budget_vs_actual_pairs")
    table = TruthTable("BvA", 4, "finance", {"A": "cost_line"}, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


SA_CATEGORIES = ["Labour", "Contractors", "Software", "Hardware", "Travel"]


def sa_finance_tracker_months_down(folder: Path, rng: random.Random) -> Built:
    """A South African PM's finance tracker in rand, months down as `Mar 2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance Tracker")
    ws["A1"] = "Smart Metering Rollout - Finance Tracker (ZAR)"
    header = ["Month", "Cost Category", "Budget", "Actual", "Forecast", "Variance", "Comments"]
    _put(ws, 3, 1, [header])
    months = _months(date(2026, 3, 1), 4)
    cats = rng.sample(SA_CATEGORIES, 3)
    values: list[ValueFact] = []
    row = 4
    grand = [0.0, 0.0, 0.0]
    for m, month in enumerate(months):
        for cat in cats:
            budget = float(rng.randrange(50, 400) * 1000)
            actual = float(round(budget * rng.uniform(0.7, 1.15))) if m < 2 else None
            forecast = actual if actual is not None else budget
            var = budget - forecast
            comment = "Invoice pending" if actual and actual > budget else None
            cells: list[object] = [f"{month:%b} {month.year}", cat, budget, actual, forecast]
            cells += [var, comment]
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5, 6):
                ws.cell(row, c).number_format = '"R" #,##0'
            row += 1
            grand[0] += budget
            grand[1] += actual or 0
            grand[2] += forecast
            values.append(ValueFact("finance", (month, cat), "budget", budget))
            values.append(ValueFact("finance", (month, cat), "forecast", forecast))
            if actual is not None:
                values.append(ValueFact("finance", (month, cat), "actual", actual))
        row += 1  # a blank row between months
    _put(ws, row, 1, [["Grand Total", None, *grand, grand[0] - grand[2]]])
    path = _save(wb, folder, "sa_finance_tracker_months_down")
    targets: Targets = {"A": "month", "B": ("cost_line", "category"), "C": "budget"}
    targets |= {"D": "actual", "E": "forecast", "F": None, "G": ("notes", None)}
    counts = {"finance": len(months) * len(cats)}
    table = TruthTable("Finance Tracker", 3, "finance", targets, counts)
    return Built(path, [table], values)


CA_LINES = [
    ("1.1", "Project management"),
    ("1.2", "Business analysis"),
    ("2.1", "Software development"),
    ("2.2", "Testing"),
    ("3.1", "Cloud hosting"),
]


def ca_actuals_then_forecast(folder: Path, rng: random.Random) -> Built:
    """A Canadian cost tracker: merged `Actuals` and `Forecast` groups over `Apr 2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Tracker")
    ws["A1"] = "Permit Online Services - Cost Tracker FY2026-27"
    ws["A2"] = "All figures in CAD"
    months = _months(date(2026, 4, 1), 6)
    ws["D4"], ws["G4"] = "Actuals", "Forecast"
    ws.merge_cells("D4:F4")
    ws.merge_cells("G4:I4")
    labels = [f"{m:%b} {m.year}" for m in months]
    _put(ws, 5, 1, [["WBS", "Cost Line", "Approved Budget", *labels, "Total"]])
    lines = rng.sample(CA_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    for r, (wbs, line) in enumerate(lines):
        amounts = [float(rng.randrange(8, 90) * 1000) for _ in months]
        approved = float(round(sum(amounts) * 1.1, -3))
        _put(ws, 6 + r, 1, [[wbs, line, approved, *amounts, sum(amounts)]])
        for c in range(3, 11):
            ws.cell(6 + r, c).number_format = "#,##0"
        for m, month in enumerate(months):
            measure = "actual" if m < 3 else "forecast"
            values.append(ValueFact("finance", (month, line), measure, amounts[m]))
    path = _save(wb, folder, "ca_actuals_then_forecast")
    targets: Targets = {"A": None, "B": "cost_line", "C": None, "J": None}
    table = TruthTable("Cost Tracker", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


IE_PHASES = [
    ("Phase 1: Procurement", ["Business case approved by the Board", "Tender issued on eTenders",
                              "Preferred bidder selected", "Contract signed"]),
    ("Phase 2: Build", ["Design freeze", "System acceptance testing complete"]),
    ("Phase 3: Deploy", ["Go-live", "Project closure report signed off"]),
]  # fmt: skip
IE_PEOPLE = ["Aoife Byrne", "Cian Murphy", "Niamh Kelly", "Seán O'Brien"]


def ie_milestone_plan_phases(folder: Path, rng: random.Random) -> Built:
    """An Irish semi-state's hand-made milestone plan: phase section rows inside the table,
    a variance column, date cells shown `dd-mmm-yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone Plan")
    ws["A1"] = "Smart Meter Data Hub - Milestone Plan"
    header = ["No.", "Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date"]
    header += ["Variance (days)", "Status"]
    _put(ws, 3, 1, [header])
    n = sum(len(ms) for _, ms in IE_PHASES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(2, 4)
    states = {"Not Started": "Not Started", "In Progress": "In Progress", "At Risk": "At Risk"}
    values: list[ValueFact] = []
    row, i = 4, 0
    for phase, names in IE_PHASES:
        ws.cell(row, 1, phase)  # a section row: no item
        row += 1
        for name in names:
            owner = rng.choice(IE_PEOPLE)
            fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14, 28]))
            actual = fc if i < done else None
            status = "Complete" if actual else rng.choice(list(states))
            cells: list[object] = [i + 1, name, owner, base[i], fc, actual, (fc - base[i]).days]
            cells += [status]
            _put(ws, row, 1, [cells])
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "dd-mmm-yyyy"
            values += [
                ValueFact("milestones", i, "milestone", name),
                ValueFact("milestones", i, "owner", owner),
                ValueFact("milestones", i, "baseline_date", base[i]),
                ValueFact("milestones", i, "forecast_date", fc),
                ValueFact("milestones", i, "status", "Complete" if actual else states[status]),
            ]
            if actual:
                values.append(ValueFact("milestones", i, "actual_date", actual))
            row += 1
            i += 1
    path = _save(wb, folder, "ie_milestone_plan_phases")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", ("slippage_days", None), "status"])
    return Built(path, [_one("milestones", "Milestone Plan", 3, targets, n)], values)


US_STAFF = [
    ("Karen Thompson", "Project Manager", "PMO"),
    ("Brian Lee", "Business Analyst", "Clinical Informatics"),
    ("Maria Lopez", "Developer", "IT Applications"),
    ("Kevin Brown", "Developer", "IT Applications"),
    ("Rachel Green", "Tester", "Quality"),
    ("Steven Clark", "Architect", "Enterprise Architecture"),
]


def us_resource_plan_fte(folder: Path, rng: random.Random) -> Built:
    """A US health system's resource plan in FTE, months as `mmm-yy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Resource Plan (FTE) - Epic Ambulatory Upgrade"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Name", "Role", "Department", *months, "Total FTE"]])
    for c in range(4, 10):
        ws.cell(3, c).number_format = "mmm-yy"
    staff = rng.sample(US_STAFF, 5)
    count = 0
    for r, (name, role, dept) in enumerate(staff):
        fte = [rng.choice([None, 0.25, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        _put(ws, 4 + r, 1, [[name, role, dept, *fte, sum(f or 0 for f in fte)]])
    path = _save(wb, folder, "us_resource_plan_fte")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Resource Plan", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


AU_MILESTONES = [
    "Student system vendor contract executed",
    "Enrolment data migrated to test",
    "Timetabling integration tested",
    "Semester 2 enrolments opened",
    "Legacy system read-only",
]
AU_RISKS = [
    "Key academic staff unavailable for UAT during exams",
    "Vendor resourcing in Melbourne thin over winter",
    "Data quality of historical results",
    "Change fatigue in faculty admin teams",
]
AU_STAFF = ["Hannah Walker", "Josh Mitchell", "Ella Robinson", "Ben Campbell"]


def au_one_page_status_report(folder: Path, rng: random.Random) -> Built:
    """An Australian university's one-page status report with a milestones and a risks table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Project Status Report"
    ws["A2"], ws["B2"] = "Project:", "Student Administration System Renewal"
    ws["D2"], ws["E2"] = "Project Manager:", "Hannah Walker"
    ws["A3"], ws["B3"] = "Report Date:", date(2026, 4, 17)
    ws["B3"].number_format = "d/mm/yyyy"
    ws["D3"], ws["E3"] = "Overall Status:", "Amber"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Student Administration System Renewal"),
        ValueFact("project", 0, "project_manager", "Hannah Walker"),
        ValueFact("project", 0, "report_date", date(2026, 4, 17)),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    ws["A5"] = "Key Milestones"
    _put(ws, 6, 1, [["Milestone", "Owner", "Planned Date", "Forecast Date", "Status"]])
    nm = len(AU_MILESTONES)
    planned = _days(rng, nm, date(2026, 2, 2))
    statuses = {"On Track": None, "At Risk": "At Risk", "Late": "Late"}
    for i, name in enumerate(AU_MILESTONES):
        owner = rng.choice(AU_STAFF)
        fc = planned[i] + timedelta(days=rng.choice([0, 7, 21]))
        s = "Complete" if i == 0 else rng.choice(list(statuses))
        _put(ws, 7 + i, 1, [[name, owner, planned[i], fc, s]])
        ws.cell(7 + i, 3).number_format = "d/mm/yyyy"
        ws.cell(7 + i, 4).number_format = "d/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", planned[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        status = "Complete" if s == "Complete" else statuses[s]
        if status:
            values.append(ValueFact("milestones", i, "status", status))
    r_top = 7 + nm + 2
    ws.cell(r_top - 1, 1, "Top Risks")
    _put(ws, r_top, 1, [["Risk", "Rating", "Owner", "Mitigation"]])
    nr = rng.randint(3, 4)
    risks = rng.sample(AU_RISKS, nr)
    for i, title in enumerate(risks):
        owner = rng.choice(AU_STAFF)
        action = rng.choice(["Book UAT testers early", "Weekly vendor resourcing review"])
        _put(ws, r_top + 1 + i, 1, [[title, rng.choice(["High", "Medium", "Low"]), owner, action]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
        ]
    path = _save(wb, folder, "au_one_page_status_report")
    m_targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    m_targets |= {"E": "status"}
    r_targets: Targets = _cols("A", ["title", ("rating", None), "owner", "response"])
    tables = [
        _one("milestones", "Status Report", 6, m_targets, nm),
        _one("risks", "Status Report", r_top, r_targets, nr),
    ]
    return Built(path, tables, values)


HELD_OUT_22: tuple[Layout, ...] = (
    Layout(
        "uk_housing_raid_log",
        "English housing association RAID log (web template, merged Dates group)",
        uk_housing_raid_log,
    ),
    Layout(
        "us_agency_risk_register",
        "US agency contractor risk register template (spacer column, notes row)",
        us_agency_risk_register,
    ),
    Layout(
        "au_sharepoint_issue_list",
        "Australian department SharePoint issue list export (e-mail owners)",
        au_sharepoint_issue_list,
    ),
    Layout(
        "canada_assumption_log",
        "Canadian ministry assumption log (instruction row, spacer row)",
        canada_assumption_log,
    ),
    Layout(
        "nz_smartsheet_dependencies",
        "New Zealand council Smartsheet dependency sheet export",
        nz_smartsheet_dependencies,
    ),
    Layout(
        "india_decision_register",
        "Indian IT services firm decision register (14-Mar-2026 text dates)",
        india_decision_register,
    ),
    Layout(
        "uk_budget_vs_actual_pairs",
        "UK budget vs actual, each month merged over a Budget / Actual pair (£)",
        uk_budget_vs_actual_pairs,
    ),
    Layout(
        "sa_finance_tracker_months_down",
        "South African PM-built finance tracker, months down (ZAR)",
        sa_finance_tracker_months_down,
    ),
    Layout(
        "ca_actuals_then_forecast",
        "Canadian cost tracker, merged Actuals / Forecast groups over months (CAD)",
        ca_actuals_then_forecast,
    ),
    Layout(
        "ie_milestone_plan_phases",
        "Irish semi-state hand-made milestone plan (phase section rows)",
        ie_milestone_plan_phases,
    ),
    Layout(
        "us_resource_plan_fte",
        "US health system resource plan in FTE (mmm-yy month cells)",
        us_resource_plan_fte,
    ),
    Layout(
        "au_one_page_status_report",
        "Australian university one-page status report (milestones and top risks)",
        au_one_page_status_report,
    ),
)
