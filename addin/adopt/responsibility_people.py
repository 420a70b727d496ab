"""A party's ``Responsibility`` column holding people, beside the items it is for (round 38).

A supplier's list of what its client must provide heads its columns two ways. Round 37
(t45b) met ``Item | Client responsibility | Responsible | Required by``: the duty the client
bears is written under ``Client responsibility``, each row's text. An integrator's list of
client inputs writes the same header over WHO on the client's side bears each input
(``Input Required from Client | Client Responsibility | Required By`` over ``Approved
gallery floor plan with column positions | Curator | 19.01.2026``): the column of
sentences is the item, the column of short names the person.

:func:`people_under_duty` reads such a table as a person would: where the column read as
the item's text by a party's ``responsibility`` holds short labels (a name, a role, an
office: three words or fewer on most rows) and a column read as the item handed over
(``Input``, ``Deliverable``) holds longer texts, the longer column is the item's title and
the responsibility column loses its title reading (its next, the owner, stands). Where
the responsibility column holds the longer texts, round 37's reading stands; so it does
where its short labels open with a duty's verb (``Provide drawings``, ``Sign loan
agreement``: what the party must do, no one; red team of round 38, rt38).
"""

from __future__ import annotations

from collections.abc import Mapping

from addin.adopt.match import CERTAIN, Candidate
from addin.host import CellValue

#: The header words that name a party's duty (round 37's ``Client responsibility``).
_DUTY = ("responsibility", "responsibilities")
#: The most words a label naming someone holds on most rows (``Ms. Anjali Deshpande``).
_LABEL_WORDS = 3
#: The fewest words the item's text holds on most rows.
_ITEM_WORDS = 4
#: Red team of round 38 (rt38): the verbs a duty opens with (``Provide drawings``, ``Sign
#: loan agreement``): a short label led by one is what the party must do, no one who does it.
_DUTY_VERBS = frozenset(
    {
        *("provide", "supply", "approve", "sign", "issue", "install", "arrange", "grant"),
        *("confirm", "review", "deliver", "obtain", "ensure", "make", "give", "submit"),
        *("nominate", "clear", "attend", "agree", "complete", "prepare", "share", "send"),
        *("appoint", "allow", "fund", "pay", "procure", "release", "remove", "secure"),
    }
)


def _median_words(values: list[CellValue]) -> float | None:
    counts = sorted(len(v.split()) for v in values if isinstance(v, str) and v.strip())
    return counts[len(counts) // 2] if len(counts) >= 2 else None


def _duties(values: list[CellValue]) -> bool:
    """Most of the column's labels open with a duty's verb (:data:`_DUTY_VERBS`)."""
    texts = [v.split() for v in values if isinstance(v, str) and v.strip()]
    led = sum(words[0].casefold() in _DUTY_VERBS for words in texts)
    return led * 2 > len(texts)


def people_under_duty(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
) -> None:
    """In place: the module docstring's rule, for a dependency table's columns."""
    duty = [
        col
        for col, cands in scored.items()
        if cands
        and cands[0].column_key == "title"
        and any(w in heads.get(col, "").casefold() for w in _DUTY)
    ]
    items = [col for col, cands in scored.items() if cands and cands[0].column_key == "deliverable"]
    if len(duty) != 1 or len(items) != 1:
        return
    names, texts = (
        _median_words(list(values_of.get(duty[0], []))),
        _median_words(list(values_of.get(items[0], []))),
    )
    if names is None or texts is None or names > _LABEL_WORDS or texts < _ITEM_WORDS:
        return
    if _duties(list(values_of.get(duty[0], []))):
        return  # red team of round 38 (rt38): short duties, round 37's reading stands
    scored[duty[0]] = [c for c in scored[duty[0]] if c.column_key != "title"]
    item = scored[items[0]][0]
    scored[items[0]] = [
        Candidate("title", max(item.confidence, CERTAIN), f"{item.synonym} (the items' texts)"),
        *scored[items[0]],
    ]
