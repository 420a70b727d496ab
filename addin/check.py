"""Check one project workbook: read it, run every rule, and report (never raise) what is wrong.

``check_file`` serves the CLI and batch jobs; ``check_host`` serves the check macro on
either host. Both return a :class:`CheckReport`: the reader's findings (WB- codes) and the
rules' findings, sorted, or the one-line reason the file could not be read at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from addin.catalogue import make_finding
from addin.errors import UnreadableWorkbookError
from addin.files.sniff import sniff
from addin.findings import Finding, count_by_severity, sort_findings
from addin.host import WorkbookHost
from addin.models import ProjectData
from addin.reading import codes
from addin.reading.project_reader import read_project, read_project_file
from addin.reading.result import ReadResult
from addin.rules.engine import run_rules
from addin.standards import Standards


@dataclass
class CheckReport:
    """What checking one workbook found."""

    file: str
    findings: list[Finding] = field(default_factory=list)
    unreadable: str | None = None  # one line: what the file really is and what to do
    project: ProjectData | None = None
    read: ReadResult | None = None
    as_of: date | None = None

    def counts(self) -> dict[str, int]:
        """Findings by severity: ``{"error": 2, "warning": 5, "info": 0}``."""
        return count_by_severity(self.findings)

    def has_errors(self) -> bool:
        """True when the data holds errors (an unreadable file is not a data error)."""
        return self.unreadable is None and self.counts()["error"] > 0

    @property
    def status(self) -> str:
        """``"checked"`` or ``"unreadable"``."""
        return "unreadable" if self.unreadable is not None else "checked"

    def to_dict(self) -> dict[str, Any]:
        """One entry of ``files`` in ``pmo check --json`` (docs/check.md)."""
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.unreadable,
            "project_id": self.project.header.project_id if self.project else None,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
        }


def _reason(exc: UnreadableWorkbookError) -> str:
    return f"{exc.what} - {exc.fix}" if exc.fix else exc.what


def _failed_reason(path: Path, reason: str) -> str:
    """Name an old .xls for what it is when reading it failed (the parser's own words,
    e.g. a zip error for an .xls named .xlsx, would not tell the PM what to do)."""
    kind = sniff(path)
    if kind.kind == "xls":
        return (
            "an old Excel 97-2003 .xls file that could not be read - open it in Excel and "
            "save it as Excel Workbook (.xlsx)"
        )
    return reason


def _unreadable(file: str, reason: str, standards: Standards, as_of: date) -> CheckReport:
    finding = make_finding(
        codes.UNREADABLE, standards, reason, file=file, register="workbook", value=None
    )
    return CheckReport(
        file=file, findings=[finding] if finding else [], unreadable=reason, as_of=as_of
    )


def _report(read: ReadResult, file: str, standards: Standards, as_of: date) -> CheckReport:
    findings = sort_findings([*read.findings, *run_rules(read, standards, as_of)])
    return CheckReport(file=file, findings=findings, project=read.project, read=read, as_of=as_of)


def check_file(path: Path, standards: Standards, as_of: date) -> CheckReport:
    """Check a workbook on disk. Never raises for a bad file: an unreadable one gives a
    report whose ``unreadable`` says what it really is. The file is only read."""
    file = str(path)
    try:
        read = read_project_file(Path(path), standards)
    except UnreadableWorkbookError as exc:
        return _unreadable(file, _failed_reason(Path(path), _reason(exc)), standards, as_of)
    except MemoryError:
        return _unreadable(
            file, "too large to read in memory - split the workbook", standards, as_of
        )
    except Exception as exc:  # a file the reader did not foresee must not stop a batch
        return _unreadable(
            file,
            _failed_reason(
                Path(path),
                f"could not be read ({type(exc).__name__}: {exc}) - open it in Excel, save it "
                "as Excel Workbook (.xlsx) and try again",
            ),
            standards,
            as_of,
        )
    read.file = read.file or file
    if _is_capacity(read):  # a capacity workbook (SPEC section 14) has its own checks
        from addin.capacity.check_report import capacity_report
        from addin.capacity.reader import read_capacity_file

        return capacity_report(read_capacity_file(Path(path), standards), file, standards, as_of)
    return _report(read, file, standards, as_of)


def check_host(host: WorkbookHost, standards: Standards, as_of: date) -> CheckReport:
    """Check the workbook a host holds (a file, or the live workbook in Excel)."""
    file = host.name
    reason = host.unreadable_reason()  # the file host knows what its file really is
    if reason is not None:
        return _unreadable(file, reason, standards, as_of)
    try:
        read = read_project(host, standards)
    except UnreadableWorkbookError as exc:
        return _unreadable(file, _reason(exc), standards, as_of)
    if _is_capacity(read):  # a capacity workbook (SPEC section 14) has its own checks
        from addin.capacity.check_report import capacity_report
        from addin.capacity.reader import read_capacity

        return capacity_report(read_capacity(host, standards), file, standards, as_of)
    return _report(read, read.file or file, standards, as_of)


def _is_capacity(read: ReadResult) -> bool:
    from addin.capacity.check_report import is_capacity_read

    return is_capacity_read(read)
