"""The middle word of a three-word level column (round 20).

A register's level columns (probability, impact, severity, priority, confidence) are most
often written in three words, and a PMO analyst who reads two of them as High and Low reads
the third as the middle, Medium, whatever the language: Bengali উচ্চ / মধ্যম / নিম্ন, a
Swahili Juu / Kati / Chini, a team's own High / Normal / Low. Adoption reads the words
through the vocabularies; when a column's one unread word stands between two read as the
scale's two ends, :func:`middle_word` names it and :func:`with_middle` reads it as the
column's Medium, saying so in the cell's note (and, for a list, in the readings'
``list_words``, so the mapping file holds it and the PMO can change it).

It does not fire on a column of four words or more (a fourth level may sit anywhere), on a
column whose read words are not exactly the two ends (High and Medium known: the unread word
may be Low or Critical), nor on a placeholder (``TBC``, ``N/A``, ``-``) or a number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from addin.host import CellValue
from addin.values.cells import Converted

#: The two ends a column's other words must read as, and the middle the third is read as.
ENDS = frozenset({"high", "low"})
MIDDLE = "Medium"

#: Words that hold no level: a level still to set, none at all.
_PLACEHOLDERS = frozenset(
    {"tbc", "tbd", "tba", "n/a", "na", "n.a.", "none", "nil", "-", "--", "?", "??", "unknown"}
)


def middle_word(
    values: Iterable[CellValue], level_of: Callable[[CellValue], str | None]
) -> str | None:
    """The column's unread word when the column holds exactly three distinct words, two of
    them read by ``level_of`` as ``high`` and ``low`` and the third read as nothing; None
    otherwise. Words are compared as written, case and spaces aside."""
    distinct: dict[str, str] = {}
    for value in values:
        if isinstance(value, str) and value.strip():
            distinct.setdefault(" ".join(value.casefold().split()), value.strip())
    if len(distinct) != 3:
        return None
    levels = {key: level_of(text) for key, text in distinct.items()}
    unread = [key for key, level in levels.items() if level is None]
    if len(unread) != 1 or {level for level in levels.values() if level} != ENDS:
        return None
    word = unread[0]
    if word in _PLACEHOLDERS or not any(ch.isalpha() for ch in word):
        return None
    return word


def with_middle(
    convert: Callable[[CellValue], Converted],
    values: Iterable[CellValue],
    level_of: Callable[[CellValue], str | None],
    record: Callable[[str], None] | None = None,
) -> Callable[[CellValue], Converted]:
    """``convert``, reading the column's middle word (:func:`middle_word`) as ``convert``
    reads ``Medium``; every other value as before. ``record`` keeps the reading (a list's
    ``list_words``)."""
    middle = middle_word(list(values), level_of)
    if middle is None:
        return convert

    def read(value: CellValue) -> Converted:
        result = convert(value)
        if (
            result.problem is None
            or not isinstance(value, str)
            or " ".join(value.casefold().split()) != middle
        ):
            return result
        medium = convert(MIDDLE)
        if medium.problem is not None:
            return result
        if record is not None:
            record(middle)
        note = f"{value.strip()!r} read as {MIDDLE}: the middle of the column's three levels"
        return Converted(medium.value, note=note)

    return read
