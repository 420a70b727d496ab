"""A round 5 probe batch (``PROBE_5``): six seeded legacy layouts with ground truth in the
three families round 5 works on - registers given by section rows, tables beside other
content, header words no synonym list holds - written after the round 5 mechanisms and
before this batch was run on them. It is **not** a held-out batch (its author wrote the
mechanisms; docs/adopt.md says so): its first score measures how far the mechanisms reach
beyond the shapes of their own tests, and it is a tuning batch after that.

The ground truth says what a person reading the sheet would say, checked for internal
consistency only.
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
    PEOPLE,
    RISK_TITLES,
    Built,
    Layout,
    TruthTable,
    ValueFact,
    _cols,
    _day,
    _put,
)
from openpyxl.styles import Font, PatternFill

LEVEL3 = {"H": 5.0, "M": 3.0, "L": 1.0}


def raid_section_bands(folder: Path, rng: random.Random) -> Built:
    """One RAID sheet split by bold bands merged across the table (``RISKS (3)``, ``ISSUES
    (2)``, ``DEPENDENCIES (2)``), numbers restarting per section: ``No | Item Description
    | Raised | Owner | Impact (H/M/L) | Action / Mitigation | Target Close | Status``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Project RAID"
    ws["A1"] = "Project Hermes - RAID"
    header = ["No", "Item Description", "Raised", "Owner", "Impact (H/M/L)"]
    header += ["Action / Mitigation", "Target Close", "Status"]
    _put(ws, 3, 1, [header])
    row = 4
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    due_key = {"risks": "due_date", "issues": "due_date", "dependencies": "need_by"}
    plan = [
        ("RISKS", "risks", RISK_TITLES, rng.randint(2, 4)),
        ("ISSUES", "issues", ISSUE_TITLES, rng.randint(2, 3)),
        ("DEPENDENCIES", "dependencies", DEP_TITLES, 2),
    ]
    for label, reg, pool, n in plan:
        ws.cell(row, 1, f"{label} ({n})").font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="DDDDDD")
        row += 1
        counts[reg] = n
        for i in range(n):
            raised = _day(rng, date(2025, 11, 3), 60)
            due = raised + timedelta(days=rng.randint(20, 90))
            who = rng.choice(PEOPLE)
            level = rng.choice(list(LEVEL3))
            _put(ws, row, 1, [[i + 1, pool[i], raised, who, level, "Weekly review", due, "Open"]])
            values += [
                ValueFact(reg, i, "title", pool[i]),
                ValueFact(reg, i, "owner", who),
                ValueFact(reg, i, due_key[reg], due),
            ]
            if reg == "risks":
                values += [
                    ValueFact(reg, i, "impact", LEVEL3[level]),
                    ValueFact(reg, i, "raised_date", raised),
                ]
            if reg == "issues":
                values += [
                    ValueFact(reg, i, "severity", LEVEL3[level]),
                    ValueFact(reg, i, "raised_date", raised),
                ]
            row += 1
    path = folder / "raid_section_bands.xlsx"
    wb.save(path)
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        ("title", "description"),
        "raised_date",
        "owner",
        ("impact", "severity"),
        ("response", "resolution"),
        ("due_date", "need_by"),
        "status",
    ]
    return Built(path, [TruthTable("Project RAID", 3, "raid", _cols("A", targets), counts)], values)


def stacked_titled_registers(folder: Path, rng: random.Random) -> Built:
    """Assumptions and decisions one under another on one sheet, each under its own title
    (``Assumptions``, then one blank row, ``Decisions``): ``Ref | Assumption | Owner |
    Validate By | Confidence`` and ``Ref | Decision | Who decided | Decided On | Why``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Log"
    ws["A1"] = "Assumptions"
    _put(ws, 2, 1, [["Ref", "Assumption", "Owner", "Validate By", "Confidence"]])
    values: list[ValueFact] = []
    n_a = rng.randint(2, 3)
    for i in range(n_a):
        who = rng.choice(PEOPLE)
        by = _day(rng)
        _put(ws, 3 + i, 1, [[f"A{i + 1}", ASSUMPTION_TITLES[i], who, by, "High"]])
        values += [
            ValueFact("assumptions", i, "assumption", ASSUMPTION_TITLES[i]),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", by),
        ]
    top = 3 + n_a + 1
    ws.cell(top, 1, "Decisions")
    _put(ws, top + 1, 1, [["Ref", "Decision", "Who decided", "Decided On", "Why"]])
    decided = ["Use the managed service", "Run the pilot in one region", "Buy, not build"]
    n_d = rng.randint(2, 3)
    for i in range(n_d):
        who = rng.choice(PEOPLE[:3])
        when = _day(rng)
        _put(ws, top + 2 + i, 1, [[f"DEC-{i + 1}", decided[i], who, when, "Lower cost to run"]])
        values += [
            ValueFact("decisions", i, "decision", decided[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    path = folder / "stacked_titled_registers.xlsx"
    wb.save(path)
    a_targets: list[str | None] = ["id", "assumption", "owner", "validate_by", "confidence"]
    d_targets: list[str | None] = ["id", "decision", "made_by", "date", "rationale"]
    return Built(
        path,
        [
            TruthTable("Log", 2, "assumptions", _cols("A", a_targets), {"assumptions": n_a}),
            TruthTable("Log", top + 1, "decisions", _cols("A", d_targets), {"decisions": n_d}),
        ],
        values,
    )


def risk_log_scoring_key(folder: Path, rng: random.Random) -> Built:
    """A risk register with a scoring key to its right starting on the header row (``Score
    | Likelihood | Impact`` with a description per level) and RAG thresholds under the
    key: ``Risk No. | Risk | Raised By | Likelihood (1-5) | Impact (1-5) | Owner |
    Treatment | Review Date``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Risks"
    header = ["Risk No.", "Risk", "Raised By", "Likelihood (1-5)", "Impact (1-5)", "Owner"]
    header += ["Treatment", "Review Date"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 6)
    for i in range(n):
        like, imp = rng.randint(1, 5), rng.randint(1, 5)
        who = rng.choice(PEOPLE)
        review = _day(rng)
        rows.append([i + 1, RISK_TITLES[i], rng.choice(PEOPLE), like, imp, who, "Reduce", review])
        values += [
            ValueFact("risks", i, "title", RISK_TITLES[i]),
            ValueFact("risks", i, "probability", float(like)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "due_date", review),
        ]
    _put(ws, 1, 1, rows)
    key = [["Score", "Likelihood", "Impact"], [1, "Rare", "Minimal"], [3, "Possible", "Moderate"]]
    key.append([5, "Almost certain", "Severe"])
    _put(ws, 1, 10, key)
    _put(ws, 6, 10, [["RAG thresholds"], ["Red: 15 or more"], ["Amber: 8 to 14"]])
    path = folder / "risk_log_scoring_key.xlsx"
    wb.save(path)
    targets: list[str | None] = ["id", "title", None, "probability", "impact", "owner"]
    targets += ["response_type", "due_date"]
    return Built(path, [TruthTable("Risks", 1, "risks", _cols("A", targets), {"risks": n})], values)


def milestone_tracker_chart_data(folder: Path, rng: random.Random) -> Built:
    """A milestone tracker in words no list has (``Accountable``, ``Baseline Finish``,
    ``Re-forecast``, ``Date Achieved``), then one blank row and a chart's data block
    (``Quarter | Planned | Achieved`` counts)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Milestones"
    header = ["Milestone / Deliverable", "Accountable", "Baseline Finish", "Re-forecast"]
    header += ["Date Achieved", "Status"]
    names = ["Business case approved", "Supplier selected", "Design complete", "Pilot live"]
    names += ["Rollout complete"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 5)
    for i in range(n):
        base = date(2026, 1, 15) + timedelta(days=45 * i)
        fc = base + timedelta(days=rng.choice([0, 7, 21]))
        done = i == 0
        who = rng.choice(PEOPLE)
        status = "Complete" if done else rng.choice(["On Track", "At Risk"])
        rows.append([names[i], who, base, fc, fc if done else None, status])
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base),
            ValueFact("milestones", i, "forecast_date", fc),
            # the standard milestone list has no "On Track": In Progress (docs/adopt.md)
            ValueFact("milestones", i, "status", "In Progress" if status == "On Track" else status),
        ]
        if done:
            values.append(ValueFact("milestones", i, "actual_date", fc))
    _put(ws, 1, 1, rows)
    chart = [["Quarter", "Planned", "Achieved"], ["Q1", 2, 1], ["Q2", 2, 0], ["Q3", 1, 0]]
    _put(ws, n + 3, 1, chart)
    path = folder / "milestone_tracker_chart_data.xlsx"
    wb.save(path)
    targets: list[str | None] = ["milestone", "owner", "baseline_date", "forecast_date"]
    targets += ["actual_date", "status"]
    return Built(
        path,
        [TruthTable("Milestones", 1, "milestones", _cols("A", targets), {"milestones": n})],
        values,
    )


def dependency_register_parties(folder: Path, rng: random.Random) -> Built:
    """A dependency register naming both sides: ``Dep Ref | Dependency | Supplier Team |
    Supplier Contact | Needed By | Promised Date | Our Owner | RAG``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Dependencies"
    header = ["Dep Ref", "Dependency", "Supplier Team", "Supplier Contact", "Needed By"]
    header += ["Promised Date", "Our Owner", "RAG"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    rag = {"G": "On Track", "A": "At Risk", "R": "Late"}
    n = 4
    for i in range(n):
        need = _day(rng)
        promised = need + timedelta(days=rng.choice([0, 7, 14]))
        theirs, ours = rng.sample(PEOPLE, 2)
        r = rng.choice(list(rag))
        team = rng.choice(["Platform Team", "Data Office", "Network Services"])
        rows.append([f"DEP{i + 1:03d}", DEP_TITLES[i], team, theirs, need, promised, ours, r])
        values += [
            ValueFact("dependencies", i, "title", DEP_TITLES[i]),
            ValueFact("dependencies", i, "counterparty_owner", theirs),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "status", rag[r]),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "dependency_register_parties.xlsx"
    wb.save(path)
    targets: list[str | tuple[str, ...] | None] = [
        "id",
        "title",
        ("counterparty_project_id", None),
        "counterparty_owner",
        "need_by",
        "committed_date",
        "owner",
        "status",
    ]
    return Built(
        path,
        [TruthTable("Dependencies", 1, "dependencies", _cols("A", targets), {"dependencies": n})],  # type: ignore[arg-type]
        values,
    )


def issue_export_camel(folder: Path, rng: random.Random) -> Built:
    """A tool's issue export in camelCase: ``issueKey | summary | assigneeName |
    createdOn | targetDate | resolvedOn | priorityName | statusName``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "issues"
    header = ["issueKey", "summary", "assigneeName", "createdOn", "targetDate", "resolvedOn"]
    header += ["priorityName", "statusName"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 6)
    for i in range(n):
        created = _day(rng)
        target = created + timedelta(days=14)
        resolved = created + timedelta(days=5) if i % 2 == 0 else None
        who = rng.choice(PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        rows.append(
            [
                f"OPS-{100 + i}",
                ISSUE_TITLES[i],
                who,
                created,
                target,
                resolved,
                prio,
                "Closed" if resolved else "Open",
            ]
        )
        values += [
            ValueFact("issues", i, "title", ISSUE_TITLES[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", created),
            ValueFact("issues", i, "due_date", target),
            ValueFact("issues", i, "priority", prio),
        ]
        if resolved:
            values.append(ValueFact("issues", i, "closed_date", resolved))
    _put(ws, 1, 1, rows)
    path = folder / "issue_export_camel.xlsx"
    wb.save(path)
    targets: list[str | None] = ["id", "title", "owner", "raised_date", "due_date"]
    targets += ["closed_date", "priority", "status"]
    return Built(
        path, [TruthTable("issues", 1, "issues", _cols("A", targets), {"issues": n})], values
    )


PROBE_5: tuple[Layout, ...] = (
    Layout("raid_section_bands", "RAID split by merged bands", raid_section_bands),
    Layout("stacked_titled_registers", "two registers under titles", stacked_titled_registers),
    Layout("risk_log_scoring_key", "risk log, scoring key beside", risk_log_scoring_key),
    Layout(
        "milestone_tracker_chart_data",
        "milestone tracker, chart data below",
        milestone_tracker_chart_data,
    ),
    Layout(
        "dependency_register_parties",
        "dependency register, both sides",
        dependency_register_parties,
    ),
    Layout("issue_export_camel", "camelCase issue export", issue_export_camel),
)
