"""Changes and Trends of a snapshot not yet written: what :func:`addin.store.record` will
read back once a forked child has written it, computed beforehand from what the store
held before (:class:`Before`, read by that child) and the snapshot held in memory.

The consolidation builds its roll-up with this expectation while the child writes, then
compares it with what the child read back (:func:`same_history`): any difference, and
the read-back wins (the roll-up is written again). So this module need only be right
in the usual case; where a value would not come back from the store as it is held here
(a type the column converts, a number that is not finite), it says so and the roll-up
waits for the read-back instead. No SQLAlchemy here, except in :func:`read_before`, which
runs in the child.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from addin import layout
from addin.rollup.inputs import RollupInputs
from addin.standards import Standards
from addin.store.diff import Diff, diff_states
from addin.store.records import (
    History,
    SnapshotInfo,
    column_kind,
    finding_severities,
    history_notes,
    previous_snapshot,
)
from addin.store.snapshot_state import ITEM_COLUMNS, SnapshotState, StateRows
from addin.store.trends import ProjectRow, SnapshotRow, build_trends

if TYPE_CHECKING:
    from addin.store.store import Store

#: The snapshot id the expectation gives the new snapshot (the store's is known once written).
NEW_SNAPSHOT = 0


@dataclass
class Before:
    """What the store held before this run's snapshot, as :func:`addin.store.record` reads it."""

    shown: str  # the store as shown to a person
    dialect: str  # "sqlite" or "postgresql": how a date comes back
    snapshots: list[SnapshotInfo]
    trend_snapshots: list[SnapshotRow]
    trend_projects: list[ProjectRow]
    trend_counts: list[tuple[Any, ...]]
    previous: SnapshotState | None  # the snapshot Changes compares with, whole


def empty_before(shown: str) -> Before:
    """A new SQLite store: nothing before."""
    return Before(shown, "sqlite", [], [], [], [], None)


def read_before(store: Store, as_of: date, since: date | None) -> Before:
    """What ``store`` holds now that the snapshot of ``as_of`` will be compared with."""
    from addin.store.state import load_state
    from addin.store.trends import read_trend_rows

    snaps = store.snapshots()
    prev = previous_snapshot(snaps, as_of, since)
    with store.errors(), store.reading() as conn:
        trend = read_trend_rows(conn)
        previous = load_state(conn, prev.snapshot_id, prev.as_of) if prev else None
    return Before(store.shown, store.engine.dialect.name, snaps, *trend, previous)


#: The types a text column gives back unchanged.
_TEXT = frozenset((str, type(None)))


class _Unsure(Exception):
    """A value the store would not give back as it is held here."""


def _stored(value: object, kind: str, iso_dates: bool) -> object:
    """``value`` as the store gives it back from a column of ``kind``."""
    if value is None:
        return None
    cls = type(value)
    if kind == "text" and cls is str:
        return value
    if kind == "float" and (cls is float or cls is int):
        number = float(value)  # type: ignore[arg-type]
        if math.isfinite(number):
            return number
    if kind == "int" and cls is int:
        return value
    if kind == "date" and cls is date:
        return value.isoformat() if iso_dates else value  # type: ignore[attr-defined]
    raise _Unsure(f"{cls.__name__} in a {kind} column")


#: The types a date column gives back unchanged (as dates: PostgreSQL) or as ISO text.
_DATES = frozenset((date, type(None)))
#: The types a float column takes (an int comes back as a float).
_NUMBERS = frozenset((float, int, type(None)))


def _column(values: Sequence[object], kind: str, iso_dates: bool) -> Sequence[object]:
    """One column's values as the store gives them back from a column of ``kind``: the
    types looked at once for the column, each value converted only where it must be."""
    types = set(map(type, values))
    if kind == "text" and types <= _TEXT:
        return values
    if kind == "date" and types <= _DATES:
        if not iso_dates:
            return values
        return [None if v is None else v.isoformat() for v in values]  # type: ignore[attr-defined]
    if kind == "float" and types <= _NUMBERS:
        numbers = [None if v is None else float(v) for v in values]  # type: ignore[arg-type]
        if all(math.isfinite(v) for v in numbers if v is not None):
            return numbers
    return [_stored(v, kind, iso_dates) for v in values]


def _project_rows(inputs: RollupInputs) -> Iterator[ProjectRow]:
    """The new snapshot's projects rows as Trends reads them (``addin.store.content``'s)."""
    for p in inputs.projects:
        h, f = p.header, p.figures
        yield (
            NEW_SNAPSHOT,
            _stored(p.project_id or None, "text", False),
            _stored(h.project_name, "text", False),
            _stored(h.overall_rag, "text", False),
            _stored(f.finance.bac, "float", False),
            _stored(f.finance.eac, "float", False),
            json.dumps(f.open_risks),
            _stored(f.open_issues, "int", False),
            _stored(f.overdue_items, "int", False),
            _stored(h.currency, "text", False),
        )


def _new_rows(inputs: RollupInputs, iso_dates: bool) -> StateRows:
    """The new snapshot's rows as :func:`addin.store.state.load_state` would read them back
    (its projects already made one per ID)."""
    rows = StateRows(inputs.run.as_of)
    for p in inputs.projects:
        pid = _stored(p.project_id or None, "text", False)
        if pid and pid not in rows.projects:
            h, fin = p.header, p.figures.finance
            rows.projects[pid] = {  # type: ignore[index]
                "project_name": _stored(h.project_name, "text", False),
                "overall_rag": _stored(h.overall_rag, "text", False),
                "schedule_rag": _stored(h.schedule_rag, "text", False),
                "cost_rag": _stored(h.cost_rag, "text", False),
                "scope_rag": _stored(h.scope_rag, "text", False),
                "bac": _stored(fin.bac, "float", False),
                "eac": _stored(fin.eac, "float", False),
            }
    for register, (name_col, compared) in ITEM_COLUMNS.items():
        columns = {
            c.key: (i, column_kind(c))
            for i, c in enumerate(layout.REGISTERS_BY_KEY[register].columns)
        }
        wanted = [columns[key] for key in ("id", name_col, *compared)]
        pick = itemgetter(*[i for i, _ in wanted])
        kinds = [kind for _, kind in wanted]
        items = rows.items[register] = []
        for p in inputs.projects:
            picked = list(map(pick, p.payload.rows.get(register, ())))
            if not picked:
                continue
            # Each column typed once (a project's rows of one register), not cell by cell.
            typed = [
                _column(col, kind, iso_dates)
                for col, kind in zip(zip(*picked, strict=True), kinds, strict=True)
            ]
            pids = repeat(p.project_id or None, len(picked))
            items.extend(zip(pids, *typed, strict=True))
    project_of = {p.source: p.project_id or None for p in inputs.projects}
    findings = rows.findings
    for f in inputs.findings:
        values: tuple[Any, ...] = (
            project_of.get(f.file),
            f.file,
            f.code,
            f.address or None,
            f.severity,
        )
        if not _TEXT.issuperset(map(type, values)):
            values = tuple(_stored(v, "text", False) for v in values)
        findings.append(values)
    return rows


@dataclass
class ExpectedSnapshot:
    """What the read-back proves the expected Changes with (:func:`addin.store.record`):
    the previous snapshot's state they compare with (this very object), the new
    snapshot's rows as the store should give them back, and the diff of the two by
    ``standards`` (this very object too)."""

    previous: SnapshotState
    rows: StateRows
    diff: Diff
    standards: Standards


def expected_history(
    before: Before, inputs: RollupInputs, standards: Standards, since: date | None
) -> History | None:
    """The History :func:`addin.store.record` will give once the snapshot of ``inputs`` is
    written into the store ``before`` describes; None when it cannot be told here."""
    return expect(before, inputs, standards, since)[0]


def expect(
    before: Before, inputs: RollupInputs, standards: Standards, since: date | None
) -> tuple[History | None, ExpectedSnapshot | None]:
    """:func:`expected_history`, and (when there is a snapshot to compare with) what its
    Changes were made from, for the read-back to prove them with instead of diffing again
    (the store child's way, benchmarks/README.md round 10b)."""
    as_of = inputs.run.as_of
    prev = previous_snapshot(before.snapshots, as_of, since)
    made = None
    try:
        diff = None
        if prev is not None:
            if before.previous is None:
                return None, None
            rows = _new_rows(inputs, iso_dates=before.dialect == "sqlite")
            diff = diff_states(before.previous, rows.state(), standards)
            made = ExpectedSnapshot(before.previous, rows, diff, standards)
        replaced = {s.snapshot_id for s in before.snapshots if s.as_of == as_of}
        counts = {"error": 0, "warning": 0, "info": 0}
        for severity in finding_severities(inputs.findings):
            if severity in counts:
                counts[severity] += 1
        snapshots = [r for r in before.trend_snapshots if r[0] not in replaced]
        snapshots.append((NEW_SNAPSHOT, as_of, counts["error"], counts["warning"], counts["info"]))
        snapshots.sort(key=lambda r: r[1])
        trends = build_trends(
            snapshots,
            [r for r in before.trend_projects if r[0] not in replaced]
            + list(_project_rows(inputs)),
            [r for r in before.trend_counts if r[0] not in replaced],
        )
    except _Unsure:
        return None, None
    notes = history_notes(prev, since)
    history = History(
        before.shown, NEW_SNAPSHOT, as_of, prev.as_of if prev else None, diff, trends, notes
    )
    return history, made


def same_history(expected: History | None, stored: History | None) -> bool:
    """True when a roll-up built with ``expected`` is the one ``stored`` gives: the same
    values of the same types everywhere the roll-up reads (not the snapshot id or the
    seconds waited for the lock, which it does not show)."""
    if expected is None or stored is None:
        return expected is stored
    try:
        return all(
            _same(getattr(expected, name), getattr(stored, name))
            for name in ("store", "as_of", "previous", "diff", "trends", "notes")
        )
    except Exception:  # (cannot be told: the store's answer is used)
        return False


#: Types compared by value alone (a float also as NaN, below).
_PLAIN = frozenset((str, int, bool, float, type(None), date, datetime))


def _same(a: Any, b: Any) -> bool:
    if a is b:  # (the store child's answer "as expected" hands back the very objects)
        return True
    cls = type(a)
    if cls is not type(b):
        return False
    if cls in _PLAIN:
        return bool(a == b) or (cls is float and math.isnan(a) and math.isnan(b))
    if isinstance(a, dict):
        return (
            len(a) == len(b)
            and _same_items(tuple(a), tuple(b))
            and _same_items(tuple(a.values()), tuple(b.values()))
        )
    if isinstance(a, list | tuple):
        return len(a) == len(b) and _same_items(a, b)
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, float):
        return bool(a == b or (math.isnan(a) and math.isnan(b)))
    return bool(a == b)


def _same_items(a: Sequence[Any], b: Sequence[Any]) -> bool:
    """Two sequences of the same length, item by item as :func:`_same` (plain values of the
    same types: compared all at once, which is the same where they are equal)."""
    types = tuple(map(type, a))
    if types == tuple(map(type, b)) and _PLAIN.issuperset(types) and a == b:
        return True
    return all(map(_same, a, b))
