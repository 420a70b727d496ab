"""A payment application's value of work done to date (red team of round 31's first wave).

Round 31 (k51) read what a contractor values (``Gross valuation``, ``Value of work done``)
as the actual. An interim payment application, as most contracts (JCT, NEC, FIDIC) lay it
out, values the work done TO DATE: each application's gross valuation is a running total,
and the money for the period is what it adds to the last one, the table saying so by a
column of what was certified or applied for before (``Less previously certified``,
``Previous applications``). Read as each month's actual, three applications of 120,000,
250,000 and 410,000 were 780,000 spent where 410,000 was.

The running total is told by the table's own figures, not its header: a column headed
``previous`` / ``previously`` / ``prior`` (numbers, empty or nil on the line's first row,
never falling), and the actual column never falling down the line, on every row at least
the previous column's figure, the previous column holding no more than the actual the row
before (what was certified before is at most what was valued before). Three rows or more of a line, one of them past the second with
something certified before, so a period's own amounts (``This application`` beside
``Previous applications``: the previous column overtakes the period's amount) never fit.
Then each row's actual is its figure less the line's figure the row before (the first row
as written), and the column's note says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from addin.adopt.convert import Converted, parse_number
from addin.adopt.grid import Grid, cell_text

#: A header of what was valued, certified or applied for before this row's application.
PREVIOUS = re.compile(r"\b(?:previous(?:ly)?|prior)\b", re.IGNORECASE)

#: The fewest rows of a line read so.
FEWEST_ROWS = 3


def _numbers(grid: Grid, rows: Sequence[int], col: int) -> list[float] | None:
    out = []
    for row in rows:
        value = grid.value(row, col)
        if value is None or not cell_text(value).strip() or cell_text(value).strip() in "-–":
            out.append(0.0)
            continue
        number = parse_number(value)
        if number is None:
            return None
        out.append(float(number))
    return out


def _fits(totals: list[float], before: list[float]) -> bool:
    if len(totals) < FEWEST_ROWS or before[0] > 0.005:
        return False
    for n, (total, prior) in enumerate(zip(totals, before, strict=True)):
        if total + 0.005 < prior:
            return False
        if n and (total + 0.005 < totals[n - 1] or prior + 0.005 < before[n - 1]):
            return False
        if n and prior > totals[n - 1] + 0.005:
            return False
    return any(prior > 0.005 for prior in before[2:])


def period_rows(
    grid: Grid, lines: dict[str, list[int]], actual_col: int, previous_cols: Sequence[int]
) -> tuple[dict[int, int | None], int] | None:
    """Each row of the table and the row before it on its line (None for a line's first),
    and the previous column that shows the actual column's figures are running totals, when
    every line fits (module doc); None otherwise."""
    for col in previous_cols:
        out: dict[int, int | None] = {}
        for rows in lines.values():
            totals = _numbers(grid, rows, actual_col)
            before = _numbers(grid, rows, col)
            if totals is None or before is None or not _fits(totals, before):
                break
            for n, row in enumerate(rows):
                out[row] = rows[n - 1] if n else None
        else:
            if out:
                return out, col
    return None


def period_row(
    earlier: dict[int, int | None], as_written: Callable[[int], Converted]
) -> Callable[[int], Converted]:
    """A row converter giving the period's amount: the row's running total less the line's
    row before (as each is read, its unit applied); other rows as written."""

    def convert_row(row: int) -> Converted:
        read = as_written(row)
        before = earlier.get(row)
        if before is None or not isinstance(read.value, (int, float)):
            return read
        prior = as_written(before).value
        if not isinstance(prior, (int, float)):
            return read
        return Converted(round(float(read.value) - float(prior), 2))

    return convert_row
