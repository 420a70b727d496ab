"""Finance trackers by quarter only (round 22, issue 15).

A finance sheet whose period columns are quarters and nothing finer (``Q1 2026 | Q2 2026``,
``Q1 FY26``, ``2026 Q1``, ``Qtr 1``, ``1st Quarter``, ``T1 2026``, ``Trim. 1``) holds the
budget, actual or forecast of each quarter. The Finance register holds months, so a PMO
analyst states how a quarter becomes months, and that is a value reading the mapping file
holds (``"quarter_amounts"``) and the report states:

- ``"spread"`` (the default): a third of the quarter's amount in each of its months, as a
  quarterly budget is phased flat unless the plan says otherwise (cents rounded, the
  remainder in the quarter's last month, so the three months add up to the quarter);
- ``"last"``: the whole amount in the quarter's last month (where a quarter's actuals are
  reported);
- ``"none"``: not read; the table is listed, as before round 22.

Which months a quarter is: a quarter of a financial year (``Q1 FY26``, or a yearless
``Qtr 1`` under a title naming the financial year or the month it starts; ``Q1 2026`` is
the calendar's quarter, as a date cell's is) counts from the financial year's first month
(the title's, else the ``fiscal_year_start`` reading); ``FY26`` is named by the year it
ends in when the year starts after January, as everywhere else in adoption. A quarter
without a year takes the title's; without one it is not read (the year is never guessed).

Quarter columns AMONG month columns are subtotals of those months and stay left out, as
before: only a table with no month columns is read by quarter. A ``Q1`` column of a
questionnaire is no quarter: the table must hold amounts and name money (a finance word
or a currency in its title, sheet name or headers).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from addin.adopt.dates import month_letter_table
from addin.adopt.readings import current
from addin.adopt.synonyms import MEASURES

#: A quarter's label: ``Q1``, ``Qtr 1``, ``Quarter 1``, ``1Q``, ``1st Quarter``, ``Trim. 1``,
#: ``Trimestre 1``, ``T1`` (the last only with a year in the label), each with an optional
#: year (``2026``, ``'26``, ``FY26``, ``FY2026``) after it, or ``2026 Q1`` / ``2026-Q1``.
#: Round 34 (v36l): the quarter in the words of the offices that write it so: German
#: ``Quartal``, Dutch ``kwartaal``, Swedish, Danish and Norwegian ``kvartal`` (``K1`` /
#: ``Kv1``), the number first with its ordinal mark (``1er trimestre``, ``1º trimestre``,
#: ``1. Quartal``, ``1e kwartaal``) and Spanish and Portuguese ``1T`` (*primer trimestre*).
#: A bare letter's quarter (``T1``, ``1T``, ``K1``) needs its year in four digits.
_QUARTER_FIRST = re.compile(
    r"^\s*(?:(?P<mark>q|qtr|quarter|trim|trimestre|quartal|kwartaal|kvartal|kv|k|t)\s*\.?\s*"
    r"(?P<q>[1-4])"
    r"|(?P<q2>[1-4])\s*(?:st|nd|rd|th|er|re|e|º|°|o|a|\.)?\s*"
    r"(?P<mark2>q|qtr|quarter|trimestre|quartal|kwartaal|kvartal|t))"
    r"(?:\s*[-/ ,']*\s*(?P<fy>fy|cy)?\s*'?(?P<year>\d{4}|\d{2}))?\s*$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(
    r"^\s*(?P<fy>fy|cy)?\s*(?P<year>\d{4})\s*[-/ ]?\s*(?:q|qtr|quarter)\s*(?P<q>[1-4])\s*$",
    re.IGNORECASE,
)
#: Round 27: a financial year first, its year in two digits (``FY27 Q1``, ``FY 27-Q2``).
_FY_FIRST = re.compile(
    r"^\s*(?P<fy>fy|cy)\s*'?(?P<year>\d{2}|\d{4})\s*[-/ ]?\s*(?:q|qtr|quarter)\s*\.?\s*(?P<q>[1-4])\s*$",
    re.IGNORECASE,
)
#: Words of a title saying its periods are a financial year's.
_FISCAL = re.compile(r"\b(?:fy|f/y|financial\s+year|fiscal\s+year|fiscal)\b", re.IGNORECASE)
#: A tracker's own words that say money beside :func:`resources.says_money`'s (a cost, a
#: budget, spend, a rate, a currency sign): a quarter table of ``Forecast`` or ``Capex``.
_FINANCE_MEASURES = re.compile(
    r"\b(?:forecast|actuals?|capex|opex|funding|cash\s*flow|revenue)\b", re.IGNORECASE
)


def quarter_label(text: str) -> tuple[int, int | None, bool] | None:
    """(quarter 1-4, the year the label writes or None, whether the label says a financial
    year) of a quarter's label, else None."""
    match = _QUARTER_FIRST.match(text) or _YEAR_FIRST.match(text) or _FY_FIRST.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    quarter = int(groups.get("q") or groups.get("q2") or 0)
    raw = groups.get("year")
    if groups.get("mark", "") and groups["mark"].lower() == "t" and raw is None:
        return None  # ``T1`` alone is a tranche or a test as often as a trimestre
    if groups.get("mark", "") and groups["mark"].lower() == "t" and month_letter_table():
        return None  # round 37 (t45a): ``T2/2026`` in a Vietnamese table is *tháng* 2
    letter = (groups.get("mark") or "").lower() in ("k", "kv") or (
        (groups.get("mark2") or "").lower() == "t"
    )
    if letter and (raw is None or len(raw) != 4):
        return None  # round 34: ``K1`` / ``1T`` with no year in four digits is a code
    year = None
    if raw is not None:
        year = int(raw) + (2000 if len(raw) == 2 else 0)
        if not 1990 <= year <= 2099:
            return None
    fiscal = (groups.get("fy") or "").lower() == "fy"
    return quarter, year, fiscal


#: Round 30: a whole financial year across, as a business case's cost table and a funder's
#: multi-year budget write it: ``2026-27``, ``2026/27``, ``2026-2027`` (the year it starts
#: in, then the next), or ``FY27``, ``FY 2027``, ``FY2026/27`` (``FY`` and the year it ends
#: in, or both years). A year alone (``2026``) is no financial year: a calendar year or a
#: financial one, the label cannot tell, so it is never read so.
_FINANCIAL_YEAR = re.compile(
    r"^\s*(?:(?P<fy>fy|f/y)\s*'?)?(?P<a>\d{4}|\d{2})"
    r"(?:\s*[-/\u2013]\s*(?P<b>\d{4}|\d{2}))?\s*$",
    re.IGNORECASE,
)


def year_label(text: str) -> tuple[int, int] | None:
    """(the calendar year it starts in, 0) when a label names a financial year by its two
    years (``2026-27``), or (the year it ends in, 1) when by ``FY`` and one year (``FY27``);
    None for anything else. Round 30."""
    match = _FINANCIAL_YEAR.match(text)
    if match is None:
        return None
    raw_a, raw_b = match["a"], match["b"]
    if len(raw_a) == 2 and match["fy"] is None:
        return None  # ``26-27``, ``26/27``: a range or a fraction as often as a year
    first = int(raw_a) + (2000 if len(raw_a) == 2 else 0)
    if not 1990 <= first <= 2099:
        return None
    if raw_b is not None:
        second = int(raw_b) + (2000 if len(raw_b) == 2 else 0)
        if second != first + 1:
            return None  # ``2026-30`` is a span of years, ``2026/03`` a month
        return first, 0
    if match["fy"] is None:
        return None  # a year alone: calendar or financial, the label cannot tell
    return first, 1


#: Round 30's last hour: a half year with its year (``H1 2026``, ``H2 FY27``, ``2026 H1``,
#: ``1H 2026``, ``Half 2 2026``). A yearless ``H1`` is not read (a heading's level as often).
_HALF_FIRST = re.compile(
    r"^\s*(?:(?:h|half)\s*(?P<h>[12])|(?P<h2>[12])\s*(?:st|nd)?\s*(?:h|half))"
    r"\s*[-/ ,']*\s*(?P<fy>fy|cy)?\s*'?(?P<year>\d{4}|\d{2})\s*$",
    re.IGNORECASE,
)
_HALF_YEAR_FIRST = re.compile(
    r"^\s*(?P<fy>fy|cy)?\s*(?P<year>\d{4})\s*[-/ ]?\s*(?:h|half)\s*(?P<h>[12])\s*$",
    re.IGNORECASE,
)


def half_label(text: str) -> tuple[int, int, bool] | None:
    """(half 1 or 2, its year, whether it is a financial year's) for a half year's label
    (``H1 2026``, ``H2 FY27``), else None. Round 30's last hour."""
    match = _HALF_FIRST.match(text) or _HALF_YEAR_FIRST.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    half = int(groups.get("h") or groups.get("h2") or 0)
    raw = match["year"]
    year = int(raw) + (2000 if len(raw) == 2 else 0)
    if not 1990 <= year <= 2099 or (len(raw) == 2 and not match["fy"]):
        return None  # ``H1 26``: a year in two digits only after ``FY``
    return half, year, (match["fy"] or "").casefold() == "fy"


def half_months(text: str, titles: list[str]) -> tuple[date, ...] | None:
    """The six months (first days) of the half year a label names: the calendar's (``H1
    2026``: January to June) or, after ``FY``, the financial year's from its first month (the
    titles', else the ``fiscal_year_start`` reading; ``FY27`` ends in 2027). Round 30's last
    hour."""
    from addin.adopt.periods import fiscal_month, fiscal_start_in

    label = half_label(text)
    if label is None:
        return None
    half, year, fiscal = label
    start = (fiscal_start_in(titles) or current().fiscal_year_start) if fiscal else 1
    first_year = year - 1 if fiscal and start > 1 else year
    return tuple(fiscal_month(6 * (half - 1) + n, start, first_year) for n in range(1, 7))


def period_label(text: str) -> bool:
    """Whether a label is a quarter's, (round 30) a whole financial year's or (its last
    hour) a half year's."""
    return (
        quarter_label(text) is not None
        or year_label(text) is not None
        or half_label(text) is not None
    )


#: The marks between a period and its measure in one header (``Q1 2026 - Budget``,
#: ``Q1 2026: Actual``, ``Q1 2026 (Budget)``).
_BETWEEN = " \t-\u2013\u2014:/()[]|"


def _measure_alone(text: str, measure_in: Any) -> bool:
    """Whether ``text`` names a measure and no part of a period (no digit: the year of
    ``Q1 2026 Actual`` stays with its quarter)."""
    return bool(text) and not re.search(r"\d", text) and measure_in(text) is not None


def period_head(text: str, group: str = "") -> str | None:
    """The period label (quarter, half or financial year) a period column's header names,
    or None. Round 32's last hour: besides the header itself (``Q1 2026``), a quarter is a
    measure's group, the pair's way a month is (``Q1 2026`` merged, or typed once at the
    left of its run, over ``Budget | Actual``), or is written in one header with its measure
    before or after it (``Q1 2026 Budget``, ``Actual Q2 2026``). The other part must name a
    measure (``finance.measure_in``): ``Q1 Score`` or ``Q1 2026 Notes`` is no period's."""
    if period_label(text):
        return text
    from addin.adopt.finance import measure_in

    if group and period_label(group) and _measure_alone(text, measure_in):
        return group
    tokens = text.split()
    for k in range(1, len(tokens)):
        left = " ".join(tokens[:k]).strip(_BETWEEN)
        right = " ".join(tokens[k:]).strip(_BETWEEN)
        if left and period_label(left) and _measure_alone(right, measure_in):
            return left
        if right and period_label(right) and _measure_alone(left, measure_in):
            return right
    return None


def year_months(text: str, titles: list[str]) -> tuple[date, ...] | None:
    """The twelve months (first days) of the financial year a label names, from the first
    month the titles state, else the ``fiscal_year_start`` reading; ``FY27`` is the year
    ending in 2027 when the year starts after January (as everywhere in adoption). Round 30."""
    from addin.adopt.periods import fiscal_month, fiscal_start_in

    label = year_label(text)
    if label is None:
        return None
    year, by_end = label
    start = fiscal_start_in(titles) or current().fiscal_year_start
    first_year = year - 1 if by_end and start > 1 else year
    return tuple(fiscal_month(n, start, first_year) for n in range(1, 13))


def quarter_months(text: str, year_hint: int | None, titles: list[str]) -> tuple[date, ...] | None:
    """The three months (first days) of the quarter a label names (round 30: the twelve of
    a financial year, :func:`year_months`), or None when it names none or has no year (in
    the label or the titles)."""
    from addin.adopt.periods import fiscal_month, fiscal_start_in

    label = quarter_label(text)
    if label is None:
        return half_months(text, titles) or year_months(text, titles)
    quarter, year, fiscal_label = label
    stated = fiscal_start_in(titles)
    # a quarter written with its calendar year (``Q1 2026``) is the calendar's, whatever the
    # title says; a yearless one (``Qtr 1``) is the financial year's when the title names it
    fiscal = fiscal_label or (
        year is None and (stated is not None or any(_FISCAL.search(t) for t in titles))
    )
    start = (stated or current().fiscal_year_start) if fiscal else 1
    if year is not None and fiscal_label and start > 1:
        first_year = year - 1  # "Q1 FY26": the financial year ending in 2026
    elif year is not None:
        first_year = year
    elif year_hint is not None:
        first_year = year_hint  # the year the title states (a financial year's first)
    else:
        return None
    first = fiscal_month(3 * (quarter - 1) + 1, start, first_year)
    second = fiscal_month(3 * (quarter - 1) + 2, start, first_year)
    third = fiscal_month(3 * (quarter - 1) + 3, start, first_year)
    return first, second, third


def names_money(texts: list[str]) -> bool:
    """True when a title, sheet name or header names money (the questionnaire guard): the
    words the resource plans' reader takes for money, or a tracker's own measures."""
    from addin.adopt.languages import with_translation
    from addin.adopt.resources import says_money

    # round 34 (v36l): a title or sheet in the office's language (``Presupuesto``,
    # ``Budżet``) names money as its English words do
    return any(
        says_money(t or "") or _FINANCE_MEASURES.search(t or "") or says_money(with_translation(t))
        for t in texts
        if t
    )


def split_amount(amount: float, parts: int) -> list[float]:
    """``amount`` in ``parts`` equal shares to the cent, the remainder in the last share
    (so the shares add up to the amount)."""
    cents = round(amount * 100)
    share = int(cents / parts)
    shares = [share] * parts
    shares[-1] += cents - share * parts
    return [s / 100 for s in shares]


def reading_note(years: bool = False, halves: bool = False) -> str:
    """The report's sentence for the ``quarter_amounts`` reading in use; ``years``: said of
    financial years across (round 30), twelve months each."""
    if halves:
        return {
            "spread": "each half year's amount spread evenly over its six months (cents "
            'rounded, the remainder in the last month; set "quarter_amounts" to "last" in the '
            "mapping file's readings to put it in the half's last month)",
            "last": "each half year's amount put in the half's last month (the "
            "quarter_amounts reading)",
            "none": "half years not read (the quarter_amounts reading)",
        }[current().quarter_amounts]
    if years:
        return {
            "spread": "each financial year's amount spread evenly over its twelve months "
            '(cents rounded, the remainder in the last month; set "quarter_amounts" to '
            "\"last\" in the mapping file's readings to put it in the year's last month)",
            "last": "each financial year's amount put in the year's last month (the "
            "quarter_amounts reading)",
            "none": "financial years not read (the quarter_amounts reading)",
        }[current().quarter_amounts]
    return {
        "spread": "each quarter's amount spread evenly over its three months (cents rounded, "
        'the remainder in the last month; set "quarter_amounts" to "last" in the mapping '
        "file's readings to put it in the quarter's last month)",
        "last": "each quarter's amount put in the quarter's last month (the quarter_amounts "
        "reading)",
        "none": "quarters not read (the quarter_amounts reading)",
    }[current().quarter_amounts]


def by_quarter_reading(
    items: list[dict[str, Any]],
    raw_text: list[dict[str, str]],
    quarters: dict[date, tuple[date, ...]],
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The finance items of a tracker by quarter (with the text kept of each), each
    quarter's item (its month the one ``quarters`` keys it by) spread over its three months
    by the ``"spread"`` reading; unchanged under ``"last"`` (already read in the quarter's
    last month)."""
    if current().quarter_amounts != "spread":
        return items, raw_text
    out: list[dict[str, Any]] = []
    raws: list[dict[str, str]] = []
    for item, raw in zip(items, raw_text, strict=True):
        months = quarters.get(item.get("month"))  # type: ignore[arg-type]
        if not months:
            out.append(item)
            raws.append(raw)
            continue
        shares = {
            measure: split_amount(float(value), len(months))
            for measure in MEASURES
            if isinstance(value := item.get(measure), int | float) and not isinstance(value, bool)
        }
        for n, month in enumerate(months):
            part = dict(item)
            part["month"] = month
            for measure, values in shares.items():
                part[measure] = values[n]
            out.append(part)
            raws.append(dict(raw))
    return out, raws


def forward_quarters(
    heads: list[tuple[int, str]],
    months: list[tuple[int, date]],
    year_hint: int | None,
    titles: list[str],
) -> list[tuple[int, tuple[date, ...]]]:
    """The quarter columns of a tracker by month that are FORWARD quarters, each with its
    three months: ``heads`` its unread columns (column, label), ``months`` its month
    columns read (column, month). Round 27.

    A tracker kept for years often plans its next year coarser than its current one: a
    year of months, then ``FY27 Q1`` | ``FY27 Q2``. A PMO analyst reads such a quarter as
    the plan of its three months (the ``quarter_amounts`` reading says how), because none
    of its months is in a month column. A quarter among its months (``Q1`` after ``Jan |
    Feb | Mar``, the near-miss) totals them and stays left out, as before: a forward
    quarter is to the right of every month column and every one of its months is after
    the last of theirs. A quarter without a year is not read (the year is never guessed)."""
    if not months or current().quarter_amounts == "none":
        return []
    last_col = max(col for col, _ in months)
    last_month = max(month for _, month in months)
    out: list[tuple[int, tuple[date, ...]]] = []
    for col, text in heads:
        if col <= last_col or not period_label(text):
            continue
        three = quarter_months(text, year_hint, titles)
        if three is not None and three[0] > last_month:
            out.append((col, three))
    return out
