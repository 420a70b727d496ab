"""The ninety-ninth held-out batch (``HELD_OUT_99``, round 37, task w107): twelve seeded
legacy finance trackers with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses
or scores. It is FINANCE TRACKERS OF EVERY SHAPE, from twelve countries, in organisations
no earlier batch named: a cell therapy suite, a motorsport circuit, an RV resort, a
bookshop chain, an IT services firm, a TV drama production, an animal vaccine plant, a
glamping site, a rare disease study, a public radio newsroom, a dragon boat association
and a fashion house. Every input cell is a value.

Trackers:

- ``ie_cell_therapy_act_fcst``: an Irish cell therapy suite's FY26 phasing: `WBS`,
  `Description`, `Capex/Opex` (`Capex` / `Opex`), `Line` (`Budget` / `Act/Fcst`), months
  across as date cells `mmm-yy` under a marker row `A` / `F` (legend `A = actual (closed
  period), F = forecast`), an `FY26 Total` column; `(EUR)` in the title.
- ``gb_motorsport_invoice_log``: an English motorsport circuit's pit garage rebuild,
  invoice log of a June-May year: `PO No.`, `Supplier`, `Cost heading`, `Invoice No.`,
  `Invoice date` (date cells `dd/mm/yyyy`), `Net (£)`, `VAT (£)`, `Gross (£)`, `Paid`;
  summed by month and cost heading; a `Totals` row.
- ``us_rv_resort_draw_schedule``: a Georgia RV resort's construction loan draw schedule:
  `Line Item`, `Budget`, draws across as text `Draw 3` / `04/30/2026` (two lines in one
  cell, one draw a month), `Total Drawn`, `Balance to Fund`, `% Funded`, a `TOTAL` row.
- ``au_bookshop_store_rollout``: an Australian bookshop chain's store refit programme,
  FY27 (July-June): `State`, `Store`, `Measure` (`Bud` / `Act`), months as text `Jul-26`,
  `YTD`; state subtotal rows `VIC Total`; cells formatted `$#,##0`; `AUD` in the title.
- ``in_it_services_cost_rollup``: an Indian IT services firm's timesheet cost roll-up of a
  claims portal build, FY 2026-27: `Workstream`, `Cost type` (`Labour` / `Contractors`),
  months as text `Apr-26`, `Total`; lakh-grouped number format; `Amounts in ₹ (INR)`.
- ``de_tv_drama_monthly_sheets``: a German TV drama production's cost report, one sheet per
  closed month (`Jan 26`, `Feb 26`, ..): `Kto.`, `Bezeichnung`, `Soll Monat`, `Ist Monat`,
  `Obligo`, `Abw. Soll/Ist`; `Kostenstand per 31.01.2026`, `Beträge in EUR`.
- ``es_animal_vaccine_earned_value``: a Spanish animal vaccine plant's earned value sheet:
  `Mes` (date cells `mm/yyyy`), `Paquete de trabajo`, `PV (coste planificado)`, `EV (valor
  ganado)`, `AC (coste real)`, `CPI`, `SPI`; cells formatted `#,##0.00 €`.
- ``jp_glamping_yojitsu``: a Japanese glamping site's budget/actual sheet, fiscal year
  Reiwa 8 (April 2026 - March 2027): `費目`, `区分` (`予算` / `実績` / `見込`), months as text
  `4月` .. `3月`, `（単位：千円）`, a `合計` row.
- ``ch_rare_disease_cro_accruals``: a Swiss biotech's rare disease study CRO accrual
  tracker: `Month` (text `03.2026`), `Vendor`, `Service`, `PO value`, `Invoiced in month`,
  `Accrual movement`, `Cost recognised`; amounts as text `12'345.00`; `Amounts in CHF`.
- ``ca_newsroom_reforecast``: a Canadian public radio newsroom's system replacement, a Q2
  reforecast (Q3 when 7 or 8 months are closed) for fiscal 2026-27 (April-March): merged
  `Actuals` over the closed months and `Forecast` over the rest, `Cost line`, `Annual
  budget`, months as date cells `mmm-yy`, `Full-year outlook`, `Variance to budget`; `CAD`.
- ``sg_dragon_boat_cost_summary``: a Singapore dragon boat association's boathouse:
  `Month` (text `Jan 2026`), `Cost item`, `Budget (S$)`, `Actual (S$)`, `Variance (S$)`
  (format `#,##0;(#,##0)`), `Remarks` (a few notes).
- ``it_fashion_flagship_blocks``: an Italian fashion house's Milan flagship refit: `BUDGET`
  and `CONSUNTIVO` merged over two blocks of months as text `gen-26`, `Voce di costo` down,
  amounts as text `€ 12.345,00`; `Importi in euro`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Swiss accruals: `Cost recognised` (invoiced plus the accrual movement) is the
  month's actual; `Invoiced in month`, `Accrual movement` and `PO value` no fact, `Vendor`
  left out; CHF is listed: a currency fact;
- the RV resort's draws: each draw (one a month, dated at the month's end) is that month's
  actual per line (as earlier audits read payment certificates); `Budget` (the loan's whole
  budget, no month), `Total Drawn`, `Balance to Fund`, `% Funded` and the `TOTAL` row: no fact;
- the Irish `Act/Fcst` row: the months under `A` are actuals, under `F` forecasts (the
  legend says so); `WBS` codes no id (no per-register id), left out; `Capex` / `Opex` give
  each line's `capex_opex` (`CapEx` / `OpEx`) on each of its months (since the round-37
  audit; the first month alone before); `FY26 Total` no fact;
- the German sheets: the month is the sheet's (and the title's `per 31.01.2026`); `Obligo`
  (commitment) and `Abw. Soll/Ist` no fact; `Kto.` (account number) left out;
- the Spanish `EV (valor ganado)`, `CPI`, `SPI`: no fact; `PV` the budget, `AC` the actual;
- the Canadian `Annual budget`, `Full-year outlook`, `Variance to budget`: no month, no fact;
- the motorsport log: `Net (£)` summed by month and heading is the actual (VAT is
  recoverable); `VAT`, `Gross`, `Paid`, `PO No.`, `Supplier`, `Invoice No.` no fact;
- the Japanese months `1月` .. `3月` are 2027's (the fiscal year line says April 2026 to
  March 2027); `千円` (thousand yen) multiplies by 1000 and names the yen (JPY is listed: a
  currency fact); `見込` rows are forecasts, blank cells no fact;
- the bookshop's `YTD` column and `VIC Total` rows, the IT roll-up's `Total`, every `合計` /
  `TOTAL` / `Totals` row: sums, no fact; the Indian `Cost type` gives the `category` on every
  month of its workstream (since the round-37 audit; the first month alone before);
- the Singapore `Variance (S$)` no fact; `Remarks` are the notes of their row;
- the Italian text amounts `€ 12.345,00` (dot thousands, comma decimals) as written.

Readings used: date cells are the month they hold; text months (`Jul-26`, `Apr-26`, `Jan
26`, `4月`, `03.2026`, `Jan 2026`, `gen-26`, `Draw 3 / 04/30/2026`) name their months; the
title, a unit line or a header names the currency. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audited in round 37 (task a111; docs/adopt.md, "Round 37: the ninety-ninth batch's truth
audited"): facts added, a count corrected, one cell changed, nothing removed. The Irish
`Capex/Opex` and the Indian `Cost type` are their line's, on each month's row of the
standard's finance table (round 32's audit of the fifty-ninth batch's Kimble forecast: the
first month alone was a writer's shortfall): 24 `capex_opex` and 12 `category` facts added
at seed 2026. The RV resort's finance count is the line and month cells holding a draw (13
at seed 2026, where every pair, 20, was counted): a month with no draw has nothing to adopt
(round 36's audit of the eighty-fourth batch's cash-flow forecast). The Canadian title and
sheet `Q2 Reforecast` are `Q3 Reforecast` when 7 or 8 months are closed (October or
November actuals are Q3's; seed 2026 draws 8); no fact rests on the name and no draw
changed.
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

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
MONTH_END = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(max(step, round(x * rng.uniform(0.8, 1.2) / step) * step))


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


def _fin(month: date, line: str, column: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), column, value)


SUITE_LINES = [("Cleanroom fit-out", "Capex"), ("Isolators and incubators", "Capex")]
SUITE_LINES += [("Validation (IQ/OQ/PQ)", "Opex"), ("QC laboratory equipment", "Capex")]
SUITE_LINES += [("Contract staff", "Opex"), ("Tech transfer fees", "Opex")]


def ie_cell_therapy_act_fcst(folder: Path, rng: random.Random) -> Built:
    """Budget and Act/Fcst rows per WBS line, an A / F marker row over month date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26 Phasing")
    ws["A1"] = "Limerick Cell Therapy Suite - Project 4471 - FY26 phasing (EUR)"
    ws["A2"] = "A = actual (closed period), F = forecast"
    months = _months(date(2026, 1, 1), rng.randint(6, 9))
    closed = rng.randint(2, len(months) - 1)
    _put(ws, 5, 1, [["WBS", "Description", "Capex/Opex", "Line"]])
    for m, month in enumerate(months):
        ws.cell(4, 5 + m, "A" if m < closed else "F")
        ws.cell(5, 5 + m, month).number_format = "mmm-yy"
    ws.cell(5, 5 + len(months), "FY26 Total")
    lines = rng.sample(SUITE_LINES, rng.randint(3, 5))
    values = [_cur("EUR")]
    row = 6
    for i, (line, kind) in enumerate(lines):
        wbs = f"P4471.{i + 1:02d}"
        for month in months:  # audit (a111): the line's Capex/Opex on each of its months
            values.append(_fin(month, line, "capex_opex", "CapEx" if kind == "Capex" else "OpEx"))
        budgets = [_money(rng, 4, 160, 1000) for _ in months]
        for k, label in enumerate(["Budget", "Act/Fcst"]):
            _put(ws, row + k, 1, [[wbs, line, kind, label]])
            tot = 0.0
            for m, month in enumerate(months):
                v = budgets[m] if k == 0 else _near(rng, budgets[m], 250)
                ws.cell(row + k, 5 + m, v).number_format = "#,##0"
                tot += v
                key = "budget" if k == 0 else ("actual" if m < closed else "forecast")
                values.append(_fin(month, line, key, v))
            ws.cell(row + k, 5 + len(months), tot).number_format = "#,##0"
        row += 2
    path = _save(wb, folder, "ie_cell_therapy_act_fcst")
    targets = _cols("A", [None, "cost_line", "capex_opex", "measure"])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("FY26 Phasing", 5, "finance", targets, {"finance": n})],
                 values)  # fmt: skip


GARAGE_HEADINGS = [("Demolition", "Bridgewater Demolition"), ("Steel frame", "Hallam Steel Ltd")]
GARAGE_HEADINGS += [("Roller shutters", "Northgate Shutters")]
GARAGE_HEADINGS += [("Fuel and air lines", "Apex M&E Services")]
GARAGE_HEADINGS += [("Timing loop cabling", "Apex M&E Services")]
GARAGE_HEADINGS += [("Design fees", "Trackside Design LLP")]


def gb_motorsport_invoice_log(folder: Path, rng: random.Random) -> Built:
    """One row per invoice, date cells, Net / VAT / Gross; the actual is the net summed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Invoices")
    ws["A1"] = "Brackley Park Circuit - Pit Lane Garages Rebuild - Invoice Log FY2026/27 (Jun-May)"
    ws["A2"] = "All values GBP"
    head = ["PO No.", "Supplier", "Cost heading", "Invoice No.", "Invoice date", "Net (£)"]
    _put(ws, 4, 1, [[*head, "VAT (£)", "Gross (£)", "Paid"]])
    months = _months(date(2026, 6, 1), rng.randint(3, 5))
    picked = rng.sample(GARAGE_HEADINGS, rng.randint(2, 4))
    headings = [h for h, _ in picked]
    supplier = dict(picked)
    po_of = {h: f"PO-{rng.randint(20000, 29999)}" for h in headings}
    sums: dict[tuple[date, str], float] = {}
    rows: list[list[object]] = []
    totals = [0.0, 0.0, 0.0]
    for month in months:
        for h in headings:
            if rng.random() < 0.25:
                continue
            for _ in range(rng.randint(1, 2)):
                net = round(rng.randrange(50000, 4000000) / 100, 2)
                day = date(month.year, month.month, rng.randint(1, 28))
                vat = round(net * 0.2, 2)
                inv = f"INV{rng.randint(1000, 9999)}"
                sup = supplier[h]
                rows.append([po_of[h], sup, h, inv, day, net, vat, round(net + vat, 2)])
                totals = [totals[0] + net, totals[1] + vat, totals[2] + round(net + vat, 2)]
                sums[(month, h)] = round(sums.get((month, h), 0.0) + net, 2)
    rows.sort(key=lambda r: r[4])  # type: ignore[arg-type, return-value]
    for r, cells in enumerate(rows):
        cells.append("Y" if r < len(rows) - 2 else "N")
        _put(ws, 5 + r, 1, [cells])
        ws.cell(5 + r, 5).number_format = "dd/mm/yyyy"
        for c in (6, 7, 8):
            ws.cell(5 + r, c).number_format = "#,##0.00"
    end = 5 + len(rows)
    ws.cell(end, 5, "Totals")
    for c, t in zip((6, 7, 8), totals, strict=True):
        ws.cell(end, c, round(t, 2)).number_format = "#,##0.00"
    values = [_cur("GBP")] + [_fin(m, h, "actual", v) for (m, h), v in sums.items()]
    path = _save(wb, folder, "gb_motorsport_invoice_log")
    targets = _cols("A", [None, None, "cost_line", None, "month", "actual", None, None, None])
    table = TruthTable("Invoices", 4, "finance", targets, {"finance": len(sums)})
    return Built(path, [table], values)


RV_LINES = ["Site work & grading", "Water / sewer / electric", "RV pads & roads"]
RV_LINES += ["Clubhouse", "Pool & amenities", "Soft costs"]


def us_rv_resort_draw_schedule(folder: Path, rng: random.Random) -> Built:
    """A loan draw schedule: one draw a month across, text headers `Draw n` and the date."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Draw Schedule")
    ws["A1"] = "Coastal Pines RV Resort - Construction Loan Draw Schedule"
    ws["A2"] = "Borrower: Coastal Pines Hospitality LLC | Lender: Lowcountry Bank | Amounts in USD"
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(3, 6))
    first = rng.randint(1, 4)
    head: list[object] = ["Line Item", "Budget"]
    for m, month in enumerate(months):
        end = MONTH_END[month.month - 1]
        head.append(f"Draw {first + m}\n{month.month:02d}/{end}/{month.year}")
    head += ["Total Drawn", "Balance to Fund", "% Funded"]
    _put(ws, 4, 1, [head])
    lines = rng.sample(RV_LINES, rng.randint(3, 5))
    values = [_cur("USD")]
    total_budget = 0.0
    for r, line in enumerate(lines):
        budget = _money(rng, 150, 1500, 1000)
        cells: list[object] = [line, budget]
        drawn = 0.0
        for month in months:
            if rng.random() < 0.2:
                cells.append(None)
                continue
            d = round(budget * rng.uniform(0.03, 0.15), 2)
            cells.append(d)
            drawn += d
            values.append(_fin(month, line, "actual", d))
        cells += [round(drawn, 2), round(budget - drawn, 2), round(drawn / budget, 4)]
        _put(ws, 5 + r, 1, [cells])
        for c in range(2, len(cells)):
            ws.cell(5 + r, c).number_format = "$#,##0.00"
        ws.cell(5 + r, len(cells)).number_format = "0.0%"
        total_budget += budget
    ws.cell(5 + len(lines), 1, "TOTAL")
    ws.cell(5 + len(lines), 2, total_budget).number_format = "$#,##0.00"
    path = _save(wb, folder, "us_rv_resort_draw_schedule")
    # audit (a111): a line's month with no draw holds nothing to adopt: no finance line
    n = sum(1 for v in values if v.register == "finance")
    table = TruthTable("Draw Schedule", 4, "finance", {"A": "cost_line", "B": None}, {"finance": n})
    return Built(path, [table], values)


STORES = {
    "VIC": ["Store 104 Fitzroy", "Store 117 Geelong", "Store 121 Ballarat"],
    "NSW": ["Store 203 Newtown", "Store 218 Wollongong"],
    "QLD": ["Store 305 Paddington", "Store 311 Toowoomba"],
}


def au_bookshop_store_rollout(folder: Path, rng: random.Random) -> Built:
    """Stores down by state with Bud / Act rows, months as text `Jul-26`, state totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Programme")
    ws["A1"] = "Paperbark Books - Store Refit Programme FY27 (AUD, ex GST)"
    ws["A2"] = "Financial year 1 July 2026 - 30 June 2027"
    months = _months(date(2026, 7, 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    labels = [f"{MON3[m.month - 1]}-{m.year % 100}" for m in months]
    _put(ws, 4, 1, [["State", "Store", "Measure", *labels, "YTD"]])
    states = rng.sample(sorted(STORES), rng.randint(2, 3))
    values = [_cur("AUD")]
    row = 5
    n = 0
    for state in states:
        stores = rng.sample(STORES[state], rng.randint(1, len(STORES[state])))
        sub = [[0.0] * len(months), [0.0] * len(months)]
        for store in stores:
            n += len(months)
            budgets = [_money(rng, 2, 90, 1000) for _ in months]
            for k, (label, key) in enumerate([("Bud", "budget"), ("Act", "actual")]):
                _put(ws, row, 1, [[state, store, label]])
                ytd = 0.0
                for m, month in enumerate(months):
                    if key == "actual" and m >= closed:
                        continue
                    v = budgets[m] if k == 0 else _near(rng, budgets[m], 100)
                    ws.cell(row, 4 + m, v).number_format = "$#,##0"
                    sub[k][m] += v
                    if m < closed:
                        ytd += v
                    values.append(_fin(month, store, key, v))
                ws.cell(row, 4 + len(months), ytd).number_format = "$#,##0"
                row += 1
        for k, label in enumerate(["Bud", "Act"]):
            _put(ws, row, 1, [[f"{state} Total", None, label]])
            for m, s in enumerate(sub[k]):
                if s:
                    ws.cell(row, 4 + m, s).number_format = "$#,##0"
            row += 1
        row += 1
    path = _save(wb, folder, "au_bookshop_store_rollout")
    targets = _cols("A", [None, "cost_line", "measure"])
    return Built(path, [TruthTable("Programme", 4, "finance", targets, {"finance": n})], values)


WORKSTREAMS = [("Claims intake UI", "Labour"), ("Rules engine", "Labour")]
WORKSTREAMS += [("Data migration", "Contractors"), ("Performance testing", "Contractors")]
WORKSTREAMS += [("Integration APIs", "Labour"), ("Accessibility audit", "Contractors")]
LAKH_FORMAT = "[>=10000000]##\\,##\\,##\\,##0;[>=100000]##\\,##\\,##0;##,##0"


def in_it_services_cost_rollup(folder: Path, rng: random.Random) -> Built:
    """Workstreams down with a cost type, months as text `Apr-26`, lakh-grouped rupees."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost roll-up")
    ws["A1"] = "Sahyadri Digital Services, Pune - Claims Portal Modernisation - effort cost"
    ws["A2"] = "FY 2026-27 | Amounts in ₹ (INR) | Source: timesheets x rate card"
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    labels = [f"{MON3[m.month - 1]}-{m.year % 100}" for m in months]
    _put(ws, 4, 1, [["Workstream", "Cost type", *labels, "Total"]])
    streams = rng.sample(WORKSTREAMS, rng.randint(3, 5))
    values = [_cur("INR")]
    col_tot = [0.0] * len(months)
    for r, (stream, kind) in enumerate(streams):
        _put(ws, 5 + r, 1, [[stream, kind]])
        tot = 0.0
        for m, month in enumerate(months):
            values.append(_fin(month, stream, "category", kind))  # audit (a111): every month
            v = float(rng.randrange(1500, 60000) * 100)
            ws.cell(5 + r, 3 + m, v).number_format = LAKH_FORMAT
            tot += v
            col_tot[m] += v
            values.append(_fin(month, stream, "actual", v))
        ws.cell(5 + r, 3 + len(months), tot).number_format = LAKH_FORMAT
    ws.cell(5 + len(streams), 1, "Total")
    for m, t in enumerate(col_tot):
        ws.cell(5 + len(streams), 3 + m, t).number_format = LAKH_FORMAT
    path = _save(wb, folder, "in_it_services_cost_rollup")
    n = len(months) * len(streams)
    targets: Targets = {"A": "cost_line", "B": "category"}
    return Built(path, [TruthTable("Cost roll-up", 4, "finance", targets, {"finance": n})],
                 values)  # fmt: skip


DRAMA_LINES = [("4100", "Gagen Darsteller"), ("4300", "Kamera und Licht")]
DRAMA_LINES += [("4500", "Motivmieten"), ("4700", "Ausstattung und Kostüm")]
DRAMA_LINES += [("5200", "Postproduktion"), ("5800", "Reisekosten Team")]


def de_tv_drama_monthly_sheets(folder: Path, rng: random.Random) -> Built:
    """One sheet per closed month, Soll / Ist / Obligo per account."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(2, 4))
    lines = rng.sample(DRAMA_LINES, rng.randint(3, 5))
    values = [_cur("EUR")]
    tables: list[TruthTable] = []
    for s, month in enumerate(months):
        name = f"{MON3[month.month - 1]} {month.year % 100}"
        ws = _sheet(wb, name) if s == 0 else wb.create_sheet(name)
        end = MONTH_END[month.month - 1]
        ws["A1"] = (
            f"Hafenlichter, Staffel 2 - Kostenstand per {end:02d}.{month.month:02d}.{month.year}"
        )
        ws["A2"] = "Beträge in EUR"
        _put(ws, 3, 1, [["Kto.", "Bezeichnung", "Soll Monat", "Ist Monat", "Obligo"]])
        ws.cell(3, 6, "Abw. Soll/Ist")
        for r, (acct, line) in enumerate(lines):
            soll = _money(rng, 10, 400, 500)
            ist = round(soll * rng.uniform(0.8, 1.15), 2)
            obligo = _money(rng, 0, 80, 500)
            _put(ws, 4 + r, 1, [[acct, line, soll, ist, obligo, round(soll - ist, 2)]])
            for c in (3, 4, 5, 6):
                ws.cell(4 + r, c).number_format = "#,##0.00"
            values.append(_fin(month, line, "budget", soll))
            values.append(_fin(month, line, "actual", ist))
        targets = _cols("A", [None, "cost_line", "budget", "actual", None, None])
        tables.append(TruthTable(name, 3, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "de_tv_drama_monthly_sheets")
    return Built(path, tables, values)


VACCINE_PACKAGES = ["Obra civil", "Salas blancas", "Equipos de llenado", "Cualificación"]
VACCINE_PACKAGES += ["Ingeniería"]


def es_animal_vaccine_earned_value(folder: Path, rng: random.Random) -> Built:
    """Months down as date cells, PV / EV / AC per work package, CPI and SPI."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valor ganado")
    ws["A1"] = "Planta de vacunas veterinarias de Huesca - ampliación - seguimiento de valor ganado"
    head = ["Mes", "Paquete de trabajo", "PV (coste planificado)", "EV (valor ganado)"]
    _put(ws, 3, 1, [[*head, "AC (coste real)", "CPI", "SPI"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    pkgs = rng.sample(VACCINE_PACKAGES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 4
    for m, month in enumerate(months):
        for pkg in pkgs:
            pv = round(rng.randrange(1000000, 30000000) / 100, 2)
            cells: list[object] = [month, pkg, pv, None, None, None, None]
            values.append(_fin(month, pkg, "budget", pv))
            if m < done:
                ev = round(pv * rng.uniform(0.8, 1.05), 2)
                ac = round(pv * rng.uniform(0.85, 1.2), 2)
                cells[3:7] = [ev, ac, round(ev / ac, 2), round(ev / pv, 2)]
                values.append(_fin(month, pkg, "actual", ac))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = '#,##0.00 "€"'
            row += 1
    path = _save(wb, folder, "es_animal_vaccine_earned_value")
    targets = _cols("A", ["month", "cost_line", "budget", None, "actual", None, None])
    n = len(months) * len(pkgs)
    return Built(path, [TruthTable("Valor ganado", 3, "finance", targets, {"finance": n})],
                 values)  # fmt: skip


GLAMPING_LINES = ["造成工事", "テントデッキ", "給排水設備", "管理棟", "設計監理"]


def jp_glamping_yojitsu(folder: Path, rng: random.Random) -> Built:
    """予算 / 実績 / 見込 rows per line, months as text `4月` of an April-start year, 千円."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予実管理")
    ws["A1"] = "八ヶ岳高原グランピング場 新設工事 予算実績管理表（令和8年度）"
    ws["A2"] = "会計年度：2026年4月～2027年3月"
    ws["A3"] = "（単位：千円）"
    months = _months(date(2026, 4, 1), rng.randint(6, 12))
    closed = rng.randint(2, len(months) - 1)
    _put(ws, 5, 1, [["費目", "区分", *[f"{m.month}月" for m in months]]])
    lines = rng.sample(GLAMPING_LINES, rng.randint(3, 5))
    values = [_cur("JPY")]
    row = 6
    for line in lines:
        ws.cell(row, 1, line)
        for k, label in enumerate(["予算", "実績", "見込"]):
            ws.cell(row + k, 2, label)
        for m, month in enumerate(months):
            b = float(rng.randrange(100, 9000))
            ws.cell(row, 3 + m, b).number_format = "#,##0"
            values.append(_fin(month, line, "budget", b * 1000))
            v = float(round(b * rng.uniform(0.8, 1.2)))
            k, key = (1, "actual") if m < closed else (2, "forecast")
            ws.cell(row + k, 3 + m, v).number_format = "#,##0"
            values.append(_fin(month, line, key, v * 1000))
        row += 3
    ws.cell(row, 1, "合計")
    path = _save(wb, folder, "jp_glamping_yojitsu")
    n = len(months) * len(lines)
    table = TruthTable("予実管理", 5, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


CRO_SERVICES = [
    ("Helvetia Clinical AG", "Site monitoring"),
    ("Helvetia Clinical AG", "Project management"),
]
CRO_SERVICES += [
    ("Lemanic Labs SA", "Central laboratory"),
    ("DataAlp GmbH", "EDC and data management"),
]
CRO_SERVICES += [("Lemanic Labs SA", "Biobanking")]


def _chf(x: float) -> str:
    return f"{x:,.2f}".replace(",", "'")


def ch_rare_disease_cro_accruals(folder: Path, rng: random.Random) -> Built:
    """Months down as text `03.2026`, invoiced + accrual movement = cost recognised."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Accruals")
    ws["A1"] = (
        "Alpenrose Therapeutics - Study ART-207 (rare disease, phase II) - CRO accrual tracker"
    )
    ws["A2"] = "Amounts in CHF, excl. VAT"
    head = ["Month", "Vendor", "Service", "PO value", "Invoiced in month", "Accrual movement"]
    _put(ws, 4, 1, [[*head, "Cost recognised"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    services = rng.sample(CRO_SERVICES, rng.randint(2, 4))
    po = {s: _money(rng, 200, 900, 1000) for _, s in services}
    values = [_cur("CHF")]
    row = 5
    for month in months:
        for vendor, service in services:
            inv = round(rng.randrange(100000, 6000000) / 100, 2)
            acc = round(rng.randrange(-2000000, 3000000) / 100, 2)
            cost = round(inv + acc, 2)
            if cost <= 0:
                acc = round(-inv / 2, 2)
                cost = round(inv + acc, 2)
            cells = [f"{month.month:02d}.{month.year}", vendor, service, _chf(po[service])]
            _put(ws, row, 1, [[*cells, _chf(inv), _chf(acc), _chf(cost)]])
            values.append(_fin(month, service, "actual", cost))
            row += 1
    path = _save(wb, folder, "ch_rare_disease_cro_accruals")
    targets = _cols("A", ["month", None, "cost_line", None, None, None, "actual"])
    n = len(months) * len(services)
    return Built(path, [TruthTable("Accruals", 4, "finance", targets, {"finance": n})], values)


NEWSROOM_LINES = ["CMS licences", "Integration partner", "Audio archive migration"]
NEWSROOM_LINES += ["Newsroom training", "Backfill - producers", "Cloud hosting"]


def ca_newsroom_reforecast(folder: Path, rng: random.Random) -> Built:
    """Merged `Actuals` / `Forecast` over month date cells of an April-start year."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 4, 1), 12)
    closed = rng.randint(3, 8)
    # audit (a111): a Q2 reforecast holds Q1's to Q2's actuals (3-6 closed months); it was
    # `Q2` always, while 7 or 8 closed months (October, November) are Q3's reforecast
    sheet = "Q2 Reforecast" if closed <= 6 else "Q3 Reforecast"
    ws = _sheet(wb, sheet)
    ws["A1"] = f"Maritime Public Radio - Newsroom System Replacement - {sheet}"
    ws["A2"] = "Fiscal 2026-27 (April to March) | CAD"
    ws.cell(4, 3, "Actuals")
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=2 + closed)
    ws.cell(4, 3 + closed, "Forecast")
    ws.merge_cells(start_row=4, start_column=3 + closed, end_row=4, end_column=14)
    ws.cell(5, 1, "Cost line")
    ws.cell(5, 2, "Annual budget")
    for m, month in enumerate(months):
        ws.cell(5, 3 + m, month).number_format = "mmm-yy"
    ws.cell(5, 15, "Full-year outlook")
    ws.cell(5, 16, "Variance to budget")
    lines = rng.sample(NEWSROOM_LINES, rng.randint(3, 5))
    values = [_cur("CAD")]
    for r, line in enumerate(lines):
        budget = _money(rng, 30, 400, 1000)
        ws.cell(6 + r, 1, line)
        ws.cell(6 + r, 2, budget).number_format = "#,##0"
        outlook = 0.0
        for m, month in enumerate(months):
            v = _near(rng, budget / 12, 100)
            ws.cell(6 + r, 3 + m, v).number_format = "#,##0"
            outlook += v
            values.append(_fin(month, line, "actual" if m < closed else "forecast", v))
        ws.cell(6 + r, 15, outlook).number_format = "#,##0"
        ws.cell(6 + r, 16, budget - outlook).number_format = "#,##0;(#,##0)"
    path = _save(wb, folder, "ca_newsroom_reforecast")
    n = len(months) * len(lines)
    targets: Targets = {"A": "cost_line", "B": None}
    return Built(path, [TruthTable(sheet, 5, "finance", targets, {"finance": n})],
                 values)  # fmt: skip


BOATHOUSE_ITEMS = ["Pontoon", "Boat racks", "Changing rooms", "Paddle store", "M&E works"]
BOATHOUSE_REMARKS = ["Variation order 2 approved", "Awaiting final invoice"]
BOATHOUSE_REMARKS += ["Retention 5% withheld", "Sport Singapore grant claim submitted"]


def sg_dragon_boat_cost_summary(folder: Path, rng: random.Random) -> Built:
    """Months down as text `Jan 2026`, Budget / Actual / Variance (S$) and Remarks."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost summary")
    ws["A1"] = "Kallang Dragon Boat Association - Boathouse Upgrading - Cost Summary"
    ws["A2"] = "All amounts in S$"
    head: list[object] = ["Month", "Cost item", "Budget (S$)", "Actual (S$)", "Variance (S$)"]
    _put(ws, 3, 1, [[*head, "Remarks"]])
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    items = rng.sample(BOATHOUSE_ITEMS, rng.randint(2, 4))
    values = [_cur("SGD")]
    row = 4
    for m, month in enumerate(months):
        for item in items:
            b = _money(rng, 5, 200, 500)
            cells: list[object] = [f"{MON3[month.month - 1]} {month.year}", item, b, None]
            cells += [None, None]
            values.append(_fin(month, item, "budget", b))
            if m < done:
                a = _near(rng, b, 50)
                cells[3] = a
                cells[4] = b - a
                values.append(_fin(month, item, "actual", a))
                if rng.random() < 0.3:
                    note = rng.choice(BOATHOUSE_REMARKS)
                    cells[5] = note
                    values.append(_fin(month, item, "notes", note))
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0;(#,##0)"
            row += 1
    path = _save(wb, folder, "sg_dragon_boat_cost_summary")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "notes"])
    n = len(months) * len(items)
    return Built(path, [TruthTable("Cost summary", 3, "finance", targets, {"finance": n})],
                 values)  # fmt: skip


FLAGSHIP_LINES = ["Demolizioni e opere murarie", "Pavimenti in marmo", "Vetrine e arredi"]
FLAGSHIP_LINES += ["Illuminotecnica", "Impianti HVAC", "Direzione lavori"]


def _euro_it(x: float) -> str:
    whole = f"{int(x):,}".replace(",", ".")
    return f"€ {whole},{round((x - int(x)) * 100):02d}"


def it_fashion_flagship_blocks(folder: Path, rng: random.Random) -> Built:
    """BUDGET and CONSUNTIVO merged over two month blocks, text amounts `€ 12.345,00`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs consuntivo")
    ws["A1"] = "Casa Moda Ferraresi - Flagship Milano, via della Spiga - ristrutturazione"
    ws["A2"] = "Importi in euro (IVA esclusa)"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    labels = [f"{IT_MON[m.month - 1]}-{m.year % 100}" for m in months]
    k = len(months)
    ws.cell(4, 2, "BUDGET")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + k)
    ws.cell(4, 2 + k, "CONSUNTIVO")
    ws.merge_cells(start_row=4, start_column=2 + k, end_row=4, end_column=1 + 2 * k)
    _put(ws, 5, 1, [["Voce di costo", *labels, *labels]])
    lines = rng.sample(FLAGSHIP_LINES, rng.randint(3, 5))
    values = [_cur("EUR")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            b = round(rng.randrange(500000, 12000000) / 100, 2)
            ws.cell(6 + r, 2 + m, _euro_it(b))
            values.append(_fin(month, line, "budget", b))
            if m < done:
                a = round(b * rng.uniform(0.85, 1.15), 2)
                ws.cell(6 + r, 2 + k + m, _euro_it(a))
                values.append(_fin(month, line, "actual", a))
    path = _save(wb, folder, "it_fashion_flagship_blocks")
    n = len(months) * len(lines)
    table = TruthTable("Budget vs consuntivo", 5, "finance", {"A": "cost_line"}, {"finance": n})
    return Built(path, [table], values)


HELD_OUT_99: tuple[Layout, ...] = (
    Layout("ie_cell_therapy_act_fcst", "Irish WBS phasing, Budget and Act/Fcst rows under an "
           "A / F marker row, Capex/Opex", ie_cell_therapy_act_fcst),
    Layout("gb_motorsport_invoice_log", "English invoice log, Net / VAT / Gross, June-May year",
           gb_motorsport_invoice_log),
    Layout("us_rv_resort_draw_schedule", "US construction loan draw schedule, draws across",
           us_rv_resort_draw_schedule),
    Layout("au_bookshop_store_rollout", "Australian stores by state, Bud / Act rows, `Jul-26`",
           au_bookshop_store_rollout),
    Layout("in_it_services_cost_rollup", "Indian timesheet cost roll-up, lakh-grouped rupees",
           in_it_services_cost_rollup),
    Layout("de_tv_drama_monthly_sheets", "German one sheet per month, Soll / Ist / Obligo",
           de_tv_drama_monthly_sheets),
    Layout("es_animal_vaccine_earned_value", "Spanish earned value PV / EV / AC, CPI, SPI",
           es_animal_vaccine_earned_value),
    Layout("jp_glamping_yojitsu", "Japanese 予算 / 実績 / 見込 rows, April-start year, 千円",
           jp_glamping_yojitsu),
    Layout("ch_rare_disease_cro_accruals", "Swiss CRO accruals, `12'345.00` text amounts",
           ch_rare_disease_cro_accruals),
    Layout("ca_newsroom_reforecast", "Canadian reforecast, merged Actuals / Forecast, April year",
           ca_newsroom_reforecast),
    Layout("sg_dragon_boat_cost_summary", "Singapore months down, Budget / Actual / Variance, "
           "Remarks", sg_dragon_boat_cost_summary),
    Layout("it_fashion_flagship_blocks", "Italian BUDGET / CONSUNTIVO month blocks, `€ 12.345,00`",
           it_fashion_flagship_blocks),
)  # fmt: skip
