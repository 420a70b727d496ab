"""What a column holds, read from its values alone (round 8): the structure of a table whose
headers say nothing adoption knows.

A column is ``dates``, ``numbers``, ``IDs (K-)`` (one prefix, all different), ``person
names``, ``short repeated words`` (a few values, each on several rows: a status, a RAG, a
category), ``long text`` or ``text``; ``mixed`` when no kind holds four values in five.
Tables found by their shape but mapped to no register are listed with these kinds, so a
PMO sees what each column holds and can name it in the mapping file; a row of text labels
under columns of dates or numbers, after a blank row, starts another table.
"""

from __future__ import annotations

from datetime import date, datetime

from addin.adopt.convert import parse_date, parse_number
from addin.adopt.evidence import id_prefix, person_share
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.cells import column_letter
from addin.host import CellValue

#: The share of a column's values one kind must hold for the column to be of that kind.
CONSISTENT = 0.8


def value_kind(value: CellValue) -> str | None:
    """``date``, ``number`` or ``text`` (None for a blank cell)."""
    if is_blank(value):
        return None
    if isinstance(value, (date, datetime)):
        return "date"
    if isinstance(value, bool):
        return "text"
    if isinstance(value, (int, float)):
        return "number"
    text = cell_text(value).strip()
    if parse_number(text) is not None:
        return "number"
    if parse_date(text) is not None:
        return "date"
    return "text"


def column_kind(values: list[CellValue]) -> str:
    """The kind of a column's values (see the module docstring); ``empty`` for fewer than
    one value."""
    present = [v for v in values if not is_blank(v)]
    if not present:
        return "empty"
    kinds = [value_kind(v) for v in present]
    for kind, name in (("date", "dates"), ("number", "numbers")):
        if kinds.count(kind) >= CONSISTENT * len(present):
            return name
    if kinds.count("text") < CONSISTENT * len(present):
        return "mixed"
    prefix = id_prefix(present)
    if prefix is not None:
        return f"IDs ({prefix}-)"
    if person_share(present) >= 0.7:
        return "person names"
    texts = [cell_text(v).strip() for v in present]
    distinct = {t.casefold() for t in texts}
    if len(texts) >= 3 and len(distinct) * 2 <= len(texts) and max(map(len, texts)) <= 25:
        return "short repeated words"
    lengths = sorted(len(t) for t in texts)
    if lengths[len(lengths) // 2] >= 40:
        return "long text"
    return "text"


def describe_columns(grid: Grid, first_row: int, last_row: int, cols: list[int]) -> str:
    """``"C IDs (K-), D text, E numbers, F dates"``: each filled column's letter and kind
    (``"no values"`` when every column is empty)."""
    parts = []
    for col in cols:
        kind = column_kind([grid.value(r, col) for r in range(first_row, last_row + 1)])
        if kind != "empty":
            parts.append(f"{column_letter(col)} {kind}")
    return ", ".join(parts) or "no values"
