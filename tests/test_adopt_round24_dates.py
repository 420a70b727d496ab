"""Round 24 (l24b): dates and months in every language held, each mechanism tried on values
and small workbooks written for these tests (no benchmark layout), each with a near-miss
the rule must not take.

The enumerated tests walk CLDR's month names of every language of ``languages.toml``'s
``[coverage]`` (from ``cldr_tables.json``, which ``cldr_build`` wrote from babel: adoption
never imports babel) inside a written date, with a seeded day per month."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, only, targets

from addin.adopt import cldr
from addin.adopt.convert import (
    _order_counts,
    date_order_for_column,
    parse_date,
    parse_number,
    percent_of,
)
from addin.adopt.dates import month_of, month_period, parse_text_date, period_bounds, weekday_named
from addin.adopt.languages import load_vocabularies
from addin.adopt.revisions import revision_of

_HELD = [*load_vocabularies()["coverage"]["languages"]]


def _names_by_language() -> dict[str, list[tuple[str, int]]]:
    """Every month word of the table a language of ``[coverage]`` writes, with its month."""
    out: dict[str, list[tuple[str, int]]] = {}
    for word, by_month in cldr._table()["months"].items():
        for month, languages in by_month.items():
            for language in set(languages) & set(_HELD):
                out.setdefault(language, []).append((word, int(month)))
    return out


def _unambiguous(word: str) -> bool:
    """A word one month in every language held (the rule's own condition, from CLDR)."""
    months = {m for m, langs in cldr.months_of(word).items() if langs & set(_HELD)}
    return len(months) == 1 and not any(ch.isdigit() for ch in word)


# ---------------------------------------------------------------------------------------
# Month words keep their vowel signs: `१५ मार्च २०२६`, `15 மார்ச் 2026` are dates
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("१५ मार्च २०२६", date(2026, 3, 15)),  # Hindi, Devanagari digits
        ("15 மார்ச் 2026", date(2026, 3, 15)),  # Tamil
        ("১৫ মার্চ ২০২৬", date(2026, 3, 15)),  # Bengali, its digits
        ("15 ಮಾರ್ಚ್ 2026", date(2026, 3, 15)),  # Kannada
        ("15 ജനുവരി 2026", date(2026, 1, 15)),  # Malayalam
        ("၁၅ ဇန်နဝါရီ ၂၀၂၆", date(2026, 1, 15)),  # Burmese, its digits
        ("15 ມັງກອນ 2026", date(2026, 1, 15)),  # Lao
        ("15 ઑગસ્ટ 2026", date(2026, 8, 15)),  # Gujarati
        ("ਜਨਵਰੀ 15, 2026", date(2026, 1, 15)),  # Punjabi, month first
    ],
)
def test_a_month_word_with_vowel_signs_is_one_word_of_the_date(text: str, want: date) -> None:
    assert parse_text_date(text) == want
    assert parse_date(text) == want


def test_every_wide_month_name_of_every_language_held_is_read_inside_a_date() -> None:
    # enumerated: every single-word month name CLDR gives a language held, in a date with a
    # seeded day; only names two months share among the languages held stay unread
    rng = random.Random(2026)
    missed: list[str] = []
    tried = 0
    for language, names in sorted(_names_by_language().items()):
        for word, month in names:
            if not _unambiguous(word) or word in cldr._table()["weekdays"] or len(word) < 2:
                continue  # one letter (Burmese `ဧ`, April) is no word: left out on purpose
            day = rng.randint(10, 28)
            tried += 1
            if parse_text_date(f"{day} {word} 2026") != date(2026, month, day):
                missed.append(f"{language}: {day} {word} 2026")
    assert tried > 1500
    assert missed == []


def test_a_word_two_languages_held_give_two_months_is_not_guessed() -> None:
    # near-miss: Polish `lip` is July, Croatian `lip` June; Czech `srp` August, Croatian July
    assert parse_text_date("18 lip 2026") is None
    assert parse_text_date("25 srp. 2026") is None
    with cldr.languages_in(["pl"]):
        assert parse_text_date("18 lip 2026") == date(2026, 7, 18)


# ---------------------------------------------------------------------------------------
# Abbreviations read inside a date when one month in every language held
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("26 sty. 2026", date(2026, 1, 26)),  # Polish
        ("25 led 2026", date(2026, 1, 25)),  # Czech
        ("10 sij. 2026", date(2026, 1, 10)),  # Croatian
        ("23 Ιαν 2026", date(2026, 1, 23)),  # Greek
        ("12 јан. 2026", date(2026, 1, 12)),  # Serbian Cyrillic
        ("10 січ 2026", date(2026, 1, 10)),  # Ukrainian
        ("23 იან 2026", date(2026, 1, 23)),  # Georgian
        ("28 जन॰ 2026", date(2026, 1, 28)),  # Hindi, its abbreviation mark
        ("11 ม.ค. 2026", date(2026, 1, 11)),  # Thai, dots inside, common-era year
        ("12 มี.ค. 2026", date(2026, 3, 12)),  # Thai, a vowel sign before the inner dot
        ("20 ມ.ກ. 2026", date(2026, 1, 20)),  # Lao
        ("20 ມິ.ຖ. 2026", date(2026, 6, 20)),  # Lao June
        ("18 ינו׳ 2026", date(2026, 1, 18)),  # Hebrew, its geresh
        ("14 d’abr. 2026", date(2026, 4, 14)),  # Catalan, the typographic apostrophe
        ("12 urt 2026", date(2026, 1, 12)),  # Basque
    ],
)
def test_an_abbreviation_one_month_in_every_language_held_is_read_in_a_date(
    text: str, want: date
) -> None:
    assert parse_text_date(text) == want


def test_an_abbreviation_alone_is_still_no_month() -> None:
    # near-miss: outside a date (a day and a year beside it) a three-letter word is a word:
    # `Jun` is a name, `Mar` Spanish for the sea, `led` English, `sty` a pigsty
    assert month_of("sty") is None
    assert month_of("led") is None
    assert month_period("led 2026") is None
    assert month_period("Août 2026") == (2026, 8)  # a whole month name is still a label
    assert parse_text_date("Jun 12") is None  # no year: a name and a number
    assert parse_text_date("May Chen 2026") is None  # two words: no date


def test_a_thai_date_in_its_own_digits_keeps_its_dots() -> None:
    # near-miss of the dots inside an abbreviation: dots between Thai or Burmese DIGITS
    # are a numeric date's separators
    assert parse_text_date("๑๕.๐๓.๒๕๖๙") == date(2026, 3, 15)
    assert parse_text_date("၁၅.၀၃.၂၀၂၆") == date(2026, 3, 15)


# ---------------------------------------------------------------------------------------
# A weekday of any language held beside a numeric date tells its order
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "order"),
    [
        (["Montag, 02.03.2026", "Dienstag, 07.04.2026"], "dmy"),  # German, 2 March a Monday
        (["02/03/2026 Pazartesi"], "dmy"),  # Turkish, after the date
        (["понедельник 02.03.2026"], "dmy"),  # Russian
        (["Tue 02/03/2026"], "mdy"),  # English: 3 February 2026 is a Tuesday
        (["martedì 02/03/2026"], "mdy"),  # Italian Tuesday
    ],
)
def test_a_weekday_of_any_language_tells_the_order(values: list[str], order: str) -> None:
    assert date_order_for_column(values)[0] == order


def test_a_weekday_that_fits_neither_order_tells_nothing() -> None:
    # near-miss: 2 March and 3 February 2026 are a Monday and a Tuesday; a Sunday fits
    # neither, so the column's order stays a guess (its note says so)
    assert _order_counts(["Sonntag, 02.03.2026"]) == (0, 0)
    assert _order_counts(["Montag, 02.03.2026"]) == (1, 0)
    assert weekday_named("Sonntag, 02.03.2026") == 6
    assert weekday_named("02.03.2026") is None


# ---------------------------------------------------------------------------------------
# A country's own digits in every reader of numbers and dates
# ---------------------------------------------------------------------------------------


def test_own_digits_in_quarters_halves_and_percentages() -> None:
    assert period_bounds("Q٣ ٢٠٢٦") == (date(2026, 7, 1), date(2026, 9, 30), "quarter")
    assert period_bounds("H२ २०२६") == (date(2026, 7, 1), date(2026, 12, 31), "half-year")
    assert percent_of("٤٥٪") == 45.0
    assert percent_of("٣٫٥٪") == 3.5
    assert parse_number("১২,৫০০") == 12500.0
    assert percent_of("٤٥") is None  # near-miss: no percent sign, no percentage


# ---------------------------------------------------------------------------------------
# A column its own header calls old, in any language held, is the field's earlier copy
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Responsable (ancien)",
        "Verantwortlicher (alt)",
        "Propietario anterior",
        "Önceki sorumlu",
        "Владелец (старый)",
        "Responsabile precedente",
        "Former Owner",
    ],
)
def test_an_old_mark_in_any_language_is_read(header: str) -> None:
    found = revision_of(header)
    assert found is not None and found[1]


#: The languages of ``[coverage]`` when round 24 wrote ``[words_round24.previous]`` (English's
#: words are ``revisions``' own pattern): each has a word (a language added later is checked
#: when its author adds it here).
_WITH_PREVIOUS = [*(lang for lang in _HELD[: _HELD.index("si") + 1] if lang != "en"), "ky", "tk"]


def test_every_language_held_has_an_old_mark() -> None:
    written = set(load_vocabularies()["words_round24"]["previous"])
    assert [language for language in _WITH_PREVIOUS if language not in written] == []
    assert {"ky", "tk"} <= written


def test_an_english_alt_is_the_alternate_not_german_old() -> None:
    # near-miss: `Alt Owner` is the alternate owner, English: no German `alt` in it
    assert revision_of("Alt Owner") is None
    assert revision_of("Alt") is None


_THEN = ["Jo Hart", "Jo Hart", "Leo Brandt"]
_NOW = ["Dev Patel", "Mia Chen", "Dev Patel"]


def _french_issues(path: Path, with_current: bool) -> Path:
    header = ["Réf", "Description", "Responsable (ancien)", "Statut"]
    header += ["Responsable"] if with_current else []
    rows: list[list[object]] = [["Extension du dépôt - journal des problèmes"], [], header]
    for i, (then, now) in enumerate(zip(_THEN, _NOW, strict=True)):
        row: list[object] = [f"P-{i + 1}", f"Livraison {i + 1} en retard", then, "Ouvert"]
        rows.append(row + ([now] if with_current else []))
    return book(path, "Problèmes", rows)


def test_a_french_column_called_old_beside_the_current_one_is_history(tmp_path: Path) -> None:
    adoption = adopt(_french_issues(tmp_path / "f.xlsx", True))
    got = targets(only(adoption))
    assert got["Responsable"] == "owner"
    assert got["Responsable (ancien)"] is None
    assert field(adoption, "issues", "owner") == _NOW


def test_a_french_column_called_old_alone_is_still_the_field(tmp_path: Path) -> None:
    # near-miss: nothing newer beside it
    adoption = adopt(_french_issues(tmp_path / "a.xlsx", False))
    assert targets(only(adoption))["Responsable (ancien)"] == "owner"
    assert field(adoption, "issues", "owner") == _THEN
