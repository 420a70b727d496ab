"""A header's last word names what the column holds (round 14).

English headers put the thing named last, after the words that qualify it: ``Project
Lead``, ``Workstream Manager``, ``Supplier Contact`` and ``Action Officer`` hold people;
``Project`` or ``Supplier`` before them only says whose. A reading that matched such a
header only in part, by one of its qualifying words (``Project Lead`` read as the
counterparty project by ``project``), is dropped: the column holds people, and a person
column (the owner, the counterparty's owner, who decided) or nothing is its reading.
"""

from __future__ import annotations

from addin.adopt.match import SENSE_PREFIX, Candidate, keep_candidates, normalise_header
from addin.adopt.people import PERSON_COLUMNS
from addin.adopt.synonyms import CONCEPTS

#: Last words that name a person: the thesaurus' person nouns (not its participles and
#: question words: ``Date Assigned`` is a date) and the officers of the civil service.
PERSON_HEADS = frozenset(CONCEPTS["person"]) - frozenset({"assigned", "owned", "who"})
PERSON_HEADS |= frozenset({"officer"})
#: A reading at or above this is a whole synonym, never a part of the header.
_WHOLE = 0.95


def person_heads(scored: dict[int, list[Candidate]], headers: dict[int, str]) -> None:
    """Drop, in place, the readings of columns whose header ends in a person word that
    matched only a qualifying word and name no person column."""
    for col, cands in list(scored.items()):
        variants = normalise_header(headers.get(col, ""))
        words = variants[0].split() if variants else []
        if len(words) < 2 or words[-1] not in PERSON_HEADS:
            continue
        kept = [
            c
            for c in cands
            if c.column_key in PERSON_COLUMNS
            or c.confidence >= _WHOLE
            or c.synonym.startswith(SENSE_PREFIX)
        ]
        if len(kept) == len(cands):
            continue
        keep_candidates(scored, col, kept)
