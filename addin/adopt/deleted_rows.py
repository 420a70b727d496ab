"""Rows a register's keepers deleted without removing them (round 27, issue 15).

A register kept for years by several PMs is rarely pruned: an item raised twice or in
error is marked, not removed. A PMO analyst reads such a row as no item of the register,
and says so in the report (nothing is dropped without being listed). The marks this rule
takes, each one a PM's way of saying *this row is deleted*:

- the ID cell says it: the item's ID and the word (``ISS-004 DELETED``, ``R-12 (deleted)``,
  ``DELETED - R-12``), or the word alone where the ID was;
- the status cell says it, and only it: ``DELETED``, ``(Deleted)``, German ``Gelöscht``;
- every filled cell of the row is struck through (Excel's strikethrough font: the PM
  crossed the row out).

What it must not take: an item whose TITLE or description says something was deleted
(``Deleted the old VPN profile``) is a real item: only the ID and status cells are read
for the word, and a status must be the word alone. A ``Duplicate``, ``Superseded``,
``Cancelled`` or ``Removed`` status is a status the register's list reads as Closed (an
item that ended), so it stays an item; ``n/a`` in a status says the status does not apply.

The word is the vocabularies' ``deleted`` (``languages.toml``, ``[values_world.deleted]``),
read in every language the file holds it in.
"""

from __future__ import annotations

import re

from addin.adopt.grid import Grid
from addin.adopt.languages import translate

#: The concept's English word (the vocabularies read every other language onto it).
DELETED = "deleted"

#: What a marked row's report line says.
DELETED_ROW = "row marked deleted ({how}): no item of the register, not adopted"

#: Brackets and dashes around a mark (``(deleted)``, ``- DELETED -``, ``*deleted*``).
_AROUND = " \t()[]{}*-–—:.#!/"


def is_deleted_word(text: str) -> bool:
    """True when ``text``, its brackets and dashes set aside, is the word *deleted* alone
    (in English or a language of the vocabularies)."""
    bare = text.strip(_AROUND).strip()
    if not bare or len(bare) > 30:
        return False
    return bare.casefold() == DELETED or translate(bare, "values") == DELETED


#: An ID beside the mark: ``ISS-004``, ``R12``, ``7``, ``A.1`` (a code with a digit).
_ID = r"[^\W_]{0,8}[\s\-_./]?\d[\w\-./]{0,12}"


def _id_marked(text: str) -> bool:
    """True for an ID cell that carries the mark: ``ISS-004 DELETED``, ``R-12 (deleted)``,
    ``DELETED - R-12``, or the word alone."""
    if is_deleted_word(text):
        return True
    found = re.fullmatch(rf"\s*({_ID})\s*(.+?)\s*|\s*(.+?)\s*({_ID})\s*", text)
    if found is None:
        return False
    mark = found.group(2) if found.group(1) else found.group(3)
    return mark is not None and is_deleted_word(mark)


def deleted_mark(
    grid: Grid,
    row: int,
    cols: list[int],
    id_col: int | None,
    status_col: int | None,
    struck: set[tuple[int, int]],
    struck_means_done: bool = False,
) -> str | None:
    """Why ``row`` is a row its keepers deleted (the report's line), or None for a row that
    is no such row. ``cols`` are the row's filled cells of the table; ``struck`` the
    sheet's cells in a strikethrough font.

    ``struck_means_done`` (round 27, its last hour): on a plan of deliverables (a milestone
    plan) a PM strikes a line through a milestone achieved, as on a to-do list: the row is
    the milestone, done, not a row deleted. On a risk, issue or decision log a struck row is
    a row withdrawn (every truth of round 27 reads it so); the ID or status word *deleted*
    still drops a milestone."""
    if id_col is not None:
        value = grid.value(row, id_col)
        if isinstance(value, str) and _id_marked(value):
            return DELETED_ROW.format(how=f"its ID reads {value.strip()!r}")
    if status_col is not None:
        value = grid.value(row, status_col)
        if isinstance(value, str) and is_deleted_word(value):
            return DELETED_ROW.format(how=f"its status reads {value.strip()!r}")
    if not struck_means_done and struck and cols and all((row, c) in struck for c in cols):
        return DELETED_ROW.format(how="every cell struck through")
    return None


# ---------------------------------------------------------------------------------------
# Round 27 (its last hour): two more rows a register keeps that are no item of it
# ---------------------------------------------------------------------------------------

#: A cell that says *not applicable* and nothing else (``n/a``, ``N/A``, ``n.a.``).
NOT_APPLICABLE = frozenset({"n/a", "na", "n.a.", "n.a", "n/a.", "not applicable"})

#: The status words that say an entry duplicates another (``aliases.py`` reads each as
#: Closed where the entry is an item of its own).
DUPLICATE_WORDS = frozenset({"dup", "dupe", "duplicate", "duplicated"})

#: The fewest filled cells (the ID aside) a row of ``n/a`` needs to be a row nobody used.
MIN_UNUSED_CELLS = 2

UNUSED_ROW = "row whose every cell but its ID says {word!r}: a row nobody used, not adopted"
REPEATED_ENTRY = (
    "row marked {mark!r} that repeats row {first}'s title: the same item logged again, "
    "not adopted (the item is row {first})"
)
NO_LINE = "cost line {word!r} with no amount: no line of the tracker, not adopted"


def is_not_applicable(value: object) -> bool:
    """True for a cell whose text is *not applicable* alone."""
    return isinstance(value, str) and value.strip().casefold() in NOT_APPLICABLE


def unused_row(grid: Grid, row: int, cols: list[int], id_col: int | None) -> str | None:
    """Why ``row`` is a row nobody used, or None. A PMO analyst reads a numbered row whose
    every other cell says ``n/a`` as a blank line of the log (a number reserved, never
    filled): no item. A row with ``n/a`` in its status but a title of its own is an item
    whose status does not apply (round 27's first wave), so every filled cell must say it."""
    rest = [c for c in cols if c != id_col]
    if len(rest) < MIN_UNUSED_CELLS or not all(is_not_applicable(grid.value(row, c)) for c in rest):
        return None
    return UNUSED_ROW.format(word=str(grid.value(row, rest[0])).strip())


def repeated_entry(
    grid: Grid,
    row: int,
    first_row: int,
    status_col: int | None,
    title_col: int | None,
) -> str | None:
    """Why ``row`` is an item logged a second time, or None. A PMO analyst counts an issue
    raised twice once: a row whose status says *duplicate* (``dup``) and whose title is the
    title of a row above it in the same table is that row again, no item. A duplicate mark
    on a row whose title is its own is an item that ended as a duplicate of something the
    register does not show (round 27's first wave: Closed, as earlier truths read it)."""
    if status_col is None or title_col is None:
        return None
    mark = grid.value(row, status_col)
    if not isinstance(mark, str) or mark.strip(_AROUND).strip().casefold() not in DUPLICATE_WORDS:
        return None
    title = grid.value(row, title_col)
    if not isinstance(title, str) or not title.strip():
        return None
    said = title.strip().casefold()
    for above in range(first_row, row):
        other = grid.value(above, title_col)
        if isinstance(other, str) and other.strip().casefold() == said:
            return REPEATED_ENTRY.format(mark=mark.strip(), first=above)
    return None
