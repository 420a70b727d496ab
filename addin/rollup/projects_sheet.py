"""The Projects sheet (one row per project) and the portfolio month-by-month finance view."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from addin.rollup.figures import UNRATED
from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutColumn, OutTable
from addin.standards import Standards


def projects_table(projects: list[ProjectInput], standards: Standards) -> OutTable:
    bands = [b.name for b in standards.score_bands][::-1]  # worst first
    columns = [
        OutColumn("Project ID", "text", 12),
        OutColumn("Project Name", "text", 28),
        OutColumn("Portfolio", "text", 16),
        OutColumn("Programme", "text", 16),
        OutColumn("Project Manager", "text", 18),
        OutColumn("Stage", "text", 11),
        OutColumn("Delivery Method", "text", 11),
        OutColumn("Overall RAG", "rag", 9),
        OutColumn("Schedule RAG", "rag", 9),
        OutColumn("Cost RAG", "rag", 9),
        OutColumn("Scope RAG", "rag", 9),
        OutColumn("Computed Cost RAG", "rag", 10),
        OutColumn("Currency", "text", 8),
        OutColumn("Budget (BAC)", "money", 13),
        OutColumn("Actual to Date", "money", 13),
        OutColumn("ETC", "money", 13),
        OutColumn("EAC", "money", 13),
        OutColumn("VAC", "money", 13),
        OutColumn("VAC %", "pct", 8),
        *[OutColumn(f"Open {name} Risks", "int", 9) for name in bands],
        OutColumn(f"Open {UNRATED} Risks", "int", 9),
        OutColumn("Open Issues", "int", 8),
        OutColumn("Overdue Items", "int", 8),
        OutColumn("Next Milestone", "text", 24),
        OutColumn("Next Milestone Date", "date", 12),
        OutColumn("Next Milestone Slippage Days", "int", 10),
        OutColumn("WSJF", "number", 7),
        OutColumn("Data Quality Score", "int", 9),
        OutColumn("Errors", "int", 7),
        OutColumn("Warnings", "int", 8),
        OutColumn("Report Date", "date", 12),
        OutColumn("Template Version", "int", 9),
        OutColumn("Source File", "text", 30),
        OutColumn("Sponsor", "text", 18),  # the status report's header reads these two
        OutColumn("Status Summary", "text", 40),
    ]
    rows = []
    for p in projects:
        h = p.header
        f = p.figures
        fin = f.finance
        nxt = f.next_milestone
        rows.append(
            (
                h.project_id,
                h.project_name,
                h.portfolio,
                h.programme,
                h.project_manager,
                h.stage,
                h.delivery_method,
                h.overall_rag,
                h.schedule_rag,
                h.cost_rag,
                h.scope_rag,
                fin.cost_rag,
                h.currency,
                fin.bac,
                fin.actual_to_date,
                fin.etc,
                fin.eac,
                fin.vac,
                fin.vac_pct,
                *[f.open_risks.get(name, 0) for name in bands],
                f.open_risks.get(UNRATED, 0),
                f.open_issues,
                f.overdue_items,
                (f"{nxt.id} {nxt.milestone or ''}".strip() if nxt.id else nxt.milestone)
                if nxt
                else None,
                f.next_milestone_date,
                f.next_milestone_slippage,
                f.wsjf,
                p.quality,
                p.errors,
                p.warnings,
                h.report_date,
                p.payload.meta.template_version,
                p.source,
                h.sponsor,
                h.status_summary,
            )
        )
    return OutTable("tblProjects", columns, rows)


MONTH_COLUMNS = [
    OutColumn("Month", "month", 10),
    OutColumn("Budget", "money", 13),
    OutColumn("Actual", "money", 13),
    OutColumn("Forecast", "money", 13),
    OutColumn("EAC Basis", "money", 13),
    OutColumn("Cumulative Budget", "money", 14),
    OutColumn("Cumulative EAC Basis", "money", 14),
    OutColumn("Projects", "int", 8),
]


def month_view_table(projects: list[ProjectInput]) -> OutTable:
    """Portfolio finance by month. EAC basis: the actual for months up to each project's
    report month, the forecast after it, so the column sums to the portfolio EAC."""
    sums: dict[date, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    counts: dict[date, int] = defaultdict(int)
    for p in projects:
        for month, values in p.payload.months.items():
            acc = sums[month]
            for k in range(4):
                acc[k] += values[k]
            counts[month] += 1
    rows = []
    cum_budget = cum_eac = 0.0
    for month in sorted(sums):
        b, a, fc, e = sums[month]
        cum_budget += b
        cum_eac += e
        rows.append((month, b, a, fc, e, cum_budget, cum_eac, counts[month]))
    return OutTable("tblFinanceByMonth", MONTH_COLUMNS, rows, title="Portfolio by month")
