"""A measure column with one word no vocabulary knows (round 20).

A budget-execution sheet keeps its measures as ROWS: each cost line has a ``Programado``
row and an ``Ejecutado`` row (Peru), a ``預算`` row and a ``實支`` row (Taiwan), a ``Plan``
row and a ``Wykonanie`` row (Poland). Round 14 reads such a column as the measure column
when every one of its words names a measure. When one word is outside the vocabularies,
the column was not a measure column at all, and every row was read with the title's
measure (or Budget): the budget and the actual of a line were one figure overwriting the
other.

The rule a PMO analyst states: a label column whose two or three words repeat in the same
order under every cost line, all of them but one naming a measure, is the measure column,
and the one word left names the measure the others leave:

- with two measures named, the third (``Budget`` / ``Actual`` / ``Prognoza``: the
  Forecast) when its rows' months agree (a forecast runs to the last month, actuals stop
  before it: a ``Paid`` row beside Budget and Actual stops early and is no forecast);
- with one measure named, the rows' months decide: actuals stop at the last month
  reported while a budget (or forecast) runs to the end of the plan. The word whose rows
  all stop before the last month, beside a word whose rows all reach it, is the Actual;
  the other is the Budget. When the rows do not show that (both reach the last month, or
  neither), nothing is deduced and the table is read as before (the report says which
  measure it used).

The reading is said in the report (:func:`said`). A column whose words do not cycle line
by line (a ``Category`` with ``Actual`` among other words), two words or more unknown, or
one known word alone, is no measure column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from addin.adopt.synonyms import MEASURES


@dataclass(frozen=True)
class MeasureRow:
    """One data row of a candidate measure column: its word as written, and whether it has
    an amount in the table's first and in its last month."""

    row: int
    word: str
    first: bool
    last: bool


@dataclass(frozen=True)
class Deduced:
    """The unknown word of a measure column and the measure it was read as, with why."""

    word: str
    measure: str
    why: str


def cycle(words: list[str]) -> list[str] | None:
    """The words' repeating pattern (two or three distinct words, in one order, repeated
    two times or more with nothing else between), else None."""
    pattern: list[str] = []
    for word in words:
        if word in pattern:
            break
        pattern.append(word)
    if not 2 <= len(pattern) <= 3:
        return None
    whole = len(words) % len(pattern) == 0 and len(words) >= 2 * len(pattern)
    if whole and all(words[i] == pattern[i % len(pattern)] for i in range(len(words))):
        return pattern
    return _ragged(words, pattern)


def _ragged(words: list[str], pattern: list[str]) -> list[str] | None:
    """Round 41 (t52c): the pattern of a measure column whose lines do not all keep every
    measure (an Austrian BMD evaluation's ``Plan | Ist | Vorschau`` under a line still
    running, ``Plan | Ist`` under a line whose forecast is spent): every line's words
    start with the pattern's first, keep its order, two words or more, the whole pattern
    under one line at least, two lines or more. Before, one finished line broke the cycle
    and the column was no measure column: every row a budget, the last overwriting."""
    lines: list[list[str]] = []
    for word in words:
        if word == pattern[0]:
            lines.append([])
        if not lines:
            return None
        lines[-1].append(word)
    if len(lines) < 2 or not any(len(line) == len(pattern) for line in lines):
        return None
    for line in lines:
        if any(w not in pattern for w in line):
            return None
        places = [pattern.index(w) for w in line]
        if len(line) < 2 or places != sorted(set(places)):
            return None
    return pattern


def deduce(rows: list[MeasureRow], measure_of: Callable[[str], str | None]) -> Deduced | None:
    """The measure of the one word of a cycling measure column no vocabulary names (see the
    module's docstring); None when the column is no such column or nothing decides."""
    words = [r.word.strip() for r in rows if r.word.strip()]
    pattern = cycle([w.casefold() for w in words])
    if pattern is None:
        return None
    known = {w: m for w in pattern if (m := measure_of(w)) in MEASURES}
    unknown = [w for w in pattern if w not in known]
    if len(unknown) != 1 or len(set(known.values())) != len(known) or not known:
        return None
    word = unknown[0]
    if any(ch.isdigit() for ch in word):
        return None  # a code or a year, no measure
    written = next(w for w in words if w.casefold() == word)
    mine = [r for r in rows if r.word.strip().casefold() == word]
    others = [r for r in rows if r.word.strip().casefold() != word]
    if not _stops(mine) and not _reaches(mine):
        return None  # the months do not show which it is
    if len(known) == 2:
        (left,) = [m for m in MEASURES if m not in known.values()]
        # the third measure, when the rows' months agree: actuals stop early, a budget or
        # forecast runs to the last month (``Paid`` beside Budget and Actual stops early:
        # no forecast, nothing deduced)
        if (left == "actual") != _stops(mine):
            return None
        named = " and ".join(sorted(known.values()))
        return Deduced(written, left, f"the other rows name {named}: {written!r} is the {left}")
    ((_, other),) = known.items()
    if other in ("actual", "forecast") and contract_word(written) and not _stops(mine):
        # round 35 (t38a): a contractor's cash flow sets its forecast (or actual) rows
        # against the contract's payment plan (``Contract`` / ``Forecast`` under every
        # package): the contract's figures are the plan, the budget, when they run to the
        # last month (rows stopping early could be either: nothing deduced)
        return Deduced(
            written,
            "budget",
            f"the contract's figures the {other} rows are set against: the plan",
        )
    if other in ("budget", "forecast") and _stops(mine) and _reaches(others):
        return Deduced(
            written,
            "actual",
            f"its rows stop before the last month while the {other} rows run to it: "
            "actuals to date",
        )
    if other == "actual" and _stops(others) and _reaches(mine):
        return Deduced(
            written,
            "budget",
            "its rows run to the last month while the actual rows stop before it: the "
            "plan the actuals are set against",
        )
    return None


#: Round 35 (t38a): the words a contractor or supplier writes for the contract's own
#: figures in a measure column (the agreed payment plan, the tender, the original price).
CONTRACT_WORDS = frozenset(
    {
        *("contract", "contracted", "contractual", "contract value", "contract sum"),
        *("contract price", "contract plan", "per contract", "tender", "tendered"),
        *("tender price", "agreed", "original contract", "payment plan", "contract baseline"),
    }
)


def contract_word(text: str) -> bool:
    """Whether a measure cell names the contract's own figures (:data:`CONTRACT_WORDS`),
    ``Contract (CHF)`` and ``Contract:`` too; ``Contractor`` or ``Contract variations``
    name no plan."""
    words = " ".join(re.findall(r"[^\W\d_]+", text.casefold()))
    words = re.sub(r"\b(?:chf|eur|usd|gbp|excl|incl|vat|gst|value)$", "", words).strip()
    return words in CONTRACT_WORDS or text.strip().casefold() in CONTRACT_WORDS


def _stops(rows: list[MeasureRow]) -> bool:
    """True when the rows have amounts, but none in the last month (actuals to date)."""
    return any(r.first for r in rows) and not any(r.last for r in rows)


def _reaches(rows: list[MeasureRow]) -> bool:
    """True when every row has an amount in the last month (a budget or a forecast)."""
    return bool(rows) and all(r.last for r in rows)


def said(column: str, deduced: Deduced) -> str:
    """The report's note of a deduced measure word."""
    return (
        f"the measure column {column!r}: {deduced.word!r} names no measure in the "
        f"vocabularies; read as {deduced.measure.title()} ({deduced.why})"
    )
