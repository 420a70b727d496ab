"""What the diff compares for one snapshot, as plain records (no SQLAlchemy): the projects,
every item and every finding; :mod:`addin.store.state` reads them from the store, and a
consolidation makes the new snapshot's from its roll-up inputs (:mod:`addin.store.expected`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from addin import layout

#: Per register: the column naming an item (shown in Changes) and the compared columns.
ITEM_COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "risks": ("title", ("status", "rating")),
    "assumptions": ("assumption", ("status",)),
    "issues": ("title", ("status",)),
    "dependencies": ("title", ("status", "committed_date")),
    "decisions": ("decision", ()),
    "milestones": ("milestone", ("status", "forecast_date", "actual_date")),
}

PROJECT_FIELDS = (
    "project_name",
    "overall_rag",
    "schedule_rag",
    "cost_rag",
    "scope_rag",
    "bac",
    "eac",
)

ItemKey = tuple[str, str, str]  # (project id, register, item ID)
#: (project, file, code, cell); the file only for findings of no project (a rejected file):
#: a project's findings follow the project, so renaming its workbook changes none of them.
FindingKey = tuple[str | None, str | None, str | None, str | None]


@dataclass
class SnapshotState:
    as_of: date
    projects: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (name, *compared columns of ITEM_COLUMNS) per item; see :func:`item_values`
    items: dict[ItemKey, tuple[Any, ...]] = field(default_factory=dict)
    findings: dict[FindingKey, tuple[str | None, str | None]] = field(
        default_factory=dict
    )  # -> (severity, file)


def add_findings(state: SnapshotState, rows: list[tuple[Any, ...]]) -> None:
    for row in rows:
        key = (row[0], None if row[0] else row[1], row[2], row[3])
        state.findings.setdefault(key, (row[4], row[1]))


def add_items(state: SnapshotState, register: str, rows: list[tuple[Any, ...]]) -> None:
    items = state.items
    for row in rows:
        pid, item_id = row[0], row[1]
        if not pid or item_id is None:
            continue  # an item without an ID cannot be followed between snapshots
        item_id = str(item_id).strip()
        if not item_id:
            continue
        key = (pid, register, item_id)
        if key not in items:  # a duplicate ID: the first row is the item
            items[key] = row[2:]


def item_values(register: str, values: tuple[Any, ...]) -> dict[str, Any]:
    """An item's stored tuple as {"name": ..., column: value}."""
    return dict(zip(("name", *ITEM_COLUMNS[register][1]), values, strict=True))


def item_name(register: str) -> str:
    """The standards' closed-status key of a register ("risk", "milestone", ...)."""
    return layout.REGISTERS_BY_KEY[register].item
