"""Round 32: a measure's total beside its parts (an accruals tracker's ``Total actual``).

A finance tracker of one row per month and cost line often splits a measure into parts and
writes their sum beside them: an accruals tracker's ``Invoiced | Accrued | Total actual``,
a cost report's ``Paid | Accrued | Total spend``, ``Labour | Materials | Total actual cost``, a
budget's ``Original | Changes | Total budget``. Read by its header alone, the part that is a
synonym of the measure (``Invoiced`` is the actual since round 31) outranked the total (its
``Total`` made ``Total actual`` a partial reading): the month's actual lost its accrual. A
finance partner reads the TOTAL as the measure and the parts as its detail.

:func:`total_over_parts` reads so, in place, when all of these hold (no month columns: a
long table of one row per line):

- an unmapped column's header says a total (``Total``, ``Sum``, ``Overall``) and names a
  measure, read as a header (``Total actual``, ``Actual total``) or by its other words
  (``Total spend``, ``Total cost incurred``; ``Total cost`` names none);
- another column is mapped to that measure, with one column or more between the two
  (unmapped, or mapped to the same measure: the parts);
- on every row where the total or a part is written, the total equals the part plus the
  columns between (blank read as nothing), and on one row at least the columns between
  hold something (else the total is only a copy of the part).

A total saying money only (``Total cost``, ``Total amount``) takes the measure whose column
and the columns between make its sum. A total whose measure no other column reads (``Paid | Accrued | Total spend``: ``Paid`` is
no measure) is that measure when it holds figures. Near-misses it must not fire on: a
``Total actual`` column holding the line's running total (it does not equal the parts of
the row), one saying so (``Total spend to date``, ``Cumulative total actual``), a ``Total``
column with no measure word, a total with nothing between it and the mapped measure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from addin.adopt.convert import parse_number
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import CERTAIN, NOT_SPENT, Candidate, candidates
from addin.adopt.synonyms import MEASURES
from addin.adopt.tax_names import TAX_NAMES

if TYPE_CHECKING:
    from addin.adopt.detect import TableBlock

_TOTAL_WORDS = frozenset({"total", "totals", "sum", "overall", "combined"})
#: Red team of round 32's code (rt33): a tax written between an amount and its total
#: (``Actual (net) | VAT | Total actual``): the total is the gross amount, and round 31
#: reads an amount with the tax less surely than the one without it (a PMO's actual is
#: net), so the tax is no part of the measure and the total is not read as it.
_TAX_PART = re.compile(rf"\b{TAX_NAMES}\b", re.IGNORECASE)


def total_over_parts(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> None:
    """Move a measure from its part to its total column, in place (the module's rules)."""
    mapped = {cand.column_key: col for col, cand in chosen.items() if cand.column_key in MEASURES}
    for head in block.headers:
        col = head.col
        if col in chosen or not head.text:
            continue
        if not _TOTAL_WORDS & set(re.findall(r"[a-z]+", head.text.casefold())):
            continue
        if _cumulative(head.text):
            continue
        key = _measure_of_total(head.text)
        if key is None:
            # `Total cost`, `Total amount`: money, no measure; only a proved sum of a
            # mapped measure and its parts says which
            if not _money_only(head.text):
                continue
            key = next(
                (k for k, p in mapped.items() if _parts(block, grid, chosen, k, p, col)), None
            )
            if key is None:
                continue
        part = mapped.get(key)
        if part is None and _holds_figures(block, grid, col):
            # the measure's only column: a long table's `Total spend` is the line's spend
            chosen[col] = Candidate(key, CERTAIN, "a total of the measure, its only column")
            mapped[key] = col
            continue
        between = _parts(block, grid, chosen, key, part, col) if part is not None else None
        if part is None or between is None:
            continue
        chosen.pop(part)
        for c in between:
            chosen.pop(c, None)
        chosen[col] = Candidate(key, CERTAIN, "the total of its parts")
        mapped[key] = col


_MONEY_NOUNS = frozenset({"cost", "costs", "amount", "amounts", "value", "expenditure"})


def _money_only(text: str) -> bool:
    """True when a total's header says money and nothing else (``Total cost``)."""
    words = {w for w in re.findall(r"[a-z]+", text.casefold()) if w not in _TOTAL_WORDS}
    return bool(words) and words <= _MONEY_NOUNS


def _parts(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], key: str, part: int, col: int
) -> list[int] | None:
    """The columns between ``part`` (mapped to ``key``) and the total at ``col`` when the
    total is their sum with ``part`` on every row (:func:`_sums`), else None."""
    if abs(part - col) < 2:
        return None
    between = [
        c
        for c in range(min(part, col) + 1, max(part, col))
        if c not in chosen or chosen[c].column_key == key
    ]
    if len(between) != abs(part - col) - 1 or not _sums(block, grid, col, [part, *between]):
        return None
    texts = {head.col: head.text for head in block.headers}
    if any(_no_part_of(key, texts.get(c)) for c in between):
        return None
    return between


def _no_part_of(key: str, text: str | None) -> bool:
    """True when a column between a measure and its total names no part of that measure:
    another measure (``Forecast``), a figure worked out from two (``Variance``), a tax
    (``VAT``, ``GST``: the total is the gross amount, rt33), or, for
    the actual, what is not spent (:data:`addin.adopt.match.NOT_SPENT`)."""
    from addin.adopt.finance import derived_figure, measure_word

    if not text:
        return False
    found = measure_word(text)
    if found is not None and found != key:
        return True
    if derived_figure(text):
        return True
    if _TAX_PART.search(text):
        return True
    return key == "actual" and bool(NOT_SPENT.search(text))


def _measure_of_total(text: str) -> str | None:
    """The measure a total's header names: read as a header (``Total actual``) or, its
    total word dropped, as a measure word (``Total spend``, ``Total cost incurred``)."""
    from addin.adopt.finance import measure_word

    key = next(
        (c.column_key for c in candidates(text, "finance") if c.column_key in MEASURES), None
    )
    if key is None:
        rest = " ".join(
            w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in _TOTAL_WORDS
        )
        found = measure_word(rest) if rest else None
        key = found if found in MEASURES else None
    return key


def _cumulative(text: str) -> bool:
    from addin.adopt.finance import cumulative_in  # finance imports classify, which calls us

    return cumulative_in(text)


def _holds_figures(block: TableBlock, grid: Grid, col: int) -> bool:
    """True when the column holds numbers on two rows or more and no words."""
    figures = [_number(grid, r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
    return None not in figures and sum(1 for f in figures if f) >= 2


def _number(grid: Grid, row: int, col: int) -> float | None:
    value = grid.value(row, col)
    if is_blank(value):
        return 0.0
    return parse_number(value)


def _sums(block: TableBlock, grid: Grid, total: int, parts: list[int]) -> bool:
    """True when, on every row with a figure, the total column is the sum of the parts,
    and the parts other than the first hold something on one row at least."""
    rows, split = 0, False
    for row in range(block.first_data_row, block.last_data_row + 1):
        figures = [_number(grid, row, c) for c in (total, *parts)]
        if any(f is None for f in figures):
            return False  # a word among the figures: no sum read
        whole, first, *rest = (f or 0.0 for f in figures)
        if not whole and not first and not any(rest):
            continue
        if abs(whole - first - sum(rest)) > 0.005 * max(1.0, abs(whole)):
            return False
        rows += 1
        split = split or any(rest)
    return rows >= 2 and split
