"""The sixty-third held-out batch (``HELD_OUT_63``, round 33): twelve seeded legacy finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is FINANCE
TRACKERS OF EVERY SHAPE (no registers): the cost workbooks a PMO receives from a project's
accountant, cost controller, quantity surveyor or finance business partner, in Switzerland,
Canada, India, Singapore, Japan, Australia, Ireland, the UK and the US (CHF, CAD, INR, SGD,
JPY, AUD, EUR, GBP, USD). Every input cell is a value.

Trackers:

- ``ch_tram_depot_blocks``: a Swiss tram depot's cost tracker:
  `Currency: CHF` under the title, group labels `Budget` / `Actual` / `Forecast` over month
  date cells shown `mmm-yy`, cost lines down, actuals only for closed months, a `Total` row.
- ``ca_ecosys_period_export``: a Canadian water treatment upgrade's EcoSys-style export:
  `Period` text `2026-04`, `Cost Account`, `Budget`, `Commitments`, `Actuals`, `Forecast`
  (CAD in the title).
- ``in_metro_sheets_per_measure``: an Indian metro station fit-out's workbook with sheets
  `Budget`, `Actuals`, `Forecast`, months across as text `Apr 2026`, `Amount in INR` under
  each title.
- ``sg_clinic_measure_column``: a Singapore polyclinic fit-out tracker: `Cost line`,
  `Measure` (Budget / Actual / Forecast), month date cells shown `mmm yyyy` across,
  `Currency: SGD`.
- ``jp_warehouse_plan_actual_rows``: a Japanese automated warehouse tracker (JPY): a
  `Plan` and an `Actual` row per cost item, months across as full words `April`..`September`
  with the year in the title (`2026 spend, JPY`).
- ``au_qs_monthly_cost_report``: an Australian school rebuild's quantity surveyor's monthly
  report (AUD): `Month` date cells shown `mmm-yy`, `Trade package`, `Budget`, `Actual this
  month`, `Actual to date`, `Forecast`.
- ``ie_tagetik_scenarios``: an Irish data centre extension's CCH Tagetik-style report:
  `Account`, `Scenario` (BUDGET / ACTUAL / FCST), month date cells across shown `mm/yyyy`,
  `Currency: EUR`.
- ``uk_kashflow_pairs``: a UK library refurbishment's tracker: month date cells (merged
  over two columns, shown `mmm-yy`) with `Budget` / `Actual` under each month, cost lines
  down, `All figures GBP`.
- ``us_county_long_variance``: a US county courthouse retrofit's monthly finance log (USD):
  `Month` date cells shown `m/d/yyyy`, `Cost code`, `Budget`, `Actual`, `Variance`,
  `Forecast`.
- ``ca_bridge_capex_opex``: a Canadian footbridge's budget with a `CapEx/OpEx` column,
  months across as date cells shown `mmm-yy`, one sheet `Budget` and one `Actual`,
  `Currency: CAD`.
- ``in_hospital_accruals``: an Indian hospital wing's cost report: `Month` date cells shown
  `dd-mm-yyyy` (the 1st), `Cost head`, `Budget`, `Accrued`, `Paid`, `Forecast` (INR).
- ``sg_fintech_notes_blank_months``: a Singapore payments platform's opex tracker: months
  across as date cells shown `mmm-yy`, `Budget` and `Forecast` rows per line, some months
  blank, a `Notes` column, `Currency: SGD`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the hospital's `Accrued` and `Paid` (which is the Actual?): no actual fact, each mapped to
  the actual or left out;
- the quantity surveyor's `Actual to date` (cumulative): left out, no fact; `Actual this
  month` is the actual;
- `Commitments` (orders placed, not spent): left out;
- `Variance` (derived): left out;
- `Total` rows: no cost line, no fact;
- a blank month cell: no fact;
- `Notes`: no finance field, left out.

Readings used: a currency stated in the title block or a `Currency:` line is the project's
currency; month date cells are the months they hold; text months `2026-04`, `Apr 2026` and
month words with the year in the title are those months. It was written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 33 (docs/adopt.md, "Round 33: the sixty-third batch's truth audited"): the
opex tracker's finance count was every line times every month (18), but a month where
neither the Budget nor the Forecast row of a line holds an amount is no finance line: the
count is now the line and month pairs holding an amount (16 at seed 2026, 17 at seed 7, 17
at seed 99; short of 18 at 128 of seeds 0-199); the EcoSys export's `Commitments` cells
(no fact) are mended to the cent (they held float noise, `56100.00000000001`); this
docstring's title of the warehouse tracker said `FY2026` where its cell says `2026 spend,
JPY`. No other fact changed; fact totals are unchanged (501 at seed 2026, 548 at 7, 489 at
99), the count's value changes, not the number of facts.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTH_NAMES,
    MONTHS,
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
from openpyxl.utils import get_column_letter

Data = dict[tuple[str, str, int], float]


def _facts(months: list[date], data: Data, currency: str | None) -> list[ValueFact]:
    out = [ValueFact("project", 0, "currency", currency)] if currency else []
    for (measure, line, m), amount in data.items():
        out.append(ValueFact("finance", (months[m], line), measure, amount))
    return out


def _amount(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


TRAM_LINES = ["Track works", "Overhead line", "Depot building", "Signalling", "Design fees"]


def ch_tram_depot_blocks(folder: Path, rng: random.Random) -> Built:
    """Group labels Budget / Actual / Forecast over month date cells, a Total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Tracker")
    ws["A1"] = "Tramdepot Wankdorf - Kostenverfolgung / Cost tracker"
    ws["A2"] = "Currency: CHF"
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    closed = rng.randint(1, nm - 1)
    lines = rng.sample(TRAM_LINES, rng.randint(3, 4))
    ws.cell(5, 1, "Cost line")
    for b, label in enumerate(["Budget", "Actual", "Forecast"]):
        ws.cell(4, 2 + b * nm, label)
        for m, month in enumerate(months):
            ws.cell(5, 2 + b * nm + m, month).number_format = "mmm-yy"
    data: Data = {}
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m in range(nm):
            data[("budget", line, m)] = _amount(rng, 10, 200, 500)
            ws.cell(6 + r, 2 + m, data[("budget", line, m)])
            if m < closed:
                data[("actual", line, m)] = _amount(rng, 10, 200, 500)
                ws.cell(6 + r, 2 + nm + m, data[("actual", line, m)])
            data[("forecast", line, m)] = _amount(rng, 10, 200, 500)
            ws.cell(6 + r, 2 + 2 * nm + m, data[("forecast", line, m)])
    ws.cell(6 + len(lines), 1, "Total")
    for c in range(3 * nm):
        col = [ws.cell(6 + r, 2 + c).value for r in range(len(lines))]
        ws.cell(6 + len(lines), 2 + c, sum(float(v) for v in col if isinstance(v, float)))
    path = _save(wb, folder, "ch_tram_depot_blocks")
    table = TruthTable("Cost Tracker", 5, "finance", {"A": "cost_line"},
                       {"finance": nm * len(lines)})  # fmt: skip
    return Built(path, [table], _facts(months, data, "CHF"))


WATER_ACCOUNTS = ["Membrane filters", "UV disinfection", "Civil works", "Controls", "PM costs"]


def ca_ecosys_period_export(folder: Path, rng: random.Random) -> Built:
    """A long export: Period text, Cost Account, Budget, Commitments, Actuals, Forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Lakeview WTP Upgrade - Cost Account Report (CAD)"
    head = ["Period", "Cost Account", "Budget", "Commitments", "Actuals", "Forecast"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    accounts = rng.sample(WATER_ACCOUNTS, 3)
    data: Data = {}
    row = 4
    for m, month in enumerate(months):
        for acct in accounts:
            b, a, f = (_amount(rng, 20, 400, 250) for _ in range(3))
            data[("budget", acct, m)], data[("actual", acct, m)] = b, a
            data[("forecast", acct, m)] = f
            commit = round(b * 1.1, 2)  # audit, round 33: to the cent, no float noise
            _put(ws, row, 1, [[f"{month.year}-{month.month:02d}", acct, b, commit, a, f]])
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", None, "actual", "forecast"])
    path = _save(wb, folder, "ca_ecosys_period_export")
    table = TruthTable("Export", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], _facts(months, data, "CAD"))


METRO_LINES = ["Civil finishes", "MEP services", "Escalators", "Signage", "Consultants"]


def in_metro_sheets_per_measure(folder: Path, rng: random.Random) -> Built:
    """Sheets Budget / Actuals / Forecast, months across as text `Apr 2026`."""
    wb = openpyxl.Workbook()
    nm = rng.randint(4, 6)
    months = _months(date(2026, 4, 1), nm)
    labels = [f"{MONTHS[m.month - 1]} {m.year}" for m in months]
    lines = rng.sample(METRO_LINES, 3)
    data: Data = {}
    tables = []
    for s, (sheet, measure) in enumerate(
        (("Budget", "budget"), ("Actuals", "actual"), ("Forecast", "forecast"))
    ):
        ws = wb.active if s == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = sheet
        ws["A1"] = f"Station fit-out package 4 - {sheet}"
        ws["A2"] = "Amount in INR"
        _put(ws, 4, 1, [["Cost line", *labels]])
        for r, line in enumerate(lines):
            row: list[object] = [line]
            for m in range(nm):
                amount = _amount(rng, 5, 90, 100000)
                row.append(amount)
                data[(measure, line, m)] = amount
            _put(ws, 5 + r, 1, [row])
        tables.append(TruthTable(sheet, 4, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": nm * 3}
    path = _save(wb, folder, "in_metro_sheets_per_measure")
    return Built(path, tables, _facts(months, data, "INR"))


CLINIC_LINES = ["Fit-out contractor", "Medical equipment", "IT and AV", "Furniture", "Fees"]


def sg_clinic_measure_column(folder: Path, rng: random.Random) -> Built:
    """`Cost line`, `Measure`, month date cells across shown `mmm yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Tampines North Polyclinic - Fit-out finance tracker"
    ws["A2"] = "Currency: SGD"
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    ws.cell(4, 1, "Cost line")
    ws.cell(4, 2, "Measure")
    for m, month in enumerate(months):
        ws.cell(4, 3 + m, month).number_format = "mmm yyyy"
    lines = rng.sample(CLINIC_LINES, rng.randint(2, 3))
    data: Data = {}
    row = 5
    for line in lines:
        for word in ("Budget", "Actual", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, word)
            for m in range(nm):
                amount = _amount(rng, 4, 80, 1000)
                ws.cell(row, 3 + m, amount).number_format = "#,##0"
                data[(word.lower(), line, m)] = amount
            row += 1
    path = _save(wb, folder, "sg_clinic_measure_column")
    table = TruthTable("Finance", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": nm * len(lines)})  # fmt: skip
    return Built(path, [table], _facts(months, data, "SGD"))


WAREHOUSE_LINES = ["Racking", "Shuttle robots", "Conveyors", "WMS software", "Installation"]


def jp_warehouse_plan_actual_rows(folder: Path, rng: random.Random) -> Built:
    """A `Plan` and an `Actual` row per item, months as words, the year in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Kanagawa DC automation - 2026 spend, JPY"
    nm = 6
    months = _months(date(2026, 4, 1), nm)
    _put(ws, 3, 1, [["Cost item", "Type", *MONTH_NAMES[3 : 3 + nm]]])
    lines = rng.sample(WAREHOUSE_LINES, 3)
    closed = rng.randint(2, 5)
    data: Data = {}
    row = 4
    for line in lines:
        plan: list[object] = [line, "Plan"]
        act: list[object] = [line, "Actual"]
        for m in range(nm):
            p = _amount(rng, 1, 60, 1000000)
            plan.append(p)
            data[("budget", line, m)] = p
            if m < closed:
                a = _amount(rng, 1, 60, 1000000)
                data[("actual", line, m)] = a
                act.append(a)
            else:
                act.append(None)
        _put(ws, row, 1, [plan, act])
        row += 2
    path = _save(wb, folder, "jp_warehouse_plan_actual_rows")
    table = TruthTable("Spend", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": nm * 3})  # fmt: skip
    return Built(path, [table], _facts(months, data, "JPY"))


SCHOOL_TRADES = ["Demolition", "Structure", "Facade", "Mechanical", "Electrical", "Landscaping"]


def au_qs_monthly_cost_report(folder: Path, rng: random.Random) -> Built:
    """Month, Trade package, Budget, Actual this month, Actual to date, Forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Parramatta West Public School Rebuild - QS Monthly Cost Report (AUD)"
    head = ["Month", "Trade package", "Budget", "Actual this month", "Actual to date"]
    _put(ws, 3, 1, [[*head, "Forecast"]])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(3, 4))
    trades = rng.sample(SCHOOL_TRADES, 3)
    todate = dict.fromkeys(trades, 0.0)
    data: Data = {}
    row = 4
    for m, month in enumerate(months):
        for t in trades:
            b, a, f = (_amount(rng, 10, 300, 1000) for _ in range(3))
            todate[t] += a
            data[("budget", t, m)], data[("actual", t, m)] = b, a
            data[("forecast", t, m)] = f
            _put(ws, row, 1, [[month, t, b, a, todate[t], f]])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "forecast"])
    path = _save(wb, folder, "au_qs_monthly_cost_report")
    table = TruthTable("Cost Report", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], _facts(months, data, "AUD"))


DC_ACCOUNTS = ["Electrical fit-out", "Cooling plant", "Generators", "Fibre", "Commissioning"]


def ie_tagetik_scenarios(folder: Path, rng: random.Random) -> Built:
    """`Account`, `Scenario` BUDGET / ACTUAL / FCST, month date cells across `mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    ws["A1"] = "Clonee DC Hall 3 - Scenario report"
    ws["A2"] = "Currency: EUR"
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    ws.cell(4, 1, "Account")
    ws.cell(4, 2, "Scenario")
    for m, month in enumerate(months):
        ws.cell(4, 3 + m, month).number_format = "mm/yyyy"
    lines = rng.sample(DC_ACCOUNTS, 3)
    data: Data = {}
    row = 5
    for line in lines:
        for word, key in (("BUDGET", "budget"), ("ACTUAL", "actual"), ("FCST", "forecast")):
            ws.cell(row, 1, line)
            ws.cell(row, 2, word)
            for m in range(nm):
                amount = _amount(rng, 20, 900, 1000)
                ws.cell(row, 3 + m, amount)
                data[(key, line, m)] = amount
            row += 1
    path = _save(wb, folder, "ie_tagetik_scenarios")
    table = TruthTable("Report", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": nm * 3})  # fmt: skip
    return Built(path, [table], _facts(months, data, "EUR"))


LIBRARY_LINES = ["Main contractor", "Shelving", "Self-service kiosks", "Architect", "Decant"]


def uk_kashflow_pairs(folder: Path, rng: random.Random) -> Built:
    """Month date cells merged over Budget / Actual pairs, cost lines down."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget v Actual")
    ws["A1"] = "Central Library Refurbishment - budget v actual"
    ws["A2"] = "All figures GBP"
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    ws.cell(5, 1, "Cost line")
    for m, month in enumerate(months):
        c = 2 + 2 * m
        ws.cell(4, c, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "Budget")
        ws.cell(5, c + 1, "Actual")
    lines = rng.sample(LIBRARY_LINES, rng.randint(3, 4))
    data: Data = {}
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m in range(nm):
            b, a = _amount(rng, 2, 90, 500), _amount(rng, 2, 90, 500)
            ws.cell(6 + r, 2 + 2 * m, b)
            ws.cell(6 + r, 3 + 2 * m, a)
            data[("budget", line, m)], data[("actual", line, m)] = b, a
    path = _save(wb, folder, "uk_kashflow_pairs")
    table = TruthTable("Budget v Actual", 5, "finance", {"A": "cost_line"},
                       {"finance": nm * len(lines)})  # fmt: skip
    return Built(path, [table], _facts(months, data, "GBP"))


COURT_CODES = ["01-Sitework", "03-Concrete", "09-Finishes", "23-HVAC", "26-Electrical"]


def us_county_long_variance(folder: Path, rng: random.Random) -> Built:
    """Month, Cost code, Budget, Actual, Variance, Forecast (USD in the title)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Marion County Courthouse Seismic Retrofit - Monthly Finance Log (USD)"
    _put(ws, 3, 1, [["Month", "Cost code", "Budget", "Actual", "Variance", "Forecast"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    codes = rng.sample(COURT_CODES, 3)
    data: Data = {}
    row = 4
    for m, month in enumerate(months):
        for code in codes:
            b, a, f = (_amount(rng, 10, 500, 100) for _ in range(3))
            data[("budget", code, m)], data[("actual", code, m)] = b, a
            data[("forecast", code, m)] = f
            _put(ws, row, 1, [[month, code, b, a, b - a, f]])
            ws.cell(row, 1).number_format = "m/d/yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "forecast"])
    path = _save(wb, folder, "us_county_long_variance")
    table = TruthTable("Monthly", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], _facts(months, data, "USD"))


BRIDGE_LINES = ["Steel fabrication", "Foundations", "Lighting", "Maintenance contract"]


def ca_bridge_capex_opex(folder: Path, rng: random.Random) -> Built:
    """Sheets Budget and Actual, a CapEx/OpEx column, month date cells across."""
    wb = openpyxl.Workbook()
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    lines = rng.sample(BRIDGE_LINES, 3)
    kinds = {line: "OpEx" if line == "Maintenance contract" else "CapEx" for line in lines}
    data: Data = {}
    tables = []
    for s, (sheet, measure) in enumerate((("Budget", "budget"), ("Actual", "actual"))):
        ws = wb.active if s == 0 else wb.create_sheet()
        assert ws is not None
        ws.title = sheet
        ws["A1"] = f"Riverside Footbridge - {sheet}"
        ws["A2"] = "Currency: CAD"
        ws.cell(4, 1, "Cost line")
        ws.cell(4, 2, "CapEx/OpEx")
        for m, month in enumerate(months):
            ws.cell(4, 3 + m, month).number_format = "mmm-yy"
        for r, line in enumerate(lines):
            ws.cell(5 + r, 1, line)
            ws.cell(5 + r, 2, kinds[line])
            for m in range(nm):
                amount = _amount(rng, 1, 80, 1000)
                ws.cell(5 + r, 3 + m, amount)
                data[(measure, line, m)] = amount
        tables.append(TruthTable(sheet, 4, "finance", {"A": "cost_line", "B": "capex_opex"}, {}))
    tables[0].counts = {"finance": nm * 3}
    path = _save(wb, folder, "ca_bridge_capex_opex")
    facts = _facts(months, data, "CAD")
    facts += [ValueFact("finance", (months[0], line), "capex_opex", kinds[line]) for line in lines]
    return Built(path, tables, facts)


HOSPITAL_HEADS = ["Civil works", "Medical gases", "Modular OT", "HVAC", "Lifts"]


def in_hospital_accruals(folder: Path, rng: random.Random) -> Built:
    """Month, Cost head, Budget, Accrued, Paid, Forecast (INR)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "New Surgical Block, Pune - Monthly cost report (INR)"
    _put(ws, 3, 1, [["Month", "Cost head", "Budget", "Accrued", "Paid", "Forecast"]])
    months = _months(date(2026, 4, 1), rng.randint(3, 5))
    heads = rng.sample(HOSPITAL_HEADS, 3)
    data: Data = {}
    row = 4
    for m, month in enumerate(months):
        for h in heads:
            b, f = _amount(rng, 5, 80, 100000), _amount(rng, 5, 80, 100000)
            acc = _amount(rng, 5, 80, 100000)
            data[("budget", h, m)], data[("forecast", h, m)] = b, f
            _put(ws, row, 1, [[month, h, b, acc, round(acc * 0.8, -3), f]])
            ws.cell(row, 1).number_format = "dd-mm-yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", ("actual", None)])
    targets |= _cols("E", [("actual", None), "forecast"])
    path = _save(wb, folder, "in_hospital_accruals")
    table = TruthTable("Cost Report", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], _facts(months, data, "INR"))


FINTECH_LINES = ["Cloud hosting", "Licences", "Contractors", "Pen testing", "Training"]


def sg_fintech_notes_blank_months(folder: Path, rng: random.Random) -> Built:
    """Budget and Forecast rows per line, some months blank, a Notes column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Opex")
    ws["A1"] = "PayNow Gateway Replatform - Opex tracker"
    ws["A2"] = "Currency: SGD"
    nm = 6
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    ws.cell(4, 1, "Line")
    ws.cell(4, 2, "Measure")
    for m, month in enumerate(months):
        ws.cell(4, 3 + m, month).number_format = "mmm-yy"
    ws.cell(4, 3 + nm, "Notes")
    lines = rng.sample(FINTECH_LINES, 3)
    data: Data = {}
    row = 5
    for line in lines:
        for word in ("Budget", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, word)
            for m in range(nm):
                if rng.random() < 0.25:
                    continue
                amount = _amount(rng, 1, 50, 200)
                ws.cell(row, 3 + m, amount)
                data[(word.lower(), line, m)] = amount
            if word == "Forecast" and rng.random() < 0.5:
                ws.cell(row, 3 + nm, "Vendor quote pending")
            row += 1
    targets: Targets = {"A": "cost_line", "B": "measure", get_column_letter(3 + nm): None}
    path = _save(wb, folder, "sg_fintech_notes_blank_months")
    # audit, round 33: a month with no amount in either row of a line is no finance line
    pairs = len({(line, m) for (_, line, m) in data})
    table = TruthTable("Opex", 4, "finance", targets, {"finance": pairs})
    return Built(path, [table], _facts(months, data, "SGD"))


HELD_OUT_63: tuple[Layout, ...] = (
    Layout(
        "ch_tram_depot_blocks", "Swiss depot cost tracker, B/A/F blocks, CHF", ch_tram_depot_blocks
    ),
    Layout(
        "ca_ecosys_period_export",
        "Canadian EcoSys-style period export, CAD",
        ca_ecosys_period_export,
    ),
    Layout(
        "in_metro_sheets_per_measure", "Indian sheets per measure, INR", in_metro_sheets_per_measure
    ),
    Layout(
        "sg_clinic_measure_column",
        "Singapore measure column tracker, SGD",
        sg_clinic_measure_column,
    ),
    Layout(
        "jp_warehouse_plan_actual_rows",
        "Japanese plan / actual rows, JPY",
        jp_warehouse_plan_actual_rows,
    ),
    Layout(
        "au_qs_monthly_cost_report",
        "Australian QS monthly cost report, AUD",
        au_qs_monthly_cost_report,
    ),
    Layout(
        "ie_tagetik_scenarios", "Irish CCH Tagetik-style scenario report, EUR", ie_tagetik_scenarios
    ),
    Layout("uk_kashflow_pairs", "UK KashFlow-style budget / actual pairs, GBP", uk_kashflow_pairs),
    Layout(
        "us_county_long_variance", "US long monthly log with variance, USD", us_county_long_variance
    ),
    Layout(
        "ca_bridge_capex_opex",
        "Canadian CapEx/OpEx budget and actual sheets, CAD",
        ca_bridge_capex_opex,
    ),
    Layout(
        "in_hospital_accruals", "Indian cost report, accrued and paid, INR", in_hospital_accruals
    ),
    Layout(
        "sg_fintech_notes_blank_months",
        "Singapore opex tracker, blank months, notes",
        sg_fintech_notes_blank_months,
    ),
)
