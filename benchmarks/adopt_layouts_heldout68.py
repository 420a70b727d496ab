"""The sixty-eighth held-out batch (``HELD_OUT_68``, round 34): twelve seeded legacy
workbooks with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
FINANCE TRACKERS OF EVERY SHAPE: twelve finance trackers and no registers, each of a shape
a cost controller, PM, quantity surveyor, project accountant or finance business partner
keeps or a bookkeeping / BI tool exports, in places and sectors no earlier batch's
docstring names (a Tuscan marble quarry, a Frisian windmill, a Moravian porcelain kiln, a
Cornish tidal mill, a Graubunden thermal spa, a Saskatchewan grain terminal, a Vermont
covered bridge, a Sentosa fort's tunnels, a Lapland lingonberry press, a Yucatan cenote park,
a Kimberley barramundi farm, a Breton abbey's tapestries). Every amount is a value (no
formulas), so totals are numbers a reader sees.

Trackers (all ``finance``):

- ``it_tuscany_marble_quarry_triplets``: `Amounts in EUR` under the title; `Cost line`,
  `Measure` (Budget / Actual / Forecast: three rows a line), month date cells shown
  `mmm-yy` across, `Full year`; actuals for the closed months, forecasts for the rest.
- ``nl_friesland_windmill_twinfield_export``: a Twinfield budget-versus-actuals export,
  one row per period and cost centre: `Period` text `2026/04` (a note: periods are
  calendar months), `Cost centre`, `Budget`, `Actual`, `Difference`; EUR in the note.
- ``cz_moravia_porcelain_months_down_pairs``: months down as date cells shown `mm/yyyy`,
  each cost line's name merged over a `Plan` / `Actual` pair; CZK in the title.
- ``uk_cornwall_tidal_mill_valuation``: the QS's monthly cost report: `Valuation month` (a
  date cell shown `mmmm yyyy`) and `Currency` GBP above, then `Package`, `Budget this
  month`, `Actual this month`, `Cumulative actual to date`, `Notes` (some blank).
- ``ch_graubunden_thermal_spa_stacked_blocks``: `All figures in CHF`; three blocks down one
  sheet under `BUDGET` / `ACTUAL` / `FORECAST` labels, each with its own header (`Cost
  line`, text months `Jan 26`.., `Total`).
- ``ca_saskatchewan_grain_terminal_sheet_per_line``: a sheet per cost line (named for it,
  `Cost line: ...` and `Currency: CAD` on top), months down as date cells shown `mmm
  yyyy`, `Budget`, `Actual`, `Forecast`, `Cumulative actual`.
- ``us_vermont_covered_bridge_bva_report``: a small-business accounting package's
  `Budget vs. Actuals`: text month labels `Jan 2026` merged over `Actual` / `Budget` /
  `over Budget` / `% of Budget`, a `Total` group, `Distribution account` lines, a `Total
  Expenses` row, `$#,##0.00` cells and no currency word.
- ``sg_sentosa_fort_tunnels_af_flag_row``: a finance business partner's latest estimate (SGD
  in the title): month date cells shown `mmm-yy`, an `A/F` row under them (a note: A =
  actual, month closed; F = forecast), two rows a line (`Budget`, `Actual / Forecast`), a
  `FY total` column.
- ``fi_lapland_lingonberry_press_tidy_long``: a BI tool's tidy export, no title: `month`
  ISO text `2026-05`, `cost_line`, `measure` (Budget / Actual / Forecast), `amount_eur`.
- ``mx_yucatan_cenote_park_spanish_sheets``: sheets `Presupuesto` and `Real` (budget and
  actual; MXN in the titles), `Concepto` lines down, Spanish text months `Ene-26`..
  across, a `Total` column; `Real` filled for the closed months only.
- ``au_kimberley_barramundi_farm_fy_pairs``: a July financial year (`FY2026-27`, `AUD ex GST`
  in the title), month date cells shown `mmm-yy` from July, a line's name on its `Budget`
  row only with `Actual` on the row under it, `YTD` and `FY budget` columns.
- ``fr_brittany_tapestry_commitments``: the project accountant's long table (`(EUR)` in the
  title): `Month` date cells shown `dd/mm/yyyy` (the 1st), `Cost line`, `Budget`,
  `Committed`, `Actual`, `Forecast`, `Comment` (some blank).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the covered bridge report's `$` cells with no currency word (US, Canadian or Australian
  dollars?): no currency fact; its `over Budget`, `% of Budget`, `Total` group and `Total
  Expenses` row (derived): left out, no facts;
- the CZK and MXN titles: neither is in the standards' currency list, so no currency fact
  (a reader may take the code or leave it); CHF, CAD, SGD, AUD, GBP and EUR are facts;
- every cumulative or total figure (`Full year`, `Total`, `FY total`, `YTD`, `FY budget`,
  `Cumulative actual`, `Cumulative actual to date`) and the Twinfield `Difference`:
  derived or a year figure, no month's measure: left out;
- the tapestry table's `Committed` (orders placed, not spent): left out, no fact; its
  `Actual` is the actual;
- the fort tunnels' `Actual / Forecast` row: the `A/F` flag row and the note say which, so
  A months are actual facts and F months forecast facts; its measure column (`Line`) may
  be mapped to the measure or left out;
- the barramundi farm's `Actual` row with no name in column A: it belongs to the line named on
  the row above (the name is on the `Budget` row only); facts keyed on that line;
- the tidal mill's one month is the `Valuation month` above the table; `Budget this month`
  and `Actual this month` are that month's budget and actual;
- `Plan` (the porcelain pairs) and `Presupuesto` are the budget; `Real` the actual;
- the Twinfield `Period` `2026/04` is April 2026 (the note says periods are calendar
  months); Spanish `Ene-26` is January 2026; `Jan 26` is January 2026.

Readings used: date cells are what they hold (month cells are the 1st of the month); a
blank amount is no fact (future months have no actual, closed months no forecast); a
finance item is a month and cost line pair holding at least one amount; notes and
comments are the finance notes where given. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 34 (docs/adopt.md, "Round 34: the sixty-eighth batch's truth audited"): no
fact changed (440 / 452 / 463 facts at seeds 2026 / 7 / 99 before and after); one cell slip
mended: the covered bridge report's `Total` group on each account line now carries its `%
of Budget` and its `$#,##0.00` format, as every month group does (no draw changes, so no
other cell moves).
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
    _months,
    _put,
    _save,
    _sheet,
)

MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ES_ABBR = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"]


def _money(rng: random.Random, lo: int, hi: int, step: int = 100) -> float:
    return float(rng.randrange(lo, hi, step))


def _near(rng: random.Random, x: float, lo: float = 0.8, hi: float = 1.2) -> float:
    return float(round(x * rng.uniform(lo, hi), -1))


def _keys(values: list[ValueFact]) -> int:
    """How many month and cost line pairs the facts hold (the finance items)."""
    return len({v.where for v in values if v.register == "finance"})


# ---------------------------------------------------------------------------------------
# 1. Tuscany marble quarry: Budget / Actual / Forecast row triplets, months across
# ---------------------------------------------------------------------------------------

QUARRY_LINES = ["Benching and extraction", "Haul road", "Wire saws and blades"]
QUARRY_LINES += ["Slurry water treatment", "Geotechnical monitoring"]


def it_tuscany_marble_quarry_triplets(folder: Path, rng: random.Random) -> Built:
    """A Tuscan marble quarry's new-bench cost sheet kept by the cost controller: each cost
    line on three rows (`Budget`, `Actual`, `Forecast` in a `Measure` column), month date
    cells shown `mmm-yy` across, a `Full year` total column; actuals for the closed months,
    forecasts for the rest; `Amounts in EUR` under the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Plan")
    ws["A1"] = "Cava Michelangelo - Bench 7 Opening - Cost Plan 2026"
    ws["A2"] = "Amounts in EUR"
    nm = rng.randint(5, 7)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    closed = rng.randint(1, nm - 1)
    _put(ws, 4, 1, [["Cost line", "Measure", *months, "Full year"]])
    for c in range(3, 3 + nm):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(QUARRY_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line in lines:
        budget = [_money(rng, 2000, 40000) for _ in months]
        actual: list[object] = [_near(rng, b) if m < closed else None for m, b in enumerate(budget)]
        fc: list[object] = [
            _near(rng, b, 0.9, 1.15) if m >= closed else None for m, b in enumerate(budget)
        ]
        for measure, amounts in (("Budget", budget), ("Actual", actual), ("Forecast", fc)):
            nums = [a for a in amounts if isinstance(a, float)]
            _put(ws, row, 1, [[line, measure, *amounts, sum(nums)]])
            for c in range(3, 4 + nm):
                ws.cell(row, c).number_format = "€ #,##0"
            for m, a in enumerate(amounts):
                if isinstance(a, float):
                    values.append(ValueFact("finance", (months[m], line), measure.lower(), a))
            row += 1
    path = _save(wb, folder, "it_tuscany_marble_quarry_triplets")
    table = TruthTable("Cost Plan", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": _keys(values)})  # fmt: skip
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 2. Friesland windmill: a bookkeeping package's budget versus actuals by period, long
# ---------------------------------------------------------------------------------------

WINDMILL_LINES = ["Cap and sails", "Brake wheel and gearing", "Brickwork tower"]
WINDMILL_LINES += ["Scaffolding", "Millwright fees"]


def nl_friesland_windmill_twinfield_export(folder: Path, rng: random.Random) -> Built:
    """A Frisian corn windmill restoration's Twinfield budget-versus-actuals export: one
    row per period and cost centre, `Period` as text `2026/04` (a note says periods are
    calendar months), `Cost centre`, `Budget`, `Actual`, `Difference`; later periods have a
    budget and no actual."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs actual")
    ws["A1"] = "Stichting Molen De Hoop - Budget versus actuals by period"
    ws["A2"] = "Amounts in EUR. Periods are calendar months (financial year Jan-Dec)."
    _put(ws, 4, 1, [["Period", "Cost centre", "Budget", "Actual", "Difference"]])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(WINDMILL_LINES, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = _money(rng, 500, 15000, 50)
            cells: list[object] = [f"{month.year}/{month.month:02d}", line, budget]
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < closed:
                act = float(round(budget * rng.uniform(0.7, 1.3), 2))
                cells += [act, round(budget - act, 2)]
                values.append(ValueFact("finance", (month, line), "actual", act))
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "nl_friesland_windmill_twinfield_export")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    table = TruthTable("Budget vs actual", 4, "finance", targets, {"finance": _keys(values)})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 3. Moravian porcelain works: months down, Plan / Actual pairs under each cost line
# ---------------------------------------------------------------------------------------

PORCELAIN_LINES = ["Tunnel kiln relining", "Glaze line", "Dust extraction", "Moulds"]


def cz_moravia_porcelain_months_down_pairs(folder: Path, rng: random.Random) -> Built:
    """A Moravian porcelain works' kiln upgrade tracker: months down column A as date
    cells shown `mm/yyyy`, each cost line's name merged over a `Plan` / `Actual` pair of
    columns; amounts in CZK (title); actual blank for months not yet closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Porcelain works Dubi u Znojma - Kiln 3 upgrade - plan vs actual (CZK)"
    lines = rng.sample(PORCELAIN_LINES, rng.randint(2, 3))
    ws.cell(4, 1, "Month")
    for i, line in enumerate(lines):
        col = 2 + 2 * i
        ws.cell(3, col, line)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "Plan")
        ws.cell(4, col + 1, "Actual")
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(5, 7))
    closed = rng.randint(2, len(months) - 1)
    values: list[ValueFact] = []
    for m, month in enumerate(months):
        ws.cell(5 + m, 1, month).number_format = "mm/yyyy"
        for i, line in enumerate(lines):
            plan = _money(rng, 20000, 400000, 1000)
            ws.cell(5 + m, 2 + 2 * i, plan).number_format = "#,##0"
            values.append(ValueFact("finance", (month, line), "budget", plan))
            if m < closed:
                act = _near(rng, plan, 0.75, 1.25)
                ws.cell(5 + m, 3 + 2 * i, act).number_format = "#,##0"
                values.append(ValueFact("finance", (month, line), "actual", act))
    path = _save(wb, folder, "cz_moravia_porcelain_months_down_pairs")
    table = TruthTable("Tracker", 4, "finance", {"A": "month"}, {"finance": _keys(values)})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 4. Cornish tidal mill: one valuation month, the month above the table
# ---------------------------------------------------------------------------------------

MILL_PACKAGES = ["Sluice gates", "Waterwheel", "Millpond dredging", "Building fabric"]
MILL_PACKAGES += ["Visitor interpretation"]
MILL_NOTES = ["Valuation 4 certified", "Awaiting QS sign-off", "Includes variation VO-03"]


def uk_cornwall_tidal_mill_valuation(folder: Path, rng: random.Random) -> Built:
    """A Cornish tidal mill restoration's monthly cost report from the QS: `Valuation
    month` as a date cell shown `mmmm yyyy` and `Currency` GBP above the table, then
    `Package`, `Budget this month`, `Actual this month`, `Cumulative actual to date`,
    `Notes`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Trethewey Tide Mill Restoration - Monthly Cost Report"
    month = date(2026, rng.randint(2, 9), 1)
    _put(ws, 2, 1, [["Valuation month", month], ["Currency", "GBP"]])
    ws["B2"].number_format = "mmmm yyyy"
    _put(ws, 5, 1, [["Package", "Budget this month", "Actual this month"]])
    _put(ws, 5, 4, [["Cumulative actual to date", "Notes"]])
    pkgs = rng.sample(MILL_PACKAGES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    for i, pkg in enumerate(pkgs):
        budget = _money(rng, 1000, 30000, 250)
        act = _near(rng, budget)
        cum = act + _money(rng, 5000, 90000, 500)
        note = rng.choice(MILL_NOTES) if rng.random() < 0.5 else None
        _put(ws, 6 + i, 1, [[pkg, budget, act, cum, note]])
        for c in (2, 3, 4):
            ws.cell(6 + i, c).number_format = "£#,##0"
        values += [
            ValueFact("finance", (month, pkg), "budget", budget),
            ValueFact("finance", (month, pkg), "actual", act),
        ]
        if note:
            values.append(ValueFact("finance", (month, pkg), "notes", note))
    path = _save(wb, folder, "uk_cornwall_tidal_mill_valuation")
    targets: Targets = _cols("A", ["cost_line", "budget", "actual", None, "notes"])
    table = TruthTable("Cost Report", 5, "finance", targets, {"finance": len(pkgs)})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 5. Graubunden thermal spa: three stacked blocks (BUDGET / ACTUAL / FORECAST)
# ---------------------------------------------------------------------------------------

SPA_LINES = ["Thermal pools", "Sauna landscape", "Spring water piping", "Facade", "Fit-out"]


def ch_graubunden_thermal_spa_stacked_blocks(folder: Path, rng: random.Random) -> Built:
    """A Graubunden thermal spa extension's finance sheet: three blocks stacked down one
    sheet, each under a bold `BUDGET` / `ACTUAL` / `FORECAST` label with its own header
    row (`Cost line`, month labels as text `Jan 26`, `Total`); CHF above; actuals for the
    closed months, forecasts for the open ones."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Therme Vals Nord - Erweiterung 2026 - Finance tracker"
    ws["A2"] = "All figures in CHF"
    nm = rng.randint(5, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    closed = rng.randint(1, nm - 1)
    labels = [f"{MONTH_ABBR[m.month - 1]} {m.year % 100}" for m in months]
    lines = rng.sample(SPA_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    budget = {(line, m): _money(rng, 10000, 250000, 500) for line in lines for m in range(nm)}
    tables: list[TruthTable] = []
    top = 4
    for label, measure in (("BUDGET", "budget"), ("ACTUAL", "actual"), ("FORECAST", "forecast")):
        ws.cell(top, 1, label).font = openpyxl.styles.Font(bold=True)
        _put(ws, top + 1, 1, [["Cost line", *labels, "Total"]])
        for r, line in enumerate(lines):
            row: list[object] = [line]
            for m in range(nm):
                b = budget[(line, m)]
                amount: float | None = b
                if measure == "actual":
                    amount = _near(rng, b) if m < closed else None
                elif measure == "forecast":
                    amount = _near(rng, b, 0.9, 1.2) if m >= closed else None
                row.append(amount)
                if amount is not None:
                    values.append(ValueFact("finance", (months[m], line), measure, amount))
            row.append(sum(a for a in row[1:] if isinstance(a, float)))
            _put(ws, top + 2 + r, 1, [row])
            for c in range(2, 3 + nm):
                ws.cell(top + 2 + r, c).number_format = "#,##0.00"
        tables.append(TruthTable("Finance", top + 1, "finance", {"A": "cost_line"}, {}))
        top += len(lines) + 4
    tables[0].counts = {"finance": _keys(values)}
    path = _save(wb, folder, "ch_graubunden_thermal_spa_stacked_blocks")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 6. Saskatchewan grain terminal: a sheet per cost line, months down
# ---------------------------------------------------------------------------------------

GRAIN_LINES = ["Civil works", "Conveyors", "Electrical", "Grain dryer", "Rail siding"]


def ca_saskatchewan_grain_terminal_sheet_per_line(folder: Path, rng: random.Random) -> Built:
    """A Saskatchewan inland grain terminal's PM tracker with one sheet per cost line
    (the sheet named for it and `Cost line: ...` on top, `Currency: CAD`), months down as
    date cells shown `mmm yyyy`, `Budget`, `Actual`, `Forecast`, `Cumulative actual`."""
    wb = openpyxl.Workbook()
    lines = rng.sample(GRAIN_LINES, rng.randint(2, 4))
    months = _months(date(2026, rng.randint(3, 8), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    tables: list[TruthTable] = []
    for i, line in enumerate(lines):
        ws = _sheet(wb, line) if i == 0 else wb.create_sheet(line)
        ws["A1"] = f"Cost line: {line}"
        ws["A2"] = "Currency: CAD"
        _put(ws, 4, 1, [["Month", "Budget", "Actual", "Forecast", "Cumulative actual"]])
        cum = 0.0
        for m, month in enumerate(months):
            budget = _money(rng, 5000, 120000, 500)
            cells: list[object] = [month, budget]
            values.append(ValueFact("finance", (month, line), "budget", budget))
            if m < closed:
                act = _near(rng, budget)
                cum += act
                cells += [act, None, cum]
                values.append(ValueFact("finance", (month, line), "actual", act))
            else:
                fc = _near(rng, budget, 0.95, 1.2)
                cells += [None, fc, None]
                values.append(ValueFact("finance", (month, line), "forecast", fc))
            _put(ws, 5 + m, 1, [cells])
            ws.cell(5 + m, 1).number_format = "mmm yyyy"
        targets: Targets = _cols("A", ["month", "budget", "actual", "forecast", None])
        tables.append(TruthTable(line, 4, "finance", targets, {"finance": len(months)}))
    path = _save(wb, folder, "ca_saskatchewan_grain_terminal_sheet_per_line")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 7. Vermont covered bridge: an accounting package's Budget vs. Actuals report
# ---------------------------------------------------------------------------------------

BRIDGE_LINES = ["Timber trusses", "Abutments", "Roof shingles", "Crane hire"]
BRIDGE_LINES += ["Structural engineering"]


def us_vermont_covered_bridge_bva_report(folder: Path, rng: random.Random) -> Built:
    """A Vermont covered bridge restoration's Budget vs. Actuals report as a small-business
    accounting package exports it: company and report titles, each month a text label
    `Jan 2026` merged over `Actual` / `Budget` / `over Budget` / `% of Budget`, a `Total`
    group, `Distribution account` lines, a `Total Expenses` row; dollar cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs. Actuals")
    ws["A1"] = "Hollow Brook Timber Framers LLC"
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    closed = rng.randint(1, nm)
    ws["A2"] = f"Budget vs. Actuals: Covered Bridge 2026 - {MONTH_ABBR[months[0].month - 1]} - "
    ws["A2"] = str(ws["A2"].value) + f"{MONTH_ABBR[months[-1].month - 1]} 2026"
    ws["A6"] = "Distribution account"
    subs = ["Actual", "Budget", "over Budget", "% of Budget"]
    for g, label in enumerate([f"{MONTH_ABBR[m.month - 1]} {m.year}" for m in months] + ["Total"]):
        col = 2 + 4 * g
        ws.cell(5, col, label)
        ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 3)
        for k, s in enumerate(subs):
            ws.cell(6, col + k, s)
    lines = rng.sample(BRIDGE_LINES, rng.randint(3, 4))
    values: list[ValueFact] = []
    totals = [0.0] * (4 * nm + 4)
    for r, line in enumerate(lines):
        ws.cell(7 + r, 1, line)
        ta = tb = 0.0
        for m, month in enumerate(months):
            col = 2 + 4 * m
            b = float(round(rng.uniform(500, 20000), 2))
            ws.cell(7 + r, col + 1, b)
            values.append(ValueFact("finance", (month, line), "budget", b))
            tb += b
            if m < closed:
                a = float(round(b * rng.uniform(0.7, 1.3), 2))
                ws.cell(7 + r, col, a)
                ws.cell(7 + r, col + 2, round(a - b, 2))
                ws.cell(7 + r, col + 3, round(a / b, 4)).number_format = "0.00%"
                values.append(ValueFact("finance", (month, line), "actual", a))
                ta += a
            for k in range(3):
                ws.cell(7 + r, col + k).number_format = "$#,##0.00"
        col = 2 + 4 * nm
        _put(ws, 7 + r, col, [[round(ta, 2), round(tb, 2), round(ta - tb, 2)]])
        ws.cell(7 + r, col + 3, round(ta / tb, 4)).number_format = "0.00%"
        for k in range(3):
            ws.cell(7 + r, col + k).number_format = "$#,##0.00"
        for c in range(2, 6 + 4 * nm):
            v = ws.cell(7 + r, c).value
            if isinstance(v, float):
                totals[c - 2] += v
    ws.cell(7 + len(lines), 1, "Total Expenses")
    for c in range(2, 6 + 4 * nm):
        if (c - 2) % 4 != 3 and totals[c - 2]:
            ws.cell(7 + len(lines), c, round(totals[c - 2], 2)).number_format = "$#,##0.00"
    path = _save(wb, folder, "us_vermont_covered_bridge_bva_report")
    table = TruthTable("Budget vs. Actuals", 6, "finance", {"A": "cost_line"},
                       {"finance": _keys(values)})  # fmt: skip
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 8. Sentosa fort's tunnels: a finance partner's forecast file with an A / F flag row
# ---------------------------------------------------------------------------------------

TUNNEL_LINES = ["Tunnel lining", "Ventilation", "Lighting", "Exhibits", "Design fees"]


def sg_sentosa_fort_tunnels_af_flag_row(folder: Path, rng: random.Random) -> Built:
    """A Sentosa fort tunnels restoration's forecast file kept by the finance business partner:
    month date cells shown `mmm-yy` across, an `A/F` row under them flagging each month
    actual or forecast, two rows per cost line (`Budget`, `Actual / Forecast` in column
    B), a `FY total` column; `SGD` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Fort Siloso Tunnels Phase 2 - Latest Estimate (SGD)"
    ws["A2"] = "A = actual (month closed), F = forecast"
    nm = rng.randint(6, 8)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    closed = rng.randint(2, nm - 2)
    _put(ws, 4, 1, [["Cost line", "Line", *months, "FY total"]])
    for c in range(3, 3 + nm):
        ws.cell(4, c).number_format = "mmm-yy"
    _put(ws, 5, 1, [[None, "A/F", *["A" if m < closed else "F" for m in range(nm)]]])
    lines = rng.sample(TUNNEL_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "SGD")]
    row = 6
    for line in lines:
        budget = [_money(rng, 10000, 200000, 1000) for _ in months]
        latest = [_near(rng, b, 0.8, 1.25) for b in budget]
        _put(ws, row, 1, [[line, "Budget", *budget, sum(budget)]])
        _put(ws, row + 1, 1, [[line, "Actual / Forecast", *latest, sum(latest)]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            measure = "actual" if m < closed else "forecast"
            values.append(ValueFact("finance", (month, line), measure, latest[m]))
        for rr in (row, row + 1):
            for c in range(3, 4 + nm):
                ws.cell(rr, c).number_format = "#,##0"
        row += 2
    path = _save(wb, folder, "sg_sentosa_fort_tunnels_af_flag_row")
    table = TruthTable("Forecast", 4, "finance", {"A": "cost_line", "B": ("measure", None)},
                       {"finance": _keys(values)})  # fmt: skip
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 9. Lapland lingonberry press: a BI tool's tidy long export
# ---------------------------------------------------------------------------------------

PRESS_LINES = ["Cold press", "Juice tanks", "Pasteuriser", "Cold store", "Automation"]


def fi_lapland_lingonberry_press_tidy_long(folder: Path, rng: random.Random) -> Built:
    """A Lapland berry cooperative's lingonberry press line, exported from a BI tool as a
    tidy long table with no title: `month` as ISO text `2026-05`, `cost_line`, `measure`
    (Budget / Actual / Forecast), `amount_eur`; rows sorted by cost line then month."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "export")
    _put(ws, 1, 1, [["month", "cost_line", "measure", "amount_eur"]])
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(PRESS_LINES, rng.randint(2, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 2
    for line in lines:
        for m, month in enumerate(months):
            b = _money(rng, 3000, 90000, 10)
            measures = [("Budget", b)]
            measures.append(
                ("Actual", _near(rng, b)) if m < closed else ("Forecast", _near(rng, b))
            )
            for name, amount in measures:
                _put(ws, row, 1, [[f"{month.year}-{month.month:02d}", line, name, amount]])
                values.append(ValueFact("finance", (month, line), name.lower(), amount))
                row += 1
    path = _save(wb, folder, "fi_lapland_lingonberry_press_tidy_long")
    targets: Targets = _cols("A", ["month", "cost_line", "measure"])
    table = TruthTable("export", 1, "finance", targets, {"finance": _keys(values)})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 10. Yucatan cenote park: Spanish sheets `Presupuesto` and `Real`
# ---------------------------------------------------------------------------------------

CENOTE_LINES = ["Escaleras y plataformas", "Iluminacion", "Palapas", "Andadores"]
CENOTE_LINES += ["Sanitarios ecologicos"]


def mx_yucatan_cenote_park_spanish_sheets(folder: Path, rng: random.Random) -> Built:
    """A Yucatan ejido's cenote park works, kept in Spanish by the administrator: sheets
    `Presupuesto` (budget) and `Real` (actual), `Concepto` lines down, month labels as
    Spanish text `Ene-26`.. across, a `Total` column; MXN in the titles; the `Real` sheet
    filled for the closed months only."""
    wb = openpyxl.Workbook()
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    closed = rng.randint(1, nm - 1)
    labels = [f"{ES_ABBR[m.month - 1]}-{m.year % 100}" for m in months]
    lines = rng.sample(CENOTE_LINES, rng.randint(3, 4))
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, (sheet, measure) in enumerate((("Presupuesto", "budget"), ("Real", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Parque Cenote Xkeken - {sheet} 2026 (MXN)"
        _put(ws, 3, 1, [["Concepto", *labels, "Total"]])
        for r, line in enumerate(lines):
            row: list[object] = [line]
            for m, month in enumerate(months):
                amount: float | None = _money(rng, 10000, 500000, 500)
                if measure == "actual" and m >= closed:
                    amount = None
                row.append(amount)
                if amount is not None:
                    values.append(ValueFact("finance", (month, line), measure, amount))
            row.append(sum(a for a in row[1:] if isinstance(a, float)))
            _put(ws, 4 + r, 1, [row])
        tables.append(TruthTable(sheet, 3, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": _keys(values)}
    path = _save(wb, folder, "mx_yucatan_cenote_park_spanish_sheets")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 11. Kimberley barramundi farm: July financial year, Budget / Actual row pairs, YTD columns
# ---------------------------------------------------------------------------------------

FARM_LINES = ["Sea cages", "Feed barge", "Vessel refit", "Fingerling nursery"]
FARM_LINES += ["Processing shed"]


def au_kimberley_barramundi_farm_fy_pairs(folder: Path, rng: random.Random) -> Built:
    """A Kimberley barramundi farm's capital works tracker on an Australian July financial
    year: `FY2026-27` in the title with `AUD ex GST`, month date cells shown `mmm-yy` from
    July across, cost lines on two rows (the name on the `Budget` row only, `Actual` on
    the row under it), `YTD` and `FY budget` columns."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY27 Capex")
    ws["A1"] = "Cone Bay Barramundi Farm - Capital Works FY2026-27 (AUD ex GST)"
    nm = rng.randint(5, 8)
    months = _months(date(2026, 7, 1), nm)
    closed = rng.randint(2, nm - 1)
    _put(ws, 3, 1, [["Cost line", None, *months, "YTD", "FY budget"]])
    for c in range(3, 3 + nm):
        ws.cell(3, c).number_format = "mmm-yy"
    lines = rng.sample(FARM_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    for r, line in enumerate(lines):
        budget = [_money(rng, 2000, 60000, 100) for _ in months]
        actual = [_near(rng, b) for b in budget[:closed]]
        fy = sum(budget) + _money(rng, 10000, 80000, 1000)
        _put(ws, 4 + 2 * r, 1, [[line, "Budget", *budget, sum(budget[:closed]), fy]])
        _put(ws, 5 + 2 * r, 2, [["Actual", *actual]])
        ws.cell(5 + 2 * r, 3 + nm, sum(actual))
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            if m < closed:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    path = _save(wb, folder, "au_kimberley_barramundi_farm_fy_pairs")
    table = TruthTable("FY27 Capex", 3, "finance", {"A": "cost_line"},
                       {"finance": _keys(values)})  # fmt: skip
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 12. Brittany tapestry conservation: months down, commitments and comments
# ---------------------------------------------------------------------------------------

TAPESTRY_LINES = ["Conservation studio", "Wet cleaning", "Display cases", "Photography"]
TAPESTRY_NOTES = ["Invoice from studio pending", "Grant instalment received"]
TAPESTRY_NOTES += ["Case order placed with supplier", "Re-phased to next month"]


def fr_brittany_tapestry_commitments(folder: Path, rng: random.Random) -> Built:
    """A Breton abbey's tapestry conservation project, kept by the project accountant:
    one long table with `Month` date cells shown `dd/mm/yyyy` (the 1st), `Cost line`,
    `Budget`, `Committed`, `Actual`, `Forecast`, `Comment`; `(EUR)` in the title; actual
    for closed months, forecast for later ones."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi")
    ws["A1"] = "Abbaye de Daoulas - Tapestry conservation - cost follow-up (EUR)"
    head = ["Month", "Cost line", "Budget", "Committed", "Actual", "Forecast", "Comment"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(TAPESTRY_LINES, rng.randint(2, 3))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 2000, 45000, 100)
            cells: list[object] = [month, line, b, _near(rng, b, 0.9, 1.4)]
            values.append(ValueFact("finance", (month, line), "budget", b))
            if m < closed:
                a = _near(rng, b)
                cells += [a, None]
                values.append(ValueFact("finance", (month, line), "actual", a))
            else:
                f = _near(rng, b)
                cells += [None, f]
                values.append(ValueFact("finance", (month, line), "forecast", f))
            note = rng.choice(TAPESTRY_NOTES) if rng.random() < 0.35 else None
            cells.append(note)
            if note:
                values.append(ValueFact("finance", (month, line), "notes", note))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "dd/mm/yyyy"
            row += 1
    path = _save(wb, folder, "fr_brittany_tapestry_commitments")
    targets: Targets = _cols("A", ["month", "cost_line", "budget", None, "actual"])
    targets |= _cols("F", ["forecast", "notes"])
    table = TruthTable("Suivi", 3, "finance", targets, {"finance": _keys(values)})
    return Built(path, [table], values)


HELD_OUT_68: tuple[Layout, ...] = (
    Layout("it_tuscany_marble_quarry_triplets",
           "Italian marble quarry cost plan: Budget / Actual / Forecast row triplets, EUR",
           it_tuscany_marble_quarry_triplets),
    Layout("nl_friesland_windmill_twinfield_export",
           "Dutch windmill Twinfield budget vs actuals by period (2026/04 text), EUR",
           nl_friesland_windmill_twinfield_export),
    Layout("cz_moravia_porcelain_months_down_pairs",
           "Czech porcelain kiln tracker: months down, Plan / Actual pairs per line, CZK",
           cz_moravia_porcelain_months_down_pairs),
    Layout("uk_cornwall_tidal_mill_valuation",
           "UK tidal mill QS monthly cost report: one valuation month above, GBP, notes",
           uk_cornwall_tidal_mill_valuation),
    Layout("ch_graubunden_thermal_spa_stacked_blocks",
           "Swiss thermal spa: BUDGET / ACTUAL / FORECAST blocks stacked, Jan 26 text, CHF",
           ch_graubunden_thermal_spa_stacked_blocks),
    Layout("ca_saskatchewan_grain_terminal_sheet_per_line",
           "Canadian grain terminal: a sheet per cost line, months down, CAD",
           ca_saskatchewan_grain_terminal_sheet_per_line),
    Layout("us_vermont_covered_bridge_bva_report",
           "US covered bridge accounting-package Budget vs. Actuals (month groups, $ cells)",
           us_vermont_covered_bridge_bva_report),
    Layout("sg_sentosa_fort_tunnels_af_flag_row",
           "Singapore fort tunnels latest estimate: A/F flag row, Budget + Actual / Forecast rows",
           sg_sentosa_fort_tunnels_af_flag_row),
    Layout("fi_lapland_lingonberry_press_tidy_long",
           "Finnish berry press BI tidy long export (month, cost_line, measure, amount_eur)",
           fi_lapland_lingonberry_press_tidy_long),
    Layout("mx_yucatan_cenote_park_spanish_sheets",
           "Mexican cenote park Presupuesto / Real sheets, Ene-26 text months, MXN",
           mx_yucatan_cenote_park_spanish_sheets),
    Layout("au_kimberley_barramundi_farm_fy_pairs",
           "Australian barramundi farm July-FY capex: Budget / Actual row pairs, YTD, AUD",
           au_kimberley_barramundi_farm_fy_pairs),
    Layout("fr_brittany_tapestry_commitments",
           "French tapestry conservation long table: Budget, Committed, Actual, Forecast, EUR",
           fr_brittany_tapestry_commitments),
)  # fmt: skip
