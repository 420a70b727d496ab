"""The store's uses: record a consolidation and compare it, diff two snapshots, trends."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from addin.standards import Standards
from addin.store.diff import Diff, diff_states
from addin.store.errors import StoreError
from addin.store.records import (
    History,
    SnapshotData,
    SnapshotInfo,
    cyclic_gc_paused,
    history_notes,
    previous_snapshot,
)
from addin.store.snapshot_state import SnapshotState
from addin.store.state import load_pair, load_state, reads_back_as
from addin.store.store import Store
from addin.store.trends import Trends, load_trends

if TYPE_CHECKING:
    from addin.store.expected import ExpectedSnapshot

#: The previous snapshot as read under the write lock: its id and its whole state.
Read = tuple[int, SnapshotState]


def record(
    store: Store,
    data: SnapshotData,
    standards: Standards,
    since: date | None = None,
    locked: Callable[[], Read | None] | None = None,
    *,
    expected: Callable[[], ExpectedSnapshot | None] | None = None,
) -> History:
    """Write ``data`` as a snapshot, then compare it with the previous one and load trends.

    ``locked``: called once the store's write lock is taken, before the snapshot is
    written; it may return the previous snapshot it read then, whole (its id and state):
    nobody could change it before this snapshot was committed, so Changes compares the
    snapshot read back with it instead of reading the pair again.

    ``expected``: called once the snapshot is written, it may give what the Changes
    expected of it were made from (the previous snapshot's state, the new one's rows)
    and their diff: when that previous
    state is the one ``locked`` returned and the snapshot reads back as those rows, value
    for value and type for type, its diff with it is that diff (the same states), which
    is not worked out again (benchmarks/README.md round 10b)."""
    with cyclic_gc_paused():
        return _record(store, data, standards, since, locked, expected)


def _record(
    store: Store,
    data: SnapshotData,
    standards: Standards,
    since: date | None,
    locked: Callable[[], Read | None] | None,
    expected: Callable[[], ExpectedSnapshot | None] | None,
) -> History:
    read: list[Read | None] = []
    snapshot_id = store.write_snapshot(
        data, None if locked is None else (lambda: read.append(locked()))
    )
    snaps = store.snapshots()
    prev = previous_snapshot(snaps, data.as_of, since)
    notes = history_notes(prev, since)
    with store.errors(), store.reading() as conn:
        diff = None
        if prev is not None:
            held = read[0] if read else None
            if held is not None and held[0] == prev.snapshot_id and held[1].as_of == prev.as_of:
                made = expected() if expected is not None else None
                if (
                    made is not None
                    and made.previous is held[1]
                    and made.standards is standards
                    and made.rows.as_of == data.as_of
                    and reads_back_as(conn, snapshot_id, made.rows)
                ):
                    diff = made.diff
                else:
                    diff = diff_states(
                        held[1], load_state(conn, snapshot_id, data.as_of), standards
                    )
            else:
                old, new = load_pair(
                    conn, (prev.snapshot_id, prev.as_of), (snapshot_id, data.as_of)
                )
                diff = diff_states(old, new, standards)
        trends = load_trends(conn)
    return History(
        store.shown,
        snapshot_id,
        data.as_of,
        prev.as_of if prev else None,
        diff,
        trends,
        notes,
        store.lock_wait,
    )


def diff_snapshots(
    store: Store, standards: Standards, from_date: date | None = None, to_date: date | None = None
) -> Diff:
    """The changes between two snapshots (default: the last two)."""
    snaps = store.snapshots()
    by_date = {s.as_of: s for s in snaps}
    if len(snaps) < (2 - (from_date is not None) - (to_date is not None)) or not snaps:
        raise StoreError(
            f"{store.shown}: holds {len(snaps)} snapshot{'' if len(snaps) == 1 else 's'}; "
            "a diff needs two - consolidate "
            "again later, or backfill with `pmo history import`"
        )
    to_snap = _pick(by_date, to_date, store) if to_date else snaps[-1]
    if from_date:
        from_snap = _pick(by_date, from_date, store)
    else:
        earlier = [s for s in snaps if s.as_of < to_snap.as_of]
        if not earlier:
            raise StoreError(
                f"{store.shown}: no snapshot before {to_snap.as_of.isoformat()} to compare with"
            )
        from_snap = earlier[-1]
    with store.errors(), store.reading() as conn:
        old, new = load_pair(
            conn, (from_snap.snapshot_id, from_snap.as_of), (to_snap.snapshot_id, to_snap.as_of)
        )
    return diff_states(old, new, standards)


def _pick(by_date: dict[date, SnapshotInfo], day: date, store: Store) -> SnapshotInfo:
    if day not in by_date:
        known = ", ".join(d.isoformat() for d in sorted(by_date)[-6:]) or "none"
        raise StoreError(
            f"{store.shown}: no snapshot as of {day.isoformat()} (latest: {known}); "
            "see `pmo history list`"
        )
    return by_date[day]


def trends(store: Store) -> Trends:
    with store.errors(), store.reading() as conn:
        return load_trends(conn)
