"""The fifty-sixth held-out batch (``HELD_OUT_56``, round 32): twelve seeded legacy
workbooks with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is FINANCE
TRACKERS OF EVERY SHAPE (no registers): the workbooks a PMO receives as a project's finance
tracker, each in a shape a real accountant, PM, cost controller or finance business partner
keeps, in Madeira, the Azores, Reunion, Martinique, El Salvador, Cote d'Ivoire, Mozambique,
the Turks and Caicos and Shetland, in sectors no earlier batch's docstring names (a convent guesthouse, a dialysis unit, a
whale-watching centre, a fish auction hall, a ship loader, a palm oil mill, a port quay,
a maternity clinic, a grain silo, a banana packhouse, a mangrove nursery, a print works). Money comes as number cells, `1,234.50` text, `(1,200)`
credits, `1.2k`, `£12k` and `12 345,00`.

Trackers:

- ``pt_madeira_convent_measure_rows``: a Madeiran convent guesthouse restoration kept in
  OnlyOffice: a title and `Amounts in EUR`, `Cost line` / `Measure` (Budget, Actual,
  Forecast rows per line), six month date cells shown `mmm-yy` across; actual rows blank
  after the months closed, forecast rows blank before.
- ``re_dialysis_period_snapshot``: a Reunion dialysis unit's monthly
  budget-vs-actual snapshot: `Period: <Month yyyy>` and `Currency: EUR` above, `Cost line`,
  `Annual budget`, `Budget (month)`, `Actual (month)`, `Variance`, `YTD actual`, a `Total`
  row.
- ``pt_azores_whale_centre_accrual_tracker``: a Azorean whale-watching centre's cost controller's
  accrual tracker (EUR in the title): `Month` date cells shown `mmm yyyy`, `Cost line`,
  `Budget`, `Invoiced`, `Accrued (not invoiced)`, `Total actual`, `Notes`.
- ``sv_fish_auction_cumulative``: an El Salvador fish auction hall's long tracker in USD:
  `Month` date cells shown `mm/yyyy`, `Cost line`, `Budget`, `Actual`, `Cum. budget`,
  `Cum. actual` (the cumulative columns running per line).
- ``sv_ship_loader_actual_forecast_flags``: an El Salvador ship loader upgrade's rolling
  forecast: month date cells across with a row of `A` / `F` flags above them (`A` =
  actual, `F` = forecast, said in a note), cost lines down, a `Full year` column, `US$`
  in the title.
- ``ci_palm_oil_mill_french_long``: a Cote d'Ivoire palm oil mill's French
  long table: `Mois` date cells shown `mm/yyyy`, `Ligne budgetaire`, `Nature` CAPEX / OPEX,
  `Budget`, `Realise`, `Prevision` as `12 345,00` text (FCFA), `Commentaire`.
- ``ci_port_sunsystems_ledger_export``: an Abidjan port ledger export from SunSystems:
  `Period` as `2026/003` text (a note: fiscal year = calendar year, period = month),
  `Ledger` A / B (a note: A = actual, B = budget), `Account`, `Description`, `Amount` as
  `1,234.50` text, credits `(1,200.00)`.
- ``mz_maternity_grant_tracker``: a Mozambican maternity clinic's donor grant tracker in
  USD: `Code` 1.1, 1.2.., `Budget line`, `Approved budget` (the grant's whole), month date
  cells shown `mmm-yy` with actual spend (later months blank), `Total spent`, `Balance`,
  a `TOTAL` row.
- ``mz_grain_silo_k_tracker``: a Nacala grain silo PM's own spend tracker: `Item`, `Budget`
  (the whole), month words `Jan` .. `Jun` (the year in the title) with actuals as `1.2k`
  text, `Spent`, `Left`, `(USD)` in the title.
- ``mq_banana_two_year_grid``: a Martinique banana packhouse's two-year plan: year cells
  `2026` / `2027` merged over month words, `Line` and `Type` (Budget / Actual) rows per
  line, EUR under the title.
- ``tc_mangrove_vena_variance``: a Turks and Caicos mangrove nursery's budget variance report (a
  Vena export): `Month` date cells shown `mmm-yy`, `Cost line`, `Actual`, `Budget`, `Var`,
  `Var %`, credits as negative number cells shown `(1,200)`, `Currency USD` above.
- ``gb_shetland_print_works_gbp_k``: a Shetland print works refit's finance tracker: a
  title, `FY2026/27` and `£k` notes, `Cost line`, month words `Apr` .. `Sep`, `Budget` and
  `Forecast` blocks under merged group labels, amounts as `£12k` / `£12.5k` text.

Truth a person could read two ways has no fact (least sure first):

- the whale centre's `Invoiced` and `Accrued (not invoiced)` (parts of the month's actual, or
  the actual one of them?): no fact, each mapped to the actual or left out; `Total actual`
  is the actual;
- cumulative columns (the fish auction's `Cum. budget` / `Cum. actual`), year-to-date
  (`YTD actual`), the whole (`Annual budget`, `Approved budget`, the grain silo's `Budget`,
  `Full year`), `Total spent`, `Spent`, `Left`, `Balance`, `Variance` / `Var` / `Var %`:
  no fact (left out);
- the grant's `Code` (1.1, 1.2: the category, or no field?): mapped to the category or
  left out, no fact; the `TOTAL` and `Total` rows are no lines;
- the SunSystems `Account` code: the category or left out, no fact; the `Description` is
  the cost line; a credit `(1,200.00)` is -1,200; period `2026/003` is March 2026 (the
  note says the fiscal year is the calendar year);
- the ship loader forecast's `A` months are actuals, `F` months forecasts (its note says so);
- currency: EUR, USD, GBP facts where a title, note or `£` says so; FCFA / XOF (on no
  standards list): no currency fact;
- `Notes` / `Commentaire` text: the notes (a value fact where written);
- `1.2k` is 1,200; `£12.5k` is 12,500; `12 345,00` is 12345; blank months are no zero and
  no line.

Readings used: date cells are what they hold; month words take the year of the title or
of the merged year cell above; the Shetland `FY2026/27` months `Apr` .. `Sep` are April
to September 2026.

Audit, round 32 (docs/adopt.md, "Round 32: the fifty-sixth batch's truth audited"): no fact
added, removed or changed (433 facts at seed 2026, 438 at seed 7, 425 at seed 99); one
writer's slip mended: the grant tracker's `Balance` cells held float noise
(`32525.17999999999`) where every other amount is to the cent: now rounded to 2 places (no
draw changes, no other cell moves). It was written and checked for internal consistency only
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
    _cols,
    _months,
    _put,
    _save,
    _sheet,
)

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def k_text(v: float) -> str:
    """``1.2k`` for 1,200."""
    return f"{v / 1000:g}k"


def fr_text(v: float) -> str:
    """``12 345,00`` for 12345."""
    return f"{v:,.2f}".replace(",", " ").replace(".", ",")


def acct_text(v: float) -> str:
    """``1,234.50``, a credit ``(1,200.00)``."""
    return f"({-v:,.2f})" if v < 0 else f"{v:,.2f}"


def _fin(sheet: str, row: int, targets: Targets, n: int) -> TruthTable:
    return TruthTable(sheet, row, "finance", targets, {"finance": n})


CONVENT_LINES = ["Roof and bell tower", "Guest cells", "Refectory kitchen"]
CONVENT_LINES += ["Water supply", "Frescoes conservation"]


def pt_madeira_convent_measure_rows(folder: Path, rng: random.Random) -> Built:
    """Madeiran convent guesthouse: Budget / Actual / Forecast rows per cost line,
    six `mmm-yy` month date cells across (OnlyOffice)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Funchal Convent Guesthouse Restoration - Cost Tracker"
    ws["A2"] = "Amounts in EUR"
    months = _months(date(2026, rng.randint(1, 4), 1), 6)
    closed = rng.randint(1, 5)
    _put(ws, 4, 1, [["Cost line", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(CONVENT_LINES, rng.randint(3, 4))
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line in lines:
        budgets = [rng.randrange(20, 300) * 100.0 for _ in months]
        for measure in ("Budget", "Actual", "Forecast"):
            ws.cell(row, 1, line)
            ws.cell(row, 2, measure)
            for m, month in enumerate(months):
                b = budgets[m]
                if measure == "Budget":
                    v: float | None = b
                elif measure == "Actual":
                    v = round(b * rng.uniform(0.8, 1.2), 2) if m < closed else None
                else:
                    v = round(b * rng.uniform(0.9, 1.15), -1) if m >= closed else None
                if v is not None:
                    ws.cell(row, 3 + m, v).number_format = "#,##0.00"
                    values.append(ValueFact("finance", (month, line), measure.lower(), v))
            row += 1
    path = _save(wb, folder, "pt_madeira_convent_measure_rows")
    table = _fin("Finance", 4, {"A": "cost_line", "B": "measure"}, len(lines) * 6)
    return Built(path, [table], values)


DIALYSIS_LINES = ["Water treatment", "Dialysis chairs", "Fit-out", "Car park", "IT"]


def re_dialysis_period_snapshot(folder: Path, rng: random.Random) -> Built:
    """Reunion dialysis unit: one month's budget vs actual with annual and
    year-to-date columns, the month in a `Period:` line above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    month = date(2026, rng.randint(2, 11), 1)
    ws["A1"] = "Saint-Pierre Dialysis Unit - Budget vs Actual"
    ws["A2"] = f"Period: {month:%B %Y}"
    ws["A3"] = "Currency: EUR"
    head = ["Cost line", "Annual budget", "Budget (month)", "Actual (month)", "Variance"]
    _put(ws, 5, 1, [[*head, "YTD actual"]])
    lines = rng.sample(DIALYSIS_LINES, rng.randint(3, 5))
    values = [ValueFact("project", 0, "currency", "EUR")]
    tb = ta = 0.0
    for i, line in enumerate(lines):
        b = rng.randrange(10, 90) * 100.0
        a = round(b * rng.uniform(0.7, 1.25), 2)
        tb, ta = tb + b, ta + a
        ytd = round(a * month.month * rng.uniform(0.8, 1.1), 2)
        _put(ws, 6 + i, 1, [[line, b * 12, b, a, round(b - a, 2), ytd]])
        values += [
            ValueFact("finance", (month, line), "budget", b),
            ValueFact("finance", (month, line), "actual", a),
        ]
    _put(ws, 6 + len(lines), 1, [["Total", None, tb, round(ta, 2)]])
    targets: Targets = _cols("A", ["cost_line", None, "budget", "actual", None, None])
    path = _save(wb, folder, "re_dialysis_period_snapshot")
    return Built(path, [_fin("BvA", 5, targets, len(lines))], values)


WHALE_LINES = ["Pontoon", "Visitor hall", "Boat shed", "Exhibits", "Solar roof"]
WHALE_NOTES = ["Retention 5% held", "Awaiting credit note", "Price per change order 7"]


def pt_azores_whale_centre_accrual_tracker(folder: Path, rng: random.Random) -> Built:
    """Azorean whale-watching centre: long table with `Invoiced`, `Accrued (not invoiced)`
    and `Total actual`, budgets, notes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Accruals")
    ws["A1"] = "Ponta Delgada Whale-Watching Centre - Monthly Accruals Tracker (EUR)"
    head = ["Month", "Cost line", "Budget", "Invoiced", "Accrued (not invoiced)"]
    _put(ws, 3, 1, [[*head, "Total actual", "Notes"]])
    months = _months(date(2025, rng.randint(9, 12), 1), rng.randint(3, 4))
    lines = rng.sample(WHALE_LINES, 3)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for month in months:
        for line in lines:
            b = rng.randrange(30, 400) * 100.0
            inv = rng.randrange(10, 300) * 100.0
            acc = rng.randrange(0, 80) * 100.0
            note = rng.choice(WHALE_NOTES) if rng.random() < 0.3 else None
            _put(ws, row, 1, [[month, line, b, inv, acc or None, inv + acc, note]])
            ws.cell(row, 1).number_format = "mmm yyyy"
            values += [
                ValueFact("finance", (month, line), "budget", b),
                ValueFact("finance", (month, line), "actual", inv + acc),
            ]
            if note:
                values.append(ValueFact("finance", (month, line), "notes", note))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", ("actual", None)])
    targets |= _cols("E", [("actual", None), "actual", "notes"])
    path = _save(wb, folder, "pt_azores_whale_centre_accrual_tracker")
    return Built(path, [_fin("Accruals", 3, targets, len(months) * 3)], values)


FISH_LINES = ["Cold store", "Auction floor", "Ice machine", "Drainage"]


def sv_fish_auction_cumulative(folder: Path, rng: random.Random) -> Built:
    """El Salvador fish auction hall: long table, period and cumulative columns, USD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "La Libertad Fish Auction Hall - Finance Tracker (USD)"
    head = ["Month", "Cost line", "Budget", "Actual", "Cum. budget", "Cum. actual"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months))
    lines = rng.sample(FISH_LINES, rng.randint(2, 3))
    values = [ValueFact("project", 0, "currency", "USD")]
    cum = {ln: [0.0, 0.0] for ln in lines}
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            b = rng.randrange(5, 60) * 250.0
            a = round(b * rng.uniform(0.8, 1.2), 2) if m < closed else None
            cum[line][0] += b
            cum[line][1] += a or 0
            cells: list[object] = [month, line, b, a, cum[line][0]]
            cells.append(round(cum[line][1], 2) if a is not None else None)
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            values.append(ValueFact("finance", (month, line), "budget", b))
            if a is not None:
                values.append(ValueFact("finance", (month, line), "actual", a))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    path = _save(wb, folder, "sv_fish_auction_cumulative")
    return Built(path, [_fin("Tracker", 3, targets, len(months) * len(lines))], values)


LOADER_LINES = ["Boom conveyor", "Slewing drive", "Electrical house", "Rails", "Commissioning"]


def sv_ship_loader_actual_forecast_flags(folder: Path, rng: random.Random) -> Built:
    """El Salvador ship loader upgrade: months across with an A / F flag row above them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rolling Fcst")
    ws["A1"] = "Acajutla Ship Loader 2 Upgrade - Rolling Forecast (US$)"
    ws["A2"] = "A = actual, F = forecast"
    months = _months(date(2026, 1, 1), 12)
    closed = rng.randint(2, 9)
    for m, month in enumerate(months):
        ws.cell(4, 2 + m, "A" if m < closed else "F")
        ws.cell(5, 2 + m, month).number_format = "mmm-yy"
    ws.cell(5, 1, "Cost line")
    ws.cell(5, 14, "Full year")
    lines = rng.sample(LOADER_LINES, rng.randint(3, 5))
    values = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        tot = 0.0
        for m, month in enumerate(months):
            v = rng.randrange(0, 80) * 500.0
            if not v:
                continue
            tot += v
            ws.cell(6 + r, 2 + m, v).number_format = "#,##0"
            kind = "actual" if m < closed else "forecast"
            values.append(ValueFact("finance", (month, line), kind, v))
        ws.cell(6 + r, 14, tot)
    keys = {v.where for v in values if v.register == "finance"}
    path = _save(wb, folder, "sv_ship_loader_actual_forecast_flags")
    return Built(path, [_fin("Rolling Fcst", 5, {"A": "cost_line", "N": None}, len(keys))], values)


PALM_LINES = [("Presse a huile", "CAPEX"), ("Ponts-bascules", "CAPEX")]
PALM_LINES += [("Gardiennage", "OPEX"), ("Fumigation", "OPEX"), ("Electricite", "OPEX")]
PALM_NOTES = ["Facture en attente", "Avenant n 2", "Paiement partiel"]
#: the standards' spelling of the `capex_opex` list the cells' CAPEX / OPEX convert to
#: (round 32's last hour: the truth had kept the cells' capitals, a slip)
PALM_KIND = {"CAPEX": "CapEx", "OPEX": "OpEx"}


def ci_palm_oil_mill_french_long(folder: Path, rng: random.Random) -> Built:
    """Ivorian palm oil mill: French headers, CAPEX / OPEX, `12 345,00` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budgetaire")
    ws["A1"] = "Huilerie de palme d'Aboisso - Suivi budgetaire (FCFA)"
    head = ["Mois", "Ligne budgetaire", "Nature", "Budget", "Realise", "Prevision"]
    _put(ws, 3, 1, [[*head, "Commentaire"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(PALM_LINES, 3)
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line, nature in lines:
            b = rng.randrange(50, 900) * 10000.0
            a = rng.randrange(40, 900) * 10000.0 if m < closed else None
            f = rng.randrange(50, 900) * 10000.0 if m >= closed else None
            note = rng.choice(PALM_NOTES) if rng.random() < 0.25 else None
            cells: list[object] = [month, line, nature, fr_text(b)]
            cells += [fr_text(a) if a else None, fr_text(f) if f else None, note]
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            k = (month, line)
            values += [
                ValueFact("finance", k, "capex_opex", PALM_KIND[nature]),
                ValueFact("finance", k, "budget", b),
            ]
            values += [ValueFact("finance", k, "actual", a)] if a else []
            values += [ValueFact("finance", k, "forecast", f)] if f else []
            values += [ValueFact("finance", k, "notes", note)] if note else []
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "capex_opex", "budget", "actual"])
    targets |= _cols("F", ["forecast", "notes"])
    path = _save(wb, folder, "ci_palm_oil_mill_french_long")
    return Built(path, [_fin("Suivi budgetaire", 3, targets, len(months) * 3)], values)


PORT_ACCOUNTS = [("62100", "Dredging survey"), ("62400", "Quay fenders")]
PORT_ACCOUNTS += [("63150", "Navigation buoys"), ("64010", "Consultancy")]


def ci_port_sunsystems_ledger_export(folder: Path, rng: random.Random) -> Built:
    """Abidjan port ledger export from SunSystems: `Period` 2026/003, `Ledger` A / B,
    amounts as text with `(1,200.00)` credits."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Port Autonome d'Abidjan - Quay 4 Rehabilitation - Ledger extract"
    ws["A2"] = "Fiscal year = calendar year; period = month. Ledger A = actual, B = budget."
    _put(ws, 4, 1, [["Period", "Ledger", "Account", "Description", "Amount"]])
    months = _months(date(2026, rng.randint(1, 8), 1), rng.randint(2, 4))
    accts = rng.sample(PORT_ACCOUNTS, 3)
    values: list[ValueFact] = []
    row = 5
    for month in months:
        for code, desc in accts:
            period = f"{month.year}/{month.month:03d}"
            b = rng.randrange(100, 5000) * 1000.0
            a = round(rng.uniform(-0.05, 1.1) * b, 2)
            _put(ws, row, 1, [[period, "B", code, desc, acct_text(b)]])
            _put(ws, row + 1, 1, [[period, "A", code, desc, acct_text(a)]])
            values += [
                ValueFact("finance", (month, desc), "budget", b),
                ValueFact("finance", (month, desc), "actual", a),
            ]
            row += 2
    targets: Targets = _cols("A", ["month", "measure", ("category", None), "cost_line"])
    targets |= {"E": None}
    path = _save(wb, folder, "ci_port_sunsystems_ledger_export")
    return Built(path, [_fin("Export", 4, targets, len(months) * 3)], values)


GRANT_LINES = ["Midwife salaries", "Delivery beds", "Solar backup", "Cold chain"]
GRANT_LINES += ["Community outreach", "Monitoring and evaluation"]


def mz_maternity_grant_tracker(folder: Path, rng: random.Random) -> Built:
    """Mozambican maternity clinic donor grant: codes, the approved whole, monthly actual
    spend across (later months blank), totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Grant")
    ws["A1"] = "Chimoio Maternity Waiting Home - Grant Expenditure Tracker"
    ws["A2"] = "Currency: USD"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 6)
    head: list[object] = ["Code", "Budget line", "Approved budget", *months]
    _put(ws, 4, 1, [[*head, "Total spent", "Balance"]])
    for c in range(4, 10):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(GRANT_LINES, rng.randint(4, 6))
    values = [ValueFact("project", 0, "currency", "USD")]
    grand = 0.0
    for r, line in enumerate(lines):
        approved = rng.randrange(20, 120) * 1000.0
        spent = [round(rng.uniform(0.5, 2.0) * approved / 12, 2) if m < closed else None
                 for m in range(6)]  # fmt: skip
        tot = round(sum(s or 0 for s in spent), 2)
        grand += tot
        _put(ws, 5 + r, 1, [[f"1.{r + 1}", line, approved, *spent, tot, round(approved - tot, 2)]])
        for m, s in enumerate(spent):
            if s is not None:
                values.append(ValueFact("finance", (months[m], line), "actual", s))
    _put(ws, 5 + len(lines), 1, [["TOTAL", None, None, *[None] * 6, round(grand, 2)]])
    targets: Targets = {"A": ("category", None), "B": "cost_line", "C": None}
    targets |= {"J": None, "K": None}
    path = _save(wb, folder, "mz_maternity_grant_tracker")
    return Built(path, [_fin("Grant", 4, targets, len(lines) * closed)], values)


SILO_LINES = ["Silo foundations", "Bucket elevator", "Weighbridge", "Fencing", "Dryer"]


def mz_grain_silo_k_tracker(folder: Path, rng: random.Random) -> Built:
    """Nacala grain silo PM's spend tracker: month words, actuals as `1.2k` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend")
    ws["A1"] = "Nacala Grain Silo - spend 2026 (USD)"
    _put(ws, 3, 1, [["Item", "Budget", *MON3[:6], "Spent", "Left"]])
    lines = rng.sample(SILO_LINES, rng.randint(3, 5))
    closed = rng.randint(2, 6)
    values = [ValueFact("project", 0, "currency", "USD")]
    count = 0
    for r, line in enumerate(lines):
        budget = rng.randrange(20, 90) * 1000.0
        spent = 0.0
        for m in range(closed):
            if rng.random() < 0.2:
                continue  # nothing spent that month
            v = rng.randrange(2, 150) * 100.0
            spent += v
            ws.cell(4 + r, 3 + m, k_text(v))
            values.append(ValueFact("finance", (date(2026, m + 1, 1), line), "actual", v))
            count += 1
        _put(ws, 4 + r, 1, [[line, k_text(budget)]])
        _put(ws, 4 + r, 9, [[k_text(spent), k_text(budget - spent)]])
    path = _save(wb, folder, "mz_grain_silo_k_tracker")
    return Built(path, [_fin("Spend", 3, {"A": "cost_line", "B": None, "I": None, "J": None},
                             count)], values)  # fmt: skip


BANANA_LINES = ["Washing tanks", "Cableway", "Cold room", "Packing tables"]


def mq_banana_two_year_grid(folder: Path, rng: random.Random) -> Built:
    """Martinique banana packhouse: merged year cells over month words, Budget / Actual
    rows per line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan")
    ws["A1"] = "Habitation Lareinty Packhouse Expansion - Budget and Actuals"
    ws["A2"] = "EUR"
    start = rng.randint(8, 11)
    months = _months(date(2026, start, 1), 6)
    closed = rng.randint(1, 5)
    ws.cell(4, 3, 2026)
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=3 + 12 - start)
    ws.cell(4, 3 + 13 - start, 2027)
    if start > 8:  # more than one month of the second year
        ws.merge_cells(start_row=4, start_column=3 + 13 - start, end_row=4, end_column=8)
    _put(ws, 5, 1, [["Line", "Type", *[MON3[m.month - 1] for m in months]]])
    lines = rng.sample(BANANA_LINES, 3)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 6
    for line in lines:
        for kind in ("Budget", "Actual"):
            _put(ws, row, 1, [[line, kind]])
            for m, month in enumerate(months):
                if kind == "Actual" and m >= closed:
                    continue
                v = rng.randrange(10, 200) * 100.0
                ws.cell(row, 3 + m, v).number_format = "#,##0"
                values.append(ValueFact("finance", (month, line), kind.lower(), v))
            row += 1
    path = _save(wb, folder, "mq_banana_two_year_grid")
    return Built(path, [_fin("Plan", 5, {"A": "cost_line", "B": "measure"}, 18)], values)


MANGROVE_LINES = ["Seedling nursery", "Boat hire", "Field staff", "Tidal gates"]


def tc_mangrove_vena_variance(folder: Path, rng: random.Random) -> Built:
    """Turks and Caicos mangrove nursery: variance report export, credits shown `(1,200)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Variance")
    ws["A1"] = "North Caicos Mangrove Restoration - Budget Variance"
    ws["A2"] = "Currency USD"
    _put(ws, 4, 1, [["Month", "Cost line", "Actual", "Budget", "Var", "Var %"]])
    months = _months(date(2026, rng.randint(1, 9), 1), 3)
    lines = rng.sample(MANGROVE_LINES, 3)
    values = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for month in months:
        for line in lines:
            b = rng.randrange(10, 100) * 100.0
            a = (
                -rng.randrange(2, 20) * 100.0
                if rng.random() < 0.15
                else b + rng.randrange(-900, 900, 50)
            )
            _put(ws, row, 1, [[month, line, a, b, a - b, round((a - b) / b, 3)]])
            ws.cell(row, 1).number_format = "mmm-yy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0;(#,##0)"
            ws.cell(row, 6).number_format = "0.0%"
            values += [
                ValueFact("finance", (month, line), "actual", a),
                ValueFact("finance", (month, line), "budget", b),
            ]
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "actual", "budget", None, None])
    path = _save(wb, folder, "tc_mangrove_vena_variance")
    return Built(path, [_fin("Variance", 4, targets, 9)], values)


PRINT_LINES = ["Press hall floor", "Heat recovery", "Roof cladding", "Ink store"]


def gb_shetland_print_works_gbp_k(folder: Path, rng: random.Random) -> Built:
    """Shetland print works refit: `£12k` text, Budget and Forecast blocks of month words
    under merged labels, FY2026/27 in a note."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Lerwick Print Works Refit"
    ws["A2"] = "FY2026/27 - all figures £k"
    months = _months(date(2026, 4, 1), 6)
    ws.cell(4, 2, "Budget")
    ws.merge_cells("B4:G4")
    ws.cell(4, 8, "Forecast")
    ws.merge_cells("H4:M4")
    words = [MON3[m.month - 1] for m in months]
    _put(ws, 5, 1, [["Cost line", *words, *words]])
    lines = rng.sample(PRINT_LINES, rng.randint(2, 4))
    values = [ValueFact("project", 0, "currency", "GBP")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            b = rng.randrange(4, 60) * 500.0
            f = b + rng.choice([-1, 0, 0, 1, 2]) * 500.0
            ws.cell(6 + r, 2 + m, f"£{b / 1000:g}k")
            ws.cell(6 + r, 8 + m, f"£{f / 1000:g}k")
            values += [
                ValueFact("finance", (month, line), "budget", b),
                ValueFact("finance", (month, line), "forecast", f),
            ]
    path = _save(wb, folder, "gb_shetland_print_works_gbp_k")
    return Built(path, [_fin("Finance", 5, {"A": "cost_line"}, len(lines) * 6)], values)


HELD_OUT_56: tuple[Layout, ...] = (
    Layout("pt_madeira_convent_measure_rows",
           "Madeiran convent OnlyOffice tracker: Budget / Actual / Forecast rows",
           pt_madeira_convent_measure_rows),
    Layout("re_dialysis_period_snapshot",
           "Reunion dialysis unit one-month budget vs actual (annual, YTD, total row)",
           re_dialysis_period_snapshot),
    Layout("pt_azores_whale_centre_accrual_tracker",
           "Azores whale-watching centre accrual tracker (invoiced, accrued, total actual)",
           pt_azores_whale_centre_accrual_tracker),
    Layout("sv_fish_auction_cumulative",
           "El Salvador fish auction long tracker with cumulative columns (USD)",
           sv_fish_auction_cumulative),
    Layout("sv_ship_loader_actual_forecast_flags",
           "El Salvador ship loader rolling forecast: A / F flag row over months",
           sv_ship_loader_actual_forecast_flags),
    Layout("ci_palm_oil_mill_french_long",
           "Ivorian palm oil mill French long table, CAPEX / OPEX, 12 345,00 FCFA",
           ci_palm_oil_mill_french_long),
    Layout("ci_port_sunsystems_ledger_export",
           "Abidjan port SunSystems ledger extract (period 2026/003, ledger A / B)",
           ci_port_sunsystems_ledger_export),
    Layout("mz_maternity_grant_tracker",
           "Mozambican maternity clinic donor grant tracker (codes, months, totals)",
           mz_maternity_grant_tracker),
    Layout("mz_grain_silo_k_tracker",
           "Nacala grain silo PM's spend tracker (month words, 1.2k text)",
           mz_grain_silo_k_tracker),
    Layout("mq_banana_two_year_grid",
           "Martinique banana packhouse grid (merged years over month words)",
           mq_banana_two_year_grid),
    Layout("tc_mangrove_vena_variance",
           "Turks and Caicos mangrove Vena variance export (credits in parentheses)",
           tc_mangrove_vena_variance),
    Layout("gb_shetland_print_works_gbp_k",
           "Shetland print works £k tracker (Budget and Forecast blocks, FY2026/27)",
           gb_shetland_print_works_gbp_k),
)  # fmt: skip
