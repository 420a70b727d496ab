"""The small table the store's bulk-insert tests write (SQLite and PostgreSQL alike): one
column of each type the insert treats on its own (an integer, text, a float, a date, a
boolean) behind the snapshot id a bulk insert fixes for every row."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Float, Integer, MetaData, Table, Text

META = MetaData()
ITEMS = Table(
    "items",
    META,
    Column("snapshot_id", Integer),
    Column("n", Integer),
    Column("title", Text),
    Column("score", Float),
    Column("due", Date),
    Column("closed", Boolean),
)
