"""What changed between two snapshots (SPEC section 12), as JSON and as Changes rows.

Items are identified by (project id, register, item ID). Items are compared only for
projects present in both snapshots: a project added or removed is one change, not one
per item.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from addin.standards import Standards
from addin.store.records import as_date
from addin.store.snapshot_state import (
    ITEM_COLUMNS,
    FindingKey,
    ItemKey,
    SnapshotState,
    item_name,
    item_values,
)

RAG_FIELDS: tuple[tuple[str, str], ...] = (
    ("overall_rag", "Overall RAG"),
    ("schedule_rag", "Schedule RAG"),
    ("cost_rag", "Cost RAG"),
    ("scope_rag", "Scope RAG"),
)
AREAS = {
    "risks": "Risks",
    "assumptions": "Assumptions",
    "issues": "Issues",
    "dependencies": "Dependencies",
    "decisions": "Decisions",
    "milestones": "Milestones",
}
#: Money moves smaller than this are rounding, not change.
MONEY_EPSILON = 0.005
#: What an old item's key finds in the new snapshot when the item is not there.
_GONE = object()


@dataclass
class Diff:
    from_date: date
    to_date: date
    projects_added: list[str] = field(default_factory=list)
    projects_removed: list[str] = field(default_factory=list)
    rag_changes: list[dict[str, Any]] = field(default_factory=list)
    budget_changes: list[dict[str, Any]] = field(default_factory=list)
    eac_changes: list[dict[str, Any]] = field(default_factory=list)
    items_added: list[dict[str, Any]] = field(default_factory=list)
    items_closed: list[dict[str, Any]] = field(default_factory=list)
    items_reopened: list[dict[str, Any]] = field(default_factory=list)
    items_removed: list[dict[str, Any]] = field(default_factory=list)
    rating_changes: list[dict[str, Any]] = field(default_factory=list)
    milestone_moves: list[dict[str, Any]] = field(default_factory=list)
    milestones_completed: list[dict[str, Any]] = field(default_factory=list)
    dependency_changes: list[dict[str, Any]] = field(default_factory=list)
    findings_new: list[dict[str, Any]] = field(default_factory=list)
    findings_resolved: list[dict[str, Any]] = field(default_factory=list)
    #: Changes rows: (Project ID, Project Name, Area, Item ID, Field, From, To, Delta)
    rows: list[tuple[object, ...]] = field(default_factory=list)

    LISTS = (
        "projects_added",
        "projects_removed",
        "rag_changes",
        "budget_changes",
        "eac_changes",
        "items_added",
        "items_closed",
        "items_reopened",
        "items_removed",
        "rating_changes",
        "milestone_moves",
        "milestones_completed",
        "dependency_changes",
        "findings_new",
        "findings_resolved",
    )

    @property
    def total(self) -> int:
        return len(self.rows)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"from": self.from_date.isoformat(), "to": self.to_date.isoformat()}
        for name in self.LISTS:
            data[name] = [_jsonable(v) for v in getattr(self, name)]
        data["counts"] = {name: len(getattr(self, name)) for name in self.LISTS}
        return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def _num(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def diff_states(old: SnapshotState, new: SnapshotState, standards: Standards) -> Diff:
    """Every change from ``old`` to ``new``, and nothing else."""
    d = Diff(old.as_of, new.as_of)
    names = {pid: (p.get("project_name") or "") for pid, p in old.projects.items()}
    names.update({pid: (p.get("project_name") or "") for pid, p in new.projects.items()})

    def row(
        pid: str, area: str, item: str | None, fld: str, a: object, b: object, delta: object = None
    ) -> None:
        d.rows.append((pid, names.get(pid) or None, area, item, fld, a, b, delta))

    for pid in sorted(new.projects.keys() - old.projects.keys()):
        d.projects_added.append(pid)
        row(pid, "Project", None, "Project", None, "added")
    for pid in sorted(old.projects.keys() - new.projects.keys()):
        d.projects_removed.append(pid)
        row(pid, "Project", None, "Project", "present", "removed")
    both = sorted(old.projects.keys() & new.projects.keys())
    for pid in both:
        a, b = old.projects[pid], new.projects[pid]
        for key, label in RAG_FIELDS:
            if (a.get(key) or None) != (b.get(key) or None):
                d.rag_changes.append(
                    {"project_id": pid, "field": key, "from": a.get(key), "to": b.get(key)}
                )
                row(pid, "Project", None, label, a.get(key), b.get(key))
        for key, label, target in (
            ("bac", "Budget (BAC)", d.budget_changes),
            ("eac", "EAC", d.eac_changes),
        ):
            x, y = round(_num(a.get(key)), 2), round(_num(b.get(key)), 2)
            if abs(y - x) >= MONEY_EPSILON:
                delta = round(y - x, 2)
                target.append({"project_id": pid, "from": x, "to": y, "delta": delta})
                row(pid, "Finance", None, label, x, y, delta)
    _items(d, old, new, set(both), standards, row)
    _findings(d, old, new, set(d.projects_added) | set(d.projects_removed), row)
    order = {
        "Project": 0,
        "Finance": 1,
        **{a: 2 + i for i, a in enumerate(AREAS.values())},
        "Findings": 9,
    }
    d.rows.sort(
        key=lambda r: (str(r[0]).casefold(), order.get(str(r[2]), 10), str(r[3] or ""), str(r[4]))
    )
    return d


def _items(
    d: Diff, old: SnapshotState, new: SnapshotState, both: set[str], st: Standards, row: Any
) -> None:
    a_items, b_items = old.items, new.items
    # Each old key looked up once (changed, or gone), then the new keys not in the old:
    # the same keys as the two set operations, without hashing every key four times.
    b_get = b_items.get
    differ = [k for k, v in a_items.items() if v != b_get(k, _GONE)]
    only_old = [k for k in differ if k not in b_items]
    changed = [k for k in differ if k in b_items] + [k for k in only_old if k[0] in both]
    if len(b_items) > len(a_items) - len(only_old):  # some new key is not an old one
        changed += [k for k in b_items.keys() - a_items.keys() if k[0] in both]
    for key in sorted(changed):
        pid, register, item_id = key
        area = AREAS[register]
        ref = {"project_id": pid, "register": register, "id": item_id}
        a, b = old.items.get(key), new.items.get(key)
        if a == b:
            continue  # unchanged: most items, most weeks
        if a is None and b is not None:
            d.items_added.append(ref)
            row(pid, area, item_id, "Item", None, b[0] or "added")
            continue
        if b is None and a is not None:
            d.items_removed.append(ref)
            row(pid, area, item_id, "Item", a[0] or "present", "removed")
            continue
        assert a is not None and b is not None
        _item_changes(d, key, item_values(register, a), item_values(register, b), st, row)


def _item_changes(
    d: Diff, key: ItemKey, a: dict[str, Any], b: dict[str, Any], st: Standards, row: Any
) -> None:
    pid, register, item_id = key
    area = AREAS[register]
    ref = {"project_id": pid, "register": register, "id": item_id}
    compared = ITEM_COLUMNS[register][1]
    if "status" in compared:
        was = st.is_closed(item_name(register), a.get("status"))
        now = st.is_closed(item_name(register), b.get("status"))
        # Achieved is the standards' milestone_complete status; Closed ends a milestone
        # without achieving it.
        completed = (
            register == "milestones"
            and _is_complete(st, b.get("status"))
            and not _is_complete(st, a.get("status"))
        )
        if completed:
            d.milestones_completed.append(
                {"project_id": pid, "id": item_id, "actual_date": as_date(b.get("actual_date"))}
            )
        if not was and now:
            d.items_closed.append(ref)
            row(
                pid,
                area,
                item_id,
                "Completed" if completed else "Closed",
                a.get("status"),
                b.get("status"),
            )
        elif completed:  # Closed -> Complete: achieved after all, not reopened
            row(pid, area, item_id, "Completed", a.get("status"), b.get("status"))
        elif was and not now:
            d.items_reopened.append(ref)
            row(pid, area, item_id, "Reopened", a.get("status"), b.get("status"))
        elif register == "dependencies" and (a.get("status") or None) != (b.get("status") or None):
            d.dependency_changes.append(
                {
                    "project_id": pid,
                    "id": item_id,
                    "field": "status",
                    "from": a.get("status"),
                    "to": b.get("status"),
                }
            )
            row(pid, area, item_id, "Status", a.get("status"), b.get("status"))
    if register == "risks" and (a.get("rating") or None) != (b.get("rating") or None):
        d.rating_changes.append(
            {"project_id": pid, "id": item_id, "from": a.get("rating"), "to": b.get("rating")}
        )
        row(pid, area, item_id, "Rating", a.get("rating"), b.get("rating"))
    if register == "milestones":
        x, y = as_date(a.get("forecast_date")), as_date(b.get("forecast_date"))
        if x != y:
            days = (y - x).days if isinstance(x, date) and isinstance(y, date) else None
            d.milestone_moves.append(
                {"project_id": pid, "id": item_id, "from": x, "to": y, "days": days}
            )
            row(pid, area, item_id, "Forecast Date", x, y, days)
    if register == "dependencies":
        x, y = as_date(a.get("committed_date")), as_date(b.get("committed_date"))
        if x != y:
            days = (y - x).days if isinstance(x, date) and isinstance(y, date) else None
            d.dependency_changes.append(
                {
                    "project_id": pid,
                    "id": item_id,
                    "field": "committed_date",
                    "from": x,
                    "to": y,
                    "days": days,
                }
            )
            row(pid, area, item_id, "Committed Date", x, y, days)


def _is_complete(st: Standards, status: object) -> bool:
    complete = st.closed_statuses.milestone_complete.strip().casefold()
    return isinstance(status, str) and status.strip().casefold() == complete


def _findings(d: Diff, old: SnapshotState, new: SnapshotState, moved: set[str], row: Any) -> None:
    """Findings new and resolved, but not those of a project added or removed: that
    project is one change, not one per finding (a removed project resolved nothing)."""

    def ref(key: FindingKey, value: tuple[str | None, str | None]) -> dict[str, Any]:
        return {
            "project_id": key[0],
            "file": value[1],
            "code": key[2],
            "cell": key[3],
            "severity": value[0],
        }

    for key in sorted(new.findings.keys() - old.findings.keys(), key=_fkey):
        if key[0] in moved:
            continue
        d.findings_new.append(ref(key, new.findings[key]))
        row(key[0] or "", "Findings", key[3] or new.findings[key][1], key[2], None, "new")
    for key in sorted(old.findings.keys() - new.findings.keys(), key=_fkey):
        if key[0] in moved:
            continue
        d.findings_resolved.append(ref(key, old.findings[key]))
        row(key[0] or "", "Findings", key[3] or old.findings[key][1], key[2], "present", "resolved")


def _fkey(key: FindingKey) -> tuple[str, ...]:
    a, b, c, d = key
    return (str(a or ""), str(b or ""), str(c or ""), str(d or ""))
