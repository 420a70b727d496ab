"""How long `check_file` takes on a project workbook, and how it grows with rows.

Generates standard project workbooks (template builder) with N risks (and N/4 each of
assumptions, issues, dependencies, N/10 milestones) plus 48 months x 6 cost lines of
finance, then times ``check_file`` (read + every rule) as the median of several runs.

    .venv/bin/python benchmarks/bench_check.py            # 500 / 2,000 / 8,000 risks
    .venv/bin/python benchmarks/bench_check.py 2000 --runs 9

Target (issue 3): under 1 s at 2,000 risks, growing linearly.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from addin.check import check_file
from addin.models import (
    Assumption,
    Dependency,
    FinanceLine,
    Issue,
    Milestone,
    ProjectData,
    ProjectHeader,
    Risk,
)
from addin.standards import Standards, default_standards

AS_OF = date(2026, 11, 30)
COST_LINES = ("Labour", "Contractors", "Hardware", "Software", "Services", "Travel")


def _day(rng: random.Random, start: date, span: int) -> date:
    return start + timedelta(days=rng.randrange(span))


def make_project(risks: int, standards: Standards, seed: int = 1) -> ProjectData:
    """A realistic project: mostly clean rows, a few percent with typical defects."""
    rng = random.Random(seed)
    lists = standards.lists
    start = date(2023, 1, 1)  # 48 finance months: 2023-01 .. 2026-12
    header = ProjectHeader(
        project_id="PRJ-0900",
        project_name="Benchmark",
        portfolio="Digital",
        sponsor="Dana Sponsor",
        project_manager="Pat Manager",
        delivery_method="Hybrid",
        stage="Delivery",
        start_date=start,
        planned_end_date=date(2026, 12, 31),
        report_date=date(2026, 11, 27),
        overall_rag="Amber",
        cost_rag="Green",
        currency="GBP",
    )

    def owner() -> str:
        return "TBC" if rng.random() < 0.02 else f"Person {rng.randrange(40)}"

    def status(name: str) -> str:
        # four in five items open; the rest closed with the register's first closed status
        item = name.removesuffix("_status")
        open_ = [s for s in lists[name] if not standards.is_closed(item, s)]
        closed = getattr(standards.closed_statuses, item)
        return rng.choice(open_) if rng.random() < 0.8 else closed[0]

    def recent() -> date:
        return AS_OF - timedelta(days=rng.randrange(1, 25 if rng.random() > 0.03 else 90))

    def due() -> date:
        return AS_OF + timedelta(days=rng.randrange(-3, 300))

    def closed_date(item: str, status_: str) -> date | None:
        return recent() if standards.is_closed(item, status_) else None

    project = ProjectData(header=header)
    project.risks = [
        Risk(
            id=f"R-{n:04d}",
            title=f"Risk {n}",
            category=rng.choice(lists["risk_category"]),
            owner=owner(),
            raised_date=_day(rng, start, 1000),
            status=(risk_status := status("risk_status")),
            closed_date=closed_date("risk", risk_status),
            probability=rng.randint(1, 5) if rng.random() > 0.01 else 7,
            impact=rng.randint(1, 5),
            response="Mitigate" if rng.random() > 0.05 else None,
            response_type=rng.choice(lists["response_type"]),
            residual_probability=rng.randint(1, 3),
            residual_impact=rng.randint(1, 3),
            due_date=due(),
            last_updated=recent(),
            linked_ids=f"I-{rng.randrange(1, risks // 4 + 1):04d}" if rng.random() < 0.1 else None,
        )
        for n in range(1, risks + 1)
    ]
    quarter = max(risks // 4, 1)
    project.assumptions = [
        Assumption(
            id=f"A-{n:04d}",
            assumption=f"Assumption {n}",
            owner=owner(),
            raised_date=_day(rng, start, 1000),
            status=(a_status := status("assumption_status")),
            closed_date=closed_date("assumption", a_status),
            validate_by=due(),
            last_updated=recent(),
        )
        for n in range(1, quarter + 1)
    ]
    project.issues = [
        Issue(
            id=f"I-{n:04d}",
            title=f"Issue {n}",
            owner=owner(),
            raised_date=_day(rng, start, 1000),
            status=(i_status := status("issue_status")),
            closed_date=closed_date("issue", i_status),
            severity=(severity := rng.randint(1, 5)),
            escalation_level=lists["escalation_level"][1 if severity >= 4 else 0],
            due_date=due(),
            last_updated=recent(),
        )
        for n in range(1, quarter + 1)
    ]
    project.dependencies = [
        Dependency(
            id=f"D-{n:04d}",
            title=f"Dependency {n}",
            direction=rng.choice(lists["dependency_direction"]),
            counterparty_project_id=f"PRJ-{rng.randrange(100, 200):04d}",
            owner=owner(),
            need_by=(need_by := due() + timedelta(days=30)),
            committed_date=need_by - timedelta(days=rng.randrange(-2, 30)),
            status=(d_status := status("dependency_status")),
            closed_date=closed_date("dependency", d_status),
            last_updated=recent(),
        )
        for n in range(1, quarter + 1)
    ]
    project.milestones = [
        Milestone(
            id=f"M-{n:04d}",
            milestone=f"Milestone {n}",
            owner=owner(),
            gate=rng.choice(lists["yes_no"]),
            baseline_date=(base := AS_OF + timedelta(days=rng.randrange(1, 400))),
            forecast_date=base + timedelta(days=rng.randrange(-5, 12)),
            status=rng.choice(["Not Started", "In Progress"]),
        )
        for n in range(1, max(risks // 10, 1) + 1)
    ]
    report_month = date(2026, 11, 1)
    for m in range(48):
        month = date(2023 + m // 12, m % 12 + 1, 1)
        for line in COST_LINES:
            closed = month <= report_month
            project.finance.append(
                FinanceLine(
                    month=month,
                    cost_line=line,
                    category=line if line in lists["cost_category"] else "Other",
                    capex_opex=rng.choice(lists["capex_opex"]),
                    budget=1000.0,
                    actual=1000.0 if closed else None,
                    forecast=1000.0,
                )
            )
    return project


def time_check(path: Path, standards: Standards, runs: int) -> tuple[float, int]:
    """Median seconds of ``check_file`` over ``runs`` runs, and the number of findings."""
    times = []
    count = 0
    for _ in range(runs):
        start = time.perf_counter()
        report = check_file(path, standards, AS_OF)
        times.append(time.perf_counter() - start)
        count = len(report.findings)
        if report.unreadable:
            raise SystemExit(f"{path}: {report.unreadable}")
    return statistics.median(times), count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[500, 2000, 8000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from addin.rules.engine import load_rules, run_rules
    from addin.templates.builder import build_project_workbook

    standards = default_standards()
    load_rules()
    rows: list[tuple[int, int, float, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            project = make_project(size, standards)
            path = build_project_workbook(Path(tmp) / f"bench-{size}.xlsx", standards, project)
            seconds, findings = time_check(path, standards, args.runs)
            # The rules alone, on what the reader gave:
            from addin.reading.project_reader import read_project_file

            read = read_project_file(path, standards)
            start = time.perf_counter()
            for _ in range(args.runs):
                run_rules(read, standards, AS_OF)
            rules_seconds = (time.perf_counter() - start) / args.runs
            total_rows = sum(
                len(project.items(k))
                for k in ("risks", "assumptions", "issues", "dependencies", "milestones", "finance")
            )
            rows.append((size, total_rows, seconds, rules_seconds, findings))
    print(
        f"{'risks':>6} {'rows':>6} {'check_file ms':>14} {'rules ms':>9} {'us/row':>7} "
        f"{'findings':>8}"
    )
    for size, total_rows, seconds, rules_seconds, findings in rows:
        print(
            f"{size:>6} {total_rows:>6} {seconds * 1000:>14.0f} {rules_seconds * 1000:>9.0f} "
            f"{seconds / total_rows * 1e6:>7.1f} {findings:>8}"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        ratio = (last[2] / last[1]) / (first[2] / first[1])
        print(f"per-row time, largest vs smallest: x{ratio:.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
