"""The seventy-eighth held-out batch (``HELD_OUT_78``, round 35): twelve seeded legacy
finance trackers with ground truth, written by an engineer who does not tune adoption and
who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It
is FINANCE TRACKERS OF EVERY SHAPE (no registers): the workbooks a PMO receives as a
project's finance tracker, kept by an accountant, a PM, a cost controller, a quantity
surveyor or a finance business partner, in Puerto Rico, Hawaii, Corsica, Sardinia and
Sicily, in USD, EUR and JPY. Every input cell is a value (no formulas); every month is a
date cell (the first of the month).

Trackers:

- ``pr_costpoint_period_export``: a Puerto Rico hospital wing's Deltek Costpoint project
  status export: `Period` cells shown `mm/yyyy`, `Account` (`5100 Direct labor`..),
  `Budget`, `Actual`, `Variance` (typed), `Amounts in USD` above.
- ``co_ferry_months_measure_rows``: a Corsican ferry terminal's tracker, months across
  (cells `mmm-yy`), a `Cost line` and a `Measure` column (Budget / Actual / Forecast rows
  per line), actuals for the months closed, forecasts after, EUR in the title.
- ``sa_qs_package_cost_report``: a Sardinian marina's quantity surveyor's monthly cost
  report: `Month` (`mmm yyyy`), `Trade package`, `Budget (EUR)`, `Actual (EUR)`,
  `Forecast (EUR)` (money shown `#,##0.00 €`), `Comments` on some rows.
- ``hi_ineight_cost_export``: a Hawaiian harbour pier's InEight cost item export:
  `Period`, `Cost Item`, `Budget`, `Actual Cost`, `Committed Cost`, `Forecast`, `All
  amounts in USD` above.
- ``si_solar_capex_opex_plan``: a Sicilian agrivoltaic farm's finance tracker: `Month`,
  `Cost line`, `Category` (standard cost categories), `CapEx/OpEx`, `Budget`, `Actual`,
  `Forecast`, `Valuta: EUR` above.
- ``pr_cumulative_actuals_across``: a Puerto Rico pharma warehouse's controller sheet:
  months across in two blocks, `Monthly budget` and `Actual to date (cumulative)`.
- ``co_months_down_lines_across``: a Corsican hospital annex's finance business partner
  sheet: months down (`Month`), cost lines across as group labels over `Budget` /
  `Actual` / `Forecast` sub-columns, EUR.
- ``hi_accruals_tracker``: a Hawaiian observatory dome's accountant's tracker: `Month`,
  `Cost line`, `Budget`, `Invoiced`, `Accrual`, `Actual (invoiced + accrued)`, `Forecast`,
  `Notes`; amounts in JPY (a Japanese partner funds the dome).
- ``sa_wbs_months_across_total``: a Sardinian water treatment plant's cost plan: `WBS
  element` (`1.1 Site works`..), months across (`mmm-yy`), values = budget (the sheet is
  titled `Budget phasing`), a `Total` row and a `Total` column.
- ``si_credits_actuals_long``: a Sicilian rail depot's actuals log with credit notes:
  `Month`, `Cost line`, `Budget`, `Actual` (credits shown `(1,200)`), `Forecast`,
  blank months left empty.
- ``pr_forecast_only_reforecast``: a Puerto Rico school retrofit's reforecast sheet:
  `Cost line`, months across as forecast (`Reforecast Q2` in the title), a `Prior forecast`
  block to the right.
- ``hi_status_finance_block``: a Hawaiian water main renewal's PM tracker: label / value
  rows `Project` and `Currency` (USD), then a table `Month`, `Cost line`, `Planned`, `Spent`, `Remaining
  forecast`, `Notes`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the pharma warehouse's `Actual to date (cumulative)` block: a running total, which a
  reader could take as the month's actual or difference: no actual fact (mapped to the
  actual or left out); its `Monthly budget` block is the budget;
- the water main's `Remaining forecast` (the month's forecast or the estimate to
  complete?): no forecast fact, mapped to the forecast or left out; `Planned` is the
  budget and `Spent` the actual;
- the observatory's `Invoiced` and `Accrual`: left out (no fact); its `Actual (invoiced +
  accrued)` says it is the actual and is the fact;
- `Committed Cost` (the pier): orders placed, not spent: left out; the Costpoint
  `Variance` (typed, derived): left out;
- the school's `Prior forecast` block: a superseded forecast, left out; its current
  block is the forecast;
- `Total` rows and columns (the water plant): no cost line, no month, no fact, not counted;
- the Corsican `Measure` column is the measure column of a finance table; a group label
  over sub-columns is the cost line;
- a currency stated above (`Amounts in USD`, `Valuta: EUR`, `(EUR)` in a title, `amounts in
  JPY`) is the project's currency; money shown `#,##0.00 €` is its number;
- the water main's `Project` row is the project name; a title above a table is not;
- credit notes shown `(1,200)` are negative actuals (the cell holds -1200).

Readings used: months are date cells (the first of the month); a cost line is the text in
its column (an account code and name or a WBS code and name together are one cost line).
It was written and checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output.

Audit, round 35 (docs/adopt.md, "Round 35: the seventy-eighth batch's truth audited"): every
fact checked against the cells at seed 2026 (spot-checked at seed 7). The marina's
`Comments`, a remark on some rows only (about three in ten), is the notes or nothing and its
remarks have no notes fact (they were 6 at seed 2026), as round 23's audit ruled the
twenty-second batch's sparse `Comments` (a comment on most rows is the notes; a remark here
and there is notes or nothing); the `Notes` columns (the observatory, the water main) keep
their facts: the header is the field's own name. 587 -> 581 facts at seed 2026, 591 -> 589
at seed 7, 520 -> 513 at seed 99. One writer's slip mended: the water plant's `Total` row
now holds the grand total in the `Total` column (the corner cell was blank), formatted
`#,##0` as the rest; no fact reads it. Nothing else removed, corrected or added.
"""

from __future__ import annotations

import random
from collections.abc import Callable
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
    _months,
    _put,
    _save,
    _sheet,
)

Row = tuple[list[object], list[ValueFact]]
RowFn = Callable[[random.Random, int, int, date, str], Row]


def _money(rng: random.Random, lo: int, hi: int, step: int = 100) -> float:
    return float(rng.randrange(lo, hi) * step)


def _long(
    folder: Path,
    rng: random.Random,
    name: str,
    sheet: str,
    above: list[str],
    head: list[str],
    targets: Targets,
    lines: list[str],
    start: date,
    build_row: RowFn,
    currency: str,
    fmt: str = "mmm yyyy",
) -> Built:
    """A long table, one row per month and cost line; ``build_row(rng, m, closed, month,
    line)`` returns the row's cells after the month and line and its value facts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    for r, text in enumerate(above, start=1):
        ws.cell(r, 1, text)
    hrow = len(above) + 2
    _put(ws, hrow, 1, [head])
    months = _months(start, rng.randint(4, 7))
    closed = rng.randint(1, len(months) - 1)
    chosen = rng.sample(lines, rng.randint(3, min(5, len(lines))))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", currency)]
    row = hrow + 1
    for m, month in enumerate(months):
        for line in chosen:
            cells, facts = build_row(rng, m, closed, month, line)
            _put(ws, row, 1, [[month, line, *cells]])
            ws.cell(row, 1).number_format = fmt
            values += facts
            row += 1
    path = _save(wb, folder, name)
    table = TruthTable(sheet, hrow, "finance", targets, {"finance": len(months) * len(chosen)})
    return Built(path, [table], values)


def _bf(month: date, line: str, **kw: float | str) -> list[ValueFact]:
    return [ValueFact("finance", (month, line), k, v) for k, v in kw.items()]


COSTPOINT_ACCOUNTS = ["5100 Direct labor", "5200 Subcontracts", "5300 Materials"]
COSTPOINT_ACCOUNTS += ["5400 Equipment rental", "5600 Travel", "6100 Fringe"]


def pr_costpoint_period_export(folder: Path, rng: random.Random) -> Built:
    """Costpoint export: Period, Account, Budget, Actual, typed Variance; actuals to date."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 50, 900)
        if m < closed:
            a = round(b * rng.uniform(0.8, 1.2), -2)
            return [b, a, b - a], _bf(month, line, budget=b, actual=a)
        return [b, None, None], _bf(month, line, budget=b)

    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    return _long(folder, rng, "pr_costpoint_period_export", "Project Status",
                 ["Bayamon Medical Center - West Wing Expansion (PRJ 2041.003)",
                  "Amounts in USD"],
                 ["Period", "Account", "Budget", "Actual", "Variance"], targets,
                 COSTPOINT_ACCOUNTS, date(2026, 1, 1), row, "USD", "mm/yyyy")  # fmt: skip


FERRY_LINES = ["Quay works", "Passenger building", "Linkspan", "Marine surveys", "Fees"]


def co_ferry_months_measure_rows(folder: Path, rng: random.Random) -> Built:
    """Months across, Budget / Actual / Forecast rows per cost line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi")
    ws["A1"] = "Gare maritime de Bastia - suivi financier (EUR)"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 4)
    lines = rng.sample(FERRY_LINES, rng.randint(3, 5))
    ws.cell(3, 1, "Cost line")
    ws.cell(3, 2, "Measure")
    for m, month in enumerate(months):
        ws.cell(3, 3 + m, month).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for line in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for m, month in enumerate(months):
                b = _money(rng, 20, 400)
                if measure == "Budget":
                    ws.cell(row, 3 + m, b)
                    values += _bf(month, line, budget=b)
                elif measure == "Actual" and m < closed:
                    ws.cell(row, 3 + m, b)
                    values += _bf(month, line, actual=b)
                elif measure == "Forecast" and m >= closed:
                    ws.cell(row, 3 + m, b)
                    values += _bf(month, line, forecast=b)
            row += 1
    path = _save(wb, folder, "co_ferry_months_measure_rows")
    table = TruthTable("Suivi", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


MARINA_PACKAGES = ["Breakwater", "Pontoons", "Dredging", "Fuel berth", "Utilities"]
MARINA_NOTES = ["Variation 3 agreed", "Rock price rise", "Retention released", "Weather days"]


def sa_qs_package_cost_report(folder: Path, rng: random.Random) -> Built:
    """QS cost report with money shown in euros and comments on some rows."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 100, 2000, 50)
        note = rng.choice(MARINA_NOTES) if rng.random() < 0.3 else None
        facts = _bf(month, line, budget=b)  # audit, round 35: no notes fact
        if m < closed:
            a = round(b * rng.uniform(0.85, 1.25), 2)
            return [b, a, None, note], facts + _bf(month, line, actual=a)
        f = round(b * rng.uniform(0.95, 1.1), 2)
        return [b, None, f, note], facts + _bf(month, line, forecast=f)

    targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", ("notes", None)])
    built = _long(folder, rng, "sa_qs_package_cost_report", "Cost Report",
                  ["Porto Cervo Marina Extension", "Monthly Cost Report (EUR)"],
                  ["Month", "Trade package", "Budget (EUR)", "Actual (EUR)",
                   "Forecast (EUR)", "Comments"], targets,
                  MARINA_PACKAGES, date(2025, 11, 1), row, "EUR")  # fmt: skip
    wb = openpyxl.load_workbook(built.path)
    ws = wb["Cost Report"]
    for r in range(5, ws.max_row + 1):
        for c in (3, 4, 5):
            ws.cell(r, c).number_format = '#,##0.00 "€"'
    wb.save(built.path)
    return built


PIER_ITEMS = ["01 Mobilization", "02 Piling", "03 Deck concrete", "04 Fenders", "05 Utilities"]


def hi_ineight_cost_export(folder: Path, rng: random.Random) -> Built:
    """InEight cost item export: Budget, Actual Cost, Committed Cost, Forecast."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 80, 1500)
        c = round(b * rng.uniform(0.9, 1.4), -2)
        if m < closed:
            a = round(b * rng.uniform(0.8, 1.15), -2)
            return [b, a, c, None], _bf(month, line, budget=b, actual=a)
        f = round(b * rng.uniform(0.9, 1.2), -2)
        return [b, None, c, f], _bf(month, line, budget=b, forecast=f)

    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "forecast"])
    return _long(folder, rng, "hi_ineight_cost_export", "Cost Items",
                 ["Kalaeloa Harbor Pier 2 Rehabilitation", "All amounts in USD"],
                 ["Period", "Cost Item", "Budget", "Actual Cost", "Committed Cost",
                  "Forecast"], targets,
                 PIER_ITEMS, date(2026, 2, 1), row, "USD", "mmm-yy")  # fmt: skip


SOLAR_LINES = [
    ("Panels and trackers", "Hardware", "CapEx"),
    ("EPC contractor", "Contractors", "CapEx"),
    ("Site security", "Services", "OpEx"),
    ("SCADA licences", "Software", "OpEx"),
    ("Agronomist", "Labour", "OpEx"),
    ("Grid studies", "Services", "CapEx"),
]


def si_solar_capex_opex_plan(folder: Path, rng: random.Random) -> Built:
    """Category and CapEx/OpEx columns in the standard words."""
    kinds = {name: (cat, cx) for name, cat, cx in SOLAR_LINES}

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        cat, cx = kinds[line]
        b = _money(rng, 30, 700)
        facts = _bf(month, line, category=cat, capex_opex=cx, budget=b)
        if m < closed:
            a = round(b * rng.uniform(0.8, 1.2), -2)
            return [cat, cx, b, a, None], facts + _bf(month, line, actual=a)
        f = round(b * rng.uniform(0.9, 1.1), -2)
        return [cat, cx, b, None, f], facts + _bf(month, line, forecast=f)

    targets = _cols("A", ["month", "cost_line", "category", "capex_opex", "budget", "actual"])
    targets |= _cols("G", ["forecast"])
    return _long(folder, rng, "si_solar_capex_opex_plan", "Finanza",
                 ["Parco agrivoltaico Mazara del Vallo", "Valuta: EUR"],
                 ["Month", "Cost line", "Category", "CapEx/OpEx", "Budget", "Actual",
                  "Forecast"], targets,
                 [s[0] for s in SOLAR_LINES], date(2026, 3, 1), row, "EUR")  # fmt: skip


WAREHOUSE_LINES = ["Cold room", "Racking", "Validation", "HVAC", "Project team"]


def pr_cumulative_actuals_across(folder: Path, rng: random.Random) -> Built:
    """Monthly budget block and a cumulative actual-to-date block, months across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Controller")
    ws["A1"] = "Caguas GMP Warehouse - Cost Control (USD)"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 5)
    lines = rng.sample(WAREHOUSE_LINES, rng.randint(3, 5))
    ws.cell(4, 1, "Cost line")
    ws.cell(3, 2, "Monthly budget")
    ws.cell(3, 8, "Actual to date (cumulative)")
    for m, month in enumerate(months):
        ws.cell(4, 2 + m, month).number_format = "mmm-yy"
        ws.cell(4, 8 + m, month).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        total = 0.0
        for m, month in enumerate(months):
            b = _money(rng, 40, 500)
            ws.cell(5 + r, 2 + m, b).number_format = "#,##0"
            values += _bf(month, line, budget=b)
            if m < closed:
                total += round(b * rng.uniform(0.8, 1.2), -2)
                ws.cell(5 + r, 8 + m, total).number_format = "#,##0"
    path = _save(wb, folder, "pr_cumulative_actuals_across")
    table = TruthTable("Controller", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


ANNEX_LINES = ["Construction", "Medical equipment", "IT", "Design fees"]


def co_months_down_lines_across(folder: Path, rng: random.Random) -> Built:
    """Months down, each cost line a group label over Budget / Actual / Forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Centre hospitalier d'Ajaccio - extension - Budget vs Actual"
    ws["A2"] = "Currency: EUR"
    months = _months(date(2026, 1, 1), rng.randint(5, 8))
    closed = rng.randint(2, len(months) - 1)
    lines = rng.sample(ANNEX_LINES, rng.randint(2, 4))
    ws.cell(5, 1, "Month")
    for k, line in enumerate(lines):
        ws.cell(4, 2 + 3 * k, line)
        for j, measure in enumerate(("Budget", "Actual", "Forecast")):
            ws.cell(5, 2 + 3 * k + j, measure)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for m, month in enumerate(months):
        ws.cell(6 + m, 1, month).number_format = "mmm yyyy"
        for k, line in enumerate(lines):
            b = _money(rng, 50, 800)
            ws.cell(6 + m, 2 + 3 * k, b)
            values += _bf(month, line, budget=b)
            v = round(b * rng.uniform(0.85, 1.2), -2)
            if m < closed:
                ws.cell(6 + m, 3 + 3 * k, v)
                values += _bf(month, line, actual=v)
            else:
                ws.cell(6 + m, 4 + 3 * k, v)
                values += _bf(month, line, forecast=v)
    path = _save(wb, folder, "co_months_down_lines_across")
    table = TruthTable("BvA", 5, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


DOME_LINES = ["Dome shell", "Drive system", "Crane hire", "Engineering"]
DOME_NOTES = ["Accrual reversed next month", "Invoice disputed", "FX at 155"]


def hi_accruals_tracker(folder: Path, rng: random.Random) -> Built:
    """Invoiced + accrual = stated actual; amounts in JPY."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 50, 900, 10000)
        note = rng.choice(DOME_NOTES) if rng.random() < 0.25 else None
        facts = _bf(month, line, budget=b) + (_bf(month, line, notes=note) if note else [])
        if m < closed:
            inv = round(b * rng.uniform(0.5, 0.9), -4)
            acc = round(b * rng.uniform(0.05, 0.3), -4)
            return [b, inv, acc, inv + acc, None, note], facts + _bf(month, line, actual=inv + acc)
        f = round(b * rng.uniform(0.9, 1.2), -4)
        return [b, None, None, None, f, note], facts + _bf(month, line, forecast=f)

    targets = _cols("A", ["month", "cost_line", "budget", None, None, "actual", "forecast"])
    targets |= _cols("H", ["notes"])
    return _long(folder, rng, "hi_accruals_tracker", "Tracker",
                 ["Maunakea Dome Replacement - monthly tracker", "All amounts in JPY"],
                 ["Month", "Cost line", "Budget", "Invoiced", "Accrual",
                  "Actual (invoiced + accrued)", "Forecast", "Notes"], targets,
                 DOME_LINES, date(2026, 1, 1), row, "JPY")  # fmt: skip


WATER_WBS = ["1.1 Site works", "1.2 Clarifiers", "1.3 Filters", "2.1 M&E", "3.1 Commissioning"]


def sa_wbs_months_across_total(folder: Path, rng: random.Random) -> Built:
    """Budget phasing by WBS element, months across, Total row and column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget phasing")
    ws["A1"] = "Impianto di potabilizzazione Olbia - Budget phasing (EUR)"
    months = _months(date(2026, 4, 1), rng.randint(5, 8))
    elems = rng.sample(WATER_WBS, rng.randint(3, 5))
    ws.cell(3, 1, "WBS element")
    for m, month in enumerate(months):
        ws.cell(3, 2 + m, month).number_format = "mmm-yy"
    ws.cell(3, 2 + len(months), "Total")
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    col_tot = [0.0] * len(months)
    for r, el in enumerate(elems):
        ws.cell(4 + r, 1, el)
        tot = 0.0
        for m, month in enumerate(months):
            b = _money(rng, 10, 300, 500)
            ws.cell(4 + r, 2 + m, b).number_format = "#,##0"
            values += _bf(month, el, budget=b)
            tot += b
            col_tot[m] += b
        ws.cell(4 + r, 2 + len(months), tot).number_format = "#,##0"
    ws.cell(4 + len(elems), 1, "Total")
    for m, t in enumerate(col_tot):
        ws.cell(4 + len(elems), 2 + m, t).number_format = "#,##0"
    # audit, round 35: the corner (grand total) the writer left blank, mended
    ws.cell(4 + len(elems), 2 + len(months), sum(col_tot)).number_format = "#,##0"
    path = _save(wb, folder, "sa_wbs_months_across_total")
    table = TruthTable("Budget phasing", 3, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(elems)})  # fmt: skip
    return Built(path, [table], values)


DEPOT_LINES = ["Track", "Overhead line", "Depot building", "Signalling", "Plant hire"]


def si_credits_actuals_long(folder: Path, rng: random.Random) -> Built:
    """Actuals with credit notes shown in brackets; some months left blank."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 20, 600)
        if m < closed:
            if rng.random() < 0.15:  # the month's actual not yet posted: left blank
                return [b, None, None], _bf(month, line, budget=b)
            a = -_money(rng, 2, 30) if rng.random() < 0.15 else round(b * rng.uniform(0.8, 1.2), -2)
            return [b, a, None], _bf(month, line, budget=b, actual=a)
        f = round(b * rng.uniform(0.9, 1.15), -2)
        return [b, None, f], _bf(month, line, budget=b, forecast=f)

    targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast"])
    built = _long(folder, rng, "si_credits_actuals_long", "Actuals",
                  ["Deposito ferroviario Catania Bicocca", "Importi in EUR"],
                  ["Month", "Cost line", "Budget", "Actual", "Forecast"], targets,
                  DEPOT_LINES, date(2026, 1, 1), row, "EUR")  # fmt: skip
    wb = openpyxl.load_workbook(built.path)
    ws = wb["Actuals"]
    for r in range(5, ws.max_row + 1):
        for c in (3, 4, 5):
            ws.cell(r, c).number_format = "#,##0;(#,##0)"
    wb.save(built.path)
    return built


SCHOOL_LINES = ["Roof", "Windows", "Hurricane shutters", "Electrical", "Design"]


def pr_forecast_only_reforecast(folder: Path, rng: random.Random) -> Built:
    """Current forecast months across, a prior forecast block to the right."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Reforecast")
    ws["A1"] = "Escuela Ponce Retrofit - Reforecast Q2 (USD)"
    months = _months(date(2026, 4, 1), 6)
    lines = rng.sample(SCHOOL_LINES, rng.randint(3, 5))
    ws.cell(3, 2, "Forecast")
    ws.cell(3, 9, "Prior forecast")
    ws.cell(4, 1, "Cost line")
    for m, month in enumerate(months):
        ws.cell(4, 2 + m, month).number_format = "mmm-yy"
        ws.cell(4, 9 + m, month).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            f = _money(rng, 20, 400)
            ws.cell(5 + r, 2 + m, f)
            ws.cell(5 + r, 9 + m, round(f * rng.uniform(0.85, 1.1), -2))
            values += _bf(month, line, forecast=f)
    path = _save(wb, folder, "pr_forecast_only_reforecast")
    table = TruthTable("Reforecast", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


MAIN_LINES = ["Pipe supply", "Trenching", "Traffic control", "Restoration", "Inspection"]
MAIN_NOTES = ["Change order 4", "Night work premium", "Paving deferred"]


def hi_status_finance_block(folder: Path, rng: random.Random) -> Built:
    """Project rows above, then Planned / Spent / Remaining forecast / Notes."""

    def row(rng: random.Random, m: int, closed: int, month: date, line: str) -> Row:
        b = _money(rng, 30, 500)
        note = rng.choice(MAIN_NOTES) if rng.random() < 0.25 else None
        facts = _bf(month, line, budget=b) + (_bf(month, line, notes=note) if note else [])
        if m < closed:
            a = round(b * rng.uniform(0.85, 1.2), -2)
            return [b, a, None, note], facts + _bf(month, line, actual=a)
        return [b, None, round(b * rng.uniform(0.9, 1.2), -2), note], facts

    targets = _cols("A", ["month", "cost_line", "budget", "actual", ("forecast", None)])
    targets |= _cols("F", ["notes"])
    built = _long(folder, rng, "hi_status_finance_block", "Finance",
                  ["Project", "Currency"],
                  ["Month", "Cost line", "Planned", "Spent", "Remaining forecast", "Notes"],
                  targets, MAIN_LINES, date(2026, 2, 1), row, "USD")  # fmt: skip
    wb = openpyxl.load_workbook(built.path)
    ws = wb["Finance"]
    ws["A1"], ws["B1"] = "Project", "Hilo Water Main Renewal Phase 3"
    ws["A2"], ws["B2"] = "Currency", "USD"
    wb.save(built.path)
    built.values.append(ValueFact("project", 0, "project_name", "Hilo Water Main Renewal Phase 3"))
    return built


HELD_OUT_78: tuple[Layout, ...] = (
    Layout("pr_costpoint_period_export", "Puerto Rico Costpoint period export (typed variance)",
           pr_costpoint_period_export),
    Layout("co_ferry_months_measure_rows", "Corsican months across, Budget / Actual / Forecast rows",
           co_ferry_months_measure_rows),
    Layout("sa_qs_package_cost_report", "Sardinian QS cost report (euro money, comments)",
           sa_qs_package_cost_report),
    Layout("hi_ineight_cost_export", "Hawaiian InEight cost export (committed cost)",
           hi_ineight_cost_export),
    Layout("si_solar_capex_opex_plan", "Sicilian tracker with category and CapEx/OpEx",
           si_solar_capex_opex_plan),
    Layout("pr_cumulative_actuals_across", "Puerto Rico monthly budget and cumulative actuals",
           pr_cumulative_actuals_across),
    Layout("co_months_down_lines_across", "Corsican months down, cost line groups across",
           co_months_down_lines_across),
    Layout("hi_accruals_tracker", "Hawaiian accruals tracker in JPY (stated actual)",
           hi_accruals_tracker),
    Layout("sa_wbs_months_across_total", "Sardinian budget phasing by WBS with totals",
           sa_wbs_months_across_total),
    Layout("si_credits_actuals_long", "Sicilian actuals with credit notes and blank months",
           si_credits_actuals_long),
    Layout("pr_forecast_only_reforecast", "Puerto Rico reforecast beside a prior forecast",
           pr_forecast_only_reforecast),
    Layout("hi_status_finance_block", "Hawaiian PM finance block (planned / spent / remaining)",
           hi_status_finance_block),
)  # fmt: skip
