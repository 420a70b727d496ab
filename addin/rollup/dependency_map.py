"""The Dependencies Map: each inbound dependency matched to the counterparty's outbound one.

Matching, within the pair of projects (inbound of P naming Q, outbound of Q naming P):
same deliverable, else same title, else the nearest need-by date. Flagged: no
counterparty named, counterparty not in the roll-up, no matching outbound (or inbound),
need-by dates that differ, a commitment later than the need-by date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from addin import derived
from addin.models import Dependency
from addin.rollup.inputs import ProjectInput
from addin.rollup.model import OutColumn, OutTable

MATCHED = "Matched"
DATE_MISMATCH = "Date mismatch"
COMMITTED_LATE = "Committed after need-by"
NO_OUTBOUND = "No matching outbound"
NO_INBOUND = "No matching inbound"
NOT_IN_ROLLUP = "Counterparty not in roll-up"
NO_COUNTERPARTY = "No counterparty named"

#: Match outcomes that are not a problem.
GOOD_MATCHES = (MATCHED,)


@dataclass
class _Dep:
    project: ProjectInput
    dep: Dependency
    source_cell: str | None
    matched: bool = False


@dataclass(frozen=True)
class MapRow:
    """A row of the map, kept as data so consolidation can raise findings from it."""

    project_id: str
    dep: Dependency
    counterparty_dep: Dependency | None
    match: str
    note: str
    source: str
    source_cell: str | None


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _direction(dep: Dependency) -> str:
    return _key(dep.direction)


def match_dependencies(projects: list[ProjectInput]) -> list[MapRow]:
    """Pair every inbound with its counterparty's outbound; list what does not pair."""
    ids = {_key(p.project_id): p for p in projects if p.project_id}
    outbound: dict[tuple[str, str], list[_Dep]] = {}
    inbound: list[_Dep] = []
    for p in projects:
        for dep, cell in p.payload.dependencies:
            entry = _Dep(p, dep, cell)
            if _direction(dep) == "outbound":
                outbound.setdefault(
                    (_key(p.project_id), _key(dep.counterparty_project_id)), []
                ).append(entry)
            else:
                inbound.append(entry)
    rows: list[MapRow] = []
    for entry in inbound:
        dep, pid = entry.dep, entry.project.project_id
        cp = _key(dep.counterparty_project_id)
        other: _Dep | None = None
        if not cp:
            match, note = NO_COUNTERPARTY, "name the project you depend on"
        elif cp not in ids:
            match = NOT_IN_ROLLUP
            note = f"{dep.counterparty_project_id} is not a project in this roll-up"
        else:
            candidates = [o for o in outbound.get((cp, _key(pid)), []) if not o.matched]
            other = _pick(dep, candidates)
            if other is None:
                match = NO_OUTBOUND
                note = (
                    f"{dep.counterparty_project_id} lists no outbound dependency to {pid}; "
                    "agree it with the counterparty and add it to their workbook"
                )
            else:
                other.matched = True
                match, note = _compare(dep, other.dep)
        rows.append(_row(entry, other, match, note))
    for (_owner, cp), entries in sorted(outbound.items()):
        for entry in entries:
            if entry.matched:
                continue
            dep = entry.dep
            if not cp:
                match, note = NO_COUNTERPARTY, "name the project that needs it"
            elif cp not in ids:
                match = NOT_IN_ROLLUP
                note = f"{dep.counterparty_project_id} is not a project in this roll-up"
            else:
                match = NO_INBOUND
                note = (
                    f"{dep.counterparty_project_id} lists no inbound dependency from "
                    f"{entry.project.project_id}"
                )
            rows.append(_row(entry, None, match, note))
    rows.sort(key=lambda r: (_key(r.project_id), r.source, r.dep.source_row or 0))
    return rows


def _pick(dep: Dependency, candidates: list[_Dep]) -> _Dep | None:
    if not candidates:
        return None
    for attr in ("deliverable", "title"):
        wanted = _key(getattr(dep, attr))
        if wanted:
            for c in candidates:
                if _key(getattr(c.dep, attr)) == wanted:
                    return c
    if dep.need_by is None:
        return candidates[0]
    need_by: date = dep.need_by

    def distance(c: _Dep) -> int:
        return abs((c.dep.need_by - need_by).days) if c.dep.need_by else 10**6

    return min(candidates, key=distance)


def _compare(inbound: Dependency, outbound: Dependency) -> tuple[str, str]:
    problems = []
    if inbound.need_by and outbound.need_by and inbound.need_by != outbound.need_by:
        problems.append(
            f"need-by {inbound.need_by.isoformat()} here, {outbound.need_by.isoformat()} "
            "at the counterparty"
        )
    committed = outbound.committed_date or inbound.committed_date
    slack = derived.slack_days(inbound.need_by, committed)
    if slack is not None and slack < 0:
        assert committed is not None
        return COMMITTED_LATE, (
            f"committed {committed.isoformat()}, {-slack} days after the need-by date"
            + (f"; {problems[0]}" if problems else "")
        )
    if problems:
        return DATE_MISMATCH, problems[0]
    return MATCHED, ""


def _row(entry: _Dep, other: _Dep | None, match: str, note: str) -> MapRow:
    return MapRow(
        entry.project.project_id,
        entry.dep,
        other.dep if other else None,
        match,
        note,
        entry.project.source,
        entry.source_cell,
    )


MAP_COLUMNS = [
    OutColumn("Project ID", "text", 12),
    OutColumn("Dependency ID", "text", 10),
    OutColumn("Direction", "text", 10),
    OutColumn("Title", "text", 28),
    OutColumn("Deliverable", "text", 22),
    OutColumn("Need By", "date", 12),
    OutColumn("Committed Date", "date", 12),
    OutColumn("Status", "text", 11),
    OutColumn("Counterparty Project ID", "text", 12),
    OutColumn("Counterparty Dependency ID", "text", 12),
    OutColumn("Counterparty Need By", "date", 12),
    OutColumn("Counterparty Committed Date", "date", 12),
    OutColumn("Counterparty Status", "text", 11),
    OutColumn("Slack Days", "int", 8),
    OutColumn("Match", "status", 22),
    OutColumn("Note", "text", 50),
    OutColumn("Source File", "text", 30),
    OutColumn("Source Cell", "text", 14),
]


def dependency_map_table(rows: list[MapRow]) -> OutTable:
    out = []
    for r in rows:
        d, o = r.dep, r.counterparty_dep
        inbound = _direction(d) != "outbound"
        committed = (o.committed_date if o else None) or d.committed_date
        out.append(
            (
                r.project_id,
                d.id,
                d.direction,
                d.title,
                d.deliverable,
                d.need_by,
                d.committed_date,
                d.status,
                d.counterparty_project_id,
                o.id if o else None,
                o.need_by if o else None,
                o.committed_date if o else None,
                o.status if o else None,
                derived.slack_days(d.need_by, committed) if inbound else None,
                r.match,
                r.note,
                r.source,
                r.source_cell,
            )
        )
    return OutTable("tblDependenciesMap", MAP_COLUMNS, out)
