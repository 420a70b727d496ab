"""The thirtieth held-out batch (``HELD_OUT_30``, issue 15 round 24): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is MIXED:
six English workbooks exported from tools a large organisation's PMO meets or kept on
public bodies' templates, and six written by hand by PMs of a multinational's offices in
Kyrgyz (Kyrgyzstan), Hausa (Niger), Haitian Creole (Haiti), Shona (Zimbabwe), Belarusian
(Belarus) and Faroese (the Faroe Islands), from tools, sectors, countries and languages no
earlier batch file's docstring names.

Registers:

- ``codebeamer_risk_export``: a Costa Rican medical-device plant's codeBeamer risk tracker
  exported to Excel, header row 1: `ID` (bare item numbers), `Summary`, `Description`,
  `Status` New / Under Review / Accepted / Closed, `Assigned to`, `Probability` and
  `Severity` as numbered words (`3 - Occasional`, `4 - Critical`), `Risk Control`,
  `Submitted at` / `Modified at` as `2026-01-14 09:05` text, `Release`.
- ``project_server_issues``: a Puerto Rican hospital tower's Project Server (PWA) issues
  list exported to Excel: `ID`, `Title`, `Assigned To`, `Status` (1) Active / (2)
  Postponed / (3) Closed, `Priority` (1) High / (2) Medium / (3) Low, `Category`, `Due
  Date` as US month-first text `3/7/2026`, `Discussion`, `Resolution`, `Created` as a date
  cell, `Created By`.
- ``jersey_dependency_log``: a Government of Jersey modernisation programme's dependency
  log on its template: three title lines (one `Version 0.7  |  Owner: Programme Management
  Office`), `Ref` D01, `Dependency description`, `Dependent on (team / project)` (a team's
  name), `In / Out`, `Dependency owner`, `Date required` / `Date agreed` as date cells,
  `RAG`, `Comments`.
- ``kyrgyz_risk_register``: a Kyrgyz gold mine expansion's risk register in Kyrgyz
  (Cyrillic) under a title, `Долбоор:` (project) and `Долбоордун жетекчиси:` (project
  manager) lines: `№`, `Тобокелдик` (risk), `Ээси` (owner), `Ыктымалдуулук (1-5)` and
  `Таасири (1-5)` as numbers, `Чаралар` (measures), `Катталган күнү` (registered) and
  `Мөөнөтү` (deadline) as `14.03.2026` text, `Абалы` Ачык / Жабык.
- ``hausa_issue_log``: a Nigerien solar mini-grid programme's issue log in Hausa under a
  title and an `Aiki:` (project) line, a blank spacer column after the description:
  `Lamba`, `Matsala` (issue), `Bayani` (details), `Mai kula` (who looks after it),
  `Fifiko` Babba / Matsakaici / Ƙarami, `Matsayi` A buɗe / Ana aiki / An warware / An
  rufe, `Ranar bayyana` (raised) and `Ranar ƙarshe` (last day) as `14 ga Maris, 2026`.
- ``haitian_creole_decision_log``: a Haitian hospital reconstruction's decision log in
  Haitian Creole under a title and a `Pwojè:` line, a notes row (`Nòt: ...`) between the
  header and the first decision: `Nimewo`, `Dat` (a date cell), `Desizyon`, `Rezon`,
  `Ki moun ki pran desizyon an` (who took the decision), `Swivi` (follow-up).

Trackers:

- ``unanet_budget_vs_actual``: a Virginia defence contractor's Unanet project budget vs
  actual report: three report lines, then long format by `Project Task` and `Period`
  (`2026-01` text), `Budget Hours` / `Actual Hours` beside `Budget Cost` / `Actual Cost`
  as `$12,345.50` text, `Cost Variance`, `% Spent`.
- ``bridgit_workforce_forecast``: a Manitoba general contractor's Bridgit Bench workforce
  forecast in hours: a title line, `Name`, `Title`, `Home Office`, `Project`, then months
  across as date cells shown `Mar 2026`, blank where a person is not booked.
- ``isle_of_man_status_report``: an Isle of Man government ports project's highlight
  report: label / value pairs with colons (`Project name:`, `Senior Responsible Owner:`,
  `Project Manager:`, `Period ending:` `31 March 2026`, `Overall RAG:` Amber), then a
  `Milestones` table: `Milestone`, `Owner`, `Baseline` / `Forecast` / `Actual` date
  cells, `RAG` Green / Amber / Red / Complete.
- ``shona_budget_vs_actual``: a Zimbabwean rural clinics solar programme's budget against
  spending in Shona: a title and `Purojekiti:` line, `Bhajeti` (budget) and
  `Zvashandiswa` (spent) merged over Shona month words `Ndira 2026` .. `Kubvumbi 2026`,
  `Chikamu chemari` cost lines, amounts as `US$12,500.00` text, a `Zvose pamwe` total row.
- ``belarusian_milestone_plan``: a Minsk software office's payments platform milestone
  plan in Belarusian: a title, a `Праект:` line, a two-row header (`№`, `Веха`, `Адказны`,
  `Статус` merged down; `Даты` merged over `Па плане` / `Прагноз` / `Фактычна`), dates as
  `14.03.2026` text, `Статус` Выканана / Выконваецца / Не пачата / Са спазненнем.
- ``faroese_resource_plan``: a Faroese salmon hatchery expansion's staffing plan in
  Faroese: a title, `Verkætlan:` and `Eind: tímar` (unit: hours) lines, `Navn`,
  `Leiklutur` (role), months across as `januar 2026` .. `mai 2026` text, `Samtals` total
  column and row, a blank spacer row under the header.

Truth a person could read two ways has no fact (the auditor's list): codeBeamer's bare
`ID` numbers, `Description` (one boilerplate line for every risk), `Under Review` and
`Accepted` (a risk under review or accepted: Open, or a workflow state of its own),
`Risk Control` (a control in place or the planned response) and `Modified at`; Project
Server's `(2) Postponed` (Open or Closed), `Category`, `Discussion` (a description or a
comment thread) and `Created By`; Jersey's `Dependent on (team / project)` (a team's name,
no project ID), `RAG` (a RAG is not a dependency's status word) and the `Owner:` of the
version line (the log's owner, not the project's); Kyrgyz `№`; Hausa `Lamba`; Haitian
`Nimewo` and `Swivi`; Unanet's hours columns (hours, not money), `Cost Variance` and `%
Spent`, its `Project:` line (a contract number and a name run together: a project ID, a
name, or both) and its bare `$` (no currency word: audit, round 24); Bridgit's hours by person and month (hours, not days: no planned-days fact, and
the order of unpivoted cells is not the sheet's to say), `Home Office` and `Project`; the
Isle of Man milestones' `RAG` (a RAG word, or a status where it says Complete); the
Shona total row; the Belarusian `№`; the Faroese hours by person and month
(as Bridgit's) and the `Samtals` row.
Readings used: codeBeamer's numbered words are their numbers (`3 - Occasional` is 3,
`Severity` the impact), New is Open; Project Server's (1) Active is Open, (3) Closed
Closed, (1) High / (2) Medium / (3) Low High / Medium / Low, `Due Date` month first (US),
`Created` the raised date; Jersey's In / Out are Inbound / Outbound, `Date required` the
need-by and `Date agreed` the committed date; Ачык / Жабык are Open / Closed, `Катталган
күнү` the raised date, `Мөөнөтү` the due date, `Чаралар` the response, the `Долбоордун
жетекчиси:` line the project manager; Babba / Matsakaici / Ƙarami are High / Medium / Low,
A buɗe / Ana aiki / An warware / An rufe Open / In Progress / Resolved / Closed, `Mai
kula` the owner, `Bayani` the description; `Ki moun ki pran desizyon an` is made-by,
`Rezon` the rationale; Unanet's `Budget Cost` / `Actual Cost` the budget / actual,
`Project Task` the cost line; Bridgit's `Title` and Faroese `Leiklutur` the role; Isle
of Man `Project Manager:` the project manager, `Overall RAG:` Amber the overall RAG;
Bhajeti / Zvashandiswa are budget / actual; Выканана / Выконваецца / Не пачата / Са
спазненнем are Complete / In Progress / Not Started / Late, `Па плане` / `Прагноз` /
`Фактычна` baseline / forecast / actual. Added by the audit (round 24): Jersey's `Ref`
D01.. are the ids, the Kyrgyz `Чаралар` text each risk's response, the Isle of Man
`Senior Responsible Owner:` the sponsor (a post's name is still the value a person copies)
and `Period ending:` the report date (as batch 23's `Reporting Period End`), the Shona
`US$` the currency USD. It was written and checked for internal
consistency only (``adopt_truth.check_truth``), never against adoption's output.
``benchmarks/adopt_generalisation.py`` prints only its totals unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
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
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

CR_RISKS = [
    "Sterile barrier seal fails the accelerated ageing test",
    "Catheter tip supplier loses its ISO 13485 certificate",
    "Cleanroom particle counts exceed class 7 during line moves",
    "Design transfer documents not approved before validation",
    "Ethylene oxide sterilisation slot lost at the contract steriliser",
    "Operator training records incomplete for the new extrusion line",
    "Label artwork change misses the UDI database update",
]
CR_PEOPLE = ["Andrea Jiménez", "Luis Solano", "Daniela Quesada", "Marco Vargas"]
CB_PROB = {
    "1 - Improbable": 1.0,
    "2 - Remote": 2.0,
    "3 - Occasional": 3.0,
    "4 - Probable": 4.0,
    "5 - Frequent": 5.0,
}
CB_SEV = {
    "1 - Negligible": 1.0,
    "2 - Minor": 2.0,
    "3 - Serious": 3.0,
    "4 - Critical": 4.0,
    "5 - Catastrophic": 5.0,
}
CB_STATUS = {"New": "Open", "Under Review": None, "Accepted": None, "Closed": "Closed"}


def codebeamer_risk_export(folder: Path, rng: random.Random) -> Built:
    """A Costa Rican medical-device plant's codeBeamer risk tracker exported to Excel:
    numbered scale words (`3 - Occasional`), date-time text, bare item ids."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = ["ID", "Summary", "Description", "Status", "Assigned to", "Probability"]
    header += ["Severity", "Risk Control", "Submitted at", "Modified at", "Release"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(CR_RISKS, n)
    raised = _days(rng, n, date(2025, 12, 1))
    values: list[ValueFact] = []
    for i, title in enumerate(picks):
        owner = rng.choice(CR_PEOPLE)
        state = rng.choice(list(CB_STATUS))
        p, s = rng.choice(list(CB_PROB)), rng.choice(list(CB_SEV))
        control = rng.choice(["Second source qualified", "Extra inspection step", None])
        stamp = datetime(raised[i].year, raised[i].month, raised[i].day, rng.randint(7, 17), 5)
        cells: list[object] = [2100 + i * 7, title, "See the design FMEA", state, owner, p, s]
        cells += [control, stamp.strftime("%Y-%m-%d %H:%M"), "2026-03-02 10:41", "R2.1"]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", CB_PROB[p]),
            ValueFact("risks", i, "impact", CB_SEV[s]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
        if CB_STATUS[state]:
            values.append(ValueFact("risks", i, "status", CB_STATUS[state]))
    path = _save(wb, folder, "codebeamer_risk_export")
    targets: Targets = _cols("A", [("id", None), "title", ("description", None), "status"])
    targets |= _cols("E", ["owner", "probability", "impact", ("response", None)])
    targets |= _cols("I", ["raised_date", ("last_updated", None), None])
    return Built(path, [_one("risks", "Risks", 1, targets, n)], values)


PR_ISSUES = [
    ("Generator transfer switch fails the monthly load test", "Replace the ATS controller"),
    ("Pharmacy robot interface drops orders after midnight", "Vendor patch scheduled"),
    ("Nurse call system not covering the new ICU bays", "Add two repeaters"),
    ("Medical gas alarm panel mislabelled on level 3", "Relabel and re-test"),
    ("Hurricane shutters for the west wing delivered short", "Claim with the supplier"),
    ("Badge readers reject temporary contractor cards", "Reissue the card batch"),
    ("EHR downtime procedure not updated for the new wing", "Update and train"),
]
PR_PEOPLE = ["Carmen Rivera", "José Colón", "Mariela Ortiz", "Kevin Santiago", "Ana Torres"]
PS_STATUS = {"(1) Active": "Open", "(2) Postponed": None, "(3) Closed": "Closed"}
PS_PRIORITY = {"(1) High": "High", "(2) Medium": "Medium", "(3) Low": "Low"}


def project_server_issues(folder: Path, rng: random.Random) -> Built:
    """A Puerto Rican hospital tower's Project Server (PWA) issues list exported to Excel:
    numbered status and priority choices, US month-first text due dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["ID", "Title", "Assigned To", "Status", "Priority", "Category", "Due Date"]
    header += ["Discussion", "Resolution", "Created", "Created By"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(PR_ISSUES, n)
    created = _days(rng, n, date(2026, 1, 19))
    values: list[ValueFact] = []
    for i, (title, fix) in enumerate(picks):
        owner = rng.choice(PR_PEOPLE)
        state = rng.choice(list(PS_STATUS))
        prio = rng.choice(list(PS_PRIORITY))
        due = created[i] + timedelta(days=rng.choice([10, 21, 30]))
        cells: list[object] = [i + 1, title, owner, state, prio, "(2) Facilities"]
        cells += [f"{due.month}/{due.day}/{due.year}", "Raised at the weekly site meeting"]
        cells += [fix, created[i], rng.choice(PR_PEOPLE)]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 10).number_format = "m/d/yyyy"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", PS_PRIORITY[prio]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "resolution", fix),
            ValueFact("issues", i, "raised_date", created[i]),
        ]
        if PS_STATUS[state]:
            values.append(ValueFact("issues", i, "status", PS_STATUS[state]))
    path = _save(wb, folder, "project_server_issues")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "status", "priority"])
    targets |= _cols("F", [None, "due_date", ("description", None), "resolution"])
    targets |= _cols("J", ["raised_date", None])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


JE_DEPS = [
    ("New tax system needs the revenue department's data extract", "In"),
    ("Payroll cut-over needs the HR system go-live", "In"),
    ("Customer portal needs the digital identity service", "In"),
    ("Social security team needs our address service", "Out"),
    ("Harbours project needs our payment gateway", "Out"),
    ("Network refresh at Cyril Le Marquand House before migration", "In"),
]
JE_PEOPLE = ["Sophie Le Brocq", "Tom Renouf", "Claire Vibert", "Mark de Gruchy"]
JE_TEAMS = ["Revenue Jersey", "Customer and Local Services", "Modernisation and Digital"]


def jersey_dependency_log(folder: Path, rng: random.Random) -> Built:
    """A Jersey government modernisation programme's dependency log on the programme's
    template: a title block, `In` / `Out` for the direction, a RAG column, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Government of Jersey - Integrated Technology Solution"
    ws["A2"] = "Dependency Log"
    ws["A3"] = "Version 0.7  |  Owner: Programme Management Office"
    header = ["Ref", "Dependency description", "Dependent on (team / project)", "In / Out"]
    header += ["Dependency owner", "Date required", "Date agreed", "RAG", "Comments"]
    _put(ws, 5, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(JE_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 9))
    values: list[ValueFact] = []
    for i, (title, way) in enumerate(picks):
        owner = rng.choice(JE_PEOPLE)
        agreed = needs[i] + timedelta(days=rng.choice([0, 14])) if rng.random() < 0.7 else None
        cells: list[object] = [f"D{i + 1:02d}", title, rng.choice(JE_TEAMS), way, owner]
        cells += [needs[i], agreed, rng.choice(["Red", "Amber", "Green"]), None]
        _put(ws, 6 + i, 1, [cells])
        for c in (6, 7):
            ws.cell(6 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D{i + 1:02d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", {"In": "Inbound", "Out": "Outbound"}[way]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
        ]
        if agreed:
            values.append(ValueFact("dependencies", i, "committed_date", agreed))
    path = _save(wb, folder, "jersey_dependency_log")
    targets: Targets = _cols("A", ["id", "title", ("counterparty_project_id", None)])
    targets |= _cols("D", ["direction", "owner", "need_by", "committed_date"])
    targets |= _cols("H", [("status", None), None])
    return Built(path, [_one("dependencies", "Dependencies", 5, targets, n)], values)


KG_RISKS = [
    "Кен казуучу жолдо көчкү жүрүп, ташуу токтойт",
    "Цианид ташуучу унаалар чек арада кармалат",
    "Жергиликтүү жамаат жайыт үчүн нааразычылык билдирет",
    "Кышкы суукта насос станциясы тоңот",
    "Жабдууларды жеткирүү Кытай аркылуу кечигет",
    "Айлана-чөйрө лицензиясы убагында узартылбайт",
    "Квалификациялуу электриктер жетишсиз",
]
KG_PEOPLE = ["Айбек Осмонов", "Нургүл Токтогулова", "Бакыт Жумабаев", "Гүлнара Асанова"]
KG_LEVELS = {"Жогорку": "High", "Орто": "Medium", "Төмөн": "Low"}
KG_STATES = {"Ачык": "Open", "Жабык": "Closed"}


def kyrgyz_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Kyrgyz gold mine expansion's risk register in Kyrgyz (Cyrillic): a title block,
    probability and impact as 1-5 numbers, a word response, day-first dotted text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Тобокелдиктер")
    ws["A1"] = "Тобокелдиктердин реестри"
    ws["A2"] = "Долбоор: Байыткыч фабриканы кеңейтүү - 2-этап"
    ws["A3"] = "Долбоордун жетекчиси: Айбек Осмонов"
    header = ["№", "Тобокелдик", "Ээси", "Ыктымалдуулук (1-5)", "Таасири (1-5)"]
    header += ["Чаралар", "Катталган күнү", "Мөөнөтү", "Абалы"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(KG_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Байыткыч фабриканы кеңейтүү - 2-этап"),
        ValueFact("project", 0, "project_manager", "Айбек Осмонов"),
    ]
    for i, title in enumerate(picks):
        owner = rng.choice(KG_PEOPLE)
        p, imp = float(rng.randint(1, 5)), float(rng.randint(1, 5))
        due = raised[i] + timedelta(days=rng.choice([30, 45, 60]))
        state = rng.choice(list(KG_STATES))
        cells: list[object] = [i + 1, title, owner, p, imp, "Кошумча запас түзүү"]
        cells += [_dmy(raised[i], "."), _dmy(due, "."), state]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", p),
            ValueFact("risks", i, "impact", imp),
            ValueFact("risks", i, "response", "Кошумча запас түзүү"),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", KG_STATES[state]),
        ]
    path = _save(wb, folder, "kyrgyz_risk_register")
    targets: Targets = _cols("A", [("id", None), "title", "owner", "probability", "impact"])
    targets |= _cols("F", ["response", "raised_date", "due_date", "status"])
    return Built(path, [_one("risks", "Тобокелдиктер", 5, targets, n)], values)


NE_ISSUES = [
    ("Na'urar hasken rana ba ta iso Maradi ba", "Jirgin kaya ya tsaya a Cotonou"),
    ("Ruwan sama ya lalata hanyar zuwa wurin aiki", "Motoci ba sa wucewa"),
    ("Ma'aikata ba su sami albashin watan Fabrairu ba", "Matsalar banki"),
    ("Injin janareta ya lalace a Zinder", "Ana jiran kayan gyara"),
    ("Takardun kwastam ba su cika ba", "Kaya na tsaye a iyaka"),
    ("Al'umma sun nemi ƙarin ayyukan yi", "Taro da sarakuna"),
]
NE_PEOPLE = ["Abdoulaye Issoufou", "Hadiza Mamane", "Moussa Garba", "Rakiya Souley"]
NE_PRIORITY = {"Babba": "High", "Matsakaici": "Medium", "Ƙarami": "Low"}
NE_STATES = {"A buɗe": "Open", "Ana aiki": "In Progress", "An warware": "Resolved"}
NE_STATES |= {"An rufe": "Closed"}
HA_MONTHS = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni"]
HA_MONTHS += ["Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba", "Disamba"]


def _hausa_date(d: date) -> str:
    """A date as a Hausa-speaking PM writes it (`14 ga Maris, 2026`)."""
    return f"{d.day} ga {HA_MONTHS[d.month - 1]}, {d.year}"


def hausa_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Nigerien solar mini-grid programme's issue log in Hausa: a title, a project line,
    a blank spacer column, Hausa month words in text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Matsaloli")
    ws["A1"] = "Rajistar matsaloli"
    ws["A2"] = "Aiki: Ƙananan tashoshin hasken rana - Maradi da Zinder"
    header = ["Lamba", "Matsala", "Bayani", None, "Mai kula", "Fifiko", "Matsayi"]
    header += ["Ranar bayyana", "Ranar ƙarshe"]
    _put(ws, 4, 1, [header])
    n = rng.randint(4, 6)
    picks = rng.sample(NE_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 12))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Ƙananan tashoshin hasken rana - Maradi da Zinder"),
    ]
    for i, (title, note) in enumerate(picks):
        owner = rng.choice(NE_PEOPLE)
        prio = rng.choice(list(NE_PRIORITY))
        state = rng.choice(list(NE_STATES))
        due = raised[i] + timedelta(days=rng.choice([7, 14, 28]))
        cells: list[object] = [i + 1, title, note, None, owner, prio, state]
        cells += [_hausa_date(raised[i]), _hausa_date(due)]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "description", note),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", NE_PRIORITY[prio]),
            ValueFact("issues", i, "status", NE_STATES[state]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
        ]
    path = _save(wb, folder, "hausa_issue_log")
    targets: Targets = _cols("A", [("id", None), "title", "description"])
    targets |= _cols("E", ["owner", "priority", "status", "raised_date", "due_date"])
    return Built(path, [_one("issues", "Matsaloli", 4, targets, n)], values)


HT_DECISIONS = [
    ("Nou kenbe plan orijinal sal operasyon yo", "Ministè a apwouve plan an"),
    ("Achte dezyèm jeneratè pou sal ijans lan", "Kouran EDH pa fyab"),
    ("Ranplase fenèt yo ak fenèt anti-siklòn", "Règ konstriksyon 2025"),
    ("Fòme enfimyè yo sou nouvo ekipman radyoloji", "Fournisè a mande sa"),
    ("Deplase depo famasi a nan premye etaj", "Risk inondasyon"),
    ("Siyen kontra antretyen ak konpayi lokal la", "Pri a pi ba"),
]
HT_PEOPLE = ["Jean-Robert Pierre", "Marie-Claude Joseph", "Wilner Baptiste", "Nadège Célestin"]


def haitian_creole_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Haitian hospital reconstruction's decision log in Haitian Creole: a title, a
    project line, a notes row under the header, date cells shown day first."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Desizyon")
    ws["A1"] = "Rejis desizyon pwojè a"
    ws["A2"] = "Pwojè: Rekonstriksyon Lopital Inivèsite Jacmel"
    header = ["Nimewo", "Dat", "Desizyon", "Rezon", "Ki moun ki pran desizyon an"]
    header += ["Swivi"]
    _put(ws, 4, 1, [header])
    ws["A5"] = "Nòt: mete chak desizyon komite a pran isit la"
    n = rng.randint(4, 6)
    picks = rng.sample(HT_DECISIONS, n)
    when = _days(rng, n, date(2025, 12, 8))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Rekonstriksyon Lopital Inivèsite Jacmel"),
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(HT_PEOPLE)
        cells: list[object] = [i + 1, when[i], decision, why, who, rng.choice(["Fèt", None])]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 2).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "haitian_creole_decision_log")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= {"F": None}
    return Built(path, [_one("decisions", "Desizyon", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

VA_TASKS = ["1.1 Program Management", "1.2 Systems Engineering", "1.3 Software Sustainment"]
VA_TASKS += ["1.4 Cyber Compliance (RMF)", "1.5 Field Support"]


def _usd(x: float) -> str:
    return f"${x:,.2f}"


def unanet_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A Virginia defence contractor's Unanet project budget-vs-actual report exported
    to Excel: a report header, long format by task and `2026-01` period, hours and
    cost side by side, dollar amounts as text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget vs Actual")
    ws["A1"] = "Project Budget vs Actual"
    ws["A2"] = "Project: N00024-25-C-4410 Shipboard C2 Sustainment"
    ws["A3"] = "Run by: jwhitaker  2026-04-06"
    header = ["Project Task", "Period", "Budget Hours", "Actual Hours", "Budget Cost"]
    header += ["Actual Cost", "Cost Variance", "% Spent"]
    _put(ws, 5, 1, [header])
    months = _months(date(2026, 1, 1), 3)
    tasks = rng.sample(VA_TASKS, 3)
    values: list[ValueFact] = []
    row = 6
    for task in tasks:
        for month in months:
            hours = float(rng.randrange(80, 600, 8))
            done = float(round(hours * rng.uniform(0.7, 1.15)))
            rate = rng.choice([142.5, 168.0, 185.25])
            budget, actual = round(hours * rate, 2), round(done * rate, 2)
            cells: list[object] = [task, f"{month.year}-{month.month:02d}", hours, done]
            cells += [_usd(budget), _usd(actual), _usd(budget - actual)]
            cells += [f"{round(100 * actual / budget)}%"]
            _put(ws, row, 1, [cells])
            row += 1
            values.append(ValueFact("finance", (month, task), "budget", budget))
            values.append(ValueFact("finance", (month, task), "actual", actual))
    path = _save(wb, folder, "unanet_budget_vs_actual")
    targets: Targets = {"A": "cost_line", "B": "month", "C": None, "D": None}
    targets |= {"E": "budget", "F": "actual", "G": None, "H": None}
    table = TruthTable("Budget vs Actual", 5, "finance", targets, {"finance": 9})
    return Built(path, [table], values)


MB_CREW = [
    ("Tyler Friesen", "Project Manager"),
    ("Jessica Kowalchuk", "Site Superintendent"),
    ("Ravi Sandhu", "Project Coordinator"),
    ("Dean Ducharme", "Carpenter Foreman"),
    ("Amanda Thiessen", "Safety Officer"),
    ("Curtis Bear", "Field Engineer"),
]


def bridgit_workforce_forecast(folder: Path, rng: random.Random) -> Built:
    """A Manitoba general contractor's Bridgit Bench workforce forecast exported to Excel:
    one row per person, hours by month across as date cells, blank where unassigned."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Workforce")
    ws["A1"] = "Winnipeg Health Sciences Centre parkade - workforce forecast (hours)"
    months = _months(date(2026, 3, 1), 4)
    _put(ws, 3, 1, [["Name", "Title", "Home Office", "Project"]])
    for j, month in enumerate(months):
        ws.cell(3, 5 + j, month).number_format = "mmm yyyy"
    staff = rng.sample(MB_CREW, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        hours = [rng.choice([None, 40.0, 80.0, 120.0, 160.0]) for _ in months]
        count += sum(1 for h in hours if h)
        _put(ws, 4 + i, 1, [[person, role, "Winnipeg", "HSC Parkade", *hours]])
    path = _save(wb, folder, "bridgit_workforce_forecast")
    targets: Targets = {"A": "person", "B": "role", "C": None, "D": None}
    table = TruthTable("Workforce", 3, "resources", targets, {"resources": count})
    return Built(path, [table], [])


IM_MILESTONES = [
    "Outline business case approved by Treasury",
    "Planning approval granted",
    "Main works contract awarded",
    "Breakwater extension complete",
    "Linkspan installed",
    "Operational handover to the Ports Division",
]
IM_PEOPLE = ["Gareth Quayle", "Louise Kermode", "Paul Corlett", "Helen Kinvig"]


def isle_of_man_status_report(folder: Path, rng: random.Random) -> Built:
    """An Isle of Man government ports project's monthly highlight report: label and value
    pairs with colons in the labels, an overall RAG word, then a milestones table with
    baseline, forecast and actual date cells and a milestone RAG."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    ws["A1"] = "Isle of Man Government - Project Highlight Report"
    pm = rng.choice(IM_PEOPLE)
    _put(ws, 3, 1, [["Project name:", "Douglas Harbour Ferry Terminal Linkspan"]])
    _put(ws, 4, 1, [["Senior Responsible Owner:", "Director of Ports"]])
    _put(ws, 5, 1, [["Project Manager:", pm]])
    _put(ws, 6, 1, [["Period ending:", "31 March 2026"]])
    _put(ws, 7, 1, [["Overall RAG:", "Amber"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Douglas Harbour Ferry Terminal Linkspan"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "overall_rag", "Amber"),
        # audit, round 24: the report's only date is its as-at date (as round 23's audited
        # `Reporting Period End` is), and the SRO is the sponsor, a post or a name alike
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "sponsor", "Director of Ports"),
    ]
    ws["A9"] = "Milestones"
    header = ["Milestone", "Owner", "Baseline", "Forecast", "Actual", "RAG"]
    _put(ws, 10, 1, [header])
    n = len(IM_MILESTONES)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 3)
    for i, name in enumerate(IM_MILESTONES):
        owner = rng.choice(IM_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 14, 42]))
        actual = fc if i < done else None
        rag = "Complete" if actual else rng.choice(["Green", "Amber", "Red"])
        _put(ws, 11 + i, 1, [[name, owner, base[i], fc, actual, rag]])
        for c in (3, 4, 5):
            ws.cell(11 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "isle_of_man_status_report")
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", ("status", None)])
    return Built(path, [_one("milestones", "Highlight Report", 10, targets, n)], values)


ZW_LINES = ["Mapaneru ezuva", "Mabhatiri", "Kuvaka nheyo", "Mihoro yevashandi", "Zvekufamba"]
SN_MONTHS = ["Ndira", "Kukadzi", "Kurume", "Kubvumbi"]


def shona_budget_vs_actual(folder: Path, rng: random.Random) -> Built:
    """A Zimbabwean rural clinics solar programme's budget against spending in Shona: a
    title and project line, `Bhajeti` and `Zvashandiswa` merged over Shona month words,
    US dollar amounts as text with `US$`, a total row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Bhajeti")
    ws["A1"] = "Bhajeti nezvashandiswa"
    ws["A2"] = "Purojekiti: Magetsi ezuva kumakiriniki ekumaruwa - Masvingo"
    months = _months(date(2026, 1, 1), 4)
    ws["B4"] = "Bhajeti"
    ws.merge_cells("B4:E4")
    ws["F4"] = "Zvashandiswa"
    ws.merge_cells("F4:I4")
    labels = [f"{m} 2026" for m in SN_MONTHS]
    _put(ws, 5, 1, [["Chikamu chemari", *labels, *labels]])
    lines = rng.sample(ZW_LINES, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Magetsi ezuva kumakiriniki ekumaruwa - Masvingo"),
        # audit, round 24: `US$` on every amount names the US dollar, no plain `$`
        ValueFact("project", 0, "currency", "USD"),
    ]
    total = [0.0] * 8
    for i, line in enumerate(lines):
        plan = [float(rng.randrange(20, 300) * 100) for _ in months]
        spent = [float(round(p * rng.uniform(0.5, 1.2), 2)) for p in plan]
        amounts = plan + spent
        total = [t + a for t, a in zip(total, amounts, strict=True)]
        _put(ws, 6 + i, 1, [[line, *[f"US${a:,.2f}" for a in amounts]]])
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m]))
            values.append(ValueFact("finance", (month, line), "actual", spent[m]))
    _put(ws, 6 + len(lines), 1, [["Zvose pamwe", *[f"US${t:,.2f}" for t in total]]])
    path = _save(wb, folder, "shona_budget_vs_actual")
    targets: Targets = {"A": "cost_line"}
    count = len(months) * len(lines)
    table = TruthTable("Bhajeti", 5, "finance", targets, {"finance": count})
    return Built(path, [table], values)


BY_MILESTONES = [
    "Зацвярджэнне тэхнічнага задання",
    "Завяршэнне праектавання архітэктуры",
    "Першы рэліз для тэставання",
    "Інтэграцыя з банкаўскай сістэмай",
    "Прыёмачныя выпрабаванні",
    "Увод у эксплуатацыю",
]
BY_PEOPLE = ["Аляксандр Каваленка", "Вольга Навіцкая", "Дзмітрый Лукашэвіч", "Ірына Шыманская"]
BY_STATES = {"Выконваецца": "In Progress", "Не пачата": "Not Started", "Са спазненнем": "Late"}


def belarusian_milestone_plan(folder: Path, rng: random.Random) -> Built:
    """A Minsk software office's payments platform milestone plan in Belarusian: a title,
    a project line, a two-row header (`Даты` merged over the three dates), dotted
    day-first text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Вехі")
    ws["A1"] = "План асноўных вех праекта"
    ws["A2"] = "Праект: Плацежная платформа 2.0"
    ws["A4"] = "№"
    ws.merge_cells("A4:A5")
    ws["B4"] = "Веха"
    ws.merge_cells("B4:B5")
    ws["C4"] = "Адказны"
    ws.merge_cells("C4:C5")
    ws["D4"] = "Даты"
    ws.merge_cells("D4:F4")
    _put(ws, 5, 4, [["Па плане", "Прагноз", "Фактычна"]])
    ws["G4"] = "Статус"
    ws.merge_cells("G4:G5")
    n = len(BY_MILESTONES)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(1, 3)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Плацежная платформа 2.0"),
    ]
    for i, name in enumerate(BY_MILESTONES):
        owner = rng.choice(BY_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        actual = fc if i < done else None
        status = "Выканана" if actual else rng.choice(list(BY_STATES))
        cells: list[object] = [i + 1, name, owner, _dmy(base[i], "."), _dmy(fc, ".")]
        cells += [_dmy(actual, ".") if actual else None, status]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else BY_STATES[status]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "belarusian_milestone_plan")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Вехі", 5, targets, n)], values)


FO_STAFF = [
    ("Jógvan Joensen", "Verkætlanarleiðari"),
    ("Sigrid Hansen", "Lívfrøðingur"),
    ("Rúni Poulsen", "Verkfrøðingur"),
    ("Marita Jacobsen", "Keypsleiðari"),
    ("Heðin Olsen", "Trygdarleiðari"),
    ("Elin Mikkelsen", "Roknskaparfólk"),
]
FO_MONTHS = ["januar", "februar", "mars", "apríl", "mai", "juni"]


def faroese_resource_plan(folder: Path, rng: random.Random) -> Built:
    """A Faroese salmon hatchery expansion's staffing plan in Faroese, hours by person and
    month: a title, a unit line, month words across, a blank spacer row under the header,
    `Samtals` row and column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mannagongd")
    ws["A1"] = "Mannagongdarætlan"
    ws["A2"] = "Verkætlan: Útbygging av klekistøðini í Viðareiði"
    ws["A3"] = "Eind: tímar"
    months = _months(date(2026, 1, 1), 5)
    labels = [f"{FO_MONTHS[m.month - 1]} 2026" for m in months]
    _put(ws, 5, 1, [["Navn", "Leiklutur", *labels, "Samtals"]])
    staff = rng.sample(FO_STAFF, 5)
    count = 0
    sums = [0.0] * len(months)
    for i, (person, role) in enumerate(staff):
        hours = [rng.choice([None, 37.5, 75.0, 112.5, 150.0]) for _ in months]
        count += sum(1 for h in hours if h)
        sums = [s + (h or 0.0) for s, h in zip(sums, hours, strict=True)]
        _put(ws, 7 + i, 1, [[person, role, *hours, sum(h or 0.0 for h in hours)]])
    _put(ws, 7 + len(staff), 1, [["Samtals", None, *sums, sum(sums)]])
    path = _save(wb, folder, "faroese_resource_plan")
    targets: Targets = {"A": "person", "B": "role", "H": None}
    values = [ValueFact("project", 0, "project_name", "Útbygging av klekistøðini í Viðareiði")]
    table = TruthTable("Mannagongd", 5, "resources", targets, {"resources": count})
    return Built(path, [table], values)


HELD_OUT_30: tuple[Layout, ...] = (
    Layout(
        "codebeamer_risk_export",
        "codeBeamer risk tracker export (Costa Rican medical-device plant)",
        codebeamer_risk_export,
    ),
    Layout(
        "project_server_issues",
        "Project Server (PWA) issues list export (Puerto Rican hospital tower)",
        project_server_issues,
    ),
    Layout(
        "jersey_dependency_log",
        "Government of Jersey programme dependency log template",
        jersey_dependency_log,
    ),
    Layout(
        "kyrgyz_risk_register",
        "Kyrgyz gold mine expansion risk register (Kyrgyz)",
        kyrgyz_risk_register,
    ),
    Layout(
        "hausa_issue_log",
        "Nigerien solar mini-grid issue log, Hausa month words (Hausa)",
        hausa_issue_log,
    ),
    Layout(
        "haitian_creole_decision_log",
        "Haitian hospital reconstruction decision log (Haitian Creole)",
        haitian_creole_decision_log,
    ),
    Layout(
        "unanet_budget_vs_actual",
        "Unanet project budget vs actual, long by task and period (Virginia contractor)",
        unanet_budget_vs_actual,
    ),
    Layout(
        "bridgit_workforce_forecast",
        "Bridgit Bench workforce forecast in hours, month cells across (Manitoba contractor)",
        bridgit_workforce_forecast,
    ),
    Layout(
        "isle_of_man_status_report",
        "Isle of Man government highlight report with a milestones table",
        isle_of_man_status_report,
    ),
    Layout(
        "shona_budget_vs_actual",
        "Zimbabwean rural clinics solar budget vs spending, grouped months (Shona)",
        shona_budget_vs_actual,
    ),
    Layout(
        "belarusian_milestone_plan",
        "Minsk payments platform milestone plan, merged date group (Belarusian)",
        belarusian_milestone_plan,
    ),
    Layout(
        "faroese_resource_plan",
        "Faroese salmon hatchery staffing plan in hours (Faroese)",
        faroese_resource_plan,
    ),
)
