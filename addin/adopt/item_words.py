"""Round 30: a list no word names, told by its short codes or its items' own words.

A PM's list on ``Sheet1`` or ``Log`` under plain headers (``Ref | Description | Owner |
Date | Status``) reads, by its fields, as close to a risk, an issue or an assumption
register as to any; before this round it was refused ("not clearly one"). Two things a
person reads next say which it is, and each is asked only among the registers the fields
tie between (``signatures.closest_registers``):

- **short codes** (:func:`register_of_short_codes`): every item numbered with one or two
  letters (``I-04``, ``R1``, ``DP3``, ``AS.2``). Round 29 read codes of three to five letters
  (``RSK``, ``ASM``); one or two letters say less, so they count only where the fields
  already leave it between a few registers, and only when they name exactly one of those:
  one letter that is the register's initial and no other tied register's (``R``, ``I``,
  ``M``; never ``A``, an action's as much as an assumption's, ``D``, a decision's or a
  dependency's, ``C`` or ``T``), two letters that shorten its name (its first letter, then a
  later letter of it in order: ``DP`` dependency, ``RK`` risk) and no other tied one's, and
  never a prefix another object is numbered by (``AP``, ``AI``, ``CR``, ``PO``, ``WO``:
  ``evidence.OTHER_OBJECTS``).
- **the items' words** (:func:`register_of_item_words`): a risk is written as a statement
  of what may happen (``Risk that ...``, ``There is a risk of ...``, ``If ..., then ...``),
  an assumption as what is taken as true (``We assume ...``, ``It is assumed that ...``,
  ``Assumes ...``), a dependency as what it relies on (``Depends on ...``). When most of
  the list's item texts (:data:`WORDS_SHARE`) are written in ONE register's way and none
  in another's, the list is that register.

Either gives the register at the fields' confidence (``signatures.TOLD_CONFIDENCE``), with
its reason in the report; a list named as actions, changes or other items (``Tasks``) is
never asked (the same bars as the fields' path).
"""

from __future__ import annotations

import re

from addin.adopt.aliases import LIST_ALIASES
from addin.adopt.evidence import OTHER_OBJECTS, abbreviates, id_prefix
from addin.adopt.grid import cell_text, is_blank
from addin.adopt.languages import fold, translate
from addin.host import CellValue

#: The registers' own names, whose initials and letters a short code shortens.
_NAMES = {
    "risks": "risk",
    "issues": "issue",
    "assumptions": "assumption",
    "dependencies": "dependency",
    "decisions": "decision",
    "milestones": "milestone",
}

#: Initials that number other things as often as a register's items (an action ``A1``, a
#: change ``C3``, a task ``T12``), or two registers' (``D``): no register by themselves.
_OTHER_INITIALS = frozenset({"a", "c", "d", "t"})


def register_of_short_codes(values: list[CellValue], candidates: list[str]) -> str | None:
    """The one register of ``candidates`` the column's one- or two-letter codes name, else
    None (see the module's docstring)."""
    prefix = id_prefix(values)
    if prefix is None or len(prefix) > 2 or prefix in OTHER_OBJECTS:
        return None
    code = prefix.casefold()
    if len(code) == 1 and code in _OTHER_INITIALS:
        return None
    found = [
        key
        for key in candidates
        if key in _NAMES
        and (_NAMES[key][0] == code if len(code) == 1 else abbreviates(code, _NAMES[key]))
    ]
    return found[0] if len(found) == 1 else None


#: How each register's items are written, by the words that say it.
_WAYS: dict[str, re.Pattern[str]] = {
    "risks": re.compile(
        r"^\s*(?:there\s+is\s+an?\s+)?(?:\w+\s+)?risks?\s+(?:that|of)\b"
        r"|^\s*if\b[^.]{3,}?(?:,|\bthen\b)",
        re.IGNORECASE,
    ),
    # red team of round 30: a past "assumed" after someone (`Designer assumed the old
    # datum`) tells what went wrong, an issue; "assumed" counts passive (`It is assumed`,
    # `Funding is assumed`) or leading the text (`Assumed: ...`), "assume" after "we" or
    # leading it
    "assumptions": re.compile(
        r"\b(?:we\s+assume|assumes|assuming|(?:is|are|be|been)\s+assumed)\b|^\s*assumed?\b",
        re.IGNORECASE,
    ),
    "dependencies": re.compile(
        r"\b(?:depends?\s+on|dependent\s+(?:on|upon)|relies\s+on|reliant\s+on)\b", re.IGNORECASE
    ),
}

#: The share of a list's item texts that must be written in one register's way.
WORDS_SHARE = 0.6


def register_of_item_words(values: list[CellValue], candidates: list[str]) -> str | None:
    """The one register of ``candidates`` most of the items' texts are written as (and no
    item as another register's), else None (three items at least)."""
    texts = [cell_text(v).strip() for v in values if not is_blank(v)]
    texts = [t for t in texts if len(t.split()) >= 3]
    if len(texts) < 3:
        return None
    shares = {
        key: sum(1 for t in texts if way.search(t)) / len(texts) for key, way in _WAYS.items()
    }
    found = [k for k, share in shares.items() if share >= WORDS_SHARE and k in candidates]
    if len(found) != 1:
        return None
    others = [k for k, share in shares.items() if share > 0 and k != found[0]]
    return None if others else found[0]


def _status_key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


def status_reading(text: str) -> tuple[str, ...]:
    """Round 36 (rx37): the standard statuses a status cell's word may be read as, the one
    it names first (``Risolto`` -> resolved -> ``Resolved``, ``Fixed`` -> ``Resolved`` then
    ``Closed``: ``aliases.LIST_ALIASES``); () for a word no list reads."""
    english = translate(text, "values") or text
    key = _status_key(english)
    if key in LIST_ALIASES:
        return LIST_ALIASES[key]
    return (key,) if key else ()


def register_of_status_words(
    values: list[CellValue],
    candidates: list[str],
    statuses: dict[str, list[str]],
    endings: dict[str, list[str]],
) -> str | None:
    """Round 36 (rx37): the one register of ``candidates`` a status column's own words
    name, else None. ``statuses`` holds each candidate's status list and ``endings`` the
    statuses that close its items (the standards' ``closed_statuses``). A word names a
    register when the status it is read as first (:func:`status_reading`) closes that
    register's items and is in no other candidate's list: ``Resolved`` (``Risolto``,
    ``Gelöst``, ``Résolu``, ``Fixed``) is how an issue ends, never a risk or an
    assumption; ``Open`` and ``Closed`` are every register's and name none, and a working
    state (``In Progress``, ``Monitoring``) says how far an item is, not what it is. The column names the
    register when one word at least names it, none names another, and every word is one of
    its statuses (a column of the register's status words, not a column that happens to
    hold one)."""
    keyed = {k: {_status_key(s): s for s in statuses[k]} for k in candidates if k in statuses}
    if len(keyed) < 2:
        return None
    texts = [cell_text(v).strip() for v in values if not is_blank(v)]
    if not texts:
        return None
    named: set[str] = set()
    for text in texts:
        reading = status_reading(text)
        if not reading:
            return None
        first = _status_key(reading[0])
        own = [k for k, lst in keyed.items() if first in lst]
        if len(own) == 1 and first in {_status_key(e) for e in endings.get(own[0], [])}:
            named.add(own[0])
    if len(named) != 1:
        return None
    (key,) = named
    mine = keyed[key]
    if not all(any(_status_key(r) in mine for r in status_reading(t)) for t in texts):
        return None
    return key
