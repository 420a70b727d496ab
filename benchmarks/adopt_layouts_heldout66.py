"""The sixty-sixth held-out batch (``HELD_OUT_66``, round 34): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is FINANCE
TRACKERS OF EVERY SHAPE (twelve trackers, no registers): what a PMO receives as a project's
finance tracker from an accountant, a PM, a cost controller, a quantity surveyor or a
finance business partner, in places and sectors no earlier batch's docstring names (an
Aland cable ferry landing, a St Helena weather station, a Saint Pierre customs house, a
Ukrainian school canteen, a Christmas Island fuel farm, a Libyan sewage pumping station, a
Bonaire coral nursery, an Antigua cricket pavilion, a Cocos Islands quarantine station, a
Caracas tapestry conservation studio, a Saint Lucia radio mast, an Ascension Island dry
stone wall repair), exported from tools no earlier batch names
(Exact Online, Sage 200, SAP Business One, Moneybird, Pronto Xi, Holded, Sage 300, COINS,
Causeway) or kept by hand. Every month is a first-of-month date cell or an unambiguous
month text (`2026-03`, a sheet's `Month: March 2026`); every money value is a number cell
unless said.

Trackers:

- ``ax_cable_ferry_exact_online``: an Aland cable ferry landing's Exact Online budget vs.
  actuals export, one long table: `Currency: EUR` above, `Period` date cells shown
  `mm-yyyy`, `Cost line`, `Budget`, `Actual` (blank for months not closed), `Variance`.
- ``sh_weather_station_sage200_pairs``: a St Helena weather station renewal's Sage 200
  budget report: `All figures in GBP`, month date cells shown `mmm-yy` (each merged over
  two columns) above `Budget` / `Actual` pairs, cost lines down, a `Total` row; actuals for
  the months closed.
- ``pm_customs_house_two_sheets``: a Saint Pierre customs house restoration kept by the
  architect's office: sheets `Budget` and `Actual`, months down (date cells shown `mmm
  yyyy`), cost lines across, `Amounts in EUR` in each title, a `Total` column.
- ``ua_school_canteen_donor_tracker``: a Ukrainian school canteen rebuild's donor tracker:
  `Currency: EUR`, `Month` date cells shown `dd.mm.yyyy` (the 1st), `Budget line`,
  `Category` (standard words), `CAPEX/OPEX`, `Planned`, `Spent`, `Notes` on some rows.
- ``cx_fuel_farm_coins_cost_report``: a Christmas Island fuel farm's COINS cost report by
  a quantity surveyor: `Cost code` and `Description` per line, `Original budget`,
  `Approved variations`, `Current budget` (no month), then month date cells shown `mmm-yy`
  under `Actual` / `Forecast` labels, `Cost to date` and `Final cost` columns; `All values
  AUD`.
- ``ly_sewage_sap_b1_budget_report``: a Libyan sewage pumping station's SAP Business One
  budget report: `Account Code`, `Account Name`, `Posting Period` text `2026-03`, `Budget
  Amount`, `Actual Amount`, `Diff.`, `% of Budget`; `Currency: USD`.
- ``bq_coral_nursery_moneybird_rows``: a Bonaire coral nursery's Moneybird budget sheet:
  `Cost line`, `Type` (Budget / Actual / Forecast rows per line), month date cells shown
  `mmm yyyy` across, money shown `$#,##0.00`, `Amounts in USD` above.
- ``ag_cricket_pavilion_sheet_per_month``: an Antigua cricket pavilion's monthly returns,
  a sheet per month (`Jan 2026`..) each titled `Month: January 2026`, `Amounts in US$`,
  with `Cost line`, `Budget`, `Actual`, `Forecast`, `Comment`.
- ``cc_quarantine_pronto_job_cost``: a Cocos Islands quarantine station's Pronto Xi job
  cost export: `Job`, `Cost Code`, `Description`, `Month` date cells shown `mmm-yy`,
  `Budget`, `Actual Cost`, `Committed`; `AUD` in the title.
- ``ve_tapestry_holded_blocks``: a Caracas tapestry conservation studio's Holded export
  reworked by the PM: `Month` date cell only on the first row of each month's block,
  `Cost line`, `Budget`, `Actual`, a `Month total` row after each block; `Currency: USD`.
- ``lc_radio_mast_sage300_stacked``: a Saint Lucia radio mast's Sage 300 report as two
  stacked tables on one sheet, `BUDGET` then `ACTUAL`, each with month date cells shown
  `mmm-yy` across and cost lines down, money as text `US$ 12,500.00`.
- ``ac_dry_stone_causeway_sheet_per_line``: an Ascension Island dry stone wall repair's
  Causeway-fed tracker, a sheet per cost line (the line in the sheet name and title):
  `Month` date cells shown `mmm-yy`, `Budget`, `Actual`, `Forecast`, `Comments`; `GBP`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the fuel farm's `Original budget` / `Approved variations` / `Current budget` (a line's
  whole budget, no month; a reader might spread it or not): no budget fact, left out;
  `Cost to date` and `Final cost` (cumulative and at-completion): left out; each month's
  `Actual` / `Forecast` labelled column is that month's actual or forecast;
- the quarantine station's `Committed` (orders placed, not spent): left out, no actual
  fact; `Actual Cost` is the actual;
- the coral nursery's `Forecast` rows are filled only for months not closed, the
  cricket pavilion's and dry stone wall's `Forecast` only for open months: each a forecast
  fact; no forecast fact for a closed month (blank);
- variance columns (`Variance`, `Diff.`, `% of Budget`): left out; `Total` rows and
  columns, the tapestry `Month total` rows: no item;
- the donor tracker's `Planned` is the budget and `Spent` the actual (a donor's words);
  `Category` (standard words) and `CAPEX/OPEX` (`CapEx` / `OpEx`) are facts; `Notes` where
  filled is the notes fact;
- the pavilion's and dry stone wall's comments are notes facts where filled;
- SAP and Pronto account codes (`Account Code`, `Cost Code`, the fuel farm's `Cost code`):
  the name beside is the cost line; the code column is mapped to the cost line or left
  out, facts keyed by the name; Pronto's `Job` (one job number): left out;
- money as text `US$ 12,500.00` (Saint Lucia) is the number 12500.0;
- the currency: a `Currency:` line, `All figures in GBP`, `Amounts in EUR`, `Amounts in
  USD`, `Amounts in US$`, `All values AUD`, `(AUD)` in a title: each is the project's
  currency fact.

Readings used: months are first-of-month date cells, the SAP `2026-03` text, a sheet per
month's `Month:` title; facts are keyed by (month, cost line). It was written and checked
for internal consistency only (``adopt_truth.check_truth``), never against adoption's
output.

Audit, round 34 (docs/adopt.md, "Round 34: the sixty-sixth batch's truth audited"): the
fuel farm's `Original budget` and `Current budget` columns (C, E), each a line's whole
budget and the only budget the report holds, are mapped to the budget or left out with no
value (they were left out only), as the Acumatica original / revised pair (round 23) and
MYOB's job budget (round 28); the weather station's `Total` row is formatted as the lines it
sums (`#,##0` / `#,##0.00`, it was `General`); the dry stone wall's `RMS St Helena sailing
missed` comment (that ship was retired in 2018) reads `Supply ship sailing missed`. No fact
added or removed: 578 facts at seed 2026, 601 at seed 7, 487 at seed 99, as before.
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

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTH_NAMES += ["September", "October", "November", "December"]


def _amt(rng: random.Random, lo: int, hi: int, step: int = 50) -> float:
    return float(rng.randrange(lo, hi, step))


def _fin(month: date, line: str, field: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), field, value)


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


FERRY_LINES = ["Ramp hinge replacement", "Guide wire anchors", "Waiting room", "Design fees"]
FERRY_LINES += ["Dredging", "Site supervision"]


def ax_cable_ferry_exact_online(folder: Path, rng: random.Random) -> Built:
    """An Aland cable ferry landing's Exact Online budget vs. actuals export (long)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs actuals")
    ws["A1"] = "Budget vs. actuals - Foglo cable ferry landing refurbishment"
    ws["A2"] = "Currency: EUR"
    _put(ws, 4, 1, [["Period", "Cost line", "Budget", "Actual", "Variance"]])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(FERRY_LINES, rng.randint(3, 4))
    values = [_cur("EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = _amt(rng, 2000, 40000)
            actual = round(budget * rng.uniform(0.7, 1.25), 2) if m < closed else None
            var = round(budget - actual, 2) if actual is not None else None
            _put(ws, row, 1, [[month, line, budget, actual, var]])
            ws.cell(row, 1).number_format = "mm-yyyy"
            values.append(_fin(month, line, "budget", budget))
            if actual is not None:
                values.append(_fin(month, line, "actual", actual))
            row += 1
    path = _save(wb, folder, "ax_cable_ferry_exact_online")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    table = TruthTable("Budget vs actuals", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


WEATHER_LINES = ["Radiosonde building", "Automatic weather station", "Wind profiler"]
WEATHER_LINES += ["Freight to Jamestown", "Met Office support", "Staff housing"]


def sh_weather_station_sage200_pairs(folder: Path, rng: random.Random) -> Built:
    """A St Helena weather station's Sage 200 budget report: merged month cells over
    `Budget` / `Actual` pairs, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Report")
    ws["A1"] = "St Helena Met Station Renewal - Budget Report"
    ws["A2"] = "All figures in GBP"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 5)
    lines = rng.sample(WEATHER_LINES, rng.randint(3, 5))
    ws.cell(5, 1, "Cost centre")
    for m, month in enumerate(months):
        c = 2 + 2 * m
        ws.cell(4, c, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "Budget")
        ws.cell(5, c + 1, "Actual")
    values = [_cur("GBP")]
    tot = [0.0] * (2 * len(months))
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            b = _amt(rng, 1000, 25000, 100)
            ws.cell(6 + r, 2 + 2 * m, b).number_format = "#,##0"
            tot[2 * m] += b
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                a = round(b * rng.uniform(0.6, 1.3), 2)
                ws.cell(6 + r, 3 + 2 * m, a).number_format = "#,##0.00"
                tot[2 * m + 1] += a
                values.append(_fin(month, line, "actual", a))
    _put(ws, 6 + len(lines), 1, [["Total", *[round(t, 2) or None for t in tot]]])
    for k in range(len(tot)):  # audit (round 34): the total formatted as the lines it sums
        ws.cell(6 + len(lines), 2 + k).number_format = "#,##0.00" if k % 2 else "#,##0"
    path = _save(wb, folder, "sh_weather_station_sage200_pairs")
    table = TruthTable("Budget Report", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


CUSTOMS_LINES = ["Roof slates", "Timber windows", "Stonework", "Electrics", "Architect"]


def pm_customs_house_two_sheets(folder: Path, rng: random.Random) -> Built:
    """A Saint Pierre customs house restoration: `Budget` and `Actual` sheets, months
    down, cost lines across, a `Total` column."""
    wb = openpyxl.Workbook()
    months = _months(date(2025, rng.randint(9, 12), 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months))
    lines = rng.sample(CUSTOMS_LINES, rng.randint(3, 4))
    values = [_cur("EUR")]
    tables = []
    for s, (sheet, field) in enumerate((("Budget", "budget"), ("Actual", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Maison de la Douane, Saint-Pierre - {sheet} (Amounts in EUR)"
        _put(ws, 3, 1, [["Month", *lines, "Total"]])
        for m, month in enumerate(months):
            if field == "actual" and m >= closed:
                continue
            amts = [_amt(rng, 500, 18000) for _ in lines]
            _put(ws, 4 + m, 1, [[month, *amts, sum(amts)]])
            ws.cell(4 + m, 1).number_format = "mmm yyyy"
            values += [_fin(month, ln, field, a) for ln, a in zip(lines, amts, strict=True)]
        tables.append(TruthTable(sheet, 3, "finance", {"A": "month"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "pm_customs_house_two_sheets")
    return Built(path, tables, values)


CANTEEN_LINES = [
    ("Kitchen equipment", "Hardware", "CapEx"),
    ("Building works", "Contractors", "CapEx"),
    ("Cook training", "Services", "OpEx"),
    ("Project coordinator", "Labour", "OpEx"),
    ("Monitoring visits", "Travel", "OpEx"),
]
CANTEEN_NOTES = ["Invoice awaited", "Paid in two instalments", "Price rise on steel"]


def ua_school_canteen_donor_tracker(folder: Path, rng: random.Random) -> Built:
    """A Ukrainian school canteen rebuild's donor tracker: `Planned` / `Spent`, standard
    categories, `CAPEX/OPEX`, notes on some rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Chernihiv School No. 12 Canteen Rebuild - Donor Finance Tracker"
    ws["A2"] = "Currency: EUR"
    head = ["Month", "Budget line", "Category", "CAPEX/OPEX", "Planned", "Spent", "Notes"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(2, 5), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months))
    lines = rng.sample(CANTEEN_LINES, rng.randint(3, 4))
    values = [_cur("EUR")]
    row = 5
    for m, month in enumerate(months):
        for line, cat, cx in lines:
            plan = _amt(rng, 1000, 30000, 100)
            spent = round(plan * rng.uniform(0.5, 1.2), 2) if m < closed else None
            note = rng.choice(CANTEEN_NOTES) if rng.random() < 0.25 else None
            _put(ws, row, 1, [[month, line, cat, cx, plan, spent, note]])
            ws.cell(row, 1).number_format = "dd.mm.yyyy"
            values += [
                _fin(month, line, "category", cat),
                _fin(month, line, "capex_opex", cx),
                _fin(month, line, "budget", plan),
            ]
            if spent is not None:
                values.append(_fin(month, line, "actual", spent))
            if note:
                values.append(_fin(month, line, "notes", note))
            row += 1
    path = _save(wb, folder, "ua_school_canteen_donor_tracker")
    targets = _cols("A", ["month", "cost_line", "category", "capex_opex", "budget", "actual"])
    targets |= {"G": "notes"}
    table = TruthTable("Tracker", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


FUEL_LINES = [("FF-100", "Bund walls"), ("FF-200", "Tank refurbishment"),
              ("FF-300", "Pipework and valves"), ("FF-400", "Fire suppression"),
              ("FF-500", "Preliminaries")]  # fmt: skip


def cx_fuel_farm_coins_cost_report(folder: Path, rng: random.Random) -> Built:
    """A Christmas Island fuel farm's COINS cost report: whole-line budgets, then month
    columns under `Actual` / `Forecast` labels, `Cost to date`, `Final cost`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Christmas Island Airport Fuel Farm Upgrade - Monthly Cost Report"
    ws["A2"] = "All values AUD"
    months = _months(date(2026, rng.randint(1, 3), 1), 6)
    closed = rng.randint(2, 4)
    head: list[object] = ["Cost code", "Description", "Original budget"]
    head += ["Approved variations", "Current budget", *months, "Cost to date", "Final cost"]
    _put(ws, 5, 1, [head])
    for m in range(len(months)):
        ws.cell(4, 6 + m, "Actual" if m < closed else "Forecast")
        ws.cell(5, 6 + m).number_format = "mmm-yy"
    lines = rng.sample(FUEL_LINES, rng.randint(3, 5))
    values = [_cur("AUD")]
    for r, (code, name) in enumerate(lines):
        amounts = [_amt(rng, 5000, 90000, 500) for _ in months]
        orig = round(sum(amounts) * 1.1, -3)
        var = float(rng.choice([0, 0, 5000, 12000, -3000]))
        to_date = sum(amounts[:closed])
        cells: list[object] = [code, name, orig, var, orig + var, *amounts, to_date]
        cells.append(sum(amounts))
        _put(ws, 6 + r, 1, [cells])
        for m, month in enumerate(months):
            values.append(_fin(month, name, "actual" if m < closed else "forecast", amounts[m]))
    # audit (round 34): `Original budget` and `Current budget` are each a line's whole budget,
    # the only budget the report holds: mapped to the budget or left out, with no value (as
    # the Acumatica original / revised pair, round 23, and MYOB's job budget, round 28)
    targets: Targets = _cols("A", [("cost_line", None), "cost_line", ("budget", None), None])
    targets |= {"E": ("budget", None), "L": None, "M": None}
    path = _save(wb, folder, "cx_fuel_farm_coins_cost_report")
    table = TruthTable("Cost Report", 5, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


SEWAGE_ACCOUNTS = [("6110", "Civil works"), ("6120", "Pumps and motors"),
                   ("6130", "Rising main"), ("6210", "Engineering supervision"),
                   ("6310", "Generator set")]  # fmt: skip


def ly_sewage_sap_b1_budget_report(folder: Path, rng: random.Random) -> Built:
    """A Libyan sewage pumping station's SAP Business One budget report: `Posting Period`
    text `2026-03`, `Budget Amount`, `Actual Amount`, `Diff.`, `% of Budget`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Report")
    ws["A1"] = "Budget Report - Misrata Pumping Station PS-4"
    ws["A2"] = "Currency: USD"
    head = ["Account Code", "Account Name", "Posting Period", "Budget Amount"]
    head += ["Actual Amount", "Diff.", "% of Budget"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    accounts = rng.sample(SEWAGE_ACCOUNTS, 3)
    values = [_cur("USD")]
    row = 5
    for code, name in accounts:
        for month in months:
            b = _amt(rng, 10000, 200000, 1000)
            a = round(b * rng.uniform(0.6, 1.2), 2)
            period = f"{month.year}-{month.month:02d}"
            _put(ws, row, 1, [[code, name, period, b, a, round(a - b, 2), round(a / b, 4)]])
            ws.cell(row, 7).number_format = "0.0%"
            values += [_fin(month, name, "budget", b), _fin(month, name, "actual", a)]
            row += 1
    targets = _cols("A", [("cost_line", None), "cost_line", "month", "budget", "actual", None])
    targets |= {"G": None}
    path = _save(wb, folder, "ly_sewage_sap_b1_budget_report")
    table = TruthTable("Budget Report", 4, "finance", targets,
                       {"finance": len(months) * len(accounts)})  # fmt: skip
    return Built(path, [table], values)


CORAL_LINES = ["Nursery trees", "Dive boat hire", "Outplanting", "Monitoring", "Volunteers"]


def bq_coral_nursery_moneybird_rows(folder: Path, rng: random.Random) -> Built:
    """A Bonaire coral nursery's Moneybird budget sheet: Budget / Actual / Forecast rows
    per cost line, months across, `$#,##0.00` money."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Begroting")
    ws["A1"] = "Bonaire Reef Renewal - Coral Nursery Expansion"
    ws["A2"] = "Amounts in USD"
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    closed = rng.randint(1, 5)
    _put(ws, 4, 1, [["Cost line", "Type", *months]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm yyyy"
    lines = rng.sample(CORAL_LINES, rng.randint(3, 4))
    values = [_cur("USD")]
    row = 5
    for line in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            cells: list[object] = [line, measure]
            for m, month in enumerate(months):
                if (measure == "Actual" and m >= closed) or (measure == "Forecast" and m < closed):
                    cells.append(None)
                    continue
                amt = _amt(rng, 300, 9000, 25)
                cells.append(amt)
                values.append(_fin(month, line, measure.lower(), amt))
            _put(ws, row, 1, [cells])
            for c in range(3, 9):
                ws.cell(row, c).number_format = "$#,##0.00"
            row += 1
    path = _save(wb, folder, "bq_coral_nursery_moneybird_rows")
    table = TruthTable("Begroting", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


PAVILION_LINES = ["Groundworks", "Steel frame", "Seating", "Scoreboard", "Changing rooms"]
PAVILION_COMMENTS = ["Delayed shipment from Miami", "Retention held", "Change order 3"]


def ag_cricket_pavilion_sheet_per_month(folder: Path, rng: random.Random) -> Built:
    """An Antigua cricket pavilion's monthly returns, a sheet per month titled `Month:
    January 2026`, `Budget`, `Actual`, `Forecast`, `Comment`."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(PAVILION_LINES, rng.randint(3, 4))
    values = [_cur("USD")]
    tables = []
    for m, month in enumerate(months):
        name = f"{MONTH_NAMES[month.month - 1][:3]} {month.year}"
        ws = _sheet(wb, name) if m == 0 else wb.create_sheet(name)
        ws["A1"] = "Sir Vivian Richards Ground - East Pavilion"
        ws["A2"] = f"Month: {MONTH_NAMES[month.month - 1]} {month.year}"
        ws["A3"] = "Amounts in US$"
        _put(ws, 5, 1, [["Cost line", "Budget", "Actual", "Forecast", "Comment"]])
        for r, line in enumerate(lines):
            b = _amt(rng, 4000, 60000, 250)
            if m < closed:
                a, f = round(b * rng.uniform(0.7, 1.2), 2), None
            else:
                a, f = None, round(b * rng.uniform(0.9, 1.2), -1)
            note = rng.choice(PAVILION_COMMENTS) if rng.random() < 0.3 else None
            _put(ws, 6 + r, 1, [[line, b, a, f, note]])
            values.append(_fin(month, line, "budget", b))
            if a is not None:
                values.append(_fin(month, line, "actual", a))
            if f is not None:
                values.append(_fin(month, line, "forecast", f))
            if note:
                values.append(_fin(month, line, "notes", note))
        targets = _cols("A", ["cost_line", "budget", "actual", "forecast", "notes"])
        tables.append(TruthTable(name, 5, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "ag_cricket_pavilion_sheet_per_month")
    return Built(path, tables, values)


QUARANTINE_LINES = [("110", "Kennel block"), ("120", "Incinerator"), ("130", "Water tank"),
                    ("210", "Biosecurity fit-out"), ("310", "Barge freight")]  # fmt: skip


def cc_quarantine_pronto_job_cost(folder: Path, rng: random.Random) -> Built:
    """A Cocos Islands quarantine station's Pronto Xi job cost export: `Job`, `Cost Code`,
    `Description`, `Month`, `Budget`, `Actual Cost`, `Committed`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Job Cost")
    ws["A1"] = "Job Cost Summary by Month - West Island Quarantine Station (AUD)"
    head = ["Job", "Cost Code", "Description", "Month", "Budget", "Actual Cost", "Committed"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(3, 4))
    lines = rng.sample(QUARANTINE_LINES, rng.randint(3, 4))
    values = [_cur("AUD")]
    row = 4
    for code, name in lines:
        for month in months:
            b = _amt(rng, 2000, 50000, 100)
            a = round(b * rng.uniform(0.5, 1.15), 2)
            com = round(b * rng.uniform(0.0, 0.4), -2)
            _put(ws, row, 1, [["J24017", code, name, month, b, a, com]])
            ws.cell(row, 4).number_format = "mmm-yy"
            values += [_fin(month, name, "budget", b), _fin(month, name, "actual", a)]
            row += 1
    targets = _cols("A", [None, ("cost_line", None), "cost_line", "month", "budget", "actual"])
    targets |= {"G": None}
    path = _save(wb, folder, "cc_quarantine_pronto_job_cost")
    table = TruthTable("Job Cost", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


TAPESTRY_LINES = ["Conservators", "Wet cleaning", "Dyes and thread", "Hanging system"]
TAPESTRY_LINES += ["Photography"]


def ve_tapestry_holded_blocks(folder: Path, rng: random.Random) -> Built:
    """A Caracas tapestry conservation studio's Holded export reworked by the PM: the
    month only on each block's first row, a `Month total` row after each block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Gobelin Restoration, Caracas - Costs by Month"
    ws["A2"] = "Currency: USD"
    _put(ws, 4, 1, [["Month", "Cost line", "Budget", "Actual"]])
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months))
    lines = rng.sample(TAPESTRY_LINES, rng.randint(3, 4))
    values = [_cur("USD")]
    row = 5
    for m, month in enumerate(months):
        tb, ta = 0.0, 0.0
        for i, line in enumerate(lines):
            b = _amt(rng, 200, 6000, 20)
            a = round(b * rng.uniform(0.6, 1.3), 2) if m < closed else None
            _put(ws, row, 1, [[month if i == 0 else None, line, b, a]])
            if i == 0:
                ws.cell(row, 1).number_format = "mmmm yyyy"
            tb, ta = tb + b, ta + (a or 0)
            values.append(_fin(month, line, "budget", b))
            if a is not None:
                values.append(_fin(month, line, "actual", a))
            row += 1
        _put(ws, row, 2, [["Month total", tb, round(ta, 2) or None]])
        row += 2
    targets = _cols("A", ["month", "cost_line", "budget", "actual"])
    path = _save(wb, folder, "ve_tapestry_holded_blocks")
    table = TruthTable("Costs", 4, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


MAST_LINES = ["Mast steelwork", "Foundations", "Antennas", "Access road", "Crane hire"]


def lc_radio_mast_sage300_stacked(folder: Path, rng: random.Random) -> Built:
    """A Saint Lucia radio mast's Sage 300 report: `BUDGET` and `ACTUAL` tables stacked on
    one sheet, money as text `US$ 12,500.00`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    ws["A1"] = "Morne Gimie FM Mast Replacement"
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    closed = rng.randint(2, 5)
    lines = rng.sample(MAST_LINES, rng.randint(3, 4))
    values = [_cur("USD")]
    tables = []
    top = 3
    for label, field in (("BUDGET", "budget"), ("ACTUAL", "actual")):
        ws.cell(top, 1, label)
        _put(ws, top + 1, 1, [["Account", *months]])
        for c in range(2, 8):
            ws.cell(top + 1, c).number_format = "mmm-yy"
        for r, line in enumerate(lines):
            cells: list[object] = [line]
            for m, month in enumerate(months):
                if field == "actual" and m >= closed:
                    cells.append(None)
                    continue
                amt = _amt(rng, 1000, 45000, 100) + rng.choice([0.0, 0.5, 0.25])
                cells.append(f"US$ {amt:,.2f}")
                values.append(_fin(month, line, field, amt))
            _put(ws, top + 2 + r, 1, [cells])
        tables.append(TruthTable("Report", top + 1, "finance", {"A": "cost_line"}, {}))
        top += len(lines) + 4
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "lc_radio_mast_sage300_stacked")
    return Built(path, tables, values)


WALL_LINES = ["Stone and lime", "Labour gang", "Shipping", "Plant hire"]
WALL_COMMENTS = ["Supply ship sailing missed", "Rain stopped work", "Lime price up"]


def ac_dry_stone_causeway_sheet_per_line(folder: Path, rng: random.Random) -> Built:
    """An Ascension Island dry stone wall repair's tracker, a sheet per cost line: months
    down, `Budget`, `Actual`, `Forecast`, `Comments`; GBP."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(WALL_LINES, rng.randint(2, 4))
    values = [_cur("GBP")]
    tables = []
    for s, line in enumerate(lines):
        ws = _sheet(wb, line) if s == 0 else wb.create_sheet(line)
        ws["A1"] = f"Georgetown Walls Repair - {line} (GBP)"
        _put(ws, 3, 1, [["Month", "Budget", "Actual", "Forecast", "Comments"]])
        for m, month in enumerate(months):
            b = _amt(rng, 500, 12000, 50)
            a = round(b * rng.uniform(0.7, 1.3), 2) if m < closed else None
            f = round(b * rng.uniform(0.9, 1.2), -1) if m >= closed else None
            note = rng.choice(WALL_COMMENTS) if rng.random() < 0.25 else None
            _put(ws, 4 + m, 1, [[month, b, a, f, note]])
            ws.cell(4 + m, 1).number_format = "mmm-yy"
            values.append(_fin(month, line, "budget", b))
            if a is not None:
                values.append(_fin(month, line, "actual", a))
            if f is not None:
                values.append(_fin(month, line, "forecast", f))
            if note:
                values.append(_fin(month, line, "notes", note))
        targets = _cols("A", ["month", "budget", "actual", "forecast", "notes"])
        tables.append(TruthTable(line, 3, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "ac_dry_stone_causeway_sheet_per_line")
    return Built(path, tables, values)


HELD_OUT_66: tuple[Layout, ...] = (
    Layout("ax_cable_ferry_exact_online", "Aland cable ferry Exact Online budget vs actuals",
           ax_cable_ferry_exact_online),
    Layout("sh_weather_station_sage200_pairs", "St Helena weather station Sage 200 pairs",
           sh_weather_station_sage200_pairs),
    Layout("pm_customs_house_two_sheets", "Saint Pierre customs house Budget / Actual sheets",
           pm_customs_house_two_sheets),
    Layout("ua_school_canteen_donor_tracker", "Ukrainian school canteen donor tracker",
           ua_school_canteen_donor_tracker),
    Layout("cx_fuel_farm_coins_cost_report", "Christmas Island fuel farm COINS cost report",
           cx_fuel_farm_coins_cost_report),
    Layout("ly_sewage_sap_b1_budget_report", "Libyan sewage station SAP Business One report",
           ly_sewage_sap_b1_budget_report),
    Layout("bq_coral_nursery_moneybird_rows", "Bonaire coral nursery Moneybird measure rows",
           bq_coral_nursery_moneybird_rows),
    Layout("ag_cricket_pavilion_sheet_per_month", "Antigua cricket pavilion sheet per month",
           ag_cricket_pavilion_sheet_per_month),
    Layout("cc_quarantine_pronto_job_cost", "Cocos quarantine station Pronto Xi job cost",
           cc_quarantine_pronto_job_cost),
    Layout("ve_tapestry_holded_blocks", "Caracas tapestry studio Holded month blocks",
           ve_tapestry_holded_blocks),
    Layout("lc_radio_mast_sage300_stacked", "Saint Lucia radio mast Sage 300 stacked tables",
           lc_radio_mast_sage300_stacked),
    Layout("ac_dry_stone_causeway_sheet_per_line", "Ascension dry stone wall sheet per line",
           ac_dry_stone_causeway_sheet_per_line),
)  # fmt: skip
