"""The nineteenth held-out batch (``HELD_OUT_19``, issue 15 round 19): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses. It is MIXED, as a
PMO's inbox is: registers and trackers, from tools, sectors and countries no earlier batch
file has.

Registers:

- ``ms_planner_issue_export``: a US county government's Microsoft Planner plan kept as the
  ERP replacement's issue log, exported with "Export plan to Excel": the `Plan name` /
  `Plan ID` / `Date of export` lines above the table, then Planner's own columns (`Task
  ID` as Planner's random key, `Task Name`, `Bucket Name`, `Progress` Not started / In
  progress / Completed, `Priority` Urgent / Important / Medium / Low, `Assigned To`,
  `Created By`, `Created Date` / `Start date` / `Due date` / `Completed Date` as US
  `3/14/2026` text, `Is Recurring`, `Late`, `Completed By`, checklist counts, `Labels`,
  `Description`).
- ``italian_pnrr_registro_rischi``: an Italian municipality's PNRR-funded project risk
  register in Italian under a title block (`Progetto:`, `CUP:`, `RUP:`): `ID` RIS-01,
  `Rischio`, `Descrizione`, `Categoria` Tecnico / Finanziario / Legale, `Probabilità (%)`
  as whole percentages, `Impatto` Basso / Medio / Alto, `Livello`, `Responsabile`, `Azioni
  di mitigazione`, `Data rilevazione` / `Scadenza` as `14/03/2026` text, `Stato` Aperto /
  In monitoraggio / Chiuso.
- ``polarion_risk_workitems``: a German automotive supplier's Siemens Polarion ALM risk
  work items exported to Excel (in English): `ID` with the project key (`BMS-1423`),
  `Title`, `Type`, `Status` Draft / Open / Mitigated / Closed, FMEA scores `Severity`,
  `Occurrence`, `Detection` 1-10 and their `RPN`, `Assignee`, `Author`, `Created` as
  `2026-03-14 09:41` text, `Due Date` ISO text, `Mitigation`.
- ``argentina_registro_decisiones``: an Argentine provincial government's decision log in
  Spanish under a title and a `Proyecto:` line: `N°`, `Fecha` as `14/03/2026` text,
  `Tema`, `Decisión`, `Fundamento`, `Decidido por`, `Acta N°`.
- ``portugal_registo_dependencias``: a Portuguese water utility's dependency register in
  European Portuguese under a title and a `Projeto:` line: `Ref.` DEP-01, `Dependência`,
  `Tipo` Entrada / Saída, `Entidade / Projeto externo`, `Responsável`, `Contacto externo`,
  `Data necessária` / `Data acordada` as date cells, `Estado` Em curso / Em risco /
  Entregue / Atrasada, `Observações`.
- ``morocco_registre_hypotheses``: a Moroccan solar power project's assumptions register in
  French under a title block (`Projet :`, `Chef de projet :`, with the French space before
  the colon): `Réf.` H-01, `Hypothèse`, `Domaine`, `Responsable`, `Niveau de confiance`
  Élevé / Moyen / Faible, `Impact si fausse`, `À valider avant le` date cells, `Statut`
  Ouverte / Validée / Invalidée / Clôturée, `Commentaires`.

Trackers:

- ``ecosys_cost_worksheet``: a Canadian pipeline operator's Hexagon EcoSys time-phased cost
  worksheet in CAD: a title line and a `Project: ... | Currency: CAD` line, `Cost
  Account` (code and name in one cell), `Cost Type` Budget / Actuals / Forecast rows,
  months across as `Jan-2026` .. `Jun-2026` text, `Total`.
- ``peru_ejecucion_presupuestal``: a Peruvian regional government's investment project
  budget execution in soles: the government, the year and project in the title, `Partida`,
  `Concepto` Programado / Ejecutado rows, months across as Spanish `Ene` .. `Jun`, amounts
  as `S/ 125,430.00` text, `Total`.
- ``tempo_capacity_planner``: a Danish bank's Tempo Capacity Planner (Jira) export in hours:
  `Team`, `Member`, `Role`, `Jira Project`, months across as `March 2026` .. `August 2026`,
  `Total (h)`.
- ``dutch_mijlpalenplanning``: a Dutch water board's dike reinforcement milestone plan in
  Dutch under a title block (`Project:`, `Projectmanager:`, `Peildatum:`): `Nr.`,
  `Mijlpaal`, `Fase`, `Eigenaar`, `Baseline` / `Prognose` / `Gerealiseerd` as `14-3-2026`
  text (day first, no leading zeros), `Status` Gereed / Op schema / Risico / Vertraagd.
- ``singapore_bank_status_pack``: a Singapore bank's cloud migration status sheet: a
  label / value title block (project, sponsor, project manager, overall RAG letter), a `Key
  Milestones` table with a `RAG` letter and no status column, and a `Key Dependencies`
  table under it (`Ref` D01, `In/Out`, `Other Party`, `Owner`, `Need By`, `Status`).
- ``nhs_trust_capital_plan``: an English NHS trust's capital plan for 2026/27 in £'000:
  `Scheme`, `Funding` CDEL / PDC / Charity, `Type` Plan / Actual rows, months across as
  `M1` .. `M6` (M1 is April 2026, the NHS financial year), `YTD`, `Year total`.

Truth a person could read two ways has no fact: Planner's random task keys, `Bucket Name`
(a workstream here) and the `Completed` progress of an issue (Resolved or Closed); the
Italian `CUP` code and the `RUP` (the procedure's official, not always the project
manager); Polarion's project-keyed IDs, `Draft` and `Mitigated` states and the `RPN`
(severity x occurrence x detection, no standard score); the Argentine `Tema` and the row
numbers; the Portuguese `Em curso` (open or on track) and the external entity (a name, no
project ID); the Dutch `Op schema` (not started or in progress) and the milestone phase;
the Singapore `G` and `B` RAG letters of milestones (in progress, on track or done); PEN
(not in the standard's currency list); resource hours by item (the order of unpivoted
cells is not the sheet's to say).
Readings used: whole-number percentages under a probability header are the standard's
percent bands (<= 10 is 1, <= 30 is 2, <= 50 is 3, <= 70 is 4, above is 5); Basso / Medio
/ Alto are 1 / 3 / 5; FMEA 1-10 scores are halved and rounded up (the `one_to_ten`
reading); Urgent / Important are Critical / High and an issue's `Not started` is Open
(round 19's audit); Aperto / In monitoraggio / Chiuso are Open / Monitoring /
Closed; Tecnico / Finanziario / Legale are Technical / Financial / Legal; Entrada / Saída
are Inbound / Outbound; Em risco / Entregue / Atrasada are At Risk / Delivered / Late;
Élevé / Moyen / Faible are High / Medium / Low; Ouverte / Validée / Invalidée / Clôturée
are Open / Validated / Invalid / Closed; Programado is the budget and Ejecutado the actual;
Actuals is the actual; Gereed / Risico / Vertraagd are Complete / At Risk / Late; a
milestone's RAG A / R is At Risk / Late; `Peildatum` is the report date; M1 is April of
the year the `2026/27` title starts; £'000 amounts are thousands of pounds (the currency
GBP) and a `Capital Programme`'s lines CapEx (round 19's audit); IDs in the
standard form keep their number (`RIS-01` is R-001, `H-01` A-001, `DEP-01` D-001).
It was written and checked for internal consistency only (``adopt_truth.check_truth``), never
against adoption's output. ``benchmarks/adopt_generalisation.py`` prints only its totals
unless ``--show-held-out``.
"""

from __future__ import annotations

import math
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


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

PL_ISSUES = [
    "Payroll interface rejects retro pay codes",
    "Vendor master data has 4,000 duplicates",
    "Sheriff's office cannot log in to the test tenant",
    "Chart of accounts mapping not signed off by Finance",
    "Purchase order approval workflow skips the second approver",
    "Utility billing extract truncates parcel numbers",
    "Training rooms at the annex lack network drops",
    "Bank reconciliation file format changed by the bank",
    "Grant fund codes missing in the new ledger",
    "Timesheet mobile app fails on older phones",
]
PL_PEOPLE = ["Maria Gonzalez", "James Carter", "Linda Nguyen", "Robert Kim", "Angela Brooks"]
PL_BUCKETS = ["Finance & Procurement", "HR & Payroll", "Technical", "Training"]


def ms_planner_issue_export(folder: Path, rng: random.Random) -> Built:
    """Microsoft Planner's "Export plan to Excel" of a county's ERP issue plan."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "County ERP Issue Log")
    ws["A1"], ws["B1"] = "Plan name", "County ERP Replacement - Issue Log"
    ws["A2"], ws["B2"] = "Plan ID", "xqTFa9Zk2EuVbP7mS1dR0GUAF3Kq"
    ws["A3"], ws["B3"] = "Date of export", "4/6/2026"
    header = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To"]
    header += ["Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late"]
    header += ["Completed Date", "Completed By", "Completed Checklist Items"]
    header += ["Checklist Items", "Labels", "Description"]
    _put(ws, 5, 1, [header])
    n = rng.randint(8, 10)
    titles = rng.sample(PL_ISSUES, n)
    created = _days(rng, n, date(2026, 1, 5))
    # Planner's four priorities onto the standard's four, in order (as the third batch's
    # Planner export reads them; audit of round 19): `Important` is High
    prio_read = {"Urgent": "Critical", "Important": "High", "Medium": "Medium", "Low": "Low"}
    values: list[ValueFact] = []
    for i in range(n):
        progress = rng.choice(["Not started", "In progress", "In progress", "Completed"])
        prio = rng.choice(list(prio_read))
        owner = rng.choice(PL_PEOPLE)
        due = created[i] + timedelta(days=rng.choice([10, 14, 21, 30]))
        start = created[i] + timedelta(days=2) if progress != "Not started" else None
        done = created[i] + timedelta(days=rng.randint(4, 20)) if progress == "Completed" else None
        late = "true" if progress != "Completed" and due < date(2026, 4, 6) else "false"
        desc = rng.choice([None, "Raised at the weekly cutover call", "See the defect in ADO"])
        key = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                      for _ in range(28))  # fmt: skip
        cells: list[object] = [
            key,
            titles[i],
            rng.choice(PL_BUCKETS),
            progress,
            prio,
            owner,
            rng.choice(PL_PEOPLE),
            _us(created[i]),
            _us(start) if start else None,
            _us(due),
            "false",
            late,
            _us(done) if done else None,
            owner if done else None,
            rng.randint(0, 3),
            rng.randint(3, 5),
            rng.choice(["Blocker", "Data", None]),
            desc,
        ]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "raised_date", created[i]),
            ValueFact("issues", i, "due_date", due),
        ]
        if progress == "In progress":
            values.append(ValueFact("issues", i, "status", "In Progress"))
        elif progress == "Not started":  # an issue nobody has started on is Open (round 19)
            values.append(ValueFact("issues", i, "status", "Open"))
        values.append(ValueFact("issues", i, "priority", prio_read[prio]))
        if done:
            values.append(ValueFact("issues", i, "closed_date", done))
        if desc:
            values.append(ValueFact("issues", i, "description", desc))
    path = _save(wb, folder, "ms_planner_issue_export")
    targets: Targets = _cols("A", [("id", None), "title", None, "status", "priority", "owner"])
    targets |= _cols("G", [None, "raised_date", None, "due_date", None, None, "closed_date"])
    targets |= _cols("N", [None, None, None, None, "description"])
    return Built(path, [_one("issues", "County ERP Issue Log", 5, targets, n)], values)


IT_RISKS = [
    ("Ritardo nella migrazione all'ANPR", "Tecnico", "Technical"),
    ("Rendicontazione PNRR respinta per documentazione incompleta", "Finanziario", "Financial"),
    ("Ricorso al TAR sull'aggiudicazione della gara", "Legale", "Legal"),
    ("Fornitore cloud non qualificato ACN entro la scadenza", "Tecnico", "Technical"),
    ("Aumento dei costi delle licenze oltre il quadro economico", "Finanziario", "Financial"),
    ("Parere negativo del Garante privacy sul nuovo servizio", "Legale", "Legal"),
    ("Integrazione con PagoPA non collaudata", "Tecnico", "Technical"),
    ("Mancato rispetto del target europeo al 30 giugno", "Finanziario", "Financial"),
]
IT_PEOPLE = ["Giulia Romano", "Luca Ferrari", "Francesca Esposito", "Alessandro Greco"]
IT_PEOPLE += ["Chiara Conti"]


def _band(pct: int) -> float:
    for top, score in ((10, 1.0), (30, 2.0), (50, 3.0), (70, 4.0)):
        if pct <= top:
            return score
    return 5.0


def italian_pnrr_registro_rischi(folder: Path, rng: random.Random) -> Built:
    """An Italian municipality's PNRR project risk register in Italian."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registro rischi")
    ws["A1"] = "REGISTRO DEI RISCHI DI PROGETTO"
    ws["A2"] = "Progetto: Digitalizzazione dei servizi demografici"
    ws["A3"] = "CUP: J81F22000350006"
    ws["F3"] = "RUP: Ing. Paolo Bianchi"
    header = ["ID", "Rischio", "Descrizione", "Categoria", "Probabilità (%)", "Impatto"]
    header += ["Livello", "Responsabile", "Azioni di mitigazione", "Data rilevazione"]
    header += ["Scadenza", "Stato"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    risks = rng.sample(IT_RISKS, n)
    raised = _days(rng, n, date(2025, 12, 1))
    imp_read = {"Basso": 1.0, "Medio": 3.0, "Alto": 5.0}
    states = {"Aperto": "Open", "In monitoraggio": "Monitoring", "Chiuso": "Closed"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Digitalizzazione dei servizi demografici"),
    ]
    for i, (title, cat, cat_en) in enumerate(risks):
        pct = rng.choice([10, 20, 30, 40, 50, 60, 70, 80, 90])
        imp = rng.choice(list(imp_read))
        level = "Alto" if _band(pct) * imp_read[imp] >= 12 else "Medio"
        owner = rng.choice(IT_PEOPLE)
        action = rng.choice(
            ["Riunione settimanale con il fornitore", "Verifica preventiva con il Dipartimento"]
        )
        due = raised[i] + timedelta(days=rng.choice([30, 45, 60, 90]))
        state = rng.choice(list(states))
        description = f"{title}: possibile perdita del finanziamento"
        cells: list[object] = [f"RIS-{i + 1:02d}", title, description, cat, pct, imp, level]
        cells += [owner, action, _dmy(raised[i]), _dmy(due), state]
        _put(ws, 6 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "description", description),
            ValueFact("risks", i, "category", cat_en),
            ValueFact("risks", i, "probability", _band(pct)),
            ValueFact("risks", i, "impact", imp_read[imp]),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "response", action),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", states[state]),
        ]
    path = _save(wb, folder, "italian_pnrr_registro_rischi")
    targets: Targets = _cols("A", ["id", "title", "description", "category", "probability"])
    targets |= _cols("F", ["impact", ("rating", None), "owner", "response", "raised_date"])
    targets |= _cols("K", ["due_date", "status"])
    return Built(path, [_one("risks", "Registro rischi", 5, targets, n)], values)


PO_RISKS = [
    "Cell balancing IC supply allocation cut by 30%",
    "ASIL C safety goal not met by the contactor driver",
    "OEM changes the CAN matrix after B-sample freeze",
    "Thermal runaway test fails at the external lab",
    "Cybersecurity TARA finds an unmitigated attack path",
    "Software supplier misses the ASPICE level 2 audit",
    "Connector tooling delayed at the Tier-2 in Mexico",
    "PPAP documents incomplete for the SOP gate",
    "Bootloader update corrupts flash on power loss",
]
PO_PEOPLE = ["Jonas Becker", "Katharina Wolf", "Stefan Hartmann", "Miriam Krause", "Emre Yilmaz"]


def polarion_risk_workitems(folder: Path, rng: random.Random) -> Built:
    """Siemens Polarion ALM risk work items (FMEA scores 1-10) exported to Excel."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Work Items")
    header = ["ID", "Title", "Type", "Status", "Severity", "Occurrence", "Detection", "RPN"]
    header += ["Assignee", "Author", "Created", "Due Date", "Mitigation"]
    _put(ws, 1, 1, [header])
    n = rng.randint(7, 9)
    titles = rng.sample(PO_RISKS, n)
    created = _days(rng, n, date(2025, 11, 10))
    values: list[ValueFact] = []
    for i in range(n):
        sev, occ, det = rng.randint(2, 10), rng.randint(1, 9), rng.randint(2, 8)
        status = rng.choice(["Draft", "Open", "Open", "Mitigated", "Closed"])
        owner = rng.choice(PO_PEOPLE)
        stamp = datetime.combine(created[i], time(rng.randint(7, 17), rng.randint(0, 59)))
        due = created[i] + timedelta(days=rng.choice([28, 42, 56, 84]))
        action = rng.choice(
            ["Second source qualified", "Design review with the OEM", "Additional HIL tests"]
        )
        cells: list[object] = [f"BMS-{1400 + 3 * i + rng.randint(0, 2)}", titles[i], "Risk"]
        cells += [status, sev, occ, det, sev * occ * det, owner, rng.choice(PO_PEOPLE)]
        cells += [f"{stamp:%Y-%m-%d %H:%M}", due.isoformat(), action]
        _put(ws, 2 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "probability", float(math.ceil(occ / 2))),
            ValueFact("risks", i, "impact", float(math.ceil(sev / 2))),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", created[i]),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "response", action),
        ]
        if status in ("Open", "Closed"):
            values.append(ValueFact("risks", i, "status", status))
    path = _save(wb, folder, "polarion_risk_workitems")
    targets: Targets = _cols("A", ["id", "title", None, "status", "impact", "probability"])
    targets |= _cols("G", [None, ("score", None), "owner", None, "raised_date", "due_date"])
    targets |= _cols("M", ["response"])
    return Built(path, [_one("risks", "Work Items", 1, targets, n)], values)


AR_DECISIONS = [
    ("Firma digital", "Se adopta la firma digital remota de la ONTI", "Evita tokens físicos"),
    ("Alcance", "El módulo de notificaciones pasa a la segunda etapa", "Falta de presupuesto"),
    ("Proveedor", "Se prorroga el contrato de soporte por seis meses", "Licitación desierta"),
    ("Capacitación", "La capacitación será virtual en el interior", "Costos de traslado"),
    ("Datos", "Se migran solo expedientes desde 2015", "Calidad de datos anteriores"),
    ("Cronograma", "La puesta en producción se fija para el 1 de agosto", "Feria judicial"),
]
AR_WHO = ["Comité de Dirección", "Ministro de Gobierno", "Sofía Giménez", "Martín Acosta"]


def argentina_registro_decisiones(folder: Path, rng: random.Random) -> Built:
    """An Argentine provincial government's decision log in Spanish."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisiones")
    ws["A1"] = "Registro de Decisiones - Programa de Modernización del Estado"
    ws["A2"] = "Proyecto: Expediente Digital Provincial"
    header = ["N°", "Fecha", "Tema", "Decisión", "Fundamento", "Decidido por", "Acta N°"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 6)
    chosen = rng.sample(AR_DECISIONS, n)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Expediente Digital Provincial")
    ]
    for i, (topic, decision, why) in enumerate(chosen):
        who = rng.choice(AR_WHO)
        minutes = f"{i + 3}/2026" if when[i].year == 2026 else f"{i + 11}/2025"
        _put(ws, 5 + i, 1, [[i + 1, _dmy(when[i]), topic, decision, why, who, minutes]])
        values += [
            ValueFact("decisions", i, "decision", decision),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "date", when[i]),
        ]
    path = _save(wb, folder, "argentina_registro_decisiones")
    targets: Targets = _cols("A", [("id", None), "date", None, "decision", "rationale"])
    targets |= _cols("F", ["made_by", None])
    return Built(path, [_one("decisions", "Decisiones", 4, targets, n)], values)


PT_DEPS = [
    ("Autorização da APA para a captação", "Entrada", "Agência Portuguesa do Ambiente"),
    ("Ligação em média tensão da subestação", "Entrada", "E-REDES"),
    ("Dados de telemetria para o centro de controlo", "Saída", "Projeto Centro Operacional"),
    ("Rede de comunicações 5G privada", "Entrada", "Projeto Rede Industrial"),
    ("Cadastro de condutas atualizado no SIG", "Saída", "Direção de Cadastro"),
    ("Parecer da Câmara Municipal de Loures", "Entrada", "Câmara Municipal de Loures"),
    ("Formação dos operadores de turno", "Saída", "Direção de Operações"),
]
PT_PEOPLE = ["Ana Ferreira", "João Santos", "Rita Carvalho", "Miguel Sousa"]
PT_CONTACTS = ["Pedro Almeida", "Inês Rodrigues", "Tiago Costa", "Marta Lopes"]


def portugal_registo_dependencias(folder: Path, rng: random.Random) -> Built:
    """A Portuguese water utility's dependency register in European Portuguese."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependências")
    ws["A1"] = "Registo de Dependências"
    ws["A2"] = "Projeto: Renovação do Sistema SCADA da Adução Norte"
    header = ["Ref.", "Dependência", "Tipo", "Entidade / Projeto externo", "Responsável"]
    header += ["Contacto externo", "Data necessária", "Data acordada", "Estado"]
    header += ["Observações"]
    _put(ws, 4, 1, [header])
    n = rng.randint(5, 7)
    deps = rng.sample(PT_DEPS, n)
    needs = _days(rng, n, date(2026, 2, 2))
    direction = {"Entrada": "Inbound", "Saída": "Outbound"}
    states = {"Em curso": None, "Em risco": "At Risk", "Entregue": "Delivered"}
    states["Atrasada"] = "Late"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Renovação do Sistema SCADA da Adução Norte"),
    ]
    for i, (title, kind, party) in enumerate(deps):
        owner = rng.choice(PT_PEOPLE)
        contact = rng.choice(PT_CONTACTS)
        agreed = needs[i] + timedelta(days=rng.choice([0, 7, 14, 21]))
        state = rng.choice(list(states))
        note = rng.choice([None, "Aguarda resposta formal", "Ver ata de 12/02"])
        cells: list[object] = [f"DEP-{i + 1:02d}", title, kind, party, owner, contact]
        cells += [needs[i], agreed, state, note]
        _put(ws, 5 + i, 1, [cells])
        ws.cell(5 + i, 7).number_format = "dd/mm/yyyy"
        ws.cell(5 + i, 8).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", direction[kind]),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "committed_date", agreed),
        ]
        if states[state]:
            values.append(ValueFact("dependencies", i, "status", states[state]))
    path = _save(wb, folder, "portugal_registo_dependencias")
    targets: Targets = _cols("A", ["id", "title", "direction", ("counterparty_project_id", None)])
    targets |= _cols("E", ["owner", "counterparty_owner", "need_by", "committed_date"])
    targets |= _cols("I", ["status", None])
    return Built(path, [_one("dependencies", "Dependências", 4, targets, n)], values)


MA_ASSUMPTIONS = [
    ("Technique", "L'irradiation moyenne reste proche de la série 2010-2025"),
    ("Réseau", "L'ONEE raccorde le poste 225 kV avant la mise en service"),
    ("Foncier", "Les terres collectives sont cédées sans contentieux"),
    ("Financement", "Le prêt de la BEI est décaissé au premier trimestre"),
    ("Technique", "Les modules sont livrés au port de Casablanca en 8 semaines"),
    ("Ressources", "L'eau de lavage des panneaux est fournie par le barrage"),
    ("Réseau", "Le tarif d'achat reste celui de la convention signée"),
    ("Ressources", "Main-d'œuvre locale disponible pendant le chantier"),
]
MA_PEOPLE = ["Youssef El Amrani", "Salma Benjelloun", "Karim Tazi", "Nadia Berrada"]


def morocco_registre_hypotheses(folder: Path, rng: random.Random) -> Built:
    """A Moroccan solar project's assumptions register in French."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Hypothèses")
    ws["A1"] = "Registre des hypothèses"
    ws["A2"] = "Projet : Centrale solaire Noor Midelt III"
    ws["A3"] = "Chef de projet : Youssef El Amrani"
    header = ["Réf.", "Hypothèse", "Domaine", "Responsable", "Niveau de confiance"]
    header += ["Impact si fausse", "À valider avant le", "Statut", "Commentaires"]
    _put(ws, 5, 1, [header])
    n = rng.randint(6, 8)
    chosen = rng.sample(MA_ASSUMPTIONS, n)
    checks = _days(rng, n, date(2026, 1, 12))
    conf = {"Élevé": "High", "Moyen": "Medium", "Faible": "Low"}
    states = {"Ouverte": "Open", "Validée": "Validated", "Invalidée": "Invalid"}
    states["Clôturée"] = "Closed"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Centrale solaire Noor Midelt III"),
        ValueFact("project", 0, "project_manager", "Youssef El Amrani"),
    ]
    for i, (area, text) in enumerate(chosen):
        owner = rng.choice(MA_PEOPLE)
        c = rng.choice(list(conf))
        state = rng.choice(list(states))
        impact = rng.choice(["Retard de la mise en service", "Surcoût du plan de financement"])
        comment = None if state == "Ouverte" else "Confirmé en comité de pilotage"
        cells: list[object] = [f"H-{i + 1:02d}", text, area, owner, c, impact, checks[i]]
        cells += [state, comment]
        _put(ws, 6 + i, 1, [cells])
        ws.cell(6 + i, 7).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "confidence", conf[c]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "validate_by", checks[i]),
            ValueFact("assumptions", i, "status", states[state]),
        ]
    path = _save(wb, folder, "morocco_registre_hypotheses")
    targets: Targets = _cols("A", ["id", "assumption", None, "owner", "confidence"])
    targets |= _cols("F", ["impact_if_false", "validate_by", "status", ("outcome", None)])
    return Built(path, [_one("assumptions", "Hypothèses", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

EC_ACCOUNTS = [
    "CA-1100 Engineering & Design",
    "CA-1200 Mechanical Installation",
    "CA-1300 Electrical & Instrumentation",
    "CA-1400 Civil & Foundations",
    "CA-1500 Commissioning",
]


def ecosys_cost_worksheet(folder: Path, rng: random.Random) -> Built:
    """Hexagon EcoSys time-phased cost worksheet, months as `Jan-2026` text, in CAD."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Cost Worksheet")
    ws["A1"] = "EcoSys - Time-Phased Cost by Cost Account"
    ws["A2"] = "Project: Hardisty Pump Station Upgrades | Currency: CAD"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{m:%b}-{m.year}" for m in months]
    _put(ws, 4, 1, [["Cost Account", "Cost Type", *labels, "Total"]])
    accounts = rng.sample(EC_ACCOUNTS, 4)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Hardisty Pump Station Upgrades"),
        ValueFact("project", 0, "currency", "CAD"),
    ]
    row = 5
    for acct in accounts:
        budget = [float(rng.randrange(40, 600) * 500) for _ in months]
        actual = [round(b * rng.uniform(0.7, 1.15), 2) for b in budget[:3]]
        forecast = actual + [round(b * rng.uniform(0.9, 1.2), 2) for b in budget[3:]]
        _put(ws, row, 1, [[acct, "Budget", *budget, sum(budget)]])
        _put(ws, row + 1, 1, [[acct, "Actuals", *actual, None, None, None, sum(actual)]])
        _put(ws, row + 2, 1, [[acct, "Forecast", *forecast, round(sum(forecast), 2)]])
        for r in range(row, row + 3):
            for c in range(3, 10):
                ws.cell(r, c).number_format = "#,##0.00"
        row += 3
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, acct), "budget", budget[m]))
            values.append(ValueFact("finance", (month, acct), "forecast", forecast[m]))
            if m < 3:
                values.append(ValueFact("finance", (month, acct), "actual", actual[m]))
    path = _save(wb, folder, "ecosys_cost_worksheet")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Cost Worksheet", 4, "finance", targets, {"finance": 6 * len(accounts)})
    return Built(path, [table], values)


PE_LINES = ["Obras civiles", "Supervisión de obra", "Equipamiento hidráulico"]
PE_LINES += ["Expediente técnico", "Gastos generales"]
PE_MONTHS = ["Ene", "Feb", "Mar", "Abr", "May", "Jun"]


def _soles(x: float) -> str:
    return f"S/ {x:,.2f}"


def peru_ejecucion_presupuestal(folder: Path, rng: random.Random) -> Built:
    """A Peruvian regional government's project budget execution, Spanish month names."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Ejecución 2026")
    ws["A1"] = "GOBIERNO REGIONAL DE CUSCO"
    ws["A2"] = "Ejecución presupuestal mensual 2026 - Mejoramiento del servicio de agua potable"
    ws["A3"] = "(En soles)"
    _put(ws, 5, 1, [["Partida", "Concepto", *PE_MONTHS, "Total"]])
    months = _months(date(2026, 1, 1), 6)
    lines = rng.sample(PE_LINES, 4)
    values: list[ValueFact] = []
    row = 6
    for line in lines:
        plan = [float(rng.randrange(20, 400) * 250) for _ in months]
        done = [float(round(p * rng.uniform(0.5, 1.05))) for p in plan[:4]]
        _put(ws, row, 1, [[line, "Programado", *map(_soles, plan), _soles(sum(plan))]])
        spent_cells = [*map(_soles, done), None, None, _soles(sum(done))]
        _put(ws, row + 1, 1, [[line, "Ejecutado", *spent_cells]])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, line), "budget", plan[m]))
            if m < 4:
                values.append(ValueFact("finance", (month, line), "actual", done[m]))
    path = _save(wb, folder, "peru_ejecucion_presupuestal")
    targets: Targets = {"A": "cost_line", "B": "measure", "I": None}
    table = TruthTable("Ejecución 2026", 5, "finance", targets, {"finance": 6 * len(lines)})
    return Built(path, [table], values)


DK_STAFF = [
    ("Mette Jørgensen", "Tech Lead"),
    ("Rasmus Nielsen", "Backend Developer"),
    ("Sofie Andersen", "Frontend Developer"),
    ("Anders Kristensen", "Test Engineer"),
    ("Camilla Larsen", "Business Analyst"),
    ("Mikkel Poulsen", "DevOps Engineer"),
]


def tempo_capacity_planner(folder: Path, rng: random.Random) -> Built:
    """A Tempo Capacity Planner (Jira) export in hours, months as `March 2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tempo Planner")
    months = _months(date(2026, 3, 1), 6)
    labels = [f"{m:%B} {m.year}" for m in months]
    _put(ws, 1, 1, [["Team", "Member", "Role", "Jira Project", *labels, "Total (h)"]])
    staff = rng.sample(DK_STAFF, 5)
    count = 0
    for i, (person, role) in enumerate(staff):
        hours = [rng.choice([None, 37.0, 74.0, 111.0, 148.0]) for _ in labels]
        count += sum(1 for h in hours if h)
        total = sum(h or 0 for h in hours)
        team = "Team Mobilbank" if i % 2 else "Team Betalinger"
        _put(ws, 2 + i, 1, [[team, person, role, "MOBPAY", *hours, total]])
    path = _save(wb, folder, "tempo_capacity_planner")
    targets: Targets = {"A": None, "B": "person", "C": "role", "D": None, "K": None}
    table = TruthTable("Tempo Planner", 1, "resources", targets, {"resources": count})
    return Built(path, [table], [])


NL_MILESTONES = [
    ("Projectbesluit vastgesteld", "Planuitwerking"),
    ("Vergunningen onherroepelijk", "Planuitwerking"),
    ("Contract realisatie gegund", "Realisatie"),
    ("Start uitvoering dijkvak 1", "Realisatie"),
    ("Kabels en leidingen verlegd", "Realisatie"),
    ("Dijkvak 1 op hoogte", "Realisatie"),
    ("Oplevering dijkvak 2", "Realisatie"),
    ("Overdracht aan beheer", "Nazorg"),
]
NL_PEOPLE = ["Marieke de Vries", "Jeroen Bakker", "Sanne Visser", "Thijs van Dijk"]


def _dutch(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def dutch_mijlpalenplanning(folder: Path, rng: random.Random) -> Built:
    """A Dutch water board's dike reinforcement milestone plan, dates as `14-3-2026`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Mijlpalen")
    ws["A1"] = "Mijlpalenplanning"
    ws["A2"] = "Project: Dijkversterking Lekdijk Salmsteke"
    ws["A3"] = "Projectmanager: Marieke de Vries"
    ws["A4"] = "Peildatum: 31-3-2026"
    header = ["Nr.", "Mijlpaal", "Fase", "Eigenaar", "Baseline", "Prognose", "Gerealiseerd"]
    header += ["Status"]
    _put(ws, 6, 1, [header])
    n = len(NL_MILESTONES)
    base = _days(rng, n, date(2025, 11, 3))
    done = rng.randint(2, 3)
    peildatum = date(2026, 3, 31)
    statuses = {"Op schema": None, "Risico": "At Risk", "Vertraagd": "Late"}
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Dijkversterking Lekdijk Salmsteke"),
        ValueFact("project", 0, "project_manager", "Marieke de Vries"),
        ValueFact("project", 0, "report_date", date(2026, 3, 31)),
    ]
    for i, (name, phase) in enumerate(NL_MILESTONES):
        owner = rng.choice(NL_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 0, 14, 35, 60]))
        if i < done:  # achieved by the peildatum
            fc = min(fc, peildatum - timedelta(days=7))
        elif fc <= peildatum:  # not achieved yet: forecast after the peildatum
            fc = peildatum + timedelta(days=rng.choice([10, 24, 45]))
        actual = fc - timedelta(days=rng.choice([0, 2])) if i < done else None
        status = "Gereed" if actual else rng.choice(list(statuses))
        cells: list[object] = [i + 1, name, phase, owner, _dutch(base[i]), _dutch(fc)]
        cells += [_dutch(actual) if actual else None, status]
        _put(ws, 7 + i, 1, [cells])
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
            values.append(ValueFact("milestones", i, "status", "Complete"))
        elif statuses[status]:
            values.append(ValueFact("milestones", i, "status", statuses[status]))
    path = _save(wb, folder, "dutch_mijlpalenplanning")
    targets: Targets = _cols("A", [("id", None), "milestone", None, "owner", "baseline_date"])
    targets |= _cols("F", ["forecast_date", "actual_date", "status"])
    return Built(path, [_one("milestones", "Mijlpalen", 6, targets, n)], values)


SG_MILESTONES = [
    "Landing zone approved by Technology Risk",
    "MAS TRM notification submitted",
    "Wave 2 applications re-platformed",
    "Disaster recovery drill passed",
    "Production cutover weekend",
    "Legacy data centre racks decommissioned",
]
SG_DEPS = [
    ("Group network team opens the Direct Connect links", "In", "Group Network Services"),
    ("Hardware security modules provisioned in the cloud", "In", "Cyber Security Office"),
    ("Customer data lineage handed to the data office", "Out", "Chief Data Office"),
    ("Mainframe batch window reduced for the cutover", "In", "Core Banking Platform"),
    ("Runbooks handed to the production support team", "Out", "Production Support"),
]
SG_PEOPLE = ["Tan Wei Ming", "Nur Aisyah binte Rahman", "Rajesh Kumar", "Lim Hui Ling"]
SG_PEOPLE += ["Daniel Goh"]


def singapore_bank_status_pack(folder: Path, rng: random.Random) -> Built:
    """A Singapore bank's status sheet: a label / value block, key milestones with a RAG
    letter and no status, and key dependencies under them."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    ws["A1"] = "Monthly Project Status - March 2026"
    block = [("Project Name", "Core Banking Cloud Migration Wave 2")]
    block += [("Project Sponsor", "Tan Wei Ming"), ("Project Manager", "Lim Hui Ling")]
    block += [("Overall RAG", "A")]
    for r, (label, value) in enumerate(block):
        ws.cell(2 + r, 1, label)
        ws.cell(2 + r, 2, value)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Core Banking Cloud Migration Wave 2"),
        ValueFact("project", 0, "sponsor", "Tan Wei Ming"),
        ValueFact("project", 0, "project_manager", "Lim Hui Ling"),
        ValueFact("project", 0, "overall_rag", "Amber"),
    ]
    ws["A7"] = "Key Milestones"
    m_head = ["#", "Milestone", "Owner", "Baseline Date", "Forecast Date", "Actual Date", "RAG"]
    _put(ws, 8, 1, [m_head])
    nm = len(SG_MILESTONES)
    base = _days(rng, nm, date(2026, 1, 12))
    done = rng.randint(1, 2)
    rag_read = {"G": None, "A": "At Risk", "R": "Late"}
    for i, name in enumerate(SG_MILESTONES):
        owner = rng.choice(SG_PEOPLE)
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21, 42]))
        actual = fc if i < done else None
        rag = "B" if actual else rng.choice(list(rag_read))
        row = 9 + i
        _put(ws, row, 1, [[i + 1, name, owner, base[i], fc, actual, rag]])
        for c in (4, 5, 6):
            ws.cell(row, c).number_format = "dd-mmm-yy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        elif rag_read[rag]:
            values.append(ValueFact("milestones", i, "status", rag_read[rag]))
    d_top = 9 + nm + 2
    ws.cell(d_top - 1, 1, "Key Dependencies")
    d_head = ["Ref", "Dependency", "In/Out", "Other Party", "Owner", "Need By", "Status"]
    _put(ws, d_top, 1, [d_head])
    nd = rng.randint(4, 5)
    deps = rng.sample(SG_DEPS, nd)
    needs = _days(rng, nd, date(2026, 2, 2))
    d_status = ["On Track", "At Risk", "Delivered", "Late"]
    for i, (title, way, party) in enumerate(deps):
        owner = rng.choice(SG_PEOPLE)
        status = rng.choice(d_status)
        row = d_top + 1 + i
        _put(ws, row, 1, [[f"D{i + 1:02d}", title, way, party, owner, needs[i], status]])
        ws.cell(row, 6).number_format = "dd-mmm-yy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "In" else "Outbound"),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", needs[i]),
            ValueFact("dependencies", i, "status", status),
        ]
    path = _save(wb, folder, "singapore_bank_status_pack")
    m_targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    m_targets |= _cols("E", ["forecast_date", "actual_date", "status"])
    d_targets: Targets = _cols("A", ["id", "title", "direction"])
    d_targets |= _cols("D", [("counterparty_project_id", None), "owner", "need_by", "status"])
    tables = [
        _one("milestones", "Status", 8, m_targets, nm),
        _one("dependencies", "Status", d_top, d_targets, nd),
    ]
    return Built(path, tables, values)


NHS_SCHEMES = [
    "Electronic Patient Record - Phase 2",
    "Theatre 5 & 6 refurbishment",
    "MRI scanner replacement",
    "Backlog maintenance - roofs",
    "Digital pathology",
]


def nhs_trust_capital_plan(folder: Path, rng: random.Random) -> Built:
    """An English NHS trust's capital plan in £'000, months as `M1` .. `M6` from April."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Capital Plan")
    ws["A1"] = "Riverside University Hospitals NHS Foundation Trust"
    ws["A2"] = "Capital Programme 2026/27 - monthly plan and actuals (£'000)"
    labels = [f"M{k}" for k in range(1, 7)]
    _put(ws, 4, 1, [["Scheme", "Funding", "Type", *labels, "YTD", "Year total"]])
    months = _months(date(2026, 4, 1), 6)
    schemes = rng.sample(NHS_SCHEMES, 4)
    # `£'000` in the title: the amounts are pounds (round 19's audit)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "GBP")]
    row = 5
    for scheme in schemes:
        funding = rng.choice(["CDEL", "PDC", "Charity"])
        plan = [float(rng.randrange(20, 450)) for _ in months]
        actual = [float(round(p * rng.uniform(0.6, 1.1))) for p in plan[:3]]
        _put(ws, row, 1, [[scheme, funding, "Plan", *plan, sum(plan[:3]), sum(plan) + 600]])
        cells: list[object] = [scheme, funding, "Actual", *actual, None, None, None, sum(actual)]
        _put(ws, row + 1, 1, [cells])
        row += 2
        for m, month in enumerate(months):
            values.append(ValueFact("finance", (month, scheme), "budget", plan[m] * 1000))
            # "Capital Programme" in the title: every line is capital spend (round 19)
            values.append(ValueFact("finance", (month, scheme), "capex_opex", "CapEx"))
            if m < 3:
                values.append(ValueFact("finance", (month, scheme), "actual", actual[m] * 1000))
    path = _save(wb, folder, "nhs_trust_capital_plan")
    targets: Targets = {"A": "cost_line", "B": None, "C": "measure", "J": None, "K": None}
    table = TruthTable("Capital Plan", 4, "finance", targets, {"finance": 6 * len(schemes)})
    return Built(path, [table], values)


HELD_OUT_19: tuple[Layout, ...] = (
    Layout(
        "ms_planner_issue_export",
        "Microsoft Planner plan export (US county ERP issue log)",
        ms_planner_issue_export,
    ),
    Layout(
        "italian_pnrr_registro_rischi",
        "Italian municipality PNRR project risk register",
        italian_pnrr_registro_rischi,
    ),
    Layout(
        "polarion_risk_workitems",
        "Siemens Polarion ALM risk work items (automotive FMEA)",
        polarion_risk_workitems,
    ),
    Layout(
        "argentina_registro_decisiones",
        "Argentine provincial government decision log",
        argentina_registro_decisiones,
    ),
    Layout(
        "portugal_registo_dependencias",
        "Portuguese water utility dependency register",
        portugal_registo_dependencias,
    ),
    Layout(
        "morocco_registre_hypotheses",
        "Moroccan solar project assumptions register (French)",
        morocco_registre_hypotheses,
    ),
    Layout("ecosys_cost_worksheet", "Hexagon EcoSys cost worksheet (CAD)", ecosys_cost_worksheet),
    Layout(
        "peru_ejecucion_presupuestal",
        "Peruvian regional government budget execution",
        peru_ejecucion_presupuestal,
    ),
    Layout(
        "tempo_capacity_planner", "Tempo Capacity Planner export (hours)", tempo_capacity_planner
    ),
    Layout(
        "dutch_mijlpalenplanning",
        "Dutch water board dike reinforcement milestone plan",
        dutch_mijlpalenplanning,
    ),
    Layout(
        "singapore_bank_status_pack",
        "Singapore bank status sheet (milestones and dependencies)",
        singapore_bank_status_pack,
    ),
    Layout(
        "nhs_trust_capital_plan", "English NHS trust capital plan (M1..M12)", nhs_trust_capital_plan
    ),
)
