"""Effort named in a measure's header: its unit is time or people, no money (rounds 31,
32; round 42, ox42: in every language and wherever the header is read).

A consultancy or a PMO plans effort beside money: ``Budget (hrs)``, ``Budget hours``,
``Budgeted effort (days)``, ``Actual (days)``, ``FTE forecast``, German ``Budget
(Stunden)``, French ``Budget (jours)``, Spanish ``Presupuesto (horas)``, Italian ``Budget
(ore)``. The measure word says budget, actual or forecast, the unit says the figures are
hours or days: such a column is effort, never the money budget, actual or forecast (a
finance register holds money only). Money named after the effort it pays for (``Effort
cost``, ``Headcount (£)``) is money.
"""

from __future__ import annotations

import re

from addin.adopt.languages import translate

#: Red team of round 31's first wave: a unit of effort written in a header (``Fees budget
#: (days)``, ``Fees forecast - hrs``, ``Cost plan FTE``): a consultancy plans its fees in
#: days beside their money, so the money noun and measure word read no amount there (before,
#: the days column was read as the budget and the ``Fees budget (EUR)`` beside it left out).
EFFORT_UNIT = re.compile(
    r"\b(?:days?|man[\s-]?days?|person[\s-]?days?|mandays|hours?|hrs?|fte|pd|md)\b"
    r"|[(\[]\s*(?:d|h)\s*[)\]]",
    re.IGNORECASE,
)
#: Round 42 (ox42): a unit of effort abbreviated in a bracket in another language, which no
#: vocabulary translates: German ``(Std.)`` (Stunden), ``(PT)`` / ``(MT)`` (Personen-,
#: Manntage), Italian ``(gg)`` (giorni), ``(ore)``, French ``(j/h)``, ``(JH)``
#: (jours-homme), ``(h/j)``, Spanish / Portuguese ``(hrs.)``, ``(HH)`` (horas-hombre).
_BRACKETED_UNIT = re.compile(
    r"[(\[]\s*(?:std|pt|mt|gg|ore|j\s*/\s*h|jh|h\s*/\s*j|hh|h\s*/\s*h)\.?\s*[)\]]",
    re.IGNORECASE,
)
#: Red team of round 32's first wave: effort named by its word rather than its unit
#: (``Effort planned``, ``Effort actual``, ``Headcount budget``, ``Person-months used``,
#: ``FTEs``): a fee tracker's effort rows named so were read as money, the days added to
#: the fees' budget and ``Effort actual`` (naming the Actual itself) taking the actual from
#: ``Fees invoiced``.
_EFFORT_WORD = re.compile(
    r"\b(?:effort|headcount|head\s+count|ftes|(?:man|person)[\s-]?(?:weeks?|months?|years?)|"
    r"story\s+points?)\b",
    re.IGNORECASE,
)
_EFFORT_MONEY = re.compile(
    r"\b(?:costs?|fees?|amounts?|values?|spend|spent|charges?|pay|salary|salaries)\b|[£$€¥]",
    re.IGNORECASE,
)


#: A rate's unit of time, after a slash or ``per`` (``Rate (PHP/MD)``, ``€/h``, ``Cost per
#: day``): money per unit of time, no effort.
_PER_TIME = re.compile(
    r"(?:/|\bper\s+)\s*(?:man[\s-]?days?|person[\s-]?days?|days?|hours?|hrs?|h|d|md|pd)\b",
    re.IGNORECASE,
)


def _effort_in(text: str) -> bool:
    if EFFORT_UNIT.search(text) or _BRACKETED_UNIT.search(text):
        return True
    # ``Effort cost``, ``Headcount (£)`` are money named after the effort they pay for
    return bool(_EFFORT_WORD.search(text)) and not _EFFORT_MONEY.search(text)


def effort_named(text: str) -> bool:
    """Whether a measure's header names effort, not money (``Days planned``, ``Actual
    days``, ``Hours used``, ``FTE forecast``, ``Budget (hrs)``), as written or in its
    English (``Budget (Stunden)``, ``Presupuesto (horas)``, ``Budget (jours)``)."""
    if not text:
        return False
    return _effort_in(text) or _effort_in(translate(text) or "")


def effort_measure(header: str) -> bool:
    """Whether a finance header's measure is effort (:func:`effort_named`), not money per
    unit of time (a day rate ``Rate (PHP/MD)``, ``Cost per day``, which the header reader
    reads by its own rules as before)."""
    return effort_named(header) and not _PER_TIME.search(header)
