"""Hundred-and-fourteenth held-out batch (round 39, task w122): finance trackers of every
shape, as project accountants, PMs and finance business partners keep a project's money in
twelve countries. Written from the writer's own picture of such workbooks (no earlier batch
opened); never tuned on.

- `nl_poldermolen_budgetbewaking`: a Dutch water board's polder mill restoration: one sheet
  per measure (`Begroting`, `Realisatie`), months DOWN as text `jan 2026`, `mrt 2026`, cost
  lines ACROSS (`Molenmaker`, `Metselwerk`, `Onvoorzien` ..), `Totaal` column and row,
  `Bedragen in euro's, excl. btw`; the realisation stops at the report month.
- `de_kaeserei_sap_periodenbericht`: an SAP-style plan/actual report by cost element for a
  cheese dairy's new ripening cellar: `Kostenart` (number), `Kostenartentext`, `Wertart`
  (`Plan` / `Ist` / `Obligo`), `Per. 001` .. across, `Summe`; `Geschäftsjahr 2026
  (Kalenderjahr)`, `Währung: EUR`. `Obligo` (commitments) rows carry no fact.
- `us_weigh_station_oracle_cost_summary`: an Oracle Projects cost summary export for a state
  DOT weigh station upgrade, long: `Project Number`, `Task Number`, `Task Name`,
  `Expenditure Category`, `Period Name` (`JAN-26`), `Budget Burdened Cost`, `Actual
  Burdened Cost`, `Forecast Burdened Cost`, `Currency` (USD); actual blank after the close.
- `au_boxing_gym_xero_budget_vs_actual`: a Xero profit and loss budget-vs-actual for a
  community boxing gym fit-out, measures grouped UNDER months: `Jul-26` merged over `Actual`
  / `Budget` / `Var $`, accounts down under `Capital Works` / `Operating Expenses` section
  rows with their own totals.
- `fr_mediatheque_suivi_subvention`: a French commune's media library grant follow-up:
  `Poste de dépense`, `Financeur`, `Type` (`Budget` / `Réalisé`), months `janv.-26`
  .. as text, a `Total T1` quarter column after each quarter, amounts as text `12 345,00 €`.
- `jp_sento_yosan_jisseki`: a Japanese public bath renovation 予算実績管理表: fiscal year
  from April (`2026年度（2026年4月～2027年3月）`), `費目` merged down over three rows
  `予算` / `実績` / `見込`, months `4月` .. across, `上期計` after `9月`, `（単位：円）`.
- `ca_fire_hall_evm_report`: a Canadian municipality's fire hall replacement earned value
  by control account: `CA #`, `Control Account`, `CAM`, `Measure` (`Planned Value (BCWS)`,
  `Earned Value (BCWP)`, `Actual Cost (ACWP)`, `CPI` rows per account), month-end date
  cells across (`dd-mmm-yy`), `Cum. to date`; `All values CAD`.
- `es_fronton_seguimiento_obra`: a Basque pelota court (frontón) works follow-up, months
  DOWN (`enero 2026` ..), partidas ACROSS as merged group labels over `Presupuesto` /
  `Certificado`, amounts as text `12.345,67 €`, `TOTAL` row.
- `pl_filharmonia_harmonogram`: a Polish philharmonic hall's grant schedule
  (harmonogram rzeczowo-finansowy), two sheets `Harmonogram` (plan) and `Wykonanie`
  (actual): `Nr`, `Nazwa zadania`, `Kategoria kosztu`, `Wartość ogółem`, months in Roman
  numerals `I 2026` .. across; amounts as text `12 345,67`; PLN.
- `se_folkhogskola_business_central`: a Swedish folk high school's Business Central
  `Budget jämfört med utfall` export, long: `Period` as a date filter
  `2026-01-01..2026-01-31`, `Kontonr`, `Kontonamn`, `Projekt`, `Budget`, `Utfall`,
  `Avvikelse`, `Avvikelse %`; SEK.
- `ch_schwinghalle_kostenstellen_sage`: a Swiss wrestling club's new hall (Schwinghalle),
  Sage cost centre export, long: `Kst.`, `Kostenstelle`, `Art` (`Investition` / `Betrieb`), `Monat` (`01.2026`),
  `Budget CHF`, `Ist CHF`, `Prognose CHF`, `Bemerkung`; text `12'345.50`.
- `gb_tithe_barn_cashflow_burn`: an English tithe barn conversion's cost plan and cash
  flow: `Cost code`, `Element`, `Approved budget`, `Committed to date`, month date cells
  (`mmm-yy`) under one merged `ACTUAL` group then one merged `FORECAST` group, `Total`;
  `All figures £ excl. VAT`.

Least-sure readings (no fact on any of them): the Xero section rows `Capital Works` /
`Operating Expenses` as CapEx / OpEx of the accounts under them (a heading, not a cell of
the line); the SAP `Obligo` and the English `Committed to date` (commitments: no standard
measure); the earned value `Earned Value (BCWP)` and `CPI` rows (no standard field;
`Planned Value (BCWS)` is read as the time-phased budget and `Actual Cost (ACWP)` as the
actual, as earned value management defines them; a month-end date header is that month);
the Oracle `Expenditure Category` and the Polish `Kategoria kosztu` words (`Labor`,
`Subcontract`, `Wynagrodzenia`, `Roboty budowlane`) against the standard cost categories
(column mapped to category or left out, no value); the French `Financeur` (who pays, not a
category); the totals of a line over the whole project (`Wartość ogółem`, `Approved
budget`, `Summe`, `Totaal`, `合計`, quarter and half-year totals) are no month's amount; the
English budget by month (the cash flow has no monthly budget: only actual and forecast
facts); the Oracle and the folk high school's project columns (a project's number is no
finance field); SEK and PLN are off the currency list (no fact). Read WITH a fact, as a
careful analyst would: the Japanese `見込` as the forecast of every month it fills (a closed
month's equals its `実績`); a blank contingency month as no finance line; the Swiss
`Investition` / `Betrieb` as CapEx / OpEx on each month's row; a month-end date header as
its month.

Truth audited in round 39 (task a126, docs/adopt.md "Round 39: the hundred-and-fourteenth
batch's truth audited"): the Dutch polder mill's `currency` EUR added (its unit line
`Bedragen in euro's` and its `€` cells, as round 38's audit read the same line); the Swiss
`Auswertung Kostenstellen per` date is no longer before the last month whose `Ist` it lists
(it was at about a quarter of the seeds; same draws, only its month moves). Values 588 ->
589 at seed 2026; every other table, column and fact checked and left as written.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, TruthTable, ValueFact, _months, _put, _save, _sheet
from openpyxl.styles import Alignment, Font

Data = dict[tuple[str, str, int], float]


def _facts(months: list[date], data: Data) -> list[ValueFact]:
    return [
        ValueFact("finance", (months[m], line), key, amt) for (key, line, m), amt in data.items()
    ]


def _pairs(data: Data) -> int:
    """The finance lines a person would adopt: each month and cost line holding an amount."""
    return len({(line, m) for (_, line, m) in data})


def _num(x: float, thou: str, dec: str, nd: int = 2) -> str:
    """``x`` written with a country's separators (``12.345,67``, ``12'345.50``)."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", thou)


def _money(rng: random.Random, lo: int, hi: int, cents: bool = False) -> float:
    if cents:
        return round(rng.randrange(lo * 100, hi * 100) / 100, 2)
    return float(rng.randrange(lo, hi) * 10)


def _bold(ws: openpyxl.worksheet.worksheet.Worksheet, ref: str, size: int = 12) -> None:
    ws[ref].font = Font(bold=True, size=size)


# ---------------------------------------------------------------------------------------
# 1. Netherlands: one sheet per measure, months down, cost lines across
# ---------------------------------------------------------------------------------------

_NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def nl_poldermolen_budgetbewaking(folder: Path, rng: random.Random) -> Built:
    """Begroting and Realisatie sheets: `Maand` down (`jan 2026`), cost lines across."""
    wb = openpyxl.Workbook()
    pool = ["Molenmaker", "Metselwerk romp", "Wiekenkruis", "Riet dekken", "Advies & toezicht"]
    lines = [*rng.sample(pool, rng.randint(3, 5)), "Onvoorzien"]
    first = rng.randint(1, 3)
    nm = rng.randint(6, 9)
    months = _months(date(2026, first, 1), nm)
    report = rng.randint(3, nm - 1)  # realisation filled for months 0..report-1
    data: Data = {}
    tables = []
    for s, (sheet, key) in enumerate((("Begroting", "budget"), ("Realisatie", "actual"))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = "Restauratie poldermolen De Eendracht - budgetbewaking"
        _bold(ws, "A1", 14)
        ws["A2"] = "Opdrachtgever: Waterschap Hollandse Kreken, afdeling Erfgoed"
        ws["A3"] = "Bedragen in euro's, excl. btw" + (
            "" if s == 0 else f" - stand t/m {_NL_MONTHS[months[report - 1].month - 1]}"
        )
        _put(ws, 5, 1, [["Maand", *lines, "Totaal"]])
        for m, mo in enumerate(months):
            row: list[object] = [f"{_NL_MONTHS[mo.month - 1]} {mo.year}"]
            tot = 0.0
            for line in lines:
                if key == "actual" and m >= report:
                    row.append(None)
                    continue
                if line == "Onvoorzien" and key == "actual" and rng.random() < 0.5:
                    row.append(None)  # no drawdown of the contingency that month
                    continue
                amt = _money(rng, 50, 2400)
                data[(key, line, m)] = amt
                row.append(amt)
                tot += amt
            row.append(tot if tot else None)
            _put(ws, 6 + m, 1, [row])
            for c in range(2, len(lines) + 3):
                ws.cell(6 + m, c).number_format = "€ #,##0"
        sums = [
            sum(v for (k, ln, _), v in data.items() if k == key and ln == line) for line in lines
        ]
        _put(ws, 6 + nm, 1, [["Totaal", *sums, sum(sums)]])
        tables.append(TruthTable(sheet, 5, "finance", {"A": "month"}, {}))
    tables[0].counts = {"finance": _pairs(data)}
    # Audit (round 39, a126): EUR from `Bedragen in euro's` (and the `€` cell formats), as
    # round 38's audit read the same unit line.
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "EUR")]
    return Built(_save(wb, folder, "nl_poldermolen_budgetbewaking"), tables, facts)


# ---------------------------------------------------------------------------------------
# 2. Germany: SAP-style periods across, value type down
# ---------------------------------------------------------------------------------------


def de_kaeserei_sap_periodenbericht(folder: Path, rng: random.Random) -> Built:
    """`Kostenart | Kostenartentext | Wertart | Per. 001 ..`; Plan / Ist / Obligo rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan-Ist Kostenarten")
    ws["A1"] = "Projekt P-26-031 Neubau Reifekeller Sennerei Oberallgäu"
    ws["A2"] = "Geschäftsjahr 2026 (Kalenderjahr)"
    ws["A3"] = "Währung: EUR"
    ws["E3"] = f"Erstellt am {rng.randint(10, 28):02d}.{rng.randint(7, 9):02d}.2026"
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    pool = [
        (430000, "Fremdleistungen Bau"),
        (431200, "Kältetechnik"),
        (420000, "Personalkosten intern"),
        (470500, "Planungsleistungen"),
        (474000, "Genehmigungsgebühren"),
    ]
    elems = rng.sample(pool, rng.randint(3, 4))
    header = ["Kostenart", "Kostenartentext", "Wertart"]
    header += [f"Per. {p + 1:03d}" for p in range(nm)] + ["Summe"]
    _put(ws, 5, 1, [header])
    data: Data = {}
    r = 6
    for code, text in elems:
        for wert, key in (("Plan", "budget"), ("Ist", "actual"), ("Obligo", None)):
            if key is None and rng.random() < 0.4:
                continue
            row: list[object] = [code, text, wert]
            vals = [_money(rng, 100, 3000, cents=True) for _ in range(nm)]
            row += [*vals, round(sum(vals), 2)]
            _put(ws, r, 1, [row])
            for c in range(4, 5 + nm):
                ws.cell(r, c).number_format = "#,##0.00"
            if key:
                for m, v in enumerate(vals):
                    data[(key, text, m)] = v
            r += 1
    table = TruthTable(
        "Plan-Ist Kostenarten",
        5,
        "finance",
        {"A": None, "B": "cost_line", "C": "measure"},
        {"finance": _pairs(data)},
    )
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "EUR")]
    return Built(_save(wb, folder, "de_kaeserei_sap_periodenbericht"), [table], facts)


# ---------------------------------------------------------------------------------------
# 3. United States: Oracle Projects cost summary, long
# ---------------------------------------------------------------------------------------


def us_weigh_station_oracle_cost_summary(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project Cost Summary")
    header = [
        "Project Number",
        "Task Number",
        "Task Name",
        "Expenditure Category",
        "Period Name",
        "Budget Burdened Cost",
        "Actual Burdened Cost",
        "Forecast Burdened Cost",
        "Currency",
    ]
    pool = [
        ("1.1", "Design Services", "Labor"),
        ("2.1", "Scale Pit & Foundations", "Subcontract"),
        ("2.2", "WIM Sensors Install", "Equipment"),
        ("3.1", "Scale House Building", "Subcontract"),
        ("4.1", "Construction Inspection", "Labor"),
    ]
    tasks = sorted(rng.sample(pool, rng.randint(3, 5)))
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    closed = rng.randint(2, nm - 1)
    data: Data = {}
    rows: list[list[object]] = [header]
    for m, mo in enumerate(months):
        period = f"{mo.strftime('%b').upper()}-{mo.year % 100:02d}"
        for num, name, cat in tasks:
            bud = _money(rng, 800, 9000)
            fc = _money(rng, 800, 9000)
            act = _money(rng, 800, 9000) if m < closed else None
            rows.append(["DOT-WS-2291", num, name, cat, period, bud, act, fc, "USD"])
            data[("budget", name, m)] = bud
            data[("forecast", name, m)] = fc
            if act is not None:
                data[("actual", name, m)] = act
    _put(ws, 1, 1, rows)
    targets = {
        "A": None,
        "B": None,
        "C": "cost_line",
        "D": ("category", None),
        "E": "month",
        "F": "budget",
        "G": "actual",
        "H": "forecast",
        "I": None,
    }
    table = TruthTable("Project Cost Summary", 1, "finance", targets, {"finance": _pairs(data)})
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "USD")]
    return Built(_save(wb, folder, "us_weigh_station_oracle_cost_summary"), [table], facts)


# ---------------------------------------------------------------------------------------
# 4. Australia: Xero budget vs actual, measures grouped under months
# ---------------------------------------------------------------------------------------


def au_boxing_gym_xero_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Profit and Loss - Budget vs Actual"
    ws["A2"] = "Southside Boxing & Fitness Club Inc - Gym Fit-out Project"
    nm = rng.randint(4, 6)
    months = _months(date(2026, 7, 1), nm)
    end = months[-1]
    last_day = (_months(end, 2)[1] - timedelta(days=1)).day
    ws["A3"] = f"For the period 1 July 2026 to {last_day} {end.strftime('%B')} {end.year}"
    top: list[object] = [None]
    sub: list[object] = ["Account"]
    for mo in months:
        top += [mo.strftime("%b-%y"), None, None]
        sub += ["Actual", "Budget", "Var $"]
    _put(ws, 5, 1, [top, sub])
    for m in range(nm):
        ws.merge_cells(start_row=5, start_column=2 + 3 * m, end_row=5, end_column=4 + 3 * m)
        ws.cell(5, 2 + 3 * m).alignment = Alignment(horizontal="center")
    sections = {
        "Capital Works": [
            "Builder - Fit-out",
            "Rubber Flooring",
            "Boxing Ring & Bags",
            "Electrical",
        ],
        "Operating Expenses": ["Equipment Hire", "Project Admin", "Council Fees"],
    }
    data: Data = {}
    r = 7
    for section, pool in sections.items():
        ws.cell(r, 1, section).font = Font(bold=True)
        r += 1
        accounts = rng.sample(pool, rng.randint(2, 3))
        sums = [0.0] * (3 * nm)
        for acc in accounts:
            row: list[object] = [acc]
            for m in range(nm):
                bud = float(rng.randrange(2, 90) * 100)
                act = round(bud * rng.uniform(0.55, 1.3), 2)
                row += [act, bud, round(act - bud, 2)]
                data[("actual", acc, m)] = act
                data[("budget", acc, m)] = bud
            _put(ws, r, 1, [row])
            sums = [a + float(b) for a, b in zip(sums, row[1:], strict=True)]  # type: ignore[arg-type]
            r += 1
        _put(ws, r, 1, [[f"Total {section}", *(round(x, 2) for x in sums)]])
        ws.cell(r, 1).font = Font(bold=True)
        r += 2
    table = TruthTable(
        "Budget vs Actual", 6, "finance", {"A": "cost_line"}, {"finance": _pairs(data)}
    )
    return Built(
        _save(wb, folder, "au_boxing_gym_xero_budget_vs_actual"), [table], _facts(months, data)
    )


# ---------------------------------------------------------------------------------------
# 5. France: grant follow-up, text months with quarter totals
# ---------------------------------------------------------------------------------------

_FR_MONTHS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]


def _eur_fr(x: float) -> str:
    return _num(x, "\u00a0", ",") + "\u00a0€"


def fr_mediatheque_suivi_subvention(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi dépenses")
    ws["A1"] = "Commune de Saint-Aubin-des-Landes - Médiathèque intercommunale"
    ws["A2"] = "Suivi des dépenses subventionnées (DSIL 2026) - montants en euros TTC"
    nq = rng.randint(1, 2)
    months = _months(date(2026, 1, 1), 3 * nq)
    header: list[object] = ["Poste de dépense", "Financeur", "Type"]
    for q in range(nq):
        header += [f"{_FR_MONTHS[mo.month - 1]}-26" for mo in months[3 * q : 3 * q + 3]]
        header.append(f"Total T{q + 1}")
    _put(ws, 4, 1, [header])
    pool = [
        ("Travaux de gros œuvre", "DSIL"),
        ("Mobilier et rayonnages", "Région"),
        ("Équipement numérique", "DSIL"),
        ("Maîtrise d'œuvre", "Commune"),
        ("Signalétique", "Commune"),
    ]
    postes = rng.sample(pool, rng.randint(3, 4))
    data: Data = {}
    r = 5
    for poste, fin in postes:
        for typ, key in (("Budget", "budget"), ("Réalisé", "actual")):
            row: list[object] = [poste, fin, typ]
            for q in range(nq):
                qsum = 0.0
                for k in range(3):
                    amt = _money(rng, 100, 5000, cents=True)
                    data[(key, poste, 3 * q + k)] = amt
                    row.append(_eur_fr(amt))
                    qsum += amt
                row.append(_eur_fr(round(qsum, 2)))
            _put(ws, r, 1, [row])
            r += 1
    ws.cell(r + 1, 1, "Visa du comptable :")
    table = TruthTable(
        "Suivi dépenses",
        4,
        "finance",
        {"A": "cost_line", "B": None, "C": "measure"},
        {"finance": _pairs(data)},
    )
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "EUR")]
    return Built(_save(wb, folder, "fr_mediatheque_suivi_subvention"), [table], facts)


# ---------------------------------------------------------------------------------------
# 6. Japan: fiscal year from April, cost line merged over three measure rows
# ---------------------------------------------------------------------------------------


def jp_sento_yosan_jisseki(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予算実績")
    ws["A1"] = "松の湯 改修工事 予算実績管理表"
    _bold(ws, "A1", 14)
    ws["A2"] = "2026年度（2026年4月～2027年3月）"
    ws["H2"] = "（単位：円）"
    nm = 6
    months = _months(date(2026, 4, 1), nm)
    done = rng.randint(2, 5)  # 実績 filled for the first ``done`` months
    header: list[object] = ["費目", "区分", *[f"{mo.month}月" for mo in months], "上期計", "備考"]
    _put(ws, 4, 1, [header])
    pool = ["設計監理費", "解体工事", "浴槽・タイル工事", "ボイラー設備", "電気設備", "予備費"]
    items = [*rng.sample(pool[:-1], rng.randint(3, 4)), "予備費"]
    data: Data = {}
    r = 5
    for item in items:
        ws.cell(r, 1, item)
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.cell(r, 1).alignment = Alignment(vertical="center")
        for k, (word, key) in enumerate(
            (("予算", "budget"), ("実績", "actual"), ("見込", "forecast"))
        ):
            ws.cell(r + k, 2, word)
            total = 0
            for m in range(nm):
                if key == "actual" and m >= done:
                    continue
                amt = float(rng.randrange(5, 400) * 1000)
                if key == "forecast" and m < done:
                    amt = data[("actual", item, m)]  # 見込 of a closed month is its 実績
                ws.cell(r + k, 3 + m, amt).number_format = "#,##0"
                data[(key, item, m)] = amt
                total += int(amt)
            ws.cell(r + k, 3 + nm, total).number_format = "#,##0"
        r += 3
    ws.cell(r, 1, "合計")
    table = TruthTable(
        "予算実績",
        4,
        "finance",
        {"A": "cost_line", "B": "measure", "J": None},
        {"finance": _pairs(data)},
    )
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "JPY")]
    return Built(_save(wb, folder, "jp_sento_yosan_jisseki"), [table], facts)


# ---------------------------------------------------------------------------------------
# 7. Canada: earned value by control account, month-end dates across
# ---------------------------------------------------------------------------------------


def ca_fire_hall_evm_report(folder: Path, rng: random.Random) -> Built:
    """Earned value by control account, months across as month-end dates, a `Measure`
    column of PV / EV / AC / CPI rows per account (the EVM words kept as the team keys them)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EV by CA")
    ws["A1"] = "Fire Hall No. 3 Replacement - Earned Value by Control Account"
    ws["A2"] = "Town of Rivière-Verte Landing - Capital Project CP-2026-14"
    ws["A3"] = "All values CAD - period values (not cumulative)"
    pool = [
        ("CA-100", "Site Works & Servicing", "R. Tremblay"),
        ("CA-200", "Building Envelope", "K. Singh"),
        ("CA-300", "Apparatus Bay & Mechanical", "D. MacLeod"),
        ("CA-400", "Design & Contract Admin", "K. Singh"),
    ]
    cas = rng.sample(pool, rng.randint(2, 4))
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.randint(2, 6), 1), nm)
    ends = [_months(mo, 2)[1] - timedelta(days=1) for mo in months]
    header: list[object] = ["CA #", "Control Account", "CAM", "Measure"]
    header += [datetime(e.year, e.month, e.day) for e in ends] + ["Cum. to date"]
    _put(ws, 5, 1, [header])
    for c in range(5, 5 + nm):
        ws.cell(5, c).number_format = "dd-mmm-yy"
    data: Data = {}
    r = 6
    for code, name, cam in cas:
        pv = [_money(rng, 2000, 20000) for _ in range(nm)]
        ev = [round(v * rng.uniform(0.7, 1.1), -1) for v in pv]
        ac = [round(v * rng.uniform(0.85, 1.25), -1) for v in ev]
        cpi = [round(e / a, 2) for e, a in zip(ev, ac, strict=True)]
        rows = (
            ("Planned Value (BCWS)", pv, "budget"),
            ("Earned Value (BCWP)", ev, None),
            ("Actual Cost (ACWP)", ac, "actual"),
            ("CPI", cpi, None),
        )
        for k, (word, vals, key) in enumerate(rows):
            cum: object = round(sum(ev) / sum(ac), 2) if word == "CPI" else sum(vals)
            first = [code, name, cam] if k == 0 else [None, None, None]
            _put(ws, r, 1, [[*first, word, *vals, cum]])
            if key:
                for m, v in enumerate(vals):
                    data[(key, name, m)] = v
            r += 1
        r += 1  # a blank row between control accounts
    targets = {"A": None, "B": "cost_line", "C": None, "D": "measure"}
    table = TruthTable("EV by CA", 5, "finance", targets, {"finance": _pairs(data)})
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "CAD")]
    return Built(_save(wb, folder, "ca_fire_hall_evm_report"), [table], facts)


# ---------------------------------------------------------------------------------------
# 8. Spain: months down, partidas across over measure pairs
# ---------------------------------------------------------------------------------------

_ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def es_fronton_seguimiento_obra(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seguimiento")
    ws["A1"] = "REHABILITACIÓN DEL FRONTÓN MUNICIPAL - SEGUIMIENTO ECONÓMICO DE OBRA"
    ws["A2"] = "Ayuntamiento de Azkoitia - importes en euros, IVA excluido"
    pool = ["Cimentación", "Muro de frontis", "Cubierta", "Iluminación", "Graderío"]
    partidas = rng.sample(pool, rng.randint(3, 4))
    nm = rng.randint(4, 7)
    months = _months(date(2026, rng.randint(2, 5), 1), nm)
    cert = rng.randint(2, nm)  # certifications up to this month
    top: list[object] = ["Mes"]
    sub: list[object] = [None]
    for p in partidas:
        top += [p.upper(), None]
        sub += ["Presupuesto", "Certificado"]
    _put(ws, 4, 1, [top, sub])
    ws.merge_cells("A4:A5")
    for k in range(len(partidas)):
        ws.merge_cells(start_row=4, start_column=2 + 2 * k, end_row=4, end_column=3 + 2 * k)
    data: Data = {}
    for m, mo in enumerate(months):
        row: list[object] = [f"{_ES_MONTHS[mo.month - 1]} {mo.year}"]
        for p in partidas:
            bud = _money(rng, 300, 6000, cents=True)
            data[("budget", p.upper(), m)] = bud
            row.append(_num(bud, ".", ",") + " €")
            if m < cert:
                act = _money(rng, 300, 6000, cents=True)
                data[("actual", p.upper(), m)] = act
                row.append(_num(act, ".", ",") + " €")
            else:
                row.append(None)
        _put(ws, 6 + m, 1, [row])
    ws.cell(6 + nm, 1, "TOTAL")
    table = TruthTable("Seguimiento", 5, "finance", {"A": "month"}, {"finance": _pairs(data)})
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "EUR")]
    return Built(_save(wb, folder, "es_fronton_seguimiento_obra"), [table], facts)


# ---------------------------------------------------------------------------------------
# 9. Poland: grant schedule, Roman numeral months, plan and actual sheets
# ---------------------------------------------------------------------------------------

_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def pl_filharmonia_harmonogram(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    pool = [
        ("Modernizacja akustyki sali koncertowej", "Roboty budowlane"),
        ("Zakup fortepianu koncertowego", "Wyposażenie"),
        ("Nadzór inwestorski", "Usługi"),
        ("Zarządzanie projektem", "Wynagrodzenia"),
        ("Promocja projektu", "Usługi"),
    ]
    tasks = rng.sample(pool, rng.randint(3, 5))
    nm = rng.randint(4, 6)
    months = _months(date(2026, rng.randint(3, 6), 1), nm)
    done = rng.randint(1, nm - 1)
    data: Data = {}
    tables = []
    for s, (sheet, key, title) in enumerate(
        (
            ("Harmonogram", "budget", "Harmonogram rzeczowo-finansowy (plan)"),
            ("Wykonanie", "actual", "Wykonanie wydatków"),
        )
    ):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Filharmonia Warmińska - {title}"
        ws["A2"] = "Kwoty w PLN brutto"
        header: list[object] = ["Nr", "Nazwa zadania", "Kategoria kosztu", "Wartość ogółem"]
        header += [f"{_ROMAN[mo.month - 1]} {mo.year}" for mo in months]
        _put(ws, 4, 1, [header])
        for t, (name, cat) in enumerate(tasks):
            vals: list[object] = []
            total = 0.0
            for m in range(nm):
                if key == "actual" and m >= done:
                    vals.append(None)
                    continue
                amt = _money(rng, 500, 9000, cents=True)
                data[(key, name, m)] = amt
                vals.append(_num(amt, " ", ","))
                total += amt
            _put(ws, 5 + t, 1, [[t + 1, name, cat, _num(round(total, 2), " ", ","), *vals]])
        ws.cell(5 + len(tasks), 2, "Razem")
        targets = {"A": None, "B": "cost_line", "C": ("category", None), "D": None}
        tables.append(TruthTable(sheet, 4, "finance", targets, {}))
    tables[0].counts = {"finance": _pairs(data)}
    return Built(_save(wb, folder, "pl_filharmonia_harmonogram"), tables, _facts(months, data))


# ---------------------------------------------------------------------------------------
# 10. Sweden: Business Central export, period as a date filter
# ---------------------------------------------------------------------------------------


def se_folkhogskola_business_central(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget jämfört med utfall")
    header = [
        "Period",
        "Kontonr",
        "Kontonamn",
        "Projekt",
        "Budget",
        "Utfall",
        "Avvikelse",
        "Avvikelse %",
    ]
    pool = [
        (5010, "Lokalhyra internat"),
        (5410, "Förbrukningsinventarier"),
        (6540, "IT-tjänster"),
        (7010, "Löner projektanställda"),
        (4010, "Byggentreprenad"),
    ]
    accounts = sorted(rng.sample(pool, rng.randint(2, 4)))
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    data: Data = {}
    rows: list[list[object]] = [header]
    for m, mo in enumerate(months):
        end = _months(mo, 2)[1] - timedelta(days=1)
        for nr, name in accounts:
            bud = float(rng.randrange(5, 200) * 500)
            act = _money(rng, 200, 11000, cents=True)
            var = round(bud - act, 2)
            rows.append(
                [
                    f"{mo.isoformat()}..{end.isoformat()}",
                    nr,
                    name,
                    "P-ALLV-26",
                    bud,
                    act,
                    var,
                    round(var / bud * 100, 1),
                ]
            )
            data[("budget", name, m)] = bud
            data[("actual", name, m)] = act
    _put(ws, 1, 1, rows)
    targets = {
        "A": "month",
        "B": None,
        "C": "cost_line",
        "D": None,
        "E": "budget",
        "F": "actual",
        "G": None,
        "H": None,
    }
    table = TruthTable(
        "Budget jämfört med utfall", 1, "finance", targets, {"finance": _pairs(data)}
    )
    return Built(
        _save(wb, folder, "se_folkhogskola_business_central"), [table], _facts(months, data)
    )


# ---------------------------------------------------------------------------------------
# 11. Switzerland: cost centre export, long, apostrophe thousands
# ---------------------------------------------------------------------------------------


def ch_schwinghalle_kostenstellen_sage(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "KST-Auswertung")
    ws["A1"] = "Schwingklub Emmental - Neubau Schwinghalle Ramsei"
    day, month = rng.randint(1, 28), rng.randint(8, 11)  # the evaluation date (A2, below)
    header = [
        "Kst.",
        "Kostenstelle",
        "Art",
        "Monat",
        "Budget CHF",
        "Ist CHF",
        "Prognose CHF",
        "Bemerkung",
    ]
    _put(ws, 4, 1, [header])
    pool = [
        (3100, "Baumeisterarbeiten", "Investition"),
        (3200, "Holzbau Halle", "Investition"),
        (3300, "Sägemehlringe & Garderoben", "Investition"),
        (4100, "Trainingsbetrieb Provisorium", "Betrieb"),
        (4200, "Versicherungen Bauphase", "Betrieb"),
    ]
    kst = sorted(rng.sample(pool, rng.randint(3, 4)))
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.randint(4, 7), 1), nm)
    # Audit (round 39, a126): the evaluation is dated no earlier than the last month whose
    # `Ist` it lists (it was before it at about a quarter of the seeds: actuals of months
    # still to come); same draws, only the month of the date moves.
    month = max(month, months[-1].month)
    ws["A2"] = f"Auswertung Kostenstellen per {day:02d}.{month:02d}.2026"
    notes = ["Akonto Holzbau", "inkl. Nachtrag 2", "Rechnung ausstehend"]
    data: Data = {}
    facts: list[ValueFact] = []
    r = 5
    for code, name, art in kst:
        for m, mo in enumerate(months):
            bud = float(rng.randrange(10, 500) * 100)
            ist = _money(rng, 100, 50000, cents=True)
            prog = _money(rng, 100, 50000, cents=True)
            note = rng.choice(notes) if rng.random() < 0.2 else None
            row: list[object] = [code, name, art, f"{mo.month:02d}.{mo.year}"]
            row += [_num(bud, "'", "."), _num(ist, "'", "."), _num(prog, "'", "."), note]
            _put(ws, r, 1, [row])
            r += 1
            data[("budget", name, m)] = bud
            data[("actual", name, m)] = ist
            data[("forecast", name, m)] = prog
            kind = "CapEx" if art == "Investition" else "OpEx"
            facts.append(ValueFact("finance", (mo, name), "capex_opex", kind))
            if note:
                facts.append(ValueFact("finance", (mo, name), "notes", note))
        r += 1  # a blank row after each cost centre
    targets = {
        "A": None,
        "B": "cost_line",
        "C": "capex_opex",
        "D": "month",
        "E": "budget",
        "F": "actual",
        "G": "forecast",
        "H": "notes",
    }
    table = TruthTable("KST-Auswertung", 4, "finance", targets, {"finance": _pairs(data)})
    facts = _facts(months, data) + facts + [ValueFact("project", 0, "currency", "CHF")]
    return Built(_save(wb, folder, "ch_schwinghalle_kostenstellen_sage"), [table], facts)


# ---------------------------------------------------------------------------------------
# 12. England: cost plan and cash flow, actual then forecast months
# ---------------------------------------------------------------------------------------


def gb_tithe_barn_cashflow_burn(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash flow")
    ws["A1"] = "Hollins Tithe Barn - conversion to community hall"
    ws["A2"] = "Cost plan & cash flow forecast (Rev " + rng.choice("BCDE") + ")"
    ws["A3"] = "All figures £ excl. VAT"
    nm = rng.randint(6, 9)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    past = rng.randint(2, nm - 2)
    top: list[object] = [None, None, None, None, "ACTUAL"] + [None] * (past - 1)
    top += ["FORECAST"] + [None] * (nm - past - 1)
    sub: list[object] = ["Cost code", "Element", "Approved budget", "Committed to date"]
    sub += [datetime(mo.year, mo.month, 1) for mo in months] + ["Total"]
    _put(ws, 5, 1, [top, sub])
    ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=4 + past)
    ws.merge_cells(start_row=5, start_column=5 + past, end_row=5, end_column=4 + nm)
    for c in range(5, 5 + nm):
        ws.cell(6, c).number_format = "mmm-yy"
    pool = [
        ("1.0", "Preliminaries"),
        ("2.0", "Oak frame repairs"),
        ("3.0", "Roof - clay peg tiles"),
        ("4.0", "M&E installation"),
        ("5.0", "Professional fees"),
        ("6.0", "Contingency"),
    ]
    elems = [*sorted(rng.sample(pool[:-1], rng.randint(3, 5))), pool[-1]]
    data: Data = {}
    for k, (code, name) in enumerate(elems):
        vals: list[object] = []
        for m in range(nm):
            key = "actual" if m < past else "forecast"
            if name == "Contingency" and rng.random() < 0.5:
                vals.append(None)  # no drawdown of the contingency that month
                continue
            amt = float(rng.randrange(2, 400) * 50)
            vals.append(amt)
            data[(key, name, m)] = amt
        spent = sum(v for v in vals if isinstance(v, float))
        to_date = sum(v for v in vals[:past] if isinstance(v, float))
        budget = float(round(spent * rng.uniform(1.0, 1.2), -2))
        committed = float(round(to_date + (spent - to_date) * rng.uniform(0.2, 0.9), -2))
        _put(ws, 7 + k, 1, [[code, name, budget, committed, *vals, spent]])
    ws.cell(8 + len(elems), 2, "TOTAL")
    targets = {"A": None, "B": "cost_line", "C": None, "D": None}
    table = TruthTable("Cash flow", 6, "finance", targets, {"finance": _pairs(data)})
    facts = [*_facts(months, data), ValueFact("project", 0, "currency", "GBP")]
    return Built(_save(wb, folder, "gb_tithe_barn_cashflow_burn"), [table], facts)


HELD_OUT_114: tuple[Layout, ...] = (
    Layout(
        "nl_poldermolen_budgetbewaking",
        "Dutch water board budget per measure sheet",
        nl_poldermolen_budgetbewaking,
    ),
    Layout(
        "de_kaeserei_sap_periodenbericht",
        "SAP-style plan/actual by cost element",
        de_kaeserei_sap_periodenbericht,
    ),
    Layout(
        "us_weigh_station_oracle_cost_summary",
        "Oracle Projects cost summary export",
        us_weigh_station_oracle_cost_summary,
    ),
    Layout(
        "au_boxing_gym_xero_budget_vs_actual",
        "Xero budget vs actual by month",
        au_boxing_gym_xero_budget_vs_actual,
    ),
    Layout(
        "fr_mediatheque_suivi_subvention",
        "French grant expenditure follow-up",
        fr_mediatheque_suivi_subvention,
    ),
    Layout(
        "jp_sento_yosan_jisseki", "Japanese budget/actual control sheet", jp_sento_yosan_jisseki
    ),
    Layout("ca_fire_hall_evm_report", "Canadian earned value report", ca_fire_hall_evm_report),
    Layout(
        "es_fronton_seguimiento_obra", "Spanish works cost follow-up", es_fronton_seguimiento_obra
    ),
    Layout(
        "pl_filharmonia_harmonogram",
        "Polish grant schedule, plan and actual",
        pl_filharmonia_harmonogram,
    ),
    Layout(
        "se_folkhogskola_business_central",
        "Business Central budget vs actual export",
        se_folkhogskola_business_central,
    ),
    Layout(
        "ch_schwinghalle_kostenstellen_sage",
        "Swiss Sage cost centre export",
        ch_schwinghalle_kostenstellen_sage,
    ),
    Layout(
        "gb_tithe_barn_cashflow_burn",
        "English cost plan and cash flow",
        gb_tithe_barn_cashflow_burn,
    ),
)
