"""What one status page shows, picked from the roll-up's own rows for one project.

The input is the roll-up's rows as ``{header: value}`` dicts: the project's row of the
Projects table and its rows of each register table. Both sources give exactly these
rows: a project workbook through the roll-up's table builders (:mod:`addin.report.from_file`),
a roll-up workbook by reading its sheets (:mod:`addin.report.from_rollup`). Nothing here
recomputes a figure the roll-up has: BAC, actual to date, EAC, VAC, scores, slippage and
days overdue are the roll-up's values; this module only selects, orders and accumulates.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from addin import derived
from addin.standards import Standards

Row = Mapping[str, Any]

#: How many lines each block of the page shows.
TOP_RISKS = 5
TOP_ISSUES = 5
NEXT_MILESTONES = 6
DEPENDENCIES_SHOWN = 5

#: The four RAGs a PM reports, in page order (Projects sheet headers).
RAG_HEADERS = ("Overall RAG", "Schedule RAG", "Cost RAG", "Scope RAG")
#: Dependency statuses that say a dependency is in trouble (the standards' list words).
TROUBLE_STATUSES = ("at risk", "late", "blocked")


def as_date(value: object) -> date | None:
    """A date from a cell value (calamine gives datetimes for date cells)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def as_number(value: object) -> float | None:
    """A finite number from a cell value, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def text(value: object) -> str:
    """A cell value as text for the page ('' for nothing)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    d = as_date(value)
    return d.isoformat() if d else str(value)


@dataclass(frozen=True)
class MonthPoint:
    """One month of the finance chart: cumulative budget, actual (to the report month
    only) and forecast (the actual up to the report month, the forecast after it)."""

    month: date
    budget: float
    actual: float | None
    forecast: float


@dataclass
class StatusReport:
    """Everything one status page shows."""

    project: dict[str, Any]  # the project's Projects row (the roll-up's figures)
    as_of: date
    milestones: list[dict[str, Any]] = field(default_factory=list)
    risks: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    dependencies: list[dict[str, Any]] = field(default_factory=list)  # with "Why" added
    months: list[MonthPoint] = field(default_factory=list)
    findings: dict[str, int] = field(default_factory=dict)  # severity -> open findings
    #: The agile forecast (velocity, say/do, forecast finish...) as label -> value, for
    #: agile and hybrid projects when it is known (see ``agile`` in docs/report.md).
    agile: dict[str, Any] | None = None
    source: str = ""
    #: What changed for this project since the last snapshot (rows of the roll-up's
    #: Changes sheet: Area, Item ID, Field, From, To, Delta), when the store made one.
    changes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def project_id(self) -> str:
        return text(self.project.get("Project ID"))

    @property
    def name(self) -> str:
        return text(self.project.get("Project Name"))

    def figure(self, header: str) -> float | None:
        return as_number(self.project.get(header))

    @property
    def open_findings(self) -> int:
        return sum(self.findings.values())

    def to_json(self) -> dict[str, Any]:
        """The ``reports`` entries of ``pmo report --json`` (docs/report.md)."""
        p = self.project
        return {
            "project_id": self.project_id,
            "project_name": self.name,
            "source": self.source,
            "as_of": self.as_of.isoformat(),
            "report_date": _iso(p.get("Report Date")),
            "rag": {h.replace(" RAG", "").lower(): p.get(h) for h in RAG_HEADERS},
            "bac": self.figure("Budget (BAC)"),
            "actual_to_date": self.figure("Actual to Date"),
            "eac": self.figure("EAC"),
            "vac": self.figure("VAC"),
            "vac_pct": self.figure("VAC %"),
            "next_milestones": [
                {
                    "id": m.get("ID"),
                    "milestone": m.get("Milestone"),
                    "forecast": _iso(m.get("Forecast Date")),
                    "slippage_days": as_number(m.get("Slippage Days")),
                }
                for m in self.milestones
            ],
            "top_risks": [
                {"id": r.get("ID"), "score": as_number(r.get("Score")), "rating": r.get("Rating")}
                for r in self.risks
            ],
            "top_issues": [
                {"id": i.get("ID"), "severity": as_number(i.get("Severity"))} for i in self.issues
            ],
            "dependencies_at_risk": [
                {"id": d.get("ID"), "why": d.get("Why")} for d in self.dependencies
            ],
            "open_findings": dict(self.findings),
            "agile": self.agile,
            "changes": len(self.changes),
        }


def _iso(value: object) -> str | None:
    d = as_date(value)
    return d.isoformat() if d else None


def _is_open(register: str, row: Row, standards: Standards) -> bool:
    status = row.get("Status")
    return not standards.is_closed(register, status if isinstance(status, str) else None)


def _sort_number(value: object) -> float:
    number = as_number(value)
    return number if number is not None else -math.inf


def top_risks(rows: Sequence[Row], standards: Standards) -> list[dict[str, Any]]:
    """Open risks, highest score first (the roll-up's recomputed Score)."""
    open_rows = [dict(r) for r in rows if _is_open("risk", r, standards)]
    open_rows.sort(key=lambda r: (-_sort_number(r.get("Score")), text(r.get("ID"))))
    return open_rows[:TOP_RISKS]


def top_issues(rows: Sequence[Row], standards: Standards) -> list[dict[str, Any]]:
    """Open issues, most severe first."""
    open_rows = [dict(r) for r in rows if _is_open("issue", r, standards)]
    open_rows.sort(key=lambda r: (-_sort_number(r.get("Severity")), text(r.get("ID"))))
    return open_rows[:TOP_ISSUES]


def next_milestones(rows: Sequence[Row], standards: Standards) -> list[dict[str, Any]]:
    """Open milestones by their forecast (else baseline) date, soonest first."""
    dated = []
    for row in rows:
        when = as_date(row.get("Forecast Date")) or as_date(row.get("Baseline Date"))
        if when is not None and _is_open("milestone", row, standards):
            dated.append((when, text(row.get("ID")), dict(row)))
    dated.sort(key=lambda t: (t[0], t[1]))
    return [row for _, _, row in dated[:NEXT_MILESTONES]]


def dependencies_at_risk(
    rows: Sequence[Row], standards: Standards, mismatches: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Open dependencies that are overdue, committed after their need-by date, flagged
    At Risk / Late, or mismatched with the counterparty's own entry (``mismatches``:
    dependency ID -> what the Dependencies Map says, known only to a roll-up)."""
    found = []
    for row in rows:
        if not _is_open("dependency", row, standards):
            continue
        why = []
        overdue = as_number(row.get("Days Overdue")) or 0
        if overdue > 0:
            why.append(f"{int(overdue)} days past need-by")
        slack = as_number(row.get("Slack Days"))
        if slack is not None and slack < 0:
            why.append(f"committed {int(-slack)} days after need-by")
        status = text(row.get("Status"))
        if status.casefold() in TROUBLE_STATUSES:
            why.append(f"status {status}")
        mismatch = (mismatches or {}).get(text(row.get("ID")))
        if mismatch:
            why.append(mismatch)
        if why:
            found.append({**row, "Why": "; ".join(why)})
    found.sort(key=lambda r: (-(as_number(r.get("Days Overdue")) or 0), text(r.get("ID"))))
    return found[:DEPENDENCIES_SHOWN]


def month_points(finance: Sequence[Row], report_date: date | None) -> list[MonthPoint]:
    """Cumulative budget, actual and forecast by month from the Finance rows, by SPEC
    section 4's definitions: the forecast line ends at the EAC, the budget line at BAC."""
    report_month = derived.month_start(report_date) if report_date else None
    sums: dict[date, list[float]] = {}
    for row in finance:
        month = as_date(row.get("Month"))
        if month is None:
            continue
        acc = sums.setdefault(derived.month_start(month), [0.0, 0.0, 0.0])
        actual = as_number(row.get("Actual")) or 0.0
        acc[0] += as_number(row.get("Budget")) or 0.0
        acc[1] += actual
        reported = report_month is None or derived.month_start(month) <= report_month
        acc[2] += actual if reported else as_number(row.get("Forecast")) or 0.0
    points = []
    budget = actual = forecast = 0.0
    for month in sorted(sums):
        b, a, f = sums[month]
        budget, actual, forecast = budget + b, actual + a, forecast + f
        reported = report_month is None or month <= report_month
        points.append(MonthPoint(month, budget, actual if reported else None, forecast))
    return points


def cumulative_points(
    months: Mapping[date, tuple[float, float, float, float]], report_date: date | None
) -> list[MonthPoint]:
    """The chart's lines from the roll-up payload's month sums (budget, actual, forecast,
    EAC basis: :func:`addin.rollup.payload.make_payload`), for a project read from its file."""
    report_month = derived.month_start(report_date) if report_date else None
    points = []
    budget = actual = forecast = 0.0
    for month in sorted(months):
        b, a, _, basis = months[month]
        budget, actual, forecast = budget + b, actual + a, forecast + basis
        reported = report_month is None or month <= report_month
        points.append(MonthPoint(month, budget, actual if reported else None, forecast))
    return points


def build_status_report(
    project: Row,
    registers: Mapping[str, Sequence[Row]],
    standards: Standards,
    as_of: date,
    *,
    findings: Mapping[str, int] | None = None,
    mismatches: Mapping[str, str] | None = None,
    agile: dict[str, Any] | None = None,
    source: str = "",
    months: list[MonthPoint] | None = None,
    changes: Sequence[Row] | None = None,
) -> StatusReport:
    """One project's status page from its roll-up rows (``registers``: register key ->
    its rows of that register's roll-up table). ``months``: the chart's points when the
    caller has the roll-up payload's month sums; else they add up from the Finance rows."""
    report_date = as_date(project.get("Report Date"))
    return StatusReport(
        project=dict(project),
        as_of=as_of,
        milestones=next_milestones(registers.get("milestones", ()), standards),
        risks=top_risks(registers.get("risks", ()), standards),
        issues=top_issues(registers.get("issues", ()), standards),
        dependencies=dependencies_at_risk(registers.get("dependencies", ()), standards, mismatches),
        months=months
        if months is not None
        else month_points(registers.get("finance", ()), report_date),
        findings=dict(findings or {}),
        agile=agile,
        source=source or text(project.get("Source File")),
        changes=[dict(c) for c in changes or ()],
    )


def change_line(changes: Sequence[Row], limit: int = 6) -> str:
    """One line of what changed: ``3 changes since the last snapshot: Overall RAG Green ->
    Amber; R-001 Rating Low -> High; ...``."""
    parts = []
    for c in changes[:limit]:
        what = " ".join(t for t in (text(c.get("Item ID")), text(c.get("Field"))) if t)
        parts.append(f"{what or text(c.get('Area'))} {text(c.get('From'))} -> {text(c.get('To'))}")
    more = f"; and {len(changes) - limit} more" if len(changes) > limit else ""
    noun = "change" if len(changes) == 1 else "changes"
    return f"{len(changes)} {noun} since the last snapshot: " + "; ".join(parts) + more
