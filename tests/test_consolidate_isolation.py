"""The crash-isolated worker harness: a hard crash, a hang or an exception fails only its
own task; every other task still runs, and results come back in task order."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

from addin.consolidate.isolation import describe_exit, run_isolated


def _work(task: int) -> int:
    if task == 3:
        os.abort()  # what python-calamine does on a zip bomb
    if task == 5:
        time.sleep(60)
    if task == 7:
        raise ValueError("bad cell")
    if task == 8:
        os._exit(3)
    return task * task


def test_crash_hang_and_error_fail_only_their_own_task() -> None:
    seen: list[int] = []
    outcomes = run_isolated(
        _work, list(range(10)), jobs=2, timeout=1.5, on_outcome=lambda o: seen.append(o.index)
    )
    assert [o.index for o in outcomes] == list(range(10))
    values = {o.index: o.value for o in outcomes if o.ok}
    assert values == {i: i * i for i in (0, 1, 2, 4, 6, 9)}
    failures = {o.index: o.failure for o in outcomes if not o.ok}
    assert failures.keys() == {3, 5, 7, 8}
    assert "SIGABRT" in str(failures[3])
    assert "longer than 1.5 s" in str(failures[5])
    assert "ValueError: bad cell" in str(failures[7])
    assert "exited (code 3)" in str(failures[8])
    assert sorted(seen) == list(range(10))


def test_every_task_crashing_still_returns_an_outcome_for_each() -> None:
    outcomes = run_isolated(_work, [3, 3, 3], jobs=2, timeout=5)
    assert [o.ok for o in outcomes] == [False, False, False]


def test_no_tasks() -> None:
    assert run_isolated(_work, [], jobs=2) == []


def test_describe_exit() -> None:
    assert describe_exit(-6) == "the reader process crashed (SIGABRT) while parsing it"
    assert "code 1" in describe_exit(1)


def _allocate(megabytes: int) -> int:
    block = bytearray(megabytes * 1024 * 1024)
    return len(block) // (1024 * 1024)


def test_a_worker_that_runs_out_of_its_memory_fails_alone() -> None:
    outcomes = run_isolated(
        _allocate, [10, 4000, 20], jobs=1, timeout=30, memory_limit=512 * 1024 * 1024
    )
    assert [o.value for o in outcomes] == [10, None, 20]
    assert "MemoryError" in str(outcomes[1].failure)


def test_the_spawn_start_method_of_windows_and_macos_isolates_crashes_too() -> None:
    outcomes = run_isolated(_work, [2, 3], jobs=2, timeout=60, start_method="spawn")
    assert outcomes[0].value == 4
    assert not outcomes[1].ok and "crashed" in str(outcomes[1].failure)


def test_tasks_can_come_from_a_generator_drawn_while_workers_run() -> None:
    drawn: list[int] = []

    def tasks() -> Iterator[int]:
        for i in (1, 2, 3, 4, 6):
            drawn.append(i)
            yield i

    outcomes = run_isolated(_work, tasks(), jobs=2, timeout=30)
    assert drawn == [1, 2, 3, 4, 6]
    assert [(o.index, o.value) for o in outcomes] == [(0, 1), (1, 4), (2, None), (3, 16), (4, 36)]


_PREPARED: list[int] = []


def _prepared_work(task: int) -> tuple[int, list[int]]:
    """The task, and what ``prepare`` had done in this worker's process when it ran."""
    return task, list(_PREPARED)


def test_prepare_runs_once_before_the_first_worker_and_each_worker_inherits_it() -> None:
    _PREPARED.clear()
    calls: list[int] = []

    def prepare() -> None:  # (what consolidation does: load what every worker needs)
        calls.append(len(calls))
        _PREPARED.append(42)

    try:
        outcomes = run_isolated(
            _prepared_work, [1, 2, 3, 3, 4], jobs=2, timeout=30, prepare=prepare
        )
    finally:
        _PREPARED.clear()
    assert calls == [0]  # once, however many workers (and none again for a new one)
    assert [o.value for o in outcomes] == [(t, [42]) for t in (1, 2, 3, 3, 4)]


def test_prepare_is_not_called_when_no_task_needs_a_worker() -> None:
    calls: list[str] = []
    assert run_isolated(_work, [], jobs=2, prepare=lambda: calls.append("x")) == []
    assert calls == []


def test_a_worker_replaced_after_a_crash_does_not_prepare_again() -> None:
    calls: list[str] = []
    outcomes = run_isolated(
        _work, [3, 2, 3, 4], jobs=1, timeout=30, prepare=lambda: calls.append("x")
    )
    assert [o.ok for o in outcomes] == [False, True, False, True]
    assert calls == ["x"]
