"""Summary rows: a phase or stage row whose dates roll up the rows under it (round 7).

Planning tools export their outline: MS Project keeps each phase's summary task above its
milestones, Smartsheet a parent row above its children, a hand-made plan a stage row above
its deliverables. A person reads such a row as a heading of the rows under it, not as an
item: it has no owner of its own, and its dates are the rows' own, rolled up (its finish is
the latest finish under it, its start the earliest start).

A row is a summary row when every person column most rows fill is blank in it, it has rows
under it (up to the next such row), and every date it holds lies within the dates of those
rows in the same column, at least one of them equal to their latest where they differ and
the first of them is not (a phase of one child: its child's dates). One such row alone is
not enough (a lone undated-owner item could match by chance): the table needs two, one of
them rolling up dates that differ, so that the outline shows. Only a milestone plan is
read so: the other registers are logs, not outlines.
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
#: The registers planning tools export as an outline. A risk, issue, assumption, decision
#: or dependency log has no phases: a row nobody owns yet there is an item whatever its
#: dates (a risk workshop raises every risk on one day).
_OUTLINED = frozenset({"milestones"})


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
    if register_key not in _OUTLINED:
        return set()
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
    grades: dict[int, int] = {}
    for n, row in enumerate(candidates):
        end = candidates[n + 1] if n + 1 < len(candidates) else filled[-1] + 1
        under = [r for r in filled if row < r < end]
        grade = _rolls_up(grid, row, under, dated) if under else _NONE
        if grade != _NONE:
            grades[row] = grade
    # A phase of one child proves nothing alone (an unowned item followed by one on its
    # day looks the same): the outline must show in a row that rolls up dates that differ.
    if len(grades) < _MIN_SUMMARIES or _SPREAD not in grades.values():
        return set()
    return set(grades)


#: How a row's dates stand to the rows under it: no roll-up, a phase of one child (its
#: dates are that child's), a roll-up of dates that differ (it finishes with the last).
_NONE, _ONE_CHILD, _SPREAD = 0, 1, 2


def _rolls_up(grid: Grid, row: int, under: list[int], dated: list[tuple[int, Converter]]) -> int:
    """How ``row`` rolls up ``under``: each of its dates must lie within its column's dates
    there; ``_SPREAD`` when one is the latest of dates that differ (a phase finishes with
    its last child, not its first: a log listed newest first has its latest row on top),
    ``_ONE_CHILD`` when the only dated row under it has its dates.

    Equal to the earliest is no roll-up: in a list sorted by date an item nobody owns yet
    is the earliest of the rows under it whenever the next one falls on its day; nor is a
    date several rows under it share (a risk workshop's Raised date)."""
    grade = _NONE
    for col, conv in dated:
        own = _day(conv, grid.value(row, col))
        if own is None:
            continue
        days = [d for d in (_day(conv, grid.value(r, col)) for r in under) if d is not None]
        if not days:
            continue
        if not min(days) <= own <= max(days):
            return _NONE
        if own == max(days) and days[0] < max(days):
            grade = _SPREAD
        elif len(days) == 1 and own == days[0]:
            grade = max(grade, _ONE_CHILD)
    return grade
