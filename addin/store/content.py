"""What a snapshot holds, taken from the roll-up's inputs (the same rows the roll-up shows)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from addin import layout
from addin.findings import cell_address
from addin.models import Milestone
from addin.rollup.inputs import ProjectInput, RollupInputs
from addin.rollup.text import sheet_ref
from addin.store import schema
from addin.store.fast import prepare_insert
from addin.store.records import finding_severities
from addin.store.store import LazyRows, Row, SnapshotData

if TYPE_CHECKING:
    from sqlalchemy import Dialect

#: Where the template keeps the Project ID value (the project row's source cell).
PROJECT_CELL = sheet_ref(layout.PROJECT_SHEET, f"B{layout.PROJECT_FIRST_ROW}")

PROJECT_COLUMNS: tuple[str, ...] = (
    "project_id",
    "source_file",
    "source_cell",
    *[name for name in schema.HEADER_FIELDS if name != "project_id"],
    *[name for name, _ in schema.FIGURE_COLUMNS],
)
FILE_COLUMNS = tuple(c.name for c in schema.files.columns if c.name != "snapshot_id")
FINDING_COLUMNS = tuple(c.name for c in schema.findings.columns if c.name != "snapshot_id")


def run_row(inputs: RollupInputs, origin: str) -> dict[str, object]:
    run = inputs.run
    return {
        "run_time": run.run_time.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tool_version": run.tool_version,
        "standards_name": run.standards_name,
        "standards_version": run.standards_version,
        "standards_fingerprint": run.standards_fingerprint,
        "folder": run.folder,
        "origin": origin,
    }


def _milestone_text(milestone: Milestone | None) -> str | None:
    """The next milestone as the Projects sheet shows it: "M-004 Go-live"."""
    if milestone is None:
        return None
    if milestone.id:
        return f"{milestone.id} {milestone.milestone or ''}".strip()
    return milestone.milestone


def value_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def register_columns(key: str) -> tuple[str, ...]:
    """The columns of register ``key``'s store rows as :func:`_register_rows` makes them:
    a payload row as it is (its values, then its source cell), after the project's ID and
    file. The INSERT names them in the table's order whatever this order."""
    rt = schema.REGISTER_TABLES[key]
    return ("project_id", "source_file", *rt.value_columns, "source_cell")


def _register_rows(projects: Sequence[ProjectInput], key: str) -> Iterator[Row]:
    """The register ``key``'s store rows, project by project, in source order: each payload
    row extended once (not also cut before its source cell: one tuple a row fewer, 83,400
    rows at 300 projects; benchmarks/README.md round 13a)."""
    for p in projects:
        pid, source = p.project_id or None, p.source
        for row in p.payload.rows.get(key, ()):
            yield (pid, source, *row)


def _finding_rows(inputs: RollupInputs) -> Iterator[Row]:
    project_of = {p.source: p.project_id or None for p in inputs.projects}
    fields = getattr(inputs.findings, "fields", None)
    if callable(fields):  # the store child's packed findings: their plain tuples
        yield from _packed_finding_rows(fields(), project_of)
        return
    for f in inputs.findings:
        yield (
            project_of.get(f.file),
            f.file,
            f.severity,
            f.code,
            f.message,
            f.sheet,
            f.cell,
            f.address or None,
            f.register,
            f.item_id,
            value_text(f.value),
        )


def _packed_finding_rows(
    fields: Iterator[tuple[Any, ...]], project_of: dict[str, str | None]
) -> Iterator[Row]:
    """:func:`_finding_rows` from the packed findings' plain tuples (the fields of
    :class:`addin.findings.Finding` in order: code, severity, message, file, sheet, cell,
    register, item ID, value), with no object made for each finding first."""
    for code, severity, message, file, sheet, cell, register, item_id, value in fields:
        yield (
            project_of.get(file),
            file,
            severity,
            code,
            message,
            sheet,
            cell,
            cell_address(sheet, cell) or None,
            register,
            item_id,
            value if value is None or type(value) is str else value_text(value),
        )


def snapshot_from_inputs(inputs: RollupInputs, origin: str = "consolidate") -> SnapshotData:
    """Every row the roll-up is built from, as store rows."""
    data = SnapshotData(inputs.run.as_of, run_row(inputs, origin))
    header_fields = [n for n in schema.HEADER_FIELDS if n != "project_id"]
    project_rows: list[tuple[object, ...]] = []
    for p in inputs.projects:
        h = p.header.__dict__
        f = p.figures
        fin = f.finance
        project_rows.append(
            (
                p.project_id or None,
                p.source,
                PROJECT_CELL,
                *[h.get(name) for name in header_fields],
                p.payload.meta.template_version,
                fin.bac,
                fin.actual_to_date,
                fin.etc,
                fin.eac,
                fin.vac,
                fin.vac_pct,
                fin.cost_rag,
                json.dumps(f.open_risks),
                f.open_issues,
                f.overdue_items,
                _milestone_text(f.next_milestone),
                f.next_milestone_date,
                f.next_milestone_slippage,
                f.wsjf,
                p.quality,
                p.errors,
                p.warnings,
            )
        )
    data.tables["projects"] = (PROJECT_COLUMNS, project_rows)
    for key in schema.REGISTER_TABLES:
        # Made while written, one project's rows unpacked at a time (the big tables).
        data.tables[key] = (
            register_columns(key),
            LazyRows(partial(_register_rows, inputs.projects, key)),
        )
    # About 100 findings a project: made while written too.
    data.tables["findings"] = (FINDING_COLUMNS, LazyRows(partial(_finding_rows, inputs)))
    data.severities = finding_severities(inputs.findings)  # the rows' severity column
    data.tables["files"] = (
        FILE_COLUMNS,
        [
            (
                e.file,
                e.status,
                e.reason or None,
                e.kind or None,
                e.project_id,
                e.used,
                e.size,
                e.sha256,
                e.errors,
                e.warnings,
                e.infos,
            )
            for e in inputs.files
        ],
    )
    return data


def snapshot_columns() -> dict[str, tuple[str, ...]]:
    """Table name -> the columns :func:`snapshot_from_inputs` gives its rows in."""
    return {
        "projects": PROJECT_COLUMNS,
        **{key: register_columns(key) for key in schema.REGISTER_TABLES},
        "findings": FINDING_COLUMNS,
        "files": FILE_COLUMNS,
    }


def prepare_snapshot_inserts(dialect: Dialect) -> None:
    """Compile for ``dialect`` the inserts a snapshot from :func:`snapshot_from_inputs` is
    written with (:func:`addin.store.fast.prepare_insert` keeps them): the store child
    forked when the run starts does it while it waits for the inputs, so the snapshot's
    write, at the end of the run, finds them compiled (benchmarks/README.md round 13a)."""
    for name, columns in snapshot_columns().items():
        prepare_insert(dialect, schema.metadata.tables[name], ("snapshot_id", *columns), 1)
