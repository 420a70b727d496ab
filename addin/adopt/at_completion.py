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
two rows or more, each row a different month. Round 32 (red team): a BAC revised down a
line (runs of one amount: ``90,000 | 90,000 | 100,000``) was read as each month's budget,
280,000 for a task of 100,000; it is now the line's latest BAC, spread the same way. A
different figure on every row (a month's own budget under a ``BAC`` header) is read as
written, as before.
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
        months = [month_of[r] for r in line_rows]
        if len(set(months)) != len(months):
            return None
        ordered = sorted(line_rows, key=lambda r: month_of[r])
        whole = _latest_bac([amount_of[r] for r in ordered])
        if whole is None:
            return None
        each = round(whole / len(line_rows), 2)
        for row in ordered[:-1]:
            shares[row] = each
        shares[ordered[-1]] = round(whole - each * (len(ordered) - 1), 2)
    return shares


def _latest_bac(amounts: list[float]) -> float | None:
    """A line's BAC from its rows in month order: the one amount written on every row, or
    (round 32, red team) the latest of a BAC revised down the line, which writes it in runs
    (``90,000 | 90,000 | 100,000``: fewer amounts than rows, each amount on rows side by
    side); None for a different figure on every row (a month's own, read as written) or an
    amount coming back after another (no revision)."""
    runs = [a for n, a in enumerate(amounts) if n == 0 or a != amounts[n - 1]]
    if len(runs) == len(amounts) and len(amounts) > 1:
        return None
    if len(set(runs)) != len(runs):
        return None
    return runs[-1]


def revised(grid: Grid, rows: list[int], bac_col: int, line_col: int) -> bool:
    """Whether some line's BAC changes down its rows (read at its latest, :func:`_latest_bac`)."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        value = grid.value(row, bac_col)
        if is_blank(value):
            continue
        name = cell_text(grid.value(row, line_col)).strip().casefold()
        seen.setdefault(name, set()).add(cell_text(value).strip())
    return any(len(v) > 1 for v in seen.values())


def spread_row(
    shares: dict[int, float], read: Callable[[int], Converted]
) -> Callable[[int], Converted]:
    """A row converter giving each spread row its share, any other row as ``read`` gives."""

    def convert_row(row: int) -> Converted:
        if row in shares:
            return Converted(shares[row])
        return read(row)

    return convert_row
