"""An invoice's amount before tax under a bare ``Net`` header (round 35, issue 15).

Suppliers' invoice logs, accountants' purchase lists and consultancies' fee statements
write each invoice's amount three ways side by side: before the tax, the tax, and with it
(``Net (NZD) | GST | Gross``, ``Net | VAT 20% | Total``, ``Netto | MwSt | Brutto``). The
vocabulary read ``Net amount`` and ``Amount excl. GST`` as the actual (round 31, round 34's
last hour), but a bare ``Net`` (with only its currency beside it) read as nothing, so such
a log had no amount and was refused whole ("no amounts by month").

:func:`net_beside_tax` reads a column headed ``Net`` alone (``Nett``, ``Net total``,
``Total net``; a currency in a bracket or after it) as the actual, for certain, only where
the same header row names the tax it is net of (``GST``, ``VAT``, ``Tax``, ``MwSt``,
``Moms``, ``TVA``, ``IVA``, ``BTW``) or the gross amount beside it, and only over numbers.
Near-misses: a ``Net`` with no tax or gross beside it (a margin, a net change, a headcount:
read as before), a column read already (``Net change`` is a ledger's movement), and a
second column already the actual for certain (``Net amount`` beside ``Net``: nothing moves).
A ``Net`` header alone makes no finance table: the table still needs its month (a date per
invoice) and a word naming it (the sheet, the title) or its line, as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt.convert import parse_number
from addin.adopt.grid import is_blank
from addin.adopt.match import CERTAIN, Candidate
from addin.adopt.tax_names import TAX_NAMES
from addin.host import CellValue

#: ``Net``, ``Nett``, ``Net total``, ``Total net``, ``Netto``, with a currency after it in a
#: bracket (``Net (NZD)``, ``Net [€]``) or bare (``Net EUR``, ``Net £``).
#: Round 36 (t40a): a contractor's progress claim heads the same amount by the period it
#: claims and the tax it is net of (``Net this period (ex GST)``, ``Net this month``, ``Net
#: (excl. VAT)``, ``Nett for the period ex GST``): the net of the row's period, read so.
_PERIOD_OF_NET = (
    r"(?:\s+(?:this|in|for)(?:\s+the)?\s+(?:period|month|claim|application|valuation))?"
)
_NET_OF_TAX = rf"(?:\s*[(\[]?\s*(?:ex|excl|excluding|exclusive\s+of|before|pre)\.?[\s-]*{TAX_NAMES}\s*[)\]]?)?"
#: Round 37 (t44a): the qualifier alone heads the net amount in an invoice log (``Excl.
#: VAT | VAT 15% | Incl. VAT``, ``Ex GST | GST | Inc GST``, ``Before tax``): the amount
#: before the tax, as ``Net`` is.
_BARE_NET_OF_TAX = rf"(?:ex|excl|excluding|exclusive\s+of|before|pre|net\s+of)\.?[\s-]*{TAX_NAMES}"
_NET = re.compile(
    # round 42 (ox42): Portuguese ``Líquido`` / ``Valor líquido`` (rt41b's leftover)
    r"^\s*(?:(?:net|nett|netto|neto|l[ií]quido|valor\s+l[ií]quido|net\s+total|total\s+net)"
    + _PERIOD_OF_NET
    + _NET_OF_TAX
    + "|"
    + _BARE_NET_OF_TAX
    + r")\s*(?:[(\[]\s*(?:[A-Za-z]{3}|[\u20ac\u00a3$\u00a5])\s*[)\]]|[A-Z]{3}|[\u20ac\u00a3$\u00a5])?\s*$",
    re.IGNORECASE,
)
#: Round 36 (t41b): a header that is only the word for an amount before or with its tax
#: (``Net``, ``Gross``, ``Netto``, ``Brutto``): beside a currency code (``Net EUR``,
#: ``Gross EUR``) it states that currency as ``Budget CHF`` does (:func:`is_net_or_gross`).
_NET_OR_GROSS = re.compile(
    r"^\s*(?:net|nett|netto|gross|brutto|bruto|(?:net|gross)\s+total|total\s+(?:net|gross))\s*$",
    re.IGNORECASE,
)
#: A header naming the tax an amount is net of, or the gross amount beside it.
_TAX_OR_GROSS = re.compile(
    rf"\b(?:{TAX_NAMES}|gross|brutto|bruto)\b",
    re.IGNORECASE,
)

#: A header naming the tax itself (not only the gross amount beside the net).
_TAX = re.compile(rf"\b{TAX_NAMES}\b", re.IGNORECASE)
#: A profit and loss's words: its ``Gross`` and ``Net`` are margins, not an invoice's
#: amounts with and before the tax (round 35's red team).
_PROFIT_AND_LOSS = re.compile(
    r"\b(?:revenue|revenues|sales|turnover|income|profit|margin|margins|ebitda|ebit|"
    r"cogs|cost\s+of\s+sales)\b",
    re.IGNORECASE,
)
#: The records whose net amount is no spend yet: purchase orders and commitments (the
#: money committed), quotes, estimates, tenders and bids (offered) (round 35's red team).
_NOT_SPENT_YET = re.compile(
    r"\b(?:po|pos|purchase\s+orders?|orders?|commitments?|committed|quotes?|quotations?|"
    r"estimates?|tenders?|bids?|proposals?|requisitions?)\b",
    re.IGNORECASE,
)
#: An invoice or a bill named: the order named beside it (``Invoice # | .. | PO``) is the
#: invoice's, whose net is spent.
_INVOICED = re.compile(r"\b(?:invoices?|inv|bills?|receipts?|expenses?|paid)\b", re.IGNORECASE)
#: The highest gross over net an invoice's tax makes (27 %, Hungary's VAT, with room).
_MOST_GROSS_OVER_NET = 1.3

#: The reason shown for a column so read.
NET_OF_TAX = "(net of the tax beside it: the amount before tax)"


def net_beside_tax(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
    context: str = "",
) -> None:
    """In place: the one column headed ``Net`` alone, beside a tax or gross column and over
    numbers, read as the actual for certain (the module docstring says when not).
    ``context``: the table's sheet name and the words above it."""
    said = " | ".join([context, *heads.values()])
    if _NOT_SPENT_YET.search(said) and not _INVOICED.search(said):
        return  # round 35's red team: an order's, a quote's net is committed, not spent
    if not any(_TAX_OR_GROSS.search(h) for h in heads.values() if not _NET.match(h)):
        return
    if any(_PROFIT_AND_LOSS.search(h) for h in heads.values()):
        return  # round 35's red team: a profit and loss's net margin, no amount spent
    if any(
        c.column_key == "actual" and c.confidence >= CERTAIN
        for cands in scored.values()
        for c in cands[:1]
    ):
        return
    nets = [col for col, head in heads.items() if _NET.match(head)]
    if len(nets) != 1:
        return
    col = nets[0]
    if any(c.confidence >= CERTAIN for c in scored.get(col, [])):
        return
    values = [v for v in values_of.get(col, []) if not is_blank(v)]
    numbers = [v for v in values if parse_number(v) is not None]
    if len(numbers) < 2 or 2 * len(numbers) < len(values_of.get(col, [])):
        return
    if not any(_TAX.search(h) for h in heads.values() if not _NET.match(h)) and not _gross_of(
        col, heads, values_of
    ):
        return
    scored[col] = [Candidate("actual", CERTAIN, NET_OF_TAX), *scored.get(col, [])]


#: The reason shown for a bare net column of an invoice register so read (round 41, t52b).
NET_OF_INVOICE = "(an invoice register's net: each invoice's amount before tax)"


def bare_net(header: str) -> bool:
    """Whether ``header`` is a bare net amount: ``Net`` alone (``Nett``, ``Netto``, ``Net
    total``, ``Total net``), net of a tax or of a period (``Net this period (ex GST)``), or
    the qualifier alone (``Excl. VAT``), with at most its currency (``Net (EUR)``, ``Netto
    €``): :data:`_NET`."""
    return _NET.match(header) is not None


def is_net_or_gross(text: str) -> bool:
    """Whether ``text`` is only the word for an invoice's amount before or with its tax
    (``Net``, ``Gross``, ``Netto``, ``Brutto``, ``Net total``): the measure of a header such
    as ``Net EUR`` or ``Gross EUR`` (round 36, t41b)."""
    return _NET_OR_GROSS.match(text) is not None


def _gross_of(net: int, heads: Mapping[int, str], values_of: Mapping[int, list[CellValue]]) -> bool:
    """Round 35's red team: with no tax named, the ``Gross`` beside the ``Net`` is its net
    with a tax on it, at most :data:`_MOST_GROSS_OVER_NET` of it on every row with both, a
    credit note's both negative (a gross margin far above the net margin, or below it, is
    no invoice's)."""
    gross = [c for c, h in heads.items() if c != net and _TAX_OR_GROSS.search(h)]
    if len(gross) != 1:
        return False
    pairs = [
        (parse_number(a), parse_number(b))
        for a, b in zip(values_of.get(net, []), values_of.get(gross[0], []), strict=False)
    ]
    both = [(a, b) for a, b in pairs if a is not None and b is not None]
    return bool(both) and all(
        a * b >= 0 and abs(a) <= abs(b) <= abs(a) * _MOST_GROSS_OVER_NET + 0.01 for a, b in both
    )
