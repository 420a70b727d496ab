"""PMO functions over a register: the next free ID, and a check of a pasted range."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin import derived
from addin.errors import UsageError
from addin.excel_values import date_arg, excel_call, flat_arg, grid_arg, text_arg
from addin.findings import Finding, sort_findings
from addin.reading.range_reader import find_register, read_register_range
from udfs.registry import pmo_function, standards

#: The header row PMO.CHECKRANGE returns above its findings.
CHECK_HEADER = ["Severity", "Code", "Cell", "ID", "Message"]
NO_FINDINGS = ["ok", "", "", "", "No findings: every row passes the checks."]


def _next_id(register: Any, ids: Any) -> str:
    name = text_arg(register, "register")
    if name is None:
        raise UsageError("name the register (risks, issues...) or its ID prefix (R, I...)")
    prefix = find_register(name).id_prefix
    if prefix is None:
        raise UsageError(f"the {name} register has no IDs")
    return derived.next_id(prefix, flat_arg(ids))


@pmo_function(
    args={
        "register": "risks, assumptions, issues, dependencies, decisions or milestones (or R, A, I, D, DC, M).",
        "ids": "The register's ID column (blank cells are fine).",
    },
    returns="The next free ID, one above the highest in use (R-001 when none).",
    example='=PMO_NEXTID("risks", tblRisks[ID]) -> R-008 when R-007 is the highest',
    ranges=("ids",),
)
def PMO_NEXTID(register: Any, ids: Any) -> Any:
    """Next free ID of a register: one above the highest ID in use."""
    return excel_call(lambda: _next_id(register, ids))


def check_rows(findings: list[Finding]) -> list[list[Any]]:
    """Findings as the rows PMO.CHECKRANGE spills (header first)."""
    rows: list[list[Any]] = [list(CHECK_HEADER)]
    for f in sort_findings(findings):
        rows.append([f.severity, f.code, f.cell or "", f.item_id or "", f.message])
    if len(rows) == 1:
        rows.append(list(NO_FINDINGS))
    return rows


def _check(data: Any, register: Any, as_of: Any, top_left: Any) -> list[list[Any]]:
    from addin.rules.engine import run_rules

    name = text_arg(register, "register")
    if name is None:
        raise UsageError("name the register the range holds: risks, issues, finance...")
    judged = date_arg(as_of, "as_of") or date.today()
    rules_standards = standards()
    reg, result = read_register_range(
        grid_arg(data), name, rules_standards, text_arg(top_left, "top_left") or "A1"
    )
    if result.project.header.report_date is None:
        # A pasted range has no Project sheet: the as-of date stands in for the report
        # date (finance: actuals after its month, forecasts of closed months).
        result.project.header.report_date = judged
    findings = result.findings + [
        f for f in run_rules(result, rules_standards, judged) if f.register == reg.key
    ]
    return check_rows(findings)


@pmo_function(
    args={
        "data": "The register's header row and the rows below it.",
        "register": "Which register the range holds: risks, assumptions, issues, dependencies, decisions, milestones, finance...",
        "as_of": "Judge overdue and stale items at this date (default today); for finance it is also the report date.",
        "top_left": 'The address of the range\'s first cell, so findings name real cells (e.g. "A4"; default A1).',
    },
    returns="A spilled table: Severity, Code, Cell, ID, Message, one row per finding.",
    example='=PMO_CHECKRANGE(Risks!A4:V40, "risks", DATE(2026,11,30), "A4")',
    ranges=("data",),
    spills=True,
)
def PMO_CHECKRANGE(data: Any, register: Any, as_of: Any = None, top_left: Any = None) -> Any:
    """Check a pasted register range with the same rules as the Check button."""
    return excel_call(lambda: _check(data, register, as_of, top_left))
