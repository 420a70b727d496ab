"""The store's schema version: create, migrate forward, refuse a newer store.

Version 1: the tables of :mod:`addin.store.schema`. Version 2: an index on
``snapshot_id`` of every data table (history diff and Trends read one snapshot at a
time). A fresh store is version 0 and runs every step, so creating and migrating are the
same code. Columns the layout gained since the store was made are added on open.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, inspect, select, text, update
from sqlalchemy.schema import CreateColumn

from addin.store import schema
from addin.store.errors import StoreError, StoreVersionError
from addin.version import __version__

SCHEMA_VERSION = 2


def _v1(conn: Connection) -> None:
    schema.metadata.create_all(conn, checkfirst=True)
    if conn.execute(select(schema.store_lock.c.id)).first() is None:
        conn.execute(insert(schema.store_lock).values(id=1, holder=None, since=None))


def _v2(conn: Connection) -> None:
    for table in schema.DATA_TABLES:
        conn.execute(
            text(
                f"CREATE INDEX IF NOT EXISTS ix_{table.name}_snapshot ON {table.name} (snapshot_id)"
            )
        )


#: Step n takes a store from version n-1 to n.
STEPS: dict[int, Callable[[Connection], None]] = {1: _v1, 2: _v2}


def stored_version(conn: Connection, shown: str) -> tuple[int, str | None]:
    """(schema version, tool that wrote it); (0, None) for an empty database."""
    names = set(inspect(conn).get_table_names())
    if "schema_info" not in names:
        if names:
            listed = ", ".join(sorted(names)[:5])
            raise StoreError(
                f"{shown}: is a database but not a portfolio store (it holds tables {listed}); "
                "it was left unchanged - give --store a store's file or URL, or a new file name"
            )
        return 0, None
    info = dict(conn.execute(select(schema.schema_info.c.key, schema.schema_info.c.value)).all())
    try:
        version = int(info.get("schema_version", "0"))
    except ValueError:
        raise StoreError(f"{shown}: its schema_info table is damaged (schema_version)") from None
    return version, info.get("written_by")


def check_version(version: int, written_by: str | None, shown: str) -> None:
    if version > SCHEMA_VERSION:
        tool = f"pmo-addin {written_by}" if written_by else "a newer pmo-addin"
        raise StoreVersionError(
            f"{shown}: the store has schema version {version}, written by {tool}; this "
            f"pmo-addin {__version__} reads up to version {SCHEMA_VERSION} - install "
            f"{tool} or later to use this store (the store was left unchanged)"
        )


def migrate(conn: Connection, version: int, target: int = SCHEMA_VERSION) -> None:
    """Run the steps after ``version`` up to ``target``, in the caller's transaction."""
    for step in range(version + 1, target + 1):
        STEPS[step](conn)
    if version < target:
        _set(conn, "schema_version", str(target))
        _set(conn, "written_by", __version__)
    add_new_columns(conn)


def _set(conn: Connection, key: str, value: str) -> None:
    table = schema.schema_info
    done = conn.execute(update(table).where(table.c.key == key).values(value=value))
    if not done.rowcount:
        conn.execute(insert(table).values(key=key, value=value))


def add_new_columns(conn: Connection) -> None:
    """Columns the tool's tables have and the store's lack (the layout grew): added."""
    inspector = inspect(conn)
    for table in schema.metadata.sorted_tables:
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in have:
                ddl = CreateColumn(column).compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {ddl}"))
