"""Helpers of the store tests: a fresh store per test on SQLite or PostgreSQL, and two
reporting periods of a small portfolio with known movement between them."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from consolidate_inputs import make_project, project_id
from pg_server import fresh_database

from addin.models import Issue, ProjectData, Risk
from addin.standards import Standards
from addin.templates import build_project_workbook

WEEK1 = date(2026, 11, 23)
WEEK2 = date(2026, 11, 30)
_COUNTER = itertools.count(1)


def new_store(request: pytest.FixtureRequest, tmp_path: Path, engine: str) -> str:
    if engine == "sqlite":
        return str(tmp_path / "history.sqlite")
    url: str = request.getfixturevalue("postgresql_url")
    return fresh_database(url, f"store_{next(_COUNTER)}")


def small(i: int) -> ProjectData:
    return make_project(i, 5, raid=15, months=6)


def write(folder: Path, projects: list[ProjectData], standards: Standards) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.xlsx"):
        old.unlink()
    for p in projects:
        build_project_workbook(folder / f"{p.header.project_id}.xlsx", standards, p)


def week_two(projects: list[ProjectData]) -> list[ProjectData]:
    """The movement the tests expect to see reported, and nothing else:
    PRJ-0001 Overall RAG -> Red; PRJ-0002 risk R-900 added, its first risk removed, its
    first open issue closed, its second risk's rating Critical -> Low, milestone M-020
    forecast +14 days; PRJ-0003 budget +1,000 in one month; PRJ-0004 removed; PRJ-0005 added.
    """
    p1, p2, p3, _p4 = (p.model_copy(deep=True) for p in projects[:4])
    p1.header.overall_rag = "Red" if p1.header.overall_rag != "Red" else "Amber"
    removed = p2.risks.pop(0)
    p2.risks.append(
        Risk(
            id="R-900",
            title="New supplier insolvency",
            category=removed.category,
            owner="Alice Smith",
            raised_date=WEEK2 - timedelta(days=2),
            status="Open",
            probability=2,
            impact=2,
            response_type=removed.response_type,
            response="Watch",
            last_updated=WEEK2 - timedelta(days=2),
            due_date=WEEK2 + timedelta(days=60),
        )
    )
    open_issue = next(i for i in p2.issues if i.status not in ("Closed", "Resolved"))
    open_issue.status = "Closed"
    open_issue.closed_date = WEEK2 - timedelta(days=1)
    open_issue.resolution = open_issue.resolution or "Fixed"
    risk = p2.risks[0]
    risk.probability, risk.impact = 1, 2  # Critical (5 x 4) down to Low
    ms = next(m for m in p2.milestones if m.id == "M-020")
    assert ms.forecast_date is not None
    ms.forecast_date = ms.forecast_date + timedelta(days=14)
    p3.finance[-1].budget = (p3.finance[-1].budget or 0) + 1000
    return [p1, p2, p3, small(5)]


def ids(n: int) -> list[str]:
    return [project_id(i) for i in range(1, n + 1)]


__all__ = ["WEEK1", "WEEK2", "Issue", "new_store", "small", "week_two", "write"]


def watch_store_inputs(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The roll-up inputs each run hands the store child, in order (the child still starts
    with them): what a test compares with what the store records."""
    from addin.consolidate import store_child

    seen: list[Any] = []
    real = store_child.StoreBeside.start

    def start(request: Any, out: Path, inputs: Any, std: Standards) -> Any:
        seen.append(inputs)
        return real(request, out, inputs, std)

    monkeypatch.setattr(store_child.StoreBeside, "start", start)
    return seen
