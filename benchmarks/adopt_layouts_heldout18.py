"""The eighteenth held-out batch (``HELD_OUT_18``, issue 15 round 18): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: registers and trackers, from tools, sectors and countries no earlier batch
file has.

Registers:

- ``aconex_field_issues``: a UAE metro contractor's Oracle Aconex Field issues export:
  numeric `Issue No.`, `Title`, `Issue Type` Defect / Safety / Quality / Design, `Status`
  Open / Responded / Closed, `Priority` High / Medium / Low, `Location`, `Assigned
  Organization`, `Assignee`, `Raised By`, `Date Raised` / `Due Date` / `Date Closed` as
  `14/03/2026` text.
- ``chile_matriz_riesgos``: a Chilean public-works (road concession) risk matrix in
  Spanish under a title block (`Proyecto:`, `Jefe de Proyecto:`): `N°`, `Código` R-01,
  `Riesgo`, `Descripción`, `Categoría` Técnico / Financiero / Legal / Plazo / Terceros,
  `Responsable`, `Probabilidad` Alta / Media / Baja, `Impacto (1-5)`, `Nivel`, `Medida de
  mitigación`, `Fecha límite` as `14-03-2026` text (Chile's dashes), `Estado` Abierto / En
  seguimiento / Cerrado.
- ``ethiopia_ngo_assumptions``: an NGO's logframe assumptions log (Ethiopia, Afar region)
  under a title and a `Project Manager:` line: `#`, `Logframe level` Goal / Outcome /
  Output, `Assumption`, `Owner`, `Confidence` H / M / L letters, `Impact if not holding`,
  `Check by` date cells, `Status` Open / Confirmed / Not valid, `Evidence`.
- ``flemish_beslissingenlijst``: a Flemish (Belgian) government agency's steering-group
  decision list in Dutch: `Nr.`, `Datum` as `14/03/2026` text, `Onderwerp`, `Beslissing`,
  `Motivering`, `Genomen door`, `Opvolging`.
- ``jira_align_dependencies``: a bank's SAFe dependencies exported from Jira Align:
  numeric `ID`, `Name`, `Requesting Team`, `Depends On Team`, `Owner`, `Needed By` date
  cells (US format), `Committed Date` ISO text, `Status` New / Accepted / Committed / At
  Risk / Done, `Program Increment`.
- ``colombia_bitacora_raid``: a Colombian public utility's RAID log in Spanish, one table
  with the register per row in `Tipo` Riesgo / Supuesto / Problema / Dependencia: `ID`
  numbers, `Descripción`, `Responsable`, `Fecha de registro` / `Fecha compromiso` as
  `14/03/2026` text, `Estado` Abierto / Cerrado, `Observaciones`.

Trackers:

- ``austrian_kostenplan``: an Austrian federal ministry's cost plan in EUR: `Kostenstelle`,
  `Kennzahl` Budget / Ist / Prognose rows, months across in Austrian German (`Jänner 2026`,
  `Feber 2026`, `März 2026` .. `Juni 2026`), a `Summe` column.
- ``kantata_resource_allocations``: a consultancy's Kantata (Mavenlink) allocation export
  in days: `Resource`, `Role`, `Project`, months across as `Jan '26` .. `Jun '26`,
  `Total`.
- ``sri_lanka_road_milestones``: a Sri Lankan road authority's (ADB-funded) contract
  milestone sheet under a contract title and a `Project Director:` line: `No.`, `Key
  Milestone`, `Responsibility` (an organisation), `Contractual Date`, `Revised Date
  (EOT)`, `Actual Date` as `2026.03.14` text (year first, dots), `Progress %`, `Remarks`.
- ``luxembourg_status_workbook``: a Luxembourg bank's project status sheet: a title block
  in label / value cells (project, sponsor, project manager, reporting date, overall
  status), a `RAG by dimension` summary panel beside it (Schedule / Budget / Scope), a `Top
  risks` table and an `Open issues` table under it.
- ``uae_contractor_cashflow``: a UAE contractor's monthly cash flow in AED in long form:
  `WBS Element`, `Period` as `01/2026` (month / year), `Planned`, `Actual`, `Forecast`.
- ``taiwan_roc_budget``: a Taiwanese government programme's budget execution sheet in
  Traditional Chinese with Republic of China (Minguo) years: `項目`, `類別` 預算 / 實支
  rows, months across as `115年1月` .. `115年6月` (ROC year 115 is 2026), `合計`.

Truth a person could read two ways has no fact: numeric IDs (Aconex, Jira Align, the
Colombian log, row numbers); Aconex's `Responded` status and its issue types (not the
standard's types); the Chilean `Nivel` (a rating or a score); Jira Align's `Accepted` and
`Committed` statuses (open or on track) and its teams (no project IDs, no direction stated);
the Flemish `Onderwerp` (a topic, not the decision); the Ethiopian `Evidence` (the outcome
or left out, as round 14's audit read it); the Colombian `Fecha compromiso` of a dependency (its
need-by or its committed date); Jira Align's `Depends On Team` (team names: the
counterparty project or left out); the Sri Lankan `Project Director`
(the client's director, not the contractor's manager) and `Progress %`; AED and TWD
currencies (not in the standard list); resource days by item (the order of unpivoted cells
is not the sheet's to say).
Readings used: High / Medium / Low (and Alta / Media / Baja) are 5 / 3 / 1 for a likelihood;
1-5 numbers are the scale; H / M / L confidence letters are High / Medium / Low;
`Confirmed` is Validated and `Not valid` Invalid; Abierto / En seguimiento / Cerrado are Open
/ Monitoring / Closed; Técnico / Financiero / Legal / Plazo / Terceros are Technical /
Financial / Legal / Schedule / Third Party; `New` is Open and `Done` Delivered for a
dependency; `Ist` is the actual and `Prognose` the forecast; `Jänner` / `Feber` are January
/ February; `Planned` beside actual and forecast is the budget; `Contractual Date` is the
baseline and `Revised Date (EOT)` the forecast; 預算 is the budget and 實支 the actual; ROC
year 115 is 2026.
Round 18's truth audit (docs/adopt.md, "Round 18: the eighteenth batch's truth audited")
added the Chilean descriptions, made the Ethiopian `#` and the Sri Lankan `No.` row numbers
the ID or nothing, and dropped the two-way facts above.
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
    MONTHS,
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

AX_ISSUES = [
    "Cracked tactile paving at platform edge",
    "Fire damper access panel missing",
    "Escalator handrail speed out of tolerance",
    "Water ingress at station entrance canopy",
    "Cable tray supports not galvanised",
    "Signage bilingual text mismatch",
    "Hoarding gap at public footpath",
    "CCTV camera field of view obstructed",
    "Platform screen door alignment out by 12 mm",
    "Temporary works permit not displayed",
]
AX_PEOPLE = ["Ahmed Al Mansoori", "Priya Raghavan", "Omar Haddad", "Fatima Al Zaabi"]
AX_PEOPLE += ["Rajesh Kumar", "Layla Nasser"]


def aconex_field_issues(folder: Path, rng: random.Random) -> Built:
    """Oracle Aconex Field issues export (UAE metro contractor)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    header = ["Issue No.", "Title", "Issue Type", "Status", "Priority", "Location"]
    header += ["Assigned Organization", "Assignee", "Raised By", "Date Raised", "Due Date"]
    header += ["Date Closed"]
    _put(ws, 1, 1, [header])
    n = rng.randint(8, 10)
    titles = rng.sample(AX_ISSUES, n)
    raised = _days(rng, n, date(2026, 1, 6))
    values: list[ValueFact] = []
    for i in range(n):
        status = rng.choice(["Open", "Open", "Responded", "Closed"])
        prio = rng.choice(["High", "Medium", "Low"])
        owner = rng.choice(AX_PEOPLE)
        due = raised[i] + timedelta(days=rng.choice([7, 14, 21, 28]))
        closed = raised[i] + timedelta(days=rng.randint(3, 25)) if status == "Closed" else None
        cells: list[object] = [
            2300 + 7 * i,
            titles[i],
            rng.choice(["Defect", "Safety", "Quality", "Design"]),
            status,
            prio,
            rng.choice(["Station S04 - Concourse", "Station S05 - Platform", "Depot"]),
            rng.choice(["Al Habtoor Leighton JV", "Systra Consulting", "Alstom"]),
            owner,
            rng.choice(AX_PEOPLE),
            _dmy(raised[i]),
            _dmy(due),
            _dmy(closed) if closed else None,
        ]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if status != "Responded":
            values.append(ValueFact("issues", i, "status", status))
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    path = _save(wb, folder, "aconex_field_issues")
    targets: Targets = _cols("A", [("id", None), "title", ("type", None), "status"])
    targets |= _cols("E", ["priority", None, None, "owner", None, "raised_date"])
    targets |= _cols("K", ["due_date", "closed_date"])
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


CL_RISKS = [
    ("Hallazgos arqueológicos en el trazado", "Técnico", "Technical"),
    ("Retraso en expropiaciones de terrenos", "Plazo", "Schedule"),
    ("Alza del precio del asfalto", "Financiero", "Financial"),
    ("Reclamo de comunidades por ruido", "Terceros", "Third Party"),
    ("Observaciones de la Contraloría al contrato", "Legal", "Legal"),
    ("Lluvias invernales sobre lo normal", "Plazo", "Schedule"),
    ("Falla de subcontratista de puentes", "Terceros", "Third Party"),
    ("Cambio normativo en señalización vial", "Legal", "Legal"),
]
CL_PEOPLE = ["Camila Fuentes", "Matías Rojas", "Javiera Soto", "Felipe Araya", "Constanza Muñoz"]


def chile_matriz_riesgos(folder: Path, rng: random.Random) -> Built:
    """A Chilean public-works risk matrix in Spanish under a title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Matriz de Riesgos")
    ws["A1"] = "MATRIZ DE RIESGOS"
    ws["A2"] = "Proyecto: Ampliación Ruta 5 Sur, tramo Talca - Chillán"
    ws["A3"] = "Jefe de Proyecto: Rodrigo Carrasco"
    header = ["N°", "Código", "Riesgo", "Descripción", "Categoría", "Responsable"]
    header += ["Probabilidad", "Impacto (1-5)", "Nivel", "Medida de mitigación"]
    header += ["Fecha límite", "Estado"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(CL_RISKS, n)
    dues = _days(rng, n, date(2026, 2, 2))
    words = {"Alta": 5.0, "Media": 3.0, "Baja": 1.0}
    states = {"Abierto": "Open", "En seguimiento": "Monitoring", "Cerrado": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Ampliación Ruta 5 Sur, tramo Talca - Chillán"),
        ValueFact("project", 0, "project_manager", "Rodrigo Carrasco"),
    ]
    for i, (title, cat, cat_en) in enumerate(risks):
        p = rng.choice(list(words))
        imp = rng.randint(1, 5)
        level = "Alto" if words[p] * imp >= 10 else ("Medio" if words[p] * imp >= 5 else "Bajo")
        owner = rng.choice(CL_PEOPLE)
        state = rng.choice(list(states))
        action = rng.choice(
            ["Cláusula de reajuste", "Mesa de trabajo con la comunidad", "Plan de contingencia"]
        )
        description = f"{title}; afecta el plazo"
        cells: list[object] = [i + 1, f"R-{i + 1:02d}", title, description]
        cells += [cat, owner, p, imp, level, action, _dmy(dues[i], "-"), state]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "description", description),
            ValueFact("risks", i, "category", cat_en),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", words[p]),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "due_date", dues[i]),
            ValueFact("risks", i, "status", states[state]),
        ]
    path = _save(wb, folder, "chile_matriz_riesgos")
    targets: Targets = _cols("A", [None, "id", "title", "description", "category", "owner"])
    targets |= _cols("G", ["probability", "impact", ("rating", None), "response"])
    targets |= _cols("K", ["due_date", "status"])
    return Built(path, [_one("risks", "Matriz de Riesgos", 5, targets, n)], values)


ET_ASSUMPTIONS = [
    ("Goal", "Rainfall in the kiremt season stays within the 10-year range"),
    ("Outcome", "Woreda administrations keep extension staff in post"),
    ("Outcome", "Livestock prices do not fall by more than 20%"),
    ("Output", "Access roads to kebeles remain passable"),
    ("Output", "Veterinary drugs clear customs within six weeks"),
    ("Output", "Community water committees are formed by month 3"),
    ("Outcome", "Cash transfers are paid on the government schedule"),
    ("Goal", "Security situation allows field monitoring visits"),
]
ET_PEOPLE = ["Dawit Bekele", "Hiwot Tesfaye", "Abdu Mohammed", "Selamawit Girma"]


def ethiopia_ngo_assumptions(folder: Path, rng: random.Random) -> Built:
    """An NGO's logframe assumptions log under a title and a project manager line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Logframe Assumptions Log - Resilient Livelihoods in Afar Region"
    ws["A2"] = "Project Manager: Dawit Bekele"
    header = ["#", "Logframe level", "Assumption", "Owner", "Confidence"]
    header += ["Impact if not holding", "Check by", "Status", "Evidence"]
    _put(ws, 4, 1, [header])
    n = rng.randint(6, 8)
    chosen = rng.sample(ET_ASSUMPTIONS, n)
    checks = _days(rng, n, date(2026, 1, 15))
    conf = {"H": "High", "M": "Medium", "L": "Low"}
    states = {"Open": "Open", "Confirmed": "Validated", "Not valid": "Invalid"}
    values: list[ValueFact] = [ValueFact("project", 0, "project_manager", "Dawit Bekele")]
    for i, (level, text) in enumerate(chosen):
        owner = rng.choice(ET_PEOPLE)
        c = rng.choice(list(conf))
        state = rng.choice(list(states))
        impact = rng.choice(["Targets for households reached slip", "Budget reallocation"])
        evidence = None if state == "Open" else "Quarterly monitoring report"
        cells: list[object] = [i + 1, level, text, owner, c, impact, checks[i], state, evidence]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "validate_by", checks[i]),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "ethiopia_ngo_assumptions")
    targets: Targets = _cols("A", [("id", None), None, "assumption", "owner", "confidence"])
    targets |= _cols("F", ["impact_if_false", "validate_by", "status", ("outcome", None)])
    return Built(path, [_one("assumptions", "Assumptions", 4, targets, n)], values)


VL_DECISIONS = [
    ("Scope", "Het loket start zonder koppeling met het kadaster", "Kadaster-API pas in Q4"),
    ("Budget", "Extra budget van 120.000 euro voor toegankelijkheid", "WCAG-audit negatief"),
    ("Planning", "Go-live verschoven naar 1 september", "Gemeenten vragen meer testtijd"),
    ("Leverancier", "Raamcontract met de huidige leverancier verlengd", "Geen nieuwe aanbesteding"),
    ("Architectuur", "Authenticatie via de federale authenticatiedienst", "Verplicht voor burgers"),
    ("Organisatie", "Productowner wordt voltijds aangesteld", "Te veel openstaande keuzes"),
]
VL_WHO = ["Stuurgroep", "Leidend ambtenaar", "Kabinet van de minister"]


def flemish_beslissingenlijst(folder: Path, rng: random.Random) -> Built:
    """A Flemish government agency's steering-group decision list in Dutch."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Beslissingen")
    ws["A1"] = "Beslissingenlijst stuurgroep - Project Digitaal Bouwloket"
    header = ["Nr.", "Datum", "Onderwerp", "Beslissing", "Motivering", "Genomen door"]
    header += ["Opvolging"]
    _put(ws, 3, 1, [header])
    n = rng.randint(4, 6)
    chosen = rng.sample(VL_DECISIONS, n)
    when = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (topic, decision, why) in enumerate(chosen):
        who = rng.choice(VL_WHO)
        follow = rng.choice([None, "Actie PMO", "Communicatie naar gemeenten"])
        _put(ws, 4 + i, 1, [[i + 1, _dmy(when[i]), topic, decision, why, who, follow]])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
        ]
    path = _save(wb, folder, "flemish_beslissingenlijst")
    targets: Targets = _cols("A", [("id", None), "date", None, "decision", "rationale"])
    targets |= _cols("F", ["made_by", None])
    return Built(path, [_one("decisions", "Beslissingen", 3, targets, n)], values)


JA_DEPS = [
    "Customer 360 API exposes consent flags",
    "Core banking sandbox refreshed with PI data",
    "Fraud scoring model v3 deployed to UAT",
    "Mainframe batch window extended",
    "Identity team issues service certificates",
    "Data lake ingests card transactions daily",
    "Mobile SDK adds strong customer authentication",
    "Network team opens firewall to the cloud VPC",
    "Payments hub publishes ISO 20022 schemas",
]
JA_TEAMS = ["Digital Onboarding", "Core Banking", "Fraud Analytics", "Identity & Access"]
JA_TEAMS += ["Payments Hub", "Data Platform"]
JA_PEOPLE = ["Ashley Morgan", "Brian Chen", "Nicole Patel", "Derek Johnson", "Samantha Ruiz"]


def jira_align_dependencies(folder: Path, rng: random.Random) -> Built:
    """SAFe dependencies exported from Jira Align (a bank's agile release trains)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    header = ["ID", "Name", "Requesting Team", "Depends On Team", "Owner", "Needed By"]
    header += ["Committed Date", "Status", "Program Increment"]
    _put(ws, 1, 1, [header])
    n = rng.randint(7, 9)
    names = rng.sample(JA_DEPS, n)
    needs = _days(rng, n, date(2026, 1, 19))
    read = {"New": "Open", "At Risk": "At Risk", "Done": "Delivered"}
    values: list[ValueFact] = []
    for i in range(n):
        asking, giving = rng.sample(JA_TEAMS, 2)
        owner = rng.choice(JA_PEOPLE)
        status = rng.choice(["New", "Accepted", "Committed", "At Risk", "Done"])
        committed = None
        if status != "New":
            committed = needs[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        cells: list[object] = [48210 + 3 * i, names[i], asking, giving, owner, needs[i]]
        cells += [committed.isoformat() if committed else None, status, "PI 2026.1"]
        _put(ws, 2 + i, 1, [cells])
        ws.cell(2 + i, 6).number_format = "mm/dd/yyyy"
        values += [
            ValueFact("dependencies", i, "title", names[i]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
        ]
        if committed:
            values.append(ValueFact("dependencies", i, "committed_date", committed))
        if status in read:
            values.append(ValueFact("dependencies", i, "status", read[status]))
    path = _save(wb, folder, "jira_align_dependencies")
    depends_on = ("counterparty_project_id", None)  # team names, no project IDs
    targets: Targets = _cols("A", [("id", None), "title", None, depends_on, "owner", "need_by"])
    targets |= _cols("G", ["committed_date", "status", None])
    return Built(path, [_one("dependencies", "Dependencies", 1, targets, n)], values)


CO_ITEMS = {
    "Riesgo": [
        "Paro de transportadores retrasa la entrega de tubería",
        "Licencia ambiental de la ANLA no llega a tiempo",
        "Devaluación del peso encarece los equipos importados",
        "Rotación del equipo de interventoría",
    ],
    "Supuesto": [
        "La alcaldía entrega los predios saneados",
        "El operador de red mantiene las tarifas de 2025",
    ],
    "Problema": [
        "Falla del servidor SCADA en la planta piloto",
        "Contratista no entregó pólizas de cumplimiento",
        "Consulta previa con la comunidad suspendida",
    ],
    "Dependencia": [
        "Proyecto de fibra óptica de EPM Telco",
        "Subestación Guayabal energizada por el operador",
    ],
}
CO_REG = {"Riesgo": "risks", "Supuesto": "assumptions", "Problema": "issues"}
CO_REG["Dependencia"] = "dependencies"
CO_PEOPLE = ["Andrés Restrepo", "Paula Giraldo", "Santiago Ospina", "Luisa Fernanda Gómez"]
CO_TEXT = {"risks": "title", "issues": "title", "dependencies": "title"}
CO_TEXT["assumptions"] = "assumption"
CO_DUE = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}


def colombia_bitacora_raid(folder: Path, rng: random.Random) -> Built:
    """A Colombian public utility's RAID log in Spanish: the register per row in `Tipo`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    header = ["Tipo", "ID", "Descripción", "Responsable", "Fecha de registro"]
    header += ["Fecha compromiso", "Estado", "Observaciones"]
    _put(ws, 1, 1, [header])
    rows: list[tuple[str, str]] = []
    for kind, texts in CO_ITEMS.items():
        for t in rng.sample(texts, rng.randint(len(texts) - 1, len(texts))):
            rows.append((kind, t))
    rng.shuffle(rows)
    opened = _days(rng, len(rows), date(2025, 12, 1))
    index: dict[str, int] = {}
    values: list[ValueFact] = []
    for r, (kind, text) in enumerate(rows):
        reg = CO_REG[kind]
        i = index.get(reg, 0)
        index[reg] = i + 1
        owner = rng.choice(CO_PEOPLE)
        due = opened[r] + timedelta(days=rng.choice([15, 30, 45, 60]))
        state = rng.choice(["Abierto", "Abierto", "Cerrado"])
        note = rng.choice([None, "Seguimiento en comité", "Escalado a gerencia"])
        cells: list[object] = [kind, r + 1, text, owner, _dmy(opened[r]), _dmy(due), state]
        _put(ws, 2 + r, 1, [[*cells, note]])
        values += [
            ValueFact(reg, i, CO_TEXT[reg], text),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, "status", "Open" if state == "Abierto" else "Closed"),
        ]
        if reg != "dependencies":  # a dependency's `Fecha compromiso`: need-by or committed?
            values.append(ValueFact(reg, i, CO_DUE[reg], due))
            values.append(ValueFact(reg, i, "raised_date", opened[r]))
    path = _save(wb, folder, "colombia_bitacora_raid")
    targets: Targets = {"A": "register", "B": ("id", None), "C": ("title", "assumption")}
    targets |= {"D": "owner", "E": ("raised_date", None)}
    targets |= {"F": ("due_date", "need_by", "committed_date", "validate_by")}
    targets |= {"G": "status", "H": None}
    table = TruthTable("RAID", 1, "raid", targets, dict(index))
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

AT_MONTHS = ["Jänner", "Feber", "März", "April", "Mai", "Juni"]
AT_CENTRES = ["KST 4711 Fachanwendung", "KST 4712 Infrastruktur", "KST 4720 Externe Beratung"]
AT_CENTRES += ["KST 4730 Schulung", "KST 4740 Lizenzen"]


def austrian_kostenplan(folder: Path, rng: random.Random) -> Built:
    """An Austrian ministry's cost plan: Budget / Ist / Prognose rows, Austrian months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kostenplan")
    ws["A1"] = "Kostenplan 2026 - Projekt ELAK-Neu (Beträge in EUR)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{AT_MONTHS[m]} 2026" for m in range(6)]
    _put(ws, 3, 1, [["Kostenstelle", "Kennzahl", *labels, "Summe"]])
    centres = rng.sample(AT_CENTRES, 3)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    row = 4
    for centre in centres:
        budget = [float(rng.randrange(20, 400) * 100) for _ in months]
        actual = [round(b * rng.uniform(0.7, 1.15), 2) for b in budget[:3]]
        fc = actual + [round(b * rng.uniform(0.9, 1.1), 2) for b in budget[3:]]
        for label, amounts, key in (
            ("Budget", budget, "budget"),
            ("Ist", actual, "actual"),
            ("Prognose", fc, "forecast"),
        ):
            cells = [*amounts] + [None] * (6 - len(amounts))
            _put(ws, row, 1, [[centre, label, *cells]])
            ws.cell(row, 9, round(sum(amounts), 2))
            for c in range(3, 10):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
            for m, amount in enumerate(amounts):
                values.append(ValueFact("finance", (months[m], centre), key, amount))
    path = _save(wb, folder, "austrian_kostenplan")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Kostenplan", 3, "finance", targets, {"finance": 6 * len(centres)})
    return Built(path, [table], values)


KT_STAFF = [
    ("Emma Lindqvist", "Engagement Manager"),
    ("Noah Fischer", "Solution Architect"),
    ("Olivia Brennan", "Business Analyst"),
    ("Liam O'Connor", "Developer"),
    ("Ava Moretti", "Tester"),
    ("Lucas Dubois", "Developer"),
]


def kantata_resource_allocations(folder: Path, rng: random.Random) -> Built:
    """A Kantata (Mavenlink) allocation export in days, months as `Jan '26`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Allocations")
    labels = [f"{MONTHS[m]} '26" for m in range(6)]
    _put(ws, 1, 1, [["Resource", "Role", "Project", *labels, "Total"]])
    staff = rng.sample(KT_STAFF, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        days = [rng.choice([None, 2.0, 5.0, 8.0, 10.0, 15.0, 20.0]) for _ in labels]
        count += sum(1 for d in days if d)
        total = sum(d or 0 for d in days)
        _put(ws, 2 + i, 1, [[person, role, "Claims Platform Rebuild", *days, total]])
    path = _save(wb, folder, "kantata_resource_allocations")
    targets: Targets = {"A": "person", "B": "role", "C": None, "J": None}
    table = TruthTable("Allocations", 1, "resources", targets, {"resources": count})
    return Built(path, [table], [])


LK_MILESTONES = [
    ("Commencement of works", "RDA"),
    ("Land acquisition handed over (Section 1)", "RDA"),
    ("Relocation of utilities complete", "Contractor"),
    ("Embankment to formation level, Ch 0+000 - 8+500", "Contractor"),
    ("Bridge B-12 deck concreted", "Contractor"),
    ("Interchange design approved", "Engineer"),
    ("Asphalt wearing course complete", "Contractor"),
    ("Taking-over certificate issued", "Engineer"),
]


def _ymd_dots(d: date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def sri_lanka_road_milestones(folder: Path, rng: random.Random) -> Built:
    """A Sri Lankan road authority's contract milestones, dates as `2026.03.14` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestones")
    ws["A1"] = "Contract CP-03: Southern Expressway Extension (ADB Loan 3921-SRI)"
    ws["A2"] = "Project Director: Eng. R. M. Wijesinghe"
    header = ["No.", "Key Milestone", "Responsibility", "Contractual Date"]
    header += ["Revised Date (EOT)", "Actual Date", "Progress %", "Remarks"]
    _put(ws, 4, 1, [header])
    n = len(LK_MILESTONES)
    base = _days(rng, n, date(2025, 6, 2))
    done = rng.randint(2, 4)
    values: list[ValueFact] = []
    for i, (name, who) in enumerate(LK_MILESTONES):
        revised = base[i] + timedelta(days=rng.choice([0, 30, 45, 90]))
        actual = revised - timedelta(days=rng.choice([0, 3])) if i < done else None
        progress = 1.0 if actual else rng.choice([0.0, 0.1, 0.35, 0.6])
        remark = rng.choice([None, "EOT claim No. 2 granted", "Awaiting CEA clearance"])
        cells: list[object] = [i + 1, name, who, _ymd_dots(base[i]), _ymd_dots(revised)]
        cells += [_ymd_dots(actual) if actual else None, progress, remark]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 7).number_format = "0%"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", revised),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    path = _save(wb, folder, "sri_lanka_road_milestones")
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["forecast_date", "actual_date", None, None])
    return Built(path, [_one("milestones", "Milestones", 4, targets, n)], values)


LU_RISKS = [
    "PSD3 final text changes the strong authentication rules",
    "Card scheme mandates clash with the release calendar",
    "Key developer of the payments gateway leaves",
    "CSSF questions on outsourcing delay go-live",
    "Test data masking not approved by the DPO",
    "Vendor roadmap slips the open banking API",
]
LU_ISSUES = [
    "Performance test environment unavailable for two weeks",
    "Consent screen wording not approved by Legal",
    "Batch reconciliation breaks for SEPA Instant",
    "Budget code for external testers not opened",
    "Penetration test findings on the API gateway",
]
LU_PEOPLE = ["Luc Hoffmann", "Sophie Schmit", "Marc Weber", "Anne Muller", "Paulo Ferreira"]


def luxembourg_status_workbook(folder: Path, rng: random.Random) -> Built:
    """A Luxembourg bank's status sheet: label / value block, RAG panel, top risks and open
    issues tables."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    ws["A1"] = "Project Status Report"
    block = [("Project", "PSD3 Payments Readiness"), ("Sponsor", "Claire Weber")]
    block += [("Project Manager", "Luc Hoffmann"), ("Reporting date", date(2026, 3, 31))]
    block += [("Overall status", "Amber")]
    for r, (label, value) in enumerate(block):
        ws.cell(2 + r, 1, label)
        ws.cell(2 + r, 2, value)
    ws["B5"].number_format = "dd.mm.yyyy"
    ws["E1"] = "RAG by dimension"
    panel = [("Schedule", "Green"), ("Budget", "Amber"), ("Scope", "Green")]
    for r, (label, rag) in enumerate(panel):
        ws.cell(2 + r, 5, label)
        ws.cell(2 + r, 6, rag)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "PSD3 Payments Readiness"),
        ValueFact("project", 0, "sponsor", "Claire Weber"),
        ValueFact("project", 0, "project_manager", "Luc Hoffmann"),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
        ValueFact("project", 0, "overall_rag", "Amber"),
        ValueFact("project", 0, "schedule_rag", "Green"),
        ValueFact("project", 0, "cost_rag", "Amber"),
        ValueFact("project", 0, "scope_rag", "Green"),
    ]
    ws["A8"] = "Top risks"
    r_head = ["Ref", "Risk", "Owner", "Prob. (1-5)", "Impact (1-5)", "Mitigation", "Status"]
    _put(ws, 9, 1, [r_head])
    nr = rng.randint(4, 5)
    risks = rng.sample(LU_RISKS, nr)
    for i, title in enumerate(risks):
        p, imp = rng.randint(2, 5), rng.randint(2, 5)
        owner = rng.choice(LU_PEOPLE)
        action = rng.choice(["Weekly regulatory watch", "Backup developer trained"])
        status = rng.choice(["Open", "Open", "Monitoring"])
        _put(ws, 10 + i, 1, [[f"R{i + 1:02d}", title, owner, p, imp, action, status]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(imp)),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "status", status),
        ]
    i_top = 10 + nr + 2
    ws.cell(i_top - 1, 1, "Open issues")
    _put(ws, i_top, 1, [["Ref", "Issue", "Owner", "Priority", "Target date", "Status"]])
    ni = rng.randint(3, 5)
    issues = rng.sample(LU_ISSUES, ni)
    targets_d = _days(rng, ni, date(2026, 3, 2))
    for i, title in enumerate(issues):
        owner = rng.choice(LU_PEOPLE)
        prio = rng.choice(["Critical", "High", "Medium", "Low"])
        status = rng.choice(["Open", "In Progress"])
        row = i_top + 1 + i
        _put(ws, row, 1, [[f"I{i + 1:02d}", title, owner, prio, targets_d[i], status]])
        ws.cell(row, 5).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", title),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "due_date", targets_d[i]),
            ValueFact("issues", i, "status", status),
        ]
    path = _save(wb, folder, "luxembourg_status_workbook")
    r_targets: Targets = _cols("A", ["id", "title", "owner", "probability", "impact"])
    r_targets |= _cols("F", ["response", "status"])
    i_targets: Targets = _cols("A", ["id", "title", "owner", "priority", "due_date", "status"])
    tables = [
        _one("risks", "Status Report", 9, r_targets, nr),
        _one("issues", "Status Report", i_top, i_targets, ni),
    ]
    return Built(path, tables, values)


AE_WBS = ["C2.01 Enabling Works", "C2.02 Substructure", "C2.03 Superstructure"]
AE_WBS += ["C2.04 MEP Installation", "C2.05 Facade"]


def uae_contractor_cashflow(folder: Path, rng: random.Random) -> Built:
    """A UAE contractor's monthly cash flow in long form, periods as `01/2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cash Flow")
    ws["A1"] = "Monthly Cash Flow - Package C2, Al Reem Island Tower (AED)"
    _put(ws, 2, 1, [["WBS Element", "Period", "Planned", "Actual", "Forecast"]])
    months = _months(date(2026, 1, 1), 6)
    lines = rng.sample(AE_WBS, 3)
    values: list[ValueFact] = []
    row = 3
    for line in lines:
        for m, month in enumerate(months):
            planned = float(rng.randrange(50, 900) * 1000)
            actual = round(planned * rng.uniform(0.75, 1.1), 2) if m < 3 else None
            fc = actual if actual is not None else round(planned * rng.uniform(0.95, 1.2), 2)
            label = f"{month.month:02d}/{month.year}"
            _put(ws, row, 1, [[line, label, planned, actual, fc]])
            for c in (3, 4, 5):
                ws.cell(row, c).number_format = "#,##0.00"
            row += 1
            values.append(ValueFact("finance", (month, line), "budget", planned))
            values.append(ValueFact("finance", (month, line), "forecast", fc))
            if actual is not None:
                values.append(ValueFact("finance", (month, line), "actual", actual))
    path = _save(wb, folder, "uae_contractor_cashflow")
    targets: Targets = {"A": "cost_line", "B": "month", "C": "budget", "D": "actual"}
    targets["E"] = "forecast"
    table = TruthTable("Cash Flow", 2, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


TW_ITEMS = ["人事費", "業務費", "設備及投資", "委託辦理費", "差旅費"]


def taiwan_roc_budget(folder: Path, rng: random.Random) -> Built:
    """A Taiwanese government programme's budget execution sheet, ROC-year months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "經費執行表")
    ws["A1"] = "115年度 智慧交通計畫 經費執行情形 (單位:新臺幣元)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"115年{m.month}月" for m in months]
    _put(ws, 3, 1, [["項目", "類別", *labels, "合計"]])
    items = rng.sample(TW_ITEMS, 4)
    values: list[ValueFact] = []
    row = 4
    for item in items:
        budget = [float(rng.randrange(10, 500) * 1000) for _ in months]
        spent = [float(round(b * rng.uniform(0.6, 1.05))) for b in budget[:3]]
        _put(ws, row, 1, [[item, "預算", *budget, sum(budget)]])
        _put(ws, row + 1, 1, [[item, "實支", *spent, None, None, None, sum(spent)]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, item), "budget", budget[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, item), "actual", spent[m]))
    path = _save(wb, folder, "taiwan_roc_budget")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("經費執行表", 3, "finance", targets, {"finance": 6 * len(items)})
    return Built(path, [table], values)


HELD_OUT_18: tuple[Layout, ...] = (
    Layout("aconex_field_issues", "Oracle Aconex Field issues (UAE metro)", aconex_field_issues),
    Layout("chile_matriz_riesgos", "Chilean public-works risk matrix", chile_matriz_riesgos),
    Layout(
        "ethiopia_ngo_assumptions",
        "NGO logframe assumptions log (Ethiopia)",
        ethiopia_ngo_assumptions,
    ),
    Layout(
        "flemish_beslissingenlijst",
        "Flemish government steering-group decision list",
        flemish_beslissingenlijst,
    ),
    Layout("jira_align_dependencies", "Jira Align SAFe dependencies", jira_align_dependencies),
    Layout("colombia_bitacora_raid", "Colombian public utility RAID log", colombia_bitacora_raid),
    Layout("austrian_kostenplan", "Austrian ministry cost plan", austrian_kostenplan),
    Layout(
        "kantata_resource_allocations",
        "Kantata (Mavenlink) resource allocations",
        kantata_resource_allocations,
    ),
    Layout(
        "sri_lanka_road_milestones",
        "Sri Lankan road authority contract milestones",
        sri_lanka_road_milestones,
    ),
    Layout(
        "luxembourg_status_workbook",
        "Luxembourg bank project status sheet",
        luxembourg_status_workbook,
    ),
    Layout("uae_contractor_cashflow", "UAE contractor monthly cash flow", uae_contractor_cashflow),
    Layout(
        "taiwan_roc_budget", "Taiwanese government budget execution (ROC years)", taiwan_roc_budget
    ),
)
