"""The consolidation's store step: record the snapshot before the roll-up is written, so
the roll-up carries Changes and Trends. A store that fails never stops the roll-up: the
failure is kept, reported, and the command exits 2."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from addin.rollup.inputs import RollupInputs
from addin.standards import Standards

#: How many of the biggest moves the terminal summary lists per kind.
TOP_MOVES = 3


@dataclass(frozen=True)
class StoreRequest:
    """``--store`` (None: $PMO_STORE, else beside the roll-up), ``--since``, the lock wait."""

    store: str | None = None
    since: date | None = None
    wait: float = 120.0


class StoreFailure(str):
    """Why the snapshot was not recorded (the text the user reads), with the seconds the
    run waited for another run's lock on the store first: the result carries it as its
    ``store_error`` text, and the summary does not count the wait as the run's work."""

    lock_wait: float = 0.0

    def __new__(cls, text: str, lock_wait: float = 0.0) -> StoreFailure:
        self = super().__new__(cls, text)
        self.lock_wait = lock_wait
        return self


def record_history(
    request: StoreRequest,
    out: Path,
    inputs: RollupInputs,
    standards: Standards,
    locked: Callable[[Any], Any] | None = None,
    on_wait: Callable[[str], None] | None = None,
    expected: Callable[[], Any] | None = None,
) -> tuple[Any, str | None]:
    """(History, None) when the snapshot was recorded, (None, a :class:`StoreFailure`)
    when not. Waiting for another run's lock is said once, through ``on_wait`` (default:
    on stderr, :mod:`addin.store`). ``locked``: called with the store once its write lock
    is taken, before the snapshot is written (the store child works out from what the
    store holds the Changes and Trends the main process builds the roll-up with; it must
    not raise); it may return the previous snapshot it read, for the read-back (see
    :func:`addin.store.record`), as ``expected``, once the snapshot is written, what the
    expected Changes were made from (an :class:`addin.store.expected.ExpectedSnapshot`)."""
    from addin.store import Store, StoreError, record
    from addin.store.content import snapshot_from_inputs

    store = None
    started = time.monotonic()
    try:
        store = Store.open(request.store, rollup=out, wait=request.wait, on_wait=on_wait)
        hook = None if locked is None else partial(locked, store)
        data = snapshot_from_inputs(inputs)
        history = record(store, data, standards, request.since, hook, expected=expected)
        return history, None
    except StoreError as exc:
        return None, StoreFailure(str(exc), _waited(store, exc, started))
    except Exception as exc:  # a bug must not cost the roll-up: report it, write the rest
        return None, StoreFailure(
            f"the store step failed unexpectedly ({type(exc).__name__}: {exc})",
            store.lock_wait if store is not None else 0.0,
        )
    finally:
        if store is not None:
            store.dispose()


def _waited(store: Any, exc: Exception, started: float) -> float:
    """The seconds waited for the store's lock before ``exc``; when the store could not even
    be opened because another run held it, the whole time spent trying."""
    from addin.store import StoreBusyError

    if store is not None:
        return float(store.lock_wait)
    return time.monotonic() - started if isinstance(exc, StoreBusyError) else 0.0


def lock_wait(history: Any, error: str | None) -> float:
    """Seconds the run waited for another run's lock on the store (0 without a store)."""
    if history is not None:
        return float(history.lock_wait)
    return error.lock_wait if isinstance(error, StoreFailure) else 0.0


def lock_wait_line(history: Any, error: str | None) -> list[str]:
    """The summary's line for a wait long enough to have been announced."""
    from addin.store.errors import NOTICE_AFTER  # (not .store: no SQLAlchemy for a line)

    waited = lock_wait(history, error)
    if waited < NOTICE_AFTER:
        return []
    return [f"  Waited {waited:.1f} s for another run's write lock on the store."]


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _money(value: float) -> str:
    return f"{value:+,.0f}"


def history_lines(history: Any, error: str | None) -> list[str]:
    """The few lines the terminal summary gains: the store, and the biggest moves."""
    if error:
        return [f"  Store: NOT recorded - {error}"]
    if history is None:
        return []
    lines = [f"  Store: snapshot {history.as_of.isoformat()} recorded in {history.store}"]
    d = history.diff
    if d is None:
        lines.append("  What changed: no earlier snapshot to compare with (see the Changes sheet)")
        return lines
    head = (
        f"  Since {d.from_date.isoformat()}: {_n(d.total, 'change')} - "
        f"{_n(len(d.projects_added), 'project')} added, {len(d.projects_removed)} removed, "
        f"{_n(len(d.rag_changes), 'RAG change')}, {_n(len(d.items_added), 'item')} added, "
        f"{len(d.items_closed)} closed, {len(d.items_removed)} removed"
    )
    lines.append(head)
    overall = [c for c in d.rag_changes if c["field"] == "overall_rag"]
    for c in overall[:TOP_MOVES]:
        lines.append(f"    {c['project_id']}: Overall RAG {c['from'] or '-'} -> {c['to'] or '-'}")
    for c in sorted(d.eac_changes, key=lambda c: -abs(c["delta"]))[:TOP_MOVES]:
        lines.append(f"    {c['project_id']}: EAC {_money(c['delta'])} to {c['to']:,.0f}")
    moves = [m for m in d.milestone_moves if isinstance(m.get("days"), int)]
    for m in sorted(moves, key=lambda m: -abs(m["days"]))[:TOP_MOVES]:
        lines.append(
            f"    {m['project_id']} {m['id']}: forecast moved {m['days']:+d} {'day' if abs(m['days']) == 1 else 'days'}"
        )
    return lines


def store_json(history: Any, error: str | None) -> dict[str, Any] | None:
    """The ``store`` key of ``pmo consolidate --json`` (None with --no-store)."""
    if error:
        return {
            "recorded": False,
            "error": str(error),
            "lock_wait_seconds": round(lock_wait(history, error), 1),
        }
    if history is None:
        return None
    d = history.diff
    return {
        "recorded": True,
        "store": history.store,
        "as_of": history.as_of.isoformat(),
        "compared_with": history.previous.isoformat() if history.previous else None,
        "changes": d.total if d is not None else None,
        "counts": d.to_json()["counts"] if d is not None else None,
        "lock_wait_seconds": round(history.lock_wait, 1),
    }


def store_files(request: StoreRequest | None, out: Path) -> frozenset[Path]:
    """The SQLite store's files (and journal), kept out of the consolidated folder's files.
    A store given as a path (or the default) is placed without SQLAlchemy, which would
    otherwise load before the first worker starts; only a URL needs it to be parsed."""
    if request is None:
        return frozenset()
    from addin.store.where import is_url, store_path, store_text

    text = store_text(request.store)
    if is_url(text):
        from addin.store import StoreError, resolve_store

        try:
            path = resolve_store(request.store, out).path
        except StoreError:
            return frozenset()
    else:
        path = store_path(text, out)
    if path is None:
        return frozenset()
    return frozenset(path.with_name(path.name + tail) for tail in ("", "-journal", "-wal", "-shm"))
