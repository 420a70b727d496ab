"""One roll-up sheet per register: every item, with Project ID, source file and source cell."""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Protocol, overload

from addin import derived, layout
from addin.cells import column_letter
from addin.models import ITEM_MODELS, Item
from addin.reading.result import ReadResult
from addin.rollup.figures import DUE_FIELDS, OpenTest, item_days_overdue
from addin.rollup.model import ColumnKind, OutColumn, OutTable
from addin.rollup.packed_rows import row_count
from addin.rollup.text import sheet_ref
from addin.standards import Standards

#: Registers with their own roll-up sheet, in sheet order.
ROLLUP_REGISTERS: tuple[layout.Register, ...] = (
    layout.RISKS,
    layout.ASSUMPTIONS,
    layout.ISSUES,
    layout.DEPENDENCIES,
    layout.DECISIONS,
    layout.MILESTONES,
    layout.FINANCE,
    layout.ITERATIONS,
    layout.RESOURCES,
)

if TYPE_CHECKING:
    from addin.rollup.payload import ProjectPayload


class RowSource(Protocol):
    """A project as the register sheets see it: its file and its payload."""

    @property
    def source(self) -> str: ...

    @property
    def payload(self) -> ProjectPayload: ...


PROJECT_ID = OutColumn("Project ID", "text", 12)
SOURCE_FILE = OutColumn("Source File", "text", 30)
SOURCE_CELL = OutColumn("Source Cell", "text", 14)
DAYS_OVERDUE = OutColumn("Days Overdue", "int", 9)


def column_kind(col: layout.Column) -> ColumnKind:
    """The roll-up format of a layout column."""
    if col.list_name == "rag":
        return "rag"
    if col.key == "rating":
        return "rating"
    if col.kind in ("date", "month"):
        return col.kind
    if col.kind in ("int", "scale"):
        return "int"
    if col.kind in ("number", "money"):
        return col.kind
    return "text"


Getter = Callable[[Item], object]


def _plain(key: str) -> Getter:
    def get(item: Item) -> object:
        return item.__dict__.get(key)

    return get


def _computed(register: str, key: str, standards: Standards) -> Getter:
    """Computed columns are recomputed from their inputs, never taken as stored."""

    def score(item: Item) -> object:
        return derived.risk_score(item.__dict__.get("probability"), item.__dict__.get("impact"))

    def rating(item: Item) -> object:
        return derived.rating(score(item), standards)  # type: ignore[arg-type]

    def residual(item: Item) -> object:
        d = item.__dict__
        return derived.residual_score(d.get("residual_probability"), d.get("residual_impact"))

    def slack(item: Item) -> object:
        d = item.__dict__
        return derived.slack_days(d.get("need_by"), d.get("committed_date"))

    def slippage(item: Item) -> object:
        d = item.__dict__
        return derived.slippage_days(
            d.get("baseline_date"), d.get("forecast_date"), d.get("actual_date")
        )

    table: dict[str, Getter] = {
        "score": score,
        "rating": rating,
        "residual_score": residual,
        "slack_days": slack,
        "slippage_days": slippage,
    }
    if key not in table:
        raise KeyError(f"no roll-up computation for {register}.{key}")
    return table[key]


def register_columns(register: layout.Register) -> list[OutColumn]:
    columns = [PROJECT_ID]
    columns += [OutColumn(c.name, column_kind(c), c.width) for c in register.columns]
    if register.key in DUE_FIELDS:
        columns.append(DAYS_OVERDUE)
    return [*columns, SOURCE_FILE, SOURCE_CELL]


def register_rows(
    register: layout.Register,
    result: ReadResult,
    standards: Standards,
    as_of: date,
    opened: OpenTest | None = None,
) -> list[tuple[object, ...]]:
    """One project's rows of ``register``: its columns (computed ones recomputed), Days
    Overdue for registers with a due date, and the source cell. Short texts (40 characters
    or fewer: owners, statuses, source cells) are interned, so repeated ones are shared:
    smaller pickles, less memory. ``opened``: the project's :func:`open_test`, shared."""
    plan = _row_plan(register, standards)
    with_overdue = register.key in DUE_FIELDS
    location = result.registers.get(register.key)
    anchor_col = min(location.columns.values()) if location and location.columns else 1
    prefix = sheet_ref(location.sheet, "") if location else ""
    column = column_letter(anchor_col)
    intern = sys.intern
    fetch, computed, texts = plan.fetch, plan.computed, plan.texts
    rows: list[tuple[object, ...]] = []
    for item in result.project.items(register.key):
        values = fetch(item)
        for pos, get in computed:
            values[pos] = get(item)
        if with_overdue:
            values.append(item_days_overdue(register.key, item, standards, as_of, opened))
        row = item.source_row
        values.append(f"{prefix}{column}{row}" if location and row else None)
        for pos in texts:
            value = values[pos]
            if type(value) is str and len(value) <= 40:
                values[pos] = intern(value)
        rows.append(tuple(values))
    return rows


@dataclass(frozen=True)
class _RowPlan:
    """How one register's row is made from an item: its stored columns fetched at once,
    the computed ones recomputed, and the positions that can hold a text to intern."""

    fetch: Callable[[Item], list[object]]
    computed: list[tuple[int, Getter]]
    texts: list[int]


def _row_plan(register: layout.Register, standards: Standards) -> _RowPlan:
    """The register's row plan, made once per register and standards (a worker reads many
    workbooks with the same standards)."""
    cached = _PLANS.get(register.key)
    if cached is not None and cached[0] is standards and cached[1] is register:
        return cached[2]
    plan = _make_row_plan(register, standards)
    _PLANS[register.key] = (standards, register, plan)
    return plan


_PLANS: dict[str, tuple[Standards, layout.Register, _RowPlan]] = {}


def _make_row_plan(register: layout.Register, standards: Standards) -> _RowPlan:
    columns = register.columns
    fields = ITEM_MODELS[register.key].model_fields
    keys = [c.key for c in columns]
    if len(keys) > 1 and all(key in fields for key in keys):
        # every field is in a model's __dict__ (pydantic sets defaults there too)
        many = itemgetter(*keys)

        def fetch(item: Item) -> list[object]:
            return list(many(item.__dict__))
    else:
        getters = [_plain(key) for key in keys]

        def fetch(item: Item) -> list[object]:
            return [get(item) for get in getters]

    computed = [
        (pos, _computed(register.key, c.key, standards))
        for pos, c in enumerate(columns)
        if c.computed
    ]
    texts = [
        pos
        for pos, c in enumerate(columns)
        if c.computed or c.key not in fields or _may_be_text(fields[c.key].annotation)
    ]
    extra = 1 if register.key in DUE_FIELDS else 0  # Days Overdue: a whole number
    # (its position, len(columns), is also where make_payload counts the overdue items)
    texts.append(len(columns) + extra)  # the source cell
    return _RowPlan(fetch, computed, texts)


def _may_be_text(annotation: object) -> bool:
    """True unless a model field's type rules out a text (``float | None``, a date...)."""
    args = typing.get_args(annotation) or (annotation,)
    return not all(arg in (float, int, type(None), date) for arg in args)


class RegisterRows(Sequence[tuple[object, ...]]):
    """Every project's rows of one register, as the roll-up sheet's rows: Project ID first,
    Source File before the source cell. Built lazily, so no second copy is held."""

    def __init__(self, register_key: str, projects: Sequence[RowSource]) -> None:
        self.key = register_key
        self.projects = list(projects)
        self.counts = [row_count(p.payload.rows, register_key) for p in self.projects]

    def __len__(self) -> int:
        return sum(self.counts)

    def _row(self, project: RowSource, row: tuple[object, ...]) -> tuple[object, ...]:
        return (project.payload.project_id, *row[:-1], project.source, row[-1])

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        for project in self.projects:
            pid, source = project.payload.project_id, project.source  # (as _row makes them)
            for row in project.payload.rows.get(self.key, ()):
                yield (pid, *row[:-1], source, row[-1])

    @overload
    def __getitem__(self, index: int) -> tuple[object, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[object, ...]]: ...

    def __getitem__(self, index: int | slice) -> tuple[object, ...] | Sequence[tuple[object, ...]]:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        for project, count in zip(self.projects, self.counts, strict=True):
            if index < count:
                return self._row(project, project.payload.rows[self.key][index])
            index -= count
        raise IndexError("register row out of range")


def register_table(register: layout.Register, projects: Sequence[RowSource]) -> OutTable:
    """Every item of ``register`` across ``projects`` (already in roll-up order)."""
    return OutTable(
        f"tbl{register.sheet.replace(' ', '')}",
        register_columns(register),
        RegisterRows(register.key, projects),
    )
