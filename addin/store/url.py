"""Which store: `--store`, else `$PMO_STORE`, else portfolio-history.sqlite beside the roll-up.

A store is a file path (an SQLite file) or an SQLAlchemy URL (``sqlite:///path``,
``postgresql+psycopg://user@host/db``). This module turns it into an engine; the only
per-engine settings are how long to wait: SQLite's busy timeout, PostgreSQL's connect
and lock timeouts. Everything after that is one code path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from addin.store.errors import StoreError
from addin.store.where import DEFAULT_STORE_NAME, ENV_VAR, is_url, store_path, store_text

#: Seconds a writer waits for another run's write lock before giving up (exit 2).
DEFAULT_WAIT = 120.0
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoreLocation:
    url: URL
    path: Path | None  # the SQLite file, when the store is one

    @property
    def shown(self) -> str:
        """The store as a person should see it: the file path, or the URL without password."""
        if self.path is not None:
            return str(self.path)
        # libpq also takes the password as ?password=...: hide that one too.
        return _hide_query_password(self.url.render_as_string(hide_password=True))

    def hide(self, text: str) -> str:
        """``text`` with the password (if any, in the user part or the query) as ***."""
        for password in _passwords(self.url):
            text = text.replace(password, "***")
        return text


def _passwords(url: URL) -> list[str]:
    found = [str(url.password)] if url.password else []
    for key, value in url.query.items():
        if key.casefold() == "password":
            found.extend([value] if isinstance(value, str) else list(value))
    return [p for p in found if p]


def resolve_store(store: str | Path | None, rollup: Path | None = None) -> StoreLocation:
    """The store to use: ``store`` given, else $PMO_STORE, else beside ``rollup``."""
    text = store_text(store)
    if not is_url(text):
        path = store_path(text, rollup)
        if path is None:
            raise StoreError(
                f"no store given: pass --store FILE-OR-URL or set ${ENV_VAR} "
                f"(the default, {DEFAULT_STORE_NAME}, sits beside the roll-up)"
            )
        return _sqlite_file(path)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise StoreError(
            f"{_mask(text)}: not a store URL; give a file path, sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST/DATABASE"
        ) from None
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError(f"{_mask(text)}: give an SQLite file, e.g. sqlite:///portfolio.sqlite")
        return _sqlite_file(Path(url.database).expanduser().resolve())
    if backend == "postgresql":
        if url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")
        return StoreLocation(url, None)
    raise StoreError(
        f"{url.render_as_string(hide_password=True)}: stores are SQLite files or PostgreSQL "
        "databases; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DATABASE"
    )


def _mask(text: str) -> str:
    """A URL-ish text with anything between ``:`` and ``@`` after the scheme hidden."""
    scheme, _, rest = text.partition("://")
    creds, at, host = rest.rpartition("@")
    if at and ":" in creds:
        creds = creds.split(":", 1)[0] + ":***"
    return _hide_query_password(f"{scheme}://{creds}{at}{host}" if at else text)


def _hide_query_password(text: str) -> str:
    return re.sub(r"([?&]password=)[^&]*", r"\1***", text, flags=re.IGNORECASE)


def _sqlite_file(path: Path) -> StoreLocation:
    return StoreLocation(URL.create("sqlite", database=str(path)), path)


def check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not an SQLite database."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder; give --store a file name (a new one is created)")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise StoreError(
                f"{path}: its folder {path.parent} does not exist; create it or choose "
                "another --store"
            ) from None
        return
    except OSError as exc:
        raise StoreError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if head and head != SQLITE_MAGIC:
        what = "an Excel or zip file" if head.startswith(b"PK") else "not an SQLite database"
        raise StoreError(
            f"{path}: is not a portfolio store ({what}); it was left unchanged - give "
            "--store the store's file, or a new file name to start a new store"
        )


def make_engine(location: StoreLocation, wait: float = DEFAULT_WAIT) -> Engine:
    """An engine for the store; ``wait``: seconds to wait for another writer's lock."""
    if location.path is not None:
        check_sqlite_file(location.path)
        return create_engine(location.url, connect_args={"timeout": wait}, poolclass=NullPool)
    return create_engine(
        location.url,
        connect_args={
            "connect_timeout": 10,
            "options": f"-c lock_timeout={int(wait * 1000)}",
        },
        poolclass=NullPool,
    )
