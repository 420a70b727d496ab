"""Benchmark the portfolio store (SPEC 12), ratios side by side.

1. A cold consolidation of N projects (no parse cache) with the store against the same
   run with --no-store, alternated; the target: the store adds at most 15 %.
2. The store's size per snapshot (SQLite file bytes / snapshots).
3. `pmo history diff --json` between two snapshots of 1,000 projects (rows of the N-project
   snapshot replicated under new project ids, with movement in the second): target < 2 s.
4. 52 weekly snapshots of N projects, then a consolidation (parse cache warm) that
   records the 53rd and builds Changes and Trends, against --no-store: in seconds.

Workbooks come from benchmarks/bench_consolidate.py's generator, in /tmp/pmo-bench-store.

    .venv/bin/python benchmarks/bench_store.py                 # N = 300
    .venv/bin/python benchmarks/bench_store.py --projects 100 --repeat 1 --weeks 12
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_consolidate as bc

bc.ROOT = Path("/tmp/pmo-bench-store")
bc.POOL = bc.ROOT / "pool"
AS_OF = date.fromisoformat(bc.AS_OF)


#: CPU seconds (user + system) of every child run so far: the machines are shared and
#: noisy, so each row reports CPU time beside the wall-clock time.
CPU: list[float] = []


def run(cmd: list[str]) -> tuple[float, dict[str, object]]:
    started, cpu0 = time.perf_counter(), bc.children_cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    CPU.append(bc.children_cpu() - cpu0)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return seconds, json.loads(proc.stdout)


def consolidate(folder: Path, out: Path, day: date, store: Path | None, cold: bool) -> float:
    cmd = [
        *bc.PMO,
        "consolidate",
        str(folder),
        "--out",
        str(out),
        "--as-of",
        day.isoformat(),
        "--json",
    ]
    cmd += ["--store", str(store)] if store else ["--no-store"]
    if cold:
        cmd.append("--no-cache")
    seconds, report = run(cmd)
    if store is not None:
        assert report["store"]["recorded"], report["store"]  # type: ignore[index]
    return seconds


def replicate(store: str, target: str, copies: int, days: list[date], seed: int) -> None:
    """Snapshots in ``target``: the latest snapshot of ``store`` with its projects copied
    ``copies`` times (new ids), once per day in ``days``, with a little movement each time."""
    from addin.store import SnapshotData, Store, read_table
    from addin.store import schema as s

    rng = random.Random(seed)
    frames = {name: read_table(store, name) for name in s.PUBLIC_TABLES if name != "snapshots"}
    latest = frames["projects"]["as_of"].max()
    base: dict[str, tuple[list[str], list[list[object]]]] = {}
    for name, frame in frames.items():
        frame = frame[frame["as_of"] == latest].drop(columns=["snapshot_id", "as_of"])
        frame = frame.astype(object).where(frame.notna(), None)
        base[name] = (list(frame.columns), frame.values.tolist())
    out = Store.open(target)
    rags = ["Green", "Amber", "Red"]
    for day in days:
        data = SnapshotData(day, {"origin": "benchmark", "tool_version": "bench"})
        for name, (columns, rows) in base.items():
            pid_col = columns.index("project_id")
            table_rows = []
            for k in range(copies):
                for row in rows:
                    new = list(row)
                    if new[pid_col]:
                        new[pid_col] = f"{new[pid_col]}-{k}"
                    if name == "projects" and rng.random() < 0.05:
                        new[columns.index("overall_rag")] = rng.choice(rags)
                    if name == "projects" and rng.random() < 0.1:
                        eac = columns.index("eac")
                        new[eac] = float(new[eac] or 0) * rng.uniform(0.95, 1.1)
                    if name == "milestones" and rng.random() < 0.05:
                        col = columns.index("forecast_date")
                        if new[col] is not None:
                            new[col] = new[col] + timedelta(days=rng.choice((7, 14)))
                    if name == "risks" and rng.random() < 0.02:
                        continue  # a deleted row
                    table_rows.append(tuple(new))
            data.tables[name] = (columns, table_rows)
        _ = s  # the schema module names the tables
        out.write_snapshot(data)
    out.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2, help="cold runs of each kind")
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--diff-projects", type=int, default=1000)
    parser.add_argument("--parts", default="cold,diff,weekly", help="which measures to run")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    n = args.projects
    bc.ensure_pool(n)
    folder = bc.folder_of(n)
    work = folder.parent
    results: list[tuple[str, str, str, str]] = []

    # 1. Cold consolidation: store vs --no-store, alternated so noise hits both.
    # The store run has an earlier snapshot (a week before), so it also compares and
    # builds Changes and Trends, as every run after the first does.
    seed = work / "seed.sqlite"
    seed.unlink(missing_ok=True)
    consolidate(folder, work / "seed.xlsx", AS_OF - timedelta(days=7), seed, cold=False)
    if "cold" in parts:
        plain, stored, plain_cpu, stored_cpu = [], [], [], []
        for i in range(args.repeat):
            shutil.rmtree(work / ".pmo-cache", ignore_errors=True)
            plain.append(consolidate(folder, work / "plain.xlsx", AS_OF, None, cold=True))
            plain_cpu.append(CPU[-1])
            store = work / f"cold-{i}.sqlite"
            shutil.copyfile(seed, store)
            stored.append(consolidate(folder, work / "stored.xlsx", AS_OF, store, cold=True))
            stored_cpu.append(CPU[-1])
        a, b = statistics.median(plain), statistics.median(stored)
        ac, bc_ = statistics.median(plain_cpu), statistics.median(stored_cpu)
        results.append(
            (
                f"cold consolidation of {n} projects, wall (median of {args.repeat})",
                f"{a:.2f} s (--no-store)",
                f"{b:.2f} s (store)",
                f"+{(b / a - 1) * 100:.1f} % (target <= 15 %)",
            )
        )
        results.append(
            (
                f"cold consolidation of {n} projects, CPU (all processes)",
                f"{ac:.2f} s (--no-store)",
                f"{bc_:.2f} s (store)",
                f"+{(bc_ / ac - 1) * 100:.1f} %",
            )
        )

    # 2. Size per snapshot.
    store = seed
    size = store.stat().st_size
    results.append(
        (
            f"store size, 1 snapshot of {n} projects",
            "-",
            f"{size / 1e6:.1f} MB",
            f"{size / n / 1e3:.0f} kB per project",
        )
    )

    # 3. history diff between two snapshots of 1,000 projects.
    if "diff" in parts:
        copies = max(1, math.ceil(args.diff_projects / n))
        big = work / "diff.sqlite"
        big.unlink(missing_ok=True)
        started = time.perf_counter()
        replicate(str(store), str(big), copies, [AS_OF - timedelta(days=7), AS_OF], seed=1)
        write_s = time.perf_counter() - started
        diff_s, report = run([*bc.PMO, "history", "diff", "--store", str(big), "--json"])
        diff_cpu = CPU[-1]
        version_s, _ = run([*bc.PMO, "history", "list", "--store", str(big), "--json"])
        counts = report["counts"]  # type: ignore[index]
        results.append(
            (
                f"history diff, 2 snapshots of {n * copies} projects",
                f"{version_s:.2f} s (history list)",
                f"{diff_s:.2f} s ({diff_cpu:.2f} s CPU)",
                f"target < 2 s; {sum(counts.values())} changes",
            )
        )  # type: ignore[union-attr]
        results.append(
            (
                f"write 2 snapshots of {n * copies} projects",
                "-",
                f"{write_s:.1f} s",
                f"{big.stat().st_size / 2 / 1e6:.1f} MB per snapshot",
            )
        )

    # 4. 52 weekly snapshots, then a consolidation that builds Trends over all of them.
    if "weekly" in parts:
        weekly = work / "weekly.sqlite"
        weekly.unlink(missing_ok=True)
        days = [AS_OF - timedelta(days=7 * k) for k in range(args.weeks, 0, -1)]
        started = time.perf_counter()
        replicate(str(store), str(weekly), 1, days, seed=2)
        fill_s = time.perf_counter() - started
        consolidate(folder, work / "warm.xlsx", AS_OF, None, cold=False)  # warm the cache
        plain_w = consolidate(folder, work / "warm.xlsx", AS_OF, None, cold=False)
        plain_w_cpu = CPU[-1]
        stored_w = consolidate(folder, work / "trends.xlsx", AS_OF, weekly, cold=False)
        stored_w_cpu = CPU[-1]
        from addin.store import Store, trends

        s = Store.open(str(weekly))
        started = time.perf_counter()
        t = trends(s)
        trends_s = time.perf_counter() - started
        results.append(
            (
                f"{args.weeks} weekly snapshots of {n} projects",
                f"{fill_s:.1f} s to write",
                f"{weekly.stat().st_size / 1e6:.0f} MB",
                f"{weekly.stat().st_size / args.weeks / 1e6:.1f} MB per snapshot",
            )
        )
        results.append(
            (
                f"consolidation (cache warm) + snapshot {args.weeks + 1}, Changes, Trends",
                f"{plain_w:.2f} s / {plain_w_cpu:.1f} s CPU (--no-store)",
                f"{stored_w:.2f} s / {stored_w_cpu:.1f} s CPU (store)",
                f"+{stored_w - plain_w:.2f} s; trends query {trends_s:.2f} s over {len(t.rows)} rows",
            )
        )

    print("| measure | baseline | with the store | ratio / note |")
    print("|---|---:|---:|---|")
    for row in results:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
