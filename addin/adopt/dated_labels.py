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

#: Round 37 (t45d): a label, its number, then a date with its year (``Draw 4\n01/31/2026``,
#: ``Claim 3 - 31/03/2026``): a numbered document of the period, dated.
_NUMBERED = re.compile(
    r"^\s*(?P<label>[^\W\d_][^\d]{0,19}?)\s*(?:no\.?|#)?\s*(?P<n>\d{1,3})\s*[-–:,]?\s+"
    r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s*$",
    re.IGNORECASE,
)

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


def _monthly(texts: list[str]) -> list[date] | None:
    """The dates of ``texts`` read in the one order (day-first or month-first) that makes
    every one a date, each in the calendar month after the one before; None when none does."""
    for order in ("dmy", "mdy"):
        read = [parse_date(t, order) for t in texts]
        days = [d for d in read if d is not None]
        if len(days) == len(read) and all(
            b.year * 12 + b.month == a.year * 12 + a.month + 1 for a, b in pairwise(days)
        ):
            return days
    return None


def take_numbered_months(block: TableBlock) -> None:
    """Round 37 (t45d): a run of headers each a numbered document of one month and its
    date (a construction loan's ``Draw 4 / 01/31/2026 | Draw 5 / 02/28/2026 | ..``, one draw a
    month): the same word on three columns in a row at least, the numbers rising by one,
    each date in the month after the one before. Each header takes its date as its value,
    so its column is the month the date falls in, as a month's date cell is. A word any
    vocabulary knows keeps its meaning (``Baseline 1 31/01/2026``: a snapshot, not a
    period); numbers that do not rise by one, dates not a month apart, or fewer than three
    such columns name no months."""
    from addin.adopt.unread_columns import header_unknown

    runs: list[list[tuple[int, str, int, str]]] = [[]]  # (index, label, number, date text)
    for index, cell in enumerate(block.headers):
        match = _NUMBERED.match(cell.text or "") if isinstance(cell.value, str) else None
        if match is None:
            runs.append([])
            continue
        label = " ".join(match.group("label").split()).strip(" :.#-").casefold()
        number = int(match.group("n"))
        last = runs[-1][-1] if runs[-1] else None
        if last is not None and (last[1] != label or last[2] + 1 != number):
            runs.append([])
        runs[-1].append((index, label, number, match.group("date")))
    for run in runs:
        if len(run) < FEWEST or not header_unknown(run[0][1]):
            continue
        days = _monthly([text for _, _, _, text in run])
        if days is None:
            continue
        for (index, _, _, _), day in zip(run, days, strict=True):
            block.headers[index].value = datetime(day.year, day.month, day.day)
