"""Item IDs in the standard form (``R-001``), keeping the source's numbers where it has them.

``7``, ``R7``, ``R007``, ``RSK-107``, ``R_7``, ``DEC/004`` -> ``R-007`` / ``R-107`` (the number is kept).
Anything else (``GP3_0005``, ``1.1``), a number already used, or no ID at all gets the next
free number. Every change is returned so the report can list source ID -> new ID.
"""

from __future__ import annotations

import re
from typing import Any

from addin.adopt.pasted_text import unquoted_id

#: round 29: a slash parts the letters from the number too (``DEC/004``, ``CR/12``)
_SHORT = re.compile(r"^[A-Za-z]{0,5}[-_ ./#]?0*(\d{1,6})$")


def _number(source: str) -> int | None:
    text = unquoted_id(source)  # round 28: ``"R-014"``, ``'R-016``, a zero-width space
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    match = _SHORT.match(text)
    return int(match.group(1)) if match else None


def standardise_ids(items: list[dict[str, Any]], prefix: str) -> tuple[list[tuple[str, str]], int]:
    """Give every item an ID ``PREFIX-NNN``; returns (changes, how many were generated)."""
    used: set[int] = set()
    wanted: list[int | None] = []
    for item in items:
        source = item.get("id")
        number = _number(str(source)) if source not in (None, "") else None
        if number is not None and number in used:
            number = None
        if number is not None:
            used.add(number)
        wanted.append(number)
    changes: list[tuple[str, str]] = []
    generated = 0
    next_free = 1
    for item, number in zip(items, wanted, strict=True):
        source = item.get("id")
        if number is None:
            while next_free in used:
                next_free += 1
            number = next_free
            used.add(number)
            if source in (None, ""):
                generated += 1
        new = f"{prefix}-{number:03d}"
        if source not in (None, "") and str(source).strip() != new:
            changes.append((str(source).strip(), new))
        item["id"] = new
    return changes, generated
