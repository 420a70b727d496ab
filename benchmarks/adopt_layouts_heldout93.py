"""The ninety-third held-out batch (``HELD_OUT_93``, round 36, task w101): twelve seeded
legacy finance trackers with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses
or scores. It is FINANCE TRACKERS OF EVERY SHAPE, in twelve countries and currencies:
measures on separate blocks, under merged month headers, in sheet names; months down,
across, as text or date cells; a transposed tracker with cost lines across; a payment
certificate register; a PPM export; thousands and millions. Every input cell is a value.

Trackers:

- ``no_turisthytte_rows_per_measure``: a Norwegian trekking association's mountain cabin
  rebuild: `Kostnadspost` down, `Type` (`Budsjett` / `Regnskap` / `Prognose`) per line,
  months across as text `jan. 26`, amounts as text `125 000` (space thousands), `Beløp i NOK`.
- ``br_quilombo_stacked_blocks``: a Brazilian quilombo community kitchen: one sheet with a
  `PREVISTO` block and a `REALIZADO` block stacked, each with its own header row `Item` and
  months as text `jan/26`; `Valores em R$`; a `TOTAL` row under each block.
- ``za_payment_certificates``: a South African rhino orphanage's payment certificate
  register: `Cert No.`, `Valuation date` (date cells `dd/mm/yyyy`), `Contract / package`,
  `Certified (excl. VAT)`, `VAT`, `Total payable`; one certificate per package per month;
  a `Budget` sheet with the monthly cash flow per package; `ZAR` in the title.
- ``pl_cerkiew_harmonogram``: a Polish wooden church (cerkiew) conservation, EU-funded:
  `Miesiąc` down as text `01.2026`, `Kategoria wydatku`, `Plan`, `Wykonanie`,
  `Kwalifikowalne (T/N)`, amounts as text `12 345,67 zł`.
- ``kr_templestay_millions_grouped``: a Korean Buddhist temple's temple-stay training hall: months as merged
  headers `2026년 3월` over `계획` / `실적` columns, `공종` down, `(단위: 백만원)`: millions of
  won; a `합계` row.
- ``nz_predator_fence_ppm_export``: a New Zealand sanctuary's predator-proof fence, a PPM
  export: `Investment`, `Cost Type` (Labour / Non-Labour), `Resource/Line`, `Period Start`
  (date cells), `Plan Cost`, `Actual Cost`, `ETC`, `EAC`, `Currency` NZD.
- ``ae_calligraphy_sheets_le``: a UAE calligraphy centre's gallery extension: sheets
  `Baseline`, `Actuals`, `LE` (latest estimate), months across as date cells `mmm-yy`,
  `Cost element` down, `AED '000` in the title: thousands of dirhams.
- ``se_fabod_transposed``: a Swedish summer farm (fäbod) restoration: months
  DOWN as text `2026-01`, cost lines ACROSS (`Timmer`, `Tak`, `El`, ..), sheets `Budget` and
  `Utfall`, `tkr` (thousands of kronor), a `Summa` column at the right.
- ``ke_coffee_station_donor_bva``: a Kenyan coffee washing station's donor budget vs actual:
  `Budget line`, `Annual budget (KES)`, then `Actual Jan-26` .. columns, `Total to date`,
  `Burn rate %`.
- ``cz_rozhledna_plan_skutecnost``: a Czech lookout tower (rozhledna) rebuild: `Položka`,
  `Ukazatel` (`Plán` / `Skutečnost`) rows, months across as text `1/2026`, `v tis. Kč`.
- ``mx_hacienda_quarterly_and_monthly``: a Mexican hacienda museum: months down as text
  `ene-2026`, `Partida`, `Presupuesto`, `Ejercido`, `Por ejercer` (remaining), trimester
  subtotal rows `Total 1er trimestre`; `Cifras en pesos (MXN)`.
- ``ph_seminary_month_blocks``: a Philippine seminary chapel retrofit: months across as
  merged headers (`January 2026`) over three columns `Budget` / `Actual` / `Forecast`,
  `Particulars` down, `(in PHP)`, a `TOTAL` row.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the South African `VAT` and `Total payable` columns: the actual is the certified amount
  excl. VAT (a project's cost excludes recoverable VAT); `VAT` and `Total payable` left out,
  `Cert No.` left out (a contractor's certificate number, not a register id);
- the NZ `EAC` (at completion): no fact; its `ETC` (to complete) per period row IS the
  month's forecast since the round-36 audit (see below);
  `Cost Type` Labour / Non-Labour is no standard category: no fact, column left out;
  `Investment` (the project's name repeated): left out;
- the Kenyan `Annual budget (KES)`: a year's budget, not a month's: no budget fact;
  `Total to date` and `Burn rate %`: no fact;
- the Mexican `Por ejercer` (remaining to spend): no fact; trimester subtotal rows: no fact;
- the Polish `Kwalifikowalne (T/N)` (eligible for the grant): left out, no fact;
- every `TOTAL` / `Total` / `합계` / `Summa` row or column: no cost line, no fact;
- the Norwegian `Prognose` rows exist only for months after the last booked one: forecast
  facts there; blanks get no fact;
- `tkr`, `AED '000` multiply by 1000, `백만원` by 1,000,000, `tis. Kč` by 1000.
- the South African certificate's `Valuation date` (a day late in the month) is the month
  of its actual; one certificate per package and month, so no sums are read;
- the Swedish cost lines are the header cells across (no column truth of their own, as the
  months across of the other trackers); the `LE` sheet is the forecast.

Readings used: date cells are the month they hold; text months (`jan. 26`, `jan/26`,
`01.2026`, `2026년 3월`, `2026-01`, `Jan-26`, `1/2026`, `ene-2026`, `January 2026`) name
their months; the title, a header or a currency column names the currency. It was written
and checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output.

Ruled by the lead in round 37 (t43b's report): every tracker's currency here (NOK, BRL,
ZAR, PLN, KRW, NZD, AED, SEK, KES, CZK, MXN, PHP) is off the standards' currency list, so,
as rounds 24, 32-34 and 36's audits rule, none gets a currency fact (12 facts removed at
every seed); adoption reads each and reports it as not on the list.

Audited in round 36 (task a105, docs/adopt.md "Round 36: the ninety-third batch's truth
audited"): the NZ PPM export's `ETC` column, filled only on the periods not yet actualled
(and equal to the row's `EAC` there), is each month's forecast (column G `forecast`; SPEC:
"ETC: forecast of the months after", and the audited Cobra report's per-month ETC rows were
read so): 3 values added at seed 2026. The Kenyan report's `Reporting period: January -
June 2026` said June whatever months it held: it now names its last actual month (a cell
that contradicted the columns; no fact changed).
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
NO_MON = ["jan.", "feb.", "mars", "apr.", "mai", "juni", "juli", "aug.", "sep.", "okt."]
NO_MON += ["nov.", "des."]
PT_MON = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
ES_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTH_WORDS += ["September", "October", "November", "December"]


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(max(step, round(x * rng.uniform(0.8, 1.2) / step) * step))


def _fin(month: date, line: str, column: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), column, value)


def _spaced(x: float) -> str:
    return f"{int(x):,}".replace(",", " ")


CABIN_LINES = ["Grunnarbeid", "Tømrerarbeid", "Helikoptertransport", "Solcelleanlegg"]
CABIN_LINES += ["Prosjektering", "Dugnad og kost"]


def no_turisthytte_rows_per_measure(folder: Path, rng: random.Random) -> Built:
    """Budsjett / Regnskap / Prognose rows per line, months as text, space thousands."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Økonomi")
    ws["A1"] = "Gjenoppbygging Skogadalsbøen turisthytte - økonomioppfølging 2026"
    ws["A2"] = "Beløp i NOK"
    months = _months(date(2026, rng.randint(3, 6), 1), rng.randint(4, 6))
    booked = rng.randint(1, len(months) - 1)
    _put(ws, 4, 1, [["Kostnadspost", "Type", *[f"{NO_MON[m.month - 1]} 26" for m in months]]])
    lines = rng.sample(CABIN_LINES, rng.randint(3, 5))
    # NOK is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    row = 5
    for line in lines:
        ws.cell(row, 1, line)
        for k, label in enumerate(["Budsjett", "Regnskap", "Prognose"]):
            ws.cell(row + k, 2, label)
        for m, month in enumerate(months):
            b = _money(rng, 5, 200, 2500)
            ws.cell(row, 3 + m, _spaced(b))
            values.append(_fin(month, line, "budget", b))
            if m < booked:
                a = _near(rng, b, 500)
                ws.cell(row + 1, 3 + m, _spaced(a))
                values.append(_fin(month, line, "actual", a))
            else:
                p = _near(rng, b, 5000)
                ws.cell(row + 2, 3 + m, _spaced(p))
                values.append(_fin(month, line, "forecast", p))
        row += 3
        if rng.random() < 0.4:
            row += 1
    path = _save(wb, folder, "no_turisthytte_rows_per_measure")
    n = len(months) * len(lines)
    table = TruthTable("Økonomi", 4, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


KITCHEN_ITEMS = ["Fundação", "Alvenaria", "Cobertura", "Instalações elétricas"]
KITCHEN_ITEMS += ["Equipamentos de cozinha", "Mão de obra comunitária"]


def br_quilombo_stacked_blocks(folder: Path, rng: random.Random) -> Built:
    """PREVISTO and REALIZADO blocks stacked on one sheet, months as text `jan/26`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cronograma")
    ws["A1"] = "Cozinha Comunitária do Quilombo Ivaporunduva - Cronograma físico-financeiro"
    ws["A2"] = "Valores em R$"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 6))
    done = rng.randint(1, len(months) - 1)
    items = rng.sample(KITCHEN_ITEMS, rng.randint(3, 5))
    labels = [f"{PT_MON[m.month - 1]}/{m.year % 100}" for m in months]
    # BRL is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    row = 4
    for block, key in [("PREVISTO", "budget"), ("REALIZADO", "actual")]:
        ws.cell(row, 1, block)
        head_row = row + 1
        _put(ws, head_row, 1, [["Item", *labels]])
        tot = [0.0] * len(months)
        for r, item in enumerate(items):
            ws.cell(head_row + 1 + r, 1, item)
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                v = round(rng.randrange(100000, 4000000) / 100, 2)
                ws.cell(head_row + 1 + r, 2 + m, v).number_format = "#,##0.00"
                tot[m] += v
                values.append(_fin(month, item, key, v))
        ws.cell(head_row + 1 + len(items), 1, "TOTAL")
        for m, t in enumerate(tot):
            if t:
                ws.cell(head_row + 1 + len(items), 2 + m, round(t, 2)).number_format = "#,##0.00"
        tables.append(TruthTable("Cronograma", head_row, "finance", {"A": "cost_line"}, {}))
        row = head_row + len(items) + 3
    tables[0].counts = {"finance": len(months) * len(items)}
    path = _save(wb, folder, "br_quilombo_stacked_blocks")
    return Built(path, tables, values)


ORPHANAGE_PACKAGES = ["Bomas and enclosures", "Borehole and reticulation", "Veterinary clinic"]
ORPHANAGE_PACKAGES += ["Electrical", "Professional fees"]


def za_payment_certificates(folder: Path, rng: random.Random) -> Built:
    """A payment certificate register, one certificate per package per month, and a budget."""
    wb = openpyxl.Workbook()
    bud = _sheet(wb, "Budget")
    bud["A1"] = "Hoedspruit Rhino Orphanage Expansion - cash flow budget (ZAR)"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    packages = rng.sample(ORPHANAGE_PACKAGES, rng.randint(2, 4))
    bud.cell(3, 1, "Package")
    for m, month in enumerate(months):
        bud.cell(3, 2 + m, month).number_format = "mmm-yy"
    # ZAR is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    for r, pkg in enumerate(packages):
        bud.cell(4 + r, 1, pkg)
        for m, month in enumerate(months):
            b = _money(rng, 20, 900, 1000)
            bud.cell(4 + r, 2 + m, b).number_format = "#,##0.00"
            values.append(_fin(month, pkg, "budget", b))
    ws = wb.create_sheet("Certificates")
    ws["A1"] = "Payment certificate register (ZAR)"
    head = ["Cert No.", "Valuation date", "Contract / package", "Certified (excl. VAT)", "VAT"]
    _put(ws, 3, 1, [[*head, "Total payable"]])
    row = 4
    cert = rng.randint(1, 9)
    for month in months[:done]:
        day = date(month.year, month.month, rng.randint(20, 28))
        for pkg in packages:
            c = round(rng.randrange(2000000, 90000000) / 100, 2)
            vat = round(c * 0.15, 2)
            _put(ws, row, 1, [[f"PC{cert:03d}", day, pkg, c, vat, round(c + vat, 2)]])
            ws.cell(row, 2).number_format = "dd/mm/yyyy"
            for col in (4, 5, 6):
                ws.cell(row, col).number_format = "#,##0.00"
            values.append(_fin(month, pkg, "actual", c))
            cert += 1
            row += 1
    path = _save(wb, folder, "za_payment_certificates")
    n = len(months) * len(packages)
    targets = _cols("A", [None, "month", "cost_line", "actual", None, None])
    tables = [
        TruthTable("Budget", 3, "finance", {"A": "cost_line"}, {"finance": n}),
        TruthTable("Certificates", 3, "finance", targets, {}),
    ]
    return Built(path, tables, values)


CERKIEW_LINES = ["Roboty ciesielskie", "Gonty na dachu", "Konserwacja ikonostasu"]
CERKIEW_LINES += ["Nadzór konserwatorski", "Promocja projektu"]


def _zl(x: float) -> str:
    whole = f"{int(x):,}".replace(",", " ")
    return f"{whole},{round((x - int(x)) * 100):02d} zł"


def pl_cerkiew_harmonogram(folder: Path, rng: random.Random) -> Built:
    """Months down as text `01.2026`, Plan / Wykonanie as `12 345,67 zł`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Harmonogram")
    ws["A1"] = "Konserwacja cerkwi w Kwiatoniu - harmonogram finansowy projektu"
    head = ["Miesiąc", "Kategoria wydatku", "Plan", "Wykonanie", "Kwalifikowalne (T/N)"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(CERKIEW_LINES, rng.randint(2, 4))
    # PLN is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            p = round(rng.randrange(100000, 9000000) / 100, 2)
            cells: list[object] = [f"{month.month:02d}.{month.year}", line, _zl(p), None]
            cells.append("N" if line == "Promocja projektu" else "T")
            values.append(_fin(month, line, "budget", p))
            if m < done:
                w = round(p * rng.uniform(0.8, 1.1), 2)
                cells[3] = _zl(w)
                values.append(_fin(month, line, "actual", w))
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "pl_cerkiew_harmonogram")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Harmonogram", 3, "finance", targets, {"finance": n})], values)


TEMPLE_LINES = ["토목공사", "목공사", "기와공사", "설비공사", "설계 및 감리"]


def kr_templestay_millions_grouped(folder: Path, rng: random.Random) -> Built:
    """Merged month headers over 계획 / 실적 columns, millions of won, a 합계 row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "공정별 집행현황")
    ws["A1"] = "월정사 템플스테이 수련관 신축공사 예산 집행현황"
    ws["A2"] = "(단위: 백만원)"
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    ws.cell(4, 1, "공종")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for m, month in enumerate(months):
        c = 2 + 2 * m
        ws.cell(4, c, f"{month.year}년 {month.month}월")
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 1)
        ws.cell(5, c, "계획")
        ws.cell(5, c + 1, "실적")
    lines = rng.sample(TEMPLE_LINES, rng.randint(3, 5))
    # KRW is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            plan = round(rng.randrange(5, 400) / 10, 1)
            ws.cell(6 + r, 2 + 2 * m, plan).number_format = "#,##0.0"
            values.append(_fin(month, line, "budget", round(plan * 1_000_000, 2)))
            if m < done:
                act = round(plan * rng.uniform(0.7, 1.2), 1)
                ws.cell(6 + r, 3 + 2 * m, act).number_format = "#,##0.0"
                values.append(_fin(month, line, "actual", round(act * 1_000_000, 2)))
    ws.cell(6 + len(lines), 1, "합계")
    path = _save(wb, folder, "kr_templestay_millions_grouped")
    n = len(months) * len(lines)
    table = TruthTable("공정별 집행현황", 5, "finance", {"A": "cost_line"}, {"finance": n})
    return Built(path, [table], values)


FENCE_LINES = [("Fence contractor", "Non-Labour"), ("Ranger time", "Labour")]
FENCE_LINES += [("Mesh and posts", "Non-Labour"), ("Volunteer coordination", "Labour")]
FENCE_LINES += [("Trapping and monitoring", "Non-Labour")]


def nz_predator_fence_ppm_export(folder: Path, rng: random.Random) -> Built:
    """A PPM export: Period Start date cells, Plan / Actual Cost, ETC, EAC, Currency NZD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financials")
    head = ["Investment", "Cost Type", "Resource/Line", "Period Start", "Plan Cost"]
    head += ["Actual Cost", "ETC", "EAC", "Currency"]
    _put(ws, 1, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(FENCE_LINES, rng.randint(2, 4))
    inv = "INV-0417 Maungatautari Predator-Proof Fence Renewal"
    # NZD is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    row = 2
    for line, ctype in lines:
        for m, month in enumerate(months):
            plan = round(rng.randrange(100000, 5000000) / 100, 2)
            act = round(plan * rng.uniform(0.75, 1.2), 2) if m < done else None
            etc = None if m < done else plan
            eac = act if act is not None else plan
            _put(ws, row, 1, [[inv, ctype, line, month, plan, act, etc, eac, "NZD"]])
            ws.cell(row, 4).number_format = "yyyy-mm-dd"
            values.append(_fin(month, line, "budget", plan))
            if act is not None:
                values.append(_fin(month, line, "actual", act))
            if etc is not None:
                values.append(_fin(month, line, "forecast", etc))
            row += 1
    path = _save(wb, folder, "nz_predator_fence_ppm_export")
    heads = [None, None, "cost_line", "month", "budget", "actual", "forecast", None, None]
    targets = _cols("A", heads)
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Financials", 1, "finance", targets, {"finance": n})], values)


GALLERY_ELEMENTS = ["Gallery fit-out", "Climate control", "Manuscript archive"]
GALLERY_ELEMENTS += ["Lighting", "Consultancy"]


def ae_calligraphy_sheets_le(folder: Path, rng: random.Random) -> Built:
    """Baseline / Actuals / LE sheets, months as date cells, AED '000."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), rng.randint(5, 8))
    done = rng.randint(1, len(months) - 1)
    elems = rng.sample(GALLERY_ELEMENTS, rng.randint(2, 4))
    # AED is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    sheets = [("Baseline", "budget"), ("Actuals", "actual"), ("LE", "forecast")]
    for s, (title, key) in enumerate(sheets):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Sharjah Calligraphy Centre - Gallery Extension - {title} (AED '000)"
        ws.cell(3, 1, "Cost element")
        for m, month in enumerate(months):
            ws.cell(3, 2 + m, month).number_format = "mmm-yy"
        for r, el in enumerate(elems):
            ws.cell(4 + r, 1, el)
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                if key == "forecast" and m < done:
                    continue
                v = round(rng.randrange(20, 3000) / 10, 1)
                ws.cell(4 + r, 2 + m, v).number_format = "#,##0.0"
                values.append(_fin(month, el, key, round(v * 1000, 2)))
        tables.append(TruthTable(title, 3, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(elems)}
    path = _save(wb, folder, "ae_calligraphy_sheets_le")
    return Built(path, tables, values)


FABOD_LINES = ["Timmer", "Tak", "El", "VA", "Projektering"]


def se_fabod_transposed(folder: Path, rng: random.Random) -> Built:
    """Months DOWN as text `2026-01`, cost lines ACROSS, Budget / Utfall sheets, tkr."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 6))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(FABOD_LINES, rng.randint(3, 5))
    # SEK is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Budget", "budget"), ("Utfall", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Fäbodvallen Ljusnedal, restaurering - {title.lower()} per månad"
        ws["A2"] = "Belopp i tkr (SEK)"
        _put(ws, 4, 1, [["Månad", *lines, "Summa"]])
        for m, month in enumerate(months):
            if key == "actual" and m >= done:
                continue
            ws.cell(5 + m, 1, f"{month.year}-{month.month:02d}")
            tot = 0.0
            for c, line in enumerate(lines):
                v = float(rng.randrange(10, 900))
                ws.cell(5 + m, 2 + c, v)
                tot += v
                values.append(_fin(month, line, key, v * 1000))
            ws.cell(5 + m, 2 + len(lines), tot)
        tables.append(TruthTable(title, 4, "finance", {"A": "month"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "se_fabod_transposed")
    return Built(path, tables, values)


STATION_LINES = ["Pulper and fermentation tanks", "Drying tables", "Water recirculation"]
STATION_LINES += ["Farmer training", "Field officer salaries", "Audit fees"]


def ke_coffee_station_donor_bva(folder: Path, rng: random.Random) -> Built:
    """A donor budget vs actual: annual budget, monthly actual columns, burn rate."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Gatundu Coffee Washing Station Upgrade - Budget vs Actual"
    months = _months(date(2026, 1, 1), rng.randint(3, 6))
    ws["A2"] = f"Reporting period: January - {MONTH_WORDS[months[-1].month - 1]} 2026"
    head: list[object] = ["Budget line", "Annual budget (KES)"]
    head += [f"Actual {MON3[m.month - 1]}-26" for m in months]
    head += ["Total to date", "Burn rate %"]
    _put(ws, 4, 1, [head])
    lines = rng.sample(STATION_LINES, rng.randint(3, 5))
    # KES is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        annual = _money(rng, 50, 900, 10000)
        cells: list[object] = [line, annual]
        tot = 0.0
        for month in months:
            a = _money(rng, 5, 80, 1000)
            cells.append(a)
            tot += a
            values.append(_fin(month, line, "actual", a))
        cells += [tot, round(tot / annual, 3)]
        _put(ws, 5 + r, 1, [cells])
        ws.cell(5 + r, len(cells)).number_format = "0.0%"
    path = _save(wb, folder, "ke_coffee_station_donor_bva")
    targets: Targets = {"A": "cost_line", "B": None}
    n = len(months) * len(lines)
    return Built(path, [TruthTable("BvA", 4, "finance", targets, {"finance": n})], values)


TOWER_LINES = ["Základy", "Ocelová konstrukce", "Dřevěné obložení", "Elektroinstalace"]
TOWER_LINES += ["Projektová dokumentace"]


def cz_rozhledna_plan_skutecnost(folder: Path, rng: random.Random) -> Built:
    """Plán / Skutečnost rows per item, months as text `1/2026`, thousands of koruna."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Čerpání")
    ws["A1"] = "Rozhledna na Kleti - obnova, čerpání rozpočtu"
    ws["A2"] = "v tis. Kč"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 6))
    done = rng.randint(1, len(months) - 1)
    _put(ws, 4, 1, [["Položka", "Ukazatel", *[f"{m.month}/{m.year}" for m in months]]])
    lines = rng.sample(TOWER_LINES, rng.randint(2, 4))
    # CZK is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    row = 5
    for line in lines:
        ws.cell(row, 1, line)
        for k, (label, key) in enumerate([("Plán", "budget"), ("Skutečnost", "actual")]):
            ws.cell(row + k, 2, label)
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                v = float(rng.randrange(20, 2500))
                ws.cell(row + k, 3 + m, v).number_format = "#,##0"
                values.append(_fin(month, line, key, v * 1000))
        row += 2
    path = _save(wb, folder, "cz_rozhledna_plan_skutecnost")
    n = len(months) * len(lines)
    table = TruthTable("Čerpání", 4, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


HACIENDA_LINES = ["Restauración de muros", "Museografía", "Instalación eléctrica"]
HACIENDA_LINES += ["Supervisión INAH", "Jardinería"]
ORDINAL = ["1er", "2do", "3er", "4to"]


def mx_hacienda_quarterly_and_monthly(folder: Path, rng: random.Random) -> Built:
    """Months down as text `ene-2026`, Presupuesto / Ejercido / Por ejercer, quarter totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Avance financiero")
    ws["A1"] = "Museo Hacienda Sotuta de Peón - Avance financiero 2026"
    ws["A2"] = "Cifras en pesos (MXN)"
    _put(ws, 4, 1, [["Mes", "Partida", "Presupuesto", "Ejercido", "Por ejercer"]])
    months = _months(date(2026, 1, 1), 3 * rng.randint(1, 2))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(HACIENDA_LINES, rng.randint(2, 4))
    # MXN is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    row = 5
    qb = qa = 0.0
    for m, month in enumerate(months):
        for line in lines:
            p = _money(rng, 10, 800, 1000)
            cells: list[object] = [f"{ES_MON[month.month - 1]}-{month.year}", line, p, None, p]
            values.append(_fin(month, line, "budget", p))
            qb += p
            if m < done:
                e = _near(rng, p, 100)
                cells[3] = e
                cells[4] = p - e
                qa += e
                values.append(_fin(month, line, "actual", e))
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "$#,##0.00"
            row += 1
        if m % 3 == 2:
            _put(ws, row, 1, [[f"Total {ORDINAL[m // 3]} trimestre", None, qb, qa, qb - qa]])
            qb = qa = 0.0
            row += 1
    path = _save(wb, folder, "mx_hacienda_quarterly_and_monthly")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    n = len(months) * len(lines)
    table = TruthTable("Avance financiero", 4, "finance", targets, {"finance": n})
    return Built(path, [table], values)


CHAPEL_LINES = ["Structural retrofitting", "Roof and ceiling", "Stained glass repair"]
CHAPEL_LINES += ["Electrical and lighting", "Sound system"]


def ph_seminary_month_blocks(folder: Path, rng: random.Random) -> Built:
    """Merged month headers over Budget / Actual / Forecast columns, PHP, a TOTAL row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Monitoring")
    ws["A1"] = "San Carlos Seminary Chapel - Seismic Retrofit"
    ws["A2"] = "Cost Monitoring Report (in PHP)"
    months = _months(date(2026, rng.randint(1, 8), 1), rng.randint(3, 4))
    done = rng.randint(1, len(months) - 1)
    ws.cell(4, 1, "Particulars")
    ws.merge_cells(start_row=4, start_column=1, end_row=5, end_column=1)
    for m, month in enumerate(months):
        c = 2 + 3 * m
        ws.cell(4, c, f"{MONTH_WORDS[month.month - 1]} {month.year}")
        ws.merge_cells(start_row=4, start_column=c, end_row=4, end_column=c + 2)
        _put(ws, 5, c, [["Budget", "Actual", "Forecast"]])
    lines = rng.sample(CHAPEL_LINES, rng.randint(2, 4))
    # PHP is off the standards' currency list: no currency fact (lead, round 37)
    values: list[ValueFact] = []
    tot = [0.0] * (3 * len(months))
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            b = _money(rng, 20, 900, 1000)
            cells: list[tuple[int, float, str]] = [(0, b, "budget")]
            if m < done:
                cells.append((1, _near(rng, b, 100), "actual"))
            else:
                cells.append((2, _near(rng, b, 1000), "forecast"))
            for off, v, key in cells:
                ws.cell(6 + r, 2 + 3 * m + off, v).number_format = "#,##0.00"
                tot[3 * m + off] += v
                values.append(_fin(month, line, key, v))
    ws.cell(6 + len(lines), 1, "TOTAL")
    for i, t in enumerate(tot):
        if t:
            ws.cell(6 + len(lines), 2 + i, t).number_format = "#,##0.00"
    path = _save(wb, folder, "ph_seminary_month_blocks")
    n = len(months) * len(lines)
    table = TruthTable("Cost Monitoring", 5, "finance", {"A": "cost_line"}, {"finance": n})
    return Built(path, [table], values)


HELD_OUT_93: tuple[Layout, ...] = (
    Layout("no_turisthytte_rows_per_measure", "Norwegian Budsjett / Regnskap / Prognose rows, "
           "months `jan. 26`, space thousands", no_turisthytte_rows_per_measure),
    Layout("br_quilombo_stacked_blocks", "Brazilian PREVISTO / REALIZADO blocks stacked on one "
           "sheet", br_quilombo_stacked_blocks),
    Layout("za_payment_certificates", "South African payment certificate register and budget",
           za_payment_certificates),
    Layout("pl_cerkiew_harmonogram", "Polish months down `01.2026`, `12 345,67 zł`",
           pl_cerkiew_harmonogram),
    Layout("kr_templestay_millions_grouped", "Korean merged months over 계획 / 실적, 백만원",
           kr_templestay_millions_grouped),
    Layout("nz_predator_fence_ppm_export", "New Zealand PPM export with ETC / EAC",
           nz_predator_fence_ppm_export),
    Layout("ae_calligraphy_sheets_le", "UAE Baseline / Actuals / LE sheets, AED '000",
           ae_calligraphy_sheets_le),
    Layout("se_fabod_transposed", "Swedish months down, cost lines across, tkr",
           se_fabod_transposed),
    Layout("ke_coffee_station_donor_bva", "Kenyan donor BvA: annual budget, monthly actuals",
           ke_coffee_station_donor_bva),
    Layout("cz_rozhledna_plan_skutecnost", "Czech Plán / Skutečnost rows, `1/2026`, tis. Kč",
           cz_rozhledna_plan_skutecnost),
    Layout("mx_hacienda_quarterly_and_monthly", "Mexican months down `ene-2026` with quarter "
           "totals", mx_hacienda_quarterly_and_monthly),
    Layout("ph_seminary_month_blocks", "Philippine merged months over Budget / Actual / "
           "Forecast", ph_seminary_month_blocks),
)  # fmt: skip
