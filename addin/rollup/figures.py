"""Per-project figures of the roll-up, every one recomputed with :mod:`addin.derived`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from addin import derived, layout
from addin.models import Item, Milestone, ProjectData
from addin.standards import Standards

#: Register key -> (the standards' closed-status register name, the due-date field).
DUE_FIELDS: dict[str, tuple[str, str]] = {
    key: (layout.REGISTERS_BY_KEY[key].item, column) for key, column in layout.DUE_COLUMNS.items()
}


def is_open(register_key: str, item: Item, standards: Standards) -> bool:
    """Open: any status but a closed one (SPEC section 4)."""
    closed_register = DUE_FIELDS[register_key][0]
    status = getattr(item, "status", None)
    return not standards.is_closed(closed_register, status if isinstance(status, str) else None)


OpenTest = Callable[[str, Item], bool]


def open_test(standards: Standards) -> OpenTest:
    """:func:`is_open` for one project's items, worked out once per register and status
    (a project's 300 items have a dozen statuses between them)."""
    known: dict[tuple[str, object], bool] = {}

    def test(register_key: str, item: Item) -> bool:
        key = (register_key, getattr(item, "status", None))
        found = known.get(key)
        if found is None:
            found = known[key] = is_open(register_key, item, standards)
        return found

    return test


def item_days_overdue(
    register_key: str,
    item: Item,
    standards: Standards,
    as_of: date,
    opened: OpenTest | None = None,
) -> int:
    """Days an open item is past its due date (Need By, Validate By, milestone forecast).
    ``opened``: an :func:`open_test` to ask whether it is open (else :func:`is_open`)."""
    due = getattr(item, DUE_FIELDS[register_key][1], None)
    if register_key == "milestones" and due is None:
        due = getattr(item, "baseline_date", None)
    if not isinstance(due, date) or due >= as_of:
        return 0  # not due yet: whether it is open does not matter (asked only when due)
    still_open = (
        opened(register_key, item) if opened is not None else is_open(register_key, item, standards)
    )
    return derived.days_overdue(due, as_of, is_open=still_open)


def risk_rating(probability: object, impact: object, standards: Standards) -> str | None:
    return derived.rating(derived.risk_score(probability, impact), standards)


@dataclass
class ProjectFigures:
    """What the Projects sheet and the Summary show for one project."""

    finance: derived.FinanceFigures
    open_risks: dict[str, int]  # rating -> count (every band, plus "Unrated")
    open_issues: int
    overdue_items: int
    overdue_by_register: dict[str, int] = field(default_factory=dict)
    next_milestone: Milestone | None = None
    next_milestone_date: date | None = None
    next_milestone_slippage: int | None = None
    wsjf: float | None = None


UNRATED = "Unrated"


def project_figures(
    project: ProjectData,
    standards: Standards,
    as_of: date,
    *,
    overdue: dict[str, int] | None = None,
    opened: OpenTest | None = None,
    finance: derived.FinanceFigures | None = None,
) -> ProjectFigures:
    """Finance (BAC, actual to date, EAC, VAC...), open risks by rating, overdue items...
    ``overdue``: the overdue items per register when already counted (the payload counts
    them from its rows' Days Overdue); ``opened``: an :func:`open_test` to share;
    ``finance``: the project's :func:`~addin.derived.finance_figures` when already worked
    out (the rules work them out)."""
    header = project.header
    opened = opened or open_test(standards)
    if finance is None:
        finance = derived.finance_figures(project.finance, header.report_date, standards)
    open_risks = {band.name: 0 for band in standards.score_bands}
    open_risks[UNRATED] = 0
    for risk in project.risks:
        if opened("risks", risk):
            name = risk_rating(risk.probability, risk.impact, standards) or UNRATED
            open_risks[name] = open_risks.get(name, 0) + 1
    open_issues = sum(1 for i in project.issues if opened("issues", i))
    if overdue is None:
        overdue = {
            key: sum(
                1
                for item in project.items(key)
                if item_days_overdue(key, item, standards, as_of, opened) > 0
            )
            for key in DUE_FIELDS
        }
    figures = ProjectFigures(
        finance=finance,
        open_risks=open_risks,
        open_issues=open_issues,
        overdue_items=sum(overdue.values()),
        overdue_by_register=overdue,
        wsjf=derived.wsjf(
            header.strategic_value, header.time_criticality, header.risk_reduction, header.job_size
        ),
    )
    upcoming = [
        m
        for m in project.milestones
        if opened("milestones", m) and (m.forecast_date or m.baseline_date)
    ]
    if upcoming:
        nxt = min(upcoming, key=lambda m: (m.forecast_date or m.baseline_date, m.source_row or 0))
        figures.next_milestone = nxt
        figures.next_milestone_date = nxt.forecast_date or nxt.baseline_date
        figures.next_milestone_slippage = derived.slippage_days(
            nxt.baseline_date, nxt.forecast_date, nxt.actual_date
        )
    return figures


def data_quality_score(errors: int, warnings: int) -> int:
    """100 minus 10 per error and 2 per warning, floored at 0 (docs/consolidate.md)."""
    return max(0, 100 - 10 * errors - 2 * warnings)
