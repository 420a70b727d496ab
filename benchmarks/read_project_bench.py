"""Measure sniffing and reading a large standard project workbook.

Builds (once) a workbook with 2,000 risks and 48 months x 10 cost lines with the template
builder, then times ``sniff`` and ``read_project_file`` over several runs.

    .venv/bin/python benchmarks/read_project_bench.py [--runs 7] [--keep DIR]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from addin.files.sniff import sniff
from addin.models import FinanceLine, ProjectData, ProjectHeader, Risk
from addin.reading.project_reader import read_project_file
from addin.standards import default_standards
from addin.templates import build_project_workbook


def build(path: Path) -> Path:
    risks = [
        Risk(
            id=f"R-{i:04d}",
            title=f"Risk {i}",
            category="Technical",
            owner="Ann",
            raised_date=date(2026, 1, 5),
            status="Open",
            probability=1 + i % 5,
            impact=1 + (i // 5) % 5,
            response="Mitigate",
            due_date=date(2026, 6, 1),
        )
        for i in range(1, 2001)
    ]
    finance = [
        FinanceLine(
            month=date(2024 + m // 12, m % 12 + 1, 1),
            cost_line=f"Line {line}",
            category="Labour",
            capex_opex="OpEx",
            budget=1000,
            actual=900,
            forecast=950,
        )
        for m in range(48)
        for line in range(10)
    ]
    project = ProjectData(
        header=ProjectHeader(project_id="PRJ-0042", report_date=date(2026, 3, 31)),
        risks=risks,
        finance=finance,
    )
    return build_project_workbook(path, default_standards(), project)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, default=None)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    path = folder / "big-project.xlsx"
    if not path.exists():
        build(path)
    standards = default_standards()
    sniffs, reads = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        sniff(path)
        sniffs.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = read_project_file(path, standards)
        reads.append(time.perf_counter() - start)
    print(f"file: {path} ({path.stat().st_size / 1e6:.1f} MB)")
    print(f"risks {len(result.project.risks)}, finance rows {len(result.project.finance)}")
    print(f"sniff: median {statistics.median(sniffs) * 1000:.1f} ms")
    print(
        f"read_project_file: median {statistics.median(reads):.3f} s, "
        f"min {min(reads):.3f} s, max {max(reads):.3f} s over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
