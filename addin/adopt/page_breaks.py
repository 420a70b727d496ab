"""A group of fields cut at a printed page break is one part going on (round 28's last hour).

A printout repeats a register's header at each page break, after a page line (``Page 1 of
2``) written in the first column. The register's own columns read through it (the repeated
header is no item: :func:`print_furniture.header_repeated`), but a group of fields right of
a spacer column has no page line of its own: read by position, the page line's row ends it,
and the header written again starts a second, shorter part under it. Neither part has the
register's rows, so neither joins the register across the spacer, and the fields (a
dependency's counterparty, its dates, its status) were lost.

The PMO analyst's rule: two parts of the same columns, one under the other, the lower one
headed by the upper one's header written again, and nothing between them but blank rows
and a printed page's line (one at least: a page break, not two tables) are one part. Two
tables stacked under the same header with a title between them (``Closed issues``) are two.
Joined here, the part then joins the register across its spacer (:mod:`spacers`).
"""

from __future__ import annotations

from collections.abc import Callable

from addin.adopt.classify import Classification
from addin.adopt.detect import TableBlock, block_from_range
from addin.adopt.grid import Grid, cell_text
from addin.adopt.print_furniture import page_line


def join_page_breaks(
    grid: Grid, blocks: list[TableBlock], classify_block: Callable[[TableBlock], Classification]
) -> list[TableBlock]:
    """``blocks`` with each part cut at a page break joined to its part under the break.
    Only parts that are no register alone (fields beside a register): a register cut at a
    page break is read as one by the rules of rounds 22 and 28 already."""
    out = list(blocks)
    i = 0
    while i < len(out):
        upper = out[i]
        lower = next((b for b in out if _goes_on_under(grid, upper, b)), None)
        if lower is None or classify_block(upper).register is not None:
            i += 1
            continue
        joined = block_from_range(
            grid, upper.header_row, upper.first_col, upper.last_col, lower.last_data_row
        )
        joined.preamble = upper.preamble
        out[i] = joined
        out.remove(lower)  # the joined part may go on under a later break: look again
    return out


def _header(grid: Grid, block: TableBlock, row: int) -> list[str]:
    return [
        " ".join(cell_text(grid.value(row, c)).split()).casefold()
        for c in range(block.first_col, block.last_col + 1)
    ]


def _goes_on_under(grid: Grid, upper: TableBlock, lower: TableBlock) -> bool:
    """Whether ``lower`` is ``upper`` going on after a page break (see the module)."""
    if (
        lower is upper
        or (lower.first_col, lower.last_col) != (upper.first_col, upper.last_col)
        or lower.header_row <= upper.last_data_row
        or len(lower.header_rows or (lower.header_row,)) != 1
        or len(upper.header_rows or (upper.header_row,)) != 1
    ):
        return False
    head = _header(grid, upper, upper.header_row)
    if sum(1 for h in head if h) < 2 or _header(grid, lower, lower.header_row) != head:
        return False
    between = range(upper.last_data_row + 1, lower.header_row)
    breaks = 0
    for r in between:
        values = grid.row_values(r)
        if not any(cell_text(v).strip() for v in values):
            continue
        if page_line(values) is None:
            return False
        breaks += 1
    return breaks >= 1
