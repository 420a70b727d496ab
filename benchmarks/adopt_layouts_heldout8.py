"""The eighth held-out batch (``HELD_OUT_8``, issue 15 round 9): twenty seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, sector or team hands a PMO in a large organisation,
in shapes and from tools no earlier batch has:

- ``primavera_cloud_risks``: an Oracle Primavera Cloud risk register export: `RSK-1nn`
  IDs, `Risk Type` Threat, `Pre-Response` and `Post-Response` Probability / Impact as
  Very Low .. Very High words, `Response Type`, `Identified Date` as `14-Mar-2026` text.
- ``sciforma_issues``: a Sciforma issue export under a two-line preamble: `Issue Manager`,
  `Needed Resolution Date`, priorities as ranks `1-Very High` .. `4-Low` (the number falls
  as the word rises), `State`, date cells.
- ``planisware_milestones``: a Planisware milestone report across projects: `Expected
  date` as the forecast, `Milestone status` Completed / In progress / Late / Not started,
  `yyyy/mm/dd` text dates, a `Health` column of words.
- ``confluence_daci_decisions``: a Confluence DACI decision table pasted into Excel under
  the page title and heading: `Driver`, `Approver`, `Contributors`, `Decided on` as
  `14 Mar 2026` text, `Status` DECIDED on every row, Jira keys in `Related`.
- ``google_sheets_risk_template``: a Google Sheets risk register template: the table starts
  in column B under a merged banner and label/value cells (project, project manager),
  Low / Medium / High likelihood and impact, risk categories, date cells.
- ``salesforce_issue_report``: a Salesforce report exported "formatted": title, `As of`
  line and `Filtered By:` lines above, `Grand Totals (n records)` and the confidentiality
  and copyright footer under, `ISS-0012` numbers, `Owner: Full Name`, US `3/14/2026` text.
- ``sap_ps_wbs_periods_across``: an SAP PS plan/actual report by WBS element: periods
  `Per. 001` .. `Per. 006` across, a title saying the fiscal year is the calendar year,
  a `Value Type` column (Plan / Actual rows), `Total` and `Crcy` columns.
- ``ract_clinical_trial_risks``: a pharma study's RACT (risk assessment and
  categorisation tool): `Likelihood (1-3)`, `Impact (1-3)`, `Detectability (1-3)`, a
  L x I x D score, `Mitigation / Control Measures`, `RACT-01` IDs.
- ``cab_decision_log``: an IT change advisory board log kept as the decision log: `CAB
  Date`, `Change Ref` CHG numbers, `Change Risk` Low / Medium / High, `CAB Decision` the
  decision sentence, `Decision By` the chair, `Reason`.
- ``audit_findings_issues``: an internal audit findings tracker used as the issue log:
  `Finding No.` `1.1`, `Finding Title`, `Observation`, `Risk Rating`, `Management
  Response`, `Agreed Implementation Date`, `Date Closed`.
- ``nhs_datix_risks``: an NHS trust risk register extracted from Datix: 4-digit IDs,
  `Consequence` before `Likelihood` (1-5), `Current Rating` C x L, `Target Rating`,
  controls and gaps, `Handler` beside `Risk Owner`.
- ``mod_issue_log_marking``: a UK defence project issue log with its protective marking
  (`OFFICIAL-SENSITIVE`) above and below, a title line holding IPT, SRO and PM in one cell,
  `Ser`, `Pri` 1 / 2 / 3 with its key under the table, `14 Mar 26` text dates.
- ``estates_riba_milestones``: a university estates capital programme: milestones of
  several schemes, the scheme named on its first row only, `RIBA Stage`, Baseline /
  Forecast / Actual date cells, `Var (wks)`, a `RAG` letter and no status column.
- ``polish_risk_register``: a Polish risk register (`Lp.`, `Nazwa ryzyka`, `Właściciel`,
  `Prawdopodobieństwo` niskie / średnie / wysokie, `Wpływ`, `Status` otwarte / zamknięte,
  `Termin`, `14.03.2026` text).
- ``swedish_issue_log``: a Swedish issue log (`Nr`, `Ärende`, `Ansvarig`, `Rapporterad`,
  `Klart senast`, `Prioritet` Hög / Medel / Låg, `Status` Öppen / Pågår / Stängd, ISO text).
- ``danish_assumptions_log``: a Danish assumptions log (`Nr.` A1, `Antagelse`, `Ejer`,
  `Oprettet`, `Valideres senest`, `Sikkerhed` Høj / Middel / Lav, `Status` Åben /
  Bekræftet / Afvist, `14-03-2026` text).
- ``japanese_issue_list``: a Japanese issue list (課題管理表: `No.`, `課題`, `担当者`,
  `起票日`, `期限`, `優先度` 高 / 中 / 低, `ステータス` 未対応 / 対応中 / 完了, `2026/03/14` text).
- ``turkish_dependency_register``: a Turkish dependency register (`Bağımlılık`, `Yön`
  Gelen / Giden, `Karşı Proje` project codes, `İhtiyaç Tarihi`, `Taahhüt Tarihi`, `Durum`).
- ``finance_in_month_and_cumulative``: actual spend with months across twice, under the
  group labels `In month` and `Cumulative to date`, `Apr-26` text months, currency in the
  title.
- ``finance_accruals_months_down``: a cost tracker with months down and `Budget`,
  `Invoiced`, `Accrued`, `Actual incl. accruals`, `Forecast` across.

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Primavera Cloud's `Proposed` and `Managed`
statuses, its own risk score and the cause / effect columns; a `1-Very High` priority
(Critical or High); a DACI `Driver`; Jira keys as linked IDs; Google's `Severity` of a
risk; a Salesforce `New` status is read as Open (its first state); a change's summary and
reference beside the CAB decision; an audit `Risk Rating` of a finding (severity or
priority), `1.1` finding numbers, an `Implemented` finding; the Datix `Handler` and
`Target Rating`; the MoD project name in `Project TALISMAN` and the SRO; a RIBA milestone's
RAG letter, `Var (wks)` (weeks, not days); the Polish `Lp.` (a row number); `完了`
(Resolved or Closed); which of Primavera's scores is the score. Round 9's audit of this
truth (docs/adopt.md, "Round 9: the eighth batch's truth audited", by an engineer who does
not tune) mapped the Datix `ID` and the audit `Finding No.` columns to `id` (their numbers
still get no value fact), let the Datix `Current Rating` (C x L, typed) be the score or
left out and dropped its value facts, and added Sciforma's labelled `Portfolio:` and the
Japanese title's labelled `プロジェクト:` (Project:) as project facts. It was checked for
internal consistency only (``check_truth``: the shared check of ``adopt_truth.py`` plus
the sixth batch's rule that no two truth tables of a sheet share a header row), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    COST_LINES,
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


def _past_12(days: list[date]) -> list[date]:
    """The same dates, one of them moved past the 12th, so a text date's order is known."""
    if days and not any(d.day > 12 for d in days):
        days[0] = days[0].replace(day=13 + days[0].day % 15)
    return days


def _days(rng: random.Random, n: int, start: date = date(2026, 1, 5)) -> list[date]:
    return _past_12([_day(rng, start) for _ in range(n)])


def _after(rng: random.Random, days: list[date], lo: int, hi: int) -> list[date]:
    """One date ``lo``..``hi`` days after each of ``days`` (one past the 12th)."""
    out = [d + timedelta(days=rng.randint(lo, hi)) for d in days]
    if not any(d.day > 12 for d in out):
        out[0] = out[0] + timedelta(days=13 - out[0].day + rng.randint(0, 10))
    return out


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _dmy_mon(d: date) -> str:
    return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d.year}"


# ---------------------------------------------------------------------------------------
# Enterprise portfolio tools
# ---------------------------------------------------------------------------------------


def primavera_cloud_risks(folder: Path, rng: random.Random) -> Built:
    """Primavera Cloud risks: pre- and post-response words, `14-Mar-2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["Risk ID", "Risk Name", "Risk Type", "Risk Status", "Risk Owner"]
    header += ["Identified Date", "Pre-Response Probability", "Pre-Response Impact"]
    header += ["Response Type", "Response Description", "Post-Response Probability"]
    header += ["Post-Response Impact", "Risk Score", "Cause", "Effect", "Workspace"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    found = _days(rng, n)
    first = rng.randint(100, 400)
    very = rng.randrange(n)  # one row uses a Very word in every scale column: a 5-level scale
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.randrange(5), rng.randrange(5)
        if i == very:
            p, imp = 4, 0
        rp, ri = max(0, p - rng.randint(0, 2)), max(0, imp - rng.randint(0, 1))
        if i == very:
            rp, ri = 0, 0
        status = rng.choice(["Proposed", "Open", "Open", "Managed", "Closed"])
        owner = rng.choice(PEOPLE)
        response = rng.choice(["Avoid", "Reduce", "Transfer", "Accept"])
        row = [
            f"RSK-{first + i}",
            titles[i],
            "Threat",
            status,
            owner,
            _dmy_mon(found[i]),
            FIVE[p],
            FIVE[imp],
            response,
            "Agree the fallback with the supplier at the next review",
            FIVE[rp],
            FIVE[ri],
            (p + 1) * (imp + 1) * 4,
            "Single supplier for the integration layer",
            "Go-live moves by a month",
            "Customer Portal Replacement",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "probability", float(p + 1)),
            ValueFact("risks", i, "impact", float(imp + 1)),
            ValueFact("risks", i, "response_type", response),
            ValueFact("risks", i, "residual_probability", float(rp + 1)),
            ValueFact("risks", i, "residual_impact", float(ri + 1)),
        ]
        if status in ("Open", "Closed"):  # Proposed / Managed: Open or Monitoring
            values.append(ValueFact("risks", i, "status", status))
    path = folder / "primavera_cloud_risks.xlsx"
    wb.save(path)
    # M (Primavera's own score, on its own scale), N (cause), O (effect): no fact
    targets: Targets = _cols("A", ["id", "title", None, "status", "owner", "raised_date"])
    targets |= _cols("G", ["probability", "impact", "response_type", "response"])
    targets |= {"K": "residual_probability", "L": "residual_impact", "P": None}
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def sciforma_issues(folder: Path, rng: random.Random) -> Built:
    """Sciforma issues: a preamble, `1-Very High` .. `4-Low` ranks, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Sciforma - Issues"
    ws["A2"] = "Portfolio: Digital Workplace | Exported by Grace Lee"
    header = ["Project", "Issue", "Description", "Issue Manager", "Creation Date"]
    header += ["Needed Resolution Date", "Priority", "State", "Resolution", "Resolution Date"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    created = _days(rng, n)
    needed = _after(rng, created, 7, 30)
    ranks = {"1-Very High": None, "2-High": "High", "3-Medium": "Medium", "4-Low": "Low"}
    # the labelled `Portfolio:` of the preamble (audit of round 9)
    values: list[ValueFact] = [ValueFact("project", 0, "portfolio", "Digital Workplace")]
    for i in range(n):
        owner = rng.choice(PEOPLE)
        state = rng.choice(["Open", "In Progress", "Closed"])
        rank = rng.choice(list(ranks))
        closed = needed[i] - timedelta(days=rng.randint(0, 5)) if state == "Closed" else None
        row = [
            "Intranet Migration",
            titles[i],
            "Raised at the weekly project meeting",
            owner,
            created[i],
            needed[i],
            rank,
            state,
            "Workaround agreed with the service desk" if closed else None,
            closed,
        ]
        _put(ws, 5 + i, 1, [row])
        for c in (5, 6, 10):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", needed[i]),
            ValueFact("issues", i, "status", state),
            ValueFact("issues", i, "closed_date", closed),
        ]
        if ranks[rank] is not None:  # 1-Very High: Critical or High, a person could say either
            values.append(ValueFact("issues", i, "priority", ranks[rank]))
    path = folder / "sciforma_issues.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", [None, "title", "description", "owner", "raised_date"])
    targets |= _cols("F", ["due_date", "priority", "status", "resolution", "closed_date"])
    return Built(path, [TruthTable("Issues", 4, "issues", targets, {"issues": n})], values)


def planisware_milestones(folder: Path, rng: random.Random) -> Built:
    """Planisware milestones across projects: `Expected date`, `yyyy/mm/dd` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    header = ["Project", "Milestone", "Milestone type", "Responsible", "Baseline date"]
    header += ["Expected date", "Actual date", "Milestone status", "Health"]
    _put(ws, 1, 1, [header])
    names = [
        "Business case approved",
        "Design authority sign-off",
        "Build complete",
        "System test exit",
        "User acceptance complete",
        "Go-live",
        "Hypercare exit",
    ]
    n = rng.randint(5, 7)
    chosen = names[:n]
    base = sorted(_days(rng, n, date(2026, 2, 2)))
    values: list[ValueFact] = []
    statuses = {"Completed": "Complete", "In progress": "In Progress", "Late": "Late"}
    statuses["Not started"] = "Not Started"
    for i in range(n):
        owner = rng.choice(PEOPLE)
        expected = base[i] + timedelta(days=rng.randint(-3, 20))
        status = "Completed" if i < 2 else rng.choice(["In progress", "Late", "Not started"])
        actual = expected if status == "Completed" else None
        row = [
            rng.choice(["PRJ-2211 ERP Upgrade", "PRJ-2214 Data Platform"]),
            chosen[i],
            rng.choice(["Key milestone", "Internal"]),
            owner,
            f"{base[i]:%Y/%m/%d}",
            f"{expected:%Y/%m/%d}",
            f"{actual:%Y/%m/%d}" if actual else None,
            status,
            rng.choice(["On track", "Watch", "Critical"]),
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("milestones", i, "milestone", chosen[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", expected),
            ValueFact("milestones", i, "actual_date", actual),
            ValueFact("milestones", i, "status", statuses[status]),
        ]
    path = folder / "planisware_milestones.xlsx"
    wb.save(path)
    # C (milestone type) and I (health words beside a real status): no fact
    targets: Targets = _cols("A", [None, "milestone", None, "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status"])
    table = TruthTable("Milestones", 1, "milestones", targets, {"milestones": n})
    return Built(path, [table], values)


def salesforce_issue_report(folder: Path, rng: random.Random) -> Built:
    """A Salesforce formatted report: title and filters above, totals and footer under."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project Issues")
    ws["A1"] = "Project Issues - Customer Portal"
    ws["A2"] = "As of 3/13/2026 9:41 AM · Nora Quinn · Contoso Ltd"
    ws["A3"] = "Filtered By:"
    ws["A4"] = "    Project: Project Name equals Customer Portal"
    header = ["Issue Number", "Subject", "Project: Project Name", "Owner: Full Name"]
    header += ["Priority", "Status", "Date Opened", "Due Date", "Closed Date"]
    _put(ws, 6, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    opened = _days(rng, n)
    due = _after(rng, opened, 5, 25)
    first = rng.randint(10, 90)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["New", "In Progress", "Closed"])
        priority = rng.choice(["Critical", "High", "Medium", "Low"])
        closed = None
        if status == "Closed":  # past the 12th, so the column's order is known on its own
            closed = opened[i] + timedelta(days=rng.randint(3, 20))
            if closed.day <= 12:
                closed = closed.replace(day=13 + rng.randint(0, 12))
        row = [
            f"ISS-{first + i:04d}",
            titles[i],
            "Customer Portal",
            owner,
            priority,
            status,
            _us(opened[i]),
            _us(due[i]),
            _us(closed) if closed else None,
        ]
        _put(ws, 7 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{first + i:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", priority),
            ValueFact("issues", i, "status", {"New": "Open"}.get(status, status)),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "closed_date", closed),
        ]
    r = 7 + n + 1
    ws.cell(r, 1, f"Grand Totals ({n} records)")
    ws.cell(r + 2, 1, "Confidential Information - Do Not Distribute")
    ws.cell(r + 3, 1, "Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.")
    path = folder / "salesforce_issue_report.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", None, "owner", "priority", "status"])
    targets |= _cols("G", ["raised_date", "due_date", "closed_date"])
    table = TruthTable("Project Issues", 6, "issues", targets, {"issues": n})
    return Built(path, [table], values)


def confluence_daci_decisions(folder: Path, rng: random.Random) -> Built:
    """A Confluence DACI decision table pasted under the page title and heading."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision log")
    ws["A1"] = "Customer Portal - Decision log"
    ws["A2"] = "Page owner: Priya Nair · Last updated 13 Mar 2026"
    ws["A4"] = "Decisions"
    header = ["#", "Decision", "Status", "Driver", "Approver", "Contributors", "Decided on"]
    header += ["Rationale", "Related"]
    _put(ws, 5, 1, [header])
    decisions = [
        ("Use Entra ID for single sign-on", "One identity provider across the estate"),
        ("Host on the managed Kubernetes platform", "Platform team already supports it"),
        ("Defer the mobile app to release 3", "Budget cut at mid-year review"),
        ("Buy, not build, the search component", "Cheaper over five years"),
        ("Run UAT in two waves", "Business users not free for a single fortnight"),
        ("Keep the legacy portal read-only for a year", "Audit needs the history"),
    ]
    n = rng.randint(4, 6)
    chosen = rng.sample(decisions, n)
    decided = _days(rng, n)
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(chosen):
        approver = rng.choice(PEOPLE)
        row = [
            i + 1,
            text,
            "DECIDED",
            rng.choice(PEOPLE),
            approver,
            ", ".join(rng.sample(PEOPLE, 2)),
            f"{decided[i].day} {MONTHS[decided[i].month - 1]} {decided[i].year}",
            why,
            f"PORT-{rng.randint(100, 400)}",
        ]
        _put(ws, 6 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "made_by", approver),
            ValueFact("decisions", i, "date", decided[i]),
            ValueFact("decisions", i, "rationale", why),
        ]
    path = folder / "confluence_daci_decisions.xlsx"
    wb.save(path)
    # A (a row number or an ID), D (the driver), I (Jira keys as links): no fact
    targets: Targets = {"B": "decision", "C": None, "E": "made_by", "F": None}
    targets |= {"G": "date", "H": "rationale"}
    table = TruthTable("Decision log", 5, "decisions", targets, {"decisions": n})
    return Built(path, [table], values)


def google_sheets_risk_template(folder: Path, rng: random.Random) -> Built:
    """Google Sheets risk template: starts in column B under a banner and label cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["B2"] = "PROJECT RISK REGISTER"
    ws.merge_cells("B2:K2")
    project, pm = "Warehouse Automation", rng.choice(PEOPLE)
    _put(ws, 3, 2, [["Project name", project, None, "Project manager", pm]])
    header = ["Risk ID", "Risk", "Category", "Likelihood", "Impact", "Severity", "Owner"]
    header += ["Mitigating action", "Status", "Date raised"]
    _put(ws, 5, 2, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _days(rng, n)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i in range(n):
        p, imp = rng.choice(LMH), rng.choice(LMH)
        owner = rng.choice(PEOPLE)
        category = rng.choice(["Technical", "Financial", "Schedule", "Security", "Legal"])
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            i + 1,
            titles[i],
            category,
            p,
            imp,
            rng.choice(LMH),
            owner,
            "Weekly check-in with the workstream lead",
            status,
            raised[i],
        ]
        _put(ws, 6 + i, 2, [row])
        ws.cell(6 + i, 11).number_format = "m/d/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "category", category),
            ValueFact("risks", i, "probability", LMH_SCORE[p]),
            ValueFact("risks", i, "impact", LMH_SCORE[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = folder / "google_sheets_risk_template.xlsx"
    wb.save(path)
    # G (a risk's "Severity": a rating or an impact, a person could say either): no fact
    targets: Targets = _cols("B", ["id", "title", "category", "probability", "impact"])
    targets |= _cols("H", ["owner", "response", "status", "raised_date"])
    table = TruthTable("Risk Register", 5, "risks", targets, {"risks": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Sectors: pharma, IT operations, audit, NHS, defence, estates
# ---------------------------------------------------------------------------------------


def ract_clinical_trial_risks(folder: Path, rng: random.Random) -> Built:
    """A clinical study's RACT: 1-3 likelihood, impact and detectability, L x I x D."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RACT")
    ws["A1"] = "Risk Assessment and Categorisation Tool (RACT) - Study ABC-301"
    ws["A2"] = "Version 2.0 - approved by the study management team"
    header = ["Risk ID", "Category", "Risk", "Likelihood (1-3)", "Impact (1-3)"]
    header += ["Detectability (1-3)", "Risk Score (L x I x D)", "Mitigation / Control Measures"]
    header += ["Risk Owner", "Date Identified", "Status"]
    _put(ws, 4, 1, [header])
    risks = [
        "Sites enrol patients outside the inclusion criteria",
        "eCRF data entry backlog at high-recruiting sites",
        "Investigational product temperature excursions in transit",
        "Delayed SAE reporting by sites",
        "Protocol deviations on dosing visits",
        "Central lab turnaround longer than 5 days",
        "Loss of key CRA staff at the CRO",
    ]
    n = rng.randint(5, 7)
    chosen = rng.sample(risks, n)
    found = _days(rng, n, date(2025, 11, 3))
    three = {1: 1.0, 2: 3.0, 3: 5.0}  # the documented 1-3 reading (1 -> 1, 2 -> 3, 3 -> 5)
    values: list[ValueFact] = []
    for i in range(n):
        lik, imp, det = rng.randint(1, 3), rng.randint(1, 3), rng.randint(1, 3)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            f"RACT-{i + 1:02d}",
            rng.choice(["Safety", "Data Integrity", "Study Conduct", "Supply"]),
            chosen[i],
            lik,
            imp,
            det,
            lik * imp * det,
            "Targeted source data verification at the first three visits",
            owner,
            found[i],
            status,
        ]
        _put(ws, 5 + i, 1, [row])
        ws.cell(5 + i, 10).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "probability", three[lik]),
            ValueFact("risks", i, "impact", three[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "status", status),
        ]
    path = folder / "ract_clinical_trial_risks.xlsx"
    wb.save(path)
    # B: a category column, but its words are no risk category of the standard: no value.
    # F (detectability) has no standard column; G is L x I x D, not the standard score.
    targets: Targets = _cols("A", ["id", "category", "title", "probability", "impact", None])
    targets |= _cols("H", ["response", "owner", "raised_date", "status"])
    return Built(path, [TruthTable("RACT", 4, "risks", targets, {"risks": n})], values)


def cab_decision_log(folder: Path, rng: random.Random) -> Built:
    """An IT change advisory board log kept as the decision log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "CAB Log")
    header = ["CAB Date", "Change Ref", "Change Summary", "Change Risk", "Requested By"]
    header += ["CAB Decision", "Decision By", "Reason", "Conditions"]
    _put(ws, 1, 1, [header])
    changes = [
        ("Patch the web servers", "Approved for the Saturday 22:00 window", "Tested in pre-prod"),
        ("Upgrade the ERP database", "Deferred to after month-end close", "Finance close week"),
        ("Open firewall port for the API", "Rejected: use the API gateway", "Security policy"),
        ("Move file shares to the cloud", "Approved in two waves", "Rollback plan agreed"),
        ("Change the SSO certificate", "Approved as an emergency change", "Certificate expiry"),
        ("Decommission the old print server", "Approved after user notice", "No open tickets"),
    ]
    n = rng.randint(4, 6)
    chosen = rng.sample(changes, n)
    days = sorted(_days(rng, n))
    chair = rng.choice(PEOPLE)
    values: list[ValueFact] = []
    for i, (summary, decision, reason) in enumerate(chosen):
        by = chair if rng.random() < 0.7 else rng.choice(PEOPLE)
        row = [
            days[i],
            f"CHG00{rng.randint(31000, 39999)}",
            summary,
            rng.choice(LMH),
            rng.choice(PEOPLE),
            decision,
            by,
            reason,
            rng.choice(["None", "Service desk informed first"]),
        ]
        _put(ws, 2 + i, 1, [row])
        ws.cell(2 + i, 1).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "made_by", by),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "rationale", reason),
        ]
    path = folder / "cab_decision_log.xlsx"
    wb.save(path)
    # B (a change reference: a linked ID or not), C (what the decision is about), I: no fact
    targets: Targets = {"A": "date", "D": None, "E": None, "F": "decision"}
    targets |= {"G": "made_by", "H": "rationale"}
    return Built(path, [TruthTable("CAB Log", 1, "decisions", targets, {"decisions": n})], values)


def audit_findings_issues(folder: Path, rng: random.Random) -> Built:
    """An internal audit findings tracker used as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Findings Tracker")
    ws["A1"] = "Internal Audit - IT Programme Governance Review (report IA-26-07)"
    header = ["Finding No.", "Finding Title", "Observation", "Risk Rating"]
    header += ["Management Response", "Action Owner", "Date Reported"]
    header += ["Agreed Implementation Date", "Status", "Date Closed"]
    _put(ws, 3, 1, [header])
    findings = [
        "Steering committee minutes not approved",
        "Benefits not tracked after go-live",
        "Change requests approved without impact assessment",
        "Risk register not reviewed monthly",
        "Supplier performance not measured",
        "Access to the test environment not reviewed",
        "Budget variances not explained to the board",
    ]
    n = rng.randint(5, 7)
    chosen = rng.sample(findings, n)
    reported = date(2026, 1, rng.randint(13, 28))
    agreed = _past_12([reported + timedelta(days=rng.randint(30, 120)) for _ in range(n)])
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Implemented", "Closed"])
        closed = agreed[i] - timedelta(days=rng.randint(0, 10)) if status == "Closed" else None
        row = [
            f"{1 + i // 3}.{1 + i % 3}",
            chosen[i],
            "Tested a sample of 10 months; the control did not operate in 4",
            rng.choice(LMH),
            "Agreed. The PMO will add the control to the stage gate checklist",
            owner,
            reported,
            agreed[i],
            status,
            closed,
        ]
        _put(ws, 4 + i, 1, [row])
        for c in (7, 8, 10):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", reported),
            ValueFact("issues", i, "due_date", agreed[i]),
            ValueFact("issues", i, "closed_date", closed),
        ]
        if status != "Implemented":  # Resolved, or still Open until audit validates it
            values.append(ValueFact("issues", i, "status", status))
    path = folder / "audit_findings_issues.xlsx"
    wb.save(path)
    # A: the finding's ID column (audit of round 9), but `1.1` numbers get no value fact
    # (they fit no standard ID form); D (a rating: severity or priority): no fact
    targets: Targets = _cols("A", ["id", "title", "description"])
    targets |= _cols("E", ["resolution", "owner", "raised_date", "due_date", "status"])
    targets["J"] = "closed_date"
    table = TruthTable("Findings Tracker", 3, "issues", targets, {"issues": n})
    return Built(path, [table], values)


def nhs_datix_risks(folder: Path, rng: random.Random) -> Built:
    """An NHS trust register from Datix: Consequence before Likelihood, C x L rating."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Trust Risk Register - Estates and Facilities Directorate"
    ws["A2"] = "Source: Datix, extracted 13/03/2026"
    header = ["ID", "Title", "Description", "Directorate", "Risk Owner", "Handler", "Opened"]
    header += ["Consequence", "Likelihood", "Current Rating", "Target Rating"]
    header += ["Controls in Place", "Gaps in Controls", "Review Date", "Status"]
    _put(ws, 4, 1, [header])
    risks = [
        ("Ventilation failure in theatres", "There is a risk that theatre ventilation fails"),
        ("Backlog maintenance on the tower block", "There is a risk of roof leaks on wards"),
        ("Legionella in the outpatient water system", "There is a risk of legionella growth"),
        ("Fire compartmentation gaps", "There is a risk that fire spreads between wards"),
        ("Lift outages in the main building", "There is a risk that patients cannot be moved"),
        ("Medical gas pipeline ageing", "There is a risk of oxygen supply interruption"),
    ]
    n = rng.randint(4, 6)
    chosen = rng.sample(risks, n)
    opened = _days(rng, n, date(2025, 9, 1))
    datix_id = rng.randint(1200, 4800)
    values: list[ValueFact] = []
    for i, (title, text) in enumerate(chosen):
        datix_id += rng.randint(1, 40)
        c, lik = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            datix_id,
            title,
            text,
            "Estates and Facilities",
            owner,
            rng.choice(PEOPLE),
            opened[i],
            c,
            lik,
            c * lik,
            max(1, c * lik // 2),
            "Planned preventive maintenance",
            "No spare unit on site",
            opened[i] + timedelta(days=90),
            status,
        ]
        _put(ws, 5 + i, 1, [row])
        for col in (7, 14):
            ws.cell(5 + i, col).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "description", text),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", opened[i]),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "probability", float(lik)),
            ValueFact("risks", i, "status", status),
        ]
    path = folder / "nhs_datix_risks.xlsx"
    wb.save(path)
    # A: the ID column, but Datix numbers get no value fact (their standard form is open).
    # J (C x L, typed): the score, or left out as the template computes Score = P x I from
    # the inputs (audit of round 9): either, and no value fact. F (the handler), K (a
    # target rating: residual or not), L, M, N: no fact
    targets: Targets = _cols("A", ["id", "title", "description", None, "owner"])
    targets |= _cols("G", ["raised_date", "impact", "probability", ("score", None)])
    targets["O"] = "status"
    table = TruthTable("Risk Register", 4, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def mod_issue_log_marking(folder: Path, rng: random.Random) -> Built:
    """A defence issue log under and over its protective marking, `Pri` 1-3 with a key."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "OFFICIAL-SENSITIVE"
    ws.merge_cells("A1:I1")
    pm = rng.choice(PEOPLE)
    ws["A2"] = "Project TALISMAN - Issue Log"
    ws["A3"] = f"IPT: Land Digital Delivery Team    SRO: Col R. Hale    PM: {pm}"
    header = ["Ser", "Issue", "Raised By", "Date Raised", "Pri", "Action Holder"]
    header += ["Target Date", "Status", "Remarks"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _days(rng, n)
    target = _after(rng, raised, 7, 28)
    pri = {1: "High", 2: "Medium", 3: "Low"}
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", pm)]
    for i in range(n):
        owner = rng.choice(PEOPLE)
        p = rng.randint(1, 3)
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            i + 1,
            titles[i],
            rng.choice(PEOPLE),
            f"{raised[i].day:02d} {MONTHS[raised[i].month - 1]} {raised[i]:%y}",
            p,
            owner,
            f"{target[i].day:02d} {MONTHS[target[i].month - 1]} {target[i]:%y}",
            status,
            "Raised at the IPT board",
        ]
        _put(ws, 6 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "priority", pri[p]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", target[i]),
            ValueFact("issues", i, "status", status),
        ]
    ws.cell(6 + n + 1, 1, "Pri: 1 = High, 2 = Medium, 3 = Low")
    ws.cell(6 + n + 3, 1, "OFFICIAL-SENSITIVE")
    path = folder / "mod_issue_log_marking.xlsx"
    wb.save(path)
    # C (who raised it: no standard column): left out; I (remarks): no fact
    targets: Targets = _cols("A", ["id", "title", None, "raised_date", "priority", "owner"])
    targets |= {"G": "due_date", "H": "status"}
    return Built(path, [TruthTable("Issue Log", 5, "issues", targets, {"issues": n})], values)


def estates_riba_milestones(folder: Path, rng: random.Random) -> Built:
    """A university estates programme: schemes named once, RIBA stages, a RAG letter."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Programme")
    ws["A1"] = "Estates Capital Programme 2026/27 - Key Milestones"
    header = ["Scheme", "RIBA Stage", "Milestone", "Lead", "Baseline", "Forecast", "Actual"]
    header += ["Var (wks)", "RAG"]
    _put(ws, 3, 1, [header])
    schemes = {
        "Library refurbishment": [(2, "Concept design signed off"), (3, "Planning consent")],
        "Science Building": [(4, "Contractor appointed"), (5, "Frame complete")],
        "Student Hub": [(6, "Practical completion"), (7, "Handover to Estates")],
    }
    values: list[ValueFact] = []
    r, i = 4, 0
    for scheme in rng.sample(list(schemes), rng.randint(2, 3)):
        for k, (stage, name) in enumerate(schemes[scheme]):
            owner = rng.choice(PEOPLE)
            base = _day(rng, date(2026, 1, 12), 200)
            fc = base + timedelta(weeks=rng.randint(0, 6))
            actual = fc if rng.random() < 0.35 else None
            row = [
                scheme if k == 0 else None,
                f"Stage {stage}",
                f"{name}",
                owner,
                base,
                fc,
                actual,
                (fc - base).days // 7,
                rng.choice(["G", "A", "R"]),
            ]
            _put(ws, r, 1, [row])
            for c in (5, 6, 7):
                ws.cell(r, c).number_format = "dd/mm/yy"
            values += [
                ValueFact("milestones", i, "milestone", name),
                ValueFact("milestones", i, "owner", owner),
                ValueFact("milestones", i, "baseline_date", base),
                ValueFact("milestones", i, "forecast_date", fc),
                ValueFact("milestones", i, "actual_date", actual),
            ]
            r, i = r + 1, i + 1
    path = folder / "estates_riba_milestones.xlsx"
    wb.save(path)
    # B (RIBA stage: no standard column), H (weeks, not days), I (a RAG letter: the status
    # or left out, a person could say either): no fact for H and I
    targets: Targets = _cols("A", [None, None, "milestone", "owner", "baseline_date"])
    targets |= {"F": "forecast_date", "G": "actual_date"}
    table = TruthTable("Capital Programme", 3, "milestones", targets, {"milestones": i})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Languages no earlier batch has
# ---------------------------------------------------------------------------------------


def polish_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Polish risk register: niskie / średnie / wysokie, `14.03.2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rejestr ryzyk")
    ws["A1"] = "Rejestr ryzyk projektu - System CRM"
    header = ["Lp.", "Nazwa ryzyka", "Opis", "Właściciel", "Data identyfikacji"]
    header += ["Prawdopodobieństwo", "Wpływ", "Działania zaradcze", "Status", "Termin"]
    _put(ws, 3, 1, [header])
    titles = [
        "Opóźnienie dostawy sprzętu",
        "Odejście kluczowego architekta",
        "Zmiana przepisów o ochronie danych",
        "Przekroczenie budżetu na licencje",
        "Niska jakość danych do migracji",
        "Brak dostępności środowiska testowego",
        "Opóźnienie odbiorów przez klienta",
    ]
    people = ["Anna Kowalska", "Piotr Nowak", "Marta Wiśniewska", "Tomasz Zieliński"]
    p_words = {"niskie": 1.0, "średnie": 3.0, "wysokie": 5.0}
    i_words = {"niski": 1.0, "średni": 3.0, "wysoki": 5.0}
    n = rng.randint(5, 7)
    chosen = rng.sample(titles, n)
    found = _days(rng, n)
    due = _after(rng, found, 14, 60)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, imp = rng.choice(list(p_words)), rng.choice(list(i_words))
        status = rng.choice(["otwarte", "otwarte", "zamknięte"])
        row = [
            i + 1,
            chosen[i],
            "Zidentyfikowane na warsztacie ryzyk",
            owner,
            f"{found[i]:%d.%m.%Y}",
            p,
            imp,
            "Cotygodniowy przegląd z dostawcą",
            status,
            f"{due[i]:%d.%m.%Y}",
        ]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "probability", p_words[p]),
            ValueFact("risks", i, "impact", i_words[imp]),
            ValueFact("risks", i, "status", "Open" if status == "otwarte" else "Closed"),
            ValueFact("risks", i, "due_date", due[i]),
        ]
    path = folder / "polish_risk_register.xlsx"
    wb.save(path)
    # A (`Lp.`: a row number, an ID or not): no fact
    targets: Targets = _cols("B", ["title", "description", "owner", "raised_date"])
    targets |= _cols("F", ["probability", "impact", "response", "status", "due_date"])
    return Built(path, [TruthTable("Rejestr ryzyk", 3, "risks", targets, {"risks": n})], values)


def swedish_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Swedish issue log: Hög / Medel / Låg, Öppen / Pågår / Stängd, ISO text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ärendelogg")
    header = ["Nr", "Ärende", "Beskrivning", "Ansvarig", "Rapporterad av", "Rapporterad"]
    header += ["Klart senast", "Prioritet", "Status"]
    _put(ws, 1, 1, [header])
    titles = [
        "Byggservern har slut på diskutrymme",
        "Leverantörsfaktura bestrids",
        "Gränssnittsspecifikationen saknar fält",
        "Inloggning misslyckas för SSO-användare",
        "Rapportsummor stämmer inte",
        "Utbildningslokalen är dubbelbokad",
        "Två testare är sjuka",
    ]
    people = ["Erik Lindqvist", "Karin Johansson", "Anders Berg", "Sofia Nilsson", "Johan Ek"]
    prio = {"Hög": "High", "Medel": "Medium", "Låg": "Low"}
    state = {"Öppen": "Open", "Pågår": "In Progress", "Stängd": "Closed"}
    n = rng.randint(5, 7)
    chosen = rng.sample(titles, n)
    raised = _days(rng, n)
    due = _after(rng, raised, 5, 30)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        row = [
            i + 1,
            chosen[i],
            "Se kommentar i veckomötet",
            owner,
            rng.choice(people),
            f"{raised[i]:%Y-%m-%d}",
            f"{due[i]:%Y-%m-%d}",
            p,
            s,
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "status", state[s]),
        ]
    path = folder / "swedish_issue_log.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", "owner", None, "raised_date"])
    targets |= _cols("G", ["due_date", "priority", "status"])
    return Built(path, [TruthTable("Ärendelogg", 1, "issues", targets, {"issues": n})], values)


def danish_assumptions_log(folder: Path, rng: random.Random) -> Built:
    """A Danish assumptions log: Høj / Middel / Lav, Åben / Bekræftet / Afvist."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Antagelser")
    ws["A1"] = "Antagelseslog - Projekt Nova"
    header = ["Nr.", "Antagelse", "Ejer", "Oprettet", "Valideres senest", "Sikkerhed"]
    header += ["Konsekvens hvis forkert", "Status"]
    _put(ws, 2, 1, [header])
    texts = [
        "Forretningsbrugerne er til rådighed til brugertest",
        "De nuværende licenser dækker piloten",
        "Det gamle system forbliver skrivebeskyttet",
        "Leverandøren leverer API'et inden juni",
        "Datacentret har plads til testmiljøet",
    ]
    people = ["Mette Hansen", "Lars Jensen", "Sofie Nielsen", "Jens Pedersen"]
    conf = {"Høj": "High", "Middel": "Medium", "Lav": "Low"}
    state = {"Åben": "Open", "Bekræftet": "Validated", "Afvist": "Invalid"}
    n = rng.randint(4, 5)
    chosen = rng.sample(texts, n)
    made = _days(rng, n)
    check = _after(rng, made, 14, 45)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        c, s = rng.choice(list(conf)), rng.choice(list(state))
        row = [
            f"A{i + 1}",
            chosen[i],
            owner,
            f"{made[i]:%d-%m-%Y}",
            f"{check[i]:%d-%m-%Y}",
            c,
            "Tidsplanen skrider med en måned",
            s,
        ]
        _put(ws, 3 + i, 1, [row])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", chosen[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", made[i]),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "status", state[s]),
        ]
    path = folder / "danish_assumptions_log.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "assumption", "owner", "raised_date", "validate_by"])
    targets |= _cols("F", ["confidence", "impact_if_false", "status"])
    table = TruthTable("Antagelser", 2, "assumptions", targets, {"assumptions": n})
    return Built(path, [table], values)


def japanese_issue_list(folder: Path, rng: random.Random) -> Built:
    """A Japanese issue list (課題管理表): 高 / 中 / 低, 未対応 / 対応中 / 完了."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "課題管理表")
    ws["A1"] = "課題管理表(プロジェクト:顧客ポータル刷新)"
    header = ["No.", "課題", "詳細", "起票者", "担当者", "起票日", "期限", "優先度"]
    header += ["ステータス", "対応内容"]
    _put(ws, 3, 1, [header])
    titles = [
        "テスト環境の構築遅延",
        "ベンダー見積もりの差異",
        "要件定義書の記載漏れ",
        "SSOログイン障害",
        "帳票の合計が一致しない",
        "研修会場の重複予約",
    ]
    people = ["佐藤 健", "鈴木 花子", "高橋 大輔", "田中 美咲", "伊藤 翔"]
    prio = {"高": "High", "中": "Medium", "低": "Low"}
    state = {"未対応": "Open", "対応中": "In Progress", "完了": None}
    n = rng.randint(4, 6)
    chosen = rng.sample(titles, n)
    raised = _days(rng, n)
    due = _after(rng, raised, 5, 25)
    # the title's labelled `プロジェクト:` (Project:) field (audit of round 9)
    values: list[ValueFact] = [ValueFact("project", 0, "project_name", "顧客ポータル刷新")]
    for i in range(n):
        owner = rng.choice(people)
        p, s = rng.choice(list(prio)), rng.choice(list(state))
        row = [
            i + 1,
            chosen[i],
            "定例会議で報告",
            rng.choice(people),
            owner,
            f"{raised[i]:%Y/%m/%d}",
            f"{due[i]:%Y/%m/%d}",
            p,
            s,
            "ベンダーと調整中",
        ]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prio[p]),
        ]
        if state[s] is not None:  # 完了 (done): Resolved or Closed, a person could say either
            values.append(ValueFact("issues", i, "status", state[s]))
    path = folder / "japanese_issue_list.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", None, "owner", "raised_date"])
    targets |= _cols("G", ["due_date", "priority", "status", "resolution"])
    return Built(path, [TruthTable("課題管理表", 3, "issues", targets, {"issues": n})], values)


def turkish_dependency_register(folder: Path, rng: random.Random) -> Built:
    """A Turkish dependency register: Gelen / Giden, project codes, `14.03.2026` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Bağımlılıklar")
    header = ["No", "Bağımlılık", "Yön", "Karşı Proje", "Sorumlu", "İhtiyaç Tarihi"]
    header += ["Taahhüt Tarihi", "Durum", "Açıklama"]
    _put(ws, 1, 1, [header])
    titles = [
        "Kimlik servisi yükseltmesi",
        "Güvenlik duvarı kural değişikliği",
        "Veri ambarı şema v2",
        "Ödeme API test ortamı",
        "Tek oturum açma entegrasyonu",
    ]
    people = ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya", "Mustafa Çelik"]
    direction = {"Gelen": "Inbound", "Giden": "Outbound"}
    state = {"Açık": "Open", "Zamanında": "On Track", "Riskli": "At Risk"}
    state["Teslim edildi"] = "Delivered"
    n = rng.randint(4, 5)
    chosen = rng.sample(titles, n)
    need = _days(rng, n, date(2026, 2, 2))
    committed = _past_12([d + timedelta(days=rng.randint(-10, 10)) for d in need])
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(people)
        d, s = rng.choice(list(direction)), rng.choice(list(state))
        other = f"PRJ-{rng.randint(100, 999)}"
        row = [
            i + 1,
            chosen[i],
            d,
            other,
            owner,
            f"{need[i]:%d.%m.%Y}",
            f"{committed[i]:%d.%m.%Y}",
            s,
            "Haftalık program toplantısında takip ediliyor",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", chosen[i]),
            ValueFact("dependencies", i, "direction", direction[d]),
            ValueFact("dependencies", i, "counterparty_project_id", other),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed[i]),
            ValueFact("dependencies", i, "status", state[s]),
        ]
    path = folder / "turkish_dependency_register.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "direction", "counterparty_project_id"])
    targets |= _cols("E", ["owner", "need_by", "committed_date", "status"])
    table = TruthTable("Bağımlılıklar", 1, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Finance in further shapes
# ---------------------------------------------------------------------------------------


def sap_ps_wbs_periods_across(folder: Path, rng: random.Random) -> Built:
    """SAP PS plan/actual by WBS element: `Per. 001` .. across, Plan / Actual rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Plan-Actual")
    ws["A1"] = (
        "Project P-004711 Customer Portal - controlling area 1000 - fiscal year 2026 "
        "(variant K4: periods are calendar months)"
    )
    periods = 6
    months = [date(2026, m, 1) for m in range(1, periods + 1)]
    header = ["WBS Element", "Description", "Value Type"]
    header += [f"Per. {m:03d}" for m in range(1, periods + 1)] + ["Total", "Crcy"]
    _put(ws, 3, 1, [header])
    wbs = [
        ("P-004711.01", "Project management"),
        ("P-004711.02", "Design and build"),
        ("P-004711.03", "Testing"),
        ("P-004711.04", "Deployment"),
    ]
    chosen = wbs[: rng.randint(3, 4)]
    values: list[ValueFact] = []
    r = 4
    for code, name in chosen:
        for vtype, measure in (("Plan", "budget"), ("Actual", "actual")):
            amounts = [round(rng.randrange(2000, 60000) + rng.random(), 2) for _ in months]
            _put(ws, r, 1, [[code, name, vtype, *amounts, round(sum(amounts), 2), "EUR"]])
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, name), measure, amounts[m]))
            r += 1
    values.append(ValueFact("project", 0, "currency", "EUR"))
    path = folder / "sap_ps_wbs_periods_across.xlsx"
    wb.save(path)
    # A: the WBS code beside its description: the cost line is the description, no fact for A
    last = chr(ord("D") + periods)
    targets: Targets = {"B": "cost_line", "C": "measure", last: None}
    n = len(chosen) * periods
    table = TruthTable("Plan-Actual", 3, "finance", targets, {"finance": n})
    return Built(path, [table], values)


def finance_in_month_and_cumulative(folder: Path, rng: random.Random) -> Built:
    """Actual spend twice across: `In month` and `Cumulative to date` groups."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend FY26-27")
    ws["A1"] = "Programme spend FY2026/27 - in month and cumulative (£)"
    months = [date(2026, m, 1) for m in range(4, 10)]
    labels = [f"{MONTHS[d.month - 1]}-{d:%y}" for d in months]
    k = len(months)
    ws.cell(3, 2, "In month")
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=1 + k)
    ws.cell(3, 2 + k, "Cumulative to date")
    ws.merge_cells(start_row=3, start_column=2 + k, end_row=3, end_column=1 + 2 * k)
    _put(ws, 4, 1, [["Cost line", *labels, *labels]])
    lines = rng.sample(COST_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    for j, line in enumerate(lines):
        amounts = [float(rng.randrange(0, 300) * 100) for _ in months]
        running = [sum(amounts[: m + 1]) for m in range(k)]
        _put(ws, 5 + j, 1, [[line, *amounts, *running]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "actual", amounts[m]))
    values.append(ValueFact("project", 0, "currency", "GBP"))
    path = folder / "finance_in_month_and_cumulative.xlsx"
    wb.save(path)
    targets: Targets = {"A": "cost_line"}
    n = len(lines) * k
    table = TruthTable("Spend FY26-27", 4, "finance", targets, {"finance": n})
    return Built(path, [table], values)


def finance_accruals_months_down(folder: Path, rng: random.Random) -> Built:
    """Months down, `Invoiced` + `Accrued` = `Actual incl. accruals`, a forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Tracker")
    ws["A1"] = "Cost tracker with accruals - USD"
    header = ["Month", "Cost line", "Budget", "Invoiced", "Accrued", "Actual incl. accruals"]
    header += ["Forecast", "Comment"]
    _put(ws, 3, 1, [header])
    months = [date(2026, m, 1) for m in range(1, 5)]
    lines = rng.sample(COST_LINES, rng.randint(2, 3))
    values: list[ValueFact] = []
    r = 4
    for month in months:
        for line in lines:
            budget = float(rng.randrange(20, 200) * 100)
            invoiced = float(rng.randrange(10, 150) * 100)
            accrued = float(rng.randrange(0, 40) * 100)
            forecast = float(rng.randrange(20, 200) * 100)
            comment = rng.choice([None, None, "Accrual reverses next month", "Invoice late"])
            row = [month, line, budget, invoiced, accrued, invoiced + accrued, forecast, comment]
            _put(ws, r, 1, [row])
            ws.cell(r, 1).number_format = "mmm-yy"
            values += [
                ValueFact("finance", (month, line), "budget", budget),
                ValueFact("finance", (month, line), "actual", invoiced + accrued),
                ValueFact("finance", (month, line), "forecast", forecast),
                ValueFact("finance", (month, line), "notes", comment),
            ]
            r += 1
    values.append(ValueFact("project", 0, "currency", "USD"))
    path = folder / "finance_accruals_months_down.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["month", "cost_line", "budget", None, None, "actual"])
    targets |= {"G": "forecast", "H": "notes"}
    n = len(lines) * len(months)
    table = TruthTable("Cost Tracker", 3, "finance", targets, {"finance": n})
    return Built(path, [table], values)


HELD_OUT_8: tuple[Layout, ...] = (
    Layout("primavera_cloud_risks", "Oracle Primavera Cloud risk register", primavera_cloud_risks),
    Layout("sciforma_issues", "Sciforma issue export, rank priorities", sciforma_issues),
    Layout("planisware_milestones", "Planisware milestone report", planisware_milestones),
    Layout("salesforce_issue_report", "Salesforce formatted report", salesforce_issue_report),
    Layout(
        "confluence_daci_decisions",
        "Confluence DACI decision table pasted into Excel",
        confluence_daci_decisions,
    ),
    Layout(
        "google_sheets_risk_template",
        "Google Sheets risk register template",
        google_sheets_risk_template,
    ),
    Layout("ract_clinical_trial_risks", "clinical study RACT", ract_clinical_trial_risks),
    Layout("cab_decision_log", "IT change advisory board log", cab_decision_log),
    Layout("audit_findings_issues", "audit findings tracker as issue log", audit_findings_issues),
    Layout("nhs_datix_risks", "NHS trust risk register from Datix", nhs_datix_risks),
    Layout("mod_issue_log_marking", "defence issue log, protective marking", mod_issue_log_marking),
    Layout("estates_riba_milestones", "university estates programme", estates_riba_milestones),
    Layout("polish_risk_register", "Polish risk register", polish_risk_register),
    Layout("swedish_issue_log", "Swedish issue log", swedish_issue_log),
    Layout("danish_assumptions_log", "Danish assumptions log", danish_assumptions_log),
    Layout("japanese_issue_list", "Japanese issue list", japanese_issue_list),
    Layout(
        "turkish_dependency_register",
        "Turkish dependency register",
        turkish_dependency_register,
    ),
    Layout(
        "sap_ps_wbs_periods_across",
        "SAP PS plan/actual by WBS, periods across",
        sap_ps_wbs_periods_across,
    ),
    Layout(
        "finance_in_month_and_cumulative",
        "finance, in-month and cumulative months across",
        finance_in_month_and_cumulative,
    ),
    Layout(
        "finance_accruals_months_down",
        "finance, accruals, months down",
        finance_accruals_months_down,
    ),
)
