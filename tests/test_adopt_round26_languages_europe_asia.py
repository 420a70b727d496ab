"""Round 26: languages of West Africa, Asia, the Pacific and Europe the vocabularies lacked
(Scottish Gaelic, Breton, Romansh). Each language is read on a small register and a small
tracker written for these tests in the language (no benchmark layout): the table found, its
kind, every column's target, its values; the tracker's months are CLDR's names of the
language. Near-misses: a word left out on purpose is not read in its sense, and English
headers near the new words read as before.

One table of samples, parametrised over the languages (the form of round 25's language
tests), so a language is added by its rows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.languages import LANGUAGES, translate
from tests.adopt_sheets import LanguageBudget as Budget
from tests.adopt_sheets import LanguageRegister as Register
from tests.adopt_sheets import assert_budget_read, assert_register_read, sample_id

REGISTERS = [
    Register(
        "gd",
        "Cunnartan",
        [
            ["Clàr chunnartan a' phròiseict: drochaid Phort Rìgh"],
            [],
            ["Àireamh", "Cunnart", "Sealbhadair", "Coltachd", "Buaidh", "Inbhe", "Ceann-ama"],
            [
                "1",
                "Droch shìde sa gheamhradh",
                "Iain MacLeòid",
                "Àrd",
                "Meadhanach",
                "Fosgailte",
                "2026-03-16",
            ],
            [
                "2",
                "Cosgais stàilinn a' dol suas",
                "Mòrag Dhòmhnallach",
                "Ìosal",
                "Àrd",
                "Dùinte",
                "2026-04-20",
            ],
            [
                "3",
                "Chan eil luchd-obrach gu leòr",
                "Seumas Caimbeul",
                "Meadhanach",
                "Ìosal",
                "Fosgailte",
                "2026-05-04",
            ],
        ],
        "risks",
        {
            "Àireamh": "id",
            "Cunnart": "title",
            "Sealbhadair": "owner",
            "Coltachd": "probability",
            "Buaidh": "impact",
            "Inbhe": "status",
            "Ceann-ama": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "gd",
        "Co-dhùnaidhean",
        [
            ["Àireamh", "Co-dhùnadh", "Air a dhèanamh le", "Ceann-latha a' cho-dhùnaidh"],
            ["C1", "Oifis ùr ann an Steòrnabhagh", "Catrìona Nic a' Phì", "2026-02-02"],
            ["C2", "Tòiseachadh sa Chèitean", "Ruairidh Moireach", "2026-02-16"],
            ["C3", "Dithis neach-obrach a bharrachd", "Catrìona Nic a' Phì", "2026-03-03"],
        ],
        "decisions",
        {
            "Àireamh": "id",
            "Co-dhùnadh": "decision",
            "Air a dhèanamh le": "made_by",
            "Ceann-latha a' cho-dhùnaidh": "date",
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Catrìona Nic a' Phì", "Ruairidh Moireach", "Catrìona Nic a' Phì"],
        },
    ),
    Register(
        "br",
        "Riskloù",
        [
            ["Marilh ar riskloù: raktres pont Kemper"],
            [],
            ["Niverenn", "Riskl", "Perc'henn", "Levezon", "Kentelezh", "Stad", "Termen"],
            ["1", "Amzer fall er goañv", "Yann Le Gall", "Uhel", "Krenn", "Digor", "2026-03-16"],
            [
                "2",
                "Priz an dir o kreskiñ",
                "Nolwenn Kerjean",
                "Izel",
                "Uhel",
                "Serret",
                "2026-04-20",
            ],
            [
                "3",
                "Re nebeut a labourerien",
                "Erwan Tanguy",
                "Krenn",
                "Izel",
                "Digor",
                "2026-05-04",
            ],
        ],
        "risks",
        {
            "Niverenn": "id",
            "Riskl": "title",
            "Perc'henn": "owner",
            "Levezon": "impact",
            "Kentelezh": None,  # a risk has no priority field: reported, not taken
            "Stad": "status",
            "Termen": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "impact": [5.0, 1.0, 3.0],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "br",
        "Kudennoù",
        [
            ["Niverenn", "Kudenn", "Perchenn", "Stad", "Diskoulm"],
            ["K1", "Dale gant ar pourchaser", "Gwenola Riou", "Digor", "Pellgomz d'ar pourchaser"],
            ["K2", "Aotre-labourat o vankout", "Tangi Morvan", "Serret", "Goulenn adarre"],
            ["K3", "Ur servijer en dro", "Gwenola Riou", "War ober", "Gortoz ar pezh nevez"],
        ],
        "issues",
        {
            "Niverenn": "id",
            "Kudenn": "title",
            "Perchenn": "owner",
            "Stad": "status",
            "Diskoulm": "resolution",
        },
        {
            "status": ["Open", "Closed", "In Progress"],
            "owner": ["Gwenola Riou", "Tangi Morvan", "Gwenola Riou"],
        },
    ),
    Register(
        "rm",
        "Ristgs",
        [
            ["Glista dals ristgs: project punt Glion"],
            [],
            ["Numer", "Ristg", "Responsabel", "Probabilitad", "Prioritad", "Stadi", "Termin"],
            ["1", "Naiv en primavaira", "Gian Caduff", "Aut", "Mesaun", "Avert", "2026-03-16"],
            [
                "2",
                "Custs da material pli auts",
                "Ursina Derungs",
                "Bass",
                "Aut",
                "Serrà",
                "2026-04-20",
            ],
            [
                "3",
                "Memia pauc lavurants",
                "Flurin Casanova",
                "Mesaun",
                "Bass",
                "Avert",
                "2026-05-04",
            ],
        ],
        "risks",
        {
            "Numer": "id",
            "Ristg": "title",
            "Responsabel": "owner",
            "Probabilitad": "probability",
            "Prioritad": None,  # a risk has no priority field: reported, not taken
            "Stadi": "status",
            "Termin": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "rm",
        "Decisiuns",
        [
            ["Numer", "Decisiun", "Decidì da", "Data da la decisiun", "Motivaziun"],
            ["D1", "Nov biro a Cuira", "Men Bezzola", "2026-02-02", "Damain pli curt"],
            ["D2", "Cumenzar en matg", "Annina Cathomen", "2026-02-16", "Naiv"],
            ["D3", "Dus lavurants supplementars", "Men Bezzola", "2026-03-03", "Termin"],
        ],
        "decisions",
        {
            "Numer": "id",
            "Decisiun": "decision",
            "Decidì da": "made_by",
            "Data da la decisiun": "date",
            "Motivaziun": "rationale",
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Men Bezzola", "Annina Cathomen", "Men Bezzola"],
        },
    ),
    Register(
        "su",
        "Résiko",
        [
            ["Daptar résiko proyék sasak Garut"],
            [],
            [
                "Nomer",
                "Résiko",
                "Penanggung jawab",
                "Kamungkinan",
                "Dampak",
                "Status",
                "Wates waktu",
            ],
            ["1", "Hujan gedé", "Asep Sunandar", "Luhur", "Sedeng", "Dibuka", "2026-03-16"],
            ["2", "Harga semén naék", "Euis Komariah", "Handap", "Luhur", "Ditutup", "2026-04-20"],
            ["3", "Pagawé kurang", "Dadang Suherman", "Sedeng", "Handap", "Dibuka", "2026-05-04"],
        ],
        "risks",
        {
            "Nomer": "id",
            "Résiko": "title",
            "Penanggung jawab": "owner",
            "Kamungkinan": "probability",
            "Dampak": "impact",
            "Status": "status",
            "Wates waktu": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
        },
    ),
    Register(
        "su",
        "Kaputusan",
        [
            ["Nomer", "Kaputusan", "Diputuskeun ku", "Tanggal kaputusan"],
            ["K1", "Kantor anyar di Bandung", "Ujang Rahmat", "2026-02-02"],
            ["K2", "Dimimitian bulan Méi", "Neng Lilis", "2026-02-16"],
            ["K3", "Dua pagawé tambahan", "Ujang Rahmat", "2026-03-03"],
        ],
        "decisions",
        {
            "Nomer": "id",
            "Kaputusan": "decision",
            "Diputuskeun ku": "made_by",
            "Tanggal kaputusan": "date",
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Ujang Rahmat", "Neng Lilis", "Ujang Rahmat"],
        },
    ),
]

BUDGETS = [
    Budget(
        "gd",
        "Buidseat",
        [
            ["Buidseat a' phròiseict 2026"],
            [None, "Buidseat", None, "Ro-aithris", None],
            [None, "Gearr 2026", "Màrt 2026", "Gearr 2026", "Màrt 2026"],
            ["Luchd-obrach", 6000.0, 6000.0, 5800.0, 6300.0],
            ["Uidheam", 2500.0, 1500.0, 2400.0, 1700.0],
            ["Iomlan", 8500.0, 7500.0, 8200.0, 8000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 2, 1), "Luchd-obrach", "budget"): 6000.0,
            (date(2026, 3, 1), "Luchd-obrach", "forecast"): 6300.0,
            (date(2026, 3, 1), "Uidheam", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "br",
        "Budjed",
        [
            ["Budjed ar raktres 2026"],
            [None, "Budjed", None, None, None],
            [None, "Genver 2026", "Meurzh 2026", "Ebrel 2026", "Mezheven 2026"],
            ["Goproù", 7000.0, 7000.0, 6900.0, 7200.0],
            ["Danvez", 1800.0, 1200.0, 1750.0, 1300.0],
            ["Hollad", 8800.0, 8200.0, 8650.0, 8500.0],
        ],
        ("B2:E2",),
        {
            (date(2026, 1, 1), "Goproù", "budget"): 7000.0,
            (date(2026, 6, 1), "Goproù", "budget"): 7200.0,
            (date(2026, 3, 1), "Danvez", "budget"): 1200.0,
        },
        8,
    ),
    Budget(
        "rm",
        "Budget",
        [
            ["Budget dal project 2026"],
            [None, "Budget", None, "Effectiv", None],
            [None, "favrer 2026", "mars 2026", "favrer 2026", "mars 2026"],
            ["Salaris", 4000.0, 4000.0, 3900.0, 4100.0],
            ["Material", 1500.0, 900.0, 1450.0, 950.0],
            ["Total", 5500.0, 4900.0, 5350.0, 5050.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 2, 1), "Salaris", "budget"): 4000.0,
            (date(2026, 3, 1), "Salaris", "actual"): 4100.0,
            (date(2026, 3, 1), "Material", "budget"): 900.0,
        },
        4,
    ),
    Budget(
        "su",
        "Anggaran",
        [
            ["Anggaran proyék 2026"],
            [None, "Anggaran", None, "Réalisasi", None],
            [None, "Januari 2026", "Pébruari 2026", "Januari 2026", "Pébruari 2026"],
            ["Gajih", 5000.0, 5000.0, 4900.0, 5100.0],
            ["Bahan", 2000.0, 1000.0, 1900.0, 1200.0],
            ["Jumlah", 7000.0, 6000.0, 6800.0, 6300.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Gajih", "budget"): 5000.0,
            (date(2026, 2, 1), "Gajih", "actual"): 5100.0,
            (date(2026, 2, 1), "Bahan", "budget"): 1000.0,
        },
        4,
    ),
]

#: Values a register's cells hold, read as the concept in each language.
VALUES: list[tuple[str, str, str]] = [
    ("gd", "A' dol air adhart", "in progress"),
    ("gd", "Gun tòiseachadh", "not started"),
    ("gd", "Air fhuasgladh", "resolved"),
    ("gd", "Glè àrd", "very high"),
    ("gd", "Èiginneach", "critical"),
    ("gd", "Dearg", "red"),
    ("gd", "Buidhe", "amber"),
    ("gd", "Uaine", "green"),
    ("gd", "Chan eil", "no"),
    ("gd", "Dearbhte", "confirmed"),
    ("gd", "Fadalach", "late"),
    ("gd", "Ann an cunnart", "at risk"),
    ("gd", "Laghail", "legal"),
    ("gd", "Tèarainteachd", "security"),
    ("gd", "Treas phàrtaidh", "third party"),
    ("br", "Diskoulmet", "resolved"),
    ("br", "Uhel kenan", "high very"),
    ("br", "Ruz", "red"),
    ("br", "Orañjez", "amber"),
    ("br", "Gwer", "green"),
    ("br", "Nann", "no"),
    ("br", "Kadarnaet", "confirmed"),
    ("br", "Nac'het", "rejected"),
    ("br", "Diwezhat", "late"),
    ("br", "En arvar", "at risk"),
    ("br", "Arc'hantel", "financial"),
    ("br", "Kenwerzhel", "commercial"),
    ("rm", "Betg cumenzà", "not started"),
    ("rm", "Suspendì", "on hold"),
    ("rm", "Schlià", "resolved"),
    ("rm", "Fitg aut", "very high"),
    ("rm", "Cotschen", "red"),
    ("rm", "Mellen", "amber"),
    ("rm", "Gea", "yes"),
    ("rm", "Confermà", "confirmed"),
    ("rm", "Refusà", "rejected"),
    ("rm", "Furnì", "delivered"),
    ("rm", "En privel", "at risk"),
    ("rm", "Giuridic", "legal"),
    ("rm", "Segirezza", "security"),
    ("su", "Keur dikerjakeun", "in progress"),
    ("su", "Can dimimitian", "not started"),
    ("su", "Luhur pisan", "high very"),
    ("su", "Beureum", "red"),
    ("su", "Konéng", "amber"),
    ("su", "Héjo", "green"),
    ("su", "Enya", "yes"),
    ("su", "Henteu", "no"),
    ("su", "Pihak katilu", "third party"),
    ("su", "Kauangan", "financial"),
]

#: Headers read in each language (the concept's English words).
HEADERS: list[tuple[str, str, str]] = [
    ("gd", "Eisimeileachd", "dependency"),
    ("gd", "Prìomhachas", "priority"),
    ("gd", "Lùghdachadh cunnairt", "mitigation"),
    ("gd", "Manaidsear a' phròiseict", "project manager"),
    ("gd", "Urrasair", "sponsor"),
    ("gd", "Mìos", "month"),
    ("br", "Divizadenn", "decision"),
    ("br", "Deiziad serriñ", "closed date"),
    ("br", "Merour ar raktres", "project manager"),
    ("br", "Notennoù", "notes"),
    ("rm", "Supposiziun", "assumption"),
    ("rm", "Dependenza", "dependency"),
    ("rm", "Prognosa", "forecast"),
    ("rm", "Effectiv", "actual"),
    ("rm", "Manader dal project", "project manager"),
    ("su", "Asumsi", "assumption"),
    ("su", "Wates waktu", "due"),
    ("su", "Catetan", "notes"),
    ("su", "Manajer proyék", "project manager"),
    ("su", "Rencana", "planned"),
    ("su", "Alesan", "rationale"),  # as Javanese and Indonesian read it
]

#: Words left out on purpose (each with its reason in ``[coverage_empty.<code>]``): read as
#: nothing.
LEFT_OUT: list[tuple[str, str]] = [
    ("gd", "Adhbhar"),  # a reason and a cause: no rationale
    ("gd", "Misneachd"),  # courage and morale, not confidence
    ("gd", "Roinn"),  # a department and a share: no category
    ("gd", "Òmar"),  # amber, but folded the name Omar (Omar Khalil read as amber)
    ("br", "Abeg"),  # a reason and a cause: no rationale
    ("br", "Fiziañs"),  # trust, not confidence
    ("rm", "Fidanza"),  # trust, not confidence
    ("rm", "Mais"),  # month, but Portuguese more and French but
    ("su", "Kapercayaan"),  # trust and belief, not confidence
]


def test_the_languages_are_declared_after_round_25s() -> None:
    for language in {s.language for s in REGISTERS}:
        assert LANGUAGES.index(language) > LANGUAGES.index("st"), language


@pytest.mark.parametrize("sample", REGISTERS, ids=sample_id)
def test_a_register_is_read_end_to_end(sample: Register, tmp_path: Path) -> None:
    assert_register_read(sample, tmp_path)


@pytest.mark.parametrize("sample", BUDGETS, ids=sample_id)
def test_a_budget_by_cldr_month_is_read(sample: Budget, tmp_path: Path) -> None:
    assert_budget_read(sample, tmp_path)


@pytest.mark.parametrize(("language", "text", "concept"), VALUES)
def test_a_value_is_read_as_its_concept(language: str, text: str, concept: str) -> None:
    assert translate(text, "values") == concept, (language, text)


@pytest.mark.parametrize(("language", "text", "concept"), HEADERS)
def test_a_header_is_read_as_its_concept(language: str, text: str, concept: str) -> None:
    assert translate(text) == concept, (language, text)


@pytest.mark.parametrize(("language", "text"), LEFT_OUT)
def test_a_word_left_out_is_not_read_in_its_sense(language: str, text: str) -> None:
    assert translate(text) is None, (language, text)
    assert translate(text, "values") is None, (language, text)


def test_english_headers_near_the_new_words_read_as_before() -> None:
    # Romansh ``num`` (name) is left out: English ``Num`` is a number column
    assert translate("Num") != "name"
    assert translate("Problem") is None  # Romansh writes it as English does
    assert translate("Bass", "values") == "low"  # Romansh low, in a cell only
    assert translate("Bass") is None  # as a header it is no field
    assert translate("Plan") is None and translate("Project") is None  # English, as before
