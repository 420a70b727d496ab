"""One step of a consolidation computed in a forked child process while this process goes
on with the next ones: after the workers, the main process works alone while the second
core idles, so a self-contained step (the Prioritisation sheet's ranking, optimal selection
and frontier) runs beside the store step instead of after it.

The child is forked (it inherits everything read so far, nothing is pickled on the way
in); only its result, small, comes back by pipe. Where fork is not available (Windows,
macOS), or the child fails in any way (an exception, a crash, a result that cannot be
passed back), the step is computed again in this process when its result is asked for:
it then fails, if it fails, exactly as it would without a child, with the same messages.
So a side task must be a pure computation: no side effects, the same result wherever it
runs. A big process (over :data:`MAX_PARENT_RESIDENT`) computes its side steps itself.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import multiprocessing as mp
import os
import signal
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar

R = TypeVar("R")

_OK = "ok"


#: A child is forked only while this process's resident memory is below this (bytes).
#: A forked child shares the parent's pages, but its resident size counts them all, and
#: so does the process tree's (issue 16 bounds it at 1.5 GB for 5,000 projects): a big
#: parent (about 900 MB at 5,000) computes its side steps itself, as before.
MAX_PARENT_RESIDENT = 512 * 1024**2


def resident_bytes() -> int:
    """This process's resident memory in bytes (0 where /proc is absent)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def fork_context() -> Any:
    """The fork context where the platform has it (Linux), else None (compute in place)."""
    if sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods():
        return mp.get_context("fork")
    return None


def stop_child(conn: Connection | None, process: BaseProcess | None, grace: float) -> None:
    """Close a side process's pipe, give it ``grace`` seconds to end, then kill it."""
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()
    if process is not None:
        process.join(grace)
        if process.is_alive():
            process.kill()
            process.join(5)


def _child_main(conn: Connection, func: Callable[[], Any]) -> None:
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()  # a crash here costs time, not the step: no dump on stderr
    # Everything inherited stays where it is: no collection walks (and so copies) the
    # parent's pages.
    gc.freeze()
    try:
        reply: tuple[str, Any] = (_OK, func())
    except BaseException as exc:  # the parent computes it again and fails as it would
        reply = ("failed", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(reply)
    except Exception as exc:  # the value could not be pickled
        with contextlib.suppress(Exception):
            conn.send(("failed", f"its result could not be passed back ({exc})"))
    finally:
        conn.close()


class SideTask(Generic[R]):
    """``func()`` started in a forked child at once; :meth:`result` waits for its value.

    Use it as a context manager: a child whose result was never asked for (the run
    failed before) is stopped on the way out.
    """

    def __init__(self, func: Callable[[], R], name: str) -> None:
        self._func = func
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        #: Why the child's result was not used (None: it was, or there was no child).
        self.fallback: str | None = None
        ctx = fork_context()
        if ctx is None:
            return
        if (resident := resident_bytes()) > MAX_PARENT_RESIDENT:
            self.fallback = f"not forked: this process holds {resident / 1024**2:,.0f} MB"
            return
        # Output still buffered here would be written a second time by the child at exit.
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        receive, send = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_child_main, args=(send, func), name=name, daemon=True)
        try:
            process.start()
        except OSError as exc:  # no memory or processes left to fork: compute it here
            self.fallback = f"could not start ({exc})"
            receive.close()
            send.close()
            return
        send.close()
        self._conn, self._process = receive, process

    @property
    def forked(self) -> bool:
        return self._process is not None

    def result(self) -> R:
        """The child's value; computed here when there is no child or it failed."""
        if self._conn is not None:
            try:
                status, value = self._conn.recv()
            except Exception as exc:  # the child died, or its value cannot be unpickled
                status, value = "failed", f"no result ({type(exc).__name__}: {exc})"
            finally:
                self.close()
            if status == _OK:
                return value
            self.fallback = str(value)
        return self._func()

    def close(self) -> None:
        """Stop the child (if it still runs) and release the pipe."""
        stop_child(self._conn, self._process, 0.5)
        self._conn = self._process = None

    def __enter__(self) -> SideTask[R]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
