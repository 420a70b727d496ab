"""The fourth held-out batch (``HELD_OUT_4``, issue 15 round 5): fourteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code nor any earlier batch's misses.

Each layout imitates what a real tool or template writes:

- ``jira_server_risks``: Jira Server's "Export Excel (current fields)": two preamble lines
  ("Your Company Jira", "Displaying N issues at ..."), header row 4, `Key` RISK-nn,
  Likelihood / Impact as `3 - Possible` / `4 - Major` (number and scale label agree),
  `Created` / `Updated` / `Due Date` as Jira's `12/Mar/26 9:41 AM` text.
- ``ado_raid_query``: an Azure DevOps query opened in Excel: the `Project: ... Query: ...`
  line above a header in row 2, `Work Item Type` Risk / Issue (a mixed table), `Assigned
  To` as `Name <email>`, `Target Date` / `Created Date` as US `3/14/2026 12:00:00 AM` text.
- ``monday_board_groups``: a Monday.com board export: board name, then one group per
  register (`Risks`, `Issues`), each group with its own copy of the header row, a blank row
  between groups; likelihood / impact as High / Medium / Low, dates as ISO text.
- ``wrike_issue_folder``: a Wrike folder export on a sheet the PMO renamed `Issue tracker`:
  `Title`, `Status`, `Importance`, `Assigned To`, `Author`, US `03/14/2026` dates,
  `Parent Folders`, `Description`.
- ``snake_decision_log``: a decision log extracted from a SQL table: `decision_ref`
  DEC-nn, `decision_text`, `decided_by`, `decision_dt` as SQL Server's
  `2026-03-14 00:00:00.000` text, `rationale_txt`, `linked_items`, `status_cd` APPROVED.
- ``govuk_raid_two_row``: a government RAID log: a title block holding project, SRO and
  project manager in one cell, a two-row header (`Item` over Ref | Type | Title | Owner,
  `Dates` over Raised | Due, `Assessment` over Likelihood | Impact, Status and Next Steps
  merged down both rows), a `Type` column of words, UK `14/03/2026` text dates.
- ``apm_risk_abbrev_two_row``: an APM-style risk register with abbreviated sub-labels
  (`Ref`, `Desc`, `Cat.`, `Prob.`, `Imp.`, `Type`, `Action`, `Own.`, `Tgt`, `Rvw`) under
  group labels (`Risk`, `Assessment (1-5)`, `Response`, `Dates`), dotted `14.03.2026` dates,
  a hidden workstream column, a scale note under the table.
- ``clickup_camel_issues``: a script's ClickUp export with camelCase headers (`taskName`,
  `statusName`, `assigneeName`, `priorityLabel`, `severityScore`, `dateCreated`,
  `dueDate`, `dateClosed`), lower-case status and priority words, ISO `...T09:30:00Z` stamps.
- ``asana_sections_raid``: an Asana CSV export whose `Section/Column` (Risks, Issues,
  Decisions) says the register of each row: `Created At`, `Completed At`, `Last Modified`,
  `Name`, `Assignee`, `Assignee Email`, `Due Date`, `Notes`, `Projects`.
- ``finance_months_down_quarters``: months down as text `April 2026`, one row per month
  and workstream, `Plan (£k)` / `Actual (£k)` / `Forecast (£k)` / `Variance (£k)` across,
  a `Q1 total` subtotal row after each quarter and a `Total` row at the foot.
- ``finance_measure_rows_date_months``: months across as real date cells (Apr 2026 ..
  Sep 2026) with an `FY Total` column, a `Measure` column of Budget / Actual / Forecast rows,
  cost line and CapEx/OpEx merged down each line's three rows, a source note under it.
- ``finance_period_sheets``: Budget and Actuals on separate sheets, fiscal periods `P1` ..
  `P6` across (no leading zero) under a title `Financial year 2026/27 (April to March)`, a
  `Total` column, a blank row under the header.
- ``milestone_plan_text_dates``: a milestone plan under a one-cell title block (Programme,
  Project, PM), `Ref` MS01.., `Milestone / Deliverable`, `Gate?` Y / blank, Baseline /
  Forecast / Actual as `14 Mar 2026` text, a DCA column and a hidden workstream column.
- ``dependency_register_in_out``: an inter-project dependency register: `Dep. Ref`, `In/Out`
  In / Out, `Other Project`, `Other PM`, `Needed By` / `Promised By` as date cells shown
  `14-Mar-26`, one blank row inside the table, a RAG key under it.

The ground truth says what a person reading the sheet would say; where a cell could
reasonably be read two ways (a Mitigating status, a rank like `2 - High`, a 16-digit task
id, a Monday `Item ID`) no fact is given for it. It was checked for internal consistency
only (``adopt_truth.check_truth``: each value fact points at an item the counts hold, each truth column
has a header in the sheet), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.

Since round 6 it is a tuning batch, "tuning, round 5's held-out (contaminated)": round 5's
mechanisms were scored on it. The held-out batch is ``adopt_layouts_heldout5.HELD_OUT_5``.
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
    Targets,
    TruthTable,
    ValueFact,
    _cols,
    _day,
    _finance_facts,
    _put,
    _sheet,
)

LEVEL3 = {"High": 5.0, "Medium": 3.0, "Low": 1.0}
LETTER3 = {"H": "High", "M": "Medium", "L": "Low"}
PROB_LABELS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"]
IMPACT_LABELS = ["Minimal", "Minor", "Moderate", "Major", "Severe"]
MONTH_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _late_day(days: list[date]) -> list[date]:
    """The same dates, one moved past the 12th when none is: a column whose order a reader
    can tell (a person can then say which part is the day)."""
    if any(d.day > 12 for d in days) or not days:
        return days
    first = days[0]
    return [first.replace(day=13 + first.day % 15), *days[1:]]


def _keys(first: str, keys: list[str]) -> Targets:
    """Truth columns from a first letter and the keys of consecutive columns."""
    optional: list[str | None] = list(keys)
    return _cols(first, optional)


def _email(name: str, domain: str) -> str:
    return name.lower().replace(". ", ".").replace(" ", ".") + "@" + domain


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def jira_server_risks(folder: Path, rng: random.Random) -> Built:
    """Jira Server "Export Excel (current fields)" of a Risk issue type."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "general_report")
    n = rng.randint(6, 9)
    ws["A1"] = "Your Company Jira"
    ws["A2"] = f"Displaying {n} issues at 04/Dec/26 10:15 AM."
    header: list[object] = [
        "Issue Type",
        "Key",
        "Summary",
        "Assignee",
        "Reporter",
        "Priority",
        "Status",
    ]
    header += ["Resolution", "Created", "Updated", "Due Date", "Likelihood", "Impact"]
    header += ["Mitigation", "Labels"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    first = rng.randint(10, 60)
    for i in range(n):
        owner = rng.choice(PEOPLE)
        created = datetime.combine(_day(rng), datetime.min.time()) + timedelta(hours=9, minutes=41)
        updated = created + timedelta(days=rng.randint(1, 20), hours=2)
        due = created.date() + timedelta(days=rng.randint(20, 60))
        status = rng.choice(["Open", "Mitigating", "Closed"])
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        rows.append(
            [
                "Risk",
                f"RISK-{first + i}",
                RISK_TITLES[i % len(RISK_TITLES)],
                owner,
                rng.choice(PEOPLE),
                rng.choice(["High", "Medium", "Low"]),
                status,
                "Done" if status == "Closed" else "Unresolved",
                f"{created:%d/%b/%y} {created:%I:%M %p}".replace(" 0", " "),
                f"{updated:%d/%b/%y} {updated:%I:%M %p}".replace(" 0", " "),
                f"{due:%d/%b/%y}",
                f"{p} - {PROB_LABELS[p - 1]}",
                f"{imp} - {IMPACT_LABELS[imp - 1]}",
                f"Agree fallback plan {i + 1} with the workstream lead",
                "raid",
            ]
        )
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", RISK_TITLES[i % len(RISK_TITLES)]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", created.date()),
            ValueFact("risks", i, "last_updated", updated.date()),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
        ]
        if status != "Mitigating":  # Mitigating could be Open or Monitoring: no fact
            values.append(ValueFact("risks", i, "status", status))
    _put(ws, 4, 1, rows)
    path = folder / "jira_server_risks.xlsx"
    wb.save(path)
    targets: Targets = {
        "B": "id",
        "C": "title",
        "D": "owner",
        "E": None,  # Reporter: who raised it has no standard column
        "G": "status",
        "I": "raised_date",
        "J": "last_updated",
        "K": "due_date",
        "L": "probability",
        "M": "impact",
        "N": "response",
    }
    return Built(path, [TruthTable("general_report", 4, "risks", targets, {"risks": n})], values)


def ado_raid_query(folder: Path, rng: random.Random) -> Built:
    """Azure DevOps flat query of Risk and Issue work items, opened in Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID query")
    ws["A1"] = (
        "Project: Claims Platform   Server: https://dev.azure.com/contoso   "
        "Query: Shared Queries/RAID open items   List type: Flat"
    )
    header: list[object] = ["ID", "Work Item Type", "Title", "Assigned To", "State", "Severity"]
    header += ["Target Date", "Created Date", "Area Path", "Tags"]
    kinds = ["Risk"] * rng.randint(3, 5) + ["Issue"] * rng.randint(3, 5)
    rng.shuffle(kinds)
    created = _late_day([_day(rng) for _ in kinds])
    due = _late_day([c + timedelta(days=rng.randint(10, 50)) for c in created])
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    pools = {"Risk": RISK_TITLES, "Issue": ISSUE_TITLES}
    for n, kind in enumerate(kinds):
        reg = "risks" if kind == "Risk" else "issues"
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(PEOPLE)
        title = pools[kind][idx % len(pools[kind])]
        rows.append(
            [
                48210 + n * 3,
                kind,
                title,
                f"{owner} <{_email(owner, 'contoso.com')}>",
                rng.choice(["Active", "Resolved", "Closed"]),
                rng.choice(["1 - Critical", "2 - High", "3 - Medium", "4 - Low"]),
                f"{due[n].month}/{due[n].day}/{due[n].year} 12:00:00 AM",
                f"{created[n].month}/{created[n].day}/{created[n].year} 9:12:44 AM",
                "Claims Platform\\Payments",
                "raid; q1",
            ]
        )
        values += [
            ValueFact(reg, idx, "title", title),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, "due_date", due[n]),
            ValueFact(reg, idx, "raised_date", created[n]),
        ]
    _put(ws, 2, 1, rows)
    path = folder / "ado_raid_query.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": "register",
        "C": "title",
        "D": "owner",
        "E": "status",
        "G": "due_date",
        "H": "raised_date",
    }
    return Built(path, [TruthTable("RAID query", 2, "raid", targets, counts)], values)


def monday_board_groups(folder: Path, rng: random.Random) -> Built:
    """Monday.com board export: one group per register, each with its header row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Claims RAID board")
    ws["A1"] = "Claims Platform RAID"
    header: list[object] = [
        "Name",
        "Person",
        "Status",
        "Likelihood",
        "Impact",
        "Due date",
        "Item ID",
    ]
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    row = 3
    for reg, group, pool in (("risks", "Risks", RISK_TITLES), ("issues", "Issues", ISSUE_TITLES)):
        n = rng.randint(3, 6)
        ws.cell(row, 1, group)
        block: list[list[object]] = [header]
        for i in range(n):
            owner = rng.choice(PEOPLE)
            due = _day(rng, date(2026, 2, 2))
            lik = rng.choice(list(LEVEL3)) if reg == "risks" else None
            imp = rng.choice(list(LEVEL3)) if reg == "risks" else None
            block.append(
                [
                    pool[i % len(pool)],
                    owner,
                    rng.choice(["Working on it", "Stuck", "Done", None]),
                    lik,
                    imp,
                    due.isoformat(),
                    5812340000 + rng.randrange(99999),
                ]
            )
            values += [
                ValueFact(reg, i, "title", pool[i % len(pool)]),
                ValueFact(reg, i, "owner", owner),
                ValueFact(reg, i, "due_date", due),
            ]
            if lik is not None and imp is not None:
                values.append(ValueFact(reg, i, "probability", LEVEL3[lik]))
                values.append(ValueFact(reg, i, "impact", LEVEL3[imp]))
        _put(ws, row + 1, 1, block)
        targets: Targets = {
            "A": "title",
            "B": "owner",
            "C": "status",
            "F": "due_date",
        }
        if reg == "risks":
            targets.update({"D": "probability", "E": "impact"})
        tables.append(TruthTable("Claims RAID board", row + 1, reg, targets, {reg: n}))
        row += 1 + len(block) + 1  # a blank row between groups
    path = folder / "monday_board_groups.xlsx"
    wb.save(path)
    return Built(path, tables, values)


def wrike_issue_folder(folder: Path, rng: random.Random) -> Built:
    """Wrike folder export, US dates, on a sheet the PMO renamed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue tracker")
    header: list[object] = [
        "Title",
        "Status",
        "Importance",
        "Assigned To",
        "Author",
        "Created Date",
    ]
    header += ["Start Date", "Due Date", "Parent Folders", "Description"]
    n = rng.randint(5, 9)
    created = _late_day([_day(rng) for _ in range(n)])
    due = _late_day([c + timedelta(days=rng.randint(5, 30)) for c in created])
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        title = ISSUE_TITLES[i % len(ISSUE_TITLES)]
        desc = f"Raised at the weekly call; blocks workstream {i % 3 + 1} until fixed"
        rows.append(
            [
                title,
                rng.choice(["Active", "Completed", "Deferred"]),
                rng.choice(["High", "Normal", "Low"]),
                owner,
                "Nora Quinn",
                f"{created[i]:%m/%d/%Y}",
                f"{created[i]:%m/%d/%Y}",
                f"{due[i]:%m/%d/%Y}",
                "Claims Platform / Issues",
                desc,
            ]
        )
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "description", desc),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "wrike_issue_folder.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "title",
        "B": "status",
        "C": "priority",
        "D": "owner",
        "E": None,  # Author: who raised it has no standard column
        "F": "raised_date",
        "H": "due_date",
        "J": "description",
    }
    return Built(path, [TruthTable("Issue tracker", 1, "issues", targets, {"issues": n})], values)


def clickup_camel_issues(folder: Path, rng: random.Random) -> Built:
    """A script's ClickUp export: camelCase headers, lower-case words, ISO stamps."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "issues_export")
    header: list[object] = ["taskId", "taskName", "statusName", "assigneeName", "priorityLabel"]
    header += ["severityScore", "dateCreated", "dueDate", "dateClosed", "listName"]
    n = rng.randint(6, 10)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        made = _day(rng)
        due = made + timedelta(days=rng.randint(5, 25))
        status = rng.choice(["open", "in progress", "closed"])
        closed = made + timedelta(days=rng.randint(1, 10)) if status == "closed" else None
        prio = rng.choice(["urgent", "high", "normal", "low"])
        sev = rng.randint(1, 5)
        rows.append(
            [
                f"86b{rng.randrange(16**5):05x}",
                ISSUE_TITLES[i % len(ISSUE_TITLES)],
                status,
                owner,
                prio,
                sev,
                f"{made.isoformat()}T09:30:00Z",
                f"{due.isoformat()}T00:00:00Z",
                f"{closed.isoformat()}T16:05:00Z" if closed else None,
                "Issues",
            ]
        )
        values += [
            ValueFact("issues", i, "title", ISSUE_TITLES[i % len(ISSUE_TITLES)]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "status", status.title()),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "raised_date", made),
            ValueFact("issues", i, "due_date", due),
        ]
        if prio in ("high", "low"):  # urgent and normal are each a judgement call
            values.append(ValueFact("issues", i, "priority", prio.title()))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    _put(ws, 1, 1, rows)
    path = folder / "clickup_camel_issues.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": "title",
        "C": "status",
        "D": "owner",
        "E": "priority",
        "F": "severity",
        "G": "raised_date",
        "H": "due_date",
        "I": "closed_date",
    }
    return Built(path, [TruthTable("issues_export", 1, "issues", targets, {"issues": n})], values)


def asana_sections_raid(folder: Path, rng: random.Random) -> Built:
    """Asana CSV export of a RAID project: the section says each row's register."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID_-_Apollo")
    header: list[object] = ["Task ID", "Created At", "Completed At", "Last Modified", "Name"]
    header += ["Section/Column", "Assignee", "Assignee Email", "Start Date", "Due Date"]
    header += ["Tags", "Notes", "Projects", "Parent task"]
    sections = ["Risks"] * rng.randint(2, 4) + ["Issues"] * rng.randint(2, 4)
    sections += ["Decisions"] * rng.randint(2, 3)
    rng.shuffle(sections)
    reg_of = {"Risks": "risks", "Issues": "issues", "Decisions": "decisions"}
    pools = {
        "Risks": RISK_TITLES,
        "Issues": ISSUE_TITLES,
        "Decisions": [f"Go with supplier option {c}" for c in "ABCDEF"],
    }
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for sec in sections:
        reg = reg_of[sec]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        who = rng.choice(PEOPLE)
        made = _day(rng)
        modified = made + timedelta(days=rng.randint(1, 15))
        due = made + timedelta(days=rng.randint(10, 40)) if sec != "Decisions" else None
        done = sec == "Issues" and rng.random() < 0.5
        name = pools[sec][idx % len(pools[sec])]
        rows.append(
            [
                1206000000000000 + rng.randrange(10**9),
                made.isoformat(),
                modified.isoformat() if done else None,
                modified.isoformat(),
                name,
                sec,
                who,
                _email(who, "apollo.example"),
                None,
                due.isoformat() if due else None,
                None,
                "See the steering pack" if sec == "Decisions" else None,
                "Apollo RAID",
                None,
            ]
        )
        if reg == "decisions":
            values += [
                ValueFact(reg, idx, "decision", name),
                ValueFact(reg, idx, "made_by", who),
            ]
            continue
        assert due is not None
        values += [
            ValueFact(reg, idx, "title", name),
            ValueFact(reg, idx, "owner", who),
            ValueFact(reg, idx, "raised_date", made),
            ValueFact(reg, idx, "last_updated", modified),
            ValueFact(reg, idx, "due_date", due),
        ]
        if done:
            values.append(ValueFact(reg, idx, "closed_date", modified))
    _put(ws, 1, 1, rows)
    path = folder / "asana_sections_raid.xlsx"
    wb.save(path)
    targets: Targets = {
        "B": ("raised_date", "date"),
        "C": "closed_date",
        "D": "last_updated",
        "E": ("title", "decision"),
        "F": "register",
        "G": ("owner", "made_by"),
        "J": "due_date",
    }
    return Built(path, [TruthTable("RAID_-_Apollo", 1, "raid", targets, counts)], values)


def snake_decision_log(folder: Path, rng: random.Random) -> Built:
    """A decision log extracted from a SQL table: snake_case headers, SQL Server
    `2026-03-14 00:00:00.000` date text, upper-case status codes."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "decision_log")
    header: list[object] = ["decision_ref", "decision_text", "decided_by", "decision_dt"]
    header += ["rationale_txt", "linked_items", "status_cd"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(4, 8)
    first = rng.randint(3, 40)
    for i in range(n):
        who = rng.choice(PEOPLE)
        when = _day(rng)
        text = f"Approve change request CR-{first + i} for the data feed"
        rows.append(
            [
                f"DEC-{first + i}",
                text,
                who,
                f"{when.isoformat()} 00:00:00.000",
                "Lowest cost option that meets the go-live date",
                f"R-{rng.randint(1, 9):03d}",
                rng.choice(["APPROVED", "SUPERSEDED"]),
            ]
        )
        values += [
            ValueFact("decisions", i, "id", f"DC-{first + i:03d}"),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when),
        ]
    _put(ws, 1, 1, rows)
    path = folder / "snake_decision_log.xlsx"
    wb.save(path)
    targets = _keys("A", ["id", "decision", "made_by", "date", "rationale", "linked_ids"])
    targets["G"] = None  # a decision's status has no standard column
    return Built(
        path, [TruthTable("decision_log", 1, "decisions", targets, {"decisions": n})], values
    )


# ---------------------------------------------------------------------------------------
# PMO templates
# ---------------------------------------------------------------------------------------


def govuk_raid_two_row(folder: Path, rng: random.Random) -> Built:
    """Government RAID log: one-cell title block, two-row header, Type words, UK dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID Log")
    pm = rng.choice(PEOPLE)
    ws["A1"] = "RAID LOG"
    ws["A2"] = f"Project: Border Systems Upgrade    SRO: K. Adeyemi    Project Manager: {pm}"
    ws["A3"] = "OFFICIAL-SENSITIVE"
    groups: list[object] = ["Item", None, None, None, "Dates", None, "Assessment", None]
    groups += ["Status", "Next Steps"]
    subs: list[object] = ["Ref", "Type", "Title", "Owner", "Raised", "Due", "Likelihood"]
    subs += ["Impact", None, None]
    _put(ws, 5, 1, [groups, subs])
    for cells in ("A5:D5", "E5:F5", "G5:H5", "I5:I6", "J5:J6"):
        ws.merge_cells(cells)
    letters = ["R", "R", "R", "A", "A", "I", "I", "D", "D"][: rng.randint(7, 9)]
    rng.shuffle(letters)
    word = {"R": "Risk", "A": "Assumption", "I": "Issue", "D": "Dependency"}
    reg_of = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
    due_key = {"R": "due_date", "A": "validate_by", "I": "due_date", "D": "need_by"}
    text_key = {"R": "title", "A": "assumption", "I": "title", "D": "title"}
    pools = {"R": RISK_TITLES, "A": ASSUMPTION_TITLES, "I": ISSUE_TITLES, "D": DEP_TITLES}
    raised = _late_day([_day(rng) for _ in letters])
    due = _late_day([r + timedelta(days=rng.randint(14, 60)) for r in raised])
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for n, k in enumerate(letters):
        reg = reg_of[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        owner = rng.choice(PEOPLE)
        text = pools[k][idx % len(pools[k])]
        status = rng.choice(["Open", "Open", "Closed"])
        lik = rng.choice(["H", "M", "L"]) if k == "R" else None
        imp = rng.choice(["H", "M", "L"]) if k == "R" else None
        _put(
            ws,
            7 + n,
            1,
            [
                [
                    f"{k}{idx + 1:02d}",
                    word[k],
                    text,
                    owner,
                    f"{raised[n]:%d/%m/%Y}",
                    f"{due[n]:%d/%m/%Y}",
                    lik,
                    imp,
                    status,
                    "Review at next board",
                ]
            ],
        )
        values += [
            ValueFact(reg, idx, "id", f"{k}-{idx + 1:03d}"),
            ValueFact(reg, idx, text_key[k], text),
            ValueFact(reg, idx, "owner", owner),
            ValueFact(reg, idx, due_key[k], due[n]),
            ValueFact(reg, idx, "status", status),
        ]
        if reg != "dependencies":  # the standard Dependencies register has no raised date
            values.append(ValueFact(reg, idx, "raised_date", raised[n]))
        if lik is not None and imp is not None:
            values.append(ValueFact(reg, idx, "probability", LEVEL3[LETTER3[lik]]))
            values.append(ValueFact(reg, idx, "impact", LEVEL3[LETTER3[imp]]))
    values += [
        ValueFact("project", 0, "project_name", "Border Systems Upgrade"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", "K. Adeyemi"),  # the SRO is the sponsor
    ]
    path = folder / "govuk_raid_two_row.xlsx"
    wb.save(path)
    targets: Targets = {
        "A": "id",
        "B": "register",
        "C": ("title", "assumption"),
        "D": "owner",
        "E": "raised_date",
        "F": ("due_date", "need_by", "validate_by"),
        "G": "probability",
        "H": "impact",
        "I": "status",
    }
    return Built(path, [TruthTable("RAID Log", 6, "raid", targets, counts)], values)


def apm_risk_abbrev_two_row(folder: Path, rng: random.Random) -> Built:
    """APM-style risk register: abbreviated sub-labels under group labels, dotted dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Reg")
    ws["A1"] = "PROJECT RISK REGISTER"
    ws["A3"] = "Project Name:"
    ws["B3"] = "Depot Electrification"
    ws["A4"] = "Version:"
    ws["B4"] = "0.4 draft"
    groups: list[object] = ["Risk", None, None, "Assessment (1-5)", None, "Response", None]
    groups += ["Own.", "Dates", None, None]
    subs: list[object] = ["Ref", "Desc", "Cat.", "Prob.", "Imp.", "Type", "Action", None]
    subs += ["Tgt", "Rvw", "Ws"]
    _put(ws, 6, 1, [groups, subs])
    for cells in ("A6:C6", "D6:E6", "F6:G6", "H6:H7", "I6:J6"):
        ws.merge_cells(cells)
    ws.column_dimensions["K"].hidden = True
    n = rng.randint(5, 8)
    targets_d = _late_day([_day(rng, date(2026, 3, 2)) for _ in range(n)])
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        rtype = rng.choice(["Reduce", "Accept", "Transfer", "Avoid"])
        action = f"Weekly check with supplier on item {i + 1}; escalate slips over 5 days"
        review = targets_d[i] - timedelta(days=7)
        _put(
            ws,
            8 + i,
            1,
            [
                [
                    f"RSK-{i + 1:03d}",
                    RISK_TITLES[i % len(RISK_TITLES)],
                    rng.choice(["Technical", "Commercial", "Schedule"]),
                    p,
                    imp,
                    rtype,
                    action,
                    owner,
                    f"{targets_d[i]:%d.%m.%Y}",
                    f"{review:%d.%m.%Y}",
                    rng.choice(["WS1", "WS2"]),
                ]
            ],
        )
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", RISK_TITLES[i % len(RISK_TITLES)]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response_type", rtype),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", targets_d[i]),
        ]
    ws.cell(
        8 + n + 1, 1, "Scores: 1 = very low ... 5 = very high. Review monthly at the project board."
    )
    values.append(ValueFact("project", 0, "project_name", "Depot Electrification"))
    path = folder / "apm_risk_abbrev_two_row.xlsx"
    wb.save(path)
    targets: Targets = _keys("A", ["id", "title", "category", "probability", "impact"])
    targets.update({"F": "response_type", "G": "response", "H": "owner", "I": "due_date"})
    return Built(path, [TruthTable("Risk Reg", 7, "risks", targets, {"risks": n})], values)


def milestone_plan_text_dates(folder: Path, rng: random.Random) -> Built:
    """Milestone plan under a one-cell title block; dates as `14 Mar 2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    pm = rng.choice(PEOPLE)
    ws["A1"] = f"Programme: Data & AI Platform    Project: Customer 360    PM: {pm}"
    ws["A2"] = "Key milestones - reported to the programme board"
    header: list[object] = [
        "Ref",
        "Milestone / Deliverable",
        "Gate?",
        "Owner",
        "Baseline",
        "Forecast",
    ]
    header += ["Actual", "DCA", "Comments", "Workstream"]
    _put(ws, 4, 1, [header])
    ws.column_dimensions["J"].hidden = True
    names = [
        "Discovery complete",
        "Design authority approval",
        "Data platform build complete",
        "User acceptance testing signed off",
        "Go-live",
        "Early life support ends",
        "Benefits review",
    ]
    n = rng.randint(5, 7)
    base = _late_day(
        [date(2026, 1, 5) + timedelta(days=30 * i + rng.randrange(20)) for i in range(n)]
    )
    done = rng.randint(1, 3)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        fcst = base[i] + timedelta(days=rng.choice([0, 0, 7, 14, 21]))
        actual = fcst if i < done else None
        gate = "Y" if i in (1, 3) else None
        _put(
            ws,
            5 + i,
            1,
            [
                [
                    f"MS{i + 1:02d}",
                    names[i],
                    gate,
                    owner,
                    f"{base[i].day} {MONTHS[base[i].month - 1]} {base[i].year}",
                    f"{fcst.day} {MONTHS[fcst.month - 1]} {fcst.year}",
                    f"{actual.day} {MONTHS[actual.month - 1]} {actual.year}" if actual else None,
                    rng.choice(["Green", "Amber/Green", "Amber"]),
                    "On plan" if fcst == base[i] else "Slipped, see report",
                    "WS-DATA",
                ]
            ],
        )
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fcst),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if gate:
            values.append(ValueFact("milestones", i, "gate", "Y"))
    values += [
        ValueFact("project", 0, "programme", "Data & AI Platform"),
        ValueFact("project", 0, "project_name", "Customer 360"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    path = folder / "milestone_plan_text_dates.xlsx"
    wb.save(path)
    targets: Targets = _keys(
        "A", ["id", "milestone", "gate", "owner", "baseline_date", "forecast_date", "actual_date"]
    )
    return Built(
        path, [TruthTable("Milestones", 4, "milestones", targets, {"milestones": n})], values
    )


def dependency_register_in_out(folder: Path, rng: random.Random) -> Built:
    """Inter-project dependency register: In/Out, Other Project / PM, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "INTER-PROJECT DEPENDENCY REGISTER"
    header: list[object] = [
        "Dep. Ref",
        "Dependency",
        "In/Out",
        "Other Project",
        "Other PM",
        "Needed By",
    ]
    header += ["Promised By", "Dep. Owner", "Status", "Notes"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 7)
    gap = rng.randint(2, n - 1)  # one blank row inside the table, before item `gap`
    values: list[ValueFact] = []
    row = 4
    for i in range(n):
        if i == gap:
            row += 1
        inout = rng.choice(["In", "Out"])
        other = f"PRJ-0{rng.randint(100, 199)}"
        other_pm = rng.choice(PEOPLE)
        owner = rng.choice(PEOPLE)
        need = _day(rng, date(2026, 2, 2))
        promised = need + timedelta(days=rng.choice([-14, -7, 0, 7]))
        status = rng.choice(["On Track", "At Risk", "Delivered"])
        title = DEP_TITLES[i % len(DEP_TITLES)] + ("" if i < len(DEP_TITLES) else " (phase 2)")
        _put(
            ws,
            row,
            1,
            [
                [
                    f"DEP-{i + 1:02d}",
                    title,
                    inout,
                    other,
                    other_pm,
                    need,
                    promised,
                    owner,
                    status,
                    None,
                ]
            ],
        )
        for col in (6, 7):
            ws.cell(row, col).number_format = "dd-mmm-yy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if inout == "In" else "Outbound"),
            ValueFact("dependencies", i, "counterparty_project_id", other),
            ValueFact("dependencies", i, "counterparty_owner", other_pm),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "status", status),
        ]
        row += 1
    ws.cell(row + 2, 1, "RAG key: On Track = green, At Risk = amber, Late = red")
    path = folder / "dependency_register_in_out.xlsx"
    wb.save(path)
    targets: Targets = _keys(
        "A",
        [
            "id",
            "title",
            "direction",
            "counterparty_project_id",
            "counterparty_owner",
            "need_by",
            "committed_date",
            "owner",
            "status",
        ],
    )
    return Built(
        path,
        [TruthTable("Dependencies", 3, "dependencies", targets, {"dependencies": n})],
        values,
    )


# ---------------------------------------------------------------------------------------
# Finance trackers
# ---------------------------------------------------------------------------------------


def finance_months_down_quarters(folder: Path, rng: random.Random) -> Built:
    """Months down as text, workstreams as cost lines, £k measures across, quarter
    subtotal rows and a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Monthly spend")
    ws["A1"] = "Capital programme - monthly spend (£k)"
    header: list[object] = [
        "Quarter",
        "Month",
        "Workstream",
        "Plan (£k)",
        "Actual (£k)",
        "Forecast (£k)",
    ]
    header += ["Variance (£k)"]
    _put(ws, 3, 1, [header])
    months = [date(2026, 4 + m, 1) for m in range(6)]
    lines = rng.sample(COST_LINES, 2)
    data: dict[tuple[str, str, int], float] = {}
    row = 4
    grand = [0.0, 0.0, 0.0]
    for q in range(2):
        sub = [0.0, 0.0, 0.0]
        for m in range(3 * q, 3 * q + 3):
            for line in lines:
                plan = rng.randrange(20, 120) / 2
                actual = rng.randrange(20, 120) / 2 if m < 3 else None
                fcst = actual if actual is not None else rng.randrange(20, 120) / 2
                label = f"{MONTH_FULL[months[m].month - 1]} {months[m].year}"
                _put(ws, row, 1, [[f"Q{q + 1}", label, line, plan, actual, fcst, plan - fcst]])
                row += 1
                data[("budget", line, m)] = plan * 1000
                data[("forecast", line, m)] = fcst * 1000
                if actual is not None:
                    data[("actual", line, m)] = actual * 1000
                for k, v in enumerate((plan, actual or 0.0, fcst)):
                    sub[k] += v
                    grand[k] += v
        _put(ws, row, 1, [[f"Q{q + 1} total", None, None, *sub, sub[0] - sub[2]]])
        row += 1
    _put(ws, row, 1, [["Total", None, None, *grand, grand[0] - grand[2]]])
    path = folder / "finance_months_down_quarters.xlsx"
    wb.save(path)
    targets: Targets = {
        "B": "month",
        "C": "cost_line",
        "D": "budget",
        "E": "actual",
        "F": "forecast",
    }
    return Built(
        path,
        [TruthTable("Monthly spend", 3, "finance", targets, {"finance": len(lines) * 6})],
        _finance_facts(months, lines, data),
    )


def finance_measure_rows_date_months(folder: Path, rng: random.Random) -> Built:
    """Months across as date cells, a Measure column of Budget / Actual / Forecast rows,
    cost line and CapEx/OpEx merged down each line's three rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "FY26-27 Tracker")
    ws["A1"] = "Finance tracker"
    ws["A2"] = "Cost centre: CC-4410"
    months = [date(2026, 4 + m, 1) for m in range(6)]
    header: list[object] = ["Cost line", "CapEx/OpEx", "Measure", *months, "FY Total"]
    _put(ws, 4, 1, [header])
    for c in range(4, 10):
        ws.cell(4, c).number_format = "mmm-yy"
    lines = rng.sample(COST_LINES, 3)
    kinds = {line: rng.choice(["CapEx", "OpEx"]) for line in lines}
    data: dict[tuple[str, str, int], float] = {}
    row = 5
    for line in lines:
        for k, measure in enumerate(("Budget", "Actual", "Forecast")):
            amounts: list[object] = []
            for m in range(6):
                if measure == "Actual" and m >= 3:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(2, 80) * 250)
                amounts.append(amount)
                data[(measure.lower(), line, m)] = amount
            total = sum(a for a in amounts if isinstance(a, float))
            _put(ws, row + k, 1, [[line if k == 0 else None, kinds[line] if k == 0 else None]])
            _put(ws, row + k, 3, [[measure, *amounts, total]])
        ws.merge_cells(start_row=row, start_column=1, end_row=row + 2, end_column=1)
        ws.merge_cells(start_row=row, start_column=2, end_row=row + 2, end_column=2)
        row += 3
    ws.cell(row + 1, 1, "Source: ledger extract 03/07/2026; actuals to the end of June.")
    path = folder / "finance_measure_rows_date_months.xlsx"
    wb.save(path)
    values = _finance_facts(months, lines, data)
    values += [ValueFact("finance", (months[0], line), "capex_opex", kinds[line]) for line in lines]
    targets: Targets = {
        "A": "cost_line",
        "B": "capex_opex",
        "C": "measure",
    }
    return Built(
        path,
        [TruthTable("FY26-27 Tracker", 4, "finance", targets, {"finance": len(lines) * 6})],
        values,
    )


def finance_period_sheets(folder: Path, rng: random.Random) -> Built:
    """Budget and Actuals sheets, fiscal periods P1..P6 across, April start in the title."""
    wb = openpyxl.Workbook()
    months = [date(2026, 4 + m, 1) for m in range(6)]
    lines = rng.sample(COST_LINES, rng.randint(3, 4))
    data: dict[tuple[str, str, int], float] = {}
    tables: list[TruthTable] = []
    for s, (sheet, measure, upto) in enumerate((("Budget", "budget", 6), ("Actuals", "actual", 4))):
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"{sheet} - Financial year 2026/27 (April to March)"
        _put(ws, 3, 1, [["Cost Line", *[f"P{m + 1}" for m in range(6)], "Total"]])
        for r, line in enumerate(lines):
            amounts: list[object] = []
            for m in range(6):
                if m >= upto:
                    amounts.append(None)
                    continue
                amount = float(rng.randrange(5, 90) * 100)
                amounts.append(amount)
                data[(measure, line, m)] = amount
            total = sum(a for a in amounts if isinstance(a, float))
            _put(ws, 5 + r, 1, [[line, *amounts, total]])
        counts = {"finance": len(lines) * 6} if s == 0 else {}
        tables.append(TruthTable(sheet, 3, "finance", {"A": "cost_line"}, counts))
    path = folder / "finance_period_sheets.xlsx"
    wb.save(path)
    return Built(path, tables, _finance_facts(months, lines, data))


HELD_OUT_4: tuple[Layout, ...] = (
    Layout("jira_server_risks", "Jira Server Excel export, risk issue type", jira_server_risks),
    Layout("ado_raid_query", "Azure DevOps query of Risk and Issue items", ado_raid_query),
    Layout("monday_board_groups", "Monday.com board, a group per register", monday_board_groups),
    Layout("wrike_issue_folder", "Wrike folder export, US dates", wrike_issue_folder),
    Layout("clickup_camel_issues", "ClickUp export with camelCase headers", clickup_camel_issues),
    Layout("asana_sections_raid", "Asana CSV export, sections as registers", asana_sections_raid),
    Layout("snake_decision_log", "decision log from a SQL extract", snake_decision_log),
    Layout("govuk_raid_two_row", "government RAID log, two-row header", govuk_raid_two_row),
    Layout(
        "apm_risk_abbrev_two_row",
        "APM risk register, abbreviated sub-labels",
        apm_risk_abbrev_two_row,
    ),
    Layout(
        "milestone_plan_text_dates",
        "milestone plan, text dates, title block",
        milestone_plan_text_dates,
    ),
    Layout(
        "dependency_register_in_out",
        "inter-project dependency register",
        dependency_register_in_out,
    ),
    Layout(
        "finance_months_down_quarters",
        "finance, months down, quarter subtotal rows, £k",
        finance_months_down_quarters,
    ),
    Layout(
        "finance_measure_rows_date_months",
        "finance, measure rows, date-cell months across",
        finance_measure_rows_date_months,
    ),
    Layout(
        "finance_period_sheets",
        "finance, fiscal periods, a sheet per measure",
        finance_period_sheets,
    ),
)
