"""Round 26: the languages its two language engineers added: of Africa, Kurdish and Uyghur
(l26a: Tigrinya, Kurdish Sorani and Kurmanji, Uyghur) and of Europe and Asia (l26b:
Scottish Gaelic, Breton, Romansh, Sundanese).
Each language is read on a small register and a small tracker written for these tests in the
language (no benchmark layout): the table found, its kind, every column's target, its values;
the tracker's months are CLDR's names of the language where CLDR has them. Near-misses: a word
left out on purpose is not read in its sense, and a table of the language that is no register
is not adopted.

One table of samples, parametrised over the languages, so a language is added by its rows
(the form of ``tests/test_adopt_round25_southern_africa.py``).
"""

from __future__ import annotations

from datetime import date

from tests.adopt_sheets import LanguageBudget as Budget
from tests.adopt_sheets import LanguageRegister as Register

#: the language every language of this module is declared after in ``LANGUAGES``
AFTER = "st"

_DUE = [date(2026, 3, 16), date(2026, 4, 20), date(2026, 5, 4)]


REGISTERS = [
    Register(
        "ti",
        "ሓደጋታት",
        [
            ["መዝገብ ሓደጋታት ፕሮጀክት ማይ ከረን"],
            [],
            ["ቁጽሪ", "ሓደጋ", "ወናኒ", "ተኽእሎ", "ጽልዋ", "ኩነታት", "መወዳእታ ዕለት"],
            ["1", "ብዙሕ ዝናብ", "ተስፋይ ገብረ", "ልዑል", "ማእከላይ", "ክፉት", "2026-03-16"],
            ["2", "ዋጋ ይውስኽ", "ሳባ ኪዳነ", "ትሑት", "ልዑል", "ዕጹው", "2026-04-20"],
            ["3", "ሰራሕተኛታት ኣይኣኽሉን", "ዳዊት መንግስ", "ማእከላይ", "ትሑት", "ክፉት", "2026-05-04"],
        ],
        "risks",
        {
            "ቁጽሪ": "id",
            "ሓደጋ": "title",
            "ወናኒ": "owner",
            "ተኽእሎ": "probability",
            "ጽልዋ": "impact",
            "ኩነታት": "status",
            "መወዳእታ ዕለት": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": _DUE,
        },
    ),
    Register(
        "ti",
        "ጸገማት",
        [
            ["ቁጽሪ", "ጸገም", "ሓላፊ", "ቀዳምነት", "ኩነታት", "መወዳእታ ዕለት"],
            ["1", "ፓምፕ ተበላሽዩ", "ተስፋይ ገብረ", "ልዑል", "ኣብ መስርሕ", "2026-03-16"],
            ["2", "ፍቓድ ደንጉዩ", "ሳባ ኪዳነ", "ትሑት", "ተፈቲሑ", "2026-04-20"],
            ["3", "መኪና የለን", "ዳዊት መንግስ", "ማእከላይ", "ዘይተጀመረ", "2026-05-04"],
        ],
        "issues",
        {
            "ቁጽሪ": "id",
            "ጸገም": "title",
            "ሓላፊ": "owner",
            "ቀዳምነት": "priority",
            "ኩነታት": "status",
            "መወዳእታ ዕለት": "due_date",
        },
        {
            "status": ["In Progress", "Resolved", "Open"],  # an issue not started is open
            "owner": ["ተስፋይ ገብረ", "ሳባ ኪዳነ", "ዳዊት መንግስ"],
            "due_date": _DUE,
        },
    ),
    Register(
        "ckb",
        "مەترسییەکان",
        [
            ["تۆماری مەترسییەکانی پڕۆژەی ئاوی هەولێر"],
            [],
            ["ژمارە", "مەترسی", "خاوەن", "ئەگەری ڕوودان", "کاریگەری", "دۆخ", "دوا وادە"],
            ["1", "بارانی زۆر", "ئارام عەلی", "بەرز", "مامناوەند", "کراوە", "2026-03-16"],
            ["2", "نرخەکان بەرز دەبنەوە", "شیلان ئەحمەد", "نزم", "بەرز", "داخراو", "2026-04-20"],
            ["3", "کرێکار بەس نییە", "هێمن کەریم", "مامناوەند", "نزم", "کراوە", "2026-05-04"],
        ],
        "risks",
        {
            "ژمارە": "id",
            "مەترسی": "title",
            "خاوەن": "owner",
            "ئەگەری ڕوودان": "probability",
            "کاریگەری": "impact",
            "دۆخ": "status",
            "دوا وادە": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": _DUE,
        },
    ),
    Register(
        "ckb",
        "بڕیارەکان",
        [
            ["ژمارە", "بڕیار", "بەرواری بڕیار", "تێبینی"],
            ["B1", "نووسینگەی سلێمانی بەکاردەهێنین", "2026-02-02", "ڕێککەوتن"],
            ["B2", "لە مانگی ئایار دەست پێدەکەین", "2026-02-16", "پێداچوونەوە"],
            ["B3", "دوو کرێکاری زیاتر", "2026-03-03", "ڕێککەوتن"],
        ],
        "decisions",
        {
            "ژمارە": "id",
            "بڕیار": "decision",
            "بەرواری بڕیار": "date",
            "تێبینی": None,  # a decision log has no notes column: reported, not taken
        },
        {"date": [date(2026, 2, 2), date(2026, 2, 16), date(2026, 3, 3)]},
    ),
    Register(
        "ku",
        "Metirsî",
        [
            ["Lîsteya metirsiyan a projeya avê ya Amedê"],
            [],
            ["Hejmar", "Metirsî", "Xwedî", "Îhtîmal", "Bandor", "Rewş", "Dîroka dawî"],
            ["1", "Barana zêde", "Azad Demir", "Bilind", "Navîn", "Vekirî", "2026-03-16"],
            ["2", "Biha bilind dibin", "Rojda Aslan", "Nizm", "Bilind", "Girtî", "2026-04-20"],
            ["3", "Karker têr nakin", "Berxwedan Kaya", "Navîn", "Nizm", "Vekirî", "2026-05-04"],
        ],
        "risks",
        {
            "Hejmar": "id",
            "Metirsî": "title",
            "Xwedî": "owner",
            "Îhtîmal": "probability",
            "Bandor": "impact",
            "Rewş": "status",
            "Dîroka dawî": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": _DUE,
        },
    ),
    Register(
        "ku",
        "Pirsgirêkan",
        [
            ["Hejmar", "Pirsgirêk", "Berpirsiyar", "Rewş", "Dîroka dawî"],
            ["1", "Pompe xera bûye", "Azad Demir", "Di pêvajoyê de", "2026-03-16"],
            ["2", "Destûr dereng ma", "Rojda Aslan", "Çareserkirî", "2026-04-20"],
            ["3", "Erebe tune", "Berxwedan Kaya", "Vekirî", "2026-05-04"],
        ],
        "issues",
        {
            "Hejmar": "id",
            "Pirsgirêk": "title",
            "Berpirsiyar": "owner",
            "Rewş": "status",
            "Dîroka dawî": "due_date",
        },
        {
            "status": ["In Progress", "Resolved", "Open"],
            "owner": ["Azad Demir", "Rojda Aslan", "Berxwedan Kaya"],
            "due_date": _DUE,
        },
    ),
    Register(
        "ug",
        "خەتەرلەر",
        [
            ["قەشقەر سۇ لايىھەسى خەتەر تىزىملىكى"],
            [],
            ["نومۇر", "خەتەر", "ئىگىسى", "ئېھتىماللىق", "تەسىر", "ھالەت", "ئاخىرقى مۆھلەت"],
            ["1", "كۆپ يامغۇر", "ئەركىن توختى", "يۇقىرى", "ئوتتۇرا", "ئوچۇق", "2026-03-16"],
            ["2", "باھا ئۆسىدۇ", "گۈلنار ئابدۇللا", "تۆۋەن", "يۇقىرى", "تاقالغان", "2026-04-20"],
            ["3", "ئىشچى يېتىشمەيدۇ", "مۇرات قادىر", "ئوتتۇرا", "تۆۋەن", "ئوچۇق", "2026-05-04"],
        ],
        "risks",
        {
            "نومۇر": "id",
            "خەتەر": "title",
            "ئىگىسى": "owner",
            "ئېھتىماللىق": "probability",
            "تەسىر": "impact",
            "ھالەت": "status",
            "ئاخىرقى مۆھلەت": "due_date",
        },
        {
            "status": ["Open", "Closed", "Open"],
            "probability": [5.0, 1.0, 3.0],
            "impact": [3.0, 5.0, 1.0],
            "due_date": _DUE,
        },
    ),
    Register(
        "ug",
        "مەسىلىلەر",
        [
            ["نومۇر", "مەسىلە", "مەسئۇل", "ئالدىنلىق", "ھالەت", "ئاخىرقى مۆھلەت"],
            ["1", "ناسوس بۇزۇلدى", "ئەركىن توختى", "يۇقىرى", "داۋاملىشىۋاتىدۇ", "2026-03-16"],
            ["2", "ئىجازەت كېچىكتى", "گۈلنار ئابدۇللا", "تۆۋەن", "ھەل قىلىنغان", "2026-04-20"],
            ["3", "ماشىنا يوق", "مۇرات قادىر", "ئوتتۇرا", "ئوچۇق", "2026-05-04"],
        ],
        "issues",
        {
            "نومۇر": "id",
            "مەسىلە": "title",
            "مەسئۇل": "owner",
            "ئالدىنلىق": "priority",
            "ھالەت": "status",
            "ئاخىرقى مۆھلەت": "due_date",
        },
        {
            "status": ["In Progress", "Resolved", "Open"],
            "owner": ["ئەركىن توختى", "گۈلنار ئابدۇللا", "مۇرات قادىر"],
            "due_date": _DUE,
        },
    ),
]


BUDGETS = [
    Budget(
        "ti",
        "ባጀት",
        [
            ["ባጀት ፕሮጀክት 2026"],
            [None, "ባጀት", None],
            [None, "መጋቢት 2026", "ሚያዝያ 2026"],
            ["ደሞዝ", 6000.0, 6300.0],
            ["ነዳዲ", 2500.0, 1700.0],
            ["ድምር", 8500.0, 8000.0],
        ],
        ("B2:C2",),
        {
            (date(2026, 3, 1), "ደሞዝ", "budget"): 6000.0,
            (date(2026, 4, 1), "ደሞዝ", "budget"): 6300.0,
            (date(2026, 4, 1), "ነዳዲ", "budget"): 1700.0,
        },
        4,
    ),
    Budget(
        "ckb",
        "بودجە",
        [
            ["بودجەی پڕۆژە 2026"],
            [None, "بودجە", None, "ڕاستەقینە", None],
            [None, "شوبات 2026", "ئازار 2026", "شوبات 2026", "ئازار 2026"],
            ["مووچە", 6000.0, 6000.0, 5800.0, 6300.0],
            ["سووتەمەنی", 2500.0, 1500.0, 2400.0, 1700.0],
            ["کۆی گشتی", 8500.0, 7500.0, 8200.0, 8000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 2, 1), "مووچە", "budget"): 6000.0,
            (date(2026, 3, 1), "مووچە", "actual"): 6300.0,
            (date(2026, 3, 1), "سووتەمەنی", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "ku",
        "Budçe",
        [
            ["Budçeya projeyê 2026"],
            [None, "Budçe", None, "Rastîn", None],
            [None, "Sibat 2026", "Adar 2026", "Sibat 2026", "Adar 2026"],
            ["Mûçe", 6000.0, 6000.0, 5800.0, 6300.0],
            ["Sotemenî", 2500.0, 1500.0, 2400.0, 1700.0],
            ["Tevahî", 8500.0, 7500.0, 8200.0, 8000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 2, 1), "Mûçe", "budget"): 6000.0,
            (date(2026, 3, 1), "Mûçe", "actual"): 6300.0,
            (date(2026, 3, 1), "Sotemenî", "budget"): 1500.0,
        },
        4,
    ),
    Budget(
        "ug",
        "خامچوت",
        [
            ["لايىھە خامچوتى 2026"],
            [None, "خامچوت", None, "ئەمەلىي", None],
            [None, "يانۋار 2026", "فېۋرال 2026", "يانۋار 2026", "فېۋرال 2026"],
            ["مائاش", 6000.0, 6000.0, 5800.0, 6300.0],
            ["يېقىلغۇ", 2500.0, 1500.0, 2400.0, 1700.0],
            ["جەمئىي", 8500.0, 7500.0, 8200.0, 8000.0],
        ],
        ("B2:C2", "D2:E2"),
        {
            (date(2026, 1, 1), "مائاش", "budget"): 6000.0,
            (date(2026, 2, 1), "مائاش", "actual"): 6300.0,
            (date(2026, 2, 1), "يېقىلغۇ", "budget"): 1500.0,
        },
        4,
    ),
]


#: Values a register's cells hold, read as the concept in each language.
VALUES: list[tuple[str, str, str]] = [
    ("ti", "ኣዝዩ ልዑል", "very high"),
    ("ti", "ቀይሕ", "red"),
    ("ti", "ብጫ", "amber"),
    ("ti", "ቀጠልያ", "green"),
    ("ti", "እወ", "yes"),
    ("ti", "ኣይፋል", "no"),
    ("ti", "ተረጋጊጹ", "confirmed"),
    ("ti", "ተነጺጉ", "rejected"),
    ("ti", "ደንጉዩ", "late"),
    ("ti", "ኣብ ሓደጋ", "at risk"),
    ("ti", "ወሳኒ", "critical"),
    ("ti", "ሕጋዊ", "legal"),
    ("ti", "ሳልሳይ ወገን", "third party"),
    ("ckb", "زۆر بەرز", "very high"),
    ("ckb", "سوور", "red"),
    ("ckb", "زەرد", "amber"),
    ("ckb", "سەوز", "green"),
    ("ckb", "بەڵێ", "yes"),
    ("ckb", "نەخێر", "no"),
    ("ckb", "لە جێبەجێکردندا", "in progress"),
    ("ckb", "چارەسەرکراو", "resolved"),
    ("ckb", "ڕاگیراو", "on hold"),
    ("ckb", "پشتڕاستکراوە", "confirmed"),
    ("ckb", "دواکەوتوو", "late"),
    ("ckb", "یاسایی", "legal"),
    ("ckb", "لایەنی سێیەم", "third party"),
    ("ku", "Gelek bilind", "very high"),
    ("ku", "Sor", "red"),
    ("ku", "Zer", "amber"),
    ("ku", "Kesk", "green"),
    ("ku", "Erê", "yes"),
    ("ku", "Nexêr", "no"),
    ("ku", "Rawestandî", "on hold"),
    ("ku", "Piştrastkirî", "confirmed"),
    ("ku", "Dereng", "late"),
    ("ku", "Li bendê", "pending"),
    ("ku", "Qanûnî", "legal"),
    ("ku", "Aliyê sêyem", "third party"),
    ("ug", "ناھايىتى يۇقىرى", "very high"),
    ("ug", "قىزىل", "red"),
    ("ug", "سېرىق", "amber"),
    ("ug", "يېشىل", "green"),
    ("ug", "ھەئە", "yes"),
    ("ug", "ياق", "no"),
    ("ug", "باشلانمىغان", "not started"),
    ("ug", "توختىتىلغان", "on hold"),
    ("ug", "رەت قىلىنغان", "rejected"),
    ("ug", "كېچىككەن", "late"),
    ("ug", "ھالقىلىق", "critical"),
    ("ug", "قانۇنىي", "legal"),
    ("ug", "ئۈچىنچى تەرەپ", "third party"),
]


#: Headers read in each language (the concept's English words).
HEADERS: list[tuple[str, str, str]] = [
    ("ti", "ውሳኔታት", "decisions"),
    ("ti", "ምንካይ ሓደጋ", "mitigation"),
    ("ti", "ዕለት ውሳኔ", "decision date"),
    ("ti", "ኣመሓዳሪ ፕሮጀክት", "project manager"),
    ("ti", "ዝተመደበ", "planned"),
    ("ti", "መዘኻኸሪ", "notes"),
    ("ckb", "کێشەکان", "issues"),
    ("ckb", "گریمانە", "assumption"),
    ("ckb", "کەمکردنەوەی مەترسی", "mitigation"),
    ("ckb", "لایەنی بەرامبەر", "counterparty"),
    ("ckb", "بەڕێوەبەری پڕۆژە", "project manager"),
    ("ckb", "پێشبینی", "forecast"),
    ("ku", "Biryaran", "decisions"),
    ("ku", "Girêdayîbûn", "dependency"),
    ("ku", "Kêmkirina metirsiyê", "mitigation"),
    ("ku", "Rêveberê projeyê", "project manager"),
    ("ku", "Nav û paşnav", "name"),
    ("ku", "Têbînî", "notes"),
    ("ug", "قارارلار", "decisions"),
    ("ug", "پەرەز", "assumption"),
    ("ug", "خەتەرنى ئازايتىش", "mitigation"),
    ("ug", "ئېغىرلىق دەرىجىسى", "severity"),
    ("ug", "لايىھە باشقۇرغۇچىسى", "project manager"),
    ("ug", "قارشى تەرەپ", "counterparty"),
]


#: Words left out on purpose (each with its reason in ``[coverage_empty.<code>]``): read as
#: nothing.
LEFT_OUT: list[tuple[str, str]] = [
    ("ti", "ምኽንያት"),  # a reason and a cause: no rationale
    ("ti", "እምነት"),  # faith and trust, not confidence
    ("ti", "ሰባት"),  # people, and Amharic's seven
    ("ti", "ትንቢት"),  # a prophecy, not a forecast
    ("ckb", "هۆکار"),  # a reason and a cause: no rationale
    ("ckb", "متمانە"),  # trust, not confidence
    ("ckb", "پەیوەندی"),  # any relation, not a dependency
    ("ku", "Sedem"),  # a reason and a cause: no rationale
    ("ku", "Bawerî"),  # belief and trust, not confidence
    ("ku", "Nav"),  # name alone: English NAV (net asset value)
    ("ku", "Meh"),  # month: English meh
    ("ku", "Pir"),  # very: PIR
    ("ku", "Na"),  # no: N/A
    ("ku", "Cure"),  # type: English cure
    ("ku", "Dem"),  # time: English DEM
    ("ug", "سەۋەب"),  # a reason and a cause: no rationale
    ("ug", "ئىشەنچ"),  # trust, not confidence
    ("ug", "تەستىقلانغان"),  # approved, not confirmed
]


# ============================================================================================
# Round 26 (l26b): languages of West Africa, Asia, the Pacific and Europe the vocabularies
# lacked (Scottish Gaelic, Breton, Romansh, Sundanese), written by round 26's other language
# engineer in the same form; the tests below read both engineers' samples.
# ============================================================================================

REGISTERS_L26B = [
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


BUDGETS_L26B = [
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
VALUES_L26B: list[tuple[str, str, str]] = [
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
HEADERS_L26B: list[tuple[str, str, str]] = [
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
LEFT_OUT_L26B: list[tuple[str, str]] = [
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


#: A contact list in each language: names, telephones and towns, no register.
CONTACTS: list[tuple[str, str, list[list[object]]]] = [
    (
        "ti",
        "Contacts",
        [
            ["ስም", "ተሌፎን", "ከተማ"],
            ["ተስፋይ ገብረ", "07 555 0101", "ኣስመራ"],
            ["ሳባ ኪዳነ", "07 555 0202", "ከረን"],
            ["ዳዊት መንግስ", "07 555 0303", "መቐለ"],
        ],
    ),
    (
        "ckb",
        "Contacts",
        [
            ["ناو", "تەلەفۆن", "شار"],
            ["ئارام عەلی", "0750 555 0101", "هەولێر"],
            ["شیلان ئەحمەد", "0770 555 0202", "سلێمانی"],
            ["هێمن کەریم", "0750 555 0303", "دهۆک"],
        ],
    ),
    (
        "ku",
        "Contacts",
        [
            ["Nav", "Telefon", "Bajar"],
            ["Azad Demir", "0532 555 0101", "Amed"],
            ["Rojda Aslan", "0533 555 0202", "Wan"],
            ["Berxwedan Kaya", "0534 555 0303", "Mêrdîn"],
        ],
    ),
    (
        "ug",
        "Contacts",
        [
            ["ئىسىم", "تېلېفون", "شەھەر"],
            ["ئەركىن توختى", "138 5550 0101", "قەشقەر"],
            ["گۈلنار ئابدۇللا", "139 5550 0202", "خوتەن"],
            ["مۇرات قادىر", "137 5550 0303", "غۇلجا"],
        ],
    ),
]


REGISTERS = [*REGISTERS, *REGISTERS_L26B]
BUDGETS = [*BUDGETS, *BUDGETS_L26B]
VALUES = [*VALUES, *VALUES_L26B]
HEADERS = [*HEADERS, *HEADERS_L26B]
LEFT_OUT = [*LEFT_OUT, *LEFT_OUT_L26B]
