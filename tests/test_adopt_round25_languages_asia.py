"""Round 25: languages of Asia, the Pacific, Europe and the Americas the vocabularies
lacked, each read end to end on a small register and a small tracker written for these
tests in the language (no benchmark layout): the table found, its kind, every column's
target, the values read; and a near-miss each (a word left out on purpose is not read in
its sense, a word of the language that another language reads otherwise keeps that
reading)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from pathlib import Path

import pytest

from addin.adopt.convert import month_number
from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets


@dataclass(frozen=True)
class Register:
    """A register written in one language, and what adoption must read of it."""

    sheet: str
    rows: list[list[object]]
    register: str
    targets: dict[str, str | None]
    fields: dict[str, list[object]] = dc_field(default_factory=dict)


@dataclass(frozen=True)
class Tracker:
    """A budget against actuals by month (CLDR's month names), two lines and a total."""

    sheet: str
    rows: list[list[object]]
    merged: tuple[str, ...]
    checks: dict[tuple[date, str], tuple[float, float]]  # (month, line) -> (budget, actual)


def _tracker(
    title: str,
    budget: str,
    actual: str,
    line: str,
    months: tuple[str, str],
    lines: tuple[str, str],
    total: str,
) -> list[list[object]]:
    return [
        [title, None, None, None, None],
        [None, budget, None, actual, None],
        [line, months[0], months[1], months[0], months[1]],
        [lines[0], 5000.0, 4000.0, 4800.0, 4100.0],
        [lines[1], 2000.0, 2000.0, 1900.0, 2200.0],
        [total, 7000.0, 6000.0, 6700.0, 6300.0],
    ]


REGISTERS: dict[str, Register] = {
    # Luxembourgish: dates as CLDR's short form (dd.MM.yy)
    "lb": Register(
        "Risiken",
        [
            ["Risikolëscht vum Projet Tram Esch"],
            [],
            [
                "Nummer",
                "Risiko",
                "Verantwortlechen",
                "Wahrscheinlechkeet",
                "Impakt",
                "Status",
                "Fällegkeet",
            ],
            [
                "R-01",
                "Liwwerung vun de Schinnen verspéit sech",
                "Claude Weber",
                "Héich",
                "Mëttel",
                "Oppen",
                "15.05.26",
            ],
            [
                "R-02",
                "Baugenehmegung feelt",
                "Anne Schmit",
                "Niddreg",
                "Ganz héich",
                "Amgaang",
                "30.06.26",
            ],
            [
                "R-03",
                "Käschte fir Stol klammen",
                "Marc Hoffmann",
                "Mëttel",
                "Niddreg",
                "Zougemaach",
                "12.03.26",
            ],
        ],
        "risks",
        {
            "Nummer": "id",
            "Risiko": "title",
            "Verantwortlechen": "owner",
            "Wahrscheinlechkeet": "probability",
            "Impakt": "impact",
            "Status": "status",
            "Fällegkeet": "due_date",
        },
        {
            "status": ["Open", "Open", "Closed"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 2.0],
            "due_date": [date(2026, 5, 15), date(2026, 6, 30), date(2026, 3, 12)],
        },
    ),
    # Javanese: an issue log, dates as CLDR's short form (dd-MM-y)
    "jv": Register(
        "Masalah",
        [
            ["Daftar masalah proyek irigasi Klaten"],
            [],
            ["Nomer", "Masalah", "Pamilik", "Prioritas", "Kahanan", "Wates wektu", "Cathetan"],
            [
                "M-01",
                "Pompa banyu rusak",
                "Budi Santoso",
                "Dhuwur",
                "Lagi digarap",
                "14-05-2026",
                "Ngenteni suku cadang",
            ],
            [
                "M-02",
                "Ijin saka desa durung metu",
                "Sri Lestari",
                "Sedheng",
                "Bukak",
                "30-06-2026",
                None,
            ],
            [
                "M-03",
                "Pipa bocor ing saluran lor",
                "Agus Wibowo",
                "Endhek",
                "Ditutup",
                "02-03-2026",
                "Wis didandani",
            ],
        ],
        "issues",
        {
            "Nomer": "id",
            "Masalah": "title",
            "Pamilik": "owner",
            "Prioritas": "priority",
            "Kahanan": "status",
            "Wates wektu": "due_date",
            "Cathetan": "description",
        },
        {
            "status": ["In Progress", "Open", "Closed"],
            "priority": ["High", "Medium", "Low"],
            "due_date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
    # Cebuano: a risk register; "taas kaayo" (high, very) is very high
    "ceb": Register(
        "Mga risgo",
        [
            ["Listahan sa risgo - proyekto sa tubig sa Mandaue"],
            [],
            ["Numero", "Risgo", "Tag-iya", "Kalagmitan", "Epekto", "Kahimtang"],
            [
                "1",
                "Malangan ang mga tubo gikan sa supplier",
                "Maria Santos",
                "Taas",
                "Kasarangan",
                "Abli",
            ],
            ["2", "Kusog nga ulan sa Hunyo", "Jose Reyes", "Ubos", "Taas kaayo", "Abli"],
            ["3", "Mosaka ang presyo sa semento", "Ana Cruz", "Kasarangan", "Ubos", "Sirado"],
        ],
        "risks",
        {
            "Numero": "id",
            "Risgo": "title",
            "Tag-iya": "owner",
            "Kalagmitan": "probability",
            "Epekto": "impact",
            "Kahimtang": "status",
        },
        {
            "status": ["Open", "Open", "Closed"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 2.0],
        },
    ),
    # Odia: a risk register in Odia script, "ଅତି ଉଚ୍ଚ" (very high), dates M/d/yy (CLDR's)
    "or": Register(
        "ବିପଦ",
        [
            ["ଜଳସେଚନ ପ୍ରକଳ୍ପ - ବିପଦ ତାଲିକା"],
            [],
            ["କ୍ରମାଙ୍କ", "ବିପଦ", "ଦାୟିତ୍ୱପ୍ରାପ୍ତ", "ସମ୍ଭାବନା", "ପ୍ରଭାବ", "ସ୍ଥିତି", "ଶେଷ ତାରିଖ"],
            ["1", "ପାଇପ ଯୋଗାଣରେ ବିଳମ୍ବ", "ସୁନୀଲ ମହାନ୍ତି", "ଉଚ୍ଚ", "ମଧ୍ୟମ", "ଖୋଲା", "5/14/26"],
            ["2", "ବନ୍ୟା ଯୋଗୁଁ କାମ ବନ୍ଦ", "ପ୍ରିୟଙ୍କା ଦାସ", "ନିମ୍ନ", "ଅତି ଉଚ୍ଚ", "ଚାଲିଛି", "6/30/26"],
            ["3", "ସିମେଣ୍ଟ ଦର ବୃଦ୍ଧି", "ରମେଶ ସାହୁ", "ମଧ୍ୟମ", "ନିମ୍ନ", "ବନ୍ଦ", "3/2/26"],
        ],
        "risks",
        {
            "କ୍ରମାଙ୍କ": "id",
            "ବିପଦ": "title",
            "ଦାୟିତ୍ୱପ୍ରାପ୍ତ": "owner",
            "ସମ୍ଭାବନା": "probability",
            "ପ୍ରଭାବ": "impact",
            "ସ୍ଥିତି": "status",
            "ଶେଷ ତାରିଖ": "due_date",
        },
        {
            "status": ["Open", "Open", "Closed"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 2.0],
            "due_date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
    # Assamese: an issue log (ৰ and ৱ, the letters Assamese writes and Bengali does not)
    "as": Register(
        "সমস্যা",
        [
            ["চাহ বাগিচা পথ প্ৰকল্প - সমস্যাৰ তালিকা"],
            [],
            ["ক্ৰমিক নং", "সমস্যা", "গৰাকী", "অগ্ৰাধিকাৰ", "স্থিতি", "শেষ তাৰিখ", "টোকা"],
            ["1", "দলংৰ খুঁটি ভাঙিছে", "ৰাজীৱ বৰুৱা", "উচ্চ", "চলি আছে", "14-5-2026", "অভিযন্তাক জনোৱা হৈছে"],
            ["2", "মাটিৰ অনুমতি পোৱা নাই", "মীনাক্ষী শৰ্মা", "মধ্যম", "খোলা", "30-6-2026", None],
            ["3", "বানপানীত পথ ক্ষতিগ্ৰস্ত", "দীপক গগৈ", "নিম্ন", "বন্ধ", "2-3-2026", "মেৰামতি সম্পূৰ্ণ"],
        ],
        "issues",
        {
            "ক্ৰমিক নং": "id",
            "সমস্যা": "title",
            "গৰাকী": "owner",
            "অগ্ৰাধিকাৰ": "priority",
            "স্থিতি": "status",
            "শেষ তাৰিখ": "due_date",
            "টোকা": "description",
        },
        {
            "status": ["In Progress", "Open", "Closed"],
            "priority": ["High", "Medium", "Low"],
            "due_date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
    # Sindhi: a risk register (Arabic script with Sindhi's own letters ڪ ٽ ڳ), ISO dates
    "sd": Register(
        "خطرا",
        [
            ["ڪينجهر پاڻي منصوبو - خطرن جي فهرست"],
            [],
            ["نمبر شمار", "خطرو", "ذميوار", "امڪان", "اثر", "صورتحال", "آخري تاريخ"],
            ["1", "پائپن جي ترسيل ۾ دير", "علي شاهه", "اعليٰ", "وچولو", "کليل", "2026-05-14"],
            ["2", "ٻوڏ سبب ڪم بند", "سارا ميمڻ", "گهٽ", "تمام اعليٰ", "جاري", "2026-06-30"],
            ["3", "سيمينٽ جي قيمت وڌي", "رشيد سومرو", "وچولو", "گهٽ", "بند", "2026-03-02"],
        ],
        "risks",
        {
            "نمبر شمار": "id",
            "خطرو": "title",
            "ذميوار": "owner",
            "امڪان": "probability",
            "اثر": "impact",
            "صورتحال": "status",
            "آخري تاريخ": "due_date",
        },
        {
            "status": ["Open", "Open", "Closed"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 2.0],
            "due_date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
    # Māori: a risk register, "tino teitei" (very high)
    "mi": Register(
        "Ngā tūraru",
        [
            ["Rēhita tūraru - hinonga whare kura"],
            [],
            ["Tau", "Tūraru", "Kaitiaki", "Tūponotanga", "Pānga", "Tūnga"],
            ["1", "Ka tōmuri te tuku rākau", "Aroha Ngata", "Teitei", "Waenga", "Tuwhera"],
            [
                "2",
                "He ua nui i te takurua",
                "Hemi Walker",
                "Iti",
                "Tino teitei",
                "Kei te haere tonu",
            ],
            ["3", "Ka piki te utu o te raima", "Mere Tūhoe", "Waenga", "Iti", "Kua kati"],
        ],
        "risks",
        {
            "Tau": "id",
            "Tūraru": "title",
            "Kaitiaki": "owner",
            "Tūponotanga": "probability",
            "Pānga": "impact",
            "Tūnga": "status",
        },
        {
            "status": ["Open", "Open", "Closed"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 2.0],
        },
    ),
    # Tatar: an issue log in Cyrillic with Tatar's own letters (ә, ө, ү, җ), dd.MM.y
    "tt": Register(
        "Мәсьәләләр",
        [
            ["Мәсьәләләр исемлеге - Казан мәктәбе проекты"],
            [],
            ["Номер", "Мәсьәлә", "Җаваплы", "Өстенлек", "Статус", "Срок", "Искәрмә"],
            [
                "1",
                "Түбә агып тора",
                "Айрат Гарипов",
                "Югары",
                "Эштә",
                "14.05.2026",
                "Подрядчыга хәбәр ителде",
            ],
            ["2", "Рөхсәт кәгазе юк", "Гөлнара Сафина", "Урта", "Ачык", "30.06.2026", None],
            [
                "3",
                "Җылыту торбасы ватылган",
                "Ринат Хәсәнов",
                "Түбән",
                "Ябык",
                "02.03.2026",
                "Алыштырылды",
            ],
        ],
        "issues",
        {
            "Номер": "id",
            "Мәсьәлә": "title",
            "Җаваплы": "owner",
            "Өстенлек": "priority",
            "Статус": "status",
            "Срок": "due_date",
            "Искәрмә": "description",
        },
        {
            "status": ["In Progress", "Open", "Closed"],
            "priority": ["High", "Medium", "Low"],
            "due_date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
    # West Frisian: a decision log, dates dd-MM-yy (CLDR's)
    "fy": Register(
        "Besluten",
        [
            ["Beslútlist projekt nije brêge Snits"],
            [],
            ["Nûmer", "Beslút", "Besletten troch", "Beslútdatum", "Reden"],
            [
                "B-01",
                "Brêge wurdt yn stiel útfierd",
                "Sjoukje de Vries",
                "14-05-26",
                "Goedkeaper yn ûnderhâld",
            ],
            [
                "B-02",
                "Oanbesteging yn twa dielen",
                "Wytze Hoekstra",
                "30-06-26",
                "Mear lokale bedriuwen",
            ],
            ["B-03", "Omlieding fia de Oostergoweg", "Durk Bergsma", "02-03-26", "Minder oerlêst"],
        ],
        "decisions",
        {
            "Nûmer": "id",
            "Beslút": "decision",
            "Besletten troch": "made_by",
            "Beslútdatum": "date",
            "Reden": "rationale",
        },
        {
            "made_by": ["Sjoukje de Vries", "Wytze Hoekstra", "Durk Bergsma"],
            "date": [date(2026, 5, 14), date(2026, 6, 30), date(2026, 3, 2)],
        },
    ),
}

TRACKERS: dict[str, Tracker] = {
    "lb": Tracker(
        "Käschten",
        _tracker(
            "Budget vum Projet Tram Esch",
            "Budget",
            "Tatsächlech",
            "Käschtepost",
            ("Mäerz 2026", "Abrëll 2026"),
            ("Personal", "Material"),
            "Total",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "Personal"): (5000.0, 4800.0),
            (date(2026, 4, 1), "Material"): (2000.0, 2200.0),
        },
    ),
    "jv": Tracker(
        "Wragad",
        _tracker(
            "Anggaran proyek irigasi Klaten",
            "Anggaran",
            "Realisasi",
            "Pos wragad",
            ("Maret 2026", "April 2026"),
            ("Tenaga kerja", "Bahan"),
            "Gunggung",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "Tenaga kerja"): (5000.0, 4800.0),
            (date(2026, 4, 1), "Bahan"): (2000.0, 2200.0),
        },
    ),
    "ceb": Tracker(
        "Badyet",
        _tracker(
            "Badyet sa proyekto sa tubig",
            "Badyet",
            "Aktuwal",
            "Butang",
            ("Marso 2026", "Abril 2026"),
            ("Trabahante", "Materyales"),
            "Kinatibuk-an",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "Trabahante"): (5000.0, 4800.0),
            (date(2026, 4, 1), "Materyales"): (2000.0, 2200.0),
        },
    ),
    # Odia: CLDR's months (ମାର୍ଚ୍ଚ, ଅପ୍ରେଲ) with their vowel signs and viramas
    "or": Tracker(
        "ବଜେଟ",
        _tracker(
            "ଜଳସେଚନ ପ୍ରକଳ୍ପ ବଜେଟ",
            "ବଜେଟ",
            "ପ୍ରକୃତ",
            "ଖର୍ଚ୍ଚ",
            ("ମାର୍ଚ୍ଚ 2026", "ଅପ୍ରେଲ 2026"),
            ("ଶ୍ରମିକ", "ସାମଗ୍ରୀ"),
            "ମୋଟ",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "ଶ୍ରମିକ"): (5000.0, 4800.0),
            (date(2026, 4, 1), "ସାମଗ୍ରୀ"): (2000.0, 2200.0),
        },
    ),
    "as": Tracker(
        "বাজেট",
        _tracker(
            "পথ প্ৰকল্পৰ বাজেট",
            "বাজেট",
            "প্ৰকৃত",
            "খৰচ",
            ("মাৰ্চ 2026", "এপ্ৰিল 2026"),
            ("শ্ৰমিক", "সামগ্ৰী"),
            "মুঠ",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "শ্ৰমিক"): (5000.0, 4800.0),
            (date(2026, 4, 1), "সামগ্ৰী"): (2000.0, 2200.0),
        },
    ),
    "sd": Tracker(
        "بجيٽ",
        _tracker(
            "منصوبي جي بجيٽ",
            "بجيٽ",
            "حقيقي",
            "لاڳت",
            ("مارچ 2026", "اپريل 2026"),
            ("مزدور", "سامان"),
            "ڪل",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "مزدور"): (5000.0, 4800.0),
            (date(2026, 4, 1), "سامان"): (2000.0, 2200.0),
        },
    ),
    # Māori: CLDR's months with their macrons (Māehe, Āperira)
    "mi": Tracker(
        "Tahua",
        _tracker(
            "Tahua hinonga whare kura",
            "Tahua",
            "Tūturu",
            "Momo utu",
            ("Māehe 2026", "Āperira 2026"),
            ("Kaimahi", "Rawa"),
            "Tapeke",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 3, 1), "Kaimahi"): (5000.0, 4800.0),
            (date(2026, 4, 1), "Rawa"): (2000.0, 2200.0),
        },
    ),
    # Tatar: CLDR's гыйнвар (January), a month Russian does not write
    "tt": Tracker(
        "Бюджет",
        _tracker(
            "Проект бюджеты",
            "Бюджет",
            "Факт",
            "Чыгымнар",
            ("гыйнвар 2026", "февраль 2026"),
            ("Эш хакы", "Материаллар"),
            "Барлыгы",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Эш хакы"): (5000.0, 4800.0),
            (date(2026, 2, 1), "Материаллар"): (2000.0, 2200.0),
        },
    ),
    # West Frisian: CLDR's Jannewaris, Febrewaris
    "fy": Tracker(
        "Kosten",
        _tracker(
            "Budzjet projekt brêge Snits",
            "Budzjet",
            "Realisaasje",
            "Kostepost",
            ("Jannewaris 2026", "Febrewaris 2026"),
            ("Personiel", "Materiaal"),
            "Totaal",
        ),
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Personiel"): (5000.0, 4800.0),
            (date(2026, 2, 1), "Materiaal"): (2000.0, 2200.0),
        },
    ),
}

#: Words each language writes that are left out on purpose, and what they read as instead
#: (None: nothing; a text: another language's word of another sense keeps its reading).
LEFT_OUT: dict[str, list[tuple[str, str, str | None]]] = {
    # and lb Mount (month) is English mount: left out
    "lb": [
        ("Jo", "values", "no"),
        ("Mount", "words", None),
    ],  # Albanian jo (no) keeps its reading; lb yes is empty
    # Javanese rencana (a plan) is Indonesian's planned, and keeps that reading; gumantung
    # (to depend) is no header
    "jv": [("Rencana", "words", "planned"), ("Gumantung", "words", None)],
    # Cebuano gasto (a cost) keeps Spanish's reading; pagsalig (trust, reliance) is neither
    # the dependency nor the confidence
    "ceb": [("Gasto", "words", "cost"), ("Pagsalig", "words", None)],
    # Māori take (a matter) is English take, rā (a date) English RA; Swahili kati (middle)
    # keeps its reading, so Māori closed is only "kua kati" / "katia"
    # Tatar план and прогноз are Russian's, read as Russian reads them (round 34's last
    # hour: Russian прогноз is the forecast, the noun, no longer "expected")
    "tt": [("План", "words", "planned"), ("Прогноз", "words", "forecast")],
    # Frisian read (red) is English read: left out
    "fy": [
        ("Read", "values", None),
        ("Iepen", "values", "open"),
        ("Tige heech", "values", "very high"),
    ],
    "mi": [("Take", "words", None), ("RA", "words", None), ("Kati", "values", "medium")],
}


def test_the_languages_are_declared_after_round_24() -> None:
    assert LANGUAGES.index("lb") > LANGUAGES.index("fo")
    for language in REGISTERS:
        assert language in LANGUAGES


@pytest.mark.parametrize("language", sorted(REGISTERS))
def test_a_register_in_the_language(language: str, tmp_path: Path) -> None:
    sample = REGISTERS[language]
    adoption = adopt(book(tmp_path / f"{language}_r.xlsx", sample.sheet, sample.rows))
    table = only(adoption)
    assert table.register == sample.register
    assert targets(table) == sample.targets
    for key, values in sample.fields.items():
        assert field(adoption, sample.register, key) == values, key


@pytest.mark.parametrize("language", sorted(TRACKERS))
def test_a_budget_by_month_in_the_language(language: str, tmp_path: Path) -> None:
    sample = TRACKERS[language]
    path = book(tmp_path / f"{language}_b.xlsx", sample.sheet, sample.rows, sample.merged)
    adoption = adopt(path)
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert len(got) == 4  # two lines by two months; the total row is no cost line
    for key, (budget, actual) in sample.checks.items():
        assert (got[key].budget, got[key].actual) == (budget, actual), key


@pytest.mark.parametrize("language", sorted(LEFT_OUT))
def test_words_left_out_are_not_read_in_their_sense(language: str) -> None:
    for word, section, reading in LEFT_OUT[language]:
        assert translate(word, section) == reading, word


def test_a_word_of_the_language_that_english_writes_stays_english() -> None:
    # near-misses: English headers beside the new words read as before
    assert translate("Status") is None
    assert translate("Owner") is None
    assert translate("Budget") is None


# --- the mechanism: a month heading a column in an Indic script ------------------------------


def test_a_month_with_vowel_signs_heads_a_column() -> None:
    # the vowel signs and viramas are inside the month word (Odia, Hindi, Bengali, Tamil)
    assert month_number("ମାର୍ଚ୍ଚ 2026") == 3
    assert month_number("मार्च 2026") == 3
    assert month_number("অক্টোবর") == 10
    assert month_number("ஏப்ரல் 2026") == 4
    # Latin months read as before
    assert month_number("Mäerz 2026") == 3
    assert month_number("Set 2026") == 9


def test_a_word_with_vowel_signs_that_is_no_month_heads_no_month_column() -> None:
    assert month_number("ସମସ୍ୟା 2026") is None  # Odia: issue 2026
    assert month_number("बजट 2026") is None  # Hindi: budget 2026
    assert month_number("ମାର୍ଚ୍ଚ ଖର୍ଚ୍ଚ") is None  # a month inside other words is no label


def test_a_hindi_budget_by_month_is_read(tmp_path: Path) -> None:
    # the mechanism is the script's, not the language's: a Hindi tracker (the file held
    # Hindi since round 10) by CLDR month is read now, as the Odia one above
    rows = _tracker(
        "परियोजना बजट",
        "बजट",
        "वास्तविक",
        "लागत मद",
        ("मार्च 2026", "अप्रैल 2026"),
        ("श्रम", "सामग्री"),
        "कुल",
    )
    adoption = adopt(book(tmp_path / "hi_b.xlsx", "बजट", rows, ("B2:C2", "D2:E2")))
    got = finance_by_line(adoption)
    assert len(got) == 4
    assert (got[(date(2026, 4, 1), "श्रम")].budget, got[(date(2026, 4, 1), "श्रम")].actual) == (
        4000.0,
        4100.0,
    )
