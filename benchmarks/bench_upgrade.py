"""How long `pmo upgrade` takes per workbook, against reading the same workbooks.

    .venv/bin/python benchmarks/bench_upgrade.py            # 40 decorated workbooks
    .venv/bin/python benchmarks/bench_upgrade.py --files 200

Corpus: decorated version 1 workbooks (tests/upgrade_corpus.py: extra sheet with a chart
and an image, comments, PM columns, 30 RAID items, 12 finance months, 6 iterations).
Timed side by side on the same files, median of three runs:

- baseline: ``read_project_file`` (what `pmo check` and consolidation do per workbook);
- upgrade: ``upgrade_paths(..., mode="out")`` (read the zip, edit seven parts, write);
- dry run: the same without writing;
- openpyxl load + save: the round trip the upgrader avoids (it loses charts, images and
  cached values; shown for scale only).

Prints seconds per workbook and each one's ratio to the baseline.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from upgrade_corpus import decorated_v1

from addin.reading.project_reader import read_project_file
from addin.standards import default_standards
from addin.upgrade import upgrade_paths


def median_seconds(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    args = parser.parse_args()
    standards = default_standards()
    with tempfile.TemporaryDirectory(prefix="bench-upgrade-") as tmp:
        root = Path(tmp)
        src = root / "src"
        first = decorated_v1(src / "w0000.xlsx", standards, 1)
        for i in range(1, args.files):
            shutil.copy(first, src / f"w{i:04d}.xlsx")
        files = sorted(src.glob("*.xlsx"))
        upgrade_paths([first], standards, mode="dry_run")  # builds the template pieces once

        def read_all() -> None:
            for path in files:
                read_project_file(path, standards)

        def upgrade_all() -> None:
            out = root / "out"
            shutil.rmtree(out, ignore_errors=True)
            report = upgrade_paths([src], standards, mode="out", out_dir=out)
            assert report.count("upgraded") == len(files), report.summary()

        def dry_run() -> None:
            upgrade_paths([src], standards, mode="dry_run")

        def openpyxl_round_trip() -> None:
            import openpyxl

            for path in files[:10]:
                book = openpyxl.load_workbook(path)
                book.save(root / "rt.xlsx")

        baseline = median_seconds(read_all) / len(files)
        rows = [
            ("read_project_file (baseline)", baseline),
            ("pmo upgrade --out", median_seconds(upgrade_all) / len(files)),
            ("pmo upgrade --dry-run", median_seconds(dry_run) / len(files)),
            ("openpyxl load + save (avoided)", median_seconds(openpyxl_round_trip) / 10),
        ]
        print(
            f"{len(files)} decorated version 1 workbooks ({first.stat().st_size // 1024} KB each)"
        )
        print(f"{'':34} {'ms/workbook':>12} {'x baseline':>11}")
        for label, seconds in rows:
            print(f"{label:34} {seconds * 1000:12.1f} {seconds / baseline:11.2f}")


if __name__ == "__main__":
    main()
