"""Round 32 (red team of round 31): the client's person column left empty.

Round 31's last hour made a supplier's person (``Supplier owner``, ``Owner (Vendor)``) give
way to the client's (``Client owner``, ``Owner (Client)``, ``Owner``) as a register's owner.
A supplier's pack whose client has named nobody yet has that column empty: read so, every
item was adopted with no owner and the supplier's named people were "not imported". Here a
filled supplier's person column takes the owner from empty columns ranked above it.
"""

from __future__ import annotations

from collections.abc import Mapping

from addin.adopt.grid import is_blank
from addin.adopt.match import Candidate, supplier_side_person
from addin.host import CellValue

#: Round 32: how sure an empty column is as the owner once a filled supplier's person
#: column stands beside it (below the supplier's 0.675, so the supplier's is taken).
_EMPTY_OWNER = 0.6


def empty_client_person(
    scored: dict[int, list[Candidate]],
    heads: Mapping[int, str],
    values: Mapping[int, list[CellValue]],
) -> None:
    """Round 32 (red team): a supplier's person column with names in it is the owner when
    every column ranked above it for the owner is empty. ``Client owner`` beside ``Supplier
    owner`` gives the owner to the client's column (round 31's last hour), but a pack whose
    client has named nobody yet left every item ownerless and the supplier's named people
    "not imported". The empty columns' owner readings are lowered below the supplier's, in
    place; a client column with one name in it keeps the owner."""
    suppliers = [
        col
        for col, found in scored.items()
        if supplier_side_person(heads.get(col, ""))
        and any(c.column_key == "owner" for c in found)
        and any(not is_blank(v) for v in values.get(col, []))
    ]
    if not suppliers:
        return
    for col, found in scored.items():
        if col in suppliers or any(not is_blank(v) for v in values.get(col, [])):
            continue
        if any(c.column_key == "owner" for c in found):
            scored[col] = sorted(
                (
                    Candidate(c.column_key, min(c.confidence, _EMPTY_OWNER), c.synonym)
                    if c.column_key == "owner"
                    else c
                    for c in found
                ),
                key=lambda c: -c.confidence,
            )
