"""The language a table's headers are written in, for the values whose reading depends on it
(round 11): a column of ``03/04/2026`` under an English ``Due`` header, in a table whose
other headers are German (``Titel``, ``Verantwortlich``), is read day-first as the table's
language writes dates, not as an English guess.

Adoption sets the table's headers around the converters it makes for the table
(:func:`headers_in`); :func:`table_language_sample` then names a header that shows the
language, or None when the table reads as English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from addin.adopt import cldr
from addin.adopt.languages import entries, translate, words_of

_SAMPLE: ContextVar[str | None] = ContextVar("table_language_sample", default=None)


def foreign(header: str) -> bool:
    """True when the header reads through ``languages.toml`` as other English words."""
    english = translate(header) if header.strip() else None
    return bool(english) and english != " ".join(words_of(header))


def language_sample(headers: Iterable[str]) -> str | None:
    """A header showing the table's language when two headers or more, and at least half of
    those with letters, are in another language than English; else None."""
    texts = [h for h in headers if any(ch.isalpha() for ch in h)]
    others = [h for h in texts if foreign(h)]
    return others[0] if len(others) >= 2 and 2 * len(others) >= len(texts) else None


@contextmanager
def headers_in(headers: Iterable[str]) -> Iterator[None]:
    """Inside, :func:`table_language_sample` tells the table's language, and month words
    are read in the languages the headers are written in (round 17: :func:`languages_of`)."""
    texts = list(headers)
    token = _SAMPLE.set(language_sample(texts))
    try:
        with cldr.languages_in(languages_of(texts)):
            yield
    finally:
        _SAMPLE.reset(token)


@cache
def _word_languages() -> dict[str, frozenset[str]]:
    """Each word of ``languages.toml`` (four letters or more) -> the languages writing it."""
    found: dict[str, set[str]] = {}
    for section in ("words", "values"):
        for _, by_language in entries(section):
            for language, phrases in by_language.items():
                for phrase in phrases:
                    for word in words_of(phrase):
                        if len(word) >= 4:
                            found.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in found.items()}


def languages_of(headers: Iterable[str]) -> frozenset[str]:
    """The languages most of a table's header words are written in, when two words or more
    say so (``Właściciel``, ``Termin``, ``Opis`` -> Polish): ISO 639-1 codes; empty for an
    English table or one too short to tell (round 17)."""
    texts = [h for h in headers if h]
    # round 26: a header row of months names its language (``जनवरी 2026`` ... ``मई 2026``)
    months = cldr.row_languages(texts)
    if sum(1 for h in texts if foreign(h)) < 2:
        return months  # an English table (most): the index below is never built
    counts: Counter[str] = Counter()
    for header in texts:
        for word in set(words_of(header)):
            counts.update(_word_languages().get(word, ()))
    if not counts:
        return months
    most = max(counts.values())
    words = frozenset(lang for lang, n in counts.items() if n == most) if most >= 2 else frozenset()
    return words | months


def table_language_sample() -> str | None:
    """A header of the table being adopted that shows it is not in English, or None."""
    return _SAMPLE.get()
