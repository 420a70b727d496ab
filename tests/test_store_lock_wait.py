"""A run that waits for another run's write lock on the store says so once on stderr (who
holds it: what, pid, host, since, from the lock row), and the closing summary counts the
wait on its own line instead of as parse time (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import re
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_support import WEEK1, WEEK2, new_store, small, write

from addin.consolidate import ConsolidationResult, consolidate_folder, format_summary
from addin.consolidate.history_step import StoreRequest
from addin.standards import Standards
from addin.store import Store

ENGINES = ["sqlite", "postgresql"]
NOTICE = "another run holds this store's write lock"


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


def _week(
    tmp_path: Path, standards: Standards, week: int, request: StoreRequest
) -> ConsolidationResult:
    """The portfolio consolidated for week 1 or 2 (into w1.xlsx or w2.xlsx), recorded as
    ``request`` asks."""
    as_of = {1: WEEK1, 2: WEEK2}[week]
    return consolidate_folder(
        tmp_path / "portfolio", tmp_path / f"w{week}.xlsx", standards, as_of, jobs=1, store=request
    )


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path: Path, standards: Standards) -> str:
    store = new_store(request, tmp_path, request.param)
    write(tmp_path / "portfolio", [small(1), small(2)], standards)
    first = _week(tmp_path, standards, 1, StoreRequest(store))
    assert first.store_error is None
    return store


def _parsed_seconds(summary: str) -> float:
    match = re.search(r"Parsed .* in ([0-9.]+) s\.", summary)
    assert match, summary
    return float(match.group(1))


def test_a_held_lock_is_announced_once_and_the_wait_is_its_own_line(
    store: str, tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = Store.open(store)
    capsys.readouterr()
    with holder.writing("a long import"):
        result = _week(tmp_path, standards, 2, StoreRequest(store, wait=2))
    holder.dispose()
    err = capsys.readouterr().err
    assert err.count(NOTICE) == 1, err
    who = f"a long import by pid {os.getpid()} on {socket.gethostname()}"
    assert who in err and "since 20" in err and "waiting up to 2 s" in err, err
    assert result.store_error is not None
    assert "did not finish within the wait" in result.store_error
    assert who in result.store_error  # the failure names the holder too
    summary = format_summary(result)
    waited = result.to_json()["store"]["lock_wait_seconds"]
    assert 1.5 <= waited < 30
    assert re.search(r"Waited [0-9.]+ s for another run's write lock on the store", summary)
    assert _parsed_seconds(summary) <= result.seconds - waited + 0.1


def test_a_lock_released_during_the_wait_lets_the_run_record_and_says_how_long(
    store: str, tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = Store.open(store)
    taken, release = threading.Event(), threading.Event()

    def hold() -> None:
        with holder.writing("snapshot 2026-11-30"):
            taken.set()
            release.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(30)
    threading.Timer(2.5, release.set).start()
    capsys.readouterr()
    started = time.monotonic()
    result = _week(tmp_path, standards, 2, StoreRequest(store, wait=30))
    elapsed = time.monotonic() - started
    thread.join(30)
    holder.dispose()
    assert result.store_error is None and result.history.previous == WEEK1
    err = capsys.readouterr().err
    assert err.count(NOTICE) == 1 and "snapshot 2026-11-30 by pid" in err, err
    waited = result.history.lock_wait
    assert 1.5 <= waited <= elapsed
    assert result.to_json()["store"]["lock_wait_seconds"] == round(waited, 1)
    summary = format_summary(result)
    assert f"Waited {waited:.1f} s for another run's write lock on the store" in summary
    assert _parsed_seconds(summary) <= result.seconds - waited + 0.1


def test_no_wait_no_word(
    store: str, tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    result = _week(tmp_path, standards, 2, StoreRequest(store))
    assert result.store_error is None
    assert NOTICE not in capsys.readouterr().err
    assert result.history.lock_wait < 1.0
    assert "Waited" not in format_summary(result)
    # Nobody holds the store once the run is over.
    with Store.open(store).reading() as conn:
        from addin.store import schema

        row = conn.execute(schema.store_lock.select()).first()
    assert row is not None and row.holder is None and row.since is None


def test_an_sqlite_store_locked_even_for_reading_is_still_announced(
    tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    """While another run writes a large snapshot, SQLite locks the file even for readers:
    the run cannot read who it is, but still says that it waits, and why it cannot say who."""
    path = tmp_path / "history.sqlite"
    write(tmp_path / "portfolio", [small(1)], standards)
    _week(tmp_path, standards, 1, StoreRequest(str(path)))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    capsys.readouterr()
    try:
        result = _week(tmp_path, standards, 2, StoreRequest(str(path), wait=2))
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err
    assert err.count(NOTICE) == 1 and "which cannot be read meanwhile to say who" in err, err
    assert result.store_error is not None and "did not finish within the wait" in result.store_error
    assert result.to_json()["store"]["lock_wait_seconds"] >= 1.5
    assert "Waited" in format_summary(result)
