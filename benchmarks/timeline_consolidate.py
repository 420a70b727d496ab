"""When each step of one real cold consolidation starts and ends: the main process's timeline.

`profile_consolidate.py` runs every phase in one process to see the functions; this runs
`consolidate_folder` as `pmo consolidate` does (workers, side processes, a new store, an
empty cache) and prints, for the main process, when each step started and ended (seconds
since the start) and the CPU seconds of the main process and of its children. The part
after the workers is the serial tail that round 4b of benchmarks/README.md works on.

    .venv/bin/python benchmarks/timeline_consolidate.py [FOLDER] [--no-cache] [--store FILE]

FOLDER defaults to the 300-workbook folder of the benchmark (built when missing).
"""

from __future__ import annotations

import argparse
import functools
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
MARKS: list[tuple[str, float, float, float]] = []  # label, from, to, main CPU s
WORKERS_CPU: list[float] = [0.0, 0.0]  # _cpu() when the last worker ended


def _cpu() -> tuple[float, float]:
    """CPU seconds so far: (this process, its children that have ended)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


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
            MARKS.append((label, started, ended, time.process_time() - cpu))
            if label.startswith("workers"):
                WORKERS_CPU[:] = _cpu()

    setattr(owner, name, wrapper)


def main() -> None:
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
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        import bench_consolidate

        bench_consolidate.ensure_pool(300)
        folder = bench_consolidate.folder_of(300)

    _timed(engine, "run_isolated", "workers (screening beside them)")
    _timed(engine._Run, "screen_and_parse", "discovery, screening, workers")
    _timed(engine._Run, "projects", "projects")
    try:  # (an older commit, to compare with, has none)
        from addin.rollup.side_task import SideTask

        _timed(SideTask, "__init__", "fork a side process")
        _timed(SideTask, "result", "wait for a side process")
    except ImportError:
        pass
    # (The store's own modules are not imported here: the store step imports SQLAlchemy
    # in a real run, and that is part of its time.)
    _timed(engine, "record_history", "store: snapshot + Changes/Trends")
    try:  # (round 7a: the snapshot recorded by a child beside the roll-up)
        from addin.consolidate import store_child

        _timed(store_child.StoreBeside, "start", "store: fork the child")
        _timed(store_child.StoreBeside, "expected", "store: Changes/Trends expected")
        _timed(store_child.StoreBeside, "final", "store: wait for the child's answer")
        _timed(store_child, "record_history", "store: snapshot + Changes/Trends (here)")
    except ImportError:
        pass
    _timed(engine, "build_rollup", "build the roll-up")
    _timed(engine, "write_rollup", "write the roll-up")
    _timed(writer, "write_structure", "XlsxWriter's structure (Prioritisation sheet in it)")
    _timed(writer, "fill_rollup_sheet", "Prioritisation sheet")
    _timed(writer, "inject_cells", "stream the data sheets")

    with tempfile.TemporaryDirectory() as tmp:
        global START
        store = None
        if args.store is not None:  # an earlier snapshot in it: Changes compares with it
            store = str(Path(tmp) / "history.sqlite")
            shutil.copyfile(args.store, store)
        START = time.perf_counter()
        engine.consolidate_folder(
            folder,
            Path(tmp) / "portfolio-rollup.xlsx",
            default_standards(),
            args.as_of,
            use_cache=not args.no_cache,
            store=StoreRequest(store),
        )
        total = time.perf_counter() - START
    workers_end = max(
        (end for label, _, end, _ in MARKS if label.startswith("workers")), default=0.0
    )
    print(f"{folder}: {total:.2f} s")
    print()
    print("| step | from s | to s | seconds | main process CPU s |")
    print("|---|---:|---:|---:|---:|")
    for label, started, ended, cpu in sorted(MARKS, key=lambda mark: mark[1]):
        print(f"| {label} | {started:.2f} | {ended:.2f} | {ended - started:.2f} | {cpu:.2f} |")
    main_cpu, children_cpu = _cpu()
    print()
    print(
        f"after the workers: {total - workers_end:.2f} s; CPU s: main process "
        f"{main_cpu:.2f}, children {children_cpu:.2f}; of which after the workers: main "
        f"{main_cpu - WORKERS_CPU[0]:.2f}, side processes {children_cpu - WORKERS_CPU[1]:.2f}"
    )


if __name__ == "__main__":
    main()
