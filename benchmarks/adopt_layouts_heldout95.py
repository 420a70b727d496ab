"""The ninety-fifth held-out batch (``HELD_OUT_95``, round 37, task w103): twelve seeded
legacy finance trackers with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses
or scores. It is FINANCE TRACKERS OF EVERY SHAPE, as PMs and project accountants keep
them: a period cost report with YTD and EAC, a purchase order tracker, an accruals long
table, a grant expense return, a capex / opex plan, an earned value sheet, a change-control
cost log, fiscal periods, a job-costing export, a grant drawdown and expenditure tracker,
months across a year boundary, a fiscal-year phasing. Twelve countries (Ireland, Portugal,
Finland, Chile, Vietnam, Morocco, Türkiye, Egypt, Denmark, Ghana, Greece, Australia). Every
input cell is a value.

Trackers:

- ``ie_currach_period_cost_reports``: an Irish island co-op's currach boathouse and
  slipway: one sheet per closed period (`Jan 2026` ..), a title block with `Period: January
  2026` and `All figures in EUR (excl. VAT)`, `Cost line`, `Approved budget`, `Budget this
  period`, `Actual this period`, `Budget YTD`, `Actual YTD`, `EAC`, `Variance`, a `Total`.
- ``pt_montado_purchase_orders``: a Portuguese cork oak (montado) nursery: an `Orçamento`
  sheet (`Rubrica`, months as date cells `mmm/aa`) and a PO tracker `Encomendas`: `N.º
  Encomenda`, `Data encomenda` and `Data fatura` as text `dd/mm/aaaa`, `Fornecedor`,
  `Rubrica`, `Valor encomenda`, `Faturado`, `Estado`; `Valores em euros` in the title.
- ``fi_husky_accruals_long``: a Finnish husky kennel's visitor centre: one row per period
  and cost type, `Kausi` as text `3/2026`, `Kustannuslaji`, `Budjetti`, `Toteutunut`,
  `Jaksotus` (the month-end accrual, on the last closed period only), `Ennuste` (open
  periods); `Summat euroina, alv 0 %`.
- ``cl_atrapanieblas_rendicion``: a Chilean fog-catcher water project's expense return to a
  regional fund: `Mes` as text `marzo 2026`, `Ítem presupuestario`, `Presupuesto aprobado`,
  `Gasto rendido`, `Saldo`, `N° documento`; amounts as text `$ 1.250.000` (pesos).
- ``vn_non_la_capex_opex``: a Vietnamese conical-hat (nón lá) craft village centre: sheets
  `Kế hoạch` and `Thực hiện`, `STT`, `Hạng mục`, `Phân loại` (`Chi đầu tư (CAPEX)` /
  `Chi thường xuyên (OPEX)`), months across as text `T3/2026`, `Cộng`; `Đơn vị tính: triệu
  đồng` (millions of dong).
- ``ma_grenier_valeur_acquise``: a Moroccan collective granary (agadir) restoration's
  earned value sheet: `Mois` as text `mars 2026`, `Lot`, `VP du mois`, `VA du mois`, `CR du
  mois`, the same three `cumulée`, `IPD`, `IPC`; `Montants en dirhams (MAD)`.
- ``tr_balloon_field_change_log``: a Turkish balloon launch field's change-control cost
  log read as the decisions: `Değişiklik No` (`DK-01`), `Tarih` as text `dd.mm.yyyy`,
  `Değişiklik`, `Gerekçe`, `Maliyet etkisi (TL)` as text `+125.000,00`, `Süre etkisi (gün)`,
  `Karar` (`Onaylandı` / `Reddedildi`), `Onaylayan`; a `Toplam onaylanan` row.
- ``eg_pottery_school_fy_periods``: an Egyptian village pottery school's capital budget:
  `FY 2026/27 (1 July 2026 - 30 June 2027; P1 = July)`, sheets `Budget` and `Actual`,
  `Cost line`, periods `P1` .. across, `Total`; `EGP '000`.
- ``dk_bouldering_job_export``: a Danish bouldering hall's job-costing export: `Sagsnr.`,
  `Sagsnavn`, `Aktivitet`, `Periode` as text `2026-03`, `Budget`, `Realiseret`, `Prognose`
  (open periods), `Afvigelse`, `Valuta` DKK.
- ``gh_kente_grant_drawdown``: a Ghanaian kente weaving centre's grant tracker: a
  `Drawdowns` sheet (tranches requested and received, no cost line) and an `Expenditure`
  sheet: `Month ending` date cells `dd/mm/yyyy`, `Budget line`, `Planned (USD)`, `Spent
  (USD)`, `Cumulative spent (USD)`, `Balance of line (USD)`.
- ``gr_flamingo_hide_year_boundary``: a Greek lagoon's flamingo observation hide: a merged
  year row (`2026` / `2027`) over Greek month abbreviations (`Οκτ`, `Νοε`, `Δεκ`, `Ιαν` ..),
  `Κατηγορία δαπάνης`, `Είδος` (`Προϋπολογισμός` / `Απολογισμός`) rows; `Ποσά σε ευρώ (€)`.
- ``au_platypus_fy_phasing``: an Australian water authority's platypus refuge creek works:
  `Financial year 2026-27 (July to June)`, `Amounts AUD ex GST`, sheets `Phasing FY27`
  (`Account`, `Description`, `Cap/Op` `Capital` / `Operating`, `FY27 Budget`, `Jul` ..
  `Jun`, `Check`) and `YTD Actuals` (the closed months filled).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Finnish `Jaksotus` (an accrual booked at month end, reversed next month): no fact;
  `Toteutunut` (booked) is the actual, as earlier audits left accruals and commitments out;
- the Portuguese `Valor encomenda` (the order, a commitment): no fact; `Faturado`
  (invoiced) is the actual of the `Data fatura` month, one order per line and month
  invoiced, so no sums; open orders (`Aberta`, no invoice) no fact; `Data encomenda`,
  `N.º Encomenda`, `Fornecedor`, `Estado` left out;
- the Moroccan `VA du mois` (earned value), every `cumulée` column, `IPD` / `IPC`: no fact;
  `VP du mois` (planned value of the month) is the budget, `CR du mois` (actual cost) the
  actual;
- the Irish `Approved budget`, `Budget YTD`, `Actual YTD`, `EAC`, `Variance`: no fact; each
  sheet's month is its `Period:` line (and sheet name); `Budget this period` / `Actual this
  period` are the month's budget and actual;
- the Australian `FY27 Budget` (a year's budget) and `Check` columns, the `Account` codes:
  no fact; `Jul` .. `Dec` are 2026 and `Jan` .. `Jun` 2027 by the title's year; `Capital`
  is CapEx and `Operating` OpEx, on each line's first month (July 2026);
- the Vietnamese `Phân loại`: CapEx / OpEx on each line's first month; `STT` (a row
  number) left out; `Cộng` (row totals) no fact; `triệu đồng` multiplies by 1,000,000;
- the Egyptian periods: `P1` is July 2026 by the title; `EGP '000` multiplies by 1000;
  the titles `Capital Budget` / `Capital Actual` make every line CapEx (on its first
  month, July 2026), as round 36's audit read an Indian `Capex` title;
- the Ghanaian `Drawdowns` sheet (money received from the donor, not spent): no table, no
  fact; `Cumulative spent` and `Balance of line`: no fact; `Month ending` date cells are
  their months;
- the Chilean `Saldo` and `N° documento`: no fact; future months have no `Gasto rendido`;
- the Danish `Afvigelse`, `Sagsnr.`, `Sagsnavn`, `Valuta`: no fact; `Prognose` only on
  open periods (forecast);
- the Turkish `Maliyet etkisi (TL)` and `Süre etkisi (gün)`: left out (no decision field);
  `Karar` (approved / rejected) left out; `Değişiklik` is the decision (on approved rows
  only, since round 37's audit), `Gerekçe` its rationale, `Onaylayan` who made it, `Tarih`
  its date; `DK-01` no id (since the audit); the `Toplam onaylanan` row no item;
- currencies off the standard list (CLP, VND, MAD, TRY, EGP, DKK): no currency fact; EUR,
  USD and AUD are facts where the title or header names them;
- every `Total` / `Cộng` / `Toplam` row or column: no cost line, no fact;
- the title lines are not project names (unlabelled).

Readings used: date cells are the month they hold; text months (`3/2026`, `marzo 2026`,
`T3/2026`, `mars 2026`, `2026-03`, Greek month words under a year) name their months; it
was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output.

Round 37's audit (task a107, docs/adopt.md "Round 37: the ninety-fifth batch's truth
audited") changed one layout, no cell: the Turkish change log's `Değişiklik No` (`DK-01`, a
change number: nothing says it numbers decisions) is no decision id (column A `id` or left
out, no `id` values), as round 36 ruled on the Polish `CR-01` and the French `DM-01`; and a
refused change (`Reddedildi`) keeps its date, rationale and approver but has no decision
text (the change's text states the opposite of what was decided, round 36's ruling on
`Rejected` rows). Facts at seed 2026: 418 -> 415 (values 276 -> 273); at 7: 506 -> 498; at
99: 447 -> 443. Everything else was checked against the cells and left as written.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    TruthTable,
    ValueFact,
    _cols,
    _dmy,
    _months,
    _put,
    _save,
    _sheet,
)

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_WORDS = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTH_WORDS += ["September", "October", "November", "December"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MONTHS += ["septiembre", "octubre", "noviembre", "diciembre"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
FR_MONTHS += ["septembre", "octobre", "novembre", "décembre"]
GR_MON = ["Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"]


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


def _fin(month: date, line: str, column: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), column, value)


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(max(step, round(x * rng.uniform(0.8, 1.2) / step) * step))


def _dotted(x: float) -> str:
    """Dot thousands (`1.250.000`)."""
    return f"{int(x):,}".replace(",", ".")


def _month_end(m: date) -> date:
    nxt = date(m.year + 1, 1, 1) if m.month == 12 else date(m.year, m.month + 1, 1)
    return nxt - timedelta(days=1)


CURRACH_LINES = ["Slipway and apron", "Boathouse structure", "Roofing (Bangor slate)"]
CURRACH_LINES += ["Design team fees", "Mooring and pontoon", "Tarring shed fit-out"]


def ie_currach_period_cost_reports(folder: Path, rng: random.Random) -> Built:
    """One cost report sheet per closed period: this period, YTD, EAC, variance."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), rng.randint(2, 4))
    lines = rng.sample(CURRACH_LINES, rng.randint(3, 5))
    approved = {line: _money(rng, 40, 400, 1000) for line in lines}
    eac = {line: _near(rng, approved[line], 500) for line in lines}
    ytd_b = dict.fromkeys(lines, 0.0)
    ytd_a = dict.fromkeys(lines, 0.0)
    values = [_cur("EUR")]
    tables: list[TruthTable] = []
    head = ["Cost line", "Approved budget", "Budget this period", "Actual this period"]
    head += ["Budget YTD", "Actual YTD", "EAC", "Variance"]
    for s, month in enumerate(months):
        title = f"{MON3[month.month - 1]} {month.year}"
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = "Comharchumann Inis Oírr - Currach Boathouse & Slipway"
        ws["A2"] = "Monthly Cost Report"
        ws["A3"] = f"Period: {MONTH_WORDS[month.month - 1]} {month.year}"
        ws["A4"] = "All figures in EUR (excl. VAT)"
        _put(ws, 6, 1, [head])
        row = 7
        for line in lines:
            b = _money(rng, 2, 60, 500)
            a = _near(rng, b, 50)
            ytd_b[line] += b
            ytd_a[line] += a
            cells = [line, approved[line], b, a, ytd_b[line], ytd_a[line], eac[line]]
            _put(ws, row, 1, [[*cells, approved[line] - eac[line]]])
            for c in range(2, 9):
                ws.cell(row, c).number_format = "#,##0;[Red](#,##0)"
            values.append(_fin(month, line, "budget", b))
            values.append(_fin(month, line, "actual", a))
            row += 1
        ws.cell(row, 1, "Total")
        for c in range(2, 9):
            total = sum(float(ws.cell(r, c).value or 0) for r in range(7, row))
            ws.cell(row, c, total).number_format = "#,##0;[Red](#,##0)"
        if rng.random() < 0.5:
            ws.cell(row + 2, 1, "Note: EAC per QS valuation; variance = approved budget less EAC.")
        targets = _cols("A", ["cost_line", None, "budget", "actual", None, None, None, None])
        tables.append(TruthTable(title, 6, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "ie_currach_period_cost_reports")
    return Built(path, tables, values)


MONTADO_LINES = ["Sementes e bolotas", "Estufa e sombreamento", "Rega gota-a-gota"]
MONTADO_LINES += ["Substrato e tabuleiros", "Mão de obra sazonal", "Vedação"]
SUPPLIERS = ["Agro-Sorraia, Lda.", "Hortiplás S.A.", "Irriga Ribatejo, Lda."]
SUPPLIERS += ["Viveiros do Sado", "Cooperativa Agrícola de Coruche"]


def pt_montado_purchase_orders(folder: Path, rng: random.Random) -> Built:
    """A monthly budget sheet and a purchase order tracker invoiced month by month."""
    wb = openpyxl.Workbook()
    bud = _sheet(wb, "Orçamento")
    bud["A1"] = "Viveiro de sobreiros do Montado de Coruche - orçamento mensal"
    bud["A2"] = "Valores em euros, sem IVA"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(MONTADO_LINES, rng.randint(2, 4))
    bud.cell(4, 1, "Rubrica")
    for m, month in enumerate(months):
        bud.cell(4, 2 + m, month).number_format = "mmm/yy"
    values = [_cur("EUR")]
    budget: dict[tuple[str, int], float] = {}
    for r, line in enumerate(lines):
        bud.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            b = budget[line, m] = _money(rng, 10, 400, 100)
            bud.cell(5 + r, 2 + m, b).number_format = '#,##0.00 "€"'
            values.append(_fin(month, line, "budget", b))
    ws = wb.create_sheet("Encomendas")
    ws["A1"] = "Registo de encomendas (notas de encomenda) - valores em euros"
    head = ["N.º Encomenda", "Data encomenda", "Fornecedor", "Rubrica", "Valor encomenda"]
    _put(ws, 3, 1, [[*head, "Faturado", "Data fatura", "Estado"]])
    row = 4
    n = rng.randint(20, 80)
    for m, month in enumerate(months[: done + 1]):
        for line in lines:
            ordered = date(month.year, month.month, rng.randint(1, 10))
            amount = round(budget[line, m] * rng.uniform(0.7, 1.15), 2)
            cells: list[object] = [f"NE-2026/{n:03d}", _dmy(ordered), rng.choice(SUPPLIERS)]
            cells += [line, amount, None, None, "Aberta"]
            if m < done:
                inv = round(amount * rng.choice([1.0, 1.0, rng.uniform(0.9, 1.0)]), 2)
                day = date(month.year, month.month, rng.randint(15, 28))
                cells[5:8] = [inv, _dmy(day), rng.choice(["Faturada", "Fechada"])]
                values.append(_fin(month, line, "actual", inv))
            _put(ws, row, 1, [cells])
            for c in (5, 6):
                ws.cell(row, c).number_format = '#,##0.00 "€"'
            n += 1
            row += 1
    path = _save(wb, folder, "pt_montado_purchase_orders")
    targets = _cols("A", [None, None, None, "cost_line", None, "actual", "month", None])
    tables = [
        TruthTable(
            "Orçamento", 4, "finance", {"A": "cost_line"}, {"finance": len(months) * len(lines)}
        ),
        TruthTable("Encomendas", 3, "finance", targets, {}),
    ]
    return Built(path, tables, values)


HUSKY_LINES = ["Maanrakennus", "Runko ja vesikatto", "LVIS-työt", "Koiratarhat"]
HUSKY_LINES += ["Suunnittelu", "Sisustus ja kalusteet"]


def fi_husky_accruals_long(folder: Path, rng: random.Random) -> Built:
    """Periods down as `3/2026`, Budjetti / Toteutunut / Jaksotus / Ennuste."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seuranta")
    ws["A1"] = "Huskytilan vierailijakeskus, Rovaniemi - kustannusseuranta"
    ws["A2"] = "Summat euroina, alv 0 %"
    _put(ws, 4, 1, [["Kausi", "Kustannuslaji", "Budjetti", "Toteutunut", "Jaksotus", "Ennuste"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(HUSKY_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 10, 500, 100)
            cells: list[object] = [f"{month.month}/{month.year}", line, b, None, None, None]
            values.append(_fin(month, line, "budget", b))
            if m < done:
                a = _near(rng, b, 10)
                cells[3] = a
                values.append(_fin(month, line, "actual", a))
                if m == done - 1 and rng.random() < 0.6:
                    cells[4] = _money(rng, 1, 40, 100)
            else:
                f = _near(rng, b, 100)
                cells[5] = f
                values.append(_fin(month, line, "forecast", f))
            _put(ws, row, 1, [cells])
            for c in range(3, 7):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    path = _save(wb, folder, "fi_husky_accruals_long")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "forecast"])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Seuranta", 4, "finance", targets, {"finance": n})], values)


FOG_LINES = ["Mallas raschel", "Estructura y postes", "Estanques de acopio"]
FOG_LINES += ["Cañerías y conducción", "Capacitación comunitaria", "Honorarios ingeniería"]


def cl_atrapanieblas_rendicion(folder: Path, rng: random.Random) -> Built:
    """Months down as `marzo 2026`, approved budget vs expense returned, `$ 1.250.000`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rendición")
    ws["A1"] = "Proyecto Atrapanieblas Alto Patache - Rendición de gastos FNDR"
    ws["A2"] = "Región de Tarapacá - montos en pesos chilenos"
    head = ["Mes", "Ítem presupuestario", "Presupuesto aprobado", "Gasto rendido", "Saldo"]
    _put(ws, 4, 1, [[*head, "N° documento"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(FOG_LINES, rng.randint(2, 4))
    values: list[ValueFact] = []
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            p = _money(rng, 5, 900, 10000)
            cells: list[object] = [f"{ES_MONTHS[month.month - 1]} {month.year}", line]
            cells += [f"$ {_dotted(p)}", None, None, None]
            values.append(_fin(month, line, "budget", p))
            if m < done:
                g = _near(rng, p, 1000)
                cells[3] = f"$ {_dotted(g)}"
                cells[4] = f"$ {_dotted(p - g)}" if p >= g else f"-$ {_dotted(g - p)}"
                cells[5] = f"F-{rng.randint(1000, 9999)}"
                values.append(_fin(month, line, "actual", g))
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "cl_atrapanieblas_rendicion")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Rendición", 4, "finance", targets, {"finance": n})], values)


NON_LA_LINES = [("Nhà trưng bày", "Chi đầu tư (CAPEX)"), ("Xưởng chằm nón", "Chi đầu tư (CAPEX)")]
NON_LA_LINES += [("Đào tạo nghệ nhân", "Chi thường xuyên (OPEX)")]
NON_LA_LINES += [("Quảng bá du lịch", "Chi thường xuyên (OPEX)")]
NON_LA_LINES += [("Hệ thống điện nước", "Chi đầu tư (CAPEX)")]


def vn_non_la_capex_opex(folder: Path, rng: random.Random) -> Built:
    """Kế hoạch / Thực hiện sheets, CAPEX / OPEX per line, months `T3/2026`, triệu đồng."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 6))
    done = rng.randint(1, len(months) - 1)
    lines = rng.sample(NON_LA_LINES, rng.randint(2, 4))
    plan = {
        (line, m): float(rng.randrange(20, 1500)) for line, _ in lines for m in range(len(months))
    }
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Kế hoạch", "budget"), ("Thực hiện", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Trung tâm làng nghề nón lá Tây Hồ - {title} vốn năm 2026"
        ws["A2"] = "Đơn vị tính: triệu đồng"
        labels = [f"T{m.month}/{m.year}" for m in months]
        _put(ws, 4, 1, [["STT", "Hạng mục", "Phân loại", *labels, "Cộng"]])
        for r, (line, kind) in enumerate(lines):
            ws.cell(5 + r, 1, r + 1)
            ws.cell(5 + r, 2, line)
            ws.cell(5 + r, 3, kind)
            tot = 0.0
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                v = plan[line, m] if key == "budget" else _near(rng, plan[line, m], 1)
                ws.cell(5 + r, 4 + m, v).number_format = "#,##0"
                tot += v
                values.append(_fin(month, line, key, v * 1_000_000))
            ws.cell(5 + r, 4 + len(months), tot).number_format = "#,##0"
            if key == "budget":
                capex = "CapEx" if "CAPEX" in kind else "OpEx"
                values.append(_fin(months[0], line, "capex_opex", capex))
        targets = {"A": None, "B": "cost_line", "C": "capex_opex"}
        tables.append(TruthTable(title, 4, "finance", targets, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "vn_non_la_capex_opex")
    return Built(path, tables, values)


GRANARY_LOTS = ["Lot 1 - Maçonnerie en pierre", "Lot 2 - Charpente en thuya"]
GRANARY_LOTS += ["Lot 3 - Portes et serrures en bois", "Lot 4 - Sentier d'accès"]
GRANARY_LOTS += ["Lot 5 - Muséographie"]


def ma_grenier_valeur_acquise(folder: Path, rng: random.Random) -> Built:
    """An earned value sheet: monthly PV / EV / AC, cumulative columns, SPI / CPI."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Valeur acquise")
    ws["A1"] = "Restauration du grenier collectif (agadir) d'Amtoudi - suivi en valeur acquise"
    ws["A2"] = "Montants en dirhams (MAD)"
    head = ["Mois", "Lot", "VP du mois", "VA du mois", "CR du mois", "VP cumulée"]
    _put(ws, 4, 1, [[*head, "VA cumulée", "CR cumulée", "IPD", "IPC"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    lots = rng.sample(GRANARY_LOTS, rng.randint(2, 4))
    cum = {lot: [0.0, 0.0, 0.0] for lot in lots}
    values: list[ValueFact] = []
    row = 5
    for m, month in enumerate(months):
        for lot in lots:
            pv = _money(rng, 10, 600, 1000)
            values.append(_fin(month, lot, "budget", pv))
            c = cum[lot]
            c[0] += pv
            cells: list[object] = [f"{FR_MONTHS[month.month - 1]} {month.year}", lot, pv]
            if m < done:
                ev = _near(rng, pv, 500)
                ac = _near(rng, ev, 100)
                c[1] += ev
                c[2] += ac
                values.append(_fin(month, lot, "actual", ac))
                cells += [ev, ac, c[0], c[1], c[2], round(c[1] / c[0], 2), round(c[1] / c[2], 2)]
            else:
                cells += [None, None, c[0], None, None, None, None]
            _put(ws, row, 1, [cells])
            for col in range(3, 9):
                ws.cell(row, col).number_format = "#,##0"
            row += 1
    path = _save(wb, folder, "ma_grenier_valeur_acquise")
    targets = _cols("A", ["month", "cost_line", "budget", None, "actual"] + [None] * 5)
    n = len(months) * len(lots)
    return Built(
        path, [TruthTable("Valeur acquise", 4, "finance", targets, {"finance": n})], values
    )


BALLOON_CHANGES = [
    ("Kalkış platformlarının sayısı 6'dan 8'e çıkarılacak", "Sezonda artan uçuş talebi"),
    ("Zemin kaplaması beton yerine sıkıştırılmış stabilize", "Tarihi alan koruma kurulu görüşü"),
    ("Yolcu bekleme çadırı yerine ahşap gölgelik", "Rüzgâr yükü ve bakım maliyeti"),
    ("Aydınlatma direklerinin yüksekliği 4 m ile sınırlanacak", "Balon iniş güvenliği"),
    ("Otopark 40 araçtan 60 araca genişletilecek", "Tur firmalarının talebi"),
    ("Yangın söndürme hattına ek hidrant", "İtfaiye raporu"),
    ("Peyzajda yerel bitki türleri kullanılacak", "Sulama suyunun kısıtlı olması"),
]
APPROVERS = ["Mehmet Yılmaz", "Ayşe Demir", "Hakan Öztürk", "Zeynep Kaya"]


def tr_balloon_field_change_log(folder: Path, rng: random.Random) -> Built:
    """A change-control cost log read as the decisions: Onaylandı / Reddedildi."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Değişiklik Kaydı")
    ws["A1"] = "Göreme Balon Kalkış Alanı Düzenlemesi - Değişiklik Kontrol Kaydı"
    ws["A2"] = "Tutarlar TL, KDV hariç"
    head = ["Değişiklik No", "Tarih", "Değişiklik", "Gerekçe", "Maliyet etkisi (TL)"]
    _put(ws, 4, 1, [[*head, "Süre etkisi (gün)", "Karar", "Onaylayan"]])
    changes = rng.sample(BALLOON_CHANGES, rng.randint(3, 6))
    day = date(2026, rng.randint(1, 4), rng.randint(1, 20))
    values: list[ValueFact] = []
    approved = 0.0
    for i, (text, why) in enumerate(changes):
        day += timedelta(days=rng.randint(5, 25))
        cost = float(rng.choice([-1, 1, 1, 1]) * rng.randrange(1, 120) * 5000)
        sign = "+" if cost >= 0 else "-"
        amount = f"{sign}{_dotted(abs(cost))},00"
        verdict = rng.choice(["Onaylandı", "Onaylandı", "Reddedildi"])
        who = rng.choice(APPROVERS)
        cid = f"DK-{i + 1:02d}"
        cells = [cid, _dmy(day, "."), text, why, amount, rng.randint(0, 21), verdict, who]
        _put(ws, 5 + i, 1, [cells])
        if verdict == "Onaylandı":
            approved += cost
        values += [
            ValueFact("decisions", i, "date", day),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
        if verdict == "Onaylandı":  # a refused change's text is not what was decided
            values.append(ValueFact("decisions", i, "decision", text))
    last = 5 + len(changes)
    ws.cell(last + 1, 3, "Toplam onaylanan")
    sign = "+" if approved >= 0 else "-"
    ws.cell(last + 1, 5, f"{sign}{_dotted(abs(approved))},00")
    path = _save(wb, folder, "tr_balloon_field_change_log")
    targets = _cols(
        "A", [("id", None), "date", "decision", "rationale", None, None, None, "made_by"]
    )
    table = TruthTable("Değişiklik Kaydı", 4, "decisions", targets, {"decisions": len(changes)})
    return Built(path, [table], values)


POTTERY_LINES = ["Kiln house", "Clay preparation yard", "Studio building"]
POTTERY_LINES += ["Gas kilns (2)", "Wheels and tools", "Consultant supervision"]


def eg_pottery_school_fy_periods(folder: Path, rng: random.Random) -> Built:
    """Fiscal periods P1 .. (P1 = July) across, Budget / Actual sheets, EGP '000."""
    wb = openpyxl.Workbook()
    n = rng.randint(4, 6)
    months = _months(date(2026, 7, 1), n)
    done = rng.randint(1, n - 1)
    lines = rng.sample(POTTERY_LINES, rng.randint(3, 5))
    plan = {(line, m): rng.randrange(50, 9000) for line in lines for m in range(n)}
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Budget", "budget"), ("Actual", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Tunis Village Pottery School, Fayoum - Capital {title}"
        ws["A2"] = "FY 2026/27 (1 July 2026 - 30 June 2027; P1 = July)"
        ws["A3"] = "EGP '000"
        _put(ws, 5, 1, [["Cost line", *[f"P{p + 1}" for p in range(n)], "Total"]])
        for r, line in enumerate(lines):
            ws.cell(6 + r, 1, line)
            tot = 0.0
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                tenths = (
                    plan[line, m]
                    if key == "budget"
                    else round(plan[line, m] * rng.uniform(0.8, 1.2))
                )
                v = round(max(tenths, 1) / 10, 1)
                ws.cell(6 + r, 2 + m, v).number_format = "#,##0.0"
                tot += v
                values.append(_fin(month, line, key, round(v * 1000, 2)))
            if key == "budget":
                values.append(_fin(months[0], line, "capex_opex", "CapEx"))
            ws.cell(6 + r, 2 + n, round(tot, 1)).number_format = "#,##0.0"
        ws.cell(6 + len(lines), 1, "Total")
        for c in range(2, 3 + n):
            col = [ws.cell(6 + r, c).value for r in range(len(lines))]
            if any(x is not None for x in col):
                ws.cell(
                    6 + len(lines), c, round(sum(float(x or 0) for x in col), 1)
                ).number_format = "#,##0.0"
        tables.append(TruthTable(title, 5, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": n * len(lines)}
    path = _save(wb, folder, "eg_pottery_school_fy_periods")
    return Built(path, tables, values)


BOULDER_ACTIVITIES = ["Klatrevægge og greb", "Faldunderlag", "Ventilation", "Omklædning"]
BOULDER_ACTIVITIES += ["Rådgivning", "Café-inventar"]


def dk_bouldering_job_export(folder: Path, rng: random.Random) -> Built:
    """A job-costing export: Periode `2026-03`, Budget / Realiseret / Prognose, Valuta."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sagsposter")
    head = ["Sagsnr.", "Sagsnavn", "Aktivitet", "Periode", "Budget", "Realiseret"]
    _put(ws, 1, 1, [[*head, "Prognose", "Afvigelse", "Valuta"]])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    acts = rng.sample(BOULDER_ACTIVITIES, rng.randint(2, 4))
    job, name = "24117", "Boulderhal Aarhus Ø - ombygning"
    values: list[ValueFact] = []
    row = 2
    for act in acts:
        for m, month in enumerate(months):
            b = _money(rng, 10, 800, 500)
            cells: list[object] = [job, name, act, f"{month.year}-{month.month:02d}", b]
            values.append(_fin(month, act, "budget", b))
            if m < done:
                a = _near(rng, b, 50)
                cells += [a, None, b - a, "DKK"]
                values.append(_fin(month, act, "actual", a))
            else:
                f = _near(rng, b, 500)
                cells += [None, f, None, "DKK"]
                values.append(_fin(month, act, "forecast", f))
            _put(ws, row, 1, [cells])
            for c in (5, 6, 7, 8):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    path = _save(wb, folder, "dk_bouldering_job_export")
    heads = [None, None, "cost_line", "month", "budget", "actual", "forecast", None, None]
    n = len(months) * len(acts)
    return Built(
        path, [TruthTable("Sagsposter", 1, "finance", _cols("A", heads), {"finance": n})], values
    )


KENTE_LINES = ["Looms and weaving sheds", "Yarn and dyes", "Weaver apprenticeships"]
KENTE_LINES += ["Solar power", "Monitoring and evaluation", "Audit"]


def gh_kente_grant_drawdown(folder: Path, rng: random.Random) -> Built:
    """A grant's drawdowns (no table) and its expenditure by month ending, in USD."""
    wb = openpyxl.Workbook()
    dd = _sheet(wb, "Drawdowns")
    dd["A1"] = "Bonwire Kente Weaving Centre - Grant Drawdown & Expenditure Tracker"
    dd["A2"] = "Grant agreement GA-2025-118; amounts in USD"
    _put(dd, 4, 1, [["Tranche", "Date requested", "Amount requested (USD)", "Date received"]])
    dd.cell(4, 5, "Amount received (USD)")
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    done = rng.randint(1, len(months) - 1)
    for t in range(rng.randint(1, 3)):
        req = _money(rng, 20, 90, 1000)
        got = date(2026, months[0].month, 1) + timedelta(days=40 * t + rng.randint(5, 20))
        _put(dd, 5 + t, 1, [[f"Tranche {t + 1}", got - timedelta(days=14), req, got, req]])
        for c in (2, 4):
            dd.cell(5 + t, c).number_format = "dd/mm/yyyy"
    ws = wb.create_sheet("Expenditure")
    ws["A1"] = "Expenditure against grant budget (USD)"
    head = ["Month ending", "Budget line", "Planned (USD)", "Spent (USD)"]
    _put(ws, 3, 1, [[*head, "Cumulative spent (USD)", "Balance of line (USD)"]])
    lines = rng.sample(KENTE_LINES, rng.randint(2, 4))
    totals = {line: _money(rng, 20, 80, 1000) for line in lines}
    cum = dict.fromkeys(lines, 0.0)
    values = [_cur("USD")]
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            p = _money(rng, 5, 150, 20)
            cells: list[object] = [_month_end(month), line, p, None, None, None]
            values.append(_fin(month, line, "budget", p))
            if m < done:
                s = _near(rng, p, 5)
                cum[line] += s
                cells[3:6] = [s, cum[line], totals[line] - cum[line]]
                values.append(_fin(month, line, "actual", s))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "dd/mm/yyyy"
            for c in range(3, 7):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
    path = _save(wb, folder, "gh_kente_grant_drawdown")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Expenditure", 3, "finance", targets, {"finance": n})], values)


HIDE_LINES = ["Ξύλινο παρατηρητήριο", "Πεζόδρομος πρόσβασης", "Πινακίδες ερμηνείας"]
HIDE_LINES += ["Φωτοβολταϊκό σύστημα", "Μελέτες και επίβλεψη"]


def gr_flamingo_hide_year_boundary(folder: Path, rng: random.Random) -> Built:
    """A merged year row over Greek month words, Προϋπολογισμός / Απολογισμός rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Παρακολούθηση")
    ws["A1"] = "Παρατηρητήριο φλαμίνγκο, λιμνοθάλασσα Καλλονής - οικονομική παρακολούθηση"
    ws["A2"] = "Ποσά σε ευρώ (€)"
    months = _months(date(2026, rng.randint(9, 11), 1), rng.randint(4, 6))
    done = rng.randint(1, len(months) - 1)
    ws.cell(5, 1, "Κατηγορία δαπάνης")
    ws.cell(5, 2, "Είδος")
    for year in sorted({m.year for m in months}):
        cols = [2 + 1 + i for i, m in enumerate(months) if m.year == year]
        ws.cell(4, cols[0], year)
        if len(cols) > 1:
            ws.merge_cells(start_row=4, start_column=cols[0], end_row=4, end_column=cols[-1])
    for m, month in enumerate(months):
        ws.cell(5, 3 + m, GR_MON[month.month - 1])
    lines = rng.sample(HIDE_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 6
    for line in lines:
        ws.cell(row, 1, line)
        for k, (label, key) in enumerate([("Προϋπολογισμός", "budget"), ("Απολογισμός", "actual")]):
            ws.cell(row + k, 2, label)
            for m, month in enumerate(months):
                if key == "actual" and m >= done:
                    continue
                v = round(rng.randrange(50000, 2500000) / 100, 2)
                ws.cell(row + k, 3 + m, v).number_format = "#,##0.00 €"
                values.append(_fin(month, line, key, v))
        row += 2
    path = _save(wb, folder, "gr_flamingo_hide_year_boundary")
    n = len(months) * len(lines)
    targets = {"A": "cost_line", "B": "measure"}
    return Built(path, [TruthTable("Παρακολούθηση", 5, "finance", targets, {"finance": n})], values)


CREEK_LINES = [("4410-210", "Bank stabilisation (rock beaching)", "Capital")]
CREEK_LINES += [("4410-230", "Riparian revegetation", "Capital")]
CREEK_LINES += [("4410-250", "Fish and platypus passage", "Capital")]
CREEK_LINES += [("5120-310", "Weed control contract", "Operating")]
CREEK_LINES += [("5120-340", "Community Waterwatch monitoring", "Operating")]


def au_platypus_fy_phasing(folder: Path, rng: random.Random) -> Built:
    """A July-June phasing with `Jul` .. `Jun` words, Capital / Operating, YTD actuals."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 7, 1), 12)
    done = rng.randint(2, 8)
    lines = rng.sample(CREEK_LINES, rng.randint(2, 4))
    words = [MON3[m.month - 1] for m in months]
    values = [_cur("AUD")]
    ph = _sheet(wb, "Phasing FY27")
    ph["A1"] = "Merri Creek Platypus Refuge - Waterway Rehabilitation"
    ph["A2"] = "Financial year 2026-27 (July to June)"
    ph["A3"] = "Amounts AUD ex GST"
    _put(ph, 5, 1, [["Account", "Description", "Cap/Op", "FY27 Budget", *words, "Check"]])
    act = wb.create_sheet("YTD Actuals")
    act["A1"] = "Merri Creek Platypus Refuge - actuals to date"
    act["A2"] = "Financial year 2026-27 (July to June)"
    act["A3"] = "Amounts AUD ex GST"
    _put(act, 5, 1, [["Account", "Description", *words, "YTD"]])
    for r, (account, line, kind) in enumerate(lines):
        phased = [_money(rng, 1, 60, 500) for _ in months]
        annual = sum(phased)
        _put(ph, 6 + r, 1, [[account, line, kind, annual, *phased, 0]])
        for c in range(4, 17):
            ph.cell(6 + r, c).number_format = "#,##0"
        for month, b in zip(months, phased, strict=True):
            values.append(_fin(month, line, "budget", b))
        values.append(_fin(months[0], line, "capex_opex", "CapEx" if kind == "Capital" else "OpEx"))
        act.cell(6 + r, 1, account)
        act.cell(6 + r, 2, line)
        ytd = 0.0
        for m, month in enumerate(months[:done]):
            a = round(phased[m] * rng.uniform(0.7, 1.25), 2)
            act.cell(6 + r, 3 + m, a).number_format = "#,##0.00"
            ytd += a
            values.append(_fin(month, line, "actual", a))
        act.cell(6 + r, 15, round(ytd, 2)).number_format = "#,##0.00"
    path = _save(wb, folder, "au_platypus_fy_phasing")
    n = len(months) * len(lines)
    tables = [
        TruthTable(
            "Phasing FY27",
            5,
            "finance",
            {"A": None, "B": "cost_line", "C": "capex_opex", "D": None},
            {"finance": n},
        ),
        TruthTable("YTD Actuals", 5, "finance", {"A": None, "B": "cost_line"}, {}),
    ]
    return Built(path, tables, values)


HELD_OUT_95: tuple[Layout, ...] = (
    Layout("ie_currach_period_cost_reports", "Irish period cost report sheets: this period, "
           "YTD, EAC, variance", ie_currach_period_cost_reports),
    Layout("pt_montado_purchase_orders", "Portuguese monthly budget and purchase order "
           "tracker invoiced by month", pt_montado_purchase_orders),
    Layout("fi_husky_accruals_long", "Finnish periods down `3/2026`, Budjetti / Toteutunut / "
           "Jaksotus / Ennuste", fi_husky_accruals_long),
    Layout("cl_atrapanieblas_rendicion", "Chilean fund expense return, `marzo 2026`, "
           "`$ 1.250.000`", cl_atrapanieblas_rendicion),
    Layout("vn_non_la_capex_opex", "Vietnamese Kế hoạch / Thực hiện sheets, CAPEX / OPEX, "
           "triệu đồng", vn_non_la_capex_opex),
    Layout("ma_grenier_valeur_acquise", "Moroccan earned value sheet, VP / VA / CR du mois",
           ma_grenier_valeur_acquise),
    Layout("tr_balloon_field_change_log", "Turkish change-control cost log as decisions",
           tr_balloon_field_change_log),
    Layout("eg_pottery_school_fy_periods", "Egyptian P1 = July fiscal periods, EGP '000",
           eg_pottery_school_fy_periods),
    Layout("dk_bouldering_job_export", "Danish job-costing export, Periode `2026-03`",
           dk_bouldering_job_export),
    Layout("gh_kente_grant_drawdown", "Ghanaian grant drawdowns and expenditure by month "
           "ending, USD", gh_kente_grant_drawdown),
    Layout("gr_flamingo_hide_year_boundary", "Greek merged year row over month words across "
           "a year boundary", gr_flamingo_hide_year_boundary),
    Layout("au_platypus_fy_phasing", "Australian July-June phasing, Capital / Operating, YTD "
           "actuals", au_platypus_fy_phasing),
)  # fmt: skip
