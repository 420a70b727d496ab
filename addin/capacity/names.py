"""Matching names as people write them: case, spaces and accents ignored, nothing fuzzy."""

from __future__ import annotations

import unicodedata


def name_key(text: object) -> str:
    """``"Ana  López "`` and ``"ana lopez"`` -> ``"ana lopez"``; '' for a blank.

    Only case, runs of spaces and accents (combining marks) are ignored; a different
    letter is a different name, so two people are never merged by a guess."""
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())
