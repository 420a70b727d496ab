"""Where a cold `pmo consolidate` spends its time: cProfile, phase by phase, in one process.

Runs the phases of a consolidation one after the other over a benchmark portfolio (the
folder `bench_consolidate.py` builds), each under cProfile, in this one process (no
workers, so every call is seen), and prints a table: seconds per phase, share of the
whole, and each phase's costliest functions (own time). What the parse phase hands back
is pickled as a worker would, to show what crosses the process boundary.

    .venv/bin/python benchmarks/profile_consolidate.py [FOLDER] [--top 8] [--seconds]

With --seconds each phase is timed without cProfile: its real cost, no function table
(and the roll-up's last data sheets are written by a child process, as in a real run).
FOLDER defaults to the 300-workbook folder of the benchmark (built when missing).
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

T = TypeVar("T")
#: False with --seconds: each phase timed without cProfile (its real cost, no functions).
PROFILE = True


def _phase(
    name: str, func: Callable[[], T], rows: list[tuple[str, float, list[str]]], top: int
) -> T:
    if not PROFILE:
        started = time.perf_counter()
        value = func()
        seconds = time.perf_counter() - started
        rows.append((name, seconds, []))
        print(f"{name}: {seconds:.2f} s", flush=True)
        return value
    profiler = cProfile.Profile()
    started = time.perf_counter()
    value = profiler.runcall(func)
    seconds = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    table: Any = stats.stats  # type: ignore[attr-defined]
    own = sorted(table.items(), key=lambda item: -item[1][2])[:top]
    hot = [
        f"{Path(file).name}:{line} {func_name} {tt:.2f}s ({calls:,} calls)"
        for (file, line, func_name), (_cc, calls, tt, _ct, _callers) in own
    ]
    rows.append((name, seconds, hot))
    print(f"{name}: {seconds:.2f} s", flush=True)
    return value


def _prioritise(projects: list[Any]) -> Any:
    """What the roll-up's Prioritisation sheet computes (a consolidation computes it in a
    child process beside the store step; here in this one, to be seen)."""
    from addin.rollup.prioritisation_rollup import prioritise_for_rollup
    from addin.standards import default_standards

    return prioritise_for_rollup(projects, default_standards())


def main() -> None:
    from addin.consolidate.cache import file_sha256
    from addin.consolidate.discovery import discover
    from addin.consolidate.engine import is_rollup_file
    from addin.consolidate.history_step import StoreRequest, record_history
    from addin.consolidate.parse import ParseTask, parse_workbook
    from addin.files.sniff import sniff
    from addin.rollup import (
        LoadEntry,
        ProjectInput,
        RollupInputs,
        RunInfo,
        build_rollup,
        stream_cells,
        write_rollup,
    )
    from addin.standards import default_standards

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument(
        "--seconds", action="store_true", help="time each phase without cProfile (no functions)"
    )
    args = parser.parse_args()
    global PROFILE
    PROFILE = not args.seconds
    folder = args.folder
    if folder is None:
        import bench_consolidate

        bench_consolidate.ensure_pool(300)
        folder = bench_consolidate.folder_of(300)
    standards = default_standards()
    as_of = date(2026, 11, 30)
    rows: list[tuple[str, float, list[str]]] = []

    found = _phase("discovery", lambda: discover(folder), rows, args.top)
    paths = [f.path for f in found if not f.skip_reason]
    _phase("sniff", lambda: [sniff(p) for p in paths], rows, args.top)
    _phase("hash (SHA-256)", lambda: [file_sha256(p) for p in paths], rows, args.top)
    _phase("roll-up marker", lambda: [is_rollup_file(p) for p in paths], rows, args.top)
    outcomes = _phase(
        "parse + rules + payload (workers)",
        lambda: [parse_workbook(ParseTask(str(p), standards, as_of)) for p in paths],
        rows,
        args.top,
    )
    blobs = _phase(
        "pickle results (worker -> main)",
        lambda: [pickle.dumps(o, pickle.HIGHEST_PROTOCOL) for o in outcomes],
        rows,
        args.top,
    )
    _phase("unpickle results (main)", lambda: [pickle.loads(b) for b in blobs], rows, args.top)
    size = sum(len(b) for b in blobs)
    projects = [
        ProjectInput(p.name, o.payload) for p, o in zip(paths, outcomes, strict=True) if o.payload
    ]
    projects.sort(key=lambda p: (p.project_id.casefold(), p.source))
    findings = [f for o in outcomes for f in o.findings]
    files = [LoadEntry(p.name, "loaded", used=True) for p in paths]
    run = RunInfo("bench", "default", "1", "0" * 64, as_of, folder.name, datetime(2026, 11, 30, 12))
    inputs = RollupInputs(projects, findings, files, run)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rollup.xlsx"
        history, error = _phase(
            "store: snapshot + diff (new SQLite store)",
            lambda: record_history(StoreRequest(), out, inputs, standards),
            rows,
            args.top,
        )
        assert error is None, error
        inputs.history = history
        rollup = _phase("roll-up build", lambda: build_rollup(inputs, standards), rows, args.top)
        computed = _phase(
            "prioritisation (frontier)", lambda: _prioritise(projects), rows, args.top
        )
        inputs.prioritisation = lambda: computed  # as a consolidation hands it to the writer
        if PROFILE:  # every sheet rendered in this process, to be seen (no child)
            stream_cells.SHARE_MIN_CELLS = sys.maxsize
        _phase("roll-up write", lambda: write_rollup(rollup, out, standards), rows, args.top)

    total = sum(seconds for _, seconds, _ in rows)
    print()
    print(f"{len(paths)} workbooks, {folder}; results pickled: {size / 1e6:.1f} MB")
    print()
    how = "one process, profiled" if PROFILE else "unprofiled; the write's child sheets in a child"
    print(f"| phase | s ({how}) | share | costliest functions (own time) |")
    print("|---|---:|---:|---|")
    for name, seconds, hot in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / total:.0%} | {'<br>'.join(hot[:4])} |")
    print(f"| **total** | {total:.2f} | | |")
    print()
    for name, _seconds, hot in rows:
        print(f"## {name}")
        for line in hot:
            print(f"  {line}")


if __name__ == "__main__":
    main()
