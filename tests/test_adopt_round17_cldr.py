"""Round 17: dates, month labels and amounts of every locale CLDR has (``addin/adopt/cldr.py``),
not hand-listed languages. Dates and amounts written here by hand in 40 locales; negative
cases (a month word that is a common word, a person's name, a version, an ID, a phone
number) stay what they are; a word two languages read as different months is listed
unless the sheet's headers or the column's other dates say which language it is."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from addin.adopt import cldr
from addin.adopt.amounts import currency_in, parse_amount
from addin.adopt.convert import date_for_column, month_number, parse_date
from addin.adopt.dates import parse_text_date, period_bounds
from addin.adopt.table_language import headers_in, languages_of
from tests.adopt_sheets import adopt, book, column, field, only

REPO = Path(__file__).resolve().parent.parent

#: 12 March 2026 as each locale writes it in a letter or a register (CLDR's long and
#: medium forms: genitives, partitives, the Hungarian and Serbian trailing dots, Latvian
#: "gada", Lithuanian "m." and "d.", Catalan "de març").
MARCH_12 = {
    "pl": "12 marca 2026",
    "cs": "12. března 2026",
    "sk": "12. marca 2026",
    "sl": "12. marec 2026",
    "hu": "2026. március 12.",
    "ro": "12 martie 2026",
    "bg": "12 март 2026 г.",
    "el": "12 Μαρτίου 2026",
    "fi": "12. maaliskuuta 2026",
    "et": "12. märts 2026",
    "lv": "2026. gada 12. marts",
    "lt": "2026 m. kovo 12 d.",
    "tr": "12 Mart 2026",
    "ru": "12 марта 2026 г.",
    "uk": "12 березня 2026",
    "be": "12 сакавіка 2026",
    "mk": "12 март 2026",
    "sr": "12. mart 2026.",
    "sv": "12 mars 2026",
    "da": "12. marts 2026",
    "is": "12. mars 2026",
    "de": "12. März 2026",
    "nl": "12 maart 2026",
    "af": "12 Maart 2026",
    "fr": "12 mars 2026",
    "es": "12 de marzo de 2026",
    "it": "12 marzo 2026",
    "pt": "12 de março de 2026",
    "ca": "12 de març de 2026",
    "ga": "12 Márta 2026",
    "cy": "12 Mawrth 2026",
    "sq": "12 mars 2026",
    "az": "12 mart 2026",
    "kk": "12 наурыз 2026",
    "ka": "12 მარტი 2026",
    "hy": "12 մարտի 2026",
    "id": "12 Maret 2026",
    "sw": "12 Machi 2026",
    "fil": "Marso 12, 2026",
}

#: Other months, to show the month is read, not only March's.
OTHER_DAYS = {
    "3 серпня 2026": date(2026, 8, 3),
    "14 Ekim 2026": date(2026, 10, 14),
    "7 kesäkuuta 2026": date(2026, 6, 7),
    "30 października 2026": date(2026, 10, 30),
    "5. prosince 2026": date(2026, 12, 5),
    "3. veljače 2026": date(2026, 2, 3),
    "12 gegužės 2026": date(2026, 5, 12),
    "2026. szeptember 3.": date(2026, 9, 3),
    "15 Temmuz 2026": date(2026, 7, 15),
    "1 Kasım 2026": date(2026, 11, 1),
}


@pytest.mark.parametrize("language", sorted(MARCH_12))
def test_twelfth_of_march_in_every_locale(language: str) -> None:
    assert parse_date(MARCH_12[language]) == date(2026, 3, 12), MARCH_12[language]


@pytest.mark.parametrize("text", sorted(OTHER_DAYS))
def test_other_months(text: str) -> None:
    assert parse_date(text) == OTHER_DAYS[text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.III.2026", date(2026, 3, 14)),
        ("14 III 2026", date(2026, 3, 14)),
        ("1.XII.2026", date(2026, 12, 1)),
        ("14MAR26", date(2026, 3, 14)),
        ("14-Mar-26", date(2026, 3, 14)),
        ("14.iii.2026", None),  # Roman months only in capitals
        ("14.XIII.2026", None),
    ],
)
def test_roman_and_compact_months(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_roman_month_label() -> None:
    assert period_bounds("III 2026") == (date(2026, 3, 1), date(2026, 3, 31), "month")
    assert period_bounds("Phase II 2026") is None


@pytest.mark.parametrize(
    "text",
    ["Mar. review", "May Chen", "May", "12.5", "v12.5", "+44 20 7946 0958", "Set up 2026", "Dec"],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None


def test_an_id_of_year_and_number_is_no_day() -> None:
    assert parse_text_date("2026-01") is None  # a month at most (read only as a period)
    assert parse_text_date("REQ-2026-01") is None


def test_month_labels_of_other_locales() -> None:
    assert month_number("Ekim") == 10
    assert month_number("Kasım 2026") == 11
    assert month_number("Haziran-26") == 6
    assert month_number("Листопад") == 11  # Ukrainian November: in Cyrillic, one month
    assert month_number("Listopad") is None  # Polish and Czech November, Croatian October
    # a genitive no locale writes alone is no month label (Spanish "Marca" is a brand)
    assert month_number("Marca") is None
    assert month_number("Set up") is None
    # a month of a locale beyond the national languages is read inside a date only: Breton
    # "here" (October) and Afrikaans "Julie" (July) are a word and a name as headers
    assert month_number("Here") is None and month_number("Julie") is None
    assert parse_date("12 Julie 2026") == date(2026, 7, 12)


def test_a_word_of_two_months_needs_the_language() -> None:
    assert parse_date("12 listopad 2026") is None
    assert cldr.ambiguous_month("listopad") is not None
    with cldr.languages_in(["pl"]):
        assert parse_date("12 listopad 2026") == date(2026, 11, 12)
    with cldr.languages_in(["hr"]):
        assert parse_date("12 listopad 2026") == date(2026, 10, 12)


def test_a_common_word_needs_the_language() -> None:
    # round 24: inside a date (a day and a year beside it), an abbreviation one month in
    # every language held is read without the language (Polish `sty` is January in each);
    # alone (a header, a label) it is still a word: Polish `sty` is a pigsty
    assert parse_date("5 sty 2026") == date(2026, 1, 5)
    assert month_number("sty") is None and month_number("lut") is None
    with cldr.languages_in(["pl"]):
        assert parse_date("5 sty 2026") == date(2026, 1, 5)
        assert parse_date("5 lut 2026") == date(2026, 2, 5)
    with cldr.languages_in(["el"]):
        assert parse_date("12 Φεβ 2026") == date(2026, 2, 12)


def test_the_headers_give_the_language() -> None:
    assert languages_of(["Właściciel", "Opis ryzyka", "Termin", "Status"]) == {"pl"}
    assert languages_of(["Owner", "Due date", "Status"]) == frozenset()
    with headers_in(["Właściciel", "Opis ryzyka", "Termin"]):
        convert, _ = date_for_column(["12 listopad 2026", "5 sty 2026"], "Termin")
        assert convert("12 listopad 2026").value == date(2026, 11, 12)
        assert convert("5 sty 2026").value == date(2026, 1, 5)


def test_the_other_cells_give_the_language() -> None:
    values = ["12 listopad 2026", "14 listopadu 2026", "3 října 2026"]  # Czech genitives
    convert, _ = date_for_column(values, "Due")
    assert [convert(v).value for v in values] == [
        date(2026, 11, 12),
        date(2026, 11, 14),
        date(2026, 10, 3),
    ]


def test_an_undecided_month_word_is_listed_not_guessed() -> None:
    values = ["12 listopad 2026", "1 Mar 2026"]
    convert, _ = date_for_column(values, "Due")
    kept = convert("12 listopad 2026")
    assert kept.value == "12 listopad 2026"
    assert kept.problem is not None and "different months by language" in kept.problem
    assert "hr" in kept.problem and "pl" in kept.problem
    assert convert("1 Mar 2026").value == date(2026, 3, 1)


def test_polish_and_croatian_registers_read_listopad_by_their_headers(tmp_path: Path) -> None:
    polish = book(
        tmp_path / "pl.xlsx",
        "Ryzyka",
        [
            ["ID", "Tytuł", "Właściciel", "Termin", "Status"],
            ["R-1", "Opóźnienie dostawy", "Anna Nowak", "12 listopad 2026", "Otwarte"],
            ["R-2", "Brak zasobów", "Jan Kowalski", "5 sty 2026", "Otwarte"],
        ],
    )
    adoption = adopt(polish)
    assert column(only(adoption), "Termin").target == "due_date"
    assert field(adoption, "risks", "due_date") == [date(2026, 11, 12), date(2026, 1, 5)]
    croatian = book(
        tmp_path / "hr.xlsx",
        "Rizici",
        [
            ["ID", "Naziv", "Vlasnik", "Rok", "Status"],
            ["R-1", "Kašnjenje isporuke", "Ana Horvat", "12 listopad 2026", "Otvoren"],
            ["R-2", "Nedostatak resursa", "Ivan Kovač", "3. veljače 2026", "Otvoren"],
        ],
    )
    adoption = adopt(croatian)
    assert field(adoption, "risks", "due_date") == [date(2026, 10, 12), date(2026, 2, 3)]


AMOUNTS = {
    "12 500,00 zł": (12500.0, "PLN"),
    "1'250.50 CHF": (1250.5, "CHF"),
    "₹12,50,000": (1250000.0, "INR"),
    "12 500 лв.": (12500.0, "BGN"),
    "12 500 лв": (12500.0, "BGN"),
    "₸ 12 500": (12500.0, "KZT"),
    "₦1,200,000": (1200000.0, "NGN"),
    "RM 1,250.00": (1250.0, "MYR"),
    "Rp 50.000": (50000.0, "IDR"),
    "12 500 Kč": (12500.0, "CZK"),
    "₴ 1 200": (1200.0, "UAH"),
    "1 200 ден.": (1200.0, "MKD"),
    "KES 1,200": (1200.0, "KES"),
    "₾ 500": (500.0, "GEL"),
    "500 ₼": (500.0, "AZN"),
    "1\u2009250,50 €": (1250.5, "EUR"),  # a thin space between groups
    "৳ 5,000": (5000.0, "BDT"),
    "5 000 сом": (5000.0, "KGS"),
    "₮ 12 000": (12000.0, "MNT"),
    "LKR 7,500": (7500.0, "LKR"),
}


@pytest.mark.parametrize("text", sorted(AMOUNTS))
def test_amounts_with_any_cldr_currency(text: str) -> None:
    amount, code = AMOUNTS[text]
    assert parse_amount(text) == amount
    assert currency_in(text) == code


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [
        ("TOP 5", None, None),  # an ISO code spelling an English word: no currency
        ("12K", 12000.0, None),  # a multiplier, not a kwacha
        ("R12", None, None),  # a risk ID
        ("+44 20 7946 0958", None, None),
        ("v12.5", None, None),
        ("$ 500", 500.0, "USD"),  # as before: "$" read as USD by the hand list
        ("kr 1 250", 1250.0, None),  # several kronor: none named
    ],
)
def test_amounts_that_are_not_or_name_no_currency(
    text: str, amount: float | None, code: str | None
) -> None:
    assert parse_amount(text) == amount
    assert currency_in(text) == code


def test_another_currency_in_a_column_is_listed(tmp_path: Path) -> None:
    from addin.adopt.convert import number_converter

    convert = number_converter()
    assert convert("12 500 лв.").value == 12500.0
    kept = convert("₸ 3 000")
    assert kept.value == "₸ 3 000"
    assert kept.problem is not None and "KZT" in kept.problem and "BGN" in kept.problem


def test_the_table_is_cldr_as_installed() -> None:
    """The committed table is what babel's CLDR gives now (rebuild it after upgrading
    babel: ``python -m addin.adopt.cldr_build``)."""
    # in a child: babel keeps every locale it loaded, hundreds of MB this process would hold
    # (a later test forks only below a memory limit)
    code = (
        "import json\nfrom addin.adopt.cldr_build import TABLE, build\n"
        "assert json.loads(TABLE.read_text(encoding='utf-8')) == json.loads(json.dumps(build())), "
        "'rebuild: python -m addin.adopt.cldr_build'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_date_orders_of_locales() -> None:
    assert cldr.date_order("en") == "mdy"
    assert cldr.date_order("de") == "dmy"
    assert cldr.date_order("hu") == "ymd"
    assert cldr.date_order("xx") is None


def test_adoption_never_imports_babel(tmp_path: Path) -> None:
    """Adoption reads the JSON table; babel is only for building it."""
    path = book(
        tmp_path / "r.xlsx",
        "Risks",
        [["ID", "Title", "Due"], ["R-1", "Supplier late", "12 marca 2026"]],
    )
    code = (
        "import sys\nfrom tests.adopt_sheets import adopt\nfrom pathlib import Path\n"
        f"adopt(Path({str(path)!r}))\n"
        "assert 'babel' not in sys.modules, 'babel imported'\n"
        "assert 'addin.adopt.cldr_build' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
