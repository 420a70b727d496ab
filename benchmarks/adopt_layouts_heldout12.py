"""The twelfth held-out batch (``HELD_OUT_12``, issue 15 round 13): sixteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, sector or country hands a PMO in a large
organisation, in shapes and from tools no earlier batch has:

- ``acc_construction_issues``: Autodesk Construction Cloud (Build) issues exported to
  Excel: numeric `ID`, `Title`, `Status` Draft / Open / In review / Closed, `Type`,
  `Assigned to`, `Due date` and `Created on` as `Mar 14, 2026` text, `Location`,
  `Root cause`.
- ``adaptivework_risks``: Planview AdaptiveWork (Clarizen) risks: `Probability` as a
  percentage (`60%`), `Impact` Low / Medium / High, `Risk Rating`, `State` Open / Closed,
  `Mitigation Plan`, `Created On` ISO date-time text.
- ``quickbooks_budget_vs_actuals``: a US NGO's QuickBooks Online "Budget vs. Actuals"
  report: the organisation, report name and period above, `Distribution account` over
  the lines, month group labels `Jan 2026` merged over `Actual` / `Budget` / `over Budget` / `% of Budget`, an `Expenses` section
  row and a `Total Expenses` row.
- ``planview_financial_plan``: a Planview Portfolios financial plan export: `Entity`,
  `Account`, `Version` Approved Budget / Actuals / Forecast rows, months across as
  `2026/01` text.
- ``sa_municipal_capex_sdbip``: a South African municipality's SDBIP capital budget by
  month: a July - June financial year, months `Jul-25` .. `Dec-25` text, amounts written
  `R 1 250 000` (space thousands), a `Total` column.
- ``australian_gov_risk_register``: an Australian Commonwealth agency's risk register in
  AS/NZS ISO 31000 words: `Likelihood` Rare .. Almost Certain, `Consequence`
  Insignificant .. Catastrophic, typed `Risk Rating` Low / Medium / High / Extreme,
  `Treatment`, `dd/mm/yyyy` text dates.
- ``dataverse_risk_export``: a Power Apps / Dynamics 365 (Dataverse) view exported to
  Excel: three hidden `(Do Not Modify)` columns first (GUID, checksum, modified on), then
  `Risk Name`, `Owner`, `Probability` and `Impact` as the standard's scale labels,
  `Risk Status`, `Created On` as `14/03/2026 09:41` text.
- ``vietnamese_risk_register``: a Vietnamese risk register (`STT`, `Mã rủi ro` RR-01,
  `Mô tả rủi ro`, `Người phụ trách`, `Khả năng xảy ra` / `Mức độ ảnh hưởng` Cao / Trung
  bình / Thấp, `Biện pháp ứng phó`, `Trạng thái` Mở / Đã đóng, `Ngày phát hiện` text).
- ``canadian_bilingual_issue_log``: a Government of Canada issue log with every header in
  English and French in one cell (`Owner / Responsable`), ISO dates, values in English.
- ``hebrew_issue_log``: an Israeli issue log on a right-to-left sheet (`מס'`, `נושא`,
  `אחראי`, `תאריך פתיחה`, `תאריך יעד` as `14/03/2026` text, `עדיפות` גבוהה / בינונית /
  נמוכה, `סטטוס` פתוח / בטיפול / סגור).
- ``ukrainian_decision_log``: a Ukrainian decision log (`№`, `Дата` as `14.03.2026` text,
  `Рішення`, `Хто ухвалив`, `Обґрунтування`).
- ``board_resolutions_register``: a housing association board's resolutions register
  kept as the decision log: `Resolution No.` `2026/014`, `Meeting Date` date cells,
  `Resolution`, `Proposed by`, `Seconded by`, `Outcome` Carried.
- ``thai_milestone_plan``: a Thai state enterprise's milestone plan (`ลำดับ`,
  `เหตุการณ์สำคัญ`, `ผู้รับผิดชอบ`, `วันที่ตามแผน`, `วันที่แล้วเสร็จจริง`, `สถานะ`
  เสร็จแล้ว / กำลังดำเนินการ / ยังไม่เริ่ม) with dates in the Buddhist era (`14/03/2569`).
- ``asta_powerproject_milestones``: a UK contractor's Asta Powerproject milestone report:
  numeric `ID`, `Name`, `Baseline Finish`, `Finish`, `Actual Finish` as `14/03/2026 17:00`
  text, `% Complete`, `Responsibility`; no status column.
- ``safe_program_board_dependencies``: a SAFe PI planning programme board kept in Excel:
  `Dep ID` DEP-01, `Dependency`, `Needing Team`, `Providing Team`, `Needed in` as a
  sprint (`PI 26.2 - Sprint 3`), `Owner`, `Status` Committed / On Track / At Risk /
  Delivered.
- ``singapore_assumptions_register``: a Singapore agency's assumptions register under a
  `Project:` line: `S/N`, `Assumption`, `Owner`, `Confidence` High / Medium / Low,
  `Validate by` as `14 Mar 2026` text, `Status` Open / Validated / Invalidated.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: ACC's numeric IDs, `Draft` and `In review`;
AdaptiveWork's `RI-` numbers and typed `Risk Rating`; QuickBooks' `over Budget` and `% of
Budget` (no standard field) and its currency (no symbol, no word); the South African
rand (ZAR is not in the standard list); the Australian typed `Risk Rating`; the Dataverse
hidden columns; the Vietnamese `STT` row numbers; Hebrew `מס'` and Ukrainian `№` row
numbers; a resolution's proposer or seconder as the decision maker and its number; the
Thai `ลำดับ` and its one planned date (baseline or forecast); Asta's numeric IDs and `% Complete`; a SAFe sprint as a date, a team as
the counterparty project, `Committed`. IDs are in the standard form (`RR-01`, `DEP-01`,
`I-07` read as `R-001`, `D-001`, `I-007`). Low / Medium / High and Cao / Trung bình /
Thấp read as 1 / 3 / 5 (the documented three-level reading); percentages by the
standard's bands; AS/NZS words by their place on the five-level scale. It was checked for
internal consistency only (``adopt_truth.check_truth``), never against adoption's output.
Round 13's truth audit (docs/adopt.md, "Round 13: the twelfth batch's truth audited") added
the response text of the Australian, Dataverse and Vietnamese risks, word for word.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ASSUMPTION_TITLES,
    DEP_TITLES,
    ISSUE_TITLES,
    MONTHS,
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    Targets,
    TruthTable,
    ValueFact,
    _after,
    _cols,
    _dmy,
    _drawn_days,
    _months,
    _put,
    _save,
    _sheet,
)

THREE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
MILESTONES = [
    "Design freeze",
    "Contract award",
    "System integration complete",
    "User acceptance sign-off",
    "Go-live",
    "Handover to operations",
    "Pilot site live",
    "Data migration dress rehearsal",
]


def _buddhist_era_dmy(d: date) -> str:
    """A Thai day-first date with its Buddhist-era year (543 after the Gregorian)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def _us_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------


def acc_construction_issues(folder: Path, rng: random.Random) -> Built:
    """Autodesk Construction Cloud (Build) issues, exported to Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["ID", "Title", "Description", "Status", "Type", "Assigned to", "Due date"]
    header += ["Created on", "Location", "Root cause"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    created = _drawn_days(rng, n, date(2026, 1, 12))
    due = _after(rng, created, 7, 35)
    states = {"Draft": "", "Open": "Open", "In review": "", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        state, owner = rng.choice(list(states)), rng.choice(PEOPLE)
        row = [112 + 3 * i, titles[i], "Raised on the level 3 walkdown", state]
        row += [rng.choice(["Quality", "Safety", "Design"]), owner, _us_text(due[i])]
        row += [_us_text(created[i]), f"Level {rng.randint(1, 6)} - Zone {rng.choice('ABC')}"]
        row += [rng.choice(["Design", "Workmanship", "Coordination"])]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "description", "Raised on the level 3 walkdown"),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
    path = _save(wb, folder, "acc_construction_issues")
    targets: Targets = _cols("A", [("id", None), "title", "description", "status", None])
    targets |= _cols("F", ["owner", "due_date", "raised_date", None, None])
    return Built(path, [TruthTable("Issues", 1, "issues", targets, {"issues": n})], values)


def adaptivework_risks(folder: Path, rng: random.Random) -> Built:
    """Planview AdaptiveWork (Clarizen) risks: a percentage probability, L/M/H impact."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["ID", "Title", "Project", "Owner", "Probability", "Impact", "Risk Rating"]
    header += ["State", "Mitigation Plan", "Created On"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    created = _drawn_days(rng, n, date(2025, 12, 1))
    bands = {"5%": 1.0, "20%": 2.0, "40%": 3.0, "60%": 4.0, "85%": 5.0}
    values: list[ValueFact] = []
    for i in range(n):
        pct, imp, owner = rng.choice(list(bands)), rng.choice(list(THREE)), rng.choice(PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        rating = "High" if bands[pct] * THREE[imp] >= 12 else "Medium"
        row = [f"RI-{1040 + 7 * i}", titles[i], "Claims Platform Replacement", owner]
        row += [pct, imp, rating, state, "Fortnightly review with the vendor"]
        row += [f"{created[i]:%Y-%m-%d} 10:2{i % 10}:00"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", bands[pct]),
            ValueFact("risks", i, "impact", THREE[imp]),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "response", "Fortnightly review with the vendor"),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = _save(wb, folder, "adaptivework_risks")
    targets: Targets = _cols("A", [("id", None), "title", None, "owner", "probability"])
    targets |= _cols("F", ["impact", ("rating", None), "status", "response", "raised_date"])
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def quickbooks_budget_vs_actuals(folder: Path, rng: random.Random) -> Built:
    """QuickBooks Online's Budget vs. Actuals report, as a US NGO's finance sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs. Actuals")
    ws["A1"] = "Hope Bridge Foundation"
    ws["A2"] = "Budget vs. Actuals: Clean Water Grant FY2026 - January - March 2026"
    months = _months(date(2026, 1, 1), 3)
    subs = ["Actual", "Budget", "over Budget", "% of Budget"]
    for m, month in enumerate(months):
        col = 2 + 4 * m
        ws.cell(4, col, f"{MONTHS[month.month - 1]} {month.year}")
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 3)
        _put(ws, 5, col, [subs])
    ws["A5"] = "Distribution account"
    ws["A6"] = "Expenses"
    lines = ["Program Staff Salaries", "Travel", "Supplies", "Rent", "Subgrants"]
    lines = rng.sample(lines, 4)
    values: list[ValueFact] = []
    totals = [0.0] * 12
    for k, line in enumerate(lines):
        cells: list[object] = [f"   {line}"]
        for m, month in enumerate(months):
            budget = float(rng.randrange(20, 200) * 100)
            actual = round(budget * rng.uniform(0.7, 1.2), 2)
            cells += [actual, budget, round(actual - budget, 2), f"{actual / budget:.2%}"]
            values.append(ValueFact("finance", (month, line), "actual", actual))
            values.append(ValueFact("finance", (month, line), "budget", budget))
            totals[4 * m] += actual
            totals[4 * m + 1] += budget
        _put(ws, 7 + k, 1, [cells])
    row = [round(t, 2) if i % 4 < 2 else None for i, t in enumerate(totals)]
    _put(ws, 7 + len(lines), 1, [["Total Expenses", *row]])
    path = _save(wb, folder, "quickbooks_budget_vs_actuals")
    targets: Targets = {"A": "cost_line"}
    table = TruthTable("Budget vs. Actuals", 5, "finance", targets, {"finance": 3 * len(lines)})
    return Built(path, [table], values)


def planview_financial_plan(folder: Path, rng: random.Random) -> Built:
    """A Planview Portfolios financial plan: Version rows, months across as `2026/01`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financial Plan")
    months = _months(date(2026, 1, 1), 6)
    header = ["Entity", "Account", "Version", *[f"{m.year}/{m.month:02d}" for m in months]]
    _put(ws, 1, 1, [header])
    accounts = rng.sample(["Internal Labor", "External Labor", "Software", "Hardware"], 3)
    versions = (("budget", "Approved Budget"), ("actual", "Actuals"), ("forecast", "Forecast"))
    values: list[ValueFact] = []
    row = 2
    for account in accounts:
        for measure, word in versions:
            cells: list[object] = [None] * 6
            span = (
                range(6)
                if measure == "budget"
                else range(3)
                if measure == "actual"
                else range(3, 6)
            )
            for m in span:
                amount = float(rng.randrange(40, 400) * 125)
                cells[m] = amount
                values.append(ValueFact("finance", (months[m], account), measure, amount))
            _put(ws, row, 1, [["PRJ-2291 Customer Data Hub", account, word, *cells]])
            row += 1
    path = _save(wb, folder, "planview_financial_plan")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure"}
    table = TruthTable("Financial Plan", 1, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(path, [table], values)


def _rand(x: float) -> str:
    return "R " + f"{x:,.0f}".replace(",", " ")


def sa_municipal_capex_sdbip(folder: Path, rng: random.Random) -> Built:
    """A South African municipality's SDBIP capital budget by month (July - June year)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital SDBIP")
    ws["A1"] = "SDBIP 2025/26 - Approved capital budget by month (financial year July - June)"
    months = _months(date(2025, 7, 1), 6)
    labels = [f"{MONTHS[m.month - 1]}-{m:%y}" for m in months]
    _put(ws, 3, 1, [["Project No.", "Capital Project", "Ward", *labels, "Total"]])
    projects = ["Bulk water pipeline upgrade", "Community hall roof", "Streetlight retrofit"]
    projects += ["Landfill cell 4 construction"]
    chosen = rng.sample(projects, 3)
    values: list[ValueFact] = []
    for k, name in enumerate(chosen):
        amounts = [float(rng.randrange(5, 90) * 25000) for _ in months]
        row = [f"CAP-{k + 101}", name, rng.randint(1, 40), *map(_rand, amounts)]
        row += [_rand(sum(amounts))]
        _put(ws, 4 + k, 1, [row])
        for m, amount in enumerate(amounts):
            values.append(ValueFact("finance", (months[m], name), "budget", amount))
    path = _save(wb, folder, "sa_municipal_capex_sdbip")
    targets: Targets = {"A": None, "B": "cost_line", "C": None, "J": None}
    table = TruthTable("Capital SDBIP", 3, "finance", targets, {"finance": 6 * len(chosen)})
    return Built(path, [table], values)


def dataverse_risk_export(folder: Path, rng: random.Random) -> Built:
    """A Power Apps / Dynamics 365 view exported to Excel, hidden key columns first."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    header = ["(Do Not Modify) Risk", "(Do Not Modify) Row Checksum"]
    header += ["(Do Not Modify) Modified On", "Risk Name", "Owner", "Probability", "Impact"]
    header += ["Risk Status", "Mitigation", "Created On"]
    _put(ws, 1, 1, [header])
    for letter in "ABC":
        ws.column_dimensions[letter].hidden = True
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    created = _drawn_days(rng, n, date(2025, 12, 1))
    prob = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
    imp = ["Minimal", "Minor", "Moderate", "Major", "Severe"]
    values: list[ValueFact] = []
    for i in range(n):
        p, c, owner = rng.randrange(5), rng.randrange(5), rng.choice(PEOPLE)
        state = rng.choice(["Open", "Monitoring", "Closed"])
        guid = f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
        guid += f"-8{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"
        row = [guid, f"{rng.getrandbits(60):x}==", f"{created[i] + timedelta(days=3):%d/%m/%Y}"]
        row += [titles[i], owner, prob[p], imp[c], state, "Agreed at the design authority"]
        row += [f"{_dmy(created[i])} 09:4{i % 10}"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p + 1)),
            ValueFact("risks", i, "impact", float(c + 1)),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "response", "Agreed at the design authority"),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = _save(wb, folder, "dataverse_risk_export")
    # the hidden key and stamp columns: a GUID (no reference) and the record's last change
    hidden = [("id", None), None, ("last_updated", None)]
    targets: Targets = _cols("A", [*hidden, "title", "owner", "probability"])
    targets |= _cols("G", ["impact", "status", "response", "raised_date"])
    table = TruthTable("Risk Register", 1, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def asta_powerproject_milestones(folder: Path, rng: random.Random) -> Built:
    """An Asta Powerproject milestone report exported to Excel (UK construction)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Northgate Secondary School - Key Dates"
    header = ["ID", "Name", "Baseline Finish", "Finish", "Actual Finish", "% Complete"]
    header += ["Responsibility"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    names = rng.sample(MILESTONES, n)
    base = sorted(_drawn_days(rng, n, date(2026, 1, 12)))
    values: list[ValueFact] = []
    for i in range(n):
        fin = base[i] + timedelta(days=rng.choice([0, 0, 7, 14]))
        done, owner = i < n // 2, rng.choice(PEOPLE)
        row = [1020 + 10 * i, names[i], f"{_dmy(base[i])} 17:00", f"{_dmy(fin)} 17:00"]
        row += [f"{_dmy(fin)} 17:00" if done else None, "100%" if done else "0%", owner]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fin),
            ValueFact("milestones", i, "owner", owner),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", fin))
    path = _save(wb, folder, "asta_powerproject_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", None, "owner"])
    table = TruthTable("Milestones", 3, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def safe_program_board_dependencies(folder: Path, rng: random.Random) -> Built:
    """A SAFe PI planning programme board's dependencies, kept in Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "PI 26.2 Dependencies")
    header = ["Dep ID", "Dependency", "Needing Team", "Providing Team", "Needed in"]
    header += ["Owner", "Status"]
    _put(ws, 1, 1, [header])
    titles = [*DEP_TITLES, "Feature toggle service", "Shared test data refresh"]
    n = rng.randint(4, 6)
    teams = ["Team Falcon", "Team Orca", "Platform ART", "Team Lynx"]
    states = {"Committed": "", "On Track": "On Track", "At Risk": "At Risk"}
    states["Delivered"] = "Delivered"
    values: list[ValueFact] = []
    for i in range(n):
        state, owner = rng.choice(list(states)), rng.choice(PEOPLE)
        need, give = rng.sample(teams, 2)
        row = [f"DEP-{i + 1:02d}", titles[i], need, give, f"PI 26.2 - Sprint {rng.randint(1, 5)}"]
        row += [owner, state]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "owner", owner),
        ]
        if states[state]:
            values.append(ValueFact("dependencies", i, "status", states[state]))
    path = _save(wb, folder, "safe_program_board_dependencies")
    targets: Targets = _cols("A", ["id", "title", None, ("counterparty_project_id", None)])
    targets |= _cols("E", [("need_by", None), "owner", "status"])
    table = TruthTable("PI 26.2 Dependencies", 1, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Countries and sectors
# ---------------------------------------------------------------------------------------


def australian_gov_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Australian Commonwealth agency's risk register in AS/NZS ISO 31000 words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Digital Identity Uplift - Project Risk Register"
    header = ["Risk ID", "Risk Description", "Risk Owner", "Likelihood", "Consequence"]
    header += ["Risk Rating", "Treatment", "Status", "Date Identified"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    like = ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain"]
    cons = ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"]
    values: list[ValueFact] = []
    for i in range(n):
        p, c, owner = rng.randrange(5), rng.randrange(5), rng.choice(PEOPLE)
        s = (p + 1) * (c + 1)
        rating = "Extreme" if s >= 20 else "High" if s >= 10 else "Medium" if s >= 5 else "Low"
        state = rng.choice(["Open", "Open", "Closed"])
        row = [f"R{i + 1:02d}", titles[i], owner, like[p], cons[c], rating]
        row += ["Escalate to the SRO at the monthly board", state, _dmy(raised[i])]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p + 1)),
            ValueFact("risks", i, "impact", float(c + 1)),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "response", "Escalate to the SRO at the monthly board"),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "australian_gov_risk_register")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    targets |= _cols("F", [("rating", None), "response", "status", "raised_date"])
    return Built(path, [TruthTable("Risk Register", 3, "risks", targets, {"risks": n})], values)


def vietnamese_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Vietnamese risk register (Sổ đăng ký rủi ro)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rủi ro")
    header = ["STT", "Mã rủi ro", "Mô tả rủi ro", "Người phụ trách", "Khả năng xảy ra"]
    header += ["Mức độ ảnh hưởng", "Biện pháp ứng phó", "Trạng thái", "Ngày phát hiện"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n, date(2025, 12, 1))
    levels = {"Cao": 5.0, "Trung bình": 3.0, "Thấp": 1.0}
    states = {"Mở": "Open", "Đã đóng": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        p, c, owner = rng.choice(list(levels)), rng.choice(list(levels)), rng.choice(PEOPLE)
        state = rng.choice(["Mở", "Mở", "Đã đóng"])
        row = [i + 1, f"RR-{i + 1:02d}", titles[i], owner, p, c, "Họp tiến độ hằng tuần"]
        row += [state, _dmy(raised[i])]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", levels[p]),
            ValueFact("risks", i, "impact", levels[c]),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "response", "Họp tiến độ hằng tuần"),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "vietnamese_risk_register")
    targets: Targets = _cols("A", [None, "id", "title", "owner", "probability", "impact"])
    targets |= _cols("G", ["response", "status", "raised_date"])
    return Built(path, [TruthTable("Rủi ro", 1, "risks", targets, {"risks": n})], values)


def canadian_bilingual_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Government of Canada issue log, each header in English and French."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues - Enjeux")
    ws["A1"] = "Benefits Delivery Modernization - Issue Log / Registre des enjeux"
    header = ["Issue ID / N° d'enjeu", "Issue / Enjeu", "Owner / Responsable"]
    header += ["Priority / Priorité", "Date Raised / Date de signalement"]
    header += ["Target Date / Date cible", "Status / État"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n, date(2026, 1, 5))
    due = _after(rng, raised, 7, 40)
    states = ["Open", "In Progress", "Resolved", "Closed"]
    values: list[ValueFact] = []
    for i in range(n):
        prio, state, owner = rng.choice(list(THREE)), rng.choice(states), rng.choice(PEOPLE)
        row = [f"I-{i + 7:02d}", titles[i], owner, prio, f"{raised[i]:%Y-%m-%d}"]
        row += [f"{due[i]:%Y-%m-%d}", state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 7:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", state),
        ]
    path = _save(wb, folder, "canadian_bilingual_issue_log")
    targets: Targets = _cols("A", ["id", "title", "owner", "priority", "raised_date"])
    targets |= _cols("F", ["due_date", "status"])
    return Built(path, [TruthTable("Issues - Enjeux", 3, "issues", targets, {"issues": n})], values)


def hebrew_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Israeli issue log on a right-to-left sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "בעיות")
    ws.sheet_view.rightToLeft = True
    header = ["מס'", "נושא", "אחראי", "תאריך פתיחה", "תאריך יעד", "עדיפות", "סטטוס"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n, date(2026, 1, 5))
    due = _after(rng, raised, 7, 40)
    prios = {"גבוהה": "High", "בינונית": "Medium", "נמוכה": "Low"}
    states = {"פתוח": "Open", "בטיפול": "In Progress", "סגור": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        prio, state, owner = rng.choice(list(prios)), rng.choice(list(states)), rng.choice(PEOPLE)
        row = [i + 1, titles[i], owner, _dmy(raised[i]), _dmy(due[i]), prio, state]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
        ]
    path = _save(wb, folder, "hebrew_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date", "due_date"])
    targets |= _cols("F", ["priority", "status"])
    return Built(path, [TruthTable("בעיות", 1, "issues", targets, {"issues": n})], values)


DECISIONS = [
    "Proceed with vendor B for the data platform",
    "Defer the mobile release to phase 2",
    "Adopt a single sign-on for all pilot users",
    "Run UAT in two waves",
    "Keep the legacy archive read-only for a year",
    "Fund a second test environment",
]


def ukrainian_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Ukrainian decision log (Журнал рішень)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Рішення")
    _put(ws, 1, 1, [["№", "Дата", "Рішення", "Хто ухвалив", "Обґрунтування"]])
    n = rng.randint(4, 6)
    made = sorted(_drawn_days(rng, n, date(2026, 1, 5)))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE)
        why = rng.choice(["Найменша вартість", "Зберігає дату запуску", "Менший ризик"])
        _put(ws, 2 + i, 1, [[i + 1, _dmy(made[i], "."), DECISIONS[i], who, why]])
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", DECISIONS[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = _save(wb, folder, "ukrainian_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "made_by", "rationale"])
    return Built(path, [TruthTable("Рішення", 1, "decisions", targets, {"decisions": n})], values)


def board_resolutions_register(folder: Path, rng: random.Random) -> Built:
    """A housing association board's resolutions register kept as the decision log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resolutions")
    ws["A1"] = "Board Resolutions Register - Regeneration Programme"
    header = ["Resolution No.", "Meeting Date", "Resolution", "Proposed by", "Seconded by"]
    header += ["Outcome"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 6)
    made = sorted(_drawn_days(rng, n, date(2026, 1, 5)))
    texts = [f"That the Board approves: {d.lower()}" for d in DECISIONS]
    values: list[ValueFact] = []
    for i in range(n):
        a, b = rng.sample(PEOPLE, 2)
        _put(ws, 4 + i, 1, [[f"2026/{14 + i:03d}", made[i], texts[i], a, b, "Carried"]])
        ws.cell(4 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "date", made[i]),
            ValueFact("decisions", i, "decision", texts[i]),
        ]
    path = _save(wb, folder, "board_resolutions_register")
    targets: Targets = _cols("A", [("id", None), "date", "decision", ("made_by", None), None])
    targets["F"] = None
    return Built(
        path, [TruthTable("Resolutions", 3, "decisions", targets, {"decisions": n})], values
    )


def thai_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Thai state enterprise's milestone plan, dates in the Buddhist era (2569 = 2026)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "แผนงาน")
    header = ["ลำดับ", "เหตุการณ์สำคัญ", "ผู้รับผิดชอบ", "วันที่ตามแผน", "วันที่แล้วเสร็จจริง"]
    header += ["สถานะ"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    names = rng.sample(MILESTONES, n)
    plan = sorted(_drawn_days(rng, n, date(2026, 1, 12)))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        state = "เสร็จแล้ว" if i < n // 2 else rng.choice(["กำลังดำเนินการ", "ยังไม่เริ่ม"])
        done = state == "เสร็จแล้ว"
        actual = plan[i] + timedelta(days=rng.choice([0, 3, 9]))
        row = [i + 1, names[i], owner, _buddhist_era_dmy(plan[i])]
        row += [_buddhist_era_dmy(actual) if done else None, state]
        _put(ws, 2 + i, 1, [row])
        status = {"เสร็จแล้ว": "Complete", "กำลังดำเนินการ": "In Progress"}
        status["ยังไม่เริ่ม"] = "Not Started"
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "status", status[state]),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "thai_milestone_plan")
    # the one planned date is the baseline or the forecast: column either, no value fact
    plan_col = ("baseline_date", "forecast_date")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", plan_col])
    targets |= _cols("E", ["actual_date", "status"])
    return Built(path, [TruthTable("แผนงาน", 1, "milestones", targets, {"milestones": n})], values)


def singapore_assumptions_register(folder: Path, rng: random.Random) -> Built:
    """A Singapore agency's assumptions register under a `Project:` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Project: Smart Nation Sensor Platform"
    header = ["S/N", "Assumption", "Owner", "Confidence", "Validate by", "Status"]
    _put(ws, 3, 1, [header])
    titles = [*ASSUMPTION_TITLES, "Agencies share sensor data by API", "Cloud quota approved"]
    n = rng.randint(4, 5)
    validate = _drawn_days(rng, n, date(2026, 2, 2))
    states = {"Open": "Open", "Validated": "Validated", "Invalidated": "Invalid"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Smart Nation Sensor Platform")
    ]
    for i in range(n):
        conf, state, owner = rng.choice(list(THREE)), rng.choice(list(states)), rng.choice(PEOPLE)
        d = validate[i]
        row = [i + 1, titles[i], owner, conf, f"{d.day} {MONTHS[d.month - 1]} {d.year}", state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("assumptions", i, "assumption", titles[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "validate_by", d),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "singapore_assumptions_register")
    targets: Targets = _cols("A", [("id", None), "assumption", "owner", "confidence"])
    targets |= _cols("E", ["validate_by", "status"])
    table = TruthTable("Assumptions", 3, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


HELD_OUT_12 = (
    Layout(
        "acc_construction_issues", "Autodesk Construction Cloud issues", acc_construction_issues
    ),
    Layout("adaptivework_risks", "Planview AdaptiveWork (Clarizen) risks", adaptivework_risks),
    Layout(
        "quickbooks_budget_vs_actuals",
        "QuickBooks Online Budget vs. Actuals (US NGO)",
        quickbooks_budget_vs_actuals,
    ),
    Layout(
        "planview_financial_plan", "Planview Portfolios financial plan", planview_financial_plan
    ),
    Layout(
        "sa_municipal_capex_sdbip",
        "South African municipal SDBIP capital budget",
        sa_municipal_capex_sdbip,
    ),
    Layout(
        "australian_gov_risk_register",
        "Australian government AS/NZS risk register",
        australian_gov_risk_register,
    ),
    Layout("dataverse_risk_export", "Power Apps / Dataverse view export", dataverse_risk_export),
    Layout("vietnamese_risk_register", "Vietnamese risk register", vietnamese_risk_register),
    Layout(
        "canadian_bilingual_issue_log",
        "Government of Canada bilingual issue log",
        canadian_bilingual_issue_log,
    ),
    Layout("hebrew_issue_log", "Israeli issue log, right to left", hebrew_issue_log),
    Layout("ukrainian_decision_log", "Ukrainian decision log", ukrainian_decision_log),
    Layout(
        "board_resolutions_register",
        "housing association board resolutions",
        board_resolutions_register,
    ),
    Layout("thai_milestone_plan", "Thai milestone plan, Buddhist-era dates", thai_milestone_plan),
    Layout(
        "asta_powerproject_milestones",
        "Asta Powerproject milestone report",
        asta_powerproject_milestones,
    ),
    Layout(
        "safe_program_board_dependencies",
        "SAFe PI programme board dependencies",
        safe_program_board_dependencies,
    ),
    Layout(
        "singapore_assumptions_register",
        "Singapore agency assumptions register",
        singapore_assumptions_register,
    ),
)
