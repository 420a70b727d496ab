"""The store's tables (SQLAlchemy Core), one description for SQLite and PostgreSQL.

Every data table has ``snapshot_id`` first; item tables then carry the project id, the
source file and the source cell, and one column per register column of
:mod:`addin.layout` (computed columns hold the values the roll-up recomputed). Column
names are the layout's field keys, so an analyst finds ``risks.probability``.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import TypeEngine

from addin import layout
from addin.models import ProjectHeader
from addin.store.records import column_kind

metadata = MetaData()

#: One row per key: ``schema_version``, ``written_by`` (the tool version that last migrated).
schema_info = Table(
    "schema_info",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

#: One row, updated first in every write transaction: the store's write lock.
store_lock = Table(
    "store_lock",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("holder", Text),
    Column("since", Text),
)

snapshots = Table(
    "snapshots",
    metadata,
    Column("snapshot_id", Integer, primary_key=True, autoincrement=True),
    Column("as_of", Date, nullable=False),
    Column("run_time", Text),
    Column("tool_version", Text),
    Column("standards_name", Text),
    Column("standards_version", Text),
    Column("standards_fingerprint", Text),
    Column("folder", Text),
    Column("origin", Text),  # "consolidate" or "import: FILE"
    Column("projects", Integer),
    Column("findings_error", Integer),  # findings by severity, so Trends reads no findings
    Column("findings_warning", Integer),
    Column("findings_info", Integer),
    UniqueConstraint("as_of", name="uq_snapshots_as_of"),
)


def _snapshot_fk() -> Column[int]:
    return Column(
        "snapshot_id",
        Integer,
        ForeignKey("snapshots.snapshot_id", ondelete="CASCADE"),
        nullable=False,
    )


files = Table(
    "files",
    metadata,
    _snapshot_fk(),
    Column("file", Text, nullable=False),
    Column("status", Text),
    Column("reason", Text),
    Column("kind", Text),
    Column("project_id", Text),
    Column("used", Boolean),
    Column("size", Integer),
    Column("sha256", Text),
    Column("errors", Integer),
    Column("warnings", Integer),
    Column("infos", Integer),
)

findings = Table(
    "findings",
    metadata,
    _snapshot_fk(),
    Column("project_id", Text),
    Column("file", Text),
    Column("severity", Text),
    Column("code", Text),
    Column("message", Text),
    Column("sheet", Text),
    Column("cell", Text),
    Column("address", Text),
    Column("register", Text),
    Column("item_id", Text),
    Column("value", Text),
)


def _sql_type(annotation: object) -> TypeEngine[Any]:
    args = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    base = next((a for a in args if a is not type(None)), annotation)
    if base is dt.date:
        return Date()
    if base in (float, int):
        return Float()
    return Text()


#: Project fields (ProjectHeader, in its order) then the figures the roll-up computed.
HEADER_FIELDS: tuple[str, ...] = tuple(ProjectHeader.model_fields)
FIGURE_COLUMNS: tuple[tuple[str, TypeEngine[Any]], ...] = (
    ("template_version", Integer()),
    ("bac", Float()),
    ("actual_to_date", Float()),
    ("etc", Float()),
    ("eac", Float()),
    ("vac", Float()),
    ("vac_pct", Float()),
    ("computed_cost_rag", Text()),
    ("open_risks", Text()),  # JSON: rating band -> count of open risks
    ("open_issues", Integer()),
    ("overdue_items", Integer()),
    ("next_milestone", Text()),
    ("next_milestone_date", Date()),
    ("next_milestone_slippage", Float()),
    ("wsjf", Float()),
    ("quality", Integer()),
    ("errors", Integer()),
    ("warnings", Integer()),
)

projects = Table(
    "projects",
    metadata,
    _snapshot_fk(),
    Column("project_id", Text),
    Column("source_file", Text),
    Column("source_cell", Text),
    *[
        Column(name, _sql_type(ProjectHeader.model_fields[name].annotation))
        for name in HEADER_FIELDS
        if name != "project_id"
    ],
    *[Column(name, type_) for name, type_ in FIGURE_COLUMNS],
)


def _layout_type(col: layout.Column) -> TypeEngine[Any]:
    kind = column_kind(col)
    if kind == "date":
        return Date()
    return Float() if kind == "float" else Text()


@dataclass(frozen=True)
class RegisterTable:
    register: layout.Register
    table: Table
    value_columns: tuple[str, ...]  # in the payload row's order (before the source cell)


def _register_table(register: layout.Register) -> RegisterTable:
    value_columns = [c.key for c in register.columns]
    cols: list[Column[Any]] = [Column(c.key, _layout_type(c)) for c in register.columns]
    if register.key in layout.DUE_COLUMNS:  # the roll-up's Days Overdue
        value_columns.append("days_overdue")
        cols.append(Column("days_overdue", Integer()))
    table = Table(
        register.key,
        metadata,
        _snapshot_fk(),
        Column("project_id", Text),
        Column("source_file", Text),
        Column("source_cell", Text),
        *cols,
    )
    return RegisterTable(register, table, tuple(value_columns))


#: Register key -> its table, for every register of the layout (the roll-up carries each;
#: taken from :mod:`addin.layout` so that reading a store does not load the roll-up writer).
REGISTER_TABLES: dict[str, RegisterTable] = {r.key: _register_table(r) for r in layout.REGISTERS}

#: Registers whose items have IDs and are compared between snapshots (SPEC 12).
ITEM_REGISTERS: tuple[str, ...] = (
    "risks",
    "assumptions",
    "issues",
    "dependencies",
    "decisions",
    "milestones",
)

#: Every table holding a snapshot's rows (deleted first when a snapshot is replaced).
DATA_TABLES: tuple[Table, ...] = (
    files,
    findings,
    projects,
    *(rt.table for rt in REGISTER_TABLES.values()),
)

#: Tables an analyst may read (read_table / pmo history export), by name.
PUBLIC_TABLES: dict[str, Table] = {t.name: t for t in (snapshots, *DATA_TABLES)}
