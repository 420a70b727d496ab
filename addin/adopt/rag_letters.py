"""RAG colours written as one letter (round 20, issue 15).

Status packs and dashboards write a RAG as its initial: ``R`` / ``A`` / ``G`` in English,
and the initial of the colour's word in the sheet's language: Dutch ``R`` / ``O`` / ``G``
(rood, oranje, groen), French ``R`` / ``O`` / ``V`` (rouge, orange, vert), Spanish ``R`` /
``A`` / ``V`` (rojo, amarillo, verde), Italian ``R`` / ``G`` / ``V`` (rosso, giallo, verde).
A PMO analyst reads a letter as the colour whose word, in the language the sheet is kept
in, starts with it (English when the sheet shows no other language: R / A / G, and in a
column of letters Y or O for yellow or orange); a letter two colours of that language
start with (German ``G``: gelb and grün) stays unread, listed. A title block's single
letter is read beyond the RAG list's own R / A / G only in a sheet of another language.

The initials come from the vocabularies (``languages.toml``'s ``red``, ``amber`` and
``green`` values, and the English RAG words of :data:`~addin.adopt.aliases.LIST_ALIASES`),
never from a list written here. Across all 53 languages almost every letter is one
colour's initial in one language and another's in another (``V``: vert, verde, but
Portuguese vermelho is red; ``G``: green, groen, but gelb, giallo, geel are amber), so a
letter is read only in the languages of its sheet:

- :func:`letter_colour`: one letter, in the given languages (English when none is known);
- :func:`column_letters`: a column of letters read together: each letter the colour it
  names in the table's languages, and a letter doubtful there settled by the column's other
  letters when they name the other colours (Italian ``R`` / ``G`` / ``V``: ``V`` is green,
  so ``G`` is giallo, amber).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from addin.adopt.aliases import LIST_ALIASES
from addin.adopt.languages import entries, fold

#: The standard RAG colours, by the English word the vocabularies file them under.
COLOURS = {"red": "Red", "amber": "Amber", "green": "Green"}
#: The language code of the English words (the aliases).
ENGLISH = "en"


@cache
def _initials() -> dict[str, dict[str, frozenset[str]]]:
    """Language -> letter -> the colours whose words in that language start with it."""
    found: dict[str, dict[str, set[str]]] = {}

    def add(language: str, word: str, colour: str) -> None:
        folded = fold(word)
        if folded and folded[0].isascii() and folded[0].isalpha():
            found.setdefault(language, {}).setdefault(folded[0], set()).add(colour)

    for english, by_language in entries("values"):
        if english in COLOURS:
            for language, words in by_language.items():
                for word in words:
                    add(language, word, COLOURS[english])
    for word, options in LIST_ALIASES.items():
        if len(word) > 1 and options and options[0] in COLOURS.values():
            add(ENGLISH, word, options[0])  # red, amber, yellow, orange, green
    return {
        language: {letter: frozenset(colours) for letter, colours in letters.items()}
        for language, letters in found.items()
    }


def _candidates(letter: str, languages: Iterable[str]) -> frozenset[str]:
    """The colours ``letter`` starts in any of ``languages``; in English when none is
    known or the letter starts no colour there (a Dutch sheet's English ``A``)."""
    table = _initials()
    out: set[str] = set()
    for language in languages:
        out |= table.get(language, {}).get(letter.casefold(), frozenset())
    return frozenset(out) or table.get(ENGLISH, {}).get(letter.casefold(), frozenset())


def is_letter(value: object) -> bool:
    """A single letter (``A``, ``o``), as a RAG initial is written."""
    return isinstance(value, str) and len(value.strip()) == 1 and value.strip().isalpha()


def letter_colour(letter: str, languages: Iterable[str] = ()) -> str | None:
    """The RAG colour one letter names in ``languages`` (English when none is known), or
    None when it names no colour or two there."""
    if not is_letter(letter):
        return None
    colours = _candidates(letter.strip(), languages)
    return next(iter(colours)) if len(colours) == 1 else None


def column_letters(values: Iterable[object], languages: Iterable[str] = ()) -> dict[str, str]:
    """Each letter of a column of RAG letters -> its colour, read in the table's languages
    (English when none is known); a letter doubtful there is settled when the column's
    other letters name every other colour it could be. {} when the column is not letters
    only, or a letter stays doubtful, or two letters name one colour."""
    languages = list(languages)
    present = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    if not present or not all(is_letter(v) for v in present):
        return {}
    letters = sorted({v.casefold() for v in present})
    options = {letter: set(_candidates(letter, languages)) for letter in letters}
    if any(not o for o in options.values()):
        return {}
    settled: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        for letter, colours in options.items():
            if letter in settled:
                continue
            left = colours - set(settled.values())
            if len(left) == 1:
                settled[letter] = next(iter(left))
                changed = True
    if len(settled) != len(letters) or len(set(settled.values())) != len(letters):
        return {}
    return settled
