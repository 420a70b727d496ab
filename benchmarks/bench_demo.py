"""How long `pmo demo` takes: generating the portfolio (one and two writer processes) and
consolidating it. Run: .venv/bin/python benchmarks/bench_demo.py [PROJECTS]

The numbers go in docs/demo.md; the machine is noisy, so note the load average with them.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from addin.consolidate import consolidate_folder
from addin.demo import generate_portfolio
from addin.demo.generate import plan_portfolio
from addin.standards import default_standards

AS_OF = date(2026, 11, 26)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes included)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    projects = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    standards = default_standards()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs, {projects} projects")
    started = time.perf_counter()
    plan_portfolio(standards, AS_OF, projects, 2026)
    print(f"plan in memory:         {time.perf_counter() - started:6.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for jobs in (1, 2):
            folder = Path(tmp) / f"jobs{jobs}" / "portfolio"
            started, cpu = time.perf_counter(), cpu_seconds()
            generate_portfolio(folder, standards, AS_OF, projects=projects, jobs=jobs)
            print(
                f"generate, {jobs} writer(s):  {time.perf_counter() - started:6.2f} s wall, "
                f"{cpu_seconds() - cpu:6.2f} s CPU"
            )
        started, cpu = time.perf_counter(), cpu_seconds()
        result = consolidate_folder(
            folder, folder.parent / "rollup.xlsx", standards, AS_OF, use_cache=False
        )
        print(
            f"consolidate:            {time.perf_counter() - started:6.2f} s wall, "
            f"{cpu_seconds() - cpu:6.2f} s CPU "
            f"({result.projects} projects, {result.rejected} rejected, {result.skipped} skipped)"
        )


if __name__ == "__main__":
    main()
