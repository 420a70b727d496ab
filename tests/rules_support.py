"""Build ReadResult objects straight from models, laid out as the template lays them out,
so each rule can be tested with one row that breaks it and one that does not."""

from __future__ import annotations

from datetime import date
from typing import Any

from addin import layout
from addin.findings import Finding
from addin.models import (
    Assumption,
    Decision,
    Dependency,
    FinanceLine,
    Issue,
    Milestone,
    ProjectData,
    ProjectHeader,
    Risk,
)
from addin.reading.result import ReadResult, RegisterLocation
from addin.rules.engine import run_rules
from addin.standards import Standards, default_standards

AS_OF = date(2026, 11, 30)
HEADER_ROW = 4  # registers: header in row 4, data from row 5
FILE = "plan.xlsx"


def good_header(**changes: Any) -> ProjectHeader:
    """A Project sheet that breaks no rule at AS_OF."""
    data: dict[str, Any] = {
        "project_id": "PRJ-0042",
        "project_name": "Billing replatform",
        "portfolio": "Digital",
        "sponsor": "Dana Sponsor",
        "project_manager": "Pat Manager",
        "delivery_method": "Hybrid",
        "stage": "Delivery",
        "start_date": date(2026, 1, 5),
        "planned_end_date": date(2027, 6, 30),
        "report_date": date(2026, 11, 27),
        "overall_rag": "Green",
        "cost_rag": "Green",
        "currency": "GBP",
        "strategic_value": 4,
        "time_criticality": 3,
        "risk_reduction": 2,
        "job_size": 3,
    }
    data.update(changes)
    return ProjectHeader(**data)


def good_risk(**changes: Any) -> Risk:
    data: dict[str, Any] = {
        "id": "R-001",
        "title": "Supplier late",
        "category": "Third Party",
        "owner": "Sam Owner",
        "raised_date": date(2026, 10, 1),
        "status": "Open",
        "probability": 3,
        "impact": 4,
        "response_type": "Reduce",
        "response": "Weekly supplier call",
        "residual_probability": 2,
        "residual_impact": 3,
        "escalation_level": "Project",
        "due_date": date(2026, 12, 31),
        "last_updated": date(2026, 11, 20),
    }
    data.update(changes)
    return Risk(**data)


def good_assumption(**changes: Any) -> Assumption:
    data: dict[str, Any] = {
        "id": "A-001",
        "assumption": "Data centre space is available",
        "owner": "Sam Owner",
        "raised_date": date(2026, 10, 1),
        "status": "Open",
        "validate_by": date(2026, 12, 15),
        "confidence": "Medium",
        "last_updated": date(2026, 11, 20),
    }
    data.update(changes)
    return Assumption(**data)


def good_issue(**changes: Any) -> Issue:
    data: dict[str, Any] = {
        "id": "I-001",
        "title": "Test environment down",
        "type": "Problem",
        "owner": "Sam Owner",
        "raised_date": date(2026, 11, 2),
        "status": "Open",
        "severity": 3,
        "priority": "High",
        "escalation_level": "Project",
        "due_date": date(2026, 12, 10),
        "last_updated": date(2026, 11, 25),
    }
    data.update(changes)
    return Issue(**data)


def good_dependency(**changes: Any) -> Dependency:
    data: dict[str, Any] = {
        "id": "D-001",
        "title": "Identity service API",
        "direction": "Inbound",
        "counterparty_project_id": "PRJ-0007",
        "owner": "Sam Owner",
        "need_by": date(2027, 1, 31),
        "committed_date": date(2027, 1, 15),
        "status": "On Track",
        "last_updated": date(2026, 11, 20),
    }
    data.update(changes)
    return Dependency(**data)


def good_decision(**changes: Any) -> Decision:
    data: dict[str, Any] = {
        "id": "DC-001",
        "decision": "Use the managed database",
        "made_by": "Steering board",
        "date": date(2026, 9, 1),
    }
    data.update(changes)
    return Decision(**data)


def good_milestone(**changes: Any) -> Milestone:
    data: dict[str, Any] = {
        "id": "M-001",
        "milestone": "Design signed off",
        "owner": "Sam Owner",
        "gate": "Y",
        "baseline_date": date(2026, 12, 15),
        "forecast_date": date(2026, 12, 18),
        "status": "In Progress",
    }
    data.update(changes)
    return Milestone(**data)


def finance_line(month: date, **changes: Any) -> FinanceLine:
    data: dict[str, Any] = {
        "month": month,
        "cost_line": "Labour",
        "category": "Labour",
        "capex_opex": "OpEx",
        "budget": 1000.0,
    }
    data.update(changes)
    return FinanceLine(**data)


def good_finance(report_month: date = date(2026, 11, 1)) -> list[FinanceLine]:
    """Jan-Dec 2026, on budget: actuals up to the report month, forecast after."""
    lines = []
    for m in range(1, 13):
        month = date(2026, m, 1)
        closed = month <= report_month
        lines.append(
            finance_line(
                month,
                actual=1000.0 if closed else None,
                forecast=1000.0,
            )
        )
    return lines


def location(register_key: str, rows: int) -> RegisterLocation:
    register = layout.REGISTERS_BY_KEY[register_key]
    columns = {c.key: i + 1 for i, c in enumerate(register.columns)}
    return RegisterLocation(
        register_key,
        register.sheet,
        register.table,
        HEADER_ROW,
        columns,
        HEADER_ROW + 1,
        HEADER_ROW + rows,
    )


def make_result(header: ProjectHeader | None = None, **registers: list[Any]) -> ReadResult:
    """A ReadResult of one standard workbook: rows numbered from row 5 of each sheet."""
    project = ProjectData(header=header or good_header())
    for key, items in registers.items():
        for offset, item in enumerate(items):
            item.source_row = HEADER_ROW + 1 + offset
        setattr(project, key, items)
    result = ReadResult(file=FILE, project=project)
    for register in layout.REGISTERS:
        result.registers[register.key] = location(
            register.key, len(registers.get(register.key, []))
        )
    for offset, field in enumerate(layout.PROJECT_FIELDS):
        result.project_cells[field.key] = (
            layout.PROJECT_SHEET,
            f"B{layout.PROJECT_FIRST_ROW + offset}",
        )
    return result


def cell(register_key: str, row: int, column_key: str) -> str:
    """The A1 address the template gives a register column in a row."""
    loc = location(register_key, 1)
    found = loc.cell(row, column_key)
    assert found is not None
    return found


def project_cell(field_key: str) -> str:
    keys = [f.key for f in layout.PROJECT_FIELDS]
    return f"B{layout.PROJECT_FIRST_ROW + keys.index(field_key)}"


def check(
    result: ReadResult, standards: Standards | None = None, as_of: date = AS_OF
) -> list[Finding]:
    return run_rules(result, standards or default_standards(), as_of)


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]
