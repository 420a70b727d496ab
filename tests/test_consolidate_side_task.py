"""The Prioritisation sheet computed in a forked child beside the store step
(addin/rollup/side_task.py): the same value as in this process, and a child that
fails in any way leaves the step to this process, which then fails (if it fails) exactly
as it always did."""

from __future__ import annotations

import os
import threading
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from consolidate_inputs import write_portfolio

from addin.consolidate import engine
from addin.consolidate.history_step import StoreRequest
from addin.errors import UsageError
from addin.rollup import side_task
from addin.rollup.prioritisation_rollup import prioritise_for_rollup
from addin.rollup.side_task import SideTask
from addin.standards import default_standards

PARENT = os.getpid()

needs_fork = pytest.mark.skipif(
    side_task.fork_context() is None, reason="no fork on this platform: computed in place"
)


@pytest.fixture(autouse=True)
def _fork_whatever_this_process_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are of the child, not of the memory guard: late in the whole suite the
    test process itself holds more than the guard's 512 MB and would never fork (the guard
    has its own test below, which sets its own limit)."""
    monkeypatch.setattr(side_task, "MAX_PARENT_RESIDENT", 1 << 62)


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value


@needs_fork
def test_the_value_is_computed_in_a_child() -> None:
    with SideTask(lambda: _pid_and(41 + 1), "test") as task:
        assert task.forked
        pid, value = task.result()
    assert value == 42
    assert pid != os.getpid()  # the child computed it
    assert task.fallback is None


def test_without_fork_the_value_is_computed_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(side_task, "fork_context", lambda: None)
    with SideTask(lambda: _pid_and(7), "test") as task:
        assert not task.forked
        assert task.result() == (os.getpid(), 7)


def _crash_in_child() -> str:
    if os.getpid() != PARENT:
        os._exit(3)  # the child dies without a word
    return "computed here"


@needs_fork
def test_a_child_that_dies_leaves_the_step_to_this_process() -> None:
    with SideTask(_crash_in_child, "test") as task:
        assert task.result() == "computed here"
    assert task.fallback is not None and "no result" in task.fallback


def _unpicklable_in_child() -> Any:
    if os.getpid() != PARENT:
        return threading.Lock()  # cannot be passed back
    return "computed here"


@needs_fork
def test_a_result_that_cannot_come_back_is_computed_here() -> None:
    with SideTask(_unpicklable_in_child, "test") as task:
        assert task.result() == "computed here"
    assert task.fallback is not None and "could not be passed back" in task.fallback


def _always_fails() -> None:
    raise UsageError("the budget is not a number: check the standards' [prioritisation]")


@pytest.mark.parametrize("fork", [True, False])
def test_a_failing_step_fails_with_its_own_message(
    fork: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fork:
        monkeypatch.setattr(side_task, "fork_context", lambda: None)
    with (
        SideTask(_always_fails, "test") as task,
        pytest.raises(UsageError, match=r"^the budget is not a number: check the standards"),
    ):
        task.result()


@needs_fork
def test_a_child_never_asked_is_stopped() -> None:
    import time

    task = SideTask(lambda: time.sleep(60), "test")
    process = task._process
    assert process is not None and process.is_alive()
    with task:
        pass
    assert not process.is_alive()


# -- in a consolidation ------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("side") / "portfolio"
    write_portfolio(folder, 6, default_standards(), raid=6, months=6)
    return folder


def _prioritisation_part(out: Path) -> tuple[bytes, bytes, list[Any]]:
    """The Prioritisation sheet's XML (formulas, Python's optimal selection, frontier), the
    shared strings it refers to, and its values."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(out))
    names = list(book.sheet_names)
    values = book.get_sheet_by_name("Prioritisation").to_python()
    with zipfile.ZipFile(out) as zf:
        member = f"xl/worksheets/sheet{names.index('Prioritisation') + 1}.xml"
        return zf.read(member), zf.read("xl/sharedStrings.xml"), values


def _consolidate(folder: Path, out: Path) -> None:
    engine.consolidate_folder(
        folder,
        out,
        default_standards(),
        date(2026, 11, 30),
        jobs=1,
        use_cache=False,
        store=StoreRequest(),
    )


def _crashing_prioritisation(projects: Any, standards: Any) -> Any:
    if os.getpid() != PARENT:
        os.abort()  # the child crashes hard (SIGABRT)
    return prioritise_for_rollup(projects, standards)


@needs_fork
def test_the_sheet_is_the_same_when_the_child_crashes(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _consolidate(folder, tmp_path / "normal" / "rollup.xlsx")
    normal = _prioritisation_part(tmp_path / "normal" / "rollup.xlsx")
    xml, _strings, values = normal
    assert b"<f>" in xml  # the live model's formulas
    assert {"PRJ-0001", "PRJ-0006"} <= {v for row in values for v in row}  # every project
    monkeypatch.setattr(engine, "prioritise_for_rollup", _crashing_prioritisation)
    _consolidate(folder, tmp_path / "crashed" / "rollup.xlsx")
    assert _prioritisation_part(tmp_path / "crashed" / "rollup.xlsx") == normal


def _failing_prioritisation(projects: Any, standards: Any) -> Any:
    raise UsageError("projects in two currencies: give --portfolio")


def test_a_failing_prioritisation_fails_the_run_as_before(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The step fails in the child, then again here, with its message; the roll-up is not
    written (atomic)."""
    monkeypatch.setattr(engine, "prioritise_for_rollup", _failing_prioritisation)
    out = tmp_path / "rollup.xlsx"
    with pytest.raises(UsageError, match=r"^projects in two currencies: give --portfolio$"):
        _consolidate(folder, out)
    assert not out.exists()
    assert not list(tmp_path.glob("*.structure"))


@needs_fork
def test_a_big_process_computes_the_step_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """A forked child's resident size counts every page it shares with this process, and
    so does the process tree's (issue 16's memory bound): a big process does not fork."""
    monkeypatch.setattr(side_task, "MAX_PARENT_RESIDENT", 1024)
    assert side_task.resident_bytes() > 1024
    with SideTask(lambda: _pid_and(5), "test") as task:
        assert not task.forked
        assert task.result() == (os.getpid(), 5)
    assert task.fallback is not None and task.fallback.startswith("not forked: this process")
