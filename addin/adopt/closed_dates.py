"""A closed date under a header that reads as nothing, read by where it is written (round 42).

A register that keeps its raised and due dates on every row writes a closed date only on the
items that are closed: the column is filled on some rows, empty on the others, and each of
its dates is on or after its row's raised date. A stranger's header over it (``Erledigt
am``, ``Tarehe ya kufunga``, ``Qzv 3``) that no vocabulary reads left it out with every
date in it. :func:`closed_by_values` reads it, and nothing more:

- the register has a closed date and it is MISSING, while its raised date and its due date
  are both read (so the column cannot be either of them);
- exactly one column left out under a header that reads as nothing
  (``by_values.reads_as_nothing``) holds dates; it is filled on some item rows and
  empty on others (a column of dates on every row is a review or an updated date, which the
  values do not tell apart: left out), and every date is on or after its row's raised date;
- two such columns are never guessed;
- (round 42, rt42b) where the register's status is read, no dated row's status says the
  item is still open: a closed date stands on closed items only. A tool's export writes
  other dates on some rows only (Azure DevOps' ``Activated Date`` on the items work has
  started on, all of them ``Active``): a date on an ``Active`` / ``New`` / ``In Progress``
  item is no closed date. A status no list reads says nothing either way.

The mapping is at :data:`~addin.adopt.evidence.CONTENT`, flagged for a person to confirm,
its note saying what decided it.
"""

from __future__ import annotations

from datetime import date

from addin import layout
from addin.adopt.by_values import reads_as_nothing
from addin.adopt.convert import parse_date
from addin.adopt.detect import TableBlock
from addin.adopt.evidence import CONTENT
from addin.adopt.grid import Grid, is_blank
from addin.adopt.item_words import status_reading
from addin.adopt.match import Candidate
from addin.adopt.total_rows import item_rows
from addin.standards import Standards

#: What the synonym of a closed date mapped here says (``mapped by content: ...``).
CLOSED_READING = (
    "values are dates on some items only, on or after their raised dates, in a register "
    "whose raised and due dates are read: its closed date, no header word known"
)


def _dates(block: TableBlock, grid: Grid, col: int) -> list[date | None] | None:
    """The column's dates down the item rows (None where blank), or None when a filled cell
    is no date."""
    out: list[date | None] = []
    for row in item_rows(block, grid):
        value = grid.value(row, col)
        if is_blank(value):
            out.append(None)
            continue
        parsed = parse_date(value)
        if not isinstance(parsed, date):
            return None
        out.append(parsed)
    return out


def _open_item(text: object, register: layout.Register, standards: Standards) -> bool:
    """Whether a status cell says its item is still open: its word reads as a status of
    the register's list and as none of the statuses that close the register's items
    (``Active``, ``New``, ``In Progress``; not ``Done``, ``Resolved``, nor a word no list
    reads)."""
    if is_blank(text):
        return False
    readings = status_reading(str(text))
    name = register.column("status").list_name
    known = set(standards.lists.get(name, ())) if name else set()
    # only the registers with a closed date come here: each has its closed statuses
    return (
        bool(readings)
        and readings[0] in known
        and not any(standards.is_closed(register.item, r) for r in readings)
    )


def closed_by_values(
    block: TableBlock,
    grid: Grid,
    chosen: dict[int, Candidate],
    register_key: str,
    standards: Standards,
) -> None:
    """In place: the one column of dates on some items only, after their raised dates, is
    the register's missing closed date (the module docstring says when)."""
    register = layout.REGISTERS_BY_KEY.get(register_key)
    if register is None or register.due_column is None:
        return
    keys = {c.key for c in register.columns}
    where = {c.column_key: col for col, c in chosen.items()}
    if not {"closed_date", "raised_date"} <= keys or "closed_date" in where:
        return
    if "raised_date" not in where or register.due_column not in where:
        return
    raised = _dates(block, grid, where["raised_date"])
    if raised is None:
        return
    dated: list[tuple[int, list[date | None]]] = []
    for cell in block.headers:
        if cell.col in chosen or not reads_as_nothing(cell.text, register_key):
            continue
        dates = _dates(block, grid, cell.col)
        if dates is not None and any(dates):
            dated.append((cell.col, dates))
    if len(dated) != 1:
        return  # none, or two: which one is the closed date the values do not say
    col, dates = dated[0]
    if all(dates) or sum(1 for d in dates if d) < 2:
        return  # on every item: a review or updated date; on one: too little to read
    if any(d is not None and (r is None or d < r) for r, d in zip(raised, dates, strict=True)):
        return
    if "status" in where:  # round 42 (rt42b): a date on an open item closes nothing
        statuses = [grid.value(row, where["status"]) for row in item_rows(block, grid)]
        if any(
            d is not None and _open_item(s, register, standards)
            for s, d in zip(statuses, dates, strict=True)
        ):
            return
    chosen[col] = Candidate("closed_date", CONTENT, f"({CLOSED_READING})")
