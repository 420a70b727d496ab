"""Trends: one row of portfolio figures per snapshot, and Overall RAG by project and snapshot."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from addin.rollup.summary import NO_CURRENCY

if TYPE_CHECKING:
    from sqlalchemy import Connection

#: Snapshots shown in the project-by-snapshot Overall RAG grid.
GRID_SNAPSHOTS = 12
SEVERITIES = ("error", "warning", "info")


@dataclass
class TrendRow:
    as_of: date
    projects: int = 0
    bac: float = 0.0
    eac: float = 0.0
    open_risks: dict[str, int] = field(default_factory=dict)
    open_issues: int = 0
    overdue_items: int = 0
    rag: dict[str, int] = field(default_factory=dict)  # overall RAG -> projects ("" = not set)
    #: currency -> [BAC, EAC], so a portfolio mixing currencies is never added across them
    by_currency: dict[str, list[float]] = field(default_factory=dict)
    findings: dict[str, int] = field(default_factory=dict)  # severity -> count

    @property
    def vac(self) -> float:
        return self.bac - self.eac

    def money(self, currency: str) -> tuple[float, float, float]:
        """BAC, EAC and VAC of the projects in ``currency`` (zeros when none)."""
        bac, eac = self.by_currency.get(currency, (0.0, 0.0))
        return bac, eac, bac - eac


@dataclass
class Trends:
    rows: list[TrendRow]  # oldest first
    grid_dates: list[date]  # the last GRID_SNAPSHOTS as-of dates, oldest first
    grid: dict[str, dict[date, str | None]]  # project id -> as-of -> overall RAG
    names: dict[str, str]  # project id -> latest name
    #: every currency of any snapshot; more than one: Trends shows money per currency
    currencies: list[str] = field(default_factory=list)

    @property
    def mixed_currencies(self) -> bool:
        return len(self.currencies) > 1


#: A snapshots row as Trends reads it: (snapshot_id, as_of, findings_error, _warning, _info).
SnapshotRow = tuple[Any, date, Any, Any, Any]
#: A projects row as Trends reads it: (snapshot_id, project_id, project_name, overall_rag,
#: bac, eac, open_risks, open_issues, overdue_items, currency).
ProjectRow = tuple[Any, ...]


def load_trends(conn: Connection) -> Trends:
    return build_trends(*read_trend_rows(conn))


def read_trend_rows(
    conn: Connection,
) -> tuple[list[SnapshotRow], list[ProjectRow], list[tuple[Any, ...]]]:
    """What Trends is built from, as the store gives it: every snapshot (oldest first),
    every project row (in the store's order), and the findings' counts by severity of the
    snapshots recorded before the counts were kept."""
    from sqlalchemy import func, select

    from addin.store import schema
    from addin.store.fast import fetch_rows

    s, p, f = schema.snapshots, schema.projects, schema.findings
    rows = conn.execute(
        select(
            s.c.snapshot_id, s.c.as_of, s.c.findings_error, s.c.findings_warning, s.c.findings_info
        ).order_by(s.c.as_of)
    ).all()
    snaps: list[SnapshotRow] = [tuple(r) for r in rows]
    query = select(
        p.c.snapshot_id,
        p.c.project_id,
        p.c.project_name,
        p.c.overall_rag,
        p.c.bac,
        p.c.eac,
        p.c.open_risks,
        p.c.open_issues,
        p.c.overdue_items,
        p.c.currency,
    )
    projects = fetch_rows(conn, query)
    uncounted = [r[0] for r in snaps if r[2] is None]
    counts: list[tuple[Any, ...]] = []
    if uncounted:
        grouped = (
            select(f.c.snapshot_id, f.c.severity, func.count())
            .where(f.c.snapshot_id.in_(uncounted))
            .group_by(f.c.snapshot_id, f.c.severity)
        )
        counts = [tuple(r) for r in conn.execute(grouped)]
    return snaps, projects, counts


def build_trends(
    snap_rows: list[SnapshotRow], project_rows: list[ProjectRow], counts: list[tuple[Any, ...]]
) -> Trends:
    """Trends from the rows of :func:`read_trend_rows` (or the same rows made in memory)."""
    snaps = [(r[0], r[1]) for r in snap_rows]
    by_id = {sid: TrendRow(as_of) for sid, as_of in snaps}
    for sid, _, errors, warnings, infos in snap_rows:
        if errors is not None:
            by_id[sid].findings = {"error": errors, "warning": warnings or 0, "info": infos or 0}
    grid_ids = {sid for sid, _ in snaps[-GRID_SNAPSHOTS:]}
    grid: dict[str, dict[date, str | None]] = defaultdict(dict)
    names: dict[str, str] = {}
    for sid, pid, name, rag, bac, eac, risks, issues, overdue, cur in project_rows:
        row = by_id.get(sid)
        if row is None:
            continue
        row.projects += 1
        row.bac += float(bac or 0)
        row.eac += float(eac or 0)
        currency = " ".join(str(cur or "").split()).upper()  # as the Summary: "gbp " is GBP
        if currency or bac or eac:
            money = row.by_currency.setdefault(currency or NO_CURRENCY, [0.0, 0.0])
            money[0] += float(bac or 0)
            money[1] += float(eac or 0)
        row.open_issues += int(issues or 0)
        row.overdue_items += int(overdue or 0)
        key = (rag or "").strip()
        row.rag[key] = row.rag.get(key, 0) + 1
        if risks:
            for band, n in json.loads(risks).items():
                row.open_risks[band] = row.open_risks.get(band, 0) + int(n)
        if sid in grid_ids and pid:
            grid[pid][row.as_of] = rag
            if name:
                names[pid] = name
    for sid, severity, n in counts:
        if sid in by_id:
            by_id[sid].findings[str(severity)] = int(n)
    return Trends(
        currencies=sorted({c for r in by_id.values() for c in r.by_currency}),
        rows=[by_id[sid] for sid, _ in snaps],
        grid_dates=[as_of for _, as_of in snaps[-GRID_SNAPSHOTS:]],
        grid=dict(sorted(grid.items(), key=lambda kv: kv[0].casefold())),
        names=names,
    )
