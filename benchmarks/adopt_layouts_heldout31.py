"""The thirty-first held-out batch (``HELD_OUT_31``, issue 15 round 24): twelve seeded
TRACKERS of every shape with ground truth, written by an engineer who does not tune adoption
and who read neither the adoption code (``addin/adopt/``) nor any batch's misses or scores.
In English (Australia, New Zealand, the UK, Canada, the US), in sectors no earlier batch
names (a salmon farm, a vineyard, a water company's reservoir, a mint, a canal trust, a
touring circus, a quarry, a planetarium, a tram extension, a paper mill, a cable car, a
bakery): what a PM builds by hand, what a finance system or scheduling tool exports, what a
PMO template imposes.

Finance trackers and budget-vs-actual reports:

- ``salmon_farm_measures_grouped``: a July-June financial year as date cells across, each
  cost line on three rows (`Budget` / `Actual` / `Forecast` in a `Measure` column, the line
  name on the first only), category rows (`Pens & moorings`) each closed by a `Subtotal`
  row, a `FY Total` column, `(A$)` in the title; actuals for eight months.
- ``vineyard_months_down_side_by_side``: months down (`Month` date cells shown `January
  2026`), `Quarter` Q1/Q2 typed by the PM, `Item`, `Budget NZ$` / `Actual NZ$` / `Accrued
  NZ$` / `Forecast NZ$` side by side, an empty `Comments` column.
- ``reservoir_gl_export``: a ledger's budget-vs-actual report: a header block (`Run date:`,
  `Ledger:`), then one row per account and period: `Project`, `Cost Centre`, `Account`,
  `Account Description`, `Period Name` (`APR-26`..`OCT-26`), `Fiscal Per.` 1..7 from an
  April start, `Currency` GBP, `Budget`, `Actual`, `Commitments`, `Variance`; an `*** End
  of Report ***` line.
- ``mint_sheets_per_measure_periods``: one sheet per measure (`Budget`, `Actuals`,
  `Accruals`, `Forecast`), lines down, `P1`..`P12` headers with `Apr-26`..`Mar-27` text
  in the row above, a `Year` column, `Currency:` `CAD` in the title row.
- ``canal_trust_bva_merged_months``: a month date cell merged over `Budget` / `Actual` /
  `Var` for five months, `Category` (Capital / Revenue) and `Line` columns, a subtotal row
  after each category and a `TOTAL` row; `(£)` in the title.

Resource plans (counts only, no value facts, as earlier batches' resource plans):

- ``circus_resource_plan_hours_by_team``: hours per month, teams as capitalised section
  rows (`RIGGING`), `Person` / `Role`, months as `Jan`..`Jun` words (the year only in the
  title), a `Team total` row per team; a `TBC` person is a demand line (counted).
- ``quarry_role_plan_fte``: roles without names, `Function`, `Month 1`..`Month 8` with
  the month date cells in the row above, FTE (`0.2`, `0.5`, `1`), `Avg FTE`, `TOTAL FTE`.
- ``planetarium_allocation_percent``: a tool export from row 1: `Resource Name`, `Role`,
  `2026-01`..`2026-06` months of percent cells, `Capacity` `100%`.

Milestone plans:

- ``tram_milestone_rag_slippage``: `No.` 1..6, `Key Milestone`, `Lead`, `Baseline Date` /
  `Forecast Date` / `Actual Date` date cells, `RAG`, `Slippage` typed (`on time`, `+14d`,
  `2 wks`).
- ``paper_mill_milestones_template``: a title block (`Project`, `PM`), `ID` MS-01..,
  `Milestone`, `Gate?` Y/N, `Owner`, `Baseline` / `Current Forecast` / `Actual` typed
  `04-May-2026`, `Status` (Complete / In Progress / Not Started / Late), `Variance (days)`.

Status reports (one sheet each):

- ``cable_car_one_page_status``: label / value block (`Project Name`, `Project Manager`,
  `Sponsor`, `Period ending`), an `Area` / `RAG` / `Comment` table (Overall, Schedule, Cost,
  Scope), `Key milestones` (`Milestone`, `Baseline`, `Forecast`, `Status`), `Top 3 risks`
  (`Risk`, `Owner`, `Mitigation`), a `Finance summary ($)` of label / value rows.
- ``bakery_status_with_issue_log``: `Week ending`, `Project Manager`, a row `Overall`
  Amber `Schedule` Green, a `Milestones` table (`Milestone`, `Planned`, `Forecast`, `RAG`
  G/A/R), an open-issues log beside it (H6: `Issue #`, `Issue`, `Priority`, `Owner`,
  `Raised`), and a `Finance (£000)` summary with quarters across.

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the reservoir export's cost line: `Account Description` (`Civil contractor`) is the line
  the truth keys on; a reader who joins `Account` and description (`510100 Civil
  contractor`) has a case. `Commitments` and `Variance`: left out (the standard has no
  commitments measure); the ledger's zero `Actual` of the open period (OCT-26): no fact;
  no forecast facts (the export has none);
- the mint's `Accruals` sheet: no truth table (the standard has no accruals measure; a
  reader could fold accruals into actuals); its `P1`..`P12` are read through the month
  labels above them (April start); the `Year` column is left out; the `Actuals` and
  `Forecast` sheets count 0 (the `Budget` sheet counts the month and line pairs);
- the vineyard's `Accrued NZ$`: left out, no fact (not added into `Actual`); `Quarter`:
  left out; empty `Comments`: notes or left out, no fact;
- the salmon farm's category rows: the category of the lines below or nothing: no
  category fact; `Subtotal` rows are no lines; `FY Total` left out;
- the canal trust's `Category` (Capital / Revenue): category or CapEx / OpEx: no value
  fact (mapped either way; round 24's audit took out the `category` value facts the
  code had given, against this reading); subtotal, `TOTAL` rows and `Var` columns are no lines/measures;
- the vineyard's `NZ$`: NZD is not in the standard's currency list, so no currency fact
  (round 24's audit took out the NZD fact, as the twenty-fourth batch's NZD reads);
- the paper mill's `Variance (days)` (the standard's slippage, which it derives): mapped to
  ``slippage_days`` or left out, no fact (round 24's audit, as the twenty-second batch's);
- the tram's `No.` 1..6 (an id or a row number): no id fact; `RAG` (a colour, no milestone
  status): status or left out, no fact; `Slippage` typed by hand: no fact;
- the paper mill's `ID` MS-01: M-001 (round 24's audit gave the id, as earlier batches
  read `MS-01` and `M01`: the standard's letter keeps its number); the title
  block's `Project` / `PM` are the project's name and manager;
- the cable car's milestone `Status` Complete for a past forecast, Not Started otherwise;
  the `Comment` column of the RAG table: left out (no fact); the finance summary: no
  finance table (totals, no months), no currency fact (`$` could be USD, AUD, NZD, CAD);
- the bakery's `Planned` is the baseline; its milestone `RAG` G/A/R: left out; the
  `Finance (£000)` summary by quarter: no finance table (quarters, units of thousands);
  an issue owned by `Maintenance` (a team): no owner fact; `Issue #` 1..3: no id fact;
- the resource plans' hours, FTE and percent: counts only (one item per person or role and
  month with a non-empty cell); `Team total`, `TOTAL FTE` rows are no lines; the circus's
  section rows are the team (left out, no fact).

Readings used: date cells are the dates they hold; text `04-May-2026` is 2026-05-04;
`APR-26` / `Apr-26` are months of 2026; `A$` AUD, `£` GBP, `CAD` CAD (`NZ$` is NZD, outside the standard's list); RAG words
Green / Amber / Red as written. It was written and checked for internal consistency only
(``adopt_truth.check_truth``), never against adoption's output. ``benchmarks/
adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
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

# ---------------------------------------------------------------------------------------
# Finance trackers and budget-vs-actual reports
# ---------------------------------------------------------------------------------------

SALMON_LINES = {
    "Pens & moorings": ["Pen nets", "Mooring grid", "Feed barge refit"],
    "Hatchery": ["Recirculation pumps", "Broodstock tanks"],
}


def salmon_farm_measures_grouped(folder: Path, rng: random.Random) -> Built:
    """A salmon farm's PM-built tracker: a July-June financial year as date cells across,
    each cost line on three rows (`Budget` / `Actual` / `Forecast` in a `Measure` column),
    lines grouped under category rows each closed by a `Subtotal` row; `A$` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26 Tracker")
    ws["A1"] = "Macquarie Harbour Pen Upgrade - FY26 cost tracker (A$)"
    months = _months(date(2025, 7, 1), 12)
    _put(ws, 3, 1, [["Cost line", "Measure", *months, "FY Total"]])
    for c in range(3, 15):
        ws.cell(3, c).number_format = "mmm-yy"
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "AUD")]
    row, lines = 4, 0
    for category, names in SALMON_LINES.items():
        ws.cell(row, 1, category)
        row += 1
        sub = [0.0] * 12
        for name in names:
            bud = [float(rng.randrange(5, 60) * 1000) for _ in months]
            act = [float(round(b * rng.uniform(0.6, 1.4), -2)) for b in bud[:8]]
            fc = act + bud[8:]
            for label, series in (("Budget", bud), ("Actual", act), ("Forecast", fc)):
                cells = [name if label == "Budget" else None, label, *series]
                cells += [None] * (12 - len(series)) + [sum(series)]
                _put(ws, row, 1, [cells])
                row += 1
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, name), "budget", bud[m]))
                values.append(ValueFact("finance", (month, name), "forecast", fc[m]))
                if m < 8:
                    values.append(ValueFact("finance", (month, name), "actual", act[m]))
                sub[m] += fc[m]
            lines += 1
        _put(ws, row, 1, [[f"Subtotal {category}", "Forecast", *sub, sum(sub)]])
        row += 2
    path = _save(wb, folder, "salmon_farm_measures_grouped")
    targets: Targets = {"A": "cost_line", "B": "measure", "O": None}
    table = TruthTable("FY26 Tracker", 3, "finance", targets, {"finance": 12 * lines})
    return Built(path, [table], values)


VINEYARD_LINES = ["Trellis posts", "Frost fans", "Drip irrigation", "Winery tanks"]


def vineyard_months_down_side_by_side(folder: Path, rng: random.Random) -> Built:
    """A vineyard's monthly log kept down the sheet: one row per month and line, the three
    measures side by side with the currency in each header (`Budget NZ$`), an `Accrued`
    column beside the actuals, and a `Quarter` column the PM fills in."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly")
    ws["A1"] = "Marlborough Block 7 Replant"
    header = ["Quarter", "Month", "Item", "Budget NZ$", "Actual NZ$", "Accrued NZ$"]
    header += ["Forecast NZ$", "Comments"]
    _put(ws, 3, 1, [header])
    months = _months(date(2026, 1, 1), 6)
    lines = rng.sample(VINEYARD_LINES, 3)
    # NZD is not in the standard's currency list: no currency fact (round 24's audit, as the
    # twenty-fourth batch's NZD and the twenty-second's ZAR read)
    values: list[ValueFact] = []
    row = 4
    for m, month in enumerate(months):
        for line in lines:
            bud = float(rng.randrange(2, 40) * 500)
            act = float(rng.randrange(2, 40) * 500) if m < 4 else None
            acc = float(rng.randrange(1, 6) * 250) if m == 3 else None
            fc = act if act is not None else bud
            q = f"Q{(month.month - 1) // 3 + 1}"
            _put(ws, row, 1, [[q, month, line, bud, act, acc, fc, None]])
            ws.cell(row, 2).number_format = "mmmm yyyy"
            values += [
                ValueFact("finance", (month, line), "budget", bud),
                ValueFact("finance", (month, line), "forecast", fc),
            ]
            if act is not None:
                values.append(ValueFact("finance", (month, line), "actual", act))
            row += 1
    path = _save(wb, folder, "vineyard_months_down_side_by_side")
    targets: Targets = _cols("A", [None, "month", "cost_line", "budget", "actual", None])
    targets |= {"G": "forecast", "H": ("notes", None)}
    table = TruthTable("Monthly", 3, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


RESERVOIR_ACCOUNTS = [
    ("510100", "Civil contractor"),
    ("510220", "Dam instrumentation"),
    ("520300", "Ecology surveys"),
    ("530010", "Internal labour recharge"),
]


def reservoir_gl_export(folder: Path, rng: random.Random) -> Built:
    """A water company's budget-vs-actual report from its ledger: a report header block,
    then one row per account and period (`Period Name` as the ledger writes it, `OCT-26`),
    `Fiscal Per.` 1..12 from an April year start, `Budget`, `Actual`, `Commitments` (raised
    orders) and `Variance`, all in GBP with a `Currency` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    _put(ws, 1, 1, [["Budget vs Actual by Period"], ["Project:", "CAP-4471 Hollins Reservoir Spillway"],
                    ["Run date:", "14-NOV-2026 06:02"], ["Ledger:", "UKW Primary Ledger (GBP)"]])  # fmt: skip
    header = ["Project", "Cost Centre", "Account", "Account Description", "Period Name"]
    header += ["Fiscal Per.", "Currency", "Budget", "Actual", "Commitments", "Variance"]
    _put(ws, 6, 1, [header])
    months = _months(date(2026, 4, 1), 7)
    accounts = rng.sample(RESERVOIR_ACCOUNTS, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 7
    for acct, desc in accounts:
        for m, month in enumerate(months):
            bud = round(rng.uniform(2000, 90000), 2)
            act = round(bud * rng.uniform(0.5, 1.2), 2) if m < 6 else 0.0
            com = round(rng.uniform(0, 8000), 2)
            cells: list[object] = ["CAP-4471", "WR-220", acct, desc, f"{month:%b-%y}".upper()]
            cells += [m + 1, "GBP", bud, act, com, round(bud - act, 2)]
            _put(ws, row, 1, [cells])
            values.append(ValueFact("finance", (month, desc), "budget", bud))
            if m < 6:
                values.append(ValueFact("finance", (month, desc), "actual", act))
            row += 1
    _put(ws, row + 1, 1, [["*** End of Report ***"]])
    path = _save(wb, folder, "reservoir_gl_export")
    targets: Targets = {"A": None, "B": None, "C": None, "D": "cost_line", "E": "month"}
    targets |= {"F": None, "G": None, "H": "budget", "I": "actual", "J": None, "K": None}
    table = TruthTable("Report", 6, "finance", targets, {"finance": 7 * len(accounts)})
    return Built(path, [table], values)


MINT_LINES = ["Coining press", "Annealing furnace", "Vault security", "Commissioning"]


def mint_sheets_per_measure_periods(folder: Path, rng: random.Random) -> Built:
    """A mint's PMO template: one sheet per measure (`Budget`, `Actuals`, `Accruals`,
    `Forecast`), lines down, fiscal periods across as `P1`..`P12` with the month they are
    written under in the row above (`Apr-26` text, an April year start); `CAD` in a cell."""
    wb = openpyxl.Workbook()
    months = _months(date(2026, 4, 1), 12)
    lines = rng.sample(MINT_LINES, 3)
    data = {line: [float(rng.randrange(10, 120) * 1000) for _ in months] for line in lines}
    actual = {
        line: [round(b * rng.uniform(0.7, 1.2), -2) for b in data[line][:5]] for line in lines
    }
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    tables: list[TruthTable] = []
    for s, measure in enumerate(("Budget", "Actuals", "Accruals", "Forecast")):
        ws = _sheet(wb, measure) if s == 0 else wb.create_sheet(measure)
        _put(ws, 1, 1, [[f"Circulation Line 3 - {measure}", None, "Currency:", "CAD"]])
        _put(ws, 3, 2, [[f"{m:%b-%y}" for m in months]])
        _put(ws, 4, 1, [["Cost line", *[f"P{i + 1}" for i in range(12)], "Year"]])
        for r, line in enumerate(lines):
            if measure == "Budget":
                series: list[float | None] = list(data[line])
            elif measure == "Actuals":
                series = [*actual[line], *[None] * 7]
            elif measure == "Accruals":
                series = [None, None, None, None, float(rng.randrange(1, 9) * 500), *[None] * 7]
            else:
                series = [*actual[line], *data[line][5:]]
            _put(ws, 5 + r, 1, [[line, *series, sum(v for v in series if v)]])
        targets: Targets = {"A": "cost_line", "N": None}
        count = {"finance": 12 * len(lines) if s == 0 else 0}
        if measure != "Accruals":
            tables.append(TruthTable(measure, 4, "finance", targets, count))
    for line in lines:
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", data[line][m]))
            fc = actual[line][m] if m < 5 else data[line][m]
            values.append(ValueFact("finance", (month, line), "forecast", fc))
            if m < 5:
                values.append(ValueFact("finance", (month, line), "actual", actual[line][m]))
    path = _save(wb, folder, "mint_sheets_per_measure_periods")
    return Built(path, tables, values)


CANAL_CATS = {
    "Capital": ["Lock gates", "Towpath resurfacing", "Culvert relining"],
    "Revenue": ["Volunteer programme", "Community engagement"],
}


def canal_trust_bva_merged_months(folder: Path, rng: random.Random) -> Built:
    """A canal trust's budget-vs-actual template: each month a merged header over `Budget`
    / `Actual` / `Var`, a `Category` column (Capital / Revenue), a subtotal row after each
    category and a `TOTAL` row; `£` in the title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "BvA")
    ws["A1"] = "Lockside Restoration - budget vs actual (£)"
    months = _months(date(2026, 1, 1), 5)
    ws["A5"], ws["B5"] = "Category", "Line"
    col = 3
    for month in months:
        ws.cell(4, col, month).number_format = "mmm-yy"
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 2)
        _put(ws, 5, col, [["Budget", "Actual", "Var"]])
        col += 3
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row, n = 6, 0
    for cat, names in CANAL_CATS.items():
        for name in names:
            cells: list[object] = [cat, name]
            for month in months:
                bud = float(rng.randrange(4, 80) * 250)
                act = float(round(bud * rng.uniform(0.5, 1.3), -1))
                cells += [bud, act, bud - act]
                values += [
                    ValueFact("finance", (month, name), "budget", bud),
                    ValueFact("finance", (month, name), "actual", act),
                ]
            _put(ws, row, 1, [cells])
            row, n = row + 1, n + 1
        _put(ws, row, 1, [[f"{cat} subtotal"]])
        row += 1
    _put(ws, row, 1, [["TOTAL"]])
    path = _save(wb, folder, "canal_trust_bva_merged_months")
    targets: Targets = {"A": ("category", "capex_opex"), "B": "cost_line"}
    table = TruthTable("BvA", 5, "finance", targets, {"finance": len(months) * n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Resource plans
# ---------------------------------------------------------------------------------------

CIRCUS_TEAMS = {
    "RIGGING": [("Marta Kowal", "Head Rigger"), ("Jonno Pike", "Rigger")],
    "TECHNICAL": [("Aisha Grant", "Lighting Designer"), ("TBC", "Sound No.2")],
    "COMPANY": [("Felix Durand", "Company Manager")],
}


def circus_resource_plan_hours_by_team(folder: Path, rng: random.Random) -> Built:
    """A touring circus's resource plan in hours a month: teams as section rows in capitals
    (`RIGGING`), `Person` and `Role` columns, months as `Jan` .. `Jun` words with the year
    only in the title, a `Team total` row after each team."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Crew hours")
    ws["A1"] = "Big Top Winter Tour 2026 - crew hours per month"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Person", "Role", *[f"{m:%b}" for m in months]]])
    row, count = 4, 0
    for team, crew in CIRCUS_TEAMS.items():
        ws.cell(row, 1, team)
        row += 1
        total = [0] * 6
        for person, role in crew:
            hours = [rng.choice([0, 40, 80, 120, 160]) for _ in months]
            count += sum(1 for h in hours if h)
            _put(ws, row, 1, [[person, role, *[h or None for h in hours]]])
            total = [t + h for t, h in zip(total, hours, strict=True)]
            row += 1
        _put(ws, row, 1, [["Team total", None, *total]])
        row += 1
    path = _save(wb, folder, "circus_resource_plan_hours_by_team")
    targets: Targets = {"A": "person", "B": "role"}
    table = TruthTable("Crew hours", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


QUARRY_ROLES = [
    ("Blasting engineer", "Operations"),
    ("Geotechnical engineer", "Engineering"),
    ("Site supervisor", "Operations"),
    ("Environmental officer", "Compliance"),
    ("Plant operator", "Operations"),
]


def quarry_role_plan_fte(folder: Path, rng: random.Random) -> Built:
    """A quarry extension's PMO template resource plan: roles (no names) by month in FTE
    (`0.5`, `1.0`), a `Function` column, months as `Month 1`.. with the dates in the row
    above, an `Avg FTE` column and a `TOTAL FTE` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resourcing")
    ws["A1"] = "Northern Face Extension - resource requirement (FTE)"
    months = _months(date(2026, 3, 1), 8)
    _put(ws, 3, 3, [list(months)])
    for c in range(3, 11):
        ws.cell(3, c).number_format = "mmm-yy"
    _put(ws, 4, 1, [["Role", "Function", *[f"Month {i + 1}" for i in range(8)], "Avg FTE"]])
    roles = rng.sample(QUARRY_ROLES, 4)
    count = 0
    for r, (role, function) in enumerate(roles):
        fte = [rng.choice([0, 0.2, 0.5, 1.0]) for _ in months]
        count += sum(1 for f in fte if f)
        _put(ws, 5 + r, 1, [[role, function, *[f or None for f in fte], round(sum(fte) / 8, 2)]])
    _put(ws, 5 + len(roles), 1, [["TOTAL FTE"]])
    path = _save(wb, folder, "quarry_role_plan_fte")
    targets: Targets = {"A": "role", "B": None, "K": None}
    table = TruthTable("Resourcing", 4, "resources", targets, {"resources": count})
    return Built(path, [table], [])


PLANETARIUM_STAFF = [
    ("Dr Nia Roberts", "Show producer"),
    ("Callum Fry", "AV engineer"),
    ("Priya Desai", "Education lead"),
    ("Ben Okafor", "Projectionist"),
    ("Hollie West", "Marketing"),
]


def planetarium_allocation_percent(folder: Path, rng: random.Random) -> Built:
    """A planetarium dome upgrade's allocation sheet exported from a scheduling tool:
    `Resource Name`, `Role`, then months across as `2026-01`, each cell a `%` allocation
    (`50%` cells formatted as percent), and a `Capacity` column at the right."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Allocation")
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 1, 1, [["Resource Name", "Role", *[f"{m:%Y-%m}" for m in months], "Capacity"]])
    staff = rng.sample(PLANETARIUM_STAFF, 4)
    count = 0
    for r, (name, role) in enumerate(staff):
        pct = [rng.choice([0, 0.25, 0.5, 1.0]) for _ in months]
        count += sum(1 for p in pct if p)
        _put(ws, 2 + r, 1, [[name, role, *[p or None for p in pct], "100%"]])
        for c in range(3, 9):
            ws.cell(2 + r, c).number_format = "0%"
    path = _save(wb, folder, "planetarium_allocation_percent")
    targets: Targets = {"A": "person", "B": "role", "I": None}
    table = TruthTable("Allocation", 1, "resources", targets, {"resources": count})
    return Built(path, [table], [])


# ---------------------------------------------------------------------------------------
# Milestone plans
# ---------------------------------------------------------------------------------------

TRAM_MILESTONES = [
    "Utility diversions complete on Station Road",
    "Track slab poured at the depot",
    "Overhead line energised",
    "First tram on the new section",
    "Driver training complete",
    "Passenger service starts",
]
TRAM_OWNERS = ["Gemma Lowe", "Tariq Shah", "Fiona Baird"]


def tram_milestone_rag_slippage(folder: Path, rng: random.Random) -> Built:
    """A tram extension's milestone plan built by hand: `No.` 1..6, `Key Milestone`,
    `Lead`, `Baseline Date`, `Forecast Date`, `Actual Date` (date cells), a `RAG` column and
    a `Slippage` column typed by the PM (`2 wks`, `on time`, `+10d`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Key Milestones")
    ws["A1"] = "Eastern Tram Extension - key milestones"
    header = ["No.", "Key Milestone", "Lead", "Baseline Date", "Forecast Date", "Actual Date"]
    _put(ws, 3, 1, [[*header, "RAG", "Slippage"]])
    n = len(TRAM_MILESTONES)
    base = _days(rng, n, date(2026, 2, 2))
    slips = [rng.choice([0, 0, 10, 14, 30]) for _ in base]
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(TRAM_MILESTONES):
        fc = base[i] + timedelta(days=slips[i])
        actual = fc if i < done else None
        rag = "Green" if slips[i] < 10 else ("Amber" if slips[i] < 30 else "Red")
        slip = "on time" if not slips[i] else rng.choice([f"+{slips[i]}d", f"{slips[i] // 7} wks"])
        _put(ws, 4 + i, 1, [[i + 1, name, rng.choice(TRAM_OWNERS), base[i], fc, actual, rag, slip]])
        for c in (4, 5, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        owner = ws.cell(4 + i, 3).value
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "tram_milestone_rag_slippage")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols(
        "E", ["forecast_date", "actual_date", ("status", None), ("slippage_days", None)]
    )
    return Built(path, [_one("milestones", "Key Milestones", 3, targets, n)], values)


MILL_MILESTONES = [
    ("PM4 shutdown starts", "Y"),
    ("Headbox replaced", "N"),
    ("Dryer section hood installed", "N"),
    ("Restart and first reel", "Y"),
    ("Quality sign-off on 80gsm grade", "N"),
]


def paper_mill_milestones_template(folder: Path, rng: random.Random) -> Built:
    """A paper mill's PMO milestone template: a title block (`Project`, `PM`), `ID` MS-01..,
    `Milestone`, `Gate?` Y/N, `Owner`, `Baseline`, `Current Forecast`, `Actual`, `Status`
    (Complete / In Progress / Not Started / Late), `Variance (days)` as numbers; dates typed
    `dd-Mon-yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    _put(ws, 1, 1, [["Project", "PM4 Rebuild"], ["PM", "Shona McLeod"]])
    header = ["ID", "Milestone", "Gate?", "Owner", "Baseline", "Current Forecast", "Actual"]
    _put(ws, 4, 1, [[*header, "Status", "Variance (days)"]])
    base = _days(rng, len(MILL_MILESTONES), date(2026, 5, 4))
    values: list[ValueFact] = []
    done = rng.randint(1, 2)
    for i, (name, gate) in enumerate(MILL_MILESTONES):
        slip = rng.choice([0, 3, 7, 21])
        fc = base[i] + timedelta(days=slip)
        actual = fc if i < done else None
        status = (
            "Complete"
            if actual
            else ("Late" if slip > 14 else rng.choice(["In Progress", "Not Started"]))
        )
        owner = rng.choice(["Shona McLeod", "Iain Baxter", "Karen Doig"])
        cells: list[object] = [f"MS-{i + 1:02d}", name, gate, owner]
        cells += [f"{base[i]:%d-%b-%Y}", f"{fc:%d-%b-%Y}"]
        cells += [f"{actual:%d-%b-%Y}" if actual else None, status, slip]
        _put(ws, 5 + i, 1, [cells])
        values += [
            # audit (round 24): `MS-01` is M-001, the standard's letter keeping its number, as
            # the ninth tuning batch and round 22's audit read `MS-01` and `M01`
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "gate", gate),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    values.append(ValueFact("project", 0, "project_name", "PM4 Rebuild"))
    values.append(ValueFact("project", 0, "project_manager", "Shona McLeod"))
    path = _save(wb, folder, "paper_mill_milestones_template")
    targets: Targets = _cols("A", ["id", "milestone", "gate", "owner", "baseline_date"])
    # `Variance (days)` is the standard's slippage, which it derives: mapped or left out, no
    # fact (round 24's audit, as the twenty-second batch's `Variance (days)` reads)
    targets |= _cols("F", ["forecast_date", "actual_date", "status", ("slippage_days", None)])
    n = len(MILL_MILESTONES)
    return Built(path, [_one("milestones", "Milestones", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# One-page status reports
# ---------------------------------------------------------------------------------------

CABLE_RISKS = [
    ("High winds stop rope pulling", "Schedule pulling for the calm season"),
    ("Gondola cabins delayed at the factory", "Weekly call with the supplier"),
    ("Planning condition on night lighting", "Pre-application meeting with the council"),
    ("Station foundations hit rock", "Extra ground investigation"),
]


def cable_car_one_page_status(folder: Path, rng: random.Random) -> Built:
    """A cable car's one-page status report (a PMO template): a label / value block
    (`Project Name`, `Project Manager`, `Sponsor`, `Period ending`), a RAG table (`Area` /
    `RAG` / `Comment` rows Overall, Schedule, Cost, Scope), `Key milestones` (`Milestone`,
    `Baseline`, `Forecast`, `Status`), `Top 3 risks` (`Risk`, `Owner`, `Mitigation`) and a
    `Finance summary ($)` of four label / value rows, all on one sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    when = date(2026, 6, 26)
    rags = {
        a: rng.choice(["Green", "Amber", "Red"]) for a in ("Overall", "Schedule", "Cost", "Scope")
    }
    _put(ws, 1, 1, [
        ["PROJECT STATUS REPORT"],
        ["Project Name", "Harbour Skyline Cable Car"],
        ["Project Manager", "Lachlan Reid"],
        ["Sponsor", "Maria Costa"],
        ["Period ending", when],
        [],
        ["Area", "RAG", "Comment"],
        *[[a, r, "See risks" if r != "Green" else None] for a, r in rags.items()],
    ])  # fmt: skip
    ws["B5"].number_format = "dd/mm/yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Harbour Skyline Cable Car"),
        ValueFact("project", 0, "project_manager", "Lachlan Reid"),
        ValueFact("project", 0, "sponsor", "Maria Costa"),
        ValueFact("project", 0, "report_date", when),
        ValueFact("project", 0, "overall_rag", rags["Overall"]),
        ValueFact("project", 0, "schedule_rag", rags["Schedule"]),
        ValueFact("project", 0, "cost_rag", rags["Cost"]),
        ValueFact("project", 0, "scope_rag", rags["Scope"]),
    ]
    ms = ["Towers erected", "Rope pulled", "Cabins delivered", "Public opening"]
    base = _days(rng, len(ms), date(2026, 5, 4))
    _put(ws, 14, 1, [["Key milestones"], ["Milestone", "Baseline", "Forecast", "Status"]])
    for i, name in enumerate(ms):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 28]))
        status = "Complete" if fc < when else "Not Started"
        _put(ws, 16 + i, 1, [[name, base[i], fc, status]])
        ws.cell(16 + i, 2).number_format = ws.cell(16 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", status),
        ]
    risks = rng.sample(CABLE_RISKS, 3)
    _put(ws, 21, 1, [["Top 3 risks"], ["Risk", "Owner", "Mitigation"]])
    for i, (title, action) in enumerate(risks):
        owner = rng.choice(["Lachlan Reid", "Maria Costa", "Dev Patel"])
        _put(ws, 23 + i, 1, [[title, owner, action]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
        ]
    _put(ws, 27, 1, [["Finance summary ($)"], ["Approved budget", 48_500_000],
                     ["Spent to date", 21_730_000], ["Forecast at completion", 49_900_000],
                     ["Variance", -1_400_000]])  # fmt: skip
    path = _save(wb, folder, "cable_car_one_page_status")
    ms_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", "status"])
    risk_targets: Targets = _cols("A", ["title", "owner", "response"])
    tables = [
        _one("milestones", "Status Report", 15, ms_targets, len(ms)),
        _one("risks", "Status Report", 22, risk_targets, len(risks)),
    ]
    return Built(path, tables, values)


BAKERY_ISSUES = [
    ("Oven 2 burner fails safety test", "High"),
    ("Allergen wash-down takes longer than planned", "Medium"),
    ("Night shift rota not agreed", "Medium"),
    ("Flour silo delivery slot clashes with the roof works", "Low"),
]


def bakery_status_with_issue_log(folder: Path, rng: random.Random) -> Built:
    """A bakery's weekly status report (a PM's own page): a `Status:` line of RAG words
    across (`Overall: Amber`, typed in one cell each), a `Milestones` table with a `RAG`
    column, a quarterly finance summary (`Q1`..`Q4` across, Budget / Actual / Forecast
    down, `£000`), and an `Open issues` log beside the milestones (columns H onwards)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly Report")
    when = date(2026, 3, 13)
    _put(ws, 1, 1, [["Line 3 Automation - Weekly Report"], ["Week ending", when],
                    ["Project Manager", "Owen Pryce"]])  # fmt: skip
    ws["B2"].number_format = "dd mmm yyyy"
    overall, sched = rng.choice(["Green", "Amber", "Red"]), rng.choice(["Green", "Amber"])
    _put(ws, 5, 1, [["Overall", overall, "Schedule", sched]])
    ms = ["Old line stripped out", "New mixer commissioned", "Trial bake", "Full production"]
    base = _days(rng, len(ms), date(2026, 2, 2))
    _put(ws, 7, 1, [["Milestone", "Planned", "Forecast", "RAG"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "report_date", when),
        ValueFact("project", 0, "project_manager", "Owen Pryce"),
        ValueFact("project", 0, "overall_rag", overall),
        ValueFact("project", 0, "schedule_rag", sched),
    ]
    for i, name in enumerate(ms):
        fc = base[i] + timedelta(days=rng.choice([0, 5, 19]))
        _put(ws, 8 + i, 1, [[name, base[i], fc, rng.choice(["G", "A", "R"])]])
        ws.cell(8 + i, 2).number_format = ws.cell(8 + i, 3).number_format = "dd/mm/yy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
    _put(ws, 6, 8, [["Issue #", "Issue", "Priority", "Owner", "Raised"]])
    issues = rng.sample(BAKERY_ISSUES, 3)
    raised = _days(rng, len(issues), date(2025, 8, 25))  # all before the week ending
    for i, (title, prio) in enumerate(issues):
        owner = rng.choice(["Owen Pryce", "Ceri Lloyd", "Maintenance"])
        _put(ws, 7 + i, 8, [[i + 1, title, prio, owner, raised[i]]])
        ws.cell(7 + i, 12).number_format = "dd/mm/yy"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "raised_date", raised[i]),
        ]
        if owner != "Maintenance":
            values.append(ValueFact("issues", i, "owner", owner))
    _put(ws, 14, 1, [["Finance (£000)", "Q1", "Q2", "Q3", "Q4"], ["Budget", 120, 340, 210, 80],
                     ["Actual", 96, None, None, None], ["Forecast", 96, 365, 220, 80]])  # fmt: skip
    path = _save(wb, folder, "bakery_status_with_issue_log")
    ms_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date", None])
    issue_targets: Targets = _cols("H", [("id", None), "title", "priority", "owner", "raised_date"])
    tables = [
        _one("milestones", "Weekly Report", 7, ms_targets, len(ms)),
        TruthTable("Weekly Report", 6, "issues", issue_targets, {"issues": len(issues)}),
    ]
    return Built(path, tables, values)


HELD_OUT_31: tuple[Layout, ...] = (
    Layout("salmon_farm_measures_grouped",
           "Salmon farm FY (Jul-Jun) tracker, three measure rows per line, category subtotals, A$",
           salmon_farm_measures_grouped),
    Layout("vineyard_months_down_side_by_side",
           "Vineyard monthly log, months down, measures side by side in NZ$, accruals, quarter",
           vineyard_months_down_side_by_side),
    Layout("reservoir_gl_export",
           "Water company ledger budget-vs-actual export (OCT-26 periods, April FY, commitments)",
           reservoir_gl_export),
    Layout("mint_sheets_per_measure_periods",
           "Mint PMO template, one sheet per measure, P1..P12 under month labels, CAD",
           mint_sheets_per_measure_periods),
    Layout("canal_trust_bva_merged_months",
           "Canal trust budget v actual, merged month headers over Budget/Actual/Var, subtotals",
           canal_trust_bva_merged_months),
    Layout("circus_resource_plan_hours_by_team",
           "Touring circus crew hours by month, teams as section rows, team totals",
           circus_resource_plan_hours_by_team),
    Layout("quarry_role_plan_fte",
           "Quarry role plan in FTE, Month 1.. under dated row, average column",
           quarry_role_plan_fte),
    Layout("planetarium_allocation_percent",
           "Planetarium allocation export, % by month as 2026-01",
           planetarium_allocation_percent),
    Layout("tram_milestone_rag_slippage",
           "Tram extension key milestones, RAG and hand-typed slippage",
           tram_milestone_rag_slippage),
    Layout("paper_mill_milestones_template",
           "Paper mill PMO milestone template, Gate? Y/N, typed dd-Mon-yyyy dates, variance",
           paper_mill_milestones_template),
    Layout("cable_car_one_page_status",
           "Cable car one-page status report: RAG table, milestones, top risks, finance summary",
           cable_car_one_page_status),
    Layout("bakery_status_with_issue_log",
           "Bakery weekly report: RAG words, milestones, quarterly finance, an issue log beside",
           bakery_status_with_issue_log),
)  # fmt: skip
