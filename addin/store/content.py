"""What a snapshot holds, taken from the roll-up's inputs (the same rows the roll-up shows)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial

from addin import layout
from addin.models import Milestone
from addin.rollup.inputs import ProjectInput, RollupInputs
from addin.rollup.text import sheet_ref
from addin.store import schema
from addin.store.records import finding_severities
from addin.store.store import LazyRows, Row, SnapshotData

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


def _register_rows(projects: Sequence[ProjectInput], key: str) -> Iterator[Row]:
    """The register ``key``'s store rows, project by project, in source order."""
    for p in projects:
        pid, source = p.project_id or None, p.source
        for row in p.payload.rows.get(key, ()):
            yield (pid, source, row[-1], *row[:-1])


def _finding_rows(inputs: RollupInputs) -> Iterator[Row]:
    project_of = {p.source: p.project_id or None for p in inputs.projects}
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
    for key, rt in schema.REGISTER_TABLES.items():
        columns = ("project_id", "source_file", "source_cell", *rt.value_columns)
        # Made while written, one project's rows unpacked at a time (the big tables).
        data.tables[key] = (columns, LazyRows(partial(_register_rows, inputs.projects, key)))
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
