"""The demo's previous reporting period: the same portfolio a week earlier.

`pmo demo` writes this week's workbooks to DIR/portfolio (with their planted defects).
This module writes last week's versions of the project workbooks to DIR/last-week, with
the movement a PMO sees in a week undone, so that consolidating last week then this week
into one store gives the roll-up real Changes and Trends: Overall RAG changes, new and
closed risks, a risk re-rated, slipped milestones, EAC moves and a deleted assumption.

Movement is made only in projects with nothing planted (so the planted defects, and the
cells they point at, are the same in both weeks), one kind of move per project in turn.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from addin.demo.generate import plan_portfolio, plan_raw_cells, write_project
from addin.demo.plan import ProjectPlan
from addin.models import Assumption, ProjectData
from addin.standards import Standards

PREVIOUS_FOLDER = "last-week"
CURRENT_FOLDER = "portfolio"  # where `pmo demo` writes this week's workbooks
PREVIOUS_ROLLUP = "last-week-rollup.xlsx"
DAYS = 7
_BETTER = {"Red": "Amber", "Amber": "Green"}
_WORSE = {"Green": "Amber", "Amber": "Red"}


@dataclass
class PreviousPeriod:
    folder: Path
    as_of: date
    moves: list[str] = field(default_factory=list)  # what happened this week, per project


Move = Callable[[ProjectData, random.Random, date], str | None]


def _rag_worsened(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    now = data.header.overall_rag
    if now in _BETTER:
        data.header.overall_rag = _BETTER[now]
        return f"Overall RAG {_BETTER[now]} -> {now}"
    return None


def _rag_improved(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    now = data.header.overall_rag
    if now in _WORSE:
        data.header.overall_rag = _WORSE[now]
        return f"Overall RAG {_WORSE[now]} -> {now}"
    return None


def _new_risk(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    if not data.risks:
        return None
    risk = data.risks.pop()  # the last row: no other row moves
    return f"new risk {risk.id}"


def _risk_closed(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    for risk in data.risks:
        if risk.status == "Closed":
            risk.status, risk.closed_date = "Open", None
            return f"risk {risk.id} closed"
    return None


def _risk_rerated(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    for risk in data.risks:
        if risk.status != "Closed" and risk.probability and risk.probability >= 3:
            risk.probability = risk.probability - 2
            return f"risk {risk.id} probability up by 2"
    return None


def _milestone_slipped(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    for ms in data.milestones:
        if ms.status != "Complete" and ms.forecast_date and ms.forecast_date > as_of:
            days = rng.choice((14, 21, 28))
            ms.forecast_date = ms.forecast_date - timedelta(days=days)
            return f"milestone {ms.id} slipped {days} days"
    return None


def _eac_up(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    report = data.header.report_date or as_of
    future = [f for f in data.finance if f.month and f.month > report and f.forecast]
    if not future:
        return None
    share = rng.choice((0.1, 0.15, 0.2))
    rise = 0.0
    for line in future:  # last week's forecast of every later month was lower
        cut = round((line.forecast or 0) * share, 2)
        line.forecast = (line.forecast or 0) - cut
        rise += cut
    return f"EAC up {rise:,.0f}"


def _assumption_deleted(data: ProjectData, rng: random.Random, as_of: date) -> str | None:
    data.assumptions.append(
        Assumption(
            id=f"A-{len(data.assumptions) + 1:03d}",
            assumption="Vendor keeps the current licence price for another year",
            owner=data.header.project_manager,
            raised_date=as_of - timedelta(days=60),
            status="Open",
            last_updated=as_of - timedelta(days=10),
        )
    )
    return "an assumption row deleted"


#: One kind of move per project, in turn (a project may take two).
MOVES: tuple[tuple[Move, ...], ...] = (
    (_rag_worsened, _milestone_slipped),
    (_new_risk, _eac_up),
    (_risk_closed, _risk_rerated),
    (_milestone_slipped, _assumption_deleted),
    (_rag_improved, _new_risk),
    (_eac_up, _rag_worsened),
)


def previous_data(
    plan: ProjectPlan, moves: tuple[Move, ...], seed: int
) -> tuple[ProjectData, list[str]]:
    data = plan.data.model_copy(deep=True)
    rng = random.Random(f"{seed}-{plan.project_id}-previous")
    said = [m for move in moves if (m := move(data, rng, plan.as_of))]
    return data, said


def write_previous_period(
    out: Path, standards: Standards, as_of: date, projects: int, seed: int
) -> PreviousPeriod:
    """Last week's project workbooks in ``out``/last-week (same files, last week's data)."""
    portfolio = plan_portfolio(standards, as_of, projects, seed)
    folder = out / PREVIOUS_FOLDER
    period = PreviousPeriod(folder, as_of - timedelta(days=DAYS))
    clean = [p for p in portfolio.plans if portfolio.is_clean(p)]
    turn = 0
    for plan in portfolio.plans:
        path = folder / plan.relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        said: list[str] = []
        if plan in clean:
            data, said = previous_data(plan, MOVES[turn % len(MOVES)], seed)
            turn += 1
            period.moves.extend(f"{plan.project_id}: {s}" for s in said)
        current = out / CURRENT_FOLDER / plan.relpath
        if not said and current.is_file():  # no move: last week's file is this week's
            shutil.copy2(current, path)
        else:
            write_project(path, standards, (data if said else plan.data, plan_raw_cells(plan)))
    return period


def consolidate_previous(
    out: Path, standards: Standards, as_of: date, projects: int, seed: int
) -> PreviousPeriod:
    """Write last week's workbooks and consolidate them into the demo's store (beside
    the roll-ups in ``out``), so this week's consolidation has something to compare."""
    from addin.consolidate import consolidate_folder
    from addin.consolidate.history_step import StoreRequest

    period = write_previous_period(out, standards, as_of, projects, seed)
    consolidate_folder(
        period.folder,
        out / PREVIOUS_ROLLUP,
        standards,
        period.as_of,
        store=StoreRequest(str(demo_store(out))),
    )
    return period


def demo_store(out: Path) -> Path:
    """The demo's own store in DIR, whatever $PMO_STORE says (a demo never writes into a
    PMO's real store)."""
    from addin.store import DEFAULT_STORE_NAME

    return out / DEFAULT_STORE_NAME


def story_lines(period: PreviousPeriod) -> list[str]:
    """What the demo says about the two periods."""
    return [
        f"last week's workbooks ({period.folder.name}/, as of {period.as_of.isoformat()}) were "
        f"consolidated first: {len(period.moves)} moves this week, e.g. "
        + "; ".join(period.moves[:3])
        + " (Changes and Trends sheets; `pmo history diff`)"
    ]
