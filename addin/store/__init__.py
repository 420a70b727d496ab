"""The portfolio store (SPEC section 12): snapshots of every consolidation in SQLite or
PostgreSQL, what changed between two, trends, import from roll-ups, export (docs/store.md)."""

from addin.store.api import read_table
from addin.store.diff import Diff
from addin.store.errors import NotARollupError, StoreBusyError, StoreError, StoreVersionError
from addin.store.history import History, diff_snapshots, record, trends
from addin.store.store import SnapshotData, SnapshotInfo, Store
from addin.store.url import DEFAULT_STORE_NAME, ENV_VAR, resolve_store

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
