"""Why a supplier's column is left out of a client project's register (round 31's last hour).

A project adopting what its suppliers, contractors and consultancies send it meets columns
the standard has no field for, and the report says what each is, not only "no standard
column matches":

- a **running total** of a finance tracker (``Certified to date``, ``Invoiced to date``,
  ``Spend to date``, ``Paid to date``): the amount so far, never a month; beside the
  in-month amounts it is not imported (a running total read as the actual alone is turned
  into in-month amounts by ``finance.running_totals_down`` and never reaches here);
- a **payment plan's share or amount** in a milestone plan (``Payment %``, ``% of fee``,
  ``Invoice value (EUR)``): the milestone register has no payment field;
- round 38 (t46b): a **whole budget** (``Current budget``) beside a one-month report's
  actual of the period (``Actual this period``), its running totals or figures at
  completion beside them: no month's budget;
- the **supplier's person** beside the client's (``Owner (Vendor)`` beside ``Owner
  (Client)`` or ``Owner``): the adopted project is the client's, so its owner is the
  client's (``match.supplier_side_person``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt.finance import cumulative_in
from addin.adopt.match import (
    AMOUNT_KEYS,
    OF_THE_PERIOD,
    Candidate,
    owner_party,
    supplier_side_maker,
    supplier_side_person,
)

#: The words of a milestone plan's payment columns (``Payment %``, ``Invoice value``, ``% of
#: fee``, ``Billing amount``, ``Milestone value``, ``Retention``).
_PAYMENT = re.compile(
    r"\b(?:payments?|invoices?|invoiced|invoicing|billing|billed|fees?|price|amount|value"
    r"|retention)\b",
    re.IGNORECASE,
)
#: A share rather than an amount (``Payment %``, ``Percent of fee``, ``Share of value``).
_SHARE = re.compile(r"%|\bper\s*cent|\bpct\b|percentage|\bshare\b", re.IGNORECASE)
#: A payment column that holds money or a share, not a Yes / No flag (``Invoiced``,
#: ``Payment``, ``Paid?`` are flags: round 10's red team; their reason stays the general one)
_AMOUNT_SAID = re.compile(
    r"\b(?:amount|value|price|fees?|sum|retention)\b|[£$€¥₹]|\(\s*[A-Za-z]{3}\b|\bexcl?\b",
    re.IGNORECASE,
)


def why_left_out(
    text: str, register_key: str, chosen: Mapping[int, Candidate], letter_of: dict[int, str]
) -> str | None:
    """What a supplier's column left out of ``register_key`` is, in the report's words;
    None when it is none of the three (see the module docstring). ``chosen`` holds the
    table's mapped columns by position, ``letter_of`` their letters."""
    taken = {c.column_key for c in chosen.values()}
    if register_key == "finance" and cumulative_in(text):
        if taken & AMOUNT_KEYS:
            return (
                "a running total (the amount so far): the in-month amounts beside it are "
                "read, and a running total is not imported (it is no month)"
            )
        return (
            "a running total (the amount so far) of no amount the standard names: not "
            "imported (it is no month)"
        )
    if (
        register_key == "finance"
        and re.search(r"\bbudget\b", text, re.IGNORECASE)
        and not OF_THE_PERIOD.search(text)
        and "budget" not in taken
        and any(
            c.column_key == "actual" and OF_THE_PERIOD.search(c.synonym) for c in chosen.values()
        )
    ):
        # round 38 (t46b): ``classify._whole_life_budget_beside_period_actual``
        return (
            "the line's whole budget beside the period's actual (a report of one month with "
            "running totals or figures at completion): no month's budget; not imported"
        )
    if (
        register_key == "milestones"
        and _PAYMENT.search(text)
        and (_SHARE.search(text) or _AMOUNT_SAID.search(text))
    ):
        what = "share of the fee" if _SHARE.search(text) else "amount due"
        return (
            f"a payment milestone's {what}: the milestone register has no payment field "
            "(Finance holds costs by month and cost line); not imported"
        )
    if supplier_side_person(text):
        owner = next((col for col, c in chosen.items() if c.column_key == "owner"), None)
        if owner is not None:
            return (
                "the supplier's person: the adopted project is the client's, so its owner "
                f"is column {letter_of.get(owner, '?')}'s; not imported"
            )
    if register_key == "decisions" and supplier_side_maker(text):
        maker = next((col for col, c in chosen.items() if c.column_key == "made_by"), None)
        if maker is not None:  # round 33: ``Decided by (Vendor)`` beside the client's
            return (
                "who decided on the supplier's side: the adopted project is the client's, so "
                f"its Made By is column {letter_of.get(maker, '?')}'s; not imported"
            )
    if owner_party(text):  # round 33: ``Owner (party)`` beside ``Owner``
        owner = next((col for col, c in chosen.items() if c.column_key == "owner"), None)
        if owner is not None:
            return (
                "the owner's organisation (a party, no person): the register's owner is "
                f"column {letter_of.get(owner, '?')}'s person; not imported"
            )
    return None
