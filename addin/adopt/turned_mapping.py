"""A turned tracker in the mapping file: recorded after an adoption, re-applied next month.

Round 25 reads two shapes by turning them (:mod:`addin.adopt.periods_down`: a finance
tracker with its periods down turned across; :mod:`addin.adopt.long_plans`: a resource plan
written long turned wide). The turned table is no table of the source, so its mapping fits
no source: before this module such a table wrote no mapping-file entry and a mapping applied
next month did not read it. The rule, as a PMO analyst states it: *the mapping file records
a turned table as the source table it is, with what the turn needs (the period column, the
line or who columns, the measure's source or the figures' column, the unit), and next
month's file is turned and read the same way when its layout still fits that record; when it
does not (a recorded column gone, the periods across now, the rows no longer one line per
period), the table is refused with the reason and the fix, never read otherwise.*

The entry (``"turned"`` beside the usual keys; ``columns`` names the source's headers so a
header row moved is followed as any table's is)::

    {"sheet": "Costs", "header_row": 3, "first_column": "A", "last_column": "E",
     "register": "finance",
     "columns": {"Month": "month", "Measure": "measure", "Labour": "cost_line", ...},
     "turned": {"shape": "periods down", "period_column": "Month",
                "measure": "measure column", "measure_column": "Measure",
                "line_columns": ["Labour", "Travel", "Licences"], "unit": "..."}}

A line column added next month is a line more (read, as a tracker across reads a new row);
a recorded line column gone is a misfit (its figures would silently vanish otherwise).
"""

from __future__ import annotations

import re
from typing import Any

from addin.adopt.detect import TableBlock, block_from_range
from addin.adopt.grid import Grid
from addin.adopt.mapping_file import TableMapping, header_key
from addin.adopt.mapping_fit import columns_now, header_row_now
from addin.adopt.report import TableReport
from addin.cells import column_index, column_letter

#: the ``"shape"`` values a turned entry may hold (one per round-25 reader)
PERIODS_DOWN = "periods down"
LONG_PLAN = "long plan"
SHAPES = (PERIODS_DOWN, LONG_PLAN)

#: where a periods-down tracker's measure is written (``"measure"``)
MEASURE_COLUMN = "measure column"
MEASURE_IN_HEADERS = "line headers"
MEASURE_ELSEWHERE = "heading rows or title"

_SCALE = re.compile(r"amounts\b.*?\bx ([\d,.]+)")
_HOURS = re.compile(r"(\d+(?:\.\d+)?) hours? (?:a|per|=|to a|= 1) ?day")

#: how the fix for a turned entry that no longer fits ends (one wording for every misfit)
FIX = (
    "fix: restore the layout the mapping records, or adopt without the mapping file "
    "(and save the new mapping)"
)


def _head(block: TableBlock, col: int) -> str:
    head = block.header_at(col)
    return (head.full or head.text or "") if head is not None else ""


def _unit(table: TableReport) -> str | None:
    """The unit the turned table was read in, as its report says it, reduced to what does
    not depend on how it was said: a scale on the amounts (``amounts x 1,000``, a title's
    ``£k``), a plan's day of hours (``8 hours a day``) or FTE. Recorded so a PMO sees it,
    and compared next month (a title now in £m is said)."""
    for note in table.notes:
        if (scale := _SCALE.search(note)) is not None:
            return f"amounts x {scale.group(1)}"
        if (hours := _HOURS.search(note)) is not None:
            return f"{hours.group(1)} hours a day"
        if "FTE" in note:
            return "FTE"
    return None


def record_down(block: TableBlock, turned: Any, table: TableReport) -> TableMapping:
    """The mapping entry of a periods-down tracker read turned (:mod:`periods_down`)."""
    from addin.adopt.periods_down import line_and_measure

    lines = [_head(block, c) for c in turned.line_cols]
    if turned.measure_col is not None:
        measure = MEASURE_COLUMN
    elif any(
        (head := block.header_at(c)) is not None and line_and_measure(head)[1]
        for c in turned.line_cols
    ):
        measure = MEASURE_IN_HEADERS
    else:
        measure = MEASURE_ELSEWHERE
    columns: dict[str, str | None] = {_head(block, turned.period_col): "month"}
    if turned.number_col is not None:  # round 33: a valuation's `Val. No.`, left out
        columns = {_head(block, turned.number_col): None, **columns}
    if turned.measure_col is not None:
        columns[_head(block, turned.measure_col)] = "measure"
    columns.update({line: "cost_line" for line in lines})
    return TableMapping(
        sheet=block.sheet,
        header_row=block.header_row,
        first_column=column_letter(block.first_col),
        last_column=column_letter(block.last_col),
        register="finance",
        columns=columns,
        turned={
            "shape": PERIODS_DOWN,
            "period_column": _head(block, turned.period_col),
            "measure": measure,
            "measure_column": (
                _head(block, turned.measure_col) if turned.measure_col is not None else None
            ),
            "line_columns": lines,
            "unit": _unit(table),
        },
    )


def record_long(block: TableBlock, turned: Any, table: TableReport) -> TableMapping:
    """The mapping entry of a long resource plan read turned wide (:mod:`long_plans`)."""
    whos = [_head(block, c) for c in turned.who_cols]
    by_letter = {c.column: c.target for c in table.columns}
    columns: dict[str, str | None] = {
        h: by_letter.get(column_letter(c)) for h, c in zip(whos, turned.who_cols, strict=True)
    }
    columns[_head(block, turned.period_col)] = "month"
    columns[_head(block, turned.figure_col)] = "planned_days"
    return TableMapping(
        sheet=block.sheet,
        header_row=block.header_row,
        first_column=column_letter(block.first_col),
        last_column=column_letter(block.last_col),
        register="resources",
        columns=columns,
        turned={
            "shape": LONG_PLAN,
            "who_columns": whos,
            "period_column": _head(block, turned.period_col),
            "figure_column": _head(block, turned.figure_col),
            "unit": _unit(table),
        },
    )


def locate(grid: Grid, spec: TableMapping, taken: set[int]) -> TableBlock | None:
    """The recorded source table where it is in this file: its header row where its
    headers are now, as wide as that row runs (round 23's rules); None when no row near
    the recorded one holds most of its headers."""
    row = header_row_now(grid, spec)
    if row is None:
        return None
    first, last = columns_now(grid, spec, row, taken)
    return block_from_range(grid, row, first, last)


def as_recorded(grid: Grid, spec: TableMapping) -> TableBlock:
    """The table at the recorded header row and columns (its headers found nowhere near):
    read to say what is there now (the periods across, the columns renamed)."""
    first = column_index(spec.first_column or "A")
    last = max(column_index(spec.last_column) if spec.last_column else grid.n_cols, first)
    return block_from_range(grid, spec.header_row, first, last)


def _where(source: str, block: TableBlock) -> str:
    return f"{source}: {block.sheet}!{column_letter(block.first_col)}{block.header_row}"


def why_unfit(grid: Grid, block: TableBlock, spec: TableMapping, source: str) -> str | None:
    """Why this file's table no longer fits the turn the mapping records (None: it fits).

    Checked in the order a person would look: the periods written across now (a header is
    a period), a recorded column gone (each named), the rows no longer one line per
    period (the turn refuses the table), the turn finding other columns than recorded."""
    from addin.adopt import long_plans, periods_down
    from addin.adopt.finance import is_month_header

    turn = spec.turned or {}
    shape = turn.get("shape")
    where = _where(source, block)
    kind = "finance tracker with its periods down" if shape == PERIODS_DOWN else "long plan"
    heads = {header_key(h.full or h.text or ""): h.col for h in block.headers if h.full or h.text}
    heads |= {header_key(h.text): h.col for h in block.headers if h.text}
    wanted = [turn.get("period_column") or ""]
    if shape == PERIODS_DOWN:
        wanted += [turn.get("measure_column") or "", *list(turn.get("line_columns") or [])]
    else:
        wanted += [*list(turn.get("who_columns") or []), turn.get("figure_column") or ""]
    across = [h for h in block.headers if h.col != block.first_col and is_month_header(h)]
    if shape == PERIODS_DOWN and across:
        cell = f"{column_letter(across[0].col)}{block.header_row}"
        return (
            f"{where}: the mapping file records the periods down column "
            f"{turn.get('period_column')!r}, but the periods are across now ({cell} "
            f"{across[0].text!r} is a period): not adopted as recorded; fix: adopt without "
            "the mapping file (a tracker across is read as it is) and save the new mapping"
        )
    gone = [h for h in wanted if h and header_key(h) not in heads]
    if gone:
        return (
            f"{where}: the mapping file's {kind} names column(s) "
            f"{', '.join(repr(h) for h in gone)}, which the header row no longer holds: not "
            f"adopted; {FIX}"
        )
    turned: periods_down.TurnedTracker | long_plans.TurnedPlan | None = (
        periods_down.turn(block, grid) if shape == PERIODS_DOWN else long_plans.turn(block, grid)
    )
    if turned is None:
        return (
            f"{where}: the table no longer reads as the mapping file's {kind} (one row per "
            f"period of column {turn.get('period_column')!r}, figures beside it): not "
            f"adopted; {FIX}"
        )
    if header_key(_head(block, turned.period_col)) != header_key(wanted[0]):
        return (
            f"{where}: the periods are in column {_head(block, turned.period_col)!r} now, "
            f"not {wanted[0]!r} as the mapping file records: not adopted; {FIX}"
        )
    if isinstance(turned, periods_down.TurnedTracker):
        now = _head(block, turned.measure_col) if turned.measure_col is not None else None
        if header_key(now or "") != header_key(turn.get("measure_column") or ""):
            return (
                f"{where}: the measure is read from {now or 'the headers or title'!r} now, not "
                f"{turn.get('measure_column') or 'the headers or title'!r} as the mapping file "
                f"records: not adopted; {FIX}"
            )
    else:
        whos = {header_key(_head(block, c)) for c in turned.who_cols}
        if whos != {header_key(h) for h in turn.get("who_columns") or []} or header_key(
            _head(block, turned.figure_col)
        ) != header_key(turn.get("figure_column") or ""):
            return (
                f"{where}: the plan's who and figure columns read now "
                f"({', '.join(_head(block, c) for c in turned.who_cols)}; "
                f"{_head(block, turned.figure_col)}) are not the ones the mapping file "
                f"records: not adopted; {FIX}"
            )
    return None


def unit_changed(spec: TableMapping, table: TableReport) -> str | None:
    """A warning when the unit read now differs from the recorded one (a title now in
    £m): the figures are read in the unit this file states, and the PMO is told."""
    recorded = (spec.turned or {}).get("unit")
    now = _unit(table)
    if recorded == now:
        return None
    return (
        f"{spec.sheet}!{spec.first_column}{spec.header_row}: the unit read now ({now or 'none'}) "
        f"is not the mapping file's ({recorded or 'none'}); read as this file states it; "
        "fix: check the title's unit"
    )


__all__ = [
    "LONG_PLAN",
    "PERIODS_DOWN",
    "SHAPES",
    "as_recorded",
    "locate",
    "record_down",
    "record_long",
    "unit_changed",
    "why_unfit",
]
