"""The store's plain records, importable without SQLAlchemy: what a snapshot holds before it
is written, what a snapshot is, and what a consolidation learnt from the store. A
consolidation computes its Changes and Trends with these while a forked child writes the
snapshot (:mod:`addin.consolidate.store_child`), so its main process never loads SQLAlchemy.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from addin import layout

if TYPE_CHECKING:
    from addin.store.diff import Diff
    from addin.store.trends import Trends

Row = tuple[object, ...]


def as_date(value: object) -> Any:
    """A date from a date, a datetime or ISO text (other values unchanged)."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def finding_severities(findings: Iterable[Any]) -> list[str]:
    """Each finding's severity, in order; the store child's packed findings give the list
    their first whole pass kept (:class:`addin.consolidate.store_inputs.PackedFindings`)
    instead of being unpacked once more for it."""
    kept = getattr(findings, "severities", None)
    if callable(kept):
        return cast(list[str], kept())
    return [f.severity for f in findings]


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """The cyclic GC paused while a snapshot is made, written, read back and compared: its
    hundreds of thousands of rows, items and findings are plain tuples and dicts, freed by
    their reference counts, and every pass of the collector would walk those alive (about
    0.1 CPU s of a 300-project snapshot with history, benchmarks/README.md round 9b)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class LazyRows:
    """A table's rows made each time they are iterated, never held whole: the snapshot of
    5,000 projects is written chunk by chunk instead of built first (issue 16's memory)."""

    def __init__(self, make: Callable[[], Iterator[Row]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[Row]:
        return self._make()


@dataclass
class SnapshotData:
    """One snapshot's content before it is written: run facts and rows per table."""

    as_of: date
    run: dict[str, Any]  # the snapshots row (without snapshot_id, as_of, projects)
    #: table name -> (column names, rows of values in that order; snapshot_id is added).
    #: Rows are a list or :class:`LazyRows` (iterated once to write, maybe once to count).
    tables: dict[str, tuple[Sequence[str], Iterable[Row]]] = field(default_factory=dict)
    #: The findings' severities, when the maker has them at hand (so the findings' rows,
    #: lazy, are not made once more only to count them); None: counted from the rows.
    severities: list[str] | None = None

    @property
    def project_count(self) -> int:
        return sum(1 for _ in self.tables.get("projects", ((), []))[1])

    def severity_counts(self) -> dict[str, int]:
        """``findings_error``, ``findings_warning``, ``findings_info`` of the snapshot."""
        if self.severities is not None:
            counts = {"findings_error": 0, "findings_warning": 0, "findings_info": 0}
            for severity in self.severities:
                key = f"findings_{severity}"
                if key in counts:
                    counts[key] += 1
            return counts
        columns, rows = self.tables.get("findings", (("severity",), []))
        counts = {"findings_error": 0, "findings_warning": 0, "findings_info": 0}
        if "severity" in columns:
            at = list(columns).index("severity")
            for row in rows:
                key = f"findings_{row[at]}"
                if key in counts:
                    counts[key] += 1
        return counts


@dataclass(frozen=True)
class SnapshotInfo:
    snapshot_id: int
    as_of: date
    run_time: str | None
    tool_version: str | None
    standards_version: str | None
    origin: str | None
    projects: int

    def to_json(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "snapshot_id": self.snapshot_id,
            "projects": self.projects,
            "run_time": self.run_time,
            "tool_version": self.tool_version,
            "standards_version": self.standards_version,
            "origin": self.origin,
        }


@dataclass
class History:
    """What a consolidation learnt from the store (Changes and Trends are built from it)."""

    store: str  # the store as shown to a person
    snapshot_id: int
    as_of: date
    previous: date | None  # the snapshot compared against, None when there is none
    diff: Diff | None
    trends: Trends
    notes: list[str] = field(default_factory=list)
    lock_wait: float = 0.0  # seconds spent waiting for another run's lock on the store


def column_kind(col: layout.Column) -> str:
    """How the store keeps a register column: "date", "float" or "text"."""
    if col.kind in ("date", "month"):
        return "date"
    if col.kind in ("int", "scale", "number", "money") or col.key in ("score", "residual_score"):
        return "float"
    return "text"


def history_notes(previous: SnapshotInfo | None, since: date | None) -> list[str]:
    """What Changes says about the comparison asked for (``--since`` with nothing before it)."""
    if since is not None and previous is None:
        return [f"no snapshot on or before {since.isoformat()} in the store"]
    return []


def previous_snapshot(
    snaps: list[SnapshotInfo], as_of: date, since: date | None = None
) -> SnapshotInfo | None:
    """The latest snapshot before ``as_of`` (or, with ``since``, the latest on or before it)."""
    limit = since if since is not None else as_of
    earlier = [
        s for s in snaps if s.as_of < as_of and (s.as_of <= limit if since else s.as_of < limit)
    ]
    return earlier[-1] if earlier else None
