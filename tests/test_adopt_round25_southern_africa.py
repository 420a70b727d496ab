"""Round 25 (its last hour, t27c): Setswana, Chichewa and Sesotho: the tests particular to the
round. Its sample registers, trackers and words are
``tests/language_samples/round25_southern_africa.py``, read through the one protocol of
``tests/test_adopt_language_samples.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from addin.adopt.rows import is_total_label
from tests.adopt_sheets import (
    adopt,
    book,
    finance_by_line,
    only,
)


def test_english_headers_near_the_new_words_read_as_before() -> None:
    assert translate("Owner") is None
    assert translate("Mongol") is None  # Setswana mong (owner) is the whole word only
    assert translate("Total") is None


# --- a subtotal row labelled by a language's total and a period -----------------------------


def test_a_subtotal_after_each_month_in_a_language_held_is_no_item(tmp_path: Path) -> None:
    # Chichewa long format: a "total <month>" row after each month's lines, as English
    # "Total Mar 2026": left out (and reported), never an item with no month or cost line
    rows: list[list[object]] = [
        ["Mwezi", "Gawo la ndalama", "Bajeti", "Zomwe tagwiritsa"],
        ["Januwale 2026", "Malipiro", 5000.0, 4800.0],
        ["Januwale 2026", "Mafuta", 1000.0, 1100.0],
        ["Chiwerengero Januwale 2026", None, 6000.0, 5900.0],
        ["Febuluwale 2026", "Malipiro", 5000.0, 5100.0],
        ["Febuluwale 2026", "Mafuta", 1000.0, 900.0],
        ["Chiwerengero Febuluwale 2026", None, 6000.0, 6000.0],
    ]
    adoption = adopt(book(tmp_path / "ny_sub.xlsx", "Ndalama", rows))
    got = finance_by_line(adoption)
    assert sorted(got) == [
        (date(2026, 1, 1), "Mafuta"),
        (date(2026, 1, 1), "Malipiro"),
        (date(2026, 2, 1), "Mafuta"),
        (date(2026, 2, 1), "Malipiro"),
    ]
    assert got[(date(2026, 2, 1), "Malipiro")].actual == 5100.0
    skipped = [r for r in only(adoption).skipped_rows if "total" in r.reason]
    assert len(skipped) == 2


@pytest.mark.parametrize(
    ("label", "total"),
    [
        ("Chiwerengero Malichi 2026", True),  # Chichewa total, then a month
        ("Palogotlhe Mopitlo 2026", True),  # Setswana
        ("Итого март 2026", True),  # Russian, a language held before
        ("Malichi 2026 chiwerengero", True),  # the total word after the period
        ("Chiwerengero cha anthu", False),  # a count of people: no period after it
        ("Malipiro Malichi 2026", False),  # a cost line and a month: an item
        ("Malichi 2026", False),  # a month alone
    ],
)
def test_a_total_word_is_a_subtotal_only_beside_a_period(label: str, total: bool) -> None:
    assert is_total_label(label) is total
