"""The language a table's headers are written in, for the values whose reading depends on it
(round 11): a column of ``03/04/2026`` under an English ``Due`` header, in a table whose
other headers are German (``Titel``, ``Verantwortlich``), is read day-first as the table's
language writes dates, not as an English guess.

Adoption sets the table's headers around the converters it makes for the table
(:func:`headers_in`); :func:`table_language_sample` then names a header that shows the
language, or None when the table reads as English.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from addin.adopt.languages import translate, words_of

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
    """Inside, :func:`table_language_sample` tells the table's language."""
    token = _SAMPLE.set(language_sample(headers))
    try:
        yield
    finally:
        _SAMPLE.reset(token)


def table_language_sample() -> str | None:
    """A header of the table being adopted that shows it is not in English, or None."""
    return _SAMPLE.get()
