"""A finance tracker's measures kept as blocks (round 18, issue 15).

Trackers hold the same cost lines by period once per measure: a **Budget** block and an
**Actual** block (a **Forecast**, a **Committed** one, a **Variance** one), side by side
under group labels or one under the other, each with its own header row or heading, often
with totals. A person reads the same cost line in two blocks as ONE line with two measures,
and a variance block (or any figure worked out from the others) as no line at all. This
module says what each block is; ``finance.unpivot`` and ``finance.month_columns`` read the
blocks by it, and ``store`` joins the lines of blocks adopted as separate tables (the same
month and cost line from an earlier table: one line).

- **Group labels written once over a run of periods** (:func:`carry_group_labels`):
  ``Budget`` over ``Jan-26`` only, then ``Feb-26``, ``Mar-26``, then ``Actual`` over
  ``Jan-26`` again: the periods repeat, so each label names its whole run, up to the period
  seen again. Only when two labels or more name runs (a lone label over one column is read
  as before).
- **Blocks one under the other inside one table** (:func:`block_heading`): a row holding
  only a measure's name (``Actual``, ``Actual expenditure``, ``Forecast``) or a repeated
  header row whose period labels name one measure (``Actual Jan``, ``Actual Feb``) starts a
  block; its rows take that measure. A block named by a figure worked out from the others
  (``Variance``, ``Remaining``, ``% spent``) or by a measure the standard Finance register
  has no column for (``Committed``, ``Commitments``, ``Encumbrances``, ``Accruals``,
  ``Purchase orders``) is read as no line: its rows are listed, not counted.
- **A later block's year** (:func:`sheet_titles`): a block lower on the sheet whose own
  heading states no year reads the sheet's title lines, above the first table (``Financial
  year 2025/26 (1 August 2025 - 31 July 2026)``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from addin.adopt.grid import Grid, cell_text
from addin.adopt.synonyms import MEASURES

if TYPE_CHECKING:
    from addin.adopt.detect import TableBlock
    from addin.adopt.finance import MonthColumn

#: Measures a tracker keeps that the standard Finance register has no column for: money
#: committed (orders raised, not yet invoiced), encumbered or accrued. Read as no line.
_UNREAD_MEASURE = re.compile(
    r"^\s*(?:committed|commitments?|commited|encumbrances?|encumbered|accruals?|accrued|"
    r"obligations?|obligated|purchase\s+orders?|pos?|orders\s+raised)"
    r"(?:\s+(?:costs?|spend|expenditure|amounts?|to\s+date|\(.*\)))*\s*$",
    re.IGNORECASE,
)

#: What a block heading says of the rows under it.
DERIVED = "derived"
UNREAD = "unread"


@dataclass(frozen=True)
class BlockHeading:
    """A block's heading: ``kind`` is a measure (``budget``, ``actual``, ``forecast``),
    :data:`DERIVED` or :data:`UNREAD`; ``label`` the heading's words."""

    kind: str
    label: str

    def why(self, row: int) -> str:
        """Why a row of this block is not counted (derived or unread blocks only)."""
        if self.kind == DERIVED:
            return (
                f"a row of the {self.label!r} block (heading on row {row}): figures worked "
                "out from the other blocks, not a line, not counted"
            )
        return (
            f"a row of the {self.label!r} block (heading on row {row}): the standard Finance "
            "register holds budget, actual and forecast only; not counted (enter committed "
            "costs in a line's notes if they matter)"
        )


def block_heading(
    texts: list[str],
    measure_of: Callable[[str], str | None],
    derived: Callable[[str], bool],
    is_period: Callable[[str], bool] = lambda _: False,
) -> BlockHeading | None:
    """The block a row starts, from its texts: one text naming a measure, a derived figure
    or an unread measure (a heading row); several period labels naming one measure between
    them (a repeated header row: ``Actual Jan | Actual Feb``); or a measure's name in the
    line column's place before plain period labels (``Actual | Jan-26 | Feb-26``). None for
    any other row (a cost line, a CapEx / OpEx heading, a repeated header naming no
    measure)."""
    texts = [t.strip() for t in texts if t.strip()]
    if not texts:
        return None
    if (
        len(texts) >= 3
        and all(is_period(t) for t in texts[1:])
        and not any(measure_of(t) for t in texts[1:])
    ):
        texts = texts[:1]  # the block's name over its own periods (or no block)
    if len(texts) == 1:
        text = texts[0]
        if len(text) > 60:
            return None
        if _UNREAD_MEASURE.match(text):
            return BlockHeading(UNREAD, text)
        if derived(text):
            return BlockHeading(DERIVED, text)
        measure = measure_of(text)
        if measure in MEASURES:
            return BlockHeading(measure, text)
        return None
    found = {measure_of(t) for t in texts[1:]} - {None}
    if len(found) == 1 and (measure := found.pop()) in MEASURES:
        return BlockHeading(measure, " | ".join(texts[:3]))
    if all(derived(t) for t in texts[1:]):
        return BlockHeading(DERIVED, " | ".join(texts[:3]))
    return None


def carry_group_labels(
    order: Iterable[int],
    text_of: Callable[[int], str],
    out: list[MonthColumn],
    derived: list[int],
) -> tuple[list[MonthColumn], list[int], list[int]]:
    """Group labels written once over a run of periods (the module docstring): the month
    columns with the label of their run carried over, the derived columns with the runs of
    a derived label, and the columns that took a label. Unchanged when fewer than two
    labels start runs, or no column lacks one."""
    by_col = {m.col: m for m in out}
    labels: dict[int, str] = {c: DERIVED for c in derived}
    labels |= {m.col: m.measure for m in out if m.measure and not m.cumulative}
    if len(set(labels.values())) < 2:
        return out, derived, []
    carried: dict[int, str] = {}
    current: str | None = None
    seen: set[str] = set()
    for col in order:
        if col not in by_col and col not in labels:
            continue
        text = text_of(col).strip().casefold()
        if col in labels:
            current, seen = labels[col], {text}
        elif current is not None and text and text not in seen:
            carried[col] = current
            seen.add(text)
        else:
            current, seen = None, set()
    if not carried:
        return out, derived, []
    more = [c for c, label in carried.items() if label == DERIVED]
    kept = [
        replace(m, measure=carried[m.col]) if m.col in carried and m.col not in more else m
        for m in out
        if m.col not in more
    ]
    return kept, sorted([*derived, *more]), sorted(carried)


def sheet_titles(grid: Grid, block: TableBlock) -> list[str]:
    """The sheet's title lines above its first table (texts standing alone on their row,
    from the top down to the first row of two cells or more), for a block lower on the
    sheet; empty for the sheet's first block (its own preamble holds them)."""
    out: list[str] = []
    for row in range(1, block.header_row):
        cols = grid.nonblank_cols(row)
        if len(cols) >= 2:
            break
        if len(cols) == 1:
            out.append(cell_text(grid.value(row, cols[0])))
    else:
        return []  # no table above this block: its preamble is the sheet's title
    return [t for t in out if t.strip()]


def measure_over_lines(header: str, measure_of: Callable[[str], str | None]) -> str | None:
    """The measure the line column's header names when it is a measure's name and little
    else (``Budget``, ``Actual``, ``Forecast 2026``): a block of a tracker whose header row
    starts with the block's name (``Actual | Jan-26 | Feb-26``)."""
    words = re.findall(r"[^\W\d_]+", header)
    if not words or len(words) > 2:
        return None
    found = measure_of(header)
    return found if found in MEASURES else None


def block_named_over_lines(
    block: TableBlock, grid: Grid, measure_of: Callable[[str], str | None]
) -> bool:
    """Whether the table's first column is headed by a measure's name (:func:`
    measure_over_lines`) and holds texts (its cost lines): the header row of a tracker's
    block, which names the table a finance tracker as a money word in its headers would
    (an `Actual` block whose last months are still empty has fewer than three months of
    amounts)."""
    if not block.headers:
        return False
    first = min(block.headers, key=lambda h: h.col)
    if not first.text or measure_over_lines(first.text, measure_of) is None:
        return False
    values = [
        grid.value(r, first.col) for r in range(block.first_data_row, block.last_data_row + 1)
    ]
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    return len(texts) >= 2 and len(texts) >= len([v for v in values if v is not None]) - 1


def measure_groups(block: TableBlock, measure_of: Callable[[str], str | None]) -> bool:
    """Round 21: whether the table's column groups are two measures or more over its
    labels (``Planned (€)`` merged over the cost lines, ``Actual (€)`` over the same
    lines again): every group label names a measure, and at least two different ones.
    Such groups name the table a finance tracker as a money word in its headers would."""
    groups = {h.group.strip() for h in block.headers if h.group and h.group.strip()}
    if len(groups) < 2:
        return False
    measures = {measure_of(g) for g in groups}
    return None not in measures and len(measures) >= 2


def _own_heading(block: TableBlock) -> tuple[str, int] | None:
    """(text, row) of a block's OWN heading: the nearest row above its header row (one or
    two rows up) holding, over the block's own columns, one text only. None when that row
    holds other texts over the block, or none."""
    own = [
        (r, c, t)
        for r, c, t in block.preamble
        if block.first_col <= c <= block.last_col and t.strip() and r < block.header_row
    ]
    if not own:
        return None
    nearest = max(r for r, _, _ in own)
    if block.header_row - nearest > 2:
        return None
    texts = [t for r, _, t in own if r == nearest]
    return (texts[0], nearest) if len(texts) == 1 else None


def heading_over_block(
    block: TableBlock, measure_of: Callable[[str], str | None]
) -> tuple[str, str, int] | None:
    """(measure, heading, row) of a block's OWN heading (round 20): the nearest row above
    its header row (one or two rows up) holding, over the block's own columns, one text
    only, which is a measure's name and little else (``Budget``, ``Actual``, ``Actual
    expenditure``). A report that puts a Budget block and an Actual block SIDE BY SIDE
    (NetSuite, Sage, a hand-made budget-vs-actual sheet) heads each block so, on one row;
    the title above both (``Budget vs. Actual``) names neither. None when that row holds
    other texts over the block, or none."""
    heading = _own_heading(block)
    if heading is None:
        return None
    measure = measure_over_lines(heading[0], measure_of)
    return (measure, heading[0].strip(), heading[1]) if measure is not None else None


def unread_heading_over_block(
    block: TableBlock, measure_of: Callable[[str], str | None], derived: Callable[[str], bool]
) -> tuple[int, BlockHeading] | None:
    """(row, heading) of a block's own heading (as :func:`heading_over_block` finds it)
    when it names a figure worked out from the others (``Variance``) or a measure the
    standard has no column for (``Committed``): round 23, a block stacked under the others
    is a table of its own (its heading and header row its own, whatever the blank rows
    between), and its rows are listed as not counted, as the same block inside one table
    is (:func:`block_heading`). Only a heading right over the header row and naming no
    measure (``Committed``, ``Variance``; never a title such as ``Budget vs Actual 2026/27``
    two rows up). None for a measure's heading or any other text."""
    heading = _own_heading(block)
    if heading is None or block.header_row - heading[1] != 1:
        return None  # a block's heading stands right over its header row; a title is higher
    if any(measure_of(word) for word in heading[0].split()):
        return None  # a title naming the measures (``Budget vs Actual``) is no block's name
    said = block_heading([heading[0]], measure_of, derived)
    return (heading[1], said) if said is not None and said.kind in (DERIVED, UNREAD) else None
