"""Benchmark the capacity view (SPEC section 14): what it adds to a consolidation.

Builds N project workbooks (default 1,000; ~30 RAID items, 24 finance months and 24
months x 10 resource rows each: 240,000 demand rows in all, a fifth with no person named)
and a capacity workbook of P people (default 2,000) x 24 months plus pooled rows, cached
under /tmp/pmo-bench-capacity. Then, side by side and alternating, it times:

- the consolidation of the folder without the capacity workbook (demand by role only),
- the same folder consolidated with ``--capacity`` (the full view, CAP-001..003),

and prints the seconds, the ratio (target: under 1.20) and, in process, the capacity
computation alone over the same rows (dictionary passes: linear in the rows).

    .venv/bin/python benchmarks/bench_capacity.py                    # 1,000 x 2,000
    .venv/bin/python benchmarks/bench_capacity.py --projects 200 --people 400 --repeat 1
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

ROOT = Path("/tmp/pmo-bench-capacity")
AS_OF = date(2026, 11, 30)
FIRST_MONTH = date(2025, 6, 1)
ROLES = ("Architect", "Business Analyst", "Developer", "Project Manager", "Tester",
         "Data Engineer", "Change Manager", "Test Lead")  # fmt: skip


def _month(n: int) -> date:
    y, m = divmod(FIRST_MONTH.month - 1 + n, 12)
    return date(FIRST_MONTH.year + y, m + 1, 1)


def _person(k: int) -> str:
    return f"Person {k:05d}"


def _build(args: tuple[int, int, int, Path]) -> None:
    from consolidate_inputs import make_project, project_id

    from addin.models import ResourceLine
    from addin.standards import default_standards
    from addin.templates import build_project_workbook

    i, n, people, folder = args
    path = folder / f"{project_id(i)}.xlsx"
    if path.exists():
        return
    rnd = random.Random(i)
    data = make_project(i, n, raid=30, months=24)
    team = [rnd.randrange(people) for _ in range(8)]
    for month in range(24):
        for row in range(10):
            named = row < 8
            data.resources.append(
                ResourceLine(
                    role=ROLES[row % len(ROLES)],
                    person=_person(team[row]) if named else None,
                    month=_month(month),
                    planned_days=float(rnd.choice((2, 3, 4, 5, 6, 8))),
                )
            )
    tmp = folder / f".{path.name}.part.xlsx"
    build_project_workbook(tmp, default_standards(), data)
    os.replace(tmp, path)


def ensure_inputs(n: int, people: int) -> tuple[Path, Path]:
    base = ROOT / f"n{n}-p{people}"
    folder, capacity = base / "portfolio", base / "capacity.xlsx"
    folder.mkdir(parents=True, exist_ok=True)
    missing = [i for i in range(1, n + 1) if not (folder / f"PRJ-{i:04d}.xlsx").exists()]
    if missing:
        print(f"generating {len(missing)} project workbooks in {folder} ...", flush=True)
        started = time.perf_counter()
        with mp.get_context("fork").Pool(os.cpu_count() or 2) as pool:
            pool.map(_build, [(i, n, people, folder) for i in missing], chunksize=8)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    if not capacity.exists():
        from addin.capacity.model import CapacityLine
        from addin.capacity.template import build_capacity_workbook
        from addin.standards import default_standards

        lines = [
            CapacityLine(
                person=_person(k),
                role=ROLES[k % len(ROLES)],
                team="Delivery",
                month=_month(m),
                available_days=float(12 + k % 7),
            )
            for k in range(people)
            for m in range(24)
        ]
        lines += [
            CapacityLine(role=role, team="Pool", month=_month(m), available_days=400.0)
            for role in ROLES
            for m in range(24)
        ]
        build_capacity_workbook(capacity, default_standards(), lines)
    return folder, capacity


def _consolidate(folder: Path, out: Path, capacity: Path | None) -> tuple[float, dict]:
    from addin.consolidate import consolidate_folder
    from addin.standards import default_standards

    started = time.perf_counter()
    result = consolidate_folder(
        folder, out, default_standards(), AS_OF, use_cache=False, capacity=capacity, jobs=2
    )
    seconds = time.perf_counter() - started
    return seconds, result.capacity or {}


def _compute_alone(folder: Path, capacity: Path) -> tuple[float, int]:
    """The capacity computation by itself, on the rows the roll-up holds."""
    from addin.capacity.book import build_book
    from addin.capacity.compute import DemandSource, compute_capacity
    from addin.capacity.reader import read_capacity_file
    from addin.reading.project_reader import read_project_file
    from addin.standards import default_standards

    standards = default_standards()
    sources = []
    for path in sorted(folder.glob("*.xlsx")):
        project = read_project_file(path, standards).project
        rows = [(r.role, r.person, r.month, r.planned_days, None) for r in project.resources]
        sources.append(DemandSource(project.header.project_id or "", path.name, rows))
    book = build_book("capacity.xlsx", read_capacity_file(capacity, standards).lines)
    started = time.perf_counter()
    compute_capacity(sources, book, 85, 100)
    return time.perf_counter() - started, sum(len(s.rows) for s in sources)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=1000)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    folder, capacity = ensure_inputs(args.projects, args.people)
    out = folder.parent / "rollup.xlsx"
    without: list[float] = []
    with_capacity: list[float] = []
    view: dict = {}
    for round_ in range(args.repeat):
        seconds, _ = _consolidate(folder, out, None)
        without.append(seconds)
        seconds, view = _consolidate(folder, out, capacity)
        with_capacity.append(seconds)
        print(f"round {round_ + 1}: without {without[-1]:.1f} s, with {with_capacity[-1]:.1f} s")
    best_without, best_with = min(without), min(with_capacity)
    alone, rows = _compute_alone(folder, capacity)
    print(
        f"\n{args.projects} projects, {rows:,} demand rows, capacity of {args.people:,} people x 24 "
        f"months ({len(view.get('over_allocated', [])):,} person-months over-allocated, "
        f"{len(view.get('unknown_people', [])):,} unknown people)"
    )
    print(f"consolidation without capacity (best of {args.repeat}): {best_without:8.1f} s")
    print(f"consolidation with --capacity  (best of {args.repeat}): {best_with:8.1f} s")
    ratio = best_with / best_without
    print(
        f"ratio with / without: {ratio:.3f}  (target under 1.20: {'met' if ratio < 1.2 else 'NOT met'})"
    )
    print(f"capacity computation alone: {alone:.2f} s for {rows:,} rows")


if __name__ == "__main__":
    main()
