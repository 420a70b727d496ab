"""Round 26: a month header of two letters or of one Indic syllable cluster (Hindi ``मई``,
Marathi ``मे``, Breton ``Du``) is a month where the row's other cells are months of the same
language (:func:`addin.adopt.cldr.row_languages`). Before, a month name under three letters
was never read as a header, and one under four only where the table's vocabulary words
named its language: a Hindi tracker by month lost May and June (``मई``, ``जून``).
Near-misses: the same short word alone among other headers, or in a row of months that
share no language, or in a row of English months, is no month."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt import cldr
from addin.adopt.convert import month_number
from addin.adopt.table_language import languages_of
from tests.adopt_sheets import adopt, book, finance_by_line, only, targets


def _tracker(months: list[str]) -> list[list[object]]:
    return [
        ["Project budget 2026"],
        [],
        ["Cost line", *months],
        ["Staff", *(100.0 + 10 * n for n in range(len(months)))],
        ["Tools", *(10.0 + n for n in range(len(months)))],
    ]


@pytest.mark.parametrize(
    ("months", "firsts"),
    [
        # Hindi: May and June are one cluster and two letters
        (["अप्रैल 2026", "मई 2026", "जून 2026", "जुलाई 2026"], [4, 5, 6, 7]),
        # Marathi: मे (May) is one syllable cluster
        (["मार्च 2026", "एप्रिल 2026", "मे 2026", "जुलै 2026"], [3, 4, 5, 7]),
        # Breton (round 26): Du (November) is two letters
        (["Gwengolo 2026", "Here 2026", "Du 2026", "Kerzu 2026"], [9, 10, 11, 12]),
    ],
)
def test_a_short_month_in_a_row_of_its_language_is_read(
    months: list[str], firsts: list[int], tmp_path: Path
) -> None:
    adoption = adopt(book(tmp_path / "m.xlsx", "Budget", _tracker(months)))
    table = only(adoption)
    assert table.register == "finance"
    assert all(targets(table)[m] == "month" for m in months)
    got = finance_by_line(adoption)
    assert sorted({m for m, _ in got}) == [date(2026, n, 1) for n in firsts]
    assert got[(date(2026, firsts[1], 1), "Staff")].budget == 110.0


def test_the_row_names_the_language_of_its_months() -> None:
    hindi = ["Cost line", "जनवरी 2026", "फ़रवरी 2026", "मार्च 2026", "मई 2026"]
    assert "hi" in cldr.row_languages(hindi)
    assert "hi" in languages_of(hindi)
    with cldr.languages_in(languages_of(hindi)):
        assert month_number("मई 2026") == 5


def test_a_short_month_word_alone_is_no_month() -> None:
    # no row of months: Tok Pisin / Kreol ``Me`` (May), Breton ``Du`` stay words
    assert month_number("Me 2026") is None
    assert month_number("Du") is None
    assert month_number("मई") is None


@pytest.mark.parametrize(
    "row",
    [
        ["ID", "Title", "Me", "Du", "Owner"],  # words, no month row
        ["Januar 2026", "Du 2026", "Owner"],  # one month name beside it: not three
        ["January 2026", "February 2026", "March 2026", "Me 2026"],  # English months
        ["listopad 2026", "Gwengolo 2026", "Kerzu 2026", "Du 2026"],  # no shared language
    ],
)
def test_a_row_that_names_no_one_language_reads_no_short_month(row: list[str]) -> None:
    assert cldr.row_languages(row) == frozenset()
    with cldr.languages_in(cldr.row_languages(row)):
        assert month_number("Du 2026") is None
        assert month_number("Me 2026") is None


def test_a_register_with_a_short_word_header_is_read_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Title", "Owner", "Me", "Status"],
        ["R1", "Supplier late", "Ana Lima", "x", "Open"],
        ["R2", "Rain", "Ben Ode", "", "Closed"],
    ]
    table = only(adopt(book(tmp_path / "r.xlsx", "Risks", rows)))
    assert table.register == "risks"
    assert targets(table)["Me"] != "month"


@pytest.mark.parametrize("numeral", ["II", "IV", "VI", "IX", "XI"])
def test_a_roman_numeral_of_two_letters_is_no_month_header(numeral: str) -> None:
    # the short-month path reads CLDR's words only where languages decide them: a section
    # numbered II or IV is no month (three letters, ``III 2026``, as before)
    assert month_number(numeral) is None
    assert month_number("III 2026") == 3


@pytest.mark.parametrize("word", ["Here", "Gwen", "Dubh", "Gearr"])
def test_a_breton_or_gaelic_month_alone_is_a_word(word: str) -> None:
    # Breton here (October) is English here, gwen (September) a name; Gaelic dubh
    # (December) is black: read as months only in a row or table of their language
    assert month_number(word) is None
    assert month_number(f"{word} 2026") is None
