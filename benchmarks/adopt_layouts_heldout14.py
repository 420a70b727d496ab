"""The fourteenth held-out batch (``HELD_OUT_14``, issue 15 round 15): fourteen seeded
legacy layouts with ground truth, written by an engineer who does not tune adoption and who
read neither the adoption code (``addin/adopt/``) nor any batch's misses. Its focus is
registers (risk, issue, assumption, dependency and decision logs as delivery teams and PMOs
keep them); it has no milestone or finance layout.

Each layout imitates what a real tool, sector or country hands a PMO in a large
organisation, in shapes and from tools no earlier batch has:

- ``predict_defence_risks``: a UK defence programme's risk register from Predict! (Risk
  Decisions) as a report: title and `Project:` lines, `Risk ID` R007, `Cause` / `Effect`,
  `Risk Status` Active / Proposed / Closed, `Current Probability (%)` whole numbers,
  `Current Impact` Very Low .. Very High, `Response Category`, `Target Probability (%)` /
  `Target Impact` (after the response), `Date Raised` as `14/03/2026` text.
- ``ro_register_summary_panel``: a UK housebuilder's risk and opportunity register under a
  summary panel (threat and opportunity counts, total EMV): `Ref` T01 / O02, `T/O`,
  `Description` (no title column), `Probability` as `25%`, three-point `Min (£)` / `Most
  Likely (£)` / `Max (£)`, `EMV (£)`, `Action`, date cells.
- ``un_agency_risk_register``: a UN agency country office's risk register: `Risk #`
  numbers, `Likelihood` / `Impact` as `3 - Moderately likely` / `4 - Significant`, a typed
  `Risk Level`, `Treatment` in the four Ts (Treat / Tolerate / Transfer / Terminate),
  `Action Due Date` as `14 March 2026`.
- ``latvian_risk_register``: a Latvian public body's EU-funded project risk register under
  `Projekta nosaukums:` / `Projekta vadītājs:` lines (`Nr.p.k.`, `Riska apraksts`,
  `Iespējamība` / `Ietekme` Augsta / Vidēja / Zema, `Statuss` Aktīvs / Slēgts, `14.03.2026`).
- ``lithuanian_issue_log``: a Lithuanian public IT issue log (`Eil. Nr.`, `Problemos
  aprašymas`, `Prioritetas` Aukštas / Vidutinis / Žemas, `Būsena` Atvira / Vykdoma /
  Išspręsta / Uždaryta, dates as ISO text, as Lithuania writes them).
- ``catalan_issue_log``: a Catalan regional government project's issue log under a
  `Projecte:` line (`Núm.` INC-01, `Incidència`, `Prioritat` Alta / Mitjana / Baixa, `Estat`
  Oberta / En curs / Resolta / Tancada, `Data d'obertura` / `Data límit` as `14/03/2026`).
- ``powersteering_issues``: a US pharma launch's PowerSteering issues export under the
  work path (`Work: Oncology Launch Readiness > Supply Chain`): `Issue Name`, `Owner`
  beside `Creator`, `Date Created` / `Due Date` as US `3/14/26` text, `Resolution`.
- ``targetprocess_impediments``: Apptio Targetprocess impediments kept as an agile release
  train's issue log: numeric `ID`, `Name`, `Entity State`, `Responsible`, `Project`, `Team`,
  `Create Date` as `14.03.2026 10:41`, `Planned End Date`.
- ``ncr_register``: an Australian tier-1 contractor's non-conformance register: `NCR No.`
  NCR-0023, `Raised By`, `Subcontractor`, `Description of Non-Conformance`, `Disposition`
  Rework / Repair / Use As Is, `Corrective Action`, `Action By`, `Target Close Out`,
  `Date Closed` as `14/03/2026` text.
- ``bulgarian_decision_log``: a Bulgarian public project's decision log (`№`, `Дата` as
  `14.03.2026 г.`, `Решение`, `Взето от`, `Мотиви`, `Свързани рискове/проблеми`).
- ``minutes_decisions_and_actions``: a programme board's minutes workbook: `Meeting date:`
  and `Chair:` above a DECISIONS table (`Decision No.` DEC-01, `Agenda item`, `Decision`,
  `Decided by`, `Rationale`; no date column) and an ACTIONS table below it.
- ``slovenian_assumptions_register``: a Slovenian ministry project's assumptions register
  (`Zap. št.`, `Oznaka` PR-01, `Predpostavka`, `Nosilec`, `Stopnja zaupanja` Visoka /
  Srednja / Nizka, `Rok za preverjanje` as `14.3.2026`, `Posledica, če ne drži`, `Status`
  Odprta / Potrjena / Ovržena).
- ``cmo_dependency_tracker``: a pharma EU launch's external dependency tracker with
  contract manufacturers: `Dep. ID` DEP-01, `In/Out`, `CMO / Partner` (an organisation),
  `Partner Contact`, `Internal Owner`, `Need Date` / `Committed Date` as `14-Mar-2026`.
- ``estonian_raid_log``: an Estonian public e-service project's RAID log in one table
  (`Tüüp` Risk / Probleem / Eeldus / Sõltuvus per row, `Kirjeldus`, `Vastutaja`, `Tähtaeg`
  as `14.03.2026`, `Staatus` Avatud / Suletud, an empty `Märkused`).

The ground truth says what a person reading the sheet would say. Where a cell could
reasonably be read two ways no fact is given: Predict's `Cause` / `Effect` (the description,
or left out), its `Proposed` status and `Target` scores (planned residual scores: mapped to
the residual columns or left out, no value facts); the housebuilder's opportunities'
three-point estimates; the UN `Risk #` numbers, the typed `Risk Level` and the `Strategic` /
`Safety and security` categories; row numbers (`Nr.p.k.`, `Eil. Nr.`, `№`, `Zap. št.`);
Targetprocess' numeric IDs; the NCR numbers (`NCR-0023`: `I-023` with the number kept, or
the next free number, as `NCR` is no issue prefix); an NCR's `Disposition`; a decision's
linked items; the partner organisation as a counterparty project ID. IDs are in the standard
form (`R007`, `INC-01`, `DEC-01`, `DEP-01` read as `R-007`, `I-001`, `DC-001`, `D-001`); refs
numbered 1..n in source order give one ID whether the number is kept or the item renumbered
(round 15's audit): the housebuilder's `T01` / `O02` as `R-001` / `R-002`, the Slovenian
`PR-01` as `A-001`, the Estonian `R1` / `P1` / `E1` / `S1` as `R-001` / `I-001` / `A-001` /
`D-001` (numbered per register). Predict's `Active` is Open; the four Ts read Treat =
Reduce, Tolerate = Accept, Terminate = Avoid; Augsta / Vidēja / Zema read as 5 / 3 / 1
(the documented three-level reading), Aukštas / Vidutinis / Žemas, Alta / Mitjana / Baixa
and Visoka / Srednja / Nizka as the list words High / Medium / Low; five-level words by
their place; percentages by the standard's bands; a register with only a description
column has that text as each item's title; the opportunities of a risk and opportunity
register are items of the risk register; the minutes' decisions were taken on the meeting
date. It was
checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals unless
``--show-held-out``.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import (
    MONTH_NAMES,
    PEOPLE,
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
    _mon,
    _one,
    _put,
    _save,
    _sheet,
)

THREE = {"High": 5.0, "Medium": 3.0, "Low": 1.0}  # the documented three-level reading


# ---------------------------------------------------------------------------------------
# Risk registers
# ---------------------------------------------------------------------------------------

DEFENCE_RISKS = [
    "Engine supplier export licence delayed",
    "Armour trials slip into the next range slot",
    "Software assurance evidence incomplete",
    "Key SQEP engineers move to another programme",
    "Government furnished vehicles arrive late",
    "Obsolescence of the turret control unit",
    "Cost growth in the spares package",
]
FIVE = {"Very Low": 1.0, "Low": 2.0, "Medium": 3.0, "High": 4.0, "Very High": 5.0}
BANDS = {5: 1.0, 15: 2.0, 25: 2.0, 35: 3.0, 50: 3.0, 60: 4.0, 80: 5.0, 90: 5.0}


def predict_defence_risks(folder: Path, rng: random.Random) -> Built:
    """A UK defence programme's risk register from Predict! (Risk Decisions) as a report."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Predict! Risk Register Report"
    ws["A2"] = "Project: Protected Mobility Upgrade"
    ws["F2"] = "Report produced: 14/03/2026 09:41"
    header = ["Risk ID", "Risk Title", "Cause", "Effect", "Risk Owner", "Risk Status"]
    header += ["Current Probability (%)", "Current Impact", "Response Category"]
    header += ["Target Probability (%)", "Target Impact", "Date Raised", "Next Review"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(DEFENCE_RISKS, n)
    raised = _drawn_days(rng, n, date(2025, 10, 6))
    states = {"Active": "Open", "Closed": "Closed", "Proposed": ""}
    responses = ["Reduce", "Accept", "Transfer", "Avoid"]
    impacts = [rng.choice(list(FIVE)) for _ in range(n)]
    if not any(w.startswith("Very") for w in impacts):
        impacts[0] = "Very High"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Protected Mobility Upgrade")
    ]
    for i in range(n):
        number = 7 + 4 * i
        pct, state, owner = rng.choice(list(BANDS)), rng.choice(list(states)), rng.choice(PEOPLE)
        resp = rng.choice(responses)
        row = [f"R{number:03d}", titles[i], "Immature supply base", "Delay to In-Service Date"]
        row += [owner, state, pct, impacts[i], resp, max(5, pct - 20), "Low"]
        row += [_dmy(raised[i]), raised[i] + timedelta(days=28)]
        _put(ws, 5 + i, 1, [row])
        ws.cell(5 + i, 13).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{number:03d}"),
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", BANDS[pct]),
            ValueFact("risks", i, "impact", FIVE[impacts[i]]),
            ValueFact("risks", i, "response_type", resp),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
        if states[state]:
            values.append(ValueFact("risks", i, "status", states[state]))
    path = _save(wb, folder, "predict_defence_risks")
    targets: Targets = _cols("A", ["id", "title", ("description", None)])
    targets |= _cols("D", [("description", None), "owner", "status", "probability", "impact"])
    targets |= _cols("I", ["response_type", ("residual_probability", None)])
    targets |= _cols("K", [("residual_impact", None), "raised_date", None])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


HOUSING_RISKS = [
    "Ground conditions worse than the site investigation",
    "Section 278 highway works approval delayed",
    "Brick supply shortage in the spring",
    "Planning condition on drainage not discharged",
    "Value engineering of the facade accepted by the client",
    "Earlier handover of plots 1-20",
    "Utility diversion cheaper than allowed",
]


def ro_register_summary_panel(folder: Path, rng: random.Random) -> Built:
    """A UK housebuilder's risk and opportunity register with three-point cost estimates
    under a summary panel (threat and opportunity counts, total EMV)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "R&O Register")
    ws["A1"] = "Riverside Phase 2 - Risk & Opportunity Register"
    n = rng.randint(5, 7)
    titles = rng.sample(HOUSING_RISKS, n)
    kinds = [
        "Opportunity" if "cheaper" in t or "Earlier" in t or "accepted" in t else "Threat"
        for t in titles
    ]
    header = ["Ref", "T/O", "Description", "Owner", "Probability", "Min (£)", "Most Likely (£)"]
    header += ["Max (£)", "EMV (£)", "Action", "Status", "Date Identified"]
    _put(ws, 8, 1, [header])
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    pcts = ["10%", "25%", "50%", "75%", "90%"]
    bands = {"10%": 1.0, "25%": 2.0, "50%": 3.0, "75%": 5.0, "90%": 5.0}
    values: list[ValueFact] = []
    emv_total = 0
    for i in range(n):
        pct, owner = rng.choice(pcts), rng.choice(PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        ml = rng.randrange(10, 200) * 1000
        emv = round(ml * int(pct[:-1]) / 100) * (-1 if kinds[i] == "Opportunity" else 1)
        emv_total += emv
        ref = f"{kinds[i][0]}{i + 1:02d}"
        row = [ref, kinds[i][0], titles[i], owner, pct, ml // 2, ml, ml * 2, emv]
        row += ["Commercial manager to review with the QS", state, raised[i]]
        _put(ws, 9 + i, 1, [row])
        ws.cell(9 + i, 12).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # T01 / O02: the number kept
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "probability", bands[pct]),
            ValueFact("risks", i, "response", "Commercial manager to review with the QS"),
            ValueFact("risks", i, "status", state),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    _put(ws, 3, 1, [["Summary"], ["Threats", kinds.count("Threat")]])
    _put(ws, 5, 1, [["Opportunities", kinds.count("Opportunity")], ["Total EMV (£)", emv_total]])
    path = _save(wb, folder, "ro_register_summary_panel")
    targets: Targets = _cols("A", [("id", None), None, ("title", "description"), "owner"])
    targets |= _cols("E", ["probability", None, None, None, None, "response", "status"])
    targets |= _cols("L", ["raised_date"])
    return Built(path, [_one("risks", "R&O Register", 8, targets, n)], values)


UN_RISKS = [
    "Access to field sites restricted by insecurity",
    "Implementing partner capacity below expectations",
    "Currency devaluation erodes the programme budget",
    "Donor funding pledged but not received",
    "Fraud in cash-based transfers",
    "Government counterpart staff turnover",
    "Flooding disrupts the supply corridor",
]
UN_LIKELIHOOD = ["Not likely", "Low likelihood", "Moderately likely", "Highly likely", "Expected"]
UN_IMPACT = ["Negligible", "Minor", "Moderate", "Significant", "Extensive"]


def un_agency_risk_register(folder: Path, rng: random.Random) -> Built:
    """A UN agency country office's risk register: numbered scale words, the four Ts."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "Country Office Risk Register 2026"
    ws["A2"] = "Risk focal point: Operations Manager"
    header = ["Risk #", "Risk Title", "Risk Description", "Risk Category", "Likelihood"]
    header += ["Impact", "Risk Level", "Treatment", "Treatment Actions", "Risk Owner"]
    header += ["Action Due Date", "Status"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    titles = rng.sample(UN_RISKS, n)
    due = _drawn_days(rng, n, date(2026, 2, 2))
    ts = {"Treat": "Reduce", "Tolerate": "Accept", "Transfer": "Transfer", "Terminate": "Avoid"}
    cats = {"Operational": "Operational", "Financial": "Financial", "Strategic": ""}
    cats["Safety and security"] = ""
    values: list[ValueFact] = []
    for i in range(n):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        t, cat, owner = rng.choice(list(ts)), rng.choice(list(cats)), rng.choice(PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        level = "High" if p * c >= 12 else "Medium" if p * c >= 5 else "Low"
        row = [i + 1, titles[i], "Identified at the annual risk workshop", cat]
        row += [f"{p} - {UN_LIKELIHOOD[p - 1]}", f"{c} - {UN_IMPACT[c - 1]}", level, t]
        row += ["Quarterly review with the implementing partners", owner]
        row += [f"{due[i].day} {MONTH_NAMES[due[i].month - 1]} {due[i].year}", state]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "description", "Identified at the annual risk workshop"),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response_type", ts[t]),
            ValueFact("risks", i, "response", "Quarterly review with the implementing partners"),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", due[i]),
            ValueFact("risks", i, "status", state),
        ]
        if cats[cat]:
            values.append(ValueFact("risks", i, "category", cats[cat]))
    path = _save(wb, folder, "un_agency_risk_register")
    targets: Targets = _cols("A", [("id", None), "title", "description", "category"])
    targets |= _cols("E", ["probability", "impact", ("rating", None), "response_type"])
    targets |= _cols("I", ["response", "owner", "due_date", "status"])
    return Built(path, [_one("risks", "Risk Register", 4, targets, n)], values)


LV_PEOPLE = ["Jānis Bērziņš", "Ilze Kalniņa", "Andris Ozols", "Līga Liepiņa", "Edgars Krūmiņš"]
LV_RISKS = [
    "Iepirkuma procedūras pārsūdzēšana",
    "Nepietiekama lietotāju iesaiste testēšanā",
    "Datu migrācijas kvalitātes problēmas",
    "Izmaiņas normatīvajā regulējumā",
    "Piegādātāja resursu trūkums",
    "Projekta komandas darbinieku mainība",
]
LV_LEVELS = {"Augsta": 5.0, "Vidēja": 3.0, "Zema": 1.0}


def latvian_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Latvian public body's EU-funded project risk register under a title block."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Riski")
    ws["A1"] = "Projekta nosaukums: Valsts pārvaldes e-pakalpojumu attīstība"
    ws["A2"] = "Projekta vadītājs: Ilze Kalniņa"
    header = ["Nr.p.k.", "Riska apraksts", "Iespējamība", "Ietekme", "Atbildīgā persona"]
    header += ["Riska novēršanas pasākumi", "Statuss", "Identificēšanas datums"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(LV_RISKS, n)
    raised = _drawn_days(rng, n, date(2025, 12, 1))
    states = {"Aktīvs": "Open", "Slēgts": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Valsts pārvaldes e-pakalpojumu attīstība"),
        ValueFact("project", 0, "project_manager", "Ilze Kalniņa"),
    ]
    for i in range(n):
        p, c, owner = (
            rng.choice(list(LV_LEVELS)),
            rng.choice(list(LV_LEVELS)),
            rng.choice(LV_PEOPLE),
        )
        state = rng.choice(["Aktīvs", "Aktīvs", "Slēgts"])
        row = [i + 1, titles[i], p, c, owner, "Regulāra uzraudzība projekta padomē", state]
        row += [_dmy(raised[i], ".")]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", LV_LEVELS[p]),
            ValueFact("risks", i, "impact", LV_LEVELS[c]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", "Regulāra uzraudzība projekta padomē"),
            ValueFact("risks", i, "status", states[state]),
            ValueFact("risks", i, "raised_date", raised[i]),
        ]
    path = _save(wb, folder, "latvian_risk_register")
    targets: Targets = _cols("A", [None, ("title", "description"), "probability", "impact"])
    targets |= _cols("E", ["owner", "response", "status", "raised_date"])
    return Built(path, [_one("risks", "Riski", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Issue logs
# ---------------------------------------------------------------------------------------

LT_PEOPLE = ["Tomas Kazlauskas", "Rūta Petrauskienė", "Mindaugas Jonaitis", "Eglė Stankevičiūtė"]
LT_ISSUES = [
    "Neveikia prisijungimas per elektroninius valdžios vartus",
    "Vėluoja tiekėjo dokumentacija",
    "Trūksta duomenų iš Registrų centro",
    "Testavimo aplinka nepasiekiama",
    "Nesutampa ataskaitų sumos",
    "Nepatvirtinta sąsajos specifikacija",
]


def lithuanian_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Lithuanian public IT project's issue log, ISO dates as Lithuania writes them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Problemos")
    header = ["Eil. Nr.", "Problemos aprašymas", "Atsakingas asmuo", "Prioritetas", "Būsena"]
    header += ["Užregistruota", "Terminas", "Sprendimas"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(LT_ISSUES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 7, 30)
    prios = {"Aukštas": "High", "Vidutinis": "Medium", "Žemas": "Low"}
    states = {"Atvira": "Open", "Vykdoma": "In Progress", "Išspręsta": "Resolved"}
    states["Uždaryta"] = "Closed"
    values: list[ValueFact] = []
    for i in range(n):
        prio, state, owner = (
            rng.choice(list(prios)),
            rng.choice(list(states)),
            rng.choice(LT_PEOPLE),
        )
        row = [i + 1, titles[i], owner, prio, state, f"{raised[i]:%Y-%m-%d}", f"{due[i]:%Y-%m-%d}"]
        row += ["Aptarti savaitiniame susitikime"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "resolution", "Aptarti savaitiniame susitikime"),
        ]
    path = _save(wb, folder, "lithuanian_issue_log")
    targets: Targets = _cols("A", [None, ("title", "description"), "owner", "priority", "status"])
    targets |= _cols("F", ["raised_date", "due_date", "resolution"])
    return Built(path, [_one("issues", "Problemos", 1, targets, n)], values)


CA_PEOPLE = ["Jordi Puig", "Montserrat Vila", "Marc Soler", "Núria Ferrer", "Pau Casals"]
CA_ISSUES = [
    "Error en la signatura electrònica",
    "Retard en el lliurament del proveïdor",
    "Falten dades del padró municipal",
    "L'entorn de proves no està disponible",
    "Incompatibilitat amb el navegador corporatiu",
    "Manca de personal per a la migració",
]


def catalan_issue_log(folder: Path, rng: random.Random) -> Built:
    """A Catalan regional government project's issue log under a `Projecte:` line."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Incidències")
    ws["A1"] = "Projecte: Nova plataforma de tràmits en línia"
    ws["A2"] = "Departament de la Presidència"
    header = ["Núm.", "Incidència", "Descripció", "Responsable", "Prioritat", "Estat"]
    header += ["Data d'obertura", "Data límit"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(CA_ISSUES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 10, 40)
    prios = {"Alta": "High", "Mitjana": "Medium", "Baixa": "Low"}
    states = {
        "Oberta": "Open",
        "En curs": "In Progress",
        "Resolta": "Resolved",
        "Tancada": "Closed",
    }
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Nova plataforma de tràmits en línia")
    ]
    for i in range(n):
        prio, state, owner = (
            rng.choice(list(prios)),
            rng.choice(list(states)),
            rng.choice(CA_PEOPLE),
        )
        row = [f"INC-{i + 1:02d}", titles[i], "Detectada a la reunió de seguiment", owner, prio]
        row += [state, _dmy(raised[i]), _dmy(due[i])]
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "description", "Detectada a la reunió de seguiment"),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prios[prio]),
            ValueFact("issues", i, "status", states[state]),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
    path = _save(wb, folder, "catalan_issue_log")
    targets: Targets = _cols("A", ["id", "title", "description", "owner", "priority", "status"])
    targets |= _cols("G", ["raised_date", "due_date"])
    return Built(path, [_one("issues", "Incidències", 4, targets, n)], values)


PHARMA_ISSUES = [
    "Serialisation data rejected by the EU hub",
    "Artwork approval late for two markets",
    "Cold-chain shipper qualification failed",
    "Batch release testing backlog at the CMO",
    "Pricing dossier missing for one country",
    "Distributor contract not signed",
]


def _mdy_short(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def powersteering_issues(folder: Path, rng: random.Random) -> Built:
    """A US pharma launch's issues exported from PowerSteering (work path above, m/d/yy)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "PowerSteering - Issues"
    ws["A2"] = "Work: Oncology Launch Readiness > Supply Chain"
    header = ["Issue Name", "Owner", "Creator", "Priority", "Status", "Date Created"]
    header += ["Due Date", "Description", "Resolution"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(PHARMA_ISSUES, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 14, 45)
    values: list[ValueFact] = []
    for i in range(n):
        owner, creator = rng.sample(PEOPLE, 2)
        prio, state = rng.choice(list(THREE)), rng.choice(["Open", "Open", "Closed"])
        row = [titles[i], owner, creator, prio, state, _mdy_short(raised[i])]
        row += [_mdy_short(due[i]), "Raised at the launch readiness review", None]
        if state == "Closed":
            row[-1] = "Workaround agreed with the market team"
        _put(ws, 5 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "priority", prio),
            ValueFact("issues", i, "status", state),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "description", "Raised at the launch readiness review"),
        ]
        if state == "Closed":
            values.append(
                ValueFact("issues", i, "resolution", "Workaround agreed with the market team")
            )
    path = _save(wb, folder, "powersteering_issues")
    targets: Targets = _cols("A", ["title", "owner", None, "priority", "status", "raised_date"])
    targets |= _cols("G", ["due_date", "description", "resolution"])
    return Built(path, [_one("issues", "Issues", 4, targets, n)], values)


IMPEDIMENTS = [
    "Waiting for firewall rule to the test database",
    "Product owner unavailable for sprint review",
    "Shared test device pool exhausted",
    "Licence server down since Monday",
    "Design system component not released",
    "Security sign-off pending for the API gateway",
]


def targetprocess_impediments(folder: Path, rng: random.Random) -> Built:
    """Apptio Targetprocess impediments kept as an agile release train's issue log
    (a German user's export: `14.03.2026 10:41` stamps)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Impediments")
    header = ["ID", "Name", "Entity State", "Responsible", "Project", "Team", "Create Date"]
    header += ["Planned End Date", "Description"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(IMPEDIMENTS, n)
    raised = _drawn_days(rng, n)
    due = _after(rng, raised, 3, 12)
    values: list[ValueFact] = []
    for i in range(n):
        owner, state = rng.choice(PEOPLE), rng.choice(["Open", "Open", "Closed"])
        hour, minute = rng.randint(8, 17), rng.randint(0, 59)
        row = [4310 + 7 * i, titles[i], state, owner, "Digital Banking ART"]
        row += [
            rng.choice(["Team Falcon", "Team Otter"]),
            f"{_dmy(raised[i], '.')} {hour}:{minute:02d}",
        ]
        row += [_dmy(due[i], "."), "Blocks the current sprint"]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "status", state),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "description", "Blocks the current sprint"),
        ]
    path = _save(wb, folder, "targetprocess_impediments")
    targets: Targets = _cols("A", [("id", None), "title", "status", "owner", None, None])
    targets |= _cols("G", ["raised_date", "due_date", "description"])
    return Built(path, [_one("issues", "Impediments", 1, targets, n)], values)


NCRS = [
    "Concrete cover to rebar below specification",
    "Waterproofing membrane laps not sealed",
    "Steel connection bolts wrong grade",
    "Cable tray installed without approved drawing",
    "Fire stopping missing at level 2 penetrations",
    "Precast panel dimensions outside tolerance",
]


def ncr_register(folder: Path, rng: random.Random) -> Built:
    """An Australian tier-1 contractor's non-conformance (NCR) register under a title."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "NCR Register")
    ws["A1"] = "Western Sydney Metro - Station Works Package"
    ws["A2"] = "Non-Conformance Register"
    header = ["NCR No.", "Date Raised", "Raised By", "Subcontractor"]
    header += ["Description of Non-Conformance", "Disposition", "Corrective Action"]
    header += ["Action By", "Target Close Out", "Status", "Date Closed"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(NCRS, n)
    raised = _drawn_days(rng, n, date(2025, 11, 3))
    due = _after(rng, raised, 14, 30)
    values: list[ValueFact] = []
    for i in range(n):
        number = 23 + 2 * i
        owner, by = rng.sample(PEOPLE, 2)
        state = rng.choice(["Open", "Closed"])
        closed = due[i] - timedelta(days=rng.randint(0, 5)) if state == "Closed" else None
        row = [f"NCR-{number:04d}", _dmy(raised[i]), by, rng.choice(["Formwork Co", "Steelfix"])]
        row += [titles[i], rng.choice(["Rework", "Repair", "Use As Is"])]
        row += ["Subcontractor to submit a remedial method statement", owner, _dmy(due[i])]
        row += [state, _dmy(closed) if closed else None]
        _put(ws, 5 + i, 1, [row])
        values += [  # NCR-0023: I-023 (number kept) or I-001 (NCR is no issue prefix): no fact
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "title", titles[i]),
            ValueFact(
                "issues", i, "resolution", "Subcontractor to submit a remedial method statement"
            ),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "status", state),
        ]
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    path = _save(wb, folder, "ncr_register")
    targets: Targets = _cols("A", ["id", "raised_date", None, None, ("title", "description")])
    targets |= _cols("F", [None, "resolution", "owner", "due_date", "status", "closed_date"])
    return Built(path, [_one("issues", "NCR Register", 4, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Decision logs, assumptions, dependencies, a mixed RAID log
# ---------------------------------------------------------------------------------------

BG_PEOPLE = ["Иван Петров", "Мария Георгиева", "Николай Димитров", "Елена Стоянова"]
BG_DECISIONS = [
    "Одобрява се удължаване на срока за тестване с две седмици",
    "Избира се облачно хостване на системата",
    "Отлага се миграцията на архивните данни",
    "Възлага се допълнителен одит на сигурността",
    "Приема се планът за обучение на потребителите",
    "Променя се обхватът на втория етап",
]


def bulgarian_decision_log(folder: Path, rng: random.Random) -> Built:
    """A Bulgarian public project's decision log, dates written `14.03.2026 г.`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Решения")
    header = ["№", "Дата", "Решение", "Взето от", "Мотиви", "Свързани рискове/проблеми"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    texts = rng.sample(BG_DECISIONS, n)
    days = sorted(_drawn_days(rng, n))
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(BG_PEOPLE)
        row = [i + 1, f"{_dmy(days[i], '.')} г.", texts[i], who, "По предложение на ръководителя"]
        row += [rng.choice(["R-03", "I-02", None])]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "decision", texts[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", "По предложение на ръководителя"),
        ]
    path = _save(wb, folder, "bulgarian_decision_log")
    targets: Targets = _cols("A", [None, "date", "decision", "made_by", "rationale"])
    targets |= _cols("F", [("linked_ids", None)])
    return Built(path, [_one("decisions", "Решения", 1, targets, n)], values)


BOARD_DECISIONS = [
    "Approve release of the stage 3 contingency",
    "Defer the CRM integration to tranche 2",
    "Accept the revised benefits profile",
    "Extend the pilot to the northern region",
    "Close the legacy data warehouse workstream",
]


def minutes_decisions_and_actions(folder: Path, rng: random.Random) -> Built:
    """A programme board's minutes workbook: meeting block, decisions, then actions."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Minutes")
    meeting = _day(rng, date(2026, 3, 2), 20)
    chair = rng.choice(PEOPLE)
    ws["A1"] = "Programme Board - Minutes"
    _put(ws, 2, 1, [["Meeting date:", meeting], ["Chair:", chair]])
    ws.cell(2, 2).number_format = "dd mmm yyyy"
    ws["A5"] = "DECISIONS"
    header = ["Decision No.", "Agenda item", "Decision", "Decided by", "Rationale"]
    _put(ws, 6, 1, [header])
    n = rng.randint(4, 5)
    texts = rng.sample(BOARD_DECISIONS, n)
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(["Programme Board", chair])
        row = [f"DEC-{i + 1:02d}", f"Item {i + 2}", texts[i], who, "See paper PB/26/0" + str(i + 3)]
        _put(ws, 7 + i, 1, [row])
        values += [
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "decision", texts[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", "See paper PB/26/0" + str(i + 3)),
            ValueFact("decisions", i, "date", meeting),
        ]
    top = 7 + n + 2
    ws.cell(top, 1, "ACTIONS")
    _put(ws, top + 1, 1, [["Action No.", "Action", "Owner", "Due", "Status"]])
    for j in range(rng.randint(3, 5)):
        due = meeting + timedelta(days=7 * (j + 1))
        row = [f"ACT-{j + 1:02d}", "Circulate the updated plan", rng.choice(PEOPLE), due, "Open"]
        _put(ws, top + 2 + j, 1, [row])
        ws.cell(top + 2 + j, 4).number_format = "dd/mm/yyyy"
    path = _save(wb, folder, "minutes_decisions_and_actions")
    targets: Targets = _cols("A", ["id", None, "decision", "made_by", "rationale"])
    return Built(path, [_one("decisions", "Minutes", 6, targets, n)], values)


SL_PEOPLE = ["Matej Novak", "Maja Horvat", "Luka Kranjc", "Nina Zupančič", "Rok Potočnik"]
SL_ASSUMPTIONS = [
    "Uporabniki bodo na voljo za testiranje",
    "Obstoječe licence zadoščajo za pilot",
    "Stari sistem ostane le za branje",
    "Financiranje iz kohezijskih sredstev bo odobreno",
    "Dobavitelj zagotovi ključne strokovnjake",
    "Zakonodaja se v letu 2026 ne spremeni",
]


def slovenian_assumptions_register(folder: Path, rng: random.Random) -> Built:
    """A Slovenian ministry project's assumptions register (`14.3.2026` dates)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Predpostavke")
    header = ["Zap. št.", "Oznaka", "Predpostavka", "Nosilec", "Stopnja zaupanja"]
    header += ["Rok za preverjanje", "Posledica, če ne drži", "Status"]
    _put(ws, 1, 1, [header])
    n = rng.randint(5, 6)
    texts = rng.sample(SL_ASSUMPTIONS, n)
    by = _drawn_days(rng, n, date(2026, 2, 2))
    conf = {"Visoka": "High", "Srednja": "Medium", "Nizka": "Low"}
    states = {"Odprta": "Open", "Potrjena": "Validated", "Ovržena": "Invalid"}
    values: list[ValueFact] = []
    for i in range(n):
        c, state, owner = rng.choice(list(conf)), rng.choice(list(states)), rng.choice(SL_PEOPLE)
        d = by[i]
        row = [i + 1, f"PR-{i + 1:02d}", texts[i], owner, c, f"{d.day}.{d.month}.{d.year}"]
        row += ["Zamik projekta za en mesec", state]
        _put(ws, 2 + i, 1, [row])
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),  # PR-01: the number kept
            ValueFact("assumptions", i, "assumption", texts[i]),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "validate_by", d),
            ValueFact("assumptions", i, "impact_if_false", "Zamik projekta za en mesec"),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "slovenian_assumptions_register")
    targets: Targets = _cols("A", [None, "id", "assumption", "owner", "confidence"])
    targets |= _cols("F", ["validate_by", "impact_if_false", "status"])
    return Built(path, [_one("assumptions", "Predpostavke", 1, targets, n)], values)


CMO_DEPS = [
    "Commercial batch release by the fill-finish CMO",
    "Stability data for the 24-month shelf life",
    "Artwork files for the German pack",
    "Serialisation master data upload",
    "Qualified person release letter",
    "3PL warehouse GDP qualification",
]


def cmo_dependency_tracker(folder: Path, rng: random.Random) -> Built:
    """A pharma launch's external dependency tracker with CMOs and partners."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "External Dependencies")
    ws["A1"] = "Product X EU Launch - External Dependency Tracker"
    header = ["Dep. ID", "Dependency", "In/Out", "CMO / Partner", "Partner Contact"]
    header += ["Internal Owner", "Need Date", "Committed Date", "Status", "Comments"]
    _put(ws, 3, 1, [header])
    n = rng.randint(5, 6)
    titles = rng.sample(CMO_DEPS, n)
    need = _drawn_days(rng, n, date(2026, 2, 2))
    ways = {"In": "Inbound", "Out": "Outbound"}
    states = ["On Track", "At Risk", "Delivered", "Late"]
    values: list[ValueFact] = []
    for i in range(n):
        way, state = rng.choice(["In", "In", "Out"]), rng.choice(states)
        owner, contact = rng.sample(PEOPLE, 2)
        committed = need[i] + timedelta(days=rng.choice([-7, 0, 0, 14]))
        row = [f"DEP-{i + 1:02d}", titles[i], way]
        row += [rng.choice(["Fill-finish CMO (Italy)", "API supplier", "3PL partner"]), contact]
        row += [owner, _mon(need[i]), _mon(committed), state, "Weekly call"]
        _put(ws, 4 + i, 1, [row])
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", titles[i]),
            ValueFact("dependencies", i, "direction", ways[way]),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", state),
        ]
    path = _save(wb, folder, "cmo_dependency_tracker")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["counterparty_owner", "owner", "need_by", "committed_date", "status"])
    targets |= _cols("J", [None])
    return Built(path, [_one("dependencies", "External Dependencies", 3, targets, n)], values)


ET_PEOPLE = ["Mart Tamm", "Kadri Saar", "Jaan Kask", "Liis Mägi", "Andres Sepp"]
ET_ROWS = {
    "Risk": ("risks", ["Hankemenetluse vaidlustamine", "Võtmeisiku lahkumine"]),
    "Probleem": ("issues", ["Testkeskkond ei tööta", "Andmed puuduvad rahvastikuregistrist"]),
    "Eeldus": ("assumptions", ["Kasutajad osalevad testimises", "Litsentsid on piisavad"]),
    "Sõltuvus": ("dependencies", ["X-tee liidese uuendus", "Riigipilve majutus"]),
}
ET_DUE = {"risks": "due_date", "issues": "due_date", "assumptions": "validate_by"}
ET_DUE["dependencies"] = "need_by"
ET_PREFIX = {"risks": "R", "issues": "I", "assumptions": "A", "dependencies": "D"}


def estonian_raid_log(folder: Path, rng: random.Random) -> Built:
    """An Estonian public e-service project's RAID log in one table, a type word per row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    header = ["ID", "Tüüp", "Kirjeldus", "Vastutaja", "Tähtaeg", "Staatus", "Märkused"]
    _put(ws, 1, 1, [header])
    rows = [(word, text) for word, (_, texts) in ET_ROWS.items() for text in texts]
    rng.shuffle(rows)
    rows = rows[: rng.randint(7, 8)]
    due = _drawn_days(rng, len(rows), date(2026, 2, 2))
    states = {"Avatud": "Open", "Suletud": "Closed"}
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for r, (word, text) in enumerate(rows):
        reg = ET_ROWS[word][0]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        owner, state = rng.choice(ET_PEOPLE), rng.choice(["Avatud", "Avatud", "Suletud"])
        row = [f"{word[0]}{i + 1}", word, text, owner, _dmy(due[r], "."), state, None]
        _put(ws, 2 + r, 1, [row])
        values += [
            ValueFact(reg, i, "id", f"{ET_PREFIX[reg]}-{i + 1:03d}"),  # R1, P1: number kept
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", owner),
            ValueFact(reg, i, ET_DUE[reg], due[r]),
            ValueFact(reg, i, "status", states[state]),
        ]
    path = _save(wb, folder, "estonian_raid_log")
    targets: Targets = _cols("A", [("id", None), "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("due_date", "validate_by", "need_by"), "status", None])
    return Built(path, [TruthTable("RAID", 1, "raid", targets, dict(counts))], values)


HELD_OUT_14: tuple[Layout, ...] = (
    Layout("predict_defence_risks", "UK defence Predict! risk report", predict_defence_risks),
    Layout(
        "ro_register_summary_panel",
        "UK housebuilder risk & opportunity register",
        ro_register_summary_panel,
    ),
    Layout("un_agency_risk_register", "UN agency country office risks", un_agency_risk_register),
    Layout("latvian_risk_register", "Latvian EU-funded project risks", latvian_risk_register),
    Layout("lithuanian_issue_log", "Lithuanian public IT issue log", lithuanian_issue_log),
    Layout("catalan_issue_log", "Catalan regional government issue log", catalan_issue_log),
    Layout("powersteering_issues", "PowerSteering issues (US pharma)", powersteering_issues),
    Layout(
        "targetprocess_impediments",
        "Targetprocess impediments as an issue log",
        targetprocess_impediments,
    ),
    Layout("ncr_register", "Australian contractor NCR register", ncr_register),
    Layout("bulgarian_decision_log", "Bulgarian public project decisions", bulgarian_decision_log),
    Layout(
        "minutes_decisions_and_actions",
        "programme board minutes: decisions and actions",
        minutes_decisions_and_actions,
    ),
    Layout(
        "slovenian_assumptions_register",
        "Slovenian ministry assumptions register",
        slovenian_assumptions_register,
    ),
    Layout("cmo_dependency_tracker", "pharma launch CMO dependencies", cmo_dependency_tracker),
    Layout("estonian_raid_log", "Estonian e-service RAID log", estonian_raid_log),
)
