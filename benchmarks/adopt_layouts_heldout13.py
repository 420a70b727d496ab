"""The thirteenth held-out batch (``HELD_OUT_13``, issue 15 round 14): sixteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, sector or country hands a PMO in a large
organisation, in shapes and from tools no earlier batch has:

- ``project_online_risks``: a US state agency's Microsoft Project Online (PWA) risks list
  exported through SharePoint's "Export to Excel" (sheet `owssvr`): SharePoint item `ID`s,
  `Owner` beside `Assigned To`, `Status` Active / Postponed / Closed, the default
  `(1) Category1` choices, `Probability` as `40%`, `Impact` 1-10, `Exposure`, `Cost`,
  `Mitigation plan` beside `Contingency plan`, the trailing `Item Type` and `Path`.
- ``metricstream_issues``: a bank's MetricStream GRC issues report under a three-line
  preamble: `Issue ID` ISS-000412, `Issue Source`, `Business Unit`, `Issue Rating`
  Critical .. Low, `Issue Status` Open / Remediation In Progress / Pending Validation /
  Closed, `Identified Date` / `Target Remediation Date` / `Actual Closure Date` as
  `14-Mar-2026` text, `Action Plan Summary`.
- ``aha_release_milestones``: Aha! Roadmaps releases kept as the milestone plan:
  `Reference` PAY-R-12, `Original release date` / `Release date` / `Released on` as ISO
  text, `Status` Not started / In progress / Shipped, `Theme`.
- ``croatian_milestone_plan``: a Croatian EU-funded project's milestone plan under a
  `Projekt:` line: `Rb.`, `Ključna točka`, `Odgovorna osoba`, `Planirani datum` /
  `Revidirani datum` / `Stvarni datum` as `14.03.2026.` (the Croatian trailing dot),
  `Status` Završeno / U tijeku / Nije započeto / Kasni.
- ``meisterplan_resource_demand``: a Meisterplan demand export in person-days: a
  `Scenario:` line, `Project`, `Role`, `Resource`, months `Apr 2026` .. across, `Total`.
- ``consultancy_sow_resource_plan``: a UK consultancy's statement-of-work resource plan:
  `Client:` / `SOW:` lines, `Role`, `Grade`, `Consultant`, `Day Rate (£)`, months as date
  cells shown `mmm-yy`, `Total Days`, `Total Fees (£)`.
- ``nz_crown_entity_forecast``: a New Zealand Crown entity's opex forecast for a July - June
  year: year labels `2025` / `2026` merged over bare month names `Jul` .. `Jun`, an
  `Annual Budget` column, amounts in NZD.
- ``irish_capital_stacked_blocks``: an Irish public body's capital tracker with Budget,
  Actual and Forecast as three blocks stacked on one sheet under a title block, each block
  with its own `BUDGET (EUR)` label and header row, months as `mmm-yy` date cells.
- ``workday_grant_budget_vs_actual``: a US university's Workday Grants budget vs. actual
  report: months down as `January 2026`, `Spend Category`, `Budget`, `Actuals`,
  `Obligations`, `Remaining Balance`, under `Grant:` / `Principal Investigator:` lines.
- ``kenya_county_raid_sheet``: a Kenyan county's World Bank-funded project RAID sheet: a
  summary panel on top, then a risks table and an issues table stacked on the one sheet,
  `R1` / `I1` refs, `Likelihood (1-5)`, `dd/mm/yyyy` text dates.
- ``airline_dependency_log``: an airline fleet-entry programme's interdependency log:
  `DEP001`, `Upstream / Downstream`, `Other Programme`, `Our Owner`, `Their Contact`,
  UK week-commencing dates `w/c 16/03/2026`, `Status` Agreed / Not agreed / At Risk /
  Delivered.
- ``russian_risk_register``: a Kazakh oil and gas operator's risk register in Russian
  (`№ п/п`, `Код риска`, `Описание риска`, `Владелец риска` in Cyrillic names,
  `Вероятность` Высокая / Средняя / Низкая, `Влияние` Высокое / Среднее / Низкое,
  `Статус` Открыт / Закрыт,
  `Дата выявления` as `14.03.2026`).
- ``slovak_issue_log``: a Slovak public IT project's issue list (`P. č.`, `ID`, `Názov
  problému`, `Zodpovedná osoba`, `Priorita` Vysoká / Stredná / Nízka, `Stav` Otvorený /
  Rieši sa / Vyriešený / Uzavretý, dates written `14. 3. 2026` with spaces).
- ``malay_decision_log``: a Malaysian government-linked company's decision log under
  `Nama Projek:` / `Pengurus Projek:` lines (`Bil.`, `Tarikh`, `Keputusan`, `Dibuat Oleh`,
  `Justifikasi`, `Rujukan Mesyuarat`).
- ``insurer_ifrs17_assumptions``: an insurer's IFRS 17 programme assumptions register under
  a one-cell title block (`Programme: ...    Programme Manager: ...`): `ASM-001`,
  `Workstream`, `Date Logged` / `Validation Due` date cells, `Confidence` H / M / L,
  `Impact if Wrong`, `Status` Open / Confirmed / Disproved, `Evidence`.
- ``odoo_tasks_issue_log``: an Odoo Project task export kept as a manufacturer's issue log:
  Odoo's `ID` external ids (`__export__.project_task_57_2b0e1f4a`), `Title`, `Project`,
  `Assignees` (one or two), `Stage` New / In Progress / Done / Cancelled, `Priority`
  Normal / Important, `Deadline` date cells, `Created on` as `2026-03-14 09:41:22` text.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: SharePoint item IDs, PWA's `Assigned To`
beside `Owner`, `Postponed`, the default categories and the `Exposure`; MetricStream's
`Issue Rating` (severity or priority) and `Pending Validation`; Aha!'s references;
`Rb.`, `P. č.`, `№ п/п` and `Bil.` row numbers; a dependency's `Other Programme` (a name,
not an ID) and `Agreed` / `Not agreed`; Odoo's `Done` (Resolved or Closed), its priorities
and a task with two assignees; the insurer's `Evidence`; a programme manager as the project
manager; resource plans' days by month (the order of the long rows is not a reading).
IDs are in the standard form (`ISS-000412`, `R1`, `R-01`, `DEP001`, `ASM-001` read as
`I-412`, `R-001`, `D-001`, `A-001`); `Upstream` (what this programme needs from another)
is Inbound, `Downstream` Outbound; PWA's `Active` is Open, MetricStream's `Remediation In
Progress` In Progress, Aha!'s `Shipped` Complete, the insurer's `Confirmed` Validated and
`Disproved` Invalid, Odoo's `Cancelled` Closed; the New Zealand lines are OpEx (the title
says "Operating expenditure forecast", as it says the amounts are forecast); a week-commencing date is that Monday. Three-level words (Высокая /
Средняя / Низкая, Высокое / Среднее / Низкое,
Vysoká / Stredná / Nízka, High / Medium / Low, H / M / L) read as 1 / 3 / 5 on a score
and as the list word on a priority or confidence; percentages by the standard's bands;
a 1-10 impact halved and rounded up. It was checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ISSUE_TITLES,
    MONTH_NAMES,
    MONTHS,
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _after,
    _cols,
    _dmy,
    _drawn_days,
    _mon,
    _months,
    _put,
    _save,
    _sheet,
)

THREE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading


# ---------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------


def project_online_risks(folder: Path, rng: random.Random) -> Built:
    """Microsoft Project Online (PWA) risks list, SharePoint's "Export to Excel"."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "owssvr")
    header = ["ID", "Title", "Owner", "Assigned To", "Status", "Category", "Due Date"]
    header += ["Probability", "Impact", "Exposure", "Cost", "Description", "Mitigation plan"]
    header += ["Contingency plan", "Trigger Description", "Trigger", "Item Type", "Path"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(RISK_TITLES, n)
    due = _drawn_days(rng, n, date(2026, 2, 2))
    bands = {"5%": 1.0, "20%": 2.0, "40%": 3.0, "60%": 4.0, "85%": 5.0}
    impacts = [rng.randint(1, 10) for _ in range(n)]
    if max(impacts) <= 5:
        impacts[0] = 8
    states = {"Active": "Open", "Postponed": "", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        pct, state = (
            rng.choice(list(bands)),
            rng.choice(["Active", "Active", "Postponed", "Closed"]),
        )
        owner, helper = rng.sample(PEOPLE, 2)
        exposure = round(int(pct[:-1]) / 100 * impacts[i], 2)
        row = [3 + 2 * i, titles[i], owner, helper, state, f"({i % 3 + 1}) Category{i % 3 + 1}"]
        row += [due[i], pct, impacts[i], exposure, rng.randrange(0, 50) * 1000]
        row += ["Raised at the portfolio review", "Weekly call with the vendor's delivery lead"]
        row += ["Use the in-house team for the cut-over", "Vendor misses two sprint goals"]
        row += [rng.choice(["Date", "Other"]), "Item", "sites/pwa/Benefits Portal/Lists/Risks"]
        _put(ws, 2 + i, 1, [row])
        ws.cell(2 + i, 7).number_format = "m/d/yyyy"
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "probability", bands[pct]),
            ValueFact("risks", i, "impact", float((impacts[i] + 1) // 2)),
            ValueFact("risks", i, "description", "Raised at the portfolio review"),
            ValueFact("risks", i, "response", "Weekly call with the vendor's delivery lead"),
        ]
        if states[state]:
            values.append(ValueFact("risks", i, "status", states[state]))
    path = _save(wb, folder, "project_online_risks")
    targets: Targets = _cols("A", [("id", None), "title", "owner", None, "status"])
    targets |= _cols("F", [("category", None), "due_date", "probability", "impact"])
    targets |= _cols("J", [("score", None), None, "description", "response", None, None])
    targets |= _cols("P", [None, None, None])
    return Built(path, [TruthTable("owssvr", 1, "risks", targets, {"risks": n})], values)


BANK_ISSUES = [
    "KYC refresh backlog above tolerance",
    "Sanctions screening list update delayed",
    "Payment limits not enforced for one channel",
    "Access recertification incomplete",
    "Model validation findings not remediated",
    "Vendor SOC 2 report missing",
    "Reconciliation breaks ageing past 30 days",
    "End-user computing spreadsheet not inventoried",
]


def metricstream_issues(folder: Path, rng: random.Random) -> Built:
    """A bank's MetricStream GRC issues report under its preamble."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Report Name: Open and Closed Issues - Retail Transformation"
    ws["A2"] = "Generated On: 14-Mar-2026 09:41 AM"
    header = ["Issue ID", "Issue Title", "Issue Description", "Issue Source", "Business Unit"]
    header += ["Issue Owner", "Issue Rating", "Issue Status", "Identified Date"]
    header += ["Target Remediation Date", "Action Plan Summary", "Actual Closure Date"]
    _put(ws, 4, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(BANK_ISSUES, n)
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    due = _after(rng, raised, 30, 120)
    states = {"Open": "Open", "Remediation In Progress": "In Progress"}
    states |= {"Pending Validation": "", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        state, owner = rng.choice(list(states)), rng.choice(PEOPLE)
        number = 412 + 3 * i
        closed = raised[i] + timedelta(days=rng.randint(20, 60)) if state == "Closed" else None
        row = [f"ISS-{number:06d}", titles[i], "Found in the second line review"]
        row += [rng.choice(["Internal Audit", "Regulatory Exam", "Self-Identified"])]
        row += [rng.choice(["Retail Banking", "Operations", "Treasury"]), owner]
        row += [rng.choice(["Critical", "High", "Medium", "Low"]), state, _mon(raised[i])]
        row += [_mon(due[i]), "Remediation plan agreed with the control owner"]
        row += [_mon(closed) if closed else None]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{number:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "description", "Found in the second line review"),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "resolution", "Remediation plan agreed with the control owner"),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    path = _save(wb, folder, "metricstream_issues")
    targets: Targets = _cols("A", ["id", "title", "description", None, None, "owner"])
    targets |= _cols("G", [("severity", "priority"), "status", "raised_date", "due_date"])
    targets |= _cols("K", ["resolution", "closed_date"])
    return Built(path, [TruthTable("Issues", 4, "issues", targets, {"issues": n})], values)


RELEASES = [
    "Payments 4.0 - Open banking",
    "Payments 4.1 - Request to pay",
    "Payments 4.2 - Card tokens",
    "Mobile app 7.0",
    "Mobile app 7.1 - Accessibility",
    "Merchant portal GA",
    "Partner API v3",
]


def aha_release_milestones(folder: Path, rng: random.Random) -> Built:
    """Aha! Roadmaps releases kept as the milestone plan."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Releases")
    header = ["Reference", "Name", "Status", "Owner", "Original release date"]
    header += ["Release date", "Released on", "Theme"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    names = RELEASES[:n]
    base = sorted(_drawn_days(rng, n, date(2026, 1, 12)))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 21]))
        state = "Shipped" if i < n // 2 else rng.choice(["In progress", "Not started"])
        done = fc + timedelta(days=rng.choice([0, 2])) if state == "Shipped" else None
        row = [f"PAY-R-{10 + i}", names[i], state, owner, f"{base[i]:%Y-%m-%d}"]
        row += [f"{fc:%Y-%m-%d}", f"{done:%Y-%m-%d}" if done else None]
        row += [rng.choice(["Grow merchants", "Cut cost to serve", "Stay compliant"])]
        _put(ws, 2 + i, 1, [row])
        status = {"Shipped": "Complete", "In progress": "In Progress", "Not started": "Not Started"}
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status[state]),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", done))
    path = _save(wb, folder, "aha_release_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", "status", "owner"])
    targets |= _cols("E", ["baseline_date", "forecast_date", "actual_date", None])
    table = TruthTable("Releases", 1, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def _kantata_like_months(first: date, n: int) -> list[str]:
    return [f"{MONTHS[m.month - 1]} {m.year}" for m in _months(first, n)]


def meisterplan_resource_demand(folder: Path, rng: random.Random) -> Built:
    """A Meisterplan demand export in person-days, months across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Demand")
    ws["A1"] = "Meisterplan - Demand by Role and Resource (Person-days)"
    ws["A2"] = "Scenario: Plan of Record"
    nm = 6
    _put(ws, 4, 1, [["Project", "Role", "Resource", *_kantata_like_months(date(2026, 4, 1), nm)]])
    ws.cell(4, 4 + nm, "Total")
    roles = ["Project Manager", "Solution Architect", "Developer", "Test Analyst"]
    roles += ["Business Analyst"]
    n = rng.randint(3, 5)
    chosen = rng.sample(roles, n)
    people = rng.sample(PEOPLE, n)
    for i in range(n):
        days = [rng.randint(2, 36) / 2 for _ in range(nm)]
        _put(ws, 5 + i, 1, [["CRM Consolidation", chosen[i], people[i], *days, sum(days)]])
    path = _save(wb, folder, "meisterplan_resource_demand")
    targets: Targets = {"A": None, "B": "role", "C": "person", "J": None}
    table = TruthTable("Demand", 4, "resources", targets, {"resources": n * nm})
    return Built(path, [table], [])


def consultancy_sow_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A UK consultancy's statement-of-work resource plan: day rates, days by month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Client: Northshire County Council"
    ws["A2"] = "SOW: 2026-014 Adult Social Care Case Management Replacement"
    months = _months(date(2026, 2, 1), 5)
    _put(ws, 4, 1, [["Role", "Grade", "Consultant", "Day Rate (£)", *months]])
    for c in range(5, 5 + len(months)):
        ws.cell(4, c).number_format = "mmm-yy"
    ws.cell(4, 5 + len(months), "Total Days")
    ws.cell(4, 6 + len(months), "Total Fees (£)")
    roles = [
        ("Engagement Lead", "Director", 1450),
        ("Delivery Manager", "Manager", 950),
        ("Data Migration Lead", "Senior Consultant", 850),
        ("Business Analyst", "Consultant", 700),
        ("Test Lead", "Senior Consultant", 800),
    ]
    n = rng.randint(3, 5)
    chosen = rng.sample(roles, n)
    people = rng.sample(PEOPLE, n)
    for i, (role, grade, rate) in enumerate(chosen):
        days = [rng.randint(2, 18) for _ in months]
        _put(ws, 5 + i, 1, [[role, grade, people[i], rate, *days, sum(days), sum(days) * rate]])
    path = _save(wb, folder, "consultancy_sow_resource_plan")
    targets: Targets = {"A": "role", "B": None, "C": "person", "D": None, "J": None, "K": None}
    table = TruthTable("Resource Plan", 4, "resources", targets, {"resources": n * len(months)})
    return Built(path, [table], [])


def nz_crown_entity_forecast(folder: Path, rng: random.Random) -> Built:
    """A New Zealand Crown entity's opex forecast: year labels over bare month names."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Opex forecast")
    ws["A1"] = "Digital Ticketing Programme - Operating expenditure forecast 2025/26 (NZD)"
    months = _months(date(2025, 7, 1), 12)
    ws.cell(3, 3, "2025")
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=8)
    ws.cell(3, 9, "2026")
    ws.merge_cells(start_row=3, start_column=9, end_row=3, end_column=14)
    _put(ws, 4, 1, [["Cost line", "Annual Budget", *[MONTHS[m.month - 1] for m in months]]])
    lines = ["Vendor licences", "Contractors", "Cloud hosting", "Change and training"]
    lines += ["Security testing"]
    chosen = rng.sample(lines, 4)
    values: list[ValueFact] = []
    for k, line in enumerate(chosen):
        amounts = [float(rng.randrange(8, 90) * 500) for _ in months]
        _put(ws, 5 + k, 1, [[line, round(sum(amounts) * 1.05, -3), *amounts]])
        for m, amount in enumerate(amounts):
            values.append(ValueFact("finance", (months[m], line), "forecast", amount))
            # the title says "Operating expenditure": every line is OpEx (audit of round 14)
            values.append(ValueFact("finance", (months[m], line), "capex_opex", "OpEx"))
    path = _save(wb, folder, "nz_crown_entity_forecast")
    targets: Targets = {"A": "cost_line", "B": None}
    table = TruthTable("Opex forecast", 4, "finance", targets, {"finance": 12 * len(chosen)})
    return Built(path, [table], values)


def irish_capital_stacked_blocks(folder: Path, rng: random.Random) -> Built:
    """An Irish public body's capital tracker: Budget, Actual, Forecast blocks on one sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Tracker")
    _put(ws, 1, 1, [["Project:", "Regional Flood Relief Scheme"]])
    _put(ws, 2, 1, [["Project Manager:", "Aoife Byrne"]])
    months = _months(date(2026, 1, 1), 6)
    lines = ["Design fees", "Site investigation", "Main works contract", "Land acquisition"]
    lines += ["Environmental monitoring"]
    chosen = rng.sample(lines, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Regional Flood Relief Scheme"),
        ValueFact("project", 0, "project_manager", "Aoife Byrne"),
        ValueFact("project", 0, "currency", "EUR"),
    ]
    tables: list[TruthTable] = []
    top = 4
    for label, measure, span in (
        ("BUDGET (EUR)", "budget", range(6)),
        ("ACTUAL (EUR)", "actual", range(3)),
        ("FORECAST (EUR)", "forecast", range(3, 6)),
    ):
        ws.cell(top, 1, label)
        _put(ws, top + 1, 1, [["Cost line", *months]])
        for c in range(2, 2 + len(months)):
            ws.cell(top + 1, c).number_format = "mmm-yy"
        for k, line in enumerate(chosen):
            cells: list[object] = [None] * len(months)
            for m in span:
                amount = float(rng.randrange(4, 120) * 1000)
                cells[m] = amount
                values.append(ValueFact("finance", (months[m], line), measure, amount))
            _put(ws, top + 2 + k, 1, [[line, *cells]])
        tables.append(TruthTable("Capital Tracker", top + 1, "finance", {"A": "cost_line"}, {}))
        top += len(chosen) + 4
    tables[0].counts = {"finance": len(months) * len(chosen)}
    path = _save(wb, folder, "irish_capital_stacked_blocks")
    return Built(path, tables, values)


SPEND = ["Salaries and Wages", "Fringe Benefits", "Lab Supplies", "Domestic Travel"]
SPEND += ["Equipment", "Participant Support"]


def workday_grant_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A US university's Workday Grants budget vs. actual report, months down."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grant Budget vs Actual")
    ws["A1"] = "Grant: GR000123 NSF Coastal Resilience Sensor Network"
    ws["A2"] = "Principal Investigator: Dr. Nora Quinn"
    header = ["Period", "Spend Category", "Budget", "Actuals", "Obligations"]
    header += ["Remaining Balance"]
    _put(ws, 4, 1, [header])
    months = _months(date(2026, 1, 1), 5)
    cats = rng.sample(SPEND, 3)
    values: list[ValueFact] = []
    row = 5
    for m, month in enumerate(months):
        for cat in cats:
            budget = float(rng.randrange(20, 200) * 100)
            actual = round(budget * rng.uniform(0.6, 1.1), 2) if m < 3 else None
            obligated = float(rng.randrange(0, 20) * 50)
            rest = round(budget - (actual or 0) - obligated, 2)
            label = f"{MONTH_NAMES[month.month - 1]} {month.year}"
            _put(ws, row, 1, [[label, cat, budget, actual, obligated, rest]])
            values.append(ValueFact("finance", (month, cat), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, cat), "actual", actual))
            row += 1
    path = _save(wb, folder, "workday_grant_budget_vs_actual")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    table = TruthTable("Grant Budget vs Actual", 4, "finance", targets, {"finance": 15})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Sectors and countries
# ---------------------------------------------------------------------------------------


def kenya_county_raid_sheet(folder: Path, rng: random.Random) -> Built:
    """A Kenyan county project's RAID sheet: summary panel, risks and issues stacked."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Kisumu County - Urban Water Supply Project (World Bank financed)"
    nr, ni = rng.randint(5, 7), rng.randint(4, 6)
    r_titles = rng.sample(RISK_TITLES, nr)
    i_titles = rng.sample(ISSUE_TITLES, ni)
    r_raised = _drawn_days(rng, nr, date(2025, 12, 1))
    i_raised = _drawn_days(rng, ni, date(2026, 1, 12))
    i_due = _after(rng, i_raised, 10, 45)
    r_state = [rng.choice(["Open", "Open", "Closed"]) for _ in range(nr)]
    i_state = [rng.choice(["Open", "In progress", "Closed"]) for _ in range(ni)]
    _put(ws, 3, 1, [["Summary"], ["Open risks", r_state.count("Open")]])
    _put(ws, 5, 1, [["Open issues", ni - i_state.count("Closed")]])
    ws["A8"] = "RISKS"
    header = ["Ref", "Risk", "Likelihood (1-5)", "Impact (1-5)", "Mitigation", "Owner"]
    header += ["Date logged", "Status"]
    _put(ws, 9, 1, [header])
    values: list[ValueFact] = []
    for i in range(nr):
        p, c, owner = rng.randint(1, 5), rng.randint(1, 5), rng.choice(PEOPLE)
        row = [f"R{i + 1}", r_titles[i], p, c, "Raise at the county steering committee"]
        row += [owner, _dmy(r_raised[i]), r_state[i]]
        _put(ws, 10 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", r_titles[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", "Raise at the county steering committee"),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", r_raised[i]),
            ValueFact("risks", i, "status", r_state[i]),
        ]
    top = 10 + nr + 2
    ws.cell(top, 1, "ISSUES")
    header = ["Ref", "Issue", "Priority", "Action", "Owner", "Date logged", "Date due", "Status"]
    _put(ws, top + 1, 1, [header])
    states = {"Open": "Open", "In progress": "In Progress", "Closed": "Closed"}
    for i in range(ni):
        prio, owner = rng.choice(list(THREE)), rng.choice(PEOPLE)
        row = [f"I{i + 1}", i_titles[i], prio, "Contractor to resubmit the method statement"]
        row += [owner, _dmy(i_raised[i]), _dmy(i_due[i]), i_state[i]]
        _put(ws, top + 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", i_titles[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "resolution", "Contractor to resubmit the method statement"),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", i_raised[i]),
            ValueFact("issues", i, "due_date", i_due[i]),
            ValueFact("issues", i, "status", states[i_state[i]]),
        ]
    path = _save(wb, folder, "kenya_county_raid_sheet")
    r_targets: Targets = _cols("A", ["id", "title", "probability", "impact", "response"])
    r_targets |= _cols("F", ["owner", "raised_date", "status"])
    i_targets: Targets = _cols("A", ["id", "title", "priority", "resolution", "owner"])
    i_targets |= _cols("F", ["raised_date", "due_date", "status"])
    tables = [
        TruthTable("RAID", 9, "risks", r_targets, {"risks": nr}),
        TruthTable("RAID", top + 1, "issues", i_targets, {"issues": ni}),
    ]
    return Built(path, tables, values)


AIRLINE_DEPS = [
    "Crew training simulator slots",
    "Maintenance hangar door widening",
    "Airport slot approvals for new routes",
    "Spare engine lease signed",
    "Revenue management system fleet code",
    "Catering trolley re-certification",
    "Pilot type-rating course dates",
]


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def airline_dependency_log(folder: Path, rng: random.Random) -> Built:
    """An airline fleet-entry programme's interdependency log, week-commencing dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "A350 Entry into Service Programme - Interdependency Log"
    header = ["Dep No.", "Dependency", "Upstream / Downstream", "Other Programme"]
    header += ["Our Owner", "Their Contact", "Need Date (w/c)", "Committed (w/c)", "Status"]
    header += ["Comments"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(AIRLINE_DEPS, n)
    need = [_monday(d) for d in _drawn_days(rng, n, date(2026, 2, 2))]
    if not any(d.day > 12 for d in need):
        need[0] = date(2026, 3, 16)
    others = ["Flight Operations Transformation", "Hangar 4 Build", "Network Planning 2027"]
    states = {"Agreed": "", "Not agreed": "", "At Risk": "At Risk", "Delivered": "Delivered"}
    direction = {"Upstream": "Inbound", "Downstream": "Outbound"}
    values: list[ValueFact] = []
    for i in range(n):
        way, state = rng.choice(list(direction)), rng.choice(list(states))
        owner, contact = rng.sample(PEOPLE, 2)
        committed = need[i] + timedelta(weeks=rng.choice([-2, -1, 0, 1]))
        row = [f"DEP{i + 1:03d}", titles[i], way, rng.choice(others), owner, contact]
        row += [f"w/c {_dmy(need[i])}", f"w/c {_dmy(committed)}", state, "Discussed at IPB"]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "direction", direction[way]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
        ]
        if states[state]:
            values.append(ValueFact("dependencies", i, "status", states[state]))
    path = _save(wb, folder, "airline_dependency_log")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "counterparty_owner", "need_by", "committed_date"])
    targets |= _cols("I", ["status", None])
    table = TruthTable("Dependencies", 3, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


RU_PEOPLE = ["Ахметов Е.К.", "Смирнова О.В.", "Нурланов А.Б.", "Ким Д.С.", "Иванов П.А."]
RU_RISKS = [
    "Задержка поставки компрессорного оборудования",
    "Изменение требований экологической экспертизы",
    "Нехватка сварщиков с допуском",
    "Рост курса доллара к тенге",
    "Перенос отключения действующей установки",
    "Неполные данные изысканий",
    "Отказ подрядчика от субподряда",
]


def russian_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Kazakh oil and gas operator's risk register in Russian."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Реестр рисков")
    ws["A1"] = "Реестр рисков проекта модернизации ГПЗ"
    header = ["№ п/п", "Код риска", "Описание риска", "Владелец риска", "Вероятность"]
    header += ["Влияние", "Меры реагирования", "Статус", "Дата выявления"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(RU_RISKS, n)
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    levels = {"Высокая": 5.0, "Средняя": 3.0, "Низкая": 1.0}
    impacts = {"Высокое": 5.0, "Среднее": 3.0, "Низкое": 1.0}
    states = {"Открыт": "Open", "Закрыт": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        p, c, owner = rng.choice(list(levels)), rng.choice(list(impacts)), rng.choice(RU_PEOPLE)
        state = rng.choice(["Открыт", "Открыт", "Закрыт"])
        row = [i + 1, f"R-{i + 1:02d}", titles[i], owner, p, c, "Еженедельный контроль"]
        row += [state, _dmy(raised[i], ".")]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", levels[p]),
            ValueFact("risks", i, "impact", impacts[c]),
            ValueFact("risks", i, "response", "Еженедельный контроль"),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "russian_risk_register")
    targets: Targets = _cols("A", [None, "id", "title", "owner", "probability", "impact"])
    targets |= _cols("G", ["response", "status", "raised_date"])
    return Built(path, [TruthTable("Реестр рисков", 3, "risks", targets, {"risks": n})], values)


SK_PEOPLE = ["Ján Kováč", "Zuzana Horváthová", "Peter Varga", "Lucia Tóthová", "Martin Baláž"]
SK_ISSUES = [
    "Nedostupné testovacie prostredie",
    "Chýbajúce údaje z registra obyvateľov",
    "Oneskorená dodávka licencií",
    "Chyba pri prihlásení cez eID",
    "Nejasná špecifikácia rozhrania",
    "Nedostatok kapacít testerov",
]


def slovak_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Slovak public IT project's issue list, dates written `14. 3. 2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problémy")
    header = ["P. č.", "ID", "Názov problému", "Zodpovedná osoba", "Priorita", "Stav"]
    header += ["Dátum zistenia", "Termín riešenia"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(SK_ISSUES, n)
    raised = _drawn_days(rng, n, date(2026, 1, 5))
    due = _after(rng, raised, 7, 40)
    prios = {"Vysoká": "High", "Stredná": "Medium", "Nízka": "Low"}
    states = {"Otvorený": "Open", "Rieši sa": "In Progress", "Vyriešený": "Resolved"}
    states["Uzavretý"] = "Closed"
    values: list[ValueFact] = []
    for i in range(n):
        prio, state, owner = (
            rng.choice(list(prios)),
            rng.choice(list(states)),
            rng.choice(SK_PEOPLE),
        )
        r, d = raised[i], due[i]
        row = [i + 1, f"I-{i + 1:02d}", titles[i], owner, prio, state]
        row += [f"{r.day}. {r.month}. {r.year}", f"{d.day}. {d.month}. {d.year}"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "raised_date", r),
            ValueFact("issues", i, "due_date", d),
        ]
    path = _save(wb, folder, "slovak_issue_log")
    targets: Targets = _cols("A", [None, "id", "title", "owner", "priority", "status"])
    targets |= _cols("G", ["raised_date", "due_date"])
    return Built(path, [TruthTable("Problémy", 1, "issues", targets, {"issues": n})], values)


HR_MILESTONES = [
    "Potpisan ugovor s izvođačem",
    "Završena analiza postojećeg stanja",
    "Isporučena testna verzija sustava",
    "Završeno korisničko testiranje",
    "Puštanje sustava u rad",
    "Završna konferencija projekta",
]
HR_PEOPLE = ["Ivana Horvat", "Marko Kovačević", "Ana Babić", "Luka Marić", "Petra Jurić"]


def croatian_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Croatian EU-funded project's milestone plan, dates `14.03.2026.`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ključne točke")
    ws["A1"] = "Projekt: e-Arhiv Grada Splita"
    header = ["Rb.", "Ključna točka", "Odgovorna osoba", "Planirani datum"]
    header += ["Revidirani datum", "Stvarni datum", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    names = HR_MILESTONES[:n]
    plan = sorted(_drawn_days(rng, n, date(2026, 1, 12)))
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", "e-Arhiv Grada Splita")]
    status = {"Završeno": "Complete", "U tijeku": "In Progress", "Nije započeto": "Not Started"}
    status["Kasni"] = "Late"
    for i in range(n):
        owner = rng.choice(HR_PEOPLE)
        revised = plan[i] + timedelta(days=rng.choice([0, 0, 10, 24]))
        state = "Završeno" if i < n // 2 else rng.choice(["U tijeku", "Nije započeto", "Kasni"])
        actual = revised if state == "Završeno" else None
        row = [i + 1, names[i], owner, f"{_dmy(plan[i], '.')}.", f"{_dmy(revised, '.')}."]
        row += [f"{_dmy(actual, '.')}." if actual else None, state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "forecast_date", revised),
            ValueFact("milestones", i, "status", status[state]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "croatian_milestone_plan")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    table = TruthTable("Ključne točke", 3, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


MY_PEOPLE = ["Ahmad Faizal bin Razak", "Nurul Aina binti Hassan", "Lim Wei Ming"]
MY_PEOPLE += ["Siti Hajar binti Osman", "Rajesh a/l Kumar"]
MY_DECISIONS = [
    "Teruskan dengan pembekal awan tempatan",
    "Tangguhkan modul mudah alih ke fasa 2",
    "Gunakan log masuk tunggal untuk semua agensi",
    "Jalankan ujian penerimaan dalam dua gelombang",
    "Kekalkan sistem lama untuk baca sahaja selama setahun",
]
MY_WHY = ["Kos paling rendah", "Mengekalkan tarikh pelancaran", "Risiko lebih rendah"]


def malay_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Malaysian government-linked company's decision log (Log Keputusan)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Log Keputusan")
    ws["A1"] = "Nama Projek: Sistem e-Perolehan Bersepadu"
    ws["A2"] = "Pengurus Projek: Nurul Aina binti Hassan"
    header = ["Bil.", "Tarikh", "Keputusan", "Dibuat Oleh", "Justifikasi", "Rujukan Mesyuarat"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 5)
    made = sorted(_drawn_days(rng, n, date(2026, 1, 5)))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Sistem e-Perolehan Bersepadu"),
        ValueFact("project", 0, "project_manager", "Nurul Aina binti Hassan"),
    ]
    for i in range(n):
        who, why = rng.choice(MY_PEOPLE), rng.choice(MY_WHY)
        row = [i + 1, _dmy(made[i]), MY_DECISIONS[i], who, why, f"JPP Bil. {i + 1}/2026"]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", MY_DECISIONS[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = _save(wb, folder, "malay_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "made_by", "rationale", None])
    table = TruthTable("Log Keputusan", 4, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


IFRS_ASSUMPTIONS = [
    "Actuarial models can produce CSM at cohort level",
    "Reinsurance treaties keep current terms",
    "General ledger accepts the new chart of accounts",
    "Discount curves are supplied by the treasury team",
    "Legacy policy data is complete for 2019 onwards",
    "Auditors accept the transition approach",
]


def insurer_ifrs17_assumptions(folder: Path, rng: random.Random) -> Built:
    """An insurer's IFRS 17 programme assumptions register under a one-cell title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Programme: IFRS 17 Implementation    Programme Manager: Grace Lee"
    header = ["Assumption ID", "Workstream", "Assumption", "Owner", "Date Logged"]
    header += ["Validation Due", "Confidence", "Impact if Wrong", "Status", "Evidence"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    titles = IFRS_ASSUMPTIONS[:n]
    logged = _drawn_days(rng, n, date(2025, 10, 6))
    check = _after(rng, logged, 30, 90)
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    states = {"Open": "Open", "Confirmed": "Validated", "Disproved": "Invalid"}
    values: list[ValueFact] = [ValueFact("project", 0, "programme", "IFRS 17 Implementation")]
    for i in range(n):
        c, state, owner = rng.choice(list(conf)), rng.choice(list(states)), rng.choice(PEOPLE)
        row = [f"ASM-{i + 1:03d}", rng.choice(["Actuarial", "Finance", "Data"]), titles[i]]
        row += [owner, logged[i], check[i], c, "Restatement of opening balances", state]
        row += ["Workshop minutes" if state != "Open" else None]
        _put(ws, 4 + i, 1, [row])
        for col in (5, 6):
            ws.cell(4 + i, col).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", titles[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "impact_if_false", "Restatement of opening balances"),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "insurer_ifrs17_assumptions")
    targets: Targets = _cols("A", ["id", None, "assumption", "owner", "raised_date"])
    targets |= _cols("F", ["validate_by", "confidence", "impact_if_false", "status"])
    targets["J"] = ("outcome", None)
    table = TruthTable("Assumptions", 3, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


def odoo_tasks_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Odoo Project task export kept as a manufacturer's issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sheet1")
    header = ["ID", "Title", "Project", "Assignees", "Stage", "Priority", "Deadline"]
    header += ["Created on", "Tags"]
    _put(ws, 1, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    created = _drawn_days(rng, n, date(2026, 1, 5))
    due = _after(rng, created, 5, 30)
    # a cancelled issue is closed, never resolved (audit of round 14); Done: Resolved or Closed
    stages = {"New": "Open", "In Progress": "In Progress", "Done": "", "Cancelled": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        stage = rng.choice(list(stages))
        people = rng.sample(PEOPLE, 2 if i % 4 == 3 else 1)
        key = f"__export__.project_task_{57 + i}_{rng.getrandbits(32):08x}"
        row = [key, titles[i], "Line 3 Retrofit", ", ".join(people), stage]
        row += [rng.choice(["Normal", "Important"]), due[i]]
        row += [f"{created[i]:%Y-%m-%d} 09:{10 + i:02d}:22", rng.choice(["Quality", "Safety"])]
        _put(ws, 2 + i, 1, [row])
        ws.cell(2 + i, 7).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if len(people) == 1:
            values.append(ValueFact("issues", i, "owner", people[0]))
        if stages[stage]:
            values.append(ValueFact("issues", i, "status", stages[stage]))
    path = _save(wb, folder, "odoo_tasks_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", None, "owner", "status"])
    targets |= _cols("F", [("priority", None), "due_date", "raised_date", None])
    return Built(path, [TruthTable("Sheet1", 1, "issues", targets, {"issues": n})], values)


HELD_OUT_13 = (
    Layout(
        "project_online_risks", "Microsoft Project Online (PWA) risks list", project_online_risks
    ),
    Layout("metricstream_issues", "MetricStream GRC issues (bank)", metricstream_issues),
    Layout(
        "aha_release_milestones", "Aha! Roadmaps releases as milestones", aha_release_milestones
    ),
    Layout("croatian_milestone_plan", "Croatian EU-funded milestone plan", croatian_milestone_plan),
    Layout(
        "meisterplan_resource_demand",
        "Meisterplan demand export (person-days)",
        meisterplan_resource_demand,
    ),
    Layout(
        "consultancy_sow_resource_plan",
        "UK consultancy SOW resource plan",
        consultancy_sow_resource_plan,
    ),
    Layout(
        "nz_crown_entity_forecast",
        "New Zealand Crown entity opex forecast",
        nz_crown_entity_forecast,
    ),
    Layout(
        "irish_capital_stacked_blocks",
        "Irish public body capital tracker, stacked blocks",
        irish_capital_stacked_blocks,
    ),
    Layout(
        "workday_grant_budget_vs_actual",
        "Workday Grants budget vs. actual (US university)",
        workday_grant_budget_vs_actual,
    ),
    Layout("kenya_county_raid_sheet", "Kenyan county project RAID sheet", kenya_county_raid_sheet),
    Layout(
        "airline_dependency_log", "airline programme interdependency log", airline_dependency_log
    ),
    Layout(
        "russian_risk_register", "Kazakh oil and gas risk register (Russian)", russian_risk_register
    ),
    Layout("slovak_issue_log", "Slovak public IT issue list", slovak_issue_log),
    Layout("malay_decision_log", "Malaysian GLC decision log (Malay)", malay_decision_log),
    Layout(
        "insurer_ifrs17_assumptions",
        "insurer IFRS 17 programme assumptions register",
        insurer_ifrs17_assumptions,
    ),
    Layout("odoo_tasks_issue_log", "Odoo Project tasks as an issue log", odoo_tasks_issue_log),
)
