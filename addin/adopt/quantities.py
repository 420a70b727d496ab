"""Why a quantified column or row is left out (round 30, issue 15: quantitative registers).

Registers and trackers kept by people who quantify hold figures the standard workbook has
no column for, or computes itself: a risk's expected monetary value (EMV: probability x an
impact in money), its impact in money or days, the percentiles (P50 / P80 / P90) and the
three-point estimate (optimistic / most likely / pessimistic) of a quantitative risk
analysis, a schedule's float, an issue's cost to fix and days lost, and earned-value
management's performance figures (CPI, SPI, CV, SV, EAC, VAC, TCPI), worked out from the
planned value, earned value and actual cost. Adoption never reads them as inputs: the
standard's Impact and Severity are 1-5 levels (no band of the standards turns an amount of
money or a number of days into a level), its Score is Probability x Impact, its Finance
register holds the budget (planned value), actual and forecast. Before this round such a
column was listed as "no standard column matches", or worse as "a total" (``Total Float``)
or "a variance worked out from the budget and actual" (``CPI``); :func:`figure_reason`
says what it is, so a PMO reading the report knows it was seen and why it was not taken.

Only the reason changes: which column maps where is decided as before.
"""

from __future__ import annotations

import re

from addin.adopt.at_completion import at_completion
from addin.adopt.match import order_value

#: Earned-value management's performance figures (``finance.derived_figure`` reads them
#: through :func:`earned_value_figure`: a row or column of them is no measure).
_EARNED_VALUE = re.compile(
    r"\b(?:cpi|spi|tcpi|cv|sv|vac|eac|ieac"
    r"|(?:cost|schedule)\s+performance\s+index|to[\s-]+complete\s+performance\s+index"
    r"|(?:estimate|variance)\s+at\s+completion)\b",
    re.IGNORECASE,
)
#: An expected monetary value: ``EMV``, ``Expected Monetary Value``, ``Expected Value``.
_EXPECTED_VALUE = re.compile(r"\b(?:emv|expected\s+(?:monetary\s+)?value)\b", re.IGNORECASE)
#: A percentile of a simulation: ``P50``, ``P80 ($k)``, ``P90 cost``.
_PERCENTILE = re.compile(r"^\s*p\s?(?:[1-9]\d?)\b", re.IGNORECASE)
#: A three-point estimate's figures.
_THREE_POINT = re.compile(
    r"^\s*(?:optimistic|pessimistic|most\s+likely|min(?:imum)?|max(?:imum)?)\b", re.IGNORECASE
)
#: A risk's scale named in the header (the standard's 1-5 levels).
_RISK_SCALE = re.compile(r"\b(?:impact|consequence|severity)\b", re.IGNORECASE)
#: A header's unit that says amounts of money: a currency sign or code, thousands or
#: millions (``£k``, ``$m``, ``R m``, ``Rs lakh``, ``(USD)``), or ``cost``.
_MONEY = re.compile(
    r"[£$€¥₹]|\b(?:usd|gbp|eur|aud|cad|nzd|inr|sgd|zar|chf|rs|lakhs?|crores?|cost|costs|"
    r"money|financial|budget|\d*k|m|mn|000s?)\b",
    re.IGNORECASE,
)
#: A scale of level letters in a header (``Impact (H/M/L)``, ``L-M-H``): its ``M`` is
#: Medium, never millions (round 31's merge: round 5's probe read such an impact as money)
_LEVEL_LETTERS = re.compile(r"\b[HMLVC](?:\s*[/,-]\s*[HMLVC]){1,4}\b")
#: A header's unit that says days or weeks.
_TIME = re.compile(r"\b(?:days?|weeks?|wks?|months?|schedule|time|delay)\b", re.IGNORECASE)
#: A schedule's float.
_FLOAT = re.compile(r"\b(?:total|free)?\s*float\b", re.IGNORECASE)
#: An item's own cost or time figure (an issue's ``Cost to Fix``, ``Days Lost``).
_ITEM_FIGURE = re.compile(
    r"\bcost\s+to\s+(?:fix|resolve|remedy|rectify)\b|\b(?:days?|hours?|time)\s+lost\b"
    r"|\bcost\s+of\s+(?:the\s+)?(?:issue|fix|delay)\b",
    re.IGNORECASE,
)


def money_impact(header: str) -> bool:
    """Round 31: whether a risk's impact header says its figures are money (``Impact
    (£)``, ``Cost impact $k``, ``Financial impact``), not levels: read through the
    ``impact_money_bands`` reading (:mod:`addin.adopt.money_impacts`)."""
    text = _LEVEL_LETTERS.sub(" ", " ".join(header.split()))
    return bool(_RISK_SCALE.search(text) and _MONEY.search(text) and not _TIME.search(text))


#: Round 33: a payment application's claim for the period (``Claimed this period``,
#: ``Amount claimed this period``, ``This claim``), left out: not yet certified, so no
#: actual (round 32's k57 reading); said so when the column is listed.
_CLAIMED = re.compile(r"\b(?:claimed|this\s+claim|claim\s+this\s+period)\b", re.IGNORECASE)


def figure_reason(header: str, register_key: str) -> str | None:
    """Why a column under ``header`` holds a figure the standard does not take, or None
    when the header names no such figure (its reason is found as before)."""
    text = _LEVEL_LETTERS.sub(" ", " ".join(header.split())).strip()
    if not text:
        return None
    if register_key == "finance" and _EARNED_VALUE.search(text):
        return earned_value_reason(text)
    if register_key == "finance" and _CLAIMED.search(text):
        return (
            "a claim for the period (what the contractor asks, not yet certified or paid): "
            "the certified or paid amount is the actual; not counted"
        )
    if register_key == "finance" and order_value(text):
        return (
            "a purchase order's or a contract's value: a commitment (ordered, not yet spent); "
            "the Finance register holds budget, actual and forecast only, so it is not "
            "counted as spent"
        )
    if register_key == "finance" and at_completion(text):
        return (
            "a budget at completion (BAC): the line's whole budget, not one month's; the "
            "period's budget (a planned value or budget column) is read instead"
        )
    if register_key == "risks":
        if _EXPECTED_VALUE.search(text):
            return (
                "an expected monetary value (probability x an impact in money): worked out, "
                "not an input; the standard computes each risk's Score from its Probability "
                "and Impact (1-5)"
            )
        if _PERCENTILE.match(text) or _THREE_POINT.match(text):
            return (
                "a figure of a quantitative risk analysis (a three-point estimate or a "
                "simulation's percentile: P50, P80, P90): no standard column"
            )
        if _RISK_SCALE.search(text) and (_MONEY.search(text) or _TIME.search(text)):
            what = "money" if _MONEY.search(text) else "days"
            return (
                f"an impact in {what}: the standard's Impact is a 1-5 level and the "
                f"standards give no bands turning {what} into levels; not read"
            )
    if register_key == "issues" and (
        _ITEM_FIGURE.search(text)
        or (_RISK_SCALE.search(text) and (_MONEY.search(text) or _TIME.search(text)))
    ):
        return (
            "a cost or time figure of the issue: no standard column (the standard's "
            "Severity is a 1-5 level)"
        )
    if register_key in ("milestones", "risks", "issues") and _FLOAT.fullmatch(
        re.sub(r"\s*\(.*?\)\s*", " ", text).strip()
    ):
        return (
            "the schedule's float, worked out by the planning tool from the dates: no "
            "standard column"
        )
    return None


def earned_value_reason(label: str) -> str:
    """Why an earned-value figure (``CPI``, ``SPI``, ``EAC``) is not counted."""
    return (
        f"an earned-value figure ({label!r}) worked out from the planned value, earned "
        "value and actual cost (CPI = EV / AC, SPI = EV / PV, EAC = BAC / CPI): not an "
        "input of the standard, not counted"
    )


def earned_value_figure(label: str) -> bool:
    """Whether a measure column's label names an earned-value figure."""
    return bool(_EARNED_VALUE.search(label))
