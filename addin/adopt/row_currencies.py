"""Round 34 (v36f): a finance table's currency written on each row.

A multi-country tracker or an ERP export keeps one column of currency codes (``Currency``,
``Curr.``, ``Währung``, ``Devise``, ``Moneda``, ``Moeda``, ``Valuta``: ``EUR`` on one line,
``USD`` on the next) and its amounts in the row's own currency. Added into one project's
figures, a USD line was silently counted as euros. The table's currency is the code most of
its rows carry (the first written on a tie); a row in another currency keeps its amounts out
of the standard table, each listed with the fix, as a cell naming another currency is
(:func:`addin.adopt.convert.number_converter`). A column of one code only changes nothing,
and a column whose values are not all currency codes (``Cost type``) is no currency column.
"""

from __future__ import annotations

from collections import Counter

from addin.adopt.amounts import currency_in
from addin.adopt.currency import currency_header
from addin.adopt.detect import TableBlock
from addin.adopt.grid import Grid, cell_text, is_blank


def _code(value: object) -> str | None:
    text = cell_text(value).strip()
    if not (3 <= len(text) <= 4):
        return None
    return currency_in(text)


def row_currencies(grid: Grid, block: TableBlock, rows: list[int]) -> tuple[str, dict[int, str]]:
    """``(the table's currency, {row: its other currency})`` for the rows of ``block``
    written in another currency than most; ``("", {})`` when the table has no currency
    column, or one naming a single currency."""
    for cell in block.headers:
        if not cell.text or not currency_header(cell.text):
            continue
        values = {r: grid.value(r, cell.col) for r in rows if not is_blank(grid.value(r, cell.col))}
        codes = {r: _code(v) for r, v in values.items()}
        if len(codes) < 2 or any(c is None for c in codes.values()):
            continue
        counts = Counter(c for c in codes.values() if c)
        if len(counts) < 2:
            return "", {}
        top = max(counts.values())
        main = next(c for c in codes.values() if c and counts[c] == top)
        return main, {r: c for r, c in codes.items() if c and c != main}
    return "", {}
