"""Round 35's third wave: a long finance table's period column known by its cells.

A supplier's or a contractor's long-form cost report (one row per month and line) heads
its period column by the document that dates it, not by the word ``Month``: a payment
certificate's ``Valuation``, a contractor's ``Claim`` or ``Application``, an agency's
``Invoice`` or ``Billing run``, an accountant's ``Posting``. Header words alone left such
a table with amounts and lines but no month, and it was refused ("amounts without
months"). What says "this is the month" is in the cells: every value is a date on the
first of its month (how Excel holds a month shown ``mmm yyyy``) or on its last (a
valuation dated at the month's end), several months, and a month repeated down the rows (one row per line in each month: the long form).

:func:`month_by_cells` adds that column as the finance register's month, at content
confidence (flagged for review), only when no column is the month already, the table
has a cost line and an amount, and the header names no date of another kind (a due,
start, end, delivery or planned date: ``finance.not_spent_date``). A dated log whose
dates fall on any day, or a list of one row per month with no line repeated, is left as
it was.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT
from addin.adopt.grid import Grid
from addin.adopt.match import AMOUNT_KEYS, Candidate


def _month_start(value: object) -> date | None:
    if isinstance(value, datetime):
        if value.time() != datetime.min.time():
            return None
        value = value.date()
    if isinstance(value, date) and value.day == 1:
        return value
    if isinstance(value, date) and (value + timedelta(days=1)).day == 1:
        return value.replace(day=1)  # a valuation dated at its month's end
    return None


def month_by_cells(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> int | None:
    """Map the column of month starts (see the module) as the month; its column or None."""
    keys = {c.column_key for c in chosen.values()}
    if "month" in keys or "cost_line" not in keys or not keys & AMOUNT_KEYS:
        return None
    from addin.adopt.finance import not_spent_date  # finance reads classify, which reads this

    rows = range(block.first_data_row, block.last_data_row + 1)
    for head in block.headers:
        if head.col in chosen or not_spent_date(head.text or ""):
            continue
        values = [grid.value(r, head.col) for r in rows]
        filled = [v for v in values if v is not None and str(v).strip()]
        months = [_month_start(v) for v in filled]
        if len(filled) < 4 or any(m is None for m in months):
            continue
        distinct = set(months)
        if len(distinct) < 2 or len(distinct) == len(months):
            continue  # one month, or no month repeated: no long form
        chosen[head.col] = Candidate("month", CONTENT, "(values are month starts)")
        return head.col
    return None
