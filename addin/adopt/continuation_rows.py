"""A long text cut over two rows by a PDF or Word conversion: the second row continues the
item above (round 28).

A register converted from a PDF (Adobe's, Tabula's or Excel's own "From PDF") or pasted
from a Word table comes back with a long cell cut at the page's line break: the item's row
holds the first part of its title or description, and the row under it holds only the
rest, in the same column, with no id, no date and nothing else. A PMO analyst reads that
second row as the rest of the item above, not as an item of its own.

The rule fires only when all of this holds, so that a real item is never swallowed:

- the row's one filled cell is in a column of the item's own text (a text or long-text
  field of the register: title, description, response...), and it is text;
- the row directly above (or the continuation rows under it) is an item whose row had at
  least two filled fields, one of them that same text, and that text does not end a
  sentence (``.``, ``!``, ``?``: a cut falls mid-sentence);
- the text starts with a lower-case letter: a sentence's words go on; a title of its own
  starts with a capital (a script without letter case never continues by this rule).

A real item whose title is one word (``Flooding``) or a row whose only text is a real
item's title (``Supplier insolvency``, capitalised) is an item. The row joined is listed in
the adoption report with the row it continues.
"""

from __future__ import annotations

from typing import Any

from addin import layout
from addin.adopt.grid import Grid

#: The register column kinds that hold an item's words (a cut can only fall in words).
_TEXT_KINDS = frozenset({"text", "longtext"})

#: What ends a sentence: a text ending so was not cut mid-sentence.
_SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")

#: The reason the adoption report gives for a continuation row.
CONTINUES = (
    "continues row {row}'s {header!r} (a long text cut over two rows by a PDF or Word "
    "conversion: no id, no date, only the rest of the text): joined to it, not an item"
)


def _starts_lower(text: str) -> bool:
    """True when the text's first letter is a lower-case one."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


def continues_cell_above(grid: Grid, row: int, first: int, last: int) -> bool:
    """Whether ``row`` of a table's columns ``first`` to ``last`` reads, on the sheet alone,
    as the rest of the text in the row above: one filled cell, text starting with a
    lower-case letter, under a text of the same column that does not end a sentence, in a
    row of two filled cells or more. The table finder keeps such a row in its table even
    right above a page's repeated title and header (a short line there is otherwise the
    next table's title)."""
    cols = grid.nonblank_cols(row, first, last)
    if len(cols) != 1 or row <= 1:
        return False
    value, before = grid.value(row, cols[0]), grid.value(row - 1, cols[0])
    if not isinstance(value, str) or not isinstance(before, str):
        return False
    if len(grid.nonblank_cols(row - 1, first, last)) < 2:
        return False
    text = value.strip()
    return bool(text) and _starts_lower(text) and not before.rstrip().endswith(_SENTENCE_ENDS)


def continued_key(
    grid: Grid,
    row: int,
    cols: list[int],
    text_keys: dict[int, str],
    register: layout.Register,
    above: dict[str, Any] | None,
    above_row: int | None,
) -> str | None:
    """The field of the item ``above`` that ``row`` continues, or None (module docstring).

    ``cols`` are the row's filled columns in the table; ``text_keys`` maps each adopted
    column to its field; ``above_row`` is the last row that belongs to ``above`` (its own
    row or its last continuation)."""
    if above is None or above_row != row - 1 or len(cols) != 1:
        return None
    key = text_keys.get(cols[0])
    if key is None or register.column(key).kind not in _TEXT_KINDS:
        return None
    value = grid.value(row, cols[0])
    before = above.get(key)
    if not isinstance(value, str) or not isinstance(before, str):
        return None
    filled = [k for k, v in above.items() if k != "source_row" and v not in (None, "")]
    if len(filled) < 2:
        return None
    text = value.strip()
    if not text or not _starts_lower(text) or before.rstrip().endswith(_SENTENCE_ENDS):
        return None
    return key


def joined(before: str, rest: str) -> str:
    """The two parts of a cut text as one, with one space between; after a hyphen none
    (``Third-`` + ``party``: the hyphen is kept, as a hyphenated word may have been cut at it)."""
    head, tail = before.rstrip(), rest.strip()
    return head + tail if head.endswith("-") else f"{head} {tail}"
