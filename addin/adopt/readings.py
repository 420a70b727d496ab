"""The value readings adoption uses, which a PMO can change in the mapping file.

How a word or number in a legacy register becomes a standard value is a reading, not a
fact: one PMO reads ``High`` as 5 on a 1-5 scale, another as 4. Every reading used is
saved in the mapping file (``"readings"``), stated in the report, and applied again when
the mapping is re-used, so a PMO edits one line (``"high": 4``) and re-runs::

    "readings": {
      "three_level": {"low": 1, "medium": 3, "high": 5},
      "five_level": {"very low": 1, "low": 2, "medium": 3, "high": 4, "very high": 5},
      "one_to_three": {"1": 1, "2": 3, "3": 5},
      "percent_bands": [[10, 1], [30, 2], [50, 3], [70, 4], [100, 5]],
      "date_order": "auto",
      "fiscal_year_start": 4,
      "word_scales": {"priority": {"highest": 5, ..., "lowest": 1}, ...},
      "period_dates": "end",
      "comma_names": "surname_first",
      "list_words": {"issue_status": {"done": "Resolved"}},
      "colours": {"FF0000": "Red", "FFC000": "Amber", "00B050": "Green", "7030A0": ""},
      "amount_units": {"budget (£k)": 1000},
      "decimal_marks": {"presupuesto": ","},
      "one_to_ten": {"1": 1, "2": 1, "3": 2, ..., "10": 5},
      "impact_money_bands": [[10000, 1], [50000, 2], [250000, 3], [1000000, 4], [5000000, 5]]
    }

``date_order``: ``"auto"`` decides per column from the values (a first part above 12 is
day-first) and, when the values cannot tell, reads day-first and warns; ``"dmy"`` or
``"mdy"`` is the order used when the values cannot tell (no warning). ``fiscal_year_start``
is the first month (1-12) of the financial year for fiscal periods (``P01``) when the
source's title does not say. ``word_scales`` are the word scales of tools (Jira's
``Highest`` ... ``Lowest``, Planner's ``Urgent`` ... ``Low``...); ``period_dates`` reads a
quarter or month where a day belongs (``end``, ``start`` or ``none``); ``comma_names``
reads ``Murphy, John`` as one person or two; ``list_words`` holds every word read through
an alias or a near spelling (recorded while the rows are converted) and any a PMO sets;
``date_orders`` the day/month order each column's values showed, used next month when a
column's values cannot tell; ``colours`` the fill colours of RAG cells with no text, each
read as Red, Amber, Green or not read (``""``; round 9, :mod:`addin.adopt.colours`).
Round 11: ``amount_units`` the factor each amount column's header states (``Budget (£k)``:
1000), ``decimal_marks`` the decimal mark each amount column showed (``","`` for ``12,50``),
``one_to_ten`` how a 1-10 scale lands on 1-5; round 13: ``likelihood_letters`` how a
likelihood written ``A`` ... ``E`` lands on 1-5 (A the most likely); ``percent_bands``
default to the standards' ``scales.probability.percent_bands``
(:meth:`ValueReadings.with_standards`); round 15: ``hours_per_day`` (``"auto"`` or a number)
and ``fte_days`` (``"weekdays"`` or a number), how a resource plan's hours and FTE become
days when the plan states no conversion (:mod:`addin.adopt.resources`); round 22:
``week_numbers`` (``"auto"``, ``"iso"`` or the day a project's week 1 starts,
:mod:`addin.adopt.weeks`) and ``quarter_amounts`` (``"spread"``, ``"last"`` or ``"none"``:
how a finance tracker by quarter only becomes months, :mod:`addin.adopt.quarters`); a
tool's workflow states read by their category are recorded in ``list_words``
(:mod:`addin.adopt.workflow_states`); round 31: ``impact_money_bands`` (default: the
standards' ``impact_money_bands``), how a risk's impact written as money lands on the
impact scale (:mod:`addin.adopt.money_impacts`), ``[]`` to leave it unread.

Adoption runs inside :func:`using`, so the converters read :func:`current` without the
readings being passed through every call.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from addin.errors import UsageError
from addin.standards import Standards

DEFAULT_THREE_LEVEL: dict[str, int] = {"low": 1, "medium": 3, "high": 5}
DEFAULT_FIVE_LEVEL: dict[str, int] = {
    "very low": 1,
    "low": 2,
    "medium": 3,
    "high": 4,
    "very high": 5,
}
DEFAULT_PERCENT_BANDS: tuple[tuple[float, int], ...] = (
    (10, 1),
    (30, 2),
    (50, 3),
    (70, 4),
    (100, 5),
)
DEFAULT_ONE_TO_THREE: dict[int, int] = {1: 1, 2: 3, 3: 5}
#: A 1-10 scale halved and rounded up: 1-2 -> 1, 3-4 -> 2, ... 9-10 -> 5.
DEFAULT_ONE_TO_TEN: dict[int, int] = {n: (n + 1) // 2 for n in range(1, 11)}
DEFAULT_FISCAL_YEAR_START = 4
#: Likelihood letters of the AS/NZS 4360 / ISO 31000 handbook matrix (A Almost certain ...
#: E Rare) and of MIL-STD-882 (A Frequent ... E Improbable): A is the most likely.
DEFAULT_LIKELIHOOD_LETTERS: dict[str, int] = {"a": 5, "b": 4, "c": 3, "d": 2, "e": 1}
DATE_ORDERS = ("auto", "dmy", "mdy")
#: How a period written where a day belongs (``Q3 2026``, ``Mar-26`` as a due date) is read.
PERIOD_DATES = ("end", "start", "none")
#: How ``Murphy, John`` in a person column is read: one person written surname first, or
#: two people.
COMMA_NAMES = ("surname_first", "several")
#: How a finance tracker of quarters only becomes months (round 22).
QUARTER_AMOUNTS = ("spread", "last", "none")

#: The word scales of tools, each read on the 1-5 scale when a column uses a word only
#: that scale has (``Highest``, ``Blocker``, ``Urgent``, ``Occasional``): Jira's priorities,
#: Jira's and Bugzilla's severities, Microsoft Planner's priorities, the frequency words of
#: safety risk matrices (MIL-STD-882), and the in-between steps of a register that writes
#: ``Low-Medium`` and ``Medium-High``. Other words keep the three- and five-level readings.
DEFAULT_WORD_SCALES: dict[str, dict[str, int]] = {
    "priority": {"highest": 5, "high": 4, "medium": 3, "low": 2, "lowest": 1},
    "severity": {
        "blocker": 5,
        "showstopper": 5,
        "critical": 4,
        "major": 3,
        "minor": 2,
        "trivial": 1,
    },
    "planner": {"urgent": 5, "important": 4, "medium": 3, "low": 2},
    "frequency": {"frequent": 5, "probable": 4, "occasional": 3, "remote": 2, "improbable": 1},
    "steps": {"low": 1, "low medium": 2, "medium": 3, "medium high": 4, "high": 5},
}


@dataclass
class ValueReadings:
    """Every value reading adoption applies (defaults: docs/adopt.md "Value conversions")."""

    three_level: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_THREE_LEVEL))
    five_level: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_FIVE_LEVEL))
    one_to_three: dict[int, int] = field(default_factory=lambda: dict(DEFAULT_ONE_TO_THREE))
    percent_bands: tuple[tuple[float, int], ...] = DEFAULT_PERCENT_BANDS
    date_order: str = "auto"
    fiscal_year_start: int = DEFAULT_FISCAL_YEAR_START
    word_scales: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_WORD_SCALES.items()}
    )
    period_dates: str = "end"
    comma_names: str = "surname_first"
    #: list name -> source word -> the list value it is read as: the words this adoption
    #: read through an alias or a near spelling (recorded while rows are converted), and
    #: any a PMO sets; applied before every built-in alias.
    list_words: dict[str, dict[str, str]] = field(default_factory=dict)
    #: column header -> "dmy" / "mdy": the order a column's text dates were read in when
    #: its values told (recorded), applied next month when its values cannot tell
    date_orders: dict[str, str] = field(default_factory=dict)
    #: fill colour (RGB, "FF0000") -> "Red" / "Amber" / "Green", or "" for not read: the
    #: colours of cells with no text read as a RAG (recorded; addin/adopt/colours.py)
    colours: dict[str, str] = field(default_factory=dict)
    #: column header -> the factor its amounts are multiplied by: the unit the header
    #: states (``Budget (£k)`` -> 1000; recorded), or a PMO's (1 = read the figures as
    #: written); round 11, :mod:`addin.adopt.units`
    amount_units: dict[str, float] = field(default_factory=dict)
    #: column header -> "," or ".": the decimal mark a column's amounts showed (``12,50``
    #: or ``2.5``; recorded), applied next month when its values cannot tell (``2.500``)
    decimal_marks: dict[str, str] = field(default_factory=dict)
    #: a 1-10 scale -> the 1-5 scale (halved and rounded up unless the PMO says otherwise)
    one_to_ten: dict[int, int] = field(default_factory=lambda: dict(DEFAULT_ONE_TO_TEN))
    #: a 1-4 scale -> the 1-5 scale: empty by default (no honest reading; the cells are
    #: listed) until a PMO gives one
    one_to_four: dict[int, int] = field(default_factory=dict)
    #: likelihood letters A-E -> the 1-5 scale (round 13): A the most likely by default
    likelihood_letters: dict[str, int] = field(
        default_factory=lambda: dict(DEFAULT_LIKELIHOOD_LETTERS)
    )
    #: a resource plan in hours (round 15): ``"auto"`` reads the hours of a day from the
    #: plan (its own statement, else its figures: whole half days of 8, 7.5 or 7 hours),
    #: else 8, warned; a number (7.5) is the PMO's and is used as it is
    hours_per_day: float | str = "auto"
    #: a resource plan in FTE (round 15): ``"weekdays"`` reads 1 FTE as the working days
    #: (Monday-Friday) of each month, warned; a number (18) is the days of an FTE in any
    #: month, the PMO's
    fte_days: float | str = "weekdays"
    #: week-number columns (round 22, :mod:`addin.adopt.weeks`): ``"auto"`` (calendar weeks
    #: by their short forms and a year; a project's count from week 1 when the title states
    #: its start), ``"iso"`` (every week number an ISO week of the stated year) or a date
    #: ``"2026-03-02"`` (the project's own count, week 1 starting that day)
    week_numbers: str = "auto"
    #: a finance tracker of quarters only (round 22, :mod:`addin.adopt.quarters`): each
    #: quarter's amount ``"spread"`` evenly over its three months (the default), put in its
    #: ``"last"`` month, or ``"none"`` (not read, listed)
    quarter_amounts: str = "spread"
    #: round 31: a risk's impact written as money -> the impact scale: ``(upper amount,
    #: level)`` pairs, the standards' ``impact_money_bands`` unless the mapping file gives
    #: its own; empty: money impacts are not read (listed)
    impact_money_bands: tuple[tuple[float, int], ...] = ()
    #: the keys a mapping file gave (the others keep their defaults)
    given: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def with_standards(self, standards: Standards) -> ValueReadings:
        """These readings, with the standards' percentage bands of the probability scale
        unless the mapping file gave its own (one source of truth: docs/standards.md)."""
        bands = standards.scales.probability.percent_bands
        if bands and "percent_bands" not in self.given:
            self.percent_bands = tuple((float(u), int(n)) for u, n in bands)
        money = standards.impact_money_bands.bands
        if "impact_money_bands" not in self.given:  # round 31: one source of truth
            self.impact_money_bands = tuple((float(u), int(n)) for u, n in money)
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "three_level": dict(self.three_level),
            "five_level": dict(self.five_level),
            "one_to_three": {str(k): v for k, v in self.one_to_three.items()},
            "percent_bands": [
                [int(upper) if float(upper).is_integer() else upper, level]
                for upper, level in self.percent_bands
            ],
            "date_order": self.date_order,
            "fiscal_year_start": self.fiscal_year_start,
            "word_scales": {k: dict(v) for k, v in self.word_scales.items()},
            "period_dates": self.period_dates,
            "comma_names": self.comma_names,
            "list_words": {k: dict(sorted(v.items())) for k, v in sorted(self.list_words.items())},
            "date_orders": dict(sorted(self.date_orders.items())),
            "colours": dict(sorted(self.colours.items())),
            "amount_units": dict(sorted(self.amount_units.items())),
            "decimal_marks": dict(sorted(self.decimal_marks.items())),
            "one_to_ten": {str(k): v for k, v in self.one_to_ten.items()},
            "one_to_four": {str(k): v for k, v in self.one_to_four.items()},
            "likelihood_letters": dict(self.likelihood_letters),
            "hours_per_day": self.hours_per_day,
            "fte_days": self.fte_days,
            "week_numbers": self.week_numbers,
            "quarter_amounts": self.quarter_amounts,
            "impact_money_bands": [
                [int(upper) if float(upper).is_integer() else upper, level]
                for upper, level in self.impact_money_bands
            ],
        }

    @classmethod
    def from_dict(cls, data: object, where: str = "mapping") -> ValueReadings:
        """Readings from a mapping file's ``"readings"``; a missing key keeps its default.
        Raises :class:`UsageError` naming the key and the fix when a value is wrong."""
        readings = cls()
        if data is None:
            return readings
        if not isinstance(data, dict):
            raise UsageError(f'{where}: "readings" must be an object (see docs/adopt.md)')
        readings.given = frozenset(str(k) for k in data)
        unknown = set(data) - set(readings.to_dict())
        if unknown:
            raise UsageError(
                f'{where}: "readings" has unknown key(s) {sorted(unknown)}; '
                f"use {sorted(readings.to_dict())}"
            )
        for key in ("three_level", "five_level"):
            if key in data:
                setattr(readings, key, _levels(data[key], key, where, words=True))
        if "one_to_three" in data:
            levels = _levels(data["one_to_three"], "one_to_three", where, words=False)
            readings.one_to_three = {int(k): v for k, v in levels.items()}
        if "percent_bands" in data:
            readings.percent_bands = _bands(data["percent_bands"], where)
        if "impact_money_bands" in data:  # round 31: [] leaves money impacts unread
            raw = data["impact_money_bands"]
            readings.impact_money_bands = (
                () if raw == [] else _bands(raw, where, "impact_money_bands")
            )
        if "date_order" in data:
            if data["date_order"] not in DATE_ORDERS:
                raise UsageError(
                    f'{where}: readings "date_order" is {data["date_order"]!r}; use one of '
                    f"{list(DATE_ORDERS)}"
                )
            readings.date_order = str(data["date_order"])
        if "fiscal_year_start" in data:
            start = data["fiscal_year_start"]
            if not isinstance(start, int) or isinstance(start, bool) or not 1 <= start <= 12:
                raise UsageError(
                    f'{where}: readings "fiscal_year_start" is {start!r}; use a month 1-12 '
                    "(4 = April, 7 = July, 10 = October)"
                )
            readings.fiscal_year_start = start
        if "word_scales" in data:
            raw = data["word_scales"]
            if not isinstance(raw, dict) or not raw:
                raise UsageError(
                    f'{where}: readings "word_scales" must be an object of scales such as '
                    '{"priority": {"highest": 5, "lowest": 1}}'
                )
            readings.word_scales = {
                str(name): _levels(words, f"word_scales.{name}", where, words=True)
                for name, words in raw.items()
            }
        for key, choices in (("period_dates", PERIOD_DATES), ("comma_names", COMMA_NAMES)):
            if key in data:
                if data[key] not in choices:
                    raise UsageError(
                        f'{where}: readings "{key}" is {data[key]!r}; use one of {list(choices)}'
                    )
                setattr(readings, key, str(data[key]))
        if "list_words" in data:
            readings.list_words = _list_words(data["list_words"], where)
        if "date_orders" in data:
            orders = data["date_orders"]
            if not isinstance(orders, dict) or any(
                v not in ("dmy", "mdy") for v in orders.values()
            ):
                raise UsageError(
                    f'{where}: readings "date_orders" is {orders!r}; use {{"Raised": "mdy"}}: '
                    'a column header, then "dmy" or "mdy"'
                )
            readings.date_orders = {
                " ".join(str(k).casefold().split()): v for k, v in orders.items()
            }
        if "colours" in data:
            readings.colours = _colours(data["colours"], where)
        if "amount_units" in data:
            readings.amount_units = _amount_units(data["amount_units"], where)
        if "decimal_marks" in data:
            marks = data["decimal_marks"]
            if not isinstance(marks, dict) or any(v not in (",", ".") for v in marks.values()):
                raise UsageError(
                    f'{where}: readings "decimal_marks" is {marks!r}; use {{"Budget": ","}}: '
                    'a column header, then "," (12,50) or "." (12.50)'
                )
            readings.decimal_marks = {_header_key(k): v for k, v in marks.items()}
        if "one_to_ten" in data:
            readings.one_to_ten = _one_to_n(data["one_to_ten"], where, "one_to_ten", 10)
        if "one_to_four" in data and data["one_to_four"] != {}:
            readings.one_to_four = _one_to_n(data["one_to_four"], where, "one_to_four", 4)
        if "likelihood_letters" in data:
            letters = _levels(data["likelihood_letters"], "likelihood_letters", where, words=True)
            if set(letters) != set(DEFAULT_LIKELIHOOD_LETTERS):
                raise UsageError(
                    f'{where}: readings "likelihood_letters" is {data["likelihood_letters"]!r}; '
                    'use {"a": 5, "b": 4, "c": 3, "d": 2, "e": 1}: each of the letters a-e, '
                    "then its level 1-5"
                )
            readings.likelihood_letters = letters
        for key, word, top, example in (
            ("hours_per_day", "auto", 24, "7.5"),
            ("fte_days", "weekdays", 31, "20"),
        ):
            if key in data:
                value = data[key]
                if value != word and (
                    isinstance(value, bool)
                    or not isinstance(value, int | float)
                    or not 0 < value <= top
                ):
                    raise UsageError(
                        f'{where}: readings "{key}" is {value!r}; use "{word}" or a number '
                        f"above 0 and up to {top} (e.g. {example})"
                    )
                setattr(readings, key, value)
        if "week_numbers" in data:
            readings.week_numbers = _week_numbers(data["week_numbers"], where)
        if "quarter_amounts" in data:
            if data["quarter_amounts"] not in QUARTER_AMOUNTS:
                raise UsageError(
                    f'{where}: readings "quarter_amounts" is {data["quarter_amounts"]!r}; use '
                    f"one of {list(QUARTER_AMOUNTS)} (spread: a third in each month; last: all "
                    "in the quarter's last month; none: not read)"
                )
            readings.quarter_amounts = str(data["quarter_amounts"])
        return readings

    def describe(self) -> list[str]:
        """One line per reading, for the report."""

        def levels(mapping: dict[str, int]) -> str:
            return ", ".join(f"{word.title()} = {n}" for word, n in mapping.items())

        bands = ", ".join(f"<= {upper:g}% = {level}" for upper, level in self.percent_bands[:-1])
        order = {
            "auto": "decided per column from the values; day-first when they cannot tell (warned)",
            "dmy": "day-first when the values cannot tell",
            "mdy": "month-first when the values cannot tell",
        }[self.date_order]
        periods = {
            "end": "read as the period's last day (Q3 2026 = 30 Sep 2026)",
            "start": "read as the period's first day (Q3 2026 = 1 Jul 2026)",
            "none": "kept as text for a person to set the day",
        }[self.period_dates]
        commas = {
            "surname_first": "one person, surname first ('Murphy, John' = John Murphy)",
            "several": "several people, the first the owner ('Murphy, John' = Murphy)",
        }[self.comma_names]
        scales = [f"{name} words: {levels(words)}" for name, words in self.word_scales.items()]
        words = [
            f"{name.replace('_', ' ')}: "
            + ", ".join(
                f"{word!r} = {value!r}{_state_category(name, word, value)}"
                for word, value in sorted(read.items())
            )
            for name, read in sorted(self.list_words.items())
            if read
        ]
        orders = [
            f"text dates of column {header!r}: {'day' if order == 'dmy' else 'month'}-first"
            for header, order in sorted(self.date_orders.items())
        ]
        units = [
            f"amounts of column {header!r}: "
            + ("read as written" if factor == 1 else f"x {factor:,g} (the header's unit)")
            for header, factor in sorted(self.amount_units.items())
        ]
        marks = [
            f"amounts of column {header!r}: "
            + ("decimal comma ('2.500' = 2500)" if mark == "," else "decimal point ('2.500' = 2.5)")
            for header, mark in sorted(self.decimal_marks.items())
        ]
        ten = ", ".join(f"{k} -> {v}" for k, v in self.one_to_ten.items())
        four = ", ".join(f"{k} -> {v}" for k, v in self.one_to_four.items()) or (
            "not read (no honest reading on 1-5; listed)"
        )
        fills = [
            f"fill colour {rgb} with no text: " + (f"read as {value}" if value else "not read")
            for rgb, value in sorted(self.colours.items())
        ]
        return [
            f"three-level words (L/M/H): {levels(self.three_level)}",
            f"five-level words: {levels(self.five_level)}",
            "a 1-3 scale: " + ", ".join(f"{k} -> {v}" for k, v in self.one_to_three.items()),
            f"a 1-10 scale: {ten}",
            f"a 1-4 scale: {four}",
            "likelihood letters: "
            + ", ".join(f"{k.upper()} = {v}" for k, v in self.likelihood_letters.items()),
            f"percentages: {bands}, above = {self.percent_bands[-1][1]}",
            f"text dates: {order}; a year of the Buddhist era (Thai: 2569) is read less 543 (2026)",
            f"fiscal periods: the financial year starts in month {self.fiscal_year_start} "
            "unless the title says",
            *scales,
            f"a month, quarter or half-year where a date belongs: {periods}",
            f"a person column's 'Surname, First': {commas}",
            "a resource plan in hours: "
            + (
                "a day's hours as the plan states, else as its figures show (whole half days "
                "of 8, 7.5 or 7 hours), else 8 (warned)"
                if self.hours_per_day == "auto"
                else f"a day is {self.hours_per_day:g} hours"
            ),
            "a resource plan in FTE: "
            + (
                "1 FTE is the working days (Monday-Friday) of each month, unless the plan "
                "states its own (warned)"
                if self.fte_days == "weekdays"
                else f"1 FTE is {self.fte_days:g} days in a month"
            ),
            "week-number columns: "
            + {
                "auto": "calendar weeks (ISO) by their short forms (Wk 15, KW 15) and the year "
                "stated; a count from week 1 is the project's own, read from the start the "
                "title states, else not read",
                "iso": "every week number is an ISO calendar week of the year stated",
            }.get(
                self.week_numbers,
                f"the project's own count, week 1 starting {self.week_numbers}",
            ),
            "a finance tracker of quarters only: "
            + {
                "spread": "each quarter's amount spread evenly over its three months (cents "
                "rounded, the remainder in the last month)",
                "last": "each quarter's amount in the quarter's last month",
                "none": "not read (listed)",
            }[self.quarter_amounts],
            "a risk's impact written as money: "
            + (
                ", ".join(
                    f"<= {u:,.0f} = {n}" if float(u).is_integer() else f"<= {u:,g} = {n}"
                    for u, n in self.impact_money_bands[:-1]
                )
                + f", above = {self.impact_money_bands[-1][1]} (the standards' "
                "impact_money_bands; amounts in the register's own currency, after the "
                "header's unit)"
                if self.impact_money_bands
                else "not read (no impact_money_bands in the standards; listed)"
            ),
            *words,
            *orders,
            *units,
            *marks,
            *fills,
        ]


def _week_numbers(raw: object, where: str) -> str:
    from datetime import date

    if raw in ("auto", "iso"):
        return str(raw)
    try:
        return date.fromisoformat(str(raw)).isoformat()
    except ValueError:
        raise UsageError(
            f'{where}: readings "week_numbers" is {raw!r}; use "auto", "iso" (calendar weeks) '
            'or the day the project\'s week 1 starts, e.g. "2026-03-02"'
        ) from None


def _state_category(list_name: str, word: str, value: str) -> str:
    """`` (a workflow state: in progress)`` when a status word is a tool's workflow state
    read by its category (round 22, :mod:`addin.adopt.workflow_states`), else empty: the
    report states each state's category beside its reading."""
    from addin.adopt.workflow_states import CATEGORY_VALUES, workflow_category

    if not list_name.endswith("_status"):
        return ""
    category = workflow_category(word)
    if category is None or value not in CATEGORY_VALUES[category]:
        return ""
    return f" (a workflow state: {category})"


def _levels(raw: object, key: str, where: str, *, words: bool) -> dict[str, int]:
    if not isinstance(raw, dict) or not raw:
        raise UsageError(f'{where}: readings "{key}" must be an object such as {{"high": 5}}')
    out: dict[str, int] = {}
    for name, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            raise UsageError(
                f'{where}: readings "{key}" gives {name!r} the value {value!r}; use a whole '
                "number 1-5"
            )
        if not words and str(name) not in ("1", "2", "3"):
            raise UsageError(f'{where}: readings "{key}" keys are "1", "2" and "3"')
        out[str(name).strip().lower()] = value
    return out


def _list_words(raw: object, where: str) -> dict[str, dict[str, str]]:
    fix = 'use {"issue_status": {"done": "Resolved"}}: a list name, then word -> list value'
    if not isinstance(raw, dict):
        raise UsageError(f'{where}: readings "list_words" must be an object; {fix}')
    out: dict[str, dict[str, str]] = {}
    for name, words in raw.items():
        if not isinstance(words, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in words.items()
        ):
            raise UsageError(f'{where}: readings "list_words" has {name!r}: {words!r}; {fix}')
        out[str(name)] = {" ".join(k.lower().split()): v for k, v in words.items()}
    return out


def _header_key(header: object) -> str:
    return " ".join(str(header).casefold().split())


def _amount_units(raw: object, where: str) -> dict[str, float]:
    fix = 'use {"Budget (£k)": 1000}: a column header, then the factor (1 = as written)'
    if not isinstance(raw, dict):
        raise UsageError(f'{where}: readings "amount_units" must be an object; {fix}')
    out: dict[str, float] = {}
    for header, factor in raw.items():
        if isinstance(factor, bool) or not isinstance(factor, int | float) or factor <= 0:
            raise UsageError(
                f'{where}: readings "amount_units" gives {header!r} the factor {factor!r}; {fix}'
            )
        out[_header_key(header)] = float(factor)
    return out


def _one_to_n(raw: object, where: str, key: str, top: int) -> dict[int, int]:
    fix = f'use {{"1": 1, "2": ..., "{top}": 5}}: each of 1-{top}, then its level 1-5'
    if not isinstance(raw, dict) or {str(k) for k in raw} != {str(n) for n in range(1, top + 1)}:
        raise UsageError(f'{where}: readings "{key}" is {raw!r}; {fix}')
    out: dict[int, int] = {}
    for number, level in raw.items():
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
            raise UsageError(
                f'{where}: readings "{key}" gives {number!r} the level {level!r}; {fix}'
            )
        out[int(number)] = level
    return dict(sorted(out.items()))


_RGB = frozenset("0123456789ABCDEF")


def _colours(raw: object, where: str) -> dict[str, str]:
    fix = (
        'use {"FF0000": "Red", "FFC000": "Amber", "00B050": "Green"}: a fill colour (six '
        'hex digits), then "Red", "Amber", "Green" or "" (not read)'
    )
    if not isinstance(raw, dict):
        raise UsageError(f'{where}: readings "colours" must be an object; {fix}')
    out: dict[str, str] = {}
    for rgb, value in raw.items():
        key = str(rgb).strip().lstrip("#").upper()
        if len(key) != 6 or not set(key) <= _RGB:
            raise UsageError(f'{where}: readings "colours" has the colour {rgb!r}; {fix}')
        if value not in ("Red", "Amber", "Green", ""):
            raise UsageError(f'{where}: readings "colours" reads {rgb!r} as {value!r}; {fix}')
        out[key] = str(value)
    return out


def _bands(raw: object, where: str, name: str = "percent_bands") -> tuple[tuple[float, int], ...]:
    fix = (
        "use [[10, 1], [30, 2], [50, 3], [70, 4], [100, 5]]: up to that percent, that level"
        if name == "percent_bands"
        else "use [[10000, 1], [50000, 2], [250000, 3], [1000000, 4], [5000000, 5]]: up to "
        "that amount, that level (or [] to leave money impacts unread)"
    )
    if not isinstance(raw, list) or not raw:
        raise UsageError(f'{where}: readings "{name}" must be a list; {fix}')
    bands: list[tuple[float, int]] = []
    for pair in raw:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not isinstance(pair[0], int | float)
            or not isinstance(pair[1], int)
            or not 1 <= pair[1] <= 5
        ):
            raise UsageError(f'{where}: readings "{name}" has {pair!r}; {fix}')
        bands.append((float(pair[0]), int(pair[1])))
    if [b[0] for b in bands] != sorted(b[0] for b in bands):
        raise UsageError(f'{where}: readings "{name}" must rise; {fix}')
    return tuple(bands)


_CURRENT: ContextVar[ValueReadings | None] = ContextVar("adoption_readings", default=None)
_RECORDING: ContextVar[bool] = ContextVar("adoption_recording", default=False)
_DEFAULT = ValueReadings()


@contextmanager
def recording() -> Iterator[None]:
    """Inside, the list words read through an alias are recorded in the current readings
    (the rows being converted; not the trial conversions that weigh a column's fit)."""
    token = _RECORDING.set(True)
    try:
        yield
    finally:
        _RECORDING.reset(token)


def record_date_order(header: str, order: str) -> None:
    """Remember the order a column's text dates were read in (its values told)."""
    readings = _CURRENT.get()
    if readings is not None and _RECORDING.get() and header.strip():
        readings.date_orders.setdefault(" ".join(header.casefold().split()), order)


def record_amount_unit(header: str, factor: float) -> None:
    """Remember the factor a column's amounts were scaled by (its header's unit)."""
    readings = _CURRENT.get()
    if readings is not None and _RECORDING.get() and header.strip():
        readings.amount_units.setdefault(_header_key(header), factor)


def stated_amount_unit(header: str) -> float | None:
    """The factor the readings give a column's amounts by its header, if any."""
    return current().amount_units.get(_header_key(header))


def record_decimal_mark(header: str, mark: str) -> None:
    """Remember the decimal mark a column's amounts showed (``","`` or ``"."``)."""
    readings = _CURRENT.get()
    if readings is not None and _RECORDING.get() and header.strip():
        readings.decimal_marks.setdefault(_header_key(header), mark)


def stated_decimal_mark(header: str) -> str | None:
    """The decimal mark the readings give a column by its header, if any."""
    return current().decimal_marks.get(_header_key(header))


def stated_date_order(header: str) -> str | None:
    """The order the readings give a column by its header, if any."""
    return current().date_orders.get(" ".join(header.casefold().split()))


def record_list_word(list_name: str, word: str, value: str) -> None:
    """Remember that ``word`` was read as ``value`` of ``list_name`` (saved in the mapping
    file, stated in the report), when an adoption is converting its rows."""
    readings = _CURRENT.get()
    if readings is not None and _RECORDING.get():
        readings.list_words.setdefault(list_name, {}).setdefault(word, value)


def current() -> ValueReadings:
    """The readings of the adoption running now (the defaults outside one)."""
    return _CURRENT.get() or _DEFAULT


@contextmanager
def using(readings: ValueReadings) -> Iterator[ValueReadings]:
    token = _CURRENT.set(readings)
    try:
        yield readings
    finally:
        _CURRENT.reset(token)
