"""Round 25 (its last hour, t27c): Setswana, Chichewa and Sesotho. Each language is read on a
small register and a small tracker written for these tests in the language (no benchmark
layout): the table found, its kind, every column's target, its values; the tracker's months
are CLDR's names of the language. Near-misses: a word left out on purpose is not read in
its sense, and a table of the language that is no register is not adopted.

One table of samples, parametrised over the languages, so a language is added by its rows
(the form of ``tests/test_adopt_round25_languages.py``).
"""

from __future__ import annotations

from datetime import date

from tests.adopt_sheets import LanguageBudget as Budget
from tests.adopt_sheets import LanguageRegister as Register

#: the language every language of this module is declared after in ``LANGUAGES``
AFTER = "fy"

REGISTERS = [
    Register(
        "tn",
        "Dikotsi",
        [
            ["Lenaane la dikotsi la porojeke ya metsi Maun"],
            [],
            ["Nomoro", "Kotsi", "Mong", "Kgonagalo", "Ditlamorago", "Maemo", "Letlha la bofelo"],
            [
                "1",
                "Pula e ntsi",
                "Kabo Molefe",
                "Kwa godimo",
                "Magareng",
                "E bulegile",
                "2026-03-16",
            ],
            [
                "2",
                "Ditlhwatlhwa di a oketsega",
                "Neo Sebego",
                "Kwa tlase",
                "Kwa godimo",
                "E tswetswe",
                "2026-04-20",
            ],
            [
                "3",
                "Badiri ga ba lekane",
                "Tebogo Kgosi",
                "Magareng",
                "Kwa tlase",
                "E bulegile",
                "2026-05-04",
            ],
        ],
        "risks",
        {
            "Nomoro": "id",
            "Kotsi": "title",
            "Mong": "owner",
            "Kgonagalo": "probability",
            "Ditlamorago": "impact",
            "Maemo": "status",
            "Letlha la bofelo": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "tn",
        "Ditshwetso",
        [
            ["Nomoro", "Tshwetso", "E tserwe ke", "Letlha la tshwetso", "Dintlha"],
            [
                "T1",
                "Re tla dirisa lefelo la Francistown",
                "Mpho Ramotswa",
                "2026-02-02",
                "Go dumelane",
            ],
            [
                "T2",
                "Go simolola ka Motsheganong",
                "Lesego Dintwe",
                "2026-02-16",
                "Go tla tlhatlhobiwa",
            ],
            ["T3", "Badiri ba babedi ba tlaleletso", "Mpho Ramotswa", "2026-03-03", "Go dumelane"],
        ],
        "decisions",
        {
            "Nomoro": "id",
            "Tshwetso": "decision",
            "E tserwe ke": "made_by",
            "Letlha la tshwetso": "date",
            "Dintlha": None,  # a decision log has no notes column: reported, not taken
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Mpho Ramotswa", "Lesego Dintwe", "Mpho Ramotswa"],
        },
    ),
    Register(
        "ny",
        "Mavuto",
        [
            ["Kaundula wa mavuto a pulojekiti ya madzi Zomba"],
            [],
            ["Nambala", "Vuto", "Mwini", "Mkhalidwe", "Tsiku lomaliza"],
            ["1", "Pampu yawonongeka", "Chikondi Banda", "Chotsegulidwa", "2026-03-16"],
            ["2", "Chilolezo chachedwa", "Tiyamike Phiri", "Chatsekedwa", "2026-04-20"],
            ["3", "Antchito sakukwanira", "Kondwani Mwale", "Zikuchitika", "2026-05-04"],
        ],
        "issues",
        {
            "Nambala": "id",
            "Vuto": "title",
            "Mwini": "owner",
            "Mkhalidwe": "status",
            "Tsiku lomaliza": "due_date",
        },
        {
            "status": ["Open", "Closed", "In Progress"],
            "owner": ["Chikondi Banda", "Tiyamike Phiri", "Kondwani Mwale"],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "st",
        "Dikotsi",
        [
            ["Lenane la dikotsi la projeke ya metsi Maseru"],
            [],
            [
                "Nomoro",
                "Kotsi",
                "Mong",
                "Monyetla",
                "Tshusumetso",
                "Boemo",
                "Letsatsi la ho qetela",
            ],
            [
                "1",
                "Pula e ngata",
                "Thabo Mokoena",
                "E phahameng",
                "Mahareng",
                "E bulehile",
                "2026-03-16",
            ],
            [
                "2",
                "Ditheko di a nyoloha",
                "Palesa Nthako",
                "E tlase",
                "E phahameng",
                "E kwetswe",
                "2026-04-20",
            ],
            [
                "3",
                "Basebetsi ha ba lekane",
                "Lerato Mofokeng",
                "Mahareng",
                "E tlase",
                "E bulehile",
                "2026-05-04",
            ],
        ],
        "risks",
        {
            "Nomoro": "id",
            "Kotsi": "title",
            "Mong": "owner",
            "Monyetla": "probability",
            "Tshusumetso": "impact",
            "Boemo": "status",
            "Letsatsi la ho qetela": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "st",
        "Liqeto",
        [
            ["Nomoro", "Qeto", "E entsoe ke", "Letsatsi la qeto"],
            ["Q1", "Re tla sebedisa ofisi ya Mafeteng", "Mpho Lebona", "2026-02-02"],
            ["Q2", "Ho qala ka Motsheanong", "Teboho Molapo", "2026-02-16"],
            ["Q3", "Basebetsi ba babedi ba eketsehileng", "Mpho Lebona", "2026-03-03"],
        ],
        "decisions",
        {
            "Nomoro": "id",
            "Qeto": "decision",
            "E entsoe ke": "made_by",
            "Letsatsi la qeto": "date",
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Mpho Lebona", "Teboho Molapo", "Mpho Lebona"],
        },
    ),
]


BUDGETS = [
    Budget(
        "tn",
        "Tekanyetso",
        [
            ["Tekanyetso ya porojeke 2026"],
            [None, "Tekanyetso", None, "Madi a a dirisitsweng", None],
            [None, "Ferikgong 2026", "Tlhakole 2026", "Ferikgong 2026", "Tlhakole 2026"],
            ["Badiri", 6000.0, 6000.0, 5800.0, 6300.0],
            ["Didirisiwa", 2500.0, 1500.0, 2400.0, 1700.0],
            ["Palogotlhe", 8500.0, 7500.0, 8200.0, 8000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Badiri", "budget"): 6000.0,
            (date(2026, 2, 1), "Badiri", "actual"): 6300.0,
            (date(2026, 2, 1), "Didirisiwa", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "ny",
        "Bajeti",
        [
            ["Bajeti ya pulojekiti 2026"],
            [None, "Bajeti", None, "Zomwe tagwiritsa", None],
            [None, "Januwale 2026", "Febuluwale 2026", "Januwale 2026", "Febuluwale 2026"],
            ["Malipiro", 7000.0, 7000.0, 6900.0, 7200.0],
            ["Mafuta", 1800.0, 1200.0, 1750.0, 1300.0],
            ["Zonse pamodzi", 8800.0, 8200.0, 8650.0, 8500.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Malipiro", "budget"): 7000.0,
            (date(2026, 2, 1), "Malipiro", "actual"): 7200.0,
            (date(2026, 2, 1), "Mafuta", "budget"): 1200.0,
        },
        4,
    ),
    Budget(
        "st",
        "Tekanyetso",
        [
            ["Tekanyetso ya projeke 2026"],
            [None, "Tekanyetso", None, "Tse sebedisitsweng", None],
            [None, "Pherekgong 2026", "Hlakola 2026", "Pherekgong 2026", "Hlakola 2026"],
            ["Basebetsi", 4000.0, 4000.0, 3900.0, 4100.0],
            ["Thepa", 1500.0, 900.0, 1450.0, 950.0],
            ["Kakaretso", 5500.0, 4900.0, 5350.0, 5050.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Basebetsi", "budget"): 4000.0,
            (date(2026, 2, 1), "Basebetsi", "actual"): 4100.0,
            (date(2026, 2, 1), "Thepa", "budget"): 900.0,
        },
        4,
    ),
]


#: Values a register's cells hold, read as the concept in each language.
VALUES: list[tuple[str, str, str]] = [
    ("tn", "E a tswelela", "in progress"),
    ("tn", "Ga e ise e simolole", "not started"),
    ("tn", "E emisitswe", "on hold"),
    ("tn", "E rarabolotswe", "resolved"),
    ("tn", "Kwa godimo thata", "high very"),
    ("tn", "Khibidu", "red"),
    ("tn", "Serolwana", "amber"),
    ("tn", "Tala", "green"),
    ("tn", "Nnyaa", "no"),
    ("tn", "E netefaditswe", "confirmed"),
    ("tn", "E gannwe", "rejected"),
    ("tn", "Mo kotsing", "at risk"),
    ("tn", "Tsa molao", "legal"),
    ("tn", "Pabalesego", "security"),
    ("ny", "Sizinayambe", "not started"),
    ("ny", "Zayimitsidwa", "on hold"),
    ("ny", "Zathetsedwa", "resolved"),
    ("ny", "Chapamwamba kwambiri", "high very"),
    ("ny", "Chofiira", "red"),
    ("ny", "Chachikasu", "amber"),
    ("ny", "Chobiriwira", "green"),
    ("ny", "Inde", "yes"),
    ("ny", "Ayi", "no"),
    ("ny", "Zatsimikizika", "confirmed"),
    ("ny", "Zachedwa", "late"),
    ("ny", "Pachiopsezo", "at risk"),
    ("ny", "Zamalamulo", "legal"),
    ("ny", "Chitetezo", "security"),
    ("st", "E ntse e tsoela pele", "in progress"),
    ("st", "Ha e so qale", "not started"),
    ("st", "E emisitsoe", "on hold"),
    ("st", "E rarollotswe", "resolved"),
    ("st", "E phahameng haholo", "high very"),
    ("st", "Khubelu", "red"),
    ("st", "Mosehla", "amber"),
    ("st", "Botala", "green"),
    ("st", "Tjhe", "no"),
    ("st", "E netefalitsoe", "confirmed"),
    ("st", "E hannwe", "rejected"),
    ("st", "E diehile", "late"),
    ("st", "Tsa molao", "legal"),
    ("st", "Ts'ireletso", "security"),
    ("st", "Mokha oa boraro", "third party"),
]


#: Headers read in each language (the concept's English words).
HEADERS: list[tuple[str, str, str]] = [
    ("tn", "Kakanyo", "assumption"),
    ("tn", "Boitshepo", "confidence"),
    ("tn", "Netefatsa pele ga", "validate by"),
    ("tn", "Fa e se boammaaruri", "impact if false"),
    ("tn", "Mookamedi wa porojeke", "project manager"),
    ("ny", "Chiopsezo", "risk"),
    ("ny", "Kuchepetsa chiopsezo", "mitigation"),
    ("ny", "Gawo la ndalama", "cost line"),
    ("ny", "Zomwe tagwiritsa", "actual"),
    ("ny", "Ndemanga", "notes"),
    ("st", "Litšenyehelo", "costs"),
    ("st", "Khoeli", "month"),
    ("st", "Motsamaisi oa projeke", "project manager"),
    ("st", "Boitšepo", "confidence"),
    ("st", "Haeba e se nnete", "impact if false"),
]


#: Words left out on purpose (each with its reason in ``[coverage_empty.<code>]``): read as
#: nothing.
LEFT_OUT: list[tuple[str, str]] = [
    ("tn", "Lebaka"),  # a reason and a cause: no rationale
    ("tn", "Botlhokwa"),  # importance, not an order of priority
    ("tn", "Tebelelo"),  # an expectation, not a forecast figure
    ("tn", "Ee"),  # yes is two letters: an engineering note's EE
    ("ny", "Chifukwa"),  # a reason and a cause: no rationale
    ("ny", "Chikhulupiriro"),  # faith and trust, not confidence
    ("ny", "Zotsatira"),  # results and outcomes as much as an impact
    ("ny", "Ntchito"),  # work, a job and a task: not read as the project
    ("st", "Lebaka"),  # a reason and a cause: no rationale
    ("st", "Bohlokwa"),  # importance, not an order of priority
    ("st", "E"),  # yes is one letter
]


#: A contact list in the language: names, telephones and towns, no register.
CONTACTS: list[tuple[str, str, list[list[object]]]] = [
    (
        "tn",
        "Batho",
        [
            ["Leina", "Mogala", "Motse"],
            ["Kabo Molefe", "71 555 0101", "Maun"],
            ["Neo Sebego", "72 555 0202", "Serowe"],
            ["Tebogo Kgosi", "73 555 0303", "Palapye"],
        ],
    ),
]
