"""The twenty-third held-out batch (``HELD_OUT_23``, issue 15 round 21): twelve seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: half ordinary English-language workbooks (Scotland, Tasmania, Texas,
Ontario, Queensland, Alberta) and half from other countries and languages (Slovenian,
Bulgarian, Latvian, Bolivian Spanish, Mongolian, Slovak); six registers and six trackers.

Registers:

- ``basecamp_todo_issues`` (English): a Scottish council's Basecamp to-do list kept as the
  library system migration's issue log, exported to Excel: a `Project:` line and an
  `Exported:` line above the table, `To-do`, `List` (the to-do list: a workstream),
  `Assignee`, `Added` / `Due` as Basecamp's `Fri, 13 Mar 2026` text, `Completed` Yes / No,
  `Completed on`, `Notes`.
- ``slovenia_register_tveganj`` (Slovenian): a Slovenian municipality's EU-funded project
  risk register under a title block (`Projekt:`, `Vodja projekta:`): `Oznaka` T-01,
  `Tveganje`, `Kategorija` Tehnično / Finančno / Pravno / Časovno, `Verjetnost` and
  `Vpliv` as Nizka / Srednja / Visoka (low / medium / high), `Nosilec`, `Ukrepi`,
  `Datum vnosa` as Slovenian `14. 3. 2026` text (day first, spaces after the dots),
  `Status` Odprto / V spremljanju / Zaprto.
- ``tasmania_assumptions_register`` (English): a Tasmanian state agency's assumptions
  register under the agency's name, a title and a notes row ("Confidence: H = high ..."),
  with a blank spacer column A: `No.`, `Assumption`, `Owner`, `Date raised` as date cells
  (`dd/mm/yyyy`), `Confidence` H / M / L, `Check by` date cells, `Status` Open / Confirmed
  / Not valid / Closed, `If wrong, then ...`.
- ``texas_dependency_log`` (English): a Texas state agency's (DIR-style) IT project
  dependency log: a title, an `Agency:` line, `Dep #` 1.., `Description`, `Type` Incoming
  / Outgoing, `Other Project / Vendor`, `Our Owner`, `Their Contact`, `Needed By` /
  `Promised By` as US `03/14/2026` text, `Status` On Track / At Risk / Late / Received.
- ``bulgaria_registar_resheniya`` (Bulgarian): a Bulgarian ministry's e-government project
  decision log in Bulgarian under a title and a `Проект:` line: `№`, `Дата` as
  `14.03.2026 г.` text (the Bulgarian year suffix), `Решение`, `Мотиви`, `Взето от`,
  `Заседание` (the meeting).
- ``latvia_raid_zurnals`` (Latvian): a Latvian state agency's RAID journal in Latvian under
  a title and a `Projekts:` line: `Nr.`, `Tips` Risks / Pieņēmums / Problēma / Atkarība,
  `Apraksts`, `Atbildīgais`, `Reģistrēts` as `14.03.2026.` text (the Latvian trailing
  dot), `Termiņš` same, `Statuss` Atvērts / Slēgts.

Trackers:

- ``ontario_finance_ledger`` (English): an Ontario school board's project cost ledger in
  LONG format in CAD, under a title and a `Fiscal year 2025-26 (Sep-Aug)` line: `Period`
  as `Sep-25` text, `GL Account`, `Description`, `Budget ($)`, `Actual ($)`, `Variance
  ($)`; each month's rows end with a bold `Month total` row (not a cost line).
- ``runn_queensland_resources`` (English): a Queensland government agency's Runn export of
  assigned effort in days: `Person`, `Role`, `Project`, months across as `Apr 2026` ..
  `Sep 2026`, `Total (days)`; a `Placeholder` row (`Business Analyst (TBC)`) counts as a
  row with a role and no person.
- ``alberta_status_report`` (English): an Alberta energy regulator's monthly status sheet:
  a label / value block (Project, Executive Sponsor, Project Manager, Reporting Period
  End as a date cell, Overall Status `Yellow`), a `MILESTONES` table (`Milestone`,
  `Planned`, `Forecast`, `Actual` date cells, `Status` Complete / On Schedule / At Risk /
  Delayed) and an `OPEN ISSUES` table under it (`#`, `Issue`, `Owner`, `Opened`, `Target
  Date` date cells, `Priority` High / Medium / Low, `Status` Open / In Progress).
- ``bolivia_ejecucion_financiera`` (Spanish, Bolivia): a Bolivian municipal government's
  water project financial execution in bolivianos: title lines (the municipality, the
  project, `(Expresado en bolivianos)`), `Partida`, `Descripción`, then per month a MERGED
  month header (`Enero 2026` ..) over `Presupuestado` / `Ejecutado` sub-headers, amounts
  as `Bs 12.345,00` text (dot thousands, comma decimals).
- ``mongolia_ue_shatny_tolovlogoo`` (Mongolian): a Mongolian state agency's milestone plan
  in Mongolian Cyrillic under a title and a `Төсөл:` line: `№`, `Үе шат`, `Хариуцагч`,
  `Төлөвлөсөн огноо` / `Тооцоолсон огноо` / `Гүйцэтгэсэн огноо` as `2026.03.14` text,
  `Төлөв` Дууссан / Хэвийн / Эрсдэлтэй / Хоцорсон.
- ``slovakia_kapacitny_plan`` (Slovak): a Slovak IT firm's capacity plan in man-days (MD,
  `človekodni`) under a title and a `Projekt:` line: `Meno`, `Rola`, months across as
  Slovak `jan 2026` .. `jún 2026`, `Spolu MD`; a blank spacer row between two teams with
  a team heading (`Tím Backend`) in column A.

Truth a person could read two ways has no fact: Basecamp's `List` (a workstream or a
category), its `Completed` Yes / No (a done to-do is Resolved or Closed, an open one Open
or In Progress) and its `Notes` (description or update); the Tasmanian and Alberta row
numbers and the Texas `Dep #` (plain numbers, no ID in the standard form); the Texas
`Other Project / Vendor` (a name, no project ID); the Bulgarian meeting and row numbers;
the Latvian `Nr.`, a dependency's `Termiņš` (need-by or committed) and its `Atvērts` (Open
or On Track), as earlier mixed logs read them; the Ontario `GL Account` (a code beside the
cost line) and `Variance` (computed), and its bold `Month total` rows (no cost line: not
items); the Alberta `On Schedule` milestone (Not Started or In Progress); the Mongolian
`Хэвийн` ("normal": Not Started or In Progress); BOB (Bolivia) is not in the standard's
currency list (no currency fact); the Bolivian `Partida` codes; resource days by item
(the order of unpivoted cells is not the sheet's to say); the Runn placeholder's person.
Readings used: Nizka / Srednja / Visoka are 1 / 3 / 5; Tehnično / Finančno / Pravno /
Časovno are Technical / Financial / Legal / Schedule; Odprto / V spremljanju / Zaprto are
Open / Monitoring / Closed; H / M / L are High / Medium / Low; Confirmed / Not valid are
Validated / Invalid; Incoming / Outgoing are Inbound / Outbound; Received is Delivered;
Risks / Pieņēmums / Problēma / Atkarība are risks / assumptions / issues / dependencies,
Atvērts / Slēgts Open / Closed (a risk's, an issue's, an assumption's); Presupuestado is
the budget and Ejecutado the actual; Дууссан / Эрсдэлтэй / Хоцорсон are Complete / At
Risk / Late; Complete / At Risk / Delayed are Complete / At Risk / Late; `Sep-25` is
September 2025 and `Canadian dollars` in its title the currency CAD; the Alberta `Yellow`
is Amber and `Reporting Period End` the report date; IDs in the standard form keep their number (`T-01` is R-001).
It was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
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
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

BC_ISSUES = [
    "Borrower records from the old system lack postcodes",
    "RFID self-issue kiosks reject the new barcode range",
    "Mobile library van has no 4G signal on the Ardnamurchan route",
    "Inter-library loan feed to the national catalogue fails nightly",
    "Staff single sign-on not working for part-time staff",
    "Overdue fines history cannot be migrated",
    "Gaelic-language catalogue records lose their accents",
    "Branch printers not on the supported list",
    "Data protection impact assessment not signed off",
]
BC_PEOPLE = ["Morag Campbell", "Iain MacLeod", "Fiona Stewart", "Callum Fraser", "Eilidh Ross"]
BC_LISTS = ["Data migration", "Hardware", "Integrations", "Governance"]


def _basecamp(d: date) -> str:
    return f"{d:%a}, {d.day} {d:%b} {d.year}"


def basecamp_todo_issues(folder: Path, rng: random.Random) -> Built:
    """A Scottish council's Basecamp to-do list export kept as an issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "To-dos")
    ws["A1"] = "Project: Highland Libraries LMS Migration"
    ws["A2"] = "Exported: Mon, 6 Apr 2026"
    header = ["To-do", "List", "Assignee", "Added", "Due", "Completed", "Completed on", "Notes"]
    _put(ws, 4, 1, [header])
    n = rng.randint(7, 9)
    titles = rng.sample(BC_ISSUES, n)
    added = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Highland Libraries LMS Migration"),
    ]
    for i in range(n):
        owner = rng.choice(BC_PEOPLE)
        due = added[i] + timedelta(days=rng.choice([7, 14, 21, 28]))
        done = added[i] + timedelta(days=rng.randint(3, 12)) if rng.random() < 0.35 else None
        note = rng.choice([None, "Raised at the cutover stand-up", "Waiting on supplier"])
        cells: list[object] = [titles[i], rng.choice(BC_LISTS), owner, _basecamp(added[i])]
        cells += [_basecamp(due), "Yes" if done else "No", _basecamp(done) if done else None]
        cells += [note]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", added[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
    path = _save(wb, folder, "basecamp_todo_issues")
    targets: Targets = _cols("A", ["title", None, "owner", "raised_date", "due_date"])
    targets |= _cols("F", [("status", None), "closed_date", ("description", None)])
    return Built(path, [_one("issues", "To-dos", 4, targets, n)], values)


SI_RISKS = [
    ("Zamuda pri pridobitvi gradbenega dovoljenja", "Pravno", "Legal"),
    ("Izvajalec ne zagotovi dovolj kadra", "Tehnično", "Technical"),
    ("Nepopolna dokumentacija za zahtevek za izplačilo", "Finančno", "Financial"),
    ("Rok za porabo kohezijskih sredstev se izteče", "Časovno", "Schedule"),
    ("Revizija javnega naročila pred DKOM", "Pravno", "Legal"),
    ("Rast cen gradbenega materiala", "Finančno", "Financial"),
    ("Neusklajenost z obstoječim informacijskim sistemom", "Tehnično", "Technical"),
    ("Slabo vreme zamakne zemeljska dela", "Časovno", "Schedule"),
]
SI_PEOPLE = ["Ana Novak", "Matej Horvat", "Nina Kovačič", "Luka Krajnc", "Petra Zupančič"]


def _slovene(d: date) -> str:
    return f"{d.day}. {d.month}. {d.year}"


def slovenia_register_tveganj(folder: Path, rng: random.Random) -> Built:
    """A Slovenian municipality's project risk register in Slovenian."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Register tveganj")
    ws["A1"] = "REGISTER TVEGANJ"
    ws["A2"] = "Projekt: Energetska prenova osnovnih šol"
    ws["A3"] = "Vodja projekta: Ana Novak"
    header = ["Oznaka", "Tveganje", "Kategorija", "Verjetnost", "Vpliv", "Nosilec", "Ukrepi"]
    header += ["Datum vnosa", "Status"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(SI_RISKS, n)
    raised = _days(rng, n, date(2025, 12, 1))
    level = {"Nizka": 1.0, "Srednja": 3.0, "Visoka": 5.0}
    states = {"Odprto": "Open", "V spremljanju": "Monitoring", "Zaprto": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Energetska prenova osnovnih šol"),
        ValueFact("project", 0, "project_manager", "Ana Novak"),
    ]
    for i, (title, cat, cat_en) in enumerate(risks):
        p, imp = rng.choice(list(level)), rng.choice(list(level))
        owner = rng.choice(SI_PEOPLE)
        action = rng.choice(["Tedenski sestanek z izvajalcem", "Rezerva v finančnem načrtu"])
        state = rng.choice(list(states))
        cells: list[object] = [f"T-{i + 1:02d}", title, cat, p, imp, owner, action]
        cells += [_slovene(raised[i]), state]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat_en),
            ValueFact("risks", i, "probability", level[p]),
            ValueFact("risks", i, "impact", level[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "status", states[state]),
        ]
    path = _save(wb, folder, "slovenia_register_tveganj")
    targets: Targets = _cols("A", ["id", "title", "category", "probability", "impact"])
    targets |= _cols("F", ["owner", "response", "raised_date", "status"])
    return Built(path, [_one("risks", "Register tveganj", 5, targets, n)], values)


TAS_ASSUMPTIONS = [
    "Ferry timetable data will be available through the open data portal",
    "Council rates data can be shared under the existing MOU",
    "The NBN upgrade at the Burnie office completes before go-live",
    "Two business analysts are released from the Hobart service centre",
    "The Tasmanian Audit Office accepts the revised controls",
    "Vendor hosting stays onshore in Australia",
    "Concessions policy does not change during the financial year",
]
TAS_PEOPLE = ["Bec Harrison", "Jack O'Brien", "Mei Lin Chen", "Sam Whitehouse"]


def tasmania_assumptions_register(folder: Path, rng: random.Random) -> Built:
    """A Tasmanian state agency's assumptions register with a spacer column A."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["B1"] = "Department of State Growth"
    ws["B2"] = "Assumptions Register - Concessions Online"
    ws["B3"] = "Confidence: H = high, M = medium, L = low. Check by = date it must be confirmed."
    header = ["No.", "Assumption", "Owner", "Date raised", "Confidence", "Check by", "Status"]
    header += ["If wrong, then ..."]
    _put(ws, 5, 2, [header])
    n = rng.randint(5, 7)
    items = rng.sample(TAS_ASSUMPTIONS, n)
    raised = _days(rng, n, date(2026, 1, 12))
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    states = {"Open": "Open", "Confirmed": "Validated", "Not valid": "Invalid", "Closed": "Closed"}
    values: list[ValueFact] = []
    for i, text in enumerate(items):
        owner = rng.choice(TAS_PEOPLE)
        check = raised[i] + timedelta(days=rng.choice([21, 30, 45]))
        c = rng.choice(list(conf))
        state = rng.choice(list(states))
        impact = rng.choice(["Go-live slips by a month", "Extra cost of $40k", "Manual workaround"])
        row = 6 + i
        _put(ws, row, 2, [[i + 1, text, owner, raised[i], c, check, state, impact]])
        ws.cell(row, 5).number_format = "dd/mm/yyyy"
        ws.cell(row, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", raised[i]),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "status", states[state]),
            ValueFact("assumptions", i, "impact_if_false", impact),
        ]
    path = _save(wb, folder, "tasmania_assumptions_register")
    targets: Targets = _cols("B", [("id", None), "assumption", "owner", "raised_date"])
    targets |= _cols("F", ["confidence", "validate_by", "status", "impact_if_false"])
    return Built(path, [_one("assumptions", "Assumptions", 5, targets, n)], values)


TX_DEPS = [
    ("Comptroller payment file spec for the new vendor portal", "Incoming", "CAPPS Financials"),
    ("DIR shared services data center network change", "Incoming", "DCS Program"),
    ("Address validation service from the GIS office", "Incoming", "TxGIO"),
    ("Eligibility API made available to HHSC", "Outgoing", "HHSC Eligibility Modernization"),
    ("Identity proofing integration with Texas by Texas", "Incoming", "TxT Platform"),
    ("Monthly extract delivered to the Legislative Budget Board", "Outgoing", "LBB Reporting"),
]
TX_PEOPLE = ["Carlos Ramirez", "Ashley Nguyen", "Brandon Miller", "Stephanie Hughes"]
TX_THEIRS = ["Dana Whitaker", "Luis Ortega", "Kim Tran", "Greg Patterson"]


def texas_dependency_log(folder: Path, rng: random.Random) -> Built:
    """A Texas state agency's IT project dependency log, US text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Project Dependency Log"
    ws["A2"] = "Agency: Texas Workforce Services - Vendor Portal Modernization"
    header = ["Dep #", "Description", "Type", "Other Project / Vendor", "Our Owner"]
    header += ["Their Contact", "Needed By", "Promised By", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    deps = rng.sample(TX_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 2))
    states = {"On Track": "On Track", "At Risk": "At Risk", "Late": "Late"}
    states["Received"] = "Delivered"
    values: list[ValueFact] = []
    for i, (title, way, party) in enumerate(deps):
        owner, theirs = rng.choice(TX_PEOPLE), rng.choice(TX_THEIRS)
        promised = needs[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        state = rng.choice(list(states))
        cells: list[object] = [i + 1, title, way, party, owner, theirs]
        cells += [f"{needs[i]:%m/%d/%Y}", f"{promised:%m/%d/%Y}", state]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Incoming" else "Outbound"
            ),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", theirs),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", states[state]),
        ]
    path = _save(wb, folder, "texas_dependency_log")
    targets: Targets = _cols("A", [("id", None), "title", "direction"])
    targets |= _cols("D", [("counterparty_project_id", "deliverable", None), "owner"])
    targets |= _cols("F", ["counterparty_owner", "need_by", "committed_date", "status"])
    return Built(path, [_one("dependencies", "Dependencies", 4, targets, n)], values)


BG_DECISIONS = [
    ("Системата се хоства в Държавния хибриден частен облак", "Изискване на закона"),
    ("Вход за гражданите само с електронен подпис и КЕП", "Сигурност на данните"),
    ("Пилотът започва в област Пловдив", "Най-голям обем заявления"),
    ("Старата система остава само за справки до края на 2026 г.", "Архивни изисквания"),
    ("Обучението се провежда дистанционно", "Ограничен бюджет за командировки"),
    ("Интеграция с RegiX вместо директни връзки", "Единен стандарт за обмен"),
    ("Вторият етап се отлага с един месец", "Забавяне на обществената поръчка"),
]
BG_PEOPLE = ["Управителен комитет", "Иван Петров", "Мария Георгиева", "Николай Димитров"]


def bulgaria_registar_resheniya(folder: Path, rng: random.Random) -> Built:
    """A Bulgarian ministry's project decision log in Bulgarian, dates as `14.03.2026 г.`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Решения")
    ws["A1"] = "РЕГИСТЪР НА РЕШЕНИЯТА"
    ws["A2"] = "Проект: Електронни административни услуги - етап 2"
    header = ["№", "Дата", "Решение", "Мотиви", "Взето от", "Заседание"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    items = rng.sample(BG_DECISIONS, n)
    dates = _days(rng, n, date(2025, 11, 3))
    # round 21's audit: the labelled `Проект:` line names the project, as the batch's
    # Slovenian, Latvian and Mongolian `Projekt:` / `Projekts:` / `Төсөл:` lines do
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Електронни административни услуги - етап 2"),
    ]
    for i, (text, why) in enumerate(items):
        who = rng.choice(BG_PEOPLE)
        meeting = f"Заседание {rng.randint(1, 9)}/2026"
        _put(ws, 5 + i, 1, [[i + 1, f"{dates[i]:%d.%m.%Y} г.", text, why, who, meeting]])
        values += [
            ValueFact("decisions", i, "date", dates[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    path = _save(wb, folder, "bulgaria_registar_resheniya")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by", None])
    return Built(path, [_one("decisions", "Решения", 4, targets, n)], values)


LV_RAID = [
    ("Risks", "Piegādātājs nespēj laikā piegādāt serverus"),
    ("Risks", "Datu migrācijas laikā tiek zaudēti vēsturiskie ieraksti"),
    ("Pieņēmums", "VARAM apstiprinās tehnisko specifikāciju līdz martam"),
    ("Pieņēmums", "Lietotāji izmantos eParaksts mobile"),
    ("Problēma", "Testa vide nav pieejama divas nedēļas"),
    ("Problēma", "Iepirkuma līgums vēl nav parakstīts"),
    ("Atkarība", "VRAA platformas atjauninājums jāpabeidz pirms ieviešanas"),
    ("Atkarība", "Valsts kases maksājumu modulis"),
]
LV_PEOPLE = ["Jānis Bērziņš", "Līga Kalniņa", "Andris Ozols", "Ilze Liepiņa"]


def latvia_raid_zurnals(folder: Path, rng: random.Random) -> Built:
    """A Latvian state agency's RAID journal in Latvian, dates as `14.03.2026.`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Risku, pieņēmumu, problēmu un atkarību žurnāls"
    ws["A2"] = "Projekts: Vienotā pašvaldību pakalpojumu platforma"
    header = ["Nr.", "Tips", "Apraksts", "Atbildīgais", "Reģistrēts", "Termiņš", "Statuss"]
    _put(ws, 4, 1, [header])
    rows = list(LV_RAID)
    rng.shuffle(rows)
    raised = _days(rng, len(rows), date(2026, 1, 5))
    reg = {"Risks": "risks", "Pieņēmums": "assumptions", "Problēma": "issues"}
    reg["Atkarība"] = "dependencies"
    text_field = {"risks": "title", "issues": "title", "assumptions": "assumption"}
    text_field["dependencies"] = "title"
    due_field = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
    counts: dict[str, int] = {}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Vienotā pašvaldību pakalpojumu platforma"),
    ]
    for i, (kind, text) in enumerate(rows):
        owner = rng.choice(LV_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([14, 30, 45]))
        state = rng.choice(["Atvērts", "Atvērts", "Slēgts"])
        cells: list[object] = [i + 1, kind, text, owner, f"{raised[i]:%d.%m.%Y}."]
        cells += [f"{due:%d.%m.%Y}.", state]
        _put(ws, 5 + i, 1, [cells])
        r = reg[kind]
        k = counts.get(r, 0)
        counts[r] = k + 1
        values += [ValueFact(r, k, text_field[r], text), ValueFact(r, k, "owner", owner)]
        if r != "dependencies":
            values.append(ValueFact(r, k, due_field[r], due))
            values.append(ValueFact(r, k, "raised_date", raised[i]))
            values.append(ValueFact(r, k, "status", "Open" if state == "Atvērts" else "Closed"))
        elif state == "Slēgts":
            # round 21's audit: a `Slēgts` (closed) dependency is Closed, on the standard's
            # dependency list; `Atvērts` stays with no fact (Open or On Track)
            values.append(ValueFact(r, k, "status", "Closed"))
    path = _save(wb, folder, "latvia_raid_zurnals")
    due_cols = ("due_date", "validate_by", "need_by", "committed_date")
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", ["raised_date", due_cols, "status"])
    return Built(path, [TruthTable("RAID", 4, "raid", targets, counts)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ON_LINES = [
    ("5110-200", "Teacher release time"),
    ("5320-410", "Chromebook carts"),
    ("5410-120", "SIS vendor licences"),
    ("5600-300", "Implementation consultant"),
    ("5720-010", "Network switch upgrades"),
]


def ontario_finance_ledger(folder: Path, rng: random.Random) -> Built:
    """An Ontario school board's project cost ledger in long format with month totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ledger")
    ws["A1"] = "Student Information System Renewal - Project Cost Ledger"
    ws["A2"] = "Fiscal year 2025-26 (Sep-Aug), Canadian dollars"
    header = ["Period", "GL Account", "Description", "Budget ($)", "Actual ($)", "Variance ($)"]
    _put(ws, 4, 1, [header])
    months = _months(date(2025, 9, 1), 5)
    lines = rng.sample(ON_LINES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "CAD")]
    row = 5
    count = 0
    for m, month in enumerate(months):
        tb = ta = 0.0
        for gl, desc in lines:
            budget = float(rng.randrange(10, 90) * 500)
            actual = float(round(budget * rng.uniform(0.7, 1.15))) if m < 4 else None
            cells: list[object] = [f"{month:%b-%y}", gl, desc, budget, actual]
            cells += [budget - actual if actual is not None else None]
            _put(ws, row, 1, [cells])
            row += 1
            count += 1
            tb += budget
            ta += actual or 0.0
            values.append(ValueFact("finance", (month, desc), "budget", budget))
            if actual is not None:
                values.append(ValueFact("finance", (month, desc), "actual", actual))
        _put(ws, row, 1, [[None, None, "Month total", tb, ta, tb - ta]])
        for c in range(1, 7):
            ws.cell(row, c).font = Font(bold=True)
        row += 1
    path = _save(wb, folder, "ontario_finance_ledger")
    targets: Targets = {"A": "month", "B": None, "C": "cost_line", "D": "budget"}
    targets |= {"E": "actual", "F": None}
    return Built(path, [TruthTable("Ledger", 4, "finance", targets, {"finance": count})], values)


QLD_PEOPLE = [
    ("Aroha Williams", "Project Manager"),
    ("Dylan Murphy", "Solution Architect"),
    ("Priya Raman", "Developer"),
    ("Tom Nguyen", "Developer"),
    ("Kate Sullivan", "Change Manager"),
    ("Liam Cooper", "Tester"),
]


def runn_queensland_resources(folder: Path, rng: random.Random) -> Built:
    """A Queensland agency's Runn export of assigned effort in days, with a placeholder."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Runn export")
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m:%b %Y}" for m in months]
    _put(ws, 1, 1, [["Person", "Role", "Project", *labels, "Total (days)"]])
    staff: list[tuple[str | None, str]] = list(rng.sample(QLD_PEOPLE, 4))
    staff.append((None, "Business Analyst"))
    count = 0
    for i, (person, role) in enumerate(staff):
        days = [rng.choice([None, 5.0, 10.0, 15.0, 20.0]) for _ in labels]
        count += sum(1 for d in days if d)
        name = person or "Business Analyst (TBC)"
        _put(
            ws,
            2 + i,
            1,
            [[name, role, "Queensland Digital Licence", *days, sum(d or 0 for d in days)]],
        )
    path = _save(wb, folder, "runn_queensland_resources")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Runn export", 1, "resources", targets, {"resources": count})
    return Built(path, [table], [])


AB_MILESTONES = [
    "Business case approved",
    "Vendor contract signed",
    "Well licence data migrated",
    "Operator portal pilot live",
    "Public release",
    "Legacy system retired",
]
AB_ISSUES = [
    "Operator test accounts not provisioned",
    "GIS layer licensing unresolved",
    "Data conversion errors in historic well records",
    "Key SME on leave during UAT",
    "Accessibility audit findings outstanding",
]
AB_PEOPLE = ["Megan Olsen", "Raj Patel", "Chris Lavoie", "Jenna McKay"]


def alberta_status_report(folder: Path, rng: random.Random) -> Built:
    """An Alberta energy regulator's status sheet: a label block, milestones and issues."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "PROJECT STATUS REPORT"
    block: list[tuple[str, object]] = [("Project", "Well Licence Portal Replacement")]
    block += [("Executive Sponsor", "Megan Olsen"), ("Project Manager", "Chris Lavoie")]
    block += [("Reporting Period End", date(2026, 3, 31)), ("Overall Status", "Yellow")]
    for r, (label, value) in enumerate(block):
        ws.cell(2 + r, 1, label)
        ws.cell(2 + r, 2, value)
    ws.cell(5, 2).number_format = "yyyy-mm-dd"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Well Licence Portal Replacement"),
        ValueFact("project", 0, "sponsor", "Megan Olsen"),
        ValueFact("project", 0, "project_manager", "Chris Lavoie"),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    ws["A8"] = "MILESTONES"
    _put(ws, 9, 1, [["Milestone", "Planned", "Forecast", "Actual", "Status"]])
    nm = len(AB_MILESTONES)
    base = _days(rng, nm, date(2025, 12, 1))
    done = rng.randint(2, 3)
    read = {"On Schedule": None, "At Risk": "At Risk", "Delayed": "Late"}
    for i, name in enumerate(AB_MILESTONES):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        actual = fc if i < done else None
        status = "Complete" if actual else rng.choice(list(read))
        row = 10 + i
        _put(ws, row, 1, [[name, base[i], fc, actual, status]])
        for c in (2, 3, 4):
            ws.cell(row, c).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif read[status]:
            values.append(ValueFact("milestones", i, "status", read[status]))
    i_top = 10 + nm + 2
    ws.cell(i_top - 1, 1, "OPEN ISSUES")
    _put(ws, i_top, 1, [["#", "Issue", "Owner", "Opened", "Target Date", "Priority", "Status"]])
    ni = rng.randint(3, 5)
    issues = rng.sample(AB_ISSUES, ni)
    opened = _days(rng, ni, date(2026, 1, 15))
    for i, title in enumerate(issues):
        owner = rng.choice(AB_PEOPLE)
        target = opened[i] + timedelta(days=rng.choice([14, 30]))
        prio = rng.choice(["High", "Medium", "Low"])
        status = rng.choice(["Open", "In Progress"])
        row = i_top + 1 + i
        _put(ws, row, 1, [[i + 1, title, owner, opened[i], target, prio, status]])
        ws.cell(row, 4).number_format = "yyyy-mm-dd"
        ws.cell(row, 5).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "due_date", target),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", status),
        ]
    path = _save(wb, folder, "alberta_status_report")
    m_targets: Targets = _cols("A", ["milestone", "baseline_date", "forecast_date"])
    m_targets |= _cols("D", ["actual_date", "status"])
    i_targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date", "due_date"])
    i_targets |= _cols("F", ["priority", "status"])
    tables = [
        _one("milestones", "Status Report", 9, m_targets, nm),
        _one("issues", "Status Report", i_top, i_targets, ni),
    ]
    return Built(path, tables, values)


BO_LINES = [
    ("2.5.1", "Obras de captación"),
    ("2.5.2", "Red de distribución"),
    ("3.4.1", "Tuberías y accesorios"),
    ("2.6.1", "Supervisión técnica"),
]
BO_MONTHS = ["Enero", "Febrero", "Marzo", "Abril"]


def _bs(x: float) -> str:
    whole, cents = f"{x:,.2f}".split(".")
    return f"Bs {whole.replace(',', '.')},{cents}"


def bolivia_ejecucion_financiera(folder: Path, rng: random.Random) -> Built:
    """A Bolivian municipality's financial execution: merged month headers over two
    sub-headers, amounts as `Bs 12.345,00` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ejecución")
    ws["A1"] = "GOBIERNO AUTÓNOMO MUNICIPAL DE SUCRE"
    ws["A2"] = "Proyecto: Ampliación del sistema de agua potable Distrito 5"
    ws["A3"] = "(Expresado en bolivianos)"
    months = _months(date(2026, 1, 1), 4)
    _put(ws, 6, 1, [["Partida", "Descripción"]])
    for m, label in enumerate(BO_MONTHS):
        col = 3 + 2 * m
        ws.cell(5, col, f"{label} 2026")
        ws.merge_cells(start_row=5, start_column=col, end_row=5, end_column=col + 1)
        ws.cell(6, col, "Presupuestado")
        ws.cell(6, col + 1, "Ejecutado")
    lines = rng.sample(BO_LINES, 3)
    # round 21's audit: the labelled `Proyecto:` line names the project
    values: list[ValueFact] = [
        ValueFact(
            "project", 0, "project_name", "Ampliación del sistema de agua potable Distrito 5"
        ),
    ]
    for i, (code, desc) in enumerate(lines):
        cells: list[object] = [code, desc]
        for m, month in enumerate(months):
            plan = float(rng.randrange(20, 300) * 500)
            done = float(round(plan * rng.uniform(0.4, 1.0))) if m < 3 else None
            cells += [_bs(plan), _bs(done) if done is not None else None]
            values.append(ValueFact("finance", (month, desc), "budget", plan))
            if done is not None:
                values.append(ValueFact("finance", (month, desc), "actual", done))
        _put(ws, 7 + i, 1, [cells])
    path = _save(wb, folder, "bolivia_ejecucion_financiera")
    targets: Targets = {"A": None, "B": "cost_line"}
    table = TruthTable("Ejecución", 6, "finance", targets, {"finance": 4 * len(lines)})
    return Built(path, [table], values)


MN_MILESTONES = [
    "Техникийн даалгавар батлагдсан",
    "Гэрээ байгуулсан",
    "Системийн загвар бэлэн болсон",
    "Туршилтын хувилбар нэвтэрсэн",
    "Хэрэглэгчдийн сургалт дууссан",
    "Үндсэн ашиглалтад хүлээлгэн өгсөн",
    "Төслийн хаалтын тайлан",
]
MN_PEOPLE = ["Б. Батбаяр", "Д. Оюунчимэг", "Г. Ганзориг", "С. Сарангэрэл"]


def _mn(d: date) -> str:
    return f"{d:%Y.%m.%d}"


def mongolia_ue_shatny_tolovlogoo(folder: Path, rng: random.Random) -> Built:
    """A Mongolian state agency's milestone plan in Mongolian, dates as `2026.03.14`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Үе шат")
    ws["A1"] = "ТӨСЛИЙН ҮЕ ШАТНЫ ТӨЛӨВЛӨГӨӨ"
    ws["A2"] = "Төсөл: Цахим татварын системийн шинэчлэл"
    header = ["№", "Үе шат", "Хариуцагч", "Төлөвлөсөн огноо", "Тооцоолсон огноо"]
    header += ["Гүйцэтгэсэн огноо", "Төлөв"]
    _put(ws, 4, 1, [header])
    n = len(MN_MILESTONES)
    base = _days(rng, n, date(2025, 10, 1))
    done = rng.randint(2, 3)
    read = {"Хэвийн": None, "Эрсдэлтэй": "At Risk", "Хоцорсон": "Late"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Цахим татварын системийн шинэчлэл"),
    ]
    for i, name in enumerate(MN_MILESTONES):
        owner = rng.choice(MN_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 10, 30]))
        actual = fc - timedelta(days=rng.choice([0, 3])) if i < done else None
        status = "Дууссан" if actual else rng.choice(list(read))
        cells: list[object] = [i + 1, name, owner, _mn(base[i]), _mn(fc)]
        cells += [_mn(actual) if actual else None, status]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif read[status]:
            values.append(ValueFact("milestones", i, "status", read[status]))
    path = _save(wb, folder, "mongolia_ue_shatny_tolovlogoo")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Үе шат", 4, targets, n)], values)


SK_TEAMS = {
    "Tím Backend": [
        ("Martin Kováč", "Java vývojár"),
        ("Zuzana Horváthová", "Java vývojár"),
        ("Peter Varga", "Architekt"),
    ],
    "Tím Frontend": [
        ("Lucia Tóthová", "Frontend vývojár"),
        ("Tomáš Baláž", "UX dizajnér"),
        ("Jana Szabóová", "Testerka"),
    ],
}
SK_MONTHS = ["jan 2026", "feb 2026", "mar 2026", "apr 2026", "máj 2026", "jún 2026"]


def slovakia_kapacitny_plan(folder: Path, rng: random.Random) -> Built:
    """A Slovak IT firm's capacity plan in man-days, team headings and a spacer row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kapacity")
    ws["A1"] = "Kapacitný plán (MD = človekodni)"
    ws["A2"] = "Projekt: Elektronická schránka pre samosprávy"
    _put(ws, 4, 1, [["Meno", "Rola", *SK_MONTHS, "Spolu MD"]])
    row = 5
    count = 0
    for t, (team, people) in enumerate(SK_TEAMS.items()):
        if t:
            row += 1  # a blank spacer row between the teams
        ws.cell(row, 1, team).font = Font(bold=True)
        row += 1
        for person, role in rng.sample(people, 2):
            days = [rng.choice([None, 5.0, 10.0, 15.0, 20.0]) for _ in SK_MONTHS]
            count += sum(1 for d in days if d)
            _put(ws, row, 1, [[person, role, *days, sum(d or 0 for d in days)]])
            row += 1
    path = _save(wb, folder, "slovakia_kapacitny_plan")
    targets: Targets = {"A": "person", "B": "role", "I": None}
    table = TruthTable("Kapacity", 4, "resources", targets, {"resources": count})
    # round 21's audit: the labelled `Projekt:` line names the project
    project = ValueFact("project", 0, "project_name", "Elektronická schránka pre samosprávy")
    return Built(path, [table], [project])


HELD_OUT_23: tuple[Layout, ...] = (
    Layout(
        "basecamp_todo_issues",
        "Basecamp to-do export (Scottish council library migration issues)",
        basecamp_todo_issues,
    ),
    Layout(
        "slovenia_register_tveganj",
        "Slovenian municipality project risk register",
        slovenia_register_tveganj,
    ),
    Layout(
        "tasmania_assumptions_register",
        "Tasmanian state agency assumptions register",
        tasmania_assumptions_register,
    ),
    Layout("texas_dependency_log", "Texas state agency dependency log", texas_dependency_log),
    Layout(
        "bulgaria_registar_resheniya",
        "Bulgarian ministry decision log (Cyrillic)",
        bulgaria_registar_resheniya,
    ),
    Layout("latvia_raid_zurnals", "Latvian state agency RAID journal", latvia_raid_zurnals),
    Layout(
        "ontario_finance_ledger",
        "Ontario school board cost ledger (long format, CAD)",
        ontario_finance_ledger,
    ),
    Layout(
        "runn_queensland_resources",
        "Runn resource export (Queensland agency, days)",
        runn_queensland_resources,
    ),
    Layout(
        "alberta_status_report",
        "Alberta regulator status report (milestones and issues)",
        alberta_status_report,
    ),
    Layout(
        "bolivia_ejecucion_financiera",
        "Bolivian municipality financial execution (merged month headers)",
        bolivia_ejecucion_financiera,
    ),
    Layout(
        "mongolia_ue_shatny_tolovlogoo",
        "Mongolian state agency milestone plan (Cyrillic)",
        mongolia_ue_shatny_tolovlogoo,
    ),
    Layout(
        "slovakia_kapacitny_plan",
        "Slovak IT firm capacity plan (man-days)",
        slovakia_kapacitny_plan,
    ),
)
