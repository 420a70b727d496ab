"""A tracker's measure blocks side by side with nothing between them (round 28, issue 15).

A finance tracker keeps the same cost lines by month once per measure: a **Budget** block
and an **Actual** block side by side, each under its label, each starting with its own line
column (``Financial Row | Jan | Feb | ... | Financial Row | Jan | Feb | ...``). A blank
spacer column between them makes detection find two tables, which ``finance_blocks`` and
the store read as one line with two measures. When the spacer is filled (a ``Notes``
column typed into it, a narrow column the PM used after all), detection finds ONE table,
whose header names the line column twice over the same months, and the Budget amounts and
the Actual amounts were read as one measure and added.

The rule a PMO analyst states: **a header row naming its line column again further right,
each time followed by the same run of periods, under two different labels, is two blocks
side by side**; :func:`split_side_blocks` cuts the table at each repeated line column, as
the spacer would have. What must be there:

- the table's first header is a label (the line column's), and its cells below are texts
  (the lines' names), as are the repeated column's;
- the periods right of each line column, up to the next one, are the same labels in the
  same order, two at least (one month axis written twice);
- the runs stand under different group labels (``Budget`` / ``Actual``): the same lines
  and months twice under one label, or none, say nothing of which measure each is.

Near-misses kept whole: a line column repeated at the right edge of a wide grid for
reading (no periods after it), and two runs of different periods (this year and the
next, one axis that goes on).
"""

from __future__ import annotations

from itertools import pairwise

from addin.adopt.detect import HeaderCell, TableBlock, block_from_range, is_axis
from addin.adopt.grid import Grid, cell_text, is_blank

#: Periods each block needs right of its line column.
FEWEST_PERIODS = 2


def split_side_blocks(grid: Grid, blocks: list[TableBlock]) -> list[TableBlock]:
    """``blocks`` with each table whose header names its line column again over the same
    periods under another label cut into its blocks (the module docstring)."""
    out: list[TableBlock] = []
    for block in blocks:
        starts = _block_starts(grid, block)
        if not starts:
            out.append(block)
            continue
        edges = [block.first_col, *starts, block.last_col + 1]
        for first, after in pairwise(edges):
            out.append(
                block_from_range(
                    grid, block.header_row, first, after - 1, last_row=block.last_data_row
                )
            )
    return out


def _block_starts(grid: Grid, block: TableBlock) -> list[int]:
    """The columns where a later block starts (its line column), or none."""
    headers = sorted(block.headers, key=lambda h: h.col)
    if len(headers) < 2 * (FEWEST_PERIODS + 1):
        return []
    line = headers[0]
    name = line.text.strip().casefold()
    if not name or is_axis(line.value) or not _texts(grid, block, line.col):
        return []
    at = [i for i, h in enumerate(headers) if h.text.strip().casefold() == name]
    if len(at) < 2:
        return []
    runs = [headers[i:j] for i, j in zip(at, [*at[1:], len(headers)], strict=True)]
    periods = [_periods(run) for run in runs]
    if len(periods[0]) < FEWEST_PERIODS or any(p != periods[0] for p in periods[1:]):
        return []
    if not all(_texts(grid, block, run[0].col) for run in runs):
        return []
    labels = [_label(run) for run in runs]
    if any(not label for label in labels) or len(set(labels)) < len(labels):
        return []
    return [run[0].col for run in runs[1:]]


def _periods(run: list[HeaderCell]) -> list[str]:
    """The period labels of a block's run, in order (its line column and any column that
    is no period left out)."""
    return [h.text.strip().casefold() for h in run[1:] if is_axis(h.value) or is_axis(h.text)]


def _label(run: list[HeaderCell]) -> str:
    """The group label a block's run stands under: the first over any of its columns."""
    return next((h.group.strip().casefold() for h in run if h.group.strip()), "")


def _texts(grid: Grid, block: TableBlock, col: int) -> bool:
    """Whether the column's filled cells are texts (line names), two at least."""
    values = [
        grid.value(r, col)
        for r in range(block.first_data_row, block.last_data_row + 1)
        if not is_blank(grid.value(r, col))
    ]
    return len(values) >= 2 and all(
        isinstance(v, str) and not is_axis(v) and cell_text(v).strip() for v in values
    )
