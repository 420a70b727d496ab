"""Round 31's thirteen unwritten languages (``TUNING_22_A`` tuned on, ``TUNING_22_B`` kept
untouched while tuning): registers and trackers typed by PMs of NGOs, development banks,
public bodies and telecoms in Akan (Twi), Luganda, Lingala, Wolof, Fula (Pulaar), Kirundi,
Maithili, Tok Pisin, Tetum, Dhivehi, Bambara, Ewe and Kabyle, written in round 31 by the
engineer who tunes on half of them (docs/adopt.md, "Round 31: ..."). ``TUNING_22_B`` was
read and tuned on in round 31's last hour (task t33a, docs/adopt.md "Round 31 (its last
hour): ..."): it no longer measures anything.

The halves: A holds Tetum, Tok Pisin, Wolof, Luganda, Kirundi, Maithili and Dhivehi; B holds
Lingala, Fula, Bambara, Ewe, Kabyle and Akan, and Tetum, Tok Pisin and Wolof again (in other
registers). As these PMs write: the register words and statuses in their language, mixed
with the English (Uganda, Ghana, Papua New Guinea, the Maldives, Nepal and Bihar), French
(Senegal, Mali, Guinea, Burundi, the DRC, Togo, Algeria) or Portuguese (Timor-Leste) words
their offices use for PM terms (``Responsable``, ``Milestone``, ``Baseline``).

Words I am NOT sure of are not used as facts: only the register's, status and date words
below carry truth. Unsure, and so kept out of every header that carries a fact or written
beside the office word: Tok Pisin ``Husat i lukautim`` (who looks after it: written beside
``Owner``); Luganda ``Kikyagenda mu maaso`` (still going on: the in-progress reading, which
a native reader may word otherwise); Kirundi ``Biracabandanya`` (it goes on); Dhivehi
``ކުރިއަށް ދަނީ`` (going ahead). A status a native reader could read two ways (an open
risk that is also "watched") is never given.

Truth (as a PMO analyst states it): each table is the register its title and columns say;
each status word is its English twin (Tetum ``Loke`` / ``Taka`` Open / Closed, Tok Pisin
``Pinis`` Closed, Lingala ``Esili`` Closed, Bambara ``A banna`` Closed, Akan ``Awie``
Complete, Luganda ``Kiwedde`` Complete, Maithili ``बन्द`` Closed); yes / no words (``Sin`` /
``Lae``, ``Waaw`` / ``Déedéet``, ``Aane`` / ``Daabi``) are a gate's Y / N; a remarks column
is left out; ids not in the standard's form are renumbered (no id fact is asked). A bare
date word (``Olunaku``, ``Bés``, ``Mokolo``, ``ތާރީޚް``: a day, a date) as an issue log's or
a risk register's ONLY date is its raised or its due date, either read right and no value
fact asked (a PMO could read it either way; round 30 took the same truth for a bare
``Date`` beside risks); beside a due date it is the raised date.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from adopt_layouts import Built, Layout, Targets, ValueFact, _cols, _days, _one, _put, _save, _sheet

#: Names of people, per country.
PEOPLE = {
    "tl": ["Maria da Costa", "João Soares", "Ana Pereira", "Agostinho Belo"],
    "pg": ["John Kila", "Mary Toua", "Peter Wari", "Grace Kuman"],
    "sn": ["Aminata Diop", "Moussa Ndiaye", "Fatou Sow", "Ibrahima Fall"],
    "ug": ["Sarah Nakato", "Joseph Ssemakula", "Grace Namubiru", "Peter Kato"],
    "bi": ["Jean Ndayishimiye", "Claudine Niyonzima", "Eric Hakizimana", "Aline Irakoze"],
    "np": ["राम कुमार झा", "सीता देवी", "अमित मिश्र", "रीता ठाकुर"],
    "mv": ["Ahmed Rasheed", "Aishath Shifa", "Mohamed Naseem", "Fathimath Zahira"],
    "cd": ["Jean-Pierre Mbuyi", "Marie Kabila", "Patrick Ilunga", "Esther Mukendi"],
    "gn": ["Mamadou Bah", "Aissatou Diallo", "Ousmane Barry", "Kadiatou Sow"],
    "ml": ["Seydou Traoré", "Awa Coulibaly", "Bakary Keïta", "Mariam Diarra"],
    "tg": ["Kossi Agbeko", "Afi Mensah", "Komla Dzidzienyo", "Ama Adzo"],
    "dz": ["Karim Amrouche", "Lila Hamadi", "Said Ait Ali", "Nadia Belaid"],
    "gh": ["Kwame Asante", "Akosua Mensah", "Yaw Boateng", "Abena Owusu"],
}


def _register(
    folder: Path,
    rng: random.Random,
    name: str,
    sheet: str,
    title: str,
    register: str,
    columns: list[tuple[str, str | tuple[str, ...] | None, str]],
    pools: dict[str, list[tuple[object, object]]],
    titles: list[str],
    people: list[str],
) -> Built:
    """One register under a title line: ``columns`` are (header, field, kind); ``kind`` is
    ``id``, ``title``, ``person``, ``date``, ``later`` (a date after the row's first date),
    ``num`` (1-5), ``text`` (a remark, no fact), or a key of ``pools``: (written, truth)
    pairs, truth None for no fact. A field given as a tuple is any of them, with no value
    fact (a register's one bare date word: its raised or its due date)."""
    wb = openpyxl.Workbook()
    ws = _sheet(wb, sheet)
    ws["A1"] = title
    _put(ws, 3, 1, [[header for header, _, _ in columns]])
    n = rng.randint(6, 9)
    firsts = _days(rng, n, date(2026, 2, 2))
    values: list[ValueFact] = []
    for i in range(n):
        row: list[object] = []
        first = firsts[i]
        for _header, target, kind in columns:
            cell: object
            truth: object = None
            if kind == "id":
                cell = f"{sheet[:3].upper()}-{i + 1:02d}"
            elif kind == "title":
                cell = truth = titles[i % len(titles)]
            elif kind == "person":
                cell = truth = rng.choice(people)
            elif kind == "date":
                cell = truth = first
            elif kind == "later":
                cell = truth = first + timedelta(days=rng.randint(14, 60))
            elif kind == "num":
                level = rng.randint(1, 5)
                cell, truth = level, float(level)
            elif kind == "text":
                cell = rng.choice(["", "ok", "see minutes", "-"]) or None
            else:
                cell, truth = pools[kind][rng.randrange(len(pools[kind]))]
            row.append(cell)
            if isinstance(target, str) and truth is not None and kind != "id":
                values.append(ValueFact(register, i, target, truth))
        _put(ws, 4 + i, 1, [row])
        for c, (_, _, kind) in enumerate(columns, start=1):
            if kind in ("date", "later"):
                ws.cell(4 + i, c).number_format = "dd/mm/yyyy"
    path = _save(wb, folder, name)
    targets: Targets = _cols("A", [target for _, target, _ in columns])
    return Built(path, [_one(register, sheet, 3, targets, n)], values)


# --- half A: Tetum, Tok Pisin, Wolof, Luganda, Kirundi, Maithili, Dhivehi ----------------


def tetum_risks(folder: Path, rng: random.Random) -> Built:
    """A Timor-Leste ministry's risk register in Tetum with Portuguese PM words."""
    return _register(
        folder, rng, "lang31_tetum_risks", "Risku",
        "Rejistu Risku - Projetu Estrada Rurál Manufahi", "risks",
        [
            ("No.", "id", "id"), ("Deskrisaun risku", "title", "title"),
            ("Responsavel", "owner", "person"), ("Probabilidade", "probability", "num"),
            ("Impaktu", "impact", "num"), ("Estadu", "status", "status"),
            ("Data identifika", "raised_date", "date"), ("Observasaun", None, "text"),
        ],
        {"status": [("Loke", "Open"), ("Taka", "Closed")]},
        ["Udan boot estraga estrada", "Materiál tarde husi Dili", "Kontratu seidauk asina",
         "Osan la to'o", "Ekipa la iha", "Ponte monu"],
        PEOPLE["tl"],
    )  # fmt: skip


def tokpisin_issues(folder: Path, rng: random.Random) -> Built:
    """A Papua New Guinea health programme's issue log: Tok Pisin headers and statuses
    beside the English ones the office writes."""
    return _register(
        folder, rng, "lang31_tokpisin_issues", "Ol Hevi",
        "Ol Hevi Rejista - Provincial Health Project", "issues",
        [
            ("No.", "id", "id"), ("Hevi", "title", "title"),
            ("Owner (Husat i lukautim)", "owner", "person"), ("Stetas", "status", "status"),
            ("Date", "raised_date", "date"), ("Due date", "due_date", "later"),
        ],
        {"status": [("Pinis", "Closed"), ("Wok i go het", "In Progress"), ("Open", "Open")]},
        ["Marasin i no kamap", "Rot i bagarap", "Haus sik i no gat pawa", "Tok save i no go",
         "Ol wokman i no kam", "Mani i no kamap"],
        PEOPLE["pg"],
    )  # fmt: skip


def wolof_decisions(folder: Path, rng: random.Random) -> Built:
    """A Dakar water utility's decision log: Wolof register word and dates, French fields."""
    return _register(
        folder, rng, "lang31_wolof_decisions", "Ndogal yi",
        "Ndogal yi - Projet Eau Potable Thiès", "decisions",
        [
            ("N°", "id", "id"), ("Ndogal", "decision", "title"), ("Bés", "date", "date"),
            ("Décidé par", "made_by", "person"), ("Justification", "rationale", "text"),
        ],
        {},
        ["Tann entreprise bi", "Yokk budget bi", "Dindi étape 3", "Soppi calendrier bi",
         "Jënd pompe yu bees", "Ubbi bureau Mbour"],
        PEOPLE["sn"],
    )  # fmt: skip


def luganda_issues(folder: Path, rng: random.Random) -> Built:
    """A Kampala NGO's issue log: Luganda register word and statuses, English fields."""
    return _register(
        folder, rng, "lang31_luganda_issues", "Ebizibu",
        "Ebizibu - Water and Sanitation Programme", "issues",
        [
            ("No.", "id", "id"), ("Ekizibu", "title", "title"),
            ("Avunaanyizibwa", "owner", "person"), ("Status", "status", "status"),
            ("Olunaku", ("raised_date", "due_date"), "date"), ("Remarks", None, "text"),
        ],
        {"status": [("Kiwedde", "Closed"), ("Open", "Open"), ("In progress", "In Progress")]},
        ["Amazzi tegali mayonjo", "Ssente tezinnaba kujja", "Ekkubo lyonoonese",
         "Abakozi tebamala", "Pampu yafudde", "Layini y'amasannyalaze"],
        PEOPLE["ug"],
    )  # fmt: skip


def kirundi_issues(folder: Path, rng: random.Random) -> Built:
    """A Bujumbura health project's issue log: Kirundi register words, French fields."""
    return _register(
        folder, rng, "lang31_kirundi_issues", "Ingorane",
        "Urutonde rw'ingorane - Projet Santé Gitega", "issues",
        [
            ("N°", "id", "id"), ("Ingorane", "title", "title"),
            ("Responsable", "owner", "person"), ("Itariki", "raised_date", "date"),
            ("Échéance", "due_date", "later"), ("Statut", "status", "status"),
        ],
        {"status": [("Vyarangiye", "Closed"), ("Ouvert", "Open"), ("En cours", "In Progress")]},
        ["Imiti ntiyashitse", "Inzira yononekaye", "Amafaranga ntiyashitse",
         "Abakozi ntibahagije", "Umuriro wabuze", "Imodoka yapfuye"],
        PEOPLE["bi"],
    )  # fmt: skip


def maithili_risks(folder: Path, rng: random.Random) -> Built:
    """A Janakpur (Nepal) municipal project's risk register in Maithili (Devanagari)."""
    return _register(
        folder, rng, "lang31_maithili_risks", "जोखिम",
        "जोखिम दर्ता - सडक परियोजना", "risks",
        [
            ("क्र.सं.", "id", "id"), ("जोखिम", "title", "title"),
            ("जिम्मेवार", "owner", "person"), ("सम्भावना", "probability", "num"),
            ("प्रभाव", "impact", "num"), ("स्थिति", "status", "status"),
            ("कैफियत", None, "text"),
        ],
        {"status": [("खुलल", "Open"), ("बन्द", "Closed")]},
        ["बाढ़ि सँ सडक नोकसान", "सामग्री देरी सँ आएल", "बजट कम", "ठेकेदार नहि आएल",
         "जमीन विवाद", "बिजली नहि"],
        PEOPLE["np"],
    )  # fmt: skip


def dhivehi_issues(folder: Path, rng: random.Random) -> Built:
    """A Malé utility's issue log in Dhivehi (Thaana) with English remarks."""
    return _register(
        folder, rng, "lang31_dhivehi_issues", "މައްސަލަ",
        "މައްސަލަތައް - Harbour Project", "issues",
        [
            ("#", "id", "id"), ("މައްސަލަ", "title", "title"),
            ("ޒިންމާދާރު", "owner", "person"), ("ތާރީޚް", ("raised_date", "due_date"), "date"),
            ("Status", "status", "status"), ("Remarks", None, "text"),
        ],
        {"status": [("ނިމިފައި", "Closed"), ("Open", "Open"), ("In Progress", "In Progress")]},
        ["Harbour wall crack", "Fuel delivery late", "Ferry schedule", "Crane breakdown",
         "Permit pending", "Power outage"],
        PEOPLE["mv"],
    )  # fmt: skip


def tetum_milestones(folder: Path, rng: random.Random) -> Built:
    """A Timor-Leste school programme's milestone plan in Tetum (both halves' language)."""
    return _register(
        folder, rng, "lang31_tetum_milestones", "Marku",
        "Planu Marku - Programa Eskola Báziku", "milestones",
        [
            ("No.", "id", "id"), ("Marku", "milestone", "title"),
            ("Responsavel", "owner", "person"), ("Data planu", "baseline_date", "date"),
            ("Estadu", "status", "status"),
        ],
        {"status": [("Kompletu", "Complete"), ("Iha prosesu", "In Progress"),
                    ("Seidauk hahú", "Not Started")]},
        ["Dezeñu aprova", "Kontratu asina", "Fundasaun remata", "Telhadu remata",
         "Entrega ba komunidade", "Inaugurasaun"],
        PEOPLE["tl"],
    )  # fmt: skip


# --- half B: Lingala, Fula, Bambara, Ewe, Kabyle, Akan; Tetum, Tok Pisin, Wolof again ------


def lingala_issues(folder: Path, rng: random.Random) -> Built:
    """A Kinshasa NGO's issue log: Lingala register word and statuses, French fields."""
    return _register(
        folder, rng, "lang31_lingala_issues", "Makambo",
        "Makambo - Projet Adduction d'eau Kinshasa", "issues",
        [
            ("N°", "id", "id"), ("Likambo", "title", "title"),
            ("Responsable", "owner", "person"), ("Mokolo", ("raised_date", "due_date"), "date"),
            ("Statut", "status", "status"), ("Observations", None, "text"),
        ],
        {"status": [("Esili", "Closed"), ("Ouvert", "Open"), ("En cours", "In Progress")]},
        ["Mai ezali te", "Nzela ebebi", "Mbongo eyei te", "Basali bakoki te",
         "Pompe ebebi", "Courant ezali te"],
        PEOPLE["cd"],
    )  # fmt: skip


def fula_risks(folder: Path, rng: random.Random) -> Built:
    """A Labé (Guinea) agriculture project's risk register: Pulaar words, French fields."""
    return _register(
        folder, rng, "lang31_fula_risks", "Risques",
        "Registre des risques - Projet Fouta Djallon", "risks",
        [
            ("N°", "id", "id"), ("Risque", "title", "title"),
            ("Responsable", "owner", "person"), ("Probabilité", "probability", "num"),
            ("Impact", "impact", "num"), ("Statut", "status", "status"),
            ("Ñalnde", ("raised_date", "due_date"), "date"),
        ],
        {"status": [("Ouvert", "Open"), ("Clôturé", "Closed")]},
        ["Ndiyam ɗuuɗi", "Ceede njaaɓaaki", "Laawol bonii", "Gawri ɓooyii",
         "Golle ɗe ɓooyii", "Kuugal dartii"],
        PEOPLE["gn"],
    )  # fmt: skip


def bambara_issues(folder: Path, rng: random.Random) -> Built:
    """A Ségou (Mali) irrigation project's issue log: Bambara words, French fields."""
    return _register(
        folder, rng, "lang31_bambara_issues", "Gɛlɛyaw",
        "Gɛlɛyaw - Projet Irrigation Ségou", "issues",
        [
            ("N°", "id", "id"), ("Gɛlɛya", "title", "title"),
            ("Responsable", "owner", "person"), ("Don", ("raised_date", "due_date"), "date"),
            ("Statut", "status", "status"),
        ],
        {"status": [("A banna", "Closed"), ("Ouvert", "Open"), ("En cours", "In Progress")]},
        ["Ji tɛ", "Sira tiɲɛna", "Wari ma na", "Baarakɛlaw ma se", "Masin tiɲɛna",
         "Sanji ma na"],
        PEOPLE["ml"],
    )  # fmt: skip


def ewe_decisions(folder: Path, rng: random.Random) -> Built:
    """A Lomé / Ho cross-border project's decision log: Ewe register word and dates."""
    return _register(
        folder, rng, "lang31_ewe_decisions", "Nyametsotsowo",
        "Nyametsotsowo - Cross-border Market Project", "decisions",
        [
            ("No.", "id", "id"), ("Nyametsotso", "decision", "title"),
            ("Ŋkeke", "date", "date"), ("Made by", "made_by", "person"),
        ],
        {},
        ["Tsɔ asi la ɖe Aflao", "Dzi ga", "Tɔ dɔwɔƒe", "Ŋlɔ agbalẽ", "Xɔ dɔwɔla",
         "Ɖo ʋu"],
        PEOPLE["tg"],
    )  # fmt: skip


def kabyle_issues(folder: Path, rng: random.Random) -> Built:
    """A Tizi Ouzou public works project's issue log: Kabyle words, French fields."""
    return _register(
        folder, rng, "lang31_kabyle_issues", "Uguren",
        "Uguren - Projet Route Tizi Ouzou", "issues",
        [
            ("N°", "id", "id"), ("Ugur", "title", "title"),
            ("Responsable", "owner", "person"), ("Azemz", ("raised_date", "due_date"), "date"),
            ("Statut", "status", "status"),
        ],
        {"status": [("Yemdel", "Closed"), ("Yeldi", "Open"), ("En cours", "In Progress")]},
        ["Abrid yerreẓ", "Aman ulac", "Idrimen ur d-usin ara", "Tafat tekkes",
         "Axeddim yeɛḍel", "Tamacint texser"],
        PEOPLE["dz"],
    )  # fmt: skip


def akan_milestones(folder: Path, rng: random.Random) -> Built:
    """A Kumasi telecom roll-out's milestone tracker: Twi statuses, English fields."""
    return _register(
        folder, rng, "lang31_akan_milestones", "Milestones",
        "Kumasi 4G Roll-out - Milestones", "milestones",
        [
            ("No.", "id", "id"), ("Milestone", "milestone", "title"),
            ("Owner", "owner", "person"), ("Baseline", "baseline_date", "date"),
            ("Status", "status", "status"),
        ],
        {"status": [("Awie", "Complete"), ("Ɛrekɔ so", "In Progress")]},
        ["Site survey", "Tower erected", "Power connected", "Fibre link", "Go-live",
         "Handover"],
        PEOPLE["gh"],
    )  # fmt: skip


def tokpisin_risks(folder: Path, rng: random.Random) -> Built:
    """A Lae port project's risk register: Tok Pisin statuses, English fields."""
    return _register(
        folder, rng, "lang31_tokpisin_risks", "Risk",
        "Risk Rejista - Lae Port Upgrade", "risks",
        [
            ("No.", "id", "id"), ("Risk", "title", "title"), ("Owner", "owner", "person"),
            ("Likelihood", "probability", "num"), ("Impact", "impact", "num"),
            ("Stetas", "status", "status"),
        ],
        {"status": [("Pinis", "Closed"), ("Open", "Open")]},
        ["Ren i bagarapim wok", "Sip i les", "Mani i no inap", "Kontrakta i no kam",
         "Graun tok pait", "Pawa i dai"],
        PEOPLE["pg"],
    )  # fmt: skip


def tetum_decisions(folder: Path, rng: random.Random) -> Built:
    """A Dili development bank project's decision log in Tetum."""
    return _register(
        folder, rng, "lang31_tetum_decisions", "Desizaun",
        "Rejistu Desizaun - Projetu Bee Moos Baucau", "decisions",
        [
            ("No.", "id", "id"), ("Desizaun", "decision", "title"), ("Data", "date", "date"),
            ("Responsavel", "made_by", "person"),
        ],
        {},
        ["Aprova orsamentu", "Troka kontratante", "Hatutan data remata", "Sosa pompa foun",
         "Loke eskritóriu Baucau", "Kansela fase 3"],
        PEOPLE["tl"],
    )  # fmt: skip


def wolof_issues(folder: Path, rng: random.Random) -> Built:
    """A Saint-Louis telecom project's issue log: Wolof register word, French fields."""
    return _register(
        folder, rng, "lang31_wolof_issues", "Jafe-jafe",
        "Jafe-jafe yi - Projet Fibre Saint-Louis", "issues",
        [
            ("N°", "id", "id"), ("Jafe-jafe", "title", "title"),
            ("Responsable", "owner", "person"), ("Bés", ("raised_date", "due_date"), "date"),
            ("Statut", "status", "status"),
        ],
        {"status": [("Ouvert", "Open"), ("En cours", "In Progress"), ("Clôturé", "Closed")]},
        ["Kaabal bi dagg na", "Xaalis bi agsagul", "Yoon wi yàqu na", "Liggéeykat yi doyuñu",
         "Courant bi dagg na", "Permis bi agsagul"],
        PEOPLE["sn"],
    )  # fmt: skip


TUNING_22_A = [
    Layout("lang31_tetum_risks", "Timor-Leste ministry risk register, Tetum", tetum_risks),
    Layout("lang31_tokpisin_issues", "PNG health issue log, Tok Pisin", tokpisin_issues),
    Layout("lang31_wolof_decisions", "Dakar utility decision log, Wolof", wolof_decisions),
    Layout("lang31_luganda_issues", "Kampala NGO issue log, Luganda", luganda_issues),
    Layout("lang31_kirundi_issues", "Burundi health issue log, Kirundi", kirundi_issues),
    Layout("lang31_maithili_risks", "Janakpur municipal risk register, Maithili", maithili_risks),
    Layout("lang31_dhivehi_issues", "Malé utility issue log, Dhivehi", dhivehi_issues),
    Layout("lang31_tetum_milestones", "Timor-Leste school milestones, Tetum", tetum_milestones),
]  # fmt: skip

TUNING_22_B = [
    Layout("lang31_lingala_issues", "Kinshasa NGO issue log, Lingala", lingala_issues),
    Layout("lang31_fula_risks", "Guinea agriculture risk register, Pulaar", fula_risks),
    Layout("lang31_bambara_issues", "Mali irrigation issue log, Bambara", bambara_issues),
    Layout("lang31_ewe_decisions", "Togo/Ghana decision log, Ewe", ewe_decisions),
    Layout("lang31_kabyle_issues", "Tizi Ouzou works issue log, Kabyle", kabyle_issues),
    Layout("lang31_akan_milestones", "Kumasi telecom milestones, Twi", akan_milestones),
    Layout("lang31_tokpisin_risks", "Lae port risk register, Tok Pisin", tokpisin_risks),
    Layout("lang31_tetum_decisions", "Dili bank decision log, Tetum", tetum_decisions),
    Layout("lang31_wolof_issues", "Saint-Louis telecom issue log, Wolof", wolof_issues),
]  # fmt: skip
