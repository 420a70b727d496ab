"""Round 29's regional conventions (``REGIONAL_TUNED``, ``REGIONAL_KEPT``): twelve seeded
English-language registers and trackers from offices around the world, each written in its
region's conventions for numbers, money, dates and years, written in round 29 by the
engineer who tunes on half of them (docs/adopt.md, "Round 29: regional conventions"). Not a
copy of any batch: every layout stresses one region's habits as a PMO analyst there keeps
them:

- India: lakh / crore digit grouping (``12,34,567.00``), ``(Rs. in lakhs)`` units lines,
  ``Rs 1.2 Cr`` and ``45 lakh`` written in the cell, a financial year from April
  (``FY 2026-27``), ``dd-mm-yyyy`` text dates;
- Switzerland: apostrophe thousands (``1'234.50``), SAP's trailing minus, ``(CHF 000s)``;
- continental Europe writing English: decimal commas (``1.234,56``), ``35,5 %``;
- the United States: month-first text dates said by a note (``Dates: MM/DD/YYYY``) or by a
  day past the 12th in the column, a federal year from October (``FY2027``), ``$K``;
- Australia and New Zealand: a year from July, periods ``P1`` .. ``P12`` / ``M1`` ..
  ``M12`` with the start stated, ``$'000``, ``(NZD 000s)``;
- South Africa: ``R'000`` (the rand is no currency of the standard: the amounts are read,
  the currency is not given), year-month periods ``2026/04``;
- percentages as text (``45 %``, ``45pc``) read by the standard's percent bands.

Truth (the readings this batch decides, each as a PMO analyst states it):

- a units line (``in lakhs``, ``R'000``, ``(NZD 000s)``, ``$K``) scales every amount of the
  table; a unit written in the cell (``Rs 1.2 Cr``, ``45 lakh``) scales that cell only;
- a period ``P1`` of a financial year is the first month of that year, from the start the
  file states (April in India, July in Australia and New Zealand, October in the US federal
  year); a financial year is named by the year it ENDS in (FY27 = 2026-27);
- a note saying the date order (``MM/DD/YYYY``) decides a text date column whose days are
  all 12 or under;
- a currency the standard lists (INR, CHF, AUD, USD, EUR) is the project's currency; one it
  does not list (NZD, ZAR) gives none (no fact).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _days,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _band(percent: float) -> float:
    """The standard's probability level of a percentage (defaults.toml percent_bands)."""
    for upper, level in ((10, 1), (30, 2), (50, 3), (70, 4), (100, 5)):
        if percent <= upper:
            return float(level)
    return 5.0


def _lakh(x: float, decimals: int = 2) -> str:
    """``x`` written with Indian digit grouping: ``12,34,567.00``."""
    neg = x < 0
    whole, _, frac = f"{abs(x):.{decimals}f}".partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    text = ",".join([*groups, tail]) if groups else tail
    if frac:
        text += "." + frac
    return f"({text})" if neg else text


def _swiss(x: float) -> str:
    """``x`` with apostrophe thousands and SAP's trailing minus: ``1'234.50-``."""
    text = f"{abs(x):,.2f}".replace(",", "'")
    return f"{text}-" if x < 0 else text


def _eu(x: float) -> str:
    """``x`` with a decimal comma and dot thousands: ``1.234,56``."""
    text = f"{abs(x):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"-{text}" if x < 0 else text


def _paren(x: float, decimals: int = 1) -> str:
    text = f"{abs(x):,.{decimals}f}"
    return f"({text})" if x < 0 else text


def _dmy_dash(d: date) -> str:
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _low_days(rng: random.Random, n: int, start: date) -> list[date]:
    """``n`` rising dates whose days are all 12 or under (the column alone cannot tell a
    month-first date from a day-first one)."""
    out: list[date] = []
    d = start
    while len(out) < n:
        d = d + timedelta(days=rng.randint(3, 20))
        if d.day <= 12:
            out.append(d)
    return out


PEOPLE_IN = ["Priya Raghavan", "Anil Deshmukh", "Sunita Iyer", "Rakesh Menon", "Kavita Joshi"]
PEOPLE_CH = ["Martina Huber", "Reto Keller", "Sandra Meier", "Luca Bernasconi"]
PEOPLE_US = ["Jessica Alvarez", "Tyler Brooks", "Denise Washington", "Kevin O'Brien"]
PEOPLE_AU = ["Bronwyn Hale", "Lachlan Price", "Mere Tuhoe", "Sione Latu"]
PEOPLE_EU = ["Sanne de Vries", "Pieter Janssens", "Elodie Martin", "Jonas Weber"]
PEOPLE_ZA = ["Thandi Nkosi", "Pieter van Wyk", "Ayesha Patel", "Sipho Dlamini"]


# ---------------------------------------------------------------------------------------
# Tuned on
# ---------------------------------------------------------------------------------------

IN_LINES = ["Land acquisition", "Civil works", "Utility shifting", "Consultancy", "Contingency"]


def india_cost_tracker_lakh(folder: Path, rng: random.Random) -> Built:
    """An Indian highway package's cost tracker: ``(Rs. in lakhs)`` under the title, the
    financial year April-March (``FY 2026-27``) with months ``Apr-26`` as text, amounts in
    lakh grouping as text (``2,45,000.50`` lakh beside ``1,234.50``) and a credit in
    parentheses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Tracker")
    ws["A1"] = "Ring Road Package 3 - Monthly Cost Tracker FY 2026-27"
    ws["A2"] = "(Rs. in lakhs)"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 4, 1, [["Cost Head", "Type", *(f"{MONTH_ABBR[m.month - 1]}-{m:%y}" for m in months)]])
    lines = rng.sample(IN_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 5
    for k, line in enumerate(lines):
        plan = [round(rng.uniform(800, 250000), 2) for _ in months]
        act = [round(p * rng.uniform(0.8, 1.15), 2) for p in plan[:4]]
        if k == 1:
            act[2] = -round(rng.uniform(5, 90), 2)
        _put(ws, row, 1, [[line, "Budget", *(_lakh(p) for p in plan)]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_lakh(a) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m] * 1e5))
            if m < 4:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1e5))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Cost Tracker", 4, "finance", targets, {"finance": 6 * len(lines)})
    return Built(_save(wb, folder, "india_cost_tracker_lakh"), [table], values)


CH_LINES = ["Cleanroom fit-out", "Validation", "Process equipment", "External engineering"]


def swiss_budget_apostrophe(folder: Path, rng: random.Random) -> Built:
    """A Basel plant's budget tracker: ``(CHF 000s)`` beside the title, amounts written
    ``1'234.5`` as text with SAP's trailing minus, months ``01.2026`` across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Fill-Finish Line 4 - Budget vs Actual"
    ws["E1"] = "(CHF 000s)"
    months = _months(date(2026, 1, 1), 5)
    _put(ws, 3, 1, [["Cost Element", "Version", *(f"{m:%m.%Y}" for m in months)]])
    lines = rng.sample(CH_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CHF")]
    row = 4
    for k, line in enumerate(lines):
        plan = [round(rng.uniform(40, 2400), 1) for _ in months]
        act = [round(p * rng.uniform(0.85, 1.2), 1) for p in plan[:3]]
        if k == 0:
            act[1] = -act[1]
        _put(ws, row, 1, [[line, "Plan", *(_swiss(p) for p in plan)]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_swiss(a) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m] * 1000))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1000))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Budget", 3, "finance", targets, {"finance": 5 * len(lines)})
    return Built(_save(wb, folder, "swiss_budget_apostrophe"), [table], values)


US_ISSUES = [
    "Nurse call system fails acceptance test on level 3",
    "Medical gas certification delayed by the inspector",
    "Change order 14 for the imaging suite not yet approved",
    "Elevator cab finishes back-ordered",
    "Fire marshal requires an extra stairwell sign-off",
    "Generator load bank test rescheduled",
    "Owner-furnished equipment list incomplete",
]


def us_issue_log_mdy_note(folder: Path, rng: random.Random) -> Built:
    """A Texas hospital fit-out's issue log: text dates ``04/07/2026`` whose days are all 12
    or under, and a note above the header saying ``All dates MM/DD/YYYY``."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "North Tower Fit-Out - Issue Log"
    ws["A2"] = "All dates MM/DD/YYYY"
    header = ["Issue #", "Issue", "Owner", "Priority", "Date Opened", "Target Date", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(US_ISSUES, n)
    opened = _low_days(rng, n, date(2026, 1, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_US)
        prio = rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "Closed"])
        due = opened[i] + timedelta(days=31)
        due = due.replace(day=min(due.day, 12))
        _put(ws, 5 + i, 1, [[100 + i, titles[i], owner, prio, _mdy(opened[i]), _mdy(due), state]])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", "title", "owner", "priority", "raised_date", "due_date"])
    targets |= {"G": "status"}
    return Built(
        _save(wb, folder, "us_issue_log_mdy_note"),
        [_one("issues", "Issues", 4, targets, n)],
        values,
    )


AU_LINES = [
    "Pipeline renewal",
    "Pump station upgrade",
    "Design and investigation",
    "Project management",
]


def au_capital_periods_july(folder: Path, rng: random.Random) -> Built:
    """A Queensland water utility's capital works tracker for FY2026/27 (July to June, as
    the title says), periods ``P1`` .. ``P6`` across, ``$'000`` and ``AUD`` in the units
    line, a credit ``(12.5)`` as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex FY27")
    ws["A1"] = "Capital Works Tracker FY2026/27 (financial year 1 July - 30 June)"
    ws["A2"] = "AUD $'000"
    months = _months(date(2026, 7, 1), 6)
    _put(ws, 4, 1, [["Project Element", "Measure", *(f"P{k + 1}" for k in range(6))]])
    lines = rng.sample(AU_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row = 5
    for k, line in enumerate(lines):
        bud = [float(rng.randrange(50, 900)) for _ in months]
        act = [round(b * rng.uniform(0.7, 1.2), 1) for b in bud[:3]]
        if k == 2:
            act[0] = -12.5
        _put(ws, row, 1, [[line, "Budget", *bud]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_paren(a) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m] * 1000))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1000))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Capex FY27", 4, "finance", targets, {"finance": 6 * len(lines)})
    return Built(_save(wb, folder, "au_capital_periods_july"), [table], values)


EU_RISKS = [
    "Grid connection slot at the substation is moved to next year",
    "Permit objection from the neighbouring port authority",
    "Monopile supplier capacity is booked by a competing wind farm",
    "Crane vessel day rate rises with the fuel surcharge",
    "Bird survey finds a protected colony near the cable route",
    "Exchange rate on the Danish turbine contract moves against us",
    "Key commissioning engineer is seconded to another site",
]


def eu_risk_register_percent(folder: Path, rng: random.Random) -> Built:
    """A Rotterdam offshore wind team's risk register in English: likelihood as text
    percentages (``45 %``, ``35,5 %`` with a decimal comma, ``60pc``), dates
    ``dd-mm-yyyy``, impact 1-5."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Offshore Cable Route - Risk Register"
    header = ["Risk No.", "Risk Description", "Owner", "Identified", "Likelihood", "Impact"]
    header += ["Status", "Mitigation"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(EU_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_EU)
        pct = rng.choice([5, 15, 25, 35.5, 45, 60, 80])
        style = i % 3
        if style == 0:
            text = f"{pct:g} %".replace(".", ",")
        elif style == 1:
            text = f"{pct:g}pc".replace(".", ",")
        else:
            text = f"{pct:g}%".replace(".", ",")
        imp = rng.randint(1, 5)
        state = rng.choice(["Open", "Closed", "Monitoring"])
        cells: list[object] = [f"R{i + 1:02d}", titles[i], owner, _dmy_dash(raised[i]), text]
        cells += [imp, state, "Weekly review with the contractor"]
        _put(ws, 4 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "raised_date"])
    targets |= _cols("E", ["probability", "impact", "status", "response"])
    path = _save(wb, folder, "eu_risk_register_percent")
    return Built(path, [_one("risks", "Risk Register", 3, targets, n)], values)


ZA_LINES = ["Civil works", "Electrical", "Professional fees", "Community liaison"]


def za_cost_report_rand(folder: Path, rng: random.Random) -> Built:
    """A Durban clinic build's cost report: ``R'000`` over the table (the rand is no
    currency of the standard: no currency fact), year-month periods ``2026/04`` across,
    negatives in parentheses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Report")
    ws["A1"] = "Umlazi Clinic Extension - Cost Report"
    ws["A2"] = "R'000"
    months = _months(date(2026, 3, 1), 5)
    _put(ws, 4, 1, [["Cost Item", "Budget/Actual", *(f"{m:%Y/%m}" for m in months)]])
    lines = rng.sample(ZA_LINES, 3)
    values: list[ValueFact] = []
    row = 5
    for k, line in enumerate(lines):
        bud = [float(rng.randrange(100, 5000)) for _ in months]
        act = [float(round(b * rng.uniform(0.8, 1.2))) for b in bud[:3]]
        if k == 1:
            act[2] = -float(rng.randrange(10, 80))
        _put(ws, row, 1, [[line, "Budget", *(_paren(b, 0) for b in bud)]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_paren(a, 0) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m] * 1000))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1000))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Cost Report", 4, "finance", targets, {"finance": 5 * len(lines)})
    return Built(_save(wb, folder, "za_cost_report_rand"), [table], values)


# ---------------------------------------------------------------------------------------
# Kept untouched while tuning
# ---------------------------------------------------------------------------------------

IN_MS = ["Appointed date", "Land handover 80%", "Viaduct piers complete", "Station roofs"]
IN_MS += ["Track laying complete", "Trial runs", "CMRS inspection", "Commercial operation"]


def india_capex_crore_cells(folder: Path, rng: random.Random) -> Built:
    """A Pune metro corridor's capex tracker: amounts in rupees written with their unit in
    the cell (``Rs 1.2 Cr``, ``45 lakh``, ``Rs 3,45,000``), months ``Apr 2026`` across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capex")
    ws["A1"] = "Corridor 2 - Capex Tracker (amounts in INR)"
    months = _months(date(2026, 4, 1), 4)
    _put(ws, 3, 1, [["Package", "Plan/Actual", *(f"{m:%b %Y}" for m in months)]])
    lines = rng.sample(["Viaduct", "Stations", "Depot", "Systems", "Track"], 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "INR")]
    row = 4

    def cell(amount_lakh: float, k: int) -> tuple[str, float]:
        if k % 3 == 0:
            cr = round(amount_lakh / 100, 1)
            return f"Rs {cr} Cr", cr * 1e7
        if k % 3 == 1:
            lk = round(amount_lakh)
            return f"{lk} lakh", lk * 1e5
        rs = round(amount_lakh * 1e5)
        return f"Rs {_lakh(rs, 0)}", float(rs)

    for line in lines:
        for measure, col in (("Plan", "budget"), ("Actual", "actual")):
            cells = []
            for m, month in enumerate(months):
                if measure == "Actual" and m >= 3:
                    break
                text, value = cell(rng.uniform(2, 900), m + len(cells) + row)
                cells.append(text)
                values.append(ValueFact("finance", (month, line), col, value))
            _put(ws, row, 1, [[line, measure, *cells]])
            row += 1
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Capex", 3, "finance", targets, {"finance": 4 * len(lines)})
    return Built(_save(wb, folder, "india_capex_crore_cells"), [table], values)


US_RISKS = [
    "Continuing resolution delays the contract option exercise",
    "Cybersecurity authorization to operate not granted before go-live",
    "Legacy data migration exceeds the planned cutover window",
    "Vendor key personnel clause triggered by staff turnover",
    "Section 508 accessibility audit finds blocking defects",
    "Cloud hosting cost exceeds the independent government estimate",
]


def us_risk_register_day13(folder: Path, rng: random.Random) -> Built:
    """A federal agency's risk register: text dates month-first (``03/17/2026``): the
    ``Identified`` column has a day past the 12th, the ``Next Review`` column none (the
    file's other column says its order)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["Risk ID", "Risk Statement", "Risk Owner", "Identified", "Next Review"]
    header += ["Probability", "Impact", "Status"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(US_RISKS, n)
    raised = _days(rng, n, date(2026, 1, 5))
    review = _low_days(rng, n, date(2026, 4, 1))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE_US)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        state = rng.choice(["Open", "Closed"])
        cells: list[object] = [f"RSK-{i + 1:03d}", titles[i], owner, _mdy(raised[i])]
        cells += [_mdy(review[i]), p, imp, state]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"RSK-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", state),
        ]
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "raised_date"])
    targets |= _cols("E", [(None, "due_date", "last_updated"), "probability", "impact", "status"])
    return Built(
        _save(wb, folder, "us_risk_register_day13"), [_one("risks", "Risks", 1, targets, n)], values
    )


US_LINES = ["Contractor labor", "Software licenses", "Cloud hosting", "Government staff"]


def us_federal_periods_october(folder: Path, rng: random.Random) -> Built:
    """A federal program office's obligations tracker: ``FY2027 (October 1 - September
    30)`` in the title, periods ``P1`` .. ``P6``, amounts ``$K`` (USD) with credits in
    parentheses."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Obligations")
    ws["A1"] = "Benefits Modernization - Spend Plan FY2027 (October 1 - September 30)"
    ws["A2"] = "USD, $K"
    months = _months(date(2026, 10, 1), 6)
    _put(ws, 4, 1, [["Line Item", "Type", *(f"P{k + 1}" for k in range(6))]])
    lines = rng.sample(US_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    row = 5
    for k, line in enumerate(lines):
        bud = [float(rng.randrange(100, 1500)) for _ in months]
        act = [round(b * rng.uniform(0.7, 1.1), 1) for b in bud[:2]]
        if k == 0:
            act[1] = -act[1]
        _put(ws, row, 1, [[line, "Budget", *bud]])
        _put(ws, row + 1, 1, [[line, "Actual", *(_paren(a) for a in act)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m] * 1000))
            if m < 2:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1000))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Obligations", 4, "finance", targets, {"finance": 6 * len(lines)})
    return Built(_save(wb, folder, "us_federal_periods_october"), [table], values)


NZ_LINES = ["Seawall renewal", "Consenting", "Iwi engagement", "Design"]


def nz_council_months_m(folder: Path, rng: random.Random) -> Built:
    """A New Zealand district council's tracker: months ``M1`` .. ``M6`` of the year from
    1 July (the title says), ``(NZD 000s)`` (the New Zealand dollar is no currency of the
    standard: no currency fact), credits with a trailing minus."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tracker")
    ws["A1"] = "Coastal Resilience Programme 2026/27 - year starting 1 July 2026"
    ws["A2"] = "(NZD 000s)"
    months = _months(date(2026, 7, 1), 6)
    _put(ws, 4, 1, [["Workstream", "Budget / Actual", *(f"M{k + 1}" for k in range(6))]])
    lines = rng.sample(NZ_LINES, 3)
    values: list[ValueFact] = []
    row = 5
    for k, line in enumerate(lines):
        bud = [float(rng.randrange(20, 600)) for _ in months]
        act = [round(b * rng.uniform(0.7, 1.2), 1) for b in bud[:3]]
        if k == 1:
            act[1] = -act[1]
        acts = [f"{abs(a):,.1f}-" if a < 0 else f"{a:,.1f}" for a in act]
        _put(ws, row, 1, [[line, "Budget", *bud]])
        _put(ws, row + 1, 1, [[line, "Actual", *acts]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m] * 1000))
            if m < 3:
                values.append(ValueFact("finance", (month, line), "actual", act[m] * 1000))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Tracker", 4, "finance", targets, {"finance": 6 * len(lines)})
    return Built(_save(wb, folder, "nz_council_months_m"), [table], values)


EU_LINES = ["Turbine foundations", "Export cable", "Onshore substation", "Owner's engineer"]


def eu_finance_decimal_comma(folder: Path, rng: random.Random) -> Built:
    """A Hamburg office's English finance tracker: euro amounts ``1.234,56`` as text
    (``€`` in the title), months ``2026-04`` across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Nordsee Cluster - Finance Tracker (EUR)"
    months = _months(date(2026, 4, 1), 4)
    _put(ws, 3, 1, [["Cost Line", "Measure", *(f"{m:%Y-%m}" for m in months)]])
    lines = rng.sample(EU_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for line in lines:
        bud = [round(rng.uniform(1000, 900000), 2) for _ in months]
        fc = [round(b * rng.uniform(0.9, 1.1), 2) for b in bud]
        _put(ws, row, 1, [[line, "Budget", *(_eu(b) for b in bud)]])
        _put(ws, row + 1, 1, [[line, "Forecast", *(_eu(f) for f in fc)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", bud[m]))
            values.append(ValueFact("finance", (month, line), "forecast", fc[m]))
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Finance", 3, "finance", targets, {"finance": 4 * len(lines)})
    return Built(_save(wb, folder, "eu_finance_decimal_comma"), [table], values)


CH_DEC = ["Single-use bioreactors for line 2", "Extend the validation contractor"]
CH_DEC += ["Move the go-live to week 36", "Buy rather than lease the isolator", "Add a night shift"]


def swiss_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Zurich team's decision log in English: dates ``31.03.2026``, a cost impact
    ``CHF 12'500`` (no standard column: left out)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisions")
    _put(ws, 1, 1, [["No.", "Decision", "Decided by", "Date", "Cost impact", "Rationale"]])
    n = len(CH_DEC)
    dates = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = []
    for i, text in enumerate(CH_DEC):
        who = rng.choice(["Steering Committee", *PEOPLE_CH])
        cost = f"CHF {_swiss(float(rng.randrange(1, 90) * 500))[:-3]}"
        _put(ws, 2 + i, 1, [[i + 1, text, who, f"{dates[i]:%d.%m.%Y}", cost, "Cost and quality"]])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", dates[i]),
        ]
    targets: Targets = _cols("A", [("id", None), "decision", "made_by", "date", None, "rationale"])
    return Built(
        _save(wb, folder, "swiss_decision_log"),
        [_one("decisions", "Decisions", 1, targets, n)],
        values,
    )


REGIONAL_TUNED = [
    Layout("india_cost_tracker_lakh", "Indian cost tracker, Rs. in lakhs, FY April", india_cost_tracker_lakh),
    Layout("swiss_budget_apostrophe", "Swiss budget, 1'234.5, trailing minus, CHF 000s", swiss_budget_apostrophe),
    Layout("us_issue_log_mdy_note", "US issue log, MM/DD/YYYY note, days <= 12", us_issue_log_mdy_note),
    Layout("au_capital_periods_july", "Australian capex P1-P6 from July, $'000", au_capital_periods_july),
    Layout("eu_risk_register_percent", "Dutch risk register, 45 %, 35,5 %, 60pc", eu_risk_register_percent),
    Layout("za_cost_report_rand", "South African cost report, R'000, 2026/04", za_cost_report_rand),
]  # fmt: skip

REGIONAL_KEPT = [
    Layout("india_capex_crore_cells", "Indian capex, Rs 1.2 Cr and 45 lakh in cells", india_capex_crore_cells),
    Layout("us_risk_register_day13", "US federal risk register, month-first dates", us_risk_register_day13),
    Layout("us_federal_periods_october", "US federal spend plan, P1-P6 from October", us_federal_periods_october),
    Layout("nz_council_months_m", "NZ council tracker, M1-M6 from July, NZD 000s", nz_council_months_m),
    Layout("eu_finance_decimal_comma", "German office finance, 1.234,56 EUR", eu_finance_decimal_comma),
    Layout("swiss_decision_log", "Swiss decision log, 31.03.2026, CHF 12'500", swiss_decision_log),
]  # fmt: skip
