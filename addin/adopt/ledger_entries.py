"""A ledger's entries: what each posted row cost (round 40, ox40).

An ERP's ledger entries (Dynamics 365 Business Central's and NAV's job ledger entries, a
general ledger's entries) are postings: each row is money already spent, dated by the day
it was posted. Their cost column is headed by the cost it records (``Total Cost (LCY)``,
``Cost``), not by a measure: a person reads it as the actual. Beside it an entry lists its
unit cost and, on a job ledger, the price it is billed at (``Total Price (LCY)``), neither
a cost spent. A job's planning lines (dated by their planning date) say their measure in
their line type (``finance.one_measure_type_column``) and are not read here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from addin.adopt.languages import translate
from addin.adopt.match import AMOUNT_KEYS, CERTAIN, Candidate, amount_read_for_certain

#: The date a ledger entry was posted on, read in English (``Posting Date``; Danish
#: ``Bogføringsdato`` through ``languages.toml``).
POSTING_DATES = frozenset({"posting date", "posted date", "date posted", "post date"})
#: The header of a ledger entry's cost, less its currency (``(LCY)``, ``(DKK)``).
_ENTRY_COSTS = frozenset({"total cost", "cost", "cost amount", "amount"})
#: What the reading is reported as.
LEDGER_COST = "(a ledger entry's cost: money posted, the actual)"


def _english(text: str) -> str:
    """A header's words in English, its bracketed unit left out (``(LCY)``, ``(RV)``)."""
    bare = re.sub(r"\([^()]*\)", " ", text)
    return " ".join(re.findall(r"[a-z]+", (translate(bare) or bare).casefold()))


def posting_date(text: str) -> bool:
    """Whether a header is a ledger entry's posting date (:data:`POSTING_DATES`)."""
    return _english(text) in POSTING_DATES


def ledger_cost(scored: dict[int, list[Candidate]], heads: Mapping[int, str]) -> None:
    """In place: in a table of ledger entries (a column headed as the posting date, read as
    the month), with no amount read for certain, the one column headed by an entry's cost
    (:data:`_ENTRY_COSTS`: ``Total Cost (LCY)``) is the actual. Elsewhere ``Total Cost``
    stays unread (an estimate's total cost is a budget)."""
    if not any(
        posting_date(text) and any(c.column_key == "month" for c in scored.get(col, [])[:1])
        for col, text in heads.items()
    ):
        return
    if amount_read_for_certain(scored):
        return
    costs = [col for col, text in heads.items() if _english(text) in _ENTRY_COSTS]
    if len(costs) != 1:
        return
    col = costs[0]
    rest = [c for c in scored.get(col, []) if c.column_key not in AMOUNT_KEYS]
    scored[col] = [Candidate("actual", CERTAIN, LEDGER_COST), *rest]
