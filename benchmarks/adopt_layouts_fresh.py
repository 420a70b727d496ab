"""A fresh held-out batch of seeded legacy layouts (issue 15, round 2).

Written and scored BEFORE round 2 changed any adoption code, in the generator framework of
``benchmarks/adopt_layouts.py`` (same :class:`Layout`, :class:`Built`, :class:`TruthTable`,
:class:`ValueFact`), with layout families and shapes that are not in the first 19: Azure
DevOps and ServiceNow exports, a Notion decision database, a PRINCE2 issue register with
Cause / Event / Effect under a title block with a reporting date, an APM risk log with
pre- and post-mitigation scores, a RAID log with a per-row type letter and text dates in
several orders, a milestone board with a different date order per column, finance with
months down and measures across (currency symbols, a `Q1 FY26` quarter column, a
percentage column) and a weekly cost sheet.

``FRESH_HELD_OUT`` is never tuned on: ``benchmarks/adopt_generalisation.py`` prints only
its totals (unless ``--show-held-out``), and round 2 read only those totals.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
    TruthTable,
    ValueFact,
    _cols,
    _day,
    _finance_facts,
    _put,
)


def ado_work_items(folder: Path, rng: random.Random) -> Built:
    """Azure DevOps query export: `Work Item Type` Risk / Issue in one list, `Assigned To`
    as `Name <email>`, `State` New / Active / Closed, `Created Date` date-times, `Target
    Date`, `Severity` `1 - Critical` .. `4 - Low` on issues, Area and Iteration paths."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Query Results"
    header = [
        "ID",
        "Work Item Type",
        "Title",
        "Assigned To",
        "State",
        "Created Date",
        "Target Date",
        "Severity",
        "Area Path",
        "Iteration Path",
    ]
    sev = {"1 - Critical": 5.0, "2 - High": 4.0, "3 - Medium": 3.0, "4 - Low": 2.0}
    kinds = ["Risk", "Issue", "Issue", "Risk", "Issue", "Risk", "Issue"]
    rng.shuffle(kinds)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for n, kind in enumerate(kinds):
        reg = "risks" if kind == "Risk" else "issues"
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        title = (RISK_TITLES if reg == "risks" else ISSUE_TITLES)[idx]
        owner = rng.choice(PEOPLE)
        created = _day(rng)
        target = created + timedelta(days=rng.randint(7, 40))
        level = rng.choice(list(sev)) if reg == "issues" else None
        rows.append(
            [
                4500 + n,
                kind,
                title,
                f"{owner} <{owner.lower().replace(' ', '.').replace('..', '.')}@contoso.com>",
                rng.choice(["New", "Active", "Closed"]),
                datetime(created.year, created.month, created.day, 9, 30),
                target,
                level,
                "Contoso\\Portal",
                f"Contoso\\Sprint {rng.randint(1, 9)}",
            ]
        )
        values += [
            ValueFact(reg, idx, "title", title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "raised_date", created),
            ValueFact(reg, idx, "due_date", target),
        ]
        if level:
            values.append(ValueFact(reg, idx, "severity", sev[level]))
    _put(ws, 1, 1, rows)
    path = folder / "ado_work_items.xlsx"
    wb.save(path)
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        "register",
        "title",
        "owner",
        "status",
        "raised_date",
        "due_date",
        ("severity", "impact"),
        None,
        None,
    ]
    return Built(
        path, [TruthTable("Query Results", 1, "raid", _cols("A", targets), counts)], values
    )


def servicenow_risks(folder: Path, rng: random.Random) -> Built:
    """ServiceNow export (sheet `Page 1`): `Number` RSK0001001, `Short description`,
    `Probability` High / Moderate / Low, `Impact` `1 - High` .. `3 - Low`, `Opened` as text
    `2026-03-14 09:12:44`, `Due date` as text `14-03-2026`, `Category`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Page 1"
    header = [
        "Number",
        "Short description",
        "Description",
        "State",
        "Probability",
        "Impact",
        "Assigned to",
        "Opened",
        "Due date",
        "Category",
    ]
    prob = {"High": 5.0, "Moderate": 3.0, "Low": 1.0}
    imp = {"1 - High": 5.0, "2 - Medium": 3.0, "3 - Low": 1.0}
    cats = {"Technical": "Technical", "Financial": "Financial", "Schedule": "Schedule"}
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(5, 7)
    for i in range(n):
        p, im = rng.choice(list(prob)), rng.choice(list(imp))
        owner = rng.choice(PEOPLE)
        opened = _day(rng)
        due = opened + timedelta(days=rng.randint(14, 60))
        if i == 0:
            due = date(2026, 5, 21)  # a day above 12 makes the order certain
        cat = rng.choice(list(cats))
        rows.append(
            [
                f"RSK{1001001 + i:07d}",
                RISK_TITLES[i],
                f"{RISK_TITLES[i]}. Raised at the weekly risk review.",
                rng.choice(["Open", "Open", "Closed"]),
                p,
                im,
                owner,
                f"{opened.isoformat()} 09:12:44",
                due.strftime("%d-%m-%Y"),
                cat,
            ]
        )
        values += [
            ValueFact("risks", i, "title", RISK_TITLES[i]),
            ValueFact("risks", i, "probability", prob[p]),
            ValueFact("risks", i, "impact", imp[im]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", opened),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "category", cats[cat]),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "servicenow_risks.xlsx"
    wb.save(path)
    targets: list[str | None] = [
        "id",
        "title",
        "description",
        "status",
        "probability",
        "impact",
        "owner",
        "raised_date",
        "due_date",
        "category",
    ]
    return Built(
        path, [TruthTable("Page 1", 1, "risks", _cols("A", targets), {"risks": n})], values
    )


def prince2_issue_cause_effect(folder: Path, rng: random.Random) -> Built:
    """PRINCE2 issue register under a title block whose one cell holds project, manager
    and reporting date; Cause / Event / Effect columns, `Issue Type` in PRINCE2 words,
    Severity 1-5, `Closure Date` with `N/A` for open issues."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Issue Register"
    pm = rng.choice(PEOPLE)
    ws["A1"] = "ISSUE REGISTER"
    ws["A2"] = f"Project: Estates Move    Project Manager: {pm}    Report Date: 13/03/2026"
    header = [
        "Issue Identifier",
        "Issue Type",
        "Date Raised",
        "Raised By",
        "Cause",
        "Event",
        "Effect",
        "Priority",
        "Severity",
        "Status",
        "Closure Date",
    ]
    types = {"Request for change": "Request for Change", "Off-specification": "Off-Specification"}
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 6)
    for i in range(n):
        raised = _day(rng)
        kind = rng.choice(list(types))
        sev = rng.randint(1, 5)
        closed = raised + timedelta(days=9) if i == 1 else None
        rows.append(
            [
                f"ISS-{i + 1:02d}",
                kind,
                raised,
                rng.choice(PEOPLE),
                "Supplier changed the design late",
                ISSUE_TITLES[i],
                "Two weeks of rework in the build stage",
                rng.choice(["High", "Medium", "Low"]),
                sev,
                "Closed" if closed else "Open",
                closed if closed else "N/A",
            ]
        )
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", ISSUE_TITLES[i]),
            ValueFact("issues", i, "type", types[kind]),
            ValueFact("issues", i, "raised_date", raised),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "closed_date", closed),
        ]
    _put(ws, 4, 1, rows)
    path = folder / "prince2_issue_cause_effect.xlsx"
    wb.save(path)
    targets: list[str | tuple[str | None, ...] | None] = [
        "id",
        "type",
        "raised_date",
        None,
        (None, "description"),
        "title",
        (None, "description"),
        "priority",
        "severity",
        "status",
        "closed_date",
    ]
    values += [
        ValueFact("project", 0, "project_name", "Estates Move"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", date(2026, 3, 13)),
    ]
    return Built(
        path,
        [TruthTable("Issue Register", 4, "issues", _cols("A", targets), {"issues": n})],  # type: ignore[arg-type]
        values,
    )


def apm_pre_post_mitigation(folder: Path, rng: random.Random) -> Built:
    """APM-style risk log: merged `Pre-mitigation` over Probability | Impact | Score and
    `Post-mitigation` over Probability | Impact | Score, `Mitigation` between them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risk Log"
    ws["A1"] = "Risk Log - Regional Data Centre"
    groups: list[object] = [None, None, None, "Pre-mitigation", None, None, None]
    groups += ["Post-mitigation", None, None, None]
    subs: list[object] = ["Ref", "Risk", "Owner", "Probability", "Impact", "Score"]
    subs += ["Mitigation", "Probability", "Impact", "Score", "Review Date"]
    _put(ws, 3, 1, [groups, subs])
    ws.merge_cells("D3:F3")
    ws.merge_cells("H3:J3")
    values: list[ValueFact] = []
    n = rng.randint(4, 6)
    for i in range(n):
        p, im = rng.randint(2, 5), rng.randint(2, 5)
        rp, ri = rng.randint(1, p), rng.randint(1, im)
        owner = rng.choice(PEOPLE)
        _put(
            ws,
            5 + i,
            1,
            [
                [
                    i + 1,
                    RISK_TITLES[i],
                    owner,
                    p,
                    im,
                    p * im,
                    "Weekly call with the supplier",
                    rp,
                    ri,
                    rp * ri,
                    _day(rng, date(2026, 4, 1), 60),
                ]
            ],
        )
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", RISK_TITLES[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(im)),
            ValueFact("risks", i, "residual_probability", float(rp)),
            ValueFact("risks", i, "residual_impact", float(ri)),
        ]
    path = folder / "apm_pre_post_mitigation.xlsx"
    wb.save(path)
    targets: list[str | tuple[str | None, ...] | None] = [
        "id",
        "title",
        "owner",
        "probability",
        "impact",
        None,
        "response",
        "residual_probability",
        "residual_impact",
        None,
        ("due_date", None),
    ]
    return Built(
        path,
        [TruthTable("Risk Log", 4, "risks", _cols("A", targets), {"risks": n})],  # type: ignore[arg-type]
        values,
    )


def raid_letter_text_dates(folder: Path, rng: random.Random) -> Built:
    """A RAID log with a per-row type letter (`R/A/I/D` header), a title block with a
    reporting date, `Date Logged` as `2026.03.14` text, `Due` as `14 March 2026` text,
    `Impact` H/M/L (a risk's Impact, an issue's Severity)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "RAID Log"
    ws["A1"] = "RAID LOG - Warehouse Automation"
    ws["A2"] = "Reporting date: 13 March 2026"
    header = ["No.", "R/A/I/D", "Description", "Owner", "Date Logged", "Due", "Impact"]
    header += ["Status", "Comments"]
    kinds = ["R", "I", "A", "D", "R", "I", "R"]
    rng.shuffle(kinds)
    pools = {"R": RISK_TITLES, "A": ASSUMPTION_TITLES, "I": ISSUE_TITLES, "D": DEP_TITLES}
    reg_of = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
    due_key = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
    title_key = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
    lvl = {"H": 5.0, "M": 3.0, "L": 1.0}
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for n, k in enumerate(kinds):
        reg = reg_of[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        title = pools[k][idx]
        owner = rng.choice(PEOPLE)
        logged = _day(rng)
        due = logged + timedelta(days=rng.randint(10, 50))
        level = rng.choice("HML") if k in "RI" else None
        rows.append(
            [
                n + 1,
                k,
                title,
                owner,
                f"{logged:%Y.%m.%d}",
                f"{due.day} {due:%B %Y}",
                level,
                "Open",
                "reviewed at the weekly RAID meeting",
            ]
        )
        values += [
            ValueFact(reg, idx, title_key[k], title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, due_key[k], due),
        ]
        if k != "D":
            values.append(ValueFact(reg, idx, "raised_date", logged))
        if level and k == "R":
            values.append(ValueFact(reg, idx, "impact", lvl[level]))
        if level and k == "I":
            values.append(ValueFact(reg, idx, "severity", lvl[level]))
    _put(ws, 4, 1, rows)
    path = folder / "raid_letter_text_dates.xlsx"
    wb.save(path)
    targets: list[str | tuple[str | None, ...] | None] = [
        "id",
        "register",
        "title",
        "owner",
        "raised_date",
        ("due_date", "need_by", "validate_by"),
        ("impact", "severity"),
        "status",
        None,
    ]
    values.append(ValueFact("project", 0, "report_date", date(2026, 3, 13)))
    return Built(
        path,
        [TruthTable("RAID Log", 4, "raid", _cols("A", targets), counts)],  # type: ignore[arg-type]
        values,
    )


def milestone_board_text_dates(folder: Path, rng: random.Random) -> Built:
    """A milestone tracker kept by hand: a title cell with programme and sponsor, each date
    column in its own text order (`14/03/2026`, `2026-03-14`, `Mar 14, 2026`), `N/A` for no
    actual date, Monday-style statuses and a `% complete` column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    ws["A1"] = "Programme: Net Zero Estate    Sponsor: K. Adeyemi"
    header = ["Milestone", "Owner", "Baseline", "Forecast", "Actual", "Status", "% complete"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    status = {"Done": "Complete", "Working on it": "In Progress", "Not started": "Not Started"}
    names = ["Design signed off", "Build complete", "Go-live", "Pilot live", "Handover"]
    n = rng.randint(4, 5)
    for i in range(n):
        base = _day(rng, date(2026, 2, 13), 150)
        if i == 0:
            base = date(2026, 2, 17)  # day above 12: day-first is certain
        fc = base + timedelta(days=rng.choice([0, 7, 21]))
        done = i == 0
        word = "Done" if done else rng.choice(["Working on it", "Not started"])
        rows.append(
            [
                names[i],
                rng.choice(PEOPLE),
                f"{base:%d/%m/%Y}",
                fc.isoformat(),
                f"{fc:%b} {fc.day}, {fc.year}" if done else "N/A",
                word,
                "100%" if done else f"{rng.choice([0, 25, 50])}%",
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "baseline_date", base),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "actual_date", fc if done else None),
            ValueFact("milestones", i, "status", status[word]),
        ]
    _put(ws, 3, 1, rows)
    path = folder / "milestone_board_text_dates.xlsx"
    wb.save(path)
    targets: list[str | None] = [
        "milestone",
        "owner",
        "baseline_date",
        "forecast_date",
        "actual_date",
        "status",
        None,
    ]
    values += [
        ValueFact("project", 0, "programme", "Net Zero Estate"),
        ValueFact("project", 0, "sponsor", "K. Adeyemi"),
    ]
    return Built(
        path,
        [TruthTable("Milestones", 3, "milestones", _cols("A", targets), {"milestones": n})],
        values,
    )


def notion_decisions(folder: Path, rng: random.Random) -> Built:
    """Notion database export: `Name` (the decision), `Status` Decided / Proposed,
    `Decision date` as `March 14, 2026`, `Decider`, `Context`, `Tags`, `Created time`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Decision Log"
    header = ["Name", "Status", "Decision date", "Decider", "Context", "Tags", "Created time"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(3, 5)
    for i in range(n):
        when = _day(rng)
        who = rng.choice(PEOPLE)
        text = f"Use vendor {'ABCDE'[i]} for the payroll interface"
        rows.append(
            [
                text,
                "Decided",
                f"{when:%B} {when.day}, {when.year}",
                who,
                "Cheapest option that meets the security review",
                "architecture, payroll",
                f"{when:%B} {when.day}, {when.year} 10:15 AM",
            ]
        )
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "notion_decisions.xlsx"
    wb.save(path)
    targets: list[str | tuple[str | None, ...] | None] = [
        "decision",
        None,
        "date",
        "made_by",
        ("rationale", None),
        None,
        None,
    ]
    return Built(
        path,
        [TruthTable("Decision Log", 1, "decisions", _cols("A", targets), {"decisions": n})],  # type: ignore[arg-type]
        values,
    )


def finance_months_down(folder: Path, rng: random.Random) -> Built:
    """Months down, measures across: `Quarter` (`Q1 FY26`), `Month` as text `Apr-25`,
    `Cost Line`, `Budget (£)` / `Actual (£)` / `Forecast (£)` with `£12,500` text in some
    cells, `Variance` and `% Spent` columns (computed)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Monthly Finance"
    ws["A1"] = "Finance tracker FY2025/26"
    header = ["Quarter", "Month", "Cost Line", "Budget (£)", "Actual (£)", "Forecast (£)"]
    header += ["Variance", "% Spent"]
    rows: list[list[object]] = [header]
    nm = 4
    months = [date(2025, 4 + m, 1) for m in range(nm)]
    lines = rng.sample(COST_LINES, 2)
    data: dict[tuple[str, str, int], float] = {}
    for m, month in enumerate(months):
        for line in lines:
            b = float(rng.randrange(4, 40) * 500)
            a = float(rng.randrange(1, 40) * 500)
            f = float(rng.randrange(4, 40) * 500)
            data[("budget", line, m)] = b
            data[("actual", line, m)] = a
            data[("forecast", line, m)] = f
            rows.append(
                [
                    f"Q{1 + m // 3} FY26",
                    f"{MONTHS[month.month - 1]}-{month.year % 100:02d}",
                    line,
                    f"£{b:,.0f}" if m % 2 else b,
                    a,
                    f"£{f:,.2f}",
                    b - a,
                    f"{100 * a / b:.0f}%",
                ]
            )
    _put(ws, 3, 1, rows)
    path = folder / "finance_months_down.xlsx"
    wb.save(path)
    targets: list[str | None] = [None, "month", "cost_line", "budget", "actual", "forecast"]
    targets += [None, None]
    return Built(
        path,
        [TruthTable("Monthly Finance", 3, "finance", _cols("A", targets), {"finance": 2 * nm})],
        _finance_facts(months, lines, data),
    )


def finance_weeks_across(folder: Path, rng: random.Random) -> Built:
    """A weekly actuals sheet: `w/c 05/01/2026` .. 8 week columns across, cost lines down;
    a person adds each month's weeks (by the week's first day) into that month's Actual."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Weekly Actuals"
    ws["A1"] = "Actual spend by week"
    weeks = [date(2026, 1, 5) + timedelta(days=7 * w) for w in range(8)]
    _put(ws, 3, 1, [["Cost Line", *[f"w/c {w:%d/%m/%Y}" for w in weeks]]])
    lines = rng.sample(COST_LINES, 3)
    months = [date(2026, 1, 1), date(2026, 2, 1)]
    data: dict[tuple[str, str, int], float] = {}
    for r, line in enumerate(lines):
        row: list[object] = [line]
        for w in weeks:
            amount = float(rng.randrange(1, 20) * 100)
            row.append(amount)
            key = ("actual", line, w.month - 1)
            data[key] = data.get(key, 0.0) + amount
        _put(ws, 4 + r, 1, [row])
    path = folder / "finance_weeks_across.xlsx"
    wb.save(path)
    return Built(
        path,
        [TruthTable("Weekly Actuals", 3, "finance", {"A": "cost_line"}, {"finance": 3 * 2})],
        _finance_facts(months, lines, data),
    )


#: Round 2's held-out batch: written and scored before round 2 changed adoption; only its
#: totals were ever read while tuning.
FRESH_HELD_OUT: tuple[Layout, ...] = (
    Layout("ado_work_items", "Azure DevOps query export, Risk/Issue work items", ado_work_items),
    Layout("servicenow_risks", "ServiceNow risk export", servicenow_risks),
    Layout(
        "prince2_issue_cause_effect",
        "PRINCE2 issue register, Cause/Event/Effect, reporting date",
        prince2_issue_cause_effect,
    ),
    Layout("apm_pre_post_mitigation", "APM risk log, pre/post mitigation", apm_pre_post_mitigation),
    Layout("raid_letter_text_dates", "RAID log, type letter, text dates", raid_letter_text_dates),
    Layout(
        "milestone_board_text_dates",
        "milestone tracker, a date order per column",
        milestone_board_text_dates,
    ),
    Layout("notion_decisions", "Notion decision database export", notion_decisions),
    Layout("finance_months_down", "finance, months down, measures across", finance_months_down),
    Layout("finance_weeks_across", "finance, weeks across", finance_weeks_across),
)
