"""Round 23 of issue 15: values read the same whatever form they are written in. Each
mechanism the value-form benchmark (``benchmarks/adopt_value_forms.py``: forms enumerated
from Excel's formats, CLDR's patterns and tools' stamps) found broken, tried on workbooks
written for these tests (no benchmark layout), each with a near-miss that must not fire."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, finance_by_line

from addin.adopt.amounts import parse_amount
from addin.adopt.dates import parse_text_date, without_weekday_and_time

# ---------------------------------------------------------------------------------------
# A weekday name of the sheet's language before or after a date only repeats its day
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sonntag, 15. März 2026",  # German, CLDR's full pattern
        "dimanche 15 mars 2026",  # French
        "domingo, 15 de marzo de 2026",  # Spanish
        "niedziela, 15 marca 2026",  # Polish
        "15 Mart 2026 Pazar",  # Turkish: the weekday after
        "2026. március 15., vasárnap",  # Hungarian: year first, weekday after a comma
        "Dé Domhnaigh 15 Márta 2026",  # Irish: a weekday of two words
        "воскресенье, 15 марта 2026 г.",  # Russian
        "الأحد، 15 مارس 2026",  # Arabic comma
        "2026年3月15日日曜日",  # Japanese: glued after the day's mark
        "2026年3月15日星期日",  # Chinese
        "So. 15.03.2026",  # German abbreviation before a numeric date
        "Pazar 15.03.2026",
    ],
)
def test_a_date_with_its_weekday_name_is_that_date(text: str) -> None:
    assert parse_text_date(text) == date(2026, 3, 15)


@pytest.mark.parametrize(
    "text",
    [
        "Fri 1.2.3",  # a version number after a weekday is no date
        "Sun 2026-03",  # a month, not a day
        "Sonntag 0171 555 1234",  # a phone number
        "Sonntag, 10115 Berlin",  # a postcode
        "Sonntag",  # a weekday alone names no day
        "We 12/03/2026",  # CLDR's two-letter English "We" is a word, not read as Wednesday
    ],
)
def test_a_weekday_before_no_date_makes_no_date(text: str) -> None:
    assert parse_text_date(text) is None


def test_a_weekday_name_that_is_also_a_month_stays_the_month() -> None:
    # Spanish "mar." is Tuesday, English "Mar" is March: the month reading is kept
    assert parse_text_date("Mar 15 2026") == date(2026, 3, 15)
    assert without_weekday_and_time("Mar 15 2026") == "Mar 15 2026"


def test_a_german_risk_register_reads_dates_with_weekdays(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Titel", "Verantwortlich", "Fällig", "Status"],
        ["R-1", "Lieferverzug Server", "Anna Weber", "Donnerstag, 12. März 2026", "Offen"],
        ["R-2", "Budgetkürzung", "Jonas Klein", "Montag, 20. April 2026", "Offen"],
        ["R-3", "Datenschutzprüfung", "Anna Weber", "Fr., 5. Juni 2026", "Geschlossen"],
    ]
    adoption = adopt(book(tmp_path / "risiken.xlsx", "Risiken", rows))
    assert field(adoption, "risks", "due_date") == [
        date(2026, 3, 12),
        date(2026, 4, 20),
        date(2026, 6, 5),
    ]


# ---------------------------------------------------------------------------------------
# A pivot's sums may be amounts written as text: a text amount is an amount
# ---------------------------------------------------------------------------------------


NARROW_SPACE = "\u202f"


def _text_pivot(write: Callable[[float], object]) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Year", 2026],
        [],
        ["Row Labels", "Sum of Budget", "Sum of Actual", "Grand Total"],
    ]
    lines = {"Site works": [(2500.0, 2410.5), (3000.0, 3120.0)], "Licences": [(800.0, 800.0)]}
    for line, months in lines.items():
        rows.append([line, *(write(sum(m[i] for m in months)) for i in (0, 1)), None])
        for name, (b, a) in zip(("Apr", "May"), months, strict=False):
            rows.append([name, write(b), write(a), write(b + a)])
    return rows


def test_a_pivot_whose_sums_are_text_amounts_is_finance(tmp_path: Path) -> None:
    # a pivot pasted through a text export in French: "2 500,00 €"
    def french(v: float) -> str:
        whole, cents = f"{v:,.2f}".split(".")
        return whole.replace(",", NARROW_SPACE) + "," + cents + " €"

    adoption = adopt(book(tmp_path / "pivot.xlsx", "Pivot", _text_pivot(french)))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Site works")].budget == 2500.0
    assert lines[(date(2026, 5, 1), "Site works")].actual == 3120.0
    assert lines[(date(2026, 4, 1), "Licences")].actual == 800.0


def test_a_pivot_of_versions_or_codes_is_no_finance(tmp_path: Path) -> None:
    # near-miss: the same shape holding release numbers and period codes is no amount
    codes = iter(["1.2.3", "2026-03", "1.4.0", "2026-04", "2.0.1", "2026-05"] * 4)
    adoption = adopt(book(tmp_path / "codes.xlsx", "Pivot", _text_pivot(lambda v: next(codes))))
    assert adoption.project.finance == []


# ---------------------------------------------------------------------------------------
# A compact amount in the language's own multiplier word (CLDR's compact patterns)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,2 mln zł", 1_200_000.0),  # Polish
        ("12,5 tys.", 12_500.0),
        ("1,2 млн €", 1_200_000.0),  # Russian
        ("12,5 тыс. ₽", 12_500.0),
        ("1,5 Mio. €", 1_500_000.0),  # German, as before
        ("120万", 1_200_000.0),  # Japanese and Chinese: ten thousands
        ("€120万", 1_200_000.0),
        ("12 लाख", 1_200_000.0),  # Hindi: lakhs
        ("1,2 milj.", 1_200_000.0),  # Finnish
    ],
)
def test_a_compact_amount_in_the_language_s_word_is_that_amount(text: str, value: float) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "1,2 mil.",  # a million in Czech, a thousand in Portuguese: two readings, none taken
        "12 km",  # a distance
        "5 min",  # a duration
        "R12 mln",  # a risk's ID before the word, no currency
        "1.2.3",  # a version number
        "2026-03",  # a period ID
        "0171 555 1234",  # a phone number
        "3 mln ABC",  # a word after that is no currency
    ],
)
def test_a_compact_near_miss_is_no_amount(text: str) -> None:
    assert parse_amount(text) is None


def test_a_polish_budget_column_of_compact_amounts(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Miesiąc", "Pozycja kosztowa", "Budżet"],
        [date(2026, 4, 1), "Licencje", "1,2 mln zł"],
        [date(2026, 5, 1), "Licencje", "250 tys. zł"],
        [date(2026, 6, 1), "Licencje", "1,5 mln zł"],
    ]
    adoption = adopt(book(tmp_path / "budzet.xlsx", "Budżet", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Licencje")].budget == 1_200_000.0
    assert lines[(date(2026, 5, 1), "Licencje")].budget == 250_000.0
    assert lines[(date(2026, 6, 1), "Licencje")].budget == 1_500_000.0
