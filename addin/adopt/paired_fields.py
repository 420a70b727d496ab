"""Two short columns in one cell: ``Owner / Due Date`` over ``Ada Kerr / 14/03/2026``
(round 28).

A register that went through a Word table or a PDF conversion, or that a PM narrowed to fit
a page, often holds two short fields in one column: the header names both, either side of
a spaced slash or on two lines (``Owner / Due``, ``Date raised`` over ``Raised by``), and
every cell under it holds both parts written the same way. A PMO analyst reads each part
as the field its half of the header names.

The rule fires only when all of this holds, so a header naming one thing in two words
(``Last Update / Comment``, a bilingual ``Statws / Status``) or a column of choices
(``Open / Closed``) is never split:

- the header is two parts, the first reading for certain as the field the column is
  mapped to, the second for certain as ANOTHER field of the register that no column of
  the table holds;
- two cells or more under it are two parts the same way, and half the filled cells or more.

The first part of each cell is read as the mapped field; the second as the other field,
with the converter its own values set up (a date column's order from its own dates).
"""

from __future__ import annotations

from collections.abc import Sequence

from addin import layout
from addin.adopt.bilingual import two_parts
from addin.adopt.match import CERTAIN, candidates
from addin.host import CellValue

#: The report's note for a column read as two fields.
TWO_FIELDS = (
    "{header!r} holds two fields in one cell ({first!r} / {second!r}): each part read as "
    "the field its half of the header names (round 28)"
)


def _certain(text: str, register_key: str) -> str | None:
    found = candidates(text, register_key)
    return found[0].column_key if found and found[0].confidence >= CERTAIN else None


def second_field(
    header_cells: Sequence[CellValue],
    values: Sequence[CellValue],
    register_key: str,
    mapped_key: str,
    mapped: set[str],
) -> tuple[str, str, str] | None:
    """(first part's words, second part's words, the second field's key) when a column
    mapped to ``mapped_key`` holds a second field (module docstring), else None.
    ``header_cells`` are the column's header cells (one per header row); ``mapped`` the
    fields the table's columns already hold."""
    register = layout.REGISTERS_BY_KEY[register_key]
    for raw in header_cells:
        parts = two_parts(raw)
        if parts is None or _certain(parts[0], register_key) != mapped_key:
            continue
        other = _certain(parts[1], register_key)
        if other is None or other == mapped_key or other in mapped:
            continue
        if register.column(other).computed:
            continue
        filled = [
            v for v in values if (isinstance(v, str) and v.strip()) or isinstance(v, int | float)
        ]
        split = sum(1 for v in filled if two_parts(v) is not None)
        if split >= 2 and 2 * split >= len(filled):
            return parts[0], parts[1], other
    return None


def part(value: CellValue, index: int) -> CellValue:
    """The ``index``-th part of a cell of two parts; a cell of one part is the first part
    (an owner written without the date) and has no second."""
    parts = two_parts(value)
    if parts is None:
        return value if index == 0 else None
    return parts[index]
