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
) -> str | None:
    """Why ``row`` is a row its keepers deleted (the report's line), or None for a row that
    is no such row. ``cols`` are the row's filled cells of the table; ``struck`` the
    sheet's cells in a strikethrough font."""
    if id_col is not None:
        value = grid.value(row, id_col)
        if isinstance(value, str) and _id_marked(value):
            return DELETED_ROW.format(how=f"its ID reads {value.strip()!r}")
    if status_col is not None:
        value = grid.value(row, status_col)
        if isinstance(value, str) and is_deleted_word(value):
            return DELETED_ROW.format(how=f"its status reads {value.strip()!r}")
    if struck and cols and all((row, c) in struck for c in cols):
        return DELETED_ROW.format(how="every cell struck through")
    return None
