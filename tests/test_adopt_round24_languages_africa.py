"""Round 24: languages of Africa and West/Central Asia (Hausa, Yoruba, isiZulu, isiXhosa,
Pashto), complete by construction, and Hausa's hooked letters read as the plain ones.

Before round 24 no register below was adopted at all (no header was a word of the file);
each is read end to end here: the table found, its kind, its columns, its values. Every
register and tracker was written for these tests; none is a batch layout.
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from addin.adopt import cldr
from addin.adopt.languages import LANGUAGES, fold, translate, words_of
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"
_ROUND24 = ["ha", "yo", "zu", "xh", "ps"]


def test_the_five_are_declared_after_round_23s_languages() -> None:
    declared = tomllib.loads(_DATA.read_text(encoding="utf-8"))["coverage"]["languages"]
    start = declared.index("tk") + 1  # round 24's Kyrgyz and Turkmen come first
    assert declared[start : start + 5] == _ROUND24
    assert all(language in LANGUAGES for language in _ROUND24)


# --- Hausa's hooked letters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("hooked", "plain"),
    [("haɗari", "hadari"), ("Ƙarami", "karami"), ("ɓangare", "bangare"), ("Ƴaƴa", "yaya")],
)
def test_a_hooked_letter_folds_as_the_plain_letter(hooked: str, plain: str) -> None:
    assert fold(hooked) == plain
    assert words_of(hooked) == [plain]  # one word, not three (ha + ɗ + ari)


def test_a_hausa_header_typed_with_or_without_hooks_reads_the_same() -> None:
    assert translate("Rajistar haɗari") == translate("Rajistar hadari") == "risks"
    assert translate("Ranar ƙarshe") == translate("Ranar karshe") == "due"


# --- a register and a tracker in each language ------------------------------------------------


def test_a_hausa_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Lamba", "Bayani", "Mai alhaki", "Yiwuwa", "Tasiri", "Matsayi", "Ranar ƙarshe"],
        [
            "H-1",
            "Jinkirin kayan aiki",
            "Musa Abdullahi",
            "Babba",
            "Matsakaici",
            "A buɗe",
            date(2026, 3, 2),
        ],
        [
            "H-2",
            "Ƙarancin ma'aikata",
            "Aisha Bello",
            "Ƙarami",
            "Babba sosai",
            "A rufe",
            date(2026, 3, 9),
        ],
        [
            "H-3",
            "Hauhawar farashi",
            "Sani Garba",
            "Matsakaici",
            "Karami",
            "A bude",
            date(2026, 3, 16),
        ],
    ]
    adoption = adopt(book(tmp_path / "ha.xlsx", "Rajistar haɗari", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Lamba": "id",
        "Bayani": "title",  # the description, the register's only text column
        "Mai alhaki": "owner",
        "Yiwuwa": "probability",
        "Tasiri": "impact",
        "Matsayi": "status",
        "Ranar ƙarshe": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]  # a bude, no hook
    # "babba sosai" (very high) makes the impact a five-level scale
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 2.0]
    assert field(adoption, "risks", "due_date")[1] == date(2026, 3, 9)


def test_a_hausa_budget_by_month(tmp_path: Path) -> None:
    # CLDR's Hausa months (Janairu, Faburairu, Maris) head the columns
    rows: list[list[object]] = [
        ["Kasafin kuɗi na aikin hanya, 2026"],
        [],
        ["Bayani", "Janairu 2026", "Faburairu 2026", "Maris 2026"],
        ["Gine-gine", 1200.0, 1500.0, 900.0],
        ["Zane", 400.0, 300.0, 250.0],
    ]
    adoption = adopt(book(tmp_path / "ha_b.xlsx", "Kasafin kuɗi", rows))
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert got[(date(2026, 2, 1), "Gine-gine")].budget == 1500.0
    assert got[(date(2026, 3, 1), "Zane")].budget == 250.0
    assert len(got) == 6


def test_a_yoruba_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nọ́mbà", "Àkọlé", "Alábòójútó", "Ìṣáájú", "Ipò", "Ọjọ́ ìparí"],
        ["1", "Ẹ̀rọ ayélujára dá dúró", "Adé Ọlátúnjí", "Ó ga", "Ṣíṣí", "12/05/2026"],
        ["2", "Àìtó òṣìṣẹ́", "Fúnmi Adébáyọ̀", "Kékeré", "Títì", "26/05/2026"],
        ["3", "Ìwé àṣẹ ìkọ́lé", "Túndé Àjàyí", "Àárín", "Ń lọ lọ́wọ́", "09/06/2026"],
    ]
    adoption = adopt(book(tmp_path / "yo.xlsx", "Àkọsílẹ̀ ìṣòro", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Nọ́mbà": "id",
        "Àkọlé": "title",
        "Alábòójútó": "owner",
        "Ìṣáájú": "priority",
        "Ipò": "status",
        "Ọjọ́ ìparí": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "In Progress"]
    assert field(adoption, "issues", "priority") == ["High", "Low", "Medium"]
    # Yoruba writes day/month/year (CLDR d/M/y)
    assert field(adoption, "issues", "due_date")[0] == date(2026, 5, 12)


def test_a_yoruba_decision_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Nọ́mbà", "Ìpinnu", "Ẹni tó pinnu", "Ọjọ́ ìpinnu"],
        ["D1", "Lo olùpèsè kejì", "Adé Ọlátúnjí", "03/02/2026"],
        ["D2", "Sún ìfilọ́lẹ̀ síwájú", "Fúnmi Adébáyọ̀", "17/02/2026"],
    ]
    adoption = adopt(book(tmp_path / "yo_d.xlsx", "Àwọn ìpinnu", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert targets(table) == {
        "Nọ́mbà": "id",
        "Ìpinnu": "decision",
        "Ẹni tó pinnu": "made_by",
        "Ọjọ́ ìpinnu": "date",
    }
    assert field(adoption, "decisions", "date") == [date(2026, 2, 3), date(2026, 2, 17)]
    assert field(adoption, "decisions", "made_by") == ["Adé Ọlátúnjí", "Fúnmi Adébáyọ̀"]


def test_an_isizulu_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Inombolo", "Isihloko", "Umnikazi", "Amathuba", "Umthelela", "Isimo"],
        ["Z-1", "Ukubambezeleka kwempahla", "Sipho Dlamini", "Phezulu", "Maphakathi", "Kuvuliwe"],
        ["Z-2", "Ukuntuleka kwabasebenzi", "Thandi Nkosi", "Phansi", "Phezulu kakhulu", "Kuvaliwe"],
        ["Z-3", "Ukukhuphuka kwamanani", "Bongani Zulu", "Maphakathi", "Phansi", "Kuvuliwe"],
    ]
    adoption = adopt(book(tmp_path / "zu.xlsx", "Uhlu lwezingozi", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "Inombolo": "id",
        "Isihloko": "title",
        "Umnikazi": "owner",
        "Amathuba": "probability",
        "Umthelela": "impact",
        "Isimo": "status",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "probability") == [5.0, 1.0, 3.0]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 2.0]


def test_an_isizulu_budget_by_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Isabelomali sephrojekthi yamanzi, 2026"],
        [],
        ["Incazelo", "Januwari 2026", "Februwari 2026", "Mashi 2026"],
        ["Ukwakha", 1200.0, 1500.0, 900.0],
        ["Ukuklama", 400.0, 300.0, 250.0],
    ]
    adoption = adopt(book(tmp_path / "zu_b.xlsx", "Isabelomali", rows))
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Ukwakha")].budget == 1200.0
    assert got[(date(2026, 3, 1), "Ukuklama")].budget == 250.0
    assert len(got) == 6


def test_an_isixhosa_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Inombolo", "Isihloko", "Umnini", "Imeko", "Impembelelo", "Umhla wokugqibela"],
        ["1", "Ukulibaziseka kwezixhobo", "Lwazi Mbeki", "Kuvuliwe", "Phezulu", "12/05/2026"],
        ["2", "Ukunqongophala kwabasebenzi", "Nomsa Jali", "Kuvaliwe", "Phantsi", "26/05/2026"],
        ["3", "Imvume yokwakha", "Sizwe Ndlovu", "Kuyaqhubeka", "Phakathi", "09/06/2026"],
    ]
    adoption = adopt(book(tmp_path / "xh.xlsx", "Uluhlu lweengxaki", rows))
    table = only(adoption)
    assert table.register == "issues"
    assert targets(table) == {
        "Inombolo": "id",
        "Isihloko": "title",
        "Umnini": "owner",
        "Imeko": "status",
        "Impembelelo": "severity",  # an issue's impact is its severity
        "Umhla wokugqibela": "due_date",
    }
    assert field(adoption, "issues", "status") == ["Open", "Closed", "In Progress"]
    assert field(adoption, "issues", "severity") == [5.0, 1.0, 3.0]


def test_an_isixhosa_budget_by_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ibhajethi yeprojekthi yesikolo, 2026"],
        [],
        ["Inkcazelo", "Janyuwari 2026", "Februwari 2026", "Matshi 2026"],
        ["Ulwakhiwo", 800.0, 950.0, 700.0],
        ["Uyilo", 150.0, 120.0, 90.0],
    ]
    adoption = adopt(book(tmp_path / "xh_b.xlsx", "Ibhajethi", rows))
    assert only(adoption).register == "finance"
    got = finance_by_line(adoption)
    assert got[(date(2026, 1, 1), "Ulwakhiwo")].budget == 800.0
    assert got[(date(2026, 3, 1), "Uyilo")].budget == 90.0


def test_a_pashto_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["شمېره", "سرلیک", "مسؤل", "احتمال", "اغېز", "حالت", "وروستۍ نېټه"],
        ["1", "د توکو ځنډ", "احمد ولي", "لوړ", "منځنی", "پرانیستی", "2026/03/02"],
        ["2", "د کارکوونکو کمښت", "مریم خان", "ټیټ", "ډېر لوړ", "تړل شوی", "2026/03/09"],
        ["3", "د تیلو بیه", "نجیب الله", "منځنی", "ټیټ", "پرانیستی", "2026/03/16"],
    ]
    adoption = adopt(book(tmp_path / "ps.xlsx", "د خطرونو لیست", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert targets(table) == {
        "شمېره": "id",
        "سرلیک": "title",
        "مسؤل": "owner",
        "احتمال": "probability",
        "اغېز": "impact",
        "حالت": "status",
        "وروستۍ نېټه": "due_date",
    }
    assert field(adoption, "risks", "status") == ["Open", "Closed", "Open"]
    assert field(adoption, "risks", "impact") == [3.0, 5.0, 2.0]
    # Pashto writes year/month/day (CLDR y/M/d)
    assert field(adoption, "risks", "due_date")[2] == date(2026, 3, 16)


def test_a_pashto_milestone_plan(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["شمېره", "مهمه مرحله", "مسؤل", "پلان شوې نېټه", "حالت"],
        ["1", "د ډیزاین منظوري", "احمد ولي", "2026/02/06", "حل شوی"],
        ["2", "د ساختمان پیل", "مریم خان", "2026/04/01", "روان"],
        ["3", "سپارل", "نجیب الله", "2026/07/15", "نه دی پیل شوی"],
    ]
    adoption = adopt(book(tmp_path / "ps_m.xlsx", "مهمې مرحلې", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert targets(table)["مهمه مرحله"] == "milestone"
    assert targets(table)["مسؤل"] == "owner"
    assert field(adoption, "milestones", "milestone")[0] == "د ډیزاین منظوري"


# --- months, words left out, near-misses -------------------------------------------------


@pytest.mark.parametrize(
    ("january", "march", "december"),
    [
        ("Janairu", "Maris", "Disamba"),  # Hausa
        ("Januwari", "Mashi", "Disemba"),  # isiZulu
        ("Janyuwari", "Matshi", "Disemba"),  # isiXhosa
    ],
)
def test_month_labels_of_the_new_languages_are_read(
    january: str, march: str, december: str
) -> None:
    assert (cldr.month_in(january), cldr.month_in(march), cldr.month_in(december)) == (1, 3, 12)


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Take", "words"),  # Hausa take (a heading) is the English verb: left out
        ("Ja", "values"),  # Hausa ja (red) is German ja (yes): stays yes
        ("Jan", "values"),  # Hausa jan (red) is January: not a colour
        ("Dalili", "words"),  # Hausa reason = cause: no rationale
        ("Isizathu", "words"),  # isiZulu / isiXhosa reason = cause: no rationale
        ("Aiki", "words"),  # Hausa work / task: no project
        ("Giga", "values"),  # Yoruba gíga (high) is English giga (a giga-project): left out
    ],
)
def test_words_left_out_on_purpose_are_not_read_in_their_sense(text: str, section: str) -> None:
    assert translate(text, section) not in ("title", "red", "rationale", "project", "high")


@pytest.mark.parametrize(
    ("header", "english"),
    [
        ("Status", None),
        ("Owner", None),
        ("Suna", "name"),  # Hausa name, a word no other language of the file holds
        ("Ewe", None),  # isiXhosa yes is a value word, never a header
        ("IPA rating", None),  # UK IPA: Yoruba ipa (impact) left out for it
    ],
)
def test_near_misses_english_headers_read_as_before(header: str, english: str | None) -> None:
    assert translate(header) == english


def test_a_contact_list_in_isizulu_is_not_a_register(tmp_path: Path) -> None:
    # near-miss: names, phone numbers and a town, headed in isiZulu: no register word
    rows: list[list[object]] = [
        ["Igama", "Ucingo", "Idolobha"],
        ["Sipho Dlamini", "082 555 0101", "eThekwini"],
        ["Thandi Nkosi", "083 555 0202", "Pietermaritzburg"],
        ["Bongani Zulu", "084 555 0303", "Richards Bay"],
    ]
    adoption = adopt(book(tmp_path / "zu_c.xlsx", "Oxhumana nabo", rows))
    assert adoption.report.adopted_tables == []
