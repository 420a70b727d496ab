"""The sixty-first held-out batch (``HELD_OUT_61``, round 33): twelve seeded legacy finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is FINANCE
TRACKERS OF EVERY SHAPE (the task overrides the usual six registers and six trackers: all
twelve are finance trackers), the workbooks a PMO receives as a project's finance tracker
from accountants, cost controllers, quantity surveyors and finance business partners, some
exported from finance tools (SAP Business One, IFS, Infor, Epicor, Sage 300, CostX), in
Vietnam, Iceland, Estonia, Peru, Morocco, Croatia, Slovenia, Namibia and Uruguay, in sectors
no earlier batch's docstring names (a dragon fruit packhouse, a geyser visitor centre, an
oil shale retort, a mining camp, a pisco bodega, an argan cooperative, a cruise terminal,
thermal baths, an eco-lodge, a pulp mill rail siding, a container port berth, a phosphate
washing plant).

Trackers (all finance):

- ``vn_sapb1_dragon_fruit_budget_actual``: a Vietnamese dragon fruit packhouse's SAP Business One export:
  `Currency: USD`, a two-row header (month date cells shown `mmm-yy` over `Budget` /
  `Actual` pairs), `Cost line` down, actuals for closed months only, a `Total` column.
- ``is_geyser_centre_measure_rows``: an Icelandic geyser visitor centre's tracker in ISK:
  `Cost line` and `Measure` (Budget / Actual / Forecast) rows, month date cells across
  shown `mmm-yy`; actuals blank for open months, forecasts blank for closed ones.
- ``ee_oil_shale_ifs_long``: an Estonian oil shale retort upgrade's IFS export as one long
  table (EUR in the title): `Period` text `2026-03`, `Project activity`, `Cost element`
  (standard category words), `Budget`, `Committed`, `Actual`, `Forecast`.
- ``pe_mining_camp_infor_actuals_down``: a Peruvian mining camp's Infor actual cost export:
  `Actual cost by month (USD)`, months down as date cells shown `dd/mm/yyyy` (first of the
  month), cost lines across, a `Cumulative` column and a `Total` row.
- ``pe_pisco_bodega_soles``: a Peruvian pisco bodega's hand-kept tracker in Spanish: `Mes`
  (date cells shown `mmm-yy`), `Partida`, `Presupuesto`, `Real`, `Proyección`, money as
  text `S/ 12,500.00`, `Observaciones` notes.
- ``ma_argan_coop_french_blocks``: a Moroccan argan cooperative's tracker in French (MAD):
  `Poste`, group labels `Budget` / `Réalisé` each over six month date cells shown
  `mmm-yy`, realised for closed months only.
- ``hr_cruise_terminal_costx_report``: a Croatian cruise terminal's quantity surveyor cost
  report (`All figures in EUR`): `Element`, `Contract sum`, monthly period valuations
  under `Actual cost (period)` over month date cells, `Certified to date`, `Forecast final
  cost`.
- ``si_thermal_baths_sheet_per_month``: a Slovenian thermal baths refurbishment: one sheet
  per month (`Jan 2026`, `Feb 2026` ..), each `Cost line`, `Budget`, `Actual`,
  `Forecast` with money as text `12.345,00 €`, `Variance` column.
- ``na_eco_lodge_sage300_periods``: a Namibian eco-lodge's Sage 300 export (NAD): period
  headers `P01 Mar 2026` .. across, `Account` / `Description` down, a `Type` column
  Budget / Actual.
- ``uy_pulp_siding_epicor_measure``: a Uruguayan pulp mill rail siding's Epicor export
  (`Currency: USD`): `Fiscal Period` date cells, `Cost Code`, `Type` (Budget / Actual /
  Forecast / Commitment), `Amount`.
- ``vn_port_berth_cashflow_vnd``: a Vietnamese container berth contractor's cash flow in
  VND millions: a line and `Planned` / `Actual` / `Cum. planned` / `Cum. actual` rows, month
  date cells across.
- ``ma_phosphate_fbp_monthly_pack``: a Moroccan phosphate washing plant's finance business
  partner pack (MAD thousands): cost lines down, monthly actuals across as date cells, `FY
  budget`, `YTD actual`, `YTD budget`, `Full-year forecast`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- `Committed` (orders placed, not spent), the Epicor `Commitment` rows: left out, no fact;
- the cost report's `Actual cost (period)` valuations are the month's actual (the group
  label says so); `Contract sum`, `Certified to date` and `Forecast final cost` (totals
  over the whole job, no month): left out;
- cumulative columns and rows (`Cumulative`, `Cum. planned`, `Cum. actual`, `YTD actual`,
  `YTD budget`), `Total` columns and rows, `Variance`: no fact;
- the pack's `FY budget` and `Full-year forecast` (one figure for the year, not a month's):
  no budget or forecast fact; its monthly actuals are facts;
- the cash flow's `Planned` row is the month's budget (a time-phased plan, as a PV is);
- currencies the standards' list does not hold (ISK, PEN, MAD, NAD, VND): no currency fact;
  USD and EUR named in a title or a `Currency:` line are the currency;
- the Sage 300 headers `P01 Mar 2026` name their month: facts on that month;
- the IFS `Cost element` in the standard's words (Labour, Contractors, Hardware, Services)
  is the category;
- notes (`Observaciones`) are notes facts where written.

Readings used: months are date cells (first of the month) or text naming year and month;
money cells are values, text money is read as the number it shows. Written and checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.

Audit, round 33 (docs/adopt.md, "Round 33: the sixty-first batch's truth audited"), by an
engineer who does not tune: the capex pack's monthly actuals are times 1,000 (`MAD
thousands` in its unit line) and the cash flow's planned and actual months times 1,000,000
(`VND million` in its title), as the truth has read a unit stated once since round 11
(`£'000`, `USD '000`, `($ in thousands)`); the thermal baths gain the project's currency
EUR (`€` on every amount, as `£12.5k` on every amount gave GBP); the SAP export's `Total`
column is formatted `#,##0` as its lines are (a writer's slip; no draw changes). Looked at
and left: the readings listed above.
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

Data = dict[tuple[date, str], dict[str, float]]


def _facts(data: Data) -> list[ValueFact]:
    return [
        ValueFact("finance", key, measure, amount)
        for key, measures in data.items()
        for measure, amount in measures.items()
    ]


def _money(rng: random.Random, lo: int, hi: int, step: int = 100) -> float:
    return float(rng.randrange(lo, hi, step))


def _fin(sheet: str, row: int, targets: Targets, data: Data) -> TruthTable:
    return TruthTable(sheet, row, "finance", targets, {"finance": len(data)})


# ---------------------------------------------------------------------------------------


PACKHOUSE_LINES = ["Grading line", "Cold rooms", "Vapour heat treatment", "Warehouse racking"]
PACKHOUSE_LINES += ["Commissioning labour"]


def vn_sapb1_dragon_fruit_budget_actual(folder: Path, rng: random.Random) -> Built:
    """Month date cells over `Budget` / `Actual` pairs, `Currency: USD`, a `Total` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Binh Thuan Dragon Fruit Packhouse Expansion - Budget vs Actual (SAP Business One)"
    ws["A2"] = "Currency: USD"
    months = _months(date(2026, rng.randint(1, 4), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    ws.cell(4, 1, "Cost line")
    for m, month in enumerate(months):
        ws.cell(4, 2 + 2 * m, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=2 + 2 * m, end_row=4, end_column=3 + 2 * m)
        ws.cell(5, 2 + 2 * m, "Budget")
        ws.cell(5, 3 + 2 * m, "Actual")
    ws.cell(4, 2 + 2 * len(months), "Total")
    data: Data = {}
    for r, line in enumerate(rng.sample(PACKHOUSE_LINES, rng.randint(3, 5))):
        ws.cell(6 + r, 1, line)
        total = 0.0
        for m, month in enumerate(months):
            bud = _money(rng, 2000, 60000)
            ws.cell(6 + r, 2 + 2 * m, bud).number_format = "#,##0"
            data[(month, line)] = {"budget": bud}
            total += bud
            if m < closed:
                act = _money(rng, 1500, 65000)
                ws.cell(6 + r, 3 + 2 * m, act).number_format = "#,##0"
                data[(month, line)]["actual"] = act
        ws.cell(6 + r, 2 + 2 * len(months), total).number_format = "#,##0"
    path = _save(wb, folder, "vn_sapb1_dragon_fruit_budget_actual")
    values = [ValueFact("project", 0, "currency", "USD"), *_facts(data)]
    return Built(path, [_fin("Budget vs Actual", 5, {"A": "cost_line"}, data)], values)


GEYSER_LINES = ["Boardwalks", "Exhibition fit-out", "Car park", "Cafe kitchen", "Design fees"]


def is_geyser_centre_measure_rows(folder: Path, rng: random.Random) -> Built:
    """`Cost line` / `Measure` rows, month date cells across, amounts in ISK."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Haukadalur Geyser Visitor Centre - finance tracker (ISK)"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 4)
    _put(ws, 3, 1, [["Cost line", "Measure", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm-yy"
    data: Data = {}
    row = 4
    for line in rng.sample(GEYSER_LINES, rng.randint(3, 4)):
        for measure in ("Budget", "Actual", "Forecast"):
            cells: list[object] = [line, measure]
            for m, month in enumerate(months):
                if (measure == "Actual" and m >= closed) or (measure == "Forecast" and m < closed):
                    cells.append(None)
                    continue
                amount = float(rng.randrange(5, 400) * 10000)
                cells.append(amount)
                data.setdefault((month, line), {})[measure.lower()] = amount
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "is_geyser_centre_measure_rows")
    table = _fin("Tracker", 3, {"A": "cost_line", "B": "measure"}, data)
    return Built(path, [table], _facts(data))


OIL_SHALE_LINES = [
    ("Retort refractory relining", "Contractors"),
    ("Control system migration", "Software"),
    ("Site engineering team", "Labour"),
    ("Dust filter units", "Hardware"),
    ("Inspection and testing", "Services"),
]


def ee_oil_shale_ifs_long(folder: Path, rng: random.Random) -> Built:
    """One long table: `Period` text `2026-03`, activity, standard cost element, `Budget`,
    `Committed`, `Actual`, `Forecast`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project Cost")
    ws["A1"] = "Narva Retort Upgrade - project cost by period (EUR)"
    head = ["Period", "Project activity", "Cost element", "Budget", "Committed", "Actual"]
    _put(ws, 3, 1, [[*head, "Forecast"]])
    months = _months(date(2026, rng.randint(2, 5), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(OIL_SHALE_LINES, 3)
    data: Data = {}
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for m, month in enumerate(months):
        for line, element in lines:
            bud = _money(rng, 5000, 90000)
            act = _money(rng, 4000, 95000) if m < closed else None
            fc = None if m < closed else _money(rng, 5000, 95000)
            cells = [f"{month.year}-{month.month:02d}", line, element, bud]
            _put(ws, row, 1, [[*cells, round(bud * 1.1, -2), act, fc]])
            data[(month, line)] = {"budget": bud}
            if act is not None:
                data[(month, line)]["actual"] = act
            if fc is not None:
                data[(month, line)]["forecast"] = fc
            values.append(ValueFact("finance", (month, line), "category", element))
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "category", "budget", None])
    targets |= {"F": "actual", "G": "forecast"}
    path = _save(wb, folder, "ee_oil_shale_ifs_long")
    return Built(path, [_fin("Project Cost", 3, targets, data)], values + _facts(data))


CAMP_LINES = ["Catering", "Camp power", "Water treatment", "Security", "Bus transport"]


def pe_mining_camp_infor_actuals_down(folder: Path, rng: random.Random) -> Built:
    """Months down as date cells, cost lines across, actuals only, `Cumulative` column,
    `Total` row, `(USD)` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Campamento Quellaveco Norte - Actual cost by month (USD)"
    ws["A2"] = "Source: Infor LN, extracted by cost control"
    lines = rng.sample(CAMP_LINES, rng.randint(3, 5))
    _put(ws, 4, 1, [["Month", *lines, "Cumulative"]])
    months = _months(date(2025, rng.randint(9, 12), 1), rng.randint(4, 7))
    data: Data = {}
    cum = 0.0
    sums = [0.0] * len(lines)
    for m, month in enumerate(months):
        amounts = [_money(rng, 3000, 80000, 50) for _ in lines]
        cum += sum(amounts)
        sums = [a + b for a, b in zip(sums, amounts, strict=True)]
        _put(ws, 5 + m, 1, [[month, *amounts, cum]])
        ws.cell(5 + m, 1).number_format = "dd/mm/yyyy"
        for line, amount in zip(lines, amounts, strict=True):
            data[(month, line)] = {"actual": amount}
    _put(ws, 5 + len(months), 1, [["Total", *sums, cum]])
    path = _save(wb, folder, "pe_mining_camp_infor_actuals_down")
    targets: Targets = {"A": "month"}
    values = [ValueFact("project", 0, "currency", "USD"), *_facts(data)]
    return Built(path, [_fin("Actuals", 4, targets, data)], values)


PISCO_LINES = ["Alambiques de cobre", "Bodega de guarda", "Sala de envasado", "Mano de obra"]
PISCO_NOTES = ["Pago adelantado 30%", "Factura pendiente", "Incluye flete desde Lima"]


def _soles(x: float) -> str:
    return f"S/ {x:,.2f}"


def pe_pisco_bodega_soles(folder: Path, rng: random.Random) -> Built:
    """Spanish long table, money as text `S/ 12,500.00`, notes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Control de costos")
    ws["A1"] = "Bodega Santa Rosa, Ica - Ampliación de la destilería"
    _put(ws, 3, 1, [["Mes", "Partida", "Presupuesto", "Real", "Proyección", "Observaciones"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(PISCO_LINES, 3)
    data: Data = {}
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            bud = _money(rng, 2000, 40000, 50)
            data[(month, line)] = {"budget": bud}
            cells: list[object] = [month, line, _soles(bud)]
            if m < closed:
                act = _money(rng, 2000, 42000, 10)
                data[(month, line)]["actual"] = act
                cells += [_soles(act), None]
            else:
                fc = _money(rng, 2000, 42000, 50)
                data[(month, line)]["forecast"] = fc
                cells += [None, _soles(fc)]
            note = rng.choice(PISCO_NOTES) if rng.random() < 0.3 else None
            if note:
                values.append(ValueFact("finance", (month, line), "notes", note))
            _put(ws, row, 1, [[*cells, note]])
            ws.cell(row, 1).number_format = "mmm-yy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", "notes"])
    path = _save(wb, folder, "pe_pisco_bodega_soles")
    return Built(path, [_fin("Control de costos", 3, targets, data)], values + _facts(data))


ARGAN_LINES = ["Presses mécaniques", "Bâtiment de séchage", "Formation des adhérentes"]
ARGAN_LINES += ["Emballage", "Certification bio"]


def ma_argan_coop_french_blocks(folder: Path, rng: random.Random) -> Built:
    """French group labels `Budget` / `Réalisé` over month date cells, MAD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budgétaire")
    ws["A1"] = "Coopérative Tighanimine, Essaouira - suivi budgétaire du projet (MAD)"
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 5)
    ws.cell(4, 1, "Poste")
    for b, label in enumerate(["Budget", "Réalisé"]):
        ws.cell(3, 2 + 6 * b, label)
        for m, month in enumerate(months):
            ws.cell(4, 2 + 6 * b + m, month).number_format = "mmm-yy"
    data: Data = {}
    for r, line in enumerate(rng.sample(ARGAN_LINES, rng.randint(3, 5))):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            bud = _money(rng, 5000, 120000, 500)
            ws.cell(5 + r, 2 + m, bud)
            data[(month, line)] = {"budget": bud}
            if m < closed:
                act = _money(rng, 4000, 125000, 10)
                ws.cell(5 + r, 8 + m, act)
                data[(month, line)]["actual"] = act
    path = _save(wb, folder, "ma_argan_coop_french_blocks")
    return Built(path, [_fin("Suivi budgétaire", 4, {"A": "cost_line"}, data)], _facts(data))


TERMINAL_ELEMENTS = ["Substructure", "Frame", "Envelope", "Passenger bridges"]
TERMINAL_ELEMENTS += ["Services installations", "External works"]


def hr_cruise_terminal_costx_report(folder: Path, rng: random.Random) -> Built:
    """QS cost report: `Contract sum`, period valuations under `Actual cost (period)`,
    `Certified to date`, `Forecast final cost`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Gruž Cruise Terminal, Dubrovnik - Cost Report No. 6 (CostX)"
    ws["A2"] = "All figures in EUR, excluding VAT"
    months = _months(date(2026, rng.randint(1, 3), 1), rng.randint(3, 5))
    ws.cell(4, 3, "Actual cost (period)")
    _put(ws, 5, 1, [["Element", "Contract sum", *months, "Certified to date"]])
    ws.cell(5, 3 + len(months), "Certified to date")
    ws.cell(5, 4 + len(months), "Forecast final cost")
    for c in range(3, 3 + len(months)):
        ws.cell(5, c).number_format = "mmm yyyy"
    data: Data = {}
    elements = rng.sample(TERMINAL_ELEMENTS, rng.randint(4, 6))
    for r, el in enumerate(elements):
        contract = float(rng.randrange(200, 2500) * 1000)
        vals = [_money(rng, 5000, 150000) for _ in months]
        ffc = round(contract * rng.uniform(0.97, 1.08), -3)
        _put(ws, 6 + r, 1, [[el, contract, *vals, sum(vals), ffc]])
        for month, v in zip(months, vals, strict=True):
            data[(month, el)] = {"actual": v}
    path = _save(wb, folder, "hr_cruise_terminal_costx_report")
    values = [ValueFact("project", 0, "currency", "EUR"), *_facts(data)]
    return Built(path, [_fin("Cost Report", 5, {"A": "cost_line", "B": None}, data)], values)


BATHS_LINES = ["Pool basins", "Saunas", "Heat exchangers", "Changing rooms", "Landscaping"]


def _eur_text(x: float) -> str:
    whole = f"{int(x):,}".replace(",", ".")
    return f"{whole},{round(x * 100) % 100:02d} €"


def si_thermal_baths_sheet_per_month(folder: Path, rng: random.Random) -> Built:
    """One sheet per month, `12.345,00 €` text money, a `Variance` column."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(BATHS_LINES, 3)
    data: Data = {}
    tables = []
    for m, month in enumerate(months):
        name = f"{month:%b} {month.year}"
        ws = wb.create_sheet(name)
        ws["A1"] = f"Terme Olimia - prenova bazenov - {name}"
        _put(ws, 3, 1, [["Cost line", "Budget", "Actual", "Forecast", "Variance"]])
        for r, line in enumerate(lines):
            bud = _money(rng, 3000, 70000, 50) + rng.choice([0, 0.5])
            data[(month, line)] = {"budget": bud}
            if m < closed:
                act = _money(rng, 3000, 72000, 10)
                data[(month, line)]["actual"] = act
                cells = [line, _eur_text(bud), _eur_text(act), None, _eur_text(bud - act)]
            else:
                fc = _money(rng, 3000, 72000, 50)
                data[(month, line)]["forecast"] = fc
                cells = [line, _eur_text(bud), None, _eur_text(fc), _eur_text(bud - fc)]
            _put(ws, 4 + r, 1, [cells])
        targets: Targets = _cols("A", ["cost_line", "budget", "actual", "forecast", None])
        tables.append(TruthTable(name, 3, "finance", targets, {"finance": len(lines)}))
    path = _save(wb, folder, "si_thermal_baths_sheet_per_month")
    values = [ValueFact("project", 0, "currency", "EUR"), *_facts(data)]
    return Built(path, tables, values)


LODGE_ACCOUNTS = [
    ("6100", "Tented suites"), ("6200", "Solar plant"), ("6300", "Borehole and water"),
    ("6400", "Staff housing"), ("6500", "Game fencing"),
]  # fmt: skip


def na_eco_lodge_sage300_periods(folder: Path, rng: random.Random) -> Built:
    """Sage 300 export: `P01 Mar 2026` period headers, `Account`, `Description`, `Type`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "GL Summary")
    ws["A1"] = "Damaraland Eco-Lodge Build - Project GL summary (NAD) - FY2026/27"
    months = _months(date(2026, 3, 1), 6)
    closed = rng.randint(2, 5)
    heads = [f"P{m + 1:02d} {month:%b} {month.year}" for m, month in enumerate(months)]
    _put(ws, 3, 1, [["Account", "Description", "Type", *heads]])
    data: Data = {}
    row = 4
    for acct, line in rng.sample(LODGE_ACCOUNTS, rng.randint(3, 4)):
        for kind in ("Budget", "Actual"):
            cells: list[object] = [acct, line, kind]
            for m, month in enumerate(months):
                if kind == "Actual" and m >= closed:
                    cells.append(None)
                    continue
                amount = _money(rng, 20000, 600000)
                cells.append(amount)
                data.setdefault((month, line), {})[kind.lower()] = amount
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "na_eco_lodge_sage300_periods")
    targets: Targets = {"B": "cost_line", "C": "measure"}
    return Built(path, [_fin("GL Summary", 3, targets, data)], _facts(data))


SIDING_CODES = ["RS-100 Earthworks", "RS-200 Track", "RS-300 Signalling", "RS-400 Turnouts"]


def uy_pulp_siding_epicor_measure(folder: Path, rng: random.Random) -> Built:
    """Epicor export: `Fiscal Period` date cells, `Cost Code`, `Type`, `Amount`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Paso de los Toros siding - job cost (Epicor Kinetic)"
    ws["A2"] = "Currency: USD"
    _put(ws, 4, 1, [["Fiscal Period", "Cost Code", "Type", "Amount"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months) - 1)
    codes = rng.sample(SIDING_CODES, 3)
    data: Data = {}
    row = 5
    for m, month in enumerate(months):
        for code in codes:
            kinds = ["Budget", "Actual" if m < closed else "Forecast"]
            if rng.random() < 0.4:
                kinds.append("Commitment")
            for kind in kinds:
                amount = _money(rng, 10000, 250000)
                _put(ws, row, 1, [[month, code, kind, amount]])
                ws.cell(row, 1).number_format = "yyyy-mm-dd"
                if kind != "Commitment":
                    data.setdefault((month, code), {})[kind.lower()] = amount
                row += 1
    path = _save(wb, folder, "uy_pulp_siding_epicor_measure")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "measure"}
    values = [ValueFact("project", 0, "currency", "USD"), *_facts(data)]
    return Built(path, [_fin("Export", 4, targets, data)], values)


BERTH_LINES = ["Piling", "Deck slab", "Fenders and bollards", "Dredging"]


def vn_port_berth_cashflow_vnd(folder: Path, rng: random.Random) -> Built:
    """Cash flow in VND millions: `Planned` / `Actual` / `Cum. planned` / `Cum. actual`
    rows per line, month date cells across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Cai Mep Berth 3 - contractor cash flow (VND million)"
    months = _months(date(2026, rng.randint(1, 4), 1), 6)
    closed = rng.randint(2, 4)
    _put(ws, 3, 1, [["Item", "Row", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mm/yyyy"
    data: Data = {}
    row = 4
    for line in rng.sample(BERTH_LINES, 3):
        plan = [float(rng.randrange(500, 9000)) for _ in months]
        act = [float(rng.randrange(400, 9500)) for _ in months[:closed]]
        cum_p = [sum(plan[: i + 1]) for i in range(len(plan))]
        cum_a = [sum(act[: i + 1]) for i in range(len(act))]
        _put(ws, row, 1, [[line, "Planned", *plan], [None, "Actual", *act]])
        _put(ws, row + 2, 1, [[None, "Cum. planned", *cum_p], [None, "Cum. actual", *cum_a]])
        row += 4
        for m, month in enumerate(months):
            data[(month, line)] = {"budget": plan[m] * 1_000_000}
            if m < closed:
                data[(month, line)]["actual"] = act[m] * 1_000_000
    path = _save(wb, folder, "vn_port_berth_cashflow_vnd")
    return Built(path, [_fin("Cash Flow", 3, {"A": "cost_line", "B": "measure"}, data)],
                 _facts(data))  # fmt: skip


PHOSPHATE_LINES = ["Hydrocyclones", "Flotation cells", "Thickener", "Slurry pipeline"]
PHOSPHATE_LINES += ["Owner's team"]


def ma_phosphate_fbp_monthly_pack(folder: Path, rng: random.Random) -> Built:
    """Finance pack: monthly actuals across, `FY budget`, `YTD actual`, `YTD budget`,
    `Full-year forecast` (MAD thousands)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex pack")
    ws["A1"] = "Khouribga Washing Plant 4 - monthly capex pack"
    ws["A2"] = "MAD thousands; actuals to end of the last closed month"
    months = _months(date(2026, 1, 1), rng.randint(3, 6))
    head: list[object] = ["Cost line", *months, "YTD actual", "FY budget", "YTD budget"]
    _put(ws, 4, 1, [[*head, "Full-year forecast"]])
    for c in range(2, 2 + len(months)):
        ws.cell(4, c).number_format = "mmm-yy"
    data: Data = {}
    for r, line in enumerate(rng.sample(PHOSPHATE_LINES, rng.randint(3, 5))):
        act = [float(rng.randrange(200, 9000)) for _ in months]
        fy = float(rng.randrange(30000, 90000))
        cells = [line, *act, sum(act), fy, round(fy * len(months) / 12), round(fy * 1.03)]
        _put(ws, 5 + r, 1, [cells])
        for month, a in zip(months, act, strict=True):
            data[(month, line)] = {"actual": a * 1000}
    path = _save(wb, folder, "ma_phosphate_fbp_monthly_pack")
    return Built(path, [_fin("Capex pack", 4, {"A": "cost_line"}, data)], _facts(data))


HELD_OUT_61: tuple[Layout, ...] = (
    Layout("vn_sapb1_dragon_fruit_budget_actual",
           "Vietnamese SAP B1 export: month cells over Budget / Actual pairs, USD, Total",
           vn_sapb1_dragon_fruit_budget_actual),
    Layout("is_geyser_centre_measure_rows",
           "Icelandic tracker in ISK: cost line and measure rows, months across",
           is_geyser_centre_measure_rows),
    Layout("ee_oil_shale_ifs_long",
           "Estonian IFS long table: 2026-03 text periods, cost element, committed",
           ee_oil_shale_ifs_long),
    Layout("pe_mining_camp_infor_actuals_down",
           "Peruvian Infor actuals: months down, cost lines across, cumulative, total row",
           pe_mining_camp_infor_actuals_down),
    Layout("pe_pisco_bodega_soles",
           "Peruvian Spanish tracker: S/ text money, Presupuesto / Real / Proyección, notes",
           pe_pisco_bodega_soles),
    Layout("ma_argan_coop_french_blocks",
           "Moroccan French tracker (MAD): Budget / Réalisé blocks of month cells",
           ma_argan_coop_french_blocks),
    Layout("hr_cruise_terminal_costx_report",
           "Croatian QS cost report: contract sum, period valuations, certified, FFC",
           hr_cruise_terminal_costx_report),
    Layout("si_thermal_baths_sheet_per_month",
           "Slovenian tracker: one sheet per month, 12.345,00 € text money, variance",
           si_thermal_baths_sheet_per_month),
    Layout("na_eco_lodge_sage300_periods",
           "Namibian Sage 300 GL summary (NAD): P01 Mar 2026 periods, Budget / Actual rows",
           na_eco_lodge_sage300_periods),
    Layout("uy_pulp_siding_epicor_measure",
           "Uruguayan Epicor export: period, cost code, type (with commitments), amount",
           uy_pulp_siding_epicor_measure),
    Layout("vn_port_berth_cashflow_vnd",
           "Vietnamese contractor cash flow (VND m): planned / actual / cumulative rows",
           vn_port_berth_cashflow_vnd),
    Layout("ma_phosphate_fbp_monthly_pack",
           "Moroccan capex pack (MAD k): monthly actuals, YTD, FY budget, full-year forecast",
           ma_phosphate_fbp_monthly_pack),
)  # fmt: skip
