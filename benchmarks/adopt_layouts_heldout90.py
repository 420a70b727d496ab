"""The ninetieth held-out batch (``HELD_OUT_90``, round 36): twelve seeded legacy finance
trackers with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
FINANCE TRACKERS OF EVERY SHAPE, as PMs, project controllers and grant or programme
accountants keep them in charities, universities, hospitals, local government, utilities,
retailers, airlines, banks, a games studio and a farm. Every input cell is a value.

Trackers:

- ``uk_foodbank_grant_transactions``: a UK food bank charity's grant spend log, one row
  per transaction: `Date` (text `dd/mm/yyyy`), `Payee`, `Budget line`, `Fund`, `Amount
  (£)`; `Currency: GBP` in the title block; summed by month and budget line.
- ``ca_games_studio_quarters``: a Canadian games studio's July-start year: months across
  (date cells `mmm-yy`) with a `Q1` / `Q2` subtotal column after every three months,
  per cost line a `Budget` row and an `Actual` row (`Type` column); `CAD` in the title.
- ``nz_dairy_farm_categories``: a New Zealand dairy farm's conversion project: months across
  as text `Jun-26`, cost lines under category rows (`Feed`, `Infrastructure`, ...) with a
  `Total <category>` subtotal row, sheets `Budget` and `Actual`; `NZ$` amounts.
- ``nl_gas_network_commitments``: a Dutch gas network operator's SAP-style export:
  `Periode` (text `2026-03`), `Kostenpost`, `Budget`, `Werkelijk`, `Verplichtingen`,
  `Prognose`, `EAC`; `Bedragen in EUR` above.
- ``au_supermarket_refit_thousands``: an Australian supermarket chain's store refit: a
  two-row header, group labels `Budget` and `Actual` merged over month date cells
  (`mmm-yy`), cost lines down; `All amounts AUD $'000` above.
- ``in_airline_cabin_lakhs``: an Indian airline's cabin retrofit: April-start year, `Month`
  text `Apr-2026`, `Cost head`, `Budget (₹ lakhs)`, `Actual (₹ lakhs)`, `Cum. actual`.
- ``sg_bank_core_halfyear``: a Singapore bank's core banking replacement: sheets `Actuals`
  and `Forecast`, months across (date cells `mmm yyyy`), an `H1 2026` total column, cells
  formatted `#,##0 "SGD"`.
- ``jp_university_grant_thousand_yen``: a Japanese university research grant: months down
  (date cells `yyyy/mm`), expense categories across (`Equipment`, `Travel`, `Personnel`,
  `Other`), an annual `Budget` row above the months and a `Total` row; unit line
  `Unit: thousand yen (JPY)`; the cells are actual spend.
- ``us_county_gl_export``: a US county roads project's general-ledger export, one row per
  posting: `Fund`, `Account` (`5410 - Contracted services`), `Posting Date` (date cells
  `m/d/yyyy`), `Vendor`, `Amount`; `USD` in the report line; summed by month and account.
- ``de_grid_utility_teur``: a German grid utility's substation project: sheets `Plan` and
  `Ist`, `Kostenart`, months across as text `Jan 26`, a `Q1`-style subtotal after each
  quarter, a `Summe` row; `Angaben in TEUR`.
- ``fr_hospital_engagements``: a French university hospital's imaging project: `Mois`
  (text `janv. 2026`), `Poste`, `Budget`, `Engagé`, `Mandaté`, `Reste à engager`;
  amounts as text with French separators (`12 345,00`); `Montants en EUR`.
- ``no_municipality_school``: a Norwegian municipality's school build: `Måned` (text
  `januar 2026`), `Kostnadspost`, `Budsjett`, `Regnskap`, `Prognose`, `Akkumulert
  regnskap`, a `Sum` row; `Beløp i NOK`.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the hospital's `Engagé` (committed) and `Mandaté` (paid): the round-36 audit (task
  a102) reads `Mandaté` (payment orders issued: the spend) as the actual, with a fact per
  row, and leaves `Engagé` (a commitment, no spend yet) out, as round 34 reads French
  public bodies' execution words and round 35's audit left a grant's `Encumbered` out
  (the writer had each mapped to the actual or left out, no actual fact); `Budget` is a
  fact; `Reste à engager` left out;
- the food bank's `Fund` and the county's `Fund` / `Vendor`, the food bank's `Payee`: left
  out; the transactions' sums by month and line are the actual facts (a person sums
  them);
- the Dutch `Verplichtingen` (commitments) and `EAC`: left out; `Werkelijk` is the
  actual and `Prognose` the forecast;
- the Japanese annual `Budget` row and every `Total` / `Summe` / `Q1` / `H1 2026` /
  subtotal row or column, the airline's `Cum. actual` and the Norwegian `Akkumulert
  regnskap`: no month, or a sum: no fact;
- units: `$'000` and `TEUR` are thousands, `₹ lakhs` is 100,000, `thousand yen` is 1,000:
  the facts are the cells times the unit;
- currencies off the standard's list (NZD, NOK) get no fact; `NZ$` is New Zealand's;
- the food bank's `Total` row (with a note under it at some seeds) and the county's
  `Report Total` row: sums of every posting, no fact;
- the dairy farm's category rows give each line's `category` (facts on the first month).

Audited in round 36 (task a102; docs/adopt.md, "Round 36: the ninetieth batch's truth
audited"): the supermarket refit's `Cost line` label now stands in A4, the top-left cell
of its A4:A5 merge (it was written to A5, which the merge erased, leaving the cost line
column with no header); the hospital's `Mandaté` is the actual (above).

Readings used: month date cells are the month they hold; text months name their month
(`Periode 2026-03` is March 2026, a calendar-year SAP export as its title says); the
title or a unit line names the currency. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date
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


def _money(rng: random.Random, lo: int, hi: int, step: int) -> float:
    return float(rng.randrange(lo, hi) * step)


def _near(rng: random.Random, x: float, step: int) -> float:
    return float(round(x * rng.uniform(0.8, 1.2) / step) * step)


def _cur(code: str) -> ValueFact:
    return ValueFact("project", 0, "currency", code)


def _fin(month: date, line: str, key: str, value: object) -> ValueFact:
    return ValueFact("finance", (month, line), key, value)


FOODBANK_LINES = ["Warehouse rent", "Van running costs", "Food purchases", "Volunteer costs"]
FOODBANK_PAYEES = ["Brookfield Lettings", "Fleetline Fuel", "Bidfood", "Costco Wholesale"]
FOODBANK_FUNDS = ["Community Fund", "Unrestricted", "Tudor Trust"]


def uk_foodbank_grant_transactions(folder: Path, rng: random.Random) -> Built:
    """One row per payment; the month's actual per budget line is their sum."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend log")
    ws["A1"] = "Riverside Food Bank - Grant Spend Log 2026-27"
    ws["A2"] = "Currency: GBP"
    ws["A3"] = "Prepared by: Treasurer"
    _put(ws, 5, 1, [["Date", "Payee", "Budget line", "Fund", "Amount (£)"]])
    months = _months(date(2026, 4, 1), rng.randint(2, 4))
    lines = rng.sample(FOODBANK_LINES, rng.randint(2, 4))
    sums: dict[tuple[date, str], float] = {}
    rows: list[list[object]] = []
    for month in months:
        for line in lines:
            for _ in range(rng.randint(1, 3)):
                amount = float(rng.randrange(2000, 90000)) / 100
                day = date(month.year, month.month, rng.randint(1, 28))
                payee = rng.choice(FOODBANK_PAYEES)
                rows.append([day, payee, line, rng.choice(FOODBANK_FUNDS), amount])
                sums[(month, line)] = round(sums.get((month, line), 0.0) + amount, 2)
    rows.sort(key=lambda r: r[0])  # type: ignore[arg-type, return-value]
    for r, cells in enumerate(rows):
        d = cells[0]
        assert isinstance(d, date)
        cells[0] = f"{d.day:02d}/{d.month:02d}/{d.year}"
        _put(ws, 6 + r, 1, [cells])
        ws.cell(6 + r, 5).number_format = "#,##0.00"
    end = 6 + len(rows)
    ws.cell(end, 4, "Total")
    ws.cell(end, 5, round(sum(sums.values()), 2)).number_format = "#,##0.00"
    if rng.random() < 0.5:
        ws.cell(end + 2, 1, "Note: reconciled to the bank statement; petty cash not included.")
    values = [_cur("GBP")] + [_fin(m, ln, "actual", v) for (m, ln), v in sums.items()]
    path = _save(wb, folder, "uk_foodbank_grant_transactions")
    targets = _cols("A", ["month", None, "cost_line", None, "actual"])
    return Built(path, [TruthTable("Spend log", 5, "finance", targets, {"finance": len(sums)})],
                 values)  # fmt: skip


STUDIO_LINES = ["Art outsourcing", "Motion capture", "Middleware licences", "QA vendor"]


def ca_games_studio_quarters(folder: Path, rng: random.Random) -> Built:
    """July-start year, months across with quarter subtotal columns, Budget / Actual rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY27")
    ws["A1"] = "Project Northern Lights - Production Budget FY27 (CAD)"
    ws["A2"] = "Fiscal year July 2026 - June 2027"
    months = _months(date(2026, 7, 1), 6)
    closed = rng.randint(2, 5)
    ws.cell(4, 1, "Cost line")
    ws.cell(4, 2, "Type")
    col_of: dict[int, int] = {}
    c = 3
    for m, month in enumerate(months):
        ws.cell(4, c, month).number_format = "mmm-yy"
        col_of[m] = c
        c += 1
        if m % 3 == 2:
            ws.cell(4, c, f"Q{m // 3 + 1}")
            c += 1
    lines = rng.sample(STUDIO_LINES, rng.randint(2, 4))
    values = [_cur("CAD")]
    row = 5
    for line in lines:
        ws.cell(row, 1, line)
        for k, kind in enumerate(["Budget", "Actual"]):
            ws.cell(row + k, 2, kind)
            q = 0.0
            for m, month in enumerate(months):
                if kind == "Actual" and m >= closed:
                    continue
                v = _money(rng, 5, 120, 500)
                ws.cell(row + k, col_of[m], v).number_format = "#,##0"
                q += v
                values.append(_fin(month, line, kind.lower(), v))
                if m % 3 == 2:
                    ws.cell(row + k, col_of[m] + 1, q).number_format = "#,##0"
                    q = 0.0
        row += 2
    path = _save(wb, folder, "ca_games_studio_quarters")
    n = len(months) * len(lines)
    table = TruthTable("FY27", 4, "finance", {"A": "cost_line", "B": "measure"}, {"finance": n})
    return Built(path, [table], values)


FARM_CATS = {
    "Feed": ["Palm kernel", "Silage contract"],
    "Infrastructure": ["Rotary shed", "Effluent pond", "Races and fencing"],
    "Stock": ["Heifer purchases", "Vet and AI"],
}


def nz_dairy_farm_categories(folder: Path, rng: random.Random) -> Built:
    """Months across as text, lines under category rows with subtotals, two sheets."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 6, 1), rng.randint(4, 6))
    labels = [f"{MON3[m.month - 1]}-{m.year % 100}" for m in months]
    cats = rng.sample(sorted(FARM_CATS), rng.randint(2, 3))
    plan = [(cat, ln) for cat in cats for ln in FARM_CATS[cat][: rng.randint(1, 3)]]
    booked = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Budget", "budget"), ("Actual", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Kowhai Downs Conversion - {title} 2026/27 season (NZ$)"
        _put(ws, 3, 1, [["Item", *labels]])
        row = 4
        for cat in cats:
            ws.cell(row, 1, cat)
            row += 1
            sub = [0.0] * len(months)
            for c2, line in plan:
                if c2 != cat:
                    continue
                ws.cell(row, 1, line)
                for m, month in enumerate(months):
                    if key == "actual" and m >= booked:
                        continue
                    v = _money(rng, 1, 80, 250)
                    ws.cell(row, 2 + m, v).number_format = '"$"#,##0'
                    sub[m] += v
                    values.append(_fin(month, line, key, v))
                row += 1
            ws.cell(row, 1, f"Total {cat}")
            for m, t in enumerate(sub):
                if t:
                    ws.cell(row, 2 + m, t).number_format = '"$"#,##0'
            row += 2
        tables.append(TruthTable(title, 3, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(plan)}
    values += [_fin(months[0], ln, "category", cat) for cat, ln in plan]
    path = _save(wb, folder, "nz_dairy_farm_categories")
    return Built(path, tables, values)


GAS_LINES = ["Leidingwerk", "Gasontvangststation", "Engineering", "Vergunningen"]


def nl_gas_network_commitments(folder: Path, rng: random.Random) -> Built:
    """A SAP-style export with commitments and EAC beside actual and forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Projectrapportage P-20417 Vervanging hogedrukleiding Zwolle-Kampen"
    ws["A2"] = "Bedragen in EUR; boekjaar = kalenderjaar"
    head = ["Periode", "Kostenpost", "Budget", "Werkelijk", "Verplichtingen", "Prognose", "EAC"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 5), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(GAS_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 5
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 20, 400, 1000)
            cells: list[object] = [f"{month.year}-{month.month:02d}", line, b]
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                a = _near(rng, b, 100)
                cells += [a, _money(rng, 0, 60, 1000), None, a]
                values.append(_fin(month, line, "actual", a))
            else:
                f = _near(rng, b, 1000)
                cells += [None, _money(rng, 0, 60, 1000), f, f]
                values.append(_fin(month, line, "forecast", f))
            _put(ws, row, 1, [cells])
            row += 1
    path = _save(wb, folder, "nl_gas_network_commitments")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None, "forecast", None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Export", 4, "finance", targets, {"finance": n})], values)


REFIT_LINES = ["Refrigeration", "Shopfitting", "Lighting upgrade", "Checkouts", "Builder"]


def au_supermarket_refit_thousands(folder: Path, rng: random.Random) -> Built:
    """Group labels Budget / Actual merged over month date cells, $'000 amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Store 1187")
    ws["A1"] = "Store Refit Program - Store 1187 Penrith"
    ws["A2"] = "All amounts AUD $'000"
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 4))
    closed = rng.randint(1, len(months))
    ws.cell(4, 1, "Cost line")  # a merge keeps its top-left cell only (audit a102)
    ws.merge_cells("A4:A5")
    for g, label in enumerate(["Budget", "Actual"]):
        first = 2 + g * len(months)
        ws.cell(4, first, label)
        ws.merge_cells(start_row=4, start_column=first, end_row=4,
                       end_column=first + len(months) - 1)  # fmt: skip
        for m, month in enumerate(months):
            ws.cell(5, first + m, month).number_format = "mmm-yy"
    lines = rng.sample(REFIT_LINES, rng.randint(2, 5))
    values = [_cur("AUD")]
    for r, line in enumerate(lines):
        ws.cell(6 + r, 1, line)
        for m, month in enumerate(months):
            b = float(rng.randrange(10, 900)) / 10
            ws.cell(6 + r, 2 + m, b).number_format = "0.0"
            values.append(_fin(month, line, "budget", round(b * 1000, 2)))
            if m < closed:
                a = float(round(b * rng.uniform(0.8, 1.2), 1))
                ws.cell(6 + r, 2 + len(months) + m, a).number_format = "0.0"
                values.append(_fin(month, line, "actual", round(a * 1000, 2)))
    path = _save(wb, folder, "au_supermarket_refit_thousands")
    n = len(months) * len(lines)
    table = TruthTable("Store 1187", 5, "finance", {"A": "cost_line"}, {"finance": n})
    return Built(path, [table], values)


CABIN_HEADS = ["Seats", "IFE and connectivity", "Galley inserts", "Certification", "Labour"]


def in_airline_cabin_lakhs(folder: Path, rng: random.Random) -> Built:
    """Months down as text, amounts in lakhs, a cumulative actual column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "A320neo Cabin Retrofit - Project Cost Tracker FY 2026-27"
    head = ["Month", "Cost head", "Budget (₹ lakhs)", "Actual (₹ lakhs)", "Cum. actual"]
    _put(ws, 3, 1, [head])
    months = _months(date(2026, 4, 1), rng.randint(3, 5))
    heads = rng.sample(CABIN_HEADS, rng.randint(2, 4))
    cum = {h: 0.0 for h in heads}
    values = [_cur("INR")]
    row = 4
    for month in months:
        for h in heads:
            b = float(rng.randrange(50, 2500)) / 10
            a = float(round(b * rng.uniform(0.8, 1.2), 1))
            cum[h] = round(cum[h] + a, 1)
            label = f"{MON3[month.month - 1]}-{month.year}"
            _put(ws, row, 1, [[label, h, b, a, cum[h]]])
            values.append(_fin(month, h, "budget", round(b * 100000, 2)))
            values.append(_fin(month, h, "actual", round(a * 100000, 2)))
            row += 1
    path = _save(wb, folder, "in_airline_cabin_lakhs")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", None])
    n = len(months) * len(heads)
    return Built(path, [TruthTable("Tracker", 3, "finance", targets, {"finance": n})], values)


BANK_LINES = ["Vendor licence", "System integrator", "Data migration", "Internal staff"]


def sg_bank_core_halfyear(folder: Path, rng: random.Random) -> Built:
    """Actuals and Forecast sheets, months across, an H1 total, SGD in the cell format."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), 6)
    closed = rng.randint(2, 5)
    lines = rng.sample(BANK_LINES, rng.randint(2, 4))
    values = [_cur("SGD")]
    tables: list[TruthTable] = []
    fmt = '#,##0 "SGD"'
    for s, (title, key) in enumerate([("Actuals", "actual"), ("Forecast", "forecast")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"Core Banking Renewal (Programme Meridian) - {title}"
        ws.cell(3, 1, "Cost line")
        for m, month in enumerate(months):
            ws.cell(3, 2 + m, month).number_format = "mmm yyyy"
        ws.cell(3, 8, "H1 2026")
        for r, line in enumerate(lines):
            ws.cell(4 + r, 1, line)
            tot = 0.0
            for m, month in enumerate(months):
                if (key == "actual") != (m < closed):
                    continue
                v = _money(rng, 20, 900, 1000)
                ws.cell(4 + r, 2 + m, v).number_format = fmt
                tot += v
                values.append(_fin(month, line, key, v))
            ws.cell(4 + r, 8, tot).number_format = fmt
        tables.append(TruthTable(title, 3, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "sg_bank_core_halfyear")
    return Built(path, tables, values)


GRANT_CATS = ["Equipment", "Travel", "Personnel", "Other"]


def jp_university_grant_thousand_yen(folder: Path, rng: random.Random) -> Built:
    """Months down, expense categories across, an annual budget row, in thousand yen."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Expenditure")
    ws["A1"] = "KAKENHI 26H0" + str(rng.randint(1000, 9999)) + " Glacier Hydrology Study"
    ws["A2"] = "Unit: thousand yen (JPY)"
    cats = GRANT_CATS[: rng.randint(3, 4)]
    _put(ws, 4, 1, [["Month", *cats]])
    ws.cell(5, 1, "Budget")
    for c in range(len(cats)):
        ws.cell(5, 2 + c, rng.randrange(500, 5000))
    months = _months(date(2026, 4, 1), rng.randint(3, 6))
    values = [_cur("JPY")]
    tot = [0] * len(cats)
    for m, month in enumerate(months):
        ws.cell(6 + m, 1, month).number_format = "yyyy/mm"
        for c, cat in enumerate(cats):
            v = rng.randrange(0, 800)
            ws.cell(6 + m, 2 + c, v)
            tot[c] += v
            values.append(_fin(month, cat, "actual", float(v * 1000)))
    ws.cell(6 + len(months), 1, "Total")
    for c, t in enumerate(tot):
        ws.cell(6 + len(months), 2 + c, t)
    path = _save(wb, folder, "jp_university_grant_thousand_yen")
    n = len(months) * len(cats)
    table = TruthTable("Expenditure", 4, "finance", {"A": "month"}, {"finance": n})
    return Built(path, [table], values)


COUNTY_ACCOUNTS = ["5410 - Contracted services", "5320 - Materials", "5230 - Equipment rental"]
COUNTY_ACCOUNTS += ["5110 - Salaries"]
COUNTY_VENDORS = ["Granite Construction", "Vulcan Materials", "Sunbelt Rentals", "Payroll"]


def us_county_gl_export(folder: Path, rng: random.Random) -> Built:
    """A general-ledger export, one row per posting, summed by month and account."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "GL Detail")
    ws["A1"] = "Marion County - Project 24-117 Route 9 Resurfacing"
    ws["A2"] = "GL Detail Report, amounts in USD"
    _put(ws, 4, 1, [["Fund", "Account", "Posting Date", "Vendor", "Amount"]])
    months = _months(date(2026, rng.randint(1, 7), 1), rng.randint(2, 4))
    accts = rng.sample(COUNTY_ACCOUNTS, rng.randint(2, 4))
    sums: dict[tuple[date, str], float] = {}
    row = 5
    for month in months:
        for acct in accts:
            for _ in range(rng.randint(1, 3)):
                amt = float(rng.randrange(10000, 5000000)) / 100
                day = date(month.year, month.month, rng.randint(1, 28))
                _put(ws, row, 1, [["210 Road Fund", acct, day, rng.choice(COUNTY_VENDORS), amt]])
                ws.cell(row, 3).number_format = "m/d/yyyy"
                ws.cell(row, 5).number_format = "#,##0.00"
                sums[(month, acct)] = round(sums.get((month, acct), 0.0) + amt, 2)
                row += 1
    ws.cell(row, 4, "Report Total")
    ws.cell(row, 5, round(sum(sums.values()), 2)).number_format = "#,##0.00"
    values = [_cur("USD")] + [_fin(m, a, "actual", v) for (m, a), v in sums.items()]
    path = _save(wb, folder, "us_county_gl_export")
    targets = _cols("A", [None, "cost_line", "month", None, "actual"])
    return Built(path, [TruthTable("GL Detail", 4, "finance", targets, {"finance": len(sums)})],
                 values)  # fmt: skip


GRID_LINES = ["Transformatoren", "Schaltanlage", "Bautechnik", "Sekundärtechnik"]


def de_grid_utility_teur(folder: Path, rng: random.Random) -> Built:
    """Plan and Ist sheets, text months across, quarter subtotals, a Summe row, TEUR."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun'][m]} 26" for m in range(6)]
    booked = rng.randint(2, 5)
    lines = rng.sample(GRID_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    tables: list[TruthTable] = []
    for s, (title, key) in enumerate([("Plan", "budget"), ("Ist", "actual")]):
        ws = _sheet(wb, title) if s == 0 else wb.create_sheet(title)
        ws["A1"] = f"UW Lindenhof 110/20 kV - {title}"
        ws["A2"] = "Angaben in TEUR"
        head: list[object] = ["Kostenart"]
        col_of: dict[int, int] = {}
        for m in range(6):
            col_of[m] = 1 + len(head)
            head.append(labels[m])
            if m % 3 == 2:
                head.append(f"Q{m // 3 + 1}")
        _put(ws, 4, 1, [head])
        summe = [0.0] * (len(head) + 1)
        for r, line in enumerate(lines):
            ws.cell(5 + r, 1, line)
            q = 0.0
            for m, month in enumerate(months):
                if key == "actual" and m >= booked:
                    continue
                v = float(rng.randrange(5, 950))
                ws.cell(5 + r, col_of[m], v)
                summe[col_of[m]] += v
                q += v
                values.append(_fin(month, line, key, v * 1000))
                if m % 3 == 2:
                    ws.cell(5 + r, col_of[m] + 1, q)
                    summe[col_of[m] + 1] += q
                    q = 0.0
        ws.cell(5 + len(lines), 1, "Summe")
        for c, t in enumerate(summe):
            if t:
                ws.cell(5 + len(lines), c, t)
        tables.append(TruthTable(title, 4, "finance", {"A": "cost_line"}, {}))
    tables[0].counts = {"finance": len(months) * len(lines)}
    path = _save(wb, folder, "de_grid_utility_teur")
    return Built(path, tables, values)


FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept."]
FR_MONTHS += ["oct.", "nov.", "déc."]
CHU_LINES = ["IRM 3T", "Travaux de blindage", "Maîtrise d'œuvre", "Mobilier médical"]


def _fr_amount(x: float) -> str:
    whole, cents = f"{x:,.2f}".split(".")
    return whole.replace(",", " ") + "," + cents


def fr_hospital_engagements(folder: Path, rng: random.Random) -> Built:
    """Engagé / Mandaté beside the budget; amounts as French text numbers."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Suivi")
    ws["A1"] = "CHU de Rennes - Plateau d'imagerie - Suivi financier"
    ws["A2"] = "Montants en EUR TTC"
    head = ["Mois", "Poste", "Budget", "Engagé", "Mandaté", "Reste à engager"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    lines = rng.sample(CHU_LINES, rng.randint(2, 4))
    values = [_cur("EUR")]
    row = 5
    for month in months:
        for line in lines:
            b = float(rng.randrange(100000, 9000000)) / 100
            eng = round(b * rng.uniform(0.5, 1.0), 2)
            man = round(eng * rng.uniform(0.3, 1.0), 2)
            label = f"{FR_MONTHS[month.month - 1]} {month.year}"
            cells = [label, line, _fr_amount(b), _fr_amount(eng), _fr_amount(man)]
            cells.append(_fr_amount(round(b - eng, 2)))
            _put(ws, row, 1, [cells])
            values.append(_fin(month, line, "budget", b))
            values.append(_fin(month, line, "actual", man))
            row += 1
    path = _save(wb, folder, "fr_hospital_engagements")
    targets = _cols("A", ["month", "cost_line", "budget", None, "actual", None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Suivi", 4, "finance", targets, {"finance": n})], values)


NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august"]
NO_MONTHS += ["september", "oktober", "november", "desember"]
SCHOOL_LINES = ["Grunnarbeid", "Bygningsmessige arbeider", "VVS", "Elektro", "Prosjektering"]


def no_municipality_school(folder: Path, rng: random.Random) -> Built:
    """Norwegian text months, Budsjett / Regnskap / Prognose, cumulative, a Sum row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Økonomi")
    ws["A1"] = "Bjørkelia skole - nybygg, økonomioppfølging"
    ws["A2"] = "Beløp i NOK"
    head = ["Måned", "Kostnadspost", "Budsjett", "Regnskap", "Prognose", "Akkumulert regnskap"]
    _put(ws, 4, 1, [head])
    months = _months(date(2026, rng.randint(1, 6), 1), rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    lines = rng.sample(SCHOOL_LINES, rng.randint(2, 4))
    cum = {ln: 0.0 for ln in lines}
    values: list[ValueFact] = []
    row = 5
    tb = 0.0
    for m, month in enumerate(months):
        for line in lines:
            b = _money(rng, 50, 3000, 1000)
            tb += b
            cells: list[object] = [f"{NO_MONTHS[month.month - 1]} {month.year}", line, b]
            values.append(_fin(month, line, "budget", b))
            if m < closed:
                a = _near(rng, b, 1000)
                cum[line] += a
                cells += [a, None, cum[line]]
                values.append(_fin(month, line, "actual", a))
            else:
                f = _near(rng, b, 5000)
                cells += [None, f, None]
                values.append(_fin(month, line, "forecast", f))
            _put(ws, row, 1, [cells])
            for c in (3, 4, 5, 6):
                ws.cell(row, c).number_format = "# ##0"
            row += 1
    ws.cell(row, 1, "Sum")
    ws.cell(row, 3, tb).number_format = "# ##0"
    path = _save(wb, folder, "no_municipality_school")
    targets = _cols("A", ["month", "cost_line", "budget", "actual", "forecast", None])
    n = len(months) * len(lines)
    return Built(path, [TruthTable("Økonomi", 4, "finance", targets, {"finance": n})], values)


HELD_OUT_90: tuple[Layout, ...] = (
    Layout("uk_foodbank_grant_transactions", "UK food bank grant spend log, one row per payment",
           uk_foodbank_grant_transactions),
    Layout("ca_games_studio_quarters", "Canadian games studio July-start year, quarter columns",
           ca_games_studio_quarters),
    Layout("nz_dairy_farm_categories", "NZ dairy farm lines under categories with subtotals",
           nz_dairy_farm_categories),
    Layout("nl_gas_network_commitments", "Dutch gas network SAP export (commitments, EAC)",
           nl_gas_network_commitments),
    Layout("au_supermarket_refit_thousands", "Australian supermarket refit, $'000, grouped months",
           au_supermarket_refit_thousands),
    Layout("in_airline_cabin_lakhs", "Indian airline cabin retrofit in lakhs, cumulative column",
           in_airline_cabin_lakhs),
    Layout("sg_bank_core_halfyear", "Singapore bank core banking, H1 total, SGD cell format",
           sg_bank_core_halfyear),
    Layout("jp_university_grant_thousand_yen", "Japanese university grant, categories across",
           jp_university_grant_thousand_yen),
    Layout("us_county_gl_export", "US county general-ledger export, one row per posting",
           us_county_gl_export),
    Layout("de_grid_utility_teur", "German grid utility Plan / Ist sheets in TEUR, quarters",
           de_grid_utility_teur),
    Layout("fr_hospital_engagements", "French hospital engagé / mandaté, French text amounts",
           fr_hospital_engagements),
    Layout("no_municipality_school", "Norwegian municipality school build, NOK, cumulative",
           no_municipality_school),
)  # fmt: skip
