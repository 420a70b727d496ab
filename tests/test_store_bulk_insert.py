"""The store's bulk insert writes the values given, whatever the order of the keys, and
converts only the columns whose type needs it (dates, booleans) on SQLite."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Column, Date, Integer, MetaData, Table, Text, create_engine, select

from addin.store.fast import bulk_insert, fetch_rows

META = MetaData()
ITEMS = Table(
    "items",
    META,
    Column("n", Integer),
    Column("title", Text),
    Column("due", Date),
    Column("closed", Boolean),
)
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
        return fetch_rows(conn, select(ITEMS).order_by(ITEMS.c.n))


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
