"""Round 29: an accounting package's report of one period (MYOB, Sage, Xero, QuickBooks).

A job or cost-centre report lists accounts (the cost lines) with their ``Actual``,
``Budget`` and ``Difference`` for ONE period, and says which only in a line above the
table: ``1/03/2026 To 31/03/2026`` (MYOB's run line), ``Period: 01/04/2026 to
30/04/2026``. The table has no month column and no month headers, so before this round it
was refused ("amounts without months"). A PMO analyst reads it as that month's finance:
each line's actual (and budget) are the month's. The rule needs the period to be ONE
calendar month exactly (its first day to its last): a quarter's or a year's report
(``1/01/2026 To 31/03/2026``) is no month's, and is not adopted as one; a period of two
months in two lines, or two different periods, say none either.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from addin.adopt.convert import parse_date

#: A period of two days written ``start To end`` (``-``, ``–`` or ``to`` between), after an
#: optional label (``Period:``, ``For the period``, ``Date from``).
_PERIOD = re.compile(
    r"^\s*(?:(?:for\s+the\s+)?(?:reporting\s+)?period(?:\s+from)?|date\s+from|from)?\s*:?\s*"
    r"(?P<start>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*(?:to|-|–)\s*(?:date\s+to\s*:?\s*)?"
    r"(?P<end>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$",
    re.IGNORECASE,
)


def month_of_line(text: str) -> date | None:
    """The month (its first day) a line's period is, when the period runs from a month's
    first day to its last; else None."""
    found = _PERIOD.match(text)
    if found is None:
        return None
    for order in ("dmy", "mdy"):  # day first, else a US report's month first
        start = parse_date(found.group("start"), order)
        end = parse_date(found.group("end"), order)
        if not isinstance(start, date) or not isinstance(end, date):
            continue
        last = calendar.monthrange(start.year, start.month)[1]
        if start.day == 1 and (end.year, end.month, end.day) == (start.year, start.month, last):
            return start
    return None


def report_month(titles: list[str]) -> tuple[date, str] | None:
    """The one month the lines above a table give as its period, and the line; None when
    none does or two lines give two different months."""
    found = {(m, t.strip()) for t in titles if (m := month_of_line(t)) is not None}
    months = {m for m, _ in found}
    if len(months) != 1:
        return None
    return min(found)
