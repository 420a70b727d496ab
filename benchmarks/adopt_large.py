"""How long adoption takes on a large legacy register and a wide finance tracker.

    .venv/bin/python benchmarks/adopt_large.py [ROWS]

Writes (with XlsxWriter) a RAID log of ROWS risks under a title block and KPI cards with
text dates and L/M/H, plus a 60-month finance tracker of ROWS/10 cost lines x 3 measures,
then times adopt_host (detect, map, convert) and adopt_file (plus writing the standard
workbook).
"""

from __future__ import annotations

import random
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


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
