"""The project's currency when no label gives it: from a finance table (round 7).

A cost plan often says its currency once per line (a ``Currency`` / ``Crcy`` / ``CCY``
column) or once in its title ("all amounts in EUR") rather than in a ``Currency:`` field.
The standard workbook has one currency per project, so a finance table whose currency
column holds one code of the standards' currency list on every line, or whose title names
exactly one such code as a currency (``in GBP``, ``(EUR)``, ``Currency: USD``, ``GBP '000``:
not an acronym such as ``CAD Replacement``), gives it. A column of several codes gives none (and is listed by
the report as a column left out, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank

_CURRENCY_HEADER = re.compile(r"^\s*(?:currency|curr\.?|crcy|ccy|cur)\s*(?:code)?\s*$", re.I)


#: A code standing as a currency in a title: ``in GBP``, ``(EUR)``, ``Currency: USD``,
#: ``GBP '000``; not an acronym that spells one (``CAD Replacement``, ``ZAR Office Move``).
_TITLE_CODE = re.compile(
    r"(?:\b(?:in|currency|ccy|crcy)\s*:?\s+|\(\s*)([A-Za-z]{3})\b"
    r"|\b([A-Za-z]{3})(?=\s*(?:\)|'?000s?\b|k\b|m\b))",
    re.IGNORECASE,
)


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
        for match in _TITLE_CODE.finditer(text)
        for w in (match.group(1) or match.group(2),)
        if w.isupper() and w in known  # "EUR", not a word that spells one
    }
    if len(words) == 1:
        return words.pop(), f"{block.sheet} title"
    return None
