"""Round 31: a budget at completion (``BAC``) alone in a long finance table.

A long earned-value or task report (``Period | Task | BAC | AC (period) | EAC``) writes each
line's whole budget, its BAC, again on every period's row. Round 30 (its last hour) made
BAC a weaker budget synonym, so a period's planned value beside it is the month's budget;
alone, BAC was still read as each period's budget, and a task of 90,000 over three months
was budgeted 270,000. A PMO analyst reads it as the task's budget: the amount once for
the line, phased over the line's months in the table as nothing else says how (evenly,
cents rounded, the remainder in the last month, as a quarter's amount is spread), so the
line's budget in the standard workbook totals its BAC and the Finance Summary's BAC is
the report's. Read only where the BAC is the same on every row of each line standing on
two rows or more, each row a different month: a BAC that changes down a line (a
rebaseline, or a month's budget under a ``BAC`` header) is read as written, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from addin.adopt.convert import Converted
from addin.adopt.grid import Grid, cell_text, is_blank

#: A line's budget at completion: ``BAC``, ``BAC (EUR)``, ``Budget at Completion``.
AT_COMPLETION = re.compile(r"^\s*(?:bac|budget\s+at\s+completion)\b", re.IGNORECASE)


def at_completion(header: str) -> bool:
    """Whether ``header`` names a budget at completion (``BAC``, ``Budget at Completion``)."""
    return AT_COMPLETION.match(" ".join(header.split())) is not None


def line_shares(
    grid: Grid,
    rows: list[int],
    bac_col: int,
    line_col: int,
    month_of: dict[int, date],
    amount_of: dict[int, float],
) -> dict[int, float] | None:
    """Each row's share of its line's BAC (module doc), or None when the BAC is not one
    amount repeated down every line of two rows or more, each a different month.
    ``month_of`` / ``amount_of``: the rows' months and BAC amounts as read."""
    lines: dict[str, list[int]] = {}
    for row in rows:
        name = cell_text(grid.value(row, line_col)).strip().casefold()
        if not name or is_blank(grid.value(row, bac_col)):
            continue
        if row not in month_of or row not in amount_of:
            return None
        lines.setdefault(name, []).append(row)
    long_lines = [r for r in lines.values() if len(r) >= 2]
    if not long_lines:
        return None
    shares: dict[int, float] = {}
    for line_rows in long_lines:
        amounts = {amount_of[r] for r in line_rows}
        months = [month_of[r] for r in line_rows]
        if len(amounts) != 1 or len(set(months)) != len(months):
            return None
        whole = amounts.pop()
        each = round(whole / len(line_rows), 2)
        ordered = sorted(line_rows, key=lambda r: month_of[r])
        for row in ordered[:-1]:
            shares[row] = each
        shares[ordered[-1]] = round(whole - each * (len(ordered) - 1), 2)
    return shares


def spread_row(
    shares: dict[int, float], read: Callable[[int], Converted]
) -> Callable[[int], Converted]:
    """A row converter giving each spread row its share, any other row as ``read`` gives."""

    def convert_row(row: int) -> Converted:
        if row in shares:
            return Converted(shares[row])
        return read(row)

    return convert_row
