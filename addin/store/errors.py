"""The store's errors: each says what is wrong with which store and what to do."""

from __future__ import annotations

from addin.errors import PmoError

#: Seconds of waiting for the store before the run says who it is waiting for (here, not
#: in :mod:`addin.store.store`: the terminal summary reads it without loading SQLAlchemy).
NOTICE_AFTER = 1.0


class StoreError(PmoError, RuntimeError):
    """The store cannot be opened, read or written (the message says why and the fix)."""


class StoreVersionError(StoreError):
    """The store was written by a newer pmo-addin (its schema is newer than this tool's)."""


class StoreBusyError(StoreError):
    """Another run held the store's write lock for longer than the bounded wait."""


class NotARollupError(PmoError, ValueError):
    """A file given to `pmo history import` is not a roll-up this tool wrote."""
