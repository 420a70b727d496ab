"""Tuning batch 25 (``TUNING_25``, round 32): twelve seeded FINANCE TRACKERS of every
shape, with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. Each is a
workbook a PMO receives as a project's finance tracker, in a sector and country chosen to
be new (a Tuvalu seawall, an Eritrean salt works, a Swedish bobsleigh track, a Norwegian
herring smokehouse, a Scottish whisky bond store on Islay, a Canadian lacrosse arena, an
Irish fish pass, a Swiss glacier tunnel, a Singapore tide gauge network, an Indian tea
auction centre, a New Zealand hot pools complex, a Japanese soy sauce brewery), in AUD, EUR,
GBP, CAD, CHF, SGD, INR and JPY, and in SEK, NOK, ERN and NZD (no standard currency: no
currency fact).

Trackers (all finance):

- ``tv_seawall_measure_rows``: months across as date cells shown `mmm-yy`, one row per
  cost line and measure (`Budget`, `Actual`, `Forecast`), actuals for closed months,
  forecasts for the rest (blank cells otherwise), `All figures AUD` under the title.
- ``er_salt_works_months_down``: one row per month (`Month` date cells), cost lines as
  columns, all actual spend (the sheet is `Actuals`, the title says so), in ERN.
- ``se_bobsleigh_fortnox_bao``: a Fortnox-style export by month down, three columns
  `Budget` / `Utfall` (actual) / `Prognos` (forecast) under each cost line's merged label,
  in SEK.
- ``ie_fish_pass_month_pairs``: months across, each month a pair `Plan` | `Actual` under a
  merged month label `Jan 2026`, amounts as text `1,234.50`, EUR.
- ``uk_whisky_bond_periods``: periods `P01`..`P12` across, `Financial year starts 1 April
  2026 (4-4-5)` above, Budget and Forecast rows per cost line, GBP, amounts as `£12k`
  text on forecast rows.
- ``no_herring_visma_expenses``: a Visma-style expenses export of dated lines (`Dato`,
  `Leverandør`, `Kostnadslinje`, `Beløp` as `12 345,00` text), NOK; the lines summed per
  month and cost line are the actuals.
- ``ca_lacrosse_accruals``: an accruals tracker, `Month`, `Cost line`, `Invoiced`,
  `Accrued`, `Total actual`, `Forecast`, a `Notes` column, CAD.
- ``ch_glacier_cumulative``: months across, per cost line a `Budget (month)` row and a
  `Actual cumulative to date` row, CHF.
- ``sg_tide_gauge_capex_opex``: a `Type` column CapEx / OpEx, a `Category`, a `FY budget`
  total, months across of actuals, SGD.
- ``in_tea_auction_month_report``: a one-month cost report for `Period: March 2026`:
  `Cost line`, `Budget (month)`, `Actual (month)`, `Variance` as `(1,200)` text,
  `YTD budget`, `YTD actual`, `Full-year forecast`, INR.
- ``nz_hot_pools_subtotals``: months across of budget, cost lines under workstream
  headings with `Subtotal` rows and a `Grand total` row, NZD (no standard currency).
- ``jp_soy_sauce_multi_year``: two years of months across (year groups `2026` / `2027` over
  month words `Jan`..`Dec`), a freee export of budget lines, JPY.

Truth a person could read two ways has no fact (least sure first):

- the lacrosse arena's `Invoiced` and `Accrued` (parts of the actual): mapped to the actual
  or left out, no value fact; `Total actual` is the actual;
- the glacier tunnel's `Actual cumulative to date` row (the month's actual is a
  difference a reader may or may not take): no actual fact; the monthly budget is a fact;
- the herring smokehouse's expense lines: summed by the month of `Dato` and the cost line
  they are the actuals (the only reading a finance partner takes of a paid-expenses log);
  no per-line fact, the column maps to the actual or is left out;
- the whisky bond's P01..P12 are the fiscal months from April 2026 (stated above the
  table); `£12k` is 12,000;
- totals: the tide gauge network's `FY budget`, the tea auction centre's `YTD` columns and `Full-year
  forecast`, `Variance`, the hot pools' `Subtotal` / `Grand total` rows: no fact, no
  item; the tea auction centre's `Budget (month)` / `Actual (month)` are March's facts;
- currencies outside the standard list (SEK, NOK, ERN, NZD): no currency fact; the others
  are a project currency fact;
- a cost line's `Category` (the tide gauge network) holds standard cost categories: a fact in
  the first month only, as `capex_opex` is.

Readings used: date cells are what they hold; months across as text name their month;
blank month cells get no fact. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
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
    _months,
    _put,
    _save,
    _sheet,
)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _amt(rng: random.Random, lo: int, hi: int, step: int = 100) -> float:
    return float(rng.randrange(lo, hi) * step)


def _fin(month: date, line: str, measure: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), measure, value)


def _cur(code: str) -> list[ValueFact]:
    return [ValueFact("project", 0, "currency", code)]


def _table(sheet: str, row: int, targets: Targets, pairs: int) -> TruthTable:
    return TruthTable(sheet, row, "finance", targets, {"finance": pairs})


def tv_seawall_measure_rows(folder: Path, rng: random.Random) -> Built:
    """Months across (date cells `mmm-yy`), a row per cost line and measure, AUD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Funafuti Seawall Extension - Finance Tracker"
    ws["A2"] = "All figures AUD"
    months = _months(date(2026, rng.choice([1, 4, 7]), 1), rng.randint(5, 8))
    closed = rng.randint(1, len(months) - 2)
    lines = rng.sample(["Rock armour", "Geotextile", "Barge hire", "Site labour", "Design"], 3)
    ws.cell(4, 1, "Cost line")
    ws.cell(4, 2, "Measure")
    for m, month in enumerate(months):
        ws.cell(4, 3 + m, month).number_format = "mmm-yy"
    values = _cur("AUD")
    row = 5
    for line in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for m, month in enumerate(months):
                if (measure == "Actual" and m >= closed) or (measure == "Forecast" and m < closed):
                    continue
                v = _amt(rng, 20, 400)
                ws.cell(row, 3 + m, v).number_format = "#,##0"
                values.append(_fin(month, line, measure.lower(), v))
            row += 1
    path = _save(wb, folder, "tv_seawall_measure_rows")
    table = _table("Tracker", 4, {"A": "cost_line", "B": "measure"}, len(months) * len(lines))
    return Built(path, [table], values)


def er_salt_works_months_down(folder: Path, rng: random.Random) -> Built:
    """One row per month, cost lines as columns, actual spend only, ERN."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Massawa Salt Works Rehabilitation - Actual spend by month (ERN)"
    lines = rng.sample(["Pans and dykes", "Pumps", "Washing plant", "Labour", "Transport"], 4)
    months = _months(date(2025, rng.randint(9, 12), 1), rng.randint(4, 7))
    _put(ws, 3, 1, [["Month", *lines, "Remarks"]])
    values: list[ValueFact] = []
    for r, month in enumerate(months):
        ws.cell(4 + r, 1, month).number_format = "mmm yyyy"
        for c, line in enumerate(lines):
            if rng.random() < 0.15:
                continue  # nothing spent on that line that month
            v = _amt(rng, 5, 300, 1000)
            ws.cell(4 + r, 2 + c, v)
            values.append(_fin(month, line, "actual", v))
        if rng.random() < 0.3:
            ws.cell(4 + r, 2 + len(lines), "Provisional")
    path = _save(wb, folder, "er_salt_works_months_down")
    # the remarks say a whole month is provisional: no cost line's note
    targets: Targets = {"A": "month", "F": None}
    # round 32's audit: a blank cell (nothing spent) is no Finance line (the thirty-eighth
    # batch's audit: "empty months no line"); was months x lines
    return Built(path, [_table("Actuals", 3, targets, len(values))], values)


def se_bobsleigh_fortnox_bao(folder: Path, rng: random.Random) -> Built:
    """Fortnox-style export: months down, Budget / Utfall / Prognos under each cost line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rapport")
    ws["A1"] = "Sigtuna bobbana - projektuppföljning (SEK)"
    ws["A2"] = "Export från Fortnox"
    lines = rng.sample(["Isbana", "Kylanläggning", "Belysning", "Projektledning"], 3)
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws.cell(5, 1, "Månad")
    for k, line in enumerate(lines):
        c = 2 + k * 3
        ws.cell(4, c, line)
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
        for j, word in enumerate(["Budget", "Utfall", "Prognos"]):
            ws.cell(5, c + j, word)
    values: list[ValueFact] = []
    for r, month in enumerate(months):
        ws.cell(6 + r, 1, f"{month.year}-{month.month:02d}")
        for k, line in enumerate(lines):
            c = 2 + k * 3
            b = _amt(rng, 10, 200, 1000)
            ws.cell(6 + r, c, b)
            values.append(_fin(month, line, "budget", b))
            other = round(b * rng.uniform(0.8, 1.2), -3)
            ws.cell(6 + r, c + (1 if r < closed else 2), other)
            values.append(_fin(month, line, "actual" if r < closed else "forecast", other))
    path = _save(wb, folder, "se_bobsleigh_fortnox_bao")
    return Built(path, [_table("Rapport", 5, {"A": "month"}, len(months) * len(lines))], values)


def ie_fish_pass_month_pairs(folder: Path, rng: random.Random) -> Built:
    """Months across, a `Plan` | `Actual` pair under each merged month label, text money."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Costs")
    ws["A1"] = "Parteen Weir Fish Pass (River Shannon) - cost tracker"
    ws["A2"] = "Currency: EUR"
    months = _months(date(2026, 2, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months))
    lines = rng.sample(["Fish pass channel", "Baffles", "Dewatering", "Ecology survey", "Fees"], 3)
    ws.cell(5, 1, "Cost line")
    for m, month in enumerate(months):
        c = 2 + 2 * m
        ws.cell(4, c, f"{MON[month.month - 1]} {month.year}")
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "Plan")
        ws.cell(5, c + 1, "Actual")
    values = _cur("EUR")
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            p = rng.randrange(100000, 2500000) / 100
            ws.cell(6 + r, 2 + 2 * m, f"{p:,.2f}")
            values.append(_fin(month, line, "budget", p))
            if m < closed:
                a = round(p * rng.uniform(0.8, 1.2), 2)
                ws.cell(6 + r, 3 + 2 * m, f"{a:,.2f}")
                values.append(_fin(month, line, "actual", a))
    path = _save(wb, folder, "ie_fish_pass_month_pairs")
    table = _table("Costs", 5, {"A": "cost_line"}, len(months) * len(lines))
    return Built(path, [table], values)


def uk_whisky_bond_periods(folder: Path, rng: random.Random) -> Built:
    """P01..P12 across, the fiscal year start above, Budget rows and `£12k` Forecast rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26-27")
    ws["A1"] = "Islay Bond Store 4 - Racking Replacement"
    ws["A2"] = "Financial year starts 1 April 2026 (4-4-5 periods); GBP"
    n = rng.randint(6, 12)
    months = _months(date(2026, 4, 1), n)
    lines = rng.sample(["Racking", "Fire suppression", "Cask handling", "Project team"], 3)
    _put(ws, 4, 1, [["Cost line", "Type", *[f"P{m + 1:02d}" for m in range(n)]]])
    values = _cur("GBP")
    row = 5
    for line in lines:
        for measure in ("Budget", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for m, month in enumerate(months):
                k = rng.randint(2, 60)
                v = float(k * 1000)
                ws.cell(row, 3 + m, v if measure == "Budget" else f"£{k}k")
                values.append(_fin(month, line, measure.lower(), v))
            row += 1
    path = _save(wb, folder, "uk_whisky_bond_periods")
    table = _table("FY26-27", 4, {"A": "cost_line", "B": "measure"}, n * len(lines))
    return Built(path, [table], values)


def no_herring_visma_expenses(folder: Path, rng: random.Random) -> Built:
    """Visma-style expenses export: dated lines, `Beløp` as `12 345,00` text, NOK."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Utgifter")
    ws["A1"] = "Visma eAccounting - utgiftsliste - Prosjekt 2207 Sildrøykeri Ålesund (NOK)"
    _put(ws, 3, 1, [["Dato", "Bilag", "Leverandør", "Kostnadslinje", "Beløp", "Kommentar"]])
    lines = rng.sample(["Røykeovner", "Ventilasjon", "Elektro", "Arbeid"], 3)
    months = _months(date(2026, 1, 1), rng.randint(2, 4))
    sums: dict[tuple[date, str], float] = {}
    rows = []
    for month in months:
        for line in lines:
            for _ in range(rng.randint(1, 3)):
                day = month.replace(day=rng.randint(1, 28))
                cents = rng.randrange(50000, 5000000)
                rows.append((day, line, cents))
                sums[(month, line)] = sums.get((month, line), 0) + cents
    rows.sort()
    supp = ["Fjordvarme AS", "Elektro Sunnmøre", "Bygg og Stål AS", "Egen stab"]
    for r, (day, line, cents) in enumerate(rows):
        text = f"{cents / 100:,.2f}".replace(",", " ").replace(".", ",")
        ws.cell(4 + r, 1, day).number_format = "dd.mm.yyyy"
        _put(ws, 4 + r, 2, [[f"B{1000 + r}", rng.choice(supp), line, text]])
    values = [_fin(m, line, "actual", round(c / 100, 2)) for (m, line), c in sums.items()]
    targets: Targets = {"A": "month", "B": None, "C": None, "D": "cost_line"}
    targets |= {"E": ("actual", None), "F": ("notes", None)}
    path = _save(wb, folder, "no_herring_visma_expenses")
    return Built(path, [_table("Utgifter", 3, targets, len(sums))], values)


def ca_lacrosse_accruals(folder: Path, rng: random.Random) -> Built:
    """Accruals tracker: Invoiced, Accrued, Total actual, Forecast, Notes, CAD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Accruals")
    ws["A1"] = "Coquitlam Lacrosse Arena - Floor and Roof Renewal - Accruals (CAD)"
    head = ["Month", "Cost line", "Invoiced", "Accrued", "Total actual", "Forecast", "Notes"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 3, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(
        ["Arena floor", "Roof membrane", "Dasher boards", "Lighting", "Engineering"], 3
    )
    values = _cur("CAD")
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            ws.cell(row, 1, month).number_format = "mmm-yyyy"
            ws.cell(row, 2, line)
            if m < closed:
                inv, acc = _amt(rng, 10, 300), _amt(rng, 0, 80)
                _put(ws, row, 3, [[inv, acc, inv + acc]])
                values.append(_fin(month, line, "actual", inv + acc))
                if acc:
                    note = "Accrued - invoice expected next month"
                    ws.cell(row, 7, note)
                    values.append(_fin(month, line, "notes", note))
            else:
                f = _amt(rng, 10, 400)
                ws.cell(row, 6, f)
                values.append(_fin(month, line, "forecast", f))
            row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": ("actual", None)}
    targets |= {"D": ("actual", None), "E": "actual", "F": "forecast", "G": "notes"}
    path = _save(wb, folder, "ca_lacrosse_accruals")
    return Built(path, [_table("Accruals", 3, targets, len(months) * len(lines))], values)


def ch_glacier_cumulative(folder: Path, rng: random.Random) -> Built:
    """Months across: a monthly budget row and a cumulative actual row per cost line, CHF."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kosten")
    ws["A1"] = "Aletsch Glacier Tunnel Walkway - cost tracking"
    ws["A2"] = "Währung / currency: CHF"
    months = _months(date(2026, 5, 1), rng.randint(4, 6))
    lines = rng.sample(["Tunnelling", "Lighting", "Handrails", "Geotechnics"], 3)
    _put(ws, 4, 1, [["Cost line", "Row", *[f"{MON[d.month - 1]}.{d.year}" for d in months]]])
    values = _cur("CHF")
    row = 5
    for line in lines:
        cum = 0.0
        ws.cell(row, 1, line)
        ws.cell(row, 2, "Budget (month)")
        ws.cell(row + 1, 1, line)
        ws.cell(row + 1, 2, "Actual cumulative to date")
        for m, month in enumerate(months):
            b = _amt(rng, 50, 500, 200)
            ws.cell(row, 3 + m, b)
            values.append(_fin(month, line, "budget", b))
            cum += _amt(rng, 40, 500, 200)
            ws.cell(row + 1, 3 + m, cum)
        row += 2
    path = _save(wb, folder, "ch_glacier_cumulative")
    table = _table("Kosten", 4, {"A": "cost_line", "B": "measure"}, len(months) * len(lines))
    return Built(path, [table], values)


def sg_tide_gauge_capex_opex(folder: Path, rng: random.Random) -> Built:
    """CapEx / OpEx split with a Category and FY budget column, months of actuals, SGD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Tide Gauge Network Renewal - Actual spend (SGD)"
    items = [("Gauge sensors", "Hardware", "CapEx"), ("Marine installation", "Contractors", "CapEx"),
             ("Data hosting", "Services", "OpEx"), ("Project staff", "Labour", "OpEx"),
             ("Telemetry licences", "Software", "OpEx")]  # fmt: skip
    chosen = rng.sample(items, 4)
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    head = [
        "Cost line",
        "Category",
        "Type",
        "FY budget",
        *[f"{MON[d.month - 1]}-26" for d in months],
    ]
    _put(ws, 3, 1, [head])
    values = _cur("SGD")
    for r, (line, cat, kind) in enumerate(chosen):
        _put(ws, 4 + r, 1, [[line, cat, kind, _amt(rng, 100, 900, 1000)]])
        values += [
            _fin(months[0], line, "category", cat),
            _fin(months[0], line, "capex_opex", kind),
        ]
        for m, month in enumerate(months):
            v = _amt(rng, 5, 90, 1000)
            ws.cell(4 + r, 5 + m, v)
            values.append(_fin(month, line, "actual", v))
    targets: Targets = {"A": "cost_line", "B": "category", "C": "capex_opex", "D": None}
    path = _save(wb, folder, "sg_tide_gauge_capex_opex")
    return Built(path, [_table("Spend", 3, targets, len(months) * len(chosen))], values)


def in_tea_auction_month_report(folder: Path, rng: random.Random) -> Built:
    """One month's cost report: month budget / actual, `(1,200)` variance text, YTD, INR."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mar-26")
    ws["A1"] = "Siliguri Tea Auction Centre Modernisation - Monthly Cost Report"
    ws["A2"] = "Period: March 2026"
    ws["A3"] = "Currency: INR"
    head = ["Cost line", "Budget (month)", "Actual (month)", "Variance", "YTD budget"]
    head += ["YTD actual", "Full-year forecast"]
    _put(ws, 5, 1, [head])
    month = date(2026, 3, 1)
    lines = rng.sample(["Auction system", "Electrical", "Civil works", "Consultants", "Staff"], 4)
    values = _cur("INR")
    for r, line in enumerate(lines):
        b, a = _amt(rng, 10, 200, 10000), _amt(rng, 10, 220, 10000)
        var = b - a
        vtext = f"({-var:,.0f})" if var < 0 else f"{var:,.0f}"
        _put(ws, 6 + r, 1, [[line, b, a, vtext, b * 3, a * 3, b * 12]])
        values += [_fin(month, line, "budget", b), _fin(month, line, "actual", a)]
    rows = [[ws.cell(6 + r, c).value for c in (2, 3, 5, 6, 7)] for r in range(len(lines))]
    sums = [sum(float(x[k] or 0) for x in rows) for k in range(5)]
    _put(ws, 6 + len(lines), 1, [["Total", sums[0], sums[1], None, *sums[2:]]])
    targets: Targets = {"A": "cost_line", "B": "budget", "C": "actual", "D": None}
    targets |= {"E": None, "F": None, "G": None}
    path = _save(wb, folder, "in_tea_auction_month_report")
    return Built(path, [_table("Mar-26", 5, targets, len(lines))], values)


def nz_hot_pools_subtotals(folder: Path, rng: random.Random) -> Built:
    """Budget months across, lines under workstream headings, subtotals and a grand total."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Rotorua Thermal Hot Pools Upgrade - Budget phasing (NZD)"
    months = _months(date(2026, 7, 1), rng.randint(4, 6))
    _put(
        ws,
        3,
        1,
        [
            [
                "Workstream / cost line",
                *[f"{MON[d.month - 1]}-{d.year % 100}" for d in months],
                "Total",
            ]
        ],
    )
    streams = {
        "Pools": ["Pool linings", "Heat exchangers"],
        "Building": ["Changing rooms", "Pipework"],
    }
    values: list[ValueFact] = []
    row, pairs = 4, 0
    grand = [0.0] * len(months)
    for stream, lines in streams.items():
        ws.cell(row, 1, stream)
        row += 1
        sub = [0.0] * len(months)
        for line in lines:
            ws.cell(row, 1, line)
            for m, month in enumerate(months):
                v = _amt(rng, 5, 150, 500)
                ws.cell(row, 2 + m, v)
                sub[m] += v
                values.append(_fin(month, line, "budget", v))
            ws.cell(
                row,
                2 + len(months),
                sum(ws.cell(row, 2 + m).value or 0 for m in range(len(months))),
            )
            pairs += len(months)
            row += 1
        _put(ws, row, 1, [[f"Subtotal {stream}", *sub]])
        grand = [g + s for g, s in zip(grand, sub, strict=True)]
        row += 1
    _put(ws, row, 1, [["Grand total", *grand]])
    path = _save(wb, folder, "nz_hot_pools_subtotals")
    return Built(path, [_table("Budget", 3, {"A": "cost_line"}, pairs)], values)


def jp_soy_sauce_multi_year(folder: Path, rng: random.Random) -> Built:
    """Two years of months across under year group labels, budget lines, JPY."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget 2026-2027")
    ws["A1"] = "Shodoshima Soy Sauce Brewery - Barrel Hall Rebuild - two-year budget (JPY)"
    ws["A2"] = "freee export - project budget"
    first = rng.randint(1, 6)
    months = _months(date(2026, first, 1), 24 - first + 1 - rng.randint(0, 6))
    ws.cell(5, 1, "Cost line")
    for m, month in enumerate(months):
        if m == 0 or month.month == 1:
            ws.cell(4, 2 + m, str(month.year))
        ws.cell(5, 2 + m, MON[month.month - 1])
    lines = rng.sample(
        ["Cedar barrels", "Hall structure", "Fermentation controls", "Design fees"], 3
    )
    values = _cur("JPY")
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            if rng.random() < 0.1:
                continue  # nothing phased that month
            v = float(rng.randrange(5, 300) * 10000)
            ws.cell(6 + r, 2 + m, v)
            values.append(_fin(month, line, "budget", v))
    path = _save(wb, folder, "jp_soy_sauce_multi_year")
    # round 32's audit: an unphased (blank) month is no Finance line; was months x lines
    table = _table("Budget 2026-2027", 5, {"A": "cost_line"}, len(values) - 1)
    return Built(path, [table], values)


TUNING_25: tuple[Layout, ...] = (
    Layout("tv_seawall_measure_rows", "Tuvalu seawall: months across, a row per measure (AUD)", tv_seawall_measure_rows),
    Layout("er_salt_works_months_down", "Eritrean salt works: months down, cost lines across (ERN)", er_salt_works_months_down),
    Layout("se_bobsleigh_fortnox_bao", "Swedish bobsleigh track Fortnox export: Budget / Utfall / Prognos per line", se_bobsleigh_fortnox_bao),
    Layout("ie_fish_pass_month_pairs", "Irish fish pass: Plan | Actual pair per month, text money", ie_fish_pass_month_pairs),
    Layout("uk_whisky_bond_periods", "Scottish bond store: P01..P12 from April, £12k forecasts", uk_whisky_bond_periods),
    Layout("no_herring_visma_expenses", "Norwegian smokehouse Visma expenses log (12 345,00)", no_herring_visma_expenses),
    Layout("ca_lacrosse_accruals", "Canadian lacrosse arena accruals tracker (CAD)", ca_lacrosse_accruals),
    Layout("ch_glacier_cumulative", "Swiss glacier tunnel: monthly budget, cumulative actual rows", ch_glacier_cumulative),
    Layout("sg_tide_gauge_capex_opex", "Singapore tide gauge network CapEx / OpEx split with FY budget", sg_tide_gauge_capex_opex),
    Layout("in_tea_auction_month_report", "Indian tea auction hall one-month cost report with YTD", in_tea_auction_month_report),
    Layout("nz_hot_pools_subtotals", "NZ hot pools budget with subtotals and a grand total", nz_hot_pools_subtotals),
    Layout("jp_soy_sauce_multi_year", "Japanese soy sauce brewery two-year budget (freee export)", jp_soy_sauce_multi_year),
)  # fmt: skip
