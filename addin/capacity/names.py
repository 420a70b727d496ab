"""Matching names as people write them: case, spaces and accents ignored, nothing fuzzy."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def name_key(text: object) -> str:
    """``"Ana  López "`` and ``"ana lopez"`` -> ``"ana lopez"``; '' for a blank.

    Only case, runs of spaces and accents (combining marks) are ignored; a different
    letter is a different name, so two people are never merged by a guess."""
    if not isinstance(text, str):
        return ""
    return _key(text)


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    # a portfolio repeats the same few thousand names and roles on every row
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())
