"""Headers of a letter or two that a legend beside the table spells out, and the notes
written under a table (round 39, t48c).

A register kept by hand often heads its scales with their initials and says once, under
the table or above it, what each letter stands for: ``K | D | K x D`` with the line
``Keterangan: K = Kemungkinan (1-5), D = Dampak (1-5)`` (an Indonesian register: K the
likelihood, D the impact), ``W | S`` over ``W = Wahrscheinlichkeit, S = Schadensausmaß``,
``L | C`` over ``L = Likelihood; C = Consequence``. A PMO analyst reads the letters as the
words the legend gives them; read alone, a letter says nothing and the scales were left
out.

The rule: a line of the sheet above the table (its title block) or under it (its notes),
pairing a letter or up to three letters with words (``K = Kemungkinan``, ``D: Dampak``
inside a line that pairs two letters or more), spells out a header written as one of the
letters, or as letters joined by ``x`` / ``*`` / ``×`` (``K x D``, the product of the
two): the header is read as its words. A header with any other word is read as before; a
legend naming letters no header uses reads nothing; a legend whose letters are the
column's values (``R = Risk, I = Issue`` over an ``R/I`` column of ``R`` and ``I``) keys
the values, not the header.

The notes under a table: after the last item and a blank row, lines whose one filled cell
is a text (``Keterangan: ...``, ``Tingkat: 1-4 Rendah, 5-9 Sedang ...``, ``Source: ...``)
are the table's notes, not its items, in a table whose items fill three cells or more:
they decide nothing about what a column holds (a row number 1, 2, 3 over a note is still a
row number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.legend_pairs import pairs_of
from addin.adopt.questions import LAST_BRACKET

#: The signs joining two letters into their product (``K x D``, ``P*I``).
_JOIN = re.compile(r"\s*(?:[x×*])\s*", re.IGNORECASE)
#: The least number of cells an item row fills for lone lines under it to be notes.
_ITEM_CELLS = 3
#: How many rows under the table a legend is looked for in (its notes may stand apart).
_BELOW = 4


def legend_of(lines: Iterable[str]) -> dict[str, str]:
    """Letters -> the words a legend line gives them, from the lines that pair two letters
    or more (a line pairing one, ``Status: open``, is a field's label, not a legend)."""
    out: dict[str, str] = {}
    for line in lines:
        pairs = pairs_of(line)  # round 41 (ox41): the one reading of a legend's pairs
        if len(pairs) < 2:
            continue
        for letters, words in pairs:
            if letters.isalpha():  # a symbol's pair keys values, never a header
                out.setdefault(letters, words)
    return out


def spelt_header(header: str, legend: dict[str, str]) -> str | None:
    """``header`` with each of its letters written as the legend's words (``K x D`` ->
    ``Kemungkinan x Dampak``); None when a part of it is no letter of the legend."""
    text = LAST_BRACKET.sub("", header).strip()
    if not legend or not text or len(text) > 12:
        return None
    parts = _JOIN.split(text)
    if not parts or any(p not in legend for p in parts):
        return None
    joins = _JOIN.findall(text)
    out = legend[parts[0]]
    for join, part in zip(joins, parts[1:], strict=True):
        out += f" {join.strip().lower()} {legend[part]}"
    return out


def product_of_scales(header: str, legend: dict[str, str], keys: set[str]) -> bool:
    """True for a header multiplying two letters of the legend (``K x D``, ``L*C``) whose
    words read as the probability and the impact (``keys``, the fields the spelt header
    reads as): the two scales' product, the risk's typed score."""
    parts = _JOIN.split(header.strip())
    signs = [s.strip().lower() for s in _JOIN.findall(header.strip())]
    return (
        len(parts) == 2
        and all(p in legend for p in parts)
        and signs in (["x"], ["×"], ["*"])
        and {"probability", "impact"} <= keys
    )


def legend_in_values(
    legend: dict[str, str], grid: Grid, rows: Iterable[int], col: int, header: str
) -> bool:
    """True when the column's cells are the header's own letters (``R`` / ``I`` under
    ``R/I`` beside ``R = Risk, I = Issue``): the legend keys the values, not the header,
    which is read as before. Cells that are the legend's OTHER letters (levels ``h`` /
    ``m`` / ``n`` under ``W`` beside ``W = ..., A = ...; h = hoch, ...``) leave the header
    spelt out."""
    own = {p for p in re.findall(r"[^\W\d_]{1,3}", LAST_BRACKET.sub("", header)) if p in legend}
    return any(isinstance(v, str) and v.strip() in own for v in (grid.value(r, col) for r in rows))


def note_rows(block: TableBlock, grid: Grid) -> set[int]:
    """The block's last rows that are notes under the table (see the module docstring),
    with the blank rows between them and the last item."""
    rows = list(range(block.first_data_row, block.last_data_row + 1))
    filled = {r: grid.nonblank_cols(r, block.first_col, block.last_col) for r in rows}
    lone: list[int] = []
    gap = False
    for r in reversed(rows):
        cols = filled[r]
        if not cols:
            gap = bool(lone)
            if gap:
                break
            continue
        value = grid.value(r, cols[0]) if len(cols) == 1 else None
        if not isinstance(value, str) or not value.strip():
            break
        lone.append(r)
    if not gap or not lone:
        return set()
    items = [len(filled[r]) for r in rows if filled[r] and r < min(lone)]
    if len(items) < 2 or sorted(items)[len(items) // 2] < _ITEM_CELLS:
        return set()
    last_item = max(r for r in rows if filled[r] and r < min(lone))
    return set(lone) | set(range(last_item + 1, min(lone)))  # and the blank rows above them


def block_lines(block: TableBlock, grid: Grid | None) -> list[str]:
    """The texts above the table and its notes under it: where a legend is written."""
    lines = [t for _, _, t in block.preamble]
    if grid is None:
        return lines
    below = range(block.last_data_row + 1, min(block.last_data_row + _BELOW, grid.n_rows) + 1)
    for r in [*sorted(note_rows(block, grid)), *below]:
        for c in grid.nonblank_cols(r, block.first_col, block.last_col):
            value = grid.value(r, c)
            if isinstance(value, str) and not is_blank(value):
                lines.append(value)
    return lines
