"""The hundred-and-eighteenth held-out batch (round 40, task w126): ordinary workbooks of a
mixed portfolio, here the PMO of one stock exchange group (a market operator with
national venues, a clearing house, an index business and a data-centre estate). Its
projects are of many kinds (a matching-engine replacement, a clearing-house rebuild, an
index launch, a data-centre move, a fixed-income platform, a market-data platform), and
each keeps its workbooks by hand in its own country's words: half in English (United
Kingdom, Singapore, South Africa, Canada, Ireland, United States), half in other languages
(Polish, Brazilian Portuguese, Italian, Norwegian, Spanish, Turkish). Every layout was
invented from how such teams keep their sheets; no earlier batch was opened.

Layouts (builders ``(folder, rng) -> Built``):

1. ``uk_engine_raid_log``: one RAID table, `Ref | Type | Raised | Headline | Detail | Who
   owns it | RAG | Next step | Target date | Open/Closed`, a title and a `Last reviewed`
   line above; dates as date cells.
2. ``pl_rejestr_ryzyk``: Polish risk register, `Lp. | Opis ryzyka | Przyczyna / źródło |
   Kategoria | Prawdopodobieństwo (1-5) | Wpływ (1-5) | Ocena (P x W) | Właściciel ryzyka
   | Działania zapobiegawcze | Termin realizacji | Status`, `Projekt:` label above, dates
   as `dd.mm.yyyy` text, statuses `Otwarte` / `Monitorowane` / `Zamknięte`.
3. ``br_controle_pendencias``: Brazilian issue log, `Nº | Data de abertura | Pendência |
   Detalhamento | Área | Responsável | Criticidade | Status | Previsão de solução | Ação /
   Encaminhamento`, dates `dd/mm/yyyy` text.
4. ``sg_decision_log``: Singapore programme decision log, `S/N | Date | Forum | Decision |
   Background / Rationale | Decided by | Ref. to RAID | Remarks`, date cells.
5. ``it_registro_dipendenze``: Italian dependency register, status first, `Stato | Cod. |
   Cosa serve / cosa forniamo | Da / verso | Controparte (progetto o fornitore) | Serve
   entro il | Referente interno | Impatto se in ritardo | Data promessa | Contatto
   controparte`, dates `dd/mm/yyyy` text.
6. ``za_assumptions_register``: South African assumptions register, `No. | Assumption |
   Logged by | Date logged | How we'll test it | Test by | Confidence (H/M/L) | If wrong,
   then... | Status`, dates `yyyy/mm/dd` text.
7. ``no_milepelsplan``: Norwegian milestone plan grouped by phase, `Fase | Milepæl |
   Beslutningspunkt | Plan (BL) | Prognose | Avvik (dager) | Ferdig dato | Status |
   Ansvarlig`, `Ja` / `Nei`, dates `dd.mm.yyyy` text.
8. ``ca_status_report``: Canadian one-page status report: label/value block (`Project
   name:`, `Project manager:`, `Executive sponsor:`, `Report date:`, `Overall status:`
   Green / Yellow / Red), a risks table (`Risk | L | I | What we're doing about it | Lead
   | Trend`, H/M/L, arrows) and a `Blockers` table (`Issue / blocker | Since | Help needed
   from | Lead | Target resolution`).
9. ``es_seguimiento_economico``: Spanish finance tracker from an ERP extract, long form,
   line by line, `Cód. partida | Partida | Mes | CAPEX/OPEX | Importe presupuestado |
   Importe ejecutado | Desviación | Previsión | Observaciones`, months `ene-26` text,
   `Importes en euros (EUR)` above, a `Total` row below.
10. ``ie_resource_plan``: Irish resource plan, long form, `Team member | Role | Staff /
    Contractor | Month | Days planned | Days booked`, months as date cells.
11. ``tr_sorun_takip``: Turkish issue list, `Sıra No | Konu | Açıklama | Sorumlu | Açılış
    Tarihi | Öncelik | Durum | Hedef Tarih`, dates `dd.mm.yyyy` text.
12. ``us_grc_risk_export``: US GRC tool risk report, header row 1, `Risk Number | Risk
    Name | Risk Domain | Likelihood (Pre-Control) | Impact (Pre-Control) | Control
    Effectiveness | Likelihood (Post-Control) | Impact (Post-Control) | Treatment |
    Treatment Detail | Accountable Executive | Identified On | Lifecycle State`, dates
    `m/d/yyyy` text.

Least-sure readings (each gets no value fact): (1) the RAID log's `Ref` (one running
number across the types: the ID column, no value), its `RAG` (left out), a dependency's
`Target date` (need-by or committed) and the `Last reviewed` line (not surely a report
date); (2) the Polish `Lp.` (row numbers, left out) and `Ocena (P x W)` (the score, a
formula: no value); (3) the Brazilian `Nº` `001` (the ID column, no value), `Criticidade`
(severity or priority: the column either way, no value) and `Cancelada` (closed, or no
standard status); (4) the Singapore `S/N` (left out), `Forum` (left out) and `Ref. to
RAID` values (`R12`: linked, no value); (5) the Italian `Cod.` `DIP-01` (the ID column, no
value), `Da` / `Verso` (from / towards the other side: inbound / outbound to most, but
which side `Da` names can be read two ways, so the column is the direction and no value
has a fact), counterparties that are suppliers or teams (no counterparty value; project
codes `PRJ-nnnn` keep theirs) and `Impatto se in ritardo` (left out); (6) the South
African `No.` `AS-01` (the ID column, no value); (7) the Norwegian `Fase` (left out) and
`Avvik (dager)` (a slip worked out by hand: the slippage column, recomputed, no value);
(8) the Canadian `Yellow` RAG (Amber to most: no fact), the risks' `Trend` and the
blockers' `Help needed from` (left out); (9) the Spanish `Cód. partida` and `Desviación`
(left out) and its `Total` row (no line); (10) the Irish `Staff / Contractor` and `Days
booked` (left out); (11) the Turkish `Sıra No` (row numbers, left out); (12) the US
`Risk Number` `RSK-0042` (the ID column, no value), `Control Effectiveness` (left out),
`Mitigate` (Reduce to most: no fact), `Technology` and `Regulatory & Compliance` (no
category fact).

Audited in round 40 (task a130; docs/adopt.md, "Round 40: the hundred-and-eighteenth
batch's truth audited"), by the lead's rulings and the earlier audits: the Polish `Lp.`,
Singapore `S/N` and Turkish `Sıra No` (plain row numbers) are the ID column with no id
value; the per-register codes `DIP-01`, `AS-01` and `RSK-0078` are the IDs in the
standard's form (`D-001`, `A-001`, `R-078`: the number kept); the Italian `Da` / `Verso`
beside `Cosa serve / cosa forniamo` are Inbound / Outbound (what we need comes from the
other side, what we provide goes towards it) and `Contatto controparte` is the
counterparty owner, and the ESG data supply `dal provider esterno` now always reads `Da`
(it read `Verso` at some seeds: the row contradicted itself; the draw is kept so no other
cell moves); the Canadian `Yellow` is Amber (the audits of rounds 21, 22, 26 and 37) and the
`Schedule:` / `Budget:` / `Scope:` lines give the schedule, cost and scope RAGs; the
Polish `Kadrowe` (personnel) is People (as the Armenian `Կադրային`); the GRC `Mitigate` is
Reduce (as every earlier truth reads it). So the readings (1) .. (12) above of `Lp.`,
`S/N`, `Sıra No`, `DIP-01`, `Da` / `Verso`, `AS-01`, `Yellow`, `RSK-0042` and `Mitigate`
no longer hold.
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

UK_PEOPLE = ["Harriet Osei", "Callum Reid", "Imogen Parry", "Rajesh Kapoor", "Fiona McLeod"]
PL_PEOPLE = ["Katarzyna Wiśniewska", "Tomasz Zieliński", "Agnieszka Lewandowska", "Paweł Wójcik"]
BR_PEOPLE = ["Ana Paula Ribeiro", "Rodrigo Tavares", "Juliana Moura", "Felipe Albuquerque"]
SG_PEOPLE = ["Tan Wei Ming", "Nur Aisyah Rahman", "Priya Ramasamy", "Lim Jia Hui"]
IT_PEOPLE = ["Giulia Ferraris", "Matteo Colombo", "Chiara Bianchi", "Davide Esposito"]
ZA_PEOPLE = ["Thandiwe Mokoena", "Pieter du Plessis", "Ayesha Patel", "Sipho Ndlovu"]
NO_PEOPLE = ["Ingrid Haugen", "Lars Bakke", "Kari Nordmo", "Eirik Solberg"]
CA_PEOPLE = ["Geneviève Tremblay", "Daniel Whitehorse", "Meera Sandhu", "Owen MacDonald"]
IE_PEOPLE = ["Siobhán Kelly", "Ciarán Doyle", "Niamh Brennan", "Eoin Gallagher", "Aisling Ryan"]
TR_PEOPLE = ["Ayşe Demir", "Mehmet Kaya", "Elif Yıldız", "Burak Şahin"]
US_PEOPLE = ["Dana Whitfield", "Marcus Greene", "Rebecca Liu", "Carlos Mendez"]


# ---------------------------------------------------------------------------------------
# 1. United Kingdom: the matching-engine replacement's RAID log
# ---------------------------------------------------------------------------------------

_RAID_ROWS = [
    ("Risk", "Vendor's FIX gateway certification slips past go-live rehearsal"),
    ("Issue", "Latency test harness gives inconsistent percentiles"),
    ("Assumption", "Member firms will certify within the six-week window"),
    ("Dependency", "Colocation power upgrade in hall B"),
    ("Risk", "Market-making incentive scheme not approved by the board in time"),
    ("Issue", "Two members cannot reach the new test venue through their extranet"),
    ("Risk", "Regulator asks for a parallel-run report we have not scoped"),
    ("Dependency", "Reference data feed v3 from the data services team"),
    ("Assumption", "Current market-data licences cover the new venue's prices"),
    ("Issue", "Auction uncrossing algorithm differs from the rulebook text"),
]
_RAID_REG = {
    "Risk": "risks",
    "Issue": "issues",
    "Assumption": "assumptions",
    "Dependency": "dependencies",
}


def uk_engine_raid_log(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Matching Engine Replacement (MER) - RAID Log"
    ws["A2"] = "Last reviewed:"
    ws["C2"] = datetime(2026, 3, rng.randint(2, 27))
    header = [
        "Ref",
        "Type",
        "Raised",
        "Headline",
        "Detail",
        "Who owns it",
        "RAG",
        "Next step",
        "Target date",
        "Open/Closed",
    ]
    n = rng.randint(7, 10)
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    idx: dict[str, int] = {}
    for i in range(n):
        kind, headline = _RAID_ROWS[i]
        reg = _RAID_REG[kind]
        k = idx.get(reg, 0)
        idx[reg] = k + 1
        raised = date(2026, 1, 5) + timedelta(days=rng.randrange(70))
        target = raised + timedelta(days=rng.randint(10, 60))
        owner = rng.choice(UK_PEOPLE)
        state = rng.choice(["Open", "Open", "Closed"])
        rows.append(
            [
                f"MER-{i + 1:02d}",
                kind,
                raised,
                headline,
                rng.choice(["See workshop notes", "Raised at weekly stand-up", None]),
                owner,
                rng.choice(["R", "A", "G"]),
                rng.choice(["Chase vendor", "Escalate to SteerCo", "Agree plan with ops"]),
                target,
                state,
            ]
        )
        title_key = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, k, title_key, headline),
            ValueFact(reg, k, "owner", owner),
            ValueFact(reg, k, "status", state),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, k, "raised_date", raised))
        if reg in ("risks", "issues"):
            values.append(ValueFact(reg, k, "due_date", target))
        elif reg == "assumptions":
            values.append(ValueFact(reg, k, "validate_by", target))
    _put(ws, 4, 1, rows)
    for r in range(5, 5 + n):
        ws.cell(r, 3).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).number_format = "dd/mm/yyyy"
    targets = _cols(
        "A",
        [
            "id",
            "register",
            "raised_date",
            ("title", "assumption"),
            "description",
            "owner",
            None,
            ("response", "resolution"),
            ("due_date", "validate_by", "need_by", "committed_date"),
            "status",
        ],
    )
    table = TruthTable("RAID", 4, "raid", targets, idx)
    return Built(_save(wb, folder, "mer_raid_log"), [table], values)


# ---------------------------------------------------------------------------------------
# 2. Poland: the new trading system's risk register
# ---------------------------------------------------------------------------------------

_PL_RISKS = [
    ("Opóźnienie dostawy modułu aukcyjnego przez dostawcę", "Techniczne", "Technical"),
    ("Zmiana regulacji dotyczących raportowania transakcji", "Prawne", "Legal"),
    ("Odejście kluczowego architekta systemu", "Kadrowe", "People"),
    ("Niedostępność środowiska testowego dla członków giełdy", "Operacyjne", "Operational"),
    ("Przesunięcie terminu migracji danych historycznych", "Harmonogram", "Schedule"),
    ("Przekroczenie budżetu licencji bazy danych", "Finansowe", "Financial"),
    ("Błędy w przeliczaniu indeksów po migracji", "Techniczne", "Technical"),
    ("Brak akceptacji zmian regulaminu obrotu", "Prawne", "Legal"),
]
_PL_STATUS = {"Otwarte": "Open", "Monitorowane": "Monitoring", "Zamknięte": "Closed"}


def pl_rejestr_ryzyk(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rejestr ryzyk")
    ws["A1"] = "REJESTR RYZYK PROJEKTU"
    ws["A2"] = "Projekt:"
    ws["B2"] = "Nowy system notowań"
    ws["A3"] = "Kierownik projektu:"
    pm = rng.choice(PL_PEOPLE)
    ws["B3"] = pm
    header = [
        "Lp.",
        "Opis ryzyka",
        "Przyczyna / źródło",
        "Kategoria",
        "Prawdopodobieństwo (1-5)",
        "Wpływ (1-5)",
        "Ocena (P x W)",
        "Właściciel ryzyka",
        "Działania zapobiegawcze",
        "Termin realizacji",
        "Status",
    ]
    n = rng.randint(5, 8)
    picks = rng.sample(_PL_RISKS, n)
    dues = _days(rng, n, date(2026, 2, 1))
    rng.shuffle(dues)
    rows: list[list[object]] = [header]
    values = [
        ValueFact("project", 0, "project_name", "Nowy system notowań"),
        ValueFact("project", 0, "project_manager", pm),
    ]
    for i, (title, cat, cat_std) in enumerate(picks):
        p, w = rng.randint(1, 5), rng.randint(1, 5)
        owner = rng.choice(PL_PEOPLE)
        st = rng.choice(list(_PL_STATUS))
        r = 6 + i
        rows.append(
            [
                i + 1,
                title,
                rng.choice(["Dostawca", "Otoczenie regulacyjne", "Zespół projektu"]),
                cat,
                p,
                w,
                f"=E{r}*F{r}",
                owner,
                rng.choice(["Cotygodniowe spotkania z dostawcą", "Plan awaryjny", "Konsultacje"]),
                _dmy(dues[i], "."),
                st,
            ]
        )
        values += [
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(w)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "due_date", dues[i]),
            ValueFact("risks", i, "status", _PL_STATUS[st]),
        ]
        if cat_std:
            values.append(ValueFact("risks", i, "category", cat_std))
    _put(ws, 5, 1, rows)
    targets = _cols(
        "A",
        [
            "id",
            "title",
            None,
            "category",
            "probability",
            "impact",
            "score",
            "owner",
            "response",
            "due_date",
            "status",
        ],
    )
    return Built(
        _save(wb, folder, "rejestr_ryzyk_nsn"),
        [_one("risks", "Rejestr ryzyk", 5, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 3. Brazil: the clearing house rebuild's issue log ("controle de pendências")
# ---------------------------------------------------------------------------------------

_BR_ISSUES = [
    "Arquivo de margem chega fora do horário",
    "Divergência no cálculo de garantias",
    "Participante não consegue acessar ambiente de homologação",
    "Certificado digital expirado no servidor de mensageria",
    "Relatório de liquidação com totais divergentes",
    "Falta de massa de testes para opções",
    "Atraso na entrega do layout de arquivos pelo fornecedor",
]
_BR_STATUS = {
    "Aberta": "Open",
    "Em andamento": "In Progress",
    "Resolvida": "Resolved",
    "Cancelada": None,
}


def br_controle_pendencias(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Pendências")
    ws["A1"] = "Controle de Pendências - Nova Câmara de Compensação"
    header = [
        "Nº",
        "Data de abertura",
        "Pendência",
        "Detalhamento",
        "Área",
        "Responsável",
        "Criticidade",
        "Status",
        "Previsão de solução",
        "Ação / Encaminhamento",
    ]
    n = rng.randint(5, 7)
    opened = _days(rng, n, date(2026, 1, 12))
    due = [d + timedelta(days=rng.randint(7, 40)) for d in opened]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        owner = rng.choice(BR_PEOPLE)
        st = rng.choice(list(_BR_STATUS))
        rows.append(
            [
                f"{i + 1:03d}",
                _dmy(opened[i]),
                _BR_ISSUES[i],
                rng.choice(["Ver ata da reunião", "Reportado pelo participante", None]),
                rng.choice(["TI", "Risco", "Operações", "Jurídico"]),
                owner,
                rng.choice(["Alta", "Média", "Baixa"]),
                st,
                _dmy(due[i]),
                rng.choice(["Abrir chamado no fornecedor", "Reunião com a área", "Aguardando"]),
            ]
        )
        values += [
            ValueFact("issues", i, "title", _BR_ISSUES[i]),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "owner", owner),
        ]
        if _BR_STATUS[st]:
            values.append(ValueFact("issues", i, "status", _BR_STATUS[st]))
    _put(ws, 3, 1, rows)
    targets = _cols(
        "A",
        [
            "id",
            "raised_date",
            "title",
            "description",
            None,
            "owner",
            ("severity", "priority"),
            "status",
            "due_date",
            "resolution",
        ],
    )
    # the due dates are a forecast of the fix, so a fact too
    values += [ValueFact("issues", i, "due_date", due[i]) for i in range(n)]
    return Built(
        _save(wb, folder, "controle_pendencias_ccp"),
        [_one("issues", "Pendências", 3, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 4. Singapore: the post-trade programme's decision log
# ---------------------------------------------------------------------------------------

_SG_DECISIONS = [
    ("Adopt T+1 settlement cycle for equities from Q4", "Aligns with regional markets"),
    ("Retire the legacy depository interface after parallel run", "Cost of dual running"),
    ("Use vendor's cloud-hosted UAT instead of on-premise", "Faster environment lead time"),
    ("Defer corporate actions automation to phase 2", "Scope too large for phase 1"),
    ("Appoint an independent assurance partner", "Requested by the audit committee"),
    ("Freeze rulebook changes six weeks before go-live", "Members need a stable target"),
]


def sg_decision_log(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decision Log")
    ws["A1"] = "Post-Trade Modernisation Programme — Decision Log"
    ws.merge_cells("A1:H1")
    header = [
        "S/N",
        "Date",
        "Forum",
        "Decision",
        "Background / Rationale",
        "Decided by",
        "Ref. to RAID",
        "Remarks",
    ]
    n = rng.randint(4, 6)
    days = sorted(date(2026, 1, 8) + timedelta(days=rng.randrange(90)) for _ in range(n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        text, why = _SG_DECISIONS[i]
        who = rng.choice(SG_PEOPLE)
        rows.append(
            [
                i + 1,
                days[i],
                rng.choice(["SteerCo", "Design Authority", "Programme Board"]),
                text,
                why,
                who,
                rng.choice([f"R{rng.randint(1, 30)}", f"I{rng.randint(1, 20)}", None]),
                rng.choice(["Noted by members' committee", None]),
            ]
        )
        values += [
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "date", days[i]),
            ValueFact("decisions", i, "made_by", who),
            ValueFact("decisions", i, "rationale", why),
        ]
    _put(ws, 3, 1, rows)
    for r in range(4, 4 + n):
        ws.cell(r, 2).number_format = "d-mmm-yy"
    targets = _cols(
        "A", ["id", "date", None, "decision", "rationale", "made_by", "linked_ids", None]
    )
    return Built(
        _save(wb, folder, "ptm_decision_log"),
        [_one("decisions", "Decision Log", 3, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 5. Italy: the ESG index programme's dependency register
# ---------------------------------------------------------------------------------------

_IT_DEPS = [
    "Fornitura dati ESG dal provider esterno",
    "Nuovo feed prezzi real-time",
    "Approvazione del regolamento dell'indice",
    "Ambiente di calcolo in cloud",
    "Pubblicazione sul sito istituzionale",
    "Licenza marchio per i prodotti ETF",
]
_IT_STATUS = {
    "Aperta": "Open",
    "In linea": "On Track",
    "A rischio": "At Risk",
    "In ritardo": "Late",
    "Consegnata": "Delivered",
}


def it_registro_dipendenze(folder: Path, rng: random.Random) -> Built:
    """Kept by the programme office: status first (the colour people scan), then what is
    needed, from whom, by when; the agreed date and the other side's contact at the end."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Dipendenze")
    ws["A1"] = "Registro delle dipendenze – Programma Indici ESG"
    ws["A2"] = "Aggiornare prima del SAL del lunedì"
    header = [
        "Stato",
        "Cod.",
        "Cosa serve / cosa forniamo",
        "Da / verso",
        "Controparte (progetto o fornitore)",
        "Serve entro il",
        "Referente interno",
        "Impatto se in ritardo",
        "Data promessa",
        "Contatto controparte",
    ]
    n = rng.randint(4, 6)
    need = _days(rng, n, date(2026, 2, 2))
    agreed = [d + timedelta(days=rng.randint(-5, 20)) for d in need]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        # the ESG data supply comes "dal provider esterno": inbound whatever is drawn (the
        # draw is kept so that no other cell moves)
        inbound = rng.random() < 0.6 or i == 0
        if rng.random() < 0.5:
            other: str = f"PRJ-{rng.randint(4000, 4999)}"
            values.append(ValueFact("dependencies", i, "counterparty_project_id", other))
        else:
            other = rng.choice(["Fornitore dati ESG", "Ufficio legale", "Team infrastruttura"])
        mine = rng.choice(IT_PEOPLE)
        st = rng.choice(list(_IT_STATUS))
        rows.append(
            [
                st,
                f"DIP-{i + 1:02d}",
                _IT_DEPS[i],
                "Da" if inbound else "Verso",
                other,
                _dmy(need[i]),
                mine,
                rng.choice(["Slitta il lancio", "Nessuno", "Costi aggiuntivi"]),
                _dmy(agreed[i]),
                (contact := rng.choice(["M. Rinaldi", "S. Conti", "F. Gallo"])),
            ]
        )
        values += [
            ValueFact("dependencies", i, "id", f"D-{i + 1:03d}"),
            ValueFact("dependencies", i, "direction", "Inbound" if inbound else "Outbound"),
            ValueFact("dependencies", i, "counterparty_owner", contact),
            ValueFact("dependencies", i, "title", _IT_DEPS[i]),
            ValueFact("dependencies", i, "owner", mine),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", agreed[i]),
            ValueFact("dependencies", i, "status", _IT_STATUS[st]),
        ]
    _put(ws, 4, 1, rows)
    targets = _cols(
        "A",
        [
            "status",
            "id",
            "title",
            "direction",
            "counterparty_project_id",
            "need_by",
            "owner",
            None,
            "committed_date",
            "counterparty_owner",
        ],
    )
    return Built(
        _save(wb, folder, "registro_dipendenze_esg"),
        [_one("dependencies", "Dipendenze", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 6. South Africa: the sustainability index launch's assumptions register
# ---------------------------------------------------------------------------------------

_ZA_ASSUMPTIONS = [
    "Issuers will publish carbon data by the March deadline",
    "The index methodology committee meets monthly",
    "Existing market-data contracts allow redistribution of the index",
    "Two asset managers will list a tracker within a year",
    "No new FSCA disclosure rules before launch",
    "The calculation agent's platform scales to 400 constituents",
]
_HML = {"H": "High", "M": "Medium", "L": "Low"}


def za_assumptions_register(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Assumptions")
    ws["A1"] = "Sustainability Index Launch"
    ws["A2"] = "Assumptions Register (review at every fortnightly project meeting)"
    header = [
        "No.",
        "Assumption",
        "Logged by",
        "Date logged",
        "How we'll test it",
        "Test by",
        "Confidence (H/M/L)",
        "If wrong, then...",
        "Status",
    ]
    n = rng.randint(4, 6)
    logged = sorted(date(2026, 1, 5) + timedelta(days=rng.randrange(60)) for _ in range(n))
    test_by = [d + timedelta(days=rng.randint(20, 90)) for d in logged]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(ZA_PEOPLE)
        conf = rng.choice(list(_HML))
        st = rng.choice(["Open", "Open", "Validated", "Invalid"])
        rows.append(
            [
                f"AS-{i + 1:02d}",
                _ZA_ASSUMPTIONS[i],
                who,
                f"{logged[i]:%Y/%m/%d}",
                rng.choice(["Ask the issuers' forum", "Check contract clause", "Load test"]),
                f"{test_by[i]:%Y/%m/%d}",
                conf,
                rng.choice(["Launch slips a quarter", "Re-scope the index", "Extra cost"]),
                st,
            ]
        )
        values += [
            ValueFact("assumptions", i, "id", f"A-{i + 1:03d}"),
            ValueFact("assumptions", i, "assumption", _ZA_ASSUMPTIONS[i]),
            ValueFact("assumptions", i, "owner", who),
            ValueFact("assumptions", i, "raised_date", logged[i]),
            ValueFact("assumptions", i, "validate_by", test_by[i]),
            ValueFact("assumptions", i, "confidence", _HML[conf]),
            ValueFact("assumptions", i, "status", st),
        ]
    _put(ws, 4, 1, rows)
    targets = _cols(
        "A",
        [
            "id",
            "assumption",
            "owner",
            "raised_date",
            None,
            "validate_by",
            "confidence",
            "impact_if_false",
            "status",
        ],
    )
    return Built(
        _save(wb, folder, "sil_assumptions"),
        [_one("assumptions", "Assumptions", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 7. Norway: the data-centre move's milestone plan
# ---------------------------------------------------------------------------------------

_NO_MILESTONES = [
    "Kontrakt med ny datasenterleverandør signert",
    "Nettverk mellom gamle og nye lokaler etablert",
    "Testmiljø flyttet",
    "Generalprøve med medlemmene",
    "Produksjon flyttet over helgen",
    "Gammelt datasenter avviklet",
    "Sluttrapport godkjent av styringsgruppen",
]
_NO_STATUS = {
    "Ikke startet": "Not Started",
    "Pågår": "In Progress",
    "Fullført": "Complete",
    "Forsinket": "Late",
}


def no_milepelsplan(folder: Path, rng: random.Random) -> Built:
    """Grouped by phase, the decision points marked, the slip in days worked out by hand,
    the person responsible last."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milepæler")
    ws["A1"] = "Milepælsplan – Flytting av datasenter"
    ws["A2"] = "Oppdatert av PMO"
    header = [
        "Fase",
        "Milepæl",
        "Beslutningspunkt",
        "Plan (BL)",
        "Prognose",
        "Avvik (dager)",
        "Ferdig dato",
        "Status",
        "Ansvarlig",
    ]
    n = rng.randint(5, 7)
    base = _days(rng, n, date(2026, 1, 20))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(NO_PEOPLE)
        gate = rng.random() < 0.4
        st = rng.choice(list(_NO_STATUS))
        slip = rng.choice([0, 0, 7, 14, 21])
        fc = base[i] + timedelta(days=slip)
        actual = fc if st == "Fullført" else None
        rows.append(
            [
                "Fase 1 – Forberedelse" if i < 3 else "Fase 2 – Flytting",
                _NO_MILESTONES[i],
                "Ja" if gate else "Nei",
                _dmy(base[i], "."),
                _dmy(fc, "."),
                slip,
                _dmy(actual, ".") if actual else None,
                st,
                who,
            ]
        )
        values += [
            ValueFact("milestones", i, "milestone", _NO_MILESTONES[i]),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "gate", "Y" if gate else "N"),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
            ValueFact("milestones", i, "status", _NO_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    _put(ws, 4, 1, rows)
    targets = _cols(
        "A",
        [
            None,
            "milestone",
            "gate",
            "baseline_date",
            "forecast_date",
            "slippage_days",
            "actual_date",
            "status",
            "owner",
        ],
    )
    return Built(
        _save(wb, folder, "milepelsplan_datasenter"),
        [_one("milestones", "Milepæler", 4, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 8. Canada: the listings portal's one-page status report
# ---------------------------------------------------------------------------------------

_CA_RISKS = [
    "Issuer onboarding volumes exceed support capacity",
    "French-language content not ready for launch",
    "Identity provider contract renewal delayed",
    "Securities commission review extends timeline",
]
_CA_ISSUES = [
    "Accessibility audit found 14 blocking defects",
    "Payment gateway sandbox unavailable",
    "Content translation backlog",
]


def ca_status_report(folder: Path, rng: random.Random) -> Built:
    """The PM's one-pager: the label block, a line of accomplishments, then two small
    tables typed straight into the sheet (risks with single-letter L / I columns and a
    trend arrow; blockers with the date they began and whose help is needed)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status Report")
    pm, sponsor = rng.sample(CA_PEOPLE, 2)
    report = date(2026, 3, 1) + timedelta(days=rng.randrange(40))
    overall = rng.choice(["Green", "Yellow", "Red"])
    schedule = rng.choice(["Green", "Yellow"])
    budget = rng.choice(["Green", "Yellow"])
    ws["A1"] = "PROJECT STATUS REPORT"
    block: list[list[object]] = [
        ["Project name:", "Issuer Services Portal"],
        ["Project manager:", pm],
        ["Executive sponsor:", sponsor],
        ["Report date:", datetime(report.year, report.month, report.day)],
        ["Overall status:", overall],
        ["Schedule:", schedule],
        ["Budget:", budget],
        ["Scope:", "Green"],
    ]
    _put(ws, 3, 1, block)
    ws["B6"].number_format = "yyyy-mm-dd"
    ws["A12"] = "Key accomplishments this period"
    ws["A13"] = "Completed sprint 9; issuer pilot group confirmed."
    ws["A15"] = "Risks to watch (L = likelihood, I = impact: H / M / L)"
    nr = rng.randint(2, 4)
    risk_rows: list[list[object]] = [
        ["Risk", "L", "I", "What we're doing about it", "Lead", "Trend"]
    ]
    values = [
        ValueFact("project", 0, "project_name", "Issuer Services Portal"),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "report_date", report),
    ]
    # Yellow is Amber (the audits of rounds 21, 22, 26 and 37 read a report's Yellow so); the
    # `Schedule:` / `Budget:` / `Scope:` lines are the schedule, cost and scope RAGs
    amber = {"Green": "Green", "Yellow": "Amber", "Red": "Red"}
    values += [
        ValueFact("project", 0, "overall_rag", amber[overall]),
        ValueFact("project", 0, "schedule_rag", amber[schedule]),
        ValueFact("project", 0, "cost_rag", amber[budget]),
        ValueFact("project", 0, "scope_rag", "Green"),
    ]
    hml = {"H": 5.0, "M": 3.0, "L": 1.0}
    for i in range(nr):
        lik, imp = rng.choice(list(hml)), rng.choice(list(hml))
        owner = rng.choice(CA_PEOPLE)
        risk_rows.append(
            [
                _CA_RISKS[i],
                lik,
                imp,
                rng.choice(["Add temporary staff", "Weekly check-in", "Escalate to sponsor"]),
                owner,
                rng.choice(["↑", "↓", "→"]),
            ]
        )
        values += [
            ValueFact("risks", i, "title", _CA_RISKS[i]),
            ValueFact("risks", i, "probability", hml[lik]),
            ValueFact("risks", i, "impact", hml[imp]),
            ValueFact("risks", i, "owner", owner),
        ]
    _put(ws, 16, 1, risk_rows)
    top_issues = 16 + nr + 3
    ws.cell(top_issues - 1, 1, "Blockers")
    ni = rng.randint(1, 3)
    issue_rows: list[list[object]] = [
        ["Issue / blocker", "Since", "Help needed from", "Lead", "Target resolution"]
    ]
    for i in range(ni):
        owner = rng.choice(CA_PEOPLE)
        since = report - timedelta(days=rng.randint(3, 30))
        due = report + timedelta(days=rng.randint(5, 30))
        issue_rows.append(
            [
                _CA_ISSUES[i],
                datetime(since.year, since.month, since.day),
                rng.choice(["Sponsor", "Vendor", "Legal"]),
                owner,
                datetime(due.year, due.month, due.day),
            ]
        )
        ws.cell(top_issues + 1 + i, 2).number_format = "yyyy-mm-dd"
        ws.cell(top_issues + 1 + i, 5).number_format = "yyyy-mm-dd"
        values += [
            ValueFact("issues", i, "title", _CA_ISSUES[i]),
            ValueFact("issues", i, "raised_date", since),
            ValueFact("issues", i, "owner", owner),
            ValueFact("issues", i, "due_date", due),
        ]
    _put(ws, top_issues, 1, issue_rows)
    tables = [
        _one(
            "risks",
            "Status Report",
            16,
            _cols("A", ["title", "probability", "impact", "response", "owner", None]),
            nr,
        ),
        _one(
            "issues",
            "Status Report",
            top_issues,
            _cols("A", ["title", "raised_date", None, "owner", "due_date"]),
            ni,
        ),
    ]
    return Built(_save(wb, folder, "isp_status_report"), tables, values)


# ---------------------------------------------------------------------------------------
# 9. Spain: the fixed-income platform's finance tracker
# ---------------------------------------------------------------------------------------

_ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
_ES_LINES = [
    ("Personal interno", "OPEX"),
    ("Consultoría externa", "CAPEX"),
    ("Licencias", "CAPEX"),
    ("Hardware", "CAPEX"),
    ("Formación", "OPEX"),
]
_CAPEX = {"CAPEX": "CapEx", "OPEX": "OpEx"}


def es_seguimiento_economico(folder: Path, rng: random.Random) -> Built:
    """Kept by the project controller from the SAP extract: the budget item's code and
    name first, then the month, the executed amount beside the budget, a deviation column
    worked out by hand and the forecast after it."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Seguimiento")
    ws["A1"] = "Seguimiento económico - Renovación Plataforma de Renta Fija"
    ws["A2"] = "Importes en euros (EUR)"
    header = [
        "Cód. partida",
        "Partida",
        "Mes",
        "CAPEX/OPEX",
        "Importe presupuestado",
        "Importe ejecutado",
        "Desviación",
        "Previsión",
        "Observaciones",
    ]
    nm = rng.randint(3, 5)
    months = _months(date(2026, 1, 1), nm)
    nl = rng.randint(3, 5)
    lines = _ES_LINES[:nl]
    closed = rng.randint(1, nm - 1)
    rows: list[list[object]] = [header]
    values = [ValueFact("project", 0, "currency", "EUR")]
    k = 0
    for li, (line, kind) in enumerate(lines):
        for mi, m in enumerate(months):
            bud = float(rng.randrange(4000, 60000, 500))
            act = round(bud * rng.uniform(0.8, 1.2), 2) if mi < closed else None
            fc = act if act is not None else bud
            rows.append(
                [
                    f"PR-{410 + li}",
                    line,
                    f"{_ES_MONTHS[m.month - 1]}-{m.year % 100:02d}",
                    kind,
                    bud,
                    act,
                    f"=F{5 + k}-E{5 + k}" if act is not None else None,
                    fc,
                    rng.choice([None, "Factura pendiente", "Ajuste contable"]),
                ]
            )
            values += [
                ValueFact("finance", (m, line), "budget", bud),
                ValueFact("finance", (m, line), "forecast", fc),
                ValueFact("finance", (m, line), "capex_opex", _CAPEX[kind]),
            ]
            if act is not None:
                values.append(ValueFact("finance", (m, line), "actual", act))
            k += 1
    _put(ws, 4, 1, rows)
    total_row = 5 + k
    ws.cell(total_row, 1, "Total")
    for c in ("E", "F", "H"):
        ws[f"{c}{total_row}"] = f"=SUM({c}5:{c}{total_row - 1})"
    for r in range(5, total_row + 1):
        for c in (5, 6, 7, 8):
            ws.cell(r, c).number_format = "#,##0.00"
    targets = _cols(
        "A",
        [None, "cost_line", "month", "capex_opex", "budget", "actual", None, "forecast", "notes"],
    )
    return Built(
        _save(wb, folder, "seguimiento_economico_rf"),
        [TruthTable("Seguimiento", 4, "finance", targets, {"finance": k})],
        values,
    )


# ---------------------------------------------------------------------------------------
# 10. Ireland: the market-data platform's resource plan
# ---------------------------------------------------------------------------------------

_IE_ROLES = ["Business Analyst", "Developer", "Tester", "Project Manager", "Solution Architect"]


def ie_resource_plan(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Resource Plan")
    ws["A1"] = "Market Data Platform — resource plan (days per month)"
    header = ["Team member", "Role", "Staff / Contractor", "Month", "Days planned", "Days booked"]
    people = rng.sample(IE_PEOPLE, rng.randint(3, 4))
    roles = rng.sample(_IE_ROLES, len(people))
    months = _months(date(2026, rng.randint(1, 3), 1), rng.randint(2, 3))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    k = 0
    for person, role in zip(people, roles, strict=True):
        kind = rng.choice(["Staff", "Contractor"])
        for mi, m in enumerate(months):
            days = float(rng.choice([5, 8, 10, 12, 15, 18, 20]))
            rows.append(
                [
                    person,
                    role,
                    kind,
                    datetime(m.year, m.month, 1),
                    days,
                    days - rng.randint(0, 3) if mi == 0 else None,
                ]
            )
            values += [
                ValueFact("resources", k, "person", person),
                ValueFact("resources", k, "role", role),
                ValueFact("resources", k, "month", m),
                ValueFact("resources", k, "planned_days", days),
            ]
            k += 1
    _put(ws, 3, 1, rows)
    for r in range(4, 4 + k):
        ws.cell(r, 4).number_format = "mmm-yy"
    targets = _cols("A", ["person", "role", None, "month", "planned_days", None])
    return Built(
        _save(wb, folder, "mdp_resource_plan"),
        [_one("resources", "Resource Plan", 3, targets, k)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 11. Turkey: the derivatives market upgrade's issue list
# ---------------------------------------------------------------------------------------

_TR_ISSUES = [
    "Teminat hesaplama raporunda fark",
    "Üye test ortamına bağlanamıyor",
    "Opsiyon sözleşme parametreleri eksik",
    "Gün sonu işlemleri gecikiyor",
    "Kullanıcı yetkileri yanlış tanımlanmış",
    "Veri ambarı yüklemesi hata veriyor",
]
_TR_PRIORITY = {"Yüksek": "High", "Orta": "Medium", "Düşük": "Low"}
_TR_STATUS = {"Açık": "Open", "Devam ediyor": "In Progress", "Çözüldü": "Resolved"}


def tr_sorun_takip(folder: Path, rng: random.Random) -> Built:
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Sorunlar")
    ws["A1"] = "VİOP Altyapı Yenileme Projesi - Sorun Takip Listesi"
    header = [
        "Sıra No",
        "Konu",
        "Açıklama",
        "Sorumlu",
        "Açılış Tarihi",
        "Öncelik",
        "Durum",
        "Hedef Tarih",
    ]
    n = rng.randint(4, 6)
    opened = _days(rng, n, date(2026, 1, 15))
    target = [d + timedelta(days=rng.randint(5, 30)) for d in opened]
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        who = rng.choice(TR_PEOPLE)
        pr = rng.choice(list(_TR_PRIORITY))
        st = rng.choice(list(_TR_STATUS))
        rows.append(
            [
                i + 1,
                _TR_ISSUES[i],
                rng.choice(["Test sırasında tespit edildi", "Üye bildirimi", None]),
                who,
                _dmy(opened[i], "."),
                pr,
                st,
                _dmy(target[i], "."),
            ]
        )
        values += [
            ValueFact("issues", i, "title", _TR_ISSUES[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", opened[i]),
            ValueFact("issues", i, "priority", _TR_PRIORITY[pr]),
            ValueFact("issues", i, "status", _TR_STATUS[st]),
            ValueFact("issues", i, "due_date", target[i]),
        ]
    _put(ws, 3, 1, rows)
    targets = _cols(
        "A",
        ["id", "title", "description", "owner", "raised_date", "priority", "status", "due_date"],
    )
    return Built(
        _save(wb, folder, "viop_sorun_takip"),
        [_one("issues", "Sorunlar", 3, targets, n)],
        values,
    )


# ---------------------------------------------------------------------------------------
# 12. United States: the surveillance system's risks exported from a GRC tool
# ---------------------------------------------------------------------------------------

_US_RISKS = [
    ("Alert model produces excessive false positives", "Operational", "Operational"),
    ("Surveillance vendor acquired by a competitor", "Third Party", "Third Party"),
    ("Cloud spend exceeds approved run-rate", "Financial", "Financial"),
    ("Data lineage gaps fail the SEC exam", "Regulatory & Compliance", None),
    ("Legacy alert archive cannot be migrated", "Technology", None),
    ("Analyst team attrition during cutover", "Operational", "Operational"),
]
_US_RESPONSE = {"Mitigate": "Reduce", "Accept": "Accept", "Transfer": "Transfer", "Avoid": "Avoid"}


def us_grc_risk_export(folder: Path, rng: random.Random) -> Built:
    """An enterprise GRC tool's saved report: pre- and post-control ratings either side of
    a control-effectiveness column, the accountable executive, a lifecycle state."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risks")
    header = [
        "Risk Number",
        "Risk Name",
        "Risk Domain",
        "Likelihood (Pre-Control)",
        "Impact (Pre-Control)",
        "Control Effectiveness",
        "Likelihood (Post-Control)",
        "Impact (Post-Control)",
        "Treatment",
        "Treatment Detail",
        "Accountable Executive",
        "Identified On",
        "Lifecycle State",
    ]
    n = rng.randint(4, 6)
    found = _days(rng, n, date(2026, 1, 5))
    ids = sorted(rng.sample(range(12, 140), n))
    rows: list[list[object]] = [header]
    values: list[ValueFact] = []
    for i in range(n):
        title, cat, cat_std = _US_RISKS[i]
        li, im = rng.randint(2, 5), rng.randint(2, 5)
        rl, ri = rng.randint(1, li), rng.randint(1, im)
        resp = rng.choice(list(_US_RESPONSE))
        owner = rng.choice(US_PEOPLE)
        st = rng.choice(["Open", "Open", "Closed"])
        rows.append(
            [
                f"RSK-{ids[i]:04d}",
                title,
                cat,
                li,
                im,
                rng.choice(["Effective", "Partially Effective", "Not Tested"]),
                rl,
                ri,
                resp,
                rng.choice(["Tune thresholds quarterly", "Contract exit clause", "Budget alerts"]),
                owner,
                f"{found[i].month}/{found[i].day}/{found[i].year}",
                st,
            ]
        )
        values += [
            ValueFact("risks", i, "id", f"R-{ids[i]:03d}"),
            ValueFact("risks", i, "title", title),
            ValueFact("risks", i, "probability", float(li)),
            ValueFact("risks", i, "impact", float(im)),
            ValueFact("risks", i, "residual_probability", float(rl)),
            ValueFact("risks", i, "residual_impact", float(ri)),
            ValueFact("risks", i, "owner", owner),
            ValueFact("risks", i, "raised_date", found[i]),
            ValueFact("risks", i, "status", st),
        ]
        if cat_std:
            values.append(ValueFact("risks", i, "category", cat_std))
        if _US_RESPONSE[resp]:
            values.append(ValueFact("risks", i, "response_type", _US_RESPONSE[resp]))
    _put(ws, 1, 1, rows)
    targets: Targets = _cols(
        "A",
        [
            "id",
            "title",
            "category",
            "probability",
            "impact",
            None,
            "residual_probability",
            "residual_impact",
            "response_type",
            "response",
            "owner",
            "raised_date",
            "status",
        ],
    )
    return Built(
        _save(wb, folder, "surveillance_grc_risks"),
        [_one("risks", "Risks", 1, targets, n)],
        values,
    )


HELD_OUT_118: tuple[Layout, ...] = (
    Layout("uk_engine_raid_log", "UK matching-engine replacement RAID log", uk_engine_raid_log),
    Layout("pl_rejestr_ryzyk", "Polish trading-system risk register", pl_rejestr_ryzyk),
    Layout("br_controle_pendencias", "Brazilian clearing-house issue log", br_controle_pendencias),
    Layout("sg_decision_log", "Singapore post-trade programme decision log", sg_decision_log),
    Layout(
        "it_registro_dipendenze", "Italian ESG index dependency register", it_registro_dipendenze
    ),
    Layout(
        "za_assumptions_register", "South African index launch assumptions", za_assumptions_register
    ),
    Layout("no_milepelsplan", "Norwegian data-centre move milestone plan", no_milepelsplan),
    Layout("ca_status_report", "Canadian listings portal status report", ca_status_report),
    Layout(
        "es_seguimiento_economico",
        "Spanish fixed-income platform finance",
        es_seguimiento_economico,
    ),
    Layout("ie_resource_plan", "Irish market-data platform resource plan", ie_resource_plan),
    Layout("tr_sorun_takip", "Turkish derivatives market issue list", tr_sorun_takip),
    Layout("us_grc_risk_export", "US surveillance system GRC risk export", us_grc_risk_export),
)
