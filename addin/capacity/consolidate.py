"""Consolidation's capacity step: find the capacity workbook (in the folder by its _pmo,
or ``--capacity FILE``), read and check it, set the projects' demand against it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from addin.capacity.book import CapacityBook, build_book
from addin.capacity.checks import check_capacity
from addin.capacity.compute import CapacityView, compute_capacity
from addin.capacity.demand import demand_sources
from addin.capacity.findings import capacity_findings
from addin.capacity.layout import CAPACITY_TEMPLATE_ID
from addin.capacity.reader import CapacityRead, read_capacity_file
from addin.errors import UnreadableWorkbookError, UsageError
from addin.findings import Finding
from addin.standards import Standards

if TYPE_CHECKING:
    from addin.rollup.inputs import LoadEntry, ProjectInput

CAPACITY_REASON = "capacity workbook (template capacity): used for the Capacity sheet"
NOT_USED_REASON = "capacity workbook, not used: --capacity names {file}"


@dataclass
class FoundCapacity:
    """A capacity workbook the folder holds (its Load Report entry, what was read)."""

    entry: LoadEntry
    read: CapacityRead
    path: Path


@dataclass
class CapacityStep:
    """What consolidation learnt about capacity; ``view`` is None until :meth:`compute`."""

    book: CapacityBook | None = None
    findings: list[Finding] = field(default_factory=list)  # the capacity workbook's own
    view: CapacityView | None = None


def checked_read(path: Path, standards: Standards) -> CapacityRead:
    """Read and check a capacity workbook (in a worker: the findings go with it)."""
    read = read_capacity_file(path, standards)
    read.findings = check_capacity(read, standards)
    return read


def is_capacity_template(template_id: str | None) -> bool:
    return template_id == CAPACITY_TEMPLATE_ID


def choose_capacity(
    found: Sequence[FoundCapacity], explicit: Path | None, standards: Standards
) -> CapacityStep:
    """The capacity workbook to use. Two in the folder (and no ``--capacity``) is a usage
    error naming both; ``--capacity FILE`` wins over any in the folder."""
    step = CapacityStep()
    if explicit is not None:
        try:
            read = checked_read(explicit, standards)
        except UnreadableWorkbookError as exc:
            raise UsageError(
                f"--capacity {explicit}: {exc.what}" + (f" - {exc.fix}" if exc.fix else "")
            ) from exc
        except OSError as exc:
            raise UsageError(f"--capacity {explicit}: cannot be read ({exc})") from exc
        if not is_capacity_template(read.meta.template_id) and read.location is None:
            raise UsageError(
                f"--capacity {explicit}: not a capacity workbook (no table tblCapacity); "
                "create one with `pmo new --template capacity FILE`"
            )
        file = str(explicit)
        for other in found:
            if other.path.resolve() == Path(explicit).resolve():
                file = _mark_used(other.entry)
            else:
                other.entry.reason = NOT_USED_REASON.format(file=explicit)
                other.entry.kind = "capacity"
        return _use(step, read, file)
    if len(found) > 1:
        names = " and ".join(f.entry.file for f in found)
        raise UsageError(
            f"the folder holds {len(found)} capacity workbooks ({names}); keep one in the "
            "folder, or choose one with --capacity FILE"
        )
    if found:
        return _use(step, found[0].read, _mark_used(found[0].entry))
    return step


def _mark_used(entry: LoadEntry) -> str:
    entry.used = True
    entry.kind = "capacity"
    entry.reason = CAPACITY_REASON
    return entry.file


def _use(step: CapacityStep, read: CapacityRead, file: str) -> CapacityStep:
    step.findings = [
        f if f.file == file else dataclasses.replace(f, file=file) for f in read.findings
    ]
    step.book = build_book(file, read.lines)
    return step


def compute_view(
    step: CapacityStep, projects: Sequence[ProjectInput], standards: Standards
) -> list[Finding]:
    """Set demand against capacity; returns the CAP-001..003 findings."""
    policy = standards.capacity
    step.view = compute_capacity(
        demand_sources(projects), step.book, policy.amber_above_pct, policy.red_above_pct
    )
    return capacity_findings(step.view, standards) if step.book is not None else []
