"""Hundred-and-seventeenth held-out batch (round 40, task w125): finance trackers of every
shape, as project accountants, PMs and finance business partners keep a project's money in
twelve countries. Written from the writer's own picture of real workbooks (no earlier batch
opened); never tuned on.

Layouts (header words and value forms):

1. ``ie_dune_restoration_grant_claims`` (Ireland, EUR): a LEADER grant claim tracker,
   months down as text `Mar '26`, `Claim Month | Expenditure Heading | Approved Allocation |
   Spend This Month | Projected Spend | Claim Ref | Remarks`, a blank row between months,
   `€#,##0.00` numbers, `Amounts in EUR, ex VAT`.
2. ``in_rail_yard_remodelling_capex`` (India, INR): a capital phasing sheet of a
   financial year April-March, `Sl. | Work Package | Nature` then `Sanctioned phasing` and
   `Actual booked` groups over `Apr'26`..`Sep'26`, `Total BE`, `Nature` Capital / Revenue,
   Indian digit grouping, `(Amount in ₹)`.
3. ``br_favela_urbanizacao_orcado_realizado`` (Brazil, BRL): an upgrading programme's
   `Código | Etapa | Tipo | jan/26 .. | Acumulado`, `Tipo` Orçado / Realizado / Tendência,
   amounts as text `R$ 1.234,56`.
4. ``za_wine_cellar_burn_sheet`` (South Africa, ZAR): a burn sheet, months down as
   month-end dates, cost centres across each with `Bud` / `Act` under it, `Total spend` and
   `Cum. spend` at the right.
5. ``at_bergrettung_ski_patrol_base_plan_ist`` (Austria, EUR): a BMD cost-centre export,
   `Kostenstelle | Bezeichnung | Wert | Jänner .. Juni | Summe`, `Wert` Plan / Ist /
   Vorschau, the year in the title, `Beträge in EUR`.
6. ``fi_siren_network_sheets`` (Finland, EUR): one sheet per measure (`Talousarvio`,
   `Toteuma`, `Ennuste`), `Kustannuspaikka | Menolaji | tammi .. kesä | Yhteensä`, the
   year in the title, `Menolaji` Investointi / Käyttötalous.
7. ``us_pumped_hydro_evm_monthly`` (United States, USD): an earned value table by control
   account, `WBS | Control Account | Element | FY27 M01 .. M06 | Cum`, fiscal year from
   October 1, elements `BCWS`, `BCWP`, `ACWP`, `All dollars USD`.
8. ``au_fire_lookout_grant_budget`` (Australia, AUD): months across as date cells
   (`mmm-yy`), each month a `Budget` / `Actual` pair under it, `Budget line | Funding
   source`, a `Total` pair, `All figures AUD excl. GST`.
9. ``ca_qc_palais_de_justice_suivi`` (Québec, CAD): months down as `janvier 2026`, `Période
   | Lot | Budget révisé | Dépenses réelles | Engagements | Prévision | Commentaires`, and
   below it a contingency drawdown log (`Date | Description | Montant prélevé | Solde`).
10. ``mx_tsunami_buoys_ejercicio`` (Mexico, MXN): three stacked blocks on one sheet
    (`PRESUPUESTO AUTORIZADO`, `EJERCIDO`, `PROYECCIÓN`), each `Partida | Denominación | ENE ..
    JUN | Total anual`, `$#,##0.00` numbers.
11. ``sg_lrt_signalling_d365_export`` (Singapore, SGD): a Dynamics 365 style long export,
    `Project ID | Project name | Project category | Amount type | Period | Amount (SGD) |
    Expense class | Line property`, `Period` as `2026/04`, `Expense class` Capital /
    Operating.
12. ``no_skytebane_regnskap_visma`` (Norway, NOK): a municipal accounts report, `Art |
    Tekst | Ansvar | Budsjett 2026 | jan. .. jun. | Hittil i år | Prognose årsslutt`, the
    months under a `Regnskap per måned` label: actuals by month only.

Least-sure readings (no fact on any of them): the year-level budgets and year-end
forecasts with no month (Norwegian `Budsjett 2026`, `Prognose årsslutt`, Indian `Total BE`);
totals, cumulative and to-date columns (`Acumulado`, `Cum. spend`, `Cum`, `Hittil i år`,
`Summe`, `Yhteensä`, `Total anual`); commitments (`Engagements`); the earned value `BCWP` rows; the
contingency drawdown log below the Québec table (a reserve's movements, no cost line's month);
codes that are no register id (`Claim Ref`, `Sl.`, `Código`, `Kostenstelle`, `WBS`,
`Partida`, `Art`, `Ansvar`, `Project ID`); `Funding source`, `Line property`, `Project name`
(one project's name, not asked); the Mexican `EJERCIDO` zeros of months not yet closed (a
zero spend or an empty month: no fact either way); currencies off the standard list (BRL,
ZAR, MXN, NOK: no currency fact; `Cifras en pesos`, `beløp i kroner`, `Rand` name them
only). Readings a reviewer may question, which the writer holds sure: INR from `(Amount in ₹)`; the Indian `Nature` Capital
/ Revenue as CapEx / OpEx (India's own words for the two), the Finnish `Investointi` /
`Käyttötalous` and the Singapore `Capital` / `Operating` likewise; the Brazilian
`Tendência` as the forecast; the `BCWS` row as the budget and `ACWP` as the actual (earlier
audits' reading); the South African month-end dates as their months.

Truth audited in round 40 (task a129; docs/adopt.md, "Round 40: the hundred-and-seventeenth
batch's truth audited"): every table, column and value fact read against the cells at seeds
2026 and 7 and held (no fact changed: 16 / 28 / 67 / 472 at 2026). Three dated cells that
contradicted the rows beside them were changed, no fact with them: the US `Status date:
FY27 Mnn close` is the last month with ACWP (it was drawn apart, `M05 close` over two
months of ACWP at 2026, at 148 of 201 seeds); the Irish `Last updated` falls after the last
month it claims (7 of 201 seeds dated it inside that month); the Québec contingency
drawings are dated in order no later than the month after the last month with actuals (63
of 201 seeds dated some in months the follow-up still forecasts). The random draws are
kept in their order, so every other cell stays as it was.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, TruthTable, ValueFact, _months, _put, _save, _sheet

#: (measure, cost line, month index) -> amount
Data = dict[tuple[str, str, int], float]


def _facts(months: list[date], data: Data) -> list[ValueFact]:
    return [
        ValueFact("finance", (months[m], line), measure, amount)
        for (measure, line, m), amount in data.items()
    ]


def _amt(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _cents(rng: random.Random, lo: int, hi: int) -> float:
    return round(rng.randrange(lo * 100, hi * 100) / 100, 2)


def _br(x: float) -> str:
    whole, frac = f"{x:,.2f}".split(".")
    return f"R$ {whole.replace(',', '.')},{frac}"


# ---------------------------------------------------------------------------------------
# 1. Ireland: grant claim tracker, months down
# ---------------------------------------------------------------------------------------

IE_HEADINGS = [
    "Fencing & access control",
    "Marram grass planting",
    "Boardwalk materials",
    "Ecologist fees",
    "Interpretive signage",
]
IE_REMARKS = [
    "Invoice with LAG for vouching",
    "Volunteer day - no cost",
    "Price agreed with Coillte supplier",
    "Delayed by storm, rescheduled",
]


def ie_dune_restoration_grant_claims(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Claims 2026")
    place = rng.choice(["Inch Strand", "Rossbeigh", "Brittas Bay", "Curracloe"])
    ws["A1"] = f"{place} sand dune restoration - LEADER grant expenditure tracker"
    ws["A2"] = "Promoter: Dune Care Community Group CLG   |   Amounts in EUR, ex VAT"
    day, month = rng.randint(1, 28), rng.randint(6, 9)
    header = [
        "Claim Month",
        "Expenditure Heading",
        "Approved Allocation",
        "Spend This Month",
        "Projected Spend",
        "Claim Ref",
        "Remarks",
    ]
    _put(ws, 5, 1, [header])
    nm = rng.randint(4, 6)
    first = date(2026, rng.randint(1, 3), 1)
    months = _months(first, nm)
    done = rng.randint(2, nm - 1)  # months claimed so far
    # updated after the last claimed month (audit, round 40: at 7 of 201 seeds the tracker
    # was dated inside the month whose whole spend it claims)
    month = max(month, months[done - 1].month + 1)
    ws["A3"] = f"Last updated {day}/{month}/2026 by the treasurer"
    lines = rng.sample(IE_HEADINGS, rng.randint(2, 3))
    data: Data = {}
    facts: list[ValueFact] = []
    r = 6
    for m, mo in enumerate(months):
        label = f"{mo.strftime('%b')} '{mo.year % 100:02d}"
        for line in lines:
            budget = _cents(rng, 300, 4000)
            row: list[object] = [label, line, budget, None, None, None, None]
            data[("budget", line, m)] = budget
            if m < done:
                spend = _cents(rng, 0, 4200)
                row[3] = spend
                data[("actual", line, m)] = spend
                row[5] = f"CL-{m + 1:02d}"
            else:
                proj = _cents(rng, 200, 4000)
                row[4] = proj
                data[("forecast", line, m)] = proj
            if rng.random() < 0.3:
                note = rng.choice(IE_REMARKS)
                row[6] = note
                facts.append(ValueFact("finance", (mo, line), "notes", note))
            _put(ws, r, 1, [row])
            for c in (3, 4, 5):
                ws.cell(r, c).number_format = "€#,##0.00"
            r += 1
        r += 1  # a blank row between months
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": "month",
        "B": "cost_line",
        "C": "budget",
        "D": "actual",
        "E": "forecast",
        "F": None,
        "G": "notes",
    }
    facts += _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    path = _save(wb, folder, "ie_dune_restoration_grant_claims")
    return Built(
        path, [TruthTable("Claims 2026", 5, "finance", cols, {"finance": nm * len(lines)})], facts
    )


# ---------------------------------------------------------------------------------------
# 2. India: capital phasing, financial year April-March, two groups over months
# ---------------------------------------------------------------------------------------

IN_PACKAGES = [
    ("Earthwork & blanketing", "Capital"),
    ("Track linking (new lines 4-7)", "Capital"),
    ("Points & crossings", "Capital"),
    ("OHE modification", "Capital"),
    ("Signalling - RRI changes", "Capital"),
    ("Consultancy & PMC", "Revenue"),
    ("Temporary staff quarters upkeep", "Revenue"),
]


def in_rail_yard_remodelling_capex(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY 2026-27")
    yard = rng.choice(["Itarsi", "Mughalsarai", "Bhusaval", "Vijayawada"])
    ws["A1"] = f"Yard remodelling at {yard} - phasing of expenditure"
    ws["A2"] = "Financial year 2026-27 (April 2026 to March 2027)"
    ws["F3"] = "(Amount in ₹)"
    nm = 6
    months = _months(date(2026, 4, 1), nm)
    labels = [f"{m.strftime('%b')}'{m.year % 100}" for m in months]
    done = rng.randint(2, 4)
    groups: list[object] = [None, None, None, "Sanctioned phasing"] + [None] * (nm - 1)
    groups += ["Actual booked"] + [None] * (nm - 1)
    subs: list[object] = ["Sl.", "Work Package", "Nature", *labels, *labels, "Total BE"]
    _put(ws, 5, 1, [groups, subs])
    ws.merge_cells(start_row=5, start_column=4, end_row=5, end_column=3 + nm)
    ws.merge_cells(start_row=5, start_column=4 + nm, end_row=5, end_column=3 + 2 * nm)
    picks = rng.sample(IN_PACKAGES, rng.randint(3, 5))
    data: Data = {}
    facts: list[ValueFact] = []
    for i, (pkg, nature) in enumerate(picks):
        budgets = [_amt(rng, 5, 90, 25000) for _ in range(nm)]
        actuals: list[object] = [_amt(rng, 3, 95, 25000) if m < done else None for m in range(nm)]
        row: list[object] = [i + 1, pkg, nature, *budgets, *actuals, sum(budgets)]
        r = 7 + i
        _put(ws, r, 1, [row])
        for c in range(4, 5 + 2 * nm):
            ws.cell(r, c).number_format = "##,##,##0"
        for m in range(nm):
            data[("budget", pkg, m)] = budgets[m]
            a = actuals[m]
            if isinstance(a, float):
                data[("actual", pkg, m)] = a
            facts.append(
                ValueFact(
                    "finance",
                    (months[m], pkg),
                    "capex_opex",
                    "CapEx" if nature == "Capital" else "OpEx",
                )
            )
    tot = 7 + len(picks)
    ws.cell(tot, 2, "Total")
    ws.cell(
        tot + 2,
        1,
        "Note: Revenue items are met from the working expenses grant of the division.",
    )
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "capex_opex",
        f"{openpyxl.utils.get_column_letter(4 + 2 * nm)}": None,
    }
    facts += _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "INR"))
    path = _save(wb, folder, "in_rail_yard_remodelling_capex")
    return Built(
        path, [TruthTable("FY 2026-27", 6, "finance", cols, {"finance": nm * len(picks)})], facts
    )


# ---------------------------------------------------------------------------------------
# 3. Brazil: Orçado / Realizado / Tendência rows, months across as jan/26, text amounts
# ---------------------------------------------------------------------------------------

BR_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
BR_ETAPAS = [
    ("1.1", "Contenção de encostas"),
    ("1.2", "Rede de esgoto e drenagem"),
    ("2.1", "Pavimentação de vielas"),
    ("2.2", "Iluminação pública"),
    ("3.1", "Trabalho técnico social"),
    ("3.2", "Regularização fundiária"),
]


def br_favela_urbanizacao_orcado_realizado(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Acompanhamento")
    area = rng.choice(["Comunidade do Vale", "Morro da Boa Vista", "Vila Esperança"])
    ws["A1"] = f"Urbanização de favela - {area} - acompanhamento físico-financeiro 2026"
    ws["A2"] = "Valores em reais (R$), base contrato aditado"
    nm = rng.randint(5, 7)
    months = _months(date(2026, 1, 1), nm)
    done = rng.randint(2, nm - 1)
    header: list[object] = ["Código", "Etapa", "Tipo"]
    header += [f"{BR_MONTHS[m.month - 1]}/{m.year % 100}" for m in months] + ["Acumulado"]
    rows: list[list[object]] = [header]
    etapas = rng.sample(BR_ETAPAS, rng.randint(3, 4))
    data: Data = {}
    for code, etapa in etapas:
        for tipo, key in (("Orçado", "budget"), ("Realizado", "actual"), ("Tendência", "forecast")):
            row: list[object] = [code, etapa, tipo]
            total = 0.0
            for m in range(nm):
                if key == "actual" and m >= done:
                    row.append(None)
                    continue
                if key == "forecast" and m < done:
                    row.append(None)
                    continue
                x = _cents(rng, 2000, 90000)
                total += x
                row.append(_br(x))
                data[(key, etapa, m)] = x
            row.append(_br(round(total, 2)))
            rows.append(row)
    _put(ws, 4, 1, rows)
    ws.cell(
        5 + len(rows),
        1,
        "Fonte: medições aprovadas pela fiscalização; tendência revisada mensalmente.",
    )
    cols: dict[str, str | tuple[str, ...] | None] = {"A": None, "B": "cost_line", "C": "measure"}
    cols[openpyxl.utils.get_column_letter(4 + nm)] = None
    path = _save(wb, folder, "br_favela_urbanizacao_orcado_realizado")
    return Built(
        path,
        [TruthTable("Acompanhamento", 4, "finance", cols, {"finance": nm * len(etapas)})],
        _facts(months, data),
    )


# ---------------------------------------------------------------------------------------
# 4. South Africa: burn sheet, months down as month-end dates, cost centres across
# ---------------------------------------------------------------------------------------

ZA_CENTRES = [
    "Civils & building",
    "Tanks & cooling",
    "Electrical",
    "Professional fees",
    "Bottling line",
]


def za_wine_cellar_burn_sheet(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Burn")
    estate = rng.choice(["Stellenbosch", "Franschhoek", "Robertson", "Paarl"])
    ws["A1"] = f"{estate} wine cellar extension - monthly burn"
    ws["A2"] = "Rand, VAT excl.  Budget = approved cashflow rev B"
    centres = rng.sample(ZA_CENTRES, rng.randint(2, 4))
    groups: list[object] = [None]
    subs: list[object] = ["Month end"]
    for c in centres:
        groups += [c, None]
        subs += ["Bud", "Act"]
    subs += ["Total spend", "Cum. spend"]
    _put(ws, 4, 1, [groups, subs])
    for i in range(len(centres)):
        ws.merge_cells(start_row=4, start_column=2 + 2 * i, end_row=4, end_column=3 + 2 * i)
    nm = rng.randint(5, 8)
    months = _months(date(2026, rng.randint(2, 4), 1), nm)
    done = rng.randint(3, nm - 1)
    data: Data = {}
    cum = 0.0
    for m, mo in enumerate(months):
        nxt = _months(mo, 2)[1]
        end = date.fromordinal(nxt.toordinal() - 1)
        row: list[object] = [datetime(end.year, end.month, end.day)]
        spend = 0.0
        for c in centres:
            bud = _amt(rng, 4, 80, 5000)
            row.append(bud)
            data[("budget", c, m)] = bud
            if m < done:
                act = _amt(rng, 2, 85, 5000)
                row.append(act)
                data[("actual", c, m)] = act
                spend += act
            else:
                row.append(None)
        if m < done:
            cum += spend
            row += [spend, cum]
        r = 6 + m
        _put(ws, r, 1, [row])
        ws.cell(r, 1).number_format = "yyyy/mm/dd"
        for c in range(2, len(row) + 1):
            ws.cell(r, c).number_format = '"R" #,##0'
    cols: dict[str, str | tuple[str, ...] | None] = {"A": "month"}
    last = 2 + 2 * len(centres)
    cols[openpyxl.utils.get_column_letter(last)] = None
    cols[openpyxl.utils.get_column_letter(last + 1)] = None
    path = _save(wb, folder, "za_wine_cellar_burn_sheet")
    return Built(
        path,
        [TruthTable("Burn", 5, "finance", cols, {"finance": nm * len(centres)})],
        _facts(months, data),
    )


# ---------------------------------------------------------------------------------------
# 5. Austria: BMD cost-centre export, Plan / Ist / Vorschau rows, Jänner ..
# ---------------------------------------------------------------------------------------

AT_MONTHS = ["Jänner", "Februar", "März", "April", "Mai", "Juni"]
AT_KST = [
    (4110, "Baumeisterarbeiten"),
    (4120, "Holzbau & Dach"),
    (4130, "Haustechnik"),
    (4140, "Funk- und Alarmanlage"),
    (4190, "Planung & Bauaufsicht"),
]


def at_bergrettung_ski_patrol_base_plan_ist(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Projektbudget")
    ort = rng.choice(["Obertauern", "Sölden", "Lech", "Schladming"])
    ws["A1"] = f"Neubau Bergrettungs-Stützpunkt {ort} - Kostenstellenauswertung 2026"
    ws["A2"] = "Beträge in EUR, netto"
    ws["A3"] = "BMD NTCS Auswertung, Stand Monatsabschluss"
    header: list[object] = ["Kostenstelle", "Bezeichnung", "Wert", *AT_MONTHS, "Summe"]
    rows: list[list[object]] = [header]
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    done = rng.randint(2, 5)
    kst = rng.sample(AT_KST, rng.randint(3, 4))
    data: Data = {}
    for nr, name in kst:
        for wert, key in (("Plan", "budget"), ("Ist", "actual"), ("Vorschau", "forecast")):
            if key == "forecast" and rng.random() < 0.3:
                continue  # no outlook kept for this cost centre
            row: list[object] = [nr, name, wert]
            for m in range(nm):
                if (key == "actual" and m >= done) or (key == "forecast" and m < done):
                    row.append(None)
                    continue
                x = _amt(rng, 1, 60, 1000) + rng.choice([0.0, 250.0, 500.0])
                row.append(x)
                data[(key, name, m)] = x
            row.append(sum(v for v in row[3:] if isinstance(v, float)))
            rows.append(row)
    _put(ws, 5, 1, rows)
    for r in range(6, 5 + len(rows)):
        for c in range(4, 5 + nm):
            ws.cell(r, c).number_format = "#,##0.00"
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "measure",
        "J": None,
    }
    facts = _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    path = _save(wb, folder, "at_bergrettung_ski_patrol_base_plan_ist")
    return Built(
        path, [TruthTable("Projektbudget", 5, "finance", cols, {"finance": nm * len(kst)})], facts
    )


# ---------------------------------------------------------------------------------------
# 6. Finland: one sheet per measure, tammi .. kesä
# ---------------------------------------------------------------------------------------

FI_MONTHS = ["tammi", "helmi", "maalis", "huhti", "touko", "kesä"]
FI_LINES = [
    ("Hälytinlaitteet", "Investointi"),
    ("Asennustyöt", "Investointi"),
    ("Sähköliittymät", "Investointi"),
    ("Ohjausjärjestelmä", "Investointi"),
    ("Projektinhallinta", "Käyttötalous"),
    ("Koulutus ja tiedotus", "Käyttötalous"),
]


def fi_siren_network_sheets(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    done = rng.randint(2, 5)
    lines = rng.sample(FI_LINES, rng.randint(3, 5))
    kunta = rng.choice(["Kuopion", "Porin", "Joensuun", "Kotkan"])
    data: Data = {}
    tables: list[TruthTable] = []
    facts: list[ValueFact] = []
    sheets = (
        ("Talousarvio", "budget", "talousarvio"),
        ("Toteuma", "actual", "toteuma"),
        ("Ennuste", "forecast", "ennuste"),
    )
    for s, (title, key, word) in enumerate(sheets):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"{kunta} väestöhälytinverkoston uusiminen 2026 - {word} (€, alv 0 %)"
        _put(ws, 3, 1, [["Kustannuspaikka", "Menolaji", *FI_MONTHS, "Yhteensä"]])
        for i, (line, laji) in enumerate(lines):
            row: list[object] = [line, laji]
            for m in range(nm):
                if (key == "actual" and m >= done) or (key == "forecast" and m < done):
                    row.append(None)
                    continue
                x = _amt(rng, 1, 45, 800)
                row.append(x)
                data[(key, line, m)] = x
            row.append(sum(v for v in row[2:] if isinstance(v, float)))
            _put(ws, 4 + i, 1, [row])
            for c in range(3, 4 + nm):
                ws.cell(4 + i, c).number_format = "# ##0"
        ws.cell(4 + len(lines), 1, "Yhteensä")
        tables.append(
            TruthTable(title, 3, "finance", {"A": "cost_line", "B": "capex_opex", "I": None}, {})
        )
    tables[0].counts = {"finance": nm * len(lines)}
    for line, laji in lines:
        for m in range(nm):
            kind = "CapEx" if laji == "Investointi" else "OpEx"
            facts.append(ValueFact("finance", (months[m], line), "capex_opex", kind))
    facts += _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "EUR"))
    path = _save(wb, folder, "fi_siren_network_sheets")
    return Built(path, tables, facts)


# ---------------------------------------------------------------------------------------
# 7. United States: earned value by control account, fiscal months from October
# ---------------------------------------------------------------------------------------

US_CAS = [
    ("1.2.1", "Upper reservoir liner"),
    ("1.3.2", "Penstock fabrication"),
    ("1.4.1", "Powerhouse excavation"),
    ("1.4.3", "Pump-turbine units"),
    ("1.6.1", "Switchyard & interconnect"),
]


def us_pumped_hydro_evm_monthly(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EV by Month")
    ws["A1"] = "Pumped hydro storage project - earned value by fiscal month"
    ws["A2"] = "Fiscal year begins October 1. All dollars USD."
    rng.randint(3, 5)  # the status month once drawn here; kept so every other cell stays
    nm = 6
    months = _months(date(2026, 10, 1), nm)
    done = rng.randint(2, 5)
    # the status date is the last month closed, whose ACWP is the last listed (audit, round
    # 40: a month drawn apart from the ACWP said `M05 close` over two months of ACWP)
    ws["A3"] = f"Status date: FY27 M{done:02d} close"
    header: list[object] = ["WBS", "Control Account", "Element"]
    header += [f"FY27 M{m + 1:02d}" for m in range(nm)] + ["Cum"]
    rows: list[list[object]] = [header]
    cas = rng.sample(US_CAS, rng.randint(2, 4))
    data: Data = {}
    for wbs, ca in cas:
        for el in ("BCWS", "BCWP", "ACWP"):
            row: list[object] = [wbs, ca, el]
            for m in range(nm):
                if el != "BCWS" and m >= done:
                    row.append(None)
                    continue
                x = _amt(rng, 20, 400, 1000)
                row.append(x)
                if el == "BCWS":
                    data[("budget", ca, m)] = x
                elif el == "ACWP":
                    data[("actual", ca, m)] = x
            row.append(sum(v for v in row[3:] if isinstance(v, float)))
            rows.append(row)
    _put(ws, 5, 1, rows)
    for r in range(6, 5 + len(rows)):
        for c in range(4, 5 + nm):
            ws.cell(r, c).number_format = "$#,##0"
    ws.cell(6 + len(rows), 1, "BCWS = planned value, BCWP = earned value, ACWP = actual cost.")
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": "measure",
        "J": None,
    }
    facts = _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "USD"))
    path = _save(wb, folder, "us_pumped_hydro_evm_monthly")
    return Built(
        path, [TruthTable("EV by Month", 5, "finance", cols, {"finance": nm * len(cas)})], facts
    )


# ---------------------------------------------------------------------------------------
# 8. Australia: months across as date cells, a Budget / Actual pair under each month
# ---------------------------------------------------------------------------------------

AU_LINES = [
    ("Tower structural repairs", "Grant"),
    ("Cabin glazing & shutters", "Grant"),
    ("Solar power & batteries", "Council"),
    ("Access track grading", "Council"),
    ("Radio & camera equipment", "Grant"),
]


def au_fire_lookout_grant_budget(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget v Actual")
    shire = rng.choice(["Bega Valley", "East Gippsland", "Mid-Western", "Snowy Valleys"])
    ws["A1"] = f"{shire} - fire lookout tower upgrades - Disaster Ready Fund grant"
    ws["A2"] = "All figures AUD excl. GST"
    nm = rng.randint(4, 6)
    months = _months(date(2026, 7, 1), nm)
    done = rng.randint(1, nm - 1)
    top: list[object] = [None, None]
    subs: list[object] = ["Budget line", "Funding source"]
    for mo in months:
        top += [datetime(mo.year, mo.month, 1), None]
        subs += ["Budget", "Actual"]
    top += ["Total", None]
    subs += ["Budget", "Actual"]
    _put(ws, 4, 1, [top, subs])
    for i in range(nm + 1):
        ws.merge_cells(start_row=4, start_column=3 + 2 * i, end_row=4, end_column=4 + 2 * i)
        ws.cell(4, 3 + 2 * i).number_format = "mmm-yy"
    lines = rng.sample(AU_LINES, rng.randint(3, 4))
    data: Data = {}
    for i, (line, source) in enumerate(lines):
        row: list[object] = [line, source]
        tb = ta = 0.0
        for m in range(nm):
            b = _amt(rng, 2, 60, 500)
            a = _amt(rng, 1, 65, 500) if m < done else None
            row += [b, a]
            tb += b
            data[("budget", line, m)] = b
            if a is not None:
                ta += a
                data[("actual", line, m)] = a
        row += [tb, ta]
        _put(ws, 6 + i, 1, [row])
        for c in range(3, len(row) + 1):
            ws.cell(6 + i, c).number_format = "$#,##0"
    cols: dict[str, str | tuple[str, ...] | None] = {"A": "cost_line", "B": None}
    facts = _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "AUD"))
    path = _save(wb, folder, "au_fire_lookout_grant_budget")
    return Built(
        path,
        [TruthTable("Budget v Actual", 5, "finance", cols, {"finance": nm * len(lines)})],
        facts,
    )


# ---------------------------------------------------------------------------------------
# 9. Québec: months down in French words, commitments, a contingency drawdown log below
# ---------------------------------------------------------------------------------------

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]
QC_LOTS = [
    "Lot 02 - Démolition et désamiantage",
    "Lot 05 - Maçonnerie et pierre",
    "Lot 08 - Portes et fenêtres",
    "Lot 15 - Mécanique et ventilation",
    "Lot 16 - Électricité",
]
QC_DRAWS = [
    "Sols contaminés imprévus",
    "Renfort de linteaux",
    "Exigence du service des incendies",
    "Hausse de prix de l'acier",
]
QC_NOTES = [
    "Avenant no 3 approuvé",
    "Retenue 10 % appliquée",
    "Facture en litige",
    "Travaux de nuit",
]


def ca_qc_palais_de_justice_suivi(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi budgétaire")
    ville = rng.choice(["Rimouski", "Sherbrooke", "Trois-Rivières", "Saguenay"])
    ws["A1"] = f"Réfection du palais de justice de {ville} - suivi budgétaire mensuel"
    ws["A2"] = "Montants en dollars canadiens (CAD), taxes en sus"
    header = [
        "Période",
        "Lot",
        "Budget révisé",
        "Dépenses réelles",
        "Engagements",
        "Prévision",
        "Commentaires",
    ]
    _put(ws, 4, 1, [header])
    nm = rng.randint(3, 5)
    months = _months(date(2026, rng.randint(1, 4), 1), nm)
    done = rng.randint(1, nm - 1)
    lots = rng.sample(QC_LOTS, rng.randint(2, 3))
    data: Data = {}
    facts: list[ValueFact] = []
    r = 5
    for m, mo in enumerate(months):
        for lot in lots:
            b = _cents(rng, 5000, 90000)
            row: list[object] = [
                f"{FR_MONTHS[mo.month - 1]} {mo.year}",
                lot,
                b,
                None,
                _cents(rng, 0, 50000),
                None,
                None,
            ]
            data[("budget", lot, m)] = b
            if m < done:
                a = _cents(rng, 3000, 95000)
                row[3] = a
                data[("actual", lot, m)] = a
            else:
                f = _cents(rng, 4000, 90000)
                row[5] = f
                data[("forecast", lot, m)] = f
            if rng.random() < 0.35:
                note = rng.choice(QC_NOTES)
                row[6] = note
                facts.append(ValueFact("finance", (mo, lot), "notes", note))
            _put(ws, r, 1, [row])
            for c in range(3, 7):
                ws.cell(r, c).number_format = '#,##0.00 "$"'
            r += 1
    r += 2
    ws.cell(r, 1, "Réserve pour contingences - utilisation")
    _put(ws, r + 1, 1, [["Date", "Description", "Montant prélevé", "Solde"]])
    solde = float(rng.randrange(150, 300) * 1000)
    draws: list[tuple[datetime, str, float]] = []
    for k in range(rng.randint(2, 4)):
        take = float(rng.randrange(5, 40) * 1000)
        # drawn no later than the month after the last month with actuals, and logged in
        # date order (audit, round 40: drawings were dated in months the follow-up still
        # forecasts)
        d = months[min(k, done)]
        why = rng.choice(QC_DRAWS)
        draws.append((datetime(d.year, d.month, rng.randint(3, 27)), why, take))
    for k, (when, why, take) in enumerate(sorted(draws, key=lambda x: x[0])):
        solde -= take
        _put(ws, r + 2 + k, 1, [[when, why, take, solde]])
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": "month",
        "B": "cost_line",
        "C": "budget",
        "D": "actual",
        "E": None,
        "F": "forecast",
        "G": "notes",
    }
    facts += _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "CAD"))
    path = _save(wb, folder, "ca_qc_palais_de_justice_suivi")
    return Built(
        path,
        [TruthTable("Suivi budgétaire", 4, "finance", cols, {"finance": nm * len(lots)})],
        facts,
    )


# ---------------------------------------------------------------------------------------
# 10. Mexico: three stacked measure blocks on one sheet
# ---------------------------------------------------------------------------------------

MX_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN"]
MX_PARTIDAS = [
    (3391, "Servicios profesionales de oceanografía"),
    (5651, "Boyas y sensores de presión"),
    (3511, "Mantenimiento de estaciones costeras"),
    (3721, "Pasajes y viáticos de campo"),
    (5151, "Equipo de cómputo y enlaces satelitales"),
]


def mx_tsunami_buoys_ejercicio(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ejercicio 2026")
    ws["A1"] = "Red de boyas de alerta de tsunami del Pacífico - ejercicio presupuestal 2026"
    ws["A2"] = "Cifras en pesos"
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    done = rng.randint(2, 5)
    partidas = rng.sample(MX_PARTIDAS, rng.randint(3, 4))
    data: Data = {}
    tables: list[TruthTable] = []
    r = 4
    for block, key in (
        ("PRESUPUESTO AUTORIZADO", "budget"),
        ("EJERCIDO", "actual"),
        ("PROYECCIÓN", "forecast"),
    ):
        ws.cell(r, 1, block)
        _put(ws, r + 1, 1, [["Partida", "Denominación", *MX_MONTHS, "Total anual"]])
        tables.append(
            TruthTable(
                "Ejercicio 2026", r + 1, "finance", {"A": None, "B": "cost_line", "I": None}, {}
            )
        )
        for i, (code, concepto) in enumerate(partidas):
            row: list[object] = [code, concepto]
            for m in range(nm):
                if (key == "actual" and m >= done) or (key == "forecast" and m < done):
                    row.append(0.0 if key == "actual" else None)
                    continue
                x = _cents(rng, 10000, 400000)
                row.append(x)
                data[(key, concepto, m)] = x
            row.append(round(sum(v for v in row[2:] if isinstance(v, float)), 2))
            _put(ws, r + 2 + i, 1, [row])
            for c in range(3, 10):
                ws.cell(r + 2 + i, c).number_format = "$#,##0.00"
        ws.cell(r + 2 + len(partidas), 2, "SUMA")
        r += len(partidas) + 5
    tables[0].counts = {"finance": nm * len(partidas)}
    path = _save(wb, folder, "mx_tsunami_buoys_ejercicio")
    return Built(path, tables, _facts(months, data))


# ---------------------------------------------------------------------------------------
# 11. Singapore: a Dynamics 365 style long export
# ---------------------------------------------------------------------------------------

SG_CATS = [
    ("Signal cabling", "Capital"),
    ("Interlocking software", "Capital"),
    ("Trackside equipment", "Capital"),
    ("Site supervision", "Operating"),
    ("Possession support", "Operating"),
]


def sg_lrt_signalling_d365_export(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    header = [
        "Project ID",
        "Project name",
        "Project category",
        "Amount type",
        "Period",
        "Amount (SGD)",
        "Expense class",
        "Line property",
    ]
    rows: list[list[object]] = [header]
    nm = rng.randint(3, 5)
    months = _months(date(2026, 4, 1), nm)
    done = rng.randint(1, nm - 1)
    cats = rng.sample(SG_CATS, rng.randint(2, 4))
    data: Data = {}
    facts: list[ValueFact] = []
    for m, mo in enumerate(months):
        for cat, cls in cats:
            kinds = [("Budget", "budget")]
            kinds.append(("Actual", "actual") if m < done else ("Forecast", "forecast"))
            for word, key in kinds:
                x = _cents(rng, 8000, 250000)
                rows.append(
                    [
                        "LRT-SIG-0417",
                        "LRT signalling renewal",
                        cat,
                        word,
                        f"{mo.year}/{mo.month:02d}",
                        x,
                        cls,
                        rng.choice(["Chargeable", "Non-chargeable"]),
                    ]
                )
                data[(key, cat, m)] = x
            facts.append(
                ValueFact(
                    "finance", (mo, cat), "capex_opex", "CapEx" if cls == "Capital" else "OpEx"
                )
            )
    _put(ws, 1, 1, rows)
    for r in range(2, len(rows) + 1):
        ws.cell(r, 6).number_format = "#,##0.00"
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": None,
        "C": "cost_line",
        "D": "measure",
        "E": "month",
        "F": ("budget", "actual", "forecast"),
        "G": "capex_opex",
        "H": None,
    }
    facts += _facts(months, data)
    facts.append(ValueFact("project", 0, "currency", "SGD"))
    path = _save(wb, folder, "sg_lrt_signalling_d365_export")
    return Built(
        path, [TruthTable("Export", 1, "finance", cols, {"finance": nm * len(cats)})], facts
    )


# ---------------------------------------------------------------------------------------
# 12. Norway: municipal accounts report, actuals by month only
# ---------------------------------------------------------------------------------------

NO_MONTHS = ["jan.", "feb.", "mars", "apr.", "mai", "juni"]
NO_ARTER = [
    (2300, "Bygg og anlegg, entreprise"),
    (2301, "Kulefang og standplass"),
    (2320, "Elektronisk skiveanlegg"),
    (2700, "Konsulenttjenester"),
    (2900, "Gebyrer og tilkobling"),
]


def no_skytebane_regnskap_visma(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Regnskap")
    kommune = rng.choice(["Hamar", "Steinkjer", "Molde", "Alta"])
    ws["A1"] = f"{kommune} kommune - Ny skytebane - regnskapsrapport 2026"
    ws["A2"] = "Prosjekt 61045, beløp i kroner"
    nm = 6
    months = _months(date(2026, 1, 1), nm)
    done = rng.randint(3, 6)
    top: list[object] = [None, None, None, None, "Regnskap per måned"] + [None] * (nm - 1)
    subs: list[object] = [
        "Art",
        "Tekst",
        "Ansvar",
        "Budsjett 2026",
        *NO_MONTHS,
        "Hittil i år",
        "Prognose årsslutt",
    ]
    _put(ws, 4, 1, [top, subs])
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=4 + nm)
    arter = rng.sample(NO_ARTER, rng.randint(3, 5))
    data: Data = {}
    for i, (art, tekst) in enumerate(arter):
        row: list[object] = [art, tekst, 6100, _amt(rng, 50, 400, 10000)]
        ytd = 0.0
        for m in range(nm):
            if m < done:
                x = _amt(rng, 1, 80, 1000) + rng.choice([0.0, 375.0, 640.0])
                row.append(x)
                data[("actual", tekst, m)] = x
                ytd += x
            else:
                row.append(None)
        budget = row[3]
        assert isinstance(budget, float)
        row += [ytd, budget + _amt(rng, -15, 25, 10000)]
        _put(ws, 6 + i, 1, [row])
        for c in range(4, len(row) + 1):
            ws.cell(6 + i, c).number_format = "# ##0"
    ws.cell(6 + len(arter), 2, "Sum prosjekt")
    cols: dict[str, str | tuple[str, ...] | None] = {
        "A": None,
        "B": "cost_line",
        "C": None,
        "D": None,
        "K": None,
        "L": None,
    }
    path = _save(wb, folder, "no_skytebane_regnskap_visma")
    return Built(
        path,
        [TruthTable("Regnskap", 5, "finance", cols, {"finance": done * len(arter)})],
        _facts(months, data),
    )


HELD_OUT_117: tuple[Layout, ...] = (
    Layout(
        "ie_dune_restoration_grant_claims",
        "Irish LEADER grant claim tracker, months down",
        ie_dune_restoration_grant_claims,
    ),
    Layout(
        "in_rail_yard_remodelling_capex",
        "Indian capital phasing, FY April-March, Capital/Revenue",
        in_rail_yard_remodelling_capex,
    ),
    Layout(
        "br_favela_urbanizacao_orcado_realizado",
        "Brazilian Orçado/Realizado/Tendência rows, text R$",
        br_favela_urbanizacao_orcado_realizado,
    ),
    Layout(
        "za_wine_cellar_burn_sheet",
        "South African burn sheet, month-end dates down, Bud/Act pairs",
        za_wine_cellar_burn_sheet,
    ),
    Layout(
        "at_bergrettung_ski_patrol_base_plan_ist",
        "Austrian BMD export, Plan/Ist/Vorschau, Jänner",
        at_bergrettung_ski_patrol_base_plan_ist,
    ),
    Layout(
        "fi_siren_network_sheets",
        "Finnish sheets per measure, tammi..kesä",
        fi_siren_network_sheets,
    ),
    Layout(
        "us_pumped_hydro_evm_monthly",
        "US earned value by control account, fiscal months from October",
        us_pumped_hydro_evm_monthly,
    ),
    Layout(
        "au_fire_lookout_grant_budget",
        "Australian grant budget, Budget/Actual pair per month",
        au_fire_lookout_grant_budget,
    ),
    Layout(
        "ca_qc_palais_de_justice_suivi",
        "Québec monthly follow-up with commitments and a contingency log",
        ca_qc_palais_de_justice_suivi,
    ),
    Layout(
        "mx_tsunami_buoys_ejercicio",
        "Mexican stacked measure blocks on one sheet",
        mx_tsunami_buoys_ejercicio,
    ),
    Layout(
        "sg_lrt_signalling_d365_export",
        "Singapore Dynamics 365 style long export",
        sg_lrt_signalling_d365_export,
    ),
    Layout(
        "no_skytebane_regnskap_visma",
        "Norwegian municipal accounts report, actuals by month",
        no_skytebane_regnskap_visma,
    ),
)
