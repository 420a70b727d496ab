"""Run a function over many inputs in worker processes that a crash cannot take down.

Some parsers abort the whole process on hostile input (python-calamine raises SIGABRT on
a zip bomb or a value in XFD1048576), and a ``ProcessPoolExecutor`` then fails every
remaining task. Here each worker is a plain process on a pipe: when one dies (signal,
exit, memory limit) or overruns the per-task timeout, only its current task fails,
the worker is replaced, and the batch goes on.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing as mp
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Address space a worker may add to what it starts with (bytes): a runaway parse fails
#: with MemoryError instead of exhausting the machine.
DEFAULT_MEMORY_LIMIT = 4 * 1024**3


@dataclass
class TaskOutcome(Generic[R]):
    """What became of one task: its value, or why it failed."""

    index: int
    value: R | None = None
    failure: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure is None


def _address_space() -> int:
    """This process's virtual memory size in bytes (0 where /proc is absent)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _limit_memory(headroom: int | None) -> None:
    """Cap the address space at what the (forked) worker has now plus ``headroom``."""
    if not headroom:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    limit = _address_space() + headroom
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _child_main(conn: Connection, func: Callable[[Any], Any], memory_limit: int | None) -> None:
    """A worker's loop: receive (index, task), send back (index, ("ok"|"error", payload))."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()  # a crash is reported by the parent, not dumped on stderr
    _limit_memory(memory_limit)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        try:
            reply: tuple[str, Any] = ("ok", func(task))
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send((index, reply))
        except Exception as exc:  # the value could not be pickled
            conn.send((index, ("error", f"its result could not be passed back ({exc})")))


def _context(start_method: str | None = None) -> Any:
    if start_method:
        return mp.get_context(start_method)
    methods = mp.get_all_start_methods()
    # fork is fastest and inherits the imported modules; elsewhere spawn.
    if sys.platform.startswith("linux") and "fork" in methods:
        return mp.get_context("fork")
    return mp.get_context("spawn")


class _Worker:
    def __init__(self, ctx: Any, func: Callable[[Any], Any], memory_limit: int | None) -> None:
        parent, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_child_main, args=(child, func, memory_limit), daemon=True
        )
        self.process.start()
        child.close()
        self.conn: Connection = parent
        self.task: int | None = None
        self.started = 0.0
        self.deadline = 0.0

    def stop(self, grace: float = 1.0) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(grace)
        with contextlib.suppress(Exception):
            self.conn.close()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()


def describe_exit(exitcode: int | None) -> str:
    """``-6`` -> "the reader process crashed (signal SIGABRT)"."""
    if exitcode is None:
        return "the reader process stopped responding"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the reader process crashed ({name}) while parsing it"
    return f"the reader process exited (code {exitcode}) while parsing it"


def run_isolated(
    func: Callable[[T], R],
    tasks: Iterable[T],
    *,
    jobs: int = 2,
    timeout: float = 120.0,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    on_outcome: Callable[[TaskOutcome[R]], None] | None = None,
    start_method: str | None = None,
) -> list[TaskOutcome[R]]:
    """``func(task)`` for every task in ``jobs`` crash-isolated worker processes.

    Returns one outcome per task, in task order. A task whose worker crashes, exceeds
    ``timeout`` seconds, or raises, gets ``failure`` set; every other task still runs.
    ``tasks`` may be a generator: it is drawn from while the workers are busy (a few
    tasks ahead), so preparing the next tasks overlaps with running the first.
    ``func`` must be a module-level function (or a partial of one) where fork is not used
    (Windows, macOS: ``spawn``); ``start_method`` forces one (tests).
    """
    ctx = _context(start_method)
    source: Iterator[T] = iter(tasks)
    items: list[T] = []
    outcomes: list[TaskOutcome[R] | None] = []
    pending: deque[int] = deque()
    workers: list[_Worker] = []
    exhausted = False
    jobs = max(1, jobs)

    def pull() -> bool:
        """Take the next task from ``tasks``; False when there is none."""
        nonlocal exhausted
        if exhausted:
            return False
        try:
            item = next(source)
        except StopIteration:
            exhausted = True
            return False
        items.append(item)
        outcomes.append(None)
        pending.append(len(items) - 1)
        return True

    def finish(worker: _Worker, outcome: TaskOutcome[R]) -> None:
        outcome.seconds = time.monotonic() - worker.started
        outcomes[outcome.index] = outcome
        worker.task = None
        if on_outcome is not None:
            on_outcome(outcome)

    def replace(worker: _Worker) -> _Worker:
        worker.kill()
        fresh = _Worker(ctx, func, memory_limit)
        workers[workers.index(worker)] = fresh
        return fresh

    try:
        while True:
            if not pending:
                pull()
            while pending and len(workers) < jobs and all(w.task is not None for w in workers):
                workers.append(_Worker(ctx, func, memory_limit))
            for worker in list(workers):
                if worker.task is None and (pending or pull()):
                    if not worker.process.is_alive():
                        worker = replace(worker)
                    index = pending.popleft()
                    try:
                        worker.conn.send((index, items[index]))
                    except (OSError, ValueError):  # died while idle: replace and retry
                        pending.appendleft(index)
                        replace(worker)
                        continue
                    worker.task = index
                    worker.started = time.monotonic()
                    worker.deadline = worker.started + timeout
            busy = [w for w in workers if w.task is not None]
            if not busy:
                if exhausted and not pending:
                    break
                continue
            # Prepare the next tasks while the workers run, unless enough are waiting.
            ahead = not exhausted and len(pending) < jobs and pull()
            now = time.monotonic()
            wait_for = 0.0 if ahead else max(0.0, min(w.deadline for w in busy) - now)
            handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(wait(handles, timeout=wait_for))
            now = time.monotonic()
            for worker in busy:
                current = worker.task
                assert current is not None
                if worker.conn in ready or worker.process.sentinel in ready:
                    try:
                        got_index, (status, payload) = worker.conn.recv()
                    except (EOFError, OSError):
                        worker.process.join(5)
                        finish(
                            worker,
                            TaskOutcome(current, failure=describe_exit(worker.process.exitcode)),
                        )
                        replace(worker)
                        continue
                    if status == "ok":
                        finish(worker, TaskOutcome(got_index, value=payload))
                    else:
                        finish(
                            worker, TaskOutcome(got_index, failure=f"the reader failed: {payload}")
                        )
                elif now >= worker.deadline:
                    finish(
                        worker,
                        TaskOutcome(
                            current,
                            failure=f"reading it took longer than {timeout:g} s and was stopped",
                        ),
                    )
                    replace(worker)
    finally:
        for worker in workers:
            if worker.task is not None:
                worker.kill()
            else:
                worker.stop()
    return [
        o if o is not None else TaskOutcome(i, failure="not run") for i, o in enumerate(outcomes)
    ]


def default_jobs() -> int:
    """Worker processes to use: the CPU count (at least 1)."""
    return max(1, os.cpu_count() or 1)
