"""How long adoption takes on a large legacy register and a wide finance tracker.

    .venv/bin/python benchmarks/adopt_large.py [ROWS]
    .venv/bin/python benchmarks/adopt_large.py --sizes 250,500,1000 [--modes host,file]
        [--repeat 3] [--against DIR]

Writes (with XlsxWriter) a RAID log of ROWS risks under a title block and KPI cards with
text dates and L/M/H, plus a 60-month finance tracker of ROWS/10 cost lines x 3 measures,
then times adopt_host (detect, map, convert) and adopt_file (plus writing the standard
workbook).

With ``--sizes`` each size and mode is timed in a fresh process (wall and CPU seconds; CPU
is what to compare on a shared machine). ``--against DIR`` (a ``git archive`` of an older
commit) times that code too, alternating its runs with this checkout's ``--repeat`` times,
and prints the median times and their ratio, this checkout over ``DIR`` (round 30).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import xlsxwriter

from addin.adopt import adopt_file, adopt_host, open_source
from addin.standards import default_standards


def write_legacy(path: Path, rows: int) -> None:
    rng = random.Random(1)
    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    sheet = book.add_worksheet("Risks")
    sheet.write(0, 1, "PROGRAMME RISK LOG")
    sheet.write_row(3, 1, ["Project Name:", "Big Programme", "", "Project Manager:", "A. Person"])
    sheet.write_row(6, 1, ["TOTAL", "", "OPEN", "", "HIGH"])
    sheet.write_row(7, 1, [rows, "", rows // 2, "", rows // 5])
    header = [
        "Risk ID",
        "Date Raised",
        "Risk Description",
        "Likelihood (L/M/H)",
        "Impact (L/M/H)",
        "Risk Owner (who)",
        "Mitigation Plan",
        "Status",
        "Comments",
    ]
    sheet.write_row(10, 1, header)
    for i in range(rows):
        sheet.write_row(
            11 + i,
            1,
            [
                f"R{i + 1}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025",
                f"Risk number {i} may delay the programme",
                rng.choice("LMH"),
                rng.choice("LMH"),
                rng.choice(["Ann", "Bob", "Cy", "TBC"]),
                "Mitigate it",
                rng.choice(["Open", "Closed", "WIP"]),
                "note",
            ],
        )
    money = book.add_worksheet("Finance 2024")
    money.write(0, 0, "Finance tracker 2024")
    money.write_row(
        2,
        0,
        ["Cost Line", "Measure"]
        + [
            f"{m}-{y}"
            for y in (24, 25, 26, 27, 28)
            for m in (
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            )
        ],
    )
    r = 3
    for line in range(max(rows // 10, 1)):
        for measure in ("Budget", "Actual", "Forecast"):
            money.write_row(
                r, 0, [f"Line {line}", measure] + [rng.randint(100, 900) for _ in range(60)]
            )
            r += 1
    book.close()


def main(rows: int) -> None:
    standards = default_standards()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "legacy.xlsx"
        write_legacy(src, rows)
        t0 = time.perf_counter()
        adoption = adopt_host(open_source(src), standards)
        t1 = time.perf_counter()
        adopt_file(src, Path(tmp) / "out.xlsx", standards)
        t2 = time.perf_counter()
    counts = adoption.report.item_counts
    print(
        f"{rows} risks + {counts.get('finance', 0)} finance rows: adopt_host {t1 - t0:.2f} s, "
        f"adopt_file (with writing) {t2 - t1:.2f} s; items {counts}"
    )


def time_one(rows: int, mode: str) -> dict[str, float]:
    """Wall and CPU seconds of one adoption of a register of ``rows`` risks (``host``:
    adopt_host on the opened source; ``file``: adopt_file, writing the standard workbook)."""
    standards = default_standards()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "legacy.xlsx"
        write_legacy(src, rows)
        host = open_source(src) if mode == "host" else None
        wall, cpu = time.perf_counter(), time.process_time()
        if host is not None:
            adopt_host(host, standards)
        else:
            adopt_file(src, Path(tmp) / "out.xlsx", standards)
        return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def _run(code: Path, rows: int, mode: str) -> dict[str, float]:
    """One timing in a fresh process importing ``addin`` from ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--one", str(rows), mode],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(sizes: list[int], modes: list[str], repeat: int, against: Path | None) -> None:
    here = Path(__file__).resolve().parents[1]
    codes = {"this": here} | ({"base": against.resolve()} if against else {})
    for rows in sizes:
        for mode in modes:
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in codes}
            for _ in range(repeat):
                for name, code in sorted(codes.items()):  # base, this: alternated
                    runs[name].append(_run(code, rows, mode))
                    print(f"  {rows} {mode} {name}: {runs[name][-1]}", file=sys.stderr, flush=True)
            med = {
                name: {k: statistics.median(r[k] for r in got) for k in ("wall", "cpu")}
                for name, got in runs.items()
            }
            line = f"{rows:>6} rows {mode:<4}: this cpu {med['this']['cpu']:7.2f} s wall {med['this']['wall']:7.2f} s"
            if "base" in med:
                line += (
                    f" | base cpu {med['base']['cpu']:7.2f} s wall {med['base']['wall']:7.2f} s"
                    f" | ratio this/base cpu {med['this']['cpu'] / med['base']['cpu']:.2f}"
                    f" wall {med['this']['wall'] / med['base']['wall']:.2f}"
                )
            print(line, flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(time_one(int(sys.argv[2]), sys.argv[3])))
    elif len(sys.argv) > 1 and sys.argv[1].startswith("--"):
        parser = argparse.ArgumentParser()
        parser.add_argument("--sizes", required=True, help="comma-separated row counts")
        parser.add_argument("--modes", default="host,file")
        parser.add_argument("--repeat", type=int, default=3)
        parser.add_argument("--against", type=Path, default=None)
        args = parser.parse_args()
        compare(
            [int(n) for n in args.sizes.split(",")],
            args.modes.split(","),
            args.repeat,
            args.against,
        )
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
