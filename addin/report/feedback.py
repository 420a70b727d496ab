"""Portfolio feedback: one small workbook per project with what the portfolio knows about
it that the project alone cannot see. Its findings (the consolidation's too), its
dependencies that do not match the counterparty's own entry (with the counterparty's
dates), other workbooks claiming its Project ID, and its data-quality score against the
portfolio's median. Built from the roll-up; the project workbooks are never touched."""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

from addin.report.content import as_number, text
from addin.report.from_rollup import RollupContent, Row
from addin.report.marker import mark
from addin.report.styles import A4, HEADER_HEIGHT, ITEM_HEIGHT, Formats, put, put_merged
from addin.rollup.atomic import atomic_output
from addin.rollup.dependency_map import GOOD_MATCHES
from addin.rollup.figures import data_quality_score
from addin.standards import Standards

FEEDBACK_SHEET = "Feedback"
LAST_COL = 11  # column L
FINDINGS_SHEET = "Findings"

DEPENDENCY_COLUMNS = (
    "Dependency ID",
    "Direction",
    "Title",
    "Need By",
    "Committed Date",
    "Counterparty Project ID",
    "Counterparty Dependency ID",
    "Counterparty Need By",
    "Counterparty Committed Date",
    "Counterparty Status",
    "Match",
    "Note",
)
THEIRS_COLUMNS = ("Project ID", *DEPENDENCY_COLUMNS[:5], "Match", "Note")
FINDING_COLUMNS = ("Severity", "Code", "Sheet", "Cell", "Item ID", "Message", "Value")
DUPLICATE_COLUMNS = ("File", "Status", "Reason")


@dataclass
class Feedback:
    """One project's feedback, as data (also the ``feedback`` entries of the JSON)."""

    project_id: str
    source: str
    quality: float | None
    median_quality: float | None
    findings: list[Row]
    mismatches: list[Row]  # its own dependencies the Dependencies Map flags
    theirs: list[Row]  # other projects' flagged dependencies that name it
    duplicates: list[Row]  # other workbooks with the same Project ID
    path: Path | None = None
    in_rollup: bool = True  # False: a copy left out because another has its Project ID

    def to_json(self) -> dict[str, Any]:
        return {
            "project_id": self.project_id,
            "source": self.source,
            "file": str(self.path) if self.path else None,
            "data_quality": self.quality,
            "portfolio_median_quality": self.median_quality,
            "findings": len(self.findings),
            "dependency_mismatches": len(self.mismatches) + len(self.theirs),
            "duplicate_ids": len(self.duplicates),
            "in_rollup": self.in_rollup,
        }


def _key(value: object) -> str:
    return " ".join(text(value).split()).casefold()


def build_feedback(content: RollupContent) -> list[Feedback]:
    """Each project's feedback, in the roll-up's project order."""
    scores = [
        s for p in content.projects if (s := as_number(p.get("Data Quality Score"))) is not None
    ]
    median = statistics.median(scores) if scores else None
    flagged = [m for m in content.dependency_map if m.get("Match") not in GOOD_MATCHES]
    own_flagged = _group(flagged, lambda m: text(m.get("Source File")))
    naming = _group(flagged, lambda m: _key(m.get("Counterparty Project ID")))
    claims = _group(content.load_report, lambda e: _key(e.get("Project ID")))
    out = []
    for project in content.projects:
        pid, source = text(project.get("Project ID")), text(project.get("Source File"))
        key = _key(pid)
        out.append(
            Feedback(
                project_id=pid,
                source=source,
                quality=as_number(project.get("Data Quality Score")),
                median_quality=median,
                findings=content.findings_of(source),
                mismatches=own_flagged.get(source, []),
                theirs=[m for m in naming.get(key, []) if key and m.get("Source File") != source],
                duplicates=[e for e in claims.get(key, []) if key and e.get("File") != source],
            )
        )
    for entry in content.load_report:  # the copies left out for a duplicate ID hear it too
        if entry.get("Status") != "skipped" or not text(entry.get("Reason")).startswith(
            "duplicate Project ID"
        ):
            continue
        source, key = text(entry.get("File")), _key(entry.get("Project ID"))
        errors = int(as_number(entry.get("Errors")) or 0)
        warnings = int(as_number(entry.get("Warnings")) or 0)
        out.append(
            Feedback(
                project_id=text(entry.get("Project ID")),
                source=source,
                quality=float(data_quality_score(errors, warnings)),
                median_quality=median,
                findings=content.findings_of(source),
                mismatches=[],
                theirs=[],
                duplicates=[e for e in claims.get(key, []) if e.get("File") != source],
                in_rollup=False,
            )
        )
    return out


def _group(rows: list[Row], key: Callable[[Row], str]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(key(row), []).append(row)
    return groups


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def _file_name(feedback: Feedback, taken: set[str]) -> str:
    stem = _UNSAFE.sub("_", feedback.project_id or Path(feedback.source).stem).strip(" .")
    name = f"{stem or 'project'}-feedback.xlsx"
    if name.casefold() in taken:
        alt = _UNSAFE.sub("_", Path(feedback.source).stem).strip(" .") or "project"
        name = f"{stem}-{alt}-feedback.xlsx"
    n = 2
    base = name
    while name.casefold() in taken:
        name = base.replace("-feedback.xlsx", f"-{n}-feedback.xlsx")
        n += 1
    taken.add(name.casefold())
    return name


def _block(
    ws: Any,
    fmts: Formats,
    row: int,
    title: str,
    columns: tuple[str, ...],
    rows: list[Row],
    empty: str,
) -> int:
    """A titled table across columns A-L (its last column stretched to L)."""
    put_merged(ws, row, 0, LAST_COL, title, fmts.section)
    row += 1
    if not rows:
        put_merged(ws, row, 0, LAST_COL, empty, fmts.note)
        return row + 2
    last = len(columns) - 1
    for c, header in enumerate(columns):
        put_merged(ws, row, c, LAST_COL if c == last else c, header, fmts.header)
    ws.set_row(row, HEADER_HEIGHT)
    for r in rows:
        row += 1
        for c, header in enumerate(columns):
            value = r.get(header)
            fmt = fmts.date if hasattr(value, "isoformat") else fmts.wrap
            put_merged(ws, row, c, LAST_COL if c == last else c, value, fmt)
        ws.set_row(row, ITEM_HEIGHT * 1.5)
    return row + 2


def _quality_line(fb: Feedback, count: int) -> str:
    if fb.quality is None or fb.median_quality is None:
        return "Data-quality score: not known"
    if fb.quality > fb.median_quality:
        side = "above"
    elif fb.quality < fb.median_quality:
        side = "below"
    else:
        side = "at"
    return (
        f"Data-quality score {fb.quality:g} (100 minus 10 per error and 2 per warning): "
        f"{side} the portfolio median of {fb.median_quality:g} across {count} projects"
    )


def write_feedback_workbook(
    path: Path, fb: Feedback, content: RollupContent, standards: Standards
) -> Path:
    with atomic_output(path) as tmp:
        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
        mark(wb, "portfolio feedback")
        fmts = Formats(wb, standards)
        ws = wb.add_worksheet(FEEDBACK_SHEET)
        ws.set_column(0, LAST_COL, 15)
        put_merged(ws, 0, 0, 11, f"Portfolio feedback for {fb.project_id or fb.source}", fmts.title)
        put_merged(
            ws,
            1,
            0,
            11,
            f"From the roll-up {content.path.name} as of {content.as_of.isoformat()}; your "
            f"workbook: {fb.source}. What the portfolio sees that your workbook alone cannot.",
            fmts.subtitle,
        )
        put_merged(ws, 3, 0, 11, _quality_line(fb, len(content.projects)), fmts.cell)
        if not fb.in_rollup:
            put_merged(
                ws,
                5,
                0,
                11,
                "This workbook is NOT in the roll-up: another workbook has the same Project ID "
                "(below). Give it its own ID or remove the outdated copy.",
                fmts.section,
            )
        severities = {
            s: sum(1 for f in fb.findings if f.get("Severity") == s)
            for s in ("error", "warning", "info")
        }
        put_merged(
            ws,
            4,
            0,
            11,
            f"Findings: {severities['error']} errors, {severities['warning']} warnings, "
            f"{severities['info']} info (sheet {FINDINGS_SHEET}; run `pmo check` or Check in Excel "
            "to see them on your cells)",
            fmts.cell,
        )
        row = _block(
            ws,
            fmts,
            7,
            "Your dependencies that do not match the counterparty's own entry",
            DEPENDENCY_COLUMNS,
            fb.mismatches,
            "None: every dependency matches its counterparty's entry.",
        )
        row = _block(
            ws,
            fmts,
            row,
            "Other projects' dependencies on you that do not match yours",
            THEIRS_COLUMNS,
            fb.theirs,
            "None.",
        )
        _block(
            ws,
            fmts,
            row,
            "Other workbooks with your Project ID (only one is used in the roll-up)",
            DUPLICATE_COLUMNS,
            fb.duplicates,
            "None: your Project ID is unique in the portfolio.",
        )
        ws.set_landscape()
        ws.set_paper(A4)
        ws.fit_to_pages(1, 0)
        findings = wb.add_worksheet(FINDINGS_SHEET)
        findings.set_column(0, 4, 12)
        findings.set_column(5, 5, 80)
        findings.set_column(6, 6, 20)
        for c, header in enumerate(FINDING_COLUMNS):
            put(findings, 0, c, header, fmts.header)
        for r, finding in enumerate(fb.findings, start=1):
            for c, header in enumerate(FINDING_COLUMNS):
                put(findings, r, c, finding.get(header), fmts.wrap)
        findings.autofilter(0, 0, max(1, len(fb.findings)), len(FINDING_COLUMNS) - 1)
        findings.freeze_panes(1, 0)
        wb.close()
    return path


def write_feedback(content: RollupContent, outdir: Path, standards: Standards) -> list[Feedback]:
    """One feedback workbook per project in ``outdir``; returns each with its path."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    items = build_feedback(content)
    for fb in items:
        fb.path = write_feedback_workbook(outdir / _file_name(fb, taken), fb, content, standards)
    return items
