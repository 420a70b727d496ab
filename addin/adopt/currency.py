"""The project's currency when no label gives it: from a finance table (round 7).

A cost plan often says its currency once per line (a ``Currency`` / ``Crcy`` / ``CCY``
column) or once in its title ("all amounts in EUR") rather than in a ``Currency:`` field.
The standard workbook has one currency per project, so a finance table whose currency
column holds one code of the standards' currency list on every line, or whose title names
exactly one such code, gives it. A column of several codes gives none (and is listed by
the report as a column left out, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank

_CURRENCY_HEADER = re.compile(r"^\s*(?:currency|curr\.?|crcy|ccy|cur)\s*(?:code)?\s*$", re.I)


def _one_code(texts: Iterable[str], codes: set[str]) -> str | None:
    found = {t.strip().upper() for t in texts if t.strip()}
    return found.pop() if len(found) == 1 and found <= codes else None


def currency_of(block: TableBlock, grid: Grid, codes: list[str]) -> tuple[str, str] | None:
    """(code, where) for a finance table that names one currency, else None."""
    known = {c.upper() for c in codes}
    for head in block.headers:
        if not _CURRENCY_HEADER.match(head.text or ""):
            continue
        values = [
            cell_text(grid.value(r, head.col))
            for r in range(block.first_data_row, block.last_data_row + 1)
            if not is_blank(grid.value(r, head.col))
        ]
        code = _one_code(values, known) if len(values) >= 2 else None
        if code:
            return code, f"{block.sheet} column {head.text!r}, the same on every line"
    words = {
        w.upper()
        for _, _, text in block.preamble
        for w in re.findall(r"\b[A-Za-z]{3}\b", text)
        if w.isupper() and w in known  # "EUR", not a word that spells one
    }
    if len(words) == 1:
        return words.pop(), f"{block.sheet} title"
    return None
