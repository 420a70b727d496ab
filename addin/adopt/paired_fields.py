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

Round 28's last hour: a PDF conversion also joins two NUMBER columns with a space alone
(``Likelihood Impact`` over ``4 3``): a header of two words, the whole reading as no field
for certain and each word for certain as a different field, over cells of two numbers
apart (all filled cells, two or more), is the first word's field and the second's, in the
header's order. A two-word header that reads as one field (``Risk Owner``), or whose cells
hold one number each, is read as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from addin import layout
from addin.adopt.bilingual import two_parts
from addin.adopt.match import CERTAIN, Candidate, candidates
from addin.host import CellValue

#: The report's note for a column read as two fields.
TWO_FIELDS = (
    "{header!r} holds two fields in one cell ({first!r} / {second!r}): each part read as "
    "the field its half of the header names (round 28)"
)


#: Two numbers set apart by a space in one cell (``4 3``, ``2.5 1``): two number columns a
#: conversion joined.
_TWO_NUMBERS = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s+(\d+(?:[.,]\d+)?)\s*$")


def _certain(text: str, register_key: str) -> str | None:
    found = candidates(text, register_key)
    return found[0].column_key if found and found[0].confidence >= CERTAIN else None


def cell_parts(value: CellValue) -> tuple[str, str] | None:
    """A cell's two parts: two lines or a spaced slash (``bilingual.two_parts``), or two
    numbers set apart by a space; None for a cell of one part."""
    found = two_parts(value)
    if found is not None or not isinstance(value, str):
        return found
    numbers = _TWO_NUMBERS.match(value)
    return (numbers.group(1), numbers.group(2)) if numbers else None


def _spaced_header(raw: CellValue, register_key: str) -> tuple[str, str] | None:
    """A header of two words that reads as no field for certain, each word reading for
    certain as a different field (``Likelihood Impact``), as its two words; else None."""
    if not isinstance(raw, str):
        return None
    words = raw.split()
    if len(words) != 2 or _certain(raw, register_key) is not None:
        return None
    first, second = (_certain(w, register_key) for w in words)
    return (words[0], words[1]) if first and second and first != second else None


def _two_numbers_each(values: Sequence[CellValue]) -> bool:
    filled = [v for v in values if not (v is None or (isinstance(v, str) and not v.strip()))]
    return len(filled) >= 2 and all(isinstance(v, str) and _TWO_NUMBERS.match(v) for v in filled)


def spaced_pair_candidate(
    header: str, values: Sequence[CellValue], register_key: str
) -> Candidate | None:
    """The first field of a column a conversion joined two number columns into (module
    docstring): its header's first word's field, for certain, when its cells are two
    numbers each; else None."""
    words = _spaced_header(header, register_key)
    if words is None or not _two_numbers_each(values):
        return None
    key = _certain(words[0], register_key)
    return Candidate(key, CERTAIN, "two number columns in one (round 28)") if key else None


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
        if parts is None and _two_numbers_each(values):
            parts = _spaced_header(raw, register_key)  # round 28's last hour
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
        split = sum(1 for v in filled if cell_parts(v) is not None)
        if split >= 2 and 2 * split >= len(filled):
            return parts[0], parts[1], other
    return None


def part(value: CellValue, index: int) -> CellValue:
    """The ``index``-th part of a cell of two parts; a cell of one part is the first part
    (an owner written without the date) and has no second."""
    parts = cell_parts(value)
    if parts is None:
        return value if index == 0 else None
    return parts[index]
