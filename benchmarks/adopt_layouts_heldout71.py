"""The seventy-first held-out batch (``HELD_OUT_71``, round 34): twelve seeded finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
FINANCE TRACKERS OF EVERY SHAPE (no registers): the workbooks a PMO receives as a
project's finance tracker, as a cost controller, quantity surveyor, site accountant or
finance business partner keeps them, in Guyana, Kosovo, Canada, Ireland, Switzerland,
Japan, Australia, Singapore and India. Every input cell is a value.

Trackers:

- ``gy_vista_job_cost_long``: a Guyana road rehabilitation's job cost export from
  Viewpoint Vista: `Amounts in USD` above, one long table `Phase`, `Phase Description`,
  `Period` date cells shown `mm/yyyy`, `Budget`, `Actual Cost`, `Forecast Cost` (actual
  for the closed months, forecast for later ones).
- ``xk_measure_rows_months_across``: a Kosovo water utility's tracker, `(EUR)` in the
  title: `Cost line`, `Measure` Budget / Actual / Forecast rows, month date cells across
  shown `mmm-yy`, a `Total` column and a `Total` row; Actual blank for open months,
  Forecast blank for closed ones.
- ``ca_buildertrend_budget_by_month``: a Canadian custom-home builder's Buildertrend
  budget export by month: `Cost Code`, `Cost Code Title`, `Month` text `March 2026`,
  `Builder Budget`, `Committed Costs`, `Actual Costs`, `Currency: CAD` above.
- ``ie_cashflow_months_down_sheets``: an Irish school extension's cash flow: sheets
  `Budget phasing` and `Actuals`, months DOWN as date cells shown `mmm yyyy`, cost lines
  across, `EUR` in the title.
- ``ch_month_pairs_across``: a Swiss hospital IT cost tracker: a month date cell over
  each pair `Budget` | `Actual` (merged), cost lines with a `CHF` note; months not yet
  closed have no actual.
- ``jp_actual_and_to_date``: a Japanese factory line's monthly actuals (JPY): rows per
  month (date cells `yyyy/mm`) and cost line, `Budget`, `Actual this month`, `Actual to
  date` (cumulative).
- ``au_month_end_pack``: an Australian mine camp's finance business partner month-end
  pack: `Month ending 30 June 2026` under the title, `Cost line`, `Month Budget`, `Month
  Actual`, `Variance`, `YTD Budget`, `YTD Actual`, `Full Year Forecast`, amounts in AUD.
- ``sg_sheet_per_month``: a Singapore laboratory fit-out's tracker, one sheet per month
  named `Jan 26`, `Feb 26`.., each `Cost item`, `Budget (SGD)`, `Actual (SGD)`, `Notes`.
- ``in_fy_actual_forecast_row``: an Indian metro depot's FY 2026-27 tracker (April to
  March, `Actuals to end of June` stated), month words `Apr`..`Sep` across, a `Budget` row
  and an `Actual / Forecast` row per cost line, INR.
- ``gy_donor_text_money``: a Guyana donor-funded clinic's budget vs expenditure: money as
  text `US$ 12,500.00`, `Budget line`, `Month` date cells shown `dd/mm/yyyy` (first of
  month), `Approved budget`, `Expenditure`, `Accrual`, `Notes`.
- ``xk_capex_opex_lines``: a Kosovo municipal data centre tracker: `Cost line`, `CapEx /
  OpEx`, `Category`, then `Budget` and `Actual` group labels over month date cells shown
  `mmm-yy`, EUR in the title, a blank actual where nothing was spent; `Category` words
  (Hardware / Facilities / Services) are the standard's cost categories, facts as CapEx / OpEx.
- ``ca_compound_headers_months_down``: a Canadian wind farm's owner's cost tracker: months
  DOWN as date cells shown `yyyy-mm`, compound headers `Turbines - Budget`, `Turbines -
  Actual`.. across, `All figures CAD` above.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the donor clinic's `Accrual` (is the month's actual the expenditure alone, or with the
  accrual?): mapped to the actual or left out; in a month with an accrual the actual has
  no fact, in a month without one `Expenditure` is the actual;
- Buildertrend's `Committed Costs` (orders placed, not spent): left out; `Builder Budget`
  is the budget, `Actual Costs` the actual;
- the Japanese `Actual to date` and the month-end pack's `YTD Budget` / `YTD Actual`
  (cumulative): left out; `Variance` (derived): left out; `Full Year Forecast` (a year's
  total, not a month's): left out, no fact;
- every `Total` column and row: no cost line, no fact;
- the Indian `Actual / Forecast` row: actual for the months to end of June (stated in the
  workbook), forecast for later months;
- the month-end pack's month is the `Month ending` line's month; the Singapore sheets'
  months are their names; the Indian months are the FY's (April 2026 to September 2026);
- the Vista `Phase` code (`01-100`) is no cost line: the description is; the Buildertrend
  `Cost Code` the same;
- `Notes` is the notes column: no value fact (free text, drawn rarely);
- currencies: USD, EUR, CAD, CHF, JPY, AUD, SGD, INR (all on the standard's list) from a
  title, a line above or a header's unit.

Audit, round 34 (docs/adopt.md, "Round 34: the seventy-first batch's truth audited"): one
value added, none removed or corrected, no cell mended: the month-end pack's `Month ending
30 June 2026` line is the report date (2026-06-30), as the standard's reading of a `Month
ending ..` line of its own (rounds 29-30) takes it; every other fact was checked against the
cells at seeds 2026 and 7 and left.

Readings used: date cells are what they hold; month words and `March 2026` text are the
first of the month; money text `US$ 12,500.00` is 12500.0. It was written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.
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

MONTH_WORDS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
MONTH_WORDS += ["Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
FULL_MONTHS += ["September", "October", "November", "December"]


def _amount(rng: random.Random, lo: int, hi: int, step: float) -> float:
    return float(rng.randrange(lo, hi) * step)


def _fin(month: date, line: str, measure: str, amount: float) -> ValueFact:
    return ValueFact("finance", (month, line), measure, amount)


VISTA_PHASES = [
    ("01-100", "Mobilisation"),
    ("02-200", "Earthworks"),
    ("03-300", "Drainage and culverts"),
    ("04-400", "Asphalt surfacing"),
    ("05-500", "Road markings and signs"),
    ("06-600", "Supervision consultant"),
]


def gy_vista_job_cost_long(folder: Path, rng: random.Random) -> Built:
    """A Guyana road rehabilitation's Viewpoint Vista job cost export: one long table,
    `Period` date cells `mm/yyyy`, phase code and description, budget, actual, forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "JC Cost by Period")
    ws["A1"] = "Job 2026-014 East Bank Demerara Road Rehabilitation"
    ws["A2"] = "Amounts in USD"
    head = ["Phase", "Phase Description", "Period", "Budget", "Actual Cost", "Forecast Cost"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    phases = rng.sample(VISTA_PHASES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for code, desc in phases:
        for m, month in enumerate(months):
            budget = _amount(rng, 20, 400, 500)
            cells: list[object] = [code, desc, month, budget]
            values.append(_fin(month, desc, "budget", budget))
            if m < closed:
                actual = round(budget * rng.uniform(0.8, 1.2), 2)
                cells += [actual, None]
                values.append(_fin(month, desc, "actual", actual))
            else:
                fc = round(budget * rng.uniform(0.9, 1.15), 2)
                cells += [None, fc]
                values.append(_fin(month, desc, "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 3).number_format = "mm/yyyy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    targets: Targets = _cols("A", [None, "cost_line", "month", "budget", "actual", "forecast"])
    table = TruthTable("JC Cost by Period", 4, "finance", targets,
                       {"finance": len(months) * len(phases)})  # fmt: skip
    return Built(_save(wb, folder, "gy_vista_job_cost_long"), [table], values)


KOSOVO_LINES = ["Pipe supply", "Pumping station", "Reservoir works", "Design and supervision"]
KOSOVO_LINES += ["Land and permits", "Community liaison"]


def xk_measure_rows_months_across(folder: Path, rng: random.Random) -> Built:
    """A Kosovo water utility's tracker: `Measure` rows Budget / Actual / Forecast per cost
    line, month date cells across shown `mmm-yy`, a `Total` column and row, EUR in title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Prizren Water Supply Extension - Cost Tracker 2026 (EUR)"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 4)
    ws.cell(3, 1, "Cost line")
    ws.cell(3, 2, "Measure")
    for m, month in enumerate(months):
        ws.cell(3, 3 + m, month).number_format = "mmm-yy"
    ws.cell(3, 3 + len(months), "Total")
    lines = rng.sample(KOSOVO_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    grand = [0.0] * len(months)
    for line in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            total = 0.0
            for m, month in enumerate(months):
                if (measure == "Actual" and m >= closed) or (measure == "Forecast" and m < closed):
                    continue
                amount = _amount(rng, 5, 90, 1000)
                total += amount
                if measure == "Budget":
                    grand[m] += amount
                ws.cell(row, 3 + m, amount).number_format = "#,##0"
                values.append(_fin(month, line, measure.lower(), amount))
            ws.cell(row, 3 + len(months), total).number_format = "#,##0"
            row += 1
    ws.cell(row, 1, "Total")
    ws.cell(row, 2, "Budget")
    for m, amount in enumerate(grand):
        ws.cell(row, 3 + m, amount).number_format = "#,##0"
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Tracker", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "xk_measure_rows_months_across"), [table], values)


BUILDERTREND_CODES = [
    ("0100", "Permits & Fees"),
    ("0300", "Excavation"),
    ("0400", "Foundation"),
    ("0600", "Framing"),
    ("0800", "Roofing"),
    ("1500", "Plumbing"),
    ("1600", "Electrical"),
]


def ca_buildertrend_budget_by_month(folder: Path, rng: random.Random) -> Built:
    """A Canadian custom-home builder's Buildertrend budget export by month: `Month` text
    `March 2026`, `Builder Budget`, `Committed Costs`, `Actual Costs`, `Currency: CAD`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Job: Okanagan Lakeview Residence (Kelowna, BC)"
    ws["A2"] = "Currency: CAD"
    head = ["Cost Code", "Cost Code Title", "Month", "Builder Budget", "Committed Costs"]
    head += ["Actual Costs"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 2, 1), rng.randint(3, 4))
    codes = rng.sample(BUILDERTREND_CODES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 5
    for month in months:
        label = f"{FULL_MONTHS[month.month - 1]} {month.year}"
        for code, title in codes:
            budget = _amount(rng, 4, 120, 250)
            committed = round(budget * rng.uniform(0.9, 1.1), 2)
            actual = round(budget * rng.uniform(0.5, 1.1), 2)
            _put(ws, row, 1, [[code, title, label, budget, committed, actual]])
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = '"$"#,##0.00'
            values += [_fin(month, title, "budget", budget), _fin(month, title, "actual", actual)]
            row += 1
    targets: Targets = _cols("A", [None, "cost_line", "month", "budget", None, "actual"])
    table = TruthTable("Budget", 4, "finance", targets,
                       {"finance": len(months) * len(codes)})  # fmt: skip
    return Built(_save(wb, folder, "ca_buildertrend_budget_by_month"), [table], values)


IRISH_LINES = ["Main contractor", "Design team fees", "Loose furniture", "ICT equipment"]
IRISH_LINES += ["Planning and levies", "Contingency drawdown"]


def ie_cashflow_months_down_sheets(folder: Path, rng: random.Random) -> Built:
    """An Irish school extension's cash flow: `Budget phasing` and `Actuals` sheets, months
    DOWN as date cells shown `mmm yyyy`, cost lines across, `EUR` in each title."""
    wb = openpyxl.Workbook()
    months = _months(date(2025, 9, 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months))
    lines = rng.sample(IRISH_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    tables = []
    for s, (sheet, measure) in enumerate((("Budget phasing", "budget"), ("Actuals", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Scoil Mhuire Extension, Ennis - {sheet} (EUR)"
        _put(ws, 3, 1, [["Month", *lines]])
        for r, month in enumerate(months):
            ws.cell(4 + r, 1, month).number_format = "mmm yyyy"
            if measure == "actual" and r >= closed:
                continue
            for c, line in enumerate(lines):
                amount = _amount(rng, 2, 150, 500)
                ws.cell(4 + r, 2 + c, amount).number_format = "#,##0"
                values.append(_fin(month, line, measure, amount))
        tables.append(TruthTable(sheet, 3, "finance", {"A": "month"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    return Built(_save(wb, folder, "ie_cashflow_months_down_sheets"), tables, values)


SWISS_LINES = ["Software licences", "Integration partner", "Hardware", "Internal staff"]
SWISS_LINES += ["Training", "Data migration"]


def ch_month_pairs_across(folder: Path, rng: random.Random) -> Built:
    """A Swiss hospital IT cost tracker: a merged month date cell over each `Budget` |
    `Actual` pair, cost lines down; no actual for the months not yet closed; CHF."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kosten")
    ws["A1"] = "Kantonsspital EPD rollout - cost tracker"
    ws["A2"] = "All amounts in CHF"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws.cell(5, 1, "Cost line")
    for m, month in enumerate(months):
        col = 2 + 2 * m
        ws.cell(4, col, month).number_format = "mmm yyyy"
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "Budget")
        ws.cell(5, col + 1, "Actual")
    lines = rng.sample(SWISS_LINES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            budget = _amount(rng, 10, 200, 500)
            ws.cell(6 + r, 2 + 2 * m, budget).number_format = "#,##0"
            values.append(_fin(month, line, "budget", budget))
            if m < closed:
                actual = round(budget * rng.uniform(0.7, 1.25), -1)
                ws.cell(6 + r, 3 + 2 * m, actual).number_format = "#,##0"
                values.append(_fin(month, line, "actual", actual))
    table = TruthTable("Kosten", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "ch_month_pairs_across"), [table], values)


JAPAN_LINES = ["Press line equipment", "Foundations", "Installation labour", "Tooling"]
JAPAN_LINES += ["Safety fencing", "Commissioning"]


def jp_actual_and_to_date(folder: Path, rng: random.Random) -> Built:
    """A Japanese factory press line's monthly actuals in JPY: `Month` date cells shown
    `yyyy/mm`, `Cost line`, `Budget`, `Actual this month`, `Actual to date` (cumulative)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Toyohashi Plant No.3 Press Line - monthly cost (JPY)"
    _put(ws, 3, 1, [["Month", "Cost line", "Budget", "Actual this month", "Actual to date"]])
    months = _months(date(2026, 4, 1), rng.randint(3, 5))
    lines = rng.sample(JAPAN_LINES, rng.randint(2, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "JPY")]
    to_date = dict.fromkeys(lines, 0.0)
    row = 4
    for month in months:
        for line in lines:
            budget = _amount(rng, 10, 300, 100000)
            actual = _amount(rng, 5, 300, 100000)
            to_date[line] += actual
            _put(ws, row, 1, [[month, line, budget, actual, to_date[line]]])
            ws.cell(row, 1).number_format = "yyyy/mm"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0"
            values += [_fin(month, line, "budget", budget), _fin(month, line, "actual", actual)]
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    table = TruthTable("Monthly", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "jp_actual_and_to_date"), [table], values)


CAMP_LINES = ["Accommodation modules", "Catering contract", "Power and water", "Transport"]
CAMP_LINES += ["Site security", "Camp maintenance"]


def au_month_end_pack(folder: Path, rng: random.Random) -> Built:
    """An Australian mine camp's month-end pack: `Month ending 30 June 2026`, `Cost line`,
    `Month Budget`, `Month Actual`, `Variance`, `YTD Budget`, `YTD Actual`, `Full Year
    Forecast`, amounts in AUD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Month End")
    ws["A1"] = "Pilbara Camp Expansion - Month End Finance Report"
    ws["A2"] = "Month ending 30 June 2026"
    ws["A3"] = "Amounts in AUD"
    head = ["Cost line", "Month Budget", "Month Actual", "Variance", "YTD Budget"]
    head += ["YTD Actual", "Full Year Forecast"]
    _put(ws, 5, 1, [head])
    month = date(2026, 6, 1)
    lines = rng.sample(CAMP_LINES, rng.randint(3, 6))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    # audit, round 34: `Month ending 30 June 2026` on a line of its own is the report date
    values.append(ValueFact("project", 0, "report_date", date(2026, 6, 30)))
    for r, line in enumerate(lines):
        budget = _amount(rng, 20, 400, 1000)
        actual = _amount(rng, 20, 400, 1000)
        ytd_b = budget * rng.randint(4, 6)
        ytd_a = actual * rng.randint(4, 6)
        cells: list[object] = [line, budget, actual, budget - actual, ytd_b, ytd_a]
        cells += [round(ytd_b * 2.1, -3)]
        _put(ws, 6 + r, 1, [cells])
        for c in range(2, 8):
            ws.cell(6 + r, c).number_format = "#,##0;(#,##0)"
        values += [_fin(month, line, "budget", budget), _fin(month, line, "actual", actual)]
    targets: Targets = _cols("A", ["cost_line", "budget", "actual", None, None, None, None])
    table = TruthTable("Month End", 5, "finance", targets, {"finance": len(lines)})
    return Built(_save(wb, folder, "au_month_end_pack"), [table], values)


LAB_ITEMS = ["Fume cupboards", "Lab benching", "Cleanroom panels", "HVAC upgrade"]
LAB_ITEMS += ["Gas manifolds", "Consultant fees"]
LAB_NOTES = ["PO raised", "Invoice disputed", "Paid in two tranches", "Awaiting delivery"]


def sg_sheet_per_month(folder: Path, rng: random.Random) -> Built:
    """A Singapore laboratory fit-out's tracker, one sheet per month named `Jan 26`..,
    each `Cost item`, `Budget (SGD)`, `Actual (SGD)`, `Notes`."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    items = rng.sample(LAB_ITEMS, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "SGD")]
    tables = []
    for m, month in enumerate(months):
        name = f"{MONTH_WORDS[month.month - 1]} {month.year % 100:02d}"
        ws = _sheet(wb, name) if m == 0 else wb.create_sheet(name)
        ws["A1"] = f"Biopolis Lab 4 Fit-out - {FULL_MONTHS[month.month - 1]} {month.year}"
        _put(ws, 3, 1, [["Cost item", "Budget (SGD)", "Actual (SGD)", "Notes"]])
        for r, item in enumerate(items):
            budget = _amount(rng, 5, 200, 250)
            actual = round(budget * rng.uniform(0.6, 1.2), 2)
            note = rng.choice(LAB_NOTES) if rng.random() < 0.3 else None
            _put(ws, 4 + r, 1, [[item, budget, actual, note]])
            values += [_fin(month, item, "budget", budget), _fin(month, item, "actual", actual)]
        targets: Targets = _cols("A", ["cost_line", "budget", "actual", "notes"])
        tables.append(TruthTable(name, 3, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(items)}
    return Built(_save(wb, folder, "sg_sheet_per_month"), tables, values)


DEPOT_LINES = ["Civil works", "Track and OHE", "Workshop machinery", "Signalling"]
DEPOT_LINES += ["PMC fees", "Utilities diversion"]


def in_fy_actual_forecast_row(folder: Path, rng: random.Random) -> Built:
    """An Indian metro depot's FY 2026-27 tracker: `Apr`..`Sep` across, a `Budget` row and
    an `Actual / Forecast` row per cost line, `Actuals to end of June` stated, INR."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY27")
    ws["A1"] = "Metro Phase 2 Depot - Budget and Actual / Forecast, FY 2026-27 (INR)"
    ws["A2"] = "Financial year April to March. Actuals to end of June 2026, forecast after."
    months = _months(date(2026, 4, 1), 6)
    closed = 3
    _put(ws, 4, 1, [["Cost line", "Type", *[MONTH_WORDS[m.month - 1] for m in months]]])
    lines = rng.sample(DEPOT_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 5
    for line in lines:
        for kind in ("Budget", "Actual / Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, kind)
            for m, month in enumerate(months):
                amount = _amount(rng, 10, 500, 10000)
                ws.cell(row, 3 + m, amount).number_format = "#,##0"
                measure = "budget" if kind == "Budget" else "actual" if m < closed else "forecast"
                values.append(_fin(month, line, measure, amount))
            row += 1
    table = TruthTable("FY27", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "in_fy_actual_forecast_row"), [table], values)


CLINIC_LINES = ["Medical equipment", "Building works", "Staff training", "Cold chain"]
CLINIC_LINES += ["Monitoring and evaluation", "Project staff salaries"]
CLINIC_NOTES = ["Grant tranche 2 received", "Exchange loss", "Vendor paid late"]


def _usd(amount: float) -> str:
    return f"US$ {amount:,.2f}"


def gy_donor_text_money(folder: Path, rng: random.Random) -> Built:
    """A Guyana donor-funded clinic's budget vs expenditure: money as text `US$ 12,500.00`,
    `Month` date cells shown `dd/mm/yyyy`, `Approved budget`, `Expenditure`, `Accrual`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvE")
    ws["A1"] = "Lethem Regional Health Centre - Budget vs Expenditure"
    head = ["Budget line", "Month", "Approved budget", "Expenditure", "Accrual", "Notes"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 4))
    lines = rng.sample(CLINIC_LINES, rng.randint(3, 4))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 4
    for line in lines:
        for month in months:
            budget = _amount(rng, 10, 300, 50)
            spent = round(budget * rng.uniform(0.5, 1.1), 2)
            accrual = _amount(rng, 1, 40, 25) if rng.random() < 0.3 else None
            note = rng.choice(CLINIC_NOTES) if rng.random() < 0.2 else None
            cells: list[object] = [line, month, _usd(budget), _usd(spent)]
            cells += [_usd(accrual) if accrual else None, note]
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "dd/mm/yyyy"
            values.append(_fin(month, line, "budget", budget))
            if accrual is None:
                values.append(_fin(month, line, "actual", spent))
            row += 1
    targets: Targets = _cols("A", ["cost_line", "month", "budget", "actual"])
    targets |= {"E": ("actual", None), "F": "notes"}
    table = TruthTable("BvE", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "gy_donor_text_money"), [table], values)


DC_LINES = [
    ("Servers and storage", "CapEx", "Hardware"),
    ("Network switches", "CapEx", "Hardware"),
    ("Colocation rent", "OpEx", "Facilities"),
    ("Support contract", "OpEx", "Services"),
    ("Migration services", "OpEx", "Services"),
    ("UPS and cooling", "CapEx", "Facilities"),
]


def xk_capex_opex_lines(folder: Path, rng: random.Random) -> Built:
    """A Kosovo municipal data centre tracker: `Cost line`, `CapEx / OpEx`, `Category`,
    `Budget` and `Actual` group labels over month date cells shown `mmm-yy`, EUR."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Municipality of Pristina Data Centre - Budget vs Actual (EUR)"
    months = _months(date(2026, 1, 1), 4)
    ws.cell(4, 1, "Cost line")
    ws.cell(4, 2, "CapEx / OpEx")
    ws.cell(4, 3, "Category")
    for b, label in enumerate(["Budget", "Actual"]):
        ws.cell(3, 4 + b * 4, label)
        ws.merge_cells(start_row=3, start_column=4 + b * 4, end_row=3, end_column=7 + b * 4)
        for m, month in enumerate(months):
            ws.cell(4, 4 + b * 4 + m, month).number_format = "mmm-yy"
    lines = rng.sample(DC_LINES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for r, (line, kind, cat) in enumerate(lines):
        _put(ws, 5 + r, 1, [[line, kind, cat]])
        values += [
            _fin(months[0], line, "capex_opex", kind),
            _fin(months[0], line, "category", cat),
        ]
        for m, month in enumerate(months):
            budget = _amount(rng, 2, 80, 1000)
            ws.cell(5 + r, 4 + m, budget).number_format = "#,##0"
            values.append(_fin(month, line, "budget", budget))
            if rng.random() < 0.75:
                actual = round(budget * rng.uniform(0.7, 1.2), -1)
                ws.cell(5 + r, 8 + m, actual).number_format = "#,##0"
                values.append(_fin(month, line, "actual", actual))
    targets: Targets = {"A": "cost_line", "B": "capex_opex", "C": "category"}
    table = TruthTable("Budget vs Actual", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "xk_capex_opex_lines"), [table], values)


WIND_LINES = ["Turbines", "Balance of plant", "Grid connection", "Owner's engineer"]


def ca_compound_headers_months_down(folder: Path, rng: random.Random) -> Built:
    """A Canadian wind farm's owner's cost tracker: months DOWN as date cells shown
    `yyyy-mm`, compound headers `Turbines - Budget`, `Turbines - Actual`.., CAD above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Owner Costs")
    ws["A1"] = "Gaspesie Ridge Wind Farm - Owner's Cost Tracker"
    ws["A2"] = "All figures CAD"
    lines = rng.sample(WIND_LINES, rng.randint(2, 3))
    head: list[object] = ["Month"]
    for line in lines:
        head += [f"{line} - Budget", f"{line} - Actual"]
    _put(ws, 4, 1, [head])
    months = _months(date(2025, 11, 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    for r, month in enumerate(months):
        ws.cell(5 + r, 1, month).number_format = "yyyy-mm"
        for c, line in enumerate(lines):
            budget = _amount(rng, 50, 2000, 1000)
            ws.cell(5 + r, 2 + 2 * c, budget).number_format = "#,##0"
            values.append(_fin(month, line, "budget", budget))
            if r < closed:
                actual = round(budget * rng.uniform(0.8, 1.15), -2)
                ws.cell(5 + r, 3 + 2 * c, actual).number_format = "#,##0"
                values.append(_fin(month, line, "actual", actual))
    table = TruthTable("Owner Costs", 4, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "ca_compound_headers_months_down"), [table], values)


HELD_OUT_71: tuple[Layout, ...] = (
    Layout("gy_vista_job_cost_long", "Viewpoint Vista job cost by period export (USD)",
           gy_vista_job_cost_long),
    Layout("xk_measure_rows_months_across",
           "Kosovo tracker: Budget / Actual / Forecast rows, mmm-yy months, totals",
           xk_measure_rows_months_across),
    Layout("ca_buildertrend_budget_by_month",
           "Buildertrend budget export by month (committed and actual costs, CAD)",
           ca_buildertrend_budget_by_month),
    Layout("ie_cashflow_months_down_sheets",
           "Irish cash flow: budget phasing and actuals sheets, months down",
           ie_cashflow_months_down_sheets),
    Layout("ch_month_pairs_across", "Swiss IT cost tracker: Budget | Actual pairs per month",
           ch_month_pairs_across),
    Layout("jp_actual_and_to_date", "Japanese monthly cost: actual this month and to date",
           jp_actual_and_to_date),
    Layout("au_month_end_pack", "Australian month-end pack: month, YTD, full-year forecast",
           au_month_end_pack),
    Layout("sg_sheet_per_month", "Singapore lab fit-out tracker, one sheet per month",
           sg_sheet_per_month),
    Layout("in_fy_actual_forecast_row", "Indian FY tracker: Budget and Actual / Forecast rows",
           in_fy_actual_forecast_row),
    Layout("gy_donor_text_money", "Donor budget vs expenditure, US$ money text, accruals",
           gy_donor_text_money),
    Layout("xk_capex_opex_lines", "Kosovo data centre: CapEx / OpEx, Budget and Actual groups",
           xk_capex_opex_lines),
    Layout("ca_compound_headers_months_down",
           "Canadian wind farm: months down, `Line - Budget` / `Line - Actual` headers",
           ca_compound_headers_months_down),
)  # fmt: skip
