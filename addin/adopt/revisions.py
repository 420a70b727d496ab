"""A deadline kept twice, as first agreed and as re-planned (round 14).

Registers, trackers and supplier logs that re-plan a date keep the first one beside the new
one: ``Need By (Original)`` | ``Need By (Revised)``, ``Original Due Date`` | ``Revised Due
Date``, ``Target Date`` | ``Target Date (Current)``, ``Date Required (Initial)`` | ``(Latest)``.
A risk, issue, assumption or dependency has one such date (Due Date, Validate By, Need By):
it is the current one. So a header that is a revision word (``revised``, ``current``,
``latest``, ``updated``, ``new``, ``re-planned``; ``original``, ``initial``, ``first``) plus
a header that reads for certain as the register's deadline is that deadline, whatever the
revision word's concept says elsewhere (a dependency's ``Revised Need By`` is its Need By,
not the provider's forecast, the Committed Date); beside a revised one, the first-agreed one
is left out (the report says another column fills it), and so is a plain header beside its
revised one (``Due Date`` | ``Revised Due Date``). A milestone's Baseline and Forecast dates
are two columns of their own and keep their readings (``match.py``).
"""

from __future__ import annotations

import re

from addin.adopt.bilingual import halves
from addin.adopt.languages import english_words_only, translate
from addin.adopt.match import (
    CERTAIN,
    PLAN_BESIDE_BASELINE,
    SENSE_PREFIX,
    THESAURUS,
    Candidate,
    candidates,
    field_name_words,
    keep_candidates,
    normalise_header,
)

#: Registers with one deadline, and that column.
DEADLINES = {
    "risks": "due_date",
    "issues": "due_date",
    "assumptions": "validate_by",
    "dependencies": "need_by",
}
#: The field that is the plan first agreed (a milestone's baseline).
FIRST_PLAN_FIELD = "baseline_date"
#: Confidence of a revised or original deadline read so: certain, below a plain synonym.
REVISED = 0.9

_CURRENT = r"revised|rev|current|latest|updated|new|re-?planned|re-?scheduled|amended"
#: Round 41 (rt41): the words of the plan first agreed (a milestone's baseline is that plan:
#: ``Original date`` is no superseded copy of it), before the words of a mere earlier copy.
_FIRST_AGREED = r"original|orig|initial|first"
_FIRST = rf"{_FIRST_AGREED}|old|previous|prev|former"
_FIRST_AGREED_WORD = re.compile(rf"\b(?:{_FIRST_AGREED})\b\.?", re.IGNORECASE)
_WORD = rf"(?P<word>{_CURRENT}|{_FIRST})\.?"
_BRACKET = re.compile(rf"^(?P<rest>.+?)\s*[\(\[]\s*{_WORD}\s*[\)\]]\s*$", re.IGNORECASE)
_PREFIX = re.compile(rf"^{_WORD}\s+(?P<rest>.+)$", re.IGNORECASE)
_SUFFIX = re.compile(rf"^(?P<rest>.+?)\s*[-–:,]\s*{_WORD}\s*$", re.IGNORECASE)
_FIRST_WORDS = re.compile(rf"^(?:{_FIRST})$", re.IGNORECASE)
#: Round 23: a field name's last word (``needByRevised`` -> ``need by revised``) stands as
#: a bracket's would (its brackets and dashes are gone with its spaces).
_LAST_WORD = re.compile(rf"^(?P<rest>.+?)\s+{_WORD}$", re.IGNORECASE)


def revision_of(header: str) -> tuple[str, bool] | None:
    """``(the header without its revision word, True when it is the first-agreed one)``, or
    None when the header names no revision: ``"Need By (Revised)"`` -> ``("Need By",
    False)``; ``"Original Due Date"`` -> ``("Due Date", True)``; ``"Revised"`` -> None."""
    text = " ".join(header.split())
    field_name = field_name_words(text)
    if field_name:  # round 23: a header's shape is not its meaning
        text = field_name
    patterns = (_PREFIX, _LAST_WORD) if field_name else (_BRACKET, _PREFIX, _SUFFIX)
    for pattern in patterns:
        found = pattern.match(text)
        if found and found.group("rest").strip():
            rest = found.group("rest").strip()
            return rest, bool(_FIRST_WORDS.match(found.group("word").replace(".", "")))
    return _foreign_earlier_copy(text)


#: The English word ``languages.toml``'s ``[words_round24.previous]`` reads a foreign
#: header's mark as (``ancien``, ``alt``, ``önceki``, ``старый``).
_PREVIOUS = "previous"


def _foreign_earlier_copy(header: str) -> tuple[str, bool] | None:
    """Round 24: ``(the field, True)`` for a header in another language that marks its
    column as the field's earlier copy (``Responsable (ancien)``, ``Önceki sorumlu``,
    ``Владелец (старый)``), read through the vocabulary; None otherwise. Only where the
    header's other words are read through the vocabulary too (a foreign header): English
    ``Alt Owner`` (the alternate owner) is no German ``alt``."""
    english = translate(header)
    if english is None:
        return None
    words = english.split()
    if _PREVIOUS not in words or len(words) < 2:
        return None
    rest = " ".join(w for w in words if w != _PREVIOUS)
    if english_words_only(header, _PREVIOUS):
        return None
    return rest, True


#: Round 27: the registers whose items have an owner a later PM re-assigns and writes in a
#: column of its own beside the first (``Owner (new)``, ``Revised owner``).
OWNED = frozenset({"risks", "issues", "assumptions", "dependencies", "milestones"})


def revised_keys(register_key: str) -> tuple[str, ...]:
    """The fields of ``register_key`` a revised column re-writes beside the first one: its
    deadline (round 14) and its owner (round 27: ``Owner (new)``, ``Revised owner``, the
    owner re-assigned by a later PM, the first one kept beside it)."""
    keys = [DEADLINES[register_key]] if register_key in DEADLINES else []
    return (*keys, "owner") if register_key in OWNED else tuple(keys)


def revised_deadlines(
    scored: dict[int, list[Candidate]], headers: dict[int, str], register_key: str
) -> set[int]:
    """Read each revised or original deadline (round 27: or owner) as the register's
    deadline (owner) (in ``scored``); where a revised one stands beside a first-agreed one
    of the same field, the first-agreed one loses that reading. The columns left out so are
    returned."""
    dropped: set[int] = set()
    for key in revised_keys(register_key):
        dropped |= _revised_field(scored, headers, register_key, key)
    return dropped


def _lines(header: str) -> list[str]:
    """The header, then each of its halves when it is written in two languages
    (:func:`addin.adopt.bilingual.halves`: round 27's header written again in another
    language is one cell of two lines, ``Owner (new)\nResponsable (nouveau)``): either half
    may say the revision or name the plain field."""
    two = halves(header)
    return [header, *two] if two else [header]


def with_lines(value: object, text: str) -> str:
    """A header's text for the readings of this module: the raw cell when it holds several
    lines (round 27: a header written again in another language, folded into one cell of
    two lines), else ``text`` (the header as the tables read it)."""
    return value if isinstance(value, str) and "\n" in value else text


def _revision_of_lines(header: str) -> tuple[str, bool] | None:
    """:func:`revision_of` of the header, else of the first of its lines that names one."""
    return next((found for line in _lines(header) if (found := revision_of(line))), None)


def _revised_field(
    scored: dict[int, list[Candidate]], headers: dict[int, str], register_key: str, key: str
) -> set[int]:
    """:func:`revised_deadlines` for one field ``key``."""
    revised: list[int] = []
    first: list[int] = []
    rests: set[str] = set()
    for col, header in headers.items():
        found = _revision_of_lines(header)
        if found is None:
            continue
        rest, is_first = found
        reads = candidates(rest, register_key)
        if not any(c.column_key == key and c.confidence >= THESAURUS for c in reads):
            continue
        others = [c for c in scored.get(col, []) if c.column_key != key]
        scored[col] = [Candidate(key, REVISED, f"{SENSE_PREFIX}a revision of {rest!r})"), *others]
        (first if is_first else revised).append(col)
        if not is_first:
            rests.update(normalise_header(rest)[:1])
    # the plain header beside its revised one ("Due Date" | "Revised Due Date") is the date
    # first agreed too
    first += [
        col
        for col, header in headers.items()
        if col not in revised
        and col not in first
        and any(
            normalise_header(line)[:1] and normalise_header(line)[0] in rests
            for line in _lines(header)
        )
    ]
    dropped: set[int] = set()
    if revised:
        for col in first:
            if col not in scored:
                continue
            kept = [c for c in scored[col] if c.column_key != key]
            keep_candidates(scored, col, kept)
            dropped.add(col)
    return dropped


def first_agreed_fallback(
    headers: dict[int, str], mapping: dict[int, str], register_key: str, key: str | None = None
) -> tuple[int, int] | None:
    """``(the revised deadline's column, the first-agreed one's)`` when the register's
    deadline is mapped to a revised column (``Revised Due Date``) and the date first agreed
    (``Due Date``, ``Original Due Date``) stands beside it, left out. A re-planned date is
    written only where the date moved: on a row whose revised cell is empty, the first one
    is still the deadline (red team of round 14: three issues of four lost their due dates,
    so overdue ones showed none). None otherwise. Round 27: ``key`` names another field
    of :func:`revised_keys` (the owner: ``Owner (new)`` is written only where the owner
    changed, so ``Owner`` is still the owner on the other rows)."""
    key = key or DEADLINES.get(register_key)
    revised = next((c for c, k in mapping.items() if k == key), None)
    if key is None or revised is None:
        return None
    found = _revision_of_lines(headers.get(revised, ""))
    if found is None or found[1]:
        return None
    rest = normalise_header(found[0])[:1]
    if not rest:
        return None
    for col, header in headers.items():
        if col in mapping:
            continue
        other = _revision_of_lines(header)
        if any(normalise_header(line)[:1] == rest for line in _lines(header)) or (
            other is not None and other[1] and normalise_header(other[0])[:1] == rest
        ):
            return revised, col
    return None


def superseded_fields(scored: dict[int, list[Candidate]], headers: dict[int, str]) -> set[int]:
    """Columns marked as a field's earlier copy (``Owner (old)``, ``Previous Owner``,
    ``Original Category``) lose that field where another column, not so marked, reads it
    for certain; the columns left out so are returned (round 23's last hour).

    A register extended by successive PMs keeps the column it outgrew: the owner moved to a
    new ``Risk Owner`` column at the right and the old one was relabelled ``Owner (old)``
    rather than deleted. Both read as the owner; the leftmost took it, and every owner
    read was last year's. The rule a PMO analyst states: a column its own header calls
    old, previous or original is the field as it was; beside the field as it is, it is
    history (the report lists it). Alone, it is still the field (nothing newer stands
    beside it). The register's deadline has its own rule (:func:`revised_deadlines`)."""
    marked: dict[int, str] = {}
    for col, header in headers.items():
        found = revision_of(header)
        if found is not None and found[1]:
            marked[col] = found[0]
    if not marked:
        return set()
    current = {
        c.column_key
        for col, cands in scored.items()
        if col not in marked
        for c in cands[:1]
        if c.confidence >= CERTAIN
    }
    dropped: set[int] = set()
    for col in marked:
        cands = scored.get(col, [])
        stale = [
            c
            for c in cands
            if c.column_key in current
            # round 41 (rt41): the first-agreed plan's date is the milestone's baseline, not
            # its superseded copy: ``Original date`` beside a ``Due date`` keeps the baseline
            # (the due date is then the current plan, round 40's t51a rule)
            and not (c.column_key == FIRST_PLAN_FIELD and _FIRST_AGREED_WORD.search(headers[col]))
        ]
        # round 41 (rt41): nor is an earlier copy of the plan the current plan, whatever
        # stands beside it: ``Previous due date`` is no forecast (round 13's planned date
        # beside a baseline), nor is ``Original due date``
        earlier_plan = [c for c in cands if c.synonym == PLAN_BESIDE_BASELINE]
        if not stale and not earlier_plan:
            continue
        kept = [c for c in cands if c not in stale and c not in earlier_plan]
        keep_candidates(scored, col, kept)
        if stale:
            dropped.add(col)
    return dropped


#: Round 27: the dates a plan re-plans and keeps as numbered copies (``Baseline 1``,
#: ``Baseline 2``): a milestone's baseline and forecast, and each register's deadline.
REPLANNED = frozenset({"baseline_date", "forecast_date", *DEADLINES.values()})

#: A header ending in a copy's number: ``Baseline 1``, ``Baseline2``, ``Forecast #3``,
#: ``Due Date - 2`` (a date such as ``Update 12/03`` is no number: the slash stops it).
_NUMBERED = re.compile(r"^(?P<rest>.*?[^\W\d_])\s*(?:[#\-–]\s*)?(?P<n>\d{1,2})$")


def numbered_revisions(scored: dict[int, list[Candidate]], headers: dict[int, str]) -> set[int]:
    """Columns of one re-planned date kept as numbered copies (``Baseline 1`` | ``Baseline
    2``): the highest number is the date as it is, the others lose that reading and are
    returned (round 27, a milestone plan re-baselined over years).

    The rule a PMO analyst states: a plan re-baselined keeps the first baseline beside the
    approved new one, numbered; the baseline of record is the latest approved (the
    re-baseline replaced it), and the earlier ones are history (the report lists them).
    Only for a date a plan re-plans (:data:`REPLANNED`), and only where every copy reads
    first as that same date: ``Owner 1`` | ``Owner 2`` (two owners) and ``Phase 1`` |
    ``Phase 2`` are no copies of one field."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for col, header in headers.items():
        found = _NUMBERED.match(" ".join(header.split()))
        if found is not None:
            rest = " ".join(found.group("rest").casefold().split())
            groups.setdefault(rest, []).append((int(found.group("n")), col))
    dropped: set[int] = set()
    for copies in groups.values():
        numbers = {n for n, _ in copies}
        if len(copies) < 2 or len(numbers) < len(copies):
            continue
        tops = {scored[col][0].column_key if scored.get(col) else None for _, col in copies}
        if len(tops) != 1:
            continue
        key = tops.pop()
        if key not in REPLANNED:
            continue
        latest = max(copies)[1]
        for _, col in copies:
            if col == latest:
                continue
            keep_candidates(scored, col, [c for c in scored[col] if c.column_key != key])
            dropped.add(col)
    return dropped
