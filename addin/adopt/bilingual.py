"""Headers and values written in two languages at once (round 17, issue 15).

Public bodies of bilingual countries and regions keep their registers in both languages in
every cell: Wales (``Statws`` over ``Status`` in one header cell, values ``Agored / Open``),
Canada (``État / Status``, ``Ouvert / Open``), Belgium, Switzerland, Hong Kong, Ireland
(``Stádas / Status``). Read whole, such a header or value is neither language, so it reads
as nothing. Each language's half is read instead:

- in a header row written so (three cells or more, and half of them or more, of two parts:
  two lines, or two phrases either side of `` / ``), a cell that reads as no column for
  certain takes the reading of its half that does (the other half, in a language the
  vocabularies may not hold, reads as nothing or as the same column); one ``Risk`` over
  ``Trigger`` or one ``Last Update / Comment`` among English headers is one phrase;
- a list value of two parts that converts as a whole to nothing takes the value of its one
  half that converts (or of both, when both give the same value); two halves giving two
  values (``Open / Closed``) are a choice nobody made, and stay unconverted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from addin.adopt.match import CERTAIN, Candidate, normalise_header
from addin.adopt.synonyms import KNOWN_UNMAPPED
from addin.host import CellValue
from addin.values.cells import Converted

#: Two languages in one cell: two lines, or two phrases either side of a spaced slash.
_SPLIT = re.compile(r"\s*\n\s*|\s+/\s+")


def two_parts(value: CellValue) -> tuple[str, str] | None:
    """The two parts of a cell written as two lines or either side of a spaced slash
    (``"Ada Kerr / 14/03/2026"``), whatever they hold, or None (round 28: one rule for
    bilingual halves and for two fields pasted into one cell)."""
    if not isinstance(value, str):
        return None
    parts = [p.strip() for p in _SPLIT.split(value.strip()) if p.strip()]
    return (parts[0], parts[1]) if len(parts) == 2 else None


def halves(value: CellValue) -> tuple[str, str] | None:
    """The two halves of a bilingual cell (``"Statws\\nStatus"``, ``"Agored / Open"``), or
    None when the cell is not two parts of text."""
    parts = two_parts(value)
    if parts is None or not all(any(ch.isalpha() for ch in p) for p in parts):
        return None
    return parts


def bilingual_row(headers: list[CellValue]) -> bool:
    """Whether a header row is written in two languages: three cells or more, and half of
    its cells or more, of two parts each (one ``Risk`` over ``Trigger`` or one ``Last Update
    / Comment`` among English headers is one phrase, not two languages)."""
    two = sum(1 for h in headers if halves(h) is not None)
    return two >= max(3, len(headers) / 2)


def half_candidates(
    raw: CellValue, found: list[Candidate], read: Callable[[str], list[Candidate]]
) -> list[Candidate]:
    """The candidates of a bilingual header: ``found`` (the whole header's) when one of them
    is certain, else those of the one half that reads for certain."""
    if any(c.confidence >= CERTAIN for c in found):
        return found
    parts = halves(raw)
    if parts is None:
        return found
    readings = [read(p) for p in parts]
    sure = [r for r in readings if r and r[0].confidence >= CERTAIN]
    if not sure or len({r[0].column_key for r in sure}) != 1:
        return found  # neither half, or two columns: nothing sure
    for part, reading in zip(parts, readings, strict=True):
        # the other half is another language's word for it, or nothing known: a half that
        # is a field with no column (`Last Update / Comment`) is one header of two fields
        if not reading and _known_elsewhere(part):
            return found
    return max(sure, key=lambda r: r[0].confidence)


def _known_elsewhere(text: str) -> bool:
    """Whether ``text`` is a header the vocabularies list as no column (``Comment``)."""
    readings = normalise_header(text) or (text.lower(),)
    return any(r in KNOWN_UNMAPPED or f"{r}s" in KNOWN_UNMAPPED for r in readings)


def either_half(convert: Callable[[CellValue], Converted]) -> Callable[[CellValue], Converted]:
    """``convert``, reading a bilingual value (``Agored / Open``) by the half it converts."""

    def read(value: CellValue) -> Converted:
        whole = convert(value)
        parts = halves(value) if whole.problem is not None else None
        if parts is None:
            return whole
        good = [(p, r) for p in parts if (r := convert(p)).problem is None and r.value]
        if not good or len({str(r.value) for _, r in good}) != 1:
            return whole
        half, result = good[0]
        return Converted(
            result.value,
            note=f"{value!r} read as {result.value!r} by its half {half!r} (two languages)",
        )

    return read


def one_field_in_two_languages(header: str) -> bool:
    """Round 27 (its last hour): whether a header is one field written in two languages:
    two halves (``Décidé par / Beslist door``) that read as the same English header
    (``made by``). ``Owner / Delegate`` (two fields) and a header of one language are not."""
    parts = halves(header)
    if parts is None:
        return False
    if parts[0].casefold() == parts[1].casefold():
        return False
    first, second = (set(normalise_header(p)) for p in parts)
    return bool(first & second)


def party_in_two_languages(
    convert: Callable[[CellValue], Converted],
) -> Callable[[CellValue], Converted]:
    """``convert`` for a person column whose header is one field in two languages: a value
    written in two halves there (``Cabinet du Ministre / Kabinet van de Minister``) is one
    party named in both languages, as every header of the row is, and is kept whole; a PMO
    analyst does not read it as two people (the first the owner) as in a one-language
    column. A value of one half is read as ever."""

    def read(value: CellValue) -> Converted:
        if isinstance(value, str) and halves(value) is not None:
            text = value.strip()
            return Converted(text, note=f"{text!r}: one party named in two languages, kept whole")
        return convert(value)

    return read
