"""Round 25 (l25a): languages of Africa, and Kurdish. Each language is read on a small
register and a small tracker written for these tests in the language (no benchmark layout):
the table found, its kind, every column's target, its values; the tracker's months are
CLDR's names of the language. Near-misses: a word left out on purpose is not read in its
sense, and a table of the language that is no register is not adopted.

One table of samples, parametrised over the languages, so a language is added by its rows.
"""

from __future__ import annotations

from datetime import date

from tests.adopt_sheets import LanguageBudget as Budget
from tests.adopt_sheets import LanguageRegister as Register

#: the language every language of this module is declared after in ``LANGUAGES``
AFTER = "fo"

REGISTERS = [
    Register(
        "ig",
        "Ihe ize ndụ",
        [
            ["Ndekọ ihe ize ndụ ọrụ ngo mmiri Enugu"],
            [],
            ["Nọmba", "Isiokwu", "Onye nwe", "Mmetụta", "Ọnọdụ", "Ụbọchị ngwụcha"],
            ["1", "Ngwa ọrụ egbuola oge", "Chinedu Okafor", "Dị elu", "Mepere emepe", "15/03/2026"],
            ["2", "Mmiri ozuzo dị ukwuu", "Ngozi Eze", "Dị ala", "Mechiri emechi", "22/04/2026"],
            ["3", "Ọnụ ahịa siminti", "Emeka Nwosu", "Etiti", "Mepere emepe", "05/05/2026"],
        ],
        "risks",
        {
            "Nọmba": "id",
            "Isiokwu": "title",
            "Onye nwe": "owner",
            "Mmetụta": "impact",
            "Ọnọdụ": "status",
            "Ụbọchị ngwụcha": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "impact": [5.0, 1.0, 3.0],
            "due_date": [date(2026, 3, 15), date(2026, 4, 22), date(2026, 5, 5)],
        },
    ),
    Register(
        "ig",
        "Mkpebi",
        [
            ["Nọmba", "Mkpebi", "Onye mere mkpebi", "Ụbọchị mkpebi"],
            ["D1", "Anyị ga-eji ụlọ ọrụ Aba", "Ifeoma Obi", "02/02/2026"],
            ["D2", "Mmalite ga-abụ n'ọnwa Mee", "Obinna Ude", "16/02/2026"],
            ["D3", "Ndị ọrụ abụọ ọzọ", "Ifeoma Obi", "03/03/2026"],
        ],
        "decisions",
        {
            "Nọmba": "id",
            "Mkpebi": "decision",
            "Onye mere mkpebi": "made_by",
            "Ụbọchị mkpebi": "date",
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Ifeoma Obi", "Obinna Ude", "Ifeoma Obi"],
        },
    ),
    Register(
        "rw",
        "Ibibazo",
        [
            ["Urutonde rw'ibibazo by'umushinga w'amazi"],
            [],
            ["Nomero", "Ikibazo", "Ushinzwe", "Icyihutirwa", "Uko bihagaze", "Itariki ntarengwa"],
            ["1", "Imashini yarapfuye", "Jean Mugabo", "Hejuru", "Gifunguye", "2026-04-06"],
            ["2", "Uruhushya rwatinze", "Aline Uwase", "Hasi", "Gifunze", "2026-04-20"],
            ["3", "Abakozi badahagije", "Eric Habimana", "Hagati", "Biri gukorwa", "2026-05-04"],
        ],
        "issues",
        {
            "Nomero": "id",
            "Ikibazo": "title",
            "Ushinzwe": "owner",
            "Icyihutirwa": "priority",
            "Uko bihagaze": "status",
            "Itariki ntarengwa": "due_date",
        },
        {
            "status": ["Open", "Closed", "In Progress"],
            "priority": ["High", "Low", "Medium"],
            "due_date": [date(2026, 4, 6), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "rw",
        "Ibyago",
        [
            ["Nomero", "Icyago", "Ushinzwe", "Amahirwe yo kubaho", "Ingaruka", "Kugabanya ibyago"],
            ["R1", "Imvura nyinshi", "Jean Mugabo", "Hejuru", "Hagati", "Gutegura imiyoboro"],
            ["R2", "Ibiciro bizamuka", "Aline Uwase", "Hasi", "Hejuru cyane", "Amasezerano"],
            ["R3", "Abatanga serivisi", "Eric Habimana", "Hagati", "Hasi", "Abandi babiri"],
        ],
        "risks",
        {
            "Nomero": "id",
            "Icyago": "title",
            "Ushinzwe": "owner",
            "Amahirwe yo kubaho": "probability",
            "Ingaruka": "impact",
            "Kugabanya ibyago": "response",
        },
        {"probability": [5.0, 1.0, 3.0]},
    ),
    Register(
        "om",
        "Balaawwan",
        [
            ["Galmee balaa pirojektii bishaan Adaamaa"],
            [],
            [
                "Lakkoofsa",
                "Balaa",
                "Itti gaafatamaa",
                "Carraa",
                "Dhiibbaa",
                "Haala",
                "Guyyaa xumuraa",
            ],
            [
                "1",
                "Meeshaan ni harkifama",
                "Tolasaa Gammadaa",
                "Olaanaa",
                "Giddugaleessa",
                "Banaa",
                "15 Bitootessa 2026",
            ],
            [
                "2",
                "Hojjettoonni hin ga'an",
                "Caaltuu Fayyeeraa",
                "Gadi aanaa",
                "Olaanaa",
                "Cufaa",
                "22 Eebila 2026",
            ],
            [
                "3",
                "Gatiin ol ka'a",
                "Boonsaa Lammii",
                "Giddugaleessa",
                "Gadi aanaa",
                "Banaa",
                "5 Caamsaa 2026",
            ],
        ],
        "risks",
        {
            "Lakkoofsa": "id",
            "Balaa": "title",
            "Itti gaafatamaa": "owner",
            "Carraa": "probability",
            "Dhiibbaa": "impact",
            "Haala": "status",
            "Guyyaa xumuraa": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "due_date": [date(2026, 3, 15), date(2026, 4, 22), date(2026, 5, 5)],
        },
    ),
]


BUDGETS = [
    Budget(
        "ig",
        "Mmefu ego",
        [
            ["Mmefu ego ọrụ ngo 2026"],
            [None, "Mmefu ego", None, "Actual", None],
            ["Cost line", "Jenụwarị 2026", "Febrụwarị 2026", "Jenụwarị 2026", "Febrụwarị 2026"],
            ["Ndị ọrụ", 4000.0, 4000.0, 3900.0, 4200.0],
            ["Ngwa ọrụ", 2500.0, 1500.0, 2600.0, 1400.0],
            ["Ngụkọta", 6500.0, 5500.0, 6500.0, 5600.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Ndị ọrụ", "budget"): 4000.0,
            (date(2026, 2, 1), "Ndị ọrụ", "actual"): 4200.0,
            (date(2026, 2, 1), "Ngwa ọrụ", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "rw",
        "Ingengo y'imari",
        [
            ["Ingengo y'imari y'umushinga 2026"],
            [None, "Ingengo y'imari", None, "Byakoreshejwe", None],
            [None, "Mutarama 2026", "Gashyantare 2026", "Mutarama 2026", "Gashyantare 2026"],
            ["Abakozi", 3000.0, 3000.0, 2900.0, 3100.0],
            ["Ibikoresho", 1200.0, 800.0, 1250.0, 700.0],
            ["Igiteranyo", 4200.0, 3800.0, 4150.0, 3800.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Abakozi", "budget"): 3000.0,
            (date(2026, 2, 1), "Abakozi", "actual"): 3100.0,
            (date(2026, 2, 1), "Ibikoresho", "actual"): 700.0,
        },
        4,
    ),
    Budget(
        "om",
        "Baajata",
        [
            ["Baajata pirojektii 2026"],
            [None, "Baajata", None, "Baasii qabatamaa", None],
            [None, "Amajjii 2026", "Guraandhala 2026", "Amajjii 2026", "Guraandhala 2026"],
            ["Mindaa", 5000.0, 5000.0, 4900.0, 5100.0],
            ["Meeshaalee", 2000.0, 1000.0, 2100.0, 900.0],
            ["Waliigala", 7000.0, 6000.0, 7000.0, 6000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Mindaa", "budget"): 5000.0,
            (date(2026, 2, 1), "Mindaa", "actual"): 5100.0,
            (date(2026, 1, 1), "Meeshaalee", "actual"): 2100.0,
        },
        4,
    ),
]


#: Values a register's cells hold, read as the concept (a state, a level, a RAG colour, a
#: category) in each language.
VALUES: list[tuple[str, str, str]] = [
    ("ig", "Na-aga n'ihu", "in progress"),
    ("ig", "Amalitebeghị", "not started"),
    ("ig", "Akwụsịtụrụ", "on hold"),
    ("ig", "Edoziri", "resolved"),
    ("ig", "Dị elu nke ukwuu", "high very"),
    ("ig", "Uhie", "red"),
    ("ig", "Odo odo", "amber"),
    ("ig", "Akwụkwọ ndụ", "green"),
    ("ig", "Egbuola oge", "late"),
    ("ig", "Nọ n'ihe ize ndụ", "at risk"),
    ("ig", "Gbasara ego", "financial"),
    ("ig", "Nchekwa", "security"),
    ("rw", "Ntibiratangira", "not started"),
    ("rw", "Byahagaritswe", "on hold"),
    ("rw", "Byakemutse", "resolved"),
    ("rw", "Umutuku", "red"),
    ("rw", "Umuhondo", "amber"),
    ("rw", "Icyatsi kibisi", "green"),
    ("rw", "Yego", "yes"),
    ("rw", "Oya", "no"),
    ("rw", "Byemejwe", "confirmed"),
    ("rw", "Byanzwe", "rejected"),
    ("rw", "Byatinze", "late"),
    ("rw", "Mu kaga", "at risk"),
    ("rw", "Amategeko", "legal"),
    ("rw", "Umutekano", "security"),
    ("om", "Adeemsa irra jira", "in progress"),
    ("om", "Hin jalqabamne", "not started"),
    ("om", "Furame", "resolved"),
    ("om", "Olaanaa baay'ee", "high very"),
    ("om", "Olaanaa baayyee", "high very"),
    ("om", "Diimaa", "red"),
    ("om", "Keelloo", "amber"),
    ("om", "Magariisa", "green"),
    ("om", "Eeyyee", "yes"),
    ("om", "Lakki", "no"),
    ("om", "Mirkanaa'e", "confirmed"),
    ("om", "Harkifame", "late"),
    ("om", "Hordoffii", "monitoring"),
    ("om", "Qaama sadaffaa", "third party"),
    ("om", "Murteessaa", "critical"),
    ("ig", "Ewetala", "delivered"),
]


#: Words left out on purpose (each with its reason in ``[coverage_empty.<code>]``): read as
#: nothing, or as what they were before.
LEFT_OUT: list[tuple[str, str, str | None]] = [
    ("ig", "Mba", None),  # no: English MBA and Igbo mba (a nation)
    ("ig", "Ntụkwasị obi", None),  # trust, not confidence
    ("ig", "Aha! Roadmaps releases", None),  # aha (name) is the roadmap tool Aha!
    ("ig", "UDI", None),
    (
        "ig",
        "EE: A: 81%",
        None,
    ),  # ee (yes) is two letters, an engineering note's EE  # ụdị (type) folds to UDI, a medical device's identifier
    ("rw", "Icyizere", None),  # trust and hope, not confidence
    ("om", "Amantaa", None),  # belief and trust, not confidence
]


#: A contact list in the language: names, telephones and towns, no register.
CONTACTS: list[tuple[str, str, list[list[object]]]] = [
    (
        "ig",
        "Ndị mmadụ",
        [
            ["Aha", "Ekwentị", "Obodo"],
            ["Chinedu Okafor", "0803 555 0101", "Enugu"],
            ["Ngozi Eze", "0805 555 0202", "Onitsha"],
            ["Emeka Nwosu", "0807 555 0303", "Owerri"],
        ],
    ),
]
