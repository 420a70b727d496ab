"""A throwaway PostgreSQL server for the store tests (session scope).

initdb into a temporary folder owned by an unprivileged user (PostgreSQL refuses to run
as root), start it on a unix socket in that folder only (no TCP), stop it at the end.
Skips with the reason when the server binaries are not installed.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

#: The user the server runs as when the tests run as root.
PG_USER_CANDIDATES = ("postgres", "nobody")


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $PG_BIN, PATH, or Debian's versioned folder."""
    env = os.environ.get("PG_BIN")
    if env and (Path(env) / "initdb").exists():
        return Path(env)
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(found[0]).parent if found else None


def _run_as() -> list[str]:
    if os.geteuid() != 0:
        return []
    for name in PG_USER_CANDIDATES:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    pytest.skip(
        "PostgreSQL refuses to run as root and no unprivileged user (postgres, nobody) exists"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgresql_url() -> Iterator[str]:
    """``postgresql+psycopg://pmo@/postgres?host=SOCKETDIR&port=PORT`` of a fresh server."""
    pg_bin = find_pg_bin()
    if pg_bin is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) not found: install the `postgresql` "
            "package (scripts/test.sh does) or set $PG_BIN"
        )
    prefix = _run_as()
    base = Path(tempfile.mkdtemp(prefix="pmo-pg-"))
    if prefix:
        user = prefix[2]
        entry = pwd.getpwnam(user)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    os.chmod(base, 0o700)
    data, log = base / "data", base / "log"
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C"}
    try:
        subprocess.run(
            [
                *prefix,
                str(pg_bin / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "pmo",
                "-E",
                "UTF8",
                "--no-sync",
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=base,
        )
        subprocess.run(
            [
                *prefix,
                str(pg_bin / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(log),
                "-w",
                "-o",
                f"-k {base} -h '' -p {port} -F",
                "start",
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=base,
        )
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(base, ignore_errors=True)
        pytest.skip(
            f"could not start a throwaway PostgreSQL: {exc.stderr.decode(errors='replace')[-300:]}"
        )
    try:
        yield f"postgresql+psycopg://pmo@/postgres?host={base}&port={port}"
    finally:
        subprocess.run(
            [*prefix, str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            env=env,
            cwd=base,
        )
        shutil.rmtree(base, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """A new empty database on the test server; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host, port = parsed.query["host"], parsed.query["port"]
    with psycopg.connect(
        host=str(host), port=str(port), user="pmo", dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return str(parsed.set(database=name).render_as_string(hide_password=False))
