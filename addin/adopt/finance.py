"""Finance trackers with months as columns, unpivoted into the long Finance table.

A month column is one whose header is a date or names a month (``Jan``, ``Apr-26``,
``July Forecast``, ``2024-03``). Each amount becomes one Finance row (month, cost line).
What the amount is (Budget, Actual or Forecast) comes from, in order: the column's own
header or group label ("Actual", "July Forecast", "PV"), a row label or measure column
saying "Planned" / "Actual" / "Forecast", the sheet name and title. When nothing says,
amounts are read as Budget and the report says so. Month names without a year take the
year found in the title block, else the year given by the caller, counting on one year
when the months wrap (Jul ... Dec, Jan ... Jun).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from addin.adopt import eras, measure_rows
from addin.adopt.amounts import is_no_amount
from addin.adopt.convert import (
    Converter,
    cjk_month,
    month_number,
    numeric_month,
    parse_number,
    roman_month,
    roman_periods,
    week_date,
)
from addin.adopt.currency import mixed_currencies
from addin.adopt.dates import labelled_month
from addin.adopt.detect import TableBlock
from addin.adopt.effort_units import effort_named
from addin.adopt.eras import to_common
from addin.adopt.finance_blocks import (
    DERIVED,
    UNREAD,
    BlockHeading,
    block_heading,
    carry_group_labels,
    heading_over_block,
    measure_over_lines,
    unread_heading_over_block,
)
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.periods_down import MEASURE_NAMED
from addin.adopt.quantities import earned_value_figure, earned_value_reason
from addin.adopt.readings import current
from addin.adopt.report import RowIssue
from addin.adopt.rows import ColumnPlan, RowsResult, row_kind
from addin.adopt.subtotals import RunningSums, total_reason
from addin.adopt.synonyms import MEASURES
from addin.adopt.version_labels import version_columns
from addin.adopt.weeks import week_label, week_mondays
from addin.host import CellValue

MEASURE_WORDS: dict[str, tuple[str, ...]] = {
    "actual": (
        "actual",
        "actuals",
        "spend",
        "spent",
        "ac",
        "acwp",
        "expenditure",
        "incurred",
        # round 30's last hour: a grant budget's ``Claimed`` beside its ``Planned`` is the
        # spend claimed from the funder, the actual of the month
        "claimed",
        # round 32: what a supplier invoiced, billed or had certified is the money spent on
        # it (as the finance headers read them since round 31: ``Fees invoiced``)
        *("invoiced", "billed", "certified"),
        # round 33: a contractor's valuations are the value of the work done in each
        # period, certified for payment (``Contractor valuations (CAD, this period)``)
        *("valuation", "valuations"),
        # round 35 (t38c): a grant's or public body's expenditure report says what was
        # spent of the budget as ``Expended`` (``Budgeted | Expended | Encumbered |
        # Balance``): the actual; ``Unexpended`` is another word, the balance
        *("expended", "expenditures"),
        # round 36 (t42b): a timesheet (a supplier's statement of the time worked, valued
        # at its rates: a T&M summary, Germany's ``Leistungsnachweis``) records what was
        # done and charged, the actual
        *("timesheet", "timesheets"),
        # round 37 (t45d): a construction loan's draw is the money paid out for the
        # period's work (a draw schedule's ``Draw 4 / 01/31/2026``), as a claim is; not
        # ``drawdown``, a line's name too (``Contingency drawdown``, the seventy-first batch)
        *("draw", "draws"),
    ),
    "forecast": (
        "forecast",
        "fcst",
        # round 22 (t23a): a finance sheet or column named for the forecast made again
        # (``Reforecast``, ``Re-forecast`` splits to ``forecast`` already) is the forecast
        "reforecast",
        "projected",
        "projection",
        "outlook",
        "etc",
        "estimate to complete",
        # round 38 (t46a): a supplier's cash flow of the money it expects to draw
        # (``Expected cash flow``, ``Anticipated spend``, Czech ``Předpokládaný
        # cash-flow``): the amounts still to come, a forecast
        *("expected", "anticipated"),
    ),
    "budget": (
        "budget",
        "plan",
        "planned",
        "pv",
        "bcws",
        "baseline",
        "bac",
        "approved",
        "estimate",
        "estimated",
        # round 20: public finance's budget is what was allocated or appropriated (a PSDP
        # "Allocation" row beside its "Expenditure", a ministry's "Appropriation")
        "allocation",
        "allocated",
        "appropriation",
        "appropriated",
        # round 41 (t52c): the budget spread over the months it is planned in, as an
        # Indian public body or a UK PMO writes it (``Sanctioned phasing`` over ``Apr'26 ..
        # Sep'26`` beside ``Actual booked``, ``Budget phasing``); ``sanctioned``: what the
        # authority releasing the funds approved (``Sanctioned budget``, round 26)
        *("phasing", "phased", "sanctioned"),
    ),
}


#: Earned value (round 13): the budgeted cost of the work performed (``BCWP``, ``EV``,
#: ``Earned value``), reported beside the planned value (``BCWS`` / ``PV``: the budget) and
#: the actual cost (``ACWP`` / ``AC``: the actual). The standard Finance register has no
#: column for it, so its rows and columns are listed, never read as budget or actual.
EARNED = "earned"
_EARNED_WORDS = frozenset({"bcwp", "ev", "earned", "value", "cum", "cumulative", "to", "date"})
_EARNED_NAMES = frozenset({"bcwp", "ev", "earned"})

#: Words saying a figure is a running total (round 13): ``Cumulative``, ``Cum.``, ``to date``
#: (``Cumulative to date``, ``Actual to date``), ``YTD``, ``ITD`` / ``PTD`` / ``LTD`` (inception,
#: project, life to date; ``Ltd`` after a name is a company, so only in capitals), ``Running
#: total``.
_CUMULATIVE = re.compile(
    r"\b(?:cumulative|cumulated|accumulated|cum|cumul|ytd|year[\s-]+to[\s-]+date"
    r"|(?<!\bup\s)(?<!\bup-)to[\s-]+date"
    r"|running\s+total)\b|\b(?-i:ITD|PTD|LTD|CTD)\b",
    re.IGNORECASE,
)


#: Where a field name joins two words: an underscore, a lower-case letter before a capital.
_WORD_JOINS = re.compile(r"_|(?<=[a-z])(?=[A-Z])")


#: ``to date`` alone (``Actual costs to date``): in a title, as often "so far" as "running
#: totals" (not ``year-to-date``, which is a running total).
_TO_DATE = re.compile(r"(?<!year[\s-])\bto[\s-]+date\b", re.IGNORECASE)


#: Words saying figures are for the month alone: a title holding them says nothing of
#: running totals for every column ("in month and cumulative").
_IN_MONTH = re.compile(
    r"\b(?:in[\s-]+month|in[\s-]+period|current\s+(?:month|period)|period\s+only|"
    r"month\s+only|non[\s-]*cumulative)\b",
    re.IGNORECASE,
)


def title_lines(block: TableBlock, grid: Grid) -> list[str]:
    """The texts above the table that stand alone on their row: its titles, not the label /
    value cells of a summary block (``Program Spend YTD | 12,500``) nor another table's
    header."""
    return [t for r, _, t in block.preamble if len(grid.nonblank_cols(r)) == 1 and t.strip()]


def _cumulative_by_title(
    block: TableBlock, grid: Grid, months: list[MonthColumn]
) -> tuple[list[MonthColumn], str]:
    """Every month column marked as a running total when the table's title says its figures
    are (``Cumulative spend by month``) and no column says which are which (round 13)."""
    titles = title_lines(block, grid)
    if any(m.cumulative for m in months) or not any(cumulative_in(t) for t in titles):
        return months, ""
    if any(_IN_MONTH.search(t) for t in titles):
        return months, ""
    said = next(t for t in titles if cumulative_in(t))
    falls = "" if cumulative_in(_TO_DATE.sub(" ", said)) else _falling(block, grid, months)
    if falls:
        # a title whose only such words are "to date" (``Actual costs to date``: the costs so
        # far) does not outweigh figures that go down (a running total falls only on a
        # credit): they are in-month; ``Cumulative``, ``YTD``, ``running total`` are kept
        return months, (
            f"the title {said!r} may say running totals, but {falls}: the figures are read "
            "as in-month amounts, as written"
        )
    return [replace(m, cumulative=True) for m in months], (
        f"the title {said!r} says the figures are running totals"
    )


def _group_months_that_fall(
    block: TableBlock, grid: Grid, months: list[MonthColumn]
) -> tuple[list[MonthColumn], str]:
    """The months under a group label saying running totals (``Year to date`` over ``Jan |
    Feb | Mar``) read as in-month amounts when their figures go down. Red team of round 31:
    a report's ``Year to date`` block beside its ``Forecast`` block names the months of the
    year so far, each its own amount; read as running totals, every fall became a negative
    month. The month's own label saying so (``Cum. Jan``) is kept; a title is
    :func:`_cumulative_by_title`'s."""
    grouped = []
    for m in months:
        head = block.header_at(m.col)
        if (
            m.cumulative
            and head is not None
            and head.group
            and cumulative_in(head.group)
            and not cumulative_in(head.text)
        ):
            grouped.append(m)
    if not grouped:
        return months, ""
    falls = _falling(block, grid, grouped)
    if not falls:
        return months, ""
    cols = {m.col for m in grouped}
    group = next(h.group for m in grouped if (h := block.header_at(m.col)) is not None)
    return [replace(m, cumulative=False) if m.col in cols else m for m in months], (
        f"the group label {group!r} may say running totals, but {falls}: the figures are "
        "read as in-month amounts, as written"
    )


def _falling(block: TableBlock, grid: Grid, months: list[MonthColumn]) -> str:
    """The first row whose figures go down from one month to the next (of one measure),
    said as ``row 4 falls from 120.00 (Feb 2026) to 90.00 (Mar 2026)``; empty when none."""
    by_measure: dict[str | None, list[MonthColumn]] = {}
    for m in sorted(months, key=lambda m: m.month):
        by_measure.setdefault(m.measure, []).append(m)
    for row in range(block.first_data_row, block.last_data_row + 1):
        for run in by_measure.values():
            before: tuple[float, MonthColumn] | None = None
            for m in run:
                amount = _amount(grid.value(row, m.col), m)
                if amount is None:
                    continue
                if before is not None and amount < before[0] - 0.01:
                    return (
                        f"row {row} falls from {before[0]:,.2f} ({before[1].month:%b %Y}) "
                        f"to {amount:,.2f} ({m.month:%b %Y})"
                    )
                before = (amount, m)
    return ""


#: A running-total word denied (round 30, its last hour): ``Period values (not
#: cumulative)``, ``non-cumulative``, ``No YTD``: the figures are the period's own.
_NOT_CUMULATIVE = re.compile(
    r"\b(?:not|non|no)[\s-]*(?:cumulative|cumulated|accumulated|cum|cumul|ytd"
    r"|running\s+totals?)\b",
    re.IGNORECASE,
)


def cumulative_in(text: str) -> bool:
    """True when a label says its figures are running totals (``Cumulative to date``,
    ``Cum. Actual``, ``YTD``, ``Actual to date``), in English or read through
    ``languages.toml`` (``Kumuliert``, ``Acumulado``). Round 30's last hour: a running-total
    word denied (``not cumulative``, ``non-cumulative``) says the opposite and is dropped
    first."""
    if not text:
        return False
    text = _NOT_CUMULATIVE.sub(" ", text)
    if _CUMULATIVE.search(text) or _CUMULATIVE.search(_WORD_JOINS.sub(" ", text)):
        # round 31's last hour: a tool's field name joins its words (``Spent_to_date``,
        # ``CertifiedToDate``): read with the words apart
        return True
    from addin.adopt.languages import translate

    english = translate(text)
    return bool(english and _CUMULATIVE.search(english))


def measure_translated(text: str) -> str | None:
    """The measure a month column's label names in another language (``Ist``, ``Réel``,
    ``Presupuesto``), read through ``languages.toml`` (round 13); None when it names none."""
    if not text:
        return None
    from addin.adopt.languages import fold, translate

    english = translate(text)
    found = measure_in(english) if english else None
    if found is None and not text.isascii():
        # round 35's second wave: an English measure word with its language's accent (Czech
        # and Slovak ``Plán``, the plan of ``Plán | Skutečnost`` under each month) is read
        # as the word is: ``measure_in`` reads a-z only, and the vocabularies leave a
        # word that folds to English (``Plan``) to English
        found = measure_in(fold(text))
    return found or _finance_measure(text)


def _finance_measure(text: str) -> str | None:
    """Round 32: ``actual`` for a Nordic budget follow-up's word for it (``Utfall``,
    :func:`addin.adopt.match.nordic_actual`), read where a finance measure is expected."""
    from addin.adopt.match import nordic_actual

    return "actual" if nordic_actual(text) else None


#: Round 32: a label over a year's months naming the year only: a financial or calendar
#: year (``FY2026/27``, ``FY 26-27``, ``2026/27``, ``FY27``, ``Financial year 2026``) or a
#: project year (``Year 1``, ``Yr 2``).
_YEAR_GROUP = re.compile(
    r"^\s*(?:(?:fy|f/y|financial\s+year|fiscal\s+year|budget\s+year|year|yr)\s*'?\d{1,4}"
    r"(?:\s*[/-]\s*'?\d{2,4})?|(?:19|20)\d\d\s*[/-]\s*\d{2,4})\s*$",
    re.IGNORECASE,
)


def year_label_only(text: str) -> int | None:
    """Round 32's last hour: the (first) year a label naming a year and nothing else states
    (``2026``, ``FY2026/27``, ``2026/27``, ``Financial year 2026``), else None (``Year 2``
    names no calendar year; ``Budget 2026`` names more than a year)."""
    if re.fullmatch(r"\s*(?:19|20)\d\d\s*", text) is None and not _YEAR_GROUP.match(text):
        return None
    return year_in([text])


#: The first year such a label names when it names two (``2026/27``, ``FY2026-27``).
#: Round 38 (t47b): a group label that is a calendar year alone (``2026`` over ``syyskuu
#: | lokakuu``): the year of every month under it (:func:`detect.merged_year`).
_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0)?\s*$")
_YEAR_GROUP_START = re.compile(r"\b(?:fy\s*)?((?:19|20)\d\d)\s*[/-]\s*\d{2,4}\b", re.IGNORECASE)


#: A group or label naming the year before (red team of round 31): ``Last year`` over
#: ``Jan | Feb | Mar`` beside ``This year`` over the same months.
_PRIOR_YEAR = re.compile(
    r"\b(?:last|prior|previous)\s+(?:financial\s+|fiscal\s+)?year\b", re.IGNORECASE
)
#: A year written in a month's own label (``Jan 2025``, ``Jan-25``): that month's year.
_YEAR_IN_LABEL = re.compile(r"\d{2}")


def _without_period_totals(
    out: list[MonthColumn], block: TableBlock
) -> tuple[list[MonthColumn], list[str]]:
    """The period columns without those totalling shorter ones beside them, and the labels
    left out. Red team of round 31: a half year (``H1 2026``) or a financial year between
    or after the quarters it totals (``Q1 2026 | Q2 2026 | H1 2026``) was spread over its
    months too, every month counted twice. A column is such a total when every one of its
    months is in a shorter period column of the same measure; half years alone, or a year
    ahead of the quarters (round 27's forward quarters), are read as before."""
    kept: list[MonthColumn] = []
    totals: list[str] = []
    for column in out:
        months = set(column.quarter or ())
        shorter: set[date] = set()
        for other in out:
            if (
                other is not column
                and other.measure == column.measure
                and len(other.quarter or ()) < len(months)
            ):
                shorter |= set(other.quarter or ())
        if months and months <= shorter:
            head = block.header_at(column.col)
            totals.append(head.text if head is not None else str(column.col))
            continue
        kept.append(column)
    return kept, totals


#: ``spend`` / ``expenditure`` qualified by a plan or forecast word beside it (``Spend
#: Plan``, ``planned expenditure``, ``Forecast spend``, ``spend forecast``): the money noun
#: of a budget or forecast, not actual spend (round 14). Dropped before the measure is read.
_SPEND_NOUNS = frozenset({"spend", "spending", "expenditure", "expenditures", "outlay", "outlays"})
#: before the noun (``planned spend``) and after it (``spend plan``, ``spend budget``);
#: ``budget spend`` says nothing (spend against the budget, or the budget)
#: round 30 (its last hour): a ``spend profile`` / ``expenditure profile`` / ``profiled
#: spend`` / ``phased expenditure`` is the money planned month by month (a UK business
#: case's or grant's phasing), not spend incurred
_SPEND_BEFORE = frozenset(
    {"plan", "planned", "forecast", "projected", "budgeted", "estimated", "profiled", "phased"}
)
_SPEND_AFTER = frozenset(
    {
        "plan",
        "plans",
        "forecast",
        "projection",
        "budget",
        "estimate",
        "outlook",
        "profile",
        "profiles",
        "phasing",
    }
)


def _unqualified(words: list[str]) -> list[str]:
    """The words without a spend noun a plan or forecast word stands beside, nor a word
    naming the basis figures are stated on (``valuation basis``, ``cost basis``, ``accruals
    basis``: a cash flow *forecast* on a valuation basis is a forecast, round 33)."""
    return [
        w
        for i, w in enumerate(words)
        if not (i + 1 < len(words) and words[i + 1] == "basis")
        and (
            w not in _SPEND_NOUNS
            or not (
                (i > 0 and words[i - 1] in _SPEND_BEFORE)
                or (i + 1 < len(words) and words[i + 1] in _SPEND_AFTER)
            )
        )
    ]


#: A figure worked out from two measures (round 15): a budget-vs-actual report's variance
#: columns (QuickBooks' ``over Budget`` and ``% of Budget``, Xero's and Sage's ``Variance``
#: and ``Var %``, NetSuite's ``% of Budget``, ``Under/(Over) Budget``, ``Budget
#: remaining``, ``Actual vs Budget``, ``Fav/(Unfav)``). It names a measure but is none: read
#: as one, ``over Budget`` was added to the month's budget.
_DERIVED = re.compile(
    r"\b(?:over|under)\s*(?:[/-]\s*\(?\s*(?:over|under)\s*\)?\s*)?(?:the\s+)?budget\b"
    r"|\(\s*(?:over|under)\s*\)\s*[/-]?\s*(?:over|under)\b"
    r"|%\s*(?:of|vs\.?)\s*(?:the\s+)?(?:budget|actual|actuals|forecast|plan|total)\b"
    r"|\b(?:percent|pct)\s+of\s+(?:budget|actual|forecast|plan)\b"
    r"|\b(?:variance|variances|var|diff|difference|delta|fav|unfav|favourable|unfavourable|"
    r"favorable|unfavorable)\b"
    r"|\b(?:budget|plan)\s+(?:remaining|balance|left|available)\b"
    r"|\b(?:remaining|available)\s+(?:budget|plan)\b"
    r"|\b(?:vs\.?|versus)\s"
    # round 32: the variance as budget follow-ups in other languages head it (Swedish
    # ``Avvikelse``, Norwegian ``Avvik``, Danish ``Afvigelse``, German ``Abweichung``, Dutch
    # ``Afwijking``, French ``Écart``, Spanish ``Desviación``, Italian ``Scostamento``,
    # Finnish ``Poikkeama``, Polish ``Odchylenie``): read beside a Budget and its actual,
    # it was one more block of cost lines (``Isbana Avvikelse``); round 37 (t45d): and
    # German's short form ``Abw.`` (``Abw. Soll/Ist``), as ``Var`` is English's
    r"|\b(?:avvikelser?|avvik|afvigelser?|abweichung(?:en)?|abw|afwijking(?:en)?|écarts?|"
    r"desviaci(?:ón|on|ones)|scostament[oi]|poikkeama|odchyleni[ea])\b",
    re.IGNORECASE,
)


#: A title or sheet name saying its figures are variances (red team of round 15): a
#: ``Budget variance report`` over months that name no measure holds budget minus actual,
#: which was read as the budget. Narrower than :data:`_DERIVED`: ``vs`` titles a report
#: whose rows say the measures, ``Delta`` and ``Diff`` name projects too.
_VARIANCE_TITLE = re.compile(
    r"\bvariances?\b|\b(?:fav|unfav|favourable|unfavourable|favorable|unfavorable)\b"
    r"|\b(?:over|under)\s*(?:[/-]\s*\(?\s*(?:over|under)\s*\)?\s*)?(?:the\s+)?budget\b"
    r"|\(\s*(?:over|under)\s*\)\s*[/-]?\s*(?:over|under)\b",
    re.IGNORECASE,
)


#: A row under the lines naming a figure worked out from them (red team of round 15): a
#: ``Variance`` or ``Budget remaining`` row read as one more line added to the budget.
_DERIVED_LINE = re.compile(
    rf"{_VARIANCE_TITLE.pattern}"
    r"|\b(?:budget|plan)\s+(?:remaining|balance|left|available)\b"
    r"|\b(?:remaining|available)\s+(?:budget|plan)\b",
    re.IGNORECASE,
)


def derived_figure(text: str) -> bool:
    """True when a label names a figure worked out from two measures (a variance, a
    percentage of budget, budget remaining), not a measure (round 15); or, naming no
    measure, an earned-value figure (``CPI``, ``SPI``, ``EAC``: round 30)."""
    if not text:
        return False
    if _DERIVED.search(text):
        return True
    return earned_value_figure(text) and measure_word(text) is None


#: A figure a measure column lists beside Budget and Actual that is no measure of the
#: standard (red team of round 20): a contingency or reserve, commitments (orders raised,
#: not yet spent), accruals, obligations. Round 20's deduction read such a word, whose rows
#: run to the last month, as the Forecast: a line's contingency became its forecast.
_OTHER_FIGURE = re.compile(
    r"\b(?:contingency|contingencies|reserves?|risk\s+allowance|committed|commitments?|"
    r"accrued|accruals?|encumbrances?|obligations?|"
    # round 36 (fx36): SAP's commitment (``Obligo``) beside its ``Plan`` and ``Ist``
    r"obligo|"
    # round 34: an ERP's open orders beside its measures (Epicor's ``Commitment``, SAP's
    # ``Open PO``, Oracle's ``Open orders``, ``On order``): placed, not spent
    r"open\s+(?:pos?|p\.o\.|orders?|purchase\s+orders?)|purchase\s+orders?|on\s+order)\b",
    re.IGNORECASE,
)


def other_figure(text: str) -> bool:
    """True when a measure column's word names a figure that is no measure (a contingency,
    commitments: :data:`_OTHER_FIGURE`) and no measure word (``Contingency budget`` is a
    budget); such rows are listed, not read. Round 32: or effort (:func:`effort_figure`)."""
    if not text:
        return False
    return effort_figure(text) or (bool(_OTHER_FIGURE.search(text)) and measure_word(text) is None)


def effort_figure(text: str) -> bool:
    """Round 32: True when a measure column's word names effort, not money (``Days
    planned``, ``Actual days``, ``Hours used``, ``FTE forecast``): a consultancy's fee and
    day tracker keeps a line's days under its fees, measure by measure, and its days are no
    amount (before, read as the line's budget and added to its fees). The one rule is
    :func:`addin.adopt.effort_units.effort_named` (round 42: in the header's English too)."""
    return effort_named(text)


#: Round 21: a measure's abbreviation written alone as a marker over a month (a planning
#: tool's ``ACT`` / ``FCST`` / ``BUD`` row, Prophix, Anaplan, Adaptive): ``Act`` is a word
#: (a law's name) in a title, so it reads as Actual only standing alone. Red team of round
#: 21: and only as a marker OVER A MONTH (:func:`measure_mark`); ``ACT`` is also the
#: Australian Capital Territory as a cost line or a block's heading, ``BUD`` Budapest's
#: office code or a person's initials, and neither is read as a measure there.
_MEASURE_MARKS = {"act": "actual", "bud": "budget", "bgt": "budget", "bdgt": "budget"}
_MEASURE_MARKS |= {"fct": "forecast", "fcast": "forecast"}  # round 32: other abbreviations
# red team of round 41 (rt41c): Spanish ``Pres.`` (presupuesto) and Portuguese ``Orç.``
# (orçamento) beside ``Real`` under each line of a burn sheet, as ``Bud`` beside ``Act``
_MEASURE_MARKS |= {"pres": "budget", "orç": "budget", "orc": "budget"}
_MEASURE_MARK = re.compile(r"^\s*(act|bud|bgt|bdgt|fct|fcast|pres|orç|orc)\.?\s*$", re.IGNORECASE)


def measure_mark(text: str) -> str | None:
    """The measure a planning tool's marker written alone over a month names (``ACT`` ->
    "actual", ``BUD`` -> "budget"), else None. Only :func:`month_columns` asks, for the
    label over a month's column: anywhere else the same letters are a place, an office or
    a person's initials (red team of round 21)."""
    mark = _MEASURE_MARK.match(text)
    return _MEASURE_MARKS[mark.group(1).lower()] if mark else None


def _markers_over_months(block: TableBlock, cols: list[int]) -> bool:
    """Whether the labels over the month columns are a planning tool's marker row: every
    one a measure or a measure's marker (``ACT | ACT | FCST``). Red team of round 21: a
    rollout plan's ``NSW`` over January to March and ``ACT`` (the Australian Capital
    Territory) over April to June names places, so ``ACT`` there is no Actual."""
    groups = {cell.group for c in cols if (cell := block.header_at(c)) is not None and cell.group}
    return all(measure_in(g) or measure_translated(g) or measure_mark(g) for g in groups)


#: Round 37 (t43b): the latest estimate written as its capitals (``LE``, ``LBE``: latest best
#: estimate), a finance team's name for its forecast sheet, block or title (``Baseline`` /
#: ``Actuals`` / ``LE`` sheets; ``Museum LE``). Only the capitals, and only in a text with
#: lower-case letters or as its one word: ``le`` is a French article, and an all-capitals
#: French title (``BUDGET POUR LE MOIS``) says no estimate.
_LATEST_ESTIMATE = re.compile(r"(?<![A-Za-z])LB?E(?![A-Za-z])")


#: Red team of round 37 (rt37): capitals that are no estimate: beside another word in
#: capitals, part of a name (``LE HAVRE``, ``LE MANS``, ``LE PROJET``), or after ``by`` or a
#: label's colon, a person's initials (``reviewed by LE``, ``Owner: LE``).
_NOT_AN_ESTIMATE = re.compile(
    r"(?:[A-Z]{2,}\s+LB?E(?![A-Za-z])|(?<![A-Za-z])LB?E\s+[A-Z]{2,}(?![a-z])"
    r"|(?:\bby|:)\s*LB?E(?![A-Za-z]))"
)


def _measure_words(text: str) -> list[str]:
    """The lower-case words a measure is read from, the capitals ``LE`` / ``LBE`` (the
    latest estimate) read as ``forecast``; not a name's or initials' capitals
    (:data:`_NOT_AN_ESTIMATE`)."""
    words = re.findall(r"[a-z]+", text.lower())
    if (
        _LATEST_ESTIMATE.search(text)
        and (len(words) == 1 or any(ch.islower() for ch in text))
        and not _NOT_AN_ESTIMATE.search(text)
    ):
        words = ["forecast" if w in ("le", "lbe") else w for w in words]
    if _BUDGET_ESTIMATE.search(text):
        words = ["budget" if w == "be" else w for w in words]
    return words


#: Round 38 (t47b): public finance's budget estimate written ``BE`` in capitals before
#: its financial year (India's ``BE 2026-27`` over the months beside
#: ``Actual Expenditure``): the budget. Only in capitals and with the year (``to be
#: spent`` is a verb).
_BUDGET_ESTIMATE = re.compile(
    r"(?<![\w.])(?-i:BE)\s*(?:FY\s*)?(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?\b"
)


def measure_in(text: str) -> str | None:
    """ "budget", "actual" or "forecast" when the text names one (first match wins);
    ``EARNED`` when it names earned value only (``BCWP``, ``EV``, ``Cum. earned value``).
    ``Spend`` qualified by a plan or forecast word (``Spend Plan``, ``Forecast spend``) is
    that plan's or forecast's (round 14)."""
    words = set(_unqualified(_measure_words(text)))
    if words & _EARNED_NAMES and words <= _EARNED_WORDS:
        return EARNED
    named = _named_measures(words)
    return next((m for m in MEASURE_WORDS if m in named), None)


#: A document's words read as the actual (a contractor's valuations: the work done and
#: certified in each period, round 33) unless the text names a forecast: ``Cash flow
#: forecast`` over ``Valuations at month end`` is a forecast of valuations (round 15's QS
#: cash flow), while ``Budget vs valuations`` still names two measures.
_DOCUMENT_ACTUAL = frozenset({"valuation", "valuations"})


def _named_measures(words: set[str]) -> set[str]:
    """The measures ``words`` name, a document's word (:data:`_DOCUMENT_ACTUAL`) yielding
    to a forecast's."""
    named = {
        m for m, names in MEASURE_WORDS.items() if any(n in words for n in names if " " not in n)
    }
    if "actual" in named and "forecast" in named:
        own = {n for n in MEASURE_WORDS["actual"] if " " not in n} - _DOCUMENT_ACTUAL
        if not own & words:
            named.discard("actual")
    return named


def measures_named(text: str) -> set[str]:
    """Every measure (budget, actual, forecast) ``text``'s English words name, not only the
    first: a title read through the vocabularies may name two (round 26's last hour)."""
    return _named_measures(set(_unqualified(_measure_words(text))))


def title_measure(context: str, lines: Sequence[str] = ()) -> str | None:
    """The one measure a finance table's title, sheet name and lines near it
    (:func:`measure_context`) say its unnamed amounts are, in any language the vocabularies
    hold (round 26's last hour: ``Suivi des dépenses réalisées``, ``Ist-Kosten je Woche``,
    ``Consuntivo spese``, ``实际支出``, ``Gastos reales`` say actuals as ``Actual spend``
    does). English words are read first, as :func:`measure_in` reads them (first match:
    a block's heading ``Actual spend`` under a title ``budget versus actual`` is the
    block's). A title read through the vocabularies gives a measure only when it names one
    (``Presupuesto frente a gastos reales`` names two: none, the amounts are read as Budget
    and said so). The foreign reading is taken only where the words around the measure word are read
    through the vocabularies too, so an English title's word that is another language's
    measure (``Real estate costs``: Spanish ``real``) stays English.

    Round 27: *a title naming two measures says neither.* When the English words of the
    context name two measures or more and its ``lines`` (the title lines, sheet name and
    first title, each apart) are given, the lines are read one by one: a line naming one
    measure is a block's own heading or a title of one measure and gives it (``Actual
    spend`` under ``Budget vs Actual``); when only a line naming two names any (``Budget vs
    Actual`` over amounts that name none), the context names no measure (None: the amounts
    are read as Budget and said so). Lines naming different single measures keep the first
    match, as before."""
    english = measure_in(context)
    if english is not None:
        if lines and len(measures_named(context)) >= 2:
            singles = [named for line in lines if len(named := measures_named(line.lower())) == 1]
            if not singles:
                return None  # "Budget vs Actual": two measures, neither the amounts'
            if len(set().union(*singles)) == 1:
                return singles[0].pop()
        return english  # English words first, as before (a block's own heading among them)
    from addin.adopt.languages import translate, unspaced, words_of

    translated = translate(context)
    foreign = measures_named(translated) if translated else set()
    # each word read alone too: a phrase the whole line does not read ("gastos reales de
    # la obra") still holds its measure word
    foreign |= {
        m for w in words_of(context) if (m := measure_in(translate(w) or "")) in MEASURE_WORDS
    }
    if not foreign:
        return _one_word_measure(lines)
    if len(foreign) != 1:
        return None
    measure = foreign.pop()
    rest = [
        w
        for w in words_of(context)
        if not w.isdigit() and measure_in(translate(w) or "") != measure
    ]
    if unspaced(context) or not rest or translate(" ".join(rest)) is not None:
        return measure
    if any(
        not w.isascii() and measure_in(translate(w) or "") == measure
        for w in re.findall(r"\w+", context)
    ):
        # round 38 (t46a): a measure word written with letters English has not (Czech
        # ``Předpokládaný cash-flow dodavatele``) is no English word, whatever the words
        # around it the vocabularies do not read
        return measure
    # "Office real estate": English words around Spanish "real"; a sheet named by the
    # measure alone (``Ist`` under a German project's name) still says it
    return _one_word_measure(lines)


def measure_context(block: TableBlock, near: str) -> str:
    """The words that may say what a finance table's unnamed amounts are: the title lines
    just above it (``near``), the sheet's name, and the sheet's first title line however long
    (round 16: ``Riverside School Extension - Cash flow forecast (revision 3, £)`` names its
    table as a short title does; the 60-character limit of the lines near keeps notes out)."""
    first = min(block.preamble, default=None, key=lambda p: (p[0], p[1]))
    title = first[2] if first is not None and len(first[2]) <= 120 else ""
    return " ".join(t for t in (near, block.sheet, title.lower()) if t)


def _context_lines(context: str, lines: Sequence[str]) -> _Lines:
    """Lines to build whose unnamed amounts are the measure the title says
    (:func:`title_measure`), with the two measures a title names when it says neither."""
    measure = title_measure(context, lines)
    named = measures_named(context) if measure is None and lines else set()
    order = tuple(m for m in MEASURE_WORDS if m in named)
    return _Lines(default_measure=measure, title_names=order if len(order) >= 2 else ())


def _one_word_measure(lines: Sequence[str]) -> str | None:
    """Round 33's last hour: the measure a line of ONE word names, read by the measure
    reader in any language it holds (a sheet named ``Utfall``, ``Regnskap``, ``Ist`` or
    ``Prognose``: the Swedish, Norwegian, German actuals and forecast, as an English sheet
    named ``Actuals`` says), when the lines name one measure so and the context none
    otherwise (the title around is a project's name the vocabularies do not read). A plan's
    word (``Plan``: a budget, or a resource plan) is a budget only when said with money
    elsewhere, so it is not read here; two lines naming two measures name none."""
    # round 35's second wave: or one part of a title line, between its commas, dashes or
    # brackets (``Kostnadsuppföljning - ny ugnslinje, Utfall (SEK)``), as a sheet's name
    found = {
        m
        for line in lines
        for part in (line, *TITLE_PARTS.split(line))
        if len(words := part.split()) == 1
        and (m := measure_word(words[0])) in ("actual", "forecast")
    }
    return found.pop() if len(found) == 1 else None


#: Where a title line parts (``Cost report - new line, Actuals (SEK)``): a comma, a colon,
#: a bracket or a dash between spaces (never a hyphen inside a word).
TITLE_PARTS = re.compile(r"[,;:|()\[\]]|\s[-\u2013\u2014]\s")


def measure_context_lines(block: TableBlock, near: Sequence[str]) -> list[str]:
    """The lines of :func:`measure_context`, each apart (round 27: :func:`title_measure`
    reads a title naming two measures apart from a block's own heading under it)."""
    first = min(block.preamble, default=None, key=lambda p: (p[0], p[1]))
    title = first[2] if first is not None and len(first[2]) <= 120 else ""
    return [t for t in (*near, block.sheet, title) if t]


def year_in(texts: list[str]) -> int | None:
    """The first plausible year (1990-2099) written in the texts; for a financial year
    (``FY2025/26``, ``FY 25-26``, ``FY26``) the calendar year its first month falls in (a
    year the title says is the calendar year, ``fiscal year 2026 (periods are calendar
    months)``, is that year: round 13)."""
    from addin.adopt.periods import (
        calendar_year_by_language,
        financial_years,
        fiscal_range_in,
        fiscal_start_in,
    )

    stated = fiscal_range_in(texts)
    if stated is not None:
        return stated[1]  # round 14: "(1 Oct 2025 - 30 Sep 2026)" starts in 2025
    start = fiscal_start_in(texts) or current().fiscal_year_start
    if calendar_year_by_language(texts):
        # round 39 (ox39): ``Ejercicio fiscal 2026``, ``Exercice 2026``: the financial year
        # of a language whose financial year is the calendar year (round 37's ox37) is 2026
        start = fiscal_start_in(texts) or 1
    for text in (to_common(t)[0] for t in texts):  # "民國115年度" (round 19)
        # round 34: the one reader of a financial year (periods.financial_years)
        fy = next((f for f in financial_years(text) if f.named_year), None)
        first = fy.first_month_year(start) if fy is not None else None
        if first is not None and 1990 <= first <= 2099:
            return first  # "FY26" is named by the year it ends in
        match = re.search(r"\b(199\d|20\d\d)\b", text) or _CJK_YEAR.search(text)
        if match:
            return int(match.group(1))
    return None


#: Round 16: a year as Japanese, Chinese and Korean write it, the year character after the
#: digits (``2026年``, ``2026年度``: the financial year named by the year it starts in,
#: ``2026년``), where ``\b`` finds no word's end (the characters are letters).
_CJK_YEAR = re.compile(r"(?<!\d)(199\d|20\d\d)\s*[年년]")


@dataclass
class MonthColumn:
    col: int
    month: date
    measure: str | None
    #: what its amounts are multiplied by: the unit its labels or the table's title state
    #: (``Budget (£k)`` over the months: 1000; round 11, :func:`_with_units`)
    factor: float = 1.0
    #: its figures are running totals (``Cumulative to date`` over the months; round 13):
    #: turned into in-month amounts, or left out beside in-month ones
    cumulative: bool = False
    #: the table's amounts are written with a decimal comma (``1.250,50``): a lone dot
    #: before three digits separates thousands (``2.500`` = 2500; red team of round 17)
    comma: bool = False
    #: round 22: the column is a quarter of a tracker by quarter only: its three months
    #: (``month`` is the one its amount is read in before the ``quarter_amounts`` reading
    #: spreads it; :mod:`addin.adopt.quarters`)
    quarter: tuple[date, ...] = ()


def units_row(block: TableBlock, grid: Grid) -> int | None:
    """Round 29: the row right under the header that states the units of its columns
    (``£000``, ``$k``, ``in millions`` under each month): a row detection set apart from
    the items as written under the header (a guidance row), none of whose filled cells
    is a number, one at least stating a unit of amounts. None when there is none."""
    from addin.adopt.readings import stated_amount_unit
    from addin.adopt.units import header_unit

    row = block.header_row + 1
    if row not in block.guidance_rows:
        return None
    cells = [grid.value(row, c) for c in range(block.first_col, block.last_col + 1)]
    texts = [cell_text(v).strip() for v in cells if v is not None and cell_text(v).strip()]
    if not texts or any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in cells):
        return None
    if not any(stated_amount_unit(t) is not None or header_unit(t) for t in texts):
        return None
    return row


def _with_units(
    block: TableBlock, months: list[MonthColumn], grid: Grid | None = None
) -> tuple[list[MonthColumn], list[str]]:
    """Each month column with the unit of its amounts: the one its group label or its own
    label states (``Budget (£k)`` over ``Jan-26 | Feb-26``), or (round 29) the units row
    under the header states in its column (``Apr-26`` over ``£000``), else the table's
    title (``All figures in £000s``); each unit read is a reading (``amount_units``) and a
    note."""
    from addin.adopt.amount_columns import amount_unit_for_column
    from addin.adopt.readings import recording, stated_amount_unit
    from addin.adopt.units import header_unit

    titles = [t for _, _, t in block.preamble]
    under = units_row(block, grid) if grid is not None else None
    out: list[MonthColumn] = []
    notes: list[str] = []
    noted: set[str] = set()  # one note per source: the first month records the reading,
    # and the next ones read it back (a second wording of the same unit)
    with recording():
        for month in months:
            cell = block.header_at(month.col)
            labels = [cell.group, cell.text] if cell is not None else []
            if under is not None and grid is not None:
                labels.append(cell_text(grid.value(under, month.col)).strip())
            source = next(
                (
                    text
                    for text in [*labels, *titles]
                    if text and (stated_amount_unit(text) is not None or header_unit(text))
                ),
                None,
            )
            if source is None:
                out.append(month)
                continue
            factor, note = amount_unit_for_column(source, "header" if source in labels else "title")
            if note and note not in notes and source not in noted:
                notes.append(note)
            noted.add(source)
            out.append(replace(month, factor=factor))
    return out, notes


def _with_decimal_mark(
    block: TableBlock, grid: Grid, months: list[MonthColumn]
) -> tuple[list[MonthColumn], str | None]:
    """The month columns marked as written with a decimal comma when the table's amounts
    show one (``1.250,50``, ``980,25``) and none a decimal point: one tracker is written one
    way, so its ``2.500`` and ``12.000`` are thousands (red team of round 17: read as 2.5
    and 12). A table showing both marks, or neither, is read cell by cell as before."""
    from addin.adopt.amounts import decimal_mark_of_column

    cells = [
        grid.value(r, m.col)
        for m in months
        for r in range(block.first_data_row, block.last_data_row + 1)
    ]
    if decimal_mark_of_column(cells) != ",":
        return months, None
    note = (
        "amounts written with a decimal comma (1.234,56): a dot before three digits "
        "separates thousands ('2.500' = 2500)"
    )
    return [replace(m, comma=True) for m in months], note


def month_columns(
    block: TableBlock,
    cols: list[int],
    year_hint: int | None,
    fiscal_default: int | None = None,
    sheet_titles: list[str] | None = None,
) -> tuple[list[MonthColumn], str | None]:
    """The month of each month column, and a warning when the year had to be assumed.

    Fiscal periods without a year (``P01``, ``Period 3``) count from the financial year's
    first month named in the title block, else ``fiscal_default`` (the value readings'
    ``fiscal_year_start``, April when not given), which the warning then names."""
    from addin.adopt.convert import fiscal_period_parts
    from addin.adopt.periods import (
        calendar_year_by_language,
        financial_years,
        fiscal_month,
        fiscal_range_in,
        fiscal_start_in,
        period_number,
        period_year_value,
    )

    out: list[MonthColumn] = []
    warning = None
    titles = block.titles
    # round 18: a block lower on the sheet reads the sheet's title lines too
    stated_start = fiscal_start_in(titles) or fiscal_start_in(sheet_titles or [])
    if not stated_start and calendar_year_by_language([*titles, *(sheet_titles or [])]):
        stated_start = 1  # round 37 (ox37): ``Geschäftsjahr 2026``, ``Exercice 2026``
    start = stated_start or fiscal_default or current().fiscal_year_start
    years: dict[str, int | None] = {}
    previous: dict[str, int] = {}
    # a year read from a financial year in the title (``FY26``: the year its first month
    # falls in): a month named before that first month (``Jan`` of an April year) is in the
    # year after
    fiscal_titled = (
        year_hint is not None
        and (
            any(f.named_year and f.from_start for t in titles for f in financial_years(t))
            or fiscal_range_in(titles)
        )
        and year_in(titles) == year_hint
    )
    # month names without a year take it from a date header of the same month, if any
    dated: dict[int, int] = {}
    for col in cols:
        cell = block.header_at(col)
        if cell is not None and isinstance(cell.value, datetime | date):
            dated.setdefault(cell.value.month, cell.value.year)
    # round 22: a tracker by quarter only (no month among its period columns)
    from addin.adopt.quarters import forward_quarters, period_head, quarter_months, reading_note

    cols = list(cols)
    heads = [block.header_at(c) for c in cols]
    # round 32's last hour: a quarter over its pair (``Q1 2026`` over ``Budget | Actual``)
    labels = [period_head(h.text, h.group) if h is not None else None for h in heads]
    if heads and all(label is not None for label in labels):
        if current().quarter_amounts == "none":
            return [], 'quarter columns not read (the quarter_amounts reading is "none")'
        quarter_titles = titles + (sheet_titles or [])
        for col, head, label in zip(cols, heads, labels, strict=True):
            assert head is not None and label is not None
            months = quarter_months(label, year_hint, quarter_titles)
            if months is None:
                continue
            measure = measure_in(head.full) or (measure_in(head.group) if head.group else None)
            month = months[-1] if current().quarter_amounts == "last" else months[0]
            out.append(MonthColumn(col, month, measure, 1.0, False, quarter=months))
        if len(out) < len(cols):
            warning = (
                "quarter columns without a year (none in the labels, none in the title): not "
                "read, the year is never guessed"
            )
        out, totals = _without_period_totals(out, block)
        if totals:
            note = (
                f"{', '.join(repr(t) for t in totals)}: the total of the shorter periods "
                "beside it, left out (read too, its months would count twice)"
            )
            warning = f"{warning}; {note}" if warning else note
        return out, warning
    # round 20: calendar week numbers (``Wk 15``) are the weeks of the year the title states
    week_cols: dict[int, str] = {}
    for c in cols:
        head = block.header_at(c)
        if head is not None and isinstance(head.value, str) and week_label(head.text):
            week_cols[c] = head.text
    mondays, week_note = week_mondays(week_cols, year_hint, titles + (sheet_titles or []))
    if week_note:
        warning = f"{warning}; {week_note}" if warning else week_note
    marked = _markers_over_months(block, cols)
    from addin.adopt.measure_flags import flagged_measures

    flagged = flagged_measures(block, cols)  # round 26: "A | A | F" over the months
    # red team of round 20: Roman numerals with their year that are quarters or halves
    roman: dict[int, str] = {}
    for c in cols:
        roman_head = block.header_at(c)
        if roman_head is not None and roman_month(roman_head.text):
            roman[c] = roman_head.text
    periods = roman_periods(list(roman.values()), titles + (sheet_titles or []))
    if periods is not None:
        note = (
            f"columns {', '.join(repr(t) for t in roman.values())} read as quarters or halves "
            f"of a year, not months ({periods}): not read as months"
        )
        warning = f"{warning}; {note}" if warning else note
    # round 42 (ox42): a version number (``2026.1``) among months written otherwise
    version_heads = {c: vc.text for c in cols if (vc := block.header_at(c)) and vc.text}
    versions = version_columns(version_heads)
    if versions:
        said = ", ".join(repr(version_heads[c]) for c in sorted(versions))
        note = f"{said}: a version number (year and count), not read as a month"
        warning = f"{warning}; {note}" if warning else note
    derived: list[int] = []
    prior: list[int] = []
    month_over: set[int] = set()  # the columns whose month is their group, over them
    for col in cols:
        cell = block.header_at(col)
        if cell is None:
            continue
        if periods is not None and col in roman:
            continue
        if col in versions:
            continue
        if col in week_cols and col not in mondays:
            continue  # a week number with no year, or a project's own week count: listed
        if derived_figure(cell.full):
            derived.append(col)  # round 15: a variance beside the measures is none of them
            continue
        if _PRIOR_YEAR.search(cell.full) and not _YEAR_IN_LABEL.search(cell.text):
            prior.append(col)  # red team of round 31: last year's Jan beside this year's
            continue
        measure = measure_in(cell.full) or measure_translated(cell.full)
        if measure is None and cell.group:
            # round 21: an ``ACT`` marker over the month
            measure = measure_in(cell.group) or (measure_mark(cell.group) if marked else None)
            measure = measure or flagged.get(col)
        if measure is None and not cell.group:
            measure = flagged.get(col)  # round 33: ``Apr-26 A``, the flag in the header
        value = cell.value
        week = week_date(cell.text) if isinstance(value, str) else None
        week = mondays.get(col, week)
        if week is not None:
            value = week  # a week column: its amounts add into the week's month
        cumulative = cumulative_in(cell.full)
        if isinstance(value, datetime | date):
            if measure is None and cell.group and cell.text:
                # round 35 (t38c): the measure's abbreviation standing alone under a month
                # DATE cell (``Jan-26`` as a date merged over ``Bud | Act | Fcst``), as
                # under a month written as text (round 32): ``Bud`` and ``Act`` were read as
                # one budget, added
                # red team of round 21: only where every label under the month is a measure
                # or its mark (``NSW | ACT`` under a month names places)
                siblings = [
                    h.text
                    for h in (block.header_at(c) for c in cols)
                    if h is not None and h.group == cell.group and h.text
                ]
                if cell.text != cell.group and all(
                    measure_mark(t) or measure_in(t) for t in siblings
                ):
                    measure = measure_mark(cell.text)
            out.append(MonthColumn(col, date(value.year, value.month, 1), measure, 1.0, cumulative))
            continue
        # the month is in the field label ("Jan" under "Budget") or in the group label
        # above it ("Budget" under a merged "Jan-25"); the other label names the group
        text, other = cell.text, cell.group
        if (
            month_number(text) is None
            and period_number(text) is None
            and period_year_value(text) is None
            and fiscal_period_parts(text) is None
            and cell.group
            and (
                month_number(cell.group) is not None
                or period_number(cell.group) is not None
                or period_year_value(cell.group) is not None
                or fiscal_period_parts(cell.group) is not None
            )
        ):
            text, other = cell.group, cell.text
            month_over.add(col)
            if measure is None:
                # round 32: a measure's abbreviation standing alone UNDER a month label
                # (``Jan-26`` over ``Bud | Act``): the place a measure is written, as a
                # marker over a month is; ``Bud`` and ``Act`` were added into one budget
                measure = measure_mark(other)
        text = to_common(text)[0]  # round 19: "ม.ค. 69" is January 2026 (Buddhist Era)
        if measure is None:
            measure = measure_in(other) or measure_translated(other)
        both = period_year_value(text)
        if both is not None:
            # round 13: an ERP's period and fiscal year across (``001.2026``, ``P03.2026``),
            # the year being the one the financial year starts in, as down the rows
            if stated_start is None:
                note = (
                    f"fiscal periods read with the financial year starting in month {start} "
                    "(nothing in the title says; set fiscal_year_start in the mapping file)"
                )
                warning = f"{warning}; {note}" if warning and note not in warning else note
            out.append(
                MonthColumn(col, fiscal_month(both[0], start, both[1]), measure, 1.0, cumulative)
            )
            continue
        labelled = fiscal_period_parts(text)
        if labelled is not None:
            # round 25: a period with its financial year (``FY27 P01``): the year it names
            # ends in 2027, so with a July start its first month is July 2026
            if stated_start is None:
                note = (
                    f"fiscal periods read with the financial year starting in month {start} "
                    "(nothing in the title says; set fiscal_year_start in the mapping file)"
                )
                warning = f"{warning}; {note}" if warning and note not in warning else note
            end = labelled[1]
            month = fiscal_month(labelled[0], start, end - 1 if start > 1 else end)
            out.append(MonthColumn(col, month, measure, 1.0, cumulative))
            continue
        period = period_number(text)
        if period is not None:
            first_year = year_hint
            if first_year is None:
                first_year = date.today().year
                warning = (
                    f"fiscal periods have no year; the financial year starting {first_year} was "
                    "assumed - put the year in the title or correct the Month column"
                )
            if stated_start is None:
                note = (
                    f"fiscal periods read with the financial year starting in month {start} "
                    "(nothing in the title says; set fiscal_year_start in the mapping file)"
                )
                warning = f"{warning}; {note}" if warning and note not in warning else note
            out.append(
                MonthColumn(col, fiscal_month(period, start, first_year), measure, 1.0, cumulative)
            )
            continue
        group = other.casefold()  # each group of months (Budget / Actual) counts its own years
        if _YEAR_GROUP.match(other):
            # round 32: a year's label over its months (``FY2026/27``, ``2026/27``, ``FY27``,
            # ``Year 2``) is no group of its own: the months run on from the year before
            # (read apart, the second year's April was added into the first's); a label
            # naming its first year (``2026/27``, ``FY2026/27``) gives the first year
            group = ""
            year_named = _YEAR_GROUP_START.search(other)
            if year_named is not None and "" not in years:
                years[""] = int(year_named.group(1))
        year = years.get(group, year_hint)
        previous_month = previous.get(group, 0)
        # round 42 (tx42): or as its language's own year-month pattern writes it
        numeric = numeric_month(text) or cjk_month(text) or labelled_month(text)
        if numeric is None and month_number(text) is None and not cell.group:
            # round 33's last hour: a month in figures with its flag (``2026-04 A``)
            from addin.adopt.measure_flags import glued_month

            glued = glued_month(text)
            numeric = numeric_month(glued) if glued is not None else None
        if numeric is not None:
            out.append(MonthColumn(col, numeric, measure, 1.0, cumulative))
            continue
        number = month_number(text)
        if number is None:
            continue
        explicit = re.search(r"\b(19\d\d|20\d\d)\b", text) or re.search(r"[-/' ](\d\d)\b", text)
        # round 38 (t47b): a bare year merged over its month names is their year
        explicit = explicit or (_BARE_YEAR.match(other) if cell.group else None)
        if explicit:
            y = int(explicit.group(1))
            this_year = y + 2000 if y < 100 else y
        elif number in dated:
            this_year = dated[number]
        else:
            if year is None:
                year = date.today().year
                warning = (
                    f"month headers have no year; {year} was assumed - put the year in the title "
                    "or correct the Month column"
                )
            if number < previous_month or (fiscal_titled and not previous_month and number < start):
                year += 1
            this_year = year
        years[group], previous[group] = year, number
        out.append(MonthColumn(col, date(this_year, number, 1), measure, 1.0, cumulative))
    # round 18: a group label written once over its run of periods names the whole run
    # rt33: a column under a month that names no measure (``Jan-26`` over ``Budget |
    # Actual | Committed``) is no period of a measure's run: its month is over it, its own
    # text says what it holds (orders raised, not spent), so no label is carried onto it
    # (before, the commitments were carried the actual's label and added into the spend)
    out, derived, carried = carry_group_labels(
        cols,
        lambda c: h.text if (h := block.header_at(c)) and c not in month_over else "",
        out,
        derived,
    )
    carried = [c for c in carried if c not in derived]
    typed_once = [
        m.col
        for m in out
        if (h := block.header_at(m.col)) is not None and h.carried and m.col not in carried
    ]
    if flagged:  # round 26: said, so a PMO sees which months were read as which measure
        from addin.adopt.measure_flags import flags_note

        note = flags_note(block, flagged)
        warning = f"{warning}; {note}" if warning else note
    if carried:
        note = (
            f"columns {', '.join(_letter(c) for c in carried)} read under the group label "
            "written over the first period of their run (each label names its periods up to "
            "the period seen again)"
        )
        warning = f"{warning}; {note}" if warning else note
    if typed_once:
        # round 32: the same for a label typed once over its run in the header itself
        note = (
            f"columns {', '.join(_letter(c) for c in typed_once)} read under the group label "
            "typed once over the first column of their run, nothing merged (each label "
            "names its run, as a merge over it would)"
        )
        warning = f"{warning}; {note}" if warning else note
    if derived:
        note = (
            f"columns {', '.join(_letter(c) for c in derived)} left out: variances (over or "
            "under budget, % of budget) worked out from the budget and actual, not read as a "
            "measure"
        )
        warning = f"{warning}; {note}" if warning else note
    if prior:
        note = (
            f"columns {', '.join(_letter(c) for c in prior)} left out: a prior year's months "
            "(a comparison; their year unstated, read in the title's year they were added to "
            "this year's months)"
        )
        warning = f"{warning}; {note}" if warning else note
    read = {m.col for m in out} | set(derived) | set(prior)
    ahead = forward_quarters(
        [(c, h.text) for c in cols if c not in read and (h := block.header_at(c)) is not None],
        [(m.col, m.month) for m in out if not m.cumulative and not m.quarter],
        year_hint,
        titles + (sheet_titles or []),
    )
    for col, three in ahead:  # round 27: `FY27 Q1` after a year of months
        head = block.header_at(col)
        measure = (measure_in(head.full) or measure_translated(head.full)) if head else None
        month = three[-1] if current().quarter_amounts == "last" else three[0]
        out.append(MonthColumn(col, month, measure, 1.0, False, quarter=three))
    if ahead:
        note = (
            f"columns {', '.join(_letter(c) for c, _ in ahead)} read as forward quarters (each "
            "after every month column, none of its months among them): "
            f"{reading_note()}"
        )
        warning = f"{warning}; {note}" if warning else note
    named = {m.month for m in out if m.measure and not m.cumulative}
    dropped = [m for m in out if m.measure is None and not m.cumulative and m.month in named]
    if dropped:
        # a month with a column naming its measure ("July Forecast") and another that does
        # not (a bare date): the bare one holds something else (hours, rates); leave it out
        out = [m for m in out if m not in dropped]
        letters = ", ".join(_letter(m.col) for m in dropped)
        note = f"columns {letters} left out: the same months have columns saying what they hold"
        warning = f"{warning}; {note}" if warning else note
    return out, warning


def era_readings(block: TableBlock, months: list[MonthColumn], context: str = "") -> str:
    """The national-era years the title and month labels write, each with the year it was
    read as (round 19: ``'115年' read as the ROC year 2026``), so a PMO can check them; one
    label per year said, with how many more read so; "" for none."""
    texts = [context]
    for month in months:
        head = block.header_at(month.col)
        texts.extend((head.text, head.group) if head is not None else ())
    said = eras.said_of(texts)
    return f"years in a national era: {said}" if said else ""


def unpivot(
    block: TableBlock,
    grid: Grid,
    months: list[MonthColumn],
    label_plans: list[ColumnPlan],
    context: str,
    heading: Converter | None = None,
    context_lines: Sequence[str] = (),
    category_word: Callable[[str], str | None] | None = None,
) -> RowsResult:
    """One Finance item per (row, month) with an amount; measures as described above.

    ``heading`` reads a row with a label and no amounts (``CAPEX``, ``OPEX``): when it
    converts, its value is the CapEx/OpEx of the rows under it. ``context_lines`` are the
    context's lines apart (:func:`measure_context_lines`, for :func:`title_measure`)."""
    result = RowsResult()
    months, unit_notes = _with_units(block, months, grid)
    result.notes.extend(unit_notes)
    months, comma_note = _with_decimal_mark(block, grid, months)
    if comma_note:
        result.notes.append(comma_note)
    era_note = era_readings(block, months, context)
    if era_note:
        result.notes.append(era_note)
    months, said = _cumulative_by_title(block, grid, months)
    if said:
        result.notes.append(said)
    months, said = _group_months_that_fall(block, grid, months)
    if said:
        result.notes.append(said)
    label_cols = _cost_line_columns(block, grid, months, label_plans, result)
    months, flag_row = _months_by_flag_row(block, grid, months, result)
    skip = frozenset({flag_row} if flag_row is not None else ())
    result.measure_col = _measure_column(block, grid, months, skip)
    deduced: dict[str, str] = {}
    if result.measure_col is None:
        # round 25: a measure column of the measures' short forms (``Bud`` / ``Act`` /
        # ``Fcst``) cycling under every cost line
        marked_col = _marked_measure_column(block, grid, months, label_cols)
        if marked_col is not None:
            result.measure_col, deduced = marked_col
            head = block.header_at(result.measure_col)
            result.notes.append(
                f"column {head.text if head else _letter(result.measure_col)!r} read as the "
                "measure of each row, its short forms as the measures they start ("
                + ", ".join(f"{w!r} = {m.title()}" for w, m in deduced.items())
                + ")"
            )
    if result.measure_col is None:
        # round 20: a measure column with one word the vocabularies do not know
        found = _deduced_measure_column(block, grid, months, label_cols)
        if found is not None:
            result.measure_col, word = found
            deduced[word.word.casefold()] = word.measure
            head = block.header_at(result.measure_col)
            result.notes.append(
                measure_rows.said(head.text if head else _letter(result.measure_col), word)
            )
    lines = _context_lines(context, context_lines)
    heads = [h.full for c in label_cols if (h := block.header_at(c)) is not None]
    named = (
        measure_over_lines(heads[0], measure_word)
        if len(heads) == 1 and not names_the_line(heads[0])
        else None
    )
    if named is not None and result.measure_col is None:
        # round 18: the block's name in its line column's header (`Actual | Jan-26`)
        lines.default_measure = named
        result.notes.append(
            f"the cost line column's header {heads[0]!r} names the block's measure: its "
            f"amounts are {named.title()}"
        )
    headed = heading_over_block(block, measure_word) if named is None else None
    if headed is not None and result.measure_col is None:
        # round 20: a block headed by its measure (`Budget` over one block, `Actual` over the
        # one beside it): its heading names its amounts, before the title above both
        lines.default_measure, lines.by_heading = headed[0], True
        result.notes.append(
            f"the heading {headed[1]!r} on row {headed[2]} over this block names its measure: "
            f"its amounts are {headed[0].title()}"
        )
    mixed = mixed_currencies(  # round 17: two currencies are never added together
        (r, m.col, v)
        for m in months
        for r in range(block.first_data_row, block.last_data_row + 1)
        if isinstance(v := grid.value(r, m.col), str)
    )
    if mixed is not None:
        lines.foreign, lines.kept_currency = mixed[1], mixed[0]
        others = ", ".join(sorted(set(mixed[1].values())))
        result.notes.append(
            f"amounts in two currencies: those in {mixed[0]} are read, those in {others} are "
            "listed and not added (the standard holds one currency: convert them and enter "
            "them by hand)"
        )
    # red team of round 15: a variance report's figures are no budget
    variances = (
        f"the title or sheet name ({context.strip()!r}) says the figures are variances, "
        "worked out from the budget and actual: not a measure, not counted"
        if _VARIANCE_TITLE.search(context)
        else ""
    )
    sums = RunningSums()  # a "total" of one row is that row again, a line
    amount_plans = [ColumnPlan(m.col, "amount", "", lambda v: v) for m in months]
    line_above: tuple[str, set[str | None]] | None = None
    line_extra: dict[str, Any] = {}
    parents = parent_rows(block, grid, months, label_cols) if result.measure_col is None else {}
    earned_table = result.measure_col is not None or _earned_value_rows(block, grid, label_cols)
    group, said = _title_group(block, grid, heading)
    if said:
        result.notes.append(said)
    category: str | None = None  # round 28: the cost category a heading row gives
    in_block: tuple[int, BlockHeading] | None = None  # round 18: blocks one under another
    if headed is None and named is None and result.measure_col is None:
        # round 23: a Committed or Variance block stacked as a table of its own
        in_block = unread_heading_over_block(block, measure_word, derived_figure)
        if in_block is not None:
            result.notes.append(
                f"the heading {in_block[1].label!r} on row {in_block[0]} over this block "
                "names no budget, actual or forecast: its rows are listed, not counted"
            )
    labels_name_measures = _labels_name_measures(block, grid, label_cols)
    cutoff = _cutoff_said(block, context_lines, months)
    blocks: list[str] = []
    yields = _rows_yielding_to_own_word(block, grid, result.measure_col)
    for row in range(block.first_data_row, block.last_data_row + 1):
        if row == flag_row:
            result.skipped.append(
                RowIssue(
                    row,
                    "",
                    "a row of flags under the months (which months are actuals, which "
                    "forecast): read as each month's measure, no cost line",
                    value=" ".join(cell_text(grid.value(row, c)) for c in label_cols).strip(),
                )
            )
            continue
        why = row_kind(grid, block, row, label_plans + amount_plans, None)
        if why == "blank":
            continue
        starts = (
            block_heading(
                [cell_text(grid.value(row, c)) for c in grid.nonblank_cols(row)],
                measure_word,
                derived_figure,
                lambda t: month_number(t) is not None,
            )
            if result.measure_col is None
            and not any(
                _amount(grid.value(row, m.col), m) is not None
                for m in months
                if not isinstance(grid.value(row, m.col), str)
                or _written_amount(grid.value(row, m.col))
            )
            else None
        )
        if starts is not None:
            in_block = (row, starts)
            if starts.kind not in (DERIVED, UNREAD) and len({m.measure for m in months}) == 1:
                # the header's one measure (`Budget Jan`) gives way to the block's
                months = [replace(m, measure=None) for m in months]
            blocks.append(f"{starts.label!r} (row {row})")
            sums = RunningSums()  # each block's totals add up its own rows
            result.skipped.append(
                RowIssue(
                    row,
                    "",
                    f"a block heading: the rows under it are {starts.kind}"
                    if starts.kind not in (DERIVED, UNREAD)
                    else "a block heading: its rows are not counted",
                    value=starts.label,
                )
            )
            continue
        if in_block is not None and in_block[1].kind in (DERIVED, UNREAD):
            label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
            result.skipped.append(RowIssue(row, "", in_block[1].why(in_block[0]), value=label))
            continue
        if row in parents:
            label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
            result.skipped.append(RowIssue(row, "", parents[row], value=label))
            continue
        if result.measure_col is not None and (
            derived_figure(said := cell_text(grid.value(row, result.measure_col)))
            or other_figure(said)
        ):
            # round 15: a variance row among the measure rows of a line; red team of round
            # 20: a contingency or commitments row too
            own = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
            result.skipped.append(
                RowIssue(
                    row,
                    "",
                    earned_value_reason(said)
                    if derived_figure(said) and earned_value_figure(said)
                    else (
                        f"a variance ({said!r}) worked out from the budget and actual: not a "
                        "measure, not counted"
                    )
                    if derived_figure(said)
                    else (
                        f"{said!r} is effort (days or hours), no money: not counted"
                        if effort_figure(said)
                        else f"{said!r} is a figure beside the measures (a contingency, "
                        "commitments, accruals), no budget, actual or forecast: not counted"
                    ),
                    value=own or (line_above[0] if line_above else ""),
                )
            )
            continue
        carried = _carried_line(grid, row, label_cols, result.measure_col, line_above, deduced)
        if why == "total row":
            # round 21: a ``TOTAL`` row's blank line cell is no line carried down from the
            # row above (its ``Codificado`` is the lines' sum, not the last line's budget)
            carried = None
        if why == "total row":
            category = None  # a subtotal closes its category's group (round 28)
        if why is not None and carried is None:
            category, said_category = _category_heading(
                grid, row, label_cols, category_word, category, ends=why.startswith("group heading")
            )
            result.skipped.append(RowIssue(row, "", said_category or why))
            continue
        label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
        if carried is not None:
            label = carried[0]
            line_above = (
                carried[0],
                carried[1] | {_row_measure(grid, row, result.measure_col, "", deduced)},
            )
        elif result.measure_col is not None and label:
            line_above = (label, {_row_measure(grid, row, result.measure_col, label, deduced)})
        present = {
            m.col: a for m in months if (a := _amount(grid.value(row, m.col), m)) is not None
        }
        total = sums.total_of(present)
        if total is not None:
            category = None  # a subtotal closes its category's group (round 28)
            result.skipped.append(RowIssue(row, "", total_reason(total), value=label))
            continue
        if not present and label:
            group, why = _heading_row(label, heading, group)
            category, said_category = _category_heading(
                grid, row, label_cols, category_word, category, ends=True
            )
            result.skipped.append(RowIssue(row, "", said_category or why, value=label))
            continue
        sums.add(present)
        extra = _row_fields(grid, row, label_plans, filled=carried is not None)
        if carried is not None:
            extra = {**line_extra, **extra}  # CapEx/OpEx written once with the line
        else:
            line_extra = extra
        if category is not None:
            extra.setdefault("category", category)  # a category column says first
        if group is not None:
            # red team of round 20: a line naming its own kind (``Opex - licences``,
            # ``Revenue costs`` under a ``Capital plan`` title) is that kind, not the title's
            extra.setdefault("capex_opex", _line_own_kind(label, heading) or group)
        row_measure = _row_measure(
            grid, row, result.measure_col, label if labels_name_measures else "", deduced
        )
        if row_measure is None and in_block is not None:
            row_measure = in_block[1].kind  # round 18: the block's measure
        two, row_months = _actual_then_forecast_row(
            grid, row, result.measure_col, label if labels_name_measures else "", months, cutoff
        )
        if two:
            result.skipped.append(RowIssue(row, "", two, value=label))
            continue
        if two is not None:
            row_measure = None  # each month's flag (or the title's cut-off) says
            if row_months is not months and cutoff and cutoff[1] not in result.notes:
                result.notes.append(cutoff[1])
        if row_measure == EARNED and not earned_table and label.strip().casefold() == "ev":
            row_measure = None  # ``EV`` among cost lines alone: electric vehicles, a line
        if row_measure == EARNED:
            result.skipped.append(RowIssue(row, "", _EARNED_WHY, value=label))
            continue
        if (
            result.measure_col is None
            and not variances
            and label
            and _DERIVED_LINE.search(label)
            and not all(m.measure for m in months)
        ):
            # red team of round 15: a variance or remaining-budget row under the lines
            result.skipped.append(
                RowIssue(
                    row,
                    "",
                    f"a variance ({label!r}) worked out from the lines: not a cost line, "
                    "not counted",
                    value=label,
                )
            )
            continue
        if row_measure is None and variances and not all(m.measure for m in months):
            result.skipped.append(RowIssue(row, "", variances, value=label))
            continue
        if row in yields:
            result.skipped.append(RowIssue(row, "", yields[row], value=label))
            continue
        cumulative = _row_cumulative(grid, row, result.measure_col, label)
        lines.add_row(
            block,
            grid,
            row,
            label or f"Row {row}",
            row_months,
            row_measure,
            extra,
            result,
            cumulative,
        )
    if named is not None:
        lines.by_context = False  # said by the header (the note above), not the title
    if blocks:
        result.notes.append(
            "measures kept as blocks one under another: "
            + ", ".join(blocks)
            + " start blocks; the same cost line in two blocks is one line with each measure"
        )
    return _finished(result, lines)


def _cost_line_columns(
    block: TableBlock,
    grid: Grid,
    months: list[MonthColumn],
    label_plans: list[ColumnPlan],
    result: RowsResult,
) -> list[int]:
    """The cost line's column(s): as mapped, else the first text column left of the months."""
    label_cols = [p.col for p in label_plans if p.key == "cost_line"]
    if label_cols:
        return label_cols
    # round 16: a column of CapEx / OpEx words is no line
    kinds = {p.col for p in label_plans if p.key == "capex_opex"}
    col = unnamed_line_column(block, grid, {m.col for m in months}, kinds)
    if col is not None:
        cell = block.header_at(col)
        result.notes.append(
            f"cost line taken from column {cell.text if cell and cell.text else col!s}"
        )
        return [col]
    return []


def capex_opex_column(
    block: TableBlock,
    grid: Grid,
    taken: set[int],
    convert: Converter,
    months: set[int] | None = None,
) -> int | None:
    """The column left of the months whose every value is a CapEx or OpEx word of the
    standards' list or its aliases (round 16: ``RDEL`` / ``CDEL``, the UK Treasury's resource
    and capital spending controls; ``Capital`` / ``Revenue``; ``Opex``), two rows or more and
    both kinds or one repeated: a line's kind of spend by its values, whatever the header
    says (``Budget type``, ``Control``, ``Ambit``). A column with any other word is none;
    a total or subtotal row's label (``Capital subtotal``, ``TOTAL``) is no line's word and
    is passed over (round 24's last hour). Round 37 (t45a): left of the first of ``months``
    when given, so a kind column right of the line's name (``STT | Hạng mục | Phân loại |
    T5/2026``) is read too, as one left of it was."""
    from addin.adopt.rows import is_total_label  # rows reads classify, which reads this

    first_month = (
        min(months)
        if months
        else min((c for c in taken if c > block.first_col), default=block.last_col + 1)
    )
    for head in block.headers:
        if head.col in taken or head.col >= first_month:
            continue
        values = [
            grid.value(r, head.col)
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_blank(grid.value(r, head.col))
            and not is_total_label(cell_text(grid.value(r, head.col)))
        ]
        if len(values) < 2 or not all(isinstance(v, str) for v in values):
            continue
        read = [convert(v) for v in values]
        if all(c.problem is None and c.value in ("CapEx", "OpEx") for c in read):
            return head.col
    return None


def unnamed_line_column(
    block: TableBlock, grid: Grid, month_cols: set[int], taken: set[int]
) -> int | None:
    """The cost line when no header names it: the first column of text left of the months
    that is no person's (``Budget holder``) and not ``taken``; a column of codes alone
    (``CAP-101``, ``6100``) gives way to a column of names after it (round 15: a municipal
    SDBIP's ``Project No.`` beside its ``Capital Project``, a ledger's account beside its
    name), as a mapped code column does (:func:`named_line_column`)."""
    if not month_cols:
        return None
    first_month = min(month_cols)
    rows = range(block.first_data_row, block.last_data_row + 1)
    found: list[int] = []
    for col in range(block.first_col, first_month):
        if col in taken or col in month_cols or _names_people(block, col):
            continue  # red team of round 14: a ``Budget holder``'s names are no lines
        values = [grid.value(r, col) for r in rows]
        if sum(1 for v in values if isinstance(v, str) and v.strip()) >= 1:
            found.append(col)
    if not found:
        return None
    found = _finest_first(grid, rows, found)
    codes_only = named_line_column(block, grid, found[0], taken | {found[0]}, first_month)
    return codes_only if codes_only is not None and codes_only in found else found[0]


def _finest_first(grid: Grid, rows: range, found: list[int]) -> list[int]:
    """``found`` with the column that tells the lines apart first (round 24's last hour): a
    column whose names repeat down the rows (``Capital``, ``Capital``, ``Revenue``) groups
    the lines, so a later column with more different names (``Lock gates``, ``Towpath``) is
    the line. A total or subtotal row's label counts for neither; columns as many names as
    the first keep their order (a code beside its name is left to ``named_line_column``).
    Only a first column that repeats a name groups, and only a column whose every name is
    its own row's and none a measure (``Budget``, ``Actual``) tells lines apart: a line
    written once over its Budget / Actual / Forecast rows does not repeat (round 6's
    layout), and a line's name repeated over its measure rows is the line (round 20's)."""
    from addin.adopt.rows import is_total_label  # rows reads classify, which reads this

    named = {
        col: [t for r in rows if (t := cell_text(grid.value(r, col))) and not is_total_label(t)]
        for col in found
    }
    distinct = {col: len(set(texts)) for col, texts in named.items()}
    first = found[0]
    if distinct[first] == len(named[first]):
        return found  # the first column repeats no name: it groups nothing
    finer = [
        c
        for c in found[1:]
        if distinct[c] > distinct[first]
        and (distinct[c] == len(named[c]) or _lines_over_measure_rows(grid, rows, c, first))
        and not any(measure_word(text) for text in named[c])
    ]
    if not finer:
        return found
    best = max(finer, key=lambda c: (distinct[c], -c))
    return [best, *[c for c in found if c != best]]


def _lines_over_measure_rows(grid: Grid, rows: range, col: int, first: int) -> bool:
    """Round 37 (t45d): whether ``col``'s names, though repeated, each name ONE line: every
    name's rows run together (its Budget / Actual rows, one under the other) and stand under
    one name of the grouping column ``first`` (``VIC | Store 104 Fitzroy | Bud``, ``VIC |
    Store 104 Fitzroy | Act``): a store chain's lines repeated over their measure rows, under
    the state that groups them. A name met again after another's rows, or under two
    groups, is no line of its own (a supplier or a category repeated down the lines)."""
    from addin.adopt.rows import is_total_label  # rows reads classify, which reads this

    seen: dict[str, tuple[int, str]] = {}  # each name: its last row and its group
    for r in rows:
        name = cell_text(grid.value(r, col))
        if not name or is_total_label(name):
            continue
        group = cell_text(grid.value(r, first))
        if name in seen:
            last, was = seen[name]
            between = [
                x
                for x in range(last + 1, r)
                if (t := cell_text(grid.value(x, col))) and not is_total_label(t)
            ]
            if between or was != group:
                return False
        seen[name] = (r, group)
    return True


#: A line's code alone: an outline number (``1.1``, ``2.3.4``), an account or object class
#: (``6100``, ``25.1``), a short prefix and number (``GL-4100``, ``WBS 1.2``): no name.
_LINE_CODE = re.compile(r"^[A-Za-z]{0,4}[-\s.]?\d+(?:[.\-/]\d+)*[.]?$")


def is_code(value: CellValue) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(_LINE_CODE.match(value.strip()))


def named_line_column(
    block: TableBlock, grid: Grid, line_col: int, taken: set[int], first_month: int
) -> int | None:
    """The column holding the names of the cost lines when the column mapped as the cost
    line holds only their codes (round 14): a cronograma's ``Item`` 1.1, 1.2 beside its
    ``Descrição``, a ledger's ``Account`` 6100 beside ``Account name``, a WBS number beside
    the work package. The nearest column before the months, not ``taken`` (mapped to
    something else, or the months), whose filled cells are texts with letters, as many
    different names as codes (red team of round 15), no measure words (a ``Budget`` / ``Actual`` column). None when the
    mapped column holds a name on any row, or no such column is found."""
    from addin.adopt.rows import is_total_label  # rows reads classify, which reads this

    # round 21: a ``TOTAL`` row under the lines is no line: its label is no name; round
    # 35's second wave: nor is a row holding its one cell in that column and nothing else
    # in the table (a ``Notes:`` line under a totals row, a section's heading)
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_total_label(cell_text(grid.value(r, line_col)))
        and not _alone_in_row(block, grid, r, line_col)
    ]
    codes = [grid.value(r, line_col) for r in rows]
    codes = [v for v in codes if not is_blank(v)]
    if len(codes) < 2 or not all(is_code(v) for v in codes):
        return None
    others = [c for c in range(block.first_col, first_month) if c != line_col and c not in taken]
    for col in sorted(others, key=lambda c: (abs(c - line_col), c)):
        if _names_people(block, col):
            continue  # red team of round 14: a ``Budget holder``'s names are no lines
        names = [cell_text(grid.value(r, col)) for r in rows]
        names = [n for n in names if n]
        if (
            len(set(names)) >= 2
            # red team of round 15: the names tell the lines apart as the codes do; a
            # column repeating a value (a status, a region) groups them, names none
            and len(set(names)) >= len({cell_text(c) for c in codes})
            and all(re.search(r"[^\W\d_]", n) and not measure_word(n) for n in names)
            and not all(is_code(n) for n in names)
        ):
            return col
    return None


def _alone_in_row(block: TableBlock, grid: Grid, row: int, col: int) -> bool:
    """True when ``row`` holds text in ``col`` and nothing in the table's other columns."""
    return isinstance(grid.value(row, col), str) and all(
        is_blank(grid.value(row, c)) for c in range(block.first_col, block.last_col + 1) if c != col
    )


def _names_people(block: TableBlock, col: int) -> bool:
    """True when the column's header ends in a word naming a person (``Budget holder``,
    ``Cost Owner``, ``Account Manager``): its names are people's, not the lines'."""
    from addin.adopt.heads import PERSON_HEADS
    from addin.adopt.match import normalise_header

    head = block.header_at(col)
    words = " ".join(normalise_header(head.text if head else "")).split()
    return bool(words) and (words[-1] in PERSON_HEADS or words[-1] in {"holder", "holders"})


def _months_by_flag_row(
    block: TableBlock, grid: Grid, months: list[MonthColumn], result: RowsResult
) -> tuple[list[MonthColumn], int | None]:
    """Round 34's last hour: the months' measures a row of flags UNDER the header gives
    (``A/F | A | A | F``: :func:`addin.adopt.measure_flags.flag_row_under`), when the header
    gives none; with the flag row, skipped as a row and said in the notes."""
    from addin.adopt.measure_flags import flag_row_note, flag_row_under

    if not months or any(m.measure for m in months):
        return months, None
    found = flag_row_under(block, grid, [m.col for m in months])
    if found is None:
        return months, None
    row, flagged, worded = found
    result.notes.append(flag_row_note(block, row, flagged, worded))
    return [replace(m, measure=flagged.get(m.col)) for m in months], row


def _cutoff_said(
    block: TableBlock, context_lines: Sequence[str], months: list[MonthColumn]
) -> tuple[date, str] | None:
    """Round 34's last hour: the last month of actuals the title block states (``Actuals to
    end April 2026``: :func:`addin.adopt.measure_flags.actuals_cutoff`), for the rows naming
    the actual and the forecast together, when the months carry no measure; with the note
    said when such a row is read by it."""
    from addin.adopt.measure_flags import actuals_cutoff

    if not months or any(m.measure for m in months):
        return None
    found = actuals_cutoff([*block.titles, *context_lines])
    if found is None:
        return None
    month, said = found
    return month, (
        f"{said!r} in the title block: a row naming the actual and the forecast together is "
        f"read as actuals up to {month:%b %Y} and forecast after it"
    )


def _actual_then_forecast_row(
    grid: Grid,
    row: int,
    measure_col: int | None,
    label: str,
    months: list[MonthColumn],
    cutoff: tuple[date, str] | None = None,
) -> tuple[str | None, list[MonthColumn]]:
    """Round 34's last hour: a latest estimate's row named ``Actual / Forecast`` (in its
    measure column, or its short label where no column says), with the months to read it
    by: None when the row says no such thing; ``""`` when every month's measure is flagged
    (each month is read as its flag says) or the title block states the last month of
    actuals (``cutoff``: the months up to it actuals, the rest forecast); else why it is not
    read: which months are actuals and which forecast is written nowhere (before, every
    month was read as an actual)."""
    from addin.adopt.measure_flags import actual_then_forecast

    said = cell_text(grid.value(row, measure_col)) if measure_col is not None else ""
    if not said and label and len(label.split()) <= 4:
        said = label
    if not said or not actual_then_forecast(said):
        return None, months
    if months and all(m.measure in ("actual", "forecast") for m in months):
        return "", months
    if cutoff is not None:
        return "", [
            replace(m, measure="actual" if m.month <= cutoff[0] else "forecast") for m in months
        ]
    return (
        f"{said!r} holds actuals for the months closed and the forecast after, and nothing "
        "says which month is which (no row of A / F flags, no flag in the months' headers, "
        "no 'Actuals to <month>' in the title): not read; flag the months or split the row "
        "into Actual and Forecast"
    ), months


def _measure_column(
    block: TableBlock, grid: Grid, months: list[MonthColumn], skip: frozenset[int] = frozenset()
) -> int | None:
    """The first column whose every value names a measure (Budget / Actual / Forecast);
    ``skip``: rows that are no line (a row of flags under the months, round 34)."""
    month_set = {m.col for m in months}
    for col in range(block.first_col, block.last_col + 1):
        if col in month_set:
            continue
        values = [
            cell_text(grid.value(r, col))
            for r in range(block.first_data_row, block.last_data_row + 1)
            if r not in skip
        ]
        values = [v for v in values if v]
        # round 15: a variance row among the measure rows (``Budget | Actual | Variance``)
        # leaves the column a measure column; the variance rows are listed, not read
        measures = [v for v in values if not derived_figure(v) and not other_figure(v)]
        if measures and all(measure_word(v) for v in measures):
            return col
    return None


#: Round 32: a measure's initial as a compact tracker writes it in its measure column
#: (``B | A | F`` under every cost line, ``BUD | ACT | FC``, ``P | A``): read only in a cycle
#: of distinct measures line by line (:func:`_marked_measure_column`); a lone ``A`` or ``F``
#: elsewhere (a grade, a flag) is no measure.
_INITIALS = {"b": "budget", "p": "budget", "a": "actual", "f": "forecast", "fc": "forecast"}


def _marked_measure_column(
    block: TableBlock, grid: Grid, months: list[MonthColumn], label_cols: list[int]
) -> tuple[int, dict[str, str]] | None:
    """The first label column whose words cycle line by line (``Bud | Act | Fcst`` under
    every cost line) and each name a measure, a short form (:func:`measure_mark`: ``Bud``,
    ``Act``) counted as the measure it starts, two measures or more (round 25); with the
    short forms' readings (word -> measure). Only a cycle counts: a ``State`` column of
    ``ACT`` and ``NSW`` names places, and ``ACT`` alone down a column says nothing."""
    month_set = {m.col for m in months}
    for col in range(block.first_col, block.last_col + 1):
        if col in month_set or col in label_cols:
            continue
        words = [
            cell_text(grid.value(r, col)).strip()
            for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        words = [w for w in words if w]
        pattern = measure_rows.cycle([w.casefold() for w in words])
        if pattern is None:
            continue
        read = {w: measure_word(w) or measure_mark(w) or _INITIALS.get(w) for w in pattern}
        if not all(read.values()) or len(set(read.values())) != len(pattern):
            continue
        marks = {w: m for w, m in read.items() if m and measure_word(w) is None}
        if marks:
            return col, marks
    return None


def _deduced_measure_column(
    block: TableBlock, grid: Grid, months: list[MonthColumn], label_cols: list[int]
) -> tuple[int, measure_rows.Deduced] | None:
    """The first label column whose words cycle line by line, all but one naming a measure,
    and the measure that one word is read as (round 20, :mod:`addin.adopt.measure_rows`)."""
    if not months:
        return None
    month_set = {m.col for m in months}
    first = [m for m in months if m.month == min(x.month for x in months)]
    last = [m for m in months if m.month == max(x.month for x in months)]

    def filled(row: int, cols: list[MonthColumn]) -> bool:
        return any(_amount(grid.value(row, m.col), m) is not None for m in cols)

    for col in range(block.first_col, block.last_col + 1):
        if col in month_set or col in label_cols:
            continue
        rows = [
            measure_rows.MeasureRow(r, said, filled(r, first), filled(r, last))
            for r in range(block.first_data_row, block.last_data_row + 1)
            if (said := cell_text(grid.value(r, col)))
            and parse_number(grid.value(r, col)) is None
            and not derived_figure(said)
            and not other_figure(said)
        ]
        found = measure_rows.deduce(rows, measure_word)
        if found is not None:
            return col, found
    return None


def names_the_line(header: str) -> bool:
    """Whether a header is one of the cost line's own names (``Budget line``, ``Budget
    item``, ``Budget head``: a grant's or an NGO's word for the line a cost is booked to),
    so it names the table's lines, never its measure (round 22's last hour: an ``ACTUAL``
    block whose line column is headed ``Budget Line`` holds actuals, as its heading says)."""
    from addin.adopt.synonyms import REGISTER

    words = " ".join(re.findall(r"[^\W\d_]+", header.casefold()))
    return words in REGISTER["finance"]["cost_line"]


def measure_word(text: str) -> str | None:
    """The measure a measure column's cell names, in English or another language of
    ``languages.toml`` (``Ist``, ``Prognose``, ``Previsto``, ``Realizado``; round 14)."""
    return measure_in(text) or measure_translated(text)


#: Round 18: the same, for the classifier (a block's header naming its measure).


#: Words after a CapEx / OpEx heading that say only "money" (``Capital expenditure``,
#: ``Opex costs``, ``CAPEX budget``): dropped before the heading is read (round 13).
_MONEY_TAIL = re.compile(
    r"\s*[-:(]?\s*\b(?:expenditure|expenses|costs?|spend|budget|items?|lines?)\b\)?\s*$",
    re.IGNORECASE,
)


def _capex_opex(label: str, heading: Converter | None) -> Any:
    """The CapEx/OpEx value a heading names (``CAPEX``, ``Operating expenditure``), else
    None."""
    if heading is None or not label.strip():
        return None
    for text in dict.fromkeys((label, _MONEY_TAIL.sub("", label))):
        found = heading(text) if text.strip() else None
        if found is not None and found.problem is None and found.value is not None:
            return found.value
    return None


def _category_heading(
    grid: Grid,
    row: int,
    label_cols: list[int],
    category_word: Callable[[str], str | None] | None,
    current: str | None,
    *,
    ends: bool,
) -> tuple[str | None, str]:
    """The cost category a heading row names, and the reason it is listed (round 28).

    A PMO analyst's rule: a finance tracker's row holding only a label, that label a word
    of the standard's cost categories (``Labour``, ``Contractors``), heads a group: every
    cost line under it, up to the next such heading or the group's subtotal, is of that
    category (where the tracker has no category column of its own). Another group heading
    or label alone (``Phase 2``: ``ends``) ends the group: the lines under it are no longer
    known to be of it (a line with no amounts yet ends it too: a category guessed wrong is
    worse than one left empty); a page line keeps it. Returns the category in force and
    the reason."""
    cols = grid.nonblank_cols(row)
    if category_word is None or len(cols) != 1 or cols[0] not in label_cols:
        return current, ""
    label = cell_text(grid.value(row, cols[0])).strip()
    found = category_word(label)
    if found is None and _closed_by_its_total(grid, row, cols[0], label):
        # round 36 (t42c): a group its own subtotal names (``Feed`` ... ``Total Feed``)
        return (
            label,
            f"a category heading closed by its own total: the cost lines under it are {label!r}",
        )
    if found is None:
        return (None if ends else current), ""
    return found, f"a category heading: the cost lines under it are {found!r}"


#: How far below its heading a group's own total row is looked for (round 36, t42c).
_GROUP_ROWS = 60


def _closed_by_its_total(grid: Grid, row: int, col: int, label: str) -> bool:
    """Round 36 (t42c): whether a label alone on its row (``Infrastructure``) heads a
    group closed, further down its column, by a row totalling that same label (``Total
    Infrastructure``, ``Infrastructure total``, ``Subtotal Infrastructure``), as a farm's,
    a school's or any tracker's budget groups its lines under headings of its own words,
    not the standard's cost categories. The group is then that category: the total row
    a person reads is the proof that the label named the lines between. A heading with no
    total of its own name (``Phase 2`` over lines, ``Total`` alone), or a blank row
    reached first, proves nothing."""
    if not label or len(label) > 60:
        return False
    name = re.escape(label.casefold())
    closing = re.compile(
        rf"^(?:(?:sub-?\s?)?total\s+(?:of\s+)?{name}|{name}\s+(?:sub-?\s?)?total)$"
    )
    for below in range(row + 1, min(grid.n_rows, row + _GROUP_ROWS) + 1):
        cells = grid.nonblank_cols(below)
        if not cells:
            return False
        text = " ".join(cell_text(grid.value(below, col)).casefold().split())
        if closing.match(text):
            return True
    return False


def _heading_row(label: str, heading: Converter | None, group: Any) -> tuple[Any, str]:
    """A row with a label and no amounts: a CapEx/OpEx heading (the rows under it take its
    value) or a row with nothing to adopt. Returns the group in force and the reason."""
    found = _capex_opex(label, heading)
    if found is not None:
        return found, f"a group heading: the rows under it are {found}"
    return group, "no amount in any month"


def _title_group(block: TableBlock, grid: Grid, heading: Converter | None) -> tuple[Any, str]:
    """The CapEx/OpEx of every line when the title right above the table names one
    (round 13): budgets keep a ``CAPEX`` block and an ``OPEX`` block stacked, each under
    its own heading. Only a short title (four words at most) on the row nearest the
    header, standing alone on that row; a longer title ("Capital programme - all figures in
    EUR") says nothing of the lines."""
    top = min(block.header_rows or (block.header_row,))
    above = [(r, c, t) for r, c, t in block.preamble if r < top]
    if not above:
        return _named_capex_opex(block, grid, heading)
    nearest = max(r for r, _, _ in above)
    texts = [t for r, _, t in above if r == nearest and t.strip()]
    if len(texts) != 1 or len(texts[0].split()) > 4 or len(grid.nonblank_cols(nearest)) != 1:
        return _named_capex_opex(block, grid, heading)
    found = _capex_opex(texts[0], heading)
    if found is None:
        return _named_capex_opex(block, grid, heading)
    return found, f"the title {texts[0]!r} above the table: its lines are {found}"


#: CapEx or OpEx named inside a longer title or a sheet name (``Actual Capex (INR)``,
#: ``Capex Tracker``, ``Operating expenditure 2026``): the term itself, not ``capital``
#: alone (a capital city) nor ``operations``. Round 20: a capital plan is capital spend
#: (``Capital Programme 2026/27``, ``Capital plan``, ``Capital schemes``, ``Capital works
#: budget``, as public bodies and estates title the plan of what they build or buy), unless
#: the capital is another kind (:data:`_OTHER_CAPITAL`). Round 21: a capital outturn too
#: (``Capital Outturn FY2026``: what the capital plan spent and will spend).
_CAPEX_OPEX_TERM = re.compile(
    r"\b(?:cap[\s-]?ex|op[\s-]?ex|capital\s+(?:expenditure|spend(?:ing)?|costs?|budgets?"
    r"|programmes?|programs?|plans?|schemes?|projects?|works|investments?|outturns?)"
    r"|operat(?:ing|ional)\s+(?:expenditure|expenses|spend(?:ing)?|costs?|budget))\b",
    re.IGNORECASE,
)
#: Capital that is no capital spend, in the words before it (``Human capital plan``, a
#: ``Working capital budget``, ``Venture capital programme``, ``Share capital``): round 20.
_OTHER_CAPITAL = re.compile(
    r"\b(?:human|working|venture|social|share|intellectual|natural|risk|regulatory|"
    r"economic|cultural|relational|growth|seed|equity|debt|loan)\s*$",
    re.IGNORECASE,
)


#: Words after a CapEx / OpEx term that make it what a programme cuts or reviews, not what
#: its lines are (``Opex Reduction Programme``, ``Capex Optimisation``, ``Opex savings``).
_CUT = re.compile(
    r"^\s*(?:reduction|reductions|reduce|saving|savings|optimi[sz]ation|optimi[sz]e|"
    r"efficiency|efficiencies|cut|cuts|avoidance|review|challenge)\b",
    re.IGNORECASE,
)


def kind_by_title(
    block: TableBlock, grid: Grid, items: list[dict[str, Any]], heading: Converter | None
) -> str:
    """Every line's CapEx/OpEx, in a finance table written one row per line and month (no
    month columns), when its title or sheet names one kind (``Capital Project Financial
    Monitoring``, ``Capex Tracker``) and no column says it: round 25 reads the title as the
    across reader (:func:`unpivot`) has since round 13, a line naming its own kind keeping
    its own. Returns the note saying so, or "" when the title names none (or both)."""
    group, said = _title_group(block, grid, heading)
    if group is None:
        return ""
    for item in items:
        own = _line_own_kind(str(item.get("cost_line") or ""), heading)
        item.setdefault("capex_opex", own if own is not None else group)
    return said


def _line_own_kind(label: str, heading: Converter | None) -> Any:
    """The CapEx/OpEx a cost line's own label names (``Opex - licences``, ``Revenue``,
    ``Capital works - roof``), else None (red team of round 20): a title or group heading
    gives every line its kind, but a line that names its own is read by its own."""
    if heading is None or not label.strip():
        return None
    whole = _capex_opex(label, heading)
    if whole is not None:
        return whole
    for match in _CAPEX_OPEX_TERM.finditer(label):
        term = match.group(0)
        if term.casefold().startswith("capital") and _OTHER_CAPITAL.search(label[: match.start()]):
            continue
        value = _capex_opex(re.sub(r"[\s-]", "", term) if len(term) <= 6 else term, heading)
        if value is not None:
            return value
    first = re.split(r"\s*[-:(/]\s*|\s+", label.strip(), maxsplit=1)[0]
    return _capex_opex(first, heading) if first and first != label.strip() else None


def _named_capex_opex(block: TableBlock, grid: Grid, heading: Converter | None) -> tuple[Any, str]:
    """The CapEx/OpEx of every line when the sheet's name or a title line above the table
    names one and only one (round 14): a capex tracker (``Capex Tracker``, ``5G Rollout -
    Actual Capex (INR)``) holds capital spend; a title naming both (``Capex and Opex
    budget``) says nothing of a line. A line's own CapEx/OpEx cell still wins."""
    if heading is None:
        return None, ""
    found: dict[Any, str] = {}
    for text in [block.sheet.replace("_", " "), *title_lines(block, grid)]:
        for match in _CAPEX_OPEX_TERM.finditer(text):
            term = match.group(0)
            if _CUT.match(text[match.end() :]):
                continue  # red team of round 14: an ``Opex Reduction Programme`` cuts it
            if term.casefold().startswith("capital"):
                if _OTHER_CAPITAL.search(text[: match.start()]):
                    continue  # round 20: ``Human capital plan`` is no capital spend
                term = "capital"  # round 20: ``Capital programme`` is read as ``capital``
            # ``Cap-ex``, ``Op Ex``: the one word
            value = _capex_opex(re.sub(r"[\s-]", "", term) if len(term) <= 6 else term, heading)
            if value is not None:
                found.setdefault(value, text)
    if len(found) != 1:
        return None, ""
    value, text = next(iter(found.items()))
    return value, f"{text!r} names the lines' CapEx/OpEx: every line is {value}"


def _carried_line(
    grid: Grid,
    row: int,
    label_cols: list[int],
    measure_col: int | None,
    line_above: tuple[str, set[str | None]] | None,
    deduced: dict[str, str] | None = None,
) -> tuple[str, set[str | None]] | None:
    """The cost line a measure row without one belongs to (round 6): a line written once
    over its Budget / Actual / Forecast rows, merged down or blank below. Only with a
    measure column, only a measure the line above has not had yet, and only when the
    line's cells are empty (or covered by the line's merged cell)."""
    if measure_col is None or line_above is None or not label_cols:
        return None
    measure = _row_measure(grid, row, measure_col, "", deduced)
    if measure is None or measure in line_above[1]:
        return None
    if any(not is_blank(grid.value(row, c)) for c in label_cols):
        return None
    if parse_number(grid.value(row, measure_col)) is not None:
        return None
    return line_above


def _row_fields(
    grid: Grid, row: int, label_plans: list[ColumnPlan], *, filled: bool = False
) -> dict[str, Any]:
    """The row's other mapped fields (category, CapEx/OpEx, notes) that convert cleanly;
    ``filled`` reads a merged cell's value on every row it covers."""
    extra: dict[str, Any] = {}
    for plan in label_plans:
        if plan.key == "cost_line":
            continue
        value = grid.filled(row, plan.col) if filled else grid.value(row, plan.col)
        converted = plan.convert(value)
        if converted.value is not None and converted.problem is None:
            extra[plan.key] = converted.value
    return extra


_EARNED_WHY = (
    "earned value (BCWP / EV): the standard Finance register has no column for it (it holds "
    "the budget - planned value, BCWS - the actual cost, ACWP, and the forecast); not adopted"
)


def _row_cumulative(grid: Grid, row: int, measure_col: int | None, label: str) -> bool:
    """True when the row's measure cell or short label says its figures are running
    totals (``Cumulative actual``, ``Cum BCWS``)."""
    if measure_col is not None and cumulative_in(cell_text(grid.value(row, measure_col))):
        return True
    return bool(label) and len(label.split()) <= 4 and cumulative_in(label)


def parent_rows(
    block: TableBlock,
    grid: Grid,
    months: list[MonthColumn],
    label_cols: list[int],
) -> dict[int, str]:
    """Rows that hold the subtotal of the rows right under them (round 13): a parent line
    (``Labour`` over ``Internal staff`` and ``Contractors``) whose amount in every month is
    the sum of the two or more rows that follow it, up to the next parent. Read bottom-up,
    so a grand parent (``Total programme`` over parents and their children) adds up the
    lines under it that are no parents themselves. A row equal to one row under it is no
    parent (a line repeated); rows with no amounts, or only zeros, are not counted (a line
    of zeros under ``A`` over ``A``'s subtotal would make ``A`` look like a parent). A table
    whose rows are measures (a measure column, ``Budget`` / ``Actual`` rows) has none: on a
    line kept on plan the Budget row is the sum of its Actual and Forecast rows. Returns
    row -> reason."""
    cols = [m.col for m in months]
    amounts: dict[int, dict[int, float]] = {}
    for row in range(block.first_data_row, block.last_data_row + 1):
        found = {m.col: a for m in months if (a := _amount(grid.value(row, m.col), m)) is not None}
        if found:
            amounts[row] = found
    rows = sorted(amounts)
    for row in rows:
        label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
        if _row_measure(grid, row, None, label) is not None:
            # Budget / Actual / Forecast rows: a fixed fee on plan has Budget = Actual +
            # Forecast in every month, which is no subtotal
            return {}
    # round 33: a block heading (``Budget``, ``Actual``, ``Variance`` alone on its row)
    # ends a parent's children: a one-line block's Budget row is its Actual row plus its
    # Variance row in every month, which is no subtotal
    headings = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if r not in amounts
        and _row_measure(
            grid, r, None, " ".join(cell_text(grid.value(r, c)) for c in label_cols).strip()
        )
        is not None
    ]
    parents: dict[int, str] = {}
    for i in range(len(rows) - 1, -1, -1):
        row = rows[i]
        own = amounts[row]
        if len(own) < 2 or not any(own.values()):
            continue
        total = dict.fromkeys(cols, 0.0)
        counted = 0
        flat = _flat(own)
        for below in rows[i + 1 :]:
            if any(row < h < below for h in headings):
                break
            if below in parents or not any(amounts[below].values()):
                continue  # a parent's own subtotal, or a line of zeros, proves nothing
            for c, a in amounts[below].items():
                total[c] += a
            counted += 1
            flat = flat and _flat(amounts[below])
            if counted >= 2 and _sums(own, total, cols):
                last = below
                parents[row] = (
                    f"a parent line: its amounts are the sum of the {counted} line(s) under it "
                    f"(rows {row + 1}-{last}); not counted twice"
                )
                if flat:
                    # an evenly phased tree (Staff 500 over 300 and 200) and fixed fees that
                    # happen to add up (Licences 500, Support 300, Hosting 200) look the same
                    parents[row] += (
                        "; each of these rows holds one amount every month, so the sum may be "
                        "a coincidence: if it is a cost line of its own, add it by hand"
                    )
                break
    if label_cols and parents:
        # the rows under a parent must be lines too: a parent with no label is no parent
        parents = {
            r: why
            for r, why in parents.items()
            if any(not is_blank(grid.value(r, c)) for c in label_cols)
        }
    return parents


def _sums(own: dict[int, float], total: dict[int, float], cols: list[int]) -> bool:
    """Whether a row's amounts are the given totals in every month."""
    return all(abs(own.get(c, 0.0) - total[c]) < 0.01 for c in cols)


def _flat(amounts: dict[int, float]) -> bool:
    """Whether a row holds the same amount in every month it fills (a fixed monthly fee)."""
    values = list(amounts.values())
    return all(abs(a - values[0]) < 0.01 for a in values)


#: Row labels of an earned value table besides ``EV`` (planned value, actual cost, BAC).
_EARNED_VALUE_ROWS = frozenset(
    {"pv", "ac", "bcws", "acwp", "bcwp", "bac", "planned value", "actual cost", "earned value"}
)


def _earned_value_rows(block: TableBlock, grid: Grid, label_cols: list[int]) -> bool:
    """Whether a row label names an earned value figure other than ``EV`` (``PV``, ``AC``,
    ``BCWS``): then an ``EV`` row is earned value; among cost lines alone, ``EV`` is a line
    (electric vehicles, a fleet's chargers)."""
    for row in range(block.first_data_row, block.last_data_row + 1):
        label = " ".join(cell_text(grid.value(row, c)) for c in label_cols)
        words = re.sub(r"[^a-z ]", " ", label.casefold())
        if any(re.search(rf"\b{w}\b", words) for w in _EARNED_VALUE_ROWS):
            return True
    return False


def _labels_name_measures(block: TableBlock, grid: Grid, label_cols: list[int]) -> bool:
    """Whether the rows' labels name measures (round 18): two measures or more among them
    (``Staff - Budget``, ``Staff - Actual``), a label that is a measure and little else
    (``Actual``, ``Forecast (£)``), or earned value. One line whose name holds a measure's
    word among lines naming none (a UK grant's ``Directly Incurred Staff``) is a line:
    its amounts are the table's measure, not actuals."""
    named: set[str] = set()
    for row in range(block.first_data_row, block.last_data_row + 1):
        label = " ".join(cell_text(grid.value(row, c)) for c in label_cols).strip()
        if not label or len(label.split()) > 4:
            continue
        measure = measure_in(label)
        if measure is None:
            continue
        if measure == EARNED or len(re.findall(r"[^\W\d_]+", label)) <= 1:
            return True
        named.add(measure)
    return len(named) >= 2


def _rows_yielding_to_own_word(
    block: TableBlock, grid: Grid, measure_col: int | None
) -> dict[int, str]:
    """Round 32 (lead, at the merge of round 32's tie rule and its ``Invoiced`` rows): rows of
    a measure column that reach a measure only through a synonym (``Invoiced``, ``Billed``,
    ``Spend``) while another row of the column names that measure by its own word
    (``Actual incl. accruals``), with why each is not counted. The same rule as a tie of two
    columns (:func:`addin.adopt.match.assign`): the own word wins, whatever the order; the
    two rows were added into one actual. A column whose rows name the measure only by a
    synonym keeps reading them (a fee tracker's ``Invoiced`` row is its actual)."""
    if measure_col is None:
        return {}
    rows = range(block.first_data_row, block.last_data_row + 1)
    said = {row: cell_text(grid.value(row, measure_col)) for row in rows}
    # red team of round 32's first wave: a row left out as effort or another figure
    # (``Effort actual``) is no row naming the measure: ``Fees invoiced`` stays the actual
    measure = {
        row: measure_in(text)
        for row, text in said.items()
        if text and not other_figure(text) and not derived_figure(text)
    }
    own = {
        m for row, m in measure.items() if m in MEASURE_WORDS and _names_own_measure(said[row], m)
    }
    return {
        row: (
            f"{said[row]!r} reaches the {m} only by another word, and a row of this column "
            f"names the {m} itself: that row is the {m}; this one is not counted"
        )
        for row, m in measure.items()
        if m in own and not _names_own_measure(said[row], m)
    }


def _names_own_measure(text: str, measure: str) -> bool:
    """Whether ``text`` names ``measure`` by its own word (``Actual``, ``Actuals``,
    ``Budget``, ``Forecast``), not only through a synonym."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool({measure, measure + "s"} & words)


def _row_measure(
    grid: Grid,
    row: int,
    measure_col: int | None,
    label: str,
    deduced: dict[str, str] | None = None,
) -> str | None:
    """The measure a row states, in its measure column or a short row label; ``deduced``
    holds the measure column's word no vocabulary names and the measure the column's other
    words leave it (round 20, :mod:`addin.adopt.measure_rows`)."""
    said = cell_text(grid.value(row, measure_col)) if measure_col else ""
    measure = measure_word(said) if said else None
    if measure is None and said and deduced:
        measure = deduced.get(said.strip().casefold())
    if measure is None and label and len(label.split()) <= 4:
        measure = measure_in(label)
    return measure


@dataclass
class _Lines:
    """Finance lines being built, one per (month, cost line), amounts added up."""

    default_measure: str | None
    #: amounts were read by ``default_measure``, the title's or sheet name's (round 14: said)
    by_context: bool = False
    #: round 20: ``default_measure`` is the block's own heading's (its note says so)
    by_heading: bool = False
    #: round 17: (row, col) -> the other currency of an amount never added, and the kept one
    foreign: dict[tuple[int, int], str] = field(default_factory=dict)
    kept_currency: str = ""
    merged: dict[tuple[date, str], dict[str, Any]] = field(default_factory=dict)
    order: list[tuple[date, str]] = field(default_factory=list)
    assumed: bool = False
    #: round 27: the measures a title names when it names two (``Budget vs Actual``), said
    #: in the note of amounts read as Budget
    title_names: tuple[str, ...] = ()
    #: running totals, (cost line, measure) -> month -> amount, with the line's fields
    cumulative: dict[tuple[str, str], dict[date, float]] = field(default_factory=dict)
    cumulative_extra: dict[tuple[str, str], tuple[int, dict[str, Any]]] = field(
        default_factory=dict
    )
    cumulative_cols: set[int] = field(default_factory=set)

    def add_row(
        self,
        block: TableBlock,
        grid: Grid,
        row: int,
        label: str,
        months: list[MonthColumn],
        row_measure: str | None,
        extra: dict[str, Any],
        result: RowsResult,
        row_cumulative: bool = False,
    ) -> None:
        """Add one source row's amounts to the lines of its months (text that is no
        amount is listed as not converted); running totals are kept aside for
        :meth:`resolve_cumulative`."""
        for month in months:
            value = grid.value(row, month.col)
            if is_blank(value):
                continue
            other = self.foreign.get((row, month.col))
            if other is not None:  # round 17: another currency's amount is never added
                head = block.header_at(month.col)
                result.unconverted.append(
                    RowIssue(
                        row,
                        f"{_letter(month.col)}{row}",
                        f"an amount in {other} where the table's are in {self.kept_currency}: "
                        "not added",
                        head.text if head is not None else "",
                        cell_text(value),
                    )
                )
                continue
            amount = _amount(value, month)
            if amount is None:
                head = block.header_at(month.col)
                result.unconverted.append(
                    RowIssue(
                        row,
                        f"{_letter(month.col)}{row}",
                        "not an amount",
                        head.text if head is not None else "",
                        cell_text(value),
                    )
                )
                continue
            measure = month.measure or row_measure or self.default_measure
            if row_measure == "budget" and month.measure in ("actual", "forecast"):
                # red team of round 31: a Budget row under ``Apr 2026 Fcst`` is still the
                # budget (a measure-long table's forecast months); the Actual row there is
                # the forecast, so both were added into one forecast
                measure = row_measure
            if not (month.measure or row_measure) and self.default_measure:
                self.by_context = True
            if measure == EARNED:
                continue  # earned value over the months: listed with the columns
            if measure is None:
                measure, self.assumed = "budget", True
            if month.cumulative or row_cumulative:
                running = self.cumulative.setdefault((label, measure), {})
                running[month.month] = running.get(month.month, 0.0) + amount
                self.cumulative_extra.setdefault((label, measure), (row, extra))
                self.cumulative_cols.add(month.col)
                continue
            key = (month.month, label)
            if key not in self.merged:
                self.merged[key] = {
                    "month": month.month,
                    "cost_line": label,
                    "source_row": row,
                    **extra,
                }
                self.order.append(key)
            self.merged[key][measure] = self.merged[key].get(measure, 0.0) + amount

    def _running_sum_of_lines(self, label: str, measure: str, running: dict[date, float]) -> bool:
        """Round 40 (t50b): whether a line's running totals add, month by month, the sum of
        the table's other lines (a cash flow's ``Acumulado`` under its ``Total mensual``):
        the whole table's cumulative total, no line of its own. Two months at least, every
        month's step equal to the lines' sum (to half a unit), and some amount in it; its
        label says a running total and no line (``Acumulado``, ``Cumulative``: a line's own
        running total, ``Cranes cumulative``, names the line and stays one)."""
        from addin.adopt.languages import translate

        if not (running_total_alone(label) or running_total_alone(translate(label) or "")):
            return False
        months = sorted(running)
        if len(months) < 2:
            return False
        before = 0.0
        for month in months:
            lines = [
                self.merged[(m, line)][measure]
                for (m, line) in self.order
                if m == month and line != label and measure in self.merged[(m, line)]
            ]
            if not lines or abs(running[month] - before - sum(lines)) >= 0.5:
                return False
            before = running[month]
        return before > 0.5

    def resolve_cumulative(self) -> list[str]:
        """Running totals made in-month amounts, or left out (round 13). A line and measure
        that also has in-month amounts keeps those: its running totals are left out (never
        added to them) and checked against them. One with running totals only is read month
        by month as the difference from the month before; its first month's figure is read
        as that month's amount (nothing before it is in the table). Returns the notes."""
        notes: list[str] = []
        dropped: list[str] = []
        disagree: list[str] = []
        turned: list[str] = []
        gaps: list[str] = []
        summed: list[str] = []
        for (label, measure), running in self.cumulative.items():
            own = {
                month: self.merged[(month, label)][measure]
                for (month, line) in self.order
                if line == label and measure in self.merged[(month, line)]
            }
            months = sorted(running)
            if own:
                dropped.append(label)
                total = 0.0
                for month in sorted(set(own) | set(months)):
                    total += own.get(month, 0.0)
                    if month in running and abs(running[month] - total) >= 0.5:
                        disagree.append(
                            f"{label} {month:%b %Y}: {running[month]:,.2f} against {total:,.2f}"
                        )
                        break
                continue
            if self._running_sum_of_lines(label, measure, running):
                summed.append(label)
                continue
            row, extra = self.cumulative_extra[(label, measure)]
            before = 0.0
            for n, month in enumerate(months):
                if (
                    n
                    and (month.year - months[n - 1].year) * 12 + month.month - months[n - 1].month
                    > 1
                ):
                    gaps.append(f"{label} {months[n - 1]:%b %Y} - {month:%b %Y}")
                key = (month, label)
                if key not in self.merged:
                    self.merged[key] = {
                        "month": month,
                        "cost_line": label,
                        "source_row": row,
                        **extra,
                    }
                    self.order.append(key)
                self.merged[key][measure] = round(running[month] - before, 2)
                before = running[month]
            turned.append(f"{label} ({measure}, first month {months[0]:%b %Y})")
        if dropped:
            notes.append(
                "running totals (cumulative / to date) left out for "
                + ", ".join(dict.fromkeys(dropped))
                + ": the same lines have in-month amounts, which are read; a running total is "
                "never added to them"
            )
        if summed:
            notes.append(
                "running totals of the whole table left out ("
                + ", ".join(dict.fromkeys(summed))
                + "): each month adds the sum of the lines above, so they are the table's "
                "cumulative total, no line of its own"
            )
        if disagree:
            notes.append(
                "running totals that are not the sum of the in-month amounts (check): "
                + "; ".join(disagree)
            )
        if turned:
            notes.append(
                "running totals (cumulative / to date) turned into in-month amounts, each "
                "month less the month before: " + ", ".join(turned) + "; the first month's "
                "figure is read as that month's own (nothing before it is in the table: if the "
                "total started earlier, correct that month)"
            )
        if gaps:
            notes.append(
                "a month is missing between running totals, so the difference covers both "
                "months and is read as the later one's: " + "; ".join(gaps)
            )
        return notes


def _finished(result: RowsResult, lines: _Lines) -> RowsResult:
    """``result`` with the lines' items, their running totals resolved, and the notes."""
    result.notes.extend(lines.resolve_cumulative())
    result.items = [lines.merged[k] for k in lines.order]
    result.raw_text = [{} for _ in lines.order]
    if lines.by_context and not lines.by_heading and lines.default_measure in MEASURES:
        result.notes.append(
            f"amounts that no column or row names are read as {lines.default_measure.title()}: "
            "the title or the sheet name says so"
        )
    if lines.assumed and lines.title_names:
        result.notes.append(
            f"the title names {' and '.join(m.title() for m in lines.title_names)}, two "
            "measures, and nothing says which the amounts are; they were read as Budget"
        )
    elif lines.assumed:
        result.notes.append(
            "nothing says whether the amounts are budget, actual or forecast; they were read as Budget"
        )
    return result


def _amount(value: CellValue, month: MonthColumn) -> float | None:
    """A month cell's amount, in the unit of its column (a cell with its own unit, ``£12k``,
    is not scaled again)."""
    from addin.adopt.amounts import has_own_unit

    amount = parse_number(value, dot_thousands=month.comma)
    if amount is None or month.factor == 1:
        return amount
    if isinstance(value, str) and has_own_unit(value):
        return amount
    return amount * month.factor


#: Round 39 (t49b): a figure written as text with its thousands or decimal separator
#: (``23.400,00``, ``12'450.00``, ``1,23,456``, ``12 345,00 €``): an amount, never a word.
_WRITTEN_AMOUNT = re.compile(r"\d[.,'\u00a0\u202f ]\d")


def _written_amount(value: CellValue) -> bool:
    """Round 39 (t49b): whether a month cell's text is an amount written with separators.
    A row holding such amounts under its months is a cost line, never a block heading: an
    Italian cost sheet's ``1 | Impianto aspirazione | Aria Pulita spa | 23.400,00`` was read
    as a heading (its supplier's ``spa`` read as a measure word) because its amounts were
    text; a repeated header's month labels (``01.2026``, ``2026-01``) and bare years
    (``2026``) are no such text."""
    from addin.adopt.detect import is_axis

    return isinstance(value, str) and bool(_WRITTEN_AMOUNT.search(value)) and not is_axis(value)


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)


# ---------------------------------------------------------------------------------------
# Cost lines across, months down (round 13)
# ---------------------------------------------------------------------------------------

#: A header that totals the lines beside it (``Total``, ``Grand total``, ``Sum``, ``YTD``).
TOTAL_HEAD = re.compile(r"\b(?:total|totals|grand total|sum|subtotal|ytd)\b", re.IGNORECASE)
#: At least this many months down, each on one row, before a table is read so.
_ACROSS_MONTHS = 3
#: Earned value's indices and variances (``CPI``, ``SPI``, ``CV``, ``EAC``...) and ratios:
#: a table of them by month is a performance trend, not cost lines.
METRIC_WORDS = frozenset(
    {"cpi", "spi", "tcpi", "cv", "sv", "vac", "eac", "etc", "bac", "variance", "var", "index"}
)


def month_of_value(value: CellValue) -> date | None:
    """The month a Month cell names (a date, ``Apr-26``, ``2026-04``, ``04/2026``,
    ``P01 FY26``), as its first day; None for anything else (``Total``)."""
    from addin.adopt.convert import fiscal_period, month_span, parse_date

    if isinstance(value, datetime | date):
        return date(value.year, value.month, 1)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    # round 40 (t50c): a date filter over one whole month (``2026-02-01..2026-02-28``)
    found = month_span(text) or numeric_month(text) or fiscal_period(text) or parse_date(text)
    # round 42 (tx42): a month as its language's own year-month pattern writes it
    found = found or labelled_month(text)
    return date(found.year, found.month, 1) if found is not None else None


def _month_rows(grid: Grid, block: TableBlock, month_col: int) -> dict[int, date]:
    """Row -> month for the rows whose month cell reads as a month (a date, ``Apr-26``,
    ``2026-04``, ``P01 FY26``). An ERP's period and year (``001.2026``) counts from the
    financial year's first month the title states, else the ``fiscal_year_start`` reading;
    its special periods 13-16 are no month."""
    from addin.adopt.periods import fiscal_month, fiscal_start_in, period_year_value

    titles = [*title_lines(block, grid), block.sheet]
    start = fiscal_start_in(titles) or current().fiscal_year_start
    out: dict[int, date] = {}
    for row in range(block.first_data_row, block.last_data_row + 1):
        value = grid.value(row, month_col)
        both = period_year_value(value)
        month = fiscal_month(both[0], start, both[1]) if both is not None else month_of_value(value)
        if month is not None:
            out[row] = month
    return out


#: Round 33's last hour: how far a row's sum may be from its total's cell (cents rounded).
_SUM_SLACK = 0.51
#: The fewest month rows on which a total column must be its lines' sum.
_SUM_ROWS = 2


def summed_lines(
    block: TableBlock, grid: Grid, chosen: dict[int, Any]
) -> tuple[list[int], int] | None:
    """Round 33's last hour: the cost lines across of a months-down table whose amount column
    (read as the budget, actual or forecast: ``Gross this period``, ``Invoiced``, ``Amount``)
    is, on every month row, the sum of the two or more number columns just before it
    (``Valuation No. | Period to | Groundworks | Steel frame | Cladding | Gross this period
    | Retention 5% | Net certified``): a contractor's valuations, a supplier's invoices or
    a cost report by period, laid out with their sections across and the period's total
    after them. The columns summed are the cost lines, measured as the total names them;
    the total and what follows it (retention, net, paid: figures of the total) are no line.
    Returns (the line columns, the total's column), or None. Content, not words: a total
    that is no sum of the columns before it (``Gross valuation | Retention | Net``, a
    payment application's own figures) leaves the table as it was; so does a month column
    whose cells are no month on each row, or months repeated (a long format)."""
    month_col = next(
        (c for c, m in chosen.items() if m.column_key == "month" and m.confidence >= 0.7), None
    )
    if month_col is None:
        return None
    months = _month_rows(grid, block, month_col)
    if len(months) < _SUM_ROWS or len(set(months.values())) != len(months):
        return None
    for total_col in sorted(chosen):
        if chosen[total_col].column_key not in MEASURES:
            continue
        if total_col <= month_col + 2:
            continue
        run = list(range(month_col + 1, total_col))
        if any(c in chosen for c in run):
            continue
        if _is_row_sum(grid, months, run, total_col):
            return run, total_col
    return None


def _is_row_sum(grid: Grid, months: dict[int, date], run: list[int], total_col: int) -> bool:
    """Whether ``total_col`` holds, on each month row, the sum of ``run``'s numbers (a blank
    or dash line is nothing), with at least two lines filled somewhere and
    :data:`_SUM_ROWS` rows or more summed."""
    summed, filled = 0, set()
    for row in months:
        total = parse_number(grid.value(row, total_col))
        if total is None:
            if not is_blank(grid.value(row, total_col)):
                return False
            continue
        parts = 0.0
        for col in run:
            cell = grid.value(row, col)
            if is_blank(cell) or (isinstance(cell, str) and is_no_amount(cell)):
                continue
            number = parse_number(cell)
            if number is None:
                return False
            parts += number
            if number:
                filled.add(col)
        if abs(parts - total) > _SUM_SLACK:
            return False
        summed += 1
    return summed >= _SUM_ROWS and len(filled) >= 2


def _across_months(block: TableBlock) -> int:
    """The fewest month rows a months-down table with its lines across needs: three, or one
    on a sheet named by its measure alone (round 37, t43b: an ``Utfall`` / ``Actual`` sheet
    beside its ``Budget`` twin, one month booked so far, as round 36 reads that sheet's two
    months across); its Month column is still one its header names."""
    named = _sheet_named_by_measure(block.sheet.replace("_", " ").strip())
    return 1 if named else _ACROSS_MONTHS


def lines_across(block: TableBlock, grid: Grid, chosen: dict[int, Any]) -> list[int]:
    """The cost-line columns of a table with the months down and one column per cost line
    across (``Month | Cloud hosting | Contractors | Licences | Total``), as an accounts
    extract or a hand-made spend log is often laid out (round 13); [] for any other table.

    It needs a column mapped certainly as the Month holding a different month on each of
    three rows or more, and two columns or more whose header is a label (no month, no
    total, no measure word alone) over numbers on the month rows; a column mapped as
    Budget / Actual / Forecast or Cost Line that is not one of them (a ``Budget`` column, a
    ``Cost line`` of names) makes the table long format. A measure word beside a line's
    name (``Travel forecast``) is the measure of that line's amounts. Whether the table is
    money at all is the caller's to judge (its title or sheet name must say finance)."""
    summed = summed_lines(block, grid, chosen)
    if summed is not None:
        return summed[0]  # round 33's last hour: the lines before their total's column
    month_col = next(
        (c for c, m in chosen.items() if m.column_key == "month" and m.confidence >= 0.8), None
    )
    from addin.adopt.finance_blocks import measure_groups

    # round 21: measures grouped over the lines (``Plan`` / ``Spent``) say money too
    grouped = measure_groups(block, measure_word)
    if month_col is None or not (grouped or named_money(block, grid)):
        return []
    months = _month_rows(grid, block, month_col)
    if len(months) < _across_months(block) or len(set(months.values())) != len(months):
        return []
    # round 32's last hour: a log laid out for the year ahead, filled as each month closes,
    # is judged on its months up to the last one filled (``May 2026`` .. ``Dec 2026`` alone
    # below are months to come, not gaps in its lines)
    closed = [r for r in months if len(grid.nonblank_cols(r, block.first_col, block.last_col)) > 1]
    cols: list[int] = []
    sparse: list[int] = []  # round 40 (t50c): lines of numbers filled in a few months only
    totals: list[int] = []
    from addin.adopt.periods_down import leading_number_column
    from addin.adopt.total_rows import is_total_label, named_after_total, sums_columns_before

    # round 33: a claims or valuations log's document number before its months (``Claim No
    # | Month | Design | Survey``) is no cost line
    number_col = leading_number_column(block, grid)
    for head in block.headers:
        text = (head.text or "").strip()
        # round 38 (ox38): ``Total Quality Management`` is a line's name unless its column
        # sums the lines left of it
        named = named_after_total(text) and not sums_columns_before(
            block, grid, head.col, list(months)
        )
        if head.col == month_col or not text or (TOTAL_HEAD.search(text) and not named):
            if head.col != month_col and text:
                totals.append(head.col)
            continue
        if is_total_label(text) and not named:
            totals.append(head.col)
            continue  # round 37 (t43b): a total's column in the sheet's language (``Summa``)
        if head.col == number_col and month_col == head.col + 1:
            continue
        if running_total_alone(text):
            continue  # round 28's last hour: `Cumulative` after the lines sums them all
        if derived_figure(text) and not head.group:
            # round 38 (t47b): a variance standing after the lines' groups (``Écart
            # cumulé`` beside ``Prévisionnel`` / ``Réalisé``, ``Variance``) is worked out
            # from them, no cost line of its own
            continue
        if is_month_header(head) or all(measure_in(w) for w in line_words(text)):
            return []  # months (or measures alone: ``Budget``) across: another shape
        if "%" in text or set(re.findall(r"[a-z]+", text.lower())) & METRIC_WORDS:
            return []  # an earned value trend (CPI, SPI, CV) or ratios: no cost lines
        values = [grid.value(r, head.col) for r in months if closed and r <= closed[-1]]
        filled = [v for v in values if not is_blank(v)]
        # round 21: under a measure's group (``Actual (€)`` over the lines), a line's
        # actuals stop at the last month closed: filled on fewer than half the rows
        if len(filled) * 2 < len(values) and not (grouped and filled):
            if filled and all(parse_number(v) is not None for v in filled):
                sparse.append(head.col)
            continue
        # round 32's last hour: a dash (``-``, ``nil``) in a line's month says nothing spent
        # there, as spend logs write it: no amount, and no reason to doubt the line
        numbers = [v for v in filled if not (isinstance(v, str) and is_no_amount(v))]
        if numbers and all(parse_number(v) is not None for v in numbers):
            cols.append(head.col)
    cols = _summed_sparse_lines(grid, months, cols, sparse, totals)
    long_format = [
        c
        for c, m in chosen.items()
        if m.column_key in (*MEASURES, "cost_line")
        # round 32 (red team): a column read certainly as a measure (``Gross valuation``,
        # ``Value of work this period``) names that amount, no cost line: a payment
        # application's figures, months down, were read as lines across, all as Budget
        and (c not in cols or (m.column_key != "cost_line" and m.confidence >= MEASURE_NAMED))
    ]
    return cols if len(cols) >= 2 and not long_format else []


def _summed_sparse_lines(
    grid: Grid, months: dict[int, date], cols: list[int], sparse: list[int], totals: list[int]
) -> list[int]:
    """Round 40 (t50c): ``cols`` with the lines filled in a few months only (a contingency
    drawn twice, ``Onvoorzien`` beside ``Riet dekken | Molenmaker``) that the row's total
    after them sums with the others: the ``Totaal`` column holds, on each month, the sum of
    every line including them, so they are lines whose other months are blank (no finance
    line), not a column of something else. Without such a total they stay out, as before."""
    if not sparse or not cols:
        return cols
    for total in totals:
        run = sorted(c for c in [*cols, *sparse] if c < total)
        if set(sparse) <= set(run) and _is_row_sum(grid, months, run, total):
            return sorted({*cols, *sparse})
    return cols


#: Words a running total's header may hold beside its running-total word and still name
#: no cost line (``Cumulative spend``, ``Running total cost``).
_RUNNING_REST = frozenset({"total", "totals", "spend", "cost", "costs", "cash", "flow"})
_RUNNING_REST |= frozenset({"cashflow", "amount", "amounts", "forecast", "actual", "all"})


def running_total_alone(text: str) -> bool:
    """Whether a header across the lines says a running total and no line of its own
    (``Cumulative``, ``Cum. spend``, ``Running total``): with the cost lines across, it is
    the running sum of every line, as the row's ``Total`` is the month's, and no cost line.
    A line's own running total names the line (``Steel cumulative``) and stays a column."""
    if not _CUMULATIVE.search(text):
        return False
    rest = re.findall(r"[^\W\d_]+", _CUMULATIVE.sub(" ", text).casefold())
    return all(w in _RUNNING_REST for w in rest)


def named_money(block: TableBlock, grid: Grid) -> bool:
    """True when the sheet's name or a title line above the table says finance (``Actuals``,
    ``Actual spend by month``). Label / value cells above it say nothing: a summary sheet's
    ``Program Spend YTD`` beside a pivot of costs by code (figures computed from the cost
    rows another sheet holds) is no tracker of its own."""
    from addin.adopt.synonyms import REGISTER_WORDS

    words = set(REGISTER_WORDS["finance"])
    titles = title_lines(block, grid)
    for text in [block.sheet.replace("_", " "), *titles]:
        if words & set(re.findall(r"[a-z]+", text.lower())):
            return True
    # round 33's last hour: the same said in the sheet's own language. A sheet named by
    # the actuals or the forecast alone, in any language the measure reader holds
    # (``Utfall``, ``Ist``, ``Réalisé``, ``Prognose``) is the English ``Actuals`` sheet;
    # a plan's words (``Plan``, ``Soll``: a budget, but also a resource plan's) are not
    # enough alone. A unit line above the table naming a currency (``Belopp i SEK``,
    # ``Beträge in EUR``, ``Amounts in GBP``), on the standards' list or not, says the
    # figures are money, as ``spend`` in a title does.
    if _sheet_named_by_measure(block.sheet.replace("_", " ").strip()):
        return True
    # round 35's second wave: the same measure as one part of a title line
    # (``Kostnadsuppföljning - ny ugnslinje, Utfall (SEK)``) says it as the sheet's name
    # did; the sheet renamed ``Sheet1``, the tracker was lost
    if any(
        _sheet_named_by_measure(part.strip())
        for t in titles
        for part in TITLE_PARTS.split(t)
        if part.strip()
    ):
        return True
    return any(states_currency_unit(t) for t in titles)


#: The measures a sheet's name alone says money by (see :func:`named_money`).
_SHEET_MEASURES = ("actual", "forecast")
#: A document's words that the measure reader reads as an actual (a valuation, an
#: invoice: :data:`MEASURE_WORDS`) but that name no measure as a sheet's whole name: a
#: Brazilian ``Medições`` sheet (valuations) is a log of numbered documents, read by its
#: periods down (round 33's merge of two last-hour rules).
_SHEET_DOCUMENTS = frozenset({"valuation", "valuations", "invoiced", "billed", "certified"})


def _sheet_named_by_measure(name: str) -> bool:
    """Whether a sheet's name alone is the actuals or the forecast in any language the
    measure reader holds (``Utfall``, ``Ist``, ``Prognose``), not a document's word."""
    from addin.adopt.languages import translate

    english = set(re.findall(r"[a-z]+", (translate(name) or name).lower()))
    return measure_word(name) in _SHEET_MEASURES and not english & _SHEET_DOCUMENTS


def states_currency_unit(text: str) -> bool:
    """Round 33's last hour: whether a title line is a unit line (a word for amounts,
    figures or currency, :func:`addin.adopt.languages.unit_statement`) naming a currency
    after it: a code of CLDR's list in capitals (``Belopp i SEK``, ``Beløp i NOK``,
    ``Amounts in GBP``), a currency's name or sign (``Beträge in Euro``, ``Montants en
    €``). ``Figures in hours`` or ``Units: m²`` name none."""
    from addin.adopt import cldr
    from addin.adopt.currency import unit_line_currencies
    from addin.adopt.languages import unit_statement

    statement = unit_statement(text)
    if statement is None:
        return False
    codes = cldr.currency_codes()
    found = re.findall(r"\b[A-Z]{3}\b", statement)
    if any(code in codes and code != "ALL" for code in found):  # ALL: a word in capitals
        return True
    return bool(unit_line_currencies(statement))


def is_month_header(head: Any) -> bool:
    from addin.adopt.periods import month_label

    return bool(month_label(head))


def unpivot_lines_across(
    block: TableBlock,
    grid: Grid,
    month_col: int,
    line_cols: list[int],
    context: str,
    context_lines: Sequence[str] = (),
    summed_as: str | None = None,
) -> RowsResult:
    """One Finance item per (month row, line column) with an amount: the line is the
    column's header, the measure its header's word (``Licences actual``), the title's
    (``Actual spend by month``) or that of the total the lines are summed in (``summed_as``,
    :func:`summed_lines`: ``Gross this period``), else Budget (said). Running totals (``Cumulative``) are
    turned into in-month amounts as for months across; rows without a month (``Total``)
    are listed."""
    result = RowsResult()
    lines = _context_lines(context, context_lines)
    titles = title_lines(block, grid)
    months_down = _month_rows(grid, block, month_col)
    running_title = any(cumulative_in(t) for t in titles) and not any(
        _IN_MONTH.search(t) for t in titles
    )
    # round 36 (t42c): the unit the line's header or the table's title states (``Unit:
    # thousand yen``), as each month column across takes it (:func:`_with_units`)
    scaled, unit_notes = _with_units(
        block, [MonthColumn(c, date(1, 1, 1), None) for c in line_cols], grid
    )
    factor_of = {m.col: m.factor for m in scaled}
    result.notes.extend(unit_notes)
    for row in range(block.first_data_row, block.last_data_row + 1):
        cells = grid.nonblank_cols(row, block.first_col, block.last_col)
        if not cells:
            continue
        month = months_down.get(row)
        if month is None:
            first = cell_text(grid.value(row, cells[0]))
            result.skipped.append(
                RowIssue(
                    row,
                    "",
                    "no month in the Month column (a total, or an ERP's special period 13-16)",
                    value=first,
                )
            )
            continue
        for col in line_cols:
            head = block.header_at(col)
            label = head.text.strip() if head is not None and head.text else f"Column {col}"
            cell = grid.value(row, col)
            if is_blank(cell) or (isinstance(cell, str) and is_no_amount(cell)):
                continue  # round 32's last hour: ``-`` is nothing spent that month, no line
            # round 21: else the measure its group names (``Actual (€)`` over the lines)
            group = head.group if head is not None and head.group else ""
            named = measure_in(label) or (measure_word(group) if group else None)
            column = MonthColumn(col, month, named, factor_of[col], cumulative_in(label))
            amount = _amount(cell, column)
            if amount is None:
                result.unconverted.append(
                    RowIssue(row, f"{_letter(col)}{row}", "not an amount", label, cell_text(cell))
                )
                continue
            line = _line_name(label)
            measure = column.measure or lines.default_measure or summed_as
            if not column.measure and lines.default_measure:
                lines.by_context = True
            if measure == EARNED:
                continue
            if measure is None:
                measure, lines.assumed = "budget", True
            if column.cumulative or running_title:
                running = lines.cumulative.setdefault((line, measure), {})
                running[month] = running.get(month, 0.0) + amount
                lines.cumulative_extra.setdefault((line, measure), (row, {}))
                continue
            key = (month, line)
            if key not in lines.merged:
                lines.merged[key] = {"month": month, "cost_line": line, "source_row": row}
                lines.order.append(key)
            lines.merged[key][measure] = lines.merged[key].get(measure, 0.0) + amount
    result.notes.append(
        "cost lines across, months down: each column's header is the cost line of its amounts"
    )
    return _finished(result, lines)


#: Marks a header may put between a cost line and its measure (``Electrical - Budget``,
#: ``Feed: Actual``, ``Labour | Forecast``, ``Power – Actual``): no part of the line's name.
_LINE_MARKS = " \t-\u2013\u2014:|/,;_"

#: A header of one token gluing a line to its measure (``Feed_Actual``, ``Power-Budget``).
_GLUED = re.compile(r"[-_/\u2013:|]")


def line_words(header: str) -> list[str]:
    """A header's words, a header of one token gluing a line to its measure split at the
    glue (``Feed_Actual`` -> ``Feed``, ``Actual``; not ``Re-forecast``)."""
    words = header.split()
    parts = [w for w in _GLUED.split(header) if w] if len(words) == 1 else []
    if len(parts) > 1 and all(len(w) > 2 for w in parts):
        return parts
    return words


#: Round 32's last hour: a line and its measure with a mark between, in either order
#: (``Feed - Budget``, ``Feed_Budget``, ``Budget: Feed``, ``Feed (Actual)``).
_MARKED_PAIR = re.compile(
    r"^\s*(?P<a>[^-_\u2013\u2014:|(]+?)\s*(?:[-_\u2013\u2014:|]|\()\s*(?P<b>[^-_\u2013\u2014:|()]+?)\s*\)?\s*$"
)


def marked_line_measure(
    header: str, names_figure: Callable[[str], object] | None = None
) -> tuple[str, str] | None:
    """The cost line and the measure word of a header writing both with a mark between
    (``Feed - Budget``, a tool's glued ``Feed_Budget``, ``Budget: Feed``, ``Feed
    (Actual)``), else None. One side must be a measure word alone (one or two words) and
    the other no measure, three letters or more: ``Fit-out``, ``Re-forecast`` and
    ``Licences actual`` (no mark: a line's actuals across) are no pair. ``names_figure`` widens the word
    (the turned tracker's: a ``Variance`` beside the measures, ``Feed_Variance``)."""
    figure = names_figure or measure_word
    found = _MARKED_PAIR.match(header) or _SPACED_PAIR.match(header) or _GLUED_LAST.match(header)
    if found is None:
        return None
    a, b = found["a"].strip(), found["b"].strip()
    for line, word in ((a, b), (b, a)):
        if len(line) > 2 and len(word.split()) <= 2 and figure(word) and not figure(line):
            return line, word
    return None


#: rt33: a line with its own hyphen and its measure after a spaced mark (``Pre-construction
#: - Budget``, ``Sub-contract | Actual``) or a tool's glue (``Sub-contract_Actual``): before,
#: no pair was read, and the tracker's line came out as two lines, ``Pre-construction -
#: Budget`` holding the budget and ``Pre-construction - Actual`` the actual.
_SPACED_PAIR = re.compile(
    r"^\s*(?P<a>[^:|]*?\S)(?:\s*[:|]\s+|\s+[-\u2013\u2014:|]\s+)(?P<b>[^:|]+?)\s*$"
)
_GLUED_LAST = re.compile(r"^\s*(?P<a>[^_\s][^_]*?)_(?P<b>[^_\s-]+)\s*$")


def _line_name(header: str) -> str:
    """The cost line a column's header names, without a measure word beside it
    (``Licences actual`` -> ``Licences``) when other words remain. Round 32's last hour:
    the mark an accountant puts between the line and its measure (``Electrical -
    Budget``, ``Budget: Electrical``, ``Feed_Actual``) goes with the measure, as the
    months-across reading drops it (the prawn farm's ``<line> - Budget`` / ``<line> -
    Actual`` pairs were read as the line ``Electrical -``)."""
    words = line_words(header)
    kept = [w for w in words if measure_in(w) is None and not cumulative_in(w)]
    if not kept or len(kept) == len(words):
        return header
    name = " ".join(kept).strip(_LINE_MARKS)
    name = re.sub(r"\(\s*\)|\[\s*\]", "", name).strip(_LINE_MARKS)
    return name or header


def running_totals_down(result: RowsResult, plans: list[ColumnPlan]) -> list[str]:
    """In-month amounts from a months-down table's running-total column (round 13): a
    ``Cumulative actual``, ``Actual to date`` or ``YTD spend`` column mapped as a measure
    holds, on each row, the total so far of its cost line; each month's amount is its
    figure less the line's month before (the first month's is read as its own). The items
    are changed in place; returns the notes. A line whose months repeat or do not rise
    cannot be read so: its figures are left as written and the note says which.

    Round 32's last hour (task le32): a log whose every line is dated ONCE, the lines in
    different months (a purchase-order log's ``Order date | Invoiced to date``: each PO its
    own line, dated by when it was raised), holds running totals dated by the item, not by
    a period: a PO raised in January and invoiced 20,000 by March did not spend 20,000 in
    January, and no month before it is in the table to subtract. The column's figures are
    left out and listed (a PMO analyst would not book them to any one month). A tracker
    whose lines all share one month (its first month so far) reads them as before."""
    notes: list[str] = []
    month_header = next((p.header for p in plans if p.key == "month"), "")
    for plan in plans:
        if plan.key not in MEASURES or not cumulative_in(plan.header):
            continue
        by_line: dict[str, list[dict[str, Any]]] = {}
        for item in result.items:
            if isinstance(item.get("month"), date) and item.get(plan.key) is not None:
                by_line.setdefault(str(item.get("cost_line")), []).append(item)
        if dated_by_the_item(by_line, month_header):
            emptied: list[int] = []
            for items in by_line.values():
                for item in items:
                    item[plan.key] = None
                    if all(item.get(k) is None for k in MEASURES):
                        emptied.append(id(item))  # the running total was its only figure
            result.items[:] = [i for i in result.items if id(i) not in emptied]
            notes.append(
                f"{plan.header!r} holds running totals dated by each row's own date (every "
                "line is dated once, in different months): it is no month's spend, so it is "
                "left out: " + ", ".join(by_line)
            )
            continue
        turned: list[str] = []
        kept: list[str] = []
        for line, items in by_line.items():
            months = [i["month"] for i in items]
            if len(set(months)) != len(months):
                kept.append(line)
                continue
            before = 0.0
            for item in sorted(items, key=lambda i: i["month"]):
                figure = float(item[plan.key])
                item[plan.key] = round(figure - before, 2)
                before = figure
            turned.append(f"{line} (first month {min(months):%b %Y})")
        if turned:
            notes.append(
                f"{plan.header!r} holds running totals: turned into in-month amounts, each "
                "month less the month before, for " + ", ".join(turned) + "; the first "
                "month's figure is read as that month's own (nothing before it is in the table)"
            )
        if kept:
            notes.append(
                f"{plan.header!r} holds running totals, but these lines repeat a month, so "
                "they cannot be turned into in-month amounts and are kept as written (check): "
                + ", ".join(kept)
            )
    return notes


def dated_by_the_item(by_line: dict[str, list[dict[str, Any]]], month_header: str = "") -> bool:
    """Whether a running total's rows, by cost line, are items each dated once (a line
    holds one month only, and several lines stand in different months): round 32's last
    hour, :func:`running_totals_down`.

    Red team of round 32's code (rt33): when the date column's header says the date is
    the item's own (``Date raised``, ``PO date``, ``Order date``), the lines may all stand
    in one month (a project's first orders, placed together): each order's invoices so far
    are still no month's spend (before, all of them were booked to the month the orders
    were raised)."""
    if len(by_line) < 2 or any(len(items) != 1 for items in by_line.values()):
        return False
    if ITEM_DATE.search(month_header):
        return True
    return len({items[0]["month"] for items in by_line.values()}) > 1


#: rt33: a date column's header naming the day an item (an order, an invoice, a request)
#: was raised, placed or issued, not a period (``Date raised``, ``PO date``, ``Order
#: date``, ``Date ordered``, ``Requisition date``).
ITEM_DATE = re.compile(
    r"\b(?:raised|ordered|placed|issued|po|p\.o\.|order|purchase\s+order|requisition"
    r"|req|commitment|committed|awarded|award|contract)\b",
    re.IGNORECASE,
)


def order_log_date(header: str) -> bool:
    """rt33b: True when a PO log's date column dates what was invoiced on each order: the
    order's own date (:data:`ITEM_DATE`: ``Date raised``, ``PO date``), an invoice's or a
    payment's (``Invoice date``, ``Date paid``), or a bare ``Date`` / ``Month``. A date to
    come or a term's end (``Delivery date``, ``Due date``, ``Start date``, a contract's
    ``Period to`` / ``End date`` / ``Expiry``) dates no spending: the table is refused."""
    text = " ".join(re.findall(r"[a-z]+", header.casefold()))
    if _NOT_SPENT_DATE.search(text):
        return False
    return bool(
        ITEM_DATE.search(text)
        or text in {"date", "month", "mth", "period", "invoice", "paid"}
        or re.search(r"\b(?:invoice|invoiced|paid|payment)\b", text)
    )


#: Round 34: a contract's value (``Contract sum``, ``Contract value``, ``Contract
#: amount``), not a purchase order's, among the order values ``match.order_value`` reads.
_CONTRACT_VALUE = re.compile(r"\bcontracts?\b", re.IGNORECASE)
_ORDER_WORD = re.compile(r"\b(?:p\.?\s?o\.?s?|purchase|orders?)\b", re.IGNORECASE)
#: An invoice's or a payment's date: the month of what was invoiced, on a contract too.
_SPENT_DATE = re.compile(r"\b(?:invoice|invoiced|paid|payment|billed|billing)\b")


def contract_dated(value_headers: list[str], date_header: str) -> bool:
    """Round 34 (round 33's left line): True when a log of contracts (``Contract |
    Supplier | Date | Contract sum | Invoiced``) is dated by each contract (a bare ``Date``,
    ``Contract date``, ``Date awarded``, ``Signed``): a contract's invoices so far span
    the many months of its term, so its ``Invoiced`` is no one month's spend and is not
    booked in the month the contract was signed (before, lf33's reading of a PO log, whose
    order is invoiced within weeks, booked it there). A contract log dated by its invoice
    (``Invoice date``, ``Date paid``) still books each invoice in its month, and a PO log
    (``PO value``, ``Order value``) is read as lf33 ruled."""
    contracts = [h for h in value_headers if _CONTRACT_VALUE.search(h)]
    if not contracts or any(_ORDER_WORD.search(h) for h in value_headers):
        return False
    text = " ".join(re.findall(r"[a-z]+", date_header.casefold()))
    return not _SPENT_DATE.search(text)


#: rt33b: a date of something to come or a term's end, in a PO log or a contracts register.
_NOT_SPENT_DATE = re.compile(
    r"\b(?:to|through|thru|until|till|end|ends|ending|ended|expiry|expires|expiring|finish"
    r"|completion|due|delivery|deliver|delivered|start|starts|commencement|required|need"
    r"|needed|expected|planned|target|forecast)\b"
)


def not_spent_date(header: str) -> bool:
    """True when ``header`` names a date to come or a term's end (:data:`_NOT_SPENT_DATE`:
    ``Due date``, ``Start``, ``Period to``), no month of spending (round 35's third wave:
    ``month_cells`` reads it)."""
    return bool(_NOT_SPENT_DATE.search(" ".join(re.findall(r"[a-z]+", header.casefold()))))


# ---------------------------------------------------------------------------------------
# Long (tidy) exports: a measure column and one amount column (round 14)
# ---------------------------------------------------------------------------------------

#: Headers of the one amount column of a long export (``Amount``, Power Query's ``Value``,
#: ``Betrag``, ``Importe``, ``Montant``, ``Valor``, ``Bedrag``, ``Importo``, ``Wert``).
_AMOUNT_HEAD = frozenset(
    {"amount", "amounts", "value", "values", "sum", "cost", "costs", "betrag", "wert"}
    | {"importe", "montant", "valor", "bedrag", "importo", "kosten"}
)


def measure_letters(block: TableBlock) -> dict[str, str]:
    """Round 32's last hour: letter (lower case) -> measure, from the legend the table's
    title block writes for its one-letter measure codes (a ledger export's ``Ledger A =
    actual, B = budget``, SunSystems', Dynamics' and Sage's ledger codes; ``R = real, P =
    previsión``), as a rolling forecast's flags over its months are read
    (``measure_flags``). Empty without a legend: a column of letters alone names no
    measure (grades, phases, teams)."""
    from addin.adopt.measure_flags import legend_of

    return legend_of(block.titles)


def value_measure(text: str, letters: dict[str, str] | None = None) -> str | None:
    """The measure a long export's measure cell names: a measure's word (``Budget``,
    ``Ist``), or a one-letter code the title block's legend gives (:func:`measure_letters`)."""
    found = measure_word(text)
    if found is None and letters:
        code = text.strip().rstrip(".").lower()
        found = letters.get(code) if len(code) == 1 else None
    return found


def measure_values_column(block: TableBlock, grid: Grid, skip: set[int]) -> int | None:
    """The column, not in ``skip``, whose every filled cell names a measure (Budget /
    Actual / Forecast, in English or a language of ``languages.toml``: ``Plan``, ``Ist``;
    round 32's last hour: a letter the title block's legend gives, ``A`` / ``B`` under
    ``Ledger A = actual, B = budget``) with two measures or more among them; None when
    there is none."""
    rows = range(block.first_data_row, block.last_data_row + 1)
    letters = measure_letters(block)
    for head in block.headers:
        if head.col in skip:
            continue
        texts = [cell_text(grid.value(r, head.col)) for r in rows]
        texts = [t for t in texts if t]
        if len(texts) < 2:
            continue
        found = [value_measure(t, letters) for t in texts]
        # red team of round 14: a variance among the measures (BI exports list it) is a
        # measure's row too, listed and not counted (``spread_by_measure``)
        # round 34: so is a figure that is no measure (an ERP's ``Commitment`` or
        # ``Accrual`` rows beside Budget / Actual / Forecast: orders placed, not spent),
        # listed and not counted, as a measure-row column's are (:func:`other_figure`)
        found = [
            f
            for f, t in zip(found, texts, strict=True)
            if not (f is None and (_variance(t) or other_figure(t)))
        ]
        if found and all(found) and EARNED not in found and len(set(found)) >= 2:
            return head.col
    return None


#: Round 40 (ox40): the headers of a long export's column that says what each row's
#: amount is (Business Central's and NAV's job planning lines' ``Line Type``, Danish
#: ``Linjetype``; a ledger's ``Measure``, ``Version``, ``Scenario``), read in English.
_TYPE_HEADS = frozenset(
    {"line type", "measure", "version", "scenario", "amount type", "value type", "budget type"}
)


def one_measure_type_column(block: TableBlock, grid: Grid, skip: set[int]) -> int | None:
    """Round 40 (ox40): the column, not in ``skip``, headed as the rows' type
    (:data:`_TYPE_HEADS`: ``Line Type``, ``Measure``) whose every filled cell, two or
    more, names one and the same measure: an export of one measure's rows (a job's
    planning lines, every one ``Budget``) says what every amount is, as a measure column
    of two measures does row by row (:func:`measure_values_column`). A bare ``Type`` (of
    resource, item, account) or a column of measures under another header names none."""
    from addin.adopt.languages import translate

    rows = range(block.first_data_row, block.last_data_row + 1)
    for head in block.headers:
        text = head.text or ""
        if head.col in skip or not text.strip():
            continue
        words = " ".join(re.findall(r"[a-z]+", (translate(text) or text).casefold()))
        if words not in _TYPE_HEADS:
            continue
        texts = [cell_text(grid.value(r, head.col)) for r in rows]
        found = {measure_word(t) for t in texts if t}
        filled = len([t for t in texts if t])
        if filled >= 2 and len(found) == 1 and None not in found and EARNED not in found:
            return head.col
    return None


#: A variance written as a long export's measure (``Variance``, ``Var %``, ``Delta``).
_VARIANCE = re.compile(
    r"^\s*(?:%\s*)?(?:variance|var|difference|diff|delta)\.?\s*(?:%|\(%\))?\s*$", re.IGNORECASE
)


def _variance(text: str) -> bool:
    return bool(_VARIANCE.match(text))


def tidy_measures(block: TableBlock, grid: Grid, chosen: dict[int, Any]) -> tuple[int, int] | None:
    """(measure column, amount column) of a long export with one row per month, line and
    measure (round 14): ``Month | Cost line | Measure | Amount``, an ERP's ``Period | Cost
    Element | Version | Value``, Power Query's unpivoted ``Attribute | Value``. Needs a Month
    column (as mapped), a measure column (:func:`measure_values_column`) and one amount
    column: the one column of numbers left, or the one among several whose header says
    amount (``Amount``, ``Value``, ``Betrag``) or was read as a measure. None otherwise."""
    month_col = next((c for c, m in chosen.items() if m.column_key == "month"), None)
    if month_col is None:
        return None
    measure_col = measure_values_column(block, grid, {month_col})
    if measure_col is None:
        measure_col = one_measure_type_column(block, grid, {month_col})
    if measure_col is None:
        return None
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_blank(grid.value(r, measure_col))
    ]
    numeric: list[int] = []
    for head in block.headers:
        if head.col in (month_col, measure_col):
            continue
        key = chosen[head.col].column_key if head.col in chosen else None
        if key in ("cost_line", "category", "capex_opex", "notes", "month"):
            continue
        values = [grid.value(r, head.col) for r in rows]
        filled = [v for v in values if not is_blank(v)]
        if len(filled) * 2 >= len(rows) and all(parse_number(v) is not None for v in filled):
            numeric.append(head.col)
    if len(numeric) == 1:
        return measure_col, numeric[0]

    def says_amount(col: int) -> bool:
        head = block.header_at(col)
        words = set(re.findall(r"[a-zäöüéèáíóúç]+", (head.text if head else "").lower()))
        picked = chosen.get(col)
        return bool(words & _AMOUNT_HEAD) or (picked is not None and picked.column_key in MEASURES)

    named = [c for c in numeric if says_amount(c)]
    return (measure_col, named[0]) if len(named) == 1 else None


def tidy_line_column(
    block: TableBlock, grid: Grid, chosen: dict[int, Any], tidy: tuple[int, int]
) -> int | None:
    """The cost line of a long export whose headers name none (``Line``, ``Item``): the one
    column of names, not mapped, that with the month and the measure tells the rows apart;
    None when there is no such column or more than one."""
    month_col = next((c for c, m in chosen.items() if m.column_key == "month"), None)
    if month_col is None or any(m.column_key == "cost_line" for m in chosen.values()):
        return None
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_blank(grid.value(r, tidy[0]))
    ]
    found: list[int] = []
    for head in block.headers:
        if head.col in chosen or head.col in tidy:
            continue
        texts = [cell_text(grid.value(r, head.col)) for r in rows]
        if not all(texts) or all(is_code(t) for t in texts):
            continue
        keys = {
            (cell_text(grid.value(r, month_col)), cell_text(grid.value(r, tidy[0])), t)
            for r, t in zip(rows, texts, strict=True)
        }
        if len(keys) == len(rows) and len(set(texts)) >= 2:
            found.append(head.col)
    return found[0] if len(found) == 1 else None


def spread_by_measure(
    result: RowsResult,
    grid: Grid,
    measure_col: int,
    amount_key: str,
    letters: dict[str, str] | None = None,
) -> list[int]:
    """Each long-export item's amount (read as ``amount_key``) moved to the measure its
    row's measure cell names (round 14), in place. Returns the rows whose measure cell is
    empty (their items are removed: an amount that is nobody's measure)."""
    kept: list[dict[str, Any]] = []
    raw: list[dict[str, str]] = []
    dropped: list[int] = []
    # one line's measures are on rows of their own: they join its line of the month (the
    # same measure twice is kept apart, for the store to add up and say so)
    lines: dict[tuple[Any, Any], dict[str, Any]] = {}
    for n, item in enumerate(result.items):
        row = int(item.get("source_row") or 0)
        measure = value_measure(cell_text(grid.value(row, measure_col)), letters) if row else None
        amount = item.pop(amount_key, None)
        if measure not in MEASURES:
            dropped.append(row)
            continue
        line = lines.get((item.get("month"), item.get("cost_line")))
        if line is not None and measure not in line:
            if amount is not None:
                line[measure] = amount
            continue
        if amount is not None:
            item[measure] = amount
        lines.setdefault((item.get("month"), item.get("cost_line")), item)
        kept.append(item)
        raw.append(result.raw_text[n] if n < len(result.raw_text) else {})
    result.items, result.raw_text = kept, raw
    return dropped


#: Round 17: words saying a grid's figures are prices or rates, not a budget (a price list,
#: a rate card, a tariff by month): money, but no project's spend.
_PRICE_WORDS = re.compile(
    r"\b(?:prices?|price\s+list|unit\s+(?:price|cost|rate)s?|rate\s+card|day\s+rates?|"
    r"tariffs?|exchange\s+rates?|fx\s+rates?|index|indices)\b",
    re.IGNORECASE,
)


def unnamed_month_grid(
    block: TableBlock, grid: Grid, month_cols: list[int], named: str
) -> str | None:
    """Round 17: why a grid of months that no word names as money (no measure, money word,
    currency or finance title in ``named``: the sheet, title and headers) is no finance
    table, or None when its figures read as amounts. A count is no amount: whole numbers
    all below 100 (a headcount, FTE or days by month); a price list or rate card is money
    but no budget (``Unit price``, ``Day rate``, ``Tariff`` in the sheet, title or
    headers)."""
    if _PRICE_WORDS.search(named):
        return "prices or rates by month (a price list or rate card), not a budget"
    figures = [
        v
        for c in month_cols
        for r in range(block.first_data_row, block.last_data_row + 1)
        if isinstance(v := grid.value(r, c), int | float) and not isinstance(v, bool)
    ]
    if len(figures) >= 3 and all(float(v).is_integer() and 0 <= v < 100 for v in figures):
        return (
            "small whole numbers by month and nothing says money (a headcount, FTE or days "
            "plan?): not read as amounts; name the register in the mapping file if they are"
        )
    people = _people_down(block, grid, min(month_cols))
    if people is not None:
        return (
            f"figures by period against people's names (column {people}) and nothing says "
            "money (a timesheet or an effort plan?): a cost line is a thing paid for, not a "
            "person; not read as amounts; name the register in the mapping file if they are"
        )
    return None


def _people_down(block: TableBlock, grid: Grid, first_month: int) -> str | None:
    """Round 26: the header (or letter) of a column left of the months whose values read
    as people's names (``evidence.person_share``, seven in ten), else None. Such rows are a
    timesheet's or an effort plan's people when nothing names money. Round 34 (v36l): a
    totals row's label (``Total``, ``Summa``, ``Gesamt``) is no name and no person: it is
    left out of the share, so an effort plan's total line under two people does not make
    their hours a cost line's money."""
    from openpyxl.utils import get_column_letter

    from addin.adopt.evidence import person_share
    from addin.adopt.total_rows import is_total_label

    for head in block.headers:
        if head.col >= first_month:
            break
        values = [
            v
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_total_label(cell_text(v := grid.value(r, head.col)))
        ]
        if person_share(values) >= PEOPLE_DOWN:
            return repr(head.text) if head.text else get_column_letter(head.col)
    return None


#: The share of a column's names that must read as people's for its rows to be people.
PEOPLE_DOWN = 0.7
