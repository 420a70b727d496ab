"""Summary rows: a phase or stage row whose dates roll up the rows under it (round 7).

Planning tools export their outline: MS Project keeps each phase's summary task above its
milestones, Smartsheet a parent row above its children, a hand-made plan a stage row above
its deliverables. A person reads such a row as a heading of the rows under it, not as an
item: it has no owner of its own, and its dates are the rows' own, rolled up (its finish is
the latest finish under it, its start the earliest start).

A row is a summary row when every person column most rows fill is blank in it, it has rows
under it (up to the next such row), and every date it holds lies within the dates of those
rows in the same column, at least one of them equal to their latest or earliest. One such
row alone is not enough (a lone undated-owner item could match by chance): the table needs
two, so that the outline shows.
"""

from __future__ import annotations

from datetime import date

from addin import layout
from addin.adopt.convert import Converter
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, is_blank
from addin.adopt.people import PERSON_COLUMNS

#: The share of rows that must fill a person column for its blank to mark a summary row.
_FILLED = 0.6
#: How many summary rows a table needs before any is read as one.
_MIN_SUMMARIES = 2


def _day(convert: Converter, value: object) -> date | None:
    if is_blank(value):
        return None
    out = convert(value).value
    return out if isinstance(out, date) else None


def summary_rows(
    grid: Grid,
    block: TableBlock,
    register_key: str,
    plans: list[tuple[int, str, Converter]],
    rows: list[int],
) -> set[int]:
    """The rows of ``rows`` that roll up the rows under them (see the module's docstring).
    ``plans`` are the mapped columns as (column, key, converter)."""
    register = layout.REGISTERS_BY_KEY[register_key]
    filled = [r for r in rows if grid.nonblank_cols(r, block.first_col, block.last_col)]
    if len(filled) < 3:
        return set()
    people = [
        col
        for col, key, _ in plans
        if key in PERSON_COLUMNS
        and sum(not is_blank(grid.value(r, col)) for r in filled) >= _FILLED * len(filled)
    ]
    dated = [(col, conv) for col, key, conv in plans if register.column(key).kind == "date"]
    if not people or not dated:
        return set()
    candidates = [r for r in filled if all(is_blank(grid.value(r, c)) for c in people)]
    if len(candidates) < _MIN_SUMMARIES:
        return set()
    found: set[int] = set()
    for n, row in enumerate(candidates):
        end = candidates[n + 1] if n + 1 < len(candidates) else filled[-1] + 1
        under = [r for r in filled if row < r < end]
        if under and _rolls_up(grid, row, under, dated):
            found.add(row)
    return found if len(found) >= _MIN_SUMMARIES else set()


def _rolls_up(grid: Grid, row: int, under: list[int], dated: list[tuple[int, Converter]]) -> bool:
    """True when each date of ``row`` lies within its column's dates in ``under`` and at
    least one is their latest or earliest."""
    bound = False
    for col, conv in dated:
        own = _day(conv, grid.value(row, col))
        if own is None:
            continue
        days = [d for d in (_day(conv, grid.value(r, col)) for r in under) if d is not None]
        if not days:
            continue
        if not min(days) <= own <= max(days):
            return False
        bound = bound or own in (min(days), max(days))
    return bound
