"""The hundred-and-first held-out batch (``HELD_OUT_101``, round 37): twelve seeded legacy
finance trackers with ground truth, written by an engineer who does not tune adoption and
who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores
(task w109). It is FINANCE TRACKERS OF EVERY SHAPE, as PMs and project accountants keep them
in twelve countries: a period cost report, a capex / opex phasing, an invoice log, a
physical-financial schedule, an earned-value report, a finance-system export, a grant
schedule, a rolling forecast, a capital / revenue monitor, a budget-actual sheet with merged
months, progress claims with holdback and an accruals sheet. Every input cell is a value.

Trackers:

- ``ie_students_union_cost_report``: an Irish students' union building refurbishment's
  monthly cost report: `Reporting period: <Month> 2026` in the title block, `Cost code`,
  `Description`, `Current budget`, `Actual this period`, `Actual to date`, `Committed`,
  `EAC`, `Variance`, a `TOTAL` row; `All figures EUR, excl. VAT`.
- ``za_ferrochrome_capex_opex_phasing``: a South African ferrochrome smelter's furnace
  reline: July-start year, `Line item`, `CAPEX/OPEX`, months across as text `Jul-26`, an
  `FY Total` column; `R` amounts (ZAR).
- ``ch_mountain_hut_invoices``: a Swiss Alpine club section's mountain hut rebuild: one row
  per invoice, `Rechnungsdatum` (text `dd.mm.yyyy`), `Kreditor`, `BKP` (`211
  Baumeisterarbeiten`), `Bestellung Nr.`, `Betrag CHF` (text `12'345.60`), a `Total` row;
  summed by month and BKP line.
- ``br_ethanol_mill_cronograma``: a Brazilian ethanol mill's distillery expansion
  (`cronograma físico-financeiro`): `Etapa` merged over a `Previsto` row and a `Realizado`
  row (`Tipo`), months across as text `jan/26`, a `Total` column; `Valores em R$` (BRL).
- ``us_p25_radio_evm``: a US county's P25 emergency radio network, an earned-value report
  by control account: `Status Date` (month-end date cells `m/d/yyyy`), `Control Account`,
  `CAM`, `BCWS`, `BCWP`, `ACWP`, `CV`, `SV`, `CPI`; `($K)` in the title: thousands of USD.
- ``ph_bpo_oracle_export``: a Philippine BPO's seat expansion fit-out, an Oracle Projects
  expenditure export with no title block: `Project Number`, `Project Name`, `Task Number`,
  `Expenditure Category`, `Expenditure Type`, `Expenditure Item Date` (text `14-MAR-2026`),
  `Period Name` (`MAR-26`), `Supplier Name`, `Burdened Cost`, `Currency` (`PHP`); summed by
  period and expenditure type.
- ``pl_sleeper_coach_grant``: a Polish rail operator's EU-funded sleeper coach
  modernisation: `Miesiąc` (text `marzec 2026`), `Pozycja budżetu`, `Plan`, `Wykonanie`,
  `Wydatki kwalifikowalne`, amounts as Polish text numbers (`1 234 567,89`), a `Razem` row;
  `Kwoty w zł` (PLN).
- ``se_trotting_track_rolling_forecast``: a Swedish trotting track's new grandstand, a
  rolling forecast: a two-row header, `Utfall` merged over the closed months and `Prognos`
  over the rest, months as text `2026-01` under them, `Kostnadsslag` down, a `Helår`
  column; `Belopp i tkr` (thousands of SEK).
- ``gb_community_pub_capital_revenue``: a UK community-owned pub's buy-and-refurbish
  project: April-start year, `Month` (date cells `mmm-yy`), `Budget heading`, `Capital /
  Revenue`, `Budget £`, `Actual £` (closed months only), `Variance £`.
- ``jp_shrine_restoration_yojitsu``: a Japanese shrine's hall restoration budget-actual
  sheet (`予実管理`): `月` (text `2026年4月`) merged over its month's rows, `費目`, `予算額`,
  `実績額` (closed months only), `差異`; `単位：円`.
- ``ca_grain_elevator_progress_claims``: a Canadian grain elevator annex's progress claims:
  `Claim #`, `Period ending` (month-end date cells `yyyy-mm-dd`), `Trade`, `Work this
  period`, `Holdback (10%)`, `Net payable`, `Paid?`; `Amounts in CAD, excl. GST`.
- ``au_pony_club_accruals``: an Australian pony club's arena and stables upgrade, a July-start
  year: `Month` (text `Jul 2026`), `Cost line`, `Budget`, `Invoiced`, `Accrued`, `Actual
  (incl. accruals)`, `Comments` (some rows); `AUD`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the Irish cost report's month is the title block's `Reporting period`; `Actual this
  period` is that month's actual per line; `Current budget`, `Actual to date`,
  `Committed`, `EAC` and `Variance` are whole-life or cumulative: no fact; `Cost code` left
  out (a code of the cost plan, no register id), the `TOTAL` row no fact;
- the US `BCWS` (planned value, the time-phased budget) is the month's budget and `ACWP`
  the actual, as round 10's audit read planned value; `BCWP`, `CV`, `SV`, `CPI` and `CAM`
  no fact; amounts in `$K` are thousands;
- the Oracle export: `Period Name` is the month (the item dates lie in it), `Expenditure
  Item Date` left out; `Expenditure Type` is the cost line; `Expenditure Category` is the
  category or left out, with no value fact (its words `Construction`, `Furniture`, `IT
  Infrastructure` are on no standard `cost_category` list; round 37's audit, below);
  `Supplier Name`, project and task columns left out; PHP is off the standard's currency
  list: no currency fact;
- the Polish `Wydatki kwalifikowalne` (eligible spend, a part of the actual) left out;
  `Plan` is the budget and `Wykonanie` the actual; the `Razem` row no fact;
- the Canadian `Work this period` (the gross value claimed) is the actual; `Holdback`,
  `Net payable`, `Paid?` and `Claim #` no fact; the month is the period-ending date's;
- the Australian `Actual (incl. accruals)` is the actual, `Invoiced` and `Accrued` no fact
  (round 9's audit); `Comments` are the line's notes where written;
- the UK `Capital` / `Revenue` words are the public and charity sector's CapEx / OpEx (a
  fact on every month's row); `Variance £` no fact;
- the South African `CAPEX` / `OPEX` cell is the line's `capex_opex` on every month; the
  phased amounts are the budget; `FY Total`, `Helår`, the Brazilian `Total` column and the
  Japanese `差異` are sums or differences: no fact;
- the Swedish `Utfall` months are actuals and `Prognos` months forecasts; `tkr` is thousands;
- the Swiss invoice log's `Kreditor` and `Bestellung Nr.` left out; the month's actual per
  `BKP` line is the sum of its invoices; the `Total` row no fact;
- currencies off the standard's list (ZAR, BRL, PHP, PLN, SEK) get no fact; a finance line
  counts only where a cell holds an amount.

Readings used: month date cells are the month they hold (a month-end date is its month);
text months name their month; merged month cells hold for every row they span; the title or
a unit line names the currency. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output.

Audited in round 37 (docs/adopt.md, "Round 37: the hundred-and-first batch's truth
audited"; test ``test_hundred_and_first_held_out_truth_as_audited_in_round_37``): every
layout dumped at seed 2026 and spot-checked at seed 7. One reading corrected: the Oracle
export's `Expenditure Category` had a `category` fact on every month's line (18 at seed
2026), but `Construction`, `Furniture` and `IT Infrastructure` are on no standard
`cost_category` list, so the column is `("category", None)` and no category fact, as round
36's audit ruled the eighty-sixth batch's Oracle `EXPENDITURE_CATEGORY`. Values at seed
2026: 304 -> 286 (facts 407 -> 389). No cell changed; every other fact as written.
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
    _months,
    _put,
    _save,
    _sheet,
)

MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August"]
MONTHS_EN += ["September", "October", "November", "December"]


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(round(x * rng.uniform(0.8, 1.2) / step) * step)


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


def _fin(month: date, line: str, key: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), key, value)


def _count(values: list[ValueFact]) -> int:
    return len({v.where for v in values if v.register == "finance"})


def _month_end(month: date) -> date:
    nxt = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _grouped(x: float, sep: str, dec: str) -> str:
    whole, cents = f"{x:,.2f}".split(".")
    return whole.replace(",", sep) + dec + cents


SU_LINES = [
    ("02.10", "Demolitions and strip-out"),
    ("03.20", "Structural alterations"),
    ("05.10", "Mechanical services"),
    ("05.20", "Electrical services"),
    ("06.40", "Fit-out and joinery"),
    ("08.10", "Design team fees"),
]


def ie_students_union_cost_report(folder: Path, rng: random.Random) -> Built:
    """A one-period cost report: the month in the title block, whole-life columns beside."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    month = date(2026, rng.randint(1, 9), 1)
    ws["A1"] = "Students' Union Building Refurbishment - Monthly Cost Report"
    ws["A2"] = f"Reporting period: {MONTHS_EN[month.month - 1]} {month.year}"
    ws["A3"] = "All figures EUR, excl. VAT"
    head = ["Cost code", "Description", "Current budget", "Actual this period"]
    head += ["Actual to date", "Committed", "EAC", "Variance"]
    _put(ws, 5, 1, [head])
    lines = sorted(rng.sample(SU_LINES, rng.randint(3, 6)))
    values = [_cur("EUR")]
    tot = [0.0] * 6
    for r, (code, desc) in enumerate(lines):
        budget = _money(rng, 40, 900, 1000)
        this = _money(rng, 1, 60, 250)
        to_date = this + _money(rng, 0, 200, 500)
        committed = _money(rng, 0, 100, 500)
        eac = _near(rng, budget, 500)
        cells = [budget, this, to_date, committed, eac, budget - eac]
        _put(ws, 6 + r, 1, [[code, desc, *cells]])
        for c in range(6):
            ws.cell(6 + r, 3 + c).number_format = "#,##0;(#,##0)"
            tot[c] += cells[c]
        values.append(_fin(month, desc, "actual", this))
    end = 6 + len(lines)
    ws.cell(end, 2, "TOTAL")
    for c in range(6):
        ws.cell(end, 3 + c, tot[c]).number_format = "#,##0;(#,##0)"
    if rng.random() < 0.5:
        ws.cell(end + 2, 1, "Note: EAC excludes the unallocated risk allowance.")
    path = _save(wb, folder, "ie_students_union_cost_report")
    targets = _cols("A", [None, "cost_line", None, "actual", None, None, None, None])
    table = TruthTable("Cost Report", 5, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


SMELTER_LINES = {
    "Refractory lining": "CAPEX",
    "Electrode column rebuild": "CAPEX",
    "Tap-hole equipment": "CAPEX",
    "Crane hire": "OPEX",
    "Shutdown labour": "OPEX",
    "Consumable spares": "OPEX",
}


def za_ferrochrome_capex_opex_phasing(folder: Path, rng: random.Random) -> Built:
    """July-start year phasing with a CAPEX/OPEX column; rand is off the currency list."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Phasing FY27")
    ws["A1"] = "Furnace 3 Reline Project - Budget Phasing FY2027"
    ws["A2"] = "Financial year 1 July 2026 - 30 June 2027; amounts in Rand (R)"
    months = _months(date(2026, 7, 1), rng.randint(6, 12))
    labels = [f"{MON3[m.month - 1]}-{m.year % 100}" for m in months]
    _put(ws, 4, 1, [["Line item", "CAPEX/OPEX", *labels, "FY Total"]])
    lines = rng.sample(sorted(SMELTER_LINES), rng.randint(3, 6))
    values: list[ValueFact] = []
    fmt = '"R" # ##0'
    for r, line in enumerate(lines):
        kind = SMELTER_LINES[line]
        ws.cell(5 + r, 1, line)
        ws.cell(5 + r, 2, kind)
        tot = 0.0
        for m, month in enumerate(months):
            if rng.random() < 0.2:
                continue  # nothing phased in that month
            v = _money(rng, 10, 900, 5000)
            ws.cell(5 + r, 3 + m, v).number_format = fmt
            tot += v
            values.append(_fin(month, line, "budget", v))
            values.append(_fin(month, line, "capex_opex", "CapEx" if kind == "CAPEX" else "OpEx"))
        ws.cell(5 + r, 3 + len(months), tot).number_format = fmt
    path = _save(wb, folder, "za_ferrochrome_capex_opex_phasing")
    targets = {"A": "cost_line", "B": "capex_opex"}
    table = TruthTable("Phasing FY27", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


BKP_LINES = [
    "211 Baumeisterarbeiten",
    "214 Montagebau in Holz",
    "221 Fenster aus Holz",
    "232 Starkstrominstallationen",
    "250 Sanitäranlagen",
    "291 Architekt",
]
KREDITOREN = ["Air Glaciers SA", "Holzbau Zgraggen AG", "Elektro Arnold GmbH", "Gasser Bau AG"]


def ch_mountain_hut_invoices(folder: Path, rng: random.Random) -> Built:
    """One row per invoice, Swiss text amounts, summed by month and BKP line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rechnungen")
    ws["A1"] = "SAC-Sektion Rigi - Ersatzneubau Gratlihütte - Rechnungskontrolle"
    ws["A2"] = "Beträge in CHF inkl. MWST"
    _put(ws, 4, 1, [["Rechnungsdatum", "Kreditor", "BKP", "Bestellung Nr.", "Betrag CHF"]])
    months = _months(date(2026, rng.randint(5, 7), 1), rng.randint(2, 4))
    lines = rng.sample(BKP_LINES, rng.randint(2, 5))
    sums: dict[tuple[date, str], float] = {}
    rows: list[tuple[date, list[object]]] = []
    for month in months:
        for line in lines:
            for _ in range(rng.randint(0, 3)):
                amt = float(rng.randrange(50000, 9000000)) / 100
                day = date(month.year, month.month, rng.randint(1, 28))
                order = f"B-{rng.randint(100, 999)}"
                rows.append((day, [f"{day:%d.%m.%Y}", rng.choice(KREDITOREN), line, order]))
                rows[-1][1].append(_grouped(amt, "'", "."))
                sums[(month, line)] = round(sums.get((month, line), 0.0) + amt, 2)
    rows.sort(key=lambda r: r[0])
    for r, (_, cells) in enumerate(rows):
        _put(ws, 5 + r, 1, [cells])
    end = 5 + len(rows)
    ws.cell(end, 4, "Total")
    ws.cell(end, 5, _grouped(round(sum(sums.values()), 2), "'", "."))
    values = [_cur("CHF")] + [_fin(m, ln, "actual", v) for (m, ln), v in sums.items()]
    path = _save(wb, folder, "ch_mountain_hut_invoices")
    targets = _cols("A", ["month", None, "cost_line", None, "actual"])
    table = TruthTable("Rechnungen", 4, "finance", targets, {"finance": len(sums)})
    return Built(path, [table], values)


PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
ETAPAS = ["Terraplenagem", "Fundações", "Estrutura metálica", "Colunas de destilação"]
ETAPAS += ["Montagem eletromecânica", "Comissionamento"]


def br_ethanol_mill_cronograma(folder: Path, rng: random.Random) -> Built:
    """Etapa merged over Previsto / Realizado rows, text months across, a Total column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cronograma")
    ws["A1"] = "Usina Boa Safra - Ampliação da destilaria - Cronograma físico-financeiro"
    ws["A2"] = "Valores em R$"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(4, 7))
    labels = [f"{PT_MONTHS[m.month - 1]}/{m.year % 100}" for m in months]
    _put(ws, 4, 1, [["Etapa", "Tipo", *labels, "Total"]])
    closed = rng.randint(1, len(months) - 1)
    etapas = ETAPAS[: rng.randint(3, 6)]
    values: list[ValueFact] = []
    row = 5
    for etapa in etapas:
        ws.cell(row, 1, etapa)
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 1, end_column=1)
        for k, (word, key) in enumerate([("Previsto", "budget"), ("Realizado", "actual")]):
            ws.cell(row + k, 2, word)
            tot = 0.0
            for m, month in enumerate(months):
                if key == "actual" and m >= closed:
                    continue
                v = float(rng.randrange(1000000, 90000000)) / 100
                ws.cell(row + k, 3 + m, v).number_format = "#,##0.00"
                tot += v
                values.append(_fin(month, etapa, key, v))
            ws.cell(row + k, 3 + len(months), round(tot, 2)).number_format = "#,##0.00"
        row += 2
    path = _save(wb, folder, "br_ethanol_mill_cronograma")
    targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Cronograma", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


RADIO_CAS = ["1.1 Tower Sites", "1.2 RF Equipment", "1.3 Microwave Backhaul"]
RADIO_CAS += ["1.4 Subscriber Radios", "1.5 Program Management"]
CAMS = ["D. Okafor", "L. Brennan", "M. Castillo", "R. Thibodeaux"]


def us_p25_radio_evm(folder: Path, rng: random.Random) -> Built:
    """Earned value by control account per month-end status date, in $K."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EV by CA")
    ws["A1"] = "Kettle Falls County P25 Public Safety Radio Network - Earned Value Report ($K)"
    ws["A2"] = "Baseline rev. 2; currency USD"
    head = ["Status Date", "Control Account", "CAM", "BCWS", "BCWP", "ACWP", "CV", "SV", "CPI"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(2, 4))
    cas = RADIO_CAS[: rng.randint(3, 5)]
    values = [_cur("USD")]
    row = 5
    for month in months:
        for ca in cas:
            pv = float(rng.randrange(200, 9000)) / 10
            ev = round(pv * rng.uniform(0.7, 1.1), 1)
            ac = round(ev * rng.uniform(0.85, 1.25), 1)
            cells = [_month_end(month), ca, rng.choice(CAMS), pv, ev, ac]
            cells += [round(ev - ac, 1), round(ev - pv, 1), round(ev / ac, 2)]
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "m/d/yyyy"
            for c in range(4, 9):
                ws.cell(row, c).number_format = "#,##0.0;(#,##0.0)"
            values.append(_fin(month, ca, "budget", round(pv * 1000, 2)))
            values.append(_fin(month, ca, "actual", round(ac * 1000, 2)))
            row += 1
    path = _save(wb, folder, "us_p25_radio_evm")
    targets = _cols("A", ["month", "cost_line", None, "budget", None, "actual", None, None, None])
    table = TruthTable("EV by CA", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


BPO_TYPES = {
    "Raised Access Flooring": "Construction",
    "Workstations and Chairs": "Furniture",
    "Electrical Subcontract": "Construction",
    "Precision Cooling": "Construction",
    "Network Cabling": "IT Infrastructure",
    "Headsets": "IT Infrastructure",
}
BPO_SUPPLIERS = ["Megawide Builders", "Ofix Davao Inc", "Wirelink Systems", "Coolair Phils"]


def ph_bpo_oracle_export(folder: Path, rng: random.Random) -> Built:
    """An Oracle Projects expenditure export with no title block, summed by period and type."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    head = ["Project Number", "Project Name", "Task Number", "Expenditure Category"]
    head += ["Expenditure Type", "Expenditure Item Date", "Period Name", "Supplier Name"]
    head += ["Burdened Cost", "Currency"]
    _put(ws, 1, 1, [head])
    months = _months(date(2026, rng.randint(1, 8), 1), rng.randint(2, 4))
    types = rng.sample(sorted(BPO_TYPES), rng.randint(3, 6))
    sums: dict[tuple[date, str], float] = {}
    row = 2
    for month in months:
        for t in types:
            for _ in range(rng.randint(0, 3)):
                amt = float(rng.randrange(500000, 250000000)) / 100
                day = date(month.year, month.month, rng.randint(1, 28))
                period = f"{MON3[month.month - 1].upper()}-{month.year % 100}"
                item = f"{day.day:02d}-{MON3[day.month - 1].upper()}-{day.year}"
                cells = ["PH-20417", "Davao Seat Expansion Ph2", f"{types.index(t) + 1}.0"]
                cells += [BPO_TYPES[t], t, item, period, rng.choice(BPO_SUPPLIERS), amt, "PHP"]
                _put(ws, row, 1, [cells])
                ws.cell(row, 9).number_format = "#,##0.00"
                sums[(month, t)] = round(sums.get((month, t), 0.0) + amt, 2)
                row += 1
    values = [_fin(m, t, "actual", v) for (m, t), v in sums.items()]
    # No category fact (round 37's audit): `Construction`, `Furniture` and `IT
    # Infrastructure` are on no standard `cost_category` list (round 36's audit of the
    # eighty-sixth batch's Oracle `EXPENDITURE_CATEGORY`): the column read either way.
    path = _save(wb, folder, "ph_bpo_oracle_export")
    targets = _cols("A", [None, None, None, ("category", None), "cost_line", None, "month"])
    targets |= {"H": None, "I": "actual", "J": None}
    table = TruthTable("Export", 1, "finance", targets, {"finance": len(sums)})
    return Built(path, [table], values)


PL_MONTHS = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec"]
PL_MONTHS += ["sierpień", "wrzesień", "październik", "listopad", "grudzień"]
PL_LINES = ["Wózki i zawieszenie", "Wnętrza przedziałów", "Klimatyzacja", "Instalacja elektryczna"]
PL_LINES += ["Nadzór i odbiory"]


def pl_sleeper_coach_grant(folder: Path, rng: random.Random) -> Built:
    """Polish text months and text amounts, Plan / Wykonanie and an eligible-spend column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Harmonogram")
    ws["A1"] = "Modernizacja wagonów sypialnych - harmonogram rzeczowo-finansowy"
    ws["A2"] = "Kwoty w zł"
    head = ["Miesiąc", "Pozycja budżetu", "Plan", "Wykonanie", "Wydatki kwalifikowalne"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(PL_LINES, rng.randint(2, 5))
    values: list[ValueFact] = []
    row = 5
    total = 0.0
    for m, month in enumerate(months):
        for line in lines:
            plan = float(rng.randrange(5000000, 300000000)) / 100
            total += plan
            cells: list[object] = [f"{PL_MONTHS[month.month - 1]} {month.year}", line]
            cells.append(_grouped(plan, " ", ","))
            values.append(_fin(month, line, "budget", plan))
            if m < closed:
                act = round(plan * rng.uniform(0.8, 1.15), 2)
                cells += [_grouped(act, " ", ","), _grouped(round(act * 0.85, 2), " ", ",")]
                values.append(_fin(month, line, "actual", act))
            _put(ws, row, 1, [cells])
            row += 1
    ws.cell(row, 1, "Razem")
    ws.cell(row, 3, _grouped(round(total, 2), " ", ","))
    path = _save(wb, folder, "pl_sleeper_coach_grant")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    table = TruthTable("Harmonogram", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


SE_LINES = ["Markarbeten", "Stomme och tak", "Läktarbänkar", "El och belysning", "Projektering"]


def se_trotting_track_rolling_forecast(folder: Path, rng: random.Random) -> Built:
    """Utfall / Prognos merged over the months, text months under them, tkr amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Prognos 2026")
    ws["A1"] = "Travbanan Ny läktare - Rullande prognos 2026"
    ws["A2"] = "Belopp i tkr"
    months = _months(date(2026, 1, 1), rng.randint(6, 12))
    closed = rng.randint(2, len(months) - 1)
    ws.cell(4, 2, "Utfall")
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=1 + closed)
    ws.cell(4, 2 + closed, "Prognos")
    if closed < len(months) - 1:
        ws.merge_cells(start_row=4, start_column=2 + closed, end_row=4,
                       end_column=1 + len(months))  # fmt: skip
    ws.cell(5, 1, "Kostnadsslag")
    for m, month in enumerate(months):
        ws.cell(5, 2 + m, f"{month.year}-{month.month:02d}")
    ws.cell(5, 2 + len(months), "Helår")
    lines = rng.sample(SE_LINES, rng.randint(2, 5))
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        tot = 0
        for m, month in enumerate(months):
            v = rng.randrange(20, 1500)
            ws.cell(6 + r, 2 + m, v).number_format = "# ##0"
            tot += v
            key = "actual" if m < closed else "forecast"
            values.append(_fin(month, line, key, float(v * 1000)))
        ws.cell(6 + r, 2 + len(months), tot).number_format = "# ##0"
    path = _save(wb, folder, "se_trotting_track_rolling_forecast")
    table = TruthTable("Prognos 2026", 5, "finance", {"A": "cost_line"}, {})
    table.counts = {"finance": _count(values)}
    return Built(path, [table], values)


PUB_LINES = {
    "Building purchase": "Capital",
    "Kitchen refit": "Capital",
    "Cellar and bar equipment": "Capital",
    "Legal and survey fees": "Revenue",
    "Share offer marketing": "Revenue",
    "Opening stock": "Revenue",
}


def gb_community_pub_capital_revenue(folder: Path, rng: random.Random) -> Built:
    """April-start year, months down as date cells, Capital / Revenue beside each line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "2026-27")
    ws["A1"] = "The Drovers Arms Community Benefit Society - Purchase & Refurbishment"
    ws["A2"] = "Budget monitoring 2026/27 (April - March)"
    head = ["Month", "Budget heading", "Capital / Revenue", "Budget £", "Actual £", "Variance £"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    closed = rng.randint(1, len(months))
    lines = rng.sample(sorted(PUB_LINES), rng.randint(2, 5))
    values = [_cur("GBP")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 5, 400, 100)
            cells: list[object] = [month, line, PUB_LINES[line], b]
            values.append(_fin(month, line, "budget", b))
            kind = "CapEx" if PUB_LINES[line] == "Capital" else "OpEx"
            values.append(_fin(month, line, "capex_opex", kind))
            if m < closed:
                a = _near(rng, b, 10)
                cells += [a, b - a]
                values.append(_fin(month, line, "actual", a))
            _put(ws, row, 1, [cells])
            ws.cell(row, 1).number_format = "mmm-yy"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0;[Red]-#,##0"
            row += 1
        row += 1 if rng.random() < 0.3 else 0  # a blank row between some months
    path = _save(wb, folder, "gb_community_pub_capital_revenue")
    targets = _cols("A", ["month", "cost_line", "capex_opex", "budget", "actual", None])
    table = TruthTable("2026-27", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


JP_LINES = ["木工事", "屋根工事（檜皮葺）", "仮設工事", "塗装工事", "設計監理"]


def jp_shrine_restoration_yojitsu(folder: Path, rng: random.Random) -> Built:
    """Text months merged over their rows, budget and actual in yen, a difference column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予実管理")
    ws["A1"] = "令和8年度 本殿保存修理事業 予算実績管理表"
    ws["A2"] = "単位：円"
    _put(ws, 4, 1, [["月", "費目", "予算額", "実績額", "差異"]])
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(JP_LINES, rng.randint(2, 5))
    values = [_cur("JPY")]
    row = 5
    for m, month in enumerate(months):
        ws.cell(row, 1, f"{month.year}年{month.month}月")
        if len(lines) > 1:
            ws.merge_cells(start_row=row, start_column=1, end_row=row + len(lines) - 1,
                           end_column=1)  # fmt: skip
        for line in lines:
            b = _money(rng, 10, 900, 10000)
            ws.cell(row, 2, line)
            ws.cell(row, 3, b).number_format = "#,##0"
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                a = _near(rng, b, 1000)
                ws.cell(row, 4, a).number_format = "#,##0"
                ws.cell(row, 5, b - a).number_format = "#,##0;△#,##0"
                values.append(_fin(month, line, "actual", a))
            row += 1
    path = _save(wb, folder, "jp_shrine_restoration_yojitsu")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    table = TruthTable("予実管理", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


TRADES = ["Slipform concrete", "Steel bins", "Conveyors and legs", "Electrical", "Dust control"]


def ca_grain_elevator_progress_claims(folder: Path, rng: random.Random) -> Built:
    """Progress claims per trade per month-end, gross work beside holdback and net payable."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Progress Claims")
    ws["A1"] = "Prairie Rose Co-op - Grain Elevator Annex Construction"
    ws["A2"] = "Amounts in CAD, excl. GST"
    head = ["Claim #", "Period ending", "Trade", "Work this period", "Holdback (10%)"]
    head += ["Net payable", "Paid?"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(4, 8), 1), rng.randint(2, 4))
    trades = rng.sample(TRADES, rng.randint(2, 5))
    values = [_cur("CAD")]
    row = 5
    for m, month in enumerate(months):
        for t in trades:
            if rng.random() < 0.2:
                continue  # that trade claimed nothing that month
            work = float(rng.randrange(500000, 60000000)) / 100
            hold = round(work * 0.1, 2)
            paid = "Yes" if m < len(months) - 1 else "No"
            cells = [m + 1, _month_end(month), t, work, hold, round(work - hold, 2), paid]
            _put(ws, row, 1, [cells])
            ws.cell(row, 2).number_format = "yyyy-mm-dd"
            for c in (4, 5, 6):
                ws.cell(row, c).number_format = "#,##0.00"
            values.append(_fin(month, t, "actual", work))
            row += 1
    path = _save(wb, folder, "ca_grain_elevator_progress_claims")
    targets = _cols("A", [None, "month", "cost_line", "actual", None, None, None])
    table = TruthTable("Progress Claims", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


PONY_LINES = ["Arena sand and drainage", "Stable block", "Fencing", "Water tanks", "Lighting"]
PONY_NOTES = ["Accrual reverses next month", "Invoice disputed", "Grant milestone 2"]


def au_pony_club_accruals(folder: Path, rng: random.Random) -> Built:
    """Invoiced and accrued beside the actual that includes accruals, July-start year."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Wattle Creek Pony Club - Arena & Stables Upgrade"
    ws["A2"] = "FY2026-27 (July-June) - AUD incl. accruals, ex GST"
    head = ["Month", "Cost line", "Budget", "Invoiced", "Accrued", "Actual (incl. accruals)"]
    _put(ws, 4, 1, [[*head, "Comments"]])
    months = _months(date(2026, 7, 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months))
    lines = rng.sample(PONY_LINES, rng.randint(2, 5))
    values = [_cur("AUD")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 5, 500, 100)
            cells: list[object] = [f"{MON3[month.month - 1]} {month.year}", line, b]
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                inv = _near(rng, b, 10)
                acc = _money(rng, 0, 40, 50)
                cells += [inv, acc, inv + acc]
                values.append(_fin(month, line, "actual", inv + acc))
                if acc and rng.random() < 0.3:
                    note = rng.choice(PONY_NOTES)
                    cells.append(note)
                    values.append(_fin(month, line, "notes", note))
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5, 6):
                ws.cell(row, c).number_format = "$#,##0.00"
            row += 1
    path = _save(wb, folder, "au_pony_club_accruals")
    targets = _cols("A", ["month", "cost_line", "budget", None, None, "actual", "notes"])
    table = TruthTable("Monthly", 4, "finance", targets, {"finance": _count(values)})
    return Built(path, [table], values)


HELD_OUT_101: tuple[Layout, ...] = (
    Layout("ie_students_union_cost_report", "Irish students' union monthly cost report, EAC",
           ie_students_union_cost_report),
    Layout("za_ferrochrome_capex_opex_phasing", "South African smelter reline phasing, CAPEX/OPEX",
           za_ferrochrome_capex_opex_phasing),
    Layout("ch_mountain_hut_invoices", "Swiss mountain hut rebuild invoice log by BKP line",
           ch_mountain_hut_invoices),
    Layout("br_ethanol_mill_cronograma", "Brazilian ethanol mill cronograma físico-financeiro",
           br_ethanol_mill_cronograma),
    Layout("us_p25_radio_evm", "US county P25 radio earned value by control account ($K)",
           us_p25_radio_evm),
    Layout("ph_bpo_oracle_export", "Philippine BPO fit-out Oracle Projects expenditure export",
           ph_bpo_oracle_export),
    Layout("pl_sleeper_coach_grant", "Polish sleeper coach EU grant schedule, text amounts",
           pl_sleeper_coach_grant),
    Layout("se_trotting_track_rolling_forecast", "Swedish trotting track Utfall / Prognos in tkr",
           se_trotting_track_rolling_forecast),
    Layout("gb_community_pub_capital_revenue", "UK community pub Capital / Revenue monitoring",
           gb_community_pub_capital_revenue),
    Layout("jp_shrine_restoration_yojitsu", "Japanese shrine restoration 予実管理 in yen",
           jp_shrine_restoration_yojitsu),
    Layout("ca_grain_elevator_progress_claims", "Canadian grain elevator progress claims, holdback",
           ca_grain_elevator_progress_claims),
    Layout("au_pony_club_accruals", "Australian pony club upgrade with accruals and comments",
           au_pony_club_accruals),
)  # fmt: skip
