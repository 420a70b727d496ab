"""Round 29's thirteenth tuning batch: the ordinary workbooks' recurring losses
(``TUNING_13_A`` tuned on, ``TUNING_13_B`` kept untouched).

Written in round 29 (task or29, docs/adopt.md "Round 29: ...") by an engineer who tunes.
The ordinary English batches lose facts round after round in the same KINDS of workbook;
this batch writes those kinds again, with sectors, countries and numbers of its own:

- an accounting package's job / cost-centre report (MYOB, Sage, Xero, QuickBooks) whose
  month is only in a period line (``1/03/2026 To 31/03/2026``, ``For the month ended 30
  June 2026``) and whose columns are ``Actual``, ``Budget``, ``Difference`` / ``Variance``;
- a resource plan grouped by team (heading rows) with a quarter column after each
  quarter's months;
- a cost tracker whose category heading rows are a PM's words for the standard's cost
  categories (``Staff costs``, ``Kit``, ``Licences & subscriptions``...);
- a register printed with its title (and header) repeated at every page;
- task tools' exports no batch of round 28 took (Teamwork and Zoho Projects in half A,
  ClickUp and Basecamp in half B), kept as a register;
- a spend log of one purchase order or invoice a row (a date, a supplier, an amount) kept
  as the finance actuals by month.

Truth (a fact a reasonable PMO analyst could read two ways gets none): a job report's
budget column is the period's budget (``("budget", None)``, no value fact); its report date
is the period's last day; a quarter column is no month (left out); a category fact only
where the heading's words are plainly one of the standard's categories (``Staff costs`` is
Labour, ``Kit`` Hardware, ``Licences & subscriptions`` Software, ``Travel & subsistence``
Travel); a month and line with two purchase orders has no actual fact (as round 27's and
28's spend logs); a tool's ``Completed`` / ``Done`` status has no fact.
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
    _months,
    _put,
    _save,
    _sheet,
)
from adopt_layouts_tuning12 import RISK_STATUS, ToolExport, _layout_of

# ---------------------------------------------------------------------------------------
# Accounting packages' job / cost-centre reports (one period, Actual / Budget / Difference)
# ---------------------------------------------------------------------------------------

MONEY = "#,##0.00;(#,##0.00)"


def _job_report(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    top: list[str],
    head: list[str],
    accounts: list[tuple[str, str]],
    month: date,
    period_end: date,
    with_codes: bool,
    total: str,
) -> Built:
    """A package's report of accounts for one period: the block above, the header, the
    account lines (code and name, or the name alone), their Actual / Budget / Difference
    (and a percentage), and a total line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    for r, text in enumerate(top, start=1):
        if text:
            ws.cell(r, 1, text)
    header_row = len(top) + 2
    _put(ws, header_row, 1, [head])
    lines = rng.sample(accounts, 5)
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", period_end)]
    first = header_row + 1
    ta = tb = 0.0
    for r, (code, line) in enumerate(lines):
        budget = rng.randrange(6, 90) * 500.0
        actual = round(budget * rng.uniform(0.5, 1.2), 2)
        cells: list[object] = [code, line] if with_codes else [line]
        cells += [actual, budget, round(actual - budget, 2), round(actual / budget, 3)]
        _put(ws, first + r, 1, [cells])
        off = 2 if with_codes else 1
        for c in range(off + 1, off + 4):
            ws.cell(first + r, c).number_format = MONEY
        ws.cell(first + r, off + 4).number_format = "0.0%"
        ta, tb = ta + actual, tb + budget
        values.append(ValueFact("finance", (month, line), "actual", actual))
    tot: list[object] = ([None, total] if with_codes else [total]) + [
        round(ta, 2),
        tb,
        round(ta - tb, 2),
        round(ta / tb, 3),
    ]
    _put(ws, first + len(lines), 1, [tot])
    path = _save(wb, folder, name)
    if with_codes:
        targets: Targets = {"A": None, "B": "cost_line", "C": "actual", "D": ("budget", None)}
        targets |= {"E": None, "F": None}
    else:
        targets = {"A": "cost_line", "B": "actual", "C": ("budget", None), "D": None, "E": None}
    table = TruthTable(sheet, header_row, "finance", targets, {"finance": len(lines)})
    return Built(path, [table], values)


WINERY_ACCOUNTS = [
    ("6-1100", "Contract labour"),
    ("6-1250", "Barrel hire"),
    ("6-1310", "Electrical works"),
    ("6-1420", "Engineering fees"),
    ("6-1500", "Plant hire"),
    ("6-1610", "Council permits"),
    ("6-1720", "Freight"),
]


def nz_winery_myob_job_report(folder: Path, rng: random.Random) -> Built:
    """A New Zealand winery's MYOB job report for one month: the company block, the
    report's name, the period line `1/03/2026 To 31/03/2026`, the job, then account lines
    with `Actual`, `Budget`, `Difference`, `% of Budget`."""
    top = [
        "Waipara Hills Estate Ltd",
        "Job Profit & Loss [Budget Analysis]",
        "1/03/2026 To 31/03/2026",
        "Job: WH-07  Cellar Door Extension",
    ]
    head = ["Account No.", "Account Name", "Actual", "Budget", "Difference", "% of Budget"]
    return _job_report(
        folder,
        rng,
        name="nz_winery_myob_job_report",
        sheet="Job Budget Analysis",
        top=top,
        head=head,
        accounts=WINERY_ACCOUNTS,
        month=date(2026, 3, 1),
        period_end=date(2026, 3, 31),
        with_codes=True,
        total="Total Expenses",
    )


OBSERVATORY_ACCOUNTS = [
    ("Staff costs - project team", "7100"),
    ("Survey contractors", "7210"),
    ("Telescope dome repairs", "7320"),
    ("Scaffolding", "7330"),
    ("Site security", "7440"),
    ("Waste removal", "7550"),
    ("Design consultants", "7660"),
]


def uk_observatory_sage_cost_centre(folder: Path, rng: random.Random) -> Built:
    """A UK observatory's Sage cost centre report: `Period: 01/04/2026 to 30/04/2026` in
    the block above, the cost centre's name, the nominal's name alone, `Actual`, `Budget`,
    `Variance`, `Var %`."""
    top = [
        "Kielder Dark Sky Trust",
        "Cost Centre Budget Report - CC 140 Observatory Refit",
        "Period: 01/04/2026 to 30/04/2026",
        "Printed 06/05/2026 09:14",
    ]
    head = ["Nominal", "Actual", "Budget", "Variance", "Var %"]
    accounts = [(code, line) for line, code in OBSERVATORY_ACCOUNTS]
    return _job_report(
        folder,
        rng,
        name="uk_observatory_sage_cost_centre",
        sheet="CC140",
        top=top,
        head=head,
        accounts=accounts,
        month=date(2026, 4, 1),
        period_end=date(2026, 4, 30),
        with_codes=False,
        total="Total",
    )


FERRY_ACCOUNTS = [
    ("420", "Marine contractors"),
    ("425", "Diving inspections"),
    ("430", "Steel fabrication"),
    ("445", "Crane barge hire"),
    ("460", "Project management"),
    ("470", "Environmental monitoring"),
    ("480", "Navigation lights"),
]


def au_ferry_xero_budget_variance(folder: Path, rng: random.Random) -> Built:
    """An Australian ferry operator's Xero `Budget Variance` for a tracking category (the
    pontoon job): `For the month ended 30 June 2026`, account codes and names, `Actual`,
    `Budget`, `Variance`, `Variance %`."""
    top = [
        "Budget Variance",
        "Harbour Ferries Pty Ltd",
        "For the month ended 30 June 2026",
        "Tracking category: Job = Pontoon 4 refit",
    ]
    head = ["Code", "Account", "Actual", "Budget", "Variance", "Variance %"]
    return _job_report(
        folder,
        rng,
        name="au_ferry_xero_budget_variance",
        sheet="Budget Variance",
        top=top,
        head=head,
        accounts=FERRY_ACCOUNTS,
        month=date(2026, 6, 1),
        period_end=date(2026, 6, 30),
        with_codes=True,
        total="Total Operating Expenses",
    )


CREMATORIUM_ACCOUNTS = [
    ("Cremator relining", "5010"),
    ("Abatement plant", "5020"),
    ("Building works", "5030"),
    ("Architect", "5040"),
    ("Mechanical & electrical", "5050"),
    ("Temporary facilities", "5060"),
    ("Staff overtime", "5070"),
]


def ca_crematorium_quickbooks_class(folder: Path, rng: random.Random) -> Built:
    """A Canadian crematorium's QuickBooks `Budget vs. Actuals` filtered to one class: the
    period line `01/05/2026 - 31/05/2026`, the account alone, `Actual`, `Budget`,
    `Difference`, `% of Budget`."""
    top = [
        "Riverview Memorial Society",
        "Budget vs. Actuals: Cremator Replacement (Class)",
        "01/05/2026 - 31/05/2026",
        "",
    ]
    head = ["Account", "Actual", "Budget", "Difference", "% of Budget"]
    accounts = [(code, line) for line, code in CREMATORIUM_ACCOUNTS]
    return _job_report(
        folder,
        rng,
        name="ca_crematorium_quickbooks_class",
        sheet="Sheet1",
        top=top,
        head=head,
        accounts=accounts,
        month=date(2026, 5, 1),
        period_end=date(2026, 5, 31),
        with_codes=False,
        total="Total Expenses",
    )


# ---------------------------------------------------------------------------------------
# Resource plans grouped by team, a quarter column after each quarter's months
# ---------------------------------------------------------------------------------------


def _resource_plan(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    teams: dict[str, list[tuple[str, str]]],
    first: date,
    label: str,
    q_label: str,
    person_first: bool,
) -> Built:
    """Team heading rows, then each team's people (person, role), six months with a
    quarter's total column after each three, a total column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    months = _months(first, 6)
    heads: list[object] = ["Name", "Role"] if person_first else ["Role", "Name"]
    cols: list[date | None] = []
    for q in range(2):
        for m in months[3 * q : 3 * q + 3]:
            heads.append(m if label == "date" else f"{m:%b-%y}")
            cols.append(m)
        heads.append(q_label.format(q=q + 1))
        cols.append(None)
    heads.append("Total")
    _put(ws, 3, 1, [heads])
    if label == "date":
        for c, m in enumerate(cols, start=3):
            if m is not None:
                ws.cell(3, c).number_format = "mmm-yy"
    row = 4
    k = 0
    values: list[ValueFact] = []
    for team, people in teams.items():
        ws.cell(row, 1, team)
        row += 1
        for person, role in rng.sample(people, len(people)):
            days = [rng.choice([0, 2, 4, 5, 8, 10, 15]) for _ in months]
            cells: list[object] = [person, role] if person_first else [role, person]
            for q in range(2):
                part = days[3 * q : 3 * q + 3]
                cells += [d or None for d in part] + [sum(part)]
            cells.append(sum(days))
            _put(ws, row, 1, [cells])
            for m, d in zip(months, days, strict=True):
                if d:
                    values += [
                        ValueFact("resources", k, "person", person),
                        ValueFact("resources", k, "role", role),
                        ValueFact("resources", k, "month", m),
                        ValueFact("resources", k, "planned_days", float(d)),
                    ]
                    k += 1
            row += 1
    path = _save(wb, folder, name)
    targets: Targets = (
        {"A": "person", "B": "role"} if person_first else {"A": "role", "B": "person"}
    )
    table = TruthTable(sheet, 3, "resources", targets, {"resources": k})
    return Built(path, [table], values)


SPACEPORT_TEAMS = {
    "Launch Systems": [
        ("Ewan Mackay", "Propulsion engineer"),
        ("Isla Fraser", "Test lead"),
        ("Ruaridh Munro", "Technician"),
    ],
    "Ground Operations": [
        ("Catriona Bell", "Range safety officer"),
        ("Hamish Ross", "Site manager"),
    ],
    "Regulatory": [("Morag Sinclair", "Licensing specialist")],
}


def uk_spaceport_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Scottish spaceport's resource plan in days: team heading rows, `Apr-26` text
    months, a `Q1` column after each quarter (the fiscal year from April), a total."""
    return _resource_plan(
        folder,
        rng,
        name="uk_spaceport_resource_plan",
        sheet="Resource Plan",
        title="Sutherland Pad 2 - Resource Plan FY26/27 (days)",
        teams=SPACEPORT_TEAMS,
        first=date(2026, 4, 1),
        label="text",
        q_label="Q{q}",
        person_first=True,
    )


HOSPICE_TEAMS = {
    "Clinical": [
        ("Ward manager", "Adaeze Okonkwo"),
        ("Nurse educator", "Bronwyn Hughes"),
    ],
    "Estates": [
        ("Clerk of works", "Dafydd Evans"),
        ("Facilities officer", "Sian Lloyd"),
        ("Electrician", "Gareth Price"),
    ],
    "Digital": [("Systems analyst", "Rhian Jenkins")],
}


def uk_hospice_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Welsh hospice's resource plan: role first, team heading rows, month dates shown
    `mmm-yy`, a `Q1 total` column after each quarter, a total."""
    return _resource_plan(
        folder,
        rng,
        name="uk_hospice_resource_plan",
        sheet="Resourcing",
        title="Inpatient Unit Refurbishment - resource plan (person-days per month)",
        teams=HOSPICE_TEAMS,
        first=date(2026, 1, 1),
        label="date",
        q_label="Q{q} total",
        person_first=False,
    )


# ---------------------------------------------------------------------------------------
# Cost trackers whose category headings are a PM's words for the standard's categories
# ---------------------------------------------------------------------------------------


def _category_tracker(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    groups: list[tuple[str, str | None, list[str]]],
    first: date,
    label: str,
) -> Built:
    """Heading rows in a PM's words (the standard's category where plain, else None), the
    lines under each, the months across with actuals for the first months, a total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    months = _months(first, 6)
    done = 3
    heads: list[object] = ["Cost line"]
    heads += [m if label == "date" else f"{m:%b %Y}" for m in months]
    heads.append("Total")
    _put(ws, 3, 1, [heads])
    if label == "date":
        for c in range(2, 2 + len(months)):
            ws.cell(3, c).number_format = "mmm-yy"
    row = 4
    values: list[ValueFact] = []
    count = 0
    for heading, category, lines in groups:
        ws.cell(row, 1, heading)
        row += 1
        for line in rng.sample(lines, min(2, len(lines))):
            amounts = [rng.randrange(4, 60) * 250.0 for _ in range(done)]
            _put(ws, row, 1, [[line, *amounts, *[None] * (len(months) - done), sum(amounts)]])
            for m, a in zip(months, amounts, strict=False):
                values.append(ValueFact("finance", (m, line), "actual", a))
                if category:
                    values.append(ValueFact("finance", (m, line), "category", category))
                count += 1
            row += 1
    path = _save(wb, folder, name)
    table = TruthTable(sheet, 3, "finance", {"A": "cost_line"}, {"finance": count})
    return Built(path, [table], values)


def ie_greenway_category_words(folder: Path, rng: random.Random) -> Built:
    """An Irish greenway's actuals tracker: heading rows `Staff costs`, `Consultants`,
    `Kit`, `Licences & subscriptions` over their lines, `Jan 2026` months across."""
    groups: list[tuple[str, str | None, list[str]]] = [
        ("Staff costs", "Labour", ["Project officer", "Site supervisor", "Ecologist (seconded)"]),
        ("Consultants", None, ["Route design", "Planning consultant"]),
        ("Kit", "Hardware", ["Trail counters", "Survey drones", "Laptops"]),
        ("Licences & subscriptions", "Software", ["GIS licences", "Mapping subscription"]),
    ]
    return _category_tracker(
        folder,
        rng,
        name="ie_greenway_category_words",
        sheet="Actuals",
        title="Barrow Greenway Phase 2 - actual spend by month (EUR)",
        groups=groups,
        first=date(2026, 1, 1),
        label="text",
    )


def za_reservoir_category_words(folder: Path, rng: random.Random) -> Built:
    """A South African reservoir's spend tracker: heading rows `People costs`,
    `Equipment`, `Software & licences`, `Travel & subsistence`, `Professional fees` over
    their lines, month dates across."""
    groups: list[tuple[str, str | None, list[str]]] = [
        ("People costs", "Labour", ["Resident engineer", "Community liaison officer"]),
        ("Equipment", "Hardware", ["Flow meters", "Telemetry units"]),
        ("Software & licences", "Software", ["SCADA licence", "Asset register subscription"]),
        ("Travel & subsistence", "Travel", ["Site visits", "Accommodation"]),
        ("Professional fees", None, ["Dam safety review", "Geotechnical advice"]),
    ]
    return _category_tracker(
        folder,
        rng,
        name="za_reservoir_category_words",
        sheet="Spend",
        title="Kwanobuhle Reservoir Upgrade - spend tracker (ZAR)",
        groups=groups,
        first=date(2026, 3, 1),
        label="date",
    )


# ---------------------------------------------------------------------------------------
# Registers printed with their title repeated at every page
# ---------------------------------------------------------------------------------------

SHIPYARD_RISKS = [
    "Steel plate deliveries slip past the keel laying",
    "Welders' pay dispute stops hull work",
    "Classification society asks for extra weld tests",
    "Dry dock gate seal fails its inspection",
    "Paint system supplier withdraws the warranty",
    "Crane rail settlement beyond tolerance",
    "Engine delivery held at customs",
    "Fire on board during hot works",
    "Design change from the owner after steel cut",
    "Ballast water rules change before delivery",
]


def _repeated_title_register(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    register: str,
    head: list[str],
    texts: list[str],
    statuses: dict[str, str],
    with_header: bool,
    page: int,
) -> Built:
    """A register whose title line (and, with ``with_header``, its header row) is printed
    again above every page of ``page`` items, a blank line before it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    _put(ws, 2, 1, [head])
    n = rng.randint(8, len(texts))
    row = 3
    values: list[ValueFact] = []
    key = {"risks": "title", "issues": "title"}[register]
    for i, text in enumerate(rng.sample(texts, n)):
        if i and i % page == 0:
            row += 1
            ws.cell(row, 1, f"{title} (continued)" if not with_header else title)
            row += 1
            if with_header:
                _put(ws, row, 1, [head])
                row += 1
        who = rng.choice(["A. Kowalski", "B. Nguyen", "C. Haddad", "D. O'Neill"])
        raised = date(2026, 1, 6) + timedelta(days=rng.randrange(70))
        st = rng.choice(list(statuses))
        ident = f"{register[0].upper()}{i + 1:03d}"
        _put(ws, row, 1, [[ident, text, who, raised, st]])
        ws.cell(row, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(register, i, key, text),
            ValueFact(register, i, "owner", who),
            ValueFact(register, i, "raised_date", raised),
            ValueFact(register, i, "status", statuses[st]),
        ]
        row += 1
    path = _save(wb, folder, name)
    targets: Targets = {"A": ("id", None), "B": key, "C": "owner", "D": "raised_date"}
    targets |= {"E": "status"}
    table = TruthTable(sheet, 2, register, targets, {register: n})
    return Built(path, [table], values)


def pl_shipyard_risk_register_pages(folder: Path, rng: random.Random) -> Built:
    """A Polish shipyard's risk register printed in pages: its title and header again
    above every four risks."""
    return _repeated_title_register(
        folder,
        rng,
        name="pl_shipyard_risk_register_pages",
        sheet="Risk Register",
        title="Gdynia Yard - Hull 512 Risk Register",
        register="risks",
        head=["Risk ID", "Risk", "Owner", "Date raised", "Status"],
        texts=SHIPYARD_RISKS,
        statuses=RISK_STATUS,
        with_header=True,
        page=4,
    )


STADIUM_ISSUES = [
    "Turnstile firmware rejects the new tickets",
    "Floodlight tower bolts fail the torque check",
    "Pitch drainage blocked after the concert",
    "CCTV coverage gap at gate C",
    "Catering contractor short of food hygiene staff",
    "Roof membrane leaking over block 112",
    "Accessible seating platform too narrow",
    "PA system drops out in the north stand",
    "Steward briefing room not handed over",
]


def nz_stadium_issue_log_pages(folder: Path, rng: random.Random) -> Built:
    """A New Zealand stadium's issue log printed in pages: `... (continued)` title lines
    above every three issues, no header repeated."""
    return _repeated_title_register(
        folder,
        rng,
        name="nz_stadium_issue_log_pages",
        sheet="Issues",
        title="Eden Park Upgrade - Issue Log",
        register="issues",
        head=["Ref", "Issue", "Assigned to", "Logged", "Status"],
        texts=STADIUM_ISSUES,
        statuses={"Open": "Open", "In progress": "In Progress", "Resolved": "Resolved"},
        with_header=False,
        page=3,
    )


# ---------------------------------------------------------------------------------------
# Task tools' exports kept as registers (tools round 28's tuning batch did not take)
# ---------------------------------------------------------------------------------------

EXPORTS_A: tuple[ToolExport, ...] = (
    ToolExport(
        "teamwork_quay_issue_log",
        "Teamwork",
        "issues",
        "Tasks",
        "Quay wall repairs - issue log (Teamwork)",
        (
            ("ID", "id"),
            ("Task list", "section"),
            ("Task", "title"),
            ("Description", "desc"),
            ("Assigned to", "assignee"),
            ("Start date", "start"),
            ("Due date", "due"),
            ("Priority", "priority"),
            ("Progress", "progress"),
            ("Tags", "tags"),
            ("Created by", "author"),
            ("Created on", "created"),
            ("Status", "status"),
        ),
        {"New": "Open", "Active": None, "Completed": None},  # Active: Open or In Progress
        date_form="uk",
        id_form="{n}",
        sections=("Quay wall issues",),
    ),
    ToolExport(
        "zoho_bakery_risk_register",
        "Zoho Projects",
        "risks",
        "Sheet1",
        "zoho_projects_tasks",
        (
            ("Task ID", "id"),
            ("Task Name", "title"),
            ("Task List", "section"),
            ("Owner", "assignee"),
            ("Custom Status", "status"),
            ("Start Date", "start"),
            ("Due Date", "due"),
            ("Created Time", "created"),
            ("Completion Date", "completed"),
            ("Tags", "tags"),
            ("Duration", "estimate"),
        ),
        RISK_STATUS,
        date_form="mdy_words",
        id_form="BKR-T{n}",
        title_rows=("Bakery line 3 - Risk Register",),
        sections=("General",),
    ),
)

EXPORTS_B: tuple[ToolExport, ...] = (
    ToolExport(
        "clickup_lighthouse_risks",
        "ClickUp",
        "risks",
        "Risks",
        "clickup_export_lighthouse",
        (
            ("Task ID", "id"),
            ("Task Name", "title"),
            ("Task Content", "desc"),
            ("Status", "status"),
            ("Assignees", "assignee"),
            ("Priority", "extra"),
            ("Due Date", "due"),
            ("Start Date", "start"),
            ("Date Created", "created"),
            ("Date Closed", "completed"),
            ("Tags", "tags"),
            ("List Name", "section"),
        ),
        {"open": "Open", "monitoring": "Monitoring", "closed": "Closed"},
        date_form="iso_z",
        id_form="86b{n}x",
        sections=("Lighthouse restoration",),
    ),
    ToolExport(
        "basecamp_library_issues",
        "Basecamp",
        "issues",
        "To-dos",
        "Library fit-out - issues (Basecamp to-dos)",
        (
            ("To-do list", "section"),
            ("To-do", "title"),
            ("Notes", "desc"),
            ("Assigned to", "assignee"),
            ("Due on", "due"),
            ("Added by", "author"),
            ("Added on", "created"),
            ("Completed", "status"),
        ),
        {"No": "Open", "Yes": None},
        date_form="mdy_words",
        sections=("Snags and issues",),
    ),
)

# ---------------------------------------------------------------------------------------
# Spend / purchase-order logs kept as the finance actuals
# ---------------------------------------------------------------------------------------


def _po_log(
    folder: Path,
    rng: random.Random,
    *,
    name: str,
    sheet: str,
    title: str,
    head: list[str],
    lines: list[str],
    suppliers: list[str],
    first: date,
    ref: str,
    money: str,
) -> Built:
    """One purchase order or invoice a row: a date, a reference, a supplier, a
    description, the budget line, the amount (columns in ``head``'s order: date, ref,
    supplier, description, line, amount)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    _put(ws, 3, 1, [head])
    months = _months(first, 3)
    rows: list[tuple[date, str, float]] = []
    for month in months:
        for line in rng.sample(lines, 3):
            for _ in range(rng.choice([1, 1, 1, 2])):
                rows.append(
                    (month.replace(day=rng.randint(2, 27)), line, rng.randrange(4, 80) * 125.0)
                )
    rows.sort()
    per: dict[tuple[date, str], list[float]] = {}
    for r, (day, line, amount) in enumerate(rows):
        cells: list[object] = [day, ref.format(n=3100 + r), rng.choice(suppliers)]
        cells += [f"{line} - order {r + 1}", line, amount]
        _put(ws, 4 + r, 1, [cells])
        ws.cell(4 + r, 1).number_format = "dd/mm/yyyy"
        ws.cell(4 + r, 6).number_format = money
        per.setdefault((day.replace(day=1), line), []).append(amount)
    values = [ValueFact("finance", key, "actual", a[0]) for key, a in per.items() if len(a) == 1]
    path = _save(wb, folder, name)
    targets: Targets = {"A": "month", "B": None, "C": None, "D": ("notes", None)}
    targets |= {"E": "cost_line", "F": "actual"}
    table = TruthTable(sheet, 3, "finance", targets, {"finance": len(per)})
    return Built(path, [table], values)


def sg_hawker_po_log(folder: Path, rng: random.Random) -> Built:
    """A Singapore hawker centre's purchase-order log kept as the project's actuals:
    `PO Date | PO No. | Supplier | Description | Cost Centre | Net Amount`."""
    return _po_log(
        folder,
        rng,
        name="sg_hawker_po_log",
        sheet="PO Log",
        title="Bedok Hawker Centre Renewal - Purchase Orders",
        head=["PO Date", "PO No.", "Supplier", "Description", "Cost Centre", "Net Amount"],
        lines=["Stall fit-out", "Ventilation", "Electrical", "Signage", "Cleaning"],
        suppliers=["Koh Brothers", "Lian Beng", "Tiong Seng", "Hexacon"],
        first=date(2026, 2, 1),
        ref="PO-{n}",
        money="#,##0.00",
    )


def us_aquarium_invoice_log(folder: Path, rng: random.Random) -> Built:
    """A US aquarium's spend log of invoices kept as the finance actuals: `Posted |
    Invoice # | Vendor | Memo | GL Account | Net ($)`."""
    return _po_log(
        folder,
        rng,
        name="us_aquarium_invoice_log",
        sheet="Spend",
        title="Reef Gallery Exhibit - Spend Log",
        head=["Posted", "Invoice #", "Vendor", "Memo", "GL Account", "Net ($)"],
        lines=["Acrylic panels", "Life support systems", "Exhibit graphics", "Contract labor"],
        suppliers=["Reynolds Polymer", "Aquatic Enterprises", "Pentair", "Local 46"],
        first=date(2026, 4, 1),
        ref="INV{n}",
        money="$#,##0.00",
    )


TUNING_13_A: tuple[Layout, ...] = (
    Layout(
        "nz_winery_myob_job_report",
        "MYOB job report: period line, Actual / Budget / Difference",
        nz_winery_myob_job_report,
    ),
    Layout(
        "uk_observatory_sage_cost_centre",
        "Sage cost centre report: period line, Actual / Budget / Variance",
        uk_observatory_sage_cost_centre,
    ),
    Layout(
        "uk_spaceport_resource_plan",
        "resource plan by team with quarter columns",
        uk_spaceport_resource_plan,
    ),
    Layout(
        "ie_greenway_category_words",
        "category headings in a PM's words",
        ie_greenway_category_words,
    ),
    Layout(
        "pl_shipyard_risk_register_pages",
        "register with title and header repeated at every page",
        pl_shipyard_risk_register_pages,
    ),
    *(_layout_of(s) for s in EXPORTS_A),
    Layout("sg_hawker_po_log", "purchase-order log as the finance actuals", sg_hawker_po_log),
)

TUNING_13_B: tuple[Layout, ...] = (
    Layout(
        "au_ferry_xero_budget_variance",
        "Xero budget variance: month-ended line, Actual / Budget / Variance",
        au_ferry_xero_budget_variance,
    ),
    Layout(
        "ca_crematorium_quickbooks_class",
        "QuickBooks budget vs actuals: period line, Actual / Budget / Difference",
        ca_crematorium_quickbooks_class,
    ),
    Layout(
        "uk_hospice_resource_plan",
        "resource plan by team with quarter total columns",
        uk_hospice_resource_plan,
    ),
    Layout(
        "za_reservoir_category_words",
        "category headings in a PM's words",
        za_reservoir_category_words,
    ),
    Layout(
        "nz_stadium_issue_log_pages",
        "register with its title repeated at every page",
        nz_stadium_issue_log_pages,
    ),
    *(_layout_of(s) for s in EXPORTS_B),
    Layout(
        "us_aquarium_invoice_log", "invoice log as the finance actuals", us_aquarium_invoice_log
    ),
)
