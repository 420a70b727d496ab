"""Item IDs in the standard form (``R-001``), keeping the source's numbers where it has them.

``7``, ``R7``, ``R007``, ``RSK-107``, ``R_7``, ``DEC/004`` -> ``R-007`` / ``R-107`` (the number is kept);
round 40: ``PL-R-012`` (a subsystem's prefix before the register's letter) -> ``R-012``.
Anything else (``GP3_0005``, ``1.1``), a number already used, or no ID at all gets the next
free number. Every change is returned so the report can list source ID -> new ID.
"""

from __future__ import annotations

import re
from typing import Any

from addin.adopt.pasted_text import unquoted_id

#: round 29: a slash parts the letters from the number too (``DEC/004``, ``CR/12``)
_SHORT = re.compile(r"^[A-Za-z]{0,5}[-_ ./#]?0*(\d{1,6})$")


#: Round 40 (t50d): a register's code under a prefix of letters naming a subsystem or a
#: workstream (``PL-R-012``, the payload's risk 12; ``GS-RSK-07``): the letters nearest the
#: number name the register, the ones before them only where it is kept. A digit before the
#: register's letters (``DN-0417-R3``, a job number first) is no such prefix.
_PREFIXED = re.compile(r"^(?:[A-Za-z]{1,6}[-_./])+([A-Za-z]{1,5})[-_ ./]?0*(\d{1,6})$")

#: Round 40 (rt40): a number after a prefixed register's letters that is a year
#: (``PRJ-R-2026``, ``FIN-RSK-2025``): the year of the register, no item's number.
_YEAR = re.compile(r"(?:19|20)\d\d")


def _number(source: str, prefix: str = "") -> int | None:
    text = unquoted_id(source)  # round 28: ``"R-014"``, ``'R-016``, a zero-width space
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    match = _SHORT.match(text)
    if match:
        return int(match.group(1))
    # round 40 (t50d): ``PL-R-012`` is risk 12 when its last letters are the register's
    prefixed = _PREFIXED.match(text)
    if prefixed and prefix and prefixed.group(1)[0].casefold() == prefix[0].casefold():
        # round 40 (rt40): a year there (``PRJ-R-2026``, the project's register of 2026)
        # names the register, not an item
        if _YEAR.fullmatch(prefixed.group(2)):
            return None
        return int(prefixed.group(2))
    return None


def standardise_ids(items: list[dict[str, Any]], prefix: str) -> tuple[list[tuple[str, str]], int]:
    """Give every item an ID ``PREFIX-NNN``; returns (changes, how many were generated)."""
    used: set[int] = set()
    wanted: list[int | None] = []
    for item in items:
        source = item.get("id")
        number = _number(str(source), prefix) if source not in (None, "") else None
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
