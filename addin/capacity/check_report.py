"""A capacity workbook met by `pmo check` (or the ribbon's Check): its own checks."""

from __future__ import annotations

from datetime import date

from addin.capacity.checks import check_capacity
from addin.capacity.layout import CAPACITY_TEMPLATE_ID
from addin.capacity.reader import CapacityRead
from addin.check import CheckReport
from addin.reading.result import ReadResult
from addin.standards import Standards


def is_capacity_read(read: ReadResult) -> bool:
    """True when the project reader met a capacity workbook (its _pmo says so)."""
    return not read.is_standard and read.project.meta.template_id == CAPACITY_TEMPLATE_ID


def capacity_report(
    read: CapacityRead, file: str, standards: Standards, as_of: date
) -> CheckReport:
    read.file = file
    for index, finding in enumerate(read.findings):
        if finding.file != file:
            read.findings[index] = type(finding)(**{**finding.__dict__, "file": file})
    return CheckReport(file=file, findings=check_capacity(read, standards), as_of=as_of)
