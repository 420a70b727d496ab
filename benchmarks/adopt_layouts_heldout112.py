"""Held-out, hundred-and-twelfth batch (round 39, task w120): TOOL EXPORTS AND METHOD
TEMPLATES.

Registers and trackers as the tools and methods hand them over: a list export from
ServiceNow, Azure DevOps, MS Project, Smartsheet, Asana, monday.com, Jira (its Dutch
interface), Wrike, ClickUp and Planview (their own column names, ID forms, date-time texts,
custom fields and status words), and registers kept on the MSP (UK government) and PMI /
PMBOK templates (their own headings, guidance rows and scales); in English, German, French, Spanish,
Brazilian Portuguese, Dutch, Japanese and Italian. Written from the writer's own picture
of each export, with no earlier batch opened for the format.

Layouts:

1. ``us_organ_donation_servicenow_problems``: a ServiceNow Problem list exported to XLSX
   (sheet ``Page 1``) by an organ donation network's IT team: ``Number`` (PRB00xxxxx),
   ``Opened`` / ``Updated`` / ``Resolved`` as ``yyyy-mm-dd hh:mm:ss`` text, ``Priority``
   ``1 - Critical`` .. ``5 - Planning``, ServiceNow's states (New, Assess, Root Cause
   Analysis, Fix in Progress, Resolved, Closed). Issues.
2. ``ie_campus_card_azure_devops_raid``: an Azure DevOps (CMMI process) tree query opened
   in Excel for a university's campus card renewal: the query line above the header
   (``Project:`` / ``Server:`` / ``Query:`` / ``List type: Tree``), ``Title 1`` for the
   parent Feature rows and ``Title 2`` for the risks and issues under them, ``Work Item
   Type``, ``Reason``, ``Assigned To`` as ``Name <email>``, ``Changed Date``,
   ``Probability`` 0-100, ``Impact`` High / Medium / Low, ``Due Date``. Risks and issues in
   one table (Feature rows are no item).
3. ``de_ziegelei_msproject_meilensteine``: MS Project (German) task table of a brickworks'
   tunnel kiln replacement: ``PSP-Code``, ``Vorgangsname`` with summary tasks,
   ``Meilenstein`` Ja/Nein, ``Geplantes Ende`` / ``Ende`` / ``Aktuelles Ende`` as ``Mo
   02.03.26`` text (``NV`` for none), ``Abweichung Ende`` in ``Tage``, ``Verantwortlich``.
   Milestones (the Ja rows).
4. ``fr_theatre_smartsheet_registre_risques``: a Smartsheet sheet (French) of a municipal
   theatre's stage machinery works: parent rows per ``Lot`` above their risks,
   ``Probabilité`` / ``Impact`` 1-5, a typed ``Criticité``, ``Catégorie``, ``Réponse``
   (Réduire, Éviter, Transférer, Accepter), ``Statut`` (Ouvert, Sous surveillance, Clos),
   ``Modifié`` date-time. Risks.
5. ``es_almazara_asana_dependencias``: an Asana project CSV (English column names,
   Spanish content and custom fields) of an olive oil mill's online shop: ``Section/Column``
   ``Recibimos (entrantes)`` / ``Entregamos (salientes)``, ``Due Date``, custom ``Fecha
   comprometida``, ``Estado`` (En plazo, En riesgo, Retrasada, Entregada). Dependencies.
6. ``br_odontologica_monday_decisoes``: a monday.com board export of a dental clinic
   chain's steering committee: board title, one group per month with its own header row
   (``Name | Subelementos | Decidido por | Status | Data | Justificativa | Item ID``).
   Decisions in two or three tables.
7. ``nl_gemaal_jira_knelpunten``: a Jira Excel export in the Dutch interface of a water
   board's pumping station renovation: the export's own lines above (``Jira``,
   ``Gegenereerd op ..``, the JQL), ``Sleutel`` GDV-nn, ``Samenvatting``, ``Status`` (Te
   doen, Bezig, Gereed), ``Prioriteit`` (Hoogste .. Laagste), ``Gemaakt`` / ``Bijgewerkt``
   / ``Opgelost`` as ``12/mrt/26 09:14`` text and ``Einddatum`` as ``26/mrt/26``,
   ``Niet toegewezen``, ``Aangepast veld (Onderdeel)``. Issues.
8. ``au_flying_doctor_wrike_risks``: a Wrike folder export of an aeromedical base fit-out:
   ``Title``, ``Parent folders``, custom workflow statuses, ``Importance``, AS/NZS words
   for ``Likelihood`` (Rare .. Almost Certain) and ``Consequence`` (Insignificant ..
   Catastrophic), a typed ``Risk Rating``, ``Link``. Risks.
9. ``jp_shoyu_clickup_milestones``: a ClickUp table view exported to Excel by a soy sauce
   brewery's export launch team: the space and list line above, ``Task Name``, statuses
   未着手 / 進行中 / 完了, ``Assignee``, custom ``当初予定日`` (the original date), ``Due
   date`` and ``Date done`` as ``2026/03/03`` text, ``担当部署``, ``Latest comment``,
   ``Task ID`` last. Milestones.
10. ``ca_fish_harvesters_planview_financials``: a Planview financial plan export of a
    fishermen's co-operative's catch traceability project: the entity block above
    (``Entity:``, ``Version:``, ``Currency: CAD``), one row per account and period
    (``Apr 2026``), ``Account Type`` Capital / Expense, ``Approved Budget``, ``Actuals``,
    ``Forecast``, ``Variance``, a ``Total`` row. Finance (long form).
11. ``gb_probate_msp_dependency_register``: an MSP programme dependency register kept by
    one project of a probate service modernisation programme: ``Programme:`` /
    ``Project:`` / ``Project Manager:`` labels, ``Dep. Ref`` DEP-nn, ``Providing Project /
    Body`` and ``Receiving Project / Body`` (the direction is which side the project is),
    ``Date Required`` / ``Date Forecast``, ``Counterparty Contact``, ``RAG``, ``Status``
    Open / Closed, and the template's italic guidance row under the headings.
    Dependencies.
12. ``it_pastificio_pmi_registro_assunzioni``: a PMI / PMBOK assumption and constraint log
    (Italian) of a pasta factory's packaging line: the assumptions table (``ID`` AS-01,
    ``Livello di confidenza`` Alta / Media / Bassa, ``Verificare entro``, ``Stato`` Aperta
    / Verificata / Non valida / Chiusa, ``Esito verifica``) and a constraints table below
    it (no register of the standard's). Assumptions.

Least-sure readings (no fact on any of these): the tools' own numbers (``PRB00..``,
Azure DevOps and Asana ids, ClickUp's ``86..`` task ids, the Smartsheet ``N°`` and
monday's ``Item ID``) are no per-register id (columns mapped to the id or left out, no
value); ServiceNow's ``3 - Moderate`` and ``5 - Planning``, Assess and Root Cause Analysis
(Open or In Progress), its ``Resolved`` time (resolved is not closed); Azure DevOps'
``Active`` / ``Proposed`` states, ``Assigned To`` with an email (owner mapped, no value),
``Mitigation Plan``; MS Project's ``% Abgeschlossen`` as a status and ``Abweichung Ende``
(slippage mapped or left out); the Smartsheet ``Sécurité`` and ``Fournisseur`` categories
(safety is not security; a supplier may be third party or commercial), the typed
``Criticité``; Asana's ``Equipo externo`` (a team, neither a project id nor a person),
``Completed At`` as a closed date, ``Notes`` as the deliverable; monday's ``Status`` and
two-person ``Decidido por`` cells; Jira's ``GDV-nn`` keys (the project's key, no issue
letter), ``Hoogste`` / ``Laagste`` (Critical or High; Low or nothing), ``Gereed`` (Resolved
or Closed) and its ``Opgelost`` date, ``Type issue``; Wrike's
``Identified`` / ``Treatment in progress`` statuses, ``Importance``, the typed rating, two
assignees; ClickUp's ``担当部署`` (a department, no owner) and ``Latest comment``; Planview's ``Variance``, the
account as a cost category; the MSP register's providing and receiving
columns (the counterparty project or the direction: mapped to either or left out; the
direction fact is read from which side the project named under ``Project:`` is), its
``RAG`` (no status), ``Last reviewed at Programme Board:`` (no report date);
Azure DevOps' ``Reason``, the Feature rows; the Italian constraints table; Planview's ``Entity:`` (an id and a name in one cell: no
project fact; ``Currency: CAD`` is read). Unlabelled title lines are no project names.

Audit (round 39, task a124; docs/adopt.md, "Round 39: the hundred-and-twelfth batch's truth
audited"): ServiceNow's ``3 - Moderate`` is the priority Medium (round 12's audit of the
same export: its four priorities are the standard's four in order); the MSP register's
labelled ``Programme:`` and ``Project:`` fields are the programme and the project name, and
the Italian log's ``Progetto:`` and ``Sponsor:`` the project name and the sponsor (a body,
as round 38's ``Auftraggeber:``); the Planview rows' ``Comment`` (a column the truth maps to
the notes) is each commented line's notes (round 23's audit of a months-down ``Comment``).
Three cells that contradicted themselves, with no draw changed and no fact moved:
ServiceNow's ``Updated`` time before its ``Resolved`` time on the same day (148 of seeds
0-199) and Jira's ``Bijgewerkt`` earlier on the day than the ``Gemaakt`` or ``Opgelost``
before it (55 of 200) have their two times swapped; Jira's ``Gegenereerd op`` (drawn in
May: on or before the last change listed at 195 of the 201 seeds 0-199 and 2026) is at
least the day after the last change the export lists, written as the export's other dates
(``03/jul/26``, the day in two digits).
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
    _one,
    _put,
    _save,
    _sheet,
)
from openpyxl.styles import Font

# ---------------------------------------------------------------------------------------
# 1. ServiceNow Problem list (US, organ donation network)
# ---------------------------------------------------------------------------------------

_US_PEOPLE = ["Dana Whitfield", "Marcus Bell", "Rosa Delgado", "Kevin O'Hara", "Tamika Reed"]
_SN_TITLES = [
    "Donor referral line drops calls after 20 minutes",
    "HL7 feed from St. Luke's delayed overnight",
    "Courier tracking map shows stale positions",
    "iTransplant sync job fails on null blood type",
    "Family consent e-form times out on tablets",
    "After-hours paging rota not loading",
    "Lab result attachments missing from case file",
    "Single sign-on loop for hospital liaisons",
    "Duplicate donor records after merge",
    "Reporting extract misses weekend referrals",
]
_SN_PRIORITY = {
    "1 - Critical": "Critical",
    "2 - High": "High",
    "3 - Moderate": "Medium",
    "4 - Low": "Low",
    "5 - Planning": None,
}
_SN_STATE = {
    "New": "Open",
    "Assess": None,
    "Root Cause Analysis": None,
    "Fix in Progress": "In Progress",
    "Resolved": "Resolved",
    "Closed": "Closed",
}


def _stamp(d: date, rng: random.Random) -> str:
    return f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def us_organ_donation_servicenow_problems(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Page 1")
    header = [
        "Number",
        "Opened",
        "Short description",
        "Priority",
        "State",
        "Assignment group",
        "Assigned to",
        "Category",
        "Updated",
        "Updated by",
        "Resolved",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(6, 10)
    titles = rng.sample(_SN_TITLES, n)
    opened = _days(rng, n, date(2026, 1, 8))
    for i in range(n):
        state = rng.choice(list(_SN_STATE))
        prio = rng.choice(list(_SN_PRIORITY))
        owner = "" if state == "New" and rng.random() < 0.6 else rng.choice(_US_PEOPLE)
        updated = opened[i] + timedelta(days=rng.randint(1, 30))
        resolved = _stamp(updated, rng) if state in ("Resolved", "Closed") else ""
        rows.append(
            [
                f"PRB00{rng.randint(41000, 49999)}",
                _stamp(opened[i], rng),
                titles[i],
                prio,
                state,
                rng.choice(["OPO Clinical Apps", "Service Desk", "Integration Team"]),
                owner or None,
                rng.choice(["Software", "Network", "Database", "Hardware"]),
                _stamp(updated, rng),
                rng.choice(["system", "dwhitfield", "mbell"]),
                resolved or None,
            ]
        )
        # audit (round 39): resolving is a change, so `Updated` is never earlier than
        # `Resolved` (both on the same day: the two times are swapped when drawn the
        # other way round)
        row = rows[-1]
        if resolved and resolved > str(row[8]):
            row[8], row[10] = row[10], row[8]
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "last_updated", updated),
        ]
        if owner:
            values.append(ValueFact("issues", i, "owner", owner))
        if _SN_PRIORITY[prio]:
            values.append(ValueFact("issues", i, "priority", _SN_PRIORITY[prio]))
        if _SN_STATE[state]:
            values.append(ValueFact("issues", i, "status", _SN_STATE[state]))
    _put(ws, 1, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            ("id", None),
            "raised_date",
            "title",
            "priority",
            "status",
            None,
            "owner",
            None,
            "last_updated",
            None,
            ("closed_date", None),
        ],
    )
    path = _save(wb, folder, "problem_export_opo")
    return Built(path, [_one("issues", "Page 1", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 2. Azure DevOps (CMMI) flat query in Excel (Ireland, campus card)
# ---------------------------------------------------------------------------------------

_IE_PEOPLE = [
    ("Aoibheann Kelleher", "akelleher"),
    ("Ciarán Mac Giolla", "cmacgiolla"),
    ("Deirdre Foley", "dfoley"),
    ("Eoin Hartnett", "ehartnett"),
]
_ADO_RISKS = [
    "Card printer vendor may end support for firmware v3",
    "Library turnstile integration could slip past September intake",
    "Student data sharing agreement not signed before go-live",
    "Cashless catering tills may not accept new card chip",
    "Residence door controllers could need rewiring",
]
_ADO_ISSUES = [
    "Photo upload rejects images over 2 MB",
    "Test cards encoded with wrong facility code",
    "Print credit balance not migrating",
    "Staff cards show expired date",
    "Self-service kiosk crashes on Irish fada characters",
]
_ADO_SEVERITY = ["1 - Critical", "2 - High", "3 - Medium", "4 - Low"]


def _band(pct: int) -> float:
    for top, level in ((10, 1.0), (30, 2.0), (50, 3.0), (70, 4.0)):
        if pct <= top:
            return level
    return 5.0


def ie_campus_card_azure_devops_raid(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Project: CampusCard"
    ws["C1"] = "Server: https://dev.azure.com/ucc-its"
    ws["E1"] = "Query: Shared Queries/Governance/RAID by feature"
    ws["I1"] = "List type: Tree"
    header = [
        "ID",
        "Work Item Type",
        "Title 1",
        "Title 2",
        "State",
        "Reason",
        "Assigned To",
        "Changed Date",
        "Probability",
        "Impact",
        "Due Date",
        "Mitigation Plan",
        "Tags",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    seen = {"risks": 0, "issues": 0}
    risk_pool = rng.sample(_ADO_RISKS, len(_ADO_RISKS))
    issue_pool = rng.sample(_ADO_ISSUES, len(_ADO_ISSUES))
    wid = rng.randint(2100, 2600)
    features = ["Card issuance", "Door access", "Cashless payments"][: rng.randint(2, 3)]
    sizes = [rng.randint(2, 3) for _ in features]
    kinds = ["Risk", "Issue"] + [rng.choice(["Risk", "Issue"]) for _ in range(sum(sizes) - 2)]
    rng.shuffle(kinds)
    for feature, size in zip(features, sizes, strict=True):
        wid += rng.randint(1, 9)
        rows.append(
            [wid, "Feature", feature, None, "Active", "Implementation started"] + [None] * 7
        )
        for _ in range(size):
            kind = kinds.pop()
            if not (risk_pool if kind == "Risk" else issue_pool):
                kind = "Issue" if kind == "Risk" else "Risk"
            reg = "risks" if kind == "Risk" else "issues"
            k = seen[reg]
            seen[reg] += 1
            title = (risk_pool if kind == "Risk" else issue_pool).pop()
            name, alias = rng.choice(_IE_PEOPLE)
            state = rng.choice(["Proposed", "Active", "Active", "Resolved", "Closed"])
            if kind == "Risk" and state == "Resolved":
                state = "Active"
            reason = {
                "Proposed": "New",
                "Active": "Accepted",
                "Resolved": "Fixed",
                "Closed": "Mitigated" if kind == "Risk" else "Verified",
            }[state]
            changed = date(2026, 2, 2) + timedelta(days=rng.randrange(80))
            due = changed + timedelta(days=rng.randint(10, 60))
            pct = rng.choice([10, 20, 25, 40, 50, 60, 75, 90]) if kind == "Risk" else None
            imp = rng.choice(["High", "Medium", "Low"]) if kind == "Risk" else None
            wid += rng.randint(1, 40)
            rows.append(
                [
                    wid,
                    kind,
                    None,
                    title,
                    state,
                    reason,
                    f"{name} <{alias}@ucc.ie>",
                    datetime(changed.year, changed.month, changed.day, rng.randint(8, 17), 4),
                    pct,
                    imp,
                    due,
                    "Agree fallback with vendor; weekly check-in" if kind == "Risk" else None,
                    rng.choice(["RAID", "RAID; Board", None]),
                ]
            )
            values += [
                ValueFact(reg, k, "title", title),
                ValueFact(reg, k, "last_updated", changed),
                ValueFact(reg, k, "due_date", due),
            ]
            if pct is not None and imp is not None:
                values.append(ValueFact(reg, k, "probability", _band(pct)))
                values.append(
                    ValueFact(reg, k, "impact", {"High": 5.0, "Medium": 3.0, "Low": 1.0}[imp])
                )
            if state == "Closed":
                values.append(ValueFact(reg, k, "status", "Closed"))
            elif state == "Resolved":
                values.append(ValueFact(reg, k, "status", "Resolved"))
    _put(ws, 2, 1, rows)
    for r in range(3, 2 + len(rows)):
        ws.cell(r, 8).number_format = "dd/mm/yyyy hh:mm"
        ws.cell(r, 11).number_format = "dd/mm/yyyy"
    targets: Targets = _cols(
        "A",
        [
            ("id", None),
            "register",
            # round 40's lead ruling (t51a): a tree query's first title level is the title
            # or left out (round 13 keeps both levels as the title)
            ("title", None),
            "title",
            "status",
            None,
            ("owner", None),
            "last_updated",
            ("probability", None),
            "impact",
            "due_date",
            ("response", None),
            None,
        ],
    )
    table = TruthTable("RAID", 2, "raid", targets, {k: v for k, v in seen.items() if v})
    path = _save(wb, folder, "CampusCard_RAID_query")
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 3. MS Project (German) task table, brickworks kiln
# ---------------------------------------------------------------------------------------

_DE_PEOPLE = ["H. Brüggemann", "Sabine Ortlepp", "Jens Kowalczyk", "Dr. Maren Thiel", "Uwe Rasch"]
_DE_DAYS = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
_DE_PHASES = [
    ("Genehmigung", ["Bauantrag einreichen", "BImSchG-Änderungsanzeige"], "Genehmigung erteilt"),
    (
        "Rückbau Altofen",
        ["Ofen abfahren und auskühlen", "Ofenwagen demontieren"],
        "Altofen rückgebaut",
    ),
    (
        "Neuer Tunnelofen",
        ["Fundament gießen", "Ofenmodule montieren", "Brenner einbauen"],
        "Ofen mechanisch fertig",
    ),
    ("Inbetriebnahme", ["Trockenaufheizen", "Probebrand Hintermauerziegel"], "Abnahme Tunnelofen"),
]


def _de_text(d: date) -> str:
    return f"{_DE_DAYS[d.weekday()]} {d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def de_ziegelei_msproject_meilensteine(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Vorgang_Tabelle1")
    header = [
        "PSP-Code",
        "Vorgangsname",
        "Meilenstein",
        "Geplantes Ende",
        "Ende",
        "Aktuelles Ende",
        "Abweichung Ende",
        "% Abgeschlossen",
        "Verantwortlich",
        "Notizen",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    cursor = date(2026, 1, 19) + timedelta(days=rng.randrange(20))
    k = 0
    today = date(2026, 5, 15)
    phases = _DE_PHASES[: rng.randint(3, 4)]
    if rng.random() < 0.5:
        phases = [("Projektstart", [], "Kick-off Ofenbauer"), *phases]
    for p, (phase, tasks, ms) in enumerate(phases, start=1):
        body: list[list[object]] = []
        for t, task in enumerate(tasks, start=1):
            dur = rng.randint(4, 25)
            fin = cursor + timedelta(days=dur)
            body.append(
                [
                    f"{p}.{t}",
                    f"   {task}",
                    "Nein",
                    _de_text(fin),
                    _de_text(fin),
                    _de_text(fin) if fin < today else "NV",
                    "0 Tage",
                    "100%" if fin < today else f"{rng.choice([0, 20, 50])}%",
                    rng.choice(_DE_PEOPLE),
                    None,
                ]
            )
            cursor = fin
        base = cursor + timedelta(days=rng.randint(1, 5))
        slip = rng.choice([0, 0, 3, 7, 12])
        fore = base + timedelta(days=slip)
        done = fore < today and rng.random() < 0.8
        owner = rng.choice(_DE_PEOPLE)
        body.append(
            [
                f"{p}.{len(tasks) + 1}",
                f"   {ms}",
                "Ja",
                _de_text(base),
                _de_text(fore),
                _de_text(fore) if done else "NV",
                f"{slip} Tage",
                "100%" if done else "0%",
                owner,
                "Abnahme mit TÜV" if "Abnahme" in ms else None,
            ]
        )
        rows.append(
            [
                str(p),
                phase,
                "Nein",
                _de_text(base),
                _de_text(fore),
                "NV",
                f"{slip} Tage",
                None,
                None,
                None,
            ]
        )
        rows += body
        values += [
            ValueFact("milestones", k, "milestone", ms),
            ValueFact("milestones", k, "baseline_date", base),
            ValueFact("milestones", k, "forecast_date", fore),
            ValueFact("milestones", k, "owner", owner),
        ]
        if done:
            values.append(ValueFact("milestones", k, "actual_date", fore))
        k += 1
        cursor = fore + timedelta(days=rng.randint(0, 6))
    _put(ws, 1, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            ("id", None),
            "milestone",
            None,
            "baseline_date",
            "forecast_date",
            "actual_date",
            ("slippage_days", None),
            None,
            "owner",
            None,
        ],
    )
    path = _save(wb, folder, "Tunnelofen_Zeitplan")
    return Built(path, [_one("milestones", "Vorgang_Tabelle1", 1, targets, k)], values)


# ---------------------------------------------------------------------------------------
# 4. Smartsheet (French) risk register, municipal theatre
# ---------------------------------------------------------------------------------------

_FR_PEOPLE = ["Élodie Marchand", "Bastien Lefort", "Nadia Benali", "Pierre-Yves Caradec"]
_FR_LOTS = {
    "Lot 1 – Machinerie scénique": [
        ("Livraison des porteuses motorisées retardée", "Fournisseur"),
        ("Charge admissible du gril insuffisante", "Technique"),
        ("Automate de commande non compatible", "Technique"),
    ],
    "Lot 2 – Sécurité incendie": [
        ("Avis défavorable de la commission de sécurité", "Juridique"),
        ("Rideau de fer à remplacer en plus", "Financier"),
        ("Désenfumage hors norme", "Sécurité"),
    ],
    "Lot 3 – Planning saison": [
        ("Chantier non terminé avant la saison", "Planning"),
        ("Dépassement du marché de maîtrise d'œuvre", "Financier"),
    ],
}
_FR_CAT = {
    "Technique": "Technical",
    "Financier": "Financial",
    "Juridique": "Legal",
    "Planning": "Schedule",
}
_FR_STATUS = {"Ouvert": "Open", "Sous surveillance": "Monitoring", "Clos": "Closed"}
_FR_RESP = {"Réduire": "Reduce", "Éviter": "Avoid", "Transférer": "Transfer", "Accepter": "Accept"}


def fr_theatre_smartsheet_registre_risques(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registre des risques")
    header = [
        "Risque",
        "N°",
        "Catégorie",
        "Probabilité",
        "Impact",
        "Criticité",
        "Responsable",
        "Identifié le",
        "Échéance",
        "Statut",
        "Réponse",
        "Mesures",
        "Modifié",
        "Modifié par",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    k = 0
    for lot, risks in _FR_LOTS.items():
        picked = [r for r in risks if rng.random() < 0.8] or risks[:1]
        rows.append([lot] + [None] * 13)
        for title, cat in picked:
            p, imp = rng.randint(1, 5), rng.randint(1, 5)
            owner = rng.choice(_FR_PEOPLE)
            ident = date(2025, 11, 3) + timedelta(days=rng.randrange(120))
            due = ident + timedelta(days=rng.randint(20, 90))
            status = rng.choice(list(_FR_STATUS))
            resp = rng.choice(list(_FR_RESP))
            mod = ident + timedelta(days=rng.randint(1, 40))
            measure = rng.choice(
                [
                    "Point hebdomadaire avec l'entreprise",
                    "Solution de repli chiffrée",
                    "Relance du bureau de contrôle",
                    "Provision dans le budget",
                ]
            )
            rows.append(
                [
                    title,
                    k + 1,
                    cat,
                    p,
                    imp,
                    p * imp,
                    owner,
                    ident,
                    due,
                    status,
                    resp,
                    measure,
                    datetime(mod.year, mod.month, mod.day, rng.randint(8, 19), rng.randint(0, 59)),
                    rng.choice(_FR_PEOPLE),
                ]
            )
            values += [
                ValueFact("risks", k, "title", title),
                ValueFact("risks", k, "probability", float(p)),
                ValueFact("risks", k, "impact", float(imp)),
                ValueFact("risks", k, "owner", owner),
                ValueFact("risks", k, "raised_date", ident),
                ValueFact("risks", k, "due_date", due),
                ValueFact("risks", k, "status", _FR_STATUS[status]),
                ValueFact("risks", k, "response_type", _FR_RESP[resp]),
                ValueFact("risks", k, "response", measure),
                ValueFact("risks", k, "last_updated", mod),
            ]
            if cat in _FR_CAT:
                values.append(ValueFact("risks", k, "category", _FR_CAT[cat]))
            k += 1
    _put(ws, 1, 1, rows)
    for r in range(2, len(rows) + 1):
        ws.cell(r, 8).number_format = "dd/mm/yy"
        ws.cell(r, 9).number_format = "dd/mm/yy"
        ws.cell(r, 13).number_format = "dd/mm/yy hh:mm"
        if ws.cell(r, 2).value is None:
            ws.cell(r, 1).font = Font(bold=True)
    targets: Targets = _cols(
        "A",
        [
            "title",
            ("id", None),
            "category",
            "probability",
            "impact",
            ("score", None),
            "owner",
            "raised_date",
            "due_date",
            "status",
            "response_type",
            "response",
            "last_updated",
            None,
        ],
    )
    path = _save(wb, folder, "Registre des risques - Theatre")
    return Built(path, [_one("risks", "Registre des risques", 1, targets, k)], values)


# ---------------------------------------------------------------------------------------
# 5. Asana CSV (Spanish content), olive oil mill online shop
# ---------------------------------------------------------------------------------------

_ES_PEOPLE = ["Rocío Martos", "Paco Jiménez", "Lucía Cabello", "Álvaro Ortega"]
_ES_IN = [
    ("Fichas de producto con análisis de acidez", "Laboratorio de calidad"),
    ("Tarifas de transporte refrigerado", "Logística (Jaén)"),
    ("Pasarela de pago Redsys en pruebas", "Caja Rural – Banca digital"),
    ("Textos legales revisados", "Asesoría jurídica"),
]
_ES_OUT = [
    ("Catálogo de referencias para el marketplace", "Distribuidor Madrid"),
    ("Stock diario por API", "Cooperativa de segundo grado"),
    ("Fotos de envases de 5 l", "Agencia de diseño"),
]
_ES_STATUS = {
    "En plazo": "On Track",
    "En riesgo": "At Risk",
    "Retrasada": "Late",
    "Entregada": "Delivered",
}


def es_almazara_asana_dependencias(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencias_Tienda_online")
    header = [
        "Task ID",
        "Created At",
        "Completed At",
        "Last Modified",
        "Name",
        "Section/Column",
        "Assignee",
        "Assignee Email",
        "Start Date",
        "Due Date",
        "Tags",
        "Notes",
        "Projects",
        "Parent task",
        "Estado",
        "Equipo externo",
        "Fecha comprometida",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    items = [(t, "in") for t in rng.sample(_ES_IN, rng.randint(2, 4))]
    items += [(t, "out") for t in rng.sample(_ES_OUT, rng.randint(2, 3))]
    for i, ((title, team), way) in enumerate(items):
        owner = rng.choice(_ES_PEOPLE)
        created = date(2026, 2, 2) + timedelta(days=rng.randrange(30))
        need = created + timedelta(days=rng.randint(20, 70))
        status = rng.choice(list(_ES_STATUS))
        if status == "Retrasada":
            committed = need + timedelta(days=rng.randint(3, 20))
        elif status == "En riesgo":
            committed = need + timedelta(days=rng.randint(1, 10))
        else:
            committed = need - timedelta(days=rng.randint(0, 7))
        done = committed if status == "Entregada" else None
        mod = created + timedelta(days=rng.randint(3, 25))
        if done and mod < done:
            mod = done  # completing the task is its last change
        rows.append(
            [
                str(1209000000000000 + rng.randrange(10**12)),
                created,
                done,
                mod,
                title,
                "Recibimos (entrantes)" if way == "in" else "Entregamos (salientes)",
                owner,
                owner.lower().split()[0].replace("í", "i").replace("á", "a") + "@oleosierra.es",
                None,
                need,
                "dependencia",
                rng.choice(["Ver correo del 12/02", "", "Confirmado en reunión semanal"]) or None,
                "Tienda online 2026",
                None,
                status,
                team,
                committed,
            ]
        )
        values += [
            ValueFact("dependencies", i, "title", title),
            ValueFact("dependencies", i, "direction", "Inbound" if way == "in" else "Outbound"),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "need_by", need),
            ValueFact("dependencies", i, "committed_date", committed),
            ValueFact("dependencies", i, "status", _ES_STATUS[status]),
            ValueFact("dependencies", i, "last_updated", mod),
        ]
    _put(ws, 1, 1, rows)
    for r in range(2, len(rows) + 1):
        for c in (2, 3, 4, 10, 17):
            ws.cell(r, c).number_format = "yyyy-mm-dd"
    targets: Targets = _cols(
        "A",
        [
            # round 40's lead ruling (t51a): a tool's own task number is the id or left out
            ("id", None),
            None,
            ("closed_date", None),
            "last_updated",
            "title",
            "direction",
            "owner",
            None,
            None,
            "need_by",
            None,
            ("deliverable", None),
            None,
            None,
            "status",
            ("counterparty_owner", "counterparty_project_id", None),
            "committed_date",
        ],
    )
    path = _save(wb, folder, "Tienda_online_2026_asana")
    table = _one("dependencies", "Dependencias_Tienda_online", 1, targets, len(items))
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 6. monday.com board export (Brazil), dental clinic chain decisions
# ---------------------------------------------------------------------------------------

_BR_PEOPLE = ["Ana Prado", "Caio Lins", "Dra. Helena Sá", "Rodrigo Tavares"]
_BR_DECISIONS = [
    ("Padronizar agenda online em todas as unidades", "Reduz faltas e ligações à recepção"),
    ("Contratar fornecedor único de radiografia digital", "Menor custo por exame e suporte local"),
    ("Adiar abertura da unidade Campinas para agosto", "Obra da fachada atrasada"),
    ("Aprovar teleorientação pós-operatória", "Pedido recorrente dos pacientes"),
    ("Migrar prontuários para nuvem certificada", "Exigência da LGPD e do CFO"),
    ("Não renovar contrato da central telefônica", "Agenda online cobre a demanda"),
    ("Treinar recepção no novo sistema em março", "Evitar fila no lançamento"),
    ("Unificar tabela de preços dos convênios", "Glosas frequentes"),
    ("Terceirizar esterilização na unidade Santos", "Autoclave antiga sem peças"),
    ("Manter horário estendido às sextas", "Ocupação acima de 90% após 18h"),
]


def br_odontologica_monday_decisoes(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisões do Comitê")
    ws["A1"] = "Registro de Decisões – Rede Sorriso Pleno"
    ws["A1"].font = Font(bold=True, size=14)
    header = ["Name", "Subelementos", "Decidido por", "Status", "Data", "Justificativa", "Item ID"]
    months = [
        (date(2026, 2, 1), "Fevereiro 2026"),
        (date(2026, 3, 1), "Março 2026"),
        (date(2026, 4, 1), "Abril 2026"),
    ]
    months = months[: rng.randint(2, 3)]
    pool = rng.sample(_BR_DECISIONS, len(_BR_DECISIONS))
    tables: list[TruthTable] = []
    values: list[ValueFact] = []
    row = 3
    k = 0
    targets: Targets = _cols(
        "A", ["decision", None, "made_by", None, "date", "rationale", ("id", None)]
    )
    for first, label in months:
        ws.cell(row, 1, label).font = Font(bold=True, color="579BFC")
        _put(ws, row + 1, 1, [header])
        n = rng.randint(2, 3)
        for j in range(n):
            text, why = pool.pop()
            who = rng.choice(_BR_PEOPLE)
            if rng.random() < 0.25:
                who = f"{who}, {rng.choice([p for p in _BR_PEOPLE if p != who])}"
            day = first + timedelta(days=rng.randrange(27))
            _put(
                ws,
                row + 2 + j,
                1,
                [
                    [
                        text,
                        None,
                        who,
                        rng.choice(["Aprovada", "Aprovada", "Rejeitada", "Em execução"]),
                        day,
                        why,
                        str(rng.randint(1800000000, 1899999999)),
                    ]
                ],
            )
            ws.cell(row + 2 + j, 5).number_format = "dd/mm/yyyy"
            values += [
                ValueFact("decisions", k, "decision", text),
                ValueFact("decisions", k, "date", day),
                ValueFact("decisions", k, "rationale", why),
            ]
            if "," not in who:
                values.append(ValueFact("decisions", k, "made_by", who))
            k += 1
        tables.append(_one("decisions", "Decisões do Comitê", row + 1, dict(targets), n))
        row += n + 3
    path = _save(wb, folder, "Decisoes_do_Comite_1741190000")
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# 7. Jira (Dutch interface) Excel export, pumping station
# ---------------------------------------------------------------------------------------

_NL_PEOPLE = [
    "Joris de Wit",
    "Femke Bakker",
    "Sander van Leeuwen",
    "Ilse Groen",
    "Ahmed El Idrissi",
]
_NL_TITLES = [
    "Vergunning lozingspunt nog niet binnen",
    "Vijzel 2 trilt boven 60% toerental",
    "Aansluiting netbeheerder later dan gepland",
    "Asbest aangetroffen in schakelkast",
    "Telemetrie valt weg bij noodstroom",
    "Bodemonderzoek toegangsweg ontbreekt",
    "Leverancier frequentieregelaars failliet",
    "Kraanopstelplaats te klein",
]
_NL_MAANDEN = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
_NL_STATUS = {"Te doen": "Open", "Bezig": "In Progress", "Gereed": None}
_NL_PRIO = {"Hoogste": None, "Hoog": "High", "Gemiddeld": "Medium", "Laag": "Low", "Laagste": None}


def _nl(d: date) -> str:
    return f"{d.day:02d}/{_NL_MAANDEN[d.month - 1]}/{d.year % 100:02d}"


def nl_gemaal_jira_knelpunten(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Jira")
    ws["A1"] = "Jira"
    generated = date(2026, 5, rng.randint(1, 28))
    ws["A3"] = "project = GDV AND type = Knelpunt ORDER BY created ASC"
    header = [
        "Sleutel",
        "Samenvatting",
        "Status",
        "Prioriteit",
        "Einddatum",
        "Toegewezen aan",
        "Gemaakt",
        "Opgelost",
        "Bijgewerkt",
        "Melder",
        "Aangepast veld (Onderdeel)",
        "Beschrijving",
        "Type issue",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(5, 8)
    titles = rng.sample(_NL_TITLES, n)
    made = _days(rng, n, date(2026, 1, 6))
    key = rng.randint(10, 40)
    latest = made[0]
    for i in range(n):
        status = rng.choice(list(_NL_STATUS))
        prio = rng.choice(list(_NL_PRIO))
        owner = rng.choice(_NL_PEOPLE) if rng.random() < 0.85 else None
        due = made[i] + timedelta(days=rng.randint(10, 45))
        done = made[i] + timedelta(days=rng.randint(3, 40)) if status == "Gereed" else None
        upd = (done or made[i]) + timedelta(days=rng.randint(0, 9))
        desc = rng.choice(
            ["Zie verslag bouwvergadering", "Aannemer maakt voorstel", "Afstemmen met peilbeheer"]
        )
        key += rng.randint(1, 6)
        t_made = f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
        t_done = f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}" if done else ""
        t_upd = f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}"
        # audit (round 39): an update on the day of the last change before it is never
        # earlier that day (the times are swapped; seed 2026 drew `Bijgewerkt` 11:23
        # under `Gemaakt` 12:54 the same day)
        if done and upd == done and t_upd < t_done:
            t_upd, t_done = t_done, t_upd
        elif not done and upd == made[i] and t_upd < t_made:
            t_upd, t_made = t_made, t_upd
        latest = max(latest, upd)
        rows.append(
            [
                f"GDV-{key}",
                titles[i],
                status,
                prio,
                _nl(due),
                owner or "Niet toegewezen",
                f"{_nl(made[i])} {t_made}",
                f"{_nl(done)} {t_done}" if done else None,
                f"{_nl(upd)} {t_upd}",
                rng.choice(_NL_PEOPLE),
                rng.choice(["Vijzels", "Elektra & besturing", "Civiel", "Vergunningen"]),
                desc,
                "Knelpunt",
            ]
        )
        values += [
            ValueFact("issues", i, "title", titles[i]),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "last_updated", upd),
            ValueFact("issues", i, "description", desc),
        ]
        if owner:
            values.append(ValueFact("issues", i, "owner", owner))
        if _NL_STATUS[status]:
            values.append(ValueFact("issues", i, "status", _NL_STATUS[status]))
        if _NL_PRIO[prio]:
            values.append(ValueFact("issues", i, "priority", _NL_PRIO[prio]))
    _put(ws, 5, 1, rows)
    # audit (round 39): the export is generated after every change it lists (seed 2026
    # drew `21/mei/26` above issues made on 15 and 28 June): the day after the last one
    generated = max(generated, latest + timedelta(days=1))
    ws["A2"] = f"Gegenereerd op {_nl(generated)} door Sander van Leeuwen"
    targets: Targets = _cols(
        "A",
        [
            ("id", None),
            "title",
            "status",
            "priority",
            "due_date",
            "owner",
            "raised_date",
            ("closed_date", None),
            "last_updated",
            None,
            None,
            "description",
            ("type", None),
        ],
    )
    path = _save(wb, folder, "Jira_GDV_knelpunten")
    return Built(path, [_one("issues", "Jira", 5, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 8. Wrike folder export (Australia), aeromedical base fit-out
# ---------------------------------------------------------------------------------------

_AU_PEOPLE = [
    "Kylie Nguyen",
    "Rob Tait",
    "Sharon McAllister",
    "Jarrah Collins",
    "Mitch Papadopoulos",
]
_AU_TITLES = [
    "Hangar door motor lead time blows out past wet season",
    "CASA approval of helipad lighting delayed",
    "Oxygen reticulation contractor unavailable in Broome",
    "Cyclone shutdown halts slab pour",
    "Cold chain fridge for blood products fails commissioning",
    "Crew quarters exceed budget after steel price rise",
    "Fuel farm bunding not to AS 1940",
    "Satellite link for telehealth not provisioned",
]
_AU_LIKE = ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain"]
_AU_CONS = ["Insignificant", "Minor", "Moderate", "Major", "Catastrophic"]
_AU_STATUS = {
    "Identified": None,
    "Treatment in progress": None,
    "Monitoring": "Monitoring",
    "Closed": "Closed",
}


def _au_rating(score: int) -> str:
    return "Low" if score <= 4 else "Medium" if score <= 9 else "High" if score <= 16 else "Extreme"


def au_flying_doctor_wrike_risks(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = [
        "Title",
        "Parent folders",
        "Status",
        "Importance",
        "Assigned To",
        "Created date",
        "Due Date",
        "Likelihood",
        "Consequence",
        "Risk Rating",
        "Treatment",
        "Link",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(5, 8)
    titles = rng.sample(_AU_TITLES, n)
    for i in range(n):
        li, co = rng.randint(1, 5), rng.randint(1, 5)
        status = rng.choice(list(_AU_STATUS))
        owner = rng.choice(_AU_PEOPLE)
        two = rng.random() < 0.2
        created = date(2025, 12, 1) + timedelta(days=rng.randrange(110))
        due = created + timedelta(days=rng.randint(14, 100))
        treat = rng.choice(
            [
                "Order long-lead items now; weekly supplier call",
                "Engage second contractor from Darwin",
                "Schedule works outside Nov-Apr",
                "Escalate to Base Manager",
            ]
        )
        rows.append(
            [
                titles[i],
                rng.choice(["Broome Base Fit-out/Risks", "Broome Base Fit-out/Risks/Aviation"]),
                status,
                rng.choice(["High", "Normal", "Low"]),
                f"{owner}, {rng.choice([p for p in _AU_PEOPLE if p != owner])}" if two else owner,
                created,
                due,
                _AU_LIKE[li - 1],
                _AU_CONS[co - 1],
                _au_rating(li * co),
                treat,
                f"https://www.wrike.com/open.htm?id={rng.randint(1100000000, 1199999999)}",
            ]
        )
        values += [
            ValueFact("risks", i, "title", titles[i]),
            ValueFact("risks", i, "raised_date", created),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "probability", float(li)),
            ValueFact("risks", i, "impact", float(co)),
            ValueFact("risks", i, "response", treat),
        ]
        if not two:
            values.append(ValueFact("risks", i, "owner", owner))
        if _AU_STATUS[status]:
            values.append(ValueFact("risks", i, "status", _AU_STATUS[status]))
    _put(ws, 1, 1, rows)
    for r in range(2, n + 2):
        ws.cell(r, 6).number_format = "dd/mm/yyyy"
        ws.cell(r, 7).number_format = "dd/mm/yyyy"
    targets: Targets = _cols(
        "A",
        [
            "title",
            None,
            "status",
            None,
            "owner",
            "raised_date",
            "due_date",
            "probability",
            "impact",
            ("rating", None),
            "response",
            None,
        ],
    )
    path = _save(wb, folder, "Wrike_Broome_Base_risks")
    return Built(path, [_one("risks", "Risks", 1, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 9. ClickUp table view export (Japan), soy sauce brewery export launch
# ---------------------------------------------------------------------------------------

_JA_PEOPLE = ["佐藤 健", "高橋 美咲", "伊藤 翔太", "渡辺 由美"]
_JA_MILESTONES = [
    "FDA食品施設登録完了",
    "英語ラベル版下確定",
    "輸出用ボトル初回生産",
    "EU有機認証取得",
    "現地代理店契約締結",
    "初回コンテナ出荷",
    "シンガポール展示会出展",
]
_JA_STATUS = {"未着手": "Not Started", "進行中": "In Progress", "完了": "Complete"}


def _ja(d: date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jp_shoyu_clickup_milestones(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "マイルストーン")
    ws["A1"] = "輸出立ち上げ 2026 › マイルストーン"
    header = [
        "Task Name",
        "Status",
        "Assignee",
        "当初予定日",
        "Due date",
        "Date done",
        "担当部署",
        "Latest comment",
        "Task ID",
    ]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    n = rng.randint(5, 7)
    names = _JA_MILESTONES[:n]
    base = _days(rng, n, date(2026, 2, 2))
    for i in range(n):
        slip = rng.choice([0, 0, 5, 14, 21])
        due = base[i] + timedelta(days=slip)
        if due < date(2026, 4, 1) and rng.random() < 0.8:
            status = "完了"
        else:
            status = rng.choice(["未着手", "進行中"])
        owner = rng.choice(_JA_PEOPLE)
        rows.append(
            [
                names[i],
                status,
                owner,
                _ja(base[i]),
                _ja(due),
                _ja(due) if status == "完了" else None,
                rng.choice(["海外営業部", "品質保証課", "製造部", "総務部"]),
                rng.choice([None, "代理店確認待ち", "社長承認済み", "書類は郵送済み"]),
                "86" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7)),
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", names[i]),
            ValueFact("milestones", i, "owner", owner),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", due),
            ValueFact("milestones", i, "status", _JA_STATUS[status]),
        ]
        if status == "完了":
            values.append(ValueFact("milestones", i, "actual_date", due))
    _put(ws, 3, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            "milestone",
            "status",
            "owner",
            "baseline_date",
            "forecast_date",
            "actual_date",
            None,
            None,
            # round 40's lead ruling (t51a): a tool's own task number is the id or left out
            ("id", None),
        ],
    )
    path = _save(wb, folder, "輸出立ち上げ_マイルストーン_view")
    return Built(path, [_one("milestones", "マイルストーン", 3, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 10. Planview financial plan export (Canada), fish harvesters' co-operative
# ---------------------------------------------------------------------------------------

_CA_ACCOUNTS = [
    ("Labour - Internal", "Expense"),
    ("Contract Services", "Capital"),
    ("Software Licences", "Expense"),
    ("Vessel Tablets & Scales", "Capital"),
    ("Travel - Outports", "Expense"),
]
_CA_MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]


def ca_fish_harvesters_planview_financials(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Financial Plan")
    _put(
        ws,
        1,
        1,
        [
            ["Planview Enterprise One - Financial Plan Export"],
            [
                "Entity:",
                "PRJ-004512 Catch Traceability (Fishermen's Co-op of the Northern Peninsula)",
            ],
            ["Version:", "Current Forecast"],
            ["Currency: CAD"],
            ["Exported by:", "m.penney", None, "Run date:", "2026-07-06"],
        ],
    )
    header = [
        "Account",
        "Account Type",
        "Period",
        "Approved Budget",
        "Actuals",
        "Forecast",
        "Variance",
        "Comment",
    ]
    rows: list[list[object]] = [header]
    values = [ValueFact("project", 0, "currency", "CAD")]
    accounts = [a for a in _CA_ACCOUNTS if rng.random() < 0.8] or _CA_ACCOUNTS[:2]
    n_months = rng.randint(4, 6)
    closed = rng.randint(2, 3)  # months with actuals
    tot = [0.0, 0.0, 0.0]
    count = 0
    for acct, kind in accounts:
        for m in range(n_months):
            month = date(2026, 4 + m, 1)
            budget = float(rng.randrange(20, 400) * 100)
            actual = round(budget * rng.uniform(0.7, 1.25), 2) if m < closed else None
            forecast = (
                actual
                if actual is not None
                else float(budget + rng.choice([0, 0, 500, -1000, 2500]))
            )
            rows.append(
                [
                    acct,
                    kind,
                    f"{_CA_MONTHS[m]} {month.year}",
                    budget,
                    actual,
                    forecast,
                    round(budget - forecast, 2),
                    rng.choice([None, None, "Accrual reversed", "Includes HST"]),
                ]
            )
            tot[0] += budget
            tot[1] += actual or 0.0
            tot[2] += forecast
            values += [
                ValueFact("finance", (month, acct), "budget", budget),
                ValueFact("finance", (month, acct), "forecast", forecast),
                ValueFact(
                    "finance", (month, acct), "capex_opex", "CapEx" if kind == "Capital" else "OpEx"
                ),
            ]
            if actual is not None:
                values.append(ValueFact("finance", (month, acct), "actual", actual))
            # audit (round 39): the `Comment` column is mapped to the notes, so a row's
            # comment is its line's notes (round 23's audit of a months-down `Comment`)
            note = rows[-1][7]
            if note:
                values.append(ValueFact("finance", (month, acct), "notes", note))
            count += 1
    rows.append(
        [
            "Total",
            None,
            None,
            tot[0],
            round(tot[1], 2),
            round(tot[2], 2),
            round(tot[0] - tot[2], 2),
            None,
        ]
    )
    _put(ws, 7, 1, rows)
    for r in range(8, 8 + len(rows)):
        for c in (4, 5, 6, 7):
            ws.cell(r, c).number_format = '"$"#,##0.00;[Red]-"$"#,##0.00'
    ws.cell(7 + len(rows) - 1, 1).font = Font(bold=True)
    targets: Targets = _cols(
        "A", ["cost_line", "capex_opex", "month", "budget", "actual", "forecast", None, "notes"]
    )
    table = TruthTable("Financial Plan", 7, "finance", targets, {"finance": count})
    path = _save(wb, folder, "PV_FinPlan_PRJ-004512")
    return Built(path, [table], values)


# ---------------------------------------------------------------------------------------
# 11. MSP programme dependency register (UK government template), probate service
# ---------------------------------------------------------------------------------------

_GB_PEOPLE = ["Fiona Marsh", "Gareth Pryce", "Oluwaseun Adeyemi", "Harriet Cole", "Stuart Lamb"]
_GB_DEPS = [
    ("Payment gateway contract novated to new supplier", "P1 Shared Platforms"),
    ("Caveat data migrated to case store", "P3 Data Migration"),
    ("Welsh translations of grant letters", "Welsh Language Unit"),
    ("Identity verification service live for citizens", "GOV.UK One Login"),
    ("Registry staff trained on new case screens", "P4 Business Change"),
    ("Solicitor portal API published", "P2 Digital Grant"),
    ("Scanning bureau contract extended", "Commercial Directorate"),
]


def gb_probate_msp_dependency_register(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dependencies")
    ours = "P2 Digital Grant"
    pm = rng.choice(_GB_PEOPLE)
    _put(
        ws,
        1,
        1,
        [
            ["Programme Dependency Register"],
            ["Programme:", "Probate Service Modernisation"],
            ["Project:", ours],
            ["Project Manager:", pm],
            ["Last reviewed at Programme Board:", f"{rng.randint(13, 28)}/04/2026"],
        ],
    )
    ws["A1"].font = Font(bold=True, size=16)
    header = [
        "Dep. Ref",
        "Dependency Description",
        "Providing Project / Body",
        "Receiving Project / Body",
        "Date Required",
        "Date Forecast",
        "Dependency Owner",
        "Counterparty Contact",
        "RAG",
        "Status",
        "Last Reviewed",
        "Comments",
    ]
    guide = [
        "DEP-nn",
        "What is needed, by whom, for what",
        "Who delivers",
        "Who needs it",
        "dd/mm/yyyy",
        "dd/mm/yyyy",
        "Accountable in this project",
        "Name in the other project / body",
        "R / A / G",
        "Open / Closed",
        "dd/mm/yyyy",
        "",
    ]
    _put(ws, 7, 1, [header, guide])
    for c in range(1, 13):
        ws.cell(7, c).font = Font(bold=True)
        ws.cell(8, c).font = Font(italic=True, color="808080")
    # audit (round 39): the labelled `Programme:` and `Project:` fields are the programme
    # and the project's name, as the `Project Manager:` beside them is its manager
    values = [
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "project_name", ours),
        ValueFact("project", 0, "programme", "Probate Service Modernisation"),
    ]
    n = rng.randint(4, 7)
    picked = rng.sample(_GB_DEPS, n)
    need = _days(rng, n, date(2026, 3, 2))
    for i, (text, other) in enumerate(picked):
        inbound = other != ours
        provider, receiver = (
            (other, ours)
            if inbound
            else (ours, rng.choice(["P4 Business Change", "HMCTS Finance"]))
        )
        fore = need[i] + timedelta(days=rng.choice([-14, -7, 0, 0, 10, 21]))
        rag = "Green" if fore <= need[i] else rng.choice(["Amber", "Red"])
        status = "Closed" if rng.random() < 0.2 else "Open"
        owner = rng.choice(_GB_PEOPLE)
        contact = rng.choice(["Bethan Morgan", "Ravi Chandra", "Lucy Fenwick", "Owen Price"])
        reviewed = date(2026, 4, 1) + timedelta(days=rng.randrange(25))
        r = 9 + i
        _put(
            ws,
            r,
            1,
            [
                [
                    f"DEP-{i + 1:02d}",
                    text,
                    provider,
                    receiver,
                    need[i],
                    fore,
                    owner,
                    contact,
                    rag,
                    status,
                    reviewed,
                    rng.choice([None, "Raised at PB 14/04", "Chased weekly"]),
                ]
            ],
        )
        for c in (5, 6, 11):
            ws.cell(r, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", "Inbound" if inbound else "Outbound"),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", fore),
            ValueFact("dependencies", i, "owner", owner),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "status", status),
            ValueFact("dependencies", i, "last_updated", reviewed),
        ]
    targets: Targets = _cols(
        "A",
        [
            "id",
            "title",
            ("counterparty_project_id", "direction", None),
            ("counterparty_project_id", "direction", None),
            "need_by",
            "committed_date",
            "owner",
            "counterparty_owner",
            None,
            "status",
            "last_updated",
            None,
        ],
    )
    path = _save(wb, folder, "PSM_P2_Dependency_Register")
    return Built(path, [_one("dependencies", "Dependencies", 7, targets, n)], values)


# ---------------------------------------------------------------------------------------
# 12. PMI assumption and constraint log (Italian), pasta factory
# ---------------------------------------------------------------------------------------

_IT_PEOPLE = ["Giulia Ferraresi", "Marco Bellandi", "Ing. Paolo Vitale", "Chiara De Santis"]
_IT_ASSUMPTIONS = [
    ("Il fornitore della termoformatrice consegna entro giugno", "Produzione"),
    ("La linea attuale resta in funzione durante il montaggio", "Produzione"),
    ("Il film compostabile supera i test di tenuta", "Qualità"),
    ("Il contributo regionale Industria 4.0 viene confermato", "Finanza"),
    ("Gli operatori del turno notte sono disponibili per la formazione", "Risorse umane"),
    ("La GDO accetta il nuovo formato da 750 g", "Commerciale"),
]
_IT_CONF = {"Alta": "High", "Media": "Medium", "Bassa": "Low"}
_IT_STATUS = {
    "Aperta": "Open",
    "Verificata": "Validated",
    "Non valida": "Invalid",
    "Chiusa": "Closed",
}


def it_pastificio_pmi_registro_assunzioni(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assunzioni e vincoli")
    _put(
        ws,
        1,
        1,
        [
            ["Registro delle assunzioni e dei vincoli"],
            ["Progetto:", "Nuova linea di confezionamento compostabile"],
            ["Sponsor:", "Direzione stabilimento di Gragnano"],
        ],
    )
    ws["A1"].font = Font(bold=True, size=14)
    header = [
        "ID",
        "Assunzione",
        "Area",
        "Responsabile",
        "Data registrazione",
        "Verificare entro",
        "Livello di confidenza",
        "Impatto se falsa",
        "Stato",
        "Esito verifica",
    ]
    rows: list[list[object]] = [header]
    # audit (round 39): the labelled `Progetto:` and `Sponsor:` fields are the project's
    # name and sponsor (a body, as round 38's `Auftraggeber: Domkapitel`)
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", "Nuova linea di confezionamento compostabile"),
        ValueFact("project", 0, "sponsor", "Direzione stabilimento di Gragnano"),
    ]
    n = rng.randint(4, 6)
    picked = rng.sample(_IT_ASSUMPTIONS, n)
    logged = _days(rng, n, date(2026, 1, 12))
    for i, (text, area) in enumerate(picked):
        owner = rng.choice(_IT_PEOPLE)
        check = logged[i] + timedelta(days=rng.randint(15, 60))
        conf = rng.choice(list(_IT_CONF))
        status = rng.choice(list(_IT_STATUS))
        outcome = {
            "Verificata": "Confermato per iscritto",
            "Non valida": "Smentita: ripianificare",
            "Chiusa": "Non più rilevante",
        }.get(status)
        impact = rng.choice(
            ["Ritardo avvio produzione", "Costi extra di imballo", "Perdita contributo"]
        )
        rows.append(
            [
                f"AS-{i + 1:02d}",
                text,
                area,
                owner,
                f"{logged[i].day:02d}/{logged[i].month:02d}/{logged[i].year}",
                f"{check.day:02d}/{check.month:02d}/{check.year}",
                conf,
                impact,
                status,
                outcome,
            ]
        )
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", text),
            ValueFact("assumptions", i, "owner", owner),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", check),
            ValueFact("assumptions", i, "confidence", _IT_CONF[conf]),
            ValueFact("assumptions", i, "impact_if_false", impact),
            ValueFact("assumptions", i, "status", _IT_STATUS[status]),
        ]
        if outcome:
            values.append(ValueFact("assumptions", i, "outcome", outcome))
    _put(ws, 5, 1, rows)
    low = 5 + len(rows) + 2
    ws.cell(low, 1, "VINCOLI").font = Font(bold=True)
    _put(
        ws,
        low + 1,
        1,
        [
            ["ID", "Vincolo", "Fonte", "Responsabile", "Note"],
            ["VI-01", "Fermo linea massimo 10 giorni lavorativi", "Direzione", _IT_PEOPLE[0], None],
            [
                "VI-02",
                "Budget capex non superiore a 1,2 M€",
                "CdA",
                _IT_PEOPLE[1],
                "Delibera di gennaio",
            ],
            [
                "VI-03",
                "Conformità MOCA per tutti i materiali a contatto",
                "Qualità",
                _IT_PEOPLE[3],
                None,
            ],
        ],
    )
    targets: Targets = _cols(
        "A",
        [
            "id",
            "assumption",
            None,
            "owner",
            "raised_date",
            "validate_by",
            "confidence",
            "impact_if_false",
            "status",
            "outcome",
        ],
    )
    path = _save(wb, folder, "Registro_assunzioni_linea_compostabile")
    return Built(path, [_one("assumptions", "Assunzioni e vincoli", 5, targets, n)], values)


HELD_OUT_112: tuple[Layout, ...] = (
    Layout(
        "us_organ_donation_servicenow_problems",
        "ServiceNow Problem list export (US organ donation network IT)",
        us_organ_donation_servicenow_problems,
    ),
    Layout(
        "ie_campus_card_azure_devops_raid",
        "Azure DevOps CMMI flat query in Excel: risks and issues (Irish university)",
        ie_campus_card_azure_devops_raid,
    ),
    Layout(
        "de_ziegelei_msproject_meilensteine",
        "MS Project (German) task table with milestones (brickworks kiln)",
        de_ziegelei_msproject_meilensteine,
    ),
    Layout(
        "fr_theatre_smartsheet_registre_risques",
        "Smartsheet risk register (French municipal theatre works)",
        fr_theatre_smartsheet_registre_risques,
    ),
    Layout(
        "es_almazara_asana_dependencias",
        "Asana CSV with Spanish custom fields: dependencies (olive oil mill shop)",
        es_almazara_asana_dependencias,
    ),
    Layout(
        "br_odontologica_monday_decisoes",
        "monday.com board export by month groups: decisions (Brazilian dental chain)",
        br_odontologica_monday_decisoes,
    ),
    Layout(
        "nl_gemaal_jira_knelpunten",
        "Jira Excel export in the Dutch interface (water board pumping station)",
        nl_gemaal_jira_knelpunten,
    ),
    Layout(
        "au_flying_doctor_wrike_risks",
        "Wrike folder export with AS/NZS likelihood and consequence (aeromedical base)",
        au_flying_doctor_wrike_risks,
    ),
    Layout(
        "jp_shoyu_clickup_milestones",
        "ClickUp table view export: milestones (Japanese soy sauce brewery)",
        jp_shoyu_clickup_milestones,
    ),
    Layout(
        "ca_fish_harvesters_planview_financials",
        "Planview financial plan export, one row per account and period (Canadian co-op)",
        ca_fish_harvesters_planview_financials,
    ),
    Layout(
        "gb_probate_msp_dependency_register",
        "MSP programme dependency register on a UK government template (probate service)",
        gb_probate_msp_dependency_register,
    ),
    Layout(
        "it_pastificio_pmi_registro_assunzioni",
        "PMI / PMBOK assumption and constraint log (Italian pasta factory)",
        it_pastificio_pmi_registro_assunzioni,
    ),
)
