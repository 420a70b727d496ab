"""A long finance table's amount column named by the measure vocabulary alone (round 41).

A tracker with one row per month and cost line keeps its measures as columns: ``Claim
Month | Expenditure Heading | Approved Allocation | Spend This Month | Projected Spend``
(an Irish grant claim tracker), ``Période | Lot | Budget révisé | Dépenses réelles |
Engagements | Prévision`` (a Québec follow-up). The header synonyms read the actual and
the forecast; ``Approved Allocation`` and ``Budget révisé`` are phrases no synonym lists,
though every word of them is a budget's word in the measure vocabulary the finance reader
uses for groups, headings and measure columns (``approved``, ``allocation``; French
``budget`` beside ``révisé``, its first measure the budget). Before, the column was left
out and every month's budget lost.

The rule a project accountant follows: *in a finance table by month whose other amount
columns are measures, an amount column whose header the measure vocabulary reads as the
one measure no column holds yet is that measure*. Only a column no header synonym read,
holding amounts, whose header is no total, running total, whole-life figure (``Forecast at
completion``, ``Final forecast``), variance or other figure (``Engagements``,
``Committed``); two such columns naming the same measure leave both
as they were (which is the month's is not said).
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import Candidate

#: A figure of the line's whole life, no month's (``Forecast at completion``, ``EAC``,
#: ``Final forecast``, ``Outturn``, ``Lifetime budget``): no month's measure.
WHOLE_LIFE = re.compile(
    r"\b(?:at\s+completion|at\s+complete|to\s+complete|completion|eac|bac|final|outturn|"
    r"lifetime|whole[\s-]+life|full[\s-]+year|annual|year[\s-]+end)\b",
    re.IGNORECASE,
)

#: The measures a Finance row holds.
MEASURES = ("budget", "actual", "forecast")
#: How sure the reading is: the header's words say it, no synonym does.
CONFIDENCE = 0.8


def _amounts(block: TableBlock, grid: Grid, col: int) -> bool:
    from addin.adopt.convert import parse_number

    values = [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
    present = [v for v in values if not is_blank(v)]
    return bool(present) and all(parse_number(v) is not None for v in present)


def measure_by_vocabulary(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> None:
    """Map, in place, the unread amount column whose header the measure vocabulary reads as
    the measure no column holds (see the module's docstring)."""
    from addin.adopt.finance import (
        TOTAL_HEAD,
        cumulative_in,
        derived_figure,
        measure_word,
        other_figure,
    )

    keys = {c.column_key for c in chosen.values()}
    if "month" not in keys or not keys & set(MEASURES):
        return
    found: dict[str, list[int]] = {}
    for head in block.headers:
        text = (head.full or "").strip()
        if head.col in chosen or not text:
            continue
        if TOTAL_HEAD.search(text) or cumulative_in(text) or WHOLE_LIFE.search(text):
            continue
        if derived_figure(text) or other_figure(text):
            continue
        measure = measure_word(text)
        if measure not in MEASURES or measure in keys:
            continue
        if _amounts(block, grid, head.col):
            found.setdefault(measure, []).append(head.col)
    for measure, cols in found.items():
        if len(cols) == 1:
            chosen[cols[0]] = Candidate(
                measure, CONFIDENCE, f"(the measure vocabulary reads the header as {measure})"
            )
