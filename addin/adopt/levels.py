"""One field written in numbered level columns: a tree query's ``Title 1 | Title 2 | Title 3``.

An Azure Boards tree query exported to Excel writes each work item's title in the column of
its depth (``Title 1`` for a feature, ``Title 2`` for the risks and issues under it);
outline exports of other tools do the same (``Name 1``, ``Name 2``). Each row fills one of
the columns. Read as one column, every row has its title, whatever its depth: the columns
are mapped together to the field their common header names (round 13), and a row's value
is the one level it fills (``rows._convert_row`` joins two filled cells of one field with a
line break, which a level set never has: a row filling two levels is no level set).

A set needs two columns or more side by side, headed by the same words and the numbers 1,
2, 3... in order, no row filling two of them, and its words naming a field of the register
for certain (``Title``, ``Name``); ``Owner 1 | Owner 2`` filled on the same rows, or
``Phase 1 | Phase 2`` of amounts, are no level set.
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import CERTAIN, Candidate, candidates

_LEVEL = re.compile(r"^\s*(.*?\S)\s*(\d)\s*$")
#: The end of a level column's synonym: the report says how it was read.
LEVELS = "(levels)"


def level_sets(block: TableBlock, grid: Grid) -> list[tuple[str, list[int]]]:
    """The level sets of ``block``: (their common header words, their columns), each of two
    columns or more, numbered from 1 in order, no row filling two of them."""
    found: list[tuple[str, list[int]]] = []
    run: list[int] = []
    stem = ""
    for cell in sorted(block.headers, key=lambda c: c.col):
        match = _LEVEL.match(cell.text or "")
        level = int(match.group(2)) if match else 0
        words = match.group(1).casefold() if match else ""
        if match and run and words == stem and level == len(run) + 1 and cell.col == run[-1] + 1:
            run.append(cell.col)
            continue
        if len(run) >= 2:
            found.append((stem, run))
        run, stem = ([cell.col], words) if match and level == 1 else ([], "")
    if len(run) >= 2:
        found.append((stem, run))
    return [(s, cols) for s, cols in found if _one_level_a_row(block, grid, cols)]


def _one_level_a_row(block: TableBlock, grid: Grid, cols: list[int]) -> bool:
    filled_rows = 0
    for row in range(block.first_data_row, block.last_data_row + 1):
        filled = sum(1 for c in cols if not is_blank(grid.value(row, c)))
        if filled > 1:
            return False
        filled_rows += filled
    return filled_rows >= 2


def join_levels(
    sets: list[tuple[str, list[int]]], chosen: dict[int, Candidate], register_key: str
) -> list[int]:
    """Map every column of each level set (:func:`level_sets`) to the field its words name
    for certain, in place of what each column was given alone; the columns joined."""
    joined: list[int] = []
    for stem, cols in sets:
        cands = candidates(stem, register_key)
        if not cands or cands[0].confidence < CERTAIN:
            continue
        best = cands[0]
        taken = {c for c, cand in chosen.items() if cand.column_key == best.column_key}
        if taken - set(cols):
            continue  # another column already is that field ("Title" beside "Title 1")
        for col in cols:
            chosen[col] = Candidate(best.column_key, best.confidence, f"{stem} {LEVELS}")
        joined.extend(cols)
    return joined
