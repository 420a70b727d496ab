"""The hundred-and-eighth held-out batch (round 38, task w116): finance trackers of every
shape, as project accountants, PMs and finance business partners in twelve countries keep
a project's money. Invented from the writer's own picture of such workbooks (no earlier
batch opened): budgets, actuals, forecasts and commitments by month, months down or across,
fiscal periods with the year's start, measures grouped under months or months under
measures, one sheet per measure, ERP and ledger exports (SAP, Sage, Dynamics, Tally, QuickBooks),
capex / opex, a grant budget, an EVM table, a contingency drawdown, a burn sheet.

1. ``ch_rack_railway_sap`` (CHF): an SAP CO line-item summary of a rack railway's
   renewal, long: `Kostenart`, `Bezeichnung`, `Per.` (`001`..), `GJahr`, `Plan`, `Ist`,
   `Obligo`, `Abweichung`; amounts as text with apostrophes `12'450.00`; `Währung: CHF`.
2. ``br_usina_cronograma`` (BRL, off the list): a sugarcane mill's cronograma
   físico-financeiro, months across `jan/26`, `Etapa` and `Tipo` (`Previsto` /
   `Realizado`) rows per stage, `Total` column, amounts `R$ 12.345,67` as text.
3. ``au_baths_grant`` (AUD): a council grant budget for a seawater baths restoration, one
   sheet per measure (`Approved Budget`, `Expenditure`), months DOWN as `Jul-25` text,
   grant lines across (`Salaries & on-costs`, `Contractors`, `Materials`), FY from 1 July.
4. ``jp_sake_cellar_yojitsu`` (JPY): 予算実績管理表 of a sake cellar's seismic retrofit,
   fiscal year 2026年度 starting April, months across `4月`.. under group labels `予算` /
   `実績` / `見込`, 費目 down, 合計 row.
5. ``us_proton_evm`` (USD): a project controls sheet of a proton therapy vault's earned
   value, monthly not cumulative: `WP #`, `Work Package` (merged over three rows),
   `Metric` (`PV` / `EV` / `AC` rows), months across as date cells shown `Jan 2026`.
6. ``nz_shearing_qbo`` (NZD, off the list): a QuickBooks Online "Budget vs. Actuals"
   report of a sheep shearing shed rebuild, months across (`Jan 2026`) with `Actual` /
   `Budget` / `over Budget` / `% of Budget` under each, indented account lines in an
   unheaded column A, `Expenses` section row, `Total Expenses`.
7. ``fr_fromagerie_sage`` (EUR): a Sage export of a cheese dairy's cellar works, long:
   `Compte`, `Intitulé`, `Mois` (`janvier 2026`), `Budget HT`, `Réalisé HT`, `Engagé`,
   amounts `12 345,00 €` with narrow spaces.
8. ``in_chocolate_burn`` (INR): a capex / opex burn sheet of a chocolate factory line,
   FY 2026-27 from April, `Head of Account`, `Capex/Opex` (`Capex` / `Opex`), months
   across `Apr'26`.., actual spend in Indian grouping `1,23,456` text, `Total`.
9. ``nl_footbridge_prognose`` (EUR): a municipality's cable-stayed footbridge forecast,
   `Kostenpost` and `Soort` (`Begroot` / `Prognose`) rows, months across `jan`, `feb`,
   `mrt` with the year in the title `Prognose 2026`.
10. ``se_snow_fence_blocks`` (SEK, off the list): a Dynamics project report of snow fence
    renewal, blocks per activity (`Aktivitet: 2.1 Stolpar`) each with months DOWN
    (`januari 2026`): `Periodnamn`, `Budgeterat`, `Bokfört`, `Avvikelse`, `Prognos`,
    `Kommentar` (the notes), a `Summa` row; the cost line is the block title after
    `Aktivitet: `, code included.
11. ``ca_marina_cashflow`` (CAD): a yacht marina capital cash flow, Government FY from
    April, `WBS`, `Work Package`, `P1`..`P6` (`FY2026-27`), forecast only, a
    `Commitments` row per package no fact.
12. ``it_cork_contingency`` (EUR): a cork factory's cost sheets, one per measure
    (`Preventivo`, `Consuntivo`): `N.`, `Lavorazione`, `Fornitore`, months across
    `gen-26`.., `Totale`, amounts `1.234,56` as text; a `Riserva` contingency drawdown log
    sheet, no table.

Least-sure readings (no fact): SAP `Obligo` (commitment) and `Abweichung`; `Kostenart`
codes; the EVM `EV` rows (earned value is no standard column; `PV` read as the time-phased
budget and `AC` as actual); QuickBooks `over Budget` / `% of Budget`; `Avvikelse`;
`Fornitore` (the supplier); Sage `Engagé`;
`Total` / `合計` / `Summa` rows and columns; commitments rows; BRL, NZD and SEK currencies
(off the list); the Italian contingency log (a drawdown is no cost line by month); WBS
codes (no id field on finance); `Compte` numbers.

Audited in round 38 (task a120, docs/adopt.md "Round 38: the hundred-and-eighth batch's
truth audited"): the Indian burn sheet's `Capex/Opex` is now each head's `capex_opex` on
every month of the line, not the first month alone (round 37's audit of the ninety-ninth
batch): values at seed 2026 346 -> 366. No cell changed; every other fact left as written.
"""

from __future__ import annotations

import random
from datetime import date, datetime
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
from openpyxl.worksheet.worksheet import Worksheet

Data = dict[tuple[str, str, date], float]


def _amount(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _facts(data: Data) -> list[ValueFact]:
    return [ValueFact("finance", (m, line), measure, v) for (measure, line, m), v in data.items()]


def _pairs(data: Data) -> int:
    return len({(m, line) for (_, line, m) in data})


def _ch(x: float) -> str:
    return f"{x:,.2f}".replace(",", "'")


def _eu(x: float) -> str:
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _fr(x: float) -> str:
    return f"{x:,.2f}".replace(",", "\u202f").replace(".", ",") + "\u00a0€"


def _lakh(x: float) -> str:
    s = str(int(x))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups) + "," + tail


def _sum_row(ws: Worksheet, row: int, top: int, first: int, last: int) -> None:
    """A totals row: each column's sum of the numbers in rows ``top``..``row - 1``."""
    for c in range(first, last + 1):
        nums = [ws.cell(r, c).value for r in range(top, row)]
        nums = [v for v in nums if isinstance(v, (int, float))]
        if nums:
            ws.cell(row, c, sum(nums))


def _project(column: str, value: object) -> ValueFact:
    return ValueFact("project", 0, column, value)


def ch_rack_railway_sap(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Projekt P-4471 Zahnradbahn Erneuerung Zahnstange – Plan/Ist-Vergleich"
    ws["A2"] = "Kostenrechnungskreis 1000   Währung: CHF"
    ws["A3"] = f"Selektion: GJahr 2026, Perioden 001 bis 00{rng.randint(4, 6)}"
    nm = int(str(ws["A3"].value)[-1])
    lines = rng.sample(
        [
            ("430100", "Fremdleistungen Bau"),
            ("430200", "Ingenieurleistungen"),
            ("400000", "Material Zahnstange"),
            ("431500", "Bahndienst Sicherung"),
            ("420000", "Eigenleistung Personal"),
        ],
        3,
    )
    months = _months(date(2026, 1, 1), nm)
    header = ["Kostenart", "Bezeichnung", "Per.", "GJahr", "Plan", "Ist", "Obligo", "Abweichung"]
    rows: list[list[object]] = [header]
    data: Data = {}
    for code, name in lines:
        for i, m in enumerate(months):
            plan = _amount(rng, 20, 400, 250)
            actual = plan + _amount(rng, -40, 40, 125)
            data[("budget", name, m)] = plan
            data[("actual", name, m)] = actual
            rows.append(
                [
                    code,
                    name,
                    f"{i + 1:03d}",
                    2026,
                    _ch(plan),
                    _ch(actual),
                    _ch(0.0),
                    _ch(actual - plan),
                ]
            )
    total_row = 5 + len(rows) - 1
    _put(ws, 5, 1, rows)
    ws.cell(total_row + 1, 1, "*")
    ws.cell(total_row + 1, 2, "Summe")
    cols: Targets = {
        "A": None,
        "B": "cost_line",
        "C": "month",
        "D": None,
        "E": "budget",
        "F": "actual",
        "G": None,
        "H": None,
    }
    path = _save(wb, folder, "ch_rack_railway_sap")
    facts = [*_facts(data), _project("currency", "CHF")]
    return Built(path, [TruthTable("Export", 5, "finance", cols, {"finance": _pairs(data)})], facts)


_PT = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


def br_usina_cronograma(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cronograma")
    ws["A1"] = "USINA SÃO JOÃO – AMPLIAÇÃO DA MOENDA"
    ws["A2"] = "Cronograma Físico-Financeiro (valores em R$)"
    ws["A3"] = f"Data-base: {rng.choice(['dez/25', 'jan/26'])}"
    nm = rng.randint(5, 7)
    months = _months(date(2026, 1, 1), nm)
    labels = [f"{_PT[m.month - 1]}/26" for m in months]
    _put(ws, 5, 1, [["Etapa", "Tipo", *labels, "Total"]])
    stages = rng.sample(
        [
            "Mobilização",
            "Fundações",
            "Estrutura metálica",
            "Montagem eletromecânica",
            "Comissionamento",
            "Caldeiraria",
        ],
        rng.randint(3, 4),
    )
    data: Data = {}
    r = 6
    for stage in stages:
        for tipo, key in (("Previsto", "budget"), ("Realizado", "actual")):
            vals = []
            for m in months:
                v = _amount(rng, 10, 900, 100) + rng.choice([0.0, 0.5, 0.25])
                vals.append(v)
                data[(key, stage, m)] = v
            _put(
                ws,
                r,
                1,
                [
                    [
                        stage if tipo == "Previsto" else None,
                        tipo,
                        *[f"R$ {_eu(v)}" for v in vals],
                        f"R$ {_eu(sum(vals))}",
                    ]
                ],
            )
            r += 1
        ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "TOTAL GERAL")
    cols: Targets = {"A": "cost_line", "B": "measure", _col(3 + nm): None}
    path = _save(wb, folder, "br_usina_cronograma")
    return Built(
        path,
        [TruthTable("Cronograma", 5, "finance", cols, {"finance": _pairs(data)})],
        _facts(data),
    )


def _col(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def au_baths_grant(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    nm = rng.randint(4, 6)
    months = _months(date(2025, 7, 1), nm)
    lines = ["Salaries & on-costs", "Contractors", "Materials"]
    if rng.random() < 0.5:
        lines.append("Community engagement")
    data: Data = {}
    tables = []
    for i, (sheet, key) in enumerate((("Approved Budget", "budget"), ("Expenditure", "actual"))):
        ws = _sheet(wb, sheet) if i == 0 else wb.create_sheet(sheet)
        ws["A1"] = "Coastal Heritage Grants Program – Ocean Baths Restoration (Grant G-2025-118)"
        ws["A2"] = "Financial year 2025-26 (1 July to 30 June). All amounts AUD excl. GST"
        ws["A3"] = sheet
        _put(ws, 5, 1, [["Month", *lines, "Month total"]])
        for r, m in enumerate(months):
            row: list[object] = [
                f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m.month - 1]}-{m.year % 100:02d}"
            ]
            for line in lines:
                v = _amount(rng, 4, 120, 250)
                row.append(v)
                data[(key, line, m)] = v
            row.append(sum(x for x in row[1:] if isinstance(x, float)))
            _put(ws, 6 + r, 1, [row])
        ws.cell(6 + nm, 1, "YTD total")
        _sum_row(ws, 6 + nm, 6, 2, 2 + len(lines))
        cols: Targets = {"A": "month", _col(2 + len(lines)): None}
        tables.append(TruthTable(sheet, 5, "finance", cols, {}))
    tables[0].counts = {"finance": _pairs(data)}
    path = _save(wb, folder, "au_baths_grant")
    return Built(path, tables, [*_facts(data), _project("currency", "AUD")])


def jp_sake_cellar_yojitsu(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "予実管理")
    ws["A1"] = "酒蔵耐震改修工事　予算実績管理表"
    ws["A2"] = "2026年度（会計年度：4月～翌3月）　単位：円"
    ws["F2"] = f"作成者：{rng.choice(['佐藤', '鈴木', '高橋'])}"
    nm = rng.randint(3, 4)
    months = _months(date(2026, 4, 1), nm)
    labels = [f"{m.month}月" for m in months]
    groups: list[object] = ["費目"]
    subs: list[object] = [None]
    for g in ("予算", "実績", "見込"):
        groups += [g] + [None] * (nm - 1)
        subs += labels
    _put(ws, 4, 1, [groups, subs])
    ws.merge_cells("A4:A5")
    for b in range(3):
        ws.merge_cells(start_row=4, start_column=2 + b * nm, end_row=4, end_column=1 + (b + 1) * nm)
    lines = rng.sample(["設計監理費", "耐震補強工事", "仮設工事", "蔵内設備移設", "諸経費"], 3)
    data: Data = {}
    for r, line in enumerate(lines):
        row: list[object] = [line]
        for key in ("budget", "actual", "forecast"):
            for m in months:
                v = float(rng.randrange(5, 300) * 10000)
                row.append(v)
                data[(key, line, m)] = v
        _put(ws, 6 + r, 1, [row])
    ws.cell(6 + len(lines), 1, "合計")
    _sum_row(ws, 6 + len(lines), 6, 2, 1 + 3 * nm)
    path = _save(wb, folder, "jp_sake_cellar_yojitsu")
    return Built(
        path,
        [TruthTable("予実管理", 5, "finance", {"A": "cost_line"}, {"finance": _pairs(data)})],
        [*_facts(data), _project("currency", "JPY")],
    )


def us_proton_evm(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EV Monthly")
    ws["A1"] = "Proton Therapy Vault Build-out – earned value by work package"
    ws["A2"] = "All values USD, monthly (not cumulative)"
    ws["A3"] = f"Project controls: {rng.choice(['K. Alvarez', 'D. Whitfield', 'R. Tanaka-Moore'])}"
    nm = rng.randint(3, 5)
    months = _months(date(2026, 1, 1), nm)
    head: list[object] = ["WP #", "Work Package", "Metric"]
    head += [datetime(m.year, m.month, 1) for m in months]
    _put(ws, 5, 1, [head])
    for c in range(4, 4 + nm):
        ws.cell(5, c).number_format = "mmm yyyy"
    wps = rng.sample(
        [
            ("WP-11", "Shielding concrete"),
            ("WP-12", "Gantry installation"),
            ("WP-21", "MEP fit-out"),
            ("WP-31", "Beamline commissioning"),
        ],
        3,
    )
    data: Data = {}
    r = 6
    for code, wp in wps:
        pv = [_amount(rng, 40, 600, 500) for _ in months]
        ev = [v + _amount(rng, -30, 10, 500) for v in pv]
        ac = [v + _amount(rng, -10, 30, 500) for v in ev]
        for m, p, a in zip(months, pv, ac, strict=True):
            data[("budget", wp, m)] = p
            data[("actual", wp, m)] = a
        _put(ws, r, 1, [[code, wp, "PV", *pv], [None, None, "EV", *ev], [None, None, "AC", *ac]])
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
        r += 3
    cols: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    path = _save(wb, folder, "us_proton_evm")
    return Built(
        path,
        [TruthTable("EV Monthly", 5, "finance", cols, {"finance": _pairs(data)})],
        [*_facts(data), _project("currency", "USD")],
    )


def nz_shearing_qbo(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actuals")
    ws["A1"] = "Ruapehu Station Ltd"
    ws["A2"] = "Budget vs. Actuals: Woolshed Rebuild – FY26 P&L"
    nm = rng.randint(3, 4)
    months = _months(date(2026, 1, 1), nm)
    ws["A3"] = f"January - {['January', 'February', 'March', 'April'][nm - 1]}, 2026"
    groups: list[object] = [None]
    subs: list[object] = [None]
    for m in months:
        groups += [f"{['Jan', 'Feb', 'Mar', 'Apr'][m.month - 1]} 2026", None, None, None]
        subs += ["Actual", "Budget", "over Budget", "% of Budget"]
    _put(ws, 5, 1, [groups, subs])
    for i in range(nm):
        ws.merge_cells(start_row=5, start_column=2 + 4 * i, end_row=5, end_column=5 + 4 * i)
    ws.cell(7, 1, "Expenses")
    lines = rng.sample(
        [
            "Builder - Labour",
            "Timber & Cladding",
            "Shearing Board & Grating",
            "Electrical",
            "Consents & Fees",
        ],
        3,
    )
    data: Data = {}
    for r, line in enumerate(lines):
        row: list[object] = [f"   {line}"]
        for m in months:
            act = _amount(rng, 2, 80, 250)
            bud = _amount(rng, 2, 80, 250)
            data[("actual", line, m)] = act
            data[("budget", line, m)] = bud
            row += [act, bud, act - bud, f"{act / bud:.2%}"]
        _put(ws, 8 + r, 1, [row])
    ws.cell(8 + len(lines), 1, "Total Expenses")
    _sum_row(ws, 8 + len(lines), 8, 2, 1 + 4 * nm)
    cols: Targets = {}
    for i in range(nm):
        cols[_col(4 + 4 * i)] = None
        cols[_col(5 + 4 * i)] = None
    path = _save(wb, folder, "nz_shearing_qbo")
    return Built(
        path,
        [TruthTable("Budget vs Actuals", 6, "finance", cols, {"finance": _pairs(data)})],
        _facts(data),
    )


_FR = ["janvier", "février", "mars", "avril", "mai", "juin"]


def fr_fromagerie_sage(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Extraction")
    ws["A1"] = "Fromagerie des Aravis – Réfection des caves d'affinage"
    ws["A2"] = f"Extraction Sage 100 du {rng.randint(2, 9):02d}/07/2026 – section analytique CAVES"
    nm = rng.randint(3, 6)
    months = _months(date(2026, 1, 1), nm)
    lines = rng.sample(
        [
            ("604100", "Sous-traitance maçonnerie"),
            ("606300", "Petit équipement"),
            ("622600", "Honoraires maîtrise d'œuvre"),
            ("615200", "Entretien hygrométrie"),
        ],
        3,
    )
    header = ["Compte", "Intitulé", "Mois", "Budget HT", "Réalisé HT", "Engagé"]
    rows: list[list[object]] = [header]
    data: Data = {}
    for m in months:
        for code, name in lines:
            bud = _amount(rng, 10, 500, 100)
            real = _amount(rng, 10, 500, 100)
            data[("budget", name, m)] = bud
            data[("actual", name, m)] = real
            rows.append(
                [
                    code,
                    name,
                    f"{_FR[m.month - 1]} 2026",
                    _fr(bud),
                    _fr(real),
                    _fr(_amount(rng, 0, 50, 100)),
                ]
            )
    _put(ws, 4, 1, rows)
    cols: Targets = dict(
        zip("ABCDEF", [None, "cost_line", "month", "budget", "actual", None], strict=True)
    )
    path = _save(wb, folder, "fr_fromagerie_sage")
    return Built(
        path,
        [TruthTable("Extraction", 4, "finance", cols, {"finance": _pairs(data)})],
        [*_facts(data), _project("currency", "EUR")],
    )


def in_chocolate_burn(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Burn FY27")
    ws["A1"] = "Moulding Line 3 Expansion – Monthly Burn (Actuals)"
    ws["A2"] = "FY 2026-27 (April to March) | Amount in INR | Source: Tally ledger"
    nm = rng.randint(4, 6)
    months = _months(date(2026, 4, 1), nm)
    labels = [
        f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m.month - 1]}'26"
        for m in months
    ]
    _put(ws, 4, 1, [["S.No", "Head of Account", "Capex/Opex", *labels, "Total"]])
    heads = rng.sample(
        [
            ("Tempering machine", "Capex"),
            ("Civil works", "Capex"),
            ("Installation labour", "Opex"),
            ("Trial runs - cocoa butter", "Opex"),
            ("Chiller unit", "Capex"),
        ],
        4,
    )
    data: Data = {}
    kinds: list[ValueFact] = []
    for r, (head, kind) in enumerate(heads):
        vals = [float(rng.randrange(50, 4000) * 1000) for _ in months]
        for m, v in zip(months, vals, strict=True):
            data[("actual", head, m)] = v
        kinds += [
            ValueFact("finance", (m, head), "capex_opex", "CapEx" if kind == "Capex" else "OpEx")
            for m in months
        ]
        _put(ws, 5 + r, 1, [[r + 1, head, kind, *[_lakh(v) for v in vals], _lakh(sum(vals))]])
    ws.cell(5 + len(heads), 2, "Grand Total")
    for i, m in enumerate(months):
        month_sum = sum(v for (_, _, mm), v in data.items() if mm == m)
        ws.cell(5 + len(heads), 4 + i, _lakh(month_sum))
    ws.cell(5 + len(heads), 4 + nm, _lakh(sum(data.values())))
    cols: Targets = {"A": None, "B": "cost_line", "C": "capex_opex", _col(4 + nm): None}
    path = _save(wb, folder, "in_chocolate_burn")
    return Built(
        path,
        [TruthTable("Burn FY27", 4, "finance", cols, {"finance": _pairs(data)})],
        _facts(data) + kinds + [_project("currency", "INR")],
    )


_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def nl_footbridge_prognose(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Prognose")
    ws["A1"] = "Prognose 2026 – Tuibrug Westerkade"
    ws["A2"] = "Bedragen in euro's, excl. btw"
    ws["A3"] = f"Projectleider: {rng.choice(['Femke de Vries', 'Joost Bakker', 'Sanne Visser'])}"
    nm = rng.randint(5, 8)
    months = _months(date(2026, 1, 1), nm)
    _put(ws, 5, 1, [["Kostenpost", "Soort", *[_NL[m.month - 1] for m in months]]])
    posts = rng.sample(
        [
            "Staalconstructie",
            "Tuikabels",
            "Fundering",
            "Verkeersmaatregelen",
            "Engineering",
            "Onvoorzien",
        ],
        3,
    )
    data: Data = {}
    r = 6
    for post in posts:
        for soort, key in (("Begroot", "budget"), ("Prognose", "forecast")):
            vals = [_amount(rng, 5, 200, 500) for _ in months]
            for m, v in zip(months, vals, strict=True):
                data[(key, post, m)] = v
            _put(ws, r, 1, [[post, soort, *vals]])
            r += 1
        r += 1
    cols: Targets = {"A": "cost_line", "B": "measure"}
    path = _save(wb, folder, "nl_footbridge_prognose")
    return Built(
        path,
        [TruthTable("Prognose", 5, "finance", cols, {"finance": _pairs(data)})],
        [*_facts(data), _project("currency", "EUR")],
    )


_SV = ["januari", "februari", "mars", "april", "maj", "juni"]


def se_snow_fence_blocks(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Projektrapport")
    ws["A1"] = "Projekt 7720 Snöskärmar E10 – förnyelse"
    ws["A2"] = "Belopp i SEK"
    acts = rng.sample(
        ["2.1 Stolpar", "2.2 Skärmpaneler", "3.1 Markarbeten", "4.0 Projektledning"], 2
    )
    nm = rng.randint(3, 5)
    months = _months(date(2026, 1, 1), nm)
    data: Data = {}
    tables = []
    notes: list[ValueFact] = []
    r = 4
    for act in acts:
        ws.cell(r, 1, f"Aktivitet: {act}")
        _put(
            ws,
            r + 1,
            1,
            [["Periodnamn", "Budgeterat", "Bokfört", "Avvikelse", "Prognos", "Kommentar"]],
        )
        for i, m in enumerate(months):
            b, u, p = (_amount(rng, 10, 300, 1000) for _ in range(3))
            data[("budget", act, m)] = b
            data[("actual", act, m)] = u
            data[("forecast", act, m)] = p
            note = rng.choice([None, None, "Leverans försenad", "Faktura saknas"])
            _put(ws, r + 2 + i, 1, [[f"{_SV[m.month - 1]} 2026", b, u, b - u, p, note]])
            if note:
                notes.append(ValueFact("finance", (m, act), "notes", note))
        ws.cell(r + 2 + nm, 1, "Summa")
        _sum_row(ws, r + 2 + nm, r + 2, 2, 5)
        cols: Targets = dict(
            zip("ABCDEF", ["month", "budget", "actual", None, "forecast", "notes"], strict=True)
        )
        tables.append(TruthTable("Projektrapport", r + 1, "finance", cols, {"finance": nm}))
        r += nm + 5
    path = _save(wb, folder, "se_snow_fence_blocks")
    return Built(path, tables, [*_facts(data), *notes])


def ca_marina_cashflow(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Harbourfront Yacht Marina – Capital Cash Flow Forecast"
    ws["A2"] = "Fiscal year FY2026-27 (April 1 to March 31) – CAD"
    nm = rng.randint(4, 6)
    months = _months(date(2026, 4, 1), nm)
    _put(ws, 4, 1, [["WBS", "Work Package", "Line", *[f"P{i + 1}" for i in range(nm)]]])
    pkgs = rng.sample(
        [
            ("1.1", "Breakwater"),
            ("1.2", "Floating docks"),
            ("2.1", "Fuel dock"),
            ("3.1", "Harbourmaster building"),
        ],
        3,
    )
    data: Data = {}
    r = 5
    for wbs, pkg in pkgs:
        vals = [_amount(rng, 10, 500, 1000) for _ in months]
        for m, v in zip(months, vals, strict=True):
            data[("forecast", pkg, m)] = v
        _put(ws, r, 1, [[wbs, pkg, "Forecast", *vals]])
        _put(
            ws,
            r + 1,
            1,
            [[None, None, "Commitments", *[_amount(rng, 0, 300, 1000) for _ in months]]],
        )
        r += 2
    cols: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    path = _save(wb, folder, "ca_marina_cashflow")
    return Built(
        path,
        [TruthTable("Cash Flow", 4, "finance", cols, {"finance": _pairs(data)})],
        [*_facts(data), _project("currency", "CAD")],
    )


_IT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def it_cork_contingency(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    nm = rng.randint(3, 5)
    months = _months(date(2026, 1, 1), nm)
    voci = rng.sample(
        [
            ("Linea di bollitura", "Meccanica Sarda srl"),
            ("Impianto aspirazione", "Aria Pulita spa"),
            ("Opere edili", "Edil Gallura snc"),
            ("Direzione lavori", "Studio Pinna"),
            ("Collaudi", "Ing. Murgia"),
        ],
        3,
    )
    data: Data = {}
    tables = []
    for i, (sheet, key) in enumerate((("Preventivo", "budget"), ("Consuntivo", "actual"))):
        ws = _sheet(wb, sheet) if i == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Sugherificio Gallura – ammodernamento linea tappi – {sheet.lower()}"
        ws["A2"] = "Importi in euro, IVA esclusa"
        head = ["N.", "Lavorazione", "Fornitore", *[f"{_IT[m.month - 1]}-26" for m in months]]
        _put(ws, 4, 1, [[*head, "Totale"]])
        for r, (voce, ditta) in enumerate(voci):
            vals = [_amount(rng, 10, 900, 50) + 0.5 * rng.randint(0, 1) for _ in months]
            for m, v in zip(months, vals, strict=True):
                data[(key, voce, m)] = v
            _put(ws, 5 + r, 1, [[r + 1, voce, ditta, *[_eu(v) for v in vals], _eu(sum(vals))]])
        cols: Targets = {"A": None, "B": "cost_line", "C": None, _col(4 + nm): None}
        tables.append(TruthTable(sheet, 4, "finance", cols, {}))
    log = wb.create_sheet("Riserva")
    log["A1"] = "Utilizzo riserva per imprevisti"
    _put(
        log,
        3,
        1,
        [
            ["Data", "Descrizione", "Importo", "Residuo"],
            [f"{rng.randint(10, 28)}/02/2026", "Rinforzo solaio", _eu(4200.0), _eu(15800.0)],
        ],
    )
    tables[0].counts = {"finance": _pairs(data)}
    path = _save(wb, folder, "it_cork_contingency")
    return Built(path, tables, [*_facts(data), _project("currency", "EUR")])


HELD_OUT_108: tuple[Layout, ...] = (
    Layout("ch_rack_railway_sap", "SAP CO plan/actual line items, Swiss", ch_rack_railway_sap),
    Layout("br_usina_cronograma", "Brazilian cronograma físico-financeiro", br_usina_cronograma),
    Layout("au_baths_grant", "Australian grant budget, sheet per measure", au_baths_grant),
    Layout("jp_sake_cellar_yojitsu", "Japanese 予算実績管理表, FY April", jp_sake_cellar_yojitsu),
    Layout("us_proton_evm", "US monthly earned value by work package", us_proton_evm),
    Layout("nz_shearing_qbo", "QuickBooks Online budget vs actuals, NZ", nz_shearing_qbo),
    Layout("fr_fromagerie_sage", "French Sage 100 analytic export", fr_fromagerie_sage),
    Layout("in_chocolate_burn", "Indian capex/opex burn sheet, Tally", in_chocolate_burn),
    Layout("nl_footbridge_prognose", "Dutch municipal forecast", nl_footbridge_prognose),
    Layout("se_snow_fence_blocks", "Swedish Dynamics project report blocks", se_snow_fence_blocks),
    Layout("ca_marina_cashflow", "Canadian capital cash flow, FY April", ca_marina_cashflow),
    Layout("it_cork_contingency", "Italian preventivo/consuntivo sheets", it_cork_contingency),
)
