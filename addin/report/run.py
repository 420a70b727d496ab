"""What `pmo report`, `pmo consolidate --pack/--feedback`, the demo and the ribbon call:
status reports from workbooks or a roll-up, the pack, the feedback folder, and their PDFs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from addin.report.content import StatusReport
from addin.report.document import report_file_name, write_pack, write_reports
from addin.report.feedback import Feedback, write_feedback
from addin.report.from_file import report_for_file
from addin.report.from_rollup import read_rollup
from addin.report.pdf import LibreOfficeError, to_pdf
from addin.standards import Standards

Format = Literal["xlsx", "pdf"]


@dataclass
class Written:
    """One report written (or why not)."""

    source: str
    status: Literal["written", "unreadable", "not a project workbook"]
    reason: str | None = None
    xlsx: Path | None = None
    pdf: Path | None = None
    report: StatusReport | None = None
    errors: int = 0

    def pdf_shown(self) -> Path | None:
        """The PDF's path written the way the .xlsx path is (relative when it is)."""
        if self.pdf and self.xlsx and self.pdf.resolve() == self.xlsx.with_suffix(".pdf").resolve():
            return self.xlsx.with_suffix(".pdf")
        return self.pdf

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "status": self.status,
            "reason": self.reason,
            "xlsx": str(self.xlsx) if self.xlsx else None,
            "pdf": str(self.pdf) if self.pdf else None,
            "report": self.report.to_json() if self.report else None,
        }


@dataclass
class ReportRun:
    """What a run wrote; ``pdf_note`` says why no PDF was made when one was asked for."""

    written: list[Written] = field(default_factory=list)
    pack: Written | None = None
    feedback: list[Feedback] = field(default_factory=list)
    pdf_note: str | None = None

    @property
    def exit_code(self) -> int:
        """0 written and no errors in the data, 1 errors in the data, 2 unreadable input."""
        items = [*self.written, *([self.pack] if self.pack else [])]
        if any(w.status != "written" for w in items):
            return 2
        return 1 if any(w.errors for w in items) else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "reports": [w.to_json() for w in self.written],
            "pack": self.pack.to_json() if self.pack else None,
            "feedback": [f.to_json() for f in self.feedback],
            "pdf_note": self.pdf_note,
            "exit_code": self.exit_code,
        }


def _is_rollup(path: Path) -> bool:
    from addin.consolidate.engine import is_rollup_file

    return is_rollup_file(path)


def _pdfs(run: ReportRun, items: Sequence[Written]) -> None:
    """Print every written workbook to PDF beside it; say how to get LibreOffice if absent."""
    books = [w for w in items if w.xlsx is not None]
    if not books:
        return
    try:
        by_folder: dict[Path, list[Written]] = {}
        for w in books:
            assert w.xlsx is not None
            by_folder.setdefault(w.xlsx.parent, []).append(w)
        for folder, group in by_folder.items():
            made = to_pdf([w.xlsx for w in group if w.xlsx], folder)
            for w in group:
                w.pdf = made.get(w.xlsx) if w.xlsx else None
    except LibreOfficeError as exc:
        run.pdf_note = f"{exc} (the .xlsx reports were written)"


def make_reports(
    paths: Sequence[Path],
    outdir: Path,
    standards: Standards,
    as_of: date | None,
    *,
    fmt: Format = "xlsx",
) -> ReportRun:
    """A status-report workbook per project: of each project workbook given, and of every
    project of each roll-up given. Sources are only read; one bad file stops nothing."""
    run = ReportRun()
    outdir = Path(outdir)
    taken: set[str] = set()
    for path in paths:
        path = Path(path)
        if path.is_file() and _is_rollup(path):
            content = read_rollup(path, standards, as_of)
            for report in content.reports:
                run.written.append(_write_one(report, outdir, standards, taken, path.stem))
            continue
        result = report_for_file(path, standards, as_of or date.today())
        if result.report is None:
            status: Literal["unreadable", "not a project workbook"] = (
                "unreadable" if result.check.unreadable else "not a project workbook"
            )
            run.written.append(Written(str(path), status, result.problem))
            continue
        run.written.append(_write_one(result.report, outdir, standards, taken, path.stem))
    if fmt == "pdf":
        _pdfs(run, run.written)
    return run


def _write_one(
    report: StatusReport, outdir: Path, standards: Standards, taken: set[str], fallback: str
) -> Written:
    name = report_file_name(report, fallback)
    if name.casefold() in taken:
        name = name.replace("-status-report", f"-{fallback}-status-report")
    taken.add(name.casefold())
    path = write_reports(outdir / name, [report], standards)
    return Written(
        report.source, "written", xlsx=path, report=report, errors=report.findings.get("error", 0)
    )


def make_pack(
    rollup: Path,
    out: Path,
    standards: Standards,
    as_of: date | None = None,
    *,
    fmt: Format = "xlsx",
    feedback_dir: Path | None = None,
) -> ReportRun:
    """The portfolio pack of a roll-up at ``out`` (.xlsx), and its feedback folder when
    asked. Raises UsageError when ``rollup`` is not a roll-up."""
    content = read_rollup(rollup, standards, as_of)
    path = write_pack(out, content, standards)
    errors = sum(r.findings.get("error", 0) for r in content.reports)
    run = ReportRun(pack=Written(str(rollup), "written", xlsx=path, errors=errors))
    if feedback_dir is not None:
        run.feedback = write_feedback(content, feedback_dir, standards)
    if fmt == "pdf":
        _pdfs(run, [run.pack] if run.pack else [])
    return run


def make_feedback(
    rollup: Path, outdir: Path, standards: Standards, as_of: date | None = None
) -> ReportRun:
    content = read_rollup(rollup, standards, as_of)
    return ReportRun(feedback=write_feedback(content, outdir, standards))
