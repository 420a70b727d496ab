"""When each step of one real cold consolidation starts and ends: the main process's timeline.

`profile_consolidate.py` runs every phase in one process to see the functions; this runs
`consolidate_folder` as `pmo consolidate` does (workers, side processes, a new store, an
empty cache) and prints, for the main process, when each step started and ended (seconds
since the start) and the CPU seconds of the main process and of its children. The part
after the workers is the serial tail that round 4b of benchmarks/README.md works on.

    .venv/bin/python benchmarks/timeline_consolidate.py [FOLDER] [--no-cache] [--store FILE]
        [--look-ahead FOLDER]

FOLDER defaults to the 300-workbook folder of the benchmark (built when missing).
``--look-ahead FOLDER`` (the same folder) forks the child that looks at the files ahead
before this script's imports, as the command does (round 11c); without it screening
looks in the main process, as `consolidate_folder` called alone does.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

START = time.perf_counter()
MARKS: list[tuple[str, float, float, float, float]] = []  # label, from, to, main CPU s, MB
WORKERS_CPU: list[float] = [0.0, 0.0]  # _cpu() when the last worker ended
#: The cyclic GC in the main process: passes and seconds per generation.
GC_PASSES = [0, 0, 0]
GC_SECONDS = [0.0, 0.0, 0.0]
_GC_STARTED = [0.0]
FORKS: list[str] = []  # each side process: forked, or why not
FULL_PASSES: list[str] = []  # when each full pass of the GC ran (seconds since the start)
AGAIN: list[str] = []  # sheets rendered once the package's structure was known


def _gc_watch(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _GC_STARTED[0] = time.perf_counter()
    else:
        GC_PASSES[info["generation"]] += 1
        GC_SECONDS[info["generation"]] += time.perf_counter() - _GC_STARTED[0]
        if info["generation"] == 2:
            FULL_PASSES.append(f"{_GC_STARTED[0] - START:.2f}-{time.perf_counter() - START:.2f} s")


def _resident_mb() -> float:
    """This process's resident memory now, in MB (0 where /proc is absent)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError):
        return 0.0


def _cpu() -> tuple[float, float]:
    """CPU seconds so far: (this process, its children that have ended)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def _log_children_cpu(log: Path) -> None:
    """Each forked child (``multiprocessing`` ends it with ``os._exit``) appends its name,
    its own CPU seconds and when it ended to ``log``."""
    import multiprocessing

    real_exit = os._exit

    def logged_exit(code: int) -> None:
        try:
            times = os.times()
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(
                    f"{multiprocessing.current_process().name}\t"
                    f"{times.user + times.system}\t{time.perf_counter() - START}\n"
                )
        finally:
            real_exit(code)

    os._exit = logged_exit  # type: ignore[assignment]


def _log_store_child(log: Path, store_child: Any) -> None:
    """The store child forked early appends to ``log`` when the run's inputs reached it and
    when it had answered (its own CPU seconds then, and the time): its work after the
    hand-over is the end of the run's path (round 13a). With $PMO_TIMELINE_PROFILE set to a
    file, that work is profiled (cProfile) into it."""
    import multiprocessing

    if not hasattr(store_child, "receive_asked"):  # (before round 9a: no early child)
        return
    received, recorded = store_child.receive_asked, store_child._child_main
    profile_to = os.environ.get("PMO_TIMELINE_PROFILE")

    def mark(what: str) -> None:
        times = os.times()
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(
                f"{multiprocessing.current_process().name}: {what}\t"
                f"{times.user + times.system}\t{time.perf_counter() - START}\n"
            )

    def receive(*args: Any, **kwargs: Any) -> Any:
        got = received(*args, **kwargs)
        mark("inputs received")
        return got

    def child_main(*args: Any, **kwargs: Any) -> None:
        profiler = None
        if profile_to:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        try:
            recorded(*args, **kwargs)
        finally:
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(profile_to)
            mark("answered")

    store_child.receive_asked, store_child._child_main = receive, child_main


def _timed(owner: Any, name: str, label: str) -> None:
    """Replace ``owner.name`` by a wrapper that records when each call starts and ends."""
    func: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started, cpu = time.perf_counter() - START, time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            ended = time.perf_counter() - START
            cpu = time.process_time() - cpu
            MARKS.append((label, started, ended, cpu, _resident_mb()))
            if label.startswith("workers"):
                WORKERS_CPU[:] = _cpu()

    setattr(owner, name, wrapper)


def _look_ahead() -> Any:
    """With ``--look-ahead FOLDER``: the child that looks at the files ahead, forked before
    this script's imports as `pmo consolidate` forks it before its own (round 11c); None
    without it, or for a commit that has none."""
    if "--look-ahead" not in sys.argv:
        return None
    folder = Path(sys.argv[sys.argv.index("--look-ahead") + 1])
    try:
        from addin.consolidate.prescreen import Prescreen
    except ImportError:
        return None
    out = folder.resolve().parent / "portfolio-rollup.xlsx"  # (outside the folder)
    return Prescreen.start(folder, out, hash_first="--no-cache" not in sys.argv)


def main() -> None:
    ahead = _look_ahead()
    import addin.consolidate.engine as engine
    import addin.rollup.writer as writer
    from addin.consolidate.history_step import StoreRequest
    from addin.standards import default_standards

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--no-cache", action="store_true", help="as `pmo consolidate --no-cache`")
    parser.add_argument(
        "--store",
        type=Path,
        help="a copy of this SQLite store is recorded into (default: a new one)",
    )
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 30))
    parser.add_argument(
        "--look-ahead",
        type=Path,
        metavar="FOLDER",
        help="FOLDER again: its files looked at ahead by a child forked before this "
        "script's imports, as `pmo consolidate` does (round 11c of benchmarks/README.md)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        help="write the roll-up, the cache and the store into this folder (kept: a second "
        "run without --no-cache takes every file from the cache and times the tail alone)",
    )
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        import bench_consolidate

        bench_consolidate.ensure_pool(300)
        folder = bench_consolidate.folder_of(300)

    _timed(engine, "run_isolated", "workers (screening beside them)")
    _timed(engine._Run, "screen_and_parse", "discovery, screening, workers")
    _timed(engine._Run, "projects", "projects")
    _timed(engine._Run, "flag_dependencies", "dependencies across projects")
    _timed(engine, "choose_capacity", "capacity: choose")
    _timed(engine._Run, "settle_statuses", "statuses and scores")
    _timed(engine, "compute_view", "capacity: the view")
    try:  # (an older commit, to compare with, has none)
        from addin.rollup.side_task import SideTask

        _timed(SideTask, "__init__", "fork a side process")
        _timed(SideTask, "result", "wait for a side process")
        started_side = SideTask.__init__

        def side_said(self: Any, func: Any, name: str) -> None:
            started_side(self, func, name)
            FORKS.append(f"{name}: {self.fallback or 'forked'}")

        SideTask.__init__ = side_said  # type: ignore[method-assign]
    except ImportError:
        pass
    # (The store's own modules are not imported here: the store step imports SQLAlchemy
    # in a real run, and that is part of its time.)
    _timed(engine, "record_history", "store: snapshot + Changes/Trends")
    try:  # (round 7a: the snapshot recorded by a child beside the roll-up)
        from addin.consolidate import store_child

        _timed(store_child.StoreBeside, "start", "store: fork the child")
        forked_store = store_child.StoreBeside.start

        def store_said(*args: Any) -> Any:
            beside = forked_store(*args)
            FORKS.append(f"store: {'forked' if beside is not None else 'not forked (here)'}")
            return beside

        store_child.StoreBeside.start = store_said  # type: ignore[method-assign]
        if hasattr(store_child.StoreBeside, "fork_early"):  # (round 9a: before the workers)
            _timed(store_child.StoreBeside, "fork_early", "store: fork the child early")
            forked_early = store_child.StoreBeside.fork_early

            def early_said(*args: Any) -> Any:
                beside = forked_early(*args)
                FORKS.append(f"store (early): {'forked' if beside is not None else 'not forked'}")
                return beside

            store_child.StoreBeside.fork_early = early_said  # type: ignore[method-assign]
            _timed(store_child.StoreBeside, "hand", "store: hand the child the inputs")
        _timed(store_child.StoreBeside, "expected", "store: Changes/Trends expected")
        _timed(store_child.StoreBeside, "final", "store: wait for the child's answer")
        _timed(store_child, "record_history", "store: snapshot + Changes/Trends (here)")
    except ImportError:
        pass
    _timed(engine, "build_rollup", "build the roll-up")
    _timed(engine, "write_rollup", "write the roll-up")
    _timed(writer, "write_structure", "XlsxWriter's structure (Prioritisation sheet in it)")
    _timed(writer, "fill_rollup_sheet", "Prioritisation sheet")
    import addin.rollup.prioritisation_sheet as prioritisation_sheet

    _timed(prioritisation_sheet, "write_prioritisation", "Prioritisation sheet: its cells")
    _timed(writer, "inject_cells", "stream the data sheets")
    if hasattr(writer, "write_rollup_later"):  # (round 10a: Changes and Trends last)
        import addin.rollup.stream_cells as stream_cells

        _timed(engine, "write_rollup_later", "write the roll-up, Changes/Trends last")
        _timed(writer, "inject_cells_later", "data sheets' rows, then the package")
        _timed(stream_cells, "_render_aside", "render the data sheets' rows ahead")
        _timed(engine._Run, "answered", "store: wait for the child's answer (Changes/Trends)")
        _timed(stream_cells, "_join", "the package put together")
        rendered_again = stream_cells._write_sheet

        def again(zout: Any, info: Any, xml: bytes, sheet: Any, date_style: int) -> None:
            AGAIN.append(sheet.name)
            rendered_again(zout, info, xml, sheet, date_style)

        stream_cells._write_sheet = again  # type: ignore[assignment]

    side_log = Path(tempfile.mkstemp(prefix="pmo-side-cpu-")[1])
    _log_children_cpu(side_log)
    with contextlib.suppress(ImportError):
        from addin.consolidate import store_child as early_store

        _log_store_child(side_log, early_store)
    with tempfile.TemporaryDirectory() as scratch:
        global START
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        store = None
        if args.store is not None:  # an earlier snapshot in it: Changes compares with it
            store = str(Path(tmp) / "history.sqlite")
            shutil.copyfile(args.store, store)
        gc.callbacks.append(_gc_watch)
        START = time.perf_counter()
        given = {"prescreen": ahead} if ahead is not None else {}
        try:
            engine.consolidate_folder(
                folder,
                Path(tmp) / "portfolio-rollup.xlsx",
                default_standards(),
                args.as_of,
                use_cache=not args.no_cache,
                store=StoreRequest(store),
                **given,
            )
        finally:
            if ahead is not None:
                ahead.close()
        total = time.perf_counter() - START
    gc.callbacks.remove(_gc_watch)
    workers_end = max(
        (end for label, _, end, _, _ in MARKS if label.startswith("workers")), default=0.0
    )
    print(f"{folder}: {total:.2f} s")
    print()
    print("| step | from s | to s | seconds | main process CPU s | main RSS MB at its end |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, started, ended, cpu, mb in sorted(MARKS, key=lambda mark: mark[1]):
        print(
            f"| {label} | {started:.2f} | {ended:.2f} | {ended - started:.2f} | {cpu:.2f} "
            f"| {mb:,.0f} |"
        )
    main_cpu, children_cpu = _cpu()
    print()
    print(
        f"after the workers: {total - workers_end:.2f} s; CPU s: main process "
        f"{main_cpu:.2f}, children {children_cpu:.2f}; of which after the workers: main "
        f"{main_cpu - WORKERS_CPU[0]:.2f}, side processes {children_cpu - WORKERS_CPU[1]:.2f}"
    )
    print("side processes: " + "; ".join(FORKS))
    logged = [line.split("\t") for line in side_log.read_text().splitlines()]
    side_log.unlink()
    ended = [line for line in logged if ":" not in line[0]]
    print(
        "each child's own CPU s (ended at s): "
        + "; ".join(f"{name} {float(cpu):.2f} ({float(end):.2f})" for name, cpu, end in ended)
    )
    marks = {name.partition(": ")[2]: (float(cpu), float(at)) for name, cpu, at in logged}
    if "inputs received" in marks and "answered" in marks:
        (cpu_in, at_in), (cpu_out, at_out) = marks["inputs received"], marks["answered"]
        print(
            f"store child: inputs received at {at_in:.2f} s (its CPU {cpu_in:.2f} s), answered "
            f"at {at_out:.2f} s: **{cpu_out - cpu_in:.3f} CPU s after the hand-over**; "
            f"**the workers' end to its answer {at_out - workers_end:.2f} s**"
        )
    print("sheets rendered with the final structure: " + (", ".join(AGAIN) or "none"))
    print(
        "main process's cyclic GC: "
        + ", ".join(
            f"generation {g}: {GC_PASSES[g]} passes, {GC_SECONDS[g]:.2f} s" for g in range(3)
        )
        + f" (full passes at {', '.join(FULL_PASSES) or 'none'})"
    )


if __name__ == "__main__":
    main()
