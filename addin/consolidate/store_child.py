"""The store step beside the roll-up: a forked child records the snapshot (today's
:func:`~addin.consolidate.history_step.record_history`, unchanged: SQLAlchemy, the rows,
the inserts, then Changes and Trends read back) while this process builds and writes the
roll-up with the Changes and Trends it expects (:mod:`addin.store.expected`).

A new SQLite store holds nothing before the snapshot: this process then works out the
expectation itself and does not wait. A store that holds snapshots is read by the child,
which works out the expectation from what it read and the roll-up's inputs (inherited
at the fork) and passes it back before it writes: the previous snapshot is never pickled
across, and this process never diffs. Once it has written and read back, the child
passes what it learnt. The roll-up's rename waits for that answer, and the answer
decides: the same Changes and Trends as expected, and the roll-up stands; different ones,
or a store that failed (locked, damaged, unreachable, full), and the roll-up is built and
written again with what the store gave, exactly as a run without the child writes it. A
child that dies or cannot answer leaves the store step to this process, as before.

Since round 9a (benchmarks/README.md) the child is forked when the run starts
(:meth:`StoreBeside.fork_early`), while this process is small and a core idles: it
imports SQLAlchemy and reads what an SQLite store holds, without the store's lock,
while the workers read; the inputs come by pipe once final (:mod:`.store_inputs`), and
under the lock one query checks that the store is still as read. Where it was not
forked, one is forked after the workers as before (:meth:`StoreBeside.start`).

Since round 10a the child forked at the start, into a store that holds snapshots, is
asked for no expectation (``hand(inputs, expect=False)``: working it out was on the
run's critical path): the caller writes Changes and Trends last, from :meth:`final`,
while the other sheets' rows are rendered (:func:`addin.rollup.writer.write_rollup_later`).

Not forked where fork is missing or this process is big (:data:`MAX_STORE_RESIDENT`):
the store step then runs here, before the roll-up, as it always did.
"""

from __future__ import annotations

import contextlib
import dataclasses
import faulthandler
import gc
import os
import signal
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, NamedTuple

from addin.consolidate.history_step import StoreFailure, StoreRequest, lock_wait, record_history
from addin.consolidate.store_inputs import receive_asked, send_inputs
from addin.rollup.inputs import RollupInputs
from addin.rollup.side_task import MAX_PARENT_RESIDENT, fork_context, resident_bytes, stop_child
from addin.standards import Standards
from addin.store.where import is_url, store_path, store_text

#: The child is forked only while this process's resident memory is below this (bytes):
#: its resident size counts every page it shares with this process, beside the
#: Prioritisation child and the sheets child, which count them too (round 7a of
#: benchmarks/README.md: +86 MB for the tree at 300 projects, where this process holds
#: about 105 MB). Under it up to about 1,000 projects; above it the snapshot is recorded
#: here first, as before, and the tree's peak stays what it was (1,040 MB at 5,000).
MAX_STORE_RESIDENT = min(MAX_PARENT_RESIDENT, 256 * 1024**2)

#: (history, store error) as :func:`record_history` returns them.
Outcome = tuple[Any, str | None]


class AsExpected(NamedTuple):
    """The child's answer when the store gave the History it passed back as expected (the
    same values of the same types everywhere the roll-up reads, as :func:`same_history`
    tells): only what the expectation could not know, instead of the History again
    (1.3 MB pickled at 11,130 changes, unpickled and compared here on the roll-up's path;
    benchmarks/README.md round 10b)."""

    snapshot_id: int
    lock_wait: float


def _child_main(
    conn: Connection,
    request: StoreRequest,
    out: Path,
    inputs: RollupInputs,
    standards: Standards,
    expect: bool,
    before: Any = None,
) -> None:
    """Record the snapshot; first (``expect``) pass back the History expected. ``before``:
    what the store held, read without its lock when the run started (:class:`EarlyStore`):
    the expectation is worked out from it at once, and under the lock one query checks
    that the store is still as read (else it is read again, and the read-back decides)."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()
    gc.freeze()  # no collection walks (and so copies) the parent's pages
    told = not expect  # (a new store: the parent works the expectation out itself)
    sending = threading.Lock()  # (the notice of a wait comes from the store's timer thread)
    #: The History passed back as expected, and what it was made from (for the read-back).
    passed: list[Any] = [None, None]

    def send(message: tuple[Any, ...]) -> None:
        with sending:
            conn.send(message)

    def tell(history: Any, made: Any) -> None:
        with contextlib.suppress(Exception):
            send(("expected", history))
            passed[:] = [history, made]

    if expect and before is not None:
        told = True
        tell(*_expected_from(before, inputs, standards, request.since))

    def tell_expected(store: Any) -> Any:
        """Under the store's write lock: pass back the History expected; return the
        previous snapshot read for it (the read-back compares the new one with it)."""
        nonlocal told
        if before is not None:
            return _still_previous(store, before, inputs.run.as_of, request.since)
        if told:
            return None
        told = True
        history, previous, made = _expectation(store, inputs, standards, request.since)
        tell(history, made)
        return previous

    def tell_wait(text: str) -> None:  # said by the parent, on its stderr
        with contextlib.suppress(Exception):
            send(("notice", text))

    try:
        history, error = record_history(
            request, out, inputs, standards, tell_expected, tell_wait, lambda: passed[1]
        )
        if not told:
            send(("expected", None))
        waited = lock_wait(history, error)
        answer = history
        if error is None and _same_history(passed[0], history):
            answer = AsExpected(history.snapshot_id, history.lock_wait)
        send(("done", answer, None if error is None else str(error), waited))
    except Exception as exc:  # its answer could not be passed back: the parent records
        with contextlib.suppress(Exception):
            send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _same_history(expected: Any, stored: Any) -> bool:
    """True when the History passed back as expected is the one the store gave (the
    parent's own test, made here on the objects themselves: the Changes proved by the
    read-back are the very diff passed back, compared at once)."""
    from addin.store.expected import same_history

    if expected is None or stored is None:
        return False
    try:
        return same_history(expected, stored)
    except Exception:  # (cannot be told here: the History goes back whole, as before)
        return False


def _expectation(
    store: Any, inputs: RollupInputs, standards: Standards, since: Any
) -> tuple[Any, Any, Any]:
    """The History expected once the snapshot of ``inputs`` is written into ``store``
    (None when it cannot be told: the parent then waits for the read-back), the
    previous snapshot read for it, (its id, its state), or None, and what the expected
    Changes were made from (:class:`addin.store.expected.ExpectedSnapshot`), or None."""
    from addin.store import expected
    from addin.store.records import previous_snapshot

    try:
        before = expected.read_before(store, inputs.run.as_of, since)
    except Exception:  # a bug here must not cost the roll-up: the parent waits instead
        return None, None, None
    prev = previous_snapshot(before.snapshots, inputs.run.as_of, since)
    previous = (prev.snapshot_id, before.previous) if prev and before.previous else None
    history, made = _expected_from(before, inputs, standards, since)
    return history, previous, made


#: Seconds the early read may wait for the store (SQLite: another run committing): past
#: it the early read is given up, and the snapshot before is read under the lock as
#: without it (so a run that waits for another one's lock waits once, not twice).
EARLY_WAIT = 0.5


def _early_main(
    conn: Connection,
    parents: Connection,
    request: StoreRequest,
    out: Path,
    as_of: Any,
    standards: Standards,
    expect: bool,
    read: bool,
) -> None:
    """The store child forked when the run starts: SQLAlchemy imported and (``read``: an
    SQLite store that exists) what the store holds read, without its lock, while the
    workers read the projects; then the run's inputs (by pipe, packed) recorded as
    :func:`_child_main` records them. A run that fails first closes the pipe: nothing is
    recorded, and the store is as it was (it was only read)."""
    parents.close()  # (its end, inherited: else the pipe never closes when the parent dies)
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()
    gc.freeze()
    before = _read_early(request, out, as_of) if read else None
    if before is None:
        with contextlib.suppress(Exception):
            import addin.store.store  # noqa: F401  (SQLAlchemy: imported while the workers read)
    try:
        inputs, wanted = receive_asked(conn)
    except Exception:  # the run failed (or was stopped) before the roll-up was written
        conn.close()
        return
    _child_main(conn, request, out, inputs, standards, expect and wanted, before)


def _read_early(request: StoreRequest, out: Path, as_of: Any) -> Any:
    """What the SQLite store holds before this run's snapshot (an
    :class:`addin.store.expected.Before`), read without its write lock; None when it
    cannot be read now (locked, damaged, newer: the store step then says so as ever)."""
    from addin.store import Store
    from addin.store.expected import read_before

    try:
        store = Store.open(request.store, rollup=out, wait=EARLY_WAIT, create=False, on_wait=_quiet)
    except Exception:
        return None
    try:
        before = read_before(store, as_of, request.since)
    except Exception:
        return None
    else:
        _prepare_inserts(store)
        return before
    finally:
        store.dispose()


def _prepare_inserts(store: Any) -> None:
    """The snapshot's inserts compiled for the store's dialect now, while the workers read,
    instead of at the end of the run (a failure here only leaves them to the write)."""
    from addin.store.content import prepare_snapshot_inserts

    with contextlib.suppress(Exception):
        prepare_snapshot_inserts(store.engine.dialect)


def _quiet(text: str) -> None:
    """The early read says nothing of a wait (the store step says it if it waits too)."""


def _expected_from(
    before: Any, inputs: RollupInputs, standards: Standards, since: Any
) -> tuple[Any, Any]:
    """The History expected from what the store held (``before``), or None, and what its
    Changes were made from (:func:`addin.store.expected.expect`), or None."""
    from addin.store import expected

    try:
        return expected.expect(before, inputs, standards, since)
    except Exception:  # a bug here must not cost the roll-up: the parent waits instead
        return None, None


def _previous_of(before: Any, as_of: Any, since: Any) -> Any:
    """(id, state) of the snapshot Changes compares with, as ``before`` holds it, or None."""
    from addin.store.records import previous_snapshot

    prev = previous_snapshot(before.snapshots, as_of, since)
    return (prev.snapshot_id, before.previous) if prev and before.previous else None


def _still_previous(store: Any, before: Any, as_of: Any, since: Any) -> Any:
    """Under the store's write lock: the previous snapshot read before the lock when the
    store's snapshots are still those read then (one query: every snapshot's id, date,
    run time, versions, origin and projects: another run's snapshot adds a row or, when it
    replaces one, gives it its own run time), else read again now. None when it cannot be
    told (the read-back then reads the pair). Another run's snapshot in between costs
    only time: the read-back is made from what the store holds under the lock, as ever,
    and the roll-up is written again with it."""
    from addin.store import expected

    try:
        if store.snapshots() != before.snapshots:
            before = expected.read_before(store, as_of, since)
        return _previous_of(before, as_of, since)
    except Exception:
        return None


def _open_here(path: Path) -> bool:
    """True when this process has the SQLite file ``path`` (or its journal) open: a forked
    child would inherit SQLite's record of this process's locks on it (SQLite's own rule:
    no connection across a fork) and could wait for a lock nobody in it holds."""
    names = {str(path), *(f"{path}{tail}" for tail in ("-journal", "-wal", "-shm"))}
    try:
        fds = os.listdir("/proc/self/fd")
    except OSError:
        return True  # cannot tell: the safe way
    for fd in fds:
        with contextlib.suppress(OSError):
            if os.readlink(f"/proc/self/fd/{fd}") in names:
                return True
    return False


def _fork_place(request: StoreRequest, out: Path) -> tuple[Any, Path | None, str | None] | None:
    """Where the store child may be forked: the fork context, the SQLite path (None for a
    URL) and that path when the store is new (else None); None where it may not be (no
    fork, this process too large, or the SQLite store open here, whose locks the child
    would share: then the store step runs here). Flushes stdout and stderr first, else the
    child writes what they hold again at its exit."""
    ctx = fork_context()
    if ctx is None or resident_bytes() > MAX_STORE_RESIDENT:
        return None
    text = store_text(request.store)
    path = None if is_url(text) else store_path(text, out)
    if path is not None and _open_here(path):
        return None
    new_store = str(path) if path is not None and not path.exists() else None
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    return ctx, path, new_store


class StoreBeside:
    """The snapshot recorded by a forked child; see the module's docstring."""

    def __init__(
        self,
        conn: Connection,
        process: BaseProcess,
        args: tuple[StoreRequest, Path, RollupInputs, Standards],
        new_store: str | None,
    ) -> None:
        self._conn: Connection | None = conn
        self._process: BaseProcess | None = process
        self._args = args
        self._new_store = new_store  # the SQLite file's path when it did not exist yet
        self._expected: Any = None
        self._expected_told = False
        self._outcome: Outcome | None = None
        self._early: Any = None  # the child's answer, when it came before its expectation
        #: Why the store step ran in this process after all (None: the child did it).
        self.fallback: str | None = None

    @classmethod
    def start(
        cls, request: StoreRequest, out: Path, inputs: RollupInputs, standards: Standards
    ) -> StoreBeside | None:
        """The child started; None where it may not be (then record in this process)."""
        place = _fork_place(request, out)
        if place is None:
            return None
        ctx, _, new_store = place
        receive, send = ctx.Pipe(duplex=False)
        args = (request, out, inputs, standards)
        process = ctx.Process(
            target=_child_main, args=(send, *args, new_store is None), name="store", daemon=True
        )
        try:
            process.start()
        except OSError:  # no memory or processes left to fork: record here
            receive.close()
            send.close()
            return None
        send.close()
        return cls(receive, process, args, new_store)

    @classmethod
    def fork_early(
        cls, request: StoreRequest, out: Path, as_of: Any, standards: Standards
    ) -> StoreBeside | None:
        """The store child forked when the run starts, while this process is small
        (:func:`_early_main`); hand it the run's inputs with :meth:`hand`. None where it
        may not be forked (then :meth:`start` after the workers, or the store step here)."""
        place = _fork_place(request, out)
        if place is None:
            return None
        ctx, path, new_store = place
        here, there = ctx.Pipe(duplex=True)
        expect = new_store is None  # (as :meth:`start`: a new store's is worked out here)
        process = ctx.Process(
            target=_early_main,
            args=(there, here, request, out, as_of, standards, expect, expect and path is not None),
            name="store",
            daemon=True,
        )
        try:
            process.start()
        except OSError:
            here.close()
            there.close()
            return None
        there.close()
        return cls(here, process, (request, out, None, standards), new_store)  # type: ignore[arg-type]

    @property
    def tells_at_once(self) -> bool:
        """True when the History expected is worked out here, without waiting (a new
        SQLite store); else only the child can tell it (:meth:`expected` waits)."""
        return self._new_store is not None

    def hand(self, inputs: RollupInputs, expect: bool = True) -> StoreBeside:
        """Give the child forked early the run's inputs (packed: no item is pickled one by
        one); a child that cannot take them leaves the store step to this process.
        ``expect`` False: the child works out no expectation (:meth:`expected` is not
        asked: the caller writes Changes and Trends from :meth:`final`)."""
        request, out, _, standards = self._args
        self._args = (request, out, inputs, standards)
        if self._conn is not None:
            try:
                send_inputs(self._conn, inputs, expect)
            except Exception:  # it died: its answer is missing, and final() records here
                self.close()
        return self

    def expected(self) -> Any:
        """The History to build the roll-up with now: the one expected when it can be told
        (worked out here, without waiting, for a new store; else by the child from what
        the store holds), else the child's answer (waited for)."""
        from addin.store import expected

        request, _, inputs, standards = self._args
        if self._new_store is not None:
            try:
                before = expected.empty_before(self._new_store)
                guess = expected.expected_history(before, inputs, standards, request.since)
            except Exception:  # a bug here must not cost the roll-up: wait for the store's
                guess = None
        else:
            guess = self._wait_expected()
        if guess is not None:
            return guess
        return self.final()[0]

    def final(self) -> Outcome:
        """What the store step gave: the child's answer (waited for), or, when the child
        could not give one, the store step run here."""
        if self._outcome is not None:
            return self._outcome
        message: Any = None
        while self._conn is not None:
            message = self._receive()
            if message is None or message[0] != "expected":
                break
            self._keep_expected(message)
        self.close()
        if message is not None and message[0] == "done" and isinstance(message[1], AsExpected):
            message = self._as_expected(message)
        if message is not None and message[0] == "done":
            _, history, error, waited = message
            self._outcome = (history, None if error is None else StoreFailure(error, waited))
        else:
            self.fallback = str(message[1]) if message is not None else "no answer"
            self._outcome = record_history(*self._args)
        return self._outcome

    def _as_expected(self, message: Any) -> Any:
        """The child's answer "as expected" made the History it stands for: the one passed
        back as expected (the very objects the roll-up was built with), with what only the
        store knew (its snapshot's id, the seconds waited for its lock)."""
        _, answer, error, waited = message
        if self._expected is None:  # (cannot be: the child passed it back first)
            return ("failed", "an answer 'as expected' without an expectation")
        history = dataclasses.replace(
            self._expected, snapshot_id=answer.snapshot_id, lock_wait=answer.lock_wait
        )
        return ("done", history, error, waited)

    def _wait_expected(self) -> Any:
        while not self._expected_told and self._conn is not None:
            message = self._receive()
            if message is None or message[0] != "expected":
                self._early = message
                return None
            self._keep_expected(message)
        return self._expected

    def _keep_expected(self, message: Any) -> None:
        self._expected, self._expected_told = message[1], True

    def _receive(self) -> Any:
        """The child's next message (None: it died, or its message cannot be unpickled);
        the notice of a wait for another run's lock is said here as it comes."""
        if self._early is not None:
            message, self._early = self._early, None
            return message
        while self._conn is not None:
            try:
                message = self._conn.recv()
            except Exception:
                self.close()
                return None
            if message[0] != "notice":
                return message
            print(message[1], file=sys.stderr, flush=True)  # as the store says it itself
        return None

    def close(self) -> None:
        """Stop the child (if it still runs) and release the pipe."""
        stop_child(self._conn, self._process, 0.5)
        self._conn = self._process = None

    def abandon(self, wait: bool) -> None:
        """The roll-up failed: let the child finish recording (``wait``, as the snapshot
        was recorded before the roll-up was written), or stop it."""
        if wait and self._outcome is None:
            with contextlib.suppress(Exception):
                self.final()
        self.close()
