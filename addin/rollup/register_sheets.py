"""One roll-up sheet per register: every item, with Project ID, source file and source cell."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Protocol, overload

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


#: One value per item (a field of every item, as the model types it).
Column = list[Any]
#: Makes a computed column from the items' field dicts (one value per item, in order).
ColumnMaker = Callable[[list[dict[str, object]]], Column]


def _field(dicts: list[dict[str, object]], key: str) -> Column:
    """One field of every item (a model keeps every field in its ``__dict__``)."""
    return list(map(itemgetter(key), dicts))


def _computed(register: str, key: str, standards: Standards) -> ColumnMaker:
    """Computed columns are recomputed from their inputs, never taken as stored."""

    def score(dicts: list[dict[str, object]]) -> Column:
        return list(map(derived.risk_score, _field(dicts, "probability"), _field(dicts, "impact")))

    def rating(dicts: list[dict[str, object]]) -> Column:
        scores = score(dicts)
        # a score has a few dozen values at most: each one's band is looked up once
        bands = {value: derived.rating(value, standards) for value in set(scores)}
        return list(map(bands.__getitem__, scores))

    def residual(dicts: list[dict[str, object]]) -> Column:
        return list(
            map(
                derived.residual_score,
                _field(dicts, "residual_probability"),
                _field(dicts, "residual_impact"),
            )
        )

    def slack(dicts: list[dict[str, object]]) -> Column:
        return list(
            map(derived.slack_days, _field(dicts, "need_by"), _field(dicts, "committed_date"))
        )

    def slippage(dicts: list[dict[str, object]]) -> Column:
        return list(
            map(
                derived.slippage_days,
                _field(dicts, "baseline_date"),
                _field(dicts, "forecast_date"),
                _field(dicts, "actual_date"),
            )
        )

    table: dict[str, ColumnMaker] = {
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
    Overdue for registers with a due date, and the source cell. Equal texts and equal
    dates are shared (one object), so a pickle of the rows holds each once (a date costs
    pickle a reduce call): smaller pickles, faster to make and to read, less memory.
    ``opened``: the project's :func:`open_test`, shared.

    Made a column at a time (each a C-level ``map`` over the items' field dicts), then
    zipped into rows: a Python loop per item and column cost four times as much."""
    items = result.project.items(register.key)
    if not items:
        return []
    plan = _row_plan(register, standards)
    dicts = [item.__dict__ for item in items]
    columns: list[Column] = []
    for key, make in plan.columns:
        if make is not None:
            columns.append(make(dicts))
        elif key is not None:
            columns.append(_field(dicts, key))
        else:  # a layout column the model has no field for: always empty
            columns.append([None] * len(dicts))
    shared: dict[object, object] = {}  # texts and dates (never equal to each other)
    for pos in plan.shared:
        columns[pos] = list(map(shared.setdefault, columns[pos], columns[pos]))
    if register.key in DUE_FIELDS:
        columns.append(_days_overdue(register.key, items, dicts, standards, as_of, opened))
    columns.append(_source_cells(register.key, result, dicts))
    return list(zip(*columns, strict=True))


def _days_overdue(
    register_key: str,
    items: Sequence[Item],
    dicts: list[dict[str, object]],
    standards: Standards,
    as_of: date,
    opened: OpenTest | None,
) -> Column:
    """Each item's Days Overdue (:func:`~addin.rollup.figures.item_days_overdue`); whether
    an item is open is asked only of those past their due date."""
    dues = _field(dicts, DUE_FIELDS[register_key][1])
    if register_key == "milestones":  # a milestone without a forecast is due at its baseline
        dues = [
            due if due is not None else base
            for due, base in zip(dues, _field(dicts, "baseline_date"), strict=True)
        ]
    days: Column = [0] * len(dues)
    for index, due in enumerate(dues):
        if isinstance(due, date) and due < as_of:
            days[index] = item_days_overdue(register_key, items[index], standards, as_of, opened)
    return days


def _source_cells(register_key: str, result: ReadResult, dicts: list[dict[str, object]]) -> Column:
    """Each item's source cell (the register's first column in its row: "Risks!A12")."""
    location = result.registers.get(register_key)
    if location is None:
        return [None] * len(dicts)
    anchor_col = min(location.columns.values()) if location.columns else 1
    head = sheet_ref(location.sheet, "") + column_letter(anchor_col)
    return [f"{head}{row}" if row else None for row in _field(dicts, "source_row")]


@dataclass(frozen=True)
class _RowPlan:
    """How one register's columns are made from its items: per layout column the field
    to take (None: the model has no such field) or the computation; and the positions
    that hold only texts or only dates, whose equal values are shared."""

    columns: list[tuple[str | None, ColumnMaker | None]]
    shared: list[int]


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
    fields = ITEM_MODELS[register.key].model_fields
    columns: list[tuple[str | None, ColumnMaker | None]] = []
    shared: list[int] = []
    for pos, c in enumerate(register.columns):
        if c.computed:
            columns.append((c.key, _computed(register.key, c.key, standards)))
            if c.key == "rating":
                shared.append(pos)
        elif c.key in fields:
            columns.append((c.key, None))
            if _only(fields[c.key].annotation, str) or _only(fields[c.key].annotation, date):
                shared.append(pos)
        else:
            columns.append((None, None))
    return _RowPlan(columns, shared)


def _only(annotation: object, kind: type) -> bool:
    """True for a model field of type ``kind | None`` (pydantic keeps anything else out;
    a ``date`` field holds dates, never a datetime, which would not equal one)."""
    args = typing.get_args(annotation) or (annotation,)
    return all(arg in (kind, type(None)) for arg in args)


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
