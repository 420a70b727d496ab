"""The twenty-first held-out batch (``HELD_OUT_21``, issue 15 round 20, the round's second):
twelve seeded legacy layouts with ground truth, written by an engineer who does not tune
adoption and who read neither the adoption code (``addin/adopt/``) nor any batch's misses.
It is MIXED, as a PMO's inbox is: six registers and six trackers, from tools, sectors,
countries and languages no earlier batch file's docstring names (and nothing of the
twentieth batch's).

Registers:

- ``shortcut_stories_issues``: a Pakistani fintech's Shortcut (ex-Clubhouse) stories CSV
  kept as the wallet launch's issue log, opened in Excel with no title block and Shortcut's
  lower-case snake headers: `id` as Shortcut's numeric story key, `name`, `type`,
  `requester`, `owners`, `state` Unscheduled / Ready for Development / In Development /
  Ready for Review / Completed, `priority` Urgent / High / Medium / Low, `created_at` as
  `2026-03-14T09:41:07Z` text, `deadline` as ISO text, `completed_at`, `epic`,
  `estimate`, `labels`, `description`.
- ``galicia_rexistro_riscos``: a Galician regional ministry's (Xunta de Galicia) greenway
  project risk register in Galician under a title block (`Proxecto:`, `Xefa de
  proxecto:`): `Código` R-01, `Risco`, `Categoría` Técnico / Financeiro / Legal / Prazo,
  `Probabilidade (1-5)`, `Impacto (1-5)`, `Nivel` Baixo / Medio / Alto, `Responsable`,
  `Tratamento`, `Data de identificación` / `Data límite` as `14/03/2026` text, `Estado`
  Aberto / En seguimento / Pechado.
- ``albania_regjistri_vendimeve``: an Albanian ministry's civil registry digitalisation
  decision log in Albanian under a title and a `Projekti:` line: `Nr.`, `Data` as
  `14.03.2026` text, `Vendimi`, `Arsyetimi`, `Vendosur nga`, `Takimi` (the meeting).
- ``nepal_hydro_assumptions``: a Nepali hydropower project's assumptions log in English
  under the project's name, a revision line and a `Project Manager:` label / value pair:
  `S.N.`, `Assumption ID` ASM-01, `Assumption`, `Area`, `Owner`, `Confidence` High /
  Medium / Low, `Impact if wrong`, `Validate by` as `14 Mar 2026` text (no leading zero),
  `Status` Open / Confirmed / Proven wrong / Closed, `Remarks`.
- ``rwanda_dependency_register``: a Rwandan e-government programme's dependency register in
  English under a ministry heading, a `Programme:` line and a title: `Dep. No.` DEP-01,
  `Dependency`, `Direction` Receiving / Providing, `Institution` (NIDA, RRA, ...),
  `Owner`, `Contact person`, `Need by` / `Agreed date` as date cells shown `dd/mm/yyyy`,
  `Status` Open / On track / At risk / Met / Missed, `Notes`.
- ``mongolia_raid_log``: a Mongolian copper concentrator expansion's RAID log in Mongolian
  (Cyrillic) under a title and a `Төсөл:` (project) line, one table with the register per
  row in `Төрөл` Эрсдэл / Таамаглал / Асуудал / Хамаарал (risk / assumption / issue /
  dependency): `Д/д` row numbers, `Тайлбар`, `Хариуцагч`, `Бүртгэсэн огноо` / `Хугацаа`
  as `2026.03.14` text (year first, dots), `Төлөв` Нээлттэй / Хаагдсан, `Тэмдэглэл`.

Trackers:

- ``jedox_planning_report``: a Montenegrin clinical centre's Jedox planning report in English:
  a title, then filter lines as label / value pairs (`Year:` 2026, `Currency:` EUR,
  `Project:`), `Account`, `Version` Budget / Actual / Forecast rows (actuals for the
  closed months, forecast for the rest), months across as bare `Jan` .. `Jun`, `Total`.
- ``ecuador_cedula_gastos``: an Ecuadorian municipality's budget execution sheet (cédula
  presupuestaria de gastos) in US dollars, the unit in a `(Valores en dólares ...)` line:
  `Partida` (the budget item code), `Denominación`, `Tipo` Codificado / Devengado rows,
  months across as upper-case Spanish `ENERO` .. `JUNIO`, `TOTAL`, a `TOTAL` row at the
  foot.
- ``prophix_outturn_zambia``: a Zambian copper mine's Prophix capital outturn in `USD
  '000`: an `ACT` / `FCST` marker row above month date cells shown `Jan-26`, so each
  month holds an actual or a forecast and no measure column exists, `FY26 Outturn` and
  `FY26 Budget` columns.
- ``resource_guru_bookings``: a Uruguayan software consultancy's Resource Guru bookings report in
  hours: the report period and a `Client: ... | Project: ...` line above, `Resource`,
  `Job Title`, `Project`, weeks across as `w/c 2 Mar` text, `Total hours`.
- ``bosnia_plan_kljucnih_tacaka``: a Bosnian motorway company's milestone plan in Bosnian
  under a title block (`Projekat:`, `Datum izvještaja:`): `R.br.`, `Ključna tačka`,
  `Odgovorna osoba`, `Planirani datum` / `Prognozirani datum` / `Ostvareni datum` as
  `14.3.2026` text (day first, no leading zeros, no trailing dot), `Status` Završeno / U
  toku / Kasni / Ugroženo / Nije započeto.
- ``cambodia_irrigation_status_report``: a JICA-funded Cambodian irrigation rehabilitation project's monthly
  progress sheet: a label / value block with colons (project, executing agency, project
  director, reporting period `March 2026`, overall status as a word), a numbered `1.
  Milestones` heading over a milestones table (`Status` Completed / In progress / Delayed
  / Not started, date cells shown `14-Mar-2026`) and a `2. Issues` heading over an issues
  table (`Priority` High / Medium / Low, `Status` Open / In progress / Closed).

Truth a person could read two ways has no fact: Shortcut's numeric story keys, `Ready for
Review` (In Progress or Resolved) and `Completed` (Resolved or Closed) for an issue; the
Galician `Nivel` (a rating with no standard band); the Albanian row numbers and `Takimi`;
the Nepali `S.N.` and `Area`; the Rwandan `Institution` (a name, no project ID) and the
`Programme:` line as the project's name (it is the programme: round 20's audit gave it);
the Mongolian row numbers and a dependency's `Хугацаа` (need-by or committed) and
`Бүртгэсэн огноо` (the dependency register keeps no raised date); the Jedox `Project:`
value (a code and a name in one cell); the Ecuadorian `Partida` codes (ledger codes, not
the standard's categories); the Resource Guru client, and hours by item (the order of
unpivoted cells is not the sheet's to say); the Cambodian `Project Director` (manager or
sponsor) and `Reporting period` (a month, not a report date). Round 20's audit added the
Ecuadorian `Proyecto:` (labelled, though in the title's cell) and Resource Guru's labelled
`Project:` as the project's name, and Shortcut's `type` as the issue's type or nothing.
Readings used: `Probabilidade (1-5)` / `Impacto (1-5)` are the 1-5 scores as typed; Técnico
/ Financeiro / Legal / Prazo are Technical / Financial / Legal / Schedule; Aberto / En
seguimento / Pechado are Open / Monitoring / Closed; `Xefa de proxecto` is the project
manager; Urgent is Critical (the Planner reading of round 19's audit) and `Unscheduled` /
`Ready for Development` are Open, `In Development` In Progress, `completed_at` the closed
date; Confirmed / Proven wrong are Validated / Invalid; Receiving / Providing are Inbound /
Outbound, `Met` Delivered and `Missed` Late, `Contact person` the counterparty owner and
`Agreed date` the committed date; Нээлттэй / Хаагдсан are Open / Closed and `Хугацаа` a
risk's or an issue's due date and an assumption's validate-by; Codificado (the current
appropriation) is the budget and Devengado (accrued) the actual; `ACT` months are actuals
and `FCST` months forecasts; `USD '000` amounts are multiplied out (x 1,000) and a
`Capital Outturn`'s lines are CapEx (round 19's reading of a capital title); Završeno / U
toku / Kasni / Ugroženo / Nije započeto are Complete / In Progress / Late / At Risk / Not
Started; `Datum izvještaja` is the report date; Completed / Delayed are Complete / Late;
`Overall status: Amber` is the overall RAG; IDs in the standard form keep their number
(`R-01` is R-001, `ASM-01` A-001, `DEP-01` D-001).
It was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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

PK_STORIES = [
    "Raast QR payments time out on Jazz network",
    "KYC selfie check rejects CNIC photos taken indoors",
    "Urdu push notifications show broken characters",
    "Settlement file to the bank misses the last batch",
    "Biometric verification vendor sandbox down",
    "Card tokenisation fails for older Android phones",
    "Daily limit not reset at midnight PKT",
    "Merchant onboarding form loses the IBAN field",
    "SBP reporting extract rounds amounts wrongly",
    "OTP SMS delayed for Zong subscribers",
]
PK_PEOPLE = ["Ayesha Siddiqui", "Hamza Qureshi", "Bilal Ahmed", "Sana Malik", "Usman Tariq"]


def shortcut_stories_issues(folder: Path, rng: random.Random) -> Built:
    """A Pakistani fintech's Shortcut stories CSV kept as the issue log."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "shortcut_export")
    header = ["id", "name", "type", "requester", "owners", "state", "priority"]
    header += ["created_at", "deadline", "completed_at", "epic", "estimate", "labels"]
    header += ["description"]
    _put(ws, 1, 1, [header])
    n = rng.randint(8, 10)
    titles = rng.sample(PK_STORIES, n)
    created = _days(rng, n, date(2026, 1, 12))
    keys = sorted(rng.sample(range(4100, 4900), n))
    states = {"Unscheduled": "Open", "Ready for Development": "Open"}
    states |= {"In Development": "In Progress", "Ready for Review": None, "Completed": None}
    prio = {"Urgent": "Critical", "High": "High", "Medium": "Medium", "Low": "Low"}
    values: list[ValueFact] = []
    for i in range(n):
        state = rng.choice(list(states))
        p = rng.choice(list(prio))
        owner = rng.choice(PK_PEOPLE)
        at = datetime.combine(created[i], time(rng.randint(4, 12), rng.randint(0, 59), 7))
        due = created[i] + timedelta(days=rng.choice([7, 14, 21]))
        done = created[i] + timedelta(days=rng.randint(2, 12)) if state == "Completed" else None
        desc = rng.choice([None, "Seen in production by the support desk", "Reported by QA"])
        cells: list[object] = [keys[i], titles[i], "bug"]
        cells += [rng.choice(PK_PEOPLE), owner, state, p, at.strftime("%Y-%m-%dT%H:%M:%SZ")]
        cells += [due.isoformat(), f"{done.isoformat()}T15:02:11Z" if done else None]
        cells += ["Wallet 2.0 launch", rng.choice([1, 2, 3, 5]), "production", desc]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio[p]),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if states[state]:
            values.append(ValueFact("issues", i, "status", states[state]))
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
        if desc:
            values.append(ValueFact("issues", i, "description", desc))
    path = _save(wb, folder, "shortcut_stories_issues")
    # `type` (every row `bug`) may be mapped to the issue's type or left out, as the
    # seventeenth batch's Jira `Issue Type` (Bug / Task): no value, `bug` is on no list
    targets: Targets = _cols("A", [("id", None), "title", ("type", None), None, "owner", "status"])
    targets |= _cols("G", ["priority", "raised_date", "due_date", "closed_date", None, None])
    targets |= _cols("M", [None, "description"])
    return Built(path, [_one("issues", "shortcut_export", 1, targets, n)], values)


GL_RISKS = [
    ("Atraso na licenza ambiental do tramo", "Prazo", "Schedule"),
    ("Sobrecusto das expropiacións", "Financeiro", "Financial"),
    ("Recurso contra a adxudicación do contrato", "Legal", "Legal"),
    ("Incompatibilidade do sistema de sinalización", "Técnico", "Technical"),
    ("Perda do cofinanciamento FEDER", "Financeiro", "Financial"),
    ("Achados arqueolóxicos na traza", "Prazo", "Schedule"),
    ("Falta de persoal técnico na dirección de obra", "Técnico", "Technical"),
    ("Cambio normativo na lei de contratos", "Legal", "Legal"),
]
GL_PEOPLE = ["Uxía Castro", "Brais Otero", "Antía Fernández", "Xoán Pereira", "Iria Vázquez"]


def galicia_rexistro_riscos(folder: Path, rng: random.Random) -> Built:
    """A Galician regional body's risk register in Galician under a title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rexistro de riscos")
    ws["A1"] = "XUNTA DE GALICIA - Consellería de Infraestruturas"
    ws["A2"] = "Proxecto: Vía verde do Ulla - tramo 2"
    ws["A3"] = "Xefa de proxecto: Uxía Castro"
    header = ["Código", "Risco", "Categoría", "Probabilidade (1-5)", "Impacto (1-5)"]
    header += ["Nivel", "Responsable", "Tratamento", "Data de identificación"]
    header += ["Data límite", "Estado"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(GL_RISKS, n)
    raised = _days(rng, n, date(2025, 11, 3))
    states = {"Aberto": "Open", "En seguimento": "Monitoring", "Pechado": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Vía verde do Ulla - tramo 2"),
        ValueFact("project", 0, "project_manager", "Uxía Castro"),
    ]
    for i, (title, cat, cat_en) in enumerate(risks):
        p, im = rng.randint(1, 5), rng.randint(1, 5)
        level = "Alto" if p * im >= 15 else ("Medio" if p * im >= 6 else "Baixo")
        owner = rng.choice(GL_PEOPLE)
        action = rng.choice(["Reunión mensual co órgano ambiental", "Reserva no orzamento"])
        due = raised[i] + timedelta(days=rng.choice([30, 60, 90]))
        state = rng.choice(list(states))
        cells: list[object] = [f"R-{i + 1:02d}", title, cat, p, im, level, owner, action]
        cells += [_dmy(raised[i]), _dmy(due), state]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "category", cat_en),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(im)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", states[state]),
        ]
    path = _save(wb, folder, "galicia_rexistro_riscos")
    targets: Targets = _cols("A", ["id", "title", "category", "probability", "impact"])
    targets |= _cols("F", [("rating", None), "owner", "response", "raised_date", "due_date"])
    targets |= _cols("K", ["status"])
    return Built(path, [_one("risks", "Rexistro de riscos", 5, targets, n)], values)


AL_DECISIONS = [
    ("Miratohet arkitektura e platformës e-Albania 2", "Standardizim me sistemet ekzistuese"),
    ("Shtyhet lançimi pilot në Bashkinë Durrës", "Infrastruktura e rrjetit nuk është gati"),
    ("Zgjidhet hostimi në qendrën qeveritare të të dhënave", "Kërkesë ligjore për sovranitet"),
    ("Pranohet ndryshimi i fushës për nënshkrimin elektronik", "Kërkesë nga AKSHI"),
    ("Trajnimi i stafit bëhet në dy faza", "Kapacitete të kufizuara trajnimi"),
    ("Anulohet moduli i pagesave në fazën e parë", "Mungon marrëveshja me bankën"),
    ("Caktohet testimi i pranimit për muajin maj", "Plani i përditësuar i furnitorit"),
]
AL_PEOPLE = ["Komiteti Drejtues", "Drejtori i Projektit", "Zv. Ministri", "Bordi Teknik"]


def albania_regjistri_vendimeve(folder: Path, rng: random.Random) -> Built:
    """An Albanian ministry's project decision log in Albanian, dates `14.03.2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Vendimet")
    ws["A1"] = "REGJISTRI I VENDIMEVE"
    ws["A2"] = "Projekti: Digjitalizimi i shërbimeve të gjendjes civile"
    header = ["Nr.", "Data", "Vendimi", "Arsyetimi", "Vendosur nga", "Takimi"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(AL_DECISIONS, n)
    when = _days(rng, n, date(2026, 1, 8))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Digjitalizimi i shërbimeve të gjendjes civile"),
    ]
    for i, (decision, why) in enumerate(picks):
        who = rng.choice(AL_PEOPLE)
        meeting = f"Mbledhja nr. {i + 3}"
        _put(ws, 5 + i, 1, [[i + 1, _dmy(when[i], "."), decision, why, who, meeting]])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
        ]
    path = _save(wb, folder, "albania_regjistri_vendimeve")
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    targets |= _cols("F", [None])
    return Built(path, [_one("decisions", "Vendimet", 4, targets, n)], values)


NP_ASSUMPTIONS = [
    ("Monsoon flows match the 30-year hydrology record", "Hydrology"),
    ("Access road is open before the rainy season", "Logistics"),
    ("NEA signs the power purchase agreement by June", "Commercial"),
    ("Local community agrees the benefit-sharing plan", "Social"),
    ("Turbine supplier ships from India without customs delay", "Procurement"),
    ("Transmission line to the substation is ready for testing", "Grid"),
    ("Exchange rate NPR/USD stays within the financial model band", "Finance"),
]
NP_PEOPLE = ["Sita Shrestha", "Ram Bahadur Thapa", "Anil Gurung", "Pratima Karki"]


def _dmon(d: date) -> str:
    return f"{d.day} {d:%b} {d.year}"


def nepal_hydro_assumptions(folder: Path, rng: random.Random) -> Built:
    """A Nepali hydropower project's assumptions log (English), dates `14 Mar 2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Upper Tamakoshi Tributary Hydropower Project (42 MW)"
    ws["A2"] = "Assumptions Log - Revision 4"
    ws["A3"] = "Project Manager:"
    ws["B3"] = "Sita Shrestha"
    header = ["S.N.", "Assumption ID", "Assumption", "Area", "Owner", "Confidence"]
    header += ["Impact if wrong", "Validate by", "Status", "Remarks"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 7)
    picks = rng.sample(NP_ASSUMPTIONS, n)
    checks = _days(rng, n, date(2026, 2, 2))
    states = {"Open": "Open", "Confirmed": "Validated", "Proven wrong": "Invalid"}
    states |= {"Closed": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_manager", "Sita Shrestha"),
    ]
    for i, (text, area) in enumerate(picks):
        owner = rng.choice(NP_PEOPLE)
        conf = rng.choice(["High", "Medium", "Low"])
        impact = rng.choice(["Commissioning slips by a season", "Tariff revenue falls"])
        state = rng.choice(list(states))
        cells: list[object] = [i + 1, f"ASM-{i + 1:02d}", text, area, owner, conf, impact]
        cells += [_dmon(checks[i]), state, rng.choice([None, "Reviewed at PMC meeting"])]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "validate_by", checks[i]),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "nepal_hydro_assumptions")
    targets: Targets = _cols("A", [None, "id", "assumption", None, "owner", "confidence"])
    targets |= _cols("G", ["impact_if_false", "validate_by", "status", None])
    return Built(path, [_one("assumptions", "Assumptions", 5, targets, n)], values)


RW_DEPS = [
    ("National ID API access from NIDA", "Receiving", "NIDA"),
    ("Tax clearance web service from RRA", "Receiving", "Rwanda Revenue Authority"),
    ("Payment gateway certificates from BNR", "Receiving", "National Bank of Rwanda"),
    ("Land records data feed to the land registry", "Providing", "Rwanda Land Authority"),
    ("Citizen portal single sign-on for Irembo", "Providing", "Irembo"),
    ("Data centre hosting slot from RISA", "Receiving", "RISA"),
]
RW_PEOPLE = ["Jean Claude Habimana", "Aline Uwase", "Eric Niyonzima", "Diane Mukamana"]
RW_CONTACTS = ["Patrick Nkurunziza", "Grace Ingabire", "Olivier Mugisha"]


def rwanda_dependency_register(folder: Path, rng: random.Random) -> Built:
    """A Rwandan e-government programme's dependency register, date cells `dd/mm/yyyy`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ws["A1"] = "Republic of Rwanda - Ministry of ICT and Innovation"
    ws["A2"] = "Programme: e-Services Integration Phase II"
    ws["A3"] = "DEPENDENCY REGISTER"
    header = ["Dep. No.", "Dependency", "Direction", "Institution", "Owner"]
    header += ["Contact person", "Need by", "Agreed date", "Status", "Notes"]
    _put(ws, 5, 1, [header])
    n = rng.randint(5, 6)
    deps = rng.sample(RW_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 9))
    way = {"Receiving": "Inbound", "Providing": "Outbound"}
    states = {"Open": "Open", "On track": "On Track", "At risk": "At Risk"}
    states |= {"Met": "Delivered", "Missed": "Late"}
    # the labelled `Programme:` line is the project's programme (round 20's audit; the
    # tenth and thirteenth batches read `Programme: ...` so), not its name
    values: list[ValueFact] = [
        ValueFact("project", 0, "programme", "e-Services Integration Phase II")
    ]
    for i, (title, direction, party) in enumerate(deps):
        owner = rng.choice(RW_PEOPLE)
        contact = rng.choice(RW_CONTACTS)
        agreed = needs[i] + timedelta(days=rng.choice([0, 7, 14]))
        state = rng.choice(list(states))
        row = 6 + i
        cells: list[object] = [f"DEP-{i + 1:02d}", title, direction, party, owner, contact]
        cells += [needs[i], agreed, state, rng.choice([None, "Follow up at the TWG"])]
        _put(ws, row, 1, [cells])
        for c in (7, 8):
            ws.cell(row, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", way[direction]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "committed_date", agreed),
            ValueFact("dependencies", i, "status", states[state]),
        ]
    path = _save(wb, folder, "rwanda_dependency_register")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "counterparty_owner", "need_by", "committed_date"])
    targets |= _cols("I", ["status", None])
    return Built(path, [_one("dependencies", "Dependencies", 5, targets, n)], values)


MN_ITEMS = [
    ("Эрсдэл", "risks", "Зам тээврийн хаалт өвлийн улиралд"),
    ("Эрсдэл", "risks", "Гаалийн бүрдүүлэлт удаашрах"),
    ("Эрсдэл", "risks", "Цахилгааны хангамж тасалдах"),
    ("Таамаглал", "assumptions", "Орон нутгийн ажиллах хүч хангалттай байна"),
    ("Таамаглал", "assumptions", "Ус ашиглалтын зөвшөөрөл хугацаандаа гарна"),
    ("Асуудал", "issues", "Тоног төхөөрөмжийн нийлүүлэлт хоцорсон"),
    ("Асуудал", "issues", "Барилгын зураг батлагдаагүй"),
    ("Хамаарал", "dependencies", "Өмнөговь аймгийн цахилгаан дамжуулах шугам"),
    ("Хамаарал", "dependencies", "Төмөр замын салаа шугам ашиглалтад орох"),
]
MN_PEOPLE = ["Батбаяр Г.", "Оюунчимэг Д.", "Энхтуяа Б.", "Ганбаатар С."]
MN_TEXT = {"risks": "title", "issues": "title", "assumptions": "assumption"}
MN_TEXT |= {"dependencies": "title"}
MN_DUE = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}


def mongolia_raid_log(folder: Path, rng: random.Random) -> Built:
    """A Mongolian mining project's RAID log in Mongolian, one table, type per row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID бүртгэл")
    ws["A1"] = "Эрсдэл, таамаглал, асуудал, хамаарлын бүртгэл"
    ws["A2"] = "Төсөл: Баяжуулах үйлдвэрийн өргөтгөл"
    header = ["Д/д", "Төрөл", "Тайлбар", "Хариуцагч", "Бүртгэсэн огноо", "Хугацаа"]
    header += ["Төлөв", "Тэмдэглэл"]
    _put(ws, 4, 1, [header])
    items = rng.sample(MN_ITEMS, 8)
    items.sort(key=lambda t: MN_ITEMS.index(t))
    opened = _days(rng, len(items), date(2026, 1, 6))
    index: dict[str, int] = {}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Баяжуулах үйлдвэрийн өргөтгөл"),
    ]
    for r, (kind, reg, text) in enumerate(items):
        i = index.get(reg, 0)
        index[reg] = i + 1
        owner = rng.choice(MN_PEOPLE)
        state = rng.choice(["Нээлттэй", "Хаагдсан"])
        due = opened[r] + timedelta(days=rng.choice([14, 30, 45]))
        cells: list[object] = [r + 1, kind, text, owner, f"{opened[r]:%Y.%m.%d}"]
        cells += [f"{due:%Y.%m.%d}", state]
        cells += [rng.choice([None, "Долоо хоног бүр хянана"])]
        _put(ws, 5 + r, 1, [cells])
        values += [
            ValueFact(reg, i, MN_TEXT[reg], text),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, "status", "Open" if state == "Нээлттэй" else "Closed"),
        ]
        if reg != "dependencies":  # the dependency register keeps no raised date
            values.append(ValueFact(reg, i, "raised_date", opened[r]))
        if reg in MN_DUE:  # a dependency's `Хугацаа` is need-by or committed: no fact
            values.append(ValueFact(reg, i, MN_DUE[reg], due))
    path = _save(wb, folder, "mongolia_raid_log")
    targets: Targets = {"A": ("id", None), "B": "register", "C": ("title", "assumption")}
    targets |= {"D": "owner", "E": ("raised_date", None)}
    targets |= {"F": ("due_date", "need_by", "committed_date", "validate_by", None)}
    targets |= {"G": "status", "H": None}
    return Built(path, [TruthTable("RAID бүртгэл", 4, "raid", targets, dict(index))], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

ME_ACCOUNTS = ["External consultancy", "Software licences", "Internal staff"]
ME_ACCOUNTS += ["Hardware", "Training"]


def jedox_planning_report(folder: Path, rng: random.Random) -> Built:
    """A Montenegrin clinical centre's Jedox planning report: filter lines above, Version rows."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Report")
    ws["A1"] = "Hospital Information System Upgrade - Cost Report"
    ws["A3"], ws["B3"] = "Year:", "2026"
    ws["A4"], ws["B4"] = "Currency:", "EUR"
    ws["A5"], ws["B5"] = "Project:", "P-2291 HIS Upgrade"
    labels = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    _put(ws, 7, 1, [["Account", "Version", *labels, "Total"]])
    months = _months(date(2026, 1, 1), 6)
    accounts = rng.sample(ME_ACCOUNTS, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 8
    for acct in accounts:
        budget = [float(rng.randrange(10, 200) * 500) for _ in months]
        actual = [float(round(b * rng.uniform(0.7, 1.2))) for b in budget[:3]]
        fc = [float(round(b * rng.uniform(0.9, 1.15))) for b in budget[3:]]
        _put(ws, row, 1, [[acct, "Budget", *budget, sum(budget)]])
        _put(ws, row + 1, 1, [[acct, "Actual", *actual, None, None, None, sum(actual)]])
        _put(ws, row + 2, 1, [[acct, "Forecast", None, None, None, *fc, sum(fc)]])
        for r in range(row, row + 3):
            for c in range(3, 10):
                ws.cell(r, c).number_format = "#,##0"
        row += 3
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, acct), "budget", budget[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, acct), "actual", actual[m]))
            else:
                values.append(ValueFact("finance", (month, acct), "forecast", fc[m - 3]))
    path = _save(wb, folder, "jedox_planning_report")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Report", 7, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(path, [table], values)


EC_LINES = [
    ("730601", "Consultoría y estudios"),
    ("750501", "Obras de infraestructura"),
    ("840104", "Maquinarias y equipos"),
    ("730204", "Edición e impresión"),
    ("710203", "Remuneraciones del personal técnico"),
]
EC_MONTHS = ["ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO"]


def ecuador_cedula_gastos(folder: Path, rng: random.Random) -> Built:
    """An Ecuadorian municipality's budget execution sheet (cédula de gastos) in dollars."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cédula de gastos")
    ws["A1"] = "GOBIERNO AUTÓNOMO DESCENTRALIZADO MUNICIPAL DE CUENCA"
    ws["A2"] = "Cédula presupuestaria de gastos 2026 - Proyecto: Tranvía fase 2"
    ws["A3"] = "(Valores en dólares de los Estados Unidos)"
    _put(ws, 5, 1, [["Partida", "Denominación", "Tipo", *EC_MONTHS, "TOTAL"]])
    months = _months(date(2026, 1, 1), 6)
    lines = rng.sample(EC_LINES, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    # `Proyecto: Tranvía fase 2` is labelled, to the cell's end, though it follows the
    # sheet's title in one cell: the project's name (round 20's audit; the eighteenth batch's
    # `Proyecto:` line and EcoSys's `Project: ... | Currency:` line read so)
    values.append(ValueFact("project", 0, "project_name", "Tranvía fase 2"))
    row = 6
    sums = [0.0] * 6
    for code, name in lines:
        plan = [round(rng.randrange(400, 9000) * 10.5, 2) for _ in months]
        done = [round(p * rng.uniform(0.4, 1.0), 2) for p in plan[:4]]
        _put(ws, row, 1, [[code, name, "Codificado", *plan, round(sum(plan), 2)]])
        _put(ws, row + 1, 1, [[code, name, "Devengado", *done, None, None, round(sum(done), 2)]])
        for r in (row, row + 1):
            for c in range(4, 11):
                ws.cell(r, c).number_format = "#,##0.00"
        sums = [s + p for s, p in zip(sums, plan, strict=True)]
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, name), "budget", plan[m]))
            if m < 4:
                values.append(ValueFact("finance", (month, name), "actual", done[m]))
    _put(ws, row, 1, [["TOTAL", None, "Codificado", *[round(s, 2) for s in sums]]])
    path = _save(wb, folder, "ecuador_cedula_gastos")
    targets: Targets = {"A": None, "B": "cost_line", "C": "measure", "J": None}
    table = TruthTable("Cédula de gastos", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


ZM_ACCOUNTS = ["Mining fleet rebuilds", "Tailings dam lift", "Concentrator upgrades"]
ZM_ACCOUNTS += ["Owner's team", "EPCM services"]


def prophix_outturn_zambia(folder: Path, rng: random.Random) -> Built:
    """A Zambian copper mine's Prophix capital outturn in USD '000: an ACT / FCST marker row
    over month date cells, so each month holds an actual or a forecast."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Outturn")
    ws["A1"] = "Kansanshi Expansion - Capital Outturn FY2026"
    ws["A2"] = "USD '000"
    months = _months(date(2026, 1, 1), 6)
    marks = ["ACT", "ACT", "ACT", "FCST", "FCST", "FCST"]
    _put(ws, 4, 2, [marks])
    _put(ws, 5, 1, [["Account", *months, "FY26 Outturn", "FY26 Budget"]])
    for c in range(2, 8):
        ws.cell(5, c).number_format = "mmm-yy"
    accounts = rng.sample(ZM_ACCOUNTS, 4)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "USD")]
    for i, acct in enumerate(accounts):
        amounts = [float(rng.randrange(50, 2400)) for _ in months]
        _put(ws, 6 + i, 1, [[acct, *amounts, sum(amounts), sum(amounts) + 900]])
        for m, month in enumerate(months):
            measure = "actual" if m < 3 else "forecast"
            values.append(ValueFact("finance", (month, acct), measure, amounts[m] * 1000))
            # "Capital Outturn" in the title: every line is capital spend (round 19's reading)
            values.append(ValueFact("finance", (month, acct), "capex_opex", "CapEx"))
    path = _save(wb, folder, "prophix_outturn_zambia")
    targets: Targets = {"A": "cost_line", "H": None, "I": None}
    table = TruthTable("Outturn", 5, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(path, [table], values)


UY_STAFF = [
    ("Valentina Pereira", "Tech Lead"),
    ("Martín Rodríguez", "Senior Developer"),
    ("Lucía Fernández", "UX Designer"),
    ("Santiago Silva", "Developer"),
    ("Camila Sosa", "Project Manager"),
    ("Federico Acosta", "QA Analyst"),
]


def resource_guru_bookings(folder: Path, rng: random.Random) -> Built:
    """A Uruguayan software consultancy's Resource Guru bookings report, hours by week."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Bookings")
    ws["A1"] = "Bookings report: 2 Mar 2026 - 5 Apr 2026"
    ws["A2"] = "Client: Intendencia de Montevideo | Project: STM app beta"
    weeks = [date(2026, 3, 2) + timedelta(days=7 * k) for k in range(5)]
    labels = [f"w/c {w.day} {w:%b}" for w in weeks]
    _put(ws, 4, 1, [["Resource", "Job Title", "Project", *labels, "Total hours"]])
    staff = rng.sample(UY_STAFF, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        hours = [rng.choice([None, 7.5, 15.0, 22.5, 37.5]) for _ in labels]
        count += sum(1 for h in hours if h)
        total = sum(h or 0 for h in hours)
        _put(ws, 5 + i, 1, [[person, role, "STM app beta", *hours, total]])
    path = _save(wb, folder, "resource_guru_bookings")
    targets: Targets = {"A": "person", "B": "role", "C": None, "I": None}
    table = TruthTable("Bookings", 4, "resources", targets, {"resources": count})
    # `Project: STM app beta` is labelled (the value between the label and the cell's end,
    # after the `|`) and every row's Project cell says the same: the project's name, as
    # round 19's audit read EcoSys's `Project: ... | Currency: CAD` (round 20's audit)
    project = [ValueFact("project", 0, "project_name", "STM app beta")]
    return Built(path, [table], project)


BA_MILESTONES = [
    "Izdata građevinska dozvola",
    "Potpisan ugovor o izvođenju radova",
    "Završena eksproprijacija",
    "Završen tunel Prenj - desna cijev",
    "Završen vijadukt Mostarsko blato",
    "Tehnički prijem dionice",
    "Puštanje u promet",
]
BA_PEOPLE = ["Amra Hodžić", "Emir Delić", "Lejla Kovačević", "Adnan Mehmedović"]


def _dmy_short(d: date) -> str:
    return f"{d.day}.{d.month}.{d.year}"


def bosnia_plan_kljucnih_tacaka(folder: Path, rng: random.Random) -> Built:
    """A Bosnian motorway company's milestone plan in Bosnian, dates as `14.3.2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ključne tačke")
    ws["A1"] = "Autoceste FBiH - Plan ključnih tačaka"
    ws["A2"] = "Projekat: Koridor Vc, dionica Mostar sjever - Mostar jug"
    ws["A3"] = "Datum izvještaja: 31.3.2026"
    header = ["R.br.", "Ključna tačka", "Odgovorna osoba", "Planirani datum"]
    header += ["Prognozirani datum", "Ostvareni datum", "Status"]
    _put(ws, 5, 1, [header])
    n = len(BA_MILESTONES)
    base = _days(rng, n, date(2025, 10, 6))
    done = rng.randint(2, 3)
    cut = date(2026, 3, 31)
    statuses = {"U toku": "In Progress", "Kasni": "Late", "Ugroženo": "At Risk"}
    statuses |= {"Nije započeto": "Not Started"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Koridor Vc, dionica Mostar sjever - Mostar jug"),
        ValueFact("project", 0, "report_date", cut),
    ]
    for i, name in enumerate(BA_MILESTONES):
        owner = rng.choice(BA_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 14, 30, 60]))
        if i < done:
            fc = min(fc, cut - timedelta(days=5))
        elif fc <= cut:
            fc = cut + timedelta(days=rng.choice([12, 30, 50]))
        actual = fc if i < done else None
        status = "Završeno" if actual else rng.choice(list(statuses))
        cells: list[object] = [i + 1, name, owner, _dmy_short(base[i]), _dmy_short(fc)]
        cells += [_dmy_short(actual) if actual else None, status]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else statuses[status]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "bosnia_plan_kljucnih_tacaka")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Ključne tačke", 5, targets, n)], values)


KH_MILESTONES = [
    "Detailed design approved by MOWRAM",
    "Headworks civil contract awarded",
    "Resettlement plan implemented",
    "Main canal lining completed",
    "Farmer water user community registered",
    "Handover to the provincial department",
]
KH_ISSUES = [
    "Contractor mobilisation delayed by flooding in Kampong Thom",
    "Sluice gate steel delivered to the wrong site",
    "Two affected households dispute compensation",
    "Counterpart funds released late by the ministry",
    "Cement price above the contract estimate",
]
KH_PEOPLE = ["Sok Dara", "Chan Sophea", "Lim Vannak", "Keo Bopha", "Peter Lindqvist"]


def cambodia_irrigation_status_report(folder: Path, rng: random.Random) -> Built:
    """A JICA-funded Cambodian irrigation rehabilitation project's monthly status sheet: a label / value
    block, a milestones table and an issues table under it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Stung Chinit Irrigation Rehabilitation Project - Monthly Progress Report"
    block = [("Project:", "Stung Chinit Irrigation Rehabilitation Project")]
    block += [("Executing agency:", "Ministry of Water Resources and Meteorology")]
    block += [("Project Director:", "Sok Dara"), ("Reporting period:", "March 2026")]
    block += [("Overall status:", "Amber")]
    for r, (label, value) in enumerate(block):
        ws.cell(2 + r, 1, label)
        ws.cell(2 + r, 2, value)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Stung Chinit Irrigation Rehabilitation Project"),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    ws["A8"] = "1. Milestones"
    _put(ws, 9, 1, [["No.", "Milestone", "Responsible", "Baseline", "Forecast", "Actual"]])
    ws.cell(9, 7, "Status")
    nm = len(KH_MILESTONES)
    base = _days(rng, nm, date(2025, 12, 1))
    done = rng.randint(1, 2)
    states = {"In progress": "In Progress", "Delayed": "Late", "Not started": "Not Started"}
    for i, name in enumerate(KH_MILESTONES):
        owner = rng.choice(KH_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 10, 30]))
        actual = fc if i < done else None
        status = "Completed" if actual else rng.choice(list(states))
        row = 10 + i
        _put(ws, row, 1, [[i + 1, name, owner, base[i], fc, actual, status]])
        for c in (4, 5, 6):
            ws.cell(row, c).number_format = "d-mmm-yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", "Complete" if actual else states[status]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    i_title = 10 + nm + 1
    ws.cell(i_title, 1, "2. Issues")
    i_head = ["No.", "Issue", "Date raised", "Owner", "Priority", "Target date", "Status"]
    _put(ws, i_title + 1, 1, [i_head])
    ni = rng.randint(3, 5)
    issues = rng.sample(KH_ISSUES, ni)
    raised = _days(rng, ni, date(2026, 1, 5))
    i_states = {"Open": "Open", "In progress": "In Progress", "Closed": "Closed"}
    for i, title in enumerate(issues):
        owner = rng.choice(KH_PEOPLE)
        prio = rng.choice(["High", "Medium", "Low"])
        target = raised[i] + timedelta(days=rng.choice([14, 30]))
        state = rng.choice(list(i_states))
        row = i_title + 2 + i
        _put(ws, row, 1, [[i + 1, title, raised[i], owner, prio, target, state]])
        for c in (3, 6):
            ws.cell(row, c).number_format = "d-mmm-yyyy"
        values += [
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "due_date", target),
            ValueFact("issues", i, "status", i_states[state]),
        ]
    path = _save(wb, folder, "cambodia_irrigation_status_report")
    m_targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    m_targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    i_targets: Targets = _cols("A", [("id", None), "title", "raised_date", "owner", "priority"])
    i_targets |= _cols("F", ["due_date", "status"])
    tables = [
        _one("milestones", "Status Report", 9, m_targets, nm),
        _one("issues", "Status Report", i_title + 1, i_targets, ni),
    ]
    return Built(path, tables, values)


HELD_OUT_21: tuple[Layout, ...] = (
    Layout(
        "shortcut_stories_issues",
        "Shortcut stories CSV kept as an issue log (Pakistani fintech)",
        shortcut_stories_issues,
    ),
    Layout(
        "galicia_rexistro_riscos",
        "Galician regional body's risk register (Galician)",
        galicia_rexistro_riscos,
    ),
    Layout(
        "albania_regjistri_vendimeve",
        "Albanian ministry project decision log (Albanian)",
        albania_regjistri_vendimeve,
    ),
    Layout(
        "nepal_hydro_assumptions",
        "Nepali hydropower project assumptions log",
        nepal_hydro_assumptions,
    ),
    Layout(
        "rwanda_dependency_register",
        "Rwandan e-government programme dependency register",
        rwanda_dependency_register,
    ),
    Layout("mongolia_raid_log", "Mongolian mining project RAID log (Mongolian)", mongolia_raid_log),
    Layout(
        "jedox_planning_report",
        "Jedox planning report (Montenegrin clinical centre, EUR)",
        jedox_planning_report,
    ),
    Layout(
        "ecuador_cedula_gastos",
        "Ecuadorian municipality budget execution (cédula de gastos, USD)",
        ecuador_cedula_gastos,
    ),
    Layout(
        "prophix_outturn_zambia",
        "Prophix capital outturn, ACT / FCST months (Zambian copper mine)",
        prophix_outturn_zambia,
    ),
    Layout(
        "resource_guru_bookings",
        "Resource Guru bookings report in hours by week (Uruguayan consultancy)",
        resource_guru_bookings,
    ),
    Layout(
        "bosnia_plan_kljucnih_tacaka",
        "Bosnian motorway milestone plan (Bosnian)",
        bosnia_plan_kljucnih_tacaka,
    ),
    Layout(
        "cambodia_irrigation_status_report",
        "Cambodian JICA-funded irrigation project status sheet (milestones and issues)",
        cambodia_irrigation_status_report,
    ),
)
