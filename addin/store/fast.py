"""Bulk insert and bulk read through the driver's own cursor, for the big tables.

SQLAlchemy Core compiles the statement for the dialect (so the SQL and its parameter
style are right for SQLite and PostgreSQL alike); the rows then go to the DBAPI cursor's
``executemany`` / ``fetchall`` directly, skipping SQLAlchemy's per-row parameter and result
handling, which costs three times the database work for a snapshot of 100,000 rows.
Values are converted by the column types' own bind processors (only where a type has
one), and dates read back as text are parsed: the same values as through SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import CompoundSelect, Connection, Date, Select, Table, insert


def bulk_insert(
    conn: Connection, table: Table, keys: Sequence[str], rows: Sequence[Sequence[object]]
) -> None:
    """INSERT ``rows`` (values in ``keys`` order) into ``table`` in one executemany."""
    if not rows:
        return
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(keys))
    processors = [
        (i, proc)
        for i, key in enumerate(keys)
        if (proc := table.c[key].type._cached_bind_processor(conn.dialect)) is not None
    ]
    if processors:  # only the columns whose type converts (dates, booleans), row by row
        converted = []
        for row in rows:
            values = list(row)
            for i, proc in processors:
                if (v := values[i]) is not None:
                    values[i] = proc(v)
            converted.append(values)
        rows = converted
    params: Any
    if compiled.positional:
        where = {key: i for i, key in enumerate(keys)}
        order = [where[name] for name in compiled.positiontup or ()]
        # The rows as they are when the statement takes the values in their order.
        if order == list(range(len(keys))):
            params = rows
        else:
            pick = itemgetter(*order) if len(order) > 1 else (lambda row: (row[order[0]],))
            params = [pick(row) for row in rows]
    else:
        params = [dict(zip(keys, row, strict=True)) for row in rows]
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(compiled.string, params)
    finally:
        cursor.close()


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
