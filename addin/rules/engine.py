"""Run every rule over one read workbook and collect the findings.

The reader runs first and reports workbook-level problems (its WB- codes); the rules
judge the data it read. A workbook that is not the standard template is not judged (the
reader's finding says so), and a rule that crashes becomes one RULE-ERROR finding
instead of stopping the others.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Sequence
from datetime import date
from functools import cache

import addin.rules as rules_package
from addin import layout
from addin.catalogue import declare, make_finding
from addin.findings import Finding, sort_findings
from addin.models import Item, ProjectData, ProjectHeader
from addin.reading.result import ReadResult, RegisterLocation
from addin.rules.base import Check, RuleContext, registered_checks
from addin.standards import Standards

RULE_ERROR = declare(
    "RULE-ERROR",
    "A rule could not run",
    "error",
    "workbook",
    "A rule stopped on something unexpected in this workbook; the other rules still ran. "
    "The message names the rule and what it met.",
    "Report it to the PMO tools team with the workbook; meanwhile check the named sheet by hand.",
)

#: Modules of addin.rules that hold no rules.
_NOT_RULES = {"base", "catalogue", "doc_table", "engine"}


@cache
def load_rules() -> tuple[Check, ...]:
    """Import every rule module of :mod:`addin.rules` and return the registered rules."""
    for module in pkgutil.iter_modules(rules_package.__path__):
        if module.name not in _NOT_RULES and not module.name.startswith("_"):
            importlib.import_module(f"addin.rules.{module.name}")
    return tuple(registered_checks())


def _active(check: Check, standards: Standards) -> bool:
    """False when the standards switch every code of the rule off (then it is not run)."""
    return any(standards.rules.get(code) != "off" for code in check.codes)


def run_rules(
    result: ReadResult, standards: Standards, as_of: date, *, context: RuleContext | None = None
) -> list[Finding]:
    """Every rule's findings for one read workbook, sorted (file, sheet, row, column).
    ``context``: a :class:`RuleContext` of the same result, standards and as-of date to
    use (and fill), so that what the rules work out (finance figures, months) serves the
    caller after them too."""
    if not result.is_standard:
        return []
    ctx = context if context is not None else RuleContext(result, standards, as_of)
    findings: list[Finding] = []
    for check in load_rules():
        if not _active(check, standards):
            continue
        try:
            for finding in check.func(ctx):
                if finding is not None:
                    findings.append(finding)
        except Exception as exc:  # one broken rule never stops the others
            crash = make_finding(
                RULE_ERROR,
                standards,
                f"rule {check.name.rsplit('.', 1)[-1]} ({', '.join(check.codes)}) stopped: "
                f"{type(exc).__name__}: {exc}; the other rules ran",
                file=result.file,
                register="workbook",
                value=check.name,
            )
            if crash is not None:
                findings.append(crash)
    return sort_findings(_not_at_reader_cells(findings, result))


def check_items(
    register_key: str,
    items: Sequence[Item],
    standards: Standards,
    as_of: date,
    *,
    header: ProjectHeader | None = None,
    location: RegisterLocation | None = None,
    file: str = "",
) -> list[Finding]:
    """The rules over one register's items alone, e.g. a register range pasted into a
    PMO function. Project sheet rules do not run; finance rules that need the report
    month use ``header`` when given; links to registers not given are not judged.
    ``location`` places the findings (default: the template's layout, header in row 1)."""
    project = ProjectData(header=header or ProjectHeader())
    setattr(project, register_key, list(items))
    register = layout.REGISTERS_BY_KEY[register_key]
    if location is None:
        rows = [i.source_row for i in items if i.source_row]
        location = RegisterLocation(
            register_key,
            register.sheet,
            register.table,
            1,
            {c.key: n for n, c in enumerate(register.columns, start=1)},
            2,
            max(rows, default=1),
        )
    result = ReadResult(file=file, project=project, registers={register_key: location})
    return run_rules(result, standards, as_of)


def _not_at_reader_cells(findings: list[Finding], result: ReadResult) -> list[Finding]:
    """Drop rule findings at a cell the reader already reported (a value it could not
    convert reads as empty; "Impact is empty" beside "#REF! in Impact" would mislead)."""
    taken = {(f.sheet, f.cell) for f in result.findings if f.cell}
    if not taken:
        return findings
    return [f for f in findings if (f.sheet, f.cell) not in taken]
