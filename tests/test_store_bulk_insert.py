"""The store's bulk insert writes the values given, whatever the order of the keys, and
converts only the columns whose type needs it (dates, booleans) on SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, select
from store_items_table import ITEMS, META

from addin.store.fast import bulk_insert, fetch_rows

ROWS = [
    (1, "Supplier late", date(2026, 11, 30), True),
    (2, None, None, None),
    (3, "Budget cut", date(2027, 1, 4), False),
]


def _insert_and_read(keys: tuple[str, ...], rows: list[tuple[object, ...]]) -> list[tuple]:
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        bulk_insert(conn, ITEMS, keys, rows)
        read = select(ITEMS.c.n, ITEMS.c.title, ITEMS.c.due, ITEMS.c.closed)
        return fetch_rows(conn, read.order_by(ITEMS.c.n))


def test_keys_in_the_table_order_store_each_value() -> None:
    got = _insert_and_read(("n", "title", "due", "closed"), ROWS)
    assert got == [
        (1, "Supplier late", date(2026, 11, 30), 1),
        (2, None, None, None),
        (3, "Budget cut", date(2027, 1, 4), 0),
    ]


def test_keys_in_another_order_store_each_value_in_its_column() -> None:
    keys = ("closed", "due", "title", "n")
    got = _insert_and_read(keys, [tuple(reversed(row)) for row in ROWS])
    assert got == [
        (1, "Supplier late", date(2026, 11, 30), 1),
        (2, None, None, None),
        (3, "Budget cut", date(2027, 1, 4), 0),
    ]


def test_a_subset_of_columns_leaves_the_others_empty() -> None:
    got = _insert_and_read(("due", "n"), [(date(2026, 12, 1), 7)])
    assert got == [(7, None, date(2026, 12, 1), None)]


def test_dates_are_stored_as_sqlalchemy_stores_them_and_fixed_values_lead_every_row() -> None:
    """The insert writes a date's ISO text itself (skipping the processor call per value):
    the stored text must be SQLAlchemy's own, for early years and datetimes too."""
    from datetime import datetime

    from sqlalchemy import insert

    # Repeated dates come from the looked-up texts; a datetime equal to no date, and one
    # at midnight of a date already seen, still go through SQLAlchemy's processor.
    values = [
        date(999, 1, 2),
        date(2026, 11, 30),
        datetime(2026, 1, 2, 3, 4),
        None,
        date(2026, 11, 30),
        datetime(2026, 11, 30),
        date(999, 1, 2),
    ]
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        bulk_insert(conn, ITEMS, ("n", "title", "due"), [("a", v) for v in values], fixed=(1,))
        for v in values:
            conn.execute(insert(ITEMS).values(n=2, title="b", due=v))
        raw = conn.exec_driver_sql("SELECT n, title, due FROM items ORDER BY rowid").all()
    ours, theirs = raw[: len(values)], raw[len(values) :]
    assert [r[2] for r in ours] == [r[2] for r in theirs]
    assert [r[2] for r in ours] == [
        "0999-01-02",
        "2026-11-30",
        "2026-01-02",
        None,
        "2026-11-30",
        "2026-11-30",
        "0999-01-02",
    ]
    assert {(r[0], r[1]) for r in ours} == {(1, "a")}


def test_none_is_stored_as_null_through_the_registered_adapter() -> None:
    """None goes through the adapter bulk_insert registers (benchmarks/README.md round
    10b): SQL NULL as before, and the other values as they were given."""
    import sqlite3

    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        bulk_insert(conn, ITEMS, ("n", "title", "due", "closed"), ROWS)
        typed = conn.exec_driver_sql("SELECT typeof(title), typeof(due) FROM items ORDER BY n")
        assert typed.all() == [("text", "text"), ("null", "null"), ("text", "text")]
    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters  # registered
    direct = sqlite3.connect(":memory:")  # any sqlite3 use in the process: NULL too
    direct.execute("CREATE TABLE t (a)")
    direct.execute("INSERT INTO t VALUES (?)", (None,))
    assert direct.execute("SELECT a, typeof(a) FROM t").fetchall() == [(None, "null")]
    direct.close()


def _stored(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Every row as SQLite holds it: its rowid, its values, each value's storage type."""
    engine = create_engine("sqlite://")
    META.create_all(engine)
    with engine.begin() as conn:
        bulk_insert(conn, ITEMS, ("n", "title", "score", "due"), rows)
        raw = conn.connection.driver_connection  # type: ignore[union-attr]
        return raw.execute(
            "SELECT rowid, n, title, score, due, typeof(n), typeof(title), typeof(score), "
            "typeof(due) FROM items ORDER BY rowid"
        ).fetchall()


def test_several_rows_a_statement_store_the_rows_one_a_statement_stores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """More rows than one statement carries, and a remainder: the same rows in the same
    order (the same rowids), each value of the same storage type (an int in a float
    column stored as a real, a date as its ISO text, None as NULL), as one row a
    statement stores them."""
    from addin.store import fast

    prepared = fast.prepare_insert(
        create_engine("sqlite://").dialect, ITEMS, ("n", "title", "score", "due")
    )
    per = prepared.rows_per_statement
    assert prepared.many_sql is not None and per > 1
    assert per * 4 <= 999 and prepared.many_sql.count("?") == per * 4
    values = (7, 2.5, None, 1e-300, 1234567.891, -0.0, 10**15)
    rows = [
        (
            n,
            None if n % 5 == 0 else f"item {n}",
            values[n % len(values)],
            date(2026, 1 + n % 12, 1 + n % 28),
        )
        for n in range(per * 3 + per // 2)
    ]
    many = _stored(rows)
    fast._PREPARED.clear()  # one row a statement, as before
    monkeypatch.setattr(fast, "_many_rows", lambda dialect, sql, columns: (None, 1))
    one = _stored(rows)
    fast._PREPARED.clear()
    assert many == one and len(many) == len(rows)
    assert many[1][2:5] == ("item 1", 2.5, "2026-02-02")
    assert many[0][7] == "real" and many[5][6] == "null" and many[5][2] is None
