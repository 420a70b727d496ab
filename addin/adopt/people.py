"""People written the way tools export them: ``Name <email>``, ``Name (email)`` or an
e-mail address alone (Azure DevOps, Outlook, Airtable, portfolio tools). The standard
workbook holds the person's name, so owner-like columns read the name and the report says
so; an address whose name cannot be read (``pnair@x.org``) is kept as it is."""

from __future__ import annotations

import re

from addin.adopt.convert import to_text
from addin.host import CellValue
from addin.values.cells import Converted

#: Columns holding one person.
PERSON_COLUMNS = frozenset({"owner", "made_by", "counterparty_owner"})

_EMAIL = r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
_WITH_EMAIL = re.compile(rf"^\s*(.+?)\s*[<(\[]\s*(?:mailto:)?{_EMAIL}\s*[>)\]]\s*$")
_ONLY_EMAIL = re.compile(rf"^\s*(?:mailto:)?({_EMAIL})\s*$")


def person_name(text: str) -> str | None:
    """The name in ``Priya Nair <priya.nair@x.org>``, ``Priya Nair (priya.nair@x.org)`` or
    ``priya.nair@x.org`` (-> ``Priya Nair``; ``j.murphy@x.org`` -> ``J. Murphy``); None
    when the text holds no e-mail address or the address has no readable name."""
    match = _WITH_EMAIL.match(text)
    if match and not re.search(_EMAIL, match.group(1)):
        return match.group(1).strip().strip('"').strip()
    match = _ONLY_EMAIL.match(text)
    if not match:
        return None
    local = match.group(1).split("@", 1)[0]
    parts = [p for p in re.split(r"[._\-]+", re.sub(r"\d+", "", local)) if p]
    if len(parts) < 2:
        return None  # "pnair": no name to read
    return " ".join(p.upper() + "." if len(p) == 1 else p.capitalize() for p in parts)


def person_converter(value: CellValue) -> Converted:
    """An owner-like cell: the person's name when it is written with (or as) an e-mail."""
    if isinstance(value, str):
        name = person_name(value)
        if name:
            return Converted(name)
    return to_text(value)


def email_note(values: list[CellValue]) -> str | None:
    """The report note for a person column holding e-mail addresses, or None."""
    for value in values:
        if isinstance(value, str):
            name = person_name(value)
            if name:
                return f"people written with e-mail addresses read as names ({value.strip()!r} -> {name!r})"
    return None
