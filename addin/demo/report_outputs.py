"""The demo's portfolio pack and feedback folder, made from its roll-up (docs/report.md)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.report.consolidate_outputs import Extras, pack_and_feedback
from addin.standards import Standards

PACK = "portfolio-pack.xlsx"
FEEDBACK = "feedback"


def write_report_outputs(out: Path, rollup: Path, standards: Standards, as_of: date) -> Extras:
    """``out/portfolio-pack.xlsx`` and ``out/feedback/`` (beside the portfolio, not in it)."""
    return pack_and_feedback(rollup, standards, as_of, out / PACK, out / FEEDBACK)


def closing_lines(out: Path, rollup: Path, extras: Extras) -> list[str]:
    """The demo's lines naming the pack and the feedback folder (or why they are missing)."""
    if extras.failed:
        return extras.lines
    feedback = extras.json.get("feedback", [])
    return [
        f"  the steering pack:       {out / PACK} (a portfolio page, then one page per project;"
        f" to print it: pmo report {rollup} --pack --format pdf)",
        f"  feedback to each team:   {out / FEEDBACK} ({len(feedback)} workbooks: findings, "
        "dependency mismatches, duplicate IDs, data quality against the median)",
    ]
