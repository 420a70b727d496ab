"""A few demo workbooks still on template version 1, decorated the way PMs decorate them.

They show a user what `pmo upgrade` is for: the roll-up reads them like the rest (each
with its WB-017 info finding naming `pmo upgrade`), and the demo's closing lines say how
to upgrade them. Each carries what a PM adds in Excel: a "My notes" sheet with formulas
(cached values) and a native chart, and a comment on a risk. Only projects that already
carry planted defects are chosen (the clean ones must stay free of findings), and only
ones without iterations (version 1 has no Remaining Points column to plant in).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from addin.demo.plan import ProjectPlan
from addin.models import ProjectData
from addin.standards import Standards

#: How many demo workbooks stay on version 1 (at most).
VERSION_1_COUNT = 3

if TYPE_CHECKING:
    from addin.demo.manifest import DemoManifest


def pick_version_1(plans: list[ProjectPlan], is_clean: object) -> list[ProjectPlan]:
    """The plans written as version 1: defective, without iterations, spread out."""
    check = is_clean if callable(is_clean) else (lambda _p: False)
    candidates = [p for p in plans if not check(p) and not p.data.iterations]
    return candidates[:: max(1, len(candidates) // VERSION_1_COUNT)][:VERSION_1_COUNT]


def _decorate(workbook: Workbook, sheets: dict[str, Worksheet], data: ProjectData) -> None:
    notes = workbook.add_worksheet("My notes")
    notes.write_string(0, 0, "Open items (my own counts)")
    counts = (("Risks", len(data.risks)), ("Issues", len(data.issues)))
    for row, (sheet, count) in enumerate(counts, start=1):
        notes.write_string(row, 0, sheet)
        notes.write_formula(row, 1, f"=COUNTA({sheet}!A2:A1000)", None, count)
    chart = workbook.add_chart({"type": "bar"})
    chart.add_series(
        {"name": "Items", "categories": "='My notes'!$A$2:$A$3", "values": "='My notes'!$B$2:$B$3"}
    )
    chart.set_title({"name": "My register sizes"})
    notes.insert_chart("D2", chart)
    if data.risks:
        sheets["Risks"].write_comment("B2", "PM: walk this one through at the next board.")


def write_version_1(
    path: Path, standards: Standards, data: ProjectData, raw_cells: dict[tuple[str, str], object]
) -> None:
    """Write one demo project as a decorated version 1 workbook (over the version 2 one)."""
    from addin.templates.builder import build_project_workbook

    build_project_workbook(
        path,
        standards,
        data,
        raw_cells=raw_cells,
        template_version=1,
        extend=lambda workbook, sheets: _decorate(workbook, sheets, data),
    )


def version_1_story(manifest: DemoManifest) -> list[str]:
    """The demo's line about its version 1 workbooks (for "What the demo planted")."""
    count = len(manifest.version_1)
    if not count:
        return []
    return [
        f"{count} workbook{'s' if count != 1 else ''} still on template version 1, decorated "
        "with a PM's own sheet, chart and comment (WB-017 in Findings)"
    ]


def upgrade_lines(
    manifest: DemoManifest, portfolio: Path, quote: Callable[[Path], str]
) -> list[str]:
    """The closing lines saying how to upgrade them (everything the PM added is kept)."""
    if not manifest.version_1:
        return []
    folder = quote(portfolio)
    return [
        f"  upgrade the version 1 workbooks: pmo upgrade {folder} --in-place",
        f"    (see first: pmo upgrade {folder} --dry-run; originals go to .pmo-backup/)",
        "    (they gain the new Project fields, Remaining Points and the Iterations burn-up chart;",
        "    the files that are not project workbooks, broken files, legacy registers and the",
        "    capacity workbook, are refused with their reasons, so the command exits 2)",
    ]
