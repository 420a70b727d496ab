"""The fifty-ninth held-out batch (``HELD_OUT_59``, round 32): twelve seeded legacy finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
FINANCE TRACKERS OF EVERY SHAPE: the workbooks a PMO receives as a project's finance
tracker, kept by an accountant, a PM, a cost controller or a finance business partner, some
of them exports of finance tools no earlier batch's docstring names (DATEV, Cegid,
FreeAgent, Tripletex, Exact Online, Harvest, Bexio, e-conomic, Holded, Fortnox, Kimble),
for public and commercial buildings in Germany, France, the UK, Norway, the Netherlands,
the US, Switzerland, Denmark, Spain, Sweden and Ireland, in EUR, GBP, NOK, USD, CHF, DKK
and SEK, with money as numbers and as text (`1,234.50`, `(1,200)`, `1.2k`, `£12k`, `12 345,00`,
`12.345,00`, `1'234.50`), blank months, notes and titles above. Every input cell is a
value. No registers.

Trackers:

- ``de_datev_hallenbad_plan_ist``: a German indoor swimming pool refurbishment's cost
  controlling sheet: `Kostenstelle` down, `Monat` date cells shown `mm.yyyy`, `Plan` /
  `Ist` / `Prognose` columns, amounts as `12.345,00` text, `Währung: EUR` above.
- ``fr_cegid_gare_maritime_export``: a French ferry terminal's Cegid-style export: `Période`
  text `01/2026`, `Poste`, `Budget`, `Réalisé`, `Prévision` amounts as `12 345,00` text,
  `Devise : EUR` above.
- ``uk_freeagent_sports_hall_sheets``: a UK sports hall's budget and actuals on two sheets
  (`Budget`, `Actuals`), months across as text `Apr 26`, cost lines down, amounts as `£12k`
  text, a `Total` column and a `Total` row.
- ``no_tripletex_cold_store_long``: a Norwegian cold store's general ledger style long
  table: `Periode` date cells shown `yyyy-mm`, `Konto` (cost line), `Budsjett`, `Regnskap`
  (actual, credit notes as `(1,200)` text), NOK in the title.
- ``nl_exact_greenhouse_measure_rows``: a Dutch greenhouse's Exact Online style sheet: cost
  line and a `Measure` column (`Budget` / `Actual` / `Forecast`) per row, month date cells
  across shown `mmm-yy`, blank cells for months not yet closed, `Currency: EUR`.
- ``us_harvest_car_park_actuals``: a US parking structure's Harvest-style spend by task:
  `Task` down, months across as text `Jan 2026`, actuals as `1.2k` text, a `Budget (total)`
  column (the task's whole budget, no month), USD in the title.
- ``ch_bexio_lift_replacement``: a Swiss lift replacement's cost tracker: `Monat` text `Jan
  2026`, `Position`, `Budget CHF`, `Ist CHF`, `Forecast CHF` with `1'234.50` numbers as text,
  a `Bemerkung` note column.
- ``dk_economic_school_kitchen_ytd``: a Danish school kitchen's e-conomic style budget
  follow-up: months across in two blocks `Budget` / `Faktisk` (actual) of date cells shown
  `mmm yy`, cost lines down, a `YTD faktisk` (cumulative) column at the end, DKK.
- ``es_holded_ferry_quay_notes``: a Spanish ferry quay's monthly tracker: `Mes` date cells
  shown `mm/yyyy`, `Partida`, `Presupuesto`, `Real`, `Previsión`, `Notas` (a note on some
  lines), `Moneda: EUR`.
- ``se_fortnox_bandstand_months_down``: a Swedish park bandstand restoration's tracker:
  one sheet, months as rows (`Månad` date cells shown `yyyy-mm`), cost lines across as
  columns (actual spend per cost line), `Belopp i SEK` above, a `Summa` column.
- ``ie_kimble_fit_out_forecast``: an Irish office fit-out's PSA forecast: `Cost line`,
  `Capex/Opex`, month date cells across shown `mmm-yy` holding the forecast, a
  `Cumulative` row under each line (no fact), EUR.
- ``uk_bp_allotment_pavilion_accruals``: a UK allotment pavilion's finance business partner
  tracker: `Month` date cells shown `mmm-yy`, `Cost line`, `Budget`, `Actual`, `Accrual`,
  `Forecast`, amounts as `1,234.50` text, GBP.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the pavilion's `Accrual` (cost incurred but not invoiced: part of the actual, or
  beside it?): no fact, left out (the audit of round 32: was "mapped to the actual or left
  out"); its `Actual` is the actual;
- the school kitchen's `YTD faktisk` (a cumulative actual, no month) and the fit-out's
  `Cumulative` rows (running sums of the forecast): no fact, left out;
- the car park's `Budget (total)` (a task's whole budget, no month to put it in): no
  fact, mapped to the budget or left out;
- the UK sports hall's `Total` column and `Total` row, the bandstand's `Summa` column: no
  fact, no item;
- the cold store's `(1,200)` (a credit note booked against the line): the actual -1200,
  as any accountant reads brackets;
- amounts as text in local forms (`12.345,00`, `12 345,00`, `1'234.50`, `£12k`, `1.2k`)
  are the numbers they spell; the Swiss `Budget CHF` headers and `Währung: EUR`,
  `Devise : EUR`, `Moneda: EUR`, USD / GBP / EUR in a title name the currency (a
  currency fact); `Belopp i SEK` and NOK / DKK in a title name a currency the standards'
  list does not hold (no fact since round 32's audit);
- the bandstand's cost lines across as columns hold the month's actual (the sheet is
  `Utfall`, actuals); the fit-out's months hold the forecast (the sheet says `Forecast`);
  its `Capex/Opex` is the capex_opex of each line (`CapEx` / `OpEx`, on each month
  holding a forecast since round 32's audit; the first month only before);
- the ferry quay's `Notas` and the lift's `Bemerkung` are the line's notes;
- blank months have no fact (an empty actual is no actual); a month and cost line pair
  blank in every measure (the car park's, the bandstand's, the fit-out's empty cells) is
  no finance item, so the counts are the pairs holding a value.

Readings used: month text and date cells are the first of their month; an item is a month
and cost line pair. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audit, round 32 (docs/adopt.md, "Round 32: the fifty-ninth batch's truth audited"), by an
engineer who does not tune, without reading ``addin/adopt/`` or running adoption: NOK, DKK
and SEK are not on the standards' currency list (GBP, EUR, USD, CHF, AUD, CAD, INR, SGD,
JPY), so the cold store's, the school kitchen's and the bandstand's project currency facts
are removed (as earlier audits gave ZAR, NZD, KES, MWK none); the fit-out's `Capex` /
`Opex` is the standard's `CapEx` / `OpEx` and holds for each of the line's items (every
month with a forecast), not the first month only (earlier truth spells `Capex` `CapEx`
and gives a line's CapEx/OpEx on each of its months); the pavilion's `Accrual` column is
left out (it was "the actual or left out"): the truth's actual is the `Actual` column's
figure, so folding the accrual into the actual would contradict it, and round 24's audit
left the vineyard's `Accrued NZ$` out beside its `Actual NZ$` so. No cell was mended.
Totals at seed 2026: values 323 -> 335 (407 -> 419 facts).
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import openpyxl
from adopt_layouts import (
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


def _grouped(x: float, sep: str, dec: str) -> str:
    """``x`` with two decimals, thousands by ``sep``, decimals by ``dec``."""
    whole, frac = f"{abs(x):,.2f}".split(".")
    out = whole.replace(",", sep) + dec + frac
    return f"-{out}" if x < 0 else out


def _pairs(values: list[ValueFact]) -> int:
    """The month and cost line pairs holding a value: a pair blank in every measure is no
    finance line."""
    return len({v.where for v in values if v.register == "finance"})


def _f(register: str, month: date, line: str, column: str, value: object) -> ValueFact:
    return ValueFact(register, (month, line), column, value)


def de_datev_hallenbad_plan_ist(folder: Path, rng: random.Random) -> Built:
    """German swimming pool: Kostenstelle, Monat (mm.yyyy cells), Plan / Ist / Prognose as
    `12.345,00` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kostencontrolling")
    ws["A1"] = "Sanierung Hallenbad Lindenau - Kostencontrolling"
    ws["A2"] = "Währung: EUR"
    _put(ws, 4, 1, [["Kostenstelle", "Monat", "Plan", "Ist", "Prognose"]])
    lines = rng.sample(["Rohbau", "Badewassertechnik", "Lüftung", "Fliesen", "Planung"], 3)
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line in lines:
        for m, month in enumerate(months):
            plan = rng.randrange(2000, 90000) + rng.choice([0, 0.5, 0.25])
            cells: list[object] = [line, month, _grouped(plan, ".", ",")]
            values.append(_f("finance", month, line, "budget", plan))
            if m < closed:
                ist = round(plan * rng.uniform(0.8, 1.2), 2)
                cells += [_grouped(ist, ".", ","), None]
                values.append(_f("finance", month, line, "actual", ist))
            else:
                fc = round(plan * rng.uniform(0.95, 1.1), 2)
                cells += [None, _grouped(fc, ".", ",")]
                values.append(_f("finance", month, line, "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "mm.yyyy"
            row += 1
    targets: Targets = _cols("A", ["cost_line", "month", "budget", "actual", "forecast"])
    path = _save(wb, folder, "de_datev_hallenbad_plan_ist")
    table = TruthTable("Kostencontrolling", 4, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def fr_cegid_gare_maritime_export(folder: Path, rng: random.Random) -> Built:
    """French ferry terminal: `Période` text 01/2026, `Poste`, amounts `12 345,00` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Gare maritime de Roscoff - suivi budgétaire"
    ws["A2"] = "Devise : EUR"
    _put(ws, 4, 1, [["Période", "Poste", "Budget", "Réalisé", "Prévision"]])
    lines = rng.sample(["Gros oeuvre", "Passerelle", "Électricité", "Honoraires"], 3)
    months = _months(date(2026, 1, 1), rng.randint(3, 6))
    closed = rng.randint(1, len(months))
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = float(rng.randrange(100, 5000) * 10)
            cells: list[object] = [f"{month.month:02d}/{month.year}", line, _grouped(b, " ", ",")]
            values.append(_f("finance", month, line, "budget", b))
            if m < closed:
                a = round(b * rng.uniform(0.7, 1.2), 2)
                cells += [_grouped(a, " ", ","), None]
                values.append(_f("finance", month, line, "actual", a))
            else:
                p = round(b * rng.uniform(0.9, 1.1))
                cells += [None, _grouped(p, " ", ",")]
                values.append(_f("finance", month, line, "forecast", float(p)))
            _put(ws, row, 1, [cells])
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast"])
    path = _save(wb, folder, "fr_cegid_gare_maritime_export")
    table = TruthTable("Export", 4, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def uk_freeagent_sports_hall_sheets(folder: Path, rng: random.Random) -> Built:
    """UK sports hall: sheets Budget and Actuals, months across `Apr 26` text, `£12k`
    text, a Total column and row."""
    wb = openpyxl.Workbook()
    lines = rng.sample(["Groundworks", "Steel frame", "Sports floor", "M&E", "Fees"], 4)
    months = _months(date(2026, 4, 1), 6)
    closed = rng.randint(2, 5)
    labels = [f"{MONTHS[m.month - 1]} {m.year % 100}" for m in months]
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    tables = []
    for s, (sheet, measure) in enumerate((("Budget", "budget"), ("Actuals", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Harlow Leisure Centre Sports Hall - {sheet} 2026/27 (GBP)"
        _put(ws, 3, 1, [["Cost line", *labels, "Total"]])
        tot = [0] * len(months)
        for r, line in enumerate(lines):
            ks = [rng.randint(2, 60) for _ in months]
            if measure == "actual":
                ks = [k if m < closed else 0 for m, k in enumerate(ks)]
            tot = [a + b for a, b in zip(tot, ks, strict=True)]
            cells = [f"£{k}k" if k else None for k in ks]
            _put(ws, 4 + r, 1, [[line, *cells, f"£{sum(ks)}k"]])
            for month, k in zip(months, ks, strict=True):
                if k:
                    values.append(_f("finance", month, line, measure, k * 1000.0))
        _put(ws, 4 + len(lines), 1, [["Total", *[f"£{t}k" for t in tot], f"£{sum(tot)}k"]])
        counts = {"finance": _pairs(values)} if s == 0 else {}
        tables.append(TruthTable(sheet, 3, "finance", {"A": "cost_line", "H": None}, counts))
    path = _save(wb, folder, "uk_freeagent_sports_hall_sheets")
    return Built(path, tables, values)


def no_tripletex_cold_store_long(folder: Path, rng: random.Random) -> Built:
    """Norwegian cold store: Periode (yyyy-mm cells), Konto, Budsjett, Regnskap with credit
    notes as `(1,200)` text, NOK in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Prosjektregnskap")
    ws["A1"] = "Kjølelager Ålesund - prosjektregnskap (NOK)"
    _put(ws, 3, 1, [["Periode", "Konto", "Budsjett", "Regnskap"]])
    lines = rng.sample(["4000 Bygg", "4100 Kjøleanlegg", "4300 Elektro", "6700 Rådgivning"], 3)
    months = _months(date(2025, rng.randint(9, 12), 1), rng.randint(3, 5))
    # NOK is not on the standards' currency list: no currency fact (audit, round 32)
    values: list[ValueFact] = []
    row = 4
    for month in months:
        for line in lines:
            b = float(rng.randrange(20, 800) * 1000)
            a = float(round(b * rng.uniform(0.6, 1.3), -2))
            shown: object = a
            if rng.random() < 0.15:
                a = -float(rng.randrange(5, 40) * 100)
                shown = f"({-a:,.0f})"
            _put(ws, row, 1, [[month, line, b, shown]])
            ws.cell(row, 1).number_format = "yyyy-mm"
            ws.cell(row, 3).number_format = "#,##0"
            if isinstance(shown, float):
                ws.cell(row, 4).number_format = "#,##0"
            values += [_f("finance", month, line, "budget", b)]
            values += [_f("finance", month, line, "actual", a)]
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual"])
    path = _save(wb, folder, "no_tripletex_cold_store_long")
    table = TruthTable("Prosjektregnskap", 3, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def nl_exact_greenhouse_measure_rows(folder: Path, rng: random.Random) -> Built:
    """Dutch greenhouse: cost line and Measure per row, month date cells across `mmm-yy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Kas Westland fase 2 - budget vs actual"
    ws["A2"] = "Currency: EUR"
    months = _months(date(2026, rng.randint(1, 3), 1), 6)
    closed = rng.randint(1, 4)
    _put(ws, 4, 1, [["Cost line", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(["Glass and frame", "Heating", "LED lighting", "Irrigation"], 3)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for line in lines:
        for measure in ("Budget", "Actual", "Forecast"):
            cells: list[object] = [line, measure]
            for m, month in enumerate(months):
                if (measure == "Actual" and m >= closed) or (measure == "Forecast" and m < closed):
                    cells.append(None)
                    continue
                v = float(rng.randrange(5, 120) * 250)
                cells.append(v)
                values.append(_f("finance", month, line, measure.lower(), v))
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "nl_exact_greenhouse_measure_rows")
    table = TruthTable("Budget vs Actual", 4, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def us_harvest_car_park_actuals(folder: Path, rng: random.Random) -> Built:
    """US parking structure: Task down, months across `Jan 2026` text, actuals as `1.2k`
    text, a `Budget (total)` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend by task")
    ws["A1"] = "Elm Street Parking Structure - spend by task (USD)"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    labels = [f"{MONTHS[m.month - 1]} {m.year}" for m in months]
    _put(ws, 3, 1, [["Task", "Budget (total)", *labels]])
    lines = rng.sample(["Design", "Permitting", "Precast decks", "Ramps", "Lighting"], 4)
    values = [ValueFact("project", 0, "currency", "USD")]
    for r, line in enumerate(lines):
        ks = [rng.choice([0, *range(3, 90)]) / 10 for _ in months]
        cells: list[object] = [line, rng.randrange(50, 400) * 1000.0]
        cells += [f"{k:.1f}k" if k else None for k in ks]
        _put(ws, 4 + r, 1, [cells])
        ws.cell(4 + r, 2).number_format = "#,##0"
        for month, k in zip(months, ks, strict=True):
            if k:
                values.append(_f("finance", month, line, "actual", round(k * 1000, 2)))
    path = _save(wb, folder, "us_harvest_car_park_actuals")
    table = TruthTable("Spend by task", 3, "finance", {"A": "cost_line", "B": ("budget", None)},
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def ch_bexio_lift_replacement(folder: Path, rng: random.Random) -> Built:
    """Swiss lift replacement: Monat text `Jan 2026`, Position, Budget / Ist / Forecast CHF
    as `1'234.50` text, a Bemerkung note."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kosten")
    ws["A1"] = "Ersatz Personenaufzug Haus B, Winterthur"
    head = ["Monat", "Position", "Budget CHF", "Ist CHF", "Forecast CHF", "Bemerkung"]
    _put(ws, 3, 1, [head])
    lines = rng.sample(["Aufzugsanlage", "Baumeister", "Elektro", "Honorare"], 3)
    notes = ["Teilrechnung 1", "Nachtrag offen", "Skonto abgezogen", "inkl. Gerüst"]
    months = _months(date(2026, rng.randint(2, 5), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    values = [ValueFact("project", 0, "currency", "CHF")]
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            b = rng.randrange(1000, 60000) + 0.5 * rng.randint(0, 1)
            cells: list[object] = [f"{MONTHS[month.month - 1]} {month.year}", line]
            cells.append(_grouped(b, "'", "."))
            values.append(_f("finance", month, line, "budget", b))
            if m < closed:
                a = round(b * rng.uniform(0.8, 1.15), 2)
                cells += [_grouped(a, "'", "."), None]
                values.append(_f("finance", month, line, "actual", a))
            else:
                fc = round(b * rng.uniform(0.95, 1.1), 2)
                cells += [None, _grouped(fc, "'", ".")]
                values.append(_f("finance", month, line, "forecast", fc))
            if rng.random() < 0.3:
                note = rng.choice(notes)
                cells.append(note)
                values.append(_f("finance", month, line, "notes", note))
            _put(ws, row, 1, [cells])
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    path = _save(wb, folder, "ch_bexio_lift_replacement")
    table = TruthTable("Kosten", 3, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def dk_economic_school_kitchen_ytd(folder: Path, rng: random.Random) -> Built:
    """Danish school kitchen: Budget / Faktisk blocks of month cells `mmm yy`, cost lines
    down, a cumulative `YTD faktisk` column, DKK."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budgetopfølgning")
    ws["A1"] = "Produktionskøkken Skolen ved Søerne - budgetopfølgning (DKK)"
    nm = rng.randint(3, 5)
    months = _months(date(2026, 1, 1), nm)
    closed = rng.randint(1, nm)
    ws.cell(3, 2, "Budget")
    ws.cell(3, 2 + nm, "Faktisk")
    ws.cell(4, 1, "Omkostning")
    for b in range(2):
        for m, month in enumerate(months):
            ws.cell(4, 2 + b * nm + m, month).number_format = "mmm yy"
    ws.cell(4, 2 + 2 * nm, "YTD faktisk")
    lines = rng.sample(["Køkkenudstyr", "Ventilation", "VVS", "Gulve", "Rådgivning"], 3)
    # DKK is not on the standards' currency list: no currency fact (audit, round 32)
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        ytd = 0.0
        for m, month in enumerate(months):
            b = float(rng.randrange(10, 300) * 1000)
            ws.cell(5 + r, 2 + m, b).number_format = "#,##0"
            values.append(_f("finance", month, line, "budget", b))
            if m < closed:
                a = float(round(b * rng.uniform(0.7, 1.25), -2))
                ytd += a
                ws.cell(5 + r, 2 + nm + m, a).number_format = "#,##0"
                values.append(_f("finance", month, line, "actual", a))
        ws.cell(5 + r, 2 + 2 * nm, ytd).number_format = "#,##0"
    from openpyxl.utils import get_column_letter

    path = _save(wb, folder, "dk_economic_school_kitchen_ytd")
    table = TruthTable("Budgetopfølgning", 4, "finance",
                       {"A": "cost_line", get_column_letter(2 + 2 * nm): None},
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def es_holded_ferry_quay_notes(folder: Path, rng: random.Random) -> Built:
    """Spanish ferry quay: Mes (mm/yyyy cells), Partida, Presupuesto, Real, Previsión, Notas."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seguimiento")
    ws["A1"] = "Muelle de ferris de Algeciras - seguimiento económico"
    ws["A2"] = "Moneda: EUR"
    head = ["Mes", "Partida", "Presupuesto", "Real", "Previsión", "Notas"]
    _put(ws, 4, 1, [head])
    lines = rng.sample(["Pilotaje", "Rampa ro-ro", "Defensas", "Dirección de obra"], 3)
    notes = ["Certificación n.º 3", "Pendiente de factura", "Revisión de precios"]
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = float(rng.randrange(50, 900) * 500)
            cells: list[object] = [month, line, b]
            values.append(_f("finance", month, line, "budget", b))
            if m < closed:
                a = round(b * rng.uniform(0.75, 1.2), 2)
                cells += [a, None]
                values.append(_f("finance", month, line, "actual", a))
            else:
                fc = float(round(b * rng.uniform(0.9, 1.15), -2))
                cells += [None, fc]
                values.append(_f("finance", month, line, "forecast", fc))
            if rng.random() < 0.35:
                note = rng.choice(notes)
                cells.append(note)
                values.append(_f("finance", month, line, "notes", note))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    path = _save(wb, folder, "es_holded_ferry_quay_notes")
    table = TruthTable("Seguimiento", 4, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def se_fortnox_bandstand_months_down(folder: Path, rng: random.Random) -> Built:
    """Swedish bandstand: months as rows (yyyy-mm cells), cost lines across as columns of
    actual spend, `Belopp i SEK`, a `Summa` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Utfall")
    ws["A1"] = "Restaurering av musikpaviljongen i Slottsparken, Malmö - utfall per månad"
    ws["A2"] = "Belopp i SEK"
    lines = rng.sample(["Snickeri", "Målning", "Plåt", "Belysning", "Arkitekt"], 4)
    _put(ws, 4, 1, [["Månad", *lines, "Summa"]])
    months = _months(date(2026, rng.randint(3, 6), 1), rng.randint(4, 6))
    # SEK is not on the standards' currency list: no currency fact (audit, round 32)
    values: list[ValueFact] = []
    for r, month in enumerate(months):
        amounts = [float(rng.choice([0, *range(2, 80)]) * 1000) for _ in lines]
        _put(ws, 5 + r, 1, [[month, *[a or None for a in amounts], sum(amounts)]])
        ws.cell(5 + r, 1).number_format = "yyyy-mm"
        for line, a in zip(lines, amounts, strict=True):
            if a:
                values.append(_f("finance", month, line, "actual", a))
    path = _save(wb, folder, "se_fortnox_bandstand_months_down")
    table = TruthTable("Utfall", 4, "finance", {"A": "month", "F": None},
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


#: The sheet's `Capex` / `Opex` words as the standards' capex_opex list spells them.
CAPEX_OPEX = {"Capex": "CapEx", "Opex": "OpEx"}


def ie_kimble_fit_out_forecast(folder: Path, rng: random.Random) -> Built:
    """Irish office fit-out: Cost line, Capex/Opex, month cells `mmm-yy` of forecast, a
    Cumulative row under each line, EUR."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Grand Canal Dock office fit-out - cost forecast (EUR)"
    months = _months(date(2026, rng.randint(5, 9), 1), 6)
    _put(ws, 3, 1, [["Cost line", "Capex/Opex", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    pool = [("Partitions", "Capex"), ("Furniture", "Capex"), ("AV equipment", "Capex")]
    pool += [("Temporary desks", "Opex"), ("Move management", "Opex")]
    chosen = rng.sample(pool, 3)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for line, kind in chosen:
        amounts = [float(rng.randrange(0 if m else 1, 60) * 500) for m in range(len(months))]
        run = 0.0
        cum = []
        for a in amounts:
            run += a
            cum.append(run)
        _put(ws, row, 1, [[line, kind, *[a or None for a in amounts]]])
        _put(ws, row + 1, 1, [["Cumulative", None, *cum]])
        for month, a in zip(months, amounts, strict=True):
            if a:  # the line's CapEx / OpEx on each of its items (audit, round 32)
                values.append(_f("finance", month, line, "capex_opex", CAPEX_OPEX[kind]))
                values.append(_f("finance", month, line, "forecast", a))
        row += 2
    path = _save(wb, folder, "ie_kimble_fit_out_forecast")
    table = TruthTable("Forecast", 3, "finance", {"A": "cost_line", "B": "capex_opex"},
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


def uk_bp_allotment_pavilion_accruals(folder: Path, rng: random.Random) -> Built:
    """UK allotment pavilion: Month (mmm-yy cells), Cost line, Budget, Actual, Accrual,
    Forecast as `1,234.50` text, GBP."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Meadow Lane Allotments Pavilion - finance tracker"
    ws["A2"] = "All figures GBP"
    head = ["Month", "Cost line", "Budget", "Actual", "Accrual", "Forecast"]
    _put(ws, 4, 1, [head])
    lines = rng.sample(["Timber frame", "Roofing", "Drainage", "Solar PV", "Design fees"], 3)
    months = _months(date(2026, rng.randint(4, 8), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    values = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = rng.randrange(500, 15000) + rng.choice([0, 0.5])
            cells: list[object] = [month, line, f"{b:,.2f}"]
            values.append(_f("finance", month, line, "budget", b))
            if m < closed:
                a = round(b * rng.uniform(0.5, 1.0), 2)
                acc = round(b * rng.uniform(0.0, 0.3), 2)
                cells += [f"{a:,.2f}", f"{acc:,.2f}" if acc else None, None]
                values.append(_f("finance", month, line, "actual", a))
            else:
                fc = round(b * rng.uniform(0.95, 1.1), 2)
                cells += [None, None, f"{fc:,.2f}"]
                values.append(_f("finance", month, line, "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
    # `Accrual` left out beside `Actual`, not folded into it (audit, round 32)
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    targets |= {"F": "forecast"}
    path = _save(wb, folder, "uk_bp_allotment_pavilion_accruals")
    table = TruthTable("Tracker", 4, "finance", targets,
                       {"finance": _pairs(values)})  # fmt: skip
    return Built(path, [table], values)


HELD_OUT_59: tuple[Layout, ...] = (
    Layout("de_datev_hallenbad_plan_ist",
           "German swimming pool cost control (Plan / Ist / Prognose, 12.345,00 text)",
           de_datev_hallenbad_plan_ist),
    Layout("fr_cegid_gare_maritime_export",
           "French ferry terminal export (Période 01/2026 text, 12 345,00 text)",
           fr_cegid_gare_maritime_export),
    Layout("uk_freeagent_sports_hall_sheets",
           "UK sports hall Budget and Actuals sheets (Apr 26 text, £12k, totals)",
           uk_freeagent_sports_hall_sheets),
    Layout("no_tripletex_cold_store_long",
           "Norwegian cold store ledger (Periode yyyy-mm, Budsjett / Regnskap, (1,200))",
           no_tripletex_cold_store_long),
    Layout("nl_exact_greenhouse_measure_rows",
           "Dutch greenhouse measure rows, month cells across (mmm-yy)",
           nl_exact_greenhouse_measure_rows),
    Layout("us_harvest_car_park_actuals",
           "US parking structure spend by task (1.2k text, total budget column)",
           us_harvest_car_park_actuals),
    Layout("ch_bexio_lift_replacement",
           "Swiss lift replacement (1'234.50 text, CHF headers, Bemerkung)",
           ch_bexio_lift_replacement),
    Layout("dk_economic_school_kitchen_ytd",
           "Danish school kitchen Budget / Faktisk blocks, YTD faktisk column",
           dk_economic_school_kitchen_ytd),
    Layout("es_holded_ferry_quay_notes",
           "Spanish ferry quay long table with Notas",
           es_holded_ferry_quay_notes),
    Layout("se_fortnox_bandstand_months_down",
           "Swedish bandstand actuals, months down and cost lines across",
           se_fortnox_bandstand_months_down),
    Layout("ie_kimble_fit_out_forecast",
           "Irish fit-out forecast with Capex/Opex and Cumulative rows",
           ie_kimble_fit_out_forecast),
    Layout("uk_bp_allotment_pavilion_accruals",
           "UK allotment pavilion tracker (1,234.50 text, Accrual column)",
           uk_bp_allotment_pavilion_accruals),
)  # fmt: skip
