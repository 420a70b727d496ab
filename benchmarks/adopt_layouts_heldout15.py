"""The fifteenth held-out batch (``HELD_OUT_15``, issue 15 round 15): fourteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses. Its focus is
TRACKERS: finance trackers, resource plans, milestone and stage-gate plans and status
workbooks holding several tables, in shapes and from tools no earlier batch has:

- ``anaplan_export_grid``: a bank's Anaplan module exported as a grid: `Cost Centre`
  repeated on every row, `Line Items` Budget / Actual / Forecast down, Anaplan's time
  labels `Jan 26` .. `Jun 26` across with `Q1 FY26` / `Q2 FY26` quarter columns among them,
  zeros for the actuals of months not yet closed.
- ``excel_pivot_budget_actual``: an Excel PivotTable pasted as values, compact form: the
  `Years` report filter set to `2026` above, `Sum of Amount` / `Column Labels`, then
  `Row Labels` over `Actual` / `Budget` / `Forecast` / `Grand Total`, each cost line a
  subtotal row with its months `Jan` .. `Jun` under it, a `Grand Total` row at the foot.
- ``uk_dept_rdel_cdel_forecast``: a UK government department's monthly forecast return:
  `Budget type` RDEL / CDEL per line (resource and capital), a marker row `Actual` /
  `Forecast` above month date cells (`Apr-26` ..), `Full year forecast` and `Budget
  2026-27` columns, pounds in the title.
- ``qs_cashflow_forecast``: a UK contractor's cash flow forecast for a school extension,
  NRM elements down, a two-row header `Month 1` .. `Month 8` over month-ending date cells
  (`31/01/2026`), `Contract sum (£)` and `Total` columns.
- ``japanese_yojitsu_kanri``: a Japanese budget-actual table (予実管理表) for fiscal year
  2026年度 (April start), months `4月` .. `9月` merged over `予算` / `実績`, amounts in
  thousands of yen (`（単位：千円）`), a `上期合計` total pair.
- ``senegal_ngo_suivi_budgetaire``: a Senegalese NGO's donor budget follow-up in French:
  budget codes `1.1`, `Ligne budgétaire`, `Budget annuel`, `Dépenses réalisées` merged
  over months `janv-26` .. `juin-26`, `Total dépensé`, `Taux d'exécution`, FCFA.
- ``french_plan_de_charge``: a French IT department's plan de charge in jours-homme:
  `Profil`, `Ressource`, `Entité`, months `janv.-26` .. `juin-26` as text, blanks and zeros,
  `Total (j/h)`.
- ``indian_it_staffing_weeks``: an Indian IT services vendor's onsite / offshore staffing
  plan in person-days per week: `Emp ID`, `Employee Name`, `Role`, `Location`, Monday
  date cells across (weeks summed into their month), `Total PD`.
- ``nec_key_dates``: an NEC4 ECC highways contract's Key Dates schedule: `KD ref`,
  `Condition to be met`, `Contract Key Date`, `Forecast (Rev 7)` of the Accepted
  Programme, `Date met`, `Status` Met / On programme / At risk / Late.
- ``pharma_stage_gate_plan``: a Basel pharma compound's stage-gate plan: gates `G0` ..
  `G5` with their decision points, `Decision body`, `Planned (LRP 2026)`, `Current
  forecast`, `Achieved` as `dd.mm.yyyy` date cells, `Outcome` Go / Go with conditions, no
  status column.
- ``german_mta_milestones``: a German Meilenstein-Trendanalyse: `Nr.`, `Meilenstein`,
  `Verantwortlich`, `Basistermin`, the forecast at each report date as date-headed columns
  under a merged `Prognose zum Berichtstermin`, `Ist-Termin`, `Status` erreicht / in
  Arbeit / gefährdet / verzögert, a `Projektleiter:` line above.
- ``highlight_report_one_sheet``: a UK water utility's one-sheet highlight report: label /
  value title block (project, PM, report date, overall RAG), a `Key milestones` table with
  a RAG and no status, a `Key risks` table under it (H / M / L), and to the right a
  `Financials (£k)` table with `Measure` rows and `Jan-26` .. `Jun-26` text months.
- ``au_grant_milestone_payments``: an Australian Government grant tracker: a milestone
  payment schedule (`Milestone No.`, `Due date` as `dd/mm/yyyy` text, `Payment (AUD excl.
  GST)`, `Date achieved`, `Status` Paid / Report submitted / Not due) above a project
  expenditure table by category with `Actual` / `Forecast` group labels over month cells.
- ``cost_line_per_sheet_tracker``: a Canadian health authority's cost tracker with one
  sheet per cost line (the sheet's name is the line), months down as date cells (`Apr
  2026`), `Budget` / `Actual` / `Forecast` / `Variance`, after a `Summary` sheet saying CAD.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Anaplan's zero actuals for months not yet
closed; NEC's `On programme` (not started or in progress?), key-date refs; stage gates'
`G1` (the ID or the gate flag) and their outcome; the MTA's row numbers and which report
column is the forecast's value; a `Green` milestone not yet achieved (not started or in
progress?); the grant's `Report submitted`, its `Not due` (round 15's audit) and its
milestone numbers; FCDO-style budget codes and the FCFA (not in the standard's
currencies); resource plans' days by month (the order of the long rows is not a reading:
only the counts). Readings used: RDEL (resource) is
OpEx, CDEL (capital) CapEx; a cost line's amounts under a title or header saying thousands
(`千円`, `£k`) are multiplied by 1000; a month-ending date is its month; Japanese 2026年度
starts in April 2026; `Met` and an achieved gate are Complete, `Paid` Complete (the
milestone's payment follows its acceptance), `gefährdet` At Risk,
`verzögert` Late, `in Arbeit` In Progress, `erreicht` Complete; a milestone RAG of Amber is
At Risk and Red Late; H / M / L read as 5 / 3 / 1. It was checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output; its truth was
audited before scoring (docs/adopt.md, "Round 15: the fifteenth batch's truth audited": a
stage-gate plan's rows are gates, `(£k)` is GBP, the pivot's `Project` filter names the
project, `Not due` keeps no status).
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTHS,
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _dmy,
    _months,
    _put,
    _save,
    _sheet,
)
from openpyxl.utils import get_column_letter

THREE = {"L": 1.0, "M": 3.0, "H": 5.0}  # the documented three-level reading


def _month_end(d: date) -> date:
    nxt = date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
    return nxt - timedelta(days=1)


# ---------------------------------------------------------------------------------------
# Finance trackers
# ---------------------------------------------------------------------------------------

BANK_CENTRES = ["Payments Platform", "Core Banking Upgrade", "Fraud Analytics"]
BANK_CENTRES += ["Branch Network Refresh", "Open Banking APIs"]


def anaplan_export_grid(folder: Path, rng: random.Random) -> Built:
    """A bank's Anaplan module exported as a grid: line items down, time across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    months = _months(date(2026, 1, 1), 6)
    labels: list[str] = []
    quarter_cols: list[int] = []
    for m, month in enumerate(months):
        labels.append(f"{MONTHS[month.month - 1]} 26")
        if m % 3 == 2:
            labels.append(f"Q{m // 3 + 1} FY26")
            quarter_cols.append(2 + len(labels))
    _put(ws, 1, 1, [["Cost Centre", "Line Items", *labels]])
    centres = rng.sample(BANK_CENTRES, 4)
    values: list[ValueFact] = []
    row = 2
    for centre in centres:
        budget = [float(rng.randrange(40, 260) * 1000) for _ in months]
        actual = [
            round(b * rng.uniform(0.8, 1.15), 2) if m < 3 else 0.0 for m, b in enumerate(budget)
        ]
        forecast = [actual[m] if m < 3 else float(rng.randrange(40, 260) * 1000) for m in range(6)]
        for item, amounts in (("Budget", budget), ("Actual", actual), ("Forecast", forecast)):
            cells: list[object] = []
            for m, amount in enumerate(amounts):
                cells.append(amount)
                if m % 3 == 2:
                    cells.append(round(sum(amounts[m - 2 : m + 1]), 2))
            _put(ws, row, 1, [[centre, item, *cells]])
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, centre), "budget", budget[m]))
            values.append(ValueFact("finance", (month, centre), "forecast", forecast[m]))
            if m < 3:  # months not closed hold 0 actuals: no fact for those
                values.append(ValueFact("finance", (month, centre), "actual", actual[m]))
    path = _save(wb, folder, "anaplan_export_grid")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    targets |= {get_column_letter(c): None for c in quarter_cols}
    table = TruthTable("Export", 1, "finance", targets, {"finance": 6 * len(centres)})
    return Built(path, [table], values)


ESTATES_LINES = ["Design fees", "Furniture and fit-out", "Decant costs", "AV equipment"]
ESTATES_LINES += ["Project management"]


def excel_pivot_budget_actual(folder: Path, rng: random.Random) -> Built:
    """An Excel PivotTable in compact form pasted as values, the year in a report filter."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Pivot")
    _put(ws, 1, 1, [["Project", "Library Refurbishment"], ["Years", 2026]])
    _put(ws, 4, 1, [["Sum of Amount", "Column Labels"]])
    _put(ws, 5, 1, [["Row Labels", "Actual", "Budget", "Forecast", "Grand Total"]])
    months = _months(date(2026, 1, 1), 6)
    lines = sorted(rng.sample(ESTATES_LINES, 4))  # a pivot sorts its row labels
    # the `Project` report filter set to one project names the sheet's project (audit, round 15)
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", "Library Refurbishment")]
    row = 6
    grand = [0.0, 0.0, 0.0]
    for line in lines:
        head = row
        row += 1
        sums = [0.0, 0.0, 0.0]
        for m, month in enumerate(months):
            budget = float(rng.randrange(5, 80) * 500)
            actual = round(budget * rng.uniform(0.7, 1.2), 2) if m < 3 else None
            forecast = float(rng.randrange(5, 80) * 500) if m >= 3 else None
            cells = [actual, budget, forecast]
            total = sum(c for c in cells if c is not None)
            _put(ws, row, 1, [[MONTHS[month.month - 1], *cells, total]])
            for k, c in enumerate(cells):
                sums[k] += c or 0.0
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
            if forecast is not None:
                values.append(ValueFact("finance", (month, line), "forecast", forecast))
            row += 1
        _put(ws, head, 1, [[line, *[round(s, 2) for s in sums], round(sum(sums), 2)]])
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
    _put(ws, row, 1, [["Grand Total", *[round(g, 2) for g in grand], round(sum(grand), 2)]])
    path = _save(wb, folder, "excel_pivot_budget_actual")
    targets: Targets = _cols("A", [("cost_line", "month", None), "actual", "budget"])
    targets |= _cols("D", ["forecast", None])
    table = TruthTable("Pivot", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


FLOOD_LINES = [
    ("Staff costs", "RDEL"),
    ("Consultancy", "RDEL"),
    ("Maintenance contracts", "RDEL"),
    ("Flood wall construction", "CDEL"),
    ("Land purchase", "CDEL"),
    ("Pumping stations", "CDEL"),
]


def uk_dept_rdel_cdel_forecast(folder: Path, rng: random.Random) -> Built:
    """A UK government department's monthly forecast return, RDEL and CDEL lines."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast return")
    ws["A1"] = "Department for Rural Affairs - Flood Resilience Programme"
    ws["A2"] = "Monthly forecast return 2026-27, Month 3 (June) - £"
    months = _months(date(2026, 4, 1), 6)
    for m in range(6):
        ws.cell(3, 3 + m, "Actual" if m < 3 else "Forecast")
    _put(ws, 4, 1, [["Budget type", "Cost line", *months, "Full year forecast", "Budget 2026-27"]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    chosen = [FLOOD_LINES[i] for i in sorted(rng.sample(range(len(FLOOD_LINES)), 4))]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for k, (line, kind) in enumerate(chosen):
        amounts = [float(rng.randrange(10, 400) * 250) for _ in months]
        year = round(sum(amounts) * 2, -3)
        _put(ws, 5 + k, 1, [[kind, line, *amounts, year, round(year * 1.04, -3)]])
        for m, month in enumerate(months):
            measure = "actual" if m < 3 else "forecast"
            values.append(ValueFact("finance", (month, line), measure, amounts[m]))
            capex = "OpEx" if kind == "RDEL" else "CapEx"
            values.append(ValueFact("finance", (month, line), "capex_opex", capex))
    path = _save(wb, folder, "uk_dept_rdel_cdel_forecast")
    targets: Targets = {"A": "capex_opex", "B": "cost_line", "I": None, "J": None}
    table = TruthTable("Forecast return", 4, "finance", targets, {"finance": 6 * len(chosen)})
    return Built(path, [table], values)


NRM_ELEMENTS = [
    ("0", "Preliminaries"),
    ("1", "Substructure"),
    ("2.1", "Frame"),
    ("2.3", "Roof"),
    ("2.5", "External walls"),
    ("5", "Mechanical services"),
    ("5.8", "Electrical installations"),
    ("8", "External works"),
]


def qs_cashflow_forecast(folder: Path, rng: random.Random) -> Built:
    """A UK contractor's cash flow forecast: `Month n` over month-ending date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cashflow")
    ws["A1"] = "Riverside Primary School Extension - Cash flow forecast (revision 3, £)"
    ws["A2"] = "Valuations at month end; retention excluded"
    nm = 8
    months = _months(date(2026, 1, 1), nm)
    _put(ws, 4, 1, [["Ref", "Element", "Contract sum (£)", *[f"Month {m + 1}" for m in range(nm)]]])
    ws.cell(4, 4 + nm, "Total")
    for c in (1, 2, 3, 4 + nm):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for m, month in enumerate(months):
        ws.cell(5, 4 + m, _month_end(month)).number_format = "dd/mm/yyyy"
    chosen = [NRM_ELEMENTS[i] for i in sorted(rng.sample(range(len(NRM_ELEMENTS)), 6))]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for k, (ref, element) in enumerate(chosen):
        # no zero months: whether a zero is a forecast line or none is not the truth's to say
        amounts = [float(rng.randrange(1, 60) * 2500) for _ in months]
        total = sum(amounts)
        _put(ws, 6 + k, 1, [[ref, element, round(total * 1.02, -2), *amounts, total]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, element), "forecast", amounts[m]))
    path = _save(wb, folder, "qs_cashflow_forecast")
    targets: Targets = {"A": None, "B": "cost_line", "C": None, "L": None}
    table = TruthTable("Cashflow", 5, "finance", targets, {"finance": nm * len(chosen)})
    return Built(path, [table], values)


JP_LINES = ["外部委託費", "ソフトウェア費", "ハードウェア費", "クラウド利用料", "教育研修費"]


def japanese_yojitsu_kanri(folder: Path, rng: random.Random) -> Built:
    """A Japanese 予実管理表: months `4月` merged over 予算 / 実績, thousands of yen."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予実管理")
    ws["A1"] = "2026年度 基幹システム刷新プロジェクト 予実管理表"
    ws["A2"] = "（単位：千円）"
    months = _months(date(2026, 4, 1), 6)
    ws.cell(4, 1, "費目")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for m, month in enumerate([*months, None]):
        col = 2 + 2 * m
        ws.cell(4, col, f"{month.month}月" if month else "上期合計")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "予算")
        ws.cell(5, col + 1, "実績")
    lines = rng.sample(JP_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    for k, line in enumerate(lines):
        cells: list[object] = []
        tb, ta = 0, 0
        for m, month in enumerate(months):
            budget = rng.randrange(5, 300) * 10
            actual = round(budget * rng.uniform(0.7, 1.2)) if m < 3 else None
            cells += [budget, actual]
            tb += budget
            ta += actual or 0
            values.append(ValueFact("finance", (month, line), "budget", float(budget * 1000)))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", float(actual * 1000)))
        _put(ws, 6 + k, 1, [[line, *cells, tb, ta]])
    path = _save(wb, folder, "japanese_yojitsu_kanri")
    targets: Targets = {"A": "cost_line", "N": None, "O": None}
    table = TruthTable("予実管理", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


SN_LINES = [
    ("1.1", "Salaires du personnel"),
    ("1.2", "Per diem et déplacements"),
    ("2.1", "Forages et équipements"),
    ("2.2", "Formation des comités de gestion"),
    ("3.1", "Frais administratifs"),
]
FR_MONTHS = ["janv", "févr", "mars", "avr", "mai", "juin"]


def senegal_ngo_suivi_budgetaire(folder: Path, rng: random.Random) -> Built:
    """A Senegalese NGO's donor budget follow-up: monthly spend under `Dépenses réalisées`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budgétaire")
    ws["A1"] = "Programme d'accès à l'eau potable - Région de Kaolack"
    ws["A2"] = "Suivi budgétaire janvier - juin 2026 (montants en FCFA)"
    months = _months(date(2026, 1, 1), 6)
    ws.cell(4, 4, "Dépenses réalisées")
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=9)
    header = ["Code", "Ligne budgétaire", "Budget annuel"]
    header += [f"{FR_MONTHS[m]}-26" for m in range(6)]
    header += ["Total dépensé", "Taux d'exécution"]
    _put(ws, 5, 1, [header])
    values: list[ValueFact] = []
    for k, (code, line) in enumerate(SN_LINES):
        spent = [float(rng.randrange(2, 90) * 25000) for _ in months]
        annual = round(sum(spent) * rng.uniform(1.6, 2.4), -5)
        rate = f"{round(100 * sum(spent) / annual)}%"
        _put(ws, 6 + k, 1, [[code, line, annual, *spent, sum(spent), rate]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "actual", spent[m]))
    path = _save(wb, folder, "senegal_ngo_suivi_budgetaire")
    targets: Targets = {"A": None, "B": "cost_line", "C": None, "J": None, "K": None}
    table = TruthTable("Suivi budgétaire", 5, "finance", targets, {"finance": 30})
    return Built(path, [table], values)


CAD_LINES = ["Software licences", "Implementation partner", "Backfill staffing", "Hardware"]
CAD_LINES += ["Training"]


def cost_line_per_sheet_tracker(folder: Path, rng: random.Random) -> Built:
    """A Canadian health authority's cost tracker: one sheet per cost line, months down."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Summary")
    ws["A1"] = "Clinical Information System Renewal - Cost tracker FY2026-27"
    ws["A3"] = "All amounts in CAD. One sheet per cost line; months down."
    lines = rng.sample(CAD_LINES, 4)
    months = _months(date(2026, 4, 1), 6)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    tables: list[TruthTable] = []
    for line in lines:
        sh = wb.create_sheet(line)
        sh["A1"] = line
        _put(sh, 3, 1, [["Month", "Budget", "Actual", "Forecast", "Variance"]])
        for m, month in enumerate(months):
            budget = float(rng.randrange(8, 120) * 1000)
            actual = round(budget * rng.uniform(0.75, 1.2), 2) if m < 3 else None
            forecast = float(rng.randrange(8, 120) * 1000) if m >= 3 else None
            var = round(budget - (actual if actual is not None else forecast or 0.0), 2)
            _put(sh, 4 + m, 1, [[month, budget, actual, forecast, var]])
            sh.cell(4 + m, 1).number_format = "mmm yyyy"
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
            if forecast is not None:
                values.append(ValueFact("finance", (month, line), "forecast", forecast))
        targets: Targets = _cols("A", ["month", "budget", "actual", "forecast", None])
        tables.append(TruthTable(line, 3, "finance", targets, {"finance": len(months)}))
    path = _save(wb, folder, "cost_line_per_sheet_tracker")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Resource plans
# ---------------------------------------------------------------------------------------

FR_PEOPLE = ["Camille Martin", "Julien Bernard", "Sophie Dubois", "Nicolas Leroy"]
FR_PEOPLE += ["Claire Moreau", "Thomas Girard"]
FR_ROLES = ["Chef de projet", "Architecte", "Développeur", "Testeur", "Analyste métier"]


def french_plan_de_charge(folder: Path, rng: random.Random) -> Built:
    """A French IT department's plan de charge in jours-homme, months across as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan de charge")
    ws["A1"] = "Plan de charge - Refonte du SIRH (en jours-homme)"
    labels = ["janv.-26", "févr.-26", "mars-26", "avr.-26", "mai-26", "juin-26"]  # Excel's mmm-yy
    _put(ws, 3, 1, [["Profil", "Ressource", "Entité", *labels, "Total (j/h)"]])
    n = rng.randint(4, 6)
    people = rng.sample(FR_PEOPLE, n)
    count = 0
    for i in range(n):
        days: list[object] = []
        for _ in range(6):
            d = rng.choice([0, None, 5, 8, 10, 12.5, 15, 18, 20])
            days.append(d)
            count += 1 if d else 0
        total = sum(d for d in days if isinstance(d, int | float))
        row = [FR_ROLES[i % len(FR_ROLES)], people[i], rng.choice(["DSI", "Prestataire"])]
        _put(ws, 4 + i, 1, [[*row, *days, total]])
    path = _save(wb, folder, "french_plan_de_charge")
    targets: Targets = {"A": "role", "B": "person", "C": None, "J": None}
    table = TruthTable("Plan de charge", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


IN_PEOPLE = ["Ananya Iyer", "Rahul Sharma", "Karthik Reddy", "Sneha Kulkarni"]
IN_PEOPLE += ["Vikram Menon", "Divya Pillai"]
IN_ROLES = ["Tech Lead", "Developer", "Developer", "Test Engineer", "Business Analyst"]
IN_ROLES += ["Scrum Master"]


def indian_it_staffing_weeks(folder: Path, rng: random.Random) -> Built:
    """An Indian IT vendor's staffing plan in person-days per week, Monday date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staffing Plan")
    ws["A1"] = "Core Banking Migration - Onsite / Offshore staffing plan (person-days per week)"
    ws["A2"] = "Account: Kaveri Bank    Delivery centre: Bengaluru"
    weeks = [date(2026, 3, 2) + timedelta(days=7 * w) for w in range(9)]
    _put(ws, 4, 1, [["Emp ID", "Employee Name", "Role", "Location", *weeks, "Total PD"]])
    for c in range(5, 5 + len(weeks)):
        ws.cell(4, c).number_format = "dd-mmm-yy"
    n = rng.randint(4, 6)
    people = rng.sample(IN_PEOPLE, n)
    count = 0
    for i in range(n):
        days = [rng.choice([0, 0, 3, 5, 5, 5]) for _ in weeks]
        for month in (3, 4):
            count += (
                1 if sum(d for w, d in zip(weeks, days, strict=True) if w.month == month) else 0
            )
        row = [f"{rng.randrange(100000, 999999)}", people[i], IN_ROLES[i]]
        row += [rng.choice(["Offshore", "Offshore", "Onsite"])]
        _put(ws, 5 + i, 1, [[*row, *days, sum(days)]])
    path = _save(wb, folder, "indian_it_staffing_weeks")
    targets: Targets = {"A": None, "B": "person", "C": "role", "D": None, "N": None}
    table = TruthTable("Staffing Plan", 4, "resources", targets, {"resources": count})
    return Built(path, [table], [])


# ---------------------------------------------------------------------------------------
# Milestone and stage-gate plans
# ---------------------------------------------------------------------------------------

KEY_DATES = [
    ("Access to the northbound verge for the utility diversions", "Utility diversions complete"),
    ("Junction 3 bridge deck poured and cured", "Bridge deck complete"),
    ("Temporary traffic management removed from the A14", "Traffic management off"),
    ("Drainage outfall accepted by the Environment Agency", "Outfall accepted"),
    ("Section 1 (westbound carriageway) open to traffic", "Section 1 completion"),
    ("Street lighting energised and adopted", "Lighting energised"),
    ("Landscaping planted in the first season", "First season planting"),
]


def nec_key_dates(folder: Path, rng: random.Random) -> Built:
    """An NEC4 ECC contract's Key Dates schedule against the Accepted Programme."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Key Dates")
    ws["A1"] = "NEC4 ECC - A14 Junction 3 Improvement - Key Dates and Sectional Completion"
    ws["A2"] = "Accepted Programme: Rev 7 (submitted 27/02/2026)"
    header = ["KD ref", "Description", "Condition to be met", "Contract Key Date"]
    header += ["Forecast (Rev 7)", "Date met", "Responsible", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    chosen = KEY_DATES[:n]
    base = _days(rng, n, date(2025, 11, 3))
    statuses = {"Met": "Complete", "On programme": "", "At risk": "At Risk", "Late": "Late"}
    values: list[ValueFact] = []
    for i, (condition, name) in enumerate(chosen):
        owner = rng.choice(PEOPLE)
        state = "Met" if i < 2 else rng.choice(["On programme", "On programme", "At risk", "Late"])
        slip = 0 if state in ("Met", "On programme") else rng.randint(7, 40)
        fc = base[i] + timedelta(days=slip)
        met = base[i] - timedelta(days=rng.randint(0, 5)) if state == "Met" else None
        row = [f"KD{i + 1}", name, condition, base[i], fc, met, owner, state]
        _put(ws, 5 + i, 1, [row])
        for c in (4, 5, 6):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "owner", owner),
        ]
        if met:
            values.append(ValueFact("milestones", i, "actual_date", met))
        if statuses[state]:
            values.append(ValueFact("milestones", i, "status", statuses[state]))
    path = _save(wb, folder, "nec_key_dates")
    targets: Targets = _cols("A", [("id", None), "milestone", None, "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "owner", "status"])
    table = TruthTable("Key Dates", 4, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


GATES = [
    ("Target product profile agreed", "Research Board"),
    ("Candidate selection", "Research Board"),
    ("Entry into human", "Portfolio Review Committee"),
    ("Proof of concept readout", "Portfolio Review Committee"),
    ("Phase 3 start", "Executive Committee"),
    ("Submission (FDA / EMA)", "Executive Committee"),
]


def pharma_stage_gate_plan(folder: Path, rng: random.Random) -> Built:
    """A Basel pharma compound's stage-gate plan: gates, decision bodies, no status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gate Plan")
    ws["A1"] = "Compound XR-417 (NASH) - Development stage-gate plan"
    ws["A2"] = "Long-range plan 2026; dates as agreed at the last gate"
    header = ["Gate", "Decision point", "Decision body", "Planned (LRP 2026)"]
    header += ["Current forecast", "Achieved", "Gate owner", "Outcome", "Comments"]
    _put(ws, 4, 1, [header])
    base = [
        date(2024, 3, 1) + timedelta(days=int(i * 330 + rng.randrange(0, 60))) for i in range(6)
    ]
    done = rng.randint(2, 3)
    values: list[ValueFact] = []
    for i, (name, body) in enumerate(GATES):
        owner = rng.choice(PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 30, 61, 92]) if i >= done else 0)
        achieved = base[i] + timedelta(days=rng.randint(-10, 20)) if i < done else None
        outcome = rng.choice(["Go", "Go", "Go with conditions"]) if achieved else None
        row = [f"G{i}", name, body, base[i], fc, achieved, owner, outcome]
        row += ["Slipped with the CMC scale-up" if fc > base[i] else None]
        _put(ws, 5 + i, 1, [row])
        for c in (4, 5, 6):
            ws.cell(5 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "owner", owner),
            # every row of a stage-gate plan is a gate, however column A is read (audit, round 15)
            ValueFact("milestones", i, "gate", "Y"),
        ]
        if achieved:
            values.append(ValueFact("milestones", i, "actual_date", achieved))
            values.append(ValueFact("milestones", i, "status", "Complete"))
    path = _save(wb, folder, "pharma_stage_gate_plan")
    targets: Targets = _cols("A", [("gate", "id", None), "milestone", None, "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "owner", None, None])
    table = TruthTable("Gate Plan", 4, "milestones", targets, {"milestones": len(GATES)})
    return Built(path, [table], values)


DE_MILESTONES = [
    "Fachkonzept abgenommen",
    "Systemarchitektur freigegeben",
    "Datenmigration Testlauf 1",
    "Integrationstest abgeschlossen",
    "Schulung Key-User beendet",
    "Produktivstart Werk Ingolstadt",
    "Hypercare beendet",
]
DE_PEOPLE = ["Lena Fischer", "Jonas Weber", "Katrin Schulz", "Markus Hoffmann", "Anna Becker"]


def german_mta_milestones(folder: Path, rng: random.Random) -> Built:
    """A German milestone trend analysis: the forecast at each report date as a column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "MTA")
    ws["A1"] = "Meilenstein-Trendanalyse - ERP-Einführung Werk Ingolstadt"
    ws["A2"] = "Projektleiter: Lena Fischer"
    reports = [date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 16)]
    ws.cell(3, 5, "Prognose zum Berichtstermin")
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=7)
    _put(ws, 4, 1, [["Nr.", "Meilenstein", "Verantwortlich", "Basistermin", *reports]])
    ws.cell(4, 8, "Ist-Termin")
    ws.cell(4, 9, "Status")
    for c in range(5, 8):
        ws.cell(4, c).number_format = "dd.mm.yyyy"
    n = rng.randint(5, 7)
    base = [
        date(2026, 1, 20) + timedelta(days=int(i * 35 + rng.randrange(0, 20))) for i in range(n)
    ]
    words = {"erreicht": "Complete", "in Arbeit": "In Progress", "gefährdet": "At Risk"}
    words |= {"verzögert": "Late"}
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Lena Fischer")]
    for i in range(n):
        owner = rng.choice(DE_PEOPLE)
        reached = base[i] <= date(2026, 3, 10) and i < 2
        drift = [0, 0, 0] if reached else [0, rng.choice([0, 7, 14]), rng.choice([0, 14, 21, 35])]
        fcs = [base[i] + timedelta(days=max(drift[: k + 1])) for k in range(3)]
        actual = base[i] + timedelta(days=rng.randint(0, 3)) if reached else None
        if reached:
            state = "erreicht"
        elif fcs[2] > base[i] + timedelta(days=20):
            state = "verzögert"
        elif fcs[2] > base[i]:
            state = "gefährdet"
        else:
            state = "in Arbeit"
        _put(ws, 5 + i, 1, [[i + 1, DE_MILESTONES[i], owner, base[i], *fcs, actual, state]])
        for c in (4, 5, 6, 7, 8):
            ws.cell(5 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", DE_MILESTONES[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "status", words[state]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "german_mta_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    # the date-headed report columns (E:G) are the forecast's history: no truth for them
    targets |= _cols("H", ["actual_date", "status"])
    table = TruthTable("MTA", 4, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Workbooks holding several tables
# ---------------------------------------------------------------------------------------

WATER_MILESTONES = [
    "Design authority approval",
    "Vendor contract signed",
    "Customer data migrated (trial)",
    "Pilot with 5,000 customers",
    "Go-live for all customers",
    "Legacy portal switched off",
]


def highlight_report_one_sheet(folder: Path, rng: random.Random) -> Built:
    """A one-sheet highlight report: title block, milestones, risks and finance by month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    ws["A1"] = "PROJECT HIGHLIGHT REPORT"
    _put(ws, 2, 1, [["Project:", "Customer Portal Replatform", None, "Report date:"]])
    ws["E2"] = date(2026, 3, 31)
    ws["E2"].number_format = "dd/mm/yyyy"
    _put(ws, 3, 1, [["Project Manager:", "Grace Lee", None, "Overall RAG:", "Amber"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Customer Portal Replatform"),
        ValueFact("project", 0, "project_manager", "Grace Lee"),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "currency", "GBP"),  # `Financials (£k)` (audit, round 15)
    ]
    ws["A6"] = "Key milestones"
    _put(ws, 7, 1, [["Milestone", "Baseline", "Forecast", "Actual", "RAG"]])
    nm = rng.randint(5, 6)
    base = [
        date(2026, 1, 16) + timedelta(days=int(i * 30 + rng.randrange(0, 10))) for i in range(nm)
    ]
    for i in range(nm):
        done = base[i] < date(2026, 3, 20)
        slip = 0 if done else rng.choice([0, 0, 14, 35])
        fc = base[i] + timedelta(days=slip)
        actual = base[i] + timedelta(days=rng.randint(0, 4)) if done else None
        rag = "Green" if done or slip == 0 else ("Amber" if slip < 30 else "Red")
        _put(ws, 8 + i, 1, [[WATER_MILESTONES[i], base[i], fc, actual, rag]])
        for c in (2, 3, 4):
            ws.cell(8 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "milestone", WATER_MILESTONES[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif rag != "Green":
            values.append(
                ValueFact("milestones", i, "status", "At Risk" if rag == "Amber" else "Late")
            )
    top = 8 + nm + 2
    ws.cell(top, 1, "Key risks")
    _put(ws, top + 1, 1, [["Risk", "Owner", "Likelihood", "Impact", "Mitigation"]])
    nr = rng.randint(3, 4)
    titles = rng.sample(RISK_TITLES, nr)
    for i in range(nr):
        owner, p, c = rng.choice(PEOPLE), rng.choice("HML"), rng.choice("HML")
        _put(ws, top + 2 + i, 1, [[titles[i], owner, p, c, "Tracked at the weekly board"]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", THREE[p]),
            ValueFact("risks", i, "impact", THREE[c]),
            ValueFact("risks", i, "response", "Tracked at the weekly board"),
        ]
    ws["G7"] = "Financials (£k)"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 8, 7, [["Cost line", "Measure", *[f"{MONTHS[m.month - 1]}-26" for m in months]]])
    ws.cell(8, 15, "Total")
    row = 9
    for line in ("Internal staff", "Supplier"):
        budget = [rng.randrange(20, 120) / 2 for _ in months]
        actual = [round(b * rng.uniform(0.8, 1.2), 1) for b in budget[:3]]
        forecast = [rng.randrange(20, 120) / 2 for _ in months[3:]]
        rows = [
            ("Budget", budget, range(6)),
            ("Actual", actual, range(3)),
            ("Forecast", forecast, range(3, 6)),
        ]
        for measure, amounts, span in rows:
            cells: list[object] = [None] * 6
            for m, amount in zip(span, amounts, strict=True):
                cells[m] = amount
                values.append(
                    ValueFact(
                        "finance", (months[m], line), measure.lower(), round(amount * 1000, 2)
                    )
                )
            _put(ws, row, 7, [[line, measure, *cells, round(sum(amounts), 1)]])
            row += 1
    path = _save(wb, folder, "highlight_report_one_sheet")
    m_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "actual_date"])
    m_targets |= {"E": "status"}
    r_targets: Targets = _cols("A", ["title", "owner", "probability", "impact", "response"])
    f_targets: Targets = {"G": "cost_line", "H": "measure", "O": None}
    tables = [
        TruthTable("Highlight Report", 7, "milestones", m_targets, {"milestones": nm}),
        TruthTable("Highlight Report", 8, "finance", f_targets, {"finance": 12}),
        TruthTable("Highlight Report", top + 1, "risks", r_targets, {"risks": nr}),
    ]
    return Built(path, tables, values)


GRANT_MILESTONES = [
    ("Project plan and baseline report accepted", "Signed project plan"),
    ("Recycling line design finalised", "Design report"),
    ("Line installed and commissioned", "Commissioning certificate"),
    ("First 50 tonnes processed", "Production records"),
    ("Final report and acquittal", "Audited financial acquittal"),
]
GRANT_CATS = ["Labour", "Contract expenditure", "Plant and equipment", "Travel"]


def au_grant_milestone_payments(folder: Path, rng: random.Random) -> Built:
    """An Australian Government grant tracker: milestone payments above monthly spend."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grant Tracker")
    ws["A1"] = "Modern Manufacturing Initiative - Grant Agreement GA-2026-0417"
    ws["A2"] = "Recipient: Southern Cross Composites Pty Ltd"
    _put(ws, 3, 1, [["Project:", "Recycled carbon fibre production line"]])
    header = ["Milestone No.", "Milestone / deliverable", "Due date", "Evidence required"]
    header += ["Payment (AUD excl. GST)", "Date achieved", "Status"]
    _put(ws, 5, 1, [header])
    due = [date(2025, 9, 30) + timedelta(days=int(i * 91 + rng.randrange(0, 20))) for i in range(5)]
    if not any(d.day > 12 for d in due):
        due[0] = due[0].replace(day=24)
    done = rng.randint(1, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Recycled carbon fibre production line"),
        ValueFact("project", 0, "currency", "AUD"),
    ]
    for i, (name, evidence) in enumerate(GRANT_MILESTONES):
        achieved = due[i] - timedelta(days=rng.randint(0, 12)) if i < done else None
        state = "Paid" if achieved else "Not due"
        if i == done - 1 and rng.random() < 0.5:
            state = "Report submitted"
        row = [i + 1, name, _dmy(due[i]), evidence, rng.randrange(2, 20) * 25000]
        row += [_dmy(achieved) if achieved else None, state]
        _put(ws, 6 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
        ]
        if achieved:
            values.append(ValueFact("milestones", i, "actual_date", achieved))
        # `Not due` says the due date has not come, not whether work has started (Not Started
        # or In Progress; at some seeds the due date has even passed): no fact (audit, round 15)
        if state == "Paid":
            values.append(ValueFact("milestones", i, "status", "Complete"))
    ws["A13"] = "Project expenditure (AUD excl. GST)"
    months = _months(date(2026, 1, 1), 6)
    ws.cell(14, 2, "Actual")
    ws.merge_cells(start_row=14, start_column=2, end_row=14, end_column=4)
    ws.cell(14, 5, "Forecast")
    ws.merge_cells(start_row=14, start_column=5, end_row=14, end_column=7)
    _put(ws, 15, 1, [["Expenditure category", *months]])
    for c in range(2, 8):
        ws.cell(15, c).number_format = "mmm-yy"
    for k, cat in enumerate(GRANT_CATS):
        amounts = [float(rng.randrange(2, 80) * 1000) for _ in months]
        _put(ws, 16 + k, 1, [[cat, *amounts]])
        for m, month in enumerate(months):
            measure = "actual" if m < 3 else "forecast"
            values.append(ValueFact("finance", (month, cat), measure, amounts[m]))
    path = _save(wb, folder, "au_grant_milestone_payments")
    m_targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", None, None])
    m_targets |= _cols("F", ["actual_date", "status"])
    tables = [
        TruthTable("Grant Tracker", 5, "milestones", m_targets, {"milestones": 5}),
        TruthTable("Grant Tracker", 15, "finance", {"A": "cost_line"}, {"finance": 24}),
    ]
    return Built(path, tables, values)


HELD_OUT_15: tuple[Layout, ...] = (
    Layout("anaplan_export_grid", "Anaplan module grid export (bank)", anaplan_export_grid),
    Layout(
        "excel_pivot_budget_actual",
        "Excel PivotTable, compact form, pasted as values",
        excel_pivot_budget_actual,
    ),
    Layout(
        "uk_dept_rdel_cdel_forecast",
        "UK government department monthly forecast return (RDEL / CDEL)",
        uk_dept_rdel_cdel_forecast,
    ),
    Layout("qs_cashflow_forecast", "UK contractor cash flow forecast", qs_cashflow_forecast),
    Layout(
        "japanese_yojitsu_kanri",
        "Japanese budget-actual table (予実管理表)",
        japanese_yojitsu_kanri,
    ),
    Layout(
        "senegal_ngo_suivi_budgetaire",
        "Senegalese NGO donor budget follow-up (French)",
        senegal_ngo_suivi_budgetaire,
    ),
    Layout(
        "cost_line_per_sheet_tracker",
        "Canadian health authority cost tracker, a sheet per cost line",
        cost_line_per_sheet_tracker,
    ),
    Layout("french_plan_de_charge", "French plan de charge (jours-homme)", french_plan_de_charge),
    Layout(
        "indian_it_staffing_weeks",
        "Indian IT vendor staffing plan (person-days per week)",
        indian_it_staffing_weeks,
    ),
    Layout("nec_key_dates", "NEC4 ECC Key Dates schedule", nec_key_dates),
    Layout("pharma_stage_gate_plan", "pharma development stage-gate plan", pharma_stage_gate_plan),
    Layout("german_mta_milestones", "German Meilenstein-Trendanalyse (MTA)", german_mta_milestones),
    Layout(
        "highlight_report_one_sheet",
        "UK utility one-sheet highlight report (milestones, risks, finance)",
        highlight_report_one_sheet,
    ),
    Layout(
        "au_grant_milestone_payments",
        "Australian Government grant tracker (milestone payments and spend)",
        au_grant_milestone_payments,
    ),
)
