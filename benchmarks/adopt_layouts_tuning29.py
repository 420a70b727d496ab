"""The twenty-ninth tuning batch (``TUNING_29``, round 33): twelve seeded legacy finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
FINANCE TRACKERS OF EVERY SHAPE, no registers: the workbooks a PMO receives as a project's
finance tracker, kept by accountants, PMs, cost controllers and quantity surveyors in
Guadeloupe, Svalbard, Montserrat, Liberia, Guam, Burkina Faso, Sierra Leone, New Caledonia,
Mayotte, Anguilla, St Kitts and Tahiti (a carnival costume workshop, a coal mine closure,
an airstrip, an iron ore stevedoring contract, runway lighting, polling station kits, a
bauxite haul road, a cyclone shelter, a postal sorting centre, a chapel restoration, a
hurricane shelter, a breadfruit flour mill). Every input cell is a value.

Trackers:

- ``gp_carnival_pennylane_long``: a Guadeloupe carnival costume workshop's Pennylane
  export, one long French table: `Montants en EUR` above, `Mois` date cells shown
  `mm/yyyy`, `Poste`, `Budget`, `Réalisé` (closed months), `Prévision` (later months).
- ``sj_coal_closure_poweroffice_pairs``: a Svalbard coal mine closure's PowerOffice export
  in NOK: `Prosjektkonto`, `Type` Budget / Actual rows per cost line, six month date cells
  shown `mmm yy` across, actuals blank for the months not yet closed.
- ``ms_airstrip_costx_report``: a Montserrat airstrip resurfacing's QS cost report (CostX
  elements) in EC$: a row of `Actual` / `Forecast` labels over month date cells, `Element`
  down, a `Total` column and a `Total` row.
- ``lr_stevedoring_coupa_spend``: a Liberian iron ore port's stevedoring contract, a
  Coupa spend extract: `Period` text `2026-03`, `Commodity`, `Budget (USD)`, `Spend (USD)`,
  `Comment` (some blank).
- ``gu_runway_lighting_fy_oct``: a Guam runway lighting upgrade's federal fiscal year
  tracker: `FY2027 (1 Oct 2026 - 30 Sep 2027)`, month words `Oct`..`Mar` across, `Line
  item` and `Type` Budget / Actual / Forecast rows, amounts in `$` format.
- ``bf_polling_kits_sheet_per_month``: a Burkina Faso polling station kit programme's
  workbook of one sheet per month (`Janv. 2026`, `Févr. 2026`..): `Ligne budgétaire`,
  `Budget`, `Réalisé`, `Écart` in FCFA.
- ``sl_haul_road_cumulative``: a Sierra Leone bauxite haul road's monthly cost report in
  USD: `Month` date cells shown `mmm-yy`, `Cost line`, `Budget (month)`, `Actual (month)`,
  `Actual to date`, `Forecast at completion`.
- ``nc_cyclone_shelter_months_down``: a New Caledonia cyclone shelter's tracker in XPF:
  months down (`Mois` date cells shown `dd/mm/yyyy`), cost lines across under merged
  `Budget` and `Réalisé` group labels.
- ``yt_postal_centre_stacked_blocks``: a Mayotte postal sorting centre's sheet in EUR: one
  header row of month date cells shown `mmm-yy`, a `BUDGET` block of cost lines and a
  `RÉALISÉ` block of the same lines below it, each with a subtotal row.
- ``ai_chapel_clearbooks_pairs``: an Anguilla chapel restoration's Clear Books budget vs
  actual: merged month labels `Jan 2026` over `Budget` / `Actual` column pairs, `Account`
  down, actuals blank for months not closed.
- ``kn_shelter_kashflow_sheets``: a St Kitts hurricane shelter's Kashflow nominal
  reports: `Budget` and `Actuals` sheets, `Nominal code` and `Account name`, month date
  cells shown `mmm-yy` across.
- ``pf_breadfruit_mill_accruals``: a Tahiti breadfruit flour mill's cost controller's
  report in XPF: `Mois` date cells, `Poste`, `Budget`, `Facturé`, `Provisionné`, `Réalisé
  (facturé + provisionné)`, `Prévision`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the breadfruit mill's `Facturé` (invoiced) and `Provisionné` (accrued): each only part
  of the cost incurred, so mapped to the actual or left out, no value fact; the stated
  `Réalisé (facturé + provisionné)` is the actual;
- the haul road's `Actual to date` (cumulative) and `Forecast at completion` (a whole-life
  figure, not the month's forecast): left out, no fact; `Budget (month)` / `Actual
  (month)` are the month's budget and actual;
- the airstrip report's `Forecast` months: each month's value is its forecast, the
  `Actual` months' values their actuals; the `Total` column and `Total` row: no fact;
- the postal centre's and the airstrip's subtotal / total rows and the polling kits'
  `Écart` (variance, derived): no fact; `Total` rows are no cost line;
- the coal mine's, the airstrip's, the polling kits', the cyclone shelter's, the chapel's,
  the hurricane shelter's and the breadfruit mill's currencies (NOK, XCD, XOF, XPF: not in
  the standards' currency list): no currency fact; `Montants en EUR`, the postal centre's
  `EUR`, `(USD)` headers and `Currency: USD` are currency facts;
- the hurricane shelter's `Nominal code` (an account number beside the account name): left
  out; the `Account name` is the cost line;
- the Coupa `Commodity` is the cost line, `Spend (USD)` the actual; a `Comment` is the
  line's notes where one is written (blank ones no fact);
- blank months (actuals not yet closed) get no fact.

Readings used: date cells are what they hold; text months (`2026-03`, `Jan 2026`, `Janv.
2026`) are the first of that month; `Oct`..`Mar` under `FY2027 (1 Oct 2026 - 30 Sep 2027)`
are October 2026 to March 2027. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.
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

FR_MONTHS = ["Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin", "Juil.", "Août", "Sept."]


def _fin(month: date, line: str, measure: str, amount: float) -> ValueFact:
    return ValueFact("finance", (month, line), measure, amount)


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


CARNIVAL_LINES = ["Tissus et paillettes", "Couturières", "Plumes", "Location atelier",
                  "Transport des chars", "Sonorisation"]  # fmt: skip


def gp_carnival_pennylane_long(folder: Path, rng: random.Random) -> Built:
    """A Guadeloupe carnival workshop's Pennylane export: one long French table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budget")
    ws["A1"] = "Atelier costumes - Carnaval de Basse-Terre 2027"
    ws["A2"] = "Montants en EUR"
    _put(ws, 4, 1, [["Mois", "Poste", "Budget", "Réalisé", "Prévision"]])
    months = _months(date(2026, rng.randint(6, 9), 1), rng.randint(4, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(CARNIVAL_LINES, rng.randint(3, 4))
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            budget = _money(rng, 4, 60, 100)
            cells: list[object] = [month, line, budget]
            values.append(_fin(month, line, "budget", budget))
            amount = round(budget * rng.uniform(0.7, 1.3), -1)
            if m < closed:
                cells += [amount, None]
                values.append(_fin(month, line, "actual", amount))
            else:
                cells += [None, amount]
                values.append(_fin(month, line, "forecast", amount))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = '#,##0.00 "€"'
            row += 1
    targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast"])
    table = TruthTable("Suivi budget", 4, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(_save(wb, folder, "gp_carnival_pennylane_long"), [table], values)


COAL_LINES = ["Portal sealing", "Spoil heap reshaping", "Equipment removal",
              "Water treatment", "Environmental monitoring", "Demolition of buildings"]  # fmt: skip


def sj_coal_closure_poweroffice_pairs(folder: Path, rng: random.Random) -> Built:
    """A Svalbard coal mine closure's PowerOffice export: Budget / Actual row pairs."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Prosjektrapport")
    ws["A1"] = "Gruve 7 avvikling - prosjektrapport (NOK)"
    months = _months(date(2026, rng.randint(1, 5), 1), 6)
    _put(ws, 3, 1, [["Prosjektkonto", "Type", *months]])
    for c in range(3, 9):
        ws.cell(3, c).number_format = "mmm yy"
    closed = rng.randint(2, 5)
    lines = rng.sample(COAL_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    row = 4
    for line in lines:
        budget = [_money(rng, 20, 400, 1000) for _ in months]
        actual = [round(b * rng.uniform(0.8, 1.25), -3) for b in budget[:closed]]
        _put(ws, row, 1, [[line, "Budget", *budget], [line, "Actual", *actual]])
        values += [_fin(months[m], line, "budget", b) for m, b in enumerate(budget)]
        values += [_fin(months[m], line, "actual", a) for m, a in enumerate(actual)]
        row += 2
    table = TruthTable("Prosjektrapport", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "sj_coal_closure_poweroffice_pairs"), [table], values)


AIRSTRIP_ELEMENTS = ["Preliminaries", "Pavement milling", "Asphalt surfacing",
                     "Drainage", "Runway markings", "Fencing", "Design fees"]  # fmt: skip


def ms_airstrip_costx_report(folder: Path, rng: random.Random) -> Built:
    """A Montserrat airstrip's QS cost report: `Actual` / `Forecast` labels over months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Gerald's Airstrip Resurfacing - Monthly Cost Report"
    ws["A2"] = "All values EC$ excl. ABST"
    months = _months(date(2026, rng.randint(2, 7), 1), rng.randint(5, 7))
    closed = rng.randint(2, len(months) - 1)
    _put(ws, 4, 2, [["Actual"] * closed + ["Forecast"] * (len(months) - closed)])
    _put(ws, 5, 1, [["Element", *months, "Total"]])
    for c in range(2, 2 + len(months)):
        ws.cell(5, c).number_format = "mmm-yy"
    elements = rng.sample(AIRSTRIP_ELEMENTS, rng.randint(4, 6))
    values: list[ValueFact] = []
    totals = [0.0] * len(months)
    for r, el in enumerate(elements):
        amounts = [_money(rng, 5, 250, 500) for _ in months]
        totals = [t + a for t, a in zip(totals, amounts, strict=True)]
        _put(ws, 6 + r, 1, [[el, *amounts, sum(amounts)]])
        for m, a in enumerate(amounts):
            values.append(_fin(months[m], el, "actual" if m < closed else "forecast", a))
    _put(ws, 6 + len(elements), 1, [["Total", *totals, sum(totals)]])
    for r in range(6, 7 + len(elements)):
        for c in range(2, 3 + len(months)):
            ws.cell(r, c).number_format = '"EC$"#,##0'
    table = TruthTable("Cost Report", 5, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(elements)})  # fmt: skip
    return Built(_save(wb, folder, "ms_airstrip_costx_report"), [table], values)


STEVEDORE_LINES = ["Stevedoring labour", "Ship loader hire", "Tug services",
                   "Pilotage", "Security", "Fuel"]  # fmt: skip
STEVEDORE_NOTES = ["Vessel delayed by swell", "Rate revised per addendum 2",
                   "Two extra shifts", "Rainy season slowdown"]  # fmt: skip


def lr_stevedoring_coupa_spend(folder: Path, rng: random.Random) -> Built:
    """A Liberian iron ore port's Coupa spend extract: one row per period and commodity."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend vs Budget")
    head = ["Period", "Commodity", "Budget (USD)", "Spend (USD)", "Comment"]
    _put(ws, 1, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    lines = rng.sample(STEVEDORE_LINES, rng.randint(3, 4))
    values = [ValueFact("project", 0, "currency", "USD")]
    row = 2
    for month in months:
        for line in lines:
            budget = _money(rng, 10, 300, 250)
            spend = round(budget * rng.uniform(0.75, 1.3), 2)
            note = rng.choice(STEVEDORE_NOTES) if rng.random() < 0.3 else None
            _put(ws, row, 1, [[f"{month.year}-{month.month:02d}", line, budget, spend, note]])
            values += [_fin(month, line, "budget", budget), _fin(month, line, "actual", spend)]
            if note:
                values.append(_fin(month, line, "notes", note))
            row += 1
    targets = _cols("A", ["month", "cost_line", "budget", "actual", "notes"])
    table = TruthTable("Spend vs Budget", 1, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "lr_stevedoring_coupa_spend"), [table], values)


RUNWAY_LINES = ["Edge lights", "Approach lighting", "Constant current regulators",
                "Cabling and ducts", "Airfield signage", "Construction management"]  # fmt: skip


def gu_runway_lighting_fy_oct(folder: Path, rng: random.Random) -> Built:
    """A Guam runway lighting upgrade's federal fiscal year tracker, months as words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY27")
    ws["A1"] = "Runway 6L/24R Lighting Upgrade - Cost Tracker"
    ws["A2"] = "FY2027 (1 Oct 2026 - 30 Sep 2027)"
    ws["A3"] = "Currency: USD"
    months = _months(date(2026, 10, 1), 6)
    _put(ws, 5, 1, [["Line item", "Type", *[MONTHS[m.month - 1] for m in months]]])
    closed = rng.randint(1, 4)
    lines = rng.sample(RUNWAY_LINES, rng.randint(3, 4))
    values = [ValueFact("project", 0, "currency", "USD")]
    row = 6
    for line in lines:
        budget = [_money(rng, 10, 200, 500) for _ in months]
        actual = [round(b * rng.uniform(0.8, 1.2), -2) for b in budget[:closed]]
        forecast = [round(b * rng.uniform(0.9, 1.2), -2) for b in budget[closed:]]
        rows = [[line, "Budget", *budget], [line, "Actual", *actual]]
        rows.append([line, "Forecast", *([None] * closed), *forecast])
        _put(ws, row, 1, rows)
        for r in range(row, row + 3):
            for c in range(3, 9):
                ws.cell(r, c).number_format = '"$"#,##0'
        values += [_fin(months[m], line, "budget", b) for m, b in enumerate(budget)]
        values += [_fin(months[m], line, "actual", a) for m, a in enumerate(actual)]
        values += [_fin(months[closed + m], line, "forecast", f) for m, f in enumerate(forecast)]
        row += 3
    table = TruthTable("FY27", 5, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "gu_runway_lighting_fy_oct"), [table], values)


POLLING_LINES = ["Urnes transparentes", "Isoloirs", "Encre indélébile",
                 "Transport des kits", "Formation des agents", "Entreposage"]  # fmt: skip


def bf_polling_kits_sheet_per_month(folder: Path, rng: random.Random) -> Built:
    """A Burkina Faso polling kit programme's workbook of one sheet per month."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), rng.randint(3, 5))
    lines = rng.sample(POLLING_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    tables = []
    for m, month in enumerate(months):
        name = f"{FR_MONTHS[month.month - 1]} {month.year}"
        ws = _sheet(wb, name) if m == 0 else wb.create_sheet(name)
        ws["A1"] = f"Kits des bureaux de vote - suivi budgétaire - {name} (FCFA)"
        _put(ws, 3, 1, [["Ligne budgétaire", "Budget", "Réalisé", "Écart"]])
        for r, line in enumerate(lines):
            budget = _money(rng, 20, 900, 25000)
            actual = round(budget * rng.uniform(0.7, 1.2), -3)
            _put(ws, 4 + r, 1, [[line, budget, actual, budget - actual]])
            for c in (2, 3, 4):
                ws.cell(4 + r, c).number_format = "# ##0"
            values += [_fin(month, line, "budget", budget), _fin(month, line, "actual", actual)]
        targets = _cols("A", ["cost_line", "budget", "actual", None])
        tables.append(TruthTable(name, 3, "finance", targets, {"finance": len(lines)}))
    return Built(_save(wb, folder, "bf_polling_kits_sheet_per_month"), tables, values)


HAUL_LINES = ["Earthworks", "Culverts", "Laterite surfacing", "Plant hire",
              "Community liaison", "Supervision"]  # fmt: skip


def sl_haul_road_cumulative(folder: Path, rng: random.Random) -> Built:
    """A Sierra Leone haul road's report: month and to-date columns side by side."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Bauxite Haul Road Upgrade - Monthly Cost Report (USD)"
    head = ["Month", "Cost line", "Budget (month)", "Actual (month)", "Actual to date"]
    _put(ws, 3, 1, [[*head, "Forecast at completion"]])
    months = _months(date(2026, rng.randint(1, 8), 1), rng.randint(3, 4))
    lines = rng.sample(HAUL_LINES, rng.randint(3, 4))
    values = [ValueFact("project", 0, "currency", "USD")]
    to_date = {line: 0.0 for line in lines}
    fac = {line: _money(rng, 200, 900, 1000) for line in lines}
    row = 4
    for month in months:
        for line in lines:
            budget = _money(rng, 10, 120, 1000)
            actual = round(budget * rng.uniform(0.8, 1.2), -2)
            to_date[line] += actual
            _put(ws, row, 1, [[month, line, budget, actual, to_date[line], fac[line]]])
            ws.cell(row, 1).number_format = "mmm-yy"
            values += [_fin(month, line, "budget", budget), _fin(month, line, "actual", actual)]
            row += 1
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    table = TruthTable("Monthly", 3, "finance", targets, {"finance": len(months) * len(lines)})
    return Built(_save(wb, folder, "sl_haul_road_cumulative"), [table], values)


SHELTER_LINES = ["Gros oeuvre", "Toiture", "Groupe électrogène", "Citerne",
                 "Menuiseries", "Maîtrise d'oeuvre"]  # fmt: skip


def nc_cyclone_shelter_months_down(folder: Path, rng: random.Random) -> Built:
    """A New Caledonia cyclone shelter: months down, cost lines across in two groups."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi")
    ws["A1"] = "Abri anticyclonique de Poum - suivi financier (XPF)"
    lines = rng.sample(SHELTER_LINES, rng.randint(3, 4))
    n = len(lines)
    _put(ws, 3, 2, [["Budget", *([None] * (n - 1)), "Réalisé"]])
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=1 + n)
    ws.merge_cells(start_row=3, start_column=2 + n, end_row=3, end_column=1 + 2 * n)
    _put(ws, 4, 1, [["Mois", *lines, *lines]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months))
    values: list[ValueFact] = []
    for m, month in enumerate(months):
        budget = [_money(rng, 5, 200, 10000) for _ in lines]
        actual: list[object] = [round(b * rng.uniform(0.8, 1.2), -3) for b in budget]
        if m >= closed:
            actual = [None] * n
        _put(ws, 5 + m, 1, [[month, *budget, *actual]])
        ws.cell(5 + m, 1).number_format = "dd/mm/yyyy"
        for line, b, a in zip(lines, budget, actual, strict=True):
            values.append(_fin(month, line, "budget", b))
            if a is not None:
                values.append(_fin(month, line, "actual", a))
    table = TruthTable("Suivi", 4, "finance", {"A": "month"}, {"finance": len(months) * n})
    return Built(_save(wb, folder, "nc_cyclone_shelter_months_down"), [table], values)


POSTAL_LINES = ["Trieuse automatique", "Génie civil", "Convoyeurs", "Informatique",
                "Formation", "Assistance à maîtrise d'ouvrage"]  # fmt: skip


def yt_postal_centre_stacked_blocks(folder: Path, rng: random.Random) -> Built:
    """A Mayotte postal sorting centre: a BUDGET block above a RÉALISÉ block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget et réalisé")
    ws["A1"] = "Centre de tri postal de Kaweni - budget et réalisé"
    ws["A2"] = "Devise : EUR"
    months = _months(date(2026, rng.randint(1, 7), 1), 6)
    _put(ws, 4, 1, [["Poste", *months]])
    for c in range(2, 8):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(POSTAL_LINES, rng.randint(3, 4))
    closed = rng.randint(1, 5)
    values = [ValueFact("project", 0, "currency", "EUR")]
    row = 5
    for label, measure, upto in (("BUDGET", "budget", 6), ("RÉALISÉ", "actual", closed)):
        ws.cell(row, 1, label)
        row += 1
        sums = [0.0] * upto
        for line in lines:
            amounts = [_money(rng, 5, 150, 1000) for _ in range(upto)]
            sums = [s + a for s, a in zip(sums, amounts, strict=True)]
            _put(ws, row, 1, [[line, *amounts]])
            values += [_fin(months[m], line, measure, a) for m, a in enumerate(amounts)]
            row += 1
        _put(ws, row, 1, [[f"Sous-total {label.lower()}", *sums]])
        row += 2
    table = TruthTable("Budget et réalisé", 4, "finance", {"A": "cost_line"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "yt_postal_centre_stacked_blocks"), [table], values)


CHAPEL_LINES = ["Stonework", "Roof timbers", "Stained glass", "Electrical",
                "Architect fees", "Scaffolding"]  # fmt: skip


def ai_chapel_clearbooks_pairs(folder: Path, rng: random.Random) -> Built:
    """An Anguilla chapel restoration's Clear Books budget vs actual: month pairs."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "St Mary's Chapel Restoration - Budget vs Actual (EC$)"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    top: list[object] = [None]
    sub: list[object] = ["Account"]
    for m in months:
        top += [f"{MONTHS[m.month - 1]} {m.year}", None]
        sub += ["Budget", "Actual"]
    _put(ws, 3, 1, [top, sub])
    for i in range(len(months)):
        ws.merge_cells(start_row=3, start_column=2 + 2 * i, end_row=3, end_column=3 + 2 * i)
    lines = rng.sample(CHAPEL_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        cells: list[object] = [line]
        for m, month in enumerate(months):
            budget = _money(rng, 5, 80, 250)
            actual = round(budget * rng.uniform(0.8, 1.3), 2) if m < closed else None
            cells += [budget, actual]
            values.append(_fin(month, line, "budget", budget))
            if actual is not None:
                values.append(_fin(month, line, "actual", actual))
        _put(ws, 5 + r, 1, [cells])
    table = TruthTable("Budget vs Actual", 4, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "ai_chapel_clearbooks_pairs"), [table], values)


KASHFLOW_ACCOUNTS = [(5000, "Concrete and blockwork"), (5010, "Storm shutters"),
                     (5020, "Backup generator"), (5030, "Water storage"),
                     (6100, "Engineer fees"), (6200, "Site security")]  # fmt: skip


def kn_shelter_kashflow_sheets(folder: Path, rng: random.Random) -> Built:
    """A St Kitts hurricane shelter's Kashflow nominal reports: Budget and Actuals sheets."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 6), 1), 6)
    accounts = rng.sample(KASHFLOW_ACCOUNTS, rng.randint(3, 5))
    closed = rng.randint(2, 5)
    values: list[ValueFact] = []
    tables = []
    for s, (sheet, measure, upto) in enumerate(
        (("Budget", "budget", 6), ("Actuals", "actual", closed))
    ):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Sandy Point Hurricane Shelter - {sheet} by nominal (EC$)"
        _put(ws, 3, 1, [["Nominal code", "Account name", *months]])
        for c in range(3, 9):
            ws.cell(3, c).number_format = "mmm-yy"
        for r, (code, name) in enumerate(accounts):
            amounts = [_money(rng, 2, 90, 500) for _ in range(upto)]
            _put(ws, 4 + r, 1, [[code, name, *amounts]])
            values += [_fin(months[m], name, measure, a) for m, a in enumerate(amounts)]
        tables.append(TruthTable(sheet, 3, "finance", {"A": None, "B": "cost_line"}, {}))
    tables[0].counts = {"finance": 6 * len(accounts)}
    return Built(_save(wb, folder, "kn_shelter_kashflow_sheets"), tables, values)


MILL_LINES = ["Broyeur", "Séchoir solaire", "Ensacheuse", "Bâtiment",
              "Raccordement électrique", "Formation des agriculteurs"]  # fmt: skip


def pf_breadfruit_mill_accruals(folder: Path, rng: random.Random) -> Built:
    """A Tahiti breadfruit mill's cost controller's report with invoiced and accrued."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rapport coûts")
    ws["A1"] = "Minoterie de uru de Taravao - rapport mensuel des coûts (XPF)"
    head = ["Mois", "Poste", "Budget", "Facturé", "Provisionné"]
    _put(ws, 3, 1, [[*head, "Réalisé (facturé + provisionné)", "Prévision"]])
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(4, 5))
    closed = rng.randint(2, len(months) - 1)
    lines = rng.sample(MILL_LINES, 3)
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            budget = _money(rng, 10, 400, 5000)
            values.append(_fin(month, line, "budget", budget))
            if m < closed:
                inv = round(budget * rng.uniform(0.4, 0.9), -3)
                acc = round(budget * rng.uniform(0.05, 0.4), -3)
                cells: list[object] = [month, line, budget, inv, acc, inv + acc, None]
                values.append(_fin(month, line, "actual", inv + acc))
            else:
                fc = round(budget * rng.uniform(0.9, 1.2), -3)
                cells = [month, line, budget, None, None, None, fc]
                values.append(_fin(month, line, "forecast", fc))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mm/yyyy"
            row += 1
    targets: Targets = _cols("A", ["month", "cost_line", "budget", ("actual", None)])
    targets |= _cols("E", [("actual", None), "actual", "forecast"])
    table = TruthTable("Rapport coûts", 3, "finance", targets,
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(_save(wb, folder, "pf_breadfruit_mill_accruals"), [table], values)


TUNING_29: tuple[Layout, ...] = (
    Layout("gp_carnival_pennylane_long", "Pennylane export, French long table",
           gp_carnival_pennylane_long),
    Layout("sj_coal_closure_poweroffice_pairs", "PowerOffice project report, row pairs",
           sj_coal_closure_poweroffice_pairs),
    Layout("ms_airstrip_costx_report", "QS cost report, Actual / Forecast month labels",
           ms_airstrip_costx_report),
    Layout("lr_stevedoring_coupa_spend", "Coupa spend extract", lr_stevedoring_coupa_spend),
    Layout("gu_runway_lighting_fy_oct", "US federal FY tracker, month words",
           gu_runway_lighting_fy_oct),
    Layout("bf_polling_kits_sheet_per_month", "French sheet per month, FCFA",
           bf_polling_kits_sheet_per_month),
    Layout("sl_haul_road_cumulative", "monthly report with to-date columns",
           sl_haul_road_cumulative),
    Layout("nc_cyclone_shelter_months_down", "months down, cost lines across",
           nc_cyclone_shelter_months_down),
    Layout("yt_postal_centre_stacked_blocks", "stacked BUDGET / RÉALISÉ blocks",
           yt_postal_centre_stacked_blocks),
    Layout("ai_chapel_clearbooks_pairs", "Clear Books budget vs actual",
           ai_chapel_clearbooks_pairs),
    Layout("kn_shelter_kashflow_sheets", "Kashflow nominal reports, two sheets",
           kn_shelter_kashflow_sheets),
    Layout("pf_breadfruit_mill_accruals", "cost controller's accruals report",
           pf_breadfruit_mill_accruals),
)  # fmt: skip
