"""The standard project workbook's layout (SPEC section 3): sheets, tables, columns.

This is the one description of the workbook that the template builder, the reader, the
rules, adoption and the roll-up all use. A column's ``key`` is the attribute name on the
matching model in :mod:`addin.models`; a column's ``list_name`` names a list in the
standards; ``computed`` columns hold formulas in the template and are recomputed from
their inputs by the core (never trusted as stored).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Kind = Literal["id", "text", "longtext", "date", "month", "int", "number", "money", "list", "scale"]


@dataclass(frozen=True)
class Column:
    """One column of a register table."""

    name: str
    kind: Kind = "text"
    list_name: str | None = None  # standards list feeding the dropdown (kind "list")
    scale: str | None = None  # standards scale name (kind "scale")
    computed: bool = False
    required: bool = False
    width: float = 14
    hint: str = ""  # input message shown in Excel on entry

    @cached_property
    def key(self) -> str:  # asked for every cell read: worked out once per column
        return field_key(self.name)


@dataclass(frozen=True)
class Register:
    """A register table: one sheet, one Excel table, one model."""

    key: str  # "risks"
    sheet: str  # "Risks"
    table: str  # "tblRisks"
    item: str  # singular used in messages and closed-status lookups: "risk"
    id_prefix: str | None  # "R" -> R-001; None when the register has no ID column
    columns: tuple[Column, ...]
    description: str = ""
    #: The date that makes an open item overdue when it is before the as-of date
    #: (SPEC section 4): Due Date, Validate By, Need By, a milestone's Forecast Date.
    due_column: str | None = None

    def column(self, key: str) -> Column:
        found = self._columns_by_key.get(key)
        if found is None:
            raise KeyError(f"{self.table} has no column {key!r}")
        return found

    @cached_property
    def _columns_by_key(self) -> dict[str, Column]:
        by_key: dict[str, Column] = {}
        for col in self.columns:
            by_key.setdefault(col.key, col)  # the first of a key, as the search found it
        return by_key

    @property
    def headers(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass(frozen=True)
class ProjectField:
    """One label/value row of the Project sheet."""

    label: str
    kind: Kind = "text"
    list_name: str | None = None
    scale: str | None = None
    required: bool = False
    hint: str = ""

    @cached_property
    def key(self) -> str:
        return field_key(self.label)

    @property
    def range_name(self) -> str:
        """The workbook-level defined name of the value cell, e.g. ``ProjectID``."""
        return re.sub(r"[^A-Za-z0-9]", "", self.label.title().replace("Id", "ID")).replace(
            "Rag", "RAG"
        )


@functools.lru_cache(maxsize=4096)  # called per header and column look-up: hot in reading
def field_key(label: str) -> str:
    """``"Residual Probability"`` -> ``"residual_probability"``; ``"CapEx/OpEx"`` -> ``"capex_opex"``."""
    text = re.sub(r"\(.*?\)", "", label)
    text = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()
    return text


C = Column

# ---------------------------------------------------------------------------------------
# Project sheet (two-column form: label in A, value in B, from row 4)
# ---------------------------------------------------------------------------------------

PROJECT_SHEET = "Project"
PROJECT_FIRST_ROW = 4  # first label row on the Project sheet

PROJECT_FIELDS: tuple[ProjectField, ...] = (
    ProjectField("Project ID", "id", required=True, hint="Your EPMO project code, e.g. PRJ-0042."),
    ProjectField("Project Name", required=True, hint="The project's short name."),
    ProjectField("Portfolio", required=True),
    ProjectField("Programme"),
    ProjectField("Sponsor", required=True),
    ProjectField("Project Manager", required=True),
    ProjectField("Delivery Method", "list", list_name="delivery_method", required=True),
    ProjectField("Stage", "list", list_name="stage", required=True),
    ProjectField("Start Date", "date", required=True),
    ProjectField("Planned End Date", "date", required=True),
    ProjectField("Forecast End Date", "date"),
    ProjectField("Report Date", "date", required=True, hint="The date this report is as at."),
    ProjectField("Overall RAG", "list", list_name="rag", required=True),
    ProjectField("Schedule RAG", "list", list_name="rag"),
    ProjectField("Cost RAG", "list", list_name="rag"),
    ProjectField("Scope RAG", "list", list_name="rag"),
    ProjectField("Status Summary", "longtext"),
    ProjectField("Currency", "list", list_name="currency", required=True),
    ProjectField("Strategic Value", "scale", scale="wsjf", hint="1 (very low) to 5 (very high)."),
    ProjectField("Time Criticality", "scale", scale="wsjf", hint="1 (very low) to 5 (very high)."),
    ProjectField("Risk Reduction", "scale", scale="wsjf", hint="1 (very low) to 5 (very high)."),
    ProjectField("Job Size", "scale", scale="wsjf", hint="1 (small) to 5 (very large)."),
    # Template version 2 (SPEC section 15): prioritisation inputs.
    ProjectField(
        "Mandatory",
        "list",
        list_name="yes_no",
        hint="Y when the project must be funded (regulatory, contractual, committed).",
    ),
    ProjectField(
        "Funding Requested",
        "money",
        hint="The funding asked for in this cycle; prioritisation uses it as the cost.",
    ),
    ProjectField("Expected Benefits", "longtext", hint="The benefits the funding buys."),
)

# ---------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------

_OWNER = C("Owner", required=True, width=18, hint="A named person, not TBC.")
_RAISED = C("Raised Date", "date", required=True, width=12)
_LAST_UPDATED = C("Last Updated", "date", width=12)
_CLOSED = C("Closed Date", "date", width=12, hint="Required once the status is closed.")
_LINKED = C("Linked IDs", width=14, hint="Other IDs, comma separated, e.g. I-003, D-002.")

RISKS = Register(
    "risks",
    "Risks",
    "tblRisks",
    "risk",
    "R",
    (
        C("ID", "id", required=True, width=9),
        C("Title", required=True, width=28),
        C("Description", "longtext", width=40),
        C("Category", "list", list_name="risk_category", required=True),
        _OWNER,
        _RAISED,
        C("Status", "list", list_name="risk_status", required=True, width=12),
        C(
            "Probability",
            "scale",
            scale="probability",
            required=True,
            width=11,
            hint="1 (rare) to 5 (almost certain).",
        ),
        C(
            "Impact",
            "scale",
            scale="impact",
            required=True,
            width=9,
            hint="1 (minimal) to 5 (severe).",
        ),
        C("Score", "int", computed=True, width=8),
        C("Rating", "text", computed=True, width=10),
        C("Proximity", "list", list_name="proximity", width=14),
        C("Response Type", "list", list_name="response_type", width=13),
        C(
            "Response",
            "longtext",
            width=36,
            hint="What is being done; required for High and Critical.",
        ),
        C("Residual Probability", "scale", scale="probability", width=11),
        C("Residual Impact", "scale", scale="impact", width=10),
        C("Residual Score", "int", computed=True, width=10),
        C("Escalation Level", "list", list_name="escalation_level", width=13),
        C("Due Date", "date", width=12),
        _LAST_UPDATED,
        _CLOSED,
        _LINKED,
    ),
    "Uncertain events that would affect the project if they happened.",
    due_column="due_date",
)

ASSUMPTIONS = Register(
    "assumptions",
    "Assumptions",
    "tblAssumptions",
    "assumption",
    "A",
    (
        C("ID", "id", required=True, width=9),
        C("Assumption", "longtext", required=True, width=40),
        _OWNER,
        _RAISED,
        C("Status", "list", list_name="assumption_status", required=True, width=12),
        C("Validate By", "date", width=12, hint="The date by which it must be confirmed."),
        C("Confidence", "list", list_name="confidence", width=11),
        C("Impact If False", "longtext", width=32),
        C("Outcome", "longtext", width=28),
        _LAST_UPDATED,
        _CLOSED,
        _LINKED,
    ),
    "Things taken as true for planning, to be validated.",
    due_column="validate_by",
)

ISSUES = Register(
    "issues",
    "Issues",
    "tblIssues",
    "issue",
    "I",
    (
        C("ID", "id", required=True, width=9),
        C("Title", required=True, width=28),
        C("Description", "longtext", width=40),
        C("Type", "list", list_name="issue_type", width=14),
        _OWNER,
        _RAISED,
        C("Status", "list", list_name="issue_status", required=True, width=12),
        C(
            "Severity",
            "scale",
            scale="severity",
            required=True,
            width=9,
            hint="1 (minimal) to 5 (severe).",
        ),
        C("Priority", "list", list_name="priority", width=10),
        C("Resolution", "longtext", width=32),
        C(
            "Escalation Level",
            "list",
            list_name="escalation_level",
            width=13,
            hint="Severity 4 and 5 must be escalated beyond Project.",
        ),
        C("Due Date", "date", width=12),
        C("Source Risk ID", width=10),
        _LAST_UPDATED,
        _CLOSED,
    ),
    "Problems happening now that need action.",
    due_column="due_date",
)

DEPENDENCIES = Register(
    "dependencies",
    "Dependencies",
    "tblDependencies",
    "dependency",
    "D",
    (
        C("ID", "id", required=True, width=9),
        C("Title", required=True, width=28),
        C(
            "Direction",
            "list",
            list_name="dependency_direction",
            required=True,
            width=10,
            hint="Inbound: we need it from them. Outbound: they need it from us.",
        ),
        C("Counterparty Project ID", width=14, required=True),
        C("Deliverable", width=24),
        _OWNER,
        C("Counterparty Owner", width=18),
        C("Need By", "date", required=True, width=12),
        C("Committed Date", "date", width=12),
        C("Slack Days", "int", computed=True, width=9),
        C("Status", "list", list_name="dependency_status", required=True, width=12),
        _LAST_UPDATED,
        _CLOSED,
    ),
    "What this project needs from, or owes to, other projects.",
    due_column="need_by",
)

DECISIONS = Register(
    "decisions",
    "Decisions",
    "tblDecisions",
    "decision",
    "DC",
    (
        C("ID", "id", required=True, width=9),
        C("Decision", "longtext", required=True, width=40),
        C("Made By", required=True, width=18),
        C("Date", "date", required=True, width=12),
        C("Rationale", "longtext", width=40),
        _LINKED,
    ),
    "Decisions taken, by whom and why.",
)

MILESTONES = Register(
    "milestones",
    "Milestones",
    "tblMilestones",
    "milestone",
    "M",
    (
        C("ID", "id", required=True, width=9),
        C("Milestone", required=True, width=30),
        _OWNER,
        C("Gate", "list", list_name="yes_no", width=7, hint="Y for a governance gate."),
        C("Baseline Date", "date", required=True, width=12),
        C("Forecast Date", "date", width=12),
        C("Actual Date", "date", width=12),
        C("Status", "list", list_name="milestone_status", required=True, width=12),
        C("Slippage Days", "int", computed=True, width=10),
    ),
    "Key dates against the baseline.",
    due_column="forecast_date",
)

FINANCE = Register(
    "finance",
    "Finance",
    "tblFinance",
    "finance line",
    None,
    (
        C(
            "Month",
            "month",
            required=True,
            width=11,
            hint="First day of the month, e.g. 01/04/2026.",
        ),
        C("Cost Line", required=True, width=22),
        C("Category", "list", list_name="cost_category", width=13),
        C("CapEx/OpEx", "list", list_name="capex_opex", required=True, width=11),
        C("Budget", "money", width=12),
        C("Actual", "money", width=12, hint="Only for months up to the report month."),
        C("Forecast", "money", width=12),
        C("Notes", "longtext", width=30),
    ),
    "One row per month and cost line.",
)

ITERATIONS = Register(
    "iterations",
    "Iterations",
    "tblIterations",
    "iteration",
    None,
    (
        C("Iteration", required=True, width=12),
        C("Start", "date", required=True, width=12),
        C("End", "date", required=True, width=12),
        C("Committed Points", "number", width=11),
        C("Completed Points", "number", width=11),
        C("Scope Added", "number", width=10),
        C(
            "Remaining Points",
            "number",
            width=11,
            hint="Backlog points left at the iteration's end (template version 2).",
        ),
    ),
    "Sprints of agile and hybrid projects.",
)

RESOURCES = Register(
    "resources",
    "Resources",
    "tblResources",
    "resource line",
    None,
    (
        C("Role", required=True, width=20),
        C("Person", width=20),
        C("Month", "month", required=True, width=11),
        C("Planned Days", "number", width=10),
    ),
    "Planned effort by role and month.",
)

REGISTERS: tuple[Register, ...] = (
    RISKS,
    ASSUMPTIONS,
    ISSUES,
    DEPENDENCIES,
    DECISIONS,
    MILESTONES,
    FINANCE,
    ITERATIONS,
    RESOURCES,
)
REGISTERS_BY_KEY = {r.key: r for r in REGISTERS}

#: The RAID registers (and decisions): items with an ID, an owner or maker, dates.
RAID_KEYS = ("risks", "assumptions", "issues", "dependencies", "decisions")

# Other sheets of the workbook, in order.
GUIDE_SHEET = "Guide"
FINANCE_SUMMARY_SHEET = "Finance Summary"
LISTS_SHEET = "Lists"
META_SHEET = "_pmo"
CHECKS_SHEET = "Checks"

SHEET_ORDER: tuple[str, ...] = (
    GUIDE_SHEET,
    PROJECT_SHEET,
    RISKS.sheet,
    ASSUMPTIONS.sheet,
    ISSUES.sheet,
    DEPENDENCIES.sheet,
    DECISIONS.sheet,
    MILESTONES.sheet,
    FINANCE.sheet,
    FINANCE_SUMMARY_SHEET,
    ITERATIONS.sheet,
    RESOURCES.sheet,
    LISTS_SHEET,
    META_SHEET,
)

#: Keys of the hidden _pmo sheet (column A) whose values sit in column B.
META_KEYS = ("template_id", "template_version", "standards_version", "tool_version")


@dataclass(frozen=True)
class Layout:
    """Everything above, as one object to pass around."""

    project_fields: tuple[ProjectField, ...] = PROJECT_FIELDS
    registers: tuple[Register, ...] = REGISTERS
    sheet_order: tuple[str, ...] = SHEET_ORDER
    extra: dict[str, str] = field(default_factory=dict)


LAYOUT = Layout()


#: Register key -> its overdue date column, for the registers that have one.
DUE_COLUMNS: dict[str, str] = {r.key: r.due_column for r in REGISTERS if r.due_column}
