"""Round 27's well-worn workbooks (``WORN_TUNED``, ``WORN_KEPT``): twelve seeded registers
and trackers of a long programme, kept for two or three years by several PMs in turn,
written in round 27 by the engineer who tunes on half of them (docs/adopt.md, "Round 27:
well-worn workbooks"). Not a copy of any batch: every layout stresses what years of use
leave in a workbook, as a PMO analyst finds it:

- columns added over time: dated status-update columns (``Update 12/03``, ``Status @ 19
  Mar``, ``Wk 14 update``), ``Owner (new)`` / ``Revised owner`` beside ``Owner``,
  ``Comments`` full of dated log lines;
- closed items moved below a heading row of the same table (``CLOSED ITEMS``, ``Closed /
  Archived``) or to a sheet of their own (``Closed Risks``, ``Archive``);
- rows struck out or marked ``DELETED``, ``dup``, ``n/a``, ``Superseded``;
- a summary count box and a RAG key beside the table;
- one register on two sheets in an old and a new header style, ids renumbered;
- totals rows mid-table, month labels in several styles, forward quarter columns after a
  year of months, leavers marked ``(left)``, re-baselined milestone dates, hidden helper
  columns, filters and frozen panes.

Truth (the readings this batch decides, each as a PMO analyst states it):

- a dated update column is commentary: no standard field holds a running note (a risk's
  ``response`` is its mitigation plan, written in its own column), so every update column
  is left out and listed, the latest included; ``Comments`` likewise;
- a revised owner column (``Owner (new)``, ``Revised owner``) is the owner where it is
  filled; the first ``Owner`` where it is not (the owner fact checks the current owner);
- an item below a ``CLOSED ITEMS`` heading, or on a ``Closed ...`` / ``Archive`` sheet of
  the same register, is an item of the register whose status is Closed (a decision's sheet
  says nothing of status: a decision has none);
- a row whose id or status says ``DELETED``, or whose cells are all struck through, is no
  item (not counted; the report lists it); a ``dup`` or ``Superseded`` status is an item
  closed (earlier batches' precedent: a duplicate or superseded risk is Closed); ``n/a``
  in a status says the status does not apply (the status is empty, the item is one); a
  real item whose TITLE says it deleted something is an item;
- a re-baselined milestone's baseline is its latest approved baseline (``Baseline 2``): the
  re-baseline replaced the baseline of record; ``Baseline 1`` is history and left out;
- a quarter column AFTER a year of months (``FY27 Q1`` following ``Mar-26``) is a forward
  quarter, read as the quarter reading says (a third in each month); a quarter column
  among its months (``Q1 total`` after ``Mar``) is their subtotal and left out;
- a leaver's name ``Dan Wu (left)`` is the person ``Dan Wu``.
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
from openpyxl.styles import Font

LONG = ["January", "February", "March", "April", "May", "June", "July", "August"]
LONG += ["September", "October", "November", "December"]
PEOPLE = ["Aisha Khan", "Tom Reilly", "Priya Nair", "Greg Holt", "Mei Lin", "Olu Adeyemi"]
PEOPLE += ["Sara Lund", "Dan Wu"]


def _stamp(d: date) -> str:
    """``12/03`` (day / month, the PM's habit)."""
    return f"{d.day:02d}/{d.month:02d}"


RISKS = [
    "Supplier insolvency delays the signalling upgrade",
    "Key architect leaves before design authority",
    "Planning consent conditions add scope",
    "Data migration exceeds the cut-over window",
    "Union consultation delays the new rota",
    "Legacy interfaces undocumented",
    "Funding tranche 3 not released on time",
    "Site access restricted during the festival",
    "Test environment shared with BAU releases",
    "Exchange rate movement on imported kit",
]


def worn_risk_register_updates(folder: Path, rng: random.Random) -> Built:
    """A programme risk register three PMs kept: dated update columns added each month, an
    ``Owner (new)`` column beside ``Owner``, comments of dated log lines, closed items
    moved below a ``CLOSED ITEMS`` heading row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Programme Risk Register (maintained since 2024)"
    header = ["Risk ID", "Risk Description", "Owner", "Owner (new)", "Likelihood", "Impact"]
    header += ["Status", "Mitigation", "Update 12/03", "Status @ 19 Mar", "Wk 14 update"]
    header += ["Comments"]
    _put(ws, 3, 1, [header])
    n_open, n_closed = rng.randint(4, 6), rng.randint(2, 3)
    titles = rng.sample(RISKS, n_open + n_closed)
    values: list[ValueFact] = []
    row = 4
    for i in range(n_open + n_closed):
        if i == n_open:
            ws.cell(row, 1, "CLOSED ITEMS")
            row += 1
        first = rng.choice(PEOPLE)
        new = rng.choice([p for p in PEOPLE if p != first]) if i % 2 == 0 else None
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        closed = i >= n_open
        status = (
            ("Closed" if i % 2 else None) if closed else rng.choice(["Open", "Open", "Monitoring"])
        )
        log = f"{_stamp(date(2026, 2, 3 + i))}: chased owner; {_stamp(date(2026, 3, 9 + i))}: no change"
        cells: list[object] = [f"R-{i + 1:03d}", titles[i], first, new, p, imp, status]
        cells += [
            "Weekly review with supplier",
            "No change",
            "Escalated to board" if i == 0 else "As before",
        ]
        cells += ["Awaiting quote" if i % 3 == 0 else None, log]
        _put(ws, row, 1, [cells])
        row += 1
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", new or first),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "status", "Closed" if closed else status),
        ]
    path = _save(wb, folder, "worn_risk_register_updates")
    targets: Targets = _cols("A", ["id", "title", ("owner", None), ("owner", None)])
    targets |= _cols("E", ["probability", "impact", "status", "response", None, None, None, None])
    return Built(path, [_one("risks", "Risk Register", 3, targets, n_open + n_closed)], values)


ISSUES = [
    "Badge readers offline at the east gate",
    "Payroll interface rejects new grade codes",
    "Deleted the old VPN profile and remote staff cannot connect",
    "Printer fleet contract lapsed",
    "Meeting room booking double-counts",
    "Laptop build missing the finance add-in",
    "Shared drive quota reached",
    "Door access list out of date",
    "Warehouse scanners lose Wi-Fi",
]


def worn_issue_log_deleted(folder: Path, rng: random.Random) -> Built:
    """An issue log where rows were never removed, only marked: an id ``ISS-004 DELETED``,
    statuses ``dup``, ``Superseded`` and ``DELETED``, a row struck through; and a real issue
    whose title says it deleted a VPN profile."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    header = ["Issue ID", "Issue", "Date Raised", "Owner", "Priority", "Status", "Resolution"]
    _put(ws, 1, 1, [header])
    raised = _days(rng, len(ISSUES), date(2025, 9, 1))
    marks = {1: ("id", "DELETED"), 4: ("status", "dup"), 6: ("status", "Superseded")}
    marks |= {7: ("status", "DELETED"), 8: ("strike", "")}
    dead = {1, 7, 8}  # a duplicate or superseded item is an item, closed
    values: list[ValueFact] = []
    k = 0
    for i, title in enumerate(ISSUES):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "In Progress", "Closed"])
        ident = f"ISS-{i + 1:03d}"
        how = marks.get(i)
        if how and how[0] == "id":
            ident = f"{ident} {how[1]}"
        if how and how[0] == "status":
            status = how[1]
        cells = [
            ident,
            title,
            raised[i],
            owner,
            rng.choice(["High", "Medium", "Low"]),
            status,
            None,
        ]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 3).number_format = "dd/mm/yyyy"
        if how and how[0] == "strike":
            for c in range(1, 8):
                ws.cell(2 + i, c).font = Font(strike=True)
        if i in dead:
            continue
        if how:
            status = "Closed"
        values += [
            ValueFact("issues", k, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", k, "title", title),
            ValueFact("issues", k, "owner", owner),
            ValueFact("issues", k, "raised_date", raised[i]),
            ValueFact("issues", k, "status", status),
        ]
        k += 1
    path = _save(wb, folder, "worn_issue_log_deleted")
    targets: Targets = _cols("A", ["id", "title", "raised_date", "owner", "priority", "status"])
    targets |= {"G": "resolution"}
    return Built(path, [_one("issues", "Issue Log", 1, targets, k)], values)


def worn_risk_summary_legend(folder: Path, rng: random.Random) -> Built:
    """A risk register with what PMs add around it: a summary count box to the right and a
    RAG key below that; filters and frozen panes on the table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    ws["A1"] = "Depot Electrification - Risk Log"
    header = ["Ref", "Risk", "Owner", "Probability", "Impact", "Score", "RAG", "Status"]
    _put(ws, 3, 1, [header])
    n = rng.randint(6, 8)
    titles = rng.sample(RISKS, n)
    values: list[ValueFact] = []
    counts = {"Open": 0, "Closed": 0}
    for i in range(n):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        score = p * imp
        rag = "Red" if score >= 15 else "Amber" if score >= 8 else "Green"
        status = rng.choice(["Open", "Open", "Closed"])
        counts[status] += 1
        owner = rng.choice(PEOPLE)
        _put(ws, 4 + i, 1, [[f"DE-{i + 1:02d}", titles[i], owner, p, imp, score, rag, status]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", status),
        ]
    ws.auto_filter.ref = f"A3:H{3 + n}"
    ws.freeze_panes = "A4"
    box = [["Summary", None], ["Open", counts["Open"]], ["Closed", counts["Closed"]]]
    box += [["Total", n]]
    _put(ws, 3, 11, box)
    key = [["RAG key", None], ["Red", "Score 15-25"], ["Amber", "Score 8-14"]]
    key += [["Green", "Score 1-7"]]
    _put(ws, 9, 11, key)
    path = _save(wb, folder, "worn_risk_summary_legend")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "probability", "impact"])
    targets |= _cols("F", [("score", None), ("rating", None), "status"])
    return Built(path, [_one("risks", "Risks", 3, targets, n)], values)


def worn_register_two_sheets(folder: Path, rng: random.Random) -> Built:
    """One risk register on two sheets: the live risks in the new header style with ids
    renumbered ``R2-045``..., the closed ones on ``Closed Risks`` in the old header style
    (``Ref`` R-001..., no status column: the sheet says closed)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["Risk ID", "Risk Title", "Risk Owner", "Probability (1-5)", "Impact (1-5)"]
    header += ["Status", "Date Raised"]
    _put(ws, 1, 1, [header])
    n_new, n_old = rng.randint(4, 6), rng.randint(3, 4)
    titles = rng.sample(RISKS, n_new + n_old)
    raised = _days(rng, n_new, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i in range(n_new):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(["Open", "Monitoring"])
        _put(ws, 2 + i, 1, [[f"R2-{45 + i:03d}", titles[i], owner, p, imp, status, raised[i]]])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    old = wb.create_sheet("Closed Risks")
    _put(old, 1, 1, [["Ref", "Description", "Owner", "L", "I", "Closure note"]])
    for j in range(n_old):
        owner = rng.choice(PEOPLE)
        t = titles[n_new + j]
        _put(
            old,
            2 + j,
            1,
            [[f"R-{j + 1:03d}", t, owner, rng.randint(1, 5), rng.randint(1, 5), "Risk passed"]],
        )
        values += [
            ValueFact("risks", n_new + j, "title", t),
            ValueFact("risks", n_new + j, "owner", owner),
            ValueFact("risks", n_new + j, "status", "Closed"),
        ]
    path = _save(wb, folder, "worn_register_two_sheets")
    new_t: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    new_t |= {"G": "raised_date"}
    old_t: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", None])
    tables = [
        _one("risks", "Risks", 1, new_t, n_new),
        _one("risks", "Closed Risks", 1, old_t, n_old),
    ]
    return Built(path, tables, values)


LINES = ["Civils contractor", "Signalling design", "Project team", "Land and property"]
LINES += ["Utilities diversions", "Contingency draw"]


def _label_styles(months: list[date]) -> list[str]:
    """Month labels as three PMs wrote them: ``Apr-25`` first, then ``December 2025``, then
    yearless ``Jan``."""
    out = []
    third = len(months) // 3
    for i, m in enumerate(months):
        if i < third:
            out.append(f"{m:%b}-{m:%y}")
        elif i < 2 * third:
            out.append(f"{LONG[m.month - 1]} {m.year}")
        else:
            out.append(f"{m:%b}")
    return out


def worn_finance_forward_quarters(folder: Path, rng: random.Random) -> Built:
    """A finance tracker of a financial year (April start) whose month labels changed style
    as PMs changed, then two forward quarters (``FY27 Q1``, ``FY27 Q2``) for the next year;
    a ``Subtotal`` row left mid-table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Finance")
    ws["A1"] = "Route Upgrade - Budget Tracker FY26 (GBP)"
    months = _months(date(2025, 4, 1), 12)
    labels = _label_styles(months)
    _put(ws, 3, 1, [["Cost Line", "Measure", *labels, "FY27 Q1", "FY27 Q2"]])
    lines = rng.sample(LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 4
    for k, line in enumerate(lines):
        budget = [float(rng.randrange(10, 90) * 1000) for _ in months]
        quarters = [float(rng.randrange(30, 240) * 1500) for _ in range(2)]
        _put(ws, row, 1, [[line, "Budget", *budget, *quarters]])
        row += 1
        if k == 1:
            _put(ws, row, 1, [["Subtotal", "Budget", *[None] * 14]])
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
        for q, amount in enumerate(quarters):
            first = date(2026, 4 + 3 * q, 1)
            values.append(ValueFact("finance", (first, line), "budget", round(amount / 3, 2)))
    path = _save(wb, folder, "worn_finance_forward_quarters")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Finance", 3, "finance", targets, {"finance": 18 * len(lines)})
    return Built(path, [table], values)


MILESTONES = ["Outline design approved", "Planning consent", "Contract award", "Site mobilised"]
MILESTONES += ["Structures complete", "Systems integration", "Trial running", "Handover"]


def worn_milestones_rebaselined(folder: Path, rng: random.Random) -> Built:
    """A milestone plan re-baselined once: ``Baseline 1`` (the first), ``Baseline 2`` (the
    approved re-baseline), ``Forecast``, ``Actual``; a hidden helper column of slips."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["Milestone", "Owner", "Baseline 1", "Baseline 2", "Forecast", "Actual", "Slip (d)"]
    header += ["RAG"]
    _put(ws, 2, 1, [header])
    ws["A1"] = "Milestone Plan (re-baselined Oct 2025)"
    n = len(MILESTONES)
    b1 = _days(rng, n, date(2025, 6, 2))
    values: list[ValueFact] = []
    done = rng.randint(2, 3)
    for i, name in enumerate(MILESTONES):
        b2 = b1[i] + timedelta(days=rng.choice([14, 28, 42]))
        fc = b2 + timedelta(days=rng.choice([0, 0, 7]))
        actual = fc if i < done else None
        owner = rng.choice(PEOPLE)
        cells = [name, owner, b1[i], b2, fc, actual, (fc - b2).days, rng.choice(["G", "A"])]
        _put(ws, 3 + i, 1, [cells])
        for c in range(3, 7):
            ws.cell(3 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", b2),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    ws.column_dimensions["G"].hidden = True
    path = _save(wb, folder, "worn_milestones_rebaselined")
    targets: Targets = _cols("A", ["milestone", "owner", None, "baseline_date", "forecast_date"])
    targets |= _cols("F", ["actual_date", (None, "slippage_days"), (None, "status")])
    return Built(path, [_one("milestones", "Milestones", 2, targets, n)], values)


# ---------------------------------------------------------------------------------------
# The half kept untouched while tuning (scored before and after, never read for misses)
# ---------------------------------------------------------------------------------------


def worn_issue_log_weekly(folder: Path, rng: random.Random) -> Built:
    """An issue log with weekly update columns (``Wk 12 update``, ``Wk 14 update``), a
    ``Revised owner`` column, and a ``Closed / Archived`` heading row above closed issues."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["No.", "Issue Title", "Raised By", "Owner", "Revised owner", "Raised On"]
    header += ["Priority", "Status", "Wk 12 update", "Wk 14 update"]
    _put(ws, 1, 1, [header])
    n_open, n_closed = rng.randint(4, 5), rng.randint(2, 3)
    titles = rng.sample(ISSUES[:2] + ISSUES[3:], n_open + n_closed)
    raised = _days(rng, n_open + n_closed, date(2025, 10, 6))
    values: list[ValueFact] = []
    row = 2
    for i in range(n_open + n_closed):
        if i == n_open:
            ws.cell(row, 1, "Closed / Archived")
            row += 1
        owner = rng.choice(PEOPLE)
        revised = rng.choice(PEOPLE) if i % 3 == 1 else None
        closed = i >= n_open
        status = (
            "Resolved"
            if closed and i % 2
            else None
            if closed
            else rng.choice(["Open", "In Progress"])
        )
        cells: list[object] = [i + 1, titles[i], rng.choice(PEOPLE), owner, revised, raised[i]]
        cells += [
            rng.choice(["P1", "P2", "P3"]),
            status,
            "Chased",
            "Fix in test" if i % 2 else None,
        ]
        _put(ws, row, 1, [cells])
        ws.cell(row, 6).number_format = "dd/mm/yyyy"
        row += 1
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", revised or owner),
            ValueFact("issues", i, "raised_date", raised[i]),
        ]
        if not closed or status:
            values.append(ValueFact("issues", i, "status", status or "Closed"))
        else:
            values.append(ValueFact("issues", i, "status", "Closed"))
    path = _save(wb, folder, "worn_issue_log_weekly")
    targets: Targets = _cols("A", [("id", None), "title", None, ("owner", None), ("owner", None)])
    targets |= _cols("F", ["raised_date", "priority", "status", None, None])
    return Built(path, [_one("issues", "Issues", 1, targets, n_open + n_closed)], values)


def worn_risks_struck_hidden(folder: Path, rng: random.Random) -> Built:
    """A risk register with struck-through rows and a ``Superseded`` one, a hidden helper
    column, a filter and frozen panes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID - Risks")
    header = ["ID", "Title", "Owner", "helper", "Likelihood", "Impact", "Status", "Actions"]
    _put(ws, 2, 1, [header])
    ws["A1"] = "Risks"
    n = rng.randint(7, 9)
    titles = rng.sample(RISKS, n)
    struck = {2, 5}
    values: list[ValueFact] = []
    k = 0
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        status = "Superseded" if i == n - 1 else rng.choice(["Open", "Closed"])
        _put(
            ws,
            3 + i,
            1,
            [[f"RK{i + 1}", titles[i], owner, f"{p}|{imp}", p, imp, status, "Monitor"]],
        )
        if i in struck:
            for c in range(1, 9):
                ws.cell(3 + i, c).font = Font(strike=True)
            continue
        values += [
            ValueFact("risks", k, "title", titles[i]),
            ValueFact("risks", k, "owner", owner),
            ValueFact("risks", k, "probability", float(p)),
            ValueFact("risks", k, "status", "Closed" if status == "Superseded" else status),
        ]
        k += 1
    ws.column_dimensions["D"].hidden = True
    ws.auto_filter.ref = f"A2:H{2 + n}"
    ws.freeze_panes = "C3"
    path = _save(wb, folder, "worn_risks_struck_hidden")
    targets: Targets = _cols("A", [("id", None), "title", "owner", None, "probability", "impact"])
    targets |= _cols("G", ["status", "response"])
    return Built(path, [_one("risks", "RAID - Risks", 2, targets, k)], values)


STAFF = [("Aisha Khan", "PM"), ("Tom Reilly", "Engineer"), ("Priya Nair", "Analyst")]
STAFF += [("Greg Holt", "Planner"), ("Dan Wu", "Engineer"), ("Sara Lund", "Tester")]


def worn_resource_plan_leavers(folder: Path, rng: random.Random) -> Built:
    """A resource plan whose leavers were marked ``(left)`` and their later months blanked;
    a ``Total FTE`` row mid-table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Resource Plan 2026"
    months = _months(date(2026, 1, 1), 6)
    _put(ws, 3, 1, [["Name", "Role", *(f"{m:%b}-{m:%y}" for m in months)]])
    staff = rng.sample(STAFF, 5)
    left = {1, 3}
    row, count = 4, 0
    values: list[ValueFact] = []
    k = 0
    for i, (name, role) in enumerate(staff):
        stop = rng.randint(2, 4) if i in left else 6
        cells = [rng.choice([0.5, 1.0]) if m < stop else None for m in range(6)]
        count += sum(1 for c in cells if c)
        written = f"{name} (left)" if i in left else name
        _put(ws, row, 1, [[written, role, *cells]])
        row += 1
        if i == 2:
            _put(ws, row, 1, [["Total FTE", None, *[2.0] * 6]])
            row += 1
        for m in range(6):
            if cells[m]:
                values.append(ValueFact("resources", k, "person", name))
                k += 1
                break
        k += sum(1 for c in cells if c) - 1
    path = _save(wb, folder, "worn_resource_plan_leavers")
    targets: Targets = {"A": "person", "B": "role"}
    table = TruthTable("Resource Plan", 3, "resources", targets, {"resources": count})
    return Built(path, [table], values)


DECISIONS = ["Adopt the two-phase cut-over", "Retain the legacy CAD for a year"]
DECISIONS += ["Single supplier for the handsets", "Move go-live after the festival"]
DECISIONS += ["Fund the data clean-up from contingency", "Close the Leeds test lab"]
DECISIONS += ["Extend the PMO contract", "Use the framework for civils"]


def worn_decision_log_archive(folder: Path, rng: random.Random) -> Built:
    """A decision log whose older decisions were moved to an ``Archive`` sheet of the same
    header."""
    wb = openpyxl.Workbook()
    header = ["Decision Ref", "Decision", "Decided By", "Date", "Rationale"]
    n_live, n_arch = rng.randint(3, 4), rng.randint(3, 4)
    picks = rng.sample(DECISIONS, n_live + n_arch)
    days = _days(rng, n_live + n_arch, date(2024, 6, 3))
    values: list[ValueFact] = []
    ws = _sheet(wb, "Decisions")
    arch = wb.create_sheet("Archive")
    for sheet, first, n in ((ws, 0, n_live), (arch, n_live, n_arch)):
        _put(sheet, 1, 1, [header])
        for j in range(n):
            i = first + j
            who = rng.choice(PEOPLE)
            _put(sheet, 2 + j, 1, [[f"D-{i + 1:03d}", picks[i], who, days[i], "Board paper"]])
            sheet.cell(2 + j, 4).number_format = "dd/mm/yyyy"
            values += [
                ValueFact("decisions", i, "decision", picks[i]),
                ValueFact("decisions", i, "made_by", who),
                ValueFact("decisions", i, "date", days[i]),
            ]
    path = _save(wb, folder, "worn_decision_log_archive")
    targets: Targets = _cols("A", ["id", "decision", "made_by", "date", "rationale"])
    tables = [_one("decisions", "Decisions", 1, targets, n_live)]
    tables.append(_one("decisions", "Archive", 1, targets, n_arch))
    return Built(path, tables, values)


def worn_finance_quarter_totals(folder: Path, rng: random.Random) -> Built:
    """A finance tracker with quarter SUBTOTAL columns among its months (``Q1 total`` after
    March: a near-miss of a forward quarter), month labels in three styles and a ``Total``
    row mid-table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget")
    ws["A1"] = "Budget vs Actual 2026 (EUR)"
    months = _months(date(2026, 1, 1), 6)
    labels = _label_styles(months)
    head = ["Line", "Type", *labels[:3], "Q1 total", *labels[3:], "Q2 total"]
    _put(ws, 3, 1, [head])
    lines = rng.sample(LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for k, line in enumerate(lines):
        budget = [float(rng.randrange(10, 90) * 100) for _ in months]
        actual = [float(round(b * rng.uniform(0.8, 1.2))) for b in budget[:4]]
        _put(
            ws,
            row,
            1,
            [[line, "Budget", *budget[:3], sum(budget[:3]), *budget[3:], sum(budget[3:])]],
        )
        _put(ws, row + 1, 1, [[line, "Actual", *actual[:3], sum(actual[:3]), actual[3]]])
        row += 2
        if k == 0:
            _put(ws, row, 1, [["Total", "Budget", *budget[:3]]])
            row += 1
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", budget[m]))
            if m < 4:
                values.append(ValueFact("finance", (month, line), "actual", actual[m]))
    path = _save(wb, folder, "worn_finance_quarter_totals")
    targets: Targets = {"A": "cost_line", "B": "measure"}
    table = TruthTable("Budget", 3, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


DEPS = ["Network upgrade by group IT", "Timetable data from the operator"]
DEPS += ["Depot lease extension", "Power supply from the DNO", "Ticketing API release"]
DEPS += ["HR policy for shift pattern", "Security vetting of contractors"]


def worn_dependency_log_legend(folder: Path, rng: random.Random) -> Built:
    """A dependency log with a RAG key block beside the table, an ``n/a`` row, and a
    ``Revised owner`` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["Dep ID", "Dependency", "Owner", "Revised owner", "Need By", "Status", "RAG"]
    _put(ws, 2, 1, [header])
    ws["A1"] = "Dependency Log"
    n = len(DEPS)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    k = 0
    for i, title in enumerate(DEPS):
        owner = rng.choice(PEOPLE)
        revised = rng.choice(PEOPLE) if i % 2 else None
        status = "n/a" if i == 3 else rng.choice(["On Track", "At Risk", "Delivered"])
        _put(ws, 3 + i, 1, [[f"DEP-{i + 1:02d}", title, owner, revised, need[i], status, "G"]])
        ws.cell(3 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", k, "title", title),
            ValueFact("dependencies", k, "owner", revised or owner),
            ValueFact("dependencies", k, "need_by", need[i]),
        ]
        k += 1
    _put(ws, 2, 10, [["Key", None], ["G", "On track"], ["A", "At risk"], ["R", "Late"]])
    path = _save(wb, folder, "worn_dependency_log_legend")
    targets: Targets = _cols("A", ["id", "title", ("owner", None), ("owner", None), "need_by"])
    targets |= _cols("F", ["status", (None, "status")])
    return Built(path, [_one("dependencies", "Dependencies", 2, targets, k)], values)


WORN_TUNED = [
    Layout("worn_risk_register_updates", "programme risk register, dated update columns", worn_risk_register_updates),
    Layout("worn_issue_log_deleted", "issue log with DELETED / dup rows", worn_issue_log_deleted),
    Layout("worn_risk_summary_legend", "risk log with summary box and RAG key", worn_risk_summary_legend),
    Layout("worn_register_two_sheets", "risk register on two sheets, ids renumbered", worn_register_two_sheets),
    Layout("worn_finance_forward_quarters", "finance tracker, month styles, forward quarters", worn_finance_forward_quarters),
    Layout("worn_milestones_rebaselined", "milestone plan re-baselined", worn_milestones_rebaselined),
]  # fmt: skip

WORN_KEPT = [
    Layout("worn_issue_log_weekly", "issue log, weekly updates, closed heading", worn_issue_log_weekly),
    Layout("worn_risks_struck_hidden", "risk register, struck rows, hidden helper", worn_risks_struck_hidden),
    Layout("worn_resource_plan_leavers", "resource plan with leavers", worn_resource_plan_leavers),
    Layout("worn_decision_log_archive", "decision log with an Archive sheet", worn_decision_log_archive),
    Layout("worn_finance_quarter_totals", "finance tracker, quarter subtotals", worn_finance_quarter_totals),
    Layout("worn_dependency_log_legend", "dependency log with a key block", worn_dependency_log_legend),
]  # fmt: skip
