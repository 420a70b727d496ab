"""Round 26: a row of weeks named by their dates, whatever the word before them.

A weekly tracker writes its period columns as a label and the week's date: ``w/c
05/01/2026``, ``Semaine du 05/01/2026``, ``Wk of 2026-01-05``. The labels adoption knows
(``w/c``, ``w/e``, ``week commencing``: :func:`addin.adopt.convert.week_date`) are read as
they are; in a language or a team's shorthand the vocabularies lack (``neb/ric
05/01/2026``), the word says nothing, but the row still does: the SAME word before a date
on three columns in a row at least, the dates one week apart, is a row of weeks, each
column the week starting (or ending) on its date, as a PMO reads it. Each such header takes
its date as its value, as a two-tier header's month does, so the finance and resource
readers add each week's figures into its month as they do for ``w/c`` weeks.

Not taken (a word that says what the dates are keeps its meaning): a word any vocabulary
knows (``Baseline 05/01/2026``, ``Score 12/01/2026``: a snapshot's figure, not a period),
labels that differ (``Baseline | Forecast | Actual`` with their dates), dates that are not a
week apart (status snapshots of a month), fewer than three such columns.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from addin.adopt.convert import parse_date, week_date

if TYPE_CHECKING:
    from addin.adopt.detect import TableBlock

#: A label of letters and marks (no digits), then a date with its year.
_LABELLED = re.compile(r"^\s*(?P<label>[^\d]{1,20}?)\s*[:.]?\s+(?P<date>\d.*\d)\s*$")

#: The columns of a run: one week apart, three at least (two dates could be any two dates).
WEEK = timedelta(days=7)
FEWEST = 3


def label_and_text(text: str) -> tuple[str, str] | None:
    """(the label casefolded, the date's text) of ``neb/ric 05/01/2026``, else None."""
    match = _LABELLED.match(text or "")
    if match is None or not re.search(r"[^\W\d_]", match.group("label")):
        return None
    return match.group("label").strip(" :.").casefold(), match.group("date")


def _weekly(texts: list[str]) -> list[date] | None:
    """The dates of ``texts`` read in the one order (day-first or month-first) that makes
    every one a date and each a week after the one before; None when no order does."""
    for order in ("dmy", "mdy"):
        read = [parse_date(t, order) for t in texts]
        days = [d for d in read if d is not None]
        if len(days) == len(read) and all(b - a == WEEK for a, b in pairwise(days)):
            return days
    return None


def take_dated_labels(block: TableBlock) -> None:
    """Give each header of a run of weeks named by their dates (the module docstring) its
    date as its value; every other header is left as it is."""
    from addin.adopt.unread_columns import header_unknown

    runs: list[list[tuple[int, str, str]]] = [[]]  # (index of the header, label, date text)
    for index, cell in enumerate(block.headers):
        value = cell.value
        parts = (
            label_and_text(cell.text)
            if isinstance(value, str) and week_date(cell.text) is None
            else None
        )
        if parts is None:
            runs.append([])
            continue
        if runs[-1] and runs[-1][-1][1] != parts[0]:
            runs.append([])
        runs[-1].append((index, *parts))
    for run in runs:
        if len(run) < FEWEST or not header_unknown(run[0][1]):
            continue
        days = _weekly([text for _, _, text in run])
        if days is None:
            continue
        for (index, _, _), day in zip(run, days, strict=True):
            block.headers[index].value = datetime(day.year, day.month, day.day)
