"""Columns of a found register whose header no vocabulary reads (round 18, issue 15).

A register is often found by the words of most of its headers (``Opis``, ``Status``,
``Rok``) while one or two headers are words nobody added (``Mere za ublažavanje``,
``Hatua Zilizochukuliwa``, a made-up ``Zorbat``). A person still places such a column from
its VALUES and the table's other columns: a column of free texts, in a register where only
one text field is still empty, is that field (a risk whose title and description are read:
the mitigation texts are its Response; an issue's: its Resolution; a decision's: its
Rationale). :func:`texts_by_values` reads that, and nothing more:

- only under a header with no word any vocabulary knows (English or ``languages.toml``),
  in a table whose headers are mostly not English (an English ``Background`` or
  ``Comments`` column is what its word says, not a free text field);
- only when exactly one such column holds free texts (two words or more in every value,
  no people, dates or numbers) and exactly one long-text field of the register is empty:
  two texts or two empty fields leave every column listed, never guessed;
- never while the item's description is empty: a text beside an undescribed item may be
  its description, or its cause, background or effect that no field holds (a Malay risk
  register's ``Punca``, the cause, stays listed);
- at :data:`~addin.adopt.evidence.CONTENT` confidence, flagged for review, its note
  saying ``no header word known``.

:func:`unclear_roles` says, for each column still left out under such a header, what its
values are and which fields could take them (``a short repeated vocabulary (Juu, Kati,
Chini): Type, Status, Priority or Escalation Level could each take it``), so the report
lists the column with the reason, not only "no standard column matches".
"""

from __future__ import annotations

from collections.abc import Mapping

from addin import layout
from addin.adopt.convert import parse_number
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT, date_share, person_share
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.languages import english_words, translate, words_of
from addin.adopt.match import Candidate
from addin.adopt.people import PERSON_COLUMNS
from addin.adopt.total_rows import item_rows
from addin.host import CellValue

#: The words every note of this module carries.
NO_WORD = "no header word known"
#: What the synonym of a column mapped here says (shown as "mapped by content: ...").
TEXT_READING = f"values are free texts, the register's one empty text field: {NO_WORD}"


def _read_as_english(text: str) -> bool:
    english = english_words()
    return any(w in english for w in words_of(text) if len(w) > 1)


def header_unknown(text: str) -> bool:
    """True when no word of ``text`` is a word any vocabulary knows: not English, and not
    read through ``languages.toml`` into English words (``Zorbat``, ``Hatua
    Zilizochukuliwa``). A header of no letters (``#``) says nothing either way: False."""
    words = [w for w in words_of(text) if len(w) > 1 and not w.isdigit()]
    if not words or _read_as_english(text):
        return False
    reading = translate(text)
    return not (reading and _read_as_english(reading))


def foreign_table(headers: list[str]) -> bool:
    """True when fewer than half the headers are read as English words as written: the
    table is kept in another language (or a jargon), so a header nobody knows is likely a
    field in that language, not an English column of another sense."""
    written = [h for h in headers if h.strip()]
    english = sum(1 for h in written if _read_as_english(h) and translate(h) is None)
    return bool(written) and 2 * english < len(written)


def free_texts(values: list[CellValue]) -> bool:
    """Two filled values at least, every one a text of two words or more, no people's
    names, dates or numbers; three different ones at least, or three words in the median
    (``Ugovoriti penale``, ``Kikao kimefanyika``: actions taken, responses)."""
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2 or not all(isinstance(v, str) for v in present):
        return False
    texts = [str(v).strip() for v in present]
    if any(len(t.split()) < 2 for t in texts):
        return False
    if person_share(present) >= 0.5 or date_share(present) >= 0.5:
        return False
    if any(parse_number(t) is not None for t in texts):
        return False
    median = sorted(len(t.split()) for t in texts)[len(texts) // 2]
    return len({t.casefold() for t in texts}) >= 3 or median >= 3


def _empty_text_fields(register_key: str, chosen: Mapping[int, Candidate]) -> list[str]:
    register = layout.REGISTERS_BY_KEY[register_key]
    taken = {c.column_key for c in chosen.values()}
    return [
        c.key
        for c in register.columns
        if c.kind == "longtext" and not c.computed and c.key not in taken
    ]


def _unread(block: TableBlock, chosen: Mapping[int, Candidate]) -> list[int]:
    """The table's columns nothing reads, under a header no vocabulary knows, in a table
    kept in another language; [] for a table mostly in English."""
    if not foreign_table([c.text for c in block.headers if c.text]):
        return []
    return [
        c.col for c in block.headers if c.text and c.col not in chosen and header_unknown(c.text)
    ]


def _values(block: TableBlock, grid: Grid, col: int) -> list[CellValue]:
    """The column's values on the item rows: a totals row is no item and does not decide
    what a column holds (round 25)."""
    return [grid.value(r, col) for r in item_rows(block, grid)]


def texts_by_values(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str
) -> None:
    """In place: the one column of free texts under a header nobody knows becomes the
    register's one empty long-text field (the module docstring says when)."""
    if register_key not in layout.REGISTERS_BY_KEY or register_key in ("finance", "resources"):
        return
    texts = [c for c in _unread(block, chosen) if free_texts(_values(block, grid, c))]
    fields = _empty_text_fields(register_key, chosen)
    if "description" in fields:
        # an item not yet described: a text beside it may be its description, or a cause,
        # a background or an effect no field holds (a Malay `Punca`): not guessed
        return
    if len(texts) == 1 and len(fields) == 1:
        chosen[texts[0]] = Candidate(fields[0], CONTENT, f"({TEXT_READING})")


#: What the synonym of a person column mapped here says (round 20).
PERSON_READING = f"values are people's names, the register's one empty person field: {NO_WORD}"
#: Share of a column's filled values that must read as people's names (as the report's
#: "person names" role below).
PEOPLE_SHARE = 0.7


def people_by_values(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str
) -> None:
    """In place (round 20): a register with two person fields (a dependency's owner and the
    other side's owner) whose owner is read, and one column of people's names under a
    header nobody knows (Portuguese ``Contacto externo``, in a table kept in another
    language): that column is the register's one empty person field (the counterparty's
    owner), at content confidence, flagged. Never with two such columns, never when the
    register has one person field only (who else would the names be?), never when no
    person field is read yet (the names may be the owner)."""
    if register_key not in layout.REGISTERS_BY_KEY or register_key in ("finance", "resources"):
        return
    register = layout.REGISTERS_BY_KEY[register_key]
    fields = [c.key for c in register.columns if c.key in PERSON_COLUMNS]
    taken = {c.column_key for c in chosen.values()}
    empty = [f for f in fields if f not in taken]
    if len(fields) < 2 or len(empty) != 1 or len(empty) == len(fields):
        return
    people = [
        c
        for c in _unread(block, chosen)
        if person_share(_values(block, grid, c)) >= PEOPLE_SHARE
        and not free_texts(_values(block, grid, c))
    ]
    if len(people) == 1:
        chosen[people[0]] = Candidate(empty[0], CONTENT, f"({PERSON_READING})")


def _vocabulary(values: list[CellValue]) -> list[str] | None:
    """The different words of a short repeated vocabulary (2-8 words, one on two rows at
    least, three words or fewer each), or None."""
    present = [cell_text(v).strip() for v in values if not is_blank(v)]
    if len(present) < 3 or not all(isinstance(v, str) for v in values if not is_blank(v)):
        return None
    if any(len(t.split()) > 3 for t in present):
        return None
    distinct = list(dict.fromkeys(present))
    if not 2 <= len(distinct) <= 8 or len(distinct) == len(present):
        return None
    return distinct


def unclear_roles(
    block: TableBlock, grid: Grid, register_key: str, chosen: Mapping[int, Candidate]
) -> dict[int, str]:
    """For each column left out under a header nobody knows (in a table kept in another
    language): what its values are and which of the register's empty fields could take
    them, as the report's reason; a column whose values say nothing gets none."""
    if register_key not in layout.REGISTERS_BY_KEY or register_key in ("finance", "resources"):
        return {}
    register = layout.REGISTERS_BY_KEY[register_key]
    taken = {c.column_key for c in chosen.values()}
    empty = [c for c in register.columns if not c.computed and c.key not in taken]
    out: dict[int, str] = {}
    for col in _unread(block, chosen):
        values = _values(block, grid, col)
        words = _vocabulary(values)
        if person_share(values) >= PEOPLE_SHARE:
            # round 20: people named on several rows are people, not a vocabulary
            fields = [c.name for c in empty if c.key in PERSON_COLUMNS]
            kind = "person names"
        elif words is not None:
            fields = [c.name for c in empty if c.kind in ("list", "scale")]
            kind = f"a short repeated vocabulary ({', '.join(words[:4])})"
        elif free_texts(values):
            fields = [c.name for c in empty if c.kind == "longtext"]
            kind = "free texts"
        else:
            continue
        could = (
            f"{', '.join(fields[:-1])} or {fields[-1]} could each take it"
            if len(fields) > 1
            else f"only {fields[0]} is empty, but the values alone do not make it sure"
            if fields
            else "no empty field of the register takes them"
        )
        out[col] = f"{NO_WORD}; its values are {kind}: {could}; listed, not guessed"
    return out
