"""The analysts' Python API: any store table as a pandas DataFrame."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from sqlalchemy import select

from addin.store import schema
from addin.store.errors import StoreError
from addin.store.fast import fetch_rows
from addin.store.store import Store

if TYPE_CHECKING:
    import pandas as pd


def read_table(store: Store | str | os.PathLike[str], name: str) -> pd.DataFrame:
    """The store table ``name`` as a DataFrame, with an ``as_of`` column after
    ``snapshot_id`` (tables: snapshots, projects, risks, assumptions, issues, dependencies,
    decisions, milestones, finance, iterations, resources, findings, files).

    ``store``: an open :class:`Store`, a file path or a URL (as ``--store`` takes).
    """
    import pandas as pd

    if name not in schema.PUBLIC_TABLES:
        raise StoreError(
            f"no table {name!r} in a store; the tables are {', '.join(schema.PUBLIC_TABLES)}"
        )
    opened = store if isinstance(store, Store) else Store.open(store, create=False)
    table = schema.PUBLIC_TABLES[name]
    if name == "snapshots":
        query = select(table).order_by(table.c.as_of)
    else:
        s = schema.snapshots
        cols = [table.c.snapshot_id, s.c.as_of, *[c for c in table.c if c.name != "snapshot_id"]]
        query = (
            select(*cols)
            .join_from(table, s, table.c.snapshot_id == s.c.snapshot_id)
            .order_by(s.c.as_of)
        )
    try:
        with opened.errors(), opened.reading() as conn:
            rows = fetch_rows(conn, query)
            return pd.DataFrame(rows, columns=[c.name for c in query.selected_columns])
    finally:
        if opened is not store:
            opened.dispose()
