"""A list of people beside a register is no register (round 24).

A PM keeps a contacts list, a distribution list or the team's roles beside the register
they serve (``Name | Role | Email`` one or two blank columns right of a risk log, or under
it). Found as a table of its own, it was adopted as more items of the sheet's register:
``Name`` reads as the item's text, and the sheet's name says the register. A person reads
it as people, not risks: a person's name is no item's text.

The rule: a table whose only column read for its register is the item's text column (and
at most one column of people beside it, round 25: a contact's address), and
whose values in that column are people's names (the share :data:`PEOPLE_SHARE` that reads
an owner column by its values), is a list of people; it is listed with this reason, never
adopted. A register with any other column read (a date, a status; an owner beside
another field) is left to the other rules: a decision log's ``Decision`` of names is
still checked by them.
"""

from __future__ import annotations

from addin.adopt.detect import TableBlock
from addin.adopt.evidence import person_share
from addin.adopt.grid import Grid
from addin.adopt.people import PERSON_COLUMNS
from addin.adopt.unread_columns import PEOPLE_SHARE


def people_list_reason(
    block: TableBlock, grid: Grid, chosen: dict[int, str], main_columns: tuple[str, ...]
) -> str | None:
    """Why the table is a list of people and not the register's items, or None.

    ``chosen`` is the register's columns read (column -> column key); ``main_columns`` the
    register's item-text keys (a risk's title, a decision's decision)."""
    # round 25: an address names a person, so a contacts list's ``Email`` reads as an
    # owner; a column of people beside the names is still no register's field
    mains = [(c, k) for c, k in chosen.items() if k not in PERSON_COLUMNS]
    if len(mains) != 1 or len(chosen) > 2:
        return None
    ((col, key),) = mains
    if key not in main_columns:
        return None
    values = [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
    if sum(1 for v in values if isinstance(v, str) and v.strip()) < 2:
        return None
    if person_share(values) < PEOPLE_SHARE:
        return None
    header = next((c.text for c in block.headers if c.col == col), "")
    return (
        f"a list of people (contacts, a team): column {header!r} holds people's names and "
        "no other column reads as a register's field; a person's name is no item"
    )
