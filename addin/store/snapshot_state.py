"""What the diff compares for one snapshot, as plain records (no SQLAlchemy): the projects,
every item and every finding; :mod:`addin.store.state` reads them from the store, and a
consolidation makes the new snapshot's from its roll-up inputs (:mod:`addin.store.expected`)."""

from __future__ import annotations

from collections.abc import Sequence
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


@dataclass
class StateRows:
    """A snapshot's state as the rows it is made of, in the store's order: what
    :func:`addin.store.state.load_rows` reads (the projects already made one per ID), and
    what a consolidation expects it to read (:func:`addin.store.expected.expect`). Two
    snapshots whose rows are the same (:func:`same_rows`) have the same state."""

    as_of: date
    projects: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: register -> (project id, item ID, name, *compared columns) per row (ITEM_COLUMNS)
    items: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    #: (project id, file, code, address, severity) per finding
    findings: list[tuple[Any, ...]] = field(default_factory=list)

    def state(self) -> SnapshotState:
        """The state these rows make (as :func:`addin.store.state.load_state` makes it)."""
        state = SnapshotState(self.as_of, self.projects)
        for register in ITEM_COLUMNS:
            add_items(state, register, self.items.get(register, []))
        add_findings(state, self.findings)
        return state


#: The types :func:`same_rows` compares by value: equal values of these are of one type,
#: but for the numbers (1 == 1.0 == True), of which a column may hold one type only.
_KNOWN = frozenset((str, int, float, bool, date, type(None)))
_NUMBERS = frozenset((int, float, bool))


def same_rows(a: Sequence[tuple[Any, ...]], b: Sequence[tuple[Any, ...]]) -> bool:
    """True when ``a`` and ``b`` are the same rows in the same order, value for value and
    type for type (a state made of either is the other's). Compared at once, then each
    column's types once: equal values of the :data:`_KNOWN` types are of one type, but
    for the numbers, so a column whose values are of more than one number type (or of
    another type) is not told the same. A NaN is never equal to itself: not the same."""
    if len(a) != len(b) or a != b or len(set(map(len, a))) > 1:
        return False  # (rows of one length: else a column could go unlooked at)
    for col_a, col_b in zip(zip(*a, strict=True), zip(*b, strict=True), strict=True):
        types = set(map(type, col_a))
        if types != set(map(type, col_b)) or not types <= _KNOWN or len(types & _NUMBERS) > 1:
            return False
    return True


def same_projects(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> bool:
    """:func:`same_rows` for the projects of two states (the same IDs in the same order,
    each with the same fields in the same order)."""
    rows_a = [(pid, *p, *p.values()) for pid, p in a.items()]
    rows_b = [(pid, *p, *p.values()) for pid, p in b.items()]
    return same_rows(rows_a, rows_b)


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
