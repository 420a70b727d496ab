"""Round 14's own tuning batch (``TUNING_7``): thirteen seeded legacy layouts with ground
truth, written in round 14 by an engineer who tunes adoption, from tools, sectors and
countries no earlier batch file has (every earlier ``adopt_layouts*.py`` docstring that may
be read was checked). It is a TUNING batch from the start ("tuning, seventh batch (round
14)"): its misses are read and fixed by general patterns (docs/adopt.md, "Round 14:
mechanisms (a tuning batch of round 14's own)").

- ``project_for_web_milestones``: Microsoft Project for the web's "Export to Excel": a
  project block (`Project name`, `Project manager`, `Start`, `Finish`) above the task grid
  (`Task Number`, `Outline Number`, `Name`, `Assigned to`, `Start`, `Finish`, `Duration`,
  `% complete`, `Bucket`, `Milestone` Yes / No); only the flagged rows are milestones.
- ``smartsheet_control_center_risks``: a project risk sheet made by a Smartsheet Control
  Center blueprint for its portfolio roll-up: `Project Name` cell-linked on every row,
  `Risk #`, `Risk Title`, `Probability` / `Impact` High / Medium / Low, `Risk Level` (a
  formula), `Mitigation Plan`, `Risk Owner`, `Date Identified`, `Status`, `Include in
  Rollup` TRUE / FALSE, Smartsheet's `Modified` stamp.
- ``deltek_budget_vs_actual``: a Deltek Vantagepoint project budget-vs-actual export: the
  project and currency in the title, `Account` / `Account Name` / `Type` (Budget / Actual)
  down, months across as `Jan 2026` text, and `Total Direct` rows that are the sum of the
  two cost lines above them (a third line that is no line).
- ``mining_weekly_cost_report``: a mining company's expansion project weekly cost report:
  `WBS`, `Cost Code Description`, actual cost per week across under `Week commencing`
  (date cells `27-Apr` .. `22-Jun`: the first week straddles April and May), AUD.
- ``workday_personnel_fte``: a Workday Adaptive Planning personnel plan: `Employee`, `Job
  Title`, `Cost Center`, FTE (1.0, 0.5) per month across as `Jan-2026` text.
- ``unit4_grant_staff_hours``: a university research grant's staff effort from Unit4 ERP:
  `Staff Name`, `Post`, `Grade`, hours per period across as Unit4 periods `202601`.
- ``ariba_supplier_deliverables``: an SAP Ariba contract's supplier deliverables kept as the
  dependency log: `Contract ID`, `Supplier`, `Deliverable`, `Need By (Original)` and `Need
  By (Revised)` (re-planned), `Supplier Commit Date`, `Buyer`, `Status` On Track / At
  Risk / Delivered, date cells.
- ``kenya_county_dependencies``: a Kenyan county ICT programme's dependency tracker: `S/No`,
  `Dependency`, `Responsible MDA` (ministry, department or agency), `MDA Focal Person`,
  `Project Lead`, `Date Required`, an `Agreed Date` alone, `Status` Open / Closed, dates
  as `14/03/2026` text.
- ``canada_gc_bilingual_risks``: a Government of Canada departmental risk register with
  every header in English and French in one cell (`Risk Owner / Responsable du risque`),
  Likelihood / Impact 1-5, ISO `2026-03-14` text dates.
- ``mexico_matriz_riesgos``: a Mexican `Matriz de Riesgos` (`No.`, `Riesgo`, `Causa`,
  `Probabilidad` Alta / Media / Baja, `Impacto` Alto / Medio / Bajo, `Responsable`,
  `Acción de mitigación`, `Fecha compromiso`, `Estatus` Abierto / En proceso / Cerrado,
  `Fecha de alta`, dates `14/03/2026` text).
- ``egypt_arabic_issue_log``: an Egyptian government project's issue log in Arabic only on
  a right-to-left sheet (`م`, `المشكلة`, `المسؤول`, `تاريخ الرصد`, `تاريخ الاستحقاق`,
  `الأولوية` عالية / متوسطة / منخفضة, `الحالة` مفتوحة / مغلقة), dates written in
  Eastern Arabic digits (`١٤/٠٣/٢٠٢٦`).
- ``malaysia_daftar_risiko``: a Malaysian agency's `Daftar Risiko` in Malay (`Bil.`, `Kod
  Risiko` R01, `Risiko`, `Punca`, `Kebarangkalian` / `Impak` 1-5, `Pemilik Risiko`,
  `Tindakan Mitigasi`, `Status` Aktif / Ditutup, `Tarikh Dikenal Pasti` `14/03/2026`).
- ``nigeria_mda_issue_log``: a Nigerian federal ministry's project issue log: `S/N`,
  `Issue`, `Date Reported` (date cells), `Action Officer`, `Target Date`, `Status` Open /
  Resolved / Closed, `Remarks`.

The ground truth says what a PMO person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Project for the web's `Finish` of a milestone
with no baseline (the baseline or the forecast: either column is right, no date fact) and
its `Task Number`; Smartsheet's `Risk #` numbers; the FTE and hours of the resource plans
(days per month depend on the working days and hours a day the PMO uses: their columns,
counts and items are facts, their days are not); the mining report's April and May (the week
of 27 April straddles them: all of it in April, or split by days); `Need By (Original)` is
no column (the revised date is the current need); the Ariba `Deliverable` (the title or
the deliverable); `En proceso` for a risk and `Aktif` (Open or Monitoring); the row numbers
`S/No`, `S/N`, `Bil.`, `م`, `No.` (their columns are left out or the ID: no fact); the
Nigerian `Remarks`. It was checked for internal consistency only (``check_truth``), never
against adoption's output.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
    _day,
    _dmy,
    _drawn_days,
    _put,
    _save,
    _sheet,
)

LMH = {"Low": 1.0, "Medium": 3.0, "High": 5.0}  # the documented three-level reading
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# ---------------------------------------------------------------------------------------
# Tool exports
# ---------------------------------------------------------------------------------------


def project_for_web_milestones(folder: Path, rng: random.Random) -> Built:
    """Project for the web's Excel export: a project block, then the task grid."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Project tasks")
    name = rng.choice(["Contact Centre Migration", "HR Self-Service Rollout"])
    pm = rng.choice(PEOPLE)
    _put(ws, 1, 1, [["Project name", name], ["Project manager", pm]])
    _put(ws, 3, 1, [["Start", date(2026, 1, 5)], ["Finish", date(2026, 9, 30)]])
    header = ["Task Number", "Outline Number", "Name", "Assigned to", "Start", "Finish"]
    header += ["Duration", "% complete", "Bucket", "Milestone"]
    _put(ws, 6, 1, [header])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", name),
        ValueFact("project", 0, "project_manager", pm),
    ]
    milestone_names = ["Design signed off", "Build complete", "UAT exit", "Go live"]
    k = 0
    r = 7
    for i in range(11):
        is_ms = i % 3 == 2 and k < len(milestone_names)
        start = _day(rng, date(2026, 1, 12), 200)
        owner = rng.choice(PEOPLE)
        if is_ms:
            title = milestone_names[k]
            finish, duration = start, "0 days"
        else:
            title = f"Work package {i + 1}: {rng.choice(['analysis', 'build', 'test'])}"
            finish = start + timedelta(days=rng.randint(5, 30))
            duration = f"{(finish - start).days} days"
        row: list[object] = [i + 1, f"1.{i + 1}", title, owner, start, finish, duration]
        row += [rng.choice([0, 50, 100]), rng.choice(["Phase 1", "Phase 2"])]
        row.append("Yes" if is_ms else "No")
        _put(ws, r, 1, [row])
        ws.cell(r, 5).number_format = ws.cell(r, 6).number_format = "m/d/yyyy"
        if is_ms:
            values += [
                ValueFact("milestones", k, "milestone", title),
                ValueFact("milestones", k, "owner", owner),
            ]
            k += 1
        r += 1
    path = _save(wb, folder, "project_for_web_milestones")
    targets: Targets = {"B": None, "C": "milestone", "D": "owner"}
    targets |= {"F": ("baseline_date", "forecast_date"), "G": None, "I": None, "J": None}
    table = TruthTable("Project tasks", 6, "milestones", targets, {"milestones": k})
    return Built(path, [table], values)


def smartsheet_control_center_risks(folder: Path, rng: random.Random) -> Built:
    """A Control Center blueprint's risk sheet, cell-linked for the portfolio roll-up."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Log")
    project = rng.choice(["PRJ-0412 Depot Upgrade", "PRJ-0388 Billing Replacement"])
    header = ["Project Name", "Risk #", "Risk Title", "Probability", "Impact", "Risk Level"]
    header += ["Mitigation Plan", "Risk Owner", "Date Identified", "Status"]
    header += ["Include in Rollup", "Modified"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 8)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp = rng.choice(list(LMH)), rng.choice(list(LMH))
        owner = rng.choice(PEOPLE)
        status = rng.choice(["Open", "Open", "Closed"])
        modified = datetime.combine(
            raised[i] + timedelta(days=rng.randint(1, 20)), datetime.min.time()
        )
        modified += timedelta(hours=9, minutes=rng.randint(0, 59))
        level = "High" if LMH[p] * LMH[imp] >= 15 else "Medium" if LMH[p] * LMH[imp] >= 5 else "Low"
        row: list[object] = [project, i + 1, titles[i], p, imp, level]
        row += [f"Agree a fallback for: {titles[i].lower()}", owner, raised[i], status]
        row += [rng.choice([True, True, False]), modified]
        _put(ws, 2 + i, 1, [row])
        ws.cell(2 + i, 9).number_format = "mm/dd/yy"
        ws.cell(2 + i, 12).number_format = "mm/dd/yy h:mm AM/PM"
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", LMH[p]),
            ValueFact("risks", i, "impact", LMH[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "last_updated", modified.date()),
        ]
    path = _save(wb, folder, "smartsheet_control_center_risks")
    targets: Targets = _cols("A", [None, "id", "title", "probability", "impact"])
    targets |= _cols("F", [("rating", None), "response", "owner", "raised_date", "status"])
    targets |= {"K": None, "L": "last_updated"}
    return Built(path, [TruthTable("Risk Log", 1, "risks", targets, {"risks": n})], values)


# ---------------------------------------------------------------------------------------
# Finance and resource plans
# ---------------------------------------------------------------------------------------


def deltek_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """Deltek budget vs actual: Budget / Actual rows per account, a `Total Direct` pair."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Project 1001234.00 - Harbour Bridge Inspection: Budget vs Actual (USD)"
    ws["A2"] = "Fiscal year 2026, periods 1-6"
    months = [date(2026, m, 1) for m in range(1, 7)]
    labels = [f"{_MON[d.month - 1]} {d.year}" for d in months]
    _put(ws, 4, 1, [["Account", "Account Name", "Type", *labels, "Total"]])
    accounts = [("5000", "Direct Labor"), ("5200", "Direct Expense")]
    values: list[ValueFact] = []
    sums: dict[str, list[float]] = {"Budget": [0.0] * 6, "Actual": [0.0] * 6}
    r = 5
    for code, line in accounts:
        for kind in ("Budget", "Actual"):
            amounts = [float(rng.randrange(20, 90) * 250) for _ in months]
            _put(ws, r, 1, [[code, line, kind, *amounts, sum(amounts)]])
            for m, month in enumerate(months):
                values.append(ValueFact("finance", (month, line), kind.lower(), amounts[m]))
                sums[kind][m] += amounts[m]
            r += 1
    for kind in ("Budget", "Actual"):
        _put(ws, r, 1, [[None, "Total Direct", kind, *sums[kind], sum(sums[kind])]])
        r += 1
    values.append(ValueFact("project", 0, "currency", "USD"))
    path = _save(wb, folder, "deltek_budget_vs_actual")
    targets: Targets = {"B": "cost_line", "C": "measure"}
    n = len(accounts) * len(months)
    return Built(
        path, [TruthTable("Budget vs Actual", 4, "finance", targets, {"finance": n})], values
    )


def mining_weekly_cost_report(folder: Path, rng: random.Random) -> Built:
    """Actual cost per week across; the first week (27 April) straddles two months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Weekly Cost")
    ws["A1"] = "Stage 2 Expansion Project - Weekly Cost Report (AUD)"
    ws["A2"] = "Actual cost by week commencing"
    weeks = [date(2026, 4, 27) + timedelta(weeks=k) for k in range(9)]
    _put(ws, 4, 1, [["WBS", "Cost Code Description", *weeks]])
    for c in range(3, 3 + len(weeks)):
        ws.cell(4, c).number_format = "dd-mmm"
    lines = rng.sample(["Drilling", "Earthworks", "Haulage", "Camp services", "Owner's team"], 3)
    values: list[ValueFact] = []
    for i, line in enumerate(lines):
        amounts = [float(rng.randrange(10, 80) * 1000) for _ in weeks]
        _put(ws, 5 + i, 1, [[f"2.{i + 1}.00", line, *amounts]])
        june = sum(a for w, a in zip(weeks, amounts, strict=True) if w.month == 6)
        values.append(ValueFact("finance", (date(2026, 6, 1), line), "actual", june))
    values.append(ValueFact("project", 0, "currency", "AUD"))
    path = _save(wb, folder, "mining_weekly_cost_report")
    targets: Targets = {"A": None, "B": "cost_line"}
    table = TruthTable("Weekly Cost", 4, "finance", targets, {"finance": 3 * len(lines)})
    return Built(path, [table], values)


def workday_personnel_fte(folder: Path, rng: random.Random) -> Built:
    """Workday Adaptive Planning personnel plan: FTE per month across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Personnel")
    ws["A1"] = "Personnel plan (FTE) - Version: Working Budget"
    months = [date(2026, m, 1) for m in range(1, 7)]
    labels = [f"{_MON[d.month - 1]}-{d.year}" for d in months]
    _put(ws, 3, 1, [["Employee", "Job Title", "Cost Center", *labels]])
    roles = ["Project Manager", "Business Analyst", "Solution Architect", "Developer", "Tester"]
    n = rng.randint(3, 5)
    for i, role in enumerate(rng.sample(roles, n)):
        fte = [rng.choice([1.0, 1.0, 0.5, 0.2]) for _ in months]
        _put(ws, 4 + i, 1, [[PEOPLE[i], role, rng.choice(["CC-4100 IT", "CC-4200 Ops"]), *fte]])
    path = _save(wb, folder, "workday_personnel_fte")
    targets: Targets = {"A": "person", "B": "role", "C": None}
    table = TruthTable("Personnel", 3, "resources", targets, {"resources": n * len(months)})
    return Built(path, [table], [])


def unit4_grant_staff_hours(folder: Path, rng: random.Random) -> Built:
    """A university grant's staff effort in hours per Unit4 period (`202601`)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Staff effort")
    ws["A1"] = "Grant EP/Z512345/1 - staff effort (hours)"
    periods = [f"2026{m:02d}" for m in range(1, 7)]
    _put(ws, 3, 1, [["Staff Name", "Post", "Grade", *periods]])
    posts = ["Principal Investigator", "Research Associate", "Research Assistant"]
    posts += ["Research Software Engineer", "Project Administrator"]
    n = rng.randint(3, 5)
    for i, post in enumerate(rng.sample(posts, n)):
        hours = [rng.choice([37.5, 75.0, 112.5, 150.0]) for _ in periods]
        _put(ws, 4 + i, 1, [[PEOPLE[-1 - i], post, rng.choice(["Grade 7", "Grade 8"]), *hours]])
    path = _save(wb, folder, "unit4_grant_staff_hours")
    targets: Targets = {"A": "person", "B": "role", "C": None}
    table = TruthTable("Staff effort", 3, "resources", targets, {"resources": n * len(periods)})
    return Built(path, [table], [])


# ---------------------------------------------------------------------------------------
# Dependencies
# ---------------------------------------------------------------------------------------


def ariba_supplier_deliverables(folder: Path, rng: random.Random) -> Built:
    """An Ariba contract's supplier deliverables, re-planned once, kept as the dependency log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Supplier deliverables")
    header = ["Contract ID", "Supplier", "Deliverable", "Need By (Original)", "Need By (Revised)"]
    header += ["Supplier Commit Date", "Buyer", "Status"]
    _put(ws, 1, 1, [header])
    suppliers = ["Northwind Systems Ltd", "Contoso Networks", "Fabrikam Facilities"]
    things = ["Firewall appliances", "Site survey report", "Rack installation", "Test licences"]
    things += ["Cabling certification", "Support contract"]
    n = rng.randint(4, 6)
    original = _drawn_days(rng, n, date(2026, 2, 2))
    revised = _after(rng, original, 0, 30)
    commit = _after(rng, revised, -5, 10)
    values: list[ValueFact] = []
    for i in range(n):
        supplier, buyer = rng.choice(suppliers), rng.choice(PEOPLE)
        status = rng.choice(["On Track", "At Risk", "Delivered"])
        row = [f"CW{22310 + i}", supplier, things[i], original[i], revised[i], commit[i]]
        _put(ws, 2 + i, 1, [[*row, buyer, status]])
        for c in (4, 5, 6):
            ws.cell(2 + i, c).number_format = "dd-mmm-yyyy"
        values += [
            ValueFact("dependencies", i, "counterparty_project_id", supplier),
            ValueFact("dependencies", i, "need_by", revised[i]),
            ValueFact("dependencies", i, "committed_date", commit[i]),
            ValueFact("dependencies", i, "owner", buyer),
            ValueFact("dependencies", i, "status", status),
        ]
    path = _save(wb, folder, "ariba_supplier_deliverables")
    targets: Targets = _cols("B", ["counterparty_project_id", ("title", "deliverable"), None])
    targets |= _cols("E", ["need_by", "committed_date", "owner", "status"])
    table = TruthTable("Supplier deliverables", 1, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


_KENYAN = ["Wanjiru Kamau", "Otieno Odhiambo", "Achieng Atieno", "Kiprono Kirui"]
_KENYAN += ["Mwangi Njoroge", "Chebet Langat"]


def kenya_county_dependencies(folder: Path, rng: random.Random) -> Built:
    """A Kenyan county ICT programme's dependency tracker with an Agreed Date alone."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "County Government of Nakuru - e-Services Programme: Dependency Tracker"
    header = ["S/No", "Dependency", "Responsible MDA", "MDA Focal Person", "Project Lead"]
    header += ["Date Required", "Agreed Date", "Status"]
    _put(ws, 3, 1, [header])
    mdas = ["ICT Authority", "Kenya Power", "KRA", "Ministry of Lands"]
    deps = ["Fibre link to sub-county offices", "Power backup at data centre"]
    deps += ["Taxpayer PIN validation API", "Land records digitised", "Data centre rack space"]
    n = rng.randint(4, 5)
    need = _drawn_days(rng, n, date(2026, 2, 2))
    agreed = _after(rng, need, -7, 14)
    values: list[ValueFact] = []
    for i in range(n):
        mda, focal = rng.choice(mdas), rng.choice(_KENYAN)
        lead = rng.choice([p for p in _KENYAN if p != focal])
        status = rng.choice(["Open", "Open", "Closed"])
        row = [i + 1, deps[i], mda, focal, lead, _dmy(need[i]), _dmy(agreed[i]), status]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "title", deps[i]),
            ValueFact("dependencies", i, "counterparty_project_id", mda),
            ValueFact("dependencies", i, "counterparty_owner", focal),
            ValueFact("dependencies", i, "owner", lead),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", agreed[i]),
            ValueFact("dependencies", i, "status", status),
        ]
    path = _save(wb, folder, "kenya_county_dependencies")
    targets: Targets = _cols("B", ["title", "counterparty_project_id", "counterparty_owner"])
    targets |= _cols("E", ["owner", "need_by", "committed_date", "status"])
    table = TruthTable("Dependencies", 3, "dependencies", targets, {"dependencies": n})
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Registers of countries and languages
# ---------------------------------------------------------------------------------------


def canada_gc_bilingual_risks(folder: Path, rng: random.Random) -> Built:
    """A Government of Canada risk register: every header in English / French."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks - Risques")
    ws["A1"] = "Risk Register / Registre des risques"
    header = ["Risk ID / No de risque", "Risk / Risque", "Likelihood / Probabilité"]
    header += ["Impact / Incidence", "Risk Owner / Responsable du risque"]
    header += ["Response / Réponse", "Status / État", "Date Identified / Date de détermination"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(RISK_TITLES, n)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, imp, owner = rng.randint(1, 5), rng.randint(1, 5), rng.choice(PEOPLE)
        status = rng.choice(["Open", "Closed"])
        row = [f"R-{i + 1:02d}", titles[i], p, imp, owner, "Monitor monthly", status]
        _put(ws, 4 + i, 1, [[*row, raised[i].isoformat()]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "status", status),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "canada_gc_bilingual_risks")
    targets: Targets = _cols("A", ["id", "title", "probability", "impact", "owner", "response"])
    targets |= {"G": "status", "H": "raised_date"}
    table = TruthTable("Risks - Risques", 3, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def mexico_matriz_riesgos(folder: Path, rng: random.Random) -> Built:
    """A Mexican risk matrix: Alta / Alto, `Estatus`, `Fecha compromiso`, `Fecha de alta`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Matriz de Riesgos")
    ws["A1"] = "Matriz de Riesgos - Proyecto Modernización Aduanera"
    header = ["No.", "Riesgo", "Causa", "Probabilidad", "Impacto", "Responsable"]
    header += ["Acción de mitigación", "Fecha compromiso", "Estatus", "Fecha de alta"]
    _put(ws, 3, 1, [header])
    riesgos = ["Retraso en la licitación", "Rotación del personal clave"]
    riesgos += ["Cambios regulatorios del SAT", "Falla del proveedor de enlaces"]
    riesgos += ["Presupuesto insuficiente", "Resistencia al cambio de los usuarios"]
    people = ["Alejandro Hernández", "Guadalupe Martínez", "José Luis Ramírez"]
    people += ["María Fernanda López", "Ricardo Sánchez"]
    n = rng.randint(4, 6)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 10, 60)
    prob = {"Alta": 5.0, "Media": 3.0, "Baja": 1.0}
    imp = {"Alto": 5.0, "Medio": 3.0, "Bajo": 1.0}
    values: list[ValueFact] = []
    for i in range(n):
        p, m, owner = rng.choice(list(prob)), rng.choice(list(imp)), rng.choice(people)
        status = rng.choice(["Abierto", "En proceso", "Cerrado"])
        row = [i + 1, riesgos[i], "Por definir", p, m, owner, "Dar seguimiento semanal"]
        _put(ws, 4 + i, 1, [[*row, _dmy(due[i]), status, _dmy(raised[i])]])
        values += [
            ValueFact("risks", i, "title", riesgos[i]),
            ValueFact("risks", i, "probability", prob[p]),
            ValueFact("risks", i, "impact", imp[m]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
        if status != "En proceso":
            values.append(
                ValueFact("risks", i, "status", {"Abierto": "Open"}.get(status, "Closed"))
            )
    path = _save(wb, folder, "mexico_matriz_riesgos")
    targets: Targets = _cols("B", ["title", None, "probability", "impact", "owner", "response"])
    targets |= {"H": "due_date", "I": "status", "J": "raised_date"}
    table = TruthTable("Matriz de Riesgos", 3, "risks", targets, {"risks": n})
    return Built(path, [table], values)


def egypt_arabic_issue_log(folder: Path, rng: random.Random) -> Built:
    """An Arabic issue log on a right-to-left sheet, dates in Eastern Arabic digits."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "سجل المشكلات")
    ws.sheet_view.rightToLeft = True
    ws["A1"] = "سجل المشكلات - مشروع التحول الرقمي"
    header = ["م", "المشكلة", "المسؤول", "تاريخ الرصد", "تاريخ الاستحقاق", "الأولوية", "الحالة"]
    _put(ws, 3, 1, [header])
    issues = ["تأخر توريد الخوادم", "نقص في عدد المبرمجين", "انقطاع الشبكة في الفرع"]
    issues += ["عدم اعتماد التصميم", "تجاوز الميزانية المعتمدة", "تأخر ترحيل البيانات"]
    people = ["أحمد محمود", "منى عبد الله", "محمد حسن", "سارة إبراهيم", "خالد مصطفى"]
    prios = {"عالية": "High", "متوسطة": "Medium", "منخفضة": "Low"}
    states = {"مفتوحة": "Open", "مغلقة": "Closed"}
    n = rng.randint(4, 6)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 40)
    values: list[ValueFact] = []
    for i in range(n):
        owner, prio, state = rng.choice(people), rng.choice(list(prios)), rng.choice(list(states))
        row = [str(i + 1).translate(_EASTERN), issues[i], owner]
        row += [_dmy(raised[i]).translate(_EASTERN), _dmy(due[i]).translate(_EASTERN), prio, state]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", issues[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
        ]
    path = _save(wb, folder, "egypt_arabic_issue_log")
    targets: Targets = _cols("B", ["title", "owner", "raised_date", "due_date", "priority"])
    targets["G"] = "status"
    return Built(path, [TruthTable("سجل المشكلات", 3, "issues", targets, {"issues": n})], values)


def malaysia_daftar_risiko(folder: Path, rng: random.Random) -> Built:
    """A Malaysian agency's risk register in Malay."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Daftar Risiko")
    ws["A1"] = "Daftar Risiko Projek Sistem Perolehan Elektronik"
    header = ["Bil.", "Kod Risiko", "Risiko", "Punca", "Kebarangkalian", "Impak"]
    header += ["Pemilik Risiko", "Tindakan Mitigasi", "Status", "Tarikh Dikenal Pasti"]
    _put(ws, 3, 1, [header])
    risiko = ["Kelewatan perolehan perkakasan", "Kekurangan kakitangan teknikal"]
    risiko += ["Perubahan keperluan pengguna", "Kegagalan integrasi sistem"]
    risiko += ["Peruntukan kewangan tidak mencukupi", "Serangan siber"]
    people = ["Ahmad Faizal bin Ismail", "Nurul Huda binti Abdullah", "Tan Wei Ming"]
    people += ["Siti Aminah binti Yusof", "Rajesh a/l Subramaniam"]
    n = rng.randint(4, 6)
    raised = _drawn_days(rng, n)
    values: list[ValueFact] = []
    for i in range(n):
        p, m, owner = rng.randint(1, 5), rng.randint(1, 5), rng.choice(people)
        status = rng.choice(["Aktif", "Ditutup", "Ditutup"])
        row = [i + 1, f"R{i + 1:02d}", risiko[i], "Belum dikenal pasti", p, m, owner]
        _put(ws, 4 + i, 1, [[*row, "Pemantauan bulanan", status, _dmy(raised[i])]])
        values += [
            ValueFact("risks", i, "title", risiko[i]),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(m)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
        if status == "Ditutup":
            values.append(ValueFact("risks", i, "status", "Closed"))
    path = _save(wb, folder, "malaysia_daftar_risiko")
    targets: Targets = _cols("B", ["id", "title", None, "probability", "impact", "owner"])
    targets |= {"H": "response", "I": "status", "J": "raised_date"}
    return Built(path, [TruthTable("Daftar Risiko", 3, "risks", targets, {"risks": n})], values)


def nigeria_mda_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerian federal ministry's issue log: `Action Officer`, `Date Reported`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issue Log")
    ws["A1"] = "Federal Ministry of Communications and Digital Economy"
    ws["A2"] = "National Broadband Project - Issue Log"
    header = ["S/N", "Issue", "Date Reported", "Action Officer", "Target Date", "Status"]
    _put(ws, 4, 1, [[*header, "Remarks"]])
    people = ["Chukwuemeka Okafor", "Aisha Bello", "Oluwaseun Adeyemi", "Ngozi Eze"]
    people += ["Ibrahim Musa"]
    n = rng.randint(5, 7)
    titles = rng.sample(ISSUE_TITLES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 45)
    values: list[ValueFact] = []
    for i in range(n):
        owner, status = rng.choice(people), rng.choice(["Open", "Resolved", "Closed"])
        row = [i + 1, titles[i], raised[i], owner, due[i], status]
        _put(ws, 5 + i, 1, [[*row, rng.choice(["Awaiting approval", "Escalated to PS", None])]])
        ws.cell(5 + i, 3).number_format = ws.cell(5 + i, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", status),
        ]
    path = _save(wb, folder, "nigeria_mda_issue_log")
    targets: Targets = _cols("B", ["title", "raised_date", "owner", "due_date", "status"])
    return Built(path, [TruthTable("Issue Log", 4, "issues", targets, {"issues": n})], values)


TUNING_7: tuple[Layout, ...] = (
    Layout(
        "project_for_web_milestones", "Microsoft Project for the web", project_for_web_milestones
    ),
    Layout(
        "smartsheet_control_center_risks",
        "Smartsheet Control Center",
        smartsheet_control_center_risks,
    ),
    Layout("deltek_budget_vs_actual", "Deltek Vantagepoint", deltek_budget_vs_actual),
    Layout("mining_weekly_cost_report", "mining weekly cost report", mining_weekly_cost_report),
    Layout("workday_personnel_fte", "Workday Adaptive Planning", workday_personnel_fte),
    Layout("unit4_grant_staff_hours", "Unit4 ERP (university)", unit4_grant_staff_hours),
    Layout("ariba_supplier_deliverables", "SAP Ariba", ariba_supplier_deliverables),
    Layout("kenya_county_dependencies", "Kenyan county government", kenya_county_dependencies),
    Layout("canada_gc_bilingual_risks", "Government of Canada", canada_gc_bilingual_risks),
    Layout("mexico_matriz_riesgos", "Mexican organisation", mexico_matriz_riesgos),
    Layout("egypt_arabic_issue_log", "Egyptian government", egypt_arabic_issue_log),
    Layout("malaysia_daftar_risiko", "Malaysian agency", malaysia_daftar_risiko),
    Layout("nigeria_mda_issue_log", "Nigerian federal ministry", nigeria_mda_issue_log),
)
