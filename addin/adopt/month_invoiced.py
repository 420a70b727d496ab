"""Round 38 (mx38): the month an amount is for, over the day its invoice is dated.

An invoice or billing log often keeps two columns a finance register's month could come
from: the invoice's date (``Data``, ``Invoice date``, ``Fecha``: a day, often in the next
month) and the month the invoice is for (``Mês ref.``, ``Reference month``, ``Service
month``, ``Billing period``, ``Periodo``). The month of the amount is the month it is for.

The synonyms already rank a date below a column headed as the month (``~date`` is a weak
synonym), but a partial reading of the named month (``Mês ref.`` read as ``month ref``:
0.73) can still score below a whole reading of the date (a Portuguese table's ``Data`` read
as its ``date``: 0.9), so which one won depended on how surely each header happened to
read. Here the rule is said once, after every other reading: in a finance table where one
column reads as the month by a date and another column, headed by the word month or period
(not a date), reads first as the month, the dated columns lose the month reading. A log
with only an invoice date keeps it as the month.

Red team of round 38 (rt38): a column named by a month word whose cells are plain numbers
(a ``Service period (months)`` of 12 and 24, a service log's ``Month`` of call-out counts)
holds no month an amount is for: beside a dated column it loses the month reading instead,
and the date keeps it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from addin.adopt.languages import words_of
from addin.adopt.match import Candidate, normalise_header
from addin.host import CellValue

#: The finance register's column this rule decides.
MONTH = "month"
#: The word a reading of the month by a date carries (``date``, ``(table language: date)``).
_DATE = "date"
#: The words a header naming the month an amount is for carries, in its English reading.
_MONTH_WORDS = frozenset({"month", "period"})
#: Below this a plain number is a count (of months, of call-outs), not a date's serial day.
_COUNT_BELOW = 1000


def _counts(values: Sequence[CellValue]) -> bool:
    """Red team of round 38 (rt38): most of the column's filled cells are plain numbers
    below a date's serial day (``12``, ``24``): counts, no month."""
    filled = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
    numbers = [
        v
        for v in filled
        if isinstance(v, int | float) and not isinstance(v, bool) and abs(v) < _COUNT_BELOW
    ]
    return bool(filled) and len(numbers) * 2 > len(filled)


def _month_candidate(found: list[Candidate]) -> Candidate | None:
    return next((c for c in found if c.column_key == MONTH), None)


def _by_date(candidate: Candidate, header: str) -> bool:
    """The month read from a day's date: the synonym or the header's reading says date."""
    if _DATE in words_of(candidate.synonym):
        return True
    return any(_DATE in v.split() for v in normalise_header(header))


def _names_month(header: str) -> bool:
    """The header names a month or period (``Mês ref.`` = ``month ref``, ``Service month``,
    ``Billing period``), in its English reading; a count of months (``Months``) does not."""
    return any(_MONTH_WORDS & set(v.split()) for v in normalise_header(header))


def month_named_over_date(
    scored: dict[int, list[Candidate]],
    headers: dict[int, str],
    values: Mapping[int, Sequence[CellValue]] | None = None,
) -> None:
    """Round 38 (mx38): of a finance table's columns read as the month, those read so by a
    date (the invoice's date) lose the reading, in place, when another column headed by a
    month or period word reads first as the month (the month the invoice is for); that
    column's month reading is then as sure as the date's was, if it was less sure. A
    column so named over counts (``values``: the module docstring) loses it instead."""
    dated: list[int] = []
    named: list[int] = []
    counted: list[int] = []
    for col, found in scored.items():
        month = _month_candidate(found)
        if month is None:
            continue
        header = headers.get(col, "")
        if _by_date(month, header):
            dated.append(col)
        elif found[0].column_key == MONTH and _names_month(header):
            if values is not None and _counts(values.get(col, ())):
                counted.append(col)
            else:
                named.append(col)
    if dated and counted:
        for col in counted:  # a count of months beside the day each row is dated
            _drop_month(scored, col)
    if not named or not dated:
        return
    # the month passes to the column naming it with the surety the date gave it (an Oracle
    # export's ``Period Name``, 0.75, over its ``Expenditure Item Date``, 0.9): the table is
    # read by month no less surely than before (``register_names.items_with_amounts`` asks)
    surety = max(_month_confidence(scored[col]) for col in dated)
    for col in named:
        first = scored[col][0]
        if first.confidence < surety:
            scored[col] = [Candidate(MONTH, surety, first.synonym), *scored[col][1:]]
    for col in dated:
        _drop_month(scored, col)


def _drop_month(scored: dict[int, list[Candidate]], col: int) -> None:
    kept = [c for c in scored[col] if c.column_key != MONTH]
    if kept:
        scored[col] = kept
    else:
        del scored[col]


def _month_confidence(found: list[Candidate]) -> float:
    month = _month_candidate(found)
    return month.confidence if month is not None else 0.0
