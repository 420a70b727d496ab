"""Month and fiscal-period labels of a finance tracker's columns, in every common form.

A month column's header can be a date cell, or text: ``Jan``, ``January``, ``Jan-26``,
``Jan 2026``, ``2026-01``, ``01/2026``, ``July Forecast``; or a fiscal period: ``P01``,
``P1``, ``Period 3``, ``M10`` (without a year: the year comes from the title block, e.g.
``FY2026/27``), ``P01 FY26``. A fiscal period is turned into a calendar month with the
financial year's first month, read from the title block (``Financial year starts: July``,
``Fiscal year start: October 2026``, ``FY runs Apr-Mar``) or, when nothing says, the
default of the value readings (April, reported).

In a two-row header the month can sit in the field label (``Jan-26`` under ``Budget``) or
in the group label (``Budget`` under ``Jan-26``): both are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise

from addin.adopt.convert import fiscal_period_parts, month_number, numeric_month
from addin.adopt.detect import HeaderCell, is_axis
from addin.adopt.weeks import week_label

_PERIOD = re.compile(r"^\s*(?:p|per|period|m|fp)\s*[-.]?\s*0?(\d{1,2})\s*$", re.IGNORECASE)
_MONTH_WORDS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_START = re.compile(
    r"\b(?:financial|fiscal|budget)?\s*(?:year|fy)\b[^.\n]{0,20}?\b(?:starts?|starting|begins?|"
    r"beginning|runs?|from)\b\s*(?:on|in|:)?\s*(?:1\s*|1st\s*)?([a-z]{3,9})",
    re.IGNORECASE,
)


#: A fiscal period and its fiscal year in one cell, as ERP reports write it: ``001.2026``
#: (SAP's period.year, three digits), ``P03.2026``, ``P3/2026`` (round 7). Two digits alone
#: (``03.2026``) are a calendar month and year, read by :func:`numeric_month`.
#: Round 32: the year FIRST, as SunSystems, Dynamics and Sage ledgers write a period
#: (``2026/003``, ``2026.003``, ``2026-P03``, ``2026 P3``): the same cell, the other way
#: round. Two digits after the year (``2026/03``) stay a calendar month and year, and
#: ``2026-001`` a record number (a year and a sequence, as registers number their items).
_PERIOD_YEAR = re.compile(
    r"^\s*(?:(?:(\d{3})|p\s*(\d{1,3}))\s*[./\- ]\s*(\d{4})"
    r"|(\d{4})\s*(?:[./]\s*(\d{3})|[./\- ]\s*p\s*(\d{1,3})))\s*$",
    re.IGNORECASE,
)


def _period_and_year(match: re.Match[str]) -> tuple[int, int]:
    """(period, year) of a :data:`_PERIOD_YEAR` match, either way round."""
    if match.group(3):
        return int(match.group(1) or match.group(2)), int(match.group(3))
    return int(match.group(5) or match.group(6)), int(match.group(4))


def period_year_value(value: object) -> tuple[int, int] | None:
    """(period 1..12, fiscal year) of a cell holding both (``001.2026`` -> (1, 2026);
    ``2026/003`` -> (3, 2026)); None for anything else, and for an ERP's special periods
    13-16 (adjustments, no month)."""
    if not isinstance(value, str):
        return None
    match = _PERIOD_YEAR.match(value)
    if not match:
        return None
    period, year = _period_and_year(match)
    return (period, year) if 1 <= period <= 12 and 1990 <= year <= 2100 else None


def _period_year_shape(value: object) -> bool:
    """True for a period-and-year cell, an ERP's special periods 13-16 included."""
    match = _PERIOD_YEAR.match(value) if isinstance(value, str) else None
    return match is not None and 1 <= _period_and_year(match)[0] <= 16


def period_number(text: str) -> int | None:
    """1..12 for a fiscal period label without a year (``P01``, ``Period 3``, ``M10``)."""
    match = _PERIOD.match(text)
    if not match:
        return None
    number = int(match.group(1))
    return number if 1 <= number <= 12 else None


#: A title saying the financial year is the calendar year ("Fiscal year = calendar year",
#: an ERP's "Fiscal Year Variant K4 (calendar year)").
_CALENDAR = re.compile(
    r"\b(?:fiscal|financial)\s+year\b[^.\n]{0,40}?\bcalendar\s+year\b", re.IGNORECASE
)


#: Periods said to be the calendar's months ("periods are calendar months", "period =
#: calendar month"): the financial year is the calendar year (round 13).
_CALENDAR_PERIODS = re.compile(
    r"\bperiods?\b[^.\n]{0,12}?(?:\b(?:are|is|as)\b|=)\s*(?:the\s+)?calendar\s+months?\b",
    re.IGNORECASE,
)
#: SAP's standard fiscal year variants, as its reports name them ("variant K4", "FYV V3"):
#: K0-K4 the calendar year (with 0-4 special periods), V3 April-March, V6 July-June, V9
#: October-September (round 13). Only after "variant" or "FYV": a bare "K4" is anything.
_SAP_VARIANT = re.compile(r"\b(?:variant|fyv)\s*:?\s*(K[0-4]|V[369])\b", re.IGNORECASE)
_SAP_STARTS = {"k": 1, "v3": 4, "v6": 7, "v9": 10}


_RANGE_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?"
    r"(\d{4}|'?\d{2})"
)
_RANGE = re.compile(
    rf"\b{_RANGE_DATE}\s*(?:-|\u2013|\u2014|to|until|through|thru)\s*{_RANGE_DATE}\b",
    re.IGNORECASE,
)


#: Round 34: THE reader of a financial year written in a title, a tab or a header (three
#: patterns read it before, in finance, here and in one_period): a word naming one
#: (``FY``, ``F.Y.``, ``F/Y``, ``financial year``, ``fiscal year``, ``fiscal``,
#: ``exercice``, ``ejercicio``, ``Geschäftsjahr``), with its year or years after it or
#: none (``FY26``, ``FY 2025-26``, ``FY2026/27``, ``F/Y '26``, ``Financial year 2026``,
#: ``Exercice 2026``, ``FY``), or a financial year named by its two calendar years alone
#: (``2025/26``, ``2026-27``: the second the year after the first, so that a month
#: ``2026-03`` or a range ``2026-30`` is none).
_FY_WORD = (
    r"(?<![^\W_])(?P<word>f\.y\.?|f/y|fy|financial\s+year|fiscal\s+year|fiscal|exercice"
    r"|ejercicio|gesch[äa]ftsjahr)(?![^\W\d_])"
)
_FY_YEARS = r"(?:\s*'?(?P<a>\d{4}|\d{2})(?:\s*[-/\u2013]\s*'?(?P<b>\d{4}|\d{2}))?(?!\d))?"
_FY_PAIR = r"(?<![\d/.-])(?P<pa>(?:19|20)\d{2})\s*[-/\u2013]\s*(?P<pb>\d{2})(?![\d/-])"
_FY = re.compile(rf"{_FY_WORD}{_FY_YEARS}|{_FY_PAIR}", re.IGNORECASE)


@dataclass(frozen=True)
class FinancialYear:
    """A financial year a text writes (:func:`financial_years`): where it stands in the
    text, the word naming it (casefolded; None when two years alone name it: ``2025/26``),
    and its first and second years as written, in four digits (None when not written:
    ``FY``, ``FY26`` has no second)."""

    span: tuple[int, int]
    word: str | None
    first: int | None
    second: int | None

    @property
    def named_year(self) -> bool:
        """Whether the mention names its year (``FY26``, ``2025/26``; not ``FY`` alone)."""
        return self.first is not None

    @property
    def from_start(self) -> bool:
        """Whether a month's name under it counts from the financial year's first month:
        two years written (``2025/26``, ``Exercice 2025/26``), or the English words (``FY``,
        ``financial year``, ``fiscal``). ``Exercice 2026``, ``Geschäftsjahr 2026``,
        ``ejercicio 2026`` name the calendar year in the countries that write them
        (France, Germany, Spain close their books in December mostly), as read before."""
        return self.second is not None or self.word not in _CALENDAR_WORDS

    def first_month_year(self, start: int) -> int | None:
        """The calendar year the financial year's first month falls in, the year starting
        in month ``start``: the first of two years written; for one year after an English
        word the year before, when the year starts after January (``FY26`` is named by the
        year it ends in); else the year written. None when no year is written."""
        if self.first is None:
            return None
        if self.second is None and start > 1 and self.from_start:
            return self.first - 1
        return self.first


#: The words of a financial year mostly the calendar year (see ``FinancialYear.from_start``).
_CALENDAR_WORDS = frozenset({"exercice", "ejercicio", "geschäftsjahr", "geschaftsjahr"})


def _four(digits: str | None) -> int | None:
    if digits is None:
        return None
    return int(digits) + (2000 if len(digits) == 2 else 0)


def financial_years(text: str) -> list[FinancialYear]:
    """Every financial year the text writes, in order (see :data:`_FY`); round 34's one
    reader, which finance's ``year_in``, the month-name columns under a title and a month's
    tab (``one_period``) call."""
    found = []
    for m in _FY.finditer(text):
        if m["word"] is not None:
            word = re.sub(r"\s+", " ", m["word"].casefold())
            found.append(FinancialYear(m.span(), word, _four(m["a"]), _four(m["b"])))
            continue
        first, second = int(m["pa"]), int(m["pb"])
        if second != (first + 1) % 100:
            continue  # ``2026-03``: a month; ``2026-30``: a range of years
        found.append(FinancialYear(m.span(), None, first, first + 1))
    return found


def names_financial_year(text: str) -> bool:
    """Whether the text writes a financial year in any form :func:`financial_years` reads
    (its year written or not): a month's name under it is that financial year's month."""
    return bool(financial_years(text))


def fiscal_range_in(texts: list[str]) -> tuple[int, int] | None:
    """(first month, its year) of a twelve-month year a title states as a range of dates
    (round 14): ``(October 1, 2025 - September 30, 2026)``, ``1 Oct 2025 to 30 Sep 2026``,
    ``Jul 2025 - Jun 2026``, as a US federal, Australian or other financial year is
    written. Only a range ending the month before it starts, a year later: ``Jan 2026 -
    Jun 2026`` (a half year) is none."""
    for text in texts:
        for match in _RANGE.finditer(text):
            first, last = month_number(match.group(1)), month_number(match.group(3))
            if first is None or last is None or not match.group(1).isalpha():
                continue
            y1, y2 = (int(g.lstrip("'")) for g in (match.group(2), match.group(4)))
            y1, y2 = (y + 2000 if y < 100 else y for y in (y1, y2))
            if last == (first - 2) % 12 + 1 and y2 == y1 + (1 if first > 1 else 0):
                return first, y1
    return None


#: A year's months as a range without years (round 29): ``1 July - 30 June``, ``(October 1 -
#: September 30)``, ``Jul-Jun``, ``April to March``, as a title says which months its
#: financial year runs; read only beside a word naming the year (:data:`_YEAR_WORD`).
_MONTH_RANGE = re.compile(
    r"(?<![\w/])(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"\s*(?:-|\u2013|\u2014|to|until|through|thru)\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,9})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?![\w/])",
    re.IGNORECASE,
)
_YEAR_WORD = re.compile(r"\b(?:financial|fiscal|budget)\s+year\b|\bFY\s*'?\d{0,4}\b", re.I)


def fiscal_months_in(texts: list[str]) -> int | None:
    """The first month of a twelve-month year a title states as a range of months without
    years, beside a word naming a financial year (round 29): ``Capital Works FY2026/27
    (financial year 1 July - 30 June)`` -> 7; ``FY2027 (October 1 - September 30)`` -> 10.
    The range must end the month before it starts (``Jan - Jun`` is a half year: none)."""
    for text in texts:
        if not _YEAR_WORD.search(text):
            continue
        for match in _MONTH_RANGE.finditer(text):
            first, last = month_number(match.group(1)), month_number(match.group(2))
            if first is None or last is None:
                continue
            if last == (first - 2) % 12 + 1:
                return first
    return None


def fiscal_start_in(texts: list[str]) -> int | None:
    """The first month of the financial year when a title says it (``Financial year
    starts: July`` -> 7; ``periods are calendar months`` or SAP's ``variant K4`` -> 1; a
    range of dates ``October 1, 2025 - September 30, 2026`` -> 10, or of months beside a
    financial year, ``FY27 (1 July - 30 June)`` -> 7), else None."""
    stated = fiscal_range_in(texts)
    if stated is not None:
        return stated[0]
    months = fiscal_months_in(texts)
    if months is not None:
        return months
    for text in texts:
        if _CALENDAR.search(text) or _CALENDAR_PERIODS.search(text) or _said_calendar(text):
            return 1
        named = _named_period_month(text)
        if named is not None:
            return named
        variant = _SAP_VARIANT.search(text)
        if variant:
            code = variant.group(1).lower()
            return _SAP_STARTS.get(code, _SAP_STARTS.get(code[0]))
        for match in _START.finditer(text):
            word = match.group(1).lower()
            for n, name in enumerate(_MONTH_WORDS, start=1):
                if name.startswith(word[:3]) and (len(word) == 3 or name.startswith(word)):
                    return n
        # round 30's last hour: ``years ending 30 June`` / ``year ended 31 March``: the
        # financial year starts the month after
        for match in _ENDING.finditer(text):
            word = (match.group(1) or match.group(2)).lower()
            for n, name in enumerate(_MONTH_WORDS, start=1):
                if name.startswith(word[:3]) and (len(word) == 3 or name.startswith(word)):
                    return n % 12 + 1
    return None


#: Round 36 (t41c): a title naming a period's month, ``P01 = July 2026``, ``Period 1 =
#: Jul``, ``P04: October``, as a council or an ERP report heads its periods across: the
#: financial year starts ``period - 1`` months before the month named.
_PERIOD_NAMED = re.compile(
    r"(?<![^\W_])(?:p|per|period|fp)\s*[-.]?\s*0?(\d{1,2})\s*(?:=|\bis\b)\s*([a-z]{3,9})\b",
    re.IGNORECASE,
)
#: Round 36 (t41c): ``calendar year`` in the title's words or their English reading
#: (``Geschäftsjahr 2026 (Kalenderjahr)``, ``Exercice 2026 (année civile)``).
_CALENDAR_YEAR = re.compile(r"\bcalendar\s+year\b", re.IGNORECASE)


#: Round 37 (ox37): the languages whose financial year is the calendar year unless a
#: statement says otherwise: the public budgets and, by default, the companies of the
#: German-, French-, Spanish-, Italian-, Dutch- and Portuguese-speaking countries keep
#: January-December (SAP's fiscal year variant K4 is their export's default). The April
#: default (``fiscal_year_start``) is the United Kingdom's, India's and Japan's year.
CALENDAR_YEAR_LANGUAGES = frozenset({"de", "fr", "es", "it", "nl", "pt"})


@cache
def _calendar_year_words() -> tuple[tuple[str, ...], ...]:
    """The folded words of the financial year's name in :data:`CALENDAR_YEAR_LANGUAGES`
    (``geschaftsjahr``, ``gjahr``, ``exercice``, ``ejercicio``, ``boekjaar``...), from the
    data file's ``fiscal year`` entries (round 36's fx36)."""
    from addin.adopt.languages import entries, umlauts_spelt, words_of

    found: set[tuple[str, ...]] = set()
    for english, by_language in entries("words"):
        if english != "fiscal year":
            continue
        for language, phrases in by_language.items():
            if language in CALENDAR_YEAR_LANGUAGES:
                for phrase in phrases:
                    found.add(tuple(words_of(phrase)))
                    found.add(tuple(words_of(umlauts_spelt(phrase))))
    return tuple(sorted(w for w in found if w))


def calendar_year_by_language(texts: Iterable[str]) -> str | None:
    """Round 37 (ox37): the financial year's word of a language whose financial year is
    the calendar year (:data:`CALENDAR_YEAR_LANGUAGES`) as written in ``texts`` (a year
    column's header, a title: SAP's ``Geschäftsjahr``, ``Exercice 2026``), else None. With
    no statement of the year's first month and the ``fiscal_year_start`` reading at its
    default, its periods 1-12 are January-December, not April-March."""
    from addin.adopt.languages import words_of
    from addin.adopt.readings import DEFAULT_FISCAL_YEAR_START, current

    if current().fiscal_year_start != DEFAULT_FISCAL_YEAR_START:
        return None  # the PMO's reading says the year's first month
    for text in texts:
        if any(fy.second is not None for fy in financial_years(text)):
            continue  # ``Exercice 2025/26``: a year over two calendar years is none
        words = words_of(text)
        for phrase in _calendar_year_words():
            n = len(phrase)
            if any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1)):
                return text
    return None


def _named_period_month(text: str) -> int | None:
    """The first month of the financial year a title gives by naming a period's month
    (:data:`_PERIOD_NAMED`), else None."""
    for match in _PERIOD_NAMED.finditer(text):
        period, month = int(match.group(1)), month_number(match.group(2))
        if 1 <= period <= 12 and month is not None and match.group(2).isalpha():
            return (month - period) % 12 + 1
    return None


def _said_calendar(text: str) -> bool:
    """True when a title names ONE financial year by its word (``Geschäftsjahr 2026``,
    ``Exercice 2026``, ``Fiscal year 2026``) and says, in its language, that it is the
    calendar year (``Kalenderjahr``, ``année civile``): periods 1-12 are January-December
    (round 36, t41c; the English ``fiscal year = calendar year`` was read so since round
    13)."""
    from addin.adopt.languages import with_translation

    if not any(fy.word is not None and fy.second is None for fy in financial_years(text)):
        return False
    return bool(_CALENDAR_YEAR.search(with_translation(text)))


#: A financial year named by its last day (round 30's last hour): ``years ending 30 June``,
#: ``year ended 31 March``, ``financial year ending June 30``.
_ENDING = re.compile(
    r"\byears?\s+end(?:ing|ed|s)\s+(?:(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+([a-z]{3,9})\b"
    r"|([a-z]{3,9})\s+\d{1,2}\b)",
    re.IGNORECASE,
)


def fiscal_month(period: int, start: int, first_year: int) -> date:
    """The calendar month of ``period`` (1-based) of the financial year whose first month
    is ``start`` of ``first_year``."""
    month = (start - 1 + period - 1) % 12 + 1
    year = first_year + (1 if month < start else 0)
    return date(year, month, 1)


def month_label(cell: HeaderCell) -> bool:
    """True when the column's header (field or group label) names a month or a period."""
    if is_axis(cell.value):
        return True
    if cell.text and week_label(cell.text) is not None:
        return True  # round 20: a calendar week's number (``Wk 15``, ``KW 15``, ``2026-W15``)
    for text in (cell.text, cell.group):
        if text and len(text) <= 24 and (month_number(text) is not None or period_number(text)):
            return True
        if text and period_year_value(text) is not None:  # round 13: ``001.2026`` across
            return True
        if text and fiscal_period_parts(text) is not None:  # round 25: ``FY27 P01`` across
            return True
    # round 33's last hour: a month in figures with its flag in its own header (``2026-04
    # A``, ``04/2026 R``), as ``Apr-26 A`` was read (k60's leftover); a month's name alone
    # with a letter (``June K``: a person's initials) is no month here
    from addin.adopt.measure_flags import glued_month

    glued = glued_month(cell.text) if cell.text and len(cell.text) <= 24 else None
    return glued is not None and numeric_month(glued) is not None


_YEAR_WORDS = frozenset({"year", "fy", "yr"})


def _period_value(value: object) -> int | None:
    """1..12 for a period cell: ``3``, ``"003"``, ``"P03"``, ``"Period 3"``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer() and 1 <= value <= 12:
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and 1 <= int(text) <= 12:
            return int(text)
        return period_number(text)
    return None


def _year_value(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer() and 1990 <= value <= 2100:
        return int(value)
    if isinstance(value, str) and value.strip().isdigit() and 1990 <= int(value.strip()) <= 2100:
        return int(value.strip())
    return None


def month_name_value(value: object) -> int | None:
    """1..12 for a cell holding a month's name alone (``April``, ``Apr``, ``Sept.``,
    ``März``): a BI tool's month beside its year (round 14)."""
    if not isinstance(value, str):
        return None
    text = value.strip().rstrip(".")
    if not text or any(ch.isdigit() or ch.isspace() for ch in text):
        return None
    return month_number(text)


def _header_words(text: str) -> set[str]:
    """The words of a header in every reading :func:`normalise_header` gives, its English
    one included (round 36, t41c: SAP's German ``Periode`` is a ``period``, as ``Monat``
    is a ``month``; before, only the header's own words were read, so a German export's
    ``Periode`` of ``003/2026`` was no month and its table was refused; fx36 found the same
    for ``Geschäftsjahr | Periode``, a ``Fiscal Year | Period`` as an English one's is)."""
    from addin.adopt.match import normalise_header

    return set(" ".join(normalise_header(text)).split())


def _fiscal_words(header: HeaderCell) -> bool:
    """True when a header says fiscal (``Fiscal Year``, ``FY``, ``Financial year``,
    ``Period``): its periods count from the financial year's first month."""
    words = _header_words(header.text)
    return bool(words & {"fiscal", "fy", "financial", "period", "per", "fp"})


def calendar_pair(
    headers: list[HeaderCell], pair: tuple[int, int], values: Iterable[object] = ()
) -> bool:
    """True when a month and year written in two columns are the calendar's (round 14): a
    ``Month`` beside a ``Year``, as a BI tool's date hierarchy exports them (``2026 |
    April``, ``2026 | 4``); a ``Period`` or a ``Fiscal Year`` counts from the financial
    year's first month, as before, and so does a month column whose ``values`` are written
    as periods (``P01``: red team of round 14)."""
    period_col, year_col = pair
    if period_col == year_col:
        return False
    by_col = {h.col: h for h in headers}
    period, year = by_col.get(period_col), by_col.get(year_col)
    if any(_written_as_period(v) for v in values):
        return False  # red team of round 14: ``P01`` says period whatever its header
    return not any(h is not None and _fiscal_words(h) for h in (period, year))


def _written_as_period(value: object) -> bool:
    """True for a cell that spells a period (``P01``, ``Per 3``, ``Period 3``), not a bare
    month number or a month's name."""
    return (
        isinstance(value, str)
        and bool(re.search(r"[^\W\d_]", value))
        and (month_name_value(value) is None and period_number(value.strip()) is not None)
    )


def _dated_elsewhere(col: int, column_values: dict[int, list[object]]) -> bool:
    """True when another column holds dates on most rows: the file's own month for each
    period (a lookup of its fiscal calendar) is read instead of the period (round 7)."""
    for other, values in column_values.items():
        filled = [v for v in values if v not in (None, "")]
        if (
            other != col
            and filled
            and sum(isinstance(v, date) for v in filled) >= 0.8 * len(filled)
        ):
            return True
    return False


def period_and_year_columns(
    headers: list[HeaderCell], column_values: dict[int, list[object]]
) -> tuple[int, int] | None:
    """(period column, year column) of a long-format table whose month is written in two
    columns (``Fiscal Year`` 2026, ``Period`` 003, as ERP reports write it), else None."""
    period_col = year_col = None
    for cell in headers:
        values = [v for v in column_values.get(cell.col, []) if v not in (None, "")]
        if len(values) < 2:
            continue
        words = _header_words(cell.text)
        if (
            words & {"period", "per", "month", "mth"}
            and all(_period_year_shape(v) for v in values)
            and any(period_year_value(v) for v in values)
            and not _dated_elsewhere(cell.col, column_values)
        ):
            return cell.col, cell.col  # ``001.2026``: period and year in one cell
        if (
            period_col is None
            and words & {"period", "per", "month", "mth"}
            and (
                all(_period_value(v) for v in values)
                or (words & {"month", "mth"} and all(month_name_value(v) for v in values))
            )
        ):
            period_col = cell.col
    if period_col is None:
        return None
    # the year on the rows that have a period: a note under the table (a BI export's
    # ``Applied filters: ...`` in the first column) is no row of it (round 14)
    rows = [i for i, v in enumerate(column_values.get(period_col, [])) if v not in (None, "")]
    for cell in headers:
        if cell.col == period_col:
            continue
        words = _header_words(cell.text)
        column = column_values.get(cell.col, [])
        values = [column[i] for i in rows if i < len(column)]
        if words & _YEAR_WORDS and len(values) == len(rows) and all(_year_value(v) for v in values):
            year_col = cell.col
            break
    if year_col is None:
        return None
    return period_col, year_col


def month_of_period(
    period: object, year: object, start: int, calendar: bool = False
) -> date | None:
    """The calendar month of fiscal ``period`` in fiscal ``year`` (the calendar year the
    financial year starts in), the year starting in month ``start``. A month's name
    (``April``) is that month, in the financial year's calendar years; with ``calendar``
    (a ``Month`` beside a ``Year``: :func:`calendar_pair`) the month and year are the
    calendar's as written (round 14)."""
    named = month_name_value(period)
    if named is not None or calendar:
        month = named if named is not None else _period_value(period)
        y = _year_value(year)
        if month is None or y is None:
            return None
        if calendar:
            return date(y, month, 1)
        return date(y + (1 if month < start else 0), month, 1)
    both = period_year_value(period)
    p, y = both if both is not None else (_period_value(period), _year_value(year))
    if p is None or y is None:
        return None
    return fiscal_month(p, start, y)


def title_year_period_column(
    headers: list[HeaderCell], column_values: dict[int, list[object]], titles: list[str]
) -> tuple[int, int, int] | None:
    """(period column, year, first month of that year) of a long-format table whose month
    is written WITHOUT its year, the year standing once in the title (round 24): a
    ``Period`` column of ``P01`` .. ``P06`` or ``M1`` .. ``M6`` under ``Programme finance
    FY2026/27 - financial year starts July``, a ``Month`` column of ``January`` ..
    ``June`` under ``Project cost tracker 2026``, as a finance export one row per cost line
    and period writes it (the month columns of a tracker ACROSS are read so since round 1).
    A period on one row only is no long table's (each period stands once per line): the
    periods then run down a tracker whose lines run across, not read here.

    The year is the title's (:func:`addin.adopt.finance.year_in`: a financial year is named
    by the year it starts in); a period counts from the financial year's first month the
    title states, else the ``fiscal_year_start`` reading; a month's name is the calendar
    year's month unless the title names a financial year. Nothing when a year column
    stands beside the period (:func:`period_and_year_columns` reads that), when any value
    is not a period or a month's name (a ``Period`` of free text, a date), or when no title
    states a year (the year is never guessed).

    Round 33: a log of ONE line down the months (``Month | Budget | Actual``, each month
    on one row, every other column a measure, a variance or notes) is such a long table
    too, when its months run in order within the year (the titles end with the sheet's
    name, so a sheet named ``2026`` or ``FY2026`` states the year when no title does)."""
    from addin.adopt.finance import year_in
    from addin.adopt.readings import current

    if period_and_year_columns(headers, column_values) is not None:
        return None
    for cell in headers:
        values = [v for v in column_values.get(cell.col, []) if v not in (None, "")]
        if len(values) < 2:
            continue
        words = _header_words(cell.text)
        if not words & {"period", "per", "month", "mth"}:
            continue
        carried = carried_down_months(column_values.get(cell.col, []))
        # round 39 (ox39): a total row's label in the month column (``Subtotal enero``,
        # ``Total``) is no period: the rows reader leaves the row out; read the others
        values = [v for v in values if not _total_label(v)] or values
        periods = all(isinstance(v, str) and period_number(v.strip()) for v in values)
        names = all(month_name_value(v) for v in values)
        distinct = {str(v).strip().casefold() for v in values}
        if not (periods or names) or len(distinct) < 2:
            continue
        one_line = len(distinct) == len(values) and not carried
        if one_line and not _measures_only(headers, column_values, cell.col):
            # each period on one row: the periods run DOWN a tracker whose lines or
            # measures run across, which this long-table reading would misread
            return None
        year = year_in(titles)
        if year is None or (one_line and len(calendar_years(titles)) > 1):
            # rt33b: a one-line log under ``Budget 2025 vs 2026`` or ``Plan 2026-2030``:
            # the titles state two years, none the log's (never guessed)
            return None
        stated = fiscal_start_in(titles) or (1 if calendar_year_by_language(titles) else None)
        if periods:
            start = stated or current().fiscal_year_start
        else:
            fiscal = stated is not None or any(
                f.from_start for t in titles for f in financial_years(t)
            )
            start = (stated or current().fiscal_year_start) if fiscal else 1
        if one_line and not _in_order(values, year, start):
            return None  # round 33: months out of order (two years, a sort): never guessed
        return cell.col, year, start
    return None


def _total_label(value: object) -> bool:
    from addin.adopt.total_rows import is_total_label

    return isinstance(value, str) and is_total_label(value)


def written_month(value: object) -> object | None:
    """The month a cell of a month column names, as a key: 1..12 for a month's name alone
    (``Enero``), (year, month) for a month with its year (``märts 2026``, ``Apr 2026``, a
    date cell on the 1st); None for anything else (a day's date, a total, text). Round 41
    (t52a): :func:`carried_down_months` reads both."""
    from datetime import datetime

    from addin.adopt.dates import month_period

    named = month_name_value(value)
    if named is not None:
        return named
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return (value.year, value.month) if value.day == 1 else None
    if isinstance(value, str) and value.strip():
        return month_period(value.strip())
    return None


def carried_down_months(column: list[object]) -> bool:
    """Round 39 (ox39): a month column written once per block, as a public budget's progress
    report writes it (``Enero`` on the first of its chapters' rows, blank below, a
    ``Subtotal enero`` row closing the block): each row's month is the name above it in its
    block. True when the column's first cell is a month's name, every other filled
    cell a month's name or a total label, the names distinct (each month one block), two
    blocks at least, and most blocks run over more than their first row (blank cells below
    the name). A column of names on every row, or a name with no rows below it, is not.
    Round 41 (t52a): a month with its year (``märts 2026`` on a month block's first row, an
    Estonian budget follow-up's) is carried down the same way (:func:`written_month`)."""
    spans: list[int] = []  # the rows each month's block spans, its name's row included
    names: set[object] = set()
    open_block = False
    for value in column:
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            if not spans:
                return False  # a row before the first month's name: it carries none
            if open_block:
                spans[-1] += 1
            continue
        month = written_month(value)
        if month is None:
            if not spans or not _total_label(value):
                return False
            open_block = False  # a total row closes the block: rows below it carry nothing
            continue
        if month in names:
            return False
        names.add(month)
        spans.append(1)
        open_block = True
    return len(spans) >= 2 and sum(n > 1 for n in spans) * 2 > len(spans)


def carried_month(column: list[object], index: int) -> object:
    """The month name a blank cell of a :func:`carried_down_months` column carries: the
    nearest filled cell above it, when that is a month's name (a total row above, none)."""
    for value in reversed(column[:index]):
        if value in (None, "") or (isinstance(value, str) and not value.strip()):
            continue
        return value if written_month(value) is not None else None
    return None


def calendar_years(texts: list[str]) -> set[int]:
    """The calendar years (1990-2099) the texts write, a financial year's name
    (``FY2025/26``, ``FY26``) left out: it names one year whatever digits it holds (rt33b)."""
    years: set[int] = set()
    for text in texts:
        rest = text
        for fy in reversed(financial_years(text)):
            if fy.word is not None and fy.named_year and fy.from_start:
                rest = rest[: fy.span[0]] + " " + rest[fy.span[1] :]
        years |= {int(y) for y in re.findall(r"(?<!\d)(199\d|20\d\d)(?!\d)", rest)}
    return years


#: Round 33: the columns a log of one line keeps beside its months, besides its measures.
_NOTE_WORDS = frozenset({"notes", "note", "comments", "comment", "remarks", "commentary"})


def _measures_only(
    headers: list[HeaderCell], column_values: dict[int, list[object]], period_col: int
) -> bool:
    """True when every filled column but the period's is a measure (``Budget``, ``Actual``,
    ``Forecast``), a variance or notes, one measure at least: a log of one line down the
    months, not a tracker with its lines across (round 33)."""
    from addin.adopt.finance import derived_figure, measure_word

    measures = 0
    for cell in headers:
        if cell.col == period_col:
            continue
        if not any(v not in (None, "") for v in column_values.get(cell.col, [])):
            continue
        text = " ".join(cell.text.split())
        if measure_word(text):
            measures += 1
        elif not (derived_figure(text) or text.casefold() in _NOTE_WORDS):
            return False
    return measures > 0


def _in_order(values: list[object], year: int, start: int) -> bool:
    """True when the months named run forward within the one year (round 33)."""
    months = [month_of_period(v, year, start) for v in values]
    return all(m is not None for m in months) and all(a < b for a, b in pairwise(months) if a and b)
