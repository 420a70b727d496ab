"""The seventy-sixth held-out batch (``HELD_OUT_76``, round 35): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY
WORKBOOKS IN OTHER LANGUAGES: the registers and trackers PMs in non-English-speaking
organisations keep in their own language, with their country's dates, numbers and money,
in sectors no earlier batch's docstring names (an alpine hut, a cheese affinage cave, a
horchata plant, an amber workshop, a flower auction, a balsamic vinegar acetaia, a moose
park, a spa colonnade, an azulejo tile workshop, a ryokan, a tea plant, a samba school).

Registers:

- ``at_alpine_hut_risikoliste``: an Austrian alpine hut rebuild's `Risikoliste`: a title,
  `Stand:` line, header on row 4, `Nr.` 1.., `Risiko`, `Auswirkung`, `Eintritts-
  wahrscheinlichkeit` and `Schadensausmaß` 1-5, `Maßnahme`, `Verantwortlich`, `Status`
  offen / beobachten / erledigt, `erfasst am` as `dd.mm.yyyy` text.
- ``fr_affinage_cave_points_ouverts``: a French cheese affinage cave's `Liste des points
  ouverts`: `N°` PO-01.., `Date d'ouverture` cells shown `dd/mm/yyyy`, `Sujet`,
  `Porteur`, `Priorité` Haute / Moyenne / Basse, `Échéance`, `Statut` Ouvert / En cours /
  Clos.
- ``es_horchata_plant_registro_raid``: a Valencian horchata plant's mixed RAID register:
  `Tipo` Riesgo / Supuesto / Incidencia / Dependencia, `Código`, `Descripción`,
  `Responsable`, `Fecha alta` as `d/m/yyyy` text, `Fecha límite` cells, `Estado`
  Abierto / Cerrado.
- ``pl_amber_workshop_rejestr_decyzji``: a Gdańsk amber workshop's `Rejestr decyzji`:
  `Lp.` 1.., `Data` as `dd.mm.yyyy` text, `Decyzja`, `Uzasadnienie`, `Decyzję podjął`.
- ``nl_flower_auction_afhankelijkheden``: a Dutch flower auction's dependency list:
  `Nr`, `Afhankelijkheid`, `Richting` Inkomend / Uitgaand, `Contactpersoon`, `Eigenaar`,
  `Nodig op` / `Toegezegd` cells shown `d-m-yyyy`, `Status` Op schema / Risico / Te laat /
  Geleverd.
- ``it_acetaia_registro_problemi``: a Modena balsamic acetaia's two-sheet workbook:
  `Rischi` (`ID` R01.., `Descrizione`, `Probabilità` / `Impatto` Alta / Media / Bassa,
  `Responsabile`, `Stato` Aperto / Chiuso) and `Problemi` (`ID` P01.., `Descrizione`,
  `Data apertura` cells shown `dd/mm/yyyy`, `Responsabile`, `Stato` Aperto / Risolto).

Trackers:

- ``se_moose_park_budget_utfall``: a Swedish moose park's monthly budget and outcome:
  months DOWN as text `jan 2026`.., `Budget (kr)` / `Utfall (kr)` pairs per cost line
  ACROSS on two header rows, a `Summa` row.
- ``cz_spa_colonnade_cerpani``: a Czech spa colonnade restoration's drawdown: `Položka`,
  per month two columns `Plán` / `Skutečnost` under month text `leden 2026`.., CZK.
- ``pt_azulejo_despesas``: a Lisbon azulejo tile workshop's expenses for one month:
  `Rubrica`, `Valor (€)`, a `Período: março 2026` line, a `Total` row.
- ``jp_ryokan_youin_keikaku``: a ryokan renovation's resource plan in person-days (`人日`):
  `氏名`, `所属`, `役割`, months across as `2026年4月` text, `合計`.
- ``tr_tea_plant_kilometre_taslari``: a Rize tea plant's milestone plan: `Sıra`,
  `Kilometre Taşı`, `Sorumlu`, `Planlanan Tarih` / `Gerçekleşen Tarih` cells shown
  `dd.mm.yyyy`, `Durum` Tamamlandı / Devam ediyor / Gecikmede / Başlamadı.
- ``br_samba_school_relatorio_status``: a Rio samba school warehouse's `Relatório de
  Status`: label / value rows (`Projeto`, `Patrocinador`, `Gerente do Projeto`, `Data do
  relatório` as `dd/mm/yyyy` text), `Status geral` / `Prazo` / `Custo` / `Escopo` as
  Verde / Amarelo / Vermelho, `Moeda: R$`, then `Marcos` (`Marco`, `Data prevista`,
  `Data reprogramada`, `Situação` Concluído / No prazo / Atrasado).

Truth a person could read two ways has no fact (for the auditor, least sure first):

- the samba report's `No prazo` (In Progress or Not Started?): no status fact; `Atrasado`
  is Late and `Concluído` Complete; `Data prevista` is the baseline and `Data
  reprogramada` the forecast (blank: no forecast); `Moeda: R$` (BRL, not on the
  standard's list): no currency fact; `Custo` is the cost RAG, `Prazo` the schedule RAG;
- the horchata RAID register's `Fecha límite` is an issue's due date and an assumption's
  validate-by date; for a risk and a dependency (due, review, need-by?): no fact; a
  dependency's `Fecha alta`: no fact; `Código` R-01 / S-01 / I-01 / D-01 (an `S` for
  supuesto, a two-digit number): no id fact; `Abierto` is Open, `Cerrado` Closed;
- the alpine hut's `beobachten` is Monitoring, `offen` Open, `erledigt` Closed;
  `Auswirkung` (the description or left out): no fact; `Nr.` 1..: no id fact; the
  `Stand:` line (the list's as-of date, not a report date): no fact; `Maßnahme` is the
  response;
- the affinage cave's `PO-01` (points ouverts numbering): no id fact; `En cours` is In
  Progress, `Clos` Closed;
- the acetaia's `Alta` / `Media` / `Bassa` probability and impact (which of 1-5?): no
  fact; `R01` / `P01` ids: no id fact (P for problema); `Risolto` is Resolved;
- the flower auction's `Risico` is At Risk, `Op schema` On Track, `Te laat` Late,
  `Geleverd` Delivered; `Nr` 1..: no id fact; `Inkomend` Inbound, `Uitgaand` Outbound;
- the amber workshop's `Lp.` 1..: no id fact; `Decyzję podjął` is the maker;
- the tea plant's `Devam ediyor` is In Progress (it says "under way", unlike the samba
  report's `No prazo`, "on time"), `Gecikmede` Late, `Başlamadı` Not Started; no forecast
  column, so no forecast fact; `Sıra`: the ID or left out, no value;
- the moose park's `Summa` row is no month; `kr` (SEK, not on the list): no currency fact;
- the colonnade's CZK: no currency fact; blank `Skutečnost` months are no zero;
- the azulejo list's period is March 2026 (no report date: the line names a month only);
  `(€)` is EUR; `Total`: no line;
- the ryokan plan: counts only, no value facts; `所属`: left out; `合計`: no month.

Readings used: date cells are what they hold; text dates are day first (every country
here writes day first); ids in no standard shape get no id fact. It was written and
checked for internal consistency only (``adopt_truth.check_truth``), never against
adoption's output.

Audit, round 35 (docs/adopt.md, "Round 35: the seventy-sixth batch's truth audited"): the
per-type codes are ids in the standard's form after all, the number kept: the horchata
register's `R-01` / `S-01` / `I-01` / `D-01` (the `Tipo` word names the register, so a
Supuesto's `S-01` is A-001, as round 15 read the Estonian `R1` / `P1` / `E1` / `S1`) and
the acetaia's `R01` (R-001, as round 34 read the French nougat's `R01`) and `P01` on its
`Problemi` sheet (I-001, as the Estonian `P1`); column A is `id` in both. 13 id values
added at seed 2026 (384 -> 397 facts); nothing removed, no cell mended.
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

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

HUT_RISKS = [
    ("Materialseilbahn fällt während der Bauzeit aus", "Bauverzug", "Ersatz per Hubschrauber"),
    ("Wintereinbruch vor Dachschluss", "Schäden am Rohbau", "Notdach vorbereiten"),
    ("Kläranlage wird von der BH nicht genehmigt", "Keine Betriebsbewilligung", "Vorabstimmung"),
    ("Zimmerei sagt kurzfristig ab", "Bauverzug", "Zweitangebot einholen"),
    ("Förderung des Alpenvereins verzögert sich", "Liquiditätsengpass", "Zwischenfinanzierung"),
    ("Photovoltaik liefert zu wenig Strom", "Dieselbetrieb nötig", "Speicher größer auslegen"),
]
HUT_OWNERS = ["Hr. Gruber", "Fr. Steiner", "Hr. Hofer", "Fr. Wallner"]
HUT_STATUS = {"offen": "Open", "beobachten": "Monitoring", "erledigt": "Closed"}


def at_alpine_hut_risikoliste(folder: Path, rng: random.Random) -> Built:
    """An Austrian alpine hut rebuild's `Risikoliste`: header on row 4, `Nr.` 1.., 1-5
    scores, German status words, `erfasst am` as `dd.mm.yyyy` text."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risikoliste")
    ws["A1"] = "Neubau Schutzhütte am Hochjoch - Risikoliste"
    ws["A2"] = f"Stand: {rng.randint(10, 28)}.03.2026"
    head = ["Nr.", "Risiko", "Auswirkung", "Eintrittswahrscheinlichkeit", "Schadensausmaß"]
    head += ["Maßnahme", "Verantwortlich", "Status", "erfasst am"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 9, 1))
    values: list[ValueFact] = []
    for i, (text, effect, plan) in enumerate(rng.sample(HUT_RISKS, n)):
        p, c = rng.randint(1, 5), rng.randint(1, 5)
        who, st = rng.choice(HUT_OWNERS), rng.choice(list(HUT_STATUS))
        cells: list[object] = [i + 1, text, effect, p, c, plan, who, st, f"{made[i]:%d.%m.%Y}"]
        _put(ws, 5 + i, 1, [cells])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "probability", float(p)),
            ValueFact("risks", i, "impact", float(c)),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", HUT_STATUS[st]),
            ValueFact("risks", i, "raised_date", made[i]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", None, "probability", "impact"])
    targets |= _cols("F", ["response", "owner", "status", "raised_date"])
    path = _save(wb, folder, "at_alpine_hut_risikoliste")
    return Built(path, [_one("risks", "Risikoliste", 4, targets, n)], values)


CAVE_ISSUES = [
    "Hygrométrie de la cave n°3 trop basse",
    "Retard de livraison des planches d'épicéa",
    "Audit DDPP : traçabilité des lots à reprendre",
    "Compresseur du groupe froid en panne",
    "Étiquettes AOP non conformes",
    "Recrutement d'un affineur non finalisé",
]
CAVE_OWNERS = ["C. Moreau", "J. Bertrand", "S. Lefèvre"]
CAVE_PRIORITY = {"Haute": "High", "Moyenne": "Medium", "Basse": "Low"}
CAVE_STATUS = {"Ouvert": "Open", "En cours": "In Progress", "Clos": "Closed"}


def fr_affinage_cave_points_ouverts(folder: Path, rng: random.Random) -> Built:
    """A French affinage cave's `Liste des points ouverts`: `PO-01` numbers, `dd/mm/yyyy`
    date cells, Haute / Moyenne / Basse, Ouvert / En cours / Clos."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Points ouverts")
    ws["A1"] = "Extension des caves d'affinage - Liste des points ouverts"
    head = ["N°", "Date d'ouverture", "Sujet", "Porteur", "Priorité", "Échéance", "Statut"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 5))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(CAVE_ISSUES, n)):
        who, pr, st = (
            rng.choice(CAVE_OWNERS),
            rng.choice(list(CAVE_PRIORITY)),
            rng.choice(list(CAVE_STATUS)),
        )
        due = made[i] + timedelta(days=rng.choice([10, 15, 30]))
        _put(ws, 4 + i, 1, [[f"PO-{i + 1:02d}", made[i], text, who, pr, due, st]])
        for c in (2, 6):
            ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", CAVE_PRIORITY[pr]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "status", CAVE_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "raised_date", "title", "owner", "priority"])
    targets |= _cols("F", ["due_date", "status"])
    path = _save(wb, folder, "fr_affinage_cave_points_ouverts")
    return Built(path, [_one("issues", "Points ouverts", 3, targets, n)], values)


HORCHATA_ROWS = [
    ("Riesgo", "R", "Mala cosecha de chufa en l'Horta Nord"),
    ("Riesgo", "R", "Avería del pasteurizador en plena campaña"),
    ("Supuesto", "S", "La DO Chufa de Valencia renueva la certificación"),
    ("Supuesto", "S", "Los bares mantienen los pedidos de verano"),
    ("Incidencia", "I", "Fuga en el depósito de maceración"),
    ("Incidencia", "I", "Etiquetas con el lote mal impreso"),
    ("Dependencia", "D", "Conexión eléctrica de Iberdrola para la nueva nave"),
    ("Dependencia", "D", "Licencia de actividad del Ayuntamiento de Alboraia"),
]
HORCHATA_REG = {"Riesgo": "risks", "Supuesto": "assumptions", "Incidencia": "issues"}
HORCHATA_REG["Dependencia"] = "dependencies"
HORCHATA_PEOPLE = ["Vicent Ferrer", "Amparo Soler", "Josep Martí", "Lucía García"]


# audit, round 35: a per-type code keeps its number in the standard's form (round 15's
# Estonian `R1` / `P1` / `E1` / `S1`, the `Tipo` word naming the register, so `S-01` on a
# Supuesto row is A-001).
STD_LETTER = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}


def es_horchata_plant_registro_raid(folder: Path, rng: random.Random) -> Built:
    """A Valencian horchata plant's mixed RAID register: `Tipo` words, per-type `R-01`
    codes, `Fecha alta` as `d/m/yyyy` text, a `Fecha límite` column, Abierto / Cerrado."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Ampliación planta de horchata - Registro RAID"
    head = ["Código", "Tipo", "Descripción", "Responsable", "Fecha alta", "Fecha límite"]
    head += ["Estado"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(HORCHATA_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    rng.shuffle(rows)
    made = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, letter, text) in enumerate(rows):
        reg = HORCHATA_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(HORCHATA_PEOPLE), rng.choice(["Abierto", "Abierto", "Cerrado"])
        limit = made[k] + timedelta(days=rng.choice([14, 30, 45]))
        raised = f"{made[k].day}/{made[k].month}/{made[k].year}"
        cells: list[object] = [f"{letter}-{i + 1:02d}", kind, text, who, raised, limit, st]
        _put(ws, 4 + k, 1, [cells])
        ws.cell(4 + k, 6).number_format = "dd/mm/yyyy"
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", "Open" if st == "Abierto" else "Closed"),
            ValueFact(reg, i, "id", f"{STD_LETTER[reg]}-{i + 1:03d}"),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", made[k]))
        due = {"issues": "due_date", "assumptions": "validate_by"}
        if reg in due:
            values.append(ValueFact(reg, i, due[reg], limit))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    due_cols = ("due_date", "validate_by", "need_by", "committed_date", None)
    targets |= _cols("E", [("raised_date", None), due_cols, "status"])
    path = _save(wb, folder, "es_horchata_plant_registro_raid")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


AMBER_DECISIONS = [
    ("Zakup drugiej szlifierki", "Kolejki przy zamówieniach hurtowych"),
    ("Sklep internetowy na Shopify", "Niższy koszt niż własny system"),
    ("Certyfikat Amber Verified dla całej kolekcji", "Wymóg klientów z Niemiec"),
    ("Przeniesienie pracowni na Mariacką", "Ruch turystyczny"),
    ("Rezygnacja z targów w Hongkongu", "Koszt stoiska za wysoki"),
]
AMBER_BY = ["Zarząd", "Właściciel", "Kierownik projektu"]


def pl_amber_workshop_rejestr_decyzji(folder: Path, rng: random.Random) -> Built:
    """A Gdańsk amber workshop's `Rejestr decyzji`: `Lp.` 1.., `dd.mm.yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decyzje")
    ws["A1"] = "Modernizacja pracowni bursztynu - Rejestr decyzji"
    _put(ws, 3, 1, [["Lp.", "Data", "Decyzja", "Uzasadnienie", "Decyzję podjął"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 10, 1))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(AMBER_DECISIONS, n)):
        who = rng.choice(AMBER_BY)
        _put(ws, 4 + i, 1, [[i + 1, f"{when[i]:%d.%m.%Y}", text, why, who]])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "pl_amber_workshop_rejestr_decyzji")
    return Built(path, [_one("decisions", "Decyzje", 3, targets, n)], values)


AUCTION_DEPS = [
    ("Nieuwe klokzaal-software van leverancier", "Inkomend"),
    ("Koelcelcapaciteit van het logistiek centrum", "Inkomend"),
    ("Kavelgegevens aan de exporteurs", "Uitgaand"),
    ("Vergunning provincie voor de uitbreiding", "Inkomend"),
    ("Planning aan de transporteurs", "Uitgaand"),
]
AUCTION_PEOPLE = ["Jeroen de Vries", "Sanne Bakker", "Pieter Visser", "Anouk Jansen"]
AUCTION_STATUS = {"Op schema": "On Track", "Risico": "At Risk", "Te laat": "Late"}
AUCTION_STATUS["Geleverd"] = "Delivered"


def nl_flower_auction_afhankelijkheden(folder: Path, rng: random.Random) -> Built:
    """A Dutch flower auction's dependency list: Inkomend / Uitgaand, `d-m-yyyy` cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Afhankelijkheden")
    head = ["Nr", "Afhankelijkheid", "Richting", "Contactpersoon", "Eigenaar", "Nodig op"]
    head += ["Toegezegd", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(AUCTION_DEPS, n)):
        them, ours = rng.sample(AUCTION_PEOPLE, 2)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 7]))
        st = rng.choice(list(AUCTION_STATUS))
        _put(ws, 2 + i, 1, [[i + 1, text, way, them, ours, need[i], promised, st]])
        for c in (6, 7):
            ws.cell(2 + i, c).number_format = "d-m-yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Inkomend" else "Outbound"
            ),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", AUCTION_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "direction", "counterparty_owner"])
    targets |= _cols("E", ["owner", "need_by", "committed_date", "status"])
    path = _save(wb, folder, "nl_flower_auction_afhankelijkheden")
    return Built(path, [_one("dependencies", "Afhankelijkheden", 1, targets, n)], values)


ACETAIA_RISKS = [
    "Annata di mosto cotto scarsa",
    "Controllo del Consorzio sulla batteria di botti",
    "Ritardo del bottaio nella consegna dei barili di ciliegio",
    "Umidità del sottotetto troppo alta",
]
ACETAIA_ISSUES = [
    "Perdita dalla botte di rovere n. 4",
    "Etichette DOP respinte dal Consorzio",
    "Ordine di bottiglie da 100 ml in ritardo",
    "Muffa sul solaio del sottotetto",
]
ACETAIA_PEOPLE = ["G. Ferrari", "L. Bianchi", "M. Rossi"]


def it_acetaia_registro_problemi(folder: Path, rng: random.Random) -> Built:
    """A Modena acetaia's workbook holding two registers: `Rischi` with Alta / Media /
    Bassa scores and `Problemi` with `dd/mm/yyyy` opening dates, Aperto / Risolto."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Rischi")
    head = ["ID", "Descrizione", "Probabilità", "Impatto", "Responsabile", "Stato"]
    _put(ws, 1, 1, [head])
    nr = rng.randint(3, 4)
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(ACETAIA_RISKS, nr)):
        who, st = rng.choice(ACETAIA_PEOPLE), rng.choice(["Aperto", "Aperto", "Chiuso"])
        p, c = rng.choice(["Alta", "Media", "Bassa"]), rng.choice(["Alta", "Media", "Bassa"])
        _put(ws, 2 + i, 1, [[f"R{i + 1:02d}", text, p, c, who, st]])
        values += [
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "status", "Open" if st == "Aperto" else "Closed"),
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
        ]
    risk_t: Targets = _cols("A", ["id", "title", ("probability", None)])
    risk_t |= _cols("D", [("impact", None), "owner", "status"])
    ws2 = wb.create_sheet("Problemi")
    _put(ws2, 1, 1, [["ID", "Descrizione", "Data apertura", "Responsabile", "Stato"]])
    ni = rng.randint(3, 4)
    made = _days(rng, ni, date(2026, 1, 8))
    for i, text in enumerate(rng.sample(ACETAIA_ISSUES, ni)):
        who, st = rng.choice(ACETAIA_PEOPLE), rng.choice(["Aperto", "Risolto"])
        _put(ws2, 2 + i, 1, [[f"P{i + 1:02d}", text, made[i], who, st]])
        ws2.cell(2 + i, 3).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "status", "Open" if st == "Aperto" else "Resolved"),
            ValueFact("issues", i, "id", f"I-{i + 1:03d}"),
        ]
    issue_t: Targets = _cols("A", ["id", "title", "raised_date", "owner", "status"])
    path = _save(wb, folder, "it_acetaia_registro_problemi")
    tables = [_one("risks", "Rischi", 1, risk_t, nr), _one("issues", "Problemi", 1, issue_t, ni)]
    return Built(path, tables, values)


# ---------------------------------------------------------------------------------------
# Trackers
# ---------------------------------------------------------------------------------------

SV_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
MOOSE_LINES = ["Stängsel", "Besökscenter", "Parkering", "Skyltning", "Personal"]


def se_moose_park_budget_utfall(folder: Path, rng: random.Random) -> Built:
    """A Swedish moose park's budget and outcome: months DOWN as `jan 2026` text, cost
    lines ACROSS each with `Budget (kr)` / `Utfall (kr)` under it, a `Summa` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Budget och utfall")
    ws["A1"] = "Älgparken i Grönklitt - utbyggnad 2026, budget och utfall per månad"
    lines = rng.sample(MOOSE_LINES, rng.randint(2, 4))
    ws.cell(3, 1, "Månad")
    for j, line in enumerate(lines):
        ws.cell(3, 2 + 2 * j, line)
        ws.cell(4, 2 + 2 * j, "Budget (kr)")
        ws.cell(4, 3 + 2 * j, "Utfall (kr)")
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    closed = rng.randint(2, len(months) - 1)
    values: list[ValueFact] = []
    sums = [0.0] * (2 * len(lines))
    for r, month in enumerate(months):
        ws.cell(5 + r, 1, f"{SV_MONTHS[month.month - 1]} {month.year}")
        for j, line in enumerate(lines):
            plan = float(rng.randrange(10, 300) * 1000)
            ws.cell(5 + r, 2 + 2 * j, plan).number_format = "# ##0"
            values.append(ValueFact("finance", (month, line), "budget", plan))
            sums[2 * j] += plan
            if r < closed:
                out = float(round(plan * rng.uniform(0.7, 1.3)))
                ws.cell(5 + r, 3 + 2 * j, out).number_format = "# ##0"
                values.append(ValueFact("finance", (month, line), "actual", out))
                sums[2 * j + 1] += out
    ws.cell(5 + len(months), 1, "Summa")
    for c, s in enumerate(sums):
        ws.cell(5 + len(months), 2 + c, s).number_format = "# ##0"
    path = _save(wb, folder, "se_moose_park_budget_utfall")
    table = TruthTable("Budget och utfall", 3, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


CS_MONTHS = ["leden", "únor", "březen", "duben", "květen", "červen"]
COLONNADE_LINES = ["Restaurování litiny", "Střecha", "Osvětlení", "Projektová dokumentace"]
COLONNADE_LINES += ["Technický dozor"]


def cz_spa_colonnade_cerpani(folder: Path, rng: random.Random) -> Built:
    """A Czech spa colonnade's drawdown: `Položka` down, per month text `leden 2026` a pair
    `Plán` / `Skutečnost` across, CZK, blank actuals for months not closed."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Čerpání")
    ws["A1"] = "Obnova Mlýnské kolonády - čerpání rozpočtu (Kč)"
    months = _months(date(2026, 1, 1), rng.randint(4, 6))
    ws.cell(3, 1, "Položka")
    for m, month in enumerate(months):
        ws.cell(3, 2 + 2 * m, f"{CS_MONTHS[month.month - 1]} {month.year}")
        ws.cell(4, 2 + 2 * m, "Plán")
        ws.cell(4, 3 + 2 * m, "Skutečnost")
    lines = rng.sample(COLONNADE_LINES, rng.randint(3, 5))
    closed = rng.randint(1, len(months) - 1)
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        ws.cell(5 + r, 1, line)
        for m, month in enumerate(months):
            plan = float(rng.randrange(20, 900) * 1000)
            ws.cell(5 + r, 2 + 2 * m, plan).number_format = '#,##0" Kč"'
            values.append(ValueFact("finance", (month, line), "budget", plan))
            if m < closed:
                out = float(rng.randrange(20, 900) * 1000)
                ws.cell(5 + r, 3 + 2 * m, out).number_format = '#,##0" Kč"'
                values.append(ValueFact("finance", (month, line), "actual", out))
    path = _save(wb, folder, "cz_spa_colonnade_cerpani")
    table = TruthTable("Čerpání", 3, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


AZULEJO_LINES = ["Argila e vidrados", "Forno elétrico", "Mão de obra", "Transportes"]
AZULEJO_LINES += ["Renda da oficina", "Embalagens"]


def pt_azulejo_despesas(folder: Path, rng: random.Random) -> Built:
    """A Lisbon azulejo workshop's expenses for March 2026: `Rubrica`, `Valor (€)`, a
    `Período: março 2026` line, a `Total` row."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Despesas")
    ws["A1"] = "Oficina de Azulejaria de Alfama - Despesas do projeto"
    ws["A2"] = "Período: março 2026"
    _put(ws, 4, 1, [["Rubrica", "Valor (€)"]])
    lines = rng.sample(AZULEJO_LINES, rng.randint(3, 6))
    month = date(2026, 3, 1)
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    total = 0.0
    for r, line in enumerate(lines):
        amount = round(rng.randrange(100, 9000) + rng.choice([0.0, 0.5, 0.9]), 2)
        total += amount
        _put(ws, 5 + r, 1, [[line, amount]])
        ws.cell(5 + r, 2).number_format = "#,##0.00 €"
        values.append(ValueFact("finance", (month, line), "actual", amount))
    _put(ws, 5 + len(lines), 1, [["Total", round(total, 2)]])
    ws.cell(5 + len(lines), 2).number_format = "#,##0.00 €"
    path = _save(wb, folder, "pt_azulejo_despesas")
    table = TruthTable("Despesas", 4, "finance", {"A": "cost_line", "B": "actual"},
                       {"finance": len(lines)})  # fmt: skip
    return Built(path, [table], values)


RYOKAN_PEOPLE = [
    ("山田 太郎", "本社 施設部", "プロジェクトマネージャー"),
    ("佐藤 花子", "旅館運営部", "女将"),
    ("鈴木 一郎", "○○建設", "現場監督"),
    ("高橋 美咲", "設計事務所", "設計担当"),
    ("田中 健", "情報システム部", "予約システム担当"),
]


def jp_ryokan_youin_keikaku(folder: Path, rng: random.Random) -> Built:
    """A ryokan renovation's resource plan in person-days: `氏名` / `所属` / `役割`,
    months across as `2026年4月` text, a `合計` column."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "要員計画")
    ws["A1"] = "旅館改修プロジェクト 要員計画（単位：人日）"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["氏名", "所属", "役割", *[f"{m.year}年{m.month}月" for m in months], "合計"]])
    count = 0
    for r, (name, dept, role) in enumerate(rng.sample(RYOKAN_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, dept, role, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "jp_ryokan_youin_keikaku")
    table = TruthTable("要員計画", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


TEA_MILESTONES = [
    "Makine parkı siparişi verildi",
    "Kurutma ünitesi montajı",
    "ÇAYKUR kalite onayı",
    "Deneme üretimi",
    "Paketleme hattı devreye alındı",
    "Tesis kabulü",
]
TEA_OWNERS = ["Mehmet Yılmaz", "Ayşe Kaya", "Hasan Çelik"]
TEA_STATUS = {"Devam ediyor": "In Progress", "Gecikmede": "Late", "Başlamadı": "Not Started"}


def tr_tea_plant_kilometre_taslari(folder: Path, rng: random.Random) -> Built:
    """A Rize tea plant's milestone plan: `Planlanan Tarih` / `Gerçekleşen Tarih` cells
    shown `dd.mm.yyyy`, Turkish status words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kilometre Taşları")
    ws["A1"] = "Rize Çay Fabrikası Yenileme Projesi - Kilometre Taşları"
    head = ["Sıra", "Kilometre Taşı", "Sorumlu", "Planlanan Tarih", "Gerçekleşen Tarih"]
    head += ["Durum"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    plan = _days(rng, n, date(2026, 2, 2))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(TEA_MILESTONES[:n]):
        who = rng.choice(TEA_OWNERS)
        if i < done:
            st, actual = "Tamamlandı", plan[i] + timedelta(days=rng.choice([0, 3, 8]))
        else:
            st, actual = rng.choice(list(TEA_STATUS)), None
        _put(ws, 4 + i, 1, [[i + 1, name, who, plan[i], actual, st]])
        for c in (4, 5):
            ws.cell(4 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "status", "Complete" if actual else TEA_STATUS[st]),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", [("id", None), "milestone", "owner", "baseline_date"])
    targets |= _cols("E", ["actual_date", "status"])
    path = _save(wb, folder, "tr_tea_plant_kilometre_taslari")
    return Built(path, [_one("milestones", "Kilometre Taşları", 3, targets, n)], values)


SAMBA_MILESTONES = [
    "Projeto dos carros alegóricos aprovado",
    "Estrutura metálica dos carros pronta",
    "Fantasias das alas entregues",
    "Ensaio técnico na Sapucaí",
    "Desfile",
]
SAMBA_STATUS = {"Concluído": "Complete", "No prazo": None, "Atrasado": "Late"}
RAG_PT = {"Verde": "Green", "Amarelo": "Amber", "Vermelho": "Red"}


def br_samba_school_relatorio_status(folder: Path, rng: random.Random) -> Built:
    """A Rio samba school warehouse's `Relatório de Status`: label / value rows, a `Data do
    relatório` text date, Verde / Amarelo / Vermelho, `Moeda: R$`, a `Marcos` table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Status")
    project, sponsor, pm = "Barracão na Cidade do Samba", "Carlos Eduardo Lima", "Juliana Souza"
    report = date(2025, 11, rng.choice([7, 14, 21, 28]))
    ws["A1"] = "RELATÓRIO DE STATUS DO PROJETO"
    rows: list[list[object]] = [["Projeto", project], ["Patrocinador", sponsor]]
    rows += [["Gerente do Projeto", pm], ["Data do relatório", f"{report:%d/%m/%Y}"]]
    _put(ws, 3, 1, rows)
    rags = [rng.choice(list(RAG_PT)) for _ in range(4)]
    _put(ws, 8, 1, [["Status geral", rags[0]], ["Prazo", rags[1]], ["Custo", rags[2]]])
    _put(ws, 11, 1, [["Escopo", rags[3]], ["Moeda: R$"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", RAG_PT[rags[0]]),
        ValueFact("project", 0, "schedule_rag", RAG_PT[rags[1]]),
        ValueFact("project", 0, "cost_rag", RAG_PT[rags[2]]),
        ValueFact("project", 0, "scope_rag", RAG_PT[rags[3]]),
    ]
    ws["A14"] = "Marcos"
    _put(ws, 15, 1, [["Marco", "Data prevista", "Data reprogramada", "Situação"]])
    n = rng.randint(4, 5)
    due = _days(rng, n, date(2025, 9, 1))
    for i, name in enumerate(SAMBA_MILESTONES[:n]):
        slip = rng.choice([0, 0, 10, 20])
        revised = due[i] + timedelta(days=slip) if slip else None
        end = revised or due[i]
        st = "Concluído" if end < report else rng.choice(["No prazo", "Atrasado"])
        _put(ws, 16 + i, 1, [[name, due[i], revised, st]])
        for c in (2, 3):
            ws.cell(16 + i, c).number_format = "dd/mm/yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
        ]
        if revised:
            values.append(ValueFact("milestones", i, "forecast_date", revised))
        if SAMBA_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", SAMBA_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "br_samba_school_relatorio_status")
    return Built(path, [_one("milestones", "Status", 15, targets, n)], values)


HELD_OUT_76: tuple[Layout, ...] = (
    Layout(
        "at_alpine_hut_risikoliste",
        "Austrian alpine hut Risikoliste (Nr., dd.mm.yyyy text, offen / beobachten)",
        at_alpine_hut_risikoliste,
    ),
    Layout(
        "fr_affinage_cave_points_ouverts",
        "French affinage cave liste des points ouverts (PO-01, Haute / Moyenne / Basse)",
        fr_affinage_cave_points_ouverts,
    ),
    Layout(
        "es_horchata_plant_registro_raid",
        "Valencian horchata plant mixed RAID register (Tipo words, d/m/yyyy text)",
        es_horchata_plant_registro_raid,
    ),
    Layout(
        "pl_amber_workshop_rejestr_decyzji",
        "Gdańsk amber workshop rejestr decyzji (Lp., dd.mm.yyyy text)",
        pl_amber_workshop_rejestr_decyzji,
    ),
    Layout(
        "nl_flower_auction_afhankelijkheden",
        "Dutch flower auction dependency list (Inkomend / Uitgaand, d-m-yyyy cells)",
        nl_flower_auction_afhankelijkheden,
    ),
    Layout(
        "it_acetaia_registro_problemi",
        "Modena acetaia workbook with Rischi and Problemi sheets (Alta / Media / Bassa)",
        it_acetaia_registro_problemi,
    ),
    Layout(
        "se_moose_park_budget_utfall",
        "Swedish moose park budget / utfall, months down as text, pairs across (kr)",
        se_moose_park_budget_utfall,
    ),
    Layout(
        "cz_spa_colonnade_cerpani",
        "Czech spa colonnade drawdown, Plán / Skutečnost pairs under month text (Kč)",
        cz_spa_colonnade_cerpani,
    ),
    Layout(
        "pt_azulejo_despesas",
        "Lisbon azulejo workshop expenses for one month (Valor (€), Período line)",
        pt_azulejo_despesas,
    ),
    Layout(
        "jp_ryokan_youin_keikaku",
        "Ryokan renovation resource plan in person-days (2026年4月 text months)",
        jp_ryokan_youin_keikaku,
    ),
    Layout(
        "tr_tea_plant_kilometre_taslari",
        "Rize tea plant milestone plan (dd.mm.yyyy cells, Turkish status words)",
        tr_tea_plant_kilometre_taslari,
    ),
    Layout(
        "br_samba_school_relatorio_status",
        "Rio samba school status report (Verde / Amarelo / Vermelho, Marcos table)",
        br_samba_school_relatorio_status,
    ),
)
