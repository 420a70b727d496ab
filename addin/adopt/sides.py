"""The two sides of a dependency in two columns (round 17, issue 15).

Cross-programme dependency trackers often name both parties of each dependency instead of
a direction: ``Providing Team | Receiving Team``, ``From | To``, ``Supplier | Consumer``,
``Giver | Receiver``. The project keeping the tracker stands on one side of every row, the
other party on the other side, and which side changes from row to row (an inbound
dependency has the project receiving, an outbound one providing). Neither column then is
the counterparty: on some rows it holds the project itself. :func:`two_sides` finds such a
pair by its values alone (one value, the project, in one column or the other on every row,
in each column on some rows) and takes the counterparty reading off both columns, which are
then listed, not guessed: a person reads the other party per row.
"""

from __future__ import annotations

from collections.abc import Mapping

from addin.adopt.grid import cell_text, is_blank
from addin.adopt.match import Candidate
from addin.host import CellValue

#: What a counterparty column is read as (no side of a two-sided pair is).
PARTY_KEYS = frozenset({"counterparty_project_id", "counterparty_owner"})


def _texts(values: list[CellValue]) -> list[str]:
    return [cell_text(v).strip().casefold() if not is_blank(v) else "" for v in values]


def two_sides(values_of: Mapping[int, list[CellValue]]) -> set[int]:
    """The columns of every pair naming both sides of each row's dependency (see the
    module docstring); three rows at least."""
    cols = sorted(values_of)
    found: set[int] = set()
    for i, a in enumerate(cols):
        left = _texts(values_of[a])
        if len(left) < 3:
            continue
        for b in cols[i + 1 :]:
            right = _texts(values_of[b])
            shared = set(left) & set(right) - {""}
            for own in shared:
                sides = [(x == own, y == own) for x, y in zip(left, right, strict=True)]
                if (
                    all(p != q for p, q in sides)
                    and any(p for p, _ in sides)
                    and any(q for _, q in sides)
                ):
                    found |= {a, b}
    return found


def drop_sides(
    scored: dict[int, list[Candidate]], values_of: Mapping[int, list[CellValue]]
) -> None:
    """Take the counterparty reading off both columns of a two-sided pair (in place)."""
    for col in two_sides(values_of) & set(scored):
        kept = [c for c in scored[col] if c.column_key not in PARTY_KEYS]
        if kept:
            scored[col] = kept
        else:
            del scored[col]
