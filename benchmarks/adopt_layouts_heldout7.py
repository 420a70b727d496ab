"""The seventh held-out batch (``HELD_OUT_7``, issue 15 round 8): eighteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, method or team hands a PMO, in shapes and from
tools no earlier batch has:

- ``gitlab_issue_export``: GitLab's issues CSV export opened in Excel (`Issue ID`, `URL`,
  `State` opened / closed, `Author` and `Assignee` with their usernames beside them,
  `Created At (UTC)` / `Updated At (UTC)` / `Closed At (UTC)` as `2026-03-12 09:41:00` text,
  `Confidential`, `Weight`, `Labels`, `Time Estimate`).
- ``github_project_dependencies``: a GitHub Projects board of cross-team dependencies
  exported to CSV: `Title`, `URL`, `Assignees` (GitHub logins), `Status`, `Repository` and
  custom fields `Direction`, `Other team`, `Need by`, `Committed` (ISO text).
- ``workfront_grouped_issue_report``: an Adobe Workfront issue report grouped by status:
  a report title and run line above the header, a group row `In Progress (3)` before each
  group, `Reference Number`, `Primary Contact` beside `Assigned To`, Urgent / High /
  Normal / Low priorities, date cells.
- ``zoho_bug_tracker_issues``: Zoho Projects' issue tracker (bugs module) kept as the
  issue log: `Bug ID` `CRM1-I27`, `Severity` Show stopper / Critical / Major / Minor,
  `Classification`, `Flag`, `Module`, US `03-14-2026` text dates, `Created Time` with a
  clock time.
- ``teamwork_risk_register``: Teamwork.com's risk register export: `Source` as the risk,
  `Probability` as `60%` text, `Impact` Very Low .. Very High, the `Cost` / `Schedule` /
  `Performance` impact flags as Yes / No, `Mitigation Plan`.
- ``jira_align_roam_risks``: Jira Align (SAFe) program risks: `Occurrence` and `Impact`
  as Low / Medium / High, a `ROAM` column (Resolved / Owned / Accepted / Mitigated),
  `Program Increment`, US `3/14/2026` text dates.
- ``azure_boards_tree_query``: an Azure Boards *tree* query opened in Excel: `Title 1`
  holds the parent features, `Title 2` the child risks and issues under them, `Work Item
  Type` Feature / Risk / Issue, `Assigned To` as `Name <email>`, `Area Path`, `Tags`.
- ``forms_risk_submissions``: Microsoft Forms responses of a "raise a risk" form: the
  Forms columns (`ID`, `Start time`, `Completion time`, `Email`, `Name`, `Last modified
  time`) and one column per question ("How likely is it to happen?"), answers as words,
  a 1-5 rating and a date.
- ``iso31000_risk_register``: an ISO 31000 register (AS/NZS style): `Risk Source` /
  `Risk Event` / `Consequence Description`, `Likelihood (A-E)` letters with a legend under
  the table (A = Almost certain .. E = Rare), `Consequence (1-5)`, `Level of Risk`,
  `Treatment Option` Avoid / Reduce / Share / Retain.
- ``stage_gate_transposed``: a stage-gate tracker laid out across: one column per gate
  (`G0 Idea` .. `G5 Close`), rows `Gate owner`, `Planned date`, `Forecast date`, `Actual
  date`, `Decision`, `Status`.
- ``dutch_risk_register``: a Dutch risk register (`Nr.`, `Risico`, `Oorzaak`, `Gevolg`,
  `Eigenaar`, `Kans (1-5)`, `Beheersmaatregel`, `Status` Open / Gesloten, `Datum gemeld`
  as `12-3-2026` text).
- ``italian_issue_log``: an Italian issue log (`Titolo`, `Segnalato da`, `Responsabile`,
  `Data apertura`, `Data scadenza`, `Priorità` Alta / Media / Bassa, `Gravità (1-5)`,
  `Stato` Aperta / In lavorazione / Chiusa, `Tipo` Problema / Richiesta di modifica).
- ``portuguese_decision_log``: a Brazilian decision log (`Nº`, `Data` as `14/03/2026`
  text, `Decisão`, `Contexto`, `Decidido por`, `Justificativa`, `Itens relacionados`).
- ``raid_on_a_page_quadrants``: a "RAID on a page" sheet: four small tables in a two by
  two grid (risks and assumptions above, issues and dependencies below), each under its
  own title, the right-hand ones a row lower than the left.
- ``pa_milestone_tracker_spacers``: a milestone tracker a PA built by hand: a merged
  title, empty narrow spacer columns between groups of fields, owners as initials,
  `Original date` / `Latest date` / `Achieved` date cells with `-` for none, a `Days late`
  column and a key under the table.
- ``finance_lines_across_months_down``: actual spend with months down (date cells shown
  `Apr-26`) and one column per cost line across, a `Total` column and a total row, the
  currency in the title.
- ``finance_capex_opex_blocks``: an approved budget sheet with a `CAPEX` block and an
  `OPEX` block stacked, each with its own header row of `Apr-26` .. `Sep-26` months and a
  `Total` column, the currency in the title.
- ``finance_multi_currency_forecast``: a supplier forecast in local currencies (a
  `Currency` column EUR / USD / GBP per line), months as `Jan '26` across, `Supplier` and
  `Cost line` columns.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: a 7-digit Workfront reference or an Azure
Boards work item number as an ID, Zoho's `CRM1-I27`, a GitHub login as an owner's name,
`Urgent` (Critical or High), `Awaiting Feedback`, `To be tested`, `Active`, `Resolved` for a
risk, a ROAM state (status or response), a Forms response number, which of Forms' two
times a risk was raised (both are the same day: the raised date is a value fact, neither
column is), a cause, an effect or a consequence description (no standard column, or the
description), existing controls, a review date, a `Classification` of bugs, `On track`
for a milestone, a `Contexto`, the currency of a sheet of several currencies; and, since
round 8's audit of this truth (docs/adopt.md, "Round 8: the held-out truth audited"), a
team named where a Counterparty Project ID goes and a `60%` or `85%` probability (a band
apart on common scales). It was checked for internal consistency only (``check_truth``: the shared check of
``adopt_truth.py`` plus the sixth batch's rule that no two truth tables of a sheet share a
header row), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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
    _put,
    _sheet,
)

LMH = ["Low", "Medium", "High"]
LMH_SCORE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
FIVE = ["Very Low", "Low", "Medium", "High", "Very High"]


def _days(rng: random.Random, n: int) -> list[date]:
    """``n`` dates, one of them past the 12th, so the day part of a text date is known."""
    days = [_day(rng) for _ in range(n)]
    if not any(d.day > 12 for d in days):
        days[0] = days[0].replace(day=13 + days[0].day % 15)
    return days


def _login(name: str) -> str:
    return name.lower().replace(". ", "").replace(" ", "-")


def _email(name: str) -> str:
    return f"{name.lower().replace('. ', '.').replace(' ', '.')}@contoso.com"


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# ---------------------------------------------------------------------------------------
# Developer tools used as PMO logs
# ---------------------------------------------------------------------------------------


def gitlab_issue_export(folder: Path, rng: random.Random) -> Built:
    """GitLab issues CSV: usernames beside names, `2026-03-12 09:41:00` text times."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "issues")
    header = ["Title", "Description", "Issue ID", "URL", "State", "Author", "Author Username"]
    header += ["Assignee", "Assignee Username", "Confidential", "Locked", "Due Date"]
    header += ["Created At (UTC)", "Updated At (UTC)", "Closed At (UTC)", "Milestone"]
    header += ["Weight", "Labels", "Time Estimate", "Time Spent"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    created = _days(rng, n)
    first = rng.randint(12, 80)
    values: list[ValueFact] = []
    for i in range(n):
        author, owner = rng.choice(PEOPLE), rng.choice(PEOPLE)
        state = rng.choice(["opened", "opened", "closed"])
        due = created[i] + timedelta(days=rng.randint(5, 30))
        updated = created[i] + timedelta(days=rng.randint(1, 4))
        closed = updated if state == "closed" else None
        stamp = datetime.combine(created[i], time(9, 41))
        row = [
            titles[i],
            "Seen in the nightly run; see the linked pipeline",
            first + i,
            f"https://gitlab.example.org/pmo/portal/-/issues/{first + i}",
            state,
            author,
            _login(author),
            owner,
            _login(owner),
            "No",
            "No",
            f"{due:%Y-%m-%d}",
            f"{stamp:%Y-%m-%d %H:%M:%S}",
            f"{updated:%Y-%m-%d} 16:05:12",
            f"{closed:%Y-%m-%d} 16:05:12" if closed else None,
            "Release 2.1",
            rng.choice([1, 2, 3, 5]),
            rng.choice(["severity::high", "severity::low,frontend", "backend"]),
            0,
            0,
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "id", f"I-{first + i:03d}"),
            ValueFact("issues", i, "status", {"opened": "Open", "closed": "Closed"}[state]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "last_updated", updated),
            ValueFact("issues", i, "closed_date", closed),
        ]
    path = folder / "gitlab_issue_export.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["title", "description", "id", None, "status", None, None])
    targets |= _cols("H", ["owner", None, None, None, "due_date", "raised_date"])
    targets |= _cols("N", ["last_updated", "closed_date", None, None, None, None, None])
    return Built(path, [TruthTable("issues", 1, "issues", targets, {"issues": n})], values)


def github_project_dependencies(folder: Path, rng: random.Random) -> Built:
    """GitHub Projects board export: custom fields `Direction`, `Other team`, `Need by`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies board")
    header = ["Title", "URL", "Assignees", "Status", "Labels", "Repository", "Direction"]
    header += ["Other team", "Need by", "Committed", "Linked pull requests"]
    _put(ws, 1, 1, [header])
    titles = [*DEP_TITLES, "Single sign-on for contractors", "Message queue upgrade"]
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    need = _days(rng, n)
    teams = ["Identity Platform", "Network Services", "Data Platform", "Payments Core"]
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        direction = rng.choice(["Inbound", "Inbound", "Outbound"])
        team = rng.choice(teams)
        committed = need[i] + timedelta(days=rng.randint(-10, 8))
        status = rng.choice(["On track", "At risk", "Delivered"])
        row = [
            chosen[i],
            f"https://github.com/contoso/portal/issues/{200 + i}",
            _login(owner),
            status,
            "dependency",
            "contoso/portal",
            direction,
            team,
            f"{need[i]:%Y-%m-%d}",
            f"{committed:%Y-%m-%d}",
            None,
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "title", chosen[i]),
            ValueFact("dependencies", i, "status", status.title()),
            ValueFact("dependencies", i, "direction", direction),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
        ]
    path = folder / "github_project_dependencies.xlsx"
    wb.save(path)
    # C: GitHub logins are the owners, but whether `aoife-byrne` is the name: no value fact.
    # H: the other team is the counterparty, but a team is no Project ID: a person could put
    # it in Counterparty Project ID or leave it out (audit), so either is right, no value
    targets: Targets = _cols("A", ["title", None, "owner", "status", None, None, "direction"])
    targets |= _cols("H", [("counterparty_project_id", None), "need_by", "committed_date", None])
    table = TruthTable("Dependencies board", 1, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Work and portfolio management tools
# ---------------------------------------------------------------------------------------


def workfront_grouped_issue_report(folder: Path, rng: random.Random) -> Built:
    """Workfront issue report grouped by status: group rows `In Progress (3)`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Report")
    ws["A1"] = "Issues - Customer Portal Replacement"
    ws["A2"] = "Report run 13/03/2026 08:00 by Nora Quinn - grouped by Status"
    header = ["Issue Name", "Reference Number", "Primary Contact", "Assigned To", "Status"]
    header += ["Priority", "Entry Date", "Planned Completion Date", "Actual Completion Date"]
    header += ["Project Name"]
    _put(ws, 4, 1, [header])
    groups = {
        "New": rng.randint(1, 2),
        "In Progress": rng.randint(2, 3),
        "Awaiting Feedback": 1,
        "Closed": rng.randint(1, 2),
    }
    n = sum(groups.values())
    titles = rng.sample(ISSUE_TITLES, n)
    entered = _days(rng, n)
    values: list[ValueFact] = []
    r, i = 5, 0
    for status, count in groups.items():
        ws.cell(r, 1, f"{status} ({count})")
        r += 1
        for _ in range(count):
            priority = rng.choice(["Urgent", "High", "Normal", "Low"])
            planned = entered[i] + timedelta(days=rng.randint(5, 25))
            actual = planned - timedelta(days=rng.randint(0, 3)) if status == "Closed" else None
            owner = rng.choice(PEOPLE)
            row = [
                titles[i],
                rng.randint(1_000_000, 9_999_999),
                rng.choice(PEOPLE),
                owner,
                status,
                priority,
                entered[i],
                planned,
                actual,
                "Customer Portal Replacement",
            ]
            _put(ws, r, 1, [row])
            for c in (7, 8, 9):
                ws.cell(r, c).number_format = "m/d/yy"
            values += [
                ValueFact("issues", i, "title", titles[i]),
                ValueFact("issues", i, "owner", owner),
                ValueFact("issues", i, "raised_date", entered[i]),
                ValueFact("issues", i, "due_date", planned),
                ValueFact("issues", i, "closed_date", actual),
            ]
            if status != "Awaiting Feedback":
                values.append(ValueFact("issues", i, "status", {"New": "Open"}.get(status, status)))
            if priority != "Urgent":  # Critical or High: a person could say either
                values.append(
                    ValueFact("issues", i, "priority", {"Normal": "Medium"}.get(priority, priority))
                )
            r += 1
            i += 1
    path = folder / "workfront_grouped_issue_report.xlsx"
    wb.save(path)
    # B: a 7-digit reference is the ID, but what it becomes in the standard form: no value
    targets: Targets = _cols("A", ["title", "id", None, "owner", "status", "priority"])
    targets |= _cols("G", ["raised_date", "due_date", "closed_date", None])
    return Built(path, [TruthTable("Issue Report", 4, "issues", targets, {"issues": n})], values)


def zoho_bug_tracker_issues(folder: Path, rng: random.Random) -> Built:
    """Zoho Projects bugs as the issue log: Show stopper .. Minor, `03-14-2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Bug ID", "Bug Title", "Description", "Reporter", "Assignee", "Status"]
    header += ["Severity", "Classification", "Flag", "Module", "Due Date", "Created Time"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    created = _days(rng, n)
    sev = {"Show stopper": 5.0, "Critical": 4.0, "Major": 3.0, "Minor": 2.0}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "In progress", "To be tested", "Closed"])
        severity = rng.choice(list(sev))
        due = created[i] + timedelta(days=rng.randint(3, 20))
        row = [
            f"CRM1-I{20 + i}",
            titles[i],
            "Steps to reproduce in the attachment",
            rng.choice(PEOPLE),
            owner,
            status,
            severity,
            rng.choice(["Bug", "Issue", "Enhancement"]),
            rng.choice(["Internal", "External"]),
            rng.choice(["Checkout", "Accounts", "Reporting"]),
            f"{due:%m-%d-%Y}",
            f"{created[i]:%m-%d-%Y} 09:41 AM",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "severity", sev[severity]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if status != "To be tested":
            status_std = {"In progress": "In Progress"}.get(status, status)
            values.append(ValueFact("issues", i, "status", status_std))
    path = folder / "zoho_bug_tracker_issues.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", None, "owner", "status"])
    targets |= {"G": "severity", "I": None, "J": None, "K": "due_date", "L": "raised_date"}
    return Built(path, [TruthTable("Issues", 1, "issues", targets, {"issues": n})], values)


#: Probability percentages every common five-band scale puts in the same band (the
#: documented 10 / 30 / 50 / 70 bands and the 10 / 30 / 60 / 90 ones): 60 % is Likely on
#: the first and Possible on the second, 85 % Almost certain and Likely, so they get no fact.
_PCT_ONE_BAND = {5, 20, 40}


def teamwork_risk_register(folder: Path, rng: random.Random) -> Built:
    """Teamwork.com risks: `Source` as the risk, `60%` text, Very Low .. Very High."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["Source", "Probability", "Impact", "Cost", "Schedule", "Performance"]
    header += ["Mitigation Plan", "Owner", "Status", "Created By", "Created Date"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    created = _days(rng, n)
    pct = {5: 1.0, 20: 2.0, 40: 3.0, 60: 4.0, 85: 5.0}
    values: list[ValueFact] = []
    for i in range(n):
        p = rng.choice(list(pct))
        imp = rng.randrange(5)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            titles[i],
            f"{p}%",
            FIVE[imp],
            rng.choice(["Yes", "No"]),
            rng.choice(["Yes", "No"]),
            rng.choice(["Yes", "No"]),
            "Raise at the weekly risk review and agree a fallback",
            owner,
            status,
            rng.choice(PEOPLE),
            created[i],
        ]
        _put(ws, 2 + i, 1, [row])
        ws.cell(2 + i, 11).number_format = "d mmm yyyy"
        values.append(ValueFact("risks", i, "title", titles[i]))
        if p in _PCT_ONE_BAND:  # 60 % and 85 %: a band apart on common scales (audit)
            values.append(ValueFact("risks", i, "probability", pct[p]))
        values += [
            ValueFact("risks", i, "impact", float(imp + 1)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = folder / "teamwork_risk_register.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", [("title", "description"), "probability", "impact"])
    targets |= _cols("D", [None, None, None, "response", "owner", "status", None])
    targets["K"] = "raised_date"
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def jira_align_roam_risks(folder: Path, rng: random.Random) -> Built:
    """Jira Align program risks: `Occurrence` / `Impact` L/M/H words, a `ROAM` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["ID", "Title", "Description", "Program", "Program Increment", "Owner"]
    header += ["Occurrence", "Impact", "ROAM", "Mitigation", "Target Resolution Date"]
    header += ["Created Date"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    created = _days(rng, n)
    first = rng.randint(100, 180)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, imp = rng.choice(LMH), rng.choice(LMH)
        target = created[i] + timedelta(days=rng.randint(14, 70))
        row = [
            first + i,
            titles[i],
            "Raised at PI planning by the team",
            "Digital Channels ART",
            rng.choice(["PI 2026.1", "PI 2026.2"]),
            owner,
            p,
            imp,
            rng.choice(["Resolved", "Owned", "Accepted", "Mitigated"]),
            "Agreed at the ART sync",
            _us(target),
            _us(created[i]),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", LMH_SCORE[p]),
            ValueFact("risks", i, "impact", LMH_SCORE[imp]),
            ValueFact("risks", i, "due_date", target),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = folder / "jira_align_roam_risks.xlsx"
    wb.save(path)
    # I (ROAM): a status or a response type, a person could say either: no fact
    targets: Targets = _cols("A", ["id", "title", "description", None, None, "owner"])
    targets |= _cols("G", ["probability", "impact"])
    targets |= {"J": "response", "K": "due_date", "L": "raised_date"}
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def azure_boards_tree_query(folder: Path, rng: random.Random) -> Built:
    """Azure Boards tree query: features in `Title 1`, risks and issues in `Title 2`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID by feature")
    header = ["ID", "Work Item Type", "Title 1", "Title 2", "State", "Assigned To"]
    header += ["Target Date", "Area Path", "Tags"]
    _put(ws, 1, 1, [header])
    features = ["Payments - release 2", "Customer onboarding", "Reporting refresh"]
    risk_titles = rng.sample(RISK_TITLES, 5)
    issue_titles = rng.sample(ISSUE_TITLES, 5)
    values: list[ValueFact] = []
    counts = {"risks": 0, "issues": 0}
    r, wid = 2, rng.randint(4100, 4900)
    for feature in rng.sample(features, 2):
        _put(ws, r, 1, [[wid, "Feature", feature, None, "Active", rng.choice(PEOPLE)]])
        r, wid = r + 1, wid + 1
        for _ in range(rng.randint(2, 4)):
            kind = rng.choice(["Risk", "Issue"])
            reg = "risks" if kind == "Risk" else "issues"
            k = counts[reg]
            if k >= 5:
                continue
            title = (risk_titles if reg == "risks" else issue_titles)[k]
            owner = rng.choice(PEOPLE)
            state = rng.choice(["New", "Active", "Closed"])
            target = _day(rng, date(2026, 2, 2))
            row = [
                wid,
                kind,
                None,
                title,
                state,
                f"{owner} <{_email(owner)}>",
                target,
                "Portal\\Payments",
                "raid",
            ]
            _put(ws, r, 1, [row])
            ws.cell(r, 7).number_format = "m/d/yyyy"
            values += [
                ValueFact(reg, k, "title", title),
                ValueFact(reg, k, "owner", owner),
                ValueFact(reg, k, "due_date", target),
            ]
            if state != "Active":  # Active: Open or In Progress for an issue
                values.append(ValueFact(reg, k, "status", {"New": "Open"}.get(state, state)))
            counts[reg] += 1
            r, wid = r + 1, wid + 1
    if counts["risks"] == 0 or counts["issues"] == 0:  # a mixed table needs both kinds
        missing = "risks" if counts["risks"] == 0 else "issues"
        kind = "Risk" if missing == "risks" else "Issue"
        title = (risk_titles if missing == "risks" else issue_titles)[0]
        owner = rng.choice(PEOPLE)
        target = _day(rng, date(2026, 2, 2))
        row = [
            wid,
            kind,
            None,
            title,
            "New",
            f"{owner} <{_email(owner)}>",
            target,
            "Portal",
            "raid",
        ]
        _put(ws, r, 1, [row])
        ws.cell(r, 7).number_format = "m/d/yyyy"
        values += [
            ValueFact(missing, 0, "title", title),
            ValueFact(missing, 0, "owner", owner),
            ValueFact(missing, 0, "due_date", target),
            ValueFact(missing, 0, "status", "Open"),
        ]
        counts[missing] = 1
    path = folder / "azure_boards_tree_query.xlsx"
    wb.save(path)
    # A: the ID column any person maps (audit), but what its work item numbers (4100..)
    # become in the standard form a person could not say: no value fact; C: the parent
    # feature, a grouping: no fact
    targets: Targets = {"A": "id", "B": "register", "D": "title", "E": "status", "F": "owner"}
    targets |= {"G": "due_date", "H": None, "I": None}
    counts = {k: v for k, v in counts.items() if v}
    return Built(path, [TruthTable("RAID by feature", 1, "raid", targets, counts)], values)


def forms_risk_submissions(folder: Path, rng: random.Random) -> Built:
    """Microsoft Forms responses: one column per question, the Forms columns first."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Form1")
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    header += [
        "Which workstream is this risk for?",
        "Describe the risk",
        "What could cause it?",
        "How likely is it to happen?",
        "If it happens, how bad would it be? (1 = minor, 5 = severe)",
        "Who is best placed to own this risk?",
        "What would you suggest we do about it?",
        "By when does it need action?",
    ]
    _put(ws, 1, 1, [header])
    likely = ["Very unlikely", "Unlikely", "Possible", "Likely", "Very likely"]
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = sorted(_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE)
        owner = rng.choice(PEOPLE)
        p = rng.randrange(5)
        imp = rng.randint(1, 5)
        start = datetime.combine(raised[i], time(10, rng.randint(0, 40), 7))
        action_by = raised[i] + timedelta(days=rng.randint(10, 40))
        row = [
            i + 1,
            start,
            start + timedelta(minutes=rng.randint(2, 9)),
            _email(who),
            who,
            None,
            rng.choice(["Data", "Platform", "Change"]),
            titles[i],
            "Not sure - it came up in the stand-up",
            likely[p],
            imp,
            owner,
            "Talk to the supplier this week",
            _us(action_by),
        ]
        _put(ws, 2 + i, 1, [row])
        for c in (2, 3):
            ws.cell(2 + i, c).number_format = "m/d/yy h:mm:ss"
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", float(p + 1)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", action_by),
        ]
    path = folder / "forms_risk_submissions.xlsx"
    wb.save(path)
    # A (a response number), B / C (two times of one submission) and I (a cause): no fact
    targets: Targets = {"D": None, "E": None, "G": None, "H": ("title", "description")}
    targets |= _cols("J", ["probability", "impact", "owner", "response", "due_date"])
    return Built(path, [TruthTable("Form1", 1, "risks", targets, {"risks": n})], values)


# ---------------------------------------------------------------------------------------
# Other methods' registers
# ---------------------------------------------------------------------------------------


def iso31000_risk_register(folder: Path, rng: random.Random) -> Built:
    """ISO 31000 register: `Likelihood (A-E)` letters with a legend, Retain as a treatment."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Risk Register (ISO 31000:2018)"
    ws["A2"] = "Organisation: Regional Water Authority - Asset Renewal Programme"
    header = ["Risk ID", "Risk Source", "Risk Event", "Consequence Description"]
    header += ["Existing Controls", "Likelihood (A-E)", "Consequence (1-5)", "Level of Risk"]
    header += ["Treatment Option", "Treatment Plan", "Risk Owner", "Review Date", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    letters = {"A": 5.0, "B": 4.0, "C": 3.0, "D": 2.0, "E": 1.0}
    treat = {"Avoid": "Avoid", "Reduce": "Reduce", "Share": "Share", "Retain": "Accept"}
    first = rng.randint(10, 60)
    values: list[ValueFact] = []
    for i in range(n):
        like = rng.choice(list(letters))
        cons = rng.randint(1, 5)
        option = rng.choice(list(treat))
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        score = letters[like] * cons
        level = "Extreme" if score >= 20 else "High" if score >= 10 else "Medium"
        row = [
            f"RR-{first + i:03d}",
            "Ageing assets and a thin supplier market",
            titles[i],
            "Service interruption and cost overrun",
            "Monthly supplier review",
            like,
            cons,
            level if score >= 5 else "Low",
            option,
            "Owner to report progress at the programme board",
            owner,
            _day(rng, date(2026, 4, 1), 60),
            status,
        ]
        _put(ws, 5 + i, 1, [row])
        ws.cell(5 + i, 12).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", letters[like]),
            ValueFact("risks", i, "impact", float(cons)),
            ValueFact("risks", i, "response_type", treat[option]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
        ]
    legend = 5 + n + 2
    ws.cell(legend, 1, "Likelihood key")
    for k, text in enumerate(["A = Almost certain", "B = Likely", "C = Possible"]):
        ws.cell(legend + 1 + k, 1, text)
    ws.cell(legend + 4, 1, "D = Unlikely")
    ws.cell(legend + 5, 1, "E = Rare")
    path = folder / "iso31000_risk_register.xlsx"
    wb.save(path)
    # B (source), D (consequence), E (existing controls) and L (review date): no fact
    targets: Targets = {"A": "id", "C": "title", "F": "probability", "G": "impact"}
    targets |= {"H": None, "I": "response_type", "J": "response", "K": "owner", "M": "status"}
    return Built(path, [TruthTable("Risk Register", 4, "risks", targets, {"risks": n})], values)


def stage_gate_transposed(folder: Path, rng: random.Random) -> Built:
    """Stage-gate tracker across: one column per gate, one row per field."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Gate Tracker")
    ws["A1"] = "Stage-gate tracker - Project Orion"
    gates = ["G0 Idea", "G1 Concept", "G2 Business case", "G3 Build", "G4 Launch", "G5 Close"]
    ws.cell(3, 1, "Gate")
    labels = ["Gate owner", "Planned date", "Forecast date", "Actual date", "Decision", "Status"]
    for k, label in enumerate(labels):
        ws.cell(4 + k, 1, label)
    passed = rng.randint(2, 3)
    planned = date(2025, 10, 1) + timedelta(days=rng.randint(0, 20))
    values: list[ValueFact] = []
    for g, gate in enumerate(gates):
        col = 2 + g
        owner = rng.choice(PEOPLE)
        forecast = planned + timedelta(days=rng.randint(0, 25))
        actual = forecast if g < passed else None
        decision = rng.choice(["Go", "Go with conditions"]) if g < passed else None
        status = "Passed" if g < passed else "Scheduled"
        column = [gate, owner, planned, forecast, actual, decision, status]
        for k, value in enumerate(column):
            if value is not None:
                ws.cell(3 + k, col, value)
        for k in (5, 6, 7):
            ws.cell(k, col).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", g, "milestone", gate),
            ValueFact("milestones", g, "owner", owner),
            ValueFact("milestones", g, "gate", "Y"),
            ValueFact("milestones", g, "baseline_date", planned),
            ValueFact("milestones", g, "forecast_date", forecast),
            ValueFact("milestones", g, "actual_date", actual),
        ]
        if g < passed:  # Scheduled: Not Started or In Progress, a person could say either
            values.append(ValueFact("milestones", g, "status", "Complete"))
        planned += timedelta(days=rng.randint(40, 90))
    path = folder / "stage_gate_transposed.xlsx"
    wb.save(path)
    # laid out across: the fields are rows, so no source column is one standard column
    table = TruthTable("Gate Tracker", 3, "milestones", {}, {"milestones": len(gates)})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# A multinational PMO: Dutch, Italian and Brazilian Portuguese registers
# ---------------------------------------------------------------------------------------


def dutch_risk_register(folder: Path, rng: random.Random) -> Built:
    """Dutch risk register: `Kans (1-5)`, `Open` / `Gesloten`, `12-3-2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risicoregister")
    ws["A1"] = "Risicoregister project Zeewering"
    header = ["Nr.", "Risico", "Oorzaak", "Gevolg", "Eigenaar", "Kans (1-5)", "Impact (1-5)"]
    header += ["Risicoscore", "Beheersmaatregel", "Status", "Datum gemeld", "Deadline"]
    _put(ws, 2, 1, [header])
    risicos = ["Leverancier levert te laat", "Architect vertrekt", "Slechte datakwaliteit"]
    risicos += ["Budget wordt gekort", "Testomgeving niet op tijd", "Licentiekosten stijgen"]
    risicos += ["Beveiligingsaudit blokkeert livegang", "Nieuwe regelgeving"]
    n = rng.randint(5, 8)
    chosen = rng.sample(risicos, n)
    raised = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Gesloten"])
        due = raised[i] + timedelta(days=rng.randint(10, 50))
        row = [
            i + 1,
            chosen[i],
            "Krappe planning bij de leverancier",
            "Vertraging van de oplevering",
            owner,
            p,
            imp,
            p * imp,
            "Wekelijks overleg met de leverancier",
            status,
            f"{raised[i].day}-{raised[i].month}-{raised[i].year}",
            f"{due.day}-{due.month}-{due.year}",
        ]
        _put(ws, 3 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "status", {"Gesloten": "Closed"}.get(status, status)),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
        ]
    path = folder / "dutch_risk_register.xlsx"
    wb.save(path)
    # C (cause) and D (effect): no standard column, or the description: no fact
    targets: Targets = {"A": "id", "B": "title", "E": "owner", "F": "probability"}
    targets |= {"G": "impact", "H": None, "I": "response", "J": "status"}
    targets |= {"K": "raised_date", "L": "due_date"}
    return Built(path, [TruthTable("Risicoregister", 2, "risks", targets, {"risks": n})], values)


def italian_issue_log(folder: Path, rng: random.Random) -> Built:
    """Italian issue log: `Priorità` Alta / Media / Bassa, `Stato` Aperta / Chiusa."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registro issue")
    ws["A1"] = "Registro delle issue - Progetto Aurora"
    ws["A2"] = "Aggiornato al: 13/03/2026"
    header = ["ID", "Titolo", "Descrizione", "Tipo", "Segnalato da", "Responsabile"]
    header += ["Data apertura", "Data scadenza", "Priorità", "Gravità (1-5)", "Stato"]
    header += ["Data chiusura"]
    _put(ws, 4, 1, [header])
    titoli = ["Server di build pieno", "Fattura del fornitore contestata"]
    titoli += ["Specifica di interfaccia incompleta", "Due tester in malattia"]
    titoli += ["Accesso SSO non funziona", "I totali del report non tornano"]
    titoli += ["Blocco dei rilasci", "Aula di formazione prenotata due volte"]
    n = rng.randint(5, 8)
    chosen = rng.sample(titoli, n)
    opened = _days(rng, n)
    prio = {"Alta": "High", "Media": "Medium", "Bassa": "Low"}
    stato = {"Aperta": "Open", "In lavorazione": "In Progress", "Chiusa": "Closed"}
    tipo = {"Problema": "Problem", "Richiesta di modifica": "Request for Change"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, s, t = rng.choice(list(prio)), rng.choice(list(stato)), rng.choice(list(tipo))
        sev = rng.randint(1, 5)
        due = opened[i] + timedelta(days=rng.randint(5, 30))
        closed = due - timedelta(days=rng.randint(0, 4)) if s == "Chiusa" else None
        row = [
            f"ISS-{i + 1:02d}",
            chosen[i],
            "Dettagli nel verbale della riunione",
            t,
            rng.choice(PEOPLE),
            owner,
            opened[i],
            due,
            p,
            sev,
            s,
            closed,
        ]
        _put(ws, 5 + i, 1, [row])
        for c in (7, 8, 12):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "type", tipo[t]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "status", stato[s]),
            ValueFact("issues", i, "closed_date", closed),
        ]
    # `Aggiornato al:` ("updated as at") is the report date, as `Stand:` is in the sixth
    # batch's German open-points list (audit)
    values.append(ValueFact("project", 0, "report_date", date(2026, 3, 13)))
    path = folder / "italian_issue_log.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", "type", None, "owner"])
    targets |= _cols("G", ["raised_date", "due_date", "priority", "severity", "status"])
    targets["L"] = "closed_date"
    table = TruthTable("Registro issue", 4, "issues", targets, {"issues": n})
    return Built(path, [table], values)


def portuguese_decision_log(folder: Path, rng: random.Random) -> Built:
    """Brazilian decision log: `Decisão`, `Decidido por`, `14/03/2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisões")
    ws["A1"] = "Registro de Decisões - Projeto Jacarandá"
    header = ["Nº", "Data", "Decisão", "Contexto", "Decidido por", "Justificativa"]
    header += ["Itens relacionados"]
    _put(ws, 3, 1, [header])
    decisoes = ["Adiar o go-live para abril", "Contratar mais dois testadores"]
    decisoes += ["Usar o ambiente de nuvem do cliente", "Congelar o escopo da fase 1"]
    decisoes += ["Aprovar a troca de fornecedor", "Migrar os dados em duas ondas"]
    n = rng.randint(4, 6)
    chosen = rng.sample(decisoes, n)
    dates = sorted(_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(PEOPLE)
        linked = f"R-{rng.randint(1, 9):03d}, I-{rng.randint(1, 9):03d}"
        row = [
            i + 1,
            f"{dates[i]:%d/%m/%Y}",
            chosen[i],
            "Discutido no comitê de direção",
            who,
            "Reduz o risco de atraso",
            linked,
        ]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "decision", chosen[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", "Reduz o risco de atraso"),
            ValueFact("decisions", i, "linked_ids", linked),
        ]
    path = folder / "portuguese_decision_log.xlsx"
    wb.save(path)
    # D (the context of a decision): the rationale or no column, a person could say either
    targets: Targets = {"A": "id", "B": "date", "C": "decision", "E": "made_by"}
    targets |= {"F": "rationale", "G": "linked_ids"}
    return Built(path, [TruthTable("Decisões", 3, "decisions", targets, {"decisions": n})], values)


# ---------------------------------------------------------------------------------------
# Hand-built trackers
# ---------------------------------------------------------------------------------------


def raid_on_a_page_quadrants(folder: Path, rng: random.Random) -> Built:
    """RAID on a page: four small tables in a two by two grid, each under its title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID on a page")
    ws["A1"] = "Project Kestrel - RAID on a page (for the steering pack)"
    values: list[ValueFact] = []
    # risks, top left: title row 3, header row 4
    ws["A3"] = "RISKS"
    _put(ws, 4, 1, [["#", "Risk", "Owner", "L (1-5)", "I (1-5)", "Mitigation"]])
    nr = rng.randint(3, 5)
    for i, title in enumerate(rng.sample(RISK_TITLES, nr)):
        owner, p, imp = rng.choice(PEOPLE), rng.randint(1, 5), rng.randint(1, 5)
        _put(ws, 5 + i, 1, [[i + 1, title, owner, p, imp, "Review at the weekly call"]])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
        ]
    # assumptions, top right: title row 3, a note row 4, header row 5
    ws["H3"] = "ASSUMPTIONS"
    ws["H4"] = "(check each one by its date)"
    _put(ws, 5, 8, [["#", "Assumption", "Owner", "Check by", "Confidence"]])
    na = rng.randint(2, 3)
    checks = _days(rng, na)
    for i, text in enumerate(rng.sample(ASSUMPTION_TITLES, na)):
        owner, conf = rng.choice(PEOPLE), rng.choice(LMH)
        _put(ws, 6 + i, 8, [[i + 1, text, owner, checks[i], conf]])
        ws.cell(6 + i, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "validate_by", checks[i]),
            ValueFact("assumptions", i, "confidence", conf),
        ]
    # issues, bottom left: title row 12, header row 13
    ws["A12"] = "ISSUES"
    _put(ws, 13, 1, [["#", "Issue", "Owner", "Raised", "Sev (1-5)", "Status"]])
    ni = rng.randint(3, 5)
    raised = _days(rng, ni)
    for i, title in enumerate(rng.sample(ISSUE_TITLES, ni)):
        owner, sev = rng.choice(PEOPLE), rng.randint(1, 5)
        status = rng.choice(["Open", "In Progress", "Closed"])
        _put(ws, 14 + i, 1, [[i + 1, title, owner, raised[i], sev, status]])
        ws.cell(14 + i, 4).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "status", status),
        ]
    # dependencies, bottom right: title row 12, a note row 13, header row 14
    ws["H12"] = "DEPENDENCIES"
    ws["H13"] = "(what we need from other teams)"
    _put(ws, 14, 8, [["#", "Dependency", "From", "Need by", "Status"]])
    nd = rng.randint(2, 4)
    need = _days(rng, nd)
    teams = ["Identity team", "Network team", "Data platform team", "Payments team"]
    for i, title in enumerate(rng.sample(DEP_TITLES, nd)):
        team, status = rng.choice(teams), rng.choice(["On Track", "At Risk", "Delivered"])
        _put(ws, 15 + i, 8, [[i + 1, title, team, need[i], status]])
        ws.cell(15 + i, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", status),
        ]
    path = folder / "raid_on_a_page_quadrants.xlsx"
    wb.save(path)
    sheet = "RAID on a page"
    return Built(
        path,
        [
            TruthTable(
                sheet,
                4,
                "risks",
                _cols("B", ["title", "owner", "probability", "impact", "response"]),
                {"risks": nr},
            ),
            TruthTable(
                sheet,
                5,
                "assumptions",
                _cols("I", ["assumption", "owner", "validate_by", "confidence"]),
                {"assumptions": na},
            ),
            TruthTable(
                sheet,
                13,
                "issues",
                _cols("B", ["title", "owner", "raised_date", "severity", "status"]),
                {"issues": ni},
            ),
            TruthTable(
                sheet,
                14,
                "dependencies",
                # J (`From` a team, no project ID): counterparty or left out (audit)
                _cols("I", ["title", ("counterparty_project_id", None), "need_by", "status"]),
                {"dependencies": nd},
            ),
        ],
        values,
    )


def pa_milestone_tracker_spacers(folder: Path, rng: random.Random) -> Built:
    """A PA's milestone tracker: spacer columns, initials, `-` for no date, a key."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "KEY MILESTONES - Customer Hub"
    ws.merge_cells("A1:K1")
    header = ["No.", "Milestone", "Lead", None, "Original date", "Latest date", "Achieved"]
    header += [None, "Status", "Days late", "Comments"]
    _put(ws, 3, 1, [header])
    ws.column_dimensions["D"].width = 2
    ws.column_dimensions["H"].width = 2
    names = ["Design signed off", "Build complete", "System test exit", "UAT sign-off"]
    names += ["Go-live", "Hypercare exit", "Training delivered", "Data cut-over rehearsal"]
    initials = ["AB", "TW", "PN", "JM", "SO"]
    n = rng.randint(5, 8)
    chosen = rng.sample(names, n)
    bases = sorted(_day(rng, span=180) for _ in range(n))
    done = rng.randint(1, n // 2)
    values: list[ValueFact] = []
    for i in range(n):
        lead = rng.choice(initials)
        latest = bases[i] + timedelta(days=rng.randint(0, 20))
        achieved = latest if i < done else None
        others = ["On track", "At risk", "Not started"]
        status = "Complete" if i < done else rng.choice(others)
        row = [
            i + 1,
            chosen[i],
            lead,
            None,
            bases[i],
            latest,
            achieved if achieved else "-",
            None,
            status,
            (latest - bases[i]).days,
            "",
        ]
        _put(ws, 4 + i, 1, [row])
        for c in (5, 6, 7):
            ws.cell(4 + i, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),
            ValueFact("milestones", i, "milestone", chosen[i]),
            ValueFact("milestones", i, "owner", lead),
            ValueFact("milestones", i, "baseline_date", bases[i]),
            ValueFact("milestones", i, "forecast_date", latest),
            ValueFact("milestones", i, "actual_date", achieved),
        ]
        if status != "On track":  # On track: In Progress or Not Started
            std = {"At risk": "At Risk", "Not started": "Not Started"}.get(status, status)
            values.append(ValueFact("milestones", i, "status", std))
    ws.cell(4 + n + 2, 1, "Key: Latest date = PM's forecast; Days late = Latest - Original")
    path = folder / "pa_milestone_tracker_spacers.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "milestone", "owner"])
    targets |= _cols("E", ["baseline_date", "forecast_date", "actual_date"])
    targets |= {"I": "status", "J": None, "K": None}
    return Built(
        path, [TruthTable("Milestones", 3, "milestones", targets, {"milestones": n})], values
    )


# ---------------------------------------------------------------------------------------
# Finance in shapes not yet covered
# ---------------------------------------------------------------------------------------


def finance_lines_across_months_down(folder: Path, rng: random.Random) -> Built:
    """Actuals with months down and one column per cost line across, totals both ways."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Actuals")
    ws["A1"] = "Actual spend by month (GBP)"
    lines = rng.sample(COST_LINES, rng.randint(3, 4))
    _put(ws, 3, 1, [["Month", *lines, "Total"]])
    months = [date(2026, m, 1) for m in range(4, 10)]
    values: list[ValueFact] = []
    sums = [0.0] * len(lines)
    for m, month in enumerate(months):
        amounts = [float(rng.randrange(10, 400) * 50) for _ in lines]
        _put(ws, 4 + m, 1, [[month, *amounts, sum(amounts)]])
        ws.cell(4 + m, 1).number_format = "mmm-yy"
        for k, line in enumerate(lines):
            values.append(ValueFact("finance", (month, line), "actual", amounts[k]))
            sums[k] += amounts[k]
    _put(ws, 4 + len(months), 1, [["Total", *sums, sum(sums)]])
    values.append(ValueFact("project", 0, "currency", "GBP"))
    path = folder / "finance_lines_across_months_down.xlsx"
    wb.save(path)
    # B..: one cost line per column, no one standard column each: no column facts
    targets: Targets = {"A": "month", chr(ord("B") + len(lines)): None}
    n = len(lines) * len(months)
    return Built(path, [TruthTable("Actuals", 3, "finance", targets, {"finance": n})], values)


def finance_capex_opex_blocks(folder: Path, rng: random.Random) -> Built:
    """An approved budget: a CAPEX block and an OPEX block stacked, `Apr-26` months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget FY26-27")
    ws["A1"] = "Approved budget FY2026/27 - all amounts in EUR"
    months = [date(2026, m, 1) for m in range(4, 10)]
    labels = [f"{MONTHS[d.month - 1]}-{d:%y}" for d in months]
    blocks = [
        ("CAPEX", "CapEx", ["Hardware", "Software licences", "Build contractors"]),
        ("OPEX", "OpEx", ["Cloud hosting", "Support contract", "Training"]),
    ]
    values: list[ValueFact] = []
    tables: list[TruthTable] = []
    r = 3
    for title, kind, names in blocks:
        lines = rng.sample(names, rng.randint(2, 3))
        ws.cell(r, 1, title)
        _put(ws, r + 1, 1, [["Cost line", *labels, "Total"]])
        for k, line in enumerate(lines):
            amounts = [float(rng.randrange(4, 90) * 250) for _ in months]
            _put(ws, r + 2 + k, 1, [[line, *amounts, sum(amounts)]])
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
            values.append(ValueFact("finance", (months[0], line), "capex_opex", kind))
        targets: Targets = {"A": "cost_line", chr(ord("B") + len(months)): None}
        tables.append(
            TruthTable(ws.title, r + 1, "finance", targets, {"finance": len(lines) * len(months)})
        )
        r += 2 + len(lines) + 2
    values.append(ValueFact("project", 0, "currency", "EUR"))
    path = folder / "finance_capex_opex_blocks.xlsx"
    wb.save(path)
    return Built(path, tables, values)


def finance_multi_currency_forecast(folder: Path, rng: random.Random) -> Built:
    """A supplier forecast in local currencies: a `Currency` column, `Jan '26` months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Forecast")
    ws["A1"] = "Supplier forecast by month - amounts in each supplier's currency"
    months = [date(2026, m, 1) for m in range(1, 7)]
    labels = [f"{MONTHS[d.month - 1]} '{d:%y}" for d in months]
    _put(ws, 3, 1, [["Supplier", "Cost line", "Currency", *labels]])
    rows = [
        ("Nordwind GmbH", "Integration services", "EUR"),
        ("Bluegate Inc.", "Cloud hosting", "USD"),
        ("Harbour Consulting Ltd", "Consultancy", "GBP"),
        ("Alpina AG", "Licences", "EUR"),
    ]
    chosen = rng.sample(rows, rng.randint(3, 4))
    values: list[ValueFact] = []
    for k, (supplier, line, currency) in enumerate(chosen):
        amounts = [float(rng.randrange(8, 120) * 500) for _ in months]
        _put(ws, 4 + k, 1, [[supplier, line, currency, *amounts]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "forecast", amounts[m]))
    path = folder / "finance_multi_currency_forecast.xlsx"
    wb.save(path)
    targets: Targets = {"A": None, "B": "cost_line", "C": None}
    n = len(chosen) * len(months)
    return Built(path, [TruthTable("Forecast", 3, "finance", targets, {"finance": n})], values)


HELD_OUT_7: tuple[Layout, ...] = (
    Layout("gitlab_issue_export", "GitLab issues CSV export", gitlab_issue_export),
    Layout(
        "github_project_dependencies",
        "GitHub Projects board of dependencies, custom fields",
        github_project_dependencies,
    ),
    Layout(
        "workfront_grouped_issue_report",
        "Adobe Workfront issue report grouped by status",
        workfront_grouped_issue_report,
    ),
    Layout("zoho_bug_tracker_issues", "Zoho Projects bug tracker", zoho_bug_tracker_issues),
    Layout("teamwork_risk_register", "Teamwork.com risk register", teamwork_risk_register),
    Layout("jira_align_roam_risks", "Jira Align (SAFe) ROAM risks", jira_align_roam_risks),
    Layout("azure_boards_tree_query", "Azure Boards tree query", azure_boards_tree_query),
    Layout("forms_risk_submissions", "Microsoft Forms responses", forms_risk_submissions),
    Layout("iso31000_risk_register", "ISO 31000 risk register", iso31000_risk_register),
    Layout("stage_gate_transposed", "stage-gate tracker laid out across", stage_gate_transposed),
    Layout("dutch_risk_register", "Dutch risk register", dutch_risk_register),
    Layout("italian_issue_log", "Italian issue log", italian_issue_log),
    Layout("portuguese_decision_log", "Brazilian decision log", portuguese_decision_log),
    Layout("raid_on_a_page_quadrants", "RAID on a page, two by two", raid_on_a_page_quadrants),
    Layout(
        "pa_milestone_tracker_spacers",
        "hand-built milestone tracker, spacer columns",
        pa_milestone_tracker_spacers,
    ),
    Layout(
        "finance_lines_across_months_down",
        "finance, months down, cost lines across",
        finance_lines_across_months_down,
    ),
    Layout(
        "finance_capex_opex_blocks",
        "finance, CAPEX and OPEX blocks stacked",
        finance_capex_opex_blocks,
    ),
    Layout(
        "finance_multi_currency_forecast",
        "finance, local currencies, `Jan '26` months",
        finance_multi_currency_forecast,
    ),
)
