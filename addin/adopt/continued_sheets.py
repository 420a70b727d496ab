"""A register too wide for one page, split over two sheets side by side (round 28).

A PM who prints a wide register for the board cuts it in two: ``Risks`` holds the id, the
description, likelihood and impact; ``Risks (cont.)`` holds the id again with the owner,
the status and the mitigation. Read alone, the second sheet is no register (it names no
item: no title), and its fields were lost. A PMO analyst reads the two as one register,
the second sheet's columns joined to the first's items by id:

- the second sheet's name is the first's plus a continuation mark (``(cont.)``,
  ``(continued)``, ``cont'd``, ``- part 2``, ``(2)``): :func:`continued_from`;
- the first sheet holds an adopted register of items with an id column, and the second
  sheet's table, not a register alone, has a column under the same id header whose values
  are the first's ids (nine in ten of its rows, :data:`SAME_IDS`);
- its columns are read as the register's (the same header readings, the same value
  readings), and each item's fields it fills are set on the first sheet's item of the same
  id (a field the first sheet filled already keeps its value). It adds no items: a row
  whose id the first sheet lacks is listed, not adopted.

A sheet named as a continuation whose ids are not the first's (another register, a list)
is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from addin.adopt.classify import ADOPTED_REGISTERS, Classification, header_candidates
from addin.adopt.detect import TableBlock, header_texts
from addin.adopt.grid import Grid, cell_text
from addin.adopt.match import assign
from addin.adopt.report import AdoptionReport, RowIssue, TableReport
from addin.adopt.split import AdoptedTable
from addin.adopt.tables import adopt_block
from addin.cells import column_index
from addin.models import ProjectData
from addin.standards import Standards

#: A continuation mark after a sheet's name: ``Risks (cont.)``, ``Risks cont'd``, ``Risks -
#: continued``, ``Risks (2)``, ``Risks part 2``, ``Risks p2``.
_CONTINUED = re.compile(
    r"^(?P<base>.+?)\s*[-–(]?\s*(?:cont(?:'d|d|\.|inued)?|continuation|part\s*2|p\.?\s*2|2)"
    r"\s*\)?\.?$",
    re.I,
)

#: The share of the second sheet's rows whose id must be one of the first sheet's items.
SAME_IDS = 0.9

#: Registers of items, one per row, that a continuation sheet may extend.
_ITEM_REGISTERS = frozenset(ADOPTED_REGISTERS) - {"finance"}


def continued_from(sheet: str, names: Sequence[str]) -> str | None:
    """The sheet among ``names`` that ``sheet`` continues (its name plus a continuation
    mark), or None."""
    found = _CONTINUED.match(sheet.strip())
    if found is None:
        return None
    base = found.group("base").strip().casefold()
    return next((n for n in names if n != sheet and n.strip().casefold() == base), None)


def join_continued(
    block: TableBlock,
    grid: Grid,
    first: AdoptedTable,
    grids: Mapping[str, Grid],
    project: ProjectData,
    standards: Standards,
    year: tuple[int | None, bool],
) -> TableReport | None:
    """The report of ``block`` (on a continuation sheet) read as more columns of ``first``'s
    register and joined to its items by id, the items updated in ``project``; None when
    the table is not such a continuation (no id column of the first's ids)."""
    register = first.table.register
    if register not in _ITEM_REGISTERS:
        return None
    id_header = next((c.header for c in first.table.columns if c.target == "id"), None)
    if id_header is None:
        return None
    mappings = assign(
        header_candidates(block, register, grid, standards), header_texts(block), register
    )
    id_col = next((c for c, m in mappings.items() if m.column_key == "id"), None)
    header = next((h.text for h in block.headers if h.col == id_col), None)
    if id_col is None or header is None or header.casefold() != id_header.casefold():
        return None
    if not any(m.column_key != "id" for m in mappings.values()):
        return None
    scratch = ProjectData()
    said = AdoptionReport(source=block.sheet)
    classified = Classification(register, 0.9, "continuation", {register: mappings})
    table, _ = adopt_block(block, grid, None, standards, scratch, {}, year, said, classified)
    # matched by the id as WRITTEN on both sheets (a converted id may be renumbered or
    # take the register's prefix: ``FT-01`` and ``X-1`` can both become ``I-001``)
    first_grid, first_col = grids[first.table.sheet], _id_column(first.table)
    items = project.items(register)
    theirs = {
        cell_text(first_grid.value(row, first_col)).casefold(): items[i]
        for i in first.items.get(register, range(0))
        if (row := items[i].source_row) is not None
    }
    more = scratch.items(register)
    if not more:
        return None
    matched = [
        theirs.get(cell_text(grid.value(m.source_row, id_col)).casefold())
        if m.source_row is not None
        else None
        for m in more
    ]
    if sum(1 for m in matched if m is not None) < SAME_IDS * len(more):
        return None
    fields = [c.target for c in table.columns if c.target not in (None, "id")]
    unmatched: list[RowIssue] = []
    for mine, item in zip(more, matched, strict=True):
        if item is None:
            ident = cell_text(grid.value(mine.source_row or 0, id_col))
            reason = "its id is none of the first sheet's items: not adopted"
            unmatched.append(RowIssue(0, "", reason, id_header, ident))
            continue
        for key in fields:
            value = getattr(mine, key, None)
            if value is not None and getattr(item, key, None) is None:
                setattr(item, key, value)
    return replace(
        table,
        reason=(
            f"the register of sheet {first.table.sheet!r} continued (the sheet's name says so): "
            f"its columns joined to that sheet's items by {id_header!r}, no items of its own"
        ),
        items={register: 0},
        skipped_rows=[*table.skipped_rows, *unmatched],
    )


def _id_column(table: TableReport) -> int:
    """The 1-based column of the table's id."""
    return next(column_index(c.column) for c in table.columns if c.target == "id")
