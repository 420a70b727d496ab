"""Round 25 (its last hour): Mauritian Creole, Samoan and Guarani. Each language is read on a
small register and a small tracker written for these tests in the language (no benchmark
layout): the table found, its kind, every column's target, its values. Near-misses: a word
left out on purpose is not read in its sense, and a table of the language that is no
register is not adopted.

One table of samples, parametrised over the languages, so a language is added by its rows.
"""

from __future__ import annotations

from datetime import date

from tests.adopt_sheets import LanguageBudget as Budget
from tests.adopt_sheets import LanguageRegister as Register

#: the language every language of this module is declared after in ``LANGUAGES``
AFTER = "fy"

REGISTERS = [
    Register(
        "mfe",
        "Risk",
        [
            ["Rezis risk proze dlo Mare Longue"],
            [],
            [
                "Nimero",
                "Deskripsion",
                "Responsab",
                "Probabilite",
                "Impak",
                "Sitiasion",
                "Dat limit",
            ],
            [
                "1",
                "Lapli for bloke santie",
                "Anil Dookhun",
                "Elve",
                "Mwayen",
                "Ouver",
                "15/03/2026",
            ],
            ["2", "Pri siman mont", "Marie-Claire Lebon", "Mwayen", "Elve", "Ferme", "22/04/2026"],
            [
                "3",
                "Kontrakter an retar",
                "Yannick Perrine",
                "Elve",
                "Kritik",
                "Ouver",
                "05/05/2026",
            ],
        ],
        "risks",
        {
            "Nimero": "id",
            "Deskripsion": "title",  # the only text column: the item's title, as in English
            "Responsab": "owner",
            "Probabilite": "probability",
            "Impak": "impact",
            "Sitiasion": "status",
            "Dat limit": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "due_date": [date(2026, 3, 15), date(2026, 4, 22), date(2026, 5, 5)],
        },
    ),
    Register(
        "mfe",
        "Problem",
        [
            ["Nimero", "Problem", "Responsab", "Priorite", "Sitiasion", "Solision"],
            [
                "P1",
                "Servis internet koupe",
                "Anil Dookhun",
                "Elve",
                "An kour",
                "Apel Mauritius Telecom",
            ],
            ["P2", "Pa ase sez dan biro", "Yannick Perrine", "Mwayen", "Ouver", "Aste 10 sez"],
            ["P3", "Lisans lozisiel expire", "Marie-Claire Lebon", "Elve", "Ferme", "Renouvle"],
        ],
        "issues",
        {
            "Nimero": "id",
            "Problem": "title",
            "Responsab": "owner",
            "Priorite": "priority",
            "Sitiasion": "status",
            "Solision": "resolution",
        },
        {
            "status": ["In Progress", "Open", "Closed"],
            "priority": ["High", "Medium", "High"],
        },
    ),
    Register(
        "sm",
        "Fa'afitauli",
        [
            ["Lisi o fa'afitauli o le poloketi vai Faleolo"],
            [],
            ["Numera", "Ulutala", "Tagata e nafa", "Fa'amuamua", "Tulaga", "Aso fa'agata"],
            [
                "1",
                "Ua tuai le uta mai Niu Sila",
                "Tavita Leota",
                "Maualuga",
                "O lo'o fai",
                "06/04/2026",
            ],
            ["2", "Ua malepe le pamu", "Mele Fa'alogo", "Feololo", "Tatala", "20/04/2026"],
            ["3", "Leai ni faigaluega", "Sione Tuilagi", "Maualalo", "Tapuni", "04/05/2026"],
        ],
        "issues",
        {
            "Numera": "id",
            "Ulutala": "title",
            "Tagata e nafa": "owner",
            "Fa'amuamua": "priority",
            "Tulaga": "status",
            "Aso fa'agata": "due_date",
        },
        {
            "status": ["In Progress", "Open", "Closed"],
            "priority": ["High", "Medium", "Low"],
            "due_date": [date(2026, 4, 6), date(2026, 4, 20), date(2026, 5, 4)],
        },
    ),
    Register(
        "sm",
        "Faaiuga",
        [
            ["Numera", "Faaiuga", "Na faia e", "Aso o le faaiuga", "Manatu"],
            ["F1", "Fa'aaoga le kamupani a Apia", "Losa Aiono", "02/02/2026", "Taugofie"],
            ["F2", "Amata le galuega ia Me", "Tavita Leota", "16/02/2026", "Ua maea le fuafuaga"],
            [
                "F3",
                "Fa'aopoopo ni tagata faigaluega se lua",
                "Losa Aiono",
                "03/03/2026",
                "Tele galuega",
            ],
        ],
        "decisions",
        {
            "Numera": "id",
            "Faaiuga": "decision",
            "Na faia e": "made_by",
            "Aso o le faaiuga": "date",
            "Manatu": None,  # a decision log has no notes field, as English Notes: reported
        },
        {
            "date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)],
            "made_by": ["Losa Aiono", "Tavita Leota", "Losa Aiono"],
        },
    ),
    Register(
        "gn",
        "Riesgokuéra",
        [
            ["Riesgokuéra tembiapo y Caaguazú"],
            [],
            ["Papapy", "Riesgo", "Mba'e jára", "Probabilidad", "Impacto", "Estado", "Fecha límite"],
            [
                "1",
                "Ama heta ombyai tape",
                "Ña Rosa Benítez",
                "Yvate",
                "Mbytegua",
                "Ojepe'a",
                "15/03/2026",
            ],
            ["2", "Cemento repy ojupi", "Derlis Fretes", "Bajo", "Yvate", "Oñemboty", "22/04/2026"],
            [
                "3",
                "Mba'apohára ndaipóri",
                "Lorena Ayala",
                "Mbytegua",
                "Bajo",
                "Ojepe'a",
                "05/05/2026",
            ],
        ],
        "risks",
        {
            "Papapy": "id",
            "Riesgo": "title",
            "Mba'e jára": "owner",
            "Probabilidad": "probability",
            "Impacto": "impact",
            "Estado": "status",
            "Fecha límite": "due_date",
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
        "mfe",
        "Bizet",
        [
            ["Bizet proze dlo Mare Longue 2026"],
            [None, "Bizet", None, "Depans reel", None],
            [None, "zanvie 2026", "fevriye 2026", "zanvie 2026", "fevriye 2026"],
            ["Travay sivil", 4000.0, 4000.0, 3900.0, 4200.0],
            ["Materyo", 2500.0, 1500.0, 2600.0, 1400.0],
            ["Total", 6500.0, 5500.0, 6500.0, 5600.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Travay sivil", "budget"): 4000.0,
            (date(2026, 2, 1), "Travay sivil", "actual"): 4200.0,
            (date(2026, 2, 1), "Materyo", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "sm",
        "Paketi",
        [
            ["Paketi o le poloketi vai Faleolo 2026"],
            [],
            ["Masina", "Cost line", "Paketi", "Moni"],
            [date(2026, 1, 1), "Totogi", 3000.0, 2900.0],
            [date(2026, 1, 1), "Meafaigaluega", 1200.0, 1250.0],
            [date(2026, 2, 1), "Totogi", 3000.0, 3100.0],
            [date(2026, 2, 1), "Meafaigaluega", 800.0, 700.0],
        ],
        (),
        {
            (date(2026, 1, 1), "Totogi", "budget"): 3000.0,
            (date(2026, 2, 1), "Totogi", "actual"): 3100.0,
            (date(2026, 2, 1), "Meafaigaluega", "actual"): 700.0,
        },
        4,
    ),
    Budget(
        "gn",
        "Presupuesto",
        [
            ["Presupuesto tembiapo Caaguazú 2026"],
            [None, "Presupuesto", None, "Gasto real", None],
            [None, "Jasyteĩ 2026", "Jasykõi 2026", "Jasyteĩ 2026", "Jasykõi 2026"],
            ["Mba'apohára", 5000.0, 5000.0, 4900.0, 5100.0],
            ["Tembiporu", 2000.0, 1000.0, 2100.0, 900.0],
            ["Total", 7000.0, 6000.0, 7000.0, 6000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "Mba'apohára", "budget"): 5000.0,
            (date(2026, 2, 1), "Mba'apohára", "actual"): 5100.0,
            (date(2026, 1, 1), "Tembiporu", "actual"): 2100.0,
        },
        4,
    ),
]


#: Values a register's cells hold, read as the concept in each language.
VALUES: list[tuple[str, str, str]] = [
    ("mfe", "Pa ankor koumanse", "not started"),
    ("mfe", "An sispan", "on hold"),
    ("mfe", "Rezoud", "resolved"),
    ("mfe", "Rouz", "red"),
    ("mfe", "Zonn", "amber"),
    ("mfe", "Konfirme", "confirmed"),
    ("mfe", "Rezete", "rejected"),
    ("mfe", "An risk", "at risk"),
    ("mfe", "Swivi", "monitoring"),
    ("mfe", "Finansie", "financial"),
    ("mfe", "Dimounn", "people"),
    ("mfe", "Zouridik", "legal"),
    ("sm", "Ua mae'a", "complete"),
    ("sm", "Ua maea", "complete"),
    ("sm", "E le'i amataina", "not started"),
    ("sm", "Taofia", "on hold"),
    ("sm", "Matua maualuga", "very high"),
    ("sm", "Samasama", "amber"),
    ("sm", "Lanumeamata", "green"),
    ("sm", "Mumu", "red"),
    ("sm", "Ioe", "yes"),
    ("sm", "Leai", "no"),
    ("sm", "Fa'amaonia", "confirmed"),
    ("sm", "Ua tuai", "late"),
    ("sm", "I lamatiaga", "at risk"),
    ("sm", "Fa'atali", "pending"),
    ("sm", "Tulafono", "legal"),
    ("gn", "Ojejapohína", "in progress"),
    ("gn", "Noñepyrũi gueteri", "not started"),
    ("gn", "Ojejapóma", "complete"),
    ("gn", "Oho porã", "on track"),
    ("gn", "Pytã", "red"),
    ("gn", "Sa'yju", "amber"),
    ("gn", "Hovyũ", "green"),
    ("gn", "Héẽ", "yes"),
    ("gn", "Nahániri", "no"),
    ("gn", "Yvate eterei", "high very"),
    ("gn", "Oha'arõhína", "pending"),
]


#: Words left out on purpose (each with its reason in ``[coverage_empty.<code>]``).
LEFT_OUT: list[tuple[str, str, str | None]] = [
    ("mfe", "Ver", None),  # green (vert) is English Ver, a version
    ("mfe", "Wi", None),  # yes is the Wi of Wi-Fi
    ("mfe", "Feb", None),  # low (faible) is English Feb
    ("mfe", "Direksion", None),  # a company's management, not a dependency's direction
    ("sm", "Mafua'aga", None),  # a reason and a cause: no rationale
    ("sm", "Fa'atuatuaga", None),  # trust and faith, not confidence
    ("sm", "Tuai", None),  # late, and old (le maketi tuai): only ua tuai is read
    ("gn", "Jerovia", None),  # faith and trust, not confidence
]


#: A contact list in the language: names, telephones and towns, no register.
CONTACTS: list[tuple[str, str, list[list[object]]]] = [
    (
        "mfe",
        "Kontak",
        [
            ["Non", "Telefonn", "Lavil"],
            ["Anil Dookhun", "5 712 3456", "Curepipe"],
            ["Yannick Perrine", "5 798 1122", "Rose-Hill"],
            ["Marie-Claire Lebon", "5 250 7788", "Mahebourg"],
        ],
    ),
]
