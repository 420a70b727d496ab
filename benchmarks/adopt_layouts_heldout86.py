"""The eighty-sixth held-out batch (``HELD_OUT_86``, round 36, task w94): twelve seeded
legacy finance trackers with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses
or scores. It is FINANCE TRACKERS OF EVERY SHAPE, as project accountants, PMs and finance
systems keep them: fiscal periods, quarters, thousands, ERP exports, category subtotals,
capex / opex, hidden columns and notes. Every input cell is a value.

Trackers:

- ``au_dune_periods_july``: an Australian council's dune erosion control works: fiscal
  periods `P01` .. `P12` across, the title line `FY2026-27 (P01 = July 2026)`, sheets
  `Budget` and `Actual` (periods not closed blank), `Cost line` down, `All amounts AUD`.
- ``de_sap_co_export``: a German drainage board's (Deichverband) Schöpfwerk renewal, an SAP
  CO line-item export: `Kostenart` (a cost element number), `Kostenartentext`, `Periode` as
  text `003/2026`, `Plan`, `Ist`, `Obligo`, `Währung` (EUR on every row); the title
  `Geschäftsjahr 2026 (Kalenderjahr)`.
- ``us_oracle_project_costs``: a US eye bank's cornea processing lab build, an Oracle
  Projects export: `PROJECT_NUMBER`, `TASK_NAME`, `EXPENDITURE_CATEGORY`, `PERIOD_NAME` as
  text `JAN-26`, `BUDGET_AMOUNT`, `ACTUAL_AMOUNT`, `COMMITMENT_AMOUNT`, `CURRENCY_CODE` USD.
- ``uk_dynamics_quarters_categories``: a UK saltmarsh restoration's Dynamics-style budget:
  April-start year, months across as date cells `mmm-yy` with `Q1` / `Q2` subtotal columns
  among them, cost lines (indented) grouped under category heading rows with `Subtotal`
  rows, a `Grand total`; `Amounts (GBP)` in a header line.
- ``ca_xero_variance_per_month``: a Canadian Indigenous friendship centre's renovation,
  Xero `Budget Variance` reports, one sheet per month (`Jan 2026` ..): the title block `For
  the month ended 31 January 2026`, `Account`, `Actual`, `Budget`, `Variance`, `Var %`, a
  `Total Operating Expenses` row; `CAD` in the title.
- ``sg_eye_clinic_measure_long``: a Singapore eye clinic fit-out's long table, one row per
  month, line and measure: `Month` date cells `mmm-yy`, `Cost line`, `Measure` (`Budget`,
  `Actual`, `Forecast`, `Commitment`, `Accrual`), `Amount (SGD)`; a second sheet
  `Weekly labour` with week-ending date cells across and trades down.
- ``jp_fy_april_thousands``: a Japanese prefecture's sabo dam (砂防堰堤) budget for
  2026年度: `費目` down, months across as text `4月` .. `9月`, per line `予算` / `実績`
  rows (`区分` column), `（単位：千円）` above: thousands of yen.
- ``ch_cumulative_and_monthly``: a Swiss avalanche gallery renewal's tracker: months across
  (date cells `mm.yyyy`), per line a `Budget` row, a `Ist kumuliert` row (running total) and
  a `Prognose` row; amounts as text `CHF 12'500`.
- ``us_federal_october_sheets``: a US federal lock-and-dam control house's tracker: October
  start year, months across as text `Oct-26`, sheets `Budget`, `Obligations`, `Expenditures`;
  `($)` in the title; `Cost line` down, a `Total` row.
- ``fr_conservatoire_capex_opex_hidden``: a French regional conservatoire's tracker: `Poste`,
  `Nature` (`Investissement` / `Fonctionnement`), a hidden `Code analytique` column, months
  across as date cells `mmm-yy` with the budget; a hidden `Réalisé 2025` column;
  `Montants en k€` (thousands of euros).
- ``nl_polder_rounded_totals``: a Dutch water board's dike crest raising: `Maand` as text
  `januari 2026`, `Kostenpost`, `Begroot`, `Werkelijk`, `Prognose`, `Opmerking`, amounts as
  text `€ 12.500,00`, a `Totaal (afgerond op € 1.000)` row and a rounding note.
- ``in_months_lakhs_quarter_totals``: an Indian state transport corporation's tyre retreading
  plant capex tracker: April-start months as text `Apr'26` .. `Sep'26` with `Q1 total` / `Q2
  total` columns after each three, `Cost head`, sheets `Budget` and `Actual` (months not
  booked blank); `(Rs. in lakhs)` under the title.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the quarter total columns (`Q1` / `Q2`, `Q1 total` / `Q2 total`), the `Subtotal` /
  `Grand total` / `Total` rows: no cost line, no fact;
- the UK category heading rows (`Earthworks`, `Environmental`, `Fees`) and Oracle's
  `EXPENDITURE_CATEGORY`: not on the standard cost category list, so no category fact;
- Oracle's `ACTUAL_AMOUNT` of 0 in months not yet closed (a zero or no actual yet?): no
  fact;
- the Swiss `Ist kumuliert` (a running total): no actual fact (the month's actual would be a
  difference the reader computes); `Budget` and `Prognose` (forecast) are facts;
- SAP `Obligo`, Oracle `COMMITMENT_AMOUNT`, the long table's `Commitment` and `Accrual`
  measures and the federal `Obligations` sheet (commitments): no fact; the federal
  `Expenditures` are the actual;
- the SAP `Kostenart` number (a cost element code, not the line's name): column left out;
  `Kostenartentext` is the cost line; `Währung` EUR gives the currency;
- Oracle `EXPENDITURE_CATEGORY`: the category or left out; `TASK_NAME` is the cost line;
  `PROJECT_NUMBER`: left out;
- Xero `Variance` / `Var %` and the `Total Operating Expenses` row: no fact; each sheet's
  month is read from its `For the month ended` line (and its sheet name);
- the French hidden `Code analytique` and `Réalisé 2025` columns: left out; `Nature` is
  capex / opex (`Investissement` CapEx, `Fonctionnement` OpEx), a fact on the line's first
  month; `k€` multiplies by 1000;
- Japanese `千円` and Indian `lakhs` multiply (x1000, x100,000) where facts are given;
- the long table's `Amount (SGD)`: the value column its `Measure` names, no column truth
  of its own (as the seventeenth batch's Tableau `Measure Values`);
- the Dutch `Totaal` row and rounding note: no fact; `Opmerking`: notes or left out, no fact;
- the SG `Weekly labour` sheet (week-ending dates across, a week may straddle two months):
  no table, no fact; the monthly long table holds the labour in its lines.

Readings used: date cells are the month they hold; text months and `P01 = July 2026` name
their months; a period `003/2026` in a calendar fiscal year is March 2026; the title, a
header or a currency column names the currency. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Round 36's audit of this truth (task a98; docs/adopt.md, "Round 36: the eighty-sixth
batch's truth audited") changed two things, no cell: the federal tracker's project
``currency`` USD is removed (`($)` is a bare `$`, no currency word or code, as the audits
of rounds 24, 26, 28, 31 and 34 ruled, a US federal spend plan's included); the Indian
tracker gains ``capex_opex`` CapEx on each cost head's first month (its title says `Capex`:
every head is capital spend, as the eighth tuning batch's `Capital Expenditure Tracker`
and round 11's `Actual Capex (INR)`). Fact totals: 412 -> 414 at seed 2026, 430 -> 432 at
seed 7, 423 -> 426 at seed 99; ``check_truth`` holds at seeds 0-199 and 2026.
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
    _months,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Alignment

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
NL_MONTHS += ["september", "oktober", "november", "december"]
MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTH_WORDS += ["September", "October", "November", "December"]


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(max(step, round(x * rng.uniform(0.8, 1.2) / step) * step))


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


def _fin(month: date, line: str, column: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), column, value)


DUNE_LINES = ["Sand nourishment", "Dune fencing", "Revegetation", "Beach access stairs", "Design"]


def au_dune_periods_july(folder: Path, rng: random.Random) -> Built:
    """Fiscal periods P01.. across, P01 = July, Budget and Actual sheets."""
    wb = openpyxl.Workbook()
    n = rng.randint(5, 8)
    months = _months(date(2026, 7, 1), n)
    closed = rng.randint(1, n - 1)
    lines = rng.sample(DUNE_LINES, rng.randint(3, 5))
    values = [_cur("AUD")]
    tables: list[TruthTable] = []
    for s, (title, measure) in enumerate([("Budget", "budget"), ("Actual", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Coastal Dune Erosion Control Works Stage 2 - {title} by period"
        ws["A2"] = "FY2026-27 (P01 = July 2026)   All amounts AUD"
        _put(ws, 4, 1, [["Cost line", *[f"P{m + 1:02d}" for m in range(n)]]])
        for r, line in enumerate(lines):
            ws.cell(5 + r, 1, line)
            for m, month in enumerate(months):
                if measure == "actual" and m >= closed:
                    continue
                amount = _money(rng, 5, 140, 250)
                ws.cell(5 + r, 2 + m, amount).number_format = "#,##0"
                values.append(_fin(month, line, measure, amount))
        tables.append(TruthTable(title, 4, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": n * len(lines)}
    path = _save(wb, folder, "au_dune_periods_july")
    return Built(path, tables, values)


SAP_ELEMENTS = [("410000", "Fremdleistungen Tiefbau"), ("415000", "Pumpen und Motoren")]
SAP_ELEMENTS += [("420000", "Elektrotechnik"), ("431000", "Ingenieurleistungen")]
SAP_ELEMENTS += [("476000", "Gutachten")]


def de_sap_co_export(folder: Path, rng: random.Random) -> Built:
    """An SAP CO line-item export: period text `003/2026`, Plan / Ist / Obligo."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Deichverband Altes Land - Schöpfwerk Hove, Kostenbericht Plan/Ist"
    ws["A2"] = "Geschäftsjahr 2026 (Kalenderjahr)"
    head = ["Kostenart", "Kostenartentext", "Periode", "Plan", "Ist", "Obligo", "Währung"]
    _put(ws, 4, 1, [head])
    first = rng.randint(1, 5)
    months = _months(date(2026, first, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    elems = rng.sample(SAP_ELEMENTS, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 5
    for m, month in enumerate(months):
        for code, text in elems:
            plan = _money(rng, 10, 300, 100)
            cells: list[object] = [code, text, f"{month.month:03d}/2026", plan, None, None, "EUR"]
            values.append(_fin(month, text, "budget", plan))
            if m < closed:
                ist = _near(rng, plan, 10)
                cells[4] = ist
                values.append(_fin(month, text, "actual", ist))
            if rng.random() < 0.5:
                cells[5] = _money(rng, 1, 50, 100)
            _put(ws, row, 1, [cells])
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    path = _save(wb, folder, "de_sap_co_export")
    targets = _cols("A", [None, "cost_line", "month", "budget", "actual", None, None])
    n = len(months) * len(elems)
    return Built(path, [TruthTable("Export", 4, "finance", targets, {"finance": n})], values)


ORACLE_TASKS = [("1.1 Site works", "Construction"), ("1.2 Cold room panels", "Materials")]
ORACLE_TASKS += [("1.3 Refrigeration", "Subcontract"), ("2.1 Validation", "Consulting")]
ORACLE_TASKS += [("2.2 PM labor", "Labor")]


def us_oracle_project_costs(folder: Path, rng: random.Random) -> Built:
    """An Oracle Projects cost export with period names `JAN-26`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "PA_COSTS")
    head = ["PROJECT_NUMBER", "TASK_NAME", "EXPENDITURE_CATEGORY", "PERIOD_NAME"]
    head += ["BUDGET_AMOUNT", "ACTUAL_AMOUNT", "COMMITMENT_AMOUNT", "CURRENCY_CODE"]
    _put(ws, 1, 1, [head])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    tasks = rng.sample(ORACLE_TASKS, rng.randint(2, 5))
    proj = f"EB-{rng.randint(1000, 9999)}"
    values = [_cur("USD")]
    row = 2
    for m, month in enumerate(months):
        for task, cat in tasks:
            b = round(rng.randrange(2000, 90000) + rng.randrange(0, 100) / 100, 2)
            a = round(b * rng.uniform(0.7, 1.2), 2) if m < closed else 0.0
            cells: list[object] = [proj, task, cat, f"{MON3[month.month - 1].upper()}-26", b, a]
            cells += [round(rng.randrange(0, 20000) / 1, 2), "USD"]
            _put(ws, row, 1, [cells])
            values.append(_fin(month, task, "budget", b))
            if m < closed:
                values.append(_fin(month, task, "actual", a))
            row += 1
    path = _save(wb, folder, "us_oracle_project_costs")
    targets = _cols(
        "A", [None, "cost_line", ("category", None), "month", "budget", "actual", None, None]
    )
    n = len(months) * len(tasks)
    return Built(path, [TruthTable("PA_COSTS", 1, "finance", targets, {"finance": n})], values)


SALTMARSH = {
    "Earthworks": ["Breach excavation", "Creek network", "Bund lowering"],
    "Environmental": ["Ecology surveys", "Monitoring"],
    "Fees": ["Design", "Consents"],
}


def uk_dynamics_quarters_categories(folder: Path, rng: random.Random) -> Built:
    """Months across with Q1 / Q2 columns among them, category headings and subtotals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget FY26-27")
    ws["A1"] = "Steart Saltmarsh Managed Realignment - Budget FY2026/27"
    ws["A2"] = "Amounts (GBP)"
    months = _months(date(2026, 4, 1), 6)
    ws.cell(4, 1, "Cost line")
    cols: list[int] = []
    c = 2
    for q in range(2):
        for m in range(3):
            ws.cell(4, c, months[3 * q + m]).number_format = "mmm-yy"
            cols.append(c)
            c += 1
        ws.cell(4, c, f"Q{q + 1}")
        c += 1
    values = [_cur("GBP")]
    row = 5
    n_lines = 0
    grand = [0.0] * 6
    for cat, lines in SALTMARSH.items():
        picked = [ln for ln in lines if rng.random() < 0.75] or lines[:1]
        ws.cell(row, 1, cat)
        row += 1
        sub = [0.0] * 6
        for line in picked:
            ws.cell(row, 1, line).alignment = Alignment(indent=1)
            for m, month in enumerate(months):
                amount = _money(rng, 1, 80, 500)
                ws.cell(row, cols[m], amount).number_format = "#,##0"
                sub[m] += amount
                values.append(_fin(month, line, "budget", amount))
            for q in range(2):
                ws.cell(row, cols[3 * q + 2] + 1, sum(ws.cell(row, cols[3 * q + k]).value
                                                      for k in range(3)))  # fmt: skip
            n_lines += 1
            row += 1
        ws.cell(row, 1, f"Subtotal {cat}")
        for m in range(6):
            ws.cell(row, cols[m], sub[m])
            grand[m] += sub[m]
        row += 2
    ws.cell(row, 1, "Grand total")
    for m in range(6):
        ws.cell(row, cols[m], grand[m])
    path = _save(wb, folder, "uk_dynamics_quarters_categories")
    table = TruthTable("Budget FY26-27", 4, "finance", {"A": "cost_line"}, {"finance": 6 * n_lines})
    return Built(path, [table], values)


CENTRE_ACCOUNTS = ["Contractor payments", "Architect fees", "Kitchen equipment", "Roofing"]
CENTRE_ACCOUNTS += ["Permits", "Furniture"]


def ca_xero_variance_per_month(folder: Path, rng: random.Random) -> Built:
    """Xero Budget Variance reports, one sheet per month."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(2, 4))
    accounts = rng.sample(CENTRE_ACCOUNTS, rng.randint(3, 5))
    values = [_cur("CAD")]
    tables: list[TruthTable] = []
    for s, month in enumerate(months):
        name = f"{MON3[month.month - 1]} {month.year}"
        ws = _sheet(wb, name) if s == 0 else wb.create_sheet(name)
        end = _months(month, 2)[1].toordinal() - 1
        last = date.fromordinal(end)
        ws["A1"] = "Budget Variance"
        ws["A2"] = "Thunder Bay Friendship Centre - Renovation (CAD)"
        ws["A3"] = f"For the month ended {last.day} {MONTH_WORDS[month.month - 1]} {month.year}"
        _put(ws, 5, 1, [["Account", "Actual", "Budget", "Variance", "Var %"]])
        ws.cell(6, 1, "Operating Expenses")
        ta = tb = 0.0
        for r, acc in enumerate(accounts):
            b = _money(rng, 5, 200, 100)
            a = _near(rng, b, 1)
            _put(ws, 7 + r, 1, [[acc, a, b, a - b, round((a - b) / b, 4)]])
            ws.cell(7 + r, 5).number_format = "0.0%"
            ta, tb = ta + a, tb + b
            values += [_fin(month, acc, "actual", a), _fin(month, acc, "budget", b)]
        _put(ws, 7 + len(accounts), 1, [["Total Operating Expenses", ta, tb, ta - tb, None]])
        targets = _cols("A", ["cost_line", "actual", "budget", None, None])
        tables.append(TruthTable(name, 5, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(accounts)}
    path = _save(wb, folder, "ca_xero_variance_per_month")
    return Built(path, tables, values)


CLINIC_LINES = ["Laser suite", "Cleanroom HVAC", "Joinery", "IT and PACS", "Signage"]


def sg_eye_clinic_measure_long(folder: Path, rng: random.Random) -> Built:
    """One row per month, line and measure, with commitments and accruals among them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Data")
    ws["A1"] = "Novena Eye Centre Fit-out - cost data"
    _put(ws, 3, 1, [["Month", "Cost line", "Measure", "Amount (SGD)"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(CLINIC_LINES, rng.randint(2, 4))
    values = [_cur("SGD")]
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 5, 120, 500)
            measures = [("Budget", "budget", b)]
            if m < closed:
                measures += [("Actual", "actual", _near(rng, b, 50))]
                measures += [("Accrual", None, _money(rng, 1, 20, 50))]
            else:
                measures += [("Forecast", "forecast", _near(rng, b, 500))]
                measures += [("Commitment", None, _money(rng, 1, 60, 500))]
            for label, key, amount in measures:
                _put(ws, row, 1, [[month, line, label, amount]])
                ws.cell(row, 1).number_format = "mmm-yy"
                ws.cell(row, 4).number_format = "#,##0.00"
                if key is not None:
                    values.append(_fin(month, line, key, amount))
                row += 1
    wk = wb.create_sheet("Weekly labour")
    wk["A1"] = "Site labour by week ending (SGD)"
    wk.cell(3, 1, "Trade")
    weeks = [months[0] + timedelta(days=4 + 7 * w) for w in range(rng.randint(4, 8))]
    for w, day in enumerate(weeks):
        wk.cell(3, 2 + w, day).number_format = "dd/mm/yyyy"
    for r, trade in enumerate(rng.sample(["Carpenters", "Electricians", "M&E fitters"], 2)):
        wk.cell(4 + r, 1, trade)
        for w in range(len(weeks)):
            wk.cell(4 + r, 2 + w, _money(rng, 10, 60, 50))
    path = _save(wb, folder, "sg_eye_clinic_measure_long")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "measure"}
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Data", 3, "finance", targets, {"finance": n})], values)


SABO_LINES = ["堰堤本体工", "仮設工", "管理用道路", "測量設計"]


def jp_fy_april_thousands(folder: Path, rng: random.Random) -> Built:
    """2026年度, months 4月.. as text, 予算 / 実績 rows, thousands of yen."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "2026年度")
    ws["A1"] = "○○川砂防堰堤工事 予算実績管理表 2026年度"
    ws["A2"] = "（単位：千円）"
    months = _months(date(2026, 4, 1), 6)
    closed = rng.randint(1, 5)
    _put(ws, 4, 1, [["費目", "区分", *[f"{m.month}月" for m in months]]])
    lines = rng.sample(SABO_LINES, rng.randint(2, 4))
    values = [_cur("JPY")]
    row = 5
    for line in lines:
        ws.cell(row, 1, line)
        for k, (label, key) in enumerate([("予算", "budget"), ("実績", "actual")]):
            ws.cell(row + k, 2, label)
            for m, month in enumerate(months):
                if key == "actual" and m >= closed:
                    continue
                amount = rng.randrange(100, 9000)
                ws.cell(row + k, 3 + m, amount).number_format = "#,##0"
                values.append(_fin(month, line, key, float(amount * 1000)))
        row += 2
    path = _save(wb, folder, "jp_fy_april_thousands")
    n = len(months) * len(lines)
    table = TruthTable("2026年度", 4, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


GALLERY_LINES = ["Rückbau", "Stahlbeton", "Abdichtung", "Verkehrsführung", "Honorare"]


def _chf(x: float) -> str:
    return "CHF " + f"{int(x):,}".replace(",", "'")


def ch_cumulative_and_monthly(folder: Path, rng: random.Random) -> Built:
    """Budget, a running `Ist kumuliert` and `Prognose` rows per line, CHF text amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kosten")
    ws["A1"] = "Lawinengalerie Teufelstal - Erneuerung, Kostenverfolgung"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws.cell(3, 1, "Position")
    ws.cell(3, 2, "Wert")
    for m, month in enumerate(months):
        ws.cell(3, 3 + m, month).number_format = "mm.yyyy"
    lines = rng.sample(GALLERY_LINES, rng.randint(2, 4))
    values: list[ValueFact] = [_cur("CHF")]
    row = 4
    for line in lines:
        ws.cell(row, 1, line)
        cum = 0.0
        for k, label in enumerate(["Budget", "Ist kumuliert", "Prognose"]):
            ws.cell(row + k, 2, label)
        for m, month in enumerate(months):
            b = _money(rng, 10, 250, 500)
            ws.cell(row, 3 + m, _chf(b))
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                cum += _near(rng, b, 100)
                ws.cell(row + 1, 3 + m, _chf(cum))
            else:
                p = _near(rng, b, 1000)
                ws.cell(row + 2, 3 + m, _chf(p))
                values.append(_fin(month, line, "forecast", p))
        row += 4
    path = _save(wb, folder, "ch_cumulative_and_monthly")
    n = len(months) * len(lines)
    table = TruthTable("Kosten", 3, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


LOCK_LINES = ["Control house structure", "PLC and SCADA", "Gate actuators", "Site security"]
LOCK_LINES += ["Contract administration"]


def us_federal_october_sheets(folder: Path, rng: random.Random) -> Built:
    """An October-start year, Budget / Obligations / Expenditures sheets, Total row."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 10, 1), rng.randint(4, 6))
    labels = [f"{MON3[m.month - 1]}-{m.year % 100}" for m in months]
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(LOCK_LINES, rng.randint(2, 4))
    # `($)` is a bare `$`, no currency word or code: no currency fact (round 36's audit, as
    # the audits of rounds 24, 26, 28, 31 and 34 read a bare `$`, a US federal plan's too).
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    sheets = [("Budget", "budget"), ("Obligations", None), ("Expenditures", "actual")]
    for s, (title, key) in enumerate(sheets):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Lock and Dam 14 Control House - FY2027 {title} ($)"
        _put(ws, 3, 1, [["Cost line", *labels]])
        tot = [0.0] * len(months)
        for r, line in enumerate(lines):
            ws.cell(4 + r, 1, line)
            for m, month in enumerate(months):
                if key != "budget" and m >= closed:
                    continue
                amount = _money(rng, 10, 400, 250)
                ws.cell(4 + r, 2 + m, amount).number_format = "#,##0"
                tot[m] += amount
                if key is not None:
                    values.append(_fin(month, line, key, amount))
        ws.cell(4 + len(lines), 1, "Total")
        for m, t in enumerate(tot):
            if t:
                ws.cell(4 + len(lines), 2 + m, t).number_format = "#,##0"
        if key is not None:
            tables.append(TruthTable(title, 3, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "us_federal_october_sheets")
    return Built(path, tables, values)


CONSERVATOIRE_LINES = [("Traitement acoustique", "Investissement"), ("Pianos", "Investissement")]
CONSERVATOIRE_LINES += [("Accordage", "Fonctionnement"), ("Location salles", "Fonctionnement")]
CONSERVATOIRE_LINES += [("Mobilier auditorium", "Investissement")]
NATURE = {"Investissement": "CapEx", "Fonctionnement": "OpEx"}


def fr_conservatoire_capex_opex_hidden(folder: Path, rng: random.Random) -> Built:
    """Poste, Nature, hidden analytic code and last-year columns, months in k€."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget 2026")
    ws["A1"] = "CRR de Tours - Rénovation de l'auditorium"
    ws["A2"] = "Montants en k€"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    head = ["Poste", "Nature", "Code analytique", "Réalisé 2025"]
    _put(ws, 4, 1, [[*head, *[None] * len(months)]])
    for m, month in enumerate(months):
        ws.cell(4, 5 + m, month).number_format = "mmm-yy"
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions["D"].hidden = True
    lines = rng.sample(CONSERVATOIRE_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    for r, (line, nature) in enumerate(lines):
        cells: list[object] = [line, nature, f"CRR-{rng.randint(100, 999)}"]
        cells.append(round(rng.uniform(0, 40), 1))
        for month in months:
            k = round(rng.randrange(5, 250) / 10, 1)
            cells.append(k)
            values.append(_fin(month, line, "budget", round(k * 1000, 2)))
        _put(ws, 5 + r, 1, [cells])
        values.append(_fin(months[0], line, "capex_opex", NATURE[nature]))
    path = _save(wb, folder, "fr_conservatoire_capex_opex_hidden")
    targets: Targets = {"A": "cost_line", "B": "capex_opex", "C": None, "D": None}
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Budget 2026", 4, "finance", targets, {"finance": n})], values)


DIKE_LINES = ["Grondwerk kruinverhoging", "Steenbekleding", "Kabels en leidingen"]
DIKE_LINES += ["Vergunningen", "Directievoering"]


def _eur_nl(x: float) -> str:
    whole = f"{int(x):,}".replace(",", ".")
    return f"€ {whole},{round((x - int(x)) * 100):02d}"


def nl_polder_rounded_totals(folder: Path, rng: random.Random) -> Built:
    """Months down as text `januari 2026`, amounts `€ 12.500,00`, a rounded total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financieel")
    ws["A1"] = "Dijkversterking Polder Oostwold - financiële voortgang"
    head = ["Maand", "Kostenpost", "Begroot", "Werkelijk", "Prognose", "Opmerking"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(DIKE_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 4
    total = 0.0
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 20, 900, 50)
            cells: list[object] = [f"{NL_MONTHS[month.month - 1]} {month.year}", line]
            cells += [_eur_nl(b), None, None, None]
            values.append(_fin(month, line, "budget", b))
            total += b
            if m < closed:
                a = _near(rng, b, 25)
                cells[3] = _eur_nl(a)
                values.append(_fin(month, line, "actual", a))
                if a > b * 1.1:
                    cells[5] = "meerwerk"
            else:
                p = _near(rng, b, 50)
                cells[4] = _eur_nl(p)
                values.append(_fin(month, line, "forecast", p))
            _put(ws, row, 1, [cells])
            row += 1
    _put(ws, row + 1, 1, [["Totaal (afgerond op € 1.000)", None, _eur_nl(round(total, -3))]])
    ws.cell(row + 2, 1, "Bedragen excl. btw; afrondingsverschillen mogelijk.")
    path = _save(wb, folder, "nl_polder_rounded_totals")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", ("notes", None)])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Financieel", 3, "finance", targets, {"finance": n})], values)


RETREAD_HEADS = ["Buffing machines", "Civil works", "Curing chambers", "DG set", "Consultancy"]


def in_months_lakhs_quarter_totals(folder: Path, rng: random.Random) -> Built:
    """April-start months as text `Apr'26` with `Q1 total` columns, lakhs, two sheets."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 4, 1), 6)
    heads = rng.sample(RETREAD_HEADS, rng.randint(2, 4))
    booked = rng.randint(1, 5)
    values = [_cur("INR")]
    # The title says `Capex`: every head is capital spend, CapEx on its first month (round 36's
    # audit, as the base layouts and the eighth tuning batch's `Capital Expenditure Tracker`).
    values += [_fin(months[0], head, "capex_opex", "CapEx") for head in heads]
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Budget", "budget"), ("Actual", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = "KSRTC Tyre Retreading Plant, Hassan - Capex, FY 2026-27"
        ws["A2"] = "(Rs. in lakhs)"
        labels: list[object] = ["Cost head"]
        for q in range(2):
            labels += [f"{MON3[m.month - 1]}'{m.year % 100}" for m in months[3 * q : 3 * q + 3]]
            labels.append(f"Q{q + 1} total")
        _put(ws, 4, 1, [labels])
        for r, head in enumerate(heads):
            ws.cell(5 + r, 1, head)
            for q in range(2):
                qt = 0.0
                for k in range(3):
                    m = 3 * q + k
                    if key == "actual" and m >= booked:
                        continue
                    v = round(rng.randrange(50, 900) / 10, 1)
                    ws.cell(5 + r, 2 + 4 * q + k, v).number_format = "#,##0.0"
                    qt += v
                    values.append(_fin(months[m], head, key, round(v * 100000, 2)))
                if qt:
                    ws.cell(5 + r, 5 + 4 * q, round(qt, 1))
        tables.append(TruthTable(title, 4, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(heads)}
    path = _save(wb, folder, "in_months_lakhs_quarter_totals")
    return Built(path, tables, values)


HELD_OUT_86: tuple[Layout, ...] = (
    Layout("au_dune_periods_july", "Australian council fiscal periods P01.. (July start)",
           au_dune_periods_july),
    Layout("de_sap_co_export", "German SAP CO plan/actual line items (period 003/2026)",
           de_sap_co_export),
    Layout("us_oracle_project_costs", "US Oracle Projects cost export (PERIOD_NAME JAN-26)",
           us_oracle_project_costs),
    Layout("uk_dynamics_quarters_categories", "UK months across with quarter columns, "
           "category headings and subtotals", uk_dynamics_quarters_categories),
    Layout("ca_xero_variance_per_month", "Canadian Xero Budget Variance, a sheet per month",
           ca_xero_variance_per_month),
    Layout("sg_eye_clinic_measure_long", "Singapore long table, a row per month, line, measure",
           sg_eye_clinic_measure_long),
    Layout("jp_fy_april_thousands", "Japanese 年度 tracker, 予算 / 実績 rows, 千円",
           jp_fy_april_thousands),
    Layout("ch_cumulative_and_monthly", "Swiss tracker with a cumulative actual row, CHF text",
           ch_cumulative_and_monthly),
    Layout("us_federal_october_sheets", "US federal October year, budget / obligations / "
           "expenditures sheets", us_federal_october_sheets),
    Layout("fr_conservatoire_capex_opex_hidden", "French investissement / fonctionnement, hidden "
           "columns, k€", fr_conservatoire_capex_opex_hidden),
    Layout("nl_polder_rounded_totals", "Dutch months down as text, € 12.500,00, rounded total",
           nl_polder_rounded_totals),
    Layout("in_months_lakhs_quarter_totals", "Indian April-start months with quarter totals, "
           "lakhs", in_months_lakhs_quarter_totals),
)  # fmt: skip
