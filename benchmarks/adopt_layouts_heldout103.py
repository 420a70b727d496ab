"""Hundred-and-third held-out batch (round 38, task w111): finance trackers of every shape.

Twelve project money workbooks as project managers, project accountants and finance
business partners keep them in twelve countries, each imagined from how such a team
really works (no earlier batch was opened for the format): ERP exports (SAP, Dynamics 365
Business Central, Xero), a grant's monthly statement, an earned-value table, a public
budget's progress sheet, a capex / opex statement in lakh, a production burn sheet, a
federal grant's spend plan with quarter totals, a contractor's monthly map with a
contingency log below it, and a municipality's cost follow-up across a year end.

- ``at_sap_plan_ist_perioden``: Austria, a state music school's new building. An SAP
  report exported to Excel: `PSP-Element` | `Bezeichnung` | `GJahr` | `Periode` (`001`..)
  | `Plan` | `Ist` | `Obligo` | `Plan/Ist-Abw.`, `*` subtotal lines per WBS element and a
  `**` grand total, the fiscal year variant `K4 (Kalenderjahr)` and `Währung EUR` above.
- ``no_sykehjem_ark_per_maal``: Norway, a municipality's nursing home. One sheet per
  measure (`Budsjett`, `Regnskap`, `Prognose`), `Post` down, months across as text
  `jan.26`, `Sum 2026`, NOK (off the list) without decimals.
- ``fr_station_marine_subvention``: France, a marine biological station's research grant.
  Months DOWN (`janv. 2026` text), the grant's expense lines ACROSS under two merged groups
  `Prévisionnel` and `Réalisé`, amounts as text `12 345,67`, `Montants en € HT`.
- ``it_bonifica_evm``: Italy, a land-reclamation consortium's pumping plant. A monthly
  earned-value table: `Codice WBS` | `Pacchetto di lavoro` | `Mese` (`gen-26`) |
  `VP (BCWS)` | `VA (BCWP)` | `CE (ACWP)` | three `progressivo` columns | `CPI` | `SPI` |
  `Note`.
- ``mx_central_abasto_capitulos``: Mexico, a state's wholesale food market rehabilitation.
  `Mes` (`Enero`, on the first row of each month's block only) | `Capítulo del gasto` |
  `Presupuesto calendarizado` | `Comprometido` | `Ejercido` | `Por ejercer` |
  `Observaciones`, amounts as text `$1,234,567.89`, `Subtotal` rows, MXN (off the list).
- ``in_sbm_capex_opex_lakh``: India, a municipal corporation's legacy-waste bio-mining at
  its dumpsite. FY April-March, `Sl. No.` | `Head of Account` | `Capex / Opex` |
  `Sanctioned Cost` and the months `Apr-26`.. under merged `BE 2026-27` and
  `Actual Expenditure`, `(₹ in lakh)`.
- ``sg_xero_budget_variance``: Singapore, an eldercare charity's digital programme. Xero's
  Budget Variance report: each month (`Jan-26`) merged over `Actual` | `Budget` |
  `Var SGD` | `Var %`, an `Operating Expenses` section and its total.
- ``dk_hojskole_business_central``: Denmark, a folk high school's new dormitory. Business
  Central's `Sagsposter` (job ledger entries: `Bogføringsdato`, `Sagsopgavenr.`,
  `Kostbeløb (RV)`...) and `Sagsplanlægningslinjer` (budget planning lines), each summed by
  month and job task; DKK (off the list).
- ``pt_mercado_mapa_mensal``: Portugal, a municipal market's refurbishment. `Mês`
  (`jan/26`) | `Rubrica` | `Previsto` | `Executado` | `Desvio` | `Auto de medição n.º` |
  `Observações`, amounts as text `1.234,56 €`; below it a contingency drawdown log.
- ``kr_animation_burn``: Korea, a feature animation's production cost burn. `구분` (merged) |
  `항목` | `계획/실적` | `1월`.. with `2026년` in the title | `누계` | `비고`,
  `(단위: 천원)`; KRW (off the list).
- ``us_tribal_housing_grant_quarters``: USA, a tribal housing authority's federal grant.
  SF-424A budget categories down, federal fiscal year months `Oct`..`Sep` across with
  `Q1 Total`.. columns between the quarters and `FY Total`, a `PLANNED` block and an
  `ACTUAL EXPENDED` block on one sheet, `All amounts in US$`.
- ``fi_puukoulu_kustannusseuranta``: Finland, a municipality's wooden school. A year row
  (`2026`, `2027` merged) over full month names (`syyskuu`.. `helmikuu`),
  `Kustannuspaikka` | `Nimike` | `Laji` (`Talousarvio` / `Toteuma` / `Ennuste`),
  `Summat euroina, alv 0 %`.

Least-sure readings (no fact on any of these): the SAP `Ist` of periods after the report
period (`0,00`, nothing booked yet) and `Obligo`; a WBS code, cost centre or job-task code
column beside a name (`PSP-Element`, `Codice WBS`, `Kustannuspaikka`, `Sl. No.`) left out
rather than read as the cost line (the Danish job-task number IS the cost line: the ledger
has no other); earned value (`VA`), the progressive columns, `CPI` / `SPI`; the Mexican
`Comprometido` and `Por ejercer`; every `Sanctioned Cost`, `Desvio`, `Var`, `Sum`,
`Yhteensä`, `누계`, quarter and FY total; categories in the team's own words (`구분`,
`Capítulo`'s numbers, SF-424A classes) get no category value; the Portuguese contingency
drawdown log under the map (a drawdown is a spend against the reserve, but whether it is
the month's actual of a `Reserva` line is not sure); currencies off the standards' list
(NOK, MXN, DKK, KRW) no currency fact; the title lines as project names (unlabelled),
except where a label says `Projektbezeichnung:` or `Prosjekt:`.

Readings taken (a fact rests on them): SAP `Periode 001` as January (variant `K4
(Kalenderjahr)` stated); the lakh, `천원` and Norwegian whole-krone amounts scaled to units
(lakh x 100,000, 천원 x 1,000); the US `Oct`..`Sep` as October 2025 to September 2026 (the
federal fiscal year stated); the Finnish month names' year from the merged year row above;
the Mexican month on the first row of its block as the month of the rows under it; the
Danish budget and actual as the sums of a month and job task's planning lines and ledger
entries (the job-task number is the cost line of both tables); `VP (BCWS)` and `CE (ACWP)`
as the month's budget and actual (period values: the progressive columns beside them are
the running sums); Xero's `Var SGD` as the base currency SGD (Xero names it there).

Truth audited in round 38 (task a115; docs/adopt.md, "Round 38: the hundred-and-third
batch's truth audited"; test ``test_hundred_and_third_held_out_truth_as_audited_in_round_38``):
every table, column truth, count and value fact checked against the cells at seeds 2026 and
7 and held as written (values 633 at seed 2026, 701 at 7, 572 at 99). One cell change, no
fact resting on it: the Portuguese contingency log dated its drawdowns anywhere up to months
after the map's last measured month and in random order against its numbering and running
balance; they are now dated inside the measured months, in the order they are numbered.

Round 38's lead ruling (task tx38; docs/adopt.md, "Round 38: the lead's truth rulings on
tuning halves"): one column widened, no cell and no value fact changed. The Korean burn
sheet's `비고` remarks are the line's notes or left out (`("notes", None)`, no value facts),
as the audited finance trackers' remarks columns are read. Facts unchanged (754 at seed
2026); 668 -> 669 right at seed 2026.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, TruthTable, ValueFact, _months, _put, _save, _sheet
from openpyxl.utils import get_column_letter

Data = dict[tuple[str, str, date], float]


def _facts(data: Data) -> list[ValueFact]:
    return [ValueFact("finance", (m, line), measure, v) for (measure, line, m), v in data.items()]


def _pairs(data: Data) -> int:
    return len({(line, m) for (_, line, m) in data})


def _de(amount: float) -> str:
    """German / Portuguese / Italian thousands dot, decimal comma: ``1.234,56``."""
    return f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _fr(amount: float) -> str:
    """French: thousands space, decimal comma: ``12 345,67``."""
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",")


# ---------------------------------------------------------------------------------------
# Austria: SAP plan / actual / commitment per period
# ---------------------------------------------------------------------------------------

_AT_WBS = [
    ("MSG-NB.01", "Planung und Bauherrenleistungen"),
    ("MSG-NB.02", "Baumeisterarbeiten"),
    ("MSG-NB.03", "Holzbau und Dach"),
    ("MSG-NB.04", "Haustechnik HKLS"),
    ("MSG-NB.05", "Elektroinstallation"),
    ("MSG-NB.06", "Akustik und Bühnentechnik"),
    ("MSG-NB.07", "Einrichtung Unterrichtsräume"),
]


def at_sap_plan_ist_perioden(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan Ist Obligo")
    nm = rng.randint(5, 9)
    rep = rng.randint(2, nm - 1)
    months = _months(date(2026, 1, 1), nm)
    wbs = rng.sample(_AT_WBS, rng.randint(3, 5))
    wbs.sort()
    ws["A1"] = "Plan/Ist/Obligo je Periode"
    ws["A2"] = "Projektdefinition MSG-NB"
    ws["D2"] = "Projektbezeichnung: Neubau Landesmusikschule Gmunden"
    ws["A3"] = "Geschäftsjahresvariante K4 (Kalenderjahr)"
    ws["D3"] = f"Berichtsperiode {rep:03d}/2026"
    ws["G3"] = "Währung EUR"
    header = [
        "PSP-Element",
        "Bezeichnung",
        "GJahr",
        "Periode",
        "Plan",
        "Ist",
        "Obligo",
        "Plan/Ist-Abw.",
    ]
    rows: list[list[object]] = [header]
    data: Data = {}
    grand = [0.0, 0.0, 0.0]
    for code, name in wbs:
        sums = [0.0, 0.0, 0.0]
        for i, m in enumerate(months):
            plan = float(rng.randrange(20, 400) * 250)
            ist = round(plan * rng.uniform(0.7, 1.25), 2) if i < rep else 0.0
            obligo = float(rng.randrange(0, 60) * 500) if i >= rep - 1 else 0.0
            rows.append([code, name, 2026, f"{i + 1:03d}", plan, ist, obligo, round(plan - ist, 2)])
            data[("budget", name, m)] = plan
            if i < rep:
                data[("actual", name, m)] = ist
            for k, v in enumerate((plan, ist, obligo)):
                sums[k] += v
        sums = [round(v, 2) for v in sums]
        rows.append(["*", None, None, None, *sums, round(sums[0] - sums[1], 2)])
        grand = [g + s for g, s in zip(grand, sums, strict=True)]
    grand = [round(v, 2) for v in grand]
    rows.append(["**", None, None, None, *grand, round(grand[0] - grand[1], 2)])
    _put(ws, 5, 1, rows)
    for row in ws.iter_rows(min_row=6, min_col=5, max_col=8):
        for c in row:
            c.number_format = "#,##0.00"
    path = _save(wb, folder, "at_sap_plan_ist_perioden")
    cols = {"A": None, "B": "cost_line", "C": None, "D": "month", "E": "budget", "F": "actual"}
    cols |= {"G": None, "H": None}
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    facts.append(ValueFact("project", 0, "project_name", "Neubau Landesmusikschule Gmunden"))
    n = len(wbs) * nm
    return Built(path, [TruthTable("Plan Ist Obligo", 5, "finance", cols, {"finance": n})], facts)


# ---------------------------------------------------------------------------------------
# Norway: one sheet per measure, months across as jan.26
# ---------------------------------------------------------------------------------------

_NO_MON = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"]
_NO_POSTS = [
    "Prosjektering",
    "Rigg og drift",
    "Grunnarbeider",
    "Betong og stål",
    "Tømrerarbeider",
    "VVS-installasjoner",
    "Elektro og ITB",
    "Heis",
    "Inventar og utstyr",
    "Byggherrekostnader",
]


def no_sykehjem_ark_per_maal(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    first = rng.randint(1, 4)
    nm = rng.randint(6, 12 - first + 1)
    months = _months(date(2026, first, 1), nm)
    rep = rng.randint(2, nm - 1)
    posts = rng.sample(_NO_POSTS, rng.randint(4, 6))
    labels = [f"{_NO_MON[m.month - 1]}.{m.year % 100}" for m in months]
    data: Data = {}
    tables: list[TruthTable] = []
    ws = _sheet(wb, "Budsjett")
    for sheet, measure in (
        ("Budsjett", "budget"),
        ("Regnskap", "actual"),
        ("Prognose", "forecast"),
    ):
        if sheet != "Budsjett":
            ws = wb.create_sheet(sheet)
        ws["A1"] = f"{sheet} – månedsfordelt"
        ws["A2"] = "Prosjekt: Nye Lia sykehjem"
        ws["D2"] = "64 plasser, 4 bogrupper"
        ws["A3"] = "Beløp i NOK eks. mva"
        header: list[object] = ["Post", *labels, "Sum 2026"]
        rows: list[list[object]] = [header]
        for post in posts:
            row: list[object] = [post]
            total = 0.0
            for i, m in enumerate(months):
                shown = measure == "budget" or (measure == "actual") == (i < rep)
                if not shown:
                    row.append(None)
                    continue
                v = float(rng.randrange(5, 300) * 1000)
                row.append(v)
                total += v
                data[(measure, post, m)] = v
            row.append(total)
            rows.append(row)
        sums: list[object] = ["Sum prosjekt"]
        for c in range(1, len(header)):
            col = [r[c] for r in rows[1:] if isinstance(r[c], float)]
            sums.append(sum(col) if col else None)  # type: ignore[arg-type]
        rows.append(sums)
        _put(ws, 5, 1, rows)
        for row_cells in ws.iter_rows(min_row=6, min_col=2, max_col=len(header)):
            for c in row_cells:
                c.number_format = "# ##0"
        tables.append(TruthTable(sheet, 5, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(posts) * nm}
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "project_name", "Nye Lia sykehjem"))
    path = _save(wb, folder, "no_sykehjem_ark_per_maal")
    return Built(path, tables, facts)


# ---------------------------------------------------------------------------------------
# France: months down, the grant's expense lines across under Prévisionnel / Réalisé
# ---------------------------------------------------------------------------------------

_FR_MON = [
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
_FR_LINES = [
    "Personnel non permanent",
    "Équipement",
    "Missions",
    "Fonctionnement",
    "Prestations de service",
    "Frais de publication",
]


def fr_station_marine_subvention(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi mensuel")
    lines = rng.sample(_FR_LINES, rng.randint(3, 5))
    k = len(lines)
    first = rng.choice([1, 2, 3])
    nm = rng.randint(6, 10)
    months = _months(date(2026, first, 1), nm)
    rep = rng.randint(2, nm - 1)
    ws["A1"] = "Station biologique de Banyuls-sur-Mer – projet ANR « HOLOBIONTE »"
    ws["A2"] = "Convention ANR-25-CE02-0031 – tableau de suivi des dépenses"
    ws["A3"] = "Montants en € HT"
    g1 = ["Mois", "Prévisionnel"] + [None] * (k - 1) + ["Réalisé"] + [None] * (k - 1)
    g1 += ["Écart cumulé"]
    g2: list[object] = [None, *lines, *lines, None]
    _put(ws, 5, 1, [g1, g2])
    ws.merge_cells(start_row=5, start_column=1, end_row=6, end_column=1)
    ws.merge_cells(start_row=5, start_column=2, end_row=5, end_column=1 + k)
    ws.merge_cells(start_row=5, start_column=2 + k, end_row=5, end_column=1 + 2 * k)
    ws.merge_cells(start_row=5, start_column=2 + 2 * k, end_row=6, end_column=2 + 2 * k)
    data: Data = {}
    gap = 0.0
    rows: list[list[object]] = []
    tot_p = [0.0] * k
    tot_r = [0.0] * k
    for i, m in enumerate(months):
        prev = [float(rng.randrange(100, 2500) * 10) + rng.choice([0, 0.5, 0.25]) for _ in lines]
        row: list[object] = [f"{_FR_MON[m.month - 1]} {m.year}", *[_fr(v) for v in prev]]
        real: list[object] = []
        for j, line in enumerate(lines):
            data[("budget", line, m)] = prev[j]
            tot_p[j] += prev[j]
            if i < rep:
                r = round(prev[j] * rng.uniform(0.5, 1.3), 2)
                real.append(_fr(r))
                data[("actual", line, m)] = r
                tot_r[j] += r
                gap += prev[j] - r
            else:
                real.append(None)
        row += real
        row.append(_fr(gap) if i < rep else None)
        rows.append(row)
    rows.append(["Total", *[_fr(v) for v in tot_p], *[_fr(v) for v in tot_r], None])
    _put(ws, 7, 1, rows)
    path = _save(wb, folder, "fr_station_marine_subvention")
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    cols = {"A": "month", get_column_letter(2 + 2 * k): None}
    return Built(
        path, [TruthTable("Suivi mensuel", 6, "finance", cols, {"finance": k * nm})], facts
    )


# ---------------------------------------------------------------------------------------
# Italy: monthly earned value per work package
# ---------------------------------------------------------------------------------------

_IT_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
_IT_WP = [
    ("1.1", "Progettazione esecutiva"),
    ("2.1", "Opere civili vasca di carico"),
    ("2.2", "Paratoie e griglie"),
    ("3.1", "Elettropompe idrovore"),
    ("3.2", "Quadri elettrici e telecontrollo"),
    ("4.1", "Collaudo e avviamento"),
]
_IT_NOTES = ["SAL n. 1 liquidato", "Varianti in corso d'opera", "Fermo per piena", "SAL n. 2"]


def it_bonifica_evm(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EVM mensile")
    wps = sorted(rng.sample(_IT_WP, rng.randint(3, 5)))
    first = rng.randint(1, 5)
    nm = rng.randint(3, 6)
    months = _months(date(2026, first, 1), nm)
    last = months[-1]
    status = date(last.year + last.month // 12, last.month % 12 + 1, 1) - timedelta(days=1)
    ws["A1"] = "Consorzio di Bonifica Pianura di Ferrara"
    ws["A2"] = "Rifacimento impianto idrovoro Valle Lepri – analisi earned value"
    ws["A3"] = f"Data di stato: {status.day:02d}/{status.month:02d}/{status.year}"
    ws["E3"] = "Importi in euro"
    header = [
        "Codice WBS",
        "Pacchetto di lavoro",
        "Mese",
        "VP (BCWS)",
        "VA (BCWP)",
        "CE (ACWP)",
        "VP progressivo",
        "VA progressivo",
        "CE progressivo",
        "CPI",
        "SPI",
        "Note",
    ]
    rows: list[list[object]] = [header]
    data: Data = {}
    notes: list[tuple[str, date, str]] = []
    for code, name in wps:
        cum = [0.0, 0.0, 0.0]
        for m in months:
            vp = float(rng.randrange(10, 200) * 500)
            va = round(vp * rng.uniform(0.6, 1.1), 2)
            ce = round(va * rng.uniform(0.85, 1.3), 2)
            cum = [cum[0] + vp, cum[1] + va, cum[2] + ce]
            note = rng.choice(_IT_NOTES) if rng.random() < 0.2 else None
            rows.append(
                [
                    code,
                    name,
                    f"{_IT_MON[m.month - 1]}-{m.year % 100}",
                    vp,
                    va,
                    ce,
                    *cum,
                    round(cum[1] / cum[2], 2),
                    round(cum[1] / cum[0], 2),
                    note,
                ]
            )
            data[("budget", name, m)] = vp
            data[("actual", name, m)] = ce
            if note:
                notes.append((name, m, note))
    _put(ws, 5, 1, rows)
    path = _save(wb, folder, "it_bonifica_evm")
    facts = _facts(data)
    facts += [ValueFact("finance", (m, name), "notes", note) for name, m, note in notes]
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "month",
        "D": "budget",
        "E": None,
        "F": "actual",
        "G": None,
        "H": None,
        "I": None,
        "J": None,
        "K": None,
        "L": "notes",
    }
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    n = len(wps) * nm
    return Built(path, [TruthTable("EVM mensile", 5, "finance", cols, {"finance": n})], facts)


# ---------------------------------------------------------------------------------------
# Mexico: public budget progress by chapter of expenditure
# ---------------------------------------------------------------------------------------

_MX_MESES = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
]
_MX_CAP = [
    "1000 Servicios personales",
    "2000 Materiales y suministros",
    "3000 Servicios generales",
    "5000 Bienes muebles, inmuebles e intangibles",
    "6000 Inversión pública",
]
_MX_OBS = ["Estimación 3 en trámite", "Pago a contratista", "Ampliación autorizada", "Retenciones"]


def _mxn(v: float) -> str:
    return f"-${-v:,.2f}" if v < 0 else f"${v:,.2f}"


def mx_central_abasto_capitulos(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Avance presupuestal")
    nm = rng.randint(4, 7)
    rep = rng.randint(2, nm - 1)
    months = _months(date(2026, 1, 1), nm)
    caps = [c for c in _MX_CAP if c == _MX_CAP[4] or rng.random() < 0.7]
    ws["A1"] = "Gobierno del Estado de Jalisco – Secretaría de Desarrollo Económico"
    ws["A2"] = "Rehabilitación de la Central de Abasto de Zapopan, 2a etapa"
    ws["A3"] = "Ejercicio fiscal 2026"
    ws["A4"] = "Cifras en pesos"
    header = [
        "Mes",
        "Capítulo del gasto",
        "Presupuesto calendarizado",
        "Comprometido",
        "Ejercido",
        "Por ejercer",
        "Observaciones",
    ]
    rows: list[list[object]] = [header]
    data: Data = {}
    notes: list[tuple[str, date, str]] = []
    for i, m in enumerate(months):
        sub = [0.0, 0.0]
        for j, cap in enumerate(caps):
            cal = float(rng.randrange(50, 3000) * 1000) + rng.choice([0.0, 0.5])
            com = round(cal * rng.uniform(0.3, 1.0), 2)
            eje = round(cal * rng.uniform(0.4, 1.05), 2) if i < rep else 0.0
            obs = rng.choice(_MX_OBS) if rng.random() < 0.2 else None
            rows.append(
                [
                    _MX_MESES[m.month - 1] if j == 0 else None,
                    cap,
                    _mxn(cal),
                    _mxn(com),
                    _mxn(eje) if i < rep else None,
                    _mxn(cal - eje),
                    obs,
                ]
            )
            data[("budget", cap, m)] = cal
            if i < rep:
                data[("actual", cap, m)] = eje
            if obs:
                notes.append((cap, m, obs))
            sub = [sub[0] + cal, sub[1] + eje]
        rows.append(
            [
                f"Subtotal {_MX_MESES[m.month - 1].lower()}",
                None,
                _mxn(sub[0]),
                None,
                _mxn(sub[1]) if i < rep else None,
                None,
                None,
            ]
        )
    _put(ws, 6, 1, rows)
    cut = months[rep - 1]
    end = date(cut.year + cut.month // 12, cut.month % 12 + 1, 1) - timedelta(days=1)
    ws["D3"] = f"Fecha de corte: {end.day} de {_MX_MESES[end.month - 1].lower()} de {end.year}"
    path = _save(wb, folder, "mx_central_abasto_capitulos")
    facts = _facts(data)
    facts += [ValueFact("finance", (m, cap), "notes", o) for cap, m, o in notes]
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": "month",
        "B": "cost_line",
        "C": "budget",
        "D": None,
        "E": "actual",
        "F": None,
        "G": "notes",
    }
    n = len(caps) * nm
    return Built(
        path, [TruthTable("Avance presupuestal", 6, "finance", cols, {"finance": n})], facts
    )


# ---------------------------------------------------------------------------------------
# India: capex / opex statement in lakh, FY April-March
# ---------------------------------------------------------------------------------------

_IN_HEADS = [
    ("Bio-mining of legacy waste", "Capex"),
    ("Trommel and screening plant", "Capex"),
    ("Weighbridge & CCTV", "Capex"),
    ("Access road and fencing", "Capex"),
    ("PMC / consultancy fees", "Opex"),
    ("Leachate treatment O&M", "Opex"),
    ("IEC & community outreach", "Opex"),
]


def in_sbm_capex_opex_lakh(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY 2026-27")
    heads = [h for h in _IN_HEADS if rng.random() < 0.75] or _IN_HEADS[:2]
    nm = rng.randint(4, 7)
    rep = rng.randint(2, nm)
    months = _months(date(2026, 4, 1), nm)
    labels = [m.strftime("%b-%y") for m in months]
    ws["A1"] = "Nagpur Municipal Corporation – Swachh Bharat Mission (Urban) 2.0"
    ws["A2"] = "Bhandewadi dumpsite, legacy waste bio-mining: monthly expenditure statement"
    ws["A3"] = "FY 2026-27 (April to March)"
    ws["H3"] = "(₹ in lakh)"
    g1: list[object] = ["Sl. No.", "Head of Account", "Capex / Opex", "Sanctioned Cost"]
    g1 += ["BE 2026-27"] + [None] * (nm - 1) + ["Actual Expenditure"] + [None] * (nm - 1)
    g1 += ["Cumulative Actual"]
    g2: list[object] = [None, None, None, None, *labels, *labels, None]
    _put(ws, 5, 1, [g1, g2])
    for c in (1, 2, 3, 4, 5 + 2 * nm):
        ws.merge_cells(start_row=5, start_column=c, end_row=6, end_column=c)
    ws.merge_cells(start_row=5, start_column=5, end_row=5, end_column=4 + nm)
    ws.merge_cells(start_row=5, start_column=5 + nm, end_row=5, end_column=4 + 2 * nm)
    data: Data = {}
    kinds: list[tuple[str, date, str]] = []
    rows: list[list[object]] = []
    for n, (head, kind) in enumerate(heads, start=1):
        be = [rng.randrange(50, 4000) for _ in months]  # hundredths of a lakh = Rs 1,000
        act = [round(b * rng.uniform(0.4, 1.2)) for b in be]
        row: list[object] = [n, head, kind, round(sum(be) * rng.uniform(1.5, 2.5)) / 100]
        row += [b / 100 for b in be]
        row += [a / 100 if i < rep else "-" for i, a in enumerate(act)]
        row.append(sum(act[:rep]) / 100)
        rows.append(row)
        for i, m in enumerate(months):
            data[("budget", head, m)] = float(be[i] * 1000)
            if i < rep:
                data[("actual", head, m)] = float(act[i] * 1000)
            kinds.append((head, m, "CapEx" if kind == "Capex" else "OpEx"))
    total: list[object] = [None, "Total", None]
    for c in range(3, len(rows[0])):
        total.append(round(sum(r[c] for r in rows if isinstance(r[c], float)), 2))  # type: ignore[misc]
    rows.append(total)
    _put(ws, 7, 1, rows)
    for row_cells in ws.iter_rows(min_row=7, min_col=4, max_col=5 + 2 * nm):
        for c in row_cells:
            c.number_format = "#,##,##0.00"
    path = _save(wb, folder, "in_sbm_capex_opex_lakh")
    facts = _facts(data)
    facts += [ValueFact("finance", (m, h), "capex_opex", k) for h, m, k in kinds]
    facts.append(ValueFact("project", 0, "currency", "INR"))
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "capex_opex",
        "D": None,
        get_column_letter(5 + 2 * nm): None,
    }
    n = len(heads) * nm
    return Built(path, [TruthTable("FY 2026-27", 6, "finance", cols, {"finance": n})], facts)


# ---------------------------------------------------------------------------------------
# Singapore: Xero Budget Variance, tracked to one programme
# ---------------------------------------------------------------------------------------

_SG_ACCOUNTS = [
    "Wages and Salaries",
    "CPF Contributions",
    "Contract Trainers",
    "Tablet Devices (under $5,000)",
    "Venue Rental",
    "Printing & Stationery",
    "Transport - Seniors",
    "Refreshments",
]


def sg_xero_budget_variance(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Variance")
    nm = rng.randint(3, 6)
    first = rng.randint(1, 6)
    months = _months(date(2026, first, 1), nm)
    last = months[-1]
    end = date(last.year + last.month // 12, last.month % 12 + 1, 1) - timedelta(days=1)
    accounts = [a for a in _SG_ACCOUNTS if rng.random() < 0.7] or _SG_ACCOUNTS[:3]
    ws["A1"] = "Budget Variance"
    ws["A2"] = "Silver Threads Eldercare Ltd"
    ws["A3"] = f"For the {nm} months ended {end.day} {end.strftime('%B %Y')}"
    ws["A4"] = "Programme is Go Digital Seniors"
    top: list[object] = [None]
    sub: list[object] = ["Account"]
    for m in months:
        top += [m.strftime("%b-%y"), None, None, None]
        sub += ["Actual", "Budget", "Var SGD", "Var %"]
    _put(ws, 6, 1, [top, sub])
    for i in range(nm):
        ws.merge_cells(start_row=6, start_column=2 + 4 * i, end_row=6, end_column=5 + 4 * i)
    rows: list[list[object]] = [["Operating Expenses"]]
    data: Data = {}
    totals = [0.0] * (4 * nm)
    for acc in accounts:
        row: list[object] = [acc]
        for i, m in enumerate(months):
            bud = float(rng.randrange(4, 120) * 100)
            act = round(bud * rng.uniform(0.6, 1.3), 2)
            var = round(bud - act, 2)
            row += [act, bud, var, round(var / bud, 2)]
            data[("actual", acc, m)] = act
            data[("budget", acc, m)] = bud
            totals[4 * i] += act
            totals[4 * i + 1] += bud
            totals[4 * i + 2] += var
        rows.append(row)
    for i in range(nm):
        totals[4 * i + 3] = round(totals[4 * i + 2] / totals[4 * i + 1], 2)
    rows.append(["Total Operating Expenses", *[round(v, 2) for v in totals]])
    _put(ws, 8, 1, rows)
    for row_cells in ws.iter_rows(min_row=9, min_col=2, max_col=1 + 4 * nm):
        for c in row_cells:
            c.number_format = "0%" if (c.column - 2) % 4 == 3 else "#,##0.00"
    path = _save(wb, folder, "sg_xero_budget_variance")
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "currency", "SGD"))
    n = len(accounts) * nm
    return Built(
        path,
        [TruthTable("Budget Variance", 7, "finance", {"A": "cost_line"}, {"finance": n})],
        facts,
    )


# ---------------------------------------------------------------------------------------
# Denmark: Business Central job ledger entries and planning lines
# ---------------------------------------------------------------------------------------

_DK_TASKS = ["1100", "1200", "2100", "2200", "2300", "3100"]
_DK_ITEMS = [
    ("Ressource", "TØMRER", "Tømrertimer"),
    ("Ressource", "PL", "Projektledelse"),
    ("Vare", "70010", "Krydsfiner 18 mm"),
    ("Vare", "70422", "Isolering 195 mm"),
    ("Finanskonto", "2810", "Underleverandør el"),
    ("Finanskonto", "2820", "Underleverandør VVS"),
]


def dk_hojskole_business_central(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sagsposter")
    job = "S-26014"
    tasks = sorted(rng.sample(_DK_TASKS, rng.randint(2, 4)))
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 5), 1), nm)
    data: Data = {}
    # planning lines: one budget line per task and month, sometimes split in two
    plan_rows: list[list[object]] = [
        [
            "Sagsnr.",
            "Sagsopgavenr.",
            "Linjetype",
            "Planlægningsdato",
            "Type",
            "Nr.",
            "Beskrivelse",
            "Antal",
            "Kostbeløb (RV)",
        ]
    ]
    for t in tasks:
        for m in months:
            for _ in range(rng.choice([1, 1, 2])):
                kind, no, desc = rng.choice(_DK_ITEMS)
                qty = rng.randint(5, 80)
                cost = float(qty * rng.randrange(2, 40) * 25)
                plan_rows.append(
                    [
                        job,
                        t,
                        "Budget",
                        m + timedelta(days=rng.randint(0, 27)),
                        kind,
                        no,
                        desc,
                        qty,
                        cost,
                    ]
                )
                key = ("budget", t, m)
                data[key] = data.get(key, 0.0) + cost
    # ledger entries up to the month before the last planned one
    done = months[: rng.randint(2, nm)]
    ledger: list[list[object]] = [
        [
            "Bogføringsdato",
            "Posttype",
            "Bilagsnr.",
            "Sagsnr.",
            "Sagsopgavenr.",
            "Type",
            "Nr.",
            "Beskrivelse",
            "Antal",
            "Enhedskostpris (RV)",
            "Kostbeløb (RV)",
            "Salgsbeløb (RV)",
        ]
    ]
    entries = []
    for t in tasks:
        for m in done:
            for _ in range(rng.randint(1, 3)):
                kind, no, desc = rng.choice(_DK_ITEMS)
                qty = rng.randint(1, 40)
                unit = float(rng.randrange(8, 120) * 5)
                day = m + timedelta(days=rng.randint(0, 27))
                entries.append((day, t, kind, no, desc, qty, unit))
    entries.sort()
    for n, (day, t, kind, no, desc, qty, unit) in enumerate(entries, start=1):
        cost = qty * unit
        ledger.append(
            [
                day,
                "Forbrug",
                f"BILAG{26000 + n}",
                job,
                t,
                kind,
                no,
                desc,
                qty,
                unit,
                cost,
                round(cost * 1.25, 2),
            ]
        )
        key = ("actual", t, date(day.year, day.month, 1))
        data[key] = data.get(key, 0.0) + cost
    _put(ws, 1, 1, ledger)
    for r in range(2, len(ledger) + 1):
        ws.cell(r, 1).number_format = "dd-mm-yyyy"
    ws2 = wb.create_sheet("Sagsplanlægningslinjer")
    _put(ws2, 1, 1, plan_rows)
    for r in range(2, len(plan_rows) + 1):
        ws2.cell(r, 4).number_format = "dd-mm-yyyy"
    path = _save(wb, folder, "dk_hojskole_business_central")
    led_cols: dict[str, str | tuple[str, ...] | None] = {
        "A": "month",
        "B": None,
        "C": None,
        "D": None,
        "E": "cost_line",
        "F": None,
        "G": None,
        "H": None,
        "I": None,
        "J": None,
        "K": "actual",
        "L": None,
    }
    plan_cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": None,
        "D": "month",
        "E": None,
        "F": None,
        "G": None,
        "H": None,
        "I": "budget",
    }
    tables = [
        TruthTable("Sagsposter", 1, "finance", led_cols, {"finance": _pairs(data)}),
        TruthTable("Sagsplanlægningslinjer", 1, "finance", plan_cols, {}),
    ]
    return Built(path, tables, _facts(data))


# ---------------------------------------------------------------------------------------
# Portugal: contractor's monthly map, contingency log below
# ---------------------------------------------------------------------------------------

_PT_MES = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
_PT_RUBRICAS = [
    "Estaleiro",
    "Demolições",
    "Estruturas",
    "Cobertura",
    "Redes de águas e esgotos",
    "Instalações elétricas",
    "Bancas e equipamento",
    "Arranjos exteriores",
]
_PT_OBS = ["Trabalhos a mais aprovados", "Auto retificado", "Chuva: atraso", "Revisão de preços"]


def pt_mercado_mapa_mensal(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mapa mensal")
    rubs = sorted(rng.sample(_PT_RUBRICAS, rng.randint(3, 5)), key=_PT_RUBRICAS.index)
    nm = rng.randint(3, 6)
    months = _months(date(2026, rng.randint(1, 6), 1), nm)
    rep = rng.randint(1, nm - 1)
    ws["A1"] = "Município de Braga – Requalificação do Mercado Municipal"
    ws["A2"] = "Empreitada n.º 14/2025 – mapa de controlo financeiro"
    ws["A3"] = "Valores em euros, s/ IVA"
    header = [
        "Mês",
        "Rubrica",
        "Previsto",
        "Executado",
        "Desvio",
        "Auto de medição n.º",
        "Observações",
    ]
    rows: list[list[object]] = [header]
    data: Data = {}
    notes: list[tuple[str, date, str]] = []
    for i, m in enumerate(months):
        for rub in rubs:
            prev = float(rng.randrange(20, 900) * 100) + rng.choice([0.0, 0.4])
            ex = round(prev * rng.uniform(0.6, 1.2), 2) if i < rep else None
            obs = rng.choice(_PT_OBS) if i < rep and rng.random() < 0.25 else None
            rows.append(
                [
                    f"{_PT_MES[m.month - 1]}/{m.year % 100}",
                    rub,
                    f"{_de(prev)} €",
                    f"{_de(ex)} €" if ex is not None else None,
                    f"{_de(prev - ex)} €" if ex is not None else None,
                    i + 1 if i < rep else None,
                    obs,
                ]
            )
            data[("budget", rub, m)] = prev
            if ex is not None:
                data[("actual", rub, m)] = ex
            if obs:
                notes.append((rub, m, obs))
        rows.append([None] * 7)
    _put(ws, 5, 1, rows)
    below = 5 + len(rows) + 2
    ws.cell(below, 1, "Utilização da reserva de contingência (5% do valor de adjudicação)")
    log: list[list[object]] = [["Data", "N.º", "Descrição", "Valor", "Saldo disponível"]]
    saldo = float(rng.randrange(300, 600) * 100)
    # drawdowns are dated in the months already measured (before the first month without
    # an auto), in the order they are numbered, so the running balance reads down the log
    span = (months[rep] - months[0]).days - 1
    days = sorted(
        months[0] + timedelta(days=rng.randint(0, span)) for _ in range(rng.randint(1, 4))
    )
    for j, d in enumerate(days):
        v = float(rng.randrange(5, 60) * 100)
        saldo -= v
        log.append(
            [
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                j + 1,
                rng.choice(_PT_OBS),
                f"{_de(v)} €",
                f"{_de(saldo)} €",
            ]
        )
    _put(ws, below + 1, 1, log)
    path = _save(wb, folder, "pt_mercado_mapa_mensal")
    facts = _facts(data)
    facts += [ValueFact("finance", (m, r), "notes", o) for r, m, o in notes]
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": "month",
        "B": "cost_line",
        "C": "budget",
        "D": "actual",
        "E": None,
        "F": None,
        "G": "notes",
    }
    n = len(rubs) * nm
    return Built(path, [TruthTable("Mapa mensal", 5, "finance", cols, {"finance": n})], facts)


# ---------------------------------------------------------------------------------------
# Korea: animation production burn, plan / actual rows, thousands of won
# ---------------------------------------------------------------------------------------

_KR_ITEMS = [
    ("인건비", "콘티·레이아웃"),
    ("인건비", "원화"),
    ("인건비", "동화"),
    ("외주비", "배경 미술"),
    ("외주비", "3D 모델링"),
    ("후반작업", "촬영·합성"),
    ("후반작업", "편집"),
    ("후반작업", "성우 녹음"),
    ("후반작업", "음악(OST)"),
]


def kr_animation_burn(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "제작비 집행현황")
    items = [it for it in _KR_ITEMS if rng.random() < 0.6] or _KR_ITEMS[:3]
    nm = rng.randint(5, 12)
    rep = rng.randint(2, nm - 1)
    months = _months(date(2026, 1, 1), nm)
    ws["A1"] = "극장판 애니메이션 「바다의 별」 제작비 집행 현황"
    ws["A2"] = f"2026년 / 기준: {rep}월 말"
    ws[f"{get_column_letter(4 + nm)}2"] = "(단위: 천원)"
    header: list[object] = ["구분", "항목", "계획/실적", *[f"{m.month}월" for m in months]]
    header += ["누계", "비고"]
    rows: list[list[object]] = [header]
    data: Data = {}
    starts: dict[str, int] = {}
    for cat, item in items:
        starts.setdefault(cat, len(rows))
        plan = [rng.randrange(0, 80) * 500 for _ in months]
        act = [round(p * rng.uniform(0.7, 1.3)) for p in plan]
        rows.append([cat, item, "계획", *plan, sum(plan), None])
        rows.append(
            [
                None,
                None,
                "실적",
                *[a if i < rep else None for i, a in enumerate(act)],
                sum(act[:rep]),
                "외주 정산 포함" if rng.random() < 0.2 else None,
            ]
        )
        for i, m in enumerate(months):
            data[("budget", item, m)] = float(plan[i] * 1000)
            if i < rep:
                data[("actual", item, m)] = float(act[i] * 1000)
    _put(ws, 4, 1, rows)
    cats = list(starts)
    for k, cat in enumerate(cats):
        top = 4 + starts[cat]
        bottom = 4 + (starts[cats[k + 1]] if k + 1 < len(cats) else len(rows)) - 1
        ws.merge_cells(start_row=top, start_column=1, end_row=bottom, end_column=1)
    for r in range(len(rows) - 1):
        if r % 2 == 0:
            ws.merge_cells(start_row=5 + r, start_column=2, end_row=6 + r, end_column=2)
    path = _save(wb, folder, "kr_animation_burn")
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": ("category", None),
        "B": "cost_line",
        "C": "measure",
        get_column_letter(4 + nm): None,
        # round 38's lead ruling (tx38): the `비고` remarks are the line's notes or nothing
        get_column_letter(5 + nm): ("notes", None),
    }
    n = len(items) * nm
    return Built(
        path, [TruthTable("제작비 집행현황", 4, "finance", cols, {"finance": n})], _facts(data)
    )


# ---------------------------------------------------------------------------------------
# USA: tribal housing authority grant, federal FY months with quarter totals
# ---------------------------------------------------------------------------------------

_US_CLASSES = [
    "Personnel",
    "Fringe Benefits",
    "Travel",
    "Equipment",
    "Supplies",
    "Contractual",
    "Construction",
    "Other",
]


def us_tribal_housing_grant_quarters(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26 Spend Plan")
    classes = [c for c in _US_CLASSES if rng.random() < 0.7] or _US_CLASSES[:3]
    months = _months(date(2025, 10, 1), 12)
    rep = rng.randint(2, 11)
    ws["A1"] = "Pueblo Housing Authority – IHBG Competitive Grant, Rehab & New Construction"
    ws["A2"] = "Federal fiscal year Oct 1, 2025 – Sep 30, 2026 (FY26)"
    ws["A3"] = "All amounts in US$"
    ws["A4"] = "Prepared by: Finance Office"
    header: list[object] = ["Budget Category (SF-424A)"]
    where: list[int] = []
    for q in range(4):
        for k in range(3):
            header.append(months[3 * q + k].strftime("%b"))
            where.append(len(header))
        header.append(f"Q{q + 1} Total")
    header.append("FY Total")
    data: Data = {}
    top = 6
    tables: list[TruthTable] = []
    for block, measure in (("PLANNED (Approved Budget)", "budget"), ("ACTUAL EXPENDED", "actual")):
        ws.cell(top, 1, block)
        rows: list[list[object]] = [header]
        for cls in classes:
            row: list[object] = [cls]
            for q in range(4):
                qsum = 0
                for k in range(3):
                    i = 3 * q + k
                    if measure == "actual" and i >= rep:
                        row.append(None)
                        continue
                    v = rng.randrange(0, 60) * 250
                    row.append(v)
                    qsum += v
                    data[(measure, cls, months[i])] = float(v)
                row.append(qsum)
            row.append(sum(v for j, v in enumerate(row) if j + 1 in where and isinstance(v, int)))
            rows.append(row)
        tot: list[object] = ["Total Direct Charges"]
        for c in range(1, len(header)):
            vals = [r[c] for r in rows[1:] if isinstance(r[c], int)]
            tot.append(sum(vals) if vals else None)  # type: ignore[arg-type]
        rows.append(tot)
        _put(ws, top + 1, 1, rows)
        tables.append(TruthTable("FY26 Spend Plan", top + 1, "finance", {"A": "cost_line"}, {}))
        top += len(rows) + 3
    for row_cells in ws.iter_rows(min_row=7, min_col=2, max_col=len(header)):
        for c in row_cells:
            c.number_format = '"$"#,##0'
    tables[0].counts = {"finance": len(classes) * 12}
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "currency", "USD"))
    path = _save(wb, folder, "us_tribal_housing_grant_quarters")
    return Built(path, tables, facts)


# ---------------------------------------------------------------------------------------
# Finland: a year row over full month names, three measures per cost item
# ---------------------------------------------------------------------------------------

_FI_KUU = [
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
]
_FI_ITEMS = [
    ("4410", "Rakennuttaminen ja valvonta"),
    ("4420", "Suunnittelu"),
    ("4430", "CLT-runko ja asennus"),
    ("4440", "Julkisivut ja vesikatto"),
    ("4450", "LVIS-urakat"),
    ("4460", "Irtokalusteet"),
]


def fi_puukoulu_kustannusseuranta(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kustannusseuranta")
    items = sorted(rng.sample(_FI_ITEMS, rng.randint(3, 5)))
    nm = rng.randint(5, 8)
    months = _months(date(2026, rng.randint(8, 10), 1), nm)
    rep = rng.randint(2, nm - 1)
    ws["A1"] = "Kirkonkylän koulu, uudisrakennus (puurakenteinen) – kustannusseuranta"
    ws["A2"] = "Summat euroina, alv 0 %"
    ws["E2"] = f"Tilanne {months[rep - 1].month}/{months[rep - 1].year}"
    years: list[object] = [None, None, None]
    for i, m in enumerate(months):
        years.append(m.year if i == 0 or m.month == 1 else None)
    ws_rows: list[list[object]] = [years]
    header: list[object] = [
        "Kustannuspaikka",
        "Nimike",
        "Laji",
        *[_FI_KUU[m.month - 1] for m in months],
    ]
    header.append("Yhteensä")
    ws_rows.append(header)
    data: Data = {}
    for code, name in items:
        for laji, measure in (
            ("Talousarvio", "budget"),
            ("Toteuma", "actual"),
            ("Ennuste", "forecast"),
        ):
            row: list[object] = [code, name, laji]
            for i, m in enumerate(months):
                shown = measure == "budget" or (measure == "actual") == (i < rep)
                if not shown:
                    row.append(None)
                    continue
                v = float(rng.randrange(2, 200) * 500)
                row.append(v)
                data[(measure, name, m)] = v
            row.append(sum(float(x) for x in row[3:] if isinstance(x, float)))
            ws_rows.append(row)
    _put(ws, 4, 1, ws_rows)
    split = next((i for i, m in enumerate(months) if m.month == 1 and i > 0), nm)
    ws.merge_cells(start_row=4, start_column=4, end_row=4, end_column=3 + split)
    if split < nm:
        ws.merge_cells(start_row=4, start_column=4 + split, end_row=4, end_column=3 + nm)
    for row_cells in ws.iter_rows(min_row=6, min_col=4, max_col=4 + nm):
        for c in row_cells:
            c.number_format = "# ##0"
    path = _save(wb, folder, "fi_puukoulu_kustannusseuranta")
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "measure",
        get_column_letter(4 + nm): None,
    }
    facts = _facts(data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    n = len(items) * nm
    return Built(path, [TruthTable("Kustannusseuranta", 5, "finance", cols, {"finance": n})], facts)


HELD_OUT_103: tuple[Layout, ...] = (
    Layout(
        "at_sap_plan_ist_perioden",
        "Austria: SAP plan / actual / commitment per WBS element and period 001..",
        at_sap_plan_ist_perioden,
    ),
    Layout(
        "no_sykehjem_ark_per_maal",
        "Norway: Budsjett / Regnskap / Prognose sheets, months jan.26 across",
        no_sykehjem_ark_per_maal,
    ),
    Layout(
        "fr_station_marine_subvention",
        "France: grant statement, months down, expense lines across under Prévisionnel / Réalisé",
        fr_station_marine_subvention,
    ),
    Layout(
        "it_bonifica_evm",
        "Italy: monthly earned value per work package, VP / VA / CE, gen-26",
        it_bonifica_evm,
    ),
    Layout(
        "mx_central_abasto_capitulos",
        "Mexico: calendarised public budget and Ejercido by chapter, month words, $ text",
        mx_central_abasto_capitulos,
    ),
    Layout(
        "in_sbm_capex_opex_lakh",
        "India: BE / Actual Expenditure by head, Capex / Opex, FY April start, ₹ lakh",
        in_sbm_capex_opex_lakh,
    ),
    Layout(
        "sg_xero_budget_variance",
        "Singapore: Xero Budget Variance, Actual / Budget / Var SGD / Var % under each month",
        sg_xero_budget_variance,
    ),
    Layout(
        "dk_hojskole_business_central",
        "Denmark: Business Central job ledger entries and job planning lines, by job task",
        dk_hojskole_business_central,
    ),
    Layout(
        "pt_mercado_mapa_mensal",
        "Portugal: contractor's monthly map Previsto / Executado, jan/26, contingency log",
        pt_mercado_mapa_mensal,
    ),
    Layout(
        "kr_animation_burn",
        "Korea: production burn, 계획 / 실적 rows, 1월.. across, thousands of won",
        kr_animation_burn,
    ),
    Layout(
        "us_tribal_housing_grant_quarters",
        "USA: federal grant spend plan, Oct..Sep with quarter totals, planned and actual blocks",
        us_tribal_housing_grant_quarters,
    ),
    Layout(
        "fi_puukoulu_kustannusseuranta",
        "Finland: year row over month names, Talousarvio / Toteuma / Ennuste per item",
        fi_puukoulu_kustannusseuranta,
    ),
)
