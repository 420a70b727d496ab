"""The store step beside the roll-up (addin/consolidate/store_child.py): a forked child
records the snapshot while the roll-up is written. Into a store that holds snapshots,
the child forked when the run starts is asked for no expectation: Changes and Trends are
written last, from its answer, the other sheets' rows rendered meanwhile (round 10a);
where the child is forked after the workers, or the store is new, the roll-up is built
with the Changes and Trends expected (addin/store/expected.py). The expectation is the
store's read-back on the usual portfolios, over several snapshots, on SQLite and
PostgreSQL; and whatever happens to the store or the child, the roll-up, the message and
the exit code are those of the store step run in this process first, as before."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import escape
from pathlib import Path
from typing import Any

import pytest
from consolidate_inputs import write_portfolio
from store_support import WEEK1, WEEK2, new_store, small, week_two, write

import addin.store.expected as expected_module
from addin.cli import main
from addin.consolidate import consolidate_folder, engine, store_child
from addin.consolidate.history_step import StoreRequest
from addin.models import ProjectData
from addin.rollup import side_task
from addin.standards import Standards

REPO = Path(__file__).resolve().parent.parent
PARENT = os.getpid()
WEEK3 = date(2026, 12, 7)
RUN_TIME = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)

needs_fork = pytest.mark.skipif(
    side_task.fork_context() is None, reason="no fork on this platform: recorded in place"
)


class _FixedNow(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> _FixedNow:
        return cls.fromtimestamp(RUN_TIME.timestamp(), tz)


@pytest.fixture(autouse=True)
def _fixed_run_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Two roll-ups of the same inputs are the same bytes (the Manifest's run time fixed);
    the child is forked however much this test process holds after the suite's other
    tests (the memory limit has its own test below)."""
    monkeypatch.setattr(engine, "datetime", _FixedNow)
    monkeypatch.setattr(store_child, "resident_bytes", lambda: 0)
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.delenv("PMO_STORE", raising=False)


@pytest.fixture
def verdicts(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each comparison of the expected history with the store's read-back."""
    seen: list[bool] = []
    real = expected_module.same_history

    def watched(expected: Any, stored: Any) -> bool:
        seen.append(real(expected, stored))
        return seen[-1]

    monkeypatch.setattr(expected_module, "same_history", watched)
    return seen


def _in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store step as before this change: in this process, before the roll-up."""
    monkeypatch.setattr(store_child, "fork_context", lambda: None)


def _expecting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child forked after the workers (as when it was not forked at the start): the
    roll-up is built with the Changes and Trends it expects, the rename waits for its
    answer, and a different answer has the roll-up written again."""
    monkeypatch.setattr(store_child.StoreBeside, "fork_early", lambda *args: None)


def _parts(path: Path, store_shown: str | None) -> dict[str, bytes]:
    """The roll-up's parts, unzipped, the store's name (in the Changes title) masked."""
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    if store_shown:
        shown = escape(store_shown, quote=False).encode()  # as XML text
        parts = {k: v.replace(shown, b"STORE") for k, v in parts.items()}
    return parts


def _run(
    folder: Path, out: Path, standards: Standards, as_of: date, store: str, **request: Any
) -> Any:
    return consolidate_folder(
        folder, out, standards, as_of, jobs=1, store=StoreRequest(store, **request)
    )


def _week_one_in_two_stores(
    tmp_path: Path, standards: Standards, projects: list[ProjectData]
) -> tuple[Path, dict[str, str]]:
    """The portfolio of ``projects`` recorded for week one in two stores, one for the run
    with the child beside it (``beside``) and one for the run in place (``here``)."""
    folder = tmp_path / "portfolio"
    write(folder, projects, standards)
    stores = {how: str(tmp_path / f"{how}.sqlite") for how in ("beside", "here")}
    for store in stores.values():
        _run(folder, tmp_path / "w1.xlsx", standards, WEEK1, store)
    return folder, stores


def _rollup_parts(tmp_path: Path, stores: dict[str, str]) -> dict[str, dict[str, bytes]]:
    """The parts of the roll-ups made beside the child and in place, by ``stores``' key."""
    return {how: _parts(tmp_path / f"{how}.xlsx", store) for how, store in stores.items()}


def _weeks(tmp_path: Path, standards: Standards) -> Iterator[tuple[Path, date, dict[str, Any]]]:
    """Four runs: week 1; week 2 (moves of every kind); week 2 again (its snapshot
    replaced); week 3 compared with week 1 (--since)."""
    folder = tmp_path / "portfolio"
    projects = [small(i) for i in range(1, 5)]
    write(folder, projects, standards)
    yield folder, WEEK1, {}
    write(folder, week_two(projects), standards)
    yield folder, WEEK2, {}
    yield folder, WEEK2, {}
    yield folder, WEEK3, {"since": WEEK1}


@needs_fork
@pytest.mark.parametrize("how", ["written last", "expected"])
@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_the_expected_history_is_the_stores_and_the_rollups_are_the_same(
    engine_name: str,
    how: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    standards: Standards,
    monkeypatch: pytest.MonkeyPatch,
    verdicts: list[bool],
) -> None:
    beside_store = new_store(request, tmp_path / "a", engine_name)
    here_store = new_store(request, tmp_path / "b", engine_name)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    changes, ids = [], []
    answers: list[Any] = []  # the child's answers "as expected"
    real_answer = store_child.StoreBeside._as_expected

    def as_expected(self: Any, message: Any) -> Any:
        answers.append(message[1])
        return real_answer(self, message)

    monkeypatch.setattr(store_child.StoreBeside, "_as_expected", as_expected)
    for n, (folder, as_of, asked) in enumerate(_weeks(tmp_path, standards)):
        with monkeypatch.context() as m:
            if how == "expected":
                _expecting(m)
            beside = _run(folder, tmp_path / f"a{n}.xlsx", standards, as_of, beside_store, **asked)
            _in_place(m)
            here = _run(folder, tmp_path / f"b{n}.xlsx", standards, as_of, here_store, **asked)
        assert beside.store_error is None and here.store_error is None
        assert all(verdicts), f"run {n}: the expected history was not the store's"
        assert _parts(tmp_path / f"a{n}.xlsx", beside.history.store) == _parts(
            tmp_path / f"b{n}.xlsx", here.history.store
        )
        assert beside.history.snapshot_id == here.history.snapshot_id
        changes.append(beside.history.diff.total if beside.history.diff else None)
        ids.append(beside.history.snapshot_id)
    if how == "expected":
        assert len(verdicts) == 4  # one comparison a run: the child recorded every snapshot
        # The child said "as expected" instead of passing the History back wherever it
        # worked the expectation out: every run on PostgreSQL, all but a new SQLite
        # store's (run 1), whose expectation is this process's own.
        expected_ids = ids if engine_name == "postgresql" else ids[1:]
        assert [a.snapshot_id for a in answers] == expected_ids
    else:  # only the first run's, into a new SQLite store (worked out here: no wait)
        assert verdicts == ([True] if engine_name == "sqlite" else [])
        assert answers == []  # no expectation in the child: its answer is the History whole
    assert changes[0] is None and changes[1] and changes[1] == changes[2] and changes[3]


@needs_fork
def test_the_benchmarks_portfolio_over_two_weeks(
    tmp_path: Path, standards: Standards, verdicts: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portfolio"
    write_portfolio(folder, 6, standards)
    stores = {how: str(tmp_path / f"{how}.sqlite") for how in ("last", "expected")}
    for how, store in stores.items():
        with monkeypatch.context() as m:
            if how == "expected":
                _expecting(m)
            first = _run(folder, tmp_path / f"{how}1.xlsx", standards, date(2026, 11, 30), store)
            second = _run(folder, tmp_path / f"{how}2.xlsx", standards, WEEK3, store)
        assert first.history.diff is None and second.history.diff.total > 0
    # written last: the first run's expectation only; expected: both, each the store's
    assert verdicts == [True, True, True]
    assert _parts(tmp_path / "last2.xlsx", stores["last"]) == _parts(
        tmp_path / "expected2.xlsx", stores["expected"]
    )


@needs_fork
def test_the_demos_two_periods(
    tmp_path: Path,
    verdicts: list[bool],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _expecting(monkeypatch)  # (forked at the start, the child expects nothing the second time)
    code = main(["demo", "--out", str(tmp_path / "demo"), "--projects", "8", "--seed", "7"])
    capsys.readouterr()
    assert code == 0
    assert verdicts == [True, True]  # last period, then this one (compared with it)


def _not_a_database(path: Path) -> str:
    path.write_bytes(b"this is no database" * 100)
    return str(path)


def _store_with_a_newer_schema(path: Path) -> str:
    from addin.store import Store
    from addin.store.migrate import SCHEMA_VERSION

    store = Store.open(str(path))
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE schema_info SET value = '{SCHEMA_VERSION + 1}' WHERE key = 'schema_version'"
        )
    store.dispose()
    return str(path)


def _faulty_store(fault: str, place: Path) -> str:
    if fault == "not a database":
        return _not_a_database(place / "h.sqlite")
    if fault == "newer schema":
        return _store_with_a_newer_schema(place / "h.sqlite")
    if fault == "unreachable":
        return "postgresql+psycopg://pmo@127.0.0.1:1/nowhere"
    return str(place / "h.sqlite")  # a bug: the store is fine, the step fails


@needs_fork
@pytest.mark.parametrize("fault", ["not a database", "newer schema", "a bug", "unreachable"])
def test_a_store_that_fails_gives_the_same_rollup_message_and_exit_code(
    fault: str,
    tmp_path: Path,
    standards: Standards,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    if fault == "a bug":
        import addin.store.content as content

        def broken(*args: object, **kwargs: object) -> object:
            raise KeyError("a bug")

        monkeypatch.setattr(content, "snapshot_from_inputs", broken)
    seen = {}
    for how in ("beside", "here"):
        place = tmp_path / how
        place.mkdir()
        store = _faulty_store(fault, place)
        with monkeypatch.context() as m:
            if how == "here":
                _in_place(m)
            args = ["--out", str(place / "r.xlsx"), "--store", store]
            code = main(["consolidate", str(folder), *args, "--as-of", WEEK2.isoformat()])
        out, err = capsys.readouterr()
        out = "\n".join(line for line in out.splitlines() if "Parsed" not in line)  # seconds
        seen[how] = (
            code,
            out.replace(str(place), "PLACE"),
            err.replace(str(place), "PLACE"),
            _parts(place / "r.xlsx", str(place)),
        )
    assert seen["beside"][0] == seen["here"][0] == 2
    assert "Store: NOT recorded" in seen["beside"][1]
    assert seen["beside"][1:3] == seen["here"][1:3]
    assert seen["beside"][3] == seen["here"][3]
    assert not any(name.endswith("sheet21.xml") for name in seen["beside"][3])


HOLD = textwrap.dedent(
    """
    import sys
    from addin.store import Store

    store = Store.open(sys.argv[1])
    with store.writing("a long import"):
        print("held", flush=True)
        sys.stdin.read()  # until the test closes it
    """
)


@needs_fork
def test_a_store_locked_by_another_run_gives_the_same_rollup_and_message(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    from addin.store import Store

    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    seen = {}
    for how in ("beside", "here"):
        store = str(tmp_path / f"{how}.sqlite")
        _run(folder, tmp_path / f"{how}1.xlsx", standards, WEEK1, store)
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, store],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline() == "held\n"
            with monkeypatch.context() as m:
                if how == "here":
                    _in_place(m)
                result = _run(folder, tmp_path / f"{how}2.xlsx", standards, WEEK2, store, wait=1)
        finally:
            holder.communicate("")
        assert result.history is None
        error = result.store_error.replace(store, "STORE")
        seen[how] = (
            re.sub(r"pid \d+|since \S+", "-", error),
            _parts(tmp_path / f"{how}2.xlsx", None),
        )
        assert [s.as_of for s in Store.open(store).snapshots()] == [WEEK1]
    assert "another run is writing this store" in seen["beside"][0]
    assert "a long import by -" in seen["beside"][0]
    assert seen["beside"] == seen["here"]


@needs_fork
def test_a_store_open_in_this_process_is_recorded_here(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's rule: no connection across a fork. This process holding the store open
    (here: writing it in a thread) records the snapshot itself, as before."""
    folder = tmp_path / "portfolio"
    write(folder, [small(1)], standards)
    store = tmp_path / "h.sqlite"
    _run(folder, tmp_path / "w1.xlsx", standards, WEEK1, str(store))
    assert not store_child._open_here(store.resolve())
    with sqlite3.connect(store) as conn:
        assert store_child._open_here(store.resolve())
        conn.execute("SELECT 1")
    starts: list[Any] = []
    real_start = store_child.StoreBeside.start
    monkeypatch.setattr(
        store_child.StoreBeside, "start", lambda *a: starts.append(real_start(*a)) or starts[-1]
    )
    keep = sqlite3.connect(store)
    try:
        result = _run(folder, tmp_path / "w2.xlsx", standards, WEEK2, str(store))
    finally:
        keep.close()
    assert starts == [None] and result.store_error is None and result.history.previous == WEEK1


def _dies_in_the_child(*args: Any, **kwargs: Any) -> Any:
    if os.getpid() != PARENT:
        os._exit(3)  # the child dies without a word
    return _real_record(*args, **kwargs)


_real_record = store_child.record_history


@needs_fork
def test_a_child_that_dies_leaves_the_store_step_to_this_process(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    store = str(tmp_path / "h.sqlite")
    _run(folder, tmp_path / "w1.xlsx", standards, WEEK1, store)
    starts: list[Any] = []
    real_early = store_child.StoreBeside.fork_early

    def fork_early(*args: Any) -> Any:
        starts.append(real_early(*args))
        return starts[-1]

    with monkeypatch.context() as m:
        m.setattr(store_child, "record_history", _dies_in_the_child)
        m.setattr(store_child.StoreBeside, "fork_early", fork_early)
        died = _run(folder, tmp_path / "died.xlsx", standards, WEEK2, store)
    assert starts[0] is not None and starts[0].fallback == "no answer"
    assert died.store_error is None and died.history.previous == WEEK1
    with monkeypatch.context() as m:
        _in_place(m)
        _run(folder, tmp_path / "here.xlsx", standards, WEEK2, store)  # replaces it
    assert _parts(tmp_path / "died.xlsx", None) == _parts(tmp_path / "here.xlsx", None)


@needs_fork
@pytest.mark.parametrize("wrong_in", ["the rows it expects", "its notes"])
def test_a_wrong_expectation_is_replaced_by_the_stores_answer(
    wrong_in: str,
    tmp_path: Path,
    standards: Standards,
    monkeypatch: pytest.MonkeyPatch,
    verdicts: list[bool],
) -> None:
    """The rows expected wrong (a status the store does not give back): the read-back
    does not prove them, the child diffs what it read; the History wrong elsewhere: the
    child's own comparison finds it. Either way its whole answer goes back, and the
    roll-up is written again with it."""
    projects = [small(i) for i in range(1, 5)]
    folder, stores = _week_one_in_two_stores(tmp_path, standards, projects)
    write(folder, week_two(projects), standards)
    real_rows, real_expect = expected_module._new_rows, expected_module.expect

    def wrong_rows(*args: Any, **kwargs: Any) -> Any:
        rows = real_rows(*args, **kwargs)
        first = rows.items["risks"][0]  # (project, ID, title, status, rating)
        rows.items["risks"][0] = (
            *first[:3],
            "Closed" if first[3] != "Closed" else "Open",
            first[4],
        )
        return rows

    def wrong_notes(*args: Any) -> Any:
        history, made = real_expect(*args)
        return dataclasses.replace(history, notes=["not what the store says"]), made

    with monkeypatch.context() as m:
        _expecting(m)
        if wrong_in == "its notes":
            m.setattr(expected_module, "expect", wrong_notes)
        else:
            m.setattr(expected_module, "_new_rows", wrong_rows)
        beside = _run(folder, tmp_path / "beside.xlsx", standards, WEEK2, stores["beside"])
    with monkeypatch.context() as m:
        _in_place(m)
        here = _run(folder, tmp_path / "here.xlsx", standards, WEEK2, stores["here"])
    assert verdicts[-1] is False
    assert beside.history.notes == [] and beside.history.diff.total == here.history.diff.total
    parts = _rollup_parts(tmp_path, stores)
    assert parts["beside"] == parts["here"]


def test_a_big_process_records_here_before_the_rollup(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1)], standards)
    monkeypatch.setattr(store_child, "resident_bytes", lambda: store_child.MAX_STORE_RESIDENT + 1)
    pids: list[int] = []
    real = engine.record_history

    def watched(*args: Any) -> Any:
        pids.append(os.getpid())
        return real(*args)

    monkeypatch.setattr(engine, "record_history", watched)
    result = _run(folder, tmp_path / "r.xlsx", standards, WEEK1, str(tmp_path / "h.sqlite"))
    assert pids == [PARENT] and result.store_error is None


@needs_fork
def test_the_main_process_never_loads_sqlalchemy_for_a_store_it_records(
    tmp_path: Path, standards: Standards
) -> None:
    folder = tmp_path / "portfolio"
    write(folder, [small(1), small(2)], standards)
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from pathlib import Path
        from addin.consolidate import consolidate_folder
        from addin.consolidate.history_step import StoreRequest
        from addin.standards import default_standards

        for as_of in (date(2026, 11, 23), date(2026, 11, 30)):
            result = consolidate_folder(
                Path({str(folder)!r}), Path({str(tmp_path / "r.xlsx")!r}), default_standards(),
                as_of, jobs=1, store=StoreRequest({str(tmp_path / "h.sqlite")!r}),
            )
            assert result.store_error is None, result.store_error
            print(as_of, result.history.previous, "sqlalchemy" in sys.modules)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    # the second run reads the store (through the child) and still loads no SQLAlchemy here
    assert run.stdout.split("\n")[:2] == ["2026-11-23 None False", "2026-11-30 2026-11-23 False"]


@needs_fork
def test_an_expectation_that_fails_waits_for_the_stores_answer(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    projects = [small(i) for i in range(1, 4)]
    folder, stores = _week_one_in_two_stores(tmp_path, standards, projects)
    write(folder, week_two([*projects, small(4)]), standards)

    def broken(*args: Any) -> Any:
        raise AttributeError("a bug in the expectation")

    with monkeypatch.context() as m:
        _expecting(m)
        m.setattr(expected_module, "expect", broken)
        beside = _run(folder, tmp_path / "beside.xlsx", standards, WEEK2, stores["beside"])
    with monkeypatch.context() as m:
        _in_place(m)
        here = _run(folder, tmp_path / "here.xlsx", standards, WEEK2, stores["here"])
    assert beside.store_error is None and beside.history.diff.total == here.history.diff.total > 0
    parts = _rollup_parts(tmp_path, stores)
    assert parts["beside"] == parts["here"]


@needs_fork
def test_changes_and_trends_written_last_ask_for_no_expectation(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch, verdicts: list[bool]
) -> None:
    """Into a store that holds snapshots, the child forked at the start works out no
    expectation (it is on the run's critical path): the roll-up's Changes and Trends are
    the store's answer, written last, and the roll-up is the one made in place."""
    projects = [small(i) for i in range(1, 5)]
    folder, stores = _week_one_in_two_stores(tmp_path, standards, projects)
    write(folder, week_two(projects), standards)
    asked = tmp_path / "asked.txt"
    real = expected_module.expect

    def watched(*args: Any) -> Any:  # (in whichever process asks)
        asked.write_text("asked")
        return real(*args)

    with monkeypatch.context() as m:
        m.setattr(expected_module, "expect", watched)
        beside = _run(folder, tmp_path / "beside.xlsx", standards, WEEK2, stores["beside"])
    with monkeypatch.context() as m:
        _in_place(m)
        here = _run(folder, tmp_path / "here.xlsx", standards, WEEK2, stores["here"])
    assert not asked.exists()
    assert verdicts == [True, True]  # the two first weeks' (new stores), none after
    assert beside.store_error is None and beside.history.diff.total == here.history.diff.total > 0
    parts = _rollup_parts(tmp_path, stores)
    assert parts["beside"] == parts["here"]


@needs_fork
def test_another_runs_snapshot_after_the_early_read_gives_the_same_rollup(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch, verdicts: list[bool]
) -> None:
    """The child forked when the run starts reads the store without its lock; another run
    that records a snapshot before this one takes the lock is seen under the lock (the
    snapshots are not those read) and read again: the roll-up is the one made without the
    early read (here, in place), compared with the other run's snapshot."""
    folder = tmp_path / "portfolio"
    projects = [small(i) for i in range(1, 5)]
    write(folder, projects, standards)
    ours, theirs, here = (str(tmp_path / f"{name}.sqlite") for name in ("ours", "theirs", "here"))
    _run(folder, tmp_path / "w1.xlsx", standards, WEEK1, ours)
    shutil.copyfile(ours, theirs)
    write(folder, week_two(projects), standards)
    between = date(2026, 11, 29)
    _run(folder, tmp_path / "between.xlsx", standards, between, theirs)  # the other run
    shutil.copyfile(theirs, here)
    real = store_child._read_early
    early_reads = tmp_path / "early-reads.txt"

    def then_another_run(*args: Any) -> Any:  # (in the child, its store closed)
        before = real(*args)
        early_reads.write_text(" ".join(s.as_of.isoformat() for s in before.snapshots))
        shutil.copyfile(theirs, ours)  # the other run's snapshot, recorded meanwhile
        return before

    with monkeypatch.context() as m:
        m.setattr(store_child, "_read_early", then_another_run)
        result = _run(folder, tmp_path / "ours.xlsx", standards, WEEK2, ours)
    with monkeypatch.context() as m:
        _in_place(m)
        made_here = _run(folder, tmp_path / "here.xlsx", standards, WEEK2, here)
    assert early_reads.read_text() == WEEK1.isoformat()  # read before the other run's
    assert verdicts == [True]  # (week 1's, a new store): none made from the early read
    assert result.store_error is None and result.history.previous == between
    assert result.history.diff.total == made_here.history.diff.total
    assert _parts(tmp_path / "ours.xlsx", ours) == _parts(tmp_path / "here.xlsx", here)


@needs_fork
def test_the_early_child_records_nothing_when_the_run_fails_first(
    tmp_path: Path, standards: Standards, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portfolio"
    projects = [small(i) for i in range(1, 3)]
    write(folder, projects, standards)
    store = tmp_path / "h.sqlite"
    _run(folder, tmp_path / "w1.xlsx", standards, WEEK1, str(store))
    before = store.read_bytes()
    forked: list[Any] = []
    real_early = store_child.StoreBeside.fork_early

    def fork_early(*args: Any) -> Any:
        forked.append(real_early(*args))
        return forked[-1]

    def broken(*args: Any) -> Any:
        raise RuntimeError("a bug before the roll-up")

    with monkeypatch.context() as m:
        m.setattr(store_child.StoreBeside, "fork_early", fork_early)
        m.setattr(engine._Run, "settle_statuses", broken)
        with pytest.raises(RuntimeError, match="a bug before the roll-up"):
            _run(folder, tmp_path / "w2.xlsx", standards, WEEK2, str(store))
    assert forked[0] is not None and forked[0]._process is None  # stopped
    assert store.read_bytes() == before
