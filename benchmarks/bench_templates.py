"""How long building project workbooks takes, and LibreOffice's recalculation of them.

    .venv/bin/python benchmarks/bench_templates.py               # build only
    .venv/bin/python benchmarks/bench_templates.py --soffice 8   # + recalculate 8 copies

Build: the empty template, and workbooks with N risks (N/2 dependencies and milestones,
36 months x 3 cost lines), median of several runs. LibreOffice: K workbooks converted
with one soffice lane and with two, wall and CPU seconds.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from addin.libreoffice import recalculate, soffice_available
from addin.models import Dependency, FinanceLine, Milestone, ProjectData, ProjectHeader, Risk
from addin.standards import default_standards
from addin.templates import build_project_workbook


def project(n: int) -> ProjectData:
    start = date(2025, 1, 1)
    return ProjectData(
        header=ProjectHeader(project_id="PRJ-B", report_date=date(2026, 6, 30)),
        risks=[
            Risk(id=f"R-{i:03d}", title=f"Risk {i}", probability=i % 5 + 1, impact=i % 3 + 2)
            for i in range(n)
        ],
        dependencies=[
            Dependency(
                id=f"D-{i:03d}",
                need_by=start + timedelta(days=i),
                committed_date=start + timedelta(days=i % 20),
            )
            for i in range(n // 2)
        ],
        milestones=[
            Milestone(
                id=f"M-{i:03d}",
                baseline_date=start + timedelta(days=7 * i),
                forecast_date=start + timedelta(days=7 * i + i % 9),
            )
            for i in range(n // 2)
        ],
        finance=[
            FinanceLine(
                month=date(2024 + m // 12, m % 12 + 1, 1),
                cost_line=line,
                budget=1000.0,
                actual=990.0,
                forecast=1010.0,
            )
            for m in range(36)
            for line in ("Team", "Licences", "Hardware")
        ],
    )


def time_build(folder: Path, data: ProjectData | None, runs: int) -> float:
    standards = default_standards()
    times = []
    for run in range(runs):
        started = time.perf_counter()
        build_project_workbook(folder / f"b{run}.xlsx", standards, data)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", type=int, default=[40, 500, 2000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--soffice", type=int, default=0, metavar="K")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        print(f"empty template: {time_build(folder, None, args.runs):.3f} s")
        for n in args.rows:
            print(f"{n} risks: {time_build(folder, project(n), args.runs):.3f} s")
        if args.soffice and soffice_available():
            sources = [
                build_project_workbook(
                    folder / "in" / f"p{i}.xlsx", default_standards(), project(40)
                )
                for i in range(args.soffice)
            ]
            for workers in (1, 2):
                cpu, started = cpu_of_children(), time.perf_counter()
                recalculate(
                    sources,
                    folder / f"out{workers}",
                    chunk_size=max(1, args.soffice // 2),
                    workers=workers,
                )
                print(
                    f"LibreOffice, {args.soffice} workbooks, {workers} lane(s): "
                    f"{time.perf_counter() - started:.1f} s wall, {cpu_of_children() - cpu:.1f} s CPU"
                )


if __name__ == "__main__":
    main()
