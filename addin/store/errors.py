"""The store's errors: each says what is wrong with which store and what to do."""

from __future__ import annotations

from addin.errors import PmoError


class StoreError(PmoError, RuntimeError):
    """The store cannot be opened, read or written (the message says why and the fix)."""


class StoreVersionError(StoreError):
    """The store was written by a newer pmo-addin (its schema is newer than this tool's)."""


class StoreBusyError(StoreError):
    """Another run held the store's write lock for longer than the bounded wait."""


class NotARollupError(PmoError, ValueError):
    """A file given to `pmo history import` is not a roll-up this tool wrote."""
