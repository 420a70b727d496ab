"""Round 18: a field vocabulary complete BY CONSTRUCTION across a declared list of languages.

``addin/adopt/languages.toml`` declares (section ``coverage``) the languages a PMO may write
its register in, the concepts a person reads in a register's header, title or sheet name,
and the values a register's cells hold. Every concept x language cell must be filled (a
word of the file, the word of another concept, the English word itself) or declared empty
with its reason: a language or a field nobody needed yet is no longer missing by accident.
The header reader reads what a fresh batch brings beyond the listed words by one mechanism
each (inflected endings, compounds of more languages, Arabic-script letter variants).

Every register here was written for these tests in the language it names; none is a batch
layout.
"""

from __future__ import annotations

import tomllib
import unicodedata
from datetime import date
from pathlib import Path

from addin.adopt.languages import LANGUAGES, fold, translate
from tests.adopt_sheets import adopt, book, field, only, targets

_DATA = Path(__file__).resolve().parents[1] / "addin" / "adopt" / "languages.toml"


def _data() -> dict[str, dict[str, object]]:
    return tomllib.loads(_DATA.read_text(encoding="utf-8"))


def _filled(data: dict[str, dict[str, object]], kind: str) -> dict[str, set[str]]:
    """Each concept -> the languages the file's ``kind`` sections give a word for it."""
    found: dict[str, set[str]] = {}
    prefixes = ("values",) if kind == "values" else ("words", "false_friends")
    for section, entries in data.items():
        if not section.startswith(prefixes):
            continue
        for english, by_language in entries.items():
            assert isinstance(by_language, dict), (section, english)
            for language, words in by_language.items():
                if words:
                    found.setdefault(english, set()).add(language)
    return found


def _gaps(data: dict[str, dict[str, object]]) -> list[tuple[str, str]]:
    """The declared (language, concept) cells of ``data`` neither filled nor declared
    empty."""
    coverage = data["coverage"]
    same = data.get("coverage_same", {})
    english = data.get("coverage_english", {})
    empty = data.get("coverage_empty", {})
    words, values = _filled(data, "words"), _filled(data, "values")
    gaps: list[tuple[str, str]] = []
    for kind, filled in (("header_concepts", words), ("value_concepts", values)):
        concepts = coverage[kind]
        assert isinstance(concepts, list)
        for concept in concepts:
            for language in coverage["languages"]:  # type: ignore[attr-defined]
                if language == "en":
                    continue  # the concepts are the English synonyms' words
                if language in filled.get(concept, set()):
                    continue
                if concept in english.get(language, []):  # type: ignore[operator]
                    continue
                other = same.get(language, {}).get(concept)  # type: ignore[attr-defined]
                if other is not None:
                    # written with another concept's word: that word must be in the file
                    assert language in words.get(other, set()) | values.get(other, set()), (
                        language,
                        concept,
                        other,
                    )
                    continue
                reason = empty.get(language, {}).get(concept)  # type: ignore[attr-defined]
                if reason:
                    continue
                gaps.append((language, concept))
    return gaps


# --- the declaration and its completeness ------------------------------------------------


def test_the_declared_languages_are_the_languages_the_reader_knows() -> None:
    declared = _data()["coverage"]["languages"]
    assert isinstance(declared, list)
    assert set(declared) == {"en", *LANGUAGES}
    # the EU's 24, the Nordic five with Icelandic, the Balkans, and the brief's others
    for language in ("ga", "mt", "is", "sr", "bs", "mk", "sq", "fa", "ur", "bn", "tl", "sw"):
        assert language in declared, language
    for language in ("af", "ca", "eu", "gl", "cy", "zh", "ja", "ko", "he", "ar", "ms", "id"):
        assert language in declared, language


def test_every_declared_language_has_every_declared_concept_or_a_reason() -> None:
    assert _gaps(_data()) == []


def test_a_gap_fails_the_check() -> None:
    # the check can fail: a declared language with nothing for a concept is reported, and
    # so is a cell whose reason is taken away
    data = _data()
    data["coverage"]["languages"].append("xx")  # type: ignore[attr-defined]
    del data["coverage_empty"]["is"]["need by"]  # type: ignore[attr-defined]
    gaps = _gaps(data)
    assert ("xx", "owner") in gaps and ("xx", "high") in gaps and ("is", "need by") in gaps


def test_an_empty_cell_says_why_and_a_filled_cell_is_not_declared_empty() -> None:
    data = _data()
    words, values = _filled(data, "words"), _filled(data, "values")
    for language, reasons in data["coverage_empty"].items():
        for concept, reason in reasons.items():  # type: ignore[attr-defined]
            assert isinstance(reason, str) and len(reason) > 15, (language, concept)
            filled = words.get(concept, set()) | values.get(concept, set())
            assert language not in filled, (language, concept, "declared empty but filled")


def test_serbian_is_written_in_latin_and_cyrillic_side_by_side() -> None:
    data = _data()
    assert data["coverage"]["scripts"] == {"sr": ["Latn", "Cyrl"]}
    for section in ("words_complete", "values_complete"):
        for concept, by_language in data[section].items():
            serbian = by_language.get("sr", [])  # type: ignore[attr-defined]
            if not serbian:
                continue
            scripts = {"Cyrl" if "CYRILLIC" in unicodedata.name(w[0]) else "Latn" for w in serbian}
            assert scripts == {"Latn", "Cyrl"}, (section, concept, serbian)


def test_the_filled_cells_counted() -> None:
    # 52 languages beside English x 81 concepts; the declared empty cells are few
    data = _data()
    coverage = data["coverage"]
    cells = (len(coverage["languages"]) - 1) * (  # type: ignore[arg-type]
        len(coverage["header_concepts"]) + len(coverage["value_concepts"])  # type: ignore[arg-type]
    )
    empty = sum(len(v) for v in data["coverage_empty"].values())  # type: ignore[arg-type]
    assert cells >= 52 * 80
    assert empty < cells // 20  # fewer than one cell in twenty left empty on purpose


# --- one mechanism each for what the lists do not spell out ----------------------------------


def test_an_inflected_form_reads_as_its_word_in_several_languages() -> None:
    assert translate("Vlasnik rizika") == "owner risk"  # Serbian genitive
    assert translate("Nosilac rizika") == "owner risk"
    assert translate("Rejestr ryzyk") == "risks"  # Polish genitive plural
    assert translate("Áhættur") == "risks"  # Icelandic plural
    assert translate("Datum zatvaranja rizika") == "closed date risk"  # Croatian
    assert translate("Otwarte", "values") == "open"  # Polish neuter of "otwarty"


def test_an_english_word_near_a_foreign_word_is_not_read_as_it() -> None:
    assert translate("Summary") is None  # Swedish "summa" is a total
    assert translate("Summer Conference Sponsor Meetings Begin") == (
        "summer conference sponsor meetings start"  # Dutch "begin": still no "total"
    )
    assert translate("Statuses") is None
    assert translate("Sum of cost") is None  # "sum" is English, not Norwegian's total


def test_diacritics_typed_without_them_read_the_same() -> None:
    assert translate("Ábyrgðarmaður") == translate("Abyrgdarmadur") == "owner"
    assert translate("Verovatnoća") == translate("Verovatnoca") == "probability"
    assert translate("Właściciel") == translate("Wlasciciel") == "owner"


def test_compounds_of_more_languages_split_into_their_words() -> None:
    assert translate("Áhættuskrá") == "risks"  # listed
    assert translate("Áhættueigandi") == "risk owner"  # Icelandic: áhættu + eigandi
    assert translate("Projekbestuurder") == "project manager"  # Afrikaans, listed
    assert translate("Risikoeienaar") == "risk owner"  # Afrikaans: risiko + eienaar


def test_arabic_script_letter_variants_and_joiners_are_one_word() -> None:
    # Arabic ي / ك typed for Persian ی / ک; the zero-width non-joiner of a Persian plural
    assert fold("ريسك") == fold("ریسک")
    assert translate("ريسك") == translate("ریسک") == "risk"
    assert translate("ریسک‌ها") == translate("ریسکها") == "risks"
    assert translate("\u200fوضعیت") == "status"  # a right-to-left mark before the word
