"""Adoption over the public corpus: which register tables are found, classified and counted
correctly, and how long it takes. Prints the table that docs/adopt.md quotes.

    .venv/bin/python benchmarks/adopt_corpus.py [CORPUS_DIR]

The expected tables below were read by hand from the files (and ../shared/corpus/public/
SOURCES.md): (sheet, header row, register, items). A register table counts as "right" when
a table is found at that sheet and header row, classified as that register, with that many
items. Tables that are not registers (dashboards, task plans, lookups, hours) count as
right when they are reported as left out.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards

Expected = tuple[str, int, str, dict[str, int]]

REGISTER_TABLES: dict[str, list[Expected]] = {
    "accion-raid-log.xlsx": [
        ("Risks", 10, "risks", {"risks": 0}),
        ("Assumptions", 10, "assumptions", {"assumptions": 0}),
        ("Issues", 10, "issues", {"issues": 0}),
        ("Dependencies", 10, "dependencies", {"dependencies": 0}),
    ],
    "accion-risk-register.xlsx": [
        ("Risk Assessment", 3, "risks", {"risks": 0}),
        ("RAID Log", 2, "raid", {}),
    ],
    "accion-issue-register.xlsx": [("Issue Register", 1, "issues", {"issues": 5})],
    "packt-tpm-handbook-tables.xlsx": [
        ("Mercury Simple", 1, "milestones", {"milestones": 25}),
        ("Risk Register", 1, "risks", {"risks": 4}),
        ("Risk Log", 1, "risks", {"risks": 3}),
        ("Risk Log", 13, "risks", {"risks": 6}),
    ],
    "kevstemplates-raid-log.xlsx": [
        ("Risk Register", 4, "risks", {"risks": 0}),
        ("Issue Register", 4, "issues", {"issues": 0}),
    ],
    "muqris-pmo-raid-log.xlsx": [
        ("Risks", 11, "risks", {"risks": 6}),
        ("Assumptions", 11, "assumptions", {"assumptions": 6}),
        ("Issues", 11, "issues", {"issues": 5}),
        ("Dependencies", 11, "dependencies", {"dependencies": 6}),
    ],
    "melmaur-raid-log.xlsx": [
        ("Foglio1", 1, "raid", {"risks": 2, "assumptions": 1, "issues": 1, "dependencies": 1})
    ],
    "divya-project-kpi-dashboard.xlsx": [("Milestone Tracker", 1, "milestones", {"milestones": 4})],
    "kunal-risk-register.xlsx": [("Risk_Register", 1, "risks", {"risks": 25})],
    "kunal-programme-milestones.xlsx": [
        ("Programme_Milestones", 1, "milestones", {"milestones": 80})
    ],
    "nchaulagai-risk-register.xlsx": [("Issue Register", 1, "risks", {"risks": 3})],
    "nchaulagai-issue-register.xlsx": [("Issue Register", 1, "issues", {"issues": 5})],
    "saisreyat-risk-analysis.xlsx": [("Sheet1", 5, "risks", {"risks": 19})],
    "saisreyat-project-budget.xlsx": [("Actual Costs", 4, "finance", {"finance": 26})],
    "rajin40-program-budget-tracker.xlsx": [
        # 611 cost rows summed into 30 (month, cost line) lines; the Source sheet is a copy
        ("Cleaning data", 3, "finance", {"finance": 30}),
        ("Source", 3, "finance", {"finance": 0}),
        ("Forecast by Resource", 3, "finance", {"finance": 300}),
        ("Forecast by Resource", 3, "finance", {"finance": 0}),
    ],
    "altius-decision-log.xlsx": [("Sheet1", 1, "decisions", {"decisions": 136})],
    "pgmp-risk-log.xls": [("Sheet1", 3, "risks", {"risks": 0})],
    "pgmp-earned-value.xlsx": [("EV data", 6, "finance", {"finance": 32})],
    "pmdocs-risk-register-template.xls": [("Sheet1", 3, "risks", {"risks": 0})],
    "pmtpl-issue-log.xlsx": [("Issue Log", 3, "issues", {"issues": 0})],
}

#: Tables that are not registers and must be reported as left out: (sheet, header row).
NOT_REGISTERS: dict[str, list[tuple[str, int]]] = {
    "accion-issue-register.xlsx": [("Lists", 1)],
    "accion-project-estimation.xlsx": [("Project Estimation", 10)],
    "divya-project-kpi-dashboard.xlsx": [("Dashboard Overview", 1), ("KPI Tracking", 1)],
    "packt-tpm-handbook-tables.xlsx": [
        ("Stakeholders", 1),
        ("RACI", 1),
        ("Tasks", 1),
        ("Resourcing", 1),
    ],
    "nchaulagai-risk-register.xlsx": [("Definitions", 1)],
    "nchaulagai-issue-register.xlsx": [("Definitions", 1)],
    "saisreyat-project-budget.xlsx": [("Estimated Costs", 4), ("Data Worksheet", 4)],
    "rajin40-program-budget-tracker.xlsx": [("R1 Summary", 3)],
    "nordic-capacity-actuals-import-template.xlsx": [("Utfall", 1)],
    "hrl-project-tracker.xlsx": [("DATA", 1), ("Changelog", 1)],
    "sonaero-project-tracker.xlsm": [("Template", 8), ("Program Dashboard", 10)],
    "pmtpl-status-report-nonagile.xlsx": [("Key Metrics Criteria", 3)],
    "kevstemplates-raid-log.xlsx": [("Change Requests", 4)],
}


def main(corpus: Path) -> int:
    standards = default_standards()
    found_right = total = 0
    left_right = left_total = 0
    columns = mapped = low = 0
    rows: list[str] = []
    started = time.perf_counter()
    for path in sorted(corpus.glob("*.xls*")):
        t0 = time.perf_counter()
        adoption = adopt_host(open_source(path), standards)
        seconds = time.perf_counter() - t0
        report = adoption.report
        adopted = [(t.sheet, t.header_row, t.register, t.items) for t in report.adopted_tables]
        expected = REGISTER_TABLES.get(path.name, [])
        right = sum(1 for e in expected if e in adopted)
        found_right += right
        total += len(expected)
        left = {(t.sheet, t.header_row) for t in report.tables if not t.adopted}
        nots = NOT_REGISTERS.get(path.name, [])
        ok_left = sum(
            1 for n in nots if n in left or not any(t.sheet == n[0] for t in report.tables)
        )
        left_right += ok_left
        left_total += len(nots)
        for table in report.adopted_tables:
            for col in table.columns:
                columns += 1
                mapped += col.target is not None
                low += col.low_confidence
        extra = [a for a in adopted if a[:3] not in {e[:3] for e in expected}]
        counts = ", ".join(f"{n} {k}" for k, n in report.item_counts.items()) or "-"
        rows.append(
            f"| {path.name} | {right}/{len(expected)} | {ok_left}/{len(nots)} | {counts} | "
            f"{'; '.join(f'{a[0]}!{a[1]} {a[2]}' for a in extra) or ''} | {seconds:.2f} |"
        )
    print(
        "| file | register tables right | non-registers left out | items adopted | unexpected | s |"
    )
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print(
        f"register tables found, classified and counted right: {found_right}/{total} "
        f"({100 * found_right / max(total, 1):.0f}%)"
    )
    print(f"non-register tables reported as left out: {left_right}/{left_total}")
    print(f"source columns of adopted tables: {columns}; mapped {mapped}; low confidence {low}")
    print(f"total time {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "public"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
