"""Faults of the store, each with one clear message and nothing lost (SPEC 12): a file that
is not a database, a damaged one, a newer store, an unreachable PostgreSQL (password never
printed), two writers at once, a run killed mid-write, an older store migrated forward."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import inspect, text, update
from store_support import WEEK1, WEEK2, new_store, small, write

from addin.cli import main
from addin.consolidate import consolidate_folder
from addin.consolidate.history_step import StoreRequest
from addin.standards import Standards
from addin.store import Store, StoreBusyError, StoreError, StoreVersionError
from addin.store import schema as store_schema
from addin.store.migrate import SCHEMA_VERSION, migrate
from addin.store.url import resolve_store

ENGINES = ["sqlite", "postgresql"]
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)
    yield tmp_path / "state"


@pytest.fixture
def folder(tmp_path: Path, standards: Standards) -> Path:
    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    return folder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _consolidate_cli(
    folder: Path, out: Path, store: str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    code = main(
        [
            "consolidate",
            str(folder),
            "--out",
            str(out),
            "--as-of",
            WEEK2.isoformat(),
            "--store",
            store,
        ]
    )
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_file_that_is_not_a_database_is_refused_and_the_rollup_still_written(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "history.sqlite"
    store.write_text("these are my notes, not a database\n", encoding="utf-8")
    before = _digest(store)
    out = tmp_path / "rollup.xlsx"
    code, stdout, err = _consolidate_cli(folder, out, str(store), capsys)
    assert code == 2
    assert (
        f"{store}: is not a portfolio store (not an SQLite database); it was left unchanged" in err
    )
    assert "Store: NOT recorded" in stdout
    assert _digest(store) == before
    names = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert "Projects" in names and "Changes" not in names  # written, without history


def test_a_damaged_store_is_reported_and_left_as_it_was(
    folder: Path, tmp_path: Path, standards: Standards, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "history.sqlite"
    consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(str(store))
    )
    with store.open("r+b") as fh:  # a copy cut short (a full disk, a broken sync)
        fh.truncate(store.stat().st_size // 3)
    before = _digest(store)
    code, _, err = _consolidate_cli(folder, tmp_path / "rollup.xlsx", str(store), capsys)
    assert code == 2
    assert (
        "the store file is damaged or not an SQLite database (database disk image is malformed)"
        in err
    )
    assert "restore it from a backup" in err
    assert _digest(store) == before
    assert (tmp_path / "rollup.xlsx").is_file()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_newer_store_is_refused_naming_the_version_to_install(
    engine: str,
    request: pytest.FixtureRequest,
    folder: Path,
    tmp_path: Path,
    standards: Standards,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store = new_store(request, tmp_path, engine)
    consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(store)
    )
    s = Store.open(store)
    with s.writing("test") as conn:
        t = store_schema.schema_info
        conn.execute(update(t).where(t.c.key == "schema_version").values(value="99"))
        conn.execute(update(t).where(t.c.key == "written_by").values(value="9.4.0"))
    s.dispose()
    code, _, err = _consolidate_cli(folder, tmp_path / "rollup.xlsx", store, capsys)
    assert code == 2
    assert "the store has schema version 99, written by pmo-addin 9.4.0" in err
    assert "install pmo-addin 9.4.0 or later" in err
    assert main(["history", "list", "--store", store]) == 2
    assert "schema version 99" in capsys.readouterr().err
    with pytest.raises(StoreVersionError):
        Store.open(store)


def test_an_unreachable_postgresql_never_prints_the_password(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql+psycopg://analyst:S3cret-Pa55@127.0.0.1:9/portfolio"
    code, stdout, err = _consolidate_cli(folder, tmp_path / "rollup.xlsx", url, capsys)
    assert code == 2
    assert "cannot connect to the PostgreSQL store" in err
    assert "postgresql+psycopg://analyst:***@127.0.0.1:9/portfolio" in err
    assert "S3cret-Pa55" not in err + stdout
    assert (tmp_path / "rollup.xlsx").is_file()
    assert main(["history", "list", "--store", url]) == 2
    assert "S3cret-Pa55" not in capsys.readouterr().err


def test_a_refused_postgresql_login_is_one_clear_message(
    postgresql_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgresql_url.replace("pmo@", "nosuchuser:Pw-123456@")
    assert main(["history", "list", "--store", url]) == 2
    err = capsys.readouterr().err
    assert (
        "cannot connect to the PostgreSQL store" in err
        and 'role "nosuchuser" does not exist' in err
    )
    assert "Pw-123456" not in err


@pytest.mark.parametrize("engine", ENGINES)
def test_a_second_writer_waits_bounded_then_fails_and_nothing_changes(
    engine: str, request: pytest.FixtureRequest, folder: Path, tmp_path: Path, standards: Standards
) -> None:
    store = new_store(request, tmp_path, engine)
    consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(store)
    )
    holder = Store.open(store)
    before = [(s.as_of, s.projects) for s in holder.snapshots()]
    with holder.writing("a long import"):
        started = time.monotonic()
        result = consolidate_folder(
            folder,
            tmp_path / "w2.xlsx",
            standards,
            WEEK2,
            jobs=1,
            store=StoreRequest(store, wait=1),
        )
        waited = time.monotonic() - started
    assert result.store_error is not None
    assert (
        "another run is writing this store and did not finish within the wait" in result.store_error
    )
    assert waited < 30
    assert (tmp_path / "w2.xlsx").is_file()
    assert [(s.as_of, s.projects) for s in holder.snapshots()] == before
    # Once the first writer is done, the next run goes through.
    again = consolidate_folder(
        folder, tmp_path / "w3.xlsx", standards, WEEK2, jobs=1, store=StoreRequest(store, wait=5)
    )
    assert again.store_error is None and again.history.previous == WEEK1
    with pytest.raises(StoreBusyError), holder.writing("again"):
        Store.open(store, wait=0.5).write_snapshot(_tiny())
    holder.dispose()


def _tiny() -> object:
    from addin.store import SnapshotData

    return SnapshotData(WEEK1, {"origin": "test"})


def test_two_consolidations_at_once_both_record(folder: Path, tmp_path: Path) -> None:
    store = tmp_path / "shared.sqlite"
    env = {**os.environ, "PMO_STATE_DIR": str(tmp_path / "state")}
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "addin.cli",
                "consolidate",
                str(folder),
                "--out",
                str(tmp_path / f"r{i}.xlsx"),
                "--as-of",
                day,
                "--store",
                str(store),
                "--jobs",
                "1",
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for i, day in ((1, "2026-11-23"), (2, "2026-11-30"))
    ]
    outputs = [r.communicate(timeout=120) for r in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode in (0, 1), err.decode()
        assert b"recorded in" in out
    assert [s.as_of for s in Store.open(str(store)).snapshots()] == [WEEK1, WEEK2]


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from addin.store import Store, SnapshotData
    from addin.store import fast, store as module

    real = fast.prepare_insert
    calls = [0]

    def slow(*args):
        calls[0] += 1
        if calls[0] == 2:  # the snapshot row and a first batch are in: stop mid-transaction
            print("writing", flush=True)
            time.sleep(120)
        return real(*args)

    fast.prepare_insert = slow
    module.CHUNK = 1000
    rows = [("PRJ-9", "f.xlsx", f"Risks!A{i}", f"R-{i}") for i in range(5000)]
    data = SnapshotData(date(2026, 11, 23), {"origin": "killed"})
    data.tables["risks"] = (("project_id", "source_file", "source_cell", "id"), rows)
    Store.open(sys.argv[1]).write_snapshot(data)
    """
)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_run_killed_mid_write_leaves_the_store_as_it_was(
    engine: str, request: pytest.FixtureRequest, folder: Path, tmp_path: Path, standards: Standards
) -> None:
    store = new_store(request, tmp_path, engine)
    consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(store)
    )
    s = Store.open(store)
    before = s.snapshots()
    risks = s.count("risks", before[0].snapshot_id)
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, store],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == b"writing", proc.stderr.read() if proc.stderr else b""
    proc.send_signal(signal.SIGKILL)  # it was replacing the snapshot of the same as-of date
    proc.wait(timeout=30)
    after = Store.open(store, wait=20)
    assert [(x.as_of, x.projects, x.origin) for x in after.snapshots()] == [
        (x.as_of, x.projects, x.origin) for x in before
    ]
    assert after.count("risks", after.snapshots()[0].snapshot_id) == risks
    result = consolidate_folder(
        folder, tmp_path / "w2.xlsx", standards, WEEK2, jobs=1, store=StoreRequest(store, wait=20)
    )
    assert result.store_error is None and result.history.previous == WEEK1


@pytest.mark.parametrize("engine", ENGINES)
def test_an_older_store_is_migrated_forward_keeping_its_snapshots(
    engine: str, request: pytest.FixtureRequest, folder: Path, tmp_path: Path, standards: Standards
) -> None:
    store = new_store(request, tmp_path, engine)
    old = Store(resolve_store(store))
    with old.writing("v1") as conn:
        migrate(conn, 0, target=1)  # the store as version 1 made it: no indexes
    with old.reading() as conn:
        assert not inspect(conn).get_indexes("risks")
        assert (
            conn.execute(
                text("SELECT value FROM schema_info WHERE key = 'schema_version'")
            ).scalar()
            == "1"
        )
    old.dispose()
    result = consolidate_folder(
        folder, tmp_path / "w1.xlsx", standards, WEEK1, jobs=1, store=StoreRequest(store)
    )
    assert result.store_error is None
    new = Store.open(store)
    with new.reading() as conn:
        assert {i["name"] for i in inspect(conn).get_indexes("risks")} == {"ix_risks_snapshot"}
        version = conn.execute(
            text("SELECT value FROM schema_info WHERE key = 'schema_version'")
        ).scalar()
    assert version == str(SCHEMA_VERSION)
    assert [s.as_of for s in new.snapshots()] == [WEEK1]


def test_a_database_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "crm.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    before = _digest(other)
    with pytest.raises(
        StoreError, match="is a database but not a portfolio store \\(it holds tables customers\\)"
    ):
        Store.open(str(other))
    assert _digest(other) == before


def test_an_unexpected_store_failure_still_writes_the_rollup(
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import addin.store.content as content

    def broken(*args: object, **kwargs: object) -> object:
        raise KeyError("a bug")

    monkeypatch.setattr(content, "snapshot_from_inputs", broken)
    out = tmp_path / "rollup.xlsx"
    code, stdout, err = _consolidate_cli(folder, out, str(tmp_path / "h.sqlite"), capsys)
    assert code == 2
    assert "the store step failed unexpectedly (KeyError: 'a bug')" in err
    assert "Store: NOT recorded" in stdout
    assert "Projects" in openpyxl.load_workbook(out, read_only=True).sheetnames


def test_a_wait_that_ends_before_the_notice_still_names_who_holds_the_lock(
    tmp_path: Path,
) -> None:
    # The notice of who holds the lock comes after about a second; a shorter wait (or a
    # wait that runs out first on a busy machine) must still name the holder.
    store = str(tmp_path / "held.sqlite")
    Store.open(store).write_snapshot(_tiny())
    holder = Store.open(store)
    with holder.writing("a long import"), pytest.raises(StoreBusyError) as caught:
        Store.open(store, wait=0.3).write_snapshot(_tiny())
    holder.dispose()
    assert "did not finish within the wait (0.3 s; held by a long import by pid" in str(
        caught.value
    )
