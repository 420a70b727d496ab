"""Benchmark `pmo consolidate` against the obvious pandas script, side by side.

Generates N standard project workbooks (about 150 RAID items and 36 finance months each,
built with the template builder; cached under /tmp/pmo-bench), then for each size times:

- `pmo consolidate` with an empty cache (every file parsed),
- `pmo consolidate` again with nothing changed (the cache: no file parsed),
- `benchmarks/obvious_script.py` (pandas read_excel/openpyxl per sheet, concat, to_excel),

and prints seconds, the ratio, ms per workbook and the peak RSS of the whole process tree
(workers included, sampled every 50 ms from /proc).

    .venv/bin/python benchmarks/bench_consolidate.py               # 30, 100, 300, 1000
    .venv/bin/python benchmarks/bench_consolidate.py --sizes 30,100 --no-obvious
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

ROOT = Path(os.environ.get("PMO_BENCH_DIR", "/tmp/pmo-bench"))
POOL = ROOT / "pool"
AS_OF = "2026-11-30"
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


def _tree_rss(root_pid: int) -> int:
    """Resident bytes of root_pid and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    total, todo = 0, [root_pid]
    seen = set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        total += rss.get(pid, 0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def measure(cmd: list[str]) -> tuple[float, int, str]:
    """(seconds, peak RSS of the process tree in bytes, stdout)."""
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
    return seconds, peak[0], out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,100,300,1000")
    parser.add_argument("--no-obvious", action="store_true", help="skip the pandas script")
    parser.add_argument("--obvious-max", type=int, default=1000, help="largest size to run it on")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--only-obvious", action="store_true", help="time only the pandas script")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    ensure_pool(max(sizes))
    rows = []
    for n in sizes:
        folder = folder_of(n)
        out = folder.parent / "portfolio-rollup.xlsx"
        cmd = [*PMO, "consolidate", str(folder), "--out", str(out), "--as-of", AS_OF, "--json"]
        if args.jobs:
            cmd += ["--jobs", str(args.jobs)]
        shutil.rmtree(folder.parent / ".pmo-cache", ignore_errors=True)
        cold = cold_rss = warm = warm_rss = 0.0
        if not args.only_obvious:
            cold, cold_rss, stdout = measure(cmd)
            report = json.loads(stdout)
            assert report["projects"] == n, report["projects"]
            warm, warm_rss, stdout = measure(cmd)
            assert json.loads(stdout)["parsed"] == 0, "the re-run parsed files"
        obvious = obvious_rss = None
        if not args.no_obvious and n <= args.obvious_max:
            script = [PYTHON, str(REPO / "benchmarks" / "obvious_script.py"), str(folder)]
            obvious, obvious_rss, _ = measure([*script, str(folder.parent / "obvious.xlsx")])
        rows.append((n, cold, cold_rss, warm, warm_rss, obvious, obvious_rss))
        print(_line(rows[-1]), flush=True)
    print()
    print(
        "| workbooks | pmo consolidate s | ms/workbook | peak RSS MB | re-run (cache) s "
        "| obvious script s | obvious RSS MB | speed-up |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(_line(row))


def _line(row: tuple[Any, ...]) -> str:
    n, cold, cold_rss, warm, _warm_rss, obvious, obvious_rss = row
    ratio = f"{obvious / cold:.1f}x" if obvious and cold else "-"
    obv = f"{obvious:.1f}" if obvious else "-"
    obv_rss = f"{obvious_rss / 1e6:.0f}" if obvious_rss else "-"
    return (
        f"| {n} | {cold:.2f} | {cold / n * 1000:.1f} | {cold_rss / 1e6:.0f} | {warm:.2f} "
        f"| {obv} | {obv_rss} | {ratio} |"
    )


if __name__ == "__main__":
    main()
