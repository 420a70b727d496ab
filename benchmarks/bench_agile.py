"""What the agile figures (SPEC 16) cost a consolidation, side by side with the baseline.

Builds N agile project workbooks (the usual ~150 RAID items and 36 finance months, plus
two years of two-week sprints: 52 iterations with Remaining Points) once under
/tmp/pmo-bench-agile, reads each, then times, best of R runs:

- payload: ``make_payload`` per project (what a consolidation worker computes), against
  the same without the agile figures (``payload.agile`` is computed by
  ``metrics_for_result``; the baseline skips that call);
- rules: ``run_rules`` per project, against the same less the time of the agile rules
  (ITR-101..105, timed on their own);
- roll-up: ``build_rollup`` + ``write_rollup`` of all N, against the same with the
  projects' agile figures removed (the Agile sheet then holds no row).

and prints seconds, the ratio and the cost per project. Baseline and feature runs alternate,
so warm-up and a noisy machine hit both alike.

    .venv/bin/python benchmarks/bench_agile.py                 # N = 100, R = 3
    .venv/bin/python benchmarks/bench_agile.py --projects 300 --repeat 5
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from addin.models import Iteration

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

ROOT = Path("/tmp/pmo-bench-agile")
AS_OF = date(2026, 11, 30)


def _iterations(i: int) -> list[Iteration]:
    start = AS_OF - timedelta(days=14 * 52)
    remaining = 2000.0
    rows = []
    for n in range(52):
        begin = start + timedelta(days=14 * n)
        committed = 30 + (i + n) % 7
        done = committed - (i * n) % 5
        added = (n * 3 + i) % 6
        remaining = max(0.0, remaining - done + added)
        rows.append(
            Iteration(
                iteration=f"Sprint {n + 1}",
                start=begin,
                end=begin + timedelta(days=13),
                committed_points=committed,
                completed_points=done,
                scope_added=added,
                remaining_points=remaining,
            )
        )
    return rows


def _build(n: int) -> list[Path]:
    from consolidate_inputs import make_project, project_id

    from addin.standards import default_standards
    from addin.templates import build_project_workbook

    folder = ROOT / f"n{n}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    standards = default_standards()
    for i in range(1, n + 1):
        path = folder / f"{project_id(i)}.xlsx"
        if not path.exists():
            project = make_project(i, n)
            project.header.delivery_method = "Agile"
            project.iterations = _iterations(i)
            build_project_workbook(path, standards, project)
        paths.append(path)
    return paths


def _pair(
    repeat: int, base: Callable[[], object], other: Callable[[], object]
) -> tuple[float, float]:
    """Best times of ``base`` and ``other``, run alternately (first one, then the other,
    swapping who goes first) so that warm-up and machine noise hit both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for run in range(repeat):
        order = (0, 1) if run % 2 == 0 else (1, 0)
        for which in order:
            started = time.perf_counter()
            (base, other)[which]()
            times[which].append(time.perf_counter() - started)
    return min(times[0]), min(times[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from addin.agile import metrics_for_result
    from addin.reading.project_reader import read_project_file
    from addin.rollup import RollupInputs, RunInfo, build_rollup, write_rollup
    from addin.rollup.inputs import ProjectInput
    from addin.rollup.payload import make_payload
    from addin.rules.base import RuleContext, registered_checks
    from addin.rules.engine import run_rules
    from addin.standards import default_standards

    standards = default_standards()
    paths = _build(args.projects)
    results = [read_project_file(p, standards) for p in paths]
    n = len(results)

    # make_payload always computes the figures: the baseline is make_payload minus them
    t_metrics, t_payload = _pair(
        args.repeat,
        lambda: [metrics_for_result(r, standards, AS_OF) for r in results],
        lambda: [make_payload(r, standards, AS_OF) for r in results],
    )
    import addin.rules.agile  # noqa: F401  (registers the agile rules)

    agile_checks = [c for c in registered_checks() if c.name.startswith("addin.rules.agile.")]
    assert len(agile_checks) == 5, agile_checks

    def agile_rules() -> None:
        for r in results:
            ctx = RuleContext(r, standards, AS_OF)
            for c in agile_checks:
                list(c.func(ctx))

    t_agile_rules, t_rules = _pair(
        args.repeat, agile_rules, lambda: [run_rules(r, standards, AS_OF) for r in results]
    )

    full = [ProjectInput(r.file, make_payload(r, standards, AS_OF)) for r in results]
    bare = [ProjectInput(p.source, replace(p.payload, agile=None)) for p in full]
    run = RunInfo("bench", "std", "1", "x", AS_OF, "bench", datetime.now(UTC))

    def write(projects: list[ProjectInput]) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = RollupInputs(projects, [], [], run)
            write_rollup(build_rollup(inputs, standards), Path(tmp) / "r.xlsx", standards)

    t_write_bare, t_write = _pair(args.repeat, lambda: write(bare), lambda: write(full))

    base_payload = t_payload - t_metrics
    print(f"{n} agile projects, 52 iterations each, best of {args.repeat}")
    print(f"{'step':<34}{'baseline s':>12}{'with agile s':>14}{'ratio':>8}{'agile ms/project':>18}")
    for name, base, with_agile in (
        ("payload (worker figures)", base_payload, t_payload),
        ("rules (run_rules)", t_rules - t_agile_rules, t_rules),
        ("roll-up build + write", t_write_bare, t_write),
    ):
        extra = (with_agile - base) / n * 1000
        print(f"{name:<34}{base:>12.3f}{with_agile:>14.3f}{with_agile / base:>8.3f}{extra:>18.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
