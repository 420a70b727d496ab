"""Round 2's tuning batch (``TUNING_4``): written after the fresh held-out batch was
scored, from other tools, for general patterns the issue names (people written with their
e-mail, ranked level words, residual scores after mitigation, weekly cost columns, text
dates). Tuned on freely; the held-out batch is ``adopt_layouts_fresh.FRESH_HELD_OUT``."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    COST_LINES,
    ISSUE_TITLES,
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


def _email(name: str) -> str:
    return name.lower().replace(". ", ".").replace(" ", ".") + "@example.org"


def planview_risks(folder: Path, rng: random.Random) -> Built:
    """A portfolio tool's risk export: owners as `Name (email)` or `email` only,
    `Consequence` as ranks `1 - Severe` .. `5 - Insignificant` (1 is the worst),
    `Likelihood` as `5 - Almost certain` .. `1 - Rare`, `After mitigation` group over
    Likelihood | Consequence, `Created` as ISO text with a time."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    cons = ["1 - Severe", "2 - Major", "3 - Moderate", "4 - Minor", "5 - Insignificant"]
    cons_level = {c: float(5 - i) for i, c in enumerate(cons)}
    like = ["5 - Almost certain", "4 - Likely", "3 - Possible", "2 - Unlikely", "1 - Rare"]
    like_level = {c: float(5 - i) for i, c in enumerate(like)}
    groups: list[object] = [None, None, None, None, None, "After mitigation", None, None]
    subs: list[object] = ["Risk ID", "Risk Name", "Risk Owner", "Likelihood", "Consequence"]
    subs += ["Likelihood", "Consequence", "Created"]
    _put(ws, 1, 1, [groups, subs])
    ws.merge_cells("F1:G1")
    values: list[ValueFact] = []
    n = rng.randint(5, 7)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        written = f"{owner} ({_email(owner)})" if i % 2 else _email(owner)
        lk, cs = rng.choice(like), rng.choice(cons)
        rlk, rcs = rng.choice(like[2:]), rng.choice(cons[2:])
        created = _day(rng)
        _put(
            ws,
            3 + i,
            1,
            [[f"RSK-{100 + i}", RISK_TITLES[i], written, lk, cs, rlk, rcs, f"{created}T08:30:00Z"]],
        )
        values += [
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", like_level[lk]),
            ValueFact("risks", i, "impact", cons_level[cs]),
            ValueFact("risks", i, "residual_probability", like_level[rlk]),
            ValueFact("risks", i, "residual_impact", cons_level[rcs]),
            ValueFact("risks", i, "raised_date", created),
        ]
    path = folder / "planview_risks.xlsx"
    wb.save(path)
    targets: list[str | None] = [
        "id",
        "title",
        "owner",
        "probability",
        "impact",
        "residual_probability",
        "residual_impact",
        "raised_date",
    ]
    return Built(path, [TruthTable("Risks", 2, "risks", _cols("A", targets), {"risks": n})], values)


def weekly_costs_week_ending(folder: Path, rng: random.Random) -> Built:
    """Timesheet costs by week: `WE 09/01/2026` (week ending) labels across, two cost
    lines down, under a title `Contractor spend`; each month's weeks add up."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Contractor spend"
    ws["A1"] = "Contractor spend (actuals) by week"
    weeks = [date(2026, 3, 6) + timedelta(days=7 * w) for w in range(7)]
    _put(ws, 3, 1, [["Resource", *[f"WE {w:%d/%m/%Y}" for w in weeks]]])
    lines = rng.sample(COST_LINES, 2)
    months = [date(2026, 3, 1), date(2026, 4, 1)]
    data: dict[tuple[str, str, int], float] = {}
    for r, line in enumerate(lines):
        row: list[object] = [line]
        for w in weeks:
            amount = float(rng.randrange(1, 30) * 50)
            row.append(amount)
            key = ("actual", line, w.month - 3)
            data[key] = data.get(key, 0.0) + amount
        _put(ws, 4 + r, 1, [row])
    path = folder / "weekly_costs_week_ending.xlsx"
    wb.save(path)
    return Built(
        path,
        [TruthTable("Contractor spend", 3, "finance", {"A": "cost_line"}, {"finance": 2 * 2})],
        _finance_facts(months, lines, data),
    )


def airtable_decisions(folder: Path, rng: random.Random) -> Built:
    """An Airtable decision base: `Decision`, `Decision Maker` as `Name <email>`,
    `Decided On` as text `14 Mar 2026`, `Why`, `Record ID`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Decisions"
    header = ["Record ID", "Decision", "Decision Maker", "Decided On", "Why"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(3, 5)
    for i in range(n):
        who = rng.choice(PEOPLE)
        when = _day(rng)
        text = f"Move the cut-over to weekend {i + 1}"
        rows.append(
            [
                f"rec{rng.randrange(10**6):06d}",
                text,
                f"{who} <{_email(who)}>",
                f"{when:%d %b %Y}",
                "Lower risk",
            ]
        )
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "airtable_decisions.xlsx"
    wb.save(path)
    targets: list[str | None] = ["id", "decision", "made_by", "date", "rationale"]
    return Built(
        path,
        [TruthTable("Decisions", 1, "decisions", _cols("A", targets), {"decisions": n})],
        values,
    )


def budget_months_down_dollars(folder: Path, rng: random.Random) -> Built:
    """Budget vs actual with months down (`Jan 2026` text) and measures across in dollars
    (`$1,250.00` text), a `Qtr` column (`Q3 FY26`), variance columns in $ and %."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Budget vs Actual"
    ws["A1"] = "Budget vs Actual - FY2026"
    header = ["Period", "Qtr", "Cost Centre", "Budget ($)", "Actual ($)", "Var ($)", "Var %"]
    rows: list[list[object]] = [header]
    nm = 3
    months = [date(2026, 1 + m, 1) for m in range(nm)]
    lines = rng.sample(COST_LINES, 2)
    data: dict[tuple[str, str, int], float] = {}
    for m, month in enumerate(months):
        for line in lines:
            b = float(rng.randrange(2, 30) * 250)
            a = float(rng.randrange(1, 30) * 250)
            data[("budget", line, m)] = b
            data[("actual", line, m)] = a
            rows.append(
                [f"{month:%b %Y}", "Q3 FY26", line, f"${b:,.2f}", a, b - a, f"{(b - a) / b:.1%}"]
            )
    _put(ws, 3, 1, rows)
    path = folder / "budget_months_down_dollars.xlsx"
    wb.save(path)
    targets: list[str | None] = ["month", None, "cost_line", "budget", "actual", None, None]
    return Built(
        path,
        [TruthTable("Budget vs Actual", 3, "finance", _cols("A", targets), {"finance": 2 * nm})],
        _finance_facts(months, lines, data),
    )


def status_pack_risks_issues(folder: Path, rng: random.Random) -> Built:
    """A weekly status pack's `Risks & Issues` sheet: `As at: 31/03/2026   PM: ...` in
    one title cell, a `Type` column Risk / Issue, `Raised` as `3rd March 2026`, `Due` as
    `31-Mar-26`, `Update` text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks & Issues"
    pm = rng.choice(PEOPLE)
    ws["A1"] = "Weekly status - Apollo"
    ws["A2"] = f"As at: 31/03/2026    PM: {pm}"
    header = ["Type", "Ref", "Description", "Owner", "Raised", "Due", "Update"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    kinds = ["Risk", "Issue", "Risk", "Issue", "Risk"]
    rng.shuffle(kinds)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
    for n, kind in enumerate(kinds):
        reg = "risks" if kind == "Risk" else "issues"
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        title = (RISK_TITLES if reg == "risks" else ISSUE_TITLES)[idx + 3]
        owner = rng.choice(PEOPLE)
        raised = _day(rng)
        due = raised + timedelta(days=rng.randint(5, 40))
        rows.append(
            [
                kind,
                n + 1,
                title,
                owner,
                f"{raised.day}{suffix.get(raised.day, 'th')} {raised:%B %Y}",
                f"{due:%d-%b-%y}",
                "discussed at the board",
            ]
        )
        values += [
            ValueFact(reg, idx, "title", title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "raised_date", raised),
            ValueFact(reg, idx, "due_date", due),
        ]
    _put(ws, 4, 1, rows)
    path = folder / "status_pack_risks_issues.xlsx"
    wb.save(path)
    targets: list[str | None] = [
        "register",
        "id",
        "title",
        "owner",
        "raised_date",
        "due_date",
        None,
    ]
    values += [
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "project_manager", pm),
    ]
    return Built(
        path, [TruthTable("Risks & Issues", 4, "raid", _cols("A", targets), counts)], values
    )


def decision_register_topic(folder: Path, rng: random.Random) -> Built:
    """Round 3: a decision register whose decision text is headed `Topic` (no header word
    says "decision"), `Agreed by`, `Agreed on`, `Reason`, `Meeting`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Decision Register"
    header = ["No", "Topic", "Agreed by", "Agreed on", "Reason", "Meeting"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(3, 5)
    for i in range(n):
        who = rng.choice(PEOPLE)
        when = _day(rng)
        text = f"Freeze scope for release {i + 1} at the design review"
        rows.append([i + 1, text, who, when, "Protects the go-live date", "Steering group"])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "decision_register_topic.xlsx"
    wb.save(path)
    targets: list[str | None] = ["id", "decision", "made_by", "date", "rationale", None]
    return Built(
        path,
        [TruthTable("Decision Register", 1, "decisions", _cols("A", targets), {"decisions": n})],
        values,
    )


def issue_log_headline(folder: Path, rng: random.Random) -> Built:
    """Round 3: an issue log whose text column is headed `Headline`, beside `Root cause`
    (no standard column) and `Raised by`."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Issue Log"
    header = ["Ref", "Raised by", "Root cause", "Headline", "Severity", "Assigned", "Status"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 6)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        sev = rng.randint(1, 5)
        rows.append(
            [
                f"I{i + 1}",
                rng.choice(PEOPLE),
                "late design change",
                ISSUE_TITLES[i],
                sev,
                owner,
                "Open",
            ]
        )
        values += [
            ValueFact("issues", i, "title", ISSUE_TITLES[i]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "owner", owner),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "issue_log_headline.xlsx"
    wb.save(path)
    targets: list[str | tuple[str | None, ...] | None] = [
        "id",
        None,
        (None, "description"),
        "title",
        "severity",
        "owner",
        "status",
    ]
    return Built(
        path,
        [TruthTable("Issue Log", 1, "issues", _cols("A", targets), {"issues": n})],  # type: ignore[arg-type]
        values,
    )


#: Round 3's tuning layouts: written after the fresh held-out batch's misses were read
#: (docs/adopt.md), for the pattern they showed (a register's text column under a header
#: no synonym names).
TUNING_5: tuple[Layout, ...] = (
    Layout("decision_register_topic", "decision register, Topic", decision_register_topic),
    Layout("issue_log_headline", "issue log, Headline", issue_log_headline),
)


TUNING_4: tuple[Layout, ...] = (
    Layout("planview_risks", "portfolio tool export, e-mails, ranked words", planview_risks),
    Layout("weekly_costs_week_ending", "finance, week-ending columns", weekly_costs_week_ending),
    Layout("airtable_decisions", "Airtable decision base", airtable_decisions),
    Layout(
        "budget_months_down_dollars", "finance, months down, $ text", budget_months_down_dollars
    ),
    Layout(
        "status_pack_risks_issues", "status pack Risks & Issues sheet", status_pack_risks_issues
    ),
)
