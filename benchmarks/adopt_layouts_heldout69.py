"""The sixty-ninth held-out batch (``HELD_OUT_69``, round 34): twelve seeded legacy layouts
with ground truth, written by an engineer who does not tune adoption and who read neither
the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is ORDINARY PM
workbooks in languages other than English, each in its country's date, number and money
forms.

Registers:

- ``fr_mustard_risk_register``: a Dijon mustard mill's `Registre des risques`: `N°` R01..,
  `Date d'identification` as `05/03/2026` text, `Risque`, `Catégorie`, `Probabilité (1-4)`,
  `Gravité (1-4)`, `Pilote`, `Action de maîtrise`, `Statut` Ouvert / En surveillance / Clos.
- ``de_porcelain_offene_punkte``: a porcelain manufactory's `Offene-Punkte-Liste`: `Nr.`
  1.., `Thema`, `Verantwortlich`, `Erfasst am` / `Termin` as `dd.mm.yyyy` text, `Priorität`
  hoch / mittel / niedrig, `Status` offen / in Bearbeitung / erledigt.
- ``es_marble_raid``: a Macael marble workshop's mixed `Registro RAID`: `Tipo` Riesgo /
  Supuesto / Incidencia / Dependencia, `Código`, `Descripción`, `Responsable`, `Fecha alta`
  cells shown `dd/mm/yyyy`, `Estado` Abierto / Cerrado.
- ``it_accordion_decisioni``: an accordion maker's `Registro decisioni`: `N.`, `Data` as
  `dd/mm/yyyy` text, `Decisione`, `Motivazione`, `Deciso da`.
- ``nl_clog_afhankelijkheden``: a clog workshop's dependency list: `Afhankelijkheid`,
  `Richting` Inkomend / Uitgaand, `Eigenaar`, `Contactpersoon`, `Nodig op` / `Toegezegd`
  cells shown `dd-mm-yyyy`, `Status` Op schema / Risico / Te laat / Geleverd.
- ``pl_pierogi_rejestr``: a pierogi plant's workbook holding two registers, sheets
  `Ryzyka` and `Problemy`: `Lp.`, `Opis`, `Właściciel`, `Data zgłoszenia` cells shown
  `dd.mm.yyyy`, `Termin`, `Status` Otwarte / Zamknięte (risks) and Otwarty / W toku /
  Rozwiązany / Zamknięty (issues).

Trackers:

- ``br_cachaca_orcado_realizado``: a cachaça distillery's `Orçado x Realizado`: `Rubrica`,
  a measure column `Orçado` / `Realizado`, months `jan/26` .. as text across, `R$`.
- ``fi_icebreaker_kustannusseuranta``: a snapshot `Kustannusseuranta` for one month
  (`Kausi: maaliskuu 2026`): `Kustannuserä`, `Budjetti`, `Toteuma`, `Ennuste`, `€`.
- ``cz_mineral_water_naklady``: a mineral water bottling line's long table: `Období`
  `01/2026`, `Nákladová položka`, `Plán (Kč)`, `Skutečnost (Kč)` as `125 430,50` text.
- ``jp_tatami_yoin_keikaku``: a tatami workshop's `要員計画` in person-days: `氏名`,
  `所属`, `役割`, months `2026年4月` text across.
- ``no_stave_church_milepaeler``: a stave church restoration's `Milepælsplan`: `Milepæl`,
  `Ansvarlig`, `Opprinnelig dato` / `Prognose` / `Faktisk dato` cells shown `dd.mm.yyyy`,
  `Status` Fullført / I rute / Forsinket / Ikke startet.
- ``tr_hazelnut_durum_raporu``: a hazelnut processing plant's `Proje Durum Raporu`: label
  / value rows, `Rapor Tarihi` as `15.03.2026` text, Yeşil / Sarı / Kırmızı, `Para birimi:
  TL`, a `Kilometre Taşları` table (`Planlanan`, `Revize`, `Durum`).

Truth a person could read two ways has no fact (least sure first):

- the German list's `erledigt` (Resolved or Closed?): no status fact; `Nr.` 1..: no id;
  `hoch` / `mittel` / `niedrig` are High / Medium / Low, `in Bearbeitung` In Progress;
- the Norwegian plan's `I rute` (In Progress or Not Started?): no status fact;
- the Turkish report's `Devam ediyor` is In Progress, `Gecikmeli` Late; `TL` (not on the
  standard's list): no currency fact; `Sarı` is Amber; `Maliyet` is the cost RAG;
- the Polish risks' `Termin` (due or review?): no fact; issues' `Termin` is the due date;
  `Otwarte` / `Zamknięte` are Open / Closed, `W toku` In Progress, `Rozwiązany` Resolved;
  `Lp.` numbers: no id;
- the Spanish RAID log's dependency `Fecha alta` (no raised date in the standard): no fact;
  `Código` R-01 / S-01 / I-01 / D-01 (prefix per type, S for Supuesto): no id fact;
- the Dutch `Risico` is At Risk, `Op schema` On Track, `Te laat` Late, `Geleverd` Delivered;
- the French `N°` R01: no id fact; `En surveillance` is Monitoring; categories are the
  standard's in French (Technique, Financier, Juridique, Opérationnel, Tiers);
- the Italian `N.` 1..: no id; `Deciso da` is the maker;
- `R$` (BRL) and `Kč` (CZK): no currency fact; `€` is EUR;
- the Czech text amounts `125 430,50` are 125430.5 (space groups, comma decimals);
- the tatami plan's days are counts only (no value facts); `所属`: left out.

Readings used: text dates are day first; date cells are what they hold. It was written and
checked for internal consistency only (``adopt_truth.check_truth``).

Audit, round 34 (docs/adopt.md, "Round 34: the sixty-ninth batch's truth audited"): the
French `R01` .. are ids R-001 .. (round 15's per-type `R1` ruling) and its `Probabilité
(1-4)` / `Gravité (1-4)` are mapped with no value (a stated 1-4 scale has no honest reading
on 1-5, as the council's `Likelihood (1-4)` in round 11); the Spanish `Código` numbered per
`Tipo` gives ids R-001 / A-001 / I-001 / D-001 (the Estonian `E1` for an assumption read as
A-001); the German `Stand:` line is the report date (round 8's ruling on the same list).
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
    _dmy,
    _months,
    _one,
    _put,
    _save,
    _sheet,
)

FR_RISKS = [
    ("Rupture d'approvisionnement en graines de moutarde", "Tiers", "Third Party"),
    ("Retard de livraison du broyeur à meules", "Technique", "Technical"),
    ("Hausse du prix du vinaigre", "Financier", "Financial"),
    ("Non-conformité de l'étiquetage IGP", "Juridique", "Legal"),
    ("Départ du maître moutardier", "Opérationnel", "Operational"),
    ("Dépassement du budget de la ligne de conditionnement", "Financier", "Financial"),
]
FR_PEOPLE = ["Claire Moreau", "Julien Lefèvre", "Sophie Bernard", "Marc Girard"]
FR_STATUS = {"Ouvert": "Open", "En surveillance": "Monitoring", "Clos": "Closed"}


def fr_mustard_risk_register(folder: Path, rng: random.Random) -> Built:
    """A Dijon mustard mill's risk register with French headers and day-first text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risques")
    ws["A1"] = "Moutarderie de Bourgogne - Modernisation de la ligne - Registre des risques"
    head = ["N°", "Date d'identification", "Risque", "Catégorie", "Probabilité (1-4)"]
    head += ["Gravité (1-4)", "Pilote", "Action de maîtrise", "Statut"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2025, 11, 3))
    values: list[ValueFact] = []
    for i, (text, cat, std) in enumerate(rng.sample(FR_RISKS, n)):
        p, g = rng.randint(1, 4), rng.randint(1, 4)
        who, st = rng.choice(FR_PEOPLE), rng.choice(list(FR_STATUS))
        plan = rng.choice(["Second fournisseur qualifié", "Point hebdomadaire", "Contrat cadre"])
        _put(ws, 4 + i, 1, [[f"R{i + 1:02d}", _dmy(made[i]), text, cat, p, g, who, plan, st]])
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", made[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "category", std),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "response", plan),
            ValueFact("risks", i, "status", FR_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "category"])
    targets |= _cols("E", ["probability", "impact", "owner", "response", "status"])
    path = _save(wb, folder, "fr_mustard_risk_register")
    return Built(path, [_one("risks", "Risques", 3, targets, n)], values)


DE_ISSUES = [
    "Brennofen 2 erreicht Solltemperatur nicht",
    "Glasurlieferung beschädigt angekommen",
    "Dekorabziehbilder in falscher Farbe",
    "Brandschutzabnahme der neuen Halle offen",
    "Schulung der Maler für die neue Presse fehlt",
    "Kaolin-Charge mit erhöhtem Eisengehalt",
]
DE_PEOPLE = ["T. Müller", "S. Schmidt", "K. Wagner", "A. Becker"]
DE_PRIO = {"hoch": "High", "mittel": "Medium", "niedrig": "Low"}
DE_STATUS = {"offen": "Open", "in Bearbeitung": "In Progress", "erledigt": None}


def de_porcelain_offene_punkte(folder: Path, rng: random.Random) -> Built:
    """A porcelain manufactory's open-points list with `dd.mm.yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "OPL")
    ws["A1"] = "Offene-Punkte-Liste Projekt Neue Brennlinie"
    stand = date(2026, 3, rng.randint(2, 27))
    ws["A2"] = f"Stand: {_dmy(stand, '.')}"
    head = ["Nr.", "Thema", "Verantwortlich", "Erfasst am", "Termin", "Priorität", "Status"]
    _put(ws, 4, 1, [head])
    n = rng.randint(4, 6)
    made = _days(rng, n, date(2026, 1, 7))
    values: list[ValueFact] = [ValueFact("project", 0, "report_date", stand)]
    for i, text in enumerate(rng.sample(DE_ISSUES, n)):
        due = made[i] + timedelta(days=rng.choice([7, 14, 21]))
        pr, st, who = rng.choice(list(DE_PRIO)), rng.choice(list(DE_STATUS)), rng.choice(DE_PEOPLE)
        _put(ws, 5 + i, 1, [[i + 1, text, who, _dmy(made[i], "."), _dmy(due, "."), pr, st]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "raised_date", made[i]),
            ValueFact("issues", i, "due_date", due),
            ValueFact("issues", i, "priority", DE_PRIO[pr]),
        ]
        if DE_STATUS[st]:
            values.append(ValueFact("issues", i, "status", DE_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date", "due_date"])
    targets |= _cols("F", ["priority", "status"])
    path = _save(wb, folder, "de_porcelain_offene_punkte")
    return Built(path, [_one("issues", "OPL", 4, targets, n)], values)


ES_ROWS = [
    ("Riesgo", "R", "Rotura del bloque durante el corte"),
    ("Riesgo", "R", "Subida del precio del gasóleo"),
    ("Supuesto", "S", "La cantera entrega 40 bloques al mes"),
    ("Incidencia", "I", "Telar de hilo diamantado averiado"),
    ("Incidencia", "I", "Permiso ambiental pendiente de firma"),
    ("Dependencia", "D", "Acometida eléctrica de la compañía"),
]
ES_REG = {"Riesgo": "risks", "Supuesto": "assumptions", "Incidencia": "issues"}
ES_REG["Dependencia"] = "dependencies"
ES_LETTER = {"risks": "R", "assumptions": "A", "issues": "I", "dependencies": "D"}
ES_PEOPLE = ["María López", "José Martínez", "Ana Sánchez", "Pedro Gómez"]


def es_marble_raid(folder: Path, rng: random.Random) -> Built:
    """A marble workshop's mixed RAID register with a `Tipo` column in Spanish."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "RAID")
    ws["A1"] = "Mármoles del Almanzora - Nueva línea de corte - Registro RAID"
    head = ["Código", "Tipo", "Descripción", "Responsable", "Fecha alta", "Estado"]
    _put(ws, 3, 1, [head])
    rows = [r for k, r in enumerate(ES_ROWS) if k % 2 == 0 or rng.random() < 0.6]
    made = _days(rng, len(rows), date(2026, 1, 12))
    counts: dict[str, int] = {}
    values: list[ValueFact] = []
    for k, (kind, letter, text) in enumerate(rows):
        reg = ES_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(ES_PEOPLE), rng.choice(["Abierto", "Abierto", "Cerrado"])
        _put(ws, 4 + k, 1, [[f"{letter}-{i + 1:02d}", kind, text, who, made[k], st]])
        ws.cell(4 + k, 5).number_format = "dd/mm/yyyy"
        values += [
            ValueFact(reg, i, "id", f"{ES_LETTER[reg]}-{i + 1:03d}"),
            ValueFact(reg, i, "assumption" if reg == "assumptions" else "title", text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", "Open" if st == "Abierto" else "Closed"),
        ]
        if reg != "dependencies":
            values.append(ValueFact(reg, i, "raised_date", made[k]))
    targets: Targets = _cols("A", ["id", "register", ("title", "assumption"), "owner"])
    targets |= _cols("E", [("raised_date", None), "status"])
    path = _save(wb, folder, "es_marble_raid")
    return Built(path, [TruthTable("RAID", 3, "raid", targets, counts)], values)


IT_DECISIONS = [
    ("Ance in acciaio armonico dal fornitore tedesco", "Qualità costante"),
    ("Secondo turno in accordatura", "Ordini per la fiera di Francoforte"),
    ("Nuovo magazzino legname rinviato", "Budget 2026 bloccato"),
    ("Mantici in pelle sintetica per la linea studio", "Costo e durata"),
    ("Collaudo finale affidato al maestro accordatore", "Responsabilità chiara"),
]
IT_BY = ["Comitato di progetto", "Direzione", "Responsabile di produzione"]


def it_accordion_decisioni(folder: Path, rng: random.Random) -> Built:
    """An accordion maker's decision log with `dd/mm/yyyy` text dates."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisioni")
    ws["A1"] = "Fisarmoniche Castelfidardo - Registro decisioni"
    _put(ws, 3, 1, [["N.", "Data", "Decisione", "Motivazione", "Deciso da"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2025, 10, 6))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(IT_DECISIONS, n)):
        who = rng.choice(IT_BY)
        _put(ws, 4 + i, 1, [[i + 1, _dmy(when[i]), text, why, who]])
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "it_accordion_decisioni")
    return Built(path, [_one("decisions", "Decisioni", 3, targets, n)], values)


NL_DEPS = [
    ("Populierenhout geleverd door de houtzagerij", "Inkomend"),
    ("Vergunning omgevingsdienst voor de nieuwe werkplaats", "Inkomend"),
    ("Maatvoering aan de webwinkel doorgeven", "Uitgaand"),
    ("Freesmachine geïnstalleerd door leverancier", "Inkomend"),
    ("Productfoto's aan het toeristenbureau", "Uitgaand"),
]
NL_PEOPLE = ["Jan de Vries", "Anouk Jansen", "Pieter Bakker", "Sanne Visser"]
NL_STATUS = {"Op schema": "On Track", "Risico": "At Risk", "Te laat": "Late"}
NL_STATUS["Geleverd"] = "Delivered"


def nl_clog_afhankelijkheden(folder: Path, rng: random.Random) -> Built:
    """A clog workshop's dependency list with `dd-mm-yyyy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Afhankelijkheden")
    head = ["Afhankelijkheid", "Richting", "Eigenaar", "Contactpersoon", "Nodig op"]
    head += ["Toegezegd", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, (text, way) in enumerate(rng.sample(NL_DEPS, n)):
        ours, them = rng.sample(NL_PEOPLE, 2)
        promised = need[i] + timedelta(days=rng.choice([-5, 0, 10]))
        st = rng.choice(list(NL_STATUS))
        _put(ws, 2 + i, 1, [[text, way, ours, them, need[i], promised, st]])
        for c in (5, 6):
            ws.cell(2 + i, c).number_format = "dd-mm-yyyy"
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact(
                "dependencies", i, "direction", "Inbound" if way == "Inkomend" else "Outbound"
            ),
            ValueFact("dependencies", i, "owner", ours),
            ValueFact("dependencies", i, "counterparty_owner", them),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "committed_date", promised),
            ValueFact("dependencies", i, "status", NL_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["title", "direction", "owner", "counterparty_owner"])
    targets |= _cols("E", ["need_by", "committed_date", "status"])
    path = _save(wb, folder, "nl_clog_afhankelijkheden")
    return Built(path, [_one("dependencies", "Afhankelijkheden", 1, targets, n)], values)


PL_RISKS = ["Awaria linii do lepienia", "Wzrost cen mąki", "Brak pracowników sezonowych"]
PL_RISKS += ["Opóźnienie odbioru przez sanepid"]
PL_ISSUES = ["Tunel mroźniczy nie osiąga -35°C", "Etykiety bez alergenów"]
PL_ISSUES += ["Dostawa kartonów opóźniona", "Wyciek w instalacji parowej"]
PL_PEOPLE = ["Anna Nowak", "Piotr Kowalski", "Katarzyna Wiśniewska", "Tomasz Wójcik"]
PL_ISSUE_STATUS = {"Otwarty": "Open", "W toku": "In Progress", "Rozwiązany": "Resolved"}
PL_ISSUE_STATUS["Zamknięty"] = "Closed"


def pl_pierogi_rejestr(folder: Path, rng: random.Random) -> Built:
    """A pierogi plant's workbook with a risk sheet and an issue sheet, `dd.mm.yyyy` cells."""
    wb = openpyxl.Workbook()
    tables: list[TruthTable] = []
    values: list[ValueFact] = []
    for s, (sheet, reg, pool) in enumerate((("Ryzyka", "risks", PL_RISKS),
                                            ("Problemy", "issues", PL_ISSUES))):  # fmt: skip
        ws = _sheet(wb, sheet) if s == 0 else wb.create_sheet(sheet)
        ws["A1"] = f"Rejestr - {sheet} - projekt Nowa linia pierogów"
        head = ["Lp.", "Opis", "Właściciel", "Data zgłoszenia", "Termin", "Status"]
        _put(ws, 3, 1, [head])
        n = rng.randint(3, 4)
        made = _days(rng, n, date(2026, 1, 5))
        for i, text in enumerate(rng.sample(pool, n)):
            who = rng.choice(PL_PEOPLE)
            due = made[i] + timedelta(days=rng.choice([14, 30]))
            if reg == "risks":
                st, std = rng.choice([("Otwarte", "Open"), ("Zamknięte", "Closed")])
            else:
                st = rng.choice(list(PL_ISSUE_STATUS))
                std = PL_ISSUE_STATUS[st]
            _put(ws, 4 + i, 1, [[i + 1, text, who, made[i], due, st]])
            for c in (4, 5):
                ws.cell(4 + i, c).number_format = "dd.mm.yyyy"
            values += [
                ValueFact(reg, i, "title", text),
                ValueFact(reg, i, "owner", who),
                ValueFact(reg, i, "raised_date", made[i]),
                ValueFact(reg, i, "status", std),
            ]
            if reg == "issues":
                values.append(ValueFact(reg, i, "due_date", due))
        due_t = "due_date" if reg == "issues" else ("due_date", "last_updated", None)
        targets: Targets = _cols("A", [("id", None), "title", "owner", "raised_date"])
        targets |= {"E": due_t, "F": "status"}
        tables.append(_one(reg, sheet, 3, targets, n))
    path = _save(wb, folder, "pl_pierogi_rejestr")
    return Built(path, tables, values)


BR_LINES = ["Alambique de cobre", "Dornas de amburana", "Obras civis", "Mão de obra"]
BR_LINES += ["Rotulagem e envase"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov"]
PT_MONTHS += ["dez"]


def br_cachaca_orcado_realizado(folder: Path, rng: random.Random) -> Built:
    """A cachaça distillery's budget vs actual: a measure column, `jan/26` text months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Orçado x Realizado")
    ws["A1"] = "Alambique Serra Mineira - Ampliação da destilaria - Orçado x Realizado (R$)"
    months = _months(date(2026, 1, 1), 6)
    labels = [f"{PT_MONTHS[m.month - 1]}/{m:%y}" for m in months]
    _put(ws, 3, 1, [["Rubrica", "Tipo", *labels]])
    lines = rng.sample(BR_LINES, rng.randint(3, 4))
    done = rng.randint(2, 5)
    values: list[ValueFact] = []
    row = 4
    for line in lines:
        for measure, word in (("budget", "Orçado"), ("actual", "Realizado")):
            amounts: list[float | None] = []
            for m, month in enumerate(months):
                if measure == "actual" and m >= done:
                    amounts.append(None)
                    continue
                amount = round(rng.randrange(20, 900) * 100 + rng.choice([0, 0.5]), 2)
                amounts.append(amount)
                values.append(ValueFact("finance", (month, line), measure, amount))
            _put(ws, row, 1, [[line, word, *amounts]])
            for c in range(3, 9):
                ws.cell(row, c).number_format = '"R$" #,##0.00'
            row += 1
    path = _save(wb, folder, "br_cachaca_orcado_realizado")
    table = TruthTable("Orçado x Realizado", 3, "finance", {"A": "cost_line", "B": "measure"},
                       {"finance": 6 * len(lines)})  # fmt: skip
    return Built(path, [table], values)


FI_LINES = ["Runkotyöt", "Potkurilaitteet", "Sähköistys", "Suunnittelu", "Telakkamaksut"]


def fi_icebreaker_kustannusseuranta(folder: Path, rng: random.Random) -> Built:
    """An icebreaker refit's one-month cost snapshot: `Budjetti`, `Toteuma`, `Ennuste` in €."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kustannusseuranta")
    ws["A1"] = "Jäänmurtaja Otson peruskorjaus - Kustannusseuranta"
    ws["A2"] = "Kausi: maaliskuu 2026"
    _put(ws, 4, 1, [["Kustannuserä", "Budjetti (€)", "Toteuma (€)", "Ennuste (€)"]])
    month = date(2026, 3, 1)
    lines = rng.sample(FI_LINES, rng.randint(3, 5))
    values: list[ValueFact] = [ValueFact("project", 0, "currency", "EUR")]
    for r, line in enumerate(lines):
        b = float(rng.randrange(10, 300) * 1000)
        a = round(b * rng.uniform(0.5, 1.1), 2)
        f = round(max(a, b * rng.uniform(0.9, 1.2)), 2)
        _put(ws, 5 + r, 1, [[line, b, a, f]])
        for c in (2, 3, 4):
            ws.cell(5 + r, c).number_format = '#,##0.00 "€"'
        values += [
            ValueFact("finance", (month, line), "budget", b),
            ValueFact("finance", (month, line), "actual", a),
            ValueFact("finance", (month, line), "forecast", f),
        ]
    targets: Targets = {"A": "cost_line", "B": "budget", "C": "actual", "D": "forecast"}
    path = _save(wb, folder, "fi_icebreaker_kustannusseuranta")
    table = TruthTable("Kustannusseuranta", 4, "finance", targets, {"finance": len(lines)})
    return Built(path, [table], values)


CZ_LINES = ["Plnicí linka", "Stavební úpravy", "Projektová dokumentace", "Mzdy"]


def _czk(x: float) -> str:
    whole, cents = f"{x:,.2f}".split(".")
    return f"{whole.replace(',', ' ')},{cents}"


def cz_mineral_water_naklady(folder: Path, rng: random.Random) -> Built:
    """A mineral water bottling line's long cost table with `01/2026` periods and text
    amounts `125 430,50`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Náklady")
    ws["A1"] = "Modernizace stáčírny minerální vody - čerpání rozpočtu"
    _put(ws, 3, 1, [["Období", "Nákladová položka", "Plán (Kč)", "Skutečnost (Kč)"]])
    months = _months(date(2026, 1, 1), rng.randint(2, 4))
    lines = rng.sample(CZ_LINES, 3)
    values: list[ValueFact] = []
    row = 4
    for month in months:
        for line in lines:
            plan = round(rng.randrange(50, 900) * 1000 + rng.choice([0, 250.5]), 2)
            real = round(plan * rng.uniform(0.6, 1.2), 2)
            _put(ws, row, 1, [[f"{month.month:02d}/{month.year}", line, _czk(plan), _czk(real)]])
            values += [
                ValueFact("finance", (month, line), "budget", plan),
                ValueFact("finance", (month, line), "actual", real),
            ]
            row += 1
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    path = _save(wb, folder, "cz_mineral_water_naklady")
    table = TruthTable("Náklady", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], values)


JP_PEOPLE = [
    ("佐藤 健", "畳工房", "畳職人"),
    ("鈴木 花子", "畳工房", "プロジェクトマネージャー"),
    ("高橋 誠", "設備業者", "機械据付"),
    ("田中 由美", "経理部", "経理担当"),
    ("伊藤 翔", "畳工房", "品質管理"),
]


def jp_tatami_yoin_keikaku(folder: Path, rng: random.Random) -> Built:
    """A tatami workshop's resource plan in person-days with `2026年4月` text months."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "要員計画")
    ws["A1"] = "畳製造ライン自動化プロジェクト 要員計画（人日）"
    months = _months(date(2026, 4, 1), 6)
    _put(ws, 3, 1, [["氏名", "所属", "役割", *[f"{m.year}年{m.month}月" for m in months]]])
    count = 0
    for r, (name, org, role) in enumerate(rng.sample(JP_PEOPLE, 4)):
        days = [rng.choice([0, 3, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, org, role, *[d or None for d in days]]])
    path = _save(wb, folder, "jp_tatami_yoin_keikaku")
    table = TruthTable("要員計画", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


NO_MILESTONES = [
    "Tilstandsvurdering godkjent av Riksantikvaren",
    "Tjærebrenning av takflater ferdig",
    "Nye svillstokker lagt",
    "Portal restaurert",
    "Ferdigbefaring",
]
NO_PEOPLE = ["Ingrid Hansen", "Ola Nordmann", "Kari Berg"]
NO_STATUS = {"I rute": None, "Forsinket": "Late", "Ikke startet": "Not Started"}


def no_stave_church_milepaeler(folder: Path, rng: random.Random) -> Built:
    """A stave church restoration's milestone plan with `dd.mm.yyyy` date cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Milepæler")
    ws["A1"] = "Restaurering av stavkirken - Milepælsplan"
    head = ["Milepæl", "Ansvarlig", "Opprinnelig dato", "Prognose", "Faktisk dato", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    base = _days(rng, n, date(2025, 9, 1))
    done = rng.randint(1, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(NO_MILESTONES[:n]):
        fc = base[i] + timedelta(days=rng.choice([0, 7, 21]))
        who = rng.choice(NO_PEOPLE)
        if i < done:
            st, actual, std = "Fullført", fc, "Complete"
        else:
            st, actual = rng.choice(list(NO_STATUS)), None
            std = NO_STATUS[st]
        _put(ws, 4 + i, 1, [[name, who, base[i], fc, actual, st]])
        for c in (3, 4, 5):
            ws.cell(4 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", base[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
        if std:
            values.append(ValueFact("milestones", i, "status", std))
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "forecast_date"])
    targets |= _cols("E", ["actual_date", "status"])
    path = _save(wb, folder, "no_stave_church_milepaeler")
    return Built(path, [_one("milestones", "Milepæler", 3, targets, n)], values)


TR_MILESTONES = ["Kırma makinesi montajı", "Kavurma fırını devreye alma", "Gıda sicil onayı"]
TR_MILESTONES += ["İlk ihracat sevkiyatı", "Proje kapanışı"]
TR_RAG = {"Yeşil": "Green", "Sarı": "Amber", "Kırmızı": "Red"}
TR_STATUS = {"Tamamlandı": "Complete", "Devam ediyor": "In Progress", "Gecikmeli": "Late"}


def tr_hazelnut_durum_raporu(folder: Path, rng: random.Random) -> Built:
    """A hazelnut plant's status report: label / value rows, `15.03.2026` text date,
    Turkish RAG words, a milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Durum Raporu")
    project, sponsor, pm = "Giresun Fındık Kırma Tesisi Yenileme", "Mehmet Yılmaz", "Elif Demir"
    report = date(2026, 3, rng.choice([13, 20, 27]))
    ws["A1"] = "PROJE DURUM RAPORU"
    rows: list[list[object]] = [["Proje Adı", project], ["Proje Sponsoru", sponsor]]
    rows += [["Proje Yöneticisi", pm], ["Rapor Tarihi", _dmy(report, ".")]]
    _put(ws, 3, 1, rows)
    rags = [rng.choice(list(TR_RAG)) for _ in range(4)]
    _put(ws, 8, 1, [["Genel Durum", rags[0]], ["Zaman", rags[1]], ["Maliyet", rags[2]]])
    _put(ws, 11, 1, [["Kapsam", rags[3]]])
    summary = rng.choice(["Kırma hattı deneme üretiminde.", "Fırın teslimatı iki hafta gecikti."])
    _put(ws, 13, 1, [["Özet", summary], ["Para birimi: TL"]])
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "sponsor", sponsor),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", TR_RAG[rags[0]]),
        ValueFact("project", 0, "schedule_rag", TR_RAG[rags[1]]),
        ValueFact("project", 0, "cost_rag", TR_RAG[rags[2]]),
        ValueFact("project", 0, "scope_rag", TR_RAG[rags[3]]),
        ValueFact("project", 0, "status_summary", summary),
    ]
    ws["A16"] = "Kilometre Taşları"
    _put(ws, 17, 1, [["Kilometre Taşı", "Planlanan", "Revize", "Durum"]])
    n = rng.randint(3, 5)
    due = _days(rng, n, date(2025, 12, 1))
    for i, name in enumerate(TR_MILESTONES[:n]):
        slip = rng.choice([0, 0, 14])
        revised = due[i] + timedelta(days=slip) if slip else None
        st = (
            "Tamamlandı"
            if (revised or due[i]) < report
            else rng.choice(["Devam ediyor", "Gecikmeli"])
        )
        _put(ws, 18 + i, 1, [[name, due[i], revised, st]])
        for c in (2, 3):
            ws.cell(18 + i, c).number_format = "dd.mm.yyyy"
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "status", TR_STATUS[st]),
        ]
        if revised:
            values.append(ValueFact("milestones", i, "forecast_date", revised))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date", "D": "status"}
    path = _save(wb, folder, "tr_hazelnut_durum_raporu")
    return Built(path, [_one("milestones", "Durum Raporu", 17, targets, n)], values)


HELD_OUT_69: tuple[Layout, ...] = (
    Layout("fr_mustard_risk_register", "French mustard mill risk register (text dates)",
           fr_mustard_risk_register),
    Layout("de_porcelain_offene_punkte", "German porcelain open-points list (dd.mm.yyyy)",
           de_porcelain_offene_punkte),
    Layout("es_marble_raid", "Spanish marble workshop mixed RAID register (Tipo)",
           es_marble_raid),
    Layout("it_accordion_decisioni", "Italian accordion maker decision log",
           it_accordion_decisioni),
    Layout("nl_clog_afhankelijkheden", "Dutch clog workshop dependency list",
           nl_clog_afhankelijkheden),
    Layout("pl_pierogi_rejestr", "Polish pierogi plant workbook with risk and issue sheets",
           pl_pierogi_rejestr),
    Layout("br_cachaca_orcado_realizado", "Brazilian cachaça Orçado x Realizado (jan/26)",
           br_cachaca_orcado_realizado),
    Layout("fi_icebreaker_kustannusseuranta", "Finnish icebreaker one-month cost snapshot",
           fi_icebreaker_kustannusseuranta),
    Layout("cz_mineral_water_naklady", "Czech bottling line long cost table (text Kč)",
           cz_mineral_water_naklady),
    Layout("jp_tatami_yoin_keikaku", "Japanese tatami workshop resource plan (人日)",
           jp_tatami_yoin_keikaku),
    Layout("no_stave_church_milepaeler", "Norwegian stave church milestone plan",
           no_stave_church_milepaeler),
    Layout("tr_hazelnut_durum_raporu", "Turkish hazelnut plant status report",
           tr_hazelnut_durum_raporu),
)  # fmt: skip
