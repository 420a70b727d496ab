"""Where the store is, as far as that is known without SQLAlchemy: `--store`, else
`$PMO_STORE`, else portfolio-history.sqlite beside the roll-up. A file path is resolved
here; a URL is parsed by :func:`addin.store.url.resolve_store` (with SQLAlchemy), which
resolves paths through this module too, so both give the same file."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_STORE_NAME = "portfolio-history.sqlite"
ENV_VAR = "PMO_STORE"


def store_text(store: str | Path | None) -> str:
    """The store asked for: ``store`` given, else $PMO_STORE ('' when neither is)."""
    return str(store) if store not in (None, "") else os.environ.get(ENV_VAR, "")


def is_url(text: str) -> bool:
    return "://" in text


def store_path(text: str, rollup: Path | None) -> Path | None:
    """The SQLite file of a store given as ``text`` that is no URL ('' : the default beside
    ``rollup``); None when neither names one (no store and no roll-up)."""
    if not text:
        return None if rollup is None else Path(rollup).resolve().parent / DEFAULT_STORE_NAME
    return Path(text).expanduser().resolve()
