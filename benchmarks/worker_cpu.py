"""A consolidation worker's CPU per workbook: ``parse_workbook_packed`` (read, rules,
payload, pickle and compress) over the same workbooks, sniffed first as the main process
does, ``time.process_time``, best of several passes. With ``--phase`` it runs one phase
only (after the work it needs), for counting instructions with valgrind's cachegrind::

    .venv/bin/python benchmarks/worker_cpu.py FOLDER [--count 100] [--passes 5]
    valgrind --tool=cachegrind --cache-sim=no \\
        .venv/bin/python benchmarks/worker_cpu.py FOLDER --count 10 --passes 1 --phase read

With ``--phase`` one more workbook is read first, uncounted (imports, caches);
``none`` does only that set-up: subtract its count from the others'. ``read`` reads, ``rules`` reads and runs the rules, ``payload``
reads and makes the payload, ``all`` is ``parse_workbook_packed``. ``--read-only`` times
the reading alone (``read_project_file``), best of ``--passes``. Run it on two
checkouts alternately (``PYTHONPATH=OTHER``) to compare: the machine is shared.
"""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from addin.consolidate.parse import ParseTask, parse_workbook_packed
from addin.files.sniff import sniff
from addin.reading.project_reader import read_project_file
from addin.rollup.payload import make_payload
from addin.rules.engine import run_rules
from addin.standards import default_standards

AS_OF = date(2026, 11, 30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--phase", choices=("none", "read", "rules", "payload", "all"))
    parser.add_argument("--read-only", action="store_true", help="time read_project_file only")
    args = parser.parse_args()
    paths = sorted(args.folder.rglob("*.xlsx"))[: args.count + (args.phase is not None)]
    standards = default_standards()
    kinds = [sniff(p) for p in paths]
    tasks = [ParseTask(str(p), standards, AS_OF, k) for p, k in zip(paths, kinds, strict=True)]
    if args.phase is not None:
        _one_phase(args.phase, tasks)
        return
    best = float("inf")
    for _ in range(args.passes):
        started = time.process_time()
        for task in tasks:
            if args.read_only:
                read_project_file(Path(task.path), task.standards, task.kind)
            else:
                parse_workbook_packed(task)
        best = min(best, time.process_time() - started)
    what = "read" if args.read_only else "workbooks"
    print(f"{len(tasks)} {what}, best of {args.passes}: {best / len(tasks) * 1000:.2f} ms each")


def _one_phase(phase: str, tasks: list[ParseTask]) -> None:
    parse_workbook_packed(tasks.pop())  # the first call's imports and caches, not counted
    for task in tasks:
        if phase == "none":
            continue
        if phase == "all":
            parse_workbook_packed(task)
            continue
        result = read_project_file(Path(task.path), task.standards, task.kind)
        if phase == "rules":
            run_rules(result, task.standards, task.as_of)
        elif phase == "payload":
            make_payload(result, task.standards, task.as_of)


if __name__ == "__main__":
    main()
