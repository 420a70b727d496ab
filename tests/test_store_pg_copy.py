"""PostgreSQL: the bulk insert writes by COPY where COPY takes every value as the INSERT
does (about 40 % of the INSERT's CPU for a 300-project snapshot, benchmarks/README.md
round 9b), and by INSERT otherwise: the stored values are the same either way."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

import pytest
from pg_server import fresh_database
from sqlalchemy import create_engine
from store_items_table import ITEMS, META

from addin.store import fast

KEYS = ("snapshot_id", "n", "title", "score", "due", "closed")
ROWS: list[tuple[object, ...]] = [
    (1, "Supplier late", 2.5, date(2026, 11, 30), True),
    (2, None, None, None, None),
    (3, 'tab\\there "quoted"\\\\ back\\slash', 3, date(999, 1, 2), False),  # an int score
    (4, "line\nbreak\r, comma; ünïcode ✓", math.inf, date(9999, 12, 31), None),
    (5, "", -math.inf, None, True),
    (6, "\\N", math.nan, None, False),  # COPY's NULL text, as text
    (7, "big", 1.7976931348623157e308, None, None),
    (8, "small", 5e-324, None, None),
]


def _written(url: str, rows: list[tuple[object, ...]], copy: bool) -> list[Any]:
    """The rows stored when written with COPY allowed (``copy``) or by INSERT only."""
    engine = create_engine(url)
    META.create_all(engine)
    real = fast._copied
    try:
        if not copy:
            fast._copied = lambda *a, **k: False  # type: ignore[assignment]
        with engine.begin() as conn:
            fast.bulk_insert(conn, ITEMS, KEYS, rows, fixed=(7,))
            stored = conn.exec_driver_sql(
                "SELECT snapshot_id, n, title, score::text, due, closed FROM items ORDER BY n"
            ).all()
    finally:
        fast._copied = real  # type: ignore[assignment]
        META.drop_all(engine)
        engine.dispose()
    return [tuple(r) for r in stored]


@pytest.fixture
def pg(postgresql_url: str) -> str:
    return fresh_database(postgresql_url, "copy_test")


def test_copy_stores_what_the_insert_stores(pg: str, monkeypatch: pytest.MonkeyPatch) -> None:
    used: list[bool] = []
    real = fast._copied

    def watched(*args: Any, **kwargs: Any) -> bool:
        used.append(real(*args, **kwargs))
        return used[-1]

    monkeypatch.setattr(fast, "_copied", watched)
    copied = _written(pg, ROWS, copy=True)
    assert used == [True]  # written by COPY
    monkeypatch.setattr(fast, "_copied", real)
    inserted = _written(pg, ROWS, copy=False)
    assert copied == inserted
    assert copied[0] == (7, 1, "Supplier late", "2.5", date(2026, 11, 30), True)
    assert copied[2][3] == "3" and copied[3][3] == "Infinity" and copied[5][3] == "NaN"
    assert copied[5][2] == "\\N" and copied[1][2:] == (None, None, None, None)


@pytest.mark.parametrize(
    ("row", "stored_n"),
    [
        ((9.6, "a float in an integer column", 1.0, None, None), 10),  # INSERT rounds it
        ((10, "a datetime in a date column", 1.0, datetime(2026, 11, 30, 9, 0), None), 10),
        ((11, "an int in a boolean column", 1.0, None, 1), 11),
    ],
)
def test_a_value_copy_would_take_otherwise_goes_through_the_insert(
    pg: str, row: tuple[object, ...], stored_n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    used: list[bool] = []
    real = fast._copied

    def watched(*args: Any, **kwargs: Any) -> bool:
        used.append(real(*args, **kwargs))
        return used[-1]

    monkeypatch.setattr(fast, "_copied", watched)
    stored = _written(pg, [*ROWS[:2], row], copy=True)
    assert used == [False]  # the whole batch by INSERT, as before
    monkeypatch.setattr(fast, "_copied", real)
    assert stored == _written(pg, [*ROWS[:2], row], copy=False)
    assert stored[-1][1] == stored_n
