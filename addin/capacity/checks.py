"""`pmo check` on a capacity workbook: the reader's findings plus CAP-101..105."""

from __future__ import annotations

import calendar
from datetime import date

from addin.capacity import codes
from addin.capacity.model import CapacityLine
from addin.capacity.names import name_key
from addin.capacity.reader import CapacityRead
from addin.catalogue import RuleInfo, make_finding
from addin.findings import Finding, sort_findings
from addin.standards import Standards


def _days_in(month: date) -> int:
    return calendar.monthrange(month.year, month.month)[1]


def _fmt(days: float) -> str:
    return f"{days:g}"


def _who(line: CapacityLine) -> str:
    person = " ".join(str(line.person or "").split())
    role = str(line.role or "no role").strip()
    month = f"{line.month:%Y-%m}" if line.month else "no month"
    return f"{person or f'pooled {role}'} {month}"


class _Checker:
    def __init__(self, read: CapacityRead, standards: Standards) -> None:
        self.read, self.standards = read, standards
        self.findings: list[Finding] = []

    def add(
        self, info: RuleInfo, line: CapacityLine, column: str, message: str, value: object
    ) -> None:
        sheet, cell = self.read.cell(line.source_row, column) or (None, None)
        finding = make_finding(
            info,
            self.standards,
            f"{_who(line)}: {message}",
            file=self.read.file,
            sheet=sheet,
            cell=cell,
            register="capacity",
            value=value,
        )
        if finding is not None:
            self.findings.append(finding)

    def run(self) -> list[Finding]:
        lines = self.read.lines
        for line in lines:
            self._row(line)
        self._duplicates(lines)
        self._two_roles(lines)
        return self.findings

    def _row(self, line: CapacityLine) -> None:
        if not name_key(line.role):
            self.add(codes.REQUIRED, line, "role", "Role is empty; pick the role", line.role)
        if line.month is None:
            self.add(codes.REQUIRED, line, "month", "Month is empty; enter its first day", None)
        elif line.month.day != 1:
            self.add(
                codes.NOT_FIRST,
                line,
                "month",
                f"Month {line.month.isoformat()} is not the first of the month; it is read as "
                f"{line.month:%Y-%m}. Enter {line.month.replace(day=1):%d/%m/%Y}",
                line.month,
            )
        days = line.available_days
        if days is None:
            return
        if days < 0:
            self.add(
                codes.BAD_DAYS,
                line,
                "available_days",
                f"Available Days {_fmt(days)} is negative; enter 0 or more (not counted)",
                days,
            )
        elif line.month is not None and name_key(line.person) and days > _days_in(line.month):
            self.add(
                codes.BAD_DAYS,
                line,
                "available_days",
                f"Available Days {_fmt(days)} is more than the {_days_in(line.month)} days of "
                f"{line.month:%B %Y}; enter the days the person can give",
                days,
            )

    def _duplicates(self, lines: list[CapacityLine]) -> None:
        first: dict[tuple[str, str, str, date], CapacityLine] = {}
        for line in lines:
            if line.month is None or not name_key(line.role):
                continue
            key = (
                name_key(line.person),
                name_key(line.role),
                name_key(line.team),
                line.month.replace(day=1),
            )
            earlier = first.setdefault(key, line)
            if earlier is line:
                continue
            what = "person" if key[0] else "pooled role and team"
            self.add(
                codes.DUPLICATE_MONTH,
                line,
                "month",
                f"the same {what} already has a row for {line.month:%Y-%m} (row "
                f"{earlier.source_row}); only that row counts. Keep one row per month with the "
                "total days",
                line.month,
            )

    def _two_roles(self, lines: list[CapacityLine]) -> None:
        seen: dict[str, dict[tuple[str, str], CapacityLine]] = {}
        for line in lines:
            person = name_key(line.person)
            if not person or not name_key(line.role):
                continue
            variants = seen.setdefault(person, {})
            variant = (name_key(line.role), name_key(line.team))
            if variant in variants:
                continue
            if variants:
                earlier = next(iter(variants.values()))
                self.add(
                    codes.TWO_ROLES,
                    line,
                    "role",
                    f"'{' '.join(str(line.person).split())}' is also in row {earlier.source_row} "
                    f"as '{' '.join(str(earlier.person).split())}', {earlier.role} "
                    f"({earlier.team or 'no team'}), here {line.role} ({line.team or 'no team'}); "
                    "kept apart, not merged. Give one person one role and team, or tell two "
                    "people apart in the name",
                    line.person,
                )
            variants[variant] = line


def check_capacity(read: CapacityRead, standards: Standards) -> list[Finding]:
    """Every finding about a capacity workbook: the reader's and CAP-101..105, sorted."""
    return sort_findings([*read.findings, *_Checker(read, standards).run()])
