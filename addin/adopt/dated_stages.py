"""A plan of stages dated when planned and when reached is a milestone plan, whatever its
money (round 38, issue 15).

An architect's or engineer's fee schedule (French ``Échéancier des honoraires``, a fee
proposal's ``Fee stages``, a contract's payment plan) lists the stages of its work it is
paid on: each stage, the date it is planned for, the date it was reached, its share of the
fee and its amount (``Étape | Date prévue | Date atteinte | % honoraires | Montant HTVA``).
Named by its fees, it read as a finance tracker whose months were the stages' planned days
and whose line was the payment's state (``Facturé``): no spend of any month, and the
stages lost. Its rows are events dated twice, as a milestone plan's are.

:func:`stages_dated_twice` says so when the milestone reading has its milestone column and
both a planned (baseline or forecast) and an actual date read for certain, and the month
the finance reading took is one of those dates: the dates are each stage's, not months of
spending. A finance tracker whose month is its own column (``Month``, ``Invoice date``
beside no planned and reached date) is read as before.
"""

from __future__ import annotations

from collections.abc import Mapping

from addin.adopt.match import CERTAIN, Candidate

#: The dates a milestone is planned for.
_PLANNED = frozenset({"baseline_date", "forecast_date"})
#: The reason a finance reading gives way.
STAGES_DATED_TWICE = (
    "stages dated when planned and when reached (a payment plan's milestones): its dates "
    "are each stage's, not months of spending"
)


def stages_dated_twice(
    finance: Mapping[int, Candidate], milestones: Mapping[int, Candidate]
) -> bool:
    """Whether the table is a plan of stages dated twice (the module docstring): its
    finance month column is a planned or reached date of the milestone reading, which has
    its milestone column and both dates read for certain."""
    certain = {c.column_key for c in milestones.values() if c.confidence >= CERTAIN}
    if not (certain & _PLANNED and "actual_date" in certain):
        return False
    if not any(c.column_key == "milestone" for c in milestones.values()):
        return False
    dated = {
        col
        for col, c in milestones.items()
        if c.column_key in _PLANNED | {"actual_date"} and c.confidence >= CERTAIN
    }
    return any(c.column_key == "month" and col in dated for col, c in finance.items())
