"""What the diff compares, read from the store for one snapshot (only the columns it needs)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, select

from addin.store import schema
from addin.store.fast import fetch_rows
from addin.store.snapshot_state import (
    ITEM_COLUMNS,
    PROJECT_FIELDS,
    FindingKey,
    ItemKey,
    SnapshotState,
    StateRows,
    add_findings,
    add_items,
    item_name,
    item_values,
    same_projects,
    same_rows,
)

__all__ = [
    "ITEM_COLUMNS",
    "PROJECT_FIELDS",
    "FindingKey",
    "ItemKey",
    "SnapshotState",
    "item_name",
    "item_values",
    "load_pair",
    "load_state",
    "reads_back_as",
]


def load_state(
    conn: Connection, snapshot_id: int, as_of: date, *, items: bool = True
) -> SnapshotState:
    """Projects and (unless ``items=False``) every item and finding of one snapshot (each
    register's rows made items as they are read, never all held at once)."""
    state = SnapshotState(as_of, _projects(conn, snapshot_id))
    if items:
        for register in ITEM_COLUMNS:
            query = _item_query(register, snapshot_id)
            add_items(state, register, fetch_rows(conn, query, parse_dates=False))
        add_findings(state, fetch_rows(conn, _finding_query(snapshot_id)))
    return state


def reads_back_as(conn: Connection, snapshot_id: int, expected: StateRows) -> bool:
    """True when the snapshot's rows, as :func:`load_state` reads them, are ``expected``'s,
    value for value and type for type, in the same order (so its state is the one they
    make). Each table's rows compared as they are read, and let go; the first that
    differs ends it."""
    if not same_projects(_projects(conn, snapshot_id), expected.projects):
        return False
    for register in ITEM_COLUMNS:
        query = _item_query(register, snapshot_id)
        if not same_rows(
            fetch_rows(conn, query, parse_dates=False), expected.items.get(register, [])
        ):
            return False
    return same_rows(fetch_rows(conn, _finding_query(snapshot_id)), expected.findings)


def _projects(conn: Connection, snapshot_id: int) -> dict[str, dict[str, Any]]:
    """Project ID -> its compared fields (the first row of an ID is the project)."""
    p = schema.projects
    cols = [p.c.project_id, *[p.c[name] for name in PROJECT_FIELDS]]
    projects: dict[str, dict[str, Any]] = {}
    for row in fetch_rows(conn, select(*cols).where(p.c.snapshot_id == snapshot_id)):
        pid = row[0]
        if pid and pid not in projects:
            projects[pid] = dict(zip(PROJECT_FIELDS, row[1:], strict=True))
    return projects


def _finding_query(snapshot_id: int) -> Select[Any]:
    f = schema.findings
    return select(f.c.project_id, f.c.file, f.c.code, f.c.address, f.c.severity).where(
        f.c.snapshot_id == snapshot_id
    )


def _item_query(register: str, snapshot_id: int) -> Select[Any]:
    name_col, compared = ITEM_COLUMNS[register]
    t = schema.REGISTER_TABLES[register].table
    return select(t.c.project_id, t.c.id, *[t.c[n] for n in (name_col, *compared)]).where(
        t.c.snapshot_id == snapshot_id
    )


def load_pair(
    conn: Connection, old: tuple[int, date], new: tuple[int, date]
) -> tuple[SnapshotState, SnapshotState]:
    """Two snapshots to compare, their items limited to the rows that differ: the
    database finds them (``EXCEPT`` both ways), so an unchanged item is never read.
    An item in one result only was added or removed; in both, it changed."""
    a = load_state(conn, old[0], old[1], items=False)
    b = load_state(conn, new[0], new[1], items=False)
    for register in ITEM_COLUMNS:
        q_old, q_new = _item_query(register, old[0]), _item_query(register, new[0])
        add_items(b, register, fetch_rows(conn, q_new.except_(q_old), parse_dates=False))
        add_items(a, register, fetch_rows(conn, q_old.except_(q_new), parse_dates=False))
        _settle_duplicates(conn, register, (a, old[0]), (b, new[0]))
    f_old, f_new = _finding_query(old[0]), _finding_query(new[0])
    add_findings(b, fetch_rows(conn, f_new.except_(f_old)))
    add_findings(a, fetch_rows(conn, f_old.except_(f_new)))
    return a, b


def _row_number(cell: object) -> int:
    """The row of a source cell ("Risks!A12" -> 12); rows without one sort last."""
    found = re.search(r"(\d+)$", str(cell or ""))
    return int(found.group(1)) if found else 1 << 30


def _duplicated(conn: Connection, register: str, snapshot_id: int) -> set[tuple[str, str]]:
    """(project id, item ID) pairs that more than one row of the snapshot carries."""
    t = schema.REGISTER_TABLES[register].table
    item_id = func.trim(t.c.id)
    query = (
        select(t.c.project_id, item_id)
        .where(t.c.snapshot_id == snapshot_id, t.c.id.is_not(None))
        .group_by(t.c.project_id, item_id)
        .having(func.count() > 1)
    )
    return {(r[0], r[1]) for r in fetch_rows(conn, query, parse_dates=False) if r[0] and r[1]}


def _settle_duplicates(conn: Connection, register: str, *sides: tuple[SnapshotState, int]) -> None:
    """Items whose ID is on several rows, in either snapshot: the rows that differ
    (``EXCEPT``) need not include the item's first row, which is the item, so read
    every row of those IDs on both sides and keep the first (by source row)."""
    dups = set().union(*(_duplicated(conn, register, sid) for _, sid in sides))
    if not dups:
        return
    name_col, compared = ITEM_COLUMNS[register]
    t = schema.REGISTER_TABLES[register].table
    projects = sorted({pid for pid, _ in dups})
    for state, sid in sides:
        query = select(
            t.c.project_id,
            func.trim(t.c.id),
            t.c.source_cell,
            *[t.c[n] for n in (name_col, *compared)],
        ).where(t.c.snapshot_id == sid, t.c.project_id.in_(projects))
        firsts: dict[ItemKey, tuple[int, tuple[Any, ...]]] = {}
        for row in fetch_rows(conn, query, parse_dates=False):
            if (row[0], row[1]) not in dups:
                continue
            key, at = (row[0], register, row[1]), _row_number(row[2])
            if key not in firsts or at < firsts[key][0]:
                firsts[key] = (at, tuple(row[3:]))
        for pid, item_id in dups:
            key = (pid, register, item_id)
            if key in firsts:
                state.items[key] = firsts[key][1]
            else:
                state.items.pop(key, None)
