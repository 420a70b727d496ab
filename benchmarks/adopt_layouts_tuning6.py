"""Round 13's own tuning batch (``TUNING_6``): fourteen seeded legacy layouts with ground
truth, written in round 13 by an engineer who tunes adoption, from tools, sectors and
languages no earlier batch file has. It is a TUNING batch from the start ("tuning, sixth
batch (round 13)"): its misses are read and fixed by general patterns (docs/adopt.md,
"Round 13: mechanisms (a tuning batch of round 13's own)").

- ``jsm_problem_records``: Jira Service Management problem records kept as the issue log:
  `Key` PRB-nn, `Summary`, `Status` Open / Under investigation / Completed,
  `Priority` Highest .. Lowest, `Assignee`, `Reporter`, `Created` / `Due date` as Jira's
  `12/Mar/26 9:41 AM` text, `Request Type`.
- ``servicenow_spm_project_issues``: ServiceNow SPM project issues (`Number` ISSUE0010023,
  `Short description`, `State` Open / Work in Progress / Closed, `Priority` `1 - Critical`
  .. `4 - Low`, `Assigned to`, `Opened` / `Due date` as `2026-03-14 09:41:00` text).
- ``celoxis_risk_report``: a Celoxis risk report (`Risk #`, `Title`, `Probability (%)`,
  `Impact` Low / Medium / High, `Owner`, `State`, `Date Identified` `Mar 14, 2026` text).
- ``unifier_issue_log``: an Oracle Primavera Unifier business-process log export under a
  two-line preamble (`Record Number`, `Title`, `Status`, `Creator`, `Creation Date` US text,
  `Assigned To`, `Due Date`, `Priority`).
- ``adaptivework_issues``: Planview AdaptiveWork (Clarizen) issues (`Issue ID`, `Title`,
  `State`, `Severity` Critical / High / Medium / Low, `Assigned To`, `Reported By`,
  `Reported On`, `Due Date` as date cells).
- ``clickup_tasks_csv``: a ClickUp list export kept as the issue log: `Task ID`, `Task
  Name`, `Status`, `Date Created` (epoch milliseconds) beside `Date Created Text`, `Due
  Date` beside `Due Date Text` (`Saturday, March 14th 2026`), `Assignees` in brackets,
  `Priority` urgent / high / normal / low, `List Name`.
- ``pm2_decision_log``: an EU Commission PM² decision log under its title block (`Decision
  ID`, `Decision Description`, `Decision Date` dd/mm/yyyy, `Decided by`, `Justification`).
- ``au_gov_risk_register``: an Australian public sector risk register (`Risk ID`, `Risk
  Description`, `Causes`, `Consequences`, `Likelihood` Rare .. Almost Certain,
  `Consequence` Insignificant .. Severe, `Risk Rating` Low .. Extreme, `Treatment`, `Risk
  Owner`, `Review Date` dd/mm/yyyy).
- ``us_federal_risk_register``: a US federal programme risk register (`Risk No.`, `Risk
  Statement`, `Probability (1-5)`, `Consequence (1-5)`, `Risk Level`, `Handling Strategy`,
  `Risk Owner`, `Date Identified` MM/DD/YYYY, `Status`).
- ``spanish_risk_register``: a Spanish / Latin American `Registro de riesgos` (`Descripción
  del riesgo`, `Responsable`, `Probabilidad` / `Impacto` Alta / Media / Baja, `Estado`,
  `Fecha de identificación` dd/mm/yyyy, `Plan de respuesta`).
- ``german_decision_log``: a German `Entscheidungsprotokoll` (`Nr.`, `Datum`
  `14.03.2026`, `Entscheidung`, `Entschieden von`, `Begründung`) under a `Projekt:` line.
- ``french_issue_log``: a French `Registre des problèmes` (`N°`, `Problème`,
  `Responsable`, `Date d'ouverture`, `Échéance`, `Priorité` Haute / Moyenne / Basse,
  `Statut` Ouvert / En cours / Clos).
- ``brazilian_dependency_register``: a Brazilian Portuguese `Registro de Dependências`
  (`Dependência`, `Tipo` Entrada / Saída, `Projeto relacionado`, `Responsável`, `Data
  necessária`, `Situação`).
- ``clarity_cost_plan_periods``: a Clarity PPM budget plan exported to Excel: `Cost Type`,
  `Charge Code`, `Transaction Class`, then one column per fiscal period `2026-04` ..,
  approved budget only.

The ground truth says what a PMO person reading the sheet would say. Where a cell could be
read two ways no fact is given: JSM's `Under investigation` and `Completed` (a problem
record is completed with or without a fix), `Highest` / `Lowest`; Celoxis' `Probability
(%)` (no standard reading of a percentage as 1-5); Unifier's `Pending`; AdaptiveWork's
`Assigned` and its four severity words (on the 1-5 scale Critical could be 4 or 5);
ClickUp's `urgent` / `normal` and `in review`, and its epoch-millisecond date columns
(mapped or left out); the Australian `Risk Rating` and the US `Risk Level` (a rating the
template computes: mapped or left out, no value); the US `Handling Strategy` `Control`.
Given: ServiceNow's `Work in Progress` (In Progress) and `3 - Moderate` (Medium, the third
of four), French `En cours` (In Progress). IDs are checked by column only. It was checked
for internal consistency only (``check_truth``), never against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from pathlib import Path

import openpyxl
from adopt_layouts import (
    ISSUE_TITLES,
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
    _put,
    _save,
    _sheet,
)

LMH = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August"]
_MONTH += ["September", "October", "November", "December"]
_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _mdy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def jsm_problem_records(folder: Path, rng: random.Random) -> Built:
    """Jira Service Management problem records, exported and kept as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problems")
    header = ["Issue Type", "Key", "Summary", "Status", "Priority", "Assignee", "Reporter"]
    header += ["Created", "Due date", "Request Type", "Components"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["Highest", "High", "Medium", "Low", "Lowest"])
        state = rng.choice(["Open", "Under investigation", "Completed", "Closed"])
        row = [
            "Problem",
            f"PRB-{20 + i}",
            titles[i],
            state,
            prio,
            owner,
            rng.choice(PEOPLE),
            f"{raised[i].day:02d}/{_MON[raised[i].month - 1]}/{raised[i]:%y} 9:{10 + i} AM",
            f"{due[i].day:02d}/{_MON[due[i].month - 1]}/{due[i]:%y}",
            "Report a problem",
            rng.choice(["Payments", "Identity", None]),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if prio in ("High", "Medium", "Low"):
            values.append(ValueFact("issues", i, "priority", prio))
        if state in ("Open", "Closed"):
            values.append(ValueFact("issues", i, "status", state))
    path = _save(wb, folder, "jsm_problem_records")
    targets: Targets = _cols("A", [None, "id", "title", "status", "priority", "owner", None])
    targets |= _cols("H", ["raised_date", "due_date", None, None])
    return Built(path, [TruthTable("Problems", 1, "issues", targets, {"issues": n})], values)


def servicenow_spm_project_issues(folder: Path, rng: random.Random) -> Built:
    """ServiceNow SPM's project issues list exported to Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "issue")
    header = ["Number", "Short description", "State", "Priority", "Assigned to", "Opened"]
    header += ["Due date", "Project", "Resolution"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    prios = {"1 - Critical": "Critical", "2 - High": "High", "3 - Moderate": "Medium"}
    prios["4 - Low"] = "Low"
    states = {"Open": "Open", "Work in Progress": "In Progress", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(list(prios))
        state = rng.choice(list(states))
        row = [
            f"ISSUE00{10020 + i}",
            titles[i],
            state,
            prio,
            owner,
            f"{raised[i]:%Y-%m-%d} 09:{10 + i}:00",
            f"{due[i]:%Y-%m-%d} 17:00:00",
            "PRJ0010042 - HR Cloud Migration",
            "Workaround agreed" if state == "Closed" else None,
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
        ]
    path = _save(wb, folder, "servicenow_spm_project_issues")
    targets: Targets = _cols("A", ["id", "title", "status", "priority", "owner", "raised_date"])
    targets |= _cols("G", ["due_date", None, "resolution"])
    return Built(path, [TruthTable("issue", 1, "issues", targets, {"issues": n})], values)


def celoxis_risk_report(folder: Path, rng: random.Random) -> Built:
    """A Celoxis risk report: probability as a percentage, impact as a word."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["Risk #", "Title", "Project", "Probability (%)", "Impact", "Owner", "State"]
    header += ["Date Identified", "Mitigation Plan"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        imp = rng.choice(list(LMH))
        state = rng.choice(["Open", "Open", "Closed"])
        d = raised[i]
        row = [
            i + 1,
            titles[i],
            "Customer Portal",
            rng.choice([10, 30, 50, 70, 90]),
            imp,
            owner,
            state,
            f"{_MON[d.month - 1]} {d.day}, {d.year}",
            "Weekly review with the supplier",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "impact", LMH[imp]),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "raised_date", d),
        ]
    path = _save(wb, folder, "celoxis_risk_report")
    targets: Targets = _cols("A", ["id", "title", None, "probability", "impact", "owner"])
    targets |= _cols("G", ["status", "raised_date", "response"])
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def unifier_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Oracle Primavera Unifier business-process log under its two preamble lines."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Issues (Business Process Log)"
    ws["A2"] = "Project: Northern Depot Upgrade (P-2291)"
    header = ["Record Number", "Title", "Status", "Creator", "Creation Date", "Assigned To"]
    header += ["Due Date", "Priority", "Description"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        state = rng.choice(["Open", "Pending", "Closed"])
        row = [
            f"ISS-{i + 1:04d}",
            titles[i],
            state,
            rng.choice(PEOPLE),
            _mdy(raised[i]),
            owner,
            _mdy(due[i]),
            prio,
            f"Raised at the site meeting: {titles[i].lower()}",
        ]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio),
        ]
        if state != "Pending":
            values.append(ValueFact("issues", i, "status", state))
    values.append(ValueFact("project", 0, "project_name", "Northern Depot Upgrade"))
    path = _save(wb, folder, "unifier_issue_log")
    targets: Targets = _cols("A", ["id", "title", "status", None, "raised_date", "owner"])
    targets |= _cols("G", ["due_date", "priority", "description"])
    return Built(path, [TruthTable("Issue Log", 4, "issues", targets, {"issues": n})], values)


def adaptivework_issues(folder: Path, rng: random.Random) -> Built:
    """Planview AdaptiveWork (Clarizen) issues exported to Excel, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Issue ID", "Title", "State", "Severity", "Assigned To", "Reported By"]
    header += ["Reported On", "Due Date", "Related Work"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    sev = ["Critical", "High", "Medium", "Low"]  # no fact: Critical could be 4 or 5
    states = {"Open": "Open", "Assigned": None, "Resolved": "Resolved", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        s = rng.choice(sev)
        state = rng.choice(list(states))
        row = [f"I-{1200 + i}", titles[i], state, s, owner, rng.choice(PEOPLE)]
        row += [raised[i], due[i], "Release 2.1"]
        _put(ws, 2 + i, 1, [row])
        for c in (7, 8):
            ws.cell(2 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        read = states[state]
        if read:
            values.append(ValueFact("issues", i, "status", read))
    path = _save(wb, folder, "adaptivework_issues")
    targets: Targets = _cols("A", ["id", "title", "status", "severity", "owner", None])
    targets |= _cols("G", ["raised_date", "due_date", None])
    return Built(path, [TruthTable("Issues", 1, "issues", targets, {"issues": n})], values)


def clickup_tasks_csv(folder: Path, rng: random.Random) -> Built:
    """A ClickUp list exported to CSV and opened in Excel, kept as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "clickup_export")
    header = ["Task ID", "Task Name", "Status", "Date Created", "Date Created Text"]
    header += ["Due Date", "Due Date Text", "Assignees", "Priority", "List Name", "Tags"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []

    def text(d: date) -> str:
        return f"{_WEEKDAY[d.weekday()]}, {_MONTH[d.month - 1]} {_ordinal(d.day)} {d.year}"

    def epoch(d: date) -> int:
        return int(datetime(d.year, d.month, d.day, 9).timestamp() * 1000)

    for i in range(n):
        owner = rng.choice(PEOPLE)
        prio = rng.choice(["urgent", "high", "normal", "low"])
        state = rng.choice(["to do", "in progress", "in review", "complete"])
        row = [
            f"86b{rng.randrange(16**5):05x}",
            titles[i],
            state,
            epoch(raised[i]),
            text(raised[i]),
            epoch(due[i]),
            text(due[i]),
            f"[{owner}]",
            prio,
            "Issues",
            rng.choice(["[backend]", None]),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if prio in ("high", "low"):
            values.append(ValueFact("issues", i, "priority", prio.title()))
        read = {"to do": "Open", "in progress": "In Progress", "complete": "Closed"}
        if state in read:
            values.append(ValueFact("issues", i, "status", read[state]))
    path = _save(wb, folder, "clickup_tasks_csv")
    targets: Targets = _cols("A", ["id", "title", "status", ("raised_date", None)])
    targets |= _cols("E", ["raised_date", ("due_date", None), "due_date", "owner"])
    targets |= _cols("I", ["priority", None, None])
    table = TruthTable("clickup_export", 1, "issues", targets, {"issues": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Public sector templates
# ---------------------------------------------------------------------------------------


def pm2_decision_log(folder: Path, rng: random.Random) -> Built:
    """An EU Commission PM² decision log under its title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "PM² Decision Log"
    ws["A2"] = "Project:"
    ws["B2"] = "Customs Data Exchange"
    ws["A3"] = "Project Owner (PO):"
    ws["B3"] = "DG TAXUD B.2"
    header = ["Decision ID", "Decision Description", "Decision Date", "Decided by"]
    header += ["Justification", "Related Issue/Change", "Comments"]
    _put(ws, 5, 1, [header])
    texts = [
        "Adopt the common message format for all member states",
        "Extend the pilot by one month",
        "Use the shared hosting service of DIGIT",
        "Drop the paper fallback after go-live",
        "Accept the supplier's revised test plan",
        "Move the steering committee to monthly",
    ]
    bodies = ["Project Steering Committee", "Project Owner", "Business Manager"]
    n = rng.randint(4, 6)
    when = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        by = rng.choice(bodies)
        row = [f"D{i + 1:03d}", texts[i], _dmy(when[i]), by, "Agreed at the meeting"]
        row += [rng.choice(["ISS-004", None]), None]
        _put(ws, 6 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", texts[i]),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "rationale", "Agreed at the meeting"),
        ]
    values.append(ValueFact("project", 0, "project_name", "Customs Data Exchange"))
    path = _save(wb, folder, "pm2_decision_log")
    targets: Targets = _cols("A", ["id", "decision", "date", "made_by", "rationale"])
    targets |= _cols("F", [("linked_ids", None), None])
    table = TruthTable("Decision Log", 5, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def au_gov_risk_register(folder: Path, rng: random.Random) -> Built:
    """An Australian public sector risk register (likelihood and consequence words)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Risk Register - Digital Services Program"
    header = ["Risk ID", "Risk Description", "Causes", "Consequences", "Likelihood"]
    header += ["Consequence", "Risk Rating", "Treatment", "Risk Owner", "Review Date"]
    _put(ws, 3, 1, [header])
    likelihood = {"Rare": 1.0, "Unlikely": 2.0, "Possible": 3.0, "Likely": 4.0}
    likelihood["Almost Certain"] = 5.0
    consequence = {"Insignificant": 1.0, "Minor": 2.0, "Moderate": 3.0, "Major": 4.0}
    consequence["Severe"] = 5.0
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    review = _drawn_days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, c = rng.choice(list(likelihood)), rng.choice(list(consequence))
        rating = rng.choice(["Low", "Medium", "High", "Extreme"])
        row = [
            f"DSP-R{i + 1:02d}",
            titles[i],
            "Tight schedule and one supplier",
            "Delay to the service launch",
            p,
            c,
            rating,
            "Agree a contingency with the supplier",
            owner,
            _dmy(review[i]),
        ]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", likelihood[p]),
            ValueFact("risks", i, "impact", consequence[c]),
            ValueFact("risks", i, "response", "Agree a contingency with the supplier"),
        ]
    path = _save(wb, folder, "au_gov_risk_register")
    targets: Targets = _cols("A", ["id", "title", ("description", None), ("description", None)])
    targets |= _cols("E", ["probability", "impact", ("rating", None), "response", "owner"])
    targets |= {"J": ("due_date", None)}
    table = TruthTable("Risk Register", 3, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def us_federal_risk_register(folder: Path, rng: random.Random) -> Built:
    """A US federal programme risk register: 1-5 numbers, a handling strategy."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    header = ["Risk No.", "Risk Statement", "Probability (1-5)", "Consequence (1-5)"]
    header += ["Risk Level", "Handling Strategy", "Risk Owner", "Date Identified", "Status"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    strategies = {"Accept": "Accept", "Avoid": "Avoid", "Transfer": "Transfer", "Control": None}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        strategy = rng.choice(list(strategies))
        state = rng.choice(["Open", "Open", "Closed"])
        statement = f"If {titles[i].lower()}, then the schedule slips"
        row = [i + 1, statement, p, c, rng.choice(["Low", "Moderate", "High"]), strategy]
        row += [owner, _mdy(raised[i]), state]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", statement),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", state),
        ]
        read = strategies[strategy]
        if read:
            values.append(ValueFact("risks", i, "response_type", read))
    path = _save(wb, folder, "us_federal_risk_register")
    targets: Targets = _cols("A", ["id", "title", "probability", "impact", ("rating", None)])
    targets |= _cols("F", ["response_type", "owner", "raised_date", "status"])
    return Built(path, [TruthTable("Risk Register", 1, "risks", targets, {"risks": n})], values)


# ---------------------------------------------------------------------------------------
# Languages of large organisations
# ---------------------------------------------------------------------------------------


def spanish_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Spanish `Registro de riesgos` with Alta / Media / Baja."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registro de riesgos")
    header = ["ID", "Descripción del riesgo", "Responsable", "Probabilidad", "Impacto"]
    header += ["Estado", "Fecha de identificación", "Plan de respuesta"]
    _put(ws, 1, 1, [header])
    texts = [
        "El proveedor no entrega a tiempo",
        "Salida de personal clave",
        "Cambios regulatorios en la facturación",
        "Retraso en la migración de datos",
        "Sobrecoste en licencias",
        "Entorno de pruebas no disponible",
    ]
    people = ["María García", "José Martínez", "Lucía Fernández", "Carlos López"]
    prob = {"Alta": 5.0, "Media": 3.0, "Baja": 1.0}
    imp = {"Alto": 5.0, "Medio": 3.0, "Bajo": 1.0}
    state = {"Abierto": "Open", "Cerrado": "Closed"}
    n = rng.randint(4, 6)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, c, s = rng.choice(list(prob)), rng.choice(list(imp)), rng.choice(list(state))
        row = [f"R-{i + 1:02d}", texts[i], owner, p, c, s, _dmy(raised[i])]
        row += ["Seguimiento semanal con el proveedor"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", texts[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", prob[p]),
            ValueFact("risks", i, "impact", imp[c]),
            ValueFact("risks", i, "status", state[s]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "spanish_risk_register")
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "status"])
    targets |= _cols("G", ["raised_date", "response"])
    table = TruthTable("Registro de riesgos", 1, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def german_decision_log(folder: Path, rng: random.Random) -> Built:
    """A German `Entscheidungsprotokoll` under a `Projekt:` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Entscheidungen")
    ws["A1"] = "Projekt: ERP-Einführung Werk Süd"
    header = ["Nr.", "Datum", "Entscheidung", "Entschieden von", "Begründung"]
    _put(ws, 3, 1, [header])
    texts = [
        "Einführung in zwei Stufen",
        "Altsystem bleibt bis Jahresende lesbar",
        "Schulung durch interne Key User",
        "Go-live auf den 1. Juli verschoben",
        "Zusätzlicher Testzyklus genehmigt",
    ]
    people = ["Lena Fischer", "Jonas Becker", "Lenkungsausschuss", "Anna Schmidt"]
    n = rng.randint(3, 5)
    when = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        by = rng.choice(people)
        row = [i + 1, f"{when[i]:%d.%m.%Y}", texts[i], by, "Risiko für den Zeitplan senken"]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", texts[i]),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "rationale", "Risiko für den Zeitplan senken"),
        ]
    values.append(ValueFact("project", 0, "project_name", "ERP-Einführung Werk Süd"))
    path = _save(wb, folder, "german_decision_log")
    targets: Targets = _cols("A", ["id", "date", "decision", "made_by", "rationale"])
    table = TruthTable("Entscheidungen", 3, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def french_issue_log(folder: Path, rng: random.Random) -> Built:
    """A French `Registre des problèmes`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registre des problèmes")
    header = ["N°", "Problème", "Responsable", "Date d'ouverture", "Échéance", "Priorité"]
    header += ["Statut", "Commentaires"]
    _put(ws, 1, 1, [header])
    texts = [
        "Serveur de recette saturé",
        "Facture fournisseur contestée",
        "Spécification d'interface incomplète",
        "Deux testeurs absents",
        "Échec de connexion SSO",
        "Écarts dans les totaux du rapport",
    ]
    people = ["Camille Martin", "Julien Bernard", "Sophie Dubois", "Nicolas Petit"]
    prio = {"Haute": "High", "Moyenne": "Medium", "Basse": "Low"}
    state = {"Ouvert": "Open", "En cours": "In Progress", "Clos": "Closed"}
    n = rng.randint(4, 6)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        row = [i + 1, texts[i], owner, _dmy(raised[i]), _dmy(due[i]), p, s, None]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", texts[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "status", state[s]),
        ]
    path = _save(wb, folder, "french_issue_log")
    targets: Targets = _cols("A", ["id", "title", "owner", "raised_date", "due_date"])
    targets |= _cols("F", ["priority", "status", None])
    table = TruthTable("Registre des problèmes", 1, "issues", targets, {"issues": n})
    return Built(path, [table], values)


def brazilian_dependency_register(folder: Path, rng: random.Random) -> Built:
    """A Brazilian Portuguese `Registro de Dependências`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependências")
    header = ["ID", "Dependência", "Tipo", "Projeto relacionado", "Responsável"]
    header += ["Data necessária", "Situação"]
    _put(ws, 1, 1, [header])
    texts = [
        "Atualização do serviço de identidade",
        "Mudança no firewall da rede",
        "Esquema v2 do data warehouse",
        "Ambiente de testes da API de pagamentos",
    ]
    people = ["Ana Souza", "Pedro Oliveira", "Juliana Costa", "Rafael Lima"]
    direction = {"Entrada": "Inbound", "Saída": "Outbound"}
    status = {"Aberta": "Open", "Entregue": "Delivered", "Atrasada": "Late"}
    n = rng.randint(3, 4)
    need = _drawn_days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        d, s = rng.choice(list(direction)), rng.choice(list(status))
        row = [f"DEP-{i + 1:02d}", texts[i], d, "Portal do Cliente", owner, _dmy(need[i]), s]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "title", texts[i]),
            ValueFact("dependencies", i, "direction", direction[d]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", status[s]),
        ]
    path = _save(wb, folder, "brazilian_dependency_register")
    targets: Targets = _cols("A", ["id", "title", "direction", "counterparty_project_id"])
    targets |= _cols("E", ["owner", "need_by", "status"])
    table = TruthTable("Dependências", 1, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Finance
# ---------------------------------------------------------------------------------------


def clarity_cost_plan_periods(folder: Path, rng: random.Random) -> Built:
    """A Clarity PPM cost plan: one row per charge code, fiscal periods `2026-04` across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget Plan")
    ws["A1"] = "Budget Plan: FY27 Approved Budget (GBP)"
    months = [date(2026, m, 1) for m in range(4, 10)]
    header = ["Cost Type", "Charge Code", "Transaction Class"]
    header += [f"{m:%Y-%m}" for m in months] + ["Total"]
    _put(ws, 3, 1, [header])
    lines = [("Operating", "Contractors", "LAB"), ("Operating", "Licences", "SW")]
    lines += [("Capital", "Hardware", "HW"), ("Operating", "Training", "TRN")]
    values: list[ValueFact] = []
    for r, (kind, line, cls) in enumerate(lines):
        amounts = [float(rng.randrange(1, 40) * 500) for _ in months]
        _put(ws, 4 + r, 1, [[kind, line, cls, *amounts, sum(amounts)]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", amounts[m]))
    values.append(ValueFact("project", 0, "currency", "GBP"))
    path = _save(wb, folder, "clarity_cost_plan_periods")
    targets: Targets = {"A": ("capex_opex", "category", None), "B": "cost_line", "C": None}
    table = TruthTable("Budget Plan", 3, "finance", targets, {"finance": len(lines) * len(months)})
    return Built(path, [table], values)


TUNING_6: tuple[Layout, ...] = (
    Layout("jsm_problem_records", "Jira Service Management problems", jsm_problem_records),
    Layout(
        "servicenow_spm_project_issues",
        "ServiceNow SPM project issues",
        servicenow_spm_project_issues,
    ),
    Layout("celoxis_risk_report", "Celoxis risk report", celoxis_risk_report),
    Layout("unifier_issue_log", "Oracle Primavera Unifier issue log", unifier_issue_log),
    Layout("adaptivework_issues", "Planview AdaptiveWork issues", adaptivework_issues),
    Layout("clickup_tasks_csv", "ClickUp list CSV export", clickup_tasks_csv),
    Layout("pm2_decision_log", "EU Commission PM² decision log", pm2_decision_log),
    Layout("au_gov_risk_register", "Australian public sector risk register", au_gov_risk_register),
    Layout("us_federal_risk_register", "US federal risk register", us_federal_risk_register),
    Layout("spanish_risk_register", "Spanish risk register", spanish_risk_register),
    Layout("german_decision_log", "German decision log", german_decision_log),
    Layout("french_issue_log", "French issue log", french_issue_log),
    Layout(
        "brazilian_dependency_register",
        "Brazilian Portuguese dependency register",
        brazilian_dependency_register,
    ),
    Layout("clarity_cost_plan_periods", "Clarity PPM cost plan", clarity_cost_plan_periods),
)
