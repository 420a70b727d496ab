"""Bulk insert and bulk read through the driver's own cursor, for the big tables.

SQLAlchemy Core compiles the statement for the dialect (so the SQL and its parameter
style are right for SQLite and PostgreSQL alike); the rows then go to the DBAPI cursor's
``executemany`` / ``fetchall`` directly, skipping SQLAlchemy's per-row parameter and result
handling, which costs three times the database work for a snapshot of 100,000 rows.
Values are converted by the column types' own bind processors (only where a type has
one), and dates read back as text are parsed: the same values as through SQLAlchemy.

Each insert is compiled once per dialect, table and keys, with a row function generated
for it that adds the fixed values (the snapshot id), converts the columns that need it and
orders the values as the statement takes them, in one call per row; a processor that
writes a date as its ISO text (SQLite's Date) is replaced by ``date.isoformat`` for plain
dates (175,000 calls in a 300-project snapshot; benchmarks/README.md, round 5b), each
date's text made once and looked up after (round 9b). On PostgreSQL a batch goes by
``COPY`` instead where ``COPY`` takes every value as the INSERT does (round 9b); on SQLite
the rows go several to a statement, in the same order (round 13a).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from typing import Any

from sqlalchemy import (
    Boolean,
    CompoundSelect,
    Connection,
    Date,
    Dialect,
    Float,
    Integer,
    Select,
    String,
    Table,
    insert,
)

from addin.store.records import as_date

#: A row of values, in the order of an insert's keys.
Values = Sequence[object]


@dataclass(frozen=True)
class PreparedInsert:
    """An INSERT compiled once for a dialect, a table and its keys, with the factory of
    the function that turns a row of values (in ``keys`` order, after the fixed ones) into
    the driver's parameters: converted by the column types' bind processors (called only
    for values that are not None, as SQLAlchemy does), in the statement's order."""

    sql: str
    factory: Callable[..., Callable[[Values], Any]]  # (fixed values, converted) -> make
    fixed_processors: tuple[Callable[[Any], Any] | None, ...]
    #: The same INSERT of ``rows_per_statement`` rows at once (one ``VALUES`` list after
    #: another), or None where the dialect takes only one row a statement here.
    many_sql: str | None = None
    rows_per_statement: int = 1

    def maker(self, fixed: Sequence[object]) -> Callable[[Values], Any]:
        values = [
            value if proc is None or value is None else proc(value)
            for proc, value in zip(self.fixed_processors, fixed, strict=True)
        ]
        return self.factory(*values)


#: Compiled inserts by dialect, table, keys and number of fixed values: compiling one and
#: adapting its column types to the dialect costs more than a small table's rows.
_PREPARED: dict[tuple[Any, ...], PreparedInsert] = {}
_PREPARED_LIMIT = 256


def bulk_insert(
    conn: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Iterable[Values],
    *,
    fixed: Sequence[object] = (),
) -> None:
    """INSERT ``rows`` into ``table`` in one executemany. Each row holds the values of
    ``keys`` after the first ``len(fixed)`` keys, which take the ``fixed`` values (the
    snapshot id) in every row."""
    prepared = prepare_insert(conn.dialect, table, tuple(keys), len(fixed))
    if conn.dialect.name == "postgresql":
        rows = list(rows)
        if _copied(conn, table, tuple(keys), rows, fixed):
            return
    elif not _NULL_BOUND:
        _bind_none_as_null()
    params = list(map(prepared.maker(fixed), rows))
    if not params:
        return
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        per = prepared.rows_per_statement
        whole = len(params) - len(params) % per if prepared.many_sql is not None else 0
        if whole:
            rows_at = iter(params[:whole])
            flat = chain.from_iterable
            cursor.executemany(
                prepared.many_sql, [tuple(flat(islice(rows_at, per))) for _ in range(whole // per)]
            )
        if whole < len(params):
            cursor.executemany(prepared.sql, params[whole:])
    finally:
        cursor.close()


_NULL_BOUND: list[bool] = []  # [True] once :func:`_bind_none_as_null` has run


def _none(value: None) -> None:
    return None


def _bind_none_as_null() -> None:
    """Let the sqlite3 module bind None as NULL through an adapter registered for it,
    which it looks up first: without one, every None parameter (338,000 in a 300-project
    snapshot) is "adapted" by looking for ``__adapt__`` and ``__conform__`` on its type,
    two AttributeErrors made and dropped, about 8 % of the snapshot's write
    (benchmarks/README.md round 10b). The adapter gives None back, which the module binds
    as NULL, as before: the same values stored, for every use of sqlite3 in the process."""
    import sqlite3

    sqlite3.register_adapter(type(None), _none)
    _NULL_BOUND.append(True)


#: Per column type, the Python values PostgreSQL's COPY takes as INSERT does (their text
#: is what the INSERT's typed parameter gives): an int in a float column, not a float in
#: an integer one (INSERT rounds it, COPY refuses it).
_COPY_TYPES: tuple[tuple[type[Any], frozenset[type]], ...] = (
    (Boolean, frozenset((bool, type(None)))),
    (Integer, frozenset((int, type(None)))),
    (Float, frozenset((float, int, type(None)))),
    (Date, frozenset((date, type(None)))),
    (String, frozenset((str, type(None)))),
)


def _copied(
    conn: Connection,
    table: Table,
    keys: tuple[str, ...],
    rows: list[Values],
    fixed: Sequence[object],
) -> bool:
    """PostgreSQL: write ``rows`` by COPY (about 40 % of executemany's CPU, a third of its
    wall for a 300-project snapshot, benchmarks/README.md round 9b) when every column's
    values are of types COPY takes as INSERT does and no column type converts values
    first; each column's types looked at once. False: nothing written (INSERT them)."""
    dialect = conn.dialect
    allowed = []
    for key in keys:
        type_ = table.c[key].type
        kinds = next((ok for base, ok in _COPY_TYPES if isinstance(type_, base)), None)
        if kinds is None:
            return False
        # Boolean's processor checks and makes a bool: a bool or None it gives back as is.
        if not isinstance(type_, Boolean) and type_._cached_bind_processor(dialect) is not None:
            return False
        allowed.append(kinds)
    values = [(*fixed, *row) for row in rows]
    if not values:
        return True
    columns = zip(*values, strict=True)
    if not all(set(map(type, col)) <= ok for col, ok in zip(columns, allowed, strict=True)):
        return False
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    if not hasattr(cursor, "copy"):  # (a driver without COPY: INSERT)
        cursor.close()
        return False
    quote = dialect.identifier_preparer
    sql = f"COPY {quote.format_table(table)} ({', '.join(quote.quote(k) for k in keys)}) FROM STDIN"
    try:
        with cursor.copy(sql) as copy:
            for row in values:
                copy.write_row(row)
    finally:
        cursor.close()
    return True


def prepare_insert(
    dialect: Dialect, table: Table, keys: tuple[str, ...], fixed: int = 0
) -> PreparedInsert:
    """The compiled INSERT of ``keys`` into ``table`` for ``dialect`` (cached)."""
    cache_key = (
        type(dialect),
        dialect.paramstyle,
        dialect.supports_native_boolean,
        getattr(dialect, "server_version_info", None),
        table,
        keys,
        fixed,
    )
    prepared = _PREPARED.get(cache_key)
    if prepared is None:
        if len(_PREPARED) >= _PREPARED_LIMIT:
            _PREPARED.clear()
        prepared = _PREPARED[cache_key] = _prepare(dialect, table, keys, fixed)
    return prepared


def _prepare(dialect: Dialect, table: Table, keys: tuple[str, ...], fixed: int) -> PreparedInsert:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    processors = [table.c[key].type._cached_bind_processor(dialect) for key in keys]
    namespace: dict[str, Any] = {"_iso": _ISO_TEXT.get, "_other_date": _other_date}
    exprs: dict[str, str] = {}  # key -> the expression of its parameter
    for i, (key, proc) in enumerate(zip(keys, processors, strict=True)):
        var = f"v{i}"
        if i < fixed or proc is None:  # fixed values arrive converted
            exprs[key] = var
            continue
        namespace[f"_p{i}"] = proc
        if _iso_dates(proc):  # the processor writes a date as its ISO text: skip the call
            # A date's text looked up (a snapshot's dates repeat: 190,000 values, a few
            # thousand dates), made once; anything else (None, text) by the processor.
            exprs[key] = f"(_iso({var}) or _other_date({var}, _p{i}))"
        else:
            exprs[key] = f"(_p{i}({var}) if {var} is not None else None)"
    names = [f"v{i}" for i in range(fixed, len(keys))]
    unpack = f"        ({', '.join(names)},) = row\n" if names else ""
    if compiled.positional:
        body = "(" + "".join(f"{exprs[name]}, " for name in compiled.positiontup or ()) + ")"
    else:
        body = "{" + ", ".join(f"{name!r}: {exprs[name]}" for name in keys) + "}"
    source = (
        f"def factory({', '.join(f'v{i}' for i in range(fixed))}):\n"
        f"    def make(row):\n{unpack}        return {body}\n"
        "    return make\n"
    )
    exec(compile(source, f"<insert into {table.name}>", "exec"), namespace)
    many_sql, per = _many_rows(dialect, compiled.string, len(keys))
    return PreparedInsert(
        compiled.string, namespace["factory"], tuple(processors[:fixed]), many_sql, per
    )


#: Rows one INSERT statement carries on SQLite (``VALUES (...), (...), ...``), at most, and
#: the parameters it may bind: 999, SQLite's limit before 3.32 (32,766 since).
ROWS_PER_INSERT = 50
_SQLITE_VARIABLES = 999


def _many_rows(dialect: Dialect, sql: str, columns: int) -> tuple[str | None, int]:
    """SQLite: the INSERT ``sql`` (one row of ``columns`` question marks) made to carry
    several rows, and how many; (None, 1) elsewhere. The rows go in the same order with
    the same values (so the same rowids): only SQLite's work per statement (a step, a
    reset, the GIL dropped and taken around each) is shared by the rows, about a quarter
    of ``executemany``'s CPU for a snapshot (benchmarks/README.md round 13a)."""
    head, found, row = sql.partition(" VALUES ")
    one = "(" + ", ".join("?" * columns) + ")"
    per = min(ROWS_PER_INSERT, _SQLITE_VARIABLES // max(columns, 1))
    if dialect.name != "sqlite" or dialect.paramstyle != "qmark" or not found or row != one:
        return None, 1
    if per < 2:
        return None, 1
    return f"{head} VALUES {', '.join([one] * per)}", per


#: A date -> its ISO text, for the dates written so far (only plain dates are keys: a
#: datetime is never equal to a date, so it never finds one).
_ISO_TEXT: dict[date, str] = {}
_ISO_LIMIT = 1 << 16


def _other_date(value: object, proc: Callable[[Any], Any]) -> object:
    """A Date column's value not looked up yet: None as None, a date as its ISO text
    (kept for the next), anything else as the column type's processor makes it."""
    if value is None:
        return None
    if value.__class__ is not date:
        return proc(value)
    if len(_ISO_TEXT) >= _ISO_LIMIT:
        _ISO_TEXT.clear()
    text = _ISO_TEXT[value] = value.isoformat()
    return text


def _iso_dates(proc: Callable[[Any], Any]) -> bool:
    """True when ``proc`` turns a date into its ISO text (SQLite's Date), so
    ``date.isoformat()`` gives the same value without the call per value."""
    try:
        probes = (date(1, 1, 1), date(999, 12, 31), date(2026, 11, 30), date(9999, 12, 31))
        return all(proc(day) == day.isoformat() for day in probes)
    except Exception:  # a processor that refuses dates (not a Date column)
        return False


def fetch_rows(
    conn: Connection, query: Select[Any] | CompoundSelect[Any], *, parse_dates: bool = True
) -> list[tuple[Any, ...]]:
    """The rows of ``query`` as plain tuples; Date columns as dates whatever the driver
    (``parse_dates=False``: as the driver gives them; :func:`as_date` converts later)."""
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    columns = list(query.selected_columns)
    dates = [i for i, c in enumerate(columns) if parse_dates and isinstance(c.type, Date)]
    params: Any
    if compiled.positional:
        params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    else:
        params = compiled.params
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(compiled.string, params)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if not dates:
        return [tuple(r) for r in rows]
    out = []
    for row in rows:
        values = list(row)
        for i in dates:
            values[i] = as_date(values[i])
        out.append(tuple(values))
    return out
