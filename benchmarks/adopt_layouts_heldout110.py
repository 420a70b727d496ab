"""Held-out, hundred-and-tenth batch (round 39, task w118): ordinary workbooks of a mixed
portfolio, the PMO of an intergovernmental space agency.

The agency runs every kind of project at once: a payload module for a science mission, a
control-room refit, a new tracking antenna, an Earth-observation data archive, a launch-site
visitor centre, an astronaut-simulator upgrade, an outreach portal, finance of a remote
antenna site. Each establishment keeps its registers its own way, half in English (the
Netherlands test centre, the UK site, Ireland, Australia, the training centre) and half in
the host country's language (German, French, Italian, Swedish, Spanish, Polish, Portuguese).
Every workbook was imagined from how such a team keeps it; no earlier batch was opened.

Layouts:

- ``noordwijk_payload_risk_register``: an ECSS-style payload risk register under a document
  block (`Project:` labelled); `Risk No.`, `Date opened` (date cells), `Risk scenario`,
  `Consequence`, `Domain`, `Likelihood` A..E with its legend under the table, `Severity`
  1..5, `Risk index` (`C4`), `Actionee`, `Mitigation action(s)`, `Trend` arrows, `Status`,
  `Date closed`.
- ``darmstadt_offene_punkte``: a German Offene-Punkte-Liste (issues) with `Projekt:` and
  `Stand:` above; `Nr.`, `Datum`, `Thema`, `Beschreibung / Sachverhalt`, `Verantwortlich`,
  `Termin`, `Prio` hoch / mittel / niedrig, `Status` offen / in Bearbeitung / erledigt,
  dates as `05.03.2026` text.
- ``toulouse_releve_decisions``: a French relevé de décisions; `N°`, `Date` as `12/03/2026`
  text, `Instance` (CoPil, Revue de projet...), `Décision`, `Motif`, `Actions induites`,
  `Réf. CR`; `Projet :` and `Chef de projet :` above.
- ``frascati_piano_milestone``: an Italian milestone plan; `Cod.`, `Milestone`, `Fase`,
  `Responsabile`, `Data baseline` / `Data prevista` / `Data effettiva` (date cells),
  `Stato` Completata / In corso / Da avviare / In ritardo, `Scost. (gg)`, `Note`.
- ``kiruna_beroendelogg``: a Swedish dependency log in two bands under one header (`VI
  BEHÖVER FRÅN ANDRA`: inbound, `ANDRA BEHÖVER FRÅN OSS`: outbound); `Nr`, `Från / till
  (projekt)` project codes, `Vad`, `Deras kontakt`, `Vår kontakt`, `Behövs senast` /
  `Utlovat datum` as ISO text, `Läge` Pågår / Levererad / Försenad / I risk, `Kommentar`.
- ``harwell_highlight_report``: a UK highlight report: a label / value block (`Project
  name`, `Project manager`, `Reporting period ending`, `Overall status`, `Time` / `Cost` /
  `Scope` as G / A / R letters, `Summary of progress this period`), a milestones table
  (`Ref`, `Lead`, `Milestone`, `Planned`, `Revised forecast`, `Completed`, `Comments`) and
  a key-risks table (`Ref`, `Description`, `Likelihood` / `Impact` H / M / L, `Mitigating
  action`, `Owner`, `Trend`).
- ``madrid_plan_recursos``: a Spanish resource plan in jornadas per month: `Perfil`,
  `Nombre`, `Empresa`, months `ene-26` .. `jun-26` as text, `Total`, a `TOTAL` row.
- ``new_norcia_erp_cost_export``: an Australian ERP cost export, one row per fiscal period
  and cost element: `Fiscal Year`, `Period`, `Period Start` (date cells), `Cost Element`,
  `Cost Element Descr`, `Budget (AUD)`, `Actual (AUD)`, `Commitment (AUD)`,
  `Forecast (AUD)`; actuals only for closed periods.
- ``krakow_rejestr_zalozen``: a Polish assumption register; `Data wpisu` first,
  `Założenie`, `Jeśli się nie sprawdzi, to…`, `Jak sprawdzimy`, `Kto sprawdza`, `Termin
  weryfikacji` (dates as `05.03.2026` text), `Stan` otwarte / potwierdzone / obalone,
  `Uwagi`.
- ``dublin_raid_log``: an Irish one-sheet RAID log with no reference column; `Log date`
  as `5/3/2026` text, `Category` Risk / Assumption / Issue / Dependency, `Item`, `Who's on
  it`, `Rating` H / M / L (risks and issues), `Latest position`, `Next step by`, `Closed?`
  Y / N.
- ``lisboa_registo_riscos``: a Portuguese risk register; `Probabilidade` Muito baixa ..
  Muito alta, `Impacto` Muito baixo .. Muito alto, `Nível`, `Categoria`, `Estratégia de
  resposta` Mitigar / Evitar / Transferir / Aceitar, `Estado` Aberto / Em monitorização /
  Fechado, date cells.
- ``cologne_sim_issue_action_log``: an English issue and action log of the astronaut
  training simulator upgrade under an unlabelled title; `#`, `Logged` (date cells),
  `Logged by`, `Issue`, `Effect on training`, `Action`, `Action owner`, `Due`,
  `Sev (1-4)`, `State` Open / In work / Closed, `Closed on`.

Least-sure readings (each gets NO fact, and the ambiguous columns are left out of the
truth's columns, neither mapped nor None): the ECSS `Consequence` (description, or no
column), `Domain` values `Cost` (Financial or Commercial) and `Programmatic`, the risk
`Status` `Accepted`; the own codes (`PL-R-017`, `DEC-2026-004`, `MS-03`, `M1`, `R1`) get no
id value (the Portuguese `R-001` is the standard's own form and keeps its fact); the German
`Nr.` (a row number), `Bemerkung / Erledigungsvermerk` (comment or resolution) and
`erledigt` (Resolved or Closed); the Swedish `Pågår` (Open or On Track), `Nr` and the two
band rows (no items); the Italian `Responsabile di progetto: Ing. ...` (a title before the
name: no project manager) and `Scost. (gg)` (a typed slippage); the Harwell `Senior
Responsible Owner` (sponsor or not); the Spanish resource items' order (person by person or
month by month: only the first and the last item, the same in both orders, get facts) and
its `Total` column and row; the Australian `AUD` in the amount headers (no labelled currency
cell: no currency fact) and `Commitment`; the Polish `Jak sprawdzimy` (how it will be
checked: no field) and `Uwagi`; the Irish `Latest position` (response, resolution or
outcome), `Next step by` (a due date, or the next review) and the dependencies' `Log date`
(the standard's dependency has no raised date); the Portuguese `Nº` column is the id, its
`Fornecedor` category (Third Party or Commercial) and `Nível` (a typed level) get nothing;
the Cologne `Sev (1-4)` values (which end is worst), `Effect on training`, `Action` and `#`;
unlabelled titles are no project names.

Audited in round 39 (task a122; docs/adopt.md, "Round 39: the hundred-and-tenth batch's truth
audited"), values 436 -> 476 at seed 2026: the per-register codes are ids in the standard's
form (the lead's ruling: `PL-R-012` R-012, `DEC-2026-004` DC-004, `MS-01` and `M1` M-001, `R1`
R-001); the mapped response columns' text (`Mitigation action(s)`, `Mitigating action`,
`Plano de ação`) gets its facts; the Harwell `Senior Responsible Owner` is the sponsor (every
audited batch's reading) and the Italian `Responsabile di progetto: Ing. ...` the project
manager as written (as this batch's `Hr.` owners); `(AUD)` on every money header is AUD (on
the standards' list; earlier audits' `(AUD)` / `(EUR)` headers); the Irish risks' one
`Rating` with no likelihood beside it is their impact or their overall rating (round 24's
electoral commission log): no impact fact, the column impact, severity, rating or left out;
the ECSS `Risk index` a score, a rating or left out, the Portuguese `Nível` a rating or left
out, the plain row numbers (`Nr.`, `Nr`, `#`) an id or left out, none with a value; and the
Irish log's third risk, which repeated the first one's text, has a text of its own (a cell
changed at the seeds that draw three risks, 2026 among them; no draw moved).
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
    _days,
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.worksheet.worksheet import Worksheet


def _dt(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _fmt(ws: Worksheet, col: str, rows: range, form: str) -> None:
    for r in rows:
        ws[f"{col}{r}"].number_format = form


# ---------------------------------------------------------------------------------------
# 1. Noordwijk: ECSS-style payload risk register (English)
# ---------------------------------------------------------------------------------------

_PAYLOAD_RISKS = [
    ("Detector delivery slips because the foundry re-qualifies its process", "Schedule"),
    ("Thermal balance test shows radiator margin below 5 K", "Technical"),
    ("Exchange-rate movement raises the cost of the optics subcontract", "Cost"),
    ("Star tracker firmware not frozen before integration", "Technical"),
    ("Cleanroom booking clashes with another mission's campaign", "Schedule"),
    ("Export licence for the cryocooler delayed", "Programmatic"),
    ("Outgassing of the new adhesive exceeds the contamination budget", "Technical"),
    ("Vibration test facility unavailable during shaker refurbishment", "Schedule"),
]
_ACTIONEES = ["M. de Vries", "S. Janssen", "K. Bakker", "E. Lindqvist", "R. Moreau", "T. Quinn"]
_LIKELIHOOD = {"A": 1.0, "B": 2.0, "C": 3.0, "D": 4.0, "E": 5.0}


def noordwijk_payload_risk_register(folder: Path, rng: random.Random) -> Built:
    """ECSS-M-ST-80 style register: likelihood letters A..E under a legend, severity 1..5,
    the risk index as letter and number, a document block above."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risk Register")
    ws["A1"] = "ARGUS-2 PAYLOAD MODULE - RISK REGISTER"
    ws["A2"] = "Doc. ref.: ARG-PL-RR-0042"
    ws["E2"] = f"Issue {rng.randint(2, 5)} / Rev {rng.randint(0, 3)}"
    ws["A3"] = "Project:"
    ws["B3"] = "ARGUS-2 Payload Module"
    ws["A4"] = "Risk manager:"
    ws["B4"] = rng.choice(_ACTIONEES)
    header = [
        "Risk No.",
        "Date opened",
        "Risk scenario (cause - event)",
        "Consequence",
        "Domain",
        "Likelihood",
        "Severity",
        "Risk index",
        "Actionee",
        "Mitigation action(s)",
        "Trend",
        "Status",
        "Date closed",
    ]
    top = 6
    n = rng.randint(5, 8)
    picks = rng.sample(_PAYLOAD_RISKS, n)
    opened = sorted(date(2025, 9, 1) + timedelta(days=rng.randrange(240)) for _ in range(n))
    first_no = rng.randint(1, 30)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (scenario, domain) in enumerate(picks):
        lik = rng.choice("ABCDE")
        sev = rng.randint(1, 5)
        who = rng.choice(_ACTIONEES)
        status = rng.choice(["Open", "Open", "Open", "Closed", "Accepted"])
        closed = opened[i] + timedelta(days=rng.randint(20, 90)) if status == "Closed" else None
        consequence = rng.choice(
            ["Launch date at risk", "Re-test of the module", "Cost overrun", "Loss of margin"]
        )
        mitigation = rng.choice(
            [
                "Weekly progress calls with supplier; second source identified",
                "Analysis update and extra test case at TB/TV",
                "Hedge requested via finance",
                "Escalate at next PM meeting",
            ]
        )
        rows.append(
            [
                f"PL-R-{first_no + i:03d}",
                _dt(opened[i]),
                scenario,
                consequence,
                domain,
                lik,
                sev,
                f"{lik}{sev}",
                who,
                mitigation,
                rng.choice(["↑", "↓", "→"]),
                status,
                _dt(closed) if closed else None,
            ]
        )
        values += [
            # audit (round 39): `PL-R-012` is the risk register's code (its letter R and a
            # running number) under the payload's prefix: the id in the standard's form
            ValueFact("risks", i, "id", f"R-{first_no + i:03d}"),
            ValueFact("risks", i, "title", scenario),
            ValueFact("risks", i, "raised_date", opened[i]),
            ValueFact("risks", i, "probability", _LIKELIHOOD[lik]),
            ValueFact("risks", i, "impact", float(sev)),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", mitigation),  # audit: the mapped column's text
        ]
        if domain in ("Technical", "Schedule"):
            values.append(ValueFact("risks", i, "category", domain))
        if status != "Accepted":
            values.append(ValueFact("risks", i, "status", status))
        if closed:
            values.append(ValueFact("risks", i, "closed_date", closed))
    _put(ws, top, 1, rows)
    _fmt(ws, "B", range(top + 1, top + n + 1), "dd-mmm-yy")
    _fmt(ws, "M", range(top + 1, top + n + 1), "dd-mmm-yy")
    legend = top + n + 3
    ws.cell(legend, 1, "Likelihood: A = Minimum, B = Low, C = Medium, D = High, E = Maximum")
    ws.cell(legend + 1, 1, "Severity: 1 = Negligible, 2 = Significant, 3 = Major,")
    ws.cell(legend + 1, 5, "4 = Critical, 5 = Catastrophic")
    targets: Targets = {
        "A": "id",
        "B": "raised_date",
        "C": "title",
        "E": "category",
        "F": "probability",
        "G": "impact",
        "H": ("score", "rating", None),  # audit: a typed index (`D3`), no value
        "I": "owner",
        "J": "response",
        "K": None,
        "L": "status",
        "M": "closed_date",
    }
    values.append(ValueFact("project", 0, "project_name", "ARGUS-2 Payload Module"))
    return Built(
        _save(wb, folder, "noordwijk_payload_risk_register"),
        [_one("risks", "Risk Register", top, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 2. Darmstadt: Offene-Punkte-Liste (German issues)
# ---------------------------------------------------------------------------------------

_OPL = [
    ("Konsolenmöbel", "Lieferant liefert Tischplatten in falscher Tiefe"),
    ("Netzwerk", "VLAN-Trennung Betrieb / Büro noch nicht abgenommen"),
    ("Brandschutz", "Kabeldurchführungen im Doppelboden nicht abgeschottet"),
    ("Klima", "Raumtemperatur bei Volllast über 26 °C"),
    ("Schulung", "Schichtpersonal für Einweisung nicht freigestellt"),
    ("Beschaffung", "Bestellung Monitore hängt in der Freigabe"),
    ("Software", "Alarmanzeige auf neuen Bildschirmen abgeschnitten"),
    ("Abnahme", "Abnahmeprotokoll Bauabschnitt 1 fehlt Unterschrift"),
]
_DE_PEOPLE = ["Hr. Krüger", "Fr. Schneider", "Hr. Wagner", "Fr. Yilmaz", "Hr. Becker"]
_PRIO = {"hoch": "High", "mittel": "Medium", "niedrig": "Low"}


def darmstadt_offene_punkte(folder: Path, rng: random.Random) -> Built:
    """An Offene-Punkte-Liste of a control-room refit: text dates `05.03.2026`, Prio words,
    `Stand:` above the list."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "OPL")
    n = rng.randint(5, 8)
    raised = _days(rng, n, date(2026, 1, 12))
    due = [d + timedelta(days=rng.randint(7, 35)) for d in raised]
    stand = max(raised) + timedelta(days=rng.randint(1, 10))
    ws["A1"] = "Offene-Punkte-Liste"
    ws["A2"] = "Projekt: Erneuerung Kontrollraum K2"
    ws["A3"] = f"Stand: {_dmy(stand, '.')}"
    header = [
        "Nr.",
        "Datum",
        "Thema",
        "Beschreibung / Sachverhalt",
        "Verantwortlich",
        "Termin",
        "Prio",
        "Status",
        "Bemerkung / Erledigungsvermerk",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (topic, text) in enumerate(rng.sample(_OPL, n)):
        who = rng.choice(_DE_PEOPLE)
        prio = rng.choice(list(_PRIO))
        status = rng.choice(["offen", "offen", "in Bearbeitung", "erledigt"])
        rows.append(
            [
                i + 1,
                _dmy(raised[i], "."),
                topic,
                text,
                who,
                _dmy(due[i], "."),
                prio,
                status,
                "siehe Protokoll JF" if status == "erledigt" else None,
            ]
        )
        values += [
            ValueFact("issues", i, "title", topic),
            ValueFact("issues", i, "description", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "due_date", due[i]),
            ValueFact("issues", i, "priority", _PRIO[prio]),
        ]
        if status == "offen":
            values.append(ValueFact("issues", i, "status", "Open"))
        elif status == "in Bearbeitung":
            values.append(ValueFact("issues", i, "status", "In Progress"))
    _put(ws, 5, 1, rows)
    ws.cell(5 + n + 2, 1, "Prio: hoch = vor nächstem Jour fixe klären")
    targets: Targets = {
        "A": ("id", None),  # audit: a plain row number, no id value
        "B": "raised_date",
        "C": "title",
        "D": "description",
        "E": "owner",
        "F": "due_date",
        "G": "priority",
        "H": "status",
    }
    values += [
        ValueFact("project", 0, "project_name", "Erneuerung Kontrollraum K2"),
        ValueFact("project", 0, "report_date", stand),
    ]
    return Built(
        _save(wb, folder, "darmstadt_offene_punkte"), [_one("issues", "OPL", 5, targets, n)], values
    )


# ---------------------------------------------------------------------------------------
# 3. Toulouse: relevé de décisions (French decisions)
# ---------------------------------------------------------------------------------------

_DECISIONS = [
    ("Le banc de test logiciel est mutualisé avec le projet SENTIER", "Réduit le coût"),
    ("La revue critique de conception est décalée de trois semaines", "Livraison FPGA en retard"),
    ("Le sous-traitant B est retenu pour la maintenance", "Meilleure offre technique"),
    ("Les essais de recette se font en salle 2", "Salle 1 en travaux"),
    ("Le périmètre de la version 1 exclut l'archivage long terme", "Tenir le jalon de juin"),
    ("Une provision de 5 % est ajoutée pour la cybersécurité", "Audit ANSSI à venir"),
    ("La formation des opérateurs passe en distanciel", "Contraintes de déplacement"),
]
_INSTANCES = ["CoPil", "Revue de projet", "Chef de projet", "Comité technique"]


def toulouse_releve_decisions(folder: Path, rng: random.Random) -> Built:
    """A relevé de décisions of a ground-software project: day-first text dates, the body
    that decided (`Instance`), the minutes it came from."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Relevé de décisions")
    pm = rng.choice(["Claire Fabre", "Julien Marchand", "Sophie Roux"])
    ws["A1"] = "RELEVÉ DES DÉCISIONS"
    ws["A2"] = "Projet : Logiciel sol de commande-contrôle"
    ws["A3"] = f"Chef de projet : {pm}"
    n = rng.randint(4, 7)
    when = _days(rng, n, date(2025, 11, 3))
    header = ["N°", "Date", "Instance", "Décision", "Motif", "Actions induites", "Réf. CR"]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(_DECISIONS, n)):
        body = rng.choice(_INSTANCES)
        rows.append(
            [
                f"DEC-{when[i].year}-{i + 1:03d}",
                _dmy(when[i]),
                body,
                text,
                why,
                rng.choice(["Mettre à jour le planning", "Informer les achats", None]),
                f"CR {rng.choice(['CoPil', 'RP'])} n°{rng.randint(3, 19)}",
            ]
        )
        values += [
            # audit (round 39): `DEC-2026-004` carries the decision letters and a running
            # number (it does not restart with the year): DC-004, as `DEC-01` is DC-001
            ValueFact("decisions", i, "id", f"DC-{i + 1:03d}"),
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "made_by", body),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
        ]
    _put(ws, 5, 1, rows)
    targets: Targets = {
        "A": "id",
        "B": "date",
        "C": "made_by",
        "D": "decision",
        "E": "rationale",
        "F": None,
        "G": None,
    }
    values += [
        ValueFact("project", 0, "project_name", "Logiciel sol de commande-contrôle"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    return Built(
        _save(wb, folder, "toulouse_releve_decisions"),
        [_one("decisions", "Relevé de décisions", 5, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 4. Frascati: piano delle milestone (Italian milestones)
# ---------------------------------------------------------------------------------------

_MILESTONES_IT = [
    ("Kick-off con il fornitore", "Fase A"),
    ("Revisione dei requisiti (SRR)", "Fase B"),
    ("Revisione preliminare di progetto (PDR)", "Fase B"),
    ("Consegna hardware di archiviazione", "Fase C"),
    ("Migrazione del catalogo storico", "Fase C"),
    ("Revisione critica di progetto (CDR)", "Fase C"),
    ("Collaudo di accettazione", "Fase D"),
    ("Messa in esercizio", "Fase D"),
]
_IT_PEOPLE = ["G. Bianchi", "L. Esposito", "F. Romano", "A. Colombo", "M. Ricci"]
_STATO = {
    "Completata": "Complete",
    "In corso": "In Progress",
    "Da avviare": "Not Started",
    "In ritardo": "Late",
}


def frascati_piano_milestone(folder: Path, rng: random.Random) -> Built:
    """A milestone plan of an Earth-observation data archive: three date columns as date
    cells, a typed slippage, Stato in Italian."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milestone")
    ws["A1"] = "Piano delle milestone"
    ws["A2"] = "Progetto: Archivio dati di osservazione della Terra"
    pm = "Ing. " + rng.choice(["Paolo Ferri", "Elena Greco"])
    ws["A3"] = f"Responsabile di progetto: {pm}"
    header = [
        "Cod.",
        "Milestone",
        "Fase",
        "Responsabile",
        "Data baseline",
        "Data prevista",
        "Data effettiva",
        "Stato",
        "Scost. (gg)",
        "Note",
    ]
    n = rng.randint(5, 8)
    chosen = _MILESTONES_IT[:n]
    base = sorted(date(2026, 1, 15) + timedelta(days=rng.randrange(300)) for _ in range(n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    done = rng.randint(1, min(3, n - 1))
    for i, (name, phase) in enumerate(chosen):
        fc = base[i] + timedelta(days=rng.choice([0, 0, 7, 14, 21]))
        who = rng.choice(_IT_PEOPLE)
        stato = "Completata" if i < done else rng.choice(["In corso", "Da avviare", "In ritardo"])
        actual = fc if stato == "Completata" else None
        rows.append(
            [
                f"MS-{i + 1:02d}",
                name,
                phase,
                who,
                _dt(base[i]),
                _dt(fc),
                _dt(actual) if actual else None,
                stato,
                (fc - base[i]).days,
                rng.choice([None, "in attesa del fornitore", "vedi verbale SAL"]),
            ]
        )
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),  # audit: `MS-01` is M-001
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", _STATO[stato]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _put(ws, 5, 1, rows)
    for col in "EFG":
        _fmt(ws, col, range(6, 6 + n), "dd/mm/yyyy")
    targets: Targets = {
        "A": "id",
        "B": "milestone",
        "C": None,
        "D": "owner",
        "E": "baseline_date",
        "F": "forecast_date",
        "G": "actual_date",
        "H": "status",
        "J": None,
    }
    values += [
        ValueFact("project", 0, "project_name", "Archivio dati di osservazione della Terra"),
        # audit (round 39): `Responsabile di progetto:` is the project manager's label; the
        # name kept as written, its `Ing.` too (as this batch's `Hr.` owners)
        ValueFact("project", 0, "project_manager", pm),
    ]
    return Built(
        _save(wb, folder, "frascati_piano_milestone"),
        [_one("milestones", "Milestone", 5, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 5. Kiruna: beroendelogg (Swedish dependencies)
# ---------------------------------------------------------------------------------------

_DEPS_SV = [
    ("Fundament klart för antennen", "Gjuten grund"),
    ("Kraftmatning 400 V till antennhuset", "Ny elcentral"),
    ("Fiberförbindelse till driftcentralen", "Två fibrer"),
    ("Styrsystem från leverantör", "Mjukvara v2.1"),
    ("Radiotillstånd för X-band", "Tillstånd från PTS"),
    ("Tidssynkronisering från stationens GPS-klocka", "PPS-signal"),
    ("Snöröjning av tillfartsväg under montage", "Avtal med kommunen"),
]
_SV_PEOPLE = ["Anna Lindberg", "Erik Nilsson", "Maja Holm", "Johan Berg", "Sara Eklund"]
_SV_STATUS = {"Levererad": "Delivered", "Försenad": "Late", "I risk": "At Risk", "Pågår": None}


def kiruna_beroendelogg(folder: Path, rng: random.Random) -> Built:
    """A dependency log of a new tracking antenna kept as two bands under one header: what
    we need from others, then what others need from us; the counterpart first, ISO text
    dates, `Läge` words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Beroenden")
    ws["A1"] = "Beroendelogg"
    ws["A2"] = "Projekt: Ny 15-metersantenn"
    header = [
        "Nr",
        "Från / till (projekt)",
        "Vad",
        "Deras kontakt",
        "Vår kontakt",
        "Behövs senast",
        "Utlovat datum",
        "Läge",
        "Kommentar",
    ]
    n_in = rng.randint(3, 5)
    n_out = rng.randint(1, 2)
    n = n_in + n_out
    need = sorted(date(2026, 2, 1) + timedelta(days=rng.randrange(240)) for _ in range(n))
    picks = rng.sample(_DEPS_SV, n)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        if i == 0:
            rows.append(["VI BEHÖVER FRÅN ANDRA"])
        if i == n_in:
            rows.append(["ANDRA BEHÖVER FRÅN OSS"])
        title = picks[i][0]
        other = f"P-{rng.randint(2100, 2399)}"
        theirs, ours = rng.sample(_SV_PEOPLE, 2)
        promised = need[i] + timedelta(days=rng.choice([-14, -7, 0, 10, 21]))
        status = rng.choice(list(_SV_STATUS))
        rows.append(
            [
                i + 1,
                other,
                title,
                theirs,
                ours,
                need[i].isoformat(),
                promised.isoformat(),
                status,
                rng.choice([None, "Tas upp på veckomötet", "Väntar på offert"]),
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if i < n_in else "Outbound"),
            ValueFact("dependencies", i, "counterparty_project_id", other),
            ValueFact("dependencies", i, "counterparty_owner", theirs),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
        ]
        word = _SV_STATUS[status]
        if word:
            values.append(ValueFact("dependencies", i, "status", word))
    _put(ws, 4, 1, rows)
    targets: Targets = {
        "A": ("id", None),  # audit: a plain row number, no id value
        "B": "counterparty_project_id",
        "C": "title",
        "D": "counterparty_owner",
        "E": "owner",
        "F": "need_by",
        "G": "committed_date",
        "H": "status",
        "I": None,
    }
    values.append(ValueFact("project", 0, "project_name", "Ny 15-metersantenn"))
    return Built(
        _save(wb, folder, "kiruna_beroendelogg"),
        [_one("dependencies", "Beroenden", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 6. Harwell: highlight report (English status report with RAG)
# ---------------------------------------------------------------------------------------

_RAG = {"G": "Green", "A": "Amber", "R": "Red"}
_HML = {"H": 5.0, "M": 3.0, "L": 1.0}
_UK_PEOPLE = ["Helen Shaw", "Rob Kettering", "Amira Said", "Gareth Price", "Fiona Doyle"]
_UK_MS = [
    "Design freeze",
    "Planning consent",
    "Contractor on site",
    "Exhibition fit-out starts",
    "Soft opening",
    "Handover to operations",
]
_UK_RISKS = [
    "Asbestos found during strip-out",
    "Exhibit loans not confirmed",
    "Contractor insolvency",
    "Accessibility audit raises late changes",
]


def harwell_highlight_report(folder: Path, rng: random.Random) -> Built:
    """A highlight report of a visitor-centre refurbishment: label / value block with RAG
    letters, a milestones table led by its lead, and a risks table with H / M / L."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Highlight Report")
    pm = rng.choice(_UK_PEOPLE)
    period = date(2026, rng.randint(2, 6), 1) - timedelta(days=1)
    overall, time_, cost, scope = (rng.choice("GAR") for _ in range(4))
    summary = rng.choice(
        [
            "Strip-out complete; M&E first fix under way. Exhibit design signed off.",
            "Planning consent received. Tender returns higher than estimate; VE exercise started.",
        ]
    )
    sro = rng.choice(_UK_PEOPLE)
    ws["A1"] = "HIGHLIGHT REPORT"
    block: list[list[object]] = [
        ["Project name", "Visitor Centre Refurbishment"],
        ["Project manager", pm],
        ["Senior Responsible Owner", sro],
        ["Reporting period ending", _dt(period)],
        ["Overall status", _RAG[overall]],
        ["Time", time_, "Cost", cost, "Scope", scope],
        ["Summary of progress this period", summary],
    ]
    _put(ws, 3, 1, block)
    ws["B6"].number_format = "dd/mm/yyyy"
    ms_top = 12
    ws.cell(ms_top - 1, 1, "Milestones")
    nm = rng.randint(4, 6)
    ms_rows: list[list[object]] = [
        ["Ref", "Lead", "Milestone", "Planned", "Revised forecast", "Completed", "Comments"]
    ]
    values: list[ValueFact] = []
    base = sorted(date(2025, 10, 1) + timedelta(days=rng.randrange(330)) for _ in range(nm))
    for i in range(nm):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 14, 28]))
        achieved = fc if fc < period else None
        lead = rng.choice(_UK_PEOPLE)
        ms_rows.append(
            [
                f"M{i + 1}",
                lead,
                _UK_MS[i],
                _dt(base[i]),
                _dt(fc),
                _dt(achieved) if achieved else None,
                rng.choice([None, "Weather delay", "Awaiting sign-off"]),
            ]
        )
        values += [
            ValueFact("milestones", i, "id", f"M-{i + 1:03d}"),  # audit: `M1` is M-001
            ValueFact("milestones", i, "owner", lead),
            ValueFact("milestones", i, "milestone", _UK_MS[i]),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if achieved:
            values.append(ValueFact("milestones", i, "actual_date", achieved))
    _put(ws, ms_top, 1, ms_rows)
    for col in "DEF":
        _fmt(ws, col, range(ms_top + 1, ms_top + nm + 1), "dd/mm/yyyy")
    rk_top = ms_top + nm + 3
    ws.cell(rk_top - 1, 1, "Key risks")
    nr = rng.randint(2, 4)
    rk_rows: list[list[object]] = [
        ["Ref", "Description", "Likelihood", "Impact", "Mitigating action", "Owner", "Trend"]
    ]
    for i, title in enumerate(rng.sample(_UK_RISKS, nr)):
        who = rng.choice(_UK_PEOPLE)
        p, imp = rng.choice("HML"), rng.choice("HML")
        rk_rows.append(
            [f"R{i + 1}", title, p, imp, "Survey / contingency held", who, rng.choice(["=", "up"])]
        )
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),  # audit: `R1` is R-001
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "probability", _HML[p]),
            ValueFact("risks", i, "impact", _HML[imp]),
            ValueFact("risks", i, "response", "Survey / contingency held"),  # audit
        ]
    _put(ws, rk_top, 1, rk_rows)
    values += [
        ValueFact("project", 0, "project_name", "Visitor Centre Refurbishment"),
        ValueFact("project", 0, "project_manager", pm),
        # audit (round 39): every audited batch maps `Senior Responsible Owner` to Sponsor
        ValueFact("project", 0, "sponsor", sro),
        ValueFact("project", 0, "report_date", period),
        ValueFact("project", 0, "overall_rag", _RAG[overall]),
        ValueFact("project", 0, "schedule_rag", _RAG[time_]),
        ValueFact("project", 0, "cost_rag", _RAG[cost]),
        ValueFact("project", 0, "scope_rag", _RAG[scope]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ms_t: Targets = {
        "A": "id",
        "B": "owner",
        "C": "milestone",
        "D": "baseline_date",
        "E": "forecast_date",
        "F": "actual_date",
        "G": None,
    }
    rk_t: Targets = {
        "A": "id",
        "B": "title",
        "C": "probability",
        "D": "impact",
        "E": "response",
        "F": "owner",
        "G": None,
    }
    return Built(
        _save(wb, folder, "harwell_highlight_report"),
        [
            _one("milestones", "Highlight Report", ms_top, ms_t, nm),
            _one("risks", "Highlight Report", rk_top, rk_t, nr),
        ],
        values,
    )


# ---------------------------------------------------------------------------------------
# 7. Madrid: plan de recursos (Spanish resource plan, days per month)
# ---------------------------------------------------------------------------------------

_ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_ES_STAFF = [
    ("Jefe de proyecto", "Lucía Martín"),
    ("Ingeniero de sistemas", "Javier Ortega"),
    ("Desarrollador", "Carmen Ruiz"),
    ("Desarrollador", "Pablo Navarro"),
    ("Ingeniero de pruebas", "Marta Gil"),
    ("Arquitecto", "Diego Serrano"),
]


def madrid_plan_recursos(folder: Path, rng: random.Random) -> Built:
    """A resource plan of a mission ground segment: jornadas per person per month, months
    as `ene-26` text, a company column, row and column totals."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Recursos")
    nm = rng.randint(4, 6)
    first = date(2026, rng.randint(1, 3), 1)
    months = _months(first, nm)
    ws["A1"] = "Plan de recursos - Segmento terreno"
    ws["A2"] = "Unidad: jornadas/mes"
    header: list[object] = ["Perfil", "Nombre", "Empresa"]
    header += [f"{_ES_MONTHS[m.month - 1]}-{m.year % 100:02d}" for m in months]
    header.append("Total")
    staff = rng.sample(_ES_STAFF, rng.randint(3, 5))
    rows: list[list[object]] = [header]
    grid: list[list[float]] = []
    for role, person in staff:
        days = [float(rng.randint(2, 20)) for _ in months]
        grid.append(days)
        rows.append(
            [role, person, rng.choice(["Agencia", "GMV-ext.", "Indra-ext."]), *days, sum(days)]
        )
    totals: list[object] = ["TOTAL", None, None]
    totals += [sum(g[m] for g in grid) for m in range(nm)]
    totals.append(sum(sum(g) for g in grid))
    rows.append(totals)
    _put(ws, 4, 1, rows)
    n = len(staff) * nm
    last = n - 1
    values = [
        ValueFact("resources", 0, "role", staff[0][0]),
        ValueFact("resources", 0, "person", staff[0][1]),
        ValueFact("resources", 0, "month", months[0]),
        ValueFact("resources", 0, "planned_days", grid[0][0]),
        ValueFact("resources", last, "role", staff[-1][0]),
        ValueFact("resources", last, "person", staff[-1][1]),
        ValueFact("resources", last, "month", months[-1]),
        ValueFact("resources", last, "planned_days", grid[-1][-1]),
    ]
    targets: Targets = {"A": "role", "B": "person", "C": None}
    return Built(
        _save(wb, folder, "madrid_plan_recursos"),
        [_one("resources", "Recursos", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 8. New Norcia: ERP cost export (Australian finance, long)
# ---------------------------------------------------------------------------------------

_ELEMENTS = [
    (610100, "Contract labour"),
    (620400, "Antenna structural works"),
    (630200, "Cryogenic LNA upgrade"),
    (640900, "Site power and UPS"),
    (650300, "Travel - FIFO"),
]


def new_norcia_erp_cost_export(folder: Path, rng: random.Random) -> Built:
    """An ERP cost export of a remote antenna site: one row per fiscal period and cost
    element (Australian year from July), actuals for closed periods only."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Export")
    header = [
        "Fiscal Year",
        "Period",
        "Period Start",
        "Cost Element",
        "Cost Element Descr",
        "Budget (AUD)",
        "Actual (AUD)",
        "Commitment (AUD)",
        "Forecast (AUD)",
    ]
    nm = rng.randint(4, 6)
    months = _months(date(2026, 7, 1), nm)
    closed = rng.randint(1, nm - 1)
    elements = rng.sample(_ELEMENTS, rng.randint(3, 4))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for p, m in enumerate(months):
        for code, descr in elements:
            budget = float(rng.randrange(4, 80) * 250)
            actual = round(budget * rng.uniform(0.7, 1.3), 2) if p < closed else None
            commit = float(rng.randrange(0, 20) * 100)
            forecast = actual if actual is not None else float(rng.randrange(4, 80) * 250)
            rows.append(["FY27", p + 1, _dt(m), code, descr, budget, actual, commit, forecast])
            key = (m, descr)
            values += [
                ValueFact("finance", key, "budget", budget),
                ValueFact("finance", key, "forecast", forecast),
            ]
            if actual is not None:
                values.append(ValueFact("finance", key, "actual", actual))
    _put(ws, 1, 1, rows)
    n = len(rows) - 1
    _fmt(ws, "C", range(2, n + 2), "d/mm/yyyy")
    for col in "FGHI":
        _fmt(ws, col, range(2, n + 2), "#,##0.00")
    targets: Targets = {
        "A": None,
        "B": None,
        "C": "month",
        "D": None,
        "E": "cost_line",
        # round 40's lead ruling (t50d): a column holding one measure's amounts is that
        # measure (`Budget (AUD)` the budget, as the 103rd's long export reads `Budget`);
        # `measure` is a column whose cells NAME the measure (the 103rd's, the 108th's)
        "F": "budget",
        "G": "actual",
        "I": "forecast",
    }
    # audit (round 39): `(AUD)` on every money header names one currency, on the list
    values.append(ValueFact("project", 0, "currency", "AUD"))
    return Built(
        _save(wb, folder, "new_norcia_erp_cost_export"),
        [_one("finance", "Export", 1, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 9. Kraków: rejestr założeń (Polish assumptions)
# ---------------------------------------------------------------------------------------

_ASSUMPTIONS_PL = [
    ("Dane Sentinel-2 pozostaną bezpłatne", "Dane"),
    ("Rolnicy udostępnią granice działek", "Użytkownicy"),
    ("Chmura obliczeniowa w regionie UE wystarczy", "IT"),
    ("Partner uniwersytecki dostarczy model plonów", "Partnerzy"),
    ("Budżet drugiego etapu zostanie zatwierdzony", "Finanse"),
    ("Aplikacja mobilna działa offline w terenie", "IT"),
]
_PL_PEOPLE = ["Katarzyna Nowak", "Piotr Wiśniewski", "Anna Zielińska", "Tomasz Wójcik"]
_PEWNOSC = {"wysoki": "High", "średni": "Medium", "niski": "Low"}
_PL_STATUS = {"otwarte": "Open", "potwierdzone": "Validated", "obalone": "Invalid"}


def krakow_rejestr_zalozen(folder: Path, rng: random.Random) -> Built:
    """An assumption register of a satellite-data service for farmers: the entry date
    first, what happens if false beside the assumption, how and by whom it is checked,
    dotted text dates, `Stan` in Polish."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Założenia")
    ws["A1"] = "Rejestr założeń projektu"
    ws["A2"] = "Projekt: Platforma danych satelitarnych dla rolnictwa"
    header = [
        "Data wpisu",
        "Założenie",
        "Jeśli się nie sprawdzi, to…",
        "Jak sprawdzimy",
        "Kto sprawdza",
        "Termin weryfikacji",
        "Stan",
        "Uwagi",
    ]
    n = rng.randint(4, 6)
    entered = _days(rng, n, date(2025, 12, 1))
    check = [d + timedelta(days=rng.randint(20, 90)) for d in entered]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (text, _area) in enumerate(rng.sample(_ASSUMPTIONS_PL, n)):
        who = rng.choice(_PL_PEOPLE)
        status = rng.choice(list(_PL_STATUS))
        if_false = rng.choice(
            ["Opóźnienie o 2 miesiące", "Koszt licencji danych", "Zmiana zakresu"]
        )
        rows.append(
            [
                _dmy(entered[i], "."),
                text,
                if_false,
                rng.choice(["Pismo do partnera", "Test pilotażowy", "Decyzja zarządu"]),
                who,
                _dmy(check[i], "."),
                status,
                rng.choice([None, "omówione na komitecie"]),
            ]
        )
        values += [
            ValueFact("assumptions", i, "raised_date", entered[i]),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "impact_if_false", if_false),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "validate_by", check[i]),
            ValueFact("assumptions", i, "status", _PL_STATUS[status]),
        ]
    _put(ws, 4, 1, rows)
    targets: Targets = {
        "A": "raised_date",
        "B": "assumption",
        "C": "impact_if_false",
        "E": "owner",
        "F": "validate_by",
        "G": "status",
    }
    values.append(
        ValueFact("project", 0, "project_name", "Platforma danych satelitarnych dla rolnictwa")
    )
    return Built(
        _save(wb, folder, "krakow_rejestr_zalozen"),
        [_one("assumptions", "Założenia", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 10. Dublin: one-sheet RAID log (English, mixed)
# ---------------------------------------------------------------------------------------

_RAID_IE = {
    "R": [
        "Schools may not sign up before summer",
        "Translation budget may be cut",
        "Quiz content fails the children's safeguarding review",
    ],
    "A": ["Content team can reuse the museum photos", "Hosting stays on the agency tenant"],
    "I": ["Accessibility checker flags the quiz pages", "Irish-language copy late from vendor"],
    "D": ["Single sign-on from the corporate IT project", "Image archive API from Data Office"],
}
_IE_PEOPLE = ["Siobhán Kelly", "Ciarán O'Brien", "Niamh Ryan", "Declan Moore", "Orla Fitzgerald"]
_RAID_REG = {"R": "risks", "A": "assumptions", "I": "issues", "D": "dependencies"}
_RAID_WORD = {"R": "Risk", "A": "Assumption", "I": "Issue", "D": "Dependency"}


def dublin_raid_log(folder: Path, rng: random.Random) -> Built:
    """A RAID log of an education and outreach portal with no reference column: the log
    date first, `Category` as words, `Who's on it`, a H / M / L rating for risks and
    issues, `Closed?` Y / N, day-first text dates without leading zeros."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "RAID Log"
    ws["A2"] = "Project: Education & Outreach Portal"
    header = [
        "Log date",
        "Category",
        "Item",
        "Who's on it",
        "Rating",
        "Latest position",
        "Next step by",
        "Closed?",
    ]
    kinds = ["R", "R", "A", "I", "I", "D", *rng.sample(["R", "A", "D"], rng.randint(0, 2))]
    rng.shuffle(kinds)
    n = len(kinds)
    raised = _days(rng, n, date(2026, 1, 6))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    used: dict[str, int] = {}
    for i, k in enumerate(kinds):
        reg = _RAID_REG[k]
        idx = counts.get(reg, 0)
        counts[reg] = idx + 1
        text = _RAID_IE[k][used.get(k, 0) % len(_RAID_IE[k])]
        used[k] = used.get(k, 0) + 1
        who = rng.choice(_IE_PEOPLE)
        imp = rng.choice("HML") if k in "RI" else None
        closed = rng.choice(["N", "N", "Y"])
        d = raised[i]
        nxt = d + timedelta(days=14)
        rows.append(
            [
                f"{d.day}/{d.month}/{d.year}",
                _RAID_WORD[k],
                text,
                who,
                imp,
                rng.choice(["Discussed at stand-up", "Chasing vendor", "On steering group agenda"]),
                f"{nxt.day}/{nxt.month}/{nxt.year}",
                closed,
            ]
        )
        values += [
            ValueFact(reg, idx, "assumption" if k == "A" else "title", text),
            ValueFact(reg, idx, "owner", who),
            ValueFact(reg, idx, "status", "Closed" if closed == "Y" else "Open"),
        ]
        if k != "D":  # a dependency has no raised date in the standard
            values.append(ValueFact(reg, idx, "raised_date", d))
        if imp and k == "I":
            # audit (round 39): a risk's one `Rating` with no likelihood beside it is its
            # impact or its overall rating (round 24's electoral commission log): no fact
            values.append(ValueFact(reg, idx, "severity", _HML[imp]))
    _put(ws, 4, 1, rows)
    targets: Targets = {
        "A": "raised_date",
        "B": "register",
        "C": ("title", "assumption"),
        "D": "owner",
        "E": ("impact", "severity", "rating", None),
        "H": "status",
    }
    values.append(ValueFact("project", 0, "project_name", "Education & Outreach Portal"))
    return Built(
        _save(wb, folder, "dublin_raid_log"),
        [TruthTable("RAID", 4, "raid", targets, counts)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 11. Lisboa: registo de riscos (Portuguese risks)
# ---------------------------------------------------------------------------------------

_RISCOS = [
    ("Atraso na licença de construção nos Açores", "Jurídico"),
    ("Aumento do preço do cabo submarino", "Financeiro"),
    ("Falha do fornecedor de antenas", "Fornecedor"),
    ("Integração com o sistema de missão mais complexa que o previsto", "Técnico"),
    ("Equipa de operações não contratada a tempo", "Cronograma"),
    ("Condições meteorológicas impedem a montagem", "Cronograma"),
]
_CAT_PT = {
    "Jurídico": "Legal",
    "Financeiro": "Financial",
    "Técnico": "Technical",
    "Cronograma": "Schedule",
}
_PROB_PT = ["Muito baixa", "Baixa", "Média", "Alta", "Muito alta"]
_IMP_PT = ["Muito baixo", "Baixo", "Médio", "Alto", "Muito alto"]
_RESP_PT = {"Mitigar": "Reduce", "Evitar": "Avoid", "Transferir": "Transfer", "Aceitar": "Accept"}
_ESTADO = {"Aberto": "Open", "Em monitorização": "Monitoring", "Fechado": "Closed"}
_PT_PEOPLE = ["João Silva", "Ana Costa", "Rui Pereira", "Inês Almeida", "Miguel Santos"]


def lisboa_registo_riscos(folder: Path, rng: random.Random) -> Built:
    """A risk register of an Atlantic operations centre: five-word probability and impact,
    a level column, response strategy in Portuguese, date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Riscos")
    ws["A1"] = "Registo de Riscos"
    ws["A2"] = "Projeto:"
    ws["B2"] = "Centro de Operações do Atlântico"
    header = [
        "Nº",
        "Data de identificação",
        "Descrição do risco",
        "Categoria",
        "Probabilidade",
        "Impacto",
        "Nível",
        "Estratégia de resposta",
        "Plano de ação",
        "Responsável",
        "Estado",
        "Data limite",
    ]
    n = rng.randint(4, 6)
    found = sorted(date(2025, 10, 1) + timedelta(days=rng.randrange(200)) for _ in range(n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, (text, cat) in enumerate(rng.sample(_RISCOS, n)):
        p, imp = rng.randrange(5), rng.randrange(5)
        score = (p + 1) * (imp + 1)
        level = "Alto" if score >= 12 else ("Médio" if score >= 5 else "Baixo")
        resp = rng.choice(list(_RESP_PT))
        who = rng.choice(_PT_PEOPLE)
        estado = rng.choice(list(_ESTADO))
        limit = found[i] + timedelta(days=rng.randint(30, 120))
        plan = rng.choice(["Reunião mensal com o fornecedor", "Seguro de obra", "Plano B local"])
        rows.append(
            [
                f"R-{i + 1:03d}",
                _dt(found[i]),
                text,
                cat,
                _PROB_PT[p],
                _IMP_PT[imp],
                level,
                resp,
                plan,
                who,
                estado,
                _dt(limit),
            ]
        )
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p + 1)),
            ValueFact("risks", i, "impact", float(imp + 1)),
            ValueFact("risks", i, "response_type", _RESP_PT[resp]),
            ValueFact("risks", i, "response", plan),  # audit: `Plano de ação`'s text
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", _ESTADO[estado]),
            ValueFact("risks", i, "due_date", limit),
        ]
        if cat in _CAT_PT:
            values.append(ValueFact("risks", i, "category", _CAT_PT[cat]))
    _put(ws, 4, 1, rows)
    for col in "BL":
        _fmt(ws, col, range(5, 5 + n), "dd/mm/yyyy")
    targets: Targets = {
        "A": "id",
        "B": "raised_date",
        "C": "title",
        "D": "category",
        "E": "probability",
        "F": "impact",
        "G": ("rating", None),  # audit: `Nível`, the band of P x I typed, no value
        "H": "response_type",
        "I": "response",
        "J": "owner",
        "K": "status",
        "L": "due_date",
    }
    values.append(ValueFact("project", 0, "project_name", "Centro de Operações do Atlântico"))
    return Built(
        _save(wb, folder, "lisboa_registo_riscos"), [_one("risks", "Riscos", 4, targets, n)], values
    )


# ---------------------------------------------------------------------------------------
# 12. Cologne: simulator upgrade issue and action log (English)
# ---------------------------------------------------------------------------------------

_SIM_ISSUES = [
    "Motion platform controller faults after firmware update",
    "Visual system lags behind cockpit inputs",
    "Crew procedures not updated for new panel layout",
    "Spare parts for hand controllers out of stock",
    "Instructor station cannot replay sessions",
    "Audio loop echo in debrief room",
    "Network scan blocks simulator licence server",
]
_SIM_PEOPLE = ["Ben Hartley", "Chiara Conti", "Lukas Weber", "Emma Dubois", "Oskar Nyström"]
_STATE = {"Open": "Open", "In work": "In Progress", "Closed": "Closed"}


def cologne_sim_issue_action_log(folder: Path, rng: random.Random) -> Built:
    """An issue and action log of an astronaut-training simulator upgrade, in English under
    an unlabelled title: date cells, a 1..4 severity, State words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    ws["A1"] = "Astronaut Training - Simulator Upgrade - Issue & Action Log"
    header = [
        "#",
        "Logged",
        "Logged by",
        "Issue",
        "Effect on training",
        "Action",
        "Action owner",
        "Due",
        "Sev (1-4)",
        "State",
        "Closed on",
    ]
    n = rng.randint(5, 7)
    logged = sorted(date(2026, 1, 5) + timedelta(days=rng.randrange(150)) for _ in range(n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(_SIM_ISSUES, n)):
        who = rng.choice(_SIM_PEOPLE)
        due = logged[i] + timedelta(days=rng.randint(5, 30))
        state = rng.choice(list(_STATE))
        closed = due - timedelta(days=rng.randint(0, 4)) if state == "Closed" else None
        rows.append(
            [
                i + 1,
                _dt(logged[i]),
                rng.choice(_SIM_PEOPLE),
                text,
                rng.choice(["Sessions cancelled", "Workaround in place", "None yet"]),
                rng.choice(["Vendor ticket raised", "Roll back firmware", "Re-plan sessions"]),
                who,
                _dt(due),
                rng.randint(1, 4),
                state,
                _dt(closed) if closed else None,
            ]
        )
        values += [
            ValueFact("issues", i, "raised_date", logged[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", _STATE[state]),
        ]
        if closed:
            values.append(ValueFact("issues", i, "closed_date", closed))
    _put(ws, 3, 1, rows)
    for col in "BHK":
        _fmt(ws, col, range(4, 4 + n), "dd/mm/yyyy")
    targets: Targets = {
        "A": ("id", None),  # audit: a plain row number, no id value
        "B": "raised_date",
        "C": None,
        "D": "title",
        "G": "owner",
        "H": "due_date",
        "I": "severity",
        "J": "status",
        "K": "closed_date",
    }
    return Built(
        _save(wb, folder, "cologne_sim_issue_action_log"),
        [_one("issues", "Issues", 3, targets, n)],
        values,
    )


HELD_OUT_110: tuple[Layout, ...] = (
    Layout(
        "noordwijk_payload_risk_register",
        "ECSS-style payload risk register of a science mission (English, Netherlands)",
        noordwijk_payload_risk_register,
    ),
    Layout(
        "darmstadt_offene_punkte",
        "German Offene-Punkte-Liste of a control-room refit",
        darmstadt_offene_punkte,
    ),
    Layout(
        "toulouse_releve_decisions",
        "French relevé de décisions of a ground-software project",
        toulouse_releve_decisions,
    ),
    Layout(
        "frascati_piano_milestone",
        "Italian milestone plan of an Earth-observation data archive",
        frascati_piano_milestone,
    ),
    Layout(
        "kiruna_beroendelogg",
        "Swedish dependency log of a new tracking antenna",
        kiruna_beroendelogg,
    ),
    Layout(
        "harwell_highlight_report",
        "UK highlight report with RAG letters, milestones and top risks",
        harwell_highlight_report,
    ),
    Layout(
        "madrid_plan_recursos",
        "Spanish resource plan in days per month",
        madrid_plan_recursos,
    ),
    Layout(
        "new_norcia_erp_cost_export",
        "Australian ERP cost export by fiscal period and cost element",
        new_norcia_erp_cost_export,
    ),
    Layout(
        "krakow_rejestr_zalozen",
        "Polish assumption register of a satellite-data service",
        krakow_rejestr_zalozen,
    ),
    Layout("dublin_raid_log", "Irish one-sheet RAID log of an outreach portal", dublin_raid_log),
    Layout(
        "lisboa_registo_riscos",
        "Portuguese risk register of an Atlantic operations centre",
        lisboa_registo_riscos,
    ),
    Layout(
        "cologne_sim_issue_action_log",
        "English issue and action log of an astronaut-training simulator upgrade",
        cologne_sim_issue_action_log,
    ),
)
