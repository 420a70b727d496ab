"""The portfolio store (SPEC section 12): snapshots of every consolidation in SQLite or
PostgreSQL, what changed between two, trends, import from roll-ups, export (docs/store.md).

The names below load with their module on first use (SQLAlchemy with them): consolidation
asks :mod:`addin.store.where` for the store's file before its workers start, without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from addin.lazy import lazy_exports
from addin.store.where import DEFAULT_STORE_NAME, ENV_VAR

if TYPE_CHECKING:
    from addin.store.api import read_table
    from addin.store.diff import Diff
    from addin.store.errors import (
        NotARollupError,
        StoreBusyError,
        StoreError,
        StoreVersionError,
    )
    from addin.store.history import History, diff_snapshots, record, trends
    from addin.store.store import SnapshotData, SnapshotInfo, Store
    from addin.store.url import resolve_store

#: Exported name -> the module that defines it.
_EXPORTS = {
    "Diff": "addin.store.diff",
    "History": "addin.store.history",
    "NotARollupError": "addin.store.errors",
    "SnapshotData": "addin.store.store",
    "SnapshotInfo": "addin.store.store",
    "Store": "addin.store.store",
    "StoreBusyError": "addin.store.errors",
    "StoreError": "addin.store.errors",
    "StoreVersionError": "addin.store.errors",
    "diff_snapshots": "addin.store.history",
    "read_table": "addin.store.api",
    "record": "addin.store.history",
    "resolve_store": "addin.store.url",
    "trends": "addin.store.history",
}

__all__ = [
    "DEFAULT_STORE_NAME",
    "ENV_VAR",
    "Diff",
    "History",
    "NotARollupError",
    "SnapshotData",
    "SnapshotInfo",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreVersionError",
    "diff_snapshots",
    "read_table",
    "record",
    "resolve_store",
    "trends",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
