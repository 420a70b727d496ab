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
``Committed``), nor one naming more than the measure (red team of round 41:
:func:`more_than_the_measure`, a count, a share, an attribute, what is left, another year's,
a quantity); two such columns naming the same measure leave both
as they were (which is the month's is not said).
"""

from __future__ import annotations

import re

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.match import Candidate
from addin.adopt.synonyms import MEASURES

#: A figure of the line's whole life, no month's (``Forecast at completion``, ``EAC``,
#: ``Final forecast``, ``Outturn``, ``Lifetime budget``): no month's measure.
WHOLE_LIFE = re.compile(
    r"\b(?:at\s+completion|at\s+complete|to\s+complete|completion|eac|bac|final|outturn|"
    r"lifetime|whole[\s-]+life|full[\s-]+year|annual|year[\s-]+end)\b",
    re.IGNORECASE,
)

#: Red team of round 41 (rt41c): words beside the measure saying the column holds no
#: month's amount of it, besides the header reader's own (:data:`addin.adopt.match.
#: NOT_THE_MEASURE`, ``NOT_SPENT``, ``PRIOR_YEAR``): a count (``Approved change
#: requests``), a share or rate (``Allocation ratio``, ``Budget rate``), an attribute
#: (``Budget version``, ``Budget holder``), and what is left or last year's in the languages
#: the vocabularies do not translate (``Budget restant``, ``Presupuesto restante``,
#: ``Verbleibendes Budget``, ``Saldo``, ``Budget Vorjahr``). Read on the folded header.
_OTHER_THAN_THE_MEASURE = re.compile(
    r"\b(?:requests?|changes?|counts?|version|holder|share|ratio|rates?|prices?|quantities|"
    r"restant(?:e|es|s)?|residu[oa]|residual|verbleibend\w*|saldo|vorjahr\w*)\b"
    # a share written as its sign; another year named by its number (``Budget 2025``)
    r"|%|(?<!\d)(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)


def more_than_the_measure(text: str) -> bool:
    """Red team of round 41 (rt41c): True when a header names the measure beside something
    that is no month's amount of it: a count, a share, an attribute of the line, what is
    left of it, another year's, a quantity (``Approved change requests``, ``Allocation %``,
    ``Budget code``, ``Budget to go``, ``Presupuesto restante``, ``Last year budget``,
    ``Budget 2025``, ``Budget units``), in English or through the vocabularies' English
    (``Budget année précédente`` -> ``budget year previous``)."""
    from addin.adopt.languages import fold, translate
    from addin.adopt.match import NOT_SPENT, NOT_THE_MEASURE, PRIOR_YEAR

    folded = fold(text)
    english = (translate(text) or "").casefold()
    words = set(re.findall(r"[a-z]+", folded)) | set(re.findall(r"[a-z]+", english))
    if words & NOT_THE_MEASURE or _OTHER_THAN_THE_MEASURE.search(folded):
        return True
    return any(bool(NOT_SPENT.search(t) or PRIOR_YEAR.search(t)) for t in (folded, english))


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
        if more_than_the_measure(text):
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
