"""Open a store, write a snapshot in one transaction, list and read snapshots.

Every write transaction starts by updating the one row of ``store_lock``: on SQLite the
transaction is begun with ``BEGIN IMMEDIATE`` (the write lock, waited for up to the busy
timeout), on PostgreSQL the row lock is waited for up to ``lock_timeout``. A second
writer therefore waits, bounded, then fails with :class:`StoreBusyError`; a run that dies
mid-write leaves the transaction uncommitted, so the store is as it was.

Who holds the lock must be readable by the run that waits, which sees committed rows
only: so a writer first commits its claim (holder, since) in a short transaction of its
own, then takes the lock in the write transaction, which clears the claim as it commits.
A run that waits more than :data:`NOTICE_AFTER` seconds says once, through ``on_wait``
(stderr by default), who holds the lock; :attr:`Store.lock_wait` counts the seconds.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Engine, delete, event, func, insert, inspect, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from addin.store import schema
from addin.store.errors import NOTICE_AFTER as NOTICE_AFTER  # (re-exported)
from addin.store.errors import StoreBusyError, StoreError
from addin.store.fast import bulk_insert
from addin.store.migrate import SCHEMA_VERSION, check_version, migrate, stored_version
from addin.store.records import LazyRows as LazyRows  # (re-exported)
from addin.store.records import Row as Row
from addin.store.records import SnapshotData, SnapshotInfo
from addin.store.url import DEFAULT_WAIT, StoreLocation, make_engine, resolve_store

#: Rows per executemany call: the most rows of a snapshot held at once while writing.
CHUNK = 20000
#: Seconds the look at the lock row may wait (SQLite: the holder may have the file locked).
PEEK_WAIT = 1.0


def describe_error(
    exc: BaseException,
    location: StoreLocation,
    holder: str | None = None,
    wait: float | None = None,
) -> str:
    """One clear sentence for a database error, the password never in it. ``holder``
    and ``wait``: who held the lock and how long was waited, when known."""
    orig = getattr(exc, "orig", None) or exc
    detail = " ".join(str(orig).split())
    low = detail.lower()
    shown = location.shown
    if "locked" in low or "lock timeout" in low or getattr(orig, "sqlstate", "") == "55P03":
        detail = "; ".join(
            part
            for part in (
                f"{wait:g} s" if wait is not None else "",
                f"held by {holder}" if holder else "",
            )
            if part
        )
        return (
            f"{shown}: another run is writing this store and did not finish within the wait"
            f"{f' ({detail})' if detail else ''}; nothing was written - run again when it "
            "has finished"
        )
    if "not a database" in low or "malformed" in low or "disk image" in low:
        return (
            f"{shown}: the store file is damaged or not an SQLite database ({detail}); it was "
            "left unchanged - restore it from a backup, or give --store a new file name"
        )
    if location.path is None and (
        "connect" in low or "authentication" in low or "refused" in low or "timeout" in low
    ):
        return location.hide(
            f"{shown}: cannot connect to the PostgreSQL store ({detail}); check the host, port, "
            "user, password and that the database exists"
        )
    if "readonly" in low or "read-only" in low or "permission" in low:
        return f"{shown}: the store cannot be written ({detail}); check its permissions"
    return location.hide(f"{shown}: the store failed ({detail})")


def _to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class Store:
    """A portfolio store (SQLite file or PostgreSQL database).

    ``on_wait``: told once, in words, when this store waits for another run's write lock
    (default: printed on stderr). ``lock_wait``: the seconds spent waiting for the store
    (taking the lock, and reading while another run writes an SQLite file).
    """

    def __init__(
        self,
        location: StoreLocation,
        wait: float = DEFAULT_WAIT,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.location = location
        self.wait = wait
        self.engine: Engine = make_engine(location, wait)
        if location.path is not None:
            _sqlite_transactions(self.engine)
        self.on_wait = on_wait or _to_stderr
        self.lock_wait = 0.0
        self.holder_seen: str | None = None  # who held the lock, as the notice said
        self._told = False
        self._claim: str | None = None  # this run's committed claim while it takes the lock

    @property
    def shown(self) -> str:
        return self.location.shown

    @classmethod
    def open(
        cls,
        store: str | os.PathLike[str] | None = None,
        *,
        rollup: Any = None,
        wait: float = DEFAULT_WAIT,
        create: bool = True,
        on_wait: Callable[[str], None] | None = None,
    ) -> Store:
        """Open (creating or migrating forward) the store; raise :class:`StoreError`.
        ``create=False`` (the commands that only read): a missing SQLite file is refused,
        not created empty, so a mistyped name is not "0 snapshots"."""
        location = resolve_store(None if store is None else str(store), rollup)
        if not create and location.path is not None and not location.path.exists():
            raise StoreError(
                f"{location.path}: no store there (nothing has been recorded in it); check "
                "the name, or create it with `pmo consolidate` or `pmo history import`"
            )
        self = cls(location, wait, on_wait)
        with self.errors():
            self._ensure_schema()
        return self

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Database errors become one :class:`StoreError` with the reason (also the
        driver's own errors, raised by the bulk reads and writes of :mod:`.fast`)."""
        driver = getattr(self.engine.dialect, "loaded_dbapi", None)
        caught: tuple[type[BaseException], ...] = (SQLAlchemyError, DBAPIError)
        if driver is not None:
            caught = (*caught, driver.Error)
        try:
            yield
        except StoreError:
            raise
        except caught as exc:
            message = describe_error(exc, self.location, self.holder_seen, self.wait)
            busy = "another run is writing" in message
            if busy and self.holder_seen is None:
                # The wait ran out before the notice looked (both after about a second):
                # look now, so the message still names who holds the lock.
                self.holder_seen = self._who_holds()[0]
                message = describe_error(exc, self.location, self.holder_seen, self.wait)
            kind = StoreBusyError if busy else StoreError
            raise kind(message) from None

    def _ensure_schema(self) -> None:
        # Watched: on SQLite, even reading waits while another run writes its snapshot.
        with self._watch(), self.reading() as conn:
            version, written_by = stored_version(conn, self.shown)
            check_version(version, written_by, self.shown)
            if version == SCHEMA_VERSION and not _missing_columns(conn):
                return
        try:
            with self.writing("migrate") as conn:
                version, written_by = stored_version(conn, self.shown)
                check_version(version, written_by, self.shown)
                migrate(conn, version)
        except (SQLAlchemyError, DBAPIError):
            # Two first runs creating one new PostgreSQL store at once: the other made it.
            with self.reading() as conn:
                if stored_version(conn, self.shown)[0] != SCHEMA_VERSION:
                    raise

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(pmo_read=True) as conn, conn.begin():
            yield conn

    @contextmanager
    def writing(self, holder: str) -> Iterator[Connection]:
        """One write transaction, the store's write lock taken first (the claim of who
        takes it committed just before, so a run that waits can say who it waits for)."""
        claim = {"holder": _holder(holder), "since": _now()}
        lock = update(schema.store_lock).where(schema.store_lock.c.id == 1)
        with ExitStack() as stack:
            with self._watch():
                locked = self._commit_claim(lock.values(**claim))
                # Between the claim and the lock a third run may take the lock: the lock
                # row then holds this run's claim, which is not who to wait for.
                self._claim = claim["holder"]
                conn = stack.enter_context(self.engine.begin())
                if locked:
                    conn.execute(lock.values(**claim))  # the lock itself
                self._claim = None
            yield conn
            if locked:  # committed with the write: nobody holds the lock any more
                conn.execute(lock.values(holder=None, since=None))

    def _commit_claim(self, claim: Any) -> bool:
        """Commit who is about to write; False when the store has no lock row yet."""
        with self.engine.begin() as conn:
            if schema.store_lock.name not in inspect(conn).get_table_names():
                return False
            conn.execute(claim)
            return True

    @contextmanager
    def _watch(self) -> Iterator[None]:
        """Count the seconds spent here in :attr:`lock_wait`; past :data:`NOTICE_AFTER`,
        say once who holds the lock."""
        started = time.monotonic()
        timer = threading.Timer(NOTICE_AFTER, self._tell_waiting)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            timer.join()
            self.lock_wait += time.monotonic() - started

    def _tell_waiting(self) -> None:
        if self._told:
            return
        self._told = True
        who, why = self._who_holds()
        self.holder_seen = who
        self.on_wait(
            f"{self.shown}: another run holds this store's write lock ({who or why}); "
            f"waiting up to {self.wait:g} s for it to finish"
        )

    def _who_holds(self) -> tuple[str | None, str]:
        """(the lock row's holder and since, read aside; or None and why not)."""
        lock = schema.store_lock
        unreadable = "it is writing the store, which cannot be read meanwhile to say who"
        try:
            peek = make_engine(self.location, PEEK_WAIT)
        except StoreError:
            return None, unreadable
        try:
            with peek.connect() as conn:
                query = select(lock.c.holder, lock.c.since).where(lock.c.id == 1)
                row = conn.execute(query).first()
        except (SQLAlchemyError, DBAPIError):  # SQLite: locked while the other run writes
            return None, unreadable
        finally:
            peek.dispose()
        if row is None or not row.holder or row.holder == self._claim:
            return None, "it did not record who it is (an older pmo version?)"
        return (f"{row.holder}, since {row.since}" if row.since else str(row.holder)), ""

    def write_snapshot(self, data: SnapshotData, locked: Callable[[], None] | None = None) -> int:
        """Record ``data`` (replacing a snapshot of the same as-of date); its snapshot_id.
        ``locked``: called once the store's write lock is taken, before anything is
        written (what it reads then, no other run can change until this one commits)."""
        with self.errors(), self.writing(f"snapshot {data.as_of}") as conn:
            if locked is not None:
                locked()
            old = conn.execute(
                select(schema.snapshots.c.snapshot_id).where(schema.snapshots.c.as_of == data.as_of)
            ).scalar()
            if old is not None:
                for table in schema.DATA_TABLES:
                    conn.execute(delete(table).where(table.c.snapshot_id == old))
                conn.execute(delete(schema.snapshots).where(schema.snapshots.c.snapshot_id == old))
            result = conn.execute(
                insert(schema.snapshots).values(
                    as_of=data.as_of,
                    projects=data.project_count,
                    **data.severity_counts(),
                    **data.run,
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            snapshot_id = int(key[0])
            for name, (columns, rows) in data.tables.items():
                table = schema.metadata.tables[name]
                keys = ("snapshot_id", *columns)
                made = iter(rows)  # one table, CHUNK rows at a time, in the one transaction
                while batch := list(islice(made, CHUNK)):
                    bulk_insert(conn, table, keys, batch, fixed=(snapshot_id,))
            return snapshot_id

    def snapshots(self) -> list[SnapshotInfo]:
        """Every snapshot, oldest first."""
        t = schema.snapshots
        with self.errors(), self.reading() as conn:
            rows = conn.execute(
                select(
                    t.c.snapshot_id,
                    t.c.as_of,
                    t.c.run_time,
                    t.c.tool_version,
                    t.c.standards_version,
                    t.c.origin,
                    t.c.projects,
                ).order_by(t.c.as_of)
            ).all()
        return [SnapshotInfo(r[0], r[1], r[2], r[3], r[4], r[5], int(r[6] or 0)) for r in rows]

    def count(self, table: str, snapshot_id: int) -> int:
        t = schema.metadata.tables[table]
        with self.errors(), self.reading() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(t).where(t.c.snapshot_id == snapshot_id)
                ).scalar()
                or 0
            )

    def dispose(self) -> None:
        self.engine.dispose()


def _missing_columns(conn: Connection) -> bool:
    inspector = inspect(conn)
    for table in schema.metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        if any(c.name not in have for c in table.columns):
            return True
    return False


def _holder(what: str) -> str:
    return f"{what} by pid {os.getpid()} on {socket.gethostname()}"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _sqlite_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, begin transactions: a writer's
    ``BEGIN IMMEDIATE`` takes the write lock at once (waiting the busy timeout), a
    reader's ``BEGIN`` sees one consistent snapshot, and DDL is transactional."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        read = conn.get_execution_options().get("pmo_read", False)
        conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")
