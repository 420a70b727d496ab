"""A milestone's approval date still ahead (red team of round 31's last hour).

Round 31's last hour read ``Accepted on``, ``Signed off on``, ``Approval date`` in a
milestone plan as the milestone's actual date (a payment milestone is met when the client
accepts it), and the milestone so dated became complete. A plan also writes the date its
approval is NEEDED under the same words: a date after today has not happened, so such a
column is no actual date and is left out (the report says why). Only these approval
words: a plain ``Actual date`` is the source's own claim and is read as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid
from addin.adopt.match import Candidate

#: The words of an approval's date (``Accepted on``, ``Sign-off date``, ``Approval date``,
#: ``Date authorised``); a header saying actual, achieved or completed is not one.
_APPROVAL = re.compile(r"accept|approv|sign|authori[sz]", re.IGNORECASE)
_ACTUAL = re.compile(r"\bactual|achiev|complet|\bmet\b|\bdone\b", re.IGNORECASE)

WHY = (
    "an approval date still ahead (a date after today): the date the approval is needed, "
    "not the milestone's actual date; not imported"
)


def approval_ahead(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], today: date | None = None
) -> int | None:
    """The column of ``chosen`` read as the actual date by approval words whose dates
    include one after ``today`` (default: today), taken out of ``chosen`` (in place);
    None when there is none."""
    today = today or date.today()
    for col, cand in list(chosen.items()):
        head = block.header_at(col)
        if cand.column_key != "actual_date" or head is None:
            continue
        if not _APPROVAL.search(head.full) or _ACTUAL.search(head.full):
            continue
        for row in range(block.first_data_row, block.last_data_row + 1):
            value = grid.value(row, col)
            day = value.date() if isinstance(value, datetime) else value
            if isinstance(day, date) and day > today:
                del chosen[col]
                return col
    return None
