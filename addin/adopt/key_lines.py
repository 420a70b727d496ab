"""A key of number codes for a list column, written above the table or in its header
(round 35's second wave, t38b).

A supplier's or a consultancy's log writes a list field as numbers and states once what
each number means: a key line in the title block (``Prio: 1 = high, 2 = medium, 3 =
low``, ``Priority key - 1 = Critical, 2 = High, 3 = Medium, 4 = Low``, ``Status: 1 =
open; 2 = in progress; 3 = closed``) or the header itself (``Prio (1=High, 2=Med,
3=Low)``). The numbers are the words the key gives them, whatever their direction: read
without the key, ``Prio`` 1 / 2 only (no 3 in the rows) was no rank of three and was left
out, and a key ``1 = low`` runs the other way from a rank.

The rule a PMO analyst states: a line above the table whose label (the words before its
colon or dash, ``key`` / ``legend`` / ``codes`` / ``scale`` set aside) is the column's
header, or the header's own words after it, pairing two numbers or more each with a word:
each number reads as its word does in the column's list. A key line naming another column
(``Impact: 1 = low ..`` over a ``Prio`` column) or a key whose words the list does not read
reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from addin.adopt.languages import fold, translate
from addin.adopt.legend_pairs import KEY, PAIR, pairs_of

if TYPE_CHECKING:
    from addin.adopt.detect import TableBlock
    from addin.adopt.grid import Grid

#: The lines above the table being read (its title block): where a key line stands.
_LINES: ContextVar[tuple[str, ...]] = ContextVar("key_lines", default=())

#: One pair of a key: a number, ``=`` / ``:`` / ``-``, a word or two (``1 = high``,
#: ``2: Medium``, ``3 - very low``).
_PAIR = re.compile(r"(?<![\w.])(\d{1,2})\s*(?:=|:|-|\u2013)\s*([^\W\d_]+(?:[ ][^\W\d_]+)?)")
#: A line's label: the words before its first pair, without their colon or dash.
_LABEL = re.compile(r"^\s*([^\d=]*?)\s*[:(\-\u2013]?\s*(?=\d{1,2}\s*(?:=|:|-|\u2013))")
#: Words that say a line is a key, not which column it keys.
_KEY_WORDS = frozenset({"key", "legend", "codes", "code", "scale", "levels", "values"})


@contextmanager
def key_lines_in(lines: Iterable[str]) -> Iterator[None]:
    """Inside, :func:`key_for` reads the key lines among ``lines`` (a table's titles)."""
    token = _LINES.set(tuple(t for t in lines if t))
    try:
        yield
    finally:
        _LINES.reset(token)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z]+", fold(text).lower()) if w not in _KEY_WORDS]


def _pairs(text: str) -> dict[int, str]:
    """number -> word of a key's text, or empty when a number is paired twice or fewer than
    two pairs are written."""
    out: dict[int, str] = {}
    for number, word in _PAIR.findall(text):
        n = int(number)
        if n in out:
            return {}
        out[n] = word.strip()
    return out if len(out) >= 2 else {}


def key_for(header: str) -> tuple[dict[int, str], str] | None:
    """The key of the column headed ``header``: number -> word, and the key's text (for the
    note); None when no key line names the column and its header holds no key."""
    head = header.strip()
    own = re.split(r"[(:\[\n]", head, maxsplit=1)[0]
    own_words = _words(own)
    if not own_words:
        return None
    in_header = head[len(own) :]
    pairs = _pairs(in_header)
    if pairs:
        return pairs, head
    for line in _LINES.get():
        label = _LABEL.match(line)
        if label is None or _words(label.group(1)) != own_words:
            continue
        pairs = _pairs(line[label.end() :])
        if pairs:
            return pairs, line.strip()
    return None


def _names_another_column(group: str, header: str) -> bool:
    """Round 40 (rt40): whether a legend's group names a column (``Impact: A = Negligible,
    ...``, the words before its first pair, key words aside) that the header does not: it
    keys that column only. A group naming none (``A = alta, M = media``) keys any column."""
    first = PAIR.search(group)
    label = _words(group[: first.start()] if first else "")
    if not label or not header:
        return False
    own = _words(header) + _words(translate(header) or "")
    if len(own) > 1:
        own = [w for w in own if len(w) > 1]  # ``Likelihood (A-E)``: the letters name nothing
    return not any(lw.startswith(hw) or hw.startswith(lw) for lw in label for hw in own)


def letter_key(values: Iterable[object], header: str = "") -> dict[str, str] | None:
    """Round 39 (t48a): the legend of a column of letter codes: a key line among the
    table's lines (above it, or a legend just below it: ``A = alta, M = media, B = baja``,
    ``h = hoch, m = mittel, n = niedrig``), its groups parted by ``;``, each group two
    pairs or more of one or two letters and a word (round 41, ox41: the pairs as
    :func:`addin.adopt.legend_pairs.pairs_of` reads them). The group whose letters cover
    every value of the column (case aside) gives each letter its word: letter (folded) ->
    word. None when no group covers them, or two groups do (which is meant is not said).
    Round 40 (rt40): a group naming another column than ``header`` (``Impact: A =
    Negligible ...`` under a likelihood in letters) is that column's, left out."""
    present = {str(v).strip().casefold() for v in values if v is not None and str(v).strip()}
    if not present or any(len(v) > 2 or not v.isalpha() for v in present):
        return None
    return _covering_key(present, header)


_ONE_KEY = re.compile(rf"{KEY}")


def symbol_key(values: Iterable[object], header: str = "") -> dict[str, str] | None:
    """Round 41 (ox41): the legend of a list column written in symbols or letters (``済`` /
    ``○`` / ``△`` / ``×`` under ``判定`` beside ``済：完了　○：予定通り　△：要注意　×：遅延``;
    ``✓`` / ``●`` / ``▲`` beside ``✓ = done, ● = on track, ▲ = at risk``; ``C`` / ``O`` /
    ``R`` beside ``C = Complete, O = On track, R = At risk``): each value one symbol or up
    to three letters, and a legend group covering them all, as :func:`letter_key` reads it.
    Key (folded) -> word; None otherwise."""
    present = {str(v).strip().casefold() for v in values if v is not None and str(v).strip()}
    if not present or any(_ONE_KEY.fullmatch(v) is None for v in present):
        return None
    return _covering_key(present, header)


def _covering_key(present: set[str], header: str) -> dict[str, str] | None:
    found: list[dict[str, str]] = []
    for line in _LINES.get():
        for group in line.split(";"):
            if _names_another_column(group, header):
                continue
            pairs = {k.casefold(): w for k, w in pairs_of(group)}
            if len(pairs) >= 2 and present <= set(pairs) and pairs not in found:
                found.append(pairs)
    return found[0] if len(found) == 1 else None


def table_lines(block: TableBlock, grid: Grid) -> list[str]:
    """Round 39 (t48a): the lines a table's keys stand on: its titles above (round 35's
    second wave) and, among the lines written under it (its notes and the rows below it,
    :func:`addin.adopt.legend_letters.block_lines`), a legend pairing two letters or more
    with words (``A = alta, M = media, B = baja``)."""
    from addin.adopt.legend_letters import block_lines

    above = [t for _, _, t in block.preamble]
    below = block_lines(block, grid)[len(above) :]
    vertical = vertical_legend(block, grid)
    return [
        *above,
        *(t for t in below if len(pairs_of(t)) >= 2),
        *([vertical] if vertical else []),
    ]


#: Round 42 (rt42): how many rows under a table a legend written down its rows may take.
_VERTICAL_ROWS = 8


def vertical_legend(block: TableBlock, grid: Grid) -> str | None:
    """Round 42 (rt42): a legend written down the rows under a table, a pair a row: the key
    in one cell and its words in the next (``✓ | done``, ``● | on track``, ``▲ | at risk``,
    under a ``Legend`` heading or none), as one legend line (``✓ = done, ● = on track,
    ▲ = at risk``) the readers of legends read as they read one written across. Two pairs
    at least, on rows one after another (a blank row or a row of another shape ends it);
    a key is one symbol or up to three letters, as :data:`addin.adopt.legend_pairs.KEY`
    says, so a sign-off's ``Prepared by | Jane Doe`` is no pair."""
    from addin.adopt.grid import cell_text

    pairs: list[str] = []
    last = min(block.last_data_row + _VERTICAL_ROWS, grid.n_rows)
    for row in range(block.last_data_row + 1, last + 1):
        cells = [
            cell_text(grid.value(row, c)).strip()
            for c in grid.nonblank_cols(row, block.first_col, block.last_col)
        ]
        text = f"{cells[0]} = {cells[1]}" if len(cells) == 2 else ""
        if text and _ONE_KEY.fullmatch(cells[0]) and len(pairs_of(text)) == 1:
            pairs.append(text)
        elif pairs:
            break
    return ", ".join(pairs) if len(pairs) >= 2 else None
