"""The sixth held-out batch (``HELD_OUT_6``, issue 15 round 7): fifteen seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses.

Each layout imitates what a real tool, template or team writes, in shapes no earlier batch
has:

- ``p6_milestone_activities``: a Primavera P6 activity layout filtered to milestones and
  exported to Excel: row 1 holds P6's field codes (`task_code`, `status_code`,
  `base_end_date`...), row 2 the column titles (`Activity ID`, `BL Project Finish`,
  `Actual Finish`); dates are P6 text (`12-Mar-26`, with ` A` after an actual finish).
- ``notion_risk_database``: a Notion database exported to a sheet named with Notion's id
  suffix: `Name` as the title, select values with coloured emoji (`🔴 High`), dates as
  `March 12, 2026` text, `Created time` and `Last edited time` with clock times.
- ``bank_operational_risks``: a bank's operational risk register: a title block, groups
  `Inherent` / `Controls` / `Residual` merged over `Likelihood` / `Impact` / `Rating` and
  `Key Control` / `Control Owner` / `Control Effectiveness`, `Risk Appetite`, `OPR-0042` refs.
- ``nec_early_warnings``: an NEC4 construction contract's early warning register (`EW No.`,
  `Notified By` a party, `Could Affect`, `Risk Reduction Meeting`, `Action Owner`, `Date
  Action Due`) beside a compensation event sheet (no standard register).
- ``risks_issues_side_by_side``: a risk log and an issue log pasted side by side on one
  sheet, a blank column between them, the issue log two rows lower.
- ``risk_log_comments_history``: a risk log with a `Comments / History` column of dated,
  initialled lines (several per cell) beside `Last Update`, H/M/L ratings.
- ``french_risk_register``: a French register (`N°`, `Intitulé`, `Responsable`,
  `Probabilité (1-5)`, `Statut` `Ouvert` / `Clos`, `Échéance`, dates `13/03/2026` text).
- ``german_open_points_list``: a German open-points list (OPL: `Nr.`, `Thema`,
  `Verantwortlich`, `Erstellt am`, `Termin`, `Priorität` hoch / mittel / niedrig, `Status`
  offen / in Bearbeitung / erledigt, dates `12.03.2026` text) with `Stand:` above.
- ``spanish_milestone_plan``: a Spanish milestone plan (`Hito`, `Puerta (S/N)`, `Fecha base`,
  `Fecha prevista`, `Fecha real`, `Estado` Completado / En curso / No iniciado).
- ``finance_text_amounts_long``: a spend tracker, one row per month and cost item, where
  months are `03/2026` text and amounts are text with units (`£12.5k`, `GBP 3,400`,
  `4,200 GBP`), with a workstream column.
- ``clarity_risk_export``: a Clarity PPM risk export (`RSK-00012`, L/M/H words, `Response
  Strategy`, `Target Resolution Date` and `Created Date` as US `3/14/2026` text, a project
  column on every row).
- ``loop_issue_tracker``: a Microsoft Loop / Teams tracker table: `@Priya Nair` mentions,
  emoji statuses (`🟡 In progress`), date cells.
- ``agency_issue_log``: an agency's issue log for a client: `Client Owner` and `Agency
  Owner`, `Impact on Client`, `Client Sign-off`, refs `#14`, a client / agency title line.
- ``sharepoint_dependency_list``: a SharePoint list exported to Excel (sheet `owssvr`, an
  Excel table, `Item Type` and `Path` at the end, `Created` / `Modified` date-times,
  `Providing Project` / `Receiving Project`).
- ``bid_assumptions_log``: a supplier's fixed-price bid assumptions log (`Assumption No.`
  `A1`, `Confidence (%)`, `Cost if untrue (£)`, `Agreed with client?`).

The ground truth says what a person reading the sheet would say; where a cell could
reasonably be read two ways no fact is given: P6's activity IDs (`A1040`) and the Spanish
`H-01` IDs, which of two owners of an agency issue owns it, whether a lone `Risk
Description` is a title or a description, which of a providing and a receiving project is
the counterparty, a confidence percentage, `erledigt` / `Done` (Resolved or Closed), a
`With client` status, a comments history, a control owner beside the risk owner, Notion's
`Created time` beside `Date identified`. It was checked for internal consistency only
(``check_truth``, the same check as the fifth batch's: each value fact points at an item the
counts hold and names a field the standard has, each truth column has a header in the sheet
and names a standard column), never against adoption's output.
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
    MONTH_NAMES,
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
from openpyxl.worksheet.table import Table

LMH = ["Low", "Medium", "High"]
LMH_SCORE = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
MILESTONE_NAMES = [
    "Design approved",
    "Build complete",
    "System test exit",
    "UAT sign-off",
    "Go-live",
    "Hypercare exit",
    "Data migration dress rehearsal",
    "Training delivered",
]


def _days(rng: random.Random, n: int) -> list[date]:
    """``n`` dates, one of them past the 12th, so the day part of a text date is known."""
    days = [_day(rng) for _ in range(n)]
    if not any(d.day > 12 for d in days):
        days[0] = days[0].replace(day=13 + days[0].day % 15)
    return days


def _p6(d: date) -> str:
    return f"{d.day:02d}-{MONTHS[d.month - 1]}-{d:%y}"


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def p6_milestone_activities(folder: Path, rng: random.Random) -> Built:
    """P6: field codes in row 1, titles in row 2, `12-Mar-26 A` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "TASK")
    codes = ["task_code", "task_name", "status_code", "base_end_date", "end_date"]
    codes += ["act_end_date", "task_type", "wbs_id"]
    titles = ["Activity ID", "Activity Name", "Activity Status", "BL Project Finish", "Finish"]
    titles += ["Actual Finish", "Activity Type", "WBS Code"]
    _put(ws, 1, 1, [codes, titles])
    n = rng.randint(5, 8)
    names = rng.sample(MILESTONE_NAMES, n)
    baselines = sorted(_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        base = baselines[i]
        state = "Completed" if i < n // 3 else rng.choice(["In Progress", "Not Started"])
        finish = base + timedelta(days=rng.randint(-5, 20))
        actual = finish if state == "Completed" else None
        row = [
            f"A{1000 + 10 * i}",
            names[i],
            state,
            _p6(base),
            f"{_p6(finish)} A" if actual else _p6(finish),
            _p6(actual) if actual else None,
            "Finish Milestone",
            f"ERP.{1 + i // 3}.{1 + i % 3}",
        ]
        _put(ws, 3 + i, 1, [row])
        status = {"Completed": "Complete"}.get(state, state)
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "status", status),
            ValueFact("milestones", i, "baseline_date", base),
            ValueFact("milestones", i, "forecast_date", finish),
            ValueFact("milestones", i, "actual_date", actual),
        ]
    path = folder / "p6_milestone_activities.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "milestone", "status", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", None, None])
    return Built(path, [TruthTable("TASK", 2, "milestones", targets, {"milestones": n})], values)


def notion_risk_database(folder: Path, rng: random.Random) -> Built:
    """Notion: `Name` title, emoji select values, `March 12, 2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks 8c1e2f0a")
    header = ["Name", "Status", "Owner", "Likelihood", "Impact", "Category"]
    header += ["Date identified", "Due", "Mitigation", "Created time", "Last edited time"]
    _put(ws, 1, 1, [header])
    emoji = {"High": "🔴 High", "Medium": "🟡 Medium", "Low": "🟢 Low"}
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.choice(LMH), rng.choice(LMH)
        status = rng.choice(["Open", "Open", "Monitoring", "Closed"])
        owner = rng.choice(PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(14, 60))
        edited = raised[i] + timedelta(days=rng.randint(1, 10))
        category = rng.choice(["Technical", "Commercial", "People", "Schedule"])
        row = [
            titles[i],
            status,
            owner,
            emoji[p],
            emoji[imp],
            category,
            f"{MONTH_NAMES[raised[i].month - 1]} {raised[i].day}, {raised[i].year}",
            f"{MONTH_NAMES[due.month - 1]} {due.day}, {due.year}",
            "Weekly check-in with the owner",
            f"{MONTH_NAMES[raised[i].month - 1]} {raised[i].day}, {raised[i].year} 9:41 AM",
            f"{MONTH_NAMES[edited.month - 1]} {edited.day}, {edited.year} 4:05 PM",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", LMH_SCORE[p]),
            ValueFact("risks", i, "impact", LMH_SCORE[imp]),
            ValueFact("risks", i, "category", category),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "last_updated", edited),
        ]
    path = folder / "notion_risk_database.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["title", "status", "owner", "probability", "impact"])
    targets |= _cols("F", ["category", "raised_date", "due_date", "response"])
    targets["K"] = "last_updated"  # J (Created time) has no fact: two dates of creation
    return Built(path, [TruthTable("Risks 8c1e2f0a", 1, "risks", targets, {"risks": n})], values)


def bank_operational_risks(folder: Path, rng: random.Random) -> Built:
    """Operational risk register: Inherent / Controls / Residual groups over sub-labels."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "ORR")
    ws["A1"] = "Operational Risk Register"
    ws["A2"] = "Business Unit: Payments Operations"
    ws["A3"] = "Reporting period: Q1 2026"
    _put(ws, 5, 4, [["Inherent", None, None, "Controls", None, None, "Residual"]])
    ws.merge_cells("D5:F5")
    ws.merge_cells("G5:I5")
    ws.merge_cells("J5:L5")
    header = ["Risk Ref", "Risk Title", "Risk Owner", "Likelihood", "Impact", "Rating"]
    header += ["Key Control", "Control Owner", "Control Effectiveness"]
    header += ["Likelihood", "Impact", "Rating", "Risk Appetite", "Status"]
    _put(ws, 6, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    first = rng.randint(10, 80)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.randint(2, 5), rng.randint(2, 5)
        rp, ri = rng.randint(1, p), rng.randint(1, imp)
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            f"OPR-{first + i:04d}",
            titles[i],
            owner,
            p,
            imp,
            "High" if p * imp >= 10 else "Medium",
            "Four-eyes check on payment release",
            rng.choice(PEOPLE),
            rng.choice(["Effective", "Partially effective", "Not tested"]),
            rp,
            ri,
            "High" if rp * ri >= 10 else "Low",
            rng.choice(["Within", "Outside"]),
            status,
        ]
        _put(ws, 7 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "residual_probability", float(rp)),
            ValueFact("risks", i, "residual_impact", float(ri)),
            ValueFact("risks", i, "status", status),
        ]
    path = folder / "bank_operational_risks.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    targets |= {"H": None, "J": "residual_probability", "K": "residual_impact", "M": None}
    targets["N"] = "status"
    return Built(path, [TruthTable("ORR", 6, "risks", targets, {"risks": n})], values)


def nec_early_warnings(folder: Path, rng: random.Random) -> Built:
    """NEC4 early warning register (risks) beside a compensation event sheet."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "EW Register")
    ws["A1"] = "NEC4 ECC - Early Warning Register"
    ws["A2"] = "Contract: Bridge Street Flood Alleviation Scheme"
    header = ["EW No.", "Date Notified", "Notified By", "Early Warning Description"]
    header += ["Could Affect", "Risk Reduction Meeting", "Actions Agreed", "Action Owner"]
    header += ["Date Action Due", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 8)
    texts = [
        "Utility diversion drawings not received from the water company",
        "Ground investigation shows more contaminated fill than assumed",
        "Road closure permit may not be granted for the planned weekend",
        "Steel sheet piles on extended lead time from the mill",
        "Bat survey needed before tree removal",
        "Design of the outfall headwall not yet accepted",
        "Flood season may stop work in the channel",
        "Site compound access shared with the school run",
    ]
    chosen = rng.sample(texts, n)
    notified = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        due = notified[i] + timedelta(days=rng.randint(7, 28))
        status = rng.choice(["Open", "Open", "Closed"])
        row = [
            f"EW-{i + 1:03d}",
            notified[i],
            rng.choice(["Contractor", "Project Manager"]),
            chosen[i],
            rng.choice(["Prices", "Completion", "Key Date 2", "Prices / Completion"]),
            notified[i] + timedelta(days=rng.randint(2, 6)),
            "Agree a sequence change at the next RRM",
            owner,
            due,
            status,
        ]
        _put(ws, 5 + i, 1, [row])
        for c in (2, 6, 9):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", notified[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", status),
        ]
    ce = wb.create_sheet("CE Register")
    ce["A1"] = "Compensation Events"
    _put(ce, 3, 1, [["CE No.", "Description", "Clause", "Notified", "Quotation (£)", "Status"]])
    for i in range(3):
        _put(
            ce,
            4 + i,
            1,
            [
                [
                    f"CE-{i + 1:03d}",
                    "Instruction to change the design",
                    "60.1(1)",
                    _day(rng),
                    float(rng.randrange(5, 80) * 1000),
                    "Quotation due",
                ]
            ],
        )
    path = folder / "nec_early_warnings.xlsx"
    wb.save(path)
    targets: Targets = {"A": "id", "B": "raised_date", "C": None, "D": ("title", "description")}
    # G: the actions agreed at the risk reduction meeting are the risk's response (audit)
    targets |= {"G": "response", "H": "owner", "I": "due_date", "J": "status"}
    return Built(path, [TruthTable("EW Register", 4, "risks", targets, {"risks": n})], values)


def risks_issues_side_by_side(folder: Path, rng: random.Random) -> Built:
    """A risk log at A4 and an issue log at H6 on one sheet, column G blank."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Project Falcon - risks and issues (pasted from the workstream logs)"
    ws["A3"] = "RISKS"
    _put(ws, 4, 1, [["Risk #", "Risk", "Owner", "Prob (1-5)", "Impact (1-5)", "Mitigation"]])
    ws["H5"] = "ISSUES"
    _put(ws, 6, 8, [["Issue #", "Issue", "Owner", "Raised", "Severity (1-5)", "Status"]])
    nr, ni = rng.randint(4, 6), rng.randint(4, 6)
    values: list[ValueFact] = []
    for i, title in enumerate(rng.sample(RISK_TITLES, nr)):
        owner, p, imp = rng.choice(PEOPLE), rng.randint(1, 5), rng.randint(1, 5)
        _put(ws, 5 + i, 1, [[i + 1, title, owner, p, imp, "Agree a fallback with the PMO"]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
        ]
    raised = _days(rng, ni)
    for i, title in enumerate(rng.sample(ISSUE_TITLES, ni)):
        owner, sev = rng.choice(PEOPLE), rng.randint(1, 5)
        status = rng.choice(["Open", "In Progress", "Closed"])
        _put(ws, 7 + i, 8, [[i + 1, title, owner, raised[i], sev, status]])
        ws.cell(7 + i, 11).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "severity", float(sev)),
            ValueFact("issues", i, "status", status),
        ]
    path = folder / "risks_issues_side_by_side.xlsx"
    wb.save(path)
    risk_cols: Targets = _cols("A", ["id", "title", "owner", "probability", "impact", "response"])
    issue_cols: Targets = _cols("H", ["id", "title", "owner", "raised_date", "severity", "status"])
    return Built(
        path,
        [
            TruthTable("RAID", 4, "risks", risk_cols, {"risks": nr}),
            TruthTable("RAID", 6, "issues", issue_cols, {"issues": ni}),
        ],
        values,
    )


def risk_log_comments_history(folder: Path, rng: random.Random) -> Built:
    """Risk log with a multi-line dated `Comments / History` column, H/M/L ratings."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Log")
    ws["A1"] = "Risk log - Customer Portal Replacement"
    header = ["ID", "Risk Description", "Owner", "Date Raised", "Likelihood (H/M/L)"]
    header += ["Impact (H/M/L)", "Actions", "Comments / History", "Last Update", "Status"]
    _put(ws, 2, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _days(rng, n)
    values: list[ValueFact] = []
    letter = {"Low": "L", "Medium": "M", "High": "H"}
    for i in range(n):
        p, imp = rng.choice(LMH), rng.choice(LMH)
        owner = rng.choice(PEOPLE)
        updated = raised[i] + timedelta(days=rng.randint(3, 30))
        history = "\n".join(
            [
                f"{updated:%d/%m/%Y} - {owner.split()[0][0]}{owner.split()[-1][0]}: chased again",
                f"{raised[i]:%d/%m/%Y} - PMO: raised at the project board",
            ]
        )
        status = rng.choice(["Open", "Closed"])
        row = [
            f"R{i + 1:02d}",
            titles[i],
            owner,
            raised[i],
            letter[p],
            letter[imp],
            "Owner to report at the next board",
            history,
            updated,
            status,
        ]
        _put(ws, 3 + i, 1, [row])
        for c in (4, 9):
            ws.cell(3 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "probability", LMH_SCORE[p]),
            ValueFact("risks", i, "impact", LMH_SCORE[imp]),
            ValueFact("risks", i, "last_updated", updated),
            ValueFact("risks", i, "status", status),
        ]
    path = folder / "risk_log_comments_history.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", ("title", "description"), "owner", "raised_date"])
    targets |= _cols("E", ["probability", "impact", "response"])
    targets |= {"I": "last_updated", "J": "status"}
    return Built(path, [TruthTable("Risk Log", 2, "risks", targets, {"risks": n})], values)


# ---------------------------------------------------------------------------------------
# A multinational PMO: French, German and Spanish registers
# ---------------------------------------------------------------------------------------


def french_risk_register(folder: Path, rng: random.Random) -> Built:
    """French headers, `Ouvert` / `Clos`, `13/03/2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registre des risques")
    ws["A1"] = "Registre des risques - Projet Atlas"
    header = ["N°", "Intitulé", "Description", "Catégorie", "Responsable"]
    header += ["Date d'identification", "Statut", "Probabilité (1-5)", "Impact (1-5)"]
    header += ["Criticité", "Plan d'action", "Échéance"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 8)
    titles = ["Retard du fournisseur", "Départ de l'architecte", "Données de mauvaise qualité"]
    titles += ["Budget réduit", "Environnement de test indisponible", "Hausse des licences"]
    titles += ["Audit de sécurité bloquant", "Changement réglementaire"]
    chosen = rng.sample(titles, n)
    raised = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(PEOPLE)
        statut = rng.choice(["Ouvert", "Ouvert", "Clos"])
        due = raised[i] + timedelta(days=rng.randint(10, 50))
        row = [
            i + 1,
            chosen[i],
            "Voir le plan d'action",
            rng.choice(["Technique", "Financier", "Ressources humaines"]),
            owner,
            f"{raised[i]:%d/%m/%Y}",
            statut,
            p,
            imp,
            p * imp,
            "Suivi hebdomadaire avec le fournisseur",
            f"{due:%d/%m/%Y}",
        ]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", chosen[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", {"Ouvert": "Open", "Clos": "Closed"}[statut]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "due_date", due),
        ]
    path = folder / "french_risk_register.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", "category", "owner"])
    targets |= _cols("F", ["raised_date", "status", "probability", "impact"])
    targets |= {"K": "response", "L": "due_date"}
    return Built(
        path, [TruthTable("Registre des risques", 3, "risks", targets, {"risks": n})], values
    )


def german_open_points_list(folder: Path, rng: random.Random) -> Built:
    """German OPL: `Termin`, `Priorität` hoch/mittel/niedrig, `12.03.2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Offene Punkte")
    report = date(2026, 3, rng.randint(13, 27))
    ws["A1"] = "Offene-Punkte-Liste (OPL) - Projekt Nordlicht"
    ws["A2"] = f"Stand: {report:%d.%m.%Y}"
    header = ["Nr.", "Thema", "Beschreibung", "Kategorie", "Verantwortlich", "Erstellt am"]
    header += ["Termin", "Priorität", "Status", "Maßnahme / Lösung"]
    _put(ws, 4, 1, [header])
    themes = ["Build-Server voll", "Lieferantenrechnung strittig", "Schnittstelle unvollständig"]
    themes += ["Zwei Tester krank", "SSO-Anmeldung schlägt fehl", "Summen stimmen nicht"]
    themes += ["Change Freeze blockiert Release", "Schulungsraum doppelt gebucht"]
    n = rng.randint(5, 8)
    chosen = rng.sample(themes, n)
    raised = _days(rng, n)
    prio = {"hoch": "High", "mittel": "Medium", "niedrig": "Low"}
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        due = raised[i] + timedelta(days=rng.randint(5, 40))
        p = rng.choice(list(prio))
        status = rng.choice(["offen", "in Bearbeitung", "erledigt"])
        row = [
            i + 1,
            chosen[i],
            "Details siehe Protokoll",
            rng.choice(["Technik", "Organisation", "Einkauf"]),
            owner,
            f"{raised[i]:%d.%m.%Y}",
            f"{due:%d.%m.%Y}",
            p,
            status,
            "Im nächsten Jour fixe klären",
        ]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", chosen[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", prio[p]),
        ]
        if status != "erledigt":  # erledigt: Resolved or Closed, a person could say either
            status_en = {"offen": "Open", "in Bearbeitung": "In Progress"}[status]
            values.append(ValueFact("issues", i, "status", status_en))
    values.append(ValueFact("project", 0, "report_date", report))
    path = folder / "german_open_points_list.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "title", "description", None, "owner", "raised_date"])
    targets |= _cols("G", ["due_date", "priority", "status", "resolution"])
    return Built(path, [TruthTable("Offene Punkte", 4, "issues", targets, {"issues": n})], values)


def spanish_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """Spanish milestones: `Puerta (S/N)`, `Fecha base` / `prevista` / `real`, `Estado`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Hitos")
    ws["A1"] = "Plan de hitos - Proyecto Cóndor"
    header = ["ID", "Hito", "Responsable", "Puerta (S/N)", "Fecha base", "Fecha prevista"]
    header += ["Fecha real", "Estado", "Comentarios"]
    _put(ws, 3, 1, [header])
    hitos = ["Diseño aprobado", "Construcción terminada", "Fin de pruebas de sistema"]
    hitos += ["Aceptación de usuarios", "Puesta en producción", "Fin de soporte post-arranque"]
    n = rng.randint(4, 6)
    bases = sorted(_day(rng, span=200) for _ in range(n))
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        gate = rng.choice(["S", "N"])
        forecast = bases[i] + timedelta(days=rng.randint(0, 15))
        estado = "Completado" if i < n // 2 else rng.choice(["En curso", "No iniciado"])
        actual = forecast if estado == "Completado" else None
        row = [f"H-{i + 1:02d}", hitos[i], owner, gate, bases[i], forecast, actual, estado, ""]
        _put(ws, 4 + i, 1, [row])
        for c in (5, 6, 7):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        status = {"Completado": "Complete", "En curso": "In Progress"}
        values += [
            ValueFact("milestones", i, "milestone", hitos[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "gate", {"S": "Y", "N": "N"}[gate]),
            ValueFact("milestones", i, "baseline_date", bases[i]),
            ValueFact("milestones", i, "forecast_date", forecast),
            ValueFact("milestones", i, "actual_date", actual),
            ValueFact("milestones", i, "status", status.get(estado, "Not Started")),
        ]
    path = folder / "spanish_milestone_plan.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["id", "milestone", "owner", "gate", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status"])
    return Built(path, [TruthTable("Hitos", 3, "milestones", targets, {"milestones": n})], values)


# ---------------------------------------------------------------------------------------
# Finance, text with units
# ---------------------------------------------------------------------------------------


def _money(rng: random.Random, amount: float) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"£{amount / 1000:g}k"
    if form == 1:
        return f"GBP {amount:,.0f}"
    return f"{amount:,.0f} GBP"


def finance_text_amounts_long(folder: Path, rng: random.Random) -> Built:
    """One row per month and cost item; `03/2026` months, `£12.5k` / `GBP 3,400` amounts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Spend tracker")
    ws["A1"] = "Spend tracker (pasted from the finance system's e-mail)"
    header = ["Period", "Workstream", "Cost item", "Budgeted", "Spent", "Forecast", "Comment"]
    _put(ws, 3, 1, [header])
    lines = rng.sample(COST_LINES, rng.randint(2, 4))
    months = [date(2026, m, 1) for m in range(1, 7)]
    values: list[ValueFact] = []
    r = 4
    for m, month in enumerate(months):
        for line in lines:
            budget = float(rng.randrange(20, 300) * 100)
            actual = float(rng.randrange(20, 300) * 100) if m < 3 else None
            forecast = actual if actual is not None else float(rng.randrange(20, 300) * 100)
            row = [
                f"{month:%m/%Y}",
                rng.choice(["Platform", "Change", "Data"]),
                line,
                _money(rng, budget),
                _money(rng, actual) if actual is not None else None,
                _money(rng, forecast),
                "",
            ]
            _put(ws, r, 1, [row])
            r += 1
            values.append(ValueFact("finance", (month, line), "budget", budget))
            values.append(ValueFact("finance", (month, line), "forecast", forecast))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
    values.append(ValueFact("project", 0, "currency", "GBP"))  # every amount says GBP / £
    path = folder / "finance_text_amounts_long.xlsx"
    wb.save(path)
    targets: Targets = {"A": "month", "C": "cost_line", "D": "budget", "E": "actual"}
    targets["F"] = "forecast"
    n = len(lines) * len(months)
    return Built(path, [TruthTable("Spend tracker", 3, "finance", targets, {"finance": n})], values)


# ---------------------------------------------------------------------------------------
# Portfolio tools and team trackers
# ---------------------------------------------------------------------------------------


def clarity_risk_export(folder: Path, rng: random.Random) -> Built:
    """Clarity PPM risks: `RSK-00012`, L/M/H words, US `3/14/2026` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["ID", "Name", "Project", "Owner", "Probability", "Impact", "Priority"]
    header += ["Status", "Target Resolution Date", "Response Strategy", "Category"]
    header += ["Created Date"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    created = _days(rng, n)
    first = rng.randint(10, 400)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.choice(LMH), rng.choice(LMH)
        owner = rng.choice(PEOPLE)
        target = created[i] + timedelta(days=rng.randint(20, 90))
        status = rng.choice(["Open", "Open", "Closed"])
        strategy = rng.choice(["Avoid", "Transfer", "Accept"])
        row = [
            f"RSK-{first + i:05d}",
            titles[i],
            "PRJ00123 ERP Upgrade",
            owner,
            p,
            imp,
            rng.choice(LMH),
            status,
            f"{target.month}/{target.day}/{target.year}",
            strategy,
            rng.choice(["Technical", "Schedule", "Financial"]),
            f"{created[i].month}/{created[i].day}/{created[i].year}",
        ]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("risks", i, "id", f"R-{first + i:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", LMH_SCORE[p]),
            ValueFact("risks", i, "impact", LMH_SCORE[imp]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "due_date", target),
            ValueFact("risks", i, "response_type", strategy),
            ValueFact("risks", i, "raised_date", created[i]),
        ]
    path = folder / "clarity_risk_export.xlsx"
    wb.save(path)
    targets: Targets = {"A": "id", "B": "title", "D": "owner", "E": "probability"}
    targets |= {"F": "impact", "H": "status", "I": "due_date", "J": "response_type"}
    targets |= {"K": "category", "L": "raised_date"}
    return Built(path, [TruthTable("Risks", 1, "risks", targets, {"risks": n})], values)


def loop_issue_tracker(folder: Path, rng: random.Random) -> Built:
    """Loop / Teams tracker: `@Name` mentions, emoji statuses, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue tracker")
    header = ["Issue", "Assigned to", "Status", "Priority", "Raised", "Due date", "Notes"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        status = rng.choice(["⚪ Not started", "🟡 In progress", "🟡 In progress", "✅ Done"])
        priority = rng.choice(["High", "Medium", "Low"])
        due = datetime.combine(raised[i] + timedelta(days=rng.randint(3, 30)), time())
        row = [titles[i], f"@{owner}", status, priority, raised[i], due, "see the chat thread"]
        _put(ws, 2 + i, 1, [row])
        for c in (5, 6):
            ws.cell(2 + i, c).number_format = "d mmm yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", priority),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due.date()),
        ]
        if status == "🟡 In progress":  # Not started (Open?) and Done (Resolved or Closed?)
            values.append(ValueFact("issues", i, "status", "In Progress"))
    path = folder / "loop_issue_tracker.xlsx"
    wb.save(path)
    targets: Targets = _cols("A", ["title", "owner", "status", "priority", "raised_date"])
    targets["F"] = "due_date"
    return Built(path, [TruthTable("Issue tracker", 1, "issues", targets, {"issues": n})], values)


def agency_issue_log(folder: Path, rng: random.Random) -> Built:
    """An agency's issue log for a client: two owner columns, `#14` refs."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Client: Acme Retail  |  Agency: Brightwave Digital  |  Issue log"
    header = ["Ref", "Date Logged", "Issue", "Raised By", "Client Owner", "Agency Owner"]
    header += ["Impact on Client", "Priority", "Status", "Target Fix Date", "Client Sign-off"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(ISSUE_TITLES, n)
    logged = _days(rng, n)
    first = rng.randint(5, 40)
    values: list[ValueFact] = []
    for i in range(n):
        priority = rng.choice(["High", "Medium", "Low"])
        status = rng.choice(["Open", "With client", "Closed"])
        fix = logged[i] + timedelta(days=rng.randint(2, 21))
        row = [
            f"#{first + i}",
            logged[i],
            titles[i],
            rng.choice(["Client", "Agency"]),
            rng.choice(PEOPLE[:5]),
            rng.choice(PEOPLE[5:]),
            "Checkout conversion down on mobile",
            priority,
            status,
            fix,
            rng.choice(["Y", "N", None]),
        ]
        _put(ws, 4 + i, 1, [row])
        for c in (2, 10):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{first + i:03d}"),
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "priority", priority),
            ValueFact("issues", i, "due_date", fix),
        ]
        if status != "With client":
            values.append(ValueFact("issues", i, "status", status))
    path = folder / "agency_issue_log.xlsx"
    wb.save(path)
    targets: Targets = {"A": "id", "B": "raised_date", "C": "title", "D": None}
    targets |= {"H": "priority", "I": "status", "J": "due_date", "K": None}
    return Built(path, [TruthTable("Issues", 3, "issues", targets, {"issues": n})], values)


def sharepoint_dependency_list(folder: Path, rng: random.Random) -> Built:
    """SharePoint list exported to Excel: sheet `owssvr`, an Excel table, `Item Type` and
    `Path` columns at the end, `Created` / `Modified` beside the list's own dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "owssvr")
    header = ["Title", "Providing Project", "Receiving Project", "Dependency Owner"]
    header += ["Need By Date", "Committed Date", "Dependency Status", "Modified", "Created"]
    header += ["Item Type", "Path"]
    _put(ws, 1, 1, [header])
    n = rng.randint(4, 7)
    titles = [*DEP_TITLES, "Single sign-on for contractors", "HR feed for new starters"]
    chosen = rng.sample(titles, n)
    need = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        committed = need[i] + timedelta(days=rng.randint(-10, 10))
        status = rng.choice(["On Track", "At Risk", "Delivered"])
        row = [
            chosen[i],
            rng.choice(["PRJ-014 Identity", "PRJ-022 Network"]),
            rng.choice(["PRJ-031 Portal", "PRJ-040 Data"]),
            owner,
            need[i],
            committed,
            status,
            datetime(2026, 3, 2, 9, 15),
            datetime(2026, 1, 12, 14, 30),
            "Item",
            "sites/PMO/Lists/Dependencies",
        ]
        _put(ws, 2 + i, 1, [row])
        for c in (5, 6):
            ws.cell(2 + i, c).number_format = "dd/mm/yyyy"
        for c in (8, 9):
            ws.cell(2 + i, c).number_format = "dd/mm/yyyy hh:mm"
        values += [
            ValueFact("dependencies", i, "title", chosen[i]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", status),
            ValueFact("dependencies", i, "last_updated", date(2026, 3, 2)),
        ]
    ws.add_table(Table(displayName="Dependencies", ref=f"A1:K{1 + n}"))
    path = folder / "sharepoint_dependency_list.xlsx"
    wb.save(path)
    # B / C: which is the counterparty depends on whose workbook this is: no fact
    targets: Targets = {"A": "title", "D": "owner", "E": "need_by", "F": "committed_date"}
    targets |= {"G": "status", "H": "last_updated", "J": None, "K": None}
    return Built(
        path, [TruthTable("owssvr", 1, "dependencies", targets, {"dependencies": n})], values
    )


def bid_assumptions_log(folder: Path, rng: random.Random) -> Built:
    """A fixed-price bid's assumptions log: `Confidence (%)`, a cost if false, and a
    commercial team's `Agreed with client?` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Commercial assumptions - Statement of Work 3"
    ws["A2"] = "Any assumption found untrue is a change request under clause 9"
    header = ["Assumption No.", "Assumption", "Area", "Owner", "Date Logged", "Validate By"]
    header += ["Confidence (%)", "Cost if untrue (£)", "Agreed with client?", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    texts = [*ASSUMPTION_TITLES, "Client provides test data by week 4"]
    texts += ["Hosting is in the client's tenancy", "No more than two languages"]
    chosen = rng.sample(texts, n)
    logged = _days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(PEOPLE)
        by = logged[i] + timedelta(days=rng.randint(10, 45))
        status = rng.choice(["Open", "Validated", "Invalid"])
        row = [
            f"A{i + 1}",
            chosen[i],
            rng.choice(["Data", "Hosting", "Scope"]),
            owner,
            logged[i],
            by,
            rng.choice([0.5, 0.7, 0.9]),
            float(rng.randrange(5, 60) * 1000),
            rng.choice(["Yes", "No"]),
            status,
        ]
        _put(ws, 5 + i, 1, [row])
        for c in (5, 6):
            ws.cell(5 + i, c).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 7).number_format = "0%"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", chosen[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", by),
            ValueFact("assumptions", i, "status", status),
        ]
    path = folder / "bid_assumptions_log.xlsx"
    wb.save(path)
    # G (a percentage against a High / Medium / Low list) and H (a cost, against a text
    # column) could each be read two ways: no fact
    targets: Targets = _cols("A", ["id", "assumption", None, "owner", "raised_date"])
    targets |= {"F": "validate_by", "I": None, "J": "status"}
    return Built(
        path, [TruthTable("Assumptions", 4, "assumptions", targets, {"assumptions": n})], values
    )


HELD_OUT_6: tuple[Layout, ...] = (
    Layout(
        "p6_milestone_activities",
        "Primavera P6 milestones, field codes over titles, `12-Mar-26 A`",
        p6_milestone_activities,
    ),
    Layout("notion_risk_database", "Notion database export, emoji selects", notion_risk_database),
    Layout(
        "bank_operational_risks",
        "bank operational risk register, inherent / controls / residual",
        bank_operational_risks,
    ),
    Layout("nec_early_warnings", "NEC4 early warning register, CE sheet", nec_early_warnings),
    Layout(
        "risks_issues_side_by_side",
        "risk and issue logs side by side, a blank column between",
        risks_issues_side_by_side,
    ),
    Layout(
        "risk_log_comments_history",
        "risk log with a dated comments history column",
        risk_log_comments_history,
    ),
    Layout("french_risk_register", "French risk register, text dates", french_risk_register),
    Layout("german_open_points_list", "German open-points list (OPL)", german_open_points_list),
    Layout("spanish_milestone_plan", "Spanish milestone plan", spanish_milestone_plan),
    Layout(
        "finance_text_amounts_long",
        "spend tracker, `03/2026` months down, amounts as text with units",
        finance_text_amounts_long,
    ),
    Layout("clarity_risk_export", "Clarity PPM risk export, US text dates", clarity_risk_export),
    Layout("loop_issue_tracker", "Loop / Teams tracker, @mentions, emoji", loop_issue_tracker),
    Layout("agency_issue_log", "agency issue log, client and agency owners", agency_issue_log),
    Layout(
        "sharepoint_dependency_list",
        "SharePoint list export, `owssvr` sheet, Excel table",
        sharepoint_dependency_list,
    ),
    Layout("bid_assumptions_log", "bid assumptions log, confidence %", bid_assumptions_log),
)
