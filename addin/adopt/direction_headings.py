"""A dependency log kept in two bands, one per side (round 40, issue 15).

A PM who keeps a dependency log with no direction column often splits it in two under one
header: first what the project needs from others, then what others need from it, each band
opened by a row naming it (``WE NEED FROM OTHERS`` / ``OTHERS NEED FROM US``, Swedish ``Vi
behöver från andra`` / ``Andra behöver från oss``, or plainly ``Inbound`` / ``Outbound
dependencies``). A person reads each item's direction off the band above it. The rows
reader skips such rows as group headings; this module reads the heading as a side and
gives the items under it (down to the next heading) that direction, where the table has
no direction column and the item none of its own.

The rule a person states: a band heading is inbound when the project is the one that
needs or receives (``we need``, ``from others``, ``to us``) and outbound when others need
from it (``from us``, ``to others``, ``we provide``). A heading written in another
language is read through ``languages.toml`` first; one that names neither side (``Phase
2``) sets nothing and ends the band above it. Round 40 (rt40): ``by others`` / ``by us``
take their side from the verb before them: what others *need*, *request* or *await*
(``Needed by others``) is outbound, what they *deliver* or *provide* inbound, and the
same verbs before ``by us`` the other way round; ``by others`` alone names no side.
"""

from __future__ import annotations

import re

from addin.adopt.languages import translate
from addin.adopt.split import AdoptedTable, fill_under_headings, group_headings, listed_value
from addin.adopt.synonyms import REGISTER_WORDS
from addin.models import ProjectData
from addin.standards import Standards

_WORD = re.compile(r"[^\W_]+")

_OTHERS = r"(?:others?|other (?:projects?|teams?|parties)|them|third parties)"
#: Round 40 (rt40): who *needs* something (``Needed by others``: they need it from us) and
#: who *gives* it (``Delivered by others``: we receive it); ``by others`` alone says neither.
_NEED = r"(?:needed|required|requested|awaited|expected|wanted|raised|asked)"
_GIVE = r"(?:delivered|provided|supplied|given|owned|owed|produced|handled)"
#: The project is the one that needs or receives: the band holds inbound dependencies.
_INBOUND = re.compile(
    rf"\b(?:from|on) {_OTHERS}\b|\b{_GIVE} by {_OTHERS}\b|\b{_NEED} by us\b"
    r"|\b(?:to|for) us\b"
    r"|^(?:what )?we (?:need|require|receive|depend|expect|wait|rely)\b"
)
#: Others need from the project, or it gives: the band holds outbound dependencies.
_OUTBOUND = re.compile(
    r"\b(?:from|on|of) us\b"
    r"|\b(?:to|for) (?:others?|other (?:projects?|teams?|parties)|them)\b"
    r"|^(?:what )?(?:others?|they|other (?:projects?|teams?)) (?:need|require|expect|want)\b"
    r"|^(?:what )?we (?:provide|give|deliver|supply|owe)\b"
    rf"|\b{_NEED} by {_OTHERS}\b|\b{_GIVE} by us\b"
)


def heading_direction(text: str, standards: Standards) -> str | None:
    """``"Inbound"`` or ``"Outbound"`` when a band heading names the side its dependencies
    stand on (see the module docstring), else None."""
    english = translate(text) or text
    words = [
        w
        for w in _WORD.findall(english.casefold())
        if w not in REGISTER_WORDS["dependencies"] and w not in ("dependency", "dependencies")
    ]
    if not words:
        return None
    listed = listed_value(" ".join(words), "dependency_direction", standards)
    if listed is not None:
        return listed
    phrase = " ".join(words)
    inbound = _INBOUND.search(phrase) is not None
    outbound = _OUTBOUND.search(phrase) is not None
    if inbound == outbound:
        return None
    return "Inbound" if inbound else "Outbound"


def direction_from_headings(
    adopted: list[AdoptedTable], project: ProjectData, standards: Standards
) -> None:
    """The items of a dependency table with no direction column, under band headings that
    name a side, take that side as their direction; the table's notes say so."""
    for entry in adopted:
        if entry.table.register != "dependencies" or "dependencies" not in entry.items:
            continue
        if any(c.target == "direction" for c in entry.table.columns):
            continue
        items = project.dependencies
        named, _ = fill_under_headings(
            group_headings(entry),
            [items[i] for i in entry.items["dependencies"]],
            "direction",
            lambda text: heading_direction(text, standards),
        )
        if named:
            entry.table.notes.append(
                "band headings name the side the dependencies under them stand on (the "
                "table has no direction column): " + "; ".join(named)
            )


__all__ = ["direction_from_headings", "heading_direction"]
