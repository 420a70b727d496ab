"""Ad-hoc legacy registers, in the layouts PMOs really keep (see the public corpus's
SOURCES.md): a title block and KPI cards above a header in row 11 from column B, L/M/H
likelihood, dates typed as text, a mixed RAID list with a Type column, a finance
tracker with months as columns, a Spanish register with fill colours, a resource plan
with weeks across, a Jira export, a budget by quarter, an issue log in Hausa, a finance
tracker with its months down, a weekly cost tracker kept in French, a bilingual risk
register kept for two years (English over French header rows, a row marked DELETED, an
``Owner (new)`` column, a ``CLOSED ITEMS`` heading) and a board pack's issue log pasted back
from its PDF (a version table, page lines, the header again, a description cut over two
rows, a sign-off block) and an Indian office's cost tracker built as an Excel tool (a Settings
sheet with the financial year and INR, a Table in lakh, a formula column saved with no
value, a hidden Lists sheet) and a government major-project return (an SRO, a delivery
confidence assessment in five colours, key risks, costs by financial year across)
and a project's RAID template in its second week (an Instructions and a Lists sheet, an
example row and a row of ``<...>`` prompts above three real risks, TBC dates, TBA owners, a
Finance sheet with only the budget). They are what ``pmo adopt`` converts;
in a consolidation they show as "not a standard workbook".
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.cells import column_letter
from addin.demo.capacity import ARCHITECT
from addin.demo.portfolio import add_months
from addin.demo.vocabulary import FIRST_NAMES, ISSUES, LAST_NAMES, RISK_EVENTS
from addin.derived import month_start

LEGACY_FOLDER = "legacy"


@dataclass(frozen=True)
class LegacyFile:
    """A legacy register written for the demo."""

    file: str  # relative to the portfolio folder
    style: str  # what layout it imitates
    registers: tuple[str, ...]  # register keys it holds


def _workbook(path: Path) -> Workbook:
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    book.set_properties({"author": "PMO", "created": datetime(2024, 1, 8, 9, 0, 0)})
    return book


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _risk_text(rng: random.Random, area: str) -> tuple[str, str]:
    category = rng.choice(sorted(RISK_EVENTS))
    title, cause, effect = rng.choice(RISK_EVENTS[category])
    return category, f"{title.format(area=area)}: because {cause}, {effect}."


def _uk(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def raid_log_row11(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A RAID log with a document-control strip, KPI cards and the header in row 11 from B."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 16, "font_color": "#1F3864"})
    label = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    card = book.add_format({"bold": True, "align": "center", "bg_color": "#FCE4D6", "border": 1})
    value = book.add_format({"align": "center", "font_size": 14, "border": 1})
    header = book.add_format(
        {"bold": True, "bg_color": "#1F3864", "font_color": "white", "text_wrap": True, "border": 1}
    )
    cell = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    areas = ("branch cabling", "router swap", "site surveys", "cutover weekends")
    pm = _person(rng)
    levels = ("L", "M", "H")
    statuses = ("Open", "Open", "Open", "Closed", "On Hold")

    sheet = book.add_worksheet("Risks")
    sheet.set_column("B:B", 10)
    sheet.set_column("C:C", 14)
    sheet.set_column("D:E", 42)
    sheet.set_column("F:H", 12)
    sheet.set_column("I:I", 40)
    sheet.set_column("J:N", 14)
    sheet.write_string("B2", "RAID LOG - RISKS: Branch Network Refresh", title)
    strip = (
        ("B5", "Project Name"), ("C5", "Branch Network Refresh"), ("F5", "Project Manager"),
        ("G5", pm), ("I5", "Project Code"), ("J5", "NET-0457"), ("K5", "Version"),
        ("L5", "2.3"), ("M5", "Last Updated"), ("N5", _uk(as_of - timedelta(days=40))),
    )  # fmt: skip
    for ref, text in strip:
        sheet.write_string(ref, text, label if ref[0] in "BFIKM" else cell)
    cards = (
        ("B", "TOTAL RISKS", "=COUNTA(B12:B200)"),
        ("D", "OPEN", '=COUNTIF(M12:M200,"Open")'),
        ("F", "CLOSED", '=COUNTIF(M12:M200,"Closed")'),
        ("H", "HIGH RATED", '=COUNTIF(H12:H200,"High")'),
    )
    for col, text, formula in cards:
        sheet.write_string(f"{col}8", text, card)
        sheet.write_formula(f"{col}9", formula, value)
    headers = (
        "Risk ID", "Category", "Risk Description", "Trigger / Cause", "Likelihood (L/M/H)",
        "Impact (L/M/H)", "Risk Rating", "Mitigation Plan", "Owner", "Date Raised",
        "Review Date", "Status", "Remarks",
    )  # fmt: skip
    sheet.write_row("B11", headers, header)
    for n in range(1, 19):
        area = rng.choice(areas)
        category, text = _risk_text(rng, area)
        likelihood, impact = rng.choice(levels), rng.choice(levels)
        rating = {"LL": "Low", "HH": "High"}.get(likelihood + impact, "Medium")
        raised = as_of - timedelta(days=rng.randint(20, 300))
        row = (
            f"RSK-{n:02d}", category, text, f"Supplier capacity on {area}", likelihood, impact,
            rating, f"Weekly call with the {area} supplier; escalate slippage to the board.",
            rng.choice([_person(rng), _person(rng), "TBC"]), _uk(raised),
            _uk(raised + timedelta(days=60)), rng.choice(statuses), "",
        )  # fmt: skip
        sheet.write_row(10 + n, 1, row, cell)

    issues = book.add_worksheet("Issues")
    issues.write_string("B2", "RAID LOG - ISSUES: Branch Network Refresh", title)
    issues.write_row(
        "B11",
        (
            "Issue ID", "Category", "Issue Description", "Impact", "Priority", "Raised By",
            "Owner", "Date Raised", "Target Date", "Status", "Resolution Action",
        ),
        header,
    )  # fmt: skip
    for n in range(1, 9):
        area = rng.choice(areas)
        raised = as_of - timedelta(days=rng.randint(5, 120))
        issues.write_row(
            10 + n,
            1,
            (
                f"ISS-{n:02d}", "Delivery", f"Delay on {area}", rng.choice(levels),
                rng.choice(("P1", "P2", "P3")), _person(rng), _person(rng), _uk(raised),
                _uk(raised + timedelta(days=30)), rng.choice(("Open", "Resolved")),
                f"Re-plan {area} with the supplier.",
            ),
            cell,
        )  # fmt: skip
    book.close()
    return LegacyFile(
        "",
        "title block, KPI cards, header row 11 from column B, L/M/H, text dates",
        ("risks", "issues"),
    )


def mixed_raid_list(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """One sheet mixing risks, assumptions, issues and dependencies, told apart by R/A/I/D."""
    book = _workbook(path)
    header = book.add_format({"bold": True, "bg_color": "#E2EFDA", "border": 1})
    date_fmt = book.add_format({"num_format": "dd-mmm-yy"})
    sheet = book.add_worksheet("RAID Log")
    sheet.set_column("C:C", 60)
    sheet.set_column("D:H", 14)
    sheet.write_row(
        "B2",
        ("S. No", "Description", "R/A/I/D", "Owner", "Date Raised", "Current Status", "Impact (H/M/L)", "Comments"),
        header,
    )  # fmt: skip
    texts = {
        "R": [
            "Payroll cut-over clashes with the year-end freeze",
            "Employee data migration may not reconcile with the old HR system",
            "Managers may not adopt self-service approvals",
            "Vendor release of the leave module may slip",
            "Data protection impact assessment not yet signed off",
            "Union consultation may delay the new absence policy",
            "Single sign-on licences may not cover contractors",
            "Mobile app performance on old handsets",
            "Key payroll SME leaves during testing",
        ],
        "A": [
            "HR business partners are available for two days of UAT a week",
            "The current HR system can export history for five years",
            "No change to the pay calendar before go-live",
        ],
        "I": [
            "Single sign-on fails for contractors in the test tenant",
            "Test environment refresh overwrote the pay rules",
            "Org chart data has 300 missing line managers",
        ],
        "D": [
            "Needs the identity integration from the Identity and Access Refresh project",
            "Needs the finance cost-centre feed from the Data Platform team",
        ],
    }
    order = [(kind, text) for kind, lines in texts.items() for text in lines]
    rng.shuffle(order)
    for n, (kind, text) in enumerate(order, start=1):
        raised = as_of - timedelta(days=rng.randint(3, 200))
        sheet.write_number(n + 1, 1, n)
        sheet.write_string(n + 1, 2, text)
        sheet.write_string(n + 1, 3, kind)
        sheet.write_string(n + 1, 4, _person(rng))
        sheet.write_datetime(n + 1, 5, datetime(raised.year, raised.month, raised.day), date_fmt)
        sheet.write_string(n + 1, 6, rng.choice(("Open", "WIP", "Closed", "Open")))
        sheet.write_string(n + 1, 7, rng.choice("HML"))
    book.close()
    return LegacyFile(
        "",
        "one mixed RAID list with an R/A/I/D type column, header row 2 from column B",
        ("risks", "assumptions", "issues", "dependencies"),
    )


def finance_months_as_columns(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A finance tracker: one block of Budget/Actual/Forecast rows per cost line, months across,
    in thousands of pounds as its title says (adoption scales each amount by the title's unit
    and says so)."""
    book = _workbook(path)
    bold = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format(
        {"bold": True, "bg_color": "#FFF2CC", "border": 1, "num_format": "mmm-yy"}
    )
    money = book.add_format({"num_format": "#,##0.0", "border": 1})
    sheet = book.add_worksheet("Tracker")
    first = add_months(month_start(as_of), -6)
    months = [add_months(first, n) for n in range(12)]
    sheet.write_string(
        "A1", "Treasury System Upgrade - finance tracker (all figures in £000s)", bold
    )
    sheet.write_string("A2", f"Actuals to end of {add_months(month_start(as_of), -1):%B %Y}")
    sheet.write_row("A4", ("Cost Line", "Capex/Opex", "Measure"), header)
    for n, month in enumerate(months):
        sheet.write_datetime(3, 3 + n, datetime(month.year, month.month, 1), header)
    sheet.write_string(3, 15, "Total", header)
    row = 4
    lines = (
        ("Vendor licences", "OpEx", 9.0),
        ("Implementation partner", "CapEx", 26.0),
        ("Internal staff", "OpEx", 14.0),
    )
    for name, kind, base in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            sheet.write_string(row, 0, name)
            sheet.write_string(row, 1, kind)
            sheet.write_string(row, 2, measure)
            for n, month in enumerate(months):
                past = month < month_start(as_of)
                if measure == "Actual" and not past:
                    continue
                amount = base * rng.uniform(0.9, 1.1) if measure != "Budget" else base
                sheet.write_number(row, 3 + n, round(amount, 2), money)
            sheet.write_formula(row, 15, f"=SUM(D{row + 1}:O{row + 1})", money)
            row += 1
    book.close()
    return LegacyFile(
        "",
        "finance tracker in £000s with months as columns and Budget/Actual/Forecast rows",
        ("finance",),
    )


def risk_register_row3(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A risk register with legends inside its headers (line breaks), header row 3 from B."""
    book = _workbook(path)
    header = book.add_format({"bold": True, "text_wrap": True, "bg_color": "#DDEBF7", "border": 1})
    sheet = book.add_worksheet("Risk Assessment")
    sheet.write_string(
        "B1",
        "Marketing Data Hub - Risk Assessment",
        book.add_format({"bold": True, "font_size": 14}),
    )
    headers = (
        "#", "Risk Description", "Risk Impact\nLow Medium High", "Prob-ability\n1=low 2=med 3=high",
        "Impact\n1=low 2=med 3=high", "Risk Value\n(P x I)", "Risk Response\n(Accept / Avoid / Transfer / Mitigate)",
        "Owner", "Date Raised\nDD/MM/YYYY", "Next Review\nDD/MM/YYYY", "Status",
    )  # fmt: skip
    sheet.set_row(2, 45)
    sheet.set_column("C:C", 50)
    sheet.write_row("B3", headers, header)
    for n in range(1, 15):
        _category, text = _risk_text(
            rng, rng.choice(("consent data", "campaign tooling", "data feeds"))
        )
        p, i = rng.randint(1, 3), rng.randint(1, 3)
        raised = as_of - timedelta(days=rng.randint(10, 250))
        row = 2 + n
        sheet.write_number(row, 1, n)
        sheet.write_string(row, 2, text)
        sheet.write_string(row, 3, ("Low", "Medium", "High")[max(p, i) - 1])
        sheet.write_number(row, 4, p)
        sheet.write_number(row, 5, i)
        sheet.write_formula(row, 6, f"=E{row + 1}*F{row + 1}")
        sheet.write_string(row, 7, rng.choice(("Accept", "Avoid", "Transfer", "Mitigate")))
        sheet.write_string(row, 8, _person(rng))
        sheet.write_string(row, 9, _uk(raised))
        sheet.write_string(row, 10, _uk(raised + timedelta(days=30)))
        sheet.write_string(row, 11, rng.choice(("Open", "Open", "Closed")))
    book.close()
    return LegacyFile(
        "",
        "header row 3 from column B, legends and line breaks inside headers, text dates",
        ("risks",),
    )


_RIESGOS = (
    ("Retraso en la entrega de los racks por el proveedor", "Logística"),
    ("Corte eléctrico durante la ventana de migración", "Infraestructura"),
    ("Licencias de software no transferibles al nuevo CPD", "Contratos"),
    ("Falta de personal de guardia en el fin de semana de traslado", "Personas"),
    ("Latencia de red mayor de la prevista entre sedes", "Red"),
    ("Copias de seguridad incompletas antes del apagado", "Datos"),
    ("Permisos municipales de obra sin concluir", "Permisos"),
    ("Subida del precio de la energía en el contrato de colocation", "Costes"),
)
_HITOS = (
    "Contrato de colocation firmado",
    "Racks instalados en el nuevo CPD",
    "Red entre sedes en servicio",
    "Migración de entornos de prueba",
    "Migración de producción",
    "Apagado del CPD antiguo",
)
#: Fills a Spanish PMO uses for a milestone's state: red, amber, green (no text in the cell).
_RAG_FILLS = ("#FF0000", "#FFC000", "#00B050")


def spanish_register_with_colours(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A Spanish risk register kept as an Excel table named ``tblRiesgos`` under a title
    block, and a milestone plan whose state is only a cell's fill (red, amber, green): what
    a multinational PMO's Madrid office keeps. Adoption reads the headers and values in
    Spanish, the table's name, and the colours, each reading stated (docs/adopt.md)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    date_fmt = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("Riesgos")
    sheet.write_string("A1", "Registro de riesgos - Traslado del CPD de Madrid", title)
    sheet.write_string("A2", f"Jefe de proyecto: {_person(rng)}")
    sheet.set_column("B:B", 50)
    sheet.set_column("C:I", 16)
    levels = ("Alta", "Media", "Baja")
    rows = []
    for n, (text, category) in enumerate(_RIESGOS, start=1):
        raised = as_of - timedelta(days=rng.randint(20, 160))
        rows.append(
            [
                f"R-{n:02d}",
                text,
                category,
                _person(rng),
                rng.choice(levels),
                rng.choice(levels),
                rng.choice(("Abierto", "Abierto", "Abierto", "Cerrado")),
                _uk(raised),
                _uk(raised + timedelta(days=rng.randint(30, 120))),
            ]
        )
    headers = (
        "Nº", "Riesgo", "Categoría", "Responsable", "Probabilidad", "Impacto", "Estado",
        "Fecha de alta", "Fecha límite",
    )  # fmt: skip
    sheet.add_table(
        3, 0, 3 + len(rows), len(headers) - 1,
        {"name": "tblRiesgos", "data": rows, "columns": [{"header": h} for h in headers],
         "style": "Table Style Medium 2"},
    )  # fmt: skip
    plan = book.add_worksheet("Hitos")
    plan.write_string("A1", "Plan de hitos - Traslado del CPD de Madrid", title)
    plan.write_row("A3", ("Hito", "Responsable", "Fecha base", "Fecha prevista", "Estado RAG"))
    plan.set_column("A:A", 40)
    plan.set_column("B:E", 16)
    fills = [book.add_format({"bg_color": colour}) for colour in _RAG_FILLS]
    start = month_start(as_of)
    for n, name in enumerate(_HITOS):
        baseline = add_months(start, n - 2) + timedelta(days=14)
        forecast = baseline + timedelta(days=rng.choice((0, 0, 7, 21)))
        row = 3 + n
        plan.write_string(row, 0, name)
        plan.write_string(row, 1, _person(rng))
        plan.write_datetime(row, 2, datetime.combine(baseline, datetime.min.time()), date_fmt)
        plan.write_datetime(row, 3, datetime.combine(forecast, datetime.min.time()), date_fmt)
        late = (forecast - baseline).days
        plan.write_blank(row, 4, None, fills[0 if late > 14 else 1 if late else 2])
    book.close()
    return LegacyFile(
        "",
        "Spanish headers and values, an Excel table named tblRiesgos, milestone states as fill "
        "colours only",
        ("risks", "milestones"),
    )


#: The team of the hand-kept resource plan: (role, name, usual days a week). The architect
#: is the demo's over-allocated Priya Raman (``capacity.ARCHITECT``): this plan asks her
#: for two days a week on top of the portfolio's projects. The others' surnames are not in
#: ``vocabulary.LAST_NAMES``, so no project's team shares a name with them at any seed
#: (adopted and consolidated, the plan adds to Priya Raman's demand and no one else's).
_PLAN_TEAM = (
    ("Project Manager", "Grace Adeyemi", 3.0),
    ("Business Analyst", "Ravi Menon", 4.0),
    ("Solution Architect", ARCHITECT[0], 2.0),
    ("Developer", "Niamh Doyle", 5.0),
    ("Developer", "Mateo Ruiz", 5.0),
    ("Tester", "Aisha Bello", 3.0),
    ("Change Manager", "Callum Reid", 1.5),
)
PLAN_WEEKS = 12


def resource_plan_by_week(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A project's resource plan as a PM keeps it by hand: a title, ``Role | Name``, days per
    week across under week-commencing dates (12 Mondays), a Total column and a Total row.
    Adoption sums each person's weeks into months (a week counts in the month its Monday
    falls in) for the Resources register the capacity check reads."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "align": "center"})
    week_fmt = book.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "border": 1, "num_format": "dd-mmm"}
    )
    days_fmt = book.add_format({"num_format": "0.0", "border": 1, "align": "center"})
    text_fmt = book.add_format({"border": 1})
    total_fmt = book.add_format({"bold": True, "num_format": "0.0", "border": 1})
    sheet = book.add_worksheet("Resource Plan")
    sheet.set_column("A:B", 20)
    sheet.set_column(2, 1 + PLAN_WEEKS, 8)
    first = as_of - timedelta(days=as_of.weekday()) - timedelta(weeks=2)
    weeks = [first + timedelta(weeks=n) for n in range(PLAN_WEEKS)]
    sheet.write_string("A1", "Customer Portal Rebuild - resource plan (days per week)", title)
    sheet.write_string(
        "A2",
        f"Project: Customer Portal Rebuild    Project Manager: {_PLAN_TEAM[0][1]}    "
        f"Project Code: WEB-0212    As at: {_uk(as_of)}",
    )
    sheet.merge_range(2, 2, 2, 1 + PLAN_WEEKS, "Week commencing", header)
    sheet.write_row("A4", ("Role", "Name"), header)
    for n, week in enumerate(weeks):
        sheet.write_datetime(3, 2 + n, datetime(week.year, week.month, week.day), week_fmt)
    last = 2 + PLAN_WEEKS
    sheet.write_string(3, last, "Total", header)
    week_totals = [0.0] * PLAN_WEEKS
    row = 4
    for role, name, usual in _PLAN_TEAM:
        sheet.write_string(row, 0, role, text_fmt)
        sheet.write_string(row, 1, name, text_fmt)
        total = 0.0
        for n, _week in enumerate(weeks):
            days = usual
            if rng.random() < 0.12:  # leave, a bank holiday, a half week on another project
                days = rng.choice((0.0, usual - 1.0, usual / 2))
            if role == "Change Manager" and n < 4:
                days = 0.0  # joins for the run-up to go-live
            if days <= 0:
                sheet.write_blank(row, 2 + n, None, days_fmt)
                continue
            sheet.write_number(row, 2 + n, days, days_fmt)
            total += days
            week_totals[n] += days
        span = f"C{row + 1}:{column_letter(last)}{row + 1}"
        sheet.write_formula(row, last, f"=SUM({span})", total_fmt, total)
        row += 1
    sheet.write_string(row, 0, "Total", total_fmt)
    sheet.write_blank(row, 1, None, total_fmt)
    for n in range(PLAN_WEEKS + 1):
        col = column_letter(3 + n)
        value = week_totals[n] if n < PLAN_WEEKS else sum(week_totals)
        sheet.write_formula(row, 2 + n, f"=SUM({col}5:{col}{row})", total_fmt, value)
    book.close()
    return LegacyFile(
        "",
        "a resource plan kept by hand: Role and Name, days per week across under "
        "week-commencing dates, Total column and row",
        ("resources",),
    )


#: A Jira project's workflow, as its issues export shows it: (state, share of issues, done).
#: ``In Review`` and ``Ready for QA`` are neither the standards' words nor aliases: adoption
#: reads them by their workflow-state category (docs/adopt.md, round 22) and says so.
_JIRA_WORKFLOW = (
    ("To Do", 3, False),
    ("In Progress", 3, False),
    ("In Review", 2, False),
    ("Ready for QA", 2, False),
    ("Done", 3, True),
    ("Won't Do", 1, True),
)
#: Jira's priority scheme, highest first.
_JIRA_PRIORITIES = ("Highest", "High", "Medium", "Low", "Lowest")
_JIRA_AREAS = ("card tokenisation", "3-D Secure checkout", "refund API", "settlement files")


def jira_issues_export(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A project's issue log kept as a Jira issues export: ``Issue key`` (PAY-123),
    ``Summary``, ``Assignee``, ``Reporter``, ``Status`` in the team's workflow states,
    ``Priority`` on Jira's Highest..Lowest, and ``Created``, ``Due date``, ``Resolved`` as
    date-times, the header in row 1 as Jira writes it. Adoption reads each workflow state by
    its category (``Ready for QA`` is in progress), states it and keeps it in the mapping
    file's ``list_words``."""
    book = _workbook(path)
    header = book.add_format({"bold": True})
    when = book.add_format({"num_format": "dd/mmm/yy h:mm AM/PM"})
    sheet = book.add_worksheet("Jira Issues")
    headers = (
        "Issue key", "Summary", "Assignee", "Reporter", "Status", "Priority", "Created",
        "Due date", "Resolved",
    )  # fmt: skip
    sheet.write_row(0, 0, headers, header)
    sheet.set_column("B:B", 50)
    sheet.set_column("C:I", 18)
    states = [state for state, share, _done in _JIRA_WORKFLOW for _ in range(share)]
    done = {state for state, _share, finished in _JIRA_WORKFLOW if finished}
    team = [_person(rng) for _ in range(5)]
    key = rng.randint(140, 220)
    for row in range(1, 17):
        title, _kind, _text = rng.choice(ISSUES)
        state = states[(row - 1) % len(states)]
        created = datetime.combine(
            as_of - timedelta(days=rng.randint(10, 150)), datetime.min.time()
        ) + timedelta(hours=rng.randint(8, 17), minutes=rng.randint(0, 59))
        due = created.date() + timedelta(days=rng.choice((14, 21, 28, 42)))
        key += rng.randint(1, 9)
        sheet.write_string(row, 0, f"PAY-{key}")
        sheet.write_string(row, 1, title.format(area=rng.choice(_JIRA_AREAS)).capitalize())
        sheet.write_string(row, 2, rng.choice(team))
        sheet.write_string(row, 3, rng.choice(team))
        sheet.write_string(row, 4, state)
        sheet.write_string(row, 5, rng.choice(_JIRA_PRIORITIES))
        sheet.write_datetime(row, 6, created, when)
        sheet.write_datetime(row, 7, datetime.combine(due, datetime.min.time()), when)
        if state in done:
            resolved = min(
                created + timedelta(days=rng.randint(3, 40)),
                datetime.combine(as_of, datetime.min.time()),
            )
            sheet.write_datetime(row, 8, resolved, when)
    book.close()
    return LegacyFile(
        "",
        "a Jira issues export kept as the issue log: workflow states (In Review, Ready for "
        "QA), Jira's Highest..Lowest priorities, date-times, header in row 1",
        ("issues",),
    )


#: The Payments Gateway's cost lines as its finance lead keeps them: (line, Capex/Opex,
#: a quarter's budget in pounds).
_QUARTER_LINES = (
    ("Card scheme fees", "OpEx", 30_000.0),
    ("Gateway vendor", "CapEx", 90_000.0),
    ("Internal staff", "OpEx", 60_000.0),
)


def budget_by_quarter(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A finance tracker kept by quarter only (``Q1 2026`` .. ``Q4 2026`` across), with
    Budget/Actual/Forecast rows per cost line and a Total column: what a finance business
    partner hands the PMO. Adoption spreads each quarter's amount over its three months by
    the ``quarter_amounts`` reading (a third each, cents rounded) and says so (docs/adopt.md,
    round 22)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format({"bold": True, "bg_color": "#E2EFDA", "border": 1})
    money = book.add_format({"num_format": "#,##0", "border": 1})
    sheet = book.add_worksheet("Budget")
    sheet.set_column("A:A", 24)
    sheet.set_column("B:H", 13)
    year = as_of.year
    sheet.write_string("A1", f"Payments Gateway - budget by quarter {year} (GBP)", title)
    quarters = [f"Q{n} {year}" for n in range(1, 5)]
    sheet.write_row("A3", ("Cost Line", "Capex/Opex", "Measure", *quarters, "Total"), header)
    current = (as_of.month - 1) // 3  # the quarter under way has no actuals yet
    row = 3
    for name, kind, base in _QUARTER_LINES:
        for measure in ("Budget", "Actual", "Forecast"):
            sheet.write_string(row, 0, name)
            sheet.write_string(row, 1, kind)
            sheet.write_string(row, 2, measure)
            for n in range(4):
                if measure == "Actual" and n >= current:
                    continue
                amount = base if measure == "Budget" else round(base * rng.uniform(0.9, 1.1))
                sheet.write_number(row, 3 + n, amount, money)
            sheet.write_formula(row, 7, f"=SUM(D{row + 1}:G{row + 1})", money)
            row += 1
    book.close()
    return LegacyFile(
        "",
        "a finance tracker by quarter only (Q1..Q4 across, Budget/Actual/Forecast rows), "
        "spread into months by the quarter_amounts reading",
        ("finance",),
    )


#: A Nigerian office's issues, in Hausa (round 24 reads Hausa): (issue, what was done).
_MATSALOLI = (
    ("Babu wutar lantarki a ɗakin sabar", "An kawo janareta na wucin gadi"),
    ("Jinkirin isar da kayan aiki daga Legas", "An tuntuɓi mai kaya"),
    ("Rashin haɗin intanet a rumbun ajiya", "Ana jiran kamfanin sadarwa"),
    ("Ma'aikata ba su samu horo kan sabuwar manhaja ba", "An tsara horo"),
    ("Lasisin manhaja ya ƙare", "An sabunta lasisi"),
)
#: CLDR's Hausa month names, as a PM in Kano types a date (``14 Maris 2026``).
_WATANNI = (
    "Janairu", "Faburairu", "Maris", "Afirilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba",
    "Oktoba", "Nuwamba", "Disamba",
)  # fmt: skip


def _hausa_date(value: date) -> str:
    return f"{value.day} {_WATANNI[value.month - 1]} {value.year}"


def hausa_issue_log_with_contacts(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """An issue log kept in Hausa by a Kano depot's PM, dates typed with Hausa month names,
    and the team's contact list (Name | Role | Email) beside it: adoption reads the Hausa
    headers and values (round 24) and lists the contacts as no register (a list of people
    beside a register is not more items)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    sheet = book.add_worksheet("Matsaloli")
    sheet.write_string("A1", "Rajistar matsaloli - Ma'ajiyar Kano", title)
    sheet.write_string("A2", f"Manajan aiki: {_person(rng)}")
    sheet.set_column("B:B", 46)
    sheet.set_column("C:G", 16)
    sheet.set_column("I:K", 22)
    headers = (
        "Lamba", "Matsala", "Mai alhaki", "Fifiko", "Matsayi", "Ranar ƙarshe", "Mafita",
    )  # fmt: skip
    sheet.write_row("A4", headers, header)
    for n, (text, done) in enumerate(_MATSALOLI, start=1):
        due = as_of + timedelta(days=rng.randint(-20, 60))
        closed = n == len(_MATSALOLI)
        sheet.write_row(
            3 + n,
            0,
            (
                f"MT-{n:02d}",
                text,
                _person(rng),
                ("Babba", "Matsakaici", "Ƙarami")[n % 3],
                "A rufe" if closed else rng.choice(("A buɗe", "Ana ci gaba")),
                _hausa_date(due),
                done,
            ),
        )
    sheet.write_string("I3", "Contacts", title)
    sheet.write_row("I4", ("Name", "Role", "Email"), header)
    for n, role in enumerate(("Depot manager", "IT support", "Logistics lead")):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        sheet.write_row(4 + n, 8, (f"{first} {last}", role, f"{first}.{last}@example.com".lower()))
    book.close()
    return LegacyFile(
        "",
        "an issue log kept in Hausa (dates with Hausa month names) with a contact list beside "
        "it, which adoption lists as no register",
        ("issues",),
    )


#: The Head Office Refurbishment's cost lines as its PM keeps them (the demo project of that
#: name, Workplace Modernisation), each with its monthly budget in pounds.
_REFURB_LINES = (
    ("Fit-out contractor", 42_000.0),
    ("Furniture", 15_000.0),
    ("Project management", 6_500.0),
)
#: The measures written under each cost line, as the PM keeps them.
_DOWN_MEASURES = ("Budget", "Actual", "Forecast")
#: The tracker's twelve months start this many months before the as-of date's month, so
#: seven months are closed (April 2026 .. March 2027 at the demo's documented 2026-11-26)
#: whatever the date: with no month closed, or one, round 25's turn loses the actuals and
#: forecasts (docs/demo.md, d25's section), so the demo never writes that tracker.
_DOWN_MONTHS_BACK = 7


def finance_months_down(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A finance tracker with its months DOWN: one row per month (``Apr-26`` .. ``Mar-27``,
    real dates), each cost line a merged label over its Budget /
    Actual / Forecast columns, a Total group of the same three to the right and a Total row
    at the bottom (SUM formulas with the values Excel would show), under a title block
    naming the currency. What a PM keeps when each month is a row they fill in as the
    invoices come; adoption reads it as the same tracker turned across (docs/adopt.md,
    round 25)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    merged = book.add_format({"bold": True, "align": "center", "bg_color": "#FCE4D6", "border": 1})
    header = book.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
    month_cell = book.add_format({"num_format": "mmm-yy", "border": 1, "align": "left"})
    money = book.add_format({"num_format": "#,##0", "border": 1})
    bold_money = book.add_format({"bold": True, "num_format": "#,##0", "border": 1})
    total_label = book.add_format({"bold": True, "border": 1})
    sheet = book.add_worksheet("Costs")
    first = add_months(month_start(as_of), -_DOWN_MONTHS_BACK)
    months = [add_months(first, n) for n in range(12)]
    closed = add_months(month_start(as_of), -1)  # actuals are in to the end of last month
    sheet.write_string(
        "A1",
        f"Head Office Refurbishment - monthly cost tracker {months[0]:%b %Y} to {months[-1]:%b %Y}",
        title,
    )
    sheet.write_string("A2", "All figures in GBP")
    sheet.write_string("A3", f"Actuals to end of {closed:%B %Y}")
    width = len(_DOWN_MEASURES)
    groups = [name for name, _ in _REFURB_LINES] + ["Total"]
    sheet.set_column("A:A", 10)
    sheet.set_column(1, width * len(groups), 11)
    head, sub = 4, 5  # rows 5 and 6: the merged line labels, then the measures under them
    sheet.merge_range(head, 0, sub, 0, "Month", header)
    for n, name in enumerate(groups):
        sheet.merge_range(head, 1 + width * n, head, width * (n + 1), name, merged)
        sheet.write_row(sub, 1 + width * n, _DOWN_MEASURES, header)
    first_row, last_row = sub + 1, sub + len(months)  # 0-based rows of the months
    sums = [0.0] * (width * len(groups))  # each column's year total, as Excel shows it
    for r, month in enumerate(months):
        row = first_row + r
        sheet.write_datetime(row, 0, datetime(month.year, month.month, 1), month_cell)
        per_measure = [0.0] * width
        typed = [False] * width
        for n, (_, base) in enumerate(_REFURB_LINES):
            forecast = float(round(base * rng.uniform(0.85, 1.15)))
            # the forecast of a closed month is its actual; no actual for months to come
            amounts = (base, forecast if month <= closed else None, forecast)
            for m, amount in enumerate(amounts):
                if amount is None:
                    continue
                sheet.write_number(row, 1 + width * n + m, amount, money)
                sums[width * n + m] += amount
                per_measure[m] += amount
                typed[m] = True
        for m in range(width):  # the month's Total group: the lines' sum per measure
            if not typed[m]:
                continue
            col = 1 + width * len(_REFURB_LINES) + m
            cells = ",".join(
                f"{column_letter(2 + width * n + m)}{row + 1}" for n in range(len(_REFURB_LINES))
            )
            sheet.write_formula(row, col, f"=SUM({cells})", bold_money, per_measure[m])
            sums[col - 1] += per_measure[m]
    total_row = last_row + 1
    sheet.write_string(total_row, 0, "Total", total_label)
    for c, value in enumerate(sums, start=1):
        letter = column_letter(c + 1)
        formula = f"=SUM({letter}{first_row + 1}:{letter}{last_row + 1})"
        sheet.write_formula(total_row, c, formula, bold_money, value)
    book.close()
    return LegacyFile(
        "",
        "a finance tracker with its months down (twelve rows), Budget/Actual/Forecast under "
        "each cost line across, the currency in its title, a Total group and a Total row",
        ("finance",),
    )


#: The Data Centre Exit's Brussels site costs as its site manager keeps them, in French:
#: each cost line with its usual weekly amount in euros, the share of weeks it is invoiced
#: (a lorry is booked some weeks, the guards every week) and whether its price is fixed (the
#: hire of the lifting gear, the guards) or varies with the week's work.
_SITE_LINES = (
    ("Démontage des baies", 4_800.0, 1.0, False),
    ("Main-d'œuvre intérimaire", 3_600.0, 1.0, False),
    ("Transport et manutention", 2_150.0, 0.6, False),
    ("Location de matériel de levage", 940.0, 1.0, True),
    ("Recyclage DEEE", 1_380.0, 0.5, False),
    ("Gardiennage du site", 1_225.0, 1.0, True),
)
#: How many weeks the tracker holds, the last one the last week closed before the as-of date.
_SITE_WEEKS = 10


def weekly_site_costs_in_french(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A weekly cost tracker a site manager of the Brussels office keeps in French for the
    demo's Data Centre Exit: a title block (the amounts ``en euros, hors TVA``),
    ``Poste de coût`` down column A, ten week columns headed ``Semaine du 14/09/2026`` ..
    (Mondays, day first, as Belgium writes them; the last the week before the as-of date's)
    under a band ``Dépenses réalisées`` (what was spent), a units row of ``€`` under the
    header, each week's spend per cost line (blank when nothing was invoiced), a ``Total``
    column and a ``Total`` row of SUM formulas with the values Excel would show.
    ``Semaine du`` is no word adoption's vocabularies know: round 26 reads the row as weeks
    from the dates alone and adds each week into the month of its Monday (docs/adopt.md,
    "Round 26: the floor for a language or tool we do not know"). Without the band the
    amounts would be read as Budget (nothing English names them; a French title is not
    read for a measure), so the tracker says what its PM means, as such trackers do."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format(
        {"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "align": "center"}
    )
    unit = book.add_format({"italic": True, "align": "center", "border": 1})
    money = book.add_format({"num_format": "#,##0.00", "border": 1})
    bold_money = book.add_format({"bold": True, "num_format": "#,##0.00", "border": 1})
    total_label = book.add_format({"bold": True, "border": 1})
    sheet = book.add_worksheet("Suivi")
    this_monday = as_of - timedelta(days=as_of.weekday())
    weeks = [this_monday - timedelta(weeks=_SITE_WEEKS - n) for n in range(_SITE_WEEKS)]
    sheet.write_string("A1", "Data Centre Exit - site de Bruxelles", title)
    sheet.write_string("A2", "Suivi hebdomadaire des coûts - montants en euros, hors TVA")
    sheet.write_string("A3", f"Chef de chantier : {_person(rng)}")
    sheet.write_string("A4", f"Mis à jour le {as_of:%d/%m/%Y}")
    sheet.set_column("A:A", 32)
    sheet.set_column(1, _SITE_WEEKS + 1, 12)
    head = 5  # row 6
    sheet.set_row(head, 30)
    # the band over the weeks says what their amounts are: what was spent, not a budget
    sheet.merge_range(head - 1, 1, head - 1, _SITE_WEEKS, "Dépenses réalisées", header)
    sheet.write_string(head, 0, "Poste de coût", header)
    for n, monday in enumerate(weeks):
        sheet.write_string(head, 1 + n, f"Semaine du {monday:%d/%m/%Y}", header)
    total_col = 1 + _SITE_WEEKS
    sheet.write_string(head, total_col, "Total", header)
    for n in range(_SITE_WEEKS + 1):  # the units row: what each column counts in
        sheet.write_string(head + 1, 1 + n, "€", unit)
    first = head + 2  # the first cost line, under the units row
    total_row = first + len(_SITE_LINES)
    last_week = column_letter(_SITE_WEEKS + 1)
    week_sums = [0.0] * _SITE_WEEKS
    for r, (name, usual, share, fixed) in enumerate(_SITE_LINES):
        row = first + r
        sheet.write_string(row, 0, name)
        line_sum = 0.0
        for n in range(_SITE_WEEKS):
            if rng.random() >= share:
                continue  # nothing invoiced that week: the cell is left blank
            amount = usual if fixed else round(usual * rng.uniform(0.8, 1.2), 2)
            sheet.write_number(row, 1 + n, amount, money)
            line_sum += amount
            week_sums[n] += amount
        formula = f"=SUM(B{row + 1}:{last_week}{row + 1})"
        sheet.write_formula(row, total_col, formula, bold_money, round(line_sum, 2))
    sheet.write_string(total_row, 0, "Total", total_label)
    for n, value in enumerate([*week_sums, sum(week_sums)]):
        letter = column_letter(n + 2)
        formula = f"=SUM({letter}{first + 1}:{letter}{total_row})"
        sheet.write_formula(total_row, 1 + n, formula, bold_money, round(value, 2))
    book.close()
    return LegacyFile(
        "",
        "a weekly cost tracker kept in French, weeks across as 'Semaine du dd/mm/yyyy', a "
        "units row of € under the header, a Total column and a Total row",
        ("finance",),
    )


#: The risks a Canadian federal office's records programme has kept for two years, oldest
#: first: (title, mitigation). The sixth was raised twice (the second of the second); the
#: last two were closed and moved under the register's ``CLOSED ITEMS`` heading.
_RECORDS_RISKS = (
    (
        "Disposition authorities not renewed in time by Library and Archives Canada",
        "Book the renewal review a year ahead; escalate through the DG.",
    ),
    (
        "Shared-drive records missed by the GCdocs migration",
        "Scan every branch drive before cut-over; records liaison officers sign off.",
    ),
    (
        "Access to information requests during the migration freeze",
        "Agree a search protocol with the ATIP office before the freeze.",
    ),
    (
        "Retention schedules not approved by branch heads",
        "Present the schedules at the monthly DG committee.",
    ),
    (
        "Official languages review of the retention guidance delayed",
        "Send both versions to translation together; plan four weeks.",
    ),
    ("Shared-drive records missed by the GCdocs migration", "See R-002."),
    (
        "Security screening of the records contractor takes longer than planned",
        "Start screening requests when the contract is awarded.",
    ),
    (
        "Shared Services Canada moves the network drive decommissioning date",
        "Monthly check-in with SSC; keep read-only drives until sign-off.",
    ),
    (
        "Legacy e-mail accounts hold records of business value",
        "Export flagged mailboxes to GCdocs before accounts close.",
    ),
    (
        "Records liaison officers leave before they are trained",
        "Train two officers per branch; recorded sessions on the intranet.",
    ),
    (
        "Year 2 funding not confirmed in the Main Estimates",
        "Funding confirmed in the Supplementary Estimates (B).",
    ),
    (
        "Standing offer for scanning services expires",
        "New standing offer in place with the same vendor.",
    ),
)
#: Which risk was raised twice, and is marked deleted in its ID cell (1-based).
_RECORDS_DELETED = 6
#: How many of the last risks are closed and kept under the ``CLOSED ITEMS`` heading.
_RECORDS_CLOSED = 2
#: The register's header: English over French, one row per language, as a federal
#: office's bilingual template writes it. The two owner columns have no French label: the
#: second PM, re-assigning owners at the April 2026 reorganisation, re-made them (``Owner``
#: and ``Owner (new)`` beside it) as one English label each, merged over both header rows,
#: as a later PM adds a column to a template they did not write. (Round 27 reads
#: ``Owner (new)`` beside a plain ``Owner`` only: beside ``Owner`` over ``Responsable``, a
#: two-line header, it is left out as a second owner; docs/demo.md says why.)
_RECORDS_HEADER = (
    ("Risk ID", "ID du risque"),
    ("Risk Title", "Titre du risque"),
    ("Owner", ""),
    ("Owner (new)", ""),
    ("Likelihood", "Probabilité"),
    ("Impact", "Incidence"),
    ("Status", "État"),
    ("Date Raised", "Date de signalement"),
    ("Mitigation", "Mesures d'atténuation"),
    ("Comments", "Commentaires"),
)


def bilingual_worn_risk_register(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A risk register a Canadian federal office has kept for two years for the demo's
    Records Retention Programme, in its bilingual template: a title block in both official
    languages (``Project Manager / Chef de projet:``), the header written twice, English over
    French (``Risk ID`` over ``ID du risque``, ``Status`` over ``État``), dates as Canada's
    government writes them (yyyy-mm-dd). Worn as such a register is: a risk raised twice is
    marked ``R-006 DELETED`` in its ID (never removed), an ``Owner (new)`` column filled
    only where the owner changed at a reorganisation (the owner columns re-made in English
    by the PM who added it, see ``_RECORDS_HEADER``), and the closed risks moved under a
    ``CLOSED ITEMS`` heading row with no status of their own. Round 27 of adoption reads
    each (docs/adopt.md, "Round 27: bilingual and mixed-language workbooks" and "Round 27:
    well-worn workbooks")."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    label = book.add_format({"bold": True})
    header = book.add_format(
        {"bold": True, "bg_color": "#26374A", "font_color": "white", "border": 1, "text_wrap": True}
    )
    french = book.add_format(
        {"italic": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True}
    )
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    day = book.add_format({"border": 1, "num_format": "yyyy-mm-dd", "valign": "top"})
    heading = book.add_format({"bold": True, "bg_color": "#BFBFBF", "border": 1})
    sheet = book.add_worksheet("Risks - Risques")
    sheet.set_column("A:A", 16)
    sheet.set_column("B:B", 48)
    sheet.set_column("C:D", 20)
    sheet.set_column("E:H", 13)
    sheet.set_column("I:J", 40)
    sheet.write_string(
        "A1", "Records Retention Programme - Risk Register / Registre des risques", title
    )
    sheet.write_string("A2", "Project Manager / Chef de projet:", label)
    sheet.write_string("B2", _person(rng))
    sheet.write_string("A3", "Last updated / Dernière mise à jour:", label)
    sheet.write_datetime("B3", datetime(as_of.year, as_of.month, as_of.day), day)
    head = 4  # rows 5 and 6: English, then French
    for col, (english, in_french) in enumerate(_RECORDS_HEADER):
        if in_french:
            sheet.write_string(head, col, english, header)
            sheet.write_string(head + 1, col, in_french, french)
        else:  # a column a later PM added: one label merged over both header rows
            sheet.merge_range(head, col, head + 1, col, english, header)
    levels = ("Low", "Medium", "High")
    team = sorted({_person(rng) for _ in range(12)})
    first_day = as_of - timedelta(days=730)
    raised = sorted(first_day + timedelta(days=rng.randint(0, 700)) for _ in _RECORDS_RISKS)
    row = head + 2
    open_count = len(_RECORDS_RISKS) - _RECORDS_CLOSED
    for n, ((text, mitigation), when) in enumerate(zip(_RECORDS_RISKS, raised, strict=True), 1):
        if n == open_count + 1:
            sheet.write_string(row, 0, "CLOSED ITEMS", heading)
            row += 1
        owner = rng.choice(team)
        moved = n % 3 == 1 and n <= open_count and n != _RECORDS_DELETED
        new_owner = rng.choice([p for p in team if p != owner]) if moved else ""
        risk_id = f"R-{n:03d}" + (" DELETED" if n == _RECORDS_DELETED else "")
        status = "" if n > open_count else rng.choice(("Open", "Open", "Monitoring"))
        comment = (
            "Raised twice: see R-002."
            if n == _RECORDS_DELETED
            else "Owner changed at the April 2026 reorganisation."
            if moved
            else ""
        )
        values = (risk_id, text, owner, new_owner, rng.choice(levels), rng.choice(levels), status)
        sheet.write_row(row, 0, values, cell)
        sheet.write_datetime(row, 7, datetime(when.year, when.month, when.day), day)
        sheet.write_row(row, 8, (mitigation, comment), cell)
        row += 1
    sheet.freeze_panes(head + 2, 2)
    book.close()
    return LegacyFile(
        "",
        "a bilingual risk register kept for two years: English over French header rows, a "
        "title block in both languages, a row marked DELETED, an Owner (new) column and a "
        "CLOSED ITEMS heading",
        ("risks",),
    )


#: The Operational Resilience Mapping's issues as its PM put them to the Audit & Risk
#: Committee: (title, description, actions). The third description is the one the PDF
#: conversion cut over two rows (``_BOARD_CUT_ITEM``, after ``_BOARD_CUT_AFTER``).
_BOARD_ISSUES = (
    (
        "Service owners not named for two services",
        "Retail payments and mortgage servicing have no accountable service owner since the "
        "restructure.",
        "Named owners proposed to ExCo; decision expected at the next meeting.",
    ),
    (
        "Impact tolerances not approved",
        "The board has not yet approved the impact tolerances for four important business "
        "services.",
        "Paper tabled for this committee.",
    ),
    (
        "Supplier mapping incomplete",
        "Two critical third-party suppliers have not returned their dependency questionnaires, "
        "so the mapping of the payments service is incomplete.",
        "Escalated to the suppliers' account managers; chaser sent.",
    ),
    (
        "Scenario testing environment late",
        "The environment for severe but plausible scenario tests is six weeks late.",
        "Infrastructure team re-planning; interim tests run on the pre-production estate.",
    ),
    (
        "Mapping tool licences exhausted",
        "Every licence of the mapping tool is in use; new mappers cannot start.",
        "Ten further licences ordered.",
    ),
    (
        "Data centre failover untested",
        "The secondary data centre failover has not been tested since the network change.",
        "Test booked for the next maintenance weekend.",
    ),
    (
        "Self-assessment draft behind plan",
        "The self-assessment document is two weeks behind its drafting plan.",
        "Extra writer assigned from the compliance team.",
    ),
    (
        "Vulnerability remediation backlog",
        "Forty-two high vulnerabilities on systems that support important business services "
        "are past their fix date.",
        "Weekly burn-down reported to the CIO.",
    ),
    (
        "Business continuity plans out of date",
        "Nine business continuity plans were last reviewed before the office move.",
        "Owners reminded; reviews complete.",
    ),
)
#: Where the conversion cut an issue's description (1-based, and after which words): the
#: words before stay on the item's row, the lower-case rest goes on the row under it, alone
#: in its column. Not on a page's last row: a text cut at a page break is not joined
#: (docs/adopt.md, round 28's converted workbooks, "what is left").
_BOARD_CUT_ITEM = 3
_BOARD_CUT_AFTER = "their "
#: How many of the issues are printed on the pack's first page, and how many pages it has.
_BOARD_FIRST_PAGE = 5
_BOARD_PAGES = 2
#: The register's header as printed at the top of each page of the pack.
_BOARD_HEADER = (
    "Issue ID", "Issue", "Description", "Owner", "Priority", "Status", "Date Raised",
    "Target Date", "Actions",
)  # fmt: skip


def _page_foot(sheet: Worksheet, row: int, page: int, small: Format) -> int:
    """Write the pack's page ``page`` foot from ``row`` as a PDF converter pastes it: the
    page's number, then its protective marking, each a line of its own; returns the row
    after them."""
    sheet.write_string(row, 4, f"Page {page} of {_BOARD_PAGES}", small)
    sheet.write_string(row + 1, 0, "COMMERCIAL IN CONFIDENCE", small)
    return row + 2


def board_pack_issue_log(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """The demo's Operational Resilience Mapping issue log as it went to the Audit & Risk
    Committee: kept for a board pack (a document-control table ``Version | Date | Author |
    Change`` above the register, a sign-off block ``Approved by: ____  Date: ____`` below
    it), and pasted back into Excel from the pack's PDF, the only copy the PMO was sent.
    The conversion kept what the print had: page 1's foot (a ``Page 1 of 2`` line, a
    ``COMMERCIAL IN CONFIDENCE`` line), a blank row for page 2's top margin and the header
    again, and one description cut over two rows (the second row only the lower-case rest
    of the text). Round 28 of adoption reads each (docs/adopt.md, "Round 28: print-ready
    workbooks" and "Round 28: converted and pasted workbooks"); with no blank row between
    the foot and the header, the foot is read as page 2's title and not listed (docs/demo.md,
    d28's section)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    bold = book.add_format({"bold": True})
    header = book.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    day = book.add_format({"border": 1, "num_format": "dd/mm/yyyy", "valign": "top"})
    small = book.add_format({"italic": True, "font_size": 8})
    sheet = book.add_worksheet("Issue Log")
    sheet.set_column("A:A", 10)
    sheet.set_column("B:B", 30)
    sheet.set_column("C:C", 50)
    sheet.set_column("D:H", 14)
    sheet.set_column("I:I", 40)
    pm = _person(rng)
    team = sorted({_person(rng) for _ in range(8)} - {pm})
    sheet.write_string("A1", "Operational Resilience Mapping - Issue Log", title)
    sheet.write_string("A2", f"Audit & Risk Committee pack, {as_of:%B %Y}", bold)
    sheet.write_string("A3", f"Project Manager: {pm}")
    sheet.write_row("A5", ("Version", "Date", "Author", "Change"), header)
    changes = (
        ("0.1", 35, pm, "First draft for the programme board"),
        ("0.2", 21, pm, "Owners and target dates updated after the steering meeting"),
        ("1.0", 9, rng.choice(team), "Issued for the Audit & Risk Committee"),
    )
    for n, (version, back, author, change) in enumerate(changes):
        sheet.write_string(5 + n, 0, version, cell)
        when = as_of - timedelta(days=back)
        sheet.write_datetime(5 + n, 1, datetime(when.year, when.month, when.day), day)
        sheet.write_row(5 + n, 2, (author, change), cell)
    row = 9  # row 10: the register's header
    sheet.write_row(row, 0, _BOARD_HEADER, header)
    row += 1
    statuses = ("Open", "Open", "In Progress", "In Progress", "Resolved")
    for n, (issue, description, actions) in enumerate(_BOARD_ISSUES, 1):
        if n == _BOARD_FIRST_PAGE + 1:  # the pack's page break, as the PDF converter wrote it
            row = _page_foot(sheet, row, 1, small) + 1  # and a blank row: page 2's top margin
            sheet.write_row(row, 0, _BOARD_HEADER, header)
            row += 1
        raised = as_of - timedelta(days=rng.randint(30, 200))
        target = as_of + timedelta(days=rng.randint(-10, 60))
        status = "Closed" if n == len(_BOARD_ISSUES) else rng.choice(statuses)
        rest = ""
        if n == _BOARD_CUT_ITEM:
            cut = description.index(_BOARD_CUT_AFTER) + len(_BOARD_CUT_AFTER)
            description, rest = description[:cut].rstrip(), description[cut:]
        values = (f"I-{n:03d}", issue, description, rng.choice(team))
        sheet.write_row(row, 0, values, cell)
        sheet.write_row(row, 4, (("High", "Medium", "Low")[n % 3], status), cell)
        sheet.write_datetime(row, 6, datetime(raised.year, raised.month, raised.day), day)
        sheet.write_datetime(row, 7, datetime(target.year, target.month, target.day), day)
        sheet.write_string(row, 8, actions, cell)
        row += 1
        if rest:
            sheet.write_string(row, 2, rest, cell)
            row += 1
    row += 1
    sheet.write_row(row, 0, ("Approved by:", "________________", "", "Date:", "__________"), bold)
    _page_foot(sheet, row + 2, 2, small)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    book.close()
    return LegacyFile(
        "",
        "a board pack's issue log pasted back from its PDF: a Version | Date | Author | Change "
        "table above it, Page 1 of 2 and COMMERCIAL IN CONFIDENCE lines, the header repeated "
        "at the page break, a description cut over two rows and a sign-off block",
        ("issues",),
    )


#: The Indian office's tracker: cost lines, their category, and the budget a line has per month
#: in lakh (1 lakh = Rs 1,00,000).
_INDIA_LINES = (
    ("Fit-out contractor", "CapEx", 18.5),
    ("IT hardware", "CapEx", 7.25),
    ("Recruitment and training", "OpEx", 4.0),
    ("Facility lease", "OpEx", 6.5),
)
_INDIA_MEASURES = ("Budget", "Actual", "Forecast")


def india_finance_tool(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """An Indian office's finance tracker built as a small Excel tool (round 29's two kinds at
    once): a ``Settings`` sheet first holding the project, ``Financial year starts | April``
    and ``Currency | INR``; the tracker an Excel Table (``tblTracker``) under a title saying
    ``(Rs in lakh)``, months of the financial year across as ``Apr-26`` .. ``Mar-27``, a
    ``Category`` and a ``Measure`` drop-down fed by a hidden ``Lists`` sheet's defined names,
    and a ``Total`` formula column saved with no value (the file was never recalculated)."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14})
    label = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    lakh = book.add_format({"num_format": "#,##0.00"})
    start_year = as_of.year if as_of.month >= 4 else as_of.year - 1
    months = [date(start_year + (m + 3) // 12, (m + 3) % 12 + 1, 1) for m in range(12)]
    pm = _person(rng)
    settings = book.add_worksheet("Settings")
    settings.set_column("A:A", 24)
    settings.set_column("B:B", 36)
    settings.write_string("A1", "Tool settings (edit the values in column B)", title)
    lines = (
        ("Project Name", "Pune Shared Services Centre"),
        ("Project Manager", pm),
        ("Financial year starts", "April"),
        ("Currency", "INR"),
    )
    for n, (name, value) in enumerate(lines):
        settings.write_string(2 + n, 0, name, label)
        settings.write_string(2 + n, 1, value)
    sheet = book.add_worksheet("Tracker")
    sheet.set_column("A:A", 26)
    sheet.set_column("B:C", 11)
    sheet.set_column("D:P", 9)
    sheet.write_string(
        "A1",
        f"Pune Shared Services Centre - FY {start_year}-{(start_year + 1) % 100:02d} "
        "cost tracker (Rs in lakh)",
        title,
    )
    sheet.write_string("A2", f"Actuals to end of {add_months(month_start(as_of), -1):%B %Y}")
    headers = ["Cost Line", "Category", "Measure", *(f"{m:%b-%y}" for m in months), "Total"]
    rows = len(_INDIA_LINES) * len(_INDIA_MEASURES)
    first, last = 3, 3 + rows  # the header in row 4, the data below
    sheet.add_table(
        first,
        0,
        last,
        len(headers) - 1,
        {
            "name": "tblTracker",
            "style": "Table Style Medium 2",
            "columns": [{"header": h} for h in headers],
        },
    )
    row = first + 1
    for name, kind, base in _INDIA_LINES:
        for measure in _INDIA_MEASURES:
            sheet.write_row(row, 0, (name, kind, measure))
            for n, month in enumerate(months):
                if measure == "Actual" and month >= month_start(as_of):
                    continue
                amount = base if measure == "Budget" else base * rng.uniform(0.9, 1.1)
                sheet.write_number(row, 3 + n, round(amount, 2), lakh)
            # a formula saved with no value, as a program writes it: Excel would compute it
            sheet.write_formula(row, 15, f"=SUM(D{row + 1}:O{row + 1})", lakh, "")
            row += 1
    lists = book.add_worksheet("Lists")
    lists.write_column("A1", ("Category", "CapEx", "OpEx"))
    lists.write_column("B1", ("Measure", *_INDIA_MEASURES))
    lists.hide()
    book.define_name("CategoryList", "=Lists!$A$2:$A$3")
    book.define_name("MeasureList", "=Lists!$B$2:$B$4")
    for col, source in ((1, "=CategoryList"), (2, "=MeasureList")):
        sheet.data_validation(first + 1, col, last, col, {"validate": "list", "source": source})
    sheet.freeze_panes(first + 1, 1)
    book.close()
    return LegacyFile(
        "",
        "an Indian office's finance tracker built as an Excel tool: a Settings sheet "
        "(Financial year starts April, Currency INR), an Excel Table in Rs in lakh with "
        "months Apr..Mar across, drop-downs from a hidden Lists sheet and a Total formula "
        "column saved with no value",
        ("finance",),
    )


#: The major-project return's key risks: (title, proximity in the return guidance's words,
#: likelihood, impact, mitigating action).
_RETURN_RISKS = (
    (
        "Legacy case data fails migration quality checks",
        "Near term (1-3 months)",
        "H",
        "H",
        "Data cleansing sprint before each migration tranche; reconciliation reports to the board",
    ),
    (
        "Judiciary training not complete before go-live in the first region",
        "Medium term (3-6 months)",
        "M",
        "H",
        "Training plan agreed with the regional leads; e-learning ahead of classroom sessions",
    ),
    (
        "Supplier key staff leave after the contract variation",
        "Near term (1-3 months)",
        "M",
        "M",
        "Retention clause invoked; knowledge transfer sessions recorded",
    ),
    (
        "Spending review settlement below the business case's profile",
        "Long term (6+ months)",
        "M",
        "H",
        "Re-phasing options prepared with the finance business partner",
    ),
    (
        "Accessibility audit finds the public portal non-compliant",
        "Imminent (0-1 month)",
        "L",
        "M",
        "Independent audit booked; fixes prioritised in the next release",
    ),
    (
        "Court estate network upgrades late at twelve sites",
        "Medium term (3-6 months)",
        "H",
        "M",
        "Sites re-sequenced so the upgraded ones migrate first",
    ),
)
#: The return's cost lines: (cost item, capital or resource, £000 per financial year from
#: the year holding the as-of date). Optimism bias and contingency are lines of their own,
#: as a business case's financial case sets them out.
_RETURN_COSTS = (
    ("Case management platform build", "Capital", (34_200, 24_600, 6_000)),
    ("Data migration", "Capital", (10_800, 7_800, 0)),
    ("Programme team", "Resource", (18_000, 16_200, 7_200)),
    ("Training and business change", "Resource", (4_200, 6_600, 2_400)),
    ("Optimism bias (18%)", "Capital", (12_096, 9_936, 2_808)),
    ("Contingency", "Capital", (3_000, 2_400, 600)),
)
#: The return's delivery confidence assessment, in the five colours its guidance uses.
RETURN_DCA = "Amber/Green"


def major_project_return(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A central government department's quarterly major-project return for the demo's
    portfolio, as a public body's PMO receives it from a project (round 30's funder and
    government templates): a ``Return`` sheet whose title block holds the department, the
    project, the ``Senior Responsible Owner (SRO)``, the ``Delivery Confidence Assessment |
    Amber/Green`` (five colours, Green .. Red), the whole-life cost in £m and the reporting
    quarter, above a ``Key Risks`` table (proximity in the guidance's words, likelihood and
    impact H/M/L, a RAG per risk); a ``Costs`` sheet, the business case's financial case:
    ``Costs by Financial Year (April-March)``, ``£000, nominal prices``, the financial years
    ``2026-27`` .. across from the one holding the as-of date, a ``Capital / Resource``
    column, optimism bias and contingency as lines, a Total column and row of formulas."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"})
    label = book.add_format({"bold": True, "bg_color": "#E7E6E6", "border": 1})
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    money = book.add_format({"border": 1, "num_format": "#,##0.0"})
    thousands = book.add_format({"border": 1, "num_format": "#,##0"})
    header = book.add_format(
        {"bold": True, "bg_color": "#1F3864", "font_color": "white", "border": 1, "text_wrap": True}
    )
    dca = book.add_format({"border": 1, "bold": True, "bg_color": "#C6E0B4"})
    start = as_of.year if as_of.month >= 4 else as_of.year - 1
    quarter = (as_of.month - 4) % 12 // 3 + 1
    sro = _person(rng)
    owners = sorted({_person(rng) for _ in range(6)} - {sro})
    sheet = book.add_worksheet("Return")  # the return first; its costs on the next sheet
    sheet.set_column("A:A", 34)
    sheet.set_column("B:B", 52)
    sheet.set_column("C:C", 24)
    sheet.set_column("D:E", 11)
    sheet.set_column("F:F", 52)
    sheet.set_column("G:H", 16)
    sheet.write_string("A1", "Major Projects Portfolio - Quarterly Data Return", title)
    whole_life = sum(sum(years) for _, _, years in _RETURN_COSTS) / 1000
    fields = (
        ("Department", "Department for Justice Services"),
        ("Project Name", "Courts Digital Case Management"),
        ("Senior Responsible Owner (SRO)", sro),
        ("Delivery Confidence Assessment", RETURN_DCA),
        ("Whole Life Cost (£m)", round(whole_life, 1)),
        ("Reporting Quarter", f"Q{quarter} {start}-{(start + 1) % 100:02d}"),
    )
    for n, (name, value) in enumerate(fields):
        sheet.write_string(2 + n, 0, name, label)
        if isinstance(value, float):
            sheet.write_number(2 + n, 1, value, money)
        else:
            sheet.write_string(2 + n, 1, value, dca if value == RETURN_DCA else cell)
    sheet.write_string("A10", "Key Risks", title)
    sheet.write_row(
        "A11",
        (
            "Risk Ref", "Risk Description", "Proximity", "Likelihood", "Impact",
            "Mitigating Actions", "Risk Owner", "RAG",
        ),
        header,
    )  # fmt: skip
    rag = {("H", "H"): "Red", ("H", "M"): "Amber", ("M", "H"): "Amber", ("M", "M"): "Amber"}
    for n, (risk, proximity, likelihood, impact, action) in enumerate(_RETURN_RISKS):
        values = (f"KR{n + 1}", risk, proximity, likelihood, impact, action, rng.choice(owners))
        sheet.write_row(11 + n, 0, values, cell)
        sheet.write_string(11 + n, 7, rag.get((likelihood, impact), "Green"), cell)
    costs = book.add_worksheet("Costs")
    costs.set_column("A:A", 34)
    costs.set_column("B:B", 18)
    costs.set_column("C:F", 12)
    costs.write_string(
        "A1", "Full Business Case - Financial Case: Costs by Financial Year (April-March)", title
    )
    costs.write_string("A2", "£000, nominal prices")
    years = [f"{y}-{(y + 1) % 100:02d}" for y in range(start, start + 3)]
    costs.write_row("A4", ("Cost Item", "Capital / Resource", *years, "Total"), header)
    for n, (item, kind, amounts) in enumerate(_RETURN_COSTS):
        row = 4 + n
        costs.write_row(row, 0, (item, kind), cell)
        for k, amount in enumerate(amounts):
            costs.write_number(row, 2 + k, amount, thousands)
        costs.write_formula(row, 5, f"=SUM(C{row + 1}:E{row + 1})", thousands, sum(amounts))
    last = 4 + len(_RETURN_COSTS)
    costs.write_string(last, 0, "Total", label)
    for k in range(4):
        column = column_letter(3 + k)
        total = sum(a[k] for _, _, a in _RETURN_COSTS) if k < 3 else whole_life * 1000
        costs.write_formula(last, 2 + k, f"=SUM({column}5:{column}{last})", thousands, total)
    book.close()
    return LegacyFile(
        "",
        "a central government major-project return: a Return sheet with the SRO, a Delivery "
        "Confidence Assessment of Amber/Green (five colours), the whole-life cost and key "
        "risks with proximity; a Costs sheet with financial years across (2026-27 ..) in £000",
        ("risks", "finance"),
    )


#: The early-life RAID template's instructions, as the PMO issued them with the template.
_TEMPLATE_STEPS = (
    "1. Complete the Project Details sheet. Write TBC where a date is not agreed yet.",
    "2. Log each risk, assumption, issue and dependency on its own sheet, one row per item, "
    "using the next free ID.",
    "3. The grey rows under each header are examples: delete them before you submit the log.",
    "4. Likelihood and Impact: 1 (very low) to 5 (very high), from the drop-downs. The Score "
    "is calculated.",
    "5. Owner: a named person. Write TBA until an owner is agreed.",
    "6. Finance: enter the approved budget by month; actuals and forecast from month 2.",
    "7. Send the log to the PMO mailbox by the last working day of each month.",
)
#: The template's two example rows on its Risks sheet (grey italics), as issued: a filled
#: example marked ``Example`` and, under it, the row of ``<...>`` prompts a template gives
#: its first entry (no ID: the PM types the next free one). Neither is an item.
_TEMPLATE_EXAMPLES = (
    (
        "Example", "", "e.g. Telematics units delivered late by the supplier, delaying the "
        "installations", "Third Party", 3, 4, "Jo Bloggs", "e.g. Weekly call with the supplier; "
        "penalty clause in the contract", "", "Open",
    ),
    (
        "", "<dd/mm/yyyy>", "<Describe the risk: cause, event and effect>", "<Select>",
        "<1-5>", "<1-5>", "<Name>", "<Describe the mitigating actions>", "<dd/mm/yyyy>",
        "<Select>",
    ),
)  # fmt: skip
#: The project's real risks in its second week: (days after the start it was raised,
#: description, category, likelihood, impact, owner or None for a person, mitigation, due
#: in days after the as-of date or None for TBC).
_EARLY_RISKS = (
    (
        1,
        "Pilot depots not confirmed by Fleet Operations, so the installation plan cannot be "
        "fixed",
        "Operational", 4, 3, "TBA",
        "Ask the steering group to name the three pilot depots at its next meeting", None,
    ),
    (
        3,
        "Drivers' union consultation on vehicle tracking may delay the first installations",
        "People", 3, 4, None,
        "Brief the union reps with HR before any vehicle is fitted", 21,
    ),
    (
        6,
        "Data protection impact assessment for driver location data not signed off before "
        "the first install",
        "Legal", 3, 3, "TBA", "", None,
    ),
)  # fmt: skip
#: The pilot's budget lines (line, CapEx/OpEx, {month from the start: amount}).
_EARLY_BUDGET = (
    ("Telematics units", "CapEx", {1: 36_000, 2: 36_000}),
    ("Installation", "CapEx", {2: 8_500, 3: 8_500, 4: 8_500}),
    ("Project team", "OpEx", {m: 9_800 for m in range(6)}),
)
_EARLY_MEASURES = ("Budget", "Actual", "Forecast")
#: pre-numbered rows the template leaves for more items (an ID and nothing else)
_EARLY_SPARE_RISKS = 10
_EARLY_SPARE_ISSUES = 6


def early_raid_template(path: Path, rng: random.Random, as_of: date) -> LegacyFile:
    """A project's RAID log in its second week, as the PMO receives it (round 31's sparse,
    early-life kind): the PMO's template half filled. An ``Instructions`` sheet first,
    a ``Project Details`` form (the start date typed, ``Planned End Date | TBC``), a
    ``Risks`` sheet whose two grey example rows (``e.g. ..`` and a row of ``<...>`` prompts)
    sit above three real risks (``TBA`` owners, ``TBC`` due dates, a mitigation left blank)
    and pre-numbered spare rows ``R-004`` .. holding only their ID and the Score formula;
    an ``Issues`` sheet with one real issue; ``Assumptions`` and ``Dependencies`` with their
    headers only; a ``Finance`` sheet with the budget by month filled and its Actual and
    Forecast rows empty; the template's ``Lists`` sheet feeding the drop-downs."""
    book = _workbook(path)
    title = book.add_format({"bold": True, "font_size": 14, "font_color": "#203864"})
    label = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    props = {"bold": True, "bg_color": "#203864", "font_color": "white", "border": 1}
    header = book.add_format({**props, "text_wrap": True})
    month_header = book.add_format({**props, "num_format": "mmm-yy"})
    cell = book.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    day = book.add_format({"border": 1, "num_format": "dd/mm/yyyy", "valign": "top"})
    example = book.add_format(
        {"border": 1, "italic": True, "font_color": "#808080", "text_wrap": True, "valign": "top"}
    )
    money = book.add_format({"border": 1, "num_format": "#,##0"})
    start = as_of - timedelta(days=9)  # the project's second week
    pm, sponsor = _person(rng), _person(rng)
    people = sorted({_person(rng) for _ in range(4)} - {pm, sponsor})

    guide = book.add_worksheet("Instructions")
    guide.set_column("A:A", 110)
    guide.write_string("A1", "PMO RAID Log - template v4.1 (issued by the Portfolio Office)", title)
    guide.write_string("A3", "How to use this workbook", label)
    for n, step in enumerate(_TEMPLATE_STEPS):
        guide.write_string(3 + n, 0, step)

    details = book.add_worksheet("Project Details")
    details.set_column("A:A", 22)
    details.set_column("B:B", 70)
    details.write_string("A1", "Project Details", title)
    fields: tuple[tuple[str, str | date], ...] = (
        ("Project Name", "Fleet Telematics Pilot"),
        ("Project Code", "TBC"),
        ("Portfolio", "Operations Excellence"),
        ("Project Manager", pm),
        ("Project Sponsor", sponsor),
        ("Delivery Method", "Waterfall"),
        ("Stage", "Initiation"),
        ("Start Date", start),
        ("Planned End Date", add_months(month_start(start), 6) - timedelta(days=1)),
        ("Forecast End Date", "TBC"),
        ("Report Date", as_of - timedelta(days=1)),
        ("Overall RAG", "Green"),
        (
            "Status Summary",
            "Week 2 of mobilisation: PM appointed, three telematics suppliers shortlisted, "
            "pilot depots still to be confirmed.",
        ),
    )
    for n, (name, value) in enumerate(fields):
        details.write_string(2 + n, 0, name, label)
        if isinstance(value, date):
            details.write_datetime(2 + n, 1, datetime.combine(value, datetime.min.time()), day)
        else:
            details.write_string(2 + n, 1, value, cell)

    risks = book.add_worksheet("Risks")
    risks.set_column("A:B", 12)
    risks.set_column("C:C", 52)
    risks.set_column("D:G", 11)
    risks.set_column("H:H", 18)
    risks.set_column("I:I", 44)
    risks.set_column("J:L", 12)
    risks.write_string("A1", "Risk Register - Fleet Telematics Pilot", title)
    risk_headers = (
        "Risk ID", "Date Raised", "Risk Description", "Category", "Likelihood (1-5)",
        "Impact (1-5)", "Score", "Owner", "Mitigation", "Due Date", "Status",
    )  # fmt: skip
    risks.write_row("A3", risk_headers, header)

    def score(row: int, likelihood: object, impact: object) -> None:
        scored = isinstance(likelihood, int) and isinstance(impact, int)
        cached = likelihood * impact if scored else ""  # type: ignore[operator]
        fmt = example if row < 3 + len(_TEMPLATE_EXAMPLES) else cell
        risks.write_formula(row, 6, f'=IF(AND(ISNUMBER(E{row + 1}),ISNUMBER(F{row + 1})),'
                            f'E{row + 1}*F{row + 1},"")', fmt, cached)  # fmt: skip

    for n, values in enumerate(_TEMPLATE_EXAMPLES):
        row = 3 + n
        for col, shown in zip((0, 1, 2, 3, 4, 5, 7, 8, 9, 10), values, strict=True):
            if isinstance(shown, int):
                risks.write_number(row, col, shown, example)
            elif shown:
                risks.write_string(row, col, shown, example)
            else:
                risks.write_blank(row, col, None, example)
        score(row, values[4], values[5])
    for n, (raised, text, category, likelihood, impact, owner, action, due) in enumerate(
        _EARLY_RISKS
    ):
        row = 5 + n
        risks.write_string(row, 0, f"R-{n + 1:03d}", cell)
        risks.write_datetime(
            row, 1, datetime.combine(start + timedelta(days=raised), datetime.min.time()), day
        )
        risks.write_row(row, 2, (text, category, likelihood, impact), cell)
        score(row, likelihood, impact)
        risks.write_row(row, 7, (owner or people[n % len(people)], action), cell)
        if due is None:
            risks.write_string(row, 9, "TBC", cell)
        else:
            when = datetime.combine(as_of + timedelta(days=due), datetime.min.time())
            risks.write_datetime(row, 9, when, day)
        risks.write_string(row, 10, "Open", cell)
    first_spare = 5 + len(_EARLY_RISKS)
    for n in range(_EARLY_SPARE_RISKS):
        row = first_spare + n
        risks.write_string(row, 0, f"R-{len(_EARLY_RISKS) + n + 1:03d}", cell)
        score(row, None, None)
    last = first_spare + _EARLY_SPARE_RISKS - 1
    for col, source in ((3, "=Lists!$A$2:$A$11"), (4, "=Lists!$B$2:$B$6"),
                        (5, "=Lists!$B$2:$B$6"), (10, "=Lists!$C$2:$C$4")):  # fmt: skip
        risks.data_validation(3, col, last, col, {"validate": "list", "source": source})
    risks.freeze_panes(3, 0)

    assumptions = book.add_worksheet("Assumptions")
    assumptions.set_column("A:H", 16)
    assumptions.write_string("A1", "Assumptions Log - Fleet Telematics Pilot", title)
    assumptions.write_row(
        "A3",
        ("Assumption ID", "Date Raised", "Assumption", "Owner", "Validate By", "Status", "Notes"),
        header,
    )

    issues = book.add_worksheet("Issues")
    issues.set_column("A:B", 12)
    issues.set_column("C:C", 52)
    issues.set_column("D:F", 14)
    issues.set_column("G:G", 44)
    issues.set_column("H:I", 12)
    issues.write_string("A1", "Issue Log - Fleet Telematics Pilot", title)
    issues.write_row(
        "A3",
        (
            "Issue ID", "Date Raised", "Issue Description", "Impact", "Priority", "Owner",
            "Action", "Target Date", "Status",
        ),
        header,
    )  # fmt: skip
    issues.write_string("A4", "I-001", cell)
    issues.write_datetime(
        "B4", datetime.combine(start + timedelta(days=5), datetime.min.time()), day
    )
    issues.write_row(
        "C4",
        (
            "Vehicle list from the fleet system has no registration numbers for 40 vans",
            "Medium", "High", "TBA", "Fleet Operations to send a corrected extract", "TBC",
            "Open",
        ),
        cell,
    )  # fmt: skip
    for n in range(_EARLY_SPARE_ISSUES):
        issues.write_string(4 + n, 0, f"I-{n + 2:03d}", cell)
    for col in (3, 4):
        issues.data_validation(3, col, 3 + _EARLY_SPARE_ISSUES, col,
                               {"validate": "list", "source": "=Lists!$D$2:$D$4"})  # fmt: skip

    dependencies = book.add_worksheet("Dependencies")
    dependencies.set_column("A:H", 16)
    dependencies.write_string("A1", "Dependencies - Fleet Telematics Pilot", title)
    dependencies.write_row(
        "A3",
        ("Dependency ID", "Description", "Depends On", "Owner", "Need By", "Status", "Notes"),
        header,
    )

    finance = book.add_worksheet("Finance")
    finance.set_column("A:A", 20)
    finance.set_column("B:C", 10)
    finance.set_column("D:J", 10)
    finance.write_string("A1", "Finance - Fleet Telematics Pilot (£)", title)
    months = [add_months(month_start(start), m) for m in range(6)]
    finance.write_row("A3", ("Cost Line", "CapEx/OpEx", "Measure"), header)
    for n, month in enumerate(months):
        finance.write_datetime(2, 3 + n, datetime.combine(month, datetime.min.time()), month_header)
    finance.write_string(2, 3 + len(months), "Total", header)
    row = 3
    for name, kind, amounts in _EARLY_BUDGET:
        for measure in _EARLY_MEASURES:
            finance.write_row(row, 0, (name, kind, measure), cell)
            total = 0
            for n in range(len(months)):
                if measure == "Budget" and n in amounts:
                    finance.write_number(row, 3 + n, amounts[n], money)
                    total += amounts[n]
                else:
                    finance.write_blank(row, 3 + n, None, money)
            first, end = column_letter(4), column_letter(3 + len(months))
            finance.write_formula(
                row, 3 + len(months), f"=SUM({first}{row + 1}:{end}{row + 1})", money, total
            )
            row += 1

    lists = book.add_worksheet("Lists")
    lists.write_column("A1", ("Category", "Commercial", "Financial", "Legal", "Operational",
                              "People", "Schedule", "Scope", "Security", "Technical",
                              "Third Party"))  # fmt: skip
    lists.write_column("B1", ("Rating", 1, 2, 3, 4, 5))
    lists.write_column("C1", ("Status", "Open", "Monitoring", "Closed"))
    lists.write_column("D1", ("Level", "High", "Medium", "Low"))
    lists.write_column("E1", ("RAG", "Green", "Amber", "Red"))
    book.close()
    return LegacyFile(
        "",
        "a RAID template half filled in the project's second week: an Instructions sheet, "
        "two example rows (e.g. .., <...> prompts) above three real risks and pre-numbered "
        "spare rows, one issue, TBC dates, TBA owners, empty Assumptions and Dependencies, "
        "a Finance sheet with only the budget, the template's Lists sheet",
        ("risks", "issues", "finance"),
    )


LEGACY_WRITERS = (
    ("Branch Network Refresh RAID log.xlsx", raid_log_row11),
    ("HR Self-Service RAID.xlsx", mixed_raid_list),
    ("Treasury Upgrade finance tracker.xlsx", finance_months_as_columns),
    ("Marketing Data Hub risk register.xlsx", risk_register_row3),
    ("Madrid Data Centre Move registro de riesgos.xlsx", spanish_register_with_colours),
    ("Customer Portal Rebuild resource plan.xlsx", resource_plan_by_week),
    ("Payments Gateway Jira issues export.xlsx", jira_issues_export),
    ("Payments Gateway budget by quarter.xlsx", budget_by_quarter),
    ("Kano Depot rajistar matsaloli.xlsx", hausa_issue_log_with_contacts),
    ("Head Office Refurbishment cost tracker.xlsx", finance_months_down),
    ("Data Centre Exit Bruxelles suivi des coûts.xlsx", weekly_site_costs_in_french),
    (
        "Records Retention Programme risk register - registre des risques.xlsx",
        bilingual_worn_risk_register,
    ),
    ("Operational Resilience Mapping issue log - board pack.xlsx", board_pack_issue_log),
    ("Pune Shared Services Centre cost tracker (Rs in lakh).xlsx", india_finance_tool),
    ("Courts Digital Case Management major project return.xlsx", major_project_return),
    ("Fleet Telematics Pilot RAID log (week 2).xlsx", early_raid_template),
)


def write_legacy_files(folder: Path, as_of: date, seed: int) -> list[LegacyFile]:
    """Write the legacy registers into ``folder/legacy``; returns them (paths relative to ``folder``)."""
    target = folder / LEGACY_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    written: list[LegacyFile] = []
    for name, writer in LEGACY_WRITERS:
        rng = random.Random(f"pmo-demo/{seed}/legacy/{name}")
        made = writer(target / name, rng, as_of)
        written.append(LegacyFile(f"{LEGACY_FOLDER}/{name}", made.style, made.registers))
    return written
