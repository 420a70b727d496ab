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
    prepare: Callable[[], None] | None = None,
) -> list[TaskOutcome[R]]:
    """``func(task)`` for every task in ``jobs`` crash-isolated worker processes.

    Returns one outcome per task, in task order. A task whose worker crashes, exceeds
    ``timeout`` seconds, or raises, gets ``failure`` set; every other task still runs.
    ``tasks`` may be a generator: it is drawn from while the workers are busy (a few
    tasks ahead), so preparing the next tasks overlaps with running the first.
    ``func`` must be a module-level function (or a partial of one) where fork is not used
    (Windows, macOS: ``spawn``); ``start_method`` forces one (tests). ``prepare`` is
    called once, in this process, just before the first worker starts (never when no
    task is drawn): what it loads, a forked worker inherits instead of loading it again.
    """
    batch = _Batch(func, tasks, max(1, jobs), timeout, memory_limit, on_outcome, start_method)
    batch.prepare = prepare
    try:
        while batch.step():
            pass
    finally:
        batch.close()
    return batch.outcomes()


class _Batch(Generic[T, R]):
    """One :func:`run_isolated` call: the tasks drawn so far, their outcomes, the workers.

    Each :meth:`step` draws tasks, hands them to idle workers, waits for the busy ones
    and records what each answered, or that it crashed or ran out of time."""

    def __init__(
        self,
        func: Callable[[T], R],
        tasks: Iterable[T],
        jobs: int,
        timeout: float,
        memory_limit: int | None,
        on_outcome: Callable[[TaskOutcome[R]], None] | None,
        start_method: str | None,
    ) -> None:
        self.func = func
        self.source: Iterator[T] = iter(tasks)
        self.jobs = jobs
        self.timeout = timeout
        self.memory_limit = memory_limit
        self.on_outcome = on_outcome
        self.ctx = _context(start_method)
        self.items: list[T] = []  # every task drawn, by index
        self.results: list[TaskOutcome[R] | None] = []  # by task index; None while running
        self.pending: deque[int] = deque()  # drawn, not yet handed to a worker
        self.workers: list[_Worker] = []
        self.exhausted = False  # every task has been drawn
        #: Called once before the first worker starts (then None)
        self.prepare: Callable[[], None] | None = None

    # --- one round -----------------------------------------------------------------

    def step(self) -> bool:
        """Hand out tasks, wait for an answer (or a deadline); False when all are done."""
        if not self.pending:
            self.draw()
        self.start_workers()
        self.hand_out()
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return not (self.exhausted and not self.pending)
        drew_ahead = self.draw_ahead()
        ready = self.wait(busy, drew_ahead)
        now = time.monotonic()
        done: list[TaskOutcome[R]] = []
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                done.append(self.collect(worker))
            elif now >= worker.deadline:
                done.append(self.expire(worker))
        if done:
            # The idle workers get their next task before the caller handles the answers
            # (unpacking one takes about a millisecond): a worker never waits for that.
            if self.pending:
                self.hand_out()
            for outcome in done:
                self.tell(outcome)
        return True

    # --- the steps -----------------------------------------------------------------

    def draw(self) -> bool:
        """Take the next task from the caller's tasks; False when there is none."""
        if self.exhausted:
            return False
        try:
            item = next(self.source)
        except StopIteration:
            self.exhausted = True
            return False
        self.items.append(item)
        self.results.append(None)
        self.pending.append(len(self.items) - 1)
        return True

    def draw_ahead(self) -> bool:
        """Prepare one more task while the workers run, unless enough are waiting."""
        return not self.exhausted and len(self.pending) < self.jobs and self.draw()

    def start_workers(self) -> None:
        """A new worker for waiting tasks while every worker is busy (up to ``jobs``)."""
        while (
            self.pending
            and len(self.workers) < self.jobs
            and all(w.task is not None for w in self.workers)
        ):
            if self.prepare is not None:
                prepare, self.prepare = self.prepare, None
                prepare()
            self.workers.append(_Worker(self.ctx, self.func, self.memory_limit))

    def hand_out(self) -> None:
        """Send a waiting task to every idle worker (a dead idle worker is replaced)."""
        for worker in list(self.workers):
            if worker.task is not None or not (self.pending or self.draw()):
                continue
            if not worker.process.is_alive():
                worker = self.replace(worker)
            index = self.pending.popleft()
            try:
                worker.conn.send((index, self.items[index]))
            except (OSError, ValueError):  # died while idle: replace it, the task waits
                self.pending.appendleft(index)
                self.replace(worker)
                continue
            worker.task = index
            worker.started = time.monotonic()
            worker.deadline = worker.started + self.timeout

    def wait(self, busy: list[_Worker], drew_ahead: bool) -> set[Any]:
        """The pipes and process sentinels that are ready: at once when a task was just
        drawn (hand it out), else until one is ready or the first deadline passes."""
        wait_for = 0.0 if drew_ahead else max(0.0, min(w.deadline for w in busy) - time.monotonic())
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        return set(wait(handles, timeout=wait_for))

    def collect(self, worker: _Worker) -> TaskOutcome[R]:
        """The worker's answer, or, when its pipe closed, how its process ended."""
        current = worker.task
        assert current is not None
        try:
            got_index, (status, payload) = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(5)
            outcome = self.finish(
                worker, TaskOutcome(current, failure=describe_exit(worker.process.exitcode))
            )
            self.replace(worker)
            return outcome
        if status == "ok":
            return self.finish(worker, TaskOutcome(got_index, value=payload))
        return self.finish(worker, TaskOutcome(got_index, failure=f"the reader failed: {payload}"))

    def expire(self, worker: _Worker) -> TaskOutcome[R]:
        """The worker ran past its deadline: its task fails, the worker is replaced."""
        assert worker.task is not None
        why = f"reading it took longer than {self.timeout:g} s and was stopped"
        outcome = self.finish(worker, TaskOutcome(worker.task, failure=why))
        self.replace(worker)
        return outcome

    def finish(self, worker: _Worker, outcome: TaskOutcome[R]) -> TaskOutcome[R]:
        outcome.seconds = time.monotonic() - worker.started
        self.results[outcome.index] = outcome
        worker.task = None
        return outcome

    def tell(self, outcome: TaskOutcome[R]) -> None:
        """The caller's ``on_outcome`` for a task done."""
        if self.on_outcome is not None:
            self.on_outcome(outcome)

    def replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        fresh = _Worker(self.ctx, self.func, self.memory_limit)
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def close(self) -> None:
        """Stop every worker: idle ones asked to leave, busy ones (an error) killed."""
        for worker in self.workers:
            if worker.task is not None:
                worker.kill()
            else:
                worker.stop()

    def outcomes(self) -> list[TaskOutcome[R]]:
        return [
            o if o is not None else TaskOutcome(i, failure="not run")
            for i, o in enumerate(self.results)
        ]


def default_jobs() -> int:
    """Worker processes to use: the CPU count (at least 1)."""
    return max(1, os.cpu_count() or 1)
