"""The Project sheet: ID, required fields, dates, lists, and RAGs that match the registers.

Project rules run only when the reader found the Project sheet (a missing sheet is the
reader's WB- finding, not a dozen empty fields).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from addin import derived, layout
from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check, clip, fmt, same_text

NO_PROJECT_ID = declare(
    "PRJ-001",
    "Project ID missing",
    "error",
    "project",
    "The Project sheet's Project ID is empty; the roll-up cannot place the workbook.",
    "Enter the project code the EPMO gave you (e.g. PRJ-0042).",
)
MALFORMED_PROJECT_ID = declare(
    "PRJ-002",
    "Project ID malformed",
    "error",
    "project",
    "The Project ID holds spaces or characters other than letters, digits, '-', '_' and "
    "'.', does not start with a letter or digit, has no digit, or is longer than 30 characters.",
    "Enter the project code exactly as the EPMO issued it, e.g. PRJ-0042.",
)
REQUIRED_FIELD = declare(
    "PRJ-003",
    "Required project field empty",
    "error",
    "project",
    "A required field of the Project sheet is empty (Project Name, Portfolio, Sponsor, "
    "Project Manager, Delivery Method, Stage, Start Date, Planned End Date, Report Date, "
    "Overall RAG, Currency).",
    "Fill the field's value cell (column B of the Project sheet).",
)
STALE_REPORT = declare(
    "PRJ-004",
    "Report date stale",
    "warning",
    "project",
    "The Report Date is more than staleness.report_days (14 by default) before the as-of date.",
    "Bring the workbook up to date and set the Report Date to today.",
)
END_BEFORE_START = declare(
    "PRJ-005",
    "End date before start date",
    "error",
    "project",
    "The Planned End Date or the Forecast End Date is before the Start Date.",
    "Correct whichever date is wrong.",
)
GREEN_WITH_CRITICAL = declare(
    "PRJ-006",
    "Overall RAG Green with a Critical risk open",
    "error",
    "project",
    "Overall RAG is Green while a risk rated risk.critical_rating (Critical) is open.",
    "Reassess the Overall RAG (Amber or Red), or close or re-score the Critical risk.",
)
GREEN_WITH_RED_COST = declare(
    "PRJ-007",
    "Overall RAG Green with Cost RAG Red",
    "error",
    "project",
    "Overall RAG is Green while the Cost RAG (as entered, or as computed from the Finance "
    "sheet's EAC against budget) is Red.",
    "Reassess the Overall RAG, or bring the forecast back within budget.",
)
FUTURE_REPORT = declare(
    "PRJ-008",
    "Report date in the future",
    "warning",
    "project",
    "The Report Date is after the as-of date.",
    "Set the Report Date to the date the report is as at.",
)
PROJECT_LIST = declare(
    "PRJ-009",
    "Project value not in the list",
    "error",
    "project",
    "Delivery Method, Stage, a RAG or Currency holds a value that is not in the standards' list.",
    "Pick a value from the cell's dropdown.",
)
PROJECT_SCALE = declare(
    "PRJ-010",
    "WSJF score out of range",
    "error",
    "project",
    "Strategic Value, Time Criticality, Risk Reduction or Job Size is not a whole number "
    "on the WSJF scale (1-5 by default).",
    "Enter a whole number on the scale.",
)
COST_RAG_DIFFERS = declare(
    "PRJ-011",
    "Cost RAG differs from the finance figures",
    "warning",
    "project",
    "The Cost RAG entered on the Project sheet is not the one the Finance sheet gives "
    "(VAC % against the standards' cost_rag thresholds).",
    "Set Cost RAG to the computed value, or correct the finance forecast.",
)

_PROJECT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$")
_FIELDS = {f.key: f for f in layout.PROJECT_FIELDS}
_GREEN, _RED = "Green", "Red"  # the names derived.cost_rag returns


@check(NO_PROJECT_ID, MALFORMED_PROJECT_ID, REQUIRED_FIELD)
def required_fields(ctx: RuleContext) -> Iterator[Finding | None]:
    if not ctx.has_project_sheet:
        return
    header = ctx.header
    pid = header.project_id
    if blank(pid):
        yield ctx.project_finding(
            NO_PROJECT_ID, "project_id", "Project ID is empty; enter the EPMO's project code"
        )
    else:
        text = str(pid).strip()
        if not _PROJECT_ID.match(text) or not any(ch.isdigit() for ch in text):
            yield ctx.project_finding(
                MALFORMED_PROJECT_ID,
                "project_id",
                f"Project ID {clip(text)!r} is not a project code like PRJ-0042; enter it as issued",
                value=text,
            )
    for field in layout.PROJECT_FIELDS:
        if field.required and field.key != "project_id" and blank(getattr(header, field.key)):
            yield ctx.project_finding(
                REQUIRED_FIELD, field.key, f"{field.label} is empty; it is required"
            )


@check(STALE_REPORT, FUTURE_REPORT)
def report_date(ctx: RuleContext) -> Iterator[Finding | None]:
    report = ctx.header.report_date
    if report is None or not ctx.has_project_sheet:
        return
    window = ctx.standards.staleness.report_days
    if report < ctx.as_of - timedelta(days=window):
        yield ctx.project_finding(
            STALE_REPORT,
            "report_date",
            f"Report Date {report.isoformat()} is {(ctx.as_of - report).days} days old (more "
            f"than {window}); update the workbook and the Report Date",
            value=report,
        )
    elif report > ctx.as_of:
        yield ctx.project_finding(
            FUTURE_REPORT,
            "report_date",
            f"Report Date {report.isoformat()} is after the as-of date "
            f"{ctx.as_of.isoformat()}; set the date the report is as at",
            value=report,
        )


@check(END_BEFORE_START)
def end_before_start(ctx: RuleContext) -> Iterator[Finding | None]:
    start = ctx.header.start_date
    if start is None:
        return
    for key in ("planned_end_date", "forecast_end_date"):
        end: date | None = getattr(ctx.header, key)
        if end is not None and end < start:
            yield ctx.project_finding(
                END_BEFORE_START,
                key,
                f"{_FIELDS[key].label} {end.isoformat()} is before the Start Date "
                f"{start.isoformat()}; correct the wrong date",
                value=end,
            )


@check(PROJECT_LIST, PROJECT_SCALE)
def project_values(ctx: RuleContext) -> Iterator[Finding | None]:
    lists = ctx.standards.lists
    for field in layout.PROJECT_FIELDS:
        value = getattr(ctx.header, field.key)
        if blank(value):
            continue
        if field.list_name and field.list_name in lists:
            allowed = lists[field.list_name]
            if not any(same_text(str(value), a) for a in allowed):
                yield ctx.project_finding(
                    PROJECT_LIST,
                    field.key,
                    f"{field.label} {fmt(value)!r} is not in the list; pick one of "
                    f"{', '.join(allowed)}",
                    value=value,
                )
        elif field.scale:
            scale = getattr(ctx.standards.scales, field.scale)
            if not scale.contains(value):
                yield ctx.project_finding(
                    PROJECT_SCALE,
                    field.key,
                    f"{field.label} {fmt(value)} is outside {scale.min}-{scale.max}; enter a "
                    f"whole number {scale.min}-{scale.max}",
                    value=value,
                )


@check(GREEN_WITH_CRITICAL, GREEN_WITH_RED_COST)
def green_overall_rag(ctx: RuleContext) -> Iterator[Finding | None]:
    if not same_text(ctx.header.overall_rag, _GREEN):
        return
    critical = ctx.standards.risk.critical_rating
    open_critical = [
        (risk.id or ctx.row_label(risk)).strip()
        for risk, is_open, rating in zip(
            ctx.project.risks, ctx.open_flags("risks"), ctx.risk_ratings, strict=True
        )
        if is_open and same_text(rating, critical)
    ]
    if open_critical:
        shown = ", ".join(open_critical[:5]) + (" ..." if len(open_critical) > 5 else "")
        yield ctx.project_finding(
            GREEN_WITH_CRITICAL,
            "overall_rag",
            f"Overall RAG is Green while {len(open_critical)} {critical} "
            f"{'risk is' if len(open_critical) == 1 else 'risks are'} open ({shown}); "
            "reassess the Overall RAG",
            value=ctx.header.overall_rag,
        )
    computed = ctx.finance.cost_rag if ctx.finance else None
    if same_text(ctx.header.cost_rag, _RED) or computed == _RED:
        why = (
            "Cost RAG is Red"
            if same_text(ctx.header.cost_rag, _RED)
            else "the finance figures give Cost RAG Red"
        )
        yield ctx.project_finding(
            GREEN_WITH_RED_COST,
            "overall_rag",
            f"Overall RAG is Green while {why}; reassess the Overall RAG",
            value=ctx.header.overall_rag,
        )


@check(COST_RAG_DIFFERS)
def cost_rag_matches_finance(ctx: RuleContext) -> Iterator[Finding | None]:
    stated = ctx.header.cost_rag
    figures = ctx.finance
    if blank(stated) or figures is None or figures.cost_rag is None:
        return
    if not same_text(stated, figures.cost_rag):
        pct = derived.vac_pct(figures.bac, figures.eac)
        shown = f"VAC {pct * 100:+.1f}%" if pct is not None else "VAC"
        yield ctx.project_finding(
            COST_RAG_DIFFERS,
            "cost_rag",
            f"Cost RAG is {str(stated).strip()} but the Finance sheet gives "
            f"{figures.cost_rag} ({shown}: EAC {fmt(figures.eac)} against budget "
            f"{fmt(figures.bac)}); set it to {figures.cost_rag} or correct the forecast",
            value=stated,
        )
