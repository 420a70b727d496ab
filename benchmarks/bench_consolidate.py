"""Benchmark `pmo consolidate` against the obvious pandas script, side by side.

Generates N standard project workbooks (about 150 RAID items and 36 finance months each,
built with the template builder; cached under /tmp/pmo-bench), then for each size reads
every file of its folder once (so every size's runs find their files in the page cache
alike; the seconds it took are printed) and times:

- `pmo consolidate` with an empty cache (every file parsed) and a new snapshot store
  (`portfolio-history.sqlite` beside the roll-up, on by default: the run records its
  snapshot, draws Changes and Trends, and the Prioritisation sheet's frontier),
- `pmo consolidate` again with nothing changed (the cache: no file parsed; the store
  replaces the snapshot of the same as-of date),
- with `--history`, the EPMO's usual Monday: the same workbooks consolidated as of
  2026-11-23 into a new store first (not timed), then cold again as of 2026-11-30 into
  that store (timed: the previous snapshot read, Changes worked out against it),
- `benchmarks/obvious_script.py` (pandas read_excel/openpyxl per sheet, concat, to_excel),

and prints seconds, the ratio, ms per workbook, the CPU seconds and the peak RSS of the whole
process tree (workers included; RSS sampled every 50 ms from /proc). On a shared machine
the CPU ratio is the steadier of the two: wall time depends on what else is running.

Before timing, the ``addin`` package the command runs (the one ``PYTHONPATH`` gives) is
byte-compiled into its ``__pycache__``, as installing the product does (pip compiles every
module at install), so each run loads bytecode as a user's does. A checkout run with
``PYTHONDONTWRITEBYTECODE=1`` and no ``__pycache__`` compiles about 150 modules from source
in every process that imports them, on every run: about 0.2 CPU s of the process tree,
0.1 s of it before the first worker (benchmarks/README.md, round 13b); the obvious
script's libraries are compiled once, when installed. ``--from-source`` removes the
package's ``__pycache__`` instead (that checkout's condition, rounds 1 to 12).

    .venv/bin/python benchmarks/bench_consolidate.py               # 30, 100, 300, 1000
    .venv/bin/python benchmarks/bench_consolidate.py --sizes 30,100 --no-obvious
    .venv/bin/python benchmarks/bench_consolidate.py --sizes 300 --history   # + a store with history
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

ROOT = Path(os.environ.get("PMO_BENCH_DIR", "/tmp/pmo-bench"))
POOL = ROOT / "pool"
AS_OF = "2026-11-30"
#: The week before: the snapshot already in the store of ``--history``'s run.
PREVIOUS_AS_OF = "2026-11-23"
PYTHON = sys.executable
PMO = [PYTHON, "-c", "import sys; from addin.cli import main; sys.exit(main())"]


#: Dependencies pair up across this many projects (project i needs one from i+1), whatever
#: the sizes asked: the pool only grows, and a larger run never rebuilds the smaller one.
PAIRED_ACROSS = 5000


def _build(i: int) -> None:
    from consolidate_inputs import make_project, project_id

    from addin.standards import default_standards
    from addin.templates import build_project_workbook

    path = POOL / f"{project_id(i)}.xlsx"
    if not path.exists():
        tmp = POOL / f".{path.name}.part.xlsx"
        build_project_workbook(tmp, default_standards(), make_project(i, PAIRED_ACROSS))
        os.replace(tmp, path)


def ensure_pool(n: int) -> None:
    """The first n workbooks in the pool (built once, kept for later runs)."""
    POOL.mkdir(parents=True, exist_ok=True)
    marker = POOL / "paired.txt"
    if marker.exists() and int(marker.read_text()) != PAIRED_ACROSS:
        shutil.rmtree(POOL)
        POOL.mkdir(parents=True)
    marker.write_text(str(PAIRED_ACROSS))
    missing = [i for i in range(1, n + 1) if not (POOL / f"PRJ-{i:04d}.xlsx").exists()]
    if missing:
        print(f"generating {len(missing)} workbooks in {POOL} ...", flush=True)
        started = time.perf_counter()
        with mp.get_context("fork").Pool(os.cpu_count() or 2) as pool:
            pool.map(_build, missing, chunksize=4)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)


def folder_of(n: int) -> Path:
    """A folder with the first n pool workbooks (hard links: no copies, regular files)."""
    folder = ROOT / f"n{n}" / "portfolio"
    if folder.exists():
        shutil.rmtree(folder.parent)
    folder.mkdir(parents=True)
    for i in range(1, n + 1):
        os.link(POOL / f"PRJ-{i:04d}.xlsx", folder / f"PRJ-{i:04d}.xlsx")
    return folder


def read_once(folder: Path) -> float:
    """Read every file of ``folder`` once (seconds taken): each size's timed runs then find
    its workbooks in the page cache alike, as the obvious script always did (it runs
    after `pmo consolidate`). Without it the first run of a size reads from disk whatever
    no smaller size read before it (files 2,001-5,000 at 5,000: round 8d of
    benchmarks/README.md), and sizes are not compared alike."""
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        with path.open("rb") as handle:
            while handle.read(1 << 20):
                pass
    return time.perf_counter() - started


def _children(pid: int) -> list[int] | None:
    """pid's child processes from /proc/PID/task/*/children (None where the kernel lacks it)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found += [int(child) for child in handle.read().split()]
        except FileNotFoundError:
            return None
        except OSError:
            continue
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


PAGE = os.sysconf("SC_PAGE_SIZE")


def _tree_rss(root_pid: int) -> int:
    """Resident bytes of root_pid and all its descendants (workers included)."""
    total = _walk_rss(root_pid, _children)
    return _tree_rss_scan(root_pid) if total is None else total


def _tree_rss_scan(root_pid: int) -> int:
    """:func:`_tree_rss` from a scan of every process (kernels without task children)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
    total = _walk_rss(
        root_pid, lambda pid: [child for child, parent in parents.items() if parent == pid]
    )
    assert total is not None  # (a scan always knows the children)
    return total


def _walk_rss(root_pid: int, children_of: Callable[[int], list[int] | None]) -> int | None:
    """Resident bytes of root_pid and each descendant ``children_of`` names, each counted
    once; None as soon as ``children_of`` cannot tell (the caller then scans instead)."""
    total, todo, seen = 0, [root_pid], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += _rss(pid)
        children = children_of(pid)
        if children is None:
            return None
        todo.extend(children)
    return total


def children_cpu() -> float:
    """CPU seconds (user + system) of every child process waited for so far (their own
    waited-for children included: a run's workers count)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Measured:
    seconds: float  # wall clock
    cpu: float  # CPU seconds of the whole process tree
    peak_rss: int  # bytes, the whole process tree, sampled every 50 ms
    stdout: str


def measure(cmd: list[str]) -> Measured:
    """Run cmd; its wall time, CPU time and peak RSS (process tree), and its stdout."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return Measured(seconds, children_cpu() - cpu_before, peak[0], out)


def _cold(folder: Path, new_store: bool) -> None:
    """Empty the cache (every file is parsed); with ``new_store``, remove the store too."""
    shutil.rmtree(folder.parent / ".pmo-cache", ignore_errors=True)
    for tail in ("", "-journal", "-wal", "-shm") if new_store else ():
        (folder.parent / f"portfolio-history.sqlite{tail}").unlink(missing_ok=True)


def bytecode(compiled: bool) -> str:
    """The ``addin`` package the command imports (asked as :data:`PMO` runs it: from
    this folder, with this environment) byte-compiled, or its bytecode removed."""
    import compileall

    where = [PYTHON, "-c", "import addin; print(addin.__file__)"]
    package = Path(subprocess.run(where, capture_output=True, text=True, check=True).stdout.strip())
    package = package.parent
    caches = list(package.rglob("__pycache__"))
    for cache in caches:
        shutil.rmtree(cache)
    if not compiled:
        return f"{package}: run from source ({len(caches)} __pycache__ folders removed)"
    # (py_compile writes the bytecode whatever PYTHONDONTWRITEBYTECODE says)
    if not compileall.compile_dir(package, quiet=1):
        raise SystemExit(f"{package}: a module did not compile")
    modules = sum(1 for _ in package.rglob("__pycache__/*.pyc"))
    return f"{package}: {modules} modules byte-compiled, as an install does"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,100,300,1000")
    parser.add_argument("--no-obvious", action="store_true", help="skip the pandas script")
    parser.add_argument("--obvious-max", type=int, default=1000, help="largest size to run it on")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--only-obvious", action="store_true", help="time only the pandas script")
    parser.add_argument(
        "--history",
        action="store_true",
        help="also time a cold run into a store that holds the previous week's snapshot",
    )
    parser.add_argument(
        "--from-source",
        action="store_true",
        help="remove the package's bytecode first (every run compiles it, as a checkout "
        "under PYTHONDONTWRITEBYTECODE=1 does) instead of byte-compiling it",
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    ensure_pool(max(sizes))
    print(bytecode(compiled=not args.from_source), flush=True)
    load = os.getloadavg()[0]
    rows: list[Row] = []
    for n in sizes:
        folder = folder_of(n)
        print(f"{n}: its files read once in {read_once(folder):.2f} s (page cache)", flush=True)
        out = folder.parent / "portfolio-rollup.xlsx"
        cmd = [*PMO, "consolidate", str(folder), "--out", str(out), "--as-of", AS_OF, "--json"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        _cold(folder, new_store=True)
        row = Row(n)
        if not args.only_obvious:
            row.cold = measure(cmd)
            report = json.loads(row.cold.stdout)
            assert report["projects"] == n, report["projects"]
            row.warm = measure(cmd)
            assert json.loads(row.warm.stdout)["parsed"] == 0, "the re-run parsed files"
        if args.history and not args.only_obvious:
            _cold(folder, new_store=True)
            measure([*cmd[: cmd.index(AS_OF)], PREVIOUS_AS_OF, *cmd[cmd.index(AS_OF) + 1 :]])
            _cold(folder, new_store=False)  # the store keeps the week before
            row.history = measure(cmd)
            report = json.loads(row.history.stdout)
            assert report["store"]["compared_with"] == PREVIOUS_AS_OF, report["store"]
        if not args.no_obvious and n <= args.obvious_max:
            script = [PYTHON, str(REPO / "benchmarks" / "obvious_script.py"), str(folder)]
            row.obvious = measure([*script, str(folder.parent / "obvious.xlsx")])
        rows.append(row)
        print(row.line(), flush=True)
    print()
    print(
        f"load average before: {load:.1f}, after: {os.getloadavg()[0]:.1f} "
        f"({os.cpu_count()} CPUs; CPU s = user + system of the process tree)"
    )
    print(
        "| workbooks | pmo consolidate s (cold) | CPU s | ms/workbook | peak RSS MB "
        "| re-run (cache) s | obvious script s | obvious CPU s | obvious RSS MB | speed-up "
        "| CPU ratio | cold, store with history s | its CPU s | its peak RSS MB | its speed-up |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(row.line())


@dataclass
class Row:
    n: int
    cold: Measured | None = None
    warm: Measured | None = None
    obvious: Measured | None = None
    history: Measured | None = None  # cold, into a store holding the week before

    def line(self) -> str:
        cold, warm, obvious, history = self.cold, self.warm, self.obvious, self.history

        def num(m: Measured | None, attr: str, fmt: str) -> str:
            return format(getattr(m, attr), fmt) if m else "-"

        ratio = f"{obvious.seconds / cold.seconds:.1f}x" if obvious and cold else "-"
        cpu_ratio = f"{obvious.cpu / cold.cpu:.1f}x" if obvious and cold and cold.cpu else "-"
        per = f"{cold.seconds / self.n * 1000:.1f}" if cold else "-"
        cold_rss = f"{cold.peak_rss / 1e6:.0f}" if cold else "-"
        obv_rss = f"{obvious.peak_rss / 1e6:.0f}" if obvious else "-"
        return (
            f"| {self.n} | {num(cold, 'seconds', '.2f')} | {num(cold, 'cpu', '.2f')} | {per} "
            f"| {cold_rss} | {num(warm, 'seconds', '.2f')} | {num(obvious, 'seconds', '.1f')} "
            f"| {num(obvious, 'cpu', '.1f')} | {obv_rss} | {ratio} | {cpu_ratio} "
            f"| {num(history, 'seconds', '.2f')} | {num(history, 'cpu', '.2f')} "
            f"| {f'{history.peak_rss / 1e6:.0f}' if history else '-'} "
            f"| {f'{obvious.seconds / history.seconds:.1f}x' if obvious and history else '-'} |"
        )


if __name__ == "__main__":
    main()
