"""The seventy-second held-out batch (``HELD_OUT_72``, round 34): twelve seeded legacy
layouts with ground truth, written by an engineer who does not tune adoption and who read
neither the adoption code (``addin/adopt/``) nor any batch's misses or scores. It is
ORDINARY WORKBOOKS IN OTHER LANGUAGES: registers and trackers PMs keep in their own
language with their country's date, number and money forms, in sectors no earlier batch's
docstring names (a nougat works, a marzipan factory, an anchovy cannery, a gelato
laboratory, a stroopwafel bakery, a gingerbread bakery, an acai pulp plant, a crispbread
mill, a Czech gingerbread museum, a kimono dyeing workshop, a baklava kitchen, a kantele
workshop).

Registers:

- ``fr_nougat_registre_risques``: a Montelimar nougat works' `Registre des risques`: a
  title, header on row 4, `Réf.` R01.., `Date d'identification` cells shown `dd/mm/yyyy`,
  `Intitulé du risque`, `Pilote`, `Échéance` cells, `Statut` Ouvert / Sous surveillance /
  Clos.
- ``de_marzipan_offene_punkte``: a Lübeck marzipan factory's `Offene-Punkte-Liste`: `Nr.`
  1.., `Thema`, `Verantwortlich`, `Priorität` hoch / mittel / niedrig, `Termin` as
  `dd.mm.yyyy` text, `Status` offen / in Bearbeitung / erledigt.
- ``es_anchoa_registro_raid``: a Cantabrian anchovy cannery's mixed RAID register: `Tipo`
  Riesgo / Supuesto / Incidencia / Dependencia, `Descripción`, `Responsable`, `Fecha de
  alta` cells shown `dd/mm/yyyy`, `Estado` Abierto / Cerrado.
- ``it_gelato_registro_decisioni``: a Bologna gelato laboratory's `Registro delle
  decisioni`: `N.`, `Data` cells shown `dd/mm/yyyy`, `Decisione`, `Motivazione`, `Decisa
  da`.
- ``nl_stroopwafel_issuelijst``: a Gouda stroopwafel bakery's `Issuelijst`: `Nr`,
  `Omschrijving`, `Gemeld op` cells shown `dd-mm-yyyy`, `Eigenaar`, `Prioriteit` Hoog /
  Middel / Laag, `Status` Open / In behandeling / Gesloten.
- ``pl_piernik_rejestr_zaleznosci``: a Toruń gingerbread bakery's `Rejestr zależności`:
  `Lp.`, `Opis zależności`, `Kierunek` Przychodząca / Wychodząca, `Odpowiedzialny`,
  `Wymagana data` cells shown `dd.mm.yyyy`, `Status` Otwarta / Zagrożona / Dostarczona.

Trackers:

- ``br_acai_orcado_realizado``: a Belém acai pulp plant's `Realizado` sheet: `Valores em
  R$`, `Centro de custo` down, `jan/26` .. text month labels across, a `Total` column.
- ``se_knackebrod_kostnadsuppfoljning``: a crispbread mill's `Kostnadsuppföljning` with
  months DOWN as text (`januari 2026`), cost lines across, `Utfall (SEK)` in the title, a `Summa` row.
- ``cz_pernik_cerpani_rozpoctu``: a Pardubice gingerbread museum's `Čerpání rozpočtu` in
  long form: `Měsíc` date cells shown `mm/yyyy`, `Položka`, `Rozpočet (Kč)`,
  `Skutečnost (Kč)`.
- ``jp_kimono_yoin_keikaku``: a Kyoto kimono dyeing workshop's 要員計画 in person-days:
  `氏名`, `所属`, `役割`, `2026年4月` .. text months across, `合計`.
- ``tr_baklava_kilometre_taslari``: a Gaziantep baklava kitchen's milestone plan: `Kilometre
  Taşı`, `Sorumlu`, `Planlanan Tarih` / `Gerçekleşen Tarih` cells shown `dd.mm.yyyy`,
  `Durum` Tamamlandı / Devam ediyor / Gecikmede / Başlamadı.
- ``fi_kantele_tilanneraportti``: a kantele workshop's `Tilanneraportti`: `Projekti`,
  `Projektipäällikkö`, `Raportointipäivä` cell shown `d.m.yyyy`, `Kokonaistilanne` /
  `Aikataulu` / `Kustannukset` as Vihreä / Keltainen / Punainen, then a `Virstanpylväät`
  table (`Virstanpylväs`, `Suunniteltu`, `Ennuste`, `Tila` Valmis / Kesken / Myöhässä).

Truth a person could read two ways has no fact (least sure first):

- the marzipan list's `erledigt` (Resolved or Closed?): no status fact; `Nr.` 1..: no id
  fact; `Termin` text is day first (German dots);
- the kantele report's `Kesken` (unfinished: In Progress or Not Started?): no status fact;
  `Valmis` is Complete, `Myöhässä` Late; `Keltainen` is Amber; `Kustannukset` the cost RAG;
  no currency line: no currency fact;
- the nougat register's `Sous surveillance` is Monitoring; `Réf.` R01 (no standard shape):
  no id fact; `Échéance` is the due date;
- the anchovy RAID register's `Fecha de alta` for an assumption or a dependency (no raised
  date in the standard): no fact; no id column;
- the gingerbread dependency register's `Lp.` 1..: no id fact; `Otwarta` Open, `Zagrożona`
  At Risk, `Dostarczona` Delivered; `Wymagana data` the need-by date;
- the stroopwafel list's `Nr`: no id fact; `In behandeling` is In Progress, `Middel`
  Medium;
- the gelato log's `N.`: no id fact; `Motivazione` the rationale, `Decisa da` the maker;
- R$, SEK and Kč are not on the standard's currency list: no currency fact; the `Total` /
  `Summa` column and row: no month, no line;
- the kimono plan: counts only, `所属`: left out, `合計`: no month;
- the baklava plan's `Devam ediyor` is In Progress, `Gecikmede` Late.

Readings used: date cells are what they hold; text dates are day first; ids in no standard
shape get no id fact. Checked for internal consistency only (``adopt_truth.check_truth``),
never against adoption's output.

Audit, round 34 (docs/adopt.md, "Round 34: the seventy-second batch's truth audited"): the
nougat register's `Réf.` R01.. now reads as the risk id R-001.. (round 34's audit of the
sixty-ninth batch ruled the French `R01` so; column A is `id`); the anchovy register's
`Fecha de alta` for a `Supuesto` is now the assumption's raised date (the standard's
assumption has one; a `Dependencia` still has no fact). Seed 2026: 295 -> 301 facts (205 ->
211 values).
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


def _fmt(ws: object, row: int, cols: tuple[int, ...], fmt: str) -> None:
    for c in cols:
        ws.cell(row, c).number_format = fmt  # type: ignore[attr-defined]


NOUGAT_RISKS = [
    "Hausse du prix du miel de lavande",
    "Panne du pétrin à nougat",
    "Retard de livraison des amandes de Provence",
    "Départ en retraite du maître confiseur",
    "Non-conformité de l'étiquetage IGP",
    "Rupture d'emballages carton",
]
NOUGAT_PEOPLE = ["C. Chabert", "J.-M. Roux", "A. Faure", "S. Bonnet"]
NOUGAT_STATUS = {"Ouvert": "Open", "Sous surveillance": "Monitoring", "Clos": "Closed"}


def fr_nougat_registre_risques(folder: Path, rng: random.Random) -> Built:
    """A French nougat works' risk register: `Réf.` R01, dd/mm/yyyy cells, `Pilote`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Risques")
    ws["A1"] = "Nougaterie du Vieux Moulin - Registre des risques"
    head = ["Réf.", "Date d'identification", "Intitulé du risque", "Pilote", "Échéance"]
    _put(ws, 4, 1, [[*head, "Statut"]])
    n = rng.randint(4, 6)
    raised = _days(rng, n, date(2026, 1, 8))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(NOUGAT_RISKS, n)):
        who, st = rng.choice(NOUGAT_PEOPLE), rng.choice(list(NOUGAT_STATUS))
        due = raised[i] + timedelta(days=rng.choice([30, 45, 60]))
        _put(ws, 5 + i, 1, [[f"R{i + 1:02d}", raised[i], text, who, due, st]])
        _fmt(ws, 5 + i, (2, 5), "dd/mm/yyyy")
        values += [
            ValueFact("risks", i, "id", f"R-{i + 1:03d}"),
            ValueFact("risks", i, "raised_date", raised[i]),
            ValueFact("risks", i, "title", text),
            ValueFact("risks", i, "owner", who),
            ValueFact("risks", i, "due_date", due),
            ValueFact("risks", i, "status", NOUGAT_STATUS[st]),
        ]
    targets: Targets = _cols("A", ["id", "raised_date", "title", "owner", "due_date"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "fr_nougat_registre_risques")
    return Built(path, [_one("risks", "Risques", 4, targets, n)], values)


MARZIPAN_POINTS = [
    "Kühlhaus erreicht Solltemperatur nicht",
    "Mandellieferung aus Sizilien verspätet",
    "Etikettendrucker fällt wiederholt aus",
    "Hygieneaudit: Nachweise fehlen",
    "Schichtplan Weihnachtsgeschäft offen",
    "Formen für Marzipankartoffeln beschädigt",
]
MARZIPAN_PEOPLE = ["Herr Petersen", "Frau Schulz", "Herr Möller", "Frau Jansen"]
MARZIPAN_PRIO = {"hoch": "High", "mittel": "Medium", "niedrig": "Low"}
MARZIPAN_STATUS = {"offen": "Open", "in Bearbeitung": "In Progress", "erledigt": None}


def de_marzipan_offene_punkte(folder: Path, rng: random.Random) -> Built:
    """A German marzipan factory's open-points list: `Termin` dd.mm.yyyy text, `erledigt`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "OPL")
    ws["A1"] = "Offene-Punkte-Liste Linie 3"
    head = ["Nr.", "Thema", "Verantwortlich", "Priorität", "Termin", "Status"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 6)
    due = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(MARZIPAN_POINTS, n)):
        who, pr = rng.choice(MARZIPAN_PEOPLE), rng.choice(list(MARZIPAN_PRIO))
        st = rng.choice(list(MARZIPAN_STATUS))
        _put(ws, 4 + i, 1, [[i + 1, text, who, pr, f"{due[i]:%d.%m.%Y}", st]])
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", MARZIPAN_PRIO[pr]),
            ValueFact("issues", i, "due_date", due[i]),
        ]
        if MARZIPAN_STATUS[st]:
            values.append(ValueFact("issues", i, "status", MARZIPAN_STATUS[st]))
    targets: Targets = _cols("A", [("id", None), "title", "owner", "priority", "due_date"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "de_marzipan_offene_punkte")
    return Built(path, [_one("issues", "OPL", 3, targets, n)], values)


ANCHOA_ROWS = [
    ("Riesgo", "Veda de la anchoa adelantada por el Gobierno"),
    ("Riesgo", "Escasez de sobadoras con experiencia"),
    ("Supuesto", "La cofradía mantiene el precio de lonja"),
    ("Incidencia", "Avería en la cámara de salazón"),
    ("Incidencia", "Retraso en las latas litografiadas"),
    ("Dependencia", "Ampliación del muelle de Santoña por el puerto"),
]
ANCHOA_REG = {"Riesgo": "risks", "Supuesto": "assumptions", "Incidencia": "issues"}
ANCHOA_REG["Dependencia"] = "dependencies"
ANCHOA_PEOPLE = ["Marta Gutiérrez", "Iñaki Ruiz", "Carmen Sainz"]


def es_anchoa_registro_raid(folder: Path, rng: random.Random) -> Built:
    """A Spanish anchovy cannery's mixed RAID register: `Tipo` words, `Fecha de alta`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Registro")
    ws["A1"] = "Conservas del Cantábrico - Registro de riesgos, supuestos, incidencias"
    _put(ws, 3, 1, [["Tipo", "Descripción", "Responsable", "Fecha de alta", "Estado"]])
    rows = [r for r in ANCHOA_ROWS if r[0] == "Supuesto" or rng.random() < 0.8]
    rng.shuffle(rows)
    logged = _days(rng, len(rows), date(2026, 1, 12))
    values: list[ValueFact] = []
    counts: dict[str, int] = {}
    for k, (kind, text) in enumerate(rows):
        reg = ANCHOA_REG[kind]
        i = counts.get(reg, 0)
        counts[reg] = i + 1
        who, st = rng.choice(ANCHOA_PEOPLE), rng.choice(["Abierto", "Abierto", "Cerrado"])
        _put(ws, 4 + k, 1, [[kind, text, who, logged[k], st]])
        _fmt(ws, 4 + k, (4,), "dd/mm/yyyy")
        title = "assumption" if reg == "assumptions" else "title"
        values += [
            ValueFact(reg, i, title, text),
            ValueFact(reg, i, "owner", who),
            ValueFact(reg, i, "status", "Open" if st == "Abierto" else "Closed"),
        ]
        if reg in ("risks", "issues", "assumptions"):
            values.append(ValueFact(reg, i, "raised_date", logged[k]))
    targets: Targets = _cols("A", ["register", ("title", "assumption"), "owner"])
    targets |= {"D": ("raised_date", None), "E": "status"}
    path = _save(wb, folder, "es_anchoa_registro_raid")
    return Built(path, [TruthTable("Registro", 3, "raid", targets, counts)], values)


GELATO_DECISIONS = [
    ("Adottare latte fresco di Granarolo", "Qualità costante e filiera corta"),
    ("Rinviare l'apertura del secondo banco", "Lavori in ritardo in via Saragozza"),
    ("Sostituire il mantecatore", "Costi di manutenzione troppo alti"),
    ("Eliminare i coni confezionati", "Scelta di produrre cialde in casa"),
    ("Assumere un apprendista", "Picco estivo di produzione"),
]
GELATO_PEOPLE = ["Comitato di progetto", "Giulia Rossi", "Marco Bernardi"]


def it_gelato_registro_decisioni(folder: Path, rng: random.Random) -> Built:
    """An Italian gelato laboratory's decision log: `Data` dd/mm/yyyy cells, `Decisa da`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Decisioni")
    ws["A1"] = "Registro delle decisioni"
    _put(ws, 3, 1, [["N.", "Data", "Decisione", "Motivazione", "Decisa da"]])
    n = rng.randint(3, 5)
    when = _days(rng, n, date(2026, 2, 3))
    values: list[ValueFact] = []
    for i, (text, why) in enumerate(rng.sample(GELATO_DECISIONS, n)):
        who = rng.choice(GELATO_PEOPLE)
        _put(ws, 4 + i, 1, [[i + 1, when[i], text, why, who]])
        _fmt(ws, 4 + i, (2,), "dd/mm/yyyy")
        values += [
            ValueFact("decisions", i, "date", when[i]),
            ValueFact("decisions", i, "decision", text),
            ValueFact("decisions", i, "rationale", why),
            ValueFact("decisions", i, "made_by", who),
        ]
    targets: Targets = _cols("A", [("id", None), "date", "decision", "rationale", "made_by"])
    path = _save(wb, folder, "it_gelato_registro_decisioni")
    return Built(path, [_one("decisions", "Decisioni", 3, targets, n)], values)


WAFEL_ISSUES = [
    "Wafelijzer 2 raakt oververhit",
    "Stroopleverancier kan volume niet leveren",
    "Verpakkingsmachine geeft foutmelding",
    "Vergunning uitbreiding nog niet rond",
    "Te weinig personeel in de avondploeg",
]
WAFEL_PEOPLE = ["Sanne de Vries", "Pieter Bakker", "Femke Visser"]
WAFEL_PRIO = {"Hoog": "High", "Middel": "Medium", "Laag": "Low"}
WAFEL_STATUS = {"Open": "Open", "In behandeling": "In Progress", "Gesloten": "Closed"}


def nl_stroopwafel_issuelijst(folder: Path, rng: random.Random) -> Built:
    """A Dutch stroopwafel bakery's issue list: `Gemeld op` dd-mm-yyyy cells, `Middel`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Issues")
    head = ["Nr", "Omschrijving", "Gemeld op", "Eigenaar", "Prioriteit", "Status"]
    _put(ws, 1, 1, [head])
    n = rng.randint(3, 5)
    raised = _days(rng, n, date(2026, 3, 2))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(WAFEL_ISSUES, n)):
        who, pr, st = (rng.choice(WAFEL_PEOPLE), rng.choice(list(WAFEL_PRIO)),
                       rng.choice(list(WAFEL_STATUS)))  # fmt: skip
        _put(ws, 2 + i, 1, [[i + 1, text, raised[i], who, pr, st]])
        _fmt(ws, 2 + i, (3,), "dd-mm-yyyy")
        values += [
            ValueFact("issues", i, "title", text),
            ValueFact("issues", i, "raised_date", raised[i]),
            ValueFact("issues", i, "owner", who),
            ValueFact("issues", i, "priority", WAFEL_PRIO[pr]),
            ValueFact("issues", i, "status", WAFEL_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "raised_date", "owner", "priority"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "nl_stroopwafel_issuelijst")
    return Built(path, [_one("issues", "Issues", 1, targets, n)], values)


PIERNIK_DEPS = [
    "Dostawa miodu z pasieki w Kaszubach",
    "Odbiór instalacji gazowej przez PGNiG",
    "Projekt opakowań od agencji",
    "Przekazanie receptur dla sklepu internetowego",
    "Certyfikat sanepidu dla nowej hali",
]
PIERNIK_PEOPLE = ["Anna Kowalczyk", "Tomasz Wiśniewski", "Katarzyna Lewandowska"]
PIERNIK_DIR = {"Przychodząca": "Inbound", "Wychodząca": "Outbound"}
PIERNIK_STATUS = {"Otwarta": "Open", "Zagrożona": "At Risk", "Dostarczona": "Delivered"}


def pl_piernik_rejestr_zaleznosci(folder: Path, rng: random.Random) -> Built:
    """A Polish gingerbread bakery's dependency register: `Kierunek`, dd.mm.yyyy cells."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Zależności")
    ws["A1"] = "Rejestr zależności"
    head = ["Lp.", "Opis zależności", "Kierunek", "Odpowiedzialny", "Wymagana data", "Status"]
    _put(ws, 2, 1, [head])
    n = rng.randint(3, 5)
    need = _days(rng, n, date(2026, 3, 9))
    values: list[ValueFact] = []
    for i, text in enumerate(rng.sample(PIERNIK_DEPS, n)):
        way, who = rng.choice(list(PIERNIK_DIR)), rng.choice(PIERNIK_PEOPLE)
        st = rng.choice(list(PIERNIK_STATUS))
        _put(ws, 3 + i, 1, [[i + 1, text, way, who, need[i], st]])
        _fmt(ws, 3 + i, (5,), "dd.mm.yyyy")
        values += [
            ValueFact("dependencies", i, "title", text),
            ValueFact("dependencies", i, "direction", PIERNIK_DIR[way]),
            ValueFact("dependencies", i, "owner", who),
            ValueFact("dependencies", i, "need_by", need[i]),
            ValueFact("dependencies", i, "status", PIERNIK_STATUS[st]),
        ]
    targets: Targets = _cols("A", [("id", None), "title", "direction", "owner", "need_by"])
    targets |= {"F": "status"}
    path = _save(wb, folder, "pl_piernik_rejestr_zaleznosci")
    return Built(path, [_one("dependencies", "Zależności", 2, targets, n)], values)


# Trackers

ACAI_LINES = ["Mão de obra", "Frete fluvial", "Embalagens", "Energia", "Manutenção"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov"]


def br_acai_orcado_realizado(folder: Path, rng: random.Random) -> Built:
    """A Brazilian acai pulp plant's actuals: `jan/26` text months across, `R$`, `Total`."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Realizado")
    ws["A1"] = "Ampliação da Fábrica de Polpa - Realizado (Valores em R$)"
    months = _months(date(2026, 1, 1), rng.randint(3, 6))
    labels = [f"{PT_MONTHS[m.month - 1]}/{m:%y}" for m in months]
    _put(ws, 3, 1, [["Centro de custo", *labels, "Total"]])
    lines = rng.sample(ACAI_LINES, rng.randint(3, 5))
    values: list[ValueFact] = []
    for r, line in enumerate(lines):
        amounts = [round(rng.randrange(100, 9000) * 10 + rng.choice([0, 0.5]), 2) for _ in months]
        _put(ws, 4 + r, 1, [[line, *amounts, round(sum(amounts), 2)]])
        _fmt(ws, 4 + r, tuple(range(2, len(months) + 3)), "#,##0.00")
        for month, amount in zip(months, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    path = _save(wb, folder, "br_acai_orcado_realizado")
    table = TruthTable("Realizado", 3, "finance", {"A": "cost_line"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


KNACK_LINES = ["Personal", "Konsulter", "Maskiner", "Lokaler", "Resor"]
SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti"]


def se_knackebrod_kostnadsuppfoljning(folder: Path, rng: random.Random) -> Built:
    """A Swedish crispbread mill's cost follow-up: months DOWN as text, lines across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Utfall")
    ws["A1"] = "Kostnadsuppföljning - ny ugnslinje, Utfall (SEK)"
    lines = rng.sample(KNACK_LINES, rng.randint(3, 4))
    _put(ws, 3, 1, [["Månad", *lines]])
    months = _months(date(2026, 1, 1), rng.randint(3, 7))
    values: list[ValueFact] = []
    tot = [0.0] * len(lines)
    for r, month in enumerate(months):
        amounts = [float(rng.randrange(5, 300) * 1000) for _ in lines]
        tot = [a + b for a, b in zip(tot, amounts, strict=True)]
        _put(ws, 4 + r, 1, [[f"{SV_MONTHS[month.month - 1]} {month.year}", *amounts]])
        _fmt(ws, 4 + r, tuple(range(2, len(lines) + 2)), "# ##0")
        for line, amount in zip(lines, amounts, strict=True):
            values.append(ValueFact("finance", (month, line), "actual", amount))
    _put(ws, 4 + len(months), 1, [["Summa", *tot]])
    _fmt(ws, 4 + len(months), tuple(range(2, len(lines) + 2)), "# ##0")
    path = _save(wb, folder, "se_knackebrod_kostnadsuppfoljning")
    table = TruthTable("Utfall", 3, "finance", {"A": "month"},
                       {"finance": len(months) * len(lines)})  # fmt: skip
    return Built(path, [table], values)


PERNIK_LINES = ["Expozice", "Stavební úpravy", "Propagace", "Osobní náklady"]


def cz_pernik_cerpani_rozpoctu(folder: Path, rng: random.Random) -> Built:
    """A Czech gingerbread museum's budget drawdown in long form: month cells, two measures."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Čerpání")
    ws["A1"] = "Muzeum perníku - čerpání rozpočtu"
    _put(ws, 3, 1, [["Měsíc", "Položka", "Rozpočet (Kč)", "Skutečnost (Kč)"]])
    months = _months(date(2026, 1, 1), rng.randint(2, 4))
    lines = rng.sample(PERNIK_LINES, 3)
    values: list[ValueFact] = []
    r = 4
    for month in months:
        for line in lines:
            plan = float(rng.randrange(20, 400) * 1000)
            spent = float(round(plan * rng.uniform(0.6, 1.2)))
            _put(ws, r, 1, [[month, line, plan, spent]])
            ws.cell(r, 1).number_format = "mm/yyyy"
            _fmt(ws, r, (3, 4), "# ##0")
            values += [
                ValueFact("finance", (month, line), "budget", plan),
                ValueFact("finance", (month, line), "actual", spent),
            ]
            r += 1
    path = _save(wb, folder, "cz_pernik_cerpani_rozpoctu")
    targets: Targets = {"A": "month", "B": "cost_line", "C": "budget", "D": "actual"}
    table = TruthTable("Čerpání", 3, "finance", targets, {"finance": len(months) * 3})
    return Built(path, [table], values)


KIMONO_PEOPLE = [
    ("山田 花子", "染色工房", "染め職人"),
    ("佐藤 健", "情報システム部", "プロジェクトマネージャー"),
    ("鈴木 一郎", "外注", "設備技術者"),
    ("高橋 美咲", "営業部", "販路担当"),
    ("伊藤 誠", "染色工房", "品質管理"),
]


def jp_kimono_yoin_keikaku(folder: Path, rng: random.Random) -> Built:
    """A Japanese kimono dyeing workshop's resource plan: `2026年4月` text months across."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "要員計画")
    ws["A1"] = "友禅工房 設備更新プロジェクト 要員計画(人日)"
    months = _months(date(2026, 4, 1), 6)
    labels = [f"{m.year}年{m.month}月" for m in months]
    _put(ws, 3, 1, [["氏名", "所属", "役割", *labels, "合計"]])
    count = 0
    for r, (name, dept, role) in enumerate(rng.sample(KIMONO_PEOPLE, rng.randint(3, 5))):
        days = [rng.choice([0, 0, 5, 10, 15, 20]) for _ in months]
        count += sum(1 for d in days if d)
        _put(ws, 4 + r, 1, [[name, dept, role, *[d or None for d in days], sum(days)]])
    path = _save(wb, folder, "jp_kimono_yoin_keikaku")
    table = TruthTable("要員計画", 3, "resources", {"A": "person", "B": None, "C": "role"},
                       {"resources": count})  # fmt: skip
    return Built(path, [table], [])


BAKLAVA_MILESTONES = [
    "Yeni fırın hattının kurulumu",
    "Gıda Tarım ve Hayvancılık denetimi",
    "Soğuk hava deposunun teslimi",
    "İhracat sertifikasının alınması",
    "Tam kapasite üretime geçiş",
]
BAKLAVA_PEOPLE = ["Mehmet Yılmaz", "Ayşe Demir", "Emre Kaya"]
BAKLAVA_STATUS = {"Devam ediyor": "In Progress", "Gecikmede": "Late", "Başlamadı": "Not Started"}


def tr_baklava_kilometre_taslari(folder: Path, rng: random.Random) -> Built:
    """A Turkish baklava kitchen's milestone plan: dd.mm.yyyy cells, `Durum` words."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Kilometre Taşları")
    ws["A1"] = "Üretim Tesisi Genişletme Projesi - Kilometre Taşları"
    head = ["Kilometre Taşı", "Sorumlu", "Planlanan Tarih", "Gerçekleşen Tarih", "Durum"]
    _put(ws, 3, 1, [head])
    n = rng.randint(4, 5)
    plan = _days(rng, n, date(2026, 1, 15))
    done = rng.randint(0, 2)
    values: list[ValueFact] = []
    for i, name in enumerate(BAKLAVA_MILESTONES[:n]):
        who = rng.choice(BAKLAVA_PEOPLE)
        if i < done:
            actual: date | None = plan[i] + timedelta(days=rng.choice([0, 3, 7]))
            st, mapped = "Tamamlandı", "Complete"
        else:
            actual = None
            st = rng.choice(list(BAKLAVA_STATUS))
            mapped = BAKLAVA_STATUS[st]
        _put(ws, 4 + i, 1, [[name, who, plan[i], actual, st]])
        _fmt(ws, 4 + i, (3, 4), "dd.mm.yyyy")
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "owner", who),
            ValueFact("milestones", i, "baseline_date", plan[i]),
            ValueFact("milestones", i, "status", mapped),
        ]
        if actual:
            values.append(ValueFact("milestones", i, "actual_date", actual))
    targets: Targets = _cols("A", ["milestone", "owner", "baseline_date", "actual_date"])
    targets |= {"E": "status"}
    path = _save(wb, folder, "tr_baklava_kilometre_taslari")
    return Built(path, [_one("milestones", "Kilometre Taşları", 3, targets, n)], values)


KANTELE_MILESTONES = [
    "Uuden työpajan vuokrasopimus",
    "CNC-jyrsimen käyttöönotto",
    "Verkkokaupan avaus",
    "Ensimmäinen sarjatuotantoerä",
]
KANTELE_RAG = {"Vihreä": "Green", "Keltainen": "Amber", "Punainen": "Red"}
KANTELE_STATUS = {"Valmis": "Complete", "Kesken": None, "Myöhässä": "Late"}


def fi_kantele_tilanneraportti(folder: Path, rng: random.Random) -> Built:
    """A Finnish kantele workshop's status report with a milestones table."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, "Tilanneraportti")
    project, pm = "Kantelepajan laajennus", "Liisa Korhonen"
    report = date(2026, 4, rng.choice([3, 10, 17, 24]))
    ws["A1"] = "TILANNERAPORTTI"
    rags = [rng.choice(list(KANTELE_RAG)) for _ in range(3)]
    rows: list[list[object]] = [["Projekti", project], ["Projektipäällikkö", pm]]
    rows += [["Raportointipäivä", report], ["Kokonaistilanne", rags[0]]]
    rows += [["Aikataulu", rags[1]], ["Kustannukset", rags[2]]]
    _put(ws, 3, 1, rows)
    ws["B5"].number_format = "d.m.yyyy"
    values: list[ValueFact] = [
        ValueFact("project", 0, "project_name", project),
        ValueFact("project", 0, "project_manager", pm),
        ValueFact("project", 0, "report_date", report),
        ValueFact("project", 0, "overall_rag", KANTELE_RAG[rags[0]]),
        ValueFact("project", 0, "schedule_rag", KANTELE_RAG[rags[1]]),
        ValueFact("project", 0, "cost_rag", KANTELE_RAG[rags[2]]),
    ]
    ws["A11"] = "Virstanpylväät"
    _put(ws, 12, 1, [["Virstanpylväs", "Suunniteltu", "Ennuste", "Tila"]])
    n = rng.randint(3, 4)
    due = _days(rng, n, date(2026, 2, 2))
    for i, name in enumerate(KANTELE_MILESTONES[:n]):
        fc = due[i] + timedelta(days=rng.choice([0, 7, 21]))
        st = "Valmis" if fc < report else rng.choice(["Kesken", "Myöhässä"])
        _put(ws, 13 + i, 1, [[name, due[i], fc, st]])
        _fmt(ws, 13 + i, (2, 3), "d.m.yyyy")
        values += [
            ValueFact("milestones", i, "milestone", name),
            ValueFact("milestones", i, "baseline_date", due[i]),
            ValueFact("milestones", i, "forecast_date", fc),
        ]
        if KANTELE_STATUS[st]:
            values.append(ValueFact("milestones", i, "status", KANTELE_STATUS[st]))
    targets: Targets = {"A": "milestone", "B": "baseline_date", "C": "forecast_date"}
    targets |= {"D": "status"}
    path = _save(wb, folder, "fi_kantele_tilanneraportti")
    return Built(path, [_one("milestones", "Tilanneraportti", 12, targets, n)], values)


HELD_OUT_72: tuple[Layout, ...] = (
    Layout(
        "fr_nougat_registre_risques",
        "French nougat works risk register (Pilote, Clos)",
        fr_nougat_registre_risques,
    ),
    Layout(
        "de_marzipan_offene_punkte",
        "German marzipan open-points list (Termin text)",
        de_marzipan_offene_punkte,
    ),
    Layout(
        "es_anchoa_registro_raid",
        "Spanish anchovy cannery mixed RAID register (Tipo)",
        es_anchoa_registro_raid,
    ),
    Layout(
        "it_gelato_registro_decisioni",
        "Italian gelato decision log (Decisa da)",
        it_gelato_registro_decisioni,
    ),
    Layout(
        "nl_stroopwafel_issuelijst",
        "Dutch stroopwafel issue list (In behandeling)",
        nl_stroopwafel_issuelijst,
    ),
    Layout(
        "pl_piernik_rejestr_zaleznosci",
        "Polish gingerbread dependency register",
        pl_piernik_rejestr_zaleznosci,
    ),
    Layout(
        "br_acai_orcado_realizado",
        "Brazilian acai actuals, jan/26 text months (R$)",
        br_acai_orcado_realizado,
    ),
    Layout(
        "se_knackebrod_kostnadsuppfoljning",
        "Swedish crispbread cost follow-up, months down",
        se_knackebrod_kostnadsuppfoljning,
    ),
    Layout(
        "cz_pernik_cerpani_rozpoctu",
        "Czech museum budget drawdown in long form (Kč)",
        cz_pernik_cerpani_rozpoctu,
    ),
    Layout(
        "jp_kimono_yoin_keikaku",
        "Japanese kimono workshop resource plan (2026年4月)",
        jp_kimono_yoin_keikaku,
    ),
    Layout(
        "tr_baklava_kilometre_taslari",
        "Turkish baklava milestone plan (dd.mm.yyyy)",
        tr_baklava_kilometre_taslari,
    ),
    Layout(
        "fi_kantele_tilanneraportti",
        "Finnish kantele status report with milestones",
        fi_kantele_tilanneraportti,
    ),
)
