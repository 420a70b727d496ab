"""A ledger's account numbers as its cost lines (round 42, ox42).

An accounts package's extract often carries the account as a number alone (``Account``
over ``6100``, ``6200``; German ``Konto``, French ``Compte``): the chart of accounts names
each number once, elsewhere, and the ledger writes only the number. The account is the
line the amount is booked to, so when no column of words names the lines (no description,
no cost line, no category read as the line) the numbers are the lines: a month's ``6100``
and ``6200`` stay two lines, not one line of no name.

Read as a whole-table pass, after every per-column reading (a column alone cannot see its
neighbours): a column of words read as the line wins, as :func:`codes.words_over_codes`
has a code give way to its name (round 33's SAP export ``GL account | Description`` keeps
its description). One number on every row is the project's one account, no line; amounts
(decimals) and numbers of one or two digits (a row's number) are no account numbers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt.grid import cell_text, is_blank
from addin.adopt.languages import translate
from addin.adopt.lines import ACCOUNT_LINES
from addin.adopt.match import CERTAIN, MINIMUM, Candidate
from addin.host import CellValue

#: An account number: three to ten digits, nothing else (a chart of accounts' ``6100``,
#: SAP's ``0000476100``); ``61.00`` or ``6100-01`` are codes of another form.
_ACCOUNT_NUMBER = re.compile(r"^\d{3,10}$")


def account_heading(text: str) -> bool:
    """Whether a header names a ledger's account (``Account``, ``GL Account``, ``Account
    code``; in another language by its English: ``Konto``, ``Compte``, ``Cuenta``)."""
    for reading in (text, translate(text) or ""):
        if " ".join(re.findall(r"[a-z/]+", reading.casefold())) in ACCOUNT_LINES:
            return True
    return False


def _number_text(value: CellValue) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return cell_text(value).strip()


def account_numbers(values: list[CellValue]) -> bool:
    """Whether a column holds account numbers: every filled cell a whole number of three to
    ten digits, two different ones at least."""
    present = [_number_text(v) for v in values if not is_blank(v)]
    if not present or not all(_ACCOUNT_NUMBER.match(v) for v in present):
        return False
    return len(set(present)) >= 2


def account_numbers_as_line(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values_of: Mapping[int, list[CellValue]],
) -> None:
    """In place: a finance table's account column of numbers alone (:func:`account_numbers`
    under :func:`account_heading`) is the cost line, read for certain, when no other column
    reads as the line (its numbers made its own line reading too unsure to map)."""
    named = any(
        cands and cands[0].column_key == "cost_line" and cands[0].confidence >= MINIMUM
        for cands in scored.values()
    )
    if named:
        return
    found = [
        col
        for col, cands in scored.items()
        if any(c.column_key == "cost_line" for c in cands)
        and account_heading(heads.get(col, ""))
        and account_numbers(list(values_of.get(col, [])))
    ]
    if len(found) != 1:
        return  # two account columns (a debit and a credit account) say no one line
    col = found[0]
    cands = scored[col]
    line = next(c for c in cands if c.column_key == "cost_line")
    scored[col] = [
        Candidate("cost_line", CERTAIN, line.synonym),
        *(c for c in cands if c.column_key != "cost_line"),
    ]
