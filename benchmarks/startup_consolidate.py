"""Start-up and the main process of one real cold consolidation (round 5c of README.md).

Three measurements, each in CPU seconds (wall times mean little on a shared machine):

- ``first-worker``: runs the real ``pmo consolidate FOLDER`` and stops it when the pool
  would fork its first worker: CPU seconds and wall seconds since the interpreter started,
  and the number of modules loaded by then.
- ``main``: one cold ``consolidate_folder`` (cache on and empty, a new store, as the
  benchmark's cold run): when the first worker was forked, and the main process's CPU
  while the workers run (from the pool's start to its end, and the part of it spent in
  the cyclic garbage collector's passes) beside the workers' own.
- ``screen``: discovery and screening of every file in one process, CPU, the least of 5.
- ``command``: the real ``pmo consolidate FOLDER`` (cache on and empty, a new store, or
  the options given after the folder, e.g. ``--no-cache --store COPY --as-of DAY``): when
  the first worker was forked (wall and CPU s since exec), the main process's CPU while
  the workers run, and the CPU of the child that looked at the files ahead (round 11c).

    .venv/bin/python benchmarks/startup_consolidate.py first-worker|main|screen|command [FOLDER] [OPTIONS]

FOLDER defaults to the 300-workbook folder of the benchmark (built when missing). To
compare with another commit, run it with ``PYTHONPATH`` pointing at an export of it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _since_exec() -> float:
    """Wall seconds since this process started (from /proc, 10 ms resolution)."""
    with open("/proc/self/stat", encoding="ascii") as handle:
        ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as handle:
        uptime = float(handle.read().split()[0])
    return uptime - ticks / os.sysconf("SC_CLK_TCK")


def first_worker(folder: Path) -> None:
    import addin.consolidate.isolation as isolation

    def stop(self: Any, *args: Any, **kwargs: Any) -> None:
        print(
            f"first worker: {_cpu():.3f} CPU s, {_since_exec():.2f} s since exec, "
            f"{len(sys.modules)} modules loaded (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        os._exit(0)

    isolation._Worker.__init__ = stop  # type: ignore[method-assign]
    from addin.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        main(["consolidate", str(folder), "--out", f"{tmp}/r.xlsx", "--as-of", "2026-11-30"])


def main_process(folder: Path) -> None:
    import addin.consolidate.engine as engine
    import addin.consolidate.isolation as isolation
    from addin.consolidate.history_step import StoreRequest
    from addin.standards import default_standards

    marks: dict[str, float] = {}
    make_worker = isolation._Worker.__init__

    def worker(self: Any, *args: Any, **kwargs: Any) -> None:
        marks.setdefault("first", time.perf_counter())
        make_worker(self, *args, **kwargs)

    run_pool = engine.run_isolated
    collecting: list[float] = []  # CPU at the start of the cyclic GC's current pass

    def gc_pass(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting.append(_cpu())
        elif collecting and "start" in marks and "end" not in marks:
            marks["gc"] = marks.get("gc", 0.0) + _cpu() - collecting.pop()
            marks["passes"] = marks.get("passes", 0) + 1
        else:
            collecting.clear()

    def pool(*args: Any, **kwargs: Any) -> Any:
        marks["start"], cpu = time.perf_counter(), _cpu()
        try:
            return run_pool(*args, **kwargs)
        finally:
            marks["end"], marks["main"] = time.perf_counter(), _cpu() - cpu
            marks["workers"] = _cpu(resource.RUSAGE_CHILDREN)  # (joined by now)

    gc.callbacks.append(gc_pass)

    isolation._Worker.__init__ = worker  # type: ignore[method-assign]
    engine.run_isolated = pool
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        engine.consolidate_folder(
            folder,
            Path(tmp) / "portfolio-rollup.xlsx",
            default_standards(),
            date(2026, 11, 30),
            store=StoreRequest(),
        )
        total = time.perf_counter() - started
    print(
        f"first worker {marks['first'] - started:.3f} s after the start; workers "
        f"{marks['end'] - marks['start']:.2f} s: main process {marks['main']:.2f} CPU s "
        f"(cyclic GC {marks.get('gc', 0.0):.3f} s in {marks.get('passes', 0)} passes), "
        f"workers {marks['workers']:.2f} CPU s; whole {total:.2f} s "
        f"(load {os.getloadavg()[0]:.1f})"
    )


def screen(folder: Path) -> None:
    import addin.consolidate.engine as engine
    from addin.standards import default_standards

    best, count = float("inf"), 0
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(5):
            shutil.rmtree(Path(tmp) / ".pmo-cache", ignore_errors=True)
            run = engine._Run.start(
                folder.resolve(),
                Path(tmp) / "r.xlsx",
                default_standards(),
                date(2026, 11, 30),
                True,
            )
            cpu = time.process_time()
            candidates = run.list_files()
            count = sum(run.screen(candidate) for candidate in candidates)
            best = min(best, time.process_time() - cpu)
    print(f"screening {count} files: {best * 1000:.0f} ms CPU (the least of 5)")


def command(folder: Path, options: list[str]) -> None:
    # (the engine is not imported here: the command imports it, after its child starts)
    import addin.consolidate.isolation as isolation

    try:
        import addin.consolidate.prescreen as prescreen
    except ImportError:  # (a commit before round 11c)
        prescreen = None  # type: ignore[assignment]

    marks: dict[str, float] = {}
    make_worker = isolation._Worker.__init__

    def worker(self: Any, *args: Any, **kwargs: Any) -> None:
        if "first" not in marks:
            marks["first"], marks["first_cpu"] = _since_exec(), _cpu()
        make_worker(self, *args, **kwargs)

    run_pool = isolation.run_isolated

    def pool(*args: Any, **kwargs: Any) -> Any:
        marks["start"], cpu = time.perf_counter(), _cpu()
        try:
            return run_pool(*args, **kwargs)
        finally:
            marks["end"], marks["main"] = time.perf_counter(), _cpu() - cpu

    isolation._Worker.__init__ = worker  # type: ignore[method-assign]
    isolation.run_isolated = pool  # (the engine takes it when the command imports it)
    engine = sys.modules.get("addin.consolidate.engine")  # (imported already before 11c)
    if engine is not None:
        engine.run_isolated = pool  # type: ignore[attr-defined]
    with tempfile.TemporaryDirectory() as tmp:
        told = Path(tmp) / "child"  # what the child tells of itself
        looked_ahead = getattr(prescreen, "_child_main", None)

        def child_main(*args: Any) -> None:
            assert looked_ahead is not None
            looked_ahead(*args)
            told.write_text(f"{_cpu():.3f} {_since_exec():.3f}", encoding="ascii")

        if looked_ahead is not None:
            prescreen._child_main = child_main
        from addin.cli import main as pmo

        args = ["consolidate", str(folder), "--out", f"{tmp}/r.xlsx", "--json"]
        if "--as-of" not in options:
            args += ["--as-of", "2026-11-30"]
        with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
            pmo([*args, *options])
        whole = _since_exec()
        said = told.read_text(encoding="ascii").split() if told.exists() else []
    child = f"{said[0]} CPU s, done {said[1]} s after exec" if said else "none"
    print(
        f"first worker {marks['first']:.2f} s after exec ({marks['first_cpu']:.2f} CPU s); "
        f"workers {marks['end'] - marks['start']:.2f} s: main process {marks['main']:.2f} "
        f"CPU s; the child that looked ahead: {child}; whole {whole:.2f} s, "
        f"{_cpu() + _cpu(resource.RUSAGE_CHILDREN):.2f} CPU s (load {os.getloadavg()[0]:.1f})"
    )


def main() -> None:
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "command":
        command(Path(sys.argv[2]), sys.argv[3:])
        return
    steps = {"first-worker": first_worker, "main": main_process, "screen": screen}
    if what not in steps:
        raise SystemExit(__doc__)
    if len(sys.argv) > 2:
        folder = Path(sys.argv[2])
    else:
        import bench_consolidate

        bench_consolidate.ensure_pool(300)
        folder = bench_consolidate.folder_of(300)
    steps[what](folder)


if __name__ == "__main__":
    main()
