"""What status reports, the pack and the feedback cost, side by side with what they build
on: a file's report against `pmo check` of the same file, the pack and the feedback
against the consolidation that wrote their roll-up. Reports ratios (CPU seconds, so the
noisy shared machine matters less) and the PDF's wall time and pages.

Run: .venv/bin/python benchmarks/bench_report.py [PROJECTS] [--pdf]
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from addin.check import check_file
from addin.consolidate import consolidate_folder
from addin.demo import generate_portfolio
from addin.report import read_rollup, report_for_file
from addin.report.document import write_pack, write_reports
from addin.report.feedback import write_feedback
from addin.report.pdf import pdf_page_count, soffice_available, to_pdf
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


def cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(label: str, work: object) -> tuple[float, float, object]:
    wall, c = time.perf_counter(), cpu()
    value = work()  # type: ignore[operator]
    wall, c = time.perf_counter() - wall, cpu() - c
    print(f"  {label:<44} {wall:7.2f} s wall {c:7.2f} s CPU")
    return wall, c, value


def main() -> None:
    projects = int(next((a for a in sys.argv[1:] if a.isdigit()), "30"))
    pdf = "--pdf" in sys.argv
    st = default_standards()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} CPUs, {projects} projects")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "portfolio"
        generate_portfolio(folder, st, AS_OF, projects=projects, legacy=False, hostile=False)
        files = sorted(folder.rglob("*.xlsx"))
        print("per-file (every project workbook):")
        _, check_cpu, _ = timed(
            "baseline: check_file", lambda: [check_file(f, st, AS_OF) for f in files]
        )
        _, read_cpu, reports = timed(
            "report_for_file (read, check, roll-up rows)",
            lambda: [report_for_file(f, st, AS_OF).report for f in files],
        )
        _, write_cpu, _ = timed(
            "write one status workbook each",
            lambda: [
                write_reports(root / "pages" / f"{i}.xlsx", [r], st)
                for i, r in enumerate(reports)  # type: ignore[arg-type]
                if r is not None
            ],
        )
        print(f"  ratio report (read + write) / check: {(read_cpu + write_cpu) / check_cpu:.2f}")
        print("portfolio:")
        rollup = root / "rollup.xlsx"
        _, cons_cpu, _ = timed(
            "baseline: consolidate_folder (jobs=1)",
            lambda: consolidate_folder(folder, rollup, st, AS_OF, jobs=1, use_cache=False),
        )
        _, r_cpu, content = timed("read_rollup (calamine)", lambda: read_rollup(rollup, st))
        _, p_cpu, _ = timed(
            "write_pack",
            lambda: write_pack(root / "pack.xlsx", content, st),  # type: ignore[arg-type]
        )
        _, f_cpu, _ = timed(
            "write_feedback",
            lambda: write_feedback(content, root / "fb", st),  # type: ignore[arg-type]
        )
        print(
            f"  ratio (read + pack + feedback) / consolidate: {(r_cpu + p_cpu + f_cpu) / cons_cpu:.2f}"
        )
        if pdf and soffice_available():
            wall, _, made = timed(
                "LibreOffice: the pack to PDF", lambda: to_pdf([root / "pack.xlsx"], root / "pdf")
            )
            pages = pdf_page_count(next(iter(made.values())))  # type: ignore[attr-defined]
            print(
                f"  PDF pages {pages} ({len(content.reports)} projects + 1), {wall / pages:.2f} s per page"
            )  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
