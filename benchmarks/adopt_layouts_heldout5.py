"""The fifth held-out batch (``HELD_OUT_5``, issue 15 round 6): thirteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool or template writes, in shapes no earlier batch has:

- ``msproject_outline_milestones``: MS Project's "Milestones" filter exported to Excel
  (sheet `Task_Table1`): `ID`, `Outline Level`, `WBS`, `Name`, `Duration` (`0 days` for a
  milestone, `45 days` for the phase summary rows kept by the filter), `Start` / `Finish` /
  `Baseline Finish` / `Actual Finish` as MS Project's UK text `Thu 12/03/26` (`NA` for no
  actual), `% Complete`, `Resource Names`.
- ``smartsheet_milestone_checkboxes``: a Smartsheet milestone sheet with hierarchy (stage
  parent rows, indented and grouped children) and `Checkbox` columns exported as
  TRUE / FALSE (`Gate`, `Done`), Smartsheet's RAG `Status` symbols as words, date cells.
- ``programme_raid_cover_sheets``: a programme RAID workbook: a `Cover` sheet (label/value
  cells for programme, project, PM, SRO, and a contents list) and one sheet per register
  (`R - Risks`, `A - Assumptions`, `I - Issues`, `D - Dependencies`), each with a title row
  and its own words (`Risk No.` numbers, `L (1-5)`, `Check By`, `Resolve By`, `Required By`).
- ``prince2_risk_cause_event_effect``: a PRINCE2 risk register: title block in separate
  label/value cells, `Risk Identifier`, `Risk Author`, `Date Registered`, `Risk Category`,
  `Cause` / `Event` / `Effect`, five-level word Probability / Impact, `Expected Value`,
  `Proximity`, `Risk Response Category` (Fallback among them), `Risk Owner`, `Risk Actionee`.
- ``decision_log_raci``: a decision log with `Responsible` / `Accountable` / `Consulted` /
  `Informed` columns beside `Approved By`, `Date Raised` and `Date Decided`, IDs `D001`.
- ``lessons_and_raid_workbook``: a lessons-learned sheet first (owner, date, status: a
  register the standard has not), then a `Risks` sheet with likelihood as percentages and
  an `Issues` sheet with `Resolution notes`.
- ``milestone_tracker_rebaselined``: a milestone tracker with `Original Baseline` and
  `Current Baseline` (baselines re-set), `RAG` as words beside a real `Status`,
  `Re-baselined?` Yes / No and a reason column.
- ``finance_month_measure_pairs``: a cost plan with one header row whose labels pair month
  and measure (`Jan-26 Budget`, `Jan-26 Actual`, ...), a `CapEx / OpEx` and a `Currency`
  column per line, a total row.
- ``benefits_and_assumptions``: a benefits register sheet (owner, realisation date, status:
  not a standard register) before an assumptions log (`AS-01` IDs, `Confidence (H/M/L)`,
  `If untrue...`).
- ``listobject_issue_log_totals``: an issue log kept as an Excel table (ListObject
  `IssueLog`) with a totals row (`Total` and a `SUBTOTAL` count), date cells.
- ``frozen_title_grid_risks``: a risk log under a title block of several label/value cells
  across two rows (project, project ID, report date, PM, sponsor, stage), panes frozen
  under the header.
- ``sap_cost_element_periods``: an SAP cost report: periods `001.2026` down, `Cost Element`
  numbers and names, `Plan costs` / `Actual costs` / `Var. (abs.)` / `Crcy`, a `*` subtotal
  row after each period and a `**` total row.
- ``oracle_project_costs``: an Oracle Projects cost summary: project and task columns on
  every row, `Expenditure Type` as the cost line, Oracle period names `JAN-26` down,
  `Budget Amount` / `Actual Amount` / `Commitment Amount` / `Forecast Amount`.

The ground truth says what a person reading the sheet would say; where a cell could
reasonably be read two ways (which of two baselines, whether Cause, Event or Effect is the
title, a `Fallback` response, an `Active` status, an `Accountable` person beside `Approved
By`, a Smartsheet `Done` box, MS Project's task `ID`) no fact is given for it. It was checked
for internal consistency only (``adopt_truth.check_truth``: each value fact points at an item the counts
hold and names a field the standard has, each truth column has a header in the sheet and
names a standard column), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ASSUMPTION_TITLES,
    COST_LINES,
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
    _cols,
    _day,
    _finance_facts,
    _put,
    _sheet,
)
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table
from openpyxl.worksheet.worksheet import Worksheet

FIVE_WORDS = ["Very Low", "Low", "Medium", "High", "Very High"]
LETTER3 = {"H": "High", "M": "Medium", "L": "Low"}


def _late_day(days: list[date]) -> list[date]:
    """The same dates, one moved past the 12th when none is, so a reader can tell which
    part of a text date is the day."""
    if any(d.day > 12 for d in days) or not days:
        return days
    first = days[0]
    return [first.replace(day=13 + first.day % 15), *days[1:]]


def _date_cells(ws: Worksheet, row: int, cols: list[int], fmt: str = "dd/mm/yyyy") -> None:
    for c in cols:
        ws.cell(row, c).number_format = fmt


def _keys(first: str, keys: list[str | None]) -> Targets:
    return _cols(first, keys)


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def _msp(d: date) -> str:
    return f"{d:%a} {d:%d/%m/%y}"


def _weekday(d: date) -> date:
    """The Monday after a Saturday or Sunday: a schedule's milestones fall on work days."""
    return d + timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def msproject_outline_milestones(folder: Path, rng: random.Random) -> Built:
    """MS Project "Milestones" filter exported to Excel, phase summary rows kept."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Task_Table1")
    header: list[object] = ["ID", "Outline Level", "WBS", "Name", "Duration", "Start"]
    header += ["Finish", "Baseline Finish", "Actual Finish", "% Complete", "Resource Names"]
    rows: list[list[object]] = [header]
    phases = ["Discover", "Design", "Build", "Deploy"]
    per = [rng.randint(1, 3) for _ in phases]
    n = sum(per)
    base = [date(2026, 1, 12) + timedelta(days=rng.randrange(25 * n)) for _ in range(n)]
    base = [_weekday(d) for d in _late_day(sorted(base))]
    fcst = [_weekday(b + timedelta(days=rng.choice([0, 0, 7, 14]))) for b in base]
    done = rng.randint(1, n - 1)
    values: list[ValueFact] = []
    task_id = 1
    i = 0
    for p, phase in enumerate(phases):
        kids = range(i, i + per[p])
        start = min(fcst[k] for k in kids) - timedelta(days=28)
        end = max(fcst[k] for k in kids)
        rows.append(
            [
                task_id,
                1,
                str(p + 1),
                f"Phase {p + 1} - {phase}",
                f"{(end - start).days} days",
                _msp(start),
                _msp(end),
                _msp(max(base[k] for k in kids)),
                _msp(end) if kids[-1] < done else "NA",
                "100%" if kids[-1] < done else f"{rng.randint(10, 90)}%",
                None,
            ]
        )
        for k in kids:
            task_id += rng.randint(2, 6)  # the tasks between milestones are filtered out
            owner = rng.choice(PEOPLE)
            actual = fcst[k] if k < done else None
            name = f"{phase} stage gate {k - kids[0] + 1} passed"
            rows.append(
                [
                    task_id,
                    2,
                    f"{p + 1}.{k - kids[0] + 1}",
                    name,
                    "0 days",
                    _msp(fcst[k]),
                    _msp(fcst[k]),
                    _msp(base[k]),
                    _msp(actual) if actual else "NA",
                    "100%" if actual else "0%",
                    owner,
                ]
            )
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "owner", owner),
                ValueFact("milestones", k, "forecast_date", fcst[k]),
                ValueFact("milestones", k, "baseline_date", base[k]),
            ]
            if actual:
                values.append(ValueFact("milestones", k, "actual_date", actual))
        task_id += rng.randint(2, 6)
        i += per[p]
    _put(ws, 1, 1, rows)
    path = folder / "msproject_outline_milestones.xlsx"
    wb.save(path)
    targets: Targets = {
        "D": "milestone",
        "E": None,  # a duration has no standard column
        "G": "forecast_date",
        "H": "baseline_date",
        "I": "actual_date",
        "K": "owner",
    }
    return Built(
        path, [TruthTable("Task_Table1", 1, "milestones", targets, {"milestones": n})], values
    )


def smartsheet_milestone_checkboxes(folder: Path, rng: random.Random) -> Built:
    """Smartsheet milestone sheet: stage parent rows, checkbox columns as TRUE/FALSE."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Programme Milestones")
    header: list[object] = ["Milestone", "Gate", "Owner", "Baseline Finish", "Finish"]
    header += ["Done", "Status", "Comments"]
    _put(ws, 1, 1, [header])
    values: list[ValueFact] = []
    row = 2
    k = 0
    day = date(2026, 2, 2)
    for stage in ("Mobilise", "Deliver", "Transition"):
        kids = rng.randint(2, 3)
        parent = row
        row += 1
        finishes: list[date] = []
        for j in range(kids):
            day += timedelta(days=rng.randint(15, 40))
            base = day
            fcst = base + timedelta(days=rng.choice([0, 0, 5, 12]))
            finishes.append(fcst)
            gate = j == kids - 1
            owner = rng.choice(PEOPLE)
            name = f"{stage}: deliverable {j + 1} accepted"
            _put(
                ws,
                row,
                1,
                [
                    [
                        name,
                        gate,
                        owner,
                        base,
                        fcst,
                        rng.random() < 0.3,
                        rng.choice(["Green", "Yellow", "Red"]),
                        None,
                    ]
                ],
            )
            _date_cells(ws, row, [4, 5], "mm/dd/yy")
            ws.cell(row, 1).alignment = Alignment(indent=1)
            ws.row_dimensions[row].outline_level = 1
            values += [
                ValueFact("milestones", k, "milestone", name),
                ValueFact("milestones", k, "owner", owner),
                ValueFact("milestones", k, "baseline_date", base),
                ValueFact("milestones", k, "forecast_date", fcst),
            ]
            if gate:
                values.append(ValueFact("milestones", k, "gate", "Y"))
            row += 1
            k += 1
        # the stage's parent row: Smartsheet rolls the children's finish up into it
        _put(ws, parent, 1, [[f"Stage: {stage}", False, None, None, max(finishes), False]])
        _date_cells(ws, parent, [5], "mm/dd/yy")
    path = folder / "smartsheet_milestone_checkboxes.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "milestone",
        "B": "gate",
        "C": "owner",
        "D": "baseline_date",
        "E": "forecast_date",
    }
    return Built(
        path,
        [TruthTable("Programme Milestones", 1, "milestones", targets, {"milestones": k})],
        values,
    )


def sap_cost_element_periods(folder: Path, rng: random.Random) -> Built:
    """SAP cost report: `001.2026` periods down, cost elements, `*` and `**` totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    ws["A1"] = "Cost Centres: Actual/Plan/Variance"
    ws["A2"] = "Controlling Area 1000    Fiscal Year 2026    Fiscal Year Variant K4 (calendar year)"
    ws["A3"] = "WBS Element P-004410-01    Customer Portal Build"
    header: list[object] = ["Period", "Cost Element", "Cost Element Name", "Plan costs"]
    header += ["Actual costs", "Var. (abs.)", "Crcy"]
    _put(ws, 5, 1, [header])
    lines = rng.sample(COST_LINES, 3)
    elements = {line: 400100 + 100 * COST_LINES.index(line) for line in lines}
    months = [date(2026, m + 1, 1) for m in range(6)]
    closed = 3
    data: dict[tuple[str, str, int], float] = {}
    row = 6
    grand = [0.0, 0.0]
    for m in range(6):
        sub = [0.0, 0.0]
        for line in lines:
            plan = float(rng.randrange(40, 400) * 50)
            actual = float(rng.randrange(40, 400) * 50) if m < closed else None
            data[("budget", line, m)] = plan
            if actual is not None:
                data[("actual", line, m)] = actual
            _put(
                ws,
                row,
                1,
                [[f"{m + 1:03d}.2026", elements[line], line, plan, actual]],
            )
            _put(ws, row, 6, [[(actual or 0.0) - plan, "EUR"]])
            sub[0] += plan
            sub[1] += actual or 0.0
            row += 1
        _put(ws, row, 1, [[None, "*", None, sub[0], sub[1], sub[1] - sub[0], "EUR"]])
        grand[0] += sub[0]
        grand[1] += sub[1]
        row += 1
    _put(ws, row, 1, [[None, "**", None, grand[0], grand[1], grand[1] - grand[0], "EUR"]])
    path = folder / "sap_cost_element_periods.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "month",
        "C": "cost_line",
        "D": "budget",
        "E": "actual",
        "F": None,  # a variance is computed in the standard workbook
    }
    return Built(
        path,
        [TruthTable("Export", 5, "finance", targets, {"finance": len(lines) * 6})],
        _finance_facts(months, lines, data),
    )


def oracle_project_costs(folder: Path, rng: random.Random) -> Built:
    """Oracle Projects cost summary: project/task on every row, `JAN-26` periods down."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project Cost Summary")
    header: list[object] = ["Project Number", "Project Name", "Task Number", "Task Name"]
    header += ["Expenditure Category", "Expenditure Type", "Period Name", "Budget Amount"]
    header += ["Actual Amount", "Commitment Amount", "Forecast Amount"]
    rows: list[list[object]] = [header]
    lines = rng.sample(COST_LINES, rng.randint(2, 3))
    months = [date(2026, m + 1, 1) for m in range(6)]
    closed = rng.randint(2, 4)
    data: dict[tuple[str, str, int], float] = {}
    for m in range(6):
        for t, line in enumerate(lines):
            budget = round(rng.uniform(2000, 30000), 2)
            actual = round(rng.uniform(2000, 30000), 2) if m < closed else None
            fcst = actual if actual is not None else round(rng.uniform(2000, 30000), 2)
            data[("budget", line, m)] = budget
            data[("forecast", line, m)] = fcst
            if actual is not None:
                data[("actual", line, m)] = actual
            rows.append(
                [
                    "P-10234",
                    "Customer Portal",
                    f"1.{t + 1}",
                    "Build and test",
                    "Labor" if line in ("Contractors", "Consultancy") else "Non-Labor",
                    line,
                    f"{MONTHS[m].upper()}-26",
                    budget,
                    actual,
                    round(rng.uniform(0, 5000), 2) if m >= closed else 0.0,
                    fcst,
                ]
            )
    _put(ws, 1, 1, rows)
    path = folder / "oracle_project_costs.xlsx"
    wb.save(path)
    targets: Targets = {
        "F": "cost_line",
        "G": "month",
        "H": "budget",
        "I": "actual",
        "J": None,  # commitments have no standard column
        "K": "forecast",
    }
    return Built(
        path,
        [TruthTable("Project Cost Summary", 1, "finance", targets, {"finance": len(lines) * 6})],
        _finance_facts(months, lines, data),
    )


# ---------------------------------------------------------------------------------------
# PMO templates and hand-kept workbooks
# ---------------------------------------------------------------------------------------


def programme_raid_cover_sheets(folder: Path, rng: random.Random) -> Built:
    """Programme RAID workbook: a cover sheet and one sheet per register."""
    wb = openpyxl.Workbook()
    cover = _sheet(wb, "Cover")
    pm, sro = rng.sample(PEOPLE, 2)
    cover["A1"] = "Programme RAID Workbook"
    fields = [
        ("Programme", "Net Zero Estates"),
        ("Project", "Boiler Replacement"),
        ("Project Manager", pm),
        ("Senior Responsible Owner", sro),
        ("Version", "v2.3"),
    ]
    _put(cover, 3, 2, [list(f) for f in fields])
    cover["B9"] = "Contents"
    sheets = ["R - Risks", "A - Assumptions", "I - Issues", "D - Dependencies"]
    _put(cover, 10, 2, [[s] for s in sheets])
    values: list[ValueFact] = [
        ValueFact("project", 0, "programme", "Net Zero Estates"),
        ValueFact("project", 0, "project_name", "Boiler Replacement"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sro),
    ]
    tables: list[TruthTable] = []

    # Risks
    ws = wb.create_sheet(sheets[0])
    ws["A1"] = "Risk Register"
    _put(ws, 2, 1, [["Risk No.", "Risk", "Owner", "Date Identified", "L (1-5)", "I (1-5)"]])
    _put(ws, 2, 7, [["Mitigation", "Status"]])
    n = rng.randint(4, 7)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        found = _day(rng)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Closed"])
        mit = f"Mitigation plan {i + 1} agreed at the programme board"
        _put(ws, 3 + i, 1, [[i + 1, RISK_TITLES[i], owner, found, p, imp, mit, status]])
        _date_cells(ws, 3 + i, [4])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", RISK_TITLES[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", found),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "status", status),
        ]
    risk_cols = _keys("A", ["id", "title", "owner", "raised_date", "probability", "impact"])
    risk_cols.update({"G": "response", "H": "status"})
    tables.append(TruthTable(sheets[0], 2, "risks", risk_cols, {"risks": n}))

    # Assumptions
    ws = wb.create_sheet(sheets[1])
    ws["A1"] = "Assumptions Log"
    _put(ws, 2, 1, [["No.", "Assumption", "Owner", "Date Raised", "Check By", "Confidence"]])
    ws.cell(2, 7, "Status")
    n = len(ASSUMPTION_TITLES)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        check = raised + timedelta(days=rng.randint(14, 45))
        conf = rng.choice(["H", "M", "L"])
        status = rng.choice(["Open", "Validated"])
        _put(ws, 3 + i, 1, [[i + 1, ASSUMPTION_TITLES[i], owner, raised, check, conf, status]])
        _date_cells(ws, 3 + i, [4, 5])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", ASSUMPTION_TITLES[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", raised),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "confidence", LETTER3[conf]),
            ValueFact("assumptions", i, "status", status),
        ]
    tables.append(
        TruthTable(
            sheets[1],
            2,
            "assumptions",
            _keys(
                "A",
                ["id", "assumption", "owner", "raised_date", "validate_by", "confidence", "status"],
            ),
            {"assumptions": n},
        )
    )

    # Issues
    ws = wb.create_sheet(sheets[2])
    ws["A1"] = "Issue Log"
    _put(ws, 2, 1, [["Issue No.", "Issue", "Owner", "Date Raised", "Priority", "Resolve By"]])
    ws.cell(2, 7, "Status")
    n = rng.randint(3, 6)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        due = raised + timedelta(days=rng.randint(5, 30))
        prio = rng.choice(["High", "Medium", "Low"])
        status = rng.choice(["Open", "In Progress", "Closed"])
        _put(ws, 3 + i, 1, [[i + 1, ISSUE_TITLES[i], owner, raised, prio, due, status]])
        _date_cells(ws, 3 + i, [4, 6])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", ISSUE_TITLES[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", status),
        ]
    tables.append(
        TruthTable(
            sheets[2],
            2,
            "issues",
            _keys("A", ["id", "title", "owner", "raised_date", "priority", "due_date", "status"]),
            {"issues": n},
        )
    )

    # Dependencies
    ws = wb.create_sheet(sheets[3])
    ws["A1"] = "Dependency Log"
    _put(ws, 2, 1, [["Dep No.", "Dependency", "Other project ref", "Owner", "Required By"]])
    ws.cell(2, 6, "Status")
    n = len(DEP_TITLES)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        other = f"PRJ-0{rng.randint(200, 299)}"
        need = _day(rng, date(2026, 3, 2))
        status = rng.choice(["On Track", "At Risk", "Delivered"])
        _put(ws, 3 + i, 1, [[i + 1, DEP_TITLES[i], other, owner, need, status]])
        _date_cells(ws, 3 + i, [5])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", DEP_TITLES[i]),
            ValueFact("dependencies", i, "counterparty_project_id", other),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "status", status),
        ]
    tables.append(
        TruthTable(
            sheets[3],
            2,
            "dependencies",
            _keys("A", ["id", "title", "counterparty_project_id", "owner", "need_by", "status"]),
            {"dependencies": n},
        )
    )
    path = folder / "programme_raid_cover_sheets.xlsx"
    wb.save(path)
    return Built(path, tables, values)


def prince2_risk_cause_event_effect(folder: Path, rng: random.Random) -> Built:
    """PRINCE2 risk register: Cause / Event / Effect, proximity, response category."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    pm = rng.choice(PEOPLE)
    ws["A1"] = "RISK REGISTER"
    _put(ws, 2, 1, [["Project Name", "Depot Modernisation"], ["Project Manager", pm]])
    header: list[object] = ["Risk Identifier", "Risk Author", "Date Registered", "Risk Category"]
    header += ["Cause", "Event", "Effect", "Probability", "Impact", "Expected Value"]
    header += ["Proximity", "Risk Response Category", "Risk Response", "Risk Status"]
    header += ["Risk Owner", "Risk Actionee"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 8)
    first = rng.randint(1, 20)
    values: list[ValueFact] = []
    categories = ["Commercial", "Technical", "Schedule", "People", "Legal"]
    proximity = ["Imminent", "Within 1 month", "1-3 months", "3-6 months", "Over 6 months"]
    for i in range(n):
        owner, author, actionee = rng.choice(PEOPLE), rng.choice(PEOPLE), rng.choice(PEOPLE)
        registered = _day(rng)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        cat = rng.choice(categories)
        prox = rng.choice(proximity)
        resp_cat = rng.choice(["Avoid", "Reduce", "Fallback", "Transfer", "Accept", "Share"])
        status = rng.choice(["Active", "Active", "Closed"])
        response = f"Agree contingency {i + 1} with the supplier before stage end"
        _put(
            ws,
            6 + i,
            1,
            [
                [
                    f"R{first + i:02d}",
                    author,
                    registered,
                    cat,
                    f"Because of {RISK_TITLES[i % len(RISK_TITLES)].lower()}",
                    f"Stage {i % 3 + 1} may slip",
                    "Delay to go-live and extra cost",
                    FIVE_WORDS[p - 1],
                    FIVE_WORDS[imp - 1],
                    f"£{rng.randrange(5, 90) * 1000:,}",
                    prox,
                    resp_cat,
                    response,
                    status,
                    owner,
                    actionee,
                ]
            ],
        )
        _date_cells(ws, 6 + i, [3], "dd-mmm-yyyy")
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "raised_date", registered),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "proximity", prox),
            ValueFact("risks", i, "response", response),
            ValueFact("risks", i, "owner", owner),
        ]
        if resp_cat != "Fallback":  # Fallback could be Contingency or Reduce: no fact
            values.append(ValueFact("risks", i, "response_type", resp_cat))
        if status == "Closed":  # Active could be Open or Monitoring: no fact
            values.append(ValueFact("risks", i, "status", "Closed"))
    values += [
        ValueFact("project", 0, "project_name", "Depot Modernisation"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    path = folder / "prince2_risk_cause_event_effect.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": None,  # who wrote the risk down has no standard column
        "C": "raised_date",
        "D": "category",
        "H": "probability",
        "I": "impact",
        "K": "proximity",
        "L": "response_type",
        "M": "response",
        "N": "status",
        "O": "owner",
        "P": None,  # the actionee has no standard column
    }
    return Built(path, [TruthTable("Risk Register", 5, "risks", targets, {"risks": n})], values)


def decision_log_raci(folder: Path, rng: random.Random) -> Built:
    """Decision log with RACI columns beside Approved By; IDs D001."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Programme Decision Log"
    header: list[object] = ["Decision ID", "Date Raised", "Decision", "Rationale"]
    header += ["Responsible", "Accountable", "Consulted", "Informed", "Approved By"]
    header += ["Date Decided", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 7)
    first = rng.randint(1, 30)
    values: list[ValueFact] = []
    for i in range(n):
        raised = _day(rng)
        decided = raised + timedelta(days=rng.randint(3, 21))
        approver = rng.choice([*PEOPLE[:5], "Programme Board"])
        text = f"Adopt option {'ABC'[i % 3]} for release {i + 1}"
        why = "Meets the go-live date at the lowest whole-life cost"
        _put(
            ws,
            4 + i,
            1,
            [
                [
                    f"D{first + i:03d}",
                    raised,
                    text,
                    why,
                    rng.choice(PEOPLE),
                    rng.choice(PEOPLE),
                    "Architecture; Finance",
                    "All workstream leads",
                    approver,
                    decided,
                    "Approved",
                ]
            ],
        )
        _date_cells(ws, 4 + i, [2, 10])
        values += [
            ValueFact("decisions", i, "id", f"DC-{first + i:03d}"),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", approver),
            ValueFact("decisions", i, "date", decided),
        ]
    path = folder / "decision_log_raci.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": None,  # a decision has one date: the day it was made
        "C": "decision",
        "D": "rationale",
        "E": None,
        "G": None,
        "H": None,
        "I": "made_by",
        "J": "date",
        "K": None,  # a decision's status has no standard column
    }
    return Built(
        path, [TruthTable("Decision Log", 3, "decisions", targets, {"decisions": n})], values
    )


def lessons_and_raid_workbook(folder: Path, rng: random.Random) -> Built:
    """Lessons learned first, then Risks (percent likelihood) and Issues sheets."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Lessons Learned")
    ws["A1"] = "Lessons Learned Log"
    _put(
        ws,
        3,
        1,
        [["Ref", "Lesson", "Category", "Raised By", "Date", "Recommendation", "Owner", "Status"]],
    )
    for i in range(rng.randint(3, 5)):
        _put(
            ws,
            4 + i,
            1,
            [
                [
                    f"LL{i + 1:02d}",
                    f"Lesson {i + 1}: book test environments a stage ahead",
                    rng.choice(["Process", "Supplier", "People"]),
                    rng.choice(PEOPLE),
                    _day(rng),
                    "Add to the next project's start-up checklist",
                    rng.choice(PEOPLE),
                    rng.choice(["Open", "Closed"]),
                ]
            ],
        )
        _date_cells(ws, 4 + i, [5])
    values: list[ValueFact] = []
    tables: list[TruthTable] = []

    ws = wb.create_sheet("Risks")
    header: list[object] = ["Ref", "Risk", "Owner", "Raised", "Likelihood %", "Impact (1-5)"]
    header += ["Mitigation", "Status"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 7)
    percent = {5: 1.0, 20: 2.0, 40: 3.0, 60: 4.0, 85: 5.0}  # well inside each band
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        pct = rng.choice(list(percent))
        imp = rng.randint(1, 5)
        mit = f"Weekly review {i + 1} with the vendor"
        status = rng.choice(["Open", "Closed"])
        _put(ws, 2 + i, 1, [[f"R{i + 1}", RISK_TITLES[i], owner, raised, pct / 100, imp]])
        _put(ws, 2 + i, 7, [[mit, status]])
        ws.cell(2 + i, 5).number_format = "0%"
        _date_cells(ws, 2 + i, [4])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", RISK_TITLES[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised),
            ValueFact("risks", i, "probability", percent[pct]),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", mit),
            ValueFact("risks", i, "status", status),
        ]
    cols = _keys("A", ["id", "title", "owner", "raised_date", "probability", "impact"])
    cols.update({"G": "response", "H": "status"})
    tables.append(TruthTable("Risks", 1, "risks", cols, {"risks": n}))

    ws = wb.create_sheet("Issues")
    header = ["Ref", "Issue", "Raised by", "Owner", "Raised", "Target date", "Status"]
    header += ["Resolution notes"]
    _put(ws, 1, 1, [header])
    n = rng.randint(3, 6)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        due = raised + timedelta(days=rng.randint(7, 28))
        status = rng.choice(["Open", "Closed"])
        note = "Fixed by the supplier patch" if status == "Closed" else None
        _put(
            ws,
            2 + i,
            1,
            [[f"I{i + 1}", ISSUE_TITLES[i], rng.choice(PEOPLE), owner, raised, due, status, note]],
        )
        _date_cells(ws, 2 + i, [5, 6])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", ISSUE_TITLES[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", status),
        ]
        if note:
            values.append(ValueFact("issues", i, "resolution", note))
    tables.append(
        TruthTable(
            "Issues",
            1,
            "issues",
            _keys(
                "A",
                [
                    "id",
                    "title",
                    None,  # who raised it has no standard column
                    "owner",
                    "raised_date",
                    "due_date",
                    "status",
                    "resolution",
                ],
            ),
            {"issues": n},
        )
    )
    path = folder / "lessons_and_raid_workbook.xlsx"
    wb.save(path)
    return Built(path, tables, values)


def milestone_tracker_rebaselined(folder: Path, rng: random.Random) -> Built:
    """Milestone tracker with an original and a current baseline, RAG words beside Status."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone Tracker")
    ws["A1"] = "Milestone Tracker - re-baselined at the stage 2 gate (change request CR-12)"
    header: list[object] = ["#", "Milestone", "Owner", "Original Baseline", "Current Baseline"]
    header += ["Forecast", "Actual", "RAG", "Status", "Re-baselined?", "Reason"]
    _put(ws, 2, 1, [header])
    n = rng.randint(5, 8)
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    day = date(2026, 1, 20)
    names = [f"Release {i + 1} live" for i in range(n)]
    for i in range(n):
        day += timedelta(days=rng.randint(14, 35))
        moved = i >= 2 and rng.random() < 0.6
        original = day
        current = day + timedelta(days=28) if moved else day
        fcst = current + timedelta(days=rng.choice([0, 0, 7]))
        actual = fcst if i < done else None
        status = "Complete" if actual else rng.choice(["Not Started", "In Progress"])
        owner = rng.choice(PEOPLE)
        _put(
            ws,
            3 + i,
            1,
            [
                [
                    i + 1,
                    names[i],
                    owner,
                    original,
                    current,
                    fcst,
                    actual,
                    "Green" if fcst == current else "Amber",
                    status,
                    "Yes" if moved else "No",
                    "Scope added by CR-12" if moved else None,
                ]
            ],
        )
        _date_cells(ws, 3 + i, [4, 5, 6, 7], "dd-mmm-yyyy")
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "forecast_date", fcst),
            ValueFact("milestones", i, "status", status),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = folder / "milestone_tracker_rebaselined.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": "milestone",
        "C": "owner",
        "F": "forecast_date",
        "G": "actual_date",
        "I": "status",
    }
    return Built(
        path,
        [TruthTable("Milestone Tracker", 2, "milestones", targets, {"milestones": n})],
        values,
    )


def benefits_and_assumptions(folder: Path, rng: random.Random) -> Built:
    """A benefits register sheet before an assumptions log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Benefits Register")
    header: list[object] = ["Benefit ID", "Benefit", "Benefit Owner", "Measure", "Baseline"]
    header += ["Target", "Realisation Date", "Status"]
    _put(ws, 1, 1, [header])
    for i in range(rng.randint(3, 5)):
        _put(
            ws,
            2 + i,
            1,
            [
                [
                    f"B{i + 1:02d}",
                    f"Cut call handling time by {5 * (i + 1)}%",
                    rng.choice(PEOPLE),
                    "Average handling time (s)",
                    420,
                    420 - 20 * (i + 1),
                    _day(rng, date(2026, 9, 1)),
                    rng.choice(["Planned", "Tracking", "Realised"]),
                ]
            ],
        )
        _date_cells(ws, 2 + i, [7])
    ws = wb.create_sheet("Assumptions Log")
    header = ["Ref", "Assumption", "Owner", "Date Logged", "Validation Date"]
    header += ["Confidence (H/M/L)", "If untrue...", "Outcome"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 5)
    texts = [*ASSUMPTION_TITLES, "Network upgrade lands before cut-over", "Rates stay fixed"]
    logged = _late_day([_day(rng) for _ in range(n)])
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        check = logged[i] + timedelta(days=rng.randint(10, 40))
        conf = rng.choice(["H", "M", "L"])
        effect = f"Re-plan stage {i % 3 + 1}; about {rng.randint(2, 8)} weeks' delay"
        _put(
            ws,
            2 + i,
            1,
            [[f"AS-{i + 1:02d}", texts[i], owner, logged[i], check, conf, effect, None]],
        )
        _date_cells(ws, 2 + i, [4, 5])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", texts[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "confidence", LETTER3[conf]),
            ValueFact("assumptions", i, "impact_if_false", effect),
        ]
    path = folder / "benefits_and_assumptions.xlsx"
    wb.save(path)
    targets = _keys(
        "A",
        [
            "id",
            "assumption",
            "owner",
            "raised_date",
            "validate_by",
            "confidence",
            "impact_if_false",
            "outcome",
        ],
    )
    return Built(
        path,
        [TruthTable("Assumptions Log", 1, "assumptions", targets, {"assumptions": n})],
        values,
    )


def listobject_issue_log_totals(folder: Path, rng: random.Random) -> Built:
    """An issue log kept as an Excel table (ListObject) with a totals row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Issue Log - Finance Systems Consolidation"
    header: list[object] = ["Issue ID", "Issue", "Description", "Type", "Raised By", "Owner"]
    header += ["Date Raised", "Severity", "Priority", "Status", "Closed On"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 9)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        status = rng.choice(["Open", "In Progress", "Closed"])
        closed = raised + timedelta(days=rng.randint(2, 20)) if status == "Closed" else None
        kind = rng.choice(["Problem", "Concern", "Request for Change"])
        sev = rng.randint(1, 5)
        prio = rng.choice(["High", "Medium", "Low"])
        desc = f"Found in test cycle {i % 4 + 1}; workaround in place"
        _put(
            ws,
            4 + i,
            1,
            [
                [
                    f"ISS-{i + 1:03d}",
                    ISSUE_TITLES[i % len(ISSUE_TITLES)],
                    desc,
                    kind,
                    rng.choice(PEOPLE),
                    owner,
                    raised,
                    sev,
                    prio,
                    status,
                    closed,
                ]
            ],
        )
        _date_cells(ws, 4 + i, [7, 11])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", ISSUE_TITLES[i % len(ISSUE_TITLES)]),
            ValueFact("issues", i, "description", desc),
            ValueFact("issues", i, "type", kind),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", status),
        ]
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    last = 4 + n
    ws.cell(last, 1, "Total")
    ws.cell(last, 2, "=SUBTOTAL(103,IssueLog[Issue])")
    table = Table(displayName="IssueLog", ref=f"A3:K{last}", totalsRowCount=1)
    table._initialise_columns()
    table.tableColumns[0].totalsRowLabel = "Total"
    table.tableColumns[1].totalsRowFunction = "count"
    ws.add_table(table)
    path = folder / "listobject_issue_log_totals.xlsx"
    wb.save(path)
    targets = _keys(
        "A",
        [
            "id",
            "title",
            "description",
            "type",
            None,  # who raised it has no standard column
            "owner",
            "raised_date",
            "severity",
            "priority",
            "status",
            "closed_date",
        ],
    )
    return Built(path, [TruthTable("Issues", 3, "issues", targets, {"issues": n})], values)


def frozen_title_grid_risks(folder: Path, rng: random.Random) -> Built:
    """A risk log under a grid of label/value cells, panes frozen under the header."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Log")
    pm, sponsor = rng.sample(PEOPLE, 2)
    report = date(2026, 5, 18) + timedelta(days=rng.randrange(10))
    ws["A1"] = "RISK LOG"
    _put(ws, 2, 1, [["Project:", "Harbour Bridge Lighting", None, "Project ID:", "PRJ-0456"]])
    _put(ws, 2, 7, [["Report date:", report]])
    _put(ws, 3, 1, [["Project Manager:", pm, None, "Sponsor:", sponsor, None, "Stage:"]])
    ws["H3"] = "Delivery"
    ws["H2"].number_format = "dd/mm/yyyy"
    header: list[object] = ["ID", "Date Raised", "Raised By", "Risk Description", "Category"]
    header += ["Likelihood", "Impact", "Rating", "Owner", "Mitigating Actions", "Action Due"]
    header += ["Status", "Last Reviewed"]
    _put(ws, 5, 1, [header])
    ws.freeze_panes = "B6"
    n = rng.randint(5, 9)
    values: list[ValueFact] = []
    cats = ["Technical", "Commercial", "Schedule", "Security", "Third Party"]
    for i in range(n):
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        score = p * imp
        rating = ["Low", "Medium", "High", "Critical"][(score >= 5) + (score >= 10) + (score >= 20)]
        due = raised + timedelta(days=rng.randint(14, 60))
        reviewed = raised + timedelta(days=rng.randint(1, 13))
        action = f"Action {i + 1}: confirm fallback with the contractor"
        cat = rng.choice(cats)
        status = rng.choice(["Open", "Closed"])
        _put(
            ws,
            6 + i,
            1,
            [
                [
                    f"RL{i + 1:03d}",
                    raised,
                    rng.choice(PEOPLE),
                    RISK_TITLES[i % len(RISK_TITLES)],
                    cat,
                    p,
                    imp,
                    rating,
                    owner,
                    action,
                    due,
                    status,
                    reviewed,
                ]
            ],
        )
        _date_cells(ws, 6 + i, [2, 11, 13])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", raised),
            ValueFact("risks", i, "category", cat),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "last_updated", reviewed),
        ]
    values += [
        ValueFact("project", 0, "project_name", "Harbour Bridge Lighting"),
        ValueFact("project", 0, "project_id", "PRJ-0456"),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "stage", "Delivery"),
    ]
    path = folder / "frozen_title_grid_risks.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": "raised_date",
        "C": None,  # who raised it has no standard column
        "D": ("title", "description"),  # the only text: either reading is fair
        "E": "category",
        "F": "probability",
        "G": "impact",
        "I": "owner",
        "J": "response",
        "K": "due_date",
        "L": "status",
        "M": "last_updated",
    }
    return Built(path, [TruthTable("Risk Log", 5, "risks", targets, {"risks": n})], values)


def finance_month_measure_pairs(folder: Path, rng: random.Random) -> Built:
    """One header row pairing month and measure (`Jan-26 Budget`, `Jan-26 Actual`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Plan")
    ws["A1"] = "Cost plan 2026 - all amounts in EUR"
    ws["A2"] = "Actuals to the end of March"
    months = [date(2026, m + 1, 1) for m in range(6)]
    header: list[object] = ["Cost Line", "CapEx / OpEx", "Currency"]
    for m in months:
        header += [f"{MONTHS[m.month - 1]}-26 Budget", f"{MONTHS[m.month - 1]}-26 Actual"]
    _put(ws, 4, 1, [header])
    lines = rng.sample(COST_LINES, rng.randint(3, 4))
    kinds = {line: rng.choice(["CapEx", "OpEx"]) for line in lines}
    data: dict[tuple[str, str, int], float] = {}
    totals: list[float | None] = [0.0 if k % 2 == 0 or k < 6 else None for k in range(12)]
    for r, line in enumerate(lines):
        cells: list[object] = [line, kinds[line], "EUR"]
        for m in range(6):
            budget = float(rng.randrange(10, 200) * 100)
            actual = float(rng.randrange(10, 200) * 100) if m < 3 else None
            data[("budget", line, m)] = budget
            if actual is not None:
                data[("actual", line, m)] = actual
            cells += [budget, actual]
            for k, amount in ((2 * m, budget), (2 * m + 1, actual)):
                total = totals[k]
                if total is not None and amount is not None:
                    totals[k] = total + amount
        _put(ws, 5 + r, 1, [cells])
    _put(ws, 5 + len(lines), 1, [["Total", None, None, *totals]])
    path = folder / "finance_month_measure_pairs.xlsx"
    wb.save(path)
    values = _finance_facts(months, lines, data)
    values += [ValueFact("finance", (months[0], line), "capex_opex", kinds[line]) for line in lines]
    values.append(ValueFact("project", 0, "currency", "EUR"))
    targets: Targets = {"A": "cost_line", "B": "capex_opex"}
    return Built(
        path,
        [TruthTable("Cost Plan", 4, "finance", targets, {"finance": len(lines) * 6})],
        values,
    )


HELD_OUT_5: tuple[Layout, ...] = (
    Layout(
        "msproject_outline_milestones",
        "MS Project milestones filter, outline levels, `Thu 12/03/26` text",
        msproject_outline_milestones,
    ),
    Layout(
        "smartsheet_milestone_checkboxes",
        "Smartsheet milestones, hierarchy and checkbox columns",
        smartsheet_milestone_checkboxes,
    ),
    Layout(
        "programme_raid_cover_sheets",
        "programme RAID workbook, cover sheet and a sheet per register",
        programme_raid_cover_sheets,
    ),
    Layout(
        "prince2_risk_cause_event_effect",
        "PRINCE2 risk register, cause / event / effect, proximity",
        prince2_risk_cause_event_effect,
    ),
    Layout("decision_log_raci", "decision log with RACI columns", decision_log_raci),
    Layout(
        "lessons_and_raid_workbook",
        "lessons learned sheet, then risks (percent) and issues",
        lessons_and_raid_workbook,
    ),
    Layout(
        "milestone_tracker_rebaselined",
        "milestone tracker, baselines re-set, RAG words",
        milestone_tracker_rebaselined,
    ),
    Layout(
        "benefits_and_assumptions",
        "benefits register sheet, then an assumptions log",
        benefits_and_assumptions,
    ),
    Layout(
        "listobject_issue_log_totals",
        "issue log as an Excel table with a totals row",
        listobject_issue_log_totals,
    ),
    Layout(
        "frozen_title_grid_risks",
        "risk log under a label/value grid, frozen panes",
        frozen_title_grid_risks,
    ),
    Layout(
        "finance_month_measure_pairs",
        "finance, `Jan-26 Budget` / `Jan-26 Actual` pairs across, currency per line",
        finance_month_measure_pairs,
    ),
    Layout(
        "sap_cost_element_periods",
        "SAP cost report, `001.2026` periods down, `*` subtotals",
        sap_cost_element_periods,
    ),
    Layout(
        "oracle_project_costs",
        "Oracle Projects cost summary, `JAN-26` periods down",
        oracle_project_costs,
    ),
)
